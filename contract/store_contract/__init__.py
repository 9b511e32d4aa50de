"""The contract between the Store Associate app and the chain's central service.

Both programs depend on this package and on nothing of each other: the wire models (what goes
over HTTP, every queued change's payload among them), the synced entities' columns, the sealing
of secrets a queued change carries, and the domain rules both sides enforce (``domain``: no Qt,
no SQL, no HTTP).
"""

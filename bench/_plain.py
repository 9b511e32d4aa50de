"""Benchmarks only: the data folder's files in clear, as before issue 11, to measure what
encryption at rest costs. Never used by the app: it patches the one opening function in this
process so that every file is opened (and made) without a key, and nothing is converted."""

from __future__ import annotations


def without_encryption() -> None:
    from associate_app.cache import database, local_store, outbox, outbox_salvage, reader

    opened = database.connect

    def plain(path, **kwargs):
        kwargs["key"] = None
        return opened(path, **kwargs)

    for module in (database, local_store, outbox, outbox_salvage, reader):
        module.connect = plain  # type: ignore[attr-defined]
    local_store.encrypt_in_place = lambda path, key: None  # type: ignore[attr-defined]


def keychain_for_benchmarks() -> None:
    """A keychain the benchmark's processes share (the device dirs outlive each process): the
    tests' file-backed one, unless the environment chose one (a real Secret Service)."""
    import os
    from pathlib import Path

    os.environ.setdefault("PYTHON_KEYRING_BACKEND",
                          "tests.support.shared_keyring.SharedTestKeyring")
    os.environ.setdefault("STORE_ASSOCIATE_TEST_KEYRING",
                          str(Path("/tmp/bench-keychain.json")))

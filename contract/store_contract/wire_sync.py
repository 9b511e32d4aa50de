"""The sync protocol on the wire (pull of a changes feed, push of queued mutations).

Pull: ``GET /v1/stores/{sid}/changes?cursor=C&limit=N`` → :class:`ChangesPage`: the entities in
the store's scope that changed after ``C``, in server change order, each with its current row
(an aggregate: an order carries ``lines``, a cart ``lines``, a loyalty account ``ledger``), or a
tombstone. The client applies a page and stores ``next_cursor`` in one transaction.

First sync of a large store: ``GET /v1/stores/{sid}/snapshot`` streams NDJSON: one
:class:`SnapshotRow` per line and a final :class:`SnapshotEnd` (``"end": true``) that carries
the cursor the snapshot is consistent with and the row count, so a truncated stream is
detected (no end line, or a count that does not match) and nothing of it is kept.

Both also carry the store's **scope**: the store itself, then the nearby stores whose stock its
devices receive. When a store opens, closes or moves, the scope changes; the feed cannot say
which rows left it, so a device whose scope changed downloads its data again.

Push: ``POST /v1/stores/{sid}/mutations`` with :class:`PushRequest` → :class:`PushResponse`: one
result per mutation, in order. The server applies each mutation id at most once, whichever
device credentials carry it (a device enrolled again replays the same ids), and answers
``already_applied`` with the first result when it sees it again; an id first pushed for another
store is refused and tells nothing of that store.

Both pull answers also carry the service's **sealing key**: the public key a device seals the
secrets a change carries with (a pickup code, a manager's PIN; see ``store_contract.sealing``),
so the outbox never holds them in clear.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal, Union

from pydantic import Field, GetJsonSchemaHandler, TypeAdapter, create_model
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from store_contract import payloads
from store_contract.wire import Wire

MAX_PAGE = 5000
MAX_PUSH = 100
#: The largest change sequence or device sequence: a signed 64-bit integer, what the databases
#: hold (a larger number is refused with a sentence, not a crash).
MAX_SEQ = 2**63 - 1

Op = Literal["upsert", "delete"]


class Change(Wire):
    seq: int
    entity: str  # store | staff | product | inventory | customer | loyalty_account | ...
    entity_id: str
    op: Op
    data: dict[str, Any] | None = None  # the current row, for upserts


class SealingKeyOut(Wire):
    key_id: str = Field(min_length=1, max_length=32)
    public_key: str = Field(min_length=40, max_length=64)  # base64url, raw X25519


class ChangesPage(Wire):
    changes: list[Change]
    next_cursor: int
    has_more: bool
    server_time: datetime
    scope: list[str] | None = None  # this store, then its nearby stores (None: not said)
    sealing_key: SealingKeyOut | None = None


class SnapshotRow(Wire):
    entity: str
    entity_id: str
    data: dict[str, Any]


class SnapshotEnd(Wire):
    end: Literal[True] = True
    cursor: int
    rows: int
    scope: list[str] | None = None  # as in ChangesPage
    sealing_key: SealingKeyOut | None = None  # as in ChangesPage


class MutationEnvelope(Wire):
    """What every queued change carries besides its kind and payload."""

    mutation_id: str = Field(min_length=8, max_length=64)
    device_seq: int = Field(ge=1, le=MAX_SEQ)
    created_at: datetime
    #: who made the change at the counter (a shared tablet pushes several people's changes
    #: under whoever is signed in when it syncs); one of the store's staff, or the pusher
    staff_id: str | None = Field(default=None, max_length=40)


class Mutation(MutationEnvelope):
    """A pushed change as the service first reads it: its kind and payload are checked one
    mutation at a time (``store_contract.payloads``), so one bad change is refused with a
    sentence and the rest of the push still applies. Documented as :data:`TypedMutation`."""

    type: str = Field(min_length=1, max_length=64)
    payload: dict[str, Any]


def _typed_mutation(kind: str, change: type[Any]) -> type[Wire]:
    name = change.__name__.removesuffix("Change") + "Mutation"
    return create_model(name, __base__=(MutationEnvelope, change),
                        __doc__=f"A queued change of kind ``{kind}``.")


#: every kind of change with its payload model: the discriminated union on ``type``
TypedMutation = Annotated[
    Union[tuple(_typed_mutation(k, c) for k, c in payloads.CHANGES.items())],  # noqa: UP007
    Field(discriminator="type"),
]


class _DocumentedAs:
    """Read as the annotated type, documented (JSON schema, OpenAPI) as ``documented``."""

    def __init__(self, documented: Any) -> None:
        self.schema = TypeAdapter(documented).core_schema

    def __get_pydantic_json_schema__(self, _core: CoreSchema,
                                     handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        return handler(self.schema)


class PushRequest(Wire):
    mutations: list[Annotated[Mutation, _DocumentedAs(TypedMutation)]] = Field(
        min_length=1, max_length=MAX_PUSH)


MutationStatus = Literal["applied", "already_applied", "rejected"]


class MutationResult(Wire):
    mutation_id: str
    status: MutationStatus
    reason: str | None = None  # for rejected: a sentence for staff (English)
    #: the same sentence's template and values when the service wrote it as a Text
    #: (``store_contract.domain.text``): the app shows it in the person's language
    reason_text: dict[str, object] | None = None
    id_map: dict[str, str] = Field(default_factory=dict)  # temporary id -> server id


class PushResponse(Wire):
    results: list[MutationResult]
    cursor: int  # the server's change sequence after this push

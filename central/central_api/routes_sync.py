"""The sync protocol over HTTP: the changes feed, the bulk snapshot and the mutation push.

Every route sits under ``/v1/stores/{store_id}`` behind :func:`central_api.auth.store_scope`
(a device of store A never reads or writes store B). The work is blocking database work, so
the endpoints are plain ``def``: FastAPI runs them in its thread pool, and the snapshot's
generator is iterated there too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Query, Request
from fastapi.responses import Response, StreamingResponse

from store_contract import wire_sync

from . import auth, mutations, sync_feed

router = auth.store_router(tags=["sync"])

NDJSON = "application/x-ndjson"


@router.get("/changes", response_model=wire_sync.ChangesPage)
def get_changes(
    session: auth.ScopedSession,
    request: Request,
    cursor: Annotated[
        int,
        Query(
            ge=0,
            le=wire_sync.MAX_SEQ,
            description="The next_cursor of the previous page; 0 to start.",
        ),
    ] = 0,
    limit: Annotated[
        int,
        Query(
            ge=1,
            le=wire_sync.MAX_PAGE,
            description=f"At most this many changes (1 to {wire_sync.MAX_PAGE}).",
        ),
    ] = wire_sync.MAX_PAGE,
) -> Response:
    """The store scope's upserts and tombstones after ``cursor``, oldest first."""
    with request.app.state.engine.connect() as conn:
        page = sync_feed.changes_page(conn, session.store.store_id, cursor, limit)
    return Response(page.model_dump_json(), media_type="application/json")


@router.get(
    "/snapshot",
    response_class=StreamingResponse,
    responses={
        200: {
            "content": {NDJSON: {}},
            "description": "One SnapshotRow JSON object per line, then one SnapshotEnd line.",
        }
    },
)
def get_snapshot(session: auth.ScopedSession, request: Request) -> StreamingResponse:
    """Every entity of the store scope as NDJSON, ending with the cursor to pull on from."""
    engine = request.app.state.engine
    store_id = session.store.store_id

    def body() -> Iterator[bytes]:
        with engine.connect() as conn:
            yield from sync_feed.chunked(sync_feed.snapshot(conn, store_id))

    return StreamingResponse(body(), media_type=NDJSON, headers={"Cache-Control": "no-store"})


@router.post("/mutations", response_model=wire_sync.PushResponse)
def push_mutations(
    session: auth.ScopedSession, request: Request, push: wire_sync.PushRequest
) -> wire_sync.PushResponse:
    """Apply queued mutations in order, each at most once whichever device carries it; one
    result each."""
    return mutations.apply_push(
        request.app.state.engine,
        device_id=session.device_id,
        store_id=session.store.store_id,
        staff_id=session.staff.staff_id,
        mutations=list(push.mutations),
    )

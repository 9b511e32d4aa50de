"""Pull: bring the cache up to the server's change sequence, page by page (or by snapshot).

Each page is applied together with its cursor in one cache transaction, so an interrupted
pull keeps what it committed and resumes from there. A first sync (cursor 0) may stream a
snapshot instead; it counts only once its end line has arrived and matches.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import ValidationError

from associate_app.api import errors
from associate_app.api.client import CentralClient
from associate_app.cache.local_store import LocalStore
from associate_app.cache.replica import MalformedChange
from store_contract import wire_sync
from store_contract.domain.text import QT_TRANSLATE_NOOP, text

log = logging.getLogger(__name__)

PAGE_SIZE = 2000
# bytes of snapshot lines split, parsed and applied per writer job (about 1,000 rows): small,
# so no single step holds the GIL for long
SNAPSHOT_BLOCK = 256 * 1024
# a snapshot line longer than this is not a row of ours
MAX_SNAPSHOT_LINE = 16 * 1024 * 1024

#: progress(stage, rows_so_far, total_or_None)
Progress = Callable[[str, int, int | None], None]


@dataclass
class PullStats:
    rows: int = 0
    entities: Counter[str] = field(default_factory=Counter)
    snapshot: bool = False
    cursor: int = 0
    changed: set[str] = field(default_factory=set)  # entity kinds that changed (for screens)
    scope: list[str] | None = None  # the stores the cache holds rows of, as the server said
    started_over: bool = False  # the store's scope had changed: everything pulled again
    sealing_key: wire_sync.SealingKeyOut | None = None  # the service's, as last kept


def _malformed(what: str) -> errors.ServerError:
    """``what``: which part, in the words of the sync's code (for support: not translated)."""
    return errors.ServerError(text(QT_TRANSLATE_NOOP(
        "Messages", "The central service sent a malformed {what}. Nothing of it was kept; the "
        "app will try again at the next sync."), what=what))


async def pull(client: CentralClient, store: LocalStore, store_id: str, *,
               page_size: int = PAGE_SIZE, use_snapshot: bool = True,
               progress: Progress | None = None) -> PullStats:
    stats = PullStats()
    cursor = await store.cursor()
    known = await store.scope() if cursor else None
    if cursor == 0 and use_snapshot:
        await _snapshot(client, store, store_id, stats, progress)
        cursor, known = stats.cursor, stats.scope
    has_pending = (await store.pending_count()) > 0
    while True:
        page = await client.changes(store_id, cursor, page_size)
        if page.scope is not None and known is not None and page.scope != known:
            # a store opened, closed or moved: the feed cannot say which rows left the scope
            if stats.started_over:
                raise errors.ServerError(text(QT_TRANSLATE_NOOP(
                    "Messages", "This store's set of nearby stores changed again during the "
                    "sync; the next sync downloads the store's data again.")))
            log.info("store scope changed from %s to %s: pulling everything again",
                     known, page.scope)
            stats.started_over = True
            await store.start_over(clear=not use_snapshot)
            cursor, known = 0, None
            if use_snapshot:
                await _snapshot(client, store, store_id, stats, progress)
                cursor, known = stats.cursor, stats.scope
            continue
        rows = [(c.entity, c.entity_id, c.op, c.data) for c in page.changes]
        if page.changes and page.next_cursor < page.changes[-1].seq:
            raise _malformed("page of changes (its cursor is behind its changes)")
        try:
            await store.apply_page(rows, page.next_cursor, reapply_pending=has_pending,
                                   scope=page.scope if known is None else None)
        except MalformedChange as exc:
            raise _malformed(f"page of changes ({exc})") from exc
        known = known if known is not None else page.scope
        if page.sealing_key is not None and page.sealing_key != stats.sealing_key:
            await store.set_sealing_key(page.sealing_key)
            stats.sealing_key = page.sealing_key
        for entity, *_ in rows:
            stats.entities[entity] += 1
            stats.changed.add(entity)
        stats.rows += len(rows)
        cursor = stats.cursor = page.next_cursor
        if progress:
            progress("pull", stats.rows, None)
        if not page.has_more:
            return stats


async def _snapshot(client: CentralClient, store: LocalStore, store_id: str, stats: PullStats,
                    progress: Progress | None) -> None:
    """A first sync by snapshot: the tables are cleared and loaded without their secondary
    indexes, which are built again at the end — also when the snapshot fails part-way."""
    await store.begin_snapshot()
    try:
        cursor, seen, scope, key = await _load_snapshot(client, store, store_id, stats,
                                                        progress)
    except asyncio.CancelledError:
        # the app or the session is stopping: queue the rebuild, do not hold the stop up
        asyncio.ensure_future(store.abort_snapshot()).add_done_callback(
            lambda f: f.cancelled() or f.exception())
        raise
    except BaseException:
        with contextlib.suppress(Exception):
            await store.abort_snapshot()
        raise
    await store.finish_snapshot(cursor, scope)
    if key is not None:
        await store.set_sealing_key(key)
        stats.sealing_key = key
    stats.snapshot = True
    stats.scope = scope
    stats.rows += seen
    stats.cursor = cursor
    stats.changed.update(stats.entities)
    if progress:
        progress("snapshot", seen, seen)


async def _load_snapshot(client: CentralClient, store: LocalStore, store_id: str,
                         stats: PullStats, progress: Progress | None
                         ) -> tuple[int, int, list[str] | None, wire_sync.SealingKeyOut | None]:
    """Stream the snapshot: the bytes are cut at a line end about every SNAPSHOT_BLOCK and
    handed to the writer thread (split, parsed and applied there, off the GUI thread), with at
    most two blocks in flight so memory stays flat and download, parsing and writing overlap.
    Returns the snapshot's cursor, its number of rows and the store's scope."""
    parts: list[bytes] = []
    size = 0
    in_flight: list[asyncio.Future] = []
    seen = 0
    end = None

    async def settle_oldest() -> None:
        nonlocal seen, end
        block = await in_flight.pop(0)
        if end is not None and (block.rows or block.end is not None):
            raise _malformed("snapshot (rows after its end)")
        stats.entities.update(block.counts)
        seen += block.rows
        end = block.end if block.end is not None else end
        if progress:
            progress("snapshot", seen, None)

    async def submit(block: bytes) -> None:
        in_flight.append(asyncio.ensure_future(store.apply_snapshot_block(block)))
        if len(in_flight) >= 2:
            await settle_oldest()

    try:
        async for data in client.snapshot_blocks(store_id):
            parts.append(data)
            size += len(data)
            if size < SNAPSHOT_BLOCK:
                continue
            joined = b"".join(parts)
            cut = joined.rfind(b"\n") + 1
            if cut == 0 and size > MAX_SNAPSHOT_LINE:
                raise _malformed("snapshot (a line longer than any row)")
            parts, size = [joined[cut:]], len(joined) - cut
            if cut:
                await submit(joined[:cut])
        if size:
            await submit(b"".join(parts))
        while in_flight:
            await settle_oldest()
    except MalformedChange as exc:
        raise _malformed(f"snapshot row ({exc})") from exc
    finally:
        for future in in_flight:  # an error or a cancel: let queued blocks finish quietly
            future.add_done_callback(lambda f: f.cancelled() or f.exception())
    if not isinstance(end, dict):
        raise errors.Unreachable(text(QT_TRANSLATE_NOOP(
            "Messages", "The snapshot from the central service was cut off before its end. What "
            "arrived is kept aside; the next sync starts it again.")))
    if end.get("rows") != seen or not isinstance(end.get("cursor"), int):
        raise _malformed(f"snapshot ({seen} rows arrived, its end line says {end.get('rows')})")
    scope = end.get("scope")
    if scope is not None and not (isinstance(scope, list)
                                  and all(isinstance(s, str) for s in scope)):
        raise _malformed("snapshot end line (its scope is not a list of stores)")
    try:
        key = (wire_sync.SealingKeyOut.model_validate(end["sealing_key"])
               if end.get("sealing_key") is not None else None)
    except ValidationError as exc:
        raise _malformed("snapshot end line (its sealing key)") from exc
    return end["cursor"], seen, scope, key

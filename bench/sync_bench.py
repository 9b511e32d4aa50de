"""First sync, delta sync and GUI stall during a first sync, against the reference service.

The reference service runs as a subprocess on loopback (``python -m central_api --port 0``)
over a pre-seeded database; the client runs in a child process of this script per measurement
(so each peak RSS is that measurement's own). Seed the databases once, then reuse them::

    uv run python -m central_api --db /tmp/bench-central-100k.sqlite3 --seed-only --customers 100000
    uv run python -m central_api --db /tmp/bench-central-1m.sqlite3 --seed-only --customers 1000000
    uv run python bench/sync_bench.py                      # 100k and 1m, everything
    uv run python bench/sync_bench.py --sizes 100k --only snapshot,delta
    uv run python bench/sync_bench.py --sizes 1m --only gui --profile

Measurements (``--only``, comma-separated):

* ``snapshot``: first sync of a fresh device dir ``/tmp/bench-device-<size>`` (bulk NDJSON
  snapshot, then the feed from its cursor) → seconds, rows, rows/s, client and server peak RSS;
* ``feed``: the same first sync through the paged changes feed (``use_snapshot=False``; 100k
  only unless ``--feed-all``) into ``/tmp/bench-device-<size>-feed``;
* ``delta``: another device pushes 1,000 notes through the mutations endpoint, then the
  device of ``snapshot`` runs ``sync_once`` (timed);
* ``gui``: the snapshot first sync inside a qasync loop on a QApplication (offscreen) with a
  5 ms QTimer heartbeat: longest gap and p99 gap between ticks.

``--profile`` writes a cProfile of the client to ``/tmp/bench-prof-<mode>-<size>.prof``.
Results are appended to bench/RESULTS.md under "Sync".

``--plain``: the device's files in clear, as before encryption at rest (issue 11), in
``/tmp/bench-device-<size>-plain``; the figures go under "Encryption at rest (issue 11)". The
data folders' keys are kept in a keychain file the benchmark's processes share
(``bench/_plain.py``), unless ``PYTHON_KEYRING_BACKEND`` chooses another keychain.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common  # noqa: E402
import _plain  # noqa: E402

_plain.keychain_for_benchmarks()

HEADING = "## Sync"
PLAIN = "--plain" in sys.argv  # files in clear (see _plain.py)
DBS = {"100k": "/tmp/bench-central-100k.sqlite3", "1m": "/tmp/bench-central-1m.sqlite3"}
DELTA_CHANGES = 1000


def device_dir(size: str, mode: str) -> Path:
    suffix = {"snapshot": "", "delta": "", "feed": "-feed", "gui": "-gui"}[mode]
    return Path(f"/tmp/bench-device-{size}{suffix}{'-plain' if PLAIN else ''}")


# -- child side: one measurement per process --------------------------------------------------


async def _timed_sync(url: str, device: Path, *, use_snapshot: bool = True,
                      progress=None) -> tuple[object, float]:
    """One ``sync_once`` of a signed-in device on ``device``: (summary, seconds)."""
    from associate_app.cache.local_store import LocalStore
    from associate_app.sync.engine import SyncEngine

    client = await _common.signed_in_client(url)
    store = await asyncio.to_thread(LocalStore, device)
    try:
        engine = SyncEngine(client, store, "S001", use_snapshot=use_snapshot)
        if progress:
            engine.on_progress.append(progress)
        started = time.perf_counter()
        summary = await engine.sync_once()
        seconds = time.perf_counter() - started
        if not summary.ok:
            raise RuntimeError(summary.error)
        return summary, seconds
    finally:
        await asyncio.to_thread(store.close)
        await client.aclose()


async def _first_sync(url: str, device: Path, *, use_snapshot: bool, progress=None) -> dict:
    summary, seconds = await _timed_sync(url, device, use_snapshot=use_snapshot,
                                         progress=progress)
    return {"seconds": seconds, "rows": summary.pulled_rows,
            "entities": summary.pulled_entities, "snapshot": summary.snapshot,
            "cursor": summary.cursor}


async def _delta(url: str, device: Path) -> dict:
    from associate_app.cache.database import connect
    from store_contract import wire_sync
    from store_contract.domain.mutation_types import MutationType, new_temp_id

    conn = connect(device / "cache.sqlite3", readonly=True)
    try:
        customer_ids = [r[0] for r in conn.execute(
            "SELECT customer_id FROM customers WHERE preferred_store_id = 'S001' "
            "ORDER BY customer_id LIMIT ?", (DELTA_CHANGES,))]
    finally:
        conn.close()
    assert len(customer_ids) == DELTA_CHANGES, len(customer_ids)

    other = await _common.signed_in_client(url, name="bench other device")
    started = time.perf_counter()
    now = time.time()
    from datetime import UTC, datetime
    seq = 0
    applied = 0
    for start in range(0, DELTA_CHANGES, wire_sync.MAX_PUSH):
        mutations = []
        for cid in customer_ids[start:start + wire_sync.MAX_PUSH]:
            seq += 1
            mutations.append(wire_sync.Mutation(
                mutation_id=f"bench{int(now)}{seq:06d}", device_seq=seq,
                type=MutationType.NOTE_ADD,
                payload={"interaction_id": new_temp_id(), "customer_id": cid,
                         "body": f"bench note {seq}"},
                created_at=datetime.now(UTC)))
        response = await other.push("S001", wire_sync.PushRequest(mutations=mutations))
        applied += sum(r.status == "applied" for r in response.results)
    push_seconds = time.perf_counter() - started
    await other.aclose()

    summary, seconds = await _timed_sync(url, device)
    return {"seconds": seconds, "rows": summary.pulled_rows,
            "entities": summary.pulled_entities, "pushed_by_other": applied,
            "other_push_seconds": push_seconds}


def _gui(url: str, device: Path) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication, QProgressBar

    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    bar = QProgressBar()  # what the status bar shows during a first sync
    bar.setRange(0, 0)
    bar.show()

    def progress(stage: str, done: int, total: int | None) -> None:
        bar.setFormat(f"{stage} {done:,}")
        bar.setValue(done if total else 0)

    heartbeat = _common.Heartbeat(5)

    if os.environ.get("BENCH_STALL_STACKS"):
        heartbeat.watch_stalls()
    # as the app does (gui/app.py): automatic collection off, collections on the GUI thread,
    # no full collection while a sync runs
    guard = None
    syncing = [False]
    if os.environ.get("BENCH_NO_GC_GUARD") != "1":
        from associate_app.gui.gc_guard import GuiThreadGarbageCollector

        guard = GuiThreadGarbageCollector(busy=lambda: syncing[0])
    gc_pauses = _common.GcPauses()

    async def run() -> dict:
        heartbeat.start()
        syncing[0] = True
        try:
            return await _first_sync(url, device, use_snapshot=True, progress=progress)
        finally:
            syncing[0] = False
            heartbeat.stop()

    with loop:
        result = loop.run_until_complete(run())
    gc_pauses.stop()
    if guard is not None:
        guard.stop()
    result["heartbeat"] = heartbeat.summary()
    result["gc"] = gc_pauses.summary()
    result["gc_guard"] = guard is not None
    if os.environ.get("BENCH_STALL_STACKS"):
        with open(os.environ["BENCH_STALL_STACKS"], "w") as out:
            for stack, n in heartbeat.stall_stacks.most_common(40):
                out.write(f"{n:5d}  {stack}\n\n")
    gaps = sorted(heartbeat.gaps, reverse=True)[:10]
    result["worst_gaps_ms"] = [round(g, 1) for g in gaps]
    return result


def child(mode: str, size: str, profile: bool) -> dict:
    if PLAIN:
        _plain.without_encryption()
    db = Path(DBS[size])
    device = device_dir(size, mode)
    if mode in ("snapshot", "feed", "gui"):
        shutil.rmtree(device, ignore_errors=True)
    with _common.CentralService(db, log=Path(f"/tmp/bench-central-{mode}-{size}.log")) as svc:
        def work() -> dict:
            if mode == "gui":
                return _gui(svc.url, device)
            if mode == "delta":
                return asyncio.run(_delta(svc.url, device))
            return asyncio.run(_first_sync(svc.url, device, use_snapshot=mode == "snapshot"))

        if profile:
            import cProfile
            import signal

            # the server's side by py-spy (its work runs in uvicorn's thread pool, out of
            # cProfile's reach), the client's by cProfile
            spy = subprocess.Popen(
                ["uvx", "py-spy", "record", "--pid", str(svc.pid), "--rate", "200",
                 "--format", "raw", "--nonblocking",
                 "-o", f"/tmp/bench-pyspy-server-{mode}-{size}.txt"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(2)
            prof = cProfile.Profile()
            try:
                result = prof.runcall(work)
            finally:
                spy.send_signal(signal.SIGINT)
                spy.wait(timeout=60)
            prof.dump_stats(f"/tmp/bench-prof-{mode}-{size}.prof")
        else:
            result = work()
        result["server_peak_rss_mb"] = svc.peak_rss_mb()
    result["client_peak_rss_mb"] = _common.peak_rss_mb()
    return result


# -- parent side ------------------------------------------------------------------------------


def run_child(mode: str, size: str, profile: bool) -> dict:
    cmd = [sys.executable, __file__, "--child", mode, "--sizes", size]
    if profile:
        cmd.append("--profile")
    if PLAIN:
        cmd.append("--plain")
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=_common.ROOT)
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        raise SystemExit(f"{mode} {size} failed (exit {out.returncode})")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100k,1m")
    parser.add_argument("--only", default="snapshot,feed,delta,gui")
    parser.add_argument("--feed-all", action="store_true", help="also the feed path at 1m")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    parser.add_argument("--child", choices=["snapshot", "feed", "delta", "gui"])
    parser.add_argument("--plain", action="store_true",
                        help="files in clear, as before encryption at rest (issue 11)")
    parser.add_argument("--heading", default=HEADING, help="the RESULTS.md section")
    args = parser.parse_args(argv)
    sizes = args.sizes.split(",")
    if args.child:
        print(json.dumps(child(args.child, sizes[0], args.profile)), flush=True)
        sys.stderr.flush()
        os._exit(0)  # PySide6 can crash in interpreter finalisation (bool_dealloc) after Qt use

    modes = args.only.split(",")
    first: list[str] = []
    delta: list[str] = []
    gui: list[str] = []
    for size in sizes:
        for mode in ("snapshot", "feed", "delta", "gui"):
            if mode not in modes or (mode == "feed" and size != "100k" and not args.feed_all):
                continue
            r = run_child(mode, size, args.profile)
            print(f"{size} {mode}: {json.dumps(r)}", flush=True)
            srv = r.get("server_peak_rss_mb")
            srv_txt = f"{srv:,.0f} MB" if srv else "n/a"
            if mode in ("snapshot", "feed"):
                first.append(
                    f"| {size} | {mode} | {r['seconds']:.1f} s | {r['rows']:,} | "
                    f"{r['rows'] / r['seconds']:,.0f} | {r['client_peak_rss_mb']:,.0f} MB | "
                    f"{srv_txt} | {r['entities'].get('customer', 0):,} |")
            elif mode == "delta":
                delta.append(
                    f"| {size} | {r['pushed_by_other']:,} notes | {r['seconds'] * 1000:,.0f} ms "
                    f"| {r['rows']:,} | {r['client_peak_rss_mb']:,.0f} MB | {srv_txt} |")
            else:
                hb = r["heartbeat"]
                gui.append(
                    f"| {size} | {r['seconds']:.1f} s | {r['rows']:,} | {hb['ticks']:,} | "
                    f"{hb['max_ms']:,.0f} ms | {hb['p99_ms']:.1f} ms | {hb['over_50ms']:,} | "
                    f"{', '.join(f'{g:.0f}' for g in r['worst_gaps_ms'][:5])} |")
    table: list[str] = []
    if first:
        table += ["**First sync** (target: 1M customers < 60 s)", "",
                  "| size | path | seconds | rows | rows/s | client peak RSS | "
                  "server peak RSS | customers |",
                  "|---|---|---:|---:|---:|---:|---:|---:|", *first, ""]
    if delta:
        table += [f"**Delta sync** of {DELTA_CHANGES:,} changes pushed by another device "
                  "(target < 1 s)", "",
                  "| size | changes | sync_once | rows pulled | client peak RSS | "
                  "server peak RSS |",
                  "|---|---:|---:|---:|---:|---:|", *delta, ""]
    if gui:
        table += ["**GUI event-loop stall during a first sync** (qasync, offscreen, 5 ms "
                  "QTimer heartbeat; target: no gap > 50 ms)", "",
                  "| size | seconds | rows | ticks | longest gap | p99 gap | gaps > 50 ms | "
                  "worst 5 gaps (ms) |",
                  "|---|---:|---:|---:|---:|---:|---:|---|", *gui, ""]
    print("\n".join(table))
    if args.no_record:
        return 0
    _common.append_section(
        args.heading,
        "Reference service as a subprocess on loopback over a pre-seeded SQLite file "
        "(3 stores); client in a child process per measurement; store S001. Files "
        + ("**in clear** (encryption patched out: bench/_plain.py)." if PLAIN else
           "**encrypted** (SQLCipher, raw key from the keychain)."),
        table)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

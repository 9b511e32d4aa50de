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
* ``raw`` (issue 15, after ``snapshot``): the physical baseline — the rows the snapshot left,
  loaded with a raw ``executemany`` (5,000 rows a call) into a fresh file of the same schema and
  encryption, then the same indexes built and the FTS5 index rebuilt (reads outside the clock);
  the first sync's ratio to it (target ≤ 4×);
* ``gui``: the snapshot first sync inside a qasync loop on a QApplication (offscreen) with a
  5 ms QTimer heartbeat: longest gap and p99 gap between ticks.

``--slow-tablet``: the client on one core with a busy neighbour (bench/_tablet.py); the
reference service, standing for the remote one, runs on the other core. Ratios go to the
"Ratios (issue 15)" table of RESULTS.md.

``--profile`` writes a cProfile of the client to ``/tmp/bench-prof-<mode>-<size>.prof``.
Results are appended to bench/RESULTS.md under "Sync".

``--backend postgresql`` (issue 16): the service over PostgreSQL instead of the SQLite files: a
private cluster (``tests/support/postgres.py``; or ``STORE_ASSOCIATE_TEST_PG_URL``, a superuser's
URL) with one database per size, migrated and seeded here (``central-api migrate``, then
``--seed-only --customers N``; the seeding time is printed), dropped at the end; device dirs
``/tmp/bench-device-<size>-pg``.

``--plain``: the device's files in clear, as before encryption at rest (issue 11), in
``/tmp/bench-device-<size>-plain``; the figures go under "Encryption at rest (issue 11)". The
data folders' keys are kept in a keychain file the benchmark's processes share
(``bench/_plain.py``), unless ``PYTHON_KEYRING_BACKEND`` chooses another keychain.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
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
import _tablet  # noqa: E402

_plain.keychain_for_benchmarks()

HEADING = "## Sync (issue 15: ratios, both profiles)"
PLAIN = "--plain" in sys.argv  # files in clear (see _plain.py)
DBS = {"100k": "/tmp/bench-central-100k.sqlite3", "1m": "/tmp/bench-central-1m.sqlite3"}
DELTA_CHANGES = 1000
PG = os.environ.get("BENCH_SYNC_BACKEND") == "postgresql"  # set by the parent (--backend)
CUSTOMERS = {"100k": 100_000, "1m": 1_000_000}


def device_dir(size: str, mode: str) -> Path:
    suffix = {"snapshot": "", "delta": "", "feed": "-feed", "gui": "-gui", "raw": "-raw"}[mode]
    return Path(f"/tmp/bench-device-{size}{suffix}{'-plain' if PLAIN else ''}"
                f"{'-pg' if PG else ''}")


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
    idle: dict = {}

    async def run() -> dict:
        heartbeat.start()  # baseline: the same loop with nothing to do, 3 s
        await asyncio.sleep(3.0)
        idle.update(heartbeat.summary())
        heartbeat.start()  # (restarts: gaps cleared)
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
    result["idle"] = idle
    result["gc"] = gc_pauses.summary()
    result["gc_guard"] = guard is not None
    if os.environ.get("BENCH_STALL_STACKS"):
        with open(os.environ["BENCH_STALL_STACKS"], "w") as out:
            for stack, n in heartbeat.stall_stacks.most_common(40):
                out.write(f"{n:5d}  {stack}\n\n")
    gaps = sorted(heartbeat.gaps, reverse=True)[:10]
    result["worst_gaps_ms"] = [round(g, 1) for g in gaps]
    return result


def _raw_load(size: str) -> dict:
    """The physical baseline of a first sync (issue 15): the same rows the snapshot left in
    ``/tmp/bench-device-<size>`` (read ahead, chunk by chunk, outside the clock) loaded with a
    raw ``executemany`` per 5,000-row chunk into empty tables of the same schema in a fresh
    file (same connection settings and encryption as the app's cache), then the same indexes
    built and the same FTS5 search index rebuilt, in one transaction. No network, no JSON,
    no Python per row: what the disk, SQLite and SQLCipher need on this machine."""
    import secrets

    from associate_app.cache.database import connect

    src_dir = device_dir(size, "snapshot")
    dst_dir = device_dir(size, "raw")
    shutil.rmtree(dst_dir, ignore_errors=True)
    dst_dir.mkdir(parents=True)
    src = connect(src_dir / "cache.sqlite3", readonly=True)
    dst = connect(dst_dir / "cache.sqlite3", key=None if PLAIN else secrets.token_bytes(32))
    objects = src.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                          "WHERE sql IS NOT NULL").fetchall()
    fts = [o for o in objects if o["type"] == "table" and "VIRTUAL TABLE" in o["sql"].upper()]
    shadow = tuple(f"{o['name']}_" for o in fts)
    tables = [o for o in objects if o["type"] == "table" and o not in fts
              and not o["name"].startswith(("sqlite_", *shadow))]
    indexes = [o for o in objects if o["type"] == "index"]
    for o in tables + fts:
        dst.execute(o["sql"])
    counts = {t["name"]: src.execute(f"SELECT count(*) FROM {t['name']}").fetchone()[0]
              for t in tables}
    loaded = {n: c for n, c in counts.items() if c and n not in ("sync_state",)}
    insert_s = 0.0
    rows = 0
    started = time.perf_counter()
    dst.execute("BEGIN")
    for name in loaded:
        cur = src.execute(f"SELECT * FROM {name}")
        marks = ",".join("?" * len(cur.description))
        sql = f"INSERT INTO {name} VALUES ({marks})"
        while True:
            chunk = [tuple(r) for r in cur.fetchmany(5000)]
            if not chunk:
                break
            t0 = time.perf_counter()
            dst.executemany(sql, chunk)
            insert_s += time.perf_counter() - t0
            rows += len(chunk)
    t0 = time.perf_counter()
    for o in indexes:
        if o["tbl_name"] in loaded:
            dst.execute(o["sql"])
    index_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for o in fts:
        dst.execute(f"INSERT INTO {o['name']}({o['name']}) VALUES ('rebuild')")
    fts_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    dst.execute("COMMIT")
    commit_s = time.perf_counter() - t0
    wall = time.perf_counter() - started
    src.close()
    dst.close()
    return {"seconds": insert_s + index_s + fts_s + commit_s, "insert_s": insert_s,
            "index_s": index_s, "fts_s": fts_s, "commit_s": commit_s, "rows": rows,
            "wall_with_reads_s": wall, "tables": len(loaded),
            "indexes": sum(1 for o in indexes if o["tbl_name"] in loaded)}


def child(mode: str, size: str, profile: bool) -> dict:
    if PLAIN:
        _plain.without_encryption()
    if mode == "raw":
        result = _raw_load(size)
        result["client_peak_rss_mb"] = _common.peak_rss_mb()
        return result
    db = os.environ.get(f"BENCH_SYNC_DB_{size}") or Path(DBS[size])  # a URL: --backend
    device = device_dir(size, mode)
    if mode in ("snapshot", "feed", "gui"):
        shutil.rmtree(device, ignore_errors=True)
    with _common.CentralService(db, log=Path(f"/tmp/bench-central-{mode}-{size}.log")) as svc:
        def work() -> dict:
            if mode == "gui":
                return _gui(svc.url, device)
            if mode == "delta":
                return asyncio.run(_delta(svc.url, device))
            pauses = _common.GcPauses()  # automatic collection, as a headless sync has it
            try:
                out = asyncio.run(_first_sync(svc.url, device, use_snapshot=mode == "snapshot"))
            finally:
                pauses.stop()
            out["gc"] = pauses.summary()
            return out

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
    result["client_rss_after_mb"] = _common.rss_mb()
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
    parser.add_argument("--only", default="snapshot,raw,feed,delta,gui",
                        help="raw: the physical baseline (issue 15), after snapshot")
    parser.add_argument("--feed-all", action="store_true", help="also the feed path at 1m")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    parser.add_argument("--child", choices=["snapshot", "feed", "delta", "gui", "raw"])
    parser.add_argument("--plain", action="store_true",
                        help="files in clear, as before encryption at rest (issue 11)")
    parser.add_argument("--heading", default=HEADING, help="the RESULTS.md section")
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite",
                        help="the service's database (postgresql: a private cluster, seeded "
                             "here)")
    _tablet.add_argument(parser)
    args = parser.parse_args(argv)
    _tablet.setup(argv)
    sizes = args.sizes.split(",")
    if args.child:
        print(json.dumps(child(args.child, sizes[0], args.profile)), flush=True)
        sys.stderr.flush()
        os._exit(0)  # PySide6 can crash in interpreter finalisation (bool_dealloc) after Qt use

    modes = args.only.split(",")
    with _backend_databases(args.backend, sizes):
        return _measure(args, sizes, modes)


@contextlib.contextmanager
def _backend_databases(backend: str, sizes: list[str]):
    """For ``--backend postgresql``: a database per size on a private cluster, migrated and
    seeded, named to the children by ``BENCH_SYNC_DB_<size>``; removed at the end."""
    if backend != "postgresql":
        yield
        return
    from tests.support.postgres import private_server

    os.environ["BENCH_SYNC_BACKEND"] = "postgresql"
    with private_server() as server:
        made = []
        try:
            for size in sizes:
                url = server.create_database()
                made.append(url)
                started = time.perf_counter()
                for cmd in (["migrate", "--db", url],
                            ["--db", url, "--seed-only", "--customers", str(CUSTOMERS[size])]):
                    subprocess.run([sys.executable, "-m", "central_api", *cmd],
                                   cwd=_common.ROOT, check=True, capture_output=True)
                print(f"{size}: PostgreSQL database migrated and seeded in "
                      f"{time.perf_counter() - started:.1f} s", flush=True)
                os.environ[f"BENCH_SYNC_DB_{size}"] = url
            yield
        finally:
            for url in made:
                server.drop_database(url)


def _measure(args: argparse.Namespace, sizes: list[str], modes: list[str]) -> int:
    first: list[str] = []
    delta: list[str] = []
    gui: list[str] = []
    raws: list[str] = []
    ratios: list[str] = []
    snap: dict[str, dict] = {}
    raw_s: dict[str, float] = {}
    for size in sizes:
        for mode in ("snapshot", "raw", "feed", "delta", "gui"):
            if mode not in modes or (mode == "feed" and size != "100k" and not args.feed_all):
                continue
            r = run_child(mode, size, args.profile)
            print(f"{size} {mode}: {json.dumps(r)}", flush=True)
            srv = r.get("server_peak_rss_mb")
            srv_txt = f"{srv:,.0f} MB" if srv else "n/a"
            if mode == "raw":
                raw_s[size] = r["seconds"]
                snap_s = snap.get(size, {}).get("seconds")
                ratio = f"**{snap_s / r['seconds']:.2f}×**" if snap_s else "— (no snapshot run)"
                raws.append(
                    f"| {size} | {r['rows']:,} | {r['tables']} / {r['indexes']} | "
                    f"{r['insert_s']:.1f} s | {r['index_s']:.1f} s | {r['fts_s']:.1f} s | "
                    f"{r['seconds']:.1f} s | {snap_s or float('nan'):.1f} s | {ratio} | "
                    f"{r['client_peak_rss_mb']:,.0f} MB |")
                if snap_s:
                    ratios.append(_common.ratio_row(
                        f"first sync (snapshot), {size}", snap_s, r["seconds"], "≤ 4×",
                        snap_s <= 4 * r["seconds"], unit="s",
                        baseline_name="raw executemany + indexes + FTS rebuild"))
                continue
            if mode == "snapshot":
                snap[size] = r
                rss = r["client_peak_rss_mb"]
                after = r.get("client_rss_after_mb") or 0
                ratios.append(_common.ratio_row(
                    f"client peak RSS during a first sync, {size} (after it: {after:.0f} MB)",
                    rss, None, "< 300 MB (1M)", rss < 300 and after < 300, unit="MB"))
            if mode == "gui":
                hb = r["heartbeat"]
                idle = r.get("idle", {})
                ratios.append(_common.ratio_row(
                    f"GUI longest event-loop gap during a first sync, {size}", hb["max_ms"],
                    idle.get("max_ms"), "< 50 ms", hb["max_ms"] < 50,
                    baseline_name="idle loop, 3 s"))
                if size in raw_s:
                    ratios.append(_common.ratio_row(
                        f"first sync in the Qt app's loop (gui mode), {size}", r["seconds"],
                        raw_s[size], "≤ 4×", r["seconds"] <= 4 * raw_s[size], unit="s",
                        baseline_name="raw executemany + indexes + FTS rebuild"))
                rss, after = r["client_peak_rss_mb"], r.get("client_rss_after_mb") or 0
                ratios.append(_common.ratio_row(
                    f"client (Qt) peak RSS during a first sync, {size} (after it: {after:.0f} MB)",
                    rss, None, "< 300 MB (1M)", rss < 300 and after < 300, unit="MB"))
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
    table: list[str] = [f"Profile: **{_tablet.profile()}** ({_tablet.check()}).", ""]
    if raws:
        table += ["**First sync against the raw load of the same rows** (issue 15; baseline: "
                  "the rows the snapshot left, loaded with executemany per 5,000 rows into a "
                  "fresh file of the same schema and encryption, then the same indexes and the "
                  "FTS5 rebuild; reads outside the clock; target: first sync ≤ 4×)", "",
                  "| size | rows | tables / indexes | executemany | indexes | FTS rebuild | "
                  "raw total | first sync | ratio | peak RSS (raw) |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|", *raws, ""]
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
    print("\n".join(ratios))
    if args.no_record:
        return 0
    _common.record_ratios(ratios)
    _common.append_section(
        args.heading,
        "Reference service as a subprocess on loopback over a pre-seeded "
        + ("PostgreSQL database (private cluster, fsync off; --backend postgresql)"
           if args.backend == "postgresql" else "SQLite file") + " "
        "(3 stores); client in a child process per measurement; store S001. Files "
        + ("**in clear** (encryption patched out: bench/_plain.py)." if PLAIN else
           "**encrypted** (SQLCipher, raw key from the keychain)."),
        table)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Customer lookup latency per keystroke on caches of 100,000 and 1,000,000 customers.

The caches are device dirs made by a first sync from the seeded reference service (run
``bench/sync_bench.py`` first: it leaves ``/tmp/bench-device-100k`` and ``/tmp/bench-device-1m``)::

    uv run python bench/lookup_bench.py                 # 100k and 1m, 200 queries, GUI too
    uv run python bench/lookup_bench.py --sizes 1m --no-gui --profile

About 200 realistic queries are drawn (fixed seed) from the cache itself and typed one
character at a time: names ("Lawson Iain", "iain law", "Lawson"), phone numbers in national
format digit by digit ("07412 114747"), email prefixes ("iain.lawson1@ex"), loyalty card
numbers (16 digits). For every keystroke the prefix typed so far is searched with
``customer_search.search(conn, prefix, store_id="S001")`` on a read-only connection like the
app's reader thread; beside it, on the same file in the same run, for the name keystrokes,
the raw FTS5 query ``SELECT rowid FROM customers_fts WHERE customers_fts MATCH ? LIMIT 50``
with the same MATCH expression.

With the GUI part (default; ``--no-gui`` skips it) a ``CustomersPage`` over a real
``CustomerService`` / ``AppServices`` (store opened on the same device dir, no server) is
driven in a qasync loop: keys are sent to ``customerSearch`` with ``QTest.keyClick`` at
typing speed (one every 60 ms) while a 5 ms QTimer heartbeat records the gaps between ticks;
also the time from a key to the page's ``searchFinished`` for that text.

``--plain`` measures the same cache in clear, as before encryption at rest (issue 11):
``/tmp/bench-device-<size>-plain`` (made by ``bench/sync_bench.py --plain``); the figures go
under "Encryption at rest (issue 11)" with ``--heading``.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common  # noqa: E402
import _plain  # noqa: E402

_plain.keychain_for_benchmarks()

HEADING = "## Customer lookup per keystroke"
PLAIN = "--plain" in sys.argv  # files in clear (see _plain.py)

#: ``--simulate-fix``: the orders recency query with ``+store_id`` (no index on it), so SQLite
#: uses ix_orders_customer instead of scanning every order of the store by ix_orders_store_status
SLOW = "FROM orders WHERE customer_id IN"
FIXES = {"AND store_id = ? GROUP BY customer_id": "AND +store_id = ? GROUP BY customer_id"}


class FixedConnection(sqlite3.Connection):
    def execute(self, sql, *args):  # type: ignore[override]
        if SLOW in sql:
            for old, new in FIXES.items():
                sql = sql.replace(old, new)
        return super().execute(sql, *args)


def connect_fixed(path, *, readonly: bool = False):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None,
                           check_same_thread=False, factory=FixedConnection)
    conn.row_factory = sqlite3.Row
    for pragma in ("busy_timeout = 5000", "temp_store = MEMORY", "cache_size = -32000"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def cache_path(size: str) -> Path:
    return Path(f"/tmp/bench-device-{size}{'-plain' if PLAIN else ''}/cache.sqlite3")


def make_queries(conn: sqlite3.Connection, n: int, seed: int = 42) -> list[tuple[str, str]]:
    """``(kind, full text)``: 45% names, 20% phones, 20% email prefixes, 15% cards."""
    import phonenumbers

    rng = random.Random(seed)
    total = conn.execute("SELECT max(rowid) FROM customers").fetchone()[0]
    rows = []
    while len(rows) < n:
        rowid = rng.randint(1, total)
        r = conn.execute(
            "SELECT c.first_name, c.last_name, c.email, c.phone_e164, l.card_number "
            "FROM customers c LEFT JOIN loyalty_accounts l USING (customer_id) "
            "WHERE c.rowid = ?", (rowid,)).fetchone()
        if r:
            rows.append(tuple(r))
    queries: list[tuple[str, str]] = []
    for i, (first, last, email, phone, card) in enumerate(rows):
        slot = i % 20
        if slot < 9:
            style = slot % 3
            text = (f"{last} {first}" if style == 0
                    else f"{first.lower()} {last[:3].lower()}" if style == 1
                    else last)
            queries.append(("name", text))
        elif slot < 13 and phone:
            national = phonenumbers.format_number(phonenumbers.parse(phone, "GB"),
                                                  phonenumbers.PhoneNumberFormat.NATIONAL)
            queries.append(("phone", national))
        elif slot < 17 and email:
            local, _, domain = email.partition("@")
            queries.append(("email", email if slot % 2 else f"{local}@{domain[:2]}"))
        elif card:
            queries.append(("card", card))
        else:
            queries.append(("name", f"{first} {last}"))
    return queries


def keystrokes(text: str) -> list[str]:
    return [text[:i] for i in range(1, len(text) + 1)]


def stats(values: list[float]) -> dict[str, float]:
    return {"n": len(values), "p50": _common.percentile(values, 50),
            "p95": _common.percentile(values, 95), "p99": _common.percentile(values, 99),
            "max": max(values) if values else float("nan")}


def fmt(s: dict[str, float]) -> str:
    return (f"{s['n']:,} | {s['p50']:.2f} | {s['p95']:.2f} | {s['p99']:.2f} | "
            f"{s['max']:.1f}")


def measure(size: str, queries: list[tuple[str, str]], profile: bool, fix: bool) -> dict:
    from associate_app.cache import customer_search
    from associate_app.cache.database import connect

    if fix:
        connect = connect_fixed  # noqa: F811
    from store_contract.domain.customer_query import fts_match, parse

    conn = connect(cache_path(size), readonly=True)
    by_kind: dict[str, list[float]] = defaultdict(list)
    raw: list[float] = []
    name_search: list[float] = []
    by_len: dict[int, list[float]] = defaultdict(list)
    slowest: list[tuple[float, str]] = []
    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile()
    for kind, text in queries:
        for prefix in keystrokes(text):
            t0 = time.perf_counter()
            if prof:
                prof.enable()
            customer_search.search(conn, prefix, store_id="S001")
            if prof:
                prof.disable()
            ms = (time.perf_counter() - t0) * 1000
            by_kind[kind].append(ms)
            by_len[min(len(prefix), 6)].append(ms)
            slowest.append((ms, prefix))
            if kind == "name":
                name_search.append(ms)
                match = fts_match(parse(prefix).name_words)
                if match:
                    t0 = time.perf_counter()
                    conn.execute("SELECT rowid FROM customers_fts WHERE customers_fts MATCH ? "
                                 "LIMIT 50", (match,)).fetchall()
                    raw.append((time.perf_counter() - t0) * 1000)
    if prof:
        prof.dump_stats(f"/tmp/bench-prof-lookup-{size}.prof")
    customers = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    conn.close()
    every = [v for vs in by_kind.values() for v in vs]
    slowest.sort(reverse=True)
    return {"customers": customers, "all": stats(every),
            "kinds": {k: stats(v) for k, v in by_kind.items()},
            "name_search": stats(name_search), "raw_fts": stats(raw),
            "by_len": {k: stats(v) for k, v in sorted(by_len.items())},
            "slowest": slowest[:8]}


def measure_gui(size: str, queries: list[tuple[str, str]], interval_ms: int,
                fix: bool) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import asyncio

    import qasync
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from associate_app.cache import reader
    from associate_app.config import AppConfig
    from associate_app.customer_service import CustomerService
    from associate_app.gui.customers_page import CustomersPage
    from associate_app.gui.gc_guard import GuiThreadGarbageCollector
    from associate_app.services import AppServices

    if fix:
        reader.connect = connect_fixed
    if PLAIN:
        _plain.without_encryption()
    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    guard = GuiThreadGarbageCollector()  # as the app does (gui/app.py)
    config = AppConfig(demo=False, data_dir=cache_path(size).parent,
                       server_url="http://127.0.0.1:9", store_id="S001")
    services = AppServices(config)
    heartbeat = _common.Heartbeat(5)
    latencies: list[float] = []

    async def run() -> None:
        await services.open_store()
        page = CustomersPage(CustomerService(services))
        page.resize(1280, 800)
        page.show()
        finished: dict[str, float] = {}
        page.searchFinished.connect(lambda text: finished.__setitem__(text, time.perf_counter()))
        search = page.ui.customerSearch
        await asyncio.sleep(0.2)
        heartbeat.start()
        for _kind, text in queries:
            search.clear()
            await asyncio.sleep(interval_ms / 1000)
            sent: dict[str, float] = {}
            for ch in text:
                sent[search.text() + ch] = time.perf_counter()
                QTest.keyClick(search, ch)
                await asyncio.sleep(interval_ms / 1000)
            deadline = time.perf_counter() + 10
            while text not in finished and time.perf_counter() < deadline:
                await asyncio.sleep(0.005)
            for typed, at in sent.items():
                if typed in finished and finished[typed] >= at:
                    latencies.append((finished[typed] - at) * 1000)
            finished.clear()
        heartbeat.stop()
        page.close()
        await services.aclose()

    with loop:
        loop.run_until_complete(run())
    guard.stop()
    _ = Qt
    return {"heartbeat": heartbeat.summary(), "key_to_results": stats(latencies),
            "worst_gaps": sorted(heartbeat.gaps, reverse=True)[:5]}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100k,1m")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--gui-queries", type=int, default=60,
                        help="how many of the queries the GUI part types")
    parser.add_argument("--key-interval-ms", type=int, default=60)
    parser.add_argument("--no-gui", action="store_true")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--no-record", action="store_true")
    parser.add_argument("--plain", action="store_true",
                        help="the cache in clear, as before encryption at rest (issue 11)")
    parser.add_argument("--heading", default=HEADING, help="the RESULTS.md section")
    parser.add_argument("--simulate-fix", action="store_true",
                        help="rewrite the orders recency query with +store_id (proposed fix)")
    args = parser.parse_args(argv)
    sizes = args.sizes.split(",")
    if len(sizes) > 1 and not args.no_gui:
        # one process per size: a second QApplication/qasync session in the same process
        # crashed PySide6 (none_dealloc) here
        import subprocess

        for size in sizes:
            rest = [a for a in argv if not a.startswith("--sizes")]
            if "--sizes" in argv:
                i = argv.index("--sizes")
                rest = argv[:i] + argv[i + 2:]
            code = subprocess.run([sys.executable, __file__, "--sizes", size, *rest]).returncode
            if code:
                return code
        return 0

    api_rows: list[str] = []
    kind_rows: list[str] = []
    len_rows: list[str] = []
    gui_rows: list[str] = []
    notes: list[str] = []
    for size in sizes:
        from associate_app.cache.database import connect

        conn = connect(cache_path(size), readonly=True)
        queries = make_queries(conn, args.queries)
        conn.close()
        r = measure(size, queries, args.profile, args.simulate_fix)
        print(f"{size}: {r}", flush=True)
        label = f"{size} ({r['customers']:,} cached){' FIX SIMULATED' if args.simulate_fix else ''}"
        api_rows.append(f"| {label} | search(), every keystroke | {fmt(r['all'])} |")
        api_rows.append(f"| {label} | search(), name keystrokes | {fmt(r['name_search'])} |")
        api_rows.append(f"| {label} | raw FTS5 MATCH LIMIT 50, same name keystrokes | "
                        f"{fmt(r['raw_fts'])} |")
        for kind, s in r["kinds"].items():
            kind_rows.append(f"| {size} | {kind} | {fmt(s)} |")
        for n, s in r["by_len"].items():
            len_rows.append(f"| {size} | {n if n < 6 else '6+'} | {fmt(s)} |")
        notes.append(f"Slowest keystrokes at {size}: " + ", ".join(
            f"`{p}` {ms:.0f} ms" for ms, p in r["slowest"]))
        if not args.no_gui:
            g = measure_gui(size, queries[: args.gui_queries], args.key_interval_ms,
                            args.simulate_fix)
            print(f"{size} gui: {g}", flush=True)
            hb, k = g["heartbeat"], g["key_to_results"]
            gui_rows.append(
                f"| {size} | {args.gui_queries} queries, {k['n']:,} keys | {hb['ticks']:,} | "
                f"{hb['max_ms']:.0f} ms | {hb['p99_ms']:.1f} ms | {hb['over_50ms']} | "
                f"{k['p50']:.1f} / {k['p95']:.1f} / {k['p99']:.1f} ms |")
    head = "| cache | what | keystrokes | p50 ms | p95 ms | p99 ms | max ms |"
    table = [f"**Per keystroke** ({args.queries} queries; target: p95 < 15 ms at 1M)", "",
             head, "|---|---|---:|---:|---:|---:|---:|", *api_rows, "",
             "By kind of query (search())", "",
             "| cache | kind | keystrokes | p50 ms | p95 ms | p99 ms | max ms |",
             "|---|---|---:|---:|---:|---:|---:|", *kind_rows, "",
             "By length of the text typed so far (search())", "",
             "| cache | chars | keystrokes | p50 ms | p95 ms | p99 ms | max ms |",
             "|---|---|---:|---:|---:|---:|---:|", *len_rows, ""]
    if gui_rows:
        table += [f"**GUI while typing** (CustomersPage in a qasync loop, offscreen; one key "
                  f"every {args.key_interval_ms} ms; 5 ms heartbeat; target: no gap > 50 ms)",
                  "",
                  "| cache | typed | ticks | longest gap | p99 gap | gaps > 50 ms | "
                  "key → results p50 / p95 / p99 |",
                  "|---|---|---:|---:|---:|---:|---|", *gui_rows, ""]
    print("\n".join(table))
    print("\n".join(notes))
    if not args.no_record:
        _common.append_section(
            args.heading,
            ("Cache **in clear** (encryption patched out: bench/_plain.py). " if PLAIN else
             "Cache **encrypted** (SQLCipher, raw key from the keychain). ") +
            "Caches made by a first sync (store S001) from the seeded reference service; "
            "read-only connection as the app's reader thread uses; queries drawn from the cache "
            "with a fixed seed and typed one character at a time."
            + (" **--simulate-fix**: the orders recency query of customer_search.search() "
               "rewritten on the fly to `AND +store_id = ?` (the proposed fix; product code "
               "untouched)." if args.simulate_fix else ""),
            table, "\n\n".join(notes))
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)  # PySide6 can crash in interpreter finalisation (bool_dealloc) after Qt use

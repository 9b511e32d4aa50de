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

Ratios (issue 15): beside every keystroke's ``search()``, on the same connection and in the
same run, the **raw query of its kind** (name: one FTS5 MATCH of the same words; email: one
``lower(email)`` index range; phone: the ``phone_rev`` suffix range, or ``phone_e164`` once the
number is complete; card: one ``card_number`` range), each returning up to 100 candidates with
the columns the list shows. Each keystroke runs ``--repeat-keystroke`` times (3): the first is
the figure; the best of the 3 (both sides) is printed beside it, free of the scheduler's
preemptions. Per kind: p95 of search() / p95 of raw (target ≤ 3× and < 15 ms), and by length
of the text typed (the long-email case: no path that grows with what is typed). The GUI part
first runs the same loop idle for 3 s (its own heartbeat gaps: the baseline of "longest gap").
``--slow-tablet``: the whole run on one core with a busy neighbour (bench/_tablet.py).
``--search-from FILE``: time another copy of customer_search.py (before/after a change).
Every ratio also goes to the "Ratios (issue 15)" table of RESULTS.md.

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
import _tablet  # noqa: E402

_plain.keychain_for_benchmarks()

HEADING = "## Customer lookup per keystroke (issue 15: ratios, both profiles)"
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


#: the physical baseline per kind of query (issue 15): one raw FTS5 / index query that finds
#: up to 100 candidates for the same keystroke and reads the columns the results list shows,
#: on the same connection — what any lookup must do at least
RAW_NAME = ("SELECT c.customer_id, c.first_name, c.last_name, c.email, c.phone_e164 "
            "FROM customers_fts f JOIN customers c ON c.rowid = f.rowid "
            "WHERE customers_fts MATCH ? LIMIT 100")
RAW_EMAIL = ("SELECT customer_id, first_name, last_name, email, phone_e164 FROM customers "
             "WHERE lower(email) >= ? AND lower(email) < ? LIMIT 100")
RAW_PHONE = ("SELECT customer_id, first_name, last_name, email, phone_e164 FROM customers "
             "WHERE phone_rev >= ? AND phone_rev < ? LIMIT 100")
RAW_PHONE_EXACT = ("SELECT customer_id, first_name, last_name, email, phone_e164 FROM customers "
                   "WHERE phone_e164 = ? LIMIT 100")
RAW_CARD = ("SELECT c.customer_id, c.first_name, c.last_name, c.email, c.phone_e164 "
            "FROM loyalty_accounts l JOIN customers c USING (customer_id) "
            "WHERE l.card_number >= ? AND l.card_number < ? LIMIT 100")
TOP = "\U0010ffff"


def raw_query(kind: str, prefix: str) -> tuple[str, tuple] | None:
    """The baseline query of one keystroke of a query of this kind (built before timing)."""
    from store_contract.domain.customer_query import fts_match, parse

    if kind == "name":
        match = fts_match(parse(prefix).name_words)
        return (RAW_NAME, (match,)) if match else None
    if kind == "email":
        low = prefix.lower()
        return RAW_EMAIL, (low, low + TOP)
    digits = "".join(ch for ch in prefix if ch.isdigit())
    if not digits:
        return None
    if kind == "phone":
        full = parse(prefix).phone_e164
        if full:
            return RAW_PHONE_EXACT, (full,)
        rev = digits[::-1]
        return RAW_PHONE, (rev, rev + TOP)
    return RAW_CARD, (digits, digits + TOP)


def _by_bucket(item) -> tuple:
    (kind, bucket), _ = item
    return kind, ["1–5", "6–10", "11–20", "21+"].index(bucket)


def length_bucket(n: int) -> str:
    return "1–5" if n <= 5 else "6–10" if n <= 10 else "11–20" if n <= 20 else "21+"


def search_module(path: str | None):
    """``customer_search``, or (``--search-from FILE``) another version of it, e.g. the
    committed one (``git show HEAD:associate_app/cache/customer_search.py > FILE``), to
    measure before and after a change in the same run conditions."""
    from associate_app.cache import customer_search

    if not path:
        return customer_search
    import importlib.util

    spec = importlib.util.spec_from_file_location("customer_search_under_test", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (dataclasses look their module up)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def measure(size: str, queries: list[tuple[str, str]], profile: bool, fix: bool,
            search_from: str | None = None, repeat: int = 3) -> dict:
    """Every keystroke ``repeat`` times, raw query and search() alternating: the first time
    is the figure (as staff would meet it), the best of the ``repeat`` the figure without the
    scheduler (on a busy machine a 0.3 ms query is often preempted for a time slice, which
    sets the p95 of fast queries; the best of 3 leaves that out for both sides alike)."""
    from associate_app.cache.database import connect

    customer_search = search_module(search_from)

    if fix:
        connect = connect_fixed  # noqa: F811
    from store_contract.domain.customer_query import fts_match, parse

    conn = connect(cache_path(size), readonly=True)
    by_kind: dict[str, list[float]] = defaultdict(list)
    raw_kind: dict[str, list[float]] = defaultdict(list)
    best_kind: dict[str, list[float]] = defaultdict(list)
    best_raw_kind: dict[str, list[float]] = defaultdict(list)
    kind_len: dict[tuple[str, str], list[float]] = defaultdict(list)
    raw_len: dict[tuple[str, str], list[float]] = defaultdict(list)
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
            baseline = raw_query(kind, prefix)
            best_search = best_raw = float("inf")
            for rep in range(repeat):
                if baseline is not None:  # raw first: its pages are as warm as search()'s
                    t0 = time.perf_counter()
                    conn.execute(*baseline).fetchall()
                    ms = (time.perf_counter() - t0) * 1000
                    best_raw = min(best_raw, ms)
                    if rep == 0:
                        raw_kind[kind].append(ms)
                        raw_len[(kind, length_bucket(len(prefix)))].append(ms)
                t0 = time.perf_counter()
                if prof and rep == 0:
                    prof.enable()
                customer_search.search(conn, prefix, store_id="S001")
                if prof and rep == 0:
                    prof.disable()
                ms = (time.perf_counter() - t0) * 1000
                best_search = min(best_search, ms)
                if rep:
                    continue
                by_kind[kind].append(ms)
                kind_len[(kind, length_bucket(len(prefix)))].append(ms)
                by_len[min(len(prefix), 6)].append(ms)
                slowest.append((ms, prefix))
            best_kind[kind].append(best_search)
            if baseline is not None:
                best_raw_kind[kind].append(best_raw)
            if kind == "name":
                name_search.append(by_kind[kind][-1])
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
            "raw_kinds": {k: stats(v) for k, v in raw_kind.items()},
            "best_kinds": {k: stats(v) for k, v in best_kind.items()},
            "best_raw_kinds": {k: stats(v) for k, v in best_raw_kind.items()},
            "kind_len": {k: stats(v) for k, v in sorted(kind_len.items(), key=_by_bucket)},
            "raw_len": {k: stats(v) for k, v in sorted(raw_len.items())},
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
    idle: dict[str, float] = {}
    gc_pauses = _common.GcPauses()
    if os.environ.get("BENCH_STALL_STACKS"):  # what the GUI thread runs during a gap
        heartbeat.watch_stalls()

    async def run() -> None:
        await services.open_store()
        page = CustomersPage(CustomerService(services))
        page.resize(1280, 800)
        page.show()
        finished: dict[str, float] = {}
        page.searchFinished.connect(lambda text: finished.__setitem__(text, time.perf_counter()))
        search = page.ui.customerSearch
        await asyncio.sleep(0.2)
        # baseline: the same loop and heartbeat with nothing to do (the scheduler's own gaps)
        heartbeat.start()
        await asyncio.sleep(3.0)
        idle.update(heartbeat.summary())
        heartbeat.start()  # (restarts: gaps cleared)
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
    gc_pauses.stop()
    if os.environ.get("BENCH_STALL_STACKS"):
        with open(os.environ["BENCH_STALL_STACKS"], "w") as out:
            for stack, n in heartbeat.stall_stacks.most_common(40):
                out.write(f"{n:5d}  {stack}\n\n")
    _ = Qt
    return {"heartbeat": heartbeat.summary(), "key_to_results": stats(latencies), "idle": idle,
            "gc": gc_pauses.summary(),
            "worst_gaps": sorted(heartbeat.gaps, reverse=True)[:5]}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100k,1m")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--gui-queries", type=int, default=60,
                        help="how many of the queries the GUI part types")
    parser.add_argument("--key-interval-ms", type=int, default=60)
    parser.add_argument("--no-gui", action="store_true")
    parser.add_argument("--repeat-keystroke", type=int, default=3,
                        help="times each keystroke is measured (first = the figure, best = "
                             "without the scheduler's preemptions)")
    parser.add_argument("--search-from", metavar="FILE",
                        help="measure this copy of customer_search.py instead (before/after)")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--no-record", action="store_true")
    parser.add_argument("--plain", action="store_true",
                        help="the cache in clear, as before encryption at rest (issue 11)")
    parser.add_argument("--heading", default=HEADING, help="the RESULTS.md section")
    parser.add_argument("--simulate-fix", action="store_true",
                        help="rewrite the orders recency query with +store_id (proposed fix)")
    _tablet.add_argument(parser)
    args = parser.parse_args(argv)
    _tablet.setup(argv)
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
    ratio_rows: list[str] = []
    variant = (f" (search() of {Path(args.search_from).name}: before)" if args.search_from
               else "")
    idle_notes: list[str] = []
    kr_rows: list[str] = []
    klen_rows: list[str] = []
    for size in sizes:
        from associate_app.cache.database import connect

        conn = connect(cache_path(size), readonly=True)
        queries = make_queries(conn, args.queries)
        conn.close()
        r = measure(size, queries, args.profile, args.simulate_fix, args.search_from,
                    args.repeat_keystroke)
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
        for kind in ("name", "phone", "email", "card"):
            sk, rk = r["kinds"].get(kind), r["raw_kinds"].get(kind)
            if not sk or not rk:
                continue
            ratio = sk["p95"] / rk["p95"]
            met = ratio <= 3 and sk["p95"] < 15
            bk, braw = r["best_kinds"][kind], r["best_raw_kinds"][kind]
            bratio = bk["p95"] / braw["p95"]
            bmet = bratio <= 3 and bk["p95"] < 15
            kr_rows.append(f"| {size} | {kind} | {sk['n']:,} | {sk['p50']:.2f} | {sk['p95']:.2f} "
                           f"| {rk['p50']:.2f} | {rk['p95']:.2f} | **{ratio:.1f}×** | "
                           f"{'yes' if met else 'no'} | {bk['p95']:.2f} / {braw['p95']:.2f} | "
                           f"**{bratio:.1f}×** | {'yes' if bmet else 'no'} |")
            ratio_rows.append(_common.ratio_row(
                f"lookup p95 per keystroke, {kind}, {size} cache{variant}, best of "
                f"{args.repeat_keystroke}", bk["p95"], braw["p95"], "≤ 3× and < 15 ms", bmet,
                baseline_name="raw query p95, best of the same"))
            ratio_rows.append(_common.ratio_row(
                f"lookup p95 per keystroke, {kind}, {size} cache{variant}", sk["p95"], rk["p95"],
                "≤ 3× and < 15 ms", met, baseline_name="raw query p95"))
        for (kind, bucket), sk in r["kind_len"].items():
            rk = r["raw_len"].get((kind, bucket))
            rat = f"{sk['p95'] / rk['p95']:.1f}×" if rk else "—"
            klen_rows.append(f"| {size} | {kind} | {bucket} | {sk['n']:,} | {sk['p50']:.2f} | "
                             f"{sk['p95']:.2f} | {rk['p95'] if rk else float('nan'):.2f} | "
                             f"{rat} |")
        em = {b: s for (k, b), s in r["kind_len"].items() if k == "email"}
        if "21+" in em and "6–10" in em:
            grow = em["21+"]["p95"] / em["6–10"]["p95"]
            ratio_rows.append(_common.ratio_row(
                f"lookup p95, long email (21+ chars) vs 6–10 chars typed, {size}{variant}",
                em["21+"]["p95"], em["6–10"]["p95"], "flat: ≤ 1.5×", grow <= 1.5,
                baseline_name="p95 at 6–10 chars"))
        notes.append(f"Slowest keystrokes at {size}: " + ", ".join(
            f"`{p}` {ms:.0f} ms" for ms, p in r["slowest"]))
        if not args.no_gui:
            g = measure_gui(size, queries[: args.gui_queries], args.key_interval_ms,
                            args.simulate_fix)
            print(f"{size} gui: {g}", flush=True)
            hb, k, idle = g["heartbeat"], g["key_to_results"], g["idle"]
            ratio_rows.append(_common.ratio_row(
                f"GUI longest event-loop gap while typing, {size} cache", hb["max_ms"],
                idle["max_ms"], "< 50 ms", hb["max_ms"] < 50,
                baseline_name="longest gap of the idle loop, 3 s"))
            ratio_rows.append(_common.ratio_row(
                f"GUI key → results p95, {size} cache", k["p95"], r["all"]["p95"], "—", None,
                baseline_name="search() p95 alone"))

            idle_notes.append(f"{size}: longest gap {idle['max_ms']:.0f} ms, p99 "
                              f"{idle['p99_ms']:.1f} ms")
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
    table = [f"**Ratio to the raw query, per kind** (profile: {_tablet.profile()}; "
             f"{_tablet.check()}; baseline: one raw FTS5/index query of the same keystroke "
             "returning up to 100 candidates with the columns the list shows; target: search() "
             "p95 ≤ 3× raw p95 and < 15 ms)", "",
             "| cache | kind | keystrokes | search p50 | search p95 | raw p50 | raw p95 | "
             "ratio (p95) | met? | best of 3: search / raw p95 | ratio | met? |",
             "|---|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---|", *kr_rows, "",
             "By kind and length of the text typed so far (ms; a flat row = no path that grows "
             "with what is typed)", "",
             "| cache | kind | chars | keystrokes | search p50 | search p95 | raw p95 | ratio |",
             "|---|---|---|---:|---:|---:|---:|---:|", *klen_rows, "", *table]
    if gui_rows:
        table += [f"**GUI while typing** (CustomersPage in a qasync loop, offscreen; one key "
                  f"every {args.key_interval_ms} ms; 5 ms heartbeat; target: no gap > 50 ms)",
                  "",
                  "| cache | typed | ticks | longest gap | p99 gap | gaps > 50 ms | "
                  "key → results p50 / p95 / p99 |",
                  "|---|---|---:|---:|---:|---:|---|", *gui_rows, "",
                  "Baseline of the loop: the same heartbeat with nothing to do for 3 s before "
                  "typing: " + "; ".join(idle_notes), ""]
    print("\n".join(table))
    print("\n".join(notes))
    print("\n".join(ratio_rows))
    if not args.no_record:
        _common.record_ratios(ratio_rows)
        _common.append_section(
            args.heading,
            f"Profile: **{_tablet.profile()}**. " +
            (f"search() from **{args.search_from}** (not the working tree's). "
             if args.search_from else "") +
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

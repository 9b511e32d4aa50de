"""Start-up against the machine's own limit: a PySide6 window that shows a label (issue 15).

    uv run python bench/startup_bench.py [--sizes 100k,1m] [--repeat 5] [--slow-tablet]
                                         [--no-demo] [--profile] [--no-record]

Every measurement is a fresh child process started with the project's interpreter (the
``uv run`` launcher itself is left out of every figure: it is the same for both); the clock
starts in the parent just before the child is spawned and stops when the window has painted
(``QWidget.repaint()`` returned after the window was shown). ``QT_QPA_PLATFORM=offscreen``.

* **baseline**: ``QApplication`` + a ``QLabel`` window shown and painted — the least any Qt
  window on this machine can take;
* **cached session** (per cache size): ``associate-app --server URL --store S001 --data-dir
  /tmp/bench-device-<size>`` (the device dirs ``bench/sync_bench.py`` leaves, encrypted) with the
  last signed-in session kept in the keychain (written by this script: associate A1001 of
  S001), and the service out of reach (``http://127.0.0.1:9``: connection refused at once, as
  a tablet that starts with the network down) — so the figure is the app's own work: imports,
  opening the encrypted cache, the screens, the session, the status bar from the cache.
  Shown = ``AppController`` is ready (screens installed, the session's role applied, the
  cache's state in the status bar) and the main window painted. The idle lock is off
  (``--idle-lock-minutes 0``), so it is the signed-in screen that is painted, not the lock.
* **demo** (unless ``--no-demo``): ``associate-app --demo`` on a demo data folder seeded by one
  unmeasured start before (the demo's service then starts on its existing database): shown =
  ready, i.e. the demo service up, the demo associate signed in, the Customers screen painted
  ("usable"; the first sync then runs in the background).

``--profile``: the first round's app children run under cProfile (main thread, from the
first import to the paint) into ``/tmp/bench-prof-startup-<what>.prof``; that round is left
out of the figures.
Targets: cached session < 1 s and ≤ 3× the label window; demo usable < 3 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common  # noqa: E402
import _plain  # noqa: E402
import _tablet  # noqa: E402

_plain.keychain_for_benchmarks()

HEADING = "## Start-up (issue 15: ratios, both profiles)"
OFFLINE_URL = "http://127.0.0.1:9"
DEMO_DIR = Path("/tmp/bench-startup-demo")

LABEL_CHILD = r"""
import json, os, sys, time
t0 = float(os.environ["BENCH_T0"])
from PySide6.QtWidgets import QApplication, QLabel
t_import = time.time() - t0
app = QApplication(sys.argv[:1])
label = QLabel("Store Associate")
label.resize(1280, 800)
label.show()
label.repaint()
shown = time.time() - t0
rss = [l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1]
print(json.dumps({"shown_s": shown, "import_s": t_import, "peak_rss_mb": int(rss) / 1024}))
sys.stdout.flush()
os._exit(0)
"""

APP_CHILD = r"""
import json, os, sys, time
t0 = float(os.environ["BENCH_T0"])
marks = {}
prof = None
if os.environ.get("BENCH_CPROFILE"):
    import cProfile
    prof = cProfile.Profile()
    prof.enable()
from associate_app.gui import app as gui_app
marks["imports_s"] = time.time() - t0
if os.environ.get("BENCH_SIMULATE_NO_ROW_COUNTS"):
    # --simulate-fix: the status bar's state without counting every table of the cache
    from associate_app.cache import replica
    replica.row_counts = lambda conn: {}
start = gui_app.AppController._start


async def timed_start(self):
    marks["loop_running_s"] = time.time() - t0
    await start(self)
    self.window.repaint()  # the first paint of the screen the person sees
    marks["shown_s"] = time.time() - t0
    if prof is not None:
        prof.disable()
        prof.dump_stats(os.environ["BENCH_CPROFILE"])
    marks["page"] = self.window.current_page_key
    marks["signed_in"] = self.services.sessions is not None and \
        self.services.sessions.current is not None
    marks["exit_code"] = self.exit_code
    rss = [l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1]
    marks["peak_rss_mb"] = int(rss) / 1024
    print("BENCH " + json.dumps(marks), flush=True)
    self.finish(0)


gui_app.AppController._start = timed_start
from associate_app.cli import main
try:
    main(sys.argv[1:])
finally:
    sys.stdout.flush()
    os._exit(0)
"""


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # an installed app runs from compiled bytecode: this environment sets
    # PYTHONDONTWRITEBYTECODE and others edit the tree, so without this every start compiled
    # ~80 modules from source (0.16 s in cProfile); the first start fills a private cache
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = "/tmp/bench-startup-pycache"
    env["PYTHONPATH"] = os.pathsep.join([str(_common.ROOT), env.get("PYTHONPATH", "")])
    return env


def run_child(code: str, args: list[str], *, spy: str | None = None,
              timeout: float = 180) -> dict:
    cmd = [sys.executable, "-c", code, *args]
    env = child_env()
    if spy:
        env["BENCH_CPROFILE"] = spy
    env["BENCH_T0"] = repr(time.time())
    out = subprocess.run(cmd, cwd=_common.ROOT, env=env, capture_output=True, text=True,
                         timeout=timeout)
    for line in out.stdout.splitlines():
        if line.startswith("BENCH "):
            return json.loads(line[6:])
        if line.startswith("{"):
            return json.loads(line)
    sys.stderr.write(out.stdout[-3000:] + out.stderr[-3000:])
    raise SystemExit(f"child {args} gave no figure (exit {out.returncode})")


def keep_session(data_dir: Path) -> None:
    """The last signed-in session of this device, as the app keeps it in the keychain."""
    from associate_app.keychain import CredentialStore
    from associate_app.session import SESSION, Session
    from store_contract import wire

    session = Session(
        server_url=OFFLINE_URL,
        store=wire.StoreOut(store_id="S001", name="Bristol", city="Bristol",
                            address="1 Broadmead", latitude=51.46, longitude=-2.59),
        staff=wire.StaffOut(staff_id="A1001", name="Bench Associate", role="associate",
                            store_id="S001"),
        access_token="bench-token-offline",
        expires_at=datetime.now(UTC) + timedelta(days=2))
    CredentialStore(f"{OFFLINE_URL}#S001").set(SESSION, session.to_json())
    _ = data_dir


def app_args(size: str) -> list[str]:
    return ["--server", OFFLINE_URL, "--store", "S001", "--data-dir",
            f"/tmp/bench-device-{size}", "--idle-lock-minutes", "0"]


def demo_args() -> list[str]:
    return ["--demo", "--data-dir", str(DEMO_DIR), "--idle-lock-minutes", "0"]


def summarise(runs: list[dict], key: str = "shown_s") -> dict:
    values = [r[key] for r in runs]
    return {"median": statistics.median(values), "min": min(values), "max": max(values),
            "runs": values, "rss": max(r.get("peak_rss_mb", 0) for r in runs)}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100k,1m")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-demo", action="store_true")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--simulate-fix", action="store_true",
                        help="start-up without LocalStore.status()'s count(*) of every cache "
                             "table (replica.row_counts patched out in the child; the proposed "
                             "fix, product code untouched)")
    parser.add_argument("--no-record", action="store_true")
    _tablet.add_argument(parser)
    args = parser.parse_args(argv)
    _tablet.setup(argv)
    if args.simulate_fix:
        os.environ["BENCH_SIMULATE_NO_ROW_COUNTS"] = "1"
    sizes = [s for s in args.sizes.split(",") if s]

    label_runs = []
    app_runs: dict[str, list[dict]] = {s: [] for s in sizes}
    demo_runs: list[dict] = []
    for size in sizes:
        keep_session(Path(f"/tmp/bench-device-{size}"))
    if not args.no_demo and not (DEMO_DIR / "cache.sqlite3").exists():
        print("seeding the demo folder (one unmeasured start)…", flush=True)
        first = run_child(APP_CHILD, demo_args(), timeout=600)
        print(f"first demo start (seeding): {first}", flush=True)
    # one unmeasured start of each (bytecode cache, OS page cache: a tablet starts the app
    # every morning, not once in its life)
    run_child(LABEL_CHILD, [])
    for size in sizes:
        run_child(APP_CHILD, app_args(size))
    if not args.no_demo:
        run_child(APP_CHILD, demo_args())
    # interleaved, so a slow moment of the machine falls on every kind alike
    for i in range(args.repeat):
        label_runs.append(run_child(LABEL_CHILD, []))
        for size in sizes:
            spy = f"/tmp/bench-prof-startup-{size}.prof" if args.profile and i == 0 else None
            app_runs[size].append(run_child(APP_CHILD, app_args(size), spy=spy))
        if not args.no_demo:
            spy = "/tmp/bench-prof-startup-demo.prof" if args.profile and i == 0 else None
            demo_runs.append(run_child(APP_CHILD, demo_args(), spy=spy))
        print(f"round {i + 1}: label {label_runs[-1]['shown_s']:.3f} s; " + "; ".join(
            f"{s} {app_runs[s][-1]['shown_s']:.3f} s" for s in sizes) +
            (f"; demo {demo_runs[-1]['shown_s']:.3f} s" if demo_runs else ""), flush=True)
    if args.profile:  # the profiled first round is slower: leave it out of the figures
        label_runs = label_runs[1:] or label_runs
        app_runs = {s: r[1:] or r for s, r in app_runs.items()}
        demo_runs = demo_runs[1:] or demo_runs
    label = summarise(label_runs)
    rows = [f"| PySide6 label window (baseline) | {len(label_runs)} | "
            f"{label['median'] * 1000:.0f} ms | {label['min'] * 1000:.0f}–"
            f"{label['max'] * 1000:.0f} ms | "
            f"{statistics.median(r['import_s'] for r in label_runs) * 1000:.0f} ms | "
            f"{label['rss']:.0f} MB | 1.0× | — | — |"]
    ratios = []
    for size in sizes:
        a = summarise(app_runs[size])
        imp = statistics.median(r["imports_s"] for r in app_runs[size])
        ratio = a["median"] / label["median"]
        met = a["median"] < 1.0 and ratio <= 3
        pages = {r.get("page") for r in app_runs[size]}
        signed = all(r.get("signed_in") for r in app_runs[size])
        rows.append(f"| cached session, {size} cache (screen {', '.join(map(str, pages))}, "
                    f"{'signed in' if signed else '**not signed in**'}) | {len(app_runs[size])} "
                    f"| {a['median'] * 1000:.0f} ms | {a['min'] * 1000:.0f}–{a['max'] * 1000:.0f} "
                    f"ms | {imp * 1000:.0f} ms | {a['rss']:.0f} MB | **{ratio:.1f}×** | "
                    f"< 1 s and ≤ 3× | {'yes' if met else 'no'} |")
        ratios.append(_common.ratio_row(
            f"start-up to the signed-in screen, {size} cache (median of {len(app_runs[size])})"
            + (" FIX SIMULATED: no row counts" if args.simulate_fix else ""),
            a["median"] * 1000, label["median"] * 1000, "< 1 s and ≤ 3×", met,
            baseline_name="PySide6 label window, median"))
    if demo_runs:
        d = summarise(demo_runs)
        imp = statistics.median(r["imports_s"] for r in demo_runs)
        ratio = d["median"] / label["median"]
        rows.append(f"| demo usable (service up, signed in, Customers painted) | "
                    f"{len(demo_runs)} | {d['median'] * 1000:.0f} ms | {d['min'] * 1000:.0f}–"
                    f"{d['max'] * 1000:.0f} ms | {imp * 1000:.0f} ms | {d['rss']:.0f} MB | "
                    f"**{ratio:.1f}×** | < 3 s | {'yes' if d['median'] < 3 else 'no'} |")
        ratios.append(_common.ratio_row(
            f"demo usable (median of {len(demo_runs)})", d["median"] * 1000,
            label["median"] * 1000, "< 3 s", d["median"] < 3,
            baseline_name="PySide6 label window, median"))
    table = [f"Profile: **{_tablet.profile()}** ({_tablet.check()})."
             + (" **--simulate-fix**: `replica.row_counts` patched out in the app (the status "
                "bar's state without a count(*) of every cache table)." if args.simulate_fix
                else ""), "",
             "| what | runs | shown (median) | min–max | imports done | peak RSS | "
             "ratio to label | target | met? |",
             "|---|---:|---:|---:|---:|---:|---:|---|---|", *rows]
    print("\n".join(table))
    print("\n".join(ratios))
    if not args.no_record:
        _common.record_ratios(ratios)
        _common.append_section(
            HEADING,
            "Fresh child process per start, interleaved; clock from just before the spawn to "
            "the window painted (bench/startup_bench.py docstring); offscreen Qt; service out "
            "of reach for the cached session; the idle lock off.", table)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

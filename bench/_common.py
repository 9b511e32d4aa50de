"""Shared helpers for the benchmarks: machine line, RESULTS.md sections, the reference service
as a subprocess, a signed-in client, percentiles and a Qt heartbeat that records stalls."""

from __future__ import annotations

import os
import platform
import resource
import shlex
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(os.environ.get("BENCH_RESULTS") or Path(__file__).with_name("RESULTS.md"))
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))  # _tablet, _plain


def ready_url(proc: subprocess.Popen, timeout: float) -> list[str]:
    """The URL ``central-api`` prints on its ready line (as a one-item list; empty if it did not
    say it within ``timeout`` seconds)."""
    found: list[str] = []

    def read() -> None:
        for line in proc.stdout:  # type: ignore[union-attr]
            if line.startswith("central-api listening on "):
                found.append(line.split(" on ", 1)[1].strip())
                break

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=timeout)
    return found


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> str:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"{os.cpu_count()} CPUs (`nproc` {len(os.sched_getaffinity(0))}), {cpu_model()}, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}; "
        f"load average at the end {load}"
    )


def command_line() -> str:
    script = os.path.relpath(sys.argv[0], ROOT)
    return "uv run python " + " ".join(shlex.quote(a) for a in [script, *sys.argv[1:]])


def _section_end(text: str, heading: str) -> int:
    """Where the section under ``heading`` ends (the next "## " heading, or the end)."""
    start = text.find(f"\n{heading}\n")
    nxt = text.find("\n## ", start + len(heading) + 2)
    return len(text) if nxt < 0 else nxt


def append_section(heading: str, intro: str, table: list[str], notes: str = "") -> None:
    """A run's figures at the end of the section under ``heading`` (made at the end of the
    file if missing), so that a section holds its own runs only."""
    text = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n"
    if f"\n{heading}\n" not in text:
        text = text.rstrip("\n") + f"\n\n{heading}\n"
    block = (
        f"\n{datetime.now(UTC):%Y-%m-%d %H:%M} UTC — {machine()}; code at {git_revision()}. "
        f"Command: `{command_line()}`"
        f"{' ' + intro if intro else ''}\n\n" + "\n".join(table) + "\n"
    )
    if notes:
        block += "\n" + notes.strip() + "\n"
    end = _section_end(text, heading)
    head, tail = text[:end].rstrip("\n") + "\n", text[end:]
    RESULTS.write_text(head + block + tail)


RATIOS_HEADING = "## Ratios (issue 15)"
RATIOS_INTRO = """Every benchmark measures its physical baseline in the same run (same process, same
profile, same data) and prints the ratio next to the absolute figure; each run adds its rows to
this one table (newest last). Profiles: see bench/_tablet.py (`--slow-tablet`). Load average is
the 1-minute figure when the row was written."""
RATIOS_HEAD = ("| date (UTC) | code | machine (load) | profile | measure | absolute | baseline | "
               "ratio | target | met? |")


def ratio_row(measure: str, absolute: float, baseline: float | None, target: str,
              met: bool | None, *, unit: str = "ms", baseline_name: str = "") -> str:
    import _tablet

    ratio = absolute / baseline if baseline else float("nan")
    nproc = len(os.sched_getaffinity(0))
    model = cpu_model().replace("(R)", "").replace(" Processor", "")
    mach = f"{os.cpu_count()} CPUs {model}; {nproc} usable (load {os.getloadavg()[0]:.1f})"
    fmt = (lambda v: f"{v:,.2f} {unit}") if unit == "ms" else (lambda v: f"{v:,.2f} {unit}")
    base = (f"{fmt(baseline)}" + (f" ({baseline_name})" if baseline_name else "")
            if baseline is not None else "—")
    return (f"| {datetime.now(UTC):%Y-%m-%d %H:%M} | {git_revision()} | {mach} | "
            f"{'slow tablet' if _tablet.active() else 'dev'} | {measure} | {fmt(absolute)} | "
            f"{base} | {'—' if ratio != ratio else f'{ratio:.2f}×'} | {target} | "
            f"{'—' if met is None else ('yes' if met else '**no**')} |")


def record_ratios(rows: list[str]) -> None:
    """Add rows at the end of the one table under "Ratios (issue 15)" (made if missing)."""
    if not rows:
        return
    text = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n"
    if RATIOS_HEAD not in text:
        text = (text.rstrip("\n") + f"\n\n{RATIOS_HEADING}\n\n{RATIOS_INTRO}\n\n{RATIOS_HEAD}\n"
                "|---|---|---|---|---|---:|---:|---:|---|---|\n")
    lines = text.split("\n")
    i = lines.index(RATIOS_HEAD) + 1
    while i + 1 < len(lines) and lines[i + 1].startswith("|"):
        i += 1
    lines[i + 1:i + 1] = rows
    RESULTS.write_text("\n".join(lines))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float | None:
    """This process's resident memory now (VmRSS)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return None


def vm_hwm_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def catch_up_schema(db: Path) -> list[str]:
    """Add to a seeded SQLite file the columns the current ``central_api.schema`` has and the
    file lacks (the schema grows while the seeded files are reused; new columns have server
    defaults or are nullable). Returns what was added."""
    import sqlalchemy as sa

    from central_api import schema

    added = []
    conn = sqlite3.connect(db)
    try:
        dialect = sa.create_engine("sqlite://").dialect
        for table in schema.metadata.sorted_tables:
            have = {r[1] for r in conn.execute(f"PRAGMA table_info({table.name})")}
            if not have:
                continue  # the service creates missing tables itself
            for col in table.columns:
                if col.name in have:
                    continue
                ddl = f"ALTER TABLE {table.name} ADD COLUMN {col.name} {col.type.compile(dialect)}"
                if col.server_default is not None:
                    arg = col.server_default.arg
                    value = f"'{arg}'" if isinstance(arg, str) and not arg.isdigit() else (
                        arg if isinstance(arg, str) else str(arg.compile(dialect=dialect)))
                    ddl += f"{'' if col.nullable else ' NOT NULL'} DEFAULT {value}"
                conn.execute(ddl)
                added.append(f"{table.name}.{col.name}")
        conn.commit()
    finally:
        conn.close()
    return added


def git_revision() -> str:
    pinned = ROOT / "BENCH_REVISION"  # a clean export (git archive) says what it is
    if pinned.exists():
        return pinned.read_text().strip()
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True,
                             capture_output=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               cwd=ROOT, text=True, capture_output=True).stdout.strip()
        return f"{rev}{' + uncommitted changes' if dirty else ''}"
    except OSError:
        return "unknown"


def stop(proc: subprocess.Popen | None) -> None:
    """Stop a service started for a benchmark: terminate, then kill after 30 s."""
    if proc is not None and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class CentralService:
    """``python -m central_api --port 0 --db DB`` as a child process."""

    def __init__(self, db: Path, *, log: Path | None = None) -> None:
        self.db = db
        self.log = log or Path(f"/tmp/bench-central-{os.getpid()}.log")
        self.proc: subprocess.Popen[str] | None = None
        self.url = ""

    def __enter__(self) -> CentralService:
        if str(self.db).endswith(".sqlite3"):
            catch_up_schema(self.db)
        import _tablet

        cpus = _tablet.server_cpus()  # slow-tablet profile: the "remote" service elsewhere
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "central_api", "--port", "0", "--db", str(self.db)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=self.log.open("w"), text=True,
            preexec_fn=(lambda: os.sched_setaffinity(0, cpus)) if cpus else None,
        )
        assert self.proc.stdout is not None
        found = ready_url(self.proc, 120)
        if not found:
            self.__exit__()
            raise RuntimeError(f"central-api did not start; see {self.log}")
        self.url = found[0]
        return self

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def peak_rss_mb(self) -> float | None:
        return vm_hwm_mb(self.pid)

    def __exit__(self, *exc: object) -> None:
        stop(self.proc)


async def signed_in_client(url: str, store_id: str = "S001", name: str = "bench device"):
    from associate_app.api.client import CentralClient
    from store_contract import wire

    client = CentralClient(url)
    enrolled = await client.enrol(wire.DemoCredentials.enrolment_code(store_id), name)
    n = int(store_id[1:])
    await client.sign_in(enrolled.device_id, enrolled.device_secret, f"A100{n}",
                         wire.DemoCredentials.ASSOCIATE_PIN)
    return client


class Heartbeat:
    """A QTimer every ``interval_ms`` on the GUI thread; ``gaps`` are the ms between ticks."""

    def __init__(self, interval_ms: int = 5) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.interval_ms = interval_ms
        self.gaps: list[float] = []
        self._last: float | None = None
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.gaps.append((now - self._last) * 1000)
        self._last = now

    def start(self) -> None:
        self._last = None
        self.gaps.clear()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._watching = False

    def watch_stalls(self, threshold_ms: float = 30.0, every_ms: float = 5.0) -> None:
        """A watchdog thread: while the GUI thread has not ticked for ``threshold_ms``, sample
        its Python stack (what it runs, or where it waits for the GIL) into ``stall_stacks``."""
        import collections
        import traceback

        self.stall_stacks: collections.Counter[str] = collections.Counter()
        main = threading.main_thread().ident
        self._watching = True

        def run() -> None:
            while self._watching:
                time.sleep(every_ms / 1000)
                last = self._last
                if last is None or (time.perf_counter() - last) * 1000 < threshold_ms:
                    continue
                frame = sys._current_frames().get(main)
                if frame is None:
                    continue
                stack = traceback.extract_stack(frame)[-12:]
                key = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}"
                                  for f in reversed(stack))
                self.stall_stacks[key] += 1

        threading.Thread(target=run, daemon=True, name="stall-watchdog").start()

    def summary(self) -> dict[str, float]:
        g = self.gaps
        return {
            "ticks": len(g),
            "max_ms": max(g) if g else float("nan"),
            "p99_ms": percentile(g, 99),
            "p50_ms": percentile(g, 50),
            "over_50ms": sum(1 for x in g if x > 50),
        }


class GcPauses:
    """Every cyclic garbage collection while alive: generation, ms, thread."""

    def __init__(self) -> None:
        import gc

        self.pauses: list[tuple[int, float, str]] = []
        self._start: float | None = None
        self._gc = gc
        gc.callbacks.append(self._cb)

    def _cb(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        elif self._start is not None:
            self.pauses.append((info["generation"], (time.perf_counter() - self._start) * 1000,
                                threading.current_thread().name))
            self._start = None

    def stop(self) -> None:
        if self._cb in self._gc.callbacks:
            self._gc.callbacks.remove(self._cb)

    def summary(self) -> dict:
        worst = sorted(self.pauses, key=lambda p: -p[1])[:5]
        return {"collections": len(self.pauses),
                "gen2": sum(1 for g, _, _ in self.pauses if g == 2),
                "max_ms": max((ms for _, ms, _ in self.pauses), default=0.0),
                "total_ms": sum(ms for _, ms, _ in self.pauses),
                "worst": [(g, round(ms, 1), t) for g, ms, t in worst]}

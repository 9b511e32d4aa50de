"""Fleet benchmark (issue 16): many simulated devices against ``central-api --workers N`` on
PostgreSQL, on this machine, over loopback.

A private PostgreSQL cluster (``tests/support/postgres.py`` ``private_server()``) is made for the
run (or ``--pg-url`` names a superuser's URL of a server of your own), a template database is
migrated and seeded once (``--customers``, 3 stores), and each run gets a fresh copy of it. Per
run (a worker count × a device count):

* the service starts as ``python -m central_api --db URL --workers N --port 0``;
* every device enrols (``DEMO-S00n``) and signs in (``A100n``/``A200n``, PIN 1234) before the
  timed window (devices spread over the 3 stores), then starts from the change log's head;
* timed window (``--window`` s): each device pulls the changes feed every ``--pull-every`` s
  (± 10 %, random start; pages of ``--page`` until ``has_more`` is false, one request a page)
  and pushes one note (``interaction.add_note``) every ``--push-every`` s (± 1 s, random
  start); ``--snapshots`` extra devices of S001 each run a first sync (the NDJSON snapshot,
  streamed and counted) at staggered times in the window;
* after the window, a final drain: every device pulls until ``has_more`` is false; then every
  note pushed and applied in a store must have been seen exactly once by every device of the
  store (missed / duplicated / foreign are counted per device-note);
* CPU: ``/proc/<pid>/stat`` of the workers, the PostgreSQL processes (postmaster, its children,
  and its reaped children) and this simulator, sampled every second.

One asyncio process with one shared ``httpx.AsyncClient`` (a bearer token per device). Feed
pages are not parsed as JSON: notes are found by a regular expression on their unique body
(``fleet S00n n0000123``), ``next_cursor``/``has_more`` by one on the tail, to keep the simulator
cheap (``--check-json`` parses every page fully instead, to verify).

    uv run python bench/fleet_bench.py --workers 2 --devices 500,1000,2000
    uv run python bench/fleet_bench.py --workers 3 --devices 1000 --window 60 --no-record
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import os
import random
import re
import subprocess
import sys
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common  # noqa: E402

HEADING_FMT = "## Fleet (issue 16): PostgreSQL, N workers"
STORES = ("S001", "S002", "S003")
NOTE_RE = re.compile(rb"fleet (S\d{3}) n(\d{7})")
TAIL_RE = re.compile(rb'"next_cursor"\s*:\s*(\d+)\s*,\s*"has_more"\s*:\s*(true|false)')
CLK = os.sysconf("SC_CLK_TCK")


# -- CPU of processes from /proc ------------------------------------------------------------


def _stat(pid: int) -> tuple[int, float, float] | None:
    """(ppid, own cpu s, reaped children's cpu s)."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2:].split()
    ppid = int(fields[1])
    own = (int(fields[11]) + int(fields[12])) / CLK
    kids = (int(fields[13]) + int(fields[14])) / CLK
    return ppid, own, kids


def _children(ppid: int) -> list[int]:
    out = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            s = _stat(int(d))
            if s and s[0] == ppid:
                out.append(int(d))
    return out


def _machine_busy() -> float:
    """CPU seconds all processes of the machine have run (/proc/stat: all but idle and
    iowait), to tell this benchmark's share from everybody else's."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    ticks = [int(x) for x in fields[:8]]
    return (sum(ticks) - ticks[3] - ticks[4]) / CLK


class CpuSampler:
    """Every second: CPU seconds of the service's workers, PostgreSQL and this process."""

    def __init__(self, server_pid: int, postmaster_pid: int, db_url: str) -> None:
        self.server_pid = server_pid
        self.postmaster_pid = postmaster_pid
        self.db_url = db_url
        self.samples: list[tuple[float, dict[str, float]]] = []
        # per second: backends of the service by what they do (pg_stat_activity)
        self.activity: list[collections.Counter[str]] = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True, name="cpu-sampler")

    def totals(self) -> dict[str, float]:
        groups = {"workers": 0.0, "postgres": 0.0, "simulator": 0.0, "supervisor": 0.0,
                  "machine": _machine_busy()}
        s = _stat(self.server_pid)
        if s:
            groups["supervisor"] = s[1]
        for pid in _children(self.server_pid):
            st = _stat(pid)
            if st:
                groups["workers"] += st[1] + st[2]
        pm = _stat(self.postmaster_pid)
        if pm:
            groups["postgres"] = pm[1] + pm[2]
            for pid in _children(self.postmaster_pid):
                st = _stat(pid)
                if st:
                    groups["postgres"] += st[1]
        me = _stat(os.getpid())
        if me:
            groups["simulator"] = me[1]
        return groups

    def _run(self) -> None:
        import psycopg

        with psycopg.connect(self.db_url, autocommit=True) as conn:
            while not self._stop.is_set():
                self.samples.append((time.monotonic(), self.totals()))
                rows = conn.execute(
                    "SELECT state, coalesce(wait_event_type, '-'), coalesce(wait_event, '-') "
                    "FROM pg_stat_activity WHERE datname = current_database() "
                    "AND pid <> pg_backend_pid()").fetchall()
                self.activity.append(collections.Counter(
                    f"{st}/{wt}/{we}" if st == "active" else str(st) for st, wt, we in rows))
                self._stop.wait(1.0)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self._stop.set()
        self.thread.join()
        self.samples.append((time.monotonic(), self.totals()))

    def summary(self) -> dict[str, dict[str, float]]:
        """Per group: mean % of one core over the window and the busiest second's %."""
        if len(self.samples) < 2:
            return {}
        (t0, a), (t1, b) = self.samples[0], self.samples[-1]
        out = {}
        for g in a:
            peak = 0.0
            for (ta, sa), (tb, sb) in zip(self.samples, self.samples[1:], strict=False):
                if tb > ta:
                    peak = max(peak, (sb[g] - sa[g]) / (tb - ta) * 100)
            out[g] = {"mean_pct": (b[g] - a[g]) / (t1 - t0) * 100, "peak_pct": peak}
        total: collections.Counter[str] = collections.Counter()
        for c in self.activity:
            total.update(c)
        n = max(1, len(self.activity))
        out["pg_backends_mean"] = {k: round(v / n, 2) for k, v in total.most_common(8)}
        return out


# -- the service -----------------------------------------------------------------------------


class Service:
    def __init__(self, db_url: str, workers: int, log: Path) -> None:
        self.db_url, self.workers, self.log = db_url, workers, log
        self.proc: subprocess.Popen[str] | None = None
        self.url = ""

    def __enter__(self) -> Service:
        cmd = [sys.executable, "-m", "central_api", "--db", self.db_url, "--workers",
               str(self.workers), "--port", "0", "--migrate"]
        self.proc = subprocess.Popen(cmd, cwd=_common.ROOT, stdout=subprocess.PIPE,
                                     stderr=self.log.open("w"), text=True)
        found = _common.ready_url(self.proc, 120)
        if not found:
            self.__exit__()
            raise RuntimeError(f"central-api did not start; see {self.log}")
        self.url = found[0]
        return self

    def __exit__(self, *exc: object) -> None:
        _common.stop(self.proc)


# -- the simulated fleet ---------------------------------------------------------------------


class Device:
    __slots__ = ("n", "store", "staff", "device_id", "token", "cursor", "seq", "seen", "pulls")

    def __init__(self, n: int, store: str, staff: str) -> None:
        self.n, self.store, self.staff = n, store, staff
        self.device_id = ""
        self.token = ""
        self.cursor = 0
        self.seq = 0
        self.seen = bytearray()  # note index -> times seen (capped at 255)
        self.pulls = 0


class Fleet:
    def __init__(self, url: str, args: argparse.Namespace, customers: dict[str, list[str]]) -> None:
        import httpx

        self.url = url
        self.args = args
        self.customers = customers
        conns = args.connections or 2 * args.n_devices + args.snapshots + 8
        limits = httpx.Limits(max_connections=conns, max_keepalive_connections=conns)
        self.http = httpx.AsyncClient(base_url=url, limits=limits,
                                      timeout=httpx.Timeout(60.0, connect=10.0))
        self.lat: dict[str, list[float]] = collections.defaultdict(list)  # kind -> ms
        self.lat_times: dict[str, list[float]] = collections.defaultdict(list)
        self.errors: collections.Counter[tuple[str, str]] = collections.Counter()
        self.error_samples: list[str] = []
        self.next_note = {s: 0 for s in STORES}
        self.applied: dict[str, set[int]] = {s: set() for s in STORES}
        self.uncertain: dict[str, set[int]] = {s: set() for s in STORES}
        self.rejected = 0
        self.snapshots: list[dict] = []
        self.rows_pulled = 0
        self.in_window = False
        self.late_starts: list[float] = []  # s a request started after its due time

    def _error(self, kind: str, status: str, text: str) -> None:
        self.errors[(kind, status)] += 1
        if len(self.error_samples) < 12:
            self.error_samples.append(f"{kind} {status}: {text[:300]}")

    # setup ------------------------------------------------------------------------------
    async def enrol_all(self, devices: list[Device]) -> float:
        from store_contract.wire import DemoCredentials

        per_staff: dict[str, asyncio.Semaphore] = collections.defaultdict(
            lambda: asyncio.Semaphore(2))  # < 5 attempts in flight per person (PIN lockout)
        overall = asyncio.Semaphore(self.args.setup_concurrency)

        async def one(d: Device) -> None:
            async with overall:
                r = await self.http.post("/v1/devices/enrol", json={
                    "enrolment_code": DemoCredentials.enrolment_code(d.store),
                    "device_name": f"fleet {d.n}"})
                r.raise_for_status()
                e = r.json()
                d.device_id = e["device_id"]
                async with per_staff[d.staff]:
                    r = await self.http.post("/v1/sessions", json={
                        "device_id": d.device_id, "device_secret": e["device_secret"],
                        "staff_id": d.staff, "pin": DemoCredentials.ASSOCIATE_PIN})
                r.raise_for_status()
                d.token = r.json()["access_token"]

        started = time.perf_counter()
        await asyncio.gather(*(one(d) for d in devices))
        return time.perf_counter() - started

    # one pull page ----------------------------------------------------------------------
    def _take_page(self, d: Device, body: bytes) -> bool:
        if self.args.check_json:
            page = json.loads(body)
            nxt, more = page["next_cursor"], page["has_more"]
            for c in page["changes"]:
                if c["entity"] == "interaction" and c.get("data"):
                    m = NOTE_RE.search((c["data"].get("body") or "").encode())
                    if m:
                        self._saw(d, m.group(1).decode(), int(m.group(2)))
            self.rows_pulled += len(page["changes"])
        else:
            tail = TAIL_RE.search(body, max(0, len(body) - 400))
            if tail is None:
                tail = TAIL_RE.search(body)
            if tail is None:
                raise ValueError(f"no next_cursor/has_more in {body[-300:]!r}")
            nxt, more = int(tail.group(1)), tail.group(2) == b"true"
            for m in NOTE_RE.finditer(body):
                self._saw(d, m.group(1).decode(), int(m.group(2)))
            self.rows_pulled += body.count(b'"seq":')
        if nxt < d.cursor:
            self._error("pull", "cursor went back", f"{d.cursor} -> {nxt}")
        d.cursor = nxt
        return more

    def _saw(self, d: Device, store: str, idx: int) -> None:
        if store != d.store:
            self.errors[("pull", f"foreign note {store} in {d.store}")] += 1
            return
        if idx >= len(d.seen):
            d.seen.extend(b"\0" * (idx + 1 - len(d.seen) + 256))
        if d.seen[idx] < 255:
            d.seen[idx] += 1

    async def pull_until_empty(self, d: Device, limit: int, *, timed: bool) -> bool:
        while True:
            t0 = time.perf_counter()
            try:
                r = await self.http.get(
                    f"/v1/stores/{d.store}/changes", params={"cursor": d.cursor, "limit": limit},
                    headers={"Authorization": f"Bearer {d.token}"})
            except Exception as exc:  # noqa: BLE001 — counted, the device tries again later
                self._error("pull" if timed else "drain", type(exc).__name__, str(exc))
                return False
            ms = (time.perf_counter() - t0) * 1000
            if r.status_code != 200:
                self._error("pull" if timed else "drain", str(r.status_code), r.text)
                return False
            if timed and self.in_window:
                self.lat["pull"].append(ms)
                self.lat_times["pull"].append(time.monotonic())
            d.pulls += 1
            if not self._take_page(d, r.content):
                return True

    async def push_note(self, d: Device) -> None:
        store = d.store
        idx = self.next_note[store]
        self.next_note[store] += 1
        d.seq += 1
        mutation = {
            "mutation_id": str(uuid.uuid4()), "device_seq": d.seq,
            "type": "interaction.add_note",
            "payload": {"interaction_id": f"tmp-{uuid.uuid4().hex}",
                        "customer_id": random.choice(self.customers[store]),
                        "body": f"fleet {store} n{idx:07d} from device {d.n}",
                        "staff_id": d.staff},
            "created_at": datetime.now(UTC).isoformat(), "staff_id": d.staff}
        t0 = time.perf_counter()
        try:
            r = await self.http.post(f"/v1/stores/{store}/mutations",
                                     json={"mutations": [mutation]},
                                     headers={"Authorization": f"Bearer {d.token}"})
        except Exception as exc:  # noqa: BLE001
            self.uncertain[store].add(idx)
            self._error("push", type(exc).__name__, str(exc))
            return
        ms = (time.perf_counter() - t0) * 1000
        if r.status_code != 200:
            self.uncertain[store].add(idx)
            self._error("push", str(r.status_code), r.text)
            return
        result = r.json()["results"][0]
        if result["status"] in ("applied", "already_applied"):
            self.applied[store].add(idx)
        else:
            self.rejected += 1
            self._error("push", f"rejected: {result.get('reason')}", json.dumps(result))
        if self.in_window:
            self.lat["push"].append(ms)
            self.lat_times["push"].append(time.monotonic())

    async def snapshot(self, d: Device) -> None:
        t0 = time.perf_counter()
        first_byte = None
        size = lines = 0
        try:
            async with self.http.stream("GET", f"/v1/stores/{d.store}/snapshot",
                                        headers={"Authorization": f"Bearer {d.token}"},
                                        timeout=300) as r:
                if r.status_code != 200:
                    await r.aread()
                    self._error("snapshot", str(r.status_code), r.text)
                    return
                async for block in r.aiter_bytes():
                    if first_byte is None:
                        first_byte = time.perf_counter() - t0
                    size += len(block)
                    lines += block.count(b"\n")
        except Exception as exc:  # noqa: BLE001
            self._error("snapshot", type(exc).__name__, str(exc))
            return
        s = time.perf_counter() - t0
        self.lat["snapshot"].append(s * 1000)
        self.lat_times["snapshot"].append(time.monotonic())
        self.snapshots.append({"seconds": s, "first_byte_s": first_byte or 0.0, "lines": lines,
                               "mb": size / 1e6})

    # the timed window -------------------------------------------------------------------
    async def run_window(self, devices: list[Device], snappers: list[Device]) -> float:
        a = self.args
        start = time.monotonic()
        end = start + a.window
        self.in_window = True

        async def at(t: float) -> bool:
            if t >= end:
                return False
            now = time.monotonic()
            if t > now:
                await asyncio.sleep(t - now)
            else:
                self.late_starts.append(now - t)
            return time.monotonic() < end

        async def puller(d: Device) -> None:
            due = start + random.uniform(0, a.pull_every)
            while await at(due):
                await self.pull_until_empty(d, a.page, timed=True)
                due += a.pull_every * random.uniform(0.9, 1.1)

        async def pusher(d: Device) -> None:
            due = start + random.uniform(0, a.push_every)
            while await at(due):
                await self.push_note(d)
                due += a.push_every + random.uniform(-1.0, 1.0)

        async def snapper(d: Device, k: int) -> None:
            if await at(start + a.window * (0.15 + 0.25 * k)):
                await self.snapshot(d)

        tasks = [asyncio.create_task(puller(d)) for d in devices]
        tasks += [asyncio.create_task(pusher(d)) for d in devices]
        tasks += [asyncio.create_task(snapper(d, k)) for k, d in enumerate(snappers)]
        await asyncio.gather(*tasks)
        elapsed = time.monotonic() - start
        self.in_window = False
        return elapsed

    async def drain(self, devices: list[Device]) -> float:
        sem = asyncio.Semaphore(self.args.drain_concurrency)

        async def one(d: Device) -> None:
            async with sem:
                for _ in range(5):
                    if await self.pull_until_empty(d, 5000, timed=False):
                        return
                    await asyncio.sleep(1)

        t0 = time.perf_counter()
        await asyncio.gather(*(one(d) for d in devices))
        return time.perf_counter() - t0

    def check(self, devices: list[Device]) -> dict:
        missed = dup = extra = 0
        missed_devices = dup_devices = 0
        for d in devices:
            applied = self.applied[d.store]
            maybe = self.uncertain[d.store]
            m = x = 0
            for idx in applied:
                c = d.seen[idx] if idx < len(d.seen) else 0
                if c == 0:
                    m += 1
                elif c > 1:
                    x += 1
            for idx, c in enumerate(d.seen):
                if c and idx not in applied and idx not in maybe:
                    extra += 1
                elif c > 1 and idx in maybe:
                    x += 1
            missed += m
            dup += x
            missed_devices += bool(m)
            dup_devices += bool(x)
        return {"missed": missed, "duplicated": dup, "unknown_seen": extra,
                "devices_missing": missed_devices, "devices_with_dups": dup_devices,
                "applied": sum(len(v) for v in self.applied.values()),
                "uncertain": sum(len(v) for v in self.uncertain.values()),
                "uncertain_seen": sum(
                    1 for d in devices for idx in self.uncertain[d.store]
                    if idx < len(d.seen) and d.seen[idx])}


# -- one run ---------------------------------------------------------------------------------


def _head_seq(db_url: str) -> int:
    import psycopg

    with psycopg.connect(db_url) as conn:
        return conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]


def _customers(db_url: str) -> dict[str, list[str]]:
    import psycopg

    with psycopg.connect(db_url) as conn:
        return {s: [r[0] for r in conn.execute(
            "SELECT customer_id FROM customers WHERE preferred_store_id = %s "
            "ORDER BY customer_id LIMIT 200", (s,))] for s in STORES}


def _postmaster(db_url: str) -> int:
    import psycopg

    with psycopg.connect(db_url) as conn:
        backend = conn.execute("SELECT pg_backend_pid()").fetchone()[0]
        st = _stat(backend)
    assert st is not None, "the PostgreSQL server is not on this machine"
    return st[0]


async def _loop_lag(seconds: float) -> list[float]:
    """How late a 50 ms sleep wakes up in the simulator's event loop (ms), for ``seconds``:
    the simulator's own saturation."""
    lags = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        t0 = time.monotonic()
        await asyncio.sleep(0.05)
        lags.append((time.monotonic() - t0 - 0.05) * 1000)
    return lags


def _pyspy(server_pid: int, seconds: int, window: float, n_devices: int) -> None:
    """py-spy of the first worker for ``seconds`` from the middle of the window (raw
    collapsed stacks in /tmp/bench-fleet-pyspy-d<devices>.txt, idle threads left out)."""
    time.sleep(max(0.0, window / 2 - seconds / 2))
    worker = next(pid for pid in sorted(_children(server_pid))
                  if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes())
    subprocess.run(["uvx", "py-spy", "record", "--pid", str(worker), "--rate", "100",
                    "--duration", str(seconds), "--format", "raw", "--nonblocking",
                    "-o", f"/tmp/bench-fleet-pyspy-d{n_devices}.txt"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


async def _run(url: str, db_url: str, server_pid: int, n_devices: int,
               args: argparse.Namespace) -> dict:
    args.n_devices = n_devices
    fleet = Fleet(url, args, _customers(db_url))
    devices = [Device(i, STORES[i % 3], f"A{1 + (i // 3) % 2}00{1 + i % 3}")
               for i in range(n_devices)]
    snappers = [Device(n_devices + k, "S001", "A1001") for k in range(args.snapshots)]
    try:
        enrol_s = await fleet.enrol_all(devices + snappers)
        head = _head_seq(db_url)
        for d in devices:
            d.cursor = head
        sampler = CpuSampler(server_pid, _postmaster(db_url), db_url)
        sampler.start()
        spy = None
        if args.pyspy:
            spy = asyncio.create_task(asyncio.to_thread(
                _pyspy, server_pid, args.pyspy, args.window, n_devices))
        lag = asyncio.create_task(_loop_lag(args.window))
        window = await fleet.run_window(devices, snappers)
        sampler.stop()
        lags = await lag
        if spy is not None:
            await spy
        drain_s = await fleet.drain(devices)
        checked = fleet.check(devices)
    finally:
        await fleet.http.aclose()
    out = {"devices": n_devices, "enrol_s": enrol_s, "window_s": window, "drain_s": drain_s,
           "cpu": sampler.summary(), "check": checked, "snapshots": fleet.snapshots,
           "loop_lag_ms": {"p50": _common.percentile(lags, 50),
                           "p99": _common.percentile(lags, 99), "max": max(lags, default=0)},
           "errors": {f"{k} {s}": n for (k, s), n in fleet.errors.items()},
           "error_samples": fleet.error_samples, "rows_pulled": fleet.rows_pulled,
           "late_starts": {"n": len(fleet.late_starts),
                           "p50_ms": _common.percentile(fleet.late_starts, 50) * 1000,
                           "p99_ms": _common.percentile(fleet.late_starts, 99) * 1000,
                           "over_1s": sum(1 for x in fleet.late_starts if x > 1)},
           "kinds": {}}
    for kind in ("pull", "push", "snapshot"):
        v = fleet.lat.get(kind, [])
        out["kinds"][kind] = {"n": len(v), "per_s": len(v) / args.window,
                              "p50": _common.percentile(v, 50), "p95": _common.percentile(v, 95),
                              "p99": _common.percentile(v, 99), "max": max(v) if v else 0.0}
    return out


def one_run(server, template: str, workers: int, n_devices: int,
            args: argparse.Namespace) -> dict:
    db_url = server.create_database(template)
    log = Path(f"/tmp/bench-fleet-w{workers}-d{n_devices}.log")
    try:
        with Service(db_url, workers, log) as svc:
            assert svc.proc is not None
            result = asyncio.run(_run(svc.url, db_url, svc.proc.pid, n_devices, args))
        result["workers"] = workers
        result["loadavg"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
        result["log"] = str(log)
        tail = log.read_text()
        result["log_tracebacks"] = tail.count("Traceback")
        return result
    finally:
        server.drop_database(db_url)


# -- the table -------------------------------------------------------------------------------


def _rows(results: list[dict]) -> list[str]:
    rows = []
    for r in results:
        k = r["kinds"]
        cpu = r["cpu"]
        c = r["check"]
        errs = ", ".join(f"{n} {e}" for e, n in sorted(r["errors"].items())) or "none"
        snaps = "; ".join(f"{s['seconds']:.1f} s ({s['lines']:,} lines, {s['mb']:.0f} MB)"
                          for s in r["snapshots"]) or "—"

        def lat(kind: str, k: dict = k, unit: float = 1.0) -> str:
            x = k[kind]
            if not x["n"]:
                return "—"
            return (f"{x['per_s']:,.1f}/s · {x['p50'] / unit:,.0f} / {x['p95'] / unit:,.0f} / "
                    f"{x['p99'] / unit:,.0f}")

        late = r["late_starts"]
        late_txt = (f"{late['p99_ms']:,.0f} ms, {late['over_1s']:,} > 1 s" if late["n"]
                     else "none")
        rows.append(
            f"| {r['workers']} | {r['devices']:,} | {r['window_s']:.0f} s | {lat('pull')} | "
            f"{lat('push')} | {snaps} | {errs} | {c['applied']:,} notes; missed {c['missed']}, "
            f"dup {c['duplicated']}, unknown {c['unknown_seen']} (uncertain {c['uncertain']}) | "
            f"{cpu['workers']['mean_pct']:.0f} % ({cpu['workers']['peak_pct']:.0f}) | "
            f"{cpu['postgres']['mean_pct']:.0f} % ({cpu['postgres']['peak_pct']:.0f}) | "
            f"{cpu['simulator']['mean_pct']:.0f} % ({cpu['simulator']['peak_pct']:.0f}); loop "
            f"lag p99 {r['loop_lag_ms']['p99']:,.0f} ms | "
            f"{late_txt} | {cpu['machine']['mean_pct']:.0f} % / {r['loadavg']} | "
            f"{r['enrol_s']:.0f} s / {r['drain_s']:.0f} s |")
    return rows


TABLE_HEAD = [
    "| workers | devices | window (to last reply) | pull: req/s · p50 / p95 / p99 ms | "
    "push: req/s · p50 / "
    "p95 / p99 ms | snapshots (first sync, S001) | errors (kind status) | notes check | "
    "CPU workers mean (peak 1 s) | CPU PostgreSQL | CPU simulator; its event-loop lag | "
    "requests late (p99, > 1 s) | machine CPU (all processes, of 200 %) / load avg at end | "
    "enrol+sign-in / final drain |",
    "|---:|---:|---:|---|---|---|---|---|---:|---:|---:|---|---|---|",
]


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--workers", default="2", help="comma-separated worker counts")
    p.add_argument("--devices", default="500,1000,2000")
    p.add_argument("--window", type=float, default=75.0)
    p.add_argument("--pull-every", type=float, default=30.0)
    p.add_argument("--push-every", type=float, default=5.0)
    p.add_argument("--page", type=int, default=1000, help="feed page size in the window")
    p.add_argument("--snapshots", type=int, default=3)
    p.add_argument("--customers", type=int, default=20000)
    p.add_argument("--connections", type=int, default=0,
                   help="client connection pool (0: one per device loop, no queue in the client)")
    p.add_argument("--pyspy", type=int, default=0,
                   help="py-spy a worker for this many seconds mid-window")
    p.add_argument("--setup-concurrency", type=int, default=12)
    p.add_argument("--drain-concurrency", type=int, default=16)
    p.add_argument("--check-json", action="store_true", help="parse every page as JSON")
    p.add_argument("--pg-url", help="a superuser's URL of a server of your own")
    p.add_argument("--no-record", action="store_true")
    p.add_argument("--json-out", default="/tmp/bench-fleet-results.json")
    args = p.parse_args(argv)
    if args.pg_url:
        os.environ["STORE_ASSOCIATE_TEST_PG_URL"] = args.pg_url
    from tests.support.postgres import private_server

    results: list[dict] = []
    with private_server() as server:
        template = server.create_database()
        t0 = time.perf_counter()
        for cmd in (["migrate", "--db", template],
                    ["--db", template, "--seed-only", "--customers", str(args.customers),
                     "--stores", "3"]):
            subprocess.run([sys.executable, "-m", "central_api", *cmd], cwd=_common.ROOT,
                           check=True, capture_output=True, text=True)
        seed_s = time.perf_counter() - t0
        print(f"seeded {args.customers:,} customers in {seed_s:.1f} s", flush=True)
        template_name = template.rpartition("/")[2]
        try:
            for workers in (int(w) for w in args.workers.split(",")):
                for n in (int(x) for x in args.devices.split(",")):
                    r = one_run(server, template_name, workers, n, args)
                    r["seed_s"] = seed_s
                    results.append(r)
                    print(json.dumps(r), flush=True)
                    Path(args.json_out).write_text(json.dumps(results, indent=1))
        finally:
            server.drop_database(template)
    table = TABLE_HEAD + _rows(results)
    print("\n".join(table))
    if not args.no_record:
        _common.append_section(
            HEADING_FMT,
            f"Private PostgreSQL cluster (fsync off, as tests/support/postgres.py), template "
            f"seeded with {args.customers:,} customers / 3 stores ({seed_s:.0f} s), a fresh "
            "copy per run; one asyncio simulator process.", table)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""kill -9 at any instant never loses or duplicates a queued change (issues 3 and 10).

A real central service (2,000 customers, so a pull takes a while) and one device whose sync
runs in a subprocess (``tests/support/sync_worker.py``) that **enrols anew at every run**, as a
tablet without a keychain does at every start: so a change the service applied but the device
never heard back about is replayed under new device credentials, and must not be applied a
second time. Before each run the test queues notes in the device's outbox; the worker is then
killed with SIGKILL at
a chosen event (while a push is in flight, right after the server applied a batch that the
device has not settled, during a snapshot, during a delta pull, while the worker itself is
recording notes) or after a random delay. Afterwards a run is let finish, and:

* the server holds every queued note exactly once (and those a killed recording may or may not
  have queued at most once), and every mutation the device sent was processed once, whichever
  of its many enrolments carried it;
* the outbox has nothing pending and no conflicts; no temporary ids or optimistic rows remain;
* the cache equals the server's store scope (a fresh device's page-by-page pull).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import sqlalchemy as sa

from associate_app.cache.local_store import LocalStore
from central_api import storage
from central_api.changes import record_changes
from central_api.schema import change_log
from store_contract.domain.mutation_types import MutationType, new_temp_id
from tests.support.central import new_central_db, running_central_service
from tests.support.sync_harness import dump, full_pull_dump

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend

REPO = Path(__file__).resolve().parents[2]
STORE = "S001"
STAFF = "A1001"
NOTES_PER_ROUND = 60  # two push batches of 50 and 10
PUSH_HOLD = 0.3  # the worker waits this long between the server's answer and settling it
RUN_TIMEOUT = 30.0


@dataclass
class Kill:
    """When to kill: at the ``nth`` time ``event`` is printed (plus ``delay``), or ``delay``
    seconds after the start when ``event`` is None."""

    name: str
    event: str | None = None
    nth: int = 1
    delay: float = 0.0
    record: int = 0  # notes the worker itself records before it syncs


@dataclass
class Run:
    events: list[str] = field(default_factory=list)
    killed: bool = False
    returncode: int | None = None

    def saw(self, event: str) -> bool:
        return any(e == event or e.startswith(event + " ") for e in self.events)


def _worker(*args: str) -> list[str]:
    return [sys.executable, "-m", "tests.support.sync_worker", *args]


def run_worker(url: str, device: Path, customer: str, kill: Kill | None,
               prefix: str, log: Path) -> Run:
    """One sync in a worker process, killed as ``kill`` says (or let finish); its stderr (a
    traceback, when it failed) goes to ``log``."""
    record = kill.record if kill else 0
    stderr = open(log, "w")  # noqa: SIM115 (closed in the finally below)
    proc = subprocess.Popen(
        _worker("sync", "--server", url, "--store", STORE, "--staff", STAFF,
                "--data-dir", str(device), "--record", str(record),
                "--prefix", prefix, "--customer", customer, "--push-hold", str(PUSH_HOLD)),
        cwd=REPO, stdout=subprocess.PIPE, stderr=stderr, text=True, bufsize=1,
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    run = Run()
    line: str | None = ""
    started = time.monotonic()
    deadline = started + RUN_TIMEOUT
    kill_at = started + kill.delay if kill is not None and kill.event is None else None
    seen = 0
    try:
        while True:
            now = time.monotonic()
            if kill_at is not None and now >= kill_at:
                if proc.poll() is None:
                    os.kill(proc.pid, signal.SIGKILL)
                    run.killed = True
                break
            assert now < deadline, f"the worker did not finish: {run.events}"
            wait = min(0.05, kill_at - now) if kill_at is not None else 0.05
            try:
                line = lines.get(timeout=max(wait, 0.001))
            except queue.Empty:
                continue
            if line is None:
                break
            run.events.append(line)
            if kill is not None and kill.event is not None and kill_at is None and (
                    line == kill.event or line.startswith(kill.event + " ")):
                seen += 1
                if seen == kill.nth:
                    kill_at = time.monotonic() + kill.delay
    finally:
        if proc.poll() is None and not run.killed and line is not None:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()  # only when something above failed: never leave a worker behind
        run.returncode = proc.wait(timeout=RUN_TIMEOUT)
        stderr.close()
        reader.join(timeout=5)
        while True:  # what it printed before it died
            try:
                line = lines.get_nowait()
            except queue.Empty:
                break
            if line is not None:
                run.events.append(line)
    return run


def queue_notes(device: Path, customer: str, bodies: list[str]) -> None:
    store = LocalStore(device)
    try:
        for body in bodies:
            store.record_blocking(MutationType.NOTE_ADD, {
                "interaction_id": new_temp_id(), "customer_id": customer, "body": body},
                staff_id=STAFF, store_id=STORE)
    finally:
        store.close()


def outbox_state(device: Path) -> tuple[dict, list[tuple[str, str]], list[int]]:
    """The device's status, its outbox (id, status), and what optimistic state is left in its
    cache (temporary or pending notes, effects in place, pending points)."""
    store = LocalStore(device)
    try:
        status = asyncio.run(store.status())
        sent = store.writer.call(lambda c: c.outbox.execute(
            "SELECT mutation_id, status FROM outbox").fetchall())
        leftovers = store.writer.call(lambda c: [
            c.cache.execute(sql).fetchone()[0] for sql in (
                "SELECT count(*) FROM interactions WHERE interaction_id LIKE 'tmp-%' "
                "OR pending_mutation_id IS NOT NULL",
                "SELECT count(*) FROM applied_mutations",
                "SELECT count(*) FROM pending_loyalty")])
    finally:
        store.close()
    return status, [tuple(r) for r in sent], leftovers


def touch_the_store_scope(engine: sa.Engine) -> None:
    """Re-record every change of the store's scope, so the next pull is thousands of rows."""
    with engine.begin() as conn:
        rows = conn.execute(
            sa.select(change_log.c.store_id, change_log.c.entity, change_log.c.entity_id,
                      change_log.c.op)
            .where(change_log.c.store_id.in_([STORE, "*"])).order_by(change_log.c.seq)
        ).all()
        record_changes(conn, [tuple(r) for r in rows])


def test_kill_9_during_pull_and_push_never_loses_or_doubles_a_change(tmp_path):
    rng = random.Random()
    kills = [
        Kill("server applied the first batch, device has not settled it", "push-answered"),
        Kill("in the middle of the first snapshot", "chunk-applied"),
        Kill("a pull request is on the wire", "changes-sent", delay=rng.uniform(0, 0.02)),
        Kill("just after the process started", delay=0.05),
        Kill("while the worker records notes itself", "recorded", nth=3,
             delay=rng.uniform(0, 0.05), record=40),
        Kill("in the middle of a delta pull", "page-applied"),
        Kill("a push request is on the wire", "push-sent", delay=rng.uniform(0, 0.03)),
        Kill("at a random instant", delay=rng.uniform(0.6, 1.5)),
        Kill("while the outbox settles", "settling", delay=rng.uniform(0, 0.003)),
        Kill("server applied the second batch, device has not settled it", "push-answered",
             nth=2),
        Kill("at a later random instant", delay=rng.uniform(1.2, 2.0)),
    ]
    db = new_central_db(tmp_path)
    device = tmp_path / "device"
    with running_central_service(db, customers=2000, stores=3) as url:
        engine = storage.create_engine(db)
        try:
            with engine.connect() as conn:
                customer = conn.execute(sa.text(
                    "SELECT customer_id FROM customers WHERE preferred_store_id = :s "
                    "ORDER BY customer_id LIMIT 1"), {"s": STORE}).scalar_one()

            queued: list[str] = []  # must be on the server exactly once
            maybe: list[str] = []  # a killed recording may or may not have queued these
            runs: list[tuple[Kill, Run]] = []
            for round_no, kill in enumerate(kills):
                bodies = [f"kill-9 note {round_no}-{i}" for i in range(NOTES_PER_ROUND)]
                queue_notes(device, customer, bodies)
                queued += bodies
                if round_no:
                    touch_the_store_scope(engine)
                prefix = f"kill-9 worker note {round_no}"
                run = run_worker(url, device, customer, kill, prefix,
                                 tmp_path / f"worker-{round_no}.log")
                runs.append((kill, run))
                for i in range(kill.record):
                    body = f"{prefix}-{i}"
                    if run.saw(f"recorded {body}"):
                        queued.append(body)
                    elif run.saw(f"recording {body}"):
                        maybe.append(body)

            for attempt in range(3):  # then let it finish
                final = run_worker(url, device, customer, None, "unused",
                                   tmp_path / f"worker-final-{attempt}.log")
                if final.returncode == 0:
                    break
            assert final.returncode == 0, (
                final.events, (tmp_path / f"worker-final-{attempt}.log").read_text())
            assert '"pending": 0' in final.events[-1] and '"conflicts": 0' in final.events[-1]

            with engine.connect() as conn:
                on_server = Counter(conn.execute(sa.text(
                    "SELECT body FROM interactions WHERE customer_id = :c AND body LIKE "
                    "'kill-9 %'"), {"c": customer}).scalars())
                processed = conn.execute(sa.text(
                    "SELECT mutation_id, status FROM mutation_log WHERE store_id = :s"),
                    {"s": STORE}).all()
                devices = conn.execute(sa.text(
                    "SELECT count(DISTINCT device_id) FROM mutation_log WHERE store_id = :s"),
                    {"s": STORE}).scalar_one()
            kill_log = [(k.name, r.killed, r.events[-3:]) for k, r in runs]

            # every change is on the server exactly once
            doubled = {body: n for body, n in on_server.items() if n > 1}
            assert not doubled, (doubled, kill_log)
            lost = sorted(set(queued) - set(on_server))
            assert not lost, (lost, kill_log)
            assert set(on_server) <= set(queued) | set(maybe)

            status, sent, leftovers = outbox_state(device)
            assert status["pending"] == 0 and status["conflicts"] == 0, status
            assert {s for _, s in sent} == {"applied"}
            assert len(sent) == len(on_server)  # one outbox entry per note on the server
            # the server processed each of the device's mutations once, and all of them
            assert sorted(m for m, _ in processed) == sorted(m for m, _ in sent)
            assert {s for _, s in processed} == {"applied"}
            assert leftovers == [0, 0, 0]

            # every run was a new enrolment, and the changes went out under several of them
            assert all(run.saw("enrolled") for _, run in runs if run.saw("push-sent"))
            assert devices > 1
            # the kills landed where they were meant to
            assert all(run.killed for _, run in runs), kill_log
            by_name = {k.name: r for k, r in runs}
            unsettled = by_name["server applied the first batch, device has not settled it"]
            assert unsettled.saw("push-answered") and not unsettled.saw("settled")
            mid_snapshot = by_name["in the middle of the first snapshot"]
            assert mid_snapshot.saw("snapshot-sent") and not mid_snapshot.saw("done")
            mid_pull = by_name["in the middle of a delta pull"]
            assert mid_pull.saw("page-applied") and not mid_pull.saw("done")
            mid_record = by_name["while the worker records notes itself"]
            assert mid_record.saw("recorded") and not mid_record.saw("enrolled")

            reference = asyncio.run(full_pull_dump(url, STORE, tmp_path / "reference"))
            assert dump(device / "cache.sqlite3") == reference
        finally:
            engine.dispose()

"""kill -9 soak: a device's sync killed at random instants never loses or doubles a queued note.

    uv run python scripts/kill9_soak.py --scenarios 30 --notes 20 [--seed N] [--customers 2000]
    uv run python scripts/kill9_soak.py --seed N --only K      # replay scenario K of seed N

Each scenario gets a fresh seeded central service (its own SQLite database, served on loopback)
and a fresh device folder. ``--notes`` notes are queued in the device's outbox, then the device
syncs again and again in a subprocess (``tests/support/sync_worker.py``) that **enrols a new
device at every run**, as a tablet without a keychain does at every start, and is killed with
SIGKILL: sometimes after a random delay, sometimes right at (or just after) a chosen event --
``push-answered`` (the server applied a batch the device has not settled yet; the worker holds
the answer 0.3 s to widen that window), ``settling``, ``push-sent``, a snapshot chunk, a delta
page, while the worker records notes of its own (``--record``)... Some runs record further notes
themselves before they sync. After a few kills a run is let finish, and the service's database
is checked:

* every queued note is on the server exactly once (``lost``: queued but absent; ``duplicated``:
  present more than once); a note a killed recording may or may not have committed ("maybe")
  must be there at most once; no note the device never queued may appear;
* the outbox has nothing pending and no conflicts, every entry is applied, and the service
  processed each of the device's mutations once (``mutation_log``), whichever enrolment
  carried it.

One line per scenario, then ``scenarios=… notes=… lost=… duplicated=… devices=… kills=…
seconds=…``. Exits 1 when a note was lost or duplicated or a scenario failed otherwise (its
folder, with the worker logs and both databases, is kept and printed), 130 on Ctrl+C or
SIGTERM. Every worker and every service is stopped whatever happens.

Why a fresh service per scenario: seeding one takes about a second, and it keeps each scenario
self-contained -- the mutation log, the enrolled devices and the notes on the server are that
scenario's alone, and a failure replays with ``--seed N --only K`` without the other scenarios.
The kill plan of a scenario comes from ``--seed`` and the scenario number; the instants the kills
land at depend on timing, so a replay re-runs the same plan, not the same interleaving.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import sqlalchemy as sa  # noqa: E402

from associate_app.cache.local_store import LocalStore  # noqa: E402
from central_api import storage  # noqa: E402
from tests.integration.test_sync_crash import (  # noqa: E402
    STORE,
    Kill,
    Run,
    outbox_state,
    queue_notes,
    run_worker,
    touch_the_store_scope,
)
from tests.support.central import running_central_service  # noqa: E402

DEFAULT_SEED = 20250314
NOTE_PREFIX = "kill9-soak"
WORKER_DEVICE_NAME = "kill -9 test device (no keychain)"  # what sync_worker enrols as

#: (event, weight, nth range, delay range after the event) for kills at an event
EVENT_KILLS: list[tuple[str, int, tuple[int, int], tuple[float, float]]] = [
    ("push-answered", 5, (1, 1), (0.0, 0.25)),  # applied by the server, not settled
    ("settling", 3, (1, 1), (0.0, 0.003)),
    ("push-sent", 2, (1, 1), (0.0, 0.03)),
    ("settled", 1, (1, 1), (0.0, 0.0)),
    ("enrolled", 1, (1, 1), (0.0, 0.05)),
    ("signed-in", 1, (1, 1), (0.0, 0.02)),
    ("snapshot-sent", 1, (1, 1), (0.0, 0.05)),
    ("chunk-applied", 1, (1, 6), (0.0, 0.0)),
    ("changes-sent", 1, (1, 1), (0.0, 0.02)),
    ("page-applied", 1, (1, 3), (0.0, 0.0)),
]
PUSH_EVENTS = {"push-answered", "settling", "push-sent", "settled"}
PULL_EVENTS = {"changes-sent", "page-applied"}


@dataclass
class Outcome:
    number: int
    kills: int = 0
    runs: int = 0
    devices: int = 0
    notes: int = 0  # queued before the runs (--notes)
    recorded: int = 0  # recorded by a worker, certainly committed
    maybe: int = 0  # recorded by a killed worker, maybe committed
    lost: list[str] = field(default_factory=list)
    duplicated: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    plan: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not (self.lost or self.duplicated or self.problems)


def plan_kill(rng: random.Random, pending: int, run_no: int) -> tuple[Kill, bool]:
    """A kill for one run (and whether to make the next delta pull long first)."""
    record = rng.randint(1, 8) if rng.random() < 0.3 else 0
    if rng.random() < 0.45:
        return Kill(f"after {run_no}", delay=rng.uniform(0.2, 2.5), record=record), False
    choices = list(EVENT_KILLS)
    if record:
        choices.append(("recorded", 3, (1, record), (0.0, 0.05)))
    event, _, (lo, hi), (d_lo, d_hi) = rng.choices(choices, [c[1] for c in choices])[0]
    if event in PUSH_EVENTS and not pending and not record:
        record = rng.randint(1, 5)  # so that there is something to push
    touch = event in PULL_EVENTS and rng.random() < 0.7
    return Kill(f"at {event}", event=event, nth=rng.randint(lo, hi),
                delay=rng.uniform(d_lo, d_hi), record=record), touch


def describe(kill: Kill, run: Run, touched: bool) -> str:
    how = (f"{kill.event}#{kill.nth}+{kill.delay:.3f}s" if kill.event
           else f"after {kill.delay:.2f}s")
    last = run.events[-1].split(" ")[0] if run.events else "-"
    rec = f" record={kill.record}" if kill.record else ""
    fate = "killed" if run.killed else f"finished rc={run.returncode}"
    return f"[{how}{rec}{' touched' if touched else ''}: {fate} after {last}]"


def pending_count(device: Path) -> int:
    store = LocalStore(device)
    try:
        return int(asyncio.run(store.status())["pending"])
    finally:
        store.close()


def run_scenario(number: int, args: argparse.Namespace, folder: Path) -> Outcome:
    rng = random.Random(f"{args.seed}/{number}")
    out = Outcome(number)
    started = time.monotonic()
    db = folder / "central.sqlite3"
    device = folder / "device"
    with running_central_service(db, customers=args.customers, stores=3) as url:
        engine = storage.create_engine(db)
        try:
            with engine.connect() as conn:
                customers = conn.execute(sa.text(
                    "SELECT customer_id FROM customers WHERE preferred_store_id = :s "
                    "ORDER BY customer_id LIMIT 50"), {"s": STORE}).scalars().all()
            customer = rng.choice(customers)

            queued = [f"{NOTE_PREFIX} {number} note {i}" for i in range(args.notes)]
            queue_notes(device, customer, queued)
            out.notes = len(queued)
            maybe: list[str] = []
            target = rng.randint(2, args.max_kills)  # kills before a run is let finish
            pending = len(queued)
            run_no = 0
            while out.kills < target and run_no < 3 * target:  # a kill may come too late
                run_no += 1
                kill, touch = plan_kill(rng, pending, run_no)
                if touch:
                    touch_the_store_scope(engine)
                prefix = f"{NOTE_PREFIX} {number} run {run_no} note"
                run = run_worker(url, device, customer, kill, prefix,
                                 folder / f"worker-{run_no}.log")
                out.runs += 1
                out.kills += run.killed
                out.plan.append(describe(kill, run, touch))
                for i in range(kill.record):
                    body = f"{prefix}-{i}"
                    if run.saw(f"recorded {body}"):
                        queued.append(body)
                        out.recorded += 1
                    elif run.saw(f"recording {body}"):
                        maybe.append(body)
                        out.maybe += 1
                if not run.killed and run.returncode != 0:
                    out.problems.append(f"run {run_no} failed (rc={run.returncode}), "
                                        f"see {folder / f'worker-{run_no}.log'}")
                pending = pending_count(device)

            final: Run | None = None
            for attempt in range(3):  # then let one finish
                final = run_worker(url, device, customer, None, "unused",
                                   folder / f"worker-final-{attempt}.log")
                out.runs += 1
                if final.returncode == 0:
                    break
            assert final is not None
            out.plan.append(f"[final: rc={final.returncode}]")
            if final.returncode != 0:
                out.problems.append(f"the final run failed 3 times, see {folder}")

            with engine.connect() as conn:
                on_server = Counter(conn.execute(sa.text(
                    "SELECT body FROM interactions WHERE customer_id = :c AND body LIKE :p"),
                    {"c": customer, "p": NOTE_PREFIX + " %"}).scalars())
                processed = conn.execute(sa.text(
                    "SELECT mutation_id, status FROM mutation_log WHERE store_id = :s"),
                    {"s": STORE}).all()
                out.devices = conn.execute(sa.text(
                    "SELECT count(*) FROM devices WHERE store_id = :s AND name = :n"),
                    {"s": STORE, "n": WORKER_DEVICE_NAME}).scalar_one()
        finally:
            engine.dispose()

    out.duplicated = {body: n for body, n in on_server.items() if n > 1}
    out.lost = sorted(set(queued) - set(on_server))
    strays = sorted(set(on_server) - set(queued) - set(maybe))
    if strays:
        out.problems.append(f"on the server but never queued: {strays}")
    status, sent, leftovers = outbox_state(device)
    if status["pending"] or status["conflicts"]:
        out.problems.append(f"outbox: pending={status['pending']} "
                            f"conflicts={status['conflicts']}")
    if {s for _, s in sent} - {"applied"}:
        out.problems.append(f"outbox statuses: {Counter(s for _, s in sent)}")
    if len(sent) != sum(on_server.values()):
        out.problems.append(f"{len(sent)} outbox entries for {sum(on_server.values())} notes")
    if sorted(m for m, _ in processed) != sorted(m for m, _ in sent):
        out.problems.append("the service's mutation_log differs from the device's outbox")
    if {s for _, s in processed} - {"applied"}:
        out.problems.append(f"mutation_log statuses: {Counter(s for _, s in processed)}")
    if leftovers != [0, 0, 0]:
        out.problems.append(f"optimistic leftovers in the cache (tmp ids, applied, loyalty): "
                            f"{leftovers}")
    out.seconds = time.monotonic() - started
    return out


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="kill9_soak",
        description=__doc__.split("\n\n", 1)[1].split("\n\nWhy", 1)[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--scenarios", type=int, default=30,
                        help="how many scenarios (default 30)")
    parser.add_argument("--notes", type=int, default=20,
                        help="notes queued in the outbox per scenario (default 20)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED,
                        help=f"seed of the kill plans (default {DEFAULT_SEED}); printed, so a "
                             "failure can be replayed")
    parser.add_argument("--customers", type=int, default=2000,
                        help="customers seeded in each service (default 2000: a pull takes a "
                             "while)")
    parser.add_argument("--max-kills", type=int, default=7,
                        help="each scenario kills between 2 and this many runs before one is "
                             "let finish (default 7)")
    parser.add_argument("--only", type=int, metavar="K",
                        help="run scenario K (1-based) of this seed alone, to replay it")
    parser.add_argument("--keep", action="store_true",
                        help="keep every scenario's folder (failed ones are always kept)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print each scenario's runs (kill plan and where it landed)")
    args = parser.parse_args(argv)
    if args.scenarios < 1 or args.notes < 0 or args.max_kills < 2:
        parser.error("--scenarios >= 1, --notes >= 0 and --max-kills >= 2, please")
    if args.only is not None and args.only < 1:
        parser.error("--only counts from 1")
    return args


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # SIGTERM cleans up as Ctrl+C does


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, _interrupt)
    root = Path(tempfile.mkdtemp(prefix="kill9-soak-"))
    # as in the tests: workers inherit the tests' keychain (shared by the processes, as a real
    # one is: the data folder's key must outlive each killed worker) and platform dirs in the
    # scratch root
    os.environ["PYTHON_KEYRING_BACKEND"] = "tests.support.shared_keyring.SharedTestKeyring"
    os.environ["STORE_ASSOCIATE_TEST_KEYRING"] = str(root / "keychain.json")
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
        os.environ[var] = str(root / "home" / sub)
    numbers = [args.only] if args.only else list(range(1, args.scenarios + 1))
    print(f"kill -9 soak: seed={args.seed} scenarios={len(numbers)} notes={args.notes} "
          f"customers={args.customers} (replay one: --seed {args.seed} --only K)", flush=True)
    started = time.monotonic()
    outcomes: list[Outcome] = []
    kept: list[Path] = []
    code = 0
    try:
        for number in numbers:
            folder = root / f"scenario-{number}"
            folder.mkdir()
            try:
                out = run_scenario(number, args, folder)
            except Exception as exc:  # a worker that hung, a service that did not start...
                out = Outcome(number, problems=[f"{type(exc).__name__}: {exc}"])
            outcomes.append(out)
            verdict = "ok" if out.ok else "FAIL"
            print(f"scenario {number:>3}/{args.scenarios}: kills={out.kills} "
                  f"devices={out.devices} notes={out.notes} recorded={out.recorded} "
                  f"maybe={out.maybe} lost={len(out.lost)} duplicated={len(out.duplicated)} "
                  f"seconds={out.seconds:.1f} {verdict}", flush=True)
            if args.verbose or not out.ok:
                print("    runs: " + " ".join(out.plan), flush=True)
            if not out.ok:
                for line in ([f"lost: {out.lost}"] if out.lost else []) + (
                        [f"duplicated: {out.duplicated}"] if out.duplicated else []) + (
                        out.problems):
                    print(f"    {line}", flush=True)
                print(f"    replay: uv run python scripts/kill9_soak.py --seed {args.seed} "
                      f"--only {number} --notes {args.notes} --customers {args.customers} "
                      f"--max-kills {args.max_kills}; kept {folder}", flush=True)
                kept.append(folder)
            elif not args.keep:
                shutil.rmtree(folder, ignore_errors=True)
    except KeyboardInterrupt:
        print(f"interrupted after {len(outcomes)} scenario(s); every worker and service is "
              "stopped", flush=True)
        code = 130
    lost = sum(len(o.lost) for o in outcomes)
    duplicated = sum(len(o.duplicated) for o in outcomes)
    failed = sum(not o.ok for o in outcomes)
    print(f"scenarios={len(outcomes)} notes={sum(o.notes for o in outcomes)} lost={lost} "
          f"duplicated={duplicated} devices={sum(o.devices for o in outcomes)} "
          f"kills={sum(o.kills for o in outcomes)} seconds={time.monotonic() - started:.0f} "
          f"recorded={sum(o.recorded for o in outcomes)} "
          f"maybe={sum(o.maybe for o in outcomes)} failed={failed} seed={args.seed}",
          flush=True)
    if kept or args.keep:
        print(f"kept: {root}", flush=True)
    else:
        shutil.rmtree(root, ignore_errors=True)
    if code:
        return code
    return 1 if lost or duplicated or failed else 0


if __name__ == "__main__":
    sys.exit(main())

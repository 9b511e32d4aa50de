"""The slow-tablet profile (issue 15), shared by every benchmark: ``--slow-tablet``.

A store tablet has fewer, slower cores than a development machine and is rarely idle. The
profile runs the measured process on **one core** (``taskset -c 0``: this process's CPU
affinity is set to CPU 0 before anything is measured, and every child it starts inherits it)
with a **busy neighbour** pinned to the same core: a Python busy-loop
(``taskset -c 0 python -c "while True: pass"``) at normal priority, so the benchmark gets about
half of one core and waits for the scheduler like an app beside a busy background service.

Equivalent by hand::

    taskset -c 0 python -c "while True: pass" &
    taskset -c 0 uv run python bench/lookup_bench.py ...
    kill %1

The reference central service a benchmark starts (``_common.CentralService``) stands for a
remote server: in this profile it runs on the other cores (not the tablet's), so the tablet is
not charged for the server's work. The demo's own service (scan and start-up benchmarks) runs on
the tablet in real life and stays on CPU 0.

Each benchmark measures its physical baseline in the same process, so the baseline runs under
the same profile and the ratio compares like with like.
"""

from __future__ import annotations

import atexit
import os
import subprocess
import sys

DEV = "dev machine (all cores, no neighbour added)"
SLOW = "slow tablet (taskset -c 0 + busy neighbour)"
ENV = "BENCH_SLOW_TABLET"

_neighbour: subprocess.Popen | None = None


def add_argument(parser) -> None:
    parser.add_argument("--slow-tablet", action="store_true",
                        help="one core (CPU 0) shared with a busy neighbour process "
                             "(see bench/_tablet.py)")


def active() -> bool:
    return os.environ.get(ENV) == "1"


def profile() -> str:
    return SLOW if active() else DEV


def start(neighbour: bool = True) -> None:
    """Enter the slow-tablet profile in this process (children inherit it via the env)."""
    global _neighbour
    os.environ[ENV] = "1"
    os.sched_setaffinity(0, {0})
    if neighbour and _neighbour is None and os.environ.get("BENCH_NEIGHBOUR_PID") is None:
        _neighbour = subprocess.Popen(["taskset", "-c", "0", sys.executable, "-c",
                                       "while True: pass"], preexec_fn=_die_with_parent)
        os.environ["BENCH_NEIGHBOUR_PID"] = str(_neighbour.pid)
        atexit.register(stop)


def _die_with_parent() -> None:
    """In the neighbour: end when the benchmark ends, even by ``os._exit`` or a crash
    (PR_SET_PDEATHSIG; taskset execs the busy loop in the same process, which keeps it)."""
    import ctypes
    import signal

    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def stop() -> None:
    global _neighbour
    if _neighbour is not None and _neighbour.poll() is None:
        _neighbour.terminate()  # only the process this module started, by its pid
        _neighbour.wait(timeout=10)
    _neighbour = None
    os.environ.pop("BENCH_NEIGHBOUR_PID", None)


def setup(argv: list[str]) -> None:
    """Call first thing in a benchmark's ``main``: ``--slow-tablet`` on the command line, or
    inherited from a parent benchmark (a child process per measurement), enters the profile.
    A child inherits the affinity and shares the parent's neighbour."""
    if "--slow-tablet" in argv or active():
        start()


def server_cpus() -> set[int] | None:
    """CPUs for a stand-in of the remote service: every CPU but the tablet's in this profile."""
    if not active():
        return None
    others = set(range(os.cpu_count() or 1)) - {0}
    return others or None


def check() -> str:
    """What this process runs on now, for the record."""
    cpus = sorted(os.sched_getaffinity(0))
    n = os.environ.get("BENCH_NEIGHBOUR_PID")
    return f"CPUs {cpus}" + (f", busy neighbour pid {n} on CPU 0" if n else "")

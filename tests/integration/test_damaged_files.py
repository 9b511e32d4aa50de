"""Damaged and missing files, as the field makes them (issue 10): nothing queued is lost silently,
the app always opens, and the person (and ``associate-app status``) is told what happened.

The files are damaged from outside, the way a disk, a backup tool or a support person does it:
a process killed with SIGKILL and its side files deleted, the outbox deleted, bytes overwritten
anywhere (the header too, not only whole pages at the end), a file cut in half. The commands
are the real ones in subprocesses (``associate-app sync`` / ``status``) against a real service.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest

from associate_app.cache.database import DatabaseError
from associate_app.cache.local_store import LocalStore, StoreInUse
from store_contract.domain.mutation_types import MutationType, new_temp_id
from tests.support.cache_files import open_file
from tests.support.central import notes_on_server

REPO = Path(__file__).resolve().parents[2]
STORE = "S001"
CUSTOMER = "C0000001"  # a seeded customer of S001 (the demo seed's first)


def cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "associate_app", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=timeout)


def status(device: Path) -> dict:
    out = cli("status", "--data-dir", str(device), "--json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def sync(url: str, device: Path) -> dict:
    out = cli("sync", "--server", url, "--store", STORE, "--data-dir", str(device),
              "--demo-credentials")
    assert out.returncode == 0, (out.stdout, out.stderr)
    return json.loads(out.stdout)


def queue(device: Path, bodies: list[str]) -> None:
    store = LocalStore(device)
    try:
        for body in bodies:
            store.record_blocking(MutationType.NOTE_ADD, {
                "interaction_id": new_temp_id(), "customer_id": CUSTOMER, "body": body},
                staff_id="A1001", store_id=STORE)
    finally:
        store.close()


def overwrite(path: Path, offset: int, nbytes: int, rng: random.Random) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(rng.randbytes(nbytes))


@pytest.fixture
def synced_device(fresh_central, tmp_path):
    """A device whose first sync is done: (url, central db, device folder)."""
    url, db = fresh_central
    device = tmp_path / "device"
    summary = sync(url, device)
    assert summary["ok"], summary
    return url, db, device


RECORDER = textwrap.dedent("""
    import sys, time
    from associate_app.cache.local_store import LocalStore
    from store_contract.domain.mutation_types import MutationType, new_temp_id
    store = LocalStore(sys.argv[1])
    for i in range(int(sys.argv[2])):
        store.record_blocking(MutationType.NOTE_ADD, {"interaction_id": new_temp_id(),
            "customer_id": "C0000001", "body": f"killed recorder {i}"},
            staff_id="A1001", store_id="S001")
        print(f"recorded {i}", flush=True)
    time.sleep(60)
""")


def record_then_kill(device: Path, n: int) -> None:
    """Notes recorded by a process that is then killed with SIGKILL (no close, no checkpoint)."""
    proc = subprocess.Popen([sys.executable, "-c", RECORDER, str(device), str(n)], cwd=REPO,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.strip() == f"recorded {n - 1}":
                break
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)


def test_a_queued_change_survives_a_crash_and_the_loss_of_every_side_file(synced_device):
    """A backup that copies only ``*.sqlite3``, or someone deleting the ``-wal``/``-shm``/
    ``-journal`` files after a crash: every change the app said was saved is still queued."""
    url, db, device = synced_device
    record_then_kill(device, 25)
    side = [p for p in device.iterdir() if p.is_file() and not p.name.endswith(".sqlite3")
            and not p.name.startswith(".")]
    assert any(p.name.startswith("cache.sqlite3-") for p in side)  # the crash left some
    for p in side:
        p.unlink()
    assert status(device)["pending"] == 25
    summary = sync(url, device)
    assert summary["ok"] and summary["pending"] == 0, summary
    assert notes_on_server(db, "killed recorder") == Counter(
        {f"killed recorder {i}": 1 for i in range(25)})


def test_a_deleted_outbox_gets_its_queued_changes_back_from_the_cache_s_copy(synced_device):
    url, db, device = synced_device
    record_then_kill(device, 12)
    (device / "outbox.sqlite3").unlink()
    seen = status(device)
    assert seen["pending"] == 12
    recovery = seen["recoveries"][0]
    assert recovery["kind"] == "outbox_replaced" and recovery["restored"] == 12
    assert "put back from the copy in the store data: 12" in recovery["sentence"]
    sync(url, device)
    assert notes_on_server(db, "killed recorder") == Counter(
        {f"killed recorder {i}": 1 for i in range(12)})


@pytest.mark.parametrize("damage", ["cut in half", "header", "random 4 KB", "random bytes x8"])
def test_a_damaged_outbox_is_set_aside_salvaged_and_explained_and_nothing_is_lost(
        synced_device, damage):
    url, db, device = synced_device
    bodies = [f"salvage {damage} {i}" for i in range(40)]
    queue(device, bodies)
    outbox = device / "outbox.sqlite3"
    size = outbox.stat().st_size
    rng = random.Random(damage)
    if damage == "cut in half":
        with open(outbox, "r+b") as f:
            f.truncate(size // 2)
    elif damage == "header":
        overwrite(outbox, 0, 100, rng)
    elif damage == "random 4 KB":
        overwrite(outbox, rng.randrange(size // 4, size - 4096), 4096, rng)
    else:
        for _ in range(8):
            overwrite(outbox, rng.randrange(0, size - 64), rng.randint(1, 64), rng)

    seen = status(device)  # the real command: it must not crash, and it must say what it did
    assert seen["pending"] == 40, seen
    recovery = seen["recoveries"][0]
    assert recovery["kind"] == "outbox_salvaged", recovery
    assert recovery["salvaged"] + recovery["restored"] >= 40
    assert recovery["moved_to"] and (device / recovery["moved_to"]).exists()  # never deleted
    assert "damaged" in recovery["sentence"]
    summary = sync(url, device)
    assert summary["ok"] and summary["pending"] == 0 and summary["conflicts"] == 0, summary
    assert notes_on_server(db, f"salvage {damage}") == Counter({b: 1 for b in bodies})


def damage_tables(cache: Path, names: tuple[str, ...], seed: int) -> None:
    """Overwrite the first page of each named table's B-tree with random bytes."""
    conn = open_file(cache)
    page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    roots = [r[0] for r in conn.execute(
        f"SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name IN "
        f"({', '.join('?' * len(names))})", names)]
    conn.close()
    rng = random.Random(seed)
    for root in roots:
        overwrite(cache, (root - 1) * page, page, rng)


@pytest.mark.parametrize("where", ["found at start", "found during the sync"])
def test_a_damaged_cache_is_rebuilt_from_the_service_and_the_queue_kept(synced_device, where):
    """Bytes overwritten inside the cache pass the cheap checks at open. Whatever first reads
    the damaged pages — opening (the sync state) or the sync (a table it updates) — has the
    file checked, set aside and downloaded again in the same run, and what was queued is
    pushed once."""
    url, db, device = synced_device
    bodies = [f"cache damage {where} {i}" for i in range(5)]
    queue(device, bodies)
    tables = ("sync_state", "customers") if where == "found at start" else ("interactions",)
    damage_tables(device / "cache.sqlite3", tables, seed=7)

    summary = sync(url, device)
    assert summary["ok"] and summary["pending"] == 0, summary
    assert summary["pulled"]["snapshot"] is True  # the store's data came down again
    kinds = [r["kind"] for r in summary["recoveries"]]
    if where == "found at start":
        assert kinds == ["cache_rebuilt"] and summary["rebuilt"] is None
    else:
        assert kinds == [] and summary["rebuilt"]["kind"] == "cache_rebuilt"
    seen = status(device)
    assert seen["last_sync_error"] is None
    assert seen["recoveries"][0]["kind"] == "cache_rebuilt"
    assert (device / seen["recoveries"][0]["moved_to"]).exists()
    assert "downloaded again" in seen["recoveries"][0]["sentence"]
    assert notes_on_server(db, f"cache damage {where}") == Counter({b: 1 for b in bodies})


def test_a_screen_reading_a_damaged_cache_has_it_checked_and_rebuilt(synced_device):
    url, db, device = synced_device
    damage_tables(device / "cache.sqlite3", ("customers",), seed=3)

    store = LocalStore(device)  # the cheap checks at open pass: the damage is inside
    try:
        assert store.info.recoveries == ()
        with pytest.raises(DatabaseError):  # as opening a customer would
            store.reads.call(lambda c: c.execute(
                "SELECT first_name FROM customers WHERE customer_id = 'C0000001'").fetchall())
        # the writer checks and rebuilds; the next read sees the new (empty) cache
        store.writer.call(lambda c: None)
        assert [r.kind for r in store.runtime_recoveries] == ["cache_rebuilt"]
        assert store.reads.call(
            lambda c: c.execute("SELECT count(*) FROM customers").fetchone()[0]) == 0
        assert asyncio.run(store.status())["cursor"] == 0  # the next sync downloads it again
    finally:
        store.close()


def test_one_app_at_a_time_on_a_data_folder_and_status_still_reads_it(tmp_path):
    device = tmp_path / "device"
    queue(device, ["in use"])
    store = LocalStore(device)
    try:
        with pytest.raises(StoreInUse, match="already running"):
            LocalStore(device)
        seen = status(device)  # read-only while the app has it: nothing repaired under it
        assert seen["in_use"] is True and seen["pending"] == 1
    finally:
        store.close()
    LocalStore(device).close()  # free again once closed

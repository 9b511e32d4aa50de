"""A stolen tablet is worthless (issue 11): a device's data folder, synced with the real service
and copied away from its keychain, gives up no customer's name, email or phone and no PIN hash
in any of its bytes, and the commands that open it say clearly that they cannot, rather than
showing garbage. Tested from outside, with the real commands in subprocesses."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from associate_app.headless import EXIT_KEYCHAIN
from tests.support.cache_files import open_file
from tests.support.shared_keyring import ENV as KEYRING_FILE

REPO = Path(__file__).resolve().parents[2]
NOTE = "Told me about her knee operation on the 14th"


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "associate_app", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=180)


RECORD_THEN_WAIT = """
import sys, time
from associate_app.cache.local_store import LocalStore
from store_contract.domain.mutation_types import MutationType, new_temp_id
store = LocalStore(sys.argv[1])
store.record_blocking(MutationType.NOTE_ADD, {"interaction_id": new_temp_id(),
    "customer_id": "C0000001", "body": sys.argv[2]}, staff_id="A1001", store_id="S001")
print("recorded", flush=True)
time.sleep(60)
"""


def secrets_in(cache: Path) -> set[str]:
    """What a thief wants, read through the app's own (decrypting) opening: customers' names,
    emails and phones as stored and as the search index keeps them, and any PIN hash."""
    conn = open_file(cache, readonly=True)
    try:
        values: set[str] = set()
        for first, last, email, phone in conn.execute(
                "SELECT first_name, last_name, email, phone_e164 FROM customers"):
            values.update(v for v in (first, last, email, phone, (phone or "")[1:]) if v)
            values.update(v.lower() for v in (first, last, email) if v)
        for table, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            for column in columns:
                if "hash" in column.lower() or "pin" in column.lower():
                    values.update(str(v) for (v,) in conn.execute(
                        f'SELECT "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL'))
    finally:
        conn.close()
    # short values could turn up by chance in random bytes; 8 bytes and more cannot
    return {v for v in values if len(v.encode()) >= 8}


def raw_hits(folder: Path, values: set[str]) -> list[tuple[str, str]]:
    hits = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            hits += [(path.name, v) for v in values if v.encode() in data]
    return hits


def test_a_copied_data_folder_gives_up_nothing_and_says_it_cannot_be_read(fresh_central,
                                                                          tmp_path):
    url, _db = fresh_central
    device = tmp_path / "device"
    synced = cli("sync", "--server", url, "--store", "S001", "--data-dir", str(device),
                 "--demo-credentials")
    assert synced.returncode == 0, synced.stderr
    values = secrets_in(device / "cache.sqlite3") | {NOTE}
    assert len(values) > 300  # emails, phones, names of the store's customers

    # taken while the app runs: a queued note, the cache's WAL and shared-memory files too
    app = subprocess.Popen([sys.executable, "-c", RECORD_THEN_WAIT, str(device), NOTE],
                           cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert app.stdout is not None and app.stdout.readline().strip() == "recorded"
        stolen = tmp_path / "stolen"
        shutil.copytree(device, stolen)
    finally:
        app.kill()
        app.wait(timeout=30)
    assert {"cache.sqlite3", "cache.sqlite3-wal", "outbox.sqlite3"} <= {
        p.name for p in stolen.iterdir()}
    assert raw_hits(stolen, values) == []

    # another computer: a keychain of its own, without this folder's key
    elsewhere = dict(os.environ, **{KEYRING_FILE: str(tmp_path / "other-keychain.json")})
    for args in (("status", "--data-dir", str(stolen), "--json"),
                 ("customers", "search", "smith", "--data-dir", str(stolen), "--json")):
        out = cli(*args, env=elsewhere)
        assert out.returncode == EXIT_KEYCHAIN, (out.stdout, out.stderr)
        assert "encrypted" in out.stderr and "cannot be read here" in out.stderr
        assert "Traceback" not in out.stderr and out.stdout == ""
    assert raw_hits(stolen, values) == []  # and nothing was decrypted into a file by trying

    # any other SQLite reader: an error, not pages of garbage
    for name in ("cache.sqlite3", "outbox.sqlite3"):
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            sqlite3.connect(stolen / name).execute("SELECT * FROM sqlite_master").fetchall()
        guess = sqlcipher.connect(str(stolen / name))
        guess.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
        with pytest.raises(sqlcipher.DatabaseError, match="not a database"):
            guess.execute("SELECT * FROM sqlite_master").fetchall()
        guess.close()

    # the device itself, with its own keychain, still reads everything
    mine = cli("status", "--data-dir", str(device), "--json")
    assert mine.returncode == 0, mine.stderr
    assert json.loads(mine.stdout)["pending"] == 1

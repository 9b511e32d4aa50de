"""Support staff look inside a device's encrypted cache and outbox with `associate-app inspect`:
every table with its row count, or one table's schema and rows, as JSON — secrets redacted,
nothing changed, and nothing at all for a folder whose key this computer does not hold."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3

import pytest

from associate_app.cache import encryption, migrations, offline_verifiers, outbox, replica
from associate_app.cache.database import CACHE_FILE, connect, utils_db
from associate_app.cache.local_store import LocalStore
from associate_app.cli import main
from associate_app.headless import EXIT_KEYCHAIN
from store_contract.domain.mutation_types import MutationType, new_temp_id

CUSTOMER = {
    "customer_id": "C0000001", "first_name": "Philippa", "last_name": "Quennell-Ashworth",
    "email": "philippa.quennell@example.org", "phone_e164": "+447700900417",
    "marketing_consent": False, "preferred_store_id": "S001", "preferred_channel": "online",
    "created_at": "2025-01-01T00:00:00+00:00", "updated_at": "2025-01-01T00:00:00+00:00",
}
VERIFIER = offline_verifiers.Verifier("A1001", "S001", "Ann", "associate", "c2FsdA",
                                      "scrypt$secret-verifier", "k1")
NOTE = "Asked about the Harrowgate wool coat, size 14"


@pytest.fixture(autouse=True)
def fresh_process():
    """Each test starts as a new process would: the key comes from the keychain."""
    encryption.forget_keys()
    yield
    encryption.forget_keys()


@pytest.fixture
def device(tmp_path):
    """A data folder with a customer, a sign-in verifier and a note waiting to sync."""
    folder = tmp_path / "device"
    store = LocalStore(folder)
    try:
        def job(c):
            with outbox.transaction(c.cache):
                replica.apply_rows(c.cache, [("customer", "C0000001", "upsert", CUSTOMER)])
                offline_verifiers.save(c.cache, VERIFIER, "2025-01-01T00:00:00+00:00")

        store.writer.call(job)
        store.record_blocking(MutationType.NOTE_ADD, {
            "interaction_id": new_temp_id(), "customer_id": "C0000001", "body": NOTE},
            staff_id="A1001", store_id="S001")
    finally:
        store.close()
    encryption.forget_keys()
    return folder


def inspect(capsys, *args: str) -> tuple[int, dict | None, str]:
    code = main(["inspect", *args])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out else None), err


def test_every_table_of_the_encrypted_cache_is_listed_with_its_row_count(device, capsys):
    with pytest.raises(sqlite3.DatabaseError):  # what the sqlite-utils command line meets
        sqlite3.connect(device / CACHE_FILE).execute("SELECT * FROM sqlite_master").fetchall()

    code, found, err = inspect(capsys, "--data-dir", str(device))

    assert (code, err) == (0, "")
    assert found["file"] == "cache.sqlite3" and found["encrypted"] is True
    assert found["schema_version"] == migrations.LATEST
    tables = found["tables"]
    assert tables["customers"]["rows"] == 1
    assert tables["interactions"]["rows"] == 1  # the note, shown before it syncs
    assert "phone_rev" in tables["customers"]["columns"]
    assert "customers_fts" in tables  # the search index, not its storage
    assert not [name for name in tables if name.startswith("customers_fts_")]


def test_one_table_shows_its_schema_and_rows_without_secrets(device, capsys):
    code, found, _ = inspect(capsys, "customers", "--data-dir", str(device))

    assert code == 0 and found["table"] == "customers" and found["rows"] == 1
    assert {"customers_ai", "customers_ad", "customers_au"} == set(found["triggers"])
    assert {"ix_customers_email", "ix_customers_phone"} <= {i["name"] for i in found["indexes"]}
    assert {"name": "customer_id", "type": "TEXT", "not_null": False,
            "primary_key": True} in found["columns"]
    [row] = found["sample"]
    assert row["last_name"] == "Quennell-Ashworth"
    assert row["email"] == "ph•••••••••••••••@example.org"  # as `customers search` masks it
    assert row["phone_e164"] == "•••• ••• 0417" and row["phone_rev"] == "<redacted>"

    _, verifiers, _ = inspect(capsys, "local_verifiers", "--data-dir", str(device))
    [row] = verifiers["sample"]
    assert row["staff_id"] == "A1001"
    assert row["salt"] == row["verifier"] == "<redacted>"
    assert VERIFIER.verifier not in json.dumps(verifiers)


def test_the_outbox_shows_what_waits_to_sync(device, capsys):
    code, found, _ = inspect(capsys, "outbox", "--file", "outbox", "--data-dir", str(device),
                             "--limit", "5")

    assert code == 0 and found["file"] == "outbox.sqlite3" and found["encrypted"] is True
    [entry] = found["sample"]
    assert entry["type"] == MutationType.NOTE_ADD and entry["status"] == "pending"
    assert NOTE in entry["payload"]


def test_inspecting_changes_nothing_and_works_beside_the_running_app(device, capsys):
    before = hashlib.sha256((device / CACHE_FILE).read_bytes()).hexdigest()
    code, _, _ = inspect(capsys, "--data-dir", str(device))
    assert code == 0
    assert hashlib.sha256((device / CACHE_FILE).read_bytes()).hexdigest() == before

    store = LocalStore(device)  # the app is running: it holds the folder's lock
    try:
        code, found, _ = inspect(capsys, "customers", "--data-dir", str(device))
        assert code == 0 and found["rows"] == 1
    finally:
        store.close()


def test_a_folder_copied_from_another_device_shows_nothing(device, tmp_path, capsys):
    copied = tmp_path / "copied"
    shutil.copytree(device, copied)  # this computer's keychain holds no key for that folder

    code, found, err = inspect(capsys, "customers", "--data-dir", str(copied))

    assert code == EXIT_KEYCHAIN and found is None
    assert "Quennell" not in err and err.startswith("associate-app: ")


def test_an_unknown_table_or_a_missing_file_is_told_in_a_sentence(device, tmp_path, capsys):
    code, found, err = inspect(capsys, "clients", "--data-dir", str(device))
    assert code == 1 and found is None
    assert "no table 'clients'" in err and "customers" in err

    code, found, err = inspect(capsys, "--data-dir", str(tmp_path / "nowhere"))
    assert code == 1 and found is None and "there is no cache in" in err


def test_sqlite_utils_reads_a_sqlcipher_connection_and_changes_no_setting(tmp_path):
    conn = connect(tmp_path / "c.sqlite3", key=bytes(range(32)))
    try:
        migrations.migrate(conn)
        db = utils_db(conn)
        assert db.conn is conn
        assert "customers" in db.table_names()
        assert db["customers"].count == 0
        # no `recursive_triggers` switched on under the app's own statements
        assert conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 0
    finally:
        conn.close()
    assert encryption.file_state(tmp_path / "c.sqlite3") is encryption.FileState.ENCRYPTED


def test_a_secret_still_in_clear_in_a_queued_change_is_not_shown():
    """A change an older version queued with the pickup code in clear (sealed at the next
    start): inspecting the outbox before that shows no code, and no full email."""
    import json

    from associate_app.cache.inspection import REDACTED, _shown

    row = {"mutation_id": "m1", "payload": json.dumps(
        {"order_id": "CC-1", "code": "483921", "manager_pin": "9999",
         "email": "jane.smith@example.com"})}
    shown = json.loads(_shown(row)["payload"])
    assert shown["code"] == REDACTED and shown["manager_pin"] == REDACTED
    assert shown["order_id"] == "CC-1" and "jane.smith@" not in shown["email"]

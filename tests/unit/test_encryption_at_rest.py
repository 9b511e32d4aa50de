"""Encryption at rest (issue 11): a stolen tablet's files say nothing, an older device's plain
files are encrypted once without losing a queued change, and a computer without a keychain
keeps every queued change and says plainly what is not protected."""

from __future__ import annotations

import asyncio
import hashlib
import os
import sqlite3
from pathlib import Path

import keyring.backend
import keyring.errors
import pytest
import sqlcipher3.dbapi2 as sqlcipher

from associate_app.cache import encryption, outbox, replica
from associate_app.cache.database import connect, move_aside
from associate_app.cache.encryption import DataKeyUnavailable, FileState, file_state
from associate_app.cache.local_store import LocalStore
from associate_app.keychain import MemoryKeyring
from store_contract.domain.mutation_types import MutationType, new_temp_id

CUSTOMER = {
    "customer_id": "C0000001", "first_name": "Philippa", "last_name": "Quennell-Ashworth",
    "email": "philippa.quennell@example.org", "phone_e164": "+447700900417",
    "marketing_consent": False, "preferred_store_id": "S001", "preferred_channel": "online",
    "created_at": "2025-01-01T00:00:00+00:00", "updated_at": "2025-01-01T00:00:00+00:00",
}
PIN_HASH = "scrypt$16384$8$1$c2FsdHNhbHQ$ZmFrZS1waW4taGFzaC1mb3ItdGVzdHM"
NOTE = "Asked about the Harrowgate wool coat, size 14"
KNOWN = [CUSTOMER["first_name"], CUSTOMER["last_name"], CUSTOMER["email"],
         CUSTOMER["phone_e164"], CUSTOMER["phone_e164"][1:], PIN_HASH, NOTE]


class NoKeychain(keyring.backend.KeyringBackend):
    """A headless Linux box without a Secret Service (what keyring's fail backend does)."""

    priority = 0  # type: ignore[assignment]

    def get_password(self, service, username):
        raise keyring.errors.NoKeyringError("No recommended backend was available.")

    def set_password(self, service, username, password):
        raise keyring.errors.NoKeyringError("No recommended backend was available.")

    def delete_password(self, service, username):
        raise keyring.errors.NoKeyringError("No recommended backend was available.")


@pytest.fixture(autouse=True)
def fresh_process():
    """Each test starts as a new process would: no data key held in memory."""
    encryption.forget_keys()
    yield
    encryption.forget_keys()


def fill(store: LocalStore) -> str:
    """A customer, a staff member with a PIN hash, and a queued note about the customer."""
    def job(c):
        with outbox.transaction(c.cache):
            replica.apply_rows(c.cache, [("customer", "C0000001", "upsert", CUSTOMER)])
            c.cache.execute("INSERT OR REPLACE INTO staff (staff_id, store_id, name, role, "
                            "pin_salt, pin_hash) VALUES ('A1001', 'S001', 'Ann', 'associate', "
                            "'salt', ?)", (PIN_HASH,))

    store.writer.call(job)
    return store.record_blocking(MutationType.NOTE_ADD, {
        "interaction_id": new_temp_id(), "customer_id": "C0000001", "body": NOTE},
        staff_id="A1001", store_id="S001").mutation_id


def readable(folder: Path) -> list[tuple[str, str]]:
    """Every known value found in the raw bytes of any file under ``folder``."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [(path.name, v) for v in KNOWN
                      if v.encode() in data or v.encode("utf-16-le") in data]
    return found


def modes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mode & 0o777 for p in folder.rglob("*")}


def pending(store: LocalStore) -> list[str]:
    return [e.mutation_id for e in store.writer.call(lambda c: outbox.pending(c.outbox))]


def test_customers_pins_and_queued_notes_cannot_be_read_from_the_files(tmp_path):
    device = tmp_path / "device"
    store = LocalStore(device)
    try:
        fill(store)
        assert store.reads.call(lambda c: c.execute(
            "SELECT email FROM customers").fetchone()[0]) == CUSTOMER["email"]
        # while the app runs, the WAL and shared-memory files hold pages too
        assert (device / "cache.sqlite3-wal").exists()
        assert readable(device) == []
        status = asyncio.run(store.status())
        assert status["protection"] == {
            "cache_encrypted": True, "outbox_encrypted": True, "key_in_keychain": True,
            "folder_private": True, "message": None}
    finally:
        store.close()
    assert readable(device) == []
    for name in ("cache.sqlite3", "outbox.sqlite3"):
        assert file_state(device / name) is FileState.ENCRYPTED
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):  # not garbage
            sqlite3.connect(device / name).execute("SELECT * FROM sqlite_master").fetchall()


def test_the_data_folder_and_every_file_in_it_are_private_to_the_user(tmp_path):
    device = tmp_path / "device"
    store = LocalStore(device)
    try:
        fill(store)
        seen = modes(device)
        assert {"cache.sqlite3", "cache.sqlite3-wal", "cache.sqlite3-shm", "outbox.sqlite3",
                ".in-use.lock"} <= set(seen)
        assert all(mode == 0o600 for mode in seen.values()), seen
        assert device.stat().st_mode & 0o777 == 0o700
    finally:
        store.close()


def test_what_an_older_version_left_readable_to_others_is_made_private(tmp_path):
    device = tmp_path / "device"
    LocalStore(device).close()
    moved = move_aside(device / "cache.sqlite3")  # a damaged cache set aside by an older app
    (device / "logs").mkdir()
    (device / "logs" / "associate-app.log").write_text("started\n")
    os.chmod(moved, 0o644)
    os.chmod(device / "logs" / "associate-app.log", 0o644)
    os.chmod(device / "logs", 0o755)
    os.chmod(device, 0o755)
    (device / "README.txt").write_text("not the app's")  # --data-dir may hold other things
    os.chmod(device / "README.txt", 0o644)

    LocalStore(device).close()
    assert device.stat().st_mode & 0o777 == 0o700
    seen = modes(device)
    assert seen.pop("logs") == 0o700 and seen.pop("README.txt") == 0o644
    assert all(mode == 0o600 for mode in seen.values()), seen


def test_the_log_file_is_private_too(tmp_path):
    from associate_app import cli

    path = tmp_path / "device" / "logs" / "associate-app.log"
    import logging

    before = list(logging.getLogger().handlers)
    try:
        cli._log_to_file(path)
        assert path.stat().st_mode & 0o777 == 0o600
        assert path.parent.stat().st_mode & 0o777 == 0o700
    finally:
        for handler in logging.getLogger().handlers:
            if handler not in before:
                logging.getLogger().removeHandler(handler)
                handler.close()


def decrypt_into(source: Path, target: Path) -> None:
    """The same data as an older app version (before encryption) kept it: plain files."""
    key = encryption.folder_key(source, create=False)
    assert key is not None
    target.mkdir()
    for name in ("cache.sqlite3", "outbox.sqlite3"):
        conn = sqlcipher.connect(str(source / name), isolation_level=None)
        conn.execute(f"PRAGMA key = \"x'{key.key.hex()}'\"")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target / name),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute(f"PRAGMA plain.user_version = {version}")
        conn.execute("DETACH DATABASE plain")
        conn.close()
        assert file_state(target / name) is FileState.PLAIN


def test_an_older_device_s_plain_files_are_encrypted_once_and_no_queued_change_is_lost(tmp_path):
    original = tmp_path / "original"
    store = LocalStore(original)
    try:
        queued = [fill(store)] + [store.record_blocking(MutationType.NOTE_ADD, {
            "interaction_id": new_temp_id(), "customer_id": "C0000001", "body": f"note {i}"},
            staff_id="A1001", store_id="S001").mutation_id for i in range(20)]
    finally:
        store.close()
    staging = tmp_path / "staging"
    decrypt_into(original, staging)
    # as an older version left it at a crash: the last write still in the cache's WAL
    plain = sqlite3.connect(staging / "cache.sqlite3", isolation_level=None)
    plain.execute("PRAGMA journal_mode = WAL")
    plain.execute("PRAGMA wal_autocheckpoint = 0")
    plain.execute("INSERT INTO sync_state (key, value) VALUES ('last_sync_at', 'yesterday')")
    upgraded = tmp_path / "upgraded"
    upgraded.mkdir(mode=0o755)
    for name in ("cache.sqlite3", "cache.sqlite3-wal", "outbox.sqlite3"):
        (upgraded / name).write_bytes((staging / name).read_bytes())
        os.chmod(upgraded / name, 0o644)
    plain.close()
    assert readable(upgraded)  # as on an older device: names, emails, the note in clear

    store = LocalStore(upgraded)
    try:
        assert pending(store) == queued  # every queued change, in order, with its own id
        assert store.info.recoveries == ()  # the same outbox: nothing to repair or explain
        assert store.reads.call(lambda c: c.execute(
            "SELECT value FROM sync_state WHERE key = 'last_sync_at'").fetchone()[0]) == \
            "yesterday"
        assert store.reads.call(lambda c: c.execute(
            "SELECT count(*) FROM customers_fts WHERE customers_fts MATCH 'quenn*'"
        ).fetchone()[0]) == 1  # the search index came along
        assert asyncio.run(store.status())["protection"]["message"] is None
    finally:
        store.close()
    assert file_state(upgraded / "cache.sqlite3") is FileState.ENCRYPTED
    assert file_state(upgraded / "outbox.sqlite3") is FileState.ENCRYPTED
    assert readable(upgraded) == []
    assert not list(upgraded.glob(".*encrypting*"))
    assert all(m == 0o600 for n, m in modes(upgraded).items()), modes(upgraded)


def test_an_encryption_cut_short_by_a_crash_is_done_again_from_the_plain_file(tmp_path):
    original = tmp_path / "original"
    store = LocalStore(original)
    try:
        queued = fill(store)
    finally:
        store.close()
    upgraded = tmp_path / "upgraded"
    decrypt_into(original, upgraded)
    half = upgraded / ".outbox.sqlite3.encrypting"
    half.write_bytes(os.urandom(3000))  # what a crash in the middle of the export leaves

    store = LocalStore(upgraded)
    try:
        assert pending(store) == [queued]
    finally:
        store.close()
    assert not half.exists()
    assert file_state(upgraded / "outbox.sqlite3") is FileState.ENCRYPTED


def test_without_a_keychain_queued_changes_survive_a_restart_and_the_status_says_so(tmp_path):
    device = tmp_path / "device"
    store = LocalStore(device, keyring_backend=NoKeychain())
    try:
        queued = fill(store)
        protection = asyncio.run(store.status())["protection"]
        assert protection["cache_encrypted"] and not protection["outbox_encrypted"]
        assert not protection["key_in_keychain"]
        assert "No keychain" in protection["message"]
        assert "downloaded again" in protection["message"]
        assert "kept unencrypted" in protection["message"]
        # the customers are encrypted even so (with this run's key)
        cache_bytes = (device / "cache.sqlite3").read_bytes()
        assert CUSTOMER["email"].encode() not in cache_bytes
        wal = (device / "cache.sqlite3-wal").read_bytes()
        assert CUSTOMER["email"].encode() not in wal
        assert file_state(device / "outbox.sqlite3") is FileState.PLAIN
    finally:
        store.close()
    assert not (device / "cache.sqlite3-wal").exists() or \
        CUSTOMER["email"].encode() not in (device / "cache.sqlite3-wal").read_bytes()

    encryption.forget_keys()  # the app starts again: this run's key is gone
    store = LocalStore(device, keyring_backend=NoKeychain())
    try:
        assert pending(store) == [queued]  # nothing queued is lost
        # the old cache could not be read by anyone: it was made anew (the next sync downloads
        # the store's data), and the queued note's effect shows again at once
        assert store.reads.call(lambda c: c.execute(
            "SELECT count(*) FROM customers").fetchone()[0]) == 0
        assert store.reads.call(lambda c: c.execute(
            "SELECT body FROM interactions").fetchone()[0]) == NOTE
        assert store.info.recoveries == ()  # nothing damaged: this is how it works here
    finally:
        store.close()
    assert not list(device.glob("cache.sqlite3.corrupt-*"))  # no pile of unreadable copies


def test_when_the_keychain_comes_back_the_plain_outbox_is_encrypted(tmp_path):
    device = tmp_path / "device"
    store = LocalStore(device, keyring_backend=NoKeychain())
    try:
        queued = fill(store)
    finally:
        store.close()
    encryption.forget_keys()
    keychain = MemoryKeyring()
    store = LocalStore(device, keyring_backend=keychain)
    try:
        assert pending(store) == [queued]
        assert asyncio.run(store.status())["protection"]["message"] is None
    finally:
        store.close()
    assert file_state(device / "outbox.sqlite3") is FileState.ENCRYPTED
    assert readable(device) == []


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.iterdir() if p.is_file() and p.name != ".in-use.lock"}


def test_an_encrypted_outbox_is_left_untouched_while_its_keychain_cannot_be_reached(tmp_path):
    device = tmp_path / "device"
    keychain = MemoryKeyring()
    store = LocalStore(device, keyring_backend=keychain)
    try:
        queued = fill(store)
    finally:
        store.close()
    before = digest(device)

    encryption.forget_keys()  # started again, in a session without the keychain
    with pytest.raises(DataKeyUnavailable, match="no keychain can be reached"):
        LocalStore(device, keyring_backend=NoKeychain())
    assert digest(device) == before  # nothing moved, deleted or rewritten

    encryption.forget_keys()  # and back where the keychain is: all there
    store = LocalStore(device, keyring_backend=keychain)
    try:
        assert pending(store) == [queued]
        assert store.reads.call(lambda c: c.execute(
            "SELECT email FROM customers").fetchone()[0]) == CUSTOMER["email"]
    finally:
        store.close()


def test_a_folder_whose_key_is_gone_keeps_its_outbox_aside_and_says_why(tmp_path):
    """The keychain lost the entry (reset, another user): the app still starts; the unreadable
    outbox is kept aside, never deleted, and the reason says it is the key."""
    device = tmp_path / "device"
    store = LocalStore(device, keyring_backend=MemoryKeyring())
    try:
        fill(store)
    finally:
        store.close()
    encryption.forget_keys()
    store = LocalStore(device, keyring_backend=MemoryKeyring())  # an empty keychain
    try:
        (recovery,) = store.info.recoveries
        assert recovery.kind == "outbox_salvaged"
        assert "key" in recovery.reason and "keychain" in recovery.reason
        assert (device / recovery.moved_to).exists()
    finally:
        store.close()


def test_the_key_is_random_per_data_folder_and_raw(tmp_path):
    keychain = MemoryKeyring()
    a = encryption.folder_key(tmp_path / "a", backend=keychain)
    b = encryption.folder_key(tmp_path / "b", backend=keychain)
    assert a is not None and b is not None and a.key != b.key and len(a.key) == 32
    assert a.kept and a.new
    stored = {service: value for (service, name), value in keychain._items.items()
              if name == encryption.KEY_NAME}
    assert stored == {f"store-associate:data:{(tmp_path / 'a').resolve()}": a.key.hex(),
                      f"store-associate:data:{(tmp_path / 'b').resolve()}": b.key.hex()}
    encryption.forget_keys()
    again = encryption.folder_key(tmp_path / "a", backend=keychain)
    assert again is not None and again.key == a.key and not again.new


def test_one_opening_for_every_reader_and_it_refuses_without_the_key(tmp_path):
    device = tmp_path / "device"
    store = LocalStore(device, keyring_backend=MemoryKeyring())
    try:
        fill(store)
    finally:
        store.close()
    conn = connect(device / "cache.sqlite3", readonly=True)  # this process holds the key
    assert conn.execute("SELECT first_name FROM customers").fetchone()[0] == "Philippa"
    conn.close()
    encryption.forget_keys()  # another process, whose keychain has no key for the folder
    with pytest.raises(encryption.NoKeyForData, match="cannot be read here"):
        connect(device / "cache.sqlite3", readonly=True)


def test_erasing_the_key_makes_every_copy_unreadable_for_good(tmp_path):
    device = tmp_path / "device"
    keychain = MemoryKeyring()
    store = LocalStore(device, keyring_backend=keychain)
    try:
        fill(store)
    finally:
        store.close()
    encryption.erase_key(device, backend=keychain)
    assert not any(name == encryption.KEY_NAME for _, name in keychain._items)
    assert encryption.folder_key(device, backend=keychain, create=False) is None
    with pytest.raises(encryption.NoKeyForData):  # (here: no key in the tests' keychain)
        connect(device / "cache.sqlite3", readonly=True)


def test_an_older_plain_cache_that_cannot_be_converted_now_is_used_as_it_is_not_set_aside(
        tmp_path, monkeypatch):
    """A busy or full disk stops the one-time conversion: the cache is read in clear for this
    run (and converted at the next start), never taken for damage and set aside readable."""
    from associate_app.cache import database
    from associate_app.cache import local_store as ls

    original = tmp_path / "original"
    store = LocalStore(original)
    try:
        fill(store)
    finally:
        store.close()
    older = tmp_path / "older"
    decrypt_into(original, older)  # the files as an older version left them: in clear

    def busy(path, key):
        raise database.OperationalError(f"{path.name} is busy")

    monkeypatch.setattr(ls, "encrypt_in_place", busy)
    store = LocalStore(older)
    try:
        assert store.info.recoveries == ()
        assert store.reads.call(lambda c: c.execute("SELECT count(*) FROM customers")
                                .fetchone()[0]) > 0
    finally:
        store.close()
    assert not any(".corrupt-" in p.name for p in older.iterdir())
    monkeypatch.undo()
    store = LocalStore(older)  # the next start converts it
    store.close()
    assert encryption.file_state(older / "cache.sqlite3") is encryption.FileState.ENCRYPTED

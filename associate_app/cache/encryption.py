"""Encryption at rest of a device's data folder, and a folder that only its user can read.

A tablet left in a taxi must not hand over the store's customers. The cache
(``cache.sqlite3``: names, emails, phones, the PIN hashes of offline sign-in) and the outbox
(``outbox.sqlite3``: the changes waiting to sync, notes and new customers among them) are
SQLCipher databases (AES-256 pages, each with an HMAC), opened with one random 256-bit key
per data folder. The key is made at the first open, kept in the OS keychain
(:class:`associate_app.keychain.CredentialStore`, scope ``data:<folder>``, name ``data_key``)
and passed as a raw key (``PRAGMA key = "x'…'"``), so no key derivation runs at each open.
Two data folders never share a key; a folder copied to another computer (or another path)
finds no key there and its files cannot be read. Files are ``0600`` and the folder ``0700``.

**Without a keychain** (a headless Linux box without a Secret Service: ``keyring`` finds no
backend), there is nowhere safe to keep a key across restarts, and a key in a file next to
the data would protect nothing — so there is none:

* the **cache** is encrypted with a key that lives in this process's memory only. At the next
  start that cache cannot be read by anyone (the app included): it is deleted and the next
  sync downloads the store's data again. It is a copy of the server's data; this costs a
  download, never a change;
* the **outbox** stays *unencrypted*, protected only by the folder's permissions. Changes
  waiting to sync must never be lost, and an outbox encrypted with a key that dies with the
  process would lose every one of them at a crash, a power cut or a restart while offline.
  The status bar and ``associate-app status --json`` (``protection``) say so in plain words.
  (Its secrets — a pickup code, a manager's PIN — are sealed to the central service anyway,
  see :mod:`store_contract.sealing`.)

When a keychain is there again, a plain outbox (and a plain cache of an older app version) is
encrypted once in place: ``sqlcipher_export`` into a new file beside it, checked, synced to
disk, then swapped in with one atomic rename — a crash at any instant leaves either the old
plain file or the whole encrypted one, never a queued change less.

An outbox that was encrypted while a keychain was there is never opened, moved or replaced
when the keychain is missing or locked (:class:`DataKeyUnavailable`): the person is told to
start the app where the keychain is, and nothing is touched. The marker file
``.outbox-encrypted`` remembers that the outbox is encrypted, so that a plain outbox whose
first bytes are damaged is still salvaged rather than taken for an encrypted one.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import threading
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import keyring.backend

from associate_app.keychain import CredentialStore, KeychainError
from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text

log = logging.getLogger(__name__)

KEY_NAME = "data_key"
KEY_BYTES = 32  # AES-256
PLAIN_HEADER = b"SQLite format 3\x00"
OUTBOX_MARKER = ".outbox-encrypted"

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def key_scope(data_dir: Path) -> str:
    """The keychain scope of a data folder's key: its absolute path."""
    return f"data:{Path(data_dir).resolve()}"


@dataclass(frozen=True)
class FolderKey:
    key: bytes
    kept: bool  # in the OS keychain (survives a restart); False: in this process's memory only
    new: bool  # made now: files encrypted before cannot be read with it


class NoKeyForData(RuntimeError):
    """The files are encrypted, and this computer's keychain holds no key for them."""


class DataKeyUnavailable(KeychainError):
    """The outbox is encrypted with a keychain key, and no keychain can be reached now."""


def no_key_message(folder: Path) -> Text:
    return text(QT_TRANSLATE_NOOP(
        "Messages", "The data in {folder} is encrypted, and this computer's keychain holds no "
        "key for it (it was copied from another device or folder, or the keychain was reset), "
        "so it cannot be read here."), folder=str(folder))


def no_keychain_no_key_message(folder: Path) -> Text:
    return text(QT_TRANSLATE_NOOP(
        "Messages", "The data in {folder} is encrypted, and this computer has no keychain to "
        "hold its key: only the app that is running with it can read it (or the keychain of "
        "the session it came from)."), folder=str(folder))


OUTBOX_LOCKED_AWAY_MESSAGE = text(QT_TRANSLATE_NOOP(
    "Messages", "The changes waiting to sync on this device are encrypted with a key kept in "
    "the password keychain, and no keychain can be reached now. Start the app in the desktop "
    "session where the keychain is (signed in, keychain unlocked). Nothing was changed or "
    "lost."))

_lock = threading.Lock()
#: keys this process already holds, by folder: an open costs no keychain call after the first,
#: and without a keychain this is the only place the run's key lives
_known: dict[Path, FolderKey] = {}


def folder_key(data_dir: Path, *, backend: keyring.backend.KeyringBackend | None = None,
               create: bool = True) -> FolderKey | None:
    """The key of ``data_dir``: from this process's memory, else the keychain; made (and kept
    in the keychain, when there is one) if there is none and ``create``.

    Raises :class:`~associate_app.keychain.KeychainError` (a sentence) when the keychain is
    locked, refuses or does not answer; returns None when there is no key and not ``create``."""
    folder = Path(data_dir).resolve()
    with _lock:
        known = _known.get(folder)
        if known is not None:
            return FolderKey(known.key, known.kept, new=False)
        store = CredentialStore(key_scope(folder), backend=backend)
        text = store.get(KEY_NAME)
        if not store.status.persistent:
            if not create:
                return None
            # no keychain: a key for this run only (the cache is downloaded again next time)
            found = FolderKey(secrets.token_bytes(KEY_BYTES), kept=False, new=True)
        elif text:
            found = FolderKey(_parse(text, folder), kept=True, new=False)
        else:
            if not create:
                return None
            key = secrets.token_bytes(KEY_BYTES)
            store.set(KEY_NAME, key.hex())
            # a keychain that accepts and forgets (keyring's "null" backend) is no keychain
            kept = store.get(KEY_NAME) == key.hex() and store.status.persistent
            if not kept:
                log.warning("the keychain did not keep the data key; it lives in memory only")
            found = FolderKey(key, kept=kept, new=True)
        _known[folder] = found
        return found


def _parse(text: str, folder: Path) -> bytes:
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise KeychainError(text(QT_TRANSLATE_NOOP(
            "Messages", "The key of this device's data in the password keychain is not one the "
            "app made (someone changed it). Restore it, or remove the entry \"{entry}\" so the "
            "app starts over; nothing was changed."), entry=key_scope(folder)))
    return key


def require_key(data_dir: Path, *,
                backend: keyring.backend.KeyringBackend | None = None) -> None:
    """For the commands that look without repairing (``status``, ``customers search``): raise
    :class:`NoKeyForData` when the folder's files are encrypted and no key for them is to be
    had here — rather than starting the folder over with a new key, as the app must."""
    folder = Path(data_dir)
    encrypted = [f for f in (folder / "cache.sqlite3", folder / "outbox.sqlite3")
                 if file_state(f) is FileState.ENCRYPTED]
    if not encrypted or folder_key(folder, backend=backend, create=False) is not None:
        return
    store = CredentialStore(key_scope(folder), backend=backend)
    store.get(KEY_NAME)
    if store.status.persistent:
        raise NoKeyForData(no_key_message(folder))
    # no keychain at all: a cache of an earlier run is unreadable by design (the app opens it
    # anew), and an encrypted outbox is refused when the folder is opened


def _no_key_sentence(folder: Path, backend: keyring.backend.KeyringBackend | None) -> Text:
    store = CredentialStore(key_scope(folder), backend=backend)
    store.get(KEY_NAME)
    if not store.status.persistent:
        return no_keychain_no_key_message(folder)
    return no_key_message(folder)


def erase_key(data_dir: Path, *,
              backend: keyring.backend.KeyringBackend | None = None) -> None:
    """Forget the folder's key, in the keychain and here: whatever is left of its encrypted
    files (a copy, a backup, blocks the disk still holds) can never be read again. For a device
    the store removed (wiped), after its files are deleted."""
    folder = Path(data_dir).resolve()
    with _lock:
        _known.pop(folder, None)
    CredentialStore(key_scope(folder), backend=backend).delete(KEY_NAME)


def forget_keys() -> None:
    """Drop the keys this process holds (tests: as if the process started again)."""
    with _lock:
        _known.clear()


class FileState(StrEnum):
    MISSING = "missing"
    EMPTY = "empty"  # SQLite makes a new database in an empty file
    PLAIN = "plain"  # an SQLite file in clear (an older app version, or no keychain)
    ENCRYPTED = "encrypted"  # not a plain SQLite file: encrypted (or its header is damaged)


def file_state(path: Path) -> FileState:
    try:
        with open(path, "rb") as f:
            head = f.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        return FileState.MISSING
    if not head:
        return FileState.EMPTY
    return FileState.PLAIN if head == PLAIN_HEADER else FileState.ENCRYPTED


def key_for_file(path: Path, *, create: bool = False) -> bytes | None:
    """The key to open ``path`` with: None for a plain file, else its folder's key.

    Raises :class:`NoKeyForData` when the file is encrypted and no key for it is known here."""
    state = file_state(path)
    if state is FileState.PLAIN:
        return None
    found = folder_key(path.parent, create=create and state is not FileState.ENCRYPTED)
    if found is None:
        raise NoKeyForData(_no_key_sentence(path.parent, None))
    return found.key


def outbox_marked_encrypted(data_dir: Path) -> bool:
    return (Path(data_dir) / OUTBOX_MARKER).exists()


def mark_outbox(data_dir: Path, encrypted: bool) -> None:
    marker = Path(data_dir) / OUTBOX_MARKER
    if encrypted and not marker.exists():
        private_file(marker)
    elif not encrypted:
        with contextlib.suppress(FileNotFoundError):
            marker.unlink()


# -- a folder only its user can read -------------------------------------------------------------

def private_folder(path: Path) -> None:
    """Make ``path`` (and missing parents) and allow only its owner in (0700)."""
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    _chmod(path, FOLDER_MODE)


def private_file(path: Path) -> None:
    """Create ``path`` empty if missing; either way only its owner may read it (0600).

    SQLite gives a database's ``-wal``, ``-shm`` and ``-journal`` the database file's mode, so a
    database file made here keeps its side files private too."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE))
    _chmod(path, FILE_MODE)


#: what the app keeps in a data folder (the cache and the outbox with their side files and
#: the copies set aside after damage, the lock, logs, the embedded demo service's folder)
_OURS = ("cache.sqlite3", "outbox.sqlite3", ".cache.sqlite3", ".outbox.sqlite3", ".in-use.lock",
         OUTBOX_MARKER, ".salvage-", "logs", "demo-service")


def tighten(folder: Path) -> None:
    """Make the app's files in ``folder`` private to its owner: files 0600, folders 0700 (what
    an older app version left readable: the cache, files set aside after damage, logs). Only
    the app's own: ``--data-dir`` may name a folder that holds other things too."""
    _chmod(folder, FOLDER_MODE)
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return
    for entry in entries:
        if not entry.name.startswith(_OURS) or entry.is_symlink():
            continue
        if entry.is_dir():
            _chmod(entry, FOLDER_MODE)
            for root, dirs, files in os.walk(entry):
                for name in dirs:
                    _chmod(Path(root) / name, FOLDER_MODE)
                for name in files:
                    _chmod(Path(root) / name, FILE_MODE)
        else:
            _chmod(entry, FILE_MODE)


def _chmod(path: Path, mode: int) -> None:
    try:
        if path.is_symlink():
            return
        if (path.stat().st_mode & 0o777) != mode:
            os.chmod(path, mode)
    except OSError as exc:  # not ours (another user's file in a shared folder), or gone
        log.debug("could not make %s private: %s", path, exc)


# -- what is and is not protected, for the status bar and `status --json` ------------------------

@dataclass(frozen=True)
class Protection:
    cache_encrypted: bool
    outbox_encrypted: bool
    key_in_keychain: bool
    folder_private: bool

    @property
    def message(self) -> str | None:
        """A sentence for the person when something is less protected than it should be."""
        if self.key_in_keychain and self.cache_encrypted and self.outbox_encrypted:
            return None
        if not self.key_in_keychain:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "No keychain on this computer: the store's data is encrypted with a "
                "key that lasts only while the app runs, so it is downloaded again at each "
                "start; changes waiting to sync are kept unencrypted, readable only by this "
                "computer account, so that none is lost."))
        return text(QT_TRANSLATE_NOOP(
            "Messages", "Some of this device's data is not encrypted yet; it will be at the next "
            "start."))

    def as_json(self) -> dict:
        return {"cache_encrypted": self.cache_encrypted,
                "outbox_encrypted": self.outbox_encrypted,
                "key_in_keychain": self.key_in_keychain,
                "folder_private": self.folder_private,
                "message": self.message}


def folder_is_private(folder: Path) -> bool:
    try:
        return (Path(folder).stat().st_mode & 0o077) == 0
    except OSError:
        return False

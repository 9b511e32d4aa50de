"""Device credentials, staff tokens and the data folder's key in the OS keychain, via ``keyring``.

Secrets never go to a file of ours. When the machine has no keychain (a headless Linux box
without a Secret Service: ``keyring`` raises ``NoKeyringError``, or picks its ``fail``
backend), the store keeps them in memory for this session only and says so once; the next
start asks staff to sign in again (and downloads the store's data again: see
:mod:`associate_app.cache.encryption`).

A keychain that is there but will not serve — locked (``KeyringLocked``), refusing
(``PasswordSetError``, ``InitError``, a D-Bus error of the Secret Service) or not answering —
is a different case: nothing falls back, and the caller gets a :class:`KeychainError` whose
text is a sentence for a person (what happened, what to do). Never a traceback. A keychain
that hangs must not freeze the window or a command either, so every call has a time limit
(:data:`KEYRING_TIMEOUT_S`); the async methods also run off the event loop's thread.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import keyring
import keyring.backend
import keyring.errors

from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text

log = logging.getLogger(__name__)

T = TypeVar("T")

SERVICE_PREFIX = "store-associate"
KEYRING_TIMEOUT_S = 5.0

NO_KEYCHAIN_MESSAGE = text(QT_TRANSLATE_NOOP(
    "Messages", "No keychain on this computer: sign-in details and the key of the store's data "
    "are kept in memory only, so staff sign in again and the store's data is downloaded again "
    "at the next start; changes waiting to sync are kept unencrypted, readable only by this "
    "computer account, so that none is lost."))


class KeychainError(RuntimeError):
    """The keychain is there but cannot be used now; ``str()`` is a sentence for a person."""


class KeychainLocked(KeychainError):
    pass


class KeychainRefused(KeychainError):
    pass


class KeychainTimeout(KeychainError):
    pass


LOCKED_MESSAGE = text(QT_TRANSLATE_NOOP(
    "Messages", "The password keychain of this computer is locked, so the app cannot read this "
    "device's sign-in details or the key of its data. Unlock the keychain (sign in to the "
    "desktop, or open the keyring manager and unlock the \"Login\" keyring), then try again. "
    "Nothing was changed or lost."))


def refused_message(detail: str) -> Text:
    """The keychain refused (``detail``: its own words, as the backend gave them)."""
    return text(QT_TRANSLATE_NOOP(
        "Messages", "The password keychain of this computer refused the app ({detail}). Check "
        "that the keychain (Secret Service) is running and unlocked, then try again. Nothing "
        "was changed or lost."), detail=detail)


def timeout_message(seconds: float) -> Text:
    return text(QT_TRANSLATE_NOOP(
        "Messages", "The password keychain did not answer in the time allowed ({seconds} s). "
        "Unlock it, or restart the app. Nothing was changed or lost."), seconds=round(seconds))


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend that lives in memory; tests select it, nothing else writes to disk."""

    # Below the "fail" backend (0): keyring must never pick this by itself, or a machine
    # without a keychain would look like one that has it. Tests select it explicitly
    # (PYTHON_KEYRING_BACKEND) or pass it in.
    priority = -1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._items: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self._items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            if self._items.pop((service, username), None) is None:
                raise keyring.errors.PasswordDeleteError(f"{service}/{username} is not stored")


@dataclass(frozen=True)
class KeychainStatus:
    persistent: bool
    message: str | None  # a sentence for a person when secrets are not kept across restarts


def _is_fail_backend(backend: keyring.backend.KeyringBackend) -> bool:
    """keyring's own "no keychain here" backend (it raises NoKeyringError on use, too)."""
    return type(backend).__module__ == "keyring.backends.fail"


class CredentialStore:
    """Secrets of one scope (a server + store pair, or a data folder) in the keychain."""

    def __init__(self, scope: str, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._service = f"{SERVICE_PREFIX}:{scope}"
        self._backend = backend
        self._memory = MemoryKeyring()
        self._fallback = False
        self._warned = False

    @property
    def status(self) -> KeychainStatus:
        if self._fallback:
            return KeychainStatus(persistent=False, message=NO_KEYCHAIN_MESSAGE)
        return KeychainStatus(persistent=True, message=None)

    def _keyring(self) -> keyring.backend.KeyringBackend:
        if self._fallback:
            return self._memory
        backend = self._backend or keyring.get_keyring()
        if _is_fail_backend(backend):
            raise keyring.errors.NoKeyringError("keyring chose its fail backend")
        return backend

    def _fall_back(self, exc: Exception) -> None:
        if not self._warned:
            log.warning("No OS keychain (%s); keeping secrets in memory for this session", exc)
            self._warned = True
        self._fallback = True

    def _call(self, fn: Callable[[keyring.backend.KeyringBackend], T]) -> T:
        """``fn(backend)`` within the time limit; keychain failures become sentences."""
        try:
            return call_with_timeout(lambda: fn(self._keyring()))
        except keyring.errors.NoKeyringError as exc:
            self._fall_back(exc)
            return fn(self._memory)
        except KeychainError:
            raise
        except keyring.errors.KeyringLocked as exc:
            log.warning("the keychain is locked: %s", exc)
            raise KeychainLocked(LOCKED_MESSAGE) from exc
        except keyring.errors.PasswordDeleteError:
            raise
        except Exception as exc:
            # InitError, PasswordSetError, and whatever a backend's own library raises (D-Bus
            # errors of secretstorage/jeepney, a macOS or Windows API error): the keychain is
            # a boundary, and nothing behind it may end the app with a traceback.
            log.warning("the keychain refused: %r", exc)
            raise KeychainRefused(refused_message(_detail(exc))) from exc

    def get(self, name: str) -> str | None:
        return self._call(lambda k: k.get_password(self._service, name))

    def set(self, name: str, value: str) -> None:
        self._call(lambda k: k.set_password(self._service, name, value))

    def delete(self, name: str) -> None:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self._call(lambda k: k.delete_password(self._service, name))

    async def aget(self, name: str) -> str | None:
        return await _off_thread(self.get, name)

    async def aset(self, name: str, value: str) -> None:
        await _off_thread(self.set, name, value)

    async def adelete(self, name: str) -> None:
        await _off_thread(self.delete, name)


def _detail(exc: BaseException) -> str:
    text = str(exc).strip().rstrip(".") or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "…"


def call_with_timeout(fn: Callable[[], T], timeout: float | None = None) -> T:
    """``fn()`` on a helper thread, waiting at most ``timeout`` seconds (KEYRING_TIMEOUT_S).

    A keychain that never answers (a Secret Service stuck behind a prompt) leaves that helper
    thread waiting, not the caller: it is a daemon thread and ends with the process."""
    limit = KEYRING_TIMEOUT_S if timeout is None else timeout
    future: concurrent.futures.Future[T] = concurrent.futures.Future()

    def run() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(fn())
        except BaseException as exc:
            future.set_exception(exc)

    threading.Thread(target=run, name="keychain-call", daemon=True).start()
    try:
        return future.result(timeout=limit)
    except concurrent.futures.TimeoutError as exc:
        raise KeychainTimeout(timeout_message(limit)) from exc


async def _off_thread(fn, *args):
    try:
        return await asyncio.wait_for(asyncio.to_thread(fn, *args), KEYRING_TIMEOUT_S + 1)
    except TimeoutError as exc:
        raise KeychainTimeout(timeout_message(KEYRING_TIMEOUT_S)) from exc

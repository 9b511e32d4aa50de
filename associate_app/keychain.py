"""Device credentials and staff tokens in the OS keychain, via ``keyring``.

Secrets never go to a file of ours. When the machine has no keychain (a headless Linux box
without a Secret Service: ``keyring`` raises ``NoKeyringError``), the store keeps them in memory
for this session only and says so once; the next start asks staff to sign in again. A keychain
that hangs (a Secret Service that never answers) must not freeze the window, so the async
methods run keyring in a worker thread with a timeout.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from dataclasses import dataclass

import keyring
import keyring.backend
import keyring.errors

log = logging.getLogger(__name__)

SERVICE_PREFIX = "store-associate"
KEYRING_TIMEOUT_S = 5.0

NO_KEYCHAIN_MESSAGE = (
    "No keychain on this computer: sign-in details are kept in memory only, so staff will be "
    "asked to sign in again next time the app starts."
)


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


class CredentialStore:
    """Secrets of one server + store pair (``scope``), e.g. the device secret and the token."""

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
        return self._backend or keyring.get_keyring()

    def _fall_back(self, exc: Exception) -> None:
        if not self._warned:
            log.warning("No OS keychain (%s); keeping credentials in memory for this session", exc)
            self._warned = True
        self._fallback = True

    def get(self, name: str) -> str | None:
        try:
            return self._keyring().get_password(self._service, name)
        except keyring.errors.NoKeyringError as exc:
            self._fall_back(exc)
            return self._memory.get_password(self._service, name)

    def set(self, name: str, value: str) -> None:
        try:
            self._keyring().set_password(self._service, name, value)
        except keyring.errors.NoKeyringError as exc:
            self._fall_back(exc)
            self._memory.set_password(self._service, name, value)

    def delete(self, name: str) -> None:
        try:
            self._keyring().delete_password(self._service, name)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.NoKeyringError as exc:
            self._fall_back(exc)
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                self._memory.delete_password(self._service, name)

    async def aget(self, name: str) -> str | None:
        return await _off_thread(self.get, name)

    async def aset(self, name: str, value: str) -> None:
        await _off_thread(self.set, name, value)

    async def adelete(self, name: str) -> None:
        await _off_thread(self.delete, name)


class KeychainTimeout(RuntimeError):
    pass


async def _off_thread(fn, *args):
    try:
        return await asyncio.wait_for(asyncio.to_thread(fn, *args), KEYRING_TIMEOUT_S)
    except TimeoutError as exc:
        raise KeychainTimeout(
            "The password keychain did not answer within "
            f"{KEYRING_TIMEOUT_S:.0f} seconds. Unlock it, or restart the app."
        ) from exc

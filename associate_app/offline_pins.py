"""Checking a staff PIN on this device when the central service cannot be reached.

The service never sends PIN hashes to devices (a copied cache would give every colleague's
4-digit PIN away to minutes of guessing). Instead, each time someone signs in *online* on this
device, the device keeps a verifier of its own: ``HMAC-SHA256(device key, scrypt(PIN, salt))``,
where the device key is a random secret held by the OS keychain, never in a file. With the
cache alone (a stolen disk, a copied folder) nothing can be checked or guessed; with the
keychain too, each guess costs a slow hash. So only people who have signed in online on this
device can be checked offline, and only while its keychain holds the key.

Every offline check counts towards the same lockout as the service's (``domain/pin_lockout``),
counted before the check on the device's one writer thread, so no burst gets past it.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from associate_app.cache import offline_verifiers
from associate_app.cache.local_store import LocalStore
from associate_app.cache.outbox import transaction
from associate_app.keychain import CredentialStore
from store_contract import wire
from store_contract.domain import pin_lockout
from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text

KEY_NAME = "pin_verifier_key"
#: as costly as the service's own PIN hash (central_api.hashing.PIN_COST)
COST = {"n": 2**14, "r": 8, "p": 1}



def not_known_here(who: str) -> Text:
    return text(QT_TRANSLATE_NOOP(
        "Messages", "{who} has not signed in on this device while it was online, so their PIN "
        "can only be checked when the network is back."), who=who)


WRONG = text(QT_TRANSLATE_NOOP("Messages", "That staff id and PIN do not match."))


class OfflineRefused(Exception):
    def __init__(self, reason: str, *, locked: bool = False, not_known: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.locked = locked
        self.not_known = not_known  # no verifier of this person here: nothing was checked


@dataclass(frozen=True)
class OfflinePerson:
    staff: wire.StaffOut


def _digest(key: bytes, pin: str, salt: str) -> str:
    """The verifier of ``pin``: slow on purpose (~50–100 ms), so never on the GUI thread."""
    slow = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), maxmem=64 * 1024 * 1024,
                          dklen=32, **COST)
    return hmac.new(key, slow, hashlib.sha256).hexdigest()


class OfflinePins:
    def __init__(self, store: LocalStore, credentials: CredentialStore) -> None:
        self.store = store
        self.credentials = credentials

    async def _key(self, *, create: bool) -> tuple[str, bytes] | None:
        text = await self.credentials.aget(KEY_NAME)
        if not text and create:
            text = f"{secrets.token_hex(4)}:{secrets.token_hex(32)}"
            await self.credentials.aset(KEY_NAME, text)
        if not text:
            return None
        key_id, _, hexkey = text.partition(":")
        return key_id, bytes.fromhex(hexkey)

    async def remember(self, staff: wire.StaffOut, pin: str) -> None:
        """After an online sign-in with ``pin``: keep a verifier for offline checks."""
        key = await self._key(create=True)
        assert key is not None
        key_id, secret = key
        salt = secrets.token_hex(16)
        digest = await asyncio.to_thread(_digest, secret, pin, salt)
        verifier = offline_verifiers.Verifier(
            staff.staff_id, staff.store_id, staff.name, str(staff.role), salt, digest, key_id)
        now = datetime.now(UTC).isoformat()

        def job(c) -> None:
            with transaction(c.cache):
                offline_verifiers.save(c.cache, verifier, now)
                offline_verifiers.give_back(c.cache, staff.staff_id)
        await self.store.run(job)

    async def check(self, staff_id: str, pin: str, *,
                    now: datetime | None = None) -> tuple[wire.StaffOut, wire.StoreOut]:
        """The person and their store, if ``pin`` is theirs by this device's verifier (and they
        work at the store whose data this device holds); else OfflineRefused."""
        now = now or datetime.now(UTC)
        key = await self._key(create=False)
        if key is None:
            raise OfflineRefused(not_known_here(staff_id), not_known=True)

        def take(c) -> tuple[offline_verifiers.Verifier, wire.StoreOut] | None:
            with transaction(c.cache):
                found = offline_verifiers.get(c.cache, staff_id)
                store = offline_verifiers.store_of(c.cache)
                if (found is None or store is None or found.store_id != store["store_id"]
                        or found.key_id != key[0]):
                    return None  # nothing to check against: no count either
                if not offline_verifiers.take_attempt(c.cache, staff_id, now):
                    raise OfflineRefused(pin_lockout.locked_sentence(staff_id), locked=True)
                return found, wire.StoreOut.model_validate(store)

        taken = await self.store.run(take)
        if taken is None:
            raise OfflineRefused(not_known_here(staff_id), not_known=True)
        found, store = taken
        digest = await asyncio.to_thread(_digest, key[1], pin, found.salt)
        if not hmac.compare_digest(digest, found.verifier):
            raise OfflineRefused(WRONG)

        def give_back(c) -> None:
            with transaction(c.cache):
                offline_verifiers.give_back(c.cache, staff_id)
        await self.store.run(give_back)
        return wire.StaffOut(staff_id=found.staff_id, name=found.name,
                             role=wire.Role(found.role), store_id=found.store_id), store

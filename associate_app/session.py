"""Who is using this device: enrolment to a store, staff sign-in, and the token that results.

Device credentials and the session token live in the keychain (:mod:`associate_app.keychain`).
No Qt here: the GUI's dialogs and the headless commands both drive this.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from pydantic import ValidationError

from associate_app.api import errors
from associate_app.api.client import CentralClient
from associate_app.keychain import CredentialStore
from associate_app.offline_pins import KEY_NAME as OFFLINE_KEY
from associate_app.offline_pins import OfflinePins, OfflineRefused
from store_contract import wire
from store_contract.domain.mutation_types import check_pin_format
from store_contract.domain.text import QT_TRANSLATE_NOOP, text

DEVICE_ID = "device_id"
DEVICE_SECRET = "device_secret"
SESSION = "session"


#: a session this close to its end is swapped for a fresh one while it is in use
REFRESH_BEFORE = timedelta(hours=2)
#: how long a session signed in offline (no token) lasts before the PIN is asked again
OFFLINE_SESSION = timedelta(hours=12)


@dataclass(frozen=True)
class Session:
    server_url: str
    store: wire.StoreOut
    staff: wire.StaffOut
    access_token: str
    expires_at: datetime
    #: signed in while the service could not be reached, by this device's own PIN verifier:
    #: changes are made and queued, but nothing syncs until someone signs in online
    offline: bool = False

    @property
    def expired(self) -> bool:
        return datetime.now(UTC) >= self.expires_at

    def to_json(self) -> str:
        return json.dumps({
            "server_url": self.server_url,
            "store": self.store.model_dump(mode="json"),
            "staff": self.staff.model_dump(mode="json"),
            "access_token": self.access_token,
            "expires_at": self.expires_at.isoformat(),
        })

    @classmethod
    def from_json(cls, kept: str) -> Session:
        data = json.loads(kept)
        expires = datetime.fromisoformat(data["expires_at"])
        if expires.tzinfo is None:
            expires = expires.replace(tzinfo=UTC)
        return cls(
            server_url=data["server_url"],
            store=wire.StoreOut.model_validate(data["store"]),
            staff=wire.StaffOut.model_validate(data["staff"]),
            access_token=data["access_token"],
            expires_at=expires,
        )


class NotEnrolled(errors.ApiError):
    """This device has no credentials for the server yet: show the enrolment dialog."""


class SessionService:
    def __init__(self, client: CentralClient, credentials: CredentialStore,
                 offline_pins: OfflinePins | None = None) -> None:
        self.client = client
        self.credentials = credentials
        #: checks PINs when the service cannot be reached (set once the local store is open)
        self.offline_pins = offline_pins
        self.current: Session | None = None
        #: the window is locked: whoever is signed in is away, so their session is not renewed
        #: (a tablet left locked lets it run out; see gui/session_lock.py)
        self.locked = False
        #: tokens of sessions that ended while the service could not be reached: revoked at the
        #: next contact of this run (after a restart they simply expire; no copy is kept)
        self._unrevoked: list[str] = []
        #: who is current, the token the client sends and the session the keychain keeps change
        #: together under this lock: a sign-in, a refresh and a switch that overlap never leave
        #: them disagreeing (nor the keychain holding someone who left)
        self._switching = asyncio.Lock()

    async def _become(self, session: Session | None) -> None:
        """Under ``_switching``: ``session`` is the current one, its token the client's, and
        the keychain keeps it (an offline session, or nobody, is not kept)."""
        if session is not None and not session.offline:
            await self.credentials.aset(SESSION, session.to_json())
        else:
            await self.credentials.adelete(SESSION)
        self.current = session
        self.client.token = session.access_token if session and session.access_token else None

    async def is_enrolled(self) -> bool:
        return bool(await self.credentials.aget(DEVICE_ID)
                    and await self.credentials.aget(DEVICE_SECRET))

    async def enrol(
        self, enrolment_code: str, device_name: str, *, expected_store_id: str | None = None
    ) -> wire.StoreOut:
        """Enrol this device with a store's code; keeps the device secret in the keychain.

        With ``expected_store_id`` (``--store``), a code of another store is refused and
        nothing is stored."""
        code = enrolment_code.strip()
        if not code:
            raise errors.InvalidRequest(text(QT_TRANSLATE_NOOP(
                "Messages", "Enter the enrolment code your manager gave you.")))
        enrolled = await self.client.enrol(code, device_name.strip() or "counter tablet")
        if expected_store_id and enrolled.store.store_id != expected_store_id:
            raise errors.InvalidRequest(text(QT_TRANSLATE_NOOP(
                "Messages", "That code belongs to store {store} ({name}), but this app is set "
                "up for store {expected}. Check the code."),
                store=enrolled.store.store_id, name=enrolled.store.name,
                expected=expected_store_id))
        await self.credentials.aset(DEVICE_ID, enrolled.device_id)
        await self.credentials.aset(DEVICE_SECRET, enrolled.device_secret)
        return enrolled.store

    async def sign_in(self, staff_id: str, pin: str) -> Session:
        """Sign in with the central service; when it cannot be reached, against this device's
        own verifier of the person's PIN (only people who signed in online here before)."""
        staff_id, pin = staff_id.strip().upper(), pin.strip()
        if not staff_id:
            raise errors.InvalidRequest(text(QT_TRANSLATE_NOOP("Messages", "Enter your staff id.")))
        problem = check_pin_format(pin)
        if problem:
            raise errors.InvalidRequest(problem)
        device_id = await self.credentials.aget(DEVICE_ID)
        device_secret = await self.credentials.aget(DEVICE_SECRET)
        if not device_id or not device_secret:
            raise NotEnrolled(text(QT_TRANSLATE_NOOP(
                "Messages", "This device is not enrolled with a store yet.")))
        try:
            out = await self.client.sign_in(device_id, device_secret, staff_id, pin)
        except errors.Unreachable as exc:
            return await self._sign_in_offline(staff_id, pin, exc)
        session = Session(
            server_url=self.client.base_url, store=out.store, staff=out.staff,
            access_token=out.access_token, expires_at=out.expires_at,
        )
        if self.offline_pins is not None:
            await self.offline_pins.remember(out.staff, pin)
        async with self._switching:
            await self._become(session)
        await self.revoke_pending()
        return session

    async def _sign_in_offline(self, staff_id: str, pin: str,
                               why: errors.Unreachable) -> Session:
        if self.offline_pins is None:
            raise why
        try:
            staff, store = await self.offline_pins.check(staff_id, pin)
        except OfflineRefused as exc:
            raise errors.Unauthorized(text(QT_TRANSLATE_NOOP(
                "Messages", "{reason} (The central service cannot be reached: {why})"),
                reason=exc.reason, why=why.message)) from None
        session = Session(server_url=self.client.base_url, store=store, staff=staff,
                          access_token="", expires_at=datetime.now(UTC) + OFFLINE_SESSION,
                          offline=True)
        # an offline session is never kept, and the one kept (whoever signed in online last)
        # is not this person's: it goes, so the next start asks for a PIN rather than resuming
        # as someone who has left the counter
        async with self._switching:
            await self._become(session)
        return session

    async def refresh_if_due(self) -> Session | None:
        """Swap the session's token for a fresh one when it nears its end (a counter in use
        all day is never signed out mid-sale; one left alone — or locked — still expires)."""
        await self.revoke_pending()
        session = self.current
        if self.locked or session is None or session.offline or session.expired:
            return session
        if session.expires_at - datetime.now(UTC) > REFRESH_BEFORE:
            return session
        out = await self.client.refresh()
        async with self._switching:
            if self.current is session:
                await self._become(replace(session, access_token=out.access_token,
                                           expires_at=out.expires_at))
                return self.current
            # someone else signed in (or out) while the refresh was on its way: theirs stands
            # (the client had taken the fresh token: it sends the current one again)
            await self._become(self.current)
        await self.revoke(out.access_token)  # the person who left keeps no fresh session
        return self.current

    async def revoke(self, token: str) -> None:
        """End a token that is no longer the current one (the person before a switch, a
        session left locked too long); when the service cannot be reached, at its next contact
        in this run (after a restart it runs out by itself: no copy of it is kept)."""
        if not token:
            return
        try:
            await self.client.revoke_token(token)
        except errors.Unreachable:
            if token not in self._unrevoked:
                self._unrevoked.append(token)
        except errors.ApiError:
            pass  # refused: it has ended already (expired, revoked, or the device removed)

    async def revoke_pending(self) -> None:
        """Revoke the tokens whose revoke failed offline, now that the service may answer."""
        for token in list(self._unrevoked):
            try:
                await self.client.revoke_token(token)
            except errors.Unreachable:
                return  # still offline: the next contact tries again
            except errors.ApiError:
                pass
            if token in self._unrevoked:  # (a revoke running beside this one took it too)
                self._unrevoked.remove(token)

    async def end_locked(self) -> Session | None:
        """The window stayed locked too long: end the session of whoever is away (revoked,
        and gone from the keychain so no restart resumes it). Returns the session ended."""
        async with self._switching:
            session = self.current
            if session is None:
                return None
            await self._become(None)
        await self.revoke(session.access_token)
        return session

    async def forget_device(self) -> None:
        """This device was removed from the store: forget everything the keychain holds."""
        async with self._switching:
            self.current = None
            self.client.token = None
        self._unrevoked.clear()  # the service ended every session of the device already
        for name in (SESSION, DEVICE_ID, DEVICE_SECRET, OFFLINE_KEY):
            await self.credentials.adelete(name)

    async def resume(self) -> Session | None:
        """The session kept from an earlier start, if it is still valid for this server."""
        kept = await self.credentials.aget(SESSION)
        if not kept:
            return None
        try:
            session = Session.from_json(kept)
        except (ValueError, KeyError, ValidationError):
            await self.credentials.adelete(SESSION)
            return None
        if session.expired or session.server_url != self.client.base_url:
            await self.credentials.adelete(SESSION)
            return None
        self.client.token = session.access_token
        self.current = session
        return session

    async def sign_out(self) -> None:
        """Forget the token here first (so it is gone even offline), then revoke it centrally
        (offline: at the next contact of this run, else it runs out by itself)."""
        async with self._switching:
            token = self.client.token
            await self._become(None)
        await self.revoke(token or "")

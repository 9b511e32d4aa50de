"""Who is using this device: enrolment to a store, staff sign-in, and the token that results.

Device credentials and the session token live in the keychain (:mod:`associate_app.keychain`).
No Qt here: the GUI's dialogs and the headless commands both drive this.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from pydantic import ValidationError

from associate_app import wire
from associate_app.api import errors
from associate_app.api.client import CentralClient
from associate_app.domain.mutation_types import check_pin_format
from associate_app.keychain import CredentialStore
from associate_app.offline_pins import KEY_NAME as OFFLINE_KEY
from associate_app.offline_pins import OfflinePins, OfflineRefused

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
    def from_json(cls, text: str) -> Session:
        data = json.loads(text)
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
            raise errors.InvalidRequest("Enter the enrolment code your manager gave you.")
        enrolled = await self.client.enrol(code, device_name.strip() or "counter tablet")
        if expected_store_id and enrolled.store.store_id != expected_store_id:
            raise errors.InvalidRequest(
                f"That code belongs to store {enrolled.store.store_id} ({enrolled.store.name}), "
                f"but this app is set up for store {expected_store_id}. Check the code."
            )
        await self.credentials.aset(DEVICE_ID, enrolled.device_id)
        await self.credentials.aset(DEVICE_SECRET, enrolled.device_secret)
        return enrolled.store

    async def sign_in(self, staff_id: str, pin: str) -> Session:
        """Sign in with the central service; when it cannot be reached, against this device's
        own verifier of the person's PIN (only people who signed in online here before)."""
        staff_id, pin = staff_id.strip().upper(), pin.strip()
        if not staff_id:
            raise errors.InvalidRequest("Enter your staff id.")
        problem = check_pin_format(pin)
        if problem:
            raise errors.InvalidRequest(problem)
        device_id = await self.credentials.aget(DEVICE_ID)
        device_secret = await self.credentials.aget(DEVICE_SECRET)
        if not device_id or not device_secret:
            raise NotEnrolled("This device is not enrolled with a store yet.")
        try:
            out = await self.client.sign_in(device_id, device_secret, staff_id, pin)
        except errors.Unreachable as exc:
            return await self._sign_in_offline(staff_id, pin, exc)
        session = Session(
            server_url=self.client.base_url, store=out.store, staff=out.staff,
            access_token=out.access_token, expires_at=out.expires_at,
        )
        await self.credentials.aset(SESSION, session.to_json())
        if self.offline_pins is not None:
            await self.offline_pins.remember(out.staff, pin)
        self.current = session
        return session

    async def _sign_in_offline(self, staff_id: str, pin: str,
                               why: errors.Unreachable) -> Session:
        if self.offline_pins is None:
            raise why
        try:
            staff, store = await self.offline_pins.check(staff_id, pin)
        except OfflineRefused as exc:
            raise errors.Unauthorized(f"{exc.reason} (The central service cannot be reached: "
                                      f"{why})") from None
        session = Session(server_url=self.client.base_url, store=store, staff=staff,
                          access_token="", expires_at=datetime.now(UTC) + OFFLINE_SESSION,
                          offline=True)
        self.client.token = None
        self.current = session
        return session

    async def refresh_if_due(self) -> Session | None:
        """Swap the session's token for a fresh one when it nears its end (a counter in use
        all day is never signed out mid-sale; one left alone still expires)."""
        session = self.current
        if session is None or session.offline or session.expired:
            return session
        if session.expires_at - datetime.now(UTC) > REFRESH_BEFORE:
            return session
        out = await self.client.refresh()
        session = replace(session, access_token=out.access_token, expires_at=out.expires_at)
        await self.credentials.aset(SESSION, session.to_json())
        self.current = session
        return session

    async def forget_device(self) -> None:
        """This device was removed from the store: forget everything the keychain holds."""
        self.current = None
        self.client.token = None
        for name in (SESSION, DEVICE_ID, DEVICE_SECRET, OFFLINE_KEY):
            await self.credentials.adelete(name)

    async def resume(self) -> Session | None:
        """The session kept from an earlier start, if it is still valid for this server."""
        text = await self.credentials.aget(SESSION)
        if not text:
            return None
        try:
            session = Session.from_json(text)
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
        """Forget the token here first (so it is gone even offline), then revoke it centrally."""
        self.current = None
        await self.credentials.adelete(SESSION)
        try:
            if self.client.token:
                await self.client.sign_out()
        except errors.ApiError:
            pass  # the token expires on its own; nothing here depends on the revoke
        finally:
            self.client.token = None

"""The composition root: the app's engine parts wired together for one run (the GUI uses it).

It owns the lifecycle (demo service, HTTP client, local store, connectivity, sync engine) so
nothing is left running, and it is the one place a screen records a change through. Screens'
services never import it: they are given it as a ``screen_service.ScreenContext``, which names
only what they may use.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import replace

import httpx
import keyring.backend

from associate_app.api import errors
from associate_app.api.client import CentralClient
from associate_app.cache import encryption
from associate_app.cache.local_store import LocalStore, Recorded
from associate_app.config import AppConfig
from associate_app.demo_service import DemoService
from associate_app.device_wipe import wipe_data_folder
from associate_app.keychain import CredentialStore
from associate_app.offline_pins import OfflinePins
from associate_app.session import Session, SessionService
from associate_app.sync.connectivity import Connectivity
from associate_app.sync.engine import SyncEngine
from store_contract import wire
from store_contract.domain import permissions
from store_contract.domain.errors import InvalidInput
from store_contract.payloads import Payload

log = logging.getLogger(__name__)


class PermissionRefused(InvalidInput):
    """The signed-in person's role may not make this change (nothing was written)."""

    def __init__(self, message: str) -> None:
        super().__init__("permission", message)


class AppServices:
    def __init__(
        self,
        config: AppConfig,
        *,
        keyring_backend: keyring.backend.KeyringBackend | None = None,
        demo_customers: int | None = None,
        sync_interval_s: float = 30.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.config = config
        self.keyring_backend = keyring_backend
        self.sync_interval_s = sync_interval_s
        self.transport = transport  # tests put a fault-injecting network here
        self.demo: DemoService | None = None
        if config.demo:
            kwargs = {} if demo_customers is None else {"customers": demo_customers}
            self.demo = DemoService(config.data_dir / "demo-service", **kwargs)
        self.client: CentralClient | None = None
        self.sessions: SessionService | None = None
        self.connectivity: Connectivity | None = None
        self.store: LocalStore | None = None
        self.sync: SyncEngine | None = None
        self.credentials = CredentialStore(config.credential_scope, backend=keyring_backend)
        #: called with the number of changes waiting to sync whenever it may have changed
        self.on_pending: list[Callable[[int], None]] = []

    async def open_store(self) -> LocalStore:
        """Open the local cache and outbox (off the GUI thread: it may migrate or recover)."""
        if self.store is None:
            # the data folder's key lives in the same keychain as the device's credentials
            self.store = await asyncio.to_thread(LocalStore, self.config.data_dir,
                                                 keyring_backend=self.keyring_backend)
        return self.store

    async def start(self) -> None:
        """Start the demo service if this is the demo, and connect the client."""
        await self.open_store()
        if self.demo is not None:
            url = await asyncio.to_thread(self.demo.start)
            self.config = replace(self.config, server_url=url)
        assert self.config.server_url
        self.client = CentralClient(self.config.server_url, transport=self.transport)
        assert self.store is not None
        self.sessions = SessionService(self.client, self.credentials,
                                       OfflinePins(self.store, self.credentials))
        self.connectivity = Connectivity(self.client)

    def start_sync(self, session: Session) -> SyncEngine:
        """Begin syncing this store's data (idempotent)."""
        assert self.client is not None and self.store is not None
        if self.sync is None:
            self.sync = SyncEngine(self.client, self.store, session.store.store_id,
                                   connectivity=self.connectivity,
                                   interval_s=self.sync_interval_s)
            self.sync.on_finished.append(lambda summary: self._pending_changed(summary.pending))
            if self.sessions is not None:
                sessions = self.sessions
                self.sync.before_sync.append(sessions.refresh_if_due)
                self.sync.may_push = lambda: sessions.current is not None and permissions.can(
                    sessions.current.staff.role, permissions.Permission.PUSH_CHANGES)
            self.sync.start()
        return self.sync

    async def wipe(self) -> None:
        """The store removed this device (lost or stolen): stop, erase the device's data and
        keychain entries, and open an empty store, ready to be enrolled again."""
        await self.stop_sync()
        if self.sessions is not None:
            await self.sessions.forget_device()
        store, self.store = self.store, None
        if store is not None:
            await asyncio.to_thread(store.close)
        await asyncio.to_thread(wipe_data_folder, self.config.data_dir)
        # and the folder's key: whatever copy of its encrypted files is left cannot be read
        await asyncio.to_thread(encryption.erase_key, self.config.data_dir,
                                backend=self.keyring_backend)
        store = await self.open_store()
        if self.sessions is not None:
            self.sessions.offline_pins = OfflinePins(store, self.credentials)

    async def sync_now(self) -> None:
        """Sync once now, if syncing has started (else nothing)."""
        if self.sync is not None:
            await self.sync.sync_once()

    async def stop_sync(self) -> None:
        if self.sync is not None:
            await self.sync.stop()
            self.sync = None

    @property
    def store_id(self) -> str | None:
        """This device's store: the signed-in session's, else the configured one."""
        session = self.sessions.current if self.sessions else None
        return session.store.store_id if session else self.config.store_id

    async def record(self, change: Payload) -> Recorded:
        """Record a change staff made (built with its model, ``store_contract.payloads``):
        local effect now, to the server at the next sync. Its secrets (a pickup code, a PIN)
        travel sealed to the service, never in clear.

        Raises ``domain.errors.InvalidInput`` (nothing written) when the input is wrong."""
        assert self.store is not None
        type_, payload, secrets = change.TYPE, change.wire(), change.secrets() or None
        session = self.sessions.current if self.sessions else None
        if session is not None:
            # the service checks the same table; refusing here keeps it out of the outbox
            approved = "manager_pin" in (secrets or {}) and payload.get("manager_id")
            lacking = permissions.missing(session.staff.role, type_, payload)
            if session.staff.role == permissions.Role.SUPPORT or (lacking and not approved):
                raise PermissionRefused(permissions.refusal(session.staff.role, lacking))
        recorded = await self.store.record(
            type_, payload,
            staff_id=session.staff.staff_id if session else None,
            store_id=self.store_id, secrets=secrets,
        )
        self._pending_changed(await self.store.pending_count())
        if self.sync is not None:
            self.sync.request_sync()
        return recorded

    def _pending_changed(self, count: int) -> None:
        for listener in list(self.on_pending):
            listener(count)

    async def demo_sign_in(self) -> Session:
        """Enrol (if needed) and sign in as the seeded demo associate. (A session kept from an
        earlier start is the caller's to resume: the window resumes it locked.)"""
        assert self.sessions is not None
        if not await self.sessions.is_enrolled():
            await self.sessions.enrol(wire.DemoCredentials.ENROLMENT_CODE, "demo counter tablet")
        try:
            return await self.sessions.sign_in(
                wire.DemoCredentials.ASSOCIATE_ID, wire.DemoCredentials.ASSOCIATE_PIN
            )
        except errors.DeviceRevoked:
            raise  # removed by a manager: erased, not quietly enrolled again
        except errors.Unauthorized:
            # A fresh demo database forgets old devices: enrol again once.
            await self.sessions.enrol(wire.DemoCredentials.ENROLMENT_CODE, "demo counter tablet")
            return await self.sessions.sign_in(
                wire.DemoCredentials.ASSOCIATE_ID, wire.DemoCredentials.ASSOCIATE_PIN
            )

    async def aclose(self) -> None:
        """Stop everything this run started; each step runs even if an earlier one failed, so
        no thread, file or child process outlives the app."""
        steps = [self.stop_sync]
        if self.connectivity is not None:
            steps.append(self.connectivity.stop)
        if self.client is not None:
            steps.append(self.client.aclose)
        store, self.store = self.store, None
        if store is not None:
            steps.append(lambda: asyncio.to_thread(store.close))
        if self.demo is not None:
            steps.append(lambda: asyncio.to_thread(self.demo.stop))
        for step in steps:
            try:
                await step()
            except Exception:
                log.exception("closing %s failed", step)


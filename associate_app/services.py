"""The app's engine parts wired together for one run: the GUI and the headless commands use this.

It owns the lifecycle (demo service, HTTP client, connectivity) so nothing is left running.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace

import keyring.backend

from associate_app import wire
from associate_app.api import errors
from associate_app.api.client import CentralClient
from associate_app.config import AppConfig
from associate_app.demo_service import DemoService
from associate_app.keychain import CredentialStore
from associate_app.session import Session, SessionService
from associate_app.sync.connectivity import Connectivity

log = logging.getLogger(__name__)


class AppServices:
    def __init__(
        self,
        config: AppConfig,
        *,
        keyring_backend: keyring.backend.KeyringBackend | None = None,
        demo_customers: int | None = None,
    ) -> None:
        self.config = config
        self.keyring_backend = keyring_backend
        self.demo: DemoService | None = None
        if config.demo:
            kwargs = {} if demo_customers is None else {"customers": demo_customers}
            self.demo = DemoService(config.data_dir / "demo-service", **kwargs)
        self.client: CentralClient | None = None
        self.sessions: SessionService | None = None
        self.connectivity: Connectivity | None = None
        self.credentials = CredentialStore(config.credential_scope, backend=keyring_backend)

    async def start(self) -> None:
        """Start the demo service if this is the demo, and connect the client."""
        if self.demo is not None:
            url = await asyncio.to_thread(self.demo.start)
            self.config = replace(self.config, server_url=url)
        assert self.config.server_url
        self.client = CentralClient(self.config.server_url)
        self.sessions = SessionService(self.client, self.credentials)
        self.connectivity = Connectivity(self.client)

    async def demo_sign_in(self) -> Session:
        """Enrol (if needed) and sign in as the seeded demo associate."""
        assert self.sessions is not None
        resumed = await self.sessions.resume()
        if resumed is not None:
            return resumed
        if not await self.sessions.is_enrolled():
            await self.sessions.enrol(wire.DemoCredentials.ENROLMENT_CODE, "demo counter tablet")
        try:
            return await self.sessions.sign_in(
                wire.DemoCredentials.ASSOCIATE_ID, wire.DemoCredentials.ASSOCIATE_PIN
            )
        except errors.Unauthorized:
            # A fresh demo database forgets old devices: enrol again once.
            await self.sessions.enrol(wire.DemoCredentials.ENROLMENT_CODE, "demo counter tablet")
            return await self.sessions.sign_in(
                wire.DemoCredentials.ASSOCIATE_ID, wire.DemoCredentials.ASSOCIATE_PIN
            )

    async def aclose(self) -> None:
        if self.connectivity is not None:
            await self.connectivity.stop()
        if self.client is not None:
            await self.client.aclose()
        if self.demo is not None:
            await asyncio.to_thread(self.demo.stop)

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from associate_app import wire
from associate_app.api.client import CentralClient
from associate_app.config import AppConfig
from associate_app.gui.app import AppController
from associate_app.gui.main_window import MainWindow
from associate_app.keychain import CredentialStore, MemoryKeyring
from associate_app.services import AppServices
from associate_app.session import SessionService
from tests.conftest import wait_until
from tests.support.central import running_central_service
from tests.support.faults import FaultyTransport


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real, seeded central service on loopback for this module's window tests."""
    db = tmp_path_factory.mktemp("central-gui") / "central.sqlite3"
    with running_central_service(db, customers=200, stores=3) as url:
        yield url


@pytest.fixture
def central_with_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, object]]:
    """A service of the test's own (tests change its data): (URL, database path)."""
    db = tmp_path_factory.mktemp("central-own") / "central.sqlite3"
    with running_central_service(db, customers=200, stores=3) as url:
        yield url, db


@pytest.fixture
def counter(qtbot, qloop, central_with_db, tmp_path):
    """The app signed in at store S001 (device enrolled earlier), first sync done."""
    url, db = central_with_db
    keychain = MemoryKeyring()
    config = AppConfig(demo=False, data_dir=tmp_path / "device", server_url=url,
                       store_id="S001")

    async def enrol_earlier():
        client = CentralClient(url)
        sessions = SessionService(client, CredentialStore(config.credential_scope, keychain))
        await sessions.enrol(wire.DemoCredentials.ENROLMENT_CODE, "counter")
        await sessions.sign_in("A1001", "1234")
        await client.aclose()

    qloop.run_until_complete(enrol_earlier())
    network = FaultyTransport()
    services = AppServices(config, keyring_backend=keychain, sync_interval_s=3600,
                           transport=network)
    window = MainWindow()
    window.resize(1280, 800)
    qtbot.addWidget(window)
    controller = AppController(services, window)
    run = asyncio.ensure_future(controller.run())
    qloop.run_until_complete(wait_until(lambda: controller.first_sync.is_set(), 60,
                                        "first sync"))
    assert services.sync.last.ok, services.sync.last.error
    yield controller, network, db
    window.close()
    qloop.run_until_complete(run)



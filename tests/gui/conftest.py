from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator

import pytest

from associate_app.api.client import CentralClient
from associate_app.config import AppConfig
from associate_app.gui.app import AppController
from associate_app.gui.main_window import MainWindow
from associate_app.keychain import CredentialStore, MemoryKeyring
from associate_app.services import AppServices
from associate_app.session import SessionService
from store_contract import wire
from tests.conftest import wait_until
from tests.support.central import new_central_db, running_central_service
from tests.support.faults import FaultyTransport


@pytest.fixture(scope="session", autouse=True)
def screenshots_language(qapp) -> Iterator[None]:
    """``STORE_ASSOCIATE_SHOTS_LANG=fr`` with ``STORE_ASSOCIATE_SHOTS=DIR``: the screens the GUI
    tests photograph, in that language (their English assertions may then fail)."""
    lang = os.environ.get("STORE_ASSOCIATE_SHOTS_LANG")
    if not lang:
        yield
        return
    from associate_app.gui import translations

    translations.install_translations(qapp, lang)
    yield
    for translator in translations._installed:
        qapp.removeTranslator(translator)
    translations._installed.clear()


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real, seeded central service on loopback for this module's window tests."""
    db = new_central_db(tmp_path_factory.mktemp("central-gui"))
    with running_central_service(db, customers=200, stores=3) as url:
        yield url


@pytest.fixture
def central_with_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, object]]:
    """A service of the test's own (tests change its data): (URL, database path)."""
    db = new_central_db(tmp_path_factory.mktemp("central-own"))
    with running_central_service(db, customers=200, stores=3) as url:
        yield url, db


@pytest.fixture
def counter(request, qtbot, qloop, central_with_db, tmp_path):
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
    controller = AppController(services, window, idle_lock_s=None)  # tests lock on purpose
    # A scanner's keys come a few ms apart. Simulated bursts on a busy 2-core CI box may not, so
    # the scanner filter reads a clock that steps 5 ms per key: bursts stay bursts, always.
    controller.scanner.clock = SteppingClock(0.005)
    run = asyncio.ensure_future(controller.run())
    qloop.run_until_complete(wait_until(lambda: controller.first_sync.is_set(), 60,
                                        "first sync"))
    assert services.sync.last.ok, services.sync.last.error

    def stop_app() -> None:
        if not run.done():
            window.close()
            qloop.run_until_complete(run)

    request.node.stop_app = stop_app
    yield controller, network, db
    stop_app()




@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """Stop a running app inside its event loop before pytest-qt processes Qt events at
    teardown: processed outside the loop, the app's pending asyncio callbacks would run with no
    running loop (pytest-qt has no qasync support, pytest-qt#448)."""
    stop = getattr(item, "stop_app", None)
    if stop is not None:
        stop()
    return (yield)


class SteppingClock:
    """A monotonic clock that advances ``step`` seconds each time it is read."""

    def __init__(self, step: float) -> None:
        self.now = 1000.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now

"""The window always starts, and tells the person what happened to damaged data (issue 10)."""

from __future__ import annotations

import asyncio
import random
from collections import Counter

import sqlalchemy as sa
from PySide6.QtWidgets import QMessageBox

from associate_app.api.client import CentralClient
from associate_app.cache.local_store import LocalStore
from associate_app.config import AppConfig
from associate_app.gui.app import AppController
from associate_app.gui.main_window import MainWindow
from associate_app.keychain import CredentialStore, MemoryKeyring
from associate_app.services import AppServices
from associate_app.session import SessionService
from central_api import storage
from store_contract import wire
from store_contract.domain.mutation_types import MutationType, new_temp_id
from tests.conftest import wait_until


def start_app(qtbot, qloop, url: str, device, keychain: MemoryKeyring):
    config = AppConfig(demo=False, data_dir=device, server_url=url, store_id="S001")
    services = AppServices(config, keyring_backend=keychain, sync_interval_s=3600)
    window = MainWindow()
    window.resize(1280, 800)
    qtbot.addWidget(window)
    controller = AppController(services, window, idle_lock_s=None)  # tests lock on purpose
    run = asyncio.ensure_future(controller.run())
    return controller, run


def enrolled_keychain(qloop, url: str, device) -> MemoryKeyring:
    keychain = MemoryKeyring()
    scope = AppConfig(demo=False, data_dir=device, server_url=url,
                      store_id="S001").credential_scope

    async def enrol():
        client = CentralClient(url)
        sessions = SessionService(client, CredentialStore(scope, keychain))
        await sessions.enrol(wire.DemoCredentials.ENROLMENT_CODE, "counter")
        await sessions.sign_in("A1001", "1234")
        await client.aclose()

    qloop.run_until_complete(enrol())
    return keychain


def message(window, name: str) -> QMessageBox | None:
    return next((b for b in window.findChildren(QMessageBox)
                 if b.objectName() == name and b.isVisible()), None)


def stop(controller, run, qloop) -> None:
    if not run.done():
        controller.window.close()
        qloop.run_until_complete(run)


def test_a_damaged_outbox_is_salvaged_at_start_explained_on_screen_and_synced_once(
        qtbot, qloop, central_with_db, tmp_path):
    url, db = central_with_db
    device = tmp_path / "device"
    keychain = enrolled_keychain(qloop, url, device)
    bodies = [f"gui salvage {i}" for i in range(15)]
    store = LocalStore(device)
    for body in bodies:
        store.record_blocking(MutationType.NOTE_ADD, {
            "interaction_id": new_temp_id(), "customer_id": "C0000001", "body": body},
            staff_id="A1001", store_id="S001")
    store.close()
    box = device / "outbox.sqlite3"
    with open(box, "r+b") as f:  # a bad sector in the middle of the file
        f.seek(box.stat().st_size // 2)
        f.write(random.Random(5).randbytes(4096))

    controller, run = start_app(qtbot, qloop, url, device, keychain)

    async def story():  # all in the loop: the app's requests never run outside it
        await wait_until(lambda: message(controller.window, "recoveryMessage"), 30,
                         "the recovery message")
        box = message(controller.window, "recoveryMessage")
        assert "damaged" in box.text() and "kept as outbox.sqlite3.damaged-" in box.text()
        notice = controller.window.status.notice
        assert notice.isVisible() and "damaged" in notice.toolTip()
        controller.window.grab().save(str(tmp_path / "recovery-window.png"))
        box.grab().save(str(tmp_path / "recovery.png"))
        await wait_until(lambda: controller.first_sync.is_set(), 60, "first sync")
        assert controller.services.sync.last.ok and controller.services.sync.last.pending == 0

    try:
        qloop.run_until_complete(story())
    finally:
        stop(controller, run, qloop)
    engine = storage.create_engine(db)
    with engine.connect() as conn:
        on_server = Counter(conn.execute(sa.text(
            "SELECT body FROM interactions WHERE body LIKE 'gui salvage %'")).scalars())
    engine.dispose()
    assert on_server == Counter({b: 1 for b in bodies})


def test_the_window_says_why_when_another_app_has_the_data_open(qtbot, qloop, central_with_db,
                                                                 tmp_path):
    url, _ = central_with_db
    device = tmp_path / "device"
    keychain = enrolled_keychain(qloop, url, device)
    other = LocalStore(device)  # another copy of the app, already running
    try:
        controller, run = start_app(qtbot, qloop, url, device, keychain)

        async def story():
            await wait_until(lambda: message(controller.window, "startProblemMessage"), 30,
                             "the message")
            box = message(controller.window, "startProblemMessage")
            assert "already running" in box.text()
            assert controller.window.isVisible() and controller.exit_code == 1

        try:
            qloop.run_until_complete(story())
        finally:
            stop(controller, run, qloop)
    finally:
        other.close()

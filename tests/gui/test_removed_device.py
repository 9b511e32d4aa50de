"""A lost or stolen tablet (issue 11): once a manager removes it, the first thing it asks of the
central service — a sign-in after a restart, an unlock at the counter, a manager's Security
screen, a sync — has it erase its data and keychain entries and return to enrolment. Files of
the person's own in the data folder are left alone."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from associate_app.cache.encryption import KEY_NAME as DATA_KEY
from associate_app.cache.encryption import key_scope
from associate_app.gui.enrolment_dialog import EnrolmentDialog
from associate_app.gui.sign_in_dialog import SignInDialog
from associate_app.keychain import CredentialStore, MemoryKeyring
from store_contract import wire
from store_contract.domain.mutation_types import MutationType, new_temp_id
from tests.conftest import wait_until
from tests.gui.test_shared_tablet import start, stop, unlock

FOREIGN = {"holiday.jpg": b"\xff\xd8 not the app's", "logs-2023.txt": b"mine",
           "printshop": None}  # None: a folder


def remove_device(url: str, device_id: str) -> None:
    """A manager removes the tablet, from another device of the store (the Security screen's
    route)."""
    enrolled = httpx.post(f"{url}/v1/devices/enrol", json={
        "enrolment_code": wire.DemoCredentials.ENROLMENT_CODE, "device_name": "office pc"},
        timeout=60).json()
    signed = httpx.post(f"{url}/v1/sessions", json={
        "device_id": enrolled["device_id"], "device_secret": enrolled["device_secret"],
        "staff_id": "M1001", "pin": wire.DemoCredentials.MANAGER_PIN}, timeout=60).json()
    r = httpx.post(f"{url}/v1/stores/S001/devices/{device_id}/revoke", timeout=60,
                   headers={"Authorization": f"Bearer {signed['access_token']}"})
    assert r.status_code == 200, r.text


def put_foreign_files(folder) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in FOREIGN.items():
        if data is None:
            (folder / name).mkdir()
            (folder / name / "poster.pdf").write_bytes(b"%PDF")
        else:
            (folder / name).write_bytes(data)


def visible(window, kind):
    return next((d for d in window.findChildren(kind) if d.isVisible()), None)


async def erased_and_back_to_enrolment(controller, keychain: MemoryKeyring, before: dict):
    """What every trigger must end in: told, erased, covered, asking for the store's code."""
    window, services = controller.window, controller.services
    await wait_until(lambda: visible(window, EnrolmentDialog) is not None, 60,
                     "the enrolment dialog")
    told = window.findChild(QMessageBox, "deviceRemovedMessage")
    assert told is not None and "erased" in told.text()
    # the keychain: no device, no session, no PIN verifier key; the data key is a new one
    credentials = services.credentials
    for name in ("device_id", "device_secret", "session", "pin_verifier_key"):
        assert await credentials.aget(name) is None, name
    data_key = CredentialStore(key_scope(services.config.data_dir), keychain).get(DATA_KEY)
    assert data_key != before["data_key"]
    # the store's data and the queued changes are gone; the person's own files are not
    store = services.store
    assert await store.pending_count() == 0
    assert (await store.status())["rows"].get("customer", 0) == 0
    folder = services.config.data_dir
    for name, data in FOREIGN.items():
        path = folder / name
        assert (path / "poster.pdf").exists() if data is None else path.read_bytes() == data
    assert not (folder / "prints").exists() or not any((folder / "prints").iterdir())
    # nothing of the store shows while it waits to be enrolled again
    assert controller.lock.locked and not window.ui.pageStack.isEnabled()


async def taken_before(controller, keychain) -> dict:
    services = controller.services
    return {"data_key": CredentialStore(key_scope(services.config.data_dir),
                                        keychain).get(DATA_KEY),
            "device_id": await services.credentials.aget("device_id")}


async def queue_a_note(controller) -> None:
    """A change waits in the queue (put there without asking for a sync: the test says which
    contact with the service comes next)."""
    store = controller.services.store
    await store.record(MutationType.NOTE_ADD, {
        "interaction_id": new_temp_id(), "customer_id": "C0000001", "body": "stolen"},
        staff_id="A1001", store_id="S001")
    assert await store.pending_count() == 1
    assert not controller.services.sync.running


def play(qtbot, controller, run, qloop, story) -> None:
    """Run ``story`` against the app, then end it as :func:`finish` does."""
    try:
        qloop.run_until_complete(story())
    except BaseException:
        stop(controller, run, qloop)
        raise
    finish(qtbot, controller, run, qloop)


def finish(qtbot, controller, run, qloop) -> None:
    """Nobody enrols it again: cancelling the enrolment ends the app."""
    async def cancel():
        dialog = visible(controller.window, EnrolmentDialog)
        dialog.reject()
        await asyncio.wait_for(asyncio.shield(run), 30)

    try:
        qloop.run_until_complete(cancel())
    finally:
        stop(controller, run, qloop)


@pytest.mark.parametrize("heard_at", ["unlock", "security screen", "sync"])
def test_a_removed_tablet_erases_its_data_when_it_next_asks_the_service(
        qtbot, qloop, central_with_db, tmp_path, heard_at):
    url, _ = central_with_db
    keychain = MemoryKeyring()
    put_foreign_files(tmp_path / "tablet")
    controller, _, run = start(qtbot, qloop, url, tmp_path, idle_s=None, keychain=keychain,
                               staff=("M1001", wire.DemoCredentials.MANAGER_PIN))
    window = controller.window
    before: dict = {}

    async def story():
        await wait_until(lambda: controller.first_sync.is_set(), 60, "first sync")
        assert (await controller.services.store.status())["rows"]["customer"] > 0
        await queue_a_note(controller)
        before.update(await taken_before(controller, keychain))
        remove_device(url, before["device_id"])
        if heard_at == "unlock":  # at the counter: the manager scans their badge, types the PIN
            controller.lock.badge("M1001")
            unlock(qtbot, controller, wire.DemoCredentials.MANAGER_PIN)
        elif heard_at == "security screen":
            window.show_page("security")
        else:
            controller.sync_now()
        await erased_and_back_to_enrolment(controller, keychain, before)

    play(qtbot, controller, run, qloop, story)


def test_a_removed_tablet_started_after_its_session_ran_out_is_erased_at_the_sign_in(
        qtbot, qloop, central_with_db, tmp_path):
    """The usual theft: the app is started again later; its session has run out, so no sync
    runs — only a sign-in is tried, and that is enough."""
    url, _ = central_with_db
    keychain = MemoryKeyring()
    put_foreign_files(tmp_path / "tablet")
    # the tablet worked for a while: synced, and a note waits in its queue
    controller, _, run = start(qtbot, qloop, url, tmp_path, idle_s=None, keychain=keychain)
    before: dict = {}

    async def worked():
        await wait_until(lambda: controller.first_sync.is_set(), 60, "first sync")
        await queue_a_note(controller)
        before.update(await taken_before(controller, keychain))

    try:
        qloop.run_until_complete(worked())
    finally:
        stop(controller, run, qloop)
    remove_device(url, before["device_id"])
    # its session runs out while it is away from the store
    scope = controller.services.config.credential_scope
    CredentialStore(scope, keychain).delete("session")

    controller, _, run = start(qtbot, qloop, url, tmp_path, idle_s=180, keychain=keychain,
                               enrol=False)
    window = controller.window

    async def thief():
        await wait_until(lambda: visible(window, SignInDialog) is not None, 60,
                         "the sign-in dialog")
        dialog = visible(window, SignInDialog)
        dialog.ui.staffIdEdit.setText("A1001")
        dialog.ui.pinEdit.setText("1234")
        qtbot.mouseClick(dialog.ui.signInButton, Qt.MouseButton.LeftButton)
        await erased_and_back_to_enrolment(controller, keychain, before)

    play(qtbot, controller, run, qloop, thief)

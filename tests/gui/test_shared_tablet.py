"""A shared counter tablet (issue 11): it locks when left alone and hides the customer on show;
a staff badge switches who is signed in; each role is offered what it may do; offline, only
people who signed in here before can unlock, against the same lockout."""

from __future__ import annotations

import asyncio
import os
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import httpx
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from associate_app import offline_pins
from associate_app import session as session_module
from associate_app.api.client import CentralClient
from associate_app.config import AppConfig
from associate_app.gui import session_lock
from associate_app.gui.app import AppController, load_theme
from associate_app.gui.main_window import MainWindow
from associate_app.keychain import CredentialStore, MemoryKeyring
from associate_app.services import AppServices
from associate_app.session import Session, SessionService
from central_api import storage
from store_contract import wire
from store_contract.domain.errors import InvalidInput
from tests.conftest import wait_until
from tests.gui.conftest import SteppingClock
from tests.support.faults import FaultyTransport
from tests.support.wedge import scan

SHOTS = os.environ.get("STORE_ASSOCIATE_SHOTS")  # a folder to keep the screenshots in


def start(qtbot, qloop, url: str, tmp_path, *, idle_s: float | None, staff=("A1001", "1234"),
          network: FaultyTransport | None = None, keychain: MemoryKeyring | None = None,
          enrol: bool = True):
    """The app of a tablet enrolled earlier, where ``staff`` signed in (and so a session is kept
    in its keychain, which the app resumes: locked, if the idle lock is on)."""
    keychain = keychain or MemoryKeyring()
    config = AppConfig(demo=False, data_dir=tmp_path / "tablet", server_url=url,
                       store_id="S001")

    async def enrol_earlier():
        client = CentralClient(url)
        sessions = SessionService(client, CredentialStore(config.credential_scope, keychain))
        await sessions.enrol(wire.DemoCredentials.ENROLMENT_CODE, "counter")
        await sessions.sign_in(*staff)
        await client.aclose()

    if enrol:
        qloop.run_until_complete(enrol_earlier())
    network = network or FaultyTransport()
    services = AppServices(config, keyring_backend=keychain, sync_interval_s=3600,
                           transport=network)
    if SHOTS:  # pictures as people see them: with the app's theme
        load_theme(QApplication.instance())
    window = MainWindow()
    window.resize(1280, 800)
    qtbot.addWidget(window)
    controller = AppController(services, window, idle_lock_s=idle_s)
    controller.scanner.clock = SteppingClock(0.005)
    controller.camera_devices = list  # no cameras, whatever the machine running the tests has
    run = asyncio.ensure_future(controller.run())
    return controller, network, run


async def sign_in_here_online(qtbot, controller) -> None:
    """A1001 types their PIN at this tablet once while it is online (as every morning)."""
    controller.lock.badge("A1001")
    unlock(qtbot, controller, "1234")
    await wait_until(lambda: not controller.lock.locked, 30, "unlocked online")


def stop(controller, run, qloop) -> None:
    if not run.done():
        controller.window.close()
        qloop.run_until_complete(run)


def play(qloop, controller, run, story) -> None:
    """Run ``story`` after the first sync, in the loop; always stop the app."""
    async def after_first_sync():
        await wait_until(lambda: controller.first_sync.is_set(), 60, "first sync")
        await story()

    try:
        qloop.run_until_complete(after_first_sync())
    finally:
        stop(controller, run, qloop)


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, name))


def unlock(qtbot, controller, pin: str) -> None:
    screen = controller.lock.screen
    screen.pin.setText(pin)
    qtbot.mouseClick(screen.unlock, Qt.MouseButton.LeftButton)


def test_left_alone_the_tablet_locks_hides_the_customer_and_refuses_scans(
        qtbot, qloop, central_with_db, tmp_path):
    url, _ = central_with_db
    controller, _, run = start(qtbot, qloop, url, tmp_path, idle_s=1.5)
    window = controller.window

    async def story():
        # the app was started again: it resumed A1001's session behind the lock
        assert controller.lock.locked
        await sign_in_here_online(qtbot, controller)
        page = controller.customers
        await page.open_customer("C0000001")
        assert page.view.isVisible()
        await wait_until(lambda: controller.lock.locked, 10, "the idle lock")
        screen = controller.lock.screen
        assert screen.geometry() == window.centralWidget().rect()  # covers every screen
        assert "A1001" in screen.explain.text()
        shot(window, "lock-screen.png")
        # a card scanned at a locked counter opens nothing
        card = page.view.customer.card_number
        scan(qtbot, window, card)
        assert "Unlock first" in window.status.flash_label.text()
        # a wrong PIN is refused; the right one unlocks the same session, back where it was
        screen.staff_id.setText("A1001")
        unlock(qtbot, controller, "0000")
        await wait_until(lambda: "do not match" in screen.message.text(), 30, "refusal")
        assert controller.lock.locked
        unlock(qtbot, controller, "1234")
        await wait_until(lambda: not controller.lock.locked, 30, "unlocked")
        assert controller.services.sessions.current.staff.staff_id == "A1001"
        assert page.current_id == "C0000001"

    play(qloop, controller, run, story)


def test_a_manager_s_badge_switches_the_session_and_shows_what_only_managers_may_use(
        qtbot, qloop, central_with_db, tmp_path):
    url, db = central_with_db
    controller, _, run = start(qtbot, qloop, url, tmp_path, idle_s=None)
    window = controller.window

    async def story():
        # an associate: no Security screen, and Ctrl+6 does nothing
        assert not window.ui.securityNav.isVisible()
        assert not window.security_action.isEnabled()
        shot(window, "associate-nav.png")
        # the manager scans their badge at the counter
        scan(qtbot, window, "STAFF-M1001")
        await wait_until(lambda: controller.lock.locked, 10, "the switch screen")
        screen = controller.lock.screen
        assert screen.staff_id.text() == "M1001" and "Badge M1001" in screen.message.text()
        shot(window, "badge-switch.png")
        unlock(qtbot, controller, wire.DemoCredentials.MANAGER_PIN)
        await wait_until(lambda: controller.services.sessions.current.staff.staff_id == "M1001",
                         30, "the manager's session")
        await wait_until(lambda: window.ui.securityNav.isVisible(), 10, "Security shown")
        assert "M1001" in window.ui.staffTitle.text()
        # the manager hands an order over without its code: it is in the store's audit
        service = controller.pickups.service
        order = await service.load((await service.page("ready", 0))[0].order_id)
        await service.override(order, "M1001", wire.DemoCredentials.MANAGER_PIN,
                               "Customer lost the code; photo ID and order email checked")
        await wait_until(lambda: controller.services.sync is not None, 10, "sync restarted")
        assert (await controller.services.sync.sync_once()).ok
        window.show_page("security")
        page = controller.security
        await wait_until(lambda: page.devices_model.rowCount() >= 1, 30, "devices listed")
        await wait_until(lambda: page.audit_model.rowCount() >= 1, 30, "the audit listed")
        assert "photo ID" in page.audit_model.item(0, 3).text()
        assert any(page.devices_model.item(r, 3).text() == "this device"
                   for r in range(page.devices_model.rowCount()))
        shot(window, "security.png")

    play(qloop, controller, run, story)


def test_a_support_session_is_offered_nothing_that_changes_the_store(
        qtbot, qloop, central_with_db, tmp_path):
    url, _ = central_with_db
    controller, _, run = start(qtbot, qloop, url, tmp_path, idle_s=None,
                               staff=(wire.DemoCredentials.SUPPORT_ID,
                                      wire.DemoCredentials.SUPPORT_PIN))
    window = controller.window

    async def story():
        page = controller.customers
        assert not page.ui.enrolCustomerButton.isVisible()
        await page.open_customer("C0000001")
        view = page.view
        for button in (view.add_note, view.add_wish, view.earn, view.redeem, view.consent):
            assert not button.isVisible(), button.objectName()
        shot(window, "support-360.png")
        # even asked directly, nothing is queued
        try:
            await page.customers.add_note("C0000001", "support tried")
        except Exception as exc:  # noqa: BLE001 - the refusal's type is the point below
            assert "look but not change" in str(exc)
        else:
            raise AssertionError("a support session queued a change")
        assert await controller.services.store.pending_count() == 0

    play(qloop, controller, run, story)


def test_offline_only_people_who_signed_in_here_before_unlock_and_wrong_pins_lock(
        qtbot, qloop, central_with_db, tmp_path):
    url, _ = central_with_db
    controller, network, run = start(qtbot, qloop, url, tmp_path, idle_s=None)

    async def story():
        await sign_in_here_online(qtbot, controller)
        network.offline = True
        screen = controller.lock.screen
        # a colleague who never signed in on this tablet cannot be checked offline
        controller.lock.badge("A2001")
        unlock(qtbot, controller, "1234")
        await wait_until(lambda: "has not signed in on this device" in screen.message.text(),
                         30, "refusal")
        # the associate who did: checked by the tablet's own verifier
        screen.staff_id.setText("A1001")
        for n in range(5):
            screen.message.clear()
            unlock(qtbot, controller, "0000")
            await wait_until(lambda: "do not match" in screen.message.text() and not screen.busy,
                             30, f"wrong PIN {n} refused")
        unlock(qtbot, controller, "1234")
        await wait_until(lambda: "Too many wrong PINs" in screen.message.text(), 30,
                         "locked out")
        assert controller.lock.locked

    play(qloop, controller, run, story)


def test_offline_the_associate_signs_in_with_the_tablet_s_own_check(qtbot, qloop,
                                                                     central_with_db, tmp_path):
    url, _ = central_with_db
    controller, network, run = start(qtbot, qloop, url, tmp_path, idle_s=None)

    async def story():
        await sign_in_here_online(qtbot, controller)
        network.offline = True
        controller.lock.badge("A1001")
        unlock(qtbot, controller, "1234")
        await wait_until(lambda: not controller.lock.locked, 30, "unlocked offline")
        session = controller.services.sessions.current
        assert session.offline and session.staff.staff_id == "A1001"
        # (the switch to an offline session finishes once the sync has stopped)
        await wait_until(lambda: "without the network" in
                         controller.window.status.notice.toolTip(), 10, "the offline notice")

    play(qloop, controller, run, story)


def test_an_associate_hands_over_without_a_code_with_a_manager_s_pin_checked_here_and_there(
        qtbot, qloop, central_with_db, tmp_path):
    url, db = central_with_db
    controller, _, run = start(qtbot, qloop, url, tmp_path, idle_s=None)

    async def switch_to(staff_id: str, pin: str) -> None:
        controller.lock.badge(staff_id)
        unlock(qtbot, controller, pin)
        await wait_until(lambda: controller.services.sessions.current.staff.staff_id == staff_id
                         and not controller.lock.locked, 30, f"signed in as {staff_id}")

    async def story():
        service = controller.pickups.service
        order_id = (await service.page("ready", 0))[0].order_id
        controller.override_order = order_id
        order = await service.load(order_id)
        # the manager has never signed in on this tablet: their PIN cannot be checked here
        try:
            await service.override(order, "M1001", "9999", "Code lost; photo ID checked")
        except InvalidInput as exc:
            assert "has not signed in on this device" in str(exc)
        else:
            raise AssertionError("an unchecked manager PIN was accepted")
        await switch_to("M1001", "9999")  # the manager signs in here once (badge + PIN)
        await switch_to("A1001", "1234")  # and the associate takes the counter back
        try:
            await service.override(order, "M1001", "1111", "Code lost; photo ID checked")
        except InvalidInput as exc:
            assert "do not match" in str(exc)
        else:
            raise AssertionError("a wrong manager PIN was accepted")
        await service.override(order, "M1001", "9999", "Code lost; photo ID checked")
        summary = await controller.services.sync.sync_once()
        assert summary.ok and summary.rejected == 0, summary

    play(qloop, controller, run, story)
    engine = storage.create_engine(db)
    with engine.connect() as conn:
        status = conn.execute(sa.text("SELECT status FROM orders WHERE order_id = :o"),
                              {"o": controller.override_order}).scalar_one()
        audit = conn.execute(sa.text("SELECT staff_id, approved_by FROM audit_log WHERE "
                                     "action = 'order.override'")).all()
    engine.dispose()
    assert status == "collected"
    assert [tuple(a) for a in audit] == [("A1001", "M1001")]


# -- a restart, a long lock, a switch offline, the keyboard behind the lock ----------------------


def token_works(url: str, token: str) -> bool:
    """Whether the central service still takes ``token`` (a session not ended)."""
    return httpx.get(f"{url}/v1/me", headers={"Authorization": f"Bearer {token}"},
                     timeout=30).status_code == 200


def test_started_again_the_tablet_is_locked_on_the_kept_session_which_ends_if_left_locked(
        qtbot, qloop, central_with_db, tmp_path, monkeypatch):
    url, _ = central_with_db
    # every session is near its end: a refresh would happen at each sync, were it allowed
    monkeypatch.setattr(session_module, "REFRESH_BEFORE", timedelta(hours=13))
    monkeypatch.setattr(session_lock, "CHECK_EVERY_S", 0.1)  # the clock is looked at often
    controller, network, run = start(qtbot, qloop, url, tmp_path, idle_s=600)
    window = controller.window

    async def story():
        sessions = controller.services.sessions
        # A1001 signed in before the restart: the session is back, but behind the lock
        assert controller.lock.locked
        screen = controller.lock.screen
        assert screen.staff_id.text() == "A1001" and screen.pin.text() == ""
        assert not window.ui.pageStack.isEnabled()
        kept = sessions.current
        assert kept.staff.staff_id == "A1001" and token_works(url, kept.access_token)
        # the sync runs (the queue goes out) but renews nobody's session while locked
        assert (await controller.services.sync.sync_once()).ok
        await sessions.refresh_if_due()
        assert not [p for p, _ in network.seen if p == "/v1/sessions/refresh"]
        # left locked for half an hour (the tablet may have slept through it): the session
        # ends — revoked, and gone from the keychain
        await asyncio.sleep(0.3)
        assert sessions.current is kept
        controller.lock.clock = lambda: datetime.now(UTC) + timedelta(minutes=30, seconds=1)
        await wait_until(lambda: sessions.current is None, 15, "the locked session ended")
        assert await controller.services.credentials.aget("session") is None
        assert not token_works(url, kept.access_token)
        await wait_until(lambda: controller.services.sync is None, 10, "the sync stopped")
        assert controller.lock.locked and "signed out" in screen.explain.text()
        assert window.ui.staffTitle.text() == ""
        # someone signs in at the lock screen: theirs is a new session, and it syncs
        controller.lock.badge("M1001")
        unlock(qtbot, controller, wire.DemoCredentials.MANAGER_PIN)
        await wait_until(lambda: not controller.lock.locked and sessions.current is not None,
                         30, "the manager signed in")
        assert sessions.current.staff.staff_id == "M1001"
        await wait_until(lambda: controller.services.sync is not None, 10, "the sync started")

    play(qloop, controller, run, story)


def test_switching_to_someone_offline_forgets_the_kept_session_and_ends_the_old_one_later(
        qtbot, qloop, central_with_db, tmp_path):
    url, _ = central_with_db
    controller, network, run = start(qtbot, qloop, url, tmp_path, idle_s=None)
    credentials = controller.services.credentials

    async def switch_to(staff_id: str, pin: str, *, offline: bool = False) -> None:
        sessions = controller.services.sessions
        controller.lock.badge(staff_id)
        unlock(qtbot, controller, pin)
        await wait_until(lambda: not controller.lock.locked
                         and sessions.current.staff.staff_id == staff_id
                         and sessions.current.offline == offline, 30, f"{staff_id} signed in")

    async def story():
        await switch_to("M1001", wire.DemoCredentials.MANAGER_PIN)  # known here from now on
        await switch_to("A1001", "1234")
        associate = controller.services.sessions.current
        assert Session.from_json(await credentials.aget("session")).staff.staff_id == "A1001"
        network.offline = True
        await switch_to("M1001", wire.DemoCredentials.MANAGER_PIN, offline=True)
        # the next start must not resume as A1001, who has left the counter
        assert await credentials.aget("session") is None
        # A1001's token could not be revoked without the network: it is, at the next contact
        assert token_works(url, associate.access_token)
        network.offline = False
        await switch_to("M1001", wire.DemoCredentials.MANAGER_PIN)
        await wait_until(lambda: not token_works(url, associate.access_token), 15,
                         "the old session revoked")

    play(qloop, controller, run, story)


def test_behind_the_lock_screen_the_keyboard_reaches_nothing(qtbot, qloop, central_with_db,
                                                             tmp_path):
    url, _ = central_with_db
    controller, _, run = start(qtbot, qloop, url, tmp_path, idle_s=None)
    window = controller.window
    syncs = []
    window.syncRequested.connect(lambda: syncs.append(1))

    def focused():
        return QApplication.focusWidget()

    async def story():
        window.activateWindow()
        await wait_until(window.isActiveWindow, 10, "window active")
        assert window.current_page_key == "customers"
        screen = controller.lock.screen
        controller.lock.lock("Locked for the test.")
        assert focused() is screen.pin
        fields = {screen.staff_id, screen.pin, screen.unlock}
        for key, modifier in [(Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)] * 7 + \
                [(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)] * 4:
            before = focused()
            qtbot.keyClick(before, key, modifier)
            assert focused() in fields, (key, focused())
            assert focused() is not before
        # shortcuts of the window and of the screens behind: none of them does anything
        for key, modifier in [(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier),
                              (Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier),
                              (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
                              (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier),
                              (Qt.Key.Key_F8, Qt.KeyboardModifier.NoModifier)]:
            qtbot.keyClick(focused(), key, modifier)
            await asyncio.sleep(0.05)
            assert window.current_page_key == "customers"
            assert not [d for d in window.findChildren(QDialog) if d.isVisible()]
            assert controller.camera_dialog is None and not syncs
            assert focused() in fields
        # a screen brought up behind the lock does not take the focus either
        window.show_page("inventory")
        window.show_page("customers")
        assert focused() in fields
        # unlocked: everything is back as it was, and the associate still has no Security
        unlock(qtbot, controller, "1234")
        await wait_until(lambda: not controller.lock.locked, 30, "unlocked")
        assert window.ui.pageStack.isEnabled() and window.ui.navPanel.isEnabled()
        assert not window.security_action.isEnabled()
        assert window.quit_action.isEnabled()
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key == "pickups"

    play(qloop, controller, run, story)


class HeldRefresh(FaultyTransport):
    """The network, with the answer to a token refresh held back until ``release`` is set
    (the refresh has reached the service and been done there)."""

    def __init__(self) -> None:
        super().__init__()
        self.arrived = asyncio.Event()
        self.release = asyncio.Event()
        self.fresh_token: str | None = None

    async def handle_async_request(self, request):
        response = await super().handle_async_request(request)
        if request.url.path == "/v1/sessions/refresh":
            await response.aread()
            self.fresh_token = response.json().get("access_token")
            self.arrived.set()
            await self.release.wait()
        return response


def test_a_refresh_on_its_way_when_someone_else_signs_in_does_not_bring_the_first_one_back(
        qtbot, qloop, central_with_db, tmp_path):
    url, _ = central_with_db
    network = HeldRefresh()
    controller, _, run = start(qtbot, qloop, url, tmp_path, idle_s=None, network=network)

    async def story():
        sessions = controller.services.sessions
        # A1001's session is near its end: the next sync refreshes it first
        sessions.current = replace(sessions.current,
                                   expires_at=datetime.now(UTC) + timedelta(minutes=30))
        refreshing = asyncio.ensure_future(sessions.refresh_if_due())
        await asyncio.wait_for(network.arrived.wait(), 30)
        controller.lock.badge("M1001")
        unlock(qtbot, controller, wire.DemoCredentials.MANAGER_PIN)
        await wait_until(lambda: sessions.current.staff.staff_id == "M1001", 30,
                         "the manager signed in")
        network.release.set()
        await refreshing
        manager = sessions.current
        assert manager.staff.staff_id == "M1001"
        assert controller.services.client.token == manager.access_token
        session = Session.from_json(await controller.services.credentials.aget("session"))
        assert session.staff.staff_id == "M1001"
        # the fresh token A1001's refresh got is ended, not left alive
        assert network.fresh_token and not token_works(url, network.fresh_token)

    play(qloop, controller, run, story)


def test_pins_are_hashed_off_the_gui_thread(qtbot, qloop, central_with_db, tmp_path,
                                            monkeypatch):
    url, _ = central_with_db
    controller, network, run = start(qtbot, qloop, url, tmp_path, idle_s=None)
    threads = []
    real = offline_pins._digest

    def watched(*args):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args)

    monkeypatch.setattr(offline_pins, "_digest", watched)

    async def story():
        await sign_in_here_online(qtbot, controller)  # keeps a verifier: one slow hash
        network.offline = True
        controller.lock.badge("A1001")
        unlock(qtbot, controller, "1234")  # checked by the verifier: another
        await wait_until(lambda: not controller.lock.locked, 30, "unlocked offline")
        assert len(threads) == 2 and not any(threads), threads

    play(qloop, controller, run, story)

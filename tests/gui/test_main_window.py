"""The window as staff meet it: first-run enrolment and sign-in, the status bar, navigation."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt

from associate_app.config import AppConfig
from associate_app.gui.app import AppController
from associate_app.gui.enrolment_dialog import EnrolmentDialog
from associate_app.gui.main_window import MainWindow
from associate_app.gui.sign_in_dialog import SignInDialog
from associate_app.keychain import MemoryKeyring
from associate_app.services import AppServices
from tests.conftest import wait_until


def visible_dialog(window, kind):
    for dialog in window.findChildren(kind):
        if dialog.isVisible():
            return dialog
    return None


def device_items(keychain: MemoryKeyring) -> dict:
    """What enrolment and sign-in stored (not the data folder's key, kept from the first open)."""
    return {k: v for k, v in keychain._items.items()
            if not k[0].startswith("store-associate:data:")}


def test_first_run_enrols_the_device_signs_in_and_shows_who_and_where(qtbot, qloop, central,
                                                                       tmp_path):
    config = AppConfig(demo=False, data_dir=tmp_path, server_url=central, store_id="S001")
    keychain = MemoryKeyring()
    services = AppServices(config, keyring_backend=keychain, sync_interval_s=3600)
    window = MainWindow()
    qtbot.addWidget(window)
    controller = AppController(services, window, idle_lock_s=None)  # tests lock on purpose

    async def story():
        run = asyncio.ensure_future(controller.run())
        await wait_until(lambda: visible_dialog(window, EnrolmentDialog), message="enrolment")
        enrol = visible_dialog(window, EnrolmentDialog)
        # a wrong code: a sentence, the dialog stays, nothing stored
        enrol.ui.enrolmentCodeEdit.setText("NOT-A-CODE")
        qtbot.mouseClick(enrol.ui.enrolButton, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "not valid" in enrol.ui.enrolMessage.text(), message="refusal")
        assert enrol.isVisible()
        assert not device_items(keychain)
        # another store's code is refused before anything is stored
        enrol.ui.enrolmentCodeEdit.setText("DEMO-S002")
        qtbot.mouseClick(enrol.ui.enrolButton, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "belongs to store S002" in enrol.ui.enrolMessage.text(),
                         message="store mismatch")
        assert not device_items(keychain)
        enrol.ui.enrolmentCodeEdit.setText("DEMO-S001")
        qtbot.mouseClick(enrol.ui.enrolButton, Qt.MouseButton.LeftButton)
        await wait_until(lambda: visible_dialog(window, SignInDialog), message="sign-in dialog")
        sign_in = visible_dialog(window, SignInDialog)
        sign_in.ui.staffIdEdit.setText("A1001")
        sign_in.ui.pinEdit.setText("0000")
        qtbot.mouseClick(sign_in.ui.signInButton, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "do not match" in sign_in.ui.signInMessage.text(),
                         message="wrong PIN message")
        assert sign_in.isVisible() and sign_in.ui.pinEdit.text() == ""
        assert not any(name == "session" for _, name in keychain._items)
        # keyboard only: type the PIN and press Enter
        qtbot.keyClicks(sign_in.ui.pinEdit, "1234")
        qtbot.keyClick(sign_in.ui.pinEdit, Qt.Key.Key_Return)
        await wait_until(lambda: "(associate)" in window.status.staff.text(),
                         message=lambda: f"signed in: {window.status.staff.text()!r} "
                         f"{services.sessions.current}")
        await wait_until(lambda: window.status.connection.property("link") == "online",
                         message="online")
        assert window.status.store.text().startswith("S001 · ")
        assert any(name == "session" for _, name in keychain._items)

        # navigation by touch and by keyboard shortcut
        qtbot.mouseClick(window.ui.pickupsNav, Qt.MouseButton.LeftButton)
        assert window.current_page_key == "pickups"
        window.activateWindow()
        await wait_until(window.isActiveWindow, message="window active")
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key == "inventory"
        window.close()
        return await run

    assert qloop.run_until_complete(story()) == 0


def test_every_interactive_widget_is_named_and_big_enough_to_touch(qtbot, qapp):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    from associate_app.gui.app import load_theme

    load_theme(qapp)
    window = MainWindow()
    dialogs = [SignInDialog(None, None, window), EnrolmentDialog(_NoSessions(), None, window)]
    qtbot.addWidget(window)
    for top in [window, *dialogs]:
        top.show()
        widgets = top.findChildren(QAbstractButton) + top.findChildren(QLineEdit)
        assert widgets
        for widget in widgets:
            if not widget.isVisible():
                continue
            assert widget.objectName(), f"{widget!r} has no objectName"
            assert widget.accessibleName(), f"{widget.objectName()} has no accessible name"
            assert widget.height() >= 44, f"{widget.objectName()} is too small to touch"
        top.hide()


class _NoSessions:
    class client:  # noqa: N801 - stands in for the attribute the dialog reads
        base_url = "http://central.example"


def test_an_unreachable_server_still_opens_the_window_and_says_offline_and_why(qtbot, qloop,
                                                                               tmp_path):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = AppConfig(demo=False, data_dir=tmp_path, server_url=f"http://127.0.0.1:{port}",
                       store_id="S001")
    services = AppServices(config, keyring_backend=MemoryKeyring(), sync_interval_s=3600)
    window = MainWindow()
    qtbot.addWidget(window)
    controller = AppController(services, window, idle_lock_s=None)  # tests lock on purpose

    async def story():
        run = asyncio.ensure_future(controller.run())
        await wait_until(lambda: window.status.connection.property("link") == "offline",
                         message="offline")
        assert "Cannot reach the central service" in window.status.reason.text()
        assert window.isVisible()
        # the enrolment dialog is there too, and says the same when tried
        await wait_until(lambda: visible_dialog(window, EnrolmentDialog), message="enrolment")
        enrol = visible_dialog(window, EnrolmentDialog)
        enrol.ui.enrolmentCodeEdit.setText("DEMO-S001")
        qtbot.mouseClick(enrol.ui.enrolButton, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "Cannot reach" in enrol.ui.enrolMessage.text(),
                         message="unreachable message")
        enrol.reject()
        return await run

    assert qloop.run_until_complete(story()) == 0

"""At a counter tablet with no wedge scanner: F8 (or "Scan with camera") opens the camera, and a
code held up to it goes down the same route as a wedge scan. Frames are real pictures pushed
through the dialog's own video sink (the seam a live camera feeds), decoded by the real decoder
and routed by the real app; this machine has no camera, so the dialog says so."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
import shiboken6
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QCameraDevice, QVideoFrame

from associate_app.gui.camera_scan_dialog import CameraScanDialog
from tests.conftest import wait_until
from tests.support.barcode_pictures import label, noise, photo
from tests.support.cache_files import open_file
from tests.support.central import new_central_db, running_central_service

F = zxingcpp.BarcodeFormat


@pytest.fixture(scope="module")
def central_with_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, object]]:
    """One seeded service for this module (these stories only read)."""
    db = new_central_db(tmp_path_factory.mktemp("central-camera"))
    with running_central_service(db, customers=200, stores=3) as url:
        yield url, db


@pytest.fixture
def camera_counter(counter):
    """The signed-in counter app on a device without a camera, its repeat memory on a clock the
    test moves (so "within 1.5 s" never depends on how fast the machine is)."""
    controller, _, _ = counter
    controller.camera_devices = list  # no cameras, whatever the machine running the tests has
    clock = [1000.0]
    controller.camera_repeats.clock = lambda: clock[0]
    return controller, clock


def cache(controller) -> sqlite3.Connection:
    return open_file(controller.services.store.cache_path)


def open_with_f8(qtbot, controller) -> CameraScanDialog:
    window = controller.window
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F8)
    dialog = controller.camera_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def closed(dialog: CameraScanDialog) -> bool:
    """Closed, and (once the loop has run) deleted: it owned a camera and a thread."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


async def show(dialog: CameraScanDialog, image: QImage) -> None:
    """Hold ``image`` up to the camera: one frame through the dialog's video sink, then wait
    until the decoder has looked at it."""
    before = dialog.frames_decoded
    dialog.sink.setVideoFrame(QVideoFrame(image))
    await wait_until(lambda: dialog.frames_decoded > before, 20, "the frame to be decoded")


def test_a_loyalty_card_qr_at_the_camera_opens_the_customer_from_any_screen(camera_counter,
                                                                            qtbot, qloop):
    controller, clock = camera_counter
    window = controller.window
    customer_id, card = cache(controller).execute(
        "SELECT customer_id, card_number FROM loyalty_accounts ORDER BY customer_id LIMIT 1"
    ).fetchone()

    async def story():
        window.show_page("pickups")
        dialog = open_with_f8(qtbot, controller)
        assert dialog.objectName() == "cameraScanDialog" and dialog.accessibleName()
        # a frame with nothing to read changes nothing
        await show(dialog, noise(1280, 720))
        assert dialog.isVisible() and dialog.code is None
        assert dialog.stack.currentWidget() is dialog.preview  # the picture is on show
        assert window.current_page_key == "pickups"
        # the card's QR, tilted, held a little far away
        await show(dialog, photo(label(card, F.QRCode), angle=20, scale=0.8))
        await wait_until(lambda: controller.customers.current_id == customer_id, 15,
                         message="360 of the card's customer")
        assert window.current_page_key == "customers"
        assert controller.customers.view.customer.card_number == card
        await wait_until(lambda: controller.camera_dialog is None and closed(dialog), 15,
                         message="the dialog to close after one code")

        # opened again with the card still in front of the lens: not read twice within 1.5 s
        window.show_page("inventory")
        qtbot.mouseClick(window.ui.cameraScanButton, Qt.MouseButton.LeftButton)
        again = controller.camera_dialog
        assert again is not None and again.isVisible()
        read: list[str] = []
        again.scanned.connect(read.append)
        clock[0] += 1.0
        await show(again, photo(label(card, F.QRCode)))
        assert again.isVisible() and again.code is None
        assert window.current_page_key == "inventory"
        clock[0] += 1.0  # 2 s on: a deliberate second scan
        await show(again, photo(label(card, F.QRCode)))
        await wait_until(lambda: window.current_page_key == "customers" and closed(again), 15,
                         message="the second scan routed and the dialog closed")
        assert read == [card]

    qloop.run_until_complete(story())


def test_a_product_ean_at_the_camera_selects_it_on_the_inventory_screen(camera_counter, qtbot,
                                                                       qloop):
    controller, _ = camera_counter
    window, page = controller.window, controller.inventory
    pid, ean, name = cache(controller).execute(
        "SELECT p.product_id, p.ean13, p.name FROM products p JOIN inventory i ON "
        "i.product_id = p.product_id AND i.store_id = 'S001' ORDER BY p.product_id LIMIT 1 "
        "OFFSET 7").fetchone()

    async def story():
        window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key == "inventory"
        await wait_until(lambda: page.model.rowCount() > 0, message="inventory listed")
        before = (page.current_id, page.search.text())
        dialog = open_with_f8(qtbot, controller)
        await show(dialog, noise(1280, 720, seed=3))
        assert (page.current_id, page.search.text()) == before and dialog.isVisible()
        await show(dialog, photo(label(ean, F.EAN13), angle=-6))
        await wait_until(lambda: page.current_id == pid and page.detail.name.text() == name, 15,
                         message=lambda: f"scanned product shown: {page.message.text()!r}")
        assert page.search.text() == ean  # exactly what a wedge scan would have put there
        assert window.current_page_key == "inventory"
        await wait_until(lambda: closed(dialog), 15, message="dialog closed")

    qloop.run_until_complete(story())


def test_without_a_camera_the_dialog_says_so_and_cancel_closes_it(camera_counter, qtbot, qloop):
    controller, _ = camera_counter
    window = controller.window
    button = window.ui.cameraScanButton
    assert button.isVisible() and button.accessibleName() == "Scan with camera"
    assert button.minimumSizeHint().height() >= window.ui.syncNowButton.minimumSizeHint().height()

    async def story():
        dialog = open_with_f8(qtbot, controller)
        message = dialog.findChild(type(dialog.message), "cameraScanMessage")
        assert dialog.stack.currentWidget() is message and message.isVisible()
        assert message.text() == ("No camera found on this device; use a barcode scanner or "
                                  "type the code.")
        assert not dialog.findChild(type(dialog.chooser), "cameraChooser").isVisible()
        cancel = dialog.findChild(type(dialog.cancel), "cameraScanCancel")
        assert cancel.height() >= 56  # a thumb's target
        page = window.current_page_key
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        await wait_until(lambda: controller.camera_dialog is None and closed(dialog), 15,
                         message="cancelled")
        assert window.current_page_key == page

    qloop.run_until_complete(story())


def test_a_camera_that_cannot_start_is_said_plainly_and_another_can_be_chosen(qtbot):
    """Two cameras (null devices: they exist in the list but cannot be opened, as a camera held by
    another app or behind a broken driver): the chooser offers both, the failure is a sentence."""
    dialog = CameraScanDialog(None, cameras=[QCameraDevice(), QCameraDevice()])
    qtbot.addWidget(dialog)
    dialog.show()
    chooser = dialog.findChild(type(dialog.chooser), "cameraChooser")
    assert chooser.isVisible() and chooser.count() == 2 and chooser.accessibleName()
    assert dialog.stack.currentWidget() is dialog.message
    assert dialog.message.text().startswith("The camera could not be started (")
    assert "use a barcode scanner or type the code" in dialog.message.text().lower()
    chooser.setCurrentIndex(1 - chooser.currentIndex())
    assert dialog.message.text().startswith("The camera could not be started (")
    qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.camera is None

"""The order detail at the counter (issue 13): opened from the customer 360's order list with
Enter, by a scanner burst on any screen, and — for a web order — from Pickups instead of the
pickup workflow; Esc returns to where staff were."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from central_api.seed import demo_order_number
from tests.conftest import wait_until
from tests.support.cache_files import open_file

SHOTS = os.environ.get("STORE_ASSOCIATE_SHOTS")  # a folder to keep the screenshots in
PARCEL = demo_order_number("WEB", 1, 1)  # S001's parcel out for delivery
SALE = demo_order_number("POS", 1, 4)  # S001's sale of today


def burst(qtbot, widget, code: str) -> None:
    """A wedge scanner: the code's keys in a burst and Enter, into whatever has the focus."""
    widget.setFocus()
    qtbot.keyClicks(widget, code)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column))


def test_an_order_opens_from_the_360_with_enter_and_esc_goes_back(counter, qtbot, qloop):
    controller, _, _ = counter
    window = controller.window
    order_id, customer_id = open_file(controller.services.store.cache_path).execute(
        "SELECT order_id, customer_id FROM orders WHERE order_number = ?", (PARCEL,)).fetchone()

    async def story():
        assert await controller.customers.open_customer(customer_id)
        view = controller.customers.view
        row = next(r for r in range(view.orders_model.rowCount())
                   if view.orders_model.item(r, 0).text() == PARCEL)
        view.orders.setFocus()
        view.orders.setCurrentIndex(view.orders_model.index(row, 0))
        qtbot.keyClick(view.orders, Qt.Key.Key_Return)
        detail = controller.order_detail
        await wait_until(lambda: detail.detail is not None and detail.detail.order_id == order_id,
                         message="the order's detail")
        assert window.current_page_key == "order"
        assert "Out for delivery" in detail.latest.text()
        assert detail.parcel.isVisible() and detail.detail.shipments[0].tracking_number \
            in detail.tracking.text()
        assert detail.lines_model.rowCount() == len(detail.detail.lines)
        assert cell(detail.history_model, 2, 0) == "Shipped"
        assert "£" in cell(detail.lines_model, 0, 5) and "ending" in detail.payment.text() \
            or "PayPal" in detail.payment.text()
        if SHOTS:
            window.grab().save(os.path.join(SHOTS, "order-detail-web.png"))
        qtbot.keyClick(detail.number, Qt.Key.Key_Escape)
        await wait_until(lambda: window.current_page_key == "customers", message="back")
        assert controller.customers.stack.currentWidget() is view  # the 360, as it was

    qloop.run_until_complete(story())


def test_a_scanned_receipt_opens_its_sale_from_any_screen_and_pickups_hands_web_orders_on(
        counter, qtbot, qloop):
    controller, _, _ = counter
    window = controller.window
    detail = controller.order_detail

    async def story():
        window.show_page("inventory")
        burst(qtbot, window.ui.syncNowButton, f"RCT-S001-{SALE[4:]}")  # a till receipt
        await wait_until(lambda: detail.detail is not None and detail.detail.order_number == SALE,
                         message="the sale's detail")
        assert window.current_page_key == "order"
        assert "In store" in detail.summary.text() and "receipt" in detail.title.text()
        qtbot.keyClick(detail.back, Qt.Key.Key_Escape)
        await wait_until(lambda: window.current_page_key == "inventory", message="back")

        window.show_page("pickups")
        pickups = controller.pickups
        burst(qtbot, pickups.search, PARCEL)  # a web order scanned in Pickups
        await wait_until(lambda: detail.detail.order_number == PARCEL, message="web order")
        assert window.current_page_key == "order"
        assert pickups.order is None  # no pickup workflow for it
        qtbot.mouseClick(detail.back, Qt.MouseButton.LeftButton)
        await wait_until(lambda: window.current_page_key == "pickups", message="back")
        pickups.search.setText(SALE.lower())  # typed by a person, Enter
        qtbot.keyClick(pickups.search, Qt.Key.Key_Return)
        await wait_until(lambda: detail.detail.order_number == SALE, message="typed sale")
        assert window.current_page_key == "order"

        # an unknown number: a sentence on the page, nothing else changes
        burst(qtbot, detail.number, "WEB-4242424")
        await wait_until(lambda: detail.detail is None, message="unknown order")
        assert "There is no order or receipt WEB-4242424" in detail.message.text()
        assert not detail.content.isVisible()

    qloop.run_until_complete(story())

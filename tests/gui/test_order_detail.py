"""The order detail at the counter (issue 13): opened from the customer 360's order list with
Enter, by a scanner burst on any screen, and — for a web order — from Pickups instead of the
pickup workflow; Esc returns to where staff were. A line the customer declined at the pickup
counter, and an item they added there, say so in the order's lines."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from central_api.seed import demo_order_number
from tests.conftest import wait_until
from tests.gui.test_pickups import sync_and_wait
from tests.support.cache_files import open_file
from tests.support.wedge import scan_into

SHOTS = os.environ.get("STORE_ASSOCIATE_SHOTS")  # a folder to keep the screenshots in
PARCEL = demo_order_number("WEB", 1, 1)  # S001's parcel out for delivery
SALE = demo_order_number("POS", 1, 4)  # S001's sale of today


def burst(qtbot, widget, code: str) -> None:
    """A wedge scanner: the code's keys in a burst and Enter, into whatever has the focus."""
    widget.setFocus()
    scan_into(qtbot, widget, code)


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


def test_a_line_declined_and_an_item_added_at_pickup_show_in_the_orders_detail(
        counter, qtbot, qloop):
    """At handover the customer declines a unit of a line and takes an item from the shelf:
    the order's detail, from this store's data (offline, then once synced), says so per line."""
    controller, network, _ = counter
    pickups, detail = controller.pickups, controller.order_detail
    c = open_file(controller.services.store.cache_path)
    order_id, number, line_id = c.execute(
        "SELECT o.order_id, o.order_number, l.line_id FROM orders o JOIN order_lines l USING "
        "(order_id) WHERE o.store_id = 'S001' AND o.status = 'ready_for_pickup' AND "
        "o.failed_code_attempts = 0 AND o.pickup_expires_at > ? AND l.qty_picked >= 1 "
        "AND coalesce(l.qty_declined, 0) = 0 ORDER BY o.order_number LIMIT 1",
        (pickups.service.clock().isoformat(),)).fetchone()
    shelf_ean, shelf_name = c.execute(
        "SELECT p.ean13, p.name FROM products p JOIN inventory i USING (product_id) WHERE "
        "i.store_id = 'S001' AND i.on_hand - i.reserved >= 2 AND p.product_id NOT IN (SELECT "
        "product_id FROM order_lines WHERE order_id = ?) ORDER BY p.product_id LIMIT 1",
        (order_id,)).fetchone()

    def row_of(name_part: str) -> int:
        return next(r for r in range(detail.lines_model.rowCount())
                    if name_part in cell(detail.lines_model, r, 0))

    async def shown() -> None:
        controller.open_order_detail(number=number)
        await wait_until(lambda: detail.detail is not None
                         and detail.detail.order_number == number
                         and any(x.add_on for x in detail.detail.lines),
                         message="the order's detail")
        assert window.current_page_key == "order"
        assert "From this store's data" in detail.message.text()
        declined = next(x for x in detail.detail.lines if x.line_id == line_id)
        assert declined.qty_declined == 1 and not declined.add_on
        assert "1 declined at pickup" in cell(detail.lines_model, row_of(declined.product_name),
                                              0)
        added = cell(detail.lines_model, row_of(shelf_name), 0)
        assert "added at pickup · pay at the till" in added and "declined" not in added
        others = [cell(detail.lines_model, r, 0) for r in range(detail.lines_model.rowCount())]
        assert sum("declined at pickup" in x for x in others) == 1
        assert sum("added at pickup" in x for x in others) == 1

    window = controller.window

    async def story():
        network.offline = True  # at the counter, offline: both on screen at once
        order = await pickups.service.load(order_id)
        await pickups.service.decline_line(order, line_id, 1, "changed_mind")
        await pickups.service.add_item(await pickups.service.load(order_id), shelf_ean)
        await shown()
        if SHOTS:
            window.grab().save(os.path.join(SHOTS, "order-detail-pickup-changes.png"))
        network.offline = False  # synced: the service's own lines, as the feed brings them
        await sync_and_wait(controller)
        detail.detail = None
        await shown()

    qloop.run_until_complete(story())

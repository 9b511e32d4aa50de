"""Changes at pickup through the real window (issue 13): at the counter, offline, the customer
declines one item (its refund shown first) and adds one from the shelf (scanned, its price
shown); then the code is scanned and the order handed over; the sync lands it all once."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from central_api.hashing import demo_pickup_code
from store_contract.domain.pickup import format_code
from tests.conftest import wait_until
from tests.gui.test_pickups import cache, dialog, server, sync_and_wait
from tests.support.wedge import scan

SHOTS = os.environ.get("STORE_ASSOCIATE_SHOTS")  # a folder to keep the screenshots in


def test_a_customer_declines_one_item_and_adds_another_at_pickup(counter, qtbot, qloop):
    controller, network, db = counter
    window, page = controller.window, controller.pickups
    c = cache(controller)
    order_id, line_id, name = c.execute(
        "SELECT o.order_id, l.line_id, p.name FROM orders o JOIN order_lines l USING "
        "(order_id) JOIN products p USING (product_id) WHERE o.store_id = 'S001' AND "
        "o.status = 'ready_for_pickup' AND o.failed_code_attempts = 0 AND "
        "o.pickup_expires_at > ? AND l.qty_picked >= 1 ORDER BY (SELECT count(*) FROM "
        "order_lines x WHERE x.order_id = o.order_id) DESC, o.order_number LIMIT 1",
        (page.service.clock().isoformat(),)).fetchone()
    shelf_ean, shelf_name = c.execute(
        "SELECT p.ean13, p.name FROM products p JOIN inventory i USING (product_id) WHERE "
        "i.store_id = 'S001' AND i.on_hand - i.reserved >= 2 AND p.product_id NOT IN (SELECT "
        "product_id FROM order_lines WHERE order_id = ?) ORDER BY p.product_id LIMIT 1",
        (order_id,)).fetchone()
    feedback = page.view.feedback

    async def story():
        network.offline = True
        window.show_page("pickups")
        await page.open_order(order_id)
        assert page.view.decline.isVisible() and page.view.add_item.isVisible()
        # the customer declines one unit of the line: the dialog shows the refund first
        row = next(i for i, x in enumerate(page.order.lines) if x.line_id == line_id)
        page.view.lines.selectRow(row)
        qtbot.mouseClick(page.view.decline, Qt.MouseButton.LeftButton)
        await wait_until(lambda: dialog(window, "declineDialog"), message="decline dialog")
        d = dialog(window, "declineDialog")
        assert "refunded to the original payment" in d.findChild(
            type(page.view.title), "dialogIntro").text()
        d.inputs["qty"].setText("99")  # more than picked: refused in the dialog
        qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "can be declined" in d.message.text(),
                         message=lambda: f"too many refused, saw {d.message.text()!r}")
        d.inputs["qty"].setText("1")
        qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)
        await wait_until(lambda: dialog(window, "declineDialog") is None, message="declined")
        await wait_until(lambda: any(x.line_id == line_id and x.qty_declined == 1
                                     for x in page.order.lines)
                         and "refund to the original payment pending" in feedback.text(),
                         message=lambda: f"decline on screen, saw {feedback.text()!r}")
        # an item from the shelf, scanned at the counter
        qtbot.mouseClick(page.view.add_item, Qt.MouseButton.LeftButton)
        scan(qtbot, window, shelf_ean)
        await wait_until(lambda: any(x.add_on and x.ean13 == shelf_ean
                                     for x in page.order.lines)
                         and "to pay at the till" in feedback.text(),
                         message=lambda: f"add-on on screen, saw {feedback.text()!r}")
        assert shelf_name in feedback.text()
        text = page.view.readiness.text()
        assert "Refund for declined items" in text and "to pay at the till" in text
        if SHOTS:
            window.grab().save(os.path.join(SHOTS, "pickup-change.png"))
        # then the code, and the goods handed over
        qtbot.mouseClick(page.view.handover, Qt.MouseButton.LeftButton)
        await wait_until(lambda: dialog(window, "handoverDialog"), message="handover dialog")
        scan(qtbot, window, format_code(demo_pickup_code(order_id)))
        await wait_until(lambda: page.order.status == "collected", message="collected")
        network.offline = False
        await sync_and_wait(controller)

    qloop.run_until_complete(story())
    picked, declined, collected = server(
        db, "SELECT qty_picked, qty_declined, qty_collected FROM order_lines WHERE "
            "line_id = :l", l=line_id)[0]
    assert (declined, collected) == (1, picked - 1)
    assert server(db, "SELECT count(*) FROM order_lines WHERE order_id = :o AND add_on",
                  o=order_id)[0][0] == 1
    assert server(db, "SELECT f.status FROM refunds f WHERE f.order_id = :o",
                  o=order_id) == [("pending",)]
    assert server(db, "SELECT status FROM orders WHERE order_id = :o", o=order_id) == [
        ("collected",)]
    assert name

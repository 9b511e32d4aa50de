"""An exchange at the counter through the real window (issue 13): the order is scanned, the item
coming back scanned with a wedge scanner, F7 turns the return into an exchange, the
replacements are scanned — one on the shelf here, one only at a nearby store (collected
there) —, the difference shows, Ctrl+Return records it; it reaches the real central service
(orders placed for the customer, the difference to pay at the till), the screen says so and
the slip's barcode reads back as the exchange's number."""

from __future__ import annotations

import os

import sqlalchemy as sa
from PySide6.QtCore import Qt

from central_api import storage
from tests.conftest import wait_until
from tests.gui.test_order_detail import burst
from tests.gui.test_returns_page import slip_codes

SHOTS = os.environ.get("STORE_ASSOCIATE_SHOTS")
ORDER = "WEB-900001"  # S001's delivered web order, in policy (central_api/seed_returns.py)


def cached(controller, sql: str, *args) -> tuple:
    reader = controller.services.store.reader()
    try:
        found = reader.execute(sql, args).fetchone()
        assert found is not None, sql
        return tuple(found)
    finally:
        reader.close()


def on_server(db, sql: str, **args) -> list:
    engine = storage.create_engine(db)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text(sql), args).fetchall()
    finally:
        engine.dispose()


def test_an_exchange_scanned_at_the_counter_with_a_replacement_here_and_one_nearby(
        counter, qtbot, qloop):
    controller, _, db = counter
    window, page = controller.window, controller.returns
    here = cached(controller,
                  "SELECT p.ean13, p.price_cents, p.product_id FROM products p JOIN inventory i "
                  "ON i.product_id = p.product_id AND i.store_id = 'S001' WHERE i.on_hand - "
                  "i.reserved >= 2 AND p.ean13 IS NOT NULL AND p.product_id NOT IN (SELECT "
                  "product_id FROM order_lines l JOIN orders o USING (order_id) WHERE "
                  "o.order_number = ?) ORDER BY p.price_cents DESC LIMIT 1", ORDER)
    nearby = cached(controller,
                    "SELECT p.ean13, p.price_cents, i.store_id FROM products p JOIN inventory i "
                    "ON i.product_id = p.product_id WHERE i.store_id <> 'S001' AND i.on_hand - "
                    "i.reserved >= 1 AND p.ean13 IS NOT NULL AND p.product_id NOT IN (SELECT "
                    "product_id FROM inventory WHERE store_id = 'S001' AND on_hand - reserved "
                    "> 0) ORDER BY p.product_id LIMIT 1")

    async def story():
        controller.open_returns()
        await wait_until(lambda: window.current_page_key == "returns", message="returns page")
        burst(qtbot, page.number, ORDER)
        await wait_until(lambda: page.order is not None
                         and page.order.sold.order_number == ORDER, message="order")
        burst(qtbot, page.lines, page.order.products[0].ean13)  # the item coming back
        await wait_until(lambda: page._qty(0).value() == 1, message="item counted")

        qtbot.keyClick(page.lines, Qt.Key.Key_F7)  # an exchange instead
        assert page.exchanging() and page.scanning_replacements()
        assert page.exchange_panel.isVisible() and page.confirm.text() == "Confirm exchange"
        burst(qtbot, page.lines, here[0])
        await wait_until(lambda: len(page.exchange_panel.rows) == 1, message="replacement here")
        panel = page.exchange_panel
        assert panel._source(0).currentData() == ("here", None)
        assert page._qty(0).value() == 1  # a replacement's scan never counts as coming back
        burst(qtbot, page.lines, nearby[0])
        await wait_until(lambda: len(panel.rows) == 2, message="replacement nearby")
        # not here: collected at the nearest store that has it
        source, store = panel._source(1).currentData()
        assert source == "collect" and store is not None
        await wait_until(lambda: "at the till" in panel.difference.text()
                         or "back to the customer" in panel.difference.text(),
                         message="difference shown")
        if SHOTS:
            window.grab().save(os.path.join(SHOTS, "exchange.png"))

        qtbot.keyClick(page.lines, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        await wait_until(lambda: page.exchange is not None, 10, "recorded here")
        # the replacement from the shelf here is held at once
        await wait_until(lambda: page.exchange is not None and not page.exchange.pending
                         and page.exchange.orders, 30, "synced")
        assert "Orders placed for the customer" in page.message.text()
        return page.exchange

    exchange = qloop.run_until_complete(story())
    (row,) = on_server(db, "SELECT x.exchange_id, x.due_cents, x.refund_cents, "
                           "x.replacement_cents FROM exchanges x JOIN orders o ON o.order_id = "
                           "x.order_id WHERE o.order_number = :n", n=ORDER)
    assert row.exchange_id == exchange.exchange_id
    assert row.replacement_cents == here[1] + nearby[1]
    assert exchange.due_cents == row.due_cents and exchange.refund_cents == row.refund_cents
    placed = on_server(db, "SELECT o.channel, o.store_id, o.order_number FROM exchange_lines l "
                           "JOIN orders o ON o.order_id = l.new_order_id WHERE l.exchange_id = "
                           ":x ORDER BY o.channel", x=row.exchange_id)
    assert [(c, s) for c, s, _ in placed] == [("click_and_collect", nearby[2]),
                                              ("in_store", "S001")]
    assert sorted(exchange.orders) == sorted(n for _, _, n in placed)

    qtbot.mouseClick(page.slip, Qt.MouseButton.LeftButton)
    assert page.last_slip is not None and page.last_slip.name.startswith("exchange-")
    assert slip_codes(page.last_slip) == [row.exchange_id]

    # the customer's timeline: the exchange, and the orders placed for them
    customers = controller.customers
    qloop.run_until_complete(customers.open_customer(page.order.customer_id))
    texts = [customers.view.timeline_model.item(i).text()
             for i in range(customers.view.timeline_model.rowCount())]
    mine = [t for t in texts if f"Exchange of order {ORDER}" in t]
    assert len(mine) == 1, texts
    assert "1 item · £" in mine[0] and "in exchange" in mine[0]
    assert ("to pay at the till" in mine[0]) == (row.due_cents > 0)
    for _, _, number in placed:
        assert any(number in t for t in texts), (number, texts)
    if SHOTS:
        customers.view.grab().save(os.path.join(SHOTS, "exchange-timeline.png"))

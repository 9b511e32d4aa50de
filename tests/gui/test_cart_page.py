"""An online cart finished at the counter through the real window (issue 14): the customer shows
the cart code from the web shop and it is scanned on the Customers screen with a wedge scanner;
the cart page opens with its lines and the stock here; a quantity goes up from the keyboard, a
line is swapped for another colour of the same style, an item is scanned in; Ctrl+Return hands
it to the till; it reaches the real central service (an in-store sale waiting for payment, the
cart converted), the screen gives the sale's number and the slip's barcode reads back as it."""

from __future__ import annotations

import asyncio
import os
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from PySide6.QtCore import Qt

from central_api import storage
from central_api.changes import record_changes
from central_api.schema import cart_lines, carts, vouchers
from tests.conftest import wait_until
from tests.gui.test_exchange_page import cached, on_server
from tests.gui.test_order_detail import burst
from tests.gui.test_returns_page import slip_codes

SHOTS = os.environ.get("STORE_ASSOCIATE_SHOTS")
CODE = "CART-90000001"
VOUCHER = "SC-COUNTER-0001"


def a_cart_on_the_web_shop(db) -> tuple[str, dict[str, tuple]]:
    """A customer of S001's cart, abandoned 9 days ago: a product that has another colour on
    the shelf here, and one with a few here; plus an item to scan in. (cart id, products)"""
    engine = storage.create_engine(db)
    try:
        with engine.begin() as conn:
            q = sa.text
            styled = conn.execute(q(
                "SELECT p.product_id, p.price_cents, v.product_id, v.price_cents, v.name FROM "
                "products p JOIN products v ON v.style_id = p.style_id AND v.product_id <> "
                "p.product_id JOIN inventory i ON i.product_id = v.product_id AND i.store_id = "
                "'S001' AND i.on_hand - i.reserved >= 1 ORDER BY p.product_id LIMIT 1")).one()
            plenty = conn.execute(q(
                "SELECT p.product_id, p.price_cents, p.ean13 FROM products p JOIN inventory i ON "
                "i.product_id = p.product_id AND i.store_id = 'S001' WHERE i.on_hand - "
                "i.reserved >= 3 AND p.style_id <> (SELECT style_id FROM products WHERE product_id "
                "= :s) ORDER BY p.product_id LIMIT 2"),
                {"s": styled[0]}).all()
            customer = conn.execute(q(
                "SELECT customer_id FROM customers WHERE preferred_store_id = 'S001' ORDER BY "
                "customer_id LIMIT 1")).scalar_one()
            cart_id = "K-counter-1"
            conn.execute(carts.insert().values(
                cart_id=cart_id, customer_id=customer, channel="online", status="abandoned",
                updated_at=datetime.now(UTC) - timedelta(days=9, hours=2), cart_code=CODE))
            conn.execute(cart_lines.insert(), [
                {"line_id": "KL-counter-1", "cart_id": cart_id, "product_id": styled[0],
                 "qty": 1, "unit_price_cents": styled[1]},
                {"line_id": "KL-counter-2", "cart_id": cart_id, "product_id": plenty[0][0],
                 "qty": 1, "unit_price_cents": plenty[0][1]}])
            # an unused voucher of theirs (shown; the till applies it) and a used one (not)
            conn.execute(vouchers.insert(), [
                {"voucher_id": f"V-counter-{n}", "voucher_code": code, "customer_id": customer,
                 "amount_cents": 500, "currency": "GBP", "issued_store_id": "S001",
                 "issued_at": datetime.now(UTC) - timedelta(days=3),
                 "redeemed_at": datetime.now(UTC) if n == 1 else None,
                 "expires_at": datetime.now(UTC) - timedelta(days=1) if n == 2 else None}
                for n, code in enumerate((VOUCHER, "SC-USED-0001", "SC-GONE-0002"))])
            record_changes(conn, [("S001", "cart", cart_id, "upsert")]
                           + [("S001", "voucher", f"V-counter-{n}", "upsert")
                              for n in (0, 1, 2)])
    finally:
        engine.dispose()
    return cart_id, {"styled": tuple(styled), "more": tuple(plenty[0]),
                     "scanned": tuple(plenty[1])}


def test_a_cart_code_scanned_at_the_counter_is_changed_and_handed_to_the_till(
        counter, qtbot, qloop):
    controller, _, db = counter
    window, page = controller.window, controller.cart
    cart_id, p = a_cart_on_the_web_shop(db)
    controller.sync_now()
    qloop.run_until_complete(wait_until(
        lambda: cached(controller, "SELECT count(*) FROM carts WHERE cart_code = ?", CODE)[0],
        30, "the cart synced"))

    async def story():
        # the 360 flags the abandoned cart; Enter on its row opens it
        customers = controller.customers
        customer_id = cached(controller, "SELECT customer_id FROM carts WHERE cart_id = ?",
                             cart_id)[0]
        window.show_page("customers")
        assert await customers.open_customer(customer_id)
        model = customers.view.wishlist_model
        rows = [r for r in range(model.rowCount())
                if model.item(r, 1).data(Qt.ItemDataRole.UserRole) == cart_id]
        assert len(rows) == 2
        assert "abandoned 9 days ago" in model.item(rows[0], 1).text()
        if SHOTS:
            customers.view.grab().save(os.path.join(SHOTS, "cart-abandoned-360.png"))
        customers.view.wishlist.setFocus()
        customers.view.wishlist.setCurrentIndex(model.index(rows[0], 0))
        opened: list[str] = []
        page.cartOpened.connect(opened.append)
        qtbot.keyClick(customers.view.wishlist, Qt.Key.Key_Return)
        await wait_until(lambda: window.current_page_key == "cart" and opened == [cart_id],
                         message="cart page from the 360")
        qtbot.keyClick(page.table, Qt.Key.Key_Escape)  # back where the associate was
        await wait_until(lambda: window.current_page_key == "customers", message="back")

        # the customer shows the cart's code: scanned on the Customers screen
        customers.show_search()
        burst(qtbot, controller.customers.ui.customerSearch, CODE)
        await wait_until(
            lambda: window.current_page_key == "cart" and opened == [cart_id, cart_id],
            message=lambda: f"cart page (on {window.current_page_key!r}, opened {opened}, "
                            f"search {customers.ui.customerSearch.text()!r}, status "
                            f"{window.statusBar().currentMessage()!r})")
        assert customers.ui.customerSearch.text() == ""  # the scan is not left in the field
        assert page.rows == [p["styled"][0], p["more"][0]]
        assert "9 days ago" in page.summary.text()
        # the customer's voucher, shown by the end of its code only (a code is as good as
        # cash); a used one and an expired one not at all
        vouchers = page.voucher_list
        assert vouchers.count() == 1 and vouchers.isVisible()
        shown = vouchers.item(0).text()
        assert shown.startswith(f"…{VOUCHER[-4:]} · £5.00") and VOUCHER not in shown
        # one more of the second line, from the keyboard
        spin = page._qty(1)
        spin.setFocus()
        qtbot.keyClick(spin, Qt.Key.Key_Up)
        assert spin.value() == 2
        # the first line swapped for another colour of its style
        swap = page._swap(0)
        await wait_until(lambda: swap.findData(p["styled"][2]) > 0, message="variants")
        index = swap.findData(p["styled"][2])
        swap.setCurrentIndex(index)
        swap.activated.emit(index)
        await wait_until(lambda: page.rows[0] == p["styled"][2], message="swapped")
        # an item the customer picked up in store, scanned in
        burst(qtbot, page.code, p["scanned"][2])
        await wait_until(lambda: len(page.rows) == 3, message="scanned in")
        assert page.code.text() == ""  # the scan went to the cart, not into the field
        assert [x.product_id for x in page.lines()] == [p["styled"][2], p["more"][0],
                                                        p["scanned"][0]]
        assert all(x.source == "here" for x in page.lines())
        if SHOTS:
            window.grab().save(os.path.join(SHOTS, "cart.png"))

        vouchers.item(0).setCheckState(Qt.CheckState.Checked)  # the customer uses it here
        qtbot.keyClick(page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        await wait_until(lambda: page.recorded_order is not None, 10, "handed to the till")
        await wait_until(lambda: page.cart.conversion is not None
                         and not page.cart.conversion.pending
                         and page.cart.conversion.order_number is not None, 30, "synced")
        assert "waiting for payment at the till" in page.message.text()

    qloop.run_until_complete(story())
    number = page.cart.conversion.order_number
    (sale,) = on_server(db, "SELECT order_id, channel, status, total_cents FROM orders WHERE "
                            "order_number = :n", n=number)
    assert (sale.channel, sale.status) == ("in_store", "awaiting_payment")
    assert sale.total_cents == p["styled"][3] + 2 * p["more"][1] + p["scanned"][1]
    sold = on_server(db, "SELECT product_id, qty_ordered FROM order_lines WHERE order_id = :o "
                         "ORDER BY line_id", o=sale.order_id)
    assert [tuple(r) for r in sold] == [(p["styled"][2], 1), (p["more"][0], 2),
                                        (p["scanned"][0], 1)]
    (cart,) = on_server(db, "SELECT status, converted_order_id FROM carts WHERE cart_id = :c",
                        c=cart_id)
    assert tuple(cart) == ("converted", sale.order_id)
    # the voucher: used once, on this sale, paying £5 of it
    assert [tuple(r) for r in on_server(
        db, "SELECT redeemed_receipt, redeemed_store_id FROM vouchers WHERE voucher_code = :v",
        v=VOUCHER)] == [(number, "S001")]
    assert [tuple(r) for r in on_server(
        db, "SELECT tender, amount_cents FROM payments WHERE order_id = :o",
        o=sale.order_id)] == [("voucher", 500)]

    qtbot.mouseClick(page.slip, Qt.MouseButton.LeftButton)
    assert page.last_slip is not None and slip_codes(page.last_slip) == [number]
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "cart-handed-to-till.png"))

    # the 360: the cart is no longer open; the timeline says what happened
    customers = controller.customers
    qloop.run_until_complete(wait_until(lambda: cached(
        controller, "SELECT count(*) FROM interactions WHERE subject = 'Cart finished in "
                    "store' AND body LIKE ?", f"%{number}%")[0], 30, "timeline synced"))
    qloop.run_until_complete(customers.open_customer(page.cart.customer_id))
    model = customers.view.wishlist_model
    assert not any(model.item(r, 1) is not None
                   and model.item(r, 1).data(Qt.ItemDataRole.UserRole) == cart_id
                   for r in range(model.rowCount()))
    texts = [customers.view.timeline_model.item(i).text()
             for i in range(customers.view.timeline_model.rowCount())]
    assert any(CODE in t and number in t for t in texts), texts


def test_a_cart_opened_again_before_the_first_opening_finished_is_shown_once(
        counter, qtbot, qloop):
    """Enter on the 360's cart and, before it has loaded, the cart's code scanned: the newer
    opening wins and the older one leaves the page alone (its lines never land on top)."""
    controller, _, db = counter
    page = controller.cart
    cart_id, _ = a_cart_on_the_web_shop(db)
    controller.sync_now()
    qloop.run_until_complete(wait_until(
        lambda: cached(controller, "SELECT count(*) FROM carts WHERE cart_code = ?", CODE)[0],
        30, "the cart synced"))
    opened: list[str] = []
    page.cartOpened.connect(opened.append)

    async def both():
        return await asyncio.gather(page.open_cart(cart_id), page.open_code(CODE))

    assert qloop.run_until_complete(both()) == [False, True]
    assert opened == [cart_id]
    assert page.rows == [line.product_id for line in page.cart.lines]

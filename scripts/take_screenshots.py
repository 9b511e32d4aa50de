"""Screenshots of the screens with demo data, for the README and for reviewing the look.

    uv run python scripts/take_screenshots.py [OUT_DIR]

Runs offscreen: a demo central service in a temporary folder, the real window signed in as the
demo associate, after the first sync. Writes one PNG per screen.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "associate_app.keychain.MemoryKeyring")

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402

from associate_app.config import AppConfig  # noqa: E402
from associate_app.gui.app import AppController, make_application  # noqa: E402
from associate_app.gui.fields_dialog import FieldsDialog  # noqa: E402
from associate_app.gui.main_window import MainWindow  # noqa: E402
from associate_app.services import AppServices  # noqa: E402
from central_api.seed import demo_order_number  # noqa: E402

#: a seeded click-and-collect order within the returns policy, exchanged
EXCHANGEABLE = "CC-900002"
#: a seeded web order within the returns policy (central_api/seed_returns.py)
RETURNABLE = "WEB-900001"


def _dialog(window, name: str):
    """The open dialog of this name, if any."""
    return next((d for d in window.findChildren(FieldsDialog)
                 if d.objectName() == name and d.isVisible()), None)


async def wait_for(predicate, timeout=120.0):
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError("timed out")
        await asyncio.sleep(0.05)


async def shoot(out: Path, data_dir: Path) -> None:
    services = AppServices(AppConfig(demo=True, data_dir=data_dir), sync_interval_s=3600)
    window = MainWindow()
    window.resize(1366, 860)
    controller = AppController(services, window)
    run = asyncio.ensure_future(controller.run())
    await wait_for(lambda: controller.first_sync.is_set())
    await asyncio.sleep(0.3)

    def grab(name: str) -> None:
        window.repaint()
        path = out / f"{name}.png"
        window.grab().save(str(path))
        print(path)

    page = controller.customers
    cache = services.store.reader()  # (the cache is encrypted: the app's own opening)
    # a customer with something in every section
    cid, last = cache.execute(
        "SELECT c.customer_id, c.last_name FROM customers c "
        "JOIN wishlist_items w USING (customer_id) JOIN orders o USING (customer_id) "
        "JOIN interactions i USING (customer_id) JOIN loyalty_accounts l USING (customer_id) "
        "WHERE c.preferred_store_id = 'S001' GROUP BY c.customer_id "
        "ORDER BY count(DISTINCT i.interaction_id) + count(DISTINCT o.order_id) DESC LIMIT 1"
    ).fetchone()
    page.ui.customerSearch.setText(last[:4])
    await wait_for(lambda: page.model.rowCount() > 0)
    await asyncio.sleep(0.2)
    grab("customers-search")
    await page.open_customer(cid)
    await asyncio.sleep(0.2)
    grab("customer-360")
    # the loyalty programme (issue 14): a member with points to spend and some about to
    # expire, the rewards dialog over their 360
    member = cache.execute(
        "SELECT c.customer_id FROM customers c JOIN loyalty_accounts a USING (customer_id) "
        "WHERE c.preferred_store_id = 'S001' AND a.points_balance >= 900 "
        "ORDER BY a.points_balance DESC LIMIT 1").fetchone()[0]
    await page.open_customer(member)
    await asyncio.sleep(0.2)
    grab("loyalty-360")
    task = asyncio.ensure_future(page.redeem_points())
    await wait_for(lambda: any(w.objectName() == "rewardsDialog" and w.isVisible()
                               for w in QApplication.topLevelWidgets()))
    rewards = next(w for w in QApplication.topLevelWidgets()
                   if w.objectName() == "rewardsDialog")
    await asyncio.sleep(0.3)
    rewards.grab().save(str(out / "rewards-dialog.png"))
    print(out / "rewards-dialog.png")
    rewards.reject()
    await task
    # the order detail of a shipped web order with its parcel ("where is my order?")
    controller.open_order_detail(number=demo_order_number("WEB", 1, 1))
    await wait_for(lambda: controller.order_detail.detail is not None)
    await asyncio.sleep(0.2)
    grab("order-detail-web")
    controller.close_order_detail()

    # an online cart at the counter (issue 14): an abandoned one with the most lines, opened
    # by its code as a scan would, an item scanned in
    code, ean = cache.execute(
        "SELECT c.cart_code, (SELECT p.ean13 FROM inventory i JOIN products p USING "
        "(product_id) WHERE i.store_id = 'S001' AND i.on_hand - i.reserved >= 2 ORDER BY "
        "p.product_id LIMIT 1) FROM carts c JOIN customers u USING (customer_id) JOIN "
        "cart_lines l USING (cart_id) WHERE u.preferred_store_id = 'S001' AND c.status = "
        "'abandoned' AND c.cart_code IS NOT NULL GROUP BY c.cart_id ORDER BY count(*) DESC, "
        "c.cart_id LIMIT 1").fetchone()
    cart = controller.cart
    controller.open_cart(code=code)
    await wait_for(lambda: cart.cart is not None and cart.cart.cart_code == code)
    await cart.add_ean(ean)
    await asyncio.sleep(0.3)
    grab("cart")
    controller.close_cart()

    # Returns: a seeded order in policy open (seed_returns.py), one item scanned back
    returns = controller.returns
    controller.open_returns(number=RETURNABLE)
    await wait_for(lambda: returns.order is not None
                   and returns.order.sold.order_number == RETURNABLE)
    returns.scan_item(returns.order.products[0].ean13)
    await wait_for(lambda: returns.assessment is not None and returns.assessment.lines)
    await asyncio.sleep(0.3)
    grab("return")
    returns.confirm_return()  # recorded: the Dashboard's returns count it
    await wait_for(lambda: returns.outcome is not None, 30)
    while await services.store.pending_count():  # pushed by the sync it starts
        await asyncio.sleep(0.1)
    await asyncio.sleep(0.3)

    # An exchange: an item of another order in policy back, one replacement from the shelf here
    # and one only at a nearby store (collected there), the difference shown
    controller.open_returns(number=EXCHANGEABLE)
    await wait_for(lambda: returns.order is not None
                   and returns.order.sold.order_number == EXCHANGEABLE)
    returns.scan_item(returns.order.products[0].ean13)
    returns.exchange_button.setChecked(True)
    reader = services.store.reader()
    try:
        here = reader.execute(
            "SELECT p.ean13 FROM products p JOIN inventory i ON i.product_id = p.product_id "
            "WHERE i.store_id = 'S001' AND i.on_hand - i.reserved >= 2 AND p.ean13 IS NOT NULL "
            "AND p.ean13 <> ? ORDER BY p.price_cents DESC LIMIT 1",
            (returns.order.products[0].ean13,)).fetchone()
        nearby = reader.execute(
            "SELECT p.ean13 FROM products p JOIN inventory i ON i.product_id = p.product_id "
            "WHERE i.store_id <> 'S001' AND i.on_hand - i.reserved >= 1 AND p.ean13 IS NOT NULL "
            "AND p.product_id NOT IN (SELECT product_id FROM inventory WHERE store_id = 'S001' "
            "AND on_hand - reserved > 0) ORDER BY p.price_cents LIMIT 1").fetchone()
    finally:
        reader.close()
    for code in (here, nearby):
        if code is None or not await returns.exchange_panel.add_ean(code[0]):
            print(f"exchange: no replacement for {code}", file=sys.stderr)
    # in the language the window speaks (STORE_ASSOCIATE_LANG=fr: French)
    in_exchange = returns.exchange_panel.tr("In exchange %1  —  %2").split("%1")[0].strip()
    await wait_for(lambda: in_exchange in returns.exchange_panel.difference.text())
    await asyncio.sleep(0.3)
    grab("exchange")
    returns.confirm_return()  # recorded: the Dashboard counts the exchange
    await wait_for(lambda: returns.exchange is not None, 30)
    while await services.store.pending_count():
        await asyncio.sleep(0.1)
    await asyncio.sleep(0.3)
    controller.close_returns()
    window.show_page("conflicts")
    grab("conflicts")
    # Inventory: a search, and a product that an order holds, with its nearby stores
    inventory = controller.inventory
    pid, name = cache.execute(
        "SELECT p.product_id, p.name FROM orders o JOIN order_lines l USING (order_id) "
        "JOIN products p ON p.product_id = l.product_id WHERE o.store_id = 'S001' AND "
        "o.status IN ('new', 'picking', 'ready_for_pickup') ORDER BY o.order_number LIMIT 1"
    ).fetchone()
    window.show_page("inventory")
    inventory.search.setText(name.split()[-1])  # the colour: several products match
    await wait_for(lambda: inventory.model.row_of(pid) >= 0)
    await inventory.show_product(pid)
    await asyncio.sleep(0.2)
    grab("inventory")

    # the Dashboard over 7 days (store managers)
    dashboard = controller.dashboard
    window.show_page("dashboard")
    dashboard.choose_period("7d")
    await wait_for(lambda: dashboard.dashboard is not None
                   and dashboard.dashboard.period is not None
                   and dashboard.dashboard.period.key == "7d")
    await asyncio.sleep(0.2)
    grab("dashboard")
    # …scrolled down to its Returns section
    scroll = dashboard.findChild(QScrollArea, "dashboardScroll")
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    await asyncio.sleep(0.2)
    grab("dashboard-returns")
    scroll.verticalScrollBar().setValue(0)

    pickups = controller.pickups
    window.show_page("pickups")
    await asyncio.sleep(0.5)
    grab("pickups-queue")
    order_id, ean = cache.execute(
        "SELECT o.order_id, p.ean13 FROM orders o JOIN order_lines l USING (order_id) "
        "JOIN products p ON p.product_id = l.product_id WHERE o.store_id = 'S001' "
        "AND o.status = 'picking' AND l.qty_picked < l.qty_ordered ORDER BY o.order_number "
        "LIMIT 1").fetchone()
    await pickups.open_order(order_id)
    await pickups.scan_item(ean)
    await asyncio.sleep(0.2)
    grab("pickup-picking")
    stranger = cache.execute("SELECT ean13 FROM products ORDER BY product_id DESC LIMIT 1"
                             ).fetchone()[0]
    await pickups.scan_item(stranger)
    await asyncio.sleep(0.2)
    grab("pickup-refused-scan")
    ready_id = cache.execute(
        "SELECT order_id FROM orders WHERE store_id = 'S001' AND status = 'ready_for_pickup' "
        "ORDER BY pickup_expires_at DESC LIMIT 1").fetchone()[0]
    await pickups.open_order(ready_id)
    asyncio.ensure_future(pickups.handover_dialog())
    await asyncio.sleep(0.4)
    grab("pickup-ready")
    dialog = pickups.handover_open
    if dialog is not None:
        dialog.inputs["code"].setText("WXYZ-2345")
        dialog.submit()
        await asyncio.sleep(1.0)
        path = out / "pickup-handover-dialog.png"
        dialog.grab().save(str(path))
        print(path)
        dialog.reject()

    # a change at pickup on another ready order: an item added from the shelf, then one unit
    # of a line declined (the refund pending to the tender)
    change_id, line_id = cache.execute(
        "SELECT o.order_id, l.line_id FROM orders o JOIN order_lines l USING (order_id) "
        "WHERE o.store_id = 'S001' AND o.status = 'ready_for_pickup' AND o.order_id != ? "
        "AND o.failed_code_attempts = 0 AND l.qty_picked >= 1 ORDER BY (SELECT count(*) FROM "
        "order_lines x WHERE x.order_id = o.order_id) DESC, o.pickup_expires_at DESC LIMIT 1",
        (ready_id,)).fetchone()
    shelf_ean = cache.execute(
        "SELECT p.ean13 FROM products p JOIN inventory i USING (product_id) WHERE "
        "i.store_id = 'S001' AND i.on_hand - i.reserved >= 2 AND p.product_id NOT IN (SELECT "
        "product_id FROM order_lines WHERE order_id = ?) ORDER BY p.product_id LIMIT 1",
        (change_id,)).fetchone()[0]
    await pickups.open_order(change_id)
    await pickups.add_item(shelf_ean)
    row = next(i for i, x in enumerate(pickups.order.lines) if x.line_id == line_id)
    pickups.view.lines.selectRow(row)
    asyncio.ensure_future(pickups.decline_dialog())
    await wait_for(lambda: _dialog(window, "declineDialog") is not None, 10)
    decline = _dialog(window, "declineDialog")
    decline.inputs["qty"].setText("1")
    decline.submit()
    await wait_for(lambda: _dialog(window, "declineDialog") is None
                   and any(x.line_id == line_id and x.qty_declined == 1
                           for x in pickups.order.lines), 10)
    await asyncio.sleep(0.3)
    grab("pickup-change")
    # …and that order's detail: the declined line and the added one, per line
    controller.open_order_detail(number=pickups.order.order_number)
    await wait_for(lambda: controller.order_detail.detail is not None
                   and controller.order_detail.detail.order_id == change_id)
    await asyncio.sleep(0.3)
    grab("order-detail-pickup-change")
    window.close()
    await run


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as tmp, loop:
        loop.run_until_complete(shoot(out, Path(tmp)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

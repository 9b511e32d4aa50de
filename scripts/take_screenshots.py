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

from associate_app.config import AppConfig  # noqa: E402
from associate_app.gui.app import AppController, make_application  # noqa: E402
from associate_app.gui.main_window import MainWindow  # noqa: E402
from associate_app.services import AppServices  # noqa: E402
from central_api.seed import demo_order_number  # noqa: E402


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
    # the order detail of a shipped web order with its parcel ("where is my order?")
    controller.open_order_detail(number=demo_order_number("WEB", 1, 1))
    await wait_for(lambda: controller.order_detail.detail is not None)
    await asyncio.sleep(0.2)
    grab("order-detail-web")
    controller.close_order_detail()
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

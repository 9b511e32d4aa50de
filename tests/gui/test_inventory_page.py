"""A store manager on the Inventory screen of the real app (real central service on loopback,
first sync done): find a product by name and by scanning it, see its stock here, the orders
holding it and the nearby stores nearest first, all as the cache holds them; a misread or an
unknown barcode is said plainly and changes nothing; the low and out-of-stock filters."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit

from associate_app.config import AppConfig
from associate_app.gui.inventory_page import InventoryPage
from associate_app.inventory_service import InventoryService
from associate_app.services import AppServices
from store_contract.domain.barcodes import ean13_check_digit
from store_contract.domain.geo import distance_km
from tests.conftest import wait_until
from tests.support.cache_files import open_file
from tests.support.central import new_central_db, running_central_service
from tests.support.wedge import scan

HOLDING = ("new", "picking", "ready_for_pickup", "expired")


@pytest.fixture(scope="module")
def central_with_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, object]]:
    """One seeded service for this module (these stories only read): the ``counter`` fixture
    takes it instead of seeding one per test."""
    db = new_central_db(tmp_path_factory.mktemp("central-inventory"))
    with running_central_service(db, customers=200, stores=3) as url:
        yield url, db


def cache(controller) -> sqlite3.Connection:
    return open_file(controller.services.store.cache_path)


def open_inventory(qtbot, window, page) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key == "inventory"


def cell(view, row: int, col: int) -> str:
    return view.model().index(row, col).data() or ""


def test_a_product_found_by_name_shows_its_stock_here_its_orders_and_nearby_stores(
        counter, qtbot, qloop):
    controller, _, _ = counter
    window, page = controller.window, controller.inventory
    c = cache(controller)
    # a product that an open click-and-collect order of this store holds
    pid, name = c.execute(
        "SELECT p.product_id, p.name FROM orders o JOIN order_lines l USING (order_id) "
        "JOIN products p ON p.product_id = l.product_id WHERE o.store_id = 'S001' AND "
        f"o.channel = 'click_and_collect' AND o.status IN {HOLDING} "
        "ORDER BY o.order_number LIMIT 1").fetchone()
    on_hand, reserved = c.execute("SELECT on_hand, reserved FROM inventory WHERE store_id = "
                                  "'S001' AND product_id = ?", (pid,)).fetchone()
    held = c.execute(
        "SELECT o.order_number, sum(l.qty_ordered) FROM orders o JOIN order_lines l "
        "USING (order_id) WHERE o.store_id = 'S001' AND o.channel = 'click_and_collect' AND "
        f"o.status IN {HOLDING} AND l.product_id = ? GROUP BY o.order_id", (pid,)).fetchall()
    here = c.execute("SELECT latitude, longitude FROM stores WHERE store_id = 'S001'").fetchone()
    nearby = sorted(
        (distance_km(*here, lat, lon), city, max(0, (oh or 0) - (res or 0)))
        for city, lat, lon, oh, res in c.execute(
            "SELECT s.city, s.latitude, s.longitude, i.on_hand, i.reserved FROM stores s "
            "LEFT JOIN inventory i ON i.store_id = s.store_id AND i.product_id = ? "
            "WHERE s.store_id <> 'S001' AND s.store_id IN (SELECT store_id FROM inventory)",
            (pid,)))
    assert nearby, "the demo syncs the stock of nearby stores"
    word = name.split(",")[0]

    async def story():
        open_inventory(qtbot, window, page)
        await wait_until(lambda: page.model.rowCount() > 0, message="the store's products")
        assert QApplication.focusWidget() is page.search
        qtbot.keyClicks(page.search, word)
        await wait_until(lambda: page.model.text == word and page.model.rowCount() > 0,
                         message="rows for the typed name")
        rows = [page.model.row(i) for i in range(page.model.rowCount())]
        assert all(all(w in f"{r.name} {r.brand} {r.sku}".lower() for w in word.lower().split())
                   for r in rows)
        assert pid in [r.product_id for r in rows]
        # keyboard: ↓ from the search field until the product, then Enter
        for _ in range(page.model.row_of(pid) + 1):
            qtbot.keyClick(page.search, Qt.Key.Key_Down)
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
        await wait_until(lambda: page.detail.product is not None
                         and page.detail.product.product_id == pid, message="detail shown")

    qloop.run_until_complete(story())
    d = page.detail
    assert d.isVisible() and d.name.text() == name
    assert page.table.currentIndex().row() == page.model.row_of(pid)
    assert (d.on_hand.value.text(), d.reserved.value.text()) == (str(on_hand), str(reserved))
    assert d.available.value.text() == str(max(0, on_hand - reserved))
    row = page.model.row_of(pid)
    assert cell(page.table, row, 4) == str(on_hand)
    assert cell(page.table, row, 6) == str(max(0, on_hand - reserved))
    assert cell(page.table, row, 7) == str(sum(a for _, _, a in nearby))
    assert sorted((cell(d.held, r, 0), int(cell(d.held, r, 2)))
                  for r in range(d.held_model.rowCount())) == sorted(held)
    assert [(cell(d.nearby, r, 1), cell(d.nearby, r, 2), int(cell(d.nearby, r, 3)))
            for r in range(d.nearby_model.rowCount())] == [
        (city, f"{km:,.1f} km", available) for km, city, available in nearby]


def test_a_scanned_barcode_selects_its_product_and_a_bad_scan_changes_nothing(
        counter, qtbot, qloop):
    controller, _, _ = counter
    window, page = controller.window, controller.inventory
    c = cache(controller)
    pid, ean, name = c.execute(
        "SELECT p.product_id, p.ean13, p.name FROM products p JOIN inventory i ON "
        "i.product_id = p.product_id AND i.store_id = 'S001' WHERE i.on_hand - i.reserved > 3 "
        "ORDER BY p.product_id DESC LIMIT 1").fetchone()
    misread = ean[:-1] + str((int(ean[-1]) + 1) % 10)
    body = "2999999999999"[:12]
    unknown = body + ean13_check_digit(body)
    assert c.execute("SELECT count(*) FROM products WHERE ean13 = ?", (unknown,)).fetchone() == (0,)

    def screen():
        return (page.search.text(), page.stock_filter, page.current_id,
                page.detail.name.text(), page.model.rowCount(),
                page.table.currentIndex().row())

    async def story():
        open_inventory(qtbot, window, page)
        # start from a filter the product is not in: the scan shows it anyway
        qtbot.mouseClick(page.filter_buttons["low"], Qt.MouseButton.LeftButton)
        await wait_until(lambda: page.model.stock_filter == "low", message="low filter")
        page.search.setFocus()
        scan(qtbot, window, ean)
        await wait_until(lambda: page.current_id == pid and page.detail.name.text() == name,
                         message=lambda: f"scanned product shown: {page.message.text()!r}")
        assert page.search.text() == ean
        assert page.filter_buttons["all"].isChecked()
        assert [page.model.row(i).product_id for i in range(page.model.rowCount())] == [pid]
        assert page.table.currentIndex().row() == 0
        assert "Scanned" in page.message.text() and page.message.property("result") == "ok"
        before = screen()

        scan(qtbot, window, misread)
        await wait_until(lambda: "check digit" in page.message.text(),
                         message=lambda: f"misread said, saw {page.message.text()!r}")
        await settle(controller)
        assert screen() == before
        # the sentence stays up (the search the scanner's keys started does not clear it)
        assert "check digit" in page.message.text()
        assert page.message.property("result") == "refused" and page.message.isVisible()

        scan(qtbot, window, unknown)
        await wait_until(lambda: unknown in page.message.text(),
                         message=lambda: f"unknown barcode said, saw {page.message.text()!r}")
        assert "No product" in page.message.text()
        await settle(controller)
        assert screen() == before

        scan(qtbot, window, "HELLO-WORLD-42")
        await wait_until(lambda: "not one this app knows" in page.message.text(),
                         message="garbage said")
        await settle(controller)
        assert screen() == before
        assert window.current_page_key == "inventory"

    qloop.run_until_complete(story())


async def settle(controller) -> None:
    """Let the searches a scan's keys started finish (and every read queued before them), so
    "nothing changed" is checked after them, not before."""
    await wait_until(lambda: not controller.inventory.searching, message="searches finished")
    await controller.services.store.reads.run(lambda conn: None)  # one reader thread, in order
    await wait_until(lambda: not controller.inventory.searching, message="searches finished")


def test_low_and_out_of_stock_filters_show_only_matching_products(counter, qtbot, qloop):
    controller, _, _ = counter
    window, page = controller.window, controller.inventory
    c = cache(controller)

    def expected(where: str) -> set[str]:
        return {r[0] for r in c.execute(
            "SELECT i.product_id FROM inventory i WHERE i.store_id = 'S001' AND "
            f"max(0, i.on_hand - i.reserved) {where}")}

    low, out = expected("BETWEEN 1 AND 3"), expected("= 0")
    assert low and out and len(low) < 100 and len(out) < 100  # one page of each in the demo

    def listed() -> set[str]:
        return {page.model.row(i).product_id for i in range(page.model.rowCount())}

    catalogue = c.execute("SELECT count(*) FROM products").fetchone()[0]
    reloads: list[int] = []
    page.listReloaded.connect(lambda: reloads.append(1))

    async def sort_by_header(column: int) -> None:
        header = page.table.horizontalHeader()
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        seen = len(reloads)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, header.height() // 2))
        await wait_until(lambda: len(reloads) > seen, message="sorted list")

    async def story():
        qtbot.mouseClick(window.ui.inventoryNav, Qt.MouseButton.LeftButton)
        await wait_until(lambda: page.model.rowCount() > 0, message="the store's products")
        assert page.filter_buttons["all"].text().endswith(f"({catalogue:,})")
        qtbot.mouseClick(page.filter_buttons["low"], Qt.MouseButton.LeftButton)
        await wait_until(lambda: page.model.stock_filter == "low", message="low stock")
        assert listed() == low
        assert all(1 <= page.model.row(i).available <= 3 for i in range(page.model.rowCount()))
        assert page.filter_buttons["low"].text().endswith(f"({len(low)})")
        qtbot.mouseClick(page.filter_buttons["out"], Qt.MouseButton.LeftButton)
        await wait_until(lambda: page.model.stock_filter == "out", message="out of stock")
        assert listed() == out
        assert page.filter_buttons["out"].isChecked() and not page.filter_buttons["low"].isChecked()
        # sorting by clicking a header, then the other way round: same rows, in order
        directions = []
        for _ in range(2):
            await sort_by_header(7)
            directions.append(page.model.descending)
            assert page.model.sort_key == "nearby" and listed() == out
            values = [page.model.row(i).nearby_available for i in range(page.model.rowCount())]
            assert values == sorted(values, reverse=page.model.descending)
            assert len(set(values)) > 1  # (so the order says something)
        assert directions in ([True, False], [False, True])

    qloop.run_until_complete(story())
    for widget in page.findChildren(QAbstractButton) + page.findChildren(QLineEdit):
        if not widget.isVisible() or isinstance(widget.parent(), QLineEdit):
            continue  # (a line edit's own clear button)
        assert widget.objectName(), f"{widget!r} has no objectName"
        assert widget.accessibleName(), f"{widget.objectName()} has no accessible name"
        assert widget.height() >= 44, f"{widget.objectName()} is too small to touch"


def test_before_the_first_sync_the_screen_says_there_is_no_data_yet(qtbot, qloop, tmp_path):
    services = AppServices(AppConfig(demo=False, data_dir=tmp_path, store_id="S001",
                                     server_url="http://127.0.0.1:9"))
    qloop.run_until_complete(services.open_store())
    page = InventoryPage(InventoryService(services))
    qtbot.addWidget(page)
    page.show()
    try:
        qloop.run_until_complete(page.refresh())
        assert "first sync" in page.message.text() and page.message.isVisible()
        assert page.model.rowCount() == 0
        assert page.detail.product is None and "No stock data" in page.detail.placeholder.text()
    finally:
        qloop.run_until_complete(services.aclose())

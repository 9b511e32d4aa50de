"""The Inventory screen's reads on a real cache filled the way a sync fills it: stock here and
nearby, the low / out-of-stock filters, search, barcodes, the orders holding a product, and
the distances that order nearby stores."""

from __future__ import annotations

import sqlite3

import pytest

from associate_app.cache import inventory, outbox, replica
from associate_app.cache.local_store import LocalStore
from associate_app.cache.sync_state import set_state
from associate_app.inventory_service import InventoryService
from store_contract.domain import stock
from store_contract.domain.barcodes import classify
from store_contract.domain.geo import distance_km
from store_contract.domain.stock import StockFilter
from tests.support.synced_cache import synced_cache

HERE = "S001"
STORES = {  # id: (name, city, latitude, longitude)
    "S001": ("Harbour & Pine — Bristol Cabot Circus", "Bristol", 51.4584, -2.5844),
    "S002": ("Harbour & Pine — Bath SouthGate", "Bath", 51.3787, -2.3596),
    "S003": ("Harbour & Pine — Cardiff St David's", "Cardiff", 51.4786, -3.1746),
    "S004": ("Harbour & Pine — London Covent Garden", "London", 51.5124, -0.1251),
    "S005": ("Harbour & Pine — Pop-up", "Unknown", None, None),
}
PRODUCTS = {  # id: (name, brand, sku, ean13)
    "P00001": ("Linen Shirt, Navy", "Harbour & Pine", "HP-SHI-00001", "5012345000015"),
    "P00002": ("Wool Scarf, Rust", "Northlight", "HP-ACC-00002", "5012345000022"),
    "P00003": ("Ceramic Mug, Sage", "Pine Home", "HP-KIT-00003", "5012345000039"),
    "P00004": ("Napkins Set of 4", "Coastal Linen Co.", "HP-KIT-00004", "5012345000046"),
    "P00005": ("Brass Lamp 100%_Recycled", "Northlight", "HP-LGT-00005", "0123456000063"),
}
INVENTORY = {  # (store, product): (on_hand, reserved)
    ("S001", "P00001"): (5, 3),  # 2 available: low
    ("S001", "P00002"): (2, 4),  # more held than on hand: 0 available, out
    ("S001", "P00003"): (10, 0),
    ("S001", "P00004"): (0, 0),  # out
    # P00005 is not stocked here
    ("S002", "P00001"): (7, 1),
    ("S002", "P00005"): (4, 0),
    ("S003", "P00001"): (1, 2),  # counts as 0 nearby, never -1
    ("S003", "P00002"): (3, 0),
    ("S005", "P00001"): (2, 0),
    # S004 (London) is not a nearby store: the cache holds none of its stock
}
ORDERS = [  # id, number, store, channel, status, promised_at, lines [(product, qty)]
    ("O1", "CC-100001", "S001", "click_and_collect", "new", "2025-03-14T18:00:00+00:00",
     [("P00001", 2), ("P00003", 1)]),
    ("O2", "CC-100002", "S001", "click_and_collect", "ready_for_pickup",
     "2025-03-13T12:00:00+00:00", [("P00001", 1)]),
    ("O3", "CC-100003", "S001", "click_and_collect", "collected", "2025-03-12T12:00:00+00:00",
     [("P00001", 5)]),
    ("O4", "CC-100004", "S001", "click_and_collect", "expired", "2025-03-01T12:00:00+00:00",
     [("P00001", 1)]),
    ("O5", "CC-100005", "S001", "click_and_collect", "picking", "2025-03-14T16:00:00+00:00",
     [("P00001", 1), ("P00001", 2)]),  # the same product on two lines
    ("O6", "CC-100006", "S001", "click_and_collect", "cancelled", None, [("P00001", 3)]),
    ("O7", "CC-100007", "S002", "click_and_collect", "new", None, [("P00001", 4)]),
]



def _rows():
    for sid, (name, city, lat, lon) in STORES.items():
        yield "store", sid, "upsert", {"store_id": sid, "name": name, "city": city,
                                       "latitude": lat, "longitude": lon}
    for pid, (name, brand, sku, ean) in PRODUCTS.items():
        yield "product", pid, "upsert", {"product_id": pid, "name": name, "brand": brand,
                                         "sku": sku, "ean13": ean, "price_cents": 1999,
                                         "currency": "GBP"}
    for (sid, pid), (on_hand, reserved) in INVENTORY.items():
        yield "inventory", f"{sid}:{pid}", "upsert", {"on_hand": on_hand, "reserved": reserved}
    for oid, number, sid, channel, status, promised, lines in ORDERS:
        yield "order", oid, "upsert", {
            "order_id": oid, "order_number": number, "customer_id": "C1", "channel": channel,
            "store_id": sid, "status": status, "promised_at": promised,
            "lines": [{"line_id": f"{oid}-{k}", "product_id": pid, "qty_ordered": qty,
                       "qty_picked": 0, "qty_short": 0} for k, (pid, qty) in enumerate(lines)]}


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> sqlite3.Connection:
    with synced_cache(tmp_path_factory.mktemp("inventory-cache"), list(_rows())) as conn:
        yield conn


def names(rows) -> list[str]:
    return [r.product_id for r in rows]


def test_available_here_is_on_hand_less_reserved_and_never_below_zero(cache):
    rows = {r.product_id: r for r in inventory.page(cache, HERE)}
    assert (rows["P00001"].on_hand, rows["P00001"].reserved, rows["P00001"].available) == (5, 3, 2)
    assert rows["P00002"].available == 0  # 2 on hand, 4 held: not -2
    assert rows["P00003"].available == 10
    assert not rows["P00005"].stocked and rows["P00005"].available == 0


def test_available_nearby_adds_up_the_other_stores_without_negative_stock(cache):
    rows = {r.product_id: r for r in inventory.page(cache, HERE)}
    assert rows["P00001"].nearby_available == 6 + 0 + 2  # Bath, Cardiff (1 - 2 → 0), pop-up
    assert rows["P00002"].nearby_available == 3
    assert rows["P00005"].nearby_available == 4
    assert rows["P00003"].nearby_available == 0


def test_low_and_out_of_stock_filters_list_only_matching_products(cache):
    low = inventory.page(cache, HERE, "", StockFilter.LOW)
    out = inventory.page(cache, HERE, "", StockFilter.OUT)
    assert names(low) == ["P00001"]
    assert sorted(names(out)) == ["P00002", "P00004"]  # not P00005: not stocked is not "out"
    everything = inventory.page(cache, HERE)
    assert len(everything) == len(PRODUCTS)
    for f in StockFilter:
        expected = {r.product_id for r in everything if stock.matches(f, r.stocked, r.available)}
        assert set(names(inventory.page(cache, HERE, "", f))) == expected
    assert inventory.counts(cache, HERE) == inventory.Counts(all=5, low=1, out=2)
    assert stock.LOW_STOCK == 3
    assert stock.matches(StockFilter.LOW, True, 3) and not stock.matches(StockFilter.LOW, True, 4)


def test_search_matches_every_word_in_name_brand_sku_or_product_id(cache):
    assert names(inventory.page(cache, HERE, "linen")) == ["P00001", "P00004"]  # name, brand
    assert names(inventory.page(cache, HERE, "LINEN navy")) == ["P00001"]
    assert names(inventory.page(cache, HERE, "northlight")) == ["P00005", "P00002"]
    assert names(inventory.page(cache, HERE, "kit-0000")) == ["P00003", "P00004"]
    assert names(inventory.page(cache, HERE, "p00003")) == ["P00003"]
    assert names(inventory.page(cache, HERE, "100%_r")) == ["P00005"]  # % and _ are literal
    assert names(inventory.page(cache, HERE, "100%_x")) == []
    assert names(inventory.page(cache, HERE, "linen", StockFilter.OUT)) == ["P00004"]
    assert inventory.counts(cache, HERE, "linen") == inventory.Counts(all=2, low=1, out=1)


def test_a_barcode_finds_exactly_its_product_also_as_upc_a(cache):
    assert names(inventory.page(cache, HERE, "5012345000039")) == ["P00003"]
    assert names(inventory.page(cache, HERE, "123456000063")) == ["P00005"]  # UPC-A
    # a barcode typed so far matches the barcodes it starts
    assert names(inventory.page(cache, HERE, "50123450000")) == [
        "P00003", "P00001", "P00004", "P00002"]
    assert inventory.product_by_ean(cache, "5012345000046") == "P00004"
    assert inventory.product_by_ean(cache, "5012345000053") is None


def test_sorting_by_a_column_orders_the_whole_list_and_pages_follow(cache):
    by_available = inventory.page(cache, HERE, sort="available", descending=True)
    assert [r.available for r in by_available] == sorted((r.available for r in by_available),
                                                         reverse=True)
    assert by_available[0].product_id == "P00003"
    by_nearby = inventory.page(cache, HERE, sort="nearby")
    assert [r.nearby_available for r in by_nearby] == [0, 0, 3, 4, 8]
    first = inventory.page(cache, HERE, limit=2)
    rest = inventory.page(cache, HERE, limit=10, offset=2)
    assert names(first + rest) == names(inventory.page(cache, HERE))


def test_nearby_stores_are_nearest_first_with_none_shown_as_zero(cache):
    p = inventory.load_product(cache, HERE, "P00003")
    assert [s.store_id for s in p.nearby] == ["S002", "S003", "S005"]  # no London: not nearby
    assert [s.available for s in p.nearby] == [0, 0, 0]
    assert p.nearby[0].on_hand is None  # Bath does not stock it
    assert p.nearby[0].distance_km == pytest.approx(17.9, abs=0.1)
    assert p.nearby[1].distance_km == pytest.approx(40.9, abs=0.1)
    assert p.nearby[2].distance_km is None  # a store without coordinates comes last
    shirt = inventory.load_product(cache, HERE, "P00001")
    assert [(s.store_id, s.available) for s in shirt.nearby] == [
        ("S002", 6), ("S003", 0), ("S005", 2)]
    assert shirt.nearby_available == 8


def test_open_orders_of_this_store_holding_a_product_are_listed_most_urgent_first(cache):
    p = inventory.load_product(cache, HERE, "P00001")
    assert [(o.order_number, o.status, o.qty) for o in p.held] == [
        ("CC-100005", "picking", 3), ("CC-100001", "new", 2),
        ("CC-100002", "ready_for_pickup", 1), ("CC-100004", "expired", 1)]
    assert p.held_orders_total == 4
    assert (p.on_hand, p.reserved, p.available) == (5, 3, 2)
    mug = inventory.load_product(cache, HERE, "P00003")
    assert [o.order_number for o in mug.held] == ["CC-100001"]
    assert inventory.load_product(cache, HERE, "P00004").held == []
    assert inventory.load_product(cache, HERE, "P99999") is None


class _Plans:
    """A connection that records the query plan of every statement it runs."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.plans: list[tuple[str, list[str]]] = []

    def execute(self, sql, params=()):
        steps = [r[3] for r in self.conn.execute("EXPLAIN QUERY PLAN " + sql, params)]
        self.plans.append((sql, steps))
        return self.conn.execute(sql, params)


def test_looking_up_one_product_uses_indexes_not_table_scans(cache):
    spy = _Plans(cache)
    inventory.load_product(spy, HERE, "P00001")
    inventory.product_by_ean(spy, "5012345000015")
    inventory.page(spy, HERE, "5012345000015")
    assert len(spy.plans) >= 5
    for sql, steps in spy.plans:
        # the stores table (a chain's few hundred rows at most) is the only one read whole
        scans = [s for s in steps if s.startswith("SCAN") and s != "SCAN s"]
        assert not scans, f"{sql}\n{steps}"
    every_step = " | ".join(s for _, steps in spy.plans for s in steps)
    assert "ix_orders_store_status" in every_step
    assert "ix_order_lines_order" in every_step
    assert "ix_inventory_product" in every_step
    assert "ix_products_ean13" in every_step


def test_an_empty_cache_says_so(tmp_path):
    store = LocalStore(tmp_path)
    try:
        conn = store.reader()
        assert inventory.state(conn, HERE) == inventory.CacheState(False, False)
        assert inventory.page(conn, HERE) == []
        assert inventory.counts(conn, HERE) == inventory.Counts(0, 0, 0)
        conn.close()
    finally:
        store.close()


def test_a_typed_barcode_with_a_wrong_check_digit_is_named_as_such():
    assert "check digit" in InventoryService.search_problem("5012345000016")
    assert InventoryService.search_problem("5012345000015") is None
    assert InventoryService.search_problem("linen") is None
    assert classify("5012345000016").kind == "unknown"


def test_distance_between_london_and_manchester_is_about_262_km():
    london, manchester = (51.5074, -0.1278), (53.4808, -2.2426)
    assert distance_km(*london, *manchester) == pytest.approx(262, abs=2)
    assert distance_km(*manchester, *london) == pytest.approx(distance_km(*london, *manchester))
    assert distance_km(*london, *london) == 0
    assert distance_km(0, 0, 0, 180) == pytest.approx(20015, abs=1)  # half the equator


def test_the_cache_counts_as_holding_stock_only_once_a_first_sync_has_finished(tmp_path):
    store = LocalStore(tmp_path)
    try:
        def load(c, cursor):
            with outbox.transaction(c.cache):
                replica.apply_rows(c.cache, list(_rows()))
                set_state(c.cache, "cursor", cursor)

        store.writer.call(lambda c: load(c, "0"))  # rows arriving, the snapshot not finished
        conn = store.reader()
        assert inventory.state(conn, HERE) == inventory.CacheState(False, False)
        store.writer.call(lambda c: load(c, "7"))
        assert inventory.state(conn, HERE) == inventory.CacheState(True, True)
        conn.close()
    finally:
        store.close()

"""Stock here and at nearby stores, read from the cache for the Inventory screen.

The cache holds the chain's catalogue (``products``), this store's ``inventory`` rows and those
of the nearby stores the server shares with it (``central_api/sync_feed.py`` decides which), the
``stores`` with their coordinates, and this store's orders. Every list is paged or capped; a
product's stock is read by key (``inventory`` primary key and ``ix_inventory_product``), and the
orders holding it through ``ix_orders_store_status`` then ``ix_order_lines_order``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from associate_app.cache.sync_state import has_store_data
from store_contract.domain import stock
from store_contract.domain.barcodes import ScanKind, classify
from store_contract.domain.geo import distance_km
from store_contract.domain.pickup import HOLDS_STOCK
from store_contract.domain.stock import StockFilter

#: Most orders listed as holding one product (a product held by more is rare; the count says so)
MAX_HELD_ORDERS = 100
#: Words of a search that are used; more narrow nothing a person would notice
MAX_TERMS = 6

_AVAILABLE = "max(0, coalesce(i.on_hand, 0) - coalesce(i.reserved, 0))"
_NEARBY = ("(SELECT coalesce(sum(max(0, n.on_hand - n.reserved)), 0) FROM inventory n "
           "WHERE n.product_id = p.product_id AND n.store_id <> :store)")

#: sort key → ORDER BY expression (whitelisted: never a column name from outside)
SORTS: dict[str, str] = {
    "name": "p.name COLLATE NOCASE",
    "brand": "coalesce(p.brand, '') COLLATE NOCASE",
    "sku": "p.sku",
    "price": "p.price_cents",
    "on_hand": "coalesce(i.on_hand, -1)",
    "reserved": "coalesce(i.reserved, 0)",
    "available": _AVAILABLE,
    "nearby": "nearby",
}

_FILTERS = {
    StockFilter.ALL: "1",
    StockFilter.LOW: f"i.product_id IS NOT NULL AND {_AVAILABLE} BETWEEN 1 AND :low",
    StockFilter.OUT: f"i.product_id IS NOT NULL AND {_AVAILABLE} = 0",
}


class _StockHere:
    """Stock levels of a product in this store, from its ``on_hand`` and ``reserved``."""

    on_hand: int | None
    reserved: int | None

    @property
    def stocked(self) -> bool:
        return self.on_hand is not None

    @property
    def available(self) -> int:
        return stock.available(self.on_hand, self.reserved)

    @property
    def level(self) -> str:
        return stock.level(self.stocked, self.available)


@dataclass(frozen=True)
class StockRow(_StockHere):
    """One product in the list: its stock here (``on_hand`` None: not stocked here)."""

    product_id: str
    name: str
    brand: str | None
    sku: str | None
    ean13: str | None
    price_cents: int | None
    on_hand: int | None
    reserved: int | None
    nearby_available: int
    currency: str | None = None  # of the price (ISO 4217), as the product carries it


@dataclass(frozen=True)
class Counts:
    """How many products of a search each filter shows."""

    all: int
    low: int
    out: int

    def of(self, stock_filter: StockFilter) -> int:
        return {StockFilter.ALL: self.all, StockFilter.LOW: self.low,
                StockFilter.OUT: self.out}[stock_filter]


@dataclass(frozen=True)
class HeldOrder:
    """An open click-and-collect order of this store whose units of the product are held."""

    order_id: str
    order_number: str
    status: str
    qty: int  # units of the product on the order (held until collected or returned)
    picked: int
    promised_at: str | None
    pickup_expires_at: str | None
    pending: bool  # changed here, waiting to sync


@dataclass(frozen=True)
class NearbyStock:
    store_id: str
    name: str
    city: str | None
    distance_km: float | None  # None: a store without coordinates
    on_hand: int | None  # None: the store does not stock the product
    reserved: int | None

    @property
    def available(self) -> int:
        return stock.available(self.on_hand, self.reserved)


@dataclass(frozen=True)
class ProductStock(_StockHere):
    product_id: str
    name: str
    brand: str | None
    sku: str | None
    ean13: str | None
    category: str | None
    price_cents: int | None
    on_hand: int | None
    reserved: int | None
    held: list[HeldOrder]
    held_orders_total: int  # all holding orders, even past MAX_HELD_ORDERS
    nearby: list[NearbyStock]  # nearest first
    currency: str | None = None  # of the price (ISO 4217), as the product carries it

    @property
    def nearby_available(self) -> int:
        return sum(s.available for s in self.nearby)


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _search(text: str) -> tuple[str, dict[str, Any]]:
    """WHERE clause and parameters for a search: a barcode matches exactly; otherwise every word
    must be in the name, brand or SKU (or be the product id, or start the barcode)."""
    text = (text or "").strip()[:100]
    if not text:
        return "1", {}
    scan = classify(text)
    if scan.kind is ScanKind.PRODUCT:
        if len(text) == 8:  # an EAN-8, or the first digits of a longer barcode typed by hand
            return "(p.ean13 = :ean OR p.ean13 LIKE :prefix)", {"ean": scan.code,
                                                                 "prefix": text + "%"}
        return "p.ean13 = :ean", {"ean": scan.code}
    clauses, params = [], {}
    for k, term in enumerate(text.split()[:MAX_TERMS]):
        clause = (f"(p.name LIKE :t{k} ESCAPE '\\' OR p.brand LIKE :t{k} ESCAPE '\\' "
                  f"OR p.sku LIKE :t{k} ESCAPE '\\' OR p.product_id = :id{k}")
        params[f"t{k}"] = _like(term)
        params[f"id{k}"] = term.upper()
        if term.isdigit():
            clause += f" OR p.ean13 LIKE :ean{k}"
            params[f"ean{k}"] = term + "%"
        clauses.append(clause + ")")
    return " AND ".join(clauses), params


_FROM = ("FROM products p LEFT JOIN inventory i "
         "ON i.store_id = :store AND i.product_id = p.product_id ")


def page(conn: sqlite3.Connection, store_id: str, text: str = "",
         stock_filter: StockFilter = StockFilter.ALL, *, sort: str = "name",
         descending: bool = False, limit: int = 100, offset: int = 0) -> list[StockRow]:
    """One page of the catalogue with this store's stock, searched, filtered and sorted."""
    where, params = _search(text)
    order = SORTS[sort] + (" DESC" if descending else "")
    rows = conn.execute(
        "SELECT p.product_id, p.name, p.brand, p.sku, p.ean13, p.price_cents, i.on_hand, "
        f"i.reserved, {_NEARBY} AS nearby, p.currency {_FROM}"
        f"WHERE ({where}) AND ({_FILTERS[StockFilter(stock_filter)]}) "
        f"ORDER BY {order}, p.name COLLATE NOCASE, p.product_id LIMIT :limit OFFSET :offset",
        params | {"store": store_id, "low": stock.LOW_STOCK, "limit": limit, "offset": offset},
    ).fetchall()
    return [StockRow(*r) for r in rows]


def counts(conn: sqlite3.Connection, store_id: str, text: str = "") -> Counts:
    """How many products of the search are in each filter."""
    where, params = _search(text)
    row = conn.execute(
        f"SELECT count(*), coalesce(sum({_FILTERS[StockFilter.LOW]}), 0), "
        f"coalesce(sum({_FILTERS[StockFilter.OUT]}), 0) {_FROM}WHERE {where}",
        params | {"store": store_id, "low": stock.LOW_STOCK}).fetchone()
    return Counts(*row)


def product_by_ean(conn: sqlite3.Connection, ean13: str) -> str | None:
    row = conn.execute("SELECT product_id FROM products WHERE ean13 = ?", (ean13,)).fetchone()
    return row[0] if row else None


def held_by_orders(conn: sqlite3.Connection, store_id: str, product_id: str,
                   limit: int = MAX_HELD_ORDERS) -> tuple[list[HeldOrder], int]:
    """This store's open click-and-collect orders holding ``product_id`` (most urgent first),
    and how many there are in all."""
    marks = ", ".join("?" for _ in HOLDS_STOCK)
    # CROSS JOIN keeps the order: this store's holding orders by index, then their lines by
    # index. Starting from order_lines would read every line (there is no index by product).
    rows = conn.execute(
        "SELECT o.order_id, o.order_number, o.status, sum(l.qty_ordered), "
        "sum(coalesce(l.qty_picked, 0)), o.promised_at, o.pickup_expires_at, "
        "o.pending_mutation_id IS NOT NULL FROM orders o CROSS JOIN order_lines l "
        f"ON l.order_id = o.order_id WHERE o.store_id = ? AND o.status IN ({marks}) "
        "AND o.channel = 'click_and_collect' AND l.product_id = ? GROUP BY o.order_id "
        "ORDER BY CASE o.status WHEN 'expired' THEN 3 WHEN 'ready_for_pickup' THEN 2 "
        "ELSE 1 END, o.promised_at, o.order_number",
        (store_id, *HOLDS_STOCK, product_id)).fetchall()
    return [HeldOrder(*r[:7], bool(r[7])) for r in rows[:limit]], len(rows)


def nearby_stock(conn: sqlite3.Connection, store_id: str, product_id: str) -> list[NearbyStock]:
    """The product at every other store whose stock the cache holds, nearest first (a store
    that does not stock it shows with nothing available)."""
    here = conn.execute("SELECT latitude, longitude FROM stores WHERE store_id = ?",
                        (store_id,)).fetchone()
    rows = conn.execute(
        "SELECT s.store_id, s.name, s.city, s.latitude, s.longitude, i.on_hand, i.reserved "
        "FROM stores s LEFT JOIN inventory i ON i.store_id = s.store_id AND i.product_id = ? "
        "WHERE s.store_id <> ? AND EXISTS (SELECT 1 FROM inventory x "
        "WHERE x.store_id = s.store_id)", (product_id, store_id)).fetchall()
    out = []
    for sid, name, city, lat, lon, on_hand, reserved in rows:
        km = None
        if here is not None and None not in (here[0], here[1], lat, lon):
            km = distance_km(here[0], here[1], lat, lon)
        out.append(NearbyStock(sid, name, city, km, on_hand, reserved))
    out.sort(key=lambda s: (s.distance_km is None, s.distance_km or 0.0, s.name))
    return out


def load_product(conn: sqlite3.Connection, store_id: str, product_id: str) -> ProductStock | None:
    row = conn.execute(
        "SELECT p.product_id, p.name, p.brand, p.sku, p.ean13, p.category, p.price_cents, "
        "i.on_hand, i.reserved, p.currency FROM products p LEFT JOIN inventory i "
        "ON i.store_id = ? AND i.product_id = p.product_id WHERE p.product_id = ?",
        (store_id, product_id)).fetchone()
    if row is None:
        return None
    held, total = held_by_orders(conn, store_id, product_id)
    return ProductStock(*row[:9], held=held, held_orders_total=total,
                        nearby=nearby_stock(conn, store_id, product_id), currency=row[9])


@dataclass(frozen=True)
class CacheState:
    products: bool  # the catalogue has arrived
    stock_here: bool  # this store's inventory has arrived


def state(conn: sqlite3.Connection, store_id: str) -> CacheState:
    """What the cache holds yet (nothing until the first sync has finished)."""
    if not has_store_data(conn):
        return CacheState(False, False)
    products = conn.execute("SELECT 1 FROM products LIMIT 1").fetchone() is not None
    here = conn.execute("SELECT 1 FROM inventory WHERE store_id = ? LIMIT 1",
                        (store_id,)).fetchone() is not None
    return CacheState(products, here)

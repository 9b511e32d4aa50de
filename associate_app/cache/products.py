"""Finding a product in the cache by scanned barcode or by name (top N)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from store_contract.domain.barcodes import ScanKind, classify


@dataclass(frozen=True)
class ProductHit:
    product_id: str
    name: str
    brand: str | None
    ean13: str
    price_cents: int
    available_here: int | None


def find(conn: sqlite3.Connection, text: str, store_id: str | None,
         limit: int = 20) -> list[ProductHit]:
    text = (text or "").strip()[:100]
    if not text:
        return []
    scan = classify(text)
    base = ("SELECT p.product_id, p.name, p.brand, p.ean13, p.price_cents, "
            "i.on_hand - i.reserved FROM products p LEFT JOIN inventory i "
            "ON i.product_id = p.product_id AND i.store_id = ? ")
    if scan.kind is ScanKind.PRODUCT:
        rows = conn.execute(base + "WHERE p.ean13 = ?", (store_id, scan.code)).fetchall()
    else:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = conn.execute(
            base + "WHERE p.name LIKE ? ESCAPE '\\' OR p.brand LIKE ? ESCAPE '\\' "
            "OR p.product_id = ? ORDER BY p.name LIMIT ?",
            (store_id, pattern, pattern, text.upper(), limit)).fetchall()
    return [ProductHit(*r[:5], None if r[5] is None else max(0, r[5])) for r in rows]

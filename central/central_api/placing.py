"""Orders placed for a customer at the counter (an exchange's replacements, a cart finished
in store): the stock available at a store now, stores' names, and a new order number of the
form a scanner reads (``POS-``/``CC-``/``WEB-`` and digits, ``domain/barcodes.py``)."""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from .schema import inventory, orders, stores


def available_at(conn: Connection, store_id: str, product_id: str) -> int:
    row = conn.execute(sa.select(inventory.c.on_hand, inventory.c.reserved).where(
        inventory.c.store_id == store_id, inventory.c.product_id == product_id)).first()
    return max(0, row.on_hand - row.reserved) if row is not None else 0


def store_names(conn: Connection, ids: set[str]) -> dict[str, str]:
    return dict(conn.execute(sa.select(stores.c.store_id, stores.c.name)
                             .where(stores.c.store_id.in_(sorted(ids)))).all())


def new_order_number(conn: Connection, prefix: str) -> str:
    while True:  # the scanner's order number form: PREFIX-digits (domain/barcodes.py)
        number = f"{prefix}-7{secrets.randbelow(10**7):07d}"
        if conn.execute(sa.select(orders.c.order_id)
                        .where(orders.c.order_number == number)).first() is None:
            return number

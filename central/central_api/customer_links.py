"""Which stores serve a customer besides their home store (linked after a chain-wide search)."""

from __future__ import annotations

import sqlalchemy as sa

from .schema import customer_store_links


def linked_store_ids(conn: sa.Connection, customer_id: str) -> list[str]:
    return list(conn.execute(
        sa.select(customer_store_links.c.store_id)
        .where(customer_store_links.c.customer_id == customer_id)
        .order_by(customer_store_links.c.store_id)).scalars())

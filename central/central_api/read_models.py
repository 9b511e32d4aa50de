"""Rows to wire models, and the batched reads several routes share (orders with their lines)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from store_contract import wire

from .auth import as_utc
from .schema import order_lines, orders, products


def maybe_utc(value):  # noqa: ANN001, ANN201
    return None if value is None else as_utc(value)


def product_out(row: sa.Row) -> wire.ProductOut:
    return wire.ProductOut(
        product_id=row.product_id,
        sku=row.sku,
        ean13=row.ean13,
        name=row.name,
        brand=row.brand,
        category=row.category,
        price_cents=row.price_cents,
        currency=row.currency,
        image_url=row.image_url,
        allows_substitution=row.allows_substitution,
    )


def page_bounds(items: Sequence[object], limit: int, offset: int) -> int | None:
    """The next page's offset, or None when this page is the last one."""
    return offset + limit if len(items) == limit else None


def orders_with_lines(conn: Connection, order_rows: Sequence[sa.Row]) -> list[wire.OrderOut]:
    """Wire orders for ``order_rows``, with every line, in one extra query."""
    ids = [row.order_id for row in order_rows]
    lines: dict[str, list[wire.OrderLineOut]] = defaultdict(list)
    if ids:
        query = (
            sa.select(order_lines, products.c.name, products.c.ean13)
            .join(products, products.c.product_id == order_lines.c.product_id)
            .where(order_lines.c.order_id.in_(ids))
            .order_by(order_lines.c.order_id, order_lines.c.line_id)
        )
        for line in conn.execute(query):
            lines[line.order_id].append(
                wire.OrderLineOut(
                    line_id=line.line_id,
                    product_id=line.product_id,
                    product_name=line.name,
                    ean13=line.ean13,
                    qty_ordered=line.qty_ordered,
                    qty_picked=line.qty_picked,
                    qty_short=line.qty_short,
                    short_reason=line.short_reason,
                    substitute_product_id=line.substitute_product_id,
                    unit_price_cents=line.unit_price_cents,
                )
            )
    return [
        wire.OrderOut(
            order_id=row.order_id,
            order_number=row.order_number,
            customer_id=row.customer_id,
            channel=row.channel,
            store_id=row.store_id,
            status=row.status,
            placed_at=as_utc(row.placed_at),
            promised_at=maybe_utc(row.promised_at),
            pickup_expires_at=maybe_utc(row.pickup_expires_at),
            total_cents=row.total_cents,
            allow_substitutions=row.allow_substitutions,
            staging_location=row.staging_location,
            has_pickup_code=row.pickup_code_hash is not None,
            updated_at=as_utc(row.updated_at),
            lines=lines[row.order_id],
        )
        for row in order_rows
    ]


ORDER_COLUMNS = [c for c in orders.c if c.name not in ("pickup_code_salt",)]

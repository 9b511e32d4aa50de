"""Rows to wire models, and the batched reads several routes share (orders with their lines)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from store_contract import wire

from .auth import as_utc
from .schema import order_lines, orders, products

M = TypeVar("M", bound=wire.Wire)


def maybe_utc(value):  # noqa: ANN001, ANN201
    return None if value is None else as_utc(value)


def row_to(model: type[M], row: sa.Row | Mapping[str, Any], **extra: Any) -> M:
    """``model`` read from a row's columns of the same names (times made UTC: SQLite gives them
    back naive), with ``extra`` for what the row does not hold."""
    mapping = row._mapping if isinstance(row, sa.Row) else row
    data = {k: as_utc(v) if isinstance(v, datetime) else v for k, v in mapping.items()}
    return model.model_validate({**data, **extra})


def product_out(row: sa.Row) -> wire.ProductOut:
    return row_to(wire.ProductOut, row)


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
            lines[line.order_id].append(row_to(wire.OrderLineOut, line, product_name=line.name))
    return [
        row_to(wire.OrderOut, row, has_pickup_code=row.pickup_code_hash is not None,
               lines=lines[row.order_id])
        for row in order_rows
    ]


ORDER_COLUMNS = [c for c in orders.c if c.name not in ("pickup_code_salt",)]

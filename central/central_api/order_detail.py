"""One order of any channel and any store of the chain, as the counter shows it (issue 13):
lines with what was picked, collected and returned, how it was paid, its history and a web
order's parcel. Read by ``GET /v1/stores/{store_id}/orders/{number}``."""

from __future__ import annotations

import re

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from store_contract import wire
from store_contract.domain.customer_query import mask_email, mask_phone

from .customer_links import linked_store_ids
from .read_models import row_to
from .schema import (
    customers,
    order_events,
    order_lines,
    orders,
    payments,
    products,
    shipments,
    stores,
)

_RECEIPT = re.compile(r"^RCT-")


def find_order_id(conn: Connection, number: str) -> str | None:
    """The order with this order number (``WEB-…``, ``CC-…``, ``POS-…``) or till receipt number
    (``RCT-…``), spaces and case forgiven."""
    code = "".join(number.split()).upper()
    column = orders.c.receipt_number if _RECEIPT.match(code) else orders.c.order_number
    return conn.execute(sa.select(orders.c.order_id).where(column == code)).scalar()


def order_detail(conn: Connection, order_id: str, asking_store_id: str) -> wire.OrderDetail:
    """The order's detail for a device of ``asking_store_id``: the customer's contact details in
    full when the order or the customer is that store's, masked (as a chain-wide search shows
    them) otherwise."""
    o = conn.execute(
        sa.select(orders, stores.c.name.label("store_name"))
        .outerjoin(stores, stores.c.store_id == orders.c.store_id)
        .where(orders.c.order_id == order_id)
    ).one()
    c = conn.execute(sa.select(customers).where(customers.c.customer_id == o.customer_id)).one()
    ours = asking_store_id in (o.store_id, c.preferred_store_id) or asking_store_id in (
        linked_store_ids(conn, c.customer_id))
    substitute = products.alias("substitute")
    lines = [
        row_to(wire.OrderDetailLine, r)
        for r in conn.execute(
            sa.select(order_lines, products.c.name.label("product_name"), products.c.ean13,
                      substitute.c.name.label("substitute_name"))
            .join(products, products.c.product_id == order_lines.c.product_id)
            .outerjoin(substitute,
                       substitute.c.product_id == order_lines.c.substitute_product_id)
            .where(order_lines.c.order_id == order_id)
            .order_by(order_lines.c.line_id)
        )
    ]

    def children(table: sa.Table, model: type[wire.Wire], *order: sa.ColumnElement) -> list:
        return [row_to(model, r) for r in conn.execute(
            sa.select(table).where(table.c.order_id == order_id).order_by(*order))]

    return row_to(
        wire.OrderDetail, o,
        customer_name=f"{c.first_name} {c.last_name}",
        customer_email=c.email if ours else mask_email(c.email),
        customer_phone=c.phone_e164 if ours else mask_phone(c.phone_e164),
        contact_masked=not ours,
        lines=lines,
        payments=children(payments, wire.OrderPayment, payments.c.paid_at,
                          payments.c.payment_id),
        events=children(order_events, wire.OrderEvent, order_events.c.at,
                        order_events.c.event_id),
        shipments=children(shipments, wire.OrderShipment, shipments.c.shipped_at,
                           shipments.c.shipment_id),
    )

"""Demo orders to return at the demo store (issue 13), on top of the seeded history: one of
every channel within the returns policy, and some outside it — past the window, a final-sale
item, a gift receipt (store credit only) — and one with a reward paid with points.

Numbers ``WEB-9000xx``, ``CC-9000xx``, ``POS-9000xx`` (the history's are below 900000), each
with its payment, status events, lines' points and the loyalty entries those points made.
Deterministic: the same customers and products every time, times relative to the seed's
``now``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from . import changes
from .schema import (
    customers,
    loyalty_accounts,
    loyalty_ledger,
    order_events,
    order_lines,
    orders,
    payments,
    products,
    staff,
)

STORE = "S001"
DAY = timedelta(days=1)


@dataclass(frozen=True)
class _Demo:
    number: int
    channel: str
    days_ago: int  # since the customer got the goods
    lines: tuple[tuple[int, int], ...]  # (qty, discount in pence)
    final_sale: bool = False  # the first line
    gift_receipt: bool = False
    reward_points: int = 0  # the last line was a reward paid with these points
    tender: str = "card"


#: what a demo of returns needs, in policy first
DEMOS = (
    _Demo(900001, "online", 5, ((2, 500), (1, 0))),
    _Demo(900002, "click_and_collect", 3, ((1, 0), (2, 0))),
    _Demo(900003, "in_store", 1, ((1, 0), (1, 250)), tender="cash"),
    _Demo(900004, "online", 45, ((1, 0),)),  # past the 30-day window
    _Demo(900005, "in_store", 4, ((1, 0), (1, 0)), final_sale=True),
    _Demo(900006, "in_store", 2, ((1, 0),), gift_receipt=True),
    _Demo(900007, "click_and_collect", 6, ((1, 0), (1, 0)), reward_points=500),
)
_PREFIX = {"online": "WEB", "click_and_collect": "CC", "in_store": "POS"}


def seed_returnable_orders(conn: Connection, now: datetime) -> list[str]:
    """Add :data:`DEMOS` (inside the caller's transaction); their order numbers."""
    people = conn.execute(
        sa.select(customers.c.customer_id, loyalty_accounts.c.points_balance)
        .join(loyalty_accounts, loyalty_accounts.c.customer_id == customers.c.customer_id)
        .where(customers.c.preferred_store_id == STORE)
        .order_by(customers.c.customer_id).limit(len(DEMOS))).all()
    goods = conn.execute(sa.select(products.c.product_id, products.c.price_cents)
                         .order_by(products.c.product_id).limit(20)).all()
    clerk = conn.execute(sa.select(staff.c.staff_id).where(staff.c.store_id == STORE)
                         .order_by(staff.c.staff_id).limit(1)).scalar()
    if len(people) < len(DEMOS) or len(goods) < 20:
        return []
    made = []
    for k, (demo, person) in enumerate(zip(DEMOS, people, strict=False)):
        made.append(_order(conn, demo, person, goods[k * 2:], clerk, now))
    return made


def _order(conn: Connection, demo: _Demo, person: sa.Row, goods: list[sa.Row],
           clerk: str | None, now: datetime) -> str:
    customer_id = person.customer_id
    order_id = f"OR{demo.number}"
    number = f"{_PREFIX[demo.channel]}-{demo.number}"
    received = now - demo.days_ago * DAY
    placed = received - (2 * DAY if demo.channel != "in_store" else timedelta(0))
    store_id = None if demo.channel == "online" else STORE
    lines, total, points = [], 0, 0
    for i, (qty, discount) in enumerate(demo.lines):
        product = goods[i]
        reward = bool(demo.reward_points) and i == len(demo.lines) - 1
        discount = qty * product.price_cents if reward else discount
        net = qty * product.price_cents - discount
        earned = net // 100
        total, points = total + net, points + earned
        lines.append({
            "line_id": f"{order_id}-L{i + 1}", "order_id": order_id,
            "product_id": product.product_id, "qty_ordered": qty, "qty_picked": qty,
            "qty_short": 0, "unit_price_cents": product.price_cents, "qty_collected": qty,
            "discount_cents": discount, "points_earned": earned,
            "final_sale": demo.final_sale and i == 0,
            "points_paid": demo.reward_points if reward else 0})
    done = {"online": "delivered", "click_and_collect": "collected",
            "in_store": "completed"}[demo.channel]
    conn.execute(orders.insert().values(
        order_id=order_id, order_number=number, customer_id=customer_id,
        channel=demo.channel, store_id=store_id, status=done, placed_at=placed,
        promised_at=placed + DAY if demo.channel != "in_store" else None,
        total_cents=total, allow_substitutions=False, updated_at=received,
        receipt_number=f"RCT-{STORE}-{demo.number}" if demo.channel == "in_store" else None,
        gift_receipt=demo.gift_receipt))
    conn.execute(order_lines.insert(), lines)
    card = demo.tender == "card"
    conn.execute(payments.insert().values(
        payment_id=f"PY{demo.number}", order_id=order_id, tender=demo.tender,
        card_brand="Visa" if card else None, last_four=f"{demo.number % 10000:04d}"
        if card else None, amount_cents=total, paid_at=placed))
    steps = {"online": ("placed", "picked", "shipped", "delivered"),
             "click_and_collect": ("placed", "picked", "ready", "collected"),
             "in_store": ("completed",)}[demo.channel]
    for i, status in enumerate(steps):
        at = received if i == len(steps) - 1 else placed + i * timedelta(hours=8)
        conn.execute(order_events.insert().values(
            event_id=f"OE{demo.number}{i}", order_id=order_id, status=status, at=at,
            store_id=store_id, staff_id=clerk if store_id else None))
    ledger = [(f"LR{demo.number}E", points, "earn")] if points else []
    if demo.reward_points:
        short = demo.reward_points - (person.points_balance + points)
        if short > 0:  # the customer had saved up for the reward
            ledger.append((f"LR{demo.number}A", short, "adjust"))
        ledger.append((f"LR{demo.number}R", -demo.reward_points, "redeem"))
    for entry_id, delta, reason in ledger:
        conn.execute(loyalty_ledger.insert().values(
            entry_id=entry_id, customer_id=customer_id, store_id=store_id, delta=delta,
            reason=reason, order_id=order_id, created_at=received))
    conn.execute(loyalty_accounts.update().where(loyalty_accounts.c.customer_id == customer_id)
                 .values(points_balance=loyalty_accounts.c.points_balance
                         + sum(d for _, d, _ in ledger)))
    changes.record_changes(conn, [
        *((scope, "order", order_id, "upsert")
          for scope in changes.customer_scopes(STORE, store_id)),
        (STORE, "loyalty_account", customer_id, "upsert")])
    return number

"""Everything the store knows about one customer, read from the cache for the customer page.

Plain data out (no Qt): the page renders it; tests read it. Lists are bounded (a customer's
orders and timeline are capped) so a very active customer never loads a whole table.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from associate_app.cache.stores import currency_of

MAX_ORDERS = 200
MAX_TIMELINE = 300


@dataclass(frozen=True)
class Availability:
    on_hand: int
    reserved: int
    nearby_stores: int  # other cached stores with some available

    @property
    def available(self) -> int:
        return max(0, self.on_hand - self.reserved)


@dataclass(frozen=True)
class ProductLine:
    product_id: str
    name: str
    brand: str | None
    ean13: str | None
    unit_price_cents: int
    qty: int
    here: Availability | None  # None: the product is not stocked in this store
    pending: bool = False
    currency: str | None = None  # of the price (ISO 4217), as the product carries it


@dataclass(frozen=True)
class Cart:
    cart_id: str
    channel: str
    status: str
    updated_at: str
    lines: list[ProductLine]


@dataclass(frozen=True)
class OrderSummary:
    order_id: str
    order_number: str
    channel: str
    status: str
    placed_at: str
    total_cents: int
    store_id: str | None
    line_count: int


@dataclass(frozen=True)
class OrderLine:
    product_id: str
    name: str
    qty_ordered: int
    qty_picked: int
    qty_short: int
    unit_price_cents: int


@dataclass(frozen=True)
class TimelineEntry:
    """Something that happened with the customer, as facts (the page says them in words)."""

    at: str
    kind: str  # chat | ticket | note | notification | loyalty | order | return (or exchange)
    text: str = ""  # what was written: a chat, a ticket, a note, a message's body
    subject: str | None = None  # of a chat or ticket
    status: str | None = None  # of a chat, a ticket or an order
    staff_id: str | None = None  # who wrote a note
    channel: str | None = None  # of a message (email, sms) or an order
    template: str | None = None  # of a message
    points: int = 0  # loyalty: points added (negative: taken)
    reason: str | None = None  # loyalty: why (purchase, redeem, adjustment)
    store_id: str | None = None  # loyalty: where (None: online)
    order_number: str | None = None
    total_cents: int = 0  # of an order, or a return's refund, in ``Customer360.currency``
    pending: bool = False
    return_id: str | None = None  # a return (ids starting ``RD``: declined at pickup)
    items: int = 0  # a return: units brought back
    refund_method: str | None = None  # a return: tender | store_credit
    refund_status: str | None = None  # a return: pending | refunded | failed | issued (credit)
    exchanged_cents: int | None = None  # a return made as an exchange: the replacements' value
    due_cents: int = 0  # an exchange: what the customer pays at the till


@dataclass(frozen=True)
class Customer360:
    customer_id: str
    first_name: str
    last_name: str
    email: str | None
    phone_e164: str | None
    marketing_consent: bool
    consent_updated_at: str | None
    preferred_store_id: str | None
    preferred_store_name: str | None
    preferred_channel: str | None
    created_at: str | None
    pending: bool
    currency: str | None = None  # of the store's prices and order totals (ISO 4217)
    card_number: str | None = None
    tier: str | None = None
    points_balance: int | None = None
    pending_points: int = 0
    member_since: str | None = None
    wishlist: list[ProductLine] = field(default_factory=list)
    carts: list[Cart] = field(default_factory=list)
    orders: list[OrderSummary] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def _availability(conn: sqlite3.Connection, product_ids: list[str],
                  store_id: str | None) -> dict[str, Availability]:
    if not product_ids:
        return {}
    marks = ",".join("?" * len(product_ids))
    here: dict[str, tuple[int, int]] = {}
    nearby: dict[str, int] = {}
    for pid, sid, on_hand, reserved in conn.execute(
        f"SELECT product_id, store_id, on_hand, reserved FROM inventory "
        f"WHERE product_id IN ({marks})", product_ids):
        if sid == store_id:
            here[pid] = (on_hand, reserved)
        elif on_hand - reserved > 0:
            nearby[pid] = nearby.get(pid, 0) + 1
    return {
        pid: Availability(here.get(pid, (0, 0))[0], here.get(pid, (0, 0))[1], nearby.get(pid, 0))
        for pid in product_ids if pid in here or pid in nearby
    }


def load(conn: sqlite3.Connection, customer_id: str, store_id: str | None) -> Customer360 | None:
    row = conn.execute(
        "SELECT c.*, s.name AS store_name FROM customers c "
        "LEFT JOIN stores s ON s.store_id = c.preferred_store_id WHERE c.customer_id = ?",
        (customer_id,)).fetchone()
    if row is None:
        return None
    loyalty = conn.execute("SELECT * FROM loyalty_accounts WHERE customer_id = ?",
                           (customer_id,)).fetchone()
    pending_points = conn.execute(
        "SELECT coalesce(sum(delta), 0) FROM pending_loyalty WHERE customer_id = ?",
        (customer_id,)).fetchone()[0]

    wish_rows = conn.execute(
        "SELECT w.product_id, w.pending_mutation_id, p.name, p.brand, p.ean13, p.price_cents, "
        "p.currency "
        "FROM wishlist_items w LEFT JOIN products p USING (product_id) "
        "WHERE w.customer_id = ? ORDER BY w.added_at DESC", (customer_id,)).fetchall()
    cart_rows = conn.execute(
        "SELECT * FROM carts WHERE customer_id = ? AND status IN ('active', 'abandoned') "
        "ORDER BY updated_at DESC", (customer_id,)).fetchall()
    cart_lines = {
        cart["cart_id"]: conn.execute(
            "SELECT l.product_id, l.qty, l.unit_price_cents, p.name, p.brand, p.ean13, p.currency "
            "FROM cart_lines l LEFT JOIN products p USING (product_id) WHERE l.cart_id = ?",
            (cart["cart_id"],)).fetchall()
        for cart in cart_rows
    }
    product_ids = list({r["product_id"] for r in wish_rows}
                       | {r["product_id"] for lines in cart_lines.values() for r in lines})
    stock = _availability(conn, product_ids, store_id)

    def line(r, qty: int, price: int | None, pending: bool = False) -> ProductLine:
        return ProductLine(r["product_id"], r["name"] or r["product_id"], r["brand"], r["ean13"],
                           price or 0, qty, stock.get(r["product_id"]), pending, r["currency"])

    wishlist = [line(r, 1, r["price_cents"], r["pending_mutation_id"] is not None)
                for r in wish_rows]
    carts = [Cart(c["cart_id"], c["channel"], c["status"], c["updated_at"],
                  [line(r, r["qty"], r["unit_price_cents"]) for r in cart_lines[c["cart_id"]]])
             for c in cart_rows]
    orders = [OrderSummary(*r) for r in conn.execute(
        "SELECT o.order_id, o.order_number, o.channel, o.status, o.placed_at, o.total_cents, "
        "o.store_id, (SELECT count(*) FROM order_lines l WHERE l.order_id = o.order_id) "
        "FROM orders o WHERE o.customer_id = ? ORDER BY o.placed_at DESC LIMIT ?",
        (customer_id, MAX_ORDERS))]
    return Customer360(
        customer_id=row["customer_id"], first_name=row["first_name"],
        last_name=row["last_name"], email=row["email"], phone_e164=row["phone_e164"],
        marketing_consent=bool(row["marketing_consent"]),
        consent_updated_at=row["consent_updated_at"],
        preferred_store_id=row["preferred_store_id"], preferred_store_name=row["store_name"],
        preferred_channel=row["preferred_channel"], created_at=row["created_at"],
        pending=row["pending_mutation_id"] is not None,
        currency=currency_of(conn, store_id),
        card_number=loyalty["card_number"] if loyalty else None,
        tier=loyalty["tier"] if loyalty else None,
        points_balance=loyalty["points_balance"] if loyalty else None,
        pending_points=int(pending_points),
        member_since=loyalty["member_since"] if loyalty else None,
        wishlist=wishlist, carts=carts, orders=orders,
        timeline=_timeline(conn, customer_id),
    )


def _timeline(conn: sqlite3.Connection, customer_id: str) -> list[TimelineEntry]:
    entries: list[TimelineEntry] = []
    for r in conn.execute(
        "SELECT kind, channel, subject, body, status, created_at, pending_mutation_id, staff_id "
        "FROM interactions WHERE customer_id = ? ORDER BY created_at DESC LIMIT ?",
            (customer_id, MAX_TIMELINE)):
        entries.append(TimelineEntry(
            r["created_at"], r["kind"], r["body"] or "", subject=r["subject"],
            status=r["status"], staff_id=r["staff_id"], channel=r["channel"],
            pending=r["pending_mutation_id"] is not None))
    for r in conn.execute(
        "SELECT channel, template, body, sent_at FROM notifications WHERE customer_id = ? "
        "ORDER BY sent_at DESC LIMIT ?", (customer_id, MAX_TIMELINE)):
        entries.append(TimelineEntry(r["sent_at"], "notification", r["body"] or "",
                                     channel=r["channel"], template=r["template"]))
    for r in conn.execute(
        "SELECT delta, reason, store_id, order_id, created_at, note, staff_id FROM "
        "loyalty_ledger WHERE customer_id = ? ORDER BY created_at DESC LIMIT ?",
            (customer_id, MAX_TIMELINE)):
        # what, where, who and why (issue 14: the ledger says why in words)
        entries.append(TimelineEntry(r["created_at"], "loyalty", text=r["note"] or "",
                                     points=r["delta"], reason=r["reason"],
                                     store_id=r["store_id"], staff_id=r["staff_id"]))
    for r in conn.execute(
        "SELECT mutation_id, delta, reason, created_at FROM pending_loyalty "
        "WHERE customer_id = ?", (customer_id,)):
        entries.append(TimelineEntry(r["created_at"], "loyalty", points=r["delta"],
                                     reason=r["reason"], pending=True))
    for r in conn.execute(
        "SELECT order_number, channel, status, placed_at, total_cents FROM orders "
        "WHERE customer_id = ? ORDER BY placed_at DESC LIMIT ?", (customer_id, MAX_TIMELINE)):
        entries.append(TimelineEntry(r["placed_at"], "order", channel=r["channel"],
                                     status=r["status"], order_number=r["order_number"],
                                     total_cents=r["total_cents"] or 0))
    entries += _returns(conn, customer_id)
    entries.sort(key=lambda e: e.at or "", reverse=True)
    return entries[:MAX_TIMELINE]


def _returns(conn: sqlite3.Connection, customer_id: str) -> list[TimelineEntry]:
    """The customer's returns: when, of which order, units, the refund and where it stands (the
    latest refund's status; store credit: ``issued`` once its voucher is here); one made on
    this device and not yet applied by the service is ``pending`` (no refund yet)."""
    entries = []
    for r in conn.execute(
        "SELECT r.return_id, r.created_at, r.refund_method, r.refund_cents, "
        "r.pending_mutation_id, o.order_number, o.channel, "
        "(SELECT coalesce(sum(l.qty), 0) FROM return_lines l WHERE l.return_id = r.return_id), "
        "(SELECT f.status FROM refunds f WHERE f.return_id = r.return_id "
        " ORDER BY f.updated_at DESC, f.created_at DESC LIMIT 1), "
        "EXISTS (SELECT 1 FROM vouchers v WHERE v.return_id = r.return_id), "
        "x.replacement_cents, x.due_cents "
        "FROM returns r LEFT JOIN exchanges x ON x.return_id = r.return_id "
        "LEFT JOIN orders o ON o.order_id = r.order_id "
        "WHERE r.customer_id = ? ORDER BY r.created_at DESC LIMIT ?",
            (customer_id, MAX_TIMELINE)):
        (return_id, at, method, cents, pending, number, channel, units, refund_status,
         voucher, exchanged, due) = r
        if method == "store_credit" and voucher:
            refund_status = "issued"
        entries.append(TimelineEntry(
            at, "return", channel=channel, order_number=number, total_cents=cents or 0,
            pending=pending is not None, return_id=return_id, items=units or 0,
            refund_method=method, refund_status=None if pending is not None else refund_status,
            exchanged_cents=exchanged, due_cents=due or 0))
    return entries


def order_lines(conn: sqlite3.Connection, order_id: str) -> list[OrderLine]:
    return [OrderLine(*r) for r in conn.execute(
        "SELECT l.product_id, coalesce(p.name, l.product_id), l.qty_ordered, l.qty_picked, "
        "l.qty_short, l.unit_price_cents FROM order_lines l LEFT JOIN products p "
        "USING (product_id) WHERE l.order_id = ? ORDER BY l.line_id", (order_id,))]

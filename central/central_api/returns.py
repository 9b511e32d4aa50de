"""Returns at a store (issue 13): the ``order.return`` change applied, the returns policy the
service owns, and store credit vouchers used at a till.

The rules are the contract's (:mod:`store_contract.domain.returns`); this module loads the
order as it is now, asks them again (never trust the wire: the device checked the same rules,
perhaps hours ago and offline) and writes what a return does, all in the change's transaction:
resellable units back on this store's stock, damaged ones written off to
:data:`WRITE_OFF_LOCATION`, the order's lines' ``qty_returned``, the return and its refund (to
the original tender, ``pending`` for the payment service to execute; or store credit, a
voucher with a code usable once), the points earned on the returned units taken back (and
points paid for a reward given back), an order event, a line on the customer's timeline, the
store's audit, and the change log for every device that sees the order.

Two devices that return the same units while offline: the first change to arrive is applied,
the second is refused with when and where the refund was already given, and what to do.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from store_contract.domain import notification_templates as templates
from store_contract.domain import returns as rules
from store_contract.domain.store_time import store_zone
from store_contract.domain.text import QT_TRANSLATE_NOOP, Moment, Text, text

from . import audit, storage
from . import mutations as m
from .changes import CHAIN_WIDE, customer_scopes, record_changes
from .errors import joined
from .schema import (
    is_empty,
    loyalty_accounts,
    order_events,
    order_lines,
    orders,
    payments,
    products,
    refunds,
    return_lines,
    return_policies,
    returns,
    staff,
    stores,
    vouchers,
    write_offs,
)

#: where damaged returned units go (off the sales floor, not in ``inventory``)
WRITE_OFF_LOCATION = "WRITE-OFF"
#: store credit codes: no 0/O, 1/I/L; 12 characters (60 bits), grouped by four
VOUCHER_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
VOUCHER_PREFIX = "SC"


# -- the policy ----------------------------------------------------------------------------------


def load_policy(conn: Connection) -> rules.ReturnPolicy:
    """The policy as the service holds it (the contract's standard one until it is seeded)."""
    rows = conn.execute(sa.select(return_policies)).all()
    if not rows:
        return rules.DEFAULT_POLICY
    return rules.ReturnPolicy(
        policy_id=rows[0].policy_id,
        window_days={r.channel: r.window_days for r in rows},
        final_sale_returnable=all(r.final_sale_returnable for r in rows),
        gift_receipt_store_credit_only=any(r.gift_receipt_store_credit_only for r in rows),
    )


def policy_rows(policy: rules.ReturnPolicy, now: datetime) -> list[dict[str, Any]]:
    return [{"channel": channel.value, "policy_id": policy.policy_id,
             "window_days": policy.window_for(channel.value),
             "final_sale_returnable": policy.final_sale_returnable,
             "gift_receipt_store_credit_only": policy.gift_receipt_store_credit_only,
             "updated_at": now} for channel in rules.Channel]


def publish_policy(conn: Connection, policy: rules.ReturnPolicy, now: datetime) -> None:
    """Store ``policy`` and send it to every device (chain-wide)."""
    conn.execute(return_policies.delete())
    rows = policy_rows(policy, now)
    conn.execute(return_policies.insert(), rows)
    record_changes(conn, [(CHAIN_WIDE, "return_policy", r["channel"], "upsert") for r in rows])


def ensure_policy(engine: Engine, now: datetime | None = None) -> None:
    """Publish the contract's standard policy in a seeded database that has none yet."""
    with engine.connect() as conn, storage.write_transaction(conn):
        if is_empty(conn) or conn.execute(sa.select(return_policies.c.channel)).first():
            return
        publish_policy(conn, rules.DEFAULT_POLICY, now or datetime.now(UTC))


# -- the order as the rules see it ---------------------------------------------------------------


def _received_at(conn: Connection, order: sa.Row) -> datetime | None:
    """When the customer got the goods (the window starts there): the order's delivered,
    collected or completed event, else when it was placed."""
    at = conn.execute(
        sa.select(sa.func.max(order_events.c.at)).where(
            order_events.c.order_id == order.order_id,
            order_events.c.status.in_(rules.RECEIVED_EVENTS))).scalar()
    if at is None and order.status == "collected":
        at = order.updated_at
    at = at or order.placed_at
    return at.replace(tzinfo=UTC) if at is not None and at.tzinfo is None else at


def sold_order(conn: Connection, order: sa.Row) -> tuple[rules.SoldOrder, dict[str, str]]:
    """The order as the returns rules take it, and its products' names by line."""
    lines = conn.execute(
        sa.select(order_lines, products.c.name)
        .join(products, products.c.product_id == order_lines.c.product_id)
        .where(order_lines.c.order_id == order.order_id).order_by(order_lines.c.line_id)).all()
    sold = rules.SoldOrder(
        order_id=order.order_id, order_number=order.order_number, channel=order.channel,
        status=order.status, received_at=_received_at(conn, order),
        gift_receipt=bool(order.gift_receipt),
        lines=tuple(rules.SoldLine(
            line_id=x.line_id, product_id=x.product_id, qty_bought=rules.qty_bought(
                order.channel, order.status, x.qty_ordered, x.qty_picked, x.qty_short,
                x.qty_collected),
            qty_returned=x.qty_returned, unit_price_cents=x.unit_price_cents,
            discount_cents=x.discount_cents, points_earned=x.points_earned,
            points_paid=x.points_paid, final_sale=bool(x.final_sale)) for x in lines))
    return sold, {x.line_id: x.name for x in lines}


# -- refusals ------------------------------------------------------------------------------------


def _already_returned(conn: Connection, sold: rules.SoldOrder, problem: rules.Problem,
                      what: str) -> str | None:
    """For units someone already returned: when, where and by whom the refund was given, and
    what to do with this second return."""
    earlier = conn.execute(
        sa.select(returns.c.return_id, returns.c.created_at, returns.c.refund_method,
                  stores.c.name.label("store_name"), stores.c.store_id, stores.c.timezone,
                  staff.c.name.label("staff_name"))
        .join(return_lines, return_lines.c.return_id == returns.c.return_id)
        .join(stores, stores.c.store_id == returns.c.store_id)
        .outerjoin(staff, staff.c.staff_id == returns.c.staff_id)
        .where(return_lines.c.line_id == problem.line_id)
        .order_by(returns.c.created_at.desc()).limit(1)).first()
    if earlier is None:
        return None
    at = earlier.created_at
    at = (at.replace(tzinfo=UTC) if at.tzinfo is None else at).astimezone(
        store_zone(earlier.timezone))
    how = refund_way(earlier.refund_method == rules.RefundMethod.STORE_CREDIT)
    where = {"what": what, "order": sold.order_number, "how": how,
             "date": Moment(at, with_time=False), "time": f"{at:%H:%M}",
             "store": earlier.store_name, "store_id": earlier.store_id,
             "return_id": earlier.return_id}
    if earlier.staff_name:
        given = text(QT_TRANSLATE_NOOP(
            "Messages", "The refund for {what} of order {order} was already given {how}: "
            "returned on {date} at {time} at {store} ({store_id}) by {staff}, return "
            "{return_id}."), **where, staff=earlier.staff_name)
    else:
        given = text(QT_TRANSLATE_NOOP(
            "Messages", "The refund for {what} of order {order} was already given {how}: "
            "returned on {date} at {time} at {store} ({store_id}), return {return_id}."),
            **where)
    undo = text(QT_TRANSLATE_NOOP(
        "Messages", "This return was not recorded: undo it here — give the customer back the "
        "item (or take back any refund or credit you handed over) — and tell your manager if "
        "they disagree."))
    if problem.returnable:
        still = text(QT_TRANSLATE_NOOP("Messages", "Only {count} more can come back."),
                     count=problem.returnable)
        return joined([given, still, undo])
    return joined([given, undo])


def refund_way(store_credit: bool) -> Text:
    """How a refund was given, in a sentence ("… was given {how}")."""
    if store_credit:
        return text(QT_TRANSLATE_NOOP("Messages", "as store credit"))
    return text(QT_TRANSLATE_NOOP("Messages", "to the original payment"))


def _refusal(conn: Connection, sold: rules.SoldOrder, names: dict[str, str],
             problem: rules.Problem) -> str:
    if problem.breach is rules.Breach.MORE_THAN_RETURNABLE:
        what = names.get(problem.line_id or "") or text(
            QT_TRANSLATE_NOOP("Messages", "line {line}"), line=problem.line_id)
        told = _already_returned(conn, sold, problem, what)
        if told:
            return told
    return text(QT_TRANSLATE_NOOP("Messages", "{refusal} Nothing was changed."),
                refusal=rules.sentence(problem, sold, names))


# -- the change ----------------------------------------------------------------------------------


def _new_code(conn: Connection) -> str:
    while True:
        body = "".join(secrets.choice(VOUCHER_ALPHABET) for _ in range(12))
        code = f"{VOUCHER_PREFIX}-{body[:4]}-{body[4:8]}-{body[8:]}"
        if conn.execute(sa.select(vouchers.c.voucher_id)
                        .where(vouchers.c.voucher_code == code)).first() is None:
            return code


@dataclass(frozen=True)
class Checked:
    """A return the rules let through, with what it needs to be written."""

    order: sa.Row
    customer: sa.Row
    sold: rules.SoldOrder
    names: dict[str, str]
    method: rules.RefundMethod
    assessment: rules.Assessment
    exceptions: tuple[rules.Problem, ...]
    approved_by: str | None


def check_return(ctx: m.Context, p: dict[str, Any]) -> Checked:
    """The order as it is now and the return asked again of the rules; :class:`m.Rejected`
    with a sentence when they refuse it (or it is out of policy without an approval)."""
    conn = ctx.conn
    order = conn.execute(sa.select(orders).where(orders.c.order_id == p["order_id"])).first()
    if order is None:
        raise m.Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "Order {order} does not exist on the central service, so nothing can "
            "be returned against it. Nothing was changed."), order=p["order_id"]))
    customer = m._visible_customer(ctx, order.customer_id)
    sold, names = sold_order(conn, order)
    method = rules.RefundMethod(p["refund_method"])
    assessment = rules.assess(sold, [(x["line_id"], x["qty"]) for x in p["lines"]], method,
                              ctx.now, load_policy(conn))
    if assessment.refusals:
        raise m.Rejected(_refusal(conn, sold, names, assessment.refusals[0]))
    exceptions = assessment.exceptions
    if exceptions and p.get("exception_reason") is None:
        said = joined([rules.sentence(x, sold, names) for x in exceptions])
        raise m.Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "{problems} Record it again with the manager's approval and a reason. "
            "Nothing was changed."), problems=said))
    approved_by = ctx.approved_by.staff_id if ctx.approved_by is not None else None
    if exceptions and approved_by is None:
        approved_by = ctx.staff_id  # a manager's own exception (the permission table let it)
    return Checked(order, customer, sold, names, method, assessment, exceptions, approved_by)


def write_return(ctx: m.Context, p: dict[str, Any], c: Checked, refund_cents: int,
                 *, note: str = "") -> tuple[str, str | None]:
    """The return's rows, stock, refund (``refund_cents`` in money: the whole value for a
    return, what is left over for an exchange), points and order event; (return id, the
    voucher code if store credit was issued)."""
    conn, order, assessment = ctx.conn, c.order, c.assessment
    return_id = m._own_id(ctx, returns, "return_id", p["return_id"], "R")
    conn.execute(returns.insert().values(
        return_id=return_id, order_id=order.order_id, customer_id=order.customer_id,
        store_id=ctx.store_id, staff_id=ctx.staff_id, approved_by=c.approved_by,
        refund_method=c.method.value, refund_cents=refund_cents,
        points_reversed=assessment.points_reversed, points_restored=assessment.points_restored,
        exception_reason=p.get("exception_reason") if c.exceptions else None,
        mutation_id=ctx.mutation_id, created_at=ctx.now))
    items = {x["line_id"]: x for x in p["lines"]}
    for k, line in enumerate(assessment.lines, 1):
        item = items[line.line_id]
        conn.execute(return_lines.insert().values(
            return_line_id=f"{return_id}-{k}", return_id=return_id, line_id=line.line_id,
            product_id=line.product_id, qty=line.qty, reason=item["reason"],
            condition=item["condition"], refund_cents=line.refund_cents))
        conn.execute(order_lines.update().where(order_lines.c.line_id == line.line_id)
                     .values(qty_returned=order_lines.c.qty_returned + line.qty))
        if item["condition"] == rules.Condition.RESELLABLE:
            m._move_stock(conn, ctx.store_id, line.product_id, on_hand=line.qty)
        else:
            conn.execute(write_offs.insert().values(
                write_off_id=m._new_id("WO"), store_id=ctx.store_id,
                product_id=line.product_id, qty=line.qty, location=WRITE_OFF_LOCATION,
                reason=item["reason"], return_id=return_id, created_at=ctx.now))
    voucher_code = _refund(ctx, order, return_id, c.method, refund_cents)
    _points(ctx, c.customer, order, assessment)
    units = sum(x.qty for x in assessment.lines)
    conn.execute(order_events.insert().values(
        event_id=m._new_id("OE"), order_id=order.order_id, status="returned", at=ctx.now,
        store_id=ctx.store_id, staff_id=ctx.staff_id,
        note=(note or f"{units} item(s) returned ({return_id})")[:200]))
    extra = {"refund_status": "pending"} if c.method is rules.RefundMethod.TENDER \
        and refund_cents else {}
    m._save_order(conn, order, ctx.now, **extra)
    return return_id, voucher_code


def record_return(ctx: m.Context, p: dict[str, Any]) -> dict[str, str]:
    """The handler of ``order.return`` (see the module's doc)."""
    conn = ctx.conn
    c = check_return(ctx, p)
    order, assessment, method = c.order, c.assessment, c.method
    exceptions, approved_by = c.exceptions, c.approved_by
    return_id, voucher_code = write_return(ctx, p, c, assessment.refund_cents)
    units = sum(x.qty for x in assessment.lines)
    how = ("as store credit" if method is rules.RefundMethod.STORE_CREDIT
           else "to the original payment")
    record = (f"{units} item(s) of order {order.order_number} returned at "
              f"{m._store_name(conn, ctx.store_id)} (return {return_id}); refund {how}"
              f", {assessment.points_reversed} points taken back"
              + (f", {assessment.points_restored} points given back" if
                 assessment.points_restored else "") + ".")
    if exceptions:
        record += (f" Outside the returns policy "
                   f"({', '.join(x.breach.value for x in exceptions)})"
                   f", approved by {approved_by}: {p.get('exception_reason')}.")
    m._audit(ctx, order, "Items returned", record + m._sent_by(ctx))
    audit.record(conn, store_id=ctx.store_id,
                 action="order.return.exception" if exceptions else "order.return",
                 subject=order.order_id, staff_id=ctx.staff_id, approved_by=approved_by
                 if exceptions else None, device_id=ctx.device_id, at=ctx.now,
                 detail=record + m._sent_by(ctx))
    notice = (f"We received {units} item(s) of your order {order.order_number} back. ")
    notice += (f"Your store credit code is {voucher_code}." if voucher_code
               else "Your refund is on its way to your original payment method."
               if assessment.refund_cents else "")
    m._notify(conn, order, templates.ORDER_REFUND, notice.strip(), ctx.now,
              secrets=[voucher_code] if voucher_code else [])

    scopes = list(dict.fromkeys([*m._order_scopes(conn, order), ctx.store_id]))
    kinds = [("return", return_id)] + ([("voucher", _voucher_of(conn, return_id))]
                                       if voucher_code else [])
    record_changes(conn, [(s, kind, eid, "upsert") for s in scopes for kind, eid in kinds]
                   + [(ctx.store_id, "order", order.order_id, "upsert")])
    return m._mapped(p["return_id"], return_id)


def _voucher_of(conn: Connection, return_id: str) -> str:
    return conn.execute(sa.select(vouchers.c.voucher_id)
                        .where(vouchers.c.return_id == return_id)).scalar_one()


def _refund(ctx: m.Context, order: sa.Row, return_id: str, method: rules.RefundMethod,
            amount: int) -> str | None:
    """Record the refund (and issue the voucher); the voucher's code, if one."""
    if amount <= 0:
        return None  # nothing was paid in money for these units (a reward paid with points)
    conn = ctx.conn
    values: dict[str, Any] = {
        "refund_id": m._new_id("RF"), "return_id": return_id, "order_id": order.order_id,
        "method": method.value, "amount_cents": amount, "currency": order.currency,
        "created_at": ctx.now, "updated_at": ctx.now}
    code = None
    if method is rules.RefundMethod.TENDER:
        paid = conn.execute(sa.select(payments).where(payments.c.order_id == order.order_id)
                            .order_by(payments.c.paid_at, payments.c.payment_id)
                            .limit(1)).first()
        values.update(status="pending", payment_id=paid.payment_id if paid else None,
                      tender=paid.tender if paid else None,
                      card_brand=paid.card_brand if paid else None,
                      last_four=paid.last_four if paid else None)
    else:
        code = _new_code(conn)
        voucher_id = m._new_id("V")
        conn.execute(vouchers.insert().values(
            voucher_id=voucher_id, voucher_code=code, customer_id=order.customer_id,
            amount_cents=amount, currency=order.currency, return_id=return_id,
            issued_store_id=ctx.store_id, issued_at=ctx.now))
        values.update(status="issued", voucher_id=voucher_id)
    conn.execute(refunds.insert().values(**values))
    return code


def _points(ctx: m.Context, customer: sa.Row, order: sa.Row,
            assessment: rules.Assessment) -> None:
    """Points earned on the returned units taken back (the balance may go below zero when
    they were already spent: later purchases make it up); points paid for a reward given
    back. Nothing for a customer without a loyalty account."""
    has_account = ctx.conn.execute(sa.select(loyalty_accounts.c.customer_id).where(
        loyalty_accounts.c.customer_id == customer.customer_id)).first()
    if has_account is None:
        return
    # what came back no longer counts towards the tier (issue 14): the spend goes with it
    if assessment.points_reversed or assessment.refund_cents:
        m._ledger(ctx, customer, -assessment.points_reversed, "return", order.order_id,
                  spend_cents=-assessment.refund_cents,
                  note=f"Items of order {order.order_number} returned")
    if assessment.points_restored:
        m._ledger(ctx, customer, assessment.points_restored, "return_restore", order.order_id,
                  note=f"Reward points of order {order.order_number} given back")
    from . import loyalty_programme  # (it builds on this module)

    loyalty_programme.settle_tier(ctx, customer.customer_id)  # (the spend; up only, as ever)


# -- store credit at a till ----------------------------------------------------------------------


class VoucherRefused(Exception):
    """A voucher that cannot be used: the message is a sentence for the person at the till."""


#: the prefixes of single-use codes: store credit, and a loyalty reward (issue 14)
CODE_PREFIXES = (VOUCHER_PREFIX, "RW")


def normalise_code(typed: str) -> str:
    body = "".join(ch for ch in (typed or "").upper() if ch.isalnum())
    prefix = next((x for x in CODE_PREFIXES if body.startswith(x) and len(body) == 14),
                  VOUCHER_PREFIX)
    body = body.removeprefix(prefix)
    if len(body) != 12:
        return ""
    return f"{prefix}-{body[:4]}-{body[4:8]}-{body[8:]}"


def redeem_voucher(conn: Connection, code: str, *, store_id: str, receipt: str,
                   now: datetime) -> sa.Row:
    """Use the voucher ``code`` once (inside the caller's write transaction): its row as used,
    or :class:`VoucherRefused`."""
    code = normalise_code(code)
    row = conn.execute(sa.select(vouchers).where(vouchers.c.voucher_code == code)).first() \
        if code else None
    if row is None:
        raise VoucherRefused(text(QT_TRANSLATE_NOOP(
            "Messages", "There is no store credit with that code. Check the code on the "
            "customer's slip or message and type it again.")))
    if row.cancelled_at is not None:
        raise VoucherRefused(text(QT_TRANSLATE_NOOP(
            "Messages", "This reward voucher was cancelled (its points went back to the "
            "customer), so it cannot be used.")))
    expires = row.expires_at
    if expires is not None and (expires if expires.tzinfo else expires.replace(tzinfo=UTC)) <= now:
        raise VoucherRefused(text(QT_TRANSLATE_NOOP(
            "Messages", "This voucher expired on {date}, so it cannot be used."),
            date=Moment(expires, with_time=False)))
    if row.redeemed_at is not None:
        at = row.redeemed_at if row.redeemed_at.tzinfo else row.redeemed_at.replace(tzinfo=UTC)
        raise VoucherRefused(text(QT_TRANSLATE_NOOP(
            "Messages", "This store credit was already used on {date} at store {store} "
            "(receipt {receipt}). A code is good for one use only; the customer cannot pay "
            "with it again."), date=Moment(at, with_time=False), store=row.redeemed_store_id,
            receipt=row.redeemed_receipt))
    used = conn.execute(
        vouchers.update().where(vouchers.c.voucher_id == row.voucher_id,
                                vouchers.c.redeemed_at.is_(None))
        .values(redeemed_at=now, redeemed_store_id=store_id, redeemed_receipt=receipt))
    if used.rowcount != 1:  # (one writer at a time; kept for a database that allows more)
        raise VoucherRefused(text(QT_TRANSLATE_NOOP(
            "Messages", "This store credit was just used at another till.")))
    customer = m._customer_of(conn, row.customer_id)
    scopes = list(dict.fromkeys(customer_scopes(
        customer.preferred_store_id if customer else None) + [store_id, row.issued_store_id]))
    record_changes(conn, [(s, "voucher", row.voucher_id, "upsert") for s in scopes])
    return conn.execute(sa.select(vouchers).where(
        vouchers.c.voucher_id == row.voucher_id)).one()

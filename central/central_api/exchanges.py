"""Exchanges at a store (issue 13): the ``order.exchange`` change applied.

The rules are the contract's (:mod:`store_contract.domain.exchanges` for the replacements and
the difference, :mod:`store_contract.domain.returns` for what comes back); this module asks
them again against the order, the catalogue and the stock as they are now, and writes, all in
the change's transaction (a refusal leaves nothing behind):

* the return of the items coming back (``returns.write_return``: stock back or written off,
  the lines' returned units, points taken back), its refund being only what the replacements
  do not use up;
* one order placed for the customer per place the replacements come from: from this store's
  shelf an in-store sale, handed over now (taken off this store's stock); collected at a nearby
  store a click-and-collect order there (reserved there, in that store's Pickups queue, the
  customer sent its pickup code); sent home a web order shipped from that store (reserved
  there). The returned value pays for them (a payment of tender ``exchange``); what is still
  due is paid at the till;
* the exchange and its lines (which order each replacement is on), the orders' events, a line
  on the customer's timeline, a message to the customer, the store's audit and the change log
  for every store that sees any of it.
"""

from __future__ import annotations

import secrets
from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from store_contract.domain import exchanges as rules
from store_contract.domain import notification_templates as templates
from store_contract.domain import pickup
from store_contract.domain import returns as return_rules
from store_contract.domain.money import plain_amount
from store_contract.domain.text import QT_TRANSLATE_NOOP, text

from . import audit, loyalty_programme
from . import mutations as m
from . import returns as store_returns
from .changes import record_changes
from .hashing import new_salt, pickup_code_hash
from .placing import available_at, new_order_number, store_names
from .schema import (
    exchange_lines,
    exchanges,
    order_events,
    order_lines,
    orders,
    payments,
    products,
)

#: the order each place a replacement comes from is placed as: (channel, number prefix, status)
PLACED = {
    rules.Source.HERE: ("in_store", "POS", "completed"),
    rules.Source.COLLECT: ("click_and_collect", "CC", pickup.NEW),
    rules.Source.SHIP: ("online", "WEB", "placed"),
}
#: a tender the payment service never charges: the value of what came back
EXCHANGE_TENDER = "exchange"


def replacements(conn: Connection, store_id: str,
                 items: list[dict[str, Any]]) -> tuple[list[rules.Replacement], dict[str, str]]:
    """The replacements as the rules take them (catalogue prices, stock at their source now),
    and the products' names."""
    ids = sorted({x["product_id"] for x in items})
    known = {r.product_id: r for r in conn.execute(
        sa.select(products.c.product_id, products.c.name, products.c.price_cents)
        .where(products.c.product_id.in_(ids)))}
    out = []
    for x in items:
        source = rules.Source(x["source"])
        where = store_id if source is rules.Source.HERE else x.get("from_store_id")
        product = known.get(x["product_id"])
        out.append(rules.Replacement(
            product_id=x["product_id"], qty=x["qty"],
            unit_price_cents=product.price_cents if product is not None else None,
            source=source.value, from_store_id=where,
            available=available_at(conn, where, x["product_id"]) if where else 0))
    return out, {k: v.name for k, v in known.items()}


def record_exchange(ctx: m.Context, p: dict[str, Any]) -> dict[str, str]:
    """The handler of ``order.exchange`` (see the module's doc)."""
    conn = ctx.conn
    checked = store_returns.check_return(ctx, p)
    order = checked.order
    wanted, names = replacements(conn, ctx.store_id, p["replacements"])
    where = store_names(conn, {x.from_store_id for x in wanted if x.from_store_id})
    problems = rules.check(wanted, ctx.store_id)
    if problems:
        first = problems[0]
        raise m.Rejected(text(QT_TRANSLATE_NOOP("Messages", "{refusal} Nothing was changed."),
                              refusal=rules.sentence(first, names.get(first.product_id or "", ""),
                                                     where.get(first.from_store_id or "", ""))))
    settlement = rules.settle(checked.assessment.refund_cents, wanted)
    exchange_id = m._own_id(ctx, exchanges, "exchange_id", p["exchange_id"], "X")
    return_id, voucher_code = store_returns.write_return(
        ctx, p, checked, settlement.refund_cents, note=f"Exchanged ({exchange_id})")

    # one order per place the replacements come from, the returned value paying for them
    groups: dict[tuple[str, str], list[rules.Replacement]] = defaultdict(list)
    for x in wanted:
        groups[(x.source, x.from_store_id or ctx.store_id)].append(x)
    credit = settlement.credit_applied_cents
    placed: list[tuple[sa.Row, str, str, str | None]] = []  # order, source, store, code
    line_rows = []
    for (source, store_id), items in groups.items():
        channel, prefix, status = PLACED[rules.Source(source)]
        order_id = m._new_id("O")
        total = sum(x.cents for x in items)
        code = salt = None
        if source == rules.Source.COLLECT:
            code = pickup.code_from_bytes(secrets.token_bytes(16))
            salt = new_salt()
        conn.execute(orders.insert().values(
            order_id=order_id, order_number=new_order_number(conn, prefix),
            customer_id=order.customer_id, channel=channel, store_id=store_id, status=status,
            placed_at=ctx.now, promised_at=None, total_cents=total, allow_substitutions=False,
            pickup_code_salt=salt, pickup_code_hash=pickup_code_hash(code, salt)
            if code and salt else None, updated_at=ctx.now, currency=order.currency))
        for k, x in enumerate(items, 1):
            here = source == rules.Source.HERE
            conn.execute(order_lines.insert().values(
                line_id=f"{order_id}-L{k}", order_id=order_id, product_id=x.product_id,
                qty_ordered=x.qty, qty_picked=x.qty if here else 0,
                qty_collected=x.qty if here else 0, unit_price_cents=x.unit_price_cents))
            # from the shelf here: handed over now; elsewhere: held there until it leaves
            m._move_stock(conn, store_id, x.product_id, **({"on_hand": -x.qty} if here
                                                            else {"reserved": x.qty}))
            line_rows.append({
                "exchange_line_id": f"{exchange_id}-{len(line_rows) + 1}",
                "exchange_id": exchange_id, "product_id": x.product_id, "qty": x.qty,
                "unit_price_cents": x.unit_price_cents, "source": source,
                "from_store_id": store_id, "new_order_id": order_id})
        paid = min(credit, total)
        credit -= paid
        if paid:
            conn.execute(payments.insert().values(
                payment_id=m._new_id("PY"), order_id=order_id, tender=EXCHANGE_TENDER,
                amount_cents=paid, paid_at=ctx.now))
        conn.execute(order_events.insert().values(
            event_id=m._new_id("OE"), order_id=order_id, status=status, at=ctx.now,
            store_id=store_id, staff_id=ctx.staff_id,
            note=f"Placed at {m._store_name(conn, ctx.store_id)} in exchange for items of "
                 f"order {order.order_number} ({exchange_id})"[:200]))
        placed.append((conn.execute(sa.select(orders).where(orders.c.order_id == order_id))
                       .one(), source, store_id, code))
        if source == rules.Source.HERE:  # handed over now: it earns now (the others when
            loyalty_programme.earn_for_order(ctx, placed[-1][0])  # collected)
    conn.execute(exchanges.insert().values(
        exchange_id=exchange_id, return_id=return_id, order_id=order.order_id,
        customer_id=order.customer_id, store_id=ctx.store_id, staff_id=ctx.staff_id,
        returned_cents=settlement.returned_cents,
        replacement_cents=settlement.replacement_cents, due_cents=settlement.due_cents,
        refund_cents=settlement.refund_cents, currency=order.currency,
        mutation_id=ctx.mutation_id, created_at=ctx.now))
    conn.execute(exchange_lines.insert(), line_rows)

    record = _timeline_text(conn, ctx, order, checked, placed, settlement, return_id,
                            exchange_id, names, where, p.get("exception_reason"))
    m._audit(ctx, order, "Items exchanged", record + m._sent_by(ctx))
    audit.record(conn, store_id=ctx.store_id,
                 action="order.exchange.exception" if checked.exceptions else "order.exchange",
                 subject=order.order_id, staff_id=ctx.staff_id,
                 approved_by=checked.approved_by if checked.exceptions else None,
                 device_id=ctx.device_id, at=ctx.now, detail=record + m._sent_by(ctx))
    m._notify(conn, order, templates.ORDER_REFUND,
              _customer_text(order, placed, settlement, voucher_code, where), ctx.now,
              secrets=[voucher_code or ""] + [pickup.format_code(code) for _, _, _, code
                                               in placed if code])

    scopes = set(m._order_scopes(conn, order)) | {ctx.store_id}
    changes = []
    for new, _, store_id, _ in placed:
        for scope in dict.fromkeys([*m._order_scopes(conn, new), store_id, ctx.store_id]):
            changes.append((scope, "order", new.order_id, "upsert"))
        scopes.add(store_id)
    kinds = [("return", return_id), ("exchange", exchange_id)] + (
        [("voucher", store_returns._voucher_of(conn, return_id))] if voucher_code else [])
    record_changes(conn, changes + [(s, kind, eid, "upsert") for s in sorted(scopes)
                                    for kind, eid in kinds]
                   + [(ctx.store_id, "order", order.order_id, "upsert")])
    return {**m._mapped(p["return_id"], return_id), **m._mapped(p["exchange_id"], exchange_id)}


def _timeline_text(conn: Connection, ctx: m.Context, order: sa.Row,
                   checked: store_returns.Checked, placed: list, settlement: rules.Settlement,
                   return_id: str, exchange_id: str, names: dict[str, str],
                   where: dict[str, str], reason: str | None) -> str:
    units = sum(x.qty for x in checked.assessment.lines)
    parts = [f"{units} item(s) of order {order.order_number} exchanged at "
             f"{m._store_name(conn, ctx.store_id)} (exchange {exchange_id}, return "
             f"{return_id})."]
    for new, source, store_id, _ in placed:
        lines = conn.execute(sa.select(order_lines.c.product_id, order_lines.c.qty_ordered)
                             .where(order_lines.c.order_id == new.order_id)).all()
        what = ", ".join(f"{q} × {names.get(pid, pid)}" for pid, q in lines)
        match source:
            case rules.Source.HERE:
                parts.append(f"Given from the shelf here: {what} ({new.order_number}).")
            case rules.Source.COLLECT:
                parts.append(f"Order {new.order_number} placed for them to collect at "
                             f"{where.get(store_id, store_id)}: {what}.")
            case _:
                parts.append(f"Order {new.order_number} placed for them, sent to their home "
                             f"from {where.get(store_id, store_id)}: {what}.")
    currency = order.currency
    if settlement.due_cents:
        parts.append(f"{plain_amount(settlement.due_cents, currency)} to pay at the till.")
    elif settlement.refund_cents:
        how = ("as store credit" if checked.method is return_rules.RefundMethod.STORE_CREDIT
               else "to the original payment")
        parts.append(f"{plain_amount(settlement.refund_cents, currency)} back {how}.")
    else:
        parts.append("An even exchange.")
    if checked.assessment.points_reversed:
        parts.append(f"{checked.assessment.points_reversed} points taken back.")
    if checked.exceptions:
        parts.append(f"Outside the returns policy "
                     f"({', '.join(x.breach.value for x in checked.exceptions)}), approved by "
                     f"{checked.approved_by}: {reason}.")
    return " ".join(parts)


def _customer_text(order: sa.Row, placed: list, settlement: rules.Settlement,
                   voucher_code: str | None, where: dict[str, str]) -> str:
    text = f"Thank you for exchanging items of your order {order.order_number}."
    for new, source, store_id, code in placed:
        if source == rules.Source.COLLECT:
            text += (f" Your order {new.order_number} will be ready to collect at "
                     f"{where.get(store_id, store_id)}; we will tell you when. Your pickup code "
                     f"is {pickup.format_code(code or '')}.")
        elif source == rules.Source.SHIP:
            text += f" Your order {new.order_number} is on its way to your home address."
    if voucher_code:
        text += f" Your store credit code is {voucher_code}."
    elif settlement.refund_cents:
        text += (f" {plain_amount(settlement.refund_cents, order.currency)} is on its way back to "
                 "your original payment method.")
    return text

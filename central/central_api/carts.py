"""Online carts finished at the counter (issue 14): the ``cart.convert`` change applied.

The rules are the contract's (:mod:`store_contract.domain.carts`); this module asks them again
against the cart, the catalogue (prices now) and the stock where each line comes from as they
are now, and writes, all in the change's transaction (a refusal leaves nothing behind):

* the order the cart becomes here: handed to the till, an in-store sale waiting for payment
  (``POS-`` number the till scans, its items reserved here until the till takes them); kept
  for pickup, a click-and-collect order here already picked (in this store's Pickups queue to
  be staged and marked ready; the customer sent its pickup code);
* one order per nearby store a line comes from: collected there, a click-and-collect order
  there (reserved, in that store's queue, the customer sent its code); sent home, a web order
  reserved there;
* the cart marked ``converted`` with the order it became (it leaves the web cart), a line on
  the customer's timeline, messages to the customer and the change log for every store that
  sees any of it.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from store_contract.domain import carts as rules
from store_contract.domain import notification_templates as templates
from store_contract.domain import pickup
from store_contract.domain.money import plain_amount
from store_contract.domain.sourcing import Source
from store_contract.domain.text import QT_TRANSLATE_NOOP, Amount, text

from . import mutations as m
from . import storage
from .changes import record_changes
from .hashing import new_salt, pickup_code_hash
from .placing import available_at, new_order_number, store_names
from .schema import carts, order_events, order_lines, orders, payments, products, vouchers


def lines_now(conn: Connection, store_id: str, items: list[dict[str, Any]]
              ) -> tuple[list[rules.Line], dict[str, str]]:
    """The lines as the rules take them (catalogue prices and stock where each comes from,
    now), and the products' names."""
    ids = sorted({x["product_id"] for x in items})
    known = {r.product_id: r for r in conn.execute(
        sa.select(products.c.product_id, products.c.name, products.c.price_cents)
        .where(products.c.product_id.in_(ids)))}
    out = []
    for x in items:
        source = Source(x["source"])
        where = store_id if source is Source.HERE else x.get("from_store_id")
        product = known.get(x["product_id"])
        out.append(rules.Line(
            product_id=x["product_id"], qty=x["qty"], shown_price_cents=x["unit_price_cents"],
            catalogue_price_cents=product.price_cents if product is not None else None,
            source=source.value, from_store_id=where,
            available=available_at(conn, where, x["product_id"]) if where else 0))
    return out, {k: v.name for k, v in known.items()}


def convert(ctx: m.Context, p: dict[str, Any]) -> dict[str, str]:
    """The handler of ``cart.convert`` (see the module's doc)."""
    conn = ctx.conn
    cart = conn.execute(sa.select(carts).where(carts.c.cart_id == p["cart_id"])).first()
    if cart is None:
        raise m.Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "Cart {cart} does not exist on the central service (the web shop may "
            "have removed it). Nothing was changed."), cart=p["cart_id"]))
    customer = m._visible_customer(ctx, cart.customer_id)
    wanted, names = lines_now(conn, ctx.store_id, p["lines"])
    where = store_names(conn, {x.from_store_id for x in wanted if x.from_store_id}
                         | {ctx.store_id})
    currency = conn.execute(sa.select(products.c.currency).where(
        products.c.product_id == wanted[0].product_id)).scalar() or "GBP"
    problems = rules.check(wanted, ctx.store_id, cart.status)
    if problems:
        first = problems[0]
        # (amounts, not their English: a sentence written as a Text shows them the locale's way)
        money = (Amount(first.was_cents or 0, currency), Amount(first.now_cents or 0, currency))
        raise m.Rejected(text(QT_TRANSLATE_NOOP("Messages", "{refusal} Nothing was changed."),
                              refusal=rules.sentence(first, names.get(first.product_id or "", ""),
                                                     where.get(first.from_store_id or "", ""),
                                                     money)))
    order_id = m._own_id(ctx, orders, "order_id", p["order_id"], "O")
    groups = rules.group_by_place(wanted, ctx.store_id)
    # the order the cart becomes here first: it takes the change's order id
    keys = sorted(groups, key=lambda k: k[0] != Source.HERE)
    placed: list[tuple[sa.Row, str, str, str | None]] = []  # order, source, store, code
    for n, key in enumerate(keys):
        source, store_id = key
        items = groups[key]
        if source == Source.HERE:
            channel, prefix, status = rules.handoff_status(p["handoff"])
        elif source == Source.COLLECT:
            channel, prefix, status = "click_and_collect", "CC", pickup.NEW
        else:
            channel, prefix, status = "online", "WEB", "placed"
        oid = order_id if n == 0 else m._new_id("O")
        code = salt = None
        if channel == "click_and_collect":
            code = pickup.code_from_bytes(secrets.token_bytes(16))
            salt = new_salt()
        picked = source == Source.HERE and p["handoff"] == rules.Handoff.PICKUP
        conn.execute(orders.insert().values(
            order_id=oid, order_number=new_order_number(conn, prefix),
            customer_id=cart.customer_id, channel=channel, store_id=store_id, status=status,
            placed_at=ctx.now, promised_at=None, total_cents=rules.total_cents(items),
            allow_substitutions=False, pickup_code_salt=salt,
            pickup_code_hash=pickup_code_hash(code, salt) if code and salt else None,
            updated_at=ctx.now, currency=currency))
        for k, x in enumerate(items, 1):
            conn.execute(order_lines.insert().values(
                line_id=f"{oid}-L{k}", order_id=oid, product_id=x.product_id,
                qty_ordered=x.qty, qty_picked=x.qty if picked else 0,
                unit_price_cents=x.catalogue_price_cents))
            # held where it comes from until it leaves (the till, the handover, the parcel)
            m._move_stock(conn, store_id, x.product_id, reserved=x.qty)
        conn.execute(order_events.insert().values(
            event_id=m._new_id("OE"), order_id=oid, status=status, at=ctx.now,
            store_id=store_id, staff_id=ctx.staff_id,
            note=f"Online cart {cart.cart_code or cart.cart_id} finished at "
                 f"{where.get(ctx.store_id, ctx.store_id)}"[:200]))
        placed.append((conn.execute(sa.select(orders).where(orders.c.order_id == oid)).one(),
                       source, store_id, code))

    applied = _apply_vouchers(ctx, cart, placed[0][0], p.get("voucher_ids") or [])
    conn.execute(carts.update().where(carts.c.cart_id == cart.cart_id).values(
        status=rules.CONVERTED, updated_at=ctx.now, converted_order_id=order_id))
    m._record(ctx, customer, "cart", cart.cart_id)
    main = placed[0][0]
    record = _timeline_text(conn, cart, placed, names, where, ctx.store_id, p["handoff"],
                            currency)
    if applied:
        record += " Vouchers applied: " + ", ".join(
            f"…{code[-4:]} ({plain_amount(cents, currency)})" for code, cents in applied) + "."
    m._audit(ctx, main, "Cart finished in store", record + m._sent_by(ctx))
    codes = [(new, store_id, code) for new, _, store_id, code in placed if code]
    if codes:
        m._notify(conn, main, templates.ORDER_CONFIRMATION,
                  _customer_text(codes, where), ctx.now,
                  secrets=[pickup.format_code(code or "") for _, _, code in codes])
    changes = []
    for new, _, store_id, _ in placed:
        for scope in dict.fromkeys([*m._order_scopes(conn, new), store_id, ctx.store_id]):
            changes.append((scope, "order", new.order_id, "upsert"))
    record_changes(conn, changes)
    return m._mapped(p["order_id"], order_id)


def _timeline_text(conn: Connection, cart: sa.Row, placed: list, names: dict[str, str],
                   where: dict[str, str], store_id: str, handoff: str, currency: str) -> str:
    total = 0
    parts = [f"Online cart {cart.cart_code or cart.cart_id} finished at "
             f"{where.get(store_id, store_id)}."]
    for new, source, at, _ in placed:
        total += new.total_cents
        number = new.order_number
        what = ", ".join(f"{q} × {names.get(pid, pid)}" for pid, q in conn.execute(
            sa.select(order_lines.c.product_id, order_lines.c.qty_ordered)
            .where(order_lines.c.order_id == new.order_id).order_by(order_lines.c.line_id)))
        if source == Source.HERE and handoff == rules.Handoff.PICKUP:
            parts.append(f"Kept for pickup here, picked: order {number}: {what}.")
        elif source == Source.HERE:
            parts.append(f"Handed to the till as sale {number}, waiting for payment: {what}.")
        elif source == Source.COLLECT:
            parts.append(f"Order {number} placed for them to collect at "
                         f"{where.get(at, at)}: {what}.")
        else:
            parts.append(f"Order {number} placed for them, sent to their home from "
                         f"{where.get(at, at)}: {what}.")
    parts.append(f"{plain_amount(total, currency)} at catalogue prices.")
    return " ".join(parts)


def _customer_text(codes: list, where: dict[str, str]) -> str:
    text = "Thank you for finishing your cart with us."
    for new, store_id, code in codes:
        text += (f" Your order {new.order_number} will be ready to collect at "
                 f"{where.get(store_id, store_id)}; we will tell you when. Your pickup code is "
                 f"{pickup.format_code(code or '')}.")
    return text


# -- vouchers --------------------------------------------------------------------------------------


def _apply_vouchers(ctx: m.Context, cart: sa.Row, sale: sa.Row,
                    voucher_ids: list[str]) -> list[tuple[str, int]]:
    """The customer's vouchers used on the sale, once each: a payment of tender ``voucher`` for
    what each covers (never more than is left to pay), the voucher marked used with the sale's
    number. (code, amount) of each; :class:`m.Rejected` for one that cannot be used."""
    conn, applied = ctx.conn, []
    left = sale.total_cents
    for voucher_id in voucher_ids:
        row = conn.execute(sa.select(vouchers).where(vouchers.c.voucher_id == voucher_id)).first()
        if row is None or row.customer_id != cart.customer_id:
            raise m.Rejected(text(QT_TRANSLATE_NOOP(
                "Messages", "A voucher applied is not this customer's. Nothing was changed.")))
        expires = row.expires_at
        if expires is not None and expires.tzinfo is None:
            expires = expires.replace(tzinfo=UTC)
        end = f"…{row.voucher_code[-4:]}"
        if row.redeemed_at is not None:
            raise m.Rejected(text(QT_TRANSLATE_NOOP(
                "Messages", "Voucher {voucher} was already used (receipt {receipt}). Take it off "
                "the cart. Nothing was changed."), voucher=end, receipt=row.redeemed_receipt))
        if row.cancelled_at is not None or (expires is not None and expires <= ctx.now):
            raise m.Rejected(text(QT_TRANSLATE_NOOP(
                "Messages", "Voucher {voucher} was cancelled or has expired. Take it off the "
                "cart. Nothing was changed."), voucher=end))
        cents = min(row.amount_cents, left)
        left -= cents
        conn.execute(vouchers.update().where(vouchers.c.voucher_id == voucher_id).values(
            redeemed_at=ctx.now, redeemed_store_id=ctx.store_id,
            redeemed_receipt=sale.order_number))
        if cents:
            conn.execute(payments.insert().values(
                payment_id=m._new_id("PY"), order_id=sale.order_id, tender="voucher",
                amount_cents=cents, paid_at=ctx.now))
        customer = m._customer_of(conn, cart.customer_id)
        record_changes(conn, [(s, "voucher", voucher_id, "upsert") for s in dict.fromkeys(
            m.customer_scopes(customer.preferred_store_id if customer else None,
                              ctx.store_id))])
        applied.append((row.voucher_code, cents))
    return applied


# -- sales never paid ------------------------------------------------------------------------------

#: a sale handed to the till and not paid within this long is let go (the customer left)
UNPAID_AFTER = timedelta(hours=24)


def release_unpaid(engine: Engine, now: datetime | None = None) -> int:
    """Cancel the sales handed to the till that were never paid (:data:`UNPAID_AFTER`), their
    items released back to the shelf's stock (the nightly job); how many."""
    now = now or datetime.now(UTC)
    with engine.connect() as conn, storage.write_transaction(conn):
        stale = conn.execute(sa.select(orders).where(
            orders.c.status == rules.AWAITING_PAYMENT,
            orders.c.placed_at < now - UNPAID_AFTER)).all()
        for order in stale:
            for line in conn.execute(sa.select(order_lines).where(
                    order_lines.c.order_id == order.order_id)):
                m._move_stock(conn, order.store_id, line.product_id, reserved=-line.qty_ordered)
            m._save_order(conn, order, now, status=pickup.CANCELLED,
                          cancel_reason="not paid at the till within a day")
    return len(stale)

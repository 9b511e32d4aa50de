"""The loyalty programme at the central service (issue 14): the rules are the contract's
(:mod:`store_contract.domain.loyalty`); this module applies them to the accounts and ledger.

* **The catalogue and campaigns** the service publishes to every device (seeded; chain-wide).
* **Expiry** (by age, oldest points spent first): applied to an account before every change
  to its points, and to every account by ``central-api expire-points`` (the nightly job).
* **Earning on collection**: a click-and-collect order collected earns its points once (the
  ledger's ``earn`` entry for the order is the mark; a replayed handover finds it), with its
  qualifying spend; the tier moves up at once, down only at the yearly review.
* **Rewards**: ``loyalty.redeem_reward`` needs the customer present — their card scanned (its
  number on the change) or a one-time code sent to their phone (sealed on the change) — and
  issues a single-use voucher valid online and in store; ``loyalty.cancel_voucher`` cancels an
  unused one and gives its points back.
* **A card at the counter**: ``loyalty.enrol_card`` gives an existing customer a loyalty account
  with a physical card scanned (Luhn-checked, unique in the chain) or a digital number, with the
  programme's terms agreed.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from store_contract.domain import loyalty as rules
from store_contract.domain import notification_templates as templates
from store_contract.domain.barcodes import is_valid_luhn, luhn_check_digit
from store_contract.domain.pickup import scrypt_hash, verify_scrypt
from store_contract.domain.text import QT_TRANSLATE_NOOP, text

from . import mutations as m
from . import storage
from .changes import CHAIN_WIDE, record_changes
from .hashing import new_salt
from .returns import VOUCHER_ALPHABET
from .schema import (
    campaigns,
    customers,
    loyalty_accounts,
    loyalty_ledger,
    order_lines,
    presence_codes,
    products,
    rewards,
    vouchers,
)

#: reward voucher codes: RW- and 12 characters of the store credit alphabet
REWARD_PREFIX = "RW"
#: a presence code: 6 digits, good for 10 minutes, 5 tries
PRESENCE_DIGITS = 6
PRESENCE_VALID = timedelta(minutes=10)
PRESENCE_TRIES = 5
PRESENCE_COST = (2**12, 8, 1)

# -- the catalogue ---------------------------------------------------------------------------------

#: the demo chain's rewards (points price, validity in days, the tier they need)
CATALOGUE: tuple[rules.Reward, ...] = (
    rules.Reward("RW-5OFF", "£5 off your next purchase", 500, rules.RewardKind.MONEY_OFF, 500,
                 90),
    rules.Reward("RW-10OFF", "£10 off your next purchase", 900, rules.RewardKind.MONEY_OFF,
                 1000, 90),
    rules.Reward("RW-25OFF", "£25 off a purchase of £100 or more", 2000,
                 rules.RewardKind.MONEY_OFF, 2500, 60, min_tier=rules.Tier.GOLD.value),
    rules.Reward("RW-TOTE", "A free canvas tote bag", 750, rules.RewardKind.FREE_ITEM, 1200, 90),
    rules.Reward("RW-BDAY", "Birthday treat: £10 off in your birthday month", 0,
                 rules.RewardKind.BIRTHDAY, 1000, 30, min_tier=rules.Tier.SILVER.value,
                 active=False),
)


def publish_catalogue(conn: Connection, now: datetime,
                      catalogue: Iterable[rules.Reward] = CATALOGUE) -> None:
    """Store the rewards catalogue and a double-points weekend, and send them to every device."""
    conn.execute(rewards.delete())
    rows = [{"reward_id": r.reward_id, "name": r.name, "points_price": r.points_price,
             "kind": r.kind, "value_cents": r.value_cents, "valid_days": r.valid_days,
             "min_tier": r.min_tier, "product_id": r.product_id, "active": r.active,
             "updated_at": now} for r in catalogue]
    conn.execute(rewards.insert(), rows)
    start = (now - timedelta(days=now.weekday())).replace(hour=0, minute=0, second=0,
                                                          microsecond=0)
    conn.execute(campaigns.delete())
    conn.execute(campaigns.insert(), [{
        "campaign_id": "CP-HOME2X", "name": "Double points on home textiles",
        "multiplier_pct": 200, "category": "Bedding", "starts_at": start,
        "ends_at": start + timedelta(days=14)}])
    record_changes(conn, [(CHAIN_WIDE, "reward", r["reward_id"], "upsert") for r in rows]
                   + [(CHAIN_WIDE, "campaign", "CP-HOME2X", "upsert")])


def seed_reward_vouchers(conn: Connection, now: datetime, per_store: int = 12) -> int:
    """Demo data: at each store, the members with the most points hold an unused reward
    voucher (its points already spent), issued in the last weeks. How many."""
    reward = next(r for r in CATALOGUE if r.reward_id == "RW-5OFF")
    rows = conn.execute(
        sa.select(customers.c.customer_id, customers.c.preferred_store_id)
        .join(loyalty_accounts, loyalty_accounts.c.customer_id == customers.c.customer_id)
        .where(customers.c.preferred_store_id.is_not(None))
        .order_by(customers.c.preferred_store_id, loyalty_accounts.c.points_balance.desc(),
                  customers.c.customer_id)).all()
    chosen: dict[str, list[str]] = {}
    for cid, store in rows:
        if len(chosen.setdefault(store, [])) < per_store:
            chosen[store].append(cid)
    n, changes = 0, []
    for store, cids in chosen.items():
        for k, cid in enumerate(cids):
            issued = now - timedelta(days=3 + 5 * k)
            digest = hashlib.sha256(f"demo-reward:{cid}".encode()).digest()
            body = "".join(VOUCHER_ALPHABET[b % len(VOUCHER_ALPHABET)] for b in digest[:12])
            code = f"{REWARD_PREFIX}-{body[:4]}-{body[4:8]}-{body[8:]}"
            voucher_id = f"VRW{store}{k:03d}"
            conn.execute(vouchers.insert().values(
                voucher_id=voucher_id, voucher_code=code, customer_id=cid,
                amount_cents=reward.value_cents, currency="GBP", issued_store_id=store,
                issued_at=issued, kind="reward", reward_id=reward.reward_id,
                points_cost=reward.points_price,
                expires_at=rules.voucher_expires(issued, reward)))
            changes.append((store, "voucher", voucher_id, "upsert"))
            n += 1
    record_changes(conn, changes)
    return n


def ensure_catalogue(engine: Engine, now: datetime | None = None) -> None:
    """Publish the catalogue in a seeded database that has none yet (an older database)."""
    with engine.connect() as conn, storage.write_transaction(conn):
        if conn.execute(sa.select(customers.c.customer_id).limit(1)).first() is None \
                or conn.execute(sa.select(rewards.c.reward_id).limit(1)).first():
            return
        publish_catalogue(conn, now or datetime.now(UTC))


def load_reward(conn: Connection, reward_id: str) -> rules.Reward | None:
    r = conn.execute(sa.select(rewards).where(rewards.c.reward_id == reward_id)).first()
    if r is None:
        return None
    return rules.Reward(r.reward_id, r.name, r.points_price, r.kind, r.value_cents,
                        r.valid_days, r.min_tier, r.product_id, bool(r.active))


def load_campaigns(conn: Connection) -> list[rules.Campaign]:
    return [rules.Campaign(c.campaign_id, c.name, c.multiplier_pct / 100,
                           _aware(c.starts_at), _aware(c.ends_at), c.category)
            for c in conn.execute(sa.select(campaigns))]


def _aware(at: datetime | None) -> datetime | None:
    return at.replace(tzinfo=UTC) if at is not None and at.tzinfo is None else at


# -- expiry ----------------------------------------------------------------------------------------


def account_lots(conn: Connection, account: sa.Row) -> list[rules.Lot]:
    entries = [(_aware(at), delta) for at, delta in conn.execute(
        sa.select(loyalty_ledger.c.created_at, loyalty_ledger.c.delta)
        .where(loyalty_ledger.c.customer_id == account.customer_id))]
    opening = _aware(account.opening_points_at) or _aware(account.member_since)
    return rules.lots(entries, account.points_balance, opening)


def expire_due(ctx: m.Context, customer: sa.Row) -> int:
    """Take the customer's points past their expiry date off the balance (an ``expire`` entry
    saying so); how many."""
    account = ctx.conn.execute(sa.select(loyalty_accounts).where(
        loyalty_accounts.c.customer_id == customer.customer_id)).first()
    if account is None:
        return 0
    due = min(account.points_balance, rules.expired(account_lots(ctx.conn, account), ctx.now))
    if due > 0:
        m._ledger(ctx, customer, -due, "expire", None,
                  note=f"{due:,} points earned more than {rules.EXPIRY_MONTHS} months ago and "
                       "not spent expired")
    return due


def expire_all(engine: Engine, now: datetime | None = None, batch: int = 500) -> int:
    """Expire due points on every account (the nightly job); the points taken in all."""
    now = now or datetime.now(UTC)
    total, after = 0, ""
    while True:
        with engine.connect() as conn:
            ids = [r[0] for r in conn.execute(
                sa.select(loyalty_accounts.c.customer_id)
                .where(loyalty_accounts.c.customer_id > after)
                .order_by(loyalty_accounts.c.customer_id).limit(batch))]
        if not ids:
            return total
        with engine.connect() as conn, storage.write_transaction(conn):
            for cid in ids:
                customer = m._customer_of(conn, cid)
                if customer is not None:
                    ctx = m.Context(conn=conn, device_id="", store_id="", staff_id="",
                                    now=now, type="loyalty.expire")
                    total += _expire_as_service(ctx, customer)
        after = ids[-1]


def _expire_as_service(ctx: m.Context, customer: sa.Row) -> int:
    """:func:`expire_due` by the service itself (no store, no person), and the tier's yearly
    review when it is due (the only time a tier goes down)."""
    account = ctx.conn.execute(sa.select(loyalty_accounts).where(
        loyalty_accounts.c.customer_id == customer.customer_id)).first()
    if account is None:
        return 0
    reviewed = _aware(account.tier_reviewed_at) or _aware(account.member_since)
    if rules.review_due(reviewed, ctx.now):
        before = account.tier
        tier = settle_tier(ctx, customer.customer_id)
        if tier != before:
            record_changes(ctx.conn, [(s, "loyalty_account", customer.customer_id, "upsert")
                                      for s in m.customer_scopes(customer.preferred_store_id)])
    due = min(account.points_balance, rules.expired(account_lots(ctx.conn, account), ctx.now))
    if due > 0:
        ctx.conn.execute(loyalty_ledger.insert().values(
            entry_id=m._new_id("L"), customer_id=customer.customer_id, store_id=None,
            delta=-due, reason="expire", order_id=None, created_at=ctx.now,
            note=f"{due:,} points earned more than {rules.EXPIRY_MONTHS} months ago and not "
                 "spent expired"))
        ctx.conn.execute(loyalty_accounts.update().where(
            loyalty_accounts.c.customer_id == customer.customer_id).values(
            points_balance=loyalty_accounts.c.points_balance - due))
        record_changes(ctx.conn, [(s, "loyalty_account", customer.customer_id, "upsert")
                                  for s in m.customer_scopes(customer.preferred_store_id)])
    return due


# -- tiers and earning -----------------------------------------------------------------------------


def qualifying_spend(conn: Connection, customer_id: str, now: datetime) -> int:
    since = now - timedelta(days=rules.QUALIFYING_DAYS)
    return conn.execute(sa.select(sa.func.coalesce(sa.func.sum(loyalty_ledger.c.spend_cents), 0))
                        .where(loyalty_ledger.c.customer_id == customer_id,
                               loyalty_ledger.c.created_at >= since)).scalar_one()


def settle_tier(ctx: m.Context, customer_id: str) -> str:
    """The account's qualifying spend brought up to date and its tier moved: up at once, down
    only at the yearly review. The tier now."""
    account = ctx.conn.execute(sa.select(loyalty_accounts).where(
        loyalty_accounts.c.customer_id == customer_id)).one()
    spend = qualifying_spend(ctx.conn, customer_id, ctx.now)
    values: dict[str, Any] = {"qualifying_spend_cents": spend}
    reviewed = _aware(account.tier_reviewed_at) or _aware(account.member_since)
    if rules.review_due(reviewed, ctx.now):
        values.update(tier=rules.at_review(spend).value, tier_reviewed_at=ctx.now)
    else:
        values["tier"] = rules.after_spend(account.tier, spend).value
    ctx.conn.execute(loyalty_accounts.update().where(
        loyalty_accounts.c.customer_id == customer_id).values(**values))
    return values["tier"]


def earn_for_order(ctx: m.Context, order: sa.Row) -> int:
    """The points an order the customer now has earns, once (its ``earn`` entry is the mark):
    what the lines say they earn, or the tier's rate on what was collected; its qualifying
    spend; the tier moved. Nothing for a customer without an account."""
    conn = ctx.conn
    customer = m._customer_of(conn, order.customer_id)
    account = conn.execute(sa.select(loyalty_accounts).where(
        loyalty_accounts.c.customer_id == order.customer_id)).first()
    if customer is None or account is None:
        return 0
    if conn.execute(sa.select(loyalty_ledger.c.entry_id).where(
            loyalty_ledger.c.order_id == order.order_id,
            loyalty_ledger.c.reason == "earn").limit(1)).first() is not None:
        return 0  # earned already (a replayed handover, or the seed's history)
    lines = conn.execute(sa.select(order_lines, products.c.category).join(
        products, products.c.product_id == order_lines.c.product_id)
        .where(order_lines.c.order_id == order.order_id)).all()
    spend = points = 0
    campaigns_now = load_campaigns(conn)
    named: set[str] = set()
    for x in lines:
        if x.add_on:
            continue  # paid at the till: the till's receipt earns it
        units = x.qty_collected or 0
        if not units:
            continue
        paid = max(0, units * x.unit_price_cents - x.discount_cents * units // max(
            1, x.qty_ordered))
        spend += paid
        multiplier, campaign = rules.campaign_multiplier(campaigns_now, ctx.now, x.category)
        if campaign is not None:
            named.add(campaign.name)
        earned = x.points_earned or rules.points_for_purchase(paid, account.tier, multiplier)
        if not x.points_earned:  # on the line: a return of it takes them back (returns.py)
            conn.execute(order_lines.update().where(order_lines.c.line_id == x.line_id)
                         .values(points_earned=earned))
        points += earned
    expire_due(ctx, customer)
    if points or spend:
        note = f"Order {order.order_number} collected"
        if named:
            note += f" ({', '.join(sorted(named))})"
        m._ledger(ctx, customer, points, "earn", order.order_id, spend_cents=spend, note=note)
        settle_tier(ctx, order.customer_id)
    return points


# -- presence --------------------------------------------------------------------------------------


class PresenceRefused(Exception):
    """A presence code that cannot be sent or checked: a sentence for staff."""


def send_presence_code(conn: Connection, customer_id: str, store_id: str, now: datetime) -> dict:
    """A one-time code sent to the customer's phone (recorded as a message), its slow hash
    kept; the code itself is never answered to the device."""
    customer = m._customer_of(conn, customer_id)
    if customer is None or not customer.phone_e164:
        raise PresenceRefused(text(QT_TRANSLATE_NOOP(
            "Messages", "This customer has no phone number to send a code to: scan their card "
            "instead.")))
    code = f"{secrets.randbelow(10 ** PRESENCE_DIGITS):0{PRESENCE_DIGITS}d}"
    salt = new_salt()
    conn.execute(presence_codes.insert().values(
        code_id=m._new_id("PC"), customer_id=customer_id, store_id=store_id, code_salt=salt,
        code_hash=scrypt_hash(code, salt, PRESENCE_COST), created_at=now,
        expires_at=now + PRESENCE_VALID))
    nid = m._message(
        conn, customer_id, None, "sms", templates.LOYALTY_CODE,
        f"Your code to use your points at the store is {code}. It is good for "
        f"{PRESENCE_VALID.seconds // 60} minutes. Never share it with anyone on the phone.",
        now, secrets=[code])
    record_changes(conn, [(s, "notification", nid, "upsert")
                          for s in m.customer_scopes(customer.preferred_store_id, store_id)])
    return {"sent_to": "sms", "expires_at": now + PRESENCE_VALID}


def _check_presence(ctx: m.Context, p: dict[str, Any], account: sa.Row) -> str:
    """How the customer proved they are here (card | code), or :class:`m.Rejected`."""
    if p.get("card_number"):
        if p["card_number"] != account.card_number:
            raise m.Rejected(text(QT_TRANSLATE_NOOP(
                "Messages", "The card scanned is not this customer's loyalty card. Scan the "
                "customer's own card, or send a code to their phone. Nothing was taken.")))
        return "card scanned"
    if not p.get("sealed_presence_code"):
        raise m.Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "Points can only be used with the customer here: scan their card or "
            "send a code to their phone. Nothing was taken.")))
    code = ctx.unseal(p, "presence_code")
    row = ctx.conn.execute(sa.select(presence_codes).where(
        presence_codes.c.customer_id == account.customer_id,
        presence_codes.c.used_at.is_(None)).order_by(presence_codes.c.created_at.desc())
        .limit(1)).first()
    if row is None or _aware(row.expires_at) <= ctx.now or row.attempts >= PRESENCE_TRIES:
        raise m.Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "The code sent to the customer's phone has expired or was used up. "
            "Send a new code, or scan their card. Nothing was taken.")))
    if not verify_scrypt(code, row.code_salt, row.code_hash):
        left = PRESENCE_TRIES - row.attempts - 1
        if left:
            refusal = text(QT_TRANSLATE_NOOP(
                "Messages", "That code does not match the one sent to the customer's phone. "
                "Ask them to read it again (tries left: {left}). Nothing was taken."), left=left)
        else:
            refusal = text(QT_TRANSLATE_NOOP(
                "Messages", "That code does not match the one sent to the customer's phone. No "
                "more tries for this code: send a new one, or scan their card. Nothing was "
                "taken."))
        raise m.Rejected(refusal, aftermath=_count_try(row.code_id))
    ctx.conn.execute(presence_codes.update().where(presence_codes.c.code_id == row.code_id)
                     .values(used_at=ctx.now))
    return "code sent to their phone"


def _count_try(code_id: str):
    """A wrong code counted after the refusal rolled the change back (a code has few tries)."""
    def aftermath(ctx: m.Context) -> None:
        ctx.conn.execute(presence_codes.update().where(presence_codes.c.code_id == code_id)
                         .values(attempts=presence_codes.c.attempts + 1))
    return aftermath


# -- rewards ---------------------------------------------------------------------------------------


def _reward_code(conn: Connection) -> str:
    while True:
        body = "".join(secrets.choice(VOUCHER_ALPHABET) for _ in range(12))
        code = f"{REWARD_PREFIX}-{body[:4]}-{body[4:8]}-{body[8:]}"
        if conn.execute(sa.select(vouchers.c.voucher_id)
                        .where(vouchers.c.voucher_code == code)).first() is None:
            return code


def redeem_reward(ctx: m.Context, p: dict[str, Any]) -> dict[str, str]:
    """The handler of ``loyalty.redeem_reward`` (see the module's doc)."""
    conn = ctx.conn
    customer = m._visible_customer(ctx, p["customer_id"])
    account = m._account(ctx, customer.customer_id)
    how = _check_presence(ctx, p, account)
    expire_due(ctx, customer)
    account = m._account(ctx, customer.customer_id)
    reward = load_reward(conn, p["reward_id"])
    refusal = rules.check_reward(reward, account.tier, account.points_balance)
    if refusal is not None:
        raise m.Rejected(rules.refusal_sentence(refusal, reward, account.points_balance))
    assert reward is not None
    voucher_id = m._own_id(ctx, vouchers, "voucher_id", p["voucher_id"], "V")
    code = _reward_code(conn)
    expires = rules.voucher_expires(ctx.now, reward)
    conn.execute(vouchers.insert().values(
        voucher_id=voucher_id, voucher_code=code, customer_id=customer.customer_id,
        amount_cents=reward.value_cents, currency="GBP", return_id=None,
        issued_store_id=ctx.store_id, issued_at=ctx.now, kind="reward",
        reward_id=reward.reward_id, points_cost=reward.points_price, expires_at=expires))
    m._ledger(ctx, customer, -reward.points_price, "redeem", voucher_id,
              note=f"{reward.name} (voucher {code[-4:]}; the customer present: {how})")
    nid = m._message(
        conn, customer.customer_id, None, "sms" if customer.phone_e164 else "email",
        templates.LOYALTY_REWARD, f"Your reward: {reward.name}. Use code {code} online or in "
        f"store by {expires:%d %b %Y}; it works once.", ctx.now, secrets=[code])
    scopes = m.customer_scopes(customer.preferred_store_id, ctx.store_id)
    record_changes(conn, [(s, "voucher", voucher_id, "upsert") for s in scopes]
                   + [(s, "notification", nid, "upsert") for s in scopes])
    return m._mapped(p["voucher_id"], voucher_id)


def cancel_voucher(ctx: m.Context, p: dict[str, Any]) -> dict[str, str]:
    """The handler of ``loyalty.cancel_voucher``: an unused reward voucher cancelled, its points
    given back."""
    conn = ctx.conn
    customer = m._visible_customer(ctx, p["customer_id"])
    row = conn.execute(sa.select(vouchers).where(
        vouchers.c.voucher_id == p["voucher_id"],
        vouchers.c.customer_id == customer.customer_id)).first()
    if row is None or row.kind != "reward":
        raise m.Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "That is not one of this customer's reward vouchers. Nothing was "
            "changed.")))
    if row.redeemed_at is not None:
        raise m.Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "Voucher …{voucher} was already used (receipt {receipt}), so it cannot "
            "be cancelled."), voucher=row.voucher_code[-4:], receipt=row.redeemed_receipt))
    if row.cancelled_at is not None:
        raise m.Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "Voucher …{voucher} was already cancelled and its points given back."),
            voucher=row.voucher_code[-4:]))
    conn.execute(vouchers.update().where(vouchers.c.voucher_id == row.voucher_id)
                 .values(cancelled_at=ctx.now))
    if row.points_cost:
        m._ledger(ctx, customer, row.points_cost, "voucher_cancel", row.voucher_id,
                  note=f"Reward voucher …{row.voucher_code[-4:]} cancelled: points back")
    record_changes(conn, [(s, "voucher", row.voucher_id, "upsert") for s in m.customer_scopes(
        customer.preferred_store_id, ctx.store_id)])
    return {}


# -- a card at the counter -------------------------------------------------------------------------


def _new_digital_number(conn: Connection) -> str:
    while True:
        body = "633598" + f"{secrets.randbelow(10**9):09d}"
        number = body + luhn_check_digit(body)
        if conn.execute(sa.select(loyalty_accounts.c.card_number).where(
                loyalty_accounts.c.card_number == number)).first() is None:
            return number


def enrol_card(ctx: m.Context, p: dict[str, Any]) -> dict[str, str]:
    """The handler of ``loyalty.enrol_card`` (see the module's doc)."""
    conn = ctx.conn
    customer = m._visible_customer(ctx, p["customer_id"])
    existing = conn.execute(sa.select(loyalty_accounts.c.card_number).where(
        loyalty_accounts.c.customer_id == customer.customer_id)).first()
    if existing is not None:
        raise m.Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "{name} already has loyalty card …{card}. Nothing was changed."),
            name=customer.first_name, card=existing.card_number[-4:]))
    if not p.get("programme_consent"):
        raise m.Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "The customer must agree to the programme's terms before they get a "
            "card. Nothing was changed.")))
    given = p["card_number"]
    mapped: dict[str, str] = {}
    if p["card_kind"] == "physical":
        if not is_valid_luhn(given):
            raise m.Rejected(text(QT_TRANSLATE_NOOP(
                "Messages", "That card number does not check out (its last digit is wrong): "
                "scan the card again. Nothing was changed.")))
        if conn.execute(sa.select(loyalty_accounts.c.customer_id).where(
                loyalty_accounts.c.card_number == given)).first() is not None:
            raise m.Rejected(text(QT_TRANSLATE_NOOP(
                "Messages", "That card already belongs to another customer. Give this customer "
                "a new card from the pack. Nothing was changed.")))
        number = given
    else:  # a digital card: the device's number if it is free, else the service's
        free = is_valid_luhn(given) and conn.execute(
            sa.select(loyalty_accounts.c.customer_id).where(
                loyalty_accounts.c.card_number == given)).first() is None
        number = given if free else _new_digital_number(conn)
        mapped = m._mapped(given, number)
    conn.execute(loyalty_accounts.insert().values(
        customer_id=customer.customer_id, card_number=number, tier=rules.Tier.BRONZE.value,
        points_balance=0, member_since=ctx.now, card_kind=p["card_kind"],
        programme_consent_at=ctx.now, tier_reviewed_at=ctx.now))
    m._audit_customer(ctx, customer, "Loyalty card given",
                      f"A {p['card_kind']} loyalty card …{number[-4:]} given at "
                      f"{m._store_name(conn, ctx.store_id)}; the customer agreed to the "
                      f"programme's terms.{m._sent_by(ctx)}")
    record_changes(conn, [(s, "loyalty_account", customer.customer_id, "upsert")
                          for s in m.customer_scopes(customer.preferred_store_id,
                                                     ctx.store_id)])
    return mapped

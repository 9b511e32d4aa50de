"""The loyalty programme as the device holds it (issue 14): the rewards catalogue and campaigns
the service published, a customer's account with its points by age (for expiry) and qualifying
spend, their vouchers; and what the programme's queued changes show at once (a reward redeemed
here waits for its code, a voucher cancelled here, a card given here). Facts only; the rules are
``store_contract/domain/loyalty.py``, the words the screens'."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from store_contract.domain import loyalty as rules
from store_contract.domain.pickup import as_datetime


def rewards(conn: sqlite3.Connection) -> list[rules.Reward]:
    """The active rewards of the catalogue, cheapest first."""
    return [rules.Reward(r[0], r[1], r[2] or 0, r[3], r[4] or 0, r[5] or 0, r[6] or "bronze",
                         r[7], bool(r[8]))
            for r in conn.execute(
                "SELECT reward_id, name, points_price, kind, value_cents, valid_days, min_tier, "
                "product_id, active FROM rewards WHERE active ORDER BY points_price, name")]


def points_moved_today(conn: sqlite3.Connection, customer_id: str, store_id: str,
                       since: str) -> int:
    """Points earned or redeemed for the customer at this store since ``since`` (the last
    day): the service's ledger and this device's queued changes (a large redemption split in
    small ones adds up)."""
    ledger = conn.execute(
        "SELECT coalesce(sum(abs(delta)), 0) FROM loyalty_ledger WHERE customer_id = ? AND "
        "store_id = ? AND reason IN ('earn', 'redeem') AND created_at >= ?",
        (customer_id, store_id, since)).fetchone()[0]
    queued = conn.execute(
        "SELECT coalesce(sum(abs(delta)), 0) FROM pending_loyalty WHERE customer_id = ? AND "
        "confirmed = 0 AND reason IN ('earn', 'redeem')", (customer_id,)).fetchone()[0]
    return int(ledger) + int(queued)


def card_taken(conn: sqlite3.Connection, number: str) -> bool:
    """Whether a loyalty account this device knows has this card number."""
    return conn.execute("SELECT 1 FROM loyalty_accounts WHERE card_number = ?",
                        (number,)).fetchone() is not None


def reward(conn: sqlite3.Connection, reward_id: str) -> rules.Reward | None:
    return next((r for r in rewards(conn) if r.reward_id == reward_id), None)


def campaigns(conn: sqlite3.Connection) -> list[rules.Campaign]:
    out = []
    for cid, name, pct, category, starts, ends in conn.execute(
            "SELECT campaign_id, name, multiplier_pct, category, starts_at, ends_at "
            "FROM campaigns ORDER BY starts_at"):
        start, end = as_datetime(starts), as_datetime(ends)
        if start is not None and end is not None:
            out.append(rules.Campaign(cid, name, (pct or 100) / 100, start, end, category))
    return out


@dataclass(frozen=True)
class AccountFacts:
    customer_id: str
    card_number: str
    card_kind: str | None
    tier: str
    balance: int  # the service's, plus this device's queued changes
    qualifying_spend_cents: int
    lots: tuple[rules.Lot, ...]  # the service's balance by when it was earned
    pending: bool  # the account itself was made here and waits to sync


def account(conn: sqlite3.Connection, customer_id: str) -> AccountFacts | None:
    row = conn.execute(
        "SELECT card_number, card_kind, tier, points_balance, qualifying_spend_cents, "
        "member_since, opening_points_at, pending_mutation_id FROM loyalty_accounts "
        "WHERE customer_id = ?", (customer_id,)).fetchone()
    if row is None:
        return None
    card, kind, tier, balance, spend, since, opening, pending = row
    queued = conn.execute("SELECT coalesce(sum(delta), 0) FROM pending_loyalty WHERE "
                          "customer_id = ? AND confirmed = 0", (customer_id,)).fetchone()[0]
    entries = [(at, delta) for at, delta in (
        (as_datetime(a), d) for a, d in conn.execute(
            "SELECT created_at, delta FROM loyalty_ledger WHERE customer_id = ?",
            (customer_id,))) if at is not None]
    start = as_datetime(opening) or as_datetime(since) or datetime.min
    return AccountFacts(customer_id, card, kind, tier or "bronze", (balance or 0) + queued,
                        spend or 0, tuple(rules.lots(entries, balance or 0, start)),
                        pending is not None)


@dataclass(frozen=True)
class VoucherRow:
    voucher_id: str
    code: str | None  # None: redeemed here, the code comes when it syncs
    kind: str  # store_credit | reward
    reward_id: str | None
    amount_cents: int
    currency: str | None
    points_cost: int
    issued_at: str | None
    expires_at: str | None
    redeemed_at: str | None
    cancelled_at: str | None
    pending: bool


def vouchers_of(conn: sqlite3.Connection, customer_id: str) -> list[VoucherRow]:
    """The customer's vouchers (store credit and rewards), newest first."""
    return [VoucherRow(r[0], r[1], r[2] or "store_credit", r[3], r[4] or 0, r[5], r[6] or 0,
                       r[7], r[8], r[9], r[10], r[11] is not None)
            for r in conn.execute(
                "SELECT voucher_id, voucher_code, kind, reward_id, amount_cents, currency, "
                "points_cost, issued_at, expires_at, redeemed_at, cancelled_at, "
                "pending_mutation_id FROM vouchers WHERE customer_id = ? "
                "ORDER BY issued_at DESC, voucher_id", (customer_id,))]


# -- the optimistic effects (cache/local_effects.py registers them) ------------------------------


def add_pending_reward(conn: sqlite3.Connection, mutation_id: str, created_at: str,
                       store_id: str | None, p: dict[str, Any]) -> int:
    """A reward redeemed here: its voucher shown (its code comes with the sync); the points it
    costs (0 when the reward is unknown here: the service refuses it)."""
    found = reward(conn, p["reward_id"])
    if found is None:
        return 0
    issued = as_datetime(created_at)
    conn.execute(
        "INSERT OR IGNORE INTO vouchers (voucher_id, voucher_code, customer_id, amount_cents, "
        "currency, return_id, issued_store_id, issued_at, kind, reward_id, points_cost, "
        "expires_at, pending_mutation_id) VALUES (?, NULL, ?, ?, 'GBP', NULL, ?, ?, 'reward', "
        "?, ?, ?, ?)",
        (p["voucher_id"], p["customer_id"], found.value_cents, store_id, created_at,
         found.reward_id, found.points_price,
         rules.voucher_expires(issued, found).isoformat() if issued else None, mutation_id))
    return found.points_price


def cancel_voucher(conn: sqlite3.Connection, voucher_id: str, at: str) -> int:
    """A voucher cancelled here: marked so; the points it gives back (0 if it cannot be)."""
    row = conn.execute("SELECT points_cost FROM vouchers WHERE voucher_id = ? AND kind = "
                       "'reward' AND redeemed_at IS NULL AND cancelled_at IS NULL",
                       (voucher_id,)).fetchone()
    if row is None:
        return 0
    conn.execute("UPDATE vouchers SET cancelled_at = ? WHERE voucher_id = ?", (at, voucher_id))
    return row[0] or 0


def uncancel_voucher(conn: sqlite3.Connection, voucher_id: str, before: str | None) -> None:
    conn.execute("UPDATE vouchers SET cancelled_at = ? WHERE voucher_id = ?",
                 (before, voucher_id))


def add_pending_account(conn: sqlite3.Connection, mutation_id: str, created_at: str,
                        p: dict[str, Any]) -> None:
    """A card given here: the account shown at once, bronze, no points."""
    conn.execute(
        "INSERT OR IGNORE INTO loyalty_accounts (customer_id, card_number, tier, points_balance, "
        "member_since, qualifying_spend_cents, card_kind, programme_consent_at, "
        "tier_reviewed_at, pending_mutation_id) VALUES (?, ?, 'bronze', 0, ?, 0, ?, ?, ?, ?)",
        (p["customer_id"], p["card_number"], created_at, p["card_kind"], created_at,
         created_at, mutation_id))

"""Customer lookup over the cache: exact card / phone / email first, then name matches; among
equals, customers seen recently in this store first. Top N only, never whole tables."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from store_contract.domain.customer_query import CustomerQuery, fts_match, parse

CANDIDATES = 100  # per kind of match, before ranking: the page shows the best few

# score of each way a customer can match (higher first)
SCORES = {
    "card": 100, "phone": 95, "email": 90, "card_prefix": 70, "phone_suffix": 60,
    "email_prefix": 50, "name": 40, "chain": 0,
}
RECENT_DAYS = 90


@dataclass(frozen=True)
class CustomerHit:
    customer_id: str
    first_name: str
    last_name: str
    email: str | None
    phone_e164: str | None
    card_number: str | None
    tier: str | None
    match: str  # how it matched: a key of SCORES (the screen says it in words)
    score: float
    last_seen_here: str | None
    pending: bool
    home_store: str | None = None  # for hits from the chain-wide search
    masked: bool = False  # contact details arrived masked (chain-wide search)


def _prefix_range(prefix: str) -> tuple[str, str]:
    return prefix, prefix + "\U0010ffff"


def _candidates(conn: sqlite3.Connection, q: CustomerQuery) -> dict[str, str]:
    """customer_id → best match kind."""
    found: dict[str, str] = {}

    def add(kind: str, ids) -> None:
        for (cid,) in ids:
            if cid not in found or SCORES[kind] > SCORES[found[cid]]:
                found[cid] = kind

    if q.card_number:
        add("card", conn.execute("SELECT customer_id FROM loyalty_accounts "
                                 "WHERE card_number = ?", (q.card_number,)))
    if q.phone_e164:
        add("phone", conn.execute("SELECT customer_id FROM customers WHERE phone_e164 = ? "
                                  f"LIMIT {CANDIDATES}", (q.phone_e164,)))
    if q.email_prefix:
        add("email", conn.execute("SELECT customer_id FROM customers WHERE lower(email) = ? "
                                  f"LIMIT {CANDIDATES}", (q.email_prefix,)))
        lo, hi = _prefix_range(q.email_prefix)
        add("email_prefix", conn.execute(
            "SELECT customer_id FROM customers WHERE lower(email) >= ? AND lower(email) < ? "
            f"LIMIT {CANDIDATES}", (lo, hi)))
    if q.card_prefix:
        lo, hi = _prefix_range(q.card_prefix)
        add("card_prefix", conn.execute(
            "SELECT customer_id FROM loyalty_accounts WHERE card_number >= ? AND card_number < ? "
            f"LIMIT {CANDIDATES}", (lo, hi)))
    if q.phone_suffix_rev:
        lo, hi = _prefix_range(q.phone_suffix_rev)
        add("phone_suffix", conn.execute(
            "SELECT customer_id FROM customers WHERE phone_rev >= ? AND phone_rev < ? "
            f"LIMIT {CANDIDATES}", (lo, hi)))
    match = fts_match(q.name_words)
    if match:
        add("name", conn.execute(
            "SELECT c.customer_id FROM customers_fts f JOIN customers c ON c.rowid = f.rowid "
            f"WHERE customers_fts MATCH ? LIMIT {CANDIDATES}", (match,)))
    return found


def search(conn: sqlite3.Connection, text: str, *, store_id: str | None,
           limit: int = CANDIDATES, now: datetime | None = None) -> list[CustomerHit]:
    """Ranked customers matching ``text`` (any way staff type it). Never raises for input."""
    q = parse(text)
    if q.empty:
        return []
    found = _candidates(conn, q)
    if not found:
        return []
    ids = list(found)
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        "SELECT c.customer_id, c.first_name, c.last_name, c.email, c.phone_e164, "
        "c.pending_mutation_id, c.preferred_store_id, l.card_number, l.tier "
        f"FROM customers c LEFT JOIN loyalty_accounts l USING (customer_id) "
        f"WHERE c.customer_id IN ({marks})", ids).fetchall()
    seen: dict[str, str] = {}
    if store_id:
        # "+store_id": look up by customer (a few rows each), never walk the store's orders
        for cid, at in conn.execute(
            f"SELECT customer_id, max(placed_at) FROM orders WHERE customer_id IN ({marks}) "
            "AND +store_id = ? GROUP BY customer_id", [*ids, store_id]):
            if at:
                seen[cid] = at
        for cid, at in conn.execute(
            f"SELECT customer_id, max(created_at) FROM interactions WHERE customer_id IN "
            f"({marks}) AND +store_id = ? GROUP BY customer_id", [*ids, store_id]):
            if at and (cid not in seen or at > seen[cid]):
                seen[cid] = at
    recent_after = ((now or datetime.now(UTC)) - timedelta(days=RECENT_DAYS)).isoformat()
    words = q.name_words
    hits = []
    for cid, first, last, email, phone, pending, preferred, card, tier in rows:
        kind = found[cid]
        score = float(SCORES[kind])
        if kind == "name":
            # every typed word matching a whole name beats a prefix of one
            names = {first.lower(), last.lower()}
            score += sum(1.0 for w in words if w in names)
        last_seen = seen.get(cid)
        if last_seen and last_seen >= recent_after:
            score += 5.0
        elif last_seen:
            score += 2.0
        if store_id and preferred == store_id:
            score += 1.0
        hits.append(CustomerHit(cid, first, last, email, phone, card, tier, kind, score,
                                last_seen, pending is not None))
    hits.sort(key=lambda h: (-h.score, h.last_name.lower(), h.first_name.lower(), h.customer_id))
    return hits[:limit]


def by_card(conn: sqlite3.Connection, card_number: str) -> str | None:
    """The customer whose loyalty card this is (exact number, as scanned), if any."""
    row = conn.execute("SELECT customer_id FROM loyalty_accounts WHERE card_number = ?",
                       (card_number,)).fetchone()
    return row[0] if row else None

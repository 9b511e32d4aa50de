"""Customer lookup over the cache: exact card / phone / email first, then name matches; among
equals, customers seen recently in this store first. Top N only, never whole tables."""

from __future__ import annotations

import json
import re
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
_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # as store_contract.domain.customer_query


def _name_words(q: CustomerQuery) -> tuple[str, ...]:
    """The words to look up as names. In an email (text with "@") only the part before the
    "@": the domain ("example", "co", "uk") is in nearly every customer's email, so its words
    would make the name index walk every customer, more with every word typed, and find no one
    the local part does not find (the index holds the email's words too)."""
    if q.email_prefix and "@" in q.text:
        local = q.text.partition("@")[0]
        return tuple(w.lower() for w in _WORD.findall(local))[:8]
    return q.name_words


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


#: what the results list shows of a customer, read in the query that finds them (no second
#: look-up of every candidate by id)
_COLUMNS = ("c.customer_id, c.first_name, c.last_name, c.email, c.phone_e164, "
            "c.pending_mutation_id, c.preferred_store_id, l.card_number, l.tier")
_CUSTOMERS = "customers c LEFT JOIN loyalty_accounts l ON l.customer_id = c.customer_id"
#: when each candidate was last seen in the store: its latest order or interaction there, in
#: one statement whose text never changes (the ids as one JSON array: compiled once per
#: connection, not once per number of candidates); "+store_id": look up by customer (a few
#: rows each), never walk the store's orders
_LAST_SEEN = (
    "SELECT customer_id, max(at) FROM ("
    "SELECT customer_id, placed_at AS at FROM orders "
    "WHERE customer_id IN (SELECT value FROM json_each(?1)) AND +store_id = ?2 "
    "UNION ALL SELECT customer_id, created_at FROM interactions "
    "WHERE customer_id IN (SELECT value FROM json_each(?1)) AND +store_id = ?2"
    ") GROUP BY customer_id")


def _candidates(conn: sqlite3.Connection, q: CustomerQuery) -> tuple[dict[str, str], dict]:
    """customer_id → best match kind, and customer_id → the row the list shows."""
    found: dict[str, str] = {}
    rows: dict[str, tuple] = {}

    def add(kind: str, cursor) -> None:
        for row in cursor:
            cid = row[0]
            if cid not in found or SCORES[kind] > SCORES[found[cid]]:
                found[cid] = kind
            rows.setdefault(cid, row)

    def where(condition: str, params: tuple) -> sqlite3.Cursor:
        return conn.execute(f"SELECT {_COLUMNS} FROM {_CUSTOMERS} WHERE {condition} "
                            f"LIMIT {CANDIDATES}", params)

    if q.card_number:
        add("card", conn.execute(
            f"SELECT {_COLUMNS} FROM loyalty_accounts l JOIN customers c "
            "ON c.customer_id = l.customer_id WHERE l.card_number = ?", (q.card_number,)))
    if q.phone_e164:
        add("phone", where("c.phone_e164 = ?", (q.phone_e164,)))
    if q.email_prefix:
        add("email", where("lower(c.email) = ?", (q.email_prefix,)))
        lo, hi = _prefix_range(q.email_prefix)
        add("email_prefix", where("lower(c.email) >= ? AND lower(c.email) < ?", (lo, hi)))
    if q.card_prefix:
        lo, hi = _prefix_range(q.card_prefix)
        add("card_prefix", conn.execute(
            f"SELECT {_COLUMNS} FROM loyalty_accounts l JOIN customers c "
            "ON c.customer_id = l.customer_id WHERE l.card_number >= ? AND l.card_number < ? "
            f"LIMIT {CANDIDATES}", (lo, hi)))
    if q.phone_suffix_rev:
        lo, hi = _prefix_range(q.phone_suffix_rev)
        add("phone_suffix", where("c.phone_rev >= ? AND c.phone_rev < ?", (lo, hi)))
    match = fts_match(_name_words(q))
    if match:
        add("name", conn.execute(
            f"SELECT {_COLUMNS} FROM customers_fts f JOIN customers c ON c.rowid = f.rowid "
            "LEFT JOIN loyalty_accounts l ON l.customer_id = c.customer_id "
            f"WHERE customers_fts MATCH ? LIMIT {CANDIDATES}", (match,)))
    return found, rows


def search(conn: sqlite3.Connection, text: str, *, store_id: str | None,
           limit: int = CANDIDATES, now: datetime | None = None) -> list[CustomerHit]:
    """Ranked customers matching ``text`` (any way staff type it). Never raises for input."""
    q = parse(text)
    if q.empty:
        return []
    found, by_id = _candidates(conn, q)
    if not found:
        return []
    rows = list(by_id.values())
    seen: dict[str, str] = {}
    if store_id:
        for cid, at in conn.execute(_LAST_SEEN, (json.dumps(list(found)), store_id)):
            if at:
                seen[cid] = at
    recent_after = ((now or datetime.now(UTC)) - timedelta(days=RECENT_DAYS)).isoformat()
    words = _name_words(q)
    ranked = []
    for row in rows:
        cid, first, last, preferred = row[0], row[1], row[2], row[6]
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
        ranked.append((-score, last.lower(), first.lower(), cid, row, kind, last_seen))
    ranked.sort(key=lambda r: r[:4])
    # a result object only for what is returned (two sources may give up to twice the limit)
    return [CustomerHit(cid, first, last, email, phone, card, tier, kind, -neg, last_seen,
                        pending is not None)
            for neg, _, _, cid, (_, first, last, email, phone, pending, _, card, tier), kind,
            last_seen in ranked[:limit]]


def by_card(conn: sqlite3.Connection, card_number: str) -> str | None:
    """The customer whose loyalty card this is (exact number, as scanned), if any."""
    row = conn.execute("SELECT customer_id FROM loyalty_accounts WHERE card_number = ?",
                       (card_number,)).fetchone()
    return row[0] if row else None

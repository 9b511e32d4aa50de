"""The cache's schema, as numbered migrations keyed by ``PRAGMA user_version``.

A newer app opens an older cache and runs the migrations it has not seen, in order, each in
its own transaction. Never edit a released migration: add the next one. A change ``ALTER
TABLE`` cannot make (a column's type or constraints, the primary key, dropping a column a
trigger or index uses) goes through :func:`transform`.

The cache holds the server's rows as they were at the sync cursor, plus optimistic local
effects of queued mutations; rows that exist only because of a queued mutation carry its id in
``pending_mutation_id`` so the screens can mark them pending and a rejection can undo them.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from typing import Any

from store_contract.domain.text import QT_TRANSLATE_NOOP, text

CUSTOMER_FTS_COLUMNS = ("first_name", "last_name", "email")

V1 = """
CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT);

CREATE TABLE stores (
    store_id TEXT PRIMARY KEY, name TEXT NOT NULL, city TEXT, address TEXT,
    latitude REAL, longitude REAL, timezone TEXT
);
CREATE TABLE staff (
    staff_id TEXT PRIMARY KEY, store_id TEXT, name TEXT NOT NULL, role TEXT NOT NULL,
    pin_salt TEXT, pin_hash TEXT
);
CREATE TABLE products (
    product_id TEXT PRIMARY KEY, sku TEXT, ean13 TEXT, name TEXT NOT NULL, brand TEXT,
    category TEXT, price_cents INTEGER, currency TEXT, image_url TEXT,
    allows_substitution INTEGER
);
CREATE INDEX ix_products_ean13 ON products (ean13);
CREATE TABLE inventory (
    store_id TEXT NOT NULL, product_id TEXT NOT NULL, on_hand INTEGER NOT NULL DEFAULT 0,
    reserved INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (store_id, product_id)
);
CREATE INDEX ix_inventory_product ON inventory (product_id);

CREATE TABLE customers (
    customer_id TEXT PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
    email TEXT, phone_e164 TEXT, marketing_consent INTEGER, consent_updated_at TEXT,
    preferred_store_id TEXT, preferred_channel TEXT, created_at TEXT, updated_at TEXT,
    pending_mutation_id TEXT,
    phone_rev TEXT  -- the phone's digits reversed: "last 4+ digits" is a prefix search here
);
CREATE INDEX ix_customers_email ON customers (lower(email));
CREATE INDEX ix_customers_phone ON customers (phone_e164);
CREATE INDEX ix_customers_phone_rev ON customers (phone_rev);
CREATE VIRTUAL TABLE customers_fts USING fts5 (
    first_name, last_name, email, content='customers',
    tokenize='unicode61 remove_diacritics 2',
    prefix='1 2 3'  -- short prefixes (the first keystrokes) are answered from an index
);
CREATE TABLE loyalty_accounts (
    customer_id TEXT PRIMARY KEY, card_number TEXT, tier TEXT, points_balance INTEGER,
    member_since TEXT
);
CREATE UNIQUE INDEX ux_loyalty_card ON loyalty_accounts (card_number);
CREATE TABLE loyalty_ledger (
    entry_id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, store_id TEXT, delta INTEGER,
    reason TEXT, order_id TEXT, created_at TEXT
);
CREATE INDEX ix_ledger_customer ON loyalty_ledger (customer_id, created_at);
-- loyalty actions queued here: the balance stays the server's, these show as pending
-- (confirmed: the server applied it; the row goes when the account's new balance is pulled)
CREATE TABLE pending_loyalty (
    mutation_id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, delta INTEGER NOT NULL,
    reason TEXT NOT NULL, created_at TEXT NOT NULL, confirmed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_pending_loyalty_customer ON pending_loyalty (customer_id);

CREATE TABLE wishlist_items (
    item_id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, product_id TEXT NOT NULL,
    channel TEXT, added_at TEXT, pending_mutation_id TEXT
);
CREATE INDEX ix_wishlist_customer ON wishlist_items (customer_id);
CREATE TABLE carts (
    cart_id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, channel TEXT, status TEXT,
    updated_at TEXT
);
CREATE INDEX ix_carts_customer ON carts (customer_id);
CREATE TABLE cart_lines (
    line_id TEXT PRIMARY KEY, cart_id TEXT NOT NULL, product_id TEXT, qty INTEGER,
    unit_price_cents INTEGER
);
CREATE INDEX ix_cart_lines_cart ON cart_lines (cart_id);

CREATE TABLE orders (
    order_id TEXT PRIMARY KEY, order_number TEXT, customer_id TEXT, channel TEXT,
    store_id TEXT, status TEXT, placed_at TEXT, promised_at TEXT, pickup_expires_at TEXT,
    total_cents INTEGER, allow_substitutions INTEGER, staging_location TEXT,
    pickup_code_salt TEXT, pickup_code_hash TEXT, updated_at TEXT, pending_mutation_id TEXT,
    failed_code_attempts INTEGER DEFAULT 0, refund_status TEXT, cancel_reason TEXT
);
CREATE INDEX ix_orders_number ON orders (order_number);
CREATE INDEX ix_orders_customer ON orders (customer_id, placed_at);
CREATE INDEX ix_orders_store_status ON orders (store_id, status, promised_at);
CREATE TABLE order_lines (
    line_id TEXT PRIMARY KEY, order_id TEXT NOT NULL, product_id TEXT, qty_ordered INTEGER,
    qty_picked INTEGER, qty_short INTEGER, short_reason TEXT, substitute_product_id TEXT,
    unit_price_cents INTEGER
);
CREATE INDEX ix_order_lines_order ON order_lines (order_id);
-- click-and-collect changes queued here (see cache/local_effects): the server's version of an
-- order they act on, and the changes in queue order; the cached order = base + changes
CREATE TABLE order_base (order_id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE order_pending (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, mutation_id TEXT NOT NULL UNIQUE,
    order_id TEXT NOT NULL, type TEXT NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE INDEX ix_order_pending_order ON order_pending (order_id, seq);

CREATE TABLE interactions (
    interaction_id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, kind TEXT, channel TEXT,
    subject TEXT, body TEXT, status TEXT, staff_id TEXT, store_id TEXT, created_at TEXT,
    pending_mutation_id TEXT
);
CREATE INDEX ix_interactions_customer ON interactions (customer_id, created_at);
CREATE TABLE notifications (
    notification_id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, order_id TEXT, channel TEXT,
    template TEXT, body TEXT, sent_at TEXT
);
CREATE INDEX ix_notifications_customer ON notifications (customer_id, sent_at);

-- which queued mutations have their optimistic effect in this file (see cache/local_effects)
CREATE TABLE applied_mutations (mutation_id TEXT PRIMARY KEY);
"""


#: kept in step with the FTS table by triggers; a first sync drops them and rebuilds the index
#: once at the end instead (see cache/replica.py), which is many times faster for a big store
CUSTOMER_FTS_TRIGGERS = """
CREATE TRIGGER customers_ai AFTER INSERT ON customers BEGIN
    INSERT INTO customers_fts (rowid, first_name, last_name, email)
    VALUES (new.rowid, new.first_name, new.last_name, new.email);
END;
CREATE TRIGGER customers_ad AFTER DELETE ON customers BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, first_name, last_name, email)
    VALUES ('delete', old.rowid, old.first_name, old.last_name, old.email);
END;
CREATE TRIGGER customers_au AFTER UPDATE ON customers BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, first_name, last_name, email)
    VALUES ('delete', old.rowid, old.first_name, old.last_name, old.email);
    INSERT INTO customers_fts (rowid, first_name, last_name, email)
    VALUES (new.rowid, new.first_name, new.last_name, new.email);
END;
"""


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run SQL statements inside the caller's transaction (``executescript`` would commit)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        if not statement and (not line.strip() or line.lstrip().startswith("--")):
            continue
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement at the end of a migration: {statement!r}")


def transform(conn: sqlite3.Connection, table: str, **changes: Any) -> None:
    """Change ``table`` as sqlite-utils' ``Table.transform`` does (``types``, ``rename``,
    ``drop``, ``not_null``, ``defaults``, ``pk``, ``column_order``…), in the migration's
    transaction.

    The table is copied into a new one with the same rowids (the search index keeps pointing
    at the right customers) and its indexes are made again (sqlite-utils refuses, changing
    nothing, to rename or drop a column of a table with an expression index, as ``customers``
    has: drop the index first). The triggers go with the old table: they are made again here,
    as they were. Renaming or dropping a column a trigger names is refused: such a migration
    writes those triggers itself (SQLite accepts a trigger naming a missing column and fails
    at the first write it fires on)."""
    from associate_app.cache.database import utils_db  # (database builds on this module)

    if not conn.in_transaction:
        raise RuntimeError("transform runs inside a migration's transaction")
    subject = utils_db(conn)[table]
    gone = set(changes.get("drop") or ()) | set(changes.get("rename") or {})
    triggers = subject.triggers
    for trigger in triggers:
        named = sorted(c for c in gone if re.search(rf"\b{re.escape(c)}\b", trigger.sql, re.I))
        if named:
            raise ValueError(f"trigger {trigger.name} names {', '.join(named)}: drop it before "
                             f"transforming {table} and write it again after")
    subject.transform(**changes)
    for trigger in triggers:
        conn.execute(trigger.sql)


def _v1(conn: sqlite3.Connection) -> None:
    run_script(conn, V1)
    run_script(conn, CUSTOMER_FTS_TRIGGERS)


#: The Dashboard reads the store's click-and-collect orders changed since a day (every event
#: of an order updates it): without this it would read every order the store ever had.
V2 = """
CREATE INDEX ix_orders_store_updated ON orders (store_id, updated_at);
"""


def _v2(conn: sqlite3.Connection) -> None:
    run_script(conn, V2)


#: A second copy of each queued intent, next to its optimistic effect (see cache/intents.py): an
#: outbox that goes missing or is damaged gets its queued changes back from here.
V3 = """
ALTER TABLE applied_mutations ADD COLUMN intent TEXT;
"""


def _v3(conn: sqlite3.Connection) -> None:
    run_script(conn, V3)


#: PIN hashes no longer come from the service (a copied cache would give every PIN away); the
#: device keeps verifiers of its own, made when each person signs in online on it and bound to
#: a secret in its keychain (associate_app/offline_pins.py), and counts wrong PINs it checks.
V4 = """
UPDATE staff SET pin_salt = NULL, pin_hash = NULL;
CREATE TABLE local_verifiers (
    staff_id TEXT PRIMARY KEY, store_id TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL,
    salt TEXT NOT NULL, verifier TEXT NOT NULL, key_id TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE TABLE local_pin_failures (
    staff_id TEXT PRIMARY KEY, failures INTEGER NOT NULL, last_failure_at TEXT NOT NULL
);
"""


def _v4(conn: sqlite3.Connection) -> None:
    run_script(conn, V4)


#: Order detail, any channel (issue 13): a till receipt's number and the order's currency, per
#: line what was collected, returned, discounted and earned, and an order's payments, status
#: history and parcels (children of the synced order). An upgraded cache gets them for an order
#: at its next change; until then the order detail asks the service when online.
V5 = """
ALTER TABLE orders ADD COLUMN receipt_number TEXT;
ALTER TABLE orders ADD COLUMN currency TEXT DEFAULT 'GBP';
CREATE INDEX ix_orders_receipt ON orders (receipt_number);
ALTER TABLE order_lines ADD COLUMN qty_collected INTEGER DEFAULT 0;
ALTER TABLE order_lines ADD COLUMN qty_returned INTEGER DEFAULT 0;
ALTER TABLE order_lines ADD COLUMN discount_cents INTEGER DEFAULT 0;
ALTER TABLE order_lines ADD COLUMN points_earned INTEGER DEFAULT 0;
CREATE TABLE payments (
    payment_id TEXT PRIMARY KEY, order_id TEXT NOT NULL, tender TEXT, card_brand TEXT,
    last_four TEXT, amount_cents INTEGER, paid_at TEXT
);
CREATE INDEX ix_payments_order ON payments (order_id);
CREATE TABLE order_events (
    event_id TEXT PRIMARY KEY, order_id TEXT NOT NULL, status TEXT, at TEXT, store_id TEXT,
    staff_id TEXT, note TEXT
);
CREATE INDEX ix_order_events_order ON order_events (order_id, at);
CREATE TABLE shipments (
    shipment_id TEXT PRIMARY KEY, order_id TEXT NOT NULL, carrier TEXT, tracking_number TEXT,
    shipped_at TEXT, promised_at TEXT, delivered_at TEXT, latest_event TEXT,
    latest_event_at TEXT
);
CREATE INDEX ix_shipments_order ON shipments (order_id);
"""


def _v5(conn: sqlite3.Connection) -> None:
    run_script(conn, V5)


#: Returns (issue 13): the returns policy the service publishes (shown before a return is
#: made), an order's gift receipt and final-sale lines, returns with their lines and refunds (a
#: return made here shows at once, marked pending until the service applies it), and store
#: credit vouchers.
V6 = """
ALTER TABLE orders ADD COLUMN gift_receipt INTEGER DEFAULT 0;
ALTER TABLE order_lines ADD COLUMN final_sale INTEGER DEFAULT 0;
ALTER TABLE order_lines ADD COLUMN points_paid INTEGER DEFAULT 0;
CREATE TABLE return_policies (
    channel TEXT PRIMARY KEY, policy_id TEXT, window_days INTEGER,
    final_sale_returnable INTEGER, gift_receipt_store_credit_only INTEGER, updated_at TEXT
);
CREATE TABLE returns (
    return_id TEXT PRIMARY KEY, order_id TEXT NOT NULL, customer_id TEXT, store_id TEXT,
    staff_id TEXT, approved_by TEXT, refund_method TEXT, refund_cents INTEGER,
    points_reversed INTEGER, points_restored INTEGER, exception_reason TEXT, created_at TEXT,
    pending_mutation_id TEXT
);
CREATE INDEX ix_returns_order ON returns (order_id, created_at);
CREATE INDEX ix_returns_customer ON returns (customer_id, created_at);
CREATE TABLE return_lines (
    return_line_id TEXT PRIMARY KEY, return_id TEXT NOT NULL, line_id TEXT, product_id TEXT,
    qty INTEGER, reason TEXT, condition TEXT, refund_cents INTEGER
);
CREATE INDEX ix_return_lines_return ON return_lines (return_id);
CREATE TABLE refunds (
    refund_id TEXT PRIMARY KEY, return_id TEXT NOT NULL, order_id TEXT, method TEXT,
    amount_cents INTEGER, currency TEXT, status TEXT, payment_id TEXT, tender TEXT,
    card_brand TEXT, last_four TEXT, voucher_id TEXT, created_at TEXT, updated_at TEXT
);
CREATE INDEX ix_refunds_return ON refunds (return_id);
CREATE TABLE vouchers (
    voucher_id TEXT PRIMARY KEY, voucher_code TEXT, customer_id TEXT, amount_cents INTEGER,
    currency TEXT, return_id TEXT, issued_store_id TEXT, issued_at TEXT, redeemed_at TEXT,
    redeemed_store_id TEXT, redeemed_receipt TEXT
);
CREATE INDEX ix_vouchers_customer ON vouchers (customer_id);
CREATE INDEX ix_vouchers_return ON vouchers (return_id);
"""


def _v6(conn: sqlite3.Connection) -> None:
    run_script(conn, V6)


#: Changes at pickup (issue 13): units a customer declined at handover, and lines added at the
#: counter (to pay at the till).
V7 = """
ALTER TABLE order_lines ADD COLUMN qty_declined INTEGER DEFAULT 0;
ALTER TABLE order_lines ADD COLUMN add_on INTEGER DEFAULT 0;
"""


def _v7(conn: sqlite3.Connection) -> None:
    run_script(conn, V7)


#: Exchanges (issue 13): a return plus replacements, each on an order placed for the customer
#: (an exchange made here shows at once, pending, with its replacements from this store's shelf
#: held in ``exchange_holds`` until the service's stock arrives).
V8 = """
CREATE TABLE exchanges (
    exchange_id TEXT PRIMARY KEY, return_id TEXT, order_id TEXT NOT NULL, customer_id TEXT,
    store_id TEXT, staff_id TEXT, returned_cents INTEGER, replacement_cents INTEGER,
    due_cents INTEGER, refund_cents INTEGER, currency TEXT, created_at TEXT,
    pending_mutation_id TEXT
);
CREATE INDEX ix_exchanges_order ON exchanges (order_id, created_at);
CREATE INDEX ix_exchanges_customer ON exchanges (customer_id, created_at);
CREATE TABLE exchange_lines (
    exchange_line_id TEXT PRIMARY KEY, exchange_id TEXT NOT NULL, product_id TEXT,
    qty INTEGER, unit_price_cents INTEGER, source TEXT, from_store_id TEXT, new_order_id TEXT
);
CREATE INDEX ix_exchange_lines_exchange ON exchange_lines (exchange_id);
"""


def _v8(conn: sqlite3.Connection) -> None:
    run_script(conn, V8)


#: The loyalty programme (issue 14): an account's qualifying spend, tier review, when its
#: unexplained balance counts as earned (expiry), its card's kind and the programme consent; the
#: ledger's spend, who and why; reward vouchers; the rewards catalogue and bonus campaigns.
V9 = """
ALTER TABLE loyalty_accounts ADD COLUMN qualifying_spend_cents INTEGER DEFAULT 0;
ALTER TABLE loyalty_accounts ADD COLUMN tier_reviewed_at TEXT;
ALTER TABLE loyalty_accounts ADD COLUMN opening_points_at TEXT;
ALTER TABLE loyalty_accounts ADD COLUMN card_kind TEXT;
ALTER TABLE loyalty_accounts ADD COLUMN programme_consent_at TEXT;
ALTER TABLE loyalty_ledger ADD COLUMN spend_cents INTEGER DEFAULT 0;
ALTER TABLE loyalty_ledger ADD COLUMN staff_id TEXT;
ALTER TABLE loyalty_ledger ADD COLUMN note TEXT;
ALTER TABLE vouchers ADD COLUMN kind TEXT DEFAULT 'store_credit';
ALTER TABLE vouchers ADD COLUMN reward_id TEXT;
ALTER TABLE vouchers ADD COLUMN points_cost INTEGER DEFAULT 0;
ALTER TABLE vouchers ADD COLUMN expires_at TEXT;
ALTER TABLE vouchers ADD COLUMN cancelled_at TEXT;
ALTER TABLE vouchers ADD COLUMN pending_mutation_id TEXT;
ALTER TABLE loyalty_accounts ADD COLUMN pending_mutation_id TEXT;
CREATE TABLE rewards (
    reward_id TEXT PRIMARY KEY, name TEXT, points_price INTEGER, kind TEXT,
    value_cents INTEGER, valid_days INTEGER, min_tier TEXT, product_id TEXT, active INTEGER,
    updated_at TEXT
);
CREATE TABLE campaigns (
    campaign_id TEXT PRIMARY KEY, name TEXT, multiplier_pct INTEGER, category TEXT,
    starts_at TEXT, ends_at TEXT
);
"""


def _v9(conn: sqlite3.Connection) -> None:
    run_script(conn, V9)


#: Online carts finished at the counter (issue 14): a product's style (its colour and size
#: variants share it), a cart's code (CART-…), and the carts finished here while the change is
#: queued: the cart shown converted, its lines from this store's shelf held on the stock.
V10 = """
ALTER TABLE products ADD COLUMN style_id TEXT;
CREATE INDEX ix_products_style ON products (style_id);
ALTER TABLE carts ADD COLUMN cart_code TEXT;
ALTER TABLE carts ADD COLUMN converted_order_id TEXT;
CREATE INDEX ix_carts_code ON carts (cart_code);
CREATE TABLE cart_conversions (
    mutation_id TEXT PRIMARY KEY, cart_id TEXT NOT NULL, customer_id TEXT, store_id TEXT,
    handoff TEXT NOT NULL, order_id TEXT NOT NULL, status_before TEXT, total_cents INTEGER,
    created_at TEXT, pending INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ix_cart_conversions_cart ON cart_conversions (cart_id);
CREATE TABLE cart_conversion_lines (
    mutation_id TEXT NOT NULL, seq INTEGER NOT NULL, product_id TEXT NOT NULL,
    qty INTEGER NOT NULL, unit_price_cents INTEGER, source TEXT NOT NULL, from_store_id TEXT,
    PRIMARY KEY (mutation_id, seq)
);
"""


def _v10(conn: sqlite3.Connection) -> None:
    run_script(conn, V10)


#: index i holds the migration from user_version i to i + 1
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9, _v10]
LATEST = len(MIGRATIONS)


class CacheFromTheFuture(RuntimeError):
    pass


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the cache to the latest schema; returns the version it started at."""
    start = conn.execute("PRAGMA user_version").fetchone()[0]
    if start > LATEST:
        raise CacheFromTheFuture(text(QT_TRANSLATE_NOOP(
            "Messages", "This cache was written by a newer version of the app (schema {version}; "
            "this app knows up to {latest}). Update the app."), version=start, latest=LATEST))
    for version in range(start, LATEST):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return start

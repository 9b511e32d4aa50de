"""Deterministic demo data for the reference service: a UK home-and-fashion chain at any size.

The same arguments (including ``now``) give byte-identical data: names come from Faker seeded
once (pools built up front, never a Faker call per row) and every choice from one
``random.Random(seed)``. Salts are drawn from that Random too, so even hashes repeat: fine for
a demo database, never for real data.

What a tester needs:

* stores ``S001``… with enrolment codes ``DemoCredentials.enrolment_code(store_id)``
  (``DEMO-S001``…);
* per store ``n``: manager ``M100n`` (PIN 9999), associates ``A100n`` and ``A200n`` (PIN 1234);
* every store has a click-and-collect queue with orders in every state (new, picking,
  ready_for_pickup — some overdue —, collected today, expired, returned_to_stock, cancelled);
  the pickup code of an order is ``hashing.demo_pickup_code(order_id)``.

Rows are written with the driver's executemany in large batches, a few transactions in all,
so ``--customers 1000000`` seeds in about a minute or two on a small machine.
"""

from __future__ import annotations

import bisect
import math
import queue
import random
import re
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import phonenumbers
from faker import Faker
from sqlalchemy.engine import Connection, Engine

from store_contract.domain import loyalty
from store_contract.domain import notification_templates as templates
from store_contract.domain.barcodes import ean13_check_digit, luhn_check_digit
from store_contract.domain.carts import cart_code
from store_contract.domain.returns import DEFAULT_POLICY
from store_contract.wire import DemoCredentials

from . import (
    changes,
    loyalty_programme,
    returns,
    schema,
    schema_migrations,
    sealing_keys,
    seed_returns,
    storage,
)
from .hashing import demo_pickup_code, enrolment_code_hash, pickup_code_hash, slow_hash
from .seed_catalogue import (
    BRANDS,
    CATEGORIES,
    CHAIN,
    CHAT_SUBJECTS,
    COLOURS,
    EMAIL_DOMAINS,
    FASHION_BRANDS,
    HOME_BRANDS,
    MOBILE_BLOCKS,
    NOTE_SUBJECTS,
    STORE_SITES,
    TICKET_SUBJECTS,
)

DEFAULT_SEED = 20240917
DAY = 86_400.0
#: Customers generated per transaction: big enough to amortise, small enough for the WAL.
CHUNK_CUSTOMERS = 50_000

COLUMNS: dict[str, tuple[str, ...]] = {
    "customers": (
        "customer_id",
        "first_name",
        "last_name",
        "email",
        "phone_e164",
        "marketing_consent",
        "consent_updated_at",
        "preferred_store_id",
        "preferred_channel",
        "created_at",
        "updated_at",
    ),
    "loyalty_accounts": ("customer_id", "card_number", "tier", "points_balance", "member_since",
                         "qualifying_spend_cents", "tier_reviewed_at", "card_kind"),
    "loyalty_ledger": (
        "entry_id",
        "customer_id",
        "store_id",
        "delta",
        "reason",
        "order_id",
        "created_at",
    ),
    "wishlist_items": ("item_id", "customer_id", "product_id", "channel", "added_at"),
    "carts": ("cart_id", "customer_id", "channel", "status", "updated_at", "cart_code"),
    "cart_lines": ("line_id", "cart_id", "product_id", "qty", "unit_price_cents"),
    "orders": (
        "order_id",
        "order_number",
        "customer_id",
        "channel",
        "store_id",
        "status",
        "placed_at",
        "promised_at",
        "pickup_expires_at",
        "total_cents",
        "allow_substitutions",
        "staging_location",
        "pickup_code_salt",
        "pickup_code_hash",
        "updated_at",
        "receipt_number",
    ),
    "order_lines": (
        "line_id",
        "order_id",
        "product_id",
        "qty_ordered",
        "qty_picked",
        "qty_short",
        "short_reason",
        "substitute_product_id",
        "unit_price_cents",
        "qty_collected",
        "qty_returned",
        "discount_cents",
        "points_earned",
    ),
    "payments": (
        "payment_id", "order_id", "tender", "card_brand", "last_four", "amount_cents", "paid_at"),
    "order_events": ("event_id", "order_id", "status", "at", "store_id", "staff_id", "note"),
    "shipments": (
        "shipment_id",
        "order_id",
        "carrier",
        "tracking_number",
        "shipped_at",
        "promised_at",
        "delivered_at",
        "latest_event",
        "latest_event_at",
    ),
    "interactions": (
        "interaction_id",
        "customer_id",
        "kind",
        "channel",
        "subject",
        "body",
        "status",
        "staff_id",
        "store_id",
        "created_at",
    ),
    "notifications": (
        "notification_id",
        "customer_id",
        "order_id",
        "channel",
        "template",
        "body",
        "sent_at",
    ),
}
#: Parents before children, so the load is valid even where foreign keys are enforced.
LOAD_ORDER = (
    "customers",
    "loyalty_accounts",
    "loyalty_ledger",
    "wishlist_items",
    "carts",
    "cart_lines",
    "orders",
    "order_lines",
    "payments",
    "order_events",
    "shipments",
    "interactions",
    "notifications",
)

#: The click-and-collect queue every store gets: status -> how many orders.
QUEUE = {
    "new": 5,
    "picking": 3,
    "ready_for_pickup": 6,  # the last two are overdue (past their pickup deadline)
    "collected": 4,  # collected today
    "expired": 2,
    "returned_to_stock": 2,
    "cancelled": 2,
}
ACTIVE_STATUSES = ("new", "picking", "ready_for_pickup")
#: Orders whose units are still held for them (an expired order sits on its shelf until it is
#: returned to stock): see ``store_contract.domain.pickup.HOLDS_STOCK``.
HOLDING_STATUSES = ("new", "picking", "ready_for_pickup", "expired")
TIERS = ("bronze", "silver", "gold", "platinum")
TIER_CUMULATIVE = (0.55, 0.83, 0.96, 1.0)


def _ready_after(n: int) -> timedelta:
    """How long after it was placed the demo's order ``n`` was marked ready: 3 to 29 hours,
    spread by its number (no random draw, so the rest of the data stays as it was), so about
    one in five misses its next-day promise and the Dashboard has something to show."""
    return timedelta(hours=3 + (n * 7) % 26, minutes=(n * 13) % 60)


@dataclass
class SeedSummary:
    counts: dict[str, int]
    seconds: float

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())

    def line(self) -> str:
        parts = ", ".join(f"{n:,} {name}" for name, n in self.counts.items())
        return f"seeded {parts} ({self.total_rows:,} rows) in {self.seconds:.1f} s"


@dataclass
class _Product:
    product_id: str
    name: str
    price_cents: int
    allows_substitution: bool


@dataclass
class _Store:
    store_id: str
    staff_ids: list[str]
    customers: list[tuple[str, str, str]] = field(default_factory=list)  # id, first, last


def seed_demo(
    engine: Engine,
    *,
    customers: int = 2000,
    stores: int = 3,
    now: datetime | None = None,
    seed: int = DEFAULT_SEED,
    orders_per_customer: float = 0.5,
    products: int = 500,
) -> SeedSummary | None:
    """Create the schema and seed it; ``None`` (and nothing written) if it was seeded before."""
    if stores < 1 or customers < stores or products < 20:
        raise ValueError("the demo needs at least one store, a customer per store, 20 products")
    if schema_migrations.pending(engine):
        schema_migrations.migrate(engine)
    sealing_keys.ensure_key(engine)
    with engine.connect() as conn:
        if not schema.is_empty(conn):
            return None
    started = time.perf_counter()
    now = (now or datetime.now(UTC)).astimezone(UTC)
    seeder = _Seeder(
        seed, now, n_stores=stores, n_products=products, orders_per_customer=orders_per_customer
    )
    with engine.connect() as conn:
        storage.set_foreign_keys(conn, False)
        conn.commit()
        try:
            with storage.bulk_load(conn):
                seeder.load(conn, customers)
                # returns (issue 13): the policy, and orders of every channel to return
                seed_returns.seed_returnable_orders(conn, now)
                returns.publish_policy(conn, DEFAULT_POLICY, now)
                # the loyalty programme (issue 14): its rewards and a campaign
                loyalty_programme.publish_catalogue(conn, now)
                loyalty_programme.seed_reward_vouchers(conn, now)
                conn.commit()
        except BaseException:
            # A half-seeded database would look seeded next time: empty it again.
            conn.rollback()
            for table in reversed(schema.metadata.sorted_tables):
                conn.execute(table.delete())
            conn.commit()
            raise
        finally:
            conn.rollback()
            storage.set_foreign_keys(conn, True)
            conn.commit()
    return SeedSummary(seeder.counts, time.perf_counter() - started)


def _programme_facts(cid: str, tier: str, since: datetime,
                     now: datetime) -> tuple[int, datetime]:
    """A seeded account's qualifying spend (within its tier's band: some close to the next tier)
    and its last yearly review (its anniversary this year), from its id alone, so the seed's
    random stream and every other seeded value stay as they were."""
    pick = random.Random(cid)
    rules = [r for r in loyalty.PROGRAMME]
    rank = [r.tier.value for r in rules].index(tier) if tier in loyalty.EARN_RATE else 0
    low = rules[rank].threshold_cents
    high = rules[rank + 1].threshold_cents if rank + 1 < len(rules) else low * 2
    spend = low + int((high - low) * pick.random())
    years = max(0, int((now - since).days // 365))
    return spend, since + timedelta(days=365 * years)


class _Seeder:
    def __init__(
        self,
        seed: int,
        now: datetime,
        *,
        n_stores: int,
        n_products: int,
        orders_per_customer: float,
    ) -> None:
        self.rng = random.Random(seed)
        # How orders were paid, their history and parcels (issue 13) draw from their own
        # Random, so adding them left every other row of the demo as it was.
        self.facts_rng = random.Random(seed * 7 + 13)
        self.now = now
        self.n_stores = n_stores
        self.n_products = n_products
        self.orders_per_customer = orders_per_customer
        self.counts: dict[str, int] = defaultdict(int)
        self.buf: dict[str, list[tuple[Any, ...]]] = {name: [] for name in COLUMNS}
        self.log: list[tuple[str, str, str, changes.Op]] = []
        self.writer: _Writer | None = None
        self.seq: dict[str, int] = defaultdict(int)
        self._pools(seed)

    # -- ids, time, pools ------------------------------------------------------------------

    def next_id(self, prefix: str, width: int = 8) -> str:
        n = self.seq[prefix] = self.seq[prefix] + 1
        return prefix + str(n).zfill(width)

    def ago(self, seconds: float) -> datetime:
        return self.now - timedelta(seconds=seconds)

    def salt(self) -> str:
        return self.rng.randbytes(16).hex()

    def _pools(self, seed: int) -> None:
        fake = Faker("en_GB")
        fake.seed_instance(seed)
        firsts = sorted({fake.first_name() for _ in range(3000)})
        lasts = sorted({fake.last_name() for _ in range(6000)})
        self.first_names = firsts
        self.last_names = lasts
        self.slugs = {n: re.sub(r"[^a-z]", "", n.lower()) for n in firsts + lasts}
        self.staff_names = [fake.name() for _ in range(3 * max(self.n_stores, 12))]
        self.extra_sites = [
            (
                fake.city(),
                fake.street_name(),
                fake.street_address(),
                fake.postcode(),
                round(self.rng.uniform(50.6, 53.6), 4),
                round(self.rng.uniform(-3.2, 0.4), 4),
            )
            for _ in range(max(0, self.n_stores - len(STORE_SITES)))
        ]
        self.mobile_blocks = [b for b in MOBILE_BLOCKS if _valid_mobile_block(b)]

    # -- buffers ---------------------------------------------------------------------------

    def add(self, table: str, row: tuple[Any, ...]) -> None:
        self.buf[table].append(row)

    def change(self, scope: str, entity: str, entity_id: str) -> None:
        self.log.append((scope, entity, entity_id, "upsert"))

    def flush(self, conn: Connection, *, commit: bool = False) -> None:
        """Write the buffers (on the writer thread when one runs) and start new ones."""
        batch, log = self.buf, self.log
        self.buf = {name: [] for name in COLUMNS}
        self.log = []
        if self.writer is not None:
            self.writer.submit(batch, log, commit)
        else:
            self._write(conn, batch, log, commit)

    def _write(
        self,
        conn: Connection,
        batch: dict[str, list[tuple[Any, ...]]],
        log: list[tuple[str, str, str, changes.Op]],
        commit: bool,
    ) -> None:
        for name in LOAD_ORDER:
            if batch[name]:
                self.counts[name] += storage.bulk_insert(
                    conn, schema.metadata.tables[name], COLUMNS[name], batch[name]
                )
        self.counts["change_log"] += changes.record_changes(conn, log, log_is_empty=True)
        if commit:
            conn.commit()

    # -- the load --------------------------------------------------------------------------

    def load(self, conn: Connection, n_customers: int) -> None:
        self.stores = self._stores(conn)
        self.products = self._products(conn)
        conn.commit()
        # Generating rows (Python) and inserting them (mostly inside SQLite, without the GIL)
        # overlap: a writer thread owns the connection while customers are generated.
        self.writer = _Writer(lambda *a: self._write(conn, *a))
        try:
            for start in range(1, n_customers + 1, CHUNK_CUSTOMERS):
                for i in range(start, min(start + CHUNK_CUSTOMERS, n_customers + 1)):
                    self._customer(i)
                self.flush(conn, commit=True)
        finally:
            self.writer.close()
            self.writer = None
        reserved = self._queues()
        credits = self._demo_orders()
        self.flush(conn)
        self._credit(conn, credits)
        self._inventory(conn, reserved)
        conn.commit()

    def _stores(self, conn: Connection) -> list[_Store]:
        rows, staff_rows, pins = [], [], []
        result = []
        for k in range(1, self.n_stores + 1):
            sid = f"S{k:03d}"
            if k <= len(STORE_SITES):
                city, centre, street, postcode, lat, lon = STORE_SITES[k - 1]
            else:
                city, centre, street, postcode, lat, lon = self.extra_sites[
                    k - 1 - len(STORE_SITES)
                ]
            rows.append(
                {
                    "store_id": sid,
                    "name": f"{CHAIN} — {city} {centre}",
                    "city": city,
                    "address": f"{street}, {city} {postcode}",
                    "latitude": lat,
                    "longitude": lon,
                    "timezone": "Europe/London",
                    "enrolment_code_hash": enrolment_code_hash(DemoCredentials.enrolment_code(sid)),
                }
            )
            ids = []
            for prefix, role, pin in (
                ("M1", "manager", DemoCredentials.MANAGER_PIN),
                ("A1", "associate", DemoCredentials.ASSOCIATE_PIN),
                ("A2", "associate", DemoCredentials.ASSOCIATE_PIN),
                ("H1", "support", DemoCredentials.SUPPORT_PIN),
            ):
                staff_id = f"{prefix}{k:03d}"
                # the help desk is a role, not a person: no name drawn from the demo's names
                name = ("Head office help desk" if role == "support"
                        else self.staff_names[len(staff_rows) - (k - 1)])
                staff_rows.append(
                    {
                        "staff_id": staff_id,
                        "store_id": sid,
                        "name": name,
                        "role": role,
                        "pin_salt": self.salt(),
                        "pin_hash": "",
                    }
                )
                pins.append(pin)
                ids.append(staff_id)
            result.append(_Store(sid, ids))
        # scrypt releases the GIL: hash the PINs on every core.
        hashes = _parallel(
            lambda a: slow_hash(a[0], a[1]),
            [(pin, row["pin_salt"]) for pin, row in zip(pins, staff_rows, strict=True)],
        )
        for row, digest in zip(staff_rows, hashes, strict=True):
            row["pin_hash"] = digest
        conn.execute(schema.stores.insert(), rows)
        conn.execute(schema.staff.insert(), staff_rows)
        self.counts["stores"] += len(rows)
        self.counts["staff"] += len(staff_rows)
        for row in rows:
            self.change(changes.CHAIN_WIDE, "store", row["store_id"])
        for row in staff_rows:
            self.change(row["store_id"], "staff", row["staff_id"])
        return result

    def _products(self, conn: Connection) -> list[_Product]:
        rng = self.rng
        cats = list(CATEGORIES.items())
        rows, result = [], []
        for n in range(1, self.n_products + 1):
            category, (code, items, materials, (lo, hi), home) = cats[(n - 1) % len(cats)]
            brand = rng.choice(HOME_BRANDS if home else FASHION_BRANDS)
            item, material, colour = rng.choice(items), rng.choice(materials), rng.choice(COLOURS)
            name = f"{material} {item}, {colour}"
            pounds = rng.randrange(lo // 100, hi // 100 + 1)
            price = pounds * 100 + rng.choice((0, 0, 50, -1))
            body = "50" + BRANDS[brand] + f"{n:05d}"
            pid = f"P{n:05d}"
            subst = rng.random() < (0.8 if home else 0.3)
            image = (
                f"https://images.example.com/harbour-pine/{pid}.jpg"
                if rng.random() < 0.75
                else None
            )
            rows.append(
                {
                    "product_id": pid,
                    "sku": f"HP-{code}-{n:05d}",
                    "ean13": body + ean13_check_digit(body),
                    "name": name,
                    "brand": brand,
                    "category": category,
                    "price_cents": price,
                    "currency": "GBP",
                    "image_url": image,
                    "allows_substitution": subst,
                    # its colour variants share a style (issue 14: swapped at the counter)
                    "style_id": f"ST-{code}-{items.index(item):02d}{materials.index(material):02d}",
                }
            )
            result.append(_Product(pid, name, price, subst))
            self.change(changes.CHAIN_WIDE, "product", pid)
        conn.execute(schema.products.insert(), rows)
        self.counts["products"] += len(rows)
        return result

    # -- one customer and everything they did ------------------------------------------------

    def _customer(self, i: int) -> None:
        rng = self.rng
        r = rng.random
        cid = f"C{i:07d}"
        first = self.first_names[int(r() * len(self.first_names))]
        last = self.last_names[int(r() * len(self.last_names))]
        # the first customers go one to each store, so no store is left without any
        store = self.stores[i - 1] if i <= len(self.stores) else self._pick_store()
        sid = store.store_id
        if len(store.customers) < 400:
            store.customers.append((cid, first, last))
        created = self.ago(r() * 5 * 365 * DAY)
        age = (self.now - created).total_seconds()
        consent = r() < 0.6
        consent_at = created + timedelta(seconds=r() * age)
        email = (
            f"{self.slugs[first]}.{self.slugs[last]}{i}@"
            f"{EMAIL_DOMAINS[int(r() * len(EMAIL_DOMAINS))]}"
        )
        phone = (
            f"+44{self.mobile_blocks[int(r() * len(self.mobile_blocks))]}{int(r() * 1_000_000):06d}"
        )
        channel = "online" if r() < 0.45 else "in_store"
        updated = max(consent_at, created)
        self.add(
            "customers",
            (cid, first, last, email, phone, consent, consent_at, sid, channel, created, updated),
        )
        self.change(sid, "customer", cid)

        earned: list[tuple[datetime, str | None, int, str]] = []
        for _ in range(_poisson(rng, self.orders_per_customer)):
            earned.extend(self._history_order(cid, store, created))
        if r() < 0.85:
            self._loyalty(cid, i, sid, created, earned)
        if r() < 0.35:
            for _ in range(1 + int(r() * 3)):
                product = self.products[int(r() * len(self.products))]
                item_id = self.next_id("W")
                self.add(
                    "wishlist_items",
                    (
                        item_id,
                        cid,
                        product.product_id,
                        "online" if r() < 0.8 else "in_store",
                        created + timedelta(seconds=r() * age),
                    ),
                )
                self.change(sid, "wishlist_item", item_id)
        if r() < 0.3:
            self._cart(cid, sid)
        if r() < 0.35:
            for _ in range(1 + int(r() * 2)):
                self._interaction(cid, store, created)

    def _pick_store(self) -> _Store:
        if not hasattr(self, "_store_cum"):
            # the demo store is the flagship: a bigger share of the customers
            weights = [2.0] + [1.0] * (len(self.stores) - 1)
            total = sum(weights)
            acc, self._store_cum = 0.0, []
            for w in weights:
                acc += w / total
                self._store_cum.append(acc)
        k = bisect.bisect_left(self._store_cum, self.rng.random())
        return self.stores[min(k, len(self.stores) - 1)]

    def _lines(
        self, order_id: str, n: int, picked: bool, *, received: bool, returned: bool,
        earns: bool,
    ) -> tuple[int, int]:
        """An order's lines; returns its total (after line discounts) and the points earned."""
        r = self.rng.random
        f = self.facts_rng.random
        total = points = 0
        for _ in range(n):
            product = self.products[int(r() * len(self.products))]
            qty = 1 if r() < 0.85 else 2
            gross = qty * product.price_cents
            discount = gross * (10 if f() < 0.6 else 20) // 100 if f() < 0.15 else 0
            earned = (gross - discount) // 100 if earns else 0
            total += gross - discount
            points += earned
            self.add(
                "order_lines",
                (
                    self.next_id("OL", 9),
                    order_id,
                    product.product_id,
                    qty,
                    qty if picked else 0,
                    0,
                    None,
                    None,
                    product.price_cents,
                    qty if received else 0,
                    qty if returned else 0,
                    discount,
                    earned,
                ),
            )
        return total, points

    def _history_order(
        self, cid: str, store: _Store, created: datetime
    ) -> list[tuple[datetime, str | None, int, str]]:
        """A past order of any channel; returns the loyalty points it earned."""
        r = self.rng.random
        span = min((self.now - created).total_seconds(), 365 * DAY)
        oid = self.next_id("O")
        number = 100_000 + self.seq["O"]
        x = r()
        promised = expires = None
        store_id: str | None
        subst = r() < 0.6
        if x < 0.4:
            channel, prefix, store_id = "online", "WEB", None
            placed = self.ago(r() * span)
            age = (self.now - placed).total_seconds()
            status = (
                "cancelled"
                if r() < 0.04
                else "placed"
                if age < 2 * DAY
                else "shipped"
                if age < 5 * DAY
                else "delivered"
            )
            promised = placed + timedelta(days=3)
            picked = status in ("shipped", "delivered")
        elif x < 0.75:
            channel, prefix, subst = "in_store", "POS", False
            store_id = store.store_id if r() < 0.8 else self._pick_store().store_id
            placed = self.ago(r() * span)
            status = "returned" if r() < 0.06 else "completed"
            picked = True
        else:
            channel, prefix = "click_and_collect", "CC"
            store_id = store.store_id if r() < 0.85 else self._pick_store().store_id
            placed = self.ago(14 * DAY + r() * max(span - 14 * DAY, DAY))
            y = r()
            status = "collected" if y < 0.85 else "returned_to_stock" if y < 0.93 else "cancelled"
            promised = placed + timedelta(days=1)
            expires = promised + timedelta(days=7)
            picked = status != "cancelled"
        earns = status in ("completed", "collected", "delivered")
        total, points = self._lines(
            oid, 1 + int(r() * 3), picked,
            received=status in ("completed", "collected", "delivered", "returned"),
            returned=status == "returned", earns=earns,
        )
        updated = min(placed + timedelta(days=1 + r() * 3), self.now)
        receipt = f"RCT-{store_id}-{number}" if channel == "in_store" else None
        self._order_facts(oid, channel, status, store_id, placed, promised, updated, total,
                          ready_at=min(placed + _ready_after(number), updated))
        self.add(
            "orders",
            (
                oid,
                f"{prefix}-{number}",
                cid,
                channel,
                store_id,
                status,
                placed,
                promised,
                expires,
                total,
                subst,
                None,
                None,
                None,
                updated,
                receipt,
            ),
        )
        for scope in changes.customer_scopes(store.store_id, store_id):
            self.change(scope, "order", oid)
        if channel != "in_store":
            self._notify(
                cid,
                store.store_id,
                oid,
                "email",
                templates.ORDER_CONFIRMATION,
                f"Thanks for your order {prefix}-{number}.",
                placed + timedelta(minutes=1),
            )
        if status in ("shipped", "delivered"):
            self._notify(
                cid,
                store.store_id,
                oid,
                "email",
                templates.ORDER_DISPATCHED,
                f"Your order {prefix}-{number} is on its way.",
                placed + timedelta(days=1),
            )
        elif channel == "click_and_collect" and status != "cancelled":
            self._notify(
                cid,
                store.store_id,
                oid,
                "sms",
                templates.ORDER_READY,
                f"Your order {prefix}-{number} is ready to collect.",
                min(placed + _ready_after(number), updated),
            )
        if earns:
            return [(updated, store_id, points, oid)]
        return []

    def _notify(
        self,
        cid: str,
        scope: str,
        order_id: str | None,
        channel: str,
        template: str,
        body: str,
        sent_at: datetime | None,
    ) -> None:
        nid = self.next_id("N")
        self.add(
            "notifications", (nid, cid, order_id, channel, template, body, sent_at or self.now)
        )
        self.change(scope, "notification", nid)

    def _loyalty(
        self,
        cid: str,
        i: int,
        sid: str,
        created: datetime,
        earned: list[tuple[datetime, str | None, int, str]],
    ) -> None:
        rng = self.rng
        r = rng.random
        since = created + timedelta(seconds=r() * 0.3 * (self.now - created).total_seconds())
        body = f"633597{i:09d}"
        balance = 100
        first_entry = len(self.buf["loyalty_ledger"])
        self.add("loyalty_ledger", (self.next_id("L"), cid, sid, 100, "earn", None, since))
        for at, store_id, points, oid in earned:
            if at >= since and points:
                balance += points
                self.add(
                    "loyalty_ledger", (self.next_id("L"), cid, store_id, points, "earn", oid, at)
                )
        if balance >= 500 and r() < 0.3:
            balance -= 500
            self.add(
                "loyalty_ledger",
                (self.next_id("L"), cid, sid, -500, "redeem", None, self.ago(r() * 30 * DAY)),
            )
        elif r() < 0.05:
            lost = min(balance, 50)
            balance -= lost
            self.add(
                "loyalty_ledger",
                (self.next_id("L"), cid, None, -lost, "expire", None, self.ago(r() * 60 * DAY)),
            )
        # recent points of half the members (a campaign, a big basket), some of them close to
        # their expiry age: drawn from the customer's id, so the seed's stream is unchanged
        pick = random.Random(f"{cid}:points")
        if pick.random() < 0.5:
            points = 200 + 50 * int(pick.random() * 25)
            at = self.now - timedelta(days=5 + pick.random() * 340)
            balance += points
            self.add("loyalty_ledger", (self.next_id("L"), cid, sid, points, "bonus", None, at))
        # points older than the programme's expiry age have expired (issue 14): said so
        entries = [(row[6], row[3]) for row in self.buf["loyalty_ledger"][first_entry:]]
        lots = loyalty.lots(entries, balance, since)
        gone = min(balance, loyalty.expired(lots, self.now))
        if gone > 0:
            balance -= gone
            at = max(x.expires_at for x in lots if x.expires_at <= self.now)
            self.add("loyalty_ledger", (self.next_id("L"), cid, None, -gone, "expire", None, at))
        tier = TIERS[bisect.bisect_left(TIER_CUMULATIVE, r())]
        spend, reviewed = _programme_facts(cid, tier, since, self.now)
        self.add("loyalty_accounts", (cid, body + luhn_check_digit(body), tier, balance, since,
                                      spend, reviewed, "physical"))
        self.change(sid, "loyalty_account", cid)

    def _cart(self, cid: str, sid: str) -> None:
        r = self.rng.random
        cart_id = self.next_id("K")
        x = r()
        if x < 0.4:
            status, updated = "active", self.ago(r() * 14 * DAY)
        elif x < 0.9:
            status, updated = "abandoned", self.ago(15 * DAY + r() * 105 * DAY)
        else:
            status, updated = "converted", self.ago(r() * 120 * DAY)
        self.add("carts", (cart_id, cid, "online" if r() < 0.85 else "in_store", status, updated,
                           cart_code(int(cart_id[1:]))))  # the web shop's code (issue 14)
        for _ in range(1 + int(r() * 3)):
            product = self.products[int(r() * len(self.products))]
            self.add(
                "cart_lines",
                (
                    self.next_id("KL", 9),
                    cart_id,
                    product.product_id,
                    1 if r() < 0.8 else 2,
                    product.price_cents,
                ),
            )
        self.change(sid, "cart", cart_id)

    def _interaction(self, cid: str, store: _Store, created: datetime) -> None:
        rng = self.rng
        r = rng.random
        product = self.products[int(r() * len(self.products))].name
        at = created + timedelta(seconds=r() * (self.now - created).total_seconds())
        x = r()
        staff_id = store_id = None
        if x < 0.4:
            kind, channel, pool = "chat", "chat", CHAT_SUBJECTS
            status = "open" if r() < 0.1 else "closed"
        elif x < 0.7:
            kind, channel, pool = "ticket", "email", TICKET_SUBJECTS
            status = "open" if r() < 0.3 else "closed"
        else:
            kind, channel, pool, status = "note", "in_store", NOTE_SUBJECTS, None
            staff_id, store_id = store.staff_ids[1 + int(r() * 2)], store.store_id
        subject, body = pool[int(r() * len(pool))]
        iid = self.next_id("I")
        self.add(
            "interactions",
            (
                iid,
                cid,
                kind,
                channel,
                subject,
                body.format(product=product),
                status,
                staff_id,
                store_id,
                at,
            ),
        )
        self.change(store.store_id, "interaction", iid)

    # -- the click-and-collect queue and stock ----------------------------------------------

    def _queues(self) -> dict[tuple[str, str], int]:
        """Every store's live C&C queue; returns the reserved quantity per (store, product)."""
        rng = self.rng
        r = rng.random
        reserved: dict[tuple[str, str], int] = defaultdict(int)
        codes: list[tuple[int, str, str]] = []  # row index in buf["orders"], code, salt
        midnight = self.now.replace(hour=0, minute=0, second=0, microsecond=0)
        today = max((self.now - midnight).total_seconds(), 60.0)
        for store in self.stores:
            sid = store.store_id
            n = 0
            for status, count in QUEUE.items():
                for k in range(count):
                    cid, first, _ = store.customers[n % len(store.customers)]
                    n += 1
                    oid = self.next_id("O")
                    number = f"CC-{100_000 + self.seq['O']}"
                    staging = None
                    if status == "new":
                        placed = self.ago(r() * 6 * 3600)
                        promised = self.now + timedelta(hours=2 + r() * 22)
                    elif status == "picking":
                        placed = self.ago(3 * 3600 + r() * 7 * 3600)
                        promised = self.now + timedelta(hours=1 + r() * 3)
                    elif status == "ready_for_pickup":
                        overdue = k >= count - 2
                        placed = self.ago((8 if overdue else 1) * DAY + r() * DAY)
                        promised = placed + timedelta(days=1)
                        staging = f"Shelf {'ABC'[k % 3]}{1 + k}"
                    elif status == "collected":
                        placed = self.ago(DAY + r() * 2 * DAY)
                        promised = placed + timedelta(days=1)
                    elif status in ("expired", "returned_to_stock"):
                        placed = self.ago(9 * DAY + r() * 3 * DAY)
                        promised = placed + timedelta(days=1)
                        staging = "Shelf D1" if status == "expired" else None
                    else:  # cancelled
                        placed = self.ago(r() * 3 * DAY)
                        promised = placed + timedelta(days=1)
                    expires = promised + timedelta(days=7)
                    updated = (
                        self.ago(r() * today)
                        if status == "collected"
                        else expires
                        if status == "expired"
                        else self.ago(r() * 3600)
                        if status in ACTIVE_STATUSES
                        else placed + timedelta(hours=2)
                    )
                    if updated > self.now:
                        updated = self.now
                    total = self._queue_lines(oid, sid, status, k, reserved)
                    self._order_facts(
                        oid, "click_and_collect", status, sid, placed, promised, updated, total,
                        ready_at=min(placed + _ready_after(self.seq["O"]), updated),
                        expires_at=expires)
                    salt = code_hash = None
                    if status in ACTIVE_STATUSES:
                        salt = self.salt()
                        codes.append((len(self.buf["orders"]), demo_pickup_code(oid), salt))
                    subst = r() < 0.6
                    self.add(
                        "orders",
                        (
                            oid,
                            number,
                            cid,
                            "click_and_collect",
                            sid,
                            status,
                            placed,
                            promised,
                            expires,
                            total,
                            subst,
                            staging,
                            salt,
                            code_hash,
                            updated,
                            None,
                        ),
                    )
                    self.change(sid, "order", oid)
                    self._notify(
                        cid,
                        sid,
                        oid,
                        "email",
                        templates.ORDER_CONFIRMATION,
                        f"Thanks {first}, we have your order {number}.",
                        placed + timedelta(minutes=1),
                    )
                    if status in ("ready_for_pickup", "collected", "expired", "returned_to_stock"):
                        self._notify(
                            cid,
                            sid,
                            oid,
                            "sms",
                            templates.ORDER_READY,
                            f"Your order {number} is ready to collect. Bring your pickup code.",
                            min(placed + _ready_after(self.seq["O"]), updated),
                        )
                    if status == "collected":
                        self._notify(
                            cid,
                            sid,
                            oid,
                            "email",
                            templates.ORDER_COLLECTED,
                            f"You collected order {number}. Enjoy!",
                            updated,
                        )
                    if status == "cancelled":
                        self._notify(
                            cid,
                            sid,
                            oid,
                            "email",
                            templates.ORDER_CANCELLED,
                            f"Your order {number} was cancelled.",
                            updated,
                        )
        digests = _parallel(lambda a: pickup_code_hash(a[1], a[2]), codes)
        for (index, _, _), digest in zip(codes, digests, strict=True):
            row = list(self.buf["orders"][index])
            row[COLUMNS["orders"].index("pickup_code_hash")] = digest
            self.buf["orders"][index] = tuple(row)
        return reserved

    def _queue_lines(
        self, oid: str, sid: str, status: str, k: int, reserved: dict[tuple[str, str], int]
    ) -> int:
        r = self.rng.random
        total = 0
        for n in range(1 + int(r() * 4)):
            product = self.products[int(r() * len(self.products))]
            qty = 1 if r() < 0.8 else 2
            picked = short = 0
            reason = substitute = None
            if status == "picking":
                picked = qty if n == 0 else 0
            elif status in ("ready_for_pickup", "collected", "expired", "returned_to_stock"):
                picked = qty
                if n == 1 and k == 1:  # one staged order came up short…
                    picked, short, reason = qty - 1, 1, "Not enough stock on the shelf"
                if n == 1 and k == 2 and product.allows_substitution:  # …and one substituted
                    substitute = self.products[
                        (int(product.product_id[1:]) + 12) % len(self.products)
                    ].product_id
            if status in HOLDING_STATUSES:
                reserved[(sid, product.product_id)] += qty
            total += qty * product.price_cents
            self.add(
                "order_lines",
                (
                    self.next_id("OL", 9),
                    oid,
                    product.product_id,
                    qty,
                    picked,
                    short,
                    reason,
                    substitute,
                    product.price_cents,
                    picked if status == "collected" else 0,
                    0,
                    0,
                    0,
                ),
            )
        return total

    # -- how an order was paid, its history and its parcel (issue 13) ------------------------

    def _demo_orders(self) -> list[tuple[str, str, int, str, datetime]]:
        """Orders of every channel each store has whatever the demo's size, under numbers a
        tester can type (:func:`demo_order_number`): parcels on their way, sales of today and of
        last week, sales past any returns window. Returns the points they earned (credited by
        :meth:`_credit`)."""
        f = self.facts_rng.random
        credits = []
        for k, store in enumerate(self.stores, start=1):
            sid = store.store_id
            for j, (prefix, status, days, latest) in enumerate(DEMO_ORDERS, start=1):
                cid, first, _ = store.customers[(j - 1) % len(store.customers)]
                oid = self.next_id("O")
                number = demo_order_number(prefix, k, j)
                channel = {"WEB": "online", "POS": "in_store", "CC": "click_and_collect"}[prefix]
                placed = self.ago(days * DAY + 3 * 3600 + f() * 3600)
                promised = (placed + timedelta(days=3) if channel == "online"
                            else placed + timedelta(days=1) if channel == "click_and_collect"
                            else None)
                expires = promised + timedelta(days=7) if channel == "click_and_collect" else None
                updated = min(placed + timedelta(days=min(days * 0.5, 2), hours=2), self.now)
                earns = status in ("completed", "collected", "delivered")
                total, points = self._demo_lines(oid, status, earns)
                self._order_facts(oid, channel, status, sid if channel != "online" else None,
                                  placed, promised, updated, total,
                                  ready_at=placed + timedelta(hours=4), expires_at=expires,
                                  latest=latest)
                self.add("orders", (
                    oid, number, cid, channel, None if channel == "online" else sid, status,
                    placed, promised, expires, total, False, None, None, None, updated,
                    f"RCT-{sid}-{number[4:]}" if channel == "in_store" else None))
                self.change(sid, "order", oid)
                if channel != "in_store":
                    self._notify(cid, sid, oid, "email", templates.ORDER_CONFIRMATION,
                                 f"Thanks {first}, we have your order {number}.",
                                 placed + timedelta(minutes=1))
                if status in ("shipped", "delivered"):
                    self._notify(cid, sid, oid, "email", templates.ORDER_DISPATCHED,
                                 f"Your order {number} is on its way.",
                                 min(placed + timedelta(days=1), self.now))
                if earns and points:
                    credits.append((cid, sid if channel != "online" else None, points, oid,
                                    updated))
        return credits

    def _demo_lines(self, oid: str, status: str, earns: bool) -> tuple[int, int]:
        f = self.facts_rng.random
        total = points = 0
        for n in range(2 + int(f() * 2)):
            product = self.products[int(f() * len(self.products))]
            qty = 2 if n == 0 else 1
            gross = qty * product.price_cents
            discount = gross // 10 if n == 1 else 0  # the second line is always 10% off
            earned = (gross - discount) // 100 if earns else 0
            total, points = total + gross - discount, points + earned
            shipped = status not in ("placed", "cancelled")
            received = status in ("completed", "collected", "delivered")
            self.add("order_lines", (
                self.next_id("OL", 9), oid, product.product_id, qty, qty if shipped else 0, 0,
                None, None, product.price_cents, qty if received else 0, 0, discount, earned))
        return total, points

    def _credit(self, conn: Connection,
                credits: list[tuple[str, str | None, int, str, datetime]]) -> None:
        """The points the demo orders earned, on the accounts of the customers who have one."""
        for cid, sid, points, oid, at in credits:
            done = conn.execute(
                schema.loyalty_accounts.update()
                .where(schema.loyalty_accounts.c.customer_id == cid)
                .values(points_balance=schema.loyalty_accounts.c.points_balance + points))
            if done.rowcount:
                conn.execute(schema.loyalty_ledger.insert().values(
                    entry_id=self.next_id("L"), customer_id=cid, store_id=sid, delta=points,
                    reason="earn", order_id=oid, created_at=at))
                self.counts["loyalty_ledger"] += 1

    def _order_facts(
        self,
        oid: str,
        channel: str,
        status: str,
        store_id: str | None,
        placed: datetime,
        promised: datetime | None,
        updated: datetime,
        total: int,
        *,
        ready_at: datetime,
        expires_at: datetime | None = None,
        latest: str | None = None,
    ) -> None:
        f = self.facts_rng.random
        x = f()
        if channel == "in_store":
            tender = "card" if x < 0.65 else "cash" if x < 0.9 else "gift_card"
        elif channel == "online":
            tender = "card" if x < 0.8 else "paypal" if x < 0.95 else "gift_card"
        else:
            tender = "card" if x < 0.9 else "paypal"
        brand = last_four = None
        if tender == "card":
            brand = CARD_BRANDS[int(f() * len(CARD_BRANDS))]
        if tender in ("card", "gift_card"):
            last_four = f"{int(f() * 10_000):04d}"
        self.add("payments", (self.next_id("PY", 9), oid, tender, brand, last_four, total, placed))

        def event(what: str, at: datetime, note: str | None = None, where: str | None = None):
            self.add("order_events", (self.next_id("OE", 9), oid, what, min(at, self.now),
                                      where if where is not None else store_id, None, note))

        if channel == "in_store":
            event("completed", placed, "Sold at the till")
            if status == "returned":
                event("returned", updated, "Brought back to the store")
            return
        event("placed", placed, "Ordered online")
        if channel == "online":
            if status == "cancelled":
                event("cancelled", updated)
                return
            if status not in ("shipped", "delivered"):
                return
            shipped = min(placed + timedelta(hours=18 + f() * 10), self.now)
            event("picked", shipped - timedelta(hours=2), "Packed at the warehouse")
            event("shipped", shipped)
            carrier = CARRIERS[int(f() * len(CARRIERS))]
            tracking = _tracking_number(carrier, f)
            if status == "delivered":
                delivered = max(updated, shipped + timedelta(hours=12))
                delivered = min(delivered, self.now)
                event("delivered", delivered)
                latest, latest_at = "Delivered, left with the customer", delivered
            else:
                delivered = None
                latest = latest or IN_TRANSIT[int(f() * len(IN_TRANSIT))]
                latest_at = min(shipped + timedelta(hours=4 + f() * 30), self.now)
            self.add("shipments", (self.next_id("SH", 7), oid, carrier, tracking, shipped,
                                   promised, delivered, latest, latest_at))
            return
        # click and collect
        if status == "cancelled":
            event("cancelled", updated)
            return
        if status == "new":
            return
        if status == "picking":
            event("picking", updated)
            return
        ready = max(ready_at, placed + timedelta(minutes=30))
        event("picked", ready - timedelta(minutes=20))
        event("ready", ready)
        if status == "collected":
            event("collected", max(updated, ready))
        elif status in ("expired", "returned_to_stock"):
            expired = expires_at or (promised or placed) + timedelta(days=7)
            event("expired", max(expired, ready))
            if status == "returned_to_stock":
                event("returned_to_stock", max(updated, expired, ready))

    def _inventory(self, conn: Connection, reserved: dict[tuple[str, str], int]) -> None:
        r = self.rng.random
        rows = []
        for store in self.stores:
            for product in self.products:
                x = r()
                on_hand = 0 if x < 0.08 else 1 + int(r() * 3) if x < 0.2 else 4 + int(r() * 37)
                held = reserved.get((store.store_id, product.product_id), 0)
                rows.append((store.store_id, product.product_id, max(on_hand, held), held))
                self.change(store.store_id, "inventory", f"{store.store_id}:{product.product_id}")
        self.counts["inventory"] += storage.bulk_insert(
            conn, schema.inventory, ("store_id", "product_id", "on_hand", "reserved"), rows
        )
        self.counts["change_log"] += changes.record_changes(conn, self.log, log_is_empty=True)
        self.log.clear()


class _Writer:
    """One background thread that writes batches in order; errors surface on the next call."""

    def __init__(self, write: Callable[..., None]) -> None:
        self._write = write
        self._queue: queue.Queue[tuple[Any, ...] | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="seed-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (job := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._write(*job)
                except BaseException as exc:  # handed to the generating thread
                    self._error = exc

    def _check(self) -> None:
        if self._error is not None:
            raise self._error

    def submit(self, *job: Any) -> None:
        self._check()
        self._queue.put(job)

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()
        self._check()


#: The orders every store gets whatever the demo's size (prefix, status, days ago, latest
#: tracking event): see :func:`demo_order_number`.
DEMO_ORDERS: tuple[tuple[str, str, float, str | None], ...] = (
    ("WEB", "shipped", 2, "Out for delivery"),
    ("WEB", "shipped", 1, "In transit to the local depot"),
    ("WEB", "delivered", 6, None),
    ("POS", "completed", 0, None),
    ("POS", "completed", 10, None),
    ("POS", "completed", 60, None),  # past a 30-day returns window
    ("CC", "collected", 3, None),
    ("WEB", "delivered", 45, None),  # past a 30-day returns window
)


def demo_order_number(prefix: str, store_index: int, j: int) -> str:
    """The number of store ``store_index``'s (1 for S001) ``j``-th demo order (1-based, as in
    :data:`DEMO_ORDERS`): ``WEB-9001001`` is S001's parcel out for delivery, ``POS-9001004`` its
    sale of today (receipt ``RCT-S001-9001004``). History orders are numbered from 100001 up,
    so these never meet them below millions of orders."""
    return f"{prefix}-9{store_index:03d}{j:03d}"


CARD_BRANDS = ("Visa", "Visa", "Mastercard", "Mastercard", "Amex")
CARRIERS = ("Royal Mail", "DPD", "Evri")
IN_TRANSIT = (
    "In transit to the local depot",
    "At the local delivery office",
    "Out for delivery",
)


def _tracking_number(carrier: str, f: Callable[[], float]) -> str:
    """A tracking number in the carrier's own shape (never a shape the app's scanner takes
    for a product or a loyalty card)."""
    digits = "".join(str(int(f() * 10)) for _ in range(9))
    if carrier == "Royal Mail":
        return f"{chr(65 + int(f() * 26))}{chr(65 + int(f() * 26))}{digits}GB"
    if carrier == "DPD":
        return f"15{digits}{int(f() * 1000):03d}"
    return f"H00{digits}A{int(f() * 10)}"


def _poisson(rng: random.Random, mean: float) -> int:
    if mean <= 0:
        return 0
    limit, k, p = math.exp(-mean), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def _valid_mobile_block(block: str) -> bool:
    return all(
        phonenumbers.is_valid_number(phonenumbers.parse(f"+44{block}{suffix}"))
        for suffix in ("000000", "555555", "999999")
    )


def _parallel(fn: Callable[[Any], str], items: list[Any]) -> list[str]:
    if len(items) < 4:
        return [fn(item) for item in items]
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(fn, items))

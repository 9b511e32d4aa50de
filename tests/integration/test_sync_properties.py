"""Random sequences of local changes, flaky syncs, restarts and a damaged cache (hypothesis).

One real central service serves the whole module; every example is a new device (its own
enrolment, data directory and outbox) whose notes, receipts and e-mails carry a token of their
own, so examples never see each other's changes and every expectation is per example.

Operations: record a note / set marketing consent / add a wish-list item / earn points (all
valid) / redeem more points than the customer can have (must be refused) / enrol a customer
offline and write a note on their temporary id / sync with one request of it hit by a fault of
``tests/support/faults.py`` / restart the app (close and reopen the local store) / truncate the
cache file (it is rebuilt; the outbox survives).

After a last sync on a clean network:

* every accepted change is on the server exactly once (and processed once for the device);
* every refused one is in the conflict inbox and its optimistic effect is gone;
* nothing is pending, no temporary id and no optimistic row is left in the cache;
* the cache equals the server's store scope (a fresh device's page-by-page pull).
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import shutil
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from associate_app.api.client import CentralClient
from associate_app.cache.local_effects import ID_COLUMNS
from associate_app.cache.local_store import LocalStore
from associate_app.sync.engine import SyncEngine
from central_api import schema, storage
from store_contract import wire
from store_contract.domain.loyalty import points_for_purchase
from store_contract.domain.mutation_types import MutationType, is_temp_id, new_temp_id
from store_contract.domain.permissions import LARGE_POINTS
from tests.support.cache_files import open_file
from tests.support.central import new_central_db, running_central_service
from tests.support.faults import FAULTS, FaultyTransport
from tests.support.sync_harness import dump, full_pull_dump

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend

STORE = "S001"
STAFF = "A1001"
SEEDED = 4  # seeded customers of the store the examples act on
PRODUCTS = 4
#: how much of the cache file a "corrupt" operation keeps. Cuts inside the last page are not
#: detected today: see test_a_cache_cut_inside_its_last_page_is_rebuilt below.
TRUNCATIONS = ("empty", "header only", "first page and a byte", "first half")


@dataclass(frozen=True)
class Central:
    url: str
    engine: sa.Engine
    root: Path
    customers: tuple[str, ...]
    products: tuple[str, ...]


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Central]:
    root = tmp_path_factory.mktemp("sync-properties")
    db = new_central_db(root)
    with running_central_service(db, customers=200, stores=3) as url:
        engine = storage.create_engine(db)
        try:
            with engine.connect() as conn:
                customers = conn.execute(sa.text(
                    "SELECT c.customer_id FROM customers c JOIN loyalty_accounts l "
                    "USING (customer_id) WHERE c.preferred_store_id = :s "
                    "ORDER BY c.customer_id LIMIT :n"), {"s": STORE, "n": SEEDED}).scalars().all()
                products = conn.execute(sa.text(
                    "SELECT product_id FROM products ORDER BY product_id LIMIT :n"),
                    {"n": PRODUCTS}).scalars().all()
            assert len(customers) == SEEDED and len(products) == PRODUCTS
            yield Central(url, engine, root, tuple(customers), tuple(products))
        finally:
            engine.dispose()


# -- operations ------------------------------------------------------------------------------

WHO = st.integers(0, 7)  # an index into this example's customers (seeded, then enrolled here)
CHANGES = st.one_of(
    st.tuples(st.just("note"), WHO),
    st.tuples(st.just("consent"), WHO, st.booleans()),
    st.tuples(st.just("wish"), WHO, st.integers(0, PRODUCTS - 1)),
    st.tuples(st.just("earn"), WHO, st.integers(100, 50_000)),
    st.tuples(st.just("redeem too much"), WHO),
    st.tuples(st.just("enrol"), st.booleans()),
)
#: a sync whose first requests meet these faults (the rest go through)
SYNC = st.tuples(st.just("sync"), st.lists(st.sampled_from(FAULTS), min_size=1, max_size=3))
RESTART = st.tuples(st.just("restart"))
CORRUPT = st.tuples(st.just("corrupt"), st.sampled_from(TRUNCATIONS))
EVENTS = st.integers(0, 4).flatmap(  # syncs three times as often as each of the others
    lambda k: SYNC if k < 3 else RESTART if k == 3 else CORRUPT)
#: a change, then what happens before the next one
STEPS = st.lists(st.tuples(CHANGES, st.lists(EVENTS, max_size=2)), min_size=2, max_size=8)
OPERATIONS = STEPS.map(lambda steps: [op for change, events in steps for op in (change, *events)])


def who_is_who(ops: list[tuple]) -> list[int | None]:
    """For each operation, the position (in this example's customer list) it acts on."""
    out: list[int | None] = []
    count = SEEDED
    for op in ops:
        if op[0] == "enrol":
            out.append(count)
            count += 1
        elif op[0] in ("note", "consent", "wish", "earn", "redeem too much"):
            out.append(op[1] % count)
        else:
            out.append(None)
    return out


@dataclass
class Expected:
    token: str
    mutations: dict[str, str] = field(default_factory=dict)  # mutation id -> applied|rejected
    notes: list[tuple[str, int]] = field(default_factory=list)  # (body, customer position)
    receipts: list[tuple[str, int, int]] = field(default_factory=list)  # receipt, who, points
    consent: dict[int, bool] = field(default_factory=dict)
    wishes: set[tuple[int, str]] = field(default_factory=set)
    emails: dict[int, str] = field(default_factory=dict)  # enrolled here: position -> e-mail


@dataclass
class Before:
    """The server's state of the seeded customers when the example starts."""

    balances: dict[str, int]
    tiers: dict[str, str]
    wishes: dict[tuple[str, str], int]
    #: points moved for each at this store in the last day (earlier examples' earns count:
    #: past LARGE_POINTS in a day, an earn needs a manager and is refused without one)
    points_today: dict[str, int]


def server_before(central: Central) -> Before:
    with central.engine.connect() as conn:
        accounts = conn.execute(sa.text(
            "SELECT customer_id, points_balance, tier FROM loyalty_accounts "
            "WHERE customer_id IN :ids").bindparams(sa.bindparam("ids", expanding=True)),
            {"ids": list(central.customers)}).all()
        wishes = conn.execute(sa.text(
            "SELECT customer_id, product_id, count(*) FROM wishlist_items "
            "WHERE customer_id IN :ids GROUP BY customer_id, product_id"
        ).bindparams(sa.bindparam("ids", expanding=True)),
            {"ids": list(central.customers)}).all()
        ledger = schema.loyalty_ledger.c
        today = conn.execute(
            sa.select(ledger.customer_id, sa.func.sum(sa.func.abs(ledger.delta)))
            .where(ledger.customer_id.in_(list(central.customers)), ledger.store_id == STORE,
                   ledger.reason.in_(("earn", "redeem")),
                   ledger.created_at >= datetime.now(UTC) - timedelta(days=1))
            .group_by(ledger.customer_id)).all()
    return Before({c: b for c, b, _ in accounts}, {c: t for c, _, t in accounts},
                  {(c, p): n for c, p, n in wishes}, {c: int(n) for c, n in today})


def unused_phone(central: Central, rng: random.Random) -> str:
    with central.engine.connect() as conn:
        while True:
            phone = f"+4474{rng.randrange(10**8):08d}"
            taken = conn.execute(sa.text("SELECT 1 FROM customers WHERE phone_e164 = :p"),
                                 {"p": phone}).first()
            if taken is None:
                return phone


def truncate(cache: Path, how: str) -> int:
    size = cache.stat().st_size
    with contextlib.closing(open_file(cache)) as conn:  # (the header is encrypted)
        page = int(conn.execute("PRAGMA page_size").fetchone()[0]) if size >= 100 else 4096
    keep = {"empty": 0, "header only": 100, "first page and a byte": page + 1,
            "first half": size // 2 // page * page}[how]
    assert keep + page < size, "the cut must not fall inside the last page"
    with open(cache, "r+b") as f:
        f.truncate(keep)
    return keep


def cache_rows(cache: Path, sql: str) -> list[tuple]:
    with contextlib.closing(open_file(cache, readonly=True)) as conn:
        return conn.execute(sql).fetchall()


# -- the property ----------------------------------------------------------------------------


async def play(central: Central, ops: list[tuple], device: Path, expected: Expected,
               before: Before) -> str:
    """Run ``ops`` on a new device, then a clean sync; returns the device id."""
    rng = random.Random(expected.token)
    plan: list[str] = []  # the faults of the next requests
    network = FaultyTransport(lambda request: plan.pop(0) if plan else "ok")
    client = CentralClient(central.url, transport=network)
    enrolled = await client.enrol(wire.DemoCredentials.enrolment_code(STORE), "hypothesis")
    await client.sign_in(enrolled.device_id, enrolled.device_secret, STAFF,
                         wire.DemoCredentials.ASSOCIATE_PIN)
    store = LocalStore(device)
    people: list[str] = list(central.customers)  # then the temporary ids of those enrolled here

    # what a refused redemption asks for: more than the customer can have, whatever happens
    positions = who_is_who(ops)
    earned: Counter[int] = Counter()
    today: Counter[int] = Counter({at: before.points_today.get(cid, 0)
                                   for at, cid in enumerate(people)})
    for op, at in zip(ops, positions, strict=True):
        if op[0] == "earn":
            tier = before.tiers[people[at]] if at < SEEDED else "bronze"
            earned[at] += points_for_purchase(op[2], tier)

    async def customer(at: int) -> str:
        """The id a screen would use: a temporary one until a sync gave the real one (the
        customer page resolves it after each sync; a stale one: see the test below)."""
        cid = people[at]
        return (await store.resolve_id(cid) or cid) if is_temp_id(cid) else cid

    async def record(type_: str, payload: dict, outcome: str = "applied") -> str:
        recorded = await store.record(type_, payload, staff_id=STAFF, store_id=STORE)
        expected.mutations[recorded.mutation_id] = outcome
        return recorded.mutation_id

    try:
        for n, (op, at) in enumerate(zip(ops, positions, strict=True)):
            kind = op[0]
            if kind == "note":
                body = f"prop {expected.token} note {n}"
                await record(MutationType.NOTE_ADD, {
                    "interaction_id": new_temp_id(), "customer_id": await customer(at),
                    "body": body})
                expected.notes.append((body, at))
            elif kind == "consent":
                await record(MutationType.CUSTOMER_SET_CONSENT, {
                    "customer_id": await customer(at), "marketing_consent": op[2]})
                expected.consent[at] = op[2]
            elif kind == "wish":
                product = central.products[op[2]]
                await record(MutationType.WISHLIST_ADD, {
                    "item_id": new_temp_id(), "customer_id": await customer(at),
                    "product_id": product})
                expected.wishes.add((at, product))
            elif kind == "earn":
                receipt = f"R-{expected.token}-{n}"
                tier = before.tiers[people[at]] if at < SEEDED else "bronze"
                moved = points_for_purchase(op[2], tier)
                large = today[at] + moved > LARGE_POINTS  # too much in a day without a manager
                await record(MutationType.LOYALTY_EARN, {
                    "customer_id": await customer(at), "amount_cents": op[2],
                    "receipt": receipt}, "rejected" if large else "applied")
                if not large:
                    today[at] += moved
                    expected.receipts.append((receipt, at, moved))
            elif kind == "redeem too much":
                most = (before.balances[people[at]] if at < SEEDED else 0) + earned[at]
                points = most + rng.randint(1, 1000)
                assert points <= 1_000_000
                await record(MutationType.LOYALTY_REDEEM, {
                    "customer_id": await customer(at), "points": points, "reward": "Gift card"},
                    "rejected")
            elif kind == "enrol":
                temp = new_temp_id()
                email = f"prop-{expected.token}-{n}@example.org"
                await record(MutationType.CUSTOMER_ENROL, {
                    "customer_id": temp, "first_name": "Prop", "last_name": f"Erty {n}",
                    "email": email, "phone_e164": unused_phone(central, rng),
                    "marketing_consent": op[1]})
                people.append(temp)
                expected.emails[at] = email
                body = f"prop {expected.token} note {n} for a new customer"
                await record(MutationType.NOTE_ADD, {
                    "interaction_id": new_temp_id(), "customer_id": temp, "body": body})
                expected.notes.append((body, at))
            elif kind == "sync":
                faults = op[1]
                plan[:] = faults
                seen = len(network.seen)
                summary = await SyncEngine(client, store, STORE).sync_once()
                plan.clear()
                for path, fault in network.seen[seen:]:
                    if fault not in ("ok", "slow"):
                        event(f"{fault} on {path.rsplit('/', 1)[-1]}")
                assert summary.ok == (summary.error is None), summary
                if set(faults) <= {"ok", "slow"}:
                    assert summary.ok, summary  # a clean sync always works
            elif kind in ("restart", "corrupt"):
                pending = await store.pending_count()
                store.close()
                cut = truncate(store.cache_path, op[1]) if kind == "corrupt" else None
                store = LocalStore(device)
                assert await store.pending_count() == pending  # the outbox survives
                if kind == "restart":
                    assert store.info.rebuilt_from is None and store.info.recovered == 0
                else:
                    # an empty file is a new cache; anything else cut short is moved aside
                    assert (store.info.rebuilt_from is not None) == (cut != 0)
                    assert store.info.recovered == pending  # the effects are back
        pending = await store.pending_count()
        final = await SyncEngine(client, store, STORE).sync_once()
        assert final.ok and final.pending == 0, final
        event(f"last sync pushed {'some' if pending else 'nothing'}")
        conflicts = await store.conflicts()
        assert {c.mutation_id for c in conflicts} == {
            m for m, outcome in expected.mutations.items() if outcome == "rejected"}
        assert all("points" in c.reason.lower() and c.what_to_do for c in conflicts)
        return enrolled.device_id
    finally:
        store.close()
        await client.aclose()


def check_server(central: Central, device_id: str, expected: Expected, before: Before) -> None:
    with central.engine.connect() as conn:
        def q(sql: str, **params):
            return conn.execute(sa.text(sql), params).all()

        processed = dict(q("SELECT mutation_id, status FROM mutation_log "
                           "WHERE device_id = :d", d=device_id))
        assert processed == expected.mutations  # each mutation once, with the expected outcome

        real = list(central.customers)  # position -> the server's customer id
        for at in sorted(expected.emails):  # enrolled here: positions SEEDED, SEEDED + 1...
            rows = q("SELECT customer_id FROM customers WHERE email = :e",
                     e=expected.emails[at])
            assert len(rows) == 1 and not rows[0][0].startswith("tmp-"), rows
            assert at == len(real)
            real.append(rows[0][0])

        for body, at in expected.notes:
            assert q("SELECT customer_id FROM interactions WHERE body = :b", b=body) == [
                (real[at],)], body
        for receipt, at, points in expected.receipts:
            assert q("SELECT customer_id, delta FROM loyalty_ledger WHERE reason = 'earn' AND "
                     "order_id = :r", r=receipt) == [(real[at], points)], receipt
        earned: Counter[int] = Counter()
        for _, at, points in expected.receipts:
            earned[at] += points
        touched = set(earned) | {at for at in range(len(real)) if at >= SEEDED}
        for at in touched:  # a refused redemption took nothing
            start = before.balances[real[at]] if at < SEEDED else 0
            assert q("SELECT points_balance FROM loyalty_accounts WHERE customer_id = :c",
                     c=real[at]) == [(start + earned[at],)]
        for at, consent in expected.consent.items():
            assert q("SELECT marketing_consent FROM customers WHERE customer_id = :c",
                     c=real[at]) == [(consent,)]
        for at, product in expected.wishes:
            had = before.wishes.get((real[at], product), 0)
            assert q("SELECT count(*) FROM wishlist_items WHERE customer_id = :c AND "
                     "product_id = :p", c=real[at], p=product) == [(max(had, 1),)]


def check_cache(cache: Path) -> None:
    for table, column, _ in ID_COLUMNS:
        assert cache_rows(cache, f"SELECT count(*) FROM {table} WHERE {column} LIKE 'tmp-%'") \
            == [(0,)], (table, column)
    for table in ("customers", "interactions", "wishlist_items", "orders"):
        assert cache_rows(cache, f"SELECT count(*) FROM {table} "
                                 "WHERE pending_mutation_id IS NOT NULL") == [(0,)], table
    # no optimistic points left (a refused redemption's are gone, earned ones were pulled)
    assert cache_rows(cache, "SELECT count(*) FROM pending_loyalty") == [(0,)]
    assert cache_rows(cache, "SELECT count(*) FROM applied_mutations") == [(0,)]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=OPERATIONS)
# the nasty paths, every run: an answer lost after the server applied a batch (including an
# enrolment whose temporary id later mutations use), then the cache lost and rebuilt
@example(ops=[("enrol", True), ("sync", ["lose-answer"]), ("note", 4),
              ("corrupt", "header only"), ("redeem too much", 4), ("sync", ["ok", "garbage"]),
              ("consent", 4, False), ("restart",), ("earn", 4, 12_345)])
@example(ops=[("earn", 0, 5_000), ("wish", 1, 2), ("redeem too much", 0),
              ("sync", ["ok", "lose-answer"]), ("corrupt", "first half"),
              ("sync", ["truncate"]), ("consent", 2, True), ("sync", ["reset", "timeout"])])
def test_random_changes_faults_and_restarts_end_with_the_server_and_cache_in_agreement(
        central: Central, ops: list[tuple]) -> None:
    token = uuid.uuid4().hex[:10]
    device = central.root / f"device-{token}"
    reference = central.root / f"reference-{token}"
    expected = Expected(token)
    before = server_before(central)
    device_id = asyncio.run(play(central, ops, device, expected, before))
    check_server(central, device_id, expected, before)
    check_cache(device / "cache.sqlite3")
    assert dump(device / "cache.sqlite3") == asyncio.run(
        full_pull_dump(central.url, STORE, reference))
    shutil.rmtree(device)
    shutil.rmtree(reference)


# -- holes the tests above found, now closed -----------------------------------------------


@pytest.mark.parametrize("keep_of_last_page", [1, 2048])
def test_a_cache_cut_inside_its_last_page_is_rebuilt(central: Central, tmp_path: Path,
                                                    keep_of_last_page: int) -> None:
    device = tmp_path / "device"

    async def sync(store: LocalStore) -> None:
        client = CentralClient(central.url)
        try:
            enrolled = await client.enrol(wire.DemoCredentials.enrolment_code(STORE), "cut")
            await client.sign_in(enrolled.device_id, enrolled.device_secret, STAFF,
                                 wire.DemoCredentials.ASSOCIATE_PIN)
            summary = await SyncEngine(client, store, STORE).sync_once()
            assert summary.ok, summary.error
        finally:
            await client.aclose()

    store = LocalStore(device)
    try:
        asyncio.run(sync(store))
    finally:
        store.close()
    cache = device / "cache.sqlite3"
    size = cache.stat().st_size
    with contextlib.closing(open_file(cache)) as conn:  # (the header is encrypted)
        page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    assert size % page == 0 and not cache.with_name(cache.name + "-wal").exists()
    with open(cache, "r+b") as f:
        f.truncate(size - page + keep_of_last_page)
    store = LocalStore(device)
    try:
        assert store.info.rebuilt_from is not None, "the cut cache was kept"
        asyncio.run(sync(store))
    finally:
        store.close()
    assert dump(cache) == asyncio.run(full_pull_dump(central.url, STORE, tmp_path / "ref"))


def test_a_change_for_an_already_remapped_temporary_id_reaches_the_real_customer(
        central: Central, tmp_path: Path) -> None:
    token = uuid.uuid4().hex[:10]

    async def story() -> None:
        client = CentralClient(central.url)
        enrolled = await client.enrol(wire.DemoCredentials.enrolment_code(STORE), "stale")
        await client.sign_in(enrolled.device_id, enrolled.device_secret, STAFF,
                             wire.DemoCredentials.ASSOCIATE_PIN)
        store = LocalStore(tmp_path / "device")
        try:
            temp = new_temp_id()
            await store.record(MutationType.CUSTOMER_ENROL, {
                "customer_id": temp, "first_name": "Stale", "last_name": "Screen",
                "email": f"stale-{token}@example.org",
                "phone_e164": unused_phone(central, random.Random(token)),
                "marketing_consent": False}, staff_id=STAFF, store_id=STORE)
            assert (await SyncEngine(client, store, STORE).sync_once()).ok
            real = await store.resolve_id(temp)
            assert real and not is_temp_id(real)
            # the customer's screen, opened before that sync, still says ``temp``
            await store.record(MutationType.CUSTOMER_SET_CONSENT, {
                "customer_id": temp, "marketing_consent": True},
                staff_id=STAFF, store_id=STORE)
            await store.record(MutationType.LOYALTY_EARN, {
                "customer_id": temp, "amount_cents": 25_000, "receipt": f"R-{token}"},
                staff_id=STAFF, store_id=STORE)
            cache = store.cache_path
            assert cache_rows(cache, "SELECT marketing_consent FROM customers "
                                     f"WHERE customer_id = '{real}'") == [(1,)]
            assert cache_rows(cache, "SELECT customer_id, delta FROM pending_loyalty") == [
                (real, 250)]
            summary = await SyncEngine(client, store, STORE).sync_once()
            assert summary.ok and summary.pending == 0 and summary.rejected == 0
            check_cache(cache)
        finally:
            store.close()
            await client.aclose()

    asyncio.run(story())

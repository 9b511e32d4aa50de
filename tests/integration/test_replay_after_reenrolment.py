"""Hundreds of crashes at any step, each followed by a new device enrolment: nothing lost, nothing
doubled (issue 10).

A tablet without a keychain enrols anew at every start, so a change the service applied but
the device never heard back about is replayed under credentials the service has never seen. The
service must answer it "already applied" with the first answer — including the real ids of
records the device created offline — and a later change naming such a record must still reach
it.

Each run here is one app start: open the device's files, queue a few changes (notes, a new
customer and a note about them, points), enrol a new device, sign in and sync against a real
service on loopback — and "die" at a random step: before or after any request reaches the
service (the answer lost after the service applied it), before or after any write to the
device's files. A death is a ``BaseException`` that unwinds without touching the files again,
which is what kill -9 leaves behind at those instants (SQLite commits are atomic; the
subprocess test ``test_sync_crash.py`` kills a real process at random instants in between).
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter

import httpx
import pytest
import sqlalchemy as sa

from associate_app.api.client import CentralClient
from associate_app.cache.local_store import LocalStore
from associate_app.sync.engine import SyncEngine
from central_api import storage
from store_contract import wire
from store_contract.domain.mutation_types import MutationType, new_temp_id
from tests.support.central import new_central_db, running_central_service

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend

STORE = "S001"
RUNS = 200
SEED = 20261130


class Killed(BaseException):
    """The app died here (not an Exception: nothing in the app may catch it)."""


class Fate:
    """Counts the steps of one run and kills it at step ``at`` (None: the run survives)."""

    def __init__(self, at: int | None) -> None:
        self.at = at
        self.step = 0
        self.where: str | None = None

    def tick(self, where: str) -> None:
        self.step += 1
        if self.step == self.at:
            self.where = where
            raise Killed(where)


class DyingTransport(httpx.AsyncHTTPTransport):
    """The real network; the app may die just before a request leaves or just after the
    service answered it (the service has applied a push the app will never hear about)."""

    def __init__(self, fate: Fate) -> None:
        super().__init__()
        self.fate = fate

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.rsplit("/", 1)[-1]
        self.fate.tick(f"before {request.method} {path}")
        response = await super().handle_async_request(request)
        await response.aread()
        self.fate.tick(f"after {request.method} {path}")
        return response


def mortal(store: LocalStore, fate: Fate) -> None:
    """The app may die before or after any of the sync's writes to its files."""
    for name in ("settle", "apply_page", "begin_snapshot", "apply_snapshot_block",
                 "finish_snapshot", "note_push_failed", "set_states", "set_sealing_key"):
        original = getattr(store, name)

        async def wrapped(*args, _original=original, _name=name, **kwargs):
            fate.tick(f"before {_name}")
            result = await _original(*args, **kwargs)
            fate.tick(f"after {_name}")
            return result

        setattr(store, name, wrapped)


async def new_enrolment(url: str, fate: Fate) -> CentralClient:
    client = CentralClient(url, transport=DyingTransport(fate))
    try:
        enrolled = await client.enrol(wire.DemoCredentials.enrolment_code(STORE), "no keychain")
        await client.sign_in(enrolled.device_id, enrolled.device_secret,
                             wire.DemoCredentials.ASSOCIATE_ID,
                             wire.DemoCredentials.ASSOCIATE_PIN)
    except BaseException:
        await client.aclose()
        raise
    return client


def test_a_crash_at_any_step_and_a_new_enrolment_never_lose_or_double_a_change(tmp_path):
    rng = random.Random(SEED)
    db, device = new_central_db(tmp_path), tmp_path / "device"
    notes: list[str] = []  # each must be on the service exactly once
    emails: list[str] = []  # each new customer exactly once, with their notes
    points: list[str] = []  # "customer receipt" of points earned, each once
    deaths: Counter[str] = Counter()

    with running_central_service(db, customers=60, stores=2) as url:
        engine = storage.create_engine(db)
        with engine.connect() as conn:
            regulars = list(conn.execute(sa.text(
                "SELECT c.customer_id FROM customers c JOIN loyalty_accounts a USING "
                "(customer_id) WHERE c.preferred_store_id = :s ORDER BY c.customer_id LIMIT 5"),
                {"s": STORE}).scalars())

        async def one_start(n: int, fate: Fate) -> None:
            store = LocalStore(device)
            client = None
            try:
                for k in range(rng.randint(0, 3)):
                    body = f"replay note {n}-{k}"
                    await store.record(MutationType.NOTE_ADD, {
                        "interaction_id": new_temp_id(), "customer_id": rng.choice(regulars),
                        "body": body}, staff_id="A1001", store_id=STORE)
                    notes.append(body)
                if rng.random() < 0.3:  # a new customer, and a note naming their temporary id
                    temp, email = new_temp_id(), f"replay-{n}@example.org"
                    await store.record(MutationType.CUSTOMER_ENROL, {
                        "customer_id": temp, "first_name": "Re", "last_name": f"Play {n}",
                        "email": email, "phone_e164": f"07911 1{n:05d}",
                        "marketing_consent": False},
                        staff_id="A1001", store_id=STORE)
                    emails.append(email)
                    body = f"replay note about the new customer {n}"
                    await store.record(MutationType.NOTE_ADD, {
                        "interaction_id": new_temp_id(), "customer_id": temp, "body": body},
                        staff_id="A1001", store_id=STORE)
                    notes.append(body)
                if rng.random() < 0.3:
                    who, amount = rng.choice(regulars), rng.randint(1, 50) * 100
                    await store.record(MutationType.LOYALTY_EARN, {
                        "customer_id": who, "amount_cents": amount,
                        "receipt": f"R-{n}"}, staff_id="A1001", store_id=STORE)
                    points.append(f"{who} R-{n}")
                mortal(store, fate)
                client = await new_enrolment(url, fate)
                await SyncEngine(client, store, STORE).sync_once()
            finally:
                if client is not None:
                    await client.aclose()
                store.close()

        async def story() -> dict:
            for n in range(RUNS):
                fate = Fate(rng.randint(1, 16))
                try:
                    await one_start(n, fate)
                except Killed:
                    deaths[fate.where or "?"] += 1
            final = Fate(None)
            store = LocalStore(device)
            client = await new_enrolment(url, final)
            try:
                summary = await SyncEngine(client, store, STORE).sync_once()
                assert summary.ok, summary.error
                status = await store.status()
            finally:
                await client.aclose()
                store.close()
            return status

        status = asyncio.run(story())

        with engine.connect() as conn:
            bodies = Counter(conn.execute(sa.text(
                "SELECT body FROM interactions WHERE body LIKE 'replay note %'")).scalars())
            made = Counter(conn.execute(sa.text(
                "SELECT email FROM customers WHERE email LIKE 'replay-%'")).scalars())
            orphan_notes = conn.execute(sa.text(
                "SELECT count(*) FROM interactions i LEFT JOIN customers c USING (customer_id) "
                "WHERE i.body LIKE 'replay note about%' AND c.customer_id IS NULL")).scalar_one()
            earned = Counter(conn.execute(sa.text(
                "SELECT customer_id || ' ' || order_id FROM loyalty_ledger WHERE reason = "
                "'earn' AND order_id LIKE 'R-%'")).scalars())
            carriers = conn.execute(sa.text(
                "SELECT count(DISTINCT device_id) FROM mutation_log WHERE store_id = :s"),
                {"s": STORE}).scalar_one()
        engine.dispose()

    assert sum(deaths.values()) > RUNS * 0.6, deaths  # most runs died somewhere
    assert deaths["after POST mutations"] > 3, deaths  # answers lost after the service applied
    assert carriers > 10  # the changes went out under many enrolments
    assert {b: n for b, n in bodies.items() if n > 1} == {}, "doubled notes"
    assert sorted(set(notes) - set(bodies)) == [], "lost notes"
    assert set(bodies) == set(notes)
    assert made == Counter(emails), "each new customer exactly once"
    assert orphan_notes == 0  # notes about a new customer reached the customer
    assert earned == Counter(points), "points for each receipt exactly once"
    assert (status["pending"], status["conflicts"]) == (0, 0), status

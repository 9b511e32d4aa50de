"""The loyalty programme against the real central service (issue 14): a collected order earns its
points once (a replay or a second handover earns nothing more) and moves the tier up at once;
points expire by age; a reward is redeemed only with the customer present (their card, or the
code sent to their phone) and becomes a voucher usable once at a till, or cancelled for its
points back; a card is given at the counter (a physical card checked and unique, a digital
number kept or replaced); and an offline redemption over the real balance ends in Conflicts."""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from associate_app.cache.local_store import LocalStore
from associate_app.loyalty_service import LoyaltyService
from associate_app.sync.engine import SyncEngine
from central_api import loyalty_programme, mutations, storage
from central_api.changes import record_changes
from central_api.hashing import demo_pickup_code
from central_api.schema import (
    customers,
    loyalty_accounts,
    loyalty_ledger,
    notifications,
    order_lines,
    orders,
    outbound_messages,
    vouchers,
)
from store_contract import payloads
from store_contract.domain import loyalty as rules
from store_contract.domain.barcodes import luhn_check_digit
from store_contract.domain.errors import InvalidInput
from store_contract.domain.mutation_types import MutationType as T
from store_contract.wire import DemoCredentials
from store_contract.wire_sync import Mutation
from tests.support.central import engine_on_a_copy, seeded_template
from tests.support.faults import FaultyTransport
from tests.support.sealed import sealed_payload, service_key
from tests.support.store_token import store_token
from tests.support.sync_harness import CounterContext, cached_row, signed_in_client

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seeded_template(tmp_path_factory.mktemp("loyalty"))


@pytest.fixture
def engine(template: Path, tmp_path: Path) -> Iterator[Engine]:
    with engine_on_a_copy(template, tmp_path) as eng:
        yield eng


def push(engine: Engine, type_: str, *, mutation_id: str | None = None, **payload: Any):
    mutation_id = mutation_id or f"m-{uuid.uuid4().hex}"
    m = Mutation(mutation_id=mutation_id, device_seq=1, type=type_, staff_id="A1001",
                 created_at=datetime.now(UTC),
                 payload=sealed_payload(service_key(engine), mutation_id, type_, payload))
    return mutations.apply_push(engine, device_id="D-loyalty", store_id="S001",
                                staff_id="A1001", mutations=[m]).results[0]


def one(engine: Engine, query: sa.Select) -> sa.Row:
    with engine.connect() as conn:
        return conn.execute(query).one()


def account(engine: Engine, customer_id: str) -> sa.Row:
    return one(engine, sa.select(loyalty_accounts).where(
        loyalty_accounts.c.customer_id == customer_id))


def member(engine: Engine, *, points: int = 0) -> sa.Row:
    """A customer of S001 with a loyalty account holding at least ``points``."""
    with engine.connect() as conn:
        row = conn.execute(sa.select(customers.c.customer_id, loyalty_accounts.c.card_number)
                           .join(loyalty_accounts)
                           .where(customers.c.preferred_store_id == "S001",
                                  loyalty_accounts.c.points_balance >= points)
                           .order_by(customers.c.customer_id).limit(1)).first()
    assert row is not None
    return row


def test_a_collected_order_earns_once_and_moves_the_tier_up_at_once(engine):
    with engine.connect() as conn:
        order = conn.execute(
            sa.select(orders).join(loyalty_accounts, loyalty_accounts.c.customer_id
                                   == orders.c.customer_id)
            .where(orders.c.store_id == "S001", orders.c.status == "ready_for_pickup",
                   orders.c.channel == "click_and_collect", orders.c.total_cents >= 2000,
                   orders.c.pickup_code_hash.is_not(None))
            .order_by(orders.c.order_id).limit(1)).one()
    # the customer is bronze, a pound short of silver
    silver = rules.RULES[rules.Tier.SILVER].threshold_cents
    with engine.begin() as conn:
        conn.execute(loyalty_accounts.update().where(
            loyalty_accounts.c.customer_id == order.customer_id).values(
            tier="bronze", tier_reviewed_at=datetime.now(UTC) - timedelta(days=30)))
        conn.execute(loyalty_ledger.insert().values(
            entry_id="L-spend", customer_id=order.customer_id, store_id="S001", delta=0,
            reason="adjust", order_id=None, created_at=datetime.now(UTC) - timedelta(days=40),
            spend_cents=silver - 100, note="earlier spend"))
    before = account(engine, order.customer_id)
    started = datetime.now(UTC)
    mutation_id = f"m-{uuid.uuid4().hex}"
    handed = push(engine, T.ORDER_HANDOVER, mutation_id=mutation_id, order_id=order.order_id,
                  code=demo_pickup_code(order.order_id))
    assert handed.status == "applied", handed.reason
    after = account(engine, order.customer_id)
    with engine.connect() as conn:
        earned = conn.execute(sa.select(loyalty_ledger).where(
            loyalty_ledger.c.order_id == order.order_id,
            loyalty_ledger.c.reason == "earn")).all()
        assert len(earned) == 1 and earned[0].delta > 0 and earned[0].spend_cents > 0
        assert earned[0].note.startswith(f"Order {order.order_number} collected")
        assert earned[0].staff_id == "A1001" and earned[0].store_id == "S001"
        # points of the account past their age go first (the seed's oldest), said so
        expired = conn.execute(sa.select(sa.func.coalesce(sa.func.sum(loyalty_ledger.c.delta),
                                                          0)).where(
            loyalty_ledger.c.customer_id == order.customer_id,
            loyalty_ledger.c.reason == "expire",
            loyalty_ledger.c.created_at >= started)).scalar()
    assert after.points_balance == before.points_balance + earned[0].delta + expired
    assert after.tier == "silver"  # up at once
    assert after.qualifying_spend_cents == silver - 100 + earned[0].spend_cents

    # the same handover replayed, and a second one: nothing more earned
    assert push(engine, T.ORDER_HANDOVER, mutation_id=mutation_id, order_id=order.order_id,
                code=demo_pickup_code(order.order_id)).status == "already_applied"
    again = push(engine, T.ORDER_HANDOVER, order_id=order.order_id,
                 code=demo_pickup_code(order.order_id))
    assert again.status == "rejected"
    # asked again (a delivery report after the collection, a retried job): nothing more
    with engine.begin() as conn:
        ctx = mutations.Context(conn=conn, device_id="D", store_id="S001", staff_id="A1001",
                                now=datetime.now(UTC))
        collected = conn.execute(sa.select(orders).where(
            orders.c.order_id == order.order_id)).one()
        assert loyalty_programme.earn_for_order(ctx, collected) == 0
    assert account(engine, order.customer_id).points_balance == after.points_balance

    # a return of what was collected takes its points back (the returns rules read the line)
    with engine.connect() as conn:
        line = conn.execute(sa.select(order_lines).where(
            order_lines.c.order_id == order.order_id, order_lines.c.qty_collected > 0)
            .order_by(order_lines.c.line_id).limit(1)).one()
    assert line.points_earned > 0
    back = push(engine, T.ORDER_RETURN, order_id=order.order_id, return_id="tmp-r",
                refund_method="tender", lines=[{"line_id": line.line_id, "qty": 1,
                                                "reason": "faulty", "condition": "damaged"}])
    assert back.status == "applied", back.reason
    taken = line.points_earned // line.qty_collected if line.qty_collected == \
        line.qty_ordered else None
    returned = account(engine, order.customer_id)
    balance = returned.points_balance
    assert balance < after.points_balance
    # and its spend no longer counts towards the tier (the tier itself waits for the review)
    assert returned.qualifying_spend_cents < after.qualifying_spend_cents
    assert returned.tier == "silver"
    if taken is not None:
        assert balance == after.points_balance - taken


def test_points_expire_by_age_once(engine):
    customer = member(engine).customer_id
    old = datetime.now(UTC) - timedelta(days=400)
    with engine.begin() as conn:
        conn.execute(loyalty_ledger.insert().values(
            entry_id="L-old", customer_id=customer, store_id="S001", delta=300, reason="earn",
            order_id=None, created_at=old))
        conn.execute(loyalty_accounts.update().where(
            loyalty_accounts.c.customer_id == customer).values(
            points_balance=loyalty_accounts.c.points_balance + 300))
    before = account(engine, customer).points_balance
    taken = loyalty_programme.expire_all(engine)
    assert taken >= 300
    with engine.connect() as conn:
        entry = conn.execute(sa.select(loyalty_ledger).where(
            loyalty_ledger.c.customer_id == customer,
            loyalty_ledger.c.reason == "expire").order_by(
            loyalty_ledger.c.created_at.desc())).first()
    assert entry is not None and entry.delta <= -300 and "expired" in entry.note
    assert account(engine, customer).points_balance == before + entry.delta
    assert loyalty_programme.expire_all(engine) == 0  # nothing twice


def test_a_reward_needs_the_customer_present_and_its_voucher_works_once(fresh_central):
    url, db = fresh_central
    engine = storage.create_engine(db)
    try:
        with engine.begin() as conn:
            row = conn.execute(sa.select(customers.c.customer_id, loyalty_accounts.c.card_number)
                               .join(loyalty_accounts)
                               .where(customers.c.preferred_store_id == "S001")
                               .order_by(customers.c.customer_id).limit(2)).all()
            (customer, card), (_, other_card) = row
            conn.execute(loyalty_ledger.delete().where(loyalty_ledger.c.customer_id == customer))
            conn.execute(loyalty_accounts.update().where(
                loyalty_accounts.c.customer_id == customer).values(
                points_balance=2000, opening_points_at=datetime.now(UTC)))
        # without the customer: refused before anything is queued, and by the service
        with pytest.raises(Exception, match="scan their card or send a code"):
            payloads.validate(T.LOYALTY_REDEEM_REWARD, {"customer_id": customer,
                                                        "reward_id": "RW-5OFF",
                                                        "voucher_id": "tmp-v"})
        wrong = push(engine, T.LOYALTY_REDEEM_REWARD, customer_id=customer,
                     reward_id="RW-5OFF", voucher_id="tmp-v1", card_number=other_card)
        assert wrong.status == "rejected" and "not this customer's loyalty card" in wrong.reason
        gold_only = push(engine, T.LOYALTY_REDEEM_REWARD, customer_id=customer,
                         reward_id="RW-25OFF", voucher_id="tmp-v2", card_number=card)
        tier = account(engine, customer).tier
        if tier in ("bronze", "silver"):
            assert gold_only.status == "rejected" and "Gold members" in gold_only.reason
        # with their card: a voucher, the points taken, a message with the code
        done = push(engine, T.LOYALTY_REDEEM_REWARD, customer_id=customer,
                    reward_id="RW-5OFF", voucher_id="tmp-v3", card_number=card)
        assert done.status == "applied", done.reason
        voucher = one(engine, sa.select(vouchers).where(
            vouchers.c.voucher_id == done.id_map["tmp-v3"]))
        assert (voucher.kind, voucher.amount_cents, voucher.points_cost) == ("reward", 500, 500)
        assert voucher.voucher_code.startswith("RW-") and voucher.expires_at is not None
        balance = account(engine, customer).points_balance
        assert balance == 2000 - 500 - (1500 if gold_only.status == "applied" else 0)
    finally:
        engine.dispose()

    associate = store_token(url, "A1001", DemoCredentials.ASSOCIATE_PIN)
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {associate}"},
                      timeout=30) as http:
        # a code sent to the customer's phone proves they are here
        sent = http.post(f"/v1/stores/S001/customers/{customer}/presence-code")
        assert sent.status_code == 200, sent.text
        assert "code" not in sent.json()  # never answered to the device
        engine = storage.create_engine(db)
        try:
            with engine.connect() as conn:
                shown = conn.execute(sa.select(notifications.c.notification_id,
                                               notifications.c.body).where(
                    notifications.c.customer_id == customer,
                    notifications.c.template == "loyalty_code").order_by(
                    notifications.c.sent_at.desc())).first()
                # the customer's phone gets it whole (the gateway's copy, never synced) ...
                message = conn.execute(sa.select(outbound_messages.c.body).where(
                    outbound_messages.c.notification_id == shown.notification_id)).scalar()
            code = re.search(r"\b(\d{6})\b", message).group(1)
            # ... the store's devices see it masked: reading the timeline proves nothing
            assert code not in shown.body and "••••••" in shown.body
            bad = push(engine, T.LOYALTY_REDEEM_REWARD, customer_id=customer,
                       reward_id="RW-5OFF", voucher_id="tmp-v4",
                       presence_code=f"{(int(code) + 1) % 10**6:06d}")
            assert bad.status == "rejected" and "does not match" in bad.reason
            assert "tries left: 4" in bad.reason
            with engine.connect() as conn:  # the wrong try is counted, though refused
                assert conn.execute(sa.text(
                    "SELECT max(attempts) FROM presence_codes WHERE customer_id = :c"),
                    {"c": customer}).scalar() == 1
            good = push(engine, T.LOYALTY_REDEEM_REWARD, customer_id=customer,
                        reward_id="RW-5OFF", voucher_id="tmp-v5", presence_code=code)
            assert good.status == "applied", good.reason
            reused = push(engine, T.LOYALTY_REDEEM_REWARD, customer_id=customer,
                          reward_id="RW-5OFF", voucher_id="tmp-v6", presence_code=code)
            assert reused.status == "rejected" and "expired or was used up" in reused.reason
            # a voucher cancelled unused gives its points back; a used one cannot be
            balance = account(engine, customer).points_balance
            cancel = push(engine, T.LOYALTY_CANCEL_VOUCHER, customer_id=customer,
                          voucher_id=good.id_map["tmp-v5"])
            assert cancel.status == "applied", cancel.reason
            assert account(engine, customer).points_balance == balance + 500
        finally:
            engine.dispose()
        typed = voucher.voucher_code.lower().replace("-", " ")
        used = http.post("/v1/stores/S001/vouchers/redeem",
                         json={"code": typed, "receipt": "RCT-S001-777001"})
        assert used.status_code == 200, used.text
        again = http.post("/v1/stores/S001/vouchers/redeem",
                          json={"code": voucher.voucher_code, "receipt": "RCT-S001-777002"})
        assert again.status_code == 409 and "already used" in again.json()["detail"]
        engine = storage.create_engine(db)
        try:
            late = push(engine, T.LOYALTY_CANCEL_VOUCHER, customer_id=customer,
                        voucher_id=voucher.voucher_id)
            assert late.status == "rejected" and "already used" in late.reason
        finally:
            engine.dispose()


def _card(n: int) -> str:
    body = f"633599{n:09d}"
    return body + luhn_check_digit(body)


def test_a_card_given_at_the_counter_is_checked_and_unique(engine):
    with engine.connect() as conn:
        without = [r[0] for r in conn.execute(
            sa.select(customers.c.customer_id).where(
                customers.c.preferred_store_id == "S001",
                customers.c.customer_id.not_in(sa.select(loyalty_accounts.c.customer_id)))
            .order_by(customers.c.customer_id).limit(3))]
        taken = conn.execute(sa.select(loyalty_accounts.c.card_number).limit(1)).scalar()
    first, second, third = without
    refused = push(engine, T.LOYALTY_ENROL_CARD, customer_id=first, card_kind="physical",
                   card_number=taken, programme_consent=True)
    assert refused.status == "rejected" and "belongs to another customer" in refused.reason
    given = push(engine, T.LOYALTY_ENROL_CARD, customer_id=first, card_kind="physical",
                 card_number=_card(1), programme_consent=True)
    assert given.status == "applied", given.reason
    row = account(engine, first)
    assert (row.card_number, row.card_kind, row.tier) == (_card(1), "physical", "bronze")
    assert row.programme_consent_at is not None
    twice = push(engine, T.LOYALTY_ENROL_CARD, customer_id=first, card_kind="digital",
                 card_number=_card(2), programme_consent=True)
    assert twice.status == "rejected" and "already has loyalty card" in twice.reason
    # a digital number made on a device: kept when free, replaced when taken
    kept = push(engine, T.LOYALTY_ENROL_CARD, customer_id=second, card_kind="digital",
                card_number=_card(3), programme_consent=True)
    assert kept.status == "applied" and kept.id_map == {}
    replaced = push(engine, T.LOYALTY_ENROL_CARD, customer_id=third, card_kind="digital",
                    card_number=_card(1), programme_consent=True)
    assert replaced.status == "applied"
    assert replaced.id_map == {_card(1): account(engine, third).card_number} != {}


def test_an_offline_card_then_redemption_over_the_real_balance_ends_in_conflicts(
        fresh_central, tmp_path):
    url, db = fresh_central
    engine = storage.create_engine(db)
    try:
        with engine.begin() as conn:
            customer, card = conn.execute(
                sa.select(customers.c.customer_id, loyalty_accounts.c.card_number)
                .join(loyalty_accounts).where(customers.c.preferred_store_id == "S001")
                .order_by(customers.c.customer_id.desc()).limit(1)).one()
            newcomer = conn.execute(sa.select(customers.c.customer_id).where(
                customers.c.preferred_store_id == "S001",
                customers.c.customer_id.not_in(sa.select(loyalty_accounts.c.customer_id)))
                .limit(1)).scalar()
            # 600 points earned lately (no history: the balance counts as earned now)
            conn.execute(loyalty_ledger.delete().where(loyalty_ledger.c.customer_id == customer))
            conn.execute(loyalty_accounts.update().where(
                loyalty_accounts.c.customer_id == customer).values(
                points_balance=1100, opening_points_at=datetime.now(UTC)))
            record_changes(conn, [("S001", "loyalty_account", customer, "upsert")])
    finally:
        engine.dispose()


    async def story():
        network = FaultyTransport()
        client = await signed_in_client(url, transport=network)
        store = LocalStore(tmp_path / "device")
        sync = SyncEngine(client, store, "S001")
        try:
            assert (await sync.sync_once()).ok
            counter = CounterContext(store)
            network.offline = True
            # a digital card given offline shows at once, pending
            await counter.record(payloads.LoyaltyEnrolCard(
                customer_id=newcomer, card_kind="digital", card_number=_card(7),
                programme_consent=True))
            assert cached_row(store, "SELECT card_number, pending_mutation_id IS NOT NULL FROM "
                                 "loyalty_accounts WHERE customer_id = ?", newcomer) == (
                _card(7), 1)
            # 1,100 points here; meanwhile the customer spent 1,000 online
            await counter.record(payloads.LoyaltyRedeemReward(
                customer_id=customer, reward_id="RW-5OFF", voucher_id=f"tmp-{uuid.uuid4().hex}",
                card_number=card))
            assert cached_row(store, "SELECT count(*) FROM vouchers WHERE customer_id = ? AND "
                                 "pending_mutation_id IS NOT NULL", customer) == (1,)
            spent = storage.create_engine(db)
            try:  # (redeemed at another till of the chain, by the customer's card)
                for k in (1, 2):
                    elsewhere = push(spent, T.LOYALTY_REDEEM_REWARD, customer_id=customer,
                                     reward_id="RW-5OFF", voucher_id=f"tmp-online{k}",
                                     card_number=card)
                    assert elsewhere.status == "applied", elsewhere.reason
            finally:
                spent.dispose()
            network.offline = False
            result = await sync.sync_once()
            assert result.ok and result.rejected == 1 and result.conflicts == 1, result
            (conflict,) = await store.conflicts()
            # the card confirmed; the pending voucher gone, the points back as the service has
            assert cached_row(store, "SELECT card_number, pending_mutation_id FROM "
                                     "loyalty_accounts WHERE customer_id = ?", newcomer) == (
                _card(7), None)
            assert cached_row(store, "SELECT count(*) FROM vouchers WHERE customer_id = ? AND "
                                 "pending_mutation_id IS NOT NULL", customer) == (0,)
            assert cached_row(store, "SELECT points_balance FROM loyalty_accounts WHERE "
                                 "customer_id = ?", customer) == (100,)
            return conflict
        finally:
            store.close()
            await client.aclose()

    conflict = asyncio.run(story())
    assert conflict.type == T.LOYALTY_REDEEM_REWARD
    assert "(needed: 500, balance: 100)" in conflict.reason
    assert conflict.what_to_do.startswith("The reward was not given and no points were taken")


def test_a_tier_goes_down_only_at_its_yearly_review(engine, tmp_path):
    with engine.connect() as conn:
        due, recent = [r[0] for r in conn.execute(
            sa.select(loyalty_accounts.c.customer_id).order_by(loyalty_accounts.c.customer_id)
            .limit(2))]
    now = datetime.now(UTC)
    with engine.begin() as conn:
        for cid, reviewed in ((due, now - timedelta(days=400)), (recent, now - timedelta(days=30))):
            conn.execute(loyalty_ledger.update().where(loyalty_ledger.c.customer_id == cid)
                         .values(spend_cents=0))  # nothing spent in the last 12 months
            conn.execute(loyalty_accounts.update().where(
                loyalty_accounts.c.customer_id == cid).values(tier="gold",
                                                              tier_reviewed_at=reviewed))
    from central_api import cli

    url = engine.url.render_as_string(hide_password=False)
    db = engine.url.database if url.startswith("sqlite") else url
    assert cli.main(["--db", str(db), "--expire-points"]) == 0
    assert account(engine, due).tier == "bronze"  # reviewed: down to what the spend reaches
    assert account(engine, due).tier_reviewed_at is not None
    assert account(engine, recent).tier == "gold"  # not before its review


def test_a_large_redemption_in_a_day_needs_a_manager_at_the_counter(fresh_central, tmp_path):
    """Small redemptions adding up past the day's limit are a large one: the associate is asked
    for a manager before anything is queued; a manager's PIN is checked on this device."""
    url, db = fresh_central
    engine = storage.create_engine(db)
    try:
        with engine.begin() as conn:
            customer, card = conn.execute(
                sa.select(customers.c.customer_id, loyalty_accounts.c.card_number)
                .join(loyalty_accounts).where(customers.c.preferred_store_id == "S001")
                .order_by(customers.c.customer_id).limit(1)).one()
            conn.execute(loyalty_ledger.delete().where(loyalty_ledger.c.customer_id == customer))
            conn.execute(loyalty_accounts.update().where(
                loyalty_accounts.c.customer_id == customer).values(
                points_balance=9000, tier="gold", opening_points_at=datetime.now(UTC)))
            record_changes(conn, [("S001", "loyalty_account", customer, "upsert")])
    finally:
        engine.dispose()

    async def story():
        client = await signed_in_client(url)
        store = LocalStore(tmp_path / "device")
        sync = SyncEngine(client, store, "S001")
        try:
            assert (await sync.sync_once()).ok
            counter = LoyaltyService(CounterContext(store))
            for _ in range(2):  # 2 × 2,000 points: within the day's 5,000
                await counter.redeem(customer, "RW-25OFF", card=card)
            with pytest.raises(InvalidInput, match="a manager types their id"):
                await counter.redeem(customer, "RW-25OFF", card=card)
            with pytest.raises(InvalidInput):  # not a manager of this store
                await counter.redeem(customer, "RW-25OFF", card=card, manager_id="A1001",
                                     manager_pin="1234")
            assert len(await store.pending(50)) == 2  # nothing more was queued
        finally:
            store.close()
            await client.aclose()

    asyncio.run(story())

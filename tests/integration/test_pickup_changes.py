"""Changes at pickup against the real central service (issue 13): a customer declines an item
at the counter (back to stock, a refund pending to the order's tender, points only on what is
taken, an event, a message) or adds one from the shelf (a line to pay at the till, stock held);
what the rules refuse is refused with a sentence and changes nothing; and on a device both show
at once and a refused one is undone exactly."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from associate_app.cache.local_store import LocalStore
from associate_app.pickup_service import PickupService, StepRefused
from associate_app.sync.engine import SyncEngine
from central_api import mutations, storage
from central_api.hashing import demo_pickup_code
from central_api.schema import (
    inventory,
    loyalty_accounts,
    loyalty_ledger,
    notifications,
    order_events,
    order_lines,
    orders,
    payments,
    products,
    refunds,
    return_lines,
    returns,
)
from store_contract.domain.mutation_types import MutationType as T
from store_contract.wire_sync import Mutation
from tests.integration.test_returns import state
from tests.support.central import engine_on_a_copy, seeded_template
from tests.support.faults import FaultyTransport
from tests.support.sealed import sealed_payload, service_key
from tests.support.sync_harness import CounterContext, signed_in_client

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seeded_template(tmp_path_factory.mktemp("pickup-changes"))


@pytest.fixture
def engine(template: Path, tmp_path: Path) -> Iterator[Engine]:
    with engine_on_a_copy(template, tmp_path) as eng:
        yield eng


def push(engine: Engine, type_: str, **payload: Any):
    mutation_id = f"m-{uuid.uuid4().hex}"
    m = Mutation(mutation_id=mutation_id, device_seq=1, type=type_, staff_id="A1001",
                 created_at=datetime.now(UTC),
                 payload=sealed_payload(service_key(engine), mutation_id, type_, payload))
    return mutations.apply_push(engine, device_id="D-counter", store_id="S001",
                                staff_id="A1001", mutations=[m]).results[0]


def ready_order(engine: Engine) -> tuple[str, str]:
    """A ready order of S001 whose first line is 2 units picked, 3.00 off the pair, 40 points,
    paid by card (credited points included): (order id, line id)."""
    with engine.begin() as conn:
        order = conn.execute(sa.select(orders).where(
            orders.c.store_id == "S001", orders.c.status == "ready_for_pickup",
            orders.c.channel == "click_and_collect").order_by(orders.c.order_id)).first()
        line = conn.execute(sa.select(order_lines).where(
            order_lines.c.order_id == order.order_id).order_by(order_lines.c.line_id)).first()
        conn.execute(order_lines.update().where(order_lines.c.line_id == line.line_id).values(
            qty_ordered=2, qty_picked=2, qty_short=0, qty_substituted=0, discount_cents=300,
            points_earned=40))
        conn.execute(inventory.update().where(
            inventory.c.store_id == "S001", inventory.c.product_id == line.product_id
        ).values(on_hand=10, reserved=2))
        conn.execute(payments.delete().where(payments.c.order_id == order.order_id))
        conn.execute(payments.insert().values(
            payment_id=f"PY-{order.order_id}", order_id=order.order_id, tender="card",
            card_brand="Visa", last_four="4242", amount_cents=order.total_cents,
            paid_at=order.placed_at))
        if conn.execute(sa.select(loyalty_accounts.c.customer_id).where(
                loyalty_accounts.c.customer_id == order.customer_id)).first():
            conn.execute(loyalty_ledger.insert().values(
                entry_id=f"L-{order.order_id}", customer_id=order.customer_id, store_id="S001",
                delta=40, reason="earn", order_id=order.order_id, created_at=order.placed_at))
    return order.order_id, line.line_id


def stock(engine: Engine, product_id: str) -> tuple[int, int]:
    with engine.connect() as conn:
        row = conn.execute(sa.select(inventory.c.on_hand, inventory.c.reserved).where(
            inventory.c.store_id == "S001", inventory.c.product_id == product_id)).one()
    return row.on_hand, row.reserved


def a_product_in_stock(engine: Engine, *, free: int) -> sa.Row:
    with engine.begin() as conn:
        row = conn.execute(sa.select(products).order_by(products.c.product_id.desc())).first()
        conn.execute(inventory.delete().where(inventory.c.store_id == "S001",
                                              inventory.c.product_id == row.product_id))
        conn.execute(inventory.insert().values(store_id="S001", product_id=row.product_id,
                                               on_hand=free + 1, reserved=1))
    return row


def test_a_declined_item_goes_back_to_stock_is_refunded_and_earns_no_points(engine):
    order_id, line_id = ready_order(engine)
    with engine.connect() as conn:
        line = conn.execute(sa.select(order_lines).where(order_lines.c.line_id == line_id)).one()
        order = conn.execute(sa.select(orders).where(orders.c.order_id == order_id)).one()
        balance = conn.execute(sa.select(loyalty_accounts.c.points_balance).where(
            loyalty_accounts.c.customer_id == order.customer_id)).scalar()
    assert stock(engine, line.product_id) == (10, 2)

    result = push(engine, T.ORDER_DECLINE_LINE, order_id=order_id, return_id="tmp-d1",
                  line_id=line_id, qty=1, reason="changed_mind")
    assert result.status == "applied", result.reason
    assert list(result.id_map) == ["tmp-d1"]

    # the unit's price less its share of the line's discount (3.00 over 2 units)
    refund_due = line.unit_price_cents - 150
    with engine.connect() as conn:
        ret = conn.execute(sa.select(returns).where(returns.c.order_id == order_id)).one()
        assert (ret.refund_method, ret.refund_cents) == ("tender", refund_due)
        (rl,) = conn.execute(sa.select(return_lines).where(
            return_lines.c.return_id == ret.return_id)).all()
        assert (rl.line_id, rl.qty, rl.reason, rl.condition) == (
            line_id, 1, "changed_mind", "resellable")
        refund = conn.execute(sa.select(refunds).where(
            refunds.c.return_id == ret.return_id)).one()
        assert (refund.status, refund.amount_cents, refund.tender, refund.last_four) == (
            "pending", refund_due, "card", "4242")
        after = conn.execute(sa.select(order_lines).where(order_lines.c.line_id == line_id)).one()
        assert (after.qty_declined, after.discount_cents, after.points_earned) == (1, 150, 20)
        events = [e.status for e in conn.execute(sa.select(order_events).where(
            order_events.c.order_id == order_id))]
        assert "declined" in events
        assert conn.execute(sa.select(notifications.c.body).where(
            notifications.c.order_id == order_id, notifications.c.template == "order_refund")
        ).scalar().startswith("You declined 1 × ")
        if balance is not None:  # the 40 credited points: 20 taken back for the declined unit
            assert conn.execute(sa.select(loyalty_accounts.c.points_balance).where(
                loyalty_accounts.c.customer_id == order.customer_id)).scalar() == balance - 20
        assert conn.execute(sa.select(orders.c.refund_status).where(
            orders.c.order_id == order_id)).scalar() == "pending"
    # back to stock at once: its reservation released
    assert stock(engine, line.product_id) == (10, 1)

    # handed over: only the unit taken leaves the shelf, and only it is collected
    code = demo_pickup_code(order_id)
    handed = push(engine, T.ORDER_HANDOVER, order_id=order_id, code=code)
    assert handed.status == "applied", handed.reason
    assert stock(engine, line.product_id) == (9, 0)
    with engine.connect() as conn:
        assert conn.execute(sa.select(order_lines.c.qty_collected).where(
            order_lines.c.line_id == line_id)).scalar() == 1


def test_an_added_item_is_a_line_to_pay_at_the_till_and_holds_stock(engine):
    order_id, _ = ready_order(engine)
    product = a_product_in_stock(engine, free=3)
    result = push(engine, T.ORDER_ADD_ITEM, order_id=order_id, line_id="tmp-addon1",
                  product_id=product.product_id, qty=2)
    assert result.status == "applied", result.reason
    (real,) = result.id_map.values()
    with engine.connect() as conn:
        line = conn.execute(sa.select(order_lines).where(order_lines.c.line_id == real)).one()
        assert (line.add_on, line.qty_ordered, line.qty_picked, line.unit_price_cents) == (
            True, 2, 2, product.price_cents)
        assert "added" in [e.status for e in conn.execute(sa.select(order_events).where(
            order_events.c.order_id == order_id))]
    assert stock(engine, product.product_id) == (4, 3)  # held for the order
    handed = push(engine, T.ORDER_HANDOVER, order_id=order_id,
                  code=demo_pickup_code(order_id))
    assert handed.status == "applied", handed.reason
    assert stock(engine, product.product_id) == (2, 1)  # taken


def test_what_the_rules_refuse_is_refused_with_a_sentence_and_changes_nothing(engine):
    order_id, line_id = ready_order(engine)
    product = a_product_in_stock(engine, free=1)
    before = state(engine)

    too_many = push(engine, T.ORDER_DECLINE_LINE, order_id=order_id, return_id="tmp-d1",
                    line_id=line_id, qty=3, reason="changed_mind")
    assert too_many.status == "rejected"
    assert "Only 2 × " in too_many.reason and "can be declined" in too_many.reason
    not_in_stock = push(engine, T.ORDER_ADD_ITEM, order_id=order_id, line_id="tmp-a2",
                        product_id=product.product_id, qty=2)
    assert not_in_stock.status == "rejected"
    assert "only 1 is in stock here" in not_in_stock.reason
    assert state(engine) == before

    with engine.begin() as conn:  # an order not being handed over (still being picked)
        conn.execute(orders.update().where(orders.c.order_id == order_id)
                     .values(status="picking"))
    before = state(engine)
    picking = push(engine, T.ORDER_DECLINE_LINE, order_id=order_id, return_id="tmp-d1",
                   line_id=line_id, qty=1, reason="changed_mind")
    assert picking.status == "rejected"
    assert "is not being handed over" in picking.reason
    added = push(engine, T.ORDER_ADD_ITEM, order_id=order_id, line_id="tmp-a3",
                 product_id=product.product_id, qty=1)
    assert added.status == "rejected" and "is not being handed over" in added.reason
    assert state(engine) == before


def test_on_a_device_changes_show_at_once_and_a_refused_one_is_undone(fresh_central,
                                                                       tmp_path):
    url, db = fresh_central
    network = FaultyTransport()

    def cached(store: LocalStore, sql: str, *args: Any) -> Any:
        reader = store.reader()
        try:
            return reader.execute(sql, args).fetchone()
        finally:
            reader.close()

    async def story():
        client = await signed_in_client(url, transport=network)
        store = LocalStore(tmp_path / "device")
        sync = SyncEngine(client, store, "S001")
        try:
            assert (await sync.sync_once()).ok
            counter = PickupService(CounterContext(store))
            order_id, line_id, ean = cached(
                store, "SELECT o.order_id, l.line_id, p.ean13 FROM orders o JOIN order_lines l "
                "USING (order_id) JOIN products p USING (product_id) WHERE o.store_id = 'S001' "
                "AND o.status = 'ready_for_pickup' AND l.qty_picked >= 1 ORDER BY o.order_id "
                "LIMIT 1")
            (shelf_ean,) = cached(
                store, "SELECT p.ean13 FROM products p JOIN inventory i USING (product_id) "
                "WHERE i.store_id = 'S001' AND i.on_hand - i.reserved >= 1 AND p.ean13 != ? "
                "ORDER BY p.product_id LIMIT 1", ean)
            order = await counter.load(order_id)
            network.offline = True
            with pytest.raises(StepRefused, match="can be declined"):
                await counter.decline_line(order, line_id, 99, "changed_mind")
            declined = await counter.decline_line(order, line_id, 1, "changed_mind")
            assert declined.refund_cents > 0
            await counter.add_item(order, shelf_ean)
            order = await counter.load(order_id)
            (mine,) = [x for x in order.lines if x.line_id == line_id]
            assert mine.qty_declined == 1
            assert cached(store, "SELECT refund_cents FROM returns WHERE order_id = ? AND "
                                 "pending_mutation_id IS NOT NULL", order_id)[0] == \
                declined.refund_cents
            (extra,) = [x for x in order.lines if x.add_on]
            assert extra.qty_ordered == 1 and extra.ean13 == shelf_ean

            # meanwhile the service cancels the order: both are refused, and undone here
            engine = storage.create_engine(db)
            try:
                with engine.begin() as conn:
                    mutations.cancel_order(conn, order_id, "customer asked by phone")
            finally:
                engine.dispose()
            network.offline = False
            result = await sync.sync_once()
            assert result.ok and result.rejected == 2, result
            assert cached(store, "SELECT qty_declined FROM order_lines WHERE line_id = ?",
                          line_id)[0] == 0
            assert cached(store, "SELECT count(*) FROM order_lines WHERE order_id = ? AND "
                                 "add_on = 1", order_id)[0] == 0
            assert cached(store, "SELECT count(*) FROM returns WHERE order_id = ?",
                          order_id)[0] == 0
            reasons = [c.reason for c in await store.conflicts()]
            assert any("cancelled" in r for r in reasons), reasons
        finally:
            store.close()
            await client.aclose()

    asyncio.run(story())


def test_an_add_on_the_service_refuses_for_stock_leaves_no_line_on_the_device(fresh_central,
                                                                            tmp_path):
    url, db = fresh_central
    network = FaultyTransport()

    async def story():
        client = await signed_in_client(url, transport=network)
        store = LocalStore(tmp_path / "device")
        sync = SyncEngine(client, store, "S001")
        reader = None
        try:
            assert (await sync.sync_once()).ok
            counter = PickupService(CounterContext(store))
            reader = store.reader()
            (order_id,) = reader.execute(
                "SELECT order_id FROM orders WHERE store_id = 'S001' AND status = "
                "'ready_for_pickup' ORDER BY order_id LIMIT 1").fetchone()
            product_id, ean = reader.execute(
                "SELECT p.product_id, p.ean13 FROM products p JOIN inventory i USING "
                "(product_id) WHERE i.store_id = 'S001' AND i.on_hand - i.reserved >= 1 "
                "ORDER BY p.product_id LIMIT 1").fetchone()
            reader.close()
            reader = None
            network.offline = True
            await counter.add_item(await counter.load(order_id), ean)
            assert any(x.add_on for x in (await counter.load(order_id)).lines)
            engine = storage.create_engine(db)  # meanwhile the last one is sold at the till
            try:
                with engine.begin() as conn:
                    conn.execute(inventory.update().where(
                        inventory.c.store_id == "S001", inventory.c.product_id == product_id
                    ).values(on_hand=inventory.c.reserved))
            finally:
                engine.dispose()
            network.offline = False
            result = await sync.sync_once()
            assert result.ok and result.rejected == 1, result
            assert not any(x.add_on for x in (await counter.load(order_id)).lines)
            (conflict,) = await store.conflicts()
            assert "in stock here" in conflict.reason
        finally:
            store.close()
            await client.aclose()

    asyncio.run(story())

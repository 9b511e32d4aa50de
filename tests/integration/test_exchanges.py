"""Exchanges against the real central service (issue 13): a return plus replacements, applied
once — the returned items back to stock, the replacements from this store's shelf taken off it
or reserved at a nearby store on an order placed for the customer (collected there, or sent
home), the difference paid at the till or given back — and refused with a sentence, changing
nothing, when a replacement is not there. On a device, an exchange made offline shows at once
with its replacements held on the stock (kept through a pull), and syncs to the service's."""

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
from associate_app.returns_service import ReturnsService
from associate_app.sync.engine import SyncEngine
from central_api import mutations
from central_api.schema import (
    change_log,
    exchange_lines,
    exchanges,
    interactions,
    inventory,
    notifications,
    order_lines,
    orders,
    payments,
    products,
    refunds,
    returns,
    vouchers,
)
from store_contract import payloads
from store_contract.domain.errors import InvalidInput
from store_contract.domain.mutation_types import MutationType as T
from store_contract.wire_sync import Mutation
from tests.support.central import engine_on_a_copy, seeded_template
from tests.support.faults import FaultyTransport
from tests.support.sealed import sealed_payload, service_key
from tests.support.sync_harness import CounterContext, cached_row, signed_in_client

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend

WEB_IN_POLICY = "OR900001"  # the demo's seeded returnable web order of S001 (seed_returns.py)
LINE = f"{WEB_IN_POLICY}-L1"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seeded_template(tmp_path_factory.mktemp("exchanges"), stores=3)


@pytest.fixture
def engine(template: Path, tmp_path: Path) -> Iterator[Engine]:
    with engine_on_a_copy(template, tmp_path) as eng:
        yield eng


def item(line_id: str = LINE, qty: int = 1) -> dict[str, Any]:
    return {"line_id": line_id, "qty": qty, "reason": "wrong_size", "condition": "resellable"}


def push(engine: Engine, *, refund_method: str = "tender", lines: list | None = None,
         replacements: list[dict[str, Any]], **extra: Any):
    payload = {"order_id": WEB_IN_POLICY, "return_id": f"tmp-{uuid.uuid4().hex}",
               "exchange_id": f"tmp-{uuid.uuid4().hex}", "refund_method": refund_method,
               "lines": lines or [item()], "replacements": replacements, **extra}
    mutation_id = f"m-{uuid.uuid4().hex}"
    m = Mutation(mutation_id=mutation_id, device_seq=1, type=T.ORDER_EXCHANGE,
                 staff_id="A1001", created_at=datetime.now(UTC),
                 payload=sealed_payload(service_key(engine), mutation_id, T.ORDER_EXCHANGE,
                                        payload))
    return mutations.apply_push(engine, device_id="D-exchange", store_id="S001",
                                staff_id="A1001", mutations=[m]).results[0]


def value_of_line(engine: Engine) -> int:
    """What one unit of LINE refunds (its price less its share of the discount)."""
    with engine.connect() as conn:
        line = conn.execute(sa.select(order_lines).where(order_lines.c.line_id == LINE)).one()
    return line.unit_price_cents - line.discount_cents // line.qty_ordered


def product(engine: Engine, *, store: str, cheaper_than: int | None = None,
            dearer_than: int | None = None, none_at: str | None = None) -> sa.Row:
    """A product with at least 2 available at ``store`` (and the conditions asked)."""
    with engine.connect() as conn:
        q = (sa.select(products.c.product_id, products.c.price_cents, products.c.name)
             .join(inventory, inventory.c.product_id == products.c.product_id)
             .where(inventory.c.store_id == store,
                    inventory.c.on_hand - inventory.c.reserved >= 2)
             .order_by(products.c.product_id))
        if cheaper_than is not None:
            q = q.where(products.c.price_cents < cheaper_than)
        if dearer_than is not None:
            q = q.where(products.c.price_cents > dearer_than)
        if none_at is not None:
            here = sa.select(inventory.c.product_id).where(
                inventory.c.store_id == none_at,
                inventory.c.on_hand - inventory.c.reserved > 0)
            q = q.where(products.c.product_id.not_in(here))
        found = conn.execute(q.limit(1)).first()
    assert found is not None, "the demo data has no such product"
    return found


def stock(engine: Engine, store: str, product_id: str) -> tuple[int, int]:
    with engine.connect() as conn:
        row = conn.execute(sa.select(inventory.c.on_hand, inventory.c.reserved).where(
            inventory.c.store_id == store, inventory.c.product_id == product_id)).first()
    return (row.on_hand, row.reserved) if row else (0, 0)


def row(engine: Engine, query: sa.Select) -> sa.Row:
    with engine.connect() as conn:
        return conn.execute(query).one()


def test_a_dearer_replacement_from_the_shelf_here_leaves_the_difference_to_pay_at_the_till(
        engine):
    value = value_of_line(engine)
    dearer = product(engine, store="S001", dearer_than=value)
    with engine.connect() as conn:
        returned_product = conn.execute(sa.select(order_lines.c.product_id).where(
            order_lines.c.line_id == LINE)).scalar()
    back_before = stock(engine, "S001", returned_product)
    out_before = stock(engine, "S001", dearer.product_id)

    result = push(engine, replacements=[{"product_id": dearer.product_id, "qty": 1,
                                         "source": "here"}])
    assert result.status == "applied", result.reason
    exchange_id = next(v for v in result.id_map.values() if v.startswith("X"))
    exchange = row(engine, sa.select(exchanges).where(exchanges.c.exchange_id == exchange_id))
    assert (exchange.returned_cents, exchange.replacement_cents, exchange.due_cents,
            exchange.refund_cents) == (value, dearer.price_cents, dearer.price_cents - value, 0)
    # the return refunds nothing in money: its value paid for the replacement
    ret = row(engine, sa.select(returns).where(returns.c.return_id == exchange.return_id))
    assert ret.refund_cents == 0
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(refunds).where(
            refunds.c.return_id == exchange.return_id)).scalar() == 0
    # the replacement is on an in-store sale handed over now, paid by the returned value
    line = row(engine, sa.select(exchange_lines).where(
        exchange_lines.c.exchange_id == exchange_id))
    sale = row(engine, sa.select(orders).where(orders.c.order_id == line.new_order_id))
    assert (sale.channel, sale.status, sale.store_id, sale.total_cents) == (
        "in_store", "completed", "S001", dearer.price_cents)
    assert sale.order_number.startswith("POS-")
    paid = row(engine, sa.select(payments).where(payments.c.order_id == sale.order_id))
    assert (paid.tender, paid.amount_cents) == ("exchange", value)
    # stock: the returned unit back on the shelf, the replacement off it
    assert stock(engine, "S001", returned_product)[0] == back_before[0] + 1
    assert stock(engine, "S001", dearer.product_id) == (out_before[0] - 1, out_before[1])
    # the customer's timeline says what happened and what is due
    with engine.connect() as conn:
        said = conn.execute(sa.select(interactions.c.body).where(
            interactions.c.subject == "Items exchanged")).scalar_one()
        assert sale.order_number in said and "to pay at the till" in said
        kinds = {k for (k,) in conn.execute(sa.select(change_log.c.entity).where(
            change_log.c.entity_id.in_([exchange_id, sale.order_id])))}
    assert kinds == {"exchange", "order"}


def test_a_cheaper_replacement_gives_the_rest_back_as_store_credit(engine):
    value = value_of_line(engine)
    cheaper = product(engine, store="S001", cheaper_than=value)
    result = push(engine, refund_method="store_credit",
                  replacements=[{"product_id": cheaper.product_id, "qty": 1, "source": "here"}])
    assert result.status == "applied", result.reason
    exchange_id = next(v for v in result.id_map.values() if v.startswith("X"))
    exchange = row(engine, sa.select(exchanges).where(exchanges.c.exchange_id == exchange_id))
    assert exchange.due_cents == 0
    assert exchange.refund_cents == value - cheaper.price_cents > 0
    voucher = row(engine, sa.select(vouchers).where(vouchers.c.return_id == exchange.return_id))
    assert voucher.amount_cents == exchange.refund_cents


def test_a_size_not_here_is_ordered_from_a_nearby_store_to_collect_there_or_sent_home(engine):
    elsewhere = product(engine, store="S002", none_at="S001")
    before = stock(engine, "S002", elsewhere.product_id)
    result = push(engine, replacements=[
        {"product_id": elsewhere.product_id, "qty": 1, "source": "collect",
         "from_store_id": "S002"}])
    assert result.status == "applied", result.reason
    exchange_id = next(v for v in result.id_map.values() if v.startswith("X"))
    line = row(engine, sa.select(exchange_lines).where(
        exchange_lines.c.exchange_id == exchange_id))
    collect = row(engine, sa.select(orders).where(orders.c.order_id == line.new_order_id))
    assert (collect.channel, collect.store_id, collect.status) == (
        "click_and_collect", "S002", "new")
    assert collect.pickup_code_hash is not None  # the customer was sent a code
    assert stock(engine, "S002", elsewhere.product_id) == (before[0], before[1] + 1)
    with engine.connect() as conn:
        message = conn.execute(sa.select(notifications.c.body).where(
            notifications.c.order_id == WEB_IN_POLICY).order_by(
            notifications.c.sent_at.desc())).first().body
        # the order is in the collecting store's feed (its Pickups queue) and this store's
        scopes = {s for (s,) in conn.execute(sa.select(change_log.c.store_id).where(
            change_log.c.entity_id == collect.order_id))}
    assert collect.order_number in message and "pickup code" in message
    assert "••••-••••" in message  # the code itself only ever reaches the customer
    assert {"S001", "S002"} <= scopes

    # the second unit of the line: sent home from that store
    result = push(engine, lines=[item()], replacements=[
        {"product_id": elsewhere.product_id, "qty": 1, "source": "ship",
         "from_store_id": "S002"}])
    assert result.status == "applied", result.reason
    exchange_id = next(v for v in result.id_map.values() if v.startswith("X"))
    line = row(engine, sa.select(exchange_lines).where(
        exchange_lines.c.exchange_id == exchange_id))
    home = row(engine, sa.select(orders).where(orders.c.order_id == line.new_order_id))
    assert (home.channel, home.store_id, home.status) == ("online", "S002", "placed")
    assert home.order_number.startswith("WEB-")
    assert stock(engine, "S002", elsewhere.product_id) == (before[0], before[1] + 2)


def _everything(engine: Engine) -> dict[str, Any]:
    with engine.connect() as conn:
        return {t.name: sorted(tuple(r) for r in conn.execute(sa.select(t)))
                for t in (exchanges, exchange_lines, returns, refunds, inventory, orders,
                          order_lines)}


@pytest.mark.parametrize("case", ["not here", "not there", "collect here", "unknown product",
                                  "over-return"])
def test_an_exchange_the_stock_or_the_rules_refuse_changes_nothing(engine, case):
    elsewhere = product(engine, store="S002", none_at="S001")
    replacement, lines, says = {
        "not here": ({"product_id": elsewhere.product_id, "qty": 1, "source": "here"},
                     [item()], "available in this store now. Order it from a nearby store"),
        "not there": ({"product_id": elsewhere.product_id, "qty": 999, "source": "ship",
                       "from_store_id": "S002"}, [item()], "available at "),
        "collect here": ({"product_id": elsewhere.product_id, "qty": 1, "source": "collect",
                          "from_store_id": "S001"}, [item()], "take it from the shelf here"),
        "unknown product": ({"product_id": "P-none", "qty": 1, "source": "here"}, [item()],
                            "is not in the catalogue"),
        "over-return": ({"product_id": elsewhere.product_id, "qty": 1, "source": "ship",
                         "from_store_id": "S002"}, [item(qty=3)], "can still come back"),
    }[case]
    before = _everything(engine)
    result = push(engine, lines=lines, replacements=[replacement])
    assert result.status == "rejected"
    assert says in result.reason and "Nothing was changed" in result.reason
    assert _everything(engine) == before


def test_an_offline_exchange_holds_the_replacement_at_once_and_syncs(fresh_central, tmp_path):
    url, db = fresh_central


    async def story():
        network = FaultyTransport()
        client = await signed_in_client(url, transport=network)
        store = LocalStore(tmp_path / "device")
        sync = SyncEngine(client, store, "S001")
        try:
            assert (await sync.sync_once()).ok
            counter = ReturnsService(CounterContext(store))
            pid, on_hand, reserved = cached_row(
                store, "SELECT product_id, on_hand, reserved FROM inventory WHERE store_id = "
                       "'S001' AND on_hand - reserved >= 2 AND product_id NOT IN (SELECT "
                       "product_id FROM order_lines WHERE order_id = ?) ORDER BY product_id "
                       "LIMIT 1", WEB_IN_POLICY)
            choice = await counter.replacement(pid)
            assert choice is not None and choice.available_here == on_hand - reserved
            network.offline = True
            with pytest.raises(InvalidInput, match="available in this store now"):
                await counter.record_exchange(payloads.OrderExchange(
                    order_id=WEB_IN_POLICY, return_id="tmp-r", exchange_id="tmp-x",
                    refund_method="tender", lines=[item()],
                    replacements=[{"product_id": pid, "qty": on_hand - reserved + 1,
                                   "source": "here"}]),
                    {pid: choice})
            await counter.record_exchange(payloads.OrderExchange(
                order_id=WEB_IN_POLICY, return_id=f"tmp-{uuid.uuid4().hex}",
                exchange_id=f"tmp-{uuid.uuid4().hex}", refund_method="tender", lines=[item()],
                replacements=[{"product_id": pid, "qty": 1, "source": "here"}]), {pid: choice})
            # shown at once: the exchange pending, the unit returned, the replacement held
            assert cached_row(store, "SELECT count(*) FROM exchanges WHERE pending_mutation_id "
                                 "IS NOT NULL")[0] == 1
            assert cached_row(store, "SELECT qty_returned FROM order_lines WHERE line_id = ?",
                          LINE)[0] == 1
            held = "SELECT on_hand, reserved FROM inventory WHERE store_id = 'S001' AND " \
                   "product_id = ?"
            assert cached_row(store, held, pid) == (on_hand, reserved + 1)
            # a pull while it is still queued (the service's row for that stock, as it was)
            # does not lose the hold
            await store.apply_page(
                [("inventory", f"S001:{pid}", "upsert", {"store_id": "S001", "product_id": pid,
                                                         "on_hand": on_hand,
                                                         "reserved": reserved})],
                await store.cursor(), reapply_pending=True)
            assert cached_row(store, held, pid) == (on_hand, reserved + 1)
            network.offline = False
            result = await sync.sync_once()
            assert result.ok and result.rejected == 0, result
            # the service's exchange replaced the pending one; its stock replaced the hold
            assert cached_row(store, "SELECT count(*), sum(pending_mutation_id IS NOT NULL) FROM "
                                 "exchanges") == (1, 0)
            assert cached_row(store, "SELECT count(*) FROM exchanges WHERE exchange_id LIKE "
                                 "'tmp-%'")[0] == 0
            assert cached_row(store, held, pid) == (on_hand - 1, reserved)
            (row,) = await counter.exchanges_of(WEB_IN_POLICY)
            assert not row.pending and row.orders and row.orders[0].startswith("POS-")
        finally:
            store.close()
            await client.aclose()

    asyncio.run(story())

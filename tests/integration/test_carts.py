"""Online carts finished at the counter against the real central service (issue 14): handed to
the till (an in-store sale waiting for payment, POS number, its items reserved here) or kept for
pickup here (a click-and-collect order, picked, in this store's Pickups queue) with an item not
here ordered from a nearby store; the cart converted (gone from the customer's open carts) and
the timeline saying so; refused with a sentence, changing nothing, when the stock or the price
is not what the counter saw; applied once however often it is replayed; and on a device,
finished offline, shown at once with its items held (kept through a pull), then synced — or
undone exactly when the service refuses it."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from associate_app.cache import pickups as cached_pickups
from associate_app.cache.local_store import LocalStore
from associate_app.cart_service import CartService
from associate_app.sync.engine import SyncEngine
from central_api import mutations, storage
from central_api.schema import (
    carts,
    change_log,
    customers,
    interactions,
    inventory,
    notifications,
    order_lines,
    orders,
    payments,
    products,
    vouchers,
)
from store_contract import payloads
from store_contract.domain.barcodes import ScanKind, classify
from store_contract.domain.errors import InvalidInput
from store_contract.domain.mutation_types import MutationType as T
from store_contract.wire_sync import Mutation
from tests.support.central import engine_on_a_copy, seeded_template
from tests.support.faults import FaultyTransport
from tests.support.sync_harness import CounterContext, cached_row, signed_in_client

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seeded_template(tmp_path_factory.mktemp("carts"), stores=3)


@pytest.fixture
def engine(template: Path, tmp_path: Path) -> Iterator[Engine]:
    with engine_on_a_copy(template, tmp_path) as eng:
        yield eng


def open_cart(engine: Engine, skip: int = 0) -> sa.Row:
    """An open online cart of a customer of S001, with its code."""
    with engine.connect() as conn:
        found = conn.execute(
            sa.select(carts).join(customers, customers.c.customer_id == carts.c.customer_id)
            .where(customers.c.preferred_store_id == "S001",
                   carts.c.status.in_(["active", "abandoned"]), carts.c.cart_code.is_not(None))
            .order_by(carts.c.cart_id).offset(skip).limit(1)).first()
    assert found is not None, "the demo data has no open cart in S001"
    return found


def product(engine: Engine, *, store: str, none_at: str | None = None,
            skip: int = 0) -> sa.Row:
    """A product with at least 2 available at ``store`` (none at ``none_at``)."""
    with engine.connect() as conn:
        q = (sa.select(products.c.product_id, products.c.price_cents, products.c.name)
             .join(inventory, inventory.c.product_id == products.c.product_id)
             .where(inventory.c.store_id == store,
                    inventory.c.on_hand - inventory.c.reserved >= 2)
             .order_by(products.c.product_id))
        if none_at is not None:
            here = sa.select(inventory.c.product_id).where(
                inventory.c.store_id == none_at, inventory.c.on_hand - inventory.c.reserved > 0)
            q = q.where(products.c.product_id.not_in(here))
        found = conn.execute(q.offset(skip).limit(1)).first()
    assert found is not None, "the demo data has no such product"
    return found


def stock(engine: Engine, store: str, product_id: str) -> tuple[int, int]:
    with engine.connect() as conn:
        row = conn.execute(sa.select(inventory.c.on_hand, inventory.c.reserved).where(
            inventory.c.store_id == store, inventory.c.product_id == product_id)).first()
    return (row.on_hand, row.reserved) if row else (0, 0)


def line(p: sa.Row, qty: int = 1, source: str = "here", store: str | None = None,
         price: int | None = None) -> payloads.CartLine:
    return payloads.CartLine(product_id=p.product_id, qty=qty,
                             unit_price_cents=p.price_cents if price is None else price,
                             source=source, from_store_id=store)


def change(cart_id: str, handoff: str, lines: list[payloads.CartLine]) -> dict[str, Any]:
    return payloads.CartConvert(cart_id=cart_id, order_id=f"tmp-{uuid.uuid4().hex}",
                                handoff=handoff, lines=lines).wire()


def push(engine: Engine, payload: dict[str, Any], mutation_id: str | None = None):
    m = Mutation(mutation_id=mutation_id or f"m-{uuid.uuid4().hex}", device_seq=1,
                 type=T.CART_CONVERT, staff_id="A1001", created_at=datetime.now(UTC),
                 payload=payload)
    return mutations.apply_push(engine, device_id="D-cart", store_id="S001",
                                staff_id="A1001", mutations=[m]).results[0]


def one(engine: Engine, query: sa.Select) -> sa.Row:
    with engine.connect() as conn:
        return conn.execute(query).one()


def test_a_cart_handed_to_the_till_becomes_a_sale_waiting_for_payment(engine):
    cart = open_cart(engine)
    item = product(engine, store="S001")
    before = stock(engine, "S001", item.product_id)
    payload = change(cart.cart_id, "till", [line(item, qty=2)])
    result = push(engine, payload)
    assert result.status == "applied", result.reason
    order_id = result.id_map[payload["order_id"]]
    sale = one(engine, sa.select(orders).where(orders.c.order_id == order_id))
    assert (sale.channel, sale.status, sale.store_id, sale.customer_id, sale.total_cents) == (
        "in_store", "awaiting_payment", "S001", cart.customer_id, 2 * item.price_cents)
    assert classify(sale.order_number).kind is ScanKind.ORDER  # the till scans it
    assert sale.order_number.startswith("POS-")
    sold = one(engine, sa.select(order_lines).where(order_lines.c.order_id == order_id))
    assert (sold.product_id, sold.qty_ordered, sold.unit_price_cents) == (
        item.product_id, 2, item.price_cents)
    # reserved here until the till takes them
    assert stock(engine, "S001", item.product_id) == (before[0], before[1] + 2)
    # the online cart is converted, with the order it became: no longer an open cart
    after = one(engine, sa.select(carts).where(carts.c.cart_id == cart.cart_id))
    assert (after.status, after.converted_order_id) == ("converted", order_id)
    with engine.connect() as conn:
        still_open = {c for (c,) in conn.execute(sa.select(carts.c.cart_id).where(
            carts.c.customer_id == cart.customer_id, carts.c.status.in_(["active",
                                                                       "abandoned"])))}
        said = conn.execute(sa.select(interactions.c.body).where(
            interactions.c.customer_id == cart.customer_id,
            interactions.c.subject == "Cart finished in store")).scalar_one()
        kinds = {k for (k,) in conn.execute(sa.select(change_log.c.entity).where(
            change_log.c.entity_id.in_([cart.cart_id, order_id]),
            change_log.c.store_id == "S001"))}
    assert cart.cart_id not in still_open
    assert cart.cart_code in said and sale.order_number in said and "till" in said
    assert kinds == {"cart", "order"}

    # never paid: the nightly job lets the sale go a day later, its items back on the shelf
    from central_api import carts as service_carts

    assert service_carts.release_unpaid(engine) == 0  # (not yet)
    later = datetime.now(UTC) + service_carts.UNPAID_AFTER + timedelta(minutes=1)
    assert service_carts.release_unpaid(engine, later) == 1
    assert stock(engine, "S001", item.product_id) == before
    gone = one(engine, sa.select(orders).where(orders.c.order_id == order_id))
    assert gone.status == "cancelled" and "not paid" in gone.cancel_reason
    assert service_carts.release_unpaid(engine, later) == 0


def test_a_cart_kept_for_pickup_is_picked_in_the_pickups_queue_and_orders_what_is_not_here(
        fresh_central, tmp_path):
    url, db = fresh_central
    engine = storage.create_engine(db)
    try:
        cart = open_cart(engine)
        here = product(engine, store="S001")
        elsewhere = product(engine, store="S002", none_at="S001")
        there_before = stock(engine, "S002", elsewhere.product_id)
        payload = change(cart.cart_id, "pickup",
                         [line(here), line(elsewhere, source="collect", store="S002")])
        result = push(engine, payload)
        assert result.status == "applied", result.reason
        order_id = result.id_map[payload["order_id"]]
        kept = one(engine, sa.select(orders).where(orders.c.order_id == order_id))
        assert (kept.channel, kept.status, kept.store_id) == ("click_and_collect", "picking",
                                                              "S001")
        assert kept.pickup_code_hash is not None
        picked = one(engine, sa.select(order_lines).where(order_lines.c.order_id == order_id))
        assert picked.qty_picked == picked.qty_ordered == 1
        with engine.connect() as conn:
            nearby = conn.execute(sa.select(orders).join(
                order_lines, order_lines.c.order_id == orders.c.order_id).where(
                order_lines.c.product_id == elsewhere.product_id,
                orders.c.customer_id == cart.customer_id, orders.c.store_id == "S002")).one()
            told = [b for (b,) in conn.execute(sa.select(notifications.c.body).where(
                notifications.c.customer_id == cart.customer_id))]
        assert (nearby.channel, nearby.status) == ("click_and_collect", "new")
        assert stock(engine, "S002", elsewhere.product_id) == (there_before[0],
                                                               there_before[1] + 1)
        assert any(kept.order_number in t and nearby.order_number in t for t in told)
    finally:
        engine.dispose()

    async def device():  # this store's Pickups queue, as a device syncs it
        client = await signed_in_client(url)
        store = LocalStore(tmp_path / "device")
        try:
            assert (await SyncEngine(client, store, "S001").sync_once()).ok
            reader = store.reader()
            try:
                now = datetime.now(UTC)
                queue = [r for g in cached_pickups._GROUP_SQL
                         for r in cached_pickups.group_page(reader, "S001", g, now)]
                status = tuple(reader.execute("SELECT status FROM carts WHERE cart_id = ?",
                                              (cart.cart_id,)).fetchone())
            finally:
                reader.close()
            return queue, status
        finally:
            store.close()
            await client.aclose()

    queue, status = asyncio.run(device())
    mine = [r for r in queue if r.order_number == kept.order_number]
    assert len(mine) == 1 and mine[0].status == "picking"
    assert status == ("converted",)


def _everything(engine: Engine) -> dict[str, Any]:
    with engine.connect() as conn:
        return {t.name: sorted(tuple(r) for r in conn.execute(sa.select(t)))
                for t in (carts, orders, order_lines, inventory, interactions, notifications,
                          vouchers, payments)}


def _voucher(engine: Engine, customer_id: str, n: int, **values: Any) -> str:
    with engine.begin() as conn:
        conn.execute(vouchers.insert().values(
            voucher_id=f"V-cart-{n}", voucher_code=f"SC-CART-TEST-000{n}",
            customer_id=customer_id, amount_cents=500, currency="GBP", issued_store_id="S001",
            issued_at=datetime.now(UTC) - timedelta(days=2), **values))
    return f"V-cart-{n}"


@pytest.mark.parametrize("case", ["not enough here", "price changed", "already converted",
                                  "not there", "voucher used", "voucher not theirs"])
def test_a_cart_the_stock_or_the_prices_refuse_changes_nothing(engine, case):
    cart = open_cart(engine)
    item = product(engine, store="S001")
    elsewhere = product(engine, store="S002", none_at="S001")
    if case == "already converted":
        assert push(engine, change(cart.cart_id, "till", [line(item)])).status == "applied"
    applied = []
    if case == "voucher used":
        applied = [_voucher(engine, cart.customer_id, 1, redeemed_at=datetime.now(UTC),
                            redeemed_store_id="S002", redeemed_receipt="RCT-S002-1")]
    if case == "voucher not theirs":
        with engine.connect() as conn:
            other = conn.execute(sa.select(customers.c.customer_id).where(
                customers.c.customer_id != cart.customer_id).limit(1)).scalar()
        applied = [_voucher(engine, other, 2)]
    available = stock(engine, "S001", item.product_id)
    lines, says = {
        "not enough here": ([line(item, qty=available[0] - available[1] + 1)],
                            f"Only {available[0] - available[1]} × {item.name} available in "
                            "this store now"),
        "price changed": ([line(item, price=item.price_cents + 100)], "The price of "),
        "already converted": ([line(item)], "has already been finished"),
        "not there": ([line(elsewhere)], f"Only 0 × {elsewhere.name} available in this store now"),
        "voucher used": ([line(item)], "was already used (receipt RCT-S002-1)"),
        "voucher not theirs": ([line(item)], "is not this customer's"),
    }[case]
    before = _everything(engine)
    payload = {**change(cart.cart_id, "till", lines), "voucher_ids": applied}
    result = push(engine, payload)
    assert result.status == "rejected"
    assert says in result.reason and "Nothing was changed" in result.reason, result.reason
    assert _everything(engine) == before


def test_the_same_change_replayed_is_applied_once(engine):
    cart = open_cart(engine)
    item = product(engine, store="S001")
    before = stock(engine, "S001", item.product_id)
    payload = change(cart.cart_id, "till", [line(item)])
    mutation_id = f"m-{uuid.uuid4().hex}"
    first = push(engine, payload, mutation_id)
    again = push(engine, payload, mutation_id)
    assert first.status == "applied" and again.status == "already_applied"
    assert again.id_map == first.id_map
    with engine.connect() as conn:
        placed = conn.execute(sa.select(sa.func.count()).select_from(orders).where(
            orders.c.customer_id == cart.customer_id,
            orders.c.status == "awaiting_payment")).scalar()
        lines_said = conn.execute(sa.select(sa.func.count()).select_from(interactions).where(
            interactions.c.customer_id == cart.customer_id,
            interactions.c.subject == "Cart finished in store")).scalar()
    assert (placed, lines_said) == (1, 1)
    assert stock(engine, "S001", item.product_id) == (before[0], before[1] + 1)


def test_an_offline_cart_is_shown_finished_at_once_then_synced_or_undone_exactly(
        fresh_central, tmp_path):
    url, db = fresh_central
    engine = storage.create_engine(db)
    first_cart, second_cart = open_cart(engine), open_cart(engine, skip=1)
    engine.dispose()


    async def story():
        network = FaultyTransport()
        client = await signed_in_client(url, transport=network)
        store = LocalStore(tmp_path / "device")
        sync = SyncEngine(client, store, "S001")
        try:
            assert (await sync.sync_once()).ok
            counter = CartService(CounterContext(store))
            assert await counter.find(first_cart.cart_code) == first_cart.cart_id
            cart = await counter.load(first_cart.cart_id)
            assert cart is not None and cart.status in ("active", "abandoned")
            pid, on_hand, reserved = cached_row(
                store, "SELECT product_id, on_hand, reserved FROM inventory WHERE store_id = "
                       "'S001' AND on_hand - reserved >= 3 ORDER BY product_id LIMIT 1")
            row = await counter.product(pid)
            assert row is not None and row.available_here == on_hand - reserved
            known = {pid: row}
            network.offline = True
            with pytest.raises(InvalidInput, match="available in this store now"):
                await counter.finish(cart, [payloads.CartLine(
                    product_id=pid, qty=on_hand - reserved + 1, unit_price_cents=row.price_cents,
                    source="here")], "till", known)
            sale = [payloads.CartLine(product_id=pid, qty=1, unit_price_cents=row.price_cents,
                                      source="here")]
            _, order_id = await counter.finish(cart, sale, "till", known)
            # shown at once: the cart finished (pending), the item held here
            held = "SELECT on_hand, reserved FROM inventory WHERE store_id = 'S001' AND " \
                   "product_id = ?"
            assert cached_row(store, held, pid) == (on_hand, reserved + 1)
            shown = await counter.load(first_cart.cart_id)
            assert shown.status == "converted" and shown.conversion.pending
            assert shown.conversion.order_id == order_id
            # a pull while it is queued (the service's rows as they were) loses nothing
            await store.apply_page(
                [("inventory", f"S001:{pid}", "upsert", {"store_id": "S001", "product_id": pid,
                                                         "on_hand": on_hand,
                                                         "reserved": reserved}),
                 ("cart", first_cart.cart_id, "upsert", {
                     "cart_id": first_cart.cart_id, "customer_id": first_cart.customer_id,
                     "channel": first_cart.channel, "status": first_cart.status,
                     "updated_at": first_cart.updated_at.isoformat(),
                     "cart_code": first_cart.cart_code, "lines": []})],
                await store.cursor(), reapply_pending=True)
            assert cached_row(store, held, pid) == (on_hand, reserved + 1)
            assert (await counter.load(first_cart.cart_id)).status == "converted"

            # a second cart finished offline that the service will refuse (its stock went)
            other = await counter.load(second_cart.cart_id)
            _, _ = await counter.finish(other, sale, "pickup", known)
            assert cached_row(store, held, pid) == (on_hand, reserved + 2)
            server = storage.create_engine(db)
            with server.begin() as conn:  # the last units here sold meanwhile
                conn.execute(inventory.update().where(
                    inventory.c.store_id == "S001", inventory.c.product_id == pid).values(
                    reserved=inventory.c.on_hand - 1))
            server.dispose()

            network.offline = False
            result = await sync.sync_once()
            assert result.ok and result.rejected == 1, result
            done = await counter.load(first_cart.cart_id)
            assert done.status == "converted" and not done.conversion.pending
            assert done.conversion.order_number.startswith("POS-")
            assert done.conversion.order_status == "awaiting_payment"
            # the refused one undone exactly: the cart open again, nothing held for it
            undone = await counter.load(second_cart.cart_id)
            assert undone.status == second_cart.status and undone.conversion is None
            assert cached_row(store, held, pid) == (on_hand, on_hand)  # the service's stock now
            conflict = (await store.conflicts())[0]
            assert "available in this store now" in conflict.reason
        finally:
            store.close()
            await client.aclose()

    asyncio.run(story())

"""Order detail, any channel (issue 13), against the real service: "where is my order?" for a
shipped web order with its parcel, a click-and-collect order, an in-store sale found by its till
receipt; another store's order fetched online with the contact masked; "not available offline"
when the service cannot be reached and the order is not in this store's data; an unknown number
answered with a sentence; units declined and an item added at the pickup counter, per line."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import httpx
import pytest
import sqlalchemy as sa

from associate_app.api.client import CentralClient
from associate_app.cache.local_store import LocalStore
from associate_app.order_service import OrderService, Source
from associate_app.pickup_service import PickupService
from associate_app.sync.engine import SyncEngine
from central_api import storage
from central_api.auth import ROUTE_PERMISSIONS
from central_api.seed import demo_order_number
from store_contract import wire
from store_contract.domain.mutation_types import MutationType as T
from store_contract.domain.permissions import Permission, Role, can
from tests.integration.test_central_auth import enrol, sign_in
from tests.support.faults import FaultyTransport
from tests.support.sync_harness import CounterContext, signed_in_client

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend

S001_PARCEL = demo_order_number("WEB", 1, 1)  # out for delivery
S001_SALE_TODAY = demo_order_number("POS", 1, 4)
S001_COLLECTED = demo_order_number("CC", 1, 7)
S002_PARCEL = demo_order_number("WEB", 2, 1)


@pytest.fixture(scope="module")
def api(central_url: str) -> httpx.Client:
    r = sign_in(central_url, enrol(central_url, "S001"), "A1001", "1234")
    token = r.json()["access_token"]
    with httpx.Client(base_url=central_url, headers={"Authorization": f"Bearer {token}"}) as client:
        yield client


def detail(api: httpx.Client, number: str) -> wire.OrderDetail:
    r = api.get(f"/v1/stores/S001/orders/{number}")
    assert r.status_code == 200, r.text
    return wire.OrderDetail.model_validate(r.json())


# -- the service ----------------------------------------------------------------------------------


def test_a_shipped_web_order_says_where_the_parcel_is(api):
    d = detail(api, S001_PARCEL)
    assert d.channel is wire.Channel.ONLINE and d.status is wire.OrderStatus.SHIPPED
    assert d.store_id is None and not d.contact_masked and "@" in d.customer_email
    (parcel,) = d.shipments
    assert parcel.carrier and parcel.tracking_number
    assert parcel.latest_event == "Out for delivery" and parcel.latest_event_at is not None
    assert parcel.promised_at == d.promised_at and parcel.delivered_at is None
    assert [e.status for e in d.events] == ["placed", "picked", "shipped"]
    assert [e.at for e in d.events] == sorted(e.at for e in d.events)
    (paid,) = d.payments
    assert paid.amount_cents == d.total_cents and paid.tender in ("card", "paypal", "gift_card")
    assert d.total_cents == sum(
        line.qty_ordered * line.unit_price_cents - line.discount_cents for line in d.lines)
    assert any(line.discount_cents for line in d.lines)


def test_a_click_and_collect_order_shows_its_pickup_history(api):
    d = detail(api, S001_COLLECTED)
    assert d.channel is wire.Channel.CLICK_AND_COLLECT and d.store_id == "S001" and d.store_name
    assert [e.status for e in d.events] == ["placed", "picked", "ready", "collected"]
    assert all(line.qty_collected == line.qty_ordered for line in d.lines)
    assert sum(line.points_earned for line in d.lines) > 0
    assert not d.shipments


def test_an_in_store_sale_is_found_by_its_till_receipt(api):
    d = detail(api, f"rct-s001-{S001_SALE_TODAY[4:]} ")  # as typed: lower case, a space
    assert d.order_number == S001_SALE_TODAY
    assert d.receipt_number == f"RCT-S001-{S001_SALE_TODAY[4:]}"
    assert d.channel is wire.Channel.IN_STORE and d.status is wire.OrderStatus.COMPLETED
    (paid,) = d.payments
    assert paid.tender in ("card", "cash", "gift_card")
    assert (paid.last_four is not None) == (paid.tender != "cash")
    assert [e.status for e in d.events] == ["completed"]


def test_another_stores_order_comes_with_the_customers_contact_masked(api):
    d = detail(api, S002_PARCEL)
    assert d.contact_masked
    assert "•" in d.customer_email and "•" in d.customer_phone
    assert d.customer_name and d.shipments  # the rest answers "where is my order?"


def test_an_unknown_number_is_a_404_with_a_sentence(api):
    r = api.get("/v1/stores/S001/orders/WEB-424242")
    assert r.status_code == 404
    assert r.json()["detail"] == ("There is no order or receipt WEB-424242 in the chain. Check "
                                  "the number on the customer's email or receipt.")


def test_every_role_that_reads_orders_may_read_an_order_by_its_number(central_url):
    assert ROUTE_PERMISSIONS[("GET", "/v1/stores/{store_id}/orders/{number}")] \
        is Permission.READ_ORDERS
    assert all(can(role, Permission.READ_ORDERS) for role in Role)
    token = sign_in(central_url, enrol(central_url, "S001"), "H1001",
                    wire.DemoCredentials.SUPPORT_PIN).json()["access_token"]
    r = httpx.get(f"{central_url}/v1/stores/S001/orders/{S001_PARCEL}",
                  headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200


def test_the_route_is_documented(api):
    op = api.get("/openapi.json").json()["paths"]["/v1/stores/{store_id}/orders/{number}"]["get"]
    assert op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/OrderDetail")
    assert "404" in op["responses"] and op["description"]


# -- the app's order service: this store's data first, the service next, a sentence last --------


@dataclass
class Context:
    store: LocalStore
    client: CentralClient
    store_id: str = "S001"
    sessions: object = None


def test_the_app_finds_orders_in_its_cache_online_or_says_why_not(fresh_central, tmp_path):
    url, _ = fresh_central
    network = FaultyTransport()

    async def story():
        client = await signed_in_client(url, transport=network)
        store = LocalStore(tmp_path / "device")
        try:
            assert (await SyncEngine(client, store, "S001").sync_once()).ok
            orders = OrderService(Context(store, client))
            network.offline = True  # what this store holds needs no connection
            here = await orders.find(S001_PARCEL)
            assert here.source is Source.CACHE and here.detail.shipments
            assert here.detail.shipments[0].latest_event == "Out for delivery"
            assert [e.status for e in here.detail.events] == ["placed", "picked", "shipped"]
            sale = await orders.find(f"RCT-S001-{S001_SALE_TODAY[4:]}")
            assert sale.source is Source.CACHE and sale.detail.payments
            collected = await orders.open(here.detail.order_id)
            assert collected.detail == here.detail
            network.offline = False
            assert (await orders.find(S001_PARCEL)).source is Source.CACHE  # no need to ask
            network.offline = True

            away = await orders.find(S002_PARCEL)  # another store's, offline
            assert away.detail is None and away.offline
            assert away.problem == (f"Order {S002_PARCEL} is not in this store's data, and the "
                                    "central service cannot be reached: it is not available "
                                    "offline. Try again when the connection is back.")
            network.offline = False
            away = await orders.find(S002_PARCEL)
            assert away.source is Source.SERVICE and away.detail.contact_masked
            unknown = await orders.find("WEB-424242")
            assert unknown.detail is None and not unknown.offline
            assert unknown.problem.startswith("There is no order or receipt WEB-424242")
        finally:
            await client.aclose()
            store.close()

    asyncio.run(story())


def test_a_step_taken_at_the_counter_lands_in_the_orders_history(fresh_central, tmp_path):
    url, _ = fresh_central

    async def story():
        client = await signed_in_client(url)
        store = LocalStore(tmp_path / "device")
        try:
            engine = SyncEngine(client, store, "S001")
            assert (await engine.sync_once()).ok
            reader = store.reader()
            order_id, number = reader.execute(
                "SELECT order_id, order_number FROM orders WHERE status = 'new' "
                "AND store_id = 'S001' ORDER BY order_id LIMIT 1").fetchone()
            reader.close()
            await store.record(T.ORDER_START_PICKING, {"order_id": order_id},
                               staff_id="A1001", store_id="S001")
            assert (await engine.sync_once()).ok
            online = await client.order_detail("S001", number)
            assert [e.status for e in online.events] == ["placed", "picking"]
            here = await OrderService(Context(store, client)).find(number)
            assert here.source is Source.CACHE and here.detail.events == online.events
        finally:
            await client.aclose()
            store.close()

    asyncio.run(story())


def test_walking_other_stores_orders_by_number_is_limited_and_on_the_audit(fresh_central):
    """Order numbers run in sequence: a counter may look up a few of other stores' orders (a
    customer in from elsewhere), not walk the chain's. Each look is on the store's audit;
    this store's own orders are neither limited nor traced."""
    url, db = fresh_central
    token = sign_in(url, enrol(url, "S001"), "A1001", "1234").json()["access_token"]
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}) as c:
        for _ in range(25):  # this store's own: as often as needed
            assert c.get(f"/v1/stores/S001/orders/{S001_PARCEL}").status_code == 200
        answers = [c.get(f"/v1/stores/S001/orders/{n}").status_code
                   for n in [S002_PARCEL] * 10 + [f"WEB-4242{i:02d}" for i in range(10)]]
        assert answers == [200] * 10 + [404] * 10
        refused = c.get(f"/v1/stores/S001/orders/{S002_PARCEL}")
        assert refused.status_code == 429 and "other stores" in refused.json()["detail"]
    engine = storage.create_engine(db)
    with engine.connect() as conn:
        actions = [r[0] for r in conn.execute(sa.text(
            "SELECT action FROM audit_log WHERE action LIKE 'order.%' AND staff_id = 'A1001'"))]
    engine.dispose()
    assert actions.count("order.read_other_store") == 10
    assert actions.count("order.lookup_unknown") == 10


def test_units_declined_and_an_item_added_at_pickup_come_with_the_orders_lines(fresh_central,
                                                                               tmp_path):
    """The customer declines a unit of a line at the counter and adds one from the shelf;
    once synced, the service's order detail says so per line — and an app that is not given
    the order by its own data (another device of the chain) shows it from the service."""
    url, _ = fresh_central

    async def story():
        client = await signed_in_client(url)
        store = LocalStore(tmp_path / "device")
        try:
            sync = SyncEngine(client, store, "S001")
            assert (await sync.sync_once()).ok
            reader = store.reader()
            order_id, number, line_id = reader.execute(
                "SELECT o.order_id, o.order_number, l.line_id FROM orders o JOIN order_lines l "
                "USING (order_id) WHERE o.store_id = 'S001' AND o.status = 'ready_for_pickup' "
                "AND l.qty_picked >= 1 ORDER BY o.order_id LIMIT 1").fetchone()
            (shelf_id, shelf_ean) = reader.execute(
                "SELECT p.product_id, p.ean13 FROM products p JOIN inventory i USING "
                "(product_id) WHERE i.store_id = 'S001' AND i.on_hand - i.reserved >= 1 AND "
                "p.product_id NOT IN (SELECT product_id FROM order_lines WHERE order_id = ?) "
                "ORDER BY p.product_id LIMIT 1", (order_id,)).fetchone()
            reader.close()
            counter = PickupService(CounterContext(store))
            order = await counter.load(order_id)
            await counter.decline_line(order, line_id, 1, "changed_mind")
            await counter.add_item(await counter.load(order_id), shelf_ean)
            assert (await sync.sync_once()).ok

            online = await client.order_detail("S001", number)
            by_id = {x.line_id: x for x in online.lines}
            assert by_id[line_id].qty_declined == 1 and not by_id[line_id].add_on
            (added,) = [x for x in online.lines if x.add_on]
            assert (added.product_id, added.qty_ordered, added.qty_declined) == (shelf_id, 1, 0)
            assert sum(x.qty_declined for x in online.lines) == 1

            # the app, without this store's data to read: the order comes from the service
            seen = await OrderService(Context(None, client)).find(number)
            assert seen.source is Source.SERVICE
            assert [(x.line_id, x.qty_declined, x.add_on) for x in seen.detail.lines] == [
                (x.line_id, x.qty_declined, x.add_on) for x in online.lines]
            # and this store's data, once synced, says the same
            here = await OrderService(Context(store, client)).find(number)
            assert here.source is Source.CACHE
            assert [(x.line_id, x.qty_declined, x.add_on) for x in here.detail.lines] == [
                (x.line_id, x.qty_declined, x.add_on) for x in online.lines]
        finally:
            await client.aclose()
            store.close()

    asyncio.run(story())


def test_an_order_line_from_an_older_service_reads_as_nothing_declined_or_added(api):
    """The two fields are optional on the wire: a server that predates them still parses."""
    r = api.get(f"/v1/stores/S001/orders/{S001_COLLECTED}")
    body = r.json()
    assert all("qty_declined" in x and "add_on" in x for x in body["lines"])
    for line in body["lines"]:
        del line["qty_declined"], line["add_on"]
    old = wire.OrderDetail.model_validate(body)
    assert all(x.qty_declined == 0 and not x.add_on for x in old.lines)

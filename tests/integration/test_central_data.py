"""What an associate reads: customers, the customer 360, orders, stock, the catalogue."""

from __future__ import annotations

import httpx
import pytest

from store_contract import wire
from store_contract.domain.notification_templates import ORDER_READY
from tests.integration.test_central_auth import enrol, sign_in

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend


@pytest.fixture(scope="module")
def api(central_url: str) -> httpx.Client:
    r = sign_in(central_url, enrol(central_url, "S001"), "A1001", "1234")
    token = r.json()["access_token"]
    with httpx.Client(base_url=central_url, headers={"Authorization": f"Bearer {token}"}) as client:
        yield client


def test_customer_list_pages_through_the_store_customers(api: httpx.Client) -> None:
    first = wire.CustomerPage.model_validate(api.get("/v1/stores/S001/customers?limit=10").json())
    assert len(first.items) == 10 and first.next_offset == 10
    assert all(c.preferred_store_id == "S001" for c in first.items)
    second = wire.CustomerPage.model_validate(
        api.get("/v1/stores/S001/customers", params={"limit": 10, "offset": 10}).json()
    )
    assert not {c.customer_id for c in first.items} & {c.customer_id for c in second.items}


def test_customer_360_shows_every_channel(api: httpx.Client) -> None:
    orders = wire.OrderPage.model_validate(
        api.get("/v1/stores/S001/orders", params={"status": "ready_for_pickup"}).json()
    )
    customer_id = orders.items[0].customer_id
    view = wire.Customer360.model_validate(
        api.get(f"/v1/stores/S001/customers/{customer_id}").json()
    )
    assert view.customer.customer_id == customer_id
    assert any(o.status == "ready_for_pickup" for o in view.orders)
    assert any(n.template == ORDER_READY for n in view.notifications)


def test_unknown_customer_is_a_readable_404(api: httpx.Client) -> None:
    r = api.get("/v1/stores/S001/customers/C9999999")
    assert r.status_code == 404
    assert r.json()["detail"] == "There is no customer C9999999 among store S001's customers."


def test_pickup_queue_has_every_click_and_collect_state(api: httpx.Client) -> None:
    page = wire.OrderPage.model_validate(
        api.get(
            "/v1/stores/S001/orders", params={"channel": "click_and_collect", "limit": 500}
        ).json()
    )
    states = {o.status for o in page.items}
    assert {
        "new",
        "picking",
        "ready_for_pickup",
        "collected",
        "expired",
        "returned_to_stock",
        "cancelled",
    } <= states
    staged = [o for o in page.items if o.status == "ready_for_pickup"]
    assert all(o.has_pickup_code and o.staging_location and o.lines for o in staged)


def test_stock_shows_available_and_nearby_stores_nearest_first(api: httpx.Client) -> None:
    page = wire.InventoryPage.model_validate(api.get("/v1/stores/S001/inventory?limit=500").json())
    assert len(page.items) == 500
    assert all(i.available == max(i.on_hand - i.reserved, 0) for i in page.items)
    assert any(i.reserved for i in page.items) and any(i.on_hand == 0 for i in page.items)
    nearby = wire.NearbyOut.model_validate(
        api.get("/v1/stores/S001/inventory/P00001/nearby").json()
    )
    assert [a.store.store_id for a in nearby.stores] == ["S002", "S003"]  # Bath, then Cardiff
    assert nearby.stores[0].distance_km < nearby.stores[1].distance_km


def test_scanned_barcode_finds_the_product(api: httpx.Client) -> None:
    product = wire.ProductPage.model_validate(api.get("/v1/products?limit=1&offset=41").json())
    ean = product.items[0].ean13
    found = wire.ProductPage.model_validate(api.get("/v1/products", params={"ean": ean}).json())
    assert [p.product_id for p in found.items] == [product.items[0].product_id]


def test_bad_query_parameter_gets_a_plain_sentence(api: httpx.Client) -> None:
    r = api.get("/v1/stores/S001/orders", params={"limit": "lots"})
    assert r.status_code == 422
    assert r.json()["detail"] == "The query parameter 'limit' must be a whole number."
    r = api.get("/v1/stores/S001/orders", params={"status": "lost"})
    assert r.status_code == 422 and "'status'" in r.json()["detail"]


def test_bad_sign_in_body_says_which_field_is_wrong(central_url: str) -> None:
    r = httpx.post(
        f"{central_url}/v1/sessions",
        json={"device_id": "d", "device_secret": "s", "staff_id": "A1001", "pin": "12ab"},
    )
    assert r.status_code == 422
    assert r.json()["detail"] == "The field 'pin' has characters that are not allowed here."


def test_unknown_address_is_a_json_404(central_url: str) -> None:
    r = httpx.get(f"{central_url}/v2/nothing")
    assert r.status_code == 404 and r.json()["detail"] == "There is nothing at this address."

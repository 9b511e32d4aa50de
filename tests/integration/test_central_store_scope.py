"""A device of one store never reads another store's data; managers see more than associates."""

from __future__ import annotations

import re

import httpx
import pytest

from central_api.app import create_app, store_scoped_routes
from tests.integration.test_central_auth import enrol, sign_in

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend


def _token(url: str, store_id: str, staff_id: str, pin: str) -> dict[str, str]:
    r = sign_in(url, enrol(url, store_id), staff_id, pin)
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest.fixture(scope="module")
def associate(central_url: str) -> dict[str, str]:
    return _token(central_url, "S001", "A1001", "1234")


@pytest.fixture(scope="module")
def manager(central_url: str) -> dict[str, str]:
    return _token(central_url, "S001", "M1001", "9999")


def _store_scoped(tmp_path_factory: pytest.TempPathFactory | None = None) -> list[tuple[str, str]]:
    """Every store-scoped (method, path) of the app itself: a new route cannot escape the test."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(f"{tmp}/routes.sqlite3")
        routes = [(m, r.path) for r in store_scoped_routes(app) for m in sorted(r.methods)]
        app.state.engine.dispose()
    return routes


STORE_SCOPED = _store_scoped()


def test_every_store_scoped_route_is_listed() -> None:
    paths = {p for _, p in STORE_SCOPED}
    assert {
        "/v1/stores/{store_id}/customers",
        "/v1/stores/{store_id}/orders",
        "/v1/stores/{store_id}/inventory",
        "/v1/stores/{store_id}/staff",
    } <= paths


@pytest.mark.parametrize(
    ("method", "path"), STORE_SCOPED, ids=[f"{m} {p}" for m, p in STORE_SCOPED]
)
def test_token_of_one_store_cannot_read_another_store(
    central_url: str, manager: dict[str, str], method: str, path: str
) -> None:
    concrete = path.replace("{store_id}", "S002")
    concrete = re.sub(r"\{customer_id\}", "C0000002", concrete)
    concrete = re.sub(r"\{product_id\}", "P00001", concrete)
    concrete = re.sub(r"\{[a-z_]+\}", "X1", concrete)
    r = httpx.request(method, f"{central_url}{concrete}", headers=manager, json={})
    assert r.status_code == 403, r.text
    assert r.json()["detail"] == (
        "This device belongs to store S001 and cannot read or write store S002's data."
    )


def test_own_store_routes_answer(central_url: str, manager: dict[str, str]) -> None:
    for path in (
        "/v1/stores/S001",
        "/v1/stores/S001/customers?limit=5",
        "/v1/stores/S001/orders?limit=5",
        "/v1/stores/S001/inventory?limit=5",
        "/v1/stores/S001/inventory/P00001/nearby",
        "/v1/stores/S001/staff",
        "/v1/stores",
        "/v1/products?limit=5",
    ):
        r = httpx.get(f"{central_url}{path}", headers=manager)
        assert r.status_code == 200, (path, r.text)


def test_store_scoped_routes_need_a_token(central_url: str) -> None:
    assert httpx.get(f"{central_url}/v1/stores/S001/orders").status_code == 401


def test_associate_cannot_list_the_store_staff(central_url: str, associate: dict[str, str]) -> None:
    r = httpx.get(f"{central_url}/v1/stores/S001/staff", headers=associate)
    assert r.status_code == 403 and "manager" in r.json()["detail"]


def test_manager_lists_the_store_staff(central_url: str, manager: dict[str, str]) -> None:
    staff = httpx.get(f"{central_url}/v1/stores/S001/staff", headers=manager).json()
    assert {s["staff_id"] for s in staff} == {"M1001", "A1001", "A2001", "H1001"}

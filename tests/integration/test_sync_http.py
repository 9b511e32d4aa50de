"""The sync routes over real HTTP on loopback: feed, snapshot, push, and their guards."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest

from central_api import app as central_app
from central_api import routes_sync
from store_contract import wire
from store_contract.domain.mutation_types import MutationType, new_temp_id
from tests.support import central as central_support
from tests.support.central import new_central_db

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend

CHANGES_PATH = "/v1/stores/{store_id}/changes"


def _with_sync_routes(create_app):  # noqa: ANN001, ANN202
    """The app factory, plus the sync router if the app does not include it (yet)."""

    def create(db_url):  # noqa: ANN001, ANN202
        app = create_app(db_url)
        if not any(r.path == CHANGES_PATH for r in central_app.api_routes(app)):
            app.include_router(routes_sync.router)
        return app

    return create


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    patch = pytest.MonkeyPatch()
    patch.setattr(central_support, "create_app", _with_sync_routes(central_support.create_app))
    db = new_central_db(tmp_path_factory.mktemp("sync-http"))
    try:
        with central_support.running_central_service(db, customers=200, stores=3) as url:
            yield url
    finally:
        patch.undo()


@pytest.fixture(scope="module")
def http(service: str) -> Iterator[httpx.Client]:
    """A client signed in as an associate on a device of the demo store S001."""
    with httpx.Client(base_url=service, timeout=30) as client:
        enrolled = client.post(
            "/v1/devices/enrol",
            json={"enrolment_code": wire.DemoCredentials.ENROLMENT_CODE, "device_name": "test"},
        ).json()
        session = client.post(
            "/v1/sessions",
            json={
                "device_id": enrolled["device_id"],
                "device_secret": enrolled["device_secret"],
                "staff_id": wire.DemoCredentials.ASSOCIATE_ID,
                "pin": wire.DemoCredentials.ASSOCIATE_PIN,
            },
        ).json()
        client.headers["Authorization"] = f"Bearer {session['access_token']}"
        yield client


def mutation(type_: str, **payload: object) -> dict:
    return {
        "mutation_id": f"m-{uuid.uuid4().hex}",
        "device_seq": 1,
        "type": type_,
        "payload": payload,
        "created_at": datetime.now(UTC).isoformat(),
    }


def test_a_device_pulls_its_first_sync_by_snapshot_then_sees_its_pushed_changes_in_the_feed(
    http: httpx.Client,
):
    with http.stream("GET", "/v1/stores/S001/snapshot") as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/x-ndjson")
        lines = [json.loads(line) for line in response.iter_lines() if line]
    end = lines[-1]
    assert end["end"] is True and end["rows"] == len(lines) - 1 > 1000
    assert {row["entity"] for row in lines[:-1]} >= {"store", "customer", "order", "inventory"}

    enrol = mutation(
        MutationType.CUSTOMER_ENROL,
        customer_id=new_temp_id(),
        first_name="Ada",
        last_name="Walker",
        email="ada.walker.http@example.com",
        phone_e164="+447911123450",
        marketing_consent=False,
    )
    note = mutation(
        MutationType.NOTE_ADD,
        interaction_id=new_temp_id(),
        customer_id=enrol["payload"]["customer_id"],
        body="Asked about the linen range.",
    )
    pushed = http.post("/v1/stores/S001/mutations", json={"mutations": [enrol, note]})
    assert pushed.status_code == 200, pushed.text
    results = pushed.json()["results"]
    assert [r["status"] for r in results] == ["applied", "applied"]
    customer_id = results[0]["id_map"][enrol["payload"]["customer_id"]]

    again = http.post("/v1/stores/S001/mutations", json={"mutations": [enrol, note]}).json()
    assert [r["status"] for r in again["results"]] == ["already_applied", "already_applied"]
    assert [r["id_map"] for r in again["results"]] == [r["id_map"] for r in results]

    page = http.get(
        "/v1/stores/S001/changes", params={"cursor": end["cursor"], "limit": 100}
    ).json()
    got = {(c["entity"], c["entity_id"]): c for c in page["changes"]}
    assert got[("customer", customer_id)]["data"]["email"] == "ada.walker.http@example.com"
    assert ("loyalty_account", customer_id) in got
    interaction_id = results[1]["id_map"][note["payload"]["interaction_id"]]
    assert got[("interaction", interaction_id)]["data"]["customer_id"] == customer_id
    assert page["next_cursor"] >= max(c["seq"] for c in page["changes"])
    assert page["has_more"] is False


def test_the_feed_pages_with_a_cursor(http: httpx.Client):
    first = http.get("/v1/stores/S001/changes", params={"cursor": 0, "limit": 50}).json()
    assert len(first["changes"]) == 50 and first["has_more"] is True
    second = http.get(
        "/v1/stores/S001/changes", params={"cursor": first["next_cursor"], "limit": 50}
    ).json()
    assert second["changes"][0]["seq"] > first["changes"][-1]["seq"]


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"cursor": "abc"}, "cursor"),
        ({"cursor": "-5"}, "negative"),
        ({"limit": "0"}, "limit"),
        ({"limit": "5001"}, "limit"),
        ({"limit": "ten"}, "limit"),
    ],
)
def test_a_bad_cursor_or_limit_gets_a_sentence_not_a_crash(http: httpx.Client, params, words):
    response = http.get("/v1/stores/S001/changes", params=params)
    assert response.status_code == 422
    assert words in response.json()["detail"]


def test_another_stores_sync_routes_are_closed_to_this_device(http: httpx.Client):
    assert http.get("/v1/stores/S002/changes").status_code == 403
    assert http.get("/v1/stores/S002/snapshot").status_code == 403
    push = {"mutations": [mutation(MutationType.NOTE_ADD, customer_id="C0000002")]}
    assert http.post("/v1/stores/S002/mutations", json=push).status_code == 403


def test_sync_routes_need_a_session(service: str):
    with httpx.Client(base_url=service) as anonymous:
        assert anonymous.get("/v1/stores/S001/changes").status_code == 401
        assert anonymous.get("/v1/stores/S001/snapshot").status_code == 401


def test_a_push_that_is_not_a_list_of_mutations_is_refused_with_a_sentence(http: httpx.Client):
    response = http.post("/v1/stores/S001/mutations", json={"mutations": []})
    assert response.status_code == 422
    assert "mutations" in response.json()["detail"]

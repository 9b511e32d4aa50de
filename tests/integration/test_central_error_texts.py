"""What the central service tells a store associate travels as a sentence the app can put into
the person's language (issue 17): every error body has ``detail`` (English) and ``text`` (its
template and values, ``store_contract.domain.text``), and a refused change has ``reason`` and
``reason_text``; the text read back reads as the English sentence, word for word."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient

from central_api import seed, storage
from central_api.app import create_app
from store_contract.domain.mutation_types import MutationType, new_temp_id
from store_contract.domain.text import Text
from store_contract.wire import DemoCredentials
from tests.support.central import drop_central_db, new_central_db


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The real app over a small seeded database, signed in as the demo store's manager."""
    db = new_central_db(tmp_path_factory.mktemp("error-texts"))
    engine = storage.create_engine(db)
    try:
        seed.seed_demo(engine, customers=20, stores=2)
    finally:
        engine.dispose()
    app = create_app(db)
    try:
        with TestClient(app, raise_server_exceptions=False) as http:
            device = http.post("/v1/devices/enrol", json={
                "enrolment_code": DemoCredentials.ENROLMENT_CODE}).raise_for_status().json()
            session = http.post("/v1/sessions", json={
                "device_id": device["device_id"], "device_secret": device["device_secret"],
                "staff_id": DemoCredentials.MANAGER_ID, "pin": DemoCredentials.MANAGER_PIN,
            }).raise_for_status().json()
            http.headers["Authorization"] = f"Bearer {session['access_token']}"
            yield http
    finally:
        app.state.engine.dispose()
        drop_central_db(db)


def sentence(answer, status: int) -> Text:
    """The error's sentence as the app reads it back; checks it is the English ``detail``."""
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert isinstance(body["detail"], str) and body["detail"]
    said = Text.from_wire(body.get("text"))
    assert said is not None, f"no text in {body}"
    assert said == body["detail"]
    return said


def test_a_404_says_its_sentence_as_a_text(client: TestClient) -> None:
    said = sentence(client.get("/v1/stores/S001/inventory/NO-SUCH/nearby"), 404)
    assert said == "There is no product NO-SUCH in the catalogue."
    assert said.source == "There is no product {product} in the catalogue."
    assert said.values == {"product": "NO-SUCH"}


def test_a_403_of_another_store_says_its_sentence_as_a_text(client: TestClient) -> None:
    said = sentence(client.get("/v1/stores/S002/orders"), 403)
    assert said == "This device belongs to store S001 and cannot read or write store S002's data."
    assert "{own}" in said.source and "{other}" in said.source


def test_a_401_without_a_session_says_its_sentence_as_a_text(client: TestClient) -> None:
    said = sentence(client.get("/v1/me", headers={"Authorization": ""}), 401)
    assert said == "Sign in first: this request needs a staff session."


def test_a_422_names_the_place_as_a_text_of_its_own(client: TestClient) -> None:
    said = sentence(client.get("/v1/stores/S001/orders", params={"limit": 0}), 422)
    assert said == "The query parameter 'limit' must be at least 1."
    assert said.source == "The {place} '{name}' must be at least {min}."
    place = said.values["place"]
    assert isinstance(place, Text) and place.source == "query parameter"
    assert said.values["min"] == 1  # a number: the app writes it the locale's way


def test_a_refusal_of_the_body_guard_says_its_sentence_as_a_text(client: TestClient) -> None:
    said = sentence(client.get("/v1/stores/S001/customer-search", params={"q": "ann\x00"}), 422)
    assert "NUL character" in said and said.source.startswith("The request has text with a NUL")


def note_for(customer_id: str, mutation_id: str) -> dict:
    return {
        "mutation_id": mutation_id, "device_seq": 1, "type": MutationType.NOTE_ADD.value,
        "payload": {"interaction_id": new_temp_id(), "customer_id": customer_id,
                    "body": "Asked about the blue coat.", "staff_id": DemoCredentials.MANAGER_ID},
        "created_at": datetime.now(UTC).isoformat(),
    }


def test_a_refused_change_sends_its_reason_as_a_text(client: TestClient) -> None:
    mutation = note_for("C9999999", str(uuid.uuid4()))
    answer = client.post("/v1/stores/S001/mutations", json={"mutations": [mutation]})
    assert answer.status_code == 200, answer.text
    result = answer.json()["results"][0]
    assert result["status"] == "rejected"
    reason = Text.from_wire(result["reason_text"])
    assert reason is not None and reason == result["reason"]
    assert reason.startswith("This customer no longer exists on the central service (C9999999)")
    assert reason.values == {"customer": "C9999999"}

    # the same change sent again (its answer was lost on the way) is refused with the same
    # reason, still a Text: the service kept its template and values with the change
    again = client.post("/v1/stores/S001/mutations", json={"mutations": [mutation]})
    replay = again.json()["results"][0]
    assert replay["status"] == "rejected" and replay["reason"] == result["reason"]
    kept = Text.from_wire(replay["reason_text"])
    assert kept is not None and kept.source == reason.source and kept.values == reason.values

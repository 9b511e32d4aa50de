"""A push over HTTP is checked one change at a time against the contract's models: a wrong or
unknown change is refused with a sentence, and the rest of the push still applies."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import httpx
import pytest

from store_contract import payloads
from store_contract.domain.mutation_types import new_temp_id
from tests.support.store_token import store_token

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend


def mutation(seq: int, type_: str, payload: dict) -> dict:
    return {"mutation_id": uuid.uuid4().hex, "device_seq": seq, "type": type_,
            "payload": payload, "created_at": datetime.now(UTC).isoformat()}


def test_one_wrong_change_is_refused_with_a_sentence_and_the_rest_of_the_push_applies(
        central_url):
    note = payloads.NoteAdd(interaction_id=new_temp_id(), customer_id="C0000001",
                            body="Asked about the autumn range.")
    batch = [
        mutation(1, "order.teleport", {"order_id": "O1"}),
        mutation(2, note.TYPE, {**note.wire(), "body": "   "}),
        mutation(3, note.TYPE, note.wire()),
    ]
    headers = {"Authorization": f"Bearer {store_token(central_url)}"}
    with httpx.Client(base_url=central_url, headers=headers, timeout=30) as http:
        response = http.post("/v1/stores/S001/mutations", json={"mutations": batch})
    assert response.status_code == 200, response.text
    unknown, empty, applied = response.json()["results"]
    assert unknown["status"] == "rejected"
    assert "does not know (order.teleport)" in unknown["reason"]
    assert (empty["status"], empty["reason"]) == ("rejected", "The note cannot be empty.")
    assert applied["status"] == "applied"
    assert not applied["id_map"][note.interaction_id].startswith("tmp-")

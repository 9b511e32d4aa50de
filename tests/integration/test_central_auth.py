"""Devices enrol with a store's code; staff sign in with id + PIN; tokens are store-scoped."""

from __future__ import annotations

import httpx
import pytest

from store_contract.wire import DemoCredentials, EnrolResponse, MeOut, SessionOut

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend


def enrol(url: str, store_id: str = "S001") -> EnrolResponse:
    r = httpx.post(
        f"{url}/v1/devices/enrol", json={"enrolment_code": DemoCredentials.enrolment_code(store_id)}
    )
    assert r.status_code == 200, r.text
    return EnrolResponse.model_validate(r.json())


def sign_in(url: str, device: EnrolResponse, staff_id: str, pin: str) -> httpx.Response:
    return httpx.post(
        f"{url}/v1/sessions",
        json={
            "device_id": device.device_id,
            "device_secret": device.device_secret,
            "staff_id": staff_id,
            "pin": pin,
        },
    )


def test_health_says_ok_and_the_api_version(central_url: str) -> None:
    r = httpx.get(f"{central_url}/healthz")
    assert r.status_code == 200
    assert r.json() == {"status": "ok", "service": "central-api", "api_version": 2}


def test_openapi_spec_documents_the_versioned_api(central_url: str) -> None:
    paths = httpx.get(f"{central_url}/openapi.json").json()["paths"]
    assert "/v1/sessions" in paths and "/v1/stores/{store_id}/customers/{customer_id}" in paths


def test_device_enrols_with_the_store_code(central_url: str) -> None:
    device = enrol(central_url, "S002")
    assert device.store.store_id == "S002" and len(device.device_secret) >= 32


def test_wrong_enrolment_code_is_refused_with_a_sentence(central_url: str) -> None:
    r = httpx.post(f"{central_url}/v1/devices/enrol", json={"enrolment_code": "NOPE-123"})
    assert r.status_code == 401
    assert r.json()["detail"] == (
        "That enrolment code is not valid. Ask your manager for the store's current code."
    )


def test_associate_signs_in_and_sees_who_they_are(central_url: str) -> None:
    device = enrol(central_url)
    r = sign_in(central_url, device, DemoCredentials.ASSOCIATE_ID, DemoCredentials.ASSOCIATE_PIN)
    assert r.status_code == 200, r.text
    session = SessionOut.model_validate(r.json())
    assert session.store.store_id == "S001" and session.staff.role == "associate"
    me = httpx.get(
        f"{central_url}/v1/me", headers={"Authorization": f"Bearer {session.access_token}"}
    )
    assert MeOut.model_validate(me.json()).staff.staff_id == DemoCredentials.ASSOCIATE_ID


def test_wrong_pin_is_refused(central_url: str) -> None:
    r = sign_in(central_url, enrol(central_url), DemoCredentials.MANAGER_ID, "0000")
    assert r.status_code == 401
    assert r.json()["detail"] == "That staff id and PIN do not match anyone at this store."


def test_wrong_device_secret_is_refused(central_url: str) -> None:
    device = enrol(central_url).model_copy(update={"device_secret": "forged"})
    r = sign_in(central_url, device, "A1001", "1234")
    assert r.status_code == 401 and "enrol" in r.json()["detail"].lower()


def test_five_wrong_pins_lock_the_staff_id_for_a_while(central_url: str) -> None:
    device = enrol(central_url, "S003")
    for _ in range(5):
        assert sign_in(central_url, device, "A2003", "1111").status_code == 401
    r = sign_in(central_url, device, "A2003", DemoCredentials.ASSOCIATE_PIN)
    assert r.status_code == 429
    assert "wait" in r.json()["detail"].lower()


def test_staff_of_another_store_cannot_sign_in_here_nor_be_guessed_or_locked_out(
        central_url: str) -> None:
    """A device of S001 cannot have an S002 PIN checked at all: the right PIN and a wrong one
    get the same answer, and no number of tries locks the S002 person out."""
    s001 = enrol(central_url, "S001")
    right = sign_in(central_url, s001, "A1002", DemoCredentials.ASSOCIATE_PIN)
    assert right.status_code == 401
    for _ in range(8):
        wrong = sign_in(central_url, s001, "A1002", "0000")
        assert wrong.status_code == 401 and wrong.json() == right.json()
    at_home = sign_in(central_url, enrol(central_url, "S002"), "A1002",
                      DemoCredentials.ASSOCIATE_PIN)
    assert at_home.status_code == 200


@pytest.mark.parametrize("header", [None, "Bearer not-a-token", "Basic abc"])
def test_me_needs_a_valid_token(central_url: str, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    r = httpx.get(f"{central_url}/v1/me", headers=headers)
    assert r.status_code == 401 and r.json()["detail"]


def test_signing_out_revokes_the_token(central_url: str) -> None:
    r = sign_in(central_url, enrol(central_url), "A1001", "1234")
    auth = {"Authorization": f"Bearer {r.json()['access_token']}"}
    assert httpx.delete(f"{central_url}/v1/sessions/current", headers=auth).status_code == 204
    after = httpx.get(f"{central_url}/v1/me", headers=auth)
    assert after.status_code == 401 and "Sign in again" in after.json()["detail"]

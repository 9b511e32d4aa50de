"""A valid store token from a real central service: a device enrolled to the demo store, and a
staff member of it signed in."""

from __future__ import annotations

import httpx

from store_contract.wire import DemoCredentials


def store_token(
    base_url: str,
    staff_id: str = DemoCredentials.MANAGER_ID,
    pin: str = DemoCredentials.MANAGER_PIN,
) -> str:
    """The access token of ``staff_id`` (the demo manager: may call every store route) on a new
    device of store S001."""
    with httpx.Client(base_url=base_url, timeout=30) as http:
        device = http.post(
            "/v1/devices/enrol", json={"enrolment_code": DemoCredentials.ENROLMENT_CODE}
        ).raise_for_status().json()
        session = http.post(
            "/v1/sessions",
            json={
                "device_id": device["device_id"],
                "device_secret": device["device_secret"],
                "staff_id": staff_id,
                "pin": pin,
            },
        ).raise_for_status().json()
    return session["access_token"]

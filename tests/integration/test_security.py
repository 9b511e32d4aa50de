"""Roles, PINs and lost devices, tried as an attacker would (issue 11), against the real service.

* The permission table is walked whole: every route and every kind of change × every role.
* A manager's PIN is one lockout wherever it is asked for (sign-in, override approval), counted
  before each check: a burst of 40 wrong PINs has at most the limit checked; another store can
  neither guess nor lock anyone out.
* A device removed by a manager is refused at once and erases its data at its next contact.
"""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import httpx
import sqlalchemy as sa

from associate_app import wire
from associate_app.config import AppConfig
from associate_app.domain import permissions
from associate_app.domain.mutation_types import MutationType, new_temp_id
from associate_app.domain.permissions import Role
from associate_app.keychain import MemoryKeyring
from associate_app.services import AppServices
from central_api import auth, pins, storage
from tests.support.sealed import sealed_payload, service_key

STORE = "S001"
CREDS = {Role.ASSOCIATE: ("A1001", wire.DemoCredentials.ASSOCIATE_PIN),
         Role.MANAGER: ("M1001", wire.DemoCredentials.MANAGER_PIN),
         Role.SUPPORT: ("H1001", wire.DemoCredentials.SUPPORT_PIN)}


def enrol(url: str, store: str = STORE, name: str = "security test") -> dict:
    r = httpx.post(f"{url}/v1/devices/enrol",
                   json={"enrolment_code": f"DEMO-{store}", "device_name": name})
    r.raise_for_status()
    return r.json()


def sign_in(url: str, device: dict, staff_id: str, pin: str) -> httpx.Response:
    return httpx.post(f"{url}/v1/sessions", json={
        "device_id": device["device_id"], "device_secret": device["device_secret"],
        "staff_id": staff_id, "pin": pin}, timeout=60)


def token(url: str, role: Role) -> dict[str, str]:
    r = sign_in(url, enrol(url), *CREDS[role])
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def engine_of(db: Path) -> sa.Engine:
    return storage.create_engine(db)


def one(db: Path, sql: str, **params):
    engine = engine_of(db)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text(sql), params).all()
    finally:
        engine.dispose()


# -- the whole table ------------------------------------------------------------------------------


def _request_for(url: str, db: Path, method: str, path: str) -> tuple[str, dict]:
    """A concrete, well-formed request for a route of the table."""
    card = one(db, "SELECT a.card_number FROM loyalty_accounts a JOIN customers c USING "
                   "(customer_id) WHERE c.customer_id = 'C0000001'")
    spare = enrol(url, name="to be revoked")["device_id"]
    concrete = (path.replace("{store_id}", STORE).replace("{customer_id}", "C0000001")
                .replace("{product_id}", "P00001").replace("{device_id}", spare))
    body: dict = {}
    if concrete.endswith("/link"):
        body = {"json": {"reason": "Matrix test link", "card_number": card[0][0]}}
    elif concrete.endswith("/mutations"):
        body = {"json": {"mutations": [{
            "mutation_id": uuid.uuid4().hex, "device_seq": 1, "type": "interaction.add_note",
            "created_at": datetime.now(UTC).isoformat(),
            "payload": {"interaction_id": new_temp_id(), "customer_id": "C0000001",
                        "body": "matrix"}}]}}
    elif concrete.endswith("/customer-search"):
        body = {"params": {"q": "smith"}}
    return concrete, body


def test_every_route_answers_each_role_as_the_permission_table_says(fresh_central):
    url, db = fresh_central
    tokens = {role: token(url, role) for role in Role}
    checked = 0
    for (method, path), permission in sorted(auth.ROUTE_PERMISSIONS.items()):
        if (method, path) == ("DELETE", "/v1/sessions/current"):
            continue  # would end the session the rest uses; tested in test_central_auth
        for role in Role:
            concrete, extra = _request_for(url, db, method, path)
            headers = tokens[role]
            if path.endswith("/sessions/refresh"):
                headers = token(url, role)  # refreshing revokes the one it swaps
            r = httpx.request(method, url + concrete, headers=headers, timeout=60, **extra)
            allowed = permission is None or permissions.can(role, permission)
            if allowed:
                assert r.status_code < 400, (method, path, role, r.status_code, r.text)
            else:
                assert r.status_code == 403, (method, path, role, r.status_code, r.text)
                assert r.json()["detail"]
            checked += 1
    assert checked >= 3 * (len(auth.ROUTE_PERMISSIONS) - 1)


SAMPLES: dict[str, dict] = {
    MutationType.NOTE_ADD: {"interaction_id": "tmp-n", "customer_id": "C0000001", "body": "x"},
    MutationType.CUSTOMER_ENROL: {"customer_id": "tmp-c", "first_name": "A", "last_name": "B",
                                  "email": "a.b@example.org", "phone_e164": "07911 100999",
                                  "marketing_consent": False},
    MutationType.CUSTOMER_SET_CONSENT: {"customer_id": "C0000001", "marketing_consent": True},
    MutationType.WISHLIST_ADD: {"item_id": "tmp-w", "customer_id": "C0000001",
                                "product_id": "P00001"},
    MutationType.LOYALTY_EARN: {"customer_id": "C0000001", "amount_cents": 1000,
                                "receipt": "R-1"},
    MutationType.LOYALTY_REDEEM: {"customer_id": "C0000001", "points": 1, "reward": "Mug"},
    MutationType.ORDER_START_PICKING: {"order_id": "O-none"},
    MutationType.ORDER_PICK_LINE: {"order_id": "O-none", "line_id": "L1",
                                   "ean13": "5012345678900"},
    MutationType.ORDER_RECORD_SHORTAGE: {"order_id": "O-none", "line_id": "L1", "qty": 1,
                                         "reason": "none left"},
    MutationType.ORDER_SUBSTITUTE: {"order_id": "O-none", "line_id": "L1",
                                    "substitute_product_id": "P00002"},
    MutationType.ORDER_STAGE: {"order_id": "O-none", "location": "SHELF-B3"},
    MutationType.ORDER_MARK_READY: {"order_id": "O-none"},
    MutationType.ORDER_HANDOVER: {"order_id": "O-none", "code": "ABCD2345"},
    MutationType.ORDER_RECORD_FAILED_CODE: {"order_id": "O-none"},
    MutationType.ORDER_EXPIRE: {"order_id": "O-none"},
    MutationType.ORDER_RETURN_TO_STOCK: {"order_id": "O-none", "lines": []},
    # the payloads that need more than their kind: a manager-only variant of each
    "override": {"order_id": "O-none", "override_reason": "Code lost; photo ID checked"},
    "large redeem": {"customer_id": "C0000001", "points": permissions.LARGE_POINTS + 1,
                     "reward": "Sofa"},
    "large earn": {"customer_id": "C0000001", "amount_cents": permissions.LARGE_SPEND + 100,
                   "receipt": "R-2"},
}
VARIANT_TYPE = {"override": MutationType.ORDER_HANDOVER,
                "large redeem": MutationType.LOYALTY_REDEEM,
                "large earn": MutationType.LOYALTY_EARN}


def test_every_kind_of_change_is_refused_or_let_through_by_role(fresh_central):
    """Each kind × each role: a role without the permission gets the table's refusal; one
    with it gets past the check (the order does not exist, so most are then refused for
    that, with another reason)."""
    url, db = fresh_central
    assert set(MutationType) <= set(SAMPLES)
    engine = engine_of(db)
    key = service_key(engine)
    engine.dispose()
    for role in (Role.ASSOCIATE, Role.MANAGER):
        headers = token(url, role)
        for name, payload in SAMPLES.items():
            type_ = VARIANT_TYPE.get(name, name)
            mutation_id = uuid.uuid4().hex
            body = {"mutations": [{
                "mutation_id": mutation_id, "device_seq": 1, "type": str(type_),
                "created_at": datetime.now(UTC).isoformat(),
                "payload": sealed_payload(key, mutation_id, str(type_), payload)}]}
            r = httpx.post(f"{url}/v1/stores/{STORE}/mutations", json=body, headers=headers,
                           timeout=60)
            assert r.status_code == 200, r.text
            result = r.json()["results"][0]
            lacking = permissions.missing(role, str(type_), payload)
            refused_by_table = result["status"] == "rejected" and result["reason"] == \
                permissions.refusal(role, lacking)
            assert refused_by_table == bool(lacking), (role, name, result)
    # and a support session cannot push at all
    r = httpx.post(f"{url}/v1/stores/{STORE}/mutations", headers=token(url, Role.SUPPORT),
                   json=body, timeout=60)
    assert r.status_code == 403


def test_an_associate_s_large_points_change_goes_through_with_a_manager_s_approval(
        fresh_central):
    url, db = fresh_central
    engine = engine_of(db)
    key = service_key(engine)
    engine.dispose()
    customer = one(db, "SELECT customer_id FROM loyalty_accounts JOIN customers USING "
                       "(customer_id) WHERE preferred_store_id = 'S001' LIMIT 1")[0][0]
    headers = token(url, Role.ASSOCIATE)

    def earn(receipt: str, pin: str | None):
        mutation_id = uuid.uuid4().hex
        payload = {"customer_id": customer, "amount_cents": permissions.LARGE_SPEND + 100,
                   "receipt": receipt}
        if pin is not None:
            payload |= {"manager_id": "M1001", "manager_pin": pin}
        r = httpx.post(f"{url}/v1/stores/{STORE}/mutations", headers=headers, timeout=60, json={
            "mutations": [{"mutation_id": mutation_id, "device_seq": 1,
                           "type": "loyalty.earn", "created_at": datetime.now(UTC).isoformat(),
                           "payload": sealed_payload(key, mutation_id, "loyalty.earn",
                                                     payload)}]})
        return r.json()["results"][0]

    alone = earn("R-big-1", None)
    assert alone["status"] == "rejected" and "manager" in alone["reason"]
    assert earn("R-big-2", "0000")["status"] == "rejected"
    ok = earn("R-big-3", wire.DemoCredentials.MANAGER_PIN)
    assert ok["status"] == "applied", ok
    audit = one(db, "SELECT approved_by, staff_id, detail FROM audit_log WHERE action = "
                    "'loyalty.earn.approved'")
    assert [(a, s) for a, s, _ in audit] == [("M1001", "A1001")]
    assert "R-big-3" in audit[0][2]


# -- PINs ---------------------------------------------------------------------------------------


def override(url: str, db: Path, headers: dict, order_id: str, pin: str) -> dict:
    engine = engine_of(db)
    key = service_key(engine)
    engine.dispose()
    mutation_id = uuid.uuid4().hex
    payload = {"order_id": order_id, "override_reason": "Code lost; photo ID checked",
               "manager_id": "M1001", "manager_pin": pin}
    r = httpx.post(f"{url}/v1/stores/{STORE}/mutations", headers=headers, timeout=60, json={
        "mutations": [{"mutation_id": mutation_id, "device_seq": 1, "type": "order.handover",
                       "created_at": datetime.now(UTC).isoformat(),
                       "payload": sealed_payload(key, mutation_id, "order.handover", payload)}]})
    return r.json()["results"][0]


def test_the_override_pin_counts_against_the_manager_s_one_lockout(fresh_central):
    url, db = fresh_central
    order_id = one(db, "SELECT order_id FROM orders WHERE store_id = 'S001' AND status = "
                       "'ready_for_pickup' ORDER BY order_id LIMIT 1")[0][0]
    headers = token(url, Role.ASSOCIATE)
    for _ in range(pins.LIMIT):
        refused = override(url, db, headers, order_id, "0000")
        assert refused["status"] == "rejected" and "not accepted" in refused["reason"]
    right = override(url, db, headers, order_id, wire.DemoCredentials.MANAGER_PIN)
    assert right["status"] == "rejected" and "Too many wrong PINs" in right["reason"]
    assert one(db, "SELECT status FROM orders WHERE order_id = :o", o=order_id)[0][0] == \
        "ready_for_pickup"
    # the same lockout at sign-in: the manager cannot sign in either, anywhere in the store
    r = sign_in(url, enrol(url), "M1001", wire.DemoCredentials.MANAGER_PIN)
    assert r.status_code == 429
    assert one(db, "SELECT count(*) FROM audit_log WHERE action = 'staff.locked_out' AND "
                   "subject = 'M1001'")[0][0] == 1


def test_forty_wrong_pins_at_once_have_at_most_the_limit_checked(fresh_central, monkeypatch):
    url, db = fresh_central
    device = enrol(url)
    checks = Counter()
    lock = threading.Lock()
    real = pins.verify_slow_hash

    def counting(pin, salt, stored):
        with lock:
            checks["n"] += 1
        return real(pin, salt, stored)

    monkeypatch.setattr(pins, "verify_slow_hash", counting)  # the service runs in-process
    with ThreadPoolExecutor(max_workers=40) as pool:
        answers = list(pool.map(lambda _: sign_in(url, device, "A1001", "0000").status_code,
                                range(40)))
    assert checks["n"] <= pins.LIMIT, (checks, Counter(answers))
    assert Counter(answers)[401] <= pins.LIMIT and Counter(answers)[429] >= 40 - pins.LIMIT
    # and the right PIN is locked out too now
    assert sign_in(url, device, "A1001", wire.DemoCredentials.ASSOCIATE_PIN).status_code == 429


# -- a lost tablet --------------------------------------------------------------------------------


def test_a_device_a_manager_removes_is_refused_and_erases_its_data_at_its_next_contact(
        fresh_central, tmp_path):
    url, db = fresh_central
    keychain = MemoryKeyring()
    config = AppConfig(demo=False, data_dir=tmp_path / "tablet", server_url=url,
                       store_id=STORE)
    services = AppServices(config, keyring_backend=keychain, sync_interval_s=3600)

    async def story() -> None:
        await services.start()
        assert services.sessions is not None
        await services.sessions.enrol(wire.DemoCredentials.ENROLMENT_CODE, "counter 3")
        session = await services.sessions.sign_in("A1001", wire.DemoCredentials.ASSOCIATE_PIN)
        engine = services.start_sync(session)
        summary = await engine.sync_once()
        assert summary.ok
        device_id = await services.credentials.aget("device_id")
        old.update(device_id=device_id,
                   device_secret=await services.credentials.aget("device_secret"))
        # the manager removes the lost tablet from another device
        r = httpx.post(f"{url}/v1/stores/{STORE}/devices/{device_id}/revoke",
                       headers=token(url, Role.MANAGER), timeout=60)
        assert r.status_code == 200 and r.json()["revoked_at"]
        # meanwhile the thief types a note: it must never reach the service
        await services.record(MutationType.NOTE_ADD, {
            "interaction_id": new_temp_id(), "customer_id": "C0000001", "body": "stolen"})
        summary = await engine.sync_once()
        assert summary.revoked and not summary.ok
        await services.wipe()
        assert await services.credentials.aget("device_id") is None
        assert await services.credentials.aget("session") is None
        store = services.store
        assert store is not None and await store.pending_count() == 0
        assert (await store.status())["rows"]["customer"] == 0
        await services.aclose()

    old: dict = {}
    asyncio.run(story())
    left = sorted(p.name for p in (tmp_path / "tablet").iterdir())
    assert not any("stolen" in p.read_bytes().decode("latin-1")
                   for p in (tmp_path / "tablet").iterdir() if p.is_file())
    assert "cache.sqlite3" in left  # a fresh, empty one
    assert one(db, "SELECT count(*) FROM audit_log WHERE action = 'device.revoke'")[0][0] == 1
    assert one(db, "SELECT count(*) FROM interactions WHERE body = 'stolen'")[0][0] == 0
    again = sign_in(url, old, "A1001", wire.DemoCredentials.ASSOCIATE_PIN)  # its old secret
    assert again.status_code == 401 and "removed from the store" in again.json()["detail"]

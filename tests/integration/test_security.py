"""Roles, PINs and lost devices, tried as an attacker would (issue 11), against the real service.

* The permission table is walked whole: every route and every kind of change × every role.
* A manager's PIN is one lockout wherever it is asked for (sign-in, override approval), counted
  before each check: a burst of 40 wrong PINs has at most the limit checked; another store can
  neither guess nor lock anyone out.
* A device removed by a manager is refused at once and erases its data at its next contact.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from associate_app.cache import encryption
from associate_app.cache.local_store import LocalStore
from associate_app.config import AppConfig
from associate_app.headless import EXIT_KEYCHAIN, EXIT_SYNC_FAILED
from associate_app.keychain import CredentialStore
from central_api import auth, pins, storage
from store_contract import wire
from store_contract.domain import permissions
from store_contract.domain.mutation_types import MutationType, new_temp_id
from store_contract.domain.permissions import Role
from tests.support.sealed import sealed_payload, service_key

REPO = Path(__file__).resolve().parents[2]
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
                .replace("{product_id}", "P00001").replace("{device_id}", spare)
                .replace("{number}", "WEB-900001"))
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
    elif concrete.endswith("/vouchers/redeem"):
        body = {"json": {"code": _unused_voucher(db), "receipt": "RCT-S001-MATRIX"}}
    return concrete, body


def _unused_voucher(db: Path) -> str:
    """A store credit code never used (each call to the redeem route uses one up)."""
    code = "SC-" + "-".join(uuid.uuid4().hex[i:i + 4].upper() for i in (0, 4, 8))
    engine = engine_of(db)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text(
                "INSERT INTO vouchers (voucher_id, voucher_code, customer_id, amount_cents, "
                "currency, issued_store_id, issued_at) VALUES (:v, :c, 'C0000001', 500, 'GBP', "
                "'S001', CURRENT_TIMESTAMP)"), {"v": f"V-{code}", "c": code})
    finally:
        engine.dispose()
    return code


def a_member_of_s001(db) -> str:
    """A loyalty member whose home store is S001."""
    return one(db, "SELECT customer_id FROM loyalty_accounts JOIN customers USING "
                   "(customer_id) WHERE preferred_store_id = 'S001' LIMIT 1")[0][0]


def key_of(db) -> bytes:
    """The service's sealing key (what a device seals manager approvals with)."""
    engine = engine_of(db)
    try:
        return service_key(engine)
    finally:
        engine.dispose()


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
    MutationType.LOYALTY_REDEEM_REWARD: {"customer_id": "C0000001", "reward_id": "RW-5OFF",
                                         "voucher_id": "tmp-v",
                                         "card_number": "6335970000000010"},
    MutationType.LOYALTY_CANCEL_VOUCHER: {"customer_id": "C0000001", "voucher_id": "V-none"},
    MutationType.LOYALTY_ENROL_CARD: {"customer_id": "C0000001", "card_kind": "digital",
                                      "card_number": "6335970000000010",
                                      "programme_consent": True},
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
    MutationType.ORDER_RETURN: {"order_id": "O-none", "return_id": "tmp-r",
                                "refund_method": "tender", "lines": [
                                    {"line_id": "L1", "qty": 1, "reason": "faulty",
                                     "condition": "damaged"}]},
    MutationType.ORDER_DECLINE_LINE: {"order_id": "O-none", "return_id": "tmp-d",
                                      "line_id": "L1", "qty": 1,
                                      "reason": "changed_mind"},
    MutationType.ORDER_ADD_ITEM: {"order_id": "O-none", "line_id": "tmp-l", "product_id":
                                  "P00002", "qty": 1},
    MutationType.ORDER_EXCHANGE: {"order_id": "O-none", "return_id": "tmp-r",
                                  "exchange_id": "tmp-x", "refund_method": "tender", "lines": [
                                      {"line_id": "L1", "qty": 1, "reason": "wrong_size",
                                       "condition": "resellable"}],
                                  "replacements": [{"product_id": "P00002", "qty": 1,
                                                    "source": "here"}]},
    MutationType.CART_CONVERT: {"cart_id": "K-none", "order_id": "tmp-o", "handoff": "till",
                                "lines": [{"product_id": "P00002", "qty": 1,
                                           "unit_price_cents": 100, "source": "here"}]},
    # the payloads that need more than their kind: a manager-only variant of each
    "override": {"order_id": "O-none", "override_reason": "Code lost; photo ID checked"},
    "large redeem": {"customer_id": "C0000001", "points": permissions.LARGE_POINTS + 1,
                     "reward": "Sofa"},
    "large earn": {"customer_id": "C0000001", "amount_cents": permissions.LARGE_SPEND + 100,
                   "receipt": "R-2"},
    "return exception": {"order_id": "O-none", "return_id": "tmp-r", "refund_method": "tender",
                         "lines": [{"line_id": "L1", "qty": 1, "reason": "faulty",
                                    "condition": "damaged"}],
                         "exception_reason": "Past the window; customer was abroad"},
}
VARIANT_TYPE = {"override": MutationType.ORDER_HANDOVER,
                "large redeem": MutationType.LOYALTY_REDEEM,
                "large earn": MutationType.LOYALTY_EARN,
                "return exception": MutationType.ORDER_RETURN}


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
    key = key_of(db)
    customer = a_member_of_s001(db)
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


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "associate_app", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=180)


#: a person's own files in the folder given as --data-dir: a wipe leaves them alone
FOREIGN = {"tax-return.pdf": b"%PDF mine", "logs-2023.txt": b"mine too",
           "outbox.sqlite": b"not the app's either"}


@pytest.mark.parametrize("heard_at", ["sync", "sign-in"])
def test_a_device_a_manager_removes_is_refused_and_erases_its_data_at_its_next_contact(
        fresh_central, tmp_path, heard_at):
    """The real ``associate-app sync`` of a removed device hears it from its sync (its session
    still kept) or from the sign-in itself (the session ran out): either way it erases the
    app's files — queued changes too — and its keychain entries, and forgets the data key, so
    a copy of its files taken before is no use; the person's own files stay."""
    url, db = fresh_central
    device = tmp_path / "tablet"
    device.mkdir()
    for name, data in FOREIGN.items():
        (device / name).write_bytes(data)
    sync = ("sync", "--server", url, "--store", STORE, "--data-dir", str(device),
            "--demo-credentials")
    first = cli(*sync)
    assert first.returncode == 0, (first.stdout, first.stderr)
    # the keychain the commands share with this test (tests/support/shared_keyring.py)
    keychain = CredentialStore(AppConfig(demo=False, data_dir=device, server_url=url,
                                         store_id=STORE).credential_scope)
    data_key = CredentialStore(encryption.key_scope(device))
    old = {"device_id": keychain.get("device_id"), "device_secret": keychain.get("device_secret")}
    assert all(old.values()) and keychain.get("session") and data_key.get(encryption.KEY_NAME)
    # meanwhile the thief types a note: it must never reach the service
    store = LocalStore(device)
    try:
        store.record_blocking(MutationType.NOTE_ADD, {
            "interaction_id": new_temp_id(), "customer_id": "C0000001", "body": "stolen"},
            staff_id="A1001", store_id=STORE)
    finally:
        store.close()
    copied = (device / "outbox.sqlite3").read_bytes()  # and copies the files away
    # the manager removes the lost tablet from another device
    r = httpx.post(f"{url}/v1/stores/{STORE}/devices/{old['device_id']}/revoke",
                   headers=token(url, Role.MANAGER), timeout=60)
    assert r.status_code == 200 and r.json()["revoked_at"]
    if heard_at == "sign-in":
        keychain.delete("session")  # it ran out: the command signs in, and hears it there

    second = cli(*sync)
    assert second.returncode == EXIT_SYNC_FAILED, (second.stdout, second.stderr)
    summary = json.loads(second.stdout)
    assert summary["revoked"] and "removed from the store" in summary["error"]
    assert {"cache.sqlite3", "outbox.sqlite3"} <= set(summary["wiped"])
    # only the person's own files are left; the keychain holds nothing of the device
    assert sorted(p.name for p in device.iterdir()) == sorted(FOREIGN)
    assert all((device / name).read_bytes() == data for name, data in FOREIGN.items())
    for name in ("device_id", "device_secret", "session", "pin_verifier_key"):
        assert keychain.get(name) is None, name
    assert data_key.get(encryption.KEY_NAME) is None
    # the copy taken before, put back where it was, can no longer be read: its key is gone
    (device / "outbox.sqlite3").write_bytes(copied)
    looked = cli("status", "--data-dir", str(device), "--json")
    assert looked.returncode == EXIT_KEYCHAIN and "cannot be read here" in looked.stderr
    # the service: the removal is audited, the note never arrived, the old secret is refused
    assert one(db, "SELECT count(*) FROM audit_log WHERE action = 'device.revoke'")[0][0] == 1
    assert one(db, "SELECT count(*) FROM interactions WHERE body = 'stolen'")[0][0] == 0
    again = sign_in(url, old, "A1001", wire.DemoCredentials.ASSOCIATE_PIN)
    assert again.status_code == 401 and "removed from the store" in again.json()["detail"]


def test_a_large_points_change_split_in_small_ones_still_needs_a_manager(fresh_central):
    """Points moved for one customer at one store add up over a day: small earns on invented
    receipts stop at the large-change limit without a manager, and the session that sent a
    change is on the record beside its author."""
    url, db = fresh_central
    customer = a_member_of_s001(db)
    headers = token(url, Role.ASSOCIATE)
    results = []
    for n in range(20):  # £450 each: under the one-purchase limit
        mutation_id = uuid.uuid4().hex
        r = httpx.post(f"{url}/v1/stores/{STORE}/mutations", headers=headers, timeout=60, json={
            "mutations": [{"mutation_id": mutation_id, "device_seq": 1, "type": "loyalty.earn",
                           "created_at": datetime.now(UTC).isoformat(), "staff_id": "A2001",
                           "payload": {"customer_id": customer, "amount_cents": 45_000,
                                       "receipt": f"R-split-{n}"}}]})
        results.append(r.json()["results"][0])
        if results[-1]["status"] == "rejected":
            break
    earned = sum(r["status"] == "applied" for r in results)
    assert results[-1]["status"] == "rejected" and "manager" in results[-1]["reason"]
    total = one(db, "SELECT sum(delta) FROM loyalty_ledger WHERE customer_id = :c AND "
                    "order_id LIKE 'R-split-%'", c=customer)[0][0]
    assert total <= permissions.LARGE_POINTS and earned >= 1
    # the author is the device's word (A2001); the session that sent it (A1001) is recorded
    sent = one(db, "SELECT DISTINCT pushed_by FROM mutation_log WHERE type = 'loyalty.earn'")
    assert sent == [("A1001",)]


def test_bringing_in_another_store_s_customer_needs_their_card_or_a_manager_and_guesses_stop(
        fresh_central):
    url, db = fresh_central
    customer, card = one(db, "SELECT c.customer_id, a.card_number FROM customers c JOIN "
                             "loyalty_accounts a USING (customer_id) WHERE c.preferred_store_id "
                             "= 'S003' ORDER BY c.customer_id LIMIT 1")[0]
    link = f"{url}/v1/stores/{STORE}/customers/{customer}/link"
    associate = token(url, Role.ASSOCIATE)
    absent = httpx.post(link, headers=associate, json={"reason": "Visiting, asked for points"})
    assert absent.status_code == 403 and "manager" in absent.json()["detail"]
    wrong = str(int(card) + 1)[:len(card)]
    answers = [httpx.post(link, headers=associate, json={"reason": "Guessing the card",
                                                         "card_number": wrong}).status_code
               for _ in range(pins.LIMIT + 2)]
    assert answers[:pins.LIMIT] == [422] * pins.LIMIT and set(answers[pins.LIMIT:]) == {429}
    # even the right card is not taken now: the guessing is stopped, and on the record
    right = httpx.post(link, headers=associate, json={"reason": "Now with the card",
                                                      "card_number": card})
    assert right.status_code == 429
    assert one(db, "SELECT count(*) FROM audit_log WHERE action = 'customer.link_wrong_card'"
               )[0][0] == pins.LIMIT
    # a manager may bring them in without the card; it is audited with the reason
    ok = httpx.post(link, headers=token(url, Role.MANAGER),
                    json={"reason": "Customer phoned; parcel redirected here"})
    assert ok.status_code == 200
    detail = one(db, "SELECT detail FROM audit_log WHERE action = 'customer.link'")[0][0]
    assert "without the customer's card" in detail and "parcel redirected" in detail


def test_a_manager_s_sealed_approval_does_not_open_for_a_changed_amount(fresh_central):
    url, db = fresh_central
    key = key_of(db)
    customer = a_member_of_s001(db)
    mutation_id = uuid.uuid4().hex
    approved = {"customer_id": customer, "amount_cents": permissions.LARGE_SPEND + 100,
                "receipt": "R-approved", "manager_id": "M1001",
                "manager_pin": wire.DemoCredentials.MANAGER_PIN}
    sealed = sealed_payload(key, mutation_id, "loyalty.earn", approved)
    sealed["amount_cents"] = 10 * permissions.LARGE_SPEND  # edited after the manager approved
    r = httpx.post(f"{url}/v1/stores/{STORE}/mutations", headers=token(url, Role.ASSOCIATE),
                   timeout=60, json={"mutations": [{
                       "mutation_id": mutation_id, "device_seq": 1, "type": "loyalty.earn",
                       "created_at": datetime.now(UTC).isoformat(), "payload": sealed}]})
    result = r.json()["results"][0]
    assert result["status"] == "rejected" and "cannot read" in result["reason"]
    assert one(db, "SELECT count(*) FROM loyalty_ledger WHERE order_id = 'R-approved'"
               )[0][0] == 0

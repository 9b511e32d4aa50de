"""Returns against the real central service (issue 13): the service checks a return again
against the order and applies it once — refund recorded, points taken back, stock back or
written off —, refuses what the policy refuses with a sentence and changes nothing, lets a
manager approve an exception, issues store credit usable once, and two offline devices that
return the same units end with one return and one conflict."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from associate_app.cache.local_store import LocalStore
from associate_app.returns_service import ReturnsService
from associate_app.sync.engine import SyncEngine
from central_api import mutations, storage
from central_api.schema import (
    audit_log,
    change_log,
    inventory,
    loyalty_accounts,
    loyalty_ledger,
    order_events,
    order_lines,
    refunds,
    returns,
    vouchers,
    write_offs,
)
from store_contract import payloads
from store_contract.domain.errors import InvalidInput
from store_contract.domain.mutation_types import MutationType as T
from store_contract.wire import DemoCredentials
from store_contract.wire_sync import Mutation
from tests.support.central import engine_on_a_copy, seeded_template
from tests.support.faults import FaultyTransport
from tests.support.sealed import sealed_payload, service_key
from tests.support.store_token import store_token
from tests.support.sync_harness import CounterContext, signed_in_client

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend

# the seeded returnable orders of the demo store (central_api/seed_returns.py)
WEB_IN_POLICY, WEB_PAST_WINDOW, POS_FINAL_SALE, POS_GIFT = (
    "OR900001", "OR900004", "OR900005", "OR900006")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seeded_template(tmp_path_factory.mktemp("returns"))


@pytest.fixture
def engine(template: Path, tmp_path: Path) -> Iterator[Engine]:
    with engine_on_a_copy(template, tmp_path) as eng:
        yield eng


def item(line_id: str, qty: int = 1, condition: str = "resellable") -> dict[str, Any]:
    return {"line_id": line_id, "qty": qty, "reason": "wrong_size", "condition": condition}


def push(engine: Engine, type_: str = T.ORDER_RETURN, *, staff_id: str = "A1001",
         **payload: Any):
    payload.setdefault("return_id", f"tmp-{uuid.uuid4().hex}")
    mutation_id = f"m-{uuid.uuid4().hex}"
    m = Mutation(mutation_id=mutation_id, device_seq=1, type=type_, staff_id=staff_id,
                 created_at=datetime.now(UTC),
                 payload=sealed_payload(service_key(engine), mutation_id, type_, payload))
    return mutations.apply_push(engine, device_id="D-returns", store_id="S001",
                                staff_id=staff_id, mutations=[m]).results[0]


def state(engine: Engine) -> dict[str, Any]:
    """Everything a return changes, to show that a refused one changed nothing."""
    with engine.connect() as conn:
        def all_of(table: sa.Table) -> list:
            return sorted(tuple(r) for r in conn.execute(sa.select(table)))
        return {t.name: all_of(t) for t in (returns, refunds, vouchers, write_offs, inventory,
                                             loyalty_accounts, loyalty_ledger, order_events,
                                             order_lines, audit_log)} | {
            "change_log": conn.execute(sa.select(sa.func.max(change_log.c.seq))).scalar()}


def one(engine: Engine, query: sa.Select) -> sa.Row:
    with engine.connect() as conn:
        return conn.execute(query).one()


def test_a_return_in_policy_refunds_to_the_tender_takes_back_points_and_restocks(engine):
    line1, line2 = f"{WEB_IN_POLICY}-L1", f"{WEB_IN_POLICY}-L2"
    with engine.connect() as conn:
        lines = {r.line_id: r for r in conn.execute(sa.select(order_lines).where(
            order_lines.c.order_id == WEB_IN_POLICY))}
        customer = conn.execute(sa.text("SELECT customer_id FROM orders WHERE order_id = :o"),
                                {"o": WEB_IN_POLICY}).scalar()
        points_before = conn.execute(sa.select(loyalty_accounts.c.points_balance).where(
            loyalty_accounts.c.customer_id == customer)).scalar()
        stock_before = conn.execute(sa.select(inventory.c.on_hand).where(
            inventory.c.store_id == "S001",
            inventory.c.product_id == lines[line1].product_id)).scalar()

    # line 1: 2 bought with 5.00 off the pair; one comes back resellable, line 2's one damaged
    result = push(engine, order_id=WEB_IN_POLICY, refund_method="tender",
                  lines=[item(line1), item(line2, condition="damaged")])
    assert result.status == "applied", result.reason
    (return_id,) = result.id_map.values()

    first = lines[line1].unit_price_cents - lines[line1].discount_cents // 2
    second = lines[line2].unit_price_cents
    ret = one(engine, sa.select(returns).where(returns.c.return_id == return_id))
    assert (ret.refund_cents, ret.store_id, ret.approved_by) == (first + second, "S001", None)
    refund = one(engine, sa.select(refunds).where(refunds.c.return_id == return_id))
    assert (refund.method, refund.status, refund.amount_cents, refund.tender,
            refund.last_four) == ("tender", "pending", first + second, "card", "0001")
    reversed_points = lines[line1].points_earned // 2 + lines[line2].points_earned
    assert ret.points_reversed == reversed_points > 0
    assert one(engine, sa.select(loyalty_accounts.c.points_balance).where(
        loyalty_accounts.c.customer_id == customer))[0] == points_before - reversed_points
    assert one(engine, sa.select(inventory.c.on_hand).where(
        inventory.c.store_id == "S001",
        inventory.c.product_id == lines[line1].product_id))[0] == stock_before + 1
    off = one(engine, sa.select(write_offs).where(write_offs.c.return_id == return_id))
    assert (off.product_id, off.qty, off.location) == (lines[line2].product_id, 1, "WRITE-OFF")
    with engine.connect() as conn:
        assert dict(conn.execute(sa.select(order_lines.c.line_id, order_lines.c.qty_returned)
                                 .where(order_lines.c.order_id == WEB_IN_POLICY)).all()) == {
            line1: 1, line2: 1}
        assert conn.execute(sa.select(order_events.c.status).where(
            order_events.c.order_id == WEB_IN_POLICY).order_by(order_events.c.at.desc())
            .limit(1)).scalar() == "returned"
        assert conn.execute(sa.select(audit_log.c.action).where(
            audit_log.c.subject == WEB_IN_POLICY)).scalars().all() == ["order.return"]
        assert conn.execute(sa.select(change_log.c.entity_id).where(
            change_log.c.store_id == "S001", change_log.c.entity == "return")).scalar() \
            == return_id


def test_an_over_return_and_an_out_of_window_return_are_refused_and_change_nothing(engine):
    before = state(engine)
    over = push(engine, order_id=WEB_IN_POLICY, refund_method="tender",
                lines=[item(f"{WEB_IN_POLICY}-L1", qty=3)])
    assert over.status == "rejected"
    assert over.reason.startswith("Only 2 × ") and over.reason.endswith(
        "of order WEB-900001 can still come back (bought less already returned). Nothing "
        "was changed.")
    late = push(engine, order_id=WEB_PAST_WINDOW, refund_method="tender",
                lines=[item(f"{WEB_PAST_WINDOW}-L1")])
    assert late.status == "rejected" and late.reason == (
        "Order WEB-900004 is past the 30-day return window (days since the customer got it: "
        "45): a manager must approve this return. Record it again with the manager's approval "
        "and a reason. Nothing was changed.")
    not_on_it = push(engine, order_id=WEB_IN_POLICY, refund_method="tender",
                     lines=[item(f"{WEB_PAST_WINDOW}-L1")])
    assert not_on_it.status == "rejected" and "is not on order WEB-900001" in not_on_it.reason
    gift = push(engine, order_id=POS_GIFT, refund_method="tender",
                lines=[item(f"{POS_GIFT}-L1")])
    assert gift.status == "rejected" and "store credit only" in gift.reason
    assert state(engine) == before


def test_a_manager_approves_a_return_outside_the_policy(engine):
    payload = {"order_id": WEB_PAST_WINDOW, "refund_method": "tender",
               "lines": [item(f"{WEB_PAST_WINDOW}-L1")],
               "exception_reason": "Customer was in hospital; receipt checked"}
    alone = push(engine, **payload)
    assert alone.status == "rejected" and alone.reason == (
        "This return is outside the returns policy: a manager of this store must approve it "
        "with their id and PIN.")
    wrong_pin = push(engine, **payload, manager_id=DemoCredentials.MANAGER_ID,
                     manager_pin="0000")
    assert wrong_pin.status == "rejected" and "approval was not accepted" in wrong_pin.reason
    approved = push(engine, **payload, manager_id=DemoCredentials.MANAGER_ID,
                    manager_pin=DemoCredentials.MANAGER_PIN)
    assert approved.status == "applied", approved.reason
    (return_id,) = approved.id_map.values()
    ret = one(engine, sa.select(returns).where(returns.c.return_id == return_id))
    assert (ret.approved_by, ret.exception_reason) == (
        DemoCredentials.MANAGER_ID, "Customer was in hospital; receipt checked")
    entry = one(engine, sa.select(audit_log).where(audit_log.c.action == "order.return.exception"))
    assert entry.approved_by == DemoCredentials.MANAGER_ID and "past_window" in entry.detail
    # a final-sale item is an exception too: without one, refused with what to do
    final = push(engine, order_id=POS_FINAL_SALE, refund_method="tender",
                 lines=[item(f"{POS_FINAL_SALE}-L1")])
    assert final.status == "rejected" and "was sold as final sale: a manager must approve" \
        in final.reason


def test_store_credit_is_a_voucher_code_that_pays_once(fresh_central):
    url, db = fresh_central
    engine = storage.create_engine(db)
    try:
        result = push(engine, order_id=POS_GIFT, refund_method="store_credit",
                      lines=[item(f"{POS_GIFT}-L1")])
        assert result.status == "applied", result.reason
        (return_id,) = result.id_map.values()
        voucher = one(engine, sa.select(vouchers).where(vouchers.c.return_id == return_id))
        refund = one(engine, sa.select(refunds).where(refunds.c.return_id == return_id))
        assert (refund.method, refund.status, refund.voucher_id) == (
            "store_credit", "issued", voucher.voucher_id)
        assert voucher.amount_cents == refund.amount_cents > 0
    finally:
        engine.dispose()
    associate = store_token(url, "A1001", DemoCredentials.ASSOCIATE_PIN)
    headers = {"Authorization": f"Bearer {associate}"}
    with httpx.Client(base_url=url, headers=headers, timeout=30) as http:
        typed = voucher.voucher_code.lower().replace("-", " ")  # as read out at a till
        used = http.post("/v1/stores/S001/vouchers/redeem",
                         json={"code": typed, "receipt": "RCT-S001-555001"})
        assert used.status_code == 200, used.text
        assert used.json()["redeemed_receipt"] == "RCT-S001-555001"
        again = http.post("/v1/stores/S001/vouchers/redeem",
                          json={"code": voucher.voucher_code, "receipt": "RCT-S001-555002"})
        assert again.status_code == 409
        assert "already used" in again.json()["detail"] and "RCT-S001-555001" in \
            again.json()["detail"]
        policy = http.get("/v1/stores/S001/returns/policy").raise_for_status().json()
        assert {c["channel"]: c["window_days"] for c in policy["channels"]} == {
            "online": 30, "in_store": 30, "click_and_collect": 30}


def test_two_offline_devices_returning_the_same_units_end_in_one_return_and_one_conflict(
        fresh_central, tmp_path):
    url, db = fresh_central
    line = f"{WEB_IN_POLICY}-L1"

    async def device(name: str):
        network = FaultyTransport()
        client = await signed_in_client(url, transport=network)
        store = LocalStore(tmp_path / name)
        sync = SyncEngine(client, store, "S001")
        assert (await sync.sync_once()).ok
        return network, client, store, sync

    def cached(store: LocalStore, sql: str, *args: Any) -> Any:
        reader = store.reader()
        try:
            return reader.execute(sql, args).fetchone()
        finally:
            reader.close()

    async def story():
        a, b = await device("a"), await device("b")
        try:
            for network, _, store, _ in (a, b):
                network.offline = True
                counter = ReturnsService(CounterContext(store))
                order = await counter.load(WEB_IN_POLICY)
                assert order is not None and order.sold.line(line).returnable == 2
                with pytest.raises(InvalidInput, match="Only 2 × "):
                    await counter.record(payloads.OrderReturn(
                        order_id=WEB_IN_POLICY, return_id="tmp-x", refund_method="tender",
                        lines=[item(line, qty=3)]))
                await counter.record(payloads.OrderReturn(
                    order_id=WEB_IN_POLICY, return_id=f"tmp-{uuid.uuid4().hex}",
                    refund_method="tender", lines=[item(line, qty=2)]))
                # shown at once: the units returned, the return pending, the points pending
                assert cached(store, "SELECT qty_returned FROM order_lines WHERE line_id = ?",
                              line)[0] == 2
                assert cached(store, "SELECT count(*) FROM returns WHERE order_id = ? AND "
                                     "pending_mutation_id IS NOT NULL", WEB_IN_POLICY)[0] == 1
                assert cached(store, "SELECT sum(delta) FROM pending_loyalty WHERE reason = "
                                     "'return'")[0] < 0
            a[0].offline = False
            first = await a[3].sync_once()
            assert first.ok and first.rejected == 0, first
            b[0].offline = False
            second = await b[3].sync_once()
            assert second.ok and second.rejected == 1 and second.conflicts == 1, second
            (conflict,) = await b[2].conflicts()
            # the loser's optimistic return is gone; the winner's came with the pull
            assert cached(b[2], "SELECT count(*) FROM returns WHERE order_id = ? AND "
                                "pending_mutation_id IS NOT NULL", WEB_IN_POLICY)[0] == 0
            assert cached(b[2], "SELECT count(*) FROM returns WHERE order_id = ?",
                          WEB_IN_POLICY)[0] == 1
            assert cached(b[2], "SELECT count(*) FROM return_lines WHERE return_id NOT IN "
                                "(SELECT return_id FROM returns)")[0] == 0  # none left over
            assert cached(b[2], "SELECT qty_returned FROM order_lines WHERE line_id = ?",
                          line)[0] == 2
            assert cached(b[2], "SELECT count(*) FROM pending_loyalty WHERE reason = "
                                "'return'")[0] == 0
            return conflict
        finally:
            for _, client, store, _ in (a, b):
                store.close()
                await client.aclose()

    conflict = asyncio.run(story())
    assert conflict.type == T.ORDER_RETURN
    assert "was already given to the original payment: returned on" in conflict.reason
    assert "This return was not recorded: undo it here" in conflict.reason
    assert conflict.what_to_do.startswith("The return was not recorded and refunds nothing.")
    engine = storage.create_engine(db)
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.select(sa.func.count()).select_from(returns).where(
                returns.c.order_id == WEB_IN_POLICY)).scalar() == 1
    finally:
        engine.dispose()

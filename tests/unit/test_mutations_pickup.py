"""Click-and-collect on the central service: the order state machine enforced, stock moved,
the customer notified, codes checked and counted, no-shows returned to stock."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from central_api import mutations
from central_api.hashing import demo_pickup_code
from central_api.schema import (
    change_log,
    customers,
    interactions,
    inventory,
    notifications,
    order_lines,
    orders,
    products,
)
from store_contract.domain import pickup
from store_contract.domain.mutation_types import MutationType as T
from store_contract.wire import DemoCredentials
from store_contract.wire_sync import Mutation
from tests.support.central import engine_on_a_copy, seeded_template
from tests.support.sealed import sealed_payload, service_key

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # (seeded now: expiry is checked against the clock)
    return seeded_template(tmp_path_factory.mktemp("pickup"))


@pytest.fixture
def engine(template: Path, tmp_path: Path) -> Iterator[Engine]:
    with engine_on_a_copy(template, tmp_path) as eng:
        yield eng


def push(engine: Engine, type_: str, *, replay: Mutation | None = None, **payload: Any):
    mutation_id = f"m-{uuid.uuid4().hex}"
    m = replay or Mutation(
        mutation_id=mutation_id, device_seq=1, type=type_, created_at=datetime.now(UTC),
        payload=sealed_payload(service_key(engine), mutation_id, type_, payload))
    return mutations.apply_push(engine, device_id="D-pickup", store_id="S001", staff_id="A1001",
                                mutations=[m]).results[0]


def order_in(engine: Engine, status: str, *, overdue: bool | None = None) -> sa.Row:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(orders).where(
            orders.c.store_id == "S001", orders.c.status == status,
            orders.c.channel == "click_and_collect").order_by(orders.c.order_id)).all()
    now = datetime.now(UTC)
    if overdue is not None:
        rows = [r for r in rows if (r.pickup_expires_at.replace(tzinfo=UTC) < now) == overdue]
    return rows[0]


def order(engine: Engine, order_id: str) -> sa.Row:
    with engine.connect() as conn:
        return conn.execute(sa.select(orders).where(orders.c.order_id == order_id)).one()


def lines(engine: Engine, order_id: str) -> list[sa.Row]:
    with engine.connect() as conn:
        return conn.execute(
            sa.select(order_lines, products.c.ean13)
            .join(products, products.c.product_id == order_lines.c.product_id)
            .where(order_lines.c.order_id == order_id).order_by(order_lines.c.line_id)).all()


def stock(engine: Engine, product_id: str) -> tuple[int, int]:
    with engine.connect() as conn:
        row = conn.execute(sa.select(inventory.c.on_hand, inventory.c.reserved).where(
            inventory.c.store_id == "S001", inventory.c.product_id == product_id)).one()
    return row.on_hand, row.reserved


def logged(engine: Engine, entity: str, entity_id: str) -> bool:
    with engine.connect() as conn:
        return conn.execute(sa.select(change_log.c.seq).where(
            change_log.c.entity == entity, change_log.c.entity_id == entity_id)).first() is not None


def pick_everything(engine: Engine, order_id: str) -> None:
    for line in lines(engine, order_id):
        for _ in range(line.qty_ordered - line.qty_picked - line.qty_short):
            result = push(engine, T.ORDER_PICK_LINE, order_id=order_id, line_id=line.line_id,
                          ean13=line.ean13)
            assert result.status == "applied", result.reason


def make_ready(engine: Engine, order_id: str) -> None:
    assert push(engine, T.ORDER_START_PICKING, order_id=order_id).status == "applied"
    pick_everything(engine, order_id)
    assert push(engine, T.ORDER_STAGE, order_id=order_id, location="SHELF-B3").status == "applied"
    assert push(engine, T.ORDER_MARK_READY, order_id=order_id).status == "applied"


def test_a_new_order_is_picked_staged_made_ready_and_collected_and_its_stock_leaves(engine):
    o = order_in(engine, "new")
    before = {line.product_id: stock(engine, line.product_id) for line in lines(engine, o.order_id)}

    make_ready(engine, o.order_id)
    ready = order(engine, o.order_id)
    assert ready.status == "ready_for_pickup" and ready.staging_location == "SHELF-B3"
    assert all(x.qty_picked == x.qty_ordered for x in lines(engine, o.order_id))
    expires = ready.pickup_expires_at.replace(tzinfo=UTC)
    assert timedelta(days=6) < expires - datetime.now(UTC) <= pickup.PICKUP_HOLD

    code = pickup.format_code(demo_pickup_code(o.order_id)).lower()  # typed, lower case, dash
    result = push(engine, T.ORDER_HANDOVER, order_id=o.order_id, code=code)
    assert result.status == "applied", result.reason
    assert order(engine, o.order_id).status == "collected"
    ordered: dict[str, int] = {}
    for line in lines(engine, o.order_id):
        ordered[line.product_id] = ordered.get(line.product_id, 0) + line.qty_ordered
    for product_id, qty in ordered.items():
        on_hand, reserved = before[product_id]
        assert stock(engine, product_id) == (on_hand - qty, reserved - qty)
        assert logged(engine, "inventory", f"S001:{product_id}")
    assert logged(engine, "order", o.order_id)


def test_marking_ready_records_the_customer_notification_on_their_preferred_channel(engine):
    o = order_in(engine, "new")
    make_ready(engine, o.order_id)
    with engine.connect() as conn:
        sent = conn.execute(sa.select(notifications).where(
            notifications.c.order_id == o.order_id,
            notifications.c.template == "order_ready")).one()
        phone = conn.execute(sa.select(customers.c.phone_e164).where(
            customers.c.customer_id == o.customer_id)).scalar_one()
    assert sent.channel == ("sms" if phone else "email")
    assert sent.customer_id == o.customer_id
    assert o.order_number in sent.body and "7 days" in sent.body
    assert "ready to collect at" in sent.body
    assert sent.sent_at is not None
    assert logged(engine, "notification", sent.notification_id)


def test_an_illegal_transition_is_rejected_with_a_reason_and_nothing_changes(engine):
    o = order_in(engine, "new")
    result = push(engine, T.ORDER_MARK_READY, order_id=o.order_id)
    assert result.status == "rejected"
    assert "Only an order being picked can be marked ready" in result.reason
    result = push(engine, T.ORDER_HANDOVER, order_id=o.order_id,
                  code=demo_pickup_code(o.order_id))
    assert result.status == "rejected" and "ready for pickup" in result.reason
    picked = push(engine, T.ORDER_PICK_LINE, order_id=o.order_id,
                  line_id=lines(engine, o.order_id)[0].line_id,
                  ean13=lines(engine, o.order_id)[0].ean13)
    assert picked.status == "rejected" and "Start picking it first" in picked.reason
    after = order(engine, o.order_id)
    assert (after.status, after.updated_at) == (o.status, o.updated_at)
    assert all(x.qty_picked == 0 for x in lines(engine, o.order_id))


def test_a_wrong_item_and_one_more_than_ordered_are_refused_and_change_nothing(engine):
    o = order_in(engine, "new")
    push(engine, T.ORDER_START_PICKING, order_id=o.order_id)
    first = lines(engine, o.order_id)[0]
    with engine.connect() as conn:
        other = conn.execute(sa.select(products.c.ean13).where(
            products.c.product_id != first.product_id).limit(1)).scalar_one()
    wrong = push(engine, T.ORDER_PICK_LINE, order_id=o.order_id, line_id=first.line_id,
                 ean13=other)
    assert wrong.status == "rejected" and wrong.reason.startswith("Wrong item for order")
    pick_everything(engine, o.order_id)
    over = push(engine, T.ORDER_PICK_LINE, order_id=o.order_id, line_id=first.line_id,
                ean13=first.ean13)
    assert over.status == "rejected" and "Too many" in over.reason
    assert lines(engine, o.order_id)[0].qty_picked == first.qty_ordered


def test_an_order_with_nothing_found_is_held_but_one_with_some_items_is_ready_with_shortages(
        engine):
    with engine.connect() as conn:
        ids = conn.execute(sa.select(orders.c.order_id).where(
            orders.c.store_id == "S001", orders.c.status == "new")).scalars().all()
    multi = [i for i in ids if sum(x.qty_ordered for x in lines(engine, i)) >= 2]
    held, partial = multi[0], multi[1]
    for oid in (held, partial):
        push(engine, T.ORDER_START_PICKING, order_id=oid)
        push(engine, T.ORDER_STAGE, order_id=oid, location="shelf a1")
    for line in lines(engine, held):
        assert push(engine, T.ORDER_RECORD_SHORTAGE, order_id=held, line_id=line.line_id,
                    qty=line.qty_ordered, reason="Not on the shelf").status == "applied"
    refused = push(engine, T.ORDER_MARK_READY, order_id=held)
    assert refused.status == "rejected" and "Nothing could be picked" in refused.reason
    assert order(engine, held).status == "picking"

    first = lines(engine, partial)[0]
    push(engine, T.ORDER_PICK_LINE, order_id=partial, line_id=first.line_id, ean13=first.ean13)
    for line in lines(engine, partial):
        missing = line.qty_ordered - line.qty_picked
        if missing:
            push(engine, T.ORDER_RECORD_SHORTAGE, order_id=partial, line_id=line.line_id,
                  qty=missing, reason="Damaged")
    assert push(engine, T.ORDER_MARK_READY, order_id=partial).status == "applied"
    with engine.connect() as conn:
        body = conn.execute(sa.select(notifications.c.body).where(
            notifications.c.order_id == partial,
            notifications.c.template == "order_ready")).scalar_one()
    assert "could not be found" in body
    assert order(engine, partial).staging_location == "SHELF A1"


def test_a_shortage_larger_than_what_is_missing_is_refused(engine):
    o = order_in(engine, "new")
    push(engine, T.ORDER_START_PICKING, order_id=o.order_id)
    line = lines(engine, o.order_id)[0]
    result = push(engine, T.ORDER_RECORD_SHORTAGE, order_id=o.order_id, line_id=line.line_id,
                  qty=line.qty_ordered + 1, reason="Gone")
    assert result.status == "rejected" and "still to find" in result.reason


def test_a_substitute_is_accepted_only_where_the_order_and_the_product_allow_it(engine):
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(orders.c.order_id, orders.c.allow_substitutions, order_lines.c.line_id,
                      order_lines.c.product_id, products.c.allows_substitution)
            .join(order_lines, order_lines.c.order_id == orders.c.order_id)
            .join(products, products.c.product_id == order_lines.c.product_id)
            .where(orders.c.store_id == "S001", orders.c.status == "new")).all()
        sub = conn.execute(sa.select(products.c.product_id).where(
            products.c.product_id.not_in([r.product_id for r in rows])).limit(1)).scalar_one()
    allowed = next(r for r in rows if r.allow_substitutions and r.allows_substitution)
    refused = next((r for r in rows if not r.allow_substitutions), None)
    push(engine, T.ORDER_START_PICKING, order_id=allowed.order_id)
    ok = push(engine, T.ORDER_SUBSTITUTE, order_id=allowed.order_id, line_id=allowed.line_id,
              substitute_product_id=sub)
    assert ok.status == "applied", ok.reason
    line = next(x for x in lines(engine, allowed.order_id) if x.line_id == allowed.line_id)
    assert (line.qty_picked, line.qty_substituted, line.substitute_product_id) == (1, 1, sub)
    if refused is not None:
        push(engine, T.ORDER_START_PICKING, order_id=refused.order_id)
        no = push(engine, T.ORDER_SUBSTITUTE, order_id=refused.order_id,
                  line_id=refused.line_id, substitute_product_id=sub)
        assert no.status == "rejected" and "did not allow substitutes" in no.reason


def test_wrong_codes_are_refused_and_counted_and_after_five_only_a_manager_can_hand_over(
        engine):
    o = order_in(engine, "ready_for_pickup", overdue=False)
    right = demo_pickup_code(o.order_id)
    wrong = "ABCD2345" if right != "ABCD2345" else "ABCD2346"
    for attempt in range(1, pickup.MAX_CODE_ATTEMPTS + 1):
        result = push(engine, T.ORDER_HANDOVER, order_id=o.order_id, code=wrong)
        assert result.status == "rejected" and "That code is wrong" in result.reason
        assert order(engine, o.order_id).failed_code_attempts == attempt
    sixth = push(engine, T.ORDER_HANDOVER, order_id=o.order_id, code=right)
    assert sixth.status == "rejected" and "Only a manager can hand it over" in sixth.reason
    assert order(engine, o.order_id).status == "ready_for_pickup"

    bad_pin = push(engine, T.ORDER_HANDOVER, order_id=o.order_id, manager_id="M1001",
                   manager_pin="0000", override_reason="Code lost; checked photo ID")
    assert bad_pin.status == "rejected" and "approval was not accepted" in bad_pin.reason
    not_manager = push(engine, T.ORDER_HANDOVER, order_id=o.order_id, manager_id="A2001",
                       manager_pin=DemoCredentials.ASSOCIATE_PIN,
                       override_reason="Code lost; checked photo ID")
    assert not_manager.status == "rejected"
    override = push(engine, T.ORDER_HANDOVER, order_id=o.order_id, manager_id="M1001",
                    manager_pin=DemoCredentials.MANAGER_PIN,
                    override_reason="Code lost; checked photo ID and order email")
    assert override.status == "applied", override.reason
    assert order(engine, o.order_id).status == "collected"
    with engine.connect() as conn:
        audit = conn.execute(sa.select(interactions).where(
            interactions.c.customer_id == o.customer_id, interactions.c.kind == "audit")).one()
    assert "M1001" in audit.body and "checked photo ID and order email" in audit.body
    assert audit.staff_id == "A1001" and logged(engine, "interaction", audit.interaction_id)


def test_wrong_codes_tried_offline_are_counted_when_they_sync(engine):
    o = order_in(engine, "ready_for_pickup", overdue=False)
    for _ in range(2):
        assert push(engine, T.ORDER_RECORD_FAILED_CODE, order_id=o.order_id).status == "applied"
    assert order(engine, o.order_id).failed_code_attempts == 2


def test_a_no_show_is_expired_then_returned_to_stock_which_restocks_and_flags_the_refund(engine):
    fresh = order_in(engine, "ready_for_pickup", overdue=False)
    early = push(engine, T.ORDER_EXPIRE, order_id=fresh.order_id)
    assert early.status == "rejected" and "can still collect" in early.reason

    o = order_in(engine, "ready_for_pickup", overdue=True)
    assert push(engine, T.ORDER_EXPIRE, order_id=o.order_id).status == "applied"
    assert order(engine, o.order_id).status == "expired"
    its_lines = lines(engine, o.order_id)
    before = {x.product_id: stock(engine, x.product_id) for x in its_lines}
    too_many = push(engine, T.ORDER_RETURN_TO_STOCK, order_id=o.order_id, lines=[
        {"line_id": its_lines[0].line_id, "qty": its_lines[0].qty_picked + 1}])
    assert too_many.status == "rejected"
    result = push(engine, T.ORDER_RETURN_TO_STOCK, order_id=o.order_id, lines=[
        {"line_id": x.line_id, "qty": x.qty_picked} for x in its_lines])
    assert result.status == "applied", result.reason
    after = order(engine, o.order_id)
    assert (after.status, after.refund_status) == ("returned_to_stock", "pending")
    released: dict[str, int] = {}
    for x in its_lines:
        released[x.product_id] = released.get(x.product_id, 0) + x.qty_ordered
    for product_id, qty in released.items():
        on_hand, reserved = before[product_id]
        assert stock(engine, product_id) == (on_hand, max(0, reserved - qty))


def test_a_cancellation_by_the_service_releases_stock_and_refuses_further_picking(engine):
    o = order_in(engine, "new")
    push(engine, T.ORDER_START_PICKING, order_id=o.order_id)
    line = lines(engine, o.order_id)[0]
    held = sum(x.qty_ordered for x in lines(engine, o.order_id) if x.product_id == line.product_id)
    on_hand, reserved = stock(engine, line.product_id)
    with engine.begin() as conn:
        mutations.cancel_order(conn, o.order_id, "customer cancelled online")
    assert stock(engine, line.product_id) == (on_hand, max(0, reserved - held))
    assert logged(engine, "order", o.order_id)
    result = push(engine, T.ORDER_PICK_LINE, order_id=o.order_id, line_id=line.line_id,
                  ean13=line.ean13)
    assert result.status == "rejected"
    assert "was cancelled by the central service (customer cancelled online)" in result.reason
    cancelled = order(engine, o.order_id)
    assert (cancelled.status, cancelled.refund_status) == ("cancelled", "pending")
    with engine.begin() as conn, pytest.raises(pickup.IllegalTransition):
        mutations.cancel_order(conn, o.order_id, "again")


def test_another_stores_order_cannot_be_touched(engine):
    with engine.connect() as conn:
        other = conn.execute(sa.select(orders.c.order_id).where(
            orders.c.store_id == "S002", orders.c.status == "new").limit(1)).scalar_one()
    result = push(engine, T.ORDER_START_PICKING, order_id=other)
    assert result.status == "rejected" and "store S002" in result.reason


def test_a_scan_sent_twice_by_a_flaky_network_is_counted_once(engine):
    o = order_in(engine, "new")
    push(engine, T.ORDER_START_PICKING, order_id=o.order_id)
    first = lines(engine, o.order_id)[0]
    scan = Mutation(mutation_id=f"m-{uuid.uuid4().hex}", device_seq=7, type=T.ORDER_PICK_LINE,
                    payload={"order_id": o.order_id, "line_id": first.line_id,
                             "ean13": first.ean13}, created_at=datetime.now(UTC))
    assert push(engine, "", replay=scan).status == "applied"
    assert push(engine, "", replay=scan).status == "already_applied"
    assert lines(engine, o.order_id)[0].qty_picked == 1

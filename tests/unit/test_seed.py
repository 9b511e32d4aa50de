"""The demo seed: deterministic, valid identifiers, a full pickup queue, a complete change log."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import phonenumbers
import pytest
import sqlalchemy as sa

from central_api import schema, seed, storage
from central_api.hashing import PICKUP_CODE_COST, demo_pickup_code, slow_hash, verify_slow_hash
from store_contract.domain.barcodes import is_valid_ean13, is_valid_luhn
from store_contract.domain.pickup import CODE_ALPHABET, format_code, verify_code

NOW = datetime(2025, 3, 14, 15, 0, tzinfo=UTC)


def _seed(path: Path, **kw: object) -> sa.Engine:
    engine = storage.create_engine(path)
    seed.seed_demo(engine, customers=150, stores=3, now=NOW, **kw)  # type: ignore[arg-type]
    return engine


def _dump(engine: sa.Engine) -> dict[str, list[tuple]]:
    with engine.connect() as conn:
        return {
            name: [tuple(r) for r in conn.execute(sa.select(t).order_by(*t.primary_key.columns))]
            for name, t in schema.metadata.tables.items()
            if name != "sealing_keys"  # the service's own key: random, never demo data
        }


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> sa.Engine:
    engine = _seed(tmp_path_factory.mktemp("seed") / "a.sqlite3")
    yield engine
    engine.dispose()


def test_same_arguments_give_identical_data(seeded: sa.Engine, tmp_path: Path) -> None:
    other = _seed(tmp_path / "b.sqlite3")
    try:
        assert _dump(other) == _dump(seeded)
    finally:
        other.dispose()


def test_seeding_twice_is_a_no_op(seeded: sa.Engine) -> None:
    before = _dump(seeded)["change_log"]
    assert seed.seed_demo(seeded, customers=150, now=NOW) is None
    assert _dump(seeded)["change_log"] == before


def test_barcodes_phones_and_cards_are_valid(seeded: sa.Engine) -> None:
    with seeded.connect() as conn:
        eans = conn.execute(sa.select(schema.products.c.ean13)).scalars().all()
        phones = conn.execute(sa.select(schema.customers.c.phone_e164)).scalars().all()
        cards = conn.execute(sa.select(schema.loyalty_accounts.c.card_number)).scalars().all()
    assert len(eans) == 500 and all(is_valid_ean13(e) and e.startswith("50") for e in eans)
    assert all(phonenumbers.is_valid_number(phonenumbers.parse(p)) for p in phones)
    assert cards and all(len(c) == 16 and is_valid_luhn(c) for c in cards)


def test_demo_store_has_click_and_collect_orders_in_every_state(seeded: sa.Engine) -> None:
    o = schema.orders
    with seeded.connect() as conn:
        rows = conn.execute(
            sa.select(o).where(o.c.store_id == "S001", o.c.channel == "click_and_collect")
        ).all()
    states = {r.status for r in rows}
    assert set(seed.QUEUE) <= states
    ready = [r for r in rows if r.status == "ready_for_pickup"]
    overdue = [r for r in ready if r.pickup_expires_at.replace(tzinfo=UTC) < NOW]
    assert overdue and len(overdue) < len(ready)
    collected_today = [
        r
        for r in rows
        if r.status == "collected" and r.updated_at.replace(tzinfo=UTC).date() == NOW.date()
    ]
    assert collected_today


def test_demo_pickup_code_opens_its_order(seeded: sa.Engine) -> None:
    o = schema.orders
    with seeded.connect() as conn:
        order = conn.execute(sa.select(o).where(o.c.status == "ready_for_pickup")).first()
    code = demo_pickup_code(order.order_id)
    assert len(code) == 8 and all(ch in CODE_ALPHABET for ch in code)
    assert verify_slow_hash(code, order.pickup_code_salt, order.pickup_code_hash)
    assert order.pickup_code_hash == slow_hash(code, order.pickup_code_salt, PICKUP_CODE_COST)
    assert verify_code(format_code(code).lower(), order.pickup_code_salt, order.pickup_code_hash)
    wrong = code[:-1] + ("2" if code[-1] != "2" else "3")
    assert not verify_slow_hash(wrong, order.pickup_code_salt, order.pickup_code_hash)


def test_change_log_has_a_row_per_seeded_entity(seeded: sa.Engine) -> None:
    s = schema
    with seeded.connect() as conn:
        log = {(r.store_id, r.entity, r.entity_id) for r in conn.execute(sa.select(s.change_log))}
        entities = {(e, i) for _, e, i in log}
        expected = {
            "store": s.stores.c.store_id,
            "staff": s.staff.c.staff_id,
            "product": s.products.c.product_id,
            "customer": s.customers.c.customer_id,
            "loyalty_account": s.loyalty_accounts.c.customer_id,
            "wishlist_item": s.wishlist_items.c.item_id,
            "cart": s.carts.c.cart_id,
            "order": s.orders.c.order_id,
            "interaction": s.interactions.c.interaction_id,
            "notification": s.notifications.c.notification_id,
        }
        for entity, column in expected.items():
            ids = conn.execute(sa.select(column)).scalars().all()
            assert ids and all((entity, i) in entities for i in ids), entity
        inventory = conn.execute(sa.select(s.inventory.c.store_id, s.inventory.c.product_id)).all()
        assert all((st, "inventory", f"{st}:{p}") in log for st, p in inventory)
        # an order is in its store's scope (and its customer's, when that differs)
        for order in conn.execute(sa.select(s.orders).where(s.orders.c.store_id.is_not(None))):
            assert (order.store_id, "order", order.order_id) in log

"""The push side of sync on a small seeded database: each mutation applied at most once."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from central_api import mutations, seed, storage
from central_api.schema import (
    change_log,
    customers,
    interactions,
    loyalty_accounts,
    loyalty_ledger,
    orders,
    wishlist_items,
)
from central_api.schema_sync import mutation_log, temp_id_map
from store_contract.domain.barcodes import luhn_check_digit
from store_contract.domain.mutation_types import MutationType, new_temp_id
from store_contract.wire_sync import Mutation
from tests.support.central import CentralDb, engine_on_a_copy, new_central_db

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend

SEED_NOW = datetime(2025, 3, 14, 15, 0, tzinfo=UTC)
DEVICE = "D-test-device"


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> CentralDb:
    path = new_central_db(tmp_path_factory.mktemp("mutations"), "template")
    engine = storage.create_engine(path)
    seed.seed_demo(engine, customers=200, stores=3, now=SEED_NOW)
    engine.dispose()
    return path


@pytest.fixture
def engine(seeded_template: CentralDb, tmp_path: Path) -> Iterator[Engine]:
    with engine_on_a_copy(seeded_template, tmp_path) as eng:
        yield eng


_seq = iter(range(1, 10**6))


def mutation(type_: str, **payload: Any) -> Mutation:
    return Mutation(
        mutation_id=f"m-{uuid.uuid4().hex}",
        device_seq=next(_seq),
        type=type_,
        payload=payload,
        created_at=datetime.now(UTC),
    )


def push(engine: Engine, *batch: Mutation, store_id: str = "S001", device: str = DEVICE):
    response = mutations.apply_push(
        engine, device_id=device, store_id=store_id, staff_id="A1001", mutations=list(batch)
    )
    assert [r.mutation_id for r in response.results] == [m.mutation_id for m in batch]
    return response.results if len(batch) > 1 else response.results[0]


def one_column(engine: Engine, query: sa.Select) -> list[Any]:
    with engine.connect() as conn:
        return list(conn.execute(query).scalars())


def one(engine: Engine, query: sa.Select) -> Any:
    with engine.connect() as conn:
        return conn.execute(query).one()


def own_customer(engine: Engine, store_id: str = "S001", *, with_account: bool = True) -> str:
    query = sa.select(customers.c.customer_id).where(customers.c.preferred_store_id == store_id)
    if with_account:
        query = query.join(
            loyalty_accounts, loyalty_accounts.c.customer_id == customers.c.customer_id
        )
    return one(engine, query.order_by(customers.c.customer_id).limit(1)).customer_id


def enrol(email: str = "new.person@example.com", phone: str = "07911 123456", **extra: Any):
    return mutation(
        MutationType.CUSTOMER_ENROL,
        customer_id=new_temp_id(),
        first_name="New",
        last_name="Person",
        email=email,
        phone_e164=phone,
        marketing_consent=True,
        **extra,
    )


def note(customer_id: str, body: str = "Prefers the blue one.") -> Mutation:
    return mutation(
        MutationType.NOTE_ADD, interaction_id=new_temp_id(), customer_id=customer_id, body=body
    )


def test_a_note_is_stored_for_the_signed_in_staff_and_its_temporary_id_gets_a_real_one(engine):
    cid = own_customer(engine)
    m = note(cid)
    result = push(engine, m)
    assert result.status == "applied" and result.reason is None
    real = result.id_map[m.payload["interaction_id"]]
    assert not real.startswith("tmp-")
    row = one(engine, sa.select(interactions).where(interactions.c.interaction_id == real))
    assert (row.customer_id, row.kind, row.channel, row.subject, row.body) == (
        cid,
        "note",
        "in_store",
        "Note",
        "Prefers the blue one.",
    )
    assert (row.staff_id, row.store_id) == ("A1001", "S001")
    logged = one(
        engine,
        sa.select(change_log.c.store_id, change_log.c.op).where(change_log.c.entity_id == real),
    )
    assert tuple(logged) == ("S001", "upsert")


def test_a_note_for_a_customer_who_no_longer_exists_is_rejected_with_a_reason(engine):
    result = push(engine, note("C9999999"))
    assert result.status == "rejected"
    assert result.reason.startswith("This customer no longer exists")


def test_a_store_cannot_change_a_customer_another_store_looks_after(engine):
    with engine.connect() as conn:
        cid = conn.execute(
            sa.select(customers.c.customer_id)
            .where(
                customers.c.preferred_store_id == "S002",
                ~sa.exists().where(
                    orders.c.customer_id == customers.c.customer_id, orders.c.store_id == "S001"
                ),
            )
            .limit(1)
        ).scalar_one()
    result = push(engine, note(cid))
    assert result.status == "rejected" and "store S002" in result.reason


def test_a_payload_the_rules_refuse_is_rejected_with_the_rules_sentence(engine):
    result = push(engine, note(own_customer(engine), body="   "))
    assert (result.status, result.reason) == ("rejected", "The note cannot be empty.")


def test_a_change_of_a_kind_the_service_does_not_know_is_rejected_asking_for_an_update(engine):
    result = push(engine, mutation("customer.teleport", customer_id="C0000001"))
    assert result.status == "rejected"
    assert result.reason == (
        "This app version sends a change the central service does not know "
        "(customer.teleport). Update the service."
    )


def test_enrolling_creates_the_customer_of_this_store_with_a_new_loyalty_card(engine):
    m = enrol()
    result = push(engine, m)
    assert result.status == "applied"
    real = result.id_map[m.payload["customer_id"]]
    row = one(engine, sa.select(customers).where(customers.c.customer_id == real))
    assert (row.email, row.phone_e164, row.preferred_store_id, row.preferred_channel) == (
        "new.person@example.com",
        "+447911123456",
        "S001",
        "in_store",
    )
    assert row.marketing_consent is True
    card = one(engine, sa.select(loyalty_accounts).where(loyalty_accounts.c.customer_id == real))
    assert (card.tier, card.points_balance) == ("bronze", 0)
    assert len(card.card_number) == 16 and card.card_number.isdigit()
    assert luhn_check_digit(card.card_number[:-1]) == card.card_number[-1]


def test_enrolling_someone_whose_email_or_phone_is_known_says_which_customer_to_open(engine):
    existing = one(engine, sa.select(customers).where(customers.c.customer_id == "C0000001"))
    by_email = push(engine, enrol(email=existing.email.upper()))
    by_phone = push(engine, enrol(email="someone.else@example.com", phone=existing.phone_e164))
    assert by_email.status == by_phone.status == "rejected"
    assert by_email.reason.startswith("A customer with this email already exists (")
    assert "C0000001" in by_email.reason and by_email.reason.endswith("Open that customer instead.")
    assert by_phone.reason.startswith("A customer with this phone number already exists (")


def test_a_note_on_a_customer_enrolled_in_the_same_push_reaches_the_real_customer(engine):
    first = enrol()
    second = note(first.payload["customer_id"])
    enrolled, noted = push(engine, first, second)
    assert (enrolled.status, noted.status) == ("applied", "applied")
    real = enrolled.id_map[first.payload["customer_id"]]
    iid = noted.id_map[second.payload["interaction_id"]]
    row = one(engine, sa.select(interactions).where(interactions.c.interaction_id == iid))
    assert row.customer_id == real
    # and a later push of the same device still naming the temporary id is remapped too
    later = push(
        engine,
        mutation(
            MutationType.CUSTOMER_SET_CONSENT,
            customer_id=first.payload["customer_id"],
            marketing_consent=False,
        ),
    )
    assert later.status == "applied"
    assert (
        one(
            engine, sa.select(customers.c.marketing_consent).where(customers.c.customer_id == real)
        ).marketing_consent
        is False
    )


def test_a_note_on_a_customer_whose_enrolment_was_rejected_is_rejected_too(engine):
    existing = one(engine, sa.select(customers).where(customers.c.customer_id == "C0000001"))
    first = enrol(email=existing.email)
    refused, orphan = push(engine, first, note(first.payload["customer_id"]))
    assert refused.status == orphan.status == "rejected"
    assert "enrolment was not accepted" in orphan.reason


def test_pushing_the_same_mutations_again_answers_already_applied_with_the_same_ids(engine):
    first, second = enrol(), note(own_customer(engine))
    before = push(engine, first, second)
    again = push(engine, first, second)
    assert [r.status for r in again] == ["already_applied", "already_applied"]
    assert [r.id_map for r in again] == [r.id_map for r in before]
    with engine.connect() as conn:
        n = conn.execute(
            sa.select(sa.func.count())
            .select_from(customers)
            .where(customers.c.email == "new.person@example.com")
        ).scalar_one()
        processed = conn.execute(
            sa.select(sa.func.count()).select_from(mutation_log)
        ).scalar_one()
    assert (n, processed) == (1, 2)


def test_a_replayed_rejection_is_rejected_again_with_the_same_reason(engine):
    m = note("C9999999")
    first, again = push(engine, m), push(engine, m)
    assert (again.status, again.reason) == ("rejected", first.reason)


def test_a_device_enrolled_again_replays_its_changes_and_gets_the_first_answers(engine):
    """The same change carried by new device credentials (a re-enrolment after a crash, a
    restart without a keychain) is the same change: applied once, answered the same."""
    cid = own_customer(engine)
    first, second = enrol(), note(cid, "said once")
    before = push(engine, first, second)
    again = push(engine, first, second, device="D-enrolled-again")
    assert [r.status for r in again] == ["already_applied", "already_applied"]
    assert [r.id_map for r in again] == [r.id_map for r in before]
    # a later change of the new device still reaches the record the old one created
    temp = first.payload["customer_id"]
    later = push(engine, note(temp, "after the re-enrolment"), device="D-enrolled-again")
    assert later.status == "applied"
    real = before[0].id_map[temp]
    bodies = [b for b in one_column(engine, sa.select(interactions.c.body).where(
        interactions.c.customer_id.in_([cid, real])))]
    assert bodies.count("said once") == 1 and "after the re-enrolment" in bodies


def test_another_store_can_neither_replay_nor_claim_a_change(engine):
    m = note(own_customer(engine), "store one's note")
    assert push(engine, m).status == "applied"
    stolen = push(engine, m, store_id="S002", device="D-S002")
    assert stolen.status == "rejected" and stolen.id_map == {}
    assert "store one" not in (stolen.reason or "") and "S001" not in (stolen.reason or "")
    # and the change's owner still gets its own answer
    assert push(engine, m).status == "already_applied"
    # a different change under a known id is refused too, not taken for the first
    clash = Mutation(mutation_id=m.mutation_id, device_seq=1, type=MutationType.WISHLIST_ADD,
                     payload={}, created_at=datetime.now(UTC))
    assert push(engine, clash).status == "rejected"


def test_consent_changes_are_stored_with_their_time(engine):
    cid = own_customer(engine)
    result = push(
        engine,
        mutation(MutationType.CUSTOMER_SET_CONSENT, customer_id=cid, marketing_consent=False),
    )
    assert result.status == "applied"
    row = one(engine, sa.select(customers).where(customers.c.customer_id == cid))
    assert row.marketing_consent is False
    assert storage_time(row.consent_updated_at) > SEED_NOW


def storage_time(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def test_wishlist_items_are_added_once_and_unknown_products_are_refused(engine):
    cid = own_customer(engine)
    wish = mutation(
        MutationType.WISHLIST_ADD, item_id=new_temp_id(), customer_id=cid, product_id="P00002"
    )
    again = mutation(
        MutationType.WISHLIST_ADD, item_id=new_temp_id(), customer_id=cid, product_id="P00002"
    )
    unknown = mutation(
        MutationType.WISHLIST_ADD, item_id=new_temp_id(), customer_id=cid, product_id="P99999"
    )
    added, duplicate, refused = push(engine, wish, again, unknown)
    assert (added.status, duplicate.status) == ("applied", "applied")
    real = added.id_map[wish.payload["item_id"]]
    assert duplicate.id_map == {again.payload["item_id"]: real}
    assert refused.status == "rejected" and "P99999" in refused.reason
    with engine.connect() as conn:
        items = (
            conn.execute(
                sa.select(wishlist_items.c.item_id).where(
                    wishlist_items.c.customer_id == cid, wishlist_items.c.product_id == "P00002"
                )
            )
            .scalars()
            .all()
        )
    assert items == [real]


def balance(engine: Engine, cid: str) -> int:
    return one(
        engine,
        sa.select(loyalty_accounts.c.points_balance).where(loyalty_accounts.c.customer_id == cid),
    ).points_balance


def test_earning_adds_the_tiers_points_once_per_receipt(engine):
    cid = own_customer(engine)
    with engine.begin() as conn:
        conn.execute(
            loyalty_accounts.update()
            .where(loyalty_accounts.c.customer_id == cid)
            .values(tier="gold")
        )
    start = balance(engine, cid)
    earn = mutation(
        MutationType.LOYALTY_EARN, customer_id=cid, amount_cents=4_599, receipt="R-1001"
    )
    twice = mutation(
        MutationType.LOYALTY_EARN, customer_id=cid, amount_cents=4_599, receipt="R-1001"
    )
    first, second = push(engine, earn, twice)
    assert first.status == "applied"
    assert balance(engine, cid) == start + 67  # £45 × 1.5
    assert (second.status, second.reason) == (
        "rejected",
        "Points for receipt R-1001 were already added.",
    )
    entry = one(engine, sa.select(loyalty_ledger).where(loyalty_ledger.c.order_id == "R-1001"))
    assert (entry.delta, entry.reason, entry.store_id) == (67, "earn", "S001")


def test_redeeming_more_points_than_the_balance_takes_nothing_and_says_how_many_there_are(engine):
    cid = own_customer(engine)
    start = balance(engine, cid)
    too_many = mutation(
        MutationType.LOYALTY_REDEEM, customer_id=cid, points=start + 1, reward="Tote bag"
    )
    refused = push(engine, too_many)
    assert refused.status == "rejected"
    assert refused.reason == (
        f"Points available: {start:,}; the reward needs {start + 1:,}. Nothing was taken."
    )
    assert balance(engine, cid) == start
    spent = push(
        engine,
        mutation(MutationType.LOYALTY_REDEEM, customer_id=cid, points=start, reward="Tote bag"),
    )
    assert spent.status == "applied" and balance(engine, cid) == 0


def test_a_crash_inside_a_handler_records_nothing_so_the_retry_applies_it(engine, monkeypatch):
    cid = own_customer(engine)
    fine, doomed = note(cid, "first"), note(cid, "second")
    real_handler = mutations.HANDLERS[MutationType.NOTE_ADD]

    def crash_on_second(ctx, payload):
        id_map = real_handler(ctx, payload)  # the effect is written…
        if payload["body"] == "second":
            raise RuntimeError("disk on fire")  # …and the service dies before committing
        return id_map

    monkeypatch.setitem(mutations.HANDLERS, MutationType.NOTE_ADD, crash_on_second)
    with pytest.raises(RuntimeError):
        push(engine, fine, doomed)
    with engine.connect() as conn:
        done = set(conn.execute(sa.select(mutation_log.c.mutation_id)).scalars())
        bodies = set(
            conn.execute(
                sa.select(interactions.c.body).where(interactions.c.customer_id == cid)
            ).scalars()
        )
        remapped = conn.execute(sa.select(sa.func.count()).select_from(temp_id_map)).scalar_one()
    assert done == {fine.mutation_id}
    assert "first" in bodies and "second" not in bodies
    assert remapped == 1
    monkeypatch.setitem(mutations.HANDLERS, MutationType.NOTE_ADD, real_handler)
    retried = push(engine, fine, doomed)
    assert [r.status for r in retried] == ["already_applied", "applied"]

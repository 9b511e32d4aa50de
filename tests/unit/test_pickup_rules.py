"""The click-and-collect rules staff work by: states, scans, readiness, pickup codes, no-shows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from central_api import hashing
from store_contract.domain import pickup
from store_contract.domain.barcodes import ean13_check_digit
from store_contract.domain.errors import InvalidInput
from store_contract.domain.mutation_types import MutationType
from store_contract.payloads import validate

NOW = datetime(2025, 3, 14, 15, 0, tzinfo=UTC)


def ean(n: int) -> str:
    body = f"50{n:010d}"
    return body + ean13_check_digit(body)


MUG, TEA, SCARF = ean(1), ean(2), ean(3)
PRODUCTS = {MUG: "P-MUG", TEA: "P-TEA", SCARF: "P-SCARF"}


def line(line_id: str, product_id: str, ordered: int, picked: int = 0, short: int = 0,
         **extra) -> dict:
    return {"line_id": line_id, "product_id": product_id, "qty_ordered": ordered,
            "qty_picked": picked, "qty_short": short, **extra}


# -- the state machine ---------------------------------------------------------------------------

LEGAL = {
    ("new", "picking"), ("picking", "ready_for_pickup"), ("ready_for_pickup", "collected"),
    ("ready_for_pickup", "expired"), ("expired", "returned_to_stock"),
    ("new", "cancelled"), ("picking", "cancelled"), ("ready_for_pickup", "cancelled"),
}


@pytest.mark.parametrize("current", pickup.STATES)
@pytest.mark.parametrize("target", pickup.STATES)
def test_only_the_moves_in_the_table_are_legal(current, target):
    if (current, target) in LEGAL:
        pickup.check_transition(current, target)
    else:
        with pytest.raises(pickup.IllegalTransition) as refused:
            pickup.check_transition(current, target)
        assert refused.value.reason.endswith(".")


def test_a_refusal_says_what_the_order_is_and_what_would_be_needed():
    with pytest.raises(pickup.IllegalTransition, match="already been collected. Only an order "
                                                       "being picked can be marked ready"):
        pickup.check_transition("collected", "ready_for_pickup")


def test_only_the_central_service_cancels_an_order():
    with pytest.raises(pickup.IllegalTransition, match="Only the central service"):
        pickup.check_transition("picking", "cancelled", actor="associate")
    pickup.check_transition("picking", "cancelled", actor="service")
    assert "cancelled" not in pickup.next_states("ready_for_pickup", "manager")
    assert set(pickup.next_states("ready_for_pickup", "associate")) == {"collected", "expired"}


def test_items_change_only_while_the_order_is_being_picked():
    pickup.check_editable("picking")
    with pytest.raises(pickup.IllegalTransition, match="Start picking it first"):
        pickup.check_editable("new")
    with pytest.raises(pickup.IllegalTransition):
        pickup.check_editable("ready_for_pickup")


# -- scanning items ------------------------------------------------------------------------------


def test_a_scan_picks_one_unit_of_the_matching_line():
    lines = [line("L1", "P-MUG", 2), line("L2", "P-TEA", 1)]
    decision = pickup.scan_for_line(lines, TEA, PRODUCTS, allow_substitutions=False)
    assert decision.accepted and decision.kind == "pick" and decision.line_id == "L2"
    assert decision.mutation_type == MutationType.ORDER_PICK_LINE
    assert validate(decision.mutation_type, decision.payload("O1"))["ean13"] == TEA


def test_a_upc_a_scan_with_its_leading_zero_dropped_still_finds_its_line():
    upc_ean = "0" + "12345678901"
    upc_ean = upc_ean + ean13_check_digit(upc_ean)
    lines = [line("L1", "P-UPC", 1)]
    decision = pickup.scan_for_line(lines, upc_ean[1:], {upc_ean: "P-UPC"}, False)
    assert decision.kind == "pick" and decision.ean13 == upc_ean


def test_a_wrong_item_is_refused_and_says_so():
    decision = pickup.scan_for_line([line("L1", "P-MUG", 1)], SCARF, PRODUCTS, False)
    assert not decision.accepted and decision.kind == "wrong_item"
    assert decision.sentence.startswith("Wrong item")


def test_one_more_than_ordered_is_an_over_pick_counting_units_recorded_short():
    lines = [line("L1", "P-MUG", 2, picked=1, short=1)]
    decision = pickup.scan_for_line(lines, MUG, PRODUCTS, False)
    assert decision.kind == "over_pick" and "Too many" in decision.sentence


def test_a_misread_and_an_unknown_barcode_are_named_as_such():
    misread = MUG[:-1] + str((int(MUG[-1]) + 1) % 10)
    assert pickup.scan_for_line([], misread, PRODUCTS, False).kind == "bad_check_digit"
    assert pickup.scan_for_line([], ean(99), PRODUCTS, False).kind == "unknown_code"
    assert pickup.scan_for_line([], "LOC-A1", PRODUCTS, False).kind == "unknown_code"


def test_a_substitute_is_taken_only_where_the_order_and_the_product_allow_it():
    lines = [line("L1", "P-MUG", 2), line("L2", "P-TEA", 1, allows_substitution=False)]
    sub = pickup.scan_for_line(lines, SCARF, PRODUCTS, True, substitute_for="L1")
    assert sub.kind == "substitute" and sub.product_id == "P-SCARF"
    assert sub.payload("O1") == {"order_id": "O1", "line_id": "L1",
                                 "substitute_product_id": "P-SCARF"}
    no_order = pickup.scan_for_line(lines, SCARF, PRODUCTS, False, substitute_for="L1")
    assert no_order.kind == "substitute_not_allowed"
    no_product = pickup.scan_for_line(lines, SCARF, PRODUCTS, True, substitute_for="L2")
    assert no_product.kind == "substitute_not_allowed"


def test_once_a_line_has_a_substitute_scanning_it_again_picks_another_substitute_unit():
    lines = [line("L1", "P-MUG", 2, picked=1, substitute_product_id="P-SCARF")]
    again = pickup.scan_for_line(lines, SCARF, PRODUCTS, True)
    assert again.kind == "substitute" and again.line_id == "L1"


# -- partial availability ------------------------------------------------------------------------


def test_readiness_complete_with_shortages_hold_or_still_picking():
    assert pickup.readiness([line("L1", "P", 2, picked=2)]).kind == "complete"
    partial = pickup.readiness([line("L1", "P", 2, picked=1, short=1), line("L2", "Q", 1,
                                                                              short=1)])
    assert partial.kind == "ready_with_shortages" and partial.may_mark_ready
    assert "1 of 3" in partial.sentence
    hold = pickup.readiness([line("L1", "P", 2, short=2)])
    assert hold.kind == "hold" and not hold.may_mark_ready and "manager" in hold.sentence
    going = pickup.readiness([line("L1", "P", 2, picked=1)])
    assert going.kind == "incomplete" and not going.may_mark_ready
    with pytest.raises(pickup.IllegalTransition, match="Nothing could be picked"):
        pickup.check_mark_ready([line("L1", "P", 1, short=1)])


def test_a_shortage_cannot_exceed_what_is_still_missing():
    pickup.check_shortage(line("L1", "P", 3, picked=1), 2)
    with pytest.raises(pickup.IllegalTransition, match="still to find"):
        pickup.check_shortage(line("L1", "P", 3, picked=1), 3)


# -- pickup codes --------------------------------------------------------------------------------


def test_codes_use_eight_unambiguous_characters_and_are_shown_with_a_dash():
    assert len(pickup.CODE_ALPHABET) == 31 and not set("0O1IL") & set(pickup.CODE_ALPHABET)
    code = pickup.new_code()
    assert pickup.is_well_formed_code(code)
    assert pickup.format_code(code) == f"{code[:4]}-{code[4:]}"
    assert pickup.normalise_code(" abcd-2345 ") == "ABCD2345"
    assert "never use 0, O, 1, I or L" in pickup.code_problem("ABCD-2O45")
    assert "8 characters" in pickup.code_problem("ABC")


def test_a_code_is_verified_from_its_salted_slow_hash_however_it_is_typed():
    salt = hashing.new_salt()
    stored = pickup.hash_code("WXYZ-6789", salt)
    assert stored.startswith("scrypt$4096$8$1$") and "WXYZ" not in stored
    assert pickup.verify_code("wxyz 6789", salt, stored)
    assert not pickup.verify_code("WXYZ-6788", salt, stored)
    assert not pickup.verify_code("WXYZ-6789", hashing.new_salt(), stored)
    assert not pickup.verify_code("WXYZ-6789", salt, None)
    # the service's hashing is this one
    assert hashing.pickup_code_hash("WXYZ6789", salt) == stored
    assert hashing.slow_hash("WXYZ6789", salt, hashing.PICKUP_CODE_COST) == stored


def test_demo_codes_are_derivable_and_well_formed():
    code = hashing.demo_pickup_code("O00000042")
    assert code == hashing.demo_pickup_code("O00000042") != hashing.demo_pickup_code("O1")
    assert pickup.is_well_formed_code(code)


def test_five_wrong_codes_leave_only_a_manager_override():
    assert pickup.attempts_left(0) == pickup.MAX_CODE_ATTEMPTS == 5
    pickup.check_code_attempt_allowed(4)
    assert "Attempts left before a manager must hand it over: 1." in pickup.wrong_code_sentence(4)
    assert "last attempt" in pickup.wrong_code_sentence(5)
    with pytest.raises(pickup.IllegalTransition, match="Only a manager"):
        pickup.check_code_attempt_allowed(5)
    with pytest.raises(pickup.IllegalTransition, match="Say why"):
        pickup.check_override_reason("  ")


def test_handover_payloads_are_validated_before_they_are_queued():
    sealed = "hpke1.k1." + "A" * 80
    clean = validate(MutationType.ORDER_HANDOVER, {"order_id": "O1", "sealed_code": sealed})
    assert clean == {"order_id": "O1", "sealed_code": sealed}
    override = validate(MutationType.ORDER_HANDOVER, {
        "order_id": "O1", "override_reason": "Lost code", "manager_id": "M1001",
        "sealed_manager_pin": sealed})
    assert override["manager_id"] == "M1001"
    # a code or a PIN in clear is never a valid change: it would wait in the outbox readable
    for clear in ({"order_id": "O1", "code": "ABCD2345"},
                  {"order_id": "O1", "sealed_code": "ABCD2345"},
                  {"order_id": "O1", "override_reason": "Lost code", "manager_id": "M1001",
                   "manager_pin": "9999"}):
        with pytest.raises(InvalidInput):
            validate(MutationType.ORDER_HANDOVER, clear)
    with pytest.raises(InvalidInput):
        validate(MutationType.ORDER_PICK_LINE, {"order_id": "O1", "line_id": "L1",
                                                "ean13": MUG[:-1] + "0" if MUG[-1] != "0"
                                                else MUG[:-1] + "1"})
    assert validate(MutationType.ORDER_STAGE, {"order_id": "O1", "location": "shelf-b3"}) == {
        "order_id": "O1", "location": "SHELF-B3"}
    with pytest.raises(InvalidInput):
        validate(MutationType.ORDER_RETURN_TO_STOCK, {"order_id": "O1", "lines": [
            {"line_id": "L1", "qty": 1}, {"line_id": "L1", "qty": 1}]})


# -- no-shows and the queue ----------------------------------------------------------------------


def order(status: str, **times) -> dict:
    return {"status": status, "order_number": "CC-1", **times}


def test_a_ready_order_past_its_pickup_window_is_overdue_and_may_expire():
    past, later = NOW - timedelta(minutes=1), NOW + timedelta(days=2)
    assert pickup.is_overdue("ready_for_pickup", past, NOW)
    assert not pickup.is_overdue("ready_for_pickup", later, NOW)
    pickup.check_expire("ready_for_pickup", past.isoformat(), NOW)
    with pytest.raises(pickup.IllegalTransition, match="can still collect"):
        pickup.check_expire("ready_for_pickup", later, NOW)
    with pytest.raises(pickup.IllegalTransition):
        pickup.check_expire("picking", past, NOW)

"""The rules of finishing an online cart at the counter (store_contract/domain/carts.py): which
carts are open and which count as abandoned, what refuses a cart (stock, price, its state,
where an item comes from) in a sentence, the order the cart becomes, and the cart code a
scanner reads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from store_contract import payloads
from store_contract.domain import carts as rules
from store_contract.domain.barcodes import ScanKind, classify
from store_contract.domain.errors import InvalidInput

NOW = datetime(2025, 3, 14, 15, 0, tzinfo=UTC)


def line(qty: int = 1, *, shown: int | None = 1000, price: int | None = 1000,
         source: str = "here", store: str | None = "S001", available: int = 5,
         product: str = "P1") -> rules.Line:
    return rules.Line(product, qty, shown, price, source, store, available)


def test_a_cart_code_is_a_scan_of_its_own_kind_and_round_trips():
    code = rules.cart_code(123)
    assert code == "CART-00000123" and rules.is_cart_code(code)
    assert classify(code).kind is ScanKind.CART
    assert classify(" cart-00000123\r").code == code  # scanner noise, lower case
    assert classify("CART-12").kind is ScanKind.UNKNOWN
    assert not rules.is_cart_code("CC-00000123")


@pytest.mark.parametrize(("status", "age", "expected"), [
    ("active", timedelta(days=2), None),
    ("active", timedelta(days=9, hours=3), 9),  # untouched a week: worth mentioning
    ("abandoned", timedelta(days=1), 1),  # the web shop says so
    ("converted", timedelta(days=30), None),  # finished: never flagged
    (None, timedelta(days=30), None),
])
def test_which_carts_count_as_abandoned_and_since_when(status, age, expected):
    assert rules.abandoned_days(status, NOW - age, NOW) == expected


def test_a_cart_that_checks_out_has_no_problem_and_its_total_is_at_catalogue_prices():
    lines = [line(2), line(1, price=550, shown=550, product="P2", source="collect",
                           store="S002", available=1)]
    assert rules.check(lines, "S001", "active") == ()
    assert rules.check(lines, "S001", "abandoned") == ()
    assert rules.total_cents(lines) == 2 * 1000 + 550
    groups = rules.group_by_place(lines, "S001")
    assert list(groups) == [("here", "S001"), ("collect", "S002")]


@pytest.mark.parametrize(("lines", "status", "breach", "says"), [
    ([line(3, available=1)], "active", rules.Breach.NOT_AVAILABLE,
     "Only 1 × Linen Shirt available in this store now"),
    ([line(2, source="ship", store="S002", available=0)], "active", rules.Breach.NOT_AVAILABLE,
     "Only 0 × Linen Shirt available at Bath now"),
    ([line(shown=900)], "active", rules.Breach.PRICE_CHANGED,
     "The price of Linen Shirt is now £10.00 (the cart showed £9.00)"),
    ([line(price=None)], "active", rules.Breach.NOT_IN_CATALOGUE, "no longer in the catalogue"),
    ([line()], "converted", rules.Breach.NOT_OPEN, "has already been finished"),
    ([], "active", rules.Breach.EMPTY, "The cart is empty"),
    ([line(), line()], "active", rules.Breach.LISTED_TWICE, "listed twice"),
    ([line(source="collect", store="S001")], "active", rules.Breach.COLLECT_HERE,
     "take it from the shelf here"),
    ([line(source="ship", store=None)], "active", rules.Breach.NO_STORE, "Choose the store"),
])
def test_what_refuses_a_cart_is_said_in_a_sentence(lines, status, breach, says):
    problems = rules.check(lines, "S001", status)
    assert problems and problems[0].breach is breach
    text = rules.sentence(problems[0], "Linen Shirt", "Bath", ("£9.00", "£10.00"))
    assert says in text


def test_the_order_a_cart_becomes_here():
    assert rules.handoff_status("till") == ("in_store", "POS", rules.AWAITING_PAYMENT)
    assert rules.handoff_status("pickup") == ("click_and_collect", "CC", "picking")


def test_the_change_carries_the_final_lines_and_refuses_bad_ones_in_sentences():
    ok = payloads.CartConvert(cart_id="K1", order_id="tmp-o", handoff="till", lines=[
        payloads.CartLine(product_id="P1", qty=2, unit_price_cents=1000, source="here")])
    assert ok.wire()["lines"][0]["qty"] == 2
    with pytest.raises(InvalidInput, match="how the cart is handed over"):
        payloads.validate("cart.convert", {**ok.wire(), "handoff": "post"})
    with pytest.raises(InvalidInput, match="The cart is empty"):
        payloads.validate("cart.convert", {**ok.wire(), "lines": []})
    with pytest.raises(InvalidInput, match="Choose the store"):
        payloads.validate("cart.convert", {**ok.wire(), "lines": [
            {"product_id": "P1", "qty": 1, "unit_price_cents": 1000, "source": "collect"}]})
    with pytest.raises(InvalidInput, match="listed twice"):
        payloads.validate("cart.convert", {**ok.wire(), "lines": [ok.wire()["lines"][0]] * 2})

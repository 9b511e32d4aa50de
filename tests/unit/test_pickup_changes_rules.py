"""Changes at pickup as pure rules (store_contract/domain/pickup/changes.py): what may be
declined and what a declined unit refunds (the returns maths), and when an add-on is allowed."""

from __future__ import annotations

import pytest

from store_contract.domain import pickup

LINE = pickup.PickLine("L1", "P1", qty_ordered=3, qty_picked=3, name="Mug",
                       unit_price_cents=1000, discount_cents=301, points_earned=29)


def test_declined_units_together_refund_exactly_what_the_line_cost():
    first = pickup.check_decline(pickup.READY, LINE, 1, "CC-1")
    assert (first.refund_cents, first.discount_cents, first.points_not_earned) == (
        1000 - 100, 100, 9)
    rest = pickup.check_decline(pickup.READY, pickup.PickLine(
        "L1", "P1", 3, 3, qty_declined=1, unit_price_cents=1000,
        discount_cents=301 - first.discount_cents, points_earned=29 - 9), 2, "CC-1")
    assert first.refund_cents + rest.refund_cents == 3 * 1000 - 301
    assert first.points_not_earned + rest.points_not_earned == 29


def test_substitutes_are_declined_first():
    line = pickup.PickLine("L1", "P1", 2, 2, qty_substituted=1, unit_price_cents=500)
    declined = pickup.check_decline(pickup.READY, line, 2, "CC-1")
    assert (declined.from_substitute, declined.from_ordered) == (1, 1)


@pytest.mark.parametrize(("status", "line", "qty", "words"), [
    (pickup.PICKING, LINE, 1, "is not being handed over"),
    (pickup.COLLECTED, LINE, 1, "Use Returns"),
    (pickup.READY, LINE, 4, "Only 3 × Mug of order CC-1 can be declined"),
    (pickup.READY, pickup.PickLine("L1", "P1", 2, 2, qty_declined=2, name="Mug"), 1,
     "No Mug of order CC-1 can be declined"),
    (pickup.READY, None, 1, "not on order CC-1"),
])
def test_a_decline_the_rules_refuse_says_why(status, line, qty, words):
    with pytest.raises(pickup.IllegalTransition, match=words):
        pickup.check_decline(status, line, qty, "CC-1")


def test_an_add_on_needs_a_ready_order_a_catalogue_price_and_stock_here():
    add = pickup.check_add_on(pickup.READY, "CC-1", "P9", "Scarf", 1500, 2, available=2)
    assert add.price_cents == 3000
    with pytest.raises(pickup.IllegalTransition, match="only 1 is in stock here"):
        pickup.check_add_on(pickup.READY, "CC-1", "P9", "Scarf", 1500, 2, available=1)
    with pytest.raises(pickup.IllegalTransition, match="none is in stock here"):
        pickup.check_add_on(pickup.READY, "CC-1", "P9", "Scarf", 1500, 1, available=0)
    with pytest.raises(pickup.IllegalTransition, match="not in the catalogue"):
        pickup.check_add_on(pickup.READY, "CC-1", "P9", None, None, 1, available=5)
    with pytest.raises(pickup.IllegalTransition, match="is not being handed over"):
        pickup.check_add_on(pickup.NEW, "CC-1", "P9", "Scarf", 1500, 1, available=5)

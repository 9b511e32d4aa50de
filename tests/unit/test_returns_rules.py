"""The returns policy as pure rules (store_contract/domain/returns.py): what a return refunds and
takes back, and each way it can be out of policy or refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from store_contract.domain import returns as rules
from store_contract.domain.returns import Breach, RefundMethod

NOW = datetime(2025, 3, 14, 15, 0, tzinfo=UTC)


def order(*lines: rules.SoldLine, days: int = 3, channel: str = "online",
          status: str = "delivered", gift: bool = False) -> rules.SoldOrder:
    return rules.SoldOrder("O1", "WEB-1", channel, status, NOW - timedelta(days=days),
                           lines, gift_receipt=gift)


def line(line_id: str = "L1", qty: int = 3, returned: int = 0, price: int = 1000,
         discount: int = 0, points: int = 0, paid_points: int = 0,
         final: bool = False) -> rules.SoldLine:
    return rules.SoldLine(line_id, f"P-{line_id}", qty, returned, price, discount, points,
                          paid_points, final)


def test_units_returned_one_by_one_refund_exactly_what_the_line_cost():
    sold = line(qty=3, price=1000, discount=100, points=29)  # paid 2,900 for three
    refunds, points = [], []
    for returned in range(3):
        step = rules.SoldLine(**{**sold.__dict__, "qty_returned": returned})
        refunds.append(step.refund_for(1))
        points.append(step.points_reversed_for(1))
    assert sum(refunds) == 2900 and refunds == [967, 967, 966]
    assert sum(points) == 29


def test_a_return_in_policy_refunds_the_price_paid_and_takes_back_its_points():
    seen = rules.assess(order(line(qty=2, discount=200, points=18)), [("L1", 1)],
                        RefundMethod.TENDER, NOW)
    assert seen.in_policy and seen.refund_cents == 900 and seen.points_reversed == 9


def test_more_than_bought_less_returned_is_refused_whoever_approves():
    seen = rules.assess(order(line(qty=2, returned=1)), [("L1", 2)], RefundMethod.TENDER, NOW)
    (problem,) = seen.refusals
    assert problem == rules.Problem(Breach.MORE_THAN_RETURNABLE, "L1", returnable=1)
    assert rules.sentence(problem, order(), {"L1": "Linen shirt"}) == (
        "Only 1 × Linen shirt of order WEB-1 can still come back (bought less already "
        "returned).")


def test_an_item_not_on_the_order_and_an_order_not_yet_received_are_refused():
    seen = rules.assess(order(line(), status="placed"), [("L9", 1)], RefundMethod.TENDER, NOW)
    assert {p.breach for p in seen.refusals} == {Breach.NOT_ON_ORDER, Breach.NOT_WITH_CUSTOMER}


def test_past_the_window_or_final_sale_is_an_exception_a_manager_may_approve():
    late = rules.assess(order(line(), days=31), [("L1", 1)], RefundMethod.TENDER, NOW)
    assert not late.refusals and late.exceptions == (
        rules.Problem(Breach.PAST_WINDOW, days=31, window_days=30),)
    on_the_day = rules.assess(order(line(), days=30), [("L1", 1)], RefundMethod.TENDER, NOW)
    assert on_the_day.in_policy
    final = rules.assess(order(line(final=True)), [("L1", 1)], RefundMethod.TENDER, NOW)
    assert [p.breach for p in final.exceptions] == [Breach.FINAL_SALE]
    longer = rules.ReturnPolicy(window_days={"online": 60})
    assert rules.assess(order(line(), days=45), [("L1", 1)], "tender", NOW, longer).in_policy


def test_a_gift_receipt_refunds_as_store_credit_only():
    gift = order(line(), gift=True)
    assert [p.breach for p in rules.assess(gift, [("L1", 1)], "tender", NOW).refusals] == [
        Breach.GIFT_RECEIPT_TENDER]
    assert rules.assess(gift, [("L1", 1)], "store_credit", NOW).in_policy


def test_a_reward_paid_with_points_gives_its_points_back_and_no_money():
    reward = line(qty=1, price=2500, discount=2500, paid_points=500)
    seen = rules.assess(order(reward), [("L1", 1)], RefundMethod.TENDER, NOW)
    assert seen.in_policy and seen.refund_cents == 0 and seen.points_restored == 500


def test_nothing_scanned_back_is_refused():
    assert [p.breach for p in rules.assess(order(line()), [("L1", 0)], "tender",
                                           NOW).refusals] == [Breach.NOTHING_RETURNED]

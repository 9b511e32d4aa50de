"""The exchange rules (store_contract/domain/exchanges.py): the difference settled once, and what
stops a replacement, said in words."""

from __future__ import annotations

import pytest

from store_contract.domain import exchanges as rules

HERE = "S001"


def replacement(qty: int = 1, price: int | None = 2000, source: str = "here",
                where: str | None = HERE, available: int = 5,
                product: str = "P1") -> rules.Replacement:
    return rules.Replacement(product, qty, price, source, where, available)


@pytest.mark.parametrize(("returned", "prices", "due", "back", "credit"), [
    (2850, [2850], 0, 0, 2850),  # a size swap at the same price: even
    (2850, [6200], 3350, 0, 2850),  # dearer: the customer pays the rest at the till
    (6200, [2850], 0, 3350, 2850),  # cheaper: the rest goes back
    (2850, [1000, 1000], 0, 850, 2000),  # two cheaper ones
    (0, [1500], 1500, 0, 0),  # a reward paid with points comes back worth no money
])
def test_the_difference_is_paid_at_the_till_or_given_back(returned, prices, due, back, credit):
    settled = rules.settle(returned, [replacement(price=p, product=f"P{i}")
                                      for i, p in enumerate(prices)])
    assert (settled.due_cents, settled.refund_cents, settled.credit_applied_cents) == (
        due, back, credit)
    assert settled.difference_cents == due - back
    assert settled.credit_applied_cents + settled.refund_cents == returned


def test_quantities_count_in_the_replacements_value():
    assert rules.settle(1000, [replacement(qty=3, price=500)]).due_cents == 500


@pytest.mark.parametrize(("given", "breach", "says"), [
    ([], rules.Breach.NO_REPLACEMENT, "record a return instead"),
    ([replacement(available=0)], rules.Breach.NOT_AVAILABLE,
     "Only 0 × Linen shirt available in this store now. Order it from a nearby store"),
    ([replacement(qty=3, source="ship", where="S002", available=2)], rules.Breach.NOT_AVAILABLE,
     "Only 2 × Linen shirt available at Cardiff now. Choose another store, or fewer."),
    ([replacement(price=None)], rules.Breach.NOT_IN_CATALOGUE, "is not in the catalogue"),
    ([replacement(source="collect", where=None)], rules.Breach.NO_STORE,
     "Choose the store Linen shirt comes from."),
    ([replacement(source="collect", where=HERE)], rules.Breach.COLLECT_HERE,
     "take it from the shelf here"),
    ([replacement(), replacement()], rules.Breach.LISTED_TWICE, "listed twice"),
    ([replacement(product=f"P{i}") for i in range(rules.REPLACEMENTS_MAX + 1)],
     rules.Breach.TOO_MANY, f"at most {rules.REPLACEMENTS_MAX}"),
])
def test_what_stops_a_replacement_is_said_in_words(given, breach, says):
    problems = rules.check(given, HERE)
    assert problems and problems[0].breach is breach
    assert says in rules.sentence(problems[0], "Linen shirt", "Cardiff")


def test_replacements_there_in_stock_pass():
    assert rules.check([replacement(qty=5), replacement(source="collect", where="S002",
                                                        product="P2", available=1),
                        replacement(source="ship", where="S002", product="P3", available=1),
                        replacement(source="ship", where="S003", product="P2", available=1)],
                       HERE) == ()

"""What the Conflicts screen says of a refused change (store_contract/domain/conflict_advice)."""

from __future__ import annotations

from store_contract.domain.conflict_advice import summary
from store_contract.domain.mutation_types import MutationType


def test_a_refused_points_change_names_the_amount_in_the_store_s_currency():
    earn = {"customer_id": "c1", "amount_cents": 249999, "receipt": "R-1"}
    assert summary(MutationType.LOYALTY_EARN, earn, "Jane Smith", "GBP") == \
        "Points for a purchase of 2,499.99 GBP by Jane Smith (receipt R-1)"
    assert "2,500 JPY by" in summary(MutationType.LOYALTY_EARN,
                                     {**earn, "amount_cents": 2500}, "Jane Smith", "JPY")
    # before the first sync no currency is known: the amount alone, never a guessed sign
    assert "purchase of 2,499.99 by" in summary(MutationType.LOYALTY_EARN, earn, None)

"""Loyalty maths: points for a purchase by tier. The central service's balance is the truth;
the client uses the same rule to show what a queued purchase will earn."""

from __future__ import annotations

#: points per whole pound spent, by tier
EARN_RATE = {"bronze": 1.0, "silver": 1.25, "gold": 1.5, "platinum": 2.0}


def points_for_purchase(amount_cents: int, tier: str) -> int:
    """Whole points for a purchase: pounds (rounded down) × the tier's rate (rounded down)."""
    if amount_cents <= 0:
        return 0
    return int((amount_cents // 100) * EARN_RATE.get(tier, 1.0))

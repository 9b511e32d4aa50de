"""The loyalty programme's rules (store_contract/domain/loyalty.py): tiers up at once and down
only at the review, progress to the next tier, points by age (the oldest spent first) and what
expires when, campaigns, and which rewards a customer can have."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from store_contract.domain import loyalty as rules

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
SILVER = rules.RULES[rules.Tier.SILVER].threshold_cents
GOLD = rules.RULES[rules.Tier.GOLD].threshold_cents


def days_ago(n: float) -> datetime:
    return NOW - timedelta(days=n)


@pytest.mark.parametrize(("spend", "tier"), [(0, "bronze"), (SILVER - 1, "bronze"),
                                             (SILVER, "silver"), (GOLD, "gold"),
                                             (10**9, "platinum")])
def test_spend_reaches_a_tier(spend, tier):
    assert rules.tier_for_spend(spend) == tier


def test_a_tier_moves_up_at_once_and_down_only_at_review():
    assert rules.after_spend("bronze", GOLD) == "gold"
    assert rules.after_spend("gold", 0) == "gold"  # never down on a purchase
    assert rules.at_review(0) == "bronze"  # down at the review
    assert rules.review_due(days_ago(366), NOW) and not rules.review_due(days_ago(30), NOW)


def test_progress_says_how_far_the_next_tier_is():
    assert rules.progress("silver", GOLD - 6200) == rules.Progress(
        rules.Tier.SILVER, rules.Tier.GOLD, 6200)
    assert rules.progress("platinum", 0).next_tier is None


def test_points_by_age_spend_the_oldest_first_and_expire_after_a_year():
    entries = [(days_ago(400), 300), (days_ago(200), 500), (days_ago(100), -200),
               (days_ago(10), 100)]
    lots = rules.lots(entries, 700, days_ago(1000))
    # the 200 spent came out of the oldest lot: 100 of it is left, and past its age
    assert [(round((NOW - x.earned_at).days), x.points) for x in lots] == [
        (400, 100), (200, 500), (10, 100)]
    assert rules.expired(lots, NOW) == 100
    later = rules.expiring([x for x in lots if x.expires_at > NOW], NOW,
                           within=timedelta(days=200))
    assert later is not None and later.points == 500
    assert later.on.date() == (days_ago(200) + rules.EXPIRY).date()


def test_a_balance_the_ledger_does_not_explain_counts_from_the_opening_date():
    lots = rules.lots([(days_ago(10), 100)], 400, days_ago(300))
    assert [(x.points, (NOW - x.earned_at).days) for x in lots] == [(300, 300), (100, 10)]
    assert rules.expiring(lots, NOW).points == 300


def test_a_campaign_multiplies_points_in_its_period_and_category():
    double = rules.Campaign("C", "Double bedding", 2.0, days_ago(3), days_ago(-4), "Bedding")
    assert rules.campaign_multiplier([double], NOW, "Bedding") == (2.0, double)
    assert rules.campaign_multiplier([double], NOW, "Lighting") == (1.0, None)
    assert rules.campaign_multiplier([double], days_ago(10), "Bedding") == (1.0, None)
    assert rules.points_for_purchase(2599, "silver", 2.0) == 62  # 25 × 1.25 × 2


@pytest.mark.parametrize(("tier", "balance", "refusal"), [
    ("gold", 3000, None), ("silver", 3000, rules.Refusal.TIER),
    ("gold", 1999, rules.Refusal.BALANCE)])
def test_which_rewards_a_customer_can_have(tier, balance, refusal):
    reward = rules.Reward("R", "£25 off", 2000, "money_off", 2500, 60, min_tier="gold")
    assert rules.check_reward(reward, tier, balance) == refusal
    if refusal is rules.Refusal.BALANCE:
        assert "(needed: 2,000, balance: 1,999)" in rules.refusal_sentence(
            refusal, reward, balance)
    assert rules.check_reward(None, tier, balance) is rules.Refusal.UNKNOWN


def test_a_balance_below_what_the_ledger_explains_used_the_oldest_points():
    lots = rules.lots([(days_ago(300), 200), (days_ago(10), 100)], 150, days_ago(400))
    assert [(x.points, (NOW - x.earned_at).days) for x in lots] == [(50, 300), (100, 10)]
    assert rules.lots([(days_ago(5), 100)], 0, days_ago(400)) == []


def test_an_opening_balance_is_spent_before_points_earned_later():
    """1,000 points from 13 months ago, 200 earned last month, 500 spent two weeks ago: the
    500 came out of the old ones, so 500 expire now and the recent 200 stay."""
    lots = rules.lots([(days_ago(30), 200), (days_ago(14), -500)], 700, days_ago(395))
    assert [(x.points, (NOW - x.earned_at).days) for x in lots] == [(500, 395), (200, 30)]
    assert rules.expired(lots, NOW) == 500

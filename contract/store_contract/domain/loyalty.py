"""The loyalty programme's rules, the same online and in store (issue 14). The central service
owns the balances and applies these rules; the app uses the same rules to show what a queued
change will do and to say the programme in words.

* **Tiers** by qualifying spend over a rolling 12 months (:data:`PROGRAMME`): a customer moves up
  at once when their spend crosses a threshold (:func:`after_spend`), and down only at the
  yearly review (:func:`at_review`). :func:`progress` says how far the next tier is.
* **Earning**: whole pounds × the tier's rate (:func:`points_for_purchase`), plus campaign
  bonuses for a period (:func:`campaign_multiplier`); collected and delivered orders earn once.
* **Expiry by age**: points expire :data:`EXPIRY_MONTHS` months after they were earned unless
  spent first; spending uses the oldest points first (:func:`lots`, :func:`expiring`).
* **Rewards**: a catalogue of rewards with a points price, validity and conditions (a tier at
  least); redeeming one issues a single-use voucher (:func:`check_reward`).

Pure: no Qt, SQL or HTTP.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text


class Tier(StrEnum):
    BRONZE = "bronze"
    SILVER = "silver"
    GOLD = "gold"
    PLATINUM = "platinum"


@dataclass(frozen=True)
class TierRule:
    tier: Tier
    threshold_cents: int  # qualifying spend over the last 12 months to reach it
    earn_rate: float  # points per whole unit of the currency spent
    perks: tuple[Text, ...]  # sentences for staff (the GUI says them with ``localized``)


_FREE_COLLECT = text(QT_TRANSLATE_NOOP("Messages", "Free click-and-collect"))
#: the programme, lowest tier first
PROGRAMME: tuple[TierRule, ...] = (
    TierRule(Tier.BRONZE, 0, 1.0, (text(QT_TRANSLATE_NOOP("Messages",
                                                          "Points online and in store")),)),
    TierRule(Tier.SILVER, 300_00, 1.25, (_FREE_COLLECT,)),
    TierRule(Tier.GOLD, 750_00, 1.5, (_FREE_COLLECT, text(QT_TRANSLATE_NOOP(
        "Messages", "Gold rewards in the catalogue")))),
    TierRule(Tier.PLATINUM, 1_500_00, 2.0, (_FREE_COLLECT,
                                            text(QT_TRANSLATE_NOOP("Messages", "Gold rewards")),
                                            text(QT_TRANSLATE_NOOP("Messages",
                                                                   "Free alterations")))),
)
RULES = {r.tier: r for r in PROGRAMME}
#: kept for readers of the old constant: points per whole pound by tier
EARN_RATE = {r.tier.value: r.earn_rate for r in PROGRAMME}
#: qualifying spend counts over this many days
QUALIFYING_DAYS = 365
#: points expire this many months (of 30 days) after they were earned, unless spent first
EXPIRY_MONTHS = 12
EXPIRY = timedelta(days=30 * EXPIRY_MONTHS + 5)  # (12 months of the calendar, near enough)
#: the yearly review of tiers (down only then)
REVIEW_EVERY = timedelta(days=365)


def _rank(tier: str) -> int:
    try:
        return [r.tier for r in PROGRAMME].index(Tier(tier))
    except ValueError:
        return 0


def tier_for_spend(spend_cents: int) -> Tier:
    """The tier a qualifying spend reaches."""
    reached = PROGRAMME[0].tier
    for rule in PROGRAMME:
        if spend_cents >= rule.threshold_cents:
            reached = rule.tier
    return reached


def after_spend(current: str, spend_cents: int) -> Tier:
    """The tier after a purchase: up at once when the spend crosses a threshold, never down."""
    reached = tier_for_spend(spend_cents)
    return reached if _rank(reached) > _rank(current) else Tier(current if current in
                                                                 EARN_RATE else "bronze")


def at_review(spend_cents: int) -> Tier:
    """The tier at the yearly review: what the last 12 months' spend reaches (down too)."""
    return tier_for_spend(spend_cents)


def review_due(reviewed_at: datetime | None, now: datetime) -> bool:
    return reviewed_at is None or now - reviewed_at >= REVIEW_EVERY


@dataclass(frozen=True)
class Progress:
    tier: Tier
    next_tier: Tier | None  # None: the top tier
    to_go_cents: int  # spend still needed for the next tier


def progress(tier: str, spend_cents: int) -> Progress:
    """How far the next tier is (62.00 of spend to Gold)."""
    current = Tier(tier) if tier in EARN_RATE else Tier.BRONZE
    higher = [r for r in PROGRAMME if _rank(r.tier) > _rank(current)]
    if not higher:
        return Progress(current, None, 0)
    return Progress(current, higher[0].tier, max(0, higher[0].threshold_cents - spend_cents))


# -- earning ---------------------------------------------------------------------------------------


def points_for_purchase(amount_cents: int, tier: str, multiplier: float = 1.0) -> int:
    """Whole points for a purchase: pounds (rounded down) × the tier's rate × a campaign's
    multiplier (rounded down)."""
    if amount_cents <= 0:
        return 0
    return int((amount_cents // 100) * EARN_RATE.get(tier, 1.0) * max(1.0, multiplier))


@dataclass(frozen=True)
class Campaign:
    campaign_id: str
    name: str
    multiplier: float  # e.g. 2.0: double points
    starts_at: datetime
    ends_at: datetime
    category: str | None = None  # None: every purchase

    def applies(self, at: datetime, category: str | None = None) -> bool:
        return self.starts_at <= at < self.ends_at and (self.category is None
                                                         or self.category == category)


def campaign_multiplier(campaigns: Iterable[Campaign], at: datetime,
                        category: str | None = None) -> tuple[float, Campaign | None]:
    """The best campaign for a purchase at ``at`` (of ``category``): its multiplier and itself."""
    best: tuple[float, Campaign | None] = (1.0, None)
    for c in campaigns:
        if c.applies(at, category) and c.multiplier > best[0]:
            best = (c.multiplier, c)
    return best


# -- expiry by age ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Lot:
    """Points earned at one time, not yet spent or expired."""

    earned_at: datetime
    points: int

    @property
    def expires_at(self) -> datetime:
        return self.earned_at + EXPIRY


def lots(entries: Iterable[tuple[datetime, int]], balance: int,
         opening_at: datetime) -> list[Lot]:
    """The points of ``balance`` by when they were earned, oldest first. ``entries``: the
    ledger's (time, delta); spending (a negative delta) uses the oldest points first. Points of
    the balance the ledger does not explain (an opening balance) count as earned at
    ``opening_at``, before any entry, so they are spent first."""
    ordered = sorted(entries, key=lambda e: e[0])
    opening = balance - sum(delta for _, delta in ordered)
    remaining: list[list] = [[opening_at, opening]] if opening > 0 else []  # [earned_at, pts]
    for at, delta in ordered:
        if delta > 0:
            remaining.append([at, delta])
            continue
        take = -delta
        for lot in remaining:
            used = min(lot[1], take)
            lot[1] -= used
            take -= used
            if not take:
                break
    kept = [lot for lot in remaining if lot[1] > 0]
    excess = sum(n for _, n in kept) - balance
    for lot in kept:  # (the balance is below what the ledger explains: the oldest went first)
        if excess <= 0:
            break
        used = min(lot[1], excess)
        lot[1] -= used
        excess -= used
    return sorted((Lot(at, n) for at, n in kept if n > 0), key=lambda x: x.earned_at)


def expired(points_lots: Iterable[Lot], now: datetime) -> int:
    """Points past their expiry date now (to be taken off the balance)."""
    return sum(x.points for x in points_lots if x.expires_at <= now)


@dataclass(frozen=True)
class Expiring:
    points: int
    on: datetime  # the earliest date some points expire


def expiring(points_lots: Iterable[Lot], now: datetime,
             within: timedelta = timedelta(days=90)) -> Expiring | None:
    """The next points to expire within ``within`` ("320 points expire on 31 Jan"), or None."""
    upcoming = sorted((x for x in points_lots if now < x.expires_at <= now + within),
                      key=lambda x: x.expires_at)
    if not upcoming:
        return None
    first = upcoming[0].expires_at.date()
    return Expiring(sum(x.points for x in upcoming if x.expires_at.date() == first),
                    upcoming[0].expires_at)


# -- rewards ---------------------------------------------------------------------------------------


class RewardKind(StrEnum):
    MONEY_OFF = "money_off"  # value_cents off a purchase
    FREE_ITEM = "free_item"  # the product, free
    BIRTHDAY = "birthday"  # money off, in the customer's birthday month


@dataclass(frozen=True)
class Reward:
    reward_id: str
    name: str
    points_price: int
    kind: str
    value_cents: int
    valid_days: int
    min_tier: str = Tier.BRONZE.value
    product_id: str | None = None
    active: bool = True


class Refusal(StrEnum):
    UNKNOWN = "unknown"
    INACTIVE = "inactive"
    TIER = "tier"
    BALANCE = "balance"


def check_reward(reward: Reward | None, tier: str, balance: int) -> Refusal | None:
    """Why the customer cannot have ``reward`` now, or None."""
    if reward is None:
        return Refusal.UNKNOWN
    if not reward.active:
        return Refusal.INACTIVE
    if _rank(tier) < _rank(reward.min_tier):
        return Refusal.TIER
    if balance < reward.points_price:
        return Refusal.BALANCE
    return None


def refusal_sentence(refusal: Refusal, reward: Reward | None, balance: int) -> Text:
    name = reward.name if reward else text(QT_TRANSLATE_NOOP("Messages", "That reward"))
    match refusal:
        case Refusal.UNKNOWN:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "That reward is not in the catalogue. Choose one from the list."))
        case Refusal.INACTIVE:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "{reward} is no longer offered. Choose another reward."),
                reward=name)
        case Refusal.TIER:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "{reward} is for {tier} members and above. Choose a reward of the "
                            "customer's tier."),
                reward=name, tier=reward.min_tier.title() if reward else "")
        case Refusal.BALANCE:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "{reward} needs more points than the customer has (needed: "
                            "{price}, balance: {balance}). Nothing was taken."),
                reward=name, price=reward.points_price if reward else 0, balance=balance)
    return text(QT_TRANSLATE_NOOP("Messages", "That reward cannot be redeemed."))


def voucher_expires(issued_at: datetime, reward: Reward) -> datetime:
    return issued_at + timedelta(days=reward.valid_days)

"""How fulfilment is going in a store: the rules behind the Dashboard's numbers and charts.

Pure Python (no Qt, SQL or HTTP). The input is one :class:`OrderFacts` per click-and-collect
order of the store, with the times of what happened to it; the cache gathers them
(``cache/fulfilment.py``). Every time is an aware datetime; "today", "by day" and "by hour" are
the store's local time (``domain/store_time.py``).

When things happened to an order:

* **placed** — ``placed_at``;
* **became ready** — the first "ready" message sent to the customer
  (``notification_templates.ORDER_READY``): the moment it was marked ready;
* **collected** — the "collected" message (sent at handover), else, for a collected order
  without one, its ``updated_at`` (collected is a final state: its last change is the handover);
* **no-show** — an order ``expired`` or ``returned_to_stock``: its pickup ended when its pickup
  window closed (``pickup_expires_at``; ``updated_at`` if that is missing);
* **cancelled** — the "cancelled" message, else its ``updated_at``.

A period (:func:`period_for`) is whole local calendar days of the store, ending with today:
"Today" is today, "7 days" today and the 6 days before, "30 days" today and the 29 days before.
An event is in the period when ``start <= time < end``, from the local midnight that starts the
first day to the one that ends today (so a time a little ahead of this device's clock still
counts today).

The period's numbers (:class:`PeriodMetrics`):

* **orders placed** — orders placed in the period (whatever became of them, cancelled too);
* **ready on time** — among orders that became ready in the period and had a promised time,
  the share ready at or before ``promised_at`` (ready exactly at the promised time is on time);
  ready orders without a promise are counted as ready but left out of the share;
* **time to ready** (median, 90th percentile) — ``ready − placed`` of the orders that became
  ready in the period; the median is the middle value (the mean of the two middle ones for an
  even count), the 90th percentile the time within which 9 in 10 were ready, both by linear
  interpolation between the closest ranks (position ``(n − 1)·q`` in the sorted times, as
  ``statistics.quantiles(method="inclusive")``);
* **collected** — orders collected in the period;
* **no-show rate** — no-shows whose pickup ended in the period, over every order whose pickup
  ended in the period (collected + expired + returned to stock). Ready orders past their
  deadline are not in it until staff expire them: the "past pickup deadline" count shows them;
* **cancelled** — orders cancelled in the period.

A share or a time with nothing to measure (no order became ready, no pickup ended) is ``None``
and shows as "—" (:data:`NOTHING`), never as 0 % or a division by zero.

Right now (:class:`RightNow`) is the Pickups screen's queue, counted by the very same
definitions (``cache/pickups.py``), plus the two counts a manager acts on: ready orders past
their pickup deadline (no-shows to expire) and the orders open in all.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Literal

from store_contract.domain import pickup
from store_contract.domain.store_time import day_start
from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text

#: What a number with nothing to measure shows.
NOTHING = "—"

PeriodKey = Literal["today", "7d", "30d"]
#: The periods staff can choose: key -> (label, how many local calendar days, today included).
PERIODS: dict[str, tuple[str, int]] = {
    "today": ("Today", 1),
    "7d": ("7 days", 7),
    "30d": ("30 days", 30),
}


@dataclass(frozen=True)
class OrderFacts:
    """One click-and-collect order and the times of what happened to it (see the module)."""

    order_id: str
    status: str
    placed_at: datetime | None
    promised_at: datetime | None = None
    pickup_expires_at: datetime | None = None
    updated_at: datetime | None = None
    ready_at: datetime | None = None
    collected_at: datetime | None = None
    cancelled_at: datetime | None = None

    @property
    def ready_on_time(self) -> bool | None:
        """Ready at or before the promised time; None if never ready or nothing was promised."""
        if self.ready_at is None or self.promised_at is None:
            return None
        return self.ready_at <= self.promised_at

    @property
    def time_to_ready(self) -> timedelta | None:
        if self.ready_at is None or self.placed_at is None or self.ready_at < self.placed_at:
            return None
        return self.ready_at - self.placed_at

    @property
    def handed_over_at(self) -> datetime | None:
        if self.status != pickup.COLLECTED:
            return None
        return self.collected_at or self.updated_at

    @property
    def no_show_at(self) -> datetime | None:
        if self.status not in (pickup.EXPIRED, pickup.RETURNED):
            return None
        return self.pickup_expires_at or self.updated_at

    @property
    def cancelled_when(self) -> datetime | None:
        if self.status != pickup.CANCELLED:
            return None
        return self.cancelled_at or self.updated_at


@dataclass(frozen=True)
class Period:
    key: str
    label: str
    start: datetime  # the store's local midnight starting the first day (aware)
    end: datetime  # the store's local midnight ending today (aware)
    zone: tzinfo

    def __contains__(self, moment: datetime | None) -> bool:
        return moment is not None and self.start <= moment < self.end

    @property
    def days(self) -> list[date]:
        """The period's local calendar days, oldest first."""
        first = self.start.astimezone(self.zone).date()
        last = self.end.astimezone(self.zone).date()
        return [first + timedelta(days=i) for i in range((last - first).days)]

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)


def period_for(key: str, now: datetime, zone: tzinfo) -> Period:
    """The period ``key`` (one of :data:`PERIODS`) ending with ``now``'s day in the store's
    ``zone``."""
    label, days = PERIODS[key]
    return Period(key, label, day_start(now, zone, days - 1), day_start(now, zone, -1), zone)


# -- statistics --------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q`` quantile (0..1) by linear interpolation between closest ranks; None if empty."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def median(values: Sequence[float]) -> float | None:
    return percentile(values, 0.5)


def rate(part: int, whole: int) -> float | None:
    """``part / whole``, or None when there is nothing to measure."""
    return part / whole if whole else None


# -- the period's numbers ----------------------------------------------------------------------


@dataclass(frozen=True)
class PeriodMetrics:
    placed: int
    ready: int  # orders that became ready in the period
    ready_promised: int  # ... of them with a promised time
    ready_on_time: int  # ... of those, ready at or before it
    median_to_ready: timedelta | None
    p90_to_ready: timedelta | None
    collected: int
    no_shows: int
    pickups_ended: int  # collected + no-shows
    cancelled: int

    @property
    def on_time_rate(self) -> float | None:
        return rate(self.ready_on_time, self.ready_promised)

    @property
    def no_show_rate(self) -> float | None:
        return rate(self.no_shows, self.pickups_ended)


def period_metrics(orders: Iterable[OrderFacts], period: Period) -> PeriodMetrics:
    placed = ready = promised = on_time = collected = no_shows = cancelled = 0
    waits: list[float] = []
    for o in orders:
        placed += o.placed_at in period
        if o.ready_at in period:
            ready += 1
            if o.ready_on_time is not None:
                promised += 1
                on_time += o.ready_on_time
            wait = o.time_to_ready
            if wait is not None:
                waits.append(wait.total_seconds())
        collected += o.handed_over_at in period
        no_shows += o.no_show_at in period
        cancelled += o.cancelled_when in period
    mid, p90 = median(waits), percentile(waits, 0.9)
    return PeriodMetrics(
        placed=placed, ready=ready, ready_promised=promised, ready_on_time=on_time,
        median_to_ready=None if mid is None else timedelta(seconds=mid),
        p90_to_ready=None if p90 is None else timedelta(seconds=p90),
        collected=collected, no_shows=no_shows, pickups_ended=collected + no_shows,
        cancelled=cancelled)


@dataclass(frozen=True)
class DayCounts:
    day: date  # a local calendar day of the store
    placed: int  # orders placed that day
    ready_on_time: int  # orders that became ready that day, at or before their promised time
    ready_late: int  # ... after it


def by_day(orders: Iterable[OrderFacts], period: Period) -> list[DayCounts]:
    """Per local day of the period: orders placed, and orders that became ready on time / late
    (by the day they became ready)."""
    days = period.days
    placed = dict.fromkeys(days, 0)
    on_time = dict.fromkeys(days, 0)
    late = dict.fromkeys(days, 0)
    for o in orders:
        if o.placed_at in period:
            placed[period.local(o.placed_at).date()] += 1
        if o.ready_at in period and o.ready_on_time is not None:
            target = on_time if o.ready_on_time else late
            target[period.local(o.ready_at).date()] += 1
    return [DayCounts(d, placed[d], on_time[d], late[d]) for d in days]


def by_hour(orders: Iterable[OrderFacts], period: Period) -> list[int]:
    """Orders placed in the period per local hour of the day (index 0 = 00:00–00:59)."""
    hours = [0] * 24
    for o in orders:
        if o.placed_at in period:
            hours[period.local(o.placed_at).hour] += 1
    return hours


# -- right now ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RightNow:
    """The pickup queue now. The first six are the Pickups screen's groups, by its definitions:

    ``overdue`` new or being picked, promised time passed; ``new`` / ``picking`` not late yet;
    ``ready`` ready, pickup window ends in more than a day; ``expiring`` ready and the window
    ends within a day or has passed, or expired and still to go back to stock;
    ``collected_today`` handed over since the store's local midnight. Then:
    ``past_deadline`` ready orders whose pickup window has passed (no-shows to expire: part of
    ``expiring``); ``to_return`` expired orders still to go back to stock (the rest of it).
    """

    overdue: int
    new: int
    picking: int
    ready: int
    expiring: int
    collected_today: int
    past_deadline: int
    to_return: int

    @property
    def open(self) -> int:
        """Orders the store still has to prepare or hand over (new, picking, ready)."""
        return self.overdue + self.new + self.picking + self.ready + self.expiring \
            - self.to_return


#: Below this share of orders ready on time, the Dashboard shows the figure as a warning.
ON_TIME_TARGET = 0.9


def below_on_time_target(on_time_rate: float | None) -> bool:
    return on_time_rate is not None and on_time_rate < ON_TIME_TARGET


# -- how numbers are shown ---------------------------------------------------------------------


def format_rate(value: float | None) -> Text | str:
    """A share as a whole percentage; "—" when there is nothing to measure. Never rounds up to
    100 % or down to 0 % unless it is exactly that (a single late order is not "100 %")."""
    if value is None:
        return NOTHING
    percent = round(value * 100)
    if value < 1:
        percent = min(percent, 99)
    if value > 0:
        percent = max(percent, 1)
    return text(QT_TRANSLATE_NOOP("Messages", "{percent}%"), percent=percent)


def format_duration(value: timedelta | None) -> Text | str:
    """``42 min``, ``3 h 05 min``, ``26 h 10 min`` (hours up to two days, so a day's worth of
    waits compare at a glance), then ``3 d 4 h``; "—" when there is nothing to measure."""
    if value is None:
        return NOTHING
    minutes = round(value.total_seconds() / 60)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    if days >= 2:
        return text(QT_TRANSLATE_NOOP("Messages", "{days} d {hours} h"), days=days, hours=hours)
    hours += 24 * days
    if hours:
        # (the minutes as two digits, written as they are: 3 h 05 min)
        return text(QT_TRANSLATE_NOOP("Messages", "{hours} h {minutes} min"), hours=hours,
                    minutes=f"{mins:02d}")
    return text(QT_TRANSLATE_NOOP("Messages", "{minutes} min"), minutes=mins)


def duration_words(value: timedelta | None) -> str:
    """The same, said in words for screen readers."""
    if value is None:
        return "no orders to measure"
    minutes = round(value.total_seconds() / 60)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    parts = [f"{n} {unit}{'' if n == 1 else 's'}"
             for n, unit in ((days, "day"), (hours, "hour"), (mins, "minute")) if n]
    return " ".join(parts[:2]) if parts else "0 minutes"

"""Returns: the policy as pure rules, and what a return refunds and reverses.

The central service owns the policy (a window per channel, final sale, gift receipts; seeded,
published to devices); the app shows it before anything is done and checks a return with
:func:`assess` before queueing it, the service checks it again against the order as it is
then (never trust the wire). :func:`assess` answers facts — the lines, what each refunds and
reverses, and the :class:`Problem` s the return has —; :func:`sentence` says a problem in
words for staff, the same on both sides.

The rules:

* A return is of an order the customer has (delivered or shipped, collected, paid at the
  till), never more of a line than bought less what was already returned.
* Within the channel's window (days since the customer got the goods, inclusive), and no
  final-sale item: otherwise it is out of policy and needs a manager's approval.
* A gift receipt refunds as store credit only (the person returning did not pay).
* The refund of a line is what was paid for it: its price less its share of the line's
  discount, shared so that all its units together refund exactly what the line cost.
* Points earned on the returned units are taken back (shared the same way).
* A reward paid with points (the line's ``points_paid``) is never turned into money: its
  points go back to the customer's account for the units returned, and only what was paid
  in money for it (usually nothing) is refunded.

Pure: no Qt, SQL or HTTP.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text


class Channel(StrEnum):
    ONLINE = "online"
    IN_STORE = "in_store"
    CLICK_AND_COLLECT = "click_and_collect"


class Reason(StrEnum):
    """Why the customer returns an item (the list staff pick from)."""

    WRONG_SIZE = "wrong_size"
    NOT_AS_DESCRIBED = "not_as_described"
    FAULTY = "faulty"
    DAMAGED_ON_ARRIVAL = "damaged_on_arrival"
    WRONG_ITEM_SENT = "wrong_item_sent"
    ARRIVED_LATE = "arrived_late"
    CHANGED_MIND = "changed_mind"


class Condition(StrEnum):
    RESELLABLE = "resellable"  # back on this store's shelf
    DAMAGED = "damaged"  # written off (to the write-off location)


class RefundMethod(StrEnum):
    TENDER = "tender"  # to how the order was paid: executed by the central service
    STORE_CREDIT = "store_credit"  # a voucher with a code, usable once


class Breach(StrEnum):
    """What a return breaks."""

    # never allowed, whoever approves
    NOTHING_RETURNED = "nothing_returned"
    NOT_ON_ORDER = "not_on_order"
    LINE_TWICE = "line_twice"
    MORE_THAN_RETURNABLE = "more_than_returnable"
    NOT_WITH_CUSTOMER = "not_with_customer"
    GIFT_RECEIPT_TENDER = "gift_receipt_tender"
    # out of policy: a manager may approve
    PAST_WINDOW = "past_window"
    FINAL_SALE = "final_sale"


#: the breaches a manager's approval lets through
APPROVABLE = frozenset({Breach.PAST_WINDOW, Breach.FINAL_SALE})

#: the order statuses in which the customer has the goods, so can return them
WITH_CUSTOMER = frozenset({"shipped", "delivered", "completed", "collected", "returned"})

#: the order events that say the customer got the goods: the return window starts there
RECEIVED_EVENTS = ("delivered", "collected", "completed")


def qty_bought(channel: str, status: str, qty_ordered: int, qty_picked: int, qty_short: int,
               qty_collected: int) -> int:
    """Units of a line the customer got: collected (delivered, paid at the till) as the
    service records it, else what the order's state implies."""
    if qty_collected:
        return qty_collected
    if status not in WITH_CUSTOMER:
        return 0
    if channel == Channel.CLICK_AND_COLLECT or status == "shipped":
        return qty_picked
    return max(0, qty_ordered - qty_short)


#: the window the chain's standard policy gives every channel
DEFAULT_WINDOW_DAYS = 30


@dataclass(frozen=True)
class ReturnPolicy:
    """The returns policy the central service owns (one row per channel there)."""

    policy_id: str = "standard"
    window_days: Mapping[str, int] = field(default_factory=lambda: dict.fromkeys(
        (c.value for c in Channel), DEFAULT_WINDOW_DAYS))
    final_sale_returnable: bool = False
    gift_receipt_store_credit_only: bool = True

    def window_for(self, channel: str) -> int:
        return self.window_days.get(channel, DEFAULT_WINDOW_DAYS)


DEFAULT_POLICY = ReturnPolicy()


@dataclass(frozen=True)
class SoldLine:
    """A line as bought: what the rules need of it."""

    line_id: str
    product_id: str
    qty_bought: int  # what the customer got (ordered less short; collected at a pickup)
    qty_returned: int
    unit_price_cents: int
    discount_cents: int = 0  # the whole line's discount
    points_earned: int = 0  # the whole line's
    points_paid: int = 0  # points spent on it (a reward)
    final_sale: bool = False

    @property
    def returnable(self) -> int:
        return max(0, self.qty_bought - self.qty_returned)

    def refund_for(self, qty: int) -> int:
        """What ``qty`` more units refund, after the ones already returned."""
        return self._paid(self.qty_returned + qty) - self._paid(self.qty_returned)

    def points_reversed_for(self, qty: int) -> int:
        return (_share(self.points_earned, self.qty_returned + qty, self.qty_bought)
                - _share(self.points_earned, self.qty_returned, self.qty_bought))

    def points_restored_for(self, qty: int) -> int:
        return (_share(self.points_paid, self.qty_returned + qty, self.qty_bought)
                - _share(self.points_paid, self.qty_returned, self.qty_bought))

    def _paid(self, units: int) -> int:
        """Money paid for the first ``units`` units (the discount shared over all of them)."""
        return max(0, units * self.unit_price_cents
                   - _share(self.discount_cents, units, self.qty_bought))


def _share(total: int, units: int, of: int) -> int:
    """``units``/``of`` of ``total``, rounded down: consecutive shares add up to ``total``."""
    if of <= 0:
        return 0
    return total * min(units, of) // of


@dataclass(frozen=True)
class SoldOrder:
    order_id: str
    order_number: str
    channel: str
    status: str
    received_at: datetime | None  # when the customer got the goods: the window starts there
    lines: tuple[SoldLine, ...]
    gift_receipt: bool = False

    def line(self, line_id: str) -> SoldLine | None:
        return next((x for x in self.lines if x.line_id == line_id), None)


@dataclass(frozen=True)
class Problem:
    breach: Breach
    line_id: str | None = None
    returnable: int = 0  # MORE_THAN_RETURNABLE: what may still come back
    days: int = 0  # PAST_WINDOW: days since the customer got the goods
    window_days: int = 0

    @property
    def approvable(self) -> bool:
        return self.breach in APPROVABLE


@dataclass(frozen=True)
class LineRefund:
    line_id: str
    product_id: str
    qty: int
    refund_cents: int
    points_reversed: int  # earned on these units, taken back
    points_restored: int  # paid for these units (a reward), given back


@dataclass(frozen=True)
class Assessment:
    lines: tuple[LineRefund, ...]
    problems: tuple[Problem, ...]

    @property
    def refund_cents(self) -> int:
        return sum(x.refund_cents for x in self.lines)

    @property
    def points_reversed(self) -> int:
        return sum(x.points_reversed for x in self.lines)

    @property
    def points_restored(self) -> int:
        return sum(x.points_restored for x in self.lines)

    @property
    def refusals(self) -> tuple[Problem, ...]:
        """What no approval lets through."""
        return tuple(p for p in self.problems if not p.approvable)

    @property
    def exceptions(self) -> tuple[Problem, ...]:
        """What is out of policy: allowed with a manager's approval."""
        return tuple(p for p in self.problems if p.approvable)

    @property
    def in_policy(self) -> bool:
        return not self.problems


def assess(order: SoldOrder, requested: Iterable[tuple[str, int]], method: RefundMethod | str,
           now: datetime, policy: ReturnPolicy = DEFAULT_POLICY) -> Assessment:
    """What returning ``requested`` (``(line_id, qty)`` pairs; qty 0 lines are left out) of
    ``order`` refunds and reverses, and every problem it has."""
    problems: list[Problem] = []
    refunds: list[LineRefund] = []
    seen: set[str] = set()
    for line_id, qty in requested:
        if line_id in seen:
            problems.append(Problem(Breach.LINE_TWICE, line_id))
            continue
        seen.add(line_id)
        if qty <= 0:
            continue
        line = order.line(line_id)
        if line is None:
            problems.append(Problem(Breach.NOT_ON_ORDER, line_id))
            continue
        if qty > line.returnable:
            problems.append(Problem(Breach.MORE_THAN_RETURNABLE, line_id,
                                    returnable=line.returnable))
            continue
        if line.final_sale and not policy.final_sale_returnable:
            problems.append(Problem(Breach.FINAL_SALE, line_id))
        refunds.append(LineRefund(line_id, line.product_id, qty, line.refund_for(qty),
                                  line.points_reversed_for(qty), line.points_restored_for(qty)))
    if not refunds and not problems:
        problems.append(Problem(Breach.NOTHING_RETURNED))
    if order.status not in WITH_CUSTOMER:
        problems.append(Problem(Breach.NOT_WITH_CUSTOMER))
    if (order.gift_receipt and policy.gift_receipt_store_credit_only
            and RefundMethod(method) is RefundMethod.TENDER):
        problems.append(Problem(Breach.GIFT_RECEIPT_TENDER))
    window = policy.window_for(order.channel)
    if order.received_at is not None and now - order.received_at > timedelta(days=window):
        problems.append(Problem(Breach.PAST_WINDOW, days=(now - order.received_at).days,
                                window_days=window))
    return Assessment(tuple(refunds), tuple(problems))


def sentence(problem: Problem, order: SoldOrder, names: Mapping[str, str] | None = None) -> Text:
    """``problem`` for staff: what is wrong and what to do. ``names``: product names by line."""
    names = names or {}
    what = names.get(problem.line_id or "") or text(QT_TRANSLATE_NOOP("Messages", "line {line}"),
                                                    line=str(problem.line_id))
    number = order.order_number
    match problem.breach:
        case Breach.NOTHING_RETURNED:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "Scan the items coming back (or pick the lines) before recording the "
                            "return."))
        case Breach.NOT_ON_ORDER:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "{item} is not on order {order}. Put it aside: it cannot be returned "
                            "against this order."), item=what, order=number)
        case Breach.LINE_TWICE:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "{item} is listed twice; list each line once with its quantity."),
                item=what)
        case Breach.MORE_THAN_RETURNABLE:
            if problem.returnable == 0:
                return text(QT_TRANSLATE_NOOP(
                    "Messages", "Every {item} of order {order} was already returned. Nothing "
                                "more can come back."), item=what, order=number)
            return text(QT_TRANSLATE_NOOP(
                "Messages", "Only {returnable} × {item} of order {order} can still come back "
                            "(bought less already returned)."),
                returnable=problem.returnable, item=what, order=number)
        case Breach.NOT_WITH_CUSTOMER:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "Order {order} has not reached the customer yet, so it cannot be "
                            "returned: cancel it instead, or wait until it is delivered or "
                            "collected."), order=number)
        case Breach.GIFT_RECEIPT_TENDER:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "Order {order} comes back with a gift receipt: it is refunded as "
                            "store credit only. Choose store credit."), order=number)
        case Breach.PAST_WINDOW:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "Order {order} is past the {window}-day return window (days since "
                            "the customer got it: {days}): a manager must approve this return."),
                order=number, window=problem.window_days, days=problem.days)
        case Breach.FINAL_SALE:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "{item} was sold as final sale: a manager must approve returning "
                            "it."), item=what)
    return text(QT_TRANSLATE_NOOP("Messages", "This return is not allowed."))

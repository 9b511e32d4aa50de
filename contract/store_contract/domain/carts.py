"""Finishing a customer's online cart at the counter (issue 14): the rules both sides apply.

A cart the customer built on the web shop (or one they show as a code, ``CART-`` and digits)
is finished in store as one change (``cart.convert``) carrying its final lines — quantities
changed, lines removed, a size or colour swapped for another variant of the same style, items
scanned in — and how it is handed over:

* :attr:`Handoff.TILL` — an in-store sale waiting for payment at the point of sale (this app
  takes no payments): an order of channel ``in_store``, status :data:`AWAITING_PAYMENT`, with a
  ``POS-`` number the till scans; its items are reserved here until the till takes them.
* :attr:`Handoff.PICKUP` — kept for the customer to collect later: a click-and-collect order
  at this store, already picked (status ``picking`` with every line picked: it shows in this
  store's Pickups queue to be staged and marked ready, which needs a shelf location).

Each line comes from one place (the exchange's sources, :class:`~store_contract.domain.
sourcing.Source`): this store's shelf, collected at a nearby store that has it, or sent home
from one. Prices are the catalogue's now; a line whose price changed since the associate showed
it is refused (the customer agreed to the price shown), as is one not available where it should
come from. The online cart is then ``converted``.

Pure: no Qt, SQL or HTTP.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from store_contract.domain.pickup.states import PICKING
from store_contract.domain.sourcing import place_problem, place_sentence
from store_contract.domain.text import QT_TRANSLATE_NOOP, Amount, Text, text

ACTIVE = "active"
ABANDONED = "abandoned"
CONVERTED = "converted"
#: carts a customer may still finish (shown on the 360, opened at the counter)
OPEN = (ACTIVE, ABANDONED)
#: a cart untouched this long counts as abandoned (worth mentioning to the customer)
ABANDONED_AFTER = timedelta(days=7)
#: the status of an in-store sale handed to the till and not paid yet
AWAITING_PAYMENT = "awaiting_payment"
#: at most this many lines in one cart finished at the counter
LINES_MAX = 50

#: the code a customer shows from the web shop (a Code 128 or QR of it)
CART_CODE = re.compile(r"^CART-\d{6,12}$")


class Handoff(StrEnum):
    TILL = "till"  # an in-store sale waiting for payment at the till
    PICKUP = "pickup"  # a click-and-collect order here, picked, collected later


def cart_code(number: int) -> str:
    """The code of the cart numbered ``number`` (the web shop shows it as a barcode)."""
    return f"CART-{number:08d}"


def is_cart_code(code: str) -> bool:
    return bool(CART_CODE.match(code))


def is_open(status: str | None) -> bool:
    return status in OPEN


def abandoned_days(status: str | None, updated_at: datetime | None,
                   now: datetime) -> int | None:
    """How many days ago an open cart was abandoned (last touched), or None if it is not
    abandoned: marked abandoned by the web shop, or untouched for :data:`ABANDONED_AFTER`."""
    if not is_open(status) or updated_at is None:
        return None
    age = now - updated_at
    if status == ABANDONED or age >= ABANDONED_AFTER:
        return max(0, age.days)
    return None


@dataclass(frozen=True)
class Line:
    """A line of the cart as it will be sold, as the rules take it."""

    product_id: str
    qty: int
    shown_price_cents: int | None  # the price the associate showed the customer
    catalogue_price_cents: int | None  # the catalogue's price now; None: not in the catalogue
    source: str
    from_store_id: str | None  # where it comes from (this store for HERE)
    available: int  # units available there now (on hand less reserved)

    @property
    def cents(self) -> int:
        return self.qty * (self.catalogue_price_cents or 0)


def total_cents(lines: Iterable[Line]) -> int:
    return sum(x.cents for x in lines)


def group_by_place(lines: Iterable[Line], store_id: str) -> dict[tuple[str, str], list[Line]]:
    """The lines by (source, store) — one order per place, in the order first met."""
    groups: dict[tuple[str, str], list[Line]] = {}
    for x in lines:
        groups.setdefault((x.source, x.from_store_id or store_id), []).append(x)
    return groups


class Breach(StrEnum):
    EMPTY = "empty"
    TOO_MANY = "too_many"
    NOT_OPEN = "not_open"
    NOT_IN_CATALOGUE = "not_in_catalogue"
    PRICE_CHANGED = "price_changed"
    NOT_AVAILABLE = "not_available"
    NO_STORE = "no_store"
    COLLECT_HERE = "collect_here"
    LISTED_TWICE = "listed_twice"


@dataclass(frozen=True)
class Problem:
    breach: Breach
    product_id: str | None = None
    source: str | None = None
    from_store_id: str | None = None
    available: int = 0
    was_cents: int | None = None
    now_cents: int | None = None
    status: str | None = None


def check(lines: Iterable[Line], store_id: str, cart_status: str | None) -> tuple[Problem, ...]:
    """What is wrong with finishing a cart (in ``cart_status``) with ``lines`` at ``store_id``
    (nothing: ())."""
    items = list(lines)
    problems: list[Problem] = []
    if not is_open(cart_status):
        problems.append(Problem(Breach.NOT_OPEN, status=cart_status))
    if not items:
        problems.append(Problem(Breach.EMPTY))
    if len(items) > LINES_MAX:
        problems.append(Problem(Breach.TOO_MANY))
    seen: set[tuple[str, str, str | None]] = set()
    for x in items:
        key = (x.product_id, x.source, x.from_store_id)
        if key in seen:
            problems.append(Problem(Breach.LISTED_TWICE, x.product_id))
            continue
        seen.add(key)
        if x.catalogue_price_cents is None:
            problems.append(Problem(Breach.NOT_IN_CATALOGUE, x.product_id))
            continue
        if x.shown_price_cents is not None and x.shown_price_cents != x.catalogue_price_cents:
            problems.append(Problem(Breach.PRICE_CHANGED, x.product_id,
                                    was_cents=x.shown_price_cents,
                                    now_cents=x.catalogue_price_cents))
            continue
        placed = place_problem(x, store_id, Breach, Problem)
        if placed is not None:
            problems.append(placed)
    return tuple(problems)


def sentence(problem: Problem, name: str = "", store_name: str = "",
             money: tuple[Any, Any] = ("", ""), currency: str | None = None) -> Text:
    """``problem`` for staff: what is wrong and what to do (``money``: the price shown and the
    price now, as :class:`Amount` or written by the caller; else ``currency`` says the cart's
    currency and the amounts are made here)."""
    what = name or problem.product_id or text(QT_TRANSLATE_NOOP("Messages", "the item"))
    where = store_name or problem.from_store_id or text(QT_TRANSLATE_NOOP("Messages",
                                                                          "that store"))
    match problem.breach:
        case Breach.NOT_OPEN:
            if problem.status == CONVERTED:
                return text(QT_TRANSLATE_NOOP(
                    "Messages", "This cart has already been finished (converted to an order), "
                                "so it cannot be finished again."))
            if problem.status:
                return text(QT_TRANSLATE_NOOP(
                    "Messages", "This cart is {status}, so it cannot be finished again."),
                    status=problem.status)
            return text(QT_TRANSLATE_NOOP(
                "Messages", "This cart is not open, so it cannot be finished again."))
        case Breach.EMPTY:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "The cart is empty: scan the items the customer wants before handing "
                            "it over."))
        case Breach.TOO_MANY:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "A cart finished at the counter takes at most {lines} lines."),
                lines=LINES_MAX)
        case Breach.NOT_IN_CATALOGUE:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "{item} is no longer in the catalogue; remove it from the cart."),
                item=what)
        case Breach.PRICE_CHANGED:
            was, now = money
            if currency is not None:
                was = was or Amount(problem.was_cents or 0, currency)
                now = now or Amount(problem.now_cents or 0, currency)
            return text(QT_TRANSLATE_NOOP(
                "Messages", "The price of {item} is now {now} (the cart showed {was}). Tell the "
                            "customer and open the cart again."),
                item=what, now=now or problem.now_cents, was=was or problem.was_cents)
    return place_sentence(problem.breach, problem.source, problem.available, what, where,
                          not_here=text(QT_TRANSLATE_NOOP(
                              "Messages", "Order it from a nearby store, or fewer."))) \
        or text(QT_TRANSLATE_NOOP("Messages", "This cart cannot be finished."))


def handoff_status(handoff: str) -> tuple[str, str, str]:
    """(channel, number prefix, status) of the order the cart becomes here."""
    if handoff == Handoff.PICKUP:
        return ("click_and_collect", "CC", PICKING)  # picked: staged and marked ready next
    return ("in_store", "POS", AWAITING_PAYMENT)

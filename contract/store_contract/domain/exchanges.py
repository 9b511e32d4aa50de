"""Exchanges: a return plus replacement items, and the price difference between them.

An exchange is one change (``order.exchange``): the items coming back are a return under the
returns rules (:mod:`store_contract.domain.returns`: policy, window, never more than bought),
and the replacements are new goods for the same customer, each from one of three places:

* :attr:`Source.HERE` — from this store's shelf, handed over at the counter now. The units are
  reserved on the device the moment the exchange is recorded (even offline), and taken off this
  store's stock when the service applies it.
* :attr:`Source.COLLECT` — reserved at a nearby store that has them and collected there: a
  click-and-collect order placed for the customer at that store (it joins that store's Pickups
  queue to be picked).
* :attr:`Source.SHIP` — sent to the customer's home from a store that has them: a web order
  placed for the customer, reserved at that store.

The difference is settled once, at catalogue prices (a replacement is a new sale): the value of
what came back pays for the replacements first; what the replacements cost beyond it is paid by
the customer at the till (this app takes no payments); what is left over is refunded the way the
customer chose (to the original payment or as store credit, as a return's refund is).

Pure: no Qt, SQL or HTTP.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from store_contract.domain.sourcing import Source, place_problem, place_sentence
from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text

__all__ = ["Source"]  # (where goods come from: domain/sourcing.py, re-exported here)


#: at most this many replacement lines in one exchange
REPLACEMENTS_MAX = 50


@dataclass(frozen=True)
class Replacement:
    """A replacement line as the rules take it."""

    product_id: str
    qty: int
    unit_price_cents: int | None  # the catalogue price; None: not in the catalogue
    source: str
    from_store_id: str | None  # where it comes from (this store for HERE)
    available: int  # units available there now (on hand less reserved)

    @property
    def cents(self) -> int:
        return self.qty * (self.unit_price_cents or 0)


@dataclass(frozen=True)
class Settlement:
    """How the difference between what came back and the replacements is settled."""

    returned_cents: int  # what the items coming back are worth (their return refund)
    replacement_cents: int  # the replacements at catalogue prices

    @property
    def credit_applied_cents(self) -> int:
        """Of the returned value, what pays for the replacements."""
        return min(self.returned_cents, self.replacement_cents)

    @property
    def due_cents(self) -> int:
        """What the customer still pays, at the till."""
        return max(0, self.replacement_cents - self.returned_cents)

    @property
    def refund_cents(self) -> int:
        """What is given back to the customer (to the tender or as store credit)."""
        return max(0, self.returned_cents - self.replacement_cents)

    @property
    def difference_cents(self) -> int:
        """Positive: the customer pays it; negative: the customer gets it back."""
        return self.replacement_cents - self.returned_cents


def settle(returned_cents: int, replacements: Iterable[Replacement]) -> Settlement:
    return Settlement(returned_cents, sum(x.cents for x in replacements))


class Breach(StrEnum):
    NO_REPLACEMENT = "no_replacement"
    TOO_MANY = "too_many"
    NOT_IN_CATALOGUE = "not_in_catalogue"
    NOT_AVAILABLE = "not_available"
    NO_STORE = "no_store"  # collect/ship without a store to take it from
    COLLECT_HERE = "collect_here"  # "collect at this store" is a replacement from here
    LISTED_TWICE = "listed_twice"


@dataclass(frozen=True)
class Problem:
    breach: Breach
    product_id: str | None = None
    source: str | None = None
    from_store_id: str | None = None
    available: int = 0


def check(replacements: Iterable[Replacement], store_id: str) -> tuple[Problem, ...]:
    """What is wrong with the replacements of an exchange made at ``store_id`` (nothing: ())."""
    items = list(replacements)
    problems: list[Problem] = []
    if not items:
        problems.append(Problem(Breach.NO_REPLACEMENT))
    if len(items) > REPLACEMENTS_MAX:
        problems.append(Problem(Breach.TOO_MANY))
    seen: set[tuple[str, str, str | None]] = set()
    for x in items:
        key = (x.product_id, x.source, x.from_store_id)
        if key in seen:
            problems.append(Problem(Breach.LISTED_TWICE, x.product_id))
            continue
        seen.add(key)
        if x.unit_price_cents is None:
            problems.append(Problem(Breach.NOT_IN_CATALOGUE, x.product_id))
            continue
        placed = place_problem(x, store_id, Breach, Problem)
        if placed is not None:
            problems.append(placed)
    return tuple(problems)


def sentence(problem: Problem, name: str = "", store_name: str = "") -> Text:
    """``problem`` for staff: what is wrong and what to do (``name``: the product's,
    ``store_name``: the store it would come from)."""
    what = name or problem.product_id or text(QT_TRANSLATE_NOOP("Messages", "the item"))
    where = store_name or problem.from_store_id or text(QT_TRANSLATE_NOOP("Messages",
                                                                          "that store"))
    match problem.breach:
        case Breach.NO_REPLACEMENT:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "Scan the replacement items (or add them) before recording the "
                            "exchange; with nothing in exchange, record a return instead."))
        case Breach.TOO_MANY:
            return text(QT_TRANSLATE_NOOP("Messages", "An exchange takes at most {lines} "
                                                      "replacement lines."),
                        lines=REPLACEMENTS_MAX)
        case Breach.NOT_IN_CATALOGUE:
            return text(QT_TRANSLATE_NOOP("Messages", "{item} is not in the catalogue, so it "
                                                      "cannot be given in exchange."), item=what)
    return place_sentence(problem.breach, problem.source, problem.available, what, where,
                          not_here=text(QT_TRANSLATE_NOOP(
                              "Messages", "Order it from a nearby store or to the customer's "
                                          "home instead."))) \
        or text(QT_TRANSLATE_NOOP("Messages", "This exchange is not allowed."))


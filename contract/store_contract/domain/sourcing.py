"""Where goods given at the counter come from — this store's shelf, a nearby store where the
customer collects them, or a store that sends them home — and what stops an item coming from
there. Shared by exchanges (``domain/exchanges.py``) and carts finished at the counter
(``domain/carts.py``): each has its own problems besides these, and its own words around them.

Pure: no Qt, SQL or HTTP.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any, Protocol, TypeVar

from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text


class Source(StrEnum):
    HERE = "here"  # this store's shelf
    COLLECT = "collect"  # reserved at a nearby store, collected there
    SHIP = "ship"  # sent to the customer's home from a store that has it


class Sourced(Protocol):
    @property
    def product_id(self) -> str: ...
    @property
    def qty(self) -> int: ...
    @property
    def source(self) -> str: ...
    @property
    def from_store_id(self) -> str | None: ...
    @property
    def available(self) -> int: ...


#: the breaches of where an item comes from, by their value (each user's enum has them)
NO_STORE, COLLECT_HERE, NOT_AVAILABLE, LISTED_TWICE = (
    "no_store", "collect_here", "not_available", "listed_twice")

P = TypeVar("P")


def place_problem(item: Sourced, store_id: str, breaches: Any,
                  make: Callable[..., P]) -> P | None:
    """What stops ``item`` coming from where it says (at ``store_id``), as the caller's problem
    (``make(breach, product_id, source, from_store_id, available)`` with ``breaches`` its enum);
    None: nothing."""
    if item.source != Source.HERE and not item.from_store_id:
        return make(breaches(NO_STORE), item.product_id, item.source)
    if item.source == Source.COLLECT and item.from_store_id == store_id:
        return make(breaches(COLLECT_HERE), item.product_id, item.source, store_id)
    if item.qty > item.available:
        return make(breaches(NOT_AVAILABLE), item.product_id, item.source, item.from_store_id,
                    max(0, item.available))
    return None


def place_sentence(breach: str, source: str | None, available: int, what: str, where: str,
                   *, not_here: Text) -> Text | None:
    """The shared breaches in words (None for another breach); ``not_here``: what to do when
    the shelf here has too few."""
    match breach:
        case "no_store":
            return text(QT_TRANSLATE_NOOP("Messages", "Choose the store {item} comes from."),
                        item=what)
        case "collect_here":
            return text(QT_TRANSLATE_NOOP("Messages", "{item} is to be collected at this store: "
                                                      "take it from the shelf here instead "
                                                      "(source: here)."), item=what)
        case "listed_twice":
            return text(QT_TRANSLATE_NOOP("Messages", "{item} is listed twice from the same "
                                                      "place; list it once with its quantity."),
                        item=what)
        case "not_available":
            if source == Source.HERE:
                return text(QT_TRANSLATE_NOOP("Messages", "Only {available} × {item} available "
                                                          "in this store now. {what_to_do}"),
                            available=available, item=what, what_to_do=not_here)
            return text(QT_TRANSLATE_NOOP("Messages", "Only {available} × {item} available at "
                                                      "{store} now. Choose another store, or "
                                                      "fewer."),
                        available=available, item=what, store=where)
    return None

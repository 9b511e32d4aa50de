"""Stock in a store as staff talk about it: on hand, reserved for orders, available to sell.

A product is *stocked* in a store when the store has an inventory row for it; a product of the
chain's catalogue that the store does not range is "not stocked", which is not the same as
"out of stock" (a stocked product with nothing left to sell).
"""

from __future__ import annotations

from enum import StrEnum

#: Available units at or below this (and above zero) count as low stock.
LOW_STOCK = 3


class StockFilter(StrEnum):
    ALL = "all"  # every product of the catalogue
    LOW = "low"  # stocked here, 1..LOW_STOCK available
    OUT = "out"  # stocked here, nothing available (all sold or held for orders)


def available(on_hand: int | None, reserved: int | None) -> int:
    """Units that can be sold: on hand less those held for orders, never below zero."""
    return max(0, (on_hand or 0) - (reserved or 0))


def level(stocked: bool, available_units: int) -> str:
    """``"not_stocked"``, ``"out"``, ``"low"`` or ``"ok"``."""
    if not stocked:
        return "not_stocked"
    if available_units <= 0:
        return "out"
    return "low" if available_units <= LOW_STOCK else "ok"


def matches(stock_filter: StockFilter, stocked: bool, available_units: int) -> bool:
    """Whether a product belongs in the list for ``stock_filter`` (the cache SQL agrees)."""
    if stock_filter is StockFilter.LOW:
        return stocked and 0 < available_units <= LOW_STOCK
    if stock_filter is StockFilter.OUT:
        return stocked and available_units <= 0
    return True

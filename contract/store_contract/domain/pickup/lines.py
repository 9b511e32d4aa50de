"""The typed order and line the pickup rules work on.

The app's cache rows, the service's database rows and wire models all carry these names; the
``of`` constructors take any of them (a mapping or an object), so each side keeps its own
richer record and hands the rules only what they need.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from store_contract.domain.pickup.times import as_datetime


def _getter(record: Any):
    if isinstance(record, Mapping):
        return record.get
    return lambda k, d=None: getattr(record, k, d)


@dataclass(frozen=True)
class PickLine:
    line_id: str
    product_id: str
    qty_ordered: int
    qty_picked: int = 0
    qty_short: int = 0
    ean13: str | None = None  # of the ordered product (else looked up in products_by_ean)
    substitute_product_id: str | None = None
    allows_substitution: bool = True  # may the ordered product be replaced at all
    name: str | None = None
    qty_substituted: int = 0
    #: units the customer declined at handover (changes.py): back to stock, refunded
    qty_declined: int = 0
    unit_price_cents: int = 0
    discount_cents: int = 0  # the whole line's (of the units still going to the customer)
    points_earned: int = 0  # the whole line's (likewise)
    points_paid: int = 0
    add_on: bool = False  # taken from the shelf at handover, paid at the till

    @property
    def remaining(self) -> int:
        """Units neither picked nor recorded short."""
        return max(0, self.qty_ordered - self.qty_picked - self.qty_short)

    @classmethod
    def of(cls, line: Any) -> PickLine:
        """From a mapping or an object with the same names (a cache row, a wire model)."""
        if isinstance(line, PickLine):
            return line
        get = _getter(line)
        allows = get("allows_substitution", True)
        return cls(
            line_id=str(get("line_id")),
            product_id=str(get("product_id")),
            qty_ordered=int(get("qty_ordered") or 0),
            qty_picked=int(get("qty_picked") or 0),
            qty_short=int(get("qty_short") or 0),
            ean13=get("ean13"),
            substitute_product_id=get("substitute_product_id"),
            allows_substitution=True if allows is None else bool(allows),
            name=get("name"),
            qty_substituted=int(get("qty_substituted") or 0),
            qty_declined=int(get("qty_declined") or 0),
            unit_price_cents=int(get("unit_price_cents") or 0),
            discount_cents=int(get("discount_cents") or 0),
            points_earned=int(get("points_earned") or 0),
            points_paid=int(get("points_paid") or 0),
            add_on=bool(get("add_on") or False),
        )



@dataclass(frozen=True)
class PickupOrder:
    """What the rules need of a click-and-collect order: its state, its lines, and the facts
    that decide handover and expiry."""

    order_id: str
    status: str
    lines: tuple[PickLine, ...] = ()
    allow_substitutions: bool = True
    staging_location: str | None = None
    pickup_expires_at: datetime | None = None
    failed_code_attempts: int = 0

    @classmethod
    def of(cls, order: Any, lines: Any = None) -> PickupOrder:
        """From a mapping or an object with the same names (a cache row, a wire model);
        ``lines`` when they are kept apart from the order (else its ``lines``)."""
        if isinstance(order, PickupOrder):
            return order
        get = _getter(order)
        allows = get("allow_substitutions", True)
        return cls(
            order_id=str(get("order_id")),
            status=str(get("status")),
            lines=tuple(PickLine.of(x) for x in (lines if lines is not None
                                                  else get("lines") or ())),
            allow_substitutions=True if allows is None else bool(allows),
            staging_location=get("staging_location"),
            pickup_expires_at=as_datetime(get("pickup_expires_at")),
            failed_code_attempts=int(get("failed_code_attempts") or 0),
        )

    def line(self, line_id: str) -> PickLine | None:
        return next((x for x in self.lines if x.line_id == line_id), None)

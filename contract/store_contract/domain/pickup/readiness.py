"""Partial availability: whether a picked order may be marked ready, said in one sentence.

* **complete** — every unit is picked (a substitute counts as picked);
* **ready with shortages** — something is picked and every missing unit is recorded short:
  the order may be marked ready; the customer is told what is missing;
* **hold** — nothing could be picked: do not mark it ready; a manager cancels and refunds it;
* **incomplete** — units are neither picked nor recorded short yet: keep picking.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from store_contract.domain.pickup.lines import PickLine, PickupOrder
from store_contract.domain.pickup.states import PICKING, READY, IllegalTransition
from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text

ReadinessKind = Literal["complete", "ready_with_shortages", "hold", "incomplete"]


@dataclass(frozen=True)
class Readiness:
    kind: ReadinessKind
    sentence: Text
    picked: int = 0
    short: int = 0
    remaining: int = 0

    @property
    def may_mark_ready(self) -> bool:
        return self.kind in ("complete", "ready_with_shortages")


def readiness(lines: PickupOrder | Iterable[Any]) -> Readiness:
    """The partial-availability rule, as staff see it (see the module docstring), for an order
    or its lines."""
    all_lines = lines.lines if isinstance(lines, PickupOrder) else [PickLine.of(x) for x in lines]
    picked = sum(min(x.qty_picked, x.qty_ordered) for x in all_lines)
    short = sum(x.qty_short for x in all_lines)
    remaining = sum(x.remaining for x in all_lines)
    total = sum(x.qty_ordered for x in all_lines)
    if not all_lines or total == 0:
        return Readiness("hold", text(QT_TRANSLATE_NOOP(
            "Messages", "This order has no items. Ask a manager to cancel it.")))
    if remaining:
        return Readiness("incomplete", text(QT_TRANSLATE_NOOP(
            "Messages", "Items still to pick or record short: {remaining} of {total}."),
            remaining=remaining, total=total), picked, short, remaining)
    if short == 0:
        return Readiness("complete", text(QT_TRANSLATE_NOOP(
            "Messages", "All items picked ({total} of {total}): stage it and mark it ready."),
            total=total), picked, short, 0)
    if picked == 0:
        return Readiness("hold", text(QT_TRANSLATE_NOOP(
            "Messages", "Nothing could be picked: do not mark it ready. Ask a manager to cancel "
                        "the order and refund the customer.")), picked, short, 0)
    return Readiness("ready_with_shortages", text(QT_TRANSLATE_NOOP(
        "Messages", "Ready with shortages: picked {picked} of {total}, missing {short}. The "
                    "customer is told what is missing and refunded for it."),
        picked=picked, total=total, short=short), picked, short, 0)


def check_mark_ready(lines: PickupOrder | Iterable[Any]) -> Readiness:
    r = readiness(lines)
    if not r.may_mark_ready:
        raise IllegalTransition(text(QT_TRANSLATE_NOOP(
            "Messages", "The order cannot be marked ready: {why}"), why=r.sentence),
            current=PICKING, target=READY)
    return r



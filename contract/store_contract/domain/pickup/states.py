"""The click-and-collect order's states, who may move an order between them, and the checks
that refuse an illegal move with a sentence for staff.

States and who moves an order between them (``TRANSITIONS``)::

    new ──start picking──▶ picking ──mark ready──▶ ready_for_pickup ──handover──▶ collected
                                                        │
                                                        └─expire (no-show)─▶ expired
                                                                               │
                                                     return to stock ◀─────────┘
                                                     ▼
                                               returned_to_stock
    new | picking | ready_for_pickup ──cancel (central service only)──▶ cancelled
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

NEW = "new"
PICKING = "picking"
READY = "ready_for_pickup"
COLLECTED = "collected"
EXPIRED = "expired"
RETURNED = "returned_to_stock"
CANCELLED = "cancelled"

STATES = (NEW, PICKING, READY, COLLECTED, EXPIRED, RETURNED, CANCELLED)
#: States in which the store still holds the order's stock (reserved units).
HOLDS_STOCK = (NEW, PICKING, READY, EXPIRED)
FINAL_STATES = (COLLECTED, RETURNED, CANCELLED)

Actor = Literal["associate", "manager", "service"]


@dataclass(frozen=True)
class Transition:
    action: str  # what staff (or the service) do
    who: tuple[Actor, ...]  # who may do it; "service" = only the central service, online


#: (from, to) -> the action that makes that move. Anything not listed is illegal.
TRANSITIONS: dict[tuple[str, str], Transition] = {
    (NEW, PICKING): Transition("start picking", ("associate", "manager")),
    (PICKING, READY): Transition("mark ready", ("associate", "manager")),
    (READY, COLLECTED): Transition("hand over", ("associate", "manager")),
    (READY, EXPIRED): Transition("expire", ("associate", "manager")),
    (EXPIRED, RETURNED): Transition("return to stock", ("associate", "manager")),
    (NEW, CANCELLED): Transition("cancel", ("service",)),
    (PICKING, CANCELLED): Transition("cancel", ("service",)),
    (READY, CANCELLED): Transition("cancel", ("service",)),
}

#: What each state means to someone holding the order: used in refusal sentences.
_STATE_WORDS = {
    NEW: "has not been started",
    PICKING: "is being picked",
    READY: "is ready for pickup",
    COLLECTED: "has already been collected",
    EXPIRED: "has expired (the customer did not come)",
    RETURNED: "has been returned to stock",
    CANCELLED: "was cancelled",
}

#: What must be true before each action, said as the next step to take.
_NEEDS = {
    PICKING: "Only a new order can be started.",
    READY: "Only an order being picked can be marked ready.",
    COLLECTED: "Only an order that is ready for pickup can be handed over.",
    EXPIRED: "Only an order waiting for pickup can expire.",
    RETURNED: "Only an expired order goes back to stock this way.",
    CANCELLED: "Only an order that is not yet collected, expired or returned can be cancelled.",
}


class IllegalTransition(ValueError):
    """A move the state machine does not allow; the message is a sentence for staff."""

    def __init__(self, reason: str, *, current: str = "", target: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.current = current
        self.target = target


def check_transition(current: str, target: str, *, actor: Actor | None = None) -> None:
    """Nothing if ``current → target`` is legal (for ``actor``, if given); else
    :class:`IllegalTransition` saying why and what is possible instead."""
    if current not in STATES:
        raise IllegalTransition(f"The order is in an unknown state ({current!r}).",
                                current=current, target=target)
    if target not in STATES:
        raise IllegalTransition(f"{target!r} is not an order state.",
                                current=current, target=target)
    move = TRANSITIONS.get((current, target))
    if move is None:
        if current == target:
            reason = f"The order {_STATE_WORDS[current]} already."
        else:
            reason = f"The order {_STATE_WORDS[current]}. {_NEEDS.get(target, '')}".strip()
        raise IllegalTransition(reason, current=current, target=target)
    if actor is not None and actor not in move.who:
        if move.who == ("service",):
            reason = (f"Only the central service can {move.action} an order (online, by "
                      "customer service or a manager in the back office).")
        else:
            reason = f"A {actor} cannot {move.action} an order."
        raise IllegalTransition(reason, current=current, target=target)


def can_transition(current: str, target: str, actor: Actor | None = None) -> bool:
    try:
        check_transition(current, target, actor=actor)
    except IllegalTransition:
        return False
    return True


def next_states(current: str, actor: Actor | None = None) -> list[str]:
    """The states ``actor`` may move an order in ``current`` to (for enabling buttons)."""
    return [t for (f, t), move in TRANSITIONS.items()
            if f == current and (actor is None or actor in move.who)]


def check_editable(current: str) -> None:
    """Lines (picks, shortages, substitutes) change only while the order is being picked."""
    if current != PICKING:
        hint = " Start picking it first." if current == NEW else ""
        raise IllegalTransition(
            f"The order {_STATE_WORDS.get(current, 'is in an unknown state')}, so its items "
            f"cannot be changed.{hint}", current=current, target=current)


def check_stageable(current: str) -> None:
    """An order is put on (or moved to) a shelf while picked or waiting for pickup."""
    if current not in (PICKING, READY):
        raise IllegalTransition(
            f"The order {_STATE_WORDS.get(current, 'is in an unknown state')}, so it cannot be "
            "staged.", current=current, target=current)


def cancellation_reason(order_number: str, reason: str | None) -> str:
    """The sentence a device sees when the service cancelled an order it was working on."""
    why = f" ({reason})" if reason else ""
    return (f"Order {order_number} was cancelled by the central service{why}. Nothing more can "
            "be done to it in the store.")

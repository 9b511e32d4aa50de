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

from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text

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
    action: Text  # what staff (or the service) do
    who: tuple[Actor, ...]  # who may do it; "service" = only the central service, online


#: (from, to) -> the action that makes that move. Anything not listed is illegal.
TRANSITIONS: dict[tuple[str, str], Transition] = {
    (NEW, PICKING): Transition(text(QT_TRANSLATE_NOOP("Messages", "start picking")),
                               ("associate", "manager")),
    (PICKING, READY): Transition(text(QT_TRANSLATE_NOOP("Messages", "mark ready")),
                                 ("associate", "manager")),
    (READY, COLLECTED): Transition(text(QT_TRANSLATE_NOOP("Messages", "hand over")),
                                   ("associate", "manager")),
    (READY, EXPIRED): Transition(text(QT_TRANSLATE_NOOP("Messages", "expire")),
                                 ("associate", "manager")),
    (EXPIRED, RETURNED): Transition(text(QT_TRANSLATE_NOOP("Messages", "return to stock")),
                                    ("associate", "manager")),
    (NEW, CANCELLED): Transition(text(QT_TRANSLATE_NOOP("Messages", "cancel")), ("service",)),
    (PICKING, CANCELLED): Transition(text(QT_TRANSLATE_NOOP("Messages", "cancel")),
                                     ("service",)),
    (READY, CANCELLED): Transition(text(QT_TRANSLATE_NOOP("Messages", "cancel")), ("service",)),
}

#: What each state means to someone holding the order: used in refusal sentences.
_STATE_WORDS: dict[str, Text] = {
    NEW: text(QT_TRANSLATE_NOOP("Messages", "has not been started")),
    PICKING: text(QT_TRANSLATE_NOOP("Messages", "is being picked")),
    READY: text(QT_TRANSLATE_NOOP("Messages", "is ready for pickup")),
    COLLECTED: text(QT_TRANSLATE_NOOP("Messages", "has already been collected")),
    EXPIRED: text(QT_TRANSLATE_NOOP("Messages", "has expired (the customer did not come)")),
    RETURNED: text(QT_TRANSLATE_NOOP("Messages", "has been returned to stock")),
    CANCELLED: text(QT_TRANSLATE_NOOP("Messages", "was cancelled")),
}
_UNKNOWN_STATE = text(QT_TRANSLATE_NOOP("Messages", "is in an unknown state"))

#: What must be true before each action, said as the next step to take.
_NEEDS: dict[str, Text] = {
    PICKING: text(QT_TRANSLATE_NOOP("Messages", "Only a new order can be started.")),
    READY: text(QT_TRANSLATE_NOOP("Messages", "Only an order being picked can be marked ready.")),
    COLLECTED: text(QT_TRANSLATE_NOOP("Messages", "Only an order that is ready for pickup can "
                                                  "be handed over.")),
    EXPIRED: text(QT_TRANSLATE_NOOP("Messages", "Only an order waiting for pickup can expire.")),
    RETURNED: text(QT_TRANSLATE_NOOP("Messages", "Only an expired order goes back to stock this "
                                                 "way.")),
    CANCELLED: text(QT_TRANSLATE_NOOP("Messages", "Only an order that is not yet collected, "
                                                  "expired or returned can be cancelled.")),
}

#: who an actor is, in refusal sentences
_ACTOR_WORDS: dict[str, Text] = {
    "associate": text(QT_TRANSLATE_NOOP("Messages", "associate")),
    "manager": text(QT_TRANSLATE_NOOP("Messages", "manager")),
    "service": text(QT_TRANSLATE_NOOP("Messages", "service")),
}


class IllegalTransition(ValueError):
    """A move the state machine does not allow; the message is a sentence for staff."""

    def __init__(self, reason: Text | str, *, current: str = "", target: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.current = current
        self.target = target


def check_transition(current: str, target: str, *, actor: Actor | None = None) -> None:
    """Nothing if ``current → target`` is legal (for ``actor``, if given); else
    :class:`IllegalTransition` saying why and what is possible instead."""
    if current not in STATES:
        raise IllegalTransition(text(QT_TRANSLATE_NOOP(
            "Messages", "The order is in an unknown state ({state})."), state=repr(current)),
            current=current, target=target)
    if target not in STATES:
        raise IllegalTransition(text(QT_TRANSLATE_NOOP(
            "Messages", "{state} is not an order state."), state=repr(target)),
            current=current, target=target)
    move = TRANSITIONS.get((current, target))
    if move is None:
        if current == target:
            reason = text(QT_TRANSLATE_NOOP("Messages", "The order {state} already."),
                          state=_STATE_WORDS[current])
        elif target in _NEEDS:
            reason = text(QT_TRANSLATE_NOOP("Messages", "The order {state}. {needs}"),
                          state=_STATE_WORDS[current], needs=_NEEDS[target])
        else:
            reason = text(QT_TRANSLATE_NOOP("Messages", "The order {state}."),
                          state=_STATE_WORDS[current])
        raise IllegalTransition(reason, current=current, target=target)
    if actor is not None and actor not in move.who:
        if move.who == ("service",):
            reason = text(QT_TRANSLATE_NOOP(
                "Messages", "Only the central service can {action} an order (online, by "
                            "customer service or a manager in the back office)."),
                action=move.action)
        else:
            reason = text(QT_TRANSLATE_NOOP("Messages", "A {actor} cannot {action} an order."),
                          actor=_ACTOR_WORDS.get(actor, actor), action=move.action)
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
        state = _STATE_WORDS.get(current, _UNKNOWN_STATE)
        if current == NEW:
            reason = text(QT_TRANSLATE_NOOP("Messages", "The order {state}, so its items cannot "
                                                        "be changed. Start picking it first."),
                          state=state)
        else:
            reason = text(QT_TRANSLATE_NOOP("Messages", "The order {state}, so its items cannot "
                                                        "be changed."), state=state)
        raise IllegalTransition(reason, current=current, target=current)


def check_stageable(current: str) -> None:
    """An order is put on (or moved to) a shelf while picked or waiting for pickup."""
    if current not in (PICKING, READY):
        raise IllegalTransition(text(QT_TRANSLATE_NOOP(
            "Messages", "The order {state}, so it cannot be staged."),
            state=_STATE_WORDS.get(current, _UNKNOWN_STATE)), current=current, target=current)


def cancellation_reason(order_number: str, reason: str | None) -> Text:
    """The sentence a device sees when the service cancelled an order it was working on."""
    if reason:
        return text(QT_TRANSLATE_NOOP(
            "Messages", "Order {order} was cancelled by the central service ({reason}). Nothing "
                        "more can be done to it in the store."), order=order_number, reason=reason)
    return text(QT_TRANSLATE_NOOP(
        "Messages", "Order {order} was cancelled by the central service. Nothing more can be "
                    "done to it in the store."), order=order_number)

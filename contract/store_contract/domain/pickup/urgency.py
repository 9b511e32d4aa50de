"""How urgent a click-and-collect order is: due or late against its promise while it is
picked, kept or a no-show against its pickup window once ready. Plain facts; the app's
screens say them in words (``gui/formatting.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from store_contract.domain.pickup.states import EXPIRED, NEW, PICKING, READY
from store_contract.domain.pickup.times import as_datetime

UrgencyKind = Literal["no_promise", "due", "late", "ready", "kept", "no_show", "to_return",
                      "other"]


@dataclass(frozen=True)
class Urgency:
    kind: UrgencyKind
    #: until the promise or the end of the pickup window ("due", "kept"), or since it
    #: ("late", "no_show"); None for the other kinds
    span: timedelta | None = None
    status: str = ""

    @property
    def overdue(self) -> bool:
        """Past its promise or pickup window, or waiting to go back to stock."""
        return self.kind in ("late", "no_show", "to_return")


def urgency(status: str, promised_at: object, pickup_expires_at: object,
            now: datetime) -> Urgency:
    """How urgent an order in ``status`` is at ``now`` (timestamps as ISO text or datetimes)."""
    if status in (NEW, PICKING):
        due = as_datetime(promised_at)
        if due is None:
            return Urgency("no_promise", status=status)
        return (Urgency("due", due - now, status) if due > now
                else Urgency("late", now - due, status))
    if status == READY:
        expires = as_datetime(pickup_expires_at)
        if expires is None:
            return Urgency("ready", status=status)
        return (Urgency("kept", expires - now, status) if expires > now
                else Urgency("no_show", now - expires, status))
    if status == EXPIRED:
        return Urgency("to_return", status=status)
    return Urgency("other", status=status)

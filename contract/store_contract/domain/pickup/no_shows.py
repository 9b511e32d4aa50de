"""No-shows: a ready order waits a fixed time for its customer, then may be expired and its
items returned to stock."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from store_contract.domain.pickup.states import EXPIRED, READY, IllegalTransition, check_transition
from store_contract.domain.pickup.times import as_datetime
from store_contract.domain.text import QT_TRANSLATE_NOOP, Moment, text

#: How long a ready order waits for its customer before it is a no-show.
PICKUP_HOLD = timedelta(days=7)
#: A ready order whose pickup window ends within this is "expiring" in the queue.
EXPIRING_SOON = timedelta(hours=24)


def is_overdue(status: str, pickup_expires_at: Any, now: datetime) -> bool:
    """A ready order whose pickup window has passed: a no-show that may be expired."""
    expires = as_datetime(pickup_expires_at)
    return status == READY and expires is not None and expires <= now


def check_expire(status: str, pickup_expires_at: Any, now: datetime) -> None:
    check_transition(status, EXPIRED)
    if not is_overdue(status, pickup_expires_at, now):
        expires = as_datetime(pickup_expires_at)
        if expires is None:
            reason = text(QT_TRANSLATE_NOOP(
                "Messages", "The customer can still collect this order until its pickup "
                            "deadline; it cannot be expired before then."))
        else:
            reason = text(QT_TRANSLATE_NOOP(
                "Messages", "The customer can still collect this order until {when}; it cannot "
                            "be expired before then."),
                when=Moment(expires))
        raise IllegalTransition(reason, current=status, target=EXPIRED)

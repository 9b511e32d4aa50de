"""The one lockout rule for PINs, on the central service and on a device checking offline.

A PIN is 4 to 12 digits: what stops guessing is that every check counts. ``LIMIT`` wrong PINs
lock the person for ``WINDOW`` after the last one; a right PIN clears the count. Pure.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text

LIMIT = 5
WINDOW = timedelta(minutes=5)


def is_locked(failures: int, last_failure_at: datetime | None, now: datetime) -> bool:
    return (failures >= LIMIT and last_failure_at is not None
            and last_failure_at >= now - WINDOW)


def counts_from_zero(last_failure_at: datetime | None, now: datetime) -> bool:
    """A window with no wrong PIN for ``WINDOW`` starts the count again."""
    return last_failure_at is None or last_failure_at < now - WINDOW


def locked_sentence(who: str) -> Text:
    return text(QT_TRANSLATE_NOOP("Messages", "Too many wrong PINs for {who}. Wait {minutes} "
                                              "minutes, then try again, or ask another manager "
                                              "to help."),
                who=who, minutes=int(WINDOW.total_seconds() // 60))

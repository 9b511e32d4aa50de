"""Handing an order over: wrong-code attempts are counted, and past the last one only a
manager, with a reason, can hand it over."""

from __future__ import annotations

from store_contract.domain.pickup.states import COLLECTED, READY, IllegalTransition
from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text

MAX_CODE_ATTEMPTS = 5


def attempts_left(failed_attempts: int) -> int:
    return max(0, MAX_CODE_ATTEMPTS - int(failed_attempts or 0))


def check_code_attempt_allowed(failed_attempts: int) -> None:
    """Refuses once :data:`MAX_CODE_ATTEMPTS` wrong codes were tried on the order."""
    if attempts_left(failed_attempts) == 0:
        raise IllegalTransition(text(QT_TRANSLATE_NOOP(
            "Messages", "{attempts} wrong pickup codes were tried for this order. Only a manager "
                        "can hand it over now, with a reason (check the customer's ID and order "
                        "email)."), attempts=MAX_CODE_ATTEMPTS),
            current=READY, target=COLLECTED)


def wrong_code_sentence(failed_attempts: int) -> Text:
    left = attempts_left(failed_attempts)
    if left == 0:
        return text(QT_TRANSLATE_NOOP("Messages", "That code is wrong, and that was the last "
                                                  "attempt. Ask a manager to hand the order "
                                                  "over."))
    return text(QT_TRANSLATE_NOOP("Messages", "That code is wrong. Attempts left before a "
                                              "manager must hand it over: {left}."), left=left)


OVERRIDE_REASON_MIN = 5


def check_override_reason(reason: str | None) -> str:
    given = (reason or "").strip()
    if len(given) < OVERRIDE_REASON_MIN:
        raise IllegalTransition(text(QT_TRANSLATE_NOOP(
            "Messages", "Say why the order is handed over without its code (for example: 'code "
                        "lost; checked photo ID and order email').")))
    return given

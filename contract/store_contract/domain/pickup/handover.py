"""Handing an order over: wrong-code attempts are counted, and past the last one only a
manager, with a reason, can hand it over."""

from __future__ import annotations

from store_contract.domain.pickup.states import COLLECTED, READY, IllegalTransition

MAX_CODE_ATTEMPTS = 5


def attempts_left(failed_attempts: int) -> int:
    return max(0, MAX_CODE_ATTEMPTS - int(failed_attempts or 0))


def check_code_attempt_allowed(failed_attempts: int) -> None:
    """Refuses once :data:`MAX_CODE_ATTEMPTS` wrong codes were tried on the order."""
    if attempts_left(failed_attempts) == 0:
        raise IllegalTransition(
            f"{MAX_CODE_ATTEMPTS} wrong pickup codes were tried for this order. Only a manager "
            "can hand it over now, with a reason (check the customer's ID and order email).",
            current=READY, target=COLLECTED)


def wrong_code_sentence(failed_attempts: int) -> str:
    left = attempts_left(failed_attempts)
    if left == 0:
        return ("That code is wrong, and that was the last attempt. Ask a manager to hand the "
                "order over.")
    return f"That code is wrong. {left} attempt(s) left before a manager must hand it over."


OVERRIDE_REASON_MIN = 5


def check_override_reason(reason: str | None) -> str:
    text = (reason or "").strip()
    if len(text) < OVERRIDE_REASON_MIN:
        raise IllegalTransition("Say why the order is handed over without its code (for "
                                "example: 'code lost; checked photo ID and order email').")
    return text

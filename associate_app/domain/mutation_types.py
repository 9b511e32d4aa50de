"""The kinds of change staff make in the store, and what a valid one looks like.

Pure rules, shared by the client (validates before queueing) and the central service
(validates again before applying: never trust the wire). No Qt, SQL or HTTP.
"""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Any

from associate_app.domain.contact import normalise_email, normalise_phone
from associate_app.domain.errors import InvalidInput

TEMP_PREFIX = "tmp-"
NOTE_MAX = 2000
NAME_MAX = 100


class MutationType(StrEnum):
    NOTE_ADD = "interaction.add_note"
    CUSTOMER_ENROL = "customer.enrol"
    CUSTOMER_SET_CONSENT = "customer.set_consent"
    WISHLIST_ADD = "wishlist.add_item"
    LOYALTY_EARN = "loyalty.earn"
    LOYALTY_REDEEM = "loyalty.redeem"


def new_temp_id() -> str:
    """An id for a record made here before the server has given it a real one."""
    return f"{TEMP_PREFIX}{uuid.uuid4().hex}"


def is_temp_id(value: str) -> bool:
    return value.startswith(TEMP_PREFIX)


def _text(payload: dict[str, Any], field: str, *, max_len: int, label: str) -> str:
    value = payload.get(field)
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(field, f"{label} cannot be empty.")
    value = value.strip()
    if len(value) > max_len:
        raise InvalidInput(field, f"{label} is too long ({len(value)} characters; at most "
                                  f"{max_len}).")
    return value


def _id(payload: dict[str, Any], field: str) -> str:
    value = payload.get(field)
    if not isinstance(value, str) or not value or len(value) > 64:
        raise InvalidInput(field, f"{field} is missing.")
    return value


def _points(payload: dict[str, Any], field: str, *, maximum: int) -> int:
    value = payload.get(field)
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidInput(field, "Enter a whole number above zero.")
    if value > maximum:
        raise InvalidInput(field, f"That is more than the limit of {maximum:,}.")
    return value


def validate(type_: str, payload: dict[str, Any]) -> dict[str, Any]:
    """The cleaned payload of a mutation, or :class:`InvalidInput` saying what is wrong."""
    try:
        kind = MutationType(type_)
    except ValueError:
        raise InvalidInput("type", f"Unknown kind of change {type_!r}.") from None
    if kind is MutationType.NOTE_ADD:
        return {
            "interaction_id": _id(payload, "interaction_id"),
            "customer_id": _id(payload, "customer_id"),
            "body": _text(payload, "body", max_len=NOTE_MAX, label="The note"),
            "staff_id": payload.get("staff_id"),
        }
    if kind is MutationType.CUSTOMER_ENROL:
        consent = payload.get("marketing_consent")
        if not isinstance(consent, bool):
            raise InvalidInput("marketing_consent", "Say whether the customer agrees to marketing.")
        return {
            "customer_id": _id(payload, "customer_id"),
            "first_name": _text(payload, "first_name", max_len=NAME_MAX, label="First name"),
            "last_name": _text(payload, "last_name", max_len=NAME_MAX, label="Last name"),
            "email": normalise_email(payload.get("email")),
            "phone_e164": normalise_phone(payload.get("phone_e164") or payload.get("phone")),
            "marketing_consent": consent,
        }
    if kind is MutationType.CUSTOMER_SET_CONSENT:
        consent = payload.get("marketing_consent")
        if not isinstance(consent, bool):
            raise InvalidInput("marketing_consent", "Consent is yes or no.")
        return {"customer_id": _id(payload, "customer_id"), "marketing_consent": consent}
    if kind is MutationType.WISHLIST_ADD:
        return {
            "item_id": _id(payload, "item_id"),
            "customer_id": _id(payload, "customer_id"),
            "product_id": _id(payload, "product_id"),
        }
    if kind is MutationType.LOYALTY_EARN:
        amount = payload.get("amount_cents")
        if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
            raise InvalidInput("amount_cents", "Enter the purchase amount.")
        if amount > 10_000_000:
            raise InvalidInput("amount_cents", "That purchase amount is too large.")
        receipt = _text(payload, "receipt", max_len=40, label="The receipt number")
        return {"customer_id": _id(payload, "customer_id"), "amount_cents": amount,
                "receipt": receipt}
    # LOYALTY_REDEEM
    return {"customer_id": _id(payload, "customer_id"),
            "points": _points(payload, "points", maximum=1_000_000),
            "reward": _text(payload, "reward", max_len=100, label="The reward")}

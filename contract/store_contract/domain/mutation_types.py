"""The kinds of change staff make in the store, and what a valid one looks like.

Pure rules, shared by the client (validates before queueing) and the central service
(validates again before applying: never trust the wire). No Qt, SQL or HTTP.
"""

from __future__ import annotations

import re
import uuid
from enum import StrEnum
from typing import Any

from store_contract.domain.barcodes import is_valid_ean13
from store_contract.domain.contact import normalise_email, normalise_phone
from store_contract.domain.errors import InvalidInput

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
    # click-and-collect (issue 5): rules in contract/store_contract/domain/pickup.py
    ORDER_START_PICKING = "order.start_picking"
    ORDER_PICK_LINE = "order.pick_line"
    ORDER_RECORD_SHORTAGE = "order.record_shortage"
    ORDER_SUBSTITUTE = "order.substitute"
    ORDER_STAGE = "order.stage"
    ORDER_MARK_READY = "order.mark_ready"
    ORDER_HANDOVER = "order.handover"
    ORDER_RECORD_FAILED_CODE = "order.record_failed_code"
    ORDER_EXPIRE = "order.expire"
    ORDER_RETURN_TO_STOCK = "order.return_to_stock"


#: The kinds of change that act on one click-and-collect order (payload ``order_id``).
ORDER_TYPES = frozenset({
    MutationType.ORDER_START_PICKING, MutationType.ORDER_PICK_LINE,
    MutationType.ORDER_RECORD_SHORTAGE, MutationType.ORDER_SUBSTITUTE, MutationType.ORDER_STAGE,
    MutationType.ORDER_MARK_READY, MutationType.ORDER_HANDOVER,
    MutationType.ORDER_RECORD_FAILED_CODE, MutationType.ORDER_EXPIRE,
    MutationType.ORDER_RETURN_TO_STOCK,
})
SHORT_REASON_MAX = 200
OVERRIDE_REASON_MAX = 300
LOCATION_MAX = 40


def new_temp_id() -> str:
    """An id for a record made here before the server has given it a real one."""
    return f"{TEMP_PREFIX}{uuid.uuid4().hex}"


def is_temp_id(value: str) -> bool:
    return value.startswith(TEMP_PREFIX)


#: a secret sealed to the central service (see store_contract.sealing): opened only there
SEALED_VALUE = re.compile(r"^hpke1\.[A-Za-z0-9_-]{1,32}\.[A-Za-z0-9_-]{40,400}$")


def _sealed(payload: dict[str, Any], field: str, missing: str) -> str:
    """A sealed secret (a pickup code, a PIN): never the secret itself, which a queued change
    must not carry in clear."""
    value = payload.get(field)
    if not isinstance(value, str) or not SEALED_VALUE.match(value):
        raise InvalidInput(field.removeprefix("sealed_"), missing)
    return value


def check_pin_format(pin: str) -> str | None:
    """Why ``pin`` cannot be a staff PIN (a sentence), or None."""
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        return "A PIN is 4 to 12 digits."
    return None


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
    """The cleaned payload of a mutation, or :class:`InvalidInput` saying what is wrong.

    Any change may carry a manager's approval (``manager_id`` and their PIN sealed in
    ``sealed_manager_pin``): the service checks it when the signed-in person's role alone may
    not make the change (see domain/permissions.py)."""
    try:
        kind = MutationType(type_)
    except ValueError:
        raise InvalidInput("type", f"Unknown kind of change {type_!r}.") from None
    out = _validate_kind(kind, payload)
    if payload.get("manager_id") is not None and "manager_id" not in out:
        out["manager_id"] = _id(payload, "manager_id")
        out["sealed_manager_pin"] = _sealed(payload, "sealed_manager_pin",
                                            "The manager enters their PIN.")
    return out


def _validate_kind(kind: MutationType, payload: dict[str, Any]) -> dict[str, Any]:
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
    if kind in ORDER_TYPES:
        return _validate_order(kind, payload)
    # LOYALTY_REDEEM
    return {"customer_id": _id(payload, "customer_id"),
            "points": _points(payload, "points", maximum=1_000_000),
            "reward": _text(payload, "reward", max_len=100, label="The reward")}


_LOCATION = re.compile(r"^[A-Z0-9][A-Z0-9 ._/-]*$")


def _validate_order(kind: MutationType, payload: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"order_id": _id(payload, "order_id")}
    if kind in (MutationType.ORDER_PICK_LINE, MutationType.ORDER_RECORD_SHORTAGE,
                MutationType.ORDER_SUBSTITUTE):
        out["line_id"] = _id(payload, "line_id")
    if kind is MutationType.ORDER_PICK_LINE:
        ean = payload.get("ean13")
        if not isinstance(ean, str) or not is_valid_ean13(ean.strip()):
            raise InvalidInput("ean13", "That barcode's check digit is wrong: a misread. Scan "
                                        "it again.")
        out["ean13"] = ean.strip()
    elif kind is MutationType.ORDER_RECORD_SHORTAGE:
        out["qty"] = _points(payload, "qty", maximum=999)
        out["reason"] = _text(payload, "reason", max_len=SHORT_REASON_MAX,
                              label="The reason for the shortage")
    elif kind is MutationType.ORDER_SUBSTITUTE:
        out["substitute_product_id"] = _id(payload, "substitute_product_id")
    elif kind is MutationType.ORDER_STAGE:
        location = _text(payload, "location", max_len=LOCATION_MAX, label="The location")
        location = location.upper()
        if not _LOCATION.match(location):
            raise InvalidInput("location", "Scan the shelf label or type a location like "
                                           "SHELF-B3.")
        out["location"] = location
    elif kind is MutationType.ORDER_HANDOVER:
        if payload.get("override_reason") is not None:
            out["override_reason"] = _text(payload, "override_reason",
                                           max_len=OVERRIDE_REASON_MAX,
                                           label="The reason for the override")
            # the manager's approval (manager_id, sealed_manager_pin) is checked like any other
            # (see validate and domain/permissions.py)
        else:
            out["sealed_code"] = _sealed(payload, "sealed_code",
                                         "Type or scan the customer's pickup code.")
    elif kind is MutationType.ORDER_RETURN_TO_STOCK:
        lines = payload.get("lines")
        if not isinstance(lines, list) or len(lines) > 500:
            raise InvalidInput("lines", "Scan the items back to say what returns to stock.")
        cleaned = []
        for item in lines:
            if not isinstance(item, dict):
                raise InvalidInput("lines", "Each returned line needs a line and a quantity.")
            qty = item.get("qty")
            if isinstance(qty, bool) or not isinstance(qty, int) or not 0 <= qty <= 999:
                raise InvalidInput("lines", "A returned quantity is a whole number, 0 or more.")
            cleaned.append({"line_id": _id(item, "line_id"), "qty": qty})
        if len({x["line_id"] for x in cleaned}) != len(cleaned):
            raise InvalidInput("lines", "A line is listed twice.")
        out["lines"] = cleaned
    return out

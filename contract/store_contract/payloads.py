"""Every change staff make, as one pydantic model: what the app queues and the service applies.

One model per :class:`~store_contract.domain.mutation_types.MutationType`, with its limits
(lengths, ranges, EAN-13 check digits, temporary ids, sealed secrets, normalised phone and
email) in the fields. The app builds a change with its model (a wrong value is an
:class:`~store_contract.domain.errors.InvalidInput` with a sentence for staff, before anything
is queued) and the outbox validates it again with :func:`validate`; the central service
validates each pushed payload with the same function (never trust the wire), and publishes
every model in its OpenAPI document (``store_contract.wire_sync.TypedMutation``).

On the wire a mutation is ``{"type": …, "payload": {…}}``: :data:`TypedChange` is the
discriminated union on ``type`` of every ``{type, payload}`` pair.

Secrets. A pickup code and a manager's PIN are declared here once: a field marked
:class:`ClearSecret` holds the secret in memory at the counter (never dumped, never queued),
its twin marked :class:`SealedSecret` holds it sealed to the service (store_contract.sealing).
Fields marked :data:`BOUND` are the facts a sealed PIN approves (sealing binds it to them).
:data:`SECRET_FIELDS`, :data:`SEALED_FIELDS` and :data:`BOUND_FIELDS` are derived from the models.

Adding a kind of change: one model here (registered in :data:`PAYLOADS`), one handler in the
service (central_api/mutations.py), one local effect in the app (cache/local_effects.py).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal, Union

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    create_model,
    model_validator,
)
from pydantic.json_schema import SkipJsonSchema

from store_contract.domain.barcodes import CARD_LENGTH, is_valid_ean13, is_valid_luhn
from store_contract.domain.carts import LINES_MAX as CART_LINES_MAX
from store_contract.domain.carts import Handoff
from store_contract.domain.contact import normalise_email, normalise_phone
from store_contract.domain.errors import InvalidInput
from store_contract.domain.exchanges import REPLACEMENTS_MAX
from store_contract.domain.mutation_types import SEALED_VALUE, MutationType
from store_contract.domain.returns import Condition, Reason, RefundMethod
from store_contract.domain.sourcing import Source
from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text

NOTE_MAX = 2000
NAME_MAX = 100
ID_MAX = 64
RECEIPT_MAX = 40
REWARD_MAX = 100
POINTS_MAX = 1_000_000
AMOUNT_MAX = 10_000_000  # pence: £100,000
QTY_MAX = 999
SHORT_REASON_MAX = 200
OVERRIDE_REASON_MAX = 300
LOCATION_MAX = 40
RETURN_LINES_MAX = 500
EXCEPTION_REASON_MAX = 300
LOCATION = re.compile(r"^[A-Z0-9][A-Z0-9 ._/-]*$")


# -- markers on fields ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ClearSecret:
    """The field holds a secret in clear, in memory only: sealed before the change is queued."""

    sealed_as: str  # the field that carries it sealed


@dataclass(frozen=True)
class SealedSecret:
    """The field holds a secret sealed to the central service (only the service opens it)."""

    secret: str  # the secret's name (its clear field)


@dataclass(frozen=True)
class _Bound:
    """A fact a sealed PIN approves: the sealed value does not open if it changes."""


BOUND = _Bound()


# -- field types: each check says what is wrong in a sentence for staff ---------------------------


def _id(value: Any, info: ValidationInfo) -> str:
    if not isinstance(value, str) or not value or len(value) > ID_MAX:
        raise InvalidInput(info.field_name or "id", text(QT_TRANSLATE_NOOP(
            "Messages", "{field} is missing."), field=str(info.field_name)))
    return value


Id = Annotated[str, Field(min_length=1, max_length=ID_MAX), BeforeValidator(_id)]
OrderId = Annotated[Id, BOUND]
#: the id of a record the change creates: a temporary id (``tmp-…``, mutation_types.new_temp_id)
#: when made on a device, which the service answers with its own in ``id_map``
NewId = Annotated[Id, Field(description="A temporary id (tmp-…) the service replaces with its "
                                        "own (answered in id_map), or a new id of its own.")]


def _text(label: Text, max_len: int) -> Any:
    def check(value: Any, info: ValidationInfo) -> str:
        return _check_text(value, info.field_name or "text", label, max_len)
    return Annotated[str, Field(min_length=1, max_length=max_len), BeforeValidator(check)]


def _whole(maximum: int) -> Any:
    def check(value: Any, info: ValidationInfo) -> int:
        field = info.field_name or "number"
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise InvalidInput(field, text(QT_TRANSLATE_NOOP(
                "Messages", "Enter a whole number above zero.")))
        if value > maximum:
            raise InvalidInput(field, text(QT_TRANSLATE_NOOP(
                "Messages", "That is more than the limit of {limit}."), limit=maximum))
        return value
    return Annotated[int, Field(ge=1, le=maximum), BeforeValidator(check)]


def _yes_no(sentence: Text) -> Any:
    def check(value: Any, info: ValidationInfo) -> bool:
        if not isinstance(value, bool):
            raise InvalidInput(info.field_name or "consent", sentence)
        return value
    return Annotated[bool, BeforeValidator(check)]


def _sealed(secret: str, missing: Text) -> Any:
    """A secret sealed to the service, or None (never the secret itself, which a queued change
    must not carry in clear)."""
    def check(value: Any) -> str:
        if not isinstance(value, str) or not SEALED_VALUE.match(value):
            raise InvalidInput(secret, missing)
        return value
    sealed = Annotated[str, Field(pattern=SEALED_VALUE.pattern), BeforeValidator(check)]
    return Annotated[sealed | None, SealedSecret(secret)]


def _amount(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidInput("amount_cents", text(QT_TRANSLATE_NOOP(
            "Messages", "Enter the purchase amount.")))
    if value > AMOUNT_MAX:
        raise InvalidInput("amount_cents", text(QT_TRANSLATE_NOOP(
            "Messages", "That purchase amount is too large.")))
    return value


def _ean13(value: Any) -> str:
    if not isinstance(value, str) or not is_valid_ean13(value.strip()):
        raise InvalidInput("ean13", text(QT_TRANSLATE_NOOP(
            "Messages", "That barcode's check digit is wrong: a misread. Scan it again.")))
    return value.strip()


def _check_text(value: Any, field: str, label: Text, max_len: int) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(field, text(QT_TRANSLATE_NOOP("Messages", "{label} cannot be empty."),
                                       label=label))
    value = value.strip()
    if len(value) > max_len:
        raise InvalidInput(field, text(QT_TRANSLATE_NOOP(
            "Messages", "{label} is too long (characters: {length}; at most {most})."),
            label=label, length=len(value), most=max_len))
    return value


def _shelf(value: Any) -> str:
    location = _check_text(value, "location", text(QT_TRANSLATE_NOOP("Messages", "The location")),
                           LOCATION_MAX).upper()
    if not LOCATION.match(location):
        raise InvalidInput("location", text(QT_TRANSLATE_NOOP(
            "Messages", "Scan the shelf label or type a location like SHELF-B3.")))
    return location


def _returned_qty(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= QTY_MAX:
        raise InvalidInput("lines", text(QT_TRANSLATE_NOOP(
            "Messages", "A returned quantity is a whole number, 0 or more.")))
    return value


def _returned_lines(value: Any) -> Any:
    if not isinstance(value, list) or len(value) > RETURN_LINES_MAX:
        raise InvalidInput("lines", text(QT_TRANSLATE_NOOP(
            "Messages", "Scan the items back to say what returns to stock.")))
    return value


Clear = Annotated[SkipJsonSchema[str | None], Field(exclude=True, repr=False)]


# -- the models ----------------------------------------------------------------------------------


class Part(BaseModel):
    """A model of the contract that staff's input is built into: a wrong value is an
    :class:`InvalidInput` with a sentence for staff, not a pydantic error."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise _invalid(exc, data, lambda d: type(self).model_validate(d), ()) from None


class Payload(Part):
    """What every change may carry: a manager's approval (``manager_id`` and their PIN, sealed
    in ``sealed_manager_pin``), checked by the service when the signed-in person's role alone
    may not make the change (domain/permissions.py)."""

    TYPE: ClassVar[MutationType]

    manager_id: Annotated[Id | None, BOUND] = None
    manager_pin: Annotated[Clear, ClearSecret("sealed_manager_pin")] = None
    sealed_manager_pin: _sealed("manager_pin", text(QT_TRANSLATE_NOOP(
        "Messages", "The manager enters their PIN."))) = None

    @model_validator(mode="before")
    @classmethod
    def _approval_only_with_a_manager(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("manager_id") is None:
            data = {k: v for k, v in data.items() if k not in ("manager_pin",
                                                                 "sealed_manager_pin")}
        return data

    @model_validator(mode="after")
    def _manager_pin_given(self) -> Payload:
        if self.manager_id is not None and not (self.manager_pin or self.sealed_manager_pin):
            raise InvalidInput("manager_pin", text(QT_TRANSLATE_NOOP(
                "Messages", "The manager enters their PIN.")))
        return self

    def wire(self) -> dict[str, Any]:
        """The payload as queued and pushed: secrets only sealed, absent fields left out."""
        return self.model_dump(exclude_none=True)

    def secrets(self) -> dict[str, str]:
        """The secrets this change carries in clear, by name (to seal before queueing)."""
        return {name: value for name in SECRET_FIELDS
                if (value := getattr(self, name, None)) is not None}


class NoteAdd(Payload):
    TYPE = MutationType.NOTE_ADD
    interaction_id: NewId
    customer_id: Id
    body: _text(text(QT_TRANSLATE_NOOP("Messages", "The note")), NOTE_MAX)
    # (who wrote it is the change's author, ``Mutation.staff_id``: not a payload field; an old
    # queued note that still carries one is read without it)


class CustomerEnrol(Payload):
    TYPE = MutationType.CUSTOMER_ENROL
    customer_id: NewId
    first_name: _text(text(QT_TRANSLATE_NOOP("Messages", "First name")), NAME_MAX)
    last_name: _text(text(QT_TRANSLATE_NOOP("Messages", "Last name")), NAME_MAX)
    email: Annotated[str, Field(max_length=254), BeforeValidator(normalise_email)]
    phone_e164: Annotated[str, Field(pattern=r"^\+[1-9][0-9]{6,14}$"),
                          BeforeValidator(normalise_phone)]
    marketing_consent: _yes_no(text(QT_TRANSLATE_NOOP(
        "Messages", "Say whether the customer agrees to marketing.")))

    @model_validator(mode="before")
    @classmethod
    def _phone_as_typed(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("phone_e164") and data.get("phone"):
            data = {**data, "phone_e164": data["phone"]}
        return data


class CustomerSetConsent(Payload):
    TYPE = MutationType.CUSTOMER_SET_CONSENT
    customer_id: Id
    marketing_consent: _yes_no(text(QT_TRANSLATE_NOOP("Messages", "Consent is yes or no.")))


class WishlistAdd(Payload):
    TYPE = MutationType.WISHLIST_ADD
    item_id: NewId
    customer_id: Id
    product_id: Id


def _choice(enum: type, sentence: Text) -> Any:
    def check(value: Any, info: ValidationInfo) -> Any:
        try:
            return enum(value)
        except ValueError:
            raise InvalidInput(info.field_name or "choice", sentence) from None
    return Annotated[enum, BeforeValidator(check)]


class CardKind(StrEnum):
    PHYSICAL = "physical"
    DIGITAL = "digital"


def _card_number(value: Any) -> str:
    number = "".join(str(value or "").split())
    if not (number.isdigit() and len(number) == CARD_LENGTH and is_valid_luhn(number)):
        raise InvalidInput("card_number", text(QT_TRANSLATE_NOOP(
            "Messages", "That card number does not check out: scan the card again (16 digits).")))
    return number


class LoyaltyEarn(Payload):
    TYPE = MutationType.LOYALTY_EARN
    customer_id: Id
    amount_cents: Annotated[int, Field(ge=1, le=AMOUNT_MAX), BeforeValidator(_amount), BOUND]
    receipt: Annotated[_text(text(QT_TRANSLATE_NOOP(
        "Messages", "The receipt number")), RECEIPT_MAX), BOUND]


class LoyaltyRedeem(Payload):
    TYPE = MutationType.LOYALTY_REDEEM
    customer_id: Id
    points: Annotated[_whole(POINTS_MAX), BOUND]
    reward: Annotated[_text(text(QT_TRANSLATE_NOOP("Messages", "The reward")), REWARD_MAX), BOUND]


class LoyaltyRedeemReward(Payload):
    """A reward of the catalogue for the customer's points, with the customer present: their
    card scanned (``card_number``) or the one-time code sent to their phone (sealed). Issues a
    single-use voucher (``voucher_id``)."""

    TYPE = MutationType.LOYALTY_REDEEM_REWARD
    customer_id: Id
    reward_id: Annotated[Id, BOUND]
    voucher_id: NewId
    card_number: Annotated[Annotated[str, Field(pattern=r"^[0-9]{16}$")] | None, BOUND] = None
    presence_code: Annotated[Clear, ClearSecret("sealed_presence_code")] = None
    sealed_presence_code: _sealed("presence_code", text(QT_TRANSLATE_NOOP(
        "Messages", "Type the code sent to the customer's phone, or scan their card."))) = None

    @model_validator(mode="after")
    def _present(self) -> LoyaltyRedeemReward:
        if not (self.card_number or self.presence_code or self.sealed_presence_code):
            raise InvalidInput("presence", text(QT_TRANSLATE_NOOP(
                "Messages", "Points can only be used with the customer here: scan their card "
                            "or send a code to their phone.")))
        return self


class LoyaltyCancelVoucher(Payload):
    """An unused reward voucher cancelled: its points go back to the customer."""

    TYPE = MutationType.LOYALTY_CANCEL_VOUCHER
    customer_id: Id
    voucher_id: Id


class LoyaltyEnrolCard(Payload):
    """A loyalty card for a customer who has none: a physical card scanned from the pack, or a
    digital number (made here; the service keeps it if free, else gives its own), with the
    programme's terms agreed."""

    TYPE = MutationType.LOYALTY_ENROL_CARD
    customer_id: Id
    card_kind: _choice(CardKind, text(QT_TRANSLATE_NOOP(
        "Messages", "Choose a physical card (scan it) or a digital card.")))
    card_number: Annotated[str, BeforeValidator(_card_number)]
    programme_consent: _yes_no(text(QT_TRANSLATE_NOOP(
        "Messages", "Say whether the customer agrees to the programme's terms.")))

    @model_validator(mode="after")
    def _agreed(self) -> LoyaltyEnrolCard:
        if not self.programme_consent:
            raise InvalidInput("programme_consent", text(QT_TRANSLATE_NOOP(
                "Messages", "The customer must agree to the programme's terms to get a card.")))
        return self


# click-and-collect (issue 5): the rules are in store_contract/domain/pickup


class OrderPayload(Payload):
    """A change to one click-and-collect order."""

    order_id: OrderId


class OrderStartPicking(OrderPayload):
    TYPE = MutationType.ORDER_START_PICKING


class OrderPickLine(OrderPayload):
    TYPE = MutationType.ORDER_PICK_LINE
    line_id: Id
    ean13: Annotated[str, Field(pattern=r"^[0-9]{13}$"), BeforeValidator(_ean13)]


class OrderRecordShortage(OrderPayload):
    TYPE = MutationType.ORDER_RECORD_SHORTAGE
    line_id: Id
    qty: _whole(QTY_MAX)
    reason: _text(text(QT_TRANSLATE_NOOP(
        "Messages", "The reason for the shortage")), SHORT_REASON_MAX)


class OrderSubstitute(OrderPayload):
    TYPE = MutationType.ORDER_SUBSTITUTE
    line_id: Id
    substitute_product_id: Id


class OrderStage(OrderPayload):
    TYPE = MutationType.ORDER_STAGE
    location: Annotated[str, Field(min_length=1, max_length=LOCATION_MAX,
                                   pattern=LOCATION.pattern), BeforeValidator(_shelf)]


class OrderMarkReady(OrderPayload):
    TYPE = MutationType.ORDER_MARK_READY


class OrderHandover(OrderPayload):
    """Handed over with the customer's code (sealed), or by a manager's override with a reason
    (their approval checked like any other: see :class:`Payload`)."""

    TYPE = MutationType.ORDER_HANDOVER
    override_reason: Annotated[
        _text(text(QT_TRANSLATE_NOOP("Messages", "The reason for the override")),
              OVERRIDE_REASON_MAX) | None, BOUND] = None
    code: Annotated[Clear, ClearSecret("sealed_code")] = None
    sealed_code: _sealed("code", text(QT_TRANSLATE_NOOP(
        "Messages", "Type or scan the customer's pickup code."))) = None

    @model_validator(mode="before")
    @classmethod
    def _code_only_without_override(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("override_reason") is not None:
            data = {k: v for k, v in data.items() if k not in ("code", "sealed_code")}
        return data

    @model_validator(mode="after")
    def _code_given(self) -> OrderHandover:
        if self.override_reason is None and not (self.code or self.sealed_code):
            raise InvalidInput("code", text(QT_TRANSLATE_NOOP(
                "Messages", "Type or scan the customer's pickup code.")))
        return self


class OrderRecordFailedCode(OrderPayload):
    TYPE = MutationType.ORDER_RECORD_FAILED_CODE


class OrderExpire(OrderPayload):
    TYPE = MutationType.ORDER_EXPIRE


class ReturnedLine(Part):
    line_id: Id
    qty: Annotated[int, Field(ge=0, le=QTY_MAX), BeforeValidator(_returned_qty)]

    @model_validator(mode="before")
    @classmethod
    def _a_line(cls, data: Any) -> Any:
        if not isinstance(data, dict | ReturnedLine):
            raise InvalidInput("lines", text(QT_TRANSLATE_NOOP(
                "Messages", "Each returned line needs a line and a quantity.")))
        return data


class OrderReturnToStock(OrderPayload):
    TYPE = MutationType.ORDER_RETURN_TO_STOCK
    lines: Annotated[list[ReturnedLine], Field(max_length=RETURN_LINES_MAX),
                     BeforeValidator(_returned_lines)]

    @model_validator(mode="after")
    def _each_line_once(self) -> OrderReturnToStock:
        if len({x.line_id for x in self.lines}) != len(self.lines):
            raise InvalidInput("lines", text(QT_TRANSLATE_NOOP(
                "Messages", "A line is listed twice.")))
        return self


# returns of any channel (issue 13): the rules are in store_contract/domain/returns.py


class ReturnItem(Part):
    """Units of one line coming back, why, and in what state."""

    model_config = ConfigDict(extra="ignore", frozen=True, use_enum_values=True)
    line_id: Id
    qty: _whole(QTY_MAX)
    reason: _choice(Reason, text(QT_TRANSLATE_NOOP(
        "Messages", "Choose a reason for the return from the list.")))
    condition: _choice(Condition, text(QT_TRANSLATE_NOOP(
        "Messages", "Say whether the item can be sold again or is damaged.")))

    @model_validator(mode="before")
    @classmethod
    def _an_item(cls, data: Any) -> Any:
        if not isinstance(data, dict | ReturnItem):
            raise InvalidInput("lines", text(QT_TRANSLATE_NOOP(
                "Messages", "Each returned item needs its line, a quantity, a reason and its "
                            "condition.")))
        return data


def _return_items(value: Any) -> Any:
    if not isinstance(value, list) or not value or len(value) > RETURN_LINES_MAX:
        raise InvalidInput("lines", text(QT_TRANSLATE_NOOP(
            "Messages", "Scan the items coming back (or pick the lines) before recording the "
                        "return.")))
    return value


class OrderReturn(OrderPayload):
    """Items of an order of any channel brought back to this store, and how they are refunded.

    Out of the returns policy (past the window, a final-sale item) only with an
    ``exception_reason`` and a manager's approval (their id and PIN, sealed and bound to the
    order, the items and the refund method)."""

    model_config = ConfigDict(extra="ignore", frozen=True, use_enum_values=True)
    TYPE = MutationType.ORDER_RETURN
    return_id: NewId
    lines: Annotated[list[ReturnItem], Field(min_length=1, max_length=RETURN_LINES_MAX),
                     BeforeValidator(_return_items), BOUND]
    refund_method: Annotated[_choice(RefundMethod, text(QT_TRANSLATE_NOOP(
        "Messages", "Choose how the refund is paid: to the original payment or as store credit."))),
                             BOUND]
    exception_reason: Annotated[
        _text(text(QT_TRANSLATE_NOOP("Messages", "The reason for the exception")),
              EXCEPTION_REASON_MAX) | None, BOUND] = None

    @model_validator(mode="after")
    def _each_line_once(self) -> OrderReturn:
        if len({x.line_id for x in self.lines}) != len(self.lines):
            raise InvalidInput("lines", text(QT_TRANSLATE_NOOP(
                "Messages", "A line is listed twice; list each line once with its quantity.")))
        return self


# changes at pickup (issue 13): the rules are in store_contract/domain/pickup/changes.py.
# Two changes of their own rather than fields of the handover: each is made (and shown, and
# refused with its own sentence) while the customer is at the counter, before the code is
# checked; a wrong code refuses the handover alone, not what the customer already declined or
# added; and the handover keeps the shape older queued changes have. Queued before the
# handover, they reach the service while the order is still ready for pickup.


class OrderDeclineLine(OrderPayload):
    """Units of a picked line the customer declines at handover: back to stock, refunded."""

    model_config = ConfigDict(extra="ignore", frozen=True, use_enum_values=True)
    TYPE = MutationType.ORDER_DECLINE_LINE
    #: the refund is recorded as a return of the declined units (the returns work's tables)
    return_id: NewId
    line_id: Id
    qty: _whole(QTY_MAX)
    reason: _choice(Reason, text(QT_TRANSLATE_NOOP(
        "Messages", "Choose why the customer declines the item from the list.")))


class OrderAddItem(OrderPayload):
    """An item from the shelf added at handover (at its catalogue price), paid at the till."""

    TYPE = MutationType.ORDER_ADD_ITEM
    line_id: NewId
    product_id: Id
    qty: _whole(QTY_MAX)


# exchanges (issue 13): the rules are in store_contract/domain/exchanges.py


def _replacements(value: Any) -> Any:
    if not isinstance(value, list) or not value or len(value) > REPLACEMENTS_MAX:
        raise InvalidInput("replacements", text(QT_TRANSLATE_NOOP(
            "Messages", "Scan the replacement items (or add them) before recording the "
                        "exchange.")))
    return value


class ReplacementItem(Part):
    """A replacement: a product, how many, and where it comes from (here, collected at a
    nearby store, or sent home from a store)."""

    model_config = ConfigDict(extra="ignore", frozen=True, use_enum_values=True)
    product_id: Id
    qty: _whole(QTY_MAX)
    source: _choice(Source, text(QT_TRANSLATE_NOOP(
        "Messages", "Say where the replacement comes from: here, a nearby store, or sent to "
                    "the customer's home.")))
    from_store_id: Id | None = None

    @model_validator(mode="before")
    @classmethod
    def _an_item(cls, data: Any) -> Any:
        if not isinstance(data, dict | ReplacementItem):
            raise InvalidInput("replacements", text(QT_TRANSLATE_NOOP(
                "Messages", "Each replacement needs its product, a quantity and where it comes "
                            "from.")))
        return data

    @model_validator(mode="after")
    def _a_store(self) -> ReplacementItem:
        if self.source != Source.HERE and self.from_store_id is None:
            raise InvalidInput("replacements", text(QT_TRANSLATE_NOOP(
                "Messages", "Choose the store the replacement comes from.")))
        return self


class OrderExchange(OrderReturn):
    """A return (every field of :class:`OrderReturn`, the same rules) plus replacement items;
    the difference at catalogue prices is paid at the till or refunded by ``refund_method``."""

    TYPE = MutationType.ORDER_EXCHANGE
    exchange_id: NewId
    replacements: Annotated[list[ReplacementItem],
                            Field(min_length=1, max_length=REPLACEMENTS_MAX),
                            BeforeValidator(_replacements), BOUND]


# an online cart finished at the counter (issue 14): the rules are in
# store_contract/domain/carts.py


def _cart_lines(value: Any) -> Any:
    if not isinstance(value, list) or not value or len(value) > CART_LINES_MAX:
        raise InvalidInput("lines", text(QT_TRANSLATE_NOOP(
            "Messages", "The cart is empty: scan the items the customer wants before handing "
                        "it over.")))
    return value


def _shown_price(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= AMOUNT_MAX:
        raise InvalidInput("lines", text(QT_TRANSLATE_NOOP(
            "Messages", "Each line of the cart needs the price shown to the customer.")))
    return value


class CartLine(Part):
    """A line of the cart as it is sold: a product, how many, the price shown to the customer,
    and where it comes from (this store's shelf, collected at a nearby store, or sent home)."""

    model_config = ConfigDict(extra="ignore", frozen=True, use_enum_values=True)
    product_id: Id
    qty: _whole(QTY_MAX)
    unit_price_cents: Annotated[int, Field(ge=0, le=AMOUNT_MAX), BeforeValidator(_shown_price)]
    source: _choice(Source, text(QT_TRANSLATE_NOOP(
        "Messages", "Say where the item comes from: here, a nearby store, or sent to the "
                    "customer's home.")))
    from_store_id: Id | None = None

    @model_validator(mode="before")
    @classmethod
    def _a_line(cls, data: Any) -> Any:
        if not isinstance(data, dict | CartLine):
            raise InvalidInput("lines", text(QT_TRANSLATE_NOOP(
                "Messages", "Each line of the cart needs its product, a quantity and where it "
                            "comes from.")))
        return data

    @model_validator(mode="after")
    def _a_store(self) -> CartLine:
        if self.source != Source.HERE and self.from_store_id is None:
            raise InvalidInput("lines", text(QT_TRANSLATE_NOOP(
                "Messages", "Choose the store the item comes from.")))
        return self


class CartConvert(Payload):
    """An online cart finished at the counter: its final lines, handed to the till as an
    in-store sale waiting for payment, or kept here as a picked click-and-collect order."""

    model_config = ConfigDict(extra="ignore", frozen=True, use_enum_values=True)
    TYPE = MutationType.CART_CONVERT
    cart_id: Id
    #: the order the cart becomes at this store (items from nearby stores go on orders there)
    order_id: NewId
    handoff: _choice(Handoff, text(QT_TRANSLATE_NOOP(
        "Messages", "Choose how the cart is handed over: to the till, or kept for pickup.")))
    lines: Annotated[list[CartLine], Field(min_length=1, max_length=CART_LINES_MAX),
                     BeforeValidator(_cart_lines)]
    #: the customer's vouchers (store credit, rewards) applied to the sale (used once, here)
    voucher_ids: Annotated[list[Id], Field(max_length=5)] = []

    @model_validator(mode="after")
    def _each_voucher_once(self) -> CartConvert:
        if len(set(self.voucher_ids)) != len(self.voucher_ids):
            raise InvalidInput("voucher_ids", text(QT_TRANSLATE_NOOP(
                "Messages", "A voucher is applied twice; apply it once.")))
        return self

    @model_validator(mode="after")
    def _each_product_once(self) -> CartConvert:
        keys = [(x.product_id, x.source, x.from_store_id) for x in self.lines]
        if len(set(keys)) != len(keys):
            raise InvalidInput("lines", text(QT_TRANSLATE_NOOP(
                "Messages", "An item is listed twice from the same place; list it once with "
                            "its quantity.")))
        return self


#: The model of each kind of change.
PAYLOADS: dict[MutationType, type[Payload]] = {
    cls.TYPE: cls for cls in (
        NoteAdd, CustomerEnrol, CustomerSetConsent, WishlistAdd, LoyaltyEarn, LoyaltyRedeem,
        LoyaltyRedeemReward, LoyaltyCancelVoucher, LoyaltyEnrolCard,
        OrderStartPicking, OrderPickLine, OrderRecordShortage, OrderSubstitute, OrderStage,
        OrderMarkReady, OrderHandover, OrderRecordFailedCode, OrderExpire, OrderReturnToStock,
        OrderReturn, OrderDeclineLine, OrderAddItem, OrderExchange,
        CartConvert,
    )
}


def _marked(marker: type) -> list[tuple[str, Any]]:
    found = []
    for model in PAYLOADS.values():
        for name, info in model.model_fields.items():
            for meta in info.metadata:
                if isinstance(meta, marker):
                    found.append((name, meta))
    return found


#: secret name → the payload field that carries it sealed (``code`` → ``sealed_code``)
SEALED_FIELDS: dict[str, str] = dict(sorted({
    meta.secret: name for name, meta in _marked(SealedSecret)}.items()))
#: payload fields that would be secrets in clear: never queued, never pushed
SECRET_FIELDS: frozenset[str] = frozenset(name for name, _ in _marked(ClearSecret))
#: the payload fields a sealed secret is bound to (never ids that a device rewrites)
BOUND_FIELDS: tuple[str, ...] = tuple(sorted({name for name, _ in _marked(_Bound)}))


# -- the union and its validation ----------------------------------------------------------------


def _typed(model: type[Payload]) -> type[BaseModel]:
    return create_model(
        f"{model.__name__}Change",
        __config__=ConfigDict(extra="ignore", frozen=True),
        __doc__=f"A change of kind ``{model.TYPE.value}``.",
        type=(Literal[model.TYPE.value], ...),  # type: ignore[valid-type]
        payload=(model, ...),
    )


#: one ``{type, payload}`` model per kind of change (``NoteAddChange``, …)
CHANGES: dict[MutationType, type[BaseModel]] = {t: _typed(m) for t, m in PAYLOADS.items()}
#: every kind of change: the discriminated union on ``type``
TypedChange = Annotated[Union[tuple(CHANGES.values())], Field(discriminator="type")]  # noqa: UP007
_CHANGE: TypeAdapter[Any] = TypeAdapter(TypedChange)

#: fields of the approval every payload may carry (their errors are reported last)
_APPROVAL = frozenset(Payload.model_fields)


def parse(type_: str, payload: dict[str, Any]) -> Payload:
    """The change of kind ``type_`` that ``payload`` describes, or :class:`InvalidInput`.

    A secret in clear in ``payload`` counts for nothing: a queued or pushed change carries its
    secrets sealed."""
    try:
        kind = MutationType(type_)
    except ValueError:
        raise InvalidInput("type", text(QT_TRANSLATE_NOOP(
            "Messages", "Unknown kind of change {kind}."), kind=repr(type_))) from None
    if not isinstance(payload, dict):
        raise InvalidInput("payload", text(QT_TRANSLATE_NOOP(
            "Messages", "This change carries no details.")))
    data = {"type": kind.value,
            "payload": {k: v for k, v in payload.items() if k not in SECRET_FIELDS}}
    try:
        return _CHANGE.validate_python(data).payload
    except ValidationError as exc:
        raise _invalid(exc, data, _CHANGE.validate_python, (kind.value, "payload")) from None


def validate(type_: str, payload: dict[str, Any]) -> dict[str, Any]:
    """The cleaned payload of a mutation (as queued and pushed), or :class:`InvalidInput`
    saying what is wrong."""
    return parse(type_, payload).wire()


# -- errors as sentences -------------------------------------------------------------------------


def _invalid(exc: ValidationError, data: Any, again: Any, prefix: tuple[Any, ...],
             depth: int = 0) -> InvalidInput:
    """The first problem of ``exc`` as the sentence the field's own check gives.

    A missing field is asked about again with ``None`` in its place, so it gets the sentence its
    check gives for an empty value (“The note cannot be empty.”, “customer_id is missing.”)."""
    errors = exc.errors()
    errors.sort(key=lambda e: _field_of(e["loc"], prefix) in _APPROVAL)
    first = errors[0]
    error = (first.get("ctx") or {}).get("error")
    if isinstance(error, InvalidInput):
        return error
    loc = first["loc"]
    if first["type"] == "missing" and depth < 5 and loc[:len(prefix)] == prefix:
        filled = copy.deepcopy(data)
        target = filled
        for part in loc[:-1]:
            target = target[part]
        if isinstance(target, dict):
            target[loc[-1]] = None
            try:
                again(filled)
            except ValidationError as retry:
                return _invalid(retry, filled, again, prefix, depth + 1)
    field = _field_of(loc, prefix) or "payload"
    return InvalidInput(str(field), text(QT_TRANSLATE_NOOP("Messages", "{field}: {problem}."),
                                         field=str(field), problem=str(first["msg"])))


def _field_of(loc: tuple[Any, ...], prefix: tuple[Any, ...]) -> Any:
    rest = loc[len(prefix):] if loc[:len(prefix)] == prefix else loc
    return rest[0] if rest else None

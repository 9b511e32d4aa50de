"""The kinds of change staff make in the store, and the ids a change made offline carries.

Pure rules, shared by the client and the central service. What a valid change of each kind
looks like is its model in :mod:`store_contract.payloads` (validated by the app before
queueing and by the service before applying). No Qt, SQL or HTTP.
"""

from __future__ import annotations

import re
import uuid
from enum import StrEnum

from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text

TEMP_PREFIX = "tmp-"


class MutationType(StrEnum):
    NOTE_ADD = "interaction.add_note"
    CUSTOMER_ENROL = "customer.enrol"
    CUSTOMER_SET_CONSENT = "customer.set_consent"
    WISHLIST_ADD = "wishlist.add_item"
    LOYALTY_EARN = "loyalty.earn"
    LOYALTY_REDEEM = "loyalty.redeem"
    # the loyalty programme (issue 14): rules in store_contract/domain/loyalty.py
    LOYALTY_REDEEM_REWARD = "loyalty.redeem_reward"
    LOYALTY_CANCEL_VOUCHER = "loyalty.cancel_voucher"
    LOYALTY_ENROL_CARD = "loyalty.enrol_card"
    # click-and-collect (issue 5): rules in store_contract/domain/pickup/
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
    # changes at pickup (issue 13): rules in store_contract/domain/pickup/changes.py
    ORDER_DECLINE_LINE = "order.decline_line"
    ORDER_ADD_ITEM = "order.add_item"
    # returns of any channel (issue 13): rules in store_contract/domain/returns.py
    ORDER_RETURN = "order.return"
    # exchanges (issue 13): a return plus replacements, rules in domain/exchanges.py
    ORDER_EXCHANGE = "order.exchange"
    # an online cart finished at the counter (issue 14): rules in domain/carts.py
    CART_CONVERT = "cart.convert"


#: The kinds of change that act on one order (payload ``order_id``): the click-and-collect steps
#: and a return of any channel.
ORDER_TYPES = frozenset({
    MutationType.ORDER_START_PICKING, MutationType.ORDER_PICK_LINE,
    MutationType.ORDER_RECORD_SHORTAGE, MutationType.ORDER_SUBSTITUTE, MutationType.ORDER_STAGE,
    MutationType.ORDER_MARK_READY, MutationType.ORDER_HANDOVER,
    MutationType.ORDER_RECORD_FAILED_CODE, MutationType.ORDER_EXPIRE,
    MutationType.ORDER_RETURN_TO_STOCK, MutationType.ORDER_RETURN,
    MutationType.ORDER_DECLINE_LINE, MutationType.ORDER_ADD_ITEM, MutationType.ORDER_EXCHANGE,
})


def new_temp_id() -> str:
    """An id for a record made here before the server has given it a real one."""
    return f"{TEMP_PREFIX}{uuid.uuid4().hex}"


def is_temp_id(value: str) -> bool:
    return value.startswith(TEMP_PREFIX)


#: a secret sealed to the central service (see store_contract.sealing): opened only there
SEALED_VALUE = re.compile(r"^hpke1\.[A-Za-z0-9_-]{1,32}\.[A-Za-z0-9_-]{40,400}$")


def check_pin_format(pin: str) -> Text | None:
    """Why ``pin`` cannot be a staff PIN (a sentence), or None."""
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        return text(QT_TRANSLATE_NOOP("Messages", "A PIN is {least} to {most} digits."),
                    least=4, most=12)
    return None

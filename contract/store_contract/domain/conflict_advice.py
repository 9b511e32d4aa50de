"""What staff read in the conflict inbox: what the change was, and what to do now."""

from __future__ import annotations

from typing import Any

from store_contract.domain.mutation_types import ORDER_TYPES, MutationType
from store_contract.domain.text import QT_TRANSLATE_NOOP, Amount, Text, text


def summary(type_: str, payload: dict[str, Any], customer_name: str | None,
            currency: str | None = None) -> Text:
    who = customer_name or payload.get("customer_id") or text(
        QT_TRANSLATE_NOOP("Messages", "a customer"))
    match type_:
        case MutationType.NOTE_ADD:
            body = str(payload.get("body", ""))
            short = body if len(body) <= 60 else body[:57] + "…"
            return text(QT_TRANSLATE_NOOP("Messages", "Note for {who}: “{note}”"),
                        who=who, note=short)
        case MutationType.CUSTOMER_ENROL:
            return text(QT_TRANSLATE_NOOP("Messages", "New customer {first} {last} ({email})"),
                        first=str(payload.get("first_name", "")),
                        last=str(payload.get("last_name", "")),
                        email=str(payload.get("email", "")))
        case MutationType.CUSTOMER_SET_CONSENT:
            if payload.get("marketing_consent"):
                return text(QT_TRANSLATE_NOOP("Messages", "{who} gave marketing consent"),
                            who=who)
            return text(QT_TRANSLATE_NOOP("Messages", "{who} withdrew marketing consent"),
                        who=who)
        case MutationType.WISHLIST_ADD:
            return text(QT_TRANSLATE_NOOP("Messages", "Wishlist item {product} for {who}"),
                        product=str(payload.get("product_id", "")), who=who)
        case MutationType.LOYALTY_EARN:
            # the payload carries no currency (it is the store's, given by the caller when
            # known): before the first sync the amount alone, never a guessed currency
            cents = int(payload.get("amount_cents", 0))
            amount = Amount(cents, currency)  # (without a currency: the amount alone)
            return text(QT_TRANSLATE_NOOP("Messages", "Points for a purchase of {amount} by "
                                                      "{who} (receipt {receipt})"),
                        amount=amount, who=who, receipt=str(payload.get("receipt")))
        case MutationType.LOYALTY_REDEEM_REWARD:
            return text(QT_TRANSLATE_NOOP("Messages", "A reward ({reward}) for {who}'s points"),
                        reward=str(payload.get("reward_id", "?")), who=who)
        case MutationType.LOYALTY_CANCEL_VOUCHER:
            return text(QT_TRANSLATE_NOOP("Messages", "A reward voucher of {who} cancelled"),
                        who=who)
        case MutationType.LOYALTY_ENROL_CARD:
            if payload.get("card_kind") == "physical":
                return text(QT_TRANSLATE_NOOP("Messages", "A physical loyalty card for {who}"),
                            who=who)
            if payload.get("card_kind") == "digital":
                return text(QT_TRANSLATE_NOOP("Messages", "A digital loyalty card for {who}"),
                            who=who)
            return text(QT_TRANSLATE_NOOP("Messages", "A loyalty card for {who}"), who=who)
        case MutationType.LOYALTY_REDEEM:
            return text(QT_TRANSLATE_NOOP("Messages", "Redeem points for {who} ({points}): "
                                                      "{reward}"),
                        points=_number(payload.get("points")), who=who,
                        reward=str(payload.get("reward")))
        case MutationType.CART_CONVERT:
            units = sum(int(x.get("qty", 0)) for x in payload.get("lines") or ())
            if payload.get("handoff") == "pickup":
                return text(QT_TRANSLATE_NOOP("Messages", "An online cart finished at the "
                                                          "counter, kept for pickup (items: "
                                                          "{units})"), units=units)
            return text(QT_TRANSLATE_NOOP("Messages", "An online cart finished at the counter, "
                                                      "handed to the till (items: {units})"),
                        units=units)
    if type_ in ORDER_TYPES:
        return _order_summary(type_, payload)
    return text(QT_TRANSLATE_NOOP("Messages", "A change of kind {kind}"), kind=str(type_))


def _number(value: Any) -> Any:
    """A count from a payload: an int as the sentence writes numbers, anything else as it is."""
    return value if isinstance(value, int) and not isinstance(value, bool) else str(value)


def _order_summary(type_: str, p: dict[str, Any]) -> Text:
    order = p.get("order_number") or p.get("order_id") or text(
        QT_TRANSLATE_NOOP("Messages", "an order"))
    match type_:
        case MutationType.ORDER_START_PICKING:
            return text(QT_TRANSLATE_NOOP("Messages", "Started picking order {order}"),
                        order=order)
        case MutationType.ORDER_PICK_LINE:
            return text(QT_TRANSLATE_NOOP("Messages", "Picked one item (barcode {barcode}) for "
                                                      "order {order}"),
                        barcode=str(p.get("ean13", "?")), order=order)
        case MutationType.ORDER_RECORD_SHORTAGE:
            return text(QT_TRANSLATE_NOOP("Messages", "Recorded items short on order {order} "
                                                      "({qty}): {reason}"),
                        order=order, qty=_number(p.get("qty")), reason=str(p.get("reason", "")))
        case MutationType.ORDER_SUBSTITUTE:
            return text(QT_TRANSLATE_NOOP("Messages", "Picked substitute {product} for order "
                                                      "{order}"),
                        product=str(p.get("substitute_product_id", "")), order=order)
        case MutationType.ORDER_STAGE:
            return text(QT_TRANSLATE_NOOP("Messages", "Staged order {order} at {location}"),
                        order=order, location=str(p.get("location", "?")))
        case MutationType.ORDER_MARK_READY:
            return text(QT_TRANSLATE_NOOP("Messages", "Marked order {order} ready for pickup"),
                        order=order)
        case MutationType.ORDER_HANDOVER:
            if p.get("override_reason"):
                return text(QT_TRANSLATE_NOOP("Messages", "Handed over order {order} by manager "
                                                          "override"), order=order)
            return text(QT_TRANSLATE_NOOP("Messages", "Handed over order {order} with the pickup "
                                                      "code"), order=order)
        case MutationType.ORDER_RECORD_FAILED_CODE:
            return text(QT_TRANSLATE_NOOP("Messages", "A wrong pickup code was tried for order "
                                                      "{order}"), order=order)
        case MutationType.ORDER_EXPIRE:
            return text(QT_TRANSLATE_NOOP("Messages", "Expired order {order} (customer did not "
                                                      "come)"), order=order)
        case MutationType.ORDER_RETURN_TO_STOCK:
            units = sum(int(x.get("qty", 0)) for x in p.get("lines") or ())
            return text(QT_TRANSLATE_NOOP("Messages", "Returned to stock: {units} (order "
                                                      "{order})"), units=units, order=order)
        case MutationType.ORDER_RETURN:
            units = sum(int(x.get("qty", 0)) for x in p.get("lines") or ())
            if p.get("refund_method") == "store_credit":
                return text(QT_TRANSLATE_NOOP("Messages", "A return from order {order} (items: "
                                                          "{units}), refunded as store credit"),
                            order=order, units=units)
            return text(QT_TRANSLATE_NOOP("Messages", "A return from order {order} (items: "
                                                      "{units}), refunded to the original "
                                                      "payment"), order=order, units=units)
        case MutationType.ORDER_EXCHANGE:
            units = sum(int(x.get("qty", 0)) for x in p.get("lines") or ())
            given = sum(int(x.get("qty", 0)) for x in p.get("replacements") or ())
            return text(QT_TRANSLATE_NOOP("Messages", "An exchange from order {order} (items "
                                                      "back: {units}, replacements: {given})"),
                        order=order, units=units, given=given)
        case MutationType.ORDER_DECLINE_LINE:
            return text(QT_TRANSLATE_NOOP("Messages", "Items the customer declined at pickup "
                                                      "from order {order}: {qty}"),
                        order=order, qty=_number(p.get("qty")))
        case MutationType.ORDER_ADD_ITEM:
            return text(QT_TRANSLATE_NOOP("Messages", "Added {qty} × {product} to order {order} "
                                                      "at pickup, to pay at the till"),
                        qty=_number(p.get("qty")), product=str(p.get("product_id", "?")),
                        order=order)
    return text(QT_TRANSLATE_NOOP("Messages", "A change to order {order}"), order=order)


def what_to_do(type_: str, payload: dict[str, Any] | None = None) -> Text:
    if type_ in ORDER_TYPES:
        return _order_what_to_do(type_)
    match type_:
        case MutationType.NOTE_ADD:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "Open the customer and add the note again if it still matters."))
        case MutationType.CUSTOMER_ENROL:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "Search for the customer: they may already be enrolled. Otherwise "
                            "enrol them again with corrected details."))
        case MutationType.CUSTOMER_SET_CONSENT:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "Ask the customer again and update their consent on their page."))
        case MutationType.WISHLIST_ADD:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "Check the product with the customer and add it again."))
        case MutationType.LOYALTY_EARN:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "No points were added. Check the receipt with the customer; a "
                            "manager can adjust points if they are owed."))
        case MutationType.LOYALTY_REDEEM_REWARD:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "The reward was not given and no points were taken: the voucher code "
                            "shown is not valid. Tell the customer (their balance is as before); "
                            "if they already used the reward, ask a manager."))
        case MutationType.LOYALTY_CANCEL_VOUCHER:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "The voucher was not cancelled and no points came back. Open the "
                            "customer to see whether it was used meanwhile."))
        case MutationType.LOYALTY_ENROL_CARD:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "The customer has no card from this: give them another card from the "
                            "pack (or a digital one) and enrol them again, as the reason says."))
        case MutationType.LOYALTY_REDEEM:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "The reward was not paid for with points. If you already gave it, "
                            "take it back or ask a manager to approve it."))
        case MutationType.CART_CONVERT:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "The cart was not finished: no order was placed, nothing is held and "
                            "the customer's online cart is still open. If the till took payment "
                            "or the customer left with the items, tell your manager; otherwise "
                            "open the cart again (scan its code) and finish it as the central "
                            "service explains."))
    return text(QT_TRANSLATE_NOOP("Messages", "Tell your manager; the change was not applied."))


_PUT_BACK = text(QT_TRANSLATE_NOOP(
    "Messages", "Put the picked items back on the shelf: the central service cancelled or "
                "changed this order while it was being picked here, so it will not be collected. "
                "Open the order to see its state, and remove its label from the tote."))


def _order_what_to_do(type_: str) -> Text:
    match type_:
        case (MutationType.ORDER_START_PICKING | MutationType.ORDER_PICK_LINE
              | MutationType.ORDER_SUBSTITUTE | MutationType.ORDER_RECORD_SHORTAGE):
            return _PUT_BACK
        case MutationType.ORDER_STAGE | MutationType.ORDER_MARK_READY:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "Open the order to see its state. If it was cancelled, take it off "
                            "the pickup shelf and put the items back on the sales floor; the "
                            "customer was not told it is ready."))
        case MutationType.ORDER_HANDOVER:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "The handover was not accepted by the central service. If the "
                            "customer already left with the order, tell your manager now (with "
                            "the order number) so the order and stock can be corrected; "
                            "otherwise keep the order on its shelf."))
        case MutationType.ORDER_RECORD_FAILED_CODE:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "Nothing to do: the wrong-code attempt could not be recorded."))
        case MutationType.ORDER_EXPIRE:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "Open the order: it may have been collected or cancelled meanwhile. "
                            "Leave it on its shelf until its state is clear."))
        case MutationType.ORDER_RETURN_TO_STOCK:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "Stock was not updated on the central service. Keep the items aside "
                            "and ask your manager to return them to stock."))
        case MutationType.ORDER_RETURN:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "The return was not recorded and refunds nothing. Undo it at the "
                            "counter: give the customer back the items, or take back any refund "
                            "or store credit you handed over, and tell your manager."))
        case MutationType.ORDER_EXCHANGE:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "The exchange was not recorded: nothing was refunded, no replacement "
                            "was taken off stock and no order was placed. Undo it at the "
                            "counter: take back any replacement you handed over and give the "
                            "customer back their items (or record it again as the central "
                            "service explains), and tell your manager."))
        case MutationType.ORDER_DECLINE_LINE:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "The decline was not recorded and nothing is refunded for it. Open "
                            "the order: if the customer left without the item, keep it aside and "
                            "tell your manager so the refund and stock can be corrected."))
        case MutationType.ORDER_ADD_ITEM:
            return text(QT_TRANSLATE_NOOP(
                "Messages", "The added item is not on the order. Make sure the customer paid for "
                            "it at the till; if they left without paying, tell your manager."))
    return text(QT_TRANSLATE_NOOP("Messages", "Tell your manager; the change was not applied."))

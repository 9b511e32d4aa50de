"""What staff read in the conflict inbox: what the change was, and what to do now."""

from __future__ import annotations

from typing import Any

from store_contract.domain.money import minor_digits
from store_contract.domain.mutation_types import ORDER_TYPES, MutationType


def summary(type_: str, payload: dict[str, Any], customer_name: str | None,
            currency: str | None = None) -> str:
    who = customer_name or payload.get("customer_id", "a customer")
    match type_:
        case MutationType.NOTE_ADD:
            body = str(payload.get("body", ""))
            short = body if len(body) <= 60 else body[:57] + "…"
            return f"Note for {who}: “{short}”"
        case MutationType.CUSTOMER_ENROL:
            return (f"New customer {payload.get('first_name', '')} "
                    f"{payload.get('last_name', '')} ({payload.get('email', '')})")
        case MutationType.CUSTOMER_SET_CONSENT:
            state = "gave" if payload.get("marketing_consent") else "withdrew"
            return f"{who} {state} marketing consent"
        case MutationType.WISHLIST_ADD:
            return f"Wishlist item {payload.get('product_id', '')} for {who}"
        case MutationType.LOYALTY_EARN:
            # the payload carries no currency (it is the store's, given by the caller when
            # known): written with its ISO code, e.g. "GBP 24.99" — this sentence is stored
            digits = minor_digits(currency)
            amount = int(payload.get("amount_cents", 0)) / 10**digits
            written = f"{amount:,.{digits}f}" if currency is None \
                else f"{currency} {amount:,.{digits}f}"
            receipt = payload.get("receipt")
            return f"Points for a purchase of {written} by {who} (receipt {receipt})"
        case MutationType.LOYALTY_REDEEM_REWARD:
            return f"A reward ({payload.get('reward_id', '?')}) for {who}'s points"
        case MutationType.LOYALTY_CANCEL_VOUCHER:
            return f"A reward voucher of {who} cancelled"
        case MutationType.LOYALTY_ENROL_CARD:
            return f"A {payload.get('card_kind', '')} loyalty card for {who}"
        case MutationType.LOYALTY_REDEEM:
            return f"Redeem {payload.get('points')} points for {who}: {payload.get('reward')}"
        case MutationType.CART_CONVERT:
            units = sum(int(x.get("qty", 0)) for x in payload.get("lines") or ())
            how = ("kept for pickup" if payload.get("handoff") == "pickup"
                   else "handed to the till")
            return f"An online cart of {units} item(s) finished at the counter, {how}"
    if type_ in ORDER_TYPES:
        return _order_summary(type_, payload)
    return f"A change of kind {type_}"


def _order_summary(type_: str, p: dict[str, Any]) -> str:
    order = p.get("order_number") or p.get("order_id", "an order")
    match type_:
        case MutationType.ORDER_START_PICKING:
            return f"Started picking order {order}"
        case MutationType.ORDER_PICK_LINE:
            return f"Picked one item (barcode {p.get('ean13', '?')}) for order {order}"
        case MutationType.ORDER_RECORD_SHORTAGE:
            return (f"Recorded {p.get('qty')} item(s) short on order {order}: "
                    f"{p.get('reason', '')}")
        case MutationType.ORDER_SUBSTITUTE:
            return (f"Picked substitute {p.get('substitute_product_id', '')} for order "
                    f"{order}")
        case MutationType.ORDER_STAGE:
            return f"Staged order {order} at {p.get('location', '?')}"
        case MutationType.ORDER_MARK_READY:
            return f"Marked order {order} ready for pickup"
        case MutationType.ORDER_HANDOVER:
            how = ("by manager override" if p.get("override_reason")
                   else "with the pickup code")
            return f"Handed over order {order} {how}"
        case MutationType.ORDER_RECORD_FAILED_CODE:
            return f"A wrong pickup code was tried for order {order}"
        case MutationType.ORDER_EXPIRE:
            return f"Expired order {order} (customer did not come)"
        case MutationType.ORDER_RETURN_TO_STOCK:
            units = sum(int(x.get("qty", 0)) for x in p.get("lines") or ())
            return f"Returned {units} item(s) of order {order} to stock"
        case MutationType.ORDER_RETURN:
            units = sum(int(x.get("qty", 0)) for x in p.get("lines") or ())
            how = ("as store credit" if p.get("refund_method") == "store_credit"
                   else "to the original payment")
            return f"A return of {units} item(s) of order {order}, refunded {how}"
        case MutationType.ORDER_EXCHANGE:
            units = sum(int(x.get("qty", 0)) for x in p.get("lines") or ())
            given = sum(int(x.get("qty", 0)) for x in p.get("replacements") or ())
            return (f"An exchange of {units} item(s) of order {order} for {given} "
                    "replacement(s)")
        case MutationType.ORDER_DECLINE_LINE:
            return f"The customer declined {p.get('qty')} item(s) of order {order} at pickup"
        case MutationType.ORDER_ADD_ITEM:
            return (f"Added {p.get('qty')} × {p.get('product_id', '?')} to order {order} at "
                    "pickup, to pay at the till")
    return f"A change to order {order}"


def what_to_do(type_: str, payload: dict[str, Any] | None = None) -> str:
    if type_ in ORDER_TYPES:
        return _order_what_to_do(type_)
    match type_:
        case MutationType.NOTE_ADD:
            return "Open the customer and add the note again if it still matters."
        case MutationType.CUSTOMER_ENROL:
            return ("Search for the customer: they may already be enrolled. Otherwise enrol "
                    "them again with corrected details.")
        case MutationType.CUSTOMER_SET_CONSENT:
            return "Ask the customer again and update their consent on their page."
        case MutationType.WISHLIST_ADD:
            return "Check the product with the customer and add it again."
        case MutationType.LOYALTY_EARN:
            return ("No points were added. Check the receipt with the customer; a manager can "
                    "adjust points if they are owed.")
        case MutationType.LOYALTY_REDEEM_REWARD:
            return ("The reward was not given and no points were taken: the voucher code shown "
                    "is not valid. Tell the customer (their balance is as before); if they "
                    "already used the reward, ask a manager.")
        case MutationType.LOYALTY_CANCEL_VOUCHER:
            return ("The voucher was not cancelled and no points came back. Open the customer "
                    "to see whether it was used meanwhile.")
        case MutationType.LOYALTY_ENROL_CARD:
            return ("The customer has no card from this: give them another card from the pack "
                    "(or a digital one) and enrol them again, as the reason says.")
        case MutationType.LOYALTY_REDEEM:
            return ("The reward was not paid for with points. If you already gave it, take it "
                    "back or ask a manager to approve it.")
        case MutationType.CART_CONVERT:
            return ("The cart was not finished: no order was placed, nothing is held and the "
                    "customer's online cart is still open. If the till took payment or the "
                    "customer left with the items, tell your manager; otherwise open the cart "
                    "again (scan its code) and finish it as the central service explains.")
    return "Tell your manager; the change was not applied."


_PUT_BACK = ("Put the picked items back on the shelf: the central service cancelled or changed "
             "this order while it was being picked here, so it will not be collected. Open the "
             "order to see its state, and remove its label from the tote.")


def _order_what_to_do(type_: str) -> str:
    match type_:
        case (MutationType.ORDER_START_PICKING | MutationType.ORDER_PICK_LINE
              | MutationType.ORDER_SUBSTITUTE | MutationType.ORDER_RECORD_SHORTAGE):
            return _PUT_BACK
        case MutationType.ORDER_STAGE | MutationType.ORDER_MARK_READY:
            return ("Open the order to see its state. If it was cancelled, take it off the "
                    "pickup shelf and put the items back on the sales floor; the customer was "
                    "not told it is ready.")
        case MutationType.ORDER_HANDOVER:
            return ("The handover was not accepted by the central service. If the customer "
                    "already left with the order, tell your manager now (with the order "
                    "number) so the order and stock can be corrected; otherwise keep the "
                    "order on its shelf.")
        case MutationType.ORDER_RECORD_FAILED_CODE:
            return "Nothing to do: the wrong-code attempt could not be recorded."
        case MutationType.ORDER_EXPIRE:
            return ("Open the order: it may have been collected or cancelled meanwhile. Leave "
                    "it on its shelf until its state is clear.")
        case MutationType.ORDER_RETURN_TO_STOCK:
            return ("Stock was not updated on the central service. Keep the items aside and "
                    "ask your manager to return them to stock.")
        case MutationType.ORDER_RETURN:
            return ("The return was not recorded and refunds nothing. Undo it at the counter: "
                    "give the customer back the items, or take back any refund or store "
                    "credit you handed over, and tell your manager.")
        case MutationType.ORDER_EXCHANGE:
            return ("The exchange was not recorded: nothing was refunded, no replacement was "
                    "taken off stock and no order was placed. Undo it at the counter: take "
                    "back any replacement you handed over and give the customer back their "
                    "items (or record it again as the central service explains), and tell "
                    "your manager.")
        case MutationType.ORDER_DECLINE_LINE:
            return ("The decline was not recorded and nothing is refunded for it. Open the "
                    "order: if the customer left without the item, keep it aside and tell your "
                    "manager so the refund and stock can be corrected.")
        case MutationType.ORDER_ADD_ITEM:
            return ("The added item is not on the order. Make sure the customer paid for it at "
                    "the till; if they left without paying, tell your manager.")
    return "Tell your manager; the change was not applied."

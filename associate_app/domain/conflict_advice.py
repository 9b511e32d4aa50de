"""What staff read in the conflict inbox: what the change was, and what to do now."""

from __future__ import annotations

from typing import Any

from associate_app.domain.mutation_types import MutationType


def summary(type_: str, payload: dict[str, Any], customer_name: str | None) -> str:
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
            pounds = int(payload.get("amount_cents", 0)) / 100
            receipt = payload.get("receipt")
            return f"Points for a £{pounds:,.2f} purchase by {who} (receipt {receipt})"
        case MutationType.LOYALTY_REDEEM:
            return f"Redeem {payload.get('points')} points for {who}: {payload.get('reward')}"
    return f"A change of kind {type_}"


def what_to_do(type_: str) -> str:
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
        case MutationType.LOYALTY_REDEEM:
            return ("The reward was not paid for with points. If you already gave it, take it "
                    "back or ask a manager to approve it.")
    return "Tell your manager; the change was not applied."

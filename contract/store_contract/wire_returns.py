"""The HTTP models of returns (issue 13): the returns policy the service publishes, and store
credit taken at a till. (A return itself is a queued change: ``payloads.OrderReturn``.)"""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from store_contract.wire import Wire


class ChannelPolicyOut(Wire):
    channel: str  # online | in_store | click_and_collect
    window_days: int


class ReturnPolicyOut(Wire):
    """What the counter shows before a return is made."""

    policy_id: str
    channels: list[ChannelPolicyOut]
    final_sale_returnable: bool
    gift_receipt_store_credit_only: bool
    reasons: list[str]  # store_contract.domain.returns.Reason
    conditions: list[str]  # resellable | damaged


class VoucherRedeemIn(Wire):
    code: str = Field(min_length=1, max_length=40)
    receipt: str = Field(min_length=1, max_length=40)  # the till's receipt it pays


class VoucherOut(Wire):
    voucher_id: str
    voucher_code: str
    customer_id: str
    amount_cents: int
    currency: str
    issued_store_id: str
    issued_at: datetime
    redeemed_at: datetime | None = None
    redeemed_store_id: str | None = None
    redeemed_receipt: str | None = None

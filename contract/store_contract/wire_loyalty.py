"""The HTTP models of the loyalty programme (issue 14). Its changes (redeeming a reward,
cancelling a voucher, giving a card) are queued changes (``payloads``); what needs the service
at once is a one-time code sent to the customer's phone to prove they are present."""

from __future__ import annotations

from datetime import datetime

from store_contract.wire import Wire


class PresenceCodeOut(Wire):
    """A code was sent to the customer (never the code itself)."""

    sent_to: str  # sms
    expires_at: datetime

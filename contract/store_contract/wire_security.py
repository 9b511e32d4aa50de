"""The contract of the service's security routes: the audit, devices, customer links, refresh.

Shared by the app and the reference service, like ``wire.py`` and ``wire_sync.py``.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from store_contract.wire import Wire

LINK_REASON_MIN = 5
LINK_REASON_MAX = 200


class LinkRequest(Wire):
    """Why a customer of another store is served here; their card if scanned at the counter
    (the customer is present). Without it only a manager may link them."""

    reason: str = Field(min_length=LINK_REASON_MIN, max_length=LINK_REASON_MAX)
    card_number: str | None = Field(default=None, max_length=32)


class AuditEntryOut(Wire):
    audit_id: int
    at: datetime
    action: str
    detail: str
    staff_id: str | None = None
    approved_by: str | None = None
    device_id: str | None = None
    subject: str | None = None


class AuditPage(Wire):
    items: list[AuditEntryOut]
    next_before: int | None = None  # pass as ``before`` for older lines; None: no more


class DeviceOut(Wire):
    device_id: str
    name: str
    enrolled_at: datetime
    revoked_at: datetime | None = None
    last_seen_at: datetime | None = None


class RefreshOut(Wire):
    access_token: str
    expires_at: datetime

"""An append-only record of sensitive actions in a store, for its managers.

What goes in: handing an order over without its code (and who approved it), manager approvals
of large points changes, a staff member locked out by wrong PINs, a customer of another store
linked here (with the reason given), a device removed from the store. Rows are only ever
inserted; nothing in the service updates or deletes them.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from .schema import audit_log


def record(conn: Connection, *, store_id: str, action: str, detail: str,
           staff_id: str | None = None, approved_by: str | None = None,
           device_id: str | None = None, subject: str | None = None,
           at: datetime | None = None) -> None:
    """Add one line (inside the caller's transaction: it commits with what it describes)."""
    conn.execute(audit_log.insert().values(
        store_id=store_id, at=at or datetime.now(UTC), staff_id=staff_id,
        approved_by=approved_by, device_id=device_id, action=action, subject=subject,
        detail=detail))


def page(conn: Connection, store_id: str, *, limit: int, before: int | None) -> list[sa.Row]:
    """The store's lines, newest first; ``before`` an ``audit_id`` to page back from."""
    query = sa.select(audit_log).where(audit_log.c.store_id == store_id)
    if before is not None:
        query = query.where(audit_log.c.audit_id < before)
    return conn.execute(query.order_by(audit_log.c.audit_id.desc()).limit(limit)).all()

"""A manager's view of their store's security: the audit of sensitive actions, and the store's
devices (a lost or stolen tablet is removed here; it wipes its data at its next contact)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import sqlalchemy as sa
from fastapi import HTTPException, Query, Request

from store_contract.domain.text import QT_TRANSLATE_NOOP, text
from store_contract.wire_security import AuditEntryOut, AuditPage, DeviceOut

from . import audit, auth, storage
from .schema import devices, tokens

router = auth.store_router(tags=["security"])
AUDIT_PAGE = 100


@router.get("/audit", response_model=AuditPage)
def audit_page(
    session: auth.ScopedSession,
    request: Request,
    before: Annotated[int | None, Query(ge=1, le=2**62, description="Older than this line")]
    = None,
    limit: Annotated[int, Query(ge=1, le=AUDIT_PAGE)] = AUDIT_PAGE,
) -> AuditPage:
    """The store's audit, newest first (managers)."""
    with request.app.state.engine.connect() as conn:
        rows = audit.page(conn, session.store.store_id, limit=limit + 1, before=before)
    items = [AuditEntryOut(audit_id=r.audit_id, at=auth.as_utc(r.at), action=r.action,
                           detail=r.detail, staff_id=r.staff_id, approved_by=r.approved_by,
                           device_id=r.device_id, subject=r.subject) for r in rows[:limit]]
    more = len(rows) > limit
    return AuditPage(items=items, next_before=items[-1].audit_id if more and items else None)


@router.get("/devices", response_model=list[DeviceOut])
def store_devices(session: auth.ScopedSession, request: Request) -> list[DeviceOut]:
    """The store's enrolled devices, with when each was last used (managers)."""
    last_seen = (sa.select(tokens.c.device_id, sa.func.max(tokens.c.issued_at).label("seen"))
                 .group_by(tokens.c.device_id).subquery())
    with request.app.state.engine.connect() as conn:
        rows = conn.execute(
            sa.select(devices, last_seen.c.seen)
            .join(last_seen, last_seen.c.device_id == devices.c.device_id, isouter=True)
            .where(devices.c.store_id == session.store.store_id)
            .order_by(devices.c.enrolled_at.desc())
        ).all()
    return [DeviceOut(device_id=r.device_id, name=r.name, enrolled_at=auth.as_utc(r.enrolled_at),
                      revoked_at=auth.as_utc(r.revoked_at) if r.revoked_at else None,
                      last_seen_at=auth.as_utc(r.seen) if r.seen else None) for r in rows]


@router.post("/devices/{device_id}/revoke", response_model=DeviceOut)
def revoke_device(device_id: str, session: auth.ScopedSession, request: Request) -> DeviceOut:
    """Remove a device from the store (lost, stolen, replaced): its sessions end at once, it
    can sign in no more, and it wipes its local data at its next contact (managers)."""
    now = datetime.now(UTC)
    with request.app.state.engine.connect() as conn, storage.write_transaction(conn):
        row = conn.execute(sa.select(devices).where(
            devices.c.device_id == device_id,
            devices.c.store_id == session.store.store_id)).first()
        if row is None:
            raise HTTPException(404, text(QT_TRANSLATE_NOOP(
                "Messages", "There is no such device in this store.")))
        if row.revoked_at is None:
            conn.execute(devices.update().where(devices.c.device_id == device_id)
                         .values(revoked_at=now))
            conn.execute(tokens.update().where(tokens.c.device_id == device_id,
                                               tokens.c.revoked_at.is_(None))
                         .values(revoked_at=now))
            audit.record(conn, store_id=session.store.store_id, action="device.revoke",
                         subject=device_id, staff_id=session.staff.staff_id,
                         device_id=session.device_id, at=now,
                         detail=f"Device “{row.name}” ({device_id}) removed from the store by "
                                f"{session.staff.name} ({session.staff.staff_id}); it wipes "
                                "its data at its next contact.")
        row = conn.execute(sa.select(devices).where(devices.c.device_id == device_id)).one()
    return DeviceOut(device_id=row.device_id, name=row.name,
                     enrolled_at=auth.as_utc(row.enrolled_at),
                     revoked_at=auth.as_utc(row.revoked_at) if row.revoked_at else None)

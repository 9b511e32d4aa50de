"""The chain's stores, one store's detail, and its staff (managers and support: see
``auth.ROUTE_PERMISSIONS``)."""

from __future__ import annotations

import sqlalchemy as sa
from fastapi import APIRouter, Request

from store_contract.wire import StaffOut, StoreOut

from . import auth
from .schema import staff, stores

chain = APIRouter(prefix="/v1", tags=["stores"])
router = auth.store_router(tags=["stores"])


@chain.get("/stores", response_model=list[StoreOut])
def list_stores(_: auth.CurrentSession, request: Request) -> list[StoreOut]:
    """Every store of the chain (for "nearby stores"); any signed-in staff member."""
    with request.app.state.engine.connect() as conn:
        rows = conn.execute(sa.select(stores).order_by(stores.c.store_id)).all()
    return [auth.store_out(row) for row in rows]


@router.get("", response_model=StoreOut)
def store_detail(session: auth.ScopedSession) -> StoreOut:
    return session.store


@router.get("/staff", response_model=list[StaffOut])
def store_staff(session: auth.ScopedSession, request: Request) -> list[StaffOut]:
    """The store's staff (managers only)."""
    with request.app.state.engine.connect() as conn:
        rows = conn.execute(
            sa.select(staff)
            .where(staff.c.store_id == session.store.store_id)
            .order_by(staff.c.role.desc(), staff.c.staff_id)
        ).all()
    return [auth.staff_out(row) for row in rows]

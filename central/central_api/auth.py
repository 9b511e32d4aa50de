"""Devices, staff sessions and the two guards every protected route uses.

* :func:`current_session` turns a bearer token into a :class:`Session` (401 otherwise) and
  checks the route's permission in :data:`ROUTE_PERMISSIONS` against the staff member's role
  (``store_contract/domain/permissions.py``, 403 otherwise). A route missing from the table is
  refused to everyone, and the app refuses to start with one (``app._check_permissions``).
* :func:`store_scope` is the one check that a token of store A never reads or writes store B:
  the store-scoped router applies it to every route under ``/v1/stores/{store_id}``.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Depends, HTTPException, Path, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.engine import Connection

from store_contract.domain.permissions import Permission, can, refusal
from store_contract.domain.text import QT_TRANSLATE_NOOP, text
from store_contract.wire import Role, StaffOut, StoreOut

from . import pins, storage
from .hashing import enrolment_code_hash, sha256_hex
from .schema import devices, staff, stores, tokens

TOKEN_LIFETIME = timedelta(hours=12)

BAD_ENROLMENT = text(QT_TRANSLATE_NOOP(
    "Messages", "That enrolment code is not valid. Ask your manager for the store's current "
    "code."))
BAD_DEVICE = text(QT_TRANSLATE_NOOP(
    "Messages", "This device is not enrolled (or was removed). Enrol it again with the store's "
    "code."))
NO_TOKEN = text(QT_TRANSLATE_NOOP("Messages", "Sign in first: this request needs a staff session."))
BAD_TOKEN = text(QT_TRANSLATE_NOOP("Messages",
                                   "Your session has ended or is not valid. Sign in again."))
NOT_FOR_ANYONE = text(QT_TRANSLATE_NOOP("Messages", "This request is not allowed for anyone."))


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """Times come back naive from SQLite; they were written in UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


@dataclass(frozen=True)
class Session:
    staff: StaffOut
    store: StoreOut
    device_id: str
    token_hash: str
    expires_at: datetime


def store_out(row: sa.Row) -> StoreOut:
    return StoreOut(
        store_id=row.store_id,
        name=row.name,
        city=row.city,
        address=row.address,
        latitude=row.latitude,
        longitude=row.longitude,
        timezone=row.timezone,
    )


def staff_out(row: sa.Row) -> StaffOut:
    return StaffOut(
        staff_id=row.staff_id, name=row.name, role=Role(row.role), store_id=row.store_id
    )


# -- writes: enrolment, sign-in, sign-out ------------------------------------------------------


def enrol_device(conn: Connection, code: str, device_name: str) -> tuple[str, str, StoreOut]:
    row = conn.execute(
        sa.select(stores).where(stores.c.enrolment_code_hash == enrolment_code_hash(code))
    ).first()
    if row is None:
        raise HTTPException(401, BAD_ENROLMENT)
    device_id = f"D-{uuid.uuid4().hex}"
    secret = secrets.token_urlsafe(32)
    conn.execute(
        devices.insert().values(
            device_id=device_id,
            store_id=row.store_id,
            name=device_name,
            secret_hash=sha256_hex(secret),
            enrolled_at=utcnow(),
        )
    )
    return device_id, secret, store_out(row)


#: what a removed device is told (the app wipes its data when it hears it): RFC 6750's
#: ``invalid_token`` with a description a client can tell apart from an expired session
DEVICE_REVOKED = text(QT_TRANSLATE_NOOP(
    "Messages", "This device was removed from the store by a manager. Its data is erased; "
    "enrol it again with the store's code to use it."))
REVOKED_CHALLENGE = 'Bearer error="invalid_token", error_description="device_revoked"'


def device_revoked() -> HTTPException:
    return HTTPException(401, DEVICE_REVOKED, headers={"WWW-Authenticate": REVOKED_CHALLENGE})


def sign_in(
    conn: Connection, device_id: str, device_secret: str, staff_id: str, pin: str
) -> tuple[str, Session]:
    """Check device, lockout and PIN; return a new bearer token and its session (committed).

    The PIN is checked by :func:`central_api.pins.check_committed`: one lockout per person,
    counted before the check, and only for staff of the device's own store."""
    now = utcnow()
    device = conn.execute(sa.select(devices).where(devices.c.device_id == device_id)).first()
    conn.rollback()  # end the read: the PIN check writes in transactions of its own
    if device is None or not secrets.compare_digest(device.secret_hash, sha256_hex(device_secret)):
        raise HTTPException(401, BAD_DEVICE)
    if device.revoked_at is not None:
        raise device_revoked()
    try:
        person = pins.check_committed(conn, staff_id, pin, store_id=device.store_id, now=now)
    except pins.Refused as exc:
        if exc.locked:
            raise HTTPException(429, exc.reason, headers={"Retry-After": "300"}) from None
        raise HTTPException(401, exc.reason) from None
    token = secrets.token_urlsafe(32)
    token_hash = sha256_hex(token)
    expires = now + TOKEN_LIFETIME
    with storage.write_transaction(conn):
        conn.execute(
            tokens.insert().values(
                token_hash=token_hash,
                staff_id=staff_id,
                store_id=device.store_id,
                device_id=device_id,
                issued_at=now,
                expires_at=expires,
            )
        )
        store = conn.execute(sa.select(stores).where(stores.c.store_id == device.store_id)).one()
    return token, Session(staff_out(person), store_out(store), device_id, token_hash, expires)


def refresh(conn: Connection, session: Session) -> tuple[str, datetime]:
    """A new token for the same staff member and device, the old one revoked (a session that
    is used never ends in the middle of a shift; one left alone still expires)."""
    now = utcnow()
    token = secrets.token_urlsafe(32)
    expires = now + TOKEN_LIFETIME
    with storage.write_transaction(conn):
        old = conn.execute(
            tokens.update().where(tokens.c.token_hash == session.token_hash,
                                  tokens.c.revoked_at.is_(None)).values(revoked_at=now))
        if not old.rowcount:
            raise HTTPException(401, BAD_TOKEN, headers={"WWW-Authenticate": "Bearer"})
        conn.execute(tokens.insert().values(
            token_hash=sha256_hex(token), staff_id=session.staff.staff_id,
            store_id=session.store.store_id, device_id=session.device_id, issued_at=now,
            expires_at=expires))
    return token, expires


def revoke(conn: Connection, token_hash: str) -> None:
    conn.execute(
        tokens.update().where(tokens.c.token_hash == token_hash).values(revoked_at=utcnow())
    )


# -- guards --------------------------------------------------------------------------------------

#: routes anyone may call (no token)
PUBLIC_ROUTES = frozenset({
    ("GET", "/healthz"), ("GET", "/readyz"), ("POST", "/v1/devices/enrol"),
    ("POST", "/v1/sessions"),
})
_STORE = "/v1/stores/{store_id}"
#: what every other route needs; None: any signed-in staff member (their own session)
ROUTE_PERMISSIONS: dict[tuple[str, str], Permission | None] = {
    ("GET", "/v1/me"): None,
    ("DELETE", "/v1/sessions/current"): None,
    ("POST", "/v1/sessions/refresh"): None,
    ("GET", "/v1/stores"): Permission.READ_STORE,
    ("GET", "/v1/products"): Permission.READ_STORE,
    ("GET", _STORE): Permission.READ_STORE,
    ("GET", f"{_STORE}/staff"): Permission.READ_STAFF,
    ("GET", f"{_STORE}/audit"): Permission.READ_AUDIT,
    ("GET", f"{_STORE}/devices"): Permission.MANAGE_DEVICES,
    ("POST", f"{_STORE}/devices/{{device_id}}/revoke"): Permission.MANAGE_DEVICES,
    ("GET", f"{_STORE}/customers"): Permission.READ_STORE,
    ("GET", f"{_STORE}/customers/{{customer_id}}"): Permission.READ_STORE,
    ("GET", f"{_STORE}/inventory"): Permission.READ_STORE,
    ("GET", f"{_STORE}/inventory/{{product_id}}/nearby"): Permission.READ_STORE,
    ("GET", f"{_STORE}/orders"): Permission.READ_STORE,
    ("GET", f"{_STORE}/orders/{{number}}"): Permission.READ_ORDERS,
    ("GET", f"{_STORE}/changes"): Permission.READ_STORE,
    ("GET", f"{_STORE}/snapshot"): Permission.READ_STORE,
    ("POST", f"{_STORE}/mutations"): Permission.PUSH_CHANGES,  # and each change its own
    ("GET", f"{_STORE}/customer-search"): Permission.SEARCH_CHAIN,
    ("POST", f"{_STORE}/customers/{{customer_id}}/link"): Permission.LINK_CUSTOMER,
    ("GET", f"{_STORE}/returns/policy"): Permission.READ_STORE,
    ("POST", f"{_STORE}/vouchers/redeem"): Permission.REDEEM_VOUCHER,
    ("POST", f"{_STORE}/customers/{{customer_id}}/presence-code"): Permission.REDEEM_POINTS,
}


def route_key(request: Request) -> tuple[str, str]:
    route = request.scope.get("route")
    return request.method, getattr(route, "path", request.url.path)

_bearer = HTTPBearer(auto_error=False, description="The access_token of POST /v1/sessions.")


def current_session(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Session:
    """The staff session behind the bearer token; 401 without a valid, unexpired one."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(401, NO_TOKEN, headers={"WWW-Authenticate": "Bearer"})
    token_hash = sha256_hex(credentials.credentials)
    with request.app.state.engine.connect() as conn:
        row = conn.execute(
            sa.select(tokens, staff.c.name, staff.c.role,
                      devices.c.revoked_at.label("device_revoked_at"))
            .join(staff, staff.c.staff_id == tokens.c.staff_id)
            .join(devices, devices.c.device_id == tokens.c.device_id)
            .where(tokens.c.token_hash == token_hash)
        ).first()
        if row is not None and row.device_revoked_at is not None:
            raise device_revoked()
        if row is None or row.revoked_at is not None or as_utc(row.expires_at) <= utcnow():
            raise HTTPException(401, BAD_TOKEN, headers={"WWW-Authenticate": "Bearer"})
        store = conn.execute(sa.select(stores).where(stores.c.store_id == row.store_id)).one()
    key = route_key(request)
    if key not in ROUTE_PERMISSIONS:
        raise HTTPException(403, NOT_FOR_ANYONE)  # fail closed
    permission = ROUTE_PERMISSIONS[key]
    if permission is not None and not can(row.role, permission):
        raise HTTPException(403, refusal(row.role, {permission}))
    return Session(
        staff=StaffOut(
            staff_id=row.staff_id, name=row.name, role=Role(row.role), store_id=row.store_id
        ),
        store=store_out(store),
        device_id=row.device_id,
        token_hash=token_hash,
        expires_at=as_utc(row.expires_at),
    )


CurrentSession = Annotated[Session, Depends(current_session)]


def store_scope(
    session: CurrentSession,
    store_id: Annotated[str, Path(description="The store whose data is read or written.")],
) -> Session:
    """403 unless the token belongs to ``store_id``: a device of store A never touches store B."""
    if store_id != session.store.store_id:
        raise HTTPException(403, text(QT_TRANSLATE_NOOP(
            "Messages", "This device belongs to store {own} and cannot read or write store "
            "{other}'s data."), own=session.store.store_id, other=store_id))
    return session


ScopedSession = Annotated[Session, Depends(store_scope)]


def store_router(**kwargs: object) -> APIRouter:
    """The router for routes under ``/v1/stores/{store_id}``: :func:`store_scope` guards each."""
    return APIRouter(prefix="/v1/stores/{store_id}", dependencies=[Depends(store_scope)], **kwargs)  # type: ignore[arg-type]

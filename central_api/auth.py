"""Devices, staff sessions and the two guards every protected route uses.

* :func:`current_session` turns a bearer token into a :class:`Session` (401 otherwise).
* :func:`store_scope` is the one check that a token of store A never reads or writes store B:
  the store-scoped router applies it to every route under ``/v1/stores/{store_id}``.
* :func:`require_role` guards manager-only routes.
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

from associate_app.wire import Role, StaffOut, StoreOut

from .hashing import enrolment_code_hash, sha256_hex, verify_slow_hash
from .schema import devices, failed_sign_ins, staff, stores, tokens

TOKEN_LIFETIME = timedelta(hours=12)
LOCKOUT_WINDOW = timedelta(minutes=5)
LOCKOUT_ATTEMPTS = 5

BAD_ENROLMENT = "That enrolment code is not valid. Ask your manager for the store's current code."
BAD_DEVICE = "This device is not enrolled (or was removed). Enrol it again with the store's code."
BAD_PIN = "That staff id and PIN do not match."
LOCKED_OUT = (
    "Too many wrong PINs for this staff id. Wait five minutes, then try again, "
    "or ask a manager to help."
)
NO_TOKEN = "Sign in first: this request needs a staff session."
BAD_TOKEN = "Your session has ended or is not valid. Sign in again."


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


def sign_in(
    conn: Connection, device_id: str, device_secret: str, staff_id: str, pin: str
) -> tuple[str, Session]:
    """Check device, lockout and PIN; return a new bearer token and its session."""
    now = utcnow()
    device = conn.execute(
        sa.select(devices).where(devices.c.device_id == device_id, devices.c.revoked_at.is_(None))
    ).first()
    if device is None or not secrets.compare_digest(device.secret_hash, sha256_hex(device_secret)):
        raise HTTPException(401, BAD_DEVICE)
    recent = conn.execute(
        sa.select(sa.func.count())
        .select_from(failed_sign_ins)
        .where(
            failed_sign_ins.c.staff_id == staff_id,
            failed_sign_ins.c.attempted_at > now - LOCKOUT_WINDOW,
        )
    ).scalar_one()
    if recent >= LOCKOUT_ATTEMPTS:
        raise HTTPException(429, LOCKED_OUT, headers={"Retry-After": "300"})
    person = conn.execute(sa.select(staff).where(staff.c.staff_id == staff_id)).first()
    if person is None or not verify_slow_hash(pin, person.pin_salt, person.pin_hash):
        conn.execute(
            failed_sign_ins.insert().values(
                staff_id=staff_id, device_id=device_id, attempted_at=now
            )
        )
        conn.commit()  # the failure must count even though the request fails
        raise HTTPException(401, BAD_PIN)
    if person.store_id != device.store_id:
        raise HTTPException(
            403,
            f"Staff member {staff_id} works at store {person.store_id}, but this device is "
            f"enrolled at store {device.store_id}. Sign in on a device of your own store.",
        )
    conn.execute(failed_sign_ins.delete().where(failed_sign_ins.c.staff_id == staff_id))
    token = secrets.token_urlsafe(32)
    token_hash = sha256_hex(token)
    expires = now + TOKEN_LIFETIME
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


def revoke(conn: Connection, token_hash: str) -> None:
    conn.execute(
        tokens.update().where(tokens.c.token_hash == token_hash).values(revoked_at=utcnow())
    )


# -- guards --------------------------------------------------------------------------------------

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
            sa.select(tokens, staff.c.name, staff.c.role)
            .join(staff, staff.c.staff_id == tokens.c.staff_id)
            .where(tokens.c.token_hash == token_hash)
        ).first()
        if row is None or row.revoked_at is not None or as_utc(row.expires_at) <= utcnow():
            raise HTTPException(401, BAD_TOKEN, headers={"WWW-Authenticate": "Bearer"})
        store = conn.execute(sa.select(stores).where(stores.c.store_id == row.store_id)).one()
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
        raise HTTPException(
            403,
            f"This device belongs to store {session.store.store_id} and cannot read or write "
            f"store {store_id}'s data.",
        )
    return session


ScopedSession = Annotated[Session, Depends(store_scope)]


def require_role(role: Role):  # noqa: ANN201 - a FastAPI dependency factory
    """A dependency that lets only staff with ``role`` through (403 otherwise)."""

    def check(session: CurrentSession) -> Session:
        if session.staff.role != role:
            raise HTTPException(
                403, f"Only a store {role.value} can do this. Ask your {role.value} to help."
            )
        return session

    return check


def store_router(**kwargs: object) -> APIRouter:
    """The router for routes under ``/v1/stores/{store_id}``: :func:`store_scope` guards each."""
    return APIRouter(prefix="/v1/stores/{store_id}", dependencies=[Depends(store_scope)], **kwargs)  # type: ignore[arg-type]

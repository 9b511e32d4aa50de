"""Device enrolment and staff sessions (sign in, who am I, sign out)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from store_contract.wire import EnrolRequest, EnrolResponse, MeOut, SessionOut, SignInRequest
from store_contract.wire_security import RefreshOut

from . import auth

router = APIRouter(prefix="/v1", tags=["auth"])


@router.post(
    "/devices/enrol",
    response_model=EnrolResponse,
    responses={401: {"description": "Unknown enrolment code"}},
)
def enrol(body: EnrolRequest, request: Request) -> EnrolResponse:
    """Enrol a device to the store whose enrolment code it presents."""
    with request.app.state.engine.begin() as conn:
        device_id, secret, store = auth.enrol_device(conn, body.enrolment_code, body.device_name)
    return EnrolResponse(device_id=device_id, device_secret=secret, store=store)


@router.post(
    "/sessions",
    response_model=SessionOut,
    responses={401: {}, 403: {"description": "Staff of another store"}, 429: {}},
)
def sign_in(body: SignInRequest, request: Request) -> SessionOut:
    """Sign a staff member in on an enrolled device; the token is scoped to the device's store."""
    with request.app.state.engine.connect() as conn:
        token, session = auth.sign_in(
            conn, body.device_id, body.device_secret, body.staff_id, body.pin
        )
    return SessionOut(
        access_token=token, expires_at=session.expires_at, staff=session.staff, store=session.store
    )


@router.post("/sessions/refresh", response_model=RefreshOut)
def refresh(session: auth.CurrentSession, request: Request) -> RefreshOut:
    """Swap a valid token for a fresh one (the old one stops working)."""
    with request.app.state.engine.connect() as conn:
        token, expires = auth.refresh(conn, session)
    return RefreshOut(access_token=token, expires_at=expires)


@router.get("/me", response_model=MeOut)
def me(session: auth.CurrentSession) -> MeOut:
    return MeOut(staff=session.staff, store=session.store, expires_at=session.expires_at)


@router.delete("/sessions/current", status_code=204, response_class=Response)
def sign_out(session: auth.CurrentSession, request: Request) -> Response:
    """Sign out: the token stops working at once."""
    with request.app.state.engine.begin() as conn:
        auth.revoke(conn, session.token_hash)
    return Response(status_code=204)

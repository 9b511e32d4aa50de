"""The loyalty programme (issue 14): a one-time code sent to a customer's phone, which proves
they are present when their points are used (``loyalty.redeem_reward`` carries it sealed)."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import HTTPException, Request

from store_contract.wire_loyalty import PresenceCodeOut

from . import auth, errors, mutations, storage
from .loyalty_programme import PresenceRefused, send_presence_code

router = auth.store_router(tags=["loyalty"])


@router.post("/customers/{customer_id}/presence-code", response_model=PresenceCodeOut,
             responses={404: errors.error_response("No such customer for this store"),
                        409: errors.error_response("No phone to send a code to")})
def presence_code(customer_id: str, session: auth.ScopedSession,
                  request: Request) -> PresenceCodeOut:
    """Send the customer a one-time code (by SMS) to read out at the counter."""
    with request.app.state.engine.connect() as conn:
        ctx = mutations.Context(conn=conn, device_id=session.device_id,
                                store_id=session.store.store_id,
                                staff_id=session.staff.staff_id, now=datetime.now(UTC))
        try:
            mutations._visible_customer(ctx, customer_id)  # this store's customers only
        except mutations.Rejected as exc:
            raise HTTPException(404, exc.reason) from None
        finally:
            conn.rollback()  # (only read: the write transaction starts below)
        try:
            with storage.write_transaction(conn):
                sent = send_presence_code(conn, customer_id, session.store.store_id,
                                          datetime.now(UTC))
        except PresenceRefused as exc:
            raise HTTPException(409, errors.sentence_of(exc)) from None
    return PresenceCodeOut(**sent)

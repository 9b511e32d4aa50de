"""Returns (issue 13): the returns policy the counter shows before a return, and store credit
taken at a till. A return itself arrives as a queued change (``order.return``, applied in
``returns.py``)."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import HTTPException, Request

from store_contract.domain import returns as rules
from store_contract.wire_returns import (
    ChannelPolicyOut,
    ReturnPolicyOut,
    VoucherOut,
    VoucherRedeemIn,
)

from . import auth, errors, storage
from .returns import VoucherRefused, load_policy, redeem_voucher

router = auth.store_router(tags=["returns"])


@router.get("/returns/policy", response_model=ReturnPolicyOut)
def returns_policy(session: auth.ScopedSession, request: Request) -> ReturnPolicyOut:
    """The returns policy, as the counter shows it before anything is done."""
    with request.app.state.engine.connect() as conn:
        policy = load_policy(conn)
    return ReturnPolicyOut(
        policy_id=policy.policy_id,
        channels=[ChannelPolicyOut(channel=c.value, window_days=policy.window_for(c.value))
                  for c in rules.Channel],
        final_sale_returnable=policy.final_sale_returnable,
        gift_receipt_store_credit_only=policy.gift_receipt_store_credit_only,
        reasons=[r.value for r in rules.Reason],
        conditions=[c.value for c in rules.Condition])


@router.post("/vouchers/redeem", response_model=VoucherOut,
             responses={409: errors.error_response("Store credit unknown or already used")})
def redeem(body: VoucherRedeemIn, session: auth.ScopedSession,
           request: Request) -> VoucherOut:
    """Use a store credit code once, as payment of a till's receipt at this store."""
    with request.app.state.engine.connect() as conn:
        try:
            with storage.write_transaction(conn):
                row = redeem_voucher(conn, body.code, store_id=session.store.store_id,
                                     receipt=body.receipt, now=datetime.now(UTC))
        except VoucherRefused as exc:
            raise HTTPException(409, errors.sentence_of(exc)) from None
    return VoucherOut(**{k: getattr(row, k) for k in VoucherOut.model_fields})

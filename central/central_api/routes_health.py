"""Liveness and readiness: what a load balancer or the client asks before anything else.

``/healthz``: the process answers (liveness). ``/readyz``: it can also reach its database
(readiness): a 503 with ``Retry-After`` while the database is away, so a load balancer sends
requests to a worker that can serve them.
"""

from __future__ import annotations

import sqlalchemy as sa
from fastapi import APIRouter, Request

from store_contract.wire import Health

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health)
def healthz() -> Health:
    return Health()


@router.get("/readyz", response_model=Health)
def readyz(request: Request) -> Health:
    with request.app.state.engine.connect() as conn:
        conn.execute(sa.text("SELECT 1"))
    return Health()

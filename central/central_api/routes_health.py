"""Liveness: what a load balancer or the client asks before anything else."""

from __future__ import annotations

from fastapi import APIRouter

from store_contract.wire import Health

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health)
def healthz() -> Health:
    return Health()

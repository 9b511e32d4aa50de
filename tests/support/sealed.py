"""Tests that push a handover straight to the service seal its code or PIN as the app does."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from central_api import sealing_keys
from store_contract import sealing


def service_key(engine: sa.Engine) -> sealing.SealingKey:
    with engine.connect() as conn:
        key = sealing_keys.current(conn)
    assert key is not None, "the service has no sealing key (was ensure_key run?)"
    return sealing.SealingKey(key.key_id, key.public_key)


def sealed_payload(key: sealing.SealingKey, mutation_id: str, type_: str,
                   payload: dict[str, Any]) -> dict[str, Any]:
    """``payload`` with ``code`` / ``manager_pin`` sealed for this change, as the app sends."""
    out = dict(payload)
    for name, field in sealing.SEALED_FIELDS.items():
        if name in out:
            out[field] = sealing.seal(key, str(out.pop(name)), mutation_id=mutation_id,
                                      type_=type_, field=name, payload=payload)
    return out

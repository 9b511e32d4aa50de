"""The service's keys for secrets that queued changes carry sealed (see store_contract.sealing).

One key pair is made the first time the service starts on a database and kept there, so every
worker of a chain's service opens what any device sealed. Devices receive the newest public key
with every page of the changes feed and the snapshot's end line.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from store_contract import sealing
from store_contract.wire_sync import SealingKeyOut

from .schema_sync import sealing_keys


def ensure_key(engine: Engine) -> None:
    """Make the first key pair if the database has none (safe when workers start together)."""
    with engine.begin() as conn:
        if conn.execute(sa.select(sa.func.count()).select_from(sealing_keys)).scalar_one():
            return
    private, public = sealing.new_private_key()
    try:
        with engine.begin() as conn:
            conn.execute(sealing_keys.insert().values(
                key_id=f"k{secrets.token_hex(4)}", private_key=private, public_key=public,
                created_at=datetime.now(UTC)))
    except sa.exc.IntegrityError:
        pass  # another worker made one at the same instant: either serves


def current(conn: Connection) -> SealingKeyOut | None:
    row = conn.execute(
        sa.select(sealing_keys.c.key_id, sealing_keys.c.public_key)
        .order_by(sealing_keys.c.created_at.desc(), sealing_keys.c.key_id).limit(1)
    ).first()
    return SealingKeyOut(key_id=row.key_id, public_key=row.public_key) if row else None


def private_key(conn: Connection, key_id: str) -> str | None:
    return conn.execute(
        sa.select(sealing_keys.c.private_key).where(sealing_keys.c.key_id == key_id)
    ).scalar_one_or_none()

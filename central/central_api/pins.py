"""Checking a staff member's PIN, wherever it is asked for, against one lockout per person.

A PIN is short: what stops guessing is the lockout, so every check counts — signing in, a
manager approving an override or a large points change — and counts *before* the slow hash
runs. :func:`check` first takes one of the person's attempts with a single conditional
``UPDATE`` (``failures < LIMIT``): a burst of requests for one staff id can never have more
than ``LIMIT`` checks in flight, whatever their timing, on SQLite or PostgreSQL alike. A right
PIN gives the attempts back; a wrong one keeps it. After ``LIMIT`` wrong PINs the person is
locked for ``WINDOW`` after the last one.

Only a device of the person's own store can have their PIN checked at all: a device of
another store is told the id and PIN do not match, without a check and without a count, so no
store can guess another's PINs or lock its staff out.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from store_contract.domain import pin_lockout
from store_contract.domain.text import QT_TRANSLATE_NOOP, text

from . import audit, storage
from .hashing import verify_slow_hash
from .schema import pin_lockouts, staff

LIMIT = pin_lockout.LIMIT
WINDOW = pin_lockout.WINDOW

NO_MATCH = text(QT_TRANSLATE_NOOP("Messages",
                                  "That staff id and PIN do not match anyone at this store."))


class Refused(Exception):
    """The PIN was not accepted: ``locked`` says whether the person is locked out now."""

    def __init__(self, reason: str, *, locked: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.locked = locked


def check(conn: Connection, staff_id: str, pin: str, *, store_id: str,
          now: datetime | None = None) -> sa.Row:
    """The staff row if ``pin`` is ``staff_id``'s and they work at ``store_id``; else
    :class:`Refused`. Runs in the caller's (write) transaction: commit it even when this
    refuses, so the wrong PIN stays counted."""
    now = now or datetime.now(UTC)
    person = _take(conn, staff_id, store_id, now)
    if not verify_slow_hash(pin, person.pin_salt, person.pin_hash):
        _note_if_locked(conn, person, now)
        raise Refused(NO_MATCH)
    _give_back(conn, staff_id)
    return person


def check_committed(conn: Connection, staff_id: str, pin: str, *, store_id: str,
                    now: datetime | None = None) -> sa.Row:
    """:func:`check` for a request of its own (signing in): the attempt is taken and
    committed first, the slow hash runs with no lock held, and a right PIN gives it back."""
    now = now or datetime.now(UTC)
    with storage.write_transaction(conn):
        person = _take(conn, staff_id, store_id, now)
    if not verify_slow_hash(pin, person.pin_salt, person.pin_hash):
        with storage.write_transaction(conn):
            _note_if_locked(conn, person, now)
        raise Refused(NO_MATCH)
    with storage.write_transaction(conn):
        _give_back(conn, staff_id)
    return person


def _take(conn: Connection, staff_id: str, store_id: str, now: datetime) -> sa.Row:
    person = conn.execute(sa.select(staff).where(staff.c.staff_id == staff_id)).first()
    if person is None or person.store_id != store_id:
        raise Refused(NO_MATCH)  # another store's staff (or nobody): no check, no count
    if not _take_attempt(conn, staff_id, now):
        raise Refused(pin_lockout.locked_sentence(staff_id), locked=True)
    return person


def _note_if_locked(conn: Connection, person: sa.Row, now: datetime) -> None:
    """The wrong PIN that locks someone out goes into the store's audit."""
    if locked(conn, person.staff_id, now):
        audit.record(conn, store_id=person.store_id, action="staff.locked_out",
                     subject=person.staff_id, at=now,
                     detail=f"{person.name} ({person.staff_id}) is locked out for five minutes "
                            f"after {LIMIT} wrong PINs.")


def _give_back(conn: Connection, staff_id: str) -> None:
    conn.execute(pin_lockouts.update().where(pin_lockouts.c.staff_id == staff_id)
                 .values(failures=0, last_failure_at=None))


def _take_attempt(conn: Connection, staff_id: str, now: datetime) -> bool:
    """Count one attempt unless the person is locked; False when locked."""
    stale = now - WINDOW
    fresh_window = sa.or_(pin_lockouts.c.last_failure_at.is_(None),
                          pin_lockouts.c.last_failure_at < stale)
    take = (
        pin_lockouts.update()
        .where(pin_lockouts.c.staff_id == staff_id,
               sa.or_(pin_lockouts.c.failures < LIMIT, fresh_window))
        .values(failures=sa.case((fresh_window, 1), else_=pin_lockouts.c.failures + 1),
                last_failure_at=now)
    )
    if conn.execute(take).rowcount:
        return True
    exists = conn.execute(sa.select(pin_lockouts.c.staff_id)
                          .where(pin_lockouts.c.staff_id == staff_id)).first()
    if exists is not None:
        return False  # locked
    try:
        with conn.begin_nested():
            conn.execute(pin_lockouts.insert().values(staff_id=staff_id, failures=1,
                                                      last_failure_at=now))
        return True
    except sa.exc.IntegrityError:
        return bool(conn.execute(take).rowcount)  # a concurrent first attempt made the row


def locked(conn: Connection, staff_id: str, now: datetime | None = None) -> bool:
    now = now or datetime.now(UTC)
    row = conn.execute(sa.select(pin_lockouts).where(pin_lockouts.c.staff_id == staff_id)).first()
    if row is None or row.last_failure_at is None:
        return False
    last = row.last_failure_at
    return pin_lockout.is_locked(row.failures, last.replace(tzinfo=UTC) if last.tzinfo is None
                                 else last, now)

"""The base of every screen's service (customers, pickups, inventory, dashboard, security).

A screen's service is given a :class:`ScreenContext`: the local store, the central client, the
signed-in session and the one way to record a change — nothing of the sync engine, the demo
service or the keychain's lifecycle, which the composition root (``services.AppServices``)
owns and wires. So a screen's service imports what it uses, and a test can hand it any object
with these few names.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol, TypeVar

from associate_app.api.client import CentralClient
from associate_app.cache import staff, sync_state
from associate_app.cache.local_store import LocalStore, Recorded
from associate_app.keychain import CredentialStore
from associate_app.offline_pins import OfflineRefused
from associate_app.session import Session, SessionService
from store_contract.domain.errors import InvalidInput
from store_contract.domain.mutation_types import check_pin_format
from store_contract.domain.text import QT_TRANSLATE_NOOP, text
from store_contract.payloads import Payload

T = TypeVar("T")


def said(exc: BaseException) -> str:
    """The sentence an error carries, as it was written: a Text stays one (``str(exc)`` would
    give its English only, and the person's language would be lost)."""
    carried = exc.args[0] if len(exc.args) == 1 else None
    return carried if isinstance(carried, str) else str(exc)


class ScreenContext(Protocol):
    """What the screens' services may use of the running app (``AppServices`` is one).

    The store and client are read at each call: they open after the window does, and a
    removed device's store is replaced by an empty one."""

    @property
    def store(self) -> LocalStore | None: ...

    @property
    def client(self) -> CentralClient | None: ...

    @property
    def sessions(self) -> SessionService | None: ...

    @property
    def credentials(self) -> CredentialStore: ...

    @property
    def store_id(self) -> str | None: ...

    async def record(self, change: Payload) -> Recorded:
        """Record a change staff made: local effect now, to the server at the next sync."""
        ...

    async def sync_now(self) -> None:
        """Sync once now, if syncing has started (else nothing)."""
        ...


class ScreenService:
    """What the screens' services share: the app's context, a clock, this store's id, the
    signed-in session, and reads on the cache's reader thread."""

    def __init__(self, context: ScreenContext, *,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.context = context
        self.clock = clock

    @property
    def store_id(self) -> str:
        return self.context.store_id or ""

    @property
    def session(self) -> Session | None:
        """The signed-in person's session, if anyone is signed in."""
        sessions = self.context.sessions
        return sessions.current if sessions is not None else None

    async def _read(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        store = self.context.store
        assert store is not None
        return await store.reads.run(fn)

    async def has_store_data(self) -> bool:
        """Whether this device holds the store's data yet: its first sync has finished."""
        return await self._read(sync_state.has_store_data)

    async def check_manager(self, manager_id: str, pin: str) -> None:
        """At the counter, before anything is done: ``manager_id`` is a manager of this store
        and ``pin`` is theirs, checked against this device's own verifier (made when they
        signed in here) and counted towards their lockout. The service checks it again when
        the change arrives, against the same lockout there."""
        problem = check_pin_format(pin)
        if problem:
            raise InvalidInput("manager_pin", problem)
        store_id = self.store_id
        role = await self._read(lambda conn: staff.role_of(conn, manager_id, store_id))
        if role != "manager":
            raise InvalidInput("manager_id", text(QT_TRANSLATE_NOOP(
                "Messages", "That is not a manager of this store.")))
        sessions = self.context.sessions
        checker = sessions.offline_pins if sessions is not None else None
        if checker is None:
            raise InvalidInput("manager_pin", text(QT_TRANSLATE_NOOP(
                "Messages", "The manager's PIN cannot be checked here now.")))
        try:
            await checker.check(manager_id, pin)
        except OfflineRefused as exc:
            if exc.not_known:
                raise InvalidInput("manager_pin", text(QT_TRANSLATE_NOOP(
                    "Messages", "{manager} has not signed in on this device yet, so their PIN "
                    "cannot be checked here. Ask them to sign in here once (scan their badge), "
                    "then approve."), manager=manager_id)) from None
            raise InvalidInput("manager_pin", exc.reason) from None  # (a Text)

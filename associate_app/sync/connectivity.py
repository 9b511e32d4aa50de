"""Is the central service reachable? A small state holder the status bar and the sync engine read.

Offline is a normal state: the reason is kept so staff can see why (and IT can fix it).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from associate_app.api import errors
from associate_app.api.client import CentralClient
from associate_app.sync.loop_task import LoopTask

log = logging.getLogger(__name__)


class Link(StrEnum):
    UNKNOWN = "unknown"
    ONLINE = "online"
    OFFLINE = "offline"
    SYNCING = "syncing"


@dataclass(frozen=True)
class ConnectionState:
    link: Link
    reason: str | None = None  # why offline, as a sentence
    checked_at: datetime | None = None


Listener = Callable[[ConnectionState], None]


class Connectivity:
    def __init__(self, client: CentralClient, *, interval_s: float = 15.0) -> None:
        self.client = client
        self.interval_s = interval_s
        self.state = ConnectionState(Link.UNKNOWN)
        self._listeners: list[Listener] = []
        self._loop_task = LoopTask(self._run, "the connectivity monitor")
        self._syncing = False

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _publish(self, state: ConnectionState) -> None:
        if state == self.state:
            return
        self.state = state
        for listener in list(self._listeners):
            listener(state)

    def set_syncing(self, syncing: bool) -> None:
        """The sync engine marks the link busy while it exchanges changes."""
        self._syncing = syncing
        if syncing:
            self._publish(ConnectionState(Link.SYNCING, None, datetime.now(UTC)))
        elif self.state.link is Link.SYNCING:
            self._publish(ConnectionState(Link.ONLINE, None, datetime.now(UTC)))

    def report_failure(self, error: errors.ApiError) -> None:
        """Anyone who saw the server fail to answer says so; the next check may bring it back."""
        if isinstance(error, errors.Unreachable | errors.ServerError | errors.VersionMismatch):
            self._publish(ConnectionState(Link.OFFLINE, error.message, datetime.now(UTC)))

    async def check(self) -> ConnectionState:
        try:
            await self.client.health()
        except errors.ApiError as exc:
            self._publish(ConnectionState(Link.OFFLINE, exc.message, datetime.now(UTC)))
        else:
            link = Link.SYNCING if self._syncing else Link.ONLINE
            self._publish(ConnectionState(link, None, datetime.now(UTC)))
        return self.state

    def start(self) -> None:
        self._loop_task.start()

    async def stop(self) -> None:
        await self._loop_task.stop()

    async def _run(self) -> None:
        while True:
            try:
                await self.check()
            except Exception:  # never let the monitor die; log and keep watching
                log.exception("connectivity check failed unexpectedly")
            await asyncio.sleep(self.interval_s)

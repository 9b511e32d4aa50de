"""A long-running loop on the event loop (the sync scheduler, the connectivity monitor) that
starts once and always stops cleanly, whatever the loop was doing."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)


class LoopTask:
    def __init__(self, body: Callable[[], Coroutine[Any, Any, None]], name: str) -> None:
        self.body = body
        self.name = name
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.ensure_future(self.body())

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is None:
            return
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            pass
        except Exception:  # stopping must always finish: the app is closing
            log.exception("%s ended with an error", self.name)

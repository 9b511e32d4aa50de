"""Helpers for async code on the qasync loop: tasks we keep, dialogs we await without exec()."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from PySide6.QtWidgets import QDialog

log = logging.getLogger(__name__)

_tasks: set[asyncio.Task[Any]] = set()


def spawn(coro: Coroutine[Any, Any, Any], *, name: str | None = None) -> asyncio.Task[Any]:
    """Run ``coro`` on the loop, keeping a reference until it ends (qasync#98) and logging what
    it raised, so a failing background job is never silently garbage-collected."""
    task = asyncio.ensure_future(coro)
    if name:
        task.set_name(name)
    _tasks.add(task)

    def done(t: asyncio.Task[Any]) -> None:
        _tasks.discard(t)
        if not t.cancelled() and t.exception() is not None:
            log.error("background task %s failed", t.get_name(), exc_info=t.exception())

    task.add_done_callback(done)
    return task


async def cancel_all() -> None:
    for task in list(_tasks):
        task.cancel()
    if _tasks:
        await asyncio.gather(*_tasks, return_exceptions=True)


async def run_dialog(dialog: QDialog) -> int:
    """Show ``dialog`` window-modal with ``open()`` and wait for its result.

    ``exec()`` inside a coroutine re-enters the event loop and breaks qasync (qasync#59)."""
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        return await future
    finally:
        dialog.finished.disconnect(finished)


class NewestWins:
    """Search as you type, newest text wins: while one search runs, later keystrokes only
    replace the text to search next, so a fast typist never builds a backlog.

    ``search(text, generation)`` runs on the event loop; ``generation`` grows with every new
    text (and with :meth:`supersede`), so a search that finds it is no longer the newest drops
    its results."""

    def __init__(self, search: Callable[[str, int], Awaitable[Any]], *, name: str) -> None:
        self.search = search
        self.name = name
        self.generation = 0
        self._next: str | None = None
        self._task: asyncio.Task[Any] | None = None

    def submit(self, text: str) -> None:
        self.generation += 1
        self._next = text
        if self._task is None or self._task.done():
            self._task = spawn(self._drain(), name=self.name)

    @property
    def idle(self) -> bool:
        """No search running and none waiting."""
        return self._next is None and (self._task is None or self._task.done())

    def supersede(self) -> int:
        """Drop the text still waiting and outdate the search running; the new generation."""
        self.generation += 1
        self._next = None
        return self.generation

    async def _drain(self) -> None:
        while self._next is not None:
            text, self._next = self._next, None
            await self.search(text, self.generation)

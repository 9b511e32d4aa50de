"""The tests' event loop (tests/conftest.py ``qloop``): a test drives the app in several
``run_until_complete`` calls while the app's own tasks (a sync, a refresh) go on between them."""

from __future__ import annotations

import asyncio


def test_a_callback_due_as_one_run_ends_runs_in_the_next_with_the_loop_running(qloop):
    seen = []

    def check() -> None:
        try:
            seen.append(asyncio.get_running_loop() is qloop)
        except RuntimeError:
            seen.append("no running loop")

    async def first() -> None:
        # added after run_until_complete's own "stop" callback: due exactly as the run ends
        asyncio.current_task().add_done_callback(lambda _task: qloop.call_soon(check))

    qloop.run_until_complete(first())
    qloop.run_until_complete(asyncio.sleep(0))
    assert seen == [True]

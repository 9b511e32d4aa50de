"""Test setup shared by every test: headless Qt, a test keychain, no writes to $HOME."""

from __future__ import annotations

import asyncio
import atexit
import gc
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator

import pytest

# Before anything imports Qt or keyring: headless Qt, the tests' keychain (the in-memory one,
# shared with the test's subprocesses as a real keychain would be: the data folders' keys must
# outlive the command that made them), and platform dirs (QSettings, platformdirs) inside a
# throwaway folder.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_home = tempfile.mkdtemp(prefix="associate-tests-home-")
atexit.register(shutil.rmtree, _home, ignore_errors=True)  # (a run leaves nothing in /tmp)
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.support.shared_keyring.SharedTestKeyring"
os.environ["STORE_ASSOCIATE_TEST_KEYRING"] = os.path.join(_home, "keychain.json")
_repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # subprocesses import it
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (_repo, os.environ.get("PYTHONPATH")) if p)
# The tests read the English the code writes: a developer's language (STORE_ASSOCIATE_LANG) is
# not theirs; STORE_ASSOCIATE_SHOTS_LANG puts the GUI tests in a language for screenshots
# (tests/gui/conftest.py).
os.environ.pop("STORE_ASSOCIATE_LANG", None)
for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                 ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
    os.environ[var] = os.path.join(_home, sub)


# As in the app (gui/gc_guard.py): the cyclic collector never runs by itself, because in a
# worker thread (a test server's, the cache writer's) it would destroy Qt objects from the
# wrong thread and crash Qt later. It runs here, on the main thread, after every test.
gc.disable()


@pytest.fixture(autouse=True)
def collect_garbage_on_the_main_thread():
    yield
    gc.collect()


def _test_loop_class():
    import qasync

    class TestLoop(qasync.QEventLoop):
        """qasync's loop, except that ``run_until_complete`` leaves what is still due when it
        stops to the next run, as asyncio's own loops do.

        qasync processes the Qt events once more after it has marked the loop stopped, so an
        asyncio callback due just then runs with no running loop. Between two
        ``run_until_complete`` of one test the app keeps working (a sync in the middle of a
        request): httpx (anyio) then fails with "no running event loop" inside the request,
        leaves its connection pool locked, and every later sync of the test hangs."""

        def run_until_complete(self, future):
            future = asyncio.ensure_future(future, loop=self)

            def stop(_future) -> None:
                self.stop()

            future.add_done_callback(stop)
            try:
                self.run_forever()
            finally:
                future.remove_done_callback(stop)
            if not future.done():
                raise RuntimeError("Event loop stopped before Future completed.")
            return future.result()

    return TestLoop


@pytest.fixture
def qloop(qapp) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop on the test's QApplication (pytest-qt has no qasync support, #448).

    Drive it with ``qloop.run_until_complete(coro)``; it processes Qt events while it runs."""
    qapp.setQuitOnLastWindowClosed(False)  # as the app does: closing a window is not quitting
    loop = _test_loop_class()(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    try:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    finally:
        loop.close()
        asyncio.set_event_loop(None)
        # Collect Qt objects caught in reference cycles here, on the GUI thread. Left to chance,
        # Python's collector may run in another thread (a test server's) and destroy QObjects
        # there, which crashes Qt later.
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qapp.processEvents()
        gc.collect()
        qapp.processEvents()


async def wait_until(predicate: Callable[[], object], timeout: float = 30.0,
                     message: str | Callable[[], str] = "condition") -> None:
    """Await (on the running loop, so Qt and asyncio both progress) until ``predicate()``.

    ``message`` may be a function, called only on failure to describe the state then."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            what = message() if callable(message) else message
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        await asyncio.sleep(0.02)

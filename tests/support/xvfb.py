"""A real X server (Xvfb) and the app's real window in a process of its own, for tests that
type into it from outside with xdotool, the way a keyboard-wedge scanner does (a few ms a key,
Shift for every capital, Enter or Tab after the code) and the way a person does (150 ms a key).

``running_real_window(tmp_path)`` gives a :class:`RealWindow`: the app's process
(tests/support/real_window.py) against a real central service on loopback, what it says on
stdout (``state``, ``scans``, ``ready``), and xdotool on its display.

Skipped when Xvfb or xdotool is missing, unless ``STORE_ASSOCIATE_REQUIRE_XVFB=1`` (CI), where
that is a failure: CI can never skip these tests silently.
"""

from __future__ import annotations

import contextlib
import ctypes.util
import json
import os
import queue
import select
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.central import running_central_service

REPO = Path(__file__).resolve().parents[2]
REQUIRED = os.environ.get("STORE_ASSOCIATE_REQUIRE_XVFB") == "1"
SCANNER_DELAY_MS = "4"  # xdotool's delay between keys: a scanner's pace
PERSON_DELAY_MS = "150"  # a quick person's pace
WAIT_S = 30


def missing(reason: str) -> None:
    """A prerequisite is absent: skip, except where the test is required (CI)."""
    if REQUIRED:
        pytest.fail(f"{reason} (STORE_ASSOCIATE_REQUIRE_XVFB=1: this test must run here)")
    pytest.skip(reason)


@contextlib.contextmanager
def stopping(process: subprocess.Popen, *, grace_s: float = 10) -> Iterator[subprocess.Popen]:
    """Yield ``process``; on the way out make sure it has ended (terminate, then kill)."""
    try:
        yield process
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(grace_s)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(grace_s)


@contextlib.contextmanager
def x_server(log: Path) -> Iterator[str]:
    """A private Xvfb on a free display number (Xvfb picks it and says which): the DISPLAY.
    Its messages go to ``log``."""
    read_end, write_end = os.pipe()
    with contextlib.ExitStack() as stack:
        # the read end stays open while Xvfb runs: it fails if it cannot finish its line
        stack.callback(os.close, read_end)
        errors = stack.enter_context(log.open("wb"))
        try:
            process = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x900x24",
                 "-nolisten", "tcp", "-noreset"],
                pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=errors)
        finally:
            os.close(write_end)
        stack.enter_context(stopping(process))
        said = b""
        deadline = time.monotonic() + WAIT_S
        while not said.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(read_end, 32) if ready else b""
            if not chunk:
                break  # Xvfb ended, or said nothing in time
            said += chunk
        display = ":" + said.decode().strip()
        if not said.endswith(b"\n") or subprocess.run(
                ["xdotool", "getmouselocation"], env={**os.environ, "DISPLAY": display},
                capture_output=True, timeout=WAIT_S).returncode:
            process.kill()
            process.wait()
            raise AssertionError(f"Xvfb did not start (display {display!r}): "
                                 + log.read_text(errors="replace"))
        yield display


class RealWindow:
    """The app's process (tests/support/real_window.py) and what it says on stdout."""

    def __init__(self, process: subprocess.Popen, display: str,
                 central_db: Path | None = None) -> None:
        self.process = process
        self.display = display
        self.central_db = central_db  # the central service's database (to check what it holds)
        self.events: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.state: dict[str, Any] = {}
        self.scans: list[str] = []
        self.ready: dict[str, Any] | None = None
        self.stderr: list[str] = []
        threading.Thread(target=self._read_stdout, daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()

    def _read_stdout(self) -> None:
        for line in self.process.stdout:
            try:
                message = json.loads(line)
            except ValueError:
                message = None
            if isinstance(message, dict) and "event" in message:
                self.events.put(message)
            else:
                self.stderr.append(line)  # not one of the app's messages: kept for the report
        self.events.put(None)  # the process ended

    def _read_stderr(self) -> None:
        for line in self.process.stderr:
            self.stderr.append(line)

    def _take(self, event: dict[str, Any]) -> None:
        kind = event.pop("event")
        if kind == "state":
            self.state = event
        elif kind == "scanned":
            self.scans.append(event["code"])
        elif kind == "ready":
            self.ready = event
        elif kind == "failed":
            raise AssertionError(f"the app could not start: {event['error']}")

    def wait(self, what: str, predicate: Callable[[RealWindow], object],
             timeout: float = WAIT_S) -> None:
        """Read what the app says until ``predicate(self)`` holds."""
        deadline = time.monotonic() + timeout
        while not predicate(self):
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"timed out waiting for {what}; the window shows "
                                     f"{self.state}, scans {self.scans}\n{self.stderr_tail()}")
            try:
                event = self.events.get(timeout=left)
            except queue.Empty:
                continue
            if event is None:
                self.events.put(None)
                raise AssertionError(f"the app ended while waiting for {what} (exit code "
                                     f"{self.process.wait()})\n{self.stderr_tail()}")
            self._take(event)

    def stderr_tail(self) -> str:
        return "".join(self.stderr[-40:])

    def command(self, **command: Any) -> None:
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()

    def xdotool(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": self.display},
                              check=True, timeout=WAIT_S, capture_output=True, text=True).stdout

    def type(self, text: str, delay_ms: str) -> None:
        """Keys as a keyboard sends them (Shift down and up around each capital); ``\r`` is
        Return and ``\t`` is Tab (``\n`` would be Linefeed, a key no scanner has), typed in
        the same run at the same pace."""
        self.xdotool("type", "--delay", delay_ms, text)

    def scan(self, code: str, suffix: str = "\r") -> None:
        """A wedge scanner: the code at a few ms a key, then its suffix (Enter or Tab)."""
        self.type(code + suffix, SCANNER_DELAY_MS)

    def focus(self, window: int) -> None:
        self.xdotool("windowfocus", "--sync", str(window))


#: What Qt's X11 plugin needs besides Qt itself (the libraries of libxcb-cursor0,
#: libxcb-icccm4, libxcb-keysyms1 and libxkbcommon-x11-0).
XCB_LIBRARIES = ("xcb-cursor", "xcb-icccm", "xcb-keysyms", "xkbcommon-x11")


@contextlib.contextmanager
def running_real_window(tmp_path: Path, layout: str | None = None) -> Iterator[RealWindow]:
    """A real central service (its database ``tmp_path/central.sqlite3``, on the window as
    ``central_db``), a private Xvfb, and the app's window in a process of its own on it, signed
    in and synced (tests/support/real_window.py). ``layout``: the X server's keyboard layout
    (``setxkbmap``, e.g. ``"fr"``: a French store's AZERTY keyboard, digits with Shift) before
    the app starts; the US layout otherwise. Skips (or fails, where required) when Xvfb,
    xdotool or the libraries of Qt's X11 plugin are missing."""
    for tool in ("Xvfb", "xdotool") + (("setxkbmap",) if layout else ()):
        if shutil.which(tool) is None:
            missing(f"{tool} is not installed (apt-get install xvfb xdotool)")
    absent = [name for name in XCB_LIBRARIES if ctypes.util.find_library(name) is None]
    if absent:
        missing(f"Qt's X11 plugin cannot load without lib{', lib'.join(absent)} (apt-get "
                "install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0)")
    with contextlib.ExitStack() as stack:
        central_db = tmp_path / "central.sqlite3"
        url = stack.enter_context(running_central_service(central_db,
                                                          customers=200, stores=3))
        display = stack.enter_context(x_server(tmp_path / "xvfb.log"))
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        if layout:
            subprocess.run(["setxkbmap", "-display", display, layout], check=True,
                           timeout=WAIT_S, capture_output=True, text=True)
        env.pop("WAYLAND_DISPLAY", None)
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.support.real_window", "--server", url,
             "--data-dir", str(tmp_path / "device")],
            cwd=REPO, env=env, text=True, bufsize=1,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        stack.enter_context(stopping(process))
        stack.callback(process.stdin.close)  # the app closes its window at the end of stdin
        window = RealWindow(process, display, central_db)
        window.wait("the window, signed in and synced", lambda w: w.ready, timeout=90)
        yield window
        if process.poll() is None:
            window.command(cmd="quit")
        assert process.wait(WAIT_S) == 0, window.stderr_tail()



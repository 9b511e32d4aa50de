"""Shared counter tablets: the idle lock and the quick switch between staff.

After ``idle`` seconds with no key, tap, click or scroll the window locks: the lock screen
covers every screen, open dialogs close (what they held is not shown to the next person). A
staff badge scanned anywhere brings the lock screen up with that person's id, for their PIN.
The same person unlocks; another person's PIN switches the session to them (the previous
person's token is revoked), so every change is made — and attributed — in the name of whoever
signed in. PINs are checked by the central service, or offline by this device's own verifiers
(associate_app/offline_pins.py), against the same lockout.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from associate_app.api import errors
from associate_app.gui.async_tools import spawn
from associate_app.gui.lock_screen import LockScreen
from associate_app.session import Session, SessionService

log = logging.getLogger(__name__)

#: the default idle time before a counter tablet locks
DEFAULT_IDLE_S = 180.0

_ACTIVITY = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin,
             QEvent.Type.Wheel)


class IdleWatcher(QObject):
    """Says ``idle`` after ``seconds`` without input anywhere in the application."""

    idle = Signal()

    def __init__(self, seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.setInterval(max(1, int(seconds * 1000)))
        self.timer.timeout.connect(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _ACTIVITY:
            self.timer.start()
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class SessionLock(QObject):
    #: (new session, previous session): someone else signed in at the lock screen, or the same
    #: person without the network (an offline session: nothing syncs)
    switched = Signal(object, object)

    def __init__(self, window: QWidget, sessions: Callable[[], SessionService | None], *,
                 idle_s: float | None, revoke: Callable[[Session], Awaitable[None]]) -> None:
        super().__init__(window)
        self.window = window
        self.sessions = sessions
        self.revoke = revoke
        self.screen = LockScreen(window.centralWidget())
        self.screen.unlockRequested.connect(
            lambda staff_id, pin: spawn(self.unlock(staff_id, pin), name="unlock"))
        self.watcher: IdleWatcher | None = None
        if idle_s:
            self.watcher = IdleWatcher(idle_s, self)
            self.watcher.idle.connect(lambda: self.lock(self.tr("Locked after a few minutes "
                                                                "without use.")))

    @property
    def locked(self) -> bool:
        return self.screen.isVisible()

    def _current(self) -> Session | None:
        service = self.sessions()
        return service.current if service else None

    def lock(self, why: str) -> None:
        session = self._current()
        if session is None:
            return  # nobody signed in: the sign-in dialog is the lock
        for dialog in self.window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.screen.staff_id.setText(session.staff.staff_id)
        self.screen.show_locked(f"{session.staff.name} ({session.staff.staff_id})", why)

    def badge(self, staff_id: str) -> None:
        """A staff badge was scanned (locked or not): their id in, the PIN next."""
        if not self.locked:
            self.lock(self.tr("Switching who is signed in."))
        self.screen.prefill(staff_id)

    async def unlock(self, staff_id: str, pin: str) -> None:
        service = self.sessions()
        if service is None:
            return
        before = service.current
        self.screen.set_busy(True)
        try:
            session = await service.sign_in(staff_id, pin)
        except errors.ApiError as exc:
            self.screen.refuse(str(exc))
            return
        finally:
            self.screen.set_busy(False)
        self.screen.hide()
        if before is not None and before.access_token and \
                before.access_token != session.access_token:
            spawn(self.revoke(before), name="revoke-previous")
        if (before is None or before.staff.staff_id != session.staff.staff_id
                or before.offline != session.offline):
            self.switched.emit(session, before)  # another person, or the same one offline

    def stop(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()

"""Shared counter tablets: the idle lock and the quick switch between staff.

After ``idle`` seconds with no key, tap, click or scroll the window locks: the lock screen
covers every screen, open dialogs close (what they held is not shown to the next person), and
nothing behind it can be reached — screens, navigation and commands are disabled and Tab goes
round the lock screen only. A staff badge scanned anywhere brings the lock screen up with that
person's id, for their PIN. The same person unlocks; another person's PIN switches the session
to them (the previous person's token is revoked), so every change is made — and attributed —
in the name of whoever signed in. PINs are checked by the central service, or offline by this
device's own verifiers (associate_app/offline_pins.py), against the same lockout.

While locked, the session of whoever is away is not renewed, and once the window has been
locked for ``max_locked`` (or until the session's end, if sooner) it is ended: revoked, and
gone from the keychain, so a tablet left locked overnight keeps no one's session alive. The
app restarted with a session kept from before starts locked too: a restart is no way past it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from associate_app.api import errors
from associate_app.gui.async_tools import spawn
from associate_app.gui.lock_screen import LockScreen
from associate_app.gui.messages import localized
from associate_app.session import Session, SessionService

if TYPE_CHECKING:
    from associate_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)

#: the default idle time before a counter tablet locks
DEFAULT_IDLE_S = 180.0
#: how long a session may stay locked before it is ended (its person is not at the counter)
MAX_LOCKED_S = 30 * 60.0
#: how often a locked window looks at the clock (a wall clock: a tablet asleep overnight wakes
#: up past the limit, and ends the session at once)
CHECK_EVERY_S = 30.0

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
    #: (session ended): the window stayed locked too long and that session was ended
    ended = Signal(object)
    #: the lock screen is gone: the window is in use again
    released = Signal()

    def __init__(self, window: MainWindow, sessions: Callable[[], SessionService | None], *,
                 idle_s: float | None, max_locked_s: float = MAX_LOCKED_S) -> None:
        super().__init__(window)
        self.window = window
        self.sessions = sessions
        self.max_locked = timedelta(seconds=max_locked_s)
        self.screen = LockScreen(window.centralWidget())
        self.screen.unlockRequested.connect(
            lambda staff_id, pin: spawn(self.unlock(staff_id, pin), name="unlock"))
        self._locked = False
        self._locked_at: datetime | None = None
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self._ending = QTimer(self)
        self._ending.setInterval(int(min(CHECK_EVERY_S, max(0.05, max_locked_s / 4)) * 1000))
        self._ending.timeout.connect(self._end_if_locked_too_long)
        self.watcher: IdleWatcher | None = None
        if idle_s:
            self.watcher = IdleWatcher(idle_s, self)
            self.watcher.idle.connect(lambda: self.lock(self.tr("Locked after a few minutes "
                                                                "without use.")))

    @property
    def locked(self) -> bool:
        return self._locked

    def _current(self) -> Session | None:
        service = self.sessions()
        return service.current if service else None

    def lock(self, why: str) -> None:
        """Lock on the person signed in (their id in, their PIN needed)."""
        session = self._current()
        if session is None:
            return  # nobody signed in: the sign-in dialog is the lock
        if not self._locked:
            self.screen.staff_id.setText(session.staff.staff_id)
        self._cover(f"{session.staff.name} ({session.staff.staff_id})", why)

    def cover(self, why: str) -> None:
        """Lock whoever is (or is not) signed in: the device's data is out of sight."""
        session = self._current()
        self._cover(f"{session.staff.name} ({session.staff.staff_id})" if session else None,
                    why)

    def _cover(self, who: str | None, why: str) -> None:
        for dialog in self.window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        if not self._locked:
            self._locked = True
            self._locked_at = self.clock()
            service = self.sessions()
            if service is not None:
                service.locked = True  # whoever is away: no token renewal
            self.window.set_locked(True)
            self._ending.start()
        self.screen.show_locked(who, why)

    def release(self) -> None:
        """Unlock: the screens and commands behind come back as they were."""
        self._ending.stop()
        self._locked = False
        self._locked_at = None
        service = self.sessions()
        if service is not None:
            service.locked = False
        self.screen.hide()
        self.window.set_locked(False)
        self.released.emit()

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
            self.screen.refuse(localized(exc))
            return
        finally:
            self.screen.set_busy(False)
        self.release()
        if before is not None and before.access_token and \
                before.access_token != session.access_token:
            spawn(service.revoke(before.access_token), name="revoke-previous")
        if (before is None or before.staff.staff_id != session.staff.staff_id
                or before.offline != session.offline):
            self.switched.emit(session, before)  # another person, or the same one offline

    def _ends_at(self) -> datetime | None:
        session = self._current()
        if not self._locked or self._locked_at is None or session is None:
            return None
        return min(self._locked_at + self.max_locked, session.expires_at)

    def _end_if_locked_too_long(self) -> None:
        ends_at = self._ends_at()
        if ends_at is not None and self.clock() >= ends_at:
            spawn(self.end_session(), name="end-locked-session")

    async def end_session(self) -> None:
        """The window stayed locked too long: end the absent person's session."""
        service = self.sessions()
        if service is None or service.current is None:
            return
        self._ending.stop()
        ended = await service.end_locked()
        if ended is None:
            return
        log.info("session of %s ended after %s locked", ended.staff.staff_id, self.max_locked)
        if self._locked:
            self.screen.staff_id.clear()
            self.screen.show_locked(None, self.tr(
                "%s was signed out: the tablet stayed locked too long. Scan your staff badge or "
                "type your staff id, then your PIN.") % ended.staff.name)
        self.ended.emit(ended)

    def stop(self) -> None:
        self._ending.stop()
        if self.watcher is not None:
            self.watcher.stop()

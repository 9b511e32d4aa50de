"""The status bar: store, who is signed in, the link to the central service, waiting changes."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from associate_app.gui.formatting import date_text, number, role_text, time_text
from associate_app.gui.messages import localized
from associate_app.session import Session
from associate_app.sync.connectivity import ConnectionState, Link


def _label(name: str, accessible: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setAccessibleName(accessible)
    return label


class StatusPanel(QObject):
    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.store = _label("storeStatus", self.tr("Store"))
        self.staff = _label("staffStatus", self.tr("Signed-in staff"))
        self.connection = _label("connectionStatus", self.tr("Connection"))
        self.pending = _label("pendingStatus", self.tr("Changes waiting to sync"))
        self.reason = _label("offlineReason", self.tr("Why the app is offline"))
        self.notice = _label("keychainNotice", self.tr("Notice"))
        self.notice.setMaximumWidth(300)
        self.notice.hide()
        bar.addWidget(self.store)
        bar.addWidget(self.staff)
        self.flash_label = _label("flashMessage", self.tr("Message"))
        self.flash_label.hide()
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self.flash_label.hide)
        bar.addWidget(self.flash_label)
        bar.addWidget(self.reason, 1)
        bar.addWidget(self.notice, 1)
        self.progress = QProgressBar(objectName="syncProgress")
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.last_sync = _label("lastSyncStatus", self.tr("Last successful sync"))
        self._last_ok: datetime | None = None
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.last_sync)
        bar.addPermanentWidget(self.pending)
        bar.addPermanentWidget(self.connection)
        self.set_session(None)
        self.set_connection(ConnectionState(Link.UNKNOWN))
        self.set_pending(0)
        self.set_last_sync(None, None)

    def set_session(self, session: Session | None) -> None:
        if session is None:
            self.store.setText(self.tr("No store"))
            self.staff.setText(self.tr("Not signed in"))
            return
        # short here (the sidebar has the full name): the bar must fit a 1280-px tablet
        self.store.setText(f"{session.store.store_id} · {session.store.city}")
        self.store.setToolTip(session.store.name)
        self.staff.setText(self._who(session.staff.name, session.staff.role.value))

    def _who(self, name: str, role: str) -> str:
        """"Jane Smith (manager)": a whole sentence per role, so each language words it (a
        German noun keeps its capital)."""
        sentence = {
            "associate": self.tr("%1 (associate)"),
            "manager": self.tr("%1 (manager)"),
            "support": self.tr("%1 (support)"),
        }.get(role)
        if sentence is None:
            return self.tr("%1 (%2)").replace("%2", role_text(role)).replace("%1", name)
        return sentence.replace("%1", name)

    def set_connection(self, state: ConnectionState) -> None:
        text = {
            Link.ONLINE: self.tr("● Online"),
            Link.SYNCING: self.tr("⟳ Syncing…"),
            Link.OFFLINE: self.tr("● Offline"),
            Link.UNKNOWN: self.tr("○ Connecting…"),
        }[state.link]
        self.connection.setText(text)
        reason = localized(state.reason) if state.reason else ""
        self.connection.setToolTip(reason)
        self.connection.setAccessibleDescription(reason or text)
        self.connection.setProperty("link", state.link.value)
        self.connection.style().unpolish(self.connection)
        self.connection.style().polish(self.connection)
        if state.link is Link.OFFLINE and reason:
            self.reason.setText(self.tr("%1 Changes wait here until it is back.")
                                .replace("%1", reason))
        else:
            self.reason.clear()

    def set_pending(self, count: int) -> None:
        if count == 0:
            self.pending.setText(self.tr("Nothing waiting to sync"))
        elif count == 1:
            self.pending.setText(self.tr("1 change waiting to sync"))
        else:
            self.pending.setText(self.tr("%n changes waiting to sync", "", count))

    def set_notice(self, message: str | None) -> None:
        """A standing notice (no keychain, a rebuilt cache): one line in the bar, elided to
        fit; the whole sentence in the tooltip and for screen readers."""
        text = localized(message) if message else ""
        metrics = self.notice.fontMetrics()
        self.notice.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, 280))
        self.notice.setToolTip(text)
        self.notice.setAccessibleDescription(text)
        self.notice.setVisible(bool(message))

    def set_last_sync(self, at: datetime | None, error: str | None) -> None:
        """The last successful sync, and whether the latest attempt failed (and why)."""
        if at is not None:
            self._last_ok = at
        when = ""
        if self._last_ok is not None:
            local = self._last_ok.astimezone()
            same_day = local.date() == datetime.now().astimezone().date()
            when = time_text(local) if same_day else date_text(local, with_time=True)
        if error:
            text = (self.tr("Sync failed (last good %s); retrying") % when if when
                    else self.tr("Sync failed; retrying"))
        else:
            text = self.tr("Synced %s") % when if when else self.tr("Not synced yet")
        why = localized(error) if error else ""
        self.last_sync.setText(text)
        self.last_sync.setToolTip(why)
        self.last_sync.setAccessibleDescription(why or text)
        self.last_sync.setProperty("error", bool(error))
        self.last_sync.style().unpolish(self.last_sync)
        self.last_sync.style().polish(self.last_sync)

    def set_progress(self, stage: str, done: int, total: int | None) -> None:
        """Rows received so far during a sync; hidden again by :meth:`hide_progress`."""
        self.progress.show()
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        else:
            self.progress.setRange(0, 0)  # busy indicator: the total is not known yet
        label = self.tr("Receiving store data") if stage == "snapshot" else self.tr("Updating")
        self.progress.setFormat(self.tr("%1: %2").replace("%2", number(done)).replace("%1", label))
        self.progress.setToolTip(self.tr("%1: %2 rows").replace("%2", number(done))
                                 .replace("%1", label))

    def hide_progress(self) -> None:
        self.progress.hide()

    def flash(self, message: str, *, error: bool = False, ms: int = 6000) -> None:
        """A passing message (a refused scan, a saved change) that clears itself."""
        self.flash_label.setText(localized(message))
        self.flash_label.setProperty("error", error)
        self.flash_label.style().unpolish(self.flash_label)
        self.flash_label.style().polish(self.flash_label)
        self.flash_label.show()
        self._flash_timer.start(ms)

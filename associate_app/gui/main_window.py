"""The main window: navigation between the screens, and the status bar. No business rules here."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QToolButton, QWidget

from associate_app.gui.conflict_inbox_page import ConflictInboxPage
from associate_app.gui.formatting import number, role_text
from associate_app.gui.forms import resources_rc  # noqa: F401  (registers :/ resources)
from associate_app.gui.forms.ui_main_window import Ui_MainWindow
from associate_app.gui.status_panel import StatusPanel
from associate_app.session import Session
from store_contract.domain.permissions import Permission, can

#: The screens in navigation order: key (used in objectNames) and title. Each is an empty page
#: until the local store is open (``AppController._install_screens``); a window that cannot
#: start says why in its status bar.
SCREENS: list[tuple[str, str]] = [
    ("customers", "Customers"),
    ("pickups", "Pickups"),
    ("inventory", "Inventory"),
    ("dashboard", "Dashboard"),
]


class MainWindow(QMainWindow):
    syncRequested = Signal()
    cameraScanRequested = Signal()
    pageShown = Signal(str)
    signOutRequested = Signal()
    findOrderRequested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(QIcon(":/icons/app.svg"))
        self.status = StatusPanel(self.ui.statusBar)
        self._nav: dict[str, QToolButton] = {}
        self._pages: dict[str, QWidget] = {}
        for index, (key, title) in enumerate(SCREENS, start=1):
            self._install_nav(key, self.tr(title), index, QWidget(objectName=f"{key}Placeholder"))
        self._install_conflicts_nav(len(SCREENS) + 1)
        self._install_security_nav(len(SCREENS) + 2)
        self.ui.syncNowButton.setObjectName("syncNowButton")
        self.ui.syncNowButton.clicked.connect(self.syncRequested)
        self.ui.signOutButton.clicked.connect(self.signOutRequested)
        sync_action = QAction(self.tr("Sync now"), self, objectName="syncNowAction")
        sync_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        sync_action.triggered.connect(self.syncRequested)
        self.addAction(sync_action)
        self.ui.cameraScanButton.clicked.connect(self.cameraScanRequested)
        camera_action = QAction(self.tr("Scan with camera"), self, objectName="cameraScanAction")
        camera_action.setShortcut(QKeySequence("F8"))
        camera_action.triggered.connect(self.cameraScanRequested)
        self.addAction(camera_action)
        find_order = QAction(self.tr("Find an order"), self, objectName="findOrderAction")
        find_order.setShortcut(QKeySequence("Ctrl+O"))
        find_order.triggered.connect(self.findOrderRequested)
        self.addAction(find_order)
        quit_action = QAction(self.tr("Quit"), self, objectName="quitAction")
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        self.quit_action = quit_action
        #: while the lock screen is up, nothing behind it can be reached (see set_locked)
        self.locked = False
        #: which commands the signed-in role may use (the rest are off when unlocked)
        self._allowed: dict[QAction, bool] = {}
        self.show_page("customers")
        self.set_session(None)

    def _install_nav(self, key: str, title: str, index: int, page: QWidget) -> QAction:
        """A navigation entry of the form's (its button ``<key>Nav``), its page and Ctrl+index."""
        button: QToolButton = getattr(self.ui, f"{key}Nav")
        button.setIcon(QIcon(f":/icons/{key}.svg"))
        button.setIconSize(QSize(26, 26))
        button.setMinimumHeight(56)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda: self.show_page(key))
        self._nav[key] = button
        self.set_page(key, page)
        action = QAction(title, self, objectName=f"{key}Action")
        action.setShortcut(QKeySequence(f"Ctrl+{index}"))
        action.triggered.connect(lambda: self.show_page(key))
        self.addAction(action)
        return action

    def _install_conflicts_nav(self, index: int) -> None:
        self.conflicts = ConflictInboxPage()
        self._install_nav("conflicts", self.tr("Conflicts"), index, self.conflicts)
        self.set_conflict_count(0)

    def _install_security_nav(self, index: int) -> None:
        """Managers' screen (the audit and the store's devices); hidden for other roles."""
        self.security_action = self._install_nav(
            "security", self.tr("Security"), index, QWidget(objectName="securityPlaceholder"))

    def set_conflict_count(self, count: int) -> None:
        button = self.ui.conflictsNav
        button.setText(self.tr("Conflicts (%s)") % number(count) if count else self.tr("Conflicts"))
        button.setAccessibleName(button.text())
        button.setProperty("attention", bool(count))
        button.style().unpolish(button)
        button.style().polish(button)

    # -- pages ---------------------------------------------------------------------------------

    def set_page(self, key: str, widget: QWidget) -> None:
        """Install (or replace) the screen behind a navigation entry."""
        old = self._pages.get(key)
        stack = self.ui.pageStack
        if old is not None:
            index = stack.indexOf(old)
            stack.insertWidget(index, widget)
            stack.removeWidget(old)
            old.deleteLater()
        else:
            stack.addWidget(widget)
        self._pages[key] = widget

    def add_page(self, key: str, widget: QWidget) -> None:
        """A screen without a navigation entry (the order detail): opened from other screens,
        it leaves the entry of the screen it was opened from checked."""
        self.ui.pageStack.addWidget(widget)
        self._pages[key] = widget

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def show_page(self, key: str) -> None:
        self.ui.pageStack.setCurrentWidget(self._pages[key])
        if key in self._nav:
            self._nav[key].setChecked(True)
        else:  # a page reached from another (an order's detail, returns): no entry is current
            for button in self._nav.values():
                exclusive = button.autoExclusive()
                button.setAutoExclusive(False)
                button.setChecked(False)
                button.setAutoExclusive(exclusive)
        self.pageShown.emit(key)

    @property
    def current_page_key(self) -> str:
        current = self.ui.pageStack.currentWidget()
        return next(k for k, w in self._pages.items() if w is current)

    # -- session -------------------------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        self.status.set_session(session)
        signed_in = session is not None
        # what a role may not use is not shown (domain/permissions.py); the service refuses it
        managers = session is not None and can(session.staff.role, Permission.READ_AUDIT)
        self.ui.securityNav.setVisible(managers)
        self._allowed[self.security_action] = managers
        self._enable_commands()
        if not managers and self.current_page_key == "security":
            self.show_page("customers")
        self.ui.signOutButton.setEnabled(signed_in)
        self.ui.syncNowButton.setEnabled(signed_in)
        if session is None:
            self.ui.storeTitle.setText(self.tr("Not signed in"))
            self.ui.staffTitle.clear()
            return
        self.ui.storeTitle.setText(f"{session.store.store_id} · {session.store.name}")
        self.ui.staffTitle.setText(
            self.tr("Signed in: %s\n%s · %s")
            % (session.staff.name, session.staff.staff_id, role_text(session.staff.role.value))
        )

    # -- the lock screen ---------------------------------------------------------------------

    def set_locked(self, locked: bool) -> None:
        """While locked, the screens and the navigation are disabled — out of the focus chain,
        their shortcuts dead — and so is every command but Quit; unlocking gives back exactly
        what the signed-in role may use (a widget a screen disabled itself stays disabled)."""
        self.locked = locked
        self.ui.navPanel.setEnabled(not locked)
        self.ui.pageStack.setEnabled(not locked)
        self._enable_commands()

    def _enable_commands(self) -> None:
        for action in self.actions():
            if action is not self.quit_action:
                action.setEnabled(not self.locked and self._allowed.get(action, True))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.closed.emit()
        event.accept()

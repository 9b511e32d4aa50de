"""Start the window: Qt application, qasync loop, and the start-up story (demo or real store)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path

import keyring.backend
import qasync
from PySide6.QtCore import QFile, QIODevice, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from associate_app.api import errors
from associate_app.cache.local_store import StoreInUse
from associate_app.cache.migrations import CacheFromTheFuture
from associate_app.cart_service import CartService
from associate_app.config import AppConfig
from associate_app.customer_service import CustomerService
from associate_app.dashboard_service import DashboardService
from associate_app.demo_service import DemoServiceError
from associate_app.gui.async_tools import cancel_all, run_dialog, spawn
from associate_app.gui.camera_decoder import RepeatFilter
from associate_app.gui.cart_page import CartPage
from associate_app.gui.customers_page import CustomersPage
from associate_app.gui.dashboard_page import DashboardPage
from associate_app.gui.enrolment_dialog import EnrolmentDialog
from associate_app.gui.forms import resources_rc  # noqa: F401
from associate_app.gui.gc_guard import GuiThreadGarbageCollector
from associate_app.gui.inventory_page import InventoryPage
from associate_app.gui.main_window import MainWindow
from associate_app.gui.messages import localized
from associate_app.gui.order_detail_view import OrderDetailView
from associate_app.gui.pickups_page import PickupsPage
from associate_app.gui.preferences import Preferences
from associate_app.gui.returns_page import ReturnsPage
from associate_app.gui.scanner_filter import ScannerFilter
from associate_app.gui.security_page import SecurityPage
from associate_app.gui.session_lock import DEFAULT_IDLE_S, MAX_LOCKED_S, SessionLock
from associate_app.gui.sign_in_dialog import SignInDialog
from associate_app.gui.translations import install_translations
from associate_app.inventory_service import InventoryService
from associate_app.keychain import KeychainError
from associate_app.order_service import OrderService
from associate_app.pickup_service import PickupService
from associate_app.returns_service import ReturnsService
from associate_app.security_service import SecurityService
from associate_app.services import AppServices
from associate_app.session import Session
from associate_app.sync.engine import SyncSummary
from store_contract.domain.barcodes import ScanKind, classify
from store_contract.domain.permissions import Role
from store_contract.domain.recovery import Recovery
from store_contract.domain.recovery import sentence as recovery_sentence

log = logging.getLogger(__name__)


def load_theme(app: QApplication) -> None:
    file = QFile(":/theme.qss")
    if file.open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Text):
        app.setStyleSheet(bytes(file.readAll().data()).decode("utf-8"))
        file.close()


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Store Associate")
    app.setOrganizationName("StoreAssociate")
    app.setQuitOnLastWindowClosed(False)  # the controller decides when to stop (after cleanup)
    load_theme(app)
    install_translations(app)
    return app


def _system_cameras() -> list:
    """This device's cameras (loading Qt Multimedia only now)."""
    from associate_app.gui.camera_scan_dialog import video_inputs

    return video_inputs()


class AppController(QObject):
    """Drives one run of the window: start services, sign in, keep the status bar true."""

    def __init__(
        self,
        services: AppServices,
        window: MainWindow,
        *,
        preferences: Preferences | None = None,
        screenshot: Path | None = None,
        idle_lock_s: float | None = DEFAULT_IDLE_S,
        max_locked_s: float = MAX_LOCKED_S,
    ) -> None:
        super().__init__(window)
        self.services = services
        self.idle_lock_s = idle_lock_s
        self.max_locked_s = max_locked_s
        self.lock: SessionLock | None = None  # once the services are up
        #: erasing this device after the store removed it (at most one at a time)
        self._removal: asyncio.Task | None = None
        #: messages that came while the window was locked: shown once it is unlocked
        self._held: list[tuple[str, str, str]] = []
        self.window = window
        self.preferences = preferences
        self.screenshot = screenshot
        self.exit_code = 0
        self.ready = asyncio.Event()
        self._finished: asyncio.Future[int] = asyncio.get_event_loop().create_future()
        window.closed.connect(lambda: self.finish(0))
        window.signOutRequested.connect(lambda: spawn(self.sign_out(), name="sign-out"))
        window.syncRequested.connect(self.sync_now)
        window.cameraScanRequested.connect(self.open_camera_scan)
        window.conflicts.resolveRequested.connect(
            lambda cid: spawn(self.resolve_conflict(cid), name="resolve-conflict"))
        self.first_sync = asyncio.Event()
        self.customers: CustomersPage | None = None
        self.pickups: PickupsPage | None = None
        self.inventory: InventoryPage | None = None
        self.dashboard: DashboardPage | None = None
        self.security: SecurityPage | None = None
        self.order_detail: OrderDetailView | None = None
        self._order_opened_from = "customers"  # where Back on the order detail returns
        self.returns: ReturnsPage | None = None
        self._returns_opened_from = "order"  # where Back on the returns page returns
        self.cart: CartPage | None = None  # an online cart finished at the counter (issue 14)
        self._cart_opened_from = "customers"  # where Back on the cart page returns
        # camera scans: which cameras (tests replace it), and one memory of recent codes across
        # openings, so a label still in front of the lens is not read twice in a row
        self.camera_devices = _system_cameras
        self.camera_repeats = RepeatFilter()
        self.camera_dialog = None  # the open CameraScanDialog, if any
        self.scanner = ScannerFilter(self)
        self._told_scanner_layout = False  # said once a session: the scanner's keyboard is wrong
        self.scanner.scanned.connect(self.route_scan)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.scanner)

    def finish(self, code: int) -> None:
        if not self._finished.done():
            self._finished.set_result(code)

    async def run(self) -> int:
        """Until the window closes: returns the process exit code. Always cleans up."""
        self.window.show()
        spawn(self._start(), name="start-up")
        try:
            code = await self._finished
        finally:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self.scanner)
            if self.camera_dialog is not None:
                self.camera_dialog.reject()  # stops the camera and the decoder's thread
            if self.lock is not None:
                self.lock.stop()
            await cancel_all()
            await self.services.aclose()
        return code

    async def _start(self) -> None:
        try:
            await self._start_services_and_sign_in()
        except (DemoServiceError, StoreInUse, CacheFromTheFuture, KeychainError, OSError) as exc:
            # the window stays up and says why it cannot work (the log has the details)
            log.error("start-up stopped: %s", exc)
            self.window.status.set_notice(localized(exc))
            self._tell(self.tr("The app cannot start"), localized(exc), name="startProblemMessage")
            self.exit_code = 1
            if self.screenshot:
                print(f"associate-app: {exc}", file=sys.stderr)
                self.finish(1)
            return
        self.ready.set()
        if self.screenshot:
            await self._take_screenshot(self.screenshot)

    async def _start_services_and_sign_in(self) -> None:
        self.window.status.set_notice(
            self.tr("Starting the demo central service…") if self.services.config.demo else None
        )
        await self.services.start()
        assert self.services.client is not None
        # whichever call hears it (a sign-in, an unlock, a refresh, the Security screen, a sync)
        self.services.client.on_device_revoked.append(self.device_removed)
        self.window.status.set_notice(None)
        self._install_screens()
        assert self.services.connectivity is not None
        self.services.connectivity.subscribe(self.window.status.set_connection)
        await self.services.connectivity.check()
        self.services.connectivity.start()
        session, resumed = await self._sign_in()
        if self._removal is not None:
            return  # the store removed this device: erasing it takes over from here
        self._apply_session(session)
        if resumed and self.idle_lock_s and self.lock is not None:
            # a restart is no way past the lock: the person kept signed in types their PIN
            # (or someone else signs in)
            self.lock.lock(self.tr("The app was started again."))
        keychain = self.services.credentials.status
        protection = self.services.store.protection if self.services.store else None
        if not keychain.persistent:
            self.window.status.set_notice(localized(keychain.message))
        elif protection is not None and protection.message:
            self.window.status.set_notice(localized(protection.message))
        await self._show_local_state()
        if session is not None:
            self._start_sync(session)

    def _install_screens(self) -> None:
        """Screens that read the local store exist once it is open."""
        self.customers = CustomersPage(CustomerService(self.services))
        self.window.set_page("customers", self.customers)
        self.pickups = PickupsPage(PickupService(self.services),
                                   self.services.config.data_dir / "prints")
        self.window.set_page("pickups", self.pickups)
        self.inventory = InventoryPage(InventoryService(self.services))
        self.window.set_page("inventory", self.inventory)
        self.dashboard = DashboardPage(DashboardService(self.services))
        self.window.set_page("dashboard", self.dashboard)
        self.security = SecurityPage(SecurityService(self.services))
        self.window.set_page("security", self.security)
        self.order_detail = OrderDetailView(OrderService(self.services))
        self.window.add_page("order", self.order_detail)
        self.order_detail.backRequested.connect(self.close_order_detail)
        self.customers.orderRequested.connect(lambda oid: self.open_order_detail(order_id=oid))
        self.pickups.orderDetailRequested.connect(lambda n: self.open_order_detail(number=n))
        self.window.findOrderRequested.connect(lambda: self.open_order_detail())
        self.returns = ReturnsPage(ReturnsService(self.services), OrderService(self.services),
                                   self.services.config.data_dir / "prints")
        self.window.add_page("returns", self.returns)
        self.returns.backRequested.connect(self.close_returns)
        self.returns.returnRecorded.connect(lambda _: self.sync_now())
        self.order_detail.returnRequested.connect(lambda n: self.open_returns(number=n))
        self.cart = CartPage(CartService(self.services), self.services.config.data_dir / "prints")
        self.window.add_page("cart", self.cart)
        self.cart.backRequested.connect(self.close_cart)
        self.cart.cartFinished.connect(lambda _: self.sync_now())
        self.customers.cartRequested.connect(lambda cid: self.open_cart(cart_id=cid))
        self.lock = SessionLock(self.window, lambda: self.services.sessions,
                                idle_s=self.idle_lock_s, max_locked_s=self.max_locked_s)
        self.lock.switched.connect(lambda new, old: spawn(self._switched(new, old),
                                                          name="switch-staff"))
        self.lock.ended.connect(lambda ended: spawn(self._locked_session_ended(),
                                                    name="locked-session-ended"))
        self.lock.released.connect(self._tell_held)
        self.window.pageShown.connect(self._page_shown)
        self.window.show_page("customers")
        self.customers.focus_search()

    def _page_shown(self, key: str) -> None:
        focus = self.lock is None or not self.lock.locked  # never behind the lock screen
        if key == "pickups" and self.pickups is not None:
            spawn(self.pickups.refresh(), name="refresh-pickups")
            if focus:
                self.pickups.focus_search()
        elif key == "customers" and self.customers is not None:
            if focus:
                self.customers.focus_search()
        elif key == "inventory" and self.inventory is not None:
            spawn(self.inventory.refresh(), name="refresh-inventory")
            if focus:
                self.inventory.focus_search()
        elif key == "dashboard" and self.dashboard is not None:
            spawn(self.dashboard.refresh(), name="refresh-dashboard")
        elif key == "security" and self.security is not None:
            spawn(self.security.refresh(), name="refresh-security")
        elif key == "order" and self.order_detail is not None and focus:
            self.order_detail.lines.setFocus()  # arrows read the lines; Esc goes back
        elif key == "returns" and self.returns is not None:
            spawn(self.returns.show_policy(), name="returns-policy")

    # -- who is signed in --------------------------------------------------------------------

    def _apply_session(self, session: Session | None) -> None:
        """Show who is signed in, and offer only what their role may do."""
        self.window.set_session(session)
        role = session.staff.role if session is not None else Role.ASSOCIATE
        for page in (self.customers, self.pickups):
            if page is not None:
                page.apply_role(role)
        if session is not None and session.offline:
            self.window.status.set_notice(self.tr(
                "Signed in without the network (checked on this device). Changes are kept "
                "here; sign in again once the network is back to send them."))

    async def _switched(self, session: Session, before: Session | None) -> None:
        """Someone else signed in at the lock screen: their session, their role, their sync."""
        await self.services.stop_sync()
        self.services.on_pending.clear()
        self._apply_session(session)
        if not session.offline:
            self._start_sync(session)

    async def _locked_session_ended(self) -> None:
        """The window stayed locked too long and the absent person's session was ended."""
        await self.services.stop_sync()
        self.services.on_pending.clear()
        self._apply_session(None)

    def device_removed(self) -> None:
        """The service said this device was removed from the store (heard by any call)."""
        if self._removal is None or self._removal.done():
            self._removal = spawn(self._device_removed(), name="device-removed")

    async def _device_removed(self) -> None:
        """The store removed this device: hide everything, erase its data, say so, and enrol
        again."""
        if self.lock is not None:
            self.lock.cover(self.tr("This device was removed from the store."))
        self._tell(self.tr("This device was removed from the store"), self.tr(
            "A manager removed this device from the store (lost, stolen or replaced), so its "
            "data has been erased. To use it again, enrol it with the store's code."),
            name="deviceRemovedMessage", over_the_lock=True)
        self._held.clear()  # (about data that is erased now)
        await self.services.wipe()
        self._apply_session(None)
        session = await self._ask_staff_to_sign_in()
        if session is None:
            return  # the lock screen stays: whoever enrols the device signs in there
        if self.lock is not None:
            self.lock.release()
        self._apply_session(session)
        if not session.offline:
            self._start_sync(session)

    def route_scan(self, code: str) -> None:
        """A scan from anywhere: the screen on show gets it first; a loyalty card opens the
        customer from any screen; anything else unknown is said plainly."""
        scan = classify(code)
        if scan.typed_for:
            self._tell_scanner_layout(scan.typed_for)
        if scan.kind is ScanKind.STAFF_BADGE and self.lock is not None:
            takes_badge = getattr(self.window.page(self.window.current_page_key),
                                  "takes_badge", None)
            if self.lock.locked or takes_badge is None or not takes_badge(scan.code):
                self.lock.badge(scan.code)  # else: a manager approving a step on that screen
            return
        if self.lock is not None and self.lock.locked:
            self.window.status.flash(self.tr("Unlock first: scan your staff badge or type your "
                                             "staff id and PIN."), error=True)
            return
        page = self.window.page(self.window.current_page_key)
        handler = getattr(page, "handle_scan", None)
        if handler is not None and handler(scan):
            return
        if scan.kind is ScanKind.LOYALTY_CARD and self.customers is not None:
            self.window.show_page("customers")
            self.customers.handle_scan(scan)
            return
        if scan.kind in (ScanKind.ORDER, ScanKind.RECEIPT) and self.order_detail is not None:
            self.open_order_detail(number=scan.code)
            return
        if scan.kind is ScanKind.CART and self.cart is not None:  # a web cart's code
            self.open_cart(code=scan.code)
            return
        if scan.kind is ScanKind.UNKNOWN:
            self.window.status.flash(scan.problem or self.tr("That code is not one this app "
                                                             "knows."), error=True)
        else:
            self.window.status.flash(self.tr("Scanned %s: open the screen it belongs to and "
                                             "scan again.") % scan.code)

    def _tell_scanner_layout(self, layout: str) -> None:
        """A scanner set for a US keyboard on this computer's French or German layout: its codes
        are read as it meant them; say once (unless a standing notice is up) how to set it."""
        if self._told_scanner_layout or self.window.status.notice.isVisible():
            return
        self._told_scanner_layout = True
        name = {"fr": self.tr("French (AZERTY)"), "de": self.tr("German (QWERTZ)")}.get(
            layout, layout)
        self.window.status.set_notice(self.tr(
            "The scanner types for a US keyboard; its codes are read anyway. Set it to this "
            "computer's %s keyboard (its manual's keyboard country codes).") % name)

    def open_order_detail(self, *, number: str | None = None,
                          order_id: str | None = None) -> None:
        """Show the order detail over the current screen (Back returns to it): an order by its
        number or receipt, one of this store's by id, or (neither) the empty page to type one."""
        view = self.order_detail
        if view is None or (self.lock is not None and self.lock.locked):
            return
        if self.window.current_page_key != "order":
            self._order_opened_from = self.window.current_page_key
        self.window.show_page("order")
        if number is not None:
            spawn(view.open_number(number), name="order-detail")
        elif order_id is not None:
            spawn(view.open_order(order_id), name="order-detail")
        else:
            view.focus_number()

    def close_order_detail(self) -> None:
        self.window.show_page(self._order_opened_from)

    def open_returns(self, *, number: str | None = None) -> None:
        """Show the returns page (Back returns to where staff were), with an order to return
        or empty to scan one."""
        view = self.returns
        if view is None or (self.lock is not None and self.lock.locked):
            return
        if self.window.current_page_key != "returns":
            self._returns_opened_from = self.window.current_page_key
        self.window.show_page("returns")
        if number is not None:
            spawn(view.open_number(number), name="returns-open")
        else:
            view.focus_number()

    def close_returns(self) -> None:
        self.window.show_page(self._returns_opened_from)

    def open_cart(self, *, code: str | None = None, cart_id: str | None = None) -> None:
        """Show the cart page (Back returns to where staff were) with a cart by its code or id."""
        view = self.cart
        if view is None or (self.lock is not None and self.lock.locked):
            return
        if self.window.current_page_key != "cart":
            self._cart_opened_from = self.window.current_page_key
        self.window.show_page("cart")
        if code is not None:
            spawn(view.open_code(code), name="cart-open")
        elif cart_id is not None:
            spawn(view.open_cart(cart_id), name="cart-open")

    def close_cart(self) -> None:
        self.window.show_page(self._cart_opened_from)

    def open_camera_scan(self) -> None:
        """Scan with the camera (F8): the code read goes down the same route as a wedge scan."""
        if self.camera_dialog is not None:
            self.camera_dialog.raise_()
            self.camera_dialog.activateWindow()
            return
        # Qt Multimedia is loaded on the first use of the camera, not at every start
        from associate_app.gui.camera_scan_dialog import CameraScanDialog

        dialog = CameraScanDialog(self.window, cameras=self.camera_devices(),
                                  repeats=self.camera_repeats)
        dialog.scanned.connect(self.route_scan)
        dialog.finished.connect(lambda _result: self._camera_scan_closed(dialog))
        self.camera_dialog = dialog
        dialog.open()

    def _camera_scan_closed(self, dialog) -> None:
        if self.camera_dialog is dialog:
            self.camera_dialog = None
        dialog.deleteLater()

    async def _show_local_state(self) -> None:
        store = self.services.store
        assert store is not None
        status = await store.status(rows=False)
        self.window.status.set_pending(status["pending"])
        last = status["last_sync_at"]
        self.window.status.set_last_sync(datetime.fromisoformat(last) if last else None,
                                         status["last_sync_error"])
        await self.refresh_conflicts()
        self._tell_recoveries(list(store.info.recoveries))

    def _tell_recoveries(self, recoveries: list[Recovery]) -> None:
        """A damaged or missing file was dealt with: say what happened in the status bar and,
        when queued work may be lost or moved, in a message the person must acknowledge."""
        if not recoveries:
            return
        sentences = [localized(recovery_sentence(r)) for r in recoveries]
        self.window.status.set_notice(" ".join(sentences))
        title = (self.tr("Some changes may need to be made again")
                 if any(r.lost_changes for r in recoveries)
                 else self.tr("This device repaired its data"))
        self._tell(title, "\n\n".join(sentences), name="recoveryMessage")

    def _tell_held(self) -> None:
        held, self._held = self._held, []
        for title, text, name in held:
            self._tell(title, text, name=name)

    def _tell(self, title: str, text: str, *, name: str, over_the_lock: bool = False) -> None:
        """A message the person must acknowledge; behind a lock screen it waits for the unlock
        (what it says — customers whose changes were lost — is not for whoever is passing)."""
        if self.lock is not None and self.lock.locked and not over_the_lock:
            self._held.append((title, text, name))
            return
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setObjectName(name)
        box.setAccessibleName(title)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): never a nested loop inside the qasync loop

    def _start_sync(self, session: Session) -> None:
        if session.offline:
            return  # no token: nothing can sync until someone signs in online
        self.services.on_pending.append(self.window.status.set_pending)
        engine = self.services.start_sync(session)
        engine.on_progress.append(self.window.status.set_progress)
        engine.on_finished.append(self._sync_finished)

    def _sync_finished(self, summary: SyncSummary) -> None:
        self.window.status.hide_progress()
        if summary.revoked:
            self.device_removed()
            return
        if summary.rebuilt is not None:
            self._tell_recoveries([summary.rebuilt])
        self.window.status.set_pending(summary.pending)
        self.window.status.set_last_sync(datetime.now(UTC) if summary.ok else None,
                                         summary.error)
        self.window.set_conflict_count(summary.conflicts)
        if self.customers is not None and summary.changed:
            spawn(self.customers.refresh(), name="refresh-customers")
        if self.pickups is not None:
            spawn(self.pickups.refresh(), name="refresh-pickups")
        if self.returns is not None:
            spawn(self.returns.refresh_outcome(), name="returns-outcome")
        if self.cart is not None:
            spawn(self.cart.refresh_outcome(), name="cart-outcome")
        if summary.changed:
            shown = self.window.current_page_key
            if self.inventory is not None and shown == "inventory":
                spawn(self.inventory.refresh(), name="refresh-inventory")
            if self.dashboard is not None and shown == "dashboard":
                spawn(self.dashboard.refresh(), name="refresh-dashboard")
        if summary.rejected or summary.ok:
            spawn(self.refresh_conflicts(), name="refresh-conflicts")
        self.first_sync.set()

    async def refresh_conflicts(self) -> None:
        if self.services.store is None:
            return
        conflicts = await self.services.store.conflicts()
        self.window.conflicts.set_conflicts(conflicts)
        self.window.set_conflict_count(len(conflicts))

    async def resolve_conflict(self, conflict_id: int) -> None:
        if self.services.store is not None:
            await self.services.store.resolve_conflict(conflict_id)
            await self.refresh_conflicts()

    def sync_now(self) -> None:
        if self.services.sync is not None:
            self.services.sync.request_sync()
        else:
            spawn(self.check_connection(), name="check-connection")

    async def _sign_in(self) -> tuple[Session | None, bool]:
        """Who is signed in at start, and whether it is a session kept from before."""
        sessions = self.services.sessions
        assert sessions is not None
        resumed = await sessions.resume()
        if resumed is not None:
            return resumed, True
        if self.services.config.demo:
            try:
                return await self.services.demo_sign_in(), False
            except errors.ApiError as exc:
                self.window.status.set_notice(localized(exc))
                return None, False
        return await self._ask_staff_to_sign_in(), False

    async def _ask_staff_to_sign_in(self) -> Session | None:
        sessions = self.services.sessions
        assert sessions is not None
        if not await sessions.is_enrolled():
            dialog = EnrolmentDialog(sessions, self.services.config.store_id, self.window)
            if await run_dialog(dialog) != EnrolmentDialog.DialogCode.Accepted:
                self.finish(0)
                return None
            if self.preferences is not None and dialog.enrolled_store_id:
                self.preferences.remember_server(self.services.config.server_url or "",
                                                 dialog.enrolled_store_id)
        dialog = SignInDialog(sessions, None, self.window)
        if await run_dialog(dialog) != SignInDialog.DialogCode.Accepted:
            return None
        return sessions.current

    async def sign_out(self) -> None:
        sessions = self.services.sessions
        if sessions is None:
            return
        await self.services.stop_sync()
        await sessions.sign_out()
        self._apply_session(None)
        session = await self._ask_staff_to_sign_in()
        self._apply_session(session)
        if session is not None:
            self.services.on_pending.clear()
            self._start_sync(session)

    async def check_connection(self) -> None:
        if self.services.connectivity is not None:
            await self.services.connectivity.check()

    async def _take_screenshot(self, path: Path) -> None:
        if self.services.sync is not None:
            # show the window as staff see it: after the first sync
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(300):
                    await self.first_sync.wait()
        await asyncio.sleep(0.3)  # let layouts settle and the first paint happen
        path.parent.mkdir(parents=True, exist_ok=True)
        ok = self.window.grab().save(str(path))
        if not ok:
            print(f"associate-app: could not write the screenshot to {path}", file=sys.stderr)
        else:
            print(f"screenshot saved to {path}")
        self.finish(0 if ok else 1)


def run_gui(
    config: AppConfig,
    *,
    screenshot: Path | None = None,
    keyring_backend: keyring.backend.KeyringBackend | None = None,
    preferences: Preferences | None = None,
    demo_customers: int | None = None,
    idle_lock_s: float | None = DEFAULT_IDLE_S,
    kiosk: bool = False,
) -> int:
    if kiosk:
        from associate_app.gui.kiosk import use_virtual_keyboard

        use_virtual_keyboard()  # before the application exists
    app = make_application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    services = AppServices(config, keyring_backend=keyring_backend, demo_customers=demo_customers)
    collector = GuiThreadGarbageCollector(
        app, busy=lambda: services.sync is not None and services.sync.running)
    window = MainWindow()
    if kiosk:  # full screen from its first frame, not a framed window first
        from associate_app.gui.kiosk import make_kiosk

        make_kiosk(window)
    controller = AppController(services, window, preferences=preferences, screenshot=screenshot,
                               idle_lock_s=idle_lock_s)
    with loop:
        code = loop.run_until_complete(controller.run())
    window.deleteLater()
    collector.stop()
    return code or controller.exit_code

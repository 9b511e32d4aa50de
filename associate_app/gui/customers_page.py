"""The Customers screen: search as you type (or scan a card), then the customer 360 with the
counter actions. Reads and writes go through :class:`CustomerService`; no SQL here."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QStackedWidget, QVBoxLayout, QWidget

from associate_app.api import errors
from associate_app.customer_service import CustomerService
from associate_app.gui.async_tools import NewestWins, run_dialog, spawn
from associate_app.gui.customer_360_view import Customer360View
from associate_app.gui.customer_results_model import CustomerResultsModel
from associate_app.gui.fields_dialog import Field, FieldsDialog
from associate_app.gui.formatting import currency_symbol
from associate_app.gui.forms.ui_customer_search import Ui_CustomerSearch
from associate_app.gui.list_keys import navigation_key, target_row
from associate_app.gui.messages import localized
from associate_app.gui.rewards_dialog import RewardsDialog
from associate_app.loyalty_service import LoyaltyService
from store_contract.domain.barcodes import Scan, ScanKind
from store_contract.domain.mutation_types import is_temp_id
from store_contract.domain.permissions import Permission, can

log = logging.getLogger(__name__)


class CustomersPage(QWidget):
    """``customerOpened(customer_id)`` after a 360 is shown (tests and the window listen)."""

    customerOpened = Signal(str)
    #: an order of the 360's list was opened (its order id): the window shows its detail
    orderRequested = Signal(str)
    #: an open online cart of the 360 was opened (its cart id): the window shows the cart page
    cartRequested = Signal(str)
    searchFinished = Signal(str)

    def __init__(self, customers: CustomerService, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="customersPage")
        self.setAccessibleName(self.tr("Customers"))
        self.customers = customers
        self.loyalty = LoyaltyService(customers.context)
        self.link_dialog: FieldsDialog | None = None  # open while a customer is being linked
        #: open while a card is asked for (a reward, a card given): a card scan goes there
        self.card_taker: Callable[[str], None] | None = None
        #: open while a manager may approve (a large redemption): their badge fills their id
        self.badge_taker: Callable[[str], None] | None = None
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.search_panel = QWidget()
        self.ui = Ui_CustomerSearch()
        self.ui.setupUi(self.search_panel)
        self.stack.addWidget(self.search_panel)
        self.view = Customer360View()
        self.stack.addWidget(self.view)

        self.model = CustomerResultsModel(self)
        table = self.ui.customerResults
        table.setModel(self.model)
        table.verticalHeader().setDefaultSectionSize(44)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(lambda index: self.open_row(index.row()))
        self.ui.customerSearch.textChanged.connect(self._query_changed)
        self.ui.customerSearch.returnPressed.connect(self._open_selected)
        self.ui.customerSearch.installEventFilter(self)
        self.ui.chainSearchButton.clicked.connect(
            lambda: spawn(self.search_chain(), name="chain-search"))
        self.ui.chainSearchButton.hide()
        self.ui.chainHint.hide()
        self.ui.enrolCustomerButton.clicked.connect(
            lambda: spawn(self.enrol_customer(), name="enrol"))
        QShortcut(QKeySequence.StandardKey.New, self,
                  activated=lambda: spawn(self.enrol_customer(), name="enrol"))

        self.view.backRequested.connect(self.show_search)
        self.view.orderOpened.connect(self.orderRequested)
        self.view.cartOpened.connect(self.cartRequested)
        self.view.addNoteRequested.connect(lambda: spawn(self.add_note(), name="note"))
        self.view.addWishlistRequested.connect(lambda: spawn(self.add_wishlist(), name="wish"))
        self.view.earnRequested.connect(lambda: spawn(self.earn_points(), name="earn"))
        self.view.redeemRequested.connect(lambda: spawn(self.redeem_points(), name="redeem"))
        self.view.giveCardRequested.connect(lambda: spawn(self.give_card(), name="give-card"))
        self.view.cancelVoucherRequested.connect(
            lambda voucher_id: spawn(self.cancel_voucher(voucher_id), name="cancel-voucher"))
        self.view.consentChanged.connect(
            lambda on: spawn(self.set_consent(on), name="consent"))
        self._searches = NewestWins(self._search, name="customer-search")
        self.current_id: str | None = None
        # reads of a 360 end out of order on a busy tablet: these say which one is newest
        self._reads = 0  # 360 reads started
        self._opening = 0  # the newest that opens a customer (not a refresh of the one on show)
        self._shown_read = 0  # the newest on show

    # -- search ---------------------------------------------------------------------------------

    def _query_changed(self, text: str) -> None:
        self._searches.submit(text)

    async def _search(self, text: str, generation: int) -> None:
        hits = await self.customers.search(text)
        if generation != self._searches.generation:
            return  # a newer keystroke has its own search: drop this stale answer
        self.model.set_hits(hits)
        if hits:
            self.ui.customerResults.selectRow(0)
        query = text.strip()
        if not query:
            self.ui.searchStatus.setText(self.tr("Start typing: results appear as you type, "
                                                 "best match first."))
        elif hits:
            self.ui.searchStatus.setText(
                self.tr("%n customers match. ↑ ↓ to choose, Enter to open.", "", len(hits))
                if len(hits) != 1 else self.tr("1 customer matches. Enter to open."))
        elif not await self.customers.has_store_data():
            if generation != self._searches.generation:
                return
            self.ui.searchStatus.setText(self.tr(
                "This device is still receiving the store's customers (first sync): they can "
                "be found here once it has finished. Meanwhile, search the whole chain."))
        else:
            self.ui.searchStatus.setText(
                self.tr("No customer of this store matches “%s”.") % query[:60])
        self.ui.chainSearchButton.setVisible(bool(query) and not hits)
        self.ui.chainHint.setVisible(bool(query) and not hits)
        self.searchFinished.emit(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        key = navigation_key(event) if watched is self.ui.customerSearch else None
        if key is not None:
            target = target_row(self.ui.customerResults, key)
            if target is not None:
                self.ui.customerResults.selectRow(target)
            return True
        return super().eventFilter(watched, event)

    def _open_selected(self) -> None:
        row = self.ui.customerResults.currentIndex().row()
        self.open_row(row if row >= 0 else 0)

    def open_row(self, row: int) -> None:
        hit = self.model.hit(row)
        if hit is None:
            return
        if hit.match == "chain":
            spawn(self._bring_here(hit.customer_id, f"{hit.first_name} {hit.last_name}"),
                  name="bring-here")
        else:
            spawn(self.open_customer(hit.customer_id), name="open-customer")

    async def search_chain(self) -> None:
        """Not found here: one click asks the central service about every store's customers."""
        text = self.ui.customerSearch.text().strip()
        if not text:
            return
        self.ui.searchStatus.setText(self.tr("Searching every store…"))
        self.ui.chainSearchButton.setEnabled(False)
        try:
            hits = await self.customers.chain_search(text)
        except errors.ApiError as exc:
            self.ui.searchStatus.setText(
                self.tr("The chain search needs the central service: %s") % localized(exc))
            return
        finally:
            self.ui.chainSearchButton.setEnabled(True)
        self.model.set_hits(hits)
        if hits:
            self.ui.customerResults.selectRow(0)
            self.ui.customerResults.setFocus()
            self.ui.searchStatus.setText(
                self.tr("%n customers of other stores match. Choose one and press Enter to "
                        "bring their details here.", "", len(hits)))
        else:
            self.ui.searchStatus.setText(
                self.tr("No customer anywhere in the chain matches “%s”. Enrol them as a new "
                        "customer?") % text[:60])
        self.ui.chainSearchButton.hide()
        self.ui.chainHint.hide()

    async def _bring_here(self, customer_id: str, name: str) -> None:
        """Ask why (and for the customer's card, which shows they are here), then link."""
        result: list[bool] = []

        async def attempt(values: dict) -> None:
            result.append(await self.customers.bring_here(customer_id, values["reason"],
                                                          values["card"]))

        dialog = FieldsDialog(
            "linkCustomerDialog", self.tr("Serve %s here") % name,
            self.tr("Their details, orders and points come to this store's data, and the link "
                    "is recorded with your reason. Scan their loyalty card if they are at the "
                    "counter; without it a manager must do this."),
            [Field("reason", self.tr("Why"), placeholder=self.tr("e.g. Collecting an order "
                                                                 "here; moved to this area")),
             Field("card", self.tr("Their loyalty card"),
                   placeholder=self.tr("Scan the card the customer shows"))],
            self.tr("Bring their details here"), attempt, self.window())
        self.link_dialog = dialog
        try:
            accepted = await run_dialog(dialog) == 1
        finally:
            self.link_dialog = None
            dialog.deleteLater()
        if not accepted or not result:
            return
        ok = result[-1]
        if ok:
            await self.open_customer(customer_id)
        else:
            self.ui.searchStatus.setText(self.tr("%s's details did not arrive; try Sync now.")
                                         % name)

    def show_search(self) -> None:
        self._reads += 1
        self._opening = self._reads  # a 360 still being read must not pull staff back
        self.stack.setCurrentWidget(self.search_panel)
        self.current_id = None
        self.ui.customerSearch.setFocus()
        self.ui.customerSearch.selectAll()

    def focus_search(self) -> None:
        if self.stack.currentWidget() is self.search_panel:
            self.ui.customerSearch.setFocus()

    # -- the 360 ------------------------------------------------------------------------------

    async def open_customer(self, customer_id: str, *, replacing: str | None = None) -> bool:
        """Read the customer and show their 360; False if they are not in this store's data.

        ``replacing`` (a refresh) is the customer on show when it began: the read changes
        nothing if staff have opened someone else or gone back to the search since (a sync
        ending just as staff open a customer must not put the previous one back). Opening gives
        way only to a newer opening, and a read that started before the one on show never
        replaces it."""
        self._reads += 1
        read = self._reads
        if replacing is None:
            self._opening = read
        customer = await self.customers.load(customer_id)
        if replacing is not None and (self.current_id != replacing or read < self._shown_read):
            return True  # someone else, or a newer read, is on show: nothing to do here
        if replacing is None and read != self._opening:
            return True  # staff opened someone else (or the search) since
        if read < self._shown_read and self.current_id == customer_id:
            customer = self.view.customer  # a newer read of this customer is on show already
        if customer is None:
            self.ui.searchStatus.setText(self.tr("That customer is no longer in this store's "
                                                 "data. Search again."))
            return False
        standing = await self.loyalty.standing(customer.customer_id)
        self._shown_read = max(self._shown_read, read)
        self.current_id = customer.customer_id
        self.view.show_customer(customer)
        self.view.show_standing(standing if customer.card_number else None)
        self.stack.setCurrentWidget(self.view)
        self.customerOpened.emit(customer.customer_id)
        return True

    async def refresh(self) -> None:
        """Show fresh data after a change or a sync (keeps the customer open)."""
        if self.current_id is None:
            if self.ui.customerSearch.text().strip():
                self._query_changed(self.ui.customerSearch.text())
            return
        shown = cid = self.current_id
        if is_temp_id(cid):
            cid = await self.customers.resolve_id(cid) or cid
        if not await self.open_customer(cid, replacing=shown) and self.current_id == shown:
            self.show_search()

    def apply_role(self, role: str) -> None:
        """Offer only what the signed-in person's role may do (domain/permissions.py)."""
        self.view.role = role
        self.ui.enrolCustomerButton.setVisible(can(role, Permission.ENROL_CUSTOMER))
        self.ui.chainSearchButton.setEnabled(can(role, Permission.SEARCH_CHAIN))

    def takes_badge(self, staff_id: str) -> bool:
        """A manager's badge scanned while they may approve a step here fills their id (and
        does not switch who is signed in)."""
        if self.badge_taker is None:
            return False
        self.badge_taker(staff_id)
        return True

    def handle_scan(self, scan: Scan) -> bool:
        """A loyalty card scanned anywhere opens its customer (the window routes it here)."""
        if scan.kind is not ScanKind.LOYALTY_CARD:
            return False
        if self.link_dialog is not None:  # the card of the customer being brought here
            self.link_dialog.inputs["card"].setText(scan.code)
            return True
        if self.card_taker is not None:  # a reward's proof, or a card being given
            self.card_taker(scan.code)
            return True
        spawn(self._open_card(scan.code), name="open-card")
        return True

    async def _open_card(self, card: str) -> None:
        customer_id = await self.customers.by_card(card)
        if customer_id is None:
            self.show_search()
            self.ui.customerSearch.setText(card)
            self.ui.searchStatus.setText(
                self.tr("No customer of this store has card ••••%s. Search the whole chain?")
                % card[-4:])
            return
        await self.open_customer(customer_id)

    # -- actions -------------------------------------------------------------------------------

    async def _form(self, name: str, title: str, intro: str, fields: list[Field], submit: str,
                    attempt) -> bool:
        dialog = FieldsDialog(name, title, intro, fields, submit, attempt, self.window())
        accepted = await run_dialog(dialog) == 1
        dialog.deleteLater()
        if accepted:
            await self.refresh()
        return accepted

    async def add_note(self) -> None:
        c = self.view.customer
        if c is None:
            return
        await self._form(
            "noteDialog", self.tr("Note for %s") % c.name,
            self.tr("Visible to every store and online service; say what matters next time."),
            [Field("body", self.tr("Note"), "multiline",
                   self.tr("e.g. Wants the linen shirt in M when back in stock"))],
            self.tr("Add note"),
            lambda v: self.customers.add_note(c.customer_id, v["body"]))

    async def add_wishlist(self) -> None:
        c = self.view.customer
        if c is None:
            return
        await self._form(
            "wishlistDialog", self.tr("Add to %s's wishlist") % c.first_name,
            self.tr("Scan the product's barcode, or type part of its name."),
            [Field("product", self.tr("Product"), placeholder=self.tr("barcode or name"))],
            self.tr("Add"),
            lambda v: self.customers.add_to_wishlist(c.customer_id, v["product"]))

    async def earn_points(self) -> None:
        c = self.view.customer
        if c is None:
            return
        await self._form(
            "earnDialog", self.tr("Points for a purchase"),
            self.tr("%s earns points by tier (%s). The balance updates when this syncs.")
            % (c.first_name, (c.tier or "").title()),
            [Field("amount", self.tr("Amount (%s)") % currency_symbol(c.currency),
                   placeholder="24.99"),
             Field("receipt", self.tr("Receipt number"), placeholder="e.g. 0042-1187")],
            self.tr("Add points"),
            lambda v: self.customers.earn(c.customer_id, v["amount"], v["receipt"],
                                          currency=c.currency,
                                          symbol=currency_symbol(c.currency)))

    async def redeem_points(self) -> None:
        """A reward for the customer's points, with the customer here."""
        c = self.view.customer
        if c is None:
            return
        standing = await self.loyalty.standing(c.customer_id)
        if standing is None:
            return
        dialog = RewardsDialog(self.loyalty, c.customer_id, c.first_name, standing,
                               c.currency, self.window())
        self.badge_taker = dialog.take_badge
        try:
            await self._run_taking_cards(dialog, dialog.take_card)
        finally:
            self.badge_taker = None

    async def give_card(self) -> None:
        """A loyalty card for a customer who has none: scan one from the pack, or digital."""
        c = self.view.customer
        if c is None:
            return
        dialog = FieldsDialog(
            "giveCardDialog", self.tr("A loyalty card for %s") % c.first_name,
            self.tr("Scan a new card from the pack, or give a digital card (its number is "
                    "sent with the app). The customer agrees to the programme's terms: points "
                    "on purchases online and in store, expiring 12 months after they are "
                    "earned."),
            [Field("kind", self.tr("Card"), "choice", value="physical",
                   choices=(("physical", self.tr("A physical card from the pack")),
                            ("digital", self.tr("A digital card")))),
             Field("card", self.tr("Card number"), placeholder=self.tr("scan the new card")),
             Field("consent", self.tr("Terms"), "bool",
                   placeholder=self.tr("The customer agrees to the programme's terms"))],
            self.tr("Give the card"),
            lambda v: self.loyalty.give_card(c.customer_id, v["kind"], v["card"],
                                             v["consent"]),
            self.window())

        def take(number: str) -> None:
            dialog.inputs["card"].setText(number)
            dialog.inputs["consent"].setFocus()

        await self._run_taking_cards(dialog, take)

    async def _run_taking_cards(self, dialog: FieldsDialog, take: Callable[[str], None]) -> None:
        self.card_taker = take
        try:
            accepted = await run_dialog(dialog) == 1
        finally:
            self.card_taker = None
            dialog.deleteLater()
        if accepted:
            await self.refresh()

    async def cancel_voucher(self, voucher_id: str) -> None:
        c = self.view.customer
        if c is None:
            return
        await self._form(
            "cancelVoucherDialog", self.tr("Cancel this voucher?"),
            self.tr("The voucher stops working online and in store, and its points go back "
                    "to %s.") % c.first_name, [], self.tr("Cancel the voucher"),
            lambda _v: self.loyalty.cancel(c.customer_id, voucher_id))

    async def set_consent(self, consent: bool) -> None:
        c = self.view.customer
        if c is None:
            return
        await self.customers.set_consent(c.customer_id, consent)
        await self.refresh()

    async def enrol_customer(self) -> None:
        confirmed_phone: dict[str, str] = {}
        created: list[str] = []

        async def attempt(v) -> None:
            shared_ok = confirmed_phone.get("phone") == v["phone"].strip()
            try:
                created.append(await self.customers.enrol(
                    v["first_name"], v["last_name"], v["email"], v["phone"], v["consent"],
                    shared_phone_ok=shared_ok))
            except Exception as exc:
                if getattr(exc, "field", None) == "phone" and "share" in str(exc):
                    confirmed_phone["phone"] = v["phone"].strip()
                raise

        accepted = await self._form(
            "enrolDialog", self.tr("New customer"),
            self.tr("Enrols the customer in the loyalty programme. Works offline; the card "
                    "number is issued when it syncs."),
            [Field("first_name", self.tr("First name")),
             Field("last_name", self.tr("Last name")),
             Field("email", self.tr("Email"), placeholder="name@example.com"),
             Field("phone", self.tr("Phone"), placeholder="07700 900123"),
             Field("consent", self.tr("Marketing"), "bool",
                   self.tr("Agrees to marketing by email and text"))],
            self.tr("Enrol"), attempt)
        if accepted and created:
            await self.open_customer(created[-1])

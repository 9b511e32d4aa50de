"""What the Pickups screen can do, as plain async operations (no Qt): the queue, one order, and
every fulfilment step — checked against the rules in ``domain/pickup/`` before anything is
queued, so a refused scan or step changes nothing."""

from __future__ import annotations

from associate_app.cache import pickups, products
from associate_app.cache.pickups import Order, QueueRow
from associate_app.screen_service import ScreenService, said
from store_contract import payloads
from store_contract.domain import pickup
from store_contract.domain.barcodes import ScanKind, classify
from store_contract.domain.errors import InvalidInput
from store_contract.domain.money import parse_whole_number
from store_contract.domain.mutation_types import new_temp_id
from store_contract.domain.text import QT_TRANSLATE_NOOP, text


def _as_started(status: str) -> str:
    """Scanning the first item (or recording the first shortage) of a new order starts
    picking it: staff never have to press Start first."""
    return pickup.PICKING if status == pickup.NEW else status


class StepRefused(Exception):
    """A step staff tried that the rules refuse: ``str()`` says why and what to do."""


class PickupService(ScreenService):

    async def _record(self, change: payloads.Payload) -> None:
        await self.context.record(change)

    # -- reading --------------------------------------------------------------------------------

    async def counts(self) -> dict[str, int]:
        store_id, now = self.store_id, self.clock()
        return await self._read(lambda c: pickups.group_counts(c, store_id, now))

    async def page(self, group: str, offset: int, limit: int = 100) -> list[QueueRow]:
        store_id, now = self.store_id, self.clock()
        return await self._read(lambda c: pickups.group_page(c, store_id, group, now,
                                                             limit=limit, offset=offset))

    async def find(self, number_or_id: str) -> str | None:
        return await self._read(lambda c: pickups.find_order_id(c, number_or_id))

    async def load(self, order_id: str) -> Order | None:
        return await self._read(lambda c: pickups.load_order(c, order_id))

    # -- picking --------------------------------------------------------------------------------

    async def start_picking(self, order: Order) -> None:
        if order.status == pickup.NEW:
            pickup.check_transition(order.status, pickup.PICKING)
            await self._record(payloads.OrderStartPicking(order_id=order.order_id))

    async def scan_item(self, order: Order, code: str,
                        substitute_for: str | None = None) -> pickup.PickDecision:
        """A product scanned while picking: picks a unit, or refuses and changes nothing."""
        try:
            pickup.check_editable(_as_started(order.status))
        except pickup.IllegalTransition as exc:
            return pickup.PickDecision("wrong_item", said(exc))
        scan = classify(code)
        eans = [scan.code] if scan.kind is ScanKind.PRODUCT else []
        known = await self._read(lambda c: pickups.products_by_ean(c, eans))
        rules = pickup.PickupOrder.of(order)
        decision = pickup.scan_for_line(rules.lines, code, known, rules.allow_substitutions,
                                        substitute_for=substitute_for)
        if decision.accepted:
            if order.status == pickup.NEW:
                await self.start_picking(order)
            await self._record(payloads.parse(decision.mutation_type,
                                              decision.payload(order.order_id)))
        return decision

    async def record_shortage(self, order: Order, line_id: str, qty_text: str,
                              reason: str) -> None:
        line = next(x for x in order.lines if x.line_id == line_id)
        qty = parse_whole_number(qty_text, "qty", text(QT_TRANSLATE_NOOP(
            "Messages", "Missing quantity")))
        try:
            pickup.check_editable(_as_started(order.status))
            pickup.check_shortage(line, qty)
        except pickup.IllegalTransition as exc:
            raise InvalidInput("qty", said(exc)) from None
        if order.status == pickup.NEW:
            await self.start_picking(order)
        await self._record(payloads.OrderRecordShortage(
            order_id=order.order_id, line_id=line_id, qty=qty, reason=reason))

    async def stage(self, order: Order, location: str) -> None:
        try:
            pickup.check_stageable(order.status)
        except pickup.IllegalTransition as exc:
            raise InvalidInput("location", said(exc)) from None
        await self._record(payloads.OrderStage(order_id=order.order_id, location=location))

    async def mark_ready(self, order: Order) -> pickup.Readiness:
        try:
            pickup.check_transition(order.status, pickup.READY)
            ready = pickup.check_mark_ready(order.lines)
        except pickup.IllegalTransition as exc:
            raise StepRefused(said(exc)) from None
        if not order.staging_location:
            raise StepRefused(text(QT_TRANSLATE_NOOP(
                "Messages", "Stage the order first: scan the shelf or bin it waits on, so "
                "whoever hands it over can find it.")))
        await self._record(payloads.OrderMarkReady(order_id=order.order_id))
        return ready

    # -- handover ------------------------------------------------------------------------------

    async def hand_over(self, order: Order, typed_code: str) -> None:
        """Verify the customer's code (offline, against the cached slow hash) and hand over.
        A wrong code is counted; after the last attempt only a manager can hand over."""
        try:
            pickup.check_transition(order.status, pickup.COLLECTED)
            pickup.check_code_attempt_allowed(order.failed_code_attempts)
        except pickup.IllegalTransition as exc:
            raise InvalidInput("code", said(exc)) from None
        problem = pickup.code_problem(typed_code)
        if problem:
            raise InvalidInput("code", problem)
        if not pickup.verify_code(typed_code, order.pickup_code_salt, order.pickup_code_hash):
            await self._record(payloads.OrderRecordFailedCode(order_id=order.order_id))
            raise InvalidInput("code", pickup.wrong_code_sentence(order.failed_code_attempts + 1))
        # the code goes to the central service sealed: the outbox never holds it in clear
        await self._record(payloads.OrderHandover(order_id=order.order_id,
                                                  code=pickup.normalise_code(typed_code)))

    async def override(self, order: Order, manager_id: str, manager_pin: str,
                       reason: str) -> None:
        """A manager hands over without the code, with a reason (checked again centrally)."""
        try:
            pickup.check_transition(order.status, pickup.COLLECTED)
            reason = pickup.check_override_reason(reason)
        except pickup.IllegalTransition as exc:
            raise InvalidInput("reason", said(exc)) from None
        manager_id, manager_pin = manager_id.strip().upper(), manager_pin.strip()
        await self.check_manager(manager_id, manager_pin)
        await self._record(payloads.OrderHandover(
            order_id=order.order_id, override_reason=reason, manager_id=manager_id,
            manager_pin=manager_pin))

    # -- changes at pickup (issue 13): before the code is checked ----------------------------

    def decline_preview(self, order: Order, line_id: str, qty: int = 1) -> pickup.Declined:
        """What declining ``qty`` units of the line refunds, or :class:`StepRefused`."""
        line = next((x for x in order.lines if x.line_id == line_id), None)
        try:
            return pickup.check_decline(order.status, pickup.PickLine.of(line) if line else None,
                                        qty, order.order_number)
        except pickup.IllegalTransition as exc:
            raise StepRefused(said(exc)) from None

    async def decline_line(self, order: Order, line_id: str, qty: int,
                           reason: str) -> pickup.Declined:
        """The customer declines ``qty`` picked units of a line at the counter: back to stock,
        refunded to the order's tender (recorded for the service to execute)."""
        declined = self.decline_preview(order, line_id, qty)
        await self._record(payloads.OrderDeclineLine(
            order_id=order.order_id, return_id=new_temp_id(), line_id=line_id, qty=qty,
            reason=reason))
        return declined

    async def add_on_for_scan(self, order: Order, code: str, qty: int = 1
                              ) -> tuple[pickup.AddOn, str]:
        """What adding the scanned product would cost (and its name), or
        :class:`StepRefused`: a product of the catalogue, in stock here."""
        scan = classify(code)
        if scan.kind is not ScanKind.PRODUCT:
            raise StepRefused(scan.problem or text(QT_TRANSLATE_NOOP(
                "Messages", "Scan the barcode of the item the customer adds.")))
        store_id = self.store_id
        hits = await self._read(lambda c: products.find(c, scan.code, store_id, limit=1))
        hit = hits[0] if hits else None
        available = 0
        if hit is not None:
            available = await self._read(
                lambda c: pickups.available_here(c, store_id, hit.product_id))
        try:
            add = pickup.check_add_on(order.status, order.order_number,
                                      hit.product_id if hit else scan.code,
                                      hit.name if hit else None,
                                      hit.price_cents if hit else None, qty, available)
        except pickup.IllegalTransition as exc:
            raise StepRefused(said(exc)) from None
        return add, hit.name if hit else scan.code

    async def add_item(self, order: Order, code: str, qty: int = 1) -> pickup.AddOn:
        """An item from the shelf added to the order (scanned at the counter), to pay at the
        till."""
        add, _ = await self.add_on_for_scan(order, code, qty)
        await self._record(payloads.OrderAddItem(order_id=order.order_id,
                                                 line_id=new_temp_id(),
                                                 product_id=add.product_id, qty=add.qty))
        return add

    # -- no-shows ------------------------------------------------------------------------------

    async def expire(self, order: Order) -> None:
        try:
            pickup.check_expire(order.status, order.pickup_expires_at, self.clock())
        except pickup.IllegalTransition as exc:
            raise StepRefused(said(exc)) from None
        await self._record(payloads.OrderExpire(order_id=order.order_id))

    def returnable(self, order: Order) -> dict[str, int]:
        """Units of each line that go back to the shelf (what was picked)."""
        return {x.line_id: x.qty_picked for x in order.lines if x.qty_picked}

    def return_scan(self, order: Order, code: str, scanned: dict[str, int]) -> str:
        """One item scanned back during a return to stock; updates ``scanned`` or raises
        StepRefused. Returns the sentence to show."""
        scan = classify(code)
        if scan.kind is not ScanKind.PRODUCT:
            raise StepRefused(scan.problem or text(QT_TRANSLATE_NOOP(
                "Messages", "Scan the item's barcode.")))
        owed = self.returnable(order)
        for line in order.lines:
            if line.ean13 == scan.code and line.line_id in owed:
                if scanned.get(line.line_id, 0) >= owed[line.line_id]:
                    raise StepRefused(text(QT_TRANSLATE_NOOP(
                        "Messages", "Already scanned back in full: {units} × {name}."),
                        units=owed[line.line_id], name=line.name))
                scanned[line.line_id] = scanned.get(line.line_id, 0) + 1
                return text(QT_TRANSLATE_NOOP("Messages", "Back to stock: {name} ({done} of "
                                                          "{total})"),
                            name=line.name, done=scanned[line.line_id],
                            total=owed[line.line_id])
        raise StepRefused(text(QT_TRANSLATE_NOOP(
            "Messages", "That item is not part of this order. Put it aside and scan the order's "
            "items.")))

    async def return_to_stock(self, order: Order, scanned: dict[str, int]) -> None:
        if order.status != pickup.EXPIRED:
            raise StepRefused(text(QT_TRANSLATE_NOOP(
                "Messages", "Only an expired (no-show) order goes back to stock. Expire it "
                "first.")))
        await self._record(payloads.OrderReturnToStock(
            order_id=order.order_id,
            lines=[payloads.ReturnedLine(line_id=line_id, qty=qty)
                   for line_id, qty in scanned.items()]))

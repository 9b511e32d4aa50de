"""What the Returns screen can do, as plain async operations (no Qt): the returns policy the
service published, an order to return (found by its number or till receipt), what a return
would refund and reverse, and recording it — checked against the rules in
``domain/returns.py`` before anything is queued, so a refused return changes nothing. The
service checks it again when it arrives."""

from __future__ import annotations

from dataclasses import dataclass

from associate_app.cache import exchanges as cached_exchanges
from associate_app.cache import inventory, orders
from associate_app.cache import returns as cached
from associate_app.cache.exchanges import ExchangeRow
from associate_app.cache.inventory import NearbyStock
from associate_app.cache.local_store import Recorded
from associate_app.cache.returns import ReturnableOrder, ReturnRow
from associate_app.screen_service import ScreenService
from store_contract import payloads
from store_contract.domain import exchanges as exchange_rules
from store_contract.domain import returns as rules
from store_contract.domain.errors import InvalidInput
from store_contract.domain.mutation_types import is_temp_id
from store_contract.domain.text import QT_TRANSLATE_NOOP, text


def _one_after_another(sentences: list[str]) -> str:
    """Sentences said one after the other, each kept as written (a Text stays one)."""
    joined = sentences[0]
    for after in sentences[1:]:
        joined = text(QT_TRANSLATE_NOOP("Messages", "{first} {then}"), first=joined, then=after)
    return joined


@dataclass(frozen=True)
class ReplacementChoice:
    """A product offered in exchange: its price and where it can come from (this store's
    shelf, or a nearby store that has it: collected there or sent to the customer's home)."""

    product_id: str
    name: str
    ean13: str | None
    price_cents: int | None
    currency: str | None
    available_here: int
    nearby: tuple[NearbyStock, ...]  # nearest first, those with some available

    def available_at(self, store_id: str | None) -> int:
        if store_id is None:
            return self.available_here
        return next((s.available for s in self.nearby if s.store_id == store_id), 0)


class ReturnsService(ScreenService):

    # -- reading --------------------------------------------------------------------------------

    async def policy(self) -> rules.ReturnPolicy:
        """The returns policy, to show before anything is done."""
        return await self._read(cached.policy)

    async def find(self, number: str) -> str | None:
        """The cached order with this order or till receipt number."""
        return await self._read(lambda c: orders.find_order_id(c, number))

    async def load(self, order_id: str) -> ReturnableOrder | None:
        return await self._read(lambda c: cached.load_order(c, order_id))

    async def returns_of(self, order_id: str) -> list[ReturnRow]:
        """The order's returns, newest first (with their refund's state and any voucher)."""
        return await self._read(lambda c: cached.returns_of_order(c, order_id))

    async def real_id(self, return_id: str) -> str | None:
        """The service's id of a return recorded here with a temporary id, once synced."""
        store = self.context.store
        if store is None or not is_temp_id(return_id):
            return None
        return await store.resolve_id(return_id)

    async def assess(self, order: ReturnableOrder, lines: list[payloads.ReturnItem],
                     refund_method: rules.RefundMethod | str) -> rules.Assessment:
        """What returning ``lines`` refunds and reverses, and what is wrong with it."""
        policy = await self.policy()
        return rules.assess(order.sold, [(x.line_id, x.qty) for x in lines], refund_method,
                            self.clock(), policy)

    # -- exchanges ------------------------------------------------------------------------------

    async def replacement(self, product_id: str | None = None, *, ean13: str | None = None
                          ) -> ReplacementChoice | None:
        """A product to give in exchange (by id or scanned barcode), with its stock here and at
        the nearby stores that have some; None if the catalogue does not hold it."""
        store_id = self.store_id

        def read(conn):
            pid = product_id or (inventory.product_by_ean(conn, ean13) if ean13 else None)
            return inventory.load_product(conn, store_id, pid) if pid else None

        found = await self._read(read)
        if found is None:
            return None
        return ReplacementChoice(
            found.product_id, found.name, found.ean13, found.price_cents, found.currency,
            found.available, tuple(s for s in found.nearby if s.available > 0))

    def replacements(self, items: list[payloads.ReplacementItem],
                     choices: dict[str, ReplacementChoice]) -> list[exchange_rules.Replacement]:
        """The replacements as the rules take them (``choices`` by product id)."""
        return [exchange_rules.Replacement(
            product_id=x.product_id, qty=x.qty,
            unit_price_cents=choices[x.product_id].price_cents if x.product_id in choices
            else None, source=x.source,
            from_store_id=self.store_id if x.source == exchange_rules.Source.HERE
            else x.from_store_id,
            available=choices[x.product_id].available_at(
                None if x.source == exchange_rules.Source.HERE else x.from_store_id)
            if x.product_id in choices else 0) for x in items]

    async def exchanges_of(self, order_id: str) -> list[ExchangeRow]:
        return await self._read(lambda c: cached_exchanges.exchanges_of_order(c, order_id))

    async def record_exchange(self, change: payloads.OrderExchange,
                              choices: dict[str, ReplacementChoice]) -> Recorded:
        """Queue the exchange: refused with :class:`InvalidInput` (nothing queued) as a return
        is, or when a replacement is not in the catalogue or not available where it should
        come from (as this device knows the stock: the service checks it again)."""
        problems = exchange_rules.check(self.replacements(list(change.replacements), choices),
                                        self.store_id)
        if problems:
            first = problems[0]
            choice = choices.get(first.product_id or "")
            store = next((s.name for s in choice.nearby if s.store_id == first.from_store_id),
                         "") if choice else ""
            raise InvalidInput("replacements", exchange_rules.sentence(
                first, choice.name if choice else "", store))
        return await self.record(change)

    # -- the return -----------------------------------------------------------------------------

    async def record(self, change: payloads.OrderReturn | payloads.OrderExchange) -> Recorded:
        """Queue the return (refund, stock and points follow when the service applies it).

        Refused with :class:`InvalidInput` (nothing queued) when the rules refuse it, or when
        it is out of policy without a reason and a manager's approval (their PIN is checked
        here against this device's verifier first, and again by the service)."""
        order = await self.load(change.order_id)
        if order is None:
            raise InvalidInput("order_id", text(QT_TRANSLATE_NOOP(
                "Messages", "This order is not in this store's data. Sync, or scan the order or "
                "receipt again.")))
        seen = await self.assess(order, list(change.lines), change.refund_method)
        if seen.refusals:
            raise InvalidInput("lines", rules.sentence(seen.refusals[0], order.sold,
                                                       order.names))
        if seen.exceptions:
            if change.exception_reason is None:
                raise InvalidInput("exception_reason", _one_after_another(
                    [rules.sentence(x, order.sold, order.names) for x in seen.exceptions]))
            if change.manager_id is not None:
                await self.check_manager(change.manager_id, change.manager_pin or "")
        return await self.context.record(change)

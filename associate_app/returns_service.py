"""What the Returns screen can do, as plain async operations (no Qt): the returns policy the
service published, an order to return (found by its number or till receipt), what a return
would refund and reverse, and recording it — checked against the rules in
``domain/returns.py`` before anything is queued, so a refused return changes nothing. The
service checks it again when it arrives."""

from __future__ import annotations

from associate_app.cache import orders
from associate_app.cache import returns as cached
from associate_app.cache.local_store import Recorded
from associate_app.cache.returns import ReturnableOrder, ReturnRow
from associate_app.screen_service import ScreenService
from store_contract import payloads
from store_contract.domain import returns as rules
from store_contract.domain.errors import InvalidInput
from store_contract.domain.mutation_types import is_temp_id


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

    # -- the return -----------------------------------------------------------------------------

    async def record(self, change: payloads.OrderReturn) -> Recorded:
        """Queue the return (refund, stock and points follow when the service applies it).

        Refused with :class:`InvalidInput` (nothing queued) when the rules refuse it, or when
        it is out of policy without a reason and a manager's approval (their PIN is checked
        here against this device's verifier first, and again by the service)."""
        order = await self.load(change.order_id)
        if order is None:
            raise InvalidInput("order_id", "This order is not in this store's data. Sync, or "
                                           "scan the order or receipt again.")
        seen = await self.assess(order, list(change.lines), change.refund_method)
        if seen.refusals:
            raise InvalidInput("lines", rules.sentence(seen.refusals[0], order.sold,
                                                       order.names))
        if seen.exceptions:
            if change.exception_reason is None:
                raise InvalidInput("exception_reason", " ".join(
                    rules.sentence(x, order.sold, order.names) for x in seen.exceptions))
            if change.manager_id is not None:
                await self.check_manager(change.manager_id, change.manager_pin or "")
        return await self.context.record(change)

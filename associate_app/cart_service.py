"""What the cart screen can do, as plain async operations (no Qt): an online cart found by its
code or id, its lines with stock here and nearby, a product scanned in, the other variants of a
line's style, the customer's unused vouchers (information: the till applies them), and finishing
the cart — checked against the rules in ``domain/carts.py`` before anything is queued, so a
refused cart changes nothing. The service checks it again when it arrives."""

from __future__ import annotations

from associate_app.cache import carts as cached
from associate_app.cache import inventory
from associate_app.cache.carts import CartLineRow, CartRow, Conversion, Variant, VoucherRow
from associate_app.cache.local_store import Recorded
from associate_app.screen_service import ScreenService
from store_contract import payloads
from store_contract.domain import carts as rules
from store_contract.domain.errors import InvalidInput
from store_contract.domain.mutation_types import new_temp_id
from store_contract.domain.sourcing import Source


class CartService(ScreenService):

    async def find(self, code: str) -> str | None:
        """The cart with this code (CART-…) in this store's data."""
        return await self._read(lambda c: cached.find_by_code(c, code))

    async def load(self, cart_id: str) -> CartRow | None:
        store_id = self.store_id
        return await self._read(lambda c: cached.load_cart(c, store_id, cart_id))

    async def conversion(self, cart_id: str) -> Conversion | None:
        return await self._read(lambda c: cached.conversion_of(c, cart_id))

    async def product(self, product_id: str | None = None, *, ean13: str | None = None
                      ) -> CartLineRow | None:
        """A product to put in the cart (by id or scanned barcode), with its stock here and
        nearby; None if the catalogue does not hold it."""
        store_id = self.store_id

        def read(conn):
            pid = product_id or (inventory.product_by_ean(conn, ean13) if ean13 else None)
            return cached.product_line(conn, store_id, pid) if pid else None

        return await self._read(read)

    async def variants(self, product_id: str) -> list[Variant]:
        store_id = self.store_id
        return await self._read(lambda c: cached.variants(c, store_id, product_id))

    async def vouchers(self, customer_id: str) -> list[VoucherRow]:
        now = self.clock().isoformat()
        return await self._read(lambda c: cached.unused_vouchers(c, customer_id, now))

    def lines_for_rules(self, lines: list[payloads.CartLine],
                        known: dict[str, CartLineRow]) -> list[rules.Line]:
        """The lines as the rules take them (``known``: the products by id, as last read)."""
        out = []
        for x in lines:
            row = known.get(x.product_id)
            where = self.store_id if x.source == Source.HERE else x.from_store_id
            if row is None:
                available = 0
            elif x.source == Source.HERE:
                available = row.available_here
            else:
                available = next((s.available for s in row.nearby if s.store_id == where), 0)
            out.append(rules.Line(
                product_id=x.product_id, qty=x.qty, shown_price_cents=x.unit_price_cents,
                catalogue_price_cents=row.price_cents if row is not None else None,
                source=x.source, from_store_id=where, available=available))
        return out

    async def finish(self, cart: CartRow, lines: list[payloads.CartLine], handoff: str,
                     known: dict[str, CartLineRow],
                     voucher_ids: list[str] | None = None) -> tuple[Recorded, str]:
        """Queue the cart's finishing (the order it becomes: its temporary id is returned).

        Refused with :class:`InvalidInput` (nothing queued) when the rules refuse it as this
        device knows the cart, the catalogue and the stock (the service checks them again)."""
        problems = rules.check(self.lines_for_rules(lines, known), self.store_id, cart.status)
        if problems:
            first = problems[0]
            row = known.get(first.product_id or "")
            store = next((s.name for s in row.nearby if s.store_id == first.from_store_id),
                         "") if row else ""
            raise InvalidInput("lines", rules.sentence(first, row.name if row else "", store))
        order_id = new_temp_id()
        change = payloads.CartConvert(cart_id=cart.cart_id, order_id=order_id, handoff=handoff,
                                      lines=lines, voucher_ids=voucher_ids or [])
        return await self.context.record(change), order_id

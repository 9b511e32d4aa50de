"""What the Inventory screen can do, as plain async operations (no Qt): the store's products
with their stock, one product's stock here and at nearby stores, and finding a product by a
scanned or typed barcode. Everything is read from the cache, so it works offline."""

from __future__ import annotations

from dataclasses import dataclass

from associate_app.cache import inventory
from associate_app.cache.inventory import CacheState, Counts, ProductStock, StockRow
from associate_app.screen_service import ScreenService
from store_contract.domain import pickup
from store_contract.domain.barcodes import Scan, ScanKind, classify
from store_contract.domain.stock import StockFilter
from store_contract.domain.text import QT_TRANSLATE_NOOP, text


@dataclass(frozen=True)
class Lookup:
    """A barcode looked up: the product, or why there is none (a sentence for staff)."""

    product_id: str | None
    problem: str | None = None


class InventoryService(ScreenService):

    # -- the list -------------------------------------------------------------------------------

    async def page(self, text: str, stock_filter: StockFilter, *, sort: str = "name",
                   descending: bool = False, offset: int = 0, limit: int = 100
                   ) -> list[StockRow]:
        store_id = self.store_id
        return await self._read(lambda c: inventory.page(
            c, store_id, text, stock_filter, sort=sort, descending=descending, limit=limit,
            offset=offset))

    async def counts(self, text: str) -> Counts:
        store_id = self.store_id
        return await self._read(lambda c: inventory.counts(c, store_id, text))

    async def cache_state(self) -> CacheState:
        store_id = self.store_id
        return await self._read(lambda c: inventory.state(c, store_id))

    @staticmethod
    def search_problem(text: str) -> str | None:
        """A typed search that looks like a barcode but cannot be one (a wrong check digit)."""
        text = (text or "").strip()
        if text.isdigit() and len(text) in (12, 13):
            scan = classify(text)
            if scan.kind is ScanKind.UNKNOWN:
                return scan.problem
        return None

    # -- one product ----------------------------------------------------------------------------

    async def product(self, product_id: str) -> ProductStock | None:
        store_id = self.store_id
        return await self._read(lambda c: inventory.load_product(c, store_id, product_id))

    async def lookup(self, scan: Scan) -> Lookup:
        """The product a scanned (or typed) barcode names, or a sentence saying why not."""
        if scan.kind is ScanKind.UNKNOWN:
            return Lookup(None, scan.problem or text(QT_TRANSLATE_NOOP(
                "Messages", "That code is not a product barcode.")))
        if scan.kind is not ScanKind.PRODUCT:
            return Lookup(None, text(QT_TRANSLATE_NOOP(
                "Messages", "That is not a product barcode. Scan the barcode on the item or its "
                "label.")))
        product_id = await self._read(lambda c: inventory.product_by_ean(c, scan.code))
        if product_id is None:
            return Lookup(None, text(QT_TRANSLATE_NOOP(
                "Messages", "No product with barcode {code} is in the catalogue on this device. "
                "Check the label, or sync and scan again."), code=scan.code))
        return Lookup(product_id)

    def urgency(self, status: str, promised_at: str | None,
                pickup_expires_at: str | None) -> pickup.Urgency:
        """How urgent a holding order is now (the screen says it as the Pickups queue does)."""
        return pickup.urgency(status, promised_at, pickup_expires_at, self.clock())

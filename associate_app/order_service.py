"""What the order detail can do (issue 13), as plain async operations (no Qt): find an order of
any channel by its order or receipt number — in this store's data first, else from the central
service when it can be reached — and say plainly when it cannot be shown."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from associate_app.api import errors
from associate_app.cache import orders
from associate_app.screen_service import ScreenService
from store_contract import wire
from store_contract.domain.text import QT_TRANSLATE_NOOP, text


class Source(StrEnum):
    CACHE = "cache"  # this store's data, offline too
    SERVICE = "service"  # fetched from the central service just now


@dataclass(frozen=True)
class OrderLookup:
    """An order found (``detail`` and where it came from), or why not (``problem``)."""

    number: str
    detail: wire.OrderDetail | None = None
    source: Source | None = None
    problem: str | None = None
    #: the service could not be reached (the order may exist: not available offline)
    offline: bool = False


def _complete(detail: wire.OrderDetail) -> bool:
    """Whether a cached order carries its history (a cache synced before the order detail
    existed has the order but not yet how it was paid or what happened to it)."""
    return bool(detail.events or detail.payments)


class OrderService(ScreenService):
    async def open(self, order_id: str) -> OrderLookup:
        """An order of this store's data by its id (a row of the customer 360)."""
        detail = await self._read(lambda c: orders.load(c, order_id))
        if detail is None:
            return OrderLookup(order_id, problem=text(QT_TRANSLATE_NOOP(
                "Messages", "Order {order} is not in this store's data."), order=order_id))
        if _complete(detail):
            return OrderLookup(detail.order_number, detail, Source.CACHE)
        return await self._online(detail.order_number, cached=detail)

    async def find(self, number: str) -> OrderLookup:
        """An order by its order number or till receipt number: this store's data first, then
        the central service (another store's order, contact details masked)."""
        code = "".join(number.split()).upper()[:40]
        if not code:
            return OrderLookup(code, problem=text(QT_TRANSLATE_NOOP(
                "Messages", "Type or scan an order or receipt number.")))
        store = self.context.store
        if store is not None:
            def read(conn):
                order_id = orders.find_order_id(conn, code)
                return orders.load(conn, order_id) if order_id else None
            detail = await self._read(read)
            if detail is not None and _complete(detail):
                return OrderLookup(code, detail, Source.CACHE)
            return await self._online(code, cached=detail)
        return await self._online(code, cached=None)

    async def _online(self, code: str, *, cached: wire.OrderDetail | None) -> OrderLookup:
        client, store_id = self.context.client, self.context.store_id
        try:
            if client is None or not store_id:
                raise errors.Unreachable(text(QT_TRANSLATE_NOOP(
                    "Messages", "Not connected to the central service.")))
            detail = await client.order_detail(store_id, code)
        except errors.Unreachable:
            if cached is not None:
                return OrderLookup(code, cached, Source.CACHE)
            return OrderLookup(
                code, offline=True,
                problem=text(QT_TRANSLATE_NOOP(
                    "Messages", "Order {order} is not in this store's data, and the central "
                    "service cannot be reached: it is not available offline. Try again when the "
                    "connection is back."), order=code))
        except errors.NotFound as exc:
            return OrderLookup(code, problem=exc.message)
        except errors.ApiError as exc:
            if cached is not None:
                return OrderLookup(code, cached, Source.CACHE)
            return OrderLookup(code, problem=exc.message)
        return OrderLookup(code, detail, Source.SERVICE)

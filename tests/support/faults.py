"""A fault-injecting httpx transport: the network misbehaving between the app and the service.

Each request takes the next fault from a plan (or from a function). Faults that matter for
"never lose, never duplicate a write" include the nasty one: the request reaches the server and
is applied, but the answer is lost on the way back (``"lose-answer"``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Iterator

import httpx

FAULTS = ("ok", "500", "timeout", "reset", "lose-answer", "truncate", "slow", "garbage")
#: not a fault: the whole answer, delivered in odd-sized pieces (as a slow link does)
FRAGMENT = "fragment"


class _Fragments(httpx.AsyncByteStream):
    """``body`` in pieces of 1, 2, 3 … 997 bytes, repeating: line ends fall anywhere."""

    def __init__(self, body: bytes) -> None:
        self.body = body

    async def __aiter__(self):
        start, size = 0, 1
        while start < len(self.body):
            yield self.body[start : start + size]
            start += size
            size = size % 997 + 1


class FaultyTransport(httpx.AsyncBaseTransport):
    def __init__(self, plan: Iterable[str] | Callable[[httpx.Request], str] = ()) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self._plan: Iterator[str] | None = None
        self._choose: Callable[[httpx.Request], str] | None = None
        if callable(plan):
            self._choose = plan
        else:
            self._plan = iter(plan)
        self.seen: list[tuple[str, str]] = []  # (path, fault) in order
        self.offline = False

    def _next(self, request: httpx.Request) -> str:
        if self.offline:
            return "reset"
        if self._choose is not None:
            return self._choose(request)
        return next(self._plan, "ok") if self._plan is not None else "ok"

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        fault = self._next(request)
        self.seen.append((request.url.path, fault))
        if fault == "500":
            return httpx.Response(500, json={"detail": "injected failure"}, request=request)
        if fault == "timeout":
            raise httpx.ReadTimeout("injected timeout", request=request)
        if fault == "reset":
            raise httpx.ConnectError("[Errno 111] Connection refused (injected)", request=request)
        if fault == "slow":
            await asyncio.sleep(0.2)
        response = await self.inner.handle_async_request(request)
        if fault == "lose-answer":
            await response.aread()
            await response.aclose()
            raise httpx.ReadError("injected: connection dropped after the request", request=request)
        if fault == "truncate":
            body = await response.aread()
            await response.aclose()
            cut = body[: max(1, len(body) // 2)]
            return httpx.Response(response.status_code, headers={"content-type":
                                  response.headers.get("content-type", "")}, content=cut,
                                  request=request)
        if fault == FRAGMENT:
            body = await response.aread()
            await response.aclose()
            return httpx.Response(response.status_code, headers=response.headers,
                                  stream=_Fragments(body), request=request)
        if fault == "garbage":
            await response.aread()
            await response.aclose()
            return httpx.Response(200, content=b'{"changes": [{"seq": "x"', request=request)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()

"""What the service accepts as a request body: bounded in size, in time, and valid text.

A pure ASGI middleware, so it acts before any route (or FastAPI itself) reads a byte:

* a body larger than :data:`MAX_BODY_BYTES` is refused with 413 — at once when its
  Content-Length says so (the body is never read), or as soon as a chunked body passes the
  limit (the rest is never read);
* a body that stops arriving for :data:`BODY_IDLE_SECONDS`, or is still incomplete after
  :data:`BODY_TOTAL_SECONDS`, is cut off with 408 (uvicorn's own timeouts only cover idle
  connections between requests, never a half-sent body);
* a JSON body must be UTF-8 without lone surrogates (``"\\ud800"`` is valid JSON syntax but
  no character: the database cannot store it and a handler would crash on it), else 422;
* no text anywhere (body, path, query) may hold the NUL character (``\\u0000``, ``%00``): no
  person types it, PostgreSQL cannot store it in text, and a SQLite file would keep it to
  confuse every C string it reaches; 422 on either backend.

Each refusal is a sentence in ``{"detail": ...}`` like every other error, and the connection is
closed after a 413 or 408 so that nothing more of that body is read. Once the body has been
read whole, or the route has started its answer, ``receive`` is passed through untouched: the
snapshot's streaming response waits on it for a disconnect, for as long as the stream runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.message
import json
import re
import time
from dataclasses import dataclass
from typing import NoReturn

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text

from .errors import body

#: A push is at most 100 mutations of a few KB each; this leaves ample room.
MAX_BODY_BYTES = 2 * 1024 * 1024
#: No byte of the body for this long: the client has stalled.
BODY_IDLE_SECONDS = 15.0
#: The whole body must have arrived by then (the largest body at ~35 KB/s).
BODY_TOTAL_SECONDS = 60.0


def too_large(limit: int) -> Text:
    """The refusal of a body larger than ``limit`` bytes."""
    return text(QT_TRANSLATE_NOOP(
        "Messages", "The request is too large: the central service accepts at most {limit} in "
        "one request. Send fewer changes at a time."), limit=_size(limit))


TOO_SLOW = text(QT_TRANSLATE_NOOP(
    "Messages", "The request arrived too slowly and was stopped. Check the network connection "
    "and try again."))
NOT_UTF8 = text(QT_TRANSLATE_NOOP(
    "Messages", "The request body is not valid UTF-8 text. Send the JSON encoded as UTF-8."))
NUL_CHARACTER = text(QT_TRANSLATE_NOOP(
    "Messages", "The request has text with a NUL character (\\u0000 or %00), which no field "
    "may hold. Remove it and send the request again."))
LONE_SURROGATE = text(QT_TRANSLATE_NOOP(
    "Messages", "The request body has text that is not valid Unicode (a lone surrogate such as "
    "\\ud800). Correct the text and send it again."))


@dataclass(frozen=True)
class BodyLimits:
    max_bytes: int = MAX_BODY_BYTES
    idle_seconds: float = BODY_IDLE_SECONDS
    total_seconds: float = BODY_TOTAL_SECONDS


class BodyGuard:
    """Refuse request bodies that are too large, too slow or not valid text (see the module)."""

    def __init__(self, app: ASGIApp, limits: BodyLimits | None = None) -> None:
        self.app = app
        self.limits = limits or BodyLimits()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await _Exchange(self.app, self.limits, scope, receive, send).run()


class _Answered(Exception):
    """The guard has answered the request itself; the route must not."""


class _Exchange:
    """One request: counts and times its body as the app reads it."""

    def __init__(
        self, app: ASGIApp, limits: BodyLimits, scope: Scope, receive: Receive, send: Send
    ) -> None:
        self.app, self.limits, self.scope = app, limits, scope
        self._receive, self._send = receive, send
        headers = Headers(scope=scope)
        self.declared = _content_length(headers.get("content-length"))
        self.text = bytearray() if _is_json(headers.get("content-type")) else None
        self.deadline = time.monotonic() + limits.total_seconds
        self.received = 0
        self.body_done = False
        self.response_started = False
        self.answered = False

    async def run(self) -> None:
        if self.declared is not None and self.declared > self.limits.max_bytes:
            await self._answer(413, too_large(self.limits.max_bytes))
            return
        if "\x00" in self.scope.get("path", "") or _NUL_IN_QUERY.search(
                self.scope.get("query_string", b"")):
            await self._answer(422, NUL_CHARACTER, close=False)
            return
        with contextlib.suppress(_Answered):
            await self.app(self.scope, self.receive, self.send)

    async def receive(self) -> Message:
        if self.body_done or self.response_started or self.answered:
            return await self._receive()
        wait = min(self.limits.idle_seconds, self.deadline - time.monotonic())
        try:
            message = await asyncio.wait_for(self._receive(), timeout=max(wait, 0.0))
        except TimeoutError:
            await self._refuse(408, TOO_SLOW)
        if message["type"] != "http.request":  # the client went away
            self.body_done = True
            return message
        chunk = message.get("body", b"")
        self.received += len(chunk)
        if self.received > self.limits.max_bytes:
            await self._refuse(413, too_large(self.limits.max_bytes))
        if self.text is not None:
            self.text += chunk
        if not message.get("more_body", False):
            self.body_done = True
            if self.text and (problem := text_problem(bytes(self.text))):
                await self._refuse(422, problem, close=False)
        return message

    async def send(self, message: Message) -> None:
        if self.answered:  # the route's own answer to a request the guard refused
            return
        if message["type"] == "http.response.start":
            self.response_started = True
        await self._send(message)

    async def _refuse(self, status: int, detail: str, *, close: bool = True) -> NoReturn:
        await self._answer(status, detail, close=close)
        raise _Answered

    async def _answer(self, status: int, detail: str, *, close: bool = True) -> None:
        content = json.dumps(body(detail), separators=(",", ":")).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(content)).encode()),
        ]
        if close:  # the rest of the body is never read: end the connection with the answer
            headers.append((b"connection", b"close"))
        self.answered = True
        await self._send({"type": "http.response.start", "status": status, "headers": headers})
        await self._send({"type": "http.response.body", "body": content})


# A JSON escape: \uXXXX (group 1) or a backslash and any one character. Matching them left to
# right keeps an escaped backslash (\\) from being read as the start of a \u escape.
_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|.)", re.DOTALL)
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_NUL_ESCAPE = re.compile(r"\\u0000")
_NUL_IN_QUERY = re.compile(rb"%00|\x00")


def text_problem(body: bytes) -> str | None:
    """Why ``body`` (JSON) is not valid text, as a sentence; None when it is."""
    try:
        text = body.decode("utf-8")  # strict: encoded surrogates are refused here too
    except UnicodeDecodeError:
        return NOT_UTF8
    if _SURROGATE_ESCAPE.search(text) and _has_lone_surrogate(text):
        return LONE_SURROGATE
    if _NUL_ESCAPE.search(text) and any(m.group(1) == "0000" for m in _ESCAPE.finditer(text)):
        return NUL_CHARACTER
    return None


def _has_lone_surrogate(text: str) -> bool:
    high_ended_at = -1  # where the escape of an unpaired high surrogate ended
    for match in _ESCAPE.finditer(text):
        code = int(match.group(1), 16) if match.group(1) else None
        if high_ended_at >= 0:
            if match.start() != high_ended_at or code is None or not 0xDC00 <= code <= 0xDFFF:
                return True
            high_ended_at = -1
        elif code is not None and 0xD800 <= code <= 0xDBFF:
            high_ended_at = match.end()
        elif code is not None and 0xDC00 <= code <= 0xDFFF:
            return True
    return high_ended_at >= 0


def _is_json(content_type: str | None) -> bool:
    """As FastAPI decides to parse a body as JSON (and a body without a type, as older ones)."""
    if not content_type:
        return True
    message = email.message.Message()
    message["content-type"] = content_type
    subtype = message.get_content_subtype()
    return message.get_content_maintype() == "application" and (
        subtype == "json" or subtype.endswith("+json")
    )


def _content_length(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return None


def _size(n: int) -> Text:
    megabyte = 1024 * 1024
    if n >= megabyte:
        whole = n % megabyte == 0
        return text(QT_TRANSLATE_NOOP("Messages", "{megabytes} MB"),
                    megabytes=n // megabyte if whole else f"{n / megabyte:g}")
    return text(QT_TRANSLATE_NOOP("Messages", "{bytes} bytes"), bytes=n)

"""Whatever the network does, the caller gets an ApiError with a sentence, never a raw exception."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from associate_app.api import errors
from associate_app.api.client import CentralClient
from store_contract import wire


def call(handler, coro_fn):
    async def go():
        transport = httpx.MockTransport(handler)
        async with CentralClient("http://central.test", transport=transport) as c:
            return await coro_fn(c)

    return asyncio.run(go())


def test_a_500_becomes_a_server_error_that_says_nothing_was_lost():
    with pytest.raises(errors.ServerError, match="Nothing was lost"):
        call(lambda r: httpx.Response(500, text="boom"), lambda c: c.health())


def test_a_timeout_means_unreachable_not_a_crash():
    def handler(request):
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(errors.Unreachable, match="did not answer in time"):
        call(handler, lambda c: c.health())


def test_connection_refused_means_unreachable():
    def handler(request):
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    with pytest.raises(errors.Unreachable, match="connection refused"):
        call(handler, lambda c: c.health())


def test_the_servers_sentence_reaches_the_person_on_a_401():
    detail = "That staff id and PIN do not match."
    with pytest.raises(errors.Unauthorized, match=detail):
        call(lambda r: httpx.Response(401, json={"detail": detail}),
             lambda c: c.sign_in("d", "s", "A1", "1234"))


def test_garbage_or_the_wrong_shape_is_a_server_error():
    with pytest.raises(errors.ServerError, match="cannot read"):
        call(lambda r: httpx.Response(200, content=b"<html>proxy login</html>"),
             lambda c: c.health())
    with pytest.raises(errors.ServerError, match="unexpected shape"):
        call(lambda r: httpx.Response(200, json={"hello": 1}),
             lambda c: c.sign_in("d", "s", "A1", "1234"))


def test_another_api_version_is_named_clearly():
    body = {"status": "ok", "service": "central-api", "api_version": wire.API_VERSION + 1}
    with pytest.raises(errors.VersionMismatch, match="Update the app"):
        call(lambda r: httpx.Response(200, json=body), lambda c: c.health())


def test_the_token_is_sent_as_a_bearer_token_after_sign_in():
    seen = []

    def handler(request):
        seen.append(request.headers.get("authorization"))
        if request.url.path == "/v1/sessions":
            return httpx.Response(200, json={
                "access_token": "tok", "expires_at": "2030-01-01T00:00:00Z",
                "staff": {"staff_id": "A1001", "name": "Sam", "role": "associate",
                          "store_id": "S001"},
                "store": {"store_id": "S001", "name": "Bristol", "city": "Bristol",
                          "address": "1 St", "latitude": 51.4, "longitude": -2.6},
            })
        return httpx.Response(200, json={"ok": True})

    async def flow(c):
        await c.sign_in("d", "s", "A1001", "1234")
        await c.get_json("/v1/me")

    call(handler, flow)
    assert seen == [None, "Bearer tok"]


def test_the_client_s_own_sentences_are_texts_for_the_window_to_translate():
    from store_contract.domain.text import Text

    def handler(request):
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    with pytest.raises(errors.Unreachable) as caught:
        call(handler, lambda c: c.health())
    said = caught.value.message
    assert isinstance(said, Text) and said.source.startswith("Cannot reach the central service")
    assert isinstance(said.values["reason"], Text)  # "connection refused", translated too
    with pytest.raises(errors.ServerError) as caught:
        call(lambda r: httpx.Response(502, text="bad gateway"), lambda c: c.health())
    assert isinstance(caught.value.message, Text) and caught.value.message.values == {
        "status": "502"}
    assert str(caught.value).startswith("The central service had a problem (HTTP 502).")

"""Typed async calls to the central API over httpx, on the qasync loop.

Every failure becomes one of :mod:`associate_app.api.errors` with a sentence for a person, so
callers never see a raw httpx exception or a traceback.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ValidationError

from associate_app.api import errors
from store_contract import wire, wire_loyalty, wire_security, wire_sync
from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text

#: seconds an idle connection to the service is kept for the next request
KEEPALIVE_S = 50.0

T = TypeVar("T", bound=BaseModel)

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=3.0)


class CentralClient:
    """One server; ``token`` is set after sign-in and sent as a bearer token."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        #: called whenever the service says this device was removed from the store (any call:
        #: a sign-in, a refresh, a manager's screen, a sync), before DeviceRevoked is raised
        self.on_device_revoked: list[Callable[[], None]] = []
        self._http = httpx.AsyncClient(
            base_url=self.base_url, timeout=timeout, transport=transport,
            headers={"User-Agent": "store-associate/0.1"},
            # keep the connection between syncs (every 30 s): under the service's 65 s and a
            # load balancer's usual 60 s, so the other side never closes it first
            limits=httpx.Limits(keepalive_expiry=KEEPALIVE_S),
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> CentralClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- calls -------------------------------------------------------------------------------

    async def health(self) -> wire.Health:
        health = await self._get("/healthz", wire.Health, auth=False)
        if health.api_version != wire.API_VERSION:
            raise errors.VersionMismatch(text(QT_TRANSLATE_NOOP(
                "Messages", "The central service speaks API version {theirs} but this app "
                "speaks version {ours}. Update the app (or ask IT to)."),
                theirs=health.api_version, ours=wire.API_VERSION))
        return health

    async def enrol(self, enrolment_code: str, device_name: str) -> wire.EnrolResponse:
        body = wire.EnrolRequest(enrolment_code=enrolment_code, device_name=device_name)
        return await self._post("/v1/devices/enrol", body, wire.EnrolResponse, auth=False)

    async def sign_in(
        self, device_id: str, device_secret: str, staff_id: str, pin: str
    ) -> wire.SessionOut:
        body = wire.SignInRequest(
            device_id=device_id, device_secret=device_secret, staff_id=staff_id, pin=pin
        )
        session = await self._post("/v1/sessions", body, wire.SessionOut, auth=False)
        self.token = session.access_token
        return session

    async def sign_out(self) -> None:
        await self._request("DELETE", "/v1/sessions/current")
        self.token = None

    async def revoke_token(self, token: str) -> None:
        """End a session other than the current one (the person before a switch)."""
        try:
            response = await self._http.request(
                "DELETE", "/v1/sessions/current", headers={"Authorization": f"Bearer {token}"})
        except httpx.HTTPError as exc:
            raise errors.Unreachable(text(QT_TRANSLATE_NOOP(
                "Messages", "Cannot reach the central service ({reason})."),
                reason=_reason(exc))) from exc
        self._decode(response)

    # -- customers of the whole chain -------------------------------------------------------

    async def search_chain(self, store_id: str, query: str) -> wire.ChainSearchResult:
        data = await self._request("GET", f"/v1/stores/{store_id}/customer-search",
                                   params={"q": query[:200]})
        return _parse(wire.ChainSearchResult, data)

    async def link_customer(self, store_id: str, customer_id: str, reason: str,
                            card_number: str | None = None) -> wire.LinkResult:
        body = wire_security.LinkRequest(reason=reason, card_number=card_number or None)
        data = await self._request("POST", f"/v1/stores/{store_id}/customers/{customer_id}/link",
                                   json_body=body.model_dump(mode="json"))
        return _parse(wire.LinkResult, data)

    # -- one order of any channel and store (issue 13) ------------------------------------------

    async def order_detail(self, store_id: str, number: str) -> wire.OrderDetail:
        """An order by its order or receipt number; NotFound (with the service's sentence)."""
        data = await self._request("GET", f"/v1/stores/{store_id}/orders/"
                                          f"{quote(number[:40], safe='')}")
        return _parse(wire.OrderDetail, data)

    # -- the loyalty programme (issue 14) -------------------------------------------------------

    async def send_presence_code(self, store_id: str,
                                 customer_id: str) -> wire_loyalty.PresenceCodeOut:
        """A one-time code sent to the customer's phone (never answered here)."""
        data = await self._request(
            "POST", f"/v1/stores/{store_id}/customers/{quote(customer_id, safe='')}"
                    "/presence-code")
        return _parse(wire_loyalty.PresenceCodeOut, data)

    # -- security (managers) --------------------------------------------------------------------

    async def refresh(self) -> wire_security.RefreshOut:
        out = _parse(wire_security.RefreshOut, await self._request("POST", "/v1/sessions/refresh"))
        self.token = out.access_token
        return out

    async def audit(self, store_id: str, before: int | None = None) -> wire_security.AuditPage:
        params = {"before": before} if before is not None else None
        data = await self._request("GET", f"/v1/stores/{store_id}/audit", params=params)
        return _parse(wire_security.AuditPage, data)

    async def devices(self, store_id: str) -> list[wire_security.DeviceOut]:
        data = await self._request("GET", f"/v1/stores/{store_id}/devices")
        if not isinstance(data, list):
            raise errors.ServerError(text(QT_TRANSLATE_NOOP(
                "Messages", "The central service sent an unexpected list of devices.")))
        return [_parse(wire_security.DeviceOut, item) for item in data]

    async def revoke_device(self, store_id: str, device_id: str) -> wire_security.DeviceOut:
        data = await self._request("POST", f"/v1/stores/{store_id}/devices/{device_id}/revoke")
        return _parse(wire_security.DeviceOut, data)

    # -- sync ----------------------------------------------------------------------------------

    async def changes(self, store_id: str, cursor: int, limit: int) -> wire_sync.ChangesPage:
        with _sync_endpoint():
            data = await self._request("GET", f"/v1/stores/{store_id}/changes",
                                       params={"cursor": cursor, "limit": limit})
        return _parse(wire_sync.ChangesPage, data)

    async def push(self, store_id: str, request: wire_sync.PushRequest) -> wire_sync.PushResponse:
        with _sync_endpoint():
            return await self._post(f"/v1/stores/{store_id}/mutations", request,
                                    wire_sync.PushResponse)

    async def snapshot_blocks(self, store_id: str) -> AsyncIterator[bytes]:
        """The NDJSON snapshot as the bytes arrive (blocks cut anywhere, not at line ends: the
        caller splits them, off the event loop). Errors mid-stream become ApiErrors too."""
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        try:
            async with self._http.stream(
                "GET", f"/v1/stores/{store_id}/snapshot", headers=headers,
                timeout=httpx.Timeout(60.0, connect=3.0),
            ) as response:
                if not response.is_success:
                    await response.aread()
                    with _sync_endpoint():
                        self._decode(response)
                async for block in response.aiter_bytes():
                    if block:
                        yield block
        except httpx.TimeoutException as exc:
            raise errors.Unreachable(text(QT_TRANSLATE_NOOP(
                "Messages", "The central service at {url} stopped sending the snapshot."),
                url=self.base_url)) from exc
        except (httpx.TransportError, httpx.StreamError) as exc:
            raise errors.Unreachable(text(QT_TRANSLATE_NOOP(
                "Messages", "The connection to {url} broke during the snapshot ({reason})."),
                url=self.base_url, reason=_reason(exc))) from exc

    # -- plumbing ----------------------------------------------------------------------------

    async def get_json(self, path: str, *, params: dict[str, Any] | None = None) -> Any:
        return await self._request("GET", path, params=params)

    async def _get(self, path: str, model: type[T], *, auth: bool = True) -> T:
        return _parse(model, await self._request("GET", path, auth=auth))

    async def _post(self, path: str, body: BaseModel, model: type[T], *, auth: bool = True) -> T:
        data = await self._request("POST", path, json_body=body.model_dump(mode="json"), auth=auth)
        return _parse(model, data)

    async def _request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json_body: Any = None,
        auth: bool = True,
    ) -> Any:
        headers = {}
        if auth and self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            response = await self._http.request(
                method, path, params=params, json=json_body, headers=headers
            )
        except httpx.TimeoutException as exc:
            raise errors.Unreachable(text(QT_TRANSLATE_NOOP(
                "Messages", "The central service at {url} did not answer in time."),
                url=self.base_url)) from exc
        except (httpx.TransportError, httpx.StreamError) as exc:
            raise errors.Unreachable(text(QT_TRANSLATE_NOOP(
                "Messages", "Cannot reach the central service at {url} ({reason})."),
                url=self.base_url, reason=_reason(exc))) from exc
        return self._decode(response)

    def _decode(self, response: httpx.Response) -> Any:
        try:
            return _decode(response)
        except errors.DeviceRevoked:
            for listener in list(self.on_device_revoked):
                listener()
            raise


@contextlib.contextmanager
def _sync_endpoint():
    """A 404 from a sync route means the service does not speak sync, not a missing record."""
    try:
        yield
    except errors.NotFound as exc:
        raise errors.VersionMismatch(text(QT_TRANSLATE_NOOP(
            "Messages", "The central service does not offer sync (it may be an older version). "
            "The app keeps working offline; ask IT to update the service."))) from exc


def _reason(exc: Exception) -> str:
    """Why the network failed, in words the person's language has (the network library's own
    English only for what none of these says)."""
    said = str(exc) or type(exc).__name__
    lowered = said.lower()
    if "refused" in lowered:
        return text(QT_TRANSLATE_NOOP("Messages", "connection refused"))
    if any(w in lowered for w in ("name or service not known", "nodename nor servname",
                                  "getaddrinfo", "name resolution", "no address associated")):
        return text(QT_TRANSLATE_NOOP("Messages", "the server's name was not found"))
    if isinstance(exc, httpx.TimeoutException):
        return text(QT_TRANSLATE_NOOP("Messages", "no answer in time"))
    if "unreachable" in lowered:
        return text(QT_TRANSLATE_NOOP("Messages", "the network cannot reach the server"))
    if isinstance(exc, httpx.ConnectError):
        return text(QT_TRANSLATE_NOOP("Messages", "the connection could not be made"))
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError,
                        httpx.StreamError)):
        return text(QT_TRANSLATE_NOOP("Messages", "the connection broke"))
    return said.splitlines()[0][:120]  # the network library's words (English)


_STATUS_ERRORS: dict[int, type[errors.ApiError]] = {
    400: errors.InvalidRequest,
    401: errors.Unauthorized,
    403: errors.Forbidden,
    404: errors.NotFound,
    408: errors.Unreachable,  # the request was too slow to arrive: as if the link dropped
    409: errors.InvalidRequest,
    413: errors.InvalidRequest,
    422: errors.InvalidRequest,
    429: errors.RateLimited,
}


def _decode(response: httpx.Response) -> Any:
    if response.status_code == 204:
        return None
    try:
        data = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        data = None
    if response.is_success:
        if data is None and response.content:
            raise errors.ServerError(text(QT_TRANSLATE_NOOP(
                "Messages", "The central service sent an answer this app cannot read. Try "
                "again; if it keeps happening, tell IT.")), status=response.status_code)
        return data
    detail = data.get("detail") if isinstance(data, dict) else None
    if not isinstance(detail, str):
        detail = None
    elif isinstance(data, dict) and "text" in data:
        # the sentence's template and values, for the GUI to translate (English when unreadable)
        detail = Text.from_wire(data["text"]) or detail
    kind = _STATUS_ERRORS.get(response.status_code)
    if response.status_code == 401 and "device_revoked" in response.headers.get(
            "www-authenticate", ""):
        kind = errors.DeviceRevoked
    if kind is None:
        if response.status_code >= 500:
            raise errors.ServerError(
                detail or text(QT_TRANSLATE_NOOP(
                    "Messages", "The central service had a problem (HTTP {status}). Nothing was "
                    "lost; try again in a moment."), status=str(response.status_code)),
                status=response.status_code)
        kind = errors.ApiError
    raise kind(detail or text(QT_TRANSLATE_NOOP(
        "Messages", "The central service refused the request (HTTP {status})."),
        status=str(response.status_code)), status=response.status_code)


def _parse(model: type[T], data: Any) -> T:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise errors.ServerError(text(QT_TRANSLATE_NOOP(
            "Messages", "The central service answered in an unexpected shape ({shape}). The app "
            "and the service may be different versions."), shape=model.__name__)) from exc

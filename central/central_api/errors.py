"""Every error answers ``{"detail": "<a sentence a person can read>"}``, whatever went wrong,
and the OpenAPI document says so (:func:`document_errors`). Every such body is made by
:func:`body`: a sentence written as a :class:`~store_contract.domain.text.Text` also travels
as its template and values (``"text"``), for the app to show it in the person's language."""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import exc as sa_exc
from starlette.exceptions import HTTPException as StarletteHTTPException

from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text
from store_contract.wire import ErrorBody

log = logging.getLogger(__name__)

#: what the first part of a parameter's location is, in a sentence ("The {place} 'limit' ...")
_PLACES = {
    "query": text(QT_TRANSLATE_NOOP("Messages", "query parameter")),
    "path": text(QT_TRANSLATE_NOOP("Messages", "address part")),
    "header": text(QT_TRANSLATE_NOOP("Messages", "header")),
    "cookie": text(QT_TRANSLATE_NOOP("Messages", "cookie")),
    "body": text(QT_TRANSLATE_NOOP("Messages", "field")),
}
_VALUE = text(QT_TRANSLATE_NOOP("Messages", "value"))

_GENERIC = {
    400: text(QT_TRANSLATE_NOOP("Messages", "The request could not be understood.")),
    401: text(QT_TRANSLATE_NOOP("Messages", "Sign in first.")),
    403: text(QT_TRANSLATE_NOOP("Messages", "You are not allowed to do this.")),
    404: text(QT_TRANSLATE_NOOP("Messages", "There is nothing at this address.")),
    405: text(QT_TRANSLATE_NOOP("Messages", "This address does not accept that kind of request.")),
}


def body(detail: str) -> dict[str, Any]:
    """An error's JSON body: the sentence in English, and its template and values when it was
    written as a :class:`Text` (the app shows it in the person's language)."""
    out: dict[str, Any] = {"detail": str(detail)}
    if isinstance(detail, Text):
        out["text"] = detail.to_wire()
    return out


def sentence_of(exc: BaseException) -> str:
    """The sentence an exception carries for a person: its :class:`Text` (its single argument or
    its ``message``, as ``associate_app/gui/messages.py`` reads it) or else ``str(exc)``.
    (``str(exc)`` alone would give the English reading and lose the template.)"""
    for carried in (getattr(exc, "message", None), getattr(exc, "reason", None),
                    exc.args[0] if len(exc.args) == 1 else None):
        if isinstance(carried, Text):
            return carried
    return str(exc)


def joined(sentences: list[str]) -> str:
    """Sentences one after the other, as one :class:`Text` (each keeps its own template)."""
    if not sentences:
        return ""
    if len(sentences) == 1:
        return sentences[0]
    return text(QT_TRANSLATE_NOOP("Messages", "{first} {then}"),
                first=sentences[0], then=joined(sentences[1:]))


def _field_message(error: dict[str, Any]) -> Text:
    loc = [str(part) for part in error.get("loc", ())]
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "json_invalid":
        return text(QT_TRANSLATE_NOOP("Messages", "The request body is not valid JSON."))
    if loc == ["body"]:
        return _body_message(kind, error)
    place = _PLACES.get(loc[0], _VALUE) if loc else _VALUE
    name = ".".join(loc[1:]) or (loc[0] if loc else "request")
    at = {"place": place, "name": name}
    if kind == "missing":
        return text(QT_TRANSLATE_NOOP("Messages", "The {place} '{name}' is required."), **at)
    if kind == "string_pattern_mismatch":
        return text(QT_TRANSLATE_NOOP(
            "Messages", "The {place} '{name}' has characters that are not allowed here."), **at)
    if kind == "string_too_short":
        return text(QT_TRANSLATE_NOOP(
            "Messages", "The {place} '{name}' must be at least {min} characters long."),
            **at, min=_number(ctx.get("min_length")))
    if kind == "string_too_long":
        return text(QT_TRANSLATE_NOOP(
            "Messages", "The {place} '{name}' must be at most {max} characters long."),
            **at, max=_number(ctx.get("max_length")))
    if kind in ("int_parsing", "int_type", "int_parsing_size", "int_from_float"):
        return text(QT_TRANSLATE_NOOP("Messages", "The {place} '{name}' must be a whole number."),
                    **at)
    if kind == "greater_than_equal" and ctx.get("ge") == 0:
        return text(QT_TRANSLATE_NOOP("Messages", "The {place} '{name}' cannot be negative."),
                    **at)
    if kind == "greater_than_equal":
        return text(QT_TRANSLATE_NOOP("Messages", "The {place} '{name}' must be at least {min}."),
                    **at, min=_number(ctx.get("ge")))
    if kind == "greater_than":
        return text(QT_TRANSLATE_NOOP("Messages",
                                      "The {place} '{name}' must be more than {limit}."),
                    **at, limit=_number(ctx.get("gt")))
    if kind == "less_than_equal":
        return text(QT_TRANSLATE_NOOP("Messages", "The {place} '{name}' must be at most {max}."),
                    **at, max=_number(ctx.get("le")))
    if kind == "less_than":
        return text(QT_TRANSLATE_NOOP("Messages",
                                      "The {place} '{name}' must be less than {limit}."),
                    **at, limit=_number(ctx.get("lt")))
    if kind == "too_short":
        return text(QT_TRANSLATE_NOOP(
            "Messages", "The {place} '{name}' has too few items: it needs at least {min}."),
            **at, min=_number(ctx.get("min_length")))
    if kind == "too_long":
        return text(QT_TRANSLATE_NOOP(
            "Messages", "The {place} '{name}' has too many items: it takes at most {max}."),
            **at, max=_number(ctx.get("max_length")))
    if kind == "string_unicode":
        return text(QT_TRANSLATE_NOOP(
            "Messages", "The {place} '{name}' has text that is not valid Unicode."), **at)
    return text(QT_TRANSLATE_NOOP("Messages", "The {place} '{name}' is not valid: {problem}."),
                **at, problem=_problem(error))


def _body_message(kind: str, error: dict[str, Any]) -> Text:
    """What is wrong with the request body as a whole (not one of its fields)."""
    if kind == "missing":
        return text(QT_TRANSLATE_NOOP("Messages", "The request body is required."))
    if kind == "string_unicode":
        return text(QT_TRANSLATE_NOOP("Messages",
                                      "The request body has text that is not valid Unicode."))
    return text(QT_TRANSLATE_NOOP("Messages", "The request body is not valid: {problem}."),
                problem=_problem(error))


def _problem(error: dict[str, Any]) -> str:
    """Pydantic's own words for a problem no sentence above fits (English: its message)."""
    return str(error.get("msg", "")).rstrip(".").lower()


def _number(value: object) -> object:
    """A limit as a sentence's value: a whole number as such (the app writes it the locale's
    way), anything else as it reads."""
    return value if isinstance(value, int) and not isinstance(value, bool) else str(value)


#: What a device is told while the database cannot be reached (503, with Retry-After).
DATABASE_AWAY = text(QT_TRANSLATE_NOOP(
    "Messages", "The central service cannot reach its database just now. Nothing was lost: "
    "the device keeps its changes and sends them when the service is back."))
DATABASE_RETRY_AFTER_S = 5
#: What a device is told while the service has more requests than database connections.
SERVICE_BUSY = text(QT_TRANSLATE_NOOP(
    "Messages", "The central service is busy just now. Nothing was lost: the device keeps its "
    "changes and sends them again in a few seconds."))
#: What a device is told when the service failed in a way nobody foresaw (500).
CRASHED = text(QT_TRANSLATE_NOOP(
    "Messages", "Something went wrong on the central service. Try again; if it keeps "
    "happening, tell IT what you were doing."))


def install(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else None
        if not detail or detail in ("Not Found", "Method Not Allowed"):
            detail = _GENERIC.get(exc.status_code,
                                  text(QT_TRANSLATE_NOOP("Messages", "The request failed.")))
        return JSONResponse(
            body(detail), status_code=exc.status_code, headers=getattr(exc, "headers", None)
        )

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        messages = list(dict.fromkeys(_field_message(e) for e in exc.errors()))
        return JSONResponse(body(joined(messages[:3])), status_code=422)

    @app.exception_handler(sa_exc.TimeoutError)
    async def too_busy(request: Request, exc: Exception) -> JSONResponse:
        # every connection of this worker's pool is taken (requests queued behind the write
        # lock): nothing was written; the device tries again a little later
        log.warning("no database connection free on %s %s", request.method, request.url.path)
        return JSONResponse(
            body(SERVICE_BUSY), status_code=503,
            headers={"Retry-After": str(DATABASE_RETRY_AFTER_S)})

    @app.exception_handler(sa_exc.OperationalError)
    async def database_away(request: Request, exc: Exception) -> JSONResponse:
        # The database is unreachable, restarting or out of connections: nothing was written
        # (the transaction did not commit); the device keeps its changes and tries again.
        log.warning("database unavailable on %s %s: %s", request.method, request.url.path,
                    str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return JSONResponse(
            body(DATABASE_AWAY), status_code=503,
            headers={"Retry-After": str(DATABASE_RETRY_AFTER_S)})

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse(body(CRASHED), status_code=500)


# -- the OpenAPI document ------------------------------------------------------------------------

#: What an error status means, where an operation does not say more.
ERROR_MEANINGS: dict[int, str] = {
    401: "No valid staff session: sign in (again).",
    403: "This session's store or role may not do this.",
    404: "There is no such item (the sentence says which).",
    408: "The request body arrived too slowly and was cut off.",
    413: "The request body is larger than the service accepts.",
    422: "A parameter or field is not valid, or the body is not valid text: the sentence says "
    "which.",
    500: "The central service failed. Try again; tell IT if it keeps happening.",
    503: "The service's database cannot be reached just now, or the service is too busy; try "
    "again after Retry-After seconds. Nothing was written.",
}
_ERROR_HEADERS = {
    "401": {"WWW-Authenticate": "Bearer, when the session is missing or has ended."},
    "429": {"Retry-After": "Seconds to wait before trying again."},
    "503": {"Retry-After": "Seconds to wait before trying again."},
}
_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
_REF = "#/components/schemas/"


def _can_be_invalid(parameter: dict[str, Any]) -> bool:
    schema = parameter.get("schema", {})
    plain_text = schema.get("type") == "string" and set(schema) <= {"type", "title", "description"}
    return parameter.get("in") != "path" or not plain_text


def _is_fastapi_default(response: dict[str, Any] | None) -> bool:
    return response is not None and "HTTPValidationError" in json.dumps(response)


def error_response(description: str) -> dict[str, Any]:
    """A route's ``responses=`` entry for an error it answers: a sentence in an ErrorBody."""
    return {"model": ErrorBody, "description": description}


def document_errors(openapi: dict[str, Any], *, store_scoped_prefix: str) -> dict[str, Any]:
    """Say in ``openapi`` (as FastAPI generated it) which errors each operation can answer, each
    with the one body the service really sends.

    Added wherever they apply: 500 and 503 (the database away) to every operation; 422 where a
    query parameter or a body can be invalid; 408 and 413 where there is a body (see
    :mod:`central_api.body_guard`); 401 and 403 (store scope, role) where a session is needed;
    404 where the path names an item (a customer, a product, a device) beyond
    ``store_scoped_prefix``. A route adds its own (429, a better description) with
    ``responses=``. FastAPI's default 422 (a list of validation errors) is replaced: every 4xx
    and 5xx body is an
    :class:`~store_contract.wire.ErrorBody`.
    """
    schemas = openapi.setdefault("components", {}).setdefault("schemas", {})
    name = ErrorBody.__name__
    schemas.setdefault(name, ErrorBody.model_json_schema(ref_template=_REF + "{model}"))
    error_content = {"application/json": {"schema": {"$ref": _REF + name}}}
    for path, item in openapi.get("paths", {}).items():
        scope_end = len(store_scoped_prefix) if path.startswith(store_scoped_prefix) else 0
        for method, operation in item.items():
            if method not in _METHODS:
                continue
            responses = operation.setdefault("responses", {})
            has_body = "requestBody" in operation
            codes = {500, 503}
            if has_body or any(map(_can_be_invalid, operation.get("parameters", ()))):
                codes.add(422)
            elif _is_fastapi_default(responses.get("422")):  # a bare path string is never invalid
                del responses["422"]
            if has_body:
                codes |= {408, 413}
            if operation.get("security"):
                codes |= {401, 403}
            if "{" in path[scope_end:]:
                codes.add(404)
            for code in codes:
                responses.setdefault(str(code), {"description": ERROR_MEANINGS[code]})
            operation["responses"] = responses = dict(sorted(responses.items()))
            for code, response in responses.items():
                if code[:1] not in ("4", "5"):
                    continue
                if response.get("description") in (None, "", "Validation Error"):
                    response["description"] = ERROR_MEANINGS.get(int(code), "The request failed.")
                response["content"] = error_content
                for header, meaning in _ERROR_HEADERS.get(code, {}).items():
                    response.setdefault("headers", {})[header] = {
                        "description": meaning,
                        "schema": {"type": "string"},
                    }
    if f'"{_REF}HTTPValidationError"' not in json.dumps(openapi):
        schemas.pop("HTTPValidationError", None)
        schemas.pop("ValidationError", None)
    return openapi

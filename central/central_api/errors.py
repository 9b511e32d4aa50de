"""Every error answers ``{"detail": "<a sentence a person can read>"}``, whatever went wrong,
and the OpenAPI document says so (:func:`document_errors`)."""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import exc as sa_exc
from starlette.exceptions import HTTPException as StarletteHTTPException

from store_contract.wire import ErrorBody

log = logging.getLogger(__name__)

_PLACES = {
    "query": "query parameter",
    "path": "address part",
    "header": "header",
    "cookie": "cookie",
    "body": "field",
}

_GENERIC = {
    400: "The request could not be understood.",
    401: "Sign in first.",
    403: "You are not allowed to do this.",
    404: "There is nothing at this address.",
    405: "This address does not accept that kind of request.",
}


def _field_message(error: dict[str, Any]) -> str:
    loc = [str(part) for part in error.get("loc", ())]
    place = _PLACES.get(loc[0], "value") if loc else "value"
    name = ".".join(loc[1:]) or (loc[0] if loc else "request")
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        what = "is required"
    elif kind == "string_pattern_mismatch":
        what = "has characters that are not allowed here"
    elif kind == "string_too_short":
        what = f"must be at least {ctx.get('min_length')} characters long"
    elif kind == "string_too_long":
        what = f"must be at most {ctx.get('max_length')} characters long"
    elif kind in ("int_parsing", "int_type", "int_parsing_size", "int_from_float"):
        what = "must be a whole number"
    elif kind == "greater_than_equal" and ctx.get("ge") == 0:
        what = "cannot be negative"
    elif kind == "greater_than_equal":
        what = f"must be at least {_number(ctx.get('ge'))}"
    elif kind == "greater_than":
        what = f"must be more than {_number(ctx.get('gt'))}"
    elif kind == "less_than_equal":
        what = f"must be at most {_number(ctx.get('le'))}"
    elif kind == "less_than":
        what = f"must be less than {_number(ctx.get('lt'))}"
    elif kind == "too_short":
        what = f"must have at least {_items(ctx.get('min_length'))}"
    elif kind == "too_long":
        what = f"must have at most {_items(ctx.get('max_length'))}"
    elif kind == "string_unicode":
        what = "has text that is not valid Unicode"
    elif kind == "json_invalid":
        return "The request body is not valid JSON."
    else:
        what = "is not valid: " + str(error.get("msg", "")).rstrip(".").lower()
    if loc[:1] == ["body"] and len(loc) == 1:
        return f"The request body {what}."
    return f"The {place} '{name}' {what}."


def _number(value: object) -> str:
    return f"{value:,}" if isinstance(value, int) else str(value)


def _items(value: object) -> str:
    return "1 item" if value == 1 else f"{_number(value)} items"


#: What a device is told while the database cannot be reached (503, with Retry-After).
DATABASE_AWAY = ("The central service cannot reach its database just now. Nothing was lost: "
                 "the device keeps its changes and sends them when the service is back.")
DATABASE_RETRY_AFTER_S = 5
#: What a device is told while the service has more requests than database connections.
SERVICE_BUSY = ("The central service is busy just now. Nothing was lost: the device keeps its "
                "changes and sends them again in a few seconds.")


def install(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else None
        if not detail or detail in ("Not Found", "Method Not Allowed"):
            detail = _GENERIC.get(exc.status_code, "The request failed.")
        return JSONResponse(
            {"detail": detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None)
        )

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        messages = list(dict.fromkeys(_field_message(e) for e in exc.errors()))
        return JSONResponse({"detail": " ".join(messages[:3])}, status_code=422)

    @app.exception_handler(sa_exc.TimeoutError)
    async def too_busy(request: Request, exc: Exception) -> JSONResponse:
        # every connection of this worker's pool is taken (requests queued behind the write
        # lock): nothing was written; the device tries again a little later
        log.warning("no database connection free on %s %s", request.method, request.url.path)
        return JSONResponse(
            {"detail": SERVICE_BUSY}, status_code=503,
            headers={"Retry-After": str(DATABASE_RETRY_AFTER_S)})

    @app.exception_handler(sa_exc.OperationalError)
    async def database_away(request: Request, exc: Exception) -> JSONResponse:
        # The database is unreachable, restarting or out of connections: nothing was written
        # (the transaction did not commit); the device keeps its changes and tries again.
        log.warning("database unavailable on %s %s: %s", request.method, request.url.path,
                    str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return JSONResponse(
            {"detail": DATABASE_AWAY}, status_code=503,
            headers={"Retry-After": str(DATABASE_RETRY_AFTER_S)})

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse(
            {
                "detail": "Something went wrong on the central service. Try again; if it keeps "
                "happening, tell IT what you were doing."
            },
            status_code=500,
        )


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

"""Every error answers ``{"detail": "<a sentence a person can read>"}``, whatever went wrong."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

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
    elif kind in ("int_parsing", "int_type"):
        what = "must be a whole number"
    elif kind == "json_invalid":
        return "The request body is not valid JSON."
    else:
        what = "is not valid: " + str(error.get("msg", "")).rstrip(".").lower()
    if loc[:1] == ["body"] and len(loc) == 1:
        return f"The request body {what}."
    return f"The {place} '{name}' {what}."


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

"""The OpenAPI document tells the truth about errors: the statuses each operation can answer,
and the one error body the service sends for every one of them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from central_api.app import STORE_SCOPED_PREFIX, create_app

ERROR_REF = "#/components/schemas/ErrorBody"
METHODS = {"get", "put", "post", "delete", "patch"}


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> dict:
    app = create_app(tmp_path_factory.mktemp("openapi") / "central.sqlite3")
    try:
        return app.openapi()
    finally:
        app.state.engine.dispose()


def operations(document: dict) -> Iterator[tuple[str, str, dict]]:
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                yield method.upper(), path, operation


def test_every_error_is_a_sentence_in_one_error_body(document: dict) -> None:
    error_body = document["components"]["schemas"]["ErrorBody"]
    assert error_body["properties"]["detail"] == {"type": "string", "title": "Detail"}
    # (and, optional, the sentence's template and values for the app to translate it)
    assert set(error_body["properties"]) == {"detail", "text"}
    assert error_body["required"] == ["detail"]
    for method, path, operation in operations(document):
        for status, response in operation["responses"].items():
            if status[0] in "45":
                schema = response["content"]["application/json"]["schema"]
                assert schema == {"$ref": ERROR_REF}, f"{method} {path} {status}"
                assert response["description"], f"{method} {path} {status}"


def test_fastapis_list_shaped_validation_error_is_gone(document: dict) -> None:
    text = json.dumps(document)
    assert "HTTPValidationError" not in text
    assert "ValidationError" not in document["components"]["schemas"]


def test_each_operation_lists_the_errors_it_can_answer(document: dict) -> None:
    for method, path, operation in operations(document):
        codes = set(operation["responses"])
        where = f"{method} {path}"
        assert "500" in codes, where
        if "requestBody" in operation:
            assert {"408", "413", "422"} <= codes, where
        if any(p["in"] == "query" for p in operation.get("parameters", ())):
            assert "422" in codes, where
        if operation.get("security"):
            assert {"401", "403"} <= codes, where
        if path.startswith(STORE_SCOPED_PREFIX):
            assert "403" in codes, where
    sign_in = document["paths"]["/v1/sessions"]["post"]["responses"]
    assert "Retry-After" in sign_in["429"]["headers"]
    # every route that refuses too many tries says so (found by the conformance test's fuzzing)
    link = document["paths"][f"{STORE_SCOPED_PREFIX}/customers/{{customer_id}}/link"]["post"]
    assert "Retry-After" in link["responses"]["429"]["headers"]
    customer = document["paths"][f"{STORE_SCOPED_PREFIX}/customers/{{customer_id}}"]["get"]
    assert customer["responses"]["404"]["description"] == "No such customer for this store"


def test_a_path_of_plain_strings_is_never_said_to_be_invalid(document: dict) -> None:
    store = document["paths"][STORE_SCOPED_PREFIX]["get"]["responses"]
    assert "422" not in store  # its only parameter, the store id, is any text


def test_every_whole_number_parameter_has_a_documented_maximum(document: dict) -> None:
    for _, path, operation in operations(document):
        for parameter in operation.get("parameters", ()):
            schema = json.dumps(parameter["schema"])
            if '"integer"' in schema:
                assert '"maximum"' in schema, f"{path} {parameter['name']}"


def test_the_document_is_built_once_and_served_as_built(tmp_path: Path) -> None:
    app = create_app(tmp_path / "central.sqlite3")
    try:
        assert app.openapi() is app.openapi()
    finally:
        app.state.engine.dispose()

"""The central service keeps the promise of its OpenAPI document, checked by schemathesis.

The real service on loopback, a real store token (a device enrolled to S001, the demo manager
signed in), and schemathesis's whole run (coverage, fuzzing, stateful) over every operation of
the served ``/openapi.json``: no answer is a server error, every status code and content type
is documented, and every body matches its documented schema. Fixed seed, deterministic
generation: the same requests every run.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import schemathesis
from fastapi import FastAPI
from schemathesis.engine import Status, events, from_schema

from central_api.app import create_app
from store_contract.wire import DemoCredentials
from tests.support.central import new_central_db, running_central_service
from tests.support.store_token import store_token

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend

SEED = 20250314
CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
)
#: Operations that end the run's own session or device (sign-out, a token refresh that may
#: retire the old token, revoking a device — the stateful phase would find our own): they would
#: turn the rest of the run into 401s. Their errors are covered by their own tests.
SESSION_ENDING = (
    ("DELETE", "/v1/sessions/current"),
    ("POST", "/v1/sessions/refresh"),
    ("POST", "/v1/stores/{store_id}/devices/{device_id}/revoke"),
)


def conformance_failures(
    base_url: str, token: str, *, max_examples: int = 25, only_path: str | None = None
) -> list[str]:
    """Run schemathesis against the service; one readable paragraph per problem found.

    Also a problem: an operation that answered nothing but 401/403 (the token or the store in
    the path did not work, so nothing behind them was tested).
    """
    config = schemathesis.Config.from_dict(
        {
            "seed": SEED,
            "workers": 1,
            "headers": {"Authorization": f"Bearer {token}"},
            # The token's store: any other store is a 403 that tests nothing behind it.
            "parameters": {"store_id": DemoCredentials.STORE_ID},
            "generation": {"max-examples": max_examples, "deterministic": True},
            "checks": {"enabled": False, **{name: {"enabled": True} for name in CHECKS}},
        }
    )
    schema = schemathesis.openapi.from_url(f"{base_url}/openapi.json", config=config)
    for method, path in SESSION_ENDING:
        schema = schema.exclude(method=method, path=path)
    if only_path is not None:
        schema = schema.include(path=only_path)
    problems: list[str] = []
    statuses: dict[str, set[int]] = {}
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            recorder = event.recorder
            for case_id, interaction in recorder.interactions.items():
                if interaction.response is not None and case_id in recorder.cases:
                    label = recorder.cases[case_id].value.operation.label
                    statuses.setdefault(label, set()).add(interaction.response.status_code)
            for checks in recorder.checks.values():
                for check in checks:
                    if check.status == Status.FAILURE and check.failure_info is not None:
                        failure = check.failure_info.failure
                        problems.append(
                            f"{failure.operation}: {failure.title}\n{failure.message}\n"
                            f"{check.failure_info.code_sample}"
                        )
        elif isinstance(event, events.NonFatalError):
            problems.append(f"{event.label}: error while testing: {event.value!r}")
        elif isinstance(event, events.FatalError):
            problems.append(f"the run stopped: {event.exception!r}")
    for label, seen in sorted(statuses.items()):
        if seen <= {401, 403}:
            problems.append(f"{label}: answered only {sorted(seen)}: nothing behind it was tested")
    if not statuses:
        problems.append("no operation was called")
    return list(dict.fromkeys(problems))


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = new_central_db(tmp_path_factory.mktemp("conformance"))
    with running_central_service(db, customers=200, stores=3) as url:
        yield url


def test_every_operation_answers_as_its_openapi_document_says(service: str) -> None:
    token = store_token(service)
    problems = conformance_failures(service, token)
    assert not problems, f"{len(problems)} problems:\n\n" + "\n\n".join(problems)
    # the run must not have ended its own session half way (then most of it tested nothing)
    me = httpx.get(f"{service}/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200, "an operation of the run ended its session: exclude it"


def _with_a_crashing_route(db: str | Path) -> FastAPI:
    app = create_app(db)

    @app.get("/v1/crash", tags=["test"])
    def crash(n: int = 0) -> dict[str, int]:
        """A route with a bug: it divides by what it is given."""
        return {"share": 100 // n}

    return app


def test_the_conformance_run_reports_a_route_that_crashes(tmp_path: Path) -> None:
    db = new_central_db(tmp_path)
    with running_central_service(
        db, customers=20, stores=1, app_factory=_with_a_crashing_route
    ) as url:
        token = store_token(url)
        problems = conformance_failures(url, token, max_examples=5, only_path="/v1/crash")
    assert any(p.startswith("GET /v1/crash: Server error") for p in problems), problems

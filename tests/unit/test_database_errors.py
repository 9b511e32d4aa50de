"""While the database is away, or every connection of a worker's pool is taken, a request
answers 503 with Retry-After and a sentence that says which (issue 16): never a 500, never a
traceback, and the device keeps its changes."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from central_api import errors
from central_api.app import create_app
from store_contract.domain.text import Text


@pytest.fixture
def client(tmp_path):
    app = create_app(tmp_path / "central.sqlite3")

    @app.get("/test/away")
    def away() -> None:
        raise sa.exc.OperationalError("SELECT 1", {}, Exception("connection refused"))

    @app.get("/test/busy")
    def busy() -> None:
        raise sa.exc.TimeoutError("QueuePool limit of size 10 overflow 10 reached")

    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
    app.state.engine.dispose()


@pytest.mark.parametrize(("path", "sentence"), [("/test/away", errors.DATABASE_AWAY),
                                                ("/test/busy", errors.SERVICE_BUSY)])
def test_the_database_away_or_the_pool_full_is_a_503_to_try_again(client, path, sentence):
    answer = client.get(path)
    assert answer.status_code == 503
    assert answer.headers["Retry-After"] == str(errors.DATABASE_RETRY_AFTER_S)
    assert answer.json()["detail"] == sentence
    assert Text.from_wire(answer.json()["text"]) == sentence  # (the app shows it translated)
    assert "Nothing was lost" in sentence


def test_readiness_says_whether_the_database_answers(client, monkeypatch):
    assert client.get("/readyz").status_code == 200
    engine = client.app.state.engine

    def refuse(*_a, **_k):
        raise sa.exc.OperationalError("connect", {}, Exception("connection refused"))

    monkeypatch.setattr(engine, "connect", refuse)
    answer = client.get("/readyz")
    assert answer.status_code == 503 and answer.headers["Retry-After"]

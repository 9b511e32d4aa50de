from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.central import running_central_service


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real, seeded central service on loopback for this module's window tests."""
    db = tmp_path_factory.mktemp("central-gui") / "central.sqlite3"
    with running_central_service(db, customers=200, stores=3) as url:
        yield url


@pytest.fixture
def central_with_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, object]]:
    """A service of the test's own (tests change its data): (URL, database path)."""
    db = tmp_path_factory.mktemp("central-own") / "central.sqlite3"
    with running_central_service(db, customers=200, stores=3) as url:
        yield url, db

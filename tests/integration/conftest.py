from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.support.central import new_central_db, running_central_service

#: Fixed so the seeded data (and so the tests) never depend on the day they run.
SEED_NOW = datetime(2025, 3, 14, 15, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def central_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a real, seeded central service on loopback (one per test session)."""
    db = new_central_db(tmp_path_factory.mktemp("central"))
    with running_central_service(db, customers=200, stores=3) as url:
        yield url


@pytest.fixture
def fresh_central(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A service of this test's own (its data may be changed): (base URL, database path)."""
    db = new_central_db(tmp_path)
    with running_central_service(db, customers=200, stores=3) as url:
        yield url, db

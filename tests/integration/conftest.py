from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.support.central import running_central_service

#: Fixed so the seeded data (and so the tests) never depend on the day they run.
SEED_NOW = datetime(2025, 3, 14, 15, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def central_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a real, seeded central service on loopback (one per test session)."""
    db = tmp_path_factory.mktemp("central") / "central.sqlite3"
    with running_central_service(db, customers=200, stores=3) as url:
        yield url


@pytest.fixture
def fresh_central(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A service of this test's own (its data may be changed): (base URL, database path)."""
    db = tmp_path / "central.sqlite3"
    with running_central_service(db, customers=200, stores=3) as url:
        yield url, db

"""Timestamps as the pickup rules compare them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any


def as_datetime(value: Any) -> datetime | None:
    """A timestamp from a cache row (ISO text), the wire or the database, timezone-aware."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        dt = value
    else:
        dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)

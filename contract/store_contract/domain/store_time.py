"""The store's clock: "today" and "by day / by hour" mean the store's local time, wherever the
device's own clock is set. Times are kept in UTC everywhere else. No Qt, SQL or HTTP."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def store_zone(name: str | None) -> tzinfo:
    """The store's time zone from its IANA name (``stores.timezone``); the device's own zone
    when the name is missing (nothing synced yet) or unknown to this machine."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return datetime.now().astimezone().tzinfo or UTC


def day_start(moment: datetime, zone: tzinfo, days_back: int = 0) -> datetime:
    """The local midnight that starts ``moment``'s day in ``zone`` (``days_back`` days earlier),
    as an aware time in ``zone``. Counted in calendar days, so a DST change is a 23- or 25-hour
    day, as staff live it."""
    day = moment.astimezone(zone).date() - timedelta(days=days_back)
    return datetime.combine(day, time(0), tzinfo=zone)


def cache_text(moment: datetime) -> str:
    """A time as the cache stores it (UTC ISO-8601 with microseconds), so that comparing the
    text in SQL compares the times."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")

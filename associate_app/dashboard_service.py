"""What the Dashboard screen shows, as one plain async read (no Qt): how fulfilment is going in
this store, right now and over a chosen period, and how returns are going over that period.
Everything comes from the local cache, so it works offline; the rules are in
``domain/fulfilment_metrics.py`` and ``domain/returns_metrics.py``."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from associate_app.cache import fulfilment, returns_metrics, stores
from associate_app.cache.sync_state import has_store_data
from associate_app.screen_service import ScreenService
from store_contract.domain import fulfilment_metrics as metrics
from store_contract.domain import returns_metrics as rm
from store_contract.domain.store_time import store_zone


@dataclass(frozen=True)
class Dashboard:
    store_id: str
    store_name: str | None  # None: the cache has nothing of this store yet (no first sync)
    now: datetime
    period: metrics.Period | None = None
    right_now: metrics.RightNow | None = None
    totals: metrics.PeriodMetrics | None = None
    days: tuple[metrics.DayCounts, ...] = ()
    hours: tuple[int, ...] = ()
    returns: rm.ReturnsMetrics | None = None
    currency: str | None = None  # the store's (ISO 4217): of the value refunded

    @property
    def has_data(self) -> bool:
        return self.store_name is not None


class DashboardService(ScreenService):
    async def load(self, period_key: str = "today") -> Dashboard:
        """The dashboard for the period ``period_key`` (see ``fulfilment_metrics.PERIODS``),
        computed on the cache's reader thread."""
        if period_key not in metrics.PERIODS:
            raise ValueError(f"unknown period {period_key!r}")
        store_id, now = self.store_id, self.clock()
        return await self._read(lambda conn: read_dashboard(conn, store_id, period_key, now))


def read_dashboard(conn: sqlite3.Connection, store_id: str, period_key: str,
                   now: datetime) -> Dashboard:
    """The whole dashboard from the cache (on the thread that owns ``conn``)."""
    store = stores.find(conn, store_id)
    if store is None or not has_store_data(conn):  # before the first sync has finished
        return Dashboard(store_id, None, now)
    period = metrics.period_for(period_key, now, store_zone(store.timezone))
    facts = fulfilment.order_facts(conn, store_id, period.start)
    return Dashboard(
        store_id, store.name, now, period,
        right_now=fulfilment.right_now(conn, store_id, now),
        totals=metrics.period_metrics(facts, period),
        days=tuple(metrics.by_day(facts, period)),
        hours=tuple(metrics.by_hour(facts, period)),
        returns=rm.returns_metrics(returns_metrics.return_facts(conn, store_id, period.start),
                                   returns_metrics.sale_facts(conn, store_id, period.start),
                                   period),
        currency=stores.currency_of(conn, store_id),
    )

"""How returns are going in a store over the Dashboard's period: the rules behind its Returns
figures (issue 13). Pure Python (no Qt, SQL or HTTP); the cache gathers the facts
(``cache/returns_metrics.py``), the period is the fulfilment figures' own
(``fulfilment_metrics.Period``: whole local days of the store, ``start <= time < end``).

* **returns** — returns recorded at this store in the period (by when they were recorded,
  whatever the channel or age of the order; a decline at pickup is a return too), those made on
  this device and not yet synced included;
* **units returned** — the units on those returns;
* **units sold** — the units customers got (``returns.qty_bought``) on this store's orders of
  every channel placed in the period (a cancelled or not yet collected order sold nothing);
* **returns rate** — units returned over units sold in the period. The returned units may come
  from orders placed before the period, as retail counts it, so the rate can pass 100 % on a
  quiet day; with nothing sold it is ``None`` ("—");
* **value refunded** — the refunds of those returns, to the tender or as store credit, in the
  store's currency (minor units);
* **top reasons** — the reasons given, by units returned, most first (ties by reason code);
* **by channel** — returns by the channel of the order returned.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from store_contract.domain.fulfilment_metrics import Period, rate

#: how many reasons the Dashboard lists
TOP_REASONS = 3


@dataclass(frozen=True)
class ReturnFacts:
    return_id: str
    created_at: datetime | None
    channel: str | None  # of the order returned
    refund_cents: int
    lines: tuple[tuple[int, str | None], ...] = ()  # (units, reason)
    exchanged_cents: int | None = None  # an exchange: the replacements' value

    @property
    def units(self) -> int:
        return sum(qty for qty, _ in self.lines)


@dataclass(frozen=True)
class SaleFacts:
    """One order of the store: when it was placed and the units the customer got."""

    placed_at: datetime | None
    units: int


@dataclass(frozen=True)
class ReturnsMetrics:
    returns: int
    units_returned: int
    units_sold: int
    refunded_cents: int
    top_reasons: tuple[tuple[str, int], ...]  # (reason, units), most first
    by_channel: tuple[tuple[str, int], ...]  # (channel, returns), most first
    exchanges: int = 0  # of the returns, those made as exchanges
    exchanged_cents: int = 0  # the replacements they gave

    @property
    def returns_rate(self) -> float | None:
        return rate(self.units_returned, self.units_sold)


def returns_metrics(returns: Iterable[ReturnFacts], sales: Iterable[SaleFacts], period: Period,
                    top: int = TOP_REASONS) -> ReturnsMetrics:
    count = units = refunded = exchanges = exchanged = 0
    reasons: Counter[str] = Counter()
    channels: Counter[str] = Counter()
    for r in returns:
        if r.created_at not in period:
            continue
        count += 1
        units += r.units
        refunded += r.refund_cents
        if r.exchanged_cents is not None:
            exchanges += 1
            exchanged += r.exchanged_cents
        channels[r.channel or "unknown"] += 1
        for qty, reason in r.lines:
            reasons[reason or "unknown"] += qty
    sold = sum(s.units for s in sales if s.placed_at in period)

    def ranked(counter: Counter[str]) -> list[tuple[str, int]]:
        return sorted(((k, n) for k, n in counter.items() if n), key=lambda x: (-x[1], x[0]))

    return ReturnsMetrics(returns=count, units_returned=units, units_sold=sold,
                          refunded_cents=refunded, top_reasons=tuple(ranked(reasons)[:top]),
                          by_channel=tuple(ranked(channels)), exchanges=exchanges,
                          exchanged_cents=exchanged)

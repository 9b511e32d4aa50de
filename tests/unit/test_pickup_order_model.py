"""The pickup rules' typed order and its urgency, from whatever record each side keeps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from store_contract.domain import pickup

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


@dataclass
class CachedLine:  # the app's cache row has more than the rules need
    line_id: str
    product_id: str
    qty_ordered: int
    qty_picked: int
    qty_short: int
    ean13: str | None
    substitute_product_id: str | None
    allows_substitution: bool
    name: str
    unit_price_cents: int = 0


def test_an_order_is_read_from_a_cache_row_or_a_mapping_with_typed_lines():
    line = CachedLine("L1", "P1", 2, 1, 0, "5012345678900", None, True, "Mug")
    from_mapping = pickup.PickupOrder.of({
        "order_id": "O1", "status": "picking", "allow_substitutions": 0,
        "pickup_expires_at": "2026-05-08T12:00:00", "failed_code_attempts": None,
        "lines": [line]})
    assert from_mapping.lines == (pickup.PickLine("L1", "P1", 2, 1, 0, "5012345678900",
                                                  None, True, "Mug"),)
    assert from_mapping.allow_substitutions is False and from_mapping.failed_code_attempts == 0
    assert from_mapping.pickup_expires_at == datetime(2026, 5, 8, 12, tzinfo=UTC)
    assert from_mapping.line("L1").remaining == 1 and from_mapping.line("L9") is None
    assert pickup.PickupOrder.of(from_mapping) is from_mapping


def test_readiness_takes_the_order_or_its_lines():
    order = pickup.PickupOrder("O1", pickup.PICKING, (pickup.PickLine("L1", "P1", 2, 1, 1),))
    assert pickup.readiness(order) == pickup.readiness(order.lines)
    assert pickup.readiness(order).kind == "ready_with_shortages"


def test_urgency_is_late_past_the_promise_and_a_no_show_past_the_pickup_window():
    late = pickup.urgency(pickup.PICKING, (NOW - timedelta(minutes=5)).isoformat(), None, NOW)
    assert late == pickup.Urgency("late", timedelta(minutes=5), pickup.PICKING) and late.overdue
    kept = pickup.urgency(pickup.READY, None, NOW + timedelta(hours=3), NOW)
    assert kept.kind == "kept" and kept.span == timedelta(hours=3) and not kept.overdue
    assert pickup.urgency(pickup.READY, None, NOW, NOW).kind == "no_show"
    assert pickup.urgency(pickup.EXPIRED, None, None, NOW).overdue
    assert pickup.urgency(pickup.COLLECTED, None, None, NOW).kind == "other"

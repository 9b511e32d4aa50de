"""A return at the real window, with a keyboard-wedge scanner: a real X server (Xvfb), the app in
a process of its own on Qt's X11 plugin against a real central service on loopback, and xdotool
typing as a scanner does (a few ms a key, Shift for every capital, Enter after the code) and as
a person does (150 ms a key). Every action is an X key event; the test only watches what the
app says (tests/support/real_window.py).

The Returns page is reached by keyboard from an order's detail: Ctrl+O, the order scanned,
Ctrl+O again (back in its number field), Tab to Return items, Space.

In policy: an item scanned back counts one unit, an item of no line of the order is refused
and counts nothing; Ctrl+Return records the return, the app syncs it, and the central service
holds that one return with one unit (pressing Ctrl+Return again and syncing again adds
nothing).

Past the window: the order scanned on the Returns page opens there, its item scanned back, and
Ctrl+Return is refused until a manager approves: their badge scanned fills their id (and does
not sign them in), their PIN and a reason typed by a person, Ctrl+Return again; the service
holds the return approved by the manager.

Both on one visit of the page: a return, then the next customer's out-of-policy one, approved
by a manager (the page once left the approval box disabled after a return).

Skipped when Xvfb or xdotool is missing, unless ``STORE_ASSOCIATE_REQUIRE_XVFB=1`` (CI), where
that is a failure.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from central_api import storage
from tests.support.real_window import MANAGER
from tests.support.xvfb import PERSON_DELAY_MS, RealWindow, running_real_window

pytestmark = [pytest.mark.xvfb, pytest.mark.timeout(120)]

ASSOCIATE = "A1001"


@pytest.fixture
def real_window(tmp_path) -> Iterator[RealWindow]:
    with running_real_window(tmp_path) as window:
        yield window


def returns_on_server(db: Path, order_number: str) -> list[dict[str, Any]]:
    """The service's returns of the order, each with its lines (line id, qty)."""
    engine = storage.create_engine(db)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.text(
                "SELECT r.return_id, r.staff_id, r.approved_by, r.exception_reason, "
                "r.refund_method FROM returns r JOIN orders o ON o.order_id = r.order_id "
                "WHERE o.order_number = :n ORDER BY r.return_id"), {"n": order_number}
            ).mappings().all()
            found = []
            for row in rows:
                lines = conn.execute(sa.text(
                    "SELECT line_id, qty FROM return_lines WHERE return_id = :r "
                    "ORDER BY line_id"), {"r": row["return_id"]}).all()
                found.append({**row, "lines": [tuple(x) for x in lines]})
            return found
    finally:
        engine.dispose()


def returning(w: RealWindow) -> dict[str, int]:
    """Units coming back of each line of the order on the Returns page."""
    return {x["line_id"]: x["returning"] for x in w.state["returns_lines"]}


def tab_to(w: RealWindow, name: str, presses: int = 6) -> None:
    """A person pressing Tab until the widget ``name`` has the focus."""
    for _ in range(presses):
        if w.state["focus"] == name:
            return
        before = w.state["focus"]
        w.xdotool("key", "Tab")
        w.wait(f"the focus moved on from {before}",
               lambda w, before=before: w.state["focus"] != before)
    assert w.state["focus"] == name, f"Tab never reached {name}: {w.state}"


def start(w: RealWindow) -> None:
    main_window = w.ready["window"]
    w.focus(main_window)
    w.wait("the window active", lambda w: w.state.get("active_window") == main_window
           and w.state["focus"] == "customerSearch")


def open_returns_by_keyboard(w: RealWindow, order: dict[str, Any]) -> None:
    """Ctrl+O (Find an order), the order scanned: its detail shows with its lines focused (Tab
    moves between their cells there); Ctrl+O again, back in the number field, Tab to Return
    items, and Space presses it: the Returns page, on the order."""
    w.xdotool("key", "ctrl+o")
    w.wait("the order detail, its number field focused", lambda w: w.state["page"] == "order"
           and w.state["focus"] == "orderNumberField")
    w.scan(order["number"])
    w.wait("the order shown, that can come back", lambda w: w.state["detail_order"]
           == order["number"] and w.state["detail_can_return"])
    w.xdotool("key", "ctrl+o")
    w.wait("the number field focused again", lambda w: w.state["focus"] == "orderNumberField"
           and w.state["detail_order"] == order["number"])
    tab_to(w, "orderReturnButton")
    w.xdotool("key", "space")
    w.wait("the Returns page on the order", lambda w: w.state["page"] == "returns"
           and w.state["returns_order"] == order["number"]
           and len(w.state["returns_lines"]) == len(order["lines"]))
    assert set(returning(w).values()) == {0}
    assert "Scan each item coming back" in w.state["returns_message"]
    # the person puts the keyboard down and picks up the scanner: their Space (a printable key)
    # is never the first key of the next scan's burst
    time.sleep(0.3)


def return_in_policy(w: RealWindow, data: dict[str, Any]) -> dict[str, Any]:
    """One unit of the in-policy order's first line returned by scanning, refused stranger and
    all; its row at the service."""
    good, stranger = data["in_policy"], data["not_on_order"]
    # an item of the order scanned back: one unit of its line
    item = good["lines"][0]
    w.scan(item["ean13"])
    w.wait("one unit of the item coming back", lambda w: returning(w)[item["line_id"]] == 1)
    assert sum(returning(w).values()) == 1
    assert "1 × " in w.state["returns_message"] and "coming back" in w.state["returns_message"]

    # an item on no line of the order: said so, nothing counted
    w.scan(stranger)
    w.wait("the stranger refused", lambda w: f"{stranger}) is not on order {good['number']}"
           in w.state["returns_message"])
    assert returning(w) == {x["line_id"]: int(x is item) for x in good["lines"]}
    assert w.state["returns_recorded"] is None

    # Ctrl+Return (the table kept the focus: the page's shortcut is live)
    w.wait("the lines focused", lambda w: w.state["focus"] == "returnsLinesTable")
    assert not w.state["returns_manager_asked"], w.state["returns_problems"]
    w.xdotool("key", "ctrl+Return")
    w.wait("the return recorded", lambda w: w.state["returns_recorded"] is not None)
    w.wait("the return synced: the service's id shown", lambda w: w.state["returns_synced"]
           and w.state["returns_pending"] is False)
    return_id = w.state["returns_outcome"]
    assert not return_id.startswith("tmp-") and return_id != w.state["returns_recorded"]
    assert w.state["returns_message"].startswith("Return recorded")
    assert f"Return {return_id}." in w.state["returns_message"]
    (row,) = returns_on_server(w.central_db, good["number"])
    assert row["return_id"] == return_id and row["lines"] == [(item["line_id"], 1)]
    assert row["staff_id"] == ASSOCIATE and row["approved_by"] is None
    return row


def approve_past_window(w: RealWindow, data: dict[str, Any]) -> None:
    """The order past the window scanned on the Returns page, its item scanned back, refused
    without a manager, approved with the manager's badge, PIN and a reason, and recorded at
    the service with their approval."""
    late = data["past_window"]
    w.wait("the Returns page focused", lambda w: w.state["focus"] is not None
           and w.state["focus"].startswith("returns"))
    w.scan(late["number"])
    w.wait("the late order on the Returns page", lambda w: w.state["page"] == "returns"
           and w.state["returns_order"] == late["number"] and w.state["returns_recorded"] is None
           and len(w.state["returns_lines"]) == len(late["lines"]))
    late_item = late["lines"][0]
    w.scan(late_item["ean13"])
    w.wait("its item coming back, a manager asked for", lambda w: returning(w)[
        late_item["line_id"]] == 1 and w.state["returns_manager_asked"])
    assert "past the 30-day" in w.state["returns_problems"]
    assert w.state["returns_manager_enabled"], "the manager's approval box is disabled"

    # refused without a manager: nothing recorded
    w.wait("the lines focused", lambda w: w.state["focus"] == "returnsLinesTable")
    w.xdotool("key", "ctrl+Return")
    w.wait("a manager asked for", lambda w: "a manager types their id"
           in w.state["returns_message"] and not w.state["returns_busy"])
    assert w.state["returns_recorded"] is None
    assert returns_on_server(w.central_db, late["number"]) == []

    # the manager's badge fills their id (nobody is signed in or out by it)
    manager, pin = MANAGER
    w.scan(f"STAFF-{manager}")
    w.wait("the manager's id filled, the PIN focused", lambda w: w.state["returns_manager_id"]
           == manager and w.state["focus"] == "returnsManagerPin")
    assert w.state["page"] == "returns" and w.state["signed_in"] == ASSOCIATE
    # their PIN, Tab, and why, typed by a person
    w.type(pin + "\t", PERSON_DELAY_MS)
    w.wait("the PIN typed, the reason focused", lambda w: w.state["returns_pin_length"]
           == len(pin) and w.state["focus"] == "returnsExceptionReason")
    reason = "Customer was abroad"
    w.type(reason, PERSON_DELAY_MS)
    w.wait("the reason typed", lambda w: w.state["returns_exception_reason"] == reason)
    assert w.scans[-1] == f"STAFF-{manager}"  # a person's typing: no scan
    w.xdotool("key", "ctrl+Return")
    w.wait("the approved return recorded and synced", lambda w: w.state["returns_recorded"]
           is not None and w.state["returns_synced"] and w.state["returns_pending"] is False)
    late_id = w.state["returns_outcome"]
    (row,) = returns_on_server(w.central_db, late["number"])
    assert row["return_id"] == late_id and row["lines"] == [(late_item["line_id"], 1)]
    assert row["approved_by"] == manager and row["staff_id"] == ASSOCIATE
    assert row["exception_reason"] == reason
    assert w.state["signed_in"] == ASSOCIATE


def test_a_return_in_policy_scanned_back_at_the_real_window_is_recorded_once(real_window):
    w = real_window
    data = w.ready["data"]["returns"]
    start(w)
    open_returns_by_keyboard(w, data["in_policy"])
    row = return_in_policy(w, data)

    # Ctrl+Return again and a sync (F5): still that one return, one unit
    syncs = w.state["syncs"]
    w.xdotool("key", "ctrl+Return")
    w.xdotool("key", "F5")
    w.wait("another sync, nothing waiting", lambda w: w.state["syncs"] > syncs
           and w.state["pending_text"] == "Nothing waiting to sync")
    assert w.state["returns_outcome"] == row["return_id"]
    assert returns_on_server(w.central_db, data["in_policy"]["number"]) == [row]
    good = data["in_policy"]
    assert w.scans == [good["number"], good["lines"][0]["ean13"], data["not_on_order"]]


def test_past_the_window_the_real_window_asks_a_manager_whose_badge_and_pin_approve(
        real_window):
    w = real_window
    data = w.ready["data"]["returns"]
    start(w)
    open_returns_by_keyboard(w, data["in_policy"])  # (then the late order scanned there)
    approve_past_window(w, data)
    late = data["past_window"]
    assert w.scans == [data["in_policy"]["number"], late["number"], late["lines"][0]["ean13"],
                       f"STAFF-{MANAGER[0]}"]
    assert returns_on_server(w.central_db, data["in_policy"]["number"]) == []


def test_after_a_return_the_next_customer_s_return_can_still_be_approved_by_a_manager(
        real_window):
    w = real_window
    data = w.ready["data"]["returns"]
    start(w)
    open_returns_by_keyboard(w, data["in_policy"])
    return_in_policy(w, data)
    approve_past_window(w, data)

"""An exchange at the real window, with a keyboard-wedge scanner: a real X server (Xvfb), the app
in a process of its own on Qt's X11 plugin against a real central service on loopback, and
xdotool typing as a scanner does (a few ms a key, Shift for every capital, Enter after the
code). Every action is an X key event; the test only watches what the app says
(tests/support/real_window.py).

The Returns page is reached by keyboard from the in-policy order's detail (as the return test
does: tests/gui/test_returns_real_window_xvfb.py). Its first line's item is scanned back (one
unit), F7 turns the return into an exchange and scans then add replacements: one on the shelf
here (from here), one that only another store has (collected there), neither counted as coming
back. F6 switches the scans back to items coming back (the item scanned again: its second
unit) and F6 again to replacements. The difference is said; Ctrl+Return records the exchange,
the app syncs it and says the orders placed for the customer. The central service holds that
one exchange: its return, an in-store order here and a click-and-collect order at the other
store, and the difference to pay (or give back); Ctrl+Return again and a sync add nothing.

Skipped when Xvfb or xdotool is missing, unless ``STORE_ASSOCIATE_REQUIRE_XVFB=1`` (CI), where
that is a failure.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from central_api import storage
from tests.gui.test_returns_real_window_xvfb import (
    ASSOCIATE,
    open_returns_by_keyboard,
    returning,
    returns_on_server,
    start,
)
from tests.support.xvfb import RealWindow, running_real_window

pytestmark = [pytest.mark.xvfb, pytest.mark.timeout(120)]


@pytest.fixture
def real_window(tmp_path) -> Iterator[RealWindow]:
    with running_real_window(tmp_path) as window:
        yield window


def on_server(db: Path, sql: str, **params: Any) -> list[dict[str, Any]]:
    engine = storage.create_engine(db)
    try:
        with engine.connect() as conn:
            return [dict(r) for r in conn.execute(sa.text(sql), params).mappings()]
    finally:
        engine.dispose()


def exchanges_on_server(db: Path, order_number: str) -> list[dict[str, Any]]:
    """The service's exchanges of the order, each with its lines and the order each line is on
    (channel, store, number)."""
    found = on_server(
        db, "SELECT x.exchange_id, x.return_id, x.store_id, x.staff_id, x.returned_cents, "
            "x.replacement_cents, x.due_cents, x.refund_cents FROM exchanges x JOIN orders o "
            "ON o.order_id = x.order_id WHERE o.order_number = :n ORDER BY x.exchange_id",
        n=order_number)
    for exchange in found:
        exchange["lines"] = on_server(
            db, "SELECT l.product_id, l.qty, l.unit_price_cents, l.source, o.channel, "
                "o.store_id, o.order_number, o.customer_id FROM exchange_lines l JOIN orders o "
                "ON o.order_id = l.new_order_id WHERE l.exchange_id = :x ORDER BY o.channel",
            x=exchange["exchange_id"])
    return found


def rows(w: RealWindow) -> list[dict[str, Any]]:
    """The replacements in the exchange panel: product, quantity, where each comes from."""
    return w.state["exchange_rows"]


def amount(cents: int) -> str:
    return f"{cents / 100:,.2f}"


def test_an_exchange_scanned_at_the_real_window_places_orders_and_leaves_the_difference_to_pay(
        real_window):
    w = real_window
    data = w.ready["data"]["returns"]
    good = data["in_policy"]
    here, elsewhere = data["exchange"]["here"], data["exchange"]["elsewhere"]
    item = good["lines"][0]  # bought twice (central_api/seed_returns.py)
    start(w)
    open_returns_by_keyboard(w, good)
    assert not w.state["exchanging"] and not w.state["exchange_panel_visible"]

    # the item coming back scanned: one unit of its line
    w.scan(item["ean13"])
    w.wait("one unit of the item coming back", lambda w: returning(w)[item["line_id"]] == 1)
    w.wait("the lines focused", lambda w: w.state["focus"] == "returnsLinesTable")

    # F7: an exchange instead; scans now add replacements
    w.xdotool("key", "F7")
    w.wait("exchange mode, scans adding replacements", lambda w: w.state["exchanging"]
           and w.state["exchange_button_checked"] and w.state["scanning_replacements"]
           and w.state["exchange_panel_visible"])
    assert "Scan the replacement items" in w.state["returns_message"]
    assert rows(w) == []

    # a replacement on the shelf here: from here
    w.scan(here["ean13"])
    w.wait("the replacement from here", lambda w: len(rows(w)) == 1)
    assert rows(w) == [{"product_id": here["product_id"], "qty": 1, "source": ["here", None]}]
    assert "given in exchange" in w.state["returns_message"]
    # one only another store has: collected at the nearest store that has it
    w.scan(elsewhere["ean13"])
    w.wait("the replacement from another store", lambda w: len(rows(w)) == 2)
    replacement = rows(w)[1]
    assert replacement["product_id"] == elsewhere["product_id"] and replacement["qty"] == 1
    collect, store = replacement["source"]
    assert collect == "collect" and store in elsewhere["stores"], (replacement, elsewhere)
    # a replacement's scan never counts as coming back
    assert returning(w) == {x["line_id"]: int(x is item) for x in good["lines"]}

    # F6: scans count items coming back again; the item scanned again is its second unit
    w.xdotool("key", "F6")
    w.wait("scans counting items coming back", lambda w: w.state["exchanging"]
           and not w.state["scanning_replacements"])
    line = next(x for x in w.state["returns_lines"] if x["line_id"] == item["line_id"])
    w.scan(item["ean13"])
    if line["returnable"] >= 2:
        w.wait("two units of the item coming back",
               lambda w: returning(w)[item["line_id"]] == 2)
        back = 2
    else:
        w.wait("the item already counted", lambda w: "already counted"
               in w.state["returns_message"])
        back = 1
    assert [(x["product_id"], x["qty"]) for x in rows(w)] == [
        (here["product_id"], 1), (elsewhere["product_id"], 1)]
    # F6 again: back to replacements
    w.xdotool("key", "F6")
    w.wait("scans adding replacements again", lambda w: w.state["scanning_replacements"])

    # the difference, said once the page has assessed what comes back
    replacement_cents = here["price_cents"] + elsewhere["price_cents"]
    w.wait("the difference said", lambda w: f"In exchange £{amount(replacement_cents)}"
           in (w.state["exchange_difference"] or "") and (
               "at the till" in w.state["exchange_difference"]
               or "back to the customer" in w.state["exchange_difference"]
               or "Even exchange" in w.state["exchange_difference"]))
    difference = w.state["exchange_difference"]
    assert w.state["returns_recorded"] is None and w.state["exchange"] is None

    # Ctrl+Return records the exchange; the app syncs it
    assert w.state["focus"] is not None and (w.state["focus"].startswith("returns")
                                             or w.state["focus"].startswith("exchange"))
    assert not w.state["returns_manager_asked"], w.state["returns_problems"]
    w.xdotool("key", "ctrl+Return")
    w.wait("the exchange recorded", lambda w: w.state["exchange"] is not None)
    w.wait("the exchange synced: orders placed for the customer", lambda w: w.state[
        "exchange"] is not None and not w.state["exchange"]["pending"]
        and w.state["exchange"]["orders"]
        and "Orders placed for the customer" in w.state["returns_message"])
    exchange = w.state["exchange"]
    assert w.state["returns_message"].startswith("Exchange recorded.")
    assert f"Exchange {exchange['exchange_id']}." in w.state["returns_message"]

    # the service: that one exchange, its return, an order here and one at the other store
    (row,) = exchanges_on_server(w.central_db, good["number"])
    assert row["exchange_id"] == exchange["exchange_id"]
    assert row["store_id"] == "S001" and row["staff_id"] == ASSOCIATE
    assert row["replacement_cents"] == replacement_cents
    assert row["due_cents"] == max(0, replacement_cents - row["returned_cents"])
    assert row["refund_cents"] == max(0, row["returned_cents"] - replacement_cents)
    assert {k: exchange[k] for k in ("returned_cents", "replacement_cents", "due_cents",
                                     "refund_cents")} == {
        k: row[k] for k in ("returned_cents", "replacement_cents", "due_cents", "refund_cents")}
    if row["due_cents"]:
        assert f"The customer pays £{amount(row['due_cents'])} at the till." in difference
        assert f"pays £{amount(row['due_cents'])} at the till" in w.state["returns_message"]
    elif row["refund_cents"]:
        assert f"£{amount(row['refund_cents'])} back to the customer." in difference
    else:
        assert "Even exchange" in difference
    (returned,) = returns_on_server(w.central_db, good["number"])
    assert returned["return_id"] == row["return_id"]
    assert returned["lines"] == [(item["line_id"], back)]
    # the orders are the customer's, whose order the items came back from
    (bought,) = on_server(w.central_db, "SELECT customer_id FROM orders WHERE order_number = :n",
                          n=good["number"])
    assert bought["customer_id"] is not None
    assert {x["customer_id"] for x in row["lines"]} == {bought["customer_id"]}
    assert [(x["product_id"], x["qty"], x["source"], x["channel"], x["store_id"])
            for x in row["lines"]] == [
        (elsewhere["product_id"], 1, "collect", "click_and_collect", store),
        (here["product_id"], 1, "here", "in_store", "S001")]
    assert sorted(exchange["orders"]) == sorted(x["order_number"] for x in row["lines"])
    orders = on_server(w.central_db, "SELECT count(*) AS n FROM orders")[0]["n"]

    # Ctrl+Return again and a sync (F5): nothing doubled
    syncs = w.state["syncs"]
    w.xdotool("key", "ctrl+Return")
    w.xdotool("key", "F5")
    w.wait("another sync, nothing waiting", lambda w: w.state["syncs"] > syncs
           and w.state["pending_text"] == "Nothing waiting to sync")
    assert exchanges_on_server(w.central_db, good["number"]) == [row]
    assert returns_on_server(w.central_db, good["number"]) == [returned]
    assert on_server(w.central_db, "SELECT count(*) AS n FROM orders")[0]["n"] == orders
    assert w.state["exchange"] == exchange
    assert w.scans == [good["number"], item["ean13"], here["ean13"], elsewhere["ean13"],
                       item["ean13"]]

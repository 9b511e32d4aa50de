"""A keyboard-wedge scanner at the real window: a real X server (Xvfb), the app in a process of
its own on Qt's X11 plugin against a real central service on loopback, and xdotool typing the
way a scanner does — Shift pressed for every capital, a few milliseconds a key, Enter or Tab
after the code — and the way a person does (150 ms a key).

An order number opens the order on Pickups, a shelf label stages it, a pickup code typed into
the handover field hands a ready order over, a loyalty card opens its customer, a product
barcode ending in Tab selects the product in Inventory and leaves the focus where it was. A
person typing into the customer search is never taken for a scanner, and their Tab moves on.

Skipped when Xvfb or xdotool is missing, unless ``STORE_ASSOCIATE_REQUIRE_XVFB=1`` (CI), where
that is a failure: CI can never skip this silently.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest

from central_api.hashing import demo_pickup_code
from store_contract.domain.pickup import format_code
from tests.support.wedge import typed_by_a_us_scanner
from tests.support.xvfb import PERSON_DELAY_MS, RealWindow, running_real_window

pytestmark = [pytest.mark.xvfb, pytest.mark.timeout(120)]


@pytest.fixture
def real_window(tmp_path) -> Iterator[RealWindow]:
    with running_real_window(tmp_path) as window:
        yield window


def test_scans_typed_by_a_real_keyboard_wedge_reach_their_screens_and_a_person_is_not_one(
        real_window):
    w = real_window
    data = w.ready["data"]
    main_window = w.ready["window"]
    found = w.xdotool("search", "--sync", "--onlyvisible", "--name", "^Store Associate$")
    assert str(main_window) in found.split(), found
    w.focus(main_window)
    w.wait("the window active, the customer search focused", lambda w: (
        w.state.get("active_window") == main_window and w.state["focus"] == "customerSearch"))

    # a person types a name with Shift for its capitals, then Tab: a search, never a scan
    w.type("Jane Harper\t", PERSON_DELAY_MS)
    w.wait("the name in the search and the focus moved on by Tab", lambda w: (
        w.state["customer_search"] == "Jane Harper" and w.state["focus"] != "customerSearch"))

    # a loyalty card, wherever the focus is: its customer opens
    w.scan(data["card"]["number"])
    w.wait("the card's customer open", lambda w: w.state["customer"]
           == data["card"]["customer_id"] and w.state["page"] == "customers")
    assert w.scans == [data["card"]["number"]]  # the person's typing came first and was no scan
    assert w.state["customer_search"] == "Jane Harper"

    # Pickups (Ctrl+2: a shortcut, with Control held): an order number opens the order
    w.xdotool("key", "ctrl+2")
    w.wait("the Pickups screen", lambda w: w.state["page"] == "pickups")
    w.scan(data["picking"]["number"])
    w.wait("the order being picked open", lambda w: w.state["order"] == data["picking"]["number"])
    # a shelf label stages it
    w.scan("SHELF-B3")
    w.wait("the order staged on SHELF-B3", lambda w: w.state["staging"] == "SHELF-B3")

    # a ready order, handed over with the pickup code typed into the handover field
    w.scan(data["ready"]["number"])
    w.wait("the ready order open", lambda w: w.state["order"] == data["ready"]["number"]
           and w.state["order_status"] == "ready_for_pickup")
    w.command(cmd="handover")
    w.wait("the handover dialog", lambda w: w.state["handover_window"])
    w.focus(w.state["handover_window"])  # no window manager here: give the dialog the keyboard
    w.wait("the pickup code field focused", lambda w: w.state["focus"] == "codeField")
    w.scan(format_code(demo_pickup_code(data["ready"]["order_id"])))
    w.wait("the order handed over", lambda w: w.state["order_status"] == "collected")

    # Inventory: a product barcode from a scanner that ends with Tab; the focus stays put
    w.focus(main_window)
    w.xdotool("key", "ctrl+3")
    w.wait("the Inventory search focused", lambda w: w.state["page"] == "inventory"
           and w.state["focus"] == "inventorySearch")
    w.scan(data["product"]["ean13"], suffix="\t")
    w.wait("the product selected", lambda w: w.state["product"] == data["product"]["product_id"])
    assert w.state["focus"] == "inventorySearch"  # the scanner's Tab was swallowed

    assert w.scans == [data["card"]["number"], data["picking"]["number"], "SHELF-B3",
                       data["ready"]["number"],
                       format_code(demo_pickup_code(data["ready"]["order_id"])),
                       data["product"]["ean13"]]


@pytest.mark.parametrize("layout", ["fr", "de"])
def test_scans_land_on_a_french_or_german_keyboard_layout(tmp_path, layout):
    """A store in France or Germany: the X server's layout is AZERTY (every digit needs Shift,
    "-" has a key of its own) or QWERTZ (Y and Z swapped, "-" elsewhere), the scanner types the
    keys that layout gives each character. Every scan still reaches its screen whole, and a
    person's typing is still not a scan."""
    with running_real_window(tmp_path, layout=layout) as w:
        setxkbmap = subprocess.run(["setxkbmap", "-display", w.display, "-query"],
                                   capture_output=True, text=True, check=True).stdout
        assert f"layout:     {layout}" in setxkbmap, setxkbmap  # the check below can fail
        data = w.ready["data"]
        main_window = w.ready["window"]
        w.focus(main_window)
        w.wait("the window active, the customer search focused", lambda w: (
            w.state.get("active_window") == main_window
            and w.state["focus"] == "customerSearch"))
        w.type("Zoe Young-Harper\t", PERSON_DELAY_MS)
        w.wait("the name in the search", lambda w: (
            w.state["customer_search"] == "Zoe Young-Harper"
            and w.state["focus"] != "customerSearch"))

        w.scan(data["card"]["number"])
        w.wait("the card's customer open", lambda w: w.state["customer"]
               == data["card"]["customer_id"] and w.state["page"] == "customers")
        w.xdotool("key", "ctrl+2")
        w.wait("the Pickups screen", lambda w: w.state["page"] == "pickups")
        w.scan(data["picking"]["number"])
        w.wait("the order being picked open",
               lambda w: w.state["order"] == data["picking"]["number"])
        w.scan("SHELF-B3")
        w.wait("the order staged on SHELF-B3", lambda w: w.state["staging"] == "SHELF-B3")

        # a scanner still set for a US keyboard (as it came): its keys give this layout's
        # characters ("CC)&à&..." on AZERTY); the app reads the order it meant
        us_typed = typed_by_a_us_scanner(data["ready"]["number"], layout)
        assert us_typed != data["ready"]["number"]
        w.scan(us_typed)
        w.wait("the ready order open", lambda w: w.state["order"] == data["ready"]["number"])
        assert w.scans == [data["card"]["number"], data["picking"]["number"], "SHELF-B3",
                           us_typed]

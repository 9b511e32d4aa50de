"""The real app window in a process of its own, for tests that type into it from outside (a real
X server and xdotool): ``python -m tests.support.real_window --server URL --data-dir DIR``.

It builds the window as ``associate_app.gui.app.run_gui`` does (QApplication, qasync loop,
AppServices, MainWindow, AppController), with an in-memory keychain, the device enrolled and the
demo associate signed in beforehand (as ``tests/gui/conftest.py``'s ``counter`` does). The
store's manager has signed in on this device once before (online, with the real service), so
the device holds the verifier of their PIN that a manager's approval at the counter is checked
against. Nothing of the app is replaced: the test only watches.

stdout carries one JSON object a line:

- ``{"event": "ready", "window": <X window id>, "data": {...}}`` after the first sync, with
  codes of this store to scan (an order being picked, one ready for pickup, a product, a card,
  and returns: an order in the returns policy and one past its window, each with its lines'
  EAN-13s, and a product on neither; and replacements to give in exchange for the in-policy
  order: a product on none of its lines with at least two available here, and one available
  here not at all but at another store, with the stores that have it);
- ``{"event": "scanned", "code": ...}`` for every scan the app's scanner filter emits;
- ``{"event": "state", ...}`` whenever what is on screen changes (page, focus, open order and
  its status and shelf, open customer, product shown in Inventory, texts of the search fields,
  who is signed in, the changes waiting to sync and the syncs finished, the order detail's order
  and its Return items button, and the Returns page: its order, each line's quantity coming
  back, its message and problems, whether a manager's approval is asked (and can be given),
  the approval's fields, the return recorded and whether it has synced; in exchange mode,
  whether scans add replacements, the replacements (product, quantity, where each comes from),
  the difference said, and the exchange recorded: its id, whether it waits to sync, the orders
  placed for the customer and its amounts).

stdin takes one JSON command a line: ``{"cmd": "handover"}`` (press the open order's Hand over
button), ``{"cmd": "quit"}`` (close the window). The end of stdin closes the window too, so the
process never outlives a test that died.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import threading
from pathlib import Path
from typing import Any

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from associate_app.api.client import CentralClient
from associate_app.config import AppConfig
from associate_app.gui.app import AppController, make_application
from associate_app.gui.async_tools import spawn
from associate_app.gui.gc_guard import GuiThreadGarbageCollector
from associate_app.gui.main_window import MainWindow
from associate_app.keychain import CredentialStore, MemoryKeyring
from associate_app.services import AppServices
from associate_app.session import SessionService
from store_contract import wire
from store_contract.domain.mutation_types import is_temp_id

STORE = "S001"
#: the store's manager, who signed in on this device once before (see ``enrol_and_sign_in``)
MANAGER = ("M1001", "9999")
#: seeded orders to return (central_api/seed_returns.py): one in the policy, one past its window
RETURNS = {"in_policy": "WEB-900001", "past_window": "WEB-900004"}


def say(**message: Any) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


async def enrol_and_sign_in(url: str, config: AppConfig,
                            keychain: MemoryKeyring) -> wire.StaffOut:
    """Enrol the device; the manager signs in (online) and then the associate, who stays. The
    manager, as the service knows them, is returned: their PIN's verifier is kept once the
    device's store is open (``remember_manager``), as a sign-in with it open would have."""
    client = CentralClient(url)
    try:
        sessions = SessionService(client, CredentialStore(config.credential_scope, keychain))
        await sessions.enrol(wire.DemoCredentials.ENROLMENT_CODE, "xvfb-counter")
        manager = await sessions.sign_in(*MANAGER)
        await sessions.sign_in("A1001", "1234")
        await sessions.revoke(manager.access_token)
    finally:
        await client.aclose()
    return manager.staff


async def remember_manager(services: AppServices, manager: wire.StaffOut) -> None:
    """The verifier of the manager's PIN on this device, as their online sign-in here keeps it
    (``SessionService.sign_in`` with the store open)."""
    assert services.sessions is not None and services.sessions.offline_pins is not None
    await services.sessions.offline_pins.remember(manager, MANAGER[1])


def codes_to_scan(services: AppServices) -> dict[str, Any]:
    """Codes of this store the test can scan, read from the device's own cache."""
    assert services.store is not None
    conn = services.store.reader()
    try:
        def one(sql: str, params: tuple = ()) -> tuple:
            row = conn.execute(sql, params).fetchone()
            assert row is not None, sql
            return tuple(row)

        picking = one("SELECT order_id, order_number FROM orders WHERE store_id = 'S001' AND "
                      "channel = 'click_and_collect' AND status = 'picking' "
                      "ORDER BY order_number LIMIT 1")
        ready = one("SELECT order_id, order_number FROM orders WHERE store_id = 'S001' AND "
                    "channel = 'click_and_collect' AND status = 'ready_for_pickup' AND "
                    "pickup_code_hash IS NOT NULL ORDER BY pickup_expires_at DESC LIMIT 1")
        product = one("SELECT p.product_id, p.ean13 FROM products p JOIN inventory i ON "
                      "i.product_id = p.product_id AND i.store_id = 'S001' "
                      "ORDER BY p.product_id LIMIT 1")
        card = one("SELECT customer_id, card_number FROM loyalty_accounts "
                   "ORDER BY customer_id LIMIT 1")

        def to_return(number: str) -> dict[str, Any]:
            order_id, = one("SELECT order_id FROM orders WHERE order_number = ?", (number,))
            lines = conn.execute(
                "SELECT l.line_id, l.product_id, p.ean13 FROM order_lines l JOIN products p "
                "ON p.product_id = l.product_id WHERE l.order_id = ? ORDER BY l.line_id",
                (order_id,)).fetchall()
            assert lines, number
            return {"order_id": order_id, "number": number,
                    "lines": [dict(zip(("line_id", "product_id", "ean13"), line, strict=True))
                              for line in lines]}

        returns: dict[str, Any] = {key: to_return(n) for key, n in RETURNS.items()}
        on_them = [x["product_id"] for order in returns.values() for x in order["lines"]]
        returns["not_on_order"] = one(
            "SELECT ean13 FROM products WHERE ean13 IS NOT NULL AND product_id NOT IN "
            f"({', '.join('?' for _ in on_them)}) ORDER BY product_id LIMIT 1",
            tuple(on_them))[0]
        returns["exchange"] = replacements_to_give(conn, returns["in_policy"]["order_id"])
    finally:
        conn.close()
    return {"picking": dict(zip(("order_id", "number"), picking, strict=True)),
            "ready": dict(zip(("order_id", "number"), ready, strict=True)),
            "product": dict(zip(("product_id", "ean13"), product, strict=True)),
            "card": dict(zip(("customer_id", "number"), card, strict=True)),
            "returns": returns}


def replacements_to_give(conn, order_id: str) -> dict[str, Any]:
    """Products to give in exchange for items of ``order_id`` (on none of its lines): one with
    at least two available on the shelf here, one not available here but at another store (the
    stores that have it, as this device knows them)."""
    fields = ("product_id", "ean13", "price_cents")
    on_order = "SELECT product_id FROM order_lines WHERE order_id = ?"
    here = conn.execute(
        "SELECT p.product_id, p.ean13, p.price_cents FROM products p JOIN inventory i "
        "ON i.product_id = p.product_id AND i.store_id = ? WHERE i.on_hand - "
        "coalesce(i.reserved, 0) >= 2 AND p.ean13 IS NOT NULL AND p.price_cents IS NOT NULL "
        f"AND p.product_id NOT IN ({on_order}) ORDER BY p.product_id LIMIT 1",
        (STORE, order_id)).fetchone()
    assert here is not None, "no product with stock here to give in exchange"
    elsewhere = conn.execute(
        "SELECT p.product_id, p.ean13, p.price_cents FROM products p WHERE p.ean13 IS NOT NULL "
        "AND p.price_cents IS NOT NULL AND EXISTS (SELECT 1 FROM inventory i WHERE "
        "i.product_id = p.product_id AND i.store_id <> ? AND i.on_hand - "
        "coalesce(i.reserved, 0) >= 1) AND NOT EXISTS (SELECT 1 FROM inventory i WHERE "
        "i.product_id = p.product_id AND i.store_id = ? AND i.on_hand - "
        f"coalesce(i.reserved, 0) > 0) AND p.product_id NOT IN ({on_order}) "
        "ORDER BY p.product_id LIMIT 1", (STORE, STORE, order_id)).fetchone()
    assert elsewhere is not None, "no product only at another store to give in exchange"
    stores = [s for (s,) in conn.execute(
        "SELECT store_id FROM inventory WHERE product_id = ? AND store_id <> ? AND on_hand - "
        "coalesce(reserved, 0) >= 1 ORDER BY store_id", (elsewhere[0], STORE))]
    return {"here": dict(zip(fields, here, strict=True)),
            "elsewhere": {**dict(zip(fields, elsewhere, strict=True)), "stores": stores}}


class Watcher:
    """Says on stdout what the window shows whenever it changes (polled: the test never waits
    on a fixed sleep, only on what the app says here)."""

    def __init__(self, controller: AppController) -> None:
        self.controller = controller
        self.last: dict[str, Any] | None = None
        self.syncs = 0  # syncs finished since the window was ready
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self.poll)

    def state(self) -> dict[str, Any]:
        c, window = self.controller, self.controller.window
        focus = QApplication.focusWidget()
        active = QApplication.activeWindow()
        order = c.pickups.order if c.pickups is not None else None
        sessions = c.services.sessions
        return {
            "page": window.current_page_key,
            "active_window": int(active.winId()) if active is not None else None,
            "focus": focus.objectName() if focus is not None else None,
            "customer": c.customers.current_id if c.customers is not None else None,
            "customer_search": (c.customers.ui.customerSearch.text()
                                if c.customers is not None else None),
            "order": order.order_number if order is not None else None,
            "order_status": order.status if order is not None else None,
            "staging": order.staging_location if order is not None else None,
            "pickup_feedback": (c.pickups.view.feedback.text()
                                if c.pickups is not None else None),
            "handover_window": (int(c.pickups.handover_open.winId())
                                if c.pickups is not None and c.pickups.handover_open is not None
                                else None),
            "product": c.inventory.current_id if c.inventory is not None else None,
            "inventory_search": c.inventory.search.text() if c.inventory is not None else None,
            "signed_in": (sessions.current.staff.staff_id
                          if sessions is not None and sessions.current is not None else None),
            "pending_text": window.status.pending.text(),
            "syncs": self.syncs,
            **self.order_detail_state(),
            **self.returns_state(),
            **self.exchange_state(),
        }

    def order_detail_state(self) -> dict[str, Any]:
        view = self.controller.order_detail
        detail = view.detail if view is not None else None
        return {
            "detail_order": detail.order_number if detail is not None else None,
            "detail_can_return": view.return_items.isEnabled() if view is not None else None,
        }

    def returns_state(self) -> dict[str, Any]:
        """The Returns page: its order, what comes back of each line, what it says, the return
        recorded (its id as recorded here) and the outcome shown (its id: the service's once
        synced)."""
        page = self.controller.returns
        order = page.order if page is not None else None
        lines = []
        if order is not None:
            for row, line in enumerate(order.sold.lines):
                qty = page._qty(row) if row < page.lines.rowCount() else None
                lines.append({"line_id": line.line_id,
                              "returning": qty.value() if qty is not None else None,
                              "returnable": line.returnable})
        outcome = page.outcome if page is not None else None
        return {
            "returns_order": order.sold.order_number if order is not None else None,
            "returns_lines": lines,
            "returns_message": page.message.text() if page is not None else None,
            "returns_problems": (page.problems.text() if page is not None
                                 and page.problems.isVisible() else ""),
            "returns_manager_asked": page is not None and page.manager.isVisible(),
            "returns_manager_enabled": page is not None and page.manager.isEnabled(),
            "returns_manager_id": page.manager_id.text() if page is not None else None,
            "returns_pin_length": len(page.manager_pin.text()) if page is not None else 0,
            "returns_exception_reason": (page.exception_reason.text() if page is not None
                                         else None),
            "returns_busy": page is not None and page.busy,
            "returns_recorded": page.recorded[0] if page is not None and page.recorded else None,
            "returns_outcome": outcome.return_id if outcome is not None else None,
            "returns_synced": outcome is not None and not is_temp_id(outcome.return_id),
            "returns_pending": outcome.pending if outcome is not None else None,
        }

    def exchange_state(self) -> dict[str, Any]:
        """The Returns page in exchange mode: whether it is (and what scans add), the
        replacements (product, quantity, where each comes from: ``[source, store id]``), the
        difference said, and the exchange recorded as the page read it back (its id, whether it
        waits to sync, the orders placed for the customer, its amounts)."""
        page = self.controller.returns
        if page is None:
            return {"exchanging": False, "scanning_replacements": False,
                    "exchange_panel_visible": False, "exchange_rows": [],
                    "exchange_difference": None, "exchange": None}
        panel = page.exchange_panel
        rows = [{"product_id": product_id, "qty": panel._qty(row).value(),
                 "source": list(panel._source(row).currentData())}
                for row, product_id in enumerate(panel.rows)
                if row < panel.table.rowCount()]
        exchange = page.exchange
        return {
            "exchanging": page.exchanging(),
            "exchange_button_checked": page.exchange_button.isChecked(),
            "scanning_replacements": page.scanning_replacements(),
            "exchange_panel_visible": panel.isVisible(),
            "exchange_rows": rows,
            "exchange_difference": panel.difference.text(),
            "exchange": None if exchange is None else {
                "exchange_id": exchange.exchange_id, "pending": exchange.pending,
                "orders": list(exchange.orders), "returned_cents": exchange.returned_cents,
                "replacement_cents": exchange.replacement_cents,
                "due_cents": exchange.due_cents, "refund_cents": exchange.refund_cents},
        }

    def poll(self) -> None:
        state = self.state()
        if state != self.last:
            self.last = state
            say(event="state", **state)


def read_commands(loop: asyncio.AbstractEventLoop, handle) -> None:
    """On a thread of its own: every stdin line goes to ``handle`` on the GUI thread."""
    for line in sys.stdin:
        if line.strip():
            loop.call_soon_threadsafe(handle, line)
    loop.call_soon_threadsafe(handle, '{"cmd": "quit"}')


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="real_window")
    parser.add_argument("--server", required=True)
    parser.add_argument("--data-dir", type=Path, required=True)
    args = parser.parse_args(argv)

    app = make_application([sys.argv[0]])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    keychain = MemoryKeyring()
    config = AppConfig(demo=False, data_dir=args.data_dir, server_url=args.server,
                       store_id=STORE)
    manager = loop.run_until_complete(enrol_and_sign_in(args.server, config, keychain))
    services = AppServices(config, keyring_backend=keychain, sync_interval_s=3600)
    collector = GuiThreadGarbageCollector(
        app, busy=lambda: services.sync is not None and services.sync.running)
    window = MainWindow()
    window.resize(1280, 800)
    controller = AppController(services, window, idle_lock_s=None)  # tests lock on purpose
    controller.scanner.scanned.connect(lambda code: say(event="scanned", code=code))
    watcher = Watcher(controller)

    def handle(line: str) -> None:
        command = json.loads(line).get("cmd")
        if command == "handover" and controller.pickups is not None:
            controller.pickups.view.handover.click()
        elif command == "quit":
            window.close()

    async def announce_when_ready() -> None:
        try:
            await controller.first_sync.wait()
            if services.sync is None or not services.sync.last.ok:
                raise RuntimeError(services.sync.last.error if services.sync else "no sync")
            await remember_manager(services, manager)
            data = codes_to_scan(services)
        except Exception as exc:
            say(event="failed", error=repr(exc))
            window.close()
            raise
        services.sync.on_finished.append(lambda _summary: setattr(
            watcher, "syncs", watcher.syncs + 1))
        watcher.timer.start()
        say(event="ready", window=int(window.winId()), data=data)

    threading.Thread(target=read_commands, args=(loop, handle), daemon=True,
                     name="commands").start()
    with loop:
        spawn(announce_when_ready(), name="announce-ready")
        code = loop.run_until_complete(controller.run())
    watcher.timer.stop()
    window.deleteLater()
    collector.stop()
    return code or controller.exit_code


if __name__ == "__main__":
    sys.exit(main())

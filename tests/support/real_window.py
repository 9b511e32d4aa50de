"""The real app window in a process of its own, for tests that type into it from outside (a real
X server and xdotool): ``python -m tests.support.real_window --server URL --data-dir DIR``.

It builds the window as ``associate_app.gui.app.run_gui`` does (QApplication, qasync loop,
AppServices, MainWindow, AppController), with an in-memory keychain, the device enrolled and the
demo associate signed in beforehand (as ``tests/gui/conftest.py``'s ``counter`` does). Nothing of
the app is replaced: the test only watches.

stdout carries one JSON object a line:

- ``{"event": "ready", "window": <X window id>, "data": {...}}`` after the first sync, with
  codes of this store to scan (an order being picked, one ready for pickup, a product, a card);
- ``{"event": "scanned", "code": ...}`` for every scan the app's scanner filter emits;
- ``{"event": "state", ...}`` whenever what is on screen changes (page, focus, open order and
  its status and shelf, open customer, product shown in Inventory, texts of the search fields).

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

STORE = "S001"


def say(**message: Any) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


async def enrol_and_sign_in(url: str, config: AppConfig, keychain: MemoryKeyring) -> None:
    client = CentralClient(url)
    try:
        sessions = SessionService(client, CredentialStore(config.credential_scope, keychain))
        await sessions.enrol(wire.DemoCredentials.ENROLMENT_CODE, "xvfb-counter")
        await sessions.sign_in("A1001", "1234")
    finally:
        await client.aclose()


def codes_to_scan(services: AppServices) -> dict[str, Any]:
    """Codes of this store the test can scan, read from the device's own cache."""
    assert services.store is not None
    conn = services.store.reader()
    try:
        def one(sql: str) -> tuple:
            row = conn.execute(sql).fetchone()
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
    finally:
        conn.close()
    return {"picking": dict(zip(("order_id", "number"), picking, strict=True)),
            "ready": dict(zip(("order_id", "number"), ready, strict=True)),
            "product": dict(zip(("product_id", "ean13"), product, strict=True)),
            "card": dict(zip(("customer_id", "number"), card, strict=True))}


class Watcher:
    """Says on stdout what the window shows whenever it changes (polled: the test never waits
    on a fixed sleep, only on what the app says here)."""

    def __init__(self, controller: AppController) -> None:
        self.controller = controller
        self.last: dict[str, Any] | None = None
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self.poll)

    def state(self) -> dict[str, Any]:
        c, window = self.controller, self.controller.window
        focus = QApplication.focusWidget()
        active = QApplication.activeWindow()
        order = c.pickups.order if c.pickups is not None else None
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
    loop.run_until_complete(enrol_and_sign_in(args.server, config, keychain))
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
            data = codes_to_scan(services)
        except Exception as exc:
            say(event="failed", error=repr(exc))
            window.close()
            raise
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

"""Click-and-collect with a scanner in one hand and no network in the back room: pick (a wrong
item and an over-pick refused), record a shortage, stage, mark ready, hand over after a wrong
then the right code, sync; a no-show back to stock; a cancellation that becomes a conflict."""

from __future__ import annotations

import asyncio
import sqlite3

import sqlalchemy as sa
from PySide6.QtCore import Qt

from associate_app.gui.fields_dialog import FieldsDialog
from central_api import storage
from central_api.hashing import demo_pickup_code
from store_contract.domain.pickup import format_code
from tests.conftest import wait_until
from tests.support.cache_files import open_file
from tests.support.wedge import scan


def cache(controller) -> sqlite3.Connection:
    return open_file(controller.services.store.cache_path)


def server(db, sql, **params):
    engine = storage.create_engine(db)
    try:
        with engine.connect() as c:
            return c.execute(sa.text(sql), params).all()
    finally:
        engine.dispose()


def dialog(window, name):
    return next((d for d in window.findChildren(FieldsDialog)
                 if d.objectName() == name and d.isVisible()), None)


async def sync_and_wait(controller) -> None:
    """Sync now and wait until nothing is left in the outbox, then for the status bar to say so.

    The outbox is the truth: the bar's count follows a change only after the change's own round
    trip to the writer, so just after a step it may still say "Nothing waiting to sync" from the
    sync before, and a wait on the label alone would pass before the step was even pushed."""
    controller.sync_now()
    store, deadline = controller.services.store, asyncio.get_running_loop().time() + 30
    while await store.pending_count():
        assert asyncio.get_running_loop().time() < deadline, "timed out waiting for the sync"
        await asyncio.sleep(0.02)
    await wait_until(lambda: controller.window.status.pending.text() == "Nothing waiting to sync",
                     message="the status bar saying so")


def test_an_order_is_picked_staged_readied_and_handed_over_offline_then_synced(counter, qtbot,
                                                                              qloop):
    controller, network, db = counter
    window, page = controller.window, controller.pickups
    c = cache(controller)
    order_id, number = c.execute(
        "SELECT o.order_id, o.order_number FROM orders o WHERE o.store_id = 'S001' AND "
        "o.channel = 'click_and_collect' AND o.status = 'new' AND (SELECT count(*) FROM "
        "order_lines l WHERE l.order_id = o.order_id) >= 2 ORDER BY o.order_number LIMIT 1"
    ).fetchone()
    lines = c.execute(
        "SELECT l.line_id, p.ean13, l.qty_ordered FROM order_lines l JOIN products p "
        "USING (product_id) WHERE l.order_id = ? ORDER BY l.line_id", (order_id,)).fetchall()
    stranger = c.execute(
        "SELECT ean13 FROM products WHERE product_id NOT IN (SELECT product_id FROM order_lines "
        "WHERE order_id = ?) LIMIT 1", (order_id,)).fetchone()[0]
    feedback = page.view.feedback

    def picked(line_id):
        return cache(controller).execute("SELECT qty_picked FROM order_lines WHERE line_id = ?",
                                         (line_id,)).fetchone()[0]

    async def story():
        network.offline = True
        window.show_page("pickups")
        await wait_until(lambda: page.stack.currentWidget() is page.queue_panel, message="queue")
        scan(qtbot, window, number)
        await wait_until(lambda: page.order and page.order.order_id == order_id,
                         message="order opened by scanning its number")
        # a wrong item: loud refusal, nothing changes
        scan(qtbot, window, stranger)
        await wait_until(lambda: feedback.property("result") == "refused", message="refusal")
        assert "not" in feedback.text().lower()
        assert picked(lines[0][0]) == 0
        # a misread (bad check digit)
        bad = lines[0][1][:-1] + str((int(lines[0][1][-1]) + 1) % 10)
        scan(qtbot, window, bad)
        await wait_until(lambda: "check digit" in feedback.text(),
                         message=lambda: f"misread refused, saw {feedback.text()!r}")
        # pick every unit of line 1, then one too many
        for n in range(lines[0][2]):
            scan(qtbot, window, lines[0][1])
            await wait_until(lambda n=n: picked(lines[0][0]) == n + 1 and any(
                x.line_id == lines[0][0] and x.qty_picked == n + 1 for x in page.order.lines),
                message=f"unit {n + 1} picked and on screen")
        assert feedback.property("result") == "ok"
        scan(qtbot, window, lines[0][1])
        await wait_until(lambda: feedback.property("result") == "refused", message="over-pick")
        assert picked(lines[0][0]) == lines[0][2]
        # the other lines are missing on the shelf
        for line_id, _, _qty in lines[1:]:
            row = next(i for i, x in enumerate(page.order.lines) if x.line_id == line_id)
            page.view.lines.selectRow(row)
            qtbot.mouseClick(page.view.shortage, Qt.MouseButton.LeftButton)
            await wait_until(lambda: dialog(window, "shortageDialog"), message="shortage dialog")
            d = dialog(window, "shortageDialog")
            d.inputs["reason"].setText("none on the shelf")
            qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)
            await wait_until(lambda: dialog(window, "shortageDialog") is None, message="saved")
            name = next(x.name for x in page.order.lines if x.line_id == line_id)
            # this line's own sentence: the one before says "Shortage recorded" too
            await wait_until(lambda lid=line_id, name=name: any(
                x.line_id == lid and x.qty_short for x in page.order.lines)
                and f"Shortage recorded for {name}." in feedback.text(),
                message="shortage on screen")
        await wait_until(lambda: page.view.ready.isEnabled(), message="ready allowed")
        assert "shortages" in page.view.readiness.text()
        # mark ready before staging is refused; stage by scanning the shelf label
        qtbot.mouseClick(page.view.ready, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "Stage the order first" in feedback.text(),
                         message=lambda: f"stage first, saw {feedback.text()!r} "
                         f"ready visible={page.view.ready.isVisible()} status={page.order.status}")
        scan(qtbot, window, "SHELF-B3")
        await wait_until(lambda: page.order.staging_location == "SHELF-B3", message="staged")
        qtbot.mouseClick(page.view.ready, Qt.MouseButton.LeftButton)
        await wait_until(lambda: page.order.status == "ready_for_pickup", message="ready")
        # back online: the service has the order ready and the customer notified
        network.offline = False
        await sync_and_wait(controller)

    qloop.run_until_complete(story())
    assert server(db, "SELECT status, staging_location FROM orders WHERE order_id = :o",
                  o=order_id) == [("ready_for_pickup", "SHELF-B3")]
    assert server(db, "SELECT count(*) FROM notifications WHERE order_id = :o AND "
                      "template = 'order_ready'", o=order_id)[0][0] == 1

    async def handover():
        network.offline = True
        await page.open_order(order_id)
        qtbot.mouseClick(page.view.handover, Qt.MouseButton.LeftButton)
        await wait_until(lambda: dialog(window, "handoverDialog"), message="handover dialog")
        d = dialog(window, "handoverDialog")
        d.inputs["code"].setText("WXYZ-2345")
        qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "wrong" in d.message.text(), message="wrong code refused")
        assert "hand it over: 4." in d.message.text()
        # the customer's QR code, scanned while the dialog is open
        scan(qtbot, window, format_code(demo_pickup_code(order_id)))
        await wait_until(lambda: page.order.status == "collected", message="collected")
        network.offline = False
        await sync_and_wait(controller)

    qloop.run_until_complete(handover())
    assert server(db, "SELECT status FROM orders WHERE order_id = :o", o=order_id) == [
        ("collected",)]


def test_a_refusal_stays_on_screen_when_an_earlier_step_finishes_after_it(counter, qtbot,
                                                                          qloop):
    """The last shortage is saved and a refresh lights Mark ready up while the shortage step is
    still reading the order back; staff tap Mark ready at once and are told to stage first. The
    shortage step ends after that: its "Shortage recorded" must not cover the refusal (issue 10:
    on a busy tablet the refusal flashed and was gone)."""
    controller, network, _ = counter
    window, page = controller.window, controller.pickups
    order_id = cache(controller).execute(
        "SELECT o.order_id FROM orders o WHERE o.store_id = 'S001' AND o.channel = "
        "'click_and_collect' AND o.status = 'new' AND (SELECT count(*) FROM order_lines l "
        "WHERE l.order_id = o.order_id) = 2 ORDER BY o.order_number LIMIT 1").fetchone()[0]
    feedback = page.view.feedback
    read_back = asyncio.Event()
    held: list[asyncio.Task] = []
    load = page.service.load

    async def slow_read_back_for_the_shortage_step(order_id):
        # only the shortage step (its task is named so) waits; every other read goes through
        task = asyncio.current_task()
        if task is not None and task.get_name() == "shortage":
            held.append(task)
            await read_back.wait()
        return await load(order_id)

    async def story():
        network.offline = True
        window.show_page("pickups")
        await page.open_order(order_id)
        first, second = page.order.lines
        for n in range(first.qty_ordered):
            scan(qtbot, window, first.ean13)
            await wait_until(lambda n=n: page.order.lines[0].qty_picked == n + 1,
                             message=f"unit {n + 1} picked")
        page.service.load = slow_read_back_for_the_shortage_step
        page.view.lines.selectRow(1)
        qtbot.mouseClick(page.view.shortage, Qt.MouseButton.LeftButton)
        await wait_until(lambda: dialog(window, "shortageDialog"), message="shortage dialog")
        d = dialog(window, "shortageDialog")
        d.inputs["reason"].setText("none on the shelf")
        qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)
        await wait_until(lambda: held, message="the shortage step reading the order back")
        # the refresh that follows every change (the sync after it) shows the shortage first
        await page.open_order(order_id, keep_feedback=True)
        assert page.order.lines[1].qty_short == second.qty_ordered
        assert page.view.ready.isEnabled()
        qtbot.mouseClick(page.view.ready, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "Stage the order first" in feedback.text(),
                         message=lambda: f"stage first, saw {feedback.text()!r}")
        read_back.set()
        await held[0]
        assert "Stage the order first" in feedback.text()
        assert feedback.property("result") == "refused"
        assert page.order.lines[1].qty_short == second.qty_ordered

    qloop.run_until_complete(story())


def test_a_refresh_ending_after_another_order_was_opened_leaves_that_one_on_screen(
        counter, qloop):
    """A sync ends and the order on screen is read again; before that read is back a scan opens
    the next order. The late read must not put the previous order back."""
    controller, _, _ = counter
    page = controller.pickups
    first, second = (r[0] for r in cache(controller).execute(
        "SELECT order_id FROM orders WHERE store_id = 'S001' AND channel = 'click_and_collect' "
        "AND status = 'new' ORDER BY order_number LIMIT 2"))
    load, read_back, held = page.service.load, asyncio.Event(), []

    async def slow_read_of_the_first(order_id):
        if order_id == first and not read_back.is_set():
            held.append(order_id)
            await read_back.wait()
        return await load(order_id)

    async def story():
        controller.window.show_page("pickups")
        await page.open_order(first)
        page.service.load = slow_read_of_the_first
        refresh = asyncio.ensure_future(page.refresh())  # what a sync's end does
        await wait_until(lambda: held, message="the refresh reading the first order")
        assert await page.open_order(second)
        read_back.set()
        await refresh
        assert page.order.order_id == second
        assert page.view.order.order_id == second
        assert page.stack.currentWidget() is page.view

    qloop.run_until_complete(story())


def test_a_unit_picked_while_the_shortage_dialog_is_open_cannot_also_be_recorded_missing(
        counter, qtbot, qloop):
    """The shortage dialog opens with 2 still to pick; meanwhile one is found and scanned. The
    dialog's "2 missing" must be judged on the order as it is now (1 left), not as it was."""
    controller, network, _ = counter
    window, page = controller.window, controller.pickups
    order_id, line_id, ean = cache(controller).execute(
        "SELECT o.order_id, l.line_id, p.ean13 FROM orders o JOIN order_lines l USING (order_id) "
        "JOIN products p ON p.product_id = l.product_id WHERE o.store_id = 'S001' AND "
        "o.channel = 'click_and_collect' AND o.status = 'new' AND l.qty_ordered = 2 "
        "ORDER BY o.order_number LIMIT 1").fetchone()

    def line():
        return cache(controller).execute("SELECT qty_picked, qty_short FROM order_lines WHERE "
                                         "line_id = ?", (line_id,)).fetchone()

    async def story():
        network.offline = True
        window.show_page("pickups")
        await page.open_order(order_id)
        page.view.lines.selectRow(
            next(i for i, x in enumerate(page.order.lines) if x.line_id == line_id))
        qtbot.mouseClick(page.view.shortage, Qt.MouseButton.LeftButton)
        await wait_until(lambda: dialog(window, "shortageDialog"), message="shortage dialog")
        d = dialog(window, "shortageDialog")
        assert d.inputs["qty"].text() == "2"
        await page.scan_item(ean)  # found after all
        assert line() == (1, 0)
        d.inputs["reason"].setText("none on the shelf")
        qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)
        await wait_until(lambda: dialog(window, "shortageDialog") is None
                         or "still to find: 1." in d.message.text(), message="an answer")
        assert line() == (1, 0), "2 recorded missing when only 1 was left to find"
        assert "still to find: 1." in d.message.text()
        d.inputs["qty"].setText("1")
        qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)
        await wait_until(lambda: dialog(window, "shortageDialog") is None, message="saved")
        assert line() == (1, 1)

    qloop.run_until_complete(story())


def test_wrong_pickup_codes_run_out_after_five_tries_in_one_dialog(counter, qtbot, qloop):
    """Each wrong code counts, also when the customer keeps guessing in the same dialog: the
    dialog's copy of the order must not keep saying "4 attempts left" and let a sixth try in."""
    controller, network, _ = counter
    window, page = controller.window, controller.pickups
    order_id = cache(controller).execute(
        "SELECT order_id FROM orders WHERE store_id = 'S001' AND status = 'ready_for_pickup' "
        "AND failed_code_attempts = 0 AND pickup_expires_at > ? ORDER BY order_number LIMIT 1",
        (page.service.clock().isoformat(),)).fetchone()[0]

    async def story():
        network.offline = True
        window.show_page("pickups")
        await page.open_order(order_id)
        qtbot.mouseClick(page.view.handover, Qt.MouseButton.LeftButton)
        await wait_until(lambda: dialog(window, "handoverDialog"), message="handover dialog")
        d = dialog(window, "handoverDialog")
        for left, expect in ((4, "hand it over: 4."), (3, "hand it over: 3."),
                             (2, "hand it over: 2."), (1, "hand it over: 1."),
                             (0, "that was the last attempt")):
            d.inputs["code"].setText("WXYZ-2345")
            qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)
            await wait_until(lambda expect=expect: expect in d.message.text(),
                             message=lambda left=left: f"{left} left, saw {d.message.text()!r}")
        d.inputs["code"].setText("WXYZ-2345")
        qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "Only a manager" in d.message.text(),
                         message=lambda: f"no sixth try, saw {d.message.text()!r}")
        assert page.order.status == "ready_for_pickup"
        assert cache(controller).execute(
            "SELECT failed_code_attempts FROM orders WHERE order_id = ?",
            (order_id,)).fetchone()[0] == 5
        d.reject()

    qloop.run_until_complete(story())


def test_a_no_show_goes_back_to_stock_by_scanning_the_items(counter, qtbot, qloop):
    controller, _, db = counter
    window, page = controller.window, controller.pickups
    c = cache(controller)
    order_id, number = c.execute(
        "SELECT order_id, order_number FROM orders WHERE store_id = 'S001' AND status = "
        "'ready_for_pickup' AND pickup_expires_at < ? AND EXISTS (SELECT 1 FROM order_lines l "
        "WHERE l.order_id = orders.order_id AND l.qty_picked > 0) ORDER BY pickup_expires_at "
        "LIMIT 1", (page.service.clock().isoformat(),)).fetchone()
    items = c.execute("SELECT p.ean13, l.qty_picked FROM order_lines l JOIN products p USING "
                      "(product_id) WHERE l.order_id = ? AND l.qty_picked > 0",
                      (order_id,)).fetchall()

    async def story():
        window.show_page("pickups")
        await page.open_order(order_id)
        assert page.view.expire.isVisible()
        qtbot.mouseClick(page.view.expire, Qt.MouseButton.LeftButton)
        await wait_until(lambda: page.order.status == "expired", message="expired")
        qtbot.mouseClick(page.view.return_stock, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(page.view.return_stock, Qt.MouseButton.LeftButton)  # too early
        await wait_until(lambda: "every item back first" in page.view.feedback.text(),
                         message="refused before all scanned")
        total = sum(qty for _, qty in items)
        done = 0
        for ean, qty in items:
            for _ in range(qty):
                scan(qtbot, window, ean)
                done += 1
                await wait_until(lambda d=done: f"({d} of {total} items back)"
                                 in page.view.feedback.text(), message=f"{done} scanned back")
        qtbot.mouseClick(page.view.return_stock, Qt.MouseButton.LeftButton)
        await wait_until(lambda: page.order.status == "returned_to_stock",
                         message=lambda: f"returned, saw {page.view.feedback.text()!r}")
        await sync_and_wait(controller)

    qloop.run_until_complete(story())
    assert server(db, "SELECT status, refund_status FROM orders WHERE order_id = :o",
                  o=order_id) == [("returned_to_stock", "pending")]


def test_a_cancellation_while_picking_offline_lands_in_the_conflict_inbox(counter, qtbot,
                                                                         qloop):
    controller, network, db = counter
    window, page = controller.window, controller.pickups
    c = cache(controller)
    order_id, ean = c.execute(
        "SELECT o.order_id, p.ean13 FROM orders o JOIN order_lines l USING (order_id) "
        "JOIN products p ON p.product_id = l.product_id WHERE o.store_id = 'S001' AND "
        "o.status = 'new' ORDER BY o.order_number DESC LIMIT 1").fetchone()

    async def story():
        network.offline = True
        window.show_page("pickups")
        await page.open_order(order_id)
        scan(qtbot, window, ean)
        await wait_until(lambda: page.view.feedback.property("result") == "ok", message="picked")
        # meanwhile the customer cancels online
        from central_api.mutations import cancel_order

        engine = storage.create_engine(db)
        with engine.begin() as conn:
            cancel_order(conn, order_id, "The customer cancelled online.")
        engine.dispose()
        network.offline = False
        controller.sync_now()
        await wait_until(lambda: window.conflicts.cards, timeout=30, message="conflict")
        await page.open_order(order_id)
        assert page.order.status == "cancelled"

    qloop.run_until_complete(story())
    card = window.conflicts.cards[0]
    text = " ".join(label.text() for label in card.findChildren(type(window.status.store)))
    assert "back" in text.lower()  # put the picked items back

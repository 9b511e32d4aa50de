"""Returns at the counter through the real window (issue 13): the order is scanned, the return
opened from its detail, the items scanned back with a wedge scanner, a reason and condition
picked, the refund shown, confirmed; the return reaches the real central service, the screen
says what happens next, and the slip's barcode reads back as the return id. Out of policy, a
manager's badge and PIN approve it; without them, or with a wrong PIN, nothing is recorded."""

from __future__ import annotations

import os

import sqlalchemy as sa
from PySide6.QtCore import QSize, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from associate_app.gui import code128
from associate_app.gui.camera_decoder import decode_image
from central_api import storage
from tests.conftest import wait_until
from tests.gui.test_order_detail import burst
from tests.gui.test_shared_tablet import unlock
from tests.support.wedge import scan_into

SHOTS = os.environ.get("STORE_ASSOCIATE_SHOTS")  # a folder to keep the screenshots in
IN_POLICY = "POS-900003"  # S001, in store, paid cash, 1 day ago
PAST_WINDOW = "WEB-900004"  # S001, delivered 45 days ago


def server_returns(db, order_number: str) -> list:
    engine = storage.create_engine(db)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text(
                "SELECT r.return_id, r.refund_method, r.refund_cents, r.approved_by FROM returns r "
                "JOIN orders o ON o.order_id = r.order_id WHERE o.order_number = :n"),
                {"n": order_number}).fetchall()
    finally:
        engine.dispose()


def scan(qtbot, window, code: str) -> None:
    """A wedge scanner: the code's keys in a burst and Enter, to whatever has the focus."""
    scan_into(qtbot, QApplication.focusWidget() or window, code)


def pick(combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def slip_codes(path) -> list[str]:
    """The codes a scanner reads on the slip's first page (rendered as a picture)."""
    pdf = QPdfDocument()
    assert pdf.load(str(path)) == QPdfDocument.Error.None_
    page = pdf.render(0, QSize(1240, 1754))
    pdf.close()
    return decode_image(page)


def test_code128_reads_back_what_it_drew(qtbot):
    for text in ("R1a2b3c4d5e6f", "tmp-4833a6c984f94d1b964c55af1b36fd9b", "POS-900003/R",
                 "12345", "A1234567B"):
        assert decode_image(code128.image(text, 2, 80)) == [text]


def test_a_return_in_policy_scanned_back_to_store_credit_with_its_slip(counter, qtbot, qloop):
    controller, _, db = counter
    window = controller.window
    detail, page = controller.order_detail, controller.returns

    async def story():
        burst(qtbot, window.ui.syncNowButton, IN_POLICY)  # the receipt scanned anywhere
        await wait_until(lambda: detail.detail is not None
                         and detail.detail.order_number == IN_POLICY, message="order detail")
        assert detail.return_items.isEnabled()
        qtbot.mouseClick(detail.return_items, Qt.MouseButton.LeftButton)
        await wait_until(lambda: page.order is not None
                         and page.order.sold.order_number == IN_POLICY, message="returns page")
        assert window.current_page_key == "returns"
        assert "30 days" in page.policy_label.text() and "store credit" in \
            page.policy_label.text()
        assert page.method.count() == 2 and "Cash" in page.method.itemText(0)

        # the first item scanned back: one unit counted, its refund shown
        ean = page.order.products[0].ean13
        scan(qtbot, window, ean)
        await wait_until(lambda: page._qty(0).value() == 1, message="item counted")
        first = page.order.sold.lines[0]
        await wait_until(lambda: page.assessment is not None and page.assessment.lines,
                         message="refund shown")
        assert page.lines.item(0, 6).text() not in ("", "—")
        assert "£" in page.totals.text() and page.manager.isHidden()
        pick(page._reason(0), "faulty")
        pick(page._condition(0), "damaged")
        pick(page.method, "store_credit")
        if SHOTS:
            window.grab().save(os.path.join(SHOTS, "return.png"))
        # scanned again: nothing more of that line can come back, the choices stay
        scan(qtbot, window, ean)
        await wait_until(lambda: "already counted" in page.message.text(), 5,
                         message=lambda: f"refused: {page.message.text()!r}")
        assert page._qty(0).value() == first.returnable == 1
        assert page._reason(0).currentData() == "faulty"
        qtbot.mouseClick(page.confirm, Qt.MouseButton.LeftButton)
        await wait_until(lambda: page.outcome is not None, 10, "recorded here")
        if page.outcome.return_id.startswith("tmp-"):  # (until the sync it starts has pushed)
            # no slip with a temporary id on it: it would scan as nothing at the till
            assert not page.slip.isEnabled() and page.print_slip() is None
        # recorded here, pushed by the sync it starts, the voucher code back from the service
        await wait_until(lambda: page.outcome is not None and page.outcome.voucher_code,
                         30, "voucher issued")
        assert page.outcome.voucher_code in page.message.text()
        (row,) = server_returns(db, IN_POLICY)
        assert row.refund_method == "store_credit" and row.return_id == page.outcome.return_id

        qtbot.mouseClick(page.slip, Qt.MouseButton.LeftButton)
        assert page.last_slip is not None and page.last_slip.exists()
        assert page.last_slip.parent == controller.services.config.data_dir / "prints"
        assert slip_codes(page.last_slip) == [row.return_id]

    qloop.run_until_complete(story())


def test_past_the_window_a_manager_s_badge_and_pin_approve_the_return(counter, qtbot, qloop):
    controller, _, db = counter
    window = controller.window
    page = controller.returns

    async def switch_to(staff_id: str, pin: str) -> None:
        controller.lock.badge(staff_id)
        unlock(qtbot, controller, pin)
        await wait_until(lambda: controller.services.sessions.current.staff.staff_id == staff_id
                         and not controller.lock.locked, 30, f"signed in as {staff_id}")

    async def story():
        await switch_to("M1001", "9999")  # the manager signed in on this tablet once
        await switch_to("A1001", "1234")
        controller.open_returns()
        await wait_until(lambda: window.current_page_key == "returns", message="returns page")
        burst(qtbot, page.number, PAST_WINDOW)
        await wait_until(lambda: page.order is not None
                         and page.order.sold.order_number == PAST_WINDOW, message="order")
        scan(qtbot, window, page.order.products[0].ean13)
        await wait_until(lambda: page.assessment is not None and page.assessment.exceptions,
                         message="out of policy")
        assert page.manager.isVisible() and "past the 30-day" in page.problems.text()

        # without the manager: refused, nothing recorded
        qtbot.mouseClick(page.confirm, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "a manager types their id" in page.message.text(),
                         message="manager asked")
        assert page.recorded is None and page.confirm.isEnabled()

        # the manager's badge fills their id (it does not switch who is signed in)
        burst(qtbot, page.exception_reason, "STAFF-M1001")
        await wait_until(lambda: page.manager_id.text() == "M1001", message="badge read")
        assert controller.services.sessions.current.staff.staff_id == "A1001"
        assert not controller.lock.locked
        page.exception_reason.setText("Customer was abroad; item unworn")
        page.manager_pin.setText("1111")
        qtbot.mouseClick(page.confirm, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "do not match" in page.message.text(), message="wrong PIN")
        assert page.recorded is None

        page.manager_pin.setText("9999")
        qtbot.keyClick(page.manager_pin, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        await wait_until(lambda: page.outcome is not None
                         and not page.outcome.return_id.startswith("tmp-"), 30, "synced")
        assert "Refund of" in page.message.text() or "refunded" in page.message.text()
        (row,) = server_returns(db, PAST_WINDOW)
        assert row.approved_by == "M1001" and row.refund_method == "tender"

    qloop.run_until_complete(story())

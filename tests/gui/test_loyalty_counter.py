"""The loyalty programme at the counter through the real window (issue 14), with a wedge scanner:
a customer without a card is given one (a new card from the pack scanned, the terms agreed),
shown at once and confirmed by the real central service; a member's 360 shows their tier's
progress, what expires and their vouchers; a reward is redeemed only once their card is scanned
(a card scan fills the dialog instead of opening another customer), becomes a voucher with its
code after the sync, and is cancelled for its points back."""

from __future__ import annotations

import os
import sqlite3

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from central_api import storage
from store_contract.domain.barcodes import luhn_check_digit
from tests.conftest import wait_until
from tests.support.cache_files import open_file
from tests.support.wedge import scan

SHOTS = os.environ.get("STORE_ASSOCIATE_SHOTS")


def cache(controller) -> sqlite3.Connection:
    return open_file(controller.services.store.cache_path)


def dialog_named(name: str):
    return next((w for w in QApplication.topLevelWidgets()
                 if w.objectName() == name and w.isVisible()), None)


def on_server(db, sql: str, **args) -> list:
    engine = storage.create_engine(db)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text(sql), args).fetchall()
    finally:
        engine.dispose()


def test_a_card_is_given_and_a_reward_redeemed_with_the_card_scanned(counter, qtbot, qloop):
    controller, _, db = counter
    window, page = controller.window, controller.customers
    view = page.view
    newcomer = cache(controller).execute(
        "SELECT customer_id FROM customers WHERE preferred_store_id = 'S001' AND customer_id "
        "NOT IN (SELECT customer_id FROM loyalty_accounts) ORDER BY customer_id LIMIT 1"
    ).fetchone()[0]
    member, card = cache(controller).execute(
        "SELECT c.customer_id, a.card_number FROM customers c JOIN loyalty_accounts a USING "
        "(customer_id) WHERE c.preferred_store_id = 'S001' AND a.points_balance >= 600 AND "
        "a.tier = 'bronze' ORDER BY c.customer_id LIMIT 1").fetchone()
    body = "633599000000123"
    new_card = body + luhn_check_digit(body)

    async def story():
        window.show_page("customers")
        # a card for a customer who has none
        assert await page.open_customer(newcomer)
        assert view.give_card.isVisible() and not view.redeem.isEnabled()
        qtbot.mouseClick(view.give_card, Qt.MouseButton.LeftButton)
        await wait_until(lambda: dialog_named("giveCardDialog") is not None, message="dialog")
        dialog = dialog_named("giveCardDialog")
        scan(qtbot, window, new_card)  # a new card from the pack
        await wait_until(lambda: dialog.inputs["card"].text() == new_card, message="card read")
        assert page.current_id == newcomer  # the scan did not open another customer
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "agree" in dialog.message.text(), message="terms asked")
        dialog.inputs["consent"].setChecked(True)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        await wait_until(lambda: dialog_named("giveCardDialog") is None, message="closed")
        await wait_until(lambda: view.customer is not None and view.customer.card_number
                         == new_card, message="the card shows at once")
        assert not view.give_card.isVisible()

        # a member: progress, vouchers; a reward only with their card scanned
        assert await page.open_customer(member)
        assert " to Silver" in view.programme.text()
        assert "1 point per £1.00" in view.programme.text()
        assert " points expire on " in view.programme.text()
        qtbot.mouseClick(view.redeem, Qt.MouseButton.LeftButton)
        await wait_until(lambda: dialog_named("rewardsDialog") is not None, message="rewards")
        rewards = dialog_named("rewardsDialog")
        choice = rewards.inputs["reward"]
        choice.setCurrentIndex(choice.findData("RW-5OFF"))
        if SHOTS:
            rewards.grab().save(os.path.join(SHOTS, "rewards-dialog.png"))
        qtbot.mouseClick(rewards.ok, Qt.MouseButton.LeftButton)  # nobody proved they are here
        await wait_until(lambda: "customer here" in rewards.message.text(),
                         message="presence asked")
        scan(qtbot, window, card)
        await wait_until(lambda: rewards.inputs["card"].text() == card, message="card read")
        assert page.current_id == member
        qtbot.mouseClick(rewards.ok, Qt.MouseButton.LeftButton)
        await wait_until(lambda: dialog_named("rewardsDialog") is None, message="redeemed")
        await wait_until(lambda: view.vouchers.count() == 1, message="voucher shown")
        assert "code when synced" in view.vouchers.item(0).text()

        # synced: the service's voucher code, the card confirmed
        await controller.services.sync_now()
        await page.refresh()
        await wait_until(lambda: view.vouchers.count() == 1
                         and "code when synced" not in view.vouchers.item(0).text(), 30,
                         "voucher code")
        if SHOTS:
            window.grab().save(os.path.join(SHOTS, "loyalty-360.png"))
        view.vouchers.setCurrentRow(0)
        assert view.cancel_voucher.isEnabled()
        qtbot.mouseClick(view.cancel_voucher, Qt.MouseButton.LeftButton)
        await wait_until(lambda: dialog_named("cancelVoucherDialog") is not None,
                         message="confirm")
        qtbot.mouseClick(dialog_named("cancelVoucherDialog").ok, Qt.MouseButton.LeftButton)
        await wait_until(lambda: view.vouchers.count() == 0, message="voucher cancelled")
        await controller.services.sync_now()

    qloop.run_until_complete(story())
    assert on_server(db, "SELECT card_number, card_kind FROM loyalty_accounts WHERE "
                         "customer_id = :c", c=newcomer) == [(new_card, "physical")]
    (voucher,) = on_server(db, "SELECT voucher_code, cancelled_at IS NOT NULL, points_cost "
                               "FROM vouchers WHERE customer_id = :c AND kind = 'reward'",
                           c=member)
    assert voucher[0].startswith("RW-") and voucher[1] == 1 and voucher[2] == 500
    ledger = on_server(db, "SELECT reason, delta FROM loyalty_ledger WHERE customer_id = :c AND "
                           "reason IN ('redeem', 'voucher_cancel') ORDER BY created_at", c=member)
    assert ledger[-2:] == [("redeem", -500), ("voucher_cancel", 500)]

"""A wedge scanner still set for a US keyboard on a French store's computer: its keys come out
as AZERTY's characters ("&é\\"'(" for 12345). The window reads the code it meant, and says once,
in the status bar, how to set the scanner (tests/gui/test_real_scanner_xvfb.py types the same
into a real window under Xvfb with the X server's layout set to French and German)."""

from __future__ import annotations

import os

from tests.conftest import wait_until
from tests.support.cache_files import open_file
from tests.support.wedge import scan, typed_by_a_us_scanner


def test_a_card_scanned_by_a_us_scanner_on_azerty_opens_its_customer_and_says_why(
        counter, qtbot, qloop):
    controller, _, _ = counter
    window, page = controller.window, controller.customers
    conn = open_file(controller.services.store.cache_path)
    try:
        member, card = conn.execute(
            "SELECT customer_id, card_number FROM loyalty_accounts ORDER BY customer_id LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    garbled = typed_by_a_us_scanner(card, "fr")
    assert not any(ch.isdigit() for ch in garbled)  # AZERTY: every digit key gives a sign

    async def story():
        window.show_page("pickups")
        assert not window.status.notice.isVisible()
        scan(qtbot, window, garbled)
        await wait_until(lambda: page.current_id == member, message="the card's customer")
        assert window.current_page_key == "customers"
        assert window.status.notice.isVisible()
        assert "US keyboard" in window.status.notice.toolTip()
        assert "French (AZERTY)" in window.status.notice.toolTip()
        if os.environ.get("STORE_ASSOCIATE_SHOTS"):
            window.grab().save(os.path.join(os.environ["STORE_ASSOCIATE_SHOTS"],
                                            "scanner-layout-notice.png"))
        # said once: a second such scan opens its customer without saying it again
        window.status.set_notice(None)
        scan(qtbot, window, garbled)
        await wait_until(lambda: page.current_id == member, message="again")
        assert not window.status.notice.isVisible()

    qloop.run_until_complete(story())

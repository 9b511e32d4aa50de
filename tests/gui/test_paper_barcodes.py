"""Paper that scans: the pick list and the pickup slip printed with the Pickups screen's own
buttons carry the order number as a Code 128, and the pick list each line's EAN-13. Each PDF
page is rendered to a picture (Qt's PDF renderer, as a printer would put it on paper) and read
back by the camera's decoder (zxing-cpp): a scanner reads off the paper exactly the order number
and the items' barcodes, as it would type them."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtPdf import QPdfDocument

from associate_app.cache.pickups import Line, Order
from associate_app.gui import paper
from associate_app.gui.camera_decoder import decode_image
from store_contract.domain.barcodes import ean13_check_digit
from tests.conftest import wait_until
from tests.support.cache_files import open_file
from tests.support.wedge import scan

#: an A4 page at 300 dpi, about what a phone camera or a scanner sees of it
A4_300DPI = QSize(2480, 3508)


def scanned(path: Path) -> list[str]:
    """The codes a scanner reads on every page of the PDF at ``path``, page by page."""
    pdf = QPdfDocument()
    assert pdf.load(str(path)) == QPdfDocument.Error.None_
    try:
        assert pdf.pageCount() >= 1
        codes: list[str] = []
        for page in range(pdf.pageCount()):
            codes += [c for c in decode_image(pdf.render(page, A4_300DPI)) if c not in codes]
        return codes
    finally:
        pdf.close()


def as_scanned(ean13: str) -> str:
    """An EAN-13 as a wedge scanner types it (one starting with 0 is a UPC-A: 12 digits)."""
    return ean13[1:] if ean13.startswith("0") else ean13


def test_the_printed_pick_list_and_slip_scan_back_to_the_order_and_its_items(counter, qtbot,
                                                                            qloop):
    controller, network, _ = counter
    window, page = controller.window, controller.pickups
    c: sqlite3.Connection = open_file(controller.services.store.cache_path)
    order_id, number = c.execute(
        "SELECT o.order_id, o.order_number FROM orders o WHERE o.store_id = 'S001' AND "
        "o.channel = 'click_and_collect' AND o.status = 'picking' AND (SELECT count(*) FROM "
        "order_lines l WHERE l.order_id = o.order_id) >= 2 ORDER BY o.order_number LIMIT 1"
    ).fetchone()
    eans = [row[0] for row in c.execute(
        "SELECT p.ean13 FROM order_lines l JOIN products p USING (product_id) "
        "WHERE l.order_id = ?", (order_id,))]
    assert len(eans) >= 2 and all(eans)
    prints = Path(page.prints_dir)

    async def story():
        network.offline = True  # the back room's paper needs no network
        window.show_page("pickups")
        await wait_until(lambda: page.stack.currentWidget() is page.queue_panel, message="queue")
        scan(qtbot, window, number)
        await wait_until(lambda: page.order is not None and page.order.order_id == order_id
                         and page.view.print_slip.isVisible(), message="order open")
        made = {}
        for kind, button in (("pick list", page.view.print_list),
                             ("slip", page.view.print_slip)):
            before = set(prints.glob("*.pdf")) if prints.exists() else set()
            assert button.isVisible() and button.isEnabled()
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            await wait_until(lambda b=before: set(prints.glob("*.pdf")) - b,
                             message=f"{kind} printed")
            (made[kind],) = set(prints.glob("*.pdf")) - before
        assert sorted(scanned(made["pick list"])) == sorted({number, *map(as_scanned, eans)})
        assert scanned(made["slip"]) == [number]

    qloop.run_until_complete(story())


def _line(n: int, ean13: str | None) -> Line:
    return Line(f"L{n}", f"P{n}", f"Item {n}", "Brand", ean13, n + 1, 0, 0, None, None, None,
                True, 1999, 3)


def _ean(body: str) -> str:
    return body + ean13_check_digit(body)


def test_every_line_barcode_reads_back_and_without_the_bars_nothing_does(qtbot, tmp_path):
    """The reading is real: the same pages printed without their pictures read as nothing (the
    digits printed under the bars are no barcode); a line with no valid EAN-13 prints its
    digits only; an EAN-13 with a leading 0 reads as the UPC-A a scanner types."""
    good = [_ean(f"50{n:010d}") for n in range(1, 14)]  # more lines than one page holds
    upc = _ean("003600029145")
    order = Order("o1", "CC-100123", "c1", "Ada Lovelace", None, "click_and_collect", "S001",
                  "picking", None, "2026-12-01T12:00:00", "2026-12-03T12:00:00", 5000, True,
                  "SHELF-B3", None, None, 0, None, False,
                  [_line(n, e) for n, e in enumerate([*good, upc, "5012345678901", None])])
    pick_list = paper.pick_list_html(order, "Harbour & Pine")
    slip = paper.slip_html(order, "Harbour & Pine")

    path = paper.print_to_pdf(pick_list, tmp_path / "pick-list.pdf")
    pdf = QPdfDocument()
    assert pdf.load(str(path)) == QPdfDocument.Error.None_ and pdf.pageCount() >= 2
    pdf.close()
    codes = scanned(path)
    assert sorted(codes) == sorted([order.order_number, *good, as_scanned(upc)])
    assert "5012345678901" in pick_list  # (its check digit is wrong: written, not drawn)
    assert scanned(paper.print_to_pdf(slip, tmp_path / "slip.pdf")) == [order.order_number]

    for name, page in (("pick-list", pick_list), ("slip", slip)):
        bare = re.sub(r"<img [^>]*>", "", page)
        assert bare != page
        assert scanned(paper.print_to_pdf(bare, tmp_path / f"{name}-bare.pdf")) == []

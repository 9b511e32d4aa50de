"""Paper for the back room: a pick list, a pickup slip and a returns slip, printed with
QPrinter.

Without a printer (or headless) they are written as PDF files, which is also what a tablet
shares to a network printer.

Paper scans: the pick list and the pickup slip carry their order number as a Code 128 (a
wedge scanner reading it opens the order, as the number typed would), and the pick list each
line's EAN-13 (a picker scans the item from the paper when its own label will not read). The
HTML names a barcode by what it holds (``code128/CC-100123.png``, ``ean13/50….png``) and
:func:`print_to_pdf` draws each one it names."""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import quote, unquote

import zxingcpp
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from associate_app.cache.pickups import Order
from associate_app.gui import code128
from store_contract.domain.barcodes import is_valid_ean13

#: the name the HTML gives a barcode picture: its symbology, then what it holds
_BARCODE_SRC = re.compile(r"""src=['"]((code128|ean13)/([^'"]+)\.png)['"]""")


def code128_src(text: str) -> str:
    """The ``<img src>`` of ``text`` as a Code 128 (drawn by :func:`print_to_pdf`)."""
    return f"code128/{quote(text, safe='')}.png"


def ean13_src(digits: str) -> str:
    """The ``<img src>`` of an EAN-13 (drawn by :func:`print_to_pdf`)."""
    return f"ean13/{digits}.png"


def ean13_image(digits: str, module_px: int = 4) -> QImage:
    """``digits`` (a valid EAN-13) as black bars on white with its quiet zones, ``module_px``
    pixels a module (zxing-cpp's writer)."""
    bitmap = zxingcpp.write_barcode_to_image(
        zxingcpp.create_barcode(digits, zxingcpp.BarcodeFormat.EAN13), scale=module_px)
    height, width = bitmap.shape[:2]
    return QImage(bytes(memoryview(bitmap)), width, height, width,
                  QImage.Format.Format_Grayscale8).copy()


def barcode_pictures(html_text: str) -> dict[str, QImage]:
    """The pictures of the barcodes ``html_text`` names (see :func:`code128_src`)."""
    pictures: dict[str, QImage] = {}
    for name, kind, content in _BARCODE_SRC.findall(html_text):
        if name not in pictures:
            text = unquote(html.unescape(content))
            pictures[name] = code128.image(text) if kind == "code128" else ean13_image(text)
    return pictures


def _order_barcode(order_number: str, module_px: int = 3, height: int = 72) -> str:
    """The order number as a Code 128 (``module_px`` page pixels a module, so a longer number
    makes a longer symbol, never thinner bars), the number written under it."""
    width = len(code128.modules(order_number)) * module_px
    return ("<table cellspacing='0' cellpadding='6'>"
            "<tr><td align='center'>"
            f"<img src='{html.escape(code128_src(order_number))}' width='{width}' "
            f"height='{height}'><br><tt>{html.escape(order_number)}</tt></td></tr></table>")


def _line_barcode(ean13: str | None) -> str:
    """A pick list line's EAN-13 as bars with its digits under them; the digits alone (or a
    dash) when it has no valid EAN-13, which no scanner could read back."""
    if not ean13:
        return "—"
    if not is_valid_ean13(ean13):
        return html.escape(ean13)
    return (f"<img src='{ean13_src(ean13)}' width='170' height='56'><br>"
            f"<tt>{html.escape(ean13)}</tt>")


def pick_list_html(order: Order, store_name: str) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(line.name)}</td>"
        f"<td align='center'>{_line_barcode(line.ean13)}</td>"
        f"<td align='center'>{line.qty_ordered}</td><td align='center'>{line.qty_picked}</td>"
        f"<td align='center'>☐</td></tr>"
        for line in sorted(order.lines, key=lambda x: x.name))
    return (
        f"<h2>Pick list {html.escape(order.order_number)}</h2>"
        f"{_order_barcode(order.order_number)}"
        f"<p>{html.escape(store_name)} · for {html.escape(order.customer_name)} · promised "
        f"{html.escape((order.promised_at or '')[:16].replace('T', ' '))} UTC"
        f"{' · substitutes allowed' if order.allow_substitutions else ' · no substitutes'}</p>"
        "<table border='1' cellspacing='0' cellpadding='6' width='100%'>"
        "<tr><th align='left'>Item</th><th>Barcode</th><th>Qty</th>"
        f"<th>Picked</th><th>✓</th></tr>{rows}</table>"
        "<p>Scan each item into the app as you pick it; record anything missing there.</p>")


def slip_html(order: Order, store_name: str) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(line.name)}</td><td align='center'>{line.qty_picked}</td>"
        f"<td align='center'>{line.qty_short or ''}</td></tr>" for line in order.lines)
    return (
        f"<h1>{html.escape(order.order_number)}</h1>"
        f"{_order_barcode(order.order_number, 4, 90)}"
        f"<h2>{html.escape(order.customer_name)}</h2>"
        f"<p>Shelf: <b>{html.escape(order.staging_location or '—')}</b><br>"
        f"{html.escape(store_name)}<br>Keep until "
        f"{html.escape((order.pickup_expires_at or '')[:16].replace('T', ' '))} UTC</p>"
        "<table border='1' cellspacing='0' cellpadding='6' width='100%'>"
        f"<tr><th align='left'>Item</th><th>Packed</th><th>Missing</th></tr>{rows}</table>"
        "<p>Hand over only after checking the customer's pickup code in the app.</p>")


#: the name a slip's barcode picture has in its HTML (``<img src=...>``)
BARCODE = "barcode.png"


def print_to_pdf(html_text: str, path: Path, images: dict[str, QImage] | None = None) -> Path:
    """``html_text`` printed as a PDF at ``path``; ``images`` are the pictures its ``<img>``
    tags name (a slip's barcode), besides the barcodes it names by their content (drawn
    here, see :func:`code128_src`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFileName(str(path))
    document = QTextDocument()
    for name, picture in (barcode_pictures(html_text) | (images or {})).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), picture)
    document.setHtml(html_text)
    document.print_(printer)
    return path

"""Paper for the back room: a pick list, a pickup slip and a returns slip, printed with
QPrinter.

Without a printer (or headless) they are written as PDF files, which is also what a tablet
shares to a network printer."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from associate_app.cache.pickups import Order


def pick_list_html(order: Order, store_name: str) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(line.name)}</td><td>{html.escape(line.ean13 or '')}</td>"
        f"<td align='center'>{line.qty_ordered}</td><td align='center'>{line.qty_picked}</td>"
        f"<td align='center'>☐</td></tr>"
        for line in sorted(order.lines, key=lambda x: x.name))
    return (
        f"<h2>Pick list {html.escape(order.order_number)}</h2>"
        f"<p>{html.escape(store_name)} · for {html.escape(order.customer_name)} · promised "
        f"{html.escape((order.promised_at or '')[:16].replace('T', ' '))} UTC"
        f"{' · substitutes allowed' if order.allow_substitutions else ' · no substitutes'}</p>"
        "<table border='1' cellspacing='0' cellpadding='6' width='100%'>"
        "<tr><th align='left'>Item</th><th align='left'>Barcode</th><th>Qty</th>"
        f"<th>Picked</th><th>✓</th></tr>{rows}</table>"
        "<p>Scan each item into the app as you pick it; record anything missing there.</p>")


def slip_html(order: Order, store_name: str) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(line.name)}</td><td align='center'>{line.qty_picked}</td>"
        f"<td align='center'>{line.qty_short or ''}</td></tr>" for line in order.lines)
    return (
        f"<h1>{html.escape(order.order_number)}</h1>"
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
    tags name (a slip's barcode)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFileName(str(path))
    document = QTextDocument()
    for name, picture in (images or {}).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), picture)
    document.setHtml(html_text)
    document.print_(printer)
    return path

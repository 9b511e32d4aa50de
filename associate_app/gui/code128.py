"""Code 128 (code set B, with code set C for runs of digits), drawn with QPainter: the return id
on a returns slip, the sale's number on a cart's slip and the order number on a pick list and a
pickup slip (gui/paper.py), scannable by the same wedge scanners that read order numbers.

The symbol is start code, data, a modulo-103 check symbol and the stop code; each symbol is
six bar/space widths in modules (the stop code seven). A quiet zone of ten modules either side.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

#: bar/space widths of the 107 symbols (values 0–102, start A/B/C at 103–105, stop at 106)
_WIDTHS = (  # noqa: SIM905 (the table as printed in the standard)
    "212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 "
    "221312 231212 112232 122132 122231 113222 123122 123221 223211 221132 "
    "221231 213212 223112 312131 311222 321122 321221 312212 322112 322211 "
    "212123 212321 232121 111323 131123 131321 112313 132113 132311 211313 "
    "231113 231311 112133 112331 132131 113123 113321 133121 313121 211331 "
    "231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 "
    "314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 "
    "112412 122114 122411 142112 142211 241211 221114 413111 241112 134111 "
    "111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 "
    "214121 412121 111143 111341 131141 114113 114311 411113 411311 113141 "
    "114131 311141 411131 211412 211214 211232 2331112").split()
START_B, START_C, CODE_B, CODE_C, STOP = 104, 105, 100, 99, 106
QUIET = 10  # modules of white either side


def symbols(text: str) -> list[int]:
    """The symbol values of ``text`` (printable ASCII), check symbol and stop included."""
    if not text or any(not 32 <= ord(ch) < 127 for ch in text):
        raise ValueError("Code 128 here takes printable ASCII text only.")
    values: list[int] = []
    i, mode = 0, None
    while i < len(text):
        run = len(text[i:]) - len(text[i:].lstrip("0123456789"))
        if run >= 4 and run % 2 == 0 or run >= 5:  # digits by pairs: shorter code
            run -= run % 2
            if mode != "C":
                values.append(START_C if not values else CODE_C)
                mode = "C"
            values.extend(int(text[j:j + 2]) for j in range(i, i + run, 2))
            i += run
            continue
        if mode != "B":
            values.append(START_B if not values else CODE_B)
            mode = "B"
        values.append(ord(text[i]) - 32)
        i += 1
    check = (values[0] + sum(k * v for k, v in enumerate(values[1:], start=1))) % 103
    return [*values, check, STOP]


def modules(text: str) -> str:
    """The symbol as modules: ``1`` a bar, ``0`` a space (quiet zones included)."""
    out = ["0" * QUIET]
    for value in symbols(text):
        for k, width in enumerate(_WIDTHS[value]):
            out.append(("1" if k % 2 == 0 else "0") * int(width))
    out.append("0" * QUIET)
    return "".join(out)


def image(text: str, module_px: int = 4, height_px: int = 160) -> QImage:
    """``text`` as a black-on-white Code 128 picture, ``module_px`` pixels a module."""
    bars = modules(text)
    picture = QImage(len(bars) * module_px, height_px, QImage.Format.Format_RGB32)
    picture.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(picture)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(Qt.GlobalColor.black))
    start = None
    for x, bit in enumerate(bars + "0"):
        if bit == "1" and start is None:
            start = x
        elif bit == "0" and start is not None:
            painter.drawRect(QRectF(start * module_px, 0, (x - start) * module_px, height_px))
            start = None
    painter.end()
    return picture

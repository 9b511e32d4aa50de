"""Barcode pictures for camera tests: real symbols (zxing-cpp's writer) as a camera would see
them, held on a card over a noisy counter top, tilted and scaled at will."""

from __future__ import annotations

import random

import zxingcpp
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter


def label(content: str, fmt: zxingcpp.BarcodeFormat, scale: int = 4) -> QImage:
    """The symbol as printed: black bars on white with quiet zones."""
    bitmap = zxingcpp.write_barcode_to_image(zxingcpp.create_barcode(content, fmt), scale=scale)
    height, width = bitmap.shape[:2]
    return QImage(bytes(memoryview(bitmap)), width, height, width,
                  QImage.Format.Format_Grayscale8).copy()


def noise(width: int, height: int, seed: int = 7) -> QImage:
    """Grey sensor noise: what a camera sees of a plain counter top."""
    rng = random.Random(seed)
    data = bytes(100 + b % 60 for b in rng.randbytes(width * height))
    return QImage(data, width, height, width, QImage.Format.Format_Grayscale8).copy()


def photo(symbol: QImage, *, angle: float = 0.0, scale: float = 1.0,
          size: tuple[int, int] = (1280, 720)) -> QImage:
    """A colour camera frame (1280×720) of the label held on a card over a noisy background,
    turned by ``angle`` degrees and shown at ``scale`` of its printed size."""
    frame = QImage(*size, QImage.Format.Format_ARGB32)
    painter = QPainter(frame)
    painter.drawImage(0, 0, noise(*size))
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.translate(QPointF(size[0] / 2, size[1] / 2))
    painter.rotate(angle)
    painter.scale(scale, scale)
    w, h = symbol.width(), symbol.height()
    painter.fillRect(QRectF(-w / 2 - 20, -h / 2 - 20, w + 40, h + 40), QColor("#f4f1ea"))
    painter.drawImage(QRectF(-w / 2, -h / 2, w, h), symbol)
    painter.end()
    return frame

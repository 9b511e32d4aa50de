"""The app's icons for the bundles, made at build time from ``resources/icons/app.svg``.

PNG at every size a desktop asks for (rendered by Qt's ``QSvgRenderer``, no other tool), and from
those PNGs a Windows ``.ico`` and a macOS ``.icns``. Both formats can carry PNG images as they
are (ICO since Windows Vista, ICNS since Mac OS X 10.7), so they are written here byte by byte:
no Pillow, no ``iconutil``, the same files on every build machine. (``iconutil -c icns`` on a
Mac gives an equivalent file from the ``.iconset`` folder this also writes; see README.md.)

    uv run python packaging/icons.py OUT_DIR
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SVG = REPO / "resources" / "icons" / "app.svg"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold a PNG, by the pixel size of that PNG
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"ic11", 32),   # 16, 32, 16@2x
    (b"ic12", 64), (b"ic07", 128), (b"ic13", 256),  # 32@2x, 128, 128@2x
    (b"ic08", 256), (b"ic14", 512), (b"ic09", 512),  # 256, 256@2x, 512
    (b"ic10", 1024),                                 # 512@2x
)
# macOS ``iconutil`` input: file name -> pixel size
ICONSET = {
    "icon_16x16.png": 16, "icon_16x16@2x.png": 32, "icon_32x32.png": 32,
    "icon_32x32@2x.png": 64, "icon_128x128.png": 128, "icon_128x128@2x.png": 256,
    "icon_256x256.png": 256, "icon_256x256@2x.png": 512, "icon_512x512.png": 512,
    "icon_512x512@2x.png": 1024,
}


def render_pngs(svg: Path, sizes: tuple[int, ...] = PNG_SIZES) -> dict[int, bytes]:
    """The SVG as PNG bytes at each size (square, transparent background)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"icons: {svg} is not an SVG Qt can render")
    out: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise SystemExit(f"icons: could not encode the {size}px PNG")
        buffer.close()
        out[size] = bytes(data.data())
    return out


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon: ICONDIR, one ICONDIRENTRY per size, then the PNGs themselves."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        png = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon family: 'icns', total length, then (type, length, PNG) elements."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build(out_dir: Path, svg: Path = SVG) -> dict[str, Path]:
    """Write ``png/<n>x<n>/store-associate.png``, ``store-associate.ico``, ``.icns``, the
    ``.iconset`` folder and ``store-associate.png`` (256 px) into ``out_dir``."""
    pngs = render_pngs(svg)
    out_dir.mkdir(parents=True, exist_ok=True)
    for size, png in pngs.items():
        folder = out_dir / "png" / f"{size}x{size}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "store-associate.png").write_bytes(png)
    iconset = out_dir / "store-associate.iconset"
    iconset.mkdir(exist_ok=True)
    for name, size in ICONSET.items():
        (iconset / name).write_bytes(pngs[size])
    made = {
        "png": out_dir / "store-associate.png",
        "ico": out_dir / "store-associate.ico",
        "icns": out_dir / "store-associate.icns",
        "svg": out_dir / "store-associate.svg",
    }
    made["png"].write_bytes(pngs[256])
    made["ico"].write_bytes(ico_bytes(pngs))
    made["icns"].write_bytes(icns_bytes(pngs))
    made["svg"].write_bytes(svg.read_bytes())
    return made


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/icons.py OUT_DIR")
    for kind, path in build(Path(sys.argv[1])).items():
        print(f"{kind}: {path}")

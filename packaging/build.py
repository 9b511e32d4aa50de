"""Build the standalone bundle of ``associate-app`` with PyInstaller (one folder).

    uv run --locked --group packaging python packaging/build.py [--dist DIR] [--work DIR]

Makes the icons from ``resources/icons/app.svg`` (``packaging/icons.py``), freezes the app with
``packaging/associate-app.spec`` and, on Linux, adds the ``.desktop`` entry, the icons in the
freedesktop layout and ``install.sh`` to the bundle's folder. Prints the folder, its size and
the build's time. The same command on Windows and macOS gives their bundle (packaging/README.md).

Reproducible: the versions are uv.lock's, the icons are rendered the same way every time, and
the build runs with ``PYTHONHASHSEED=0`` and ``SOURCE_DATE_EPOCH`` (the last commit's time).
"""

from __future__ import annotations

import argparse
import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import icons  # noqa: E402  (packaging/icons.py, beside this file)

NAME = "associate-app"


def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def _commit_time() -> str:
    try:
        out = subprocess.run(["git", "-C", str(REPO), "log", "-1", "--format=%ct"],
                             capture_output=True, text=True, check=True).stdout.strip()
        return out or "0"
    except (OSError, subprocess.CalledProcessError):
        return "0"


def build(dist: Path, work: Path, *, quiet: bool = False) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("build: PyInstaller is not installed here; run this with "
                         "`uv run --locked --group packaging python packaging/build.py`") from None
    icon_dir = work / "icons"
    icons.build(icon_dir)
    env = dict(os.environ, STORE_ASSOCIATE_ICONS=str(icon_dir), PYTHONHASHSEED="0")
    env.setdefault("SOURCE_DATE_EPOCH", _commit_time())
    env.setdefault("QT_QPA_PLATFORM", "offscreen")  # PyInstaller's Qt hooks start Qt
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
           "--distpath", str(dist), "--workpath", str(work / "pyinstaller"),
           "--log-level", "WARN" if quiet else "INFO", str(HERE / "associate-app.spec")]
    subprocess.run(cmd, check=True, env=env, cwd=REPO)
    bundle = dist / NAME
    if sys.platform.startswith("linux"):
        _linux_extras(bundle, icon_dir)
    return bundle


def _linux_extras(bundle: Path, icon_dir: Path) -> None:
    """The desktop entry (its Exec filled in by install.sh) and hicolor icons, in the bundle."""
    share = bundle / "share"
    apps = share / "applications"
    apps.mkdir(parents=True, exist_ok=True)
    shutil.copy2(HERE / "linux" / "store-associate.desktop", apps / "store-associate.desktop")
    for size in icons.PNG_SIZES:
        if size > 512:
            continue  # hicolor's largest fixed size
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(icon_dir / "png" / f"{size}x{size}" / "store-associate.png",
                     target / "store-associate.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(icon_dir / "store-associate.svg", scalable / "store-associate.svg")
    install = bundle / "install.sh"
    shutil.copy2(HERE / "linux" / "install.sh", install)
    install.chmod(install.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=HERE / "dist",
                        help="where the bundle's folder goes (default packaging/dist)")
    parser.add_argument("--work", type=Path, default=HERE / "build",
                        help="PyInstaller's and the icons' work folder (default packaging/build)")
    parser.add_argument("--quiet", action="store_true", help="only PyInstaller's warnings")
    args = parser.parse_args()
    started = time.monotonic()
    bundle = build(args.dist.resolve(), args.work.resolve(), quiet=args.quiet)
    took = time.monotonic() - started
    print(f"bundle: {bundle} ({folder_size(bundle) / 2**20:.0f} MiB) built in {took:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

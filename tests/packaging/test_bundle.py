"""The standalone bundle (packaging/): built with PyInstaller from uv.lock's versions, then run
on the demo as a newcomer would, offscreen, with a screenshot to exit.

Building takes minutes, so this runs only with ``STORE_ASSOCIATE_BUILD_BUNDLE=1``;
otherwise it is skipped. ``STORE_ASSOCIATE_BUNDLE_DIR=DIR`` runs a bundle built before (the
folder holding the ``associate-app`` program) instead of building one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

# the real Secret Service (gnome-keyring in a private D-Bus session) of the keychain tests
from tests.integration.test_secret_service import desktop  # noqa: F401 - a fixture

REPO = Path(__file__).resolve().parents[2]
BUILD_ENV = "STORE_ASSOCIATE_BUILD_BUNDLE"
PREBUILT_ENV = "STORE_ASSOCIATE_BUNDLE_DIR"
EXE = "associate-app.exe" if sys.platform == "win32" else "associate-app"

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.slow,
    pytest.mark.timeout(900),
    pytest.mark.skipif(
        os.environ.get(BUILD_ENV) != "1" and not os.environ.get(PREBUILT_ENV),
        reason=f"builds the bundle (minutes): set {BUILD_ENV}=1 to run it"),
]


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment without what points into this source tree (the tests' PYTHONPATH)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    prebuilt = os.environ.get(PREBUILT_ENV)
    if prebuilt:
        yield Path(prebuilt)
        return
    uv = shutil.which("uv")
    assert uv, "building the bundle needs uv (packaging/README.md)"
    work = tmp_path_factory.mktemp("bundle")
    venv = work / "venv"
    # the build's own environment: the app, the demo's service and PyInstaller, as locked
    started = time.monotonic()
    subprocess.run(
        [uv, "sync", "--locked", "--no-dev", "--group", "packaging", "--extra", "demo",
         "--quiet"],
        cwd=REPO, check=True, timeout=600,
        env=_clean_env(UV_PROJECT_ENVIRONMENT=str(venv)))
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    result = subprocess.run(
        [str(python), str(REPO / "packaging" / "build.py"), "--quiet",
         "--dist", str(work / "dist"), "--work", str(work / "build")],
        cwd=REPO, capture_output=True, text=True, timeout=900, env=_clean_env())
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-6000:]
    print(f"bundle built in {time.monotonic() - started:.0f} s: {result.stdout.strip()}")
    yield work / "dist" / "associate-app"
    shutil.rmtree(work, ignore_errors=True)


def _run(bundle: Path, tmp_path: Path, *args: str,
         **extra_env: str) -> tuple[subprocess.CompletedProcess, Path]:
    """The built program with a fresh home, platform folders and an in-memory keychain, from
    a folder outside the source tree."""
    home = tmp_path / "home"
    home.mkdir()
    shot = tmp_path / "main.png"
    env = _clean_env(
        HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local/state"), QT_QPA_PLATFORM="offscreen",
        # the app's own in-memory backend (the bundle carries no test code)
        PYTHON_KEYRING_BACKEND="associate_app.keychain.MemoryKeyring")
    for var in ("QT_IM_MODULE", "QT_IM_MODULES", "STORE_ASSOCIATE_KIOSK", "STORE_ASSOCIATE_LANG"):
        env.pop(var, None)
    env.update(extra_env)
    result = subprocess.run(
        [str(bundle / EXE), "--demo", "--data-dir", str(tmp_path / "data"),
         "--demo-customers", "300", "--screenshot", str(shot), *args],
        cwd=home, capture_output=True, text=True, timeout=300, env=env)
    return result, shot


def _distinct_colours(image: QImage) -> int:
    step_x, step_y = max(1, image.width() // 64), max(1, image.height() // 40)
    return len({image.pixel(x, y) for x in range(0, image.width(), step_x)
                for y in range(0, image.height(), step_y)})


def test_the_bundle_runs_the_demo_and_renders_the_main_window(bundle, tmp_path):
    assert (bundle / EXE).is_file()
    result, shot = _run(bundle, tmp_path)
    assert result.returncode == 0, result.stderr[-6000:]
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() >= 960 and image.height() >= 600
    assert _distinct_colours(image) >= 8  # a rendered window, not a blank one
    # the demo's service ran from the bundle, seeded, and is gone with the app
    data = tmp_path / "data"
    assert "seeded 3 stores" in (data / "demo-service" / "logs" / "central-api.log").read_text()
    assert (data / "cache.sqlite3").exists()
    db = str(data / "demo-service" / "demo-central.sqlite3")
    assert not [pid for pid in _pids() if db.encode() in _cmdline(pid)]
    if sys.platform.startswith("linux"):
        desktop = (bundle / "share" / "applications" / "store-associate.desktop").read_text()
        assert "Icon=store-associate" in desktop
        assert (bundle / "share/icons/hicolor/256x256/apps/store-associate.png").is_file()


def test_the_bundle_in_kiosk_mode_fills_the_screen(bundle, tmp_path, qapp):
    result, shot = _run(bundle, tmp_path, "--kiosk")
    assert result.returncode == 0, result.stderr[-6000:]
    image = QImage(str(shot))
    screen = qapp.primaryScreen().geometry()  # the offscreen platform's screen, as the app's
    assert (image.width(), image.height()) == (screen.width(), screen.height())
    assert _distinct_colours(image) >= 8
    # Qt's on-screen keyboard (QML) came with the bundle: no module missing
    assert "is not installed" not in result.stderr, result.stderr[-3000:]


def test_the_bundle_speaks_french(bundle, tmp_path):
    """The catalogues travel in the bundle (in its Qt resources): asked for French, the app
    finds it, and writes the main window in it."""
    result, shot = _run(bundle, tmp_path, STORE_ASSOCIATE_LANG="fr")
    assert result.returncode == 0, result.stderr[-6000:]
    assert "no translation for" not in result.stderr, result.stderr[-3000:]
    (tmp_path / "en").mkdir()
    english, _ = _run(bundle, tmp_path / "en", STORE_ASSOCIATE_LANG="xx")
    assert "no translation for 'xx'" in english.stderr  # the check above can fail
    assert not QImage(str(shot)).isNull()


@pytest.mark.secret_service
def test_the_bundle_keeps_its_keys_in_the_secret_service(bundle, desktop, tmp_path):  # noqa: F811
    """keyring's Secret Service backend (jeepney, secretstorage) works frozen: the data
    folder's key is in the login keychain and still there at the next login."""
    exe, data = str(bundle / EXE), str(tmp_path / "data")
    status = [exe, "status", "--json", "--data-dir", data]
    first = desktop.session([[exe, "--demo", "--data-dir", data, "--demo-customers", "300",
                              "--screenshot", str(tmp_path / "main.png")], status])
    assert [r["code"] for r in first] == [0, 0], [r["stderr"][-3000:] for r in first]
    (again,) = desktop.session([status])
    assert again["code"] == 0, again["stderr"][-3000:]
    protection = json.loads(again["stdout"])["protection"]
    assert protection["key_in_keychain"] and protection["cache_encrypted"], protection
    assert protection["outbox_encrypted"], protection


def _pids() -> list[int]:
    return [int(e.name) for e in os.scandir("/proc") if e.name.isdigit()] if os.path.isdir(
        "/proc") else []


def _cmdline(pid: int) -> bytes:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read()
    except OSError:
        return b""

"""The README's first command, as a newcomer runs it (offscreen, with a screenshot to exit)."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage


def test_the_demo_starts_its_service_signs_in_and_renders_the_main_window(tmp_path):
    shot = tmp_path / "main.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "associate_app", "--demo", "--data-dir", str(tmp_path / "data"),
         "--demo-customers", "300", "--screenshot", str(shot)],
        capture_output=True, text=True, timeout=180, env=env,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert image.width() >= 960 and image.height() >= 600
    log = (tmp_path / "data" / "demo-service" / "logs" / "central-api.log").read_text()
    assert "seeded 3 stores" in log
    db = tmp_path / "data" / "demo-service" / "demo-central.sqlite3"
    assert db.exists()
    assert (tmp_path / "data" / "cache.sqlite3").exists()
    # the service the demo started is gone with the app
    assert not processes_mentioning(str(db))


def processes_mentioning(text: str) -> list[int]:
    found = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/cmdline", "rb") as f:
                if text.encode() in f.read():
                    found.append(int(entry.name))
        except OSError:
            continue
    return found

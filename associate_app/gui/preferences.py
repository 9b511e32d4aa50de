"""Preferences kept between runs (QSettings): which server and store this device uses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

SERVER_URL = "connection/server_url"
STORE_ID = "connection/store_id"
DATA_DIR = "storage/data_dir"
SYNC_INTERVAL = "sync/interval_seconds"


class Preferences:
    def __init__(self, path: Path | None = None) -> None:
        """``path``: an INI file (tests, portable installs); otherwise the platform's place."""
        if path is None:
            self._settings = QSettings("StoreAssociate", "Store Associate")
        else:
            self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def server(self) -> tuple[str | None, str | None]:
        url = self._settings.value(SERVER_URL, None)
        store = self._settings.value(STORE_ID, None)
        return (str(url) if url else None, str(store) if store else None)

    def remember_server(self, url: str, store_id: str) -> None:
        self._settings.setValue(SERVER_URL, url)
        self._settings.setValue(STORE_ID, store_id)
        self._settings.sync()

    def data_dir(self) -> Path | None:
        value = self._settings.value(DATA_DIR, None)
        return Path(str(value)) if value else None

    def sync_interval_s(self, default: int = 30) -> int:
        try:
            return max(5, int(self._settings.value(SYNC_INTERVAL, default)))
        except (TypeError, ValueError):
            return default

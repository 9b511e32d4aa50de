"""Where the app's data lives and which central service it talks to."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "store-associate"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class AppConfig:
    demo: bool
    data_dir: Path
    server_url: str | None = None  # None in demo mode until the demo service has started
    store_id: str | None = None

    @property
    def credential_scope(self) -> str:
        """Keychain scope: the demo's device lives in its data dir's database; a real device is
        enrolled to one server and store."""
        if self.demo:
            digest = hashlib.sha256(str(self.data_dir.resolve()).encode()).hexdigest()[:12]
            return f"demo-{digest}"
        return f"{self.server_url}#{self.store_id or ''}"

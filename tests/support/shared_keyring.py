"""The tests' keychain: in memory, and shared by every process of one test session.

A real keychain outlives the process that wrote to it; the commands the tests run in
subprocesses (``associate-app sync`` then ``status``) need the data folder's key the first one
made, as on a real device. This backend keeps the in-memory keyring's items in one JSON file
of the session's scratch folder (``STORE_ASSOCIATE_TEST_KEYRING``); without that variable it
is the plain in-memory keyring. Tests only: a keychain in a file protects nothing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import filelock

from associate_app.keychain import MemoryKeyring

ENV = "STORE_ASSOCIATE_TEST_KEYRING"


class SharedTestKeyring(MemoryKeyring):
    priority = -1  # type: ignore[assignment]  # never chosen by keyring on its own

    def __init__(self) -> None:
        super().__init__()
        path = os.environ.get(ENV)
        self._path = Path(path) if path else None

    def _load(self) -> dict[str, str]:
        assert self._path is not None
        try:
            return json.loads(self._path.read_text())
        except FileNotFoundError:
            return {}

    def _change(self, service: str, username: str, password: str | None) -> bool:
        assert self._path is not None
        with filelock.FileLock(str(self._path) + ".lock"):
            items = self._load()
            key = f"{service}\n{username}"
            existed = key in items
            if password is None:
                items.pop(key, None)
            else:
                items[key] = password
            tmp = self._path.with_suffix(".tmp")
            tmp.write_text(json.dumps(items))
            os.replace(tmp, self._path)
            return existed

    def get_password(self, service: str, username: str) -> str | None:
        if self._path is None:
            return super().get_password(service, username)
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        if self._path is None:
            super().set_password(service, username, password)
        else:
            self._change(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        if self._path is None:
            super().delete_password(service, username)
        elif not self._change(service, username, None):
            import keyring.errors

            raise keyring.errors.PasswordDeleteError(f"{service}/{username} is not stored")

"""How a test reads a device's files from outside the app: through the app's own opening
(:func:`associate_app.cache.database.connect`, which decrypts with the data folder's key from
the keychain), with plain tuples for rows as ``sqlite3.connect`` gives."""

from __future__ import annotations

from pathlib import Path

from associate_app.cache.database import Connection, connect


def open_file(path: Path, *, readonly: bool = False) -> Connection:
    conn = connect(Path(path), readonly=readonly)
    conn.row_factory = None
    return conn

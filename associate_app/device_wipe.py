"""Erasing a device's data when the store removed it (a lost or stolen tablet).

The service answers a removed device's next request with "device revoked"; the device then
deletes its cache, its outbox (what was queued is lost on purpose: the store said this device
is no longer to be trusted), their side files, damaged copies kept for support, printed slips
and logs, and forgets the keychain entries; it returns to enrolment.

Only the app's own entries go: ``--data-dir`` may name a folder that holds other things too
(``~/Documents``), and those are never touched. The app's names are the ones
:mod:`associate_app.cache.encryption` keeps private (one list for both); the embedded demo
service's folder is not the device's data and stays.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from associate_app.cache.encryption import _OURS

log = logging.getLogger(__name__)

#: what is kept in a data folder after a wipe (the demo's own central service)
KEPT = frozenset({"demo-service"})
#: the pickup slips the app prints (gui/app.py: ``data_dir / "prints"``)
PRINTS = "prints"
#: the app's databases: each with its ``-wal``/``-shm``/``-journal`` and the copies set aside
#: after damage (``.corrupt-<time>``, ``.damaged-<time>``) or while encrypting
_DATABASES = tuple(name for name in _OURS if name.endswith(".sqlite3"))


def is_ours(name: str) -> bool:
    """Whether an entry of a data folder is the app's own (and so erased by a wipe).

    Names are matched whole, or as a database's name followed by ``-``/``.`` and a suffix, or
    by a prefix the app ends with ``-`` (``.salvage-…``): never a user's ``logs-2023.txt``."""
    if name in KEPT:
        return False
    for ours in (*_OURS, PRINTS):
        if name == ours:
            return True
        if ours.endswith("-") and name.startswith(ours):
            return True
        if ours in _DATABASES and name.startswith((ours + "-", ours + ".")):
            return True
    return False


def wipe_data_folder(data_dir: Path) -> list[str]:
    """Delete the device's own files in ``data_dir`` (nothing else); returns the names deleted."""
    folder = Path(data_dir)
    removed = []
    for entry in sorted(folder.iterdir()) if folder.is_dir() else []:
        if not is_ours(entry.name):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        removed.append(entry.name)
    log.warning("this device was removed from the store: erased %s",
                ", ".join(removed) or "nothing (no data here)")
    return removed

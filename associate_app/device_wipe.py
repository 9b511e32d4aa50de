"""Erasing a device's data when the store removed it (a lost or stolen tablet).

The service answers a removed device's next request with "device revoked"; the device then
deletes its cache, its outbox (what was queued is lost on purpose: the store said this device
is no longer to be trusted), its side files, damaged copies kept for support, printed slips and
logs, and forgets the keychain entries; it returns to enrolment. The embedded demo service's
folder is not the device's data and stays.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

log = logging.getLogger(__name__)

#: what is kept in a data folder after a wipe (the demo's own central service)
KEPT = frozenset({"demo-service"})


def wipe_data_folder(data_dir: Path) -> list[str]:
    """Delete everything of the device's in ``data_dir``; returns the names deleted."""
    removed = []
    for entry in sorted(Path(data_dir).iterdir()) if Path(data_dir).exists() else []:
        if entry.name in KEPT:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        removed.append(entry.name)
    log.warning("this device was removed from the store: erased %s", ", ".join(removed))
    return removed

"""What a device's cache or outbox holds, for support staff (``associate-app inspect``).

The files are encrypted, so the ``sqlite-utils`` command line cannot open them; this reads them
through sqlite-utils' Python API on a read-only connection opened with the folder's key, as the
app does (:func:`associate_app.cache.database.connect`). It changes nothing, repairs nothing,
and works beside a running app.

Sample rows show what the screens show, minus secrets: salts, hashes and verifiers are
replaced by ``"<redacted>"`` (so is a secret still in clear inside a queued change's payload),
and emails and phone numbers are masked as the customer search command masks them.
"""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from store_contract.domain.customer_query import mask_email, mask_phone
from store_contract.payloads import SECRET_FIELDS

#: columns whose values never leave the device: PIN verifiers and pickup-code hashes with
#: their salts (an offline guess needs both)
SECRET_COLUMNS = frozenset({"pin_salt", "pin_hash", "salt", "verifier", "pickup_code_salt",
                            "pickup_code_hash", "phone_rev"})
REDACTED = "<redacted>"
_MASKED = {"email": mask_email, "phone_e164": mask_phone}


def table_names(db: sqlite_utils.Database) -> list[str]:
    """The file's tables, without the search index's own storage (``customers_fts_data``…)."""
    search_indexes = db.table_names(fts5=True)
    return [name for name in db.table_names()
            if not any(name.startswith(f"{fts}_") for fts in search_indexes)]


def overview(db: sqlite_utils.Database) -> dict[str, Any]:
    """Schema version and, per table, its row count and column names."""
    return {
        "schema_version": db.execute("PRAGMA user_version").fetchone()[0],
        "tables": {name: {"rows": db[name].count,
                          "columns": [c.name for c in db[name].columns]}
                   for name in table_names(db)},
    }


def describe(db: sqlite_utils.Database, table: str, *, limit: int) -> dict[str, Any]:
    """One table: its columns, indexes, triggers, row count and its first ``limit`` rows."""
    subject = db[table]
    return {
        "table": table,
        "rows": subject.count,
        "columns": [{"name": c.name, "type": c.type, "not_null": bool(c.notnull),
                     "primary_key": bool(c.is_pk)} for c in subject.columns],
        "indexes": [{"name": i.name, "columns": i.columns, "unique": bool(i.unique)}
                    for i in subject.indexes],
        "triggers": [t.name for t in subject.triggers],
        "sample": [_shown(row) for row in subject.rows_where(limit=limit)],
    }


def _shown(row: dict[str, Any]) -> dict[str, Any]:
    shown = {}
    for column, value in row.items():
        if value is not None and column in SECRET_COLUMNS:
            value = REDACTED
        elif value is not None and column in _MASKED:
            value = _MASKED[column](value)
        elif isinstance(value, bytes):
            value = f"<{len(value)} bytes>"
        elif column == "payload" and isinstance(value, str):
            value = _payload_shown(value)
        shown[column] = value
    return shown


def _payload_shown(text: str) -> str:
    """A queued change's payload, less any secret still in clear (a change queued by an older
    version, not sealed yet) and contact details masked."""
    try:
        payload = json.loads(text)
    except ValueError:
        return text
    if not isinstance(payload, dict):
        return text
    return json.dumps(_shown({k: (REDACTED if k in SECRET_FIELDS and v is not None else v)
                              for k, v in payload.items()}), ensure_ascii=False)

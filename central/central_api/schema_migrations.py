"""Migrations of the central database with Alembic (``central_api/migrations``).

* A new database is brought to the newest revision (``head``) from empty.
* A database written by a version before migrations existed (tables, no ``alembic_version``)
  is brought up to the baseline the way those versions did it (missing tables, columns and
  indexes added: :func:`central_api.schema.create_schema`), stamped as the baseline, then
  upgraded like any other.
* :func:`pending` tells whether a database is behind this version: the service refuses to
  start on one (a sentence and exit status 2) until ``central-api migrate`` has run, unless it
  is told to migrate at start (``--migrate``; the SQLite demo always does).
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from . import schema

BASELINE = "0001"
_SCRIPTS = Path(__file__).with_name("migrations")


def _config(conn: sa.Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    if conn is not None:
        config.attributes["connection"] = conn
    return config


def head() -> str:
    """The newest revision this version knows."""
    found = ScriptDirectory.from_config(_config()).get_current_head()
    assert found is not None
    return found


def current(engine: sa.Engine) -> str | None:
    """The database's revision; None for an empty database or one made before migrations."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _is_legacy(engine: sa.Engine) -> bool:
    names = set(sa.inspect(engine).get_table_names())
    return "alembic_version" not in names and "stores" in names


def pending(engine: sa.Engine) -> bool:
    """True when the database is behind this version (empty, made before migrations, or at
    an older revision)."""
    return _is_legacy(engine) or current(engine) != head()


def migrate(engine: sa.Engine) -> tuple[str | None, str]:
    """Bring the database to ``head``: (the revision it was at, the revision it is at now)."""
    before = current(engine)
    if _is_legacy(engine):
        schema.create_schema(engine)  # what versions before migrations did at each start
        with engine.begin() as conn:
            command.stamp(_config(conn), BASELINE)
        before = "(before migrations)"
    with engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    return before, head()

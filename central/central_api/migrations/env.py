"""Alembic's environment for the central database: run by :mod:`central_api.schema_migrations`
with the connection it opened (``config.attributes["connection"]``); there is no alembic.ini."""

from __future__ import annotations

from alembic import context

from central_api import schema_sync  # noqa: F401  (its tables are on the same metadata)
from central_api.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters by copying a table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

"""Tables of the sync protocol's push side, on the same ``metadata`` as :mod:`central_api.schema`.

Importing this module is enough for :func:`central_api.schema.create_schema` to create them.

* ``processed_mutations``: every mutation a device pushed and what came of it, so a mutation
  id is applied at most once per device and a replay gets the first answer back.
* ``temp_ids``: the real id the server gave each temporary id (``tmp-…``) a device used, so a
  later mutation of the same device that still names the temporary id reaches the real record.
"""

from __future__ import annotations

import sqlalchemy as sa

from .schema import metadata

processed_mutations = sa.Table(
    "processed_mutations",
    metadata,
    sa.Column("device_id", sa.String(64), nullable=False),
    sa.Column("mutation_id", sa.String(64), nullable=False),
    sa.Column("device_seq", sa.Integer, nullable=False),
    sa.Column("type", sa.String(64), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),  # applied | rejected
    sa.Column("reason", sa.Text, nullable=True),
    sa.Column("id_map", sa.Text, nullable=False, server_default="{}"),  # JSON object
    sa.Column("processed_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("device_id", "mutation_id"),
)

temp_ids = sa.Table(
    "temp_ids",
    metadata,
    sa.Column("device_id", sa.String(64), nullable=False),
    sa.Column("temp_id", sa.String(64), nullable=False),
    sa.Column("real_id", sa.String(40), nullable=False),
    sa.PrimaryKeyConstraint("device_id", "temp_id"),
)

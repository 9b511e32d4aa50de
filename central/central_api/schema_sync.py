"""Tables of the sync protocol's push side, on the same ``metadata`` as :mod:`central_api.schema`.

Importing this module is enough for :func:`central_api.schema.create_schema` to create them.

* ``mutation_log``: every mutation the service has processed and what came of it, keyed by the
  mutation's own id (client-generated, unique for ever) and not by the device that carried it:
  a device enrolled again after a crash, a restart without a keychain or a restored backup
  replays the same ids under new credentials and gets the first answers back. The store the
  mutation was first pushed for owns it; another store can neither replay nor claim it.
* ``temp_id_map``: the real id the server gave each temporary id (``tmp-…``) a store's devices
  used, so a later mutation that still names the temporary id reaches the real record, whichever
  device credentials carry it.
* ``sealing_keys``: the service's key pairs for secrets that changes carry sealed
  (:mod:`store_contract.sealing`); the newest is handed to devices, older ones still open.
"""

from __future__ import annotations

import logging

import sqlalchemy as sa

from .schema import metadata

log = logging.getLogger(__name__)

mutation_log = sa.Table(
    "mutation_log",
    metadata,
    sa.Column("mutation_id", sa.String(64), primary_key=True),
    sa.Column("store_id", sa.String(40), nullable=False),
    sa.Column("device_id", sa.String(64), nullable=False),  # who first pushed it (audit)
    # whose session sent it; the change's author (staff_id of its effects) is the device's
    # word, this is the service's
    sa.Column("pushed_by", sa.String(40), nullable=True),
    sa.Column("device_seq", sa.BigInteger, nullable=False),
    sa.Column("type", sa.String(64), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),  # applied | rejected
    sa.Column("reason", sa.Text, nullable=True),
    # a refusal's reason as a Text (template and values, JSON; store_contract.domain.text): a
    # change sent again is answered in the person's language as the first time (revision 0002)
    sa.Column("reason_text", sa.Text, nullable=True),
    sa.Column("id_map", sa.Text, nullable=False, server_default="{}"),  # JSON object
    sa.Column("processed_at", sa.DateTime(timezone=True), nullable=False),
)
sa.Index("ix_mutation_log_store", mutation_log.c.store_id, mutation_log.c.processed_at)

temp_id_map = sa.Table(
    "temp_id_map",
    metadata,
    sa.Column("store_id", sa.String(40), nullable=False),
    sa.Column("temp_id", sa.String(64), nullable=False),
    sa.Column("real_id", sa.String(40), nullable=False),
    sa.PrimaryKeyConstraint("store_id", "temp_id"),
)

sealing_keys = sa.Table(
    "sealing_keys",
    metadata,
    sa.Column("key_id", sa.String(32), primary_key=True),
    sa.Column("private_key", sa.String(64), nullable=False),
    sa.Column("public_key", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)


def upgrade_legacy_tables(engine: sa.Engine) -> None:
    """Carry the answers of a database written before mutations were keyed by their own id
    (``processed_mutations`` keyed by device, ``temp_ids``) into the new tables, once."""
    names = set(sa.inspect(engine).get_table_names())
    if "processed_mutations" not in names:
        return
    with engine.begin() as conn:
        if conn.execute(sa.select(sa.func.count()).select_from(mutation_log)).scalar_one():
            return
        moved = conn.execute(sa.text(
            "INSERT INTO mutation_log (mutation_id, store_id, device_id, device_seq, type, "
            "status, reason, id_map, processed_at) "
            "SELECT p.mutation_id, min(d.store_id), min(p.device_id), min(p.device_seq), "
            "min(p.type), min(p.status), min(p.reason), min(p.id_map), min(p.processed_at) "
            "FROM processed_mutations p JOIN devices d ON d.device_id = p.device_id "
            "GROUP BY p.mutation_id")).rowcount
        if "temp_ids" in names:
            conn.execute(sa.text(
                "INSERT INTO temp_id_map (store_id, temp_id, real_id) "
                "SELECT min(d.store_id), t.temp_id, min(t.real_id) FROM temp_ids t "
                "JOIN devices d ON d.device_id = t.device_id GROUP BY t.temp_id"))
    log.info("carried %s processed mutations over into mutation_log", moved)

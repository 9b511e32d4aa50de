"""record_change keeps one row per entity, at the end of the log, and seq only rises."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from central_api import changes, schema, storage


def test_recording_again_moves_the_entity_to_the_end(tmp_path: Path) -> None:
    engine = storage.create_engine(tmp_path / "log.sqlite3")
    schema.create_schema(engine)
    with engine.begin() as conn:
        changes.record_change(conn, "S001", "customer", "C1", "upsert")
        changes.record_change(conn, "S001", "customer", "C2", "upsert")
        changes.record_change(conn, "S001", "customer", "C1", "delete")
        rows = conn.execute(sa.select(schema.change_log).order_by(schema.change_log.c.seq)).all()
    engine.dispose()
    assert [(r.entity_id, r.op) for r in rows] == [("C2", "upsert"), ("C1", "delete")]
    assert rows[0].seq < rows[1].seq and rows[1].seq == 3


def test_unknown_entity_kind_is_refused(tmp_path: Path) -> None:
    engine = storage.create_engine(tmp_path / "log.sqlite3")
    schema.create_schema(engine)
    with engine.begin() as conn, pytest.raises(ValueError):
        changes.record_change(conn, "S001", "spaceship", "X", "upsert")
    engine.dispose()

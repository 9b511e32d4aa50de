"""Migrations of the central database (issue 16), on the backend the suite runs on: from empty,
and from a database an older version made before migrations existed; the service refuses a
database behind its schema unless told to migrate, and says what to run."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from central_api import schema_migrations, storage
from central_api.app import NotMigrated, prepare_database
from central_api.cli import main as central_api
from central_api.schema import metadata
from tests.support.central import drop_central_db, new_central_db, on_postgresql

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend


@pytest.fixture
def db(tmp_path: Path):
    made = new_central_db(tmp_path)
    yield made
    drop_central_db(made)


def differences(engine: sa.Engine) -> list:
    """What the database's schema lacks or has beyond this version's tables."""
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                metadata)
    return [d for d in diff if not (isinstance(d, tuple) and d[0] == "remove_table"
                                    and d[1].name == "alembic_version")]


def test_an_empty_database_is_migrated_to_this_versions_schema(db):
    engine = prepare_database(db)
    try:
        assert schema_migrations.current(engine) == schema_migrations.head()
        assert not schema_migrations.pending(engine)
        assert differences(engine) == []
    finally:
        engine.dispose()


def test_a_database_from_before_migrations_is_brought_up_and_keeps_its_data(db):
    # what an older version left: its tables (this one without a column added since) and data
    engine = storage.create_engine(db)
    try:
        old = sa.MetaData()
        for table in metadata.sorted_tables:
            columns = [c._copy() for c in table.columns
                       if (table.name, c.name) != ("products", "style_id")]
            sa.Table(table.name, old, *columns)
        old.create_all(engine)
        with engine.begin() as conn:
            conn.execute(sa.text(
                "INSERT INTO products (product_id, sku, ean13, name, brand, category, "
                "price_cents) VALUES ('P1', 'SKU1', '4006381333931', 'Mug', 'B', 'Home', 500)"))
        assert schema_migrations.pending(engine)
    finally:
        engine.dispose()

    with pytest.raises(NotMigrated, match="run central-api migrate"):
        prepare_database(db, migrate=False)
    engine = prepare_database(db)
    try:
        assert schema_migrations.current(engine) == schema_migrations.head()
        with engine.connect() as conn:
            assert conn.execute(sa.text(
                "SELECT name, style_id FROM products WHERE product_id = 'P1'")).one() == \
                ("Mug", None)
        missing = [d for d in differences(engine) if d[0] in ("add_table", "add_column")]
        assert missing == []
    finally:
        engine.dispose()


def test_a_database_at_an_older_revision_is_upgraded_and_keeps_its_data(db):
    """0001 → 0002: a refused change's reason gains a column for its Text; the changes
    already logged are kept (their reason stays English only)."""
    engine = storage.create_engine(db)
    try:
        with engine.begin() as conn:
            command.upgrade(schema_migrations._config(conn), schema_migrations.BASELINE)
        with engine.begin() as conn:
            conn.execute(sa.text(
                "INSERT INTO mutation_log (mutation_id, store_id, device_id, device_seq, type, "
                "status, reason, id_map, processed_at) VALUES ('m1', 'S001', 'd1', 1, "
                "'note.add', 'rejected', 'Refused.', '{}', CURRENT_TIMESTAMP)"))
        assert schema_migrations.current(engine) == schema_migrations.BASELINE
        assert schema_migrations.pending(engine)
    finally:
        engine.dispose()
    engine = prepare_database(db)
    try:
        assert schema_migrations.current(engine) == schema_migrations.head() != "0001"
        assert differences(engine) == []
        with engine.connect() as conn:
            assert conn.execute(sa.text(
                "SELECT reason, reason_text FROM mutation_log WHERE mutation_id = 'm1'")
            ).one() == ("Refused.", None)
    finally:
        engine.dispose()


@pytest.mark.skipif(not on_postgresql(), reason="a SQLite file is always migrated at start "
                    "(the demo's embedded database)")
def test_the_service_refuses_a_postgresql_database_not_migrated_and_says_what_to_run(
        db, capsys):
    assert central_api(["--db", db, "--port", "0"]) == 2
    said = capsys.readouterr().err
    assert "central-api migrate" in said and "Traceback" not in said
    assert central_api(["migrate", "--db", db]) == 0
    engine = storage.create_engine(db)
    try:
        assert not schema_migrations.pending(engine)
    finally:
        engine.dispose()


def test_a_database_url_of_another_kind_or_unreachable_is_refused_in_a_sentence(capsys):
    assert central_api(["--db", "mysql://shop@db/central"]) == 2
    assert "mysql:// databases are not supported" in capsys.readouterr().err
    assert central_api(["--db", "postgresql://nobody@127.0.0.1:1/central"]) == 1
    said = capsys.readouterr().err
    assert "cannot open the database" in said and "Traceback" not in said

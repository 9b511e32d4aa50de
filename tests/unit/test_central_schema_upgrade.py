"""A central database written by an older version opens with the columns a newer one added
(the service had no column migrations: a column added to ``mutation_log`` made every push of an
upgraded service fail with a 500)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from central_api import schema, schema_sync  # noqa: F401 (schema_sync's tables join the schema)


def _columns(engine, table):
    return {c["name"]: c for c in sa.inspect(engine).get_columns(table)}


def test_an_older_database_gets_the_new_columns_and_keeps_its_rows(tmp_path):
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    schema.create_schema(engine)
    with engine.begin() as conn:  # as an older version left it: without two later columns
        conn.execute(sa.text("INSERT INTO products (product_id, sku, ean13, name, brand, "
                             "category, price_cents) VALUES ('P1', 'SKU1', '5012345678900', "
                             "'Mug', 'Harbour', 'home', 900)"))
        conn.execute(sa.text("ALTER TABLE mutation_log DROP COLUMN pushed_by"))
        conn.execute(sa.text("ALTER TABLE products DROP COLUMN currency"))
        conn.execute(sa.text("ALTER TABLE products DROP COLUMN allows_substitution"))
    assert "pushed_by" not in _columns(engine, "mutation_log")

    schema.create_schema(engine)  # what the service does at every start

    assert "pushed_by" in _columns(engine, "mutation_log")
    with engine.connect() as conn:  # an old row takes the column's default
        assert tuple(conn.execute(sa.text(
            "SELECT currency, allows_substitution FROM products")).one()) == ("GBP", 1)
    assert schema.add_missing_columns(engine) == []  # and only once
    engine.dispose()


def test_a_new_column_an_old_row_cannot_fill_is_refused_not_half_added(tmp_path):
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    schema.create_schema(engine)
    extra = sa.Column("must_have", sa.String(10), nullable=False)
    schema.metadata.tables["stores"].append_column(extra)
    try:
        with pytest.raises(RuntimeError, match="stores.must_have is new and NOT NULL"):
            schema.add_missing_columns(engine)
    finally:
        schema.metadata.tables["stores"]._columns.remove(extra)
        engine.dispose()
    assert "must_have" not in _columns(engine, "stores")

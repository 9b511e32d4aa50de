"""A future migration changes a table as ALTER TABLE cannot (sqlite-utils' transform) inside
its own transaction: customer search keeps working, a failure changes nothing, and a change
that would break the search index's triggers is refused."""

from __future__ import annotations

import os

import pytest

from associate_app.cache import migrations
from associate_app.cache.database import connect, utils_db
from associate_app.cache.encryption import FileState, file_state

TRIGGERS = {"customers_ai", "customers_ad", "customers_au"}


@pytest.fixture
def cache(tmp_path):
    conn = connect(tmp_path / "cache.sqlite3", key=os.urandom(32))
    migrations.migrate(conn)
    for n, (first, last) in enumerate([("Ann", "Lee"), ("Bob", "Ray"), ("Cyd", "Zed")]):
        conn.execute("INSERT INTO customers (customer_id, first_name, last_name, email, "
                     "marketing_consent) VALUES (?, ?, ?, ?, ?)",
                     (f"C{n}", first, last, f"{first.lower()}@example.org", n % 2))
    conn.execute("DELETE FROM customers WHERE customer_id = 'C0'")  # rowids with a gap
    yield conn
    conn.close()


def found(conn, words: str) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT c.customer_id FROM customers_fts JOIN customers c ON c.rowid = customers_fts.rowid"
        " WHERE customers_fts MATCH ? ORDER BY c.customer_id", (words,))]


def schema(conn) -> set[tuple[str, str]]:
    return {(r[0], r[1]) for r in conn.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex%'")}


def run_as_migration(conn, step) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        step(conn)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def test_changing_a_customers_column_keeps_search_and_its_triggers(cache, tmp_path):
    before = schema(cache)
    run_as_migration(cache, lambda c: migrations.transform(
        c, "customers", types={"marketing_consent": str}, not_null={"email"}))

    customers = utils_db(cache)["customers"]
    assert customers.columns_dict["marketing_consent"] is str
    assert {c.name for c in customers.columns if c.notnull} >= {"email", "first_name"}
    assert schema(cache) == before  # every index and trigger is back
    assert found(cache, "cyd") == ["C2"]  # the same rowids: the index points where it did
    # the triggers keep the search index in step with later writes
    cache.execute("INSERT INTO customers (customer_id, first_name, last_name, email) "
                  "VALUES ('C9', 'Dora', 'Lee', 'dora@example.org')")
    cache.execute("UPDATE customers SET last_name = 'Moss' WHERE customer_id = 'C1'")
    cache.execute("DELETE FROM customers WHERE customer_id = 'C2'")
    assert found(cache, "lee") == ["C9"] and found(cache, "moss") == ["C1"]
    assert found(cache, "cyd") == []
    cache.execute("INSERT INTO customers_fts (customers_fts) VALUES ('integrity-check')")
    assert file_state(tmp_path / "cache.sqlite3") is FileState.ENCRYPTED


def test_a_column_is_renamed_and_another_dropped_with_the_indexes_kept(cache):
    run_as_migration(cache, lambda c: migrations.transform(
        c, "orders", rename={"refund_status": "refund_state"}, drop={"cancel_reason"}))

    orders = utils_db(cache)["orders"]
    assert "refund_state" in orders.columns_dict
    assert not {"refund_status", "cancel_reason"} & set(orders.columns_dict)
    assert {"ix_orders_number", "ix_orders_customer", "ix_orders_store_status",
            "ix_orders_store_updated"} <= {i.name for i in orders.indexes}


def test_renaming_a_column_the_search_triggers_name_is_refused_and_changes_nothing(cache):
    before = schema(cache)
    with pytest.raises(ValueError, match="trigger customers_a. names last_name"):
        run_as_migration(cache, lambda c: migrations.transform(
            c, "customers", rename={"last_name": "family_name"}))
    assert schema(cache) == before and found(cache, "zed") == ["C2"]


def test_a_migration_that_fails_after_its_transform_leaves_the_cache_as_it_was(cache,
                                                                                monkeypatch):
    def v_next(conn):
        migrations.transform(conn, "customers", types={"marketing_consent": str})
        raise RuntimeError("the next statement of the migration failed")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, v_next])
    monkeypatch.setattr(migrations, "LATEST", len(migrations.MIGRATIONS))
    before = schema(cache)
    version = cache.execute("PRAGMA user_version").fetchone()[0]

    with pytest.raises(RuntimeError):
        migrations.migrate(cache)

    assert cache.execute("PRAGMA user_version").fetchone()[0] == version
    assert utils_db(cache)["customers"].columns_dict["marketing_consent"] is int
    assert schema(cache) == before and found(cache, "bob") == ["C1"]


def test_transform_runs_only_inside_a_migration_s_transaction(cache):
    with pytest.raises(RuntimeError, match="inside a migration"):
        migrations.transform(cache, "orders", drop={"cancel_reason"})

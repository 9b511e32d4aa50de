"""A real central service for tests: seeded database, uvicorn in a thread, loopback, port 0.

The database is a SQLite file or, with ``STORE_ASSOCIATE_TEST_DB=postgresql``, a database of its
own on a real PostgreSQL server (:mod:`tests.support.postgres`): :func:`new_central_db` gives
either, and everything here takes either (a path or a URL), as the service does.
"""

from __future__ import annotations

import atexit
import contextlib
import shutil
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import uvicorn
from fastapi import FastAPI

from central_api import seed, storage
from central_api.app import create_app
from central_api.cli import bind
from tests.support import postgres

#: a central database: a SQLite file's path, or a PostgreSQL URL
CentralDb = Path | str

_pg_server: postgres.Server | None = None
_pg_stack = contextlib.ExitStack()


def pg_server() -> postgres.Server:
    """The test session's PostgreSQL server, started the first time it is asked for."""
    global _pg_server
    if _pg_server is None:
        _pg_server = _pg_stack.enter_context(postgres.private_server())
        atexit.register(_pg_stack.close)
    return _pg_server


def on_postgresql() -> bool:
    return postgres.backend() == "postgresql"


def new_central_db(folder: Path, name: str = "central") -> CentralDb:
    """A new, empty central database for a test: ``folder/<name>.sqlite3``, or a new database
    on the PostgreSQL server when the tests run on PostgreSQL."""
    if on_postgresql():
        return pg_server().create_database()
    return folder / f"{name}.sqlite3"


def drop_central_db(db: CentralDb) -> None:
    """Give back a database :func:`new_central_db` made (a file stays with its temp folder)."""
    if isinstance(db, str) and db.startswith("postgresql"):
        pg_server().drop_database(db)


@contextlib.contextmanager
def running_central_service(
    db_path: CentralDb,
    *,
    customers: int = 200,
    stores: int = 3,
    now: datetime | None = None,
    app_factory: Callable[[str | Path], FastAPI] | None = None,
) -> Iterator[str]:
    """Seed ``db_path`` (if empty), serve it on 127.0.0.1:<free port>, yield the base URL.

    ``app_factory`` builds the app over the database instead of ``create_app`` (a test may
    change its limits or add a route).
    On exit the server stops and its thread is joined: nothing outlives the ``with`` block.
    """
    engine = storage.create_engine(db_path)
    try:
        seed.seed_demo(engine, customers=customers, stores=stores, now=now)
    finally:
        engine.dispose()
    sock = bind("127.0.0.1", 0)
    port = sock.getsockname()[1]
    app = (app_factory or create_app)(db_path)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="central-service", daemon=True
    )
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the central service did not start")
            time.sleep(0.01)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()
        app.state.engine.dispose()


def seeded_template(folder: Path, customers: int = 60, stores: int = 2) -> CentralDb:
    """A demo database seeded once (for a module's tests to copy; seeding is the slow part)."""
    path = new_central_db(folder, "template")
    engine = storage.create_engine(path)
    seed.seed_demo(engine, customers=customers, stores=stores)
    engine.dispose()
    return path


def copy_of(template: CentralDb, folder: Path) -> CentralDb:
    """This test's own copy of a seeded ``template`` (its data may be changed)."""
    if isinstance(template, str) and template.startswith("postgresql"):
        return pg_server().create_database(template=template.rpartition("/")[2])
    path = folder / "central.sqlite3"
    shutil.copy(template, path)
    return path


@contextlib.contextmanager
def engine_on_a_copy(template: CentralDb, folder: Path) -> Iterator[Any]:
    """An engine on this test's own copy of ``template`` (its data may be changed)."""
    db = copy_of(template, folder)
    engine = storage.create_engine(db)
    try:
        yield engine
    finally:
        engine.dispose()
        drop_central_db(db)


def notes_on_server(db: CentralDb, prefix: str) -> Counter[str]:
    """The bodies of the notes the service holds that start with ``prefix``, counted (a note
    applied twice shows as 2)."""
    engine = storage.create_engine(db)
    try:
        with engine.connect() as conn:
            return Counter(conn.execute(sa.text(
                "SELECT body FROM interactions WHERE body LIKE :p"), {"p": prefix + "%"}
            ).scalars())
    finally:
        engine.dispose()

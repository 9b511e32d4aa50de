"""A real central service for tests: seeded database, uvicorn in a thread, loopback, port 0."""

from __future__ import annotations

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


@contextlib.contextmanager
def running_central_service(
    db_path: str | Path,
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


def seeded_template(folder: Path, customers: int = 60, stores: int = 2) -> Path:
    """A demo database seeded once (for a module's tests to copy; seeding is the slow part)."""
    path = folder / "template.sqlite3"
    engine = storage.create_engine(path)
    seed.seed_demo(engine, customers=customers, stores=stores)
    engine.dispose()
    return path


@contextlib.contextmanager
def engine_on_a_copy(template: Path, folder: Path) -> Iterator[Any]:
    """An engine on this test's own copy of ``template`` (its data may be changed)."""
    path = folder / "central.sqlite3"
    shutil.copy(template, path)
    engine = storage.create_engine(path)
    try:
        yield engine
    finally:
        engine.dispose()


def notes_on_server(db: Path, prefix: str) -> Counter[str]:
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

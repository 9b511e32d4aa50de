"""A real PostgreSQL server for tests: a private cluster (initdb + pg_ctl) on a free loopback
port, made and removed by the test session, and one new database per test.

Which backend the central service's tests run on is chosen by ``STORE_ASSOCIATE_TEST_DB``:
``sqlite`` (the default: a file per test) or ``postgresql`` (a database per test on the private
cluster). ``STORE_ASSOCIATE_TEST_PG_URL`` points at a server of your own instead (a superuser's
URL, e.g. ``postgresql://postgres@127.0.0.1:5432/postgres``): the tests create and drop their
databases there.

PostgreSQL refuses to run as root; run as root (CI), the cluster belongs to the ``postgres``
user that Debian's package creates and its commands run through ``runuser``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

BACKEND_ENV = "STORE_ASSOCIATE_TEST_DB"
SERVER_URL_ENV = "STORE_ASSOCIATE_TEST_PG_URL"


def backend() -> str:
    name = os.environ.get(BACKEND_ENV, "sqlite").strip().lower() or "sqlite"
    if name in ("postgres", "postgresql", "pg"):
        return "postgresql"
    if name != "sqlite":
        raise RuntimeError(f"{BACKEND_ENV}={name!r}: give sqlite or postgresql")
    return name


def _bin_dir() -> Path | None:
    """Where initdb and pg_ctl are: on PATH, or Debian's versioned folder."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
                      key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                      else 0)
    return versions[-1].parent if versions else None


def missing_reason() -> str | None:
    """Why a private cluster cannot be started here, or None."""
    if os.environ.get(SERVER_URL_ENV):
        return None
    if _bin_dir() is None:
        return "PostgreSQL's server programs are not installed (apt-get install postgresql)"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root without runuser: PostgreSQL cannot be started"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A PostgreSQL server the tests may create databases on."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url  # a superuser's URL to the ``postgres`` database

    def url(self, database: str) -> str:
        base, _, _ = self.admin_url.rpartition("/")
        return f"{base}/{database}"

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(sql)

    def create_database(self, template: str | None = None) -> str:
        """A new empty database (or a copy of ``template``): its URL."""
        name = f"t_{uuid.uuid4().hex[:16]}"
        self._admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template
                                                  else ""))
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = url.rpartition("/")[2]
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def private_server() -> Iterator[Server]:
    """A PostgreSQL cluster of this test session's own (or the one ``SERVER_URL_ENV`` names)."""
    given = os.environ.get(SERVER_URL_ENV)
    if given:
        yield Server(given)
        return
    reason = missing_reason()
    if reason:
        raise RuntimeError(reason)
    bindir = _bin_dir()
    assert bindir is not None
    as_root = os.geteuid() == 0
    run_as = ["runuser", "-u", "postgres", "--"] if as_root else []
    folder = Path(tempfile.mkdtemp(prefix="store-associate-pg-"))
    data, sockets = folder / "data", folder / "run"
    sockets.mkdir()
    if as_root:
        os.chmod(folder, 0o755)
        shutil.chown(folder, "postgres")
        shutil.chown(sockets, "postgres")
    port = _free_port()
    user = "postgres" if as_root else os.environ.get("USER", "postgres")

    def run(*cmd: str) -> None:
        subprocess.run([*run_as, *cmd], check=True, capture_output=True, text=True)

    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", user, "--auth=trust",
            "--encoding=UTF8", "--locale=C", "--no-sync")
        run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"), "-w",
            "-t", "60", "-o",
            f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
            "start")
    except subprocess.CalledProcessError as exc:
        log = (folder / "server.log")
        raise RuntimeError(f"PostgreSQL did not start: {exc.stderr or exc.stdout}"
                           f"{log.read_text() if log.exists() else ''}") from exc
    try:
        yield Server(f"postgresql://{user}@127.0.0.1:{port}/postgres")
    finally:
        subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "-w", "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)

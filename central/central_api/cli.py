"""``central-api``: run the reference central service (and seed its demo data)."""

from __future__ import annotations

import argparse
import errno
import logging
import signal
import socket
import sys
from collections.abc import Sequence

READY_LINE = "central-api listening on {url}"
#: pending connections the listening socket queues (the kernel caps it at somaxconn)
LISTEN_BACKLOG = 2048
#: how long an idle kept-alive connection stays open: longer than a device's pull interval
#: (30 s) and push rhythm, so devices reuse their connection instead of reconnecting for nearly
#: every request (uvicorn's default is 5 s)
KEEP_ALIVE_S = 65


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("a port is between 0 and 65535 (0: any free port)")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="central-api",
        description="The reference central service of Store Associate (FastAPI + SQLAlchemy).",
    )
    parser.add_argument(
        "command", nargs="?", choices=("serve", "migrate"), default="serve",
        help="serve (the default) or migrate: bring the database to this version's schema and "
             "exit")
    parser.add_argument(
        "--migrate", action="store_true",
        help="run pending database migrations at start (a SQLite file always is); without it "
             "a PostgreSQL database behind this version is refused with what to run")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=_port, default=8765, help="0 picks any free port")
    parser.add_argument(
        "--db", required=True,
        help="the service's database: a postgresql://user:password@host:5432/name URL (a "
             "chain) or the path of a SQLite file (the demo); created and migrated if new",
    )
    parser.add_argument(
        "--workers", type=_positive, default=1,
        help="worker processes serving the one database (PostgreSQL for more than one in "
             "production); the schema is prepared once, before they start")
    parser.add_argument(
        "--seed-demo",
        action="store_true",
        help="seed deterministic demo data if the database is empty",
    )
    parser.add_argument(
        "--seed-only", action="store_true", help="seed the demo data, print a summary and exit"
    )
    parser.add_argument(
        "--expire-points", action="store_true",
        help="the nightly job: take points past their expiry age off every loyalty account, "
             "review the tiers due, let go of sales never paid at the till (their items back "
             "to stock), print what was done and exit")
    parser.add_argument("--customers", type=_positive, default=2000)
    parser.add_argument("--stores", type=_positive, default=3)
    parser.add_argument(
        "--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"]
    )
    return parser


def bind(host: str, port: int) -> socket.socket:
    """The listening socket, bound here so that port 0 works and errors are ours to word."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP said explicitly: asyncio sets TCP_NODELAY on accepted connections only when
    # the listening socket names its protocol. Without it every answer on a kept-alive
    # connection waits ~40 ms (Nagle against the client's delayed ACK).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        # a chain's devices reconnect in waves (after a network blip, at opening time): a
        # short queue of pending connections turns a wave into connect timeouts
        sock.listen(LISTEN_BACKLOG)
    except BaseException:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(),
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # imported late: ``--help`` and argument errors stay instant
    from . import seed, storage

    try:
        url = storage.database_url(args.db)
    except ValueError as exc:
        print(f"central-api: {exc}", file=sys.stderr)
        return 2
    migrate_at_start = args.migrate or url.startswith("sqlite")
    from sqlalchemy.exc import OperationalError

    from .app import NotMigrated, prepare_database

    try:
        engine = prepare_database(args.db, migrate=migrate_at_start or args.command == "migrate")
    except NotMigrated as exc:
        print(f"central-api: {exc}", file=sys.stderr)
        return 2
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        print(f"central-api: cannot open the database {storage.describe(args.db)}: {reason}",
              file=sys.stderr)
        return 1
    engine.dispose()
    if args.command == "migrate":
        from . import schema_migrations

        print(f"central-api: {storage.describe(args.db)} is at revision "
              f"{schema_migrations.head()}")
        return 0

    if args.expire_points:
        from . import carts, loyalty_programme

        engine = storage.create_engine(args.db)
        try:
            taken = loyalty_programme.expire_all(engine)
            unpaid = carts.release_unpaid(engine)
        finally:
            engine.dispose()
        print(f"central-api: {taken:,} points expired; {unpaid:,} unpaid sales let go")
        return 0

    if args.seed_demo or args.seed_only:
        engine = storage.create_engine(args.db)
        try:
            summary = seed.seed_demo(engine, customers=args.customers, stores=args.stores)
        except ValueError as exc:
            print(f"central-api: cannot seed: {exc}", file=sys.stderr)
            return 2
        finally:
            engine.dispose()
        if args.seed_only:
            print(
                summary.line()
                if summary
                else "central-api: the database was already seeded; nothing to do"
            )
            return 0
        if summary:
            print(summary.line(), file=sys.stderr)
    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            print(
                f"central-api: port {args.port} on {args.host} is already in use. Stop the "
                "other service or choose another port (--port 0 picks a free one).",
                file=sys.stderr,
            )
        else:
            print(
                f"central-api: cannot listen on {args.host}:{args.port}: {exc.strerror}.",
                file=sys.stderr,
            )
        return 1
    if args.workers > 1:
        return serve_workers(sock, args.db, args.workers, args.log_level)
    return serve(sock, args.db, args.log_level)


def serve_workers(sock: socket.socket, db: str, workers: int, log_level: str = "warning") -> int:
    """``workers`` uvicorn worker processes on one listening socket, one database. The schema
    is prepared here once (not by N processes racing to create it); each worker builds its
    app from :func:`central_api.app.worker_app` (the database in ``CENTRAL_API_DB``). The ready
    line is printed once the service answers on the socket."""
    import os
    import threading
    import time
    import urllib.request

    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from .app import DB_ENV

    os.environ[DB_ENV] = str(db)  # prepared by main(), once, before the workers start
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}"
    config = uvicorn.Config("central_api.app:worker_app", factory=True, workers=workers,
                            log_level=log_level, access_log=log_level in ("info", "debug"),
                            timeout_keep_alive=KEEP_ALIVE_S, backlog=LISTEN_BACKLOG)
    stopped = threading.Event()

    def say_ready() -> None:
        probe = f"http://{'127.0.0.1' if host in ('0.0.0.0', '') else shown}:{port}/healthz"
        while not stopped.is_set():
            try:
                with urllib.request.urlopen(probe, timeout=2):
                    print(READY_LINE.format(url=url), flush=True)
                    return
            except OSError:
                time.sleep(0.1)

    threading.Thread(target=say_ready, name="ready-line", daemon=True).start()
    try:
        Multiprocess(config, sockets=[sock]).run()
    finally:
        stopped.set()
        sock.close()
    return 0


def serve(sock: socket.socket, db: str, log_level: str = "warning") -> int:
    import uvicorn

    from .app import create_app

    host, port = sock.getsockname()[:2]
    app = create_app(db, prepared=True)  # main() brought the database to this version
    config = uvicorn.Config(app, log_level=log_level, access_log=log_level in ("info", "debug"),
                            timeout_keep_alive=KEEP_ALIVE_S, backlog=LISTEN_BACKLOG)
    server = uvicorn.Server(config)
    shown = f"[{host}]" if ":" in host else host

    # Print the ready line once uvicorn has started serving on the socket, not before.
    original_startup = server.startup

    async def startup(sockets: list[socket.socket] | None = None) -> None:
        await original_startup(sockets=sockets)
        if server.started:
            print(READY_LINE.format(url=f"http://{shown}:{port}"), flush=True)

    server.startup = startup  # type: ignore[method-assign]
    # uvicorn shuts down gracefully on SIGTERM/SIGINT, then re-raises the signal once it has
    # restored these handlers: make that a no-op so a requested stop exits 0, not -15.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: None)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
        app.state.engine.dispose()
    return 0 if server.started else 1

"""``associate-app``: the window (demo or a real store) and, later, headless support commands."""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

from associate_app import __version__
from associate_app.config import AppConfig, default_data_dir

STORE_ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
KIOSK_ENV = "STORE_ASSOCIATE_KIOSK"  # the kiosk as a setting of the device (1: on)


def _server_url(text: str) -> str:
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a server URL; use the form https://central.example.com"
        )
    return text.rstrip("/")


def _store_id(text: str) -> str:
    if not STORE_ID_RE.match(text):
        raise argparse.ArgumentTypeError(f"{text!r} is not a store id (letters, digits, - and _)")
    return text


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a number of minutes") from None
    if not 0 <= value <= 24 * 60:
        raise argparse.ArgumentTypeError("must be from 0 to 1440 minutes")
    return value


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="associate-app",
        description="Store Associate: customer lookup, click-and-collect and inventory for "
        "in-store staff. With no options it opens the demo (or the store set up before).",
        epilog="Headless commands for support staff: `associate-app sync --help` (one full "
        "sync, JSON summary), `associate-app status --help` (what a device's cache holds) and "
        "`associate-app inspect --help` (its tables and rows, as JSON).",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--demo", action="store_true",
                      help="run on a local demo central service with seeded data")
    mode.add_argument("--server", type=_server_url, metavar="URL",
                      help="the chain's central API, e.g. https://central.example.com")
    parser.add_argument("--store", type=_store_id, metavar="ID",
                        help="the store this device belongs to (checked at enrolment)")
    parser.add_argument("--data-dir", type=Path, metavar="DIR",
                        help=f"where the cache and logs live (default {default_data_dir()})")
    parser.add_argument("--screenshot", type=Path, metavar="FILE.png",
                        help="save the main window as a PNG once it is ready, then exit")
    parser.add_argument("--demo-customers", type=_positive, default=None, metavar="N",
                        help="customers to seed in a new demo database (default 2000)")
    parser.add_argument("--idle-lock-minutes", type=_minutes, default=3.0, metavar="N",
                        help="lock the window after N minutes without use (default 3; 0: "
                        "never, for a device one person keeps)")
    parser.add_argument("--kiosk", action="store_true",
                        help="a counter tablet: full screen without window frame, larger touch "
                        "targets, and Qt's on-screen keyboard on Linux when no input method is "
                        f"set (also {KIOSK_ENV}=1)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    return parser


def commands_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="associate-app",
                                     description="Headless commands for support staff.")
    sub = parser.add_subparsers(dest="command", required=True)
    sync = sub.add_parser("sync", help="run one full sync (push + pull) and print a JSON summary")
    sync.add_argument("--server", type=_server_url, required=True, metavar="URL")
    sync.add_argument("--store", type=_store_id, default=None, metavar="ID",
                      help="the store (default with --demo-credentials: the demo store)")
    sync.add_argument("--data-dir", type=Path, required=True, metavar="DIR")
    sync.add_argument("--demo-credentials", action="store_true",
                      help="enrol and sign in as the seeded demo associate")
    sync.add_argument("--no-snapshot", action="store_true",
                      help="first sync through the paged changes feed instead of a snapshot")
    customers = sub.add_parser("customers", help="customer lookup in a device's cache")
    customers_sub = customers.add_subparsers(dest="customers_command", required=True)
    search = customers_sub.add_parser("search", help="the ranked results the app would show")
    search.add_argument("query", help="name words, phone (any format), email or card number")
    search.add_argument("--data-dir", type=Path, required=True, metavar="DIR")
    search.add_argument("--store", type=_store_id, default=None, metavar="ID",
                        help="rank customers seen recently in this store higher "
                        "(default: the store the cache belongs to)")
    search.add_argument("--limit", type=_positive, default=20)
    search.add_argument("--json", action="store_true", help="print one JSON object")
    status = sub.add_parser("status", help="what a device's cache holds and what waits to sync")
    status.add_argument("--data-dir", type=Path, required=True, metavar="DIR")
    status.add_argument("--json", action="store_true", help="print one JSON object")
    inspect = sub.add_parser(
        "inspect", help="the tables of a device's cache or outbox, or one table's rows (JSON)",
        description="Read an encrypted cache or outbox with this computer's key (the "
        "sqlite-utils command line cannot open them): every table with its row count, or one "
        "table's columns, indexes and first rows. Read-only; works beside a running app. "
        "Secrets are redacted and contact details masked; the rows are still customers' "
        "data, so share them only as your data-protection rules allow.")
    inspect.add_argument("table", nargs="?", help="show this table (default: list them all)")
    inspect.add_argument("--data-dir", type=Path, required=True, metavar="DIR")
    inspect.add_argument("--file", choices=("cache", "outbox"), default="cache",
                         help="which of the device's files (default: cache)")
    inspect.add_argument("--limit", type=_positive, default=10, metavar="N",
                         help="rows of the table to show (default 10)")
    return parser


COMMANDS = ("sync", "status", "customers", "inspect")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # everything the app writes (cache, outbox, logs, files set aside) is its user's only
    os.umask(0o077)
    if argv and argv[0] in COMMANDS:
        args = commands_parser().parse_args(argv)
        logging.basicConfig(level=logging.WARNING,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        return _run_command(args)
    args = gui_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return _run_gui(args)


def _run_command(args: argparse.Namespace) -> int:
    from associate_app import headless
    from store_contract import wire

    if args.command == "sync":
        store = args.store
        if store is None:
            if not args.demo_credentials:
                commands_parser().error("sync: --store is required without --demo-credentials")
            store = wire.DemoCredentials.STORE_ID
        return headless.run_sync(args.server, store, args.data_dir,
                                 demo_credentials=args.demo_credentials,
                                 use_snapshot=not args.no_snapshot)
    if args.command == "customers":
        return headless.run_customer_search(args.query, args.data_dir, store_id=args.store,
                                            limit=args.limit, as_json=args.json)
    if args.command == "inspect":
        return _run_inspect(args.data_dir, args.file, args.table, args.limit)
    return headless.run_status(args.data_dir, as_json=args.json)


def _run_inspect(data_dir: Path, which: str, table: str | None, limit: int) -> int:
    """``associate-app inspect``: one JSON object on stdout, or a sentence on stderr."""
    import json

    from associate_app.cache import inspection
    from associate_app.cache.database import CACHE_FILE, READ_ERRORS, utils_db
    from associate_app.cache.encryption import FileState, file_state
    from associate_app.cache.outbox import OUTBOX_FILE
    from associate_app.headless import open_for_reading

    path = data_dir / (CACHE_FILE if which == "cache" else OUTBOX_FILE)
    conn = open_for_reading(path, which)
    if isinstance(conn, int):
        return conn
    try:
        db = utils_db(conn)
        if table is not None and table not in inspection.table_names(db):
            print(f"associate-app: the {which} has no table {table!r}; its tables: "
                  f"{', '.join(inspection.table_names(db))}.", file=sys.stderr)
            return 1
        found = (inspection.overview(db) if table is None
                 else inspection.describe(db, table, limit=limit))
    except READ_ERRORS as exc:
        print(f"associate-app: {path.name} cannot be read ({exc}). The app repairs it at its "
              "next start (a damaged cache is downloaded again, a damaged outbox is salvaged "
              "change by change).", file=sys.stderr)
        return 1
    finally:
        conn.close()
    report = {"file": path.name, "encrypted": file_state(path) is FileState.ENCRYPTED, **found}
    print(json.dumps(report, indent=2, ensure_ascii=False, default=str))
    return 0


def _run_gui(args: argparse.Namespace) -> int:
    # Qt is imported only when a window is wanted, so headless commands start fast.
    from associate_app.gui.app import run_gui
    from associate_app.gui.preferences import Preferences

    preferences = Preferences()
    server, store = args.server, args.store
    if not args.demo and server is None:
        server, saved_store = preferences.server()
        store = store or saved_store
    demo = args.demo or server is None
    # An explicit --data-dir is used as it is; the default one has a folder per deployment.
    data_dir = args.data_dir
    if data_dir is None:
        base = preferences.data_dir() or default_data_dir()
        data_dir = base / ("demo" if demo else _safe_dir_name(server, store))
    _log_to_file(data_dir / "logs" / "associate-app.log")
    kiosk = bool(args.kiosk or os.environ.get(KIOSK_ENV, "") in ("1", "true", "yes"))
    if demo:
        config = AppConfig(demo=True, data_dir=data_dir)
    else:
        config = AppConfig(demo=False, data_dir=data_dir, server_url=server, store_id=store)
    return run_gui(config, screenshot=args.screenshot, preferences=preferences,
                   demo_customers=args.demo_customers,
                   idle_lock_s=args.idle_lock_minutes * 60 or None, kiosk=kiosk)


def _log_to_file(path: Path) -> None:
    """Keep a log support can ask for (rotated; never holds secrets: we do not log them)."""
    from logging.handlers import RotatingFileHandler

    from associate_app.cache.encryption import private_file, private_folder

    try:
        private_folder(path.parent)
        private_file(path)  # (rotated files are private too: see the umask in main)
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError as exc:
        logging.getLogger(__name__).warning("cannot write the log file %s: %s", path, exc)
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(handler)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request is noise
    if root.level > logging.INFO:
        root.setLevel(logging.INFO)
        for other in root.handlers:
            if other is not handler and other.level == logging.NOTSET:
                other.setLevel(logging.WARNING)


def _safe_dir_name(server: str, store: str | None) -> str:
    host = urlsplit(server).netloc.replace(":", "_")
    return f"{host}-{store or 'unassigned'}"

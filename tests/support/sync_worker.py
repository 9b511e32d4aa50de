"""A device's sync in a process of its own, so a test can kill it (``kill -9``) at any instant.

    python -m tests.support.sync_worker enrol --server URL --store S001 --creds FILE
    python -m tests.support.sync_worker sync --server URL --store S001 --creds FILE \
        --data-dir DIR [--record N --prefix P --customer C] [--push-hold SECONDS]

``enrol`` enrols a device once and writes its id and secret to FILE (test-only: the app keeps
them in the OS keychain, which does not outlive a process in tests). ``sync`` signs in with
them (every run the same device); without ``--creds`` it enrols a *new* device first, as a
tablet without a keychain does at every start: the service's at-most-once must hold across
device credentials.

``sync`` prints one line per event, flushed at once, so the test can kill it at a chosen one:
``recorded <body>`` after a note it recorded itself is committed, ``push-sent`` /
``push-answered`` around a push request (``--push-hold`` then waits before the app sees the
answer: the server has applied the batch, the device does not know yet), ``settling`` /
``settled`` around the outbox update, ``changes-sent`` / ``snapshot-sent`` for pull requests,
``page-applied`` / ``chunk-applied`` after each committed part of a pull, and finally
``done <summary JSON>``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from pathlib import Path

import httpx

from associate_app.api.client import CentralClient
from associate_app.cache.local_store import LocalStore
from associate_app.sync.engine import SyncEngine
from store_contract import wire
from store_contract.domain.mutation_types import MutationType, new_temp_id


def say(event: str) -> None:
    sys.stdout.write(event + "\n")
    sys.stdout.flush()


def _kind(path: str) -> str:
    for end in ("mutations", "changes", "snapshot"):
        if path.endswith("/" + end):
            return "push" if end == "mutations" else end
    return "other"


class AnnouncingTransport(httpx.AsyncHTTPTransport):
    """The real network, announcing each sync request (and holding push answers back)."""

    def __init__(self, push_hold: float) -> None:
        super().__init__()
        self.push_hold = push_hold

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        kind = _kind(request.url.path)
        if kind != "other":
            say(f"{kind}-sent")
        response = await super().handle_async_request(request)
        if kind == "push":
            await response.aread()
            say("push-answered")
            if self.push_hold:
                await asyncio.sleep(self.push_hold)
        return response


def _announce(store: LocalStore) -> None:
    """Wrap the store's sync-facing writes so each committed step is announced."""
    for name, before, after in (("settle", "settling", "settled"),
                                ("apply_page", None, "page-applied"),
                                ("apply_snapshot_block", None, "chunk-applied")):
        original = getattr(store, name)

        def wrapped(*args, _original=original, _before=before, _after=after, **kwargs):
            async def call():
                if _before:
                    say(_before)
                result = await _original(*args, **kwargs)
                say(_after)
                return result
            return call()

        setattr(store, name, wrapped)


async def enrol(server: str, store_id: str, creds: Path) -> None:
    async with CentralClient(server) as client:
        enrolled = await client.enrol(wire.DemoCredentials.enrolment_code(store_id),
                                      "kill -9 test device")
    tmp = creds.with_suffix(".tmp")
    tmp.write_text(json.dumps({"device_id": enrolled.device_id,
                               "device_secret": enrolled.device_secret}))
    os.replace(tmp, creds)


async def sync(args: argparse.Namespace) -> int:
    store = LocalStore(Path(args.data_dir))
    say("opened")
    try:
        for i in range(args.record):
            body = f"{args.prefix}-{i}"
            say(f"recording {body}")
            store.record_blocking(MutationType.NOTE_ADD, {
                "interaction_id": new_temp_id(), "customer_id": args.customer, "body": body},
                staff_id=args.staff, store_id=args.store)
            say(f"recorded {body}")
        _announce(store)
        client = CentralClient(args.server, transport=AnnouncingTransport(args.push_hold))
        try:
            if args.creds:
                creds = json.loads(Path(args.creds).read_text())
            else:
                enrolled = await client.enrol(wire.DemoCredentials.enrolment_code(args.store),
                                              "kill -9 test device (no keychain)")
                creds = {"device_id": enrolled.device_id,
                         "device_secret": enrolled.device_secret}
                say(f"enrolled {enrolled.device_id}")
            await client.sign_in(creds["device_id"], creds["device_secret"], args.staff,
                                 wire.DemoCredentials.ASSOCIATE_PIN)
            say("signed-in")
            summary = await SyncEngine(client, store, args.store).sync_once()
        finally:
            await client.aclose()
    finally:
        store.close()
    say("done " + json.dumps(summary.as_json(), sort_keys=True))
    return 0 if summary.ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sync_worker")
    parser.add_argument("command", choices=("enrol", "sync"))
    parser.add_argument("--server", required=True)
    parser.add_argument("--store", default="S001")
    parser.add_argument("--staff", default="A1001")
    parser.add_argument("--creds", help="the same enrolled device every run (else a new one)")
    parser.add_argument("--data-dir")
    parser.add_argument("--record", type=int, default=0)
    parser.add_argument("--prefix", default="worker-note")
    parser.add_argument("--customer")
    parser.add_argument("--push-hold", type=float, default=0.0)
    args = parser.parse_args(argv)
    if args.command == "enrol":
        if not args.creds:
            parser.error("enrol needs --creds")
        asyncio.run(enrol(args.server, args.store, Path(args.creds)))
        return 0
    return asyncio.run(sync(args))


if __name__ == "__main__":
    sys.exit(main())

"""Headless commands for support staff and scripts: one sync, and the state of a device's cache.

They print JSON (one object) so scripts can read them, and exit non-zero when they failed.
A failure is told in a sentence (in the JSON's ``error``, or on stderr), never a traceback.

Exit codes: 0 done; 1 the sync failed, or there is no data in the folder
(:data:`EXIT_SYNC_FAILED`); 3 no signed-in session for that server and store
(:data:`EXIT_NOT_SIGNED_IN`); 4 the password keychain cannot be used — locked, refusing, not
answering — or the data is encrypted with a key this computer's keychain does not hold
(:data:`EXIT_KEYCHAIN`). Nothing is changed or lost in any of these cases.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from associate_app.api import errors
from associate_app.api.client import CentralClient
from associate_app.cache import encryption
from associate_app.cache.encryption import NoKeyForData, require_key
from associate_app.cache.local_store import LocalStore, StoreInUse, read_status
from associate_app.config import AppConfig
from associate_app.device_wipe import wipe_data_folder
from associate_app.gui.match_words import MATCH_WORDS
from associate_app.keychain import CredentialStore, KeychainError
from associate_app.session import SessionService
from store_contract import wire

EXIT_SYNC_FAILED = 1
EXIT_NOT_SIGNED_IN = 3
EXIT_KEYCHAIN = 4

#: what makes a command stop with EXIT_KEYCHAIN: each is a sentence for a person
KEY_ERRORS = (KeychainError, NoKeyForData)


async def _signed_in_client(server: str, store_id: str, demo_credentials: bool) -> CentralClient:
    client = CentralClient(server)
    # the same keychain entries the app uses for this server and store
    scope = AppConfig(demo=False, data_dir=Path(), server_url=server,
                      store_id=store_id).credential_scope
    sessions = SessionService(client, CredentialStore(scope))
    try:
        resumed = await sessions.resume()
    except BaseException:
        await client.aclose()
        raise
    if resumed is not None:
        return client
    if not demo_credentials:
        await client.aclose()
        raise errors.Unauthorized(
            "This device has no signed-in session for that server and store. Sign in once with "
            "the app (or pass --demo-credentials against a demo service)."
        )
    # the demo seed gives store S00n the associate A100n
    suffix = int(store_id[1:]) if store_id[1:].isdigit() else 1
    staff_id, pin = f"A100{suffix}", wire.DemoCredentials.ASSOCIATE_PIN
    try:
        if await sessions.is_enrolled():
            # this device, as the keychain knows it (a removed one hears so here, and is wiped)
            try:
                await sessions.sign_in(staff_id, pin)
                return client
            except errors.DeviceRevoked:
                raise
            except errors.Unauthorized:
                pass  # a fresh demo database forgot the device: enrol again
        await sessions.enrol(wire.DemoCredentials.enrolment_code(store_id), "support sync",
                             expected_store_id=store_id)
        await sessions.sign_in(staff_id, pin)
    except BaseException:
        await client.aclose()
        raise
    return client


async def _forget_device(server: str, store_id: str) -> None:
    scope = AppConfig(demo=False, data_dir=Path(), server_url=server,
                      store_id=store_id).credential_scope
    client = CentralClient(server)
    try:
        await SessionService(client, CredentialStore(scope)).forget_device()
    finally:
        await client.aclose()


async def sync_once(server: str, store_id: str, data_dir: Path, *, demo_credentials: bool,
                    use_snapshot: bool = True) -> dict[str, Any]:
    from associate_app.sync.engine import SyncEngine

    try:
        store = LocalStore(data_dir)
    except StoreInUse as exc:
        return {"ok": False, "error": str(exc)}
    except KEY_ERRORS as exc:
        return {"ok": False, "error": str(exc), "keychain": False}
    try:
        try:
            client = await _signed_in_client(server, store_id, demo_credentials)
        except errors.DeviceRevoked as exc:
            # the store removed this device: erased by run_sync, as a sync that hears it is
            return {"ok": False, "error": str(exc), "revoked": True}
        except (errors.Unauthorized, errors.Forbidden, errors.InvalidRequest) as exc:
            return {"ok": False, "error": str(exc), "signed_in": False}
        except errors.ApiError as exc:
            return {"ok": False, "error": str(exc)}
        except KeychainError as exc:
            return {"ok": False, "error": str(exc), "keychain": False,
                    "protection": store.protection.as_json()}
        try:
            engine = SyncEngine(client, store, store_id, use_snapshot=use_snapshot)
            summary = await engine.sync_once()
            # what opening the files had to repair, too (a damaged cache, a salvaged outbox),
            # and what is encrypted at rest
            return {**summary.as_json(),
                    "recoveries": [r.as_json() for r in store.info.recoveries],
                    "protection": store.protection.as_json()}
        finally:
            await client.aclose()
    finally:
        store.close()


def run_sync(server: str, store_id: str, data_dir: Path, *, demo_credentials: bool,
             use_snapshot: bool) -> int:
    result = asyncio.run(sync_once(server, store_id, data_dir, demo_credentials=demo_credentials,
                                   use_snapshot=use_snapshot))
    if result.get("revoked"):
        # the store removed this device (lost or stolen): erase what it holds, as the app does
        result["wiped"] = wipe_data_folder(data_dir)
        encryption.erase_key(data_dir)
        asyncio.run(_forget_device(server, store_id))
    print(json.dumps(result, indent=2, sort_keys=True))
    if result.get("keychain") is False:
        print(f"associate-app: {result['error']}", file=sys.stderr)
        return EXIT_KEYCHAIN
    if result.get("signed_in") is False:
        return EXIT_NOT_SIGNED_IN
    return 0 if result.get("ok") else EXIT_SYNC_FAILED


def run_status(data_dir: Path, *, as_json: bool) -> int:
    if not (data_dir / "cache.sqlite3").exists() and not (data_dir / "outbox.sqlite3").exists():
        print(f"associate-app: there is no cache in {data_dir}.", file=sys.stderr)
        return 1
    try:
        # a folder without its key here (copied from another device) is refused, not started
        # over with a new key as the app would
        require_key(data_dir)
        try:
            store = LocalStore(data_dir)
        except StoreInUse:
            status = read_status(data_dir)  # the app has it open: look, but repair nothing
        else:
            try:
                status = asyncio.run(store.status())
            finally:
                store.close()
    except KEY_ERRORS as exc:
        print(f"associate-app: {exc}", file=sys.stderr)
        return EXIT_KEYCHAIN
    if as_json:
        print(json.dumps(status, indent=2, sort_keys=True))
    else:
        print(f"store:        {status['store_id'] or '-'}")
        print(f"cursor:       {status['cursor'] if status['cursor'] is not None else '-'}")
        print(f"last sync:    {status['last_sync_at'] or 'never'}")
        if status["last_sync_error"]:
            print(f"last error:   {status['last_sync_error']}")
        print(f"waiting:      {status['pending']} change(s)")
        print(f"conflicts:    {status['conflicts']}")
        for recovery in status["recoveries"]:
            print(f"repaired:     {recovery['at']}: {recovery['sentence']}")
        protection = status["protection"]
        print("encrypted:    " + ("yes (key in the keychain)" if protection["message"] is None
                                  else protection["message"]))
        for entity, count in sorted(status["rows"].items()):
            print(f"  {entity:<16} {count:>10,}")
    return 0


def open_for_reading(path: Path, what: str) -> Any:
    """A read-only connection to the app's file at ``path`` (``what`` it is: "cache",
    "outbox"), or the exit status when there is none or its key is not here (said on
    stderr)."""
    from associate_app.cache.database import connect

    if not path.exists():
        print(f"associate-app: there is no {what} in {path.parent}.", file=sys.stderr)
        return 1
    try:
        return connect(path, readonly=True)
    except KEY_ERRORS as exc:
        print(f"associate-app: {exc}", file=sys.stderr)
        return EXIT_KEYCHAIN


def run_customer_search(query: str, data_dir: Path, *, store_id: str | None, limit: int,
                        as_json: bool) -> int:
    """The customer lookup of the Customers screen, from the command line (read-only)."""
    from associate_app.cache.customer_search import search
    from associate_app.cache.database import CACHE_FILE
    from associate_app.cache.sync_state import get_state
    from store_contract.domain.customer_query import mask_email, mask_phone

    conn = open_for_reading(data_dir / CACHE_FILE, "cache")
    if isinstance(conn, int):
        return conn
    try:
        if store_id is None:
            store_id = get_state(conn, "store_id")
        hits = search(conn, query, store_id=store_id, limit=limit)
    finally:
        conn.close()
    results = [{
        "customer_id": h.customer_id, "first_name": h.first_name, "last_name": h.last_name,
        "match": h.match, "reason": MATCH_WORDS.get(h.match, h.match), "score": h.score,
        "email": mask_email(h.email), "phone": mask_phone(h.phone_e164),
        "card_last4": h.card_number[-4:] if h.card_number else None,
        "last_seen_here": h.last_seen_here, "pending": h.pending,
    } for h in hits]
    if as_json:
        print(json.dumps({"query": query, "store_id": store_id, "results": results},
                         indent=2, ensure_ascii=False))
    else:
        for r in results:
            print(f"{r['customer_id']:<12} {r['first_name']} {r['last_name']:<24} "
                  f"{r['reason']:<22} {r['email']}")
        if not results:
            print("no customer matches")
    return 0

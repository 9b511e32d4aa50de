"""`associate-app customers search` prints the ranked results the Customers screen shows."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

from associate_app.cache import customer_search
from associate_app.cache.local_store import LocalStore
from associate_app.sync.engine import SyncEngine
from tests.support.cache_files import open_file
from tests.support.sync_harness import signed_in_client


def synced_device(central_url: str, folder) -> None:
    """A device of S001 in ``folder``, enrolled, signed in and synced."""
    async def sync():
        client = await signed_in_client(central_url)
        store = LocalStore(folder)
        try:
            assert (await SyncEngine(client, store, "S001").sync_once()).ok
        finally:
            store.close()
            await client.aclose()

    asyncio.run(sync())


def search_command(folder, query: str) -> dict:
    """What ``associate-app customers search QUERY --json`` prints for the device in ``folder``."""
    out = subprocess.run(
        [sys.executable, "-m", "associate_app", "customers", "search", query,
         "--data-dir", str(folder), "--json"],
        capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_support_staff_search_a_device_cache_from_the_command_line(central_url, tmp_path):
    synced_device(central_url, tmp_path)
    first, last, phone = open_file(tmp_path / "cache.sqlite3").execute(
        "SELECT first_name, last_name, phone_e164 FROM customers ORDER BY customer_id LIMIT 1"
    ).fetchone()

    def search(query):
        return search_command(tmp_path, query)

    by_name = search(f"{last} {first}")
    assert by_name["store_id"] == "S001"
    assert any(r["first_name"] == first and r["last_name"] == last and r["reason"] == "name"
               for r in by_name["results"])
    by_phone = search("0" + phone[3:])  # typed in national format
    assert by_phone["results"][0]["match"] == "phone"
    assert "•" in by_phone["results"][0]["phone"]
    assert search('"NEAR AND (*')["results"] == []


def test_an_email_typed_to_its_domain_finds_the_person_and_ranks_exact_matches_first(
        central_url, tmp_path):
    """As an associate types a whole e-mail address, the customer stays found at every key
    (the domain's words are in everyone's address and must not drown them), and an exact
    phone or card match ranks above people who only share a name."""
    synced_device(central_url, tmp_path)
    cache = open_file(tmp_path / "cache.sqlite3")
    cid, email, first, phone, card = cache.execute(
        "SELECT c.customer_id, c.email, c.first_name, c.phone_e164, l.card_number FROM "
        "customers c JOIN loyalty_accounts l USING (customer_id) WHERE c.email LIKE '%@%.%' "
        "ORDER BY c.customer_id LIMIT 1").fetchone()
    for end in range(email.index("@") + 1, len(email) + 1):  # every key of the domain
        ids = [h.customer_id for h in customer_search.search(cache, email[:end],
                                                             store_id="S001")]
        assert cid in ids[:3], email[:end]
    cache.close()

    def search(query):
        return search_command(tmp_path, query)["results"]

    for typed in (email[:email.index("@") + 2], email, email.upper()):
        assert search(typed)[0]["customer_id"] == cid, typed
    # a namesake never outranks the card or phone the associate typed
    assert search(card)[0]["customer_id"] == cid
    assert search(phone)[0]["customer_id"] == cid

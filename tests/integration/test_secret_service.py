"""The real commands against a real keychain: gnome-keyring's Secret Service in a private D-Bus
session, as on a Linux desktop (issue 11).

Each "session" below is a person's login: ``dbus-run-session`` with the keyring daemon started
(unlocked with the login password, or left locked), then the real ``associate-app`` commands
in subprocesses, with ``keyring`` choosing its backend itself (no ``PYTHON_KEYRING_BACKEND``).
The home folder (and so the login keyring's file) is the same across sessions of a test.

Skipped when gnome-keyring or dbus-run-session is missing, unless
``STORE_ASSOCIATE_REQUIRE_KEYCHAIN=1`` (CI), where that is a failure.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from associate_app.cache.encryption import FileState, file_state
from associate_app.headless import EXIT_KEYCHAIN
from central_api import storage
from tests.support.central import notes_on_server

pytestmark = [pytest.mark.secret_service, pytest.mark.timeout(600)]

REPO = Path(__file__).resolve().parents[2]
REQUIRED = os.environ.get("STORE_ASSOCIATE_REQUIRE_KEYCHAIN") == "1"
PASSWORD = "correct horse battery staple"
STORE = "S001"

#: runs inside the D-Bus session: starts the keyring daemon, runs the commands, stops it
IN_SESSION = textwrap.dedent("""
    import json, os, signal, subprocess, sys
    spec = json.loads(sys.argv[1])
    args = ["gnome-keyring-daemon", "--components=secrets"]
    args += ["--unlock"] if spec["unlocked"] else ["--start"]
    started = subprocess.run(args, input=spec["password"] if spec["unlocked"] else None,
                             capture_output=True, text=True, timeout=60)
    for line in started.stdout.splitlines():
        name, _, value = line.partition("=")
        if value:
            os.environ[name] = value
    results = []
    try:
        for cmd in spec["commands"]:
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=240, cwd=spec["cwd"])
            results.append({"code": r.returncode, "stdout": r.stdout, "stderr": r.stderr})
    finally:
        pid = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
             "/org/freedesktop/DBus", "org.freedesktop.DBus.GetConnectionUnixProcessID",
             "string:org.freedesktop.secrets"], capture_output=True, text=True, timeout=30)
        words = pid.stdout.split()
        if pid.returncode == 0 and words and words[-1].isdigit():
            os.kill(int(words[-1]), signal.SIGTERM)  # the daemon this session started
    print(json.dumps({"daemon": started.returncode, "results": results}))
""")

RECORD = textwrap.dedent("""
    import sys
    from associate_app.cache.local_store import LocalStore
    from store_contract.domain.mutation_types import MutationType, new_temp_id
    store = LocalStore(sys.argv[1])
    try:
        store.record_blocking(MutationType.NOTE_ADD, {"interaction_id": new_temp_id(),
            "customer_id": "C0000001", "body": sys.argv[2]}, staff_id="A1001", store_id="S001")
    finally:
        store.close()
""")

BACKEND = "import keyring; print(type(keyring.get_keyring()).__module__)"


def missing(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"{reason} (STORE_ASSOCIATE_REQUIRE_KEYCHAIN=1: this test must run here)")
    pytest.skip(reason)


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    for tool in ("gnome-keyring-daemon", "dbus-run-session", "dbus-send"):
        if shutil.which(tool) is None:
            missing(f"{tool} is not installed (Debian: gnome-keyring, dbus-bin)")
    # a short path: the keyring daemon's socket lives here, and socket paths are short
    runtime = Path(tempfile.mkdtemp(prefix="ss-"))
    try:
        yield Desktop(tmp_path / "home", runtime)
    finally:
        shutil.rmtree(runtime, ignore_errors=True)


class Desktop:
    """One person's account: a home folder whose login keyring outlives each session."""

    def __init__(self, home: Path, runtime: Path) -> None:
        self.home = home
        self.runtime = runtime
        for sub in ("config", "data", "cache", "state"):
            (home / sub).mkdir(parents=True, exist_ok=True)
        os.chmod(runtime, 0o700)

    def env(self) -> dict[str, str]:
        """A login's environment: no keyring chosen for keyring, no D-Bus session yet."""
        keep = ("PATH", "LANG", "LC_ALL", "TZ", "SYSTEMROOT")
        env = {k: v for k, v in os.environ.items() if k in keep}
        env.update(HOME=str(self.home), XDG_CONFIG_HOME=str(self.home / "config"),
                   XDG_DATA_HOME=str(self.home / "data"), XDG_CACHE_HOME=str(self.home / "cache"),
                   XDG_STATE_HOME=str(self.home / "state"), XDG_RUNTIME_DIR=str(self.runtime),
                   PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
        return env

    def session(self, commands: list[list[str]], *, unlocked: bool = True) -> list[dict]:
        """Log in (keyring unlocked with the password, or left locked) and run ``commands``."""
        spec = {"unlocked": unlocked, "password": PASSWORD, "commands": commands,
                "cwd": str(REPO)}
        out = subprocess.run(["dbus-run-session", "--", sys.executable, "-c", IN_SESSION,
                              json.dumps(spec)], env=self.env(), cwd=REPO, capture_output=True,
                             text=True, timeout=540)
        assert out.returncode == 0, out.stderr[-3000:]
        line = out.stdout.strip().splitlines()[-1]
        return json.loads(line)["results"]

    def without_keychain(self, command: list[str]) -> dict:
        """A command where there is no keychain at all: no D-Bus session, nothing chosen."""
        r = subprocess.run(command, env=self.env(), cwd=REPO, capture_output=True, text=True,
                           timeout=240)
        return {"code": r.returncode, "stdout": r.stdout, "stderr": r.stderr}


def app(*args: str) -> list[str]:
    return [sys.executable, "-m", "associate_app", *args]


def sync(url: str, device: Path, *, demo: bool = False) -> list[str]:
    return app("sync", "--server", url, "--store", STORE, "--data-dir", str(device),
               *(["--demo-credentials"] if demo else []))


def status(device: Path) -> list[str]:
    return app("status", "--data-dir", str(device), "--json")


def record(device: Path, body: str) -> list[str]:
    return [sys.executable, "-c", RECORD, str(device), body]


def ok(result: dict) -> dict:
    assert result["code"] == 0, (result["stdout"][-2000:], result["stderr"][-3000:])
    return json.loads(result["stdout"])


def refused(result: dict, *words: str) -> str:
    """The command stopped with the keychain exit code and a sentence, not a traceback."""
    assert result["code"] == EXIT_KEYCHAIN, (result["stdout"][-2000:], result["stderr"][-3000:])
    assert "Traceback" not in result["stderr"]
    for word in words:
        assert word in result["stderr"], result["stderr"]
    return result["stderr"]


def count(db: Path, sql: str, **params) -> int:
    engine = storage.create_engine(db)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text(sql), params).scalar_one()
    finally:
        engine.dispose()


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.iterdir() if p.is_file() and p.name != ".in-use.lock"}


def test_credentials_and_the_data_key_live_in_the_keychain_across_logins(desktop, fresh_central):
    url, db = fresh_central
    device = desktop.home / "device"
    first = desktop.session([[sys.executable, "-c", BACKEND], sync(url, device, demo=True)])
    assert first[0]["stdout"].strip() == "keyring.backends.SecretService"
    summary = ok(first[1])
    assert summary["ok"] and summary["protection"]["key_in_keychain"] is True
    devices = count(db, "SELECT count(*) FROM devices")

    # the next login: the same keychain, unlocked with the password; no enrolment, no demo
    # credentials: the session token and the data key come from the keychain
    second = desktop.session([sync(url, device), status(device)])
    again = ok(second[0])
    assert again["ok"] and again["protection"]["message"] is None, again
    assert count(db, "SELECT count(*) FROM devices") == devices  # not enrolled again
    seen = ok(second[1])
    assert seen["rows"]["customer"] > 0 and seen["protection"]["cache_encrypted"]
    assert seen["protection"]["outbox_encrypted"] and seen["protection"]["key_in_keychain"]
    for name in ("cache.sqlite3", "outbox.sqlite3"):
        assert file_state(device / name) is FileState.ENCRYPTED


def test_a_locked_keychain_is_a_sentence_and_nothing_is_lost(desktop, fresh_central):
    url, db = fresh_central
    device = desktop.home / "device"
    first = desktop.session([sync(url, device, demo=True),
                             record(device, "locked keychain note")])
    ok(first[0])
    assert first[1]["code"] == 0, first[1]["stderr"]
    before = digest(device)

    # a login whose keychain stays locked (its unlock prompt cannot be answered)
    locked = desktop.session([sync(url, device), status(device),
                              app("customers", "search", "smith", "--data-dir", str(device))],
                             unlocked=False)
    text = refused(locked[0], "locked", "Unlock")
    assert json.loads(locked[0]["stdout"])["ok"] is False
    assert "Nothing was changed or lost" in text
    refused(locked[1], "locked")
    refused(locked[2], "locked")
    assert digest(device) == before  # nothing moved, rewritten or deleted

    # no keychain at all (a shell without the desktop session): the encrypted queue is left
    # alone and the person is told where it can be opened
    refused(desktop.without_keychain(status(device)), "no keychain can be reached")
    assert digest(device) == before

    # unlocked again: the queued note is there, and goes once
    back = desktop.session([status(device), sync(url, device)])
    assert ok(back[0])["pending"] == 1
    assert ok(back[1])["pending"] == 0
    assert notes_on_server(db, "locked keychain note") == Counter({"locked keychain note": 1})


def test_without_any_keychain_the_commands_work_and_say_what_is_not_protected(
        desktop, fresh_central):
    url, db = fresh_central
    device = desktop.home / "device"
    backend = desktop.without_keychain([sys.executable, "-c", BACKEND])
    assert backend["stdout"].strip() == "keyring.backends.fail", backend

    first = ok(desktop.without_keychain(sync(url, device, demo=True)))
    assert first["ok"] and first["pulled"]["snapshot"] is True
    protection = first["protection"]
    assert protection["cache_encrypted"] and not protection["outbox_encrypted"]
    assert not protection["key_in_keychain"] and "No keychain" in protection["message"]
    assert desktop.without_keychain(record(device, "no keychain note"))["code"] == 0

    seen = ok(desktop.without_keychain(status(device)))
    assert seen["pending"] == 1 and "kept unencrypted" in seen["protection"]["message"]
    # sessions do not outlive a run without a keychain: a support sync signs in again
    assert desktop.without_keychain(sync(url, device))["code"] == 3
    again = ok(desktop.without_keychain(sync(url, device, demo=True)))
    assert again["ok"] and again["pending"] == 0
    assert again["pulled"]["snapshot"] is True  # the cache of the last run was unreadable
    assert notes_on_server(db, "no keychain note") == Counter({"no keychain note": 1})
    assert file_state(device / "cache.sqlite3") is FileState.ENCRYPTED
    assert file_state(device / "outbox.sqlite3") is FileState.PLAIN

"""A keychain that is locked, refuses, breaks or hangs never crashes the app or a command: a
sentence that says what happened and what to do, a documented exit code, nothing lost."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from associate_app import keychain
from associate_app.cache import encryption
from associate_app.cache.local_store import LocalStore
from associate_app.headless import EXIT_KEYCHAIN
from associate_app.keychain import (
    CredentialStore,
    KeychainError,
    KeychainLocked,
    KeychainRefused,
    KeychainTimeout,
)
from tests.support import broken_keyrings

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def fresh_process():
    encryption.forget_keys()
    yield
    encryption.forget_keys()


@pytest.mark.parametrize(("backend", "error", "words"), [
    (broken_keyrings.Locked(), KeychainLocked, "is locked"),
    (broken_keyrings.Refusing(), KeychainRefused, "refused"),
    (broken_keyrings.NoCollection(), KeychainRefused, "refused"),
    (broken_keyrings.DBusBroken(), KeychainRefused, "Did not receive a reply"),
])
def test_a_keychain_that_will_not_serve_gives_a_sentence_not_a_traceback(backend, error, words):
    store = CredentialStore("https://central#S001", backend=backend)
    with pytest.raises(error, match=words) as caught:
        store.set("device_secret", "s3cret")
    assert "try again" in str(caught.value) and "Nothing was changed" in str(caught.value)
    if not isinstance(backend, broken_keyrings.Refusing):
        with pytest.raises(error):
            asyncio.run(store.aget("device_secret"))
    assert store.status.persistent  # not taken for "no keychain": nothing falls back silently


def test_a_keychain_that_hangs_is_given_up_on_in_time(monkeypatch):
    monkeypatch.setattr(keychain, "KEYRING_TIMEOUT_S", 0.5)
    store = CredentialStore("demo", backend=broken_keyrings.Hanging())
    started = time.monotonic()
    with pytest.raises(KeychainTimeout, match="did not answer"):
        store.get("session")
    with pytest.raises(KeychainTimeout):
        asyncio.run(store.aget("session"))
    assert time.monotonic() - started < 5


def test_a_locked_keychain_stops_the_store_opening_and_leaves_the_folder_free(tmp_path):
    with pytest.raises(KeychainLocked):
        LocalStore(tmp_path / "device", keyring_backend=broken_keyrings.Locked())
    # nothing was made but the private folder, and the folder is not left locked
    assert [p.name for p in (tmp_path / "device").iterdir()] == [".in-use.lock"]
    LocalStore(tmp_path / "device").close()


def run(backend: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    import os

    env = dict(os.environ, PYTHON_KEYRING_BACKEND=f"tests.support.broken_keyrings.{backend}")
    return subprocess.run([sys.executable, "-m", "associate_app", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize("backend", ["Locked", "Refusing", "NoCollection", "DBusBroken"])
def test_sync_and_status_say_what_is_wrong_with_the_keychain_and_exit_4(backend, tmp_path):
    device = tmp_path / "device"
    LocalStore(device).close()  # a device with its data (its key in the working keychain)
    sync = run(backend, "sync", "--server", "http://127.0.0.1:9", "--store", "S001",
               "--data-dir", str(device))
    assert sync.returncode == EXIT_KEYCHAIN, (sync.stdout, sync.stderr)
    assert "Traceback" not in sync.stderr
    summary = json.loads(sync.stdout)
    assert summary["ok"] is False and "keychain" in summary["error"]
    assert summary["error"] in sync.stderr  # a sentence for the person at the terminal too
    status = run(backend, "status", "--data-dir", str(device), "--json")
    assert status.returncode == EXIT_KEYCHAIN and "Traceback" not in status.stderr
    assert "keychain" in status.stderr and status.stdout == ""
    search = run(backend, "customers", "search", "smith", "--data-dir", str(device))
    assert search.returncode == EXIT_KEYCHAIN and "Traceback" not in search.stderr


def test_a_hanging_keychain_ends_the_command_with_a_sentence(tmp_path):
    device = tmp_path / "device"
    LocalStore(device).close()
    started = time.monotonic()
    out = run("Hanging", "status", "--data-dir", str(device), timeout=60)
    assert out.returncode == EXIT_KEYCHAIN, out.stderr
    assert "did not answer" in out.stderr and "Traceback" not in out.stderr
    assert time.monotonic() - started < 30


def test_keychain_errors_are_one_family(tmp_path):
    for error in (KeychainLocked, KeychainRefused, KeychainTimeout,
                  encryption.DataKeyUnavailable):
        assert issubclass(error, KeychainError)

from __future__ import annotations

import asyncio

import keyring.backend
import keyring.errors

from associate_app.keychain import NO_KEYCHAIN_MESSAGE, CredentialStore, MemoryKeyring


class NoKeychain(keyring.backend.KeyringBackend):
    """What a headless Linux box without a Secret Service gives (keyring's fail backend)."""

    priority = 0

    def get_password(self, service, username):
        raise keyring.errors.NoKeyringError("No recommended backend was available.")

    def set_password(self, service, username, password):
        raise keyring.errors.NoKeyringError("No recommended backend was available.")

    def delete_password(self, service, username):
        raise keyring.errors.NoKeyringError("No recommended backend was available.")


def test_secrets_round_trip_through_the_keychain_scoped_per_server_and_store():
    backend = MemoryKeyring()
    a = CredentialStore("https://central#S001", backend=backend)
    b = CredentialStore("https://central#S002", backend=backend)
    a.set("device_secret", "s3cret")
    assert a.get("device_secret") == "s3cret"
    assert b.get("device_secret") is None
    a.delete("device_secret")
    a.delete("device_secret")  # deleting twice is harmless
    assert a.get("device_secret") is None
    assert a.status.persistent


def test_without_an_os_keychain_secrets_stay_in_memory_and_the_user_is_told(tmp_path):
    store = CredentialStore("demo", backend=NoKeychain())
    store.set("token", "abc")
    assert store.get("token") == "abc"
    assert not store.status.persistent
    assert store.status.message == NO_KEYCHAIN_MESSAGE
    # never a plaintext fallback: nothing was written anywhere on disk by us
    assert list(tmp_path.iterdir()) == []


def test_async_access_runs_off_the_calling_thread():
    store = CredentialStore("demo", backend=MemoryKeyring())

    async def go():
        await store.aset("k", "v")
        return await store.aget("k")

    assert asyncio.run(go()) == "v"

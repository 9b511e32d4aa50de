"""Keychains that fail the way real ones do, for the commands run in subprocesses
(``PYTHON_KEYRING_BACKEND=tests.support.broken_keyrings.Locked``)."""

from __future__ import annotations

import time

import keyring.backend
import keyring.errors
import secretstorage.exceptions


class _Broken(keyring.backend.KeyringBackend):
    priority = -1  # type: ignore[assignment]  # never chosen by keyring on its own

    def fail(self):
        raise NotImplementedError

    def get_password(self, service, username):
        self.fail()

    def set_password(self, service, username, password):
        self.fail()

    def delete_password(self, service, username):
        self.fail()


class Locked(_Broken):
    """What the Secret Service backend raises when the collection stays locked."""

    def fail(self):
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


class Refusing(_Broken):
    """Reads nothing, refuses to store (a read-only or full keychain)."""

    def get_password(self, service, username):
        return None

    def fail(self):
        raise keyring.errors.PasswordSetError("Can't store password on keychain")


class NoCollection(_Broken):
    """The Secret Service cannot create the default collection (its prompt was dismissed)."""

    def fail(self):
        raise keyring.errors.InitError("Failed to create the collection: Prompt dismissed..")


class DBusBroken(_Broken):
    """A D-Bus error straight from the Secret Service library, not wrapped by keyring."""

    def fail(self):
        raise secretstorage.exceptions.SecretServiceNotAvailableException(
            "org.freedesktop.DBus.Error.NoReply: Did not receive a reply")


class Hanging(_Broken):
    """A Secret Service that never answers (stuck behind a prompt nobody sees)."""

    def fail(self):
        time.sleep(600)

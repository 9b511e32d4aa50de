"""Secrets a queued change carries, sealed to the central service (shared by app and service).

A handover carries the customer's pickup code, a manager's override carries their PIN. The app
checks both at once (offline, against cached slow hashes), but the central service checks them
again, so the change must carry them — and it may wait in the outbox for hours while the store
is offline. The outbox writes the *intent* ahead, never the secret: the secret is encrypted at
once to the service's public key (HPKE, RFC 9180: X25519, HKDF-SHA256, ChaCha20-Poly1305, from
``cryptography``) and only the sealed text is ever written. Nobody holding the device — its
files, its keychain, its memory after the dialog closed — can open it; only the service can.

A sealed value is bound to one change and to what it approves: the HPKE ``info`` names the
mutation id, its type, the field, and a digest of the facts a PIN approves (the order, the
reason, the manager, the points, the amount…), so a sealed PIN copied into another change, or
left in a change whose amount was edited afterwards, does not open. Ids a device may still
rewrite before sending (a new customer's temporary id) are not among those facts.

Format: ``hpke1.<key id>.<base64url ciphertext>``; the key id lets the service rotate keys and
still open changes sealed to an older one.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from store_contract.domain.mutation_types import SEALED_VALUE
from store_contract.payloads import BOUND_FIELDS, SEALED_FIELDS

PREFIX = "hpke1"
SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.CHACHA20_POLY1305)
MAX_SECRET = 64
#: (declared on the payload models, store_contract.payloads:) ``SEALED_FIELDS``, the payload
#: fields that hold sealed secrets by the secret's name, and ``BOUND_FIELDS``, the payload
#: fields a sealed secret is bound to (never ids that a device rewrites)
__all__ = ["BOUND_FIELDS", "SEALED_FIELDS", "SealingError", "SealingKey", "is_sealed",
           "key_id_of", "new_private_key", "open_sealed", "public_key_of", "seal"]


class SealingError(ValueError):
    """A sealed value that cannot be opened (wrong key, wrong change, damaged)."""


@dataclass(frozen=True)
class SealingKey:
    """The service's public key as devices keep it."""

    key_id: str
    public_key: str  # base64url of the raw 32-byte X25519 public key


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _info(mutation_id: str, type_: str, field: str, payload: dict | None) -> bytes:
    facts = {k: payload[k] for k in BOUND_FIELDS if payload and k in payload}
    digest = hashlib.sha256(json.dumps(facts, sort_keys=True, separators=(",", ":"))
                            .encode()).hexdigest()
    return f"store-associate sealed v2|{mutation_id}|{type_}|{field}|{digest}".encode()


def new_private_key() -> tuple[str, str]:
    """A fresh key pair for the service: (private, public), each base64url of 32 raw bytes."""
    private = X25519PrivateKey.generate()
    return _b64(private.private_bytes_raw()), _b64(private.public_key().public_bytes_raw())


def public_key_of(private_key: str) -> str:
    return _b64(X25519PrivateKey.from_private_bytes(_unb64(private_key))
                .public_key().public_bytes_raw())


def is_sealed(value: object) -> bool:
    return isinstance(value, str) and bool(SEALED_VALUE.match(value))


def seal(key: SealingKey, secret: str, *, mutation_id: str, type_: str, field: str,
         payload: dict | None = None) -> str:
    """``secret`` encrypted so that only the service can read it, for this change (and the
    facts of ``payload`` it approves) only."""
    if len(secret) > MAX_SECRET:
        raise ValueError("secret too long to seal")
    try:
        public = X25519PublicKey.from_public_bytes(_unb64(key.public_key))
    except (ValueError, binascii.Error) as exc:
        raise SealingError("the service's public key is not valid") from exc
    sealed = SUITE.encrypt(secret.encode(), public,
                           info=_info(mutation_id, type_, field, payload))
    return f"{PREFIX}.{key.key_id}.{_b64(sealed)}"


def key_id_of(sealed: str) -> str:
    if not is_sealed(sealed):
        raise SealingError("not a sealed value")
    return sealed.split(".", 2)[1]


def open_sealed(private_key: str, sealed: str, *, mutation_id: str, type_: str,
                field: str, payload: dict | None = None) -> str:
    """The secret in ``sealed``; :class:`SealingError` if it was not sealed for this change."""
    if not is_sealed(sealed):
        raise SealingError("not a sealed value")
    try:
        private = X25519PrivateKey.from_private_bytes(_unb64(private_key))
        plain = SUITE.decrypt(_unb64(sealed.split(".", 2)[2]), private,
                              info=_info(mutation_id, type_, field, payload))
        return plain.decode()
    except (InvalidTag, ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise SealingError("the sealed value does not open for this change") from exc

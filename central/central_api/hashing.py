"""Hashes for what the service must check but never keep in clear.

* PINs and pickup codes are short, so they get a salted slow hash (scrypt). The hash string
  carries its parameters (``scrypt$n$r$p$hex``) so the cost can rise later and a client that
  verifies offline (pickup codes) knows how to recompute it. The format has one definition,
  in ``store_contract.domain.pickup`` (the app verifies pickup codes offline with it).
* Device secrets, bearer tokens and enrolment codes are long random strings (or looked up by
  value), so a plain sha256 is enough and keeps lookups indexable.
"""

from __future__ import annotations

import hashlib
import secrets

from store_contract.domain.pickup import (
    PICKUP_CODE_COST,  # noqa: F401  (re-exported: the seed and tests import it from here)
    code_from_bytes,
    scrypt_hash,
    verify_scrypt,
)
from store_contract.domain.pickup import hash_code as pickup_code_hash  # noqa: F401

#: Interactive-login cost for staff PINs (about 0.1 s on a small server).
PIN_COST = (2**14, 8, 1)
#: Pickup codes (``PICKUP_CODE_COST``) are verified at the counter, often many in a row:
#: cheaper, still salted and slow.


def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def new_salt(nbytes: int = 16) -> str:
    return secrets.token_hex(nbytes)


def slow_hash(secret: str, salt: str, cost: tuple[int, int, int] = PIN_COST) -> str:
    return scrypt_hash(secret, salt, cost)


def verify_slow_hash(secret: str, salt: str, stored: str) -> bool:
    return verify_scrypt(secret, salt, stored)


def normalise_enrolment_code(code: str) -> str:
    return code.strip().upper()


def enrolment_code_hash(code: str) -> str:
    return sha256_hex("enrol:" + normalise_enrolment_code(code))


def demo_pickup_code(order_id: str) -> str:
    """The pickup code of a *demo* order (canonical 8 characters), derivable from the order id.

    The seeded database keeps only a salt and a slow hash of it (as for real orders, where the
    customer receives the code and nobody else knows it); this function lets the demo, tests
    and people trying the app hand over an order: ``demo_pickup_code("O00000042")``; show it
    as ``pickup.format_code(code)`` (``ABCD-2345``).
    """
    return code_from_bytes(hashlib.sha256(f"demo-pickup-code:{order_id}".encode()).digest())

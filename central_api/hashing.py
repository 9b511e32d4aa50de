"""Hashes for what the service must check but never keep in clear.

* PINs and pickup codes are short, so they get a salted slow hash (scrypt). The hash string
  carries its parameters (``scrypt$n$r$p$hex``) so the cost can rise later and a client that
  verifies offline (pickup codes) knows how to recompute it.
* Device secrets, bearer tokens and enrolment codes are long random strings (or looked up by
  value), so a plain sha256 is enough and keeps lookups indexable.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

#: Interactive-login cost for staff PINs (about 0.1 s on a small server).
PIN_COST = (2**14, 8, 1)
#: Pickup codes are verified at the counter, often many in a row; cheaper, still salted and slow.
PICKUP_CODE_COST = (2**12, 8, 1)


def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def new_salt(nbytes: int = 16) -> str:
    return secrets.token_hex(nbytes)


def slow_hash(secret: str, salt: str, cost: tuple[int, int, int] = PIN_COST) -> str:
    n, r, p = cost
    digest = hashlib.scrypt(secret.encode(), salt=bytes.fromhex(salt), n=n, r=r, p=p, dklen=32)
    return f"scrypt${n}${r}${p}${digest.hex()}"


def verify_slow_hash(secret: str, salt: str, stored: str) -> bool:
    try:
        scheme, n, r, p, _ = stored.split("$")
        if scheme != "scrypt":
            return False
        candidate = slow_hash(secret, salt, (int(n), int(r), int(p)))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate, stored)


def normalise_enrolment_code(code: str) -> str:
    return code.strip().upper()


def enrolment_code_hash(code: str) -> str:
    return sha256_hex("enrol:" + normalise_enrolment_code(code))


def demo_pickup_code(order_id: str) -> str:
    """The 6-digit pickup code of a *demo* order, derivable by testers from the order id.

    The seeded database keeps only a salt and a slow hash of it (as for real orders, where the
    customer receives the code and nobody else knows it); this function lets the demo, tests
    and people trying the app hand over an order: ``demo_pickup_code("O00000042")``.
    """
    digest = hashlib.sha256(f"demo-pickup-code:{order_id}".encode()).digest()
    return f"{int.from_bytes(digest[:8], 'big') % 1_000_000:06d}"

"""Pickup codes: their format, how they are made, and the slow hash that lets a device check
one at the counter while the back room is offline.

A code is 8 characters from a 31-symbol alphabet without look-alikes (no 0/O, 1/I/L), shown
to people as ``ABCD-2345`` and accepted typed in any case, with or without spaces or the dash
(:func:`normalise_code`). Neither the central service nor the app's cache keeps the code: both
keep a per-order random salt and a slow hash (scrypt, ``n=2**12, r=8, p=1``: 4 MiB of memory
and a few milliseconds per guess), which is what lets a device check a code at the counter
while the back room is offline (:func:`verify_code`).

Why a stolen cache file does not give the codes away: 31**8 ≈ 8.5·10**11 (≈ 40 bits) codes per
order, and each order has its own salt, so nothing can be precomputed and every order must be
attacked separately. At scrypt's cost a CPU core tries a few hundred codes a second: half the
space is roughly a hundred core-years per order; memory-hard hashing keeps GPUs to a small
multiple of that (days of a dedicated rig per single order), while a code is only worth
anything during the order's pickup window (7 days) and only to someone who can also stand at
the counter with it. At the counter itself guessing is cut off by
:data:`~store_contract.domain.pickup.handover.MAX_CODE_ATTEMPTS` (then only a manager, with a
reason, can hand the order over), and the count lives on the service. If devices ever hold far
more live orders, raise the cost (the hash string carries its parameters, so old and new hashes
verify side by side).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text

#: 31 symbols: no 0/O, no 1/I/L (they are misread on phone screens and when typed).
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8
#: scrypt (n, r, p) for pickup codes; a hash string carries its own, so this can rise later.
PICKUP_CODE_COST = (2**12, 8, 1)


def normalise_code(typed: str) -> str:
    """What a person typed or a scanner read, as the canonical 8 characters (upper case, no
    spaces or dashes). Does not say whether it is well formed: see :func:`is_well_formed_code`."""
    return "".join(ch for ch in str(typed).upper() if ch.isalnum())


def is_well_formed_code(typed: str) -> bool:
    code = normalise_code(typed)
    return len(code) == CODE_LENGTH and all(ch in CODE_ALPHABET for ch in code)


def code_problem(typed: str) -> Text | None:
    """Why ``typed`` cannot be a pickup code (a sentence), or None if it could be one."""
    code = normalise_code(typed)
    if not code:
        return text(QT_TRANSLATE_NOOP("Messages", "Type or scan the customer's pickup code."))
    if len(code) != CODE_LENGTH:
        return text(QT_TRANSLATE_NOOP("Messages", "A pickup code has {length} characters, like "
                                                  "ABCD-2345; this has {count}."),
                    length=CODE_LENGTH, count=len(code))
    bad = sorted({ch for ch in code if ch not in CODE_ALPHABET})
    if bad:
        if set(bad) & set("01OIL"):
            return text(QT_TRANSLATE_NOOP("Messages", "A pickup code cannot contain {characters} "
                                                      "(pickup codes never use 0, O, 1, I or "
                                                      "L)."), characters=", ".join(bad))
        return text(QT_TRANSLATE_NOOP("Messages", "A pickup code cannot contain {characters}."),
                    characters=", ".join(bad))
    return None


def format_code(code: str) -> str:
    """``ABCD2345`` → ``ABCD-2345``: how codes are shown and printed."""
    c = normalise_code(code)
    return f"{c[:4]}-{c[4:]}" if len(c) == CODE_LENGTH else c


def new_code() -> str:
    """A fresh random pickup code (canonical form)."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def code_from_bytes(digest: bytes) -> str:
    """A code derived from bytes (the demo's derivable codes), uniform enough for a demo."""
    n = int.from_bytes(digest[:12], "big")
    out = []
    for _ in range(CODE_LENGTH):
        n, k = divmod(n, len(CODE_ALPHABET))
        out.append(CODE_ALPHABET[k])
    return "".join(out)


def scrypt_hash(secret: str, salt: str, cost: tuple[int, int, int]) -> str:
    """``scrypt$n$r$p$hex`` of ``secret`` with the hex ``salt``: the one format for slow
    hashes (staff PINs and pickup codes, on the service and on devices)."""
    n, r, p = cost
    digest = hashlib.scrypt(secret.encode(), salt=bytes.fromhex(salt), n=n, r=r, p=p, dklen=32)
    return f"scrypt${n}${r}${p}${digest.hex()}"


def verify_scrypt(secret: str, salt: str, stored: str) -> bool:
    """Does ``secret`` match ``stored`` (a :func:`scrypt_hash` string)? Constant-time compare;
    a malformed hash or salt is simply no match."""
    try:
        scheme, n, r, p, _ = stored.split("$")
        if scheme != "scrypt":
            return False
        candidate = scrypt_hash(secret, salt, (int(n), int(r), int(p)))
    except (ValueError, TypeError, AttributeError):
        return False
    return hmac.compare_digest(candidate, stored)


def hash_code(code: str, salt: str, cost: tuple[int, int, int] = PICKUP_CODE_COST) -> str:
    """The stored form of a pickup code (its canonical form, salted, slow-hashed)."""
    return scrypt_hash(normalise_code(code), salt, cost)


def verify_code(typed: str, salt: str | None, code_hash: str | None) -> bool:
    """Is ``typed`` the order's pickup code? Works offline from the cached salt and hash."""
    if not salt or not code_hash or not is_well_formed_code(typed):
        return False
    return verify_scrypt(normalise_code(typed), salt, code_hash)

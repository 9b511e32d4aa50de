"""Click-and-collect rules: the order state machine, picking by scan, readiness, pickup codes.

Pure Python, shared by the app (which checks before it queues a change, also offline) and the
central service (which checks again before applying: never trust the wire). No Qt, SQL, HTTP.

States and who moves an order between them (``TRANSITIONS``)::

    new ──start picking──▶ picking ──mark ready──▶ ready_for_pickup ──handover──▶ collected
                                                        │
                                                        └─expire (no-show)─▶ expired
                                                                               │
                                                     return to stock ◀─────────┘
                                                     ▼
                                               returned_to_stock
    new | picking | ready_for_pickup ──cancel (central service only)──▶ cancelled

Picking: each scan of an item's barcode adds one unit to the matching line; a wrong item, an
unknown code, a misread (bad check digit) or a unit more than ordered is refused and changes
nothing (:func:`scan_for_line`). Units that cannot be found are recorded short with a reason;
where the order allows it, one unit can be replaced by a substitute.

Partial availability (:func:`readiness`), shown to staff as one sentence:

* **complete** — every unit is picked (a substitute counts as picked);
* **ready with shortages** — something is picked and every missing unit is recorded short:
  the order may be marked ready; the customer is told what is missing;
* **hold** — nothing could be picked: do not mark it ready; a manager cancels and refunds it;
* **incomplete** — units are neither picked nor recorded short yet: keep picking.

Pickup codes. A code is 8 characters from a 31-symbol alphabet without look-alikes (no 0/O,
1/I/L), shown to people as ``ABCD-2345`` and accepted typed in any case, with or without
spaces or the dash (:func:`normalise_code`). Neither the central service nor the app's cache
keeps the code: both keep a per-order random salt and a slow hash (scrypt, ``n=2**12, r=8,
p=1``: 4 MiB of memory and a few milliseconds per guess), which is what lets a device check a
code at the counter while the back room is offline (:func:`verify_code`).

Why a stolen cache file does not give the codes away: 31**8 ≈ 8.5·10**11 (≈ 40 bits) codes per
order, and each order has its own salt, so nothing can be precomputed and every order must be
attacked separately. At scrypt's cost a CPU core tries a few hundred codes a second: half the
space is roughly a hundred core-years per order; memory-hard hashing keeps GPUs to a small
multiple of that (days of a dedicated rig per single order), while a code is only worth
anything during the order's pickup window (7 days) and only to someone who can also stand at
the counter with it. At the counter itself guessing is cut off by :data:`MAX_CODE_ATTEMPTS`
(then only a manager, with a reason, can hand the order over), and the count lives on the
service. If devices ever hold far more live orders, raise the cost (the hash string carries its
parameters, so old and new hashes verify side by side).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from store_contract.domain.barcodes import ScanKind, classify

# -- states and the transitions between them ----------------------------------------------------

NEW = "new"
PICKING = "picking"
READY = "ready_for_pickup"
COLLECTED = "collected"
EXPIRED = "expired"
RETURNED = "returned_to_stock"
CANCELLED = "cancelled"

STATES = (NEW, PICKING, READY, COLLECTED, EXPIRED, RETURNED, CANCELLED)
#: States in which the store still holds the order's stock (reserved units).
HOLDS_STOCK = (NEW, PICKING, READY, EXPIRED)
FINAL_STATES = (COLLECTED, RETURNED, CANCELLED)

Actor = Literal["associate", "manager", "service"]

#: How long a ready order waits for its customer before it is a no-show.
PICKUP_HOLD = timedelta(days=7)
#: A ready order whose pickup window ends within this is "expiring" in the queue.
EXPIRING_SOON = timedelta(hours=24)


@dataclass(frozen=True)
class Transition:
    action: str  # what staff (or the service) do
    who: tuple[Actor, ...]  # who may do it; "service" = only the central service, online


#: (from, to) -> the action that makes that move. Anything not listed is illegal.
TRANSITIONS: dict[tuple[str, str], Transition] = {
    (NEW, PICKING): Transition("start picking", ("associate", "manager")),
    (PICKING, READY): Transition("mark ready", ("associate", "manager")),
    (READY, COLLECTED): Transition("hand over", ("associate", "manager")),
    (READY, EXPIRED): Transition("expire", ("associate", "manager")),
    (EXPIRED, RETURNED): Transition("return to stock", ("associate", "manager")),
    (NEW, CANCELLED): Transition("cancel", ("service",)),
    (PICKING, CANCELLED): Transition("cancel", ("service",)),
    (READY, CANCELLED): Transition("cancel", ("service",)),
}

#: What each state means to someone holding the order: used in refusal sentences.
_STATE_WORDS = {
    NEW: "has not been started",
    PICKING: "is being picked",
    READY: "is ready for pickup",
    COLLECTED: "has already been collected",
    EXPIRED: "has expired (the customer did not come)",
    RETURNED: "has been returned to stock",
    CANCELLED: "was cancelled",
}

#: What must be true before each action, said as the next step to take.
_NEEDS = {
    PICKING: "Only a new order can be started.",
    READY: "Only an order being picked can be marked ready.",
    COLLECTED: "Only an order that is ready for pickup can be handed over.",
    EXPIRED: "Only an order waiting for pickup can expire.",
    RETURNED: "Only an expired order goes back to stock this way.",
    CANCELLED: "Only an order that is not yet collected, expired or returned can be cancelled.",
}


class IllegalTransition(ValueError):
    """A move the state machine does not allow; the message is a sentence for staff."""

    def __init__(self, reason: str, *, current: str = "", target: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.current = current
        self.target = target


def check_transition(current: str, target: str, *, actor: Actor | None = None) -> None:
    """Nothing if ``current → target`` is legal (for ``actor``, if given); else
    :class:`IllegalTransition` saying why and what is possible instead."""
    if current not in STATES:
        raise IllegalTransition(f"The order is in an unknown state ({current!r}).",
                                current=current, target=target)
    if target not in STATES:
        raise IllegalTransition(f"{target!r} is not an order state.",
                                current=current, target=target)
    move = TRANSITIONS.get((current, target))
    if move is None:
        if current == target:
            reason = f"The order {_STATE_WORDS[current]} already."
        else:
            reason = f"The order {_STATE_WORDS[current]}. {_NEEDS.get(target, '')}".strip()
        raise IllegalTransition(reason, current=current, target=target)
    if actor is not None and actor not in move.who:
        if move.who == ("service",):
            reason = (f"Only the central service can {move.action} an order (online, by "
                      "customer service or a manager in the back office).")
        else:
            reason = f"A {actor} cannot {move.action} an order."
        raise IllegalTransition(reason, current=current, target=target)


def can_transition(current: str, target: str, actor: Actor | None = None) -> bool:
    try:
        check_transition(current, target, actor=actor)
    except IllegalTransition:
        return False
    return True


def next_states(current: str, actor: Actor | None = None) -> list[str]:
    """The states ``actor`` may move an order in ``current`` to (for enabling buttons)."""
    return [t for (f, t), move in TRANSITIONS.items()
            if f == current and (actor is None or actor in move.who)]


def check_editable(current: str) -> None:
    """Lines (picks, shortages, substitutes) change only while the order is being picked."""
    if current != PICKING:
        hint = " Start picking it first." if current == NEW else ""
        raise IllegalTransition(
            f"The order {_STATE_WORDS.get(current, 'is in an unknown state')}, so its items "
            f"cannot be changed.{hint}", current=current, target=current)


def check_stageable(current: str) -> None:
    """An order is put on (or moved to) a shelf while picked or waiting for pickup."""
    if current not in (PICKING, READY):
        raise IllegalTransition(
            f"The order {_STATE_WORDS.get(current, 'is in an unknown state')}, so it cannot be "
            "staged.", current=current, target=current)


def cancellation_reason(order_number: str, reason: str | None) -> str:
    """The sentence a device sees when the service cancelled an order it was working on."""
    why = f" ({reason})" if reason else ""
    return (f"Order {order_number} was cancelled by the central service{why}. Nothing more can "
            "be done to it in the store.")


# -- picking by scan ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PickLine:
    line_id: str
    product_id: str
    qty_ordered: int
    qty_picked: int = 0
    qty_short: int = 0
    ean13: str | None = None  # of the ordered product (else looked up in products_by_ean)
    substitute_product_id: str | None = None
    allows_substitution: bool = True  # may the ordered product be replaced at all
    name: str | None = None

    @property
    def remaining(self) -> int:
        """Units neither picked nor recorded short."""
        return max(0, self.qty_ordered - self.qty_picked - self.qty_short)

    @classmethod
    def of(cls, line: Any) -> PickLine:
        """From a mapping or an object with the same names (a cache row, a wire model)."""
        if isinstance(line, PickLine):
            return line
        get = line.get if isinstance(line, Mapping) else (lambda k, d=None: getattr(line, k, d))
        allows = get("allows_substitution", True)
        return cls(
            line_id=str(get("line_id")),
            product_id=str(get("product_id")),
            qty_ordered=int(get("qty_ordered") or 0),
            qty_picked=int(get("qty_picked") or 0),
            qty_short=int(get("qty_short") or 0),
            ean13=get("ean13"),
            substitute_product_id=get("substitute_product_id"),
            allows_substitution=True if allows is None else bool(allows),
            name=get("name"),
        )


RefusalKind = Literal["wrong_item", "over_pick", "unknown_code", "bad_check_digit",
                      "substitute_not_allowed"]
DecisionKind = Literal["pick", "substitute"] | RefusalKind


@dataclass(frozen=True)
class PickDecision:
    kind: DecisionKind
    sentence: str  # for staff: what happened, or why not and what to do
    line_id: str | None = None
    product_id: str | None = None  # the scanned product, when known
    ean13: str | None = None  # the normalised code

    @property
    def accepted(self) -> bool:
        return self.kind in ("pick", "substitute")

    @property
    def mutation_type(self) -> str | None:
        """The change to queue for an accepted scan (values of ``MutationType``)."""
        return {"pick": "order.pick_line", "substitute": "order.substitute"}.get(self.kind)

    def payload(self, order_id: str) -> dict[str, str]:
        """The mutation payload for an accepted scan."""
        if self.kind == "pick":
            return {"order_id": order_id, "line_id": str(self.line_id),
                    "ean13": str(self.ean13)}
        if self.kind == "substitute":
            return {"order_id": order_id, "line_id": str(self.line_id),
                    "substitute_product_id": str(self.product_id)}
        raise ValueError("a refused scan changes nothing")


def _product_id(product: Any) -> str | None:
    if product is None:
        return None
    if isinstance(product, str):
        return product
    if isinstance(product, Mapping):
        return product.get("product_id")
    return getattr(product, "product_id", None)


def _label(line: PickLine) -> str:
    return line.name or line.product_id


def scan_for_line(
    lines: Iterable[Any],
    ean13: str,
    products_by_ean: Mapping[str, Any],
    allow_substitutions: bool,
    *,
    substitute_for: str | None = None,
) -> PickDecision:
    """What a scanned barcode does to an order being picked.

    ``lines`` are the order's lines (:class:`PickLine`, or mappings/objects with its names);
    ``products_by_ean`` maps an EAN-13 to its product (a product id, or anything with a
    ``product_id``). Normally a scan picks one unit of the line whose product it is (or whose
    chosen substitute it is). With ``substitute_for`` (a line id: staff pressed "Substitute" on
    that line) the scanned product becomes one unit of that line, if the order and the ordered
    product allow substitutes. Refusals change nothing.
    """
    scan = classify(ean13)
    if scan.kind is not ScanKind.PRODUCT:
        if scan.problem and "check digit" in scan.problem:
            return PickDecision("bad_check_digit", scan.problem, ean13=scan.code)
        return PickDecision(
            "unknown_code",
            "That is not an item barcode. Scan the barcode on the item itself.",
            ean13=scan.code)
    code = scan.code
    all_lines = [PickLine.of(line) for line in lines]
    product_id = _product_id(products_by_ean.get(code))
    if product_id is None:
        ours = [line for line in all_lines if line.ean13 == code]
        product_id = ours[0].product_id if ours else None
    if product_id is None:
        return PickDecision(
            "unknown_code",
            f"Barcode {code} is not in the catalogue. Check the item; do not hand it over.",
            ean13=code)

    if substitute_for is not None:
        return _substitute(all_lines, substitute_for, product_id, code, allow_substitutions)

    ordered = [line for line in all_lines if line.product_id == product_id]
    subbed = [line for line in all_lines if line.substitute_product_id == product_id]
    for line in ordered:
        if line.remaining > 0:
            return PickDecision("pick", f"Picked 1 × {_label(line)} "
                                        f"({line.qty_picked + 1} of {line.qty_ordered}).",
                                line_id=line.line_id, product_id=product_id, ean13=code)
    for line in subbed:
        if line.remaining > 0:
            if not (allow_substitutions and line.allows_substitution):
                return PickDecision("substitute_not_allowed",
                                    "This order does not allow substitutes.",
                                    line_id=line.line_id, product_id=product_id, ean13=code)
            return PickDecision("substitute", f"Substitute picked for {_label(line)} "
                                              f"({line.qty_picked + 1} of {line.qty_ordered}).",
                                line_id=line.line_id, product_id=product_id, ean13=code)
    if ordered or subbed:
        line = (ordered or subbed)[0]
        return PickDecision(
            "over_pick",
            f"Too many: {_label(line)} is already complete ({line.qty_picked} picked, "
            f"{line.qty_short} short of {line.qty_ordered}). Put this one back.",
            line_id=line.line_id, product_id=product_id, ean13=code)
    return PickDecision(
        "wrong_item",
        "Wrong item: this product is not on the order. Put it back"
        + (", or choose Substitute on a line first to use it instead." if allow_substitutions
           else "; this order does not allow substitutes."),
        product_id=product_id, ean13=code)


def _substitute(lines: list[PickLine], line_id: str, product_id: str, code: str,
                allow_substitutions: bool) -> PickDecision:
    line = next((x for x in lines if x.line_id == line_id), None)
    if line is None:
        return PickDecision("wrong_item", "That line is not on this order.", ean13=code)
    if not allow_substitutions:
        return PickDecision("substitute_not_allowed",
                            "The customer did not allow substitutes on this order. Record "
                            "the item short instead.", line_id=line_id, product_id=product_id,
                            ean13=code)
    if not line.allows_substitution:
        return PickDecision("substitute_not_allowed",
                            f"{_label(line)} cannot be replaced by another product. Record it "
                            "short instead.", line_id=line_id, product_id=product_id,
                            ean13=code)
    if product_id == line.product_id:
        return scan_for_line(lines, code, {code: product_id}, allow_substitutions)
    if line.substitute_product_id not in (None, product_id):
        return PickDecision("wrong_item",
                            "This line already has a different substitute; scan that product "
                            "or the ordered one.", line_id=line_id, product_id=product_id,
                            ean13=code)
    if line.remaining <= 0:
        return PickDecision("over_pick",
                            f"{_label(line)} is already complete; nothing to substitute.",
                            line_id=line_id, product_id=product_id, ean13=code)
    return PickDecision("substitute", f"Substitute picked for {_label(line)} "
                                      f"({line.qty_picked + 1} of {line.qty_ordered}).",
                        line_id=line_id, product_id=product_id, ean13=code)


def check_shortage(line: Any, qty: int) -> None:
    """A shortage of ``qty`` units fits the line (never more than what is still missing)."""
    pl = PickLine.of(line)
    if qty <= 0:
        raise IllegalTransition("Record at least one missing unit.")
    if qty > pl.remaining:
        raise IllegalTransition(
            f"Only {pl.remaining} unit(s) of {_label(pl)} are still to find; {qty} cannot be "
            "recorded short.")


# -- partial availability -----------------------------------------------------------------------

ReadinessKind = Literal["complete", "ready_with_shortages", "hold", "incomplete"]


@dataclass(frozen=True)
class Readiness:
    kind: ReadinessKind
    sentence: str
    picked: int = 0
    short: int = 0
    remaining: int = 0

    @property
    def may_mark_ready(self) -> bool:
        return self.kind in ("complete", "ready_with_shortages")


def readiness(lines: Iterable[Any]) -> Readiness:
    """The partial-availability rule, as staff see it (see the module docstring)."""
    all_lines = [PickLine.of(line) for line in lines]
    picked = sum(min(x.qty_picked, x.qty_ordered) for x in all_lines)
    short = sum(x.qty_short for x in all_lines)
    remaining = sum(x.remaining for x in all_lines)
    total = sum(x.qty_ordered for x in all_lines)
    if not all_lines or total == 0:
        return Readiness("hold", "This order has no items. Ask a manager to cancel it.")
    if remaining:
        return Readiness("incomplete", f"{remaining} of {total} item(s) still to pick or record "
                                       "short.", picked, short, remaining)
    if short == 0:
        return Readiness("complete", f"All {total} item(s) picked: stage it and mark it ready.",
                         picked, short, 0)
    if picked == 0:
        return Readiness("hold", "Nothing could be picked: do not mark it ready. Ask a manager "
                                 "to cancel the order and refund the customer.", picked, short, 0)
    return Readiness("ready_with_shortages",
                     f"Ready with shortages: {picked} of {total} item(s) picked, {short} "
                     "missing. The customer is told what is missing and refunded for it.",
                     picked, short, 0)


def check_mark_ready(lines: Iterable[Any]) -> Readiness:
    r = readiness(lines)
    if not r.may_mark_ready:
        raise IllegalTransition(f"The order cannot be marked ready: {r.sentence}",
                                current=PICKING, target=READY)
    return r


# -- pickup codes ---------------------------------------------------------------------------------

#: 31 symbols: no 0/O, no 1/I/L (they are misread on phone screens and when typed).
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8
MAX_CODE_ATTEMPTS = 5
#: scrypt (n, r, p) for pickup codes; a hash string carries its own, so this can rise later.
PICKUP_CODE_COST = (2**12, 8, 1)


def normalise_code(typed: str) -> str:
    """What a person typed or a scanner read, as the canonical 8 characters (upper case, no
    spaces or dashes). Does not say whether it is well formed: see :func:`is_well_formed_code`."""
    return "".join(ch for ch in str(typed).upper() if ch.isalnum())


def is_well_formed_code(typed: str) -> bool:
    code = normalise_code(typed)
    return len(code) == CODE_LENGTH and all(ch in CODE_ALPHABET for ch in code)


def code_problem(typed: str) -> str | None:
    """Why ``typed`` cannot be a pickup code (a sentence), or None if it could be one."""
    code = normalise_code(typed)
    if not code:
        return "Type or scan the customer's pickup code."
    if len(code) != CODE_LENGTH:
        return (f"A pickup code has {CODE_LENGTH} characters, like ABCD-2345; this has "
                f"{len(code)}.")
    bad = sorted({ch for ch in code if ch not in CODE_ALPHABET})
    if bad:
        hint = " (pickup codes never use 0, O, 1, I or L)" if set(bad) & set("01OIL") else ""
        return f"A pickup code cannot contain {', '.join(bad)}{hint}."
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


def attempts_left(failed_attempts: int) -> int:
    return max(0, MAX_CODE_ATTEMPTS - int(failed_attempts or 0))


def check_code_attempt_allowed(failed_attempts: int) -> None:
    """Refuses once :data:`MAX_CODE_ATTEMPTS` wrong codes were tried on the order."""
    if attempts_left(failed_attempts) == 0:
        raise IllegalTransition(
            f"{MAX_CODE_ATTEMPTS} wrong pickup codes were tried for this order. Only a manager "
            "can hand it over now, with a reason (check the customer's ID and order email).",
            current=READY, target=COLLECTED)


def wrong_code_sentence(failed_attempts: int) -> str:
    left = attempts_left(failed_attempts)
    if left == 0:
        return ("That code is wrong, and that was the last attempt. Ask a manager to hand the "
                "order over.")
    return f"That code is wrong. {left} attempt(s) left before a manager must hand it over."


OVERRIDE_REASON_MIN = 5


def check_override_reason(reason: str | None) -> str:
    text = (reason or "").strip()
    if len(text) < OVERRIDE_REASON_MIN:
        raise IllegalTransition("Say why the order is handed over without its code (for "
                                "example: 'code lost; checked photo ID and order email').")
    return text


# -- no-shows -------------------------------------------------------------------------------------


def as_datetime(value: Any) -> datetime | None:
    """A timestamp from a cache row (ISO text), the wire or the database, timezone-aware."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        dt = value
    else:
        dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _field(order: Any, name: str) -> Any:
    if isinstance(order, Mapping):
        return order.get(name)
    return getattr(order, name, None)


def is_overdue(status: str, pickup_expires_at: Any, now: datetime) -> bool:
    """A ready order whose pickup window has passed: a no-show that may be expired."""
    expires = as_datetime(pickup_expires_at)
    return status == READY and expires is not None and expires <= now


def check_expire(status: str, pickup_expires_at: Any, now: datetime) -> None:
    check_transition(status, EXPIRED)
    if not is_overdue(status, pickup_expires_at, now):
        expires = as_datetime(pickup_expires_at)
        when = expires.strftime("%d %b %Y %H:%M UTC") if expires else "its pickup deadline"
        raise IllegalTransition(f"The customer can still collect this order until {when}; it "
                                "cannot be expired before then.", current=status, target=EXPIRED)

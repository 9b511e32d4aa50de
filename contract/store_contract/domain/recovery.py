"""What the app did about a damaged or missing data file, and how to say it to staff.

The cache and the outbox record each recovery (:mod:`associate_app.cache.outbox` keeps the
list); the status bar, a message at start and ``associate-app status`` say it with
:func:`sentence`. Pure: no Qt, SQL or HTTP.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class RecoveryKind(StrEnum):
    CACHE_REBUILT = "cache_rebuilt"  # the cache was damaged: set aside, downloaded again
    OUTBOX_SALVAGED = "outbox_salvaged"  # the outbox was damaged: readable entries kept
    OUTBOX_REPLACED = "outbox_replaced"  # the outbox was missing or not this device's
    CHANGES_RESTORED = "changes_restored"  # queued changes the outbox lacked, from the cache


@dataclass(frozen=True)
class Recovery:
    kind: RecoveryKind
    at: str  # ISO time
    reason: str  # what was wrong, for support (SQLite's words)
    moved_to: str | None = None  # the file name the damaged file was kept under
    salvaged: int = 0  # outbox entries read back from the damaged file
    restored: int = 0  # queued changes restored from the cache's copy
    unreadable: int = 0  # outbox entries that could not be read at all
    #: queued changes that could not be recovered, named for people ("note for Jane Smith")
    lost: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"kind": str(self.kind), "at": self.at, "reason": self.reason,
                "moved_to": self.moved_to, "salvaged": self.salvaged,
                "restored": self.restored, "unreadable": self.unreadable,
                "lost": list(self.lost), "sentence": sentence(self)}

    @classmethod
    def from_json(cls, data: dict) -> Recovery:
        return cls(kind=RecoveryKind(data["kind"]), at=data["at"], reason=data["reason"],
                   moved_to=data.get("moved_to"), salvaged=int(data.get("salvaged") or 0),
                   restored=int(data.get("restored") or 0),
                   unreadable=int(data.get("unreadable") or 0),
                   lost=[str(x) for x in data.get("lost") or []])

    @property
    def lost_changes(self) -> bool:
        """Did queued work possibly go missing (someone must check and redo it)?"""
        return bool(self.lost) or (self.kind is RecoveryKind.OUTBOX_SALVAGED
                                   and self.unreadable > self.restored)


def _changes(n: int) -> str:
    return f"{n} change{'s' if n != 1 else ''}"


def sentence(r: Recovery) -> str:
    """What happened and what to do, in plain words."""
    kept = f" The damaged file was kept as {r.moved_to} for support." if r.moved_to else ""
    if r.kind is RecoveryKind.CACHE_REBUILT:
        return ("The store data on this device was damaged, so it is being downloaded again. "
                "Nothing waiting to sync was lost." + kept)
    if r.kind is RecoveryKind.CHANGES_RESTORED:
        return (f"{_changes(r.restored)} waiting to sync had gone missing from this device's "
                "queue and were put back from its second copy; they will sync as usual.")
    lost = ""
    if r.lost:
        names = "; ".join(r.lost[:5]) + ("; …" if len(r.lost) > 5 else "")
        lost = (f" {_changes(len(r.lost))} could not be recovered ({names}): check them on "
                "the customer or order and make them again.")
    if r.kind is RecoveryKind.OUTBOX_REPLACED:
        head = "The queue of changes waiting to sync was missing on this device."
        got = (f" {_changes(r.restored)} were put back from the copy in the store data."
               if r.restored else " Nothing was waiting in the copy kept with the store data.")
        return head + got + lost + kept
    # salvaged
    parts = [f"The queue of changes waiting to sync was damaged. {_changes(r.salvaged)} "
             "could be read back"]
    if r.restored:
        parts.append(f", and {_changes(r.restored)} were put back from the copy in the store "
                     "data")
    text = "".join(parts) + "."
    missing = r.unreadable - r.restored
    if missing > 0 and not r.lost:
        text += (f" {_changes(missing)} could not be read; they were not waiting in the store "
                 "data's copy, so they had most likely been sent already. If a change made "
                 "in the last minutes does not show, make it again.")
    elif not r.lost:
        text += " Nothing waiting to sync was lost."
    return text + lost + kept

"""What the app did about a damaged or missing data file, and how to say it to staff.

The cache and the outbox record each recovery (:mod:`associate_app.cache.outbox` keeps the
list); the status bar, a message at start and ``associate-app status`` say it with
:func:`sentence`. Pure: no Qt, SQL or HTTP.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, listed, text


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
                "lost": [str(x) for x in self.lost],
                # the same names as Texts (template and values) where they were: read back
                # with the recovery, they are still shown in the person's language
                "lost_texts": [x.to_wire() if isinstance(x, Text) else None for x in self.lost],
                "sentence": str(sentence(self))}

    @classmethod
    def from_json(cls, data: dict) -> Recovery:
        return cls(kind=RecoveryKind(data["kind"]), at=data["at"], reason=data["reason"],
                   moved_to=data.get("moved_to"), salvaged=int(data.get("salvaged") or 0),
                   restored=int(data.get("restored") or 0),
                   unreadable=int(data.get("unreadable") or 0),
                   lost=_lost(data))

    @property
    def lost_changes(self) -> bool:
        """Did queued work possibly go missing (someone must check and redo it)?"""
        return bool(self.lost) or (self.kind is RecoveryKind.OUTBOX_SALVAGED
                                   and self.unreadable > self.restored)



def _lost(data: dict) -> list[str]:
    """The lost changes' names as kept: Texts where they were kept as Texts, else English."""
    names = [str(x) for x in data.get("lost") or []]
    texts = data.get("lost_texts")
    if not isinstance(texts, list) or len(texts) != len(names):
        return names
    return [Text.from_wire(t) or name for t, name in zip(texts, names, strict=True)]

def _then(first: Text, second: Text | None) -> Text:
    """Two sentences one after the other (one template, so each is translated)."""
    if second is None:
        return first
    return text(QT_TRANSLATE_NOOP("Messages", "{first} {second}"), first=first, second=second)


def sentence(r: Recovery) -> Text:
    """What happened and what to do, in plain words."""
    kept = (text(QT_TRANSLATE_NOOP("Messages", "The damaged file was kept as {file} for "
                                               "support."), file=r.moved_to)
            if r.moved_to else None)
    if r.kind is RecoveryKind.CACHE_REBUILT:
        return _then(text(QT_TRANSLATE_NOOP(
            "Messages", "The store data on this device was damaged, so it is being downloaded "
                        "again. Nothing waiting to sync was lost.")), kept)
    if r.kind is RecoveryKind.CHANGES_RESTORED:
        return text(QT_TRANSLATE_NOOP(
            "Messages", "Changes waiting to sync had gone missing from this device's queue and "
                        "were put back from its second copy: {restored}. They will sync as "
                        "usual."), restored=r.restored)
    lost = None
    if r.lost:
        names = listed(list(r.lost[:5]), more=len(r.lost) > 5)
        lost = text(QT_TRANSLATE_NOOP(
            "Messages", "Changes that could not be recovered: {count} ({names}). Check them on "
                        "the customer or order and make them again."),
            count=len(r.lost), names=names)
    if r.kind is RecoveryKind.OUTBOX_REPLACED:
        if r.restored:
            head = text(QT_TRANSLATE_NOOP(
                "Messages", "The queue of changes waiting to sync was missing on this device. "
                            "Changes put back from the copy in the store data: {restored}."),
                restored=r.restored)
        else:
            head = text(QT_TRANSLATE_NOOP(
                "Messages", "The queue of changes waiting to sync was missing on this device. "
                            "Nothing was waiting in the copy kept with the store data."))
        return _then(_then(head, lost), kept)
    # salvaged
    if r.restored:
        head = text(QT_TRANSLATE_NOOP(
            "Messages", "The queue of changes waiting to sync was damaged. Changes read back: "
                        "{salvaged}; put back from the copy in the store data: {restored}."),
            salvaged=r.salvaged, restored=r.restored)
    else:
        head = text(QT_TRANSLATE_NOOP(
            "Messages", "The queue of changes waiting to sync was damaged. Changes read back: "
                        "{salvaged}."), salvaged=r.salvaged)
    missing = r.unreadable - r.restored
    if missing > 0 and not r.lost:
        head = _then(head, text(QT_TRANSLATE_NOOP(
            "Messages", "Changes that could not be read: {missing}. They were not waiting in the "
                        "store data's copy, so they had most likely been sent already. If a "
                        "change made in the last minutes does not show, make it again."),
            missing=missing))
    elif not r.lost:
        head = _then(head, text(QT_TRANSLATE_NOOP("Messages",
                                                  "Nothing waiting to sync was lost.")))
    return _then(_then(head, lost), kept)

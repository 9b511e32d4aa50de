"""Telling a keyboard-wedge barcode scanner from a person typing.

A wedge scanner "types" the code as a burst of keystrokes a few milliseconds apart and ends it
with a suffix key, Enter or Tab as it is set up; people type 5–10 keys a second at most. A
burst is a run of keys none more than ``max_gap_s`` after the one before; it is a scan when it
holds at least ``min_length`` characters, the suffix comes within ``max_gap_s`` of its last key,
and its keys came ``mean_gap_s`` apart or less on average (first character to suffix). The
average, not every single gap, decides: a Bluetooth link or a busy X server may hold one key of
a scan back for tens of milliseconds, while no person keeps up 35 ms a key over a whole code.

A scanner types a capital as Shift + letter (and a layout's third level with AltGr), exactly as
a keyboard does, so a modifier key pressed alone (``modifier``) never breaks a burst: it is a
key of the burst for the timing, and adds no character. Anything else that is not a character
(arrows, Backspace, a shortcut, a held key repeating) is a person at the keyboard (``other``).

Pure logic with injected time, so it is tested without Qt or a clock. Times are seconds on any
clock that only moves forward; a time earlier than the last one (another clock, a wrapped
counter) starts afresh rather than being taken for a short gap.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MIN_LENGTH = 6
MEAN_GAP_S = 0.035  # scanners: ~2–20 ms a key; the fastest typists average 80 ms and more
MAX_GAP_S = 0.1  # one key of a scan held back (Bluetooth, a busy machine); people: 150 ms
MAX_LENGTH = 64


@dataclass
class BurstDetector:
    min_length: int = MIN_LENGTH
    mean_gap_s: float = MEAN_GAP_S
    max_gap_s: float = MAX_GAP_S
    _chars: list[str] = field(default_factory=list)
    _keys: int = 0  # keys of the burst so far: its characters and the modifiers between them
    _first: float | None = None
    _last: float | None = None

    def key(self, char: str, now: float) -> None:
        """A printable character arrived at ``now`` (seconds, monotonic)."""
        if self.starts_new_burst(now) or len(self._chars) >= MAX_LENGTH:
            self._chars, self._keys, self._first = [], 0, now
        self._chars.append(char)
        self._keys += 1
        self._last = now

    def starts_new_burst(self, now: float) -> bool:
        """Would a key at ``now`` begin a new burst (rather than continue one)?"""
        return not self._chars or not self._within_gap(now)

    def modifier(self, now: float) -> None:
        """A modifier key (Shift, AltGr, Control, Caps Lock…) pressed on its own at ``now``.

        Inside a burst it keeps the burst going, as a scanner's Shift before a capital does;
        outside one it means nothing (a person holding Shift starts no burst)."""
        if self._chars and self._within_gap(now):
            self._keys += 1
            self._last = now

    def suffix(self, now: float) -> str | None:
        """The scanner's suffix key (Enter or Tab) arrived: the scanned code if this ends a
        burst, else None (a person's Enter or Tab, to be left to do its usual job)."""
        chars, keys, first = self._chars, self._keys, self._first
        fast = bool(chars) and self._within_gap(now) and first is not None \
            and (now - first) / keys <= self.mean_gap_s
        self.reset()
        if not fast or len(chars) < self.min_length:
            return None
        return "".join(chars)

    #: Enter is the suffix most scanners send.
    enter = suffix

    def other(self) -> None:
        """A key that no scanner types inside a code: whatever was gathered is a person's."""
        self.reset()

    def reset(self) -> None:
        self._chars, self._keys, self._first, self._last = [], 0, None, None

    def _within_gap(self, now: float) -> bool:
        return self._last is not None and 0 <= now - self._last <= self.max_gap_s

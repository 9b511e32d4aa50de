"""Telling a keyboard-wedge barcode scanner from a person typing.

A wedge scanner "types" the code as a burst of keystrokes a few milliseconds apart and ends it
with Enter; people type 5–10 keys a second at most. A burst is: at least ``min_length``
characters, each within ``max_gap_s`` of the previous, and Enter within ``max_gap_s`` of the
last. Pure logic with injected time, so it is tested without Qt or a clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MIN_LENGTH = 6
MAX_GAP_S = 0.035  # scanners: ~2–20 ms per key; fast typists: 80 ms and more
MAX_LENGTH = 64


@dataclass
class BurstDetector:
    min_length: int = MIN_LENGTH
    max_gap_s: float = MAX_GAP_S
    _chars: list[str] = field(default_factory=list)
    _last: float | None = None

    def key(self, char: str, now: float) -> None:
        """A printable character arrived at ``now`` (seconds, monotonic)."""
        if self.starts_new_burst(now) or len(self._chars) >= MAX_LENGTH:
            self._chars = []
        self._chars.append(char)
        self._last = now

    def starts_new_burst(self, now: float) -> bool:
        """Would a key at ``now`` begin a new burst (rather than continue one)?"""
        return self._last is None or now - self._last > self.max_gap_s

    def enter(self, now: float) -> str | None:
        """Enter arrived: the scanned code if this ends a burst, else None (a normal Enter)."""
        chars, last = self._chars, self._last
        self._chars, self._last = [], None
        if last is None or now - last > self.max_gap_s or len(chars) < self.min_length:
            return None
        return "".join(chars)

    def reset(self) -> None:
        self._chars, self._last = [], None

"""Errors the rules raise: sentences for the person who typed the value."""

from __future__ import annotations


class InvalidInput(ValueError):
    """A field a person filled in is wrong: ``field`` names it, the message says what to do."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field

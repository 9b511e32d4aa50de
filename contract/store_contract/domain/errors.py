"""Errors the rules raise: sentences for the person who typed the value."""

from __future__ import annotations


class InvalidInput(ValueError):
    """A field a person filled in is wrong: ``field`` names it, the message says what to do.

    The message is a :class:`~store_contract.domain.text.Text` (its single argument), so the GUI
    can say it in the person's language (``gui/messages.localized``); ``str(exc)`` is English.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        #: the sentence as given (a Text keeps its template and values; ``str(exc)`` does not)
        self.message = message

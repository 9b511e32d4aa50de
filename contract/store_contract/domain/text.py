"""Sentences for people, written here in English and put into the person's language at the edge.

The rules, the services and the central service write what a person reads (a refusal, what a
pick did, why an order cannot be marked ready). They cannot translate it: they know neither Qt
nor the person's language. So a sentence is written as a :class:`Text`: a ``str`` that reads as
English wherever it is used as one (logs, the command line, tests, the wire's ``detail``), and
that keeps its template and its values, so that the GUI (``associate_app/gui/messages.py``)
looks the template up in the app's translations and fills in the values the way the person's
locale writes numbers and money.

Every template is marked where it is written, for Qt's ``pyside6-lupdate`` to find::

    text(QT_TRANSLATE_NOOP("Messages", "Order {order} was not found."), order=number)

- the context is always ``"Messages"`` (:data:`CONTEXT`), the one the GUI looks them up in;
- the template is a literal (not an f-string): values go in ``{name}`` fields;
- no plural that depends on a count ("item(s)"): say it so one form fits ("Items still to pick:
  {remaining} of {total}."); the GUI's own sentences use Qt's ``%n`` plurals.

``tests/unit/test_text_marking.py`` holds the code below the GUI to these rules.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

# the translation context of every sentence written below the GUI
CONTEXT = "Messages"
# what a sentence from the wire may be: nested this deep at most, this long at most
WIRE_DEPTH = 12
WIRE_CHARS = 4000


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark ``source`` for translation (lupdate reads the call); returns it unchanged."""
    return source


@dataclass(frozen=True)
class Amount:
    """An amount of money in a sentence: minor units (pence, cents) and the ISO currency code;
    without one (not known yet: never guessed) the amount alone, with two decimals."""

    minor: int
    currency: str | None

    def __str__(self) -> str:
        from store_contract.domain.money import minor_digits

        digits = minor_digits(self.currency)
        amount = Decimal(self.minor).scaleb(-digits)
        written = f"{amount:,.{digits}f}"
        return f"{written} {self.currency.upper()}" if self.currency else written



@dataclass(frozen=True)
class Moment:
    """A date (``with_time=False``) or a date and time in a sentence, written at the edge the
    way the person's locale writes it, in the zone ``at`` carries (UTC when it has none)."""

    at: datetime
    with_time: bool = True

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            object.__setattr__(self, "at", self.at.replace(tzinfo=UTC))

    @property
    def is_utc(self) -> bool:
        return self.at.utcoffset() is not None and not self.at.utcoffset()

    def __str__(self) -> str:
        if not self.with_time:
            return f"{self.at:%d %b %Y}"
        return f"{self.at:%d %b %Y %H:%M}" + (" UTC" if self.is_utc else "")


def english(value: Any) -> str:
    """A value as the English sentence writes it: 1,234 for numbers, 12.50 GBP for money."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


class Text(str):
    """A sentence for a person: its English reading (the ``str`` itself), its template and its
    values (numbers, :class:`Amount`, :class:`Moment`, other texts, words from the data)."""

    __slots__ = ("source", "values")
    source: str
    values: Mapping[str, Any]

    def __new__(cls, source: str, values: Mapping[str, Any] | None = None) -> Text:
        values = dict(values or {})
        self = super().__new__(cls, source.format_map({k: english(v) for k, v in values.items()}))
        self.source = source
        self.values = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.source, dict(self.values)))

    def __repr__(self) -> str:
        return f"Text({self.source!r}, {dict(self.values)!r})"

    # -- on the wire (the central service's error bodies) ------------------------------------

    def to_wire(self) -> dict[str, Any]:
        return {"source": self.source, "values": {k: _value_to_wire(v)
                                                  for k, v in self.values.items()}}

    @classmethod
    def from_wire(cls, data: object, _depth: int = 0) -> Text | None:
        """The text a service sent, or None when ``data`` is not one (never raises). A
        sentence nests a few others at most, and reads in a few lines: one nested deeper than
        :data:`WIRE_DEPTH` or longer than :data:`WIRE_CHARS` (a template repeating a field
        whose value repeats one…) is refused before it is written out."""
        if _depth > WIRE_DEPTH or not isinstance(data, dict) \
                or not isinstance(data.get("source"), str):
            return None
        raw = data.get("values") or {}
        if not isinstance(raw, dict) or len(data["source"]) > WIRE_CHARS:
            return None
        if not _plain_fields(data["source"], raw):
            return None
        values: dict[str, Any] = {}
        for key, item in raw.items():
            value = _value_from_wire(item, _depth + 1)
            if not isinstance(key, str) or value is None:
                return None
            values[key] = value
        if _written_length(data["source"], values) > WIRE_CHARS:
            return None
        try:
            return cls(data["source"], values)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            return None


def listed(items: list[Any], more: bool = False) -> Any:
    """``items`` in a sentence, one after the other ("a; b; c", "…" when ``more``), each still
    put into the person's language at the edge (an empty list: "")."""
    out: Any = text(QT_TRANSLATE_NOOP("Messages", "{item}; …"), item=items[-1]) if more and items \
        else (items[-1] if items else "")
    for item in reversed(items[:-1]):
        out = text(QT_TRANSLATE_NOOP("Messages", "{item}; {rest}"), item=item, rest=out)
    return out


def _plain_fields(source: str, values: Mapping[str, Any]) -> bool:
    """Whether ``source``'s fields are plain names of ``values`` (a template from elsewhere
    may not reach into a value's attributes, ``{v.__class__}``, nor format it its own way)."""
    try:
        fields = list(string.Formatter().parse(source))
    except ValueError:
        return False
    return all(name is None or (name.isidentifier() and name in values and not spec
                                and conversion is None)
               for _, name, spec, conversion in fields)


def text(source: str, /, **values: Any) -> Text:
    """The sentence ``source`` (marked with :func:`QT_TRANSLATE_NOOP`) with its ``{fields}``."""
    return Text(source, values)


def _value_to_wire(value: Any) -> Any:
    if isinstance(value, Text):
        return {"text": value.to_wire()}
    if isinstance(value, Amount):
        return {"minor": value.minor, "currency": value.currency}
    if isinstance(value, Moment):
        return {"moment": value.at.isoformat(), "with_time": value.with_time}
    if isinstance(value, bool) or not isinstance(value, int):
        return str(value)
    return value


def _written_length(source: str, values: Mapping[str, Any]) -> int:
    """How long ``source`` reads once its fields are written (without writing it)."""
    return sum(len(literal) + (len(english(values[name])) if name else 0)
               for literal, name, _, _ in string.Formatter().parse(source))


def _value_from_wire(item: object, depth: int) -> Any:
    if isinstance(item, bool):
        return str(item)
    if isinstance(item, (str, int)):
        return item
    if isinstance(item, dict) and "text" in item:
        return Text.from_wire(item["text"], depth)
    if isinstance(item, dict) and isinstance(item.get("minor"), int) \
            and isinstance(item.get("currency"), (str, type(None))):
        return Amount(item["minor"], item["currency"])
    if isinstance(item, dict) and isinstance(item.get("moment"), str):
        try:
            return Moment(datetime.fromisoformat(item["moment"]), bool(item.get("with_time", True)))
        except ValueError:
            return None
    return None

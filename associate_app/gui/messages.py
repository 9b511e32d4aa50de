"""The edge where sentences written below the GUI reach the person in their language.

The rules, the services and the central service write a :class:`~store_contract.domain.text.Text`
(see that module): English when read as a ``str``, with its template and values kept. Here the
template is looked up in the app's translations (context ``"Messages"``, the one lupdate files
them under) and the values are filled in as the person's locale writes them: numbers and dates
by ``QLocale`` (English on a bare "C" system, as the English reading writes them), money by
:func:`~associate_app.gui.formatting.money`, nested texts translated too. Anything else (a name,
a note typed by a person, a plain error) is shown as it is.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from associate_app.gui.formatting import money, number, person_locale
from store_contract.domain.text import CONTEXT, Amount, Moment, Text, english

log = logging.getLogger(__name__)


def localized(value: object) -> str:
    """What the person reads for ``value``: a :class:`Text` (or an exception carrying one) in
    their language, anything else as ``str`` does."""
    if isinstance(value, BaseException):
        carried = getattr(value, "message", None)
        if not isinstance(carried, Text):
            carried = value.args[0] if len(value.args) == 1 else None
        if isinstance(carried, Text):
            return _safely(carried)
        return str(value)
    if isinstance(value, Text):
        return _safely(value)
    return "" if value is None else str(value)


def _safely(message: Text) -> str:
    """Never a screen left without its message: a value Qt cannot write (a number past 64
    bits a person typed, a moment in a zone Qt has no name for) is written in English."""
    try:
        return _translated(message)
    except (OverflowError, ValueError, RecursionError) as exc:
        log.warning("could not write %r the person's way: %s", message.source, exc)
        return str(message)


def _translated(message: Text) -> str:
    template = QCoreApplication.translate(CONTEXT, message.source)
    values = {key: _value(item) for key, item in message.values.items()}
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError) as exc:
        # a translation with a field the template does not have: English rather than nothing
        log.warning("translation of %r does not fit its values: %s", message.source, exc)
        return message.source.format_map(values)


def _value(item: Any) -> str:
    try:
        return _written(item)
    except (OverflowError, ValueError):  # past what Qt writes (a 20-digit quantity typed)
        return english(item)


def _written(item: Any) -> str:
    if isinstance(item, Text):
        return _translated(item)
    if isinstance(item, Amount):
        if not item.currency:  # the currency not known yet: the amount alone, never a guess
            return person_locale().toString(item.minor / 100, "f", 2)
        return money(item.minor, item.currency)
    if isinstance(item, Moment):
        return _moment(item)
    if isinstance(item, bool):
        return str(item)
    if isinstance(item, int):
        return number(item)
    return str(item)


def _moment(item: Moment) -> str:
    """The date (and time) as the locale writes it, at the wall time of the moment's own zone."""
    at, here = item.at, person_locale()
    date = QDate(at.year, at.month, at.day)
    if not item.with_time:
        return here.toString(date, QLocale.FormatType.ShortFormat)
    offset = int(at.utcoffset().total_seconds()) if at.utcoffset() is not None else 0
    moment = QDateTime(date, QTime(at.hour, at.minute), QTimeZone.fromSecondsAheadOfUtc(offset))
    written = here.toString(moment, QLocale.FormatType.ShortFormat)
    if not written:  # an offset Qt has no zone for (beyond ±14 h): as the English writes it
        return str(item)
    return written + " UTC" if item.is_utc else written

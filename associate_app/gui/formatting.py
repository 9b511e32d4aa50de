"""How the screens write values for people: money in the currency the data carries, written
the way the person's locale writes it (Qt's ``QLocale``), and spans of time and an order's
urgency in words. The layers below hand over numbers, codes and facts; only ``gui/`` words
them, so no module below spells a currency symbol or a phrase for a screen.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

from store_contract.domain.money import minor_digits
from store_contract.domain.pickup import Urgency

_ISO = QLocale.CurrencySymbolFormat.CurrencyIsoCode
#: how money is written when neither the person nor the currency's own country says how in a
#: language the app speaks (a bare "C" system, a currency only Arabic locales use)
_FALLBACK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


#: the name lupdate reads (``translate("formatting", "…")``); ``_tr`` translates a text marked
#: with ``QT_TRANSLATE_NOOP`` in a table
translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return translate("formatting", text)


@cache
def _home_locale(currency: str, language: QLocale.Language) -> QLocale | None:
    """A locale whose own currency is ``currency``: of ``language`` when there is one, else
    English (the app's own language), else any."""
    mine = [loc for loc in QLocale.matchingLocales(QLocale.Language.AnyLanguage,
                                                    QLocale.Script.AnyScript,
                                                    QLocale.Country.AnyCountry)
            if loc.currencySymbol(_ISO) == currency]
    for wanted in (language, QLocale.Language.English):
        for loc in mine:
            if loc.language() == wanted:
                return loc
    return mine[0] if mine else None


def currency_symbol(currency: str | None, locale: QLocale | None = None) -> str:
    """How ``locale`` (the person's, by default) writes the currency with this ISO code."""
    here = locale or QLocale()
    code = (currency or "").upper()
    if not code:
        return here.currencySymbol()
    if here.currencySymbol(_ISO) == code and here.currencySymbol():
        return here.currencySymbol()
    home = _home_locale(code, here.language())
    # (some locales have no symbol of their own for their currency: de_LI for CHF)
    return (home.currencySymbol() if home is not None else "") or code


def money(minor_units: int | None, currency: str | None, locale: QLocale | None = None) -> str:
    """An amount (in the currency's minor units: pence, cents) as ``locale`` writes money in
    ``currency`` (an ISO 4217 code from the data). Without a locale chosen (the "C" locale of a
    bare system) it is written as the currency's own country writes it."""
    if minor_units is None:
        return "—"
    here = locale or QLocale()
    code = (currency or "").upper() or here.currencySymbol(_ISO)
    if here.language() == QLocale.Language.C and code:
        home = _home_locale(code, QLocale.Language.English)
        here = home if home is not None and home.language() == QLocale.Language.English \
            else _FALLBACK
    digits = minor_digits(code)
    written = here.toCurrencyString(abs(minor_units) / 10**digits,
                                    currency_symbol(code, here), digits)
    # a refund is "-£12.50", never the accountants' "(£12.50)" some locales write
    return here.negativeSign() + written if minor_units < 0 else written


# -- numbers and dates as the person's locale writes them ---------------------------------------

def _here(locale: QLocale | None = None) -> QLocale:
    """The person's locale; on a bare system (the "C" locale) English, as the app writes it."""
    here = locale or QLocale()
    return _FALLBACK if here.language() == QLocale.Language.C else here


def person_locale(locale: QLocale | None = None) -> QLocale:
    """The locale numbers and dates are written in: the person's (English on a bare system)."""
    return _here(locale)


#: the integers Qt's QLocale.toString takes (64 bits)
_QT_INT_MIN, _QT_INT_MAX = -(2**63), 2**63 - 1


def number(n: float, locale: QLocale | None = None) -> str:
    """A count as the person's locale writes it: 1,234 (English), 1 234 (French), 1.234; a
    rate with the decimals it has (1.5, 1,5)."""
    if isinstance(n, float) and not n.is_integer():
        return _here(locale).toString(n, "g", 12)
    if not _QT_INT_MIN <= int(n) <= _QT_INT_MAX:  # past what Qt takes (a 20-digit typo)
        return f"{int(n):,}"
    return _here(locale).toString(int(n))


def signed_number(n: int, locale: QLocale | None = None) -> str:
    """A change of a count with its sign: +120, -40 (the locale's signs)."""
    here = _here(locale)
    sign = here.negativeSign() if n < 0 else here.positiveSign()
    return sign + number(abs(int(n)), here)


def decimal_text(value: float, digits: int, locale: QLocale | None = None) -> str:
    """A measure with ``digits`` decimals (a distance: 2.5), the locale's separators."""
    return _here(locale).toString(float(value), "f", digits)


def _qdatetime(value: datetime) -> QDateTime:
    """A datetime as a QDateTime in the device's local time (an aware one is converted)."""
    local = value.astimezone() if value.tzinfo is not None else value
    return QDateTime(QDate(local.year, local.month, local.day),
                     QTime(local.hour, local.minute, local.second))


def date_text(value: date | datetime, *, with_time: bool = False,
              locale: QLocale | None = None) -> str:
    """A day (and a time) as the person's locale writes it short: 01/12/2026 14:05 (en_GB)."""
    here = _here(locale)
    short = QLocale.FormatType.ShortFormat
    if isinstance(value, datetime):
        moment = _qdatetime(value)
        return here.toString(moment, short) if with_time else here.toString(moment.date(), short)
    return here.toString(QDate(value.year, value.month, value.day), short)


def time_text(value: datetime, locale: QLocale | None = None) -> str:
    """A time of day as the person's locale writes it: 14:05, 2:05 PM."""
    return _here(locale).toString(_qdatetime(value).time(), QLocale.FormatType.ShortFormat)


def long_date_text(value: date, locale: QLocale | None = None) -> str:
    """A day in words, as the person's locale writes it: "Tuesday, 1 December 2026"."""
    return _here(locale).toString(QDate(value.year, value.month, value.day),
                                  QLocale.FormatType.LongFormat)


def clock_text(hour: int, minute: int = 0, locale: QLocale | None = None) -> str:
    """A time of day from its hour and minute, the locale's way: 05:00, 5:00 AM."""
    return _here(locale).toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)


def hour_label(hour: int, locale: QLocale | None = None) -> str:
    """An hour of the day as a chart's axis says it: 05 (the locale's digits)."""
    return _here(locale).toString(QTime(hour, 0), "HH")


def day_label(value: date, pattern: str, locale: QLocale | None = None) -> str:
    """A short label for a chart's axis in the locale's words (``pattern`` is Qt's: "ddd d")."""
    return _here(locale).toString(QDate(value.year, value.month, value.day), pattern)


def span_text(delta: timedelta) -> str:
    """A span of time as the queue says it: "3 d 4 h", "1 h 05 min", "12 min"."""
    minutes = int(abs(delta.total_seconds()) // 60)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    if days:
        return translate("formatting", "%1 d %2 h").replace("%1", number(days)).replace(
            "%2", number(hours))
    if hours:
        return translate("formatting", "%1 h %2 min").replace("%1", number(hours)).replace(
            "%2", _here().toString(mins).rjust(2, _here().zeroDigit()))
    return translate("formatting", "%1 min").replace("%1", number(mins))


def rate_text(value: float | None) -> str:
    """A share as a whole percentage the locale's way ("42%", "42 %"); "—" when there is
    nothing to measure. Rounded as ``fulfilment_metrics.format_rate`` rounds: never 100 % or
    0 % unless it is exactly that."""
    if value is None:
        return "—"
    return translate("formatting", "%1%").replace("%1", number(_whole_percent(value)))


def percent_words(value: float | None) -> str:
    """The same share said for screen readers ("42 percent")."""
    if value is None:
        return "—"
    return translate("formatting", "%1 percent").replace("%1", number(_whole_percent(value)))


def _whole_percent(value: float) -> int:
    percent = round(value * 100)
    if value < 1:
        percent = min(percent, 99)
    if value > 0:
        percent = max(percent, 1)
    return percent


def duration_text(value: timedelta | None) -> str:
    """A span for a dashboard tile: "42 min", "3 h 05 min", "26 h 10 min" (hours up to two
    days), then "3 d 4 h"; "—" when there is nothing to measure."""
    if value is None:
        return "—"
    minutes = round(value.total_seconds() / 60)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    if days >= 2:
        return translate("formatting", "%1 d %2 h").replace("%1", number(days)).replace(
            "%2", number(hours))
    hours += 24 * days
    if hours:
        return translate("formatting", "%1 h %2 min").replace("%1", number(hours)).replace(
            "%2", _here().toString(mins).rjust(2, _here().zeroDigit()))
    return translate("formatting", "%1 min").replace("%1", number(mins))


def duration_words(value: timedelta | None) -> str:
    """The same span in words for screen readers ("3 hours 5 minutes")."""
    if value is None:
        return translate("formatting", "no orders to measure")
    minutes = round(value.total_seconds() / 60)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    units = (
        (days, translate("formatting", "1 day"), translate("formatting", "%1 days")),
        (hours, translate("formatting", "1 hour"), translate("formatting", "%1 hours")),
        (mins, translate("formatting", "1 minute"), translate("formatting", "%1 minutes")),
    )
    parts = [one if n == 1 else many.replace("%1", number(n)) for n, one, many in units if n]
    if not parts:
        return translate("formatting", "%1 minutes").replace("%1", number(0))
    return translate("formatting", "%1 %2").replace("%2", parts[1]).replace("%1", parts[0]) \
        if len(parts) > 1 else parts[0]


def urgency_text(urgency: Urgency) -> str:
    """How urgent an order is, as a short phrase for the queue ("due in 1 h 20 min")."""
    span = span_text(urgency.span) if urgency.span is not None else ""
    phrases = {
        "no_promise": translate("formatting", "no promise"),
        "due": translate("formatting", "due in %1"),
        "late": translate("formatting", "late by %1"),
        "ready": translate("formatting", "ready"),
        "kept": translate("formatting", "kept %1 more"),
        "no_show": translate("formatting", "no-show for %1"),
        "to_return": translate("formatting", "return to stock"),
    }
    phrase = phrases.get(urgency.kind)
    if phrase is None:
        return urgency.status.replace("_", " ")
    return phrase.replace("%1", span)


# -- an order's words (the order detail, issue 13) ----------------------------------------------

_CHANNELS = {
    "online": QT_TRANSLATE_NOOP("formatting", "Online, home delivery"),
    "in_store": QT_TRANSLATE_NOOP("formatting", "In store"),
    "click_and_collect": QT_TRANSLATE_NOOP("formatting", "Click & collect"),
}
_STATUSES = {
    "new": QT_TRANSLATE_NOOP("formatting", "New"),
    "picking": QT_TRANSLATE_NOOP("formatting", "Being picked"),
    "picked": QT_TRANSLATE_NOOP("formatting", "Picked"),
    "ready_for_pickup": QT_TRANSLATE_NOOP("formatting", "Ready to collect"),
    "ready": QT_TRANSLATE_NOOP("formatting", "Ready to collect"),
    "collected": QT_TRANSLATE_NOOP("formatting", "Collected"),
    "expired": QT_TRANSLATE_NOOP("formatting", "Not collected in time"),
    "returned_to_stock": QT_TRANSLATE_NOOP("formatting", "Back in stock"),
    "placed": QT_TRANSLATE_NOOP("formatting", "Placed"),
    "shipped": QT_TRANSLATE_NOOP("formatting", "Shipped"),
    "delivered": QT_TRANSLATE_NOOP("formatting", "Delivered"),
    "completed": QT_TRANSLATE_NOOP("formatting", "Bought in store"),
    "returned": QT_TRANSLATE_NOOP("formatting", "Returned"),
    "cancelled": QT_TRANSLATE_NOOP("formatting", "Cancelled"),
}
_TENDERS = {
    "card": QT_TRANSLATE_NOOP("formatting", "Card"),
    "cash": QT_TRANSLATE_NOOP("formatting", "Cash"),
    "gift_card": QT_TRANSLATE_NOOP("formatting", "Gift card"),
    "paypal": QT_TRANSLATE_NOOP("formatting", "PayPal"),
}


_ROLES = {
    "associate": QT_TRANSLATE_NOOP("formatting", "Associate"),
    "manager": QT_TRANSLATE_NOOP("formatting", "Manager"),
    "support": QT_TRANSLATE_NOOP("formatting", "Support"),
}


def role_text(role: str) -> str:
    """A staff role in words ("Manager")."""
    return _tr(_ROLES.get(role, role.replace("_", " ").capitalize()))


def channel_text(channel: str) -> str:
    return _tr(_CHANNELS.get(channel, channel.replace("_", " ").capitalize()))


def order_status_text(status: str) -> str:
    """An order's status, or a step of its history, in words ("Ready to collect")."""
    return _tr(_STATUSES.get(status, status.replace("_", " ").capitalize()))


def tender_text(tender: str, card_brand: str | None, last_four: str | None) -> str:
    """How it was paid: "Visa card ending 4242", "Cash", "Gift card ending 0451"."""
    kind = _tr(_TENDERS.get(tender, tender.replace("_", " ").capitalize()))
    if tender == "card" and card_brand:
        kind = translate("formatting", "%1 card").replace("%1", card_brand)
    if last_four:
        return translate("formatting", "%1 ending %2").replace("%1", kind).replace("%2", last_four)
    return kind


# -- a return's words (the customer's timeline and the Dashboard, issue 13) ---------------------

_REASONS = {
    "wrong_size": QT_TRANSLATE_NOOP("formatting", "Wrong size"),
    "not_as_described": QT_TRANSLATE_NOOP("formatting", "Not as described"),
    "faulty": QT_TRANSLATE_NOOP("formatting", "Faulty"),
    "damaged_on_arrival": QT_TRANSLATE_NOOP("formatting", "Damaged on arrival"),
    "wrong_item_sent": QT_TRANSLATE_NOOP("formatting", "Wrong item sent"),
    "arrived_late": QT_TRANSLATE_NOOP("formatting", "Arrived late"),
    "changed_mind": QT_TRANSLATE_NOOP("formatting", "Changed their mind"),
}
_REFUND_METHODS = {
    "tender": QT_TRANSLATE_NOOP("formatting", "to the original payment"),
    "store_credit": QT_TRANSLATE_NOOP("formatting", "as store credit"),
}
_REFUND_STATUSES = {
    "pending": QT_TRANSLATE_NOOP("formatting", "refund pending"),
    "refunded": QT_TRANSLATE_NOOP("formatting", "refunded"),
    "failed": QT_TRANSLATE_NOOP("formatting", "refund failed"),
    "issued": QT_TRANSLATE_NOOP("formatting", "voucher issued"),
}


def return_reason_text(reason: str) -> str:
    """Why an item came back, as staff picked it ("Wrong size")."""
    return _tr(_REASONS.get(reason, reason.replace("_", " ").capitalize()))


def refund_method_text(method: str | None) -> str:
    return _tr(_REFUND_METHODS.get(method or "", (method or "").replace("_", " ")))


def refund_status_text(status: str | None) -> str:
    """Where a refund stands; before the service has it, "refund not recorded yet"."""
    if not status:
        return translate("formatting", "refund not recorded yet")
    return _tr(_REFUND_STATUSES.get(status, status.replace("_", " ")))


def items_text(n: int) -> str:
    if n == 1:
        return translate("formatting", "1 item")
    return translate("formatting", "%1 items").replace("%1", number(n))


def exchange_summary(items: int, exchanged_cents: int, due_cents: int, refund_cents: int,
                     currency: str | None, method: str | None, pending: bool) -> str:
    """An exchange in one line: "1 item back · £62.00 in exchange · £33.50 to pay at the till"."""
    parts = [items_text(items),
             translate("formatting", "%s in exchange") % money(exchanged_cents, currency)]
    if due_cents:
        parts.append(translate("formatting", "%s to pay at the till") % money(due_cents, currency))
    elif refund_cents:
        parts.append(f"{money(refund_cents, currency)} {refund_method_text(method)}")
    else:
        parts.append(translate("formatting", "even exchange"))
    if pending:
        parts.append(translate("formatting", "waiting to sync"))
    return " · ".join(parts)


def return_summary(items: int, refund_cents: int, currency: str | None, method: str | None,
                   status: str | None, pending: bool) -> str:
    """A return in one line: "2 items · £45.00 as store credit · voucher issued"."""
    parts = [items_text(items), f"{money(refund_cents, currency)} {refund_method_text(method)}"]
    if not pending:  # a queued return says it waits to sync; the refund comes after
        parts.append(refund_status_text(status))
    return " · ".join(parts)

"""How the screens write values for people: money in the currency the data carries, written
the way the person's locale writes it (Qt's ``QLocale``), and spans of time and an order's
urgency in words. The layers below hand over numbers, codes and facts; only ``gui/`` words
them, so no module below spells a currency symbol or a phrase for a screen.
"""

from __future__ import annotations

from datetime import timedelta
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale

from store_contract.domain.money import minor_digits
from store_contract.domain.pickup import Urgency

_ISO = QLocale.CurrencySymbolFormat.CurrencyIsoCode
#: how money is written when neither the person nor the currency's own country says how in a
#: language the app speaks (a bare "C" system, a currency only Arabic locales use)
_FALLBACK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _tr(text: str) -> str:
    return QCoreApplication.translate("formatting", text)


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


def span_text(delta: timedelta) -> str:
    """A span of time as the queue says it: "3 d 4 h", "1 h 05 min", "12 min"."""
    minutes = int(abs(delta.total_seconds()) // 60)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    if days:
        return _tr("%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))
    if hours:
        return _tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", f"{mins:02d}")
    return _tr("%1 min").replace("%1", str(mins))


def urgency_text(urgency: Urgency) -> str:
    """How urgent an order is, as a short phrase for the queue ("due in 1 h 20 min")."""
    span = span_text(urgency.span) if urgency.span is not None else ""
    phrases = {
        "no_promise": _tr("no promise"),
        "due": _tr("due in %1"),
        "late": _tr("late by %1"),
        "ready": _tr("ready"),
        "kept": _tr("kept %1 more"),
        "no_show": _tr("no-show for %1"),
        "to_return": _tr("return to stock"),
    }
    phrase = phrases.get(urgency.kind)
    if phrase is None:
        return urgency.status.replace("_", " ")
    return phrase.replace("%1", span)


# -- an order's words (the order detail, issue 13) ----------------------------------------------

_CHANNELS = {"online": "Online, home delivery", "in_store": "In store",
             "click_and_collect": "Click & collect"}
_STATUSES = {
    "new": "New", "picking": "Being picked", "picked": "Picked",
    "ready_for_pickup": "Ready to collect", "ready": "Ready to collect",
    "collected": "Collected", "expired": "Not collected in time",
    "returned_to_stock": "Back in stock", "placed": "Placed", "shipped": "Shipped",
    "delivered": "Delivered", "completed": "Bought in store", "returned": "Returned",
    "cancelled": "Cancelled",
}
_TENDERS = {"card": "Card", "cash": "Cash", "gift_card": "Gift card", "paypal": "PayPal"}


def channel_text(channel: str) -> str:
    return _tr(_CHANNELS.get(channel, channel.replace("_", " ").capitalize()))


def order_status_text(status: str) -> str:
    """An order's status, or a step of its history, in words ("Ready to collect")."""
    return _tr(_STATUSES.get(status, status.replace("_", " ").capitalize()))


def tender_text(tender: str, card_brand: str | None, last_four: str | None) -> str:
    """How it was paid: "Visa card ending 4242", "Cash", "Gift card ending 0451"."""
    kind = _tr(_TENDERS.get(tender, tender.replace("_", " ").capitalize()))
    if tender == "card" and card_brand:
        kind = _tr("%1 card").replace("%1", card_brand)
    if last_four:
        return _tr("%1 ending %2").replace("%1", kind).replace("%2", last_four)
    return kind


# -- a return's words (the customer's timeline and the Dashboard, issue 13) ---------------------

_REASONS = {
    "wrong_size": "Wrong size", "not_as_described": "Not as described", "faulty": "Faulty",
    "damaged_on_arrival": "Damaged on arrival", "wrong_item_sent": "Wrong item sent",
    "arrived_late": "Arrived late", "changed_mind": "Changed their mind",
}
_REFUND_METHODS = {"tender": "to the original payment", "store_credit": "as store credit"}
_REFUND_STATUSES = {"pending": "refund pending", "refunded": "refunded",
                    "failed": "refund failed", "issued": "voucher issued"}


def return_reason_text(reason: str) -> str:
    """Why an item came back, as staff picked it ("Wrong size")."""
    return _tr(_REASONS.get(reason, reason.replace("_", " ").capitalize()))


def refund_method_text(method: str | None) -> str:
    return _tr(_REFUND_METHODS.get(method or "", (method or "").replace("_", " ")))


def refund_status_text(status: str | None) -> str:
    """Where a refund stands; before the service has it, "refund not recorded yet"."""
    if not status:
        return _tr("refund not recorded yet")
    return _tr(_REFUND_STATUSES.get(status, status.replace("_", " ")))


def items_text(n: int) -> str:
    return _tr("1 item") if n == 1 else _tr("%1 items").replace("%1", str(n))


def exchange_summary(items: int, exchanged_cents: int, due_cents: int, refund_cents: int,
                     currency: str | None, method: str | None, pending: bool) -> str:
    """An exchange in one line: "1 item back · £62.00 in exchange · £33.50 to pay at the till"."""
    parts = [items_text(items), _tr("%s in exchange") % money(exchanged_cents, currency)]
    if due_cents:
        parts.append(_tr("%s to pay at the till") % money(due_cents, currency))
    elif refund_cents:
        parts.append(f"{money(refund_cents, currency)} {refund_method_text(method)}")
    else:
        parts.append(_tr("even exchange"))
    if pending:
        parts.append(_tr("waiting to sync"))
    return " · ".join(parts)


def return_summary(items: int, refund_cents: int, currency: str | None, method: str | None,
                   status: str | None, pending: bool) -> str:
    """A return in one line: "2 items · £45.00 as store credit · voucher issued"."""
    parts = [items_text(items), f"{money(refund_cents, currency)} {refund_method_text(method)}"]
    if not pending:  # a queued return says it waits to sync; the refund comes after
        parts.append(refund_status_text(status))
    return " · ".join(parts)

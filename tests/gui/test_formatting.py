"""Money and urgency as the screens write them: in the data's currency, the person's locale."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QLocale

from associate_app.gui.formatting import currency_symbol, money, urgency_text
from store_contract.domain import pickup

GERMANY = QLocale(QLocale.Language.German, QLocale.Country.Germany)
FRANCE = QLocale(QLocale.Language.French, QLocale.Country.France)
UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def test_an_amount_is_written_in_the_currency_the_data_carries_as_the_locale_writes_money():
    assert money(123450, "GBP", UK) == "£1,234.50"
    assert money(123450, "EUR", GERMANY) == "1.234,50\xa0€"
    # a British catalogue read by a German-speaking associate: their way, the data's currency
    assert money(123450, "GBP", GERMANY) == "1.234,50\xa0£"
    assert money(2499, "gbp", FRANCE).endswith("£") and "24,99" in money(2499, "GBP", FRANCE)


def test_without_a_chosen_locale_the_currency_is_written_as_its_own_country_does():
    assert money(123450, "GBP", QLocale.c()) == "£1,234.50"
    assert money(500, "JPY", QLocale.c()) == "¥500"  # no minor units


def test_no_amount_is_a_dash_and_the_symbol_follows_the_currency():
    assert money(None, "GBP", UK) == "—"
    assert currency_symbol("GBP", UK) == "£" and currency_symbol("EUR", UK) == "€"
    assert currency_symbol("XYZ", UK) == "XYZ"  # a code no locale knows: the code itself


def test_urgency_says_due_late_kept_and_no_show_with_the_span():
    def said(status, promised=None, expires=None):
        return urgency_text(pickup.urgency(status, promised, expires, NOW))

    assert said("new", NOW + timedelta(minutes=80)) == "due in 1 h 20 min"
    assert said("picking", NOW - timedelta(minutes=7)) == "late by 7 min"
    assert said("new") == "no promise"
    assert said("ready_for_pickup", expires=NOW + timedelta(days=2, hours=3)) == "kept 2 d 3 h more"
    assert said("ready_for_pickup", expires=(NOW - timedelta(hours=1)).isoformat()) == \
        "no-show for 1 h 00 min"
    assert said("expired") == "return to stock"
    assert said("collected") == "collected"


def test_a_refund_a_currency_with_three_decimals_and_one_without_a_local_symbol():
    assert money(-1250, "GBP", UK) == "-£12.50"  # never the accountants' "(£12.50)"
    assert money(-1250, "GBP", QLocale.c()) == "-£12.50"
    assert money(1250, "KWD", QLocale.c()).endswith("1.250")  # fils: three decimals
    assert "1.250" in money(1250, "BHD", QLocale.c())  # Latin digits on a bare system
    # Swiss francs read in Germany: de_LI has no symbol of its own; never the person's euro
    assert money(1250, "CHF", GERMANY) == "12,50\xa0CHF"
    assert money(1250, "CHF", FRANCE) == "12,50\xa0CHF"

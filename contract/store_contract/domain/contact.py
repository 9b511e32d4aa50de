"""Contact details as staff type them: emails and phone numbers, checked and normalised."""

from __future__ import annotations

import re

import phonenumbers

from store_contract.domain.errors import InvalidInput
from store_contract.domain.text import QT_TRANSLATE_NOOP, text

DEFAULT_REGION = "GB"
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")


def normalise_email(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput("email", text(QT_TRANSLATE_NOOP("Messages",
                                                           "Enter an email address.")))
    email = value.strip().lower()
    if len(email) > 254 or not _EMAIL.match(email) or ".." in email:
        raise InvalidInput("email", text(QT_TRANSLATE_NOOP(
            "Messages", "“{typed}” is not an email address (it should look like "
                        "name@example.com)."), typed=value.strip()))
    return email


def normalise_phone(value: object, region: str = DEFAULT_REGION) -> str:
    """E.164 (+447700900123) from any way of typing a number; a local number is ``region``'s."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput("phone", text(QT_TRANSLATE_NOOP("Messages", "Enter a phone number.")))
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        raise InvalidInput("phone", text(QT_TRANSLATE_NOOP(
            "Messages", "“{typed}” is not a phone number."), typed=value.strip())) from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidInput("phone", text(QT_TRANSLATE_NOOP(
            "Messages", "“{typed}” is not a valid phone number; check the digits (and the "
                        "country code for a number from abroad)."), typed=value.strip()))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

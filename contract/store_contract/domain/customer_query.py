"""What an associate typed into the customer search, understood: name words, a phone number in
any format, an email (or its start), a loyalty card number. Never raises, whatever was typed."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import phonenumbers

from store_contract.domain.barcodes import CARD_LENGTH

MAX_QUERY = 200
MIN_PHONE_SUFFIX = 4
MIN_CARD_PREFIX = 6
_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # letters and digits of any script


@dataclass(frozen=True)
class CustomerQuery:
    text: str
    name_words: tuple[str, ...] = ()  # lower-case, accents kept (the FTS index folds them)
    email_prefix: str | None = None  # lower-case
    phone_e164: str | None = None  # a complete, valid number
    phone_suffix_rev: str | None = None  # last digits, reversed, for the indexed suffix search
    card_number: str | None = None  # 16 digits
    card_prefix: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.name_words or self.email_prefix or self.phone_e164
                    or self.phone_suffix_rev or self.card_number or self.card_prefix)


def parse(raw: str, region: str = "GB") -> CustomerQuery:
    text = unicodedata.normalize("NFC", (raw or "")[:MAX_QUERY]).strip()
    if not text:
        return CustomerQuery(text="")
    has_letters = any(ch.isalpha() for ch in text)
    digits = "".join(ch for ch in text if ch.isdigit())
    email_prefix = None
    if "@" in text:
        email_prefix = text.lower().replace(" ", "")
    elif has_letters and " " not in text and len(text) >= 3:
        email_prefix = text.lower()  # "jane.sm" may be the start of an email too
    phone = suffix = card = card_prefix = None
    phone_like = not has_letters and len(digits) >= MIN_PHONE_SUFFIX and re.fullmatch(
        r"[\d\s()+\-.]+", text) is not None
    if phone_like:
        try:
            number = phonenumbers.parse(text, region)
            if phonenumbers.is_valid_number(number):
                phone = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        except phonenumbers.NumberParseException:
            pass
        suffix = digits[::-1]
        if len(digits) == CARD_LENGTH:
            card = digits
        if len(digits) >= MIN_CARD_PREFIX:
            card_prefix = digits
    words: tuple[str, ...] = ()
    if has_letters:
        words = tuple(w.lower() for w in _WORD.findall(text) if w)[:8]
    return CustomerQuery(text=text, name_words=words, email_prefix=email_prefix,
                         phone_e164=phone, phone_suffix_rev=suffix, card_number=card,
                         card_prefix=card_prefix)


def fts_match(words: tuple[str, ...]) -> str | None:
    """An FTS5 MATCH expression: every word as a quoted prefix, in any order. Quoting makes
    AND/OR/NEAR/*/-/( ) literal, so no input can be a syntax error."""
    terms = [f'"{w.replace(chr(34), "")}"*' for w in words if w.replace('"', "")]
    return " ".join(terms) or None


def mask_email(email: str | None) -> str:
    """``jane.smith@example.com`` → ``ja••••••@example.com`` (enough to confirm, not to copy)."""
    if not email or "@" not in email:
        return ""
    local, _, domain = email.partition("@")
    return f"{local[:2]}{'•' * max(2, len(local) - 2)}@{domain}"


def mask_phone(phone: str | None) -> str:
    """``+447911123456`` → ``•••• ••• 3456``."""
    if not phone:
        return ""
    digits = "".join(ch for ch in phone if ch.isdigit())
    return f"•••• ••• {digits[-4:]}" if len(digits) >= 4 else "••••"

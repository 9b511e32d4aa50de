"""How a customer matched a search, in words (the keys of ``cache/customer_search.SCORES``).

No Qt here: the Customers screen translates these (``tr``) and the headless ``customers
search`` command prints them as they are."""

from __future__ import annotations

MATCH_WORDS = {
    "card": "loyalty card", "phone": "phone number", "email": "email",
    "card_prefix": "start of card number", "phone_suffix": "last digits of phone",
    "email_prefix": "start of email", "name": "name", "chain": "another store",
}

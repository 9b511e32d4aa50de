"""Customers in the cache who already have an email or phone number: enrolment at the counter
refuses a second customer with the same email, and asks before sharing a phone."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Literal

LIMIT = 5  # per contact: enough to name who has it


@dataclass(frozen=True)
class Duplicate:
    customer_id: str
    name: str
    same: Literal["email", "phone"]


def with_same_contact(conn: sqlite3.Connection, email: str, phone: str) -> list[Duplicate]:
    """Customers whose email (normalised, lower case) or phone (E.164) is the one given."""
    out = [Duplicate(cid, f"{first} {last}", "email") for cid, first, last in conn.execute(
        "SELECT customer_id, first_name, last_name FROM customers WHERE lower(email) = ? "
        "LIMIT ?", (email, LIMIT))]
    out += [Duplicate(cid, f"{first} {last}", "phone") for cid, first, last in conn.execute(
        "SELECT customer_id, first_name, last_name FROM customers WHERE phone_e164 = ? "
        "LIMIT ?", (phone, LIMIT))]
    return out

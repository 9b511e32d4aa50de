"""Who may do what: one permission table for every role, read by the service and the app.

The central service checks it on every read (each route names its permission) and on every
change (each mutation type, and some payloads, name theirs): a device that skips the app's
checks gets nothing more. The app hides or disables what the signed-in person's role cannot do,
so nobody is offered a button that would only be refused.

Some things an associate may do *with a manager's approval* (a manager's id and PIN, checked
by the service against the manager's own lockout): handing an order over without its code, a
large points change, a return outside the returns policy (one that gives an
``exception_reason``; the service refuses an out-of-policy return without one).
:func:`missing` names what a role lacks for a change.

Pure: no Qt, SQL or HTTP.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text


class Role(StrEnum):
    ASSOCIATE = "associate"
    MANAGER = "manager"
    SUPPORT = "support"  # head-office help desk: reads a store's data to help, changes nothing


class Permission(StrEnum):
    # reads
    READ_STORE = "read_store"  # the store, its customers, orders, stock, products; sync pulls
    READ_ORDERS = "read_orders"  # any order of the chain by its number (contact masked)
    SEARCH_CHAIN = "search_chain"  # customers of the whole chain (masked contact details)
    READ_STAFF = "read_staff"  # the store's staff list
    READ_AUDIT = "read_audit"  # the store's audit of sensitive actions
    MANAGE_DEVICES = "manage_devices"  # see the store's devices, remove a lost one
    PUSH_CHANGES = "push_changes"  # send changes at all (each then needs its own permission)
    # customers
    LINK_CUSTOMER = "link_customer"  # bring a chain customer into this store, with a reason
    LINK_ABSENT_CUSTOMER = "link_absent_customer"  # … without their card scanned here
    ADD_NOTE = "add_note"
    ENROL_CUSTOMER = "enrol_customer"
    SET_CONSENT = "set_consent"
    ADD_WISHLIST = "add_wishlist"
    # loyalty
    EARN_POINTS = "earn_points"
    REDEEM_POINTS = "redeem_points"
    LARGE_POINTS = "large_points"  # more than LARGE_POINTS points, or a purchase over LARGE_SPEND
    # click-and-collect
    PICK = "pick"  # start, pick, shortages, substitutes, stage, ready, failed codes
    HAND_OVER = "hand_over"  # with the customer's code
    OVERRIDE = "override"  # hand over without the code
    EXPIRE = "expire"  # no-shows, and their items back to stock
    # returns (issue 13)
    RETURN = "return"  # a return within the returns policy
    RETURN_EXCEPTION = "return_exception"  # one out of policy (past the window, final sale)
    REDEEM_VOUCHER = "redeem_voucher"  # take store credit as payment at a till (once)
    # online carts (issue 14)
    CONVERT_CART = "convert_cart"  # finish a customer's cart: a sale for the till, or a pickup


_ASSOCIATE = frozenset({
    Permission.READ_STORE, Permission.READ_ORDERS, Permission.SEARCH_CHAIN,
    Permission.LINK_CUSTOMER, Permission.PUSH_CHANGES,
    Permission.ADD_NOTE, Permission.ENROL_CUSTOMER, Permission.SET_CONSENT,
    Permission.ADD_WISHLIST, Permission.EARN_POINTS, Permission.REDEEM_POINTS,
    Permission.PICK, Permission.HAND_OVER, Permission.EXPIRE, Permission.RETURN,
    Permission.REDEEM_VOUCHER,
    Permission.CONVERT_CART,
})

#: the one table
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ASSOCIATE: _ASSOCIATE,
    Role.MANAGER: frozenset(Permission),
    Role.SUPPORT: frozenset({Permission.READ_STORE, Permission.READ_ORDERS,
                             Permission.SEARCH_CHAIN, Permission.READ_STAFF}),
}

#: points (earned or redeemed) above which a change needs a manager
LARGE_POINTS = 5_000
#: a purchase above this (in minor units) earns points only with a manager
LARGE_SPEND = 50_000

#: what each kind of change needs (see mutation_types.MutationType for the kinds)
MUTATION_PERMISSION: dict[str, Permission] = {
    "interaction.add_note": Permission.ADD_NOTE,
    "customer.enrol": Permission.ENROL_CUSTOMER,
    "customer.set_consent": Permission.SET_CONSENT,
    "wishlist.add_item": Permission.ADD_WISHLIST,
    "loyalty.earn": Permission.EARN_POINTS,
    "loyalty.redeem": Permission.REDEEM_POINTS,
    "loyalty.redeem_reward": Permission.REDEEM_POINTS,
    "loyalty.cancel_voucher": Permission.REDEEM_POINTS,
    "loyalty.enrol_card": Permission.ENROL_CUSTOMER,
    "order.start_picking": Permission.PICK,
    "order.pick_line": Permission.PICK,
    "order.record_shortage": Permission.PICK,
    "order.substitute": Permission.PICK,
    "order.stage": Permission.PICK,
    "order.mark_ready": Permission.PICK,
    "order.record_failed_code": Permission.PICK,
    "order.handover": Permission.HAND_OVER,
    "order.expire": Permission.EXPIRE,
    "order.return_to_stock": Permission.EXPIRE,
    "order.return": Permission.RETURN,
    "order.exchange": Permission.RETURN,
    # changes at pickup: part of handing the order over
    "order.decline_line": Permission.HAND_OVER,
    "order.add_item": Permission.HAND_OVER,
    "cart.convert": Permission.CONVERT_CART,
}


def can(role: Role | str, permission: Permission) -> bool:
    try:
        return permission in ROLE_PERMISSIONS[Role(role)]
    except ValueError:
        return False  # a role this version does not know gets nothing


def required(type_: str, payload: dict[str, Any], *, points_today: int = 0,
             points: int | None = None) -> set[Permission]:
    """Every permission a change of ``type_`` with ``payload`` needs.

    A points change is large by itself (over :data:`LARGE_POINTS` points, or a purchase over
    :data:`LARGE_SPEND`) or with what this store already moved for the same customer today
    (``points_today``; ``points``: this change's, when the service knows it, e.g. points for a
    purchase at the customer's tier), so splitting a large redemption in small ones gains
    nothing."""
    base = MUTATION_PERMISSION.get(type_)
    if base is None:
        return set()  # an unknown kind: the service refuses it before asking
    needs = {base}
    if type_ == "order.handover" and payload.get("override_reason") is not None:
        needs.add(Permission.OVERRIDE)
    if (type_ in ("order.return", "order.exchange")
            and payload.get("exception_reason") is not None):
        needs.add(Permission.RETURN_EXCEPTION)
    if type_ in ("loyalty.redeem", "loyalty.earn", "loyalty.redeem_reward"):
        moved = points if points is not None else _int(payload.get("points"))
        if (_int(payload.get("amount_cents")) > LARGE_SPEND
                or moved + max(0, points_today) > LARGE_POINTS):
            needs.add(Permission.LARGE_POINTS)
    return needs


def missing(role: Role | str, type_: str, payload: dict[str, Any], *, points_today: int = 0,
            points: int | None = None) -> set[Permission]:
    """What ``role`` lacks for this change (empty: allowed)."""
    return {p for p in required(type_, payload, points_today=points_today, points=points)
            if not can(role, p)}


def refusal(role: Role | str, lacking: set[Permission]) -> Text:
    """Why a change or a read was refused, for the person who tried it."""
    if Role(role) is Role.SUPPORT:
        return text(QT_TRANSLATE_NOOP(
            "Messages", "A support session can look but not change anything in a store."))
    if Permission.OVERRIDE in lacking:
        return text(QT_TRANSLATE_NOOP(
            "Messages", "Handing an order over without its code needs a manager of this store "
                        "to approve it with their id and PIN."))
    if Permission.RETURN_EXCEPTION in lacking:
        return text(QT_TRANSLATE_NOOP(
            "Messages", "This return is outside the returns policy: a manager of this store must "
                        "approve it with their id and PIN."))
    if Permission.LINK_ABSENT_CUSTOMER in lacking:
        return text(QT_TRANSLATE_NOOP(
            "Messages", "Bringing a customer of another store here without their loyalty card "
                        "scanned at this counter needs a manager."))
    if Permission.LARGE_POINTS in lacking:
        return text(QT_TRANSLATE_NOOP(
            "Messages", "A change of more than {points} points (or points for a purchase over "
                        "{spend}) needs a manager of this store to approve it."),
            points=LARGE_POINTS, spend=LARGE_SPEND // 100)
    return text(QT_TRANSLATE_NOOP(
        "Messages", "Only a store manager can do this. Ask your manager to help."))


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0

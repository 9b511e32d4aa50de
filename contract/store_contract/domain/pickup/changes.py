"""Changes at pickup (issue 13): at the counter, before the code is checked and the goods
handed over, the customer may decline an item or add one from the shelf.

* **Decline.** Only units of an order that is ready for pickup (the one being handed over),
  and never more of a line than was picked less what was already declined. A declined unit
  goes back to this store's stock and is refunded to the order's tender: its price less its
  share of the line's discount — the returns maths (:mod:`store_contract.domain.returns`), so
  all of a line's units together refund exactly what the line cost. Points the line would earn
  are earned only on what the customer takes; points paid for a reward are given back for the
  declined units. Declined units are the substitutes first (the customer more often refuses
  the replacement), then the ordered product.
* **Add-on.** A product of the catalogue, at its catalogue price, taken from this store's
  shelf: only while the order is ready for pickup, and only as many as this store has
  available (on hand less reserved). It is paid at the till, not refunded or charged here.

Pure: no Qt, SQL or HTTP. The app checks before it queues a change (also offline); the service
checks again when applying it.
"""

from __future__ import annotations

from dataclasses import dataclass

from store_contract.domain import returns as return_rules
from store_contract.domain.pickup.lines import PickLine
from store_contract.domain.pickup.states import READY, IllegalTransition
from store_contract.domain.text import QT_TRANSLATE_NOOP, text

#: the order status in which items can be declined or added: the order is at the counter
CHANGEABLE = READY


def declinable(line: PickLine) -> int:
    """Units of ``line`` the customer can still decline: picked less already declined."""
    return max(0, line.qty_picked - line.qty_declined)


@dataclass(frozen=True)
class Declined:
    """What declining ``qty`` units of a line does to it and refunds."""

    line_id: str
    qty: int
    refund_cents: int  # to the order's tender
    discount_cents: int  # of the line's discount: the declined units' share
    points_not_earned: int  # of the line's points: not earned on these units
    points_restored: int  # of a reward's points: given back
    from_substitute: int  # of ``qty``, units of the substitute product
    from_ordered: int  # of ``qty``, units of the ordered product (their reservation released)


def _sold(line: PickLine) -> return_rules.SoldLine:
    """The line as the returns maths takes it: the units still going to the customer."""
    return return_rules.SoldLine(
        line_id=line.line_id, product_id=line.product_id, qty_bought=declinable(line),
        qty_returned=0, unit_price_cents=line.unit_price_cents,
        discount_cents=line.discount_cents, points_earned=line.points_earned,
        points_paid=line.points_paid)


def check_decline(status: str, line: PickLine | None, qty: int, order_number: str) -> Declined:
    """What declining ``qty`` units of ``line`` refunds, or :class:`IllegalTransition` with a
    sentence for staff."""
    if status != CHANGEABLE:
        raise IllegalTransition(text(QT_TRANSLATE_NOOP(
            "Messages", "Order {order} is not being handed over (it is not ready for pickup), so "
                        "nothing on it can be declined at the counter. Use Returns for an order "
                        "already collected."), order=order_number),
            current=status, target=status)
    if line is None:
        raise IllegalTransition(text(QT_TRANSLATE_NOOP(
            "Messages", "That item is not on order {order}; nothing was declined."),
            order=order_number), current=status, target=status)
    what = line.name or text(QT_TRANSLATE_NOOP("Messages", "line {line}"), line=line.line_id)
    if qty <= 0:
        raise IllegalTransition(text(QT_TRANSLATE_NOOP(
            "Messages", "Say how many the customer declines (1 or more).")),
            current=status, target=status)
    left = declinable(line)
    if qty > left:
        if left == 0:
            raise IllegalTransition(text(QT_TRANSLATE_NOOP(
                "Messages", "No {item} of order {order} can be declined: none is left to hand "
                            "over (nothing was picked, or every one was already declined)."),
                item=what, order=order_number), current=status, target=status)
        raise IllegalTransition(text(QT_TRANSLATE_NOOP(
            "Messages", "Only {left} × {item} of order {order} can be declined: that is what was "
                        "picked less what was already declined."),
            left=left, item=what, order=order_number), current=status, target=status)
    sold = _sold(line)
    subs_left = max(0, line.qty_substituted - line.qty_declined)
    from_sub = min(qty, subs_left)
    return Declined(
        line_id=line.line_id, qty=qty, refund_cents=sold.refund_for(qty),
        discount_cents=qty * line.unit_price_cents - sold.refund_for(qty),
        points_not_earned=sold.points_reversed_for(qty),
        points_restored=sold.points_restored_for(qty),
        from_substitute=from_sub, from_ordered=qty - from_sub)


@dataclass(frozen=True)
class AddOn:
    """An item added at the counter: what it costs at the till."""

    product_id: str
    qty: int
    unit_price_cents: int

    @property
    def price_cents(self) -> int:
        return self.qty * self.unit_price_cents


def check_add_on(status: str, order_number: str, product_id: str, product_name: str | None,
                 unit_price_cents: int | None, qty: int, available: int) -> AddOn:
    """An add-on of ``qty`` × the product (``unit_price_cents`` None: not in the catalogue)
    with ``available`` units free in this store, or :class:`IllegalTransition`."""
    if status != CHANGEABLE:
        raise IllegalTransition(text(QT_TRANSLATE_NOOP(
            "Messages", "Order {order} is not being handed over (it is not ready for pickup), so "
                        "nothing can be added to it at the counter. Sell the item at the till "
                        "instead."), order=order_number),
            current=status, target=status)
    if unit_price_cents is None:
        raise IllegalTransition(text(QT_TRANSLATE_NOOP(
            "Messages", "Product {product} is not in the catalogue, so it cannot be added to "
                        "order {order}. Sell it at the till."),
            product=product_id, order=order_number), current=status, target=status)
    what = product_name or product_id
    if qty <= 0:
        raise IllegalTransition(text(QT_TRANSLATE_NOOP(
            "Messages", "Say how many the customer adds (1 or more).")),
            current=status, target=status)
    if qty > available:
        if available <= 0:
            reason = text(QT_TRANSLATE_NOOP(
                "Messages", "{item} cannot be added to order {order}: none is in stock here (on "
                            "hand less what other orders hold). Nothing was added."),
                item=what, order=order_number)
        else:
            reason = text(QT_TRANSLATE_NOOP(
                "Messages", "{item} cannot be added to order {order}: only {available} is in "
                            "stock here (on hand less what other orders hold). Nothing was "
                            "added."), item=what, order=order_number, available=available)
        raise IllegalTransition(reason, current=status, target=status)
    return AddOn(product_id=product_id, qty=qty, unit_price_cents=unit_price_cents)

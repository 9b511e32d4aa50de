"""Picking by scan: what one scanned barcode does to an order being picked, and shortages.

Each scan of an item's barcode adds one unit to the matching line; a wrong item, an unknown
code, a misread (bad check digit) or a unit more than ordered is refused and changes nothing
(:func:`scan_for_line`). Units that cannot be found are recorded short with a reason; where
the order allows it, one unit can be replaced by a substitute.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from store_contract.domain.barcodes import ScanKind, classify
from store_contract.domain.pickup.lines import PickLine
from store_contract.domain.pickup.states import IllegalTransition
from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text

RefusalKind = Literal["wrong_item", "over_pick", "unknown_code", "bad_check_digit",
                      "substitute_not_allowed"]
DecisionKind = Literal["pick", "substitute"] | RefusalKind


@dataclass(frozen=True)
class PickDecision:
    kind: DecisionKind
    sentence: Text  # for staff: what happened, or why not and what to do
    line_id: str | None = None
    product_id: str | None = None  # the scanned product, when known
    ean13: str | None = None  # the normalised code

    @property
    def accepted(self) -> bool:
        return self.kind in ("pick", "substitute")

    @property
    def mutation_type(self) -> str | None:
        """The change to queue for an accepted scan (values of ``MutationType``)."""
        return {"pick": "order.pick_line", "substitute": "order.substitute"}.get(self.kind)

    def payload(self, order_id: str) -> dict[str, str]:
        """The mutation payload for an accepted scan."""
        if self.kind == "pick":
            return {"order_id": order_id, "line_id": str(self.line_id),
                    "ean13": str(self.ean13)}
        if self.kind == "substitute":
            return {"order_id": order_id, "line_id": str(self.line_id),
                    "substitute_product_id": str(self.product_id)}
        raise ValueError("a refused scan changes nothing")


def _product_id(product: Any) -> str | None:
    if product is None:
        return None
    if isinstance(product, str):
        return product
    if isinstance(product, Mapping):
        return product.get("product_id")
    return getattr(product, "product_id", None)


def _label(line: PickLine) -> str:
    return line.name or line.product_id


def scan_for_line(
    lines: Iterable[Any],
    ean13: str,
    products_by_ean: Mapping[str, Any],
    allow_substitutions: bool,
    *,
    substitute_for: str | None = None,
) -> PickDecision:
    """What a scanned barcode does to an order being picked.

    ``lines`` are the order's lines (:class:`PickLine`, or mappings/objects with its names);
    ``products_by_ean`` maps an EAN-13 to its product (a product id, or anything with a
    ``product_id``). Normally a scan picks one unit of the line whose product it is (or whose
    chosen substitute it is). With ``substitute_for`` (a line id: staff pressed "Substitute" on
    that line) the scanned product becomes one unit of that line, if the order and the ordered
    product allow substitutes. Refusals change nothing.
    """
    scan = classify(ean13)
    if scan.kind is not ScanKind.PRODUCT:
        if scan.problem and "check digit" in scan.problem:
            return PickDecision("bad_check_digit", scan.problem, ean13=scan.code)
        return PickDecision(
            "unknown_code",
            text(QT_TRANSLATE_NOOP("Messages", "That is not an item barcode. Scan the barcode "
                                               "on the item itself.")),
            ean13=scan.code)
    code = scan.code
    all_lines = [PickLine.of(line) for line in lines]
    product_id = _product_id(products_by_ean.get(code))
    if product_id is None:
        ours = [line for line in all_lines if line.ean13 == code]
        product_id = ours[0].product_id if ours else None
    if product_id is None:
        return PickDecision(
            "unknown_code",
            text(QT_TRANSLATE_NOOP("Messages", "Barcode {code} is not in the catalogue. Check "
                                               "the item; do not hand it over."), code=code),
            ean13=code)

    if substitute_for is not None:
        return _substitute(all_lines, substitute_for, product_id, code, allow_substitutions)

    ordered = [line for line in all_lines if line.product_id == product_id]
    subbed = [line for line in all_lines if line.substitute_product_id == product_id]
    for line in ordered:
        if line.remaining > 0:
            return PickDecision("pick", text(QT_TRANSLATE_NOOP(
                "Messages", "Picked 1 × {item} ({picked} of {ordered})."),
                item=_label(line), picked=line.qty_picked + 1, ordered=line.qty_ordered),
                                line_id=line.line_id, product_id=product_id, ean13=code)
    for line in subbed:
        if line.remaining > 0:
            if not (allow_substitutions and line.allows_substitution):
                return PickDecision("substitute_not_allowed",
                                    text(QT_TRANSLATE_NOOP(
                                        "Messages", "This order does not allow substitutes.")),
                                    line_id=line.line_id, product_id=product_id, ean13=code)
            return PickDecision("substitute", _substitute_picked(line),
                                line_id=line.line_id, product_id=product_id, ean13=code)
    if ordered or subbed:
        line = (ordered or subbed)[0]
        return PickDecision(
            "over_pick",
            text(QT_TRANSLATE_NOOP("Messages", "Too many: {item} is already complete ({picked} "
                                               "picked, {short} short of {ordered}). Put this "
                                               "one back."),
                 item=_label(line), picked=line.qty_picked, short=line.qty_short,
                 ordered=line.qty_ordered),
            line_id=line.line_id, product_id=product_id, ean13=code)
    return PickDecision(
        "wrong_item",
        text(QT_TRANSLATE_NOOP("Messages", "Wrong item: this product is not on the order. Put "
                                           "it back, or choose Substitute on a line first to "
                                           "use it instead."))
        if allow_substitutions else
        text(QT_TRANSLATE_NOOP("Messages", "Wrong item: this product is not on the order. Put "
                                           "it back; this order does not allow substitutes.")),
        product_id=product_id, ean13=code)


def _substitute(lines: list[PickLine], line_id: str, product_id: str, code: str,
                allow_substitutions: bool) -> PickDecision:
    line = next((x for x in lines if x.line_id == line_id), None)
    if line is None:
        return PickDecision("wrong_item", text(QT_TRANSLATE_NOOP(
            "Messages", "That line is not on this order.")), ean13=code)
    if not allow_substitutions:
        return PickDecision("substitute_not_allowed",
                            text(QT_TRANSLATE_NOOP("Messages", "The customer did not allow "
                                                               "substitutes on this order. Record "
                                                               "the item short instead.")),
                            line_id=line_id, product_id=product_id,
                            ean13=code)
    if not line.allows_substitution:
        return PickDecision("substitute_not_allowed",
                            text(QT_TRANSLATE_NOOP("Messages", "{item} cannot be replaced by "
                                                               "another product. Record it short "
                                                               "instead."), item=_label(line)),
                            line_id=line_id, product_id=product_id,
                            ean13=code)
    if product_id == line.product_id:
        return scan_for_line(lines, code, {code: product_id}, allow_substitutions)
    if line.substitute_product_id not in (None, product_id):
        return PickDecision("wrong_item",
                            text(QT_TRANSLATE_NOOP("Messages", "This line already has a different "
                                                               "substitute; scan that product or "
                                                               "the ordered one.")),
                            line_id=line_id, product_id=product_id,
                            ean13=code)
    if line.remaining <= 0:
        return PickDecision("over_pick",
                            text(QT_TRANSLATE_NOOP("Messages", "{item} is already complete; "
                                                               "nothing to substitute."),
                                 item=_label(line)),
                            line_id=line_id, product_id=product_id, ean13=code)
    return PickDecision("substitute", _substitute_picked(line),
                        line_id=line_id, product_id=product_id, ean13=code)


def _substitute_picked(line: PickLine) -> Text:
    return text(QT_TRANSLATE_NOOP("Messages", "Substitute picked for {item} ({picked} of "
                                              "{ordered})."),
                item=_label(line), picked=line.qty_picked + 1, ordered=line.qty_ordered)


def check_shortage(line: Any, qty: int) -> None:
    """A shortage of ``qty`` units fits the line (never more than what is still missing)."""
    pl = PickLine.of(line)
    if qty <= 0:
        raise IllegalTransition(text(QT_TRANSLATE_NOOP("Messages",
                                                       "Record at least one missing unit.")))
    if qty > pl.remaining:
        raise IllegalTransition(text(QT_TRANSLATE_NOOP(
            "Messages", "Units of {item} still to find: {remaining}. {qty} cannot be recorded "
                        "short."), item=_label(pl), remaining=pl.remaining, qty=qty))


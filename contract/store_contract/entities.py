"""The synced entities: what the central service's feed sends and the device's cache keeps.

One definition per entity kind: its table, primary key and columns (named exactly like the
columns on both sides), and the child rows an aggregate carries (an order its ``lines``, a
cart its ``lines``, a loyalty account its ``ledger``). The service's changes feed and snapshot
(``central_api/sync_feed.py``) send these columns and no others; the cache
(``associate_app/cache/replica.py``) writes them. The cache's schema comes from its own numbered
migrations; a test holds it to these columns.

Secrets never are columns here: a store row has no enrolment code hash, a staff row no PIN
hash (a copied device would give every colleague's PIN away to a few minutes of guessing); a
device checks PINs offline only against verifiers it made itself.

Adding a column: here, a migration of the service's schema and one of the cache's.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Child:
    """Rows an aggregate carries, as a list under ``key`` in the parent's data."""

    key: str
    table: str
    fk: str  # the child's column holding the parent id
    columns: tuple[str, ...]


@dataclass(frozen=True)
class Entity:
    kind: str
    table: str
    pk: tuple[str, ...]  # an id of several columns travels as their values joined by ":"
    columns: tuple[str, ...]
    children: tuple[Child, ...] = ()


_ENTITIES = (
    Entity("store", "stores", ("store_id",), (
        "store_id", "name", "city", "address", "latitude", "longitude", "timezone")),
    Entity("staff", "staff", ("staff_id",), ("staff_id", "store_id", "name", "role")),
    Entity("product", "products", ("product_id",), (
        "product_id", "sku", "ean13", "name", "brand", "category", "price_cents", "currency",
        "image_url", "allows_substitution", "style_id")),
    Entity("inventory", "inventory", ("store_id", "product_id"), (
        "store_id", "product_id", "on_hand", "reserved")),
    Entity("customer", "customers", ("customer_id",), (
        "customer_id", "first_name", "last_name", "email", "phone_e164", "marketing_consent",
        "consent_updated_at", "preferred_store_id", "preferred_channel", "created_at",
        "updated_at")),
    Entity("loyalty_account", "loyalty_accounts", ("customer_id",), (
        "customer_id", "card_number", "tier", "points_balance", "member_since",
        "qualifying_spend_cents", "tier_reviewed_at", "opening_points_at", "card_kind",
        "programme_consent_at"),
        children=(Child("ledger", "loyalty_ledger", "customer_id", (
            "entry_id", "customer_id", "store_id", "delta", "reason", "order_id",
            "created_at", "spend_cents", "staff_id", "note")),)),
    Entity("wishlist_item", "wishlist_items", ("item_id",), (
        "item_id", "customer_id", "product_id", "channel", "added_at")),
    Entity("cart", "carts", ("cart_id",), (
        "cart_id", "customer_id", "channel", "status", "updated_at", "cart_code",
        "converted_order_id"),
        children=(Child("lines", "cart_lines", "cart_id", (
            "line_id", "cart_id", "product_id", "qty", "unit_price_cents")),)),
    Entity("order", "orders", ("order_id",), (
        "order_id", "order_number", "customer_id", "channel", "store_id", "status",
        "placed_at", "promised_at", "pickup_expires_at", "total_cents", "allow_substitutions",
        "staging_location", "pickup_code_salt", "pickup_code_hash", "updated_at",
        "failed_code_attempts", "refund_status", "cancel_reason", "receipt_number",
        "currency", "gift_receipt"),
        children=(
            Child("lines", "order_lines", "order_id", (
                "line_id", "order_id", "product_id", "qty_ordered", "qty_picked", "qty_short",
                "short_reason", "substitute_product_id", "unit_price_cents", "qty_collected",
                "qty_returned", "discount_cents", "points_earned", "final_sale",
                "points_paid", "qty_declined", "add_on")),
            # how it was paid, its status history and a web order's parcel (issue 13)
            Child("payments", "payments", "order_id", (
                "payment_id", "order_id", "tender", "card_brand", "last_four", "amount_cents",
                "paid_at")),
            Child("events", "order_events", "order_id", (
                "event_id", "order_id", "status", "at", "store_id", "staff_id", "note")),
            Child("shipments", "shipments", "order_id", (
                "shipment_id", "order_id", "carrier", "tracking_number", "shipped_at",
                "promised_at", "delivered_at", "latest_event", "latest_event_at")),
        )),
    # returns (issue 13): a return with its lines and refunds, store credit, the policy
    Entity("return", "returns", ("return_id",), (
        "return_id", "order_id", "customer_id", "store_id", "staff_id", "approved_by",
        "refund_method", "refund_cents", "points_reversed", "points_restored",
        "exception_reason", "created_at"),
        children=(
            Child("lines", "return_lines", "return_id", (
                "return_line_id", "return_id", "line_id", "product_id", "qty", "reason",
                "condition", "refund_cents")),
            Child("refunds", "refunds", "return_id", (
                "refund_id", "return_id", "order_id", "method", "amount_cents", "currency",
                "status", "payment_id", "tender", "card_brand", "last_four", "voucher_id",
                "created_at", "updated_at")),
        )),
    # an exchange: its return (above) and replacements, each on an order placed for them
    Entity("exchange", "exchanges", ("exchange_id",), (
        "exchange_id", "return_id", "order_id", "customer_id", "store_id", "staff_id",
        "returned_cents", "replacement_cents", "due_cents", "refund_cents", "currency",
        "created_at"),
        children=(Child("lines", "exchange_lines", "exchange_id", (
            "exchange_line_id", "exchange_id", "product_id", "qty", "unit_price_cents",
            "source", "from_store_id", "new_order_id")),)),
    Entity("voucher", "vouchers", ("voucher_id",), (
        "voucher_id", "voucher_code", "customer_id", "amount_cents", "currency", "return_id",
        "issued_store_id", "issued_at", "redeemed_at", "redeemed_store_id",
        "redeemed_receipt", "kind", "reward_id", "points_cost", "expires_at", "cancelled_at")),
    # the loyalty programme (issue 14): the rewards catalogue and bonus campaigns
    Entity("reward", "rewards", ("reward_id",), (
        "reward_id", "name", "points_price", "kind", "value_cents", "valid_days", "min_tier",
        "product_id", "active", "updated_at")),
    Entity("campaign", "campaigns", ("campaign_id",), (
        "campaign_id", "name", "multiplier_pct", "category", "starts_at", "ends_at")),
    Entity("return_policy", "return_policies", ("channel",), (
        "channel", "policy_id", "window_days", "final_sale_returnable",
        "gift_receipt_store_credit_only", "updated_at")),
    Entity("interaction", "interactions", ("interaction_id",), (
        "interaction_id", "customer_id", "kind", "channel", "subject", "body", "status",
        "staff_id", "store_id", "created_at")),
    Entity("notification", "notifications", ("notification_id",), (
        "notification_id", "customer_id", "order_id", "channel", "template", "body",
        "sent_at")),
)

#: every synced entity by kind, parents before the rows that refer to them (a snapshot's order)
ENTITIES: dict[str, Entity] = {e.kind: e for e in _ENTITIES}
#: the entity kinds of the change log and the sync feed
KINDS: tuple[str, ...] = tuple(ENTITIES)

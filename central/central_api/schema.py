"""The central database, as SQLAlchemy Core tables: the data model for the whole mission.

Ids are strings: the demo seed makes readable, deterministic ones ("S001", "C0000123",
"P00042"); rows created later get uuid-based ones. Times are UTC (stored timezone-aware where
the database can). Money is integer pence. Every index here serves a lookup a route makes.
"""

from __future__ import annotations

import logging

import sqlalchemy as sa

log = logging.getLogger(__name__)

metadata = sa.MetaData()


def _id(name: str, **kw: object) -> sa.Column:
    return sa.Column(name, sa.String(40), **kw)


def _ts(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _fk(name: str, target: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.String(40), sa.ForeignKey(target), nullable=nullable)


stores = sa.Table(
    "stores",
    metadata,
    _id("store_id", primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("city", sa.String(100), nullable=False),
    sa.Column("address", sa.String(300), nullable=False),
    sa.Column("latitude", sa.Float, nullable=False),
    sa.Column("longitude", sa.Float, nullable=False),
    sa.Column("timezone", sa.String(64), nullable=False, server_default="Europe/London"),
    # sha256 of the normalised code: looked up on enrolment, never stored in clear.
    sa.Column("enrolment_code_hash", sa.String(64), nullable=False, unique=True),
)

devices = sa.Table(
    "devices",
    metadata,
    _id("device_id", primary_key=True),
    _fk("store_id", "stores.store_id"),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("secret_hash", sa.String(64), nullable=False),
    _ts("enrolled_at"),
    _ts("revoked_at", nullable=True),
)

staff = sa.Table(
    "staff",
    metadata,
    _id("staff_id", primary_key=True),
    _fk("store_id", "stores.store_id"),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("role", sa.String(16), nullable=False),  # associate | manager
    sa.Column("pin_salt", sa.String(64), nullable=False),
    sa.Column("pin_hash", sa.String(200), nullable=False),  # "scrypt$n$r$p$hex"
    sa.Index("ix_staff_store", "store_id"),
)

tokens = sa.Table(
    "tokens",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),  # sha256 of the bearer token
    _fk("staff_id", "staff.staff_id"),
    _fk("store_id", "stores.store_id"),
    _fk("device_id", "devices.device_id"),
    _ts("issued_at"),
    _ts("expires_at"),
    _ts("revoked_at", nullable=True),
)

#: One row per staff member whose PIN was ever checked: the wrong PINs in the current window,
#: counted *before* each check (see central_api/pins.py), so no burst of requests gets past it.
pin_lockouts = sa.Table(
    "pin_lockouts",
    metadata,
    sa.Column("staff_id", sa.String(40), sa.ForeignKey("staff.staff_id"), primary_key=True),
    sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
    _ts("last_failure_at", nullable=True),
)

#: Sensitive actions, append-only, for the store's managers (see central/central_api/audit.py).
audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("audit_id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True,
              autoincrement=True),
    _fk("store_id", "stores.store_id"),
    _ts("at"),
    sa.Column("staff_id", sa.String(40), nullable=True),  # who did it (signed in)
    sa.Column("approved_by", sa.String(40), nullable=True),  # the manager who approved it
    sa.Column("device_id", sa.String(64), nullable=True),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("subject", sa.String(64), nullable=True),  # a customer, an order, a staff id
    sa.Column("detail", sa.Text, nullable=False),  # a sentence
    sa.Index("ix_audit_store_at", "store_id", "at"),
)

products = sa.Table(
    "products",
    metadata,
    _id("product_id", primary_key=True),
    sa.Column("sku", sa.String(40), nullable=False, unique=True),
    sa.Column("ean13", sa.String(13), nullable=False, unique=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("brand", sa.String(100), nullable=False),
    sa.Column("category", sa.String(100), nullable=False),
    sa.Column("price_cents", sa.Integer, nullable=False),
    sa.Column("currency", sa.String(3), nullable=False, server_default="GBP"),
    sa.Column("image_url", sa.String(500), nullable=True),
    sa.Column("allows_substitution", sa.Boolean, nullable=False, server_default=sa.true()),
    # issue 14: the style its colour and size variants share (a swap at the counter)
    sa.Column("style_id", sa.String(40), nullable=True),
    sa.Index("ix_products_style", "style_id"),
)

inventory = sa.Table(
    "inventory",
    metadata,
    _fk("store_id", "stores.store_id"),
    _fk("product_id", "products.product_id"),
    sa.Column("on_hand", sa.Integer, nullable=False, server_default="0"),
    sa.Column("reserved", sa.Integer, nullable=False, server_default="0"),
    sa.PrimaryKeyConstraint("store_id", "product_id"),
    sa.Index("ix_inventory_product", "product_id"),  # nearby availability
)

customers = sa.Table(
    "customers",
    metadata,
    _id("customer_id", primary_key=True),
    sa.Column("first_name", sa.String(100), nullable=False),
    sa.Column("last_name", sa.String(100), nullable=False),
    sa.Column("email", sa.String(254), nullable=False),
    sa.Column("phone_e164", sa.String(20), nullable=False),
    sa.Column("marketing_consent", sa.Boolean, nullable=False),
    _ts("consent_updated_at", nullable=True),
    _fk("preferred_store_id", "stores.store_id", nullable=True),
    sa.Column("preferred_channel", sa.String(16), nullable=False),  # online | in_store
    _ts("created_at"),
    _ts("updated_at"),
    sa.Index("ix_customers_store", "preferred_store_id", "customer_id"),
    sa.Index("ix_customers_email", "email"),
    sa.Index("ix_customers_phone", "phone_e164"),
)

loyalty_accounts = sa.Table(
    "loyalty_accounts",
    metadata,
    _fk("customer_id", "customers.customer_id"),
    sa.Column("card_number", sa.String(16), nullable=False, unique=True),
    sa.Column("tier", sa.String(16), nullable=False),
    sa.Column("points_balance", sa.Integer, nullable=False),
    _ts("member_since"),
    # the programme (issue 14; rules in store_contract/domain/loyalty.py): qualifying spend over
    # the last 12 months (as of the last purchase), the last yearly review of the tier, when the
    # balance the ledger does not explain counts as earned (for expiry), a physical card or a
    # digital one, and when the customer agreed to the programme's terms
    sa.Column("qualifying_spend_cents", sa.Integer, nullable=False, server_default="0"),
    _ts("tier_reviewed_at", nullable=True),
    _ts("opening_points_at", nullable=True),
    sa.Column("card_kind", sa.String(10), nullable=False, server_default="digital"),
    _ts("programme_consent_at", nullable=True),
    sa.PrimaryKeyConstraint("customer_id"),
)

loyalty_ledger = sa.Table(
    "loyalty_ledger",
    metadata,
    _id("entry_id", primary_key=True),
    _fk("customer_id", "loyalty_accounts.customer_id"),
    _fk("store_id", "stores.store_id", nullable=True),
    sa.Column("delta", sa.Integer, nullable=False),
    sa.Column("reason", sa.String(16), nullable=False),  # earn | redeem | adjust | expire
    sa.Column("order_id", sa.String(40), nullable=True),
    _ts("created_at"),
    # issue 14: the qualifying spend an earn counted, who made the change, and why in words
    sa.Column("spend_cents", sa.Integer, nullable=False, server_default="0"),
    sa.Column("staff_id", sa.String(40), nullable=True),
    sa.Column("note", sa.String(200), nullable=True),
    sa.Index("ix_ledger_customer_time", "customer_id", "created_at"),
)

wishlist_items = sa.Table(
    "wishlist_items",
    metadata,
    _id("item_id", primary_key=True),
    _fk("customer_id", "customers.customer_id"),
    _fk("product_id", "products.product_id"),
    sa.Column("channel", sa.String(16), nullable=False),
    _ts("added_at"),
    sa.Index("ix_wishlist_customer", "customer_id"),
)

carts = sa.Table(
    "carts",
    metadata,
    _id("cart_id", primary_key=True),
    _fk("customer_id", "customers.customer_id"),
    sa.Column("channel", sa.String(16), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),  # active | abandoned | converted
    _ts("updated_at"),
    # issue 14: the code the web shop shows the customer (CART-…), scanned at the counter
    sa.Column("cart_code", sa.String(20), nullable=True),
    _fk("converted_order_id", "orders.order_id", nullable=True),  # the order it became
    sa.Index("ix_carts_customer", "customer_id"),
    sa.Index("ux_carts_code", "cart_code", unique=True),
)

cart_lines = sa.Table(
    "cart_lines",
    metadata,
    _id("line_id", primary_key=True),
    _fk("cart_id", "carts.cart_id"),
    _fk("product_id", "products.product_id"),
    sa.Column("qty", sa.Integer, nullable=False),
    sa.Column("unit_price_cents", sa.Integer, nullable=False),
    sa.Index("ix_cart_lines_cart", "cart_id"),
)

orders = sa.Table(
    "orders",
    metadata,
    _id("order_id", primary_key=True),
    sa.Column("order_number", sa.String(20), nullable=False, unique=True),
    _fk("customer_id", "customers.customer_id"),
    sa.Column("channel", sa.String(20), nullable=False),  # online | in_store | click_and_collect
    _fk("store_id", "stores.store_id", nullable=True),  # null: online ship-to-home
    sa.Column("status", sa.String(20), nullable=False),
    _ts("placed_at"),
    _ts("promised_at", nullable=True),
    _ts("pickup_expires_at", nullable=True),
    sa.Column("total_cents", sa.Integer, nullable=False),
    sa.Column("allow_substitutions", sa.Boolean, nullable=False),
    sa.Column("staging_location", sa.String(40), nullable=True),
    sa.Column("pickup_code_salt", sa.String(64), nullable=True),
    sa.Column("pickup_code_hash", sa.String(200), nullable=True),
    # click-and-collect bookkeeping (issue 5): wrong pickup codes tried (limited), why the
    # service cancelled it, and whether a refund is owed (pending) or paid (refunded)
    sa.Column("failed_code_attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("cancel_reason", sa.String(200), nullable=True),
    sa.Column("refund_status", sa.String(16), nullable=True),  # pending | refunded
    _ts("updated_at"),
    # an in-store sale's till receipt ("RCT-S001-104233"): scanned at the counter to find it
    sa.Column("receipt_number", sa.String(40), nullable=True),
    sa.Column("currency", sa.String(3), nullable=False, server_default="GBP"),
    # returns (issue 13): bought with a gift receipt, so refunded as store credit only
    sa.Column("gift_receipt", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Index("ix_orders_store_placed", "store_id", "placed_at"),
    sa.Index("ux_orders_receipt", "receipt_number", unique=True),
    sa.Index("ix_orders_store_status", "store_id", "status", "placed_at"),
    sa.Index("ix_orders_customer", "customer_id", "placed_at"),
)

order_lines = sa.Table(
    "order_lines",
    metadata,
    _id("line_id", primary_key=True),
    _fk("order_id", "orders.order_id"),
    _fk("product_id", "products.product_id"),
    sa.Column("qty_ordered", sa.Integer, nullable=False),
    sa.Column("qty_picked", sa.Integer, nullable=False, server_default="0"),
    sa.Column("qty_short", sa.Integer, nullable=False, server_default="0"),
    sa.Column("short_reason", sa.String(200), nullable=True),
    _fk("substitute_product_id", "products.product_id", nullable=True),
    # of qty_picked, how many units are the substitute product (stock leaves from both)
    sa.Column("qty_substituted", sa.Integer, nullable=False, server_default="0"),
    sa.Column("unit_price_cents", sa.Integer, nullable=False),
    # issue 13: units handed to the customer, units brought back (returns update it), the
    # line's discount in pence (already off the order's total) and the points it earned
    sa.Column("qty_collected", sa.Integer, nullable=False, server_default="0"),
    sa.Column("qty_returned", sa.Integer, nullable=False, server_default="0"),
    sa.Column("discount_cents", sa.Integer, nullable=False, server_default="0"),
    sa.Column("points_earned", sa.Integer, nullable=False, server_default="0"),
    # returns (issue 13): sold as final sale (returned only with a manager's approval), and the
    # points spent on it when it was a reward (given back, never refunded as money)
    sa.Column("final_sale", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("points_paid", sa.Integer, nullable=False, server_default="0"),
    # changes at pickup (issue 13): units the customer declined at handover (back to stock,
    # refunded; never collected), and a line added at the counter from the shelf, to pay at
    # the till
    sa.Column("qty_declined", sa.Integer, nullable=False, server_default="0"),
    sa.Column("add_on", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Index("ix_order_lines_order", "order_id"),
)

#: How an order was paid, as the chain's payment service recorded it. This app takes no
#: payments: it shows them, and a refund is recorded against one for that service to execute.
payments = sa.Table(
    "payments",
    metadata,
    _id("payment_id", primary_key=True),
    _fk("order_id", "orders.order_id"),
    sa.Column("tender", sa.String(16), nullable=False),  # card | cash | gift_card | paypal
    sa.Column("card_brand", sa.String(20), nullable=True),  # Visa, Mastercard, Amex
    sa.Column("last_four", sa.String(4), nullable=True),  # card or gift card only
    sa.Column("amount_cents", sa.Integer, nullable=False),
    _ts("paid_at"),
    sa.Index("ix_payments_order", "order_id"),
)

#: An order's status history, oldest first: placed, picked, ready, shipped, delivered,
#: collected, returned, cancelled… — each with when it happened and where.
order_events = sa.Table(
    "order_events",
    metadata,
    _id("event_id", primary_key=True),
    _fk("order_id", "orders.order_id"),
    sa.Column("status", sa.String(20), nullable=False),
    _ts("at"),
    sa.Column("store_id", sa.String(40), nullable=True),
    sa.Column("staff_id", sa.String(40), nullable=True),
    sa.Column("note", sa.String(200), nullable=True),
    sa.Index("ix_order_events_order", "order_id", "at"),
)

#: A web order's parcel: the carrier's tracking and where it was last seen.
shipments = sa.Table(
    "shipments",
    metadata,
    _id("shipment_id", primary_key=True),
    _fk("order_id", "orders.order_id"),
    sa.Column("carrier", sa.String(40), nullable=False),
    sa.Column("tracking_number", sa.String(40), nullable=False),
    _ts("shipped_at"),
    _ts("promised_at", nullable=True),  # the delivery date promised to the customer
    _ts("delivered_at", nullable=True),
    sa.Column("latest_event", sa.String(200), nullable=True),  # "Out for delivery, Leeds"
    _ts("latest_event_at", nullable=True),
    sa.Index("ix_shipments_order", "order_id"),
)

# -- returns (issue 13): rules in store_contract/domain/returns.py, applied in returns.py

#: The returns policy the service owns, one row per channel (seeded; synced to every device, so
#: the app shows it before anything is done).
return_policies = sa.Table(
    "return_policies",
    metadata,
    sa.Column("channel", sa.String(20), primary_key=True),  # online | in_store | click_and_collect
    sa.Column("policy_id", sa.String(40), nullable=False),
    sa.Column("window_days", sa.Integer, nullable=False),
    sa.Column("final_sale_returnable", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("gift_receipt_store_credit_only", sa.Boolean, nullable=False,
              server_default=sa.true()),
    _ts("updated_at"),
)

#: A return at a store: what came back of which order, who did it (and who approved an
#: exception), what it refunds and the points it moved.
returns = sa.Table(
    "returns",
    metadata,
    _id("return_id", primary_key=True),
    _fk("order_id", "orders.order_id"),
    _fk("customer_id", "customers.customer_id"),
    _fk("store_id", "stores.store_id"),  # where it was returned
    sa.Column("staff_id", sa.String(40), nullable=True),
    sa.Column("approved_by", sa.String(40), nullable=True),  # a manager, for an exception
    sa.Column("refund_method", sa.String(16), nullable=False),  # tender | store_credit
    sa.Column("refund_cents", sa.Integer, nullable=False),
    sa.Column("points_reversed", sa.Integer, nullable=False, server_default="0"),
    sa.Column("points_restored", sa.Integer, nullable=False, server_default="0"),
    sa.Column("exception_reason", sa.String(300), nullable=True),
    sa.Column("mutation_id", sa.String(64), nullable=True),  # the change that made it
    _ts("created_at"),
    sa.Index("ix_returns_order", "order_id"),
    sa.Index("ix_returns_store_time", "store_id", "created_at"),
)

return_lines = sa.Table(
    "return_lines",
    metadata,
    _id("return_line_id", primary_key=True),
    _fk("return_id", "returns.return_id"),
    _fk("line_id", "order_lines.line_id"),
    _fk("product_id", "products.product_id"),
    sa.Column("qty", sa.Integer, nullable=False),
    sa.Column("reason", sa.String(30), nullable=False),
    sa.Column("condition", sa.String(16), nullable=False),  # resellable | damaged
    sa.Column("refund_cents", sa.Integer, nullable=False),
    sa.Index("ix_return_lines_return", "return_id"),
)

#: Money owed back: to the original tender (``pending`` until the payment service executes it:
#: ``refunded`` or ``failed``) or as store credit (a voucher, ``issued`` at once).
refunds = sa.Table(
    "refunds",
    metadata,
    _id("refund_id", primary_key=True),
    _fk("return_id", "returns.return_id"),
    _fk("order_id", "orders.order_id"),
    sa.Column("method", sa.String(16), nullable=False),  # tender | store_credit
    sa.Column("amount_cents", sa.Integer, nullable=False),
    sa.Column("currency", sa.String(3), nullable=False, server_default="GBP"),
    sa.Column("status", sa.String(16), nullable=False),  # pending | refunded | failed | issued
    sa.Column("payment_id", sa.String(40), nullable=True),  # the tender refunded to
    sa.Column("tender", sa.String(16), nullable=True),
    sa.Column("card_brand", sa.String(20), nullable=True),
    sa.Column("last_four", sa.String(4), nullable=True),
    sa.Column("voucher_id", sa.String(40), nullable=True),
    _ts("created_at"),
    _ts("updated_at"),
    sa.Index("ix_refunds_return", "return_id"),
    sa.Index("ix_refunds_status", "status", "created_at"),
)

#: Store credit: a code usable once, anywhere in the chain.
vouchers = sa.Table(
    "vouchers",
    metadata,
    _id("voucher_id", primary_key=True),
    sa.Column("voucher_code", sa.String(24), nullable=False, unique=True),
    _fk("customer_id", "customers.customer_id"),
    sa.Column("amount_cents", sa.Integer, nullable=False),
    sa.Column("currency", sa.String(3), nullable=False, server_default="GBP"),
    sa.Column("return_id", sa.String(40), nullable=True),
    sa.Column("issued_store_id", sa.String(40), nullable=False),
    _ts("issued_at"),
    _ts("redeemed_at", nullable=True),
    sa.Column("redeemed_store_id", sa.String(40), nullable=True),
    sa.Column("redeemed_receipt", sa.String(40), nullable=True),
    # a reward of the loyalty programme (issue 14): its reward, the points it cost (given back
    # when it is cancelled unused), until when it is good
    sa.Column("kind", sa.String(16), nullable=False, server_default="store_credit"),
    sa.Column("reward_id", sa.String(40), nullable=True),
    sa.Column("points_cost", sa.Integer, nullable=False, server_default="0"),
    _ts("expires_at", nullable=True),
    _ts("cancelled_at", nullable=True),
    sa.Index("ix_vouchers_customer", "customer_id"),
)

#: The rewards catalogue (issue 14): what points buy, published to every device.
rewards = sa.Table(
    "rewards",
    metadata,
    _id("reward_id", primary_key=True),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("points_price", sa.Integer, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),  # money_off | free_item | birthday
    sa.Column("value_cents", sa.Integer, nullable=False),
    sa.Column("valid_days", sa.Integer, nullable=False),
    sa.Column("min_tier", sa.String(16), nullable=False, server_default="bronze"),
    sa.Column("product_id", sa.String(40), nullable=True),
    sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    _ts("updated_at"),
)

#: Bonus points campaigns for a period (issue 14), published to every device.
campaigns = sa.Table(
    "campaigns",
    metadata,
    _id("campaign_id", primary_key=True),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("multiplier_pct", sa.Integer, nullable=False),  # 200: double points
    sa.Column("category", sa.String(60), nullable=True),  # None: every purchase
    _ts("starts_at"),
    _ts("ends_at"),
)

#: One-time codes sent to a customer's phone to prove they are present for a redemption
#: (issue 14): the service keeps a slow hash only; never synced.
presence_codes = sa.Table(
    "presence_codes",
    metadata,
    _id("code_id", primary_key=True),
    _fk("customer_id", "customers.customer_id"),
    sa.Column("store_id", sa.String(40), nullable=False),
    sa.Column("code_salt", sa.String(64), nullable=False),
    sa.Column("code_hash", sa.String(200), nullable=False),
    _ts("created_at"),
    _ts("expires_at"),
    _ts("used_at", nullable=True),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Index("ix_presence_codes_customer", "customer_id", "created_at"),
)

#: Damaged returned units: off the sales floor, to the store's write-off location.
write_offs = sa.Table(
    "write_offs",
    metadata,
    _id("write_off_id", primary_key=True),
    _fk("store_id", "stores.store_id"),
    _fk("product_id", "products.product_id"),
    sa.Column("qty", sa.Integer, nullable=False),
    sa.Column("location", sa.String(40), nullable=False),
    sa.Column("reason", sa.String(30), nullable=False),
    sa.Column("return_id", sa.String(40), nullable=True),
    _ts("created_at"),
    sa.Index("ix_write_offs_store", "store_id", "created_at"),
)

#: An exchange (issue 13; rules in store_contract/domain/exchanges.py): a return (its
#: ``return_id``) plus replacements, each from this store's shelf, a nearby store (collected
#: there) or sent home, on orders placed for the customer; the difference at catalogue prices
#: paid at the till (``due_cents``) or given back (``refund_cents``, the return's refund).
exchanges = sa.Table(
    "exchanges",
    metadata,
    _id("exchange_id", primary_key=True),
    _fk("return_id", "returns.return_id"),
    _fk("order_id", "orders.order_id"),  # the order the items came back from
    _fk("customer_id", "customers.customer_id"),
    _fk("store_id", "stores.store_id"),  # where it was made
    sa.Column("staff_id", sa.String(40), nullable=True),
    sa.Column("returned_cents", sa.Integer, nullable=False),
    sa.Column("replacement_cents", sa.Integer, nullable=False),
    sa.Column("due_cents", sa.Integer, nullable=False),
    sa.Column("refund_cents", sa.Integer, nullable=False),
    sa.Column("currency", sa.String(3), nullable=False, server_default="GBP"),
    sa.Column("mutation_id", sa.String(64), nullable=True),
    _ts("created_at"),
    sa.Index("ix_exchanges_order", "order_id"),
    sa.Index("ix_exchanges_store_time", "store_id", "created_at"),
)

exchange_lines = sa.Table(
    "exchange_lines",
    metadata,
    _id("exchange_line_id", primary_key=True),
    _fk("exchange_id", "exchanges.exchange_id"),
    _fk("product_id", "products.product_id"),
    sa.Column("qty", sa.Integer, nullable=False),
    sa.Column("unit_price_cents", sa.Integer, nullable=False),
    sa.Column("source", sa.String(10), nullable=False),  # here | collect | ship
    _fk("from_store_id", "stores.store_id"),
    _fk("new_order_id", "orders.order_id"),  # the order placed for the customer
    sa.Index("ix_exchange_lines_exchange", "exchange_id"),
)

interactions = sa.Table(
    "interactions",
    metadata,
    _id("interaction_id", primary_key=True),
    _fk("customer_id", "customers.customer_id"),
    sa.Column("kind", sa.String(16), nullable=False),  # chat | ticket | note
    sa.Column("channel", sa.String(16), nullable=False),
    sa.Column("subject", sa.String(200), nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("status", sa.String(16), nullable=True),  # open | closed (tickets, chats)
    _fk("staff_id", "staff.staff_id", nullable=True),
    _fk("store_id", "stores.store_id", nullable=True),
    _ts("created_at"),
    sa.Index("ix_interactions_customer_time", "customer_id", "created_at"),
)

notifications = sa.Table(
    "notifications",
    metadata,
    _id("notification_id", primary_key=True),
    _fk("customer_id", "customers.customer_id"),
    sa.Column("order_id", sa.String(40), sa.ForeignKey("orders.order_id"), nullable=True),
    sa.Column("channel", sa.String(16), nullable=False),  # email | sms | push
    sa.Column("template", sa.String(64), nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    _ts("sent_at"),
    sa.Index("ix_notifications_customer_time", "customer_id", "sent_at"),
)

#: A message as handed to the SMS / e-mail gateway, whole: when it carries a secret (a pickup
#: code, a voucher code, a one-time code) the synced ``notifications`` row shows it masked, so
#: no store device ever holds it. Never synced.
outbound_messages = sa.Table(
    "outbound_messages",
    metadata,
    _id("notification_id", primary_key=True),  # the notification it is the whole text of
    _fk("customer_id", "customers.customer_id"),
    sa.Column("channel", sa.String(16), nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    _ts("created_at"),
    sa.Index("ix_outbound_messages_customer", "customer_id", "created_at"),
)

# A customer of another store served here (found by a chain-wide search): from then on the
# customer's records are in this store's sync scope too.
customer_store_links = sa.Table(
    "customer_store_links",
    metadata,
    _fk("customer_id", "customers.customer_id"),
    _fk("store_id", "stores.store_id"),
    _ts("linked_at"),
    sa.PrimaryKeyConstraint("customer_id", "store_id"),
)

change_log = sa.Table(
    "change_log",
    metadata,
    # The server's monotonic change sequence: the sync cursor of the next issue.
    # (64-bit on PostgreSQL, BIGSERIAL; SQLite's INTEGER PRIMARY KEY is 64-bit already)
    sa.Column("seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True,
              autoincrement=True),
    sa.Column("store_id", sa.String(40), nullable=False),  # a store id, or "*" for chain-wide
    sa.Column("entity", sa.String(40), nullable=False),
    sa.Column("entity_id", sa.String(80), nullable=False),
    sa.Column("op", sa.String(8), nullable=False),  # upsert | delete
    sa.Index("ix_change_log_store_seq", "store_id", "seq"),
    sa.Index("ux_change_log_entity", "store_id", "entity", "entity_id", unique=True),
    sqlite_autoincrement=True,  # never reuse a sequence number, even after deletes
)


def create_schema(engine: sa.Engine) -> None:
    """Create every table and index that does not exist yet, and add the columns a newer
    version added to a table that does (a database written by an older version)."""
    metadata.create_all(engine)
    add_missing_columns(engine)


def add_missing_columns(engine: sa.Engine) -> list[str]:
    """``ALTER TABLE … ADD COLUMN`` for each column of the schema a table lacks; returns
    ``table.column`` of each added. A new column must be nullable or have a server default
    (an older version's rows need a value): any other is refused, not half-added."""
    inspector = sa.inspect(engine)
    present = set(inspector.get_table_names())
    added = []
    with engine.begin() as conn:
        for table in metadata.sorted_tables:
            if table.name not in present:
                continue
            have = {c["name"] for c in inspector.get_columns(table.name)}
            for column in table.columns:
                if column.name in have:
                    continue
                if not column.nullable and column.server_default is None:
                    raise RuntimeError(
                        f"{table.name}.{column.name} is new and NOT NULL without a default: "
                        "an older database cannot take it; give it a server default")
                ddl = f"{column.name} {column.type.compile(dialect=engine.dialect)}"
                if column.server_default is not None:
                    arg = column.server_default.arg
                    value = ("'" + arg.replace("'", "''") + "'") if isinstance(arg, str) \
                        else str(getattr(arg, "text", arg))
                    ddl += f" DEFAULT {value}" + ("" if column.nullable else " NOT NULL")
                conn.execute(sa.text(f'ALTER TABLE "{table.name}" ADD COLUMN {ddl}'))
                added.append(f"{table.name}.{column.name}")
        # an index a newer version declares on a table an older one made (create_all skips it)
        for table in metadata.sorted_tables:
            if table.name in present:
                for index in table.indexes:
                    index.create(conn, checkfirst=True)
    if added:
        log.info("added the columns of a newer version: %s", ", ".join(added))
    return added


def is_empty(conn: sa.Connection) -> bool:
    """True when no store exists yet: the database has never been seeded."""
    return conn.execute(sa.select(sa.func.count()).select_from(stores)).scalar_one() == 0

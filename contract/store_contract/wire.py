"""The wire contract between the app and the central API: one definition, used by both sides.

Pydantic models only; no HTTP, Qt or SQL here. The central service (``central_api``) builds its
responses from these models and the client (``associate_app.api``) parses responses into them,
so a change to the contract is a change in one place. The served ``/openapi.json`` documents it.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from store_contract.domain import permissions

#: Bumped when the client and server can no longer talk to each other. The server reports it at
#: ``/healthz`` and the client refuses to sync with a clear message when it differs.
#: 2: a handover carries its pickup code or manager PIN sealed (``sealed_code``,
#: ``sealed_manager_pin``; see ``store_contract.sealing``), never in clear.
API_VERSION = 2


Role = permissions.Role  # one definition, with the permission table (domain/permissions.py)


class Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Health(Wire):
    status: str = "ok"
    service: str = "central-api"
    api_version: int = API_VERSION


class ErrorBody(Wire):
    """Every error response: ``detail`` is a sentence a person can read (in English); ``text``,
    when the service wrote the sentence from a template, is that template and its values (see
    ``store_contract.domain.text``), for the app to show it in the person's language."""

    detail: str
    text: dict[str, object] | None = None


class StoreOut(Wire):
    store_id: str
    name: str
    city: str
    address: str
    latitude: float
    longitude: float
    timezone: str = "Europe/London"


class EnrolRequest(Wire):
    enrolment_code: str = Field(min_length=1, max_length=64)
    device_name: str = Field(default="counter tablet", min_length=1, max_length=100)


class EnrolResponse(Wire):
    device_id: str
    #: Shown once; the client keeps it in the OS keychain, the server keeps only a hash.
    device_secret: str
    store: StoreOut


class SignInRequest(Wire):
    device_id: str = Field(min_length=1, max_length=64)
    device_secret: str = Field(min_length=1, max_length=256)
    staff_id: str = Field(min_length=1, max_length=32)
    pin: str = Field(min_length=4, max_length=12, pattern=r"^[0-9]+$")


class StaffOut(Wire):
    staff_id: str
    name: str
    role: Role
    store_id: str


class SessionOut(Wire):
    access_token: str
    token_type: str = "bearer"
    expires_at: datetime
    staff: StaffOut
    store: StoreOut


class DemoCredentials:
    """What ``central-api --seed-demo`` creates for the demo store: the quick start signs in with
    these. Not secrets: they exist only in a seeded demo database."""

    STORE_ID = "S001"
    ENROLMENT_CODE = "DEMO-S001"
    ASSOCIATE_ID = "A1001"
    ASSOCIATE_PIN = "1234"
    MANAGER_ID = "M1001"
    MANAGER_PIN = "9999"
    SUPPORT_ID = "H1001"  # read-only help desk (role "support")
    SUPPORT_PIN = "5555"

    @staticmethod
    def enrolment_code(store_id: str) -> str:
        return f"DEMO-{store_id}"


# -- central API read models (appended with the reference service, issue 2) -------------------
# Paged lists answer ``{"items": [...], "limit": L, "offset": O, "next_offset": N | null}``;
# ``next_offset`` is null on the last page, so a client pages without counting whole tables.

#: The largest ``offset`` a paged list accepts: far beyond any store's rows, far below the
#: 64-bit integers the databases hold (a larger one is refused with a sentence, not a crash).
MAX_OFFSET = 1_000_000_000


class Channel(StrEnum):
    ONLINE = "online"
    IN_STORE = "in_store"
    CLICK_AND_COLLECT = "click_and_collect"


class OrderStatus(StrEnum):
    # click-and-collect
    NEW = "new"
    PICKING = "picking"
    READY_FOR_PICKUP = "ready_for_pickup"
    COLLECTED = "collected"
    EXPIRED = "expired"
    RETURNED_TO_STOCK = "returned_to_stock"
    # online ship-to-home
    PLACED = "placed"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    # in-store
    COMPLETED = "completed"
    RETURNED = "returned"
    # any channel
    CANCELLED = "cancelled"


class LoyaltyTier(StrEnum):
    BRONZE = "bronze"
    SILVER = "silver"
    GOLD = "gold"
    PLATINUM = "platinum"


class MeOut(Wire):
    staff: StaffOut
    store: StoreOut
    expires_at: datetime


class ProductOut(Wire):
    product_id: str
    sku: str
    ean13: str
    name: str
    brand: str
    category: str
    price_cents: int
    currency: str = "GBP"
    image_url: str | None = None
    allows_substitution: bool = True


class ProductPage(Wire):
    items: list[ProductOut]
    limit: int
    offset: int
    next_offset: int | None = None


class InventoryOut(Wire):
    store_id: str
    product_id: str
    sku: str
    ean13: str
    name: str
    on_hand: int
    reserved: int
    #: ``on_hand - reserved``, never below zero.
    available: int


class InventoryPage(Wire):
    items: list[InventoryOut]
    limit: int
    offset: int
    next_offset: int | None = None


class NearbyAvailability(Wire):
    store: StoreOut
    distance_km: float
    on_hand: int
    reserved: int
    available: int


class NearbyOut(Wire):
    """Where else a product can be found: the other stores of the chain, nearest first."""

    product_id: str
    from_store_id: str
    stores: list[NearbyAvailability]


class CustomerSummary(Wire):
    customer_id: str
    first_name: str
    last_name: str
    email: str
    phone_e164: str
    preferred_store_id: str | None = None
    preferred_channel: str
    marketing_consent: bool
    loyalty_card_number: str | None = None
    loyalty_tier: LoyaltyTier | None = None


class CustomerPage(Wire):
    items: list[CustomerSummary]
    limit: int
    offset: int
    next_offset: int | None = None


class CustomerOut(Wire):
    customer_id: str
    first_name: str
    last_name: str
    email: str
    phone_e164: str
    marketing_consent: bool
    consent_updated_at: datetime | None = None
    preferred_store_id: str | None = None
    preferred_channel: str
    created_at: datetime
    updated_at: datetime


class LedgerEntryOut(Wire):
    entry_id: str
    store_id: str | None = None
    delta: int
    reason: str
    order_id: str | None = None
    created_at: datetime


class LoyaltyAccountOut(Wire):
    card_number: str
    tier: LoyaltyTier
    points_balance: int
    member_since: datetime
    #: Most recent first; the 360 view carries the latest entries, not the whole history.
    recent_ledger: list[LedgerEntryOut] = []


class WishlistItemOut(Wire):
    item_id: str
    product: ProductOut
    channel: str
    added_at: datetime


class CartLineOut(Wire):
    line_id: str
    product: ProductOut
    qty: int
    unit_price_cents: int


class CartOut(Wire):
    cart_id: str
    channel: str
    status: str
    updated_at: datetime
    lines: list[CartLineOut]


class OrderLineOut(Wire):
    line_id: str
    product_id: str
    product_name: str
    ean13: str
    qty_ordered: int
    qty_picked: int = 0
    qty_short: int = 0
    short_reason: str | None = None
    substitute_product_id: str | None = None
    unit_price_cents: int


class OrderOut(Wire):
    order_id: str
    order_number: str
    customer_id: str
    channel: Channel
    store_id: str | None = None
    status: OrderStatus
    placed_at: datetime
    promised_at: datetime | None = None
    pickup_expires_at: datetime | None = None
    total_cents: int
    allow_substitutions: bool
    staging_location: str | None = None
    #: True when the order carries a pickup code (the code itself never travels).
    has_pickup_code: bool = False
    updated_at: datetime
    lines: list[OrderLineOut]


class OrderPage(Wire):
    items: list[OrderOut]
    limit: int
    offset: int
    next_offset: int | None = None


class InteractionOut(Wire):
    interaction_id: str
    kind: str
    channel: str
    subject: str
    body: str
    status: str | None = None
    staff_id: str | None = None
    store_id: str | None = None
    created_at: datetime


class NotificationOut(Wire):
    notification_id: str
    order_id: str | None = None
    channel: str
    template: str
    body: str
    sent_at: datetime


class Customer360(Wire):
    """Everything an associate sees about one customer, from every channel."""

    customer: CustomerOut
    loyalty: LoyaltyAccountOut | None = None
    wishlist: list[WishlistItemOut]
    carts: list[CartOut]
    orders: list[OrderOut]
    interactions: list[InteractionOut]
    notifications: list[NotificationOut]


class ChainCustomerHit(Wire):
    """A customer of any store, as a chain-wide search shows them: enough to recognise the
    person, not enough to copy their contact details."""

    customer_id: str
    first_name: str
    last_name: str
    email_masked: str
    phone_masked: str
    home_store_id: str | None = None
    home_store_name: str | None = None
    card_last4: str | None = None
    tier: LoyaltyTier | None = None


class ChainSearchResult(Wire):
    items: list[ChainCustomerHit]
    truncated: bool  # more matched than were returned: ask for more detail


class LinkResult(Wire):
    customer_id: str
    store_id: str
    changes_recorded: int


# -- order detail, any channel (issue 13) ---------------------------------------------------------


class OrderDetailLine(Wire):
    line_id: str
    product_id: str
    product_name: str
    ean13: str | None = None
    qty_ordered: int
    qty_picked: int = 0
    qty_short: int = 0
    #: units handed to (or delivered to) the customer, and units they brought back
    qty_collected: int = 0
    qty_returned: int = 0
    short_reason: str | None = None
    substitute_product_id: str | None = None
    substitute_name: str | None = None
    unit_price_cents: int
    #: off the line's price (qty × unit price), already off the order's total
    discount_cents: int = 0
    points_earned: int = 0
    #: units the customer declined at the pickup counter (refunded to the tender), and a line
    #: taken from the shelf at handover (to pay at the till); absent from older servers
    qty_declined: int = 0
    add_on: bool = False


class OrderPayment(Wire):
    """How an order was paid, as the chain's payment service recorded it (this app takes no
    payments): the tender and, for a card or gift card, its last four digits only."""

    tender: str  # card | cash | gift_card | paypal
    card_brand: str | None = None
    last_four: str | None = None
    amount_cents: int
    paid_at: datetime


class OrderEvent(Wire):
    """One step of an order's history: placed, picked, ready, shipped, delivered, collected,
    returned, cancelled…"""

    status: str
    at: datetime
    store_id: str | None = None
    note: str | None = None


class OrderShipment(Wire):
    """A web order's parcel: who carries it, its tracking number and where it was last seen."""

    carrier: str
    tracking_number: str
    shipped_at: datetime
    promised_at: datetime | None = None
    delivered_at: datetime | None = None
    latest_event: str | None = None
    latest_event_at: datetime | None = None


class OrderDetail(Wire):
    """Everything the counter needs to answer "where is my order?", for an order of any channel
    and any store of the chain. The contact details of a customer who is not in the asking
    store's data come masked (``contact_masked``), as a chain-wide search shows them."""

    order_id: str
    order_number: str
    receipt_number: str | None = None
    channel: Channel
    status: OrderStatus
    store_id: str | None = None  # null: shipped to the customer's home
    store_name: str | None = None
    placed_at: datetime
    promised_at: datetime | None = None
    pickup_expires_at: datetime | None = None
    updated_at: datetime | None = None
    total_cents: int
    currency: str = "GBP"
    customer_id: str
    customer_name: str
    customer_email: str | None = None
    customer_phone: str | None = None
    contact_masked: bool = False
    lines: list[OrderDetailLine]
    payments: list[OrderPayment] = []
    events: list[OrderEvent] = []
    shipments: list[OrderShipment] = []

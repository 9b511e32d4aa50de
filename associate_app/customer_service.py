"""What the Customers screen can do, as plain async operations (no Qt): search, open a
customer, and the changes staff make at the counter — all through the local store and outbox.
"""

from __future__ import annotations

from associate_app.api import errors
from associate_app.cache import customer_360, customer_contacts, customer_search, products
from associate_app.cache.customer_360 import Customer360, OrderLine
from associate_app.cache.customer_contacts import Duplicate
from associate_app.cache.customer_search import CustomerHit
from associate_app.cache.products import ProductHit
from associate_app.screen_service import ScreenService
from store_contract import payloads
from store_contract.domain.contact import normalise_email, normalise_phone
from store_contract.domain.errors import InvalidInput
from store_contract.domain.money import parse_pence
from store_contract.domain.mutation_types import new_temp_id
from store_contract.domain.text import QT_TRANSLATE_NOOP, text
from store_contract.wire_security import LINK_REASON_MAX, LINK_REASON_MIN


class CustomerService(ScreenService):
    @property
    def store_id(self) -> str | None:  # type: ignore[override]
        return self.context.store_id

    async def search(self, text: str) -> list[CustomerHit]:
        store_id = self.store_id
        return await self._read(lambda c: customer_search.search(c, text, store_id=store_id))

    async def by_card(self, card_number: str) -> str | None:
        return await self._read(lambda c: customer_search.by_card(c, card_number))

    async def load(self, customer_id: str) -> Customer360 | None:
        store_id = self.store_id
        return await self._read(lambda c: customer_360.load(c, customer_id, store_id))

    async def resolve_id(self, temp_id: str) -> str | None:
        """The server id a record made here was given, once its change has synced."""
        assert self.context.store is not None
        return await self.context.store.resolve_id(temp_id)

    async def order_lines(self, order_id: str) -> list[OrderLine]:
        return await self._read(lambda c: customer_360.order_lines(c, order_id))

    async def find_products(self, text: str) -> list[ProductHit]:
        store_id = self.store_id
        return await self._read(lambda c: products.find(c, text, store_id))

    # -- the whole chain (needs the connection) ---------------------------------------------

    async def chain_search(self, text: str) -> list[CustomerHit]:
        """Customers of every store, from the central service (contact details masked)."""
        client, store_id = self.context.client, self.store_id
        if client is None or store_id is None:
            raise errors.Unreachable(text(QT_TRANSLATE_NOOP(
                "Messages", "Not connected to the central service.")))
        result = await client.search_chain(store_id, text)
        return [
            CustomerHit(
                customer_id=h.customer_id, first_name=h.first_name, last_name=h.last_name,
                email=h.email_masked, phone_e164=h.phone_masked,
                card_number=("0" * 12 + h.card_last4) if h.card_last4 else None,
                tier=h.tier.value if h.tier else None, match="chain", score=0.0,
                last_seen_here=None, pending=False, home_store=h.home_store_name,
                masked=True)
            for h in result.items
        ]

    async def bring_here(self, customer_id: str, reason: str, card_number: str = "") -> bool:
        """Link a customer of another store to this one, saying why (and with their card when
        they are at the counter), and pull their records; True when they are in this store's
        data afterwards. Without the card only a manager may."""
        client, store_id = self.context.client, self.store_id
        if client is None or store_id is None:
            raise errors.Unreachable(text(QT_TRANSLATE_NOOP(
                "Messages", "Not connected to the central service.")))
        reason = " ".join(reason.split())
        if len(reason) < LINK_REASON_MIN:
            raise InvalidInput("reason", text(QT_TRANSLATE_NOOP(
                "Messages", "Say why this customer is served here (a few words).")))
        card = "".join(ch for ch in card_number if ch.isdigit())
        await client.link_customer(store_id, customer_id, reason[:LINK_REASON_MAX], card or None)
        await self.context.sync_now()
        return await self.load(customer_id) is not None

    # -- changes ------------------------------------------------------------------------------

    async def add_note(self, customer_id: str, body: str) -> None:
        await self.context.record(payloads.NoteAdd(
            interaction_id=new_temp_id(), customer_id=customer_id, body=body))

    async def set_consent(self, customer_id: str, consent: bool) -> None:
        await self.context.record(payloads.CustomerSetConsent(
            customer_id=customer_id, marketing_consent=consent))

    async def add_to_wishlist(self, customer_id: str, product_text: str) -> ProductHit:
        hits = await self.find_products(product_text)
        if not hits:
            raise InvalidInput("product", text(QT_TRANSLATE_NOOP(
                "Messages", "No product matches “{typed}”. Scan its barcode or type part of its "
                "name."), typed=product_text.strip()))
        if len(hits) > 1:
            names = ", ".join(h.name for h in hits[:3])
            raise InvalidInput("product", text(QT_TRANSLATE_NOOP(
                "Messages", "More than one product matches ({names}…). Scan the barcode or "
                "type more of the name."), names=names))
        await self.context.record(payloads.WishlistAdd(
            item_id=new_temp_id(), customer_id=customer_id, product_id=hits[0].product_id))
        return hits[0]

    async def earn(self, customer_id: str, amount_text: str, receipt: str, *,
                   currency: str | None = None, symbol: str | None = None) -> None:
        """Points for a purchase of ``amount_text`` in ``currency`` (as the screen writes it:
        ``symbol``)."""
        amount = parse_pence(amount_text, "amount", currency=currency, symbol=symbol)
        await self.context.record(payloads.LoyaltyEarn(
            customer_id=customer_id, amount_cents=amount, receipt=receipt))

    async def duplicates(self, email: str, phone: str) -> list[Duplicate]:
        """Customers in this store's data with the same email or phone (checked as typed)."""
        return await self._read(lambda c: customer_contacts.with_same_contact(c, email, phone))

    async def enrol(self, first_name: str, last_name: str, email: str, phone: str,
                    consent: bool, *, shared_phone_ok: bool = False) -> str:
        """Enrol a customer at the counter; returns the (temporary) id. A duplicate email is
        refused (open that customer instead); a shared phone needs ``shared_phone_ok``."""
        email_n = normalise_email(email)
        phone_n = normalise_phone(phone)
        for dup in await self.duplicates(email_n, phone_n):
            if dup.same == "email":
                raise InvalidInput("email", text(QT_TRANSLATE_NOOP(
                    "Messages", "{name} already has this email. Open that customer instead of "
                    "enrolling again."), name=dup.name))
            if not shared_phone_ok:
                raise InvalidInput("phone", text(QT_TRANSLATE_NOOP(
                    "Messages", "{name} already has this phone number. If they share it, press "
                    "Enrol again to confirm."), name=dup.name))
        customer_id = new_temp_id()
        await self.context.record(payloads.CustomerEnrol(
            customer_id=customer_id, first_name=first_name, last_name=last_name,
            email=email_n, phone_e164=phone_n, marketing_consent=consent))
        return customer_id

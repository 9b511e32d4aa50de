"""What the screens can do with the loyalty programme (issue 14), as plain async operations (no
Qt): a customer's standing in the programme (tier and progress, points about to expire, their
vouchers, the rewards they can have), a reward redeemed with the customer present (their card
scanned, or a code sent to their phone), a voucher cancelled, a card given at the counter. The
rules are ``domain/loyalty.py``'s, checked here before anything is queued and again by the
service."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from associate_app.cache import loyalty as cached
from associate_app.cache.local_store import Recorded
from associate_app.cache.loyalty import AccountFacts, VoucherRow
from associate_app.screen_service import ScreenService
from store_contract import payloads
from store_contract.domain import loyalty as rules
from store_contract.domain import permissions
from store_contract.domain.barcodes import is_valid_luhn, luhn_check_digit
from store_contract.domain.errors import InvalidInput
from store_contract.domain.mutation_types import MutationType, new_temp_id
from store_contract.domain.text import QT_TRANSLATE_NOOP, text
from store_contract.wire_loyalty import PresenceCodeOut

#: the digital card numbers a device makes (the service keeps one if free, else gives its own)
DIGITAL_PREFIX = "633598"


@dataclass(frozen=True)
class RewardChoice:
    reward: rules.Reward
    refusal: rules.Refusal | None  # why the customer cannot have it now (None: they can)


@dataclass(frozen=True)
class Standing:
    """A customer's standing in the programme, as facts."""

    account: AccountFacts
    progress: rules.Progress
    expiring: rules.Expiring | None  # the next points to expire (within 90 days)
    expired_now: int  # points past their date the service takes off at the next change
    earn_rate: float  # points per whole unit of the currency, at their tier
    perks: tuple[str, ...]
    vouchers: tuple[VoucherRow, ...]
    rewards: tuple[RewardChoice, ...]
    campaigns: tuple[rules.Campaign, ...]  # running now


class LoyaltyService(ScreenService):

    async def standing(self, customer_id: str) -> Standing | None:
        """The customer's standing, or None without a loyalty account."""
        now = self.clock()

        def read(conn):
            account = cached.account(conn, customer_id)
            if account is None:
                return None
            return account, cached.vouchers_of(conn, customer_id), cached.rewards(conn), \
                cached.campaigns(conn)

        found = await self._read(read)
        if found is None:
            return None
        account, vouchers, catalogue, campaigns = found
        return standing_of(account, vouchers, catalogue, campaigns, now)

    # -- rewards --------------------------------------------------------------------------------

    async def send_code(self, customer_id: str) -> PresenceCodeOut:
        """A one-time code sent to the customer's phone (needs the connection)."""
        client = self.context.client
        if client is None:
            raise InvalidInput("code", text(QT_TRANSLATE_NOOP(
                "Messages", "Sending a code needs the connection to the central service. Scan "
                "the customer's card instead.")))
        return await client.send_presence_code(self.store_id, customer_id)

    async def redeem(self, customer_id: str, reward_id: str, *, card: str = "",
                     code: str = "", manager_id: str = "", manager_pin: str = "") -> Recorded:
        """Queue a reward for the customer's points, with the customer present: ``card`` (their
        card scanned) or ``code`` (read from their phone). Refused with :class:`InvalidInput`
        (nothing queued) when the card is not theirs, nothing proves they are here, or the
        reward is not theirs to have."""
        current = await self.standing(customer_id)
        if current is None:
            raise InvalidInput("reward", text(QT_TRANSLATE_NOOP(
                "Messages", "This customer has no loyalty card yet: give them one first.")))
        choice = next((x for x in current.rewards if x.reward.reward_id == reward_id), None)
        if choice is None or choice.refusal is not None:
            raise InvalidInput("reward", rules.refusal_sentence(
                choice.refusal if choice else rules.Refusal.UNKNOWN,
                choice.reward if choice else None, current.account.balance))
        card = "".join(card.split())
        code = "".join(code.split())
        if card and card != current.account.card_number:
            raise InvalidInput("card", text(QT_TRANSLATE_NOOP(
                "Messages", "The card scanned is not this customer's loyalty card. Scan their "
                "own card, or send a code to their phone.")))
        if code and not (code.isdigit() and len(code) == 6):
            raise InvalidInput("code", text(QT_TRANSLATE_NOOP(
                "Messages", "The code sent to the customer's phone is 6 digits.")))
        if not (card or code):
            raise InvalidInput("card", text(QT_TRANSLATE_NOOP(
                "Messages", "Points can only be used with the customer here: scan their card, "
                "or send a code to their phone and type it.")))
        # a large redemption (with what this store moved for them today) needs a manager
        since = (self.clock() - timedelta(days=1)).isoformat()
        store_id = self.store_id
        today = await self._read(lambda c: cached.points_moved_today(c, customer_id, store_id,
                                                                    since))
        manager_id = manager_id.strip().upper()
        large = permissions.Permission.LARGE_POINTS in permissions.required(
            MutationType.LOYALTY_REDEEM_REWARD, {}, points_today=today,
            points=choice.reward.points_price)
        role = self.context.sessions.current.staff.role if self.context.sessions is not None \
            and self.context.sessions.current is not None else permissions.Role.ASSOCIATE
        if large and not permissions.can(role, permissions.Permission.LARGE_POINTS):
            if not manager_id:
                raise InvalidInput("manager", text(QT_TRANSLATE_NOOP(
                    "Messages", "That is a large redemption for one day: a manager types their "
                    "id (or scans their badge) and PIN to approve it.")))
            await self.check_manager(manager_id, manager_pin)
        else:
            manager_id = ""
        return await self.context.record(payloads.LoyaltyRedeemReward(
            customer_id=customer_id, reward_id=reward_id, voucher_id=new_temp_id(),
            card_number=card or None, presence_code=None if card else code,
            manager_id=manager_id or None, manager_pin=manager_pin if manager_id else None))

    async def cancel(self, customer_id: str, voucher_id: str) -> Recorded:
        return await self.context.record(payloads.LoyaltyCancelVoucher(
            customer_id=customer_id, voucher_id=voucher_id))

    # -- a card ---------------------------------------------------------------------------------

    async def give_card(self, customer_id: str, kind: str, number: str,
                        consent: bool) -> str:
        """Give the customer a card: a physical one scanned (``number``), or a digital number
        made here (the service keeps it if free). Its number."""
        if not consent:
            raise InvalidInput("consent", text(QT_TRANSLATE_NOOP(
                "Messages", "The customer must agree to the programme's terms to get a card.")))
        if kind == payloads.CardKind.PHYSICAL:
            number = "".join(number.split())
            if not (len(number) == 16 and is_valid_luhn(number)):
                raise InvalidInput("card", text(QT_TRANSLATE_NOOP(
                    "Messages", "That card number does not check out: scan the card again "
                    "(16 digits on its back).")))
            if await self._read(lambda c: cached.card_taken(c, number)):
                raise InvalidInput("card", text(QT_TRANSLATE_NOOP(
                    "Messages", "That card already belongs to another customer. Give this "
                    "customer a new card from the pack.")))
        else:
            body = DIGITAL_PREFIX + f"{secrets.randbelow(10**9):09d}"
            number = body + luhn_check_digit(body)
        await self.context.record(payloads.LoyaltyEnrolCard(
            customer_id=customer_id, card_kind=kind, card_number=number,
            programme_consent=consent))
        return number


def standing_of(account: AccountFacts, vouchers: list[VoucherRow],
                catalogue: list[rules.Reward], campaigns: list[rules.Campaign],
                now: datetime) -> Standing:
    expired_now = rules.expired(account.lots, now)
    available = account.balance - expired_now
    tier = rules.RULES[rules.Tier(account.tier) if account.tier in rules.EARN_RATE
                       else rules.Tier.BRONZE]
    return Standing(
        account=account,
        progress=rules.progress(account.tier, account.qualifying_spend_cents),
        expiring=rules.expiring(account.lots, now),
        expired_now=expired_now,
        earn_rate=tier.earn_rate,
        perks=tier.perks,
        vouchers=tuple(vouchers),
        rewards=tuple(RewardChoice(r, rules.check_reward(r, account.tier, available))
                      for r in catalogue),
        campaigns=tuple(c for c in campaigns if c.starts_at <= now < c.ends_at))

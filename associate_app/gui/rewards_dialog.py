"""Rewards for a customer's points (issue 14): the catalogue with what each costs and whether this
customer can have it (and why not), and the proof that the customer is here — their card
scanned (a card scan anywhere fills it while this is open) or a code sent to their phone and
read out. Redeeming goes through :class:`LoyaltyService`; no rules or SQL here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from associate_app.api import errors
from associate_app.gui.async_tools import spawn
from associate_app.gui.fields_dialog import Field, FieldsDialog
from associate_app.gui.formatting import money, number, time_text
from associate_app.gui.messages import localized
from associate_app.loyalty_service import LoyaltyService, Standing
from store_contract.domain import loyalty as rules
from store_contract.domain.errors import InvalidInput


def reward_words(choice, currency: str | None, balance: int) -> str:
    reward = choice.reward
    translate = QCoreApplication.translate
    points = translate("RewardsDialog", "%s points") % number(reward.points_price)
    words = f"{reward.name} — {points}"
    if reward.kind == rules.RewardKind.MONEY_OFF:
        words += f" · {money(reward.value_cents, currency)}"
    words += " · " + translate("RewardsDialog", "%1 days").replace("%1", number(reward.valid_days))
    if choice.refusal is rules.Refusal.TIER:
        words += f" · {reward.min_tier.title()}+"
    elif choice.refusal is rules.Refusal.BALANCE:
        words += " · " + translate("RewardsDialog", "%s more points needed") % number(
            reward.points_price - balance)
    return words


class RewardsDialog(FieldsDialog):
    """``take_card(number)``: a card scanned while this is open."""

    def __init__(self, loyalty: LoyaltyService, customer_id: str, first_name: str,
                 standing: Standing, currency: str | None, parent: QWidget | None = None) -> None:
        self.loyalty = loyalty
        self.customer_id = customer_id
        balance = standing.account.balance - standing.expired_now
        choices = [c for c in standing.rewards if c.refusal is None] + \
                  [c for c in standing.rewards if c.refusal is not None]
        super().__init__(
            "rewardsDialog", self.tr("Rewards for %s") % first_name,
            self.tr("%1 has %2 points (%3). Points are used only with the customer here: scan "
                    "their card, or send a code to their phone and type what they read out. "
                    "The reward is a code usable once, online or in store.")
            .replace("%1", first_name).replace("%2", number(balance))
            .replace("%3", standing.account.tier.title()),
            [Field("reward", self.tr("Reward"), "choice",
                   value=choices[0].reward.reward_id if choices else None,
                   choices=tuple((c.reward.reward_id, reward_words(c, currency, balance))
                                 for c in choices)),
             Field("card", self.tr("Their card"), placeholder=self.tr("scan the customer's card")),
             Field("code", self.tr("Or the code"),
                   placeholder=self.tr("6 digits sent to their phone")),
             Field("manager", self.tr("Manager"),
                   placeholder=self.tr("large redemptions only: id or badge")),
             Field("pin", self.tr("Manager PIN"), placeholder=self.tr("large redemptions only"))],
            self.tr("Redeem"), self._redeem, parent)
        self.setMinimumWidth(760)  # a reward's words whole: name, points, value, validity
        row = QHBoxLayout()
        row.addStretch(1)
        self.send = QPushButton(self.tr("Send a code to their phone"),
                                objectName="sendCodeButton")
        self.send.setAccessibleName(self.tr("Send a one-time code to the customer's phone"))
        self.send.setMinimumHeight(44)
        self.send.setAutoDefault(False)
        self.send.clicked.connect(lambda: spawn(self.send_code(), name="send-code"))
        row.addWidget(self.send)
        self.layout().insertLayout(self.layout().count() - 2, row)
        self.inputs["pin"].setEchoMode(QLineEdit.EchoMode.Password)
        self.inputs["card"].setFocus()

    def take_badge(self, staff_id: str) -> None:
        self.inputs["manager"].setText(staff_id)
        self.inputs["pin"].setFocus()

    def take_card(self, number: str) -> None:
        self.inputs["card"].setText(number)
        self.ok.setFocus()

    async def send_code(self) -> None:
        self.send.setEnabled(False)
        try:
            sent = await self.loyalty.send_code(self.customer_id)
        except (InvalidInput, errors.ApiError) as exc:
            self.mark("code", localized(exc))
            self.send.setEnabled(True)
            return
        self.mark(None, self.tr("Code sent by text message; it is good until %s. Ask the "
                                "customer to read it out.") % time_text(sent.expires_at))
        self.inputs["code"].setFocus()
        self.send.setEnabled(True)

    async def _redeem(self, values) -> None:
        await self.loyalty.redeem(self.customer_id, values["reward"] or "",
                                  card=values["card"], code=values["code"],
                                  manager_id=values["manager"], manager_pin=values["pin"])

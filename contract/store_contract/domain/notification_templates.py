"""The names of the messages an order sends its customer (``notifications.template``).

One definition for the central service (which sends them), the demo seed (which invents past
ones) and the app (whose dashboard reads an order's history from them): the "ready" message's
time is when the order became ready, the "collected" one's when it was handed over.
"""

from __future__ import annotations

ORDER_CONFIRMATION = "order_confirmation"
ORDER_DISPATCHED = "order_dispatched"
ORDER_READY = "order_ready"
ORDER_COLLECTED = "collected"
ORDER_REFUND = "order_refund"
ORDER_CANCELLED = "order_cancelled"
#: the loyalty programme (issue 14): a one-time code to prove the customer is present, and a
#: reward's voucher code
LOYALTY_CODE = "loyalty_code"
LOYALTY_REWARD = "loyalty_reward"

#: The ready message under every name it has had: demo databases seeded before the names were
#: unified called it "ready_for_pickup" (the service itself always sent "order_ready").
READY_TEMPLATES = (ORDER_READY, "ready_for_pickup")

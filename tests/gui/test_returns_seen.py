"""A return made at the counter shows where staff look for it (issue 13): on the customer's
timeline at once, waiting to sync while offline, then with its refund's state once the real
central service has it; and in the Dashboard's returns figures for the period."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from associate_app.returns_service import ReturnsService
from store_contract import payloads
from store_contract.domain.mutation_types import new_temp_id
from tests.conftest import wait_until

ORDER = "POS-900003"  # S001, in store, paid cash, 1 day ago (seed_returns.py)


def timeline_texts(view) -> list[str]:
    m = view.timeline_model
    return [m.item(i).text() for i in range(m.rowCount())]


def value(window, name: str) -> str:
    return window.findChild(QLabel, f"{name}Value").text()


def test_a_return_shows_on_the_customers_timeline_and_in_the_dashboard(counter, qtbot, qloop):
    controller, network, _ = counter
    window, customers, dashboard = controller.window, controller.customers, controller.dashboard
    returns = ReturnsService(controller.services)

    async def story():
        # the dashboard before: this week's figures
        window.show_page("dashboard")
        qtbot.mouseClick(window.findChild(type(dashboard.period_buttons.buttons()[0]),
                                          "dashboardPeriod7"), Qt.MouseButton.LeftButton)
        await wait_until(lambda: dashboard.dashboard is not None and dashboard.dashboard
                         .period.key == "7d", message="dashboard, 7 days")
        before = dashboard.dashboard.returns

        network.offline = True
        order = await returns.load(await returns.find(ORDER))
        line = order.sold.lines[0]
        refund = line.refund_for(1)
        await returns.record(payloads.OrderReturn(
            order_id=order.sold.order_id, return_id=new_temp_id(), refund_method="tender",
            lines=[{"line_id": line.line_id, "qty": 1, "reason": "wrong_size",
                    "condition": "resellable"}]))

        # on the customer's timeline at once, waiting to sync
        await customers.open_customer(order.customer_id)
        view = customers.view
        mine = [t for t in timeline_texts(view) if f"Return of order {ORDER}" in t]
        assert len(mine) == 1, timeline_texts(view)
        assert "1 item · £" in mine[0] and "to the original payment" in mine[0]
        assert "(waiting to sync)" in mine[0]
        assert any(e.kind == "return" and e.total_cents == refund and e.pending
                   for e in view.customer.timeline)

        # in the dashboard's returns for the period, with its reason and value
        window.show_page("dashboard")  # (read again when shown)
        await wait_until(lambda: dashboard.dashboard.returns.returns == before.returns + 1,
                         message=lambda: f"the return counted: {dashboard.dashboard.returns}")
        after = dashboard.dashboard.returns
        assert after.refunded_cents == before.refunded_cents + refund
        assert dict(after.top_reasons).get("wrong_size", 0) >= 1
        assert value(window, "kpiReturns") == str(after.returns)
        assert value(window, "kpiRefunded").startswith("£")
        assert value(window, "kpiReturnsRate").endswith("%")
        reasons = window.findChild(QLabel, "kpiTopReasonsValue").parent()
        assert "Wrong size" in reasons.caption.text()
        if os.environ.get("STORE_ASSOCIATE_SHOTS"):  # the returns tiles, for a look
            reasons.parent().grab().save(
                os.path.join(os.environ["STORE_ASSOCIATE_SHOTS"], "dashboard-returns.png"))

        # synced: the service's return, with where its refund stands
        network.offline = False
        controller.sync_now()
        await wait_until(lambda: window.status.pending.text() == "Nothing waiting to sync",
                         timeout=30, message="synced")

        async def refund_known():
            await customers.open_customer(order.customer_id)
            texts = [t for t in timeline_texts(customers.view)
                     if f"Return of order {ORDER}" in t]
            return len(texts) == 1 and "waiting to sync" not in texts[0] and (
                "refund pending" in texts[0] or "refunded" in texts[0])

        for _ in range(50):
            if await refund_known():
                break
            await controller.services.sync_now()
        assert await refund_known(), timeline_texts(customers.view)

    qloop.run_until_complete(story())

"""The GUI edge: a refusal written below the GUI (a :class:`~store_contract.domain.text.Text`)
reaches the person in their language, its numbers written the way their locale writes them.

A French catalogue with one sentence of context "Messages" is compiled here with the venv's
``pyside6-lrelease`` and installed; a real dialog of the app (:class:`FieldsDialog`, the notes,
points and enrolment forms) runs an attempt that the rules refuse, and shows the refusal. Were the
dialog to show ``str(exc)`` (the English reading), the sentence would come out in English with
"5,000" in it.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from associate_app.gui.fields_dialog import Field, FieldsDialog
from store_contract.domain.errors import InvalidInput
from store_contract.domain.permissions import LARGE_POINTS, Permission, Role, refusal
from tests.conftest import wait_until

FRENCH = ("Un changement de plus de {points} points (ou des points pour un achat de plus de "
          "{spend}) doit être approuvé par un responsable du magasin.")


def _lrelease() -> str:
    # as scripts/update_translations.py finds it: next to the venv's python
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    return str(exe) if exe.exists() else "pyside6-lrelease"


def _catalogue(tmp_path: Path, source: str, translation: str) -> Path:
    ts = tmp_path / "edge_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="fr_FR">\n<context>\n<name>Messages</name>\n<message>\n'
        f"<source>{escape(source)}</source>\n<translation>{escape(translation)}</translation>\n"
        "</message>\n</context>\n</TS>\n", encoding="utf-8")
    qm = tmp_path / "edge_fr.qm"
    subprocess.run([_lrelease(), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@pytest.fixture
def french(qapp, tmp_path: Path) -> Iterator[str]:
    """The French sentence installed for the refusal's template, and French numbers."""
    sentence = refusal(Role.ASSOCIATE, {Permission.LARGE_POINTS})
    translator = QTranslator()
    assert translator.load(str(_catalogue(tmp_path, sentence.source, FRENCH)))
    before = QLocale()
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        yield sentence.source
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)


def test_a_refusal_from_the_rules_shows_in_french_with_french_numbers(qtbot, qloop, french):
    async def attempt(values: dict) -> None:
        # an associate adding many points: the rules' refusal, as the services raise it
        raise InvalidInput("points", refusal(Role.ASSOCIATE, {Permission.LARGE_POINTS}))

    dialog = FieldsDialog("pointsDialog", "Points", "", [Field("points", "Points", value="9000")],
                          "Add", attempt)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.submit()
    qloop.run_until_complete(wait_until(lambda: dialog.message.text(), 10, "the refusal"))

    shown = dialog.message.text()
    points = QLocale(QLocale.Language.French, QLocale.Country.France).toString(LARGE_POINTS)
    assert points not in ("5,000", "5000")  # French groups thousands with a (narrow) space
    assert shown == FRENCH.format(points=points, spend=QLocale().toString(500))
    assert shown.startswith("Un changement de plus de ") and "5,000" not in shown
    assert dialog.inputs["points"].property("invalid") is True  # the field is marked too
    assert dialog.isVisible()  # nothing was saved: the dialog stays open


def test_a_quantity_past_what_qt_writes_is_refused_in_words_not_with_a_traceback(qtbot, qloop):
    """A person types a 20-digit quantity: the rules refuse it with the number in the sentence.
    Qt writes numbers of 64 bits at most: the dialog still says the refusal (that number in
    English digits), never stays silent."""
    from store_contract.domain.pickup.picking import check_shortage  # noqa: F401 (the rule)
    from store_contract.domain.text import QT_TRANSLATE_NOOP, Amount, Moment, Text, text

    huge = 99_999_999_999_999_999_999

    async def attempt(values: dict) -> None:
        raise InvalidInput("qty", text(QT_TRANSLATE_NOOP(
            "Messages", "Units of {item} still to find: {remaining}. {qty} cannot be recorded "
                        "short."), item="Milk", remaining=2, qty=huge))

    dialog = FieldsDialog("shortDialog", "Short", "", [Field("qty", "Missing", value=str(huge))],
                          "Record", attempt)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.submit()
    qloop.run_until_complete(wait_until(lambda: dialog.message.text(), 10, "the refusal"))
    assert "99,999,999,999,999,999,999 cannot be recorded short" in dialog.message.text()

    from associate_app.gui.messages import localized

    assert localized(text("{a}", a=Amount(10**400, "EUR"))).startswith("1")  # no raise
    strange = Text.from_wire({"source": "at {m}", "values": {
        "m": {"moment": "2020-01-01T10:00:00+23:59"}}})  # a zone Qt has no name for
    assert isinstance(strange.values["m"], Moment)
    assert localized(strange) == str(strange) == "at 01 Jan 2020 10:00"

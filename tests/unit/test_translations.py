"""The translations follow the GUI: every ``.ts`` holds exactly the sentences the sources
have (``scripts/update_translations.py`` refreshes it), every shipped language (one with a
``.qm``) is complete, keeps each placeholder of its source, and ships the ``.qm`` lrelease
makes of its ``.ts``."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location(
    "update_translations", ROOT / "scripts" / "update_translations.py")
update_translations = importlib.util.module_from_spec(spec)
sys.modules["update_translations"] = update_translations
spec.loader.exec_module(update_translations)

LANGUAGES = update_translations.LANGUAGES
FIX = "run `uv run python scripts/update_translations.py`"
PLACEHOLDER = re.compile(r"%L?\d+|%n|%[-0-9.]*[sdif]|\{[A-Za-z_0-9]*\}")


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name"), msg) for ctx in root.iter("context")
            for msg in ctx.iter("message")]


def _keys(ts: Path) -> set[tuple]:
    """What lupdate decides: each message's context, source, comment and plural-ness."""
    return {(ctx, msg.findtext("source"), msg.findtext("comment"), msg.get("numerus"))
            for ctx, msg in _messages(ts)}


def _forms(msg: ET.Element) -> list[str]:
    translation = msg.find("translation")
    if msg.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _placeholders(text: str) -> Counter:
    return Counter(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ts_file_has_exactly_the_sources_strings(lang: str, tmp_path: Path) -> None:
    committed = update_translations.ts_file(lang)
    assert committed.exists(), f"{committed.name} is missing: {FIX}"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    update_translations.lupdate(fresh)
    new = _keys(fresh) - _keys(committed)
    gone = _keys(committed) - _keys(fresh)
    assert not new and not gone, (
        f"{committed.name} is stale ({len(new)} new, {len(gone)} gone, e.g. "
        f"{sorted(new or gone, key=str)[:3]}): {FIX}, then translate the new strings")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_shipped_language_is_complete(lang: str) -> None:
    if not update_translations.qm_file(lang).exists():
        pytest.skip(f"{lang} is not shipped (no .qm): it may be unfinished")
    unfinished = []
    for ctx, msg in _messages(update_translations.ts_file(lang)):
        translation = msg.find("translation")
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(
                form.strip() for form in _forms(msg)):
            unfinished.append((ctx, msg.findtext("source")))
    assert not unfinished, (f"{len(unfinished)} unfinished {lang} strings, e.g. "
                            f"{unfinished[:5]}")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_the_placeholders(lang: str) -> None:
    wrong = []
    for ctx, msg in _messages(update_translations.ts_file(lang)):
        source = msg.findtext("source")
        expected = _placeholders(source)
        for form in _forms(msg):
            if not form:
                continue
            found = _placeholders(form)
            if msg.get("numerus") == "yes":  # a singular form may say "un" instead of %n
                found["%n"] = expected["%n"]
            if found != expected:
                wrong.append((ctx, source, form))
    assert not wrong, f"placeholders differ from the source: {wrong[:5]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_qm_is_compiled_from_the_ts(lang: str, tmp_path: Path) -> None:
    qm = update_translations.qm_file(lang)
    if not qm.exists():
        pytest.skip(f"{lang} is not shipped (no .qm)")
    fresh = tmp_path / qm.name
    update_translations.lrelease(update_translations.ts_file(lang), fresh)
    assert qm.read_bytes() == fresh.read_bytes(), f"{qm.name} is older than its .ts: {FIX}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_is_installed_and_english_is_the_default(lang: str, qapp, monkeypatch) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from associate_app.gui import translations

    if not update_translations.qm_file(lang).exists():
        pytest.skip(f"{lang} is not shipped")
    default = QLocale()
    try:
        locale = translations.install_translations(qapp, lang)
        assert locale.language() == QLocale(lang).language()
        assert lang in translations.shipped_languages()
        if lang != update_translations.SOURCE_LANGUAGE:
            assert QCoreApplication.translate("SignInDialog", "Sign in") != "Sign in"
        monkeypatch.setenv(translations.LANG_ENV, "xx")
        translations.install_translations(qapp)  # no such translation: English
        assert QCoreApplication.translate("SignInDialog", "Sign in") == "Sign in"
        # with English's own plural forms
        assert QCoreApplication.translate("CartPage", "%n days ago", None, 1) == "1 day ago"
        assert QCoreApplication.translate("CartPage", "%n days ago", None, 3) == "3 days ago"
    finally:
        for translator in translations._installed:
            qapp.removeTranslator(translator)
        translations._installed.clear()
        QLocale.setDefault(default)


def test_every_catalogue_is_in_the_apps_resources() -> None:
    """The app reads its catalogues from its Qt resources (so does an installed bundle): each
    .qm is listed in resources.qrc, and the compiled resources hold its current bytes."""
    from PySide6.QtCore import QFile, QIODevice

    from associate_app.gui import translations

    for qm in sorted(update_translations.TS_DIR.glob("*.qm")):
        resource = QFile(f"{translations.TRANSLATIONS_DIR}/{qm.name}")
        assert resource.open(QIODevice.OpenModeFlag.ReadOnly), f"{qm.name} is not in :/: {FIX}"
        held = bytes(resource.readAll().data())
        assert held == qm.read_bytes(), f"{qm.name} is stale in :/: {FIX}"

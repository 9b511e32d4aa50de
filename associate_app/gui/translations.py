"""Install the app's translations (Qt's .qm files) for the language the person uses.

The language is, in order: ``STORE_ASSOCIATE_LANG`` (e.g. ``fr``), the ``language`` setting in
the app's QSettings, else the system locale (``QLocale.system()``); English, the source
language, when none of them has a shipped translation (its own catalogue holds only the plural
forms: "1 day ago", "2 days ago"). The .qm files are built from
``resources/translations/*.ts`` by ``scripts/update_translations.py`` and compiled into the app's
Qt resources (``:/translations``), so an installed bundle carries them as the source tree does.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QDir, QLibraryInfo, QLocale, QSettings, QTranslator

from associate_app.gui.forms import resources_rc  # noqa: F401  (registers :/translations)

log = logging.getLogger(__name__)

LANG_ENV = "STORE_ASSOCIATE_LANG"
SETTING = "language"
TRANSLATIONS_DIR = ":/translations"
PREFIX = "store_associate"
#: the language the sentences are written in
SOURCE_LANGUAGE = "en"

#: translators installed on the application (kept alive: Qt does not own them)
_installed: list[QTranslator] = []


def requested_language(settings: QSettings | None = None) -> str | None:
    """The language asked for by the environment or the setting, if any (e.g. ``"fr"``)."""
    lang = os.environ.get(LANG_ENV, "").strip()
    if not lang:
        settings = settings or QSettings("StoreAssociate", "Store Associate")
        lang = str(settings.value(SETTING, "") or "").strip()
    return lang or None


def shipped_languages() -> list[str]:
    """The languages the app speaks: English and those with a catalogue (e.g. ``["de", "en",
    "fr"]``)."""
    files = QDir(TRANSLATIONS_DIR).entryList([PREFIX + "_*.qm"])
    return sorted({SOURCE_LANGUAGE} | {f.removesuffix(".qm").removeprefix(PREFIX + "_")
                                       for f in files})


def install_translations(app: QCoreApplication, language: str | None = None) -> QLocale:
    """Install the translators for ``language`` (or the one asked for, or the system's).

    Returns the locale chosen, also made the default ``QLocale`` so that numbers, dates and
    money are written the same way as the words.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    lang = language or requested_language()
    locale = QLocale(lang) if lang else QLocale.system()
    if lang:
        QLocale.setDefault(locale)
    ours = QTranslator(app)
    if ours.load(locale, PREFIX, "_", TRANSLATIONS_DIR):
        app.installTranslator(ours)
        _installed.append(ours)
        if ours.language() != SOURCE_LANGUAGE:
            qt = QTranslator(app)  # Qt's own sentences: standard buttons, context menus
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(locale, "qtbase", "_", qt_dir):
                app.installTranslator(qt)
                _installed.append(qt)
        return locale
    if lang:
        log.warning("no translation for %r: the app stays in English", lang)
    english = QTranslator(app)  # English's plural forms ("1 day ago")
    if english.load(f"{PREFIX}_{SOURCE_LANGUAGE}", TRANSLATIONS_DIR):
        app.installTranslator(english)
        _installed.append(english)
    return locale

"""Extract the GUI's sentences into ``resources/translations/*.ts`` and compile them to ``.qm``.

    uv run python scripts/update_translations.py          # lupdate, then lrelease
    uv run python scripts/update_translations.py --release  # lrelease only (after translating)
    uv run python scripts/update_translations.py de       # also start a new language's .ts

English, the language the sentences are written in, has a .ts of its plural forms only
(``-pluralonly``): "%n days ago" is "1 day ago" or "2 days ago".

Qt's own pipeline: ``pyside6-lupdate`` reads every ``tr()`` in ``associate_app/gui/**/*.py`` and
every translatable text of the forms in ``ui/*.ui`` (the layout source of truth; the compiled
``forms/ui_*.py`` are left out: lupdate does not read them) into one ``.ts`` per language,
keeping what is already translated; ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm``
that ``associate_app/gui/translations.py`` loads from the app's Qt resources (the script lists
each ``.qm`` in ``resources/resources.qrc`` and recompiles them). The ``.qm`` files are committed;
``tests/unit/test_translations.py`` fails when a ``.ts`` or ``.qm`` is stale or a shipped
language has an unfinished string.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
PREFIX = "store_associate"
#: the language the sentences are written in: its .ts holds only their plural forms ("%n days
#: ago": "1 day ago"), for Qt to choose "day" or "days" by the number
SOURCE_LANGUAGE = "en"
#: the languages with a .ts file
LANGUAGES = tuple(sorted(p.stem.removeprefix(PREFIX + "_") for p in TS_DIR.glob(PREFIX + "_*.ts")))


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else name


#: where the sentences written below the GUI live (``Text`` templates marked with
#: ``QT_TRANSLATE_NOOP("Messages", ...)``; see ``store_contract/domain/text.py``)
BELOW_GUI = ("contract/store_contract", "associate_app", "central/central_api")
MARKER = "QT_TRANSLATE_NOOP("


def sources() -> list[Path]:
    """Every file lupdate reads, in a stable order: the GUI's Python and forms, and the files
    below the GUI that mark sentences for translation."""
    gui = ROOT / "associate_app" / "gui"
    py = [p for p in sorted(gui.rglob("*.py")) if "forms" not in p.relative_to(gui).parts]
    below = sorted({p for folder in BELOW_GUI for p in (ROOT / folder).rglob("*.py")
                    if gui not in p.parents and MARKER in p.read_text(encoding="utf-8")})
    return py + below + sorted((ROOT / "ui").glob("*.ui"))


def ts_file(lang: str) -> Path:
    return TS_DIR / f"{PREFIX}_{lang}.ts"


def qm_file(lang: str) -> Path:
    return TS_DIR / f"{PREFIX}_{lang}.qm"


_EXTRACOMMENT = re.compile(r"\n\s*<extracomment>[^<]*</extracomment>")


def lupdate(ts: Path, *, no_obsolete: bool = True) -> None:
    """Update ``ts`` (created if missing) with the sources' strings, keeping translations."""
    lang = ts.stem.rsplit("_", 1)[-1]
    args = [_tool("pyside6-lupdate"), "-locations", "none", "-no-ui-lines",
            "-source-language", "en", "-target-language", lang]
    if no_obsolete:
        args.append("-no-obsolete")
    if lang == SOURCE_LANGUAGE:
        args.append("-pluralonly")  # English needs only the plural forms of its own sentences
    args += [str(p.relative_to(ROOT)) for p in sources()]
    args += ["-ts", str(ts)]
    subprocess.run(args, check=True, capture_output=True, text=True, cwd=ROOT)
    # lupdate takes any "#:" comment before a tr() as a note for translators; in this code
    # "#:" documents an attribute (as Sphinx reads it) and would mislead them: left out
    ts.write_text(_EXTRACOMMENT.sub("", ts.read_text(encoding="utf-8")), encoding="utf-8")


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True, text=True, cwd=ROOT)


QRC_FILE = ROOT / "resources" / "resources.qrc"


def list_in_resources(qm_files: list[Path]) -> None:
    """Make sure the app's Qt resources list every .qm (the app loads them from
    ``:/translations``), then recompile the resources (scripts/build_ui.py)."""
    qrc = QRC_FILE.read_text(encoding="utf-8")
    for qm in qm_files:
        entry = f"<file>{qm.relative_to(QRC_FILE.parent).as_posix()}</file>"
        if entry not in qrc:
            qrc = qrc.replace(" </qresource>", f"  {entry}\n </qresource>", 1)
    QRC_FILE.write_text(qrc, encoding="utf-8")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_ui.py")], check=True,
                   capture_output=True, text=True, cwd=ROOT)


def main(argv: list[str]) -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    new = [a for a in argv if not a.startswith("-") and a not in LANGUAGES]
    for lang in sorted({*LANGUAGES, *new}):
        if "--release" not in argv:
            lupdate(ts_file(lang))
            print(f"lupdate -> {ts_file(lang).relative_to(ROOT)}")
        lrelease(ts_file(lang), qm_file(lang))
        print(f"lrelease -> {qm_file(lang).relative_to(ROOT)}")
    list_in_resources(sorted(TS_DIR.glob(PREFIX + "_*.qm")))
    print(f"{QRC_FILE.relative_to(ROOT)} -> associate_app/gui/forms/resources_rc.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

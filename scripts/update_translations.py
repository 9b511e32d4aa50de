"""Extract the GUI's sentences into ``resources/translations/*.ts`` and compile them to ``.qm``.

    uv run python scripts/update_translations.py          # lupdate, then lrelease
    uv run python scripts/update_translations.py --release  # lrelease only (after translating)
    uv run python scripts/update_translations.py de       # also start a new language's .ts

Qt's own pipeline: ``pyside6-lupdate`` reads every ``tr()`` in ``associate_app/gui/**/*.py`` and
every translatable text of the forms in ``ui/*.ui`` (the layout source of truth; the compiled
``forms/ui_*.py`` are left out: lupdate does not read them) into one ``.ts`` per language,
keeping what is already translated; ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm``
that ``associate_app/gui/translations.py`` loads. The ``.qm`` files are committed;
``tests/unit/test_translations.py`` fails when a ``.ts`` or ``.qm`` is stale or a shipped
language has an unfinished string.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
PREFIX = "store_associate"
#: the languages with a .ts file (English is the source language: it needs none)
LANGUAGES = tuple(sorted(p.stem.removeprefix(PREFIX + "_") for p in TS_DIR.glob(PREFIX + "_*.ts")))


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else name


def sources() -> list[Path]:
    """Every file lupdate reads, in a stable order."""
    gui = ROOT / "associate_app" / "gui"
    py = [p for p in sorted(gui.rglob("*.py")) if "forms" not in p.relative_to(gui).parts]
    return py + sorted((ROOT / "ui").glob("*.ui"))


def ts_file(lang: str) -> Path:
    return TS_DIR / f"{PREFIX}_{lang}.ts"


def qm_file(lang: str) -> Path:
    return TS_DIR / f"{PREFIX}_{lang}.qm"


def lupdate(ts: Path, *, no_obsolete: bool = True) -> None:
    """Update ``ts`` (created if missing) with the sources' strings, keeping translations."""
    lang = ts.stem.rsplit("_", 1)[-1]
    args = [_tool("pyside6-lupdate"), "-locations", "none", "-no-ui-lines",
            "-source-language", "en", "-target-language", lang]
    if no_obsolete:
        args.append("-no-obsolete")
    args += [str(p.relative_to(ROOT)) for p in sources()]
    args += ["-ts", str(ts)]
    subprocess.run(args, check=True, capture_output=True, text=True, cwd=ROOT)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True, text=True, cwd=ROOT)


def main(argv: list[str]) -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    new = [a for a in argv if not a.startswith("-") and a not in LANGUAGES]
    for lang in sorted({*LANGUAGES, *new}):
        if "--release" not in argv:
            lupdate(ts_file(lang))
            print(f"lupdate -> {ts_file(lang).relative_to(ROOT)}")
        lrelease(ts_file(lang), qm_file(lang))
        print(f"lrelease -> {qm_file(lang).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

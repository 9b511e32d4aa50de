"""Compile ``ui/*.ui`` (the layout source of truth) into ``associate_app/gui/forms/ui_*.py`` and
``resources/resources.qrc`` (theme, icons) into ``associate_app/gui/forms/resources_rc.py``.

Run after editing a form in Qt Designer or a resource: ``uv run python scripts/build_ui.py``.
The compiled modules are committed; ``tests/unit/test_forms_are_compiled.py`` fails when one is
stale.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "associate_app" / "gui" / "forms"


QRC_FILE = ROOT / "resources" / "resources.qrc"
RC_TARGET = FORMS_DIR / "resources_rc.py"


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else name


def compile_form(ui_file: Path) -> str:
    """The Python source pyside6-uic makes of one form (without writing it)."""
    result = subprocess.run(
        [_tool("pyside6-uic"), "--from-imports", str(ui_file)],
        check=True, capture_output=True, text=True,
    )
    return result.stdout


def compile_resources() -> str:
    result = subprocess.run(
        [_tool("pyside6-rcc"), "-g", "python", "--format-version", "1", str(QRC_FILE)],
        check=True, capture_output=True, text=True,
    )
    return result.stdout


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def main() -> int:
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    (FORMS_DIR / "__init__.py").touch()
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target_for(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.relative_to(ROOT)} -> {target_for(ui_file).relative_to(ROOT)}")
    RC_TARGET.write_text(compile_resources(), encoding="utf-8")
    print(f"{QRC_FILE.relative_to(ROOT)} -> {RC_TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

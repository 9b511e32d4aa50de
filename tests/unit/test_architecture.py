"""The layers stay where DESIGN puts them: checks anyone can run, over the source itself.

The app's engine (the contract's rules, the cache, sync) runs without Qt and without the
service's stack, so a headless command starts fast and a tablet needs no server packages; only
``associate_app/gui/`` speaks Qt; and the three distributions of this repository import one
another in one direction only: the app and the service both build on the contract, and
neither on the other (the demo starts the service as a program, ``python -m central_api``).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "associate_app"
CONTRACT = ROOT / "contract" / "store_contract"
SERVICE = ROOT / "central" / "central_api"

#: the app's engine: every module of these packages is imported in a fresh interpreter
CORE_PACKAGES = ("store_contract.domain", "associate_app.cache", "associate_app.sync")
#: what the engine must not pull in: Qt, and the service's web and storage stack
NOT_IN_THE_CORE = ("PySide6", "shiboken6", "qasync", "fastapi", "starlette", "uvicorn",
                   "sqlalchemy", "central_api")
QT = ("PySide6", "shiboken6", "qasync")

_IMPORT_EVERY_MODULE = """
import importlib, json, pkgutil, sys
loaded = []
for name in {packages!r}:
    package = importlib.import_module(name)
    loaded.append(name)
    for info in pkgutil.walk_packages(package.__path__, name + "."):
        importlib.import_module(info.name)
        loaded.append(info.name)
found = sorted({{m.split(".")[0] for m in sys.modules}} & set({forbidden!r}))
print(json.dumps({{"loaded": loaded, "forbidden": found}}))
"""


def _imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, at the top or inside a function, absolute names."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _sources(*folders: Path) -> list[Path]:
    # (a folder that moved would be scanned as empty, and every check would pass)
    for folder in folders:
        assert (folder / "__init__.py").is_file(), f"{folder} is not a package any more"
    return sorted(p for folder in folders for p in folder.rglob("*.py")
                  if "__pycache__" not in p.parts)


def _offenders(folders: tuple[Path, ...], banned: tuple[str, ...],
               skip: Path | None = None) -> dict[str, list[str]]:
    """``{file: [banned modules it imports]}`` over the Python files under ``folders``."""
    found: dict[str, list[str]] = {}
    for path in _sources(*folders):
        if skip is not None and path.is_relative_to(skip):
            continue
        hits = sorted(m for m in _imported_modules(path) if m.split(".")[0] in banned)
        if hits:
            found[str(path.relative_to(ROOT))] = hits
    return found


def test_the_core_imports_without_qt_or_the_service_s_stack():
    code = _IMPORT_EVERY_MODULE.format(packages=CORE_PACKAGES, forbidden=NOT_IN_THE_CORE)
    # a fresh interpreter: nothing this test process loaded (pytest-qt loads Qt) can hide a leak
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert {"associate_app.cache.replica", "associate_app.sync.engine",
            "store_contract.domain.permissions"} <= set(result["loaded"])  # it really looked
    assert result["forbidden"] == [], (
        f"importing the app's core loads {result['forbidden']}: keep Qt in associate_app/gui/ "
        "and the service's stack in central/")


def test_only_the_gui_package_imports_qt():
    assert _offenders((APP, CONTRACT, SERVICE), QT, skip=APP / "gui") == {}


@pytest.mark.parametrize(("package", "banned"), [
    (CONTRACT, ("associate_app", "central_api")),  # both programs build on the contract
    (SERVICE, ("associate_app",)),
    (APP, ("central_api",)),  # the demo runs the service as a program, never imports it
], ids=["contract", "service", "app"])
def test_the_distributions_import_one_another_in_one_direction_only(package, banned):
    assert _offenders((package,), banned) == {}


def test_the_checks_see_imports_inside_functions_too(tmp_path):
    module = tmp_path / "late.py"
    module.write_text("def show():\n    from PySide6.QtWidgets import QLabel\n    import fastapi\n")
    assert _imported_modules(module) == {"PySide6.QtWidgets", "fastapi"}

"""The .ui files are the layout source of truth; the compiled modules must match them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("build_ui", ROOT / "scripts" / "build_ui.py")
build_ui = importlib.util.module_from_spec(spec)
sys.modules["build_ui"] = build_ui
spec.loader.exec_module(build_ui)


def _without_version_banner(source: str) -> list[str]:
    return [line for line in source.splitlines() if "Created by:" not in line]


@pytest.mark.parametrize("ui_file", sorted((ROOT / "ui").glob("*.ui")), ids=lambda p: p.name)
def test_compiled_form_matches_its_ui_file(ui_file: Path) -> None:
    target = build_ui.target_for(ui_file)
    assert target.exists(), f"{target} is missing: run `uv run python scripts/build_ui.py`"
    assert _without_version_banner(target.read_text(encoding="utf-8")) == _without_version_banner(
        build_ui.compile_form(ui_file)
    ), f"{target.name} is older than {ui_file.name}: run `uv run python scripts/build_ui.py`"


def test_compiled_resources_match_the_qrc() -> None:
    assert _without_version_banner(build_ui.RC_TARGET.read_text(encoding="utf-8")) == (
        _without_version_banner(build_ui.compile_resources())
    ), "resources_rc.py is stale: run `uv run python scripts/build_ui.py`"

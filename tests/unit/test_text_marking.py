"""The sentences written below the GUI are marked so that lupdate finds them and the GUI can put
them in the person's language (``store_contract/domain/text.py`` says the rules): each is
``text(QT_TRANSLATE_NOOP("Messages", "a literal with {fields}"), fields=...)``, its fields are
the values given, and it has no plural that depends on a count."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from store_contract.domain.text import CONTEXT, Amount, Text, text

ROOT = Path(__file__).resolve().parents[2]
BELOW_GUI = [p for folder in ("contract/store_contract", "associate_app", "central/central_api")
             for p in sorted((ROOT / folder).rglob("*.py"))
             if "gui" not in p.relative_to(ROOT).parts]


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _calls(path: Path, name: str) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [node for node in ast.walk(tree)
            if isinstance(node, ast.Call) and _name(node.func) == name]


def _imports_text(path: Path) -> bool:
    """Whether the module's ``text`` is ours (not SQLAlchemy's ``text()``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(isinstance(node, ast.ImportFrom) and node.module == "store_contract.domain.text"
               and any(alias.name == "text" and alias.asname is None for alias in node.names)
               for node in ast.walk(tree))


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ROOT)}:{node.lineno}"


def test_there_are_marked_sentences_below_the_gui() -> None:
    assert sum(len(_calls(p, "QT_TRANSLATE_NOOP")) for p in BELOW_GUI) > 0


def test_each_marked_sentence_is_a_literal_in_the_messages_context() -> None:
    wrong = []
    for path in BELOW_GUI:
        for call in _calls(path, "QT_TRANSLATE_NOOP"):
            args = call.args
            literal = (len(args) == 2 and not call.keywords
                       and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                               for a in args))
            if not literal or args[0].value != CONTEXT:
                wrong.append(_where(path, call))
                continue
            template = args[1].value
            if "%n" in template or "(s)" in template:
                wrong.append(f"{_where(path, call)}: a plural by count in {template!r}")
    assert not wrong, "marked sentences lupdate or the GUI cannot use: " + "; ".join(wrong)


def test_each_text_is_built_from_a_marked_template_with_its_fields() -> None:
    wrong = []
    for path in BELOW_GUI:
        if not _imports_text(path):
            continue
        for call in _calls(path, "text"):
            if not isinstance(call.func, ast.Name):
                continue
            first = call.args[0] if call.args else None
            if len(call.args) != 1 or not (isinstance(first, ast.Call)
                                           and _name(first.func) == "QT_TRANSLATE_NOOP"):
                wrong.append(f"{_where(path, call)}: not text(QT_TRANSLATE_NOOP(...), ...)")
                continue
            template = first.args[1].value if len(first.args) == 2 and isinstance(
                first.args[1], ast.Constant) else None
            if template is None or any(k.arg is None for k in call.keywords):
                continue  # reported by the test above, or values given as **mapping
            fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
            given = {k.arg for k in call.keywords}
            if fields != given:
                wrong.append(f"{_where(path, call)}: fields {sorted(fields)} given "
                             f"{sorted(given)}")
    assert not wrong, "; ".join(wrong)


def test_a_text_reads_as_english_and_keeps_what_translation_needs() -> None:
    reason = text("The code was typed wrong.")
    t = text("Refund of {amount} for {units} units: {reason}", amount=Amount(123456, "gbp"),
             units=1200, reason=reason)
    assert t == "Refund of 1,234.56 GBP for 1,200 units: The code was typed wrong."
    assert t.source.startswith("Refund of {amount}") and t.values["reason"] is reason
    again = Text.from_wire(t.to_wire())
    assert again == t and again.values == t.values


@pytest.mark.parametrize("sent", [
    None, "text", {"source": 3}, {"source": "x {a}", "values": {}},
    {"source": "x {a}", "values": {"a": [1]}}, {"source": "x {a}", "values": {"a": {"minor": "1"}}},
    {"source": "{a.__class__}", "values": {"a": "x"}}, {"source": "x" * 5000},
])
def test_a_text_from_the_wire_that_is_not_one_is_refused_without_raising(sent: object) -> None:
    got = Text.from_wire(sent)
    assert got is None or (isinstance(got, Text) and "__class__" not in got)


def test_a_text_from_the_wire_that_would_not_fit_a_screen_is_refused_before_it_is_written():
    """A hostile or broken service: a template repeating a field whose value repeats one…
    (a few kB on the wire, gigabytes written out), or sentences nested hundreds deep."""
    from store_contract.domain.text import WIRE_CHARS, WIRE_DEPTH

    bomb: dict = {"source": "{a}" * 600, "values": {"a": "xxxx"}}
    for _ in range(4):
        bomb = {"source": "{a}" * 600, "values": {"a": {"text": bomb}}}
    assert Text.from_wire(bomb) is None  # refused before it is written out (600⁵ characters)
    deep: dict = {"source": "x", "values": {}}
    for _ in range(300):
        deep = {"source": "({a})", "values": {"a": {"text": deep}}}
    assert Text.from_wire(deep) is None
    # what a service really sends passes: nested a few deep, a few lines long
    fine: dict = {"source": "x", "values": {}}
    for _ in range(WIRE_DEPTH):
        fine = {"source": "({a})", "values": {"a": {"text": fine}}}
    assert Text.from_wire(fine) == "(" * WIRE_DEPTH + "x" + ")" * WIRE_DEPTH
    long = {"source": "{a} {a}", "values": {"a": "y" * (WIRE_CHARS // 2 - 1)}}
    assert Text.from_wire(long) is not None
    assert Text.from_wire({**long, "source": "{a} {a} {a}"}) is None

"""The app's middle layer keeps one job per module, checked by reading the source (ast):

* SQL runs only in ``associate_app/cache/`` (screens' services ask the cache, never a table);
* the cache holds no words for people and no money formatting: it hands out rows, numbers and
  codes, and ``gui/`` says them (``gui/formatting.py`` writes money in the data's currency);
* no module below the GUI spells a currency symbol;
* a screen's service is given what screens need (``screen_service.ScreenContext``) and never
  loads the sync engine, the demo service or the composition root that wires them.

Each check is also run on a small piece of source that breaks it, so a check that stops seeing
anything fails here too.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import textwrap
import unicodedata
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "associate_app"
CACHE = APP / "cache"
GUI = APP / "gui"
CONTRACT = ROOT / "contract" / "store_contract"

#: a string that is an SQL statement (upper-case keywords, as all of ours are written)
SQL_STATEMENT = re.compile(
    r"^\s*(SELECT|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|REPLACE\s+INTO|"
    r"CREATE\s+(TABLE|INDEX|UNIQUE|VIRTUAL|TRIGGER|VIEW|TEMP)|ALTER\s+TABLE|DROP\s+(TABLE|INDEX)"
    r"|PRAGMA|WITH\s+\w+\s+AS|ATTACH|DETACH|BEGIN|COMMIT|ROLLBACK|VACUUM)\b")
#: a string holding SQL, whole or a fragment (a WHERE clause, a column list)
SQL_WORDS = re.compile(
    r"\b(SELECT|FROM|WHERE|JOIN|ORDER BY|GROUP BY|LIMIT|VALUES|INSERT|UPDATE|DELETE|CREATE|"
    r"ALTER|DROP|PRAGMA|AND|OR|IN|IS NULL|IS NOT|NOT NULL|CASE|WHEN|UNION|SET|LIKE|ESCAPE|"
    r"INTEGER|TEXT|PRIMARY KEY|ATTACH|DETACH)\b")
#: words for people: two words or more ("due in 5 min", "Support ticket", "£{} · {}" below)
WORDS = re.compile(r"[A-Za-z]{2,}[ ,'’]+[a-z]{2,}")
#: how money gets formatted by hand: a fixed two decimals ("{cents / 100:,.2f}")
MONEY_FORMAT = re.compile(r"^,?\.2f$")
DOLLAR_AMOUNT = re.compile(r"\$\d|\d\$")
SQL_CALLS = {"execute", "executemany", "executescript"}
LOG_CALLS = {"debug", "info", "warning", "warn", "error", "exception", "critical"}

#: Words the cache still holds, each with the reason it may (or the issue that moves it).
#: Keyed by (module, start of the text).
CACHE_WORDS_ALLOWED = {
    ("encryption.py", "The data in {folder} is encrypted, and this computer's keychain"):
        "an error for the person, raised as DataKeyUnavailable (errors carry their sentence)",
    ("encryption.py", "The data in {folder} is encrypted, and this computer has no keychain"):
        "an error for the person, raised as DataKeyUnavailable (errors carry their sentence)",
    ("encryption.py", "The changes waiting to sync on this device are encrypted"):
        "an error for the person, raised as DataKeyUnavailable (errors carry their sentence)",
    ("encryption.py", "No keychain on this computer"):
        "Protection.message, printed by the support command and shown by the window; to move "
        "to the two UIs with the protection facts (not this part of issue 12)",
    ("encryption.py", "Some of this device's data is not encrypted yet"):
        "Protection.message, as above",
    ("local_store.py", "it is encrypted with a key this computer's keychain does not hold"):
        "the reason a recovery records when it happens; kept with the recovery (persisted)",
    ("local_store.py", "the outbox file was missing"):
        "the reason a recovery records when it happens; kept with the recovery (persisted)",
    ("local_store.py", "the outbox file is not the one this device was using"):
        "the reason a recovery records when it happens; kept with the recovery (persisted)",
    ("local_store.py", "queued changes were missing from the outbox"):
        "the reason a recovery records when it happens; kept with the recovery (persisted)",
    ("local_store.py", "The central service refused this change."):
        "the reason stored with a conflict when the service gave none (persisted)",
    ("local_effects.py", "a wishlist item"):
        "what a lost change was, recorded in the recovery that lists it (persisted)",
    ("local_effects.py", "the new customer {first} {last}"):
        "what a lost change was, recorded in the recovery that lists it (persisted)",
    ("local_effects.py", "points for {customer} ({points})"):
        "what a lost change was, recorded in the recovery that lists it (persisted)",
    ("local_effects.py", "a step on order {order}"):
        "what a lost change was, recorded in the recovery that lists it (persisted)",
}


# -- reading the source ---------------------------------------------------------------------


def _modules(root: Path, *, outside: tuple[Path, ...] = ()) -> Iterator[Path]:
    # (a folder that moved would be scanned as empty, and every check would pass)
    assert (root / "__init__.py").is_file(), f"{root} is not a package any more"
    for path in sorted(root.rglob("*.py")):
        if "forms" in path.parts or any(path.is_relative_to(o) for o in outside):
            continue
        yield path


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _not_for_people(tree: ast.AST) -> set[int]:
    """Strings in a raise (an error carries its sentence) or a logging call (for developers)."""
    found = set()
    for node in ast.walk(tree):
        inside = None
        if isinstance(node, ast.Raise) and node.exc is not None:
            inside = node.exc
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in LOG_CALLS):
            inside = node
        if inside is not None:
            found.update(id(n) for n in ast.walk(inside))
    return found


def strings(source: str, *, docstrings: bool = False,
            for_people_only: bool = False) -> Iterator[tuple[int, str]]:
    """(line, text) of every string literal; an f-string as one text with ``{}`` for each
    value. Without docstrings unless asked; ``for_people_only`` leaves out what a raise or a
    logging call holds."""
    tree = ast.parse(source)
    skip = set() if docstrings else _docstrings(tree)
    if for_people_only:
        skip |= _not_for_people(tree)
    parts: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            parts.update(id(v) for v in node.values)
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.JoinedStr):
            yield node.lineno, "".join(v.value if isinstance(v, ast.Constant) else "{}"
                                       for v in node.values)
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and id(node) not in parts):
            yield node.lineno, node.value


def sql_run(source: str) -> list[str]:
    """SQL statements written, and database calls made, in ``source``."""
    found = [f"line {line}: {text[:60]!r}" for line, text in strings(source)
             if SQL_STATEMENT.match(text)]
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in SQL_CALLS):
            found.append(f"line {node.lineno}: .{node.func.attr}(…)")
    return found


def words_for_people(source: str) -> list[tuple[int, str]]:
    """Texts for a screen: two words or more, not SQL, not in a docstring, a raise or a log."""
    return [(line, text) for line, text in strings(source, for_people_only=True)
            if WORDS.search(text) and not SQL_WORDS.search(text)]


def _has_currency(text: str) -> bool:
    # "$" ends many a regex and separates a hash's parts: only "$12" / "12$" count as money
    return (any(unicodedata.category(ch) == "Sc" and ch != "$" for ch in text)
            or DOLLAR_AMOUNT.search(text) is not None)


def currency_symbols(source: str) -> list[str]:
    """Texts (docstrings included) with a currency sign (Unicode category Sc) in them."""
    return [f"line {line}: {text[:60]!r}" for line, text in strings(source, docstrings=True)
            if _has_currency(text)]


def money_formats(source: str) -> list[str]:
    """Values formatted as money by hand: ``f"{cents / 100:,.2f}"``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FormattedValue) and isinstance(node.format_spec, ast.JoinedStr):
            spec = "".join(v.value for v in node.format_spec.values
                           if isinstance(v, ast.Constant))
            if MONEY_FORMAT.match(spec):
                found.append(f"line {node.lineno}: :{spec}")
    return found


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT))


# -- the rules, over the app --------------------------------------------------------------------


def test_only_the_cache_runs_sql():
    found = {_name(p): hits for p in _modules(APP, outside=(CACHE,))
             if (hits := sql_run(p.read_text(encoding="utf-8")))}
    assert not found, f"SQL outside associate_app/cache/ (move it into a cache module): {found}"


def test_the_cache_holds_no_words_for_people():
    found, allowed_seen = {}, set()
    for path in _modules(CACHE):
        for line, text in words_for_people(path.read_text(encoding="utf-8")):
            key = next((k for k in CACHE_WORDS_ALLOWED
                        if k[0] == path.name and text.startswith(k[1])), None)
            if key is None:
                found.setdefault(_name(path), []).append(f"line {line}: {text[:70]!r}")
            else:
                allowed_seen.add(key)
    assert not found, ("words for a screen in the cache (hand out the facts; gui/ says them): "
                       f"{found}")
    stale = set(CACHE_WORDS_ALLOWED) - allowed_seen
    assert not stale, f"allowed texts no longer in the cache (take them off the list): {stale}"


def test_no_module_below_the_gui_spells_a_currency_or_formats_money():
    symbols = {_name(p): hits for root in (APP, CONTRACT)
               for p in _modules(root, outside=(GUI,))
               if (hits := currency_symbols(p.read_text(encoding="utf-8")))}
    assert not symbols, f"currency symbols outside gui/ (the data carries the currency): {symbols}"
    formats = {_name(p): hits for p in _modules(APP, outside=(GUI,))
               if (hits := money_formats(p.read_text(encoding="utf-8")))}
    assert not formats, f"money formatted outside gui/ (use gui/formatting.money): {formats}"


def test_the_gui_writes_money_in_one_place():
    found = {_name(p): hits for p in _modules(GUI, outside=(GUI / "formatting.py",))
             if (hits := currency_symbols(p.read_text(encoding="utf-8"))
                 + money_formats(p.read_text(encoding="utf-8")))}
    assert not found, f"money written by hand in gui/ (use gui/formatting.money): {found}"


SCREEN_SERVICES = ("customer_service", "pickup_service", "inventory_service",
                   "dashboard_service", "security_service", "screen_service")
ENGINE = ("associate_app.services", "associate_app.sync.engine", "associate_app.demo_service",
          "associate_app.sync.scheduler", "PySide6", "fastapi")


def loaded_by(modules: tuple[str, ...], unwanted: tuple[str, ...]) -> list[str]:
    """Which of ``unwanted`` importing ``modules`` loads, in a fresh interpreter."""
    code = textwrap.dedent(f"""
        import importlib, sys
        for name in {modules!r}:
            importlib.import_module(name)
        print("\\n".join(u for u in {unwanted!r}
                         if any(m == u or m.startswith(u + ".") for m in sys.modules)))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return out.stdout.split()


def test_screen_services_do_not_load_the_sync_engine_or_the_demo_service():
    loaded = loaded_by(tuple(f"associate_app.{m}" for m in SCREEN_SERVICES), ENGINE)
    assert not loaded, f"a screen's service loads {loaded}: give it a ScreenContext instead"


# -- each check sees what it looks for ----------------------------------------------------------


def test_the_sql_check_sees_a_query_and_a_database_call():
    source = textwrap.dedent('''
        """SELECT in a docstring is documentation."""
        def by_card(conn, card):
            return conn.execute("SELECT customer_id FROM loyalty_accounts WHERE card = ?", (card,))
        LABEL = "Select a customer"
    ''')
    found = sql_run(source)
    assert len(found) == 2 and "SELECT customer_id" in found[0] and ".execute" in found[1]
    assert sql_run('HINT = "Select a customer, then Update their details."\n') == []


def test_the_words_check_sees_phrases_but_not_sql_errors_or_logs():
    source = textwrap.dedent('''
        """Docstrings are for developers."""
        import logging
        log = logging.getLogger(__name__)
        KINDS = {"ticket": "Support ticket"}
        def sla(due):
            log.warning("order %s is late by %s", 1, due)
            if due is None:
                raise ValueError("an order without a promise has no due time")
            return f"due in {due}"
        WHERE = "o.status = 'new' AND o.promised_at <= :now"
        CODE = "ready_for_pickup"
    ''')
    assert [text for _, text in words_for_people(source)] == ["Support ticket", "due in {}"]


def test_the_money_checks_see_a_symbol_and_a_hand_made_amount():
    source = 'def total(c):\n    return f"£{c / 100:,.2f} · {c:d}"\n'
    assert len(currency_symbols(source)) == 1 and money_formats(source) == ["line 2: :,.2f"]
    assert currency_symbols('"""Amounts like €12.50."""\n') != []  # docstrings too
    assert currency_symbols('PRICE = "$12.50"\n') != []
    assert currency_symbols('CODE = re.compile(r"^[0-9]{13}$")\nH = f"scrypt${n}${r}"\n') == []
    assert money_formats('x = f"{ratio:.1%}"\n') == []


def test_the_import_check_sees_a_module_that_loads_the_engine():
    assert loaded_by(("associate_app.services",), ENGINE) == ["associate_app.services",
                                                              "associate_app.sync.engine",
                                                              "associate_app.demo_service"]


def test_every_way_a_search_matches_has_its_words():
    from associate_app.cache.customer_search import SCORES
    from associate_app.gui.match_words import MATCH_WORDS

    assert set(MATCH_WORDS) == set(SCORES)

"""The house rules of the layers (DESIGN.md): the core imports no widgets, and markup is
built only under ``infoint/ui/`` (and by the exporters in ``infoint/io/``)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "infoint"
CORE = sorted(
    p for p in PACKAGE.rglob("*.py")
    if not {"ui", "io", "migrations"} & set(p.relative_to(PACKAGE).parts[:-1])
)
TAG = re.compile(
    r"<(?:div|span|p|table|thead|tbody|tr|td|th|a|li|ul|ol|strong|em|b|i|mark|h[1-6]|br|img"
    r"|details|summary|section|style|script|button|input|label|pre|code)[\s>/]",
    re.IGNORECASE,
)


def _strings(tree: ast.AST):
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        # A docstring may name a tag it talks about; any other string is checked.
        if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                and id(node) not in docstrings):
            yield node.lineno, node.value


def test_the_core_is_what_the_rules_cover():
    names = {p.relative_to(PACKAGE).as_posix() for p in CORE}
    assert {"store.py", "steps/outreach.py", "scoring/outreach.py", "contacts_view.py"} <= names
    assert not any(n.startswith(("ui/", "io/")) for n in names)


@pytest.mark.parametrize("path", CORE, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_core_modules_import_no_widgets(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        assert not any(n.split(".")[0] == "ipywidgets" or n.startswith("infoint.ui")
                       for n in names), f"{path.name}:{node.lineno} imports {names}"


@pytest.mark.parametrize("path", CORE, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_core_modules_build_no_markup(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = [(line, text[:60]) for line, text in _strings(tree) if TAG.search(text)]
    assert found == [], f"markup in {path.relative_to(PACKAGE)}: {found}"


def test_the_markup_check_sees_markup():
    tree = ast.parse('x = f"<td>{name}</td>"\ny = "<b>bold</b>"\nz = r"(?P<obj>\\w+)"\n')
    assert sorted({line for line, text in _strings(tree) if TAG.search(text)}) == [1, 2]

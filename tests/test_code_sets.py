"""Every set of rule codes a rule module names (`_STOP_CODES`, `_FORM_CODES` ...) lies inside
the declaration of each rule whose code reaches it: a rule that looks for another rule's
label declares that it reads it (or, for a pattern rule, that it reads shapes) (else the engine shows it no such label, and the set is
dead code that looks alive)."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

from cleanscrape.engine import sees_of
from cleanscrape.registry import DEFAULT_RULES

RULES_DIR = Path(__file__).resolve().parent.parent / "src" / "cleanscrape" / "rules"
_CODE = re.compile(r"CS\d{3}")


def _code_sets(tree: ast.Module) -> dict[str, frozenset[str]]:
    """Module-level names bound to a code or a collection of codes: name -> codes."""
    out: dict[str, frozenset[str]] = {}
    for node in tree.body:
        target, value = None, None
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            target, value = node.targets[0].id, node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            target, value = node.target.id, node.value
        if target is None or value is None:
            continue
        strings = [c.value for c in ast.walk(value) if isinstance(c, ast.Constant) and isinstance(c.value, str)]
        if strings and all(_CODE.fullmatch(x) for x in strings):
            out[target] = frozenset(strings)
    return out


def _uses(tree: ast.Module) -> dict[str, set[str]]:
    """For each module-level function and class: the module-level names its code loads."""
    out: dict[str, set[str]] = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            out[node.name] = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
            # `Class.method(...)` / `self.helper(...)` inside the module reach its own methods
    return out


def _reach(start: str, uses: dict[str, set[str]]) -> set[str]:
    """Every module-level name reached from ``start`` through the module's functions and classes."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        for name in uses.get(todo.pop(), set()) - seen:
            seen.add(name)
            todo.append(name)
    return seen


def _rule_classes(tree: ast.Module) -> dict[str, str]:
    """Module-level rule instances made by calling a class: code -> the class's name."""
    out: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name):
            args = node.value.args
            if args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str) \
                    and _CODE.fullmatch(args[0].value):
                out[args[0].value] = node.value.func.id
    return out


def named_outside_declarations() -> dict[str, set[str]]:
    """Per rule code: the codes its code names whose labels it does not see (nor is)."""
    reads = sees_of(DEFAULT_RULES)  # what it reads, and the pattern rules it reads as shapes
    shipped = {r.code for r in DEFAULT_RULES}
    out: dict[str, set[str]] = {}
    for path in sorted(RULES_DIR.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        sets, uses = _code_sets(tree), _uses(tree)
        for code, cls in _rule_classes(tree).items():
            if code not in reads:
                continue
            named: set[str] = set()
            for name in _reach(cls, uses):
                named |= sets.get(name, frozenset())
            bad = (named & shipped) - reads[code] - {code}
            if bad:
                out[code] = bad
    return out


def test_every_code_set_a_rule_names_lies_inside_its_declaration():
    assert named_outside_declarations() == {}


def test_the_check_finds_a_set_outside_a_declaration(tmp_path, monkeypatch):
    src = '''
_MINE = frozenset({"CS412"})
def helper(ctx):
    return ctx.labelled(_MINE)
class Reader:
    def check(self, ctx):
        return helper(ctx)
READER = Reader("CS101", "x")
'''
    (tmp_path / "fake.py").write_text(src, encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "RULES_DIR", tmp_path)
    assert named_outside_declarations() == {"CS101": {"CS412"}}

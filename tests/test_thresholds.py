"""Names for thresholds (issue #20): a number a rule compares against is a named module
constant with a one-line why (`HEADING_MAX_CHARS = 200  # ...`), never a bare literal.

The scan reads every function in ``src/cleanscrape`` with ``ast`` and finds numeric literals
other than 0, 1 and -1 that stand as an operand of a comparison (``len(t) <= 60``,
``seen < 2``, ``1 <= n <= 12``). 2 counts: `at least two headers` is a choice like any other
(arithmetic such as ``2 * len(key)`` or ``k + 2`` is no operand of the comparison and is not
read). Literals in default arguments, slices and calls are not read either; the modules done
name those too where they are thresholds.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "cleanscrape"
PLAIN = frozenset({0, 1, -1})



def _number(node: ast.expr) -> int | float | None:
    sign = 1
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        node, sign = node.operand, -1
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return sign * node.value
    return None


def bare_thresholds(path: Path) -> list[tuple[int, int | float]]:
    """(line, value) of every numeric literal other than 0 and ±1 compared against in a function."""
    found: set[tuple[int, int, int | float]] = set()
    for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        for node in ast.walk(fn):
            if isinstance(node, ast.Compare):
                for operand in (node.left, *node.comparators):
                    value = _number(operand)
                    if value is not None and value not in PLAIN:
                        found.add((operand.lineno, operand.col_offset, value))
    return [(line, value) for line, _, value in sorted(found)]


def test_thresholds_in_comparisons_are_named() -> None:
    scanned = {p.relative_to(SRC).as_posix(): bare_thresholds(p) for p in sorted(SRC.rglob("*.py"))}
    bare = [f"{m}:{line}: {value}" for m, hits in scanned.items() for line, value in hits]
    assert not bare, "bare thresholds (name them: a module constant with a one-line why):\n" + "\n".join(bare)


def test_the_scan_finds_a_bare_threshold(tmp_path: Path) -> None:
    path = tmp_path / "m.py"
    path.write_text("LIMIT = 40\n\ndef f(t, n):\n    return len(t) <= 60 and n < LIMIT and 2 * n > 1 and n != -3\n",
                    encoding="utf-8")
    assert bare_thresholds(path) == [(4, 60), (4, -3)]

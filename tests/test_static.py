"""Types and style are part of the suite: ``mypy`` (strict, over src) and ``ruff check``
run with the settings in pyproject.toml, so CI's one test command checks them too. The
test extra installs both; a test is skipped only where a tool is missing. And no function
of the package is longer than MAX_FUNCTION_LINES."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(tool: str, *args: str) -> None:
    if importlib.util.find_spec(tool) is None:
        pytest.skip(f"{tool} is not installed (pip install -e '.[test]')")
    done = subprocess.run([sys.executable, "-m", tool, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, f"{tool} {' '.join(args)}:\n{done.stdout}{done.stderr}"


def test_mypy_strict() -> None:
    _run("mypy")  # [tool.mypy]: strict, files = src


def test_ruff_check() -> None:
    _run("ruff", "check", "--no-cache", ".")  # [tool.ruff]: the rule set and its reasons


MAX_FUNCTION_LINES = 80  # a longer function is split into named steps


def test_no_long_functions() -> None:
    long = []
    for path in sorted((ROOT / "src" / "cleanscrape").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno is not None:
                size = node.end_lineno - node.lineno + 1
                if size > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.name} has {size} lines")
    assert not long, "\n".join(long)

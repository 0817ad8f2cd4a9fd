"""The documentation says what the code does."""

from __future__ import annotations

import doctest
import os
import re
from pathlib import Path

import cleanscrape
from cleanscrape.cli.main import rules_markdown

ROOT = Path(__file__).resolve().parent.parent


def test_readme_rules_table_is_generated_from_the_rules():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- rules-table:start -->\n(.*?)\n<!-- rules-table:end -->", readme, re.S)
    assert m, "README lacks the rules table markers"
    if os.environ.get("UPDATE_README"):
        (ROOT / "README.md").write_text(readme.replace(m.group(1), rules_markdown().strip()), encoding="utf-8")
        return
    assert m.group(1).strip() == rules_markdown().strip(), (
        "README rules table is stale: regenerate with UPDATE_README=1 pytest tests/test_docs.py")


def test_ci_runs_exactly_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    last = [ln for ln in ci if ln.strip() and not ln.startswith(("#", "set "))][-1]
    assert last in (ROOT / "README.md").read_text(encoding="utf-8")


def test_package_docstring_example_runs():
    failures, _ = doctest.testmod(cleanscrape, verbose=False)
    assert failures == 0


def test_readme_library_example_runs():
    """The ```python blocks run as written (```py blocks are illustrations needing other data)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    page_text = ("Harbour cranes return\nBy Jane Roe\nPresented by Northfield Bank\n"
                 "The cranes came back on Monday after a long refit.\nTrending")
    env = {"page_text": page_text, "print": lambda *a, **k: None}
    for code in blocks:
        exec(compile(code, "README.md", "exec"), env)
    assert [p for r in env["records"] for p in r.paragraphs] == [
        "The cranes came back on Monday after a long refit."]


def test_changelog_follows_keep_a_changelog():
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert text.startswith("# Changelog")
    assert "## [Unreleased]" in text

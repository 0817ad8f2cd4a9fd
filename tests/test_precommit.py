"""The pre-commit hooks: a valid manifest, and the entry working in a second repository."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / ".pre-commit-hooks.yaml"
REQUIRED = {"id", "name", "entry", "language"}


def hooks() -> list[dict[str, str]]:
    """A small reader for the manifest's flat list of mappings (no YAML library needed)."""
    out: list[dict[str, str]] = []
    for raw in MANIFEST.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw.startswith("- "):
            out.append({})
            raw = "  " + raw[2:]
        assert raw.startswith("  ") and ":" in raw, f"unexpected manifest line: {raw!r}"
        key, _, value = raw.strip().partition(":")
        out[-1][key.strip()] = value.strip()
    return out


def test_manifest_declares_check_and_fix_hooks():
    found = {h["id"]: h for h in hooks()}
    assert set(found) == {"cleanscrape-check", "cleanscrape-fix"}
    for h in found.values():
        assert REQUIRED <= set(h), h
        assert h["language"] == "python"
        assert h["entry"].startswith("cleanscrape check")
    assert "--fix" in found["cleanscrape-fix"]["entry"]
    for h in found.values():  # identify knows "text"; it has no tag for JSONL (files: covers it)
        assert h.get("types") == "[text]"


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env=dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org",
                            GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org"))


@pytest.mark.parametrize("hook_id", ["cleanscrape-check", "cleanscrape-fix"])
def test_hook_entry_runs_in_a_second_repository(tmp_path, hook_id):
    """Run the hook's entry the way pre-commit does: the entry, then the staged file names."""
    if subprocess.run(["git", "--version"], capture_output=True).returncode != 0:
        pytest.skip("git is not installed")
    repo = tmp_path / "corpus-repo"
    repo.mkdir()
    _git("init", "-q", cwd=repo)
    page = repo / "page.txt"
    page.write_text("Harbour cranes return to Port Velmora\nInes Carter | Reuters\n"
                    "The cranes came back on Monday after a refit that ran two years over schedule.\n",
                    encoding="utf-8")
    (repo / "ok.txt").write_text("The council voted on Monday to keep the old library open.\n", encoding="utf-8")
    _git("add", ".", cwd=repo)
    hook = {h["id"]: h for h in hooks()}[hook_id]
    entry = shlex.split(hook["entry"])
    cmd = [sys.executable, "-m", "cleanscrape", *entry[1:], "page.txt", "ok.txt"]
    source = ROOT
    if subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True).returncode == 0:
        source = tmp_path / "cleanscrape-clone"  # as pre-commit does: a fresh clone of this repository
        _git("clone", "-q", str(ROOT), str(source), cwd=tmp_path)
    env = dict(os.environ, PYTHONPATH=str(source / "src"))
    first = subprocess.run(cmd, cwd=repo, capture_output=True, env=env)
    if hook_id == "cleanscrape-check":
        assert first.returncode == 1 and b"page.txt:2:1: CS101" in first.stdout
        assert "Ines Carter" in page.read_text(encoding="utf-8")
    else:
        assert first.returncode == 0
        assert "Ines Carter" not in page.read_text(encoding="utf-8")
        again = subprocess.run(cmd, cwd=repo, capture_output=True, env=env)
        assert again.returncode == 0

"""Settings per file, as ruff finds them: the nearest config above each file; `--force-exclude`."""

from __future__ import annotations

import subprocess
from pathlib import Path

from cli_helpers import PAGE, ROOT, run


def codes(p: subprocess.CompletedProcess) -> set[tuple[str, str]]:
    """(path, code) of each CS101 or CS403 diagnostic (the two the page is written for)."""
    out = set()
    for line in p.stdout.decode().splitlines():
        where, _, rest = line.partition(": ")
        if rest.split()[0] in ("CS101", "CS403"):
            out.add((where.rsplit(":", 2)[0], rest.split()[0]))
    return out


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_each_file_takes_the_nearest_config_above_it(tmp_path):
    write(tmp_path / "one" / "pyproject.toml", '[tool.cleanscrape]\nignore = ["CS101"]\n')
    write(tmp_path / "one" / "a.txt", PAGE)
    write(tmp_path / "two" / "cleanscrape.toml", 'ignore = ["CS403"]\n')
    write(tmp_path / "two" / "a.txt", PAGE)
    write(tmp_path / "two" / "inner" / "cleanscrape.toml", 'select = ["CS4"]\n')  # the nearest wins, no merge
    write(tmp_path / "two" / "inner" / "a.txt", PAGE)
    p = run("check", "one", "two", cwd=tmp_path)
    assert codes(p) == {("one/a.txt", "CS403"), ("two/a.txt", "CS101"), ("two/inner/a.txt", "CS403")}
    named = run("check", "one/a.txt", cwd=tmp_path)
    assert codes(named) == {("one/a.txt", "CS403")}


def test_a_file_with_no_config_above_it_takes_the_one_found_from_here(tmp_path):
    write(tmp_path / "work" / "pyproject.toml", '[tool.cleanscrape]\nignore = ["CS101"]\n')
    outside = write(tmp_path / "outside" / "a.txt", PAGE)
    p = run("check", str(outside), cwd=tmp_path / "work")
    assert {c for _, c in codes(p)} == {"CS403"}


def test_exclude_is_anchored_at_its_config_and_config_flag_wins(tmp_path):
    write(tmp_path / "proj" / "pyproject.toml", '[tool.cleanscrape]\nexclude = ["drafts/", "notes/skip.txt"]\n')
    write(tmp_path / "proj" / "drafts" / "d.txt", PAGE)
    write(tmp_path / "proj" / "notes" / "skip.txt", PAGE)
    write(tmp_path / "proj" / "notes" / "keep.txt", PAGE)
    p = run("check", "--select", "CS101", "proj", cwd=tmp_path)
    assert codes(p) == {("proj/notes/keep.txt", "CS101")}
    write(tmp_path / "other.toml", 'select = ["CS403"]\n')
    p = run("check", "--config", "other.toml", "proj", cwd=tmp_path)
    assert {c for _, c in codes(p)} == {"CS403"}
    assert ("proj/drafts/d.txt", "CS403") in codes(p)  # --config: its own (empty) exclude, for every file


def test_force_exclude_applies_exclude_to_named_files(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.cleanscrape]\nexclude = ["drafts/", "*.tmp.txt"]\n')
    d = write(tmp_path / "drafts" / "d.txt", PAGE)
    t = write(tmp_path / "x.tmp.txt", PAGE)
    k = write(tmp_path / "keep.txt", PAGE)
    named = [str(x.relative_to(tmp_path)) for x in (d, t, k)]
    assert {w for w, _ in codes(run("check", *named, cwd=tmp_path))} == set(named)
    forced = run("check", "--force-exclude", *named, cwd=tmp_path)
    assert {w for w, _ in codes(forced)} == {"keep.txt"}
    assert run("check", "--force-exclude", "drafts/d.txt", cwd=tmp_path).returncode == 0
    assert run("check", "--force-exclude", "drafts", cwd=tmp_path).returncode == 0


def test_hooks_pass_force_exclude_and_honour_exclude(tmp_path):
    manifest = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    entries = [ln.split(":", 1)[1].strip() for ln in manifest.splitlines() if ln.strip().startswith("entry:")]
    assert len(entries) == 2 and all("--force-exclude" in e.split() for e in entries), entries
    write(tmp_path / "pyproject.toml", '[tool.cleanscrape]\nexclude = ["vendor/"]\n')
    page = write(tmp_path / "vendor" / "page.txt", PAGE)
    for entry in entries:  # as pre-commit runs it: the entry, then the staged file names
        p = run(*entry.split()[1:], "vendor/page.txt", cwd=tmp_path)
        assert p.returncode == 0, (entry, p.stdout, p.stderr)
    assert page.read_text(encoding="utf-8") == PAGE


def test_resolver_gives_settings_per_file(tmp_path, monkeypatch):
    from cleanscrape.config import Resolver

    write(tmp_path / "pyproject.toml", '[tool.cleanscrape]\ntext-field = "top"\n')
    write(tmp_path / "sub" / "cleanscrape.toml", 'text-field = "sub"\n')
    monkeypatch.chdir(tmp_path)
    r = Resolver()
    assert r.settings_for(tmp_path / "a.txt").text_field == "top"
    assert r.settings_for(tmp_path / "sub" / "deeper" / "b.txt").text_field == "sub"
    assert r.settings_for(tmp_path / "sub" / "c.txt") is r.settings_for(tmp_path / "sub" / "deeper" / "b.txt")
    fixed = Resolver(config=tmp_path / "pyproject.toml", text_field="cli")
    assert fixed.settings_for(tmp_path / "sub" / "c.txt").text_field == "cli"

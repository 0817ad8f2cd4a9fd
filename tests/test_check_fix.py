"""`check --fix` until stable, `check -` on stdin, and one-line errors (no traceback) on bad files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from cli_helpers import PAGE, ROOT, run
FIXED = (
    "Harbour cranes return to Port Velmora after refit\n"
    "The cranes came back on Monday after a refit that ran two years over schedule.\n"
    "Shipping lines said the return would help clear a backlog of ships waiting for berths.\n"
)
UNSAFE = ("Velmora dockers vote to end strike\n"
          "Dockers at the port voted on Thursday to end a strike that had halted traffic for weeks.\n"
          "Is the ferry era over? Inside the fight for Velmora's harbour\n"
          "The union said members had accepted a pay offer of 6% over two years, plus a bonus.\n")


def snapshot(base: Path) -> dict[str, bytes]:
    return {str(p.relative_to(base)): p.read_bytes() for p in sorted(base.rglob("*")) if p.is_file()}


def one_line_error(p: subprocess.CompletedProcess) -> str:
    assert p.returncode == 2, (p.returncode, p.stderr)
    lines = p.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in lines[0], p.stderr.decode()
    return lines[0]


# -- 2. fixes converge -----------------------------------------------------------------------

def test_a_second_fix_of_the_whole_corpus_changes_nothing(tmp_path):
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    first = run("check", "--fix", "corpus", cwd=tmp_path)
    assert first.returncode in (0, 1), first.stderr
    once = snapshot(tmp_path / "corpus")
    second = run("check", "--fix", "corpus", cwd=tmp_path)
    assert snapshot(tmp_path / "corpus") == once
    assert b"0 file(s) changed" in second.stderr, second.stderr
    assert run("check", "--diff", "corpus", cwd=tmp_path).stdout == b""


def test_diff_shows_the_converged_fix(tmp_path):
    shutil.copytree(ROOT / "corpus", tmp_path / "patched")
    shutil.copytree(ROOT / "corpus", tmp_path / "fixed")
    diff = run("check", "--diff", "patched", cwd=tmp_path).stdout
    applied = subprocess.run(["git", "apply", "-"], input=diff, cwd=tmp_path,
                             capture_output=True)
    assert applied.returncode == 0, applied.stderr.decode()
    run("check", "--fix", "fixed", cwd=tmp_path)
    assert snapshot(tmp_path / "patched") == snapshot(tmp_path / "fixed")
    assert run("check", "--diff", "patched", cwd=tmp_path).stdout == b""  # nothing left to fix


def test_fix_reports_what_is_left_and_counts_what_went(tmp_path):
    (tmp_path / "p.txt").write_text(UNSAFE.replace("Dockers at", "Ines Carter | Reuters\nDockers at"),
                                    encoding="utf-8")
    p = run("check", "--fix", "p.txt", cwd=tmp_path)
    assert p.returncode == 1
    # the unsafe finding is reported where it is now, in the fixed file
    assert p.stdout.decode().startswith("p.txt:3:1: CS205"), p.stdout
    assert b"1 fixed, 1 remaining" in p.stderr, p.stderr


# -- 3. stdin --------------------------------------------------------------------------------

def test_check_dash_reads_stdin_and_names_it(tmp_path):
    p = run("check", "-", cwd=tmp_path, stdin=PAGE.encode())
    assert p.returncode == 1, p.stderr
    assert p.stdout.decode().splitlines()[0].startswith("-:2:1: CS101 [pipe-credit]")
    named = run("check", "--stdin-filename", "pages/a.txt", "-", cwd=tmp_path, stdin=PAGE.encode())
    assert named.stdout.decode().splitlines()[0].startswith("pages/a.txt:2:1: CS101")
    implied = run("check", "--stdin-filename", "pages/a.txt", cwd=tmp_path, stdin=PAGE.encode())
    assert implied.stdout == named.stdout


def test_fix_dash_writes_the_fixed_text_to_stdout(tmp_path):
    p = run("check", "--fix", "-", cwd=tmp_path, stdin=PAGE.encode())
    assert p.returncode == 0, p.stderr
    assert p.stdout == FIXED.encode()
    assert b"No such file" not in p.stderr and b"error" not in p.stderr
    left = run("check", "--fix", "-", cwd=tmp_path, stdin=UNSAFE.encode())
    assert left.returncode == 1 and left.stdout == UNSAFE.encode()
    assert b"-:3:1: CS205" in left.stderr  # diagnostics go to stderr: stdout is the text


def test_fix_dash_jsonl_and_diff_dash(tmp_path):
    line = json.dumps({"id": 1, "text": PAGE}) + "\n"
    p = run("check", "--fix", "--stdin-filename", "in.jsonl", "-", cwd=tmp_path, stdin=line.encode())
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["text"] == FIXED
    d = run("check", "--diff", "--stdin-filename", "page.txt", "-", cwd=tmp_path, stdin=PAGE.encode())
    assert d.returncode == 1 and d.stdout.startswith(b"--- a/page.txt\n+++ b/page.txt\n")
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    subprocess.run(["git", "apply", "-"], input=d.stdout, cwd=tmp_path, check=True, capture_output=True)
    assert (tmp_path / "page.txt").read_text(encoding="utf-8") == FIXED


def test_dash_with_other_paths_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    assert "'-'" in one_line_error(run("check", "--fix", "-", "a.txt", cwd=tmp_path, stdin=PAGE.encode()))


# -- 4. one line, exit 2, never a traceback --------------------------------------------------

def test_write_baseline_to_a_missing_folder(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    line = one_line_error(run("check", "--write-baseline", str(tmp_path / "missing" / "b.json"), "a.txt",
                              cwd=tmp_path))
    assert "b.json" in line and "cannot write" in line


@pytest.mark.parametrize("name,data", [
    ("cleanscrape.toml", b'select = ["CS1"]\n# caf\xe9\n'),  # not UTF-8
    ("pyproject.toml", b"[tool]\ncleanscrape = 3\n"),  # not a table
    ("cleanscrape.toml", b"rules = 3\n"),
])
def test_unreadable_config_is_one_line(tmp_path, name, data):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / name).write_bytes(data)
    line = one_line_error(run("check", "a.txt", cwd=tmp_path))
    assert name in line


def test_unreadable_config_and_baseline_paths_are_one_line(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "folder").mkdir()
    for args in (["--config", "missing.toml"], ["--config", "folder"], ["--baseline", "folder"],
                 ["--baseline", "missing.json"], ["--write-baseline", "folder"]):
        line = one_line_error(run("check", *args, "a.txt", cwd=tmp_path))
        assert args[1] in line, (args, line)


def test_baseline_is_written_atomically(tmp_path, monkeypatch, capsys):
    from cleanscrape.cli.main import main

    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    base = tmp_path / "b.json"
    base.write_text("old baseline\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    assert main(["check", "--write-baseline", "b.json", "a.txt"]) == 2
    assert base.read_text(encoding="utf-8") == "old baseline\n"  # the old one, whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.json"]  # no temporary file left
    monkeypatch.undo()
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--write-baseline", "b.json", "a.txt"]) == 0
    assert json.loads(base.read_text(encoding="utf-8"))["version"] == 1
    capsys.readouterr()


def test_not_utf8_and_gzip_files_are_reported_but_not_rewritten(tmp_path):
    import gzip

    latin = PAGE.replace("Velmora", "Velm\xf6ra").encode("latin-1")
    (tmp_path / "latin.txt").write_bytes(latin)
    (tmp_path / "page.txt.gz").write_bytes(gzip.compress(PAGE.encode()))
    p = run("check", "--fix", "latin.txt", "page.txt.gz", cwd=tmp_path)
    assert p.returncode == 1 and b"latin.txt:2:1: CS101" in p.stdout and b"page.txt.gz:2:1: CS101" in p.stdout
    assert (tmp_path / "latin.txt").read_bytes() == latin
    assert gzip.decompress((tmp_path / "page.txt.gz").read_bytes()) == PAGE.encode()
    assert b"not rewritten" in p.stderr

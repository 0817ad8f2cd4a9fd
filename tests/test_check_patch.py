"""`check --diff` prints a patch that `git apply` and `patch -p1` take, whatever the file's line endings."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

HEAD = "Harbour cranes return to Port Velmora after refit\n"
CREDIT = "Ines Carter | Reuters\n"
BODY = "The cranes came back on Monday after a refit that ran two years over schedule.\n"
MORE = "Shipping lines said the return would help clear a backlog of ships waiting for berths.\n"
SHARE = "  Share this article\n"

# one file per hard case: git and patch split lines on \n only
FILES = {
    "no-final-newline.txt": HEAD + CREDIT + BODY + MORE.rstrip("\n"),
    "last-line-removed.txt": HEAD + BODY + MORE + SHARE.rstrip("\n"),
    "separators.txt": (HEAD + CREDIT + "The cranes\u2028came back on Monday\u2029after a refit\x0bthat ran"
                       "\x0c two years\x1c over\x1d sche\x1edule\x85, the port said on Tuesday.\n" + MORE),
    "sep-last.txt": HEAD + BODY + CREDIT + "Port\u2028Velmora said on Tuesday that ships were waiting for berths.",
    "crlf.txt": (HEAD + CREDIT + BODY + MORE).replace("\n", "\r\n"),
    "sub/nested.txt": HEAD + BODY + SHARE + MORE,
    "sub dir/with space.txt": HEAD + CREDIT + BODY,
    "whole.txt": CREDIT.rstrip("\n"),  # every line goes
}


def run(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    env.pop("FORCE_COLOR", None)
    return subprocess.run([sys.executable, "-m", "cleanscrape", *args], cwd=cwd, env=env,
                          capture_output=True, input=stdin, timeout=60)


def make_tree(base: Path) -> Path:
    for name, text in FILES.items():
        f = base / "pages" / name
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(text.encode("utf-8"))
    return base


def snapshot(base: Path) -> dict[str, bytes]:
    return {str(p.relative_to(base)): p.read_bytes() for p in sorted((base / "pages").rglob("*")) if p.is_file()}


@pytest.fixture
def trees(tmp_path: Path) -> tuple[Path, Path]:
    """The same pages twice: one to patch, one to --fix."""
    return make_tree(tmp_path / "patched"), make_tree(tmp_path / "fixed")


def test_diff_applies_with_git_apply_in_every_case(trees):
    patched, fixed = trees
    diff = run("check", "--diff", "pages", cwd=patched)
    assert diff.returncode == 1, diff.stderr
    assert diff.stdout.count(b"--- a/pages/") == len(FILES)
    assert b"\\ No newline at end of file\n" in diff.stdout
    check = subprocess.run(["git", "apply", "--check", "-v", "-"], input=diff.stdout, cwd=patched,
                           capture_output=True)
    assert check.returncode == 0, check.stderr.decode()
    subprocess.run(["git", "apply", "-"], input=diff.stdout, cwd=patched, check=True, capture_output=True)
    assert run("check", "--fix", "pages", cwd=fixed).returncode in (0, 1)
    assert snapshot(patched) == snapshot(fixed)
    assert run("check", "--diff", "pages", cwd=patched).stdout == b""


def test_diff_applies_with_patch_p1(trees):
    if shutil.which("patch") is None:
        pytest.skip("patch is not installed")
    patched, fixed = trees
    diff = run("check", "--diff", "pages", cwd=patched).stdout
    dry = subprocess.run(["patch", "-p1", "--dry-run"], input=diff, cwd=patched, capture_output=True)
    assert dry.returncode == 0, dry.stdout.decode() + dry.stderr.decode()
    subprocess.run(["patch", "-p1"], input=diff, cwd=patched, check=True, capture_output=True)
    run("check", "--fix", "pages", cwd=fixed)
    assert snapshot(patched) == snapshot(fixed)


def test_diff_headers_are_relative_to_where_the_command_runs(trees):
    patched, _ = trees
    absolute = run("check", "--diff", str(patched / "pages"), cwd=patched).stdout
    dotted = run("check", "--diff", "./pages/../pages", cwd=patched).stdout
    plain = run("check", "--diff", "pages", cwd=patched).stdout
    assert absolute == dotted == plain
    assert plain.startswith(b"--- a/pages/")
    check = subprocess.run(["git", "apply", "--check", "-"], input=absolute, cwd=patched, capture_output=True)
    assert check.returncode == 0, check.stderr.decode()


def test_a_bom_file_patches_too(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbf" + (HEAD + CREDIT + BODY).encode())
    diff = run("check", "--diff", "bom.txt", cwd=tmp_path).stdout
    subprocess.run(["git", "apply", "-"], input=diff, cwd=tmp_path, check=True, capture_output=True)
    assert f.read_bytes() == b"\xef\xbb\xbf" + (HEAD + BODY).encode()


def test_jsonl_record_with_a_raw_line_separator_stays_one_record(tmp_path):
    import json

    rec = json.dumps({"id": 1, "text": HEAD + CREDIT + "The cranes\u2028came back on Monday after a refit.\n" + MORE},
                     ensure_ascii=False)
    f = tmp_path / "pages.jsonl"
    f.write_text(rec + "\n", encoding="utf-8")
    p = run("check", "--diff", "pages.jsonl", cwd=tmp_path)
    assert p.returncode == 1, p.stderr
    subprocess.run(["git", "apply", "-"], input=p.stdout, cwd=tmp_path, check=True, capture_output=True)
    (line,) = f.read_text(encoding="utf-8").split("\n")[:-1]
    assert "Ines Carter" not in json.loads(line)["text"] and "\u2028" in json.loads(line)["text"]

"""Colour on a terminal (NO_COLOR, FORCE_COLOR) and `-q` / `--silent` for `check`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGE = (
    "Harbour cranes return to Port Velmora after refit\n"
    "Ines Carter | Reuters\n"
    "The cranes came back on Monday after a refit that ran two years over schedule.\n"
)
ESC = b"\x1b["


def run(*args: str, cwd: Path, env: dict[str, str] | None = None, tty: bool = False):
    full = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    for k in ("NO_COLOR", "FORCE_COLOR"):
        full.pop(k, None)
    full.update(env or {})
    cmd = [sys.executable, "-m", "cleanscrape", *args]
    if not tty:
        return subprocess.run(cmd, cwd=cwd, env=full, capture_output=True, timeout=60)
    import pty

    master, slave = pty.openpty()
    try:
        proc = subprocess.run(cmd, cwd=cwd, env=full, stdout=slave, stderr=slave, timeout=60)
        os.close(slave)
        out = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
    finally:
        os.close(master)
    return subprocess.CompletedProcess(cmd, proc.returncode, out, b"")


@pytest.fixture
def page(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    return tmp_path


def test_no_colour_in_a_pipe(page):
    p = run("check", "a.txt", cwd=page)
    assert p.returncode == 1 and ESC not in p.stdout and ESC not in p.stderr


def test_force_color_colours_the_path_the_code_and_the_error_prefix(page):
    p = run("check", "a.txt", cwd=page, env={"FORCE_COLOR": "1"})
    assert p.returncode == 1
    line = p.stdout.decode().splitlines()[0]
    assert line.startswith("\x1b[1ma.txt\x1b[0m") and "\x1b[" in line.split("CS101")[0][-8:], line
    e = run("check", "missing.txt", cwd=page, env={"FORCE_COLOR": "1"})
    assert b"\x1b[1;31merror:\x1b[0m" in e.stderr and e.returncode == 2


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_a_terminal_gets_colour_unless_no_color(page):
    on = run("check", "a.txt", cwd=page, tty=True)
    assert on.returncode == 1 and ESC in on.stdout
    off = run("check", "a.txt", cwd=page, tty=True, env={"NO_COLOR": "1"})
    assert off.returncode == 1 and ESC not in off.stdout and b"a.txt:2:1: CS101" in off.stdout
    empty = run("check", "a.txt", cwd=page, tty=True, env={"NO_COLOR": ""})  # empty: not set
    assert ESC in empty.stdout


def test_quiet_prints_diagnostics_only_and_silent_nothing(page):
    loud = run("check", "a.txt", cwd=page)
    quiet = run("check", "-q", "a.txt", cwd=page)
    assert quiet.returncode == 1 and quiet.stdout == loud.stdout and quiet.stderr == b""
    assert loud.stderr  # the summary
    silent = run("check", "--silent", "a.txt", cwd=page)
    assert silent.returncode == 1 and silent.stdout == b"" and silent.stderr == b""
    fixed = run("check", "--quiet", "--fix", "a.txt", cwd=page)
    assert fixed.returncode == 0 and fixed.stdout == b"" and fixed.stderr == b""
    broken = run("check", "-q", "missing.txt", cwd=page)
    assert broken.returncode == 2 and b"missing.txt" in broken.stderr  # errors still print

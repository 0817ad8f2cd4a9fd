"""One registry answers `rules`, `rule`, `--select` and `--ignore`: built-ins, CS601, user and plugin rules."""

from __future__ import annotations

import json
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
USER = '[[rules]]\ncode = "CS901"\nname = "sponsor-line"\npattern = "Presented by .{1,60}"\n'


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    env.pop("FORCE_COLOR", None)
    return subprocess.run([sys.executable, "-m", "cleanscrape", *args], cwd=cwd, env=env,
                          capture_output=True, timeout=60)


def test_rules_and_rule_know_the_site_profile_rule(tmp_path):
    listed = run("rules", cwd=tmp_path)
    assert listed.returncode == 0 and b"CS601  site-profile" in listed.stdout
    rows = json.loads(run("rules", "--output-format", "json", cwd=tmp_path).stdout)
    assert "CS601" in [r["code"] for r in rows]
    one = run("rule", "CS601", cwd=tmp_path)
    assert one.returncode == 0 and b"site-profile" in one.stdout and b"What it removes" in one.stdout


def test_select_and_ignore_take_cs601(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    p = run("check", "--ignore", "CS601", "a.txt", cwd=tmp_path)
    assert p.returncode == 1 and b"a.txt:2:1: CS101" in p.stdout, p.stderr
    c = run("clean", "--ignore", "site-profile", "a.txt", cwd=tmp_path)
    assert c.returncode == 0, c.stderr


def test_user_rules_from_config_are_listed_and_documented(tmp_path):
    (tmp_path / "cleanscrape.toml").write_text(USER, encoding="utf-8")
    listed = run("rules", cwd=tmp_path)
    assert b"CS901  sponsor-line" in listed.stdout
    one = run("rule", "sponsor-line", cwd=tmp_path)
    assert one.returncode == 0 and one.stdout.startswith(b"CS901 sponsor-line")
    assert b"pattern: Presented by .{1,60}" in one.stdout


def test_plugin_rules_are_listed_and_documented(monkeypatch, capsys, tmp_path):
    from cleanscrape import Role, line_rule, registry
    from cleanscrape.cli.main import main

    plugin = line_rule("CS950", "promo-code", Role.CHROME, r"Use code [A-Z0-9]{4,12}.{0,40}",
                       "promo code lines", "What it removes: x\nWhy: y\nExample: z\nKept: w", starts=("Use",))

    class EntryPoint:
        name = "promo"

        def load(self):
            return [plugin]

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(registry, "_may_declare", lambda group: True)
    monkeypatch.setattr(registry, "entry_points", lambda group: [EntryPoint()])
    assert main(["rules"]) == 0
    assert "CS950  promo-code" in capsys.readouterr().out
    assert main(["rule", "CS950"]) == 0
    assert capsys.readouterr().out.startswith("CS950 promo-code")


@pytest.mark.parametrize("args", [["rule", "CS1050"], ["check", "--select", "CS1050", "a.txt"],
                                  ["check", "--ignore", "CS1050", "a.txt"], ["clean", "--ignore", "CS1050", "a.txt"]])
def test_unknown_code_is_a_short_line_with_a_suggestion(tmp_path, args):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    p = run(*args, cwd=tmp_path)
    assert p.returncode == 2
    (line,) = p.stderr.decode().strip().splitlines()
    assert line.endswith("error: unknown rule code or name 'CS1050' (did you mean CS105?)"), line
    assert len(line) < 100


def test_unknown_name_suggests_a_name_and_config_says_where(tmp_path):
    p = run("rule", "pipe-credits", cwd=tmp_path)
    assert p.stderr.decode().strip().endswith("(did you mean pipe-credit?)")
    (tmp_path / "cleanscrape.toml").write_text('ignore = ["CS1050"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (line,) = run("check", "a.txt", cwd=tmp_path).stderr.decode().strip().splitlines()
    assert "'CS1050' (did you mean CS105?)" in line and "cleanscrape.toml" in line
    assert len(line) < 120 + len(str(tmp_path))

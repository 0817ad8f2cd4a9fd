"""`cleanscrape check`: diagnostics, exit codes, --diff, --fix, baselines, output formats."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGE = (
    "Harbour cranes return to Port Velmora after refit\n"
    "Ines Carter | Reuters\n"
    "The cranes came back on Monday after a refit that ran two years over schedule.\n"
    "  Share this article\n"
    "Watch the river rise, residents said, and you learn patience.\n"
    "Getty Images, the agency, said its photographers covered the event.\n"
)


def run(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-m", "cleanscrape", *args], cwd=cwd, env=env,
                          capture_output=True, input=stdin, timeout=60)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "pages" / "clean.txt").write_text(
        "The council voted on Monday to keep the old library open for another year.\n", encoding="utf-8")
    return tmp_path


def test_one_diagnostic_per_artefact_at_line_and_column(corpus):
    p = run("check", "pages", cwd=corpus)
    assert p.returncode == 1
    lines = p.stdout.decode().splitlines()
    assert lines == [
        'pages/a.txt:2:1: CS101 [pipe-credit] names and an agency split by \'|\' — "Ines Carter | Reuters"',
        'pages/a.txt:4:3: CS403 [share-bar] share buttons: \'Share\', \'Facebook\', \'Twitter\', \'Email\', '
        '\'Print\' — "Share this article"',
    ]
    assert b"2 finding(s) (CS101 1, CS403 1)" in p.stderr


def test_clean_files_exit_zero(corpus):
    p = run("check", "pages/clean.txt", cwd=corpus)
    assert p.returncode == 0 and p.stdout == b""


def test_fix_then_check_is_clean_and_only_the_lines_went(corpus):
    target = corpus / "pages" / "a.txt"
    target.chmod(0o640)
    assert run("check", "--fix", "pages", cwd=corpus).returncode == 0
    assert run("check", "pages", cwd=corpus).returncode == 0
    after = target.read_text(encoding="utf-8").splitlines()
    before = PAGE.splitlines()
    assert after == [ln for n, ln in enumerate(before, start=1) if n not in (2, 4)]
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".")]  # no temp files left


def test_diff_applies_with_patch_and_exits_1(corpus):
    if shutil.which("patch") is None:
        pytest.skip("patch is not installed")
    p = run("check", "--diff", "pages", cwd=corpus)
    assert p.returncode == 1
    assert p.stdout.startswith(b"--- a/pages/a.txt\n+++ b/pages/a.txt\n")
    applied = subprocess.run(["patch", "-p1"], input=p.stdout, cwd=corpus, capture_output=True)
    assert applied.returncode == 0, applied.stderr
    assert run("check", "pages", cwd=corpus).returncode == 0
    assert run("check", "--diff", "pages", cwd=corpus).returncode == 0


def test_crlf_and_bom_survive_a_fix(tmp_path):
    f = tmp_path / "w.txt"
    f.write_bytes(b"\xef\xbb\xbf" + PAGE.replace("\n", "\r\n").encode())
    assert run("check", "--fix", "w.txt", cwd=tmp_path).returncode == 0
    data = f.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert b"Ines Carter" not in data


def test_jsonl_records_are_fixed_one_by_one(tmp_path):
    f = tmp_path / "pages.jsonl"
    untouched = '{"id": 2, "text": "The council voted on Monday.", "meta": {"x": 1.50}}\n'
    f.write_text(json.dumps({"id": 1, "text": PAGE, "url": "u"}) + "\n" + untouched, encoding="utf-8")
    p = run("check", "pages.jsonl", cwd=tmp_path)
    assert p.returncode == 1
    assert p.stdout.decode().startswith("pages.jsonl:1:1: CS101 [pipe-credit]")
    assert run("check", "--fix", "pages.jsonl", cwd=tmp_path).returncode == 0
    first, second = f.read_text(encoding="utf-8").splitlines(keepends=True)
    assert second == untouched
    rec = json.loads(first)
    assert rec["url"] == "u" and "Ines Carter" not in rec["text"] and "The cranes came back" in rec["text"]


def test_jsonl_records_that_cannot_be_read_are_errors_and_the_rest_still_checked(tmp_path):
    # worded as `clean` words them; each bad line said once; the readable records are checked
    # and fixed; the bad lines stay byte for byte; the exit status is 2
    f = tmp_path / "pages.jsonl"
    broken, no_text, not_str = '{"text": \n', '{"id": 7}\n', '{"text": 3}\n'
    f.write_text(broken + no_text + not_str + json.dumps({"text": PAGE}) + "\n", encoding="utf-8")
    p = run("check", "pages.jsonl", cwd=tmp_path)
    assert p.returncode == 2 and b"Traceback" not in p.stderr
    errors = [x for x in p.stderr.decode().splitlines() if "error:" in x]
    assert errors == ["cleanscrape: error: pages.jsonl:1: not a JSON object (Expecting value at character 10)",
                      "cleanscrape: error: pages.jsonl:2: no 'text' field",
                      "cleanscrape: error: pages.jsonl:3: field 'text' is not a string"]
    assert p.stdout.decode().startswith("pages.jsonl:4:1: CS101 [pipe-credit]")
    assert run("clean", "pages.jsonl", cwd=tmp_path).stderr.decode().splitlines()[:3] == errors
    assert run("check", "--fix", "pages.jsonl", cwd=tmp_path).returncode == 2
    lines = f.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[:3] == [broken, no_text, not_str] and "Ines Carter" not in lines[3]


def test_unsafe_fixes_need_the_flag(tmp_path):
    page = ("Velmora dockers vote to end strike\n"
            "Dockers at the port voted on Thursday to end a strike that had halted traffic for weeks.\n"
            "Is the ferry era over? Inside the fight for Velmora's harbour\n"
            "The union said members had accepted a pay offer of 6% over two years, plus a bonus.\n")
    (tmp_path / "p.txt").write_text(page, encoding="utf-8")
    p = run("check", "--fix", "p.txt", cwd=tmp_path)
    assert p.returncode == 1 and b"CS205" in p.stdout and b"unsafe fix" in p.stdout
    assert "Is the ferry era over?" in (tmp_path / "p.txt").read_text()
    assert run("check", "--fix", "--unsafe-fixes", "p.txt", cwd=tmp_path).returncode == 0
    assert "Is the ferry era over?" not in (tmp_path / "p.txt").read_text()


@pytest.mark.parametrize("fmt,start", [("json", b"["), ("jsonl", b'{"path": "pages/a.txt"'),
                                       ("github", b"::warning file=pages/a.txt,line=2,col=1,title=CS101::")])
def test_output_formats(corpus, fmt, start):
    p = run("check", "--output-format", fmt, "pages", cwd=corpus)
    assert p.returncode == 1 and p.stdout.startswith(start)


def test_statistics_and_exit_zero(corpus):
    p = run("check", "--statistics", "--exit-zero", "pages", cwd=corpus)
    assert p.returncode == 0
    assert p.stdout.decode().split() == ["1", "CS101", "pipe-credit", "1", "CS403", "share-bar"]


def test_baseline_reports_only_new_findings(corpus):
    assert run("check", "--write-baseline", "base.json", "pages", cwd=corpus).returncode == 0
    assert run("check", "--baseline", "base.json", "pages", cwd=corpus).returncode == 0
    (corpus / "pages" / "a.txt").write_text("Advertisement\n" + PAGE, encoding="utf-8")  # lines move, one is new
    p = run("check", "--baseline", "base.json", "pages", cwd=corpus)
    assert p.returncode == 1
    assert p.stdout.decode().splitlines() == [
        "pages/a.txt:1:1: CS404 [advertisement] 'Advertisement' / 'Anzeige' / 'Publicidad' markers — \"Advertisement\""]


def test_bad_baseline_missing_path_and_directory_exit_2(corpus):
    (corpus / "bad.json").write_text("{", encoding="utf-8")
    for args in (["--baseline", "bad.json", "pages"], ["nope.txt"], ["--fix", "--diff", "pages"]):
        p = run("check", *args, cwd=corpus)
        assert p.returncode == 2, args
        assert b"Traceback" not in p.stderr and len(p.stderr.decode().strip().splitlines()) == 1


def test_walk_honours_include_and_exclude(corpus):
    (corpus / "pages" / "skip").mkdir()
    (corpus / "pages" / "skip" / "b.txt").write_text(PAGE, encoding="utf-8")
    (corpus / "pages" / "notes.md").write_text(PAGE, encoding="utf-8")
    (corpus / "pyproject.toml").write_text('[tool.cleanscrape]\nexclude = ["skip/"]\n', encoding="utf-8")
    p = run("check", "pages", cwd=corpus)
    assert b"skip/b.txt" not in p.stdout and b"notes.md" not in p.stdout and b"pages/a.txt" in p.stdout


def test_config_select_ignore_and_cli_override(corpus):
    (corpus / "pyproject.toml").write_text('[tool.cleanscrape]\nignore = ["CS101"]\n', encoding="utf-8")
    p = run("check", "pages", cwd=corpus)
    assert b"CS101" not in p.stdout and b"CS403" in p.stdout
    (corpus / "cleanscrape.toml").write_text('select = ["CS1"]\n', encoding="utf-8")  # wins over pyproject
    p = run("check", "pages", cwd=corpus)
    assert b"CS101" in p.stdout and b"CS403" not in p.stdout
    p = run("check", "--select", "share-bar", "pages", cwd=corpus)  # the command line wins over both
    assert b"CS101" not in p.stdout and b"CS403" in p.stdout


@pytest.mark.parametrize("config,message", [
    ('colour = "red"\n', b"unknown key 'colour'; allowed: select"),
    ('select = ["CS999X"]\n', b"unknown rule code or name 'CS999X'"),
    ('select = 3\n', b"'select' must be a list of strings"),
    ("select = [\n", b"not valid TOML"),
    ('[[rules]]\ncode = "CS101"\nname = "x"\npattern = "x"\n', b"must be a free code from CS900 to CS999"),
    ('[[rules]]\ncode = "CS901"\nname = "x"\npattern = "("\n', b"pattern does not compile"),
    ('[[rules]]\ncode = "CS901"\nname = "x"\npattern = "x"\nrole = "banana"\n', b"role 'banana' unknown"),
])
def test_bad_config_is_one_clear_line_and_exit_2(corpus, config, message):
    (corpus / "cleanscrape.toml").write_text(config, encoding="utf-8")
    for cmd in ("check", "clean"):
        p = run(cmd, "pages/a.txt", cwd=corpus)
        assert p.returncode == 2, (cmd, p.stderr)
        err = p.stderr.decode().strip().splitlines()
        assert len(err) == 1 and message.decode() in err[0] and "Traceback" not in err[0]


def test_user_rule_from_config_labels_and_cleans(corpus):
    (corpus / "cleanscrape.toml").write_text(
        '[[rules]]\ncode = "CS901"\nname = "sponsor-line"\npattern = "Presented by .{1,60}"\nrole = "chrome"\n',
        encoding="utf-8")
    (corpus / "pages" / "s.txt").write_text("Presented by Northfield Bank\n" + PAGE, encoding="utf-8")
    p = run("check", "pages/s.txt", cwd=corpus)
    assert b"pages/s.txt:1:1: CS901 [sponsor-line]" in p.stdout
    c = run("clean", "pages/s.txt", cwd=corpus)
    rec = json.loads(c.stdout.decode().splitlines()[0])
    assert any(r["code"] == "CS901" for r in rec["removed"])


def test_user_pattern_that_backtracks_is_cut_off(corpus):
    (corpus / "cleanscrape.toml").write_text(
        '[[rules]]\ncode = "CS902"\nname = "slow"\npattern = "(a+)+b"\nmax-len = 100000\n', encoding="utf-8")
    (corpus / "pages" / "slow.txt").write_text("a" * 5000 + "\n", encoding="utf-8")
    p = run("check", "pages/slow.txt", cwd=corpus)
    assert p.returncode in (0, 1) and b"Traceback" not in p.stderr


def test_fix_refuses_symlinks(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text(PAGE, encoding="utf-8")
    (tmp_path / "tree").mkdir()
    (tmp_path / "tree" / "link.txt").symlink_to(outside)
    p = run("check", "--fix", "tree/link.txt", cwd=tmp_path)
    assert p.returncode == 2 and b"symbolic link" in p.stderr
    assert outside.read_text(encoding="utf-8") == PAGE


def test_entry_point_plugins_join_the_rules(monkeypatch, tmp_path):
    """A package's rules, registered under the `cleanscrape.rules` entry-point group."""
    from cleanscrape import Role, line_rule, registry
    from cleanscrape.config import ConfigError, Settings

    plugin = line_rule("CS950", "promo-code", Role.CHROME, r"Use code [A-Z0-9]{4,12}.{0,40}",
                       "promo code lines", "What it removes: x\nWhy: y\nExample: z\nKept: w",
                       starts=("Use",))

    class EntryPoint:
        name = "promo"

        def load(self):
            return [plugin]

    monkeypatch.setattr(registry, "_may_declare", lambda group: True)
    monkeypatch.setattr(registry, "entry_points", lambda group: [EntryPoint()] if group == registry.ENTRY_POINT_GROUP else [])
    rules = Settings(root=tmp_path).rules()
    assert rules[0].code == "CS950"
    labelled = Settings(root=tmp_path).pipeline().clean(
        "Harbour cranes return to Velmora\nUse code HARBOUR25 at checkout\n"
        "The cranes came back on Monday after a refit that ran two years over schedule.\n")
    assert [r.code for a in labelled for r in a.removed] == ["CS950"]

    class Broken(EntryPoint):
        def load(self):
            return "not a rule"

    monkeypatch.setattr(registry, "_may_declare", lambda group: True)
    monkeypatch.setattr(registry, "entry_points", lambda group: [Broken()])
    with pytest.raises(ConfigError, match="plugin failed to load"):
        Settings(root=tmp_path).rules()


def test_html_files_are_reported_but_never_rewritten(tmp_path):
    page = ("<!doctype html><html><body>\n<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>\n"
            "<article><h1>Cranes return</h1>\n<p>Ines Carter | Reuters</p>\n<p>The cranes came back on Monday "
            "after a refit that ran two years over schedule, the port said on Tuesday.</p>\n"
            "<p>Shipping lines said the return would help clear a backlog of ships waiting for berths.</p>\n"
            "</article></body></html>\n")
    f = tmp_path / "page.html"
    f.write_text(page, encoding="utf-8")
    p = run("check", "page.html", cwd=tmp_path)
    assert p.returncode == 1
    out = p.stdout.decode()
    assert "page.html:2:1: CS502 [html-structure]" in out and "page.html:4:1: CS101 [pipe-credit]" in out
    assert run("check", "--fix", "page.html", cwd=tmp_path).returncode == 1
    assert f.read_text(encoding="utf-8") == page


def test_plugins_are_looked_up_only_when_a_distribution_declares_the_group(monkeypatch, tmp_path):
    from cleanscrape import registry

    site = tmp_path / "site"
    (site / "other-1.0.dist-info").mkdir(parents=True)
    (site / "other-1.0.dist-info" / "entry_points.txt").write_text("[console_scripts]\nother = other:main\n")
    monkeypatch.setattr("sys.path", [str(site)])
    assert not registry._may_declare(registry.ENTRY_POINT_GROUP)
    (site / "promo-1.0.dist-info").mkdir()
    (site / "promo-1.0.dist-info" / "entry_points.txt").write_text("[cleanscrape.rules]\npromo = promo:RULES\n")
    assert registry._may_declare(registry.ENTRY_POINT_GROUP)
    archive = tmp_path / "eggs.zip"
    archive.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    monkeypatch.setattr("sys.path", [str(archive)])
    assert registry._may_declare(registry.ENTRY_POINT_GROUP)  # a zip: importlib.metadata decides

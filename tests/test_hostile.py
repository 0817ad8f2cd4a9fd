"""Whatever the web gives: every bad input gets a clear line or a documented recovery."""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import cleanscrape
from cleanscrape.batch import record_line
from cleanscrape.io.text import decode
from cleanscrape.rules.base import LineRule

ROOT = Path(__file__).resolve().parent.parent
PAGE = ("Harbour cranes return to Port Velmora after refit\nInes Carter | Reuters\n"
        "The cranes came back on Monday after a refit that ran two years over schedule.\n")


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-m", "cleanscrape", *args], input=stdin, cwd=cwd,
                          capture_output=True, env=env, timeout=120)


def records(out: bytes) -> list[dict]:
    return [json.loads(x) for x in out.decode().splitlines()]


@pytest.mark.parametrize("name,data,code,needle,args", [
    ("empty.txt", b"", 0, b"empty input", ()),
    ("blank.txt", b"  \n\t\n \r\n", 0, b"empty input", ()),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", 2, b"binary data", ()),
    ("latin1.txt", PAGE.replace("Monday", "M\u00f6nday").encode("latin-1"), 0, b"not valid UTF-8", ()),
    ("trunc.txt.gz", gzip.compress(PAGE.encode())[:25], 2, b"broken gzip data", ()),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", 2, b"binary data (NUL bytes), not an HTML",
     ("--input-format", "html")),
    ("slow.txt", PAGE.encode(), 2, b"slow.txt: over the time budget", ("--time-budget", "0.000001")),
    ("slow.txt", PAGE.encode(), 0, b"slow.txt: over the time budget",
     ("--time-budget", "0.000001", "--on-error", "skip")),
    ("bad.jsonl", b'{"text": \n', 2, b"bad.jsonl:1: not a JSON object (", ()),
])
def test_bad_input_matrix(tmp_path, name, data, code, needle, args):
    f = tmp_path / name
    f.write_bytes(data)
    p = run("clean", *args, str(f))
    assert p.returncode == code, p.stderr
    assert needle in p.stderr and b"Traceback" not in p.stderr
    message, summary = p.stderr.decode().strip().splitlines()        # one line each, then the summary
    assert needle.decode() in message and summary.startswith("cleanscrape: 1 page(s), ")
    quiet = run("clean", "-q", *args, str(f)).stderr.decode()                # -q: errors only
    assert quiet == (message + "\n" if message.startswith("cleanscrape: error:") else "")


@pytest.mark.parametrize("data", [
    b"\xef\xbb\xbf" + PAGE.encode(),                       # UTF-8 with a BOM
    PAGE.encode("utf-16"),                                 # UTF-16 with a BOM
    PAGE.encode("utf-16-le"),                              # UTF-16 without one
    PAGE.replace("\n", "\r\n").encode(),                   # CRLF
    PAGE.replace("\n", "\r").encode(),                     # lone CR
])
def test_encodings_and_line_ends_give_the_same_record(tmp_path, data):
    f = tmp_path / "page.txt"
    f.write_bytes(data)
    p = run("clean", str(f))
    assert p.returncode == 0 and p.stderr == b""
    (rec,) = records(p.stdout)
    assert rec["title"] == "Harbour cranes return to Port Velmora after refit"
    assert rec["paragraphs"] == ["The cranes came back on Monday after a refit that ran two years over schedule."]
    assert [r["line"] for r in rec["removed"]] == [2]


def test_explicit_encoding(tmp_path):
    f = tmp_path / "page.txt"
    f.write_bytes(PAGE.replace("Monday", "Mönday").encode("cp1252"))
    p = run("clean", "--encoding", "cp1252", str(f))
    assert p.returncode == 0 and p.stderr == b"" and "Mönday" in records(p.stdout)[0]["body"]
    bad = run("clean", "--encoding", "klingon", str(f))
    assert bad.returncode == 2 and b"unknown encoding 'klingon'" in bad.stderr


def test_page_size_limit_is_a_clear_error(tmp_path):
    f = tmp_path / "big.txt"
    f.write_bytes(b"x" * 5000)
    p = run("clean", "--max-bytes", "1000", str(f))
    assert p.returncode == 2 and b"larger than the page size limit of 1000 bytes" in p.stderr


def test_huge_jsonl_line_is_skipped_and_the_rest_cleaned(tmp_path):
    f = tmp_path / "pages.jsonl"
    f.write_bytes(json.dumps({"id": 1, "text": "x" * 50_000}).encode() + b"\n"
                  + json.dumps({"id": 2, "text": PAGE}).encode() + b"\n")
    p = run("clean", "--max-bytes", "10000", str(f))
    assert p.returncode == 2 and f"{f}:1: line longer than the page size limit".encode() in p.stderr
    assert [r["id"] for r in records(p.stdout)] == [2]


def test_many_tiny_lines_and_one_long_line():
    arts = cleanscrape.clean("a\n" * 100_000)
    assert sum(len(a.paragraphs) for a in arts) + sum(len(a.removed) for a in arts) in (0, 100_000)
    long_line = "The council met again on Monday about the ferry. " * 40_000   # 2 MB on one line
    (art,) = cleanscrape.clean(long_line)
    assert art.paragraphs == (long_line.strip(),)


def test_lines_over_the_length_limit_are_kept_whole_and_the_record_says_so(tmp_path):
    cookie = ("We use cookies to improve your experience on our site. By continuing you accept "
              "our use of cookies.")
    page = "\n".join(["Ferry timetable changes for the winter", cookie,
                      "The ferry will run every two hours from December, the operator said on Monday.",
                      "The first crossing will leave at seven in the morning and the last at nine at night."])
    (art,) = cleanscrape.Pipeline().clean(page)
    assert cookie not in art.paragraphs and "notice" not in art.extra
    (art,) = cleanscrape.Pipeline().clean(page, max_line=60)  # the cookie line is longer: kept, unexamined
    assert cookie in art.paragraphs and art.extra["notice"].startswith("3 line(s) over the line length limit")
    f = tmp_path / "p.txt"
    f.write_text(page, encoding="utf-8")
    (record,) = [json.loads(ln) for ln in run("clean", "--max-line-length", "60", str(f)).stdout.splitlines()]
    assert cookie in record["paragraphs"] and "line length limit of 60" in record["notice"]
    assert run("clean", "--max-line-length", "-1", str(f)).returncode == 2


def test_unreadable_file(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    f = tmp_path / "locked.txt"
    f.write_text(PAGE, encoding="utf-8")
    f.chmod(0)
    p = run("clean", str(f))
    assert p.returncode == 2 and b"permission denied" in p.stderr


def test_time_budget_returns_the_page_unchanged_with_a_notice():
    (art,) = cleanscrape.Pipeline().clean(PAGE, budget=0.0)
    assert art.paragraphs == tuple(PAGE.strip().splitlines())
    assert art.extra["notice"].startswith("over the time budget")
    assert art.as_dict()["notice"] == art.extra["notice"]


@given(st.text())
def test_jsonl_writer_round_trips_any_text(text):
    art = cleanscrape.Article(source="-", index=0, title=text, section=None, byline=None,
                              published=None, paragraphs=(text,))
    line = record_line(art)
    assert "\n" not in line
    back = json.loads(line)
    assert back["title"] == text and back["paragraphs"] == [text]


def test_lone_surrogates_are_escaped_not_fatal():
    art = cleanscrape.Article(source="-", index=0, title="a\udc80b", section=None, byline=None,
                              published=None, paragraphs=("x\ud800",))
    line = record_line(art)
    line.encode("utf-8")  # writable as UTF-8
    assert json.loads(line)["title"] == "a\udc80b"


@given(st.binary(max_size=600))
def test_decoding_arbitrary_bytes_never_raises(data):
    text, replaced = decode(data)
    assert isinstance(text, str) and replaced >= 0


HOSTILE = ["a", " ", "a ", "A", "A ", "|", " | ", "/", "a/", ":", ": ", ".", ". ", "(", "((", "1", "1 ",
           "1:", "—", "Photo ", "By ", "Von ", "»", "›", "> ", "© ", ", ", "a, ", "Watch ", "‘", "“"]


@pytest.mark.parametrize("rule", [r for r in cleanscrape.rules() if isinstance(r, LineRule)], ids=lambda r: r.code)
def test_built_in_patterns_stay_linear_on_hostile_runs(rule):
    """Each pattern as the rules use it (a whole-line match), run by the backtracking
    `regex` engine with a generous time limit, on 20,000-character runs of the characters
    patterns loop on: a nested quantifier would blow the limit by orders of magnitude."""
    rx = regex.compile(rule.pattern, regex.IGNORECASE if "i" in rule.flags else 0)
    for unit in HOSTILE:
        s = unit * (20_000 // len(unit))
        # (after a start word, then words past any bounded count: `© aaaa... a b c d e f g h i`)
        for candidate in (s + "!", "Photo: " + s, "© " + s + " a b c d e f g h i j", "Related " + s + "!"):
            rx.fullmatch(candidate, timeout=2.0)


@pytest.mark.parametrize("unit", ["Harbour Cranes Return To Port Velmora After Refit\n", "Home\nNews\nSport\n",
                                  "A\nThe council voted on Monday to keep the library open for a year.\n"])
def test_pages_of_one_repeated_shape_finish(unit):
    """30,000 lines of one shape: a rule that rescans the page for every line would take
    minutes here (it did once, for repeated headlines); linear rules take a second."""
    text = unit * (30_000 // unit.count("\n"))
    arts = cleanscrape.clean(text)
    assert sum(len(a.paragraphs) + len(a.removed) + (a.title is not None) for a in arts) in (0, 30_000)


def _module_patterns():
    """Every compiled pattern the package keeps at module level (the ones rules and readers
    search with, beside the line rules' own)."""
    import importlib
    import pkgutil
    import re as std_re

    import cleanscrape as pkg

    found = {}
    for info in pkgutil.walk_packages(pkg.__path__, "cleanscrape."):
        if ".integrations." in info.name or info.name.endswith("__main__"):
            continue  # optional extras
        mod = importlib.import_module(info.name)
        for name, value in vars(mod).items():
            if isinstance(value, (std_re.Pattern, regex.Pattern)):
                found[f"{info.name}.{name}"] = value
    return found


MODULE_PATTERNS = _module_patterns()


def test_module_patterns_are_found():
    assert len(MODULE_PATTERNS) >= 30


@pytest.mark.parametrize("name", sorted(MODULE_PATTERNS))
def test_module_patterns_stay_linear_on_hostile_runs(name):
    """The same check as above for searches: each module-level pattern, recompiled for the
    `regex` engine (which can time out), searched through 20,000-character hostile runs."""
    pat = MODULE_PATTERNS[name]
    flags = regex.IGNORECASE if pat.flags & re.IGNORECASE else 0
    flags |= regex.MULTILINE if pat.flags & re.MULTILINE else 0
    rx = regex.compile(pat.pattern, flags | regex.VERSION0)
    for unit in HOSTILE:
        s = unit * (20_000 // len(unit))
        for candidate in (s + "!", "Photo: " + s, "<meta " + s, "© " + s + " a b c d e f g h i j",
                          "Related " + s + "!"):
            rx.search(candidate.encode() if isinstance(pat.pattern, bytes) else candidate, timeout=2.0)

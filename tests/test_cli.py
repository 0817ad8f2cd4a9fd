"""The command line as a user runs it: a subprocess, stdin and files, exit codes."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGE = """Technology
Harbour cranes return to Port Velmora after refit
Published
on
By
Harbour cranes return to Port Velmora after refit
Ines Carter | Reuters
The cranes came back on Monday after a refit that ran two years over schedule.
Watch the river rise, residents said, and you learn patience.
Continue Reading
Trending
"""


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-m", "cleanscrape", *args], input=stdin,
                          capture_output=True, cwd=cwd, env=env, timeout=60)


def records(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode().splitlines()]


def test_stdin_to_jsonl():
    p = run("clean", stdin=PAGE.encode())
    assert p.returncode == 0, p.stderr
    (rec,) = records(p.stdout)
    assert rec["source"] == "-"
    assert rec["title"] == "Harbour cranes return to Port Velmora after refit"
    assert rec["section"] == "Technology"
    assert rec["paragraphs"] == [
        "The cranes came back on Monday after a refit that ran two years over schedule.",
        "Watch the river rise, residents said, and you learn patience.",
    ]
    assert rec["body"] == "\n\n".join(rec["paragraphs"])
    codes = [(r["code"], r["line"]) for r in rec["removed"]]
    assert ("CS101", 7) in codes and ("CS401", 10) in codes and ("CS413", 11) in codes
    assert set(rec) >= {"source", "index", "title", "section", "byline", "published", "body",
                        "paragraphs", "removed"}


def test_dash_means_stdin_and_files_keep_their_path(tmp_path):
    f = tmp_path / "page.txt"
    f.write_text(PAGE, encoding="utf-8")
    p = run("clean", "--input-format", "text", str(f), "-", stdin=PAGE.encode())
    assert p.returncode == 0
    assert [r["source"] for r in records(p.stdout)] == [str(f), "-"]


def test_text_output(tmp_path):
    p = run("clean", "--output-format", "text", stdin=PAGE.encode())
    assert p.returncode == 0
    assert p.stdout.decode().startswith("Harbour cranes return to Port Velmora after refit\n\nThe cranes")


def test_gzip_input(tmp_path):
    f = tmp_path / "page.txt.gz"
    f.write_bytes(gzip.compress(PAGE.encode()))
    p = run("clean", str(f))
    assert p.returncode == 0 and len(records(p.stdout)) == 1


def test_ignore_keeps_what_a_rule_would_remove():
    p = run("clean", "--ignore", "CS101,content-score", stdin=PAGE.encode())
    (rec,) = records(p.stdout)
    assert "Ines Carter | Reuters" in rec["paragraphs"]


def test_select_by_prefix_runs_only_those_rules():
    p = run("clean", "--select", "CS4", stdin=PAGE.encode())
    (rec,) = records(p.stdout)
    assert "Ines Carter | Reuters" in rec["paragraphs"]
    assert "Trending" not in rec["paragraphs"]


@pytest.mark.parametrize("args", [["clean", "--select", "CS999X"], ["clean", "--ignore", "no-such-rule"],
                                  ["rule", "CS000"], ["clean", "--input-format", "pdf"], []])
def test_usage_errors_exit_2_without_traceback(args):
    p = run(*args, stdin=b"")
    assert p.returncode == 2
    assert b"Traceback" not in p.stderr


def test_missing_file_is_reported_and_the_rest_still_cleaned(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(PAGE, encoding="utf-8")
    p = run("clean", str(tmp_path / "missing.txt"), str(good))
    assert p.returncode == 2
    assert b"missing.txt: no such file" in p.stderr
    assert len(records(p.stdout)) == 1
    assert b"Traceback" not in p.stderr


def test_directory_binary_and_bad_gzip_are_clear_errors(tmp_path):
    (tmp_path / "img.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "bad.gz").write_bytes(gzip.compress(PAGE.encode())[:20])
    for name, msg in [(".", b"is a directory"), ("img.png", b"binary data"), ("bad.gz", b"gzip")]:
        p = run("clean", str(tmp_path / name))
        assert p.returncode == 2, name
        assert msg in p.stderr, p.stderr
        assert b"Traceback" not in p.stderr


def test_invalid_utf8_is_replaced_and_counted():
    p = run("clean", stdin=PAGE.replace("Monday", "Mon\xffday").encode("latin-1"))
    assert p.returncode == 0
    assert b"not valid UTF-8" in p.stderr
    assert "Mon\ufffdday" in records(p.stdout)[0]["body"]


def test_empty_input_gives_no_record_and_a_warning():
    p = run("clean", stdin=b"  \n\n")
    assert p.returncode == 0 and p.stdout == b""
    assert b"empty input" in p.stderr


def test_closed_stdout_is_quiet():
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    big = (PAGE * 2000).encode()
    proc = subprocess.Popen([sys.executable, "-m", "cleanscrape", "clean", "-", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc.stdout.close()
    _, err = proc.communicate(big, timeout=60)
    assert b"Traceback" not in err


def test_version_and_help():
    p = run("--version")
    assert p.returncode == 0 and p.stdout.startswith(b"cleanscrape ")
    for cmd in ("clean", "rules", "rule"):
        h = run(cmd, "--help")
        assert h.returncode == 0 and b"example" in h.stdout


def test_rules_listing_and_rule_doc():
    p = run("rules")
    assert p.returncode == 0 and b"CS101" in p.stdout and b"pipe-credit" in p.stdout
    d = run("rule", "pipe-credit")
    assert d.returncode == 0 and b"What it removes" in d.stdout and b"Kept" in d.stdout


def test_jsonl_in_one_page_per_line_with_fields_passed_through(tmp_path):
    f = tmp_path / "pages.jsonl"
    lines = [json.dumps({"id": 7, "text": PAGE, "meta": {"url": "https://example.org/a"}}),
             "{broken",
             json.dumps({"id": 8, "body": "no text field"}),
             json.dumps({"id": 9, "text": PAGE})]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    p = run("clean", str(f))
    assert p.returncode == 2
    recs = records(p.stdout)
    assert [r["id"] for r in recs] == [7, 9]
    assert recs[0]["meta"] == {"url": "https://example.org/a"} and "text" not in recs[0]
    assert recs[0]["title"] == "Harbour cranes return to Port Velmora after refit"
    assert f"{f}:2: not a JSON object".encode() in p.stderr
    assert f"{f}:3: no 'text' field".encode() in p.stderr
    skip = run("clean", "--on-error", "skip", str(f))
    assert skip.returncode == 0 and records(skip.stdout) == recs


def test_jsonl_dotted_fields_and_gzip(tmp_path):
    f = tmp_path / "pages.jsonl.gz"
    f.write_bytes(gzip.compress((json.dumps({"doc": {"raw": PAGE}, "meta": {"url": "u1"}}) + "\n").encode()))
    p = run("clean", "--text-field", "doc.raw", "--id-field", "meta.url", str(f))
    assert p.returncode == 0, p.stderr
    (rec,) = records(p.stdout)
    assert rec["id"] == "u1" and rec["paragraphs"][0].startswith("The cranes")


def test_parallel_output_is_identical_and_ordered(tmp_path):
    f = tmp_path / "many.jsonl"
    f.write_text("".join(json.dumps({"id": i, "text": PAGE.replace("Monday", f"day {i}")}) + "\n"
                         for i in range(400)), encoding="utf-8")
    one = run("clean", "-j", "1", str(f))
    two = run("clean", "-j", "2", str(f))
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert [r["id"] for r in records(two.stdout)] == list(range(400))


def test_html_input_is_sniffed_and_cleaned(tmp_path):
    f = tmp_path / "page.html"
    f.write_text("<!doctype html><html><body><nav><a href='/'>Home</a></nav><article><h1>Cranes return</h1>"
                 "<p>The cranes came back on Monday after a refit that ran two years over schedule.</p>"
                 "<p>Shipping lines said the return would help clear a backlog of waiting ships.</p>"
                 "</article></body></html>", encoding="utf-8")
    p = run("clean", str(f))
    assert p.returncode == 0, p.stderr
    (rec,) = records(p.stdout)
    assert rec["title"] == "Cranes return" and len(rec["paragraphs"]) == 2


def test_wet_records_are_pages_with_their_url(tmp_path):
    warcio = pytest.importorskip("warcio")
    from warcio.warcwriter import WARCWriter
    import io

    f = tmp_path / "crawl.wet.gz"
    with open(f, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for n in range(3):
            w.write_record(w.create_warc_record(
                f"https://northfield.example/{n}", "conversion",
                payload=io.BytesIO(PAGE.replace("Monday", f"day {n}").encode()), warc_content_type="text/plain"))
    p = run("clean", str(f))
    assert p.returncode == 0, p.stderr
    recs = records(p.stdout)
    assert [r["url"] for r in recs] == [f"https://northfield.example/{n}" for n in range(3)]
    assert all(r["title"] == "Harbour cranes return to Port Velmora after refit" for r in recs)
    assert warcio is not None
    bad = tmp_path / "bad.warc"
    bad.write_bytes(b"this is not a warc file\n")
    p = run("clean", str(bad))
    assert p.returncode == 2 and b"not a WARC/WET file" in p.stderr and b"Traceback" not in p.stderr


def test_hard_wrapped_text_is_joined_unless_told_not_to():
    import textwrap

    text = (ROOT / "corpus" / "pages" / "04-broadsheet.txt").read_text(encoding="utf-8")
    wrapped = "\n\n".join(textwrap.fill(ln.strip(), 72) for ln in text.splitlines() if ln.strip())
    joined = run("clean", "--input-format", "text", stdin=wrapped.encode())
    plain = run("clean", "--input-format", "text", stdin=text.encode())
    lines = run("clean", "--input-format", "text", "--unwrap", "never", stdin=wrapped.encode())
    assert joined.returncode == plain.returncode == lines.returncode == 0
    paras = lambda p: [x for ln in p.stdout.splitlines() for x in json.loads(ln)["paragraphs"]]  # noqa: E731
    assert paras(joined) == paras(plain)
    assert all(len(x) <= 72 for x in paras(lines))  # line by line: no paragraph longer than a line

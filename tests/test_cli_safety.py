"""What users rely on (#21): no data loss, no traceback, no silent failure, lean records."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGE = ("Harbour cranes return to Port Velmora after refit\nInes Carter | Reuters\n"
        "The cranes came back on Monday after a refit that ran two years over schedule.\n"
        "Watch the river rise, residents said, and you learn patience.\n")
TITLE = "Harbour cranes return to Port Velmora after refit"


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    env.pop("FORCE_COLOR", None)
    return subprocess.run([sys.executable, "-m", "cleanscrape", *args], input=stdin, cwd=cwd,
                          capture_output=True, env=env, timeout=120)


def records(out: bytes) -> list[dict]:
    return [json.loads(x) for x in out.decode().splitlines()]


def lines(stderr: bytes) -> list[str]:
    return stderr.decode().splitlines()


def one_line_error(p: subprocess.CompletedProcess, needle: str) -> None:
    assert p.returncode == 2, p.stderr
    assert b"Traceback" not in p.stderr
    (line,) = lines(p.stderr)
    assert needle in line, line


# -- 1. -o never destroys an input --------------------------------------------------

@pytest.mark.parametrize("spelling", ["page.txt", "./page.txt", "sub/../page.txt", "link.txt"])
def test_clean_refuses_an_output_that_is_an_input(tmp_path, spelling):
    (tmp_path / "sub").mkdir()
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to("page.txt")
    p = run("clean", "page.txt", "-o", spelling, cwd=tmp_path)
    one_line_error(p, "is also an input")
    assert (tmp_path / "page.txt").read_text(encoding="utf-8") == PAGE


def test_learn_refuses_an_output_that_is_an_input(tmp_path):
    (tmp_path / "pages.jsonl").write_text(json.dumps({"text": PAGE}) + "\n", encoding="utf-8")
    p = run("learn", "pages.jsonl", "-o", "pages.jsonl", cwd=tmp_path)
    one_line_error(p, "is also an input")
    assert json.loads((tmp_path / "pages.jsonl").read_text(encoding="utf-8"))["text"] == PAGE


def test_output_replaces_the_old_file_whole(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "out.jsonl").write_text("old\n" * 1000, encoding="utf-8")
    p = run("clean", "page.txt", "-o", "out.jsonl", cwd=tmp_path)
    assert p.returncode == 0 and p.stderr == b""
    assert [r["title"] for r in records((tmp_path / "out.jsonl").read_bytes())] == [TITLE]
    assert sorted(x.name for x in tmp_path.iterdir()) == ["out.jsonl", "page.txt"]   # no temp file left


def test_atomic_writer_keeps_the_old_file_on_failure(tmp_path):
    from cleanscrape.io.files import atomic_writer, write_atomic

    target = tmp_path / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_writer(target) as fh:
            fh.write("half a record")
            raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [x.name for x in tmp_path.iterdir()] == ["out.jsonl"]
    write_atomic(tmp_path / "new.txt", b"data")                 # a new file is fine too
    assert (tmp_path / "new.txt").read_bytes() == b"data"
    from cleanscrape.fix import write_atomic as from_fix       # still importable where it was
    assert from_fix is write_atomic


# -- 2. never a traceback -------------------------------------------------------------

@pytest.mark.parametrize("command", ["clean", "learn"])
def test_output_in_a_missing_folder_is_one_line(tmp_path, command):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    p = run(command, "page.txt", "-o", "missing/dir/out", cwd=tmp_path)
    one_line_error(p, "missing/dir/out: cannot write")


def test_unwritable_stdout_is_one_line(tmp_path):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    with open("/dev/full", "wb") as full:
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
        p = subprocess.run([sys.executable, "-m", "cleanscrape", "clean", "page.txt"], cwd=tmp_path,
                           stdout=full, stderr=subprocess.PIPE, env=env, timeout=60)
    one_line_error(p, "cannot write")


def test_learn_reads_only_pages_from_a_folder_and_names_bad_json_lines(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    for n in range(4):
        (site / f"p{n}.txt").write_text(f"Northfield Herald\nStory number {n} is here.\nTip us off\n",
                                        encoding="utf-8")
    (site / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01" * 50)
    (site / "gold.json").write_text(json.dumps({"a": [1, 2, 3], "b": "x"}, indent=2), encoding="utf-8")
    (site / "build.py").write_text("print('hello')\n", encoding="utf-8")
    p = run("learn", "site", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    assert '"Northfield Herald"' in p.stdout.decode() and "print" not in p.stdout.decode()
    assert lines(p.stderr) == ["cleanscrape: learned 2 line(s) from 4 page(s) of 1 site(s)"]

    (tmp_path / "pages.jsonl").write_text('{"text": "A line\\n"}\n{"text": \nnot json at all\n[1, 2]\n',
                                          encoding="utf-8")
    p = run("learn", "pages.jsonl", cwd=tmp_path)
    assert p.returncode == 2 and b"Traceback" not in p.stderr
    errors = [ln for ln in lines(p.stderr) if "error:" in ln]
    assert len(errors) == 3
    assert errors[0] == "cleanscrape: error: pages.jsonl:2: not a JSON object (Expecting value at character 10)"
    assert "pages.jsonl:3: not a JSON object" in errors[1] and "pages.jsonl:4: not a JSON object" in errors[2]


def test_learn_binary_file_named_explicitly_is_one_line(tmp_path):
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01" * 50)
    p = run("learn", "-q", "logo.png", cwd=tmp_path)
    one_line_error(p, "logo.png: binary data")


# -- 3. no silent failure --------------------------------------------------------------

def test_page_over_the_time_budget_is_reported_and_kept(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "other.txt").write_text(PAGE, encoding="utf-8")
    p = run("clean", "--time-budget", "0.000001", "page.txt", cwd=tmp_path)
    assert p.returncode == 2, p.stderr
    (rec,) = records(p.stdout)
    assert rec["notice"].startswith("over the time budget") and "Watch the river rise" in rec["body"]
    err = lines(p.stderr)
    assert err[0].startswith("cleanscrape: error: page.txt: over the time budget of 1e-06s")
    assert err[-1] == "cleanscrape: 1 page(s), 1 record(s); 1 over the time budget"
    skip = run("clean", "--on-error", "skip", "--time-budget", "0.000001", "page.txt", "other.txt", cwd=tmp_path)
    assert skip.returncode == 0 and len(records(skip.stdout)) == 2
    assert lines(skip.stderr)[-1] == "cleanscrape: 2 page(s), 2 record(s); 2 over the time budget"


def test_binary_file_read_as_html_is_unreadable_not_garbage(tmp_path):
    (tmp_path / "x.bin").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 8)
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    p = run("clean", "--input-format", "html", "x.bin", cwd=tmp_path)
    assert p.returncode == 2 and p.stdout == b""
    assert lines(p.stderr) == ["cleanscrape: error: x.bin: binary data (NUL bytes), not an HTML page",
                               "cleanscrape: 1 page(s), 0 record(s); 1 unreadable"]


def test_summary_counts_and_quiet_stderr_when_all_is_well(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    ok = run("clean", "page.txt", "page.txt", cwd=tmp_path)
    assert ok.returncode == 0 and ok.stderr == b""
    p = run("clean", "page.txt", "missing.txt", "page.txt", cwd=tmp_path, stdin=b"")
    assert p.returncode == 2
    assert lines(p.stderr) == ["cleanscrape: error: missing.txt: no such file",
                               "cleanscrape: 3 page(s), 2 record(s); 1 unreadable"]
    q = run("clean", "-q", "page.txt", "missing.txt", "-", cwd=tmp_path, stdin=b"")
    assert q.returncode == 2
    assert lines(q.stderr) == ["cleanscrape: error: missing.txt: no such file"]   # -q: errors only


# -- 4. --fields -----------------------------------------------------------------------

def test_fields_keep_only_the_named_fields_in_that_order(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    p = run("clean", "--fields", "title,body,source", "page.txt", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    (rec,) = records(p.stdout)
    assert list(rec) == ["title", "body", "source"] and rec["title"] == TITLE
    full = records(run("clean", "page.txt", cwd=tmp_path).stdout)[0]
    assert "paragraphs" in full and "removed" in full                       # default unchanged
    na = records(run("clean", "--no-audit", "page.txt", cwd=tmp_path).stdout)[0]
    assert list(na) == [k for k in full if k != "removed"]


def test_unknown_field_is_a_usage_error_listing_the_valid_ones(tmp_path):
    p = run("clean", "--fields", "title,bdy", stdin=PAGE.encode())
    one_line_error(p, "unknown field 'bdy'")
    assert b"source, index, title" in p.stderr
    t = run("clean", "--fields", "title", "--output-format", "text", stdin=PAGE.encode())
    one_line_error(t, "--fields")


def test_fields_with_worker_processes(tmp_path):
    rows = [{"id": n, "url": f"https://a.example/{n}", "text": PAGE} for n in range(150)]
    (tmp_path / "pages.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    p = run("clean", "-j", "2", "--fields", "id,title", "pages.jsonl", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    recs = records(p.stdout)
    assert [r["id"] for r in recs] == list(range(150))
    assert all(list(r) == ["id", "title"] for r in recs)


# -- 5. --profile per site ---------------------------------------------------------------

PROFILE = """version = 1
[[sites]]
site = "*"
lines = ["Sign up for our newsletter"]
[[sites]]
site = "northfield.example"
lines = ["Northfield Herald: local news since 1887"]
[[sites]]
site = "southport.example"
lines = ["Watch the river rise, residents said, and you learn patience."]
"""


def test_profile_lines_apply_only_to_their_site(tmp_path):
    (tmp_path / "p.toml").write_text(PROFILE, encoding="utf-8")
    text = PAGE + "Northfield Herald: local news since 1887\nSign up for our newsletter\n"
    rows = [{"url": "https://www.northfield.example/a", "text": text},
            {"url": "https://southport.example/b", "text": text},
            {"text": text}]
    (tmp_path / "pages.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    p = run("clean", "--profile", "p.toml", "pages.jsonl", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    removed = [{r["text"] for r in rec["removed"] if r["code"] == "CS601"} for rec in records(p.stdout)]
    assert removed == [{"Northfield Herald: local news since 1887", "Sign up for our newsletter"},
                       {"Watch the river rise, residents said, and you learn patience.",
                        "Sign up for our newsletter"},
                       {"Sign up for our newsletter"}]
    html = ('<html><head><link rel="canonical" href="https://northfield.example/x"></head><body>'
            f"<h1>{TITLE}</h1><p>The cranes came back on Monday after a refit that ran two years over "
            "schedule.</p><p>Northfield Herald: local news since 1887</p>"
            "<p>Watch the river rise, residents said, and you learn patience.</p></body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    (rec,) = records(run("clean", "--profile", "p.toml", "page.html", cwd=tmp_path).stdout)
    assert {r["text"] for r in rec["removed"] if r["code"] == "CS601"} == {"Northfield Herald: local news since 1887"}


# -- 6. -q everywhere, progress cleared before a message -------------------------------------

@pytest.mark.parametrize("args", [["rules", "-q"], ["rule", "-q", "CS101"]])
def test_quiet_is_accepted_everywhere(args):
    p = run(*args)
    assert p.returncode == 0 and p.stderr == b"" and p.stdout


def test_learn_quiet_prints_no_summary(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    p = run("learn", "-q", "a.txt", cwd=tmp_path)
    assert p.returncode == 0 and p.stderr == b""


def test_progress_line_is_cleared_before_a_message_and_redrawn(monkeypatch):
    from cleanscrape.cli.output import Progress, Reporter

    fake = io.StringIO()
    monkeypatch.setattr(sys, "stderr", fake)
    progress = Progress(enabled=True)
    progress.last = -1e9
    progress.update(100)
    drawn = fake.getvalue()
    assert drawn.startswith("\r1 pages")
    rep = Reporter(progress)
    rep.warning("page.txt: something odd")
    out = fake.getvalue()[len(drawn):]
    assert out.startswith("\r\033[K") and "cleanscrape: warning: page.txt: something odd\n" in out
    assert out.endswith(drawn.lstrip("\r").rstrip() + " ")                   # redrawn after it


def test_html_with_no_text_is_a_warning_not_silence(tmp_path):
    (tmp_path / "empty.html").write_text("<html><head><title></title></head><body><div> </div></body></html>", encoding="utf-8")
    p = run("clean", "empty.html", cwd=tmp_path)
    assert p.returncode == 0 and p.stdout == b""
    assert lines(p.stderr)[0] == "cleanscrape: warning: empty.html: no text in the HTML, no record"


def test_output_that_is_a_folder_fails_before_cleaning(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "out").mkdir()
    one_line_error(run("clean", "page.txt", "-o", "out", cwd=tmp_path), "out: cannot write (is a folder)")


def test_profile_per_site_in_worker_processes(tmp_path):
    (tmp_path / "p.toml").write_text(PROFILE, encoding="utf-8")
    text = PAGE + "Northfield Herald: local news since 1887\n"
    rows = [{"id": f"https://{'northfield' if n % 2 else 'southport'}.example/{n}", "text": text} for n in range(140)]
    (tmp_path / "pages.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    p = run("clean", "-j", "2", "--profile", "p.toml", "--fields", "id,removed", "pages.jsonl", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    for n, rec in enumerate(records(p.stdout)):
        hit = "Northfield Herald: local news since 1887" in {r["text"] for r in rec["removed"] if r["code"] == "CS601"}
        assert hit == bool(n % 2), rec["id"]


def test_clean_refuses_to_write_over_its_profile(tmp_path):
    (tmp_path / "p.toml").write_text(PROFILE, encoding="utf-8")
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    p = run("clean", "--profile", "p.toml", "page.txt", "-o", "p.toml", cwd=tmp_path)
    one_line_error(p, "-o p.toml is also an input (p.toml)")
    assert (tmp_path / "p.toml").read_text(encoding="utf-8") == PROFILE


def test_progress_leaves_the_final_counts(monkeypatch):
    from cleanscrape.cli.output import Progress

    fake = io.StringIO()
    monkeypatch.setattr(sys, "stderr", fake)
    progress = Progress(enabled=True)
    progress.update(100)      # drawn (the first update)
    progress.update(200)      # within half a second: not drawn
    progress.close()
    assert fake.getvalue().splitlines()[-1].split("\r")[-1].startswith("2 pages, 0.0 MB")


def test_learn_reads_html_pages_as_clean_renders_them(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    for n in range(4):
        (site / f"p{n}.html").write_text(
            f'<html><head><link rel="canonical" href="https://www.north.example/{n}"></head><body>'
            f"<h1>Story {n} headline here</h1><p>Body of story {n} is its own text.</p>"
            "<footer><p>North Herald since 1887</p></footer></body></html>", encoding="utf-8")
    p = run("learn", "--site-field", "url", "site", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    out = p.stdout.decode()
    assert 'site = "north.example"' in out and '"North Herald since 1887",  # on 4 pages' in out


def test_clean_takes_each_files_nearest_config(tmp_path):
    """Like check (and ruff): `clean proj/a.txt` from the parent uses proj's pyproject.toml;
    a file beside it with no config above takes the current folder's; order is kept."""
    proj = tmp_path / "proj"
    proj.mkdir()
    (proj / "pyproject.toml").write_text('[tool.cleanscrape]\nignore = ["CS101"]\n', encoding="utf-8")
    (proj / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PAGE, encoding="utf-8")
    p = run("clean", "-j", "1", "proj/a.txt", "b.txt", "proj/a.txt", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    got = records(p.stdout)
    assert [r["source"] for r in got] == ["proj/a.txt", "b.txt", "proj/a.txt"]

    def cs101(r: dict) -> bool:
        return "CS101" in [x["code"] for x in r["removed"]]
    assert [cs101(r) for r in got] == [False, True, False]
    # --config: one for all
    (tmp_path / "all.toml").write_text('ignore = ["CS101"]\n', encoding="utf-8")
    p = run("clean", "--config", "all.toml", "b.txt", cwd=tmp_path)
    assert not cs101(records(p.stdout)[0])


def test_encoding_flag_reads_html_pages_too(tmp_path):
    """--encoding decodes HTML input as it decodes text (it was ignored for HTML)."""
    para = ("\u0420\u0430\u0431\u043e\u0442\u044b \u043d\u0430 \u043d\u0430\u0431\u0435\u0440\u0435\u0436\u043d\u043e\u0439 "
            "\u0437\u0430\u043a\u043e\u043d\u0447\u0438\u043b\u0438\u0441\u044c \u0432 \u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438\u043a, "
            "\u0438 \u0433\u043e\u0440\u043e\u0434 \u0441\u043d\u043e\u0432\u0430 \u043e\u0442\u043a\u0440\u044b\u043b \u043f\u0440\u0438\u0441\u0442\u0430\u043d\u044c.")
    html = f"<html><body><article><p>{para}</p></article></body></html>"
    (tmp_path / "p.html").write_bytes(html.encode("koi8-r"))
    p = run("clean", "--input-format", "html", "--encoding", "koi8-r", "p.html", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    assert para in records(p.stdout)[0]["body"]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("argv", [("rules",), ("rule", "CS101"), ("check", "p.txt")])
def test_a_full_stdout_is_one_line_for_every_command(tmp_path, argv):
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")
    with open("/dev/full", "wb") as full:
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
        p = subprocess.run([sys.executable, "-m", "cleanscrape", *argv], cwd=tmp_path, stdout=full,
                           stderr=subprocess.PIPE, env=env, timeout=120)
    one_line_error(p, "stdout: cannot write")

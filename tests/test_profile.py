"""Learned site profiles: repeated furniture goes, lines seen once never do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROME = ["Northfield Herald: local news since 1887", "Our journalism, your town", "Tip us off: 0800 555 0199"]
STORIES = [
    ("Council keeps the library open", "The council voted on Monday to keep the old library open for another year."),
    ("Ferry service to end in June", "The ferry between Velmora and Ost Island will make its last crossing in June."),
    ("Rail strike called off", "Train drivers called off a planned strike late on Sunday after a better offer."),
    ("Market opens a week early", "The winter market will open on November 27, a week earlier than usual."),
    ("Trams carry record numbers", "Lindau's trams carried more passengers last year than at any time since 1960."),
    ("Otters back on the Ommer", "Volunteers found signs of otters at 212 of 240 sites checked last winter."),
]


def page(title: str, body: str, extra: str = "") -> str:
    return "\n".join([CHROME[0], title, body, extra, "Our journalism, your town", CHROME[2]]) + "\n"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-m", "cleanscrape", *args], cwd=cwd, capture_output=True,
                          env=env, timeout=60)


def test_profile_removes_site_furniture_on_an_unseen_page(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    for n, (title, body) in enumerate(STORIES[:5]):
        extra = "Only this page says that the mayor rode the first tram." if n == 0 else ""
        (site / f"p{n}.txt").write_text(page(title, body, extra), encoding="utf-8")
    p = run("learn", "site", "-o", "profile.toml", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    profile = (tmp_path / "profile.toml").read_text(encoding="utf-8")
    for line in CHROME:
        assert json.dumps(line) in profile
    assert "the mayor rode the first tram" not in profile      # seen once: never listed
    assert "Council keeps the library open" not in profile
    again = run("learn", "site", cwd=tmp_path)
    assert again.stdout.decode() == profile                     # deterministic

    title, body = STORIES[5]
    (tmp_path / "new.txt").write_text(page(title, body), encoding="utf-8")
    c = run("clean", "--profile", "profile.toml", "new.txt", cwd=tmp_path)
    assert c.returncode == 0, c.stderr
    (rec,) = [json.loads(x) for x in c.stdout.decode().splitlines()]
    assert rec["paragraphs"] == [body]
    assert {r["text"] for r in rec["removed"] if r["code"] == "CS601"} == set(CHROME)


def test_learn_per_site_from_jsonl_and_bad_profile(tmp_path):
    rows = [{"url": f"https://www.northfield.example/{n}", "text": page(t, b)} for n, (t, b) in enumerate(STORIES)]
    rows.append({"url": "https://other.example/a", "text": "A line of another site.\n"})
    (tmp_path / "crawl.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    p = run("learn", "--site-field", "url", "crawl.jsonl", cwd=tmp_path)
    assert p.returncode == 0
    out = p.stdout.decode()
    assert 'site = "northfield.example"' in out and 'site = "other.example"' in out
    (tmp_path / "bad.toml").write_text("version = 7\n", encoding="utf-8")
    (tmp_path / "x.txt").write_text(page(*STORIES[0]), encoding="utf-8")
    bad = run("clean", "--profile", "bad.toml", "x.txt", cwd=tmp_path)
    assert bad.returncode == 2 and b"not a cleanscrape profile" in bad.stderr


def test_profile_rule_matches_a_site_by_its_host_only():
    from types import MappingProxyType

    import cleanscrape
    from cleanscrape.io.text import read_text
    from cleanscrape.profile import profile_rule
    from cleanscrape.text import norm_key

    rule = profile_rule(sites={"www.Northfield.example": [norm_key(CHROME[0])], "*": [norm_key(CHROME[2])]})
    pipe = cleanscrape.Pipeline().with_rules(rule, before="CS201")
    text = page(*STORIES[0])

    def removed(url):
        doc = read_text(text)
        if url:
            doc = type(doc)(doc.blocks, doc.source, MappingProxyType({"url": url}))
        (art,) = pipe.clean_document(doc)
        return {r.text for r in art.removed if r.code == "CS601"}

    assert removed("https://northfield.example/a/b") == {CHROME[0], CHROME[2]}
    assert removed("https://south.example/") == {CHROME[2]}
    assert removed(None) == {CHROME[2]}


def test_ignore_reaches_the_profile_rule_in_clean(tmp_path):
    # --ignore CS601 is a known code; it must also switch the profile's rule off in clean
    (tmp_path / "a.txt").write_text("Harbour cranes return\nThe cranes came back on Monday after a long "
                                    "refit in the dry dock.\nNorthfield Ledger daily\n", encoding="utf-8")
    (tmp_path / "p.toml").write_text('version = 1\n[[sites]]\nsite = "*"\nlines = ["Northfield Ledger daily"]\n',
                                     encoding="utf-8")
    on = run("clean", "--profile", "p.toml", "a.txt", cwd=tmp_path)
    off = run("clean", "--profile", "p.toml", "--ignore", "CS601", "a.txt", cwd=tmp_path)
    assert on.returncode == off.returncode == 0
    assert "CS601" in [r["code"] for r in json.loads(on.stdout)["removed"]]
    assert "CS601" not in [r["code"] for r in json.loads(off.stdout)["removed"]]

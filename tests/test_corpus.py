"""The sample corpus, record by record: every page must come out exactly as its gold says."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import cleanscrape
from cleanscrape.io.html import read_html
from cleanscrape.io.text import read_text
from cleanscrape.pipeline import Pipeline

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PAGES = sorted((CORPUS / "gold").glob("*.json"))
HTML_PAGES = sorted((CORPUS / "html" / "gold").glob("*.json"))


def test_corpus_is_built_from_its_sources():
    p = subprocess.run([sys.executable, str(CORPUS / "build.py"), "--check"], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr


def test_corpus_has_the_shapes_it_promises():
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in PAGES]
    assert len(golds) >= 14
    assert sum(len(g["articles"]) >= 3 for g in golds) >= 3


def test_html_corpus_renders_the_same_articles():
    assert len(HTML_PAGES) >= 6
    for path in HTML_PAGES:
        html_gold = json.loads(path.read_text(encoding="utf-8"))
        text_gold = json.loads((CORPUS / "gold" / path.name).read_text(encoding="utf-8"))
        assert html_gold["articles"] == text_gold["articles"]


def _records(page: Path) -> list[cleanscrape.Article]:
    data = page.read_bytes()
    if data.lstrip().lower().startswith(b"<!doctype html"):
        return Pipeline().clean_document(read_html(data, source=str(page)), source=str(page))
    return cleanscrape.clean(data.decode("utf-8"), source=str(page))


@pytest.mark.parametrize("gold_path", PAGES + HTML_PAGES,
                         ids=lambda p: ("html/" if p.parent.parent.name == "html" else "") + p.stem)
def test_page_gives_exactly_its_gold_records(gold_path):
    """Text pages, and the same articles in an HTML template: the same records."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    page = gold_path.parent.parent / "pages" / f"{gold_path.stem}.txt"
    got = _records(page)
    want = gold["articles"]
    assert [a.title for a in got] == [w["title"] for w in want]
    for a, w in zip(got, want):
        assert a.section == w["section"], a.title
        assert a.byline == w["byline"], a.title
        assert a.published == w["published_iso"], a.title
        assert list(a.paragraphs) == w["paragraphs"], a.title
    bodies = "\n".join(a.body for a in got)
    for s in gold["artefacts"]:
        assert s not in bodies
    for s in gold["keep"]:
        assert s in bodies


@pytest.mark.parametrize("name", ["01-feed-syndication", "04-broadsheet", "12-longform", "20-italian-daily",
                                  "43-hosted-blog"])
def test_hard_wrapped_page_gives_the_same_records(name):
    """The page as html2text or lynx print it (blank lines between paragraphs, each wrapped at
    72 columns) gives the records of the page itself."""
    text = (CORPUS / "pages" / f"{name}.txt").read_text(encoding="utf-8")
    wrapped = "\n\n".join(textwrap.fill(ln.strip(), 72) for ln in text.splitlines() if ln.strip())
    assert wrapped.count("\n") > text.count("\n")  # some paragraphs did wrap
    want = [(a.title, a.section, a.byline, a.published, a.paragraphs) for a in cleanscrape.clean(text)]
    got = [(a.title, a.section, a.byline, a.published, a.paragraphs) for a in cleanscrape.clean(wrapped)]
    assert got == want


def test_a_page_of_short_lines_is_not_unwrapped():
    """A list of headlines, one per line, is no wrapped paragraph."""
    heads = [json.loads(p.read_text(encoding="utf-8"))["articles"][0]["title"] for p in PAGES[:20]]
    text = "Most read\n\n" + "\n".join(heads) + "\n\nAbout us\n\nContact"
    assert len(read_text(text).blocks) == len(heads) + 3


def test_a_headline_wider_than_the_wrap_width_does_not_hide_it():
    """A headline stands alone between blank lines, unwrapped, and may be wider than the
    page's wrap width: the width is read from the lines that go on in the next one, so a
    short line of a wrapped paragraph (a long next word did not fit) still joins it.
    (Found by the long hypothesis run of tests/test_properties.py.)"""
    body = ("The council voted on Monday to keep the old library open for another year. "
            "The council voted on Monday to keep the old library open for another year.")
    last = (body + " \u201cWe were never asked,\u201d said one resident, who has used the ferry for "
            "forty years. Photographs by Getty and Reuters showed the flooded square on Sunday morning.")
    head = "Is the ferry era over? Inside the fight for Velmora's harbour"
    paras = [body + " The council voted on Monday to keep the old library open for another year.", last]
    text = "\n\n".join([textwrap.fill(paras[0], 50), textwrap.fill(paras[0], 50), textwrap.fill(last, 50), head])
    assert [b.text for b in read_text(text).blocks] == [paras[0], paras[0], last, head]

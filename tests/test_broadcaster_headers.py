"""Broadcaster and markets-television pages (issue #18, seg49): each story's header prints an
index quote, a clip's title and length, and a presenter's or correspondent's line between the
headline and the text. A line of figures is never a headline, the clip's lines come and go
from story to story, and the name line the page prints in each header is the byline. Fixture
pages of ours (tests/fixtures/pages), with a hard negative: an article's voices under its
subheadings."""

from __future__ import annotations

from pathlib import Path

from cleanscrape import clean
from cleanscrape.rules.headings import _comma_name, _name_word
from cleanscrape.text import figures_line

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _page(name: str) -> list:
    return clean((PAGES / name).read_text(encoding="utf-8"))


def _assert_stories(name: str, titles: list[str], bylines: list[str], gone: tuple[str, ...]) -> None:
    """Each story of page ``name`` under its own headline and byline, two paragraphs each, and
    none of the ``gone`` strings (a quote, a clip's title or length, a job) in any body."""
    arts = _page(name)
    assert [a.title for a in arts] == titles
    assert [a.byline for a in arts] == bylines
    assert [len(a.paragraphs) for a in arts] == [2] * len(titles)
    assert not any(w in a.body for a in arts for w in gone)


def test_markets_tv_stories_under_a_quote_a_clip_and_a_correspondent():
    """A ticker over the stories, a quote under some headlines, a clip under one: each
    headline heads its story, the correspondent is the byline, no quote or clip is text."""
    _assert_stories("markets-tv-quote-clip-and-correspondent-under-each-headline.txt",
                    ["Shipping rates climb as the northern canal stays closed", "Harbour bank keeps its rate on hold",
                     "Fishing fleet signs a deal for a new cold store"],
                    ["Ines Carter", "Tomas Reyes", "Mara Lind"],
                    ("%", "VIDEO", "02:14", "correspondent", "editor"))


def test_broadcaster_stories_under_a_programme_a_clip_and_a_reporter():
    """A programme's name over each headline, the clip's length in three shapes, the reporter
    in three shapes (`Reporting by`, `Presented by`, a name and a job after a comma)."""
    _assert_stories("broadcaster-programme-clip-and-reporter-under-each-headline.txt",
                    ["Ferry crews agree a new winter timetable", "Night buses come back to the valley line",
                     "Old crane goes to the town museum"],
                    ["Owen Dale", "Lena Brandt", "Hana Ito"],
                    ("VIDEO", "03:21", "01:48", "Correspondent"))


def test_an_articles_voices_under_its_subheadings_stay_one_article():
    """Hard negative: a name and a job after a comma under each subheading of an article that
    has its own byline and date over them: the people it quotes, not stories' bylines."""
    arts = _page("article-of-voices-a-name-and-job-under-each-subheading.txt")
    assert [a.title for a in arts] == ["What parents say about the new school bus routes"]
    assert arts[0].byline == "Mirela Onsk"
    assert "Anna Berg, Head teacher" in arts[0].body
    assert "Earlier pickups on the hill" in arts[0].body


def test_a_line_of_figures_is_no_headline():
    for t in ("DAX 18,234.50 +0.42%", "S&P 500 5,406.97 -0.45%", "▶ 02:14", "04:31", "18:00"):
        assert figures_line(t), t
    for t in ("2018 Boys State Swim Results", "Hanna, 18, missing in Uddevalla", "VIDEO",
              "Shipping rates climb as the northern canal stays closed"):
        assert not figures_line(t), t


def test_a_name_a_comma_and_a_job():
    assert _comma_name("Ines Carter, Markets correspondent") == "Ines Carter"
    assert _comma_name("Álvaro Cuadrado, Jefe de Economía") == "Álvaro Cuadrado"
    assert _comma_name("Paris, France") == ""  # (one word: a place, no name)
    assert _comma_name("Ines Carter, who covers markets, said so.") == ""  # (a sentence)
    assert _comma_name("Group A: Norway, Sweden") == "Group A: Norway"  # ...whose words are no name's:
    assert not all(map(_name_word, "Group A: Norway".split()))
    assert not _name_word("Roe/AFP")  # (a picture's credit: `Photo: Jane Roe/AFP`)

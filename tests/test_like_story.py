"""CS516 like-story (issue #18, point 4, seg33): a whole story's run of prose the generic
decisions dropped, under a header of the same shape as the headers over the stories the page
keeps, comes back. Fixture pages of ours (tests/fixtures/pages)."""

from __future__ import annotations

from pathlib import Path

from cleanscrape import Pipeline, clean
from cleanscrape.io.text import read_text

PAGES = Path(__file__).parent / "fixtures" / "pages"
FIRST = "The harbour board has put back the spring timetable by four weeks after the ferry failed its trials."


def _text(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def _fires(page: str) -> bool:
    return any(f is not None and f.code == "CS516" for f in Pipeline().label(read_text(page)).labels)


def test_a_light_first_story_under_the_header_the_kept_stories_print_keeps_its_text():
    """Three programme stories, each a programme's name, a headline, a clip's length and a name
    over its paragraphs; the first, two short paragraphs over the first found headline, weighed
    too little for a run of its own and lost every line. Its header has the kept stories' shape
    (a name, a clip's length, a headline, bottom up) and it holds two sentences: it stays, as a
    record of its own (its headline not found), and the other two stories are as before."""
    page = _text("programme-stories-the-first-one-light-under-the-same-header.txt")
    arts = clean(page)
    assert [a.title for a in arts] == [None, "Rowing club opens its boathouse to the three town schools",
                                       "Library reopens after a long winter of repairs to its roof"]
    assert arts[0].body.startswith(FIRST)
    assert arts[0].body.endswith("Passengers with tickets for March will travel on the winter boats at no extra cost.")
    assert _fires(page)
    before = clean(page, ignore=["CS516"])
    assert [a.body for a in arts[1:]] == [a.body for a in before]


def test_one_sentence_under_the_same_header_stays_out():
    """Hard negative: the first story with one sentence only has a teaser's shape (a card's
    headline and its one line): it stays dropped, as before the rule."""
    page = _text("programme-stories-the-first-one-a-single-sentence.txt")
    assert all(FIRST not in a.body for a in clean(page))
    assert not _fires(page)


def test_two_paragraphs_under_a_header_with_no_headline_stay_out():
    """Hard negative: the same two paragraphs under a programme's name, a clip's length and a
    name, no headline among them: no kept story's header has that shape, and they stay out."""
    page = _text("programme-stories-the-first-one-under-no-headline.txt")
    assert all(FIRST not in a.body for a in clean(page))
    assert not _fires(page)

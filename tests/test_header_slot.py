"""CS512 header-slot (issue #18, seg29): a story's first paragraph in the place the page's
repeated header puts it under each headline. Fixture pages of ours (tests/fixtures/pages)."""

from __future__ import annotations

from pathlib import Path

from cleanscrape import Pipeline, clean
from cleanscrape.io.text import read_text

PAGES = Path(__file__).parent / "fixtures" / "pages"
UNSTOPPED = "The valley line gets its night buses back from the first of April after a long winter without them"


def _text(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def test_a_briefs_one_sentence_with_no_full_stop_under_the_date_is_its_text():
    """Five briefs, each a headline over its date and its text; the last one's only sentence
    has no full stop and read as a related headline: under the date, where the other four
    briefs kept their first paragraph, it is the brief's text, and the brief has its record."""
    arts = clean(_text("briefs-under-their-date-one-with-no-full-stop.txt"))
    assert [a.title for a in arts][-1] == "Night buses return to the valley line"
    assert len(arts) == 5
    assert arts[-1].body == UNSTOPPED
    assert all(a.published and a.published.startswith("2026-03-04") for a in arts)
    labels = Pipeline().label(read_text(_text("briefs-under-their-date-one-with-no-full-stop.txt"))).labels
    assert [f.code for f in labels if f is not None and f.code == "CS512"] == ["CS512"]


def test_one_other_story_under_a_date_is_no_header_pattern():
    """Hard negative: the same brief on a page of two stories. One other story under a date
    alone is any story card's header too (two are asked for): the line stays out, and so does
    the brief, as before the rule."""
    page = _text("two-briefs-under-their-date-one-with-no-full-stop.txt")
    assert all(UNSTOPPED not in a.body for a in clean(page))
    assert not any(f is not None and f.code == "CS512" for f in Pipeline().label(read_text(page)).labels)


def test_a_briefs_sentence_right_under_a_headline_with_no_header_is_its_text():
    """Five live briefs, each a time over its headline and its text right under it; the one
    brief in another language lost its only sentence to content scoring: right under its
    headline, where the other four kept theirs, it is the brief's text."""
    arts = clean(_text("live-briefs-under-their-time-one-in-another-language.txt"))
    assert len(arts) == 5
    assert arts[1].title == "Fähre in Lindau wieder unterwegs"
    assert arts[1].body == "Die Fähre nach Lindau fährt seit Mittag wieder."


def test_a_headline_shaped_line_right_under_a_headline_with_no_header_stays_out():
    """Hard negative: the same line with no full stop, shorter than a paragraph, right under a
    headline that prints no header, has a list item's shape (a list's heading read as a
    headline, over its items): it stays out."""
    page = _text("live-briefs-under-their-time-one-headline-shaped-line.txt")
    assert all("Die Fähre nach Lindau" not in a.body for a in clean(page))
    assert not any(f is not None and f.code == "CS512" for f in Pipeline().label(read_text(page)).labels)

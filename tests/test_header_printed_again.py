"""A single article whose header (its byline and date) the page prints twice: over its deck,
then again as an author box over its text (issues #18/#19, tsplit3). Fixture pages of ours
(tests/fixtures/pages)."""

from __future__ import annotations

from pathlib import Path

from cleanscrape import clean

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _text(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def test_an_articles_header_printed_again_does_not_cut_it():
    """The line over the author box (a picture's credit) is no second story's headline: one
    record, the headline the title, the deck and the text its body, the credit in the audit."""
    arts = clean(_text("article-header-printed-again-over-its-text.txt"))
    assert [a.title for a in arts] == ["Why the river keeps moving its bed every spring"]
    art = arts[0]
    assert art.byline is not None and "Tomas Elvery" in art.byline
    assert art.paragraphs[0].startswith("A small team of surveyors")
    assert art.paragraphs[-1].startswith("Still, the team's maps")
    assert "Photograph by Ines Marow for The Valley Courier" not in art.paragraphs
    assert any(r.text == "Photograph by Ines Marow for The Valley Courier" for r in art.removed)


def test_a_save_button_is_no_body_text():
    """`Read Later`, a save button, goes to the audit as a share bar's line."""
    art = clean(_text("article-header-printed-again-over-its-text.txt"))[0]
    assert "Read Later" not in art.paragraphs
    assert any(r.text == "Read Later" and r.code == "CS403" for r in art.removed)


def test_two_stories_by_one_author_on_one_day_stay_two():
    """Hard negative: two stories, each its own headline over the same byline and date. The
    first holds one paragraph, but its header is its own, not printed again over the second's
    text: still, the page prints a headline a second story's shape (a byline and a date right
    under it), so two records."""
    arts = clean(_text("two-stories-one-byline-one-day.txt"))
    assert [a.title for a in arts] == ["Council agrees the budget for the new school year",
                                       "Bus routes to the old quarry reopen after repairs"]

"""One article is one record (issues #18/#19): body text printed over the page's only
headline joins that article, its subheadings stay in its body; a page of two stories, each
with its own headline, byline and date, still splits."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanscrape.io.html import read_html
from cleanscrape.pipeline import Pipeline

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _records(name: str) -> list:
    path = PAGES / name
    return Pipeline().clean_document(read_html(path.read_bytes(), source=str(path)), source=str(path))


@pytest.mark.parametrize(("name", "title", "first", "subheadings"), [
    ("subheadings-under-the-page-headline-en.html", "Restoring the old lighthouse at Carrow Point",
     "For two winters a small team of volunteers", ("Need to know", "What comes next")),
    ("subheadings-under-the-page-headline-de.html", "Pierogi mit Kürbisfüllung in Salbeibutter",
     "Im Herbst ist Kürbiszeit", ("Zubereitung Schritt für Schritt", "Die Salbeibutter")),
])
def test_an_article_with_subheadings_and_prose_over_its_headline_is_one_record(
        name: str, title: str, first: str, subheadings: tuple[str, ...]) -> None:
    arts = _records(name)
    assert len(arts) == 1
    art = arts[0]
    assert art.title == title
    assert art.paragraphs[0].startswith(first)
    for heading in subheadings:
        assert heading in art.paragraphs


def test_the_english_article_keeps_its_closing_paragraph() -> None:
    art = _records("subheadings-under-the-page-headline-en.html")[0]
    assert art.paragraphs[-1].startswith("They are looking for people with building skills")


def test_two_stories_with_their_own_byline_and_date_still_split():
    """Hard negative: each story prints its headline, byline and date line."""
    arts = _records("two-stories-each-with-byline-and-date.html")
    assert [a.title for a in arts] == ["Ferry timetable changes from Monday",
                                       "New cranes arrive at the container quay"]
    assert [a.byline for a in arts] == ["Ada Linford", "Tom Brennick"]
    assert arts[1].paragraphs[0].startswith("Two new cranes were lifted")


def test_a_subheading_under_the_page_headline_and_its_standfirst_stays_in_the_body():
    """The page's headline (its <h1>-like line the metadata repeats), a standfirst and a byline,
    then an <h2> with prose under it and no header of its own: a subheading of the same
    article, not a second story."""
    arts = _records("subheading-under-the-page-headline-after-its-standfirst.html")
    assert len(arts) == 1
    art = arts[0]
    assert art.title == "Setting limits at work"
    assert art.paragraphs[0].startswith("Limits are the ground of looking after yourself")
    assert "Limits, the ground of looking after yourself" in art.paragraphs
    assert "What are limits good for?" in art.paragraphs
    assert art.paragraphs[-1].startswith("A limit that is said out loud once")


def test_the_segmenter_reads_the_first_headline_reason_cs304_gives():
    from cleanscrape import segment
    from cleanscrape.rules import headings

    assert segment._FIRST_HEADLINE == headings.FIRST_HEADLINE


def _text_records(name: str) -> list:
    path = PAGES / name
    return Pipeline().clean(path.read_text(encoding="utf-8"), source=str(path))


def test_a_marker_line_printed_many_times_between_paragraphs_is_no_story():
    """A line printed three times or more (here between the paragraphs of one article, as some
    templates print an ad-slot marker) is a label, not a headline printed twice: the prose
    under it stays in the article, and the line goes to the audit."""
    arts = _text_records("marker-line-repeated-between-paragraphs.txt")
    assert len(arts) == 1
    art = arts[0]
    assert art.title == "Rowers return to the estuary after the long winter"
    assert art.byline == "Nell Carraway"
    assert art.paragraphs[-1].startswith("The junior squad will travel")
    assert "Story text" not in art.paragraphs
    assert any(r.code == "CS304" and r.text == "Story text" for r in art.removed)


def test_two_stories_each_printing_its_headline_twice_still_split():
    """Hard negative: a story card prints its headline, then its copy right under it, with no
    byline or date: printed twice, not three times, so each story keeps its record."""
    arts = _text_records("two-stories-each-printing-its-headline-twice.txt")
    assert [a.title for a in arts] == ["Library extends its weekend opening hours",
                                       "Bridge repairs close the east road for a week"]
    assert arts[1].paragraphs[0].startswith("Engineers will close the east road")


def test_the_segmenter_reads_the_printed_twice_reason_cs304_gives():
    from cleanscrape import segment
    from cleanscrape.rules import headings

    assert segment._PRINTED_TWICE == headings.PRINTED_TWICE


def _text_records(name: str) -> list:
    path = PAGES / name
    return Pipeline().clean(path.read_text(encoding="utf-8"), source=str(path))


@pytest.mark.parametrize(("name", "title", "paragraphs", "card"), [
    ("article-with-an-age-card-between-paragraphs-and-a-related-card-under-it.txt",
     "Harbour council approves a new sea wall for the old town", 13, "Ferry fares rise again this spring"),
    ("article-with-an-age-card-between-paragraphs-in-german.txt",
     "Stadtrat beschließt neue Ufermauer für die Altstadt", 4, "Fährpreise steigen im Frühjahr erneut"),
])
def test_an_age_card_between_an_articles_paragraphs_is_no_second_story(
        name: str, title: str, paragraphs: int, card: str) -> None:
    """A related story's card inside the article (its headline, then its age alone on a line:
    `3 hours ago`, `VOR 14 STUNDEN`), on a page whose article prints a byline and a day's date:
    the text under the card continues the article (one record, nothing lost), and the card's
    headline goes to the audit."""
    arts = _text_records(name)
    assert [a.title for a in arts] == [title]
    art = arts[0]
    assert art.byline == "Mara Quint"
    assert len(art.paragraphs) == paragraphs
    assert card not in art.paragraphs
    assert any(r.text == card for r in art.removed)


def test_a_short_related_card_under_a_long_article_joins_it():
    """The related card under the article's last paragraph (its headline, a date, one teaser
    line) is no story: its line stays in the article's record (merge rather than drop)."""
    art = _text_records("article-with-an-age-card-between-paragraphs-and-a-related-card-under-it.txt")[0]
    assert art.paragraphs[-1] == "The old cottages on the point have a new roof."


def test_two_stories_each_under_its_age_still_split():
    """Hard negative: each story prints its headline over its age: a page of the same shape
    twice, two records."""
    arts = _text_records("two-stories-each-under-its-age.txt")
    assert [a.title for a in arts] == ["Harbour council approves a new sea wall for the old town",
                                       "Ferry fares rise again this spring"]
    assert [len(a.paragraphs) for a in arts] == [3, 3]


def test_a_short_story_with_its_byline_and_date_under_a_long_article_still_splits():
    """Hard negative: the short record under the long article prints a story's header (a byline
    and a date): a story of its own."""
    arts = _text_records("article-then-a-short-story-with-its-byline-and-date.txt")
    assert [a.title for a in arts] == ["Harbour council approves a new sea wall for the old town",
                                       "Lighthouse keepers' cottages restored"]
    assert arts[1].byline == "Tom Brennick"

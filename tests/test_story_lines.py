"""Lines a template prints once per story that must not stay in the story's body (issue #18),
and the look-alikes that must: probe pages of our own in ``tests/fixtures/pages``."""

from __future__ import annotations

from pathlib import Path

from cleanscrape import clean

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def test_the_short_sentence_on_the_side_of_each_credit_where_the_page_prints_captions_goes():
    """Each story prints a picture between its paragraphs: a one-sentence caption over a
    credit (`Marek Voss, the operator's director, in Calder Bay.` over `Foto: Jonah
    Reyes/Harbour Wire`). Every credit of the page has its short sentence over it and none
    under it: the sentences are the captions, whatever their words (a name and a comma, no
    picture cue), and go; the paragraphs around them stay."""
    arts = clean(_page("caption-on-one-side-of-each-credit.txt"))
    assert [a.title for a in arts] == ["Harbour board approves a second quay on the north side",
                                       "Night buses to run again on the coast road from December",
                                       "Ferry fares to rise by eight per cent in January"]
    body = "\n".join(a.body for a in arts)
    assert "Marek Voss, the operator's director" not in body and "Foto:" not in body
    assert "The bus station in Kell" not in body and "Ines Carter, at a press conference" not in body
    assert [len(a.paragraphs) for a in arts] == [4, 3, 3]


def test_a_short_paragraph_under_a_credit_stays_when_another_sits_over_it():
    """A hard negative: the same page with a story's one-line paragraph right under its
    credit. That credit has a short sentence on both sides and tells nothing, so the
    paragraph stays; the other credits still have their captions over them."""
    page = _page("caption-on-one-side-of-each-credit.txt").replace(
        "Foto: Hanna Voss/Harbour Wire\n\n", "Foto: Hanna Voss/Harbour Wire\n\nThe first bus leaves at eleven.\n\n")
    arts = clean(page)
    assert "The first bus leaves at eleven." in arts[1].paragraphs
    assert "Marek Voss, the operator's director" not in arts[2].body


def test_a_quote_over_a_credit_stays():
    """A hard negative: a quoted sentence over a credit is the story's, not a caption."""
    page = _page("caption-on-one-side-of-each-credit.txt").replace(
        "Marek Voss, the operator's director, in Calder Bay.", "\"We had no choice,\" Marek Voss said.")
    arts = clean(page)
    assert "\"We had no choice,\" Marek Voss said." in arts[2].paragraphs



def test_a_short_line_printed_under_each_storys_date_goes_whatever_its_words():
    """Each story prints the same short line under its byline and date (a share button in
    words no list holds: `Skicka vidare`), a story's paragraphs between two prints: the line
    is the template's, printed once per story in the same slot, and goes from every body."""
    arts = clean(_page("share-line-in-unknown-words-under-each-date.txt"))
    assert [a.byline for a in arts] == ["Ada Linford", "Tom Hale"]
    assert [a.published for a in arts] == ["2025-11-12", "2025-11-13"]
    assert all("Skicka vidare" not in a.body for a in arts)
    assert [len(a.paragraphs) for a in arts] == [3, 3]


def test_a_line_printed_once_under_a_date_stays():
    """A hard negative: printed under one story's date only, the same line is no habit of the
    page (it may be the story's first subheading or a one-line paragraph): it stays."""
    page = _page("share-line-in-unknown-words-under-each-date.txt").replace(
        "Publicerad 13 november 2025\n\nSkicka vidare\n\n", "Publicerad 13 november 2025\n\n")
    arts = clean(page)
    assert "Skicka vidare" in arts[0].paragraphs


def test_a_subheading_printed_in_each_story_over_its_text_stays_when_no_date_is_over_it():
    """A hard negative: the same short line inside each story, between paragraphs (not under
    the story's byline or date), is left to the rules of labels over paragraphs."""
    page = _page("share-line-in-unknown-words-under-each-date.txt").replace(
        "Skicka vidare\n\n", "").replace(
        "the board said in a statement after the vote.\n\n",
        "the board said in a statement after the vote.\n\nVad händer nu\n\n").replace(
        "between Velmora and Kell.\n\n", "between Velmora and Kell.\n\nVad händer nu\n\n")
    arts = clean(page)
    assert "Vad händer nu" in arts[0].paragraphs and "Vad händer nu" in arts[1].paragraphs

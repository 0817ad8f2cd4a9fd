"""(lost81, issue #18: no story's text lost) A story's last short line between its paragraphs and
the trailer the page prints under its stories (`Share this article`) is the story's own when
another story prints that trailer right under its last paragraph: nothing of the template stands
in that place, so the line is not the template's. Content scoring keeps it, and the block model
no longer takes it out with the doubted line above it. Pages of our own in ``tests/fixtures/pages``."""

from __future__ import annotations

from cleanscrape.rules.content import trailer_under_paragraph
from story_helpers import bodies, fixture_page

PAGE = "last-line-over-the-trailer-other-stories-print-under-their-text.txt"
LAST = "Taxi firms fear a quieter season"


def _page() -> str:
    return fixture_page(PAGE)


def test_a_storys_last_line_over_the_trailer_the_other_stories_print_under_their_text_stays():
    """Three stories, each closed by `Share this article`; the second ends on a short line that
    repeats none of its paragraphs' words (`Taxi firms fear a quieter season`). The first and the
    third print the trailer right under their last paragraph: the line is the second story's,
    and stays in its body, with the sentence over it."""
    got = bodies(_page())
    assert got["Night buses return to the coast road from December"][-2:] == (
        "Tickets bought on the phone app will be valid on the late buses as well.", LAST)
    assert not any("Share this article" in p or p == "---" for body in got.values() for p in body)


def test_a_line_in_that_place_under_every_story_still_goes():
    """A hard negative: when the other stories print a line in the same place too (`More from
    the harbour desk`), no story's trailer stands right under its text: the line may be the
    template's, and it is left to the generic decisions, which drop it, as before."""
    page = _page().replace("weather allowing.\nShare", "weather allowing.\nMore from the harbour desk\nShare") \
        .replace("still travel free.\nShare", "still travel free.\nFares explained in full\nShare")
    got = bodies(page)
    assert LAST not in got["Night buses return to the coast road from December"]


def test_a_trailer_printed_under_one_story_only_keeps_nothing_new():
    """A hard negative: `Share this article` under the second story alone is no trailer the
    page prints under its stories: the short line over it is dropped, as before."""
    page = _page().replace("weather allowing.\nShare this article\n", "weather allowing.\n") \
        .replace("still travel free.\nShare this article\n", "still travel free.\n")
    got = bodies(page)
    assert LAST not in got["Night buses return to the coast road from December"]


def test_the_trailer_test_reads_the_line_over_each_other_print():
    texts = ["A long paragraph.", "Share", "Another paragraph.", "Short line", "Share", "12 comments"]
    fences = {1, 4, 5}
    good = {0, 2}
    assert trailer_under_paragraph(texts, 4, fences, lambda m: m in good)  # (line 1 is under a paragraph)
    assert not trailer_under_paragraph(texts, 1, fences, lambda m: m in {0})  # (the other print is under a short line)
    assert not trailer_under_paragraph(texts, 5, fences, lambda m: True)  # (printed once)
    assert trailer_under_paragraph(["Text.", "3 comments", "Text.", "x", "41 comments"], 4, {1, 4},
                                   lambda m: m in {0, 2})  # (the count folded)

"""(seglost160, issue #18: no story's text lost) The last story of a page of several stories
ends on a line of its own (a closing subheading, a question, a short sentence) with nothing but
the page's labelled chrome under it to the page's end: no per-story trailer follows it, so the
related-headline rule (`CS205`) took it for another story's headline. Printed once on the page,
no other story closing on a line of its label, it stays the story's. Page of our own in
``tests/fixtures/pages``."""

from __future__ import annotations

from story_helpers import bodies, fixture_page, in_a_body

PAGE = "the-last-storys-closing-line-over-the-pages-end.txt"
LAST = "Ferry fares to rise by eight per cent in January"
LINE = "Why are fares rising faster than wages on the islands?"
FIRST_END = "weather allowing.\nShare this article\n"
SECOND_END = "quietest days.\nShare this article\n"


def _page() -> str:
    return fixture_page(PAGE)



def test_the_last_storys_closing_line_stays():
    got = bodies(_page())
    assert got[LAST][-1] == LINE
    assert len(got) == 3
    out = ("Share this article", "---", "© 2025 Calder Bay Courier. All rights reserved.")
    assert not any(p in out for body in got.values() for p in body)


def test_a_photos_caption_and_credit_between_leave_the_line_the_storys():
    page = _page().replace(LINE, "Passengers board the morning ferry in Calder Bay.\nAda Linford | Reuters\n" + LINE)
    assert bodies(page)[LAST][-1] == LINE


def test_a_line_under_a_related_label_still_goes():
    """A hard negative: a related-story label between the paragraph and the line makes the line
    (and the one under the label) another story's link."""
    page = _page().replace(LINE, "Read also:\nNight buses return to the coast road from December\n" + LINE)
    assert not in_a_body(page, LINE)


def test_the_closing_line_of_a_story_above_is_left_as_it_was():
    """The rule reads the last story only: the same line closing the first story, over its
    share line, is the older rules' to judge (it stays there too), and the last story's line,
    now printed twice on the page, goes."""
    page = _page().replace(FIRST_END, FIRST_END.replace("\nShare", f"\n{LINE}\nShare"))
    got = bodies(page)
    assert LINE not in got[LAST]


def test_a_newsletter_line_after_the_last_story_still_goes():
    assert not in_a_body(_page().replace(LINE, "Sign up for the harbour newsletter"),
                          "Sign up for the harbour newsletter")


def test_a_related_heading_over_links_still_goes():
    box = "More from the coast desk\nNight buses return to the coast road from December\n" \
          "Taxi firms fear a quieter season on the coast"
    page = _page().replace(LINE, box)
    for line in box.split("\n"):
        assert not in_a_body(page, line), line


def test_a_labels_length_still_goes():
    """Two words are a label's length (a button's: `Live coverage`), not a closing line."""
    assert not in_a_body(_page().replace(LINE, "Live coverage"), "Live coverage")


def test_a_line_each_story_closes_on_still_goes():
    """The template's trailer: each story closes on a line of the same words, its number varying
    (a counter no rule knows by its words)."""
    page = _page().replace(FIRST_END, FIRST_END.replace("\nShare", "\nReaders Comment 12 Notes\nShare")) \
        .replace(SECOND_END, SECOND_END.replace("\nShare", "\nReaders Comment 4 Notes\nShare")) \
        .replace(LINE, "Readers Comment 7 Notes")
    assert not in_a_body(page, "Readers Comment 7 Notes")


def test_a_single_storys_closing_line_still_goes():
    """On a page of one story there are no other stories to tell the template's lines from its
    own: the closing line over the page's end goes, as before."""
    one = _page().split("---\n")[0].replace("Share this article\n", LINE + "\n") \
        + "© 2025 Calder Bay Courier. All rights reserved.\n"
    assert not in_a_body(one, LINE)

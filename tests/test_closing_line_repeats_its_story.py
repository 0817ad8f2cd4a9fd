"""(seglost3, issue #18: no story's text lost) A story of a page of several stories ends on a
line of its own that reads as no sentence (its full stop lost, a closing list's item, a short
last paragraph) right under its last paragraph. The related-headline rule (`CS205`) took it for
another story's headline. When it repeats two long words of the story's last paragraphs (its
headline's words aside), is printed once and has no headline's or link's shape, it stays the
story's. Page of our own in ``tests/fixtures/pages``."""

from __future__ import annotations

from story_helpers import bodies, fixture_page, in_a_body

PAGE = "a-storys-closing-line-that-repeats-its-words.txt"
FIRST = "Harbour board approves a second quay on the north side"
LINE = "The first ships of the summer will tie up at the old quay while the works in the bay go on"


def _page() -> str:
    return fixture_page(PAGE)



def test_the_closing_line_that_repeats_its_storys_words_stays():
    got = bodies(_page())
    assert len(got) == 3
    assert got[FIRST][-1] == LINE
    out = ("Share this article", "© 2025 Calder Bay Courier. All rights reserved.")
    assert not any(p in out for body in got.values() for p in body)


def test_a_line_on_another_subject_still_goes():
    other = "Night buses return to the coast road from December after the driver shortage"
    assert not in_a_body(_page().replace(LINE, other), other)


def test_a_two_part_headline_on_the_same_subject_still_goes():
    """A hard negative: a related story's headline repeats the story's words too; its two parts
    (a kicker and a colon, a question and its answer) give it away."""
    link = "Second quay: what the works mean for the summer ships in the bay"
    assert not in_a_body(_page().replace(LINE, link), link)


def test_a_line_under_a_video_teaser_still_goes():
    """A video teaser between the paragraph and the line: the line is the video's title."""
    page = _page().replace(LINE, "WATCH: The harbour board votes\n" + LINE)
    assert not in_a_body(page, LINE)


def test_a_line_printed_twice_still_goes():
    """The page prints it again (a list of links further down): the template's, not the story's."""
    page = _page().replace("© 2025", LINE + "\n© 2025")
    assert LINE not in bodies(page)[FIRST]


def test_a_single_storys_closing_line_still_goes():
    """On a page of one story the rule reads no closing line as the story's: it goes, as before."""
    one = _page().split("Ferry operator publishes")[0]
    assert not in_a_body(one, LINE)

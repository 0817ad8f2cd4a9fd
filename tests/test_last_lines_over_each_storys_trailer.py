"""(seglast151, issue #18: no story's text lost) A story's last short lines, printed once on the
page, between its last paragraph and the trailer the page prints once per story (a share bar, a
comment counter, a `Read more`) are the story's own, even when no story prints that trailer right
under its paragraph (lost81's test) and the lines repeat none of its words: content scoring
(`CS501`) takes them in with the story's text. Pages of our own in ``tests/fixtures/pages``."""

from __future__ import annotations

from cleanscrape.rules.content import NEAR, SHORT, GOOD, _Leads, _tail_over_trailer
from story_helpers import bodies, fixture_page

PAGE = "a-storys-last-lines-over-the-trailer-each-story-prints.txt"
FIRST = "Harbour board approves a second quay on the north side"


def _page() -> str:
    return fixture_page(PAGE)


def test_a_storys_last_line_over_the_trailer_each_story_prints_stays():
    """Three stories, each closed by `Share this article`, each with a short last line over it:
    the first story's (`Cost overruns feared`, no sentence, none of its story's words) stays in its body;
    the trailer, the separator and what follows the last story (a newsletter box, a `Most read`
    list) stay out of every body."""
    got = bodies(_page())
    assert got[FIRST][-1] == "Cost overruns feared"
    assert got["Ferry operator publishes its winter timetable"][-1] == "Timetable Talks"
    out = ("Share this article", "---", "Sign up for the harbour newsletter", "Most read",
           "Night buses return to the coast road from December")
    assert not any(p in out for body in got.values() for p in body)


def test_a_line_the_page_prints_under_every_story_still_goes():
    """A hard negative: the same line over each story's trailer (`More From The Desk`) is the
    template's, not a story's: it stays out."""
    page = _page()
    for last in ("Cost overruns feared", "Timetable Talks", "Fuel Surcharges"):
        page = page.replace(f"\n{last}\n", "\nMore From The Desk\n")
    got = bodies(page)
    assert not any("More From The Desk" in p for body in got.values() for p in body)


def test_a_single_storys_closing_line_still_goes():
    """A hard negative: on a page of one story, the short line over its share bar is as often
    the page's teaser as the story's: dropped, as before."""
    one = _page().split("---\n")[0] + "© 2025 Calder Bay Courier. All rights reserved.\n"
    got = bodies(one)
    assert "Cost overruns feared" not in got[FIRST]


def test_a_lone_line_of_a_labels_length_still_goes():
    """A hard negative: alone over the trailer, a line of two words (`Quay costs`, as `More here`)
    is a label's length: left to the generic decisions, which drop it."""
    got = bodies(_page().replace("\nCost overruns feared\n", "\nQuay costs\n"))
    assert "Quay costs" not in got[FIRST]


def test_a_trailer_printed_under_one_story_only_keeps_nothing_new():
    """A hard negative: `Share this article` under the first story alone is no per-story trailer."""
    page = _page().replace("Timetable Talks\nShare this article\n", "Timetable Talks\n") \
        .replace("Fuel Surcharges\nShare this article\n", "Fuel Surcharges\n")
    got = bodies(page)
    assert "Cost overruns feared" not in got[FIRST]


def _three(line: str, trailer: str = "Read more") -> list[str]:
    return ["A paragraph.", line, trailer, "A paragraph.", trailer, "A paragraph.", trailer]


CLASSES: list[int | None] = [GOOD, SHORT, None, GOOD, None, GOOD, None]


def test_the_tail_test_reads_the_trailer_and_the_lines_over_it():
    texts = _three("Cost overruns feared")
    assert _tail_over_trailer(CLASSES, texts, 3, 1, frozenset(), _Leads(texts)) == 2
    # a trailer printed twice only: a page of two may be one article cut in two
    two = texts[:5]
    assert _tail_over_trailer(CLASSES[:5], two, 3, 1, frozenset(), _Leads(two)) == 1
    # a stamp printed under each card is no story's trailer (a story list's ages)
    stamped = _three("Cost overruns feared", "2 hours ago")
    assert _tail_over_trailer(CLASSES, stamped, 3, 1, frozenset(), _Leads(stamped)) == 1
    # a line the page prints twice, a mark (`▶ Watch`, `→`), a box's question or lead-in, a label: not the story's
    for line in ("Read more", "▶ Watch the report", "Quieter summer ahead →", "Spotted a mistake?",
                 "Also on the coast:", "* * *", "More here"):
        got = _three(line)
        assert _tail_over_trailer(CLASSES, got, 3, 1, frozenset(), _Leads(got)) == 1, line
    # no trailer before the story's end: nothing taken
    assert _tail_over_trailer(CLASSES, texts, 2, 1, frozenset(), _Leads(texts)) == 1
    # a fact-check's fields, CLOSING_TAIL lines at most, over the trailer: taken; one more: nothing taken
    fields = ["A paragraph.", "Rating", "Unproven", "Source", "Read more", "Text.", "Read more", "Text.", "Read more"]
    classes: list[int | None] = [GOOD, SHORT, SHORT, NEAR, None, GOOD, None, GOOD, None]
    assert _tail_over_trailer(classes, fields, 5, 1, frozenset(), _Leads(fields)) == 4
    many = fields[:4] + ["Origin"] + fields[4:]
    assert _tail_over_trailer([GOOD, SHORT, SHORT, NEAR, SHORT, *classes[4:]], many, 6, 1, frozenset(),
                              _Leads(many)) == 1

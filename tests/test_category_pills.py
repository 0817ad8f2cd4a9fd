"""Category pills (seg26, issue #18, ``--half probe10``): two or three short labels, one a line,
beside each story's headline (`Politics` / `World`), their number and words changing from story
to story. Over a headline under the separator the page prints between its stories, they are the
story's header, not lines that put the headline out of reach (``headings._separated_head``), and
the labels the page prints again are the template's words, not a story's when telling two briefs
apart (``headings._own_topics``). Under a headline, a box of summary bullets may follow such short
lines, over the byline and date (``headings._header_shape``). Pages of our own writing."""

from __future__ import annotations

import cleanscrape
from cleanscrape.rules import headings

PILLS_OVER = """The Harbour Daily
Home | News | Business | Sport | Culture

Harbour
Transport
Will the night ferry run again this summer?
The night ferry to the islands will run again from June, the harbour board said on Monday, after a winter of repairs to both of its engines. Tickets go on sale in May at the office by the pier.
* * *
Transport
Town
Are the new bus stops on Quay Street finished?
Workers finished the last of the six new bus stops on Quay Street this week. The first buses will stop there from Saturday morning, the council said, and the old stops by the church will close.
* * *
Harbour
Town
Markets
Who will run the fish market after the auction?
A cooperative of twelve boat owners will run the fish market after the council sold the old hall at auction on Thursday. The owners plan to open six days a week and to sell from the quay in summer.
* * *
Markets
Sport
Can the rowing club race in the autumn regatta?
The rowing club will race in the autumn regatta after all, its captain said, because the new boat arrived from the builder on time. The crew has trained on the river every evening since August.
"""

PILLS_UNDER = """Calder Post

Harbour board names a new chief after a long search
Business
Harbour
Key points
• The harbour board has named Ruth Ellery as its new chief.
• She starts work in March, after twenty years at the port of Dunmere.
• Her first task is to finish the new quay on time.
12/03/2025 09:15 | By Owen Marsh
The harbour board has named Ruth Ellery as its new chief after a search of more than a year, the board's chair said on Tuesday.
She starts work in March, after twenty years at the port of Dunmere, where she ran the container terminal and its railway link.
Her first task is to finish the new quay on time, the chair said, and to win back the ferry company that left for a rival port last spring.
⁂
Library will open on Sunday afternoons from April
Town
Culture
Books
Key points
• The town library will open on Sunday afternoons from April.
• Volunteers will staff the reading room.
• The children's corner stays closed on Sundays.
12/03/2025 11:40 | By Maya Dunn
The town library will open on Sunday afternoons from April, the council said, for the first time since the building was rebuilt.
Volunteers from the reading society will staff the reading room from one o'clock until five, so that no new staff need to be hired.
The children's corner stays closed on Sundays for now, but the council will ask parents in the summer whether it should open too.
⁂
Rowing club buys a new boat for the autumn regatta
Sport
Town
Key points
• The rowing club has bought a new boat for eight rowers.
• It was paid for by a raffle and a grant from the council.
• The crew will race in it at the autumn regatta.
13/03/2025 08:05 | By Priya Hale
The rowing club has bought a new boat for eight rowers, its first in fifteen years, and named it after a founding member of the club.
It was paid for by a raffle at the summer fair and a grant from the council's sports fund, the club's treasurer told members on Monday.
The crew will race in it at the autumn regatta on the river, where the club has not won the main race since the old boat was new.
"""


def test_briefs_under_a_separator_with_category_pills_over_each_headline_are_one_record_each():
    arts = cleanscrape.clean(PILLS_OVER)
    assert [a.title for a in arts] == [
        "Will the night ferry run again this summer?",
        "Are the new bus stops on Quay Street finished?",
        "Who will run the fish market after the auction?",
        "Can the rowing club race in the autumn regatta?"]
    assert all(len(a.paragraphs) == 1 for a in arts)
    kept = " ".join(p for a in arts for p in a.paragraphs)
    assert "Markets" not in kept and "Transport" not in kept


def test_stories_with_category_pills_and_key_points_under_each_headline_are_one_record_each():
    arts = cleanscrape.clean(PILLS_UNDER)
    assert [a.title for a in arts] == [
        "Harbour board names a new chief after a long search",
        "Library will open on Sunday afternoons from April",
        "Rowing club buys a new boat for the autumn regatta"]
    assert all(any(p.startswith("The ") for p in a.paragraphs) for a in arts)


def test_a_category_pill_is_a_short_label_with_no_sentence_marks():
    from cleanscrape.io.text import read_text
    from cleanscrape.rules.base import Context

    lines = ["Politics", "World news", "Read more.", "By Maya Dunn", "Tags: Town", "سياسة", "the harbour"]
    ctx = Context(read_text("\n\n".join(lines)))
    assert [headings._label_pill(ctx, k) for k in range(len(lines))] == [True, True, False, False, False, True, False]


PILLS_CUT = """The Harbour Daily
Home | News | Business | Sport | Culture

Harbour
Transport
Will the night ferry run again this summer?
The night ferry to the islands will run again from June, the harbour board said on Monday, after a winter of repairs to both of its engines. Tickets go on sale in May at the office by the pier.
* * *
Town
Sport
Did the rowing club win at Dunmere?
Dunmere
* * *
Harbour
Markets
Who will run the fish market after the auction?
A cooperative of twelve boat owners will run the fish market after the council sold the old hall at auction on Thursday. The owners plan to open six days a week and to sell from the quay in summer.
* * *
Markets
Town
Are the new bus stops on Quay Street finished?
Workers finished the last of the six new bus stops on Quay Street this week. The first buses will stop there from Saturday morning, the council said, and the old stops by the church will close.
"""


def test_a_question_under_category_pills_heads_its_story_whatever_the_line_under_it():
    """(seg29) A brief whose text the page cut to its dateline (`Dunmere`): its question under the
    category pills is still a headline under the page's separator, and the brief is a record."""
    arts = cleanscrape.clean(PILLS_CUT)
    assert [a.title for a in arts] == [
        "Will the night ferry run again this summer?",
        "Did the rowing club win at Dunmere?",
        "Who will run the fish market after the auction?",
        "Are the new bus stops on Quay Street finished?"]
    assert arts[1].paragraphs == ("Dunmere",)
    kept = " ".join(p for a in arts for p in a.paragraphs)
    assert "Markets" not in kept and "Sport" not in kept


def test_a_question_with_no_pill_over_it_needs_text_under_it():
    """(seg29) Under the separator with no category pill over it, a question over a lone name
    heads no story by that step: the pills are the story header's shape, not the question alone."""
    page = PILLS_CUT.replace("* * *\nTown\nSport\n", "* * *\n")
    assert "Did the rowing club win at Dunmere?" not in [a.title for a in cleanscrape.clean(page)]

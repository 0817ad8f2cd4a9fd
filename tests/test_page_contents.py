"""CS216 page-contents (seg25, issue #18, ``--half probe9``'s ``v-digest``): a newsletter's edition
that opens on a list of its own stories' headlines, each printed again further down over its story.
The list goes, each copy heads its story, and a list under an article's first paragraph (the
article's own contents: its subheadings) is left alone. Written for our own probe page."""

from __future__ import annotations

import cleanscrape

PAGE = """Harbour Weekly

This week's letter

→ Ferry timetable changes for the winter

→ Rowing club wins the autumn regatta

→ Library reopens its reading room

Ferry timetable changes for the winter

The ferry company will run four crossings a day instead of six from November until the end of February.

Read on
Rowing club wins the autumn regatta

The club's eight crossed the line two lengths ahead of the nearest boat on Saturday.

Read on
Library reopens its reading room

Readers will find new desks!

Read on

© 2026 Harbour Weekly
"""

TITLES = ["Ferry timetable changes for the winter", "Rowing club wins the autumn regatta",
          "Library reopens its reading room"]


def test_each_listed_headline_heads_its_story():
    arts = cleanscrape.clean(PAGE)
    assert [a.title for a in arts] == TITLES
    assert arts[2].paragraphs == ("Readers will find new desks!",)
    for a in arts:
        assert not any(p.startswith("→") or p == "This week's letter" for p in a.paragraphs)
    removed = {r.text: r.code for a in arts for r in a.removed}
    assert removed["→ Rowing club wins the autumn regatta"] == "CS216"
    assert removed["This week's letter"] == "CS216"


def test_an_articles_own_contents_under_its_first_paragraph_stays_one_article():
    head = "Ferry timetable changes for the winter months\n\n" \
        "The ferry company has published its winter timetable, and most islanders will notice the change.\n\n"
    page = head + PAGE.split("\n", 2)[2].replace("Read on\n", "")
    arts = cleanscrape.clean(page)
    assert len(arts) == 1
    assert all(r.code != "CS216" for r in arts[0].removed)

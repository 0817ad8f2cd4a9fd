"""CS110 photo-caption (seg22, issue #18, ``--half probe9``): a copyright sign and a name with no year
(`© Harbour Weekly`) between a story's deck and its byline is the picture's credit, so the deck over it
is the picture's line and the headline over them heads its story. Written for our own probe page; the
look-alikes keep their places."""

from __future__ import annotations

import cleanscrape

PAGE = """Harbour Weekly

Ferry timetable changes for the winter months
The council agreed on Tuesday to cut two of the late crossings from December.
© Harbour Weekly
By Ada Linford
12.11.2025 09:40

The council agreed on Tuesday to cut two of the late crossings from December until March, to save fuel.

Officials said the change would save fuel while the harbour works on its second pier next spring.

Lindau rowing club wins the autumn regatta on the river
The club's eight crossed the line two lengths ahead of the nearest boat.
© Harbour Weekly
By Tomas Berglund
13.11.2025 17:05

The club's eight crossed the line two lengths ahead of the nearest boat on Saturday, in a strong wind.

Its coach said the crew had trained on the river every morning since the summer and deserved the cup.

Library reopens its reading room after a long renovation
The reading room on the first floor opens again on Monday after a year.
© Harbour Weekly
By Mira Holt
14.11.2025 08:15

The reading room on the first floor opens again on Monday after a year of work on its roof and windows.

Readers will find new desks, brighter lamps and a corner for children near the old map collection.
"""

TITLES = ["Ferry timetable changes for the winter months", "Lindau rowing club wins the autumn regatta on the river",
          "Library reopens its reading room after a long renovation"]


def test_a_copyright_between_each_storys_deck_and_byline_is_the_pictures_credit():
    arts = cleanscrape.clean(PAGE)
    assert [a.title for a in arts] == TITLES
    assert [a.byline for a in arts] == ["Ada Linford", "Tomas Berglund", "Mira Holt"]
    for a in arts:
        assert "© Harbour Weekly" not in a.body
        assert len(a.paragraphs) == 2


def test_a_copyright_with_its_year_or_over_no_byline_stays_the_pages():
    # a year after the sign: the page's copyright, no picture's credit (the deck over it stays open)
    dated = PAGE.replace("© Harbour Weekly\nBy Tomas", "© 2025 Harbour Weekly\nBy Tomas")
    removed = {r.text: r.code for a in cleanscrape.clean(dated) for r in a.removed}
    assert removed.get("© 2025 Harbour Weekly") == "CS407"
    assert removed.get("The club's eight crossed the line two lengths ahead of the nearest boat.") != "CS110"
    # under the story's last line and over the footer's links: the site's copyright, the line over it stays
    tail = "Harbour Weekly\n\nFerry timetable changes for the winter months\n\n" \
        "The council agreed on Tuesday to cut two of the late crossings from December until March, to save fuel.\n\n" \
        "Officials said the change would save fuel while the harbour works on its second pier.\n© Harbour Weekly\nImprint\n"
    (art,) = cleanscrape.clean(tail)
    assert "Officials said the change would save fuel while the harbour works on its second pier." in art.body

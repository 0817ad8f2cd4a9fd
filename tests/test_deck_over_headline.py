"""CS506 story-text (seg24, issue #18, ``--half probe9``): a page whose every story prints its deck,
one sentence, over its headline, then its byline or date, then its text. The sentence over each
headline is that story's (its deck, kept as its text, first), not a story of its own (the page's
first story) nor the last paragraph of the story above. Written for our own probe page."""

from __future__ import annotations

import cleanscrape

PAGE = """Harbour Weekly

Home | Town | Sport | Culture

The council agreed on Tuesday to cut two of the late crossings from December.
Ferry timetable changes for the winter months
12.11.2025 09:40 | By Ada Linford

The council agreed on Tuesday to cut two of the late crossings from December until March, to save fuel.

Officials said the change would save fuel while the harbour works on its second pier next spring.

Tags: Town, Harbour
The club's eight crossed the line two lengths ahead of the nearest boat on Saturday.
Lindau rowing club wins the autumn regatta on the river
13.11.2025 17:05 | By Tomas Berglund

The club's eight crossed the line two lengths ahead of the nearest boat on Saturday, in a strong wind.

Its coach said the crew had trained on the river every morning since the summer and deserved the cup.

The reading room on the first floor opens again on Monday after a year of work.
Library reopens its reading room after a long renovation
14.11.2025 08:15 | By Mira Holt

The reading room on the first floor opens again on Monday after a year of work on its roof and windows.

Readers will find new desks, brighter lamps and a corner for children near the old map collection.
"""

TITLES = ["Ferry timetable changes for the winter months", "Lindau rowing club wins the autumn regatta on the river",
          "Library reopens its reading room after a long renovation"]
DECKS = ["The council agreed on Tuesday to cut two of the late crossings from December.",
         "The club's eight crossed the line two lengths ahead of the nearest boat on Saturday.",
         "The reading room on the first floor opens again on Monday after a year of work."]


def test_the_sentence_over_each_headline_is_its_storys_deck():
    arts = cleanscrape.clean(PAGE)
    assert [a.title for a in arts] == TITLES
    assert all(a.published for a in arts)
    for a, deck in zip(arts, DECKS):
        assert a.paragraphs[0] == deck  # (kept, first: the story's own text)
        assert len(a.paragraphs) == 3
        assert all(d not in a.paragraphs for d in DECKS if d != deck)


def test_a_last_paragraph_over_the_next_headline_stays_its_storys():
    # the first story opens under its headline (no sentence over it): the page prints no deck first,
    # and the line over each later headline is the last paragraph of the story above
    page = PAGE.replace(DECKS[0] + "\n", "")
    arts = cleanscrape.clean(page)
    assert [a.title for a in arts] == TITLES
    assert arts[0].paragraphs[-1] == DECKS[1]
    assert arts[1].paragraphs[-1] == DECKS[2]


def test_a_tagline_over_the_first_headline_is_no_deck():
    # a site's tagline over the first story, and each later story's headline under the last paragraph of
    # the story above: none of those lines is printed again under the headline below it, so each stays
    # where it stands (content wins ties)
    page = PAGE.replace(DECKS[0], "The town's weekly paper, printed every Friday since 1921.")
    page = page.replace(DECKS[1] + "\n", "").replace(DECKS[2] + "\n", "")
    page = page.replace("Tags: Town, Harbour\n", "The ferry company will publish the full timetable next week.\n")
    page = page.replace("deserved the cup.\n\n", "deserved the cup.\nThe club will row again in the spring.\n")
    arts = cleanscrape.clean(page)
    assert [a.title for a in arts] == TITLES
    assert arts[0].paragraphs[-1] == "The ferry company will publish the full timetable next week."
    assert arts[1].paragraphs[-1] == "The club will row again in the spring."

"""Timed briefs whose every story closes on a tags line (seg23, issue #18, ``--half probe9``): a
page prints each brief as its clock time, its headline, a dateline with an agency in brackets
(`NORTH QUAY (Reuters)`, which reads like a picture's credit), its text and a closing
`Filed under: a, b` line. The headline is the line under each time, even where the dateline
under it reads as a credit; the closing line, printed under each story's text, heads nothing.
Written for our own probe page (after ``--half probe9``'s `v-clock-dateline-briefs`)."""

from __future__ import annotations

import cleanscrape

PAGE = """Ellis Courier

Home | News | Harbour | Sport | Culture

08:12
Night ferry returns to the winter timetable after a long break
PORT ELLIS, Nov 4 (Harbour Wire) –
The council agreed on Tuesday to bring back the late crossing from December, after two winters without it.
Filed under: Transport, Harbour
10:45

Rowing club takes the regatta
NORTH QUAY (Reuters)

The club's eight crossed the line well ahead of the nearest boat on Saturday, rowing into a strong wind.
Filed under: Sport · Clubs
13:20
Library reading room opens again after a year of roof work
PORT ELLIS —
Readers will find new desks, brighter lamps and a corner for children beside the old map collection.
Filed under: Culture | Town
16:05
Market square keeps its stalls open late before the holidays
NORTH QUAY, Nov 5 (Harbour Wire) –
Traders asked for the longer hours last spring, and the council agreed to try them for four weeks.
Filed under: Town, Business

Most read
Ferry fares to rise in the new year
"""

TITLES = ["Night ferry returns to the winter timetable after a long break",
          "Rowing club takes the regatta",
          "Library reading room opens again after a year of roof work",
          "Market square keeps its stalls open late before the holidays"]


def test_each_briefs_headline_is_the_line_under_its_time():
    arts = cleanscrape.clean(PAGE)
    assert [a.title for a in arts] == TITLES
    assert arts[1].paragraphs == ("The club's eight crossed the line well ahead of the nearest boat on Saturday, "
                                  "rowing into a strong wind.",)  # (its dateline a credit, its text its own)


def test_the_closing_tags_line_heads_no_story():
    titles = [a.title for a in cleanscrape.clean(PAGE)]
    assert not any(t and (t.startswith("Filed under") or t.startswith("Home |")) for t in titles)

"""(seg17, issue #18) A name, a comma and a job the page prints in each story's header, in words
no language file holds (`Defne Aksoy, Muhabir`): the job printed twice or more, a different name
each time, a paragraph between every two, is each story's byline, wherever the header puts it
(under a deck, over the headline); another job in the same slot under its headline is one too.
Hard negatives: an article's voices under its subheadings, with the article's own date over
them, stay in the article; a subheading with a comma is no byline."""

from __future__ import annotations

from cleanscrape import clean
from cleanscrape.io.text import read_text
from cleanscrape.pipeline import Pipeline

HEAD = "Northfield Gazette\nHome | News | Business | Sport\n\n"
FOOT = "\n© 2025 Northfield Gazette\n"

# three stories, each headline over a deck that its first paragraph prints again, then the byline
UNDER_A_DECK = HEAD + (
    "Ferry service returns to the island after its winter repairs\n"
    "HARBOURTON — The first crossing of the season leaves the harbour at seven on Monday morning, the operator said.\n"
    "Defne Aksoy, Muhabir\n"
    "HARBOURTON — The first crossing of the season leaves the harbour at seven on Monday morning, the operator said.\n"
    "Crews replaced both engines and repainted the hull over the winter, and the ticket office reopens on Saturday.\n"
    "Islanders had relied on a smaller boat since November, which could not carry cars or freight.\n\n"
    "Council approves two new cycle lanes along the river road\n"
    "MILLBROOK — Councillors voted by nine to four on Thursday to build the lanes before the summer.\n"
    "Kerem Tunç, Temsilci\n"
    "MILLBROOK — Councillors voted by nine to four on Thursday to build the lanes before the summer.\n"
    "The work will close one lane of traffic for six weeks, and buses will run on a diversion through the market square.\n\n"
    "Local bakery wins a regional prize for its dark rye loaf\n"
    "OLDHAVEN — A family bakery on Mill Street has won first place in the regional bread awards.\n"
    "Elif Demir, Muhabir\n"
    "OLDHAVEN — A family bakery on Mill Street has won first place in the regional bread awards.\n"
    "The owners said they would keep their prices as they are and bake a second batch of the loaf on Saturdays.\n"
) + FOOT

# the byline over each headline, the date under it
OVER_THE_HEADLINE = HEAD + "".join(
    f"{name}, Muhabir\n{title}\n{day} March 2025\n{text}Share\n\n" for name, title, day, text in (
        ("Defne Aksoy", "Ferry service returns to the island after its winter repairs", 12,
         "The first crossing of the season leaves the harbour at seven on Monday morning, the operator said on Friday.\n"
         "Crews replaced both engines and repainted the hull over the winter, and the ticket office reopens on Saturday.\n"),
        ("Kerem Tunç", "Council approves two new cycle lanes along the river road", 11,
         "Councillors voted by nine to four on Thursday to build the lanes before the summer, after a year of consultation.\n"
         "The work will close one lane of traffic for six weeks, and buses will run on a diversion through the market square.\n"),
        ("Elif Demir", "Local bakery wins a regional prize for its dark rye loaf", 10,
         "A family bakery on Mill Street has won first place in the regional bread awards with a rye loaf baked for two days.\n"
         "The owners said they would keep their prices as they are and bake a second batch on Saturdays.\n"))) + FOOT

TITLES = ["Ferry service returns to the island after its winter repairs",
          "Council approves two new cycle lanes along the river road",
          "Local bakery wins a regional prize for its dark rye loaf"]

# one article: its date over voices that print the same job under each subheading
VOICES = (
    "Valley Courier\n\nWhat parents say about the new school bus routes\n12 November 2025\n\n"
    "The council changed three school bus routes in September, and we asked parents along them how the first two "
    "months have gone.\n\n"
    "Earlier pickups on the hill\nAnna Berg, Parent\n\n"
    "Our youngest now waits at the stop before seven, which is too early in winter, and she often arrives tired before "
    "the first lesson has even started.\n\n"
    "Fewer changes for older pupils\nJonas Halbach, Parent\n\n"
    "My son no longer changes buses in town, so the trip is shorter for him, and he says the new driver is always on "
    "time in the mornings.\n\n"
    "A longer walk from the estate\nInes Carter, Parent\n\n"
    "I have asked the transport office to look again at the stop by the estate, because the walk to the new one "
    "crosses the main road twice.\n\n"
    "The council said it would review the routes in January.\n")

_REASON = "a name, a comma and a job the page prints in each story's header, a different name each time"


def _reasoned(page: str) -> list[str]:
    labelled = Pipeline().label(read_text(page))
    return [labelled.doc[f.block].text for f in labelled.findings if f.reason == _REASON]


def test_a_byline_under_each_deck_in_words_no_list_holds_parts_the_stories():
    records = clean(UNDER_A_DECK, format="text")
    assert [(a.title, a.byline) for a in records] == list(zip(TITLES, ["Defne Aksoy", "Kerem Tunç", "Elif Demir"]))
    assert all("Muhabir" not in a.body and "Temsilci" not in a.body for a in records)
    # the middle story's job is its own: its line stands in the slot the other two print the job in
    assert "Kerem Tunç, Temsilci" in _reasoned(UNDER_A_DECK)


def test_a_byline_over_each_headline_fills_the_field_and_leaves_the_text():
    records = clean(OVER_THE_HEADLINE, format="text")
    assert [(a.title, a.byline) for a in records] == list(zip(TITLES, ["Defne Aksoy", "Kerem Tunç", "Elif Demir"]))
    assert all("Muhabir" not in a.body for a in records)


def test_hard_negative_an_articles_voices_under_its_own_date_stay_in_it():
    records = clean(VOICES, format="text")
    assert [a.title for a in records] == ["What parents say about the new school bus routes"]
    assert "Anna Berg, Parent" in records[0].body and "Ines Carter, Parent" in records[0].body
    assert _reasoned(VOICES) == []


def test_hard_negative_a_subheading_with_a_comma_is_no_byline_in_the_slot():
    # a story's subheading of the shape, its job words not all capitalised, in the slot another story's byline stands
    page = UNDER_A_DECK.replace(
        "The owners said they would keep",
        "Prizes for Stocker, Karner und Meinl\nThe owners said they would keep")
    assert "Prizes for Stocker, Karner und Meinl" not in _reasoned(page)
    assert len(clean(page, format="text")) == 3

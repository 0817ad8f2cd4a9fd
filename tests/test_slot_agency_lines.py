"""(seg19, issue #18) An agency's name alone on its own line (`Reuters`, `(Agência Brasil)`) that
the page prints once in each story's header, within two lines under the headline, is the story's
source: the line over it is the headline or the deck, not a picture's caption. A credit stands
under a caption-shaped line (one short sentence describing a picture); where one such line stands
over any of the page's agency lines, every one stays a caption's credit.
Hard negatives: one caption and its agency credit over a photo inside an article stay a caption
and a credit; two stories that each caption a picture over an agency line keep their captions."""

from __future__ import annotations

from cleanscrape import clean
from cleanscrape.io.text import read_text
from cleanscrape.pipeline import Pipeline

HEAD = "Northfield Gazette\n\n"
FOOT = "\n© 2025 Northfield Gazette\n"

TITLES = ["Ferry service returns to the island after its winter repairs",
          "Council vote: two new cycle lanes for the river road. Will they be built?",
          "Local bakery wins a regional prize for its dark rye loaf"]
TEXTS = [
    "The first crossing of the season leaves the harbour at seven on Monday morning, the operator said on Friday.\n"
    "Crews replaced both engines and repainted the hull over the winter, and the ticket office reopens on Saturday.\n",
    "Councillors meet on Thursday to decide whether the lanes can be built before the summer, after a year of talks.\n"
    "The work would close one lane of traffic for six weeks, and buses would run on a diversion through the square.\n",
    "A family bakery on Mill Street has won first place in the regional bread awards with a rye loaf baked for two days.\n"
    "The owners said they would keep their prices as they are and bake a second batch on Saturdays.\n"]

# the agency's name in parentheses right under each headline, the date under it
UNDER_THE_HEADLINE = HEAD + "".join(
    f"{title}\n({agency})\n{day} March 2025\n{text}Tags: News, Local\nNext\n\n"
    for title, agency, day, text in zip(TITLES, ("Reuters", "AFP", "Reuters"), (12, 11, 10), TEXTS)) + FOOT

DECKS = ["Islanders have waited since November for a boat that can carry their cars and their freight across the water again.",
         "Cyclists and shopkeepers on the river road have argued for a year over the plan, and neither side expects to win outright.",
         "The judges tasted more than two hundred loaves from across the region before they chose the winner on Sunday afternoon."]

DECK_TITLES = [TITLES[0], "Council weighs two new cycle lanes along the river road", TITLES[2]]

# a deck under each headline, the agency's name alone under the deck
UNDER_A_DECK = HEAD + "".join(
    f"{title}\n{deck}\n{agency}\n{text}Share\n\n"
    for title, deck, agency, text in zip(DECK_TITLES, DECKS, ("Reuters", "AFP", "Reuters"), TEXTS)) + FOOT

# one article: a photo's caption and its agency credit between two paragraphs
ONE_PICTURE = (
    "Valley Courier\n\nFerry service returns to the island after its winter repairs\n12 November 2025\n\n"
    "The first crossing of the season leaves the harbour at seven on Monday morning, the operator said on Friday.\n"
    "Passengers wait on the quay in Harbourton.\nAFP\n"
    "Crews replaced both engines and repainted the hull over the winter, and the ticket office reopens on Saturday.\n"
    "Islanders had relied on a smaller boat since November, which could not carry cars or freight.\n")

# two stories, each captioning its picture over an agency line
CAPTIONED = HEAD + "".join(
    f"{title}\n{caption}\n{agency}\n{text}Share\n\n"
    for title, caption, agency, text in zip(
        TITLES[::2], ("Passengers wait on the quay in Harbourton.", "The owners stand behind their counter in Oldhaven."),
        ("Reuters", "AFP"), TEXTS[::2])) + FOOT


def _captions(page: str) -> list[str]:
    labelled = Pipeline().label(read_text(page))
    return [labelled.doc[f.block].text for f in labelled.findings if f.code == "CS110"]


def test_an_agency_under_each_headline_parts_the_stories():
    records = clean(UNDER_THE_HEADLINE, format="text")
    assert [a.title for a in records] == TITLES
    assert _captions(UNDER_THE_HEADLINE) == []
    assert all("Reuters" not in a.body and "AFP" not in a.body for a in records)


def test_a_deck_over_an_agency_line_is_no_caption():
    assert _captions(UNDER_A_DECK) == []
    body = "\n".join(a.body for a in clean(UNDER_A_DECK, format="text"))
    assert all(deck in body for deck in DECKS)  # (kept as text; parting these stories is left open)


def test_hard_negative_a_caption_and_its_agency_credit_inside_one_article_stay():
    assert _captions(ONE_PICTURE) == ["Passengers wait on the quay in Harbourton."]
    records = clean(ONE_PICTURE, format="text")
    assert len(records) == 1 and "Passengers wait" not in records[0].body


def test_hard_negative_captions_over_agency_lines_in_each_story_stay():
    assert _captions(CAPTIONED) == ["Passengers wait on the quay in Harbourton.",
                                    "The owners stand behind their counter in Oldhaven."]



# a gallery: a long caption over each agency line, one after the other, no story's text between
# (the first caption names its place, the next ones have no stop: headline-shaped)
GALLERY = (
    "Valley Courier\n\nThe ferry's first week back in pictures\n12 November 2025\n\n"
    "The first crossing of the season left the harbour at seven on Monday morning, and we followed the crew all week.\n"
    "Passengers queue on the north quay of Harbourton before dawn on Monday, waiting for the first crossing since the repairs.\n"
    "Reuters\n"
    "The ferry's two new engines are lowered into the hull at the shipyard in Calder Bay\n"
    "AFP\n"
    "A deckhand ties the ferry to the island's pier as the first cars roll off onto the new ramp\n"
    "Reuters\n"
    "The captain and two of the crew on the bridge as the ferry leaves the harbour on Monday\n"
    "AFP\n")


def test_hard_negative_a_gallery_of_long_captions_over_agency_lines_stays_captioned():
    # (as before this step: the caption with a stop goes, the headline-shaped ones are left to content scoring)
    assert _captions(GALLERY) == [
        "Passengers queue on the north quay of Harbourton before dawn on Monday, waiting for the first crossing since the repairs."]

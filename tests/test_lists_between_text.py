"""Text mode: a list, table or code the run of prose was cut at, between two kept blocks, stays
(content scoring's ``_runs_between_text``)."""

from __future__ import annotations

import importlib

import cleanscrape

content = importlib.import_module("cleanscrape.rules.content")

P1 = ("The harbour council published its yearly survey of the town's rowing clubs on Monday, and the results "
      "surprised even the members who had argued for a new ranking method since the spring meeting.")
P2 = ("For the first time the survey weighed the clubs' training hours, the number of young members and the "
      "results of the autumn regatta, so that a small club with a busy youth section could rank well.")
P3 = ("The chair of the council said the method would stay in place for at least three years, after which "
      "the clubs themselves will be asked whether it has been fair to them and to their members.")
P4 = ("Several clubs at the bottom of the list said they would ask the council for the raw figures, which it "
      "has promised to publish on its website before the end of the month for anyone who wants them.")
LEAD = "The ten clubs at the top of the ranking were as follows:"
ITEMS = ["1. Northgate", "2. Pier Street", "3. Old Mill", "4. Saltmarsh", "5. Lantern Bay",
         "6. Greywater", "7. Kestrel", "8. Fernhill", "9. Harbour Lights", "10. Eastbank"]
TEASERS = ["27 Strangest Boats Ever Built", "10 Rowing Myths That Refuse To Die", "11 Harbours Worth A Detour",
           "15 Photos Of Storms At Sea", "12 Famous Regattas Around The World", "19 Knots Every Sailor Knows"]


def _page(middle: list[str]) -> str:
    return "\n\n".join(["Rowing survey ranks the town's clubs", "By Ana Ruiz", "March 4, 2025", P1, P2,
                        *middle, P3, P4])


def test_a_numbered_list_under_a_lead_in_between_paragraphs_stays_whole():
    """Ten one-word items outweigh the paragraphs around them, so the run of prose was cut at
    them and every item went (the paragraphs on both sides stayed): the lead-in's colon opens
    the article's own list, kept with the text."""
    (record,) = cleanscrape.clean(_page([LEAD, *ITEMS]))
    assert all(item in record.paragraphs for item in ITEMS)
    assert {LEAD, P1, P2, P3, P4} <= set(record.paragraphs)


def test_other_stories_headlines_that_open_on_their_count_stay_out():
    (record,) = cleanscrape.clean(_page(TEASERS))
    assert not any(t in record.paragraphs for t in TEASERS)
    assert P1 in record.paragraphs


def test_rows_of_like_shape():
    assert content._like_rows(["DL Name One 63 85% 1 tackle (1 combined).", "LB Name Two 74 100% 7 tackles."])
    assert content._like_rows(["in § 68 SGB V - elektronische Gesundheitsakte", "in § 630f BGB - elektronische Arztakte"])
    assert content._like_rows(["1. Finland", "2. Norway", "3. Australia"])
    assert content._like_rows(["int main(void) {", "return 0;", "}"])
    assert not content._like_rows(["27 Oddest Medical Case Reports", "10 Strangest Medical Cases"])
    assert not content._like_rows(["Live-Ticker", "Donnerstag, 18. 7."])  # a row with no figure
    assert not content._like_rows(["2. Norway", "1. Finland"])  # numbers that do not count up


def test_a_run_between_kept_paragraphs_is_kept_only_when_it_reads_as_a_list():
    prose = content.GOOD
    classes = [prose, content.SHORT, content.SHORT, content.SHORT, prose]
    texts = ["A paragraph that ends in a colon:", "Home", "News", "Sport", "Another paragraph."]
    keep = [True, False, False, False, True]
    why = ["prose", "outside-main-text", "outside-main-text", "outside-main-text", "prose"]
    content._runs_between_text(classes, texts, keep, why)
    assert keep == [True] * 5 and why[1:4] == ["list-item"] * 3
    texts[0] = "A paragraph that ends as a sentence."
    keep = [True, False, False, False, True]
    content._runs_between_text(classes, texts, keep, why)
    assert keep == [True, False, False, False, True]  # no lead-in, no figures: a menu's shape
    texts[1:4] = ["Home", "News", "Home"]  # printed again on the page: no list of the text
    texts[0] = "A paragraph that ends in a colon:"
    content._runs_between_text(classes, texts, keep, why)
    assert keep == [True, False, False, False, True]


def test_a_shared_link_s_card_is_no_list():
    assert content._web_address("example.com/2017/01/21/the-story")
    assert content._web_address("i.example.it/photo31.jpg")
    assert not content._web_address("in § 68 SGB V - elektronische Gesundheitsakte")
    assert not content._web_address("1. Finland")

"""Bylines that name the wire the author writes for (issue #18, seg13): `By NAME (AGENCY)`,
`Von NAME (dpa)` under each headline is each story's byline, not a picture's credit, so the
headline over it is no caption and each story keeps its record. Hard negatives: the same line
under a caption sentence stays the picture's credit, and a place in parentheses is no agency."""

from __future__ import annotations

from cleanscrape import clean, check
from cleanscrape.rules.headings import byline_fields

_STORIES = [
    ("Ferry timetable changes for the winter months", "By Ines Carter (AFP)",
     ["The harbour board agreed on Monday to cut the late crossing to Velmora from the first of November onwards.",
      "Passengers who travel after nine in the evening will be offered a coach from the quay to the town centre."]),
    ("Library roof repairs finish three weeks early", "By Tom Hale (Reuters)",
     ["Builders took down the last of the scaffolding on Friday, and the reading room opens again next week.",
      "The council said the repairs came in under budget because the old slates could be used a second time."]),
    ("Allotment waiting list closes for the season", "By Mara Lindqvist (AP)",
     ["Forty families are still waiting for a plot, and the society has asked the town for a second field.",
      "Members voted to share the tool shed with the school garden club on Saturday mornings in spring."]),
]


def test_a_byline_with_its_agency_in_parentheses_gives_the_name():
    assert byline_fields("By Ines Carter (AFP)") == (("byline", "Ines Carter"),)
    assert byline_fields("Von Lorenz Sandau (dpa)") == (("byline", "Lorenz Sandau"),)
    assert byline_fields("Par Léa Montbel (Hans Lucas)") == (("byline", "Léa Montbel"),)


def test_no_agency_no_byline_word_no_byline():
    assert byline_fields("By Ines Carter (Lindau)") == ()  # a place in parentheses: no agency
    assert byline_fields("Ines Carter (AFP)") == ()  # no byline word: a picture's credit (CS102's)
    assert byline_fields("Photo by Ines Carter (AFP)") == ()


def test_each_story_under_its_agency_byline_keeps_its_record():
    lines = ["Velmora Weekly", "", "Home | News | Sport | Culture", ""]
    for title, by, paras in _STORIES:
        lines += ["Explainer", title, by, ""]
        for p in paras:
            lines += [p, ""]
    lines += ["© 2025 Velmora Weekly"]
    arts = clean("\n".join(lines) + "\n")
    assert [a.title for a in arts] == [t for t, _, _ in _STORIES]
    assert [a.byline for a in arts] == ["Ines Carter", "Tom Hale", "Mara Lindqvist"]


def test_the_same_line_under_a_caption_stays_a_credit():
    title, _, paras = _STORIES[0]
    page = "\n".join([title, "", paras[0], "", "Crews at the shipyard in Calder Bay.", "",
                      "By Ines Carter (AFP)", "", paras[1], ""]) + "\n"
    codes = {f.code for f in check(page) if f.block == 3}  # (blocks: the title, a paragraph, the caption, the credit)
    assert codes == {"CS102"}


_DATES = ["03/11/2025", "28/10/2025", "21/10/2025"]
_CREDITS = ["Ines Carter | AFP", "Tom Hale | Reuters", "Mara Lindqvist | dpa"]


def _dated_page(over_credit: list[str]) -> str:
    lines = ["Velmora Weekly", "", "Home | News | Sport | Culture", ""]
    for date, line, credit, (_, _, paras) in zip(_DATES, over_credit, _CREDITS, _STORIES):
        lines += [date, "", line, "", credit, ""]
        for p in paras:
            lines += [p, ""]
    lines += ["© 2025 Velmora Weekly"]
    return "\n".join(lines) + "\n"


def test_a_headline_under_each_date_over_a_name_and_agency_is_no_caption():
    """`NAME | AGENCY` under each story's headline, under its date: the page repeats its story
    header, so each headline is no caption of the credit under it, and heads its story."""
    page = _dated_page([t for t, _, _ in _STORIES])
    # (the caption rule's own reading, with the headline steps left out: the dated-headline
    # step may head these stories before it, not on every page)
    assert not [f for f in check(page, ignore="CS304") if f.code == "CS110"]
    arts = clean(page)
    assert [a.title for a in arts] == [t for t, _, _ in _STORIES]
    assert [a.published for a in arts] == ["2025-11-03", "2025-10-28", "2025-10-21"]


def test_a_caption_sentence_under_each_date_over_its_credit_stays_a_caption():
    captions = ["Crews at the shipyard in Calder Bay.", "The reading room seen from the stairs.",
                "Plots by the river at first light."]
    found = check(_dated_page(captions), ignore="CS304")
    assert sorted(f.block for f in found if f.code == "CS110") == [3, 8, 13]  # (each story: date, caption, credit, two paragraphs)

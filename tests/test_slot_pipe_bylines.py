"""Bylines printed as `NAME | AGENCY` over each story's headline (issue #18, seg16): where a
page prints a name and a wire split by a bar right over two headlines or more, with no caption
sentence over it, the line is each story's byline (the name fills `byline`), not a picture's
CS101 credit. Hard negatives: one such line over one headline, the line under a caption
sentence, and a credit of three parts (`Tom Hale | Bloomberg | Getty Images`) stay credits."""

from __future__ import annotations

from cleanscrape import check, clean

_STORIES = [
    ("Ferry timetable changes for the winter months", "Ines Carter | AFP",
     ["The harbour board agreed on Monday to cut the late crossing to Velmora from the first of November onwards.",
      "Passengers who travel after nine in the evening will be offered a coach from the quay to the town centre."]),
    ("Library roof repairs finish three weeks early", "Tom Hale | Reuters",
     ["Builders took down the last of the scaffolding on Friday, and the reading room opens again next week.",
      "The council said the repairs came in under budget because the old slates could be used a second time."]),
    ("Allotment waiting list closes for the season", "Mara Lindqvist | dpa",
     ["Forty families are still waiting for a plot, and the society has asked the town for a second field.",
      "Members voted to share the tool shed with the school garden club on Saturday mornings in spring."]),
]


def _page(stories: list[tuple[str, str, list[str]]], over: list[str] | None = None) -> str:
    lines = ["Velmora Weekly", "", "Home | News | Sport | Culture", ""]
    for k, (title, by, paras) in enumerate(stories):
        lines += [over[k] if over else "Explainer", "", by, "", title, ""]
        for p in paras:
            lines += [p, ""]
    lines += ["© 2025 Velmora Weekly"]
    return "\n".join(lines) + "\n"


def _codes(page: str, text: str) -> set[str]:
    lines = [ln for ln in page.splitlines() if ln.strip()]
    return {f.code for f in check(page) if lines[f.block] == text}


def test_a_name_and_a_wire_over_each_headline_is_each_storys_byline():
    page = _page(_STORIES)
    arts = clean(page)
    assert [a.title for a in arts] == [t for t, _, _ in _STORIES]
    assert [a.byline for a in arts] == ["Ines Carter", "Tom Hale", "Mara Lindqvist"]
    assert _codes(page, "Ines Carter | AFP") == {"CS301"}
    # nothing lost: the line is in the audit, with its code
    assert [r.code for r in arts[0].removed if r.text == "Ines Carter | AFP"] == ["CS301"]


def test_one_such_line_over_one_headline_stays_a_credit():
    page = _page(_STORIES[:1])
    assert _codes(page, "Ines Carter | AFP") == {"CS101"}


def test_the_line_under_a_caption_sentence_stays_a_credit():
    captions = ["Crews at the shipyard in Calder Bay.", "The reading room seen from the stairs.",
                "Plots by the river at first light."]
    page = _page(_STORIES, over=captions)
    assert _codes(page, "Ines Carter | AFP") == {"CS101"}
    assert _codes(page, "Tom Hale | Reuters") == {"CS101"}


def test_a_credit_of_three_parts_stays_a_credit():
    stories = [(t, "Tom Hale | Bloomberg | Getty Images", p) for t, _, p in _STORIES]
    page = _page(stories)
    assert _codes(page, "Tom Hale | Bloomberg | Getty Images") == {"CS101"}

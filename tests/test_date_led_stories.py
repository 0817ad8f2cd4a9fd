"""Stories each headed by the date line the page prints at their top (issue #18, seg11): the line
in the slot under each date heads its story, past a kicker, whatever a rule took it for; the date
fills that story's field. Hard negatives: a page that prints each date under its headline keeps
those headlines, and one article under its date stays one record."""

from __future__ import annotations

from cleanscrape import clean

_STORIES = [
    ("Ferry timetable changes for the winter months",
     ["The harbour board agreed on Monday to cut the late crossing to Velmora from the first of November onwards.",
      "Passengers who travel after nine in the evening will be offered a coach from the quay to the town centre."]),
    ("Library roof repairs finish three weeks early",
     ["Builders took down the last of the scaffolding on Friday, and the reading room opens again next week.",
      "The council said the repairs came in under budget because the old slates could be used a second time."]),
    ("Allotment waiting list closes for the season",
     ["Forty families are still waiting for a plot, and the society has asked the town for a second field.",
      "Members voted to share the tool shed with the school garden club on Saturday mornings in spring."]),
]
_DATES = ["03/11/2025", "28/10/2025", "21/10/2025"]


def _date_led_page(kicker: str) -> str:
    lines = ["Velmora Weekly", "", "Home | News | Sport | Culture", ""]
    for date, (title, paras) in zip(_DATES, _STORIES):
        lines += [date, "", kicker, "", title, ""]
        for p in paras:
            lines += [p, ""]
    lines += ["© 2025 Velmora Weekly"]
    return "\n".join(lines) + "\n"


def test_the_line_under_each_date_and_its_kicker_heads_each_story():
    arts = clean(_date_led_page("Explainer"))
    assert [a.title for a in arts] == [t for t, _ in _STORIES]
    assert [a.published for a in arts] == ["2025-11-03", "2025-10-28", "2025-10-21"]
    assert [len(a.paragraphs) for a in arts] == [2, 2, 2]


def test_a_page_that_prints_each_date_under_its_headline_keeps_them():
    lines = ["Velmora Weekly", ""]
    for date, (title, paras) in zip(_DATES, _STORIES):
        lines += [title, "", date, "", "What the change means for the town", ""]
        for p in paras:
            lines += [p, ""]
    arts = clean("\n".join(lines) + "\n")
    assert [a.title for a in arts] == [t for t, _ in _STORIES]


def test_one_article_under_its_date_stays_one_record():
    title, paras = _STORIES[0]
    page = "\n".join([_DATES[0], "", title, "", *(p + "\n" for p in paras),
                      "Timetable for the winter months", "", *(p + "\n" for p in _STORIES[1][1])]) + "\n"
    arts = clean(page)
    assert len(arts) == 1 and arts[0].title == title


def test_the_line_under_each_byline_heads_each_story():
    """No date: a kicker of its own and `By NAME` over each headline; the byline fills its
    story's field, not the story's above."""
    names = ["Ada Linford", "Tomas Reyes", "Elin Marsh"]
    lines = ["Velmora Weekly", ""]
    for kicker, name, (title, paras) in zip(["Harbour", "Town hall", "Gardens"], names, _STORIES):
        lines += [kicker, "", f"By {name}", "", title, ""]
        for p in paras:
            lines += [p, ""]
    arts = clean("\n".join(lines) + "\n")
    assert [a.title for a in arts] == [t for t, _ in _STORIES]
    assert [a.byline for a in arts] == names


def test_a_page_that_prints_each_byline_under_its_headline_keeps_them():
    names = ["Ada Linford", "Tomas Reyes", "Elin Marsh"]
    lines = ["Velmora Weekly", ""]
    for name, (title, paras) in zip(names, _STORIES):
        lines += [title, "", f"By {name}", "", "What the change means for the town", ""]
        for p in paras:
            lines += [p, ""]
    arts = clean("\n".join(lines) + "\n")
    assert [a.title for a in arts] == [t for t, _ in _STORIES]
    assert [a.byline for a in arts] == names

"""CS214 related-run: on an HTML page, other stories' links under the story's last long paragraph, set
inside the text's element (a list of linked headlines, a row of cards each with a linked headline), are
not the story's; a story's own short list with a link per item, a list of plain items, a run above the
last paragraph and cards of different shapes keep theirs."""

from __future__ import annotations

import cleanscrape
from cleanscrape.document import Role
from cleanscrape.io.html import read_html
from cleanscrape.pipeline import Pipeline
from story_helpers import LONG_PARAS

PARAS = LONG_PARAS[:3]  # (each over 200 characters: the story's paragraphs, under the last of which the rule reads)
HEADLINES = [  # (a linked headline, then a few words about it)
    ("New fares for the island crossing", " from April, the board says"),
    ("Why the old ferry is still in service", " after thirty years at sea"),
    ("The harbour master who retired", " this week looks back on his years"),
    ("A second landing for the island", ": what the plan would cost"),
    ("Winter storms close the harbour", " for the third time this year"),
]
SUMMARIES = [
    "The board will publish the new fares in March, after the council has seen them.",
    "The Kestrel has crossed to the island twice a day since the harbour opened its new pier.",
    "He saw four ferries come and go and never missed a winter crossing in his time.",
    "Engineers say a second pier on the island's north side would take two years to build.",
]


def _page(tail: str, *, before: bool = False) -> str:
    paras = "".join(f"<p>{t}</p>" for t in PARAS)
    body = f"{tail}{paras}" if before else f"{paras}{tail}"
    return f"<html><body><article><h1>Ferries to run earlier and later</h1>{body}</article></body></html>"


def _list(items: list[tuple[str, str]]) -> str:
    return "<ul>" + "".join(f"<li><a href='/s{k}'>{a}</a>{b}</li>" for k, (a, b) in enumerate(items)) + "</ul>"


def _cards(n: int, *, linked: bool = True) -> str:
    out = []
    for k in range(n):
        head = HEADLINES[k][0]
        head = f"<a href='/c{k}'>{head}</a>" if linked else head
        out.append(f"<div class='card'><h3>{head}</h3><p>{SUMMARIES[k]}</p></div>")
    return "<div class='more'>" + "".join(out) + "</div>"


def _labels(page: str) -> dict[str, tuple[str | None, Role]]:
    labelled = Pipeline().label(read_html(page))
    return {b.text: (None if f is None else f.code, labelled.role(i))
            for i, (b, f) in enumerate(zip(labelled.doc.blocks, labelled.labels))}


def _line(a: str, b: str) -> str:
    return a + b


def test_a_list_of_linked_headlines_under_the_story_goes():
    page = _page(_list(HEADLINES))
    got = _labels(page)
    for a, b in HEADLINES:
        assert got[_line(a, b)][0] == "CS214"
    record = cleanscrape.clean(page, format="html")[0]
    assert all(t in record.paragraphs for t in PARAS)
    assert not any(_line(a, b) in record.paragraphs for a, b in HEADLINES)
    assert any(r.code == "CS214" for r in record.removed)


def test_a_list_of_linked_headlines_between_the_paragraphs_goes():
    paras = [f"<p>{t}</p>" for t in PARAS]
    page = ("<html><body><article><h1>Ferries to run earlier and later</h1>"
            f"{paras[0]}{_list(HEADLINES)}{paras[1]}{paras[2]}</article></body></html>")
    got = _labels(page)
    assert all(got[_line(a, b)][0] == "CS214" for a, b in HEADLINES)
    assert all(got[t][0] != "CS214" for t in PARAS)


def test_a_row_of_linked_cards_under_the_story_goes():
    got = _labels(_page(_cards(4)))
    for k in range(4):
        assert got[HEADLINES[k][0]][0] == "CS214" or got[HEADLINES[k][0]][1] is not Role.CONTENT
        assert got[SUMMARIES[k]] == ("CS214", Role.RELATED)


def test_a_short_list_with_a_link_per_item_stays():
    """Hard negative: a story's own list of three people or places, each with a link."""
    items = HEADLINES[:3]
    got = _labels(_page(_list(items)))
    assert all(got[_line(a, b)][0] != "CS214" for a, b in items)


def test_a_list_of_plain_items_stays():
    """Hard negative: list items with no link text are the story's points."""
    items = "<ul>" + "".join(f"<li>{a}{b}</li>" for a, b in HEADLINES) + "</ul>"
    got = _labels(_page(items))
    assert all(got[_line(a, b)][0] != "CS214" for a, b in HEADLINES)


def test_a_list_above_the_story_stays():
    """Hard negative: a list over the story's first long paragraph (a table of contents, a menu)
    is left to the other rules."""
    got = _labels(_page(_list(HEADLINES), before=True))
    assert all(got[_line(a, b)][0] != "CS214" for a, b in HEADLINES)


def test_cards_above_the_last_paragraph_stay():
    """Hard negative: cards read only under the story's last long paragraph (boxes of the story's
    own facts between its paragraphs)."""
    paras = [f"<p>{t}</p>" for t in PARAS]
    page = ("<html><body><article><h1>Ferries to run earlier and later</h1>"
            f"{paras[0]}{_cards(4)}{paras[1]}{paras[2]}</article></body></html>")
    got = _labels(page)
    assert all(got[s][0] != "CS214" for s in SUMMARIES)


def test_cards_with_no_link_stay():
    """Hard negative: a row of boxes with no link text (a story's facts set as boxes)."""
    got = _labels(_page(_cards(4, linked=False)))
    assert all(got[s][0] != "CS214" for s in SUMMARIES)


def test_a_text_page_is_left_alone():
    text = "\n\n".join(["Ferries to run earlier and later", *PARAS, *(_line(a, b) for a, b in HEADLINES)])
    record = cleanscrape.clean(text)[0]
    assert not any(r.code == "CS214" for r in record.removed)

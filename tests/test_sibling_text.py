"""CS514 sibling-text: on an HTML page, prose ``CS502`` dropped as outside the text container comes
back when its own parent element holds kept blocks (the block model brought that element's text
back); a short line, a line of links, and a block whose element keeps under two blocks stay dropped."""

from __future__ import annotations

from cleanscrape.document import Finding, Role
from cleanscrape.io.html import read_html
from cleanscrape.io.text import read_text
from cleanscrape.pipeline import Pipeline
from cleanscrape.rules.base import Context
from cleanscrape.rules.looselines import SIBLING_TEXT
from cleanscrape.rules.structure import OUTSIDE_MAIN
from story_helpers import SHORT_PARAS

PARAS = SHORT_PARAS
KEPT = [  # a second element's lines the decisions kept (the block model's readmissions)
    "The island's council welcomed the decision and thanked the board for listening to the residents.",
    "The council said the ferry company would publish the full summer timetable on its website in April.",
]
PROSE = "For the winter months the new timetable keeps the late boat on Fridays and Saturdays, the board said."
SHORT = "Winter timetable"
LINKS = "<a href='/a'>Ferry timetable for the summer months</a> and <a href='/b'>fares for every crossing this year</a>"
LINKS_TEXT = "Ferry timetable for the summer months and fares for every crossing this year"


def _page(side: list[str]) -> str:
    p = "".join(f"<p>{t}</p>" for t in PARAS)
    return (f"<html><body><article><h1>Ferries to run earlier and later</h1>{p}</article>"
            f"<table><tr><td>{'<br>'.join(side)}</td></tr></table></body></html>")


def _check(side: list[str], kept: list[str]) -> dict[str, str]:
    """CS514 over a page whose cell's lines are all dropped as outside the container but ``kept``."""
    doc = read_html(_page(side))
    ctx = Context(doc)
    for b in doc.blocks:
        if b.hints.get("main") is False:
            keep = b.text in kept
            ctx.findings[b.index] = None if keep else Finding(b.index, Role.BOILERPLATE, "CS502", "html-structure",
                                                              OUTSIDE_MAIN)
    return {doc.blocks[f.block].text: f.reason for f in SIBLING_TEXT.check(ctx) if f.role is Role.CONTENT}


def test_prose_beside_kept_lines_of_its_element_comes_back():
    got = _check([KEPT[0], PROSE, KEPT[1], SHORT, LINKS], KEPT)
    assert PROSE in got
    assert SHORT not in got and LINKS_TEXT not in got  # (a label; a line of links)


def test_an_element_with_one_kept_line_keeps_its_drops():
    """Hard negative: one kept line is no verdict on its element's text."""
    assert _check([KEPT[0], PROSE, KEPT[1]], KEPT[:1]) == {}


def test_a_text_page_is_left_alone():
    text = "\n\n".join(["Ferries to run earlier and later", *PARAS, *KEPT, PROSE])
    labelled = Pipeline().label(read_text(text))
    assert not any(f is not None and f.code == "CS514" for f in labelled.labels)

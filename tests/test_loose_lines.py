"""CS212 loose-line: a short line of loose text in a ``<div>`` nested well under an HTML story's
paragraphs (a caption with no ``<figcaption>``, a pull quote, a widget's label) is not the story's; a paragraph at any depth, a line as deep as the paragraphs and a page that
sets its text in ``<div>``s keep theirs."""

from __future__ import annotations

import cleanscrape
from cleanscrape.document import Role
from cleanscrape.io.html import read_html
from cleanscrape.pipeline import Pipeline
from story_helpers import LONG_PARAS

PARAS = LONG_PARAS  # (each over 200 characters: paragraphs of a story, which the rule reads the markup of)
CAPTION = "The ferry Kestrel leaves the island landing at dawn"
PULL_QUOTE = "“We have waited twenty years for a boat that lets us work on the mainland”"


def _page(widget: str, *, tag: str = "p") -> str:
    p = [f"<{tag}>{t}</{tag}>" for t in PARAS]
    return ("<html><body><article><h1>Ferries to run earlier and later</h1>"
            f"{p[0]}{p[1]}{widget}{p[2]}{p[3]}</article></body></html>")


def _labels(page: str) -> dict[str, tuple[str | None, Role]]:
    labelled = Pipeline().label(read_html(page))
    return {b.text: (None if f is None else f.code, labelled.role(i))
            for i, (b, f) in enumerate(zip(labelled.doc.blocks, labelled.labels))}


DEEP = f"<div><div><div><img src='/ferry.jpg' alt=''><div>{CAPTION}</div></div></div></div>"


def test_a_short_loose_line_deep_among_the_paragraphs_goes():
    got = _labels(_page(DEEP))
    assert got[CAPTION] == ("CS212", Role.BOILERPLATE)
    record = cleanscrape.clean(_page(DEEP), format="html")[0]
    assert CAPTION not in record.paragraphs
    assert any(r.code == "CS212" and r.text == CAPTION for r in record.removed)
    assert all(t in record.paragraphs for t in PARAS)


def test_a_pull_quote_in_a_nested_box_goes():
    box = f"<div><div><div><div>{PULL_QUOTE}</div></div></div></div>"
    got = _labels(_page(box))
    assert got[PULL_QUOTE] == ("CS212", Role.BOILERPLATE)


def test_a_paragraph_deep_in_the_markup_stays():
    """Hard negative: a <p> is the story's text at any depth (a quote set in a box of its own)."""
    line = "The island's council welcomed the decision and thanked the board for listening."
    box = f"<div><div><div><p>{line}</p></div></div></div>"
    got = _labels(_page(box))
    assert got[line][0] != "CS212"
    assert line in cleanscrape.clean(_page(box), format="html")[0].paragraphs


def test_a_loose_line_as_deep_as_the_paragraphs_stays():
    """Hard negative: a line one level under the paragraphs' element (a short paragraph set loose)."""
    got = _labels(_page(f"<div>{CAPTION}</div>"))
    assert got[CAPTION][0] != "CS212"


def test_a_page_set_in_divs_keeps_its_loose_lines():
    """Hard negative: the story's own paragraphs are <div>s: a loose line is no widget by its tag."""
    got = _labels(_page(DEEP, tag="div"))
    assert got[CAPTION][0] != "CS212"


def test_loose_line_reads_no_text_page():
    text = "Ferries to run earlier and later\n\n" + "\n\n".join([PARAS[0], CAPTION, *PARAS[1:]]) + "\n"
    record = cleanscrape.clean(text, format="text")[0]
    assert all(r.code != "CS212" for r in record.removed)

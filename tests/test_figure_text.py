"""CS211 figure-text: text an HTML page sets straight in a ``<figure>`` (a picture's label, a
video's blurb, a card) is not the article's; a paragraph inside a figure, and a page that sets its
story in figures, keep theirs. The page is tests/fixtures/html/text-set-loose-in-a-figure.html."""

from __future__ import annotations

from pathlib import Path

import cleanscrape
from cleanscrape.document import Role
from cleanscrape.io.html import read_html
from cleanscrape.pipeline import Pipeline

PAGE = Path(__file__).parent / "fixtures" / "html" / "text-set-loose-in-a-figure.html"
LABEL = "The keeper waves from the gallery of the tower on her last morning at the point."
IN_P = "The keys she handed over hang in a glass case at the harbour office, where visitors can see them on weekdays."


def _labels(page: str) -> dict[str, tuple[str | None, Role]]:
    labelled = Pipeline().label(read_html(page))
    return {b.text: (None if f is None else f.code, labelled.role(i))
            for i, (b, f) in enumerate(zip(labelled.doc.blocks, labelled.labels))}


def test_text_loose_in_a_figure_goes_as_its_caption():
    got = _labels(PAGE.read_text(encoding="utf-8"))
    assert got[LABEL] == ("CS211", Role.CAPTION)
    record = cleanscrape.clean(PAGE.read_text(encoding="utf-8"), format="html")[0]
    assert LABEL not in record.paragraphs
    assert any(r.code == "CS211" and r.text == LABEL for r in record.removed)


def test_a_paragraph_in_a_figure_and_the_story_stay():
    record = cleanscrape.clean(PAGE.read_text(encoding="utf-8"), format="html")[0]
    assert IN_P in record.paragraphs  # (a <p> inside the figure: the template set it as text)
    assert len(record.paragraphs) == 5


def test_a_page_that_sets_its_story_in_figures_keeps_it():
    """Hard negative: half the kept text or more stands loose in figures: the story is there."""
    paras = [
        "The ferry to the island will run two more crossings a day from April, the harbour board said on Tuesday.",
        "Residents asked for a shelter at the island landing, where passengers wait in the open for the first boat.",
        "The board said it would ask the county for the money, and that the fares stay as they are until summer.",
    ]
    body = "".join(f"<figure><img src='/f{k}.jpg' alt=''>{p}</figure>" for k, p in enumerate(paras))
    page = f"<html><body><article><h1>Two more ferries a day</h1><div>{body}<p>{paras[0][:60]}.</p></div></article></body></html>"
    got = _labels(page)
    assert all(got[p][0] != "CS211" for p in paras)


def test_figure_text_reads_no_text_page():
    record = cleanscrape.clean(f"Two more ferries a day\n\n{LABEL}\n\n{IN_P}\n", format="text")[0]
    assert all(r.code != "CS211" for r in record.removed)

"""CS213 trailing-heading, on an HTML page: a heading (`<h2>`-`<h6>`) the article ends on, once the cuts made after
every decision took out what stood under it (CS209's island under a rail of links), goes; a heading
with kept text under it, and a subheading inside the story, stay."""

from __future__ import annotations

import cleanscrape
from cleanscrape.document import Role
from cleanscrape.io.html import read_html
from cleanscrape.pipeline import Pipeline

PARAS = [  # (each a paragraph of the story, long enough to be its text)
    "The harbour board approved the new ferry timetable on Tuesday after a debate that ran for most of the "
    "afternoon, with two members voting against it and one abstaining, and the chair said the vote closed "
    "two years of talks.",
    "Under the plan the first crossing leaves the mainland at six in the morning, an hour earlier than now, "
    "and the last one returns from the island shortly before midnight on weekdays, with one more boat on "
    "Saturday evenings.",
    "Residents of the island had asked for the change for years, saying the late boats made it hard to hold "
    "a job on the mainland or to see a doctor there and come home the same day, and they filled the public "
    "gallery on Tuesday.",
    "The board said the new crossings would be paid for out of the fares, which stay as they are until the "
    "summer, and that it would look again at the timetable after a year of service, when it has the figures "
    "for the first winter.",
]
HEADING = "Editors' Recommendations:"
BIO = "Mira writes about the islands and their boats."
LINKS = "".join(f"<li><a href='/s{k}'>{t}</a></li>" for k, t in enumerate([
    "Harbour cranes back at work after two years", "New pier opens on the island",
    "Ferry fares to stay the same until summer", "Storm closes the northern landing"]))
# the rail's heading, its links, and an author box under them (its link and its line)
RAIL = f"<h4>{HEADING}</h4><ul>{LINKS}</ul><div><div><a href='/a'>Mira Solberg</a></div><p>{BIO}</p></div>"


def _page(tail: str, paras: list[str] = PARAS) -> str:
    p = "".join(f"<p>{t}</p>" for t in paras)
    return ("<html><body><article><h1>Ferries to run earlier and later</h1>"
            f"{p}{tail}</article><footer><p>© Harbour News</p></footer></body></html>")


def _labels(page: str) -> dict[str, tuple[str | None, Role]]:
    labelled = Pipeline().label(read_html(page))
    return {b.text: (None if f is None else f.code, labelled.role(i))
            for i, (b, f) in enumerate(zip(labelled.doc.blocks, labelled.labels))}


def test_a_heading_left_at_the_article_end_goes():
    got = _labels(_page(RAIL))
    assert got[HEADING] == ("CS213", Role.BOILERPLATE)
    assert got[BIO][0] == "CS209"  # (the cut after every decision that left the heading over nothing)
    (record,) = cleanscrape.clean(_page(RAIL), format="html")
    assert HEADING not in record.paragraphs and list(record.paragraphs) == PARAS
    assert any(r.code == "CS213" and r.text == HEADING for r in record.removed)


def test_headings_stacked_at_the_end_go_together():
    tail = f"<h3>More from the harbour desk</h3>{RAIL}"
    (record,) = cleanscrape.clean(_page(tail), format="html")
    assert list(record.paragraphs) == PARAS


def test_a_heading_over_kept_text_stays():
    """Hard negative: the heading heads the article's last kept paragraph."""
    tail = f"<h4>{HEADING}</h4><ul>{LINKS}</ul><p>{BIO}</p>"
    got = _labels(_page(tail))
    assert got[BIO][0] is None and got[HEADING][0] is None
    (record,) = cleanscrape.clean(_page(tail), format="html")
    assert list(record.paragraphs[-2:]) == [HEADING, BIO]


def test_a_subheading_inside_the_story_stays():
    """Hard negative: a subheading between the story's paragraphs is the story's."""
    tail = f"<h2>Winter sailings</h2><p>{PARAS[0]}</p>"
    (record,) = cleanscrape.clean(_page(tail, PARAS[1:]), format="html")
    assert "Winter sailings" in record.paragraphs
    assert not any(r.code == "CS213" for r in record.removed)

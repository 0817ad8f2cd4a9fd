"""A story the HTML rules' tests set in pages of their own (our own words): the paragraphs those
tests read the markup around; and the reading of a text page of our own in ``tests/fixtures/pages``
into its records' bodies, which the segmentation tests compare."""

from __future__ import annotations

from pathlib import Path

from cleanscrape import clean

PAGES = Path(__file__).parent / "fixtures" / "pages"


def fixture_page(name: str) -> str:
    """The text of the page ``name`` in ``tests/fixtures/pages``."""
    return (PAGES / name).read_text(encoding="utf-8")


def bodies(page: str) -> dict[str, tuple[str, ...]]:
    """Each record of the text ``page``: its title (``""`` for none) and its paragraphs."""
    return {a.title or "": a.paragraphs for a in clean(page, format="text")}


def in_a_body(page: str, line: str) -> bool:
    """Whether ``line`` is part of a paragraph of one of the text ``page``'s records."""
    return any(line in body for body in bodies(page).values())

# four paragraphs of over 200 characters each: a story's long paragraphs, which CS212 and CS214 measure
# the page's markup against
LONG_PARAS = [
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

# the same story's opening in three shorter paragraphs
SHORT_PARAS = [
    "The harbour board approved the new ferry timetable on Tuesday after a debate that ran for most of the "
    "afternoon, with two members voting against it and one abstaining.",
    "Under the plan the first crossing leaves the mainland at six in the morning, an hour earlier than now, "
    "and the last one returns from the island shortly before midnight.",
    "Residents of the island had asked for the change for years, saying the late boats made it hard to hold "
    "a job on the mainland or to see a doctor there.",
]

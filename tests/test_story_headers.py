"""Story headers the segmenter misread (issue #18, head24): a story's age alone under its
byline, ... Each class has a fixture page of ours (tests/fixtures/pages) and a hard negative."""

from __future__ import annotations

from pathlib import Path

from cleanscrape import clean

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _page(name: str) -> list:
    return clean((PAGES / name).read_text(encoding="utf-8"))


def test_a_storys_age_under_its_byline_is_its_date():
    """`• 7 hours ago` under a name and a job title: the story's date as a story list prints
    it (`Up next` over each story), so the name over it is the byline and the age goes."""
    arts = _page("stories-under-up-next-with-their-age-under-the-byline.txt")
    assert [a.title for a in arts] == ["Harbour board delays the spring timetable by a month",
                                       "Quay cranes back in service after the winter storms",
                                       "Rowing club opens its boathouse to schools"]
    assert [a.byline for a in arts] == ["Ines Podmore", "Ada Linford", "Tomas Brenner"]
    assert [len(a.paragraphs) for a in arts] == [3, 3, 2]
    assert not any("hours ago" in a.body for a in arts)
    assert all(a.published is None for a in arts)  # an age says no day


def test_an_age_with_no_bullet_in_another_language_heads_the_next_story():
    """`vor 7 Stunden` under the second story's name and job: that header starts a record."""
    arts = _page("stories-under-their-age-in-german.txt")
    assert [a.title for a in arts] == ["Hafenamt verschiebt den Sommerfahrplan um einen Monat",
                                       "Die Kräne am Kai sind nach den Winterstürmen wieder in Betrieb"]
    assert [a.byline for a in arts] == ["Ines Podmore", "Ada Linford"]
    assert [len(a.paragraphs) for a in arts] == [2, 2]


def test_an_age_in_a_sentence_stays_prose():
    """Hard negative: `7 hours ago` inside a story's sentences is its text, not a date line."""
    arts = _page("article-that-says-hours-ago-in-its-prose.txt")
    assert len(arts) == 1
    assert arts[0].paragraphs[1].startswith("7 hours ago, nobody on the quay")
    assert len(arts[0].paragraphs) == 4

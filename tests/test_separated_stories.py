"""Stories that print no byline or date, only a separator or a closing count between every
two (issue #18, seg14: probe8's `none-by-none` families). Fixture pages of ours
(tests/fixtures/pages) and a hard negative: one article whose section breaks stand over
subheadings."""

from __future__ import annotations

from pathlib import Path

from cleanscrape import clean

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _page(name: str) -> list:
    return clean((PAGES / name).read_text(encoding="utf-8"))


def test_the_headline_under_each_separator_heads_a_story():
    """`* * *` between stories, a kicker between it and the headline, no byline or date: each
    headline over its prose starts a record (a paragraph with no full stop too), the
    separators go, the list under the last story is no story."""
    arts = _page("stories-under-a-separator-with-no-byline-or-date.txt")
    assert [a.title for a in arts] == ["Ferry timetable returns to hourly sailings from Monday",
                                       "Rowing club wins its first regional title in twenty years",
                                       "Old cinema on Quay Street to reopen as a music hall"]
    assert [len(a.paragraphs) for a in arts] == [3, 3, 2]
    assert not any("* * *" in a.body for a in arts)


def test_a_count_and_one_word_closing_each_story_separates_them():
    """`17 comments` under each story's last paragraph, its number changing: the line under it
    heads the next story; a ranked list's heading under the last count heads none."""
    arts = _page("stories-closed-by-their-comment-count.txt")
    assert [a.title for a in arts] == ["Bakery on Mill Lane closes after ninety years of trade",
                                       "Storm brings down power lines across the northern hills",
                                       "School choir heads to the national final in Cardiff"]
    assert [len(a.paragraphs) for a in arts] == [3, 3, 3]
    assert not any("comments" in a.body for a in arts)


def test_section_breaks_over_subheadings_of_one_article_start_no_record():
    """Hard negative: `* * *` over a subheading and its prose, twice, in one article whose
    parts speak of the same things (their long words shared): one record, nothing lost."""
    arts = _page("one-article-with-section-breaks-and-subheadings.txt")
    assert [a.title for a in arts] == ["How the ferry crews spent a winter without their second boat"]
    assert "Longer days on the water for the ferry crews" in arts[0].body
    assert "next winter" in arts[0].body

"""A whole story under the page's kept text is not dropped by content scoring (issue #18:
when unsure, merge rather than drop). Text mode: a stretch of paragraphs, two in a row, that
the main run left out under the kept story, with a header over it that repeats a line kind the
kept story's header prints, is the next story: its own record under the headline-shaped line
over it when its header repeats two kinds, else merged into the record above. Teaser cards and
a comment thread under the story stay out. Pages of our own in
``tests/fixtures/pages``."""

from __future__ import annotations

from pathlib import Path

from cleanscrape import clean

PAGES = Path(__file__).parent / "fixtures" / "pages"
FIRST = "The ferry timetable nobody asked for"
SECOND = "A quieter summer for the island shops"
SECOND_TEXT = "Shopkeepers on the island say the summer has been quieter"


def _records(name: str) -> list[tuple[str | None, str]]:
    page = (PAGES / name).read_text(encoding="utf-8")
    return [(a.title, a.body) for a in clean(page, format="text")]


def test_a_second_story_whose_headline_no_rule_found_gets_its_record():
    """Two stories, each under a kicker, a credit, a headline and a reading time, with a tag
    list and a comment count under each. Only the first headline is found; the second story's
    three paragraphs lay outside the page's main run and went whole. Its header repeats the
    credit and the reading time the first story prints, so the headline-shaped line over it
    heads a record of its own."""
    recs = _records("a-second-story-under-the-kept-one-its-headline-unfound.txt")
    assert [t for t, _ in recs] == [FIRST, SECOND]
    assert recs[1][1].startswith(SECOND_TEXT)
    assert recs[1][1].count("\n\n") == 2  # its three paragraphs
    assert "Tags:" not in recs[1][1] and "comments" not in recs[1][1]


def test_a_second_story_under_its_name_and_wire_gets_its_record():
    """The same page, the second story printing no reading time: the `NAME | AGENCY` line over
    each headline is each story's byline (seg16), so the second story opens on its kicker,
    byline and headline and gets its own record."""
    arts = clean((PAGES / "a-second-story-sharing-one-header-kind.txt").read_text(encoding="utf-8"), format="text")
    assert [(a.title, a.byline) for a in arts] == [(FIRST, "Mara Lindqvist"), (SECOND, "Jonas Berg")]
    assert arts[1].body.startswith(SECOND_TEXT)


def test_a_second_story_sharing_one_header_kind_joins_the_record_above():
    """The same page with a picture credit of three parts over each headline (no byline), the
    second story printing no reading time: one kind of header line alone (the credit) is too
    little to start a record, so the story's paragraphs join the first story's record instead
    of being dropped (merge, never drop)."""
    recs = _records("a-second-story-sharing-one-header-kind-a-credit.txt")
    assert [t for t, _ in recs] == [FIRST]
    assert SECOND_TEXT in recs[0][1]
    assert "The island's traders will meet the harbour board" in recs[0][1]
    assert SECOND not in recs[0][1]  # (its headline stays out of the text)


def test_story_cards_under_the_kept_story_stay_out():
    """A hard negative: under the story, cards in the same header (kicker, credit, headline,
    reading time) with one teaser each: no two paragraphs in a row, so no story."""
    recs = _records("story-cards-under-the-kept-story.txt")
    assert [t for t, _ in recs] == [FIRST]
    assert SECOND_TEXT not in recs[0][1] and "Nurses who finish their shifts" not in recs[0][1]


def test_a_comment_thread_under_the_story_stays_out():
    """A hard negative: under the story's comment count, a commenter's name and date (a date
    line, as the story's header prints) over two paragraphs of a comment. No headline stands
    over them, and a comment count stands between: a thread, not a story to merge."""
    recs = _records("comment-thread-under-a-story.txt")
    assert [t for t, _ in recs] == [FIRST]
    assert "I take the late boat home" not in recs[0][1]
    assert "The board should have asked" not in recs[0][1]


def test_a_page_printed_with_no_blank_lines_keeps_the_second_story():
    """The first page again, printed with no blank line anywhere (seglost128). Every paragraph
    then stands on the line under the one before it, as a rail's briefs do on a page that
    spaces its text: on a page that sets its own kept text line under line, that says nothing,
    and the second story gets its record as it does on the spaced page."""
    recs = _records("a-second-story-under-the-kept-one-no-blank-lines.txt")
    assert [t for t, _ in recs] == [FIRST, SECOND]
    assert recs[1][1].startswith(SECOND_TEXT)
    assert recs[1][1].count("\n\n") == 2


def test_a_rail_set_line_under_line_on_a_spaced_page_stays_out():
    """A hard negative: the page spaces its paragraphs, and the stretch under the story sets its
    long lines line under line, as a rail of briefs does: no story to keep. (Its picture credits
    have three parts: `NAME | AGENCY` alone over each headline would be each story's byline,
    a header of its own, seg16.)"""
    recs = _records("a-rail-set-line-under-line-under-the-kept-story.txt")
    assert [t for t, _ in recs] == [FIRST]
    assert SECOND_TEXT not in recs[0][1]


def test_a_comment_thread_on_a_page_with_no_blank_lines_stays_out():
    """A hard negative: the comment thread page printed with no blank lines. Its comment count
    with no headline under it still says thread."""
    recs = _records("comment-thread-under-a-story-no-blank-lines.txt")
    assert [t for t, _ in recs] == [FIRST]
    assert "I take the late boat home" not in recs[0][1]


def test_a_second_story_whose_headline_a_rule_took_gets_its_record():
    """Two stories under a kicker, a credit, a headline and a reading time, each closed by a
    tag list and a comment count (seglost128). The second headline stands under its kicker
    (`Analysis:`), a stack the related-headline rule reads as another story's link; four of
    the story's six paragraphs were dropped, for no headline stood over them under a comment
    count (a thread's shape). A headline-shaped line a rule took for a related headline, a
    teaser or a caption is a headline misread: the story keeps its text under it."""
    recs = _records("a-second-story-whose-headline-a-rule-took.txt")
    assert [t for t, _ in recs] == [SECOND, FIRST]
    assert recs[1][1].count("\n\n") == 5  # its six paragraphs
    assert "Passenger groups said they had not been asked" in recs[1][1]
    assert "comments" not in recs[1][1] and "Tags:" not in recs[1][1]

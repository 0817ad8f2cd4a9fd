"""Headline choice by the slot the page's stories agree on (issue #18, seg32). Fixture pages
of ours (tests/fixtures/pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanscrape import check, clean

PAGES = Path(__file__).parent / "fixtures" / "pages"
TWO_SENTENCES = "Ferry fares rise again. Commuters say the island pays twice"
LONG_STOPPED = ("Ferry fares to the island rise again for the second time this year, and commuters who cross "
                "every day say they pay twice.")


def _text(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")

# the `Read more` pages' other stories, in order (each bylined `Mirela Onsk`)
READ_MORE_STORIES = ["Ferry crews agree a new winter timetable", "Night buses come back to the valley line",
                     "Old crane goes to the town museum"]


def _assert_story_in_slot(name: str, at: int, title: str, body_start: str) -> None:
    """The page's records are the `Read more` stories with ``title``'s story at ``at``, its byline
    and its text read under the skeleton's headline slot."""
    arts = clean(_text(name))
    assert [a.title for a in arts] == READ_MORE_STORIES[:at] + [title] + READ_MORE_STORIES[at:]
    assert arts[at].byline == "Mirela Onsk"
    assert arts[at].body.startswith(body_start)



@pytest.mark.parametrize("page, first", [
    # each headline over its byline alone; the first headline reads as two sentences
    ("stories-under-a-byline-one-headline-of-two-sentences.txt", TWO_SENTENCES),
    # each headline over its byline and date, one paragraph under them; the first headline is a
    # long sentence with a full stop at its end (seg35: before that step the page gave no record)
    ("stories-under-a-byline-and-date-one-headline-with-a-full-stop.txt", LONG_STOPPED),
])
def test_the_line_in_the_headline_slot_heads_its_story_whatever_its_shape(page: str, first: str) -> None:
    """Four stories; the three others, found, print the same header right under the headline:
    the line in that slot heads the first story whatever its shape, and the page gives its four
    stories."""
    arts = clean(_text(page))
    assert [a.title for a in arts] == [first, "Night buses come back to the valley line",
                                       "Library opens its doors on Sunday afternoons",
                                       "Old quay crane goes to the museum"]
    assert arts[0].byline == "Ada Linford"
    assert arts[0].body.startswith("The harbour board raised")


def test_one_other_story_over_a_byline_alone_is_no_slot():
    """Hard negative: the same page cut to its first two stories. One other headline over a
    byline alone is no pattern (two are asked for): the two-sentence line heads nothing, as
    before the step."""
    arts = clean(_text("two-stories-under-a-byline-one-headline-of-two-sentences.txt"))
    assert all(a.title != TWO_SENTENCES for a in arts)


FULL_STOP = "library opens its doors on Sunday afternoons."


def test_a_headline_with_a_full_stop_over_a_byline_alone_heads_its_story():
    """Four stories, each a headline over its byline alone, a separator between; the third
    headline, under a label the decisions keep, ends with a full stop and opens in lower case.
    Most headlines found (two at least) print the byline alone over text they kept: the line
    over that header heads its story (CS511), and its text is its own."""
    arts = clean(_text("stories-under-a-byline-one-headline-with-a-full-stop-under-a-label.txt"))
    assert [a.title for a in arts] == ["Ferry fares to the island rise again", "Night buses come back to the valley line",
                                       FULL_STOP, "Old quay crane goes to the museum"]
    assert arts[2].byline == "Mira Ostrand"
    assert arts[2].body.startswith("The town library will open")


def test_one_other_story_over_a_byline_alone_heads_no_line_with_a_full_stop():
    """Hard negative: the first and third stories alone. One other headline over a byline
    alone is no pattern: the line with a full stop heads nothing, as before the step."""
    arts = clean(_text("two-stories-under-a-byline-one-headline-with-a-full-stop-under-a-label.txt"))
    assert [a.title for a in arts] == ["Ferry fares to the island rise again"]



def test_a_line_with_a_full_stop_over_a_date_alone_heads_no_story():
    """Hard negative: the same page with a date alone under each headline. A header of one
    line is no slot for a line with a full stop at its end (a comment's or a card's sentence
    over its date reads so too): the long sentence heads nothing, as before the step."""
    arts = clean(_text("stories-under-a-date-alone-one-headline-with-a-full-stop.txt"))
    assert all(a.title != LONG_STOPPED for a in arts)


def test_a_story_of_one_unstopped_line_in_the_skeletons_slot_heads_its_record():
    """(seg38) Four stories, each headline over its byline and a `Read more` line under each
    story; the third story's one line has no full stop, so a related-headline rule took the
    headline and the line: the page's skeleton (`Read more` over the headline, the byline under
    it) puts a headline there, and a line of a paragraph's length is its story's text."""
    _assert_story_in_slot("stories-over-a-read-more-label-one-with-an-unstopped-line.txt", 2,
                          "Quay market moves indoors for the cold months",
                          "Stallholders will trade inside the old rope shed")


def test_one_short_unstopped_line_in_the_skeletons_slot_is_no_story():
    """The same page with the third story's line a short one (`Photos of the old rope shed`,
    a label's length): no story's text, so no record is cut there."""
    arts = clean(_text("stories-over-a-read-more-label-one-with-a-short-line.txt"))
    assert [a.title for a in arts] == ["Ferry crews agree a new winter timetable",
                                       "Night buses come back to the valley line",
                                       "Old crane goes to the town museum"]


def test_one_authors_byline_printed_twice_is_a_byline_in_the_skeleton():
    """(seg38) The same page, the unstopped story first (under the menu, no `Read more` over
    it) and one author writing two of the other stories: her byline, printed twice word for
    word, is still the skeleton's byline (not a line of its own the page repeats), so the line
    over the first story's byline heads it."""
    arts = clean(_text("stories-over-a-read-more-label-one-author-twice-first-line-unstopped.txt"))
    assert [a.title for a in arts] == ["Quay market moves indoors for the cold months",
                                       "Ferry crews agree a new winter timetable",
                                       "Night buses come back to the valley line",
                                       "Old crane goes to the town museum"]
    assert arts[0].body.startswith("Stallholders will trade inside the old rope shed")


def test_one_authors_byline_twice_and_a_short_first_line_cut_no_story():
    """The same page with the first story's line a label's length: no record is cut there."""
    arts = clean(_text("stories-over-a-read-more-label-one-author-twice-first-line-short.txt"))
    assert [a.title for a in arts] == ["Ferry crews agree a new winter timetable",
                                       "Night buses come back to the valley line",
                                       "Old crane goes to the town museum"]


FIRST_TWO_SENTENCES = "Ferry fares rise again. Commuters say the island pays twice."


def test_the_first_storys_line_in_the_slot_under_the_menu_heads_its_story():
    """(seg40) Three stories, each a section label, a headline, a deck, a byline and a date; the
    later two under `Share this story` closing the story above, the first under the site's menu
    and a section label printed once. Its headline, two sentences, no headline step takes, so no
    section label is read over it either: over it the skeleton's places (`Share this story`, a
    section printed again) do not match, under it they do (byline, date), and the first story has
    no story above to close. The line heads its story (before the step: a record with no title)."""
    arts = clean(_text("first-story-under-the-menu-and-a-section-of-its-own.txt"))
    assert [a.title for a in arts] == [FIRST_TWO_SENTENCES, "Night buses come back to the valley line",
                                       "Library opens its doors on Sunday afternoons"]
    assert arts[0].body.startswith("The return fare to the islands goes up")
    assert "The board said the money will pay" in arts[0].body


def test_one_other_story_under_the_menu_is_no_skeleton_for_the_first():
    """Hard negative: the same page cut to its first two stories. One other story found is no
    skeleton (two are asked for): the first story keeps no title, as before the step."""
    arts = clean(_text("two-stories-under-the-menu-first-under-a-section-of-its-own.txt"))
    assert [a.title for a in arts] == [None, "Night buses come back to the valley line"]
    assert arts[0].body.startswith(FIRST_TWO_SENTENCES)


def test_the_last_storys_line_in_the_slot_asks_one_sentence_where_the_first_prints_the_skeleton():
    """(seg41) Four stories, each a headline over its byline, text and `Read more`; the last
    story's headline (`Rowing club / spring open day`) no headline step takes, and its text is one
    question. Every place of the skeleton matches around it (`Read more` over it, the byline
    under it, `Read more` closing it) and the page's first story prints the skeleton's places
    under its headline (its byline): one sentence is that story's text, where two were asked after
    the last story found (before the step: three records, the last story's lines dropped)."""
    _assert_story_in_slot("stories-over-a-read-more-label-last-of-one-question.txt", 3,
                          "Rowing club / spring open day", "What will the new boat shed hold")


def test_the_last_card_under_an_article_without_the_skeleton_asks_two_sentences():
    """Hard negative: an article (a headline over a date, four paragraphs) over the same bylined
    cards. The skeleton is the cards' (`Read more`, a byline); the page's first story, the
    article, prints a date under its headline, not a byline, so the last card's line, one
    question under it, is a card's and no record is cut there (two sentences asked, as before)."""
    arts = clean(_text("article-over-bylined-cards-last-of-one-question.txt"))
    assert [a.title for a in arts] == ["Harbour board sets out its plan for the old quay",
                                       "Ferry crews agree a new winter timetable",
                                       "Night buses come back to the valley line",
                                       "Old crane goes to the town museum"]


def test_lines_under_a_briefs_date_are_no_headline_over_a_standfirst():
    """(seg43) Four briefs, each a headline over its date line; the third's headline is long
    (seventeen words) and its text two lines with no full stop. The next brief's headline, over
    its date, is no caption under a standfirst: the two lines over it stand under the date the
    page prints under each headline, so neither heads a story (before, `CS304` took the upper
    one for a headline over a standfirst, and `CS205` the real headline for a related one)."""
    page = _text("briefs-under-their-date-one-long-headline-over-two-lines-with-no-stop.txt")
    lines = [line for line in page.splitlines() if line.strip()]
    titles = {lines[f.block] for f in check(page) if f.code == "CS304"}
    assert "Lindau bakers run out of flour as the mill floods" in titles
    assert not any(t.startswith(("Surveyors from the county", "Repairs could take")) for t in titles)
    assert [a.title for a in clean(page)][-1] == "Lindau bakers run out of flour as the mill floods"


def test_a_briefs_deck_of_two_lines_with_no_stop_keeps_its_headline():
    """(seg44) The same page: the long headline's text, a line of a paragraph's length over a
    shorter one, neither with a full stop, is a deck of two lines under the date the page prints
    under each headline, so that headline heads its own brief (before, three records: it went
    into the record above)."""
    page = _text("briefs-under-their-date-one-long-headline-over-two-lines-with-no-stop.txt")
    assert [a.title for a in clean(page)] == [
        "Cyclists ask for a lane on the coast road", "Old lighthouse keeper's cottage to become a museum",
        "County surveyors to study the cracked sea wall at the north end of the old harbour this winter",
        "Lindau bakers run out of flour as the mill floods"]


def test_one_article_under_its_date_with_a_deck_of_two_lines_stays_one():
    """Hard negative: one article, one date line at its top, the same deck of two lines, and
    another story's headline between its paragraphs: one record, its headline the title."""
    arts = clean(_text("article-under-its-date-a-deck-of-two-lines-a-related-headline-inside.txt"))
    assert [a.title for a in arts] == [
        "County surveyors to study the cracked sea wall at the north end of the old harbour this winter"]


SLOT_STORIES = ["Ferry fares rise again for island commuters", "Night buses come back to the valley line",
                "Library opens its doors on Sunday afternoons", "Old quay crane goes to the museum"]


def test_a_byline_between_the_date_printed_over_each_story_and_its_headline():
    """(segpages138) Four stories, each under `Next up`, its date, then `by NAME, NEWSROOM`, then
    its headline; `NN comments` under each. The line past the byline under each print of the
    date is the story's headline (before, the byline stood in the slot and the page gave one
    record: content scoring dropped the three others)."""
    arts = clean(_text("stories-a-date-then-a-byline-over-each-headline.txt"))
    assert [a.title for a in arts] == SLOT_STORIES
    assert all(a.body.startswith("The ") for a in arts)


def test_a_first_paragraph_past_the_byline_heads_no_story():
    """Hard negative: the same page with no headlines, each story's text right under its date
    and byline: the line past the byline is a paragraph (a sentence), no headline, and the page
    gives what it gave before the step (one record, no title)."""
    arts = clean(_text("posts-a-date-then-a-byline-over-each-first-paragraph.txt"))
    assert [a.title for a in arts] == [None]


def test_a_picture_between_the_label_printed_over_each_story_and_its_headline():
    """(segpages138) Four stories, each under `Up next`, then a picture's caption and credit,
    then its headline, its deck, its reading time and its date: the line past the picture heads
    its story, as the story's date stands under it (before, the caption stood in the slot and
    the page gave one record)."""
    arts = clean(_text("stories-a-picture-between-the-label-and-each-headline.txt"))
    assert [a.title for a in arts] == SLOT_STORIES
    assert [a.published for a in arts] == ["2026-03-12T08:15", "2026-03-11T17:40", "2026-03-10T09:05",
                                           "2026-03-09T12:30"]


def test_a_subheading_under_a_picture_in_one_article_heads_no_story():
    """Hard negative: one article whose sections each open under `Advertisement`, `Picture N of
    3`, a caption and a credit, then a subheading: no byline or date under the subheadings, so
    the line past the picture is no story's headline and the page stays one record (with the
    picture skipped and no such guard, it gave four)."""
    arts = clean(_text("article-sections-under-a-picture-and-an-advert-each.txt"))
    assert [a.title for a in arts] == ["The long winter of the island ferries"]
    assert "The review will report in May" in arts[0].body


SLOT_BYLINES = ["Ada Linford, Valley Wire", "Tomas Reyne, Valley Wire", "Mirela Onsk, Valley Wire",
                "Owen Dunmere, Valley Wire"]
SLOT_DATES = ["2026-03-12T08:15", "2026-03-11T17:40", "2026-03-10T09:05", "2026-03-09T12:30"]


def test_a_byline_between_the_label_printed_over_each_story_and_its_headline_is_that_storys():
    """(segslot142) Four stories, each under `Next up`, then `by NAME, NEWSROOM`, then its
    headline, its text, `Published DATE` at its foot: the period slot passes the byline to the
    headline, so the byline is the story's under it (before, each record from the second on
    held the next story's byline in its field and audit, and the last none)."""
    arts = clean(_text("stories-a-byline-between-the-label-and-each-headline-the-date-at-the-foot.txt"))
    assert [a.title for a in arts] == SLOT_STORIES
    assert [a.byline for a in arts] == SLOT_BYLINES
    assert [a.published for a in arts] == SLOT_DATES
    for a, name in zip(arts, SLOT_BYLINES):  # (each byline's line in its own story's audit)
        assert [r.text for r in a.removed if r.role == "byline"] == [f"by {name}"]


def test_a_byline_between_the_label_and_the_date_printed_over_each_story_is_that_storys():
    """(segslot142) segpages138's page (`Next up`, a date no rule reads, `by NAME`, the
    headline): each record's byline is its own story's (before, the next story's)."""
    arts = clean(_text("stories-a-date-then-a-byline-over-each-headline.txt"))
    assert [a.title for a in arts] == SLOT_STORIES
    assert [a.byline for a in arts] == [n.replace("Valley", "Harbour") for n in SLOT_BYLINES]


def test_a_byline_under_each_headline_stays_with_its_story():
    """Hard negative: the same stories with each byline under its headline (`Next up`, the
    headline, `by NAME`): no byline between the label and the headline, each stays where it
    was (its own story's, as before)."""
    arts = clean(_text("stories-a-byline-under-each-headline-under-the-label.txt"))
    assert [a.title for a in arts] == SLOT_STORIES
    assert [a.byline for a in arts] == SLOT_BYLINES
    assert [a.published for a in arts] == SLOT_DATES


def test_a_byline_closing_each_story_over_the_label_stays_with_its_story():
    """Hard negative: each byline closes its story, over `Published DATE`, `Tags` and the
    comment count, then `Next up` and the next headline: the byline stands over the print, not
    between it and the headline, so it stays with the story above (as before)."""
    arts = clean(_text("stories-a-byline-closing-each-story-over-the-label.txt"))
    assert [a.title for a in arts] == SLOT_STORIES
    assert [a.byline for a in arts] == SLOT_BYLINES
    assert [a.published for a in arts] == SLOT_DATES

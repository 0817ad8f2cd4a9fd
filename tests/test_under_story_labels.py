"""(textgap158, issue #19: text mode's recall) A label the template prints over every paragraph
of the story (`Article content`, ``CS422``) says where the story's paragraphs are, as the markup's
container does in HTML mode: a paragraph right under one of its copies that content scoring left
out of the main run (a subscription box stands between it and the kept text) is the story's, when
most of the label's copies stand over kept text. Page of our own in ``tests/fixtures/pages``."""

from __future__ import annotations

from story_helpers import bodies, fixture_page

PAGE = "story-paragraphs-under-a-repeated-label-past-a-paywall-box.txt"
TITLE = "Ferry board adds a dawn crossing to the island timetable"
UNDER_BOX = ("Under the plan the first boat leaves the mainland at six in the morning, an hour earlier than now, "
             "and the last one returns shortly before midnight on weekdays.")
LABEL = "Article content"


def _body(page: str) -> tuple[str, ...]:
    return tuple(p for body in bodies(page).values() for p in body)


def test_a_paragraph_under_the_storys_label_past_a_subscription_box_stays():
    """The paragraph under the box, under its own copy of the label, was dropped as outside the
    main run; six more copies stand over kept paragraphs: it is the story's, in its place."""
    got = bodies(fixture_page(PAGE))[TITLE]
    assert UNDER_BOX in got
    at = got.index(UNDER_BOX)
    assert got[at + 1].startswith("Residents of the island said")
    assert not any(LABEL == p for body in bodies(fixture_page(PAGE)).values() for p in body)


def test_a_label_over_too_few_kept_paragraphs_keeps_nothing_new():
    """A hard negative: with the copies over the kept paragraphs gone (two left over kept text),
    the label is not known to be the story's, and the paragraph under the box is dropped as before."""
    page = fixture_page(PAGE)
    head, sep, tail = page.partition("Article content\nArticle content\nArticle content\n")
    page = head + sep + tail.replace("Article content\n\n", "")
    assert UNDER_BOX not in _body(page)


def test_a_line_under_the_label_that_ends_no_sentence_is_not_taken_for_a_paragraph():
    """A hard negative: what stands under the label past the box must read as a paragraph
    (a sentence's end, a paragraph's length): a short line there (a button's words) stays out."""
    page = fixture_page(PAGE).replace(UNDER_BOX, "Read the timetable in full here")
    assert "Read the timetable in full here" not in _body(page)


def test_a_copy_with_another_line_under_it_says_nothing_of_the_paragraph_past_that_line():
    """A hard negative: the label is over the block right under it; with another line between
    the copy and the paragraph (as a story card's `Read more` stands over the next card's section,
    headline and byline), the paragraph is not known to be under the label, and stays out."""
    page = fixture_page(PAGE).replace(f"Article content\n\n{UNDER_BOX}", f"Article content\nAdvertisement\n\n{UNDER_BOX}")
    assert "Article content\nAdvertisement" in page
    assert UNDER_BOX not in _body(page)

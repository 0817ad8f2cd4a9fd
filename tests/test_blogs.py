"""Blog index pages (issue #18, blog24): each post's date over its headline, its author under
it, its footer (labels, comments, read-more) under its text; a fixture page of our own for each
shape (tests/fixtures/pages), beside the hard negatives: one post with its comment section
stays one record, an archive sidebar alone gives none."""

from __future__ import annotations

from pathlib import Path

from cleanscrape import clean
from cleanscrape.rules.headings import byline_fields

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _records(name: str) -> list:
    return clean((PAGES / name).read_text(encoding="utf-8"))


def test_a_calendar_badge_over_each_headline_starts_each_post():
    """`NOV` over `18`, then the headline: the badge is the post's date, the line under it the
    headline; the footer under each post (`Continue reading →`, `Posted by ... at ...`,
    `Labels: ...`, the comment count) is no headline and no text; the sidebar over the posts
    and the pinned label stay out."""
    arts = _records("blog-index-calendar-badge-over-each-headline.txt")
    assert [a.title for a in arts] == ["First frost, and the last of the leeks", "The shed roof, mended at last",
                                       "Why the pumpkins stayed small this year"]
    assert [a.byline for a in arts] == ["Ada Linford"] * 3
    assert [len(a.paragraphs) for a in arts] == [2, 2, 2]
    body = "\n".join(p for a in arts for p in a.paragraphs)
    for chrome in ("Continue reading", "Labels:", "comments", "Pinned", "October 2025 (6)", "NOV"):
        assert chrome not in body


def test_posted_by_name_in_category_is_the_posts_byline():
    """`Posted by Tomas Reyes in Rides` under each dated headline: the author fills `byline`,
    the category stays out of it; each post a record."""
    arts = _records("blog-index-posted-by-in-category.txt")
    assert [a.title for a in arts] == ["Spring audax over the moor, in rain and sunshine",
                                       "New routes for the Wednesday evening ride",
                                       "The club kit order is open until the end of the month"]
    assert [a.byline for a in arts] == ["Tomas Reyes", "Elin Marsh", "Ruth Okafor"]
    assert [a.published for a in arts] == ["2025-03-03", "2025-02-24", "2025-02-10"]
    assert all(len(a.paragraphs) == 2 for a in arts)


def test_blog_post_header_lines_in_other_languages():
    """The author of a blog's post header, the category or the clock time after the name in the
    page's words; a sentence that opens with `By` stays none."""
    assert byline_fields("Geplaatst door Sanne Hoekveld in Politiek") == (("byline", "Sanne Hoekveld"),)
    assert byline_fields("Publicado por Carmen Bermejo a las 3:48 PM") == (("byline", "Carmen Bermejo"),)
    assert byline_fields("Publié par Claire Dubois dans Culture") == (("byline", "Claire Dubois"),)
    assert byline_fields("By the way in Paris we eat late") == ()


def test_one_post_with_its_date_over_the_title_and_comments_is_one_record():
    """Hard negative: a single post, its date over its title, a subheading in its text and a
    comment section under it (names, dates, `Reply`): one record, the subheading kept."""
    arts = _records("blog-single-post-date-over-title-with-comments.txt")
    assert len(arts) == 1
    assert arts[0].title == "First frost, and the last of the leeks"
    assert "What to sow before the ground freezes" in arts[0].paragraphs


def test_an_archive_sidebar_alone_is_no_record():
    """Hard negative: months with their counts, categories with theirs and recent posts' titles:
    a list, no story."""
    assert _records("blog-archive-sidebar-alone.txt") == []

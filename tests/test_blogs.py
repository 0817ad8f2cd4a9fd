"""Blog index pages (issue #18, blog24): each post's date over its headline, its author under
it, its footer (labels, comments, read-more) under its text; a fixture page of our own for each
shape (tests/fixtures/pages), beside the hard negatives: one post with its comment section
stays one record, an archive sidebar alone gives none."""

from __future__ import annotations

from pathlib import Path

from cleanscrape import check, clean

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


_PARAGRAPH = "The council met on Monday to decide on the ferry timetable for the winter months ahead."


def _byline(line: str) -> tuple:
    found = [f for f in check(f"{line}\n\n{_PARAGRAPH}\n", format="text") if f.code == "CS301"]
    return found[0].fields if found else ()


def test_blog_post_header_lines_in_other_languages():
    """The author of a blog's post header, the category or the clock time after the name in the
    page's words; the label and a name alone stay as before, and so does a sentence."""
    assert _byline("Geplaatst door Sanne Hoekveld in Politiek") == (("byline", "Sanne Hoekveld"),)
    assert _byline("Publicado por Carmen Bermejo a las 3:48 PM") == (("byline", "Carmen Bermejo"),)
    assert _byline("Publié par Claire Dubois dans Culture") == (("byline", "Claire Dubois"),)
    assert _byline("Posted by Tomas Reyes in Rides") == (("byline", "Tomas Reyes"),)
    assert _byline("Publicado por Carmen Bermejo") == ()
    assert _byline("Posted by the way in Paris") == ()


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


def test_an_index_of_excerpts_each_over_its_read_more_link_is_no_record():
    """Each post under its date cut to a sentence over `Continue reading →`, none in full, the
    archive's months under them: a front, no record."""
    assert _records("blog-index-of-excerpts-each-over-read-more.txt") == []


def test_an_index_with_one_post_in_full_keeps_that_post():
    """Hard negative: the same index with its first post in full (three paragraphs over its
    read-more link): not a front; that post's text is kept, in one record."""
    arts = _records("blog-index-of-excerpts-with-one-post-in-full.txt")
    assert len(arts) == 1
    text = "\n".join(arts[0].paragraphs)
    for start in ("The frost came overnight", "The leeks, on the other hand", "Broad beans go in now"):
        assert start in text


def test_calendar_badge_day_keys_cover_every_space_strip_takes() -> None:
    """`_calendar_badges` reads only the lines next to a day found by its first-word key: the
    keys hold `#` and every character ``str.strip`` takes (a line that opens on one has it for
    its key)."""
    import sys

    from cleanscrape.rules.headings import _DAY_KEYS
    spaces = {c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()}
    assert set(_DAY_KEYS) == spaces | {"#"}


def test_an_index_of_excerpts_with_weekday_dates_and_read_more_in_other_words_is_no_record():
    """(seg50) Polish posts under `poniedziałek, 17 marca 2025` (a weekday's name in lower case
    before the date), each cut to a sentence over `Czytaj dalej »` or `Czytaj więcej` (read-more
    links in the page's words, `more_links`): a front, no record."""
    assert _records("blog-index-of-excerpts-weekday-dates-czytaj-dalej.txt") == []


def test_a_weekday_in_lower_case_before_the_date_is_a_date_line():
    """(seg50) Polish and Turkish weekday names (the language files' `weekdays`) before a date;
    a sentence around the date stays no date line."""
    from cleanscrape.dates import is_date_line

    assert is_date_line("poniedziałek, 17 marca 2026") is not None
    assert is_date_line("środa, 6 października 2019") is not None
    assert is_date_line("salı, 6 Ekim 2019") is not None
    assert is_date_line("poniedziałek był deszczowy, 17 marca 2026") is None


def test_a_post_header_that_names_the_author_first_is_the_posts_byline():
    """(seg50) `Ayşe Demirtaş tarafından Bahçe içinde yayınlandı` (the name, then the label, the
    category and the posting verb last) under each dated headline: each post a record, the
    author in `byline`; `Etiketler: ...` under each post is a tag line, no headline."""
    arts = _records("blog-index-of-posts-name-first-post-header.txt")
    assert [a.title for a in arts] == ["İlk don ve son pırasalar", "Kulübenin çatısı sonunda onarıldı",
                                       "Balkabakları bu yıl neden küçük kaldı"]
    assert [a.byline for a in arts] == ["Ayşe Demirtaş", "Mehmet Kaya", "Ayşe Demirtaş"]
    assert [len(a.paragraphs) for a in arts] == [2, 2, 2]
    assert _byline("Ayşe Demirtaş tarafından 10:12 saatinde gönderildi") == (("byline", "Ayşe Demirtaş"),)


def test_a_headline_with_the_label_inside_it_is_no_byline():
    """(seg50) Hard negative: `Bakanlık tarafından açıklanan yeni tarife yürürlüğe girdi` holds the
    label but ends on another verb (a headline); `Yazar Selin Aksoy` under it is the byline."""
    arts = _records("blog-post-turkish-headline-with-tarafindan.txt")
    assert [(a.title, a.byline) for a in arts] == [("Bakanlık tarafından açıklanan yeni tarife yürürlüğe girdi",
                                                    "Selin Aksoy")]
    assert _byline("Bakanlık tarafından açıklanan plan yayınlandı") == ()  # (one word before the label: no name)


def test_tag_lines_in_more_languages():
    """(seg50) A tag or archive line in the page's words (`tag_labels`) is a tag line; a
    sentence after such a word is kept."""
    for line in ("Etiketler: bahçe, sebze", "Archivado en: Internacional, Cultura", "Stikkord: politikk, økonomi",
                 "Tagi: ogród, warzywa"):
        assert [f.code for f in check(f"{line}\n\n{_PARAGRAPH}\n", format="text")] == ["CS410"], line
    assert [f.code for f in check(f"Emner: Vi skrev om dette i går.\n\n{_PARAGRAPH}\n", format="text")] == []

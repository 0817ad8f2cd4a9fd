"""2012-style blog pages (issue #19, text precision): probe pages written in our own words while
working on text-mode precision, kept here as regression cases (tests/fixtures/pages) instead of a
temp folder. Each holds one shape of an older blog or news page: a WordPress, Kubrick, Blogger,
TypePad or Tumblr post, a news story with a share bar and an empty Disqus widget, the post footer
line in its many forms (`CS417`: `Posted in ... | Tagged ... | 5 Comments`, `This entry was
posted on ...`, `Permalink | Comments (2)`), comment threads under the post (`CS428` where each
stamp closes its comment, `CS420`), teaser excerpts over `Continue reading` and author bios
(`CS418`). Each test asks what a user cares about: one record per article, its headline, every
paragraph of it kept, and the artefacts (comments and their stamps, reply forms, share bars,
sidebars, the post footer, navigation) out of the body. Where the output is wrong today the test
is marked `xfail(strict=True)` with what is wrong, so it documents the gap and fails loudly once
it is fixed; the assertions are not weakened."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanscrape import clean

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _records(name: str) -> list:
    return clean((PAGES / name).read_text(encoding="utf-8"))


def _body(arts: list) -> str:
    return "\n".join(p for a in arts for p in a.paragraphs)


def _assert_kept(arts: list, paragraphs: list[str]) -> None:
    """Content is never lost: each paragraph of the article is in the record's body, whole."""
    for p in paragraphs:
        assert p in arts[0].paragraphs, p


def _assert_out(arts: list, artefacts: tuple[str, ...]) -> None:
    body = _body(arts)
    for chrome in artefacts:
        assert chrome not in body, chrome


# -- one post under a blog's name, its footer in one of many forms (CS417) ------------------------

BREAD_TITLE = "A sourdough starter from scratch in a cold kitchen"
BREAD = [
    "My kitchen in winter rarely gets above sixteen degrees, and every guide I read assumed a warm "
    "room. So this time I kept a diary of what actually happened when I started a sourdough culture "
    "in the cold.",
    "For the first four days nothing happened at all. I fed the flour and water mixture every "
    "evening, and it simply sat there, looking like wallpaper paste and smelling faintly of wet "
    "cardboard.",
    "On the fifth day a few bubbles appeared, and by the end of the second week the starter doubled "
    "reliably in about ten hours. It is slower than the books promise, but the bread has a deeper "
    "flavour than anything I made last summer.",
    "If your kitchen is cold too, be patient, and try moving the jar to the top of the fridge, where "
    "the motor keeps it a little warmer.",
]
BREAD_CHROME = ("Slow Bread", "Recipes and notes", "Home About", "Leave a Reply", "Recent Posts",
                "Rye crackers", "Seeded loaf", "Archives", "June 2012")

FOOTERS = [
    ("blog-post-footer-posted-in-category-tagged-and-comment-count.txt",
     "Posted in Sourdough | Tagged cold kitchen, starter | 5 Comments"),
    ("blog-post-footer-posted-by-on-date-in-category.txt",
     "Posted by Ruth on June 4, 2012 in Sourdough | 3 comments"),
    ("blog-post-footer-date-dot-comment-count.txt", "4 Comments"),
    ("blog-post-footer-filed-under-dot-tagged.txt", "Filed under Sourdough"),
    ("blog-post-footer-posted-at-time-permalink-comments-trackback.txt", "Posted at 09:15 AM"),
    ("blog-post-footer-posted-by-at-time-comments-over-labels.txt", "Posted by Ruth at 7:42 PM"),
    ("blog-post-footer-categories-permalink-over-responses.txt", "Categories: Sourdough"),
    ("blog-post-footer-posted-in-over-comment-count-alone.txt", "Posted in Sourdough"),
    ("blog-post-footer-permalink-and-comment-count.txt", "Permalink | Comments (2)"),
    ("blog-post-footer-share-email-print.txt", "Share | Email | Print"),
    ("blog-post-footer-tweet-and-like-counts.txt", "Tweet"),
    ("blog-post-footer-this-entry-was-posted-on-filed-under.txt", "This entry was posted on"),
]


@pytest.mark.parametrize(("name", "footer"), FOOTERS, ids=[n.removesuffix(".txt") for n, _ in FOOTERS])
def test_a_post_footer_in_each_form_stays_out_and_the_post_is_whole(name, footer):
    """The same post under each footer: one record, its headline and byline, its four
    paragraphs whole, and nothing of the footer, the reply prompt or the sidebar in the body."""
    arts = _records(name)
    assert len(arts) == 1
    assert arts[0].title == BREAD_TITLE
    assert arts[0].byline == "Ruth"
    assert list(arts[0].paragraphs) == BREAD
    _assert_out(arts, (footer, "Comments", "comments", "Labels:", "Tagged", "Permalink", "Like",
                       "Responses", "RSS 2.0", *BREAD_CHROME))


LIGHTHOUSE_TITLE = "The lighthouse loop in a February gale"
FOOTVAR = "blog-post-footer-variants-over-a-sentence-that-looks-like-one.txt"
LOOKALIKE = "We posted in the lighthouse's guest book and tagged along with the keepers' tour."


def test_footer_variants_page_keeps_the_post_and_the_sentence_that_looks_like_a_footer():
    """Hard negative: a sentence of the post's own (`We posted in ... and tagged along ...`)
    reads like a footer and stays; so do both paragraphs, under the headline."""
    arts = _records(FOOTVAR)
    assert len(arts) == 1
    assert arts[0].title == LIGHTHOUSE_TITLE
    assert list(arts[0].paragraphs[:2]) == [
        "We set off from the car park just after nine, with the wind already strong enough to make "
        "the gulls hang motionless over the cliff edge. The forecast had promised it would ease by "
        "lunchtime.",
        "The first two miles follow the old quarry track, sheltered by gorse, and we barely noticed "
        "the weather until the path turned west onto the headland.",
    ]
    assert LOOKALIKE in arts[0].paragraphs
    _assert_out(arts, ("Posted in Coastal walks and tagged",))


def test_footer_variants_page_drops_every_footer_form():
    """`CS417`: `This entry was written by Maeve, posted on ...`, `This entry is filed under
    Coastal walks.` and `Bookmark the permalink.` alone stay out, as the tagged form does."""
    arts = _records(FOOTVAR)
    _assert_out(arts, ("This entry was written by", "This entry is filed under", "Bookmark the permalink"))


# -- whole blog pages: post, comment thread, reply form, sidebar ---------------------------------

def test_wordpress_post_with_share_this_reply_form_and_about_box():
    """`Share this:` / `Like this:`, previous and next post links, the reply form and the sidebar's
    `About Ruth` bio (`CS418`) stay out; the post is one record, whole."""
    arts = _records("blog-post-share-this-like-this-reply-form-and-about-box.txt")
    assert len(arts) == 1
    assert arts[0].title == BREAD_TITLE
    assert list(arts[0].paragraphs) == BREAD
    _assert_out(arts, ("This entry was posted", "Share this", "Twitter Facebook", "Like this", "Loading",
                       "Leave a Reply", "Your email address", "Post Comment", "About Ruth",
                       "terraced house", "Categories", "Flatbreads", "Blog at WordPress", *BREAD_CHROME))


LIGHTHOUSE = [
    "We set off from the car park just after nine, with the wind already strong enough to make the "
    "gulls hang motionless over the cliff edge. The forecast had promised it would ease by "
    "lunchtime, which turned out to be optimistic.",
    "The first two miles follow the old quarry track, sheltered by gorse, and we barely noticed the "
    "weather. It was only when the path turned west onto the headland that the gale hit us properly, "
    "and we had to lean into it to stay upright.",
    "At the lighthouse we sheltered behind the keepers' cottages and ate our sandwiches while the "
    "spray came over the wall. The return along the beach was quicker, with the wind at our backs "
    "pushing us along the sand.",
    "The full loop is about seven miles. In calm weather it takes three hours; on Sunday it took us "
    "four and a half.",
]
LIGHTHOUSE_CHROME = ("Harbour Walks", "Notes from a coastal path", "Skip to content", "This entry was posted",
                     "Bookmark the permalink", "Frost on the estuary", "A wet week on the moor",
                     "Leave a Reply", "Your email address", "HTML tags", "Notify me")


def test_wordpress_post_with_responses_reply_links_and_full_sidebar():
    """`3 Responses to <title>`, each comment's `Name says:` over its stamp and `Reply` (the
    thread, `CS428`/`CS420`), the reply form and a full sidebar: one record, the post whole."""
    arts = _records("blog-post-responses-with-reply-links-and-full-sidebar.txt")
    assert len(arts) == 1
    assert arts[0].title == LIGHTHOUSE_TITLE
    assert arts[0].byline == "Maeve"
    assert list(arts[0].paragraphs) == LIGHTHOUSE
    _assert_out(arts, (*LIGHTHOUSE_CHROME, "Responses to", "says:", "February 12, 2012 at", "Reply",
                       "trig point", "blown off the path", "high tide", "Search for", "Recent Comments",
                       "Moorland", "Log in", "Proudly powered"))


def test_wordpress_post_with_a_reply_form_and_no_comments():
    arts = _records("blog-post-reply-form-and-no-comments.txt")
    assert len(arts) == 1
    assert arts[0].title == LIGHTHOUSE_TITLE
    assert arts[0].byline == "Maeve"
    assert list(arts[0].paragraphs) == LIGHTHOUSE
    _assert_out(arts, LIGHTHOUSE_CHROME)


PLANE_TITLE = "Sharpening a secondhand plane iron"
PLANE_FIRST = ("When I bought this old smoothing plane at a market stall, the iron was so rusty that I "
               "nearly left it behind. A weekend of patient work has turned it into the best plane in the "
               "workshop.")
PLANE_LAST = ("The lesson for me was that an old iron is rarely beyond saving. Most of the work is in the "
              "flattening, and that only needs doing once.")
PLANE_CHROME = ("Quiet Workshop", "June 3rd, 2012", "Responses to", "Response to", "says:",
                "June 3, 2012 at", "honing guide do you use", "rocking on the stone", "Leave a Reply")


def test_kubrick_post_with_this_entry_footer_and_responses_to_its_title():
    """Kubrick: the date under the headline, `This entry was posted on ...` under the post,
    `2 Responses to “<title>”`, `Name says:` over each stamp, the reply form with its allowed
    tags and the sidebar: one record, its four paragraphs whole."""
    arts = _records("blog-post-this-entry-footer-then-responses-to-its-title.txt")
    assert len(arts) == 1
    assert arts[0].title == PLANE_TITLE
    assert arts[0].published == "2012-06-03"
    assert len(arts[0].paragraphs) == 4
    _assert_kept(arts, [PLANE_FIRST, "For the bevel I used a simple honing guide and a secondary bevel a "
                        "couple of degrees steeper than the primary. It takes seconds to refresh, and the "
                        "plane now takes shavings thin enough to read through.", PLANE_LAST])
    _assert_out(arts, (*PLANE_CHROME, "Just another WordPress weblog", "This entry was posted", "RSS 2.0",
                       "three rusty irons", "Name (required)", "XHTML", "Blogroll", "The Turning Shed",
                       "Hand tools (4)", "proudly powered", "Entries (RSS)"))


def test_kubrick_post_with_one_response_and_a_logged_in_notice():
    """`Posted in Hand tools | No Comments »` under the post, then `One Response to “<title>”`
    and one comment, then `You must be logged in to post a comment.`: the post's three
    paragraphs only."""
    arts = _records("blog-post-date-under-title-one-response-and-logged-in-notice.txt")
    assert len(arts) == 1
    assert arts[0].title == PLANE_TITLE
    assert arts[0].published == "2012-06-03"
    assert arts[0].paragraphs[0] == PLANE_FIRST
    assert arts[0].paragraphs[-1] == PLANE_LAST
    assert len(arts[0].paragraphs) == 3
    _assert_out(arts, (*PLANE_CHROME, "Posted in Hand tools", "No Comments", "logged in"))


def test_blogger_post_with_labels_said_comments_and_about_me():
    """Blogger: the date header over the headline, `Posted by Alan at 7:42 PM`, the share
    buttons, `Labels:`, `6 comments:` with `Name said...` over each comment and its stamp under
    it (`CS428`), `Post a Comment`, the pager and the `About Me` sidebar: one record, whole.
    A comment of two paragraphs (Sue W's) and the author's own reply stay out too."""
    arts = _records("blog-post-posted-by-at-time-then-said-comments.txt")
    assert len(arts) == 1
    assert arts[0].title == "Restoring a valve radio from a car boot sale"
    assert arts[0].published == "2012-06-04"
    assert len(arts[0].paragraphs) == 4
    _assert_kept(arts, [
        "I paid four pounds for this radio at a car boot sale in March. It had no back, a cracked dial "
        "glass and a smell of old dust that filled the kitchen the moment the valves warmed up.",
        "I still need to find a replacement dial glass, but for now the radio sits on the kitchen "
        "shelf and plays the shipping forecast every evening.",
    ])
    _assert_out(arts, ("Posted by Alan", "BlogThis", "Share to Twitter", "Labels:", "comments:", "said...",
                       "four pounds. I would", "realign the tuning", "Mine drifts badly", "oscillator coil",
                       "exactly how it should be heard", "at 8:30 PM", "Post a Comment", "Newer Post",
                       "Subscribe to", "About Me", "complete profile", "Blog Archive", "2012 (9)"))


ORCHARD = "blog-post-date-over-title-with-posted-by-pipe-comments.txt"
ORCHARD_TITLE = "Grafting the old pear tree"
ORCHARD_FIRST = ("Our pear tree is older than the house, and for the last three summers it has given us a "
                 "handful of hard, gritty fruit that even the wasps leave alone. This spring I finally decided "
                 "to try grafting a better variety onto two of its lower branches.")
ORCHARD_LAST = ("Six weeks later, four of the five grafts have leafed out, and one even has a tiny cluster of "
                "blossom. I will not know for a few years whether the fruit is any better, but the tree "
                "already looks younger.")


def test_typepad_post_keeps_its_paragraphs_and_drops_the_comments():
    """TypePad: each comment closed by `Posted by: Name | date` (`CS428`), the comment feed
    notice, the preview box and the sidebar stay out; the post's four paragraphs are kept."""
    arts = _records(ORCHARD)
    assert len(arts) == 1
    assert arts[0].published == "2012-06-04"
    _assert_kept(arts, [ORCHARD_FIRST, ORCHARD_LAST])
    _assert_out(arts, ("Home | Archives", "Posted at 09:15 AM", "Permalink", "Comments", "comment feed",
                       "Four out of five", "apple grafts", "Which variety", "dessert pear", "Concorde",
                       "second life", "Posted by:", "Verify your Comment", "preview", "Post a comment",
                       "Recent Posts", "Netting the currants", "May 2012"))


def test_typepad_post_headline_under_its_date_header_is_the_title():
    """`CS304`: the blog's name over the menu and the date header is not the title; the
    headline under the date, printed again under `Recent Posts`, is."""
    arts = _records(ORCHARD)
    assert arts[0].title == ORCHARD_TITLE
    assert arts[0].paragraphs[0] == ORCHARD_FIRST
    assert len(arts[0].paragraphs) == 4


def test_tumblr_post_with_its_age_notes_tags_and_reblog_lines():
    """Tumblr: `Posted 2 years ago`, `12 notes`, `Tags:` and the `liked this` / `reblogged
    this from` lines stay out of a short post of two paragraphs."""
    arts = _records("blog-short-post-then-age-notes-tags-and-reblog-lines.txt")
    assert len(arts) == 1
    assert arts[0].title == "Folding a crane from a bus ticket"
    assert list(arts[0].paragraphs) == [
        "I have been trying to fold the smallest crane I can from the tickets I collect on the way to "
        "work. The trick is to crease every fold twice, once with a fingernail and once with the edge "
        "of a coin.",
        "This one is about the size of a fingernail, and it took me most of my lunch break and three "
        "failed tickets to get the neck and tail to come out clean.",
    ]
    _assert_out(arts, ("Paper Moths", "Ask me anything", "Archive", "Posted 2 years ago", "notes", "Tags:",
                       "liked this", "reblogged", "posted this"))


def test_news_story_with_share_bar_copyright_and_an_empty_comment_widget():
    """A 2012 news story: byline and time under the headline, a share bar of one word a line
    over the text, the copyright line, related and most popular headlines and an empty Disqus
    widget under it: one record, its four paragraphs (the quote among them) whole."""
    arts = _records("news-article-share-bar-copyright-and-empty-comment-widget.txt")
    assert len(arts) == 1
    assert arts[0].title == "Council approves new ferry timetable"
    assert arts[0].byline == "Janet Morrow"
    assert arts[0].published.startswith("2012-06-04")
    assert len(arts[0].paragraphs) == 4
    _assert_kept(arts, [
        "The town council voted on Monday to approve a new ferry timetable that will add two evening "
        "sailings to the island from July, after months of complaints from commuters who said the last "
        "boat left too early.",
        "The operator will publish the full timetable next week, and the new sailings begin on July 2.",
    ])
    assert any(p.startswith('Islanders welcomed the decision. "It means') for p in arts[0].paragraphs)
    _assert_out(arts, ("Share", "Tweet", "Email", "Print", "Harbour Media Group", "All Rights Reserved",
                       "Related Stories", "Ferry fares to rise", "Add New Comment", "Showing 0 comments",
                       "Sort by", "Subscribe by email", "Disqus", "Most Popular", "Harbour wall repairs"))


# -- a post over teaser excerpts and an author box -----------------------------------------------

EXCERPTS = "blog-post-then-teasers-over-continue-reading-and-an-author-bio.txt"


def test_post_over_teasers_keeps_its_headline_and_all_its_paragraphs():
    """Content kept: the post under its headline and `Posted on ... by Ruth`, its four
    paragraphs whole, in the first record."""
    arts = _records(EXCERPTS)
    assert arts[0].title == BREAD_TITLE
    assert arts[0].byline == "Ruth"
    assert list(arts[0].paragraphs[:4]) == BREAD


def test_post_over_teasers_is_one_record_without_the_teasers_or_the_bio():
    """`CS431`: both cards under `You might also like` (headline, excerpt, `Continue reading →`)
    stay out, and the bio (`CS430`) with them: one record, the post whole."""
    arts = _records(EXCERPTS)
    assert len(arts) == 1
    assert list(arts[0].paragraphs) == BREAD
    _assert_out(arts, ("You might also like", "Rye crackers", "These crackers", "Seeded loaf",
                       "A loaf that can be mixed", "Continue reading", "About the author", "terraced house"))


# -- hard negatives for the fixes above -----------------------------------------------------------

_POST = ("The hedge along the lane was cut back hard in March, and by June it had filled out again "
         "with hawthorn blossom and the first dog roses of the year.")


def test_one_card_alone_under_a_related_label_is_not_taken_as_cards():
    """`CS431` wants two cards or more printed alike: one card under the label is left to the other
    rules, and the post above it stays whole."""
    page = "\n".join(["Notes from the lane", "Posted on June 4, 2012 by Ruth", _POST, _POST.replace("June", "July"),
                      "You might also like", "Cutting back the brambles",
                      "A short note on the long gloves you will need.", "Continue reading →"])
    arts = clean(page)
    assert arts[0].title == "Notes from the lane"
    assert _POST in arts[0].paragraphs
    assert not any(f.code == "CS431" for a in arts for f in a.removed)


def test_a_deck_under_the_date_is_not_taken_for_the_headline():
    """`CS304`: the headline over a share bar and its date keeps the title when the heading-shaped
    line under the date is printed nowhere else on the page (a deck, not a post's headline that
    a `Recent Posts` list repeats)."""
    page = "\n".join(["Ferry timetable changes approved by the council", "Share | Tweet | Email",
                      "June 4, 2012", "Two evening sailings added from July", _POST,
                      _POST.replace("June", "July")])
    arts = clean(page)
    assert arts[0].title == "Ferry timetable changes approved by the council"


# -- a thread under a bare `Comments` heading (the share bar's word, printed once) ---------------

THREAD = "blog-post-comments-heading-then-each-comment-over-comment-by-stamp.txt"
REDSHANK = [
    "The tide was lower than the tables promised this morning, and the redshanks had spread out across the mud "
    "further than I could see with the old binoculars. I counted in blocks of ten and came to about three "
    "hundred and forty.",
    "By nine the water was coming back in, pushing the flock towards the saltings, and I walked home along the "
    "creek with wet socks and a satisfied feeling after a long morning out.",
]


def test_a_bare_comments_heading_over_stamped_comments_ends_the_post():
    """`Comments` alone, printed once under the post with a comment's stamp under it, heads the
    thread: the first comment (over its `Comment by ... — date @ time` stamp) goes with the rest."""
    arts = _records(THREAD)
    assert len(arts) == 1
    assert list(arts[0].paragraphs) == REDSHANK
    _assert_out(arts, ("Three hundred and forty is a great count", "Comment by", "RSS feed for comments"))


def test_a_comments_button_printed_over_and_under_the_text_is_no_heading():
    """Hard negative: a toolbar's `Comments` printed twice (over and under the story) is a button;
    the paragraph between the two stays, dates in it or not."""
    para = ("The new timetable was agreed on June 5, 2012 after a long meeting, and the first boats run on "
            "Monday morning from the north quay.")
    page = "\n".join(["Ferry timetable agreed after a long meeting", "June 5, 2012", REDSHANK[0], REDSHANK[1],
                      "Comments", "June 6, 2012", para, "Comments"])
    arts = clean(page)
    assert para in arts[0].paragraphs


def test_a_comments_heading_with_its_count_heads_the_thread_too():
    """`Comments (3)` (the share bar's word with its count), printed once over the stamped
    comments, ends the post as `Comments` alone does."""
    page = (PAGES / THREAD).read_text(encoding="utf-8").replace("\nComments\n", "\nComments (3)\n")
    arts = clean(page)
    assert list(arts[0].paragraphs) == REDSHANK
    _assert_out(arts, ("Three hundred and forty is a great count", "Comments (3)"))


# -- more 2012 probes (textp32): whole pages that come out clean, and two gaps -------------------

CLEAN_PAGES = [
    ("blog-post-footer-reply-thread-pingback-and-full-wordpress-sidebar.txt",
     "Counting redshanks on a grey morning", 3,
     ("Posted in Surveys", "Previous post", "thoughts on", "says:", "Reply", "Pingback", "Leave a Reply",
      "Notify me", "Recent Comments", "Entries RSS", "Blogroll", "avocet curlew", "M T W T F S S",
      "Proudly powered")),
    ("blogger-post-said-comments-archive-tree-and-profile.txt", None, 3,
     ("Posted by Hazel", "BlogThis", "Labels:", "said...", "Post a Comment", "Older Post",
      "Post Comments (Atom)", "Blog Archive", "Elderflower", "View my complete profile", "Followers")),
    ("news-story-wire-copyright-most-read-and-reader-comments.txt",
     "Bridge repairs to close the east road for a month", 4,
     ("All rights reserved", "Follow Tom Arden", "Filed under", "More from the web", "Most Read",
      "Reader comments", "riverwatcher", "About time", "Report abuse", "View all comments", "Privacy policy")),
    ("blog-post-disqus-thread-with-age-stamps.txt", "Counting redshanks on a grey morning", 2,
     ("12 Comments", "Sort by", "2 years ago", "Three hundred and forty", "Reply • Share")),
    ("blog-post-responses-each-said-on-its-date.txt", "Counting redshanks on a grey morning", 2,
     ("Responses to", "said on", "Three hundred and forty", "greenshank")),
]


@pytest.mark.parametrize(("name", "title", "paragraphs", "artefacts"), CLEAN_PAGES,
                         ids=[n.removesuffix(".txt") for n, *_ in CLEAN_PAGES])
def test_a_2012_page_comes_out_as_its_article_alone(name, title, paragraphs, artefacts):
    """One record, its headline, every paragraph of the post and nothing of its footer, thread,
    form or sidebar. (Blogger's page: its name over the date and the post's headline is still read
    as the title, no menu between; the body is right.)"""
    arts = _records(name)
    assert len(arts) == 1
    if title is not None:
        assert arts[0].title == title
    assert len(arts[0].paragraphs) == paragraphs
    _assert_out(arts, artefacts)


_NAMES_GAP = ("thread gap: a thread of commenters' names over their comments, with no stamp, under a bare "
              "`Comments` heading, is kept as the post's paragraphs (textp33: two names over a paragraph each "
              "read as a thread closed it, no held-out figure moved)")
_RESPONSES_GAP = ("thread gap: two stamped comments under a `Responses` heading are one fewer than `CS428` asks "
                  "for, and are kept (two in `CS428` was measured: dragnet's text F1 fell; textp33: `Responses` "
                  "read as a thread's heading closed it, no held-out figure moved)")


@pytest.mark.parametrize("page", [
    pytest.param("blog-post-comments-heading-over-names-without-stamps.txt",
                 marks=pytest.mark.xfail(strict=True, reason=_NAMES_GAP), id="names-without-stamps"),
    pytest.param("blog-post-responses-heading-over-two-stamped-comments.txt",
                 marks=pytest.mark.xfail(strict=True, reason=_RESPONSES_GAP), id="two-under-responses"),
])
def test_a_thread_the_rules_do_not_see_yet_stays_out(page: str) -> None:
    arts = _records(page)
    assert list(arts[0].paragraphs) == REDSHANK

"""HTML in: blocks with hints, metadata, safety, and the same rules as text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import cleanscrape
from cleanscrape.io.html import read_html, valid_utf8
from cleanscrape.io.text import read_text
from cleanscrape.pipeline import Pipeline

PAGE = b"""<!doctype html><html lang="en"><head><title>Cranes return - Northfield Herald</title>
<meta property="og:title" content="Cranes return to Port Velmora">
<meta name="author" content="Anna Quill">
<meta property="article:published_time" content="2025-11-04T06:05:00Z">
<script>var x = "<p>not text</p>";</script><style>p { color: red }</style></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>Cranes return to Port Velmora</h1>
<p>Two refurbished cranes returned to Port Velmora on Tuesday after a refit that ran two years
over schedule and well over budget, the port said.</p>
<figure><img src="c.jpg"><figcaption>A crane at the quay.</figcaption></figure>
<p>Shipping lines said the return of the cranes would help clear a backlog of ships waiting
for a berth at busy times.</p>
<p hidden>Hidden text.</p><div style="display:none">Also hidden.</div>
<h2>What comes next</h2>
<p>The cranes will lift their first containers next week, once the last safety checks are
finished by the inspectors.</p></article>
<section class="comments"><p>Great article, thanks for writing it up so clearly!</p></section>
<footer><p>&copy; 2025 Northfield Herald</p></footer></body></html>"""


def test_blocks_follow_elements_and_drop_scripts_and_hidden_text():
    doc = read_html(PAGE, source="p.html")
    texts = [b.text for b in doc.blocks]
    assert "Home" in texts and "Cranes return to Port Velmora" in texts
    assert not any("not text" in t or "Hidden" in t or "color" in t for t in texts)
    assert all(b.line >= 1 for b in doc.blocks)
    nav = next(b for b in doc.blocks if b.text == "Home")
    assert "nav" in nav.hints["zones"] and nav.hints["link_density"] > 0.5


def test_text_around_cut_elements_stays_where_it_was():
    page = (b"<html><body><p>Before <span style='DISPLAY: None'>secret</span>after,"
            b"<!-- a note --> and <script>x()</script>more.</p>"
            b"<p><b aria-hidden='true'>icon</b>First words <i hidden>gone</i>stay.</p>"
            b"<p aria-hidden='false'>Shown to every reader.</p></body></html>")
    texts = [b.text for b in read_html(page).blocks]
    assert texts == ["Before after, and more.", "First words stay.", "Shown to every reader."]
    # a page hidden as a whole is read as text: nothing is lost
    whole = read_html(b"<html hidden><body><p>Nothing is lost here.</p></body></html>")
    assert [b.text for b in whole.blocks] == ["Nothing is lost here."]


def test_metadata():
    meta = read_html(PAGE).meta
    assert meta["title"] == "Cranes return to Port Velmora"
    assert meta["byline"] == "Anna Quill" and meta["published"] == "2025-11-04T06:05:00+00:00"  # `Z`: UTC
    assert meta["language"] == "en"


def test_article_comes_out_without_chrome_caption_or_comments():
    (art,) = Pipeline().clean_document(read_html(PAGE, source="p.html"), source="p.html")
    assert art.title == "Cranes return to Port Velmora" and art.byline == "Anna Quill"
    assert art.published == "2025-11-04T06:05:00+00:00"
    assert art.paragraphs == (
        "Two refurbished cranes returned to Port Velmora on Tuesday after a refit that ran two years "
        "over schedule and well over budget, the port said.",
        "Shipping lines said the return of the cranes would help clear a backlog of ships waiting "
        "for a berth at busy times.",
        "What comes next",
        "The cranes will lift their first containers next week, once the last safety checks are "
        "finished by the inspectors.",
    )
    codes = {r.code for r in art.removed}
    assert "CS502" in codes


def test_no_entities_no_network_no_recursion_limit():
    xxe = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><p>Hello &e; world.</p>'
    assert not any("root:" in b.text for b in read_html(xxe).blocks)
    bomb = (b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b"<p>&b;&b;&b;</p>")
    assert sum(len(b.text) for b in read_html(bomb).blocks) < 1000
    deep = b"<body>" + b"<div>" * 100_000 + b"<p>Deep text here.</p>" + b"</div>" * 100_000
    assert [b.text for b in read_html(deep).blocks] == ["Deep text here."]


def test_encodings_and_broken_markup():
    assert read_html(b'<meta charset="iso-8859-1"><p>caf\xe9</p>').blocks[0].text == "caf\xe9"
    assert read_html("<p>café crème</p>").blocks[0].text == "café crème"
    assert read_html(b"<p>unclosed <b>bold <i>both</p><div>next").blocks[0].text == "unclosed bold both"
    assert read_html(b"").blocks == ()


def test_text_input_is_untouched_by_the_structure_rule():
    text = "Home\nThe council voted on Monday to keep the old library open for another year.\n"
    assert [f.code for f in cleanscrape.check(text) if f.code == "CS502"] == []


def test_encoding_from_bytes_beats_a_wrong_declaration():
    # re-encoded to UTF-8 on the way, the page still says windows-1251
    page = '<meta charset="windows-1251"><p>Привет, мир: это первый абзац статьи.</p>'.encode()
    assert read_html(page).blocks[0].text == "Привет, мир: это первый абзац статьи."


def test_declared_legacy_encoding_is_honoured():
    page = b'<meta charset="windows-1251"><p>' + "Привет мир".encode("cp1251") + b"</p>"
    assert read_html(page).blocks[0].text == "Привет мир"


def test_undeclared_legacy_bytes_read_as_windows_1252():
    assert read_html(b"<p>caf\xe9 \x93quoted\x94</p>").blocks[0].text == "café “quoted”"


def test_articles_nested_in_the_article_are_related_items():
    body = "".join(f"<p>The council met on Monday to discuss the harbour plan, paragraph {n}, and then voted on it.</p>"
                   for n in range(8))
    related = "".join(f"<article class='teaser'><p>Another story about the ferry service number {n}, "
                      f"with a long enough summary line to vote.</p></article>" for n in range(4))
    page = f"<html><body><article><h1>Harbour plan approved</h1>{body}{related}</article></body></html>"
    (record,) = Pipeline().clean_document(read_html(page))
    assert len(record.paragraphs) == 8
    assert all("Another story" not in p for p in record.paragraphs)
    assert any(r.reason.startswith("inside an <article> nested") for r in record.removed)


_GUIDE_INTRO = ("<p>Lindhaven is a small port town on the northern coast, known for its fish market, its old "
                "lighthouse and a long promenade that follows the harbour wall for a mile or more.</p>"
                "<p>Most visitors come for a day and leave on the evening train; the sights below are all "
                "within a short walk of the station, and the tourist office lends out bicycles for free.</p>"
                "<p>In summer the town is busy at weekends, so a weekday visit is the calmer choice.</p>")
_GUIDE_PLACES = (
    ("The lighthouse", "The lighthouse was built in 1861 on the rocks at the end of the pier, and its lamp was "
     "lit by hand until the war.", "Its hundred and twelve steps lead to a gallery with a view over the bay; "
     "children under six may not climb."),
    ("The fish market", "The fish market fills the old customs hall every morning except Sunday, when the boats "
     "stay in the harbour.", "Come before nine to see the auction, which the traders still run with a bell "
     "and a chalk board."),
    ("The town museum", "The town museum shows the port's history in six rooms, from the first herring boats "
     "to the ferries of today.", "A model of the harbour as it stood in 1900 fills the largest room; the "
     "guided tour starts there at eleven."),
)


def test_sections_set_as_nested_articles_are_the_story():
    # a guide: an intro, then one <article> per place, each two paragraphs in a row
    places = "".join(f"<article><h2>{head}</h2><p>{one}</p><p>{two}</p></article>"
                     for head, one, two in _GUIDE_PLACES)
    page = f"<html><body><article><h1>Lindhaven: what to see</h1>{_GUIDE_INTRO}{places}</article></body></html>"
    (record,) = Pipeline().clean_document(read_html(page))
    assert all(any(two in p for p in record.paragraphs) for _, _, two in _GUIDE_PLACES)
    assert not any(r.reason.startswith("inside an <article> nested") for r in record.removed)


def test_cards_of_one_blurb_under_a_short_story_stay_related_items():
    # the cards hold more prose than the story, but one blurb each under their share links
    blurbs = [one + " " + two for _, one, two in _GUIDE_PLACES] * 2
    cards = "".join(f"<article><p><a href='/s{n}'>Share</a> <a href='/p{n}'>Post</a></p><p>{blurb}</p></article>"
                    for n, blurb in enumerate(blurbs))
    page = f"<html><body><article><h1>Lindhaven: a day out</h1>{_GUIDE_INTRO}{cards}</article></body></html>"
    (record,) = Pipeline().clean_document(read_html(page))
    assert not any("lighthouse was built" in p for p in record.paragraphs)
    assert any(r.reason.startswith("inside an <article> nested") for r in record.removed)


def test_a_page_wrapped_in_two_articles_keeps_its_text():
    body = "".join(f"<p>The council met on Monday to discuss the harbour plan, paragraph {n}, and then voted on it.</p>"
                   for n in range(8))
    page = f"<html><body><article><article><h1>Harbour plan approved</h1>{body}</article></article></body></html>"
    (record,) = Pipeline().clean_document(read_html(page))
    assert len(record.paragraphs) == 8


def test_caption_and_credit_markup_outside_figcaption():
    body = "".join(f"<p>The council met on Monday to discuss the harbour plan, paragraph {n}, and then voted on it.</p>"
                   for n in range(6))
    # a WordPress body: the container's own class says "has-caption", but it holds the article
    page = ("<html><body><article><h1>Harbour plan approved</h1><div class='entry-content has-caption'>"
            "<div class='wp-caption'><img src='a.jpg'><p class='wp-caption-text'>Cranes at the quay on Monday.</p>"
            "<p class='photo-credit'>Ines Carter</p></div>"
            f"{body}</div></article></body></html>")
    (record,) = Pipeline().clean_document(read_html(page))
    roles = {(r.text, r.role) for r in record.removed}
    assert ("Cranes at the quay on Monday.", "caption") in roles
    assert ("Ines Carter", "credit") in roles
    assert len(record.paragraphs) == 6


def test_page_title_loses_the_site_name():
    page = "<html><head><title>Harbour plan approved | Velmora Herald</title></head><body><p>x</p></body></html>"
    assert read_html(page).meta["title"] == "Harbour plan approved"


def test_dangerous_declared_encodings_are_refused():
    # found by the fuzzer: UTF-7 (and the escape codecs) could decode to lone surrogates
    for name in (b"utf-7", b"unicode_escape", b"raw-unicode-escape", b"undefined"):
        page = b'<meta charset="' + name + b'"><p>+2D3eAg- \\udeb2 caf\xe9</p>'
        doc = read_html(page)
        assert doc.blocks[0].text.endswith("café")
    (record,) = Pipeline().clean_document(read_html(
        b'<meta charset="utf-7"><h1>A</h1>' + b"<p>The council met on Monday, officials said.</p>" * 3 + b"\xff"))
    assert record.paragraphs


def test_a_list_that_ends_the_article_stays_and_the_declared_date_wins():
    page = b"""<html><head><title>Cranes return</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Cranes return",
"datePublished":"2025-11-18T09:30:00+01:00"}</script></head><body>
<article><h1>Cranes return</h1>
<div class="entry-content">
<p>The three container cranes at Port Velmora are back in service after a two-year refit that cost
40 million euros, the port authority said on Tuesday.</p>
<p>The cranes were taken apart in 2023 and shipped to a yard in Rotterdam, where their motors and
control cabins were replaced.</p>
<ul><li>Crane 1: back in service in September</li><li>Crane 2: back in service in October</li>
<li>Copy</li></ul></div></article>
<section class="comments"><p>Dave says:</p><p>November 20, 2025 at 11:02 am</p>
<p>Good news for the town, finally.</p></section></body></html>"""
    (art,) = Pipeline().clean_document(read_html(page))
    assert art.paragraphs[-2:] == ("Crane 1: back in service in September", "Crane 2: back in service in October")
    assert art.published == "2025-11-18T09:30:00+01:00"  # the markup's, with its offset; not the comment's


def test_boxes_the_template_drops_into_the_body_go_and_embeds_stay():
    page = b"""<html><head><title>Velmora votes to keep its old library</title></head><body>
<div class="Story_body__b7">
<h1>Velmora votes to keep its old library</h1>
<p>The city council voted on Monday to keep the old library on Harbour Street open for at least another
five years, reversing a plan to sell the building.</p>
<div class="Newsletter_box__n"><p>Get City Paper in your inbox</p>
<p>The stories that matter in Velmora, every weekday morning. Sign up now.</p></div>
<p>More than 3,000 residents signed a petition against the sale, and dozens spoke at a meeting that
lasted until midnight.</p>
<div class="share-tools"><p>Share this story with a friend</p></div>
<blockquote class="social-media-embed"><p>We did it! The library stays open. Thank you all.</p></blockquote>
<p>A decision on the library's opening hours will follow in the spring, the council said.</p>
</div></body></html>"""
    (art,) = Pipeline().clean_document(read_html(page))
    assert "Get City Paper in your inbox" not in art.body
    assert "Share this story with a friend" not in art.body
    assert "We did it! The library stays open. Thank you all." in art.paragraphs
    assert art.paragraphs[-1] == "A decision on the library's opening hours will follow in the spring, the council said."


def test_a_table_row_is_one_block_with_its_cells_split():
    page = b"""<html><body><article><h1>Ferry fares to rise by 8% in January</h1>
<p>Ferry fares between Velmora and the islands will rise by 8% in January, the operator said on Friday,
blaming higher fuel and staff costs.</p>
<table><tr><th>Route</th><th>Old fare</th><th>New fare</th></tr>
<tr><td>Velmora &ndash; Calder Bay</td><td>13.50</td><td>14.60</td></tr></table>
<p>Passenger groups said they would ask the regional government to step in before January.</p>
</article></body></html>"""
    doc = read_html(page)
    assert [b.text for b in doc.blocks if b.hints.get("tag") == "tr"] == [
        "Route | Old fare | New fare", "Velmora \u2013 Calder Bay | 13.50 | 14.60"]
    (art,) = Pipeline().clean_document(doc)
    assert art.title == "Ferry fares to rise by 8% in January"  # a header row is no headline
    assert "Route | Old fare | New fare" in art.paragraphs


def test_a_dropped_button_or_icon_leaves_a_gap_but_a_hidden_span_does_not():
    page = b"""<html><body><article><h1>Cranes return</h1>
<p class="meta"><a>Hannah Ostrow</a><button>Follow</button><span>Nov 12, 2025</span></p>
<p>Ferr<span style="display:none">x</span>y fares rise <svg><path d=""/></svg>today.</p></article></body></html>"""
    texts = [b.text for b in read_html(page).blocks]
    assert "Hannah Ostrow Nov 12, 2025" in texts
    assert "Ferry fares rise today." in texts


def test_each_post_of_a_blog_home_page_is_a_record_under_its_linked_heading():
    posts = [("First frost, and the last of the leeks", "November 20, 2025",
              "The first hard frost came on Tuesday night, and by morning the allotments above Kell were white."),
             ("A night walk to the old mill", "November 12, 2025",
              "We walked to the mill by moonlight and heard the owls in the beech wood above the weir.")]
    body = "".join(f'<div class="post"><h2><a href="/p/{k}">{t}</a></h2><div class="date">{d}</div>'
                   f'<div class="post-body"><p>{p}</p><p>{p} Then we walked home.</p></div>'
                   f'<div class="post-footer">Labels: <a href="/l/walks">walks</a></div></div>'
                   for k, (t, d, p) in enumerate(posts))
    page = (f'<html><head><title>Valley Rambles</title></head><body><div id="header"><h1>Valley Rambles</h1></div>'
            f'<div id="nav"><a href="/">Home</a> | <a href="/about">About</a></div><div id="main">{body}'
            f'<div class="pager"><a href="/older">Older Posts</a></div></div></body></html>')
    arts = Pipeline().clean_document(read_html(page, source="home.html"), source="home.html")
    assert [(a.title, a.published) for a in arts] == [(posts[0][0], "2025-11-20"), (posts[1][0], "2025-11-12")]
    assert arts[1].paragraphs == (posts[1][2], posts[1][2] + " Then we walked home.")


def test_a_page_whose_only_text_is_a_script_has_no_text():
    """Script and style code is never article text, even when nothing else is on the page
    (it came out as the body); a page hidden as a whole still keeps its text (above)."""
    for page in (b"<html><body><script>var x = 1; function f(){return x*2;}</script></body></html>",
                 b"<script>window.onload = function(){ start(); };</script><style>p{color:red}</style>"):
        assert read_html(page).blocks == ()


_STORY = ("<p>The harbour board approved the new quay on Monday, after three years of talks with "
          "the fishing crews, the ferry company and the town council.</p>"
          "<p>Work starts in spring, the board said, and the first ships should berth there by the "
          "autumn of next year, weather and funding allowing.</p>"
          "<p>Residents near the shore asked for quieter piling at night, and the contractor agreed "
          "to stop work at seven in the evening on weekdays.</p>")
_STORY_PARAS = ("The harbour board approved the new quay on Monday, after three years of talks with the "
                "fishing crews, the ferry company and the town council.",
                "Work starts in spring, the board said, and the first ships should berth there by the "
                "autumn of next year, weather and funding allowing.",
                "Residents near the shore asked for quieter piling at night, and the contractor agreed to "
                "stop work at seven in the evening on weekdays.")


def _paragraphs(page: str) -> tuple[str, ...]:
    return tuple(p for a in Pipeline().clean_document(read_html(page)) for p in a.paragraphs)


def test_class_words_that_only_look_like_a_comment_section_keep_the_article():
    """An opinion piece's `commentary`, a `noloaddisqus` flag, the page's own `<body>` settings
    (`showing-comments`), a word that only starts with `reply` (a forum thread's
    `js-replyNewMessageContainer`) mark no comment section; a real one still goes."""
    for opening in ('<body><div class="sect news commentary">', '<body><article class="post noloaddisqus">',
                    '<body class="single showing-comments"><div>', '<body class="j-m-comment-styles-disabled"><div>',
                    '<body><div class="block-body js-replyNewMessageContainer">'):
        closing = "</article>" if "<article" in opening else "</div>"
        page = (f"<html>{opening}<h1>Quay approved</h1>{_STORY}{closing}"
                '<div class="comments"><p>Reader one says: about time too, this quay has been promised to us '
                "for years now.</p></div></body></html>")
        assert _paragraphs(page) == _STORY_PARAS, opening


_THREAD = ('<div id="comments"><p>Reader one says: about time too, this quay has been promised to us for '
           "years now and the crews have waited long enough for it.</p>"
           "<p>Reader two says: the piling at night was the worst part of the last works on the shore, "
           "glad the contractor listened to the residents this time.</p>"
           "<p>Reader three says: I hope the ferry company gets its berth too, the queues in summer are "
           "long and the town needs the visitors as much as the fish.</p>"
           "<p>Reader four says: three years of talks for one quay is a long time, but better late than "
           "never, and spring is not far off now.</p></div>")


def test_a_page_whose_only_text_sits_in_a_comment_section_keeps_it():
    """CS506: a page whose article's wrapper carries a comment-section class word
    (`comments-open`) would keep nothing; that section's lines come back (content wins ties).
    A comment thread under an article that keeps its own text still goes, and so does a short
    comment on a page with no other prose."""
    page = f'<html><body><div class="post comments-open"><h2>Quay approved</h2>{_STORY}</div></body></html>'
    assert set(_STORY_PARAS) <= set(_paragraphs(page))
    found = [r for a in Pipeline().clean_document(read_html(page)) for r in a.removed]
    assert not any(r.code == "CS502" and r.text in _STORY_PARAS for r in found)
    page = f'<html><body><div class="entry"><h1>Quay approved</h1>{_STORY}</div>{_THREAD}</body></html>'
    assert _paragraphs(page) == _STORY_PARAS
    page = ('<html><body><div class="comments"><p>Reader one says: about time too, this quay has been '
            "promised to us for years now.</p></div></body></html>")
    assert _paragraphs(page) == ()


def test_an_article_wrapped_in_two_articles_keeps_its_text():
    """A page that nests its article's text in a second `<article>` (the outer one holding the
    standfirst) keeps the inner text: the text container lies wholly in it."""
    standfirst = ("<p>The board's vote ends three years of talks over a quay that the fishing crews and the "
                  "ferry company both wanted but in different places and for different reasons; the town "
                  "council sided with the crews in the end and the ferry company will have to wait for a "
                  "second berth that the board has promised for the following decade if the money is "
                  "found and the harbour's traffic keeps growing as it has done.</p>")
    page = (f"<html><body><article><header><h1>Quay approved</h1>{standfirst}</header>"
            f'<article class="main-content"><div class="article-text">{_STORY}</div></article>'
            "</article></body></html>")
    assert set(_STORY_PARAS) <= set(_paragraphs(page))


def test_a_streamed_react_part_hidden_in_the_markup_is_read():
    """React streams a server-rendered page's parts in `<div hidden id="S:1">`, which its script
    shows; other hidden elements stay hidden."""
    page = (f'<html><body><div><h1>Quay approved</h1></div><div hidden id="S:1"><section>{_STORY}</section></div>'
            '<div hidden id="menu"><p>A hidden menu that the page never shows to anyone, at any time.</p></div>'
            "</body></html>")
    assert _paragraphs(page) == _STORY_PARAS


def test_reply_and_respond_as_whole_words_still_open_a_comment_section():
    """`comment-reply`, `respond`, `reply-form`, `disqus_thread` stay comment sections."""
    for marker in ("comment-reply", "respond", "reply-form", "disqus_thread"):
        page = (f'<html><body><div class="entry"><h1>Quay approved</h1>{_STORY}</div>'
                f'<div class="{marker}"><p>Reader one says: about time too, this quay has been promised to us '
                "for years now.</p></div></body></html>")
        assert _paragraphs(page) == _STORY_PARAS, marker


def test_an_element_of_the_css_class_hidden_is_not_read():
    """A box of the class `hidden` (Bootstrap's and Tailwind's way to hide one: a sign-in wall
    the page shows only to some readers) is not read; `hidden md:block`, shown on wider
    screens, and a class that only contains the word (`overflow-hidden`) are."""
    wall = ('<div class="article-block sign-in-group hidden"><p>Create an account or sign in to continue '
            "with your reading experience, and enjoy additional articles per month.</p></div>")
    page = f'<html><body><article class="story"><h1>Quay approved</h1>{wall}{_STORY}</article></body></html>'
    assert _paragraphs(page) == _STORY_PARAS
    for shown in ("hidden md:block", "overflow-hidden"):
        page = (f'<html><body><article class="story"><h1>Quay approved</h1><div class="{shown}">{_STORY}</div>'
                "</article></body></html>")
        assert _paragraphs(page) == _STORY_PARAS, shown
    # a page's own `<body class="hidden">` (its script shows it once loaded) is read
    page = f'<html><body class="hidden"><article><h1>Quay approved</h1>{_STORY}</article></body></html>'
    assert _paragraphs(page) == _STORY_PARAS


def test_a_closing_sentence_in_the_article_paragraphs_is_no_related_headline():
    # a short last paragraph (a thank-you after an interview) looks like a headline after the
    # article's last paragraph (CS205) in text, but the markup sets it as a plain paragraph of
    # the text container, with no link: it stays; a line that is no sentence still goes
    page = (Path(__file__).parent / "fixtures" / "html" / "closing-line-after-the-last-paragraph.html").read_bytes()
    (art,) = Pipeline().clean_document(read_html(page))
    assert art.paragraphs[-1] == "Thank you very much for talking to us today!"
    assert len(art.paragraphs) == 4
    assert ("CS205", "Harbour correspondent in Velmora") in [(r.code, r.text) for r in art.removed]



def test_a_short_sign_off_in_the_article_paragraphs_stays_and_a_linked_headline_goes():
    # short sentences after the last paragraph, in a paragraph of the text container and
    # split by <br>, with no link: the article's own sign-off (CS205 took them as headlines
    # after the article); another story's headline set as a link still goes
    page = (Path(__file__).parent / "fixtures" / "html" / "short-sign-off-after-the-last-paragraph.html").read_bytes()
    (art,) = Pipeline().clean_document(read_html(page))
    assert art.paragraphs[-2:] == ("See you at the quay!", "Bring the whole family!")
    assert len(art.paragraphs) == 5
    assert "Harbour fair draws record crowds" in [r.text for r in art.removed]

def test_a_two_part_subheading_of_the_text_stays_and_a_linked_one_goes():
    # `Why so late? The storms that closed the harbour` has a two-part headline's shape
    # (CS205 in text), but the markup sets it as a heading element of the text container with no link:
    # the article's own subheading; another story's headline between the paragraphs holds a link
    page = (Path(__file__).parent / "fixtures" / "html" / "two-part-subheading-in-the-text.html").read_bytes()
    (art,) = Pipeline().clean_document(read_html(page))
    assert "Why so late? The storms that closed the harbour" in art.paragraphs
    assert ("CS205", "Is the ferry era over? Inside the fight for the harbour") in [(r.code, r.text) for r in art.removed]
    assert len(art.paragraphs) == 5


def test_a_paragraph_opening_on_a_compound_noun_is_no_reader_prompt():
    # `Add-ons are like apps that you install ...` opens on the word of a prompt (`Add`) with
    # the reader's voice and a channel (`apps`), but the hyphen makes it a noun: the paragraph
    # stays; the follow and feed prompts under the text still go (CS414)
    page = (Path(__file__).parent / "fixtures" / "html" / "compound-noun-opening-a-paragraph.html").read_bytes()
    (art,) = Pipeline().clean_document(read_html(page))
    assert art.paragraphs[0].startswith("Add-ons are like apps that you install")
    assert art.paragraphs[-1].startswith("Follow-up checks by the store's reviewers")
    assert len(art.paragraphs) == 3
    removed = [(r.code, r.text) for r in art.removed]
    assert ("CS414", "Follow Velmora Tech on Instagram, Facebook and YouTube.") in removed
    assert ("CS414", "Add Velmora Tech to your Google News feed.") in removed


def test_a_short_paragraph_over_a_figure_holding_its_credit_is_no_caption():
    # `Her first task will be the winter timetable.` is a short sentence right over an image
    # credit (CS110's caption in text), but the credit sits in the figure's <figcaption> and the
    # sentence outside it: the paragraph is the text's; a caption over a credit that are both
    # plain paragraphs still goes, with its credit, the related list and the comment
    page = (Path(__file__).parent / "fixtures" / "html" / "short-paragraph-over-a-figure-credit.html").read_bytes()
    (art,) = Pipeline().clean_document(read_html(page))
    assert "Her first task will be the winter timetable." in art.paragraphs
    assert len(art.paragraphs) == 5
    removed = [(r.code, r.text) for r in art.removed]
    assert ("CS110", "Workers at the pilot line in Lindau.") in removed
    assert ("CS102", "Jan Vos/AP") in removed
    texts = [r.text for r in art.removed]
    assert "New cranes arrive at the terminal" in texts
    assert "Good luck to her, the harbour needs it after this year." in texts


def test_text_nested_in_a_link_is_link_text():
    # a linked card wraps its headline in a span or a block: all of it is link text,
    # the link's tail and the prose beside it are not
    page = (b"<html><body><p><a href='/a'><span>Another story</span> <b>today</b></a> and prose "
            b"that follows it here.</p><a href='/b'><div><h3>A card headline</h3>"
            b"<p>Its teaser line</p></div></a><p>Plain words with no link at all.</p></body></html>")
    density = {b.text: b.hints["link_density"] for b in read_html(page).blocks}
    assert density["Another story today and prose that follows it here."] == round(len("Another story" "today") / 51, 3)
    assert density["A card headline"] == 1.0 and density["Its teaser line"] == 1.0
    assert density["Plain words with no link at all."] == 0.0


def test_a_paywalled_article_of_one_paragraph_gives_a_record():
    # a paywall leaves one paragraph under the headline, a short standfirst and the byline,
    # with dated cards of other stories under it: an article cut short, not a page of story cards (CS503)
    page = (Path(__file__).parent / "fixtures" / "html" / "paywalled-single-paragraph.html").read_bytes()
    (art,) = Pipeline().clean_document(read_html(page))
    assert art.title == "Ferry fares to rise twice next year" and art.byline == "Ana Ruiz"
    assert art.paragraphs[-1].startswith("The ferry company told the islands' council on Tuesday")
    assert "CS503" not in {r.code for r in art.removed}
    assert not any("quay opens" in p or "Subscribe" in p for p in art.paragraphs)


def test_link_density_counts_link_text_as_the_block_counts_its_text():
    """Link text is measured with runs of white space as one space, as the block's text is:
    a block that is all link text has density 1.0, never more (source indentation inside an
    `<a>` used to count, and a block could read as 140% link text); a half-linked one about half."""
    html = ("<html><body><article><p><a href='/x'>Ferry      fares\n\n        to     rise</a></p>"
            "<p>The council met on <a href='/m'>Monday\n      evening</a> and voted.</p></article></body></html>")
    doc = read_html(html)
    dens = [b.hints["link_density"] for b in doc.blocks]
    assert dens[0] == 1.0
    assert 0.3 < dens[1] < 0.5


def test_an_article_split_into_same_class_frames_keeps_the_frame_of_its_list():
    # a template prints the article as frames of one class, each with its own id; a frame that
    # holds only a bullet list casts no vote but stands between two frames of paragraphs: it is a
    # part of the text; a newsletter box between them and a frame of the same class after the
    # last paragraphs (other guides, as links) are not
    page = (Path(__file__).parent / "fixtures" / "html" / "article-split-into-frames.html").read_bytes()
    main = {b.text: b.hints.get("main") for b in read_html(page).blocks}
    assert main["The port pays six per cent"] and main["Workers pay four per cent of their wage"]
    assert not main["Get our money newsletter every Friday morning, free of charge."]
    assert not main["More money guides"] and not main["Ferry season tickets explained"]
    (art,) = Pipeline().clean_document(read_html(page))
    assert "The unions pay the fund's running costs" in art.paragraphs
    assert len(art.paragraphs) == 8
    assert not any("newsletter" in p or "Ferry season" in p for p in art.paragraphs)


def test_paragraphs_beside_a_standfirst_box_are_in_the_text_container():
    # the standfirst's box says "text" in its class words and wins on them with one sentence; the
    # paragraphs stand beside it, in the column that holds both: that column is the container,
    # and the sidebar's link list next to it stays out
    page = (Path(__file__).parent / "fixtures" / "html" / "paragraphs-beside-a-standfirst-box.html").read_bytes()
    main = {b.text[:20]: b.hints.get("main") for b in read_html(page).blocks}
    assert main["Zwei Tage lang wurde"] and main["In dreißig Fachforen"] and main["Das Forum stand in d"]
    assert not main["Termine"] and not main["Tag der offenen Tür "]
    (art,) = Pipeline().clean_document(read_html(page))
    assert art.title == "Forum für das Ehrenamt auf dem Land"
    assert len(art.paragraphs) == 4 and art.paragraphs[-1].startswith("In dreißig Fachforen")
    assert not any("Chorfest" in p for p in art.paragraphs)


def test_an_article_the_page_shows_only_in_its_json_ld_is_read_from_there():
    # a paywall shows the lead paragraph; the page's JSON-LD `articleBody` holds the whole
    # article: its paragraphs join the page after the lead (the lead not twice); a page that
    # shows its article, or whose JSON-LD holds a summary only, is read from its markup alone
    page = (Path(__file__).parent / "fixtures" / "html" / "article-only-in-its-json-ld.html").read_bytes()
    (art,) = Pipeline().clean_document(read_html(page))
    assert art.title == "Ferry fares to rise twice next year" and art.byline == "Ana Ruiz"
    assert art.paragraphs[0].startswith("The ferry company told the islands' council on Tuesday")
    assert sum(p.startswith("The ferry company told") for p in art.paragraphs) == 1
    assert any(p.startswith("The council's transport committee will meet next week") for p in art.paragraphs)
    assert any("Marta Quell" in p for p in art.paragraphs)
    shown = page.replace(b'<div class="paywall"><p>Subscribe to read the whole story.</p></div>', b"".join(
        b"<p>" + p.encode() + b"</p>" for p in art.paragraphs[1:6]))
    assert [b.text for b in read_html(shown).blocks].count(art.paragraphs[1]) == 1
    start, end = page.index(b'"articleBody": "'), page.index(b'"}\n</script>')
    summary = page[:start] + b'"articleBody": "Fares will rise in March and in September.' + page[end:]
    assert not any(b.hints.get("zones") == ("articleBody",) for b in read_html(summary).blocks)
    assert len(read_html(summary).blocks) == len(read_html(page).blocks) - 5


def test_a_box_of_one_line_is_no_text_container():
    # a blog post printed as short lines (a poem, lyrics) casts no vote; a one-line box after it
    # wins on its class words (`entry-note`) and its one sentence: a container of a line or two
    # is none, and the post's lines are judged on their own; comments, the archive and the
    # footer stay out
    page = (Path(__file__).parent / "fixtures" / "html" / "poem-in-short-lines.html").read_bytes()
    assert not any(b.hints.get("main") for b in read_html(page).blocks)
    (art,) = Pipeline().clean_document(read_html(page))
    assert "my mother counts the silver fish," in art.paragraphs and art.paragraphs[-2] == "to sing it every year."
    assert not any("said:" in p or "2011" in p or "Powered by" in p for p in art.paragraphs)


def test_a_page_swallowed_by_a_noscript_left_open_is_read():
    # `<noscript><div class="no-js-notice"></noscript>` opens an element the parser closes only at
    # the page's end: the whole page lands under the `<noscript>`, which is dropped as a fallback;
    # a `<noscript>` that holds most of the page's text is read as what it holds, a real fallback
    # (a pixel, a notice to turn on scripts) is still dropped, and the comments stay out
    page = (Path(__file__).parent / "fixtures" / "html" / "page-inside-an-open-noscript.html").read_bytes()
    texts = [b.text for b in read_html(page).blocks]
    assert not any("turn on JavaScript" in t for t in texts)
    (art,) = Pipeline().clean_document(read_html(page))
    assert art.title == "A record year for the park's bears" and len(art.paragraphs) == 4
    assert not any("Reader" in p or "Fax" in p for p in art.paragraphs)


def test_a_sign_in_form_casts_no_vote_for_the_text_container():
    # a sign-in dialog's `<form>` holds an `<article>` of comma-rich sentences: its prose votes for
    # no container, so the story's paragraphs stay the text and the dialog's lines stay out; a
    # `<form>` that wraps the whole page (as some frameworks print every page) still votes
    page = (Path(__file__).parent / "fixtures" / "html" / "sign-in-form-beside-a-short-story.html").read_bytes()
    main = {b.text[:24]: b.hints.get("main") for b in read_html(page).blocks}
    assert main["The first ferry to the i"] and main["The harbour master said "]
    assert not main["Sign in to your account"] and not main["No account, or a wrong p"]
    (art,) = Pipeline().clean_document(read_html(page))
    assert len(art.paragraphs) == 5 and art.paragraphs[-1].startswith("The harbour master said")
    wrapped = page.replace(b"<body>", b"<body><form action='/page'>").replace(b"</body>", b"</form></body>")
    assert read_html(wrapped).blocks[3].hints.get("main") and read_html(wrapped).blocks[7].hints.get("main")


def test_an_article_shown_only_in_its_noscript_fallback_is_read():
    # a blog template renders the post from a `<script type="text/template">` and prints it again in
    # a `<noscript>` for readers with no scripts: with scripts cut, the fallback holds most of the
    # page's text and is read; the sidebar's archive and the footer stay out
    paras = "".join(f"<p>The new protection checks each site against a list that is updated every thirty minutes, "
                    f"and part {k} of the change reaches every reader over the next weeks.</p>" for k in range(1, 6))
    html = ("<html><head><title>Safer browsing for everyone</title></head><body>"
            "<div class='post'><h3 class='post-title'>Safer browsing for everyone</h3>"
            f"<div class='post-body'><script type='text/template'>{paras}</script><noscript>{paras}</noscript></div></div>"
            "<aside><h2>Archive</h2><ul><li><a href='/2020'>2020</a></li><li><a href='/2019'>2019</a></li></ul></aside>"
            "<footer><p>Powered by a blog service.</p></footer></body></html>")
    (art,) = Pipeline().clean_document(read_html(html))
    assert sum("of the change reaches every reader" in p for p in art.paragraphs) == 5
    assert not any("2019" in p or "Powered" in p for p in art.paragraphs)
    notice = html.replace(f"<noscript>{paras}</noscript>", "<noscript><p>Please turn on JavaScript.</p></noscript>")
    assert not any("JavaScript" in b.text for b in read_html(notice).blocks)


def test_paragraphs_marked_aria_hidden_are_read():
    # a paywall marks the article's last paragraphs `aria-hidden` (screen readers skip them; the
    # page shows them, blurred or not): a paragraph's prose is read; `aria-hidden` on other
    # elements (an icon bar, a related-links list) still hides them, and comments and the
    # footer stay out of the record
    page = (Path(__file__).parent / "fixtures" / "html" / "paywalled-paragraphs-marked-aria-hidden.html").read_bytes()
    texts = [b.text for b in read_html(page).blocks]
    assert not any(t.startswith(("Share", "The new quay")) for t in texts)
    (art,) = Pipeline().clean_document(read_html(page))
    assert art.paragraphs[-1].startswith("The islands' council said it would ask the port")
    assert any(p.startswith("Pilots have boarded cargo ships") for p in art.paragraphs)
    assert len(art.paragraphs) == 4
    assert not any("menace" in p or "rights reserved" in p or "new quay" in p for p in art.paragraphs)


def test_a_standfirst_between_the_headline_and_the_text_container_is_article_text():
    # the deck under the headline stands outside the element that holds the paragraphs, in the
    # box of the headline: it is the article's summary and stays; the byline and date line and
    # the list of related links in the same place are not standfirsts
    page = (Path(__file__).parent / "fixtures" / "html" / "standfirst-under-the-headline.html").read_bytes()
    blocks = {b.text[:24]: b.hints for b in read_html(page).blocks}
    assert blocks["The harbour board will r"].get("standfirst") and not blocks["The harbour board will r"]["main"]
    assert not any(blocks[k].get("standfirst") for k in ("By Mara Lind, our transp", "Harbour board agrees a r",
                                                          "Island hospital asks for", "The board said on Monday"))
    (art,) = Pipeline().clean_document(read_html(page))
    assert art.title == "Night ferries return to the north crossing" and art.byline == "Mara Lind"
    assert art.paragraphs[0].startswith("The harbour board will run two late sailings")
    assert len(art.paragraphs) == 4 and art.paragraphs[-1].startswith("The late sailings will cost")
    assert not any("Harbour board agrees" in p or "Island hospital" in p or "By Mara" in p for p in art.paragraphs)


_UTF8_PIECES = [b"a" * 4095, b"<p>" * 1400, b"\xc3\xa9", b"\xe2\x80\x99", b"\xf0\x9f\x98\x80", b"\xed\xa0\x80",
                b"\xc3", b"\x80", b"\xe2\x80", b"\xff", b"x", b"\xf4\x90\x80\x80", b"\xe0\x80\xaf", b"\xc0\xaf"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_UTF8_PIECES), max_size=12).map(b"".join))
def test_utf8_check_by_stretches_says_what_decoding_the_page_says(data):
    """``valid_utf8`` passes ASCII stretches over and carries a character cut at a stretch's
    end: it says what ``data.decode("utf-8")`` says, wherever the cuts fall."""
    try:
        data.decode("utf-8")
        decodes = True
    except UnicodeDecodeError:
        decodes = False
    assert valid_utf8(data) is decodes


def test_a_short_story_stays_the_text_over_longer_comments_a_related_list_and_a_footer():
    # the story is three paragraphs split by a figure; the comment section under it holds more
    # prose (four comma-rich comments), the related list longer link lines, the footer a sentence:
    # the story's parts are the text container, and none of the others joins it or the record
    page = (Path(__file__).parent / "fixtures" / "html" / "short-story-over-longer-comments.html").read_bytes()
    main = {b.text[:24]: b.hints.get("main") for b in read_html(page).blocks}
    assert main["The town library will op"] and main["The council expects the "]
    assert not main["About time, too. I have "] and not main["Bus station to close for"]
    assert not main["Velmora Herald, 12 Harbo"]
    (art,) = Pipeline().clean_document(read_html(page))
    assert art.title == "Library opens on Sundays from March"
    assert len(art.paragraphs) == 3 and art.paragraphs[-1].startswith("The council expects the change")
    assert not any(w in p for p in art.paragraphs for w in ("About time", "Bus station", "Harbour Street", "Marta"))


def test_a_deck_set_as_a_subheading_under_the_headline_stays():
    # the template sets the standfirst as an `<h2>` under the `<h1>`, outside the element that
    # holds the paragraphs: longer than any headline, it is the article's deck (CS502 took it as
    # outside the text container); the byline, the share buttons, the comments, the related
    # list and the footer still go
    page = (Path(__file__).parent / "fixtures" / "html" / "deck-set-as-a-subheading.html").read_bytes()
    (art,) = Pipeline().clean_document(read_html(page))
    assert art.paragraphs[0].startswith("The island line will replace its two oldest diesel ferries")
    assert "Charging at the quay" in art.paragraphs
    assert len(art.paragraphs) == 6
    body = "\n".join(art.paragraphs)
    for gone in ("By Lena Marsh", "Twitter", "Finally some good news", "More from the harbour",
                 "Harbour fair draws record crowds", "2025 Velmora Post", "About us"):
        assert gone not in body, gone


def test_a_heading_over_a_rail_the_rules_took_out_goes_with_it():
    # `Did you like this article?` heads a list of other stories' links that the markup's link
    # text took out: a heading that heads nothing kept goes too (CS508); the subheading over kept
    # paragraphs stays, and the comments and the footer stay out
    page = (Path(__file__).parent / "fixtures" / "html" / "heading-over-a-removed-rail.html").read_bytes()
    (art,) = Pipeline().clean_document(read_html(page))
    assert "A new lantern" in art.paragraphs
    assert len(art.paragraphs) == 4
    assert ("CS508", "Did you like this article?") in [(r.code, r.text) for r in art.removed]
    body = "\n".join(art.paragraphs)
    for gone in ("Harbour fair draws record crowds", "2 comments", "Went up on Saturday", "2025 Velmora Post"):
        assert gone not in body, gone


def test_licence_bio_and_donation_boxes_in_the_text_go() -> None:
    # a licence line, the author's bio and a donation box that the template sets inside the
    # article's text container, each named by its class words, and a box's line over its links
    # under the last long paragraph go (CS509); the article's own last short paragraph (no
    # notice in its markup, its element holds the article's paragraphs) stays
    page = (Path(__file__).parent / "fixtures" / "html" / "licence-and-bio-boxes-in-the-text.html").read_bytes()
    (art,) = Pipeline().clean_document(read_html(page))
    assert art.paragraphs[-1] == "The board said it would ask the county for the money."
    assert len(art.paragraphs) == 5
    removed = [(r.code, r.text) for r in art.removed]
    for gone in ("This article is published under", "Mara Ellison covers", "Local news costs money",
                 "Tell us what you think"):
        assert any(code == "CS509" and text.startswith(gone) for code, text in removed), gone


def test_a_wrapper_named_by_a_notice_word_keeps_the_article() -> None:
    # a notice word on the element that holds the whole text (more than a notice holds) is the
    # article's wrapper: nothing in it goes for its name
    text = " ".join(["The court heard the case of the harbour lease on Monday and will rule next month."] * 3)
    paras = "".join(f"<p>{text} Part {k}.</p>" for k in range(4))
    page = (f"<html><body><h1>The harbour lease case</h1><div class='legal-news'>{paras}"
            "</div></body></html>").encode()
    (art,) = Pipeline().clean_document(read_html(page))
    assert len(art.paragraphs) == 4
    assert "CS509" not in [r.code for r in art.removed]


def test_a_log_in_dialog_printed_in_the_page_is_dropped():
    # a log-in panel the page prints for a script to open (`<div class="login-modal">`,
    # `<section id="signup-dialog">`): its short sentences are no part of the story, whatever the container vote says
    story = "".join(f"<p>The ferry to the outer islands ran again on Sunday after the storm, part {k}, "
                    f"and the harbour master thanked the crews for their work.</p>" for k in range(5))
    panel = ("<p>Sign in to your reader account.</p><p>The password needs eight characters or more.</p>"
             "<p>That e-mail address is not known to us, please check it.</p>")
    for box in (f"<div class='login-modal'>{panel}</div>", f"<section id='signup-dialog'>{panel}</section>"):
        page = f"<html><body><article><h1>Ferries sail again</h1>{story}</article>{box}</body></html>"
        (art,) = Pipeline().clean_document(read_html(page))
        assert len(art.paragraphs) == 5 and not any("password" in p for p in art.paragraphs)
        assert sum(r.reason.startswith("inside a dialog") for r in art.removed) == 3
    # kept: an article whose class words say text too (`modal-enabled`: its pictures open in one),
    # and a dialog that holds most of the page (the page itself is set in one)
    for page in (f"<html><body><div class='article modal-enabled'><h1>Ferries sail again</h1>{story}</div></body></html>",
                 f"<html><body><div class='modal'><h1>Ferries sail again</h1>{story}</div></body></html>"):
        (art,) = Pipeline().clean_document(read_html(page))
        assert len(art.paragraphs) == 5
        assert not any(r.reason.startswith("inside a dialog") for r in art.removed)



def test_a_small_forms_lines_are_dropped_inside_the_article_too():
    # a newsletter sign-up or account form set inside the story's element, under its last paragraph:
    # its heading, its blurb, its fields' labels and its password rule are no part of the story
    story = "".join(f"<p>The ferry to the outer islands ran again on Sunday after the storm, part {k}, "
                    f"and the harbour master thanked the crews for their work.</p>" for k in range(5))
    form = ("<form action='/signup'><h2>The Harbour Weekly</h2><div>Fridays. A digest of the week's stories.</div>"
            "<div><label for='e'>Your e-mail address</label><input id='e' type='email'></div>"
            "<p>Must be at least 6 characters, with a number.</p><button>Sign up</button></form>")
    page = f"<html><body><article><h1>Ferries sail again</h1>{story}{form}</article></body></html>"
    hints = {b.text[:12]: b.hints for b in read_html(page).blocks}
    assert hints["The Harbour "].get("form") and hints["Must be at l"].get("form")
    assert not hints["The ferry to"].get("form")
    (art,) = Pipeline().clean_document(read_html(page))
    assert len(art.paragraphs) == 5 and art.paragraphs[-1].startswith("The ferry to the outer islands")
    assert not any("Weekly" in p or "digest" in p or "e-mail" in p or "characters" in p for p in art.paragraphs)
    # kept: a form that wraps the whole page (as some frameworks print every page) is the page
    wrapped = f"<html><body><form action='/page'><article><h1>Ferries sail again</h1>{story}</article></form></body></html>"
    assert not any(b.hints.get("form") for b in read_html(wrapped).blocks)
    (art,) = Pipeline().clean_document(read_html(wrapped))
    assert len(art.paragraphs) == 5


_KEEPERS = "".join(f"<p>The lighthouse keepers of Port Velmora, who kept the lamp lit for a century, part {k}, "
                   f"were remembered on Saturday with a walk along the old sea wall.</p>" for k in range(4))


def _keepers_page(between: str, after: str, aside: str) -> str:
    return ("<html><body><div class='wrapper'><div class='column'><div class='content'>"
            f"<h1>The keepers remembered</h1>{_KEEPERS}</div>{between}{after}</div>"
            f"<div class='side'><div class='box'>{aside}</div></div></div></body></html>")


def test_a_sidebar_text_box_past_more_text_than_it_holds_is_no_part_of_the_article():
    # the sidebar's "about this blog" box carries a fair share of the story's votes and stands near
    # it (one wrapper holds both columns), but the list of older posts between them holds more text
    # than the box: another column, not the rest of a split article
    recent = "".join(f"<li><a href='/p{k}'>An older post about the harbour and its boats, number {k}</a></li>"
                     for k in range(12))
    about = ("<p>This blog is written by a retired ferry pilot, who walks the coast every morning, "
             "and who writes about what the tide leaves behind.</p>"
             "<p>Letters are welcome, and the best of them, with the writer's leave, are printed here.</p>")
    html = _keepers_page(f"<div class='recent'><h3>Recent posts</h3><ul>{recent}</ul></div>", "", about)
    main = {b.text[:20]: b.hints.get("main") for b in read_html(html).blocks}
    assert main["The lighthouse keepe"] and not main["This blog is written"] and not main["Letters are welcome,"]
    (art,) = Pipeline().clean_document(read_html(html))
    assert len(art.paragraphs) == 4 and not any("retired ferry pilot" in p for p in art.paragraphs)


def test_the_rest_of_an_article_past_a_shorter_box_of_links_still_joins_it():
    # kept: the story goes on after a box of links to other stories (shorter than what follows it),
    # set deeper in the column: its paragraphs are the article's
    links = "".join(f"<li><a href='/s{k}'>Another story from the coast, number {k}</a></li>" for k in range(4))
    rest = ("<div class='more'><div class='wrap'><div class='inner'>"
            + "".join(f"<p>Later in the day, and well into the evening, the walkers gathered at the old lamp room, "
                      f"where the last keeper, now ninety, told stories of storm number {k}.</p>" for k in range(3))
            + "</div></div></div>")
    html = _keepers_page(f"<div class='links'><ul>{links}</ul></div>", rest, "<p>Archive</p>")
    main = {b.text[:20]: b.hints.get("main") for b in read_html(html).blocks}
    assert main["The lighthouse keepe"] and main["Later in the day, an"]
    assert not main["Another story from t"]
    (art,) = Pipeline().clean_document(read_html(html))
    assert len(art.paragraphs) == 7


def _story(last: str) -> bytes:
    text = ("The harbour board approved the new ferry timetable on Tuesday after a debate that ran "
            "late into the evening, and the first crossings start in the spring, part {k}.")
    paras = "".join(f"<p>{text.format(k=k)} The board said it would review the plan in a year.</p>" for k in range(4))
    return (f"<html><body><h1>The ferry timetable changes</h1><article>{paras}{last}</article>"
            "</body></html>").encode()


def test_a_box_that_closes_the_kept_text_under_the_story_goes() -> None:
    # a short heading over a line or two, in a box nested deeper in the text container than the
    # story's paragraphs, closing the kept text (a pitch, a partner's note, the author's bio, no
    # class word that names it): CS509 takes heading and note
    box = ("<div class='zone'><div class='card'><h4>Something to Consider</h4>"
           "<p>If you enjoyed this piece, we have a proposition for you: join the club of our readers.</p>"
           "<p>Members read everything with no limits.</p></div></div>")
    (art,) = Pipeline().clean_document(read_html(_story(box)))
    assert len(art.paragraphs) == 4
    removed = [(r.code, r.text) for r in art.removed]
    for gone in ("Something to Consider", "If you enjoyed this piece", "Members read everything"):
        assert any(code == "CS509" and text.startswith(gone) for code, text in removed), gone


def test_the_story_s_last_section_at_its_paragraphs_depth_stays() -> None:
    # the story's own last section, a subheading over a short paragraph beside the story's
    # paragraphs (no box deeper than they stand), stays; as does a closing box on a page whose
    # text stands at the box's depth (each part of the story in a box of its own)
    last = "<h2>What comes next</h2><p>The board meets again in May to set the fares.</p>"
    (art,) = Pipeline().clean_document(read_html(_story(last)))
    assert list(art.paragraphs[-2:]) == ["What comes next", "The board meets again in May to set the fares."]
    text = ("The harbour board approved the new ferry timetable on Tuesday after a debate that ran "
            "late into the evening, and the first crossings start in the spring, part {k}.")
    parts = "".join(f"<section><h2>Part {k} of the plan</h2><p>{text.format(k=k)} It said so in a statement.</p></section>"
                    for k in range(4))
    parts += "<section><h2>What comes next</h2><p>The board meets again in May to set the fares.</p></section>"
    page = f"<html><body><h1>The ferry timetable changes</h1><article>{parts}</article></body></html>".encode()
    (art,) = Pipeline().clean_document(read_html(page))
    assert art.paragraphs[-1] == "The board meets again in May to set the fares."
    assert "CS509" not in [r.code for r in art.removed]


def test_a_pitch_over_its_button_closing_the_kept_text_goes() -> None:
    # no heading: a line in a box nested deeper than the story's paragraphs, over a button the
    # rules took out (mostly link text, a word or two), closing the kept text, goes (CS509);
    # the same line in a box with no button (a quote's attribution, an embedded post) stays
    pitch = ("Stay informed with the Courier, your source for local news. Get all of our reporting "
             "for a few coins a month. Invest in local news, invest in your town -")
    box = f"<div class='row'><p>{pitch}</p><p><a href='/subscribe'>Join now!</a></p></div>"
    (art,) = Pipeline().clean_document(read_html(_story(box)))
    assert len(art.paragraphs) == 4
    assert ("CS509", pitch) in [(r.code, r.text) for r in art.removed]
    (art,) = Pipeline().clean_document(read_html(_story(f"<div class='row'><p>{pitch}</p></div>")))
    assert art.paragraphs[-1] == pitch


def _paras(n: int, first: int = 0) -> str:
    text = ("The harbour board approved the new ferry timetable on Tuesday after a debate that ran "
            "late into the evening, and the first crossings start in the spring, part {k}.")
    return "".join(f"<p>{text.format(k=k)} The board said it would review the plan in a year.</p>"
                   for k in range(first, first + n))


def test_a_box_s_prompt_over_its_links_between_the_story_s_paragraphs_goes() -> None:
    # issue #19 (htmlpeer145): a "more on this" box set between the story's paragraphs, its prompt
    # over linked cards the rules took out (each a headline link and an author line): the prompt
    # goes too (CS215), as it goes under the story's last long paragraph (CS509)
    cards = "".join(f"<div><div><a href='/story-{k}'>The island's ferry crews on the winter service, part {k}</a>"
                    f"</div><div>by Mara Ellison</div></div>" for k in range(3))
    box = f"<div class='teasers'><div>More on the ferries:</div>{cards}</div>"
    page = (f"<html><body><h1>The ferry timetable changes</h1><article>{_paras(2)}{box}{_paras(2, 2)}"
            "</article></body></html>").encode()
    (art,) = Pipeline().clean_document(read_html(page))
    assert len(art.paragraphs) == 4 and all(p.startswith("The harbour board") for p in art.paragraphs)
    assert ("CS215", "More on the ferries:") in [(r.code, r.text) for r in art.removed]


def test_a_label_over_a_single_link_between_the_story_s_paragraphs_goes_a_sentence_stays() -> None:
    # a line that ends no sentence over a single link the rules took out (a box's label over its
    # button: `Timetables and fares` over `View`) goes (CS215); a sentence over one link is the
    # story's own, citing it, and stays
    for line, gone in (("Timetables and fares", True),
                       ("The full timetable is on the board's website, with the fares for each crossing.", False)):
        box = f"<div><div>{line}</div><div><a href='/timetables'>View</a></div></div>"
        page = (f"<html><body><h1>The ferry timetable changes</h1><article>{_paras(2)}{box}{_paras(2, 2)}"
                "</article></body></html>").encode()
        (art,) = Pipeline().clean_document(read_html(page))
        assert (line not in art.paragraphs) is gone, line
        assert (("CS215", line) in [(r.code, r.text) for r in art.removed]) is gone, line


def test_a_list_s_label_over_its_links_under_the_story_goes_a_lead_in_and_a_signature_stay() -> None:
    # issue #19 (hprec): under the story's last paragraph, a short line set as a `<p>` or a `<div>`
    # straight over a link the rules took out is the label of a list of other stories (CS215),
    # whatever element holds it; a line that ends on a colon (a lead-in to the story's own
    # sources), one that opens on a dash (a letter's signature) and a sentence stay
    links = "".join(f"<li><a href='/story-{k}'>The island's ferry crews on the winter service, part {k}</a></li>"
                    for k in range(3))
    for line, gone in (("The week on the island", True), ("Sources for this story:", False),
                       ("— Mara Ellison, harbour correspondent", False),
                       ("The board's full timetable is online, with the fares for each crossing.", False)):
        page = (f"<html><body><h1>The ferry timetable changes</h1><article>{_paras(3)}<p>{line}</p>"
                f"<ul>{links}</ul></article></body></html>").encode()
        (art,) = Pipeline().clean_document(read_html(page))
        assert (line not in art.paragraphs) is gone, line
        assert (("CS215", line) in [(r.code, r.text) for r in art.removed]) is gone, line
        assert sum(p.startswith("The harbour board") for p in art.paragraphs) == 3


def test_a_standfirst_over_its_share_buttons_and_a_lead_in_over_kept_text_stay() -> None:
    # kept: the page's first kept block, a standfirst whose element also holds the story's share
    # buttons (links of a word each, taken out); and a line between the paragraphs whose element
    # holds a paragraph the rules keep (it heads the story's text, not a box of links)
    deck = "The island gets two more ferries a day from April, and the fares stay as they are until summer."
    share = "".join(f"<div><a href='/share/{w}'>{w}</a></div>" for w in ("Share", "Tweet", "Mail"))
    page = (f"<html><body><h1>The ferry timetable changes</h1><article><div class='intro'><p>{deck}</p>{share}</div>"
            f"{_paras(4)}</article></body></html>").encode()
    (art,) = Pipeline().clean_document(read_html(page))
    assert art.paragraphs[0] == deck
    assert not {"CS215", "CS509"} & {r.code for r in art.removed}
    lead = "What the board decided:"
    box = f"<div><p>{lead}</p>{_paras(1, 9)}<p><a href='/minutes'>Minutes</a></p></div>"
    page = (f"<html><body><h1>The ferry timetable changes</h1><article>{_paras(2)}{box}{_paras(2, 2)}"
            "</article></body></html>").encode()
    (art,) = Pipeline().clean_document(read_html(page))
    assert lead in art.paragraphs
    assert not {"CS215", "CS509"} & {r.code for r in art.removed}


def test_a_box_whose_own_text_heads_it_goes_above_the_story_s_closing_credit_lines() -> None:
    # the closing box need not be the very last kept text: under it, short lines at the depth of
    # the story's paragraphs (an agency's credit, a "found an error?" line) may stand outside it;
    # and the box may be an element whose own text is its heading, its note one element down
    # (issue #19, html90): CS509 takes the box, the lines under it are not its to take
    box = ("<section>Newsletter<div><span>The Morning</span></div>"
           "The perfect start to the day with news and stories from here and the world.</section>")
    tail = "<p>(agency/sep)</p><p>Spotted a mistake? Tell the desk.</p>"
    (art,) = Pipeline().clean_document(read_html(_story(box + tail)))
    removed = [(r.code, r.text) for r in art.removed]
    for gone in ("Newsletter", "The Morning", "The perfect start to the day"):
        assert any(code == "CS509" and text.startswith(gone) for code, text in removed), gone
    assert not any(code == "CS509" and text.startswith(("(agency", "Spotted")) for code, text in removed)
    assert len(art.paragraphs) >= 4 and all(p.startswith("The harbour board") for p in art.paragraphs[:4])


def test_the_last_of_a_run_of_like_cards_over_a_short_line_stays() -> None:
    # a product's or a story's item cards in a row (a heading over a line each), the last of them
    # over a short line at the story's depth: the page's items, not a box the template adds
    cards = "".join(f"<div class='card'><h5>Step {n}</h5><p>Grind the beans for {n} seconds, then taste the cup.</p></div>"
                    for n in ("one", "two"))
    page = _story(f"<div class='cards'>{cards}</div><p>Tell us how it went.</p>")
    (art,) = Pipeline().clean_document(read_html(page))
    assert "CS509" not in [r.code for r in art.removed]
    assert "Grind the beans for two seconds, then taste the cup." in art.paragraphs


def test_a_list_item_stacked_under_a_subheading_of_the_text_stays_and_a_linked_line_goes():
    # `What the winter crossings mean for the island commuters` stands under a subheading, longer
    # than it and with no full stop: a related widget's headline stacked under its label (CS205),
    # but the markup sets it as an item of a list in the text container, with no link: the
    # article's own list; the headline stacked under `Quay news` is a paragraph holding a link, and
    # goes; in text, with no markup, the list's line still goes
    page = (Path(__file__).parent / "fixtures" / "html" / "stacked-line-under-a-subheading-in-the-text.html").read_bytes()
    (art,) = Pipeline().clean_document(read_html(page))
    line = "What the winter crossings mean for the island commuters"
    assert line in art.paragraphs
    assert ("CS205", "Harbour fair draws record crowds to the old quay") in [(r.code, r.text) for r in art.removed]
    assert len(art.paragraphs) == 7
    text = "\n\n".join(["The new quay opens in March", *art.paragraphs])
    (plain,) = Pipeline().clean_document(read_text(text))
    assert ("CS205", line) in [(r.code, r.text) for r in plain.removed]


def test_a_plain_paragraph_stacked_under_a_subheading_still_goes():
    # a page set in plain paragraphs (a template around naive text): the line under the heading
    # `The timetable`, a paragraph with no link, is no list item: the widget's headline under its
    # label, as in text (the corpus's business-television page prints one)
    page = (Path(__file__).parent / "fixtures" / "html" / "stacked-line-under-a-subheading-in-the-text.html").read_bytes()
    page = page.replace(b"<ul><li>What the winter crossings mean for the island commuters</li></ul>",
                        b"<p>What the winter crossings mean for the island commuters</p>")
    (art,) = Pipeline().clean_document(read_html(page))
    assert ("CS205", "What the winter crossings mean for the island commuters") in [(r.code, r.text) for r in art.removed]

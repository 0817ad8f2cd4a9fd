"""A single-article HTML page is not cut into records at its subheadings (issues #18/#19): a
later "story" whose headline the markup prints as a subheading (`<h2>`-`<h6>`) with no byline,
date or section of its own stays in the page's article, its heading a paragraph in its place.
A page of our own writing: a gadget roundup whose `<h3>` items repeat a skeleton (a shop's
caption, the heading, a `See it now` link, one paragraph) that the skeleton steps read as
story headlines."""

from __future__ import annotations

from cleanscrape.document import Article
from cleanscrape.io.html import read_html
from cleanscrape.pipeline import Pipeline

HEAD = "Our favourite gadgets of the year"
INTRO = ["The year is nearly over, and it is a good moment to look back at the gadgets that earned a place on "
         "our desks and in our bags over the last twelve months.",
         "We tested each one for weeks before it made this list, and we paid for most of them ourselves; the "
         "prices below are what the shops asked when we wrote this."]
ITEMS = [
    ("Lantern Mini speaker for $60", "Shop A", "The Lantern Mini fills a kitchen with sound and still fits in a "
     "coat pocket, and its battery outlasted every other speaker we carried on the hike."),
    ("Harbor kettle for $45", "Shop B", "A kettle is a small thing, but this one boils a litre in under three "
     "minutes and keeps the handle cool enough to hold without a cloth."),
    ("Tideline headphones for $120", "Shop A", "The Tideline pair folds flat, blocks the noise of a train carriage "
     "and charges from empty to a full day of listening over a single lunch break."),
    ("Quarry desk lamp for $35", "Shop C", "Three colour temperatures, a dimmer that remembers its last setting "
     "and a base heavy enough that a cat cannot knock it over when it walks past."),
    ("Orchard smart plug for $15", "Shop B", "Set a schedule for the porch light, switch off the heater from the "
     "bus, and see what the fridge draws over a week in a plain chart."),
    ("Pebble e-reader for $90", "Shop A", "A warm front light, pages that turn without a lag and a battery that "
     "lasts a month of evenings make this the one to give a reader this winter."),
]
CLOSING = "That is our list for the year; tell us which gadget you would add to it and why it earned the place."


def _page(*, h1: bool = True, named: bool = True, item_header: str = "") -> str:
    """The roundup; ``item_header`` printed under each item's heading (a story header: two stories)."""
    meta = f"<title>{HEAD} | Gadget Desk</title><meta property='og:title' content='{HEAD}'>" if named else ""
    parts = [f"<html><head>{meta}</head><body>",
             "<nav><ul><li><a href='/'>Home</a></li><li><a href='/reviews'>Reviews</a></li></ul></nav>",
             "<main><article>", f"<h1>{HEAD}</h1>" if h1 else "",
             "<p class='byline'>By Rowan Achterberg | November 18, 2026</p>", "<div class='body'>",
             *(f"<p>{p}</p>" for p in INTRO)]
    for title, shop, text in ITEMS:
        parts += [f"<figure><img src='x.jpg'><figcaption>{shop}</figcaption></figure>", f"<h3>{title}</h3>",
                  item_header, f"<ul><li><a href='/buy'>See it now: {shop}</a></li></ul>", f"<p>{text}</p>"]
    parts += [f"<p>{CLOSING}</p>", "</div></article></main>",
              "<footer><p>Copyright 2026 Gadget Desk</p></footer></body></html>"]
    return "\n".join(parts)


def _records(page: str) -> list[Article]:
    return Pipeline().clean_document(read_html(page))


def _one_article(arts: list[Article]) -> None:
    """One record: the intro, each item's heading over its text, in the page's order, and the
    closing line; nothing lost (every line of the page is in the body or the audit), nothing
    invented (every paragraph is a line of the page)."""
    (art,) = arts
    assert list(art.paragraphs) == [*INTRO, *(x for title, _, text in ITEMS for x in (title, text)), CLOSING]
    assert art.byline == "Rowan Achterberg"
    audit = [r.text for r in art.removed]
    assert all(f"See it now: {shop}" in audit for _, shop, _ in ITEMS)
    assert not any(r.code == "CS304" for r in art.removed)  # (no heading of the page taken out as a title)


def test_subheadings_under_the_pages_headline_stay_in_its_article():
    arts = _records(_page())
    _one_article(arts)
    assert arts[0].title == HEAD


def test_subheadings_under_an_untitled_first_record_join_it_when_the_metadata_names_the_page():
    arts = _records(_page(h1=False))
    _one_article(arts)
    assert arts[0].title == HEAD  # (the metadata's title)


def test_with_no_headline_and_no_metadata_title_nothing_says_the_page_is_one_article():
    arts = _records(_page(h1=False, named=False))
    assert len(arts) > 1 and arts[0].title is None  # (as before: merge only on the markup's word)


def test_subheadings_each_over_a_story_header_stay_stories():
    """Hard negative: each item prints its own byline and date under its heading: separate
    stories, whatever their tag."""
    arts = _records(_page(item_header="<p class='byline'>By Rowan Achterberg</p><p class='date'>November 18, 2026</p>"))
    assert [a.title for a in arts[1:]] == [title for title, _, _ in ITEMS]


def test_a_subheading_that_prints_the_metadata_title_is_the_pages_headline_not_a_paragraph():
    """Hard negative: with no `<h1>`, an `<h2>` printing the metadata's title under the first
    paragraph is the page's headline: it names the record (``_lead_joined``) and is no body line;
    the items under it still join."""
    page = _page(h1=False).replace(f"<p>{INTRO[1]}</p>", f"<h2>{HEAD}</h2>\n<p>{INTRO[1]}</p>")
    (art,) = _records(page)
    assert art.title == HEAD and HEAD not in art.paragraphs
    assert list(art.paragraphs) == [*INTRO, *(x for title, _, text in ITEMS for x in (title, text)), CLOSING]


def _signed(who: str) -> str:
    """The roundup with an author line printed under its last paragraph."""
    return _page().replace(f"<p>{CLOSING}</p>", f"<p>{CLOSING}</p>\n</div><div class='author'>"
                           f"<p class='byline'>By {who} | November 18, 2026</p>")


def test_the_articles_byline_printed_again_under_the_last_item_makes_it_no_story():
    (art,) = _records(_signed("Rowan Achterberg"))
    assert art.title == HEAD and art.byline == "Rowan Achterberg"
    assert list(art.paragraphs) == [*INTRO, *(x for title, _, text in ITEMS for x in (title, text)), CLOSING]


def test_another_authors_line_under_the_last_item_keeps_it_a_story():
    """Hard negative: a byline under the last item that is not the article's signs a story of its own."""
    arts = _records(_signed("Ilse Varnhagen"))
    assert [a.byline for a in arts] == ["Rowan Achterberg", "Ilse Varnhagen"]
    assert arts[1].title == ITEMS[-1][0]

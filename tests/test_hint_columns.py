"""The hints the rules read of every block as per-page columns (issue #20, hspeed140): the columns
the HTML reader makes as it walks (``Document.columns``) are each block's hints read one by one
(``document.hint_columns``), on the fixtures' and the corpus's HTML pages and on random pages; a
document of other blocks made from a read one's fields (a JSONL page's address added, blocks
replaced) never reads the columns made for the first; and the context's columns are the
document's, or read off the hints where the reader made none (a text page, blocks made by hand)."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanscrape.document import HINT_COLUMNS, Block, Document, HintColumns, Hints, hint_columns
from cleanscrape.io.html import read_html
from cleanscrape.io.text import read_text
from cleanscrape.rules.base import Context

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "tests" / "fixtures" / "html").glob("*.html")) + sorted((ROOT / "corpus" / "html" / "pages").glob("*.html"))
PAGE = b"""<html><head><title>Harbour plan | Herald</title></head><body><nav><a href="/">Home</a></nav>
<article><h1>Harbour plan approved</h1><div class="article-body"><p>The council approved the new harbour
timetable on Tuesday after a long debate, the mayor said.</p><figure><img src="x.jpg"><figcaption>
The harbour at dawn.</figcaption><div class="image-caption">Photo: Ann Lee</div></figure>
<p>The timetable starts in January and runs for two years, with more ferries in summer.</p>
<div class="license-box"><p>Licensed under a free licence.</p></div><ul><li><a href="/b">Another story</a>
</li></ul></div></article><section class="comments"><p>A comment, by a user.</p></section>
<footer><p>Copyright the Herald</p></footer></body></html>"""


def _read_off(blocks: tuple[Block, ...]) -> list[list[object]]:
    """Each column as first written: each block's hint read by name."""
    return [[b.hints.get(key) for b in blocks] for key in HINT_COLUMNS]


def _columns(cols: HintColumns) -> list[list[object]]:
    return [list(getattr(cols, key)) for key in HINT_COLUMNS]


@pytest.mark.parametrize("page", [p.name for p in PAGES] + ["page"])
def test_the_readers_columns_are_the_blocks_hints(page: str) -> None:
    data = PAGE if page == "page" else next(p for p in PAGES if p.name == page).read_bytes()
    doc = read_html(data)
    cols = doc.page_columns()
    assert cols.blocks is doc.blocks and _columns(cols) == _read_off(doc.blocks)
    if "json-ld" in page:  # (blocks added from the page's JSON-LD: read off the hints, none made in the walk)
        assert doc.columns is None
    else:
        assert doc.columns is not None and cols is doc.columns and Context(doc).hint_columns() is doc.columns


def test_the_page_has_every_kind_of_column_value() -> None:
    doc = read_html(PAGE)
    cols = doc.page_columns()
    assert {"nav", "article", "footer"} <= {z for zones in cols.zones for z in (zones or ())}
    assert any(cols.comments) and "caption" in cols.media and True in cols.notice
    assert any(span is not None for span in cols.parent_span) and cols.tag[0] is not None


WORDS = st.sampled_from(["The council approved the new harbour timetable on Tuesday.", "Home", "Share",
                         "Photo: Ann Lee", "A comment, by a user.", "Another story", "Related"])
ELEMENTS = st.sampled_from(['<p>{}</p>', '<div class="caption">{}</div>', '<nav><a href="/">{}</a></nav>',
                            '<section class="comments"><p>{}</p></section>', '<article><p>{}</p></article>',
                            '<ul><li>{}</li></ul>', '<div class="license">{}</div>', '<h2>{}</h2>',
                            '<table><tr><td>{}</td><td>x</td></tr></table>', '<footer>{}</footer>',
                            '<div class="newsletter-promo"><p>{}</p></div>', '<div hidden>{}</div>{}',
                            '<div class="article-body"><p>{}</p><p>{}</p></div>', '<br>{}'])


@st.composite
def _page(draw: st.DrawFn) -> bytes:
    parts = []
    for _ in range(draw(st.integers(0, 12))):
        element = draw(ELEMENTS)
        parts.append(element.format(*[draw(WORDS) for _ in range(element.count("{}"))]))
    return ("<html><body>" + "".join(parts) + "</body></html>").encode()


@settings(max_examples=150, deadline=None)
@given(_page())
def test_random_pages_columns_are_the_blocks_hints(data: bytes) -> None:
    doc = read_html(data)
    cols = doc.page_columns()
    assert cols.blocks is doc.blocks and _columns(cols) == _read_off(doc.blocks)


def test_a_document_of_other_blocks_does_not_read_the_columns() -> None:
    doc = read_html(PAGE)
    assert doc.columns is not None
    # the same blocks, another tuple (a page's address added, as the batch does): its own columns, equal
    again = Document(tuple(list(doc.blocks)), doc.source, MappingProxyType({"url": "https://example.org/a"}), doc.columns)
    assert again.page_columns() is not doc.columns and _columns(again.page_columns()) == _read_off(doc.blocks)
    # other hints under the same fields (a hard negative: columns kept by mistake would say `p`)
    other = tuple(b._replace(hints=MappingProxyType({"tag": "li", "zones": ("nav",)})) for b in doc.blocks)
    swapped = Document(other, doc.source, doc.meta, doc.columns)
    ctx = Context(swapped)
    assert set(ctx.hint_columns().tag) == {"li"} and set(ctx.hint_columns().zones) == {("nav",)}
    assert ctx.hint_columns().main == (None,) * len(other)


def test_a_text_page_has_columns_of_none() -> None:
    doc = read_text("Harbour plan approved\n\nThe council approved the timetable on Tuesday.\n")
    assert doc.columns is None
    cols = Context(doc).hint_columns()
    assert cols.blocks is doc.blocks and _columns(cols) == [[None] * len(doc.blocks)] * len(HINT_COLUMNS)


HINTS = st.sampled_from([{}, {"tag": "p"}, {"tag": "tr", "zones": ("nav",)}, {"main": True, "articles": 1},
                         {"main": False, "comments": True, "media": "promo"}, {"notice": True, "parent_span": (0, 2)}])


@settings(max_examples=200, deadline=None)
@given(st.lists(HINTS, max_size=10))
def test_columns_read_off_blocks_made_by_hand(hints: list[dict[str, object]]) -> None:
    blocks = tuple(Block(k, k + 1, f"line {k}", 1, MappingProxyType(h)) for k, h in enumerate(hints))  # type: ignore[arg-type]
    cols = hint_columns(blocks)
    assert cols.blocks is blocks and _columns(cols) == _read_off(blocks)
    column: list[Hints] = [b.hints for b in blocks]
    assert hint_columns(blocks, column) == cols and Context(Document(blocks)).hint_columns() == cols


def test_a_jsonl_pages_address_keeps_the_readers_columns() -> None:
    from cleanscrape.batch import _with_url

    doc = read_html(PAGE)  # (no canonical address of its own)
    with_url = _with_url(doc, {"url": "https://example.org/harbour"})
    assert with_url is not doc and with_url.meta["url"] == "https://example.org/harbour"
    assert with_url.blocks is doc.blocks and with_url.page_columns() is doc.columns

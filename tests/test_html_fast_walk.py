"""The HTML walk's fast paths (``io.html._blocks``) against slow recomputations: what an
element holds, read off two running totals over the blocks, equals the text and link
characters of the blocks flushed inside it, added up element by element; and the walk over
``iter()`` opens and closes the elements ``iterwalk`` does, in the same order."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from cleanscrape.io import html

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "tests" / "fixtures" / "html").glob("*.html")) + sorted((ROOT / "corpus" / "html" / "pages").glob("*.html"))
NESTED = b"""<html><body class="page"><div id="main" class="article-body"><p>First <a href="/a">linked
<span>words</span></a> and <em>more</em> text, with a comma.</p><figure><img src="x.jpg">
<span class="photo-credit">Photo: Ann Lee<br>Agency</span></figure><div class="related-box"><ul>
<li><a href="/b">Another story</a></li><li><a href="/c">A third story</a> tail</li></ul></div>
<p hidden>not read <b>at all</b></p> after the hidden one <table><tr><td>a</td><td>b</td></tr></table>
<section class="comments"><p>A comment, <a href="/u">by a user</a>.</p></section></div>tail of main</body></html>"""


def _walked(data: bytes) -> tuple[html._Walk, list[int], list[int]]:
    """The walk of a page, with the node on top of the stack and the link characters at each block."""
    tops: list[int] = []
    links: list[int] = []
    walks: list[html._Walk] = []

    class Recording(html._Walk):
        __slots__ = ()

        def flush(self, n: int, line: int, tag: str) -> tuple[int, bool]:
            before = len(self.rows)
            reset = super().flush(n, line, tag)
            if len(self.rows) > before:
                tops.append(self.stack[-1][0])
                links.append(n)
            return reset

        def finish(self) -> list[html.Block]:
            walks.append(self)
            return super().finish()

    root = etree.fromstring(html._as_utf8(data), html._parser())
    html._prune(root)
    real, html._Walk = html._Walk, Recording  # type: ignore[misc]
    try:
        list(html._blocks(root))
    finally:
        html._Walk = real  # type: ignore[misc]
    return walks[0], tops, links


@pytest.mark.parametrize("page", [p.name for p in PAGES] + ["nested"])
def test_what_an_element_holds_equals_its_blocks_added_up(page: str) -> None:
    data = NESTED if page == "nested" else next(p for p in PAGES if p.name == page).read_bytes()
    walk, tops, links = _walked(data)
    tree = walk.tree
    chars = [0] * len(tree.parent)
    link_chars = [0] * len(tree.parent)
    for block, top, n in zip(walk.out, tops, links):  # each block to the node it was read in, and up
        while top >= 0:
            chars[top] += len(block.text)
            link_chars[top] += n
            top = tree.parent[top]
    assert [tree.chars(n) for n in range(len(chars))] == chars
    assert [tree.links(n) for n in range(len(chars))] == link_chars
    assert sum(chars) and sum(link_chars)


def _hidden(el: etree._Element) -> bool:
    cls = el.get("class")
    return el.tag in html.DROP or (("style" in el.attrib or "hidden" in el.attrib or "aria-hidden" in el.attrib
                                     or (cls is not None and "hidden" in cls)) and html._hidden(el.attrib, el.tag))


@pytest.mark.parametrize("page", [p.name for p in PAGES] + ["nested"])
def test_the_walk_opens_the_elements_iterwalk_does_inside_their_parents(page: str) -> None:
    data = NESTED if page == "nested" else next(p for p in PAGES if p.name == page).read_bytes()
    root = etree.fromstring(html._as_utf8(data), html._parser())
    html._prune(root)
    expected: list[tuple[str, int]] = []  # (tag, parent's place in this list) of each block-level element
    words: list[tuple[str, str]] = []  # (marker, shape) of each, as the walk read them before it had one look-up per case
    open_blocks = [-1]
    events = etree.iterwalk(root, events=("start", "end"))
    for event, el in events:
        if event == "start" and _hidden(el):
            events.skip_subtree()
            open_blocks.append(-2)  # (its end comes, and closes nothing)
        elif event == "start":
            if el.tag in html.BLOCK:
                expected.append((str(el.tag), max(b for b in open_blocks if b != -2)))
                words.append(_marker_and_shape(el.get("class"), el.get("id")))
            open_blocks.append(len(expected) - 1 if el.tag in html.BLOCK else -2)
        else:
            open_blocks.pop()
    walk, _, _ = _walked(data)
    tree = walk.tree
    blocks = [n for n, tag in enumerate(tree.tag) if tag in html.BLOCK]
    place = {n: i for i, n in enumerate(blocks)}

    def block_parent(n: int) -> int:
        up = tree.parent[n]
        while up >= 0 and up not in place:
            up = tree.parent[up]
        return place.get(up, -1)

    assert [(tree.tag[n], block_parent(n)) for n in blocks] == expected
    assert [(tree.marker[n], tree.shape[n]) for n in blocks] == words
    assert any(_hidden(el) for el in root.iter()) or page != "nested"
    for n in blocks:  # a node's blocks lie within its parent's
        up = tree.parent[n]
        assert tree.first[n] <= tree.last[n]
        if up >= 0:
            assert tree.first[up] <= tree.first[n] and tree.last[n] <= tree.last[up]


def _marker_and_shape(cls: str | None, ident: str | None) -> tuple[str, str]:
    """An element's marker and shape as the walk computed them before it read the id only when
    the element has one (the slow form: every case in one expression each)."""
    marker = (cls + " " + ident).strip() if cls and ident else cls.strip() if cls else ident.strip() if ident else ""
    return marker, (marker if not ident else cls.strip() if cls else "")


@given(st.one_of(st.none(), st.text(" \tab-_x", max_size=8)), st.one_of(st.none(), st.text(" \tcd-_y", max_size=8)))
def test_the_walks_marker_and_shape_equal_the_slow_ones(cls: str | None, ident: str | None) -> None:
    attrs = "".join(f' {name}="{value}"' for name, value in (("class", cls), ("id", ident)) if value is not None)
    root = etree.fromstring(f"<html><body><div{attrs}><p>Text of a paragraph.</p></div></body></html>".encode(),
                            html._parser())
    walk, _, _ = _walked(etree.tostring(root))
    div = walk.tree.tag.index("div")
    got = etree.fromstring(etree.tostring(root), html._parser()).find(".//div")
    assert got is not None
    assert (walk.tree.marker[div], walk.tree.shape[div]) == _marker_and_shape(got.get("class"), got.get("id"))


@given(st.lists(st.tuples(st.sampled_from(sorted(html.ZONES)), st.booleans()), max_size=30))
def test_the_open_zones_are_those_counted_open(steps: list[tuple[str, bool]]) -> None:
    """``_Walk.set_zone`` keeps only the open zones (the slow form: every zone's count, the open ones
    those above zero), and what it says of them per block: the zones, the articles, page furniture."""
    walk, counts = html._Walk(), dict.fromkeys(html.ZONES, 0)
    for zone, opens in steps:
        if not opens and not counts[zone]:
            continue  # (a zone closes only once opened)
        counts[zone] += 1 if opens else -1
        walk.set_zone(zone, 1 if opens else -1)
        assert walk.zones_now == tuple(sorted(z for z, c in counts.items() if c > 0))
        assert walk.articles == counts["article"]
        assert walk.furniture == any(counts[z] for z in ("nav", "footer", "aside"))


@pytest.mark.parametrize("page", [p.name for p in PAGES] + ["nested"])
def test_the_ancestor_bits_and_depths_equal_those_of_each_ancestor_walked(page: str) -> None:
    """``_Walk.markup`` sets each node's depth and ancestor bits from its parent's, in one pass with a
    slot for the top nodes' parent (-1); the slow form walks up from each block's element."""
    data = NESTED if page == "nested" else next(p for p in PAGES if p.name == page).read_bytes()
    walk, _, _ = _walked(data)
    tree = walk.tree
    for hints, owner in zip(walk.raw_hints, walk.owners):
        if owner < 0:
            continue
        line = [owner] + tree.ancestors(owner)
        bits = 0
        for n in line:
            bits |= html.ANCESTOR_BITS.get(tree.tag[n], 0)
        assert hints.get("ancestors", 0) == bits
        if "main_depth" in hints:
            assert 0 <= hints["main_depth"] < len(line)

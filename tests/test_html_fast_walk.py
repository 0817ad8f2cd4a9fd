"""The HTML walk's fast paths (``io.html._blocks``) against slow recomputations: what an
element holds, read off two running totals over the blocks, equals the text and link
characters of the blocks flushed inside it, added up element by element; and the walk over
``iter()`` opens and closes the elements ``iterwalk`` does, in the same order."""

from __future__ import annotations

from pathlib import Path

import pytest
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

        def flush(self, n: int, line: int, tag: str) -> None:
            before = len(self.out)
            super().flush(n, line, tag)
            if len(self.out) > before:
                tops.append(self.stack[-1][0])
                links.append(n)

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
    open_blocks = [-1]
    events = etree.iterwalk(root, events=("start", "end"))
    for event, el in events:
        if event == "start" and _hidden(el):
            events.skip_subtree()
            open_blocks.append(-2)  # (its end comes, and closes nothing)
        elif event == "start":
            if el.tag in html.BLOCK:
                expected.append((str(el.tag), max(b for b in open_blocks if b != -2)))
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
    assert any(_hidden(el) for el in root.iter()) or page != "nested"
    for n in blocks:  # a node's blocks lie within its parent's
        up = tree.parent[n]
        assert tree.first[n] <= tree.last[n]
        if up >= 0:
            assert tree.first[up] <= tree.first[n] and tree.last[n] <= tree.last[up]

"""The blocks' fields read as per-page columns, and the block model's labels read once a page
(issue #20, tspeed127), decide what reading each block's and each label's named tuple decided:
``document.columns`` gives each field in block order, the context's columns are the blocks' (a
block over the line limit keeps its whole line and hints), a text page's tight lines
(``content._tight``) are those the block-by-block test finds, the block model's page reads the same
tags whether the page has hints or not, and its label marks (``model._label_marks``) are those read
label by label."""

from __future__ import annotations

from types import MappingProxyType

from hypothesis import given, settings
from hypothesis import strategies as st

from cleanscrape.document import Block, Document, Finding, Hints, Role, columns
from cleanscrape.io.text import read_text
from cleanscrape.rules import content, model
from cleanscrape.rules.base import Context

HINTS = st.sampled_from([MappingProxyType({}), MappingProxyType({"tag": "p"}), MappingProxyType({"tag": "tr"}),
                         MappingProxyType({"tag": "h2", "main": True}), MappingProxyType({"main": True})])
TEXTS = st.sampled_from(["", "Headline Over The Story", "A paragraph of prose that ends in a full stop.", "x",
                         "Share", "By Jane Roe", "Pos | Player | Plays", "€ ü 漢字", "one\ntwo"])


@st.composite
def _blocks(draw: st.DrawFn, hinted: bool) -> list[Block]:
    """Blocks in order, each on a line at or after the last one's end (a blank line or not
    between them), some of them joined from hard-wrapped lines (``last``)."""
    out, line = [], 1
    for i in range(draw(st.integers(0, 12))):
        line += draw(st.integers(0, 2))
        last = line + draw(st.integers(1, 3)) if draw(st.booleans()) else 0
        hints: Hints = draw(HINTS) if hinted else MappingProxyType({})  # type: ignore[assignment]
        out.append(Block(i, line, draw(TEXTS), draw(st.integers(1, 4)), hints, last))
        line = (last or line) + 1
    return out


def _tight_slow(blocks: list[Block]) -> frozenset[int]:
    """``content._tight`` as first written: each block's named tuple read."""
    if not blocks or blocks[0].hints:
        return frozenset()
    return frozenset([k for k, (above, b) in enumerate(zip(blocks, blocks[1:]), 1)
                      if b.line == (above.last or above.line) + 1])


@settings(max_examples=300, deadline=None)
@given(st.booleans().flatmap(_blocks))
def test_columns_are_the_blocks_fields(blocks: list[Block]) -> None:
    lines, texts, hints, lasts = columns(blocks)
    assert list(lines) == [b.line for b in blocks] and list(texts) == [b.text for b in blocks]
    assert list(hints) == [b.hints for b in blocks] and list(lasts) == [b.last for b in blocks]
    ctx = Context(Document(tuple(blocks)))
    assert ctx.texts == [b.text for b in blocks] and ctx.lines == lines and ctx.hints == hints and ctx.lasts == lasts


def test_a_block_over_the_line_limit_keeps_its_line_and_hints_in_the_columns() -> None:
    hints = MappingProxyType({"tag": "p"})
    blocks = (Block(0, 3, "a" * 50, 1, hints, 4), Block(1, 6, "short", 1, hints, 0))
    ctx = Context(Document(blocks), max_line=10)
    assert ctx.texts == ["a" * 10, "short"] and ctx.truncated == [0]
    assert ctx.lines == (3, 6) and ctx.lasts == (4, 0) and ctx.hints == (hints, hints)


@settings(max_examples=300, deadline=None)
@given(st.booleans().flatmap(_blocks))
def test_tight_lines_are_those_the_block_by_block_test_finds(blocks: list[Block]) -> None:
    ctx = Context(Document(tuple(blocks)))
    assert content._tight(ctx) == _tight_slow(blocks)
    assert content._tight(ctx) is content._tight(ctx)  # (once a page)


def test_tight_lines_of_a_text_page_and_none_on_an_html_page() -> None:
    ctx = Context(read_text("Headline\nBy Jane Roe\n\nA paragraph.\nwrapped on.\n\nNext"))
    assert content._tight(ctx) == _tight_slow(list(ctx.doc.blocks)) and content._tight(ctx)
    html = tuple(b._replace(hints=MappingProxyType({"tag": "p"})) for b in ctx.doc.blocks)
    assert content._tight(Context(Document(html))) == frozenset()  # (hard negative: the markup's blocks)


@settings(max_examples=200, deadline=None)
@given(st.booleans().flatmap(_blocks))
def test_the_block_models_page_reads_each_blocks_tag(blocks: list[Block]) -> None:
    """A page with no hints reads no tag (``[None]`` each, without a look-up per block); a page
    with some reads each block's."""
    ctx = Context(Document(tuple(blocks)))
    assert model._page(ctx).tags == [b.hints.get("tag") for b in blocks]


CODES = st.sampled_from(["CS304", "CS412", "CS413", "CS425", "CS501", "CS502", "CS404", "CS101"])


@settings(max_examples=300, deadline=None)
@given(st.booleans().flatmap(_blocks), st.data())
def test_the_block_models_label_marks_are_those_of_one_label_at_a_time(blocks: list[Block], data: st.DataObject) -> None:
    """(tspeed127) The block model's page reads each label's role and code once: each block's
    kept length, the named-rule and stop marks and the first headline are those read label by
    label (a text page; an HTML page: the kept lengths alone)."""
    ctx = Context(Document(tuple(blocks)))
    fs: list[Finding | None] = [data.draw(st.none() | st.builds(
        lambda r, c, i=i: Finding(i, r, c, "x", "why"), st.sampled_from(list(Role)), CODES)) for i in range(len(blocks))]
    ctx.findings = fs
    plain = bool(blocks) and not ctx.doc.from_html
    kept, named, stops, title = model._label_marks(fs, ctx.lens, plain)
    assert kept == [0 if f is not None and f.role is not Role.CONTENT and f.code not in model.SEEN_THROUGH else n
                    for f, n in zip(fs, ctx.lens)]
    if not plain:
        assert (named, stops, title) == ([], [], None)
        return
    assert named == [int(f is not None and f.role is not Role.CONTENT and f.code not in model.GENERIC
                         and f.code not in model.SEEN_THROUGH) for f in fs]
    assert stops == [int(f is not None and f.code in model._STOP_CODES) for f in fs]
    assert title == next((i for i, f in enumerate(fs) if f is not None and f.role is Role.TITLE), None)
    pg = model._page(ctx)
    assert pg.kept == kept and pg.title == title and pg.named[-1] == sum(named) and pg.stops[-1] == sum(stops)

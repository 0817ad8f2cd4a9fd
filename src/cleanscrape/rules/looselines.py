"""Short loose text set deep among an HTML story's paragraphs, taken out once every decision is made (issue #19).

A story set in ``<p>`` elements has its text there; a short line of loose text in a ``<div>``
nested well under the depth of those paragraphs is a widget the template sets among them: a
picture's caption or credit, a pull quote, a quoted person's name and title, a date line, an
error-report box, a poll's count, a product card's name. The test reads the markup's tags and
depths only; no word of any language. ``CS514`` (``sibling-text``) reads the same markup for the
prose the text container left out in an element whose other blocks the decisions kept, and ``CS515``
(``lone-headline``) for a page's only ``<h1>`` the decisions kept over the text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from itertools import compress

from ..document import Block, Finding, Role
from ..text import word_count
from .base import EVERY_LABEL, Context, Rule
from .structure import OUTSIDE_MAIN

# characters: a kept block this long is one of the story's paragraphs (its tag and depth say where the
# story's text stands); a loose line shorter than it is a label, a caption or a widget's line
STORY_PARAGRAPH = 200
LOOSE_MAX = 200  # characters of a loose line at most: a caption or a label, not a paragraph set in a <div>
STORY_PARAGRAPHS = 2  # the story's long paragraphs at least: fewer is no story to read the markup of
# share of the story's long paragraphs set in <p> at least: a page that sets its text in <div>s has
# no loose line to tell from its paragraphs
P_SHARE = 0.8
# levels under the depth of the story's deepest long <p> from which a loose line is a widget's (1 and
# 2 tried on the fit halves: one level took readability-tests figures' captions its gold keeps)
DEEPER = 2


def _kept(fs: list[Finding | None]) -> list[int]:
    """Indices of the blocks the decisions kept: no finding, or a content one."""
    content = Role.CONTENT
    return [i for i, f in enumerate(fs) if f is None or f.role is content]


class LooseLineRule(Rule):
    """
    What it removes: on an HTML page whose story is set in paragraphs (P_SHARE of its kept blocks of
    STORY_PARAGRAPH characters or more are ``<p>``, STORY_PARAGRAPHS of them at least), once every
    decision is made, a kept line of loose text in a ``<div>`` under LOOSE_MAX characters between the
    first and last kept blocks, nested DEEPER levels or more under the text container than the deepest
    of those paragraphs.
    Why: the story's text stands in its paragraphs; the template sets its widgets among them in
    nested boxes of ``<div>``s: a picture's caption or credit with no ``<figcaption>``, a pull quote,
    a quoted person's name and title, a date line, an error-report box, a product card's name. The
    decisions read a line's words and neighbours and keep some; the markup places them.
    Example: `Directeur de campagne pour la pêche durable à Oceana` in a ``<div>`` four levels under
    the container, between two paragraphs set one level under it
    Kept: a paragraph (``<p>``) at any depth, a line as deep as the story's paragraphs, a loose line
    of LOOSE_MAX characters or more, the text above the first kept block and under the last, every
    line of a page that sets its text in ``<div>``s, and every line of a text page.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.doc.from_html:
            return
        blocks, fs, lens = ctx.doc.blocks, ctx.findings, ctx.lens
        kept = _kept(fs)
        long = [i for i in kept if lens[i] >= STORY_PARAGRAPH]
        paras = [d for i in long if blocks[i].hints.get("tag") == "p" and (d := blocks[i].hints.get("main_depth")) is not None]
        if len(paras) < STORY_PARAGRAPHS or len(paras) < P_SHARE * len(long):
            return
        floor = max(paras) + DEEPER
        for i in kept[1:-1]:
            h = blocks[i].hints
            d = h.get("main_depth")
            if h.get("tag") == "div" and lens[i] < LOOSE_MAX and d is not None and d >= floor:
                yield self.finding(i, "a short line of loose text nested under the story's paragraphs",
                                   priority=self.outranking(fs[i]))


LOOSE_LINE = LooseLineRule("CS212", "loose-line",
                           "on an HTML page, a short line of loose text set deep among the story's paragraphs",
                           Role.BOILERPLATE, fix_safe=False, reads=EVERY_LABEL, shapes=True)


# kept blocks of the block's own parent element at least: the decisions read that element's text as the
# article's (the block model brought it back), not a stray line of it (1 and 2 tried on the fit halves:
# one took a consent note and a donation pitch set beside a single kept line)
SIBLING_KEPT = 2
SIBLING_CHARS = 80  # characters of the block at least: a sentence of prose, not a label, a heading or a date line
SIBLING_LINKS = 0.3  # link density at most: prose, not a list of links


class SiblingTextRule(Rule):
    """
    What it removes: nothing; it keeps. On an HTML page, once every decision is made, a block
    ``CS502`` dropped as outside the element that holds the page's text comes back when its parent
    element holds SIBLING_KEPT kept blocks or more, it runs SIBLING_CHARS characters or more and
    under SIBLING_LINKS of it is link text.
    Why: the reader picks one element as the text's container; a page that sets its text in a
    second element (a table cell, a box of `<br>` lines beside the container) loses it all, and the
    block model brings back the blocks it scores as text one by one. Where it kept several blocks
    of one element, that element's other prose is the same text: the line that leads into a table
    of it, a paragraph the model scored just under its threshold.
    Example: `For the quality grades of the region's wines the rules say:` between two kept `<br>`
    lines of the same cell, outside the chosen container
    Kept: (left dropped) a short line (a heading, a label, a date line), a line mostly of links, a
    block whose parent element holds fewer than SIBLING_KEPT kept blocks, a block dropped by any
    other decision or inside a zone the markup names (`<nav>`, `<footer>`, a comment section), and
    every line of a text page.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.doc.from_html:
            return
        blocks, fs, lens = ctx.doc.blocks, ctx.findings, ctx.lens
        prose = [i for i, f in enumerate(fs) if f is not None and f.code == "CS502" and lens[i] >= SIBLING_CHARS
                 and f.reason == OUTSIDE_MAIN and blocks[i].hints.get("link_density", 0.0) <= SIBLING_LINKS]
        if not prose:
            return
        content = Role.CONTENT
        kept = Counter(blocks[i].hints.get("parent_span") for i, f in enumerate(fs) if f is None or f.role is content)
        for i in prose:
            span = blocks[i].hints.get("parent_span")
            if span is not None and kept[span] >= SIBLING_KEPT:
                yield self.finding(i, "prose beside kept blocks of its own element, outside the text container",
                                   role=content, priority=self.outranking(fs[i]))


SIBLING_TEXT = SiblingTextRule("CS514", "sibling-text",
                               "on an HTML page, prose outside the text container in an element whose other blocks were kept",
                               Role.BOILERPLATE, fix_safe=False, emits=(Role.CONTENT,), reads=EVERY_LABEL, shapes=True)


# link density of a line of another story's link at least: its headline is a link, the rest of the line
# a few words about it (a story's sentence with a link in it has less)
RUN_LINKS = 0.3
STORY_LINKS = 0.2  # link density under this: a long kept block is one of the story's paragraphs
# list items under one list element at least: a list of other stories (3 took a story's own short list of
# people with a link each, 4 and more tried on the fit halves, none lost gold)
RUN_ITEMS = 4
RUN_CARDS = 3  # sibling elements of the same shape in a row at least: fewer is a teaser or two


def _cards(blocks: tuple[Block, ...], start: int) -> Iterator[int]:
    """The blocks of each run of RUN_CARDS sibling elements or more in a row from ``start`` on (each
    element's span starts where the last one's ends), all of one shape (the same tags, two lines or
    more), each holding a line of link text (RUN_LINKS): other stories' cards."""
    groups: dict[tuple[int, int], list[int]] = {}  # each parent element's direct lines, by its span
    for b in blocks[start:]:
        span = b.hints.get("parent_span")
        if span is not None:
            groups.setdefault(span, []).append(b.index)
    spans = sorted(groups)
    n, k = len(spans), 0
    while k < n:
        size = len(groups[spans[k]])
        j = k
        # (the cheap tests first: elements in a row, each with as many lines; then their tags and links)
        while j + 1 < n and spans[j + 1][0] == spans[j][1] and len(groups[spans[j + 1]]) == size:
            j += 1
        if size > 1 and j + 1 - k >= RUN_CARDS:
            yield from _same_shape_runs([groups[s] for s in spans[k:j + 1]], blocks)
        k = j + 1


def _same_shape_runs(row: list[list[int]], blocks: tuple[Block, ...]) -> Iterator[int]:
    """The blocks of each run of RUN_CARDS elements or more of ``row`` (elements in a row) with the same
    tags, each holding a line of RUN_LINKS link text."""
    shapes = [tuple(blocks[i].hints.get("tag", "") for i in g) for g in row]
    linked = [max(blocks[i].hints.get("link_density", 0.0) for i in g) >= RUN_LINKS for g in row]
    k = 0
    while k < len(row):
        j = k
        while j + 1 < len(row) and shapes[j + 1] == shapes[k]:
            j += 1
        if j + 1 - k >= RUN_CARDS and all(linked[k:j + 1]):
            yield from (i for g in row[k:j + 1] for i in g)
        k = j + 1


class RelatedRunRule(Rule):
    """
    What it removes: on an HTML page, once every decision is made, the kept lines that are other
    stories' links, read against the story's long paragraphs (STORY_PARAGRAPH characters or more,
    under STORY_LINKS of it link text): a list of RUN_ITEMS kept items or more under one list element
    after the first of them, each item's line RUN_LINKS or more link text (a linked headline and a few
    words); or, under the last of them, RUN_CARDS sibling elements or more in a row, each of the same
    shape (the same tags, two lines or more: a headline and a summary, an author) and each holding a
    line of RUN_LINKS link text (a story's card).
    Why: a template sets other stories of the site inside the element that holds the text: a list
    of linked headlines between the story's paragraphs or under them, a row of cards closing it. The
    decisions read their lines one by one as short text with a link in it; the markup shows the run
    they stand in.
    Example: `The plan to boost drone batteries with a teensy jet engine` (its first words a link),
    one of five such items of a list under the story's last paragraph
    Kept: a list above the story's first long paragraph, cards above its last one, a list of fewer
    than RUN_ITEMS items (a story's list of people or places with a link each), items with little or
    no link text, elements of different shapes, and every line of a text page.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.doc.from_html:
            return
        blocks, fs, lens, content = ctx.doc.blocks, ctx.findings, ctx.lens, Role.CONTENT
        kept = _kept(fs)
        story = [i for i in kept if lens[i] >= STORY_PARAGRAPH and blocks[i].hints.get("link_density", 0.0) < STORY_LINKS]
        if not story:
            return
        first, last = story[0], story[-1]
        items: dict[tuple[int, int], list[int]] = {}
        for i in kept:
            h = blocks[i].hints
            if i > first and h.get("tag") == "li" and (span := h.get("parent_span")) is not None:
                items.setdefault(span, []).append(i)
        run = {i: "one of a list of linked lines after the story's first paragraph" for g in items.values()
               if len(g) >= RUN_ITEMS and all(blocks[i].hints.get("link_density", 0.0) >= RUN_LINKS for i in g) for i in g}
        if last < kept[-1]:
            run.update(dict.fromkeys(_cards(blocks, last + 1), "one of a row of linked cards under the story's last paragraph"))
        for i in sorted(run):
            f = fs[i]
            if f is None or f.role is content:
                yield self.finding(i, run[i], priority=self.outranking(f))


RELATED_RUN = RelatedRunRule("CS214", "related-run",
                             "on an HTML page, a run of other stories' links (a list, a row of cards) under the story",
                             Role.RELATED, fix_safe=False, reads=EVERY_LABEL, shapes=True)


LONE_HEADLINE_WORDS = 30  # words of a headline at most: a longer <h1> is text set large, not a headline


class LoneHeadlineRule(Rule):
    """
    What it removes: on an HTML page with a single `<h1>` and no headline any rule found, once
    every decision is made, that `<h1>` when it is the first line the decisions kept and kept
    text stands under it: it is the article's headline (the record's title), not its first
    paragraph.
    Why: the rules take the `<h1>` for the headline when the page's metadata repeats it word for
    word (`CS502`); a page whose metadata words its title otherwise (shortened, with the site's
    name, reworded) kept its headline as the body's first line, over the title the metadata gave
    the record.
    Example: `Harbour board approves the new winter timetable after a long debate` in the page's
    only `<h1>`, over the story's paragraphs, the page's `<title>` reading `Harbour board approves
    winter timetable`
    Kept: an `<h1>` on a page with two or more (a page that sets its subheadings as `<h1>`), one
    under kept text (a heading inside the article), one on a page where a rule found the headline,
    one of more than LONE_HEADLINE_WORDS words, one with no kept text under it, and every line of
    a text page.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.doc.from_html:
            return
        tags = ctx.hint_columns().tag  # (the block model read them already)
        if tags.count("h1") != 1:
            return
        i, fs, content, title = tags.index("h1"), ctx.findings, Role.CONTENT, Role.TITLE
        f = fs[i]
        if f is not None and f.role is not content or word_count(ctx.texts[i]) > LONE_HEADLINE_WORDS:
            return
        above = fs[:i]
        if None in above or any(above[k].role is content for k in compress(range(i), above)):  # type: ignore[union-attr]
            return  # (kept text above it: a heading inside the article)
        under = fs[i + 1:]
        if not (None in under or any(g.role is content for g in under)):  # type: ignore[union-attr]
            return  # (no text under it)
        if ctx.with_role(title):
            return  # (a rule found the headline)
        yield self.finding(i, "the page's only <h1>, over the text the decisions kept: its headline",
                           priority=self.outranking(f))


LONE_HEADLINE = LoneHeadlineRule("CS515", "lone-headline",
                                 "on an HTML page, its only <h1> over the kept text when no rule found a headline",
                                 Role.TITLE, fix_safe=False, reads=EVERY_LABEL)

"""A page's table of contents (issue #18: boundaries from repetition within the page, whatever
its words and language).

A newsletter's edition, a digest or a page of briefs may open on a list of its own stories'
headlines, each printed again further down over its story. A list whose every item the page
prints again, as a line of its own and in the list's order, each copy with lines of its own
under it, is the page's contents: its items are links, and each copy heads its story.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..document import Finding, Role
from ..text import ends_sentence, list_item
from .base import EVERY_LABEL, GENERIC_DROPS, STORY_PARAGRAPH, Context, Rule

CONTENTS_MIN = 3  # items of a contents list (two lines printed again are a pair, not a list)
ITEM_MIN_WORDS = 2  # words of an item: a headline, not a one-word menu entry
HEADING_MAX_WORDS = 6  # words of the list's heading right over it (`In today's edition`, `Contents`)
# what the decisions drop, not what the template names: the generic decisions, a headline-shaped
# line the related-headline rule (CS205) took for a link (a story's short sentence, a question), and
# a teaser the story-cards decision (CS503) took the page's short stories for
_DROPS = GENERIC_DROPS | {"CS205", "CS503"}


def _list_runs(texts: Sequence[str]) -> Iterator[tuple[list[int], list[str]]]:
    """Each run of consecutive list items (blocks opening on a list mark), with the items' texts."""
    run: list[int] = []
    items: list[str] = []
    for i, t in enumerate(texts):
        item = list_item(t)
        if item is not None:
            run.append(i)
            items.append(item)
            continue
        if run:
            yield run, items
            run, items = [], []
    if run:
        yield run, items


def contents_copies(texts: Sequence[str], run: list[int], items: list[str],
                    alone: dict[str, list[int]]) -> list[int]:
    """The line that prints each item again after the list, in the list's order, each copy with
    a line of its own under it before the next copy (its story); empty when an item has none."""
    if len(run) < CONTENTS_MIN:
        return []
    copies: list[int] = []
    last = run[-1]
    for item in items:
        if len(item.split()) < ITEM_MIN_WORDS:
            return []
        nxt = next((c for c in alone.get(item, ()) if c > last + (1 if copies else 0)), None)
        if nxt is None:
            return []
        copies.append(nxt)
        last = nxt
    return copies if last + 1 < len(texts) else []


def _prose_over(texts: Sequence[str], i: int) -> bool:
    """Some line over line ``i`` is a sentence of a story's prose (STORY_PARAGRAPH characters or
    more): a list under a story's first paragraph is that story's own contents (its subheadings)."""
    return any(len(t) >= STORY_PARAGRAPH and ends_sentence(t) for t in texts[:i])


def _heading(texts: Sequence[str], i: int) -> bool:
    """Line ``i`` reads as the heading of a list under it: a few words, no sentence."""
    t = texts[i]
    return list_item(t) is None and 0 < len(t.split()) <= HEADING_MAX_WORDS and not ends_sentence(t)


LISTED = "a headline the page's contents lists"  # (CS216's reason for a listed headline: read by the segmenter)


class ContentsRule(Rule):
    """
    What it removes: the items of a page's table of contents: a list of three items or more
    (each opening on a list mark, two words or more) that the page prints again further down,
    each item as a line of its own, in the list's order, each copy with a line of its own under
    it; and the list's heading right over it (a few words, no sentence). Each copy heads its
    story (a headline).
    Why: a newsletter's edition or a digest opens on its stories' headlines as links; the same
    lines printed again over their stories are the page's skeleton, whatever the words and the
    language: the list names where each story starts.
    Example: `• Ferry operator cuts winter crossings` over four more such items, each headline
    printed again further down over its story
    Kept: a list whose items the page does not print again, or not all of them, or not in the
    list's order (a list in the text), a list of two items, and a list under a sentence of prose
    (an article's own contents under its first paragraph: its items are its subheadings).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        texts = ctx.texts
        alone: dict[str, list[int]] | None = None
        for run, items in _list_runs(texts):
            if len(run) < CONTENTS_MIN or _prose_over(texts, run[0]):
                continue
            if alone is None:
                alone = {}
                for i, t in enumerate(texts):
                    if list_item(t) is None:
                        alone.setdefault(t, []).append(i)
            copies = contents_copies(texts, run, items, alone)
            if not copies:
                continue
            h = run[0] - 1
            if h >= 0 and _heading(texts, h):
                yield self.finding(h, "the heading over the page's contents", priority=self.outranking(ctx.findings[h]))
            for i in run:
                yield self.finding(i, "an item of the page's contents: a headline printed again over its story",
                                   priority=self.outranking(ctx.findings[i]))
            for c, end in zip(copies, [*copies[1:], len(texts)]):
                yield self.finding(c, LISTED, role=Role.TITLE,
                                   priority=self.outranking(ctx.findings[c]))
                yield from self._story_text(ctx, c, end)

    def _story_text(self, ctx: Context, c: int, end: int) -> Iterator[Finding]:
        """The sentences the decisions dropped under listed headline ``c`` (a line of a paragraph's
        length the generic decisions dropped, or a sentence any of them took), up to ``end`` (the
        next one) or the first line a named rule took (the story's trailer, the page's foot)."""
        fs, texts = ctx.findings, ctx.texts
        for k in range(c + 1, end):
            f = fs[k]
            if f is None or f.role is Role.CONTENT:
                continue
            if f.code not in _DROPS:
                return
            if ends_sentence(texts[k]) or f.code in GENERIC_DROPS and len(texts[k]) >= STORY_PARAGRAPH:
                yield self.finding(k, "a sentence of a story the page's contents lists", role=Role.CONTENT,
                                   priority=f.priority + 1)


CONTENTS = ContentsRule("CS216", "page-contents",
                        "a page's contents: a list of its own headlines printed again over their stories",
                        Role.RELATED, fix_safe=False, emits=(Role.TITLE, Role.CONTENT), reads=EVERY_LABEL, shapes=True)

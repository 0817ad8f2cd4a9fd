"""Kept text cut off under the article, taken out once every decision is made (issue #19).

On a text page (naive scraped text, no markup) content scoring's own island cut
(``island-below-text``, ``CS501``) sees only the lines the named rules took; the block model
(``CS505``) and the story rules that run after it bring lines back and keep others in their own
right. What stands under the article after all of them, past a stretch of lines none of them
kept, and weighs little against the article's text (a paywall box's prompt, a teaser, a line
of the footer), is the template's, not the story's. The test reads only the shape of the page:
where the kept lines stand, how many dropped lines lie between them, and their length; no
word of any language. ``CS429`` (``trailing-line``) reads the same kept lines for a lone
headline-shaped line under a story's last paragraph.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from itertools import compress, islice
from operator import sub

from ..document import Finding, Role
from ..text import CLOSERS, TERMINAL, ends_sentence, list_mark
from .base import EVERY_LABEL, REPEAT_ANY, Context, Rule, runs_within
from .content import ISLAND_GAP, ISLAND_SHARE, light_tail, tight_blocks

# the kept text from a gap on (to the story's end) weighs less than this share of the heaviest
# kept stretch above it: a box or a teaser, not the rest of the story (0.1, 0.15, 0.2 and 0.25
# tried on the fit halves, text mean F1: 0.15 the best, and the only one that costs no set recall)
TAIL_SHARE = 0.15


class IslandTailRule(Rule):
    """
    What it removes: on a text page, the kept lines that stand under a story's text, cut off
    from it by ISLAND_GAP lines or more that no decision kept, when all the kept text from that
    gap to the story's end (the next headline, or the page's end) weighs less than TAIL_SHARE
    of the heaviest stretch of kept text above it.
    Why: under an article, the template's boxes (a paywall's prompt, a gift-an-article box, a
    newsletter's pitch, a teaser of the next story, a footer's line) are set apart from the
    text by the chrome the rules took; the block model and the story rules read a line's
    neighbours, not the page, and keep some of those lines in their own right. The rest of a
    story goes on at its own weight after a box; an island a tenth of its size does not.
    Example: `Mit Ihrem Abo können Sie pro Monat fünf Artikel verschenken.` six dropped lines
    under the last paragraph, with two short lines of the box around it
    Kept: a story's text that goes on after a picture's caption and credit or an advert (the
    stretch under them weighs as much as the text), the lines of another story under its own
    headline (each story is weighed alone), and every line of an HTML page.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        blocks = ctx.doc.blocks
        if not blocks or ctx.doc.from_html:
            return  # (an HTML page: the markup placed its boxes; CS209 weighs its tail)
        yield from _island_tails(self, ctx, TAIL_SHARE)


def _island_tails(rule: Rule, ctx: Context, share: float, markup: bool = False) -> Iterator[Finding]:
    """Per story (from each headline to the next), the kept stretches under its heaviest, cut off by
    ISLAND_GAP blocks or more that no decision kept, from which all the kept text to the story's end
    weighs less than ``share`` of the heaviest stretch (``markup``: but those with a block in the
    element that holds a block of the heaviest stretch, the story's own text going on)."""
    fs = ctx.findings
    texts = ctx.texts
    content = Role.CONTENT
    every = [i for i, f in enumerate(fs) if f is None or f.role is content]  # the kept blocks, all stories'
    if max(map(sub, every[1:], every), default=0) <= ISLAND_GAP:
        return  # (most pages: no gap of ISLAND_GAP blocks between two kept ones, in no story)
    bounds = [0, *(t for t in ctx.with_role(Role.TITLE) if t > 0), len(texts)]
    for s, e in zip(bounds, bounds[1:]):
        kept = every[bisect_left(every, s):bisect_left(every, e)]
        if not kept:
            continue
        parts = runs_within(kept, ISLAND_GAP)
        if len(parts) == 1:
            continue
        sizes = [sum(len(texts[i]) for i in p) for p in parts]
        cut = light_tail(sizes, share)
        if cut == len(parts):
            continue
        own = _parents(ctx, parts[max(range(len(sizes)), key=sizes.__getitem__)]) if markup else set()
        for p in parts[cut:]:
            if own and not own.isdisjoint(_parents(ctx, p)):
                continue
            for i in p:
                f = fs[i]
                yield rule.finding(i, "kept text cut off under the story, a fraction of its weight",
                                   priority=rule.priority if f is None else max(rule.priority, f.priority + 1))


def _parents(ctx: Context, part: list[int]) -> set[object]:
    """The elements that hold the blocks ``part`` (their ``parent_span`` hints)."""
    blocks = ctx.doc.blocks
    return {span for i in part if (span := blocks[i].hints.get("parent_span")) is not None}


ISLAND_TAIL = IslandTailRule("CS510", "island-tail",
                             "on a text page, a little kept text cut off under the story by lines no decision kept",
                             Role.BOILERPLATE, fix_safe=False, reads=EVERY_LABEL, shapes=True)


class HtmlTailRule(Rule):
    """
    What it removes: on an HTML page, kept text under the story once every decision is made: the
    kept blocks cut off from its text by ISLAND_GAP blocks or more that no decision kept, when all
    the kept text from that gap to the story's end weighs less than ISLAND_SHARE of the heaviest
    stretch above it (content scoring's own island cut, ``island-below-text``, made again), unless
    one of them sits in an element that holds a block of that stretch; and, when the page's
    ``<article>`` elements hold ARTICLE_SHARE of its kept text or more, the kept blocks outside
    them under the last kept block inside them.
    Why: content scoring cuts islands from what it keeps, but the block model (CS505) and the story
    rules after it bring blocks back or keep others in their own right, one block at a time: under
    an article, an author's box, a newsletter's or a paywall's pitch, a company's boilerplate, the
    page's menus and its account prompts sit past the share bar and the tags the rules took, or
    past the element the template wraps the story in. The page's shape tells them from the story:
    its text goes on at its own weight after a picture or an advert, in its own element.
    Example: `You can write to the author of this story at any time.` in a box under the tags,
    six dropped blocks below the story's last paragraph; `Sign in to save this story` under the
    ``<article>`` that holds the story
    Kept: the story's text going on at its weight after a gap (a picture, an advert), or in the
    element that holds its paragraphs; the text of another story under its own headline (each
    story is weighed alone); text under an ``<article>`` that holds less than half of what the
    page keeps (a card, a box); every line of a text page (CS510 weighs those, at its own share).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.doc.from_html:
            return
        taken: set[int] = set()
        for island in _island_tails(self, ctx, ISLAND_SHARE, markup=True):
            taken.add(island.block)
            yield island
        for i in _past_the_article(ctx):
            if i not in taken:
                f = ctx.findings[i]
                yield self.finding(i, "kept text under the end of the article element, outside it",
                                   priority=self.outranking(f))


# share of the kept text (in characters) an ``<article>`` element must hold to be the story's:
# under it, the element is a card or a box (0.5, 0.8 and 0.9 tried on the fit halves: 0.5 took
# the most and no gold)
ARTICLE_SHARE = 0.5


def _past_the_article(ctx: Context) -> list[int]:
    """The kept blocks under the last kept block of the page's ``<article>`` elements, outside
    them, when those elements hold ARTICLE_SHARE of the page's kept text or more."""
    fs, blocks = ctx.findings, ctx.doc.blocks
    kept = [i for i, f in enumerate(fs) if f is None or f.role is Role.CONTENT]
    inside = [i for i in kept if "article" in blocks[i].hints.get("zones", ())]
    if not inside:
        return []
    texts = ctx.texts
    if sum(len(texts[i]) for i in inside) < ARTICLE_SHARE * sum(len(texts[i]) for i in kept):
        return []
    return [i for i in kept if i > inside[-1] and "article" not in blocks[i].hints.get("zones", ())]


HTML_TAIL = HtmlTailRule(
    "CS209", "html-tail",
    "on an HTML page, kept text under the story: a light island past blocks no decision kept, or past its <article>",
    Role.BOILERPLATE, fix_safe=False, reads=EVERY_LABEL, shapes=True)

# words: under this, a line is short (a headline, a label); a caption runs longer (12 and 25 tried
# on the fit halves: 25 took captions and credits a picture closes a story with)
TAIL_WORDS = 12
# the story rules that read a line as the story's own (its last subheading, a skeleton's line)
_STORY_OWN = frozenset({"CS507", "CS511"})
_CJK_STOPS = frozenset("。！？")  # a line of CJK text holding a sentence's end is prose (it has no spaces to count)


def _open_short(text: str) -> bool:
    """A short line of words that ends with no sentence's mark, no colon and no closing quote: a headline's
    shape (a rule of underscores or dashes, with no letter, is a separator a wire story ends on)."""
    t = text.rstrip()
    return any(c.isalpha() for c in t) and len(t.split()) < TAIL_WORDS and t[-1] not in TERMINAL and list_mark(t) is None \
        and _CJK_STOPS.isdisjoint(t)


def _label(text: str) -> bool:
    """A short line of words that ends with a colon: a label that opens what should follow it (a list of
    links, share buttons, a form), here with nothing under it."""
    t = text.rstrip()
    return t[-1:] == ":" and any(c.isalpha() for c in t) and len(t.split()) < TAIL_WORDS and list_mark(t) is None


def _paragraph(text: str) -> bool:
    """A line of TAIL_WORDS words or more that closes like a sentence."""
    return len(text.split()) >= TAIL_WORDS and text.rstrip()[-1:] in TERMINAL


class TrailingLineRule(Rule):
    """
    What it removes: on a text page of one article, the short line the article ends on when it has
    no sentence's end (a headline's shape) and the kept line over it is a paragraph (TAIL_WORDS
    words or more) that closes like a sentence; the article's last kept lines when HEADLINE_RUN of
    them or more in a row have that shape under such a paragraph (not one that ends with a colon), and
    no more than ROW_FIGURE_SHARE of them hold a figure;
    or when it is a label: under TAIL_WORDS words, ending with a colon, with nothing kept under it;
    on a text page of several stories, a story's lone headline-shaped last line under its last
    paragraph when the lines right under it are a picture's caption and credit or sentences the
    decisions took (a copy, the block model's, an island's), a sentence among them.
    Why: under an article's last paragraph, a template's lone line (a teaser's headline, a
    link to more stories, a box's label, the next story's title) stands where the text
    stops; the story's own short lines (a subheading, a one-line paragraph) have its text
    under them, or end like a sentence. A label ending with a colon opens what follows it (share
    buttons, a list of links, a form); when the rules took all of that, it opens nothing. A
    subheading over what the decisions took heads nothing either: its record, cleaned again,
    would end on it and lose it (the line after the article's last paragraph), so a clean
    record stays clean.
    Example: `More stories from the harbour desk` as the last kept line, under the story's last
    paragraph
    Example: `Share this:` as the last kept line, its buttons' lines taken as chrome
    Example: `You might also like` over `Harbour ferry timetable changes from May` as the last
    kept lines, under the story's last paragraph
    Example: `What the dock workers want` as a story's last kept line on a page of several, over a
    picture's caption and credit and the next story's header
    Kept: a subheading with the story's text under it, a one-line paragraph that ends with a full
    stop, a label with the story's text under it, a list's items (marked, or under a paragraph that
    opens them with a colon), a schedule's or a table's rows under their heading (most hold a figure:
    `June 9 – Norrvik @ Market Square`), a line a story rule read as the
    story's own, the last line of each story on a page of several (the next header may have cut
    the story under its subheading, or a feed's excerpt under the line that opens a quote or a
    list: `Here are some of the highlights:`) unless the lines right under it are a caption and its
    credit or sentences the decisions took (a share bar, a story list's label, the link or the
    separator that ends the story, or the next header ends them), and not when a paragraph among
    them is the generic decisions' drop alone (the story's text they may have got wrong: content
    wins the doubt), and every line of an HTML page.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        blocks = ctx.doc.blocks
        if not blocks or ctx.doc.from_html:
            return  # (an HTML page)
        titles = ctx.with_role(Role.TITLE)
        if len(titles) > 1:
            yield from self._emptied_ends(ctx, titles)
            return  # (a page of stories: one cut short by the next header may end on a subheading)
        fs = ctx.findings
        texts = ctx.texts
        content = Role.CONTENT  # (the last two kept lines, read from the page's end)
        tail = list(islice((i for i in range(len(fs) - 1, -1, -1) if (g := fs[i]) is None or g.role is content), 2))
        if not tail[1:]:
            return
        last = tail[0]
        run = _headline_run(ctx, tail)
        if run:
            for i in run:
                f = fs[i]
                if f is None or f.code not in _STORY_OWN:
                    yield self.finding(i, "one of a run of headline-shaped lines under the article's last paragraph",
                                       priority=self.outranking(f))
            return
        if _label(texts[last]):
            reason = "a label the article ends on, with nothing under it"
        elif _open_short(texts[last]) and _paragraph(texts[tail[1]]):
            reason = "a lone headline-shaped line under the article's last paragraph"
        else:
            return
        f = fs[last]
        if f is None or f.code not in _STORY_OWN:
            yield self.finding(last, reason, priority=self.outranking(f))

    def _emptied_ends(self, ctx: Context, titles: list[int]) -> Iterator[Finding]:
        """On a page of stories, each story's (from its headline to the next, or the page's end) lone
        headline-shaped last kept line under its last kept paragraph, when the lines right under it
        are a picture's caption and credit or sentences the decisions took (a copy, the block model's,
        an island's; ``_judged_under``): the story went on under the line and the decisions took what
        it headed, so no header cut the story there; the line heads nothing, as on a page of one story
        (its record, cleaned again, ends on it: ``CS205``'s line after the last paragraph)."""
        fs, texts, content = ctx.findings, ctx.texts, Role.CONTENT
        for start, end in zip(titles, [*titles[1:], len(texts)]):
            kept = [i for i in range(start + 1, end) if (g := fs[i]) is None or g.role is content]
            if not kept[1:]:
                continue
            last, over = kept[-1], kept[-2]
            if not (_open_short(texts[last]) and _paragraph(texts[over])):
                continue
            if not _judged_under(fs, texts, last, end):
                continue  # (no sentence of the story's under the line was taken: the next header may have cut it)
            f = fs[last]
            if f is None or f.code not in _STORY_OWN:
                yield self.finding(last, "a lone headline-shaped line its story ends on, the sentences under it taken out",
                                   priority=self.outranking(f))


def _judged_under(fs: list[Finding | None], texts: list[str], last: int, end: int) -> bool:
    """The lines right under line ``last`` (to line ``end`` at most), a picture's caption and credit
    and the sentences the generic decisions took (``_UNDER``), hold a sentence of the story's (a
    caption's, or a dropped one: ``_JUDGED``), and no paragraph among them is the generic decisions'
    drop alone (``CS5xx``: content scoring, the block model, an island cut; TAIL_WORDS words or more
    closed like a sentence): that is the story's text under the line they may have got wrong, and
    content wins the doubt. Any other line ends them: the template's (a share bar, a story list's
    label, the link or the separator that ends the story, whoever took it) or the next header."""
    seen = False
    for i in range(last + 1, end):
        g, t = fs[i], texts[i]
        if g is None or g.role not in _UNDER:
            break
        sentence = ends_sentence(t)
        if g.role is Role.BOILERPLATE and not sentence:
            break  # (a link's label, a separator: where the story may end)
        if sentence and g.role in _JUDGED:
            if g.code.startswith(_GENERIC) and _paragraph(t):
                return False
            seen = True
    return seen


# what the decisions took of a story's sentences under its last kept line: a picture's caption, and the
# generic decisions' drops (a copy, the block model's, an island's); not the template's named lines (a
# footer's, another story's teaser), which say nothing of what the line heads
_JUDGED = frozenset({Role.CAPTION, Role.BOILERPLATE})
_UNDER = _JUDGED | {Role.CREDIT}  # ...and the picture's credit, between a caption and the next
_GENERIC = "CS5"  # the generic decisions' codes (content scoring, the block model, the island cuts)


# headline-shaped lines in a row at least as the article's last kept lines: a list of other stories, a
# box's label over its links (one alone is the lone-line test's, which also asks the paragraph over it)
HEADLINE_RUN = 2
# a run whose lines hold a figure in more than this share of them is a schedule's or a table's rows under
# their heading (`June 9 – Norrvik @ Market Square`), the story's own list; headlines seldom all hold one
ROW_FIGURE_SHARE = 0.5


def _headline_run(ctx: Context, tail: list[int]) -> list[int]:
    """The article's last kept lines when HEADLINE_RUN of them or more in a row are headline-shaped
    (``_open_short``) under a kept paragraph (``_paragraph``); [] when not. ``tail``: the last two kept
    lines, the last first (both headline-shaped, or there is no run: most pages stop here)."""
    fs, texts, content = ctx.findings, ctx.texts, Role.CONTENT
    if not (_open_short(texts[tail[0]]) and _open_short(texts[tail[1]])):
        return []
    run = list(tail)  # (from the page's end up; turned round when it is one)
    for i in range(tail[1] - 1, -1, -1):
        g = fs[i]
        if g is not None and g.role is not content:
            continue
        if _open_short(texts[i]):
            run.append(i)
            continue
        lead_in = texts[i].rstrip()[-1:] == ":"  # (a paragraph that opens a list: the lines under it are its items)
        if len(run) < HEADLINE_RUN or not _paragraph(texts[i]) or lead_in:
            return []
        figures = sum(1 for k in run if any(map(str.isdigit, texts[k])))
        return [] if figures > ROW_FIGURE_SHARE * len(run) else run[::-1]
    return []


CREDIT_WORDS = (1, 6)  # words of a picture's credit line: a name, an agency, a place (`NASA Worldview`)
CAPTION_WORDS = (5, 40)  # words of the caption over it: a sentence or two, more than a label, less than a paragraph
# share of a page's kept lines a blank line sets off from the kept line above: a page that spaces its
# paragraphs, where two lines set together are one thing (0.5 took a site's tight-set text on readability-tests fit)
SPACED_SHARE = 0.8
MIN_KEPT = 4  # kept lines a page needs before it can say how it spaces them
_NOT_CREDIT = frozenset("-\u2013\u2014\u2022*#+")  # a list's or a heading's mark opens no credit line


class CaptionCreditRule(Rule):
    """
    What it removes: on a text page that sets off its kept lines with blank lines, once every
    decision is made, a kept pair of lines set together inside the kept text (no blank line
    between them, one over and under them): a caption of CAPTION_WORDS words over a short credit
    of CREDIT_WORDS words that ends no sentence and opens on a capital or a bracket.
    Why: a picture's caption and its credit are one element in the markup (a ``<figure>``, a
    ``<figcaption>``) and stand together in a naive scrape of it, between the story's paragraphs,
    which a blank line sets apart; HTML mode knows the figure by its element, a text page by the
    pair's shape: two lines set together, the second a name.
    Example: `Air pollution in Delhi remains unhealthy this week.` over `Berkeley Earth`
    Example: `Zendaya attends a screening at the Venice Film Festival.` over
    `Stephane Cardinale - Corbis/Getty Images`
    Kept: a subheading over its paragraph (a blank line between them, or a paragraph under it
    set together), a quote over its attribution when the quote runs on (a paragraph), a list's
    items (marked, or three lines set together), the pair at the edge of the kept text, and
    every line of a page that sets its text line under line, or of an HTML page.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.doc.blocks or ctx.doc.from_html:
            return  # (an HTML page: the markup sets its figures)
        fs, texts, content = ctx.findings, ctx.texts, Role.CONTENT
        kept = [i for i, f in enumerate(fs) if f is None or f.role is content]
        if len(kept) < MIN_KEPT:
            return
        tight = tight_blocks(ctx)
        if sum(i not in tight for i in kept[1:]) < SPACED_SHARE * (len(kept) - 1):
            return
        n = len(texts)
        for i, j in zip(kept[1:-2], kept[2:-1]):
            if j != i + 1 or j not in tight or i in tight or j + 1 < n and j + 1 in tight:
                continue
            if _credit(texts[j]) and CAPTION_WORDS[0] <= len(texts[i].split()) <= CAPTION_WORDS[1]:
                for k in (i, j):
                    yield self.finding(k, "a caption and its credit set together between the story's paragraphs",
                                       priority=self.outranking(fs[k]))


def _credit(text: str) -> bool:
    """A credit line's shape: CREDIT_WORDS words, no sentence's end, a capital or a bracket first."""
    return CREDIT_WORDS[0] <= len(text.split()) <= CREDIT_WORDS[1] and not ends_sentence(text) \
        and text[:1] not in _NOT_CREDIT and (text[:1].isupper() or text[:1] == "(")


CAPTION_CREDIT = CaptionCreditRule("CS112", "caption-credit",
                                   "on a text page, a picture's caption and its credit set together between the story's paragraphs",
                                   Role.CAPTION, fix_safe=False, reads=EVERY_LABEL, shapes=True)


TRAILING_LINE = TrailingLineRule("CS429", "trailing-line",
                                 "on a text page, a lone headline-shaped line, a run of them or a bare label an article ends on",
                                 Role.RELATED, fix_safe=False, reads=EVERY_LABEL, shapes=True)


class RepeatedRunRule(Rule):
    """
    What it removes: on a text page, the kept lines outside a story's heaviest stretch of kept
    text (its lines within ISLAND_GAP blocks of one another) that the page prints twice together
    with a neighbour: the line and the line over or under it stand again, in the same order,
    elsewhere in the page. A story (from its headline to the next) that keeps less than
    BOX_SHARE of the heaviest story's text has no such stretch: a box the page prints twice
    under a label read as a headline is no story's text.
    Why: a naive scrape prints what the markup shows twice (a menu for phones and one for
    screens, a box of teasers at the head and at the foot, a service panel under two tabs) as
    runs of the same lines; the story's text stands once, in its heaviest stretch. HTML mode
    knows those boxes by their elements; a text page keeps the shape of the repetition.
    Example: `Until 25 May the night trains run every half hour.` over `Line 2`, printed again
    with `Line 2` under it forty lines down, above the article's first paragraph
    Example: `Until 25 May the night trains run every half hour.` over `Line 2`, under the label
    `Night trains` read as a headline, the three printed again further down, over the article
    Kept: the lines of a story's heaviest stretch even when the page prints them twice (a
    quoted command, a question of an interview; the article's part under a subheading read as
    a headline keeps more than BOX_SHARE of its text), a line printed twice alone (a caption's
    credit, a label), and every line of an HTML page.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.doc.blocks or ctx.doc.from_html:
            return
        texts = ctx.texts
        # a line in a repeated run and its neighbour are both printed again: only a line next to
        # another printed-again line can be one (the labels are read at those lines alone, and a
        # story's heaviest stretch weighed only when a kept one stands in it)
        again = [i for i in ctx.printed_again() if texts[i].strip()]
        near = {i for i, k in zip(again, islice(again, 1, None)) if k == i + 1}
        if not near:
            return
        near.update([i + 1 for i in near])
        fs = ctx.findings
        content = Role.CONTENT
        cands = [i for i in sorted(near) if (f := fs[i]) is None or f.role is content]  # (kept ones only)
        if not cands:
            return
        seen = ctx.repeated_lines(REPEAT_ANY)  # (where each printed-again line stands: shared with CS415)
        titles = ctx.with_role(Role.TITLE)
        bounds = [0, *(t for t in titles if t > 0), len(texts)]
        boxes = _box_stories(ctx, bounds)
        for n, (s, e) in enumerate(zip(bounds, bounds[1:])):
            lo, hi = bisect_left(cands, s), bisect_left(cands, e)
            if lo == hi:
                continue  # (no kept line of the story can be in a run: its heaviest stretch is not needed)
            if s == 0 and titles and titles[0] > 0 or n in boxes:
                heavy = [-1]  # (over the page's first headline, or a box under a label read as a headline)
            else:
                kept = [i for i in range(s, e) if (f := fs[i]) is None or f.role is content]
                heavy = max(runs_within(kept, ISLAND_GAP), key=lambda p: sum(len(texts[i]) for i in p))
            for i in cands[lo:hi]:
                if heavy[0] <= i <= heavy[-1] or not _in_repeated_run(texts, seen, i):
                    continue
                f = fs[i]
                yield self.finding(i, "a line the page prints twice with its neighbour, outside the story's text",
                                   priority=self.outranking(f))


# a story (from its headline to the next) that keeps less than this share of the page's heaviest
# story's text, in characters, is a box or a card under a label read as a headline: a panel of
# the site's service printed twice, a teaser (0.14-0.23 on the fit halves); the article's own
# part under a subheading read as a headline keeps more (0.36)
BOX_SHARE = 0.25


def _box_stories(ctx: Context, bounds: list[int]) -> set[int]:
    """The stories between ``bounds`` that keep less than BOX_SHARE of the text the heaviest one
    keeps (the page's article): boxes and cards whose lines are no story's text."""
    fs, texts, content = ctx.findings, ctx.texts, Role.CONTENT
    mass = [sum(len(texts[i]) for i in range(s, e) if (f := fs[i]) is None or f.role is content)
            for s, e in zip(bounds, bounds[1:])]
    if len(mass) == 1:
        return set()  # (one story: the page's article)
    top = max(mass)
    return {k for k, m in enumerate(mass) if m < BOX_SHARE * top}


def _in_repeated_run(texts: list[str], seen: dict[str, list[int]], i: int) -> bool:
    """Whether line ``i`` stands again elsewhere with the same line over it or under it."""
    n = len(texts)
    for j in seen.get(texts[i], ()):
        if j == i:
            continue  # (a line printed once has no other copy: the loop ends at once)
        for d in (-1, 1):
            if 0 <= i + d < n and 0 <= j + d < n and i + d != j and texts[i + d].strip() and texts[i + d] == texts[j + d]:
                return True
    return False


REPEATED_RUN = RepeatedRunRule("CS433", "repeated-run",
                               "on a text page, lines printed twice with their neighbours, outside the story's text",
                               Role.BOILERPLATE, fix_safe=False, reads=EVERY_LABEL, shapes=True)


# share of the kept text that a page's <figure> elements may hold for their text to be the figures':
# a page that sets more of its text in them sets its story there (0.5: none of the fit halves came near)
FIGURE_SHARE = 0.5


class FigureTextRule(Rule):
    """
    What it removes: on an HTML page, once every decision is made, the kept text set straight in a
    ``<figure>`` element (not in a paragraph, a heading or a ``<figcaption>`` inside it), unless the
    page's figures hold FIGURE_SHARE of its kept text or more.
    Why: a figure is a picture, a video or a card set apart from the text; the words a template
    sets loose in it are the picture's label, the video's blurb or a card's teaser of another story.
    A ``<figcaption>`` is read as a caption by the structure step; loose text in the figure was not,
    and every decision kept it as a paragraph of the article. The markup says where it stands; no
    word of any language.
    Example: `The minister speaks at the summit in the capital.` set straight in a ``<figure>``
    around a video, between two paragraphs of the story
    Kept: a paragraph (``<p>``), heading or quote inside a figure, and the text of a page that sets
    half of what it keeps or more in figures (its story is there).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.doc.from_html:
            return
        fs, blocks, lens = ctx.findings, ctx.doc.blocks, ctx.lens
        kept = [i for i, f in enumerate(fs) if f is None or f.role is Role.CONTENT]
        loose = [i for i in kept if blocks[i].hints.get("tag") == "figure"]
        if not loose or sum(lens[i] for i in loose) >= FIGURE_SHARE * sum(lens[i] for i in kept):
            return
        for i in loose:
            f = fs[i]
            yield self.finding(i, "text set straight in a <figure>, outside a paragraph or caption",
                               priority=self.outranking(f))


FIGURE_TEXT = FigureTextRule(
    "CS211", "figure-text",
    "on an HTML page, text set straight in a <figure> element: a picture's label, a video's blurb, a card",
    Role.CAPTION, fix_safe=False, reads=EVERY_LABEL, shapes=True)


# a run of story cards at the edge of a text page's story (issue #19, teaser109)
CARD_HEADLINE_MAX_WORDS = 24  # words of a card's headline at most (a long post title; more reads as a sentence)
CARD_SUMMARY_MIN_WORDS = 12  # words of a card's summary at least: a sentence or two, longer than a headline
CARD_SUMMARY_MIN = 100  # characters of a card's summary at least: a short last sentence of the story or a list's item is less
CARD_SUMMARY_MAX = 300  # characters: a card's summary is a sentence or two, shorter than most paragraphs
CARD_LINE_MAX = 60  # characters of a card's extra line (its author, its date, a label): a name and a few words
CARD_EXTRAS = 2  # extra lines a card may print under its summary (an author and a date)
CARDS_IN_RUN = 3  # cards in a row at least: fewer is a teaser or two, left to the other rules
STORY_PARAGRAPHS_MIN = 3  # kept paragraphs of the story the run stands by: fewer is no story to weigh it against
# a card's summary is at most this share of the story's median paragraph, in characters (the median of
# the run's summaries against the median of the story's paragraphs): a brief is as long as a story's
SUMMARY_SHARE = 0.6
_NO_HEADLINE_END = frozenset(".:;,")  # a headline ends with no full stop, colon or comma (a `?` or `!` may)


def _card_headline(text: str) -> bool:
    """A line of a card's headline: a few words with letters, no list mark, no full stop at its end."""
    t = text.rstrip().rstrip(CLOSERS)
    return bool(t) and t[-1] not in _NO_HEADLINE_END and any(c.isalpha() for c in t) \
        and len(text.split()) <= CARD_HEADLINE_MAX_WORDS and list_mark(text) is None


def _card_summary(text: str) -> bool:
    """A card's summary: a sentence or two of CARD_SUMMARY_MIN_WORDS words or more, CARD_SUMMARY_MIN to CARD_SUMMARY_MAX
    characters (a site may cut it short of its full stop), with no list mark."""
    return CARD_SUMMARY_MIN <= len(text) <= CARD_SUMMARY_MAX and len(text.split()) >= CARD_SUMMARY_MIN_WORDS and list_mark(text) is None


def _card_extra(text: str) -> bool:
    """A card's extra line: short, no sentence (an author's name, a date, a label)."""
    return len(text) <= CARD_LINE_MAX and not ends_sentence(text)


def _card_runs(texts: list[str], lens: list[int]) -> list[list[tuple[int, int]]]:
    """Runs of cards in a row, each card as (its headline's block, its last block): a headline over a
    summary, then up to CARD_EXTRAS extra lines, the next card's headline right under them."""
    n = len(texts)
    # (a card opens where the line under it has a summary's length: the cheap test first, on every line)
    under = list(compress(range(n - 1), [CARD_SUMMARY_MIN <= k <= CARD_SUMMARY_MAX for k in lens[1:]]))
    if len(under) < CARDS_IN_RUN:
        return []
    opens = [False] * n
    for i in under:
        opens[i] = _card_headline(texts[i]) and _card_summary(texts[i + 1])
    if sum(opens) < CARDS_IN_RUN:
        return []
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    i = 0
    while i < n - 1:
        if not opens[i]:
            if run:
                runs.append(run)
                run = []
            i += 1
            continue
        j = i + 2
        while j < n and j - i - 2 < CARD_EXTRAS and _card_extra(texts[j]) and not opens[j]:
            j += 1
        if run and run[-1][1] != i - 1:
            runs.append(run)
            run = []
        run.append((i, j - 1))
        i = j
    if run:
        runs.append(run)
    return [r for r in runs if len(r) >= CARDS_IN_RUN]


class TeaserRunRule(Rule):
    """
    What it removes: on a text page of one story, the kept lines of a run of CARDS_IN_RUN story cards
    or more printed in a row at the edge of the story's text (above its first paragraph or under its
    last): each card a headline-shaped line over a summary of a sentence or two, with up to
    CARD_EXTRAS short lines under it (an author, a date), when the cards' summaries are much shorter
    than the story's paragraphs (SUMMARY_SHARE of their median length at most). Above the story the
    run's last card is spared: the story's own headline and standfirst have the card's shape.
    Why: a template prints other stories of the site as cards around the article (`Mehr zum
    Thema`, `Weitere Themen`); a naive scrape sets each as a headline and a summary, which read as
    a short article's lines. Briefs are the same shape but each is a story of the page under a
    headline read as such: a page with more than one headline is left alone.
    Example: `Stamp prices to rise again` over `The cost of a letter goes up for the second time
    this year.` and `By Ada Linford`, three cards or more so, under the article's last paragraph
    Kept: a page of two stories or more (briefs), a run of fewer cards, cards whose summaries are as
    long as the story's paragraphs, a run inside the story's text (between two of its paragraphs),
    a run with a headline a rule read as the page's, and every line of an HTML page.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.doc.blocks or ctx.doc.from_html:
            return
        titles = ctx.with_role(Role.TITLE)
        if len(titles) > 1:
            return  # (a page of stories: briefs have the cards' shape)
        texts, fs, lens = ctx.texts, ctx.findings, ctx.lens
        runs = _card_runs(texts, lens)
        if not runs:
            return
        content = Role.CONTENT
        kept = [i for i, f in enumerate(fs) if f is None or f.role is content]
        in_cards = {m for r in runs for h, e in r for m in range(h, e + 1)}
        paras = [i for i in kept if i not in in_cards and _paragraph(texts[i])]
        if len(paras) < STORY_PARAGRAPHS_MIN:
            return
        para_median = sorted(lens[i] for i in paras)[len(paras) // 2]
        for run in runs:
            if run[-1][1] < paras[0]:
                cards = run[:-1]  # (above the story: its last card may be the story's own header)
            elif run[0][0] > paras[-1]:
                cards = run
            else:
                continue  # (inside the story's text)
            if len(cards) < CARDS_IN_RUN or any(cards[0][0] <= t <= cards[-1][1] for t in titles):
                continue
            sums = sorted(lens[h + 1] for h, _ in cards)
            if sums[len(sums) // 2] > SUMMARY_SHARE * para_median:
                continue
            for h, e in cards:
                for i in range(h, e + 1):
                    f = fs[i]
                    if f is None or f.role is content:
                        yield self.finding(i, f"one of a run of {len(cards)} story cards at the edge of the story",
                                           priority=self.outranking(f))


TEASER_RUN = TeaserRunRule("CS210", "teaser-run",
                           "on a text page, a run of other stories' cards (headline, summary) at the story's edge",
                           Role.RELATED, fix_safe=False, reads=EVERY_LABEL, shapes=True)

COPY_MIN = 1000  # characters: a line holding several of the story's paragraphs run together (one is shorter)
COPY_PART_MIN = 80  # characters of a paragraph found inside it: a sentence or more, not a word or a label
COPY_PARTS = 3  # kept paragraphs found inside it at least: one or two may be a lead printed twice
COPY_SHARE = 0.8  # share of its characters those paragraphs make up: it is their copy, not a text quoting them


class RunTogetherCopyRule(Rule):
    """
    What it removes: on a text page, a long kept line (COPY_MIN characters or more) that prints
    the story's kept paragraphs again, run together: COPY_PARTS of the page's other kept lines
    or more (each a paragraph of COPY_PART_MIN characters or more) stand in it word for word and
    make up COPY_SHARE of it or more.
    Why: a naive scrape prints what a page hides as well as what it shows: the article's full
    text in one hidden element (a paywall's copy, a reader view, a print version) becomes one
    long line under or over the paragraphs, and prints the story twice. HTML mode never sees it
    as text; the paragraphs, kept on their own lines, hold all of it.
    Example: the story's paragraphs, then one line of all of them joined by spaces
    Kept: the paragraphs themselves; a long line whose text is not the kept paragraphs' (a
    paragraph that quotes one or two of them, a long paragraph of its own); a long line when the
    paragraphs it holds were not kept (the copy is then the page's only print of them); every
    line of an HTML page.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.doc.blocks or ctx.doc.from_html:
            return
        lens = ctx.lens
        if max(lens) < COPY_MIN:
            return  # (most pages: no line long enough)
        texts, fs, content = ctx.texts, ctx.findings, Role.CONTENT
        kept = [i for i, f in enumerate(fs) if f is None or f.role is content]
        parts = [i for i in kept if lens[i] >= COPY_PART_MIN]
        for i in kept:
            n = lens[i]
            if n < COPY_MIN:
                continue
            t = texts[i]
            inside = [j for j in parts if j != i and lens[j] < n and texts[j] in t]
            if len(inside) >= COPY_PARTS and sum(lens[j] for j in inside) >= COPY_SHARE * n:
                yield self.finding(i, f"the story's kept paragraphs printed again in one line ({len(inside)} of them)",
                                   priority=self.outranking(fs[i]))


RUN_TOGETHER_COPY = RunTogetherCopyRule("CS434", "run-together-copy",
                                        "on a text page, one long line that prints the story's kept paragraphs again, run together",
                                        Role.CHROME, fix_safe=False, reads=EVERY_LABEL, shapes=True)

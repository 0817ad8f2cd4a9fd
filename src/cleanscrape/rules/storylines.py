"""A story's own short lines at its edges, brought back (issue #18: when unsure, merge).

On a page of several stories, the generic decisions (content scoring, the block model) and
the related-headline rule cut a story's run at its paragraphs: a short line of the story's
own right under its header, over its first paragraph (a subheading, a dateline, a lead-in),
or right under its last paragraph with only the page's named template between it and the
next story's headline (its last subheading), went with the template around it. A line of
that shape that the page prints once, and whose first words (numbers folded) no other line
of the page opens with (a reading time, a byline, a tag line the template prints per story),
is the story's text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

from ..document import Finding, Role
from ..patterns import compile_pattern
from ..text import CLOSERS, ends_sentence, long_word_stems, menu_line
from .base import EVERY_LABEL, META_ROLES, STORY_PARAGRAPH, Context, Rule
from .headings import PATTERN_MIN
from .signature import SIGNATURE_MAX, SIGNATURE_MIN, line_key as _key, line_keys

STORY_PAGE_TITLES = 2  # headlines of a page of several stories (a single story's edges: the generic decisions')
EDGE_MAX_WORDS = 12  # words of a story's first line under its header (a dateline, a subheading, a lead-in)
SHOUT_WORDS = 3  # words of a lead-in in capitals (`FULL RESULTS BELOW`): a dateline is shorter (`BAAR, SWITZERLAND`)
LAST_WORDS = (2, 10)  # words of a story's last subheading over the template that closes it

# (globals: an enum member read off its class costs several times more, in hot loops)
_CONTENT = Role.CONTENT
_GENERIC = frozenset({"CS501", "CS505"})  # content scoring and the block model: no named rule took it
_LAST_DROPS = _GENERIC | {"CS205"}  # ...and a related headline taken after the story's last paragraph
# what stands over a story's first line: its header (headline, byline, date, stub, section), the
# picture under it (caption, credit) or the template's named lines (a share bar, a reading time)
_HEADER = frozenset({Role.TITLE, Role.BYLINE, Role.DATE, Role.STUB, Role.SECTION, Role.CAPTION, Role.CREDIT,
                     Role.CHROME, Role.DUPLICATE_TITLE})
_ADVERT = frozenset({"CS404"})  # an advert marker (`Sponsored`, `Anzeige`)
_CLOCK = compile_pattern(r"\d{1,2}[:.h]\d\d", "")  # a brief's time under its headline is its date, not its text
_WORD = compile_pattern(r"[^\W\d_]{3}", "")  # a word of three letters: no separator, no number alone


def _edge_shape(text: str, low: int, high: int) -> bool:
    """A short line of words: no clock time, no label over a list (`Tags: a, b, c`), no menu."""
    n = len(text.split())
    return low <= n <= high and _WORD.search(text) is not None and _CLOCK.search(text) is None \
        and not (":" in text and "," in text) and not menu_line(text)


class StoryLinesRule(Rule):
    """
    What it removes: nothing; it brings back a story's own short line at its edges.
    Why: on a page of several stories, the generic decisions and the related-headline rule
    cut a story's run at its paragraphs, and its short lines at the edges went with the
    template around them: text lost because its story's boundary was unsure. A short line
    printed once on the page, under the story's header (its headline, byline, date, picture
    or named template lines) and right over its first paragraph, is its first line; one
    right under its last paragraph (a picture or a video teaser may stand between), with only
    lines named by the template's rules, lines the page prints again (a share line in words no
    list holds) or the page's end under it, is its last subheading.
    Example: `BAAR, SWITZERLAND` between a story's byline and its first paragraph (brought back)
    Example: `Pyrotechnische Gegenstände in Gebäuden verboten` under a story's last paragraph
    on fireworks in buildings, over `Weiterlesen` and the next story's section and headline
    (brought back)
    Example: `A quieter summer ahead` under the first of three stories' last paragraph, over the
    share line every story prints, no other story printing a line there (brought back)
    Kept: what a named rule took stays taken (a caption, a byline, a teaser); lines the page
    prints per story, the same first words with other numbers (`Lesetid 5 min`, `Written by
    ...`), a clock time, a label over a list (`Tags: a, b, c`), a menu and a lead-in of three
    words or more in capitals (`FULL RESULTS BELOW`) stay dropped; a last line that repeats no
    long word of its story's paragraphs over it (`What happens to the island shops`) where
    another story's end holds such a line too, or on a page of two headlines, or of fewer than
    three words (`More here`) or with a sign apart at an end (`Full story →`), holds a
    colon (`Lindau winter market: what to expect this year`, a link over `Continue Reading`) or
    stands over an advert marker (`Sponsored`) stays dropped, and so does a run of headlines
    after the last story (`Most read`): the last line must stand alone over the named template
    and the next story's headline or the page's end; a single story's edges are left to the generic decisions.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        titles = ctx.with_role(Role.TITLE)
        if len(titles) < STORY_PAGE_TITLES:
            return
        fs, texts, lens = ctx.findings, ctx.texts, ctx.lens
        n = len(texts)

        def paragraph(m: int) -> bool:
            f = fs[m]
            return (f is None or f.role is _CONTENT) and lens[m] >= STORY_PARAGRAPH and ends_sentence(texts[m])

        cands: list[tuple[int, str]] = []
        lasts: list[tuple[int, bool]] = []  # a last subheading's place and shape: (line, echoes its story)
        for i in ctx.labelled(_LAST_DROPS):  # (the generic drops and related headlines only, in page order)
            f = fs[i]
            if not 0 < i < n - 1 or f is None:
                continue
            above = fs[i - 1]
            if f.code in _GENERIC and above is not None and above.role in _HEADER and paragraph(i + 1) \
                    and _edge_shape(texts[i], 1, EDGE_MAX_WORDS) and not (texts[i].isupper() and len(texts[i].split()) >= SHOUT_WORDS):
                cands.append((i, "a story's first line, under its header and over its first paragraph"))
            elif _over_paragraph(ctx, i, paragraph) and not ends_sentence(texts[i]) and _edge_shape(texts[i], *LAST_WORDS) \
                    and ":" not in texts[i] and _closes_before_title(ctx, i + 1):
                lasts.append((i, _echoes_above(ctx, i, paragraph)))
        if not cands and not lasts:
            return  # (the page's line keys, a look at each line, only for a line found here)
        # (one story's end only holds such a line, on a page of LONE_TITLES stories or more: no
        # template prints it under each story, and two headlines may be one article's wrong cut)
        keys = line_keys(ctx)
        lone = sum(not echo and keys[_key(texts[i])] == 1 for i, echo in lasts) == 1 and len(titles) >= LONE_TITLES
        cands += [(i, "a story's last subheading, only named template between it and the next headline")
                  for i, echo in lasts if echo or lone and _unlinked(ctx, i)]
        for i, why in cands:
            if keys[_key(texts[i])] == 1:
                yield self.finding(i, why, role=Role.CONTENT, priority=fs[i].priority + 1)  # type: ignore[union-attr]


LONE_TITLES = 3  # headlines of a page whose one unechoed last line is read as a subheading
LONE_MIN_WORDS = 3  # words of a last subheading that repeats none of its story's words; shorter is a label (`Read more`)
_LINK_SIGN = compile_pattern(r"^[^\w\s]+\s|\s[^\w\s]+$", "")  # a sign apart at an end: `» Headline`, `Read on →`, `▶ Watch`


def _unlinked(ctx: Context, i: int) -> bool:
    """Line ``i`` reads as a subheading, not a link's label: three words or more, and no sign
    standing apart at either end (an arrow, a guillemet, a play sign)."""
    return ctx.nwords(i) >= LONE_MIN_WORDS and _LINK_SIGN.search(ctx.texts[i]) is None


_ASIDE = frozenset({Role.CAPTION, Role.CREDIT, Role.TEASER})  # a picture or a video set in the story's text


def _over_paragraph(ctx: Context, i: int, paragraph: Callable[[int], bool]) -> bool:
    """A story's paragraph stands over line ``i``, or over the picture or video teaser right over it."""
    m = i - 1
    while m > 0 and (f := ctx.findings[m]) is not None and f.role in _ASIDE:
        m -= 1
    return paragraph(m)


ECHO_REACH = 8  # lines looked at over a story's last subheading for the story's paragraphs
ECHO_PARAGRAPHS = 3  # ...and how many of them


def _echoes_above(ctx: Context, i: int, paragraph: Callable[[int], bool]) -> bool:
    """Line ``i`` repeats a long word of the story's last paragraphs over it (a subheading
    speaks of its story; an advert's or another story's headline after it need not)."""
    own, got = long_word_stems(ctx.texts[i]), 0
    for m in range(i - 1, max(-1, i - 1 - ECHO_REACH), -1):
        f = ctx.findings[m]
        if f is not None and f.role in (Role.TITLE, Role.SECTION):
            break
        if paragraph(m):
            if own & long_word_stems(ctx.texts[m]):
                return True
            got += 1
            if got == ECHO_PARAGRAPHS:
                break
    return False


def _closes_before_title(ctx: Context, j: int) -> bool:
    """From line ``j`` to the next headline, only lines a named rule took (the story's trailer,
    a share bar, the next story's section), or lines the page prints again, whatever took them (a
    share line, a `Read more`: template), or the page's end: no open line, no generic drop or
    related headline printed once."""
    fs, n = ctx.findings, len(ctx.texts)
    while j < n:
        f = fs[j]
        if f is not None and f.code in _LAST_DROPS and line_keys(ctx)[_key(ctx.texts[j])] > 1:
            j += 1
            continue  # (the page prints its first words again: the template's, not a story's)
        if f is None or f.role is Role.CONTENT or f.code in _LAST_DROPS and _WORD.search(ctx.texts[j]) is not None:
            return False  # (a line of no words the generic decisions dropped is a separator: `---`)
        if f.role is Role.TITLE:
            return True
        if f.code in _ADVERT:
            return False  # (`Sponsored` under it: an advert's headline)
        j += 1
    return True  # (the page's end, only named template under the last story)


STORY_LINES = StoryLinesRule("CS507", "story-lines",
                             "a story's own short line at its edges (first line, last subheading) keeps its place",
                             Role.BOILERPLATE, fix_safe=False, emits=(Role.CONTENT,), reads=EVERY_LABEL, shapes=True)


SLOT_WORDS = 5  # words of a story's first paragraph in its header's slot (a dateline, a label, a prompt: fewer)
_SLOT_DROPS = _LAST_DROPS  # the generic drops, and a related headline (a brief's one line with no full stop)
_PICTURE = frozenset({Role.CAPTION, Role.CREDIT})  # a picture under some headlines of a feed, not under others
_OVER = frozenset({Role.BYLINE, Role.DATE, Role.STUB}) | _PICTURE  # a header's line, a picture's: not under a paragraph


def _slot(fs: list[Finding | None], t: int, end: int) -> tuple[tuple[str, ...] | None, int]:
    """The signature of headline ``t``'s header (the codes of its labelled lines, a picture's
    aside, as ``signature.signature`` reads them, a related headline ending it too; ``()`` for
    no header) and the line under it, where its story's first paragraph stands; None when no
    line stands under it before ``end`` (the next headline) or the header is longer than
    SIGNATURE_MAX lines."""
    sig: list[str] = []
    for k in range(t + 1, end):
        f = fs[k]
        if f is None or f.role is Role.CONTENT or f.code in _SLOT_DROPS:
            return tuple(sig), k
        if f.role not in _PICTURE:
            sig.append(f.code)
            if len(sig) > SIGNATURE_MAX:
                break
    return None, end


def _over_label(ctx: Context, j: int) -> bool:
    """Line ``j`` is a header's or a picture's line (a byline, a date, a credit) under line
    ``j - 1``: named, or, under a short sentence (a caption's shape), a line of words and no
    sentence the generic decisions dropped (`Maxppp`, `Ana Ruiz | Agency`)."""
    f = ctx.findings[j]
    if f is None or f.role is Role.CONTENT:
        return False
    if f.code in _GENERIC:
        t, above = ctx.texts[j], ctx.texts[j - 1]
        return ends_sentence(above) and ctx.lens[j - 1] < STORY_PARAGRAPH and _WORD.search(t) is not None \
            and not (ends_sentence(t) and ctx.nwords(j) >= SLOT_WORDS)
    return f.role in _OVER


def _listed(ctx: Context, k: int) -> bool:
    """Line ``k``, right under a headline that prints no header, may be a list's item under its
    heading: a headline's shape (no sentence's end, shorter than a paragraph), or over another
    line of SLOT_WORDS words the decisions dropped (the list's next item)."""
    if not ends_sentence(ctx.texts[k]) and ctx.lens[k] < STORY_PARAGRAPH:
        return True
    g = ctx.findings[k + 1] if k + 1 < len(ctx.texts) else None
    return g is not None and g.code in _SLOT_DROPS and ctx.nwords(k + 1) >= SLOT_WORDS


class HeaderSlotRule(Rule):
    """
    What it removes: nothing; it brings back a story's first paragraph from the place the
    page's own header puts it.
    Why: a page of several stories prints each story's header from one template (a date, a
    byline, stubs, in one order under each headline) and its first paragraph right under it.
    Where most stories under that header kept the line in that place, the line in the same
    place under another headline's same header is that story's first paragraph too, whatever
    its shape: a deck or a brief's one sentence that its source printed without its full stop
    reads as a headline or a related link to the generic decisions, and the story loses its
    opening or all its text (issue #18: when unsure, merge rather than drop).
    Example: `Harbour crews kept working through the night as the storm moved east` under a
    headline and its date line, where the other stories of the page keep a paragraph under
    their headline and date (brought back)
    A headline that prints no header (its time over it, or nothing) has its first paragraph
    right under it: the same holds where two other stories or more, and most, kept that line.
    Example: `Two boats ran aground in the fog off the north pier.` right under its headline,
    the time over each headline of the page, where the other briefs keep the line under theirs
    (brought back)
    Example: `A quieter summer ahead` under the first of three stories' last paragraph, over the
    share line every story prints, no other story printing a line there (brought back)
    Kept: what a named rule took stays taken (a caption, a teaser, a byline); a line of fewer
    than five words (a dateline, a label, a prompt), a line whose first words the page prints
    again (a template's), a line over a header's or a picture's line (the next story's
    headline, a caption over its credit), and every line of a page where no other story (two
    under a header of one line or none, a date alone: any card's), or only half of the stories
    under that header or fewer, kept the line in that place (a list of story cards); right
    under a headline with no header, a line of a headline's shape (no sentence's end, shorter
    than a paragraph) or over another such line the decisions dropped (a list's heading read
    as a headline, over its items); a single story's lines are left to the generic decisions.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        titles = ctx.with_role(Role.TITLE)
        if len(titles) < STORY_PAGE_TITLES:
            return
        fs, texts, n = ctx.findings, ctx.texts, len(ctx.texts)
        slots = [_slot(fs, t, e) for t, e in zip(titles, [*titles[1:], n])]
        kept: Counter[tuple[str, ...]] = Counter(sig for sig, k in slots if sig is not None and (
            fs[k] is None or fs[k].role is Role.CONTENT))  # type: ignore[union-attr]
        if not kept:
            return
        every = Counter(sig for sig, _ in slots)
        keys = None
        for sig, k in slots:
            if sig is None or kept[sig] < (1 if len(sig) >= SIGNATURE_MIN else PATTERN_MIN) or 2 * kept[sig] <= every[sig]:
                continue  # (too few other stories, or half of those under the header or fewer, kept the line: cards)
            f = fs[k]
            if f is None or f.role is Role.CONTENT or ctx.nwords(k) < SLOT_WORDS or _WORD.search(texts[k]) is None:
                continue
            if not sig and _listed(ctx, k):
                continue  # (right under a headline with no header: a list's items under its heading)
            if k + 1 < n and _over_label(ctx, k + 1):
                continue  # (a line over a header's or a picture's line: the next story's headline, a caption)
            keys = keys if keys is not None else line_keys(ctx)
            if keys[_key(texts[k])] == 1:
                yield self.finding(k, "a story's first paragraph, where the page's header puts it under each headline",
                                   role=Role.CONTENT, priority=f.priority + 1)


HEADER_SLOT = HeaderSlotRule("CS512", "header-slot",
                             "a story's first paragraph where its page's repeated header puts it keeps its place",
                             Role.BOILERPLATE, fix_safe=False, emits=(Role.CONTENT,), reads=EVERY_LABEL, shapes=True)


PROSE_WORDS = 12  # words of a dropped statement read as a story's prose: headlines and captions run shorter (at ten,
# a broader first version leaked more on the probes; on the fit half and the probes all 39 lines CS513 brings back are stories')
PROSE_RUNNING = 0.5  # share of its words of three letters or more not capitalised: running text, not a title in Title Case
_LONG_WORD = compile_pattern(r"[^\W\d_]{3,}", "")
_ASKING = frozenset("?!？！\u061f")  # a question's or an exclamation's end: a headline's as often as a sentence's


def prose_statement(text: str, nwords: int) -> bool:
    """A statement of PROSE_WORDS words or more: it ends like a sentence, with no question or
    exclamation mark (`Is an oxygen bar offering fresh air?` heads a story), and most of its
    longer words are not capitalised (a headline in Title Case is not; a script with no case
    reads as running text)."""
    if nwords < PROSE_WORDS or not ends_sentence(text) or text.rstrip().rstrip(CLOSERS)[-1:] in _ASKING:
        return False
    ws = _LONG_WORD.findall(text)
    return bool(ws) and sum(not w[0].isupper() for w in ws) >= PROSE_RUNNING * len(ws)


SHORT_PROSE_WORDS = 4  # words of a short statement at least: fewer is a label, a dateline or a prompt (`Read it here.`)
_LEAD_IN = (".", ":")  # a full stop, or a colon that opens what follows (`The newly selected five are:`)


def short_statement(text: str, nwords: int) -> bool:
    """A statement shorter than PROSE_WORDS words, SHORT_PROSE_WORDS at least, that ends with a
    full stop (not an ellipsis, not an abbreviation's) or a lead-in's colon, most of its longer
    words not capitalised: a story's short sentence or the line that opens its list. A headline
    ends in neither; a question or an exclamation heads a story as often (`So where does that
    leave RPA?`), and a caption's sentence is told by the credit under it (:func:`_over_label`)."""
    if not SHORT_PROSE_WORDS <= nwords < PROSE_WORDS:
        return False
    t = text.rstrip().rstrip(CLOSERS)
    if not t.endswith(_LEAD_IN) or t.endswith("..") or t.endswith(".") and not ends_sentence(text):
        return False
    ws = _LONG_WORD.findall(text)
    return bool(ws) and sum(not w[0].isupper() for w in ws) >= PROSE_RUNNING * len(ws)


def _kept(fs: list[Finding | None], t: int, end: int) -> bool:
    """Some line between headline ``t`` and ``end`` is kept as text (a card's headline keeps none)."""
    return any(g is None or g.role is Role.CONTENT for g in fs[t + 1:end])


def _headed_story(fs: list[Finding | None], t: int, end: int) -> bool:
    """Headline ``t`` heads a story: a byline, a date or a stub stands in its header (the lines
    over the first line kept under it, before ``end``), and text of its own is kept."""
    for k in range(t + 1, end):
        f = fs[k]
        if f is None or f.role is Role.CONTENT:
            return False
        if f.role in META_ROLES:
            return any(g is None or g.role is Role.CONTENT for g in fs[k + 1:end])
    return False


_PASSED = frozenset({Role.RELATED, Role.CAPTION, Role.CREDIT})  # a box of links, a picture: they stand inside a story's text
_PASSED_CODES = _GENERIC | {"CS404", "CS408"}  # ...and what the generic decisions dropped, an advert marker, a reading time


def _story_reach(fs: list[Finding | None], t: int, end: int) -> list[int]:
    """The lines of the stretch (``t``, ``end``) that a story's kept lines reach, up and down,
    over only lines a story's text holds: what the generic decisions dropped, a box of related
    links, a picture's lines, an advert marker. A comment count, a form, a byline, a tag line
    or a story list ends the reach: what stands beyond is the page's, not the story's."""
    def passable(f: Finding | None) -> bool:
        return f is not None and f.role is not Role.CONTENT and (f.role in _PASSED or f.code in _PASSED_CODES)

    kept = [k for k in range(t + 1, end) if fs[k] is None or fs[k].role is Role.CONTENT]  # type: ignore[union-attr]
    reach: set[int] = set()
    for k in kept:
        for step in (-1, 1):
            j = k + step
            while t < j < end and j not in reach and passable(fs[j]):
                reach.add(j)
                j += step
    return sorted(reach)


class StoryProseRule(Rule):
    """
    What it removes: nothing; it brings back a statement of prose its story's text reaches.
    Why: the generic decisions (content scoring, the block model) score a page's text by runs,
    and a story's paragraph beyond the run they chose (under a box of links dropped into the
    story, a related-articles label no rule knows and its headlines) goes with the template
    around it: text lost because the story's boundary was unsure (issue #18: when unsure, merge
    rather than drop). On a page of two stories or more under their own header (a byline, a
    date or a stub under the headline, text kept under it), a line of prose's shape (a statement
    of PROSE_WORDS words or more in running case) that only a generic decision dropped, reached
    from its story's kept text over only lines a story's text holds (other dropped lines, a box
    of related links, a picture's lines, an advert marker, a reading time), is the story's.
    So is a short statement (seglost139: SHORT_PROSE_WORDS words or more, fewer than PROSE_WORDS,
    ending with a full stop or a lead-in's colon, in running case, printed once on the page) that
    the generic decisions or the related-headline rule (``CS205``) dropped, reached the same way
    from the kept text of a story, headed or not, on a page of two stories or more that kept text:
    a story's short last sentence under a box of links, the line that opens its list (`The newly
    selected five are:`), a one-line paragraph the decisions cut with the template around it.
    And so are the items of the list a story's kept lead-in opens: the lines right under a kept
    line (or a short statement brought back) ending with a colon that the same decisions dropped,
    LIST_ITEMS or more, each under ITEM_MAX characters with no sentence's end, printed once, and
    of one shape (each holds a comma, or all open with the same word).
    Example: `The board will meet again in May, when the ferry is due to sail its second set of
    trials off the north pier.` under `Gerelateerde artikelen` and two headlines, under a dated
    story's third paragraph, over its comment count (brought back)
    Example: `The valley is a land of bridges.` under `Lees ook:`, its headline and the story's
    sentence under them, over the share bar each story of the page prints (brought back)
    Example: `Mill Bridge, over the Kell, 1948` and the two rows under it, under the story's kept
    `The three oldest bridges still standing are:`, over the share bar (brought back)
    Kept: what a named rule took stays taken (a caption, a teaser, a byline); a question or an
    exclamation (`Will the board meet again in May ...?`: a headline's end as often), a line in
    Title Case, a line of fewer than SHORT_PROSE_WORDS words (`Read it here.`), a short line with
    no full stop or colon at its end (a headline's shape), a short statement over a picture's credit
    (its caption) or printed twice on the page (the template's); under a lead-in, a single short
    line or lines of different shapes (a box of headlines); lines past a comment count, a form, a
    tag line or a story list (the page's, not the story's), lines under a headline with no
    byline, date or stub of its own or no kept text (a card; a short statement: no kept text), every
    line of a page with fewer than two such stories (a single article's prose outside its run is as
    often a comment, a teaser or an author's note), and every line of an HTML page (its markup
    places the text).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        titles = ctx.with_role(Role.TITLE)
        if len(titles) < STORY_PAGE_TITLES or ctx.doc.from_html:
            return  # (a single story's prose outside its run: comments, teasers, notes; the generic decisions')
        fs, texts = ctx.findings, ctx.texts
        # (the stories that kept text of their own, under their own header or under a bare headline:
        # a card's headline keeps none)
        spans = list(zip(titles, [*titles[1:], len(fs)]))
        headed = [_headed_story(fs, t, end) for t, end in spans]
        many = sum(headed) >= STORY_PAGE_TITLES
        if not many and sum(_kept(fs, t, end) for t, end in spans) < STORY_PAGE_TITLES:
            return  # (one story with text: a single article under cards or spurious headlines)
        brought: list[int] = []
        for (t, end), head in zip(spans, headed):
            for k in _story_reach(fs, t, end):
                f = fs[k]
                if f is None:
                    continue
                if f.code in _GENERIC and head and many and prose_statement(texts[k], ctx.nwords(k)):
                    yield self.finding(k, "a statement of prose under a story's headline",
                                       role=Role.CONTENT, priority=f.priority + 1)
                elif f.code in _LAST_DROPS and short_statement(texts[k], ctx.nwords(k)) \
                        and not _over_picture(ctx, k + 1) and ctx.text_counts()[texts[k]] == 1:
                    brought.append(k)
                    yield self.finding(k, "a short statement of its story's text, within its kept text's reach",
                                       role=Role.CONTENT, priority=f.priority + 1)
        for k in _lead_ins(fs, texts, spans, brought):
            for j in _items_under(ctx, k):
                yield self.finding(j, "an item of the list its story's kept lead-in opens",
                                   role=Role.CONTENT, priority=fs[j].priority + 1)  # type: ignore[union-attr]


ITEM_MAX = 80  # characters of a list's item under a lead-in (a place, a name, a short row): a paragraph is longer
LIST_ITEMS = 2  # items at least: one short line under a lead-in is as often a box's headline


def _lead_ins(fs: list[Finding | None], texts: list[str], spans: list[tuple[int, int]], brought: list[int]) -> list[int]:
    """The kept lines (or the short statements just brought back) of the stories that kept text,
    ending with a colon: a lead-in that opens a list (`The newly selected five are:`)."""
    got = set(brought)
    for t, end in spans:
        got.update(k for k in range(t + 1, end) if (fs[k] is None or fs[k].role is Role.CONTENT))  # type: ignore[union-attr]
    return sorted(k for k in got if texts[k].rstrip().endswith(":"))


def _items_under(ctx: Context, k: int) -> list[int]:
    """The lines right under lead-in ``k`` that the generic decisions or ``CS205`` dropped, each
    under ITEM_MAX characters with no sentence's end, printed once, LIST_ITEMS of them or more and
    parallel in shape (each holds a comma, or all open with the same word: `Path A: ...`, `Path B:
    ...`): the items of the list it opens, not a box of headlines (their shapes differ)."""
    fs, texts, n = ctx.findings, ctx.texts, len(ctx.texts)
    items, j = [], k + 1
    while j < n and (f := fs[j]) is not None and f.code in _LAST_DROPS and len(texts[j]) <= ITEM_MAX \
            and not ends_sentence(texts[j]) and ctx.text_counts()[texts[j]] == 1:
        items.append(j)
        j += 1
    if len(items) < LIST_ITEMS:
        return []
    lines = [texts[i] for i in items]
    if all("," in t for t in lines) or len({t.split(None, 1)[0] for t in lines}) == 1:
        return items
    return []


def _over_picture(ctx: Context, j: int) -> bool:
    """Line ``j`` is a picture's line (a credit, a caption) under line ``j - 1``, named or of a
    credit's shape (:func:`_over_label`): the line over it is the picture's caption. (A byline or a
    date under a short statement is the template's author line under its story as often as the
    next story's header.)"""
    if j >= len(ctx.texts) or not _over_label(ctx, j):
        return False
    f = ctx.findings[j]
    return f is not None and (f.code in _GENERIC or f.role in _PICTURE)


STORY_PROSE = StoryProseRule("CS513", "story-prose",
                             "a statement of prose under a story's headline that kept text keeps its place",
                             Role.BOILERPLATE, fix_safe=False, emits=(Role.CONTENT,), reads=EVERY_LABEL, shapes=True)

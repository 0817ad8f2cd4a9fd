"""A story header's signature: what the template prints between a headline and its text
(issue #18: boundaries from repetition within the page, whatever its words and language).

A page of several stories prints each story's header from one template: the same labelled
lines (a byline, a date, stubs, a reading time, a share line) in the same order under each
headline. The sequence of those lines' rule codes is the header's signature; a signature that
stands under two headlines or more is the page's skeleton, and a headline printed over it is
a story's, whatever the decisions made of the lines under it. One pass over the labels.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence

from ..dates import find_date
from ..document import Finding, Role
from ..text import HEADLINE_MAX_CHARS, LETTER_RUN, ends_sentence, fold_digits, full_stop_breaks
from .base import EVERY_LABEL, Context, Rule
from .headings import BOX_LINE, FULL_HEADLINE_WORDS, PARAGRAPH_CHARS, PARAGRAPH_WORDS, PATTERN_MIN, printed_by_most

KEY_WORDS = 2  # first words that name a template line printed per story (`Lesetid 5 min`, `Written by`)
SIGNATURE_MIN = 2  # labelled lines of a signature that one other story's header need print (one line: two others),
# and that make the whole run under it a story's (under one line, a date: only its sentences, as a card has one)
SIGNATURE_MAX = 8  # labelled lines between a headline and its text that a signature holds (headings.SKELETON_MAX)

# (globals: an enum member read off its class costs several times more, in hot loops)
_CONTENT, _TITLE = Role.CONTENT, Role.TITLE
_GENERIC = frozenset({"CS501", "CS505", "CS205"})  # what the decisions drop, not what the template names
_OPTIONAL = frozenset({Role.CAPTION, Role.CREDIT})  # a picture under some headlines of a feed, not under others


def signature(fs: Sequence[Finding | None], t: int, end: int) -> tuple[str, ...]:
    """The codes of the labelled lines under headline ``t`` (before ``end``, the next
    headline) up to its first line of text or of what the decisions dropped, a picture's
    lines aside; empty when that header is longer than SIGNATURE_MAX lines."""
    sig: list[str] = []
    for k in range(t + 1, end):
        f = fs[k]
        if f is None or f.role is _CONTENT or f.code in _GENERIC:
            break
        if f.role in _OPTIONAL:
            continue
        sig.append(f.code)
        if len(sig) > SIGNATURE_MAX:
            return ()
    return tuple(sig)


def kept_text(fs: Sequence[Finding | None], t: int, end: int) -> bool:
    """Some line between headline ``t`` and ``end`` is kept as text."""
    return any(fs[k] is None or fs[k].role is _CONTENT for k in range(t + 1, end))  # type: ignore[union-attr]


def skeletons(fs: Sequence[Finding | None], titles: Sequence[int], ends: Sequence[int]) -> dict[int, int]:
    """For each headline, the length of its header's signature (SIGNATURE_MIN at most) when
    another headline of the page prints it over text it kept (two others for a signature of
    one line: a date alone is any story card's header too), else 0."""
    sigs = [signature(fs, t, e) for t, e in zip(titles, ends)]
    kept = [kept_text(fs, t, e) for t, e in zip(titles, ends)]
    counts = Counter(s for s, k in zip(sigs, kept) if s and k)
    return {t: min(len(s), SIGNATURE_MIN) if s and counts[s] - k >= (1 if len(s) >= SIGNATURE_MIN else PATTERN_MIN)
            else 0 for t, s, k in zip(titles, sigs, kept)}


def line_key(text: str, digits: bool = True) -> str:
    """The line's first KEY_WORDS words, digits folded, case aside (folded and cased on those
    words alone, not the whole line: neither touches a space, so the same words). ``digits``:
    False when the line is known to hold no digit (nothing to fold)."""
    head = " ".join(text.split(None, KEY_WORDS)[:KEY_WORDS])
    return " ".join((fold_digits(head) if digits else head).casefold().split())


def line_keys(ctx: Context) -> Counter[str]:
    """How often the page prints each line's first words (``line_key``), once per page."""
    got = ctx.page_memo.get("line_keys")
    if not isinstance(got, Counter):
        digits = ctx.digit_blocks()  # (the lines with a number to fold, found in one pass: most have none)
        got = ctx.page_memo["line_keys"] = Counter(line_key(t, i in digits) for i, t in enumerate(ctx.texts))
    return got


REACH_OVER, REACH_UNDER = 2, 3  # lines over and under a headline that the page's skeleton compares
SLOT_SHARE = 2, 3  # of the skeleton's places, this share (two at least) must match around a line in the headline's slot
SLOT_WORDS = 2  # words of a line in the headline's slot at least (a label alone heads no story)
TEXT_WORDS = 4  # words of a sentence under it: a story's text, where a list's item has none
TAIL_SENTENCES = 2  # sentences under a line in the slot after the last story found (a comment, a card has one)


class SkeletonStoryRule(Rule):
    """
    What it removes: nothing from the text: it finds a story's headline the other steps
    missed, and brings back the text the decisions dropped under it.
    Why: a template prints its per-story skeleton once per story: the same lines (a
    separator, a menu printed again by infinite scroll, a share line, a reading time) and
    the same labels (a date, a byline, stubs) at the same places around each headline. The
    places and lines around at least two of the headlines found, and half of them, are the
    page's skeleton; a line standing where the skeleton puts the headline (two thirds of
    its places matching, two at least) heads a story of its own, whatever its words or
    language, and the text the generic decisions dropped under it is that story's (issue
    #18: when unsure, merge rather than drop). And (seg27) a line right over the header a
    found headline prints over its kept text (its signature: two labelled lines or more, a
    byline, a date, a share line), one sentence of three to sixteen words with two sentences
    of text under that header, heads its story whatever its shape (a full stop at its end, a
    lower-case first word), in plain text; so does a line over a header of one line (a byline
    or a date alone) that most headlines found, two at least, print over their kept text
    (seg32), its story's text then only its sentences. (seg38) A story of one line of a
    paragraph's length with no full stop (a brief's one line, its source's stop left off) has
    text under it too where a story found kept two lines of text or more (a list of cards
    prints one cut teaser under each headline), and the skeleton's header is the lines right
    under each headline (a `Read more` it prints under a story of one paragraph is no header's
    line). (seg40) A line over the page's first found headline is asked as many matching places
    as two thirds of the skeleton's places under the headline: the places over each later
    headline hold the story above's last lines (`Read more`, a network's name, a section label),
    which the first story, under the menu, need not print. (seg41, plain text) A line in the
    headline's slot after the last story found, every place of the skeleton matching around it,
    is asked one sentence of text, not two, on a page whose first story found prints every place
    of the skeleton under its headline (a byline, a date; one place at least): a page of stories
    prints its header from its first story down, while cards under a single article print the
    cards' own header, not the article's.
    Example: `Quay market moves indoors for the cold months` over `By ...` and its one line
    `Stallholders will trade inside the old rope shed from December while the quay is
    resurfaced`, between two `Read more` lines, as the page prints every story (a headline)
    Example: `Lindenau kann es: Stadt der kurzen Wege` under `________` and a
    date line, as every other story of the live page prints its headline (a headline)
    Example: `Lindau rowing club wins the autumn regatta.` over `By ...`, a date and `Share
    this story`, as the page's first headline prints them (a headline)
    Kept: a line printed twice or more (a skeleton's own line), a line in a found story's
    header, a line of one word, a line with a date, a line with no sentence of text under it
    before the next headline (a list's item, a story card; one short line with no full stop,
    `Photos of the old rope shed`, is no story's text either), and every line of a page where
    fewer than two headlines were found, or fewer than two of them kept text (a page of
    story cards: no story); after the last story found, a line with one sentence under it
    where the first story prints no place of the skeleton under its headline; over a repeated header, a line under a headline-shaped line or a
    related headline (a card's teaser), under a sentence (a comment's last, over the next
    commenter's name and date), with one sentence under the header, or on an HTML page.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        titles = ctx.with_role(Role.TITLE)
        placed: set[int] = set()
        for f in self._skeleton_heads(ctx, titles):
            placed.add(f.block)
            yield f
        yield from self._header_heads(ctx, titles, placed)

    def _skeleton_heads(self, ctx: Context, titles: list[int]) -> Iterator[Finding]:
        """The lines in the headline's slot of the page's skeleton, and their stories' text."""
        if len(titles) < PATTERN_MIN:
            return
        fs = ctx.findings
        ends = [*titles[1:], len(fs)]
        stories = [t for t, e in zip(titles, ends) if kept_text(fs, t, e)]
        if len(stories) < PATTERN_MIN:
            return  # (stories whose text the decisions kept make the skeleton a story's: a page of cards has none)
        tokens = _tokens(ctx)
        skeleton = _skeleton(tokens, titles, stories)
        offsets = {d for d, _ in skeleton}
        if len(offsets) < PATTERN_MIN:
            return
        need = max(PATTERN_MIN, -(-SLOT_SHARE[0] * len(offsets) // SLOT_SHARE[1]))
        at: dict[str, list[int]] = {}
        for k, tok in enumerate(tokens):
            if tok is not None:
                at.setdefault(tok, []).append(k)
        votes: dict[int, set[int]] = {}
        for d, tok in skeleton:
            for k in at.get(tok, ()):
                votes.setdefault(k - d, set()).add(d)
        first_need = _first_need(offsets)  # (seg40: over the first found headline, no story above closes)
        heads = sorted(p for p, ds in votes.items()
                       if len(ds) >= (first_need if p < titles[0] else need)
                       and _slot_line(ctx, p, tokens, titles))
        if len(heads) > len(stories):
            return  # (the skeleton's stories are the page's: more lines in its slot than stories found are a list's)
        bounds = sorted({*titles, *heads})
        # (seg38, plain text) the skeleton's lines right under the headline: its text starts there (a line
        # the skeleton prints under a story of one paragraph, `Read more`, stands lower and is no header's)
        header = max((d for d in offsets if d > 0), default=0) if ctx.doc.from_html else \
            next(d for d in range(1, len(offsets) + 2) if d not in offsets) - 1
        # (seg38, plain text) a story of one unstopped line is read where a story found kept two lines of
        # text or more: a list of cards prints one teaser under each headline, cut with no full stop
        one_line = not ctx.doc.from_html and any(
            sum(f is None or f.role is Role.CONTENT for f in fs[t + 1:e]) >= STORY_LINES
            for t, e in zip(titles, ends) if t in stories)
        tail_need = _tail_need(ctx, tokens, skeleton, stories[0])  # (seg41)
        for p in heads:
            end = next((b for b in bounds if b > p), len(fs))
            need = 1 if p < stories[-1] else tail_need if len(votes[p]) == len(offsets) else TAIL_SENTENCES
            run = _story_run(ctx, p + 1 + header, end, tokens, need, one_line)
            if run is None:
                continue
            f = fs[p]
            yield self.finding(p, "a line where the page's story skeleton puts each headline",
                               priority=self.outranking(f))
            for k in run:
                yield self.finding(k, "a line of a story under a headline the page's skeleton places",
                                   role=Role.CONTENT, priority=fs[k].priority + 1)  # type: ignore[union-attr]

    def _header_heads(self, ctx: Context, titles: list[int], placed: set[int]) -> Iterator[Finding]:
        """(seg27, issue #18 (b)) A headline no headline step read as one, whatever its shape
        (a full stop at its end, a lower-case first word): a line of one sentence at most,
        headline-sized, right over a header whose signature (SIGNATURE_MIN labelled lines or
        more: a byline, a date, a share line) a found headline prints over text it kept, or of
        one line that most found headlines, two at least, print so (seg32), with
        no kept sentence right over it (a comment's last sentence over the next commenter's
        name and date) nor a headline-shaped line (a card's headline over its teaser), and
        TAIL_SENTENCES sentences of text under that header; the text the generic decisions
        dropped under it comes back. One pass over the lines right over a label."""
        fs, texts, n = ctx.findings, ctx.texts, len(ctx.texts)
        if not titles or ctx.doc.from_html:
            return  # (in HTML the markup's headings head the stories)
        tokens: list[str | None] | None = None
        ends = [*titles[1:], n]
        printed = Counter(sig for t, e in zip(titles, ends) if (sig := signature(fs, t, e)) and kept_text(fs, t, e))
        sigs = {sig for sig, c in printed.items() if len(sig) >= SIGNATURE_MIN or printed_by_most(c, len(titles))}
        if not sigs:
            return
        taken = set(titles)
        firsts = {sig[0] for sig in sigs}  # (a header's signature opens with its first line's code, a picture's aside)
        over = [p for p in range(1, n - 1)
                if (g := fs[p + 1]) is not None and (g.code in firsts or g.role in _OPTIONAL)]
        for p in over:
            f, nxt = fs[p], fs[p + 1]
            if nxt is None or nxt.role is Role.CONTENT or nxt.role is Role.TITLE or p in taken:
                continue
            if p in placed or f is not None and f.role is not Role.CONTENT and f.code not in _GENERIC:
                continue
            t = texts[p]
            if t.endswith("..") or ctx.lens[p] > HEADLINE_MAX_CHARS or \
                    not FULL_HEADLINE_WORDS <= ctx.nwords(p) <= HEADER_HEAD_WORDS:
                continue
            above = fs[p - 1]
            if above is not None and above.role in _STACKED or \
                    (above is None or above.role is Role.CONTENT or above.code in _GENERIC) and (
                        ctx.heading_words(p - 1) >= FULL_HEADLINE_WORDS or ends_sentence(texts[p - 1])):
                continue  # (the last sentence of a text over the next header: a comment's, a paragraph's;
                # or a card's teaser under its headline, named or not)
            j = bisect_right(titles, p)
            end = titles[j] if j < len(titles) else n
            sig = signature(fs, p, end)
            if sig not in sigs or full_stop_breaks(t):
                continue  # (the pattern last: most lines over a label print no header a headline prints)
            under = p + 1 + len(sig)
            tokens = tokens if tokens is not None else _tokens(ctx)
            run = _story_run(ctx, under, end, tokens, TAIL_SENTENCES)
            if run is None:
                continue  # (fewer than two sentences under the header: a story card's teaser)
            if len(sig) < SIGNATURE_MIN:  # (under a byline or date alone, only its sentences, as ``skeletons`` says)
                run = [k for k in run if ends_sentence(texts[k]) and ctx.nwords(k) >= TEXT_WORDS]
            yield self.finding(p, "a headline over the story header a found headline prints",
                               priority=self.outranking(f))
            for k in run:
                yield self.finding(k, "a line of a story under a headline over the header the page repeats",
                                   role=Role.CONTENT, priority=fs[k].priority + 1)  # type: ignore[union-attr]


_BY_CODE = frozenset({Role.BYLINE, Role.DATE})  # a header's lines whose words change from story to story


def _tokens(ctx: Context) -> list[str | None]:
    """Each line's part in a skeleton: its text (numbers folded) when the page prints it
    twice or more and it is short, else the code of a rule that named it (not a generic
    decision, not a headline), else None (a line of its own)."""
    fs, texts = ctx.findings, ctx.texts
    toks: list[str | None] = [None] * len(texts)
    by_code = frozenset() if ctx.doc.from_html else _BY_CODE  # (seg38: plain text only)
    digits = ctx.digit_blocks()  # (the lines with a number to fold, found in one pass: most have none)
    folded = {i: fold_digits(texts[i].strip()) if i in digits else texts[i].strip() for i in ctx.short(HEADLINE_MAX_CHARS)}
    counts = Counter(folded.values())
    for k, f in enumerate(fs):
        key = folded.get(k)
        if f is not None and f.role in by_code:
            toks[k] = f.code  # (seg38: one author's byline printed over two of the stories is a byline still)
        elif key is not None and counts[key] >= PATTERN_MIN:
            toks[k] = "=" + key
        elif f is not None and f.role is not _CONTENT and f.role is not _TITLE and f.code not in _GENERIC:
            toks[k] = f.code
    return toks


def _skeleton(tokens: list[str | None], titles: list[int], stories: list[int]) -> set[tuple[int, str]]:
    """The (place, line) pairs around PATTERN_MIN of the headlines that kept text at least
    (``stories``), and half of them: the page's skeleton (a place never reaches past the next
    or last headline)."""
    seen: Counter[tuple[int, str]] = Counter()
    n = len(tokens)
    heads = set(stories)
    for j, t in enumerate(titles):
        if t not in heads:
            continue
        lo = titles[j - 1] + 1 if j else 0
        hi = titles[j + 1] if j + 1 < len(titles) else n
        pairs = set()
        for d in range(-REACH_OVER, REACH_UNDER + 1):
            k = t + d
            if d and lo <= k < hi and (tok := tokens[k]) is not None:
                pairs.add((d, tok))
        seen.update(pairs)
    return {p for p, c in seen.items() if c >= PATTERN_MIN and 2 * c >= len(stories)}


def _first_need(offsets: set[int]) -> int:
    """(seg40) How many of the skeleton's places a line over the page's first found headline
    must match: SLOT_SHARE of its places UNDER the headline (PATTERN_MIN at least). The places
    over each later headline hold the story above's last lines (`Read more`, a network's name or
    a section label each story prints over its headline); the first story, under the page's menu
    or masthead, need not print them, and no headline step found its headline, so no section
    rule named the line over it either."""
    under = sum(d > 0 for d in offsets)
    return max(PATTERN_MIN, -(-SLOT_SHARE[0] * under // SLOT_SHARE[1]))


def _tail_need(ctx: Context, tokens: list[str | None], skeleton: set[tuple[int, str]], first: int) -> int:
    """(seg41) The sentences asked under a line in the headline's slot after the last story found
    when every place of the skeleton matches around it: one on a page whose first story found
    prints every place of the skeleton under its headline (one at least: a byline, a date), as a
    page of stories does from its first story down; TAIL_SENTENCES otherwise, and in HTML. Cards
    after a single article match the skeleton of the cards found over them, not the article's:
    a page where the first story prints no such place under its headline (the skeleton only the
    separator and date over each headline, the card's own lines) reads its last card as a card."""
    under = [(d, tok) for d, tok in skeleton if d > 0]
    if ctx.doc.from_html or not under:
        return TAIL_SENTENCES
    n = len(tokens)
    return 1 if all(first + d < n and tokens[first + d] == tok for d, tok in under) else TAIL_SENTENCES


def _slot_line(ctx: Context, p: int, tokens: list[str | None], titles: list[int]) -> bool:
    """Line ``p`` may head a story: on the page, out of every found headline's header, no
    skeleton line, a line of words printed once that a named rule did not take, no date."""
    if not 0 <= p < len(tokens) or tokens[p] is not None:
        return False
    j = bisect_left(titles, p)
    if j < len(titles) and titles[j] - p <= REACH_OVER or j and p - titles[j - 1] <= REACH_UNDER:
        return False
    f = ctx.findings[p]
    if f is not None and f.role is not Role.CONTENT and f.code not in _GENERIC:
        return False
    t = ctx.texts[p]
    return ctx.lens[p] <= BOX_LINE and ctx.nwords(p) >= SLOT_WORDS and LETTER_RUN.search(t) is not None \
        and find_date(t) is None


def _story_run(ctx: Context, start: int, end: int, tokens: list[str | None], need: int,
               one_line: bool = False) -> list[int] | None:
    """The lines the generic decisions dropped from ``start`` (under the skeleton's header)
    up to ``end`` (the next headline), the template's lines aside, up to a comment count, a
    story list or a line of the template; None when fewer than ``need`` sentences of TEXT_WORDS
    words, kept or dropped, stand among them (no story under the line)."""
    fs, texts = ctx.findings, ctx.texts
    run: list[int] = []
    sentences = lines = unstopped = 0
    plain = not ctx.doc.from_html  # (seg38's reading of a story's text: plain text only)
    past = start  # (seg53) the first line past a related box inside the story
    for k in range(start, end):
        f = fs[k]
        if k < past:
            continue
        if f is not None and f.code in _STOPS:
            break
        kept = f is None or f.role is Role.CONTENT
        if not kept and (f.code not in _GENERIC or tokens[k] is not None):  # type: ignore[union-attr]
            if run or sentences or plain and lines:  # (seg38: a line of text seen, the header is past)
                if f.code in _INSIDE or f.role in _OPTIONAL:  # type: ignore[union-attr]
                    continue
                past = _past_box(ctx, k, end) if f.code in _BOX_LABELS else k  # type: ignore[union-attr]
                if past > k:
                    continue
                break
            continue  # (the header's lines)
        sentence = ends_sentence(texts[k]) and ctx.nwords(k) >= TEXT_WORDS
        if past > start and not kept and not sentence:
            break  # (seg53) past a box, only the story's sentences: a name under its text is its author's
        lines += 1
        sentences += sentence
        unstopped += _unstopped_text(ctx, k)
        if not kept:
            run.append(k)
    # (seg38) a story of one line of a paragraph's length that its source printed with no full
    # stop (a brief's one line, a deck): its text, where one sentence is asked
    return run if sentences >= need or one_line and need == 1 and lines == 1 and unstopped else None


def _past_box(ctx: Context, k: int, end: int) -> int:
    """(seg53) The line past a related box at ``k`` inside a story: its label, then the
    headlines a rule read under it (BOX_HEADLINES at most), when a sentence of the story's
    text (TEXT_WORDS words, kept or dropped by the generic decisions) follows at once; ``k``
    when none does (a story list at the story's end: the story ends there)."""
    fs = ctx.findings
    j = k + 1
    while j < end and j - k <= BOX_HEADLINES and (g := fs[j]) is not None and g.code in _BOX_HEADLINES:
        j += 1
    if j >= end or (g := fs[j]) is not None and g.role is not Role.CONTENT and g.code not in _BOX_TEXT:
        return k
    return j if ends_sentence(ctx.texts[j]) and ctx.nwords(j) >= TEXT_WORDS else k


STORY_LINES = 2  # lines of text a story found keeps, one story at least, for a story of one unstopped line
TEASER_CUTS = ("…", "...")  # a teaser's cut at its end: a card's text, not a story's


def _unstopped_text(ctx: Context, k: int) -> bool:
    """Line ``k`` is a paragraph's length (PARAGRAPH_CHARS characters or PARAGRAPH_WORDS words)
    with no sentence's end and no teaser's cut: a one-line text its source left unstopped."""
    t = ctx.texts[k].rstrip()
    return (ctx.lens[k] >= PARAGRAPH_CHARS or ctx.nwords(k) >= PARAGRAPH_WORDS) and not ends_sentence(t) \
        and not t.endswith(TEASER_CUTS)


HEADER_HEAD_WORDS = 16  # words of a headline over a repeated header at most (a card's teaser sentence runs longer)
_STACKED = frozenset({Role.RELATED, Role.TEASER})  # a card's headline or a teaser: what stands under one is its teaser
_STOPS = frozenset({"CS412", "CS413"})  # a comment count, a story list's heading: a story ends there
_INSIDE = frozenset({"CS404", "CS408", "CS425", "CS426"})  # an advert marker, a clip's length: inside a story
_BOX_LABELS = frozenset({"CS203"})  # (seg53) a related label (`Read more:`) the template drops into a story's text
_BOX_HEADLINES = frozenset({"CS205"})  # the headlines a rule read under such a label
_BOX_TEXT = _GENERIC - _BOX_HEADLINES  # what the generic decisions dropped of the text under the box
BOX_HEADLINES = 3  # headlines under a related label inside a story at most: a longer list is the page's, not a box


SKELETON_STORY = SkeletonStoryRule("CS511", "skeleton-story",
                                   "a headline where the page's repeated story skeleton puts one, and its story's text",
                                   Role.TITLE, fix_safe=False, emits=(Role.CONTENT,), reads=EVERY_LABEL, shapes=True)

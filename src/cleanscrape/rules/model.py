"""Block scoring fitted on real pages: a logistic model over what the engine already knows.

The hand rules decide first. This decision reads, for each block, its shape
(length, words, function-word density, sentence end), its HTML hints (tag, link
density, the zones it sits in, class words, the text container the reader found),
its position and neighbours, whether it repeats on the page, and the label the
rules gave it (a rule's finding is a feature). Its weights come from the fit
halves of the benchmark sets (``benchmarks/train.py``) and ship as a small
reviewable JSON file, ``data/block_model.json``: names and numbers, no text.

It may only overturn the generic decisions (content scoring, CS501, and the
markup's container, zone and link-text verdicts, CS502), and the drops of the named
rules its file lists under ``codes`` (shipped for HTML: CS205, but not its headline-shaped
lines, and CS304's one-signal headline, the page's first heading with prose under it), that rule's code a feature: a block they dropped that the model scores as article text at the file's ``readmit`` probability comes back,
and (with a ``remove`` probability above 0: the shipped text model's 0.7) kept blocks
it scores at or under it go, with code CS505 and the model's score in the audit, but
only as a run of RUN or more consecutive ones that neither sits between two blocks that
stay nor reads as the article's own close (sentences after kept text, past at most a
teaser or a share line). Named artefact rules (credits, captions, teasers...) keep their precedence.
Text pages (no markup) get a model of their own, with features in place of the
markup's: the block's class by content scoring's own test, where it stands against
the page's kept prose (before, inside, after the main run; how many blocks away; how
many blocks a named rule took between; whether a comment prompt or story-list heading
lies between), whether it stands above the page's headline, its neighbours' labels,
and its shape as a list item or a lead-in (``_text_block``). On text pages a run of
prose above the headline is never brought back: other stories' teasers, a ticker.
``CLEANSCRAPE_MODEL=path`` loads another model file (a leave-one-set-out run).
A file of format 2 may hold, besides the weights or in their place, a small ensemble of
gradient-boosted trees (``Trees``: plain split lists, a missing feature read as 0), added to
the logit; the shipped models hold none.
"""

from __future__ import annotations

import json
import math
import os
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress
from pathlib import Path
from types import MappingProxyType
from collections.abc import Iterator, Mapping, Sequence

from ..document import Block, Finding, Hints, Role
from ..patterns import compile_pattern
from ..text import DIGIT_FIRST, SENTENCE_END, ends_sentence, fold_digits, letter_runs, letter_words, list_mark
from .base import EVERY_LABEL, Context, Rule
from . import content
from .content import classify_block, detect_language
from .chrome import commenter_header
from .headings import FIRST_HEADLINE
from .structure import LINK_TEXT
from .teasers import shouted_headline

MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "block_model.json"
MODEL_ENV = "CLEANSCRAPE_MODEL"
FORMAT = 2  # 2: a model may hold trees (``trees``) besides its weights; 1 (weights only) still loads
FORMATS = (1, 2)

_WORD = compile_pattern(r"[^\W\d_]+", "")
_DIGIT = compile_pattern(DIGIT_FIRST, "")  # a digit (``\d``, found fast)
_TAGS = {"p": "p", "li": "li", "h1": "h1", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4",
         "td": "table", "th": "table", "tr": "table", "caption": "table", "pre": "pre",
         "blockquote": "quote", "div": "div", "dd": "dl", "dt": "dl", "br": "br", "section": "div",
         "article": "div", "figcaption": "fig", "figure": "fig", "span": "inline", "a": "inline"}
_TAG_KEYS = {tag: "tag:" + group for tag, group in _TAGS.items()}
_ZONES = ("nav", "header", "footer", "aside", "figure", "form", "article", "main", "articleBody")
# generic decisions the model may overturn (content scoring, and the markup's "outside the
# text container"); every other rule's label stands
GENERIC = frozenset({"CS501", "CS502"})

# (globals: an enum member read off its class costs ~15x more, EnumType's __getattr__ slowing
# every attribute lookup on the class)
_CONTENT, _TITLE = Role.CONTENT, Role.TITLE


# content scoring's drops that say what a block is, not how it reads: a line of bare markup, the
# box after the text that names a person and says who they are (the model reads such a note as prose)
_SETTLED_FEATURES = (": markup", ": name-box")
# the headline rule's one finding that rests on a single signal (the page's first heading with
# prose under it): the only one the model may decide when a model file lists CS304. A headline
# printed twice, over its byline or date, under its date line or in the page's repeated story
# skeleton has a second signal and stays the rule's (let in whole, the model merged a story of
# the sample corpus's syndication page into the one above it)
_TITLE_CODE = "CS304"
_STRUCTURE_CODE = "CS502"


@lru_cache(maxsize=8)
def _roled(codes: frozenset[str]) -> frozenset[str]:
    """The codes ``codes`` lists under a role (``CS502`` for ``CS502:caption``): only for those is
    the code-and-role string built (the shipped HTML list has none)."""
    return frozenset(c.partition(":")[0] for c in codes if ":" in c)


def overturnable(f: Finding | None, hints: Mapping[str, object] = MappingProxyType({}),
                 codes: frozenset[str] = frozenset(), text: str | None = None) -> bool:
    """Whether the model may decide a block labelled ``f``: unlabelled or kept blocks, and
    the generic decisions' drops (CS501; CS502 where it judges by zones, containers and link
    text, but not a caption, a credit, the headline, an article nested in the article or a
    comment section, which the markup names: readmitting those cost whole comment threads
    and related-story rails on the fit pages; nor a block in ``<nav>``, ``<footer>`` or a
    promotion box, which it never brought back there). ``codes`` (the model file's own list,
    chosen on the fit halves) widens that: the drops of those rule codes (``CS205``), or of a
    code under one role (``CS502:caption``), are the model's to decide too, the code a feature;
    but not (given its ``text``) a headline-shaped line outside a heading element, which stays
    the rule's (`headline_shaped`), nor a CS304 headline with a second signal (only the page's
    first heading with prose under it is the model's)."""
    if f is None or f.role is _CONTENT:
        return True
    if codes and (f.code in codes or f.code in _roled(codes) and f.code + ":" + f.role._value_ in codes):
        if text is not None and headline_shaped(text, hints) or \
                f.code == _TITLE_CODE and f.reason != FIRST_HEADLINE:
            return False
    elif f.code not in GENERIC or f.role in _NAMED_BY_MARKUP:
        return False
    return not hints or not hints.get("comments") and hints.get("media") != "promo" and \
        _FURNITURE.isdisjoint(hints.get("zones", ()))  # type: ignore[arg-type]  # (no hints: a text page's block)


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# how a sentence (or a quote, an aside in brackets) ends: a line that ends otherwise reads as a title
_SENTENCE_END = (".", "!", "?", "\u2026", '"', "\u201d", ")", ";")
# how a chatty sentence of a blog's prose ends, as no headline does: a smiley (`:-)`, `;)`, `(:`) or
# an emoji (the pictograph blocks U+1F000-U+1FAFF: not `™`, `©`, `★` or `▶`, which end names and
# labels, nor a CJK ideograph of the next plane), a variation selector after it; and the stops of
# other scripts (`。`, the danda)
_EMOTICON = compile_pattern(r"(?:[:;]-?[()DPp]|\(-?[:;])\Z")
_EMOJI_FROM, _EMOJI_TO = "\U0001f000", "\U0001faff"
_VARIATION = "\ufe0e\ufe0f"
LABEL_WORDS = 3  # a line of this many words or fewer ending in a colon is a label (`Read more:`)


def headline_shaped(text: str, hints: Mapping[str, object] = MappingProxyType({})) -> bool:
    """Whether a line reads as another story's headline (or a label) rather than the
    article's own text: a heading element (``<h1>``-``<h6>``) that holds a link; outside a
    heading element (with no link: a subheading of the article), a line that does not end as
    a sentence does, or a label of a few words ending in a colon. A named rule's drop of such
    a line stays the rule's even where the model file lists the rule: on the fit halves these
    lines are as often other stories' headlines and widget labels as article text, and
    related headlines printed as plain paragraphs
    (`Is Velmora ready for the next storm? Inside the race to raise the harbour wall`) score
    as prose."""
    if hints.get("tag") in _HEADINGS:
        return bool(hints.get("link_density"))  # (a heading holding a link: another story's)
    t = text.rstrip().rstrip(_VARIATION)
    if t.endswith(":"):
        return len(t.split()) <= LABEL_WORDS
    return not (t.endswith(_SENTENCE_END) or t[-1:] in SENTENCE_END or _EMOJI_FROM <= t[-1:] <= _EMOJI_TO
                or _EMOTICON.search(t[-4:]) is not None)


# zones whose blocks the model never brought back on the fit pages (a third of the blocks it
# would score: skipped)
_FURNITURE = frozenset({"nav", "footer"})
# what CS502 finds by name: never overturned
_NAMED_BY_MARKUP = frozenset({Role.CAPTION, Role.CREDIT, Role.TITLE, Role.RELATED})
REASON_WORDS = 3  # a CS501/CS502 reason's first words name the feature that decided
WINDOW = 3  # neighbours on each side whose kept text counts as the block's surroundings
SAMPLE = 400  # characters of a block its word features read
DIGIT_SAMPLE = 200  # ...and its digit share
SHORT = 40  # characters: a label, a button, a link
KEYED = 200  # characters: longer blocks are not compared for repetition
ROUNDING = 1e-9  # the margin that keeps the skip of the word features exact under float rounding
PROSE = 80  # characters: a block this long counts as prose where the container's share is measured
LENGTH_SCALE = 7.0  # log1p(characters) / this: about 1 for a 1,100-character paragraph
CLASS_WORDS_CAP = 3  # class words counted at most: the features stay in 0..1, a third more each
LOGIT_CLAMP = 30.0  # |logit| read at most: exp() never overflows, and p rounds to 0 or 1 past it


@lru_cache(maxsize=1024)
def _reason_key(code: str, reason: str) -> str:
    """A short key for what a generic rule said (`CS501:low-stopword-density`,
    `CS502:outside`). (Memoised: the rules say the same few things.)"""
    if code == "CS501":
        return "CS501:" + reason.rsplit(":", 1)[-1].strip()
    return "CS502:" + " ".join(reason.split()[:REASON_WORDS])


def _label_key(f: Finding | None) -> str:
    if f is None or f.role is _CONTENT:
        return "none"
    if f.code in GENERIC:
        return _reason_key(f.code, f.reason)
    role: str = f.role._value_  # (what ``.value`` returns, read straight: the enum's property costs ~5x more)
    return f.code + ":" + role  # (a named rule's drop the model file lets it decide: its code a feature)


def _shape(n: int) -> dict[str, float]:
    """What the block's length says (cheap: read before the model decides whether the
    word features below could still matter)."""
    out = {"len": math.log1p(n) / LENGTH_SCALE}
    if n < SHORT:
        out["short"] = 1.0
    return out


# the features ``_words`` adds: the costly part, skipped when they cannot tip the decision
WORD_FEATURES = ("words", "ends", "stop", "stop_len", "stop_unknown", "caps", "digits")
_SCALED = frozenset({"words", "stop_len"})  # the word features that can exceed 1
_KNOWN_WORDS = frozenset({"ends", "stop_unknown"})  # the word features known without reading the words


def _words(text: str, stop: frozenset[str] | None, out: dict[str, float]) -> None:
    """Words, function-word density, capitals, digits, sentence end; they read the block's
    head only (SAMPLE characters: enough to tell prose from a label)."""
    head = text[:SAMPLE]
    toks = letter_words(text) if len(text) <= SAMPLE else letter_runs(head)  # (the same words)
    words = len(toks)
    out["words"] = math.log1p(words) / LENGTH_SCALE
    out["ends"] = 1.0 if ends_sentence(text) else 0.0
    if stop is None:
        out["stop_unknown"] = 1.0
    elif words:
        out["stop"] = sum(map(stop.__contains__, toks)) / words
        out["stop_len"] = out["stop"] * out["len"]
    if words:
        spaced = head.split()
        out["caps"] = sum([1 for w in spaced if w[:1].isupper()]) / len(spaced)
    digits = len(_DIGIT.findall(head, 0, DIGIT_SAMPLE))
    if digits:
        out["digits"] = digits / min(len(text), DIGIT_SAMPLE)


def _hints(h: Hints, out: dict[str, float]) -> None:
    """What the HTML reader's hints say, added to ``out``."""
    out["html"] = 1.0
    out[_TAG_KEYS.get(h.get("tag", ""), "tag:other")] = 1.0
    for z in h.get("zones", ()):
        if z in _ZONES:
            out["zone:" + z] = 1.0
    if h.get("comments"):
        out["comments"] = 1.0
    media = h.get("media")
    if media:
        out["media:" + str(media)] = 1.0
    link = float(h.get("link_density", 0.0) or 0.0)
    if link:
        out["link"] = min(link, 1.0)
    main = h.get("main")
    if main is not None:
        out["main:in" if main else "main:out"] = 1.0
    cls = h.get("class_words")
    if cls:
        pos, neg = cls
        out["class:pos"] = min(pos, CLASS_WORDS_CAP) / CLASS_WORDS_CAP
        out["class:neg"] = min(neg, CLASS_WORDS_CAP) / CLASS_WORDS_CAP


_ANCESTOR_KEYS = (("anc:list", 1), ("anc:table", 2), ("anc:section", 4), ("anc:quote", 8))  # io.html.ANCESTOR_BITS
PARENT_REACH = 4.0  # log1p(blocks) / this: about 1 for a parent of fifty blocks
DEPTH_CAP = 4  # elements under the text container counted at most: the feature stays in 0..1


def _markup(h: Hints, pg: _Page, i: int, size: int, out: dict[str, float]) -> None:
    """What the markup around the block says: how much of its parent element's text it is,
    how many blocks and paragraphs its parent holds and how much of their text stays (its
    siblings kept), the parent's link density, the list, table, section or quote around it,
    how deep under the text container it sits, whether it is a heading over a kept paragraph
    (``head_prose``: a section's heading, or the headline, over its text), and whether it stands
    outside the container but between its first and last block (``main:between``: a part of
    the article the container's parts leave out)."""
    span = h.get("parent_span")
    if span is not None:
        a, b = span
        chars = pg.before[b] - pg.before[a]
        if chars:
            out["par:share"] = size / chars
        blocks = b - a
        out["par:blocks"] = math.log1p(blocks) / PARENT_REACH
        if blocks:
            out["par:p"] = h.get("parent_p", 0) / blocks
        rest = chars - size
        if rest > 0:
            out["sib_kept"] = (pg.kept_before[b] - pg.kept_before[a] - pg.kept[i]) / rest
            prose = pg.prose_before[b] - pg.prose_before[a] - (pg.kept[i] if size >= PROSE else 0)
            if prose:
                out["sib_prose"] = min(prose / rest, 1.0)
        else:
            out["sib_none"] = 1.0
    span = h.get("grand_span")
    if span is not None:
        a, b = span
        rest = pg.before[b] - pg.before[a] - size
        if rest > 0:
            out["grand_kept"] = (pg.kept_before[b] - pg.kept_before[a] - pg.kept[i]) / rest
    link = h.get("parent_links")
    if link:
        out["par:link"] = min(link, 1.0)
    bits = h.get("ancestors")
    if bits:
        for k, bit in _ANCESTOR_KEYS:
            if bits & bit:
                out[k] = 1.0
    depth = h.get("main_depth")
    if depth is not None:
        out["main:depth"] = min(depth, DEPTH_CAP) / DEPTH_CAP
    kept = pg.kept
    if pg.tags[i] in _HEADINGS and i + 1 < len(kept) and kept[i + 1] >= PROSE:
        out["head_prose"] = 1.0  # a heading over a kept paragraph: a section of the text
    span = pg.main_span
    if span is not None and h.get("main") is False and span[0] < i < span[1]:
        out["main:between"] = 1.0  # outside the container, between its parts


@dataclass
class _Page:
    """Page-level facts the block features read, computed once per page."""

    texts: list[str]
    kept: list[int]  # characters of each block still kept (0: dropped)
    kept_before: list[int]  # kept characters before each block
    before: list[int]  # characters before each block
    total: int
    page_kept: float
    seen: dict[str, int]  # the short blocks' texts (lowercased) and how often each stands on the page
    tags: list[object]
    outside: float  # the share of the page's prose the text container leaves out
    label_share: dict[str, float]  # the share of the page's prose each label took
    plain: bool = False  # a text page (no markup): the features of _text_block apply
    span: tuple[int, int] | None = None  # text pages: the first and last kept prose block
    named: list[int] = field(default_factory=list)  # text pages: blocks a named rule took, before each block
    stops: list[int] = field(default_factory=list)  # ...comment and story-list labels, before each block
    prose_before: list[int] = field(default_factory=list)  # HTML pages: kept characters of prose (PROSE) before each block
    title: int | None = None  # ...the first headline
    main_span: tuple[int, int] | None = None  # HTML pages: the text container's first and last block
    thread: int | None = None  # ...the first comment label after the last kept prose: the comments start
    _stop: tuple[frozenset[str] | None] | None = None
    _loglen: list[float] | None = None
    # text pages: what each block the model decides adds to the logit but for its words and
    # class (``_text_parts``, one pass for the page; a block missing here is found alone)
    parts: dict[int, float] = field(default_factory=dict)

    @property
    def loglen(self) -> list[float]:
        """Each block's ``len`` feature, log1p(characters) / LENGTH_SCALE (found on first use)."""
        if self._loglen is None:
            self._loglen = [math.log1p(b - a) / LENGTH_SCALE for a, b in zip(self.before, self.before[1:])]
        return self._loglen

    @property
    def stop(self) -> frozenset[str] | None:
        """The page's function words (found on first use: most pages need them for few blocks)."""
        if self._stop is None:
            self._stop = (detect_language(self.texts),)
        return self._stop[0]


def _page(ctx: Context) -> _Page:
    texts, blocks, lens, fs = ctx.texts, ctx.doc.blocks, ctx.lens, ctx.findings
    content = Role.CONTENT
    plain = bool(blocks) and not ctx.doc.from_html
    kept, named, stops, title = _label_marks(fs, lens, plain)
    total = sum(lens) or 1
    lows = ctx.lowers()
    seen = Counter([lows[i] for i in ctx.short(KEYED)])
    prose = [i for i, n in enumerate(lens) if n >= PROSE]
    all_prose = sum([lens[i] for i in prose]) or 1
    cols = ctx.hint_columns()
    in_main = cols.main
    inside = sum([lens[i] for i in prose if in_main[i]])
    by_label: dict[str, int] = {}
    for i in prose:
        f = fs[i]
        lab = "none" if f is None or f.role is content else _label_key(f)  # (most prose: kept, without the call)
        by_label[lab] = by_label.get(lab, 0) + lens[i]
    pg = _Page(texts, kept, list(accumulate(kept, initial=0)),
               list(accumulate(lens, initial=0)), total, sum(kept) / total, seen,
               list(cols.tag),  # (a text page: no hints, no tags)
               (1 - inside / all_prose) if inside else 0.0,
               {k: v / all_prose for k, v in by_label.items()})
    if ctx.doc.from_html:
        pg.prose_before = list(accumulate([n if n >= PROSE else 0 for n in kept], initial=0))
        mains = [i for i, m in enumerate(in_main) if m]
        pg.main_span = (mains[0], mains[-1]) if mains else None
    if plain:
        pg.plain = True
        run = [i for i in prose if kept[i]]
        pg.span = (run[0], run[-1]) if run else None
        pg.named = list(accumulate(named, initial=0))
        pg.stops = list(accumulate(stops, initial=0))
        pg.title = title
        if pg.span is not None:
            pg.thread = _thread(ctx, pg.span[1])
    return pg


def _label_marks(fs: Sequence[Finding | None], lens: Sequence[int],
                 plain: bool) -> tuple[list[int], list[int], list[int], int | None]:
    """What the page's labels say, each label's role and code read once (at the labelled blocks
    alone, picked in C): each block's kept length (0 when a rule took it; ``ctx.is_open``, a quote
    or clip length read as the text it sits in), and on a ``plain`` (text) page whether a named
    rule took it, whether it is a comment or story-list label (``_STOP_CODES``), and the first
    headline (empty lists and None on an HTML page)."""
    kept = list(lens)
    if not plain:
        for i in compress(range(len(fs)), fs):
            f = fs[i]
            if f.role is not _CONTENT and f.code not in SEEN_THROUGH:  # type: ignore[union-attr]
                kept[i] = 0
        return kept, [], [], None
    named, stops, title = [0] * len(fs), [0] * len(fs), None
    for i in compress(range(len(fs)), fs):
        f = fs[i]
        role, code = f.role, f.code  # type: ignore[union-attr]
        if role is not _CONTENT and code not in SEEN_THROUGH:
            kept[i] = 0
            if code not in GENERIC:
                named[i] = 1
        if code in _STOP_CODES:
            stops[i] = 1
        if title is None and role is _TITLE:
            title = i
    return kept, named, stops, title


_STOP_CODES = frozenset({"CS412", "CS413"})  # comment prompts, story-list headings: what ends an article
# a market's quote row (CS425) and a clip's length (CS426) stand inside a brief, under its headline:
# the features read them as the text they sit in (as the fitted models saw them before those rules)
SEEN_THROUGH = frozenset({"CS425", "CS426"})
_COMMENT_CODES = frozenset({"CS412"})  # comment prompts: what follows is readers' text
_NO_ARTICLE = frozenset({"CS503", "CS504"})  # story cards, a not-found page: the page holds no article


_CLASS_KEYS = {content.GOOD: "t:good", content.NEAR: "t:near", content.SHORT: "t:short", content.BAD: "t:bad"}
# (the shipped weights were fitted on this definition of `t:bullet`; `text.list_mark`, which
# content scoring's whole-list rule reads, takes more marks: using it here cost dragnet text
# check 0.0001, so the feature keeps its own until the next retrain)
_BULLET = compile_pattern(r"[-*\u2022\u25aa\u25cf\u2013\u2014>]\s|\d{1,2}[.)]\s", "")
_BULLET_MARKS = frozenset("-*\u2022\u25aa\u25cf\u2013\u2014>")  # (what ``_BULLET`` opens on, but a digit: ``\d`` is ``isdecimal``)
SPAN_REACH = 3.0  # log1p(blocks) / this: about 1 twenty blocks away from the main run


THREAD_LINE = 60  # characters: a comment's header line (a name, a date, a rating), not its text
THREAD_HEADERS = 2  # the same header shape under the label this often: a thread of comments
THREAD_START = 6  # lines between the label and the first comment's header (a prompt, a sort menu)
THREAD_REACH = 30  # lines under the label searched for the repeated header (a few comments)


def _thread(ctx: Context, end: int) -> int | None:
    """The first comment label after block ``end`` (the article's last kept paragraph) when
    a thread of comments follows it: a header line of the same shape (its digits aside:
    `2 days ago at 07:52 am`, `Rating: 12 Votes`) stands under it THREAD_HEADERS times or
    more, or as many `Name says:` lines. None otherwise."""
    texts = ctx.texts
    labels = ctx.labelled(_COMMENT_CODES)  # (in order; none on most pages, with no scan)
    k = bisect_right(labels, end)
    if k == len(labels):
        return None
    label = labels[k]
    shapes: Counter[str] = Counter()
    first = None
    for i in range(label + 1, min(len(texts), label + 1 + THREAD_REACH)):
        t = texts[i]
        if ctx.lens[i] <= THREAD_LINE and (_DIGIT.search(t) or commenter_header(t)):
            first = i if first is None else first
            if first - label > THREAD_START:
                return None
            key = "says" if commenter_header(t) else fold_digits(t.lower())
            shapes[key] += 1
            if shapes[key] >= THREAD_HEADERS:
                return label
    return None


def _text_block(ctx: Context, pg: _Page, i: int, out: dict[str, float]) -> None:
    """Text pages (no markup): the block's class by content scoring's own test, where
    it stands against the page's kept prose (before, inside, after; how far), what its
    neighbours are, and its shape as a list item, a lead-in or a subheading."""
    text = ctx.texts[i]
    out[_CLASS_KEYS[classify_block(text, pg.stop)[0]]] = 1.0
    if pg.span is None:
        out["t:no_span"] = 1.0
    else:
        a, b = pg.span
        side = "t:before" if i < a else "t:after" if i > b else "t:inside"
        out[side] = 1.0
        gap = a - i if i < a else i - b if i > b else 0
        if gap:
            out["t:gap"] = math.log1p(gap) / SPAN_REACH
        if side == "t:inside" and "short" in out:
            out["t:inside_short"] = 1.0
        if side == "t:after" and pg.kept[i]:
            out["t:after_kept"] = 1.0
        lo, hi = (i + 1, a) if i < a else (b + 1, i) if i > b else (i, i)
        named = pg.named[hi] - pg.named[lo]
        if named:
            out["t:named_between"] = math.log1p(named) / SPAN_REACH
        if pg.stops[hi] != pg.stops[lo]:
            out["t:stop_between"] = 1.0
    if pg.title is not None and i < pg.title:
        out["t:above_title"] = 1.0
    if _BULLET.match(text):
        out["t:bullet"] = 1.0
    if text.rstrip().endswith(":"):
        out["t:colon"] = 1.0
    for k, j in (("prev", i - 1), ("next", i + 1)):
        if 0 <= j < len(ctx.texts):
            g = ctx.findings[j]
            if g is not None and g.role is not _CONTENT and g.code not in GENERIC and g.code not in SEEN_THROUGH:
                out["t:" + k + "_rule"] = 1.0


def _block(ctx: Context, pg: _Page, i: int, words: bool = True) -> dict[str, float]:
    """The features of block ``i``; without ``words``, all but the WORD_FEATURES."""
    texts, lens, kept, tags = ctx.texts, ctx.lens, pg.kept, pg.tags
    n = len(texts)
    f = _shape(lens[i])
    if words:
        _words(texts[i], pg.stop, f)
    lab = _label_key(ctx.findings[i])
    f["lab:" + lab] = 1.0
    if lab != "none":
        f["lab_share"] = pg.label_share.get(lab, 0.0)  # a label that took most of the prose may be wrong
    hints = ctx.doc.blocks[i].hints
    if hints:
        _hints(hints, f)
        if "main:out" in f:
            f["main:out_prose"] = pg.outside
        _markup(hints, pg, i, lens[i], f)
    f["pos"] = i / n
    f["pos_chars"] = pg.before[i] / pg.total
    f["page_kept"] = pg.page_kept
    lo, hi = max(0, i - WINDOW), min(n, i + WINDOW + 1)
    around = pg.before[hi] - pg.before[lo] - lens[i]
    if around:
        f["near_kept"] = (pg.kept_before[hi] - pg.kept_before[lo] - kept[i]) / around
    if i > 0:
        f["prev_len"] = math.log1p(lens[i - 1]) / LENGTH_SCALE
        f["prev_open"] = 1.0 if kept[i - 1] else 0.0
    if i + 1 < n:
        f["next_len"] = math.log1p(lens[i + 1]) / LENGTH_SCALE
        f["next_open"] = 1.0 if kept[i + 1] else 0.0
    if tags[i] is not None and ((i > 0 and tags[i - 1] == tags[i]) or (i + 1 < n and tags[i + 1] == tags[i])):
        f["same_tag_run"] = 1.0
    if lens[i] <= KEYED and pg.seen[texts[i].lower()] > 1:
        f["repeated"] = 1.0
    if pg.plain:
        _text_block(ctx, pg, i, f)
    return f


# the features _text_part reads by name (others, a label's and a class's, by their own keys)
_TEXT_PART = ("len", "short", "lab_share", "pos", "pos_chars", "page_kept", "near_kept", "prev_len",
              "prev_open", "next_len", "next_open", "repeated", "t:no_span", "t:before", "t:after",
              "t:inside", "t:gap", "t:inside_short", "t:after_kept", "t:named_between", "t:stop_between",
              "t:above_title", "t:bullet", "t:colon", "t:prev_rule", "t:next_rule")


# the features _html_part reads by name (others, a label's, a tag's, a zone's, a media role's,
# by their own keys)
_HTML_PART = ("len", "short", "lab_share", "pos", "pos_chars", "page_kept", "near_kept", "prev_len", "prev_open",
              "next_len", "next_open", "same_tag_run", "repeated", "html", "comments", "link", "main:in",
              "main:out", "main:out_prose", "class:pos", "class:neg")


def _text_part(ctx: Context, pg: _Page, w: Mapping[str, float], i: int) -> float:
    """What block ``i`` of a text page (a block without hints) adds to the logit, but for
    its WORD_FEATURES and its class (``t:good``...): ``_block``'s sum, straight from the
    page's arrays with no feature dict. (Rounding aside: the order of the sum differs.)"""
    lens, kept, before, loglen, named = ctx.lens, pg.kept, pg.before, pg.loglen, pg.named
    n, size = len(lens), lens[i]
    short = size < SHORT
    lab = _label_key(ctx.findings[i])
    x = w["len"] * loglen[i] + w.get("lab:" + lab, 0.0) + w["pos"] * i / n + \
        w["pos_chars"] * before[i] / pg.total + w["page_kept"] * pg.page_kept
    if short:
        x += w["short"]
    if lab != "none":
        x += w["lab_share"] * pg.label_share.get(lab, 0.0)
    lo, hi = max(0, i - WINDOW), min(n, i + WINDOW + 1)
    around = before[hi] - before[lo] - size
    if around:
        x += w["near_kept"] * (pg.kept_before[hi] - pg.kept_before[lo] - kept[i]) / around
    if i > 0:  # (the neighbours; named[j + 1] - named[j]: block j is a named rule's)
        x += w["prev_len"] * loglen[i - 1]
        if kept[i - 1]:
            x += w["prev_open"]
        if named[i] != named[i - 1]:
            x += w["t:prev_rule"]
    if i + 1 < n:
        x += w["next_len"] * loglen[i + 1]
        if kept[i + 1]:
            x += w["next_open"]
        if named[i + 2] != named[i + 1]:
            x += w["t:next_rule"]
    text = ctx.texts[i]
    if size <= KEYED and pg.seen[text.lower()] > 1:
        x += w["repeated"]
    if pg.span is None:
        x += w["t:no_span"]
    else:
        x += _span_part(pg, w, i, short)
    if pg.title is not None and i < pg.title:
        x += w["t:above_title"]
    if _BULLET.match(text):
        x += w["t:bullet"]
    if text.rstrip().endswith(":"):
        x += w["t:colon"]
    return x


def _text_parts(ctx: Context, pg: _Page, w: Mapping[str, float], indices: Sequence[int]) -> dict[int, float]:
    """``_text_part`` of each block of ``indices``, in one pass over the page (the weights and
    the page's arrays read once, not per block): the same sums, term by term in the same
    order, so the same floats."""
    lens, kept, before, loglen, named = ctx.lens, pg.kept, pg.before, pg.loglen, pg.named
    kept_before, findings, texts, seen, shares = pg.kept_before, ctx.findings, ctx.texts, pg.seen, pg.label_share
    lows = ctx.lowers()
    n, total, title, bullet = len(lens), pg.total, pg.title, _BULLET.match
    w_len, w_pos, w_pos_chars, page_term = w["len"], w["pos"], w["pos_chars"], w["page_kept"] * pg.page_kept
    w_short, w_share, w_near, w_repeated = w["short"], w["lab_share"], w["near_kept"], w["repeated"]
    w_prev_len, w_prev_open, w_prev_rule = w["prev_len"], w["prev_open"], w["t:prev_rule"]
    w_next_len, w_next_open, w_next_rule = w["next_len"], w["next_open"], w["t:next_rule"]
    w_no_span, w_above, w_bullet, w_colon = w["t:no_span"], w["t:above_title"], w["t:bullet"], w["t:colon"]
    spans = None if pg.span is None else _span_parts(pg, w, indices, lens)
    w_none = w.get("lab:none", 0.0)
    lab_weight: dict[str, tuple[float, float]] = {}  # a label's weight, and its share's term
    out: dict[int, float] = {}
    for i in indices:
        size = lens[i]
        f = findings[i]
        if f is None or f.role is _CONTENT:  # (_label_key's "none", without the call)
            x = w_len * loglen[i] + w_none + w_pos * i / n + w_pos_chars * before[i] / total + page_term
            if size < SHORT:
                x += w_short
        else:
            code = f.code  # (``_label_key``, inline: a page drops hundreds of blocks)
            lab = _reason_key(code, f.reason) if code in GENERIC else code + ":" + f.role._value_
            lw = lab_weight.get(lab)
            if lw is None:
                lw = lab_weight[lab] = (w.get("lab:" + lab, 0.0), w_share * shares.get(lab, 0.0))
            x = w_len * loglen[i] + lw[0] + w_pos * i / n + w_pos_chars * before[i] / total + page_term
            if size < SHORT:
                x += w_short
            x += lw[1]
        lo = i - WINDOW if i > WINDOW else 0
        hi = i + WINDOW + 1 if i + WINDOW + 1 < n else n
        around = before[hi] - before[lo] - size
        if around:
            x += w_near * (kept_before[hi] - kept_before[lo] - kept[i]) / around
        if i > 0:
            x += w_prev_len * loglen[i - 1]
            if kept[i - 1]:
                x += w_prev_open
            if named[i] != named[i - 1]:
                x += w_prev_rule
        if i + 1 < n:
            x += w_next_len * loglen[i + 1]
            if kept[i + 1]:
                x += w_next_open
            if named[i + 2] != named[i + 1]:
                x += w_next_rule
        text = texts[i]
        if size <= KEYED and seen[lows[i]] > 1:
            x += w_repeated
        x += w_no_span if spans is None else spans[i]
        if title is not None and i < title:
            x += w_above
        head = text[:1]
        if (head in _BULLET_MARKS or head.isdecimal()) and bullet(text):  # (its first character, tested first)
            x += w_bullet
        if ":" in text and text.rstrip().endswith(":"):  # (a line with no colon: no call)
            x += w_colon
        out[i] = x
    return out


def _span_parts(pg: _Page, w: Mapping[str, float], indices: Sequence[int], lens: Sequence[int]) -> dict[int, float]:
    """``_span_part`` of each block of ``indices`` (blocks of ``lens`` characters), in one pass:
    the same sums, in the same order. Only for a page with a span of kept prose."""
    assert pg.span is not None
    a, b = pg.span
    kept, named, stops = pg.kept, pg.named, pg.stops
    w_before, w_after, w_inside, w_gap = w["t:before"], w["t:after"], w["t:inside"], w["t:gap"]
    w_inside_short, w_after_kept = w["t:inside_short"], w["t:after_kept"]
    w_named, w_stop = w["t:named_between"], w["t:stop_between"]
    out: dict[int, float] = {}
    for i in indices:
        if i < a:
            y, gap, lo, hi = w_before, a - i, i + 1, a
        elif i > b:
            y, gap, lo, hi = w_after, i - b, b + 1, i
        else:
            y, gap, lo, hi = w_inside, 0, i, i
        if gap:
            y += w_gap * math.log1p(gap) / SPAN_REACH
        if not gap and lens[i] < SHORT:
            y += w_inside_short
        if i > b and kept[i]:
            y += w_after_kept
        between = named[hi] - named[lo]
        if between:
            y += w_named * math.log1p(between) / SPAN_REACH
        if stops[hi] != stops[lo]:
            y += w_stop
        out[i] = y
    return out


def _span_part(pg: _Page, w: Mapping[str, float], i: int, short: bool) -> float:
    """``_text_part``'s share from where block ``i`` stands against the page's kept prose."""
    assert pg.span is not None
    a, b = pg.span
    side = "t:before" if i < a else "t:after" if i > b else "t:inside"
    x = w[side]
    gap = a - i if i < a else i - b if i > b else 0
    if gap:
        x += w["t:gap"] * math.log1p(gap) / SPAN_REACH
    if side == "t:inside" and short:
        x += w["t:inside_short"]
    if side == "t:after" and pg.kept[i]:
        x += w["t:after_kept"]
    lo, hi = (i + 1, a) if i < a else (b + 1, i) if i > b else (i, i)
    named = pg.named[hi] - pg.named[lo]
    if named:
        x += w["t:named_between"] * math.log1p(named) / SPAN_REACH
    if pg.stops[hi] != pg.stops[lo]:
        x += w["t:stop_between"]
    return x


def _html_part(ctx: Context, pg: _Page, w: Mapping[str, float], i: int) -> float:
    """What block ``i`` of an HTML page adds to the logit, but for its WORD_FEATURES:
    ``_block``'s sum, straight from the page's arrays and hints with no feature dict
    (rounding aside: the order of the sum differs). Not for text pages (``pg.plain``). The rule
    reads ``_html_parts``, the page's blocks in one pass; this, block by block, is what the tests
    hold that pass to."""
    lens, kept, tags, texts = ctx.lens, pg.kept, pg.tags, ctx.texts
    n, size = len(lens), lens[i]
    lab = _label_key(ctx.findings[i])
    x = w["len"] * math.log1p(size) / LENGTH_SCALE + (w["short"] if size < SHORT else 0.0) + \
        w.get("lab:" + lab, 0.0) + w["pos"] * i / n + w["pos_chars"] * pg.before[i] / pg.total + \
        w["page_kept"] * pg.page_kept
    if lab != "none":
        x += w["lab_share"] * pg.label_share.get(lab, 0.0)
    hints = ctx.doc.blocks[i].hints
    if hints:
        x += _hints_part(hints, w, pg.outside)
        f: dict[str, float] = {}
        _markup(hints, pg, i, size, f)
        for k, v in f.items():
            x += w.get(k, 0.0) * v
    lo, hi = max(0, i - WINDOW), min(n, i + WINDOW + 1)
    around = pg.before[hi] - pg.before[lo] - size
    if around:
        x += w["near_kept"] * (pg.kept_before[hi] - pg.kept_before[lo] - kept[i]) / around
    if i > 0:
        x += w["prev_len"] * math.log1p(lens[i - 1]) / LENGTH_SCALE + (w["prev_open"] if kept[i - 1] else 0.0)
    if i + 1 < n:
        x += w["next_len"] * math.log1p(lens[i + 1]) / LENGTH_SCALE + (w["next_open"] if kept[i + 1] else 0.0)
    if tags[i] is not None and ((i > 0 and tags[i - 1] == tags[i]) or (i + 1 < n and tags[i + 1] == tags[i])):
        x += w["same_tag_run"]
    if size <= KEYED and pg.seen[texts[i].lower()] > 1:
        x += w["repeated"]
    return x


def _hints_part(h: Hints, w: Mapping[str, float], outside: float) -> float:
    """What ``_hints`` (and the share of prose outside the container, for a block outside it)
    adds to the logit: the same features, summed with no feature dict."""
    x = w["html"] + w.get(_TAG_KEYS.get(h.get("tag", ""), "tag:other"), 0.0)
    for z in h.get("zones", ()):
        if z in _ZONES:
            x += w.get("zone:" + z, 0.0)
    if h.get("comments"):
        x += w["comments"]
    media = h.get("media")
    if media:
        x += w.get("media:" + str(media), 0.0)
    link = float(h.get("link_density", 0.0) or 0.0)
    if link:
        x += w["link"] * min(link, 1.0)
    main = h.get("main")
    if main is not None:
        x += w["main:in"] if main else w["main:out"] + w["main:out_prose"] * outside
    cls = h.get("class_words")
    if cls:
        pos, neg = cls
        x += w["class:pos"] * min(pos, CLASS_WORDS_CAP) / CLASS_WORDS_CAP + \
            w["class:neg"] * min(neg, CLASS_WORDS_CAP) / CLASS_WORDS_CAP
    return x


def html_bounds(model: BlockModel, part: float, n: int) -> tuple[float, float]:
    """HTML pages: the least and the most the logit of a block of ``n`` characters can be,
    given ``part`` (what ``_html_part`` says it adds), whatever its words say. Exact,
    ROUNDING apart: the order of the sums differs."""
    x = model.bias + part
    return x + model.words_low(n) - ROUNDING, x + model.words_bound(n) + ROUNDING


def text_bounds(model: BlockModel, part: float, n: int, words: Mapping[str, float] | None = None,
                cls: int | None = None) -> tuple[float, float]:
    """Text pages: the least and the most the logit of a block of ``n`` characters can be,
    given ``part`` (what ``_text_part`` says it adds), whatever its words say (or, given
    ``words``, its WORD_FEATURES) and whatever its class says (or, given ``cls``, its
    class by content scoring's test). Exact, ROUNDING apart: the order of the sums differs."""
    w, (lo, hi) = model.text_weights
    if cls is not None:
        lo = hi = w.get(_CLASS_KEYS[cls], 0.0)
    x = model.bias + part
    if words is None:
        lo, hi = lo + model.words_low(n), hi + model.words_bound(n)
    else:
        x += sum([words.get(k, 0.0) * v for k, v in model.word_weights])
    return x + lo - ROUNDING, x + hi + ROUNDING


def _settled(ctx: Context, pg: _Page, model: BlockModel, i: int, limit: float,
             dropped: bool) -> dict[str, float] | None:
    """Text pages: None when block ``i``'s bounds settle that the model leaves it as it is
    (a dropped block under ``limit``, the readmit logit; a kept one over it, the remove
    logit): first whatever its words and class say, then with them read. Else the
    features of its words when they were read (for ``_block``), else ``{}``."""
    if ctx.doc.blocks[i].hints:
        return {}  # (hints: _block alone reads those)
    part, n = pg.parts.get(i), ctx.lens[i]
    if part is None:
        part = _text_part(ctx, pg, model.text_weights[0], i)
    text, stop = ctx.texts[i], pg.stop  # (the property read once)
    cls = classify_block(text, stop)[0]
    # (text_bounds(model, part, n, cls=cls), with the two word features known without reading
    # the words, its sentence end and whether the page's language is unknown, exact)
    x, c = model.bias + part, model.text_weights[0].get(_CLASS_KEYS[cls], 0.0)
    low, high = model.words_given(n, ends_sentence(text), stop is None)
    if x + (c + high) + ROUNDING < limit if dropped else x + (c + low) - ROUNDING > limit:
        return None
    words = _shape(n)  # (what _words reads: the block's length; _block's features hold the same)
    _words(text, stop, words)
    lo, hi = text_bounds(model, part, n, words, cls)
    return None if (hi < limit if dropped else lo > limit) else words


def _text_settled(ctx: Context, pg: _Page, model: BlockModel, todo: Sequence[int], cut: float,
                  keep: float) -> set[int]:
    """Text pages: the blocks of ``todo`` whose first bounds (``_settled``'s, whatever their
    words and class say but for their sentence end and the page's language) settle that the
    model leaves them as they are (a dropped block under ``cut``, the readmit logit; a kept one
    over ``keep``, the remove logit), in one pass over the page with the same floats. The
    others' parts are kept in ``pg.parts`` for ``_settled``. (A model with trees: none, its
    blocks are settled one by one, ``_tree_settled``.)"""
    if model.trees is not None:
        return set()
    parts = pg.parts = _text_parts(ctx, pg, model.text_weights[0], todo)
    stop = pg.stop
    unknown = stop is None
    (low_f, high_f), (low_f2, high_f2) = model._given[False, unknown], model._given[True, unknown]
    _, low_word, low_size = model._low
    _, high_word, high_size = model._bound
    class_weight = {k: model.text_weights[0].get(v, 0.0) for k, v in _CLASS_KEYS.items()}
    # (first, looser: the least / the most any class and sentence end add, no block read; float
    # sums are monotone, so what these settle, the exact ones settle too)
    c_least, c_most = min(class_weight.values()), max(class_weight.values())
    low_least, high_most = min(low_f, low_f2), max(high_f, high_f2)
    bias, lens, texts, findings, log1p = model.bias, ctx.lens, ctx.texts, ctx.findings, math.log1p
    log_sample = log1p(SAMPLE)
    out: set[int] = set()
    for i in todo:
        n = lens[i]
        x = bias + parts[i]
        size = log1p(n)
        reads = size if n < SAMPLE else log_sample  # (log1p(min(n, SAMPLE)), each found once)
        f = findings[i]
        if f is None or f.role is _CONTENT:  # kept: settled over the remove logit
            by_word, by_size = low_word * reads, low_size * size  # (summed in words_given's order)
            if x + (c_least + (low_least + by_word + by_size)) - ROUNDING > keep:
                out.add(i)
                continue
            text = texts[i]
            if x + (class_weight[classify_block(text, stop)[0]] + ((low_f2 if ends_sentence(text) else low_f) + by_word + by_size)) \
                    - ROUNDING > keep:
                out.add(i)
        else:  # dropped: settled under the readmit logit
            by_word, by_size = high_word * reads, high_size * size
            if x + (c_most + (high_most + by_word + by_size)) + ROUNDING < cut:
                out.add(i)
                continue
            text = texts[i]
            if x + (class_weight[classify_block(text, stop)[0]] + ((high_f2 if ends_sentence(text) else high_f) + by_word + by_size)) \
                    + ROUNDING < cut:
                out.add(i)
    return out


# the weights ``_hints_part`` reads by key (the others with a default)
_HINTS_READ = frozenset({"html", "comments", "link", "main:in", "main:out", "main:out_prose", "class:pos", "class:neg"})
# the markup features _markup_part weighs, in the order _markup adds them
_MARKUP_KEYS = ("par:share", "par:blocks", "par:p", "sib_kept", "sib_prose", "sib_none", "grand_kept", "par:link") + \
    tuple(k for k, _ in _ANCESTOR_KEYS) + ("main:depth", "head_prose", "main:between")


def _markup_part(h: Hints, pg: _Page, i: int, size: int, wm: Mapping[str, float], x: float) -> float:
    """``x`` plus what ``_markup``'s features add to the logit (weights ``wm``, every one of
    _MARKUP_KEYS): term by term in the order ``_html_part`` adds them, so the same float."""
    span = h.get("parent_span")
    if span is not None:
        a, b = span
        chars = pg.before[b] - pg.before[a]
        if chars:
            x += wm["par:share"] * (size / chars)
        blocks = b - a
        x += wm["par:blocks"] * (math.log1p(blocks) / PARENT_REACH)
        if blocks:
            x += wm["par:p"] * (h.get("parent_p", 0) / blocks)
        rest = chars - size
        if rest > 0:
            x += wm["sib_kept"] * ((pg.kept_before[b] - pg.kept_before[a] - pg.kept[i]) / rest)
            prose = pg.prose_before[b] - pg.prose_before[a] - (pg.kept[i] if size >= PROSE else 0)
            if prose:
                x += wm["sib_prose"] * min(prose / rest, 1.0)
        else:
            x += wm["sib_none"] * 1.0
    span = h.get("grand_span")
    if span is not None:
        a, b = span
        rest = pg.before[b] - pg.before[a] - size
        if rest > 0:
            x += wm["grand_kept"] * ((pg.kept_before[b] - pg.kept_before[a] - pg.kept[i]) / rest)
    link = h.get("parent_links")
    if link:
        x += wm["par:link"] * min(link, 1.0)
    bits = h.get("ancestors")
    if bits:
        for k, bit in _ANCESTOR_KEYS:
            if bits & bit:
                x += wm[k] * 1.0
    depth = h.get("main_depth")
    if depth is not None:
        x += wm["main:depth"] * (min(depth, DEPTH_CAP) / DEPTH_CAP)
    kept = pg.kept
    if pg.tags[i] in _HEADINGS and i + 1 < len(kept) and kept[i + 1] >= PROSE:
        x += wm["head_prose"] * 1.0
    span = pg.main_span
    if span is not None and h.get("main") is False and span[0] < i < span[1]:
        x += wm["main:between"] * 1.0
    return x


def _html_parts(ctx: Context, pg: _Page, w: Mapping[str, float], indices: Sequence[int]) -> dict[int, float]:
    """``_html_part`` of each block of ``indices``, in one pass over the page (the weights and
    the page's arrays read once, not per block): the same sums, term by term in the same
    order, so the same floats (``tests/test_model_fast_html.py``). (Two passes, each a stage
    of every block's sum: the label and position with the hints' part, then the markup's and the
    neighbours' terms, ``_add_markup``.)"""
    lens, before, findings, blocks, shares = ctx.lens, pg.before, ctx.findings, ctx.doc.blocks, pg.label_share
    outside = pg.outside
    n, total, log1p = len(lens), pg.total, math.log1p
    w_len, w_short, w_pos, w_pos_chars = w["len"], w["short"], w["pos"], w["pos_chars"]
    page_term, w_share = w["page_kept"] * pg.page_kept, w["lab_share"]
    w_none = w.get("lab:none", 0.0)
    lab_terms: dict[str, tuple[float, float]] = {}  # a label's weight, and its share's term
    out: dict[int, float] = {}
    hinted = _hints_parts(blocks, indices, w, outside)  # (None: a weight it reads by key is missing)
    for i in indices:
        size = lens[i]
        f = findings[i]
        if f is None or f.role is _CONTENT:  # (_label_key's "none", without the call)
            x = w_len * log1p(size) / LENGTH_SCALE + (w_short if size < SHORT else 0.0) + w_none + \
                w_pos * i / n + w_pos_chars * before[i] / total + page_term
        else:
            lab = _label_key(f)
            terms = lab_terms.get(lab)
            if terms is None:
                terms = lab_terms[lab] = (w.get("lab:" + lab, 0.0), w_share * shares.get(lab, 0.0))
            x = w_len * log1p(size) / LENGTH_SCALE + (w_short if size < SHORT else 0.0) + terms[0] + \
                w_pos * i / n + w_pos_chars * before[i] / total + page_term
            x += terms[1]  # (a label is never "none": its share's term)
        hints = blocks[i].hints
        if hints:
            x += hinted[i] if hinted is not None else _hints_part(hints, w, outside)
        out[i] = x
    _add_markup(out, blocks, pg, lens, {k: w.get(k, 0.0) for k in _MARKUP_KEYS}, w, ctx.lowers())
    return out


def _hints_parts(blocks: Sequence[Block], indices: Sequence[int], w: Mapping[str, float],
                 outside: float) -> dict[int, float] | None:
    """``_hints_part`` of each block of ``indices`` that has hints, inline, its weights read once
    for the page (the same terms in the same order: the same floats); None when a weight it
    reads by key is missing (``_hints_part`` then says so, block by block)."""
    if not _HINTS_READ.issubset(w):
        return None
    w_html, w_comments, w_link, w_main_in = w["html"], w["comments"], w["link"], w["main:in"]
    main_out = w["main:out"] + w["main:out_prose"] * outside  # (as ``_hints_part`` sums it)
    w_cls_pos, w_cls_neg = w["class:pos"], w["class:neg"]
    tag_w = {tag: w.get(key, 0.0) for tag, key in _TAG_KEYS.items()}
    tag_other = w.get("tag:other", 0.0)
    zone_w = {z: w.get("zone:" + z, 0.0) for z in _ZONES}
    out: dict[int, float] = {}
    for i in indices:
        hints = blocks[i].hints
        if not hints:
            continue
        hp = w_html + tag_w.get(hints.get("tag", ""), tag_other)
        for z in hints.get("zones", ()):
            zw = zone_w.get(z)
            if zw is not None:
                hp += zw
        if hints.get("comments"):
            hp += w_comments
        media = hints.get("media")
        if media:
            hp += w.get("media:" + str(media), 0.0)
        link = float(hints.get("link_density", 0.0) or 0.0)
        if link:
            hp += w_link * min(link, 1.0)
        main = hints.get("main")
        if main is not None:
            hp += w_main_in if main else main_out
        cls = hints.get("class_words")
        if cls:
            pos, neg = cls
            hp += w_cls_pos * min(pos, CLASS_WORDS_CAP) / CLASS_WORDS_CAP + \
                w_cls_neg * min(neg, CLASS_WORDS_CAP) / CLASS_WORDS_CAP
        out[i] = hp
    return out


def _add_markup(out: dict[int, float], blocks: Sequence[Block], pg: _Page, lens: Sequence[int],  # noqa: C901 -- hot loop, inline
                wm: Mapping[str, float], w: Mapping[str, float], lows: Sequence[str]) -> None:
    """For each block of ``out``: ``_markup_part``'s terms when it has hints, then its neighbours'
    terms (weights ``w``), added to ``out[i]`` as ``_html_part`` adds them, inline, the weights read
    once for the page (the same terms in the same order: the same floats)."""
    before, kept_before, kept, prose_before, tags = pg.before, pg.kept_before, pg.kept, pg.prose_before, pg.tags
    main_span, n, log1p, seen = pg.main_span, len(kept), math.log1p, pg.seen
    w_near, w_repeated, w_run = w["near_kept"], w["repeated"], w["same_tag_run"]
    w_prev_len, w_prev_open, w_next_len, w_next_open = w["prev_len"], w["prev_open"], w["next_len"], w["next_open"]
    m_share, m_blocks, m_p, m_sib_kept, m_sib_prose, m_sib_none, m_grand, m_link = \
        wm["par:share"], wm["par:blocks"], wm["par:p"], wm["sib_kept"], wm["sib_prose"], wm["sib_none"], \
        wm["grand_kept"], wm["par:link"]
    m_anc = tuple((wm[k], bit) for k, bit in _ANCESTOR_KEYS)
    m_depth, m_head, m_between = wm["main:depth"], wm["head_prose"], wm["main:between"]
    for i, x in out.items():
        h = blocks[i].hints
        size = lens[i]
        span = h.get("parent_span") if h else None
        if span is not None:
            a, b = span
            chars = before[b] - before[a]
            if chars:
                x += m_share * (size / chars)
            count = b - a
            x += m_blocks * (log1p(count) / PARENT_REACH)
            if count:
                x += m_p * (h.get("parent_p", 0) / count)
            rest = chars - size
            if rest > 0:
                x += m_sib_kept * ((kept_before[b] - kept_before[a] - kept[i]) / rest)
                prose = prose_before[b] - prose_before[a] - (kept[i] if size >= PROSE else 0)
                if prose:
                    x += m_sib_prose * min(prose / rest, 1.0)
            else:
                x += m_sib_none * 1.0
        if h:
            span = h.get("grand_span")
            if span is not None:
                a, b = span
                rest = before[b] - before[a] - size
                if rest > 0:
                    x += m_grand * ((kept_before[b] - kept_before[a] - kept[i]) / rest)
            link = h.get("parent_links")
            if link:
                x += m_link * min(link, 1.0)
            bits = h.get("ancestors")
            if bits:
                for weight, bit in m_anc:
                    if bits & bit:
                        x += weight * 1.0
            depth = h.get("main_depth")
            if depth is not None:
                x += m_depth * (min(depth, DEPTH_CAP) / DEPTH_CAP)
            if tags[i] in _HEADINGS and i + 1 < n and kept[i + 1] >= PROSE:
                x += m_head * 1.0
            if main_span is not None and h.get("main") is False and main_span[0] < i < main_span[1]:
                x += m_between * 1.0
        lo = i - WINDOW if i > WINDOW else 0  # (the neighbours' terms)
        hi = i + WINDOW + 1 if i + WINDOW + 1 < n else n
        around = before[hi] - before[lo] - size
        if around:
            x += w_near * (kept_before[hi] - kept_before[lo] - kept[i]) / around
        if i > 0:
            x += w_prev_len * log1p(lens[i - 1]) / LENGTH_SCALE + (w_prev_open if kept[i - 1] else 0.0)
        if i + 1 < n:
            x += w_next_len * log1p(lens[i + 1]) / LENGTH_SCALE + (w_next_open if kept[i + 1] else 0.0)
        tag = tags[i]
        if tag is not None and ((i > 0 and tags[i - 1] == tag) or (i + 1 < n and tags[i + 1] == tag)):
            x += w_run
        if size <= KEYED and seen[lows[i]] > 1:
            x += w_repeated
        out[i] = x


def _html_settled(ctx: Context, pg: _Page, model: BlockModel, todo: Sequence[int], cut: float,
                  keep: float) -> set[int]:
    """HTML pages: the blocks of ``todo`` whose bounds (``html_bounds``, the same floats) settle
    that the model leaves them as they are, whatever their words say (a dropped block under
    ``cut``, the readmit logit; a kept one over ``keep``, the remove logit), in one pass over
    the page. (A model with trees: none, its blocks are settled one by one, ``_tree_settled``.)"""
    if model.trees is not None:
        return set()
    parts = _html_parts(ctx, pg, model.html_weights, todo)
    bias, lens, findings, log1p = model.bias, ctx.lens, ctx.findings, math.log1p
    low_fixed, low_word, low_size = model._low
    high_fixed, high_word, high_size = model._bound
    out: set[int] = set()
    for i in todo:
        n = lens[i]
        x = bias + parts[i]
        f = findings[i]
        reads, size = log1p(min(n, SAMPLE)), log1p(n)
        if f is None or f.role is _CONTENT:  # kept: settled over the remove logit
            if x + (low_fixed + low_word * reads + low_size * size) - ROUNDING > keep:
                out.add(i)
        elif x + (high_fixed + high_word * reads + high_size * size) + ROUNDING < cut:
            out.add(i)
    return out


@dataclass(frozen=True)
class Trees:
    """A gradient-boosted ensemble of shallow trees, as flat arrays: node ``k`` splits on
    feature ``feature[k]`` (a missing feature reads 0) and goes to ``left[k]`` when its value
    is at most ``threshold[k]``, else to ``right[k]``; a leaf (``feature[k]`` None) adds
    ``value[k]`` to the logit. ``roots`` holds each tree's first node."""

    feature: tuple[str | None, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]
    roots: tuple[int, ...]

    @classmethod
    def from_lists(cls, trees: Sequence[Sequence[Sequence[object]]]) -> Trees:
        """From the file's plain split lists: per tree its nodes, ``[feature, threshold, left,
        right]`` (a split; ``left`` and ``right`` index that tree's nodes) or ``[value]`` (a leaf)."""
        feature: list[str | None] = []
        threshold: list[float] = []
        left: list[int] = []
        right: list[int] = []
        value: list[float] = []
        roots: list[int] = []
        for tree in trees:
            base = len(feature)
            roots.append(base)
            for node in tree:
                if len(node) == 1:
                    feature.append(None)
                    threshold.append(0.0)
                    left.append(-1)
                    right.append(-1)
                    value.append(float(node[0]))  # type: ignore[arg-type]
                else:
                    feature.append(str(node[0]))
                    threshold.append(float(node[1]))  # type: ignore[arg-type]
                    left.append(base + int(node[2]))  # type: ignore[call-overload]
                    right.append(base + int(node[3]))  # type: ignore[call-overload]
                    value.append(0.0)
        return cls(tuple(feature), tuple(threshold), tuple(left), tuple(right), tuple(value), tuple(roots))

    def total(self, feats: Mapping[str, float]) -> float:
        """What the trees add to the logit of a block with the features ``feats``."""
        feature, threshold, left, right, value = self.feature, self.threshold, self.left, self.right, self.value
        get = feats.get
        x = 0.0
        for k in self.roots:
            name = feature[k]
            while name is not None:
                k = left[k] if get(name, 0.0) <= threshold[k] else right[k]
                name = feature[k]
            x += value[k]
        return x

    def bounds(self, feats: Mapping[str, float], unknown: frozenset[str]) -> tuple[float, float]:
        """The least and the most the trees can add given ``feats``, whatever the features
        named in ``unknown`` turn out to be (both sides of a split on one of them)."""
        feature, threshold, left, right, value = self.feature, self.threshold, self.left, self.right, self.value
        get = feats.get
        lo = hi = 0.0
        for root in self.roots:
            least, most = math.inf, -math.inf
            stack = [root]
            while stack:
                k = stack.pop()
                name = feature[k]
                while name is not None and name not in unknown:
                    k = left[k] if get(name, 0.0) <= threshold[k] else right[k]
                    name = feature[k]
                if name is None:
                    least, most = min(least, value[k]), max(most, value[k])
                else:
                    stack.append(left[k])
                    stack.append(right[k])
            lo += least
            hi += most
        return lo, hi


_UNREAD = frozenset(WORD_FEATURES)  # the features a block's feature dict lacks before its words are read


def _tree_settled(ctx: Context, pg: _Page, model: BlockModel, i: int, limit: float,
                  dropped: bool) -> dict[str, float] | None:
    """A model with trees: None when block ``i``'s bounds (its features but its words read,
    whatever its words say) settle that the model leaves it as it is (a dropped block under
    ``limit``, the readmit logit; a kept one over it, the remove logit); else its feature
    dict, its words read."""
    assert model.trees is not None
    feats = _block(ctx, pg, i, words=False)
    x, n = model.logit_linear(feats), ctx.lens[i]
    lo, hi = model.trees.bounds(feats, _UNREAD)
    if (x + hi + model.words_bound(n) + ROUNDING < limit) if dropped else (x + lo + model.words_low(n) - ROUNDING > limit):
        return None
    _words(ctx.texts[i], pg.stop, feats)
    return feats


def block_features(ctx: Context, indices: Sequence[int] | None = None) -> dict[int, dict[str, float]]:
    """The features of the blocks ``indices`` (default: all) of a labelled page, by block
    index (sparse: name -> value)."""
    if not ctx.texts or indices is not None and not indices:
        return {}
    pg = _page(ctx)
    return {i: _block(ctx, pg, i) for i in (range(len(ctx.texts)) if indices is None else indices)}


@dataclass(frozen=True)
class BlockModel:
    """Weights by feature name, a bias, and the two confidence thresholds."""

    weights: Mapping[str, float]
    bias: float
    readmit: float  # a generic rule's drop is overturned at this probability of article text or more
    remove: float  # a kept block goes at this probability or less
    meta: Mapping[str, object]
    # rule codes (or code:role) whose drops this model decides too, beyond the generic ones
    codes: frozenset[str] = frozenset()
    trees: Trees | None = None  # a gradient-boosted ensemble added to the logit (format 2)
    # what the word features can add at most: fixed, per log-character read, per log-length
    _bound: tuple[float, float, float] = field(init=False, repr=False, compare=False)
    _low: tuple[float, float, float] = field(init=False, repr=False, compare=False)
    # the fixed parts of those two, the least and the most, given the sentence end and whether
    # the page's language is unknown (``words_given``): by (ends, unknown)
    _given: Mapping[tuple[bool, bool], tuple[float, float]] = field(init=False, repr=False, compare=False)
    # text pages: the weights _text_part reads (0 where the file has none), and the least and
    # the most a block's class adds
    text_weights: tuple[Mapping[str, float], tuple[float, float]] = field(init=False, repr=False, compare=False)
    # HTML pages: the weights _html_part reads (0 where the file has none)
    html_weights: Mapping[str, float] = field(init=False, repr=False, compare=False)
    # the WORD_FEATURES and their weights (0 where the file has none), in that order
    word_weights: tuple[tuple[str, float], ...] = field(init=False, repr=False, compare=False)

    def logit_linear(self, feats: Mapping[str, float]) -> float:
        """The bias and the weighted sum of ``feats``: the logit but for the trees."""
        w = self.weights
        return self.bias + sum((v * w.get(k, 0.0) for k, v in feats.items()), 0.0)

    def logit(self, feats: Mapping[str, float]) -> float:
        w = self.weights  # (logit_linear's sum, written out: the logistic model pays no second call)
        x = self.bias + sum([v * w.get(k, 0.0) for k, v in feats.items()], 0.0)
        return x if self.trees is None else x + self.trees.total(feats)

    def score(self, feats: Mapping[str, float]) -> float:
        return 1.0 / (1.0 + math.exp(-max(min(self.logit(feats), LOGIT_CLAMP), -LOGIT_CLAMP)))

    def __post_init__(self) -> None:
        up = {k: max(0.0, self.weights.get(k, 0.0)) for k in WORD_FEATURES}
        object.__setattr__(self, "_bound", (sum(v for k, v in up.items() if k not in _SCALED),
                                            up["words"] / LENGTH_SCALE, up["stop_len"] / LENGTH_SCALE))
        w = dict(self.weights)
        w.update((k, self.weights.get(k, 0.0)) for k in _TEXT_PART)
        cls = [self.weights.get(k, 0.0) for k in _CLASS_KEYS.values()]
        object.__setattr__(self, "text_weights", (w, (min(cls), max(cls))))
        html = dict(self.weights)
        html.update((k, self.weights.get(k, 0.0)) for k in _HTML_PART)
        object.__setattr__(self, "html_weights", html)
        object.__setattr__(self, "word_weights", tuple((k, w.get(k, 0.0)) for k in WORD_FEATURES))
        down = {k: min(0.0, self.weights.get(k, 0.0)) for k in WORD_FEATURES}
        object.__setattr__(self, "_low", (sum(v for k, v in down.items() if k not in _SCALED),
                                          down["words"] / LENGTH_SCALE, down["stop_len"] / LENGTH_SCALE))
        known = _SCALED | _KNOWN_WORDS  # (the features words_given is told)
        w_ends, w_unknown = self.weights.get("ends", 0.0), self.weights.get("stop_unknown", 0.0)
        object.__setattr__(self, "_given", {(ends, unknown): (
            sum(v for k, v in down.items() if k not in known) + (w_ends if ends else 0.0) + (w_unknown if unknown else 0.0),
            sum(v for k, v in up.items() if k not in known) + (w_ends if ends else 0.0) + (w_unknown if unknown else 0.0))
            for ends in (False, True) for unknown in (False, True)})

    def words_given(self, n: int, ends: bool, unknown: bool) -> tuple[float, float]:
        """The least and the most the WORD_FEATURES can add to the logit of a block of ``n``
        characters whose sentence end (``ends``) and page language (``unknown``: no stopword
        list) are known: ``words_low`` and ``words_bound`` with those two features exact."""
        low, high = self._given[ends, unknown]
        reads, size = math.log1p(min(n, SAMPLE)), math.log1p(n)
        return (low + self._low[1] * reads + self._low[2] * size,
                high + self._bound[1] * reads + self._bound[2] * size)

    def words_low(self, n: int) -> float:
        """The least the WORD_FEATURES can add to the logit of a block of ``n`` characters
        (``words_bound``'s mirror: each at its largest value where its weight is negative)."""
        fixed, per_word, per_size = self._low
        return fixed + per_word * math.log1p(min(n, SAMPLE)) + per_size * math.log1p(n)

    def words_bound(self, n: int) -> float:
        """The most the WORD_FEATURES can add to the logit of a block of ``n`` characters:
        each at its largest value (1; the log of the characters read for ``words``, the
        block's ``len`` for ``stop_len``) where its weight is positive."""
        fixed, per_word, per_size = self._bound
        return fixed + per_word * math.log1p(min(n, SAMPLE)) + per_size * math.log1p(n)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> BlockModel:
        if data.get("format") not in FORMATS:
            raise ValueError(f"block model format {data.get('format')!r}, expected one of {FORMATS}")
        training = dict(data.get("training", {}))  # type: ignore[call-overload]
        trees = data.get("trees")
        return cls(dict(data.get("weights", {})), float(data["bias"]),  # type: ignore[call-overload, arg-type]
                   float(data["readmit"]), float(data["remove"]), training,  # type: ignore[arg-type]
                   frozenset(data.get("codes", ())),  # type: ignore[call-overload]
                   Trees.from_lists(trees) if trees else None)  # type: ignore[arg-type]


@lru_cache(maxsize=4)
def _load(path: str) -> dict[str, BlockModel]:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return {mode: BlockModel.from_dict(m) for mode, m in data["models"].items()}


def load_models(path: str | os.PathLike[str] | None = None) -> dict[str, BlockModel]:
    """The models by input mode (``html``, ``text``): from ``path``, else the file named by
    ``CLEANSCRAPE_MODEL``, else the shipped one."""
    return _load(str(path or os.environ.get(MODEL_ENV) or MODEL_FILE))


def _shouted_link(f: Finding, text: str) -> bool:
    """A line CS502 dropped as link text that reads as another story's headline in capitals
    (`SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'`: CS205's shouted headline, which
    that rule cannot label once CS502 has): the markup and the shape agree, so the rule does
    not let the model bring it back. (A guard on the rule's decision, not on ``overturnable``:
    the trainer still fits the model on these lines, other stories' links it should score low.)"""
    return f.reason == LINK_TEXT and f.code == _STRUCTURE_CODE and shouted_headline(text)


def _in_dropped_prose(ctx: Context, i: int) -> bool:
    """Whether a neighbour of block ``i`` is prose (PROSE characters) a generic decision dropped."""
    fs, lens = ctx.findings, ctx.lens
    for j in (i - 1, i + 1):
        f = fs[j] if 0 <= j < len(fs) else None
        if f is not None and f.code in GENERIC and lens[j] >= PROSE:
            return True
    return False


@dataclass(frozen=True)
class BlockModelRule(Rule):
    """
    What it removes: it overturns the generic decisions with a model fitted on real pages
    (one for HTML, one for naive text): a block that content scoring (CS501) or the
    markup's container, zone and link-text verdicts (CS502) dropped, or a named rule the model file lists under
    `codes` (shipped for HTML: CS205, but not a headline-shaped line; and CS304's first heading
    of the page with prose under it, a subheading under the markup's own headline), comes back when the model scores it as article text
    at the model file's `readmit` probability or more (0.57 for HTML and 0.65 for text, shipped), its score in the
    finding; on HTML pages a run of up to three dropped blocks between two blocks that stay,
    all in one parent element, comes back too. A model file with a `remove` probability also drops kept blocks it scores at
    or under it, under this code, when two or more stand in a row outside the article's
    text (0.7 shipped for text pages: a commenter list or a card list after the article;
    0 for HTML, where no threshold helped on the fit pages).
    Why: the generic decisions rest on hand-set thresholds and lose article text on
    unfamiliar layouts; the model weighs the same signals (shape, markup, position,
    neighbours, the rules' labels) with weights fitted on the fit halves of benchmark pages.
    Example: `The port said the first ships would use the new quay next autumn.`, a
    standfirst in an element of its own above the text container (brought back)
    Kept: whatever a named rule the file does not list found (captions, credits, teasers, bylines), comment
    sections, nested articles, `<nav>` and `<footer>`, and a link line CS502 dropped that reads as another
    story's headline in capitals (`TOWN COUNCIL VOTES TO CLOSE HARBOUR FERRY AFTER FORTY YEARS` between the
    paragraphs): the model never overturns them;
    in text, a run of prose above the page's headline (other stories' teasers); a single
    doubtful line, a list between two kept paragraphs, the article's closing sentences, a run
    after kept text right over the story's trailer that the page prints right under another
    story's last paragraph (its last line and the line over it: `Taxi firms fear a quieter
    season` over `Share this article`); and,
    on a page of two stories or more with text of their own, a run of a story's prose (each
    line a paragraph or a sentence by the story's own language) under its headline with a
    paragraph of the story kept under it, or that is the story's whole text (two paragraphs
    or more): judged against its own story, not the page's heaviest, content wins the tie.
    """

    modes: Sequence[str] = ("html", "text")  # the input modes whose fitted model is applied

    def check(self, ctx: Context) -> Iterator[Finding]:
        blocks = ctx.doc.blocks
        if not blocks:
            return
        mode = "html" if ctx.doc.from_html else "text"
        if mode not in self.modes:
            return
        model = load_models().get(mode)
        if model is None or model.readmit > 1.0 and model.remove <= 0.0:
            return  # a model that can decide nothing costs nothing
        findings = ctx.findings
        if mode == "text" and ctx.labelled(_NO_ARTICLE):
            return  # a text page that lists stories and holds none (or an error page): nothing to bring back
        todo = _todo(ctx, model, mode)
        if not todo:
            return
        pg = _page(ctx)
        cut = math.log(model.readmit / (1 - model.readmit)) if model.readmit < 1.0 else math.inf
        # kept blocks whose logit stays over this are never doubted (quick skip, text pages)
        keep = math.log(model.remove / (1 - model.remove)) if 0.0 < model.remove < 1.0 else math.inf
        keep = keep if abs(keep) < LOGIT_CLAMP else math.inf  # (past the clamp, p no longer follows the logit)
        todo = _not_passed_over(ctx, pg, todo)
        # the blocks whose bounds settle, whatever their words say, that the model leaves them
        # as they are (found in one pass over the page)
        settled = _text_settled(ctx, pg, model, todo, cut, keep) if pg.plain else \
            _html_settled(ctx, pg, model, todo, cut, keep)
        low: dict[int, float] = {}  # kept blocks scored at the remove probability or under
        back: set[int] = set()
        trees = model.trees is not None
        for i in todo:
            if i in settled:
                continue  # (exact: its bounds settle that the model leaves it as it is)
            f = findings[i]
            dropped = f is not None and f.role is not _CONTENT
            if trees:
                feats = _tree_settled(ctx, pg, model, i, cut if dropped else keep, dropped)
                if feats is None:
                    continue  # (exact: its bounds settle that the model leaves it as it is)
                p = model.score(feats)
            else:
                words = _settled(ctx, pg, model, i, cut if dropped else keep, dropped) if pg.plain else {}
                if words is None:
                    continue  # (exact: its bounds settle that the model leaves it as it is)
                feats = _block(ctx, pg, i, words=False)
                if dropped and model.logit(feats) + model.words_bound(ctx.lens[i]) < cut - ROUNDING:
                    continue  # (exact: whatever its words say, the block stays dropped)
                if words:  # read: _words' values, added in its order (the shape's keys hold the same)
                    feats.update(words)
                else:
                    _words(ctx.texts[i], pg.stop, feats)
                p = model.score(feats)
            if not dropped:
                if p <= model.remove:
                    low[i] = p
            elif p >= model.readmit and f is not None:
                back.add(i)
                yield self.finding(i, f"block model: article text at p={p:.2f} (was {f.code})",
                                   role=Role.CONTENT, priority=self.priority + READMIT_PRIORITY)
        if not pg.plain and NEIGHBOUR_RUN:
            for i in _between_kept(ctx, todo, back):
                f = findings[i]
                assert f is not None
                back.add(i)
                yield self.finding(i, f"block model: between kept blocks of its parent element (was {f.code})",
                                   role=Role.CONTENT, priority=self.priority + READMIT_PRIORITY)
        for i in _removable(ctx, low, back, pg.stop if pg.plain else None):
            yield self.finding(i, f"block model: article text only at p={low[i]:.2f}, in a run of {RUN} or more")


def _not_passed_over(ctx: Context, pg: _Page, todo: list[int]) -> list[int]:
    """The blocks of ``todo`` that are not passed over (``_passed_over``): only blocks above a
    text page's headline or past the comments' label can be."""
    above = pg.title if pg.plain and pg.title is not None else -1
    past = len(ctx.texts) if pg.thread is None else pg.thread
    if above >= 0 or past < len(ctx.texts):
        # (``todo`` is in order: the blocks from ``above`` to ``past``, found by bisection, are not read)
        lo, hi = bisect_left(todo, above), bisect_right(todo, past)
        fs = ctx.findings  # (``_passed_over``'s first test inline: a kept block is never passed over)
        if hi < lo:  # (a headline under the comments' label: every block is read)
            return [i for i in todo if not ((i < above or i > past) and (f := fs[i]) is not None and f.role is not _CONTENT
                                            and _passed_over(ctx, pg, i))]
        return [i for i in todo[:lo] if (f := fs[i]) is None or f.role is _CONTENT or not _passed_over(ctx, pg, i)] + \
            todo[lo:hi] + [i for i in todo[hi:] if (f := fs[i]) is None or f.role is _CONTENT or not _passed_over(ctx, pg, i)]
    return todo


def _first_headline(ctx: Context) -> int:
    """The page's first headline (-1: none)."""
    titles = ctx.with_role(_TITLE)
    return titles[0] if titles else -1


def _todo(ctx: Context, model: BlockModel, mode: str) -> list[int]:
    """The blocks the model may decide: kept blocks (overturnable whatever their hints) when
    the model drops, and the drops it may overturn; on HTML pages, only those under the page's
    first headline or of PROSE characters or more (a short line over the headline is a menu's
    or a kicker's)."""
    findings, hints, drop, codes = ctx.findings, ctx.hints, model.remove > 0.0, model.codes
    if mode == "text" and not codes:  # (the markup's test only for a block with hints: none on a text page)
        tags = "<" in ctx.page_lower()  # (a pixel's tags: looked for only on a page that holds a '<'; one
        # search over the page's lowered lines, joined once for the rules' searches (the line rules have
        # made it by now): lowering makes no '<' and takes none away, and a newline between lines is none)
        return [i for i, f in enumerate(findings) if (drop if f is None or f.role is _CONTENT
                                                      else f.code in GENERIC and f.role not in _NAMED_BY_MARKUP
                                                      and not f.reason.endswith(_SETTLED_FEATURES)
                                                      and not (tags and content.bare_markup(ctx.texts[i]))
                                                      and (not hints[i] or overturnable(f, hints[i])))]
    head, lens, texts = _first_headline(ctx) if mode == "html" else -1, ctx.lens, ctx.texts
    if drop:
        return [i for i, f in enumerate(findings) if (i > head or lens[i] >= PROSE) and (
            f is None or f.role is _CONTENT or overturnable(f, hints[i], codes, texts[i]) and not _shouted_link(f, texts[i]))]
    return _overturnable_drops(ctx, codes, head)


def _overturnable_drops(ctx: Context, codes: frozenset[str], head: int) -> list[int]:
    """The dropped blocks under block ``head`` (or of PROSE characters or more) that
    ``overturnable`` lets the model decide: its test, with its common case written out (a
    generic decision's drop, its code not in ``codes``), the labelled blocks alone read
    (picked in C); but not a shouted link line (``_shouted_link``)."""
    findings, hints, texts, lens, roled = ctx.findings, ctx.hints, ctx.texts, ctx.lens, _roled(codes)
    cols = ctx.hint_columns()
    comments, media, zones = cols.comments, cols.media, cols.zones
    out: list[int] = []
    for i in compress(range(len(findings)), findings):
        f = findings[i]
        if f.role is _CONTENT or i <= head and lens[i] < PROSE:  # type: ignore[union-attr]
            continue
        code = f.code  # type: ignore[union-attr]
        if code in codes or code in roled:
            if overturnable(f, hints[i], codes, texts[i]) and not _shouted_link(f, texts[i]):  # type: ignore[arg-type]
                out.append(i)
        elif code in GENERIC and f.role not in _NAMED_BY_MARKUP and (  # type: ignore[union-attr]
                f.reason != LINK_TEXT or code != _STRUCTURE_CODE or not shouted_headline(texts[i])):  # type: ignore[union-attr]
            # (``not _shouted_link(f, text)``, inline: most of an HTML page's labels are CS502's)
            if not hints[i] or not comments[i] and media[i] != "promo" and _FURNITURE.isdisjoint(zones[i] or ()):
                out.append(i)
    return out


# HTML pages: a run of at most this many blocks the model left dropped comes back when the
# blocks on both sides stay and all of them sit in one parent element (a heading that is a
# link, a short line inside a paragraph run); runs of 1, 2, 3 and 5 tie on the fit halves (0.9534),
# 3 is the middle: more than one heading in a row, short of a link list
NEIGHBOUR_RUN = 3


def _between_kept(ctx: Context, todo: Sequence[int], back: set[int]) -> list[int]:
    """HTML pages: the dropped blocks of ``todo`` (those the model decided on) that stand in a
    run of NEIGHBOUR_RUN or fewer between two blocks that stay, the run and both of those
    under the same parent element (``parent_span``)."""
    findings, blocks = ctx.findings, ctx.doc.blocks
    n = len(blocks)
    cand = {i for i in todo if i not in back and findings[i] is not None and findings[i].role is not _CONTENT  # type: ignore[union-attr]
            and findings[i].code in GENERIC}  # type: ignore[union-attr]  # (a named rule's drop: the model's call alone)

    def stays(k: int) -> bool:
        f = findings[k]
        return f is None or f.role is _CONTENT or k in back

    out: list[int] = []
    for i in sorted(cand):
        if i - 1 in cand or i == 0 or not stays(i - 1):
            continue  # (a run starts after a block that stays)
        j = i
        while j + 1 in cand:
            j += 1
        if j - i + 1 > NEIGHBOUR_RUN or j + 1 >= n or not stays(j + 1):
            continue
        span = blocks[i].hints.get("parent_span")
        if span is not None and all(blocks[k].hints.get("parent_span") == span for k in range(i - 1, j + 2)):
            out.extend(range(i, j + 1))
    return out


def _passed_over(ctx: Context, pg: _Page, i: int) -> bool:
    """Whether block ``i``, dropped, is never brought back: a run of prose above a text page's
    headline (t:above_title: other stories' teasers), or under a comment label past the
    article's last paragraph (readers' comments)."""
    f = ctx.findings[i]
    if f is None or f.role is _CONTENT:
        return False
    if pg.plain and pg.title is not None and i < pg.title and _in_dropped_prose(ctx, i):
        return True
    return pg.thread is not None and i > pg.thread


READMIT_PRIORITY = 50  # over the rule's own: a readmission outranks the generic drop it overturns
RUN = 2  # kept blocks the model doubts go only as a run this long: one doubtful line stays (recall first)


def _removable(ctx: Context, low: Mapping[int, float], back: set[int],
               stop: frozenset[str] | None = None) -> list[int]:
    """The blocks of ``low`` that stand in a run of RUN or more consecutive ones, unless the
    run sits between two blocks that stay or that stand inside an article's text (a list inside
    the article, a line between captions; not a bio or a story list, which close it), opens with
    a lead-in (``:``) and runs straight into text that stays (the list the text opens with), or
    reads as the article's close."""
    out: list[int] = []
    n = len(ctx.texts)
    titles = ctx.with_role(_TITLE)
    stories: int | None = None  # (counted once, for the first run that could be a story's)
    ordered = sorted(low)
    k = 0
    while k < len(ordered):
        j = k
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        a, b = ordered[k], ordered[j]
        x = _anchor(ctx, a)
        # the run follows text that stays, or opens a story under its headline
        after_kept = 0 <= x < n and (ctx.is_open(x) or x in back or _is_headline(ctx, x))
        # between text that stays: the block after it, and before it one that stays or a caption,
        # a credit (or text that stays past a few lines a named rule took: an embed, a teaser)
        inside = (after_kept or _inside(ctx, a - 1, back) or ctx.texts[a].rstrip().endswith(":")) \
            and _inside(ctx, b + 1, back)
        if b - a + 1 >= RUN and not inside and not (after_kept and _continues(ctx.texts, a, b)) \
                and not _rest_of_list(ctx, a, b, back) and not (stop is not None and _over_trailer(ctx, x, b, back, stop)):
            if stories is None:
                stories = _stories_with_text(ctx, titles, low, back)
            if stories < STORY_HEADLINES or not _story_prose(ctx, titles, a, b, back, stop):
                out.extend(range(a, b + 1))
        k = j + 1
    return out


WHOLE_STORY = 2  # paragraphs of prose that make a story's whole text under its headline (a card has one teaser)
STORY_HEADLINES = 2  # headlines with text of their own a page prints before each story is judged on its own


def _stories_with_text(ctx: Context, titles: Sequence[int], low: Mapping[int, float], back: set[int]) -> int:
    """How many of the page's headlines have a paragraph that stays under them (PROSE characters or
    more, ending like a sentence, not doubted by the model) before the next headline: the page's
    stories. A stray headline-shaped line under a single article (`Thanks for sharing!`) has none."""
    texts, lens, fs = ctx.texts, ctx.lens, ctx.findings
    got = 0
    for k, t in enumerate(titles):
        end = titles[k + 1] if k + 1 < len(titles) else len(texts)
        got += any(lens[x] >= PROSE and x not in low and (fs[x] is None or fs[x].role is _CONTENT or x in back)  # type: ignore[union-attr]
                   and ends_sentence(texts[x]) for x in range(t + 1, end))
    return got


def _story_prose(ctx: Context, titles: Sequence[int], a: int, b: int, back: set[int],
                 stop: frozenset[str] | None) -> bool:
    """Whether the run ``a..b`` is a story's own prose on a page of several stories, judged
    against its own story, not against the page's heaviest one: it stands under one of the
    page's headlines, each of its blocks reads as prose by the story's own language (a
    paragraph, or a sentence that ends like one), and either the story keeps a paragraph under
    it before the next headline (no comment prompt or story list first: the run stands between
    the story's headline or kept text and its kept text; a line the model doubts too counts, as
    one doubtful line stays) or nothing of the story stays and the run, WHOLE_STORY paragraphs
    or more, is the story's whole text up to the next headline. Content wins the tie: such a
    run stays."""
    k = bisect_right(titles, a)
    if k == 0:
        return False
    end = titles[k] if k < len(titles) else len(ctx.texts)
    if end <= b:
        return False
    texts, fs = ctx.texts, ctx.findings
    own = detect_language(texts[titles[k - 1]:end]) or stop  # (the story's language, as content scoring reads it)
    below = next((x for x in range(b + 1, end) if fs[x] is None or fs[x].role is _CONTENT or x in back  # type: ignore[union-attr]
                  or fs[x].code in _STOP_CODES), None)  # type: ignore[union-attr]
    if not all(_story_paragraph(texts[x], own) for x in range(a, b + 1)):
        return False
    if below is None:
        # nothing of the story stays under the run up to the next headline: the run is the
        # story's whole text, two paragraphs or more
        return k < len(titles) and b - a + 1 >= WHOLE_STORY and not any(
            fs[x] is None or fs[x].role is _CONTENT or x in back for x in range(titles[k - 1] + 1, a))  # type: ignore[union-attr]
    return (fs[below] is None or fs[below].code not in _STOP_CODES) and _story_paragraph(texts[below], own)  # type: ignore[union-attr]


def _story_paragraph(text: str, stop: frozenset[str] | None) -> bool:
    """A block that reads as a story's prose by its language: a paragraph, or a sentence that
    ends like one (a headline, a label or a list's line does not)."""
    c = classify_block(text, stop)[0]
    return c == content.GOOD or c == content.NEAR and ends_sentence(text)


def _rest_of_list(ctx: Context, a: int, b: int, back: set[int]) -> bool:
    """Whether the run ``a..b`` is the rest of a list the page printed with marks, or such a
    list under its lead-in: the block right before it stays, and each block of the run opens
    with that block's mark (`* Tweaked the debug screen`), or with a mark of its own when that
    block is a lead-in (``:``). A list is kept whole or not at all (as content scoring keeps it)."""
    if a == 0 or not (ctx.is_open(a - 1) or a - 1 in back):
        return False
    if _joined_rows(ctx.texts, a, b):
        return True
    before = ctx.texts[a - 1]
    mark = list_mark(before)
    if mark is None and not before.rstrip().endswith(":"):
        return False
    marks = [list_mark(ctx.texts[k]) for k in range(a, b + 1)]
    return all(m is not None and (mark is None or m == mark) for m in marks)


def _joined_rows(texts: Sequence[str], a: int, b: int) -> bool:
    """Whether the run ``a..b`` (its heading first, or not) is a list's rows that naive text
    joined one a line, each opening on the same separator (content scoring's
    ``_rows_of_the_text``: `June 9 -- Arena, City`), content scoring kept it under the block
    before it, and that block stays: the list is the text's own, kept whole."""
    first = content.row_key(texts[a])
    if first is None and a < b:
        a += 1
        first = content.row_key(texts[a])
    if first is None or b - a + 1 < content.ROW_LIST_AFTER:
        return False
    rows = texts[a:b + 1]
    return all(content.row_key(t) == first for t in rows[1:]) and content.rows_not_headlines(rows) \
        and not content.same_closers(rows)


INTERRUPTION = 3  # lines a named rule took (a teaser, a share bar) that an article's text may run past


# what a named rule finds inside an article's text: a picture's caption and credit, an advert
# marker, a reading time; a run beside one stays in the article (a bio, a share bar, a story
# list or related headlines beside it close the article instead)
_INSIDE_ROLES = frozenset({Role.CAPTION, Role.CREDIT})
_INSIDE_CODES = frozenset({"CS404", "CS408"})


def _inside(ctx: Context, x: int, back: set[int]) -> bool:
    """Whether block ``x``, beside a run, holds it in the article: it stays, or a named rule
    took it as what stands inside an article's text (a caption, a credit, an advert marker)."""
    if not 0 <= x < len(ctx.texts):
        return False
    f = ctx.findings[x]
    return f is None or f.role is _CONTENT or x in back or f.role in _INSIDE_ROLES or f.code in _INSIDE_CODES


_ANCHOR_ROLES = frozenset({Role.CONTENT, Role.TITLE})  # text that stays, a headline: where a run's story is


def _is_headline(ctx: Context, x: int) -> bool:
    """Whether block ``x`` is a story's headline (a run right under it is the story's opening)."""
    f = ctx.findings[x]
    return f is not None and f.role is _TITLE


def _anchor(ctx: Context, a: int) -> int:
    """The block before ``a`` that the run continues: past up to INTERRUPTION lines a named
    rule took (a teaser, a short related list; not a comment prompt, which ends the article,
    nor a headline, which opens the story the run is in). Pictures' captions and credits do
    not count: they stand inside an article's text, however many there are."""
    x = a - 1
    skipped = 0
    while x >= 0 and skipped < INTERRUPTION:
        f = ctx.findings[x]
        if f is None or f.role in _ANCHOR_ROLES or f.code in GENERIC or f.code in _COMMENT_CODES:
            break
        skipped += f.role not in _INSIDE_ROLES
        x -= 1
    return x


def _over_trailer(ctx: Context, x: int, b: int, back: set[int], stop: frozenset[str]) -> bool:
    """(lost81, text pages) The run that ends on block ``b`` continues kept text (its anchor
    ``x`` stays: not a headline, the run no story's opening) and stands right over its story's
    trailer (chrome, a comment count, a story list's label) that the page prints under another
    story right under its last paragraph: nothing of the template stands between a story's text
    and its trailer, so the run is the story's close (content scoring kept it so)."""
    k = b + 1
    fs = ctx.findings
    if k >= len(fs) or not _fence(fs[k]) or not 0 <= x < len(fs) or not (ctx.is_open(x) or x in back):
        return False
    texts = ctx.texts
    fences = [m for m, f in enumerate(fs) if _fence(f)]
    return content.trailer_under_paragraph(texts, k, fences, lambda m: classify_block(texts[m], stop)[0] == content.GOOD)


def _fence(f: Finding | None) -> bool:
    return f is not None and (f.role is Role.CHROME and f.code not in content.INSIDE_CHROME or f.code in _STOP_CODES)


def _continues(texts: Sequence[str], a: int, b: int) -> bool:
    """Whether the run ``a..b`` reads as the article's own close: it ends on a sentence, and
    each block is a sentence, a lead-in (``:``) or list item (``;``, ``,``), or a line (a
    subheading) followed by one of those; lines without a word do not count."""
    run = [texts[k] for k in range(a, b + 1) if _WORD.search(texts[k])]  # a rule line (``___``) says nothing
    ok = [ends_sentence(t) or t.rstrip().endswith((":", ";", ",")) for t in run]
    return bool(run) and ends_sentence(run[-1]) and all(v or ok[k + 1] for k, v in enumerate(ok[:-1]))


BLOCK_MODEL = BlockModelRule(
    "CS505", "block-model",
    "article text the generic decisions dropped, brought back by a model fitted on real pages; in text mode, runs of kept blocks it doubts, taken out",
    Role.BOILERPLATE, fix_safe=False, emits=(Role.CONTENT,), reads=EVERY_LABEL, shapes=True)

"""Generic content scoring: find the article in a page no named rule knows.

Naive scraped text holds the whole page: menus, account links, footers,
comment sections, "you may also like" rails. This family tells them from the
article with block features, the way jusText does, and then with context:

* **length** in characters, and in words (characters for CJK, which has no spaces);
* **stopword density**: the share of a block's words that are function words
  of the page's language (en, de, es, fr, it, pt, nl; detected per page from
  the same counts). Prose is dense in them; link lists, menus, bylines and
  headlines are not. Other scripts fall back to length and punctuation;
* **sentence shape**: whether the block ends like a sentence;
* **position**: the page's main run of prose is the stretch of blocks with the
  highest score (good prose counts up, link-like and boilerplate blocks count
  down; blocks another rule already labelled count nothing), found in one
  linear pass (maximum subarray);
* **neighbours**: a short block (subheading, one-line paragraph, list item)
  is kept when prose stands on both sides of it inside the main run.

Every removed block says which feature decided. When no rule found a
headline, the headline-shaped line just above the main run (preferring the
one the page's first line, its ``<title>``, repeats) becomes the title.
"""

from __future__ import annotations

from functools import lru_cache

from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import accumulate, chain, compress
from dataclasses import dataclass
from operator import gt
from ..typed import cast
from collections.abc import Callable, Collection, Iterator, Sequence

from ..dates import find_date, is_date_line
from ..lang import words as lang_words
from ..document import Finding, Role
from ..patterns import compile_pattern, phrase_expansions, phrases_alternation, words_alternation
from ..text import (CJK_CHAR, symbol_at_an_end, CLOSERS, DIGIT_RUN, cjk_count, digit_lines, LETTER_RUN, ZERO_WIDTH, ends_sentence, fold_digits, heading_words, leads_on, letter_runs, letter_words, list_mark, long_word_stems, menu_line,
                    norm_key, sentence_breaks)
from .base import (ARTICLE_LABELS, EVERY_LABEL, GENERIC_DROPS, META_ROLES, MIN_BODY_CHARS, PROSE_CHARS, Context, Rule, _new_finding,
                   named_by_page_title)
from .decks import DECK_OVER_HEAD, decks_over_heads
from .chrome import LABEL_REPEATS, THREAD_ARTICLE, THREAD_PROSE, commenter_header, market_quote
from .headings import (ALTERNATING_BRIEF, FULL_HEADLINE_WORDS, PATTERN_MIN, RELATIVE_STAMP, SEPARATED, SEPARATOR_MAX, TIMED, TIMED_BARE_SHARE, clock_alone, clock_lines, labelled_clock, LABELLED_CLOCK_MAX, excerpt_index, opens_on_lead_in, separator_over,
                       name_list, whole_sentence)
from .signature import SIGNATURE_MIN, kept_text, line_key, line_keys, skeletons
from .stopwords import STOPWORDS
from .structure import COMMENT_SECTION, STRUCTURE, StructureRule
from .teasers import TEASER_MAX, bare_related_label
from .vocab import BYLINE_WORDS, NOT_FOUND

# (globals for the hot loops: an enum member read off its class costs ~15x more, EnumType's
# __getattr__ slowing every attribute lookup on the class)
_CONTENT, _CHROME = Role.CONTENT, Role.CHROME

GOOD, NEAR, SHORT, BAD = 3, 2, 1, 0
MIN_BLOCKS = 3  # fewer unlabelled blocks than this: no neighbours to judge by, so no scoring
MIN_SENTENCE_DENSITY = 0.08  # a full sentence of 8+ words this sparse in function words is still text
_WORD = compile_pattern(r"[^\W\d_]+", "")
_BLANK = " \t" + ZERO_WIDTH
_CJK_END = ("。", "！", "？", "」", "』", "”")
# the stretch that wins: what each class adds to a run
_WEIGHT = {GOOD: 1.0, NEAR: 0.6, SHORT: -0.65, BAD: -1.0}


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether the content scoring keeps a block, and the feature that decided it."""

    keep: bool
    feature: str


LANG_SAMPLE_WORDS = 400  # words that settle a page's language: a few paragraphs
LANG_SAMPLE_CHARS = 600  # characters read from each block: a long one does not speak for the page alone
LANG_MIN_HITS = 3  # stopwords a page needs before any list is its language
LANG_MIN_SHARE = 0.08  # ...and the share of its words they make: prose runs at 0.3-0.5, a menu near 0


def detect_language(texts: Sequence[str]) -> frozenset[str] | None:
    """The stopword list that covers most of the page's words, or None (no match).

    A few hundred words settle it; they are taken from the longer blocks first. (Content
    scoring, each story and the block model ask of the same page: the blocks' words and
    the verdict on a sample are remembered.)
    """
    return _language_by_length(sorted(texts, key=len, reverse=True))


def _language_by_length(ranked: Sequence[str]) -> frozenset[str] | None:
    """``detect_language`` of blocks ``ranked`` longest first (``sorted(texts, key=len,
    reverse=True)``: content scoring sorts its page's blocks once for this and for
    ``_list_misses_prose``)."""
    chosen: list[str] = []
    words = 0
    for t in ranked:
        chosen.append(t)
        words += len(_sample_words(t))
        if words > LANG_SAMPLE_WORDS:
            break
    return _language_of(tuple(chosen))


LANG_CACHE = 4096  # blocks whose sampled words (and samples whose language) are remembered: a few pages'


@lru_cache(maxsize=LANG_CACHE)
def _sample_words(text: str) -> tuple[str, ...]:
    """The words of a block that the language sample reads (its first LANG_SAMPLE_CHARS)."""
    if len(text) <= LANG_SAMPLE_CHARS:
        return letter_words(text)  # (the whole line: the words content scoring splits too)
    return letter_runs(text[:LANG_SAMPLE_CHARS])


@lru_cache(maxsize=LANG_CACHE)
def _language_of(chosen: tuple[str, ...]) -> frozenset[str] | None:
    """``detect_language``'s verdict on the words of the blocks ``chosen`` (a pure function of them)."""
    parts = [_sample_words(t) for t in chosen]
    size = sum(map(len, parts))
    if not size:
        return None
    tally = [0] * len(_LISTS)
    # (only the words some list holds are counted: most words are in none)
    for w, c in Counter(filter(_ANY_LIST.__contains__, chain.from_iterable(parts))).items():
        for k in _LISTS_OF[w]:
            tally[k] += c
    hits = max(tally)
    if hits < max(LANG_MIN_HITS, LANG_MIN_SHARE * size):
        return None
    return _LISTS[tally.index(hits)]  # (a tie goes to the list named first)


_LISTS = tuple(STOPWORDS.values())
_LISTS_OF: dict[str, tuple[int, ...]] = {}  # each stopword: the lists that hold it
for _k, _stop in enumerate(_LISTS):
    for _w in _stop:
        _LISTS_OF[_w] = (*_LISTS_OF.get(_w, ()), _k)
_ANY_LIST = frozenset(_LISTS_OF)  # every word some stopword list holds


# the site talking to its reader: sign up, follow us, share, download...
_CALL_TO_ACTION = compile_pattern(r"\b" + phrases_alternation(lang_words("call_to_action"), " ", {"word": r"\w+"}) + r"\b", "")
# the words a call to action opens on: a match opens on one as a whole run of letters of the
# lowered line (``\b`` before it, a space or ``\b`` after), so a line whose runs (``letter_words``)
# hold none needs no search (None, every line searched, were a phrase to open on anything else)
_CTA_WORDS = frozenset(e.split(" ")[0] for p in lang_words("call_to_action") for e in phrase_expansions(p))
_CTA_FIRST = _CTA_WORDS if all(w.isalpha() for w in _CTA_WORDS) else None
_MINOR_CAPS = frozenset(lang_words("minor_caps"))


def _calls_to_action(low: str, toks: tuple[str, ...]) -> bool:
    """``_CALL_TO_ACTION`` finds a match in the lowered line ``low`` (whose runs of letters are
    ``toks``): tried only where one of its first words (``_CTA_FIRST``) the line holds stands, as
    every match opens on one (the same verdict as a search, which enters the phrases at every place)."""
    if _CTA_FIRST is None:
        return _CALL_TO_ACTION.search(low) is not None
    match = _CALL_TO_ACTION.match
    for word in _CTA_FIRST.intersection(toks):
        pos = low.find(word)
        while pos >= 0:
            if match(low, pos) is not None:
                return True
            pos = low.find(word, pos + 1)
    return False


def _headline_prefix(text: str) -> bool:
    """A story card: a Title Case headline run into its summary ("Police Say Two In
    Custody After Crash A 24-year-old woman ..."). Prose never capitalises 'Of', 'In'..."""
    toks = text.split(None, 12)[:12]
    for k, w in enumerate(toks):
        if not w[:1].isupper() and not w[:1].isdigit():
            return False
        if k >= 1 and w in _MINOR_CAPS and k + 1 < len(toks) and toks[k + 1][:1].isupper():
            return True
    return False


# Chinese and Japanese: no spaces, a character carries about a word
CJK_MIN_CHARS = 8  # a shorter block is not judged as CJK text
CJK_PROBE = 60  # characters read to tell a CJK block: its first line or so
CJK_SHARE = 15  # CJK characters among them (or half a shorter block) that make it CJK text
CJK_SPACING = 8  # ...with at most one space per this many characters (Korean spaces its words)
CJK_PARAGRAPH = 150  # characters: a paragraph, whatever its end
CJK_SENTENCE = 40  # characters: a sentence that ends like one is a paragraph
CJK_LINE = 15  # characters: a line that ends like a sentence is a one-line paragraph
CJK_SHORT = 25  # characters: under this, a line with no sentence end is short
KOREAN_MIN = 30  # characters: a Korean block measured as text; shorter ones by the rules below
KOREAN_PROSE = 60  # characters: a Korean sentence that ends like one is prose
PROSE_ANY_DENSITY = 400  # characters: a block this long that ends like a sentence is prose, stopwords or not
LONG_SENTENCE = 150  # characters: a paragraph-long block (no stopword list: a sentence this long is prose)
SENTENCE_CHARS = 70  # characters: no stopword list: a sentence of this length reads as text
TEASER_PREFIX_MIN = 60  # characters: a Title Case run into a summary is a card only this long
CTA_MAX = 220  # characters: a call to action is a line or two; a paragraph that mentions one is text
PROSE_DENSITY = 0.22  # stopword share of a paragraph-long block that is prose
SENTENCE_DENSITY = 0.12  # ...under it, a paragraph that ends like a sentence is still one (lists of names)
MEDIUM_CHARS = 60  # characters: a block this long is judged by density, shorter ones as lines
MEDIUM_PROSE_DENSITY = 0.3  # stopword share of a medium block that ends like a sentence: prose
MEDIUM_TEXT_DENSITY = 0.2  # ...of any medium block that reads as text (menus and headlines are sparser)
MIN_SENTENCE_WORDS = 8  # words of a full sentence kept at MIN_SENTENCE_DENSITY
LINE_DENSITY = 0.25  # stopword share of a one-line paragraph (a sentence, not a label)
LINE_WORDS = 4  # ...and its words: `Read more.` is no paragraph
CLASS_CACHE = 8192  # blocks whose class is remembered: content scoring and the block model both ask


@lru_cache(maxsize=CLASS_CACHE)
def classify_block(text: str, stop: frozenset[str] | None) -> tuple[int, str]:
    """A block's class (GOOD, NEAR, SHORT, BAD) and the feature that decided it (a pure function of
    its arguments, remembered: content scoring and the block model ask for the same blocks)."""
    n = len(text)
    ends = ends_sentence(text)
    if n >= CJK_MIN_CHARS and not text.isascii():
        cjk = cjk_count(text[:CJK_PROBE])  # (``CJK_CHAR``'s matches; none, on most lines outside ASCII, found in C)
        if cjk > min(CJK_SHARE, n // 2) and text.count(" ") * CJK_SPACING < n:
            # Chinese, Japanese: no spaces, a character carries about a word, so a
            # sentence of 40 is a paragraph
            if n >= CJK_PARAGRAPH or n >= CJK_SENTENCE and text.endswith(_CJK_END):
                return GOOD, "cjk-prose"
            if n >= CJK_LINE and text.endswith(_CJK_END):
                return NEAR, "one-line-paragraph"
            return (SHORT, "short") if n < CJK_SHORT else (NEAR, "cjk-text")
        if n > KOREAN_MIN and cjk > CJK_SHARE:  # Korean: words between spaces, measured as before
            if n >= KOREAN_PROSE and (text.endswith(_CJK_END) or n >= CJK_PARAGRAPH):
                return GOOD, "cjk-prose"
            return NEAR, "cjk-text"
    if n > PROSE_ANY_DENSITY and ends:
        return GOOD, "long-prose"
    toks = letter_words(text)  # (``_WORD.findall(text.lower())``, split once for the steps that read it)
    words = len(toks)
    if stop is None:  # a language we have no list for: length and punctuation only
        if n >= LONG_SENTENCE and ends:
            return GOOD, "long-sentence"
        if n >= SENTENCE_CHARS and ends:
            return NEAR, "sentence"
        return (SHORT, "short") if n < SENTENCE_CHARS else (BAD, "no-sentence-end")
    if n >= TEASER_PREFIX_MIN and _headline_prefix(text):
        return BAD, "headline-teaser"
    if n < CTA_MAX and (_CTA_FIRST is None or not _CTA_FIRST.isdisjoint(toks)) and _calls_to_action(text.lower(), toks):
        return BAD, "call-to-action"
    if n < MEDIUM_CHARS:  # (a line: its density is read only when it ends like a sentence, in words enough)
        if ends and words >= LINE_WORDS and sum(map(stop.__contains__, toks)) / words >= LINE_DENSITY:
            return NEAR, "one-line-paragraph"
        return SHORT, "short"
    density = sum(map(stop.__contains__, toks)) / words if words else 0.0
    if n >= LONG_SENTENCE:
        if density >= PROSE_DENSITY:
            return GOOD, "prose"
        return (NEAR, "sentence") if density >= SENTENCE_DENSITY and ends else (BAD, "low-stopword-density")
    if density >= MEDIUM_PROSE_DENSITY and ends:  # (a medium block: MEDIUM_CHARS or more)
        return GOOD, "prose"
    if density >= MEDIUM_TEXT_DENSITY or (ends and density >= MIN_SENTENCE_DENSITY and words >= MIN_SENTENCE_WORDS):
        return NEAR, "sentence" if ends else "medium-text"
    return BAD, "low-stopword-density"


REF_SENTENCES = 3  # long sentence-ending blocks a page needs before its prose can say how dense it runs
REF_DENSITY = 0.15  # their median stopword share under it: the list misses the page's prose (another language
# it took for its own, a heavily inflected one); prose the list fits runs at 0.3-0.5 (English gold's tenth percentile 0.27)


REF_SAMPLE = 9  # ...of which the longest this many are read: the median of a few says it, and a long page costs no more


def _list_misses_prose(ranked: Sequence[str], stop: frozenset[str]) -> bool:
    """The page's own long sentences (LONG_SENTENCE characters or more, ending like one) hold
    so few of the list's words (a median under REF_DENSITY over REF_SENTENCES or more, the
    REF_SAMPLE longest read by the words the language sample reads) that the list does not fit its
    prose: density would read the article as a menu."""
    found = []
    for t in ranked:  # (the longest first, as sorted for the language sample, whose words are already read)
        if len(t) < LONG_SENTENCE:
            break
        if ends_sentence(t):
            words = _sample_words(t)
            found.append(sum(map(stop.__contains__, words)) / len(words) if words else 0.0)
            if len(found) == REF_SAMPLE:
                break
    found.sort()
    return len(found) >= REF_SENTENCES and found[len(found) // 2] < REF_DENSITY


def _page_class(text: str, stop: frozenset[str] | None) -> tuple[int, str]:
    """A block's class on a page whose prose the stopword list misses: the better of its class
    by the list and by length and punctuation alone (as on a page of a language with no list):
    the list's words still count where they are, their absence does not."""
    own = classify_block(text, stop)
    bare = classify_block(text, None)
    return bare if _WEIGHT[bare[0]] > _WEIGHT[own[0]] else own


SEGMENT_LANGUAGE_WORDS = 30  # words a story must hold before its own language overrules the page's (two sentences tell it)


def _classify_blocks(texts: Sequence[str], protected: Sequence[bool],
                     segments: Sequence[tuple[int, int]]) -> tuple[list[int | None], list[str]]:
    """Each open block's class and deciding feature, its stopwords those of the page's
    language, or of its own story's where a page of several stories holds one in another
    language (a feed that mixes wire copy in): by another list's density its prose would
    read as a link list, and the whole story would go."""
    open_texts = [t for t, p in zip(texts, protected) if not p]
    ranked = sorted(open_texts, key=len, reverse=True)  # (sorted once: the language sample's order and the list test's)
    page = _language_by_length(ranked)
    n = len(texts)
    classes: list[int | None] = [None] * n
    features = [""] * n
    loose = page is not None and _list_misses_prose(ranked, page)
    for i, t in enumerate(texts):
        # (a line of zero-width characters only weighs nothing either way, and goes)
        if not protected[i] and (t[:1] not in _BLANK or t.strip(_BLANK)):  # (a first character that stays: no strip)
            classes[i], features[i] = _page_class(t, page) if loose else classify_block(t, page)
    stories = []  # the stretches long enough to tell their language by (words counted by their spaces)
    for s, e in segments if len(segments) > 1 else ():
        own = [texts[i] for i in range(s, e) if classes[i] is not None]
        if sum([t.count(" ", 0, 600) + 1 for t in own]) >= SEGMENT_LANGUAGE_WORDS:
            stories.append((s, e, own))
    for s, e, own in stories if len(stories) > 1 else ():  # (one story: the page's language is its own)
        stop = detect_language(own)
        if stop is not None and stop is not page:
            for i in range(s, e):
                if classes[i] is not None:
                    classes[i], features[i] = classify_block(texts[i], stop)
    if page is not None and "low-stopword-density" in features:  # (looked for in C first: most pages hold none)
        for i, f in enumerate(features):
            if f == "low-stopword-density" and _running_sentence(texts[i]):
                classes[i], features[i] = NEAR, "running-sentence"
    return classes, features


RUNNING_SHARE = 0.6  # words of three letters or more in lower case: a sentence in running case, not a list of names or titles


def _running_sentence(text: str) -> bool:
    """A paragraph-long block that the stopword list reads as sparse but that is a sentence in
    running case: LONG_SENTENCE characters or more, ending like a sentence, MIN_SENTENCE_WORDS
    words or more of which RUNNING_SHARE start in lower case, and not code (a heavily
    inflected language's prose, `Uraloğlu, elektrikli araçların artışıyla ...`, holds few
    function words; a menu, a list of names or headlines is capitalised)."""
    if len(text) < LONG_SENTENCE or not ends_sentence(text) or _code_like(text):
        return False
    words = [w for w in _WORD.findall(text) if len(w) >= LINK_WORD]
    if len(words) < MIN_SENTENCE_WORDS:
        return False
    return sum(1 for w in words if w[0].islower()) >= RUNNING_SHARE * len(words)


GOOD_CAP = 800  # characters: a longer paragraph weighs no more (one wall of text does not outweigh a page)
GOOD_UNIT = 200  # characters per unit of a paragraph's weight
GOOD_BASE = 0.5  # ...plus this: any paragraph outweighs a short line


def block_weights(classes: Sequence[int | None], sizes: Sequence[int]) -> list[float]:
    """How much each block counts for or against the run it sits in: prose by its
    length, short and bad lines against it; labelled blocks count nothing. (Weighing
    short lines in running case less than link-like ones was tried: it lets menus and
    story lists into runs more often than it saves lists of the text.)"""
    weight = _WEIGHT
    return [0.0 if c is None else min(n, GOOD_CAP) / GOOD_UNIT + GOOD_BASE if c == GOOD else weight[c]
            for c, n in zip(classes, sizes)]


def main_run(weights: Sequence[float], start: int = 0, end: int | None = None) -> tuple[int, int, float]:
    """The stretch [a, b) of ``[start, end)`` with the highest total weight, and that
    total. One linear pass (maximum subarray)."""
    end = len(weights) if end is None else end
    best, best_a, best_b = 0.0, start, start
    total, first = 0.0, start
    for i in range(start, end):
        if total <= 0:
            total, first = 0.0, i
        total += weights[i]
        if total > best:
            best, best_a, best_b = total, first, i + 1
    return best_a, best_b, best


def _weight(weights: Sequence[float], a: int, b: int) -> float:
    return sum(weights[a:b])


def _anchored_run(classes: Sequence[int | None], weights: Sequence[float], s: int,
                  e: int) -> tuple[int, int, float] | None:
    """The heaviest run of [s, e) that starts at the first paragraph within ANCHOR_REACH
    blocks of ``s`` (the first paragraph under a headline opens its article)."""
    a = next((i for i in range(s, min(e, s + ANCHOR_REACH + 1)) if classes[i] == GOOD), None)
    if a is None:
        return None
    total, top, top_b = 0.0, 0.0, a
    for i in range(a, e):
        total += weights[i]
        if total > top:
            top, top_b = total, i + 1
        elif total < 0:
            break
    return a, top_b, top


CARD_WEIGHT = 4.0  # a story card's teaser weighs less: about two paragraphs of 300 characters
ANCHOR_REACH = 8  # blocks under a headline where its article's text may start
ANCHOR_SHARE = 0.4  # ...and the share of the page's heaviest run that run must weigh

GAP = 99  # this many non-prose blocks in a row split a run
KEEP_SHARE = 0.3  # a piece of the run stays when it weighs this share of the heaviest piece


def _core(classes: Sequence[int | None], weights: Sequence[float], a: int, b: int) -> tuple[int, int]:
    """Trim a run to its core: split it where GAP or more unlabelled non-prose blocks
    stand in a row, keep the heaviest piece and the neighbouring pieces that weigh
    at least KEEP_SHARE of it. Story rails (a teaser paragraph between link lines)
    fall away; an article's subheadings, single lines between paragraphs, do not."""
    pieces: list[tuple[int, int]] = []
    start, gap = a, 0
    for i in range(a, b):
        c = classes[i]
        if c in (SHORT, BAD):
            gap += 1
            if gap == GAP and i - GAP + 1 > start:
                pieces.append((start, i - GAP + 1))
        elif c is not None:
            if gap >= GAP:
                start = i
            gap = 0
    if gap < GAP:
        pieces.append((start, b))
    if len(pieces) <= 1:
        return a, b
    mass = [_weight(weights, x, y) for x, y in pieces]
    top = max(range(len(pieces)), key=mass.__getitem__)
    lo = hi = top
    while lo > 0 and mass[lo - 1] >= KEEP_SHARE * mass[top]:
        lo -= 1
    while hi + 1 < len(pieces) and mass[hi + 1] >= KEEP_SHARE * mass[top]:
        hi += 1
    return pieces[lo][0], pieces[hi][1]


PROSE_LIKE_MIN = 3  # characters and words of a short line that reads as text (`Yes.` is no item)


def _prose_like(text: str) -> bool:
    """A short block that reads as part of the text: a sentence or a list item."""
    if len(text) < PROSE_LIKE_MIN or len(text.split()) < PROSE_LIKE_MIN:
        return False
    return text[-1] in ".!?;:,…\"”’)" or text[0].islower()


def classify(texts: list[str], *, protected: list[bool] | None = None,
             segments: Sequence[tuple[int, int]] | None = None,
             stops: frozenset[int] = frozenset(), comments: frozenset[int] = frozenset(),
             titled: frozenset[int] = frozenset(), walls: frozenset[int] = frozenset(),
             header: frozenset[int] = frozenset(), foreign: frozenset[int] = frozenset(),
             headed: int | None = None, carded: frozenset[int] = frozenset(),
             lists: frozenset[int] = frozenset(), dated: Collection[int] = frozenset(),
             plain: bool = False, bars: frozenset[int] = frozenset(), digits: Collection[int] | None = None,
             tight: frozenset[int] = frozenset(), prompts: frozenset[int] = frozenset(),
             taken: frozenset[int] = frozenset(), inside: frozenset[int] = frozenset()) -> list[Verdict]:
    """Keep or drop each block of a page.

    ``protected`` blocks are decided elsewhere. ``segments`` are stretches
    that each hold one article (default: the whole page); each gets its own
    main run. A block in ``stops`` (a comment counter, a story-list heading)
    ends a main run that has started; a story list (a stop not in
    ``comments``) keeps the heavier side of the run instead. A segment that starts at
    a headline in ``titled`` prefers a run that starts right under it. Blocks in ``walls``
    (site chrome other rules found: share bars, sign-up boxes; not advert markers, which
    stand inside articles) end the short lines a run may take in at either end; blocks in
    ``header`` (the byline, date, stubs and credits other rules found) end them above the run:
    what stands over an article's header is not its opening paragraph. Blocks in ``foreign``
    (machine metadata, a form's button: lines other rules found that read as bad lines)
    count as the bad lines they are, as they would unlabelled (against a run's weight, as
    the neighbour of a short line): a run does not reach across them more readily because
    a rule named them. ``headed`` is the headline the
    page's ``<title>`` names: nothing above it is kept, and under it a headline in ``carded``
    (one with its byline or date under it) over less than CARD_WEIGHT is a story card; so is
    such a headline under a story-list heading (a stop not in ``comments``) that follows the
    first headline and a paragraph under it. A
    block in ``lists`` (a bare related-stories label) ends the run when no paragraph of the
    run stands under it: the list of headlines under it is not the article's. Blocks in
    ``dated`` (bylines, dates, stubs, a list's line that is a date) under a story list say that story cards stand under it,
    not the rest of a story's text. A bar of chrome in ``bars`` (share buttons, two lines or more in
    a row) with little of the run under it closes the article (text mode, :func:`_before_bar`).
    Blocks in ``tight`` stand on the line right under the block before them, no blank line
    between (text mode): on a page that spaces its paragraphs, a list's items. A block in
    ``prompts`` (chrome that closes articles) is such a bar on its own. Blocks in ``taken`` (lines
    other rules took, but advert markers, reading times, copies) cut kept text off the article
    above it (text mode, :func:`_islands_below`). ``inside``: see :func:`_brief_line`.
    ``digits``: the blocks that hold a digit, when known (``Context.digit_blocks``)."""
    n = len(texts)
    protected = protected or [False] * n
    classes, features, sizes, weights, printed = _block_classes(texts, protected, foreign, segments or [(0, n)], plain, digits)
    listed = _list_after_article(classes, titled, stops - comments)
    keep = [False] * n
    why = ["outside-main-text"] * n
    # (a story's last subheading is looked for on a page of several stories only: on a single
    # article, the short line after the last paragraph is as often the page's furniture)
    leads = _Leads(texts, digits) if segments is not None and len(segments) > 1 else None
    for seg_no, (s, e) in enumerate(segments or [(0, n)]):
        opening = _opening_run(classes, weights, s, e, seg_no, segments, titled=titled, stops=stops,
                               headed=headed, carded=carded, listed=listed, inside=inside) \
            or _thin_story(classes, texts, s, e, titled, headed, cards_from=listed if plain else None, dated=dated)
        if opening is None:
            continue
        a, b, lead = opening
        a, b = _core(classes, weights, a, b)
        fences = stops | walls | header
        a = _across_list(classes, texts, weights, a, s - 1, -1, fences)
        b = _across_list(classes, texts, weights, b - 1, e, 1, fences) + 1
        a, cut = _past_story_lists(classes, weights, sizes, s, a, b, e, titled=titled, stops=stops,
                                   comments=comments, lists=lists, dated=dated,
                                   story=seg_no > 0 and leads is not None, boxes=plain)
        a = _opening_sentences(classes, features, s, a, stops | walls | header)
        b = cut if cut is not None else _closing_lines(classes, texts, e, b, stops, walls, leads, plain=plain)
        if plain:
            b = _before_headline_list(classes, weights, texts, a, b, tight)
            b = _before_card_list(classes, weights, texts, a, b)
            b = _before_footer(classes, weights, texts, a, b)
            b = _before_bar(classes, weights, bars, a, b, prompts)
        _keep_run(classes, features, texts, a, b, lead, keep, why, plain)
    _lists_under_lead_in(printed, classes, texts, keep, why)
    _whole_lists(printed, keep, why)
    _lists_over_text(classes, texts, keep, why)
    _labels_over_text(classes, texts, keep, why)
    if plain:
        _plain_text_steps(classes, texts, keep, why, segments or [(0, n)], taken, inside)
    return _verdicts(classes, keep, why, protected)


def _verdicts(classes: Sequence[int | None], keep: Sequence[bool], why: Sequence[str],
              protected: Sequence[bool]) -> list[Verdict]:
    """Each block's verdict (a block with no class: ``protected`` or invisible), read from the
    page's own tables of the few it holds, by feature: the same ``_verdict`` objects, with no
    call per block."""
    kept, dropped = _Verdicts(True), _Verdicts(False)
    shielded, invisible = _verdict(False, "protected"), _verdict(False, "invisible")
    return [(shielded if p else invisible) if c is None else kept[w] if k else dropped[w]
            for c, k, w, p in zip(classes, keep, why, protected)]


def _plain_text_steps(classes: Sequence[int | None], texts: Sequence[str], keep: list[bool], why: list[str],
                      segments: Sequence[tuple[int, int]] = (), taken: frozenset[int] = frozenset(),
                      inside: frozenset[int] = frozenset()) -> None:
    """Text mode's last steps over the verdicts: a joined list's rows stay with the text, a line
    of bare markup tags goes, and so does the writer's box after the article; in each segment,
    the kept text left under the article past the lines other rules took (``taken``) goes, and
    so, across the page, does that of segments that are cards under one story (:func:`_one_story`)."""
    _rows_of_the_text(classes, texts, keep, why)
    _runs_between_text(classes, texts, keep, why)
    _lone_lines_between_paragraphs(classes, texts, keep, why, inside)
    if "<" in "\n".join(texts):
        for i, t in enumerate(texts):
            if keep[i] and bare_markup(t):
                keep[i], why[i] = False, "markup"
    _name_box_at_end(texts, keep, why)
    if taken:
        lines = sorted(taken)
        for s, e in segments:
            _islands_below(texts, lines, s, e, keep, why)
        if len(segments) > 1 and _one_story(texts, segments, keep):
            _islands_below(texts, lines, 0, len(texts), keep, why)


def _one_story(texts: Sequence[str], segments: Sequence[tuple[int, int]], keep: Sequence[bool]) -> bool:
    """All the kept text outside the heaviest segment weighs less than ISLAND_SHARE of that
    segment's, and no segment under it keeps two blocks in a row: the page holds one story,
    and the other segments' kept lines are cards (a teaser each), not stories of their own."""
    mass = [sum(map(len, compress(texts[s:e], keep[s:e]))) for s, e in segments]  # (picked and summed in C)
    top = max(range(len(mass)), key=mass.__getitem__)
    if sum(mass) - mass[top] >= ISLAND_SHARE * mass[top]:
        return False
    return not any(keep[i] and keep[i + 1] for s, e in segments[top + 1:] for i in range(s, e - 1))


ISLAND_GAP = 4  # blocks in a row the verdicts drop (or other rules took) between kept text and an island under it
ISLAND_SHARE = 0.1  # characters of kept text from such a gap on, against the heaviest kept stretch above it


def light_tail(sizes: Sequence[int], share: float) -> int:
    """Where the light tail of a page's kept stretches starts (their weights ``sizes``, in
    order): the first stretch under the heaviest from which all the rest weighs less than
    ``share`` of the heaviest; ``len(sizes)`` when none does (the story goes on at its weight)."""
    heaviest = max(range(len(sizes)), key=sizes.__getitem__)
    tail, cut = 0, len(sizes)
    for k in range(len(sizes) - 1, heaviest, -1):
        tail += sizes[k]
        if tail < share * sizes[heaviest]:
            cut = k
    return cut


def _islands_below(texts: Sequence[str], taken: Sequence[int], s: int, e: int, keep: list[bool], why: list[str]) -> None:
    """Text mode: the kept lines of segment [s, e) that stand under the article, cut off from it
    by ISLAND_GAP blocks or more that nothing keeps (the template's chrome between: a share bar,
    the comment prompt, a rail of other stories' headlines), go when all the kept text from
    that gap to the segment's end weighs less than ISLAND_SHARE of the heaviest kept stretch
    above it: a teaser, a site's note, a footer's line, not the rest of the story (an article's
    text goes on at its own weight after a box). ``taken``: the lines other rules took, in order."""
    kept = [i for i in range(s, e) if keep[i]]
    if not kept:
        return
    parts: list[list[int]] = [[kept[0]]]
    for x, y in zip(kept, kept[1:]):
        if y - x > ISLAND_GAP and bisect_right(taken, x) < bisect_left(taken, y):  # (a taken line between)
            parts.append([y])
        else:
            parts[-1].append(y)
    if len(parts) == 1:
        return
    for p in parts[light_tail([sum(len(texts[i]) for i in p) for p in parts], ISLAND_SHARE):]:
        for i in p:
            keep[i], why[i] = False, "island-below-text"


VERDICT_CACHE = 256  # verdicts kept: a reason is one of a few dozen features


@lru_cache(maxsize=VERDICT_CACHE)
def _verdict(keep: bool, feature: str) -> Verdict:
    """The one Verdict of each value (verdicts are immutable; a page has thousands, of a few dozen values)."""
    return Verdict(keep, feature)


class _Verdicts(dict[str, Verdict]):
    """A page's verdicts of one ``keep`` value by feature, each ``_verdict``'s own (a few a page)."""

    __slots__ = ("keep",)

    def __init__(self, keep: bool) -> None:
        super().__init__()
        self.keep = keep

    def __missing__(self, feature: str) -> Verdict:
        v = self[feature] = _verdict(self.keep, feature)
        return v


_PROSE = (GOOD, NEAR)
_MARK_SIGNS = frozenset("-+*•·–—▪►‣◦")  # the signs ``text.list_mark`` reads (its numbers open on a digit)
MARKED_ITEMS = 3  # lines in a row that open with the same list mark: a list the page printed as one


def marked_lists(classes: Sequence[int | None], texts: Sequence[str]) -> list[tuple[int, int]]:
    """The stretches [i, j) of MARKED_ITEMS or more lines in a row that open with the same list
    mark, no other rule's line among them: a list the page printed as one."""
    found = []
    n = len(texts)
    # (each line's mark, read once; a mark opens a line on one of its signs or a digit: no
    # other line is matched)
    marks = [list_mark(t) if c is not None and ((h := t[:1]) in _MARK_SIGNS or h.isdigit()) else None
             for c, t in zip(classes, texts)]  # (``h``: the line's first character, cut once)
    end = 0  # (the end of the last stretch read: the lines with a mark alone are visited, picked in C)
    for i in compress(range(n), marks):  # (a mark is a sign or `#`: never empty)
        if i < end:
            continue
        mark = marks[i]
        j = i + 1
        while j < n and marks[j] == mark:
            j += 1
        if j - i >= MARKED_ITEMS:
            found.append((i, j))
        end = j
    return found


def _whole_lists(printed: Sequence[tuple[int, int]], keep: list[bool], why: list[str]) -> None:
    """A list is kept whole or not at all: when a block of a run of MARKED_ITEMS or more
    lines with the same mark (no other rule's line among them) is kept, so is the rest of the
    run (a changelog or a recipe's steps whose short items the run's edge cut off). ``printed``:
    the page's :func:`marked_lists`."""
    for i, j in printed:
        if any(keep[i:j]):
            for k in range(i, j):
                if not keep[k]:
                    keep[k], why[k] = True, "list-item"


def _lists_under_lead_in(printed: Sequence[tuple[int, int]], classes: Sequence[int | None], texts: Sequence[str],
                         keep: list[bool], why: list[str]) -> None:
    """A list the page printed with marks right under a kept sentence that ends in a colon
    (`...these are the changes you will notice:`, then `+ Added the watch command`, ...) is the
    text's own, wherever the run's edge fell: it stays whole, and so does a printed list that
    follows it straight on with another mark (a changelog's `+` additions, then its `*`
    changes). A short label (`Read more:`, a line, not a sentence of the text) opens no list
    here; a printed list with no lead-in over it (a menu after the text) stays out."""
    prev_end = -1
    for i, j in printed:
        lead = i - 1
        opened = lead >= 0 and keep[lead] and (
            classes[lead] in _PROSE and texts[lead].rstrip().endswith(":") or lead + 1 == prev_end + 1 == i)
        if opened:
            for k in range(i, j):
                if not keep[k]:
                    keep[k], why[k] = True, "list-item"
            prev_end = j - 1


def _labels_over_text(classes: Sequence[int | None], texts: Sequence[str], keep: list[bool], why: list[str]) -> None:
    """A line that ends in a colon right over a kept block opens it (`In short:`,
    `Background:`, `Ingredients:`): it stays with the text it introduces, wherever the run's
    edge fell."""
    # (the lines right over a kept block that are not kept, picked in C: what a line sets is its own, read by no other)
    for i in compress(range(len(texts) - 1), map(gt, keep[1:], keep)):
        if classes[i] is not None and texts[i].rstrip().endswith(":"):
            keep[i], why[i] = True, "lead-in"


LEAD_LIST = (3, 30)  # items under a lead-in line: fewer is no list, more a page's index
LEAD_ITEM_WORDS = 12  # words of such an item at most (`Floral wire pins or paper clips`)
LEAD_IN_WORDS = (2, 8)  # words of the lead-in: a one-word label (`Search:`, `More:`) heads a menu, a sentence
# that ends in a colon introduces a picture or a quote, not a list


def _lists_over_text(classes: Sequence[int | None], texts: Sequence[str], keep: list[bool], why: list[str]) -> None:
    """A list the text opens with a lead-in (`What you'll need:`, then `Ruler`, `Spoon`, ...),
    its items running straight into a kept block: the lead-in and its LEAD_LIST items (short
    lines, no other rule's line and no second lead-in among them) stay with the text they stand
    over, wherever the run's edge fell, when the list stands above the page's first kept block and
    the kept text under it holds a paragraph. Not a menu: under a one-word label (`Search:`), items
    the page prints again, or that open with the lead-in's first word (`Share this:`, `Share on
    X`); not a ticker's codes and figures (an item with no letter: `+6.21%`); not other stories'
    headlines (items of more than HEADLINE_MEAN words on average); not
    under a sentence that ends in a colon (LEAD_IN_WORDS: it introduces a picture or a quote)."""
    n = len(texts)
    low, high = LEAD_LIST
    first = next((k for k in range(n) if keep[k]), n)
    repeated: set[str] | None = None
    for i in range(first - 1):
        if not texts[i].endswith(":") or classes[i] is None or keep[i]:
            continue
        lead = texts[i].split()
        if not LEAD_IN_WORDS[0] <= len(lead) <= LEAD_IN_WORDS[1]:
            continue
        j = i + 1
        while j < n and j - i - 1 <= high and classes[j] is not None and not keep[j] \
                and len(texts[j].split()) <= LEAD_ITEM_WORDS and not texts[j].rstrip().endswith(":"):
            j += 1
        items = texts[i + 1:j]
        if not low <= len(items) <= high or j >= n or not keep[j]:
            continue
        if repeated is None:
            counts = Counter(texts)
            repeated = {t for t, c in counts.items() if c > 1}
        end = next((k for k in range(j, n) if not keep[k]), n)
        if GOOD in classes[j:end] \
                and sum(len(t.split()) for t in items) <= HEADLINE_MEAN * len(items) \
                and not any(t in repeated or t.split()[0] == lead[0] or not _LETTERS.search(t) for t in items):
            for k in range(i, j):
                keep[k], why[k] = True, "lead-in" if k == i else "list-item"


# the first separator of a list's row that naive text joins into one line: a dash, a bar, an at
# sign or a slash between spaces, a colon or an opening bracket (`June 9 -- Arena, City`, `Path A:
# Iceland, Norway`, `England (Group A): 10th appearance`)
_ROW_SEPARATOR = compile_pattern(r"[ \t](?:--|[-\u2013\u2014|@/\u2022\u00b7])[ \t]|[:(]", "")
ROW_LIST = (3, 60)  # rows of such a list: fewer is no list
ROW_LIST_AFTER = 4  # ...rows of one that follows the text's last paragraph under its heading
ROW_WORDS = (2, 16)  # words of a row: a label and its value, a date and its place
ROW_HEADING_WORDS = 8  # words of the heading over a list after the text (`Qualified teams`, `Tour dates`)


def row_key(text: str) -> str | None:
    """The separator a row of a joined-up list opens on, or None (no separator, or a label
    that ends on it)."""
    ws = len(text.split())
    if not ROW_WORDS[0] <= ws <= ROW_WORDS[1] or text.endswith(":"):
        return None
    m = _ROW_SEPARATOR.search(text)
    return m.group().strip() if m is not None else None


ROW_MEAN_WORDS = 6  # words of a row on average, when not every row holds a figure: a table's labels and values


def rows_not_headlines(rows: Sequence[str]) -> bool:
    """Rows that each hold a figure (a date, a score) or are short on average (`England (Group
    A): 10th appearance`): a table's or a schedule's, not other stories' headlines."""
    return all(any(ch.isdigit() for ch in t) for t in rows) \
        or sum(len(t.split()) for t in rows) <= ROW_MEAN_WORDS * len(rows)


def same_closers(rows: Sequence[str]) -> bool:
    """Most rows close on the same words: a template's links (`Share on X (opens in a new
    window)`, `A vs. B: How Do They Compare?`), not a list's own rows."""
    ends = Counter(" ".join(t.lower().split()[-CLOSING_WORDS:]) for t in rows)
    return 2 * max(ends.values()) > len(rows)


def _rows_of_the_text(classes: Sequence[int | None], texts: Sequence[str], keep: list[bool], why: list[str]) -> None:
    """A list whose rows naive text prints one a line with the same separator in each (a
    schedule's `June 9 -- Arena, City`, a table's `Path A: Iceland, Norway`) is the text's own
    where it stands: between two kept paragraphs; or after the text, right under a kept lead-in
    of ``LEAD_IN_WORDS[0]`` words or more that ends in a colon (not a bare `Read more:`), or under
    a short heading right after the text's last kept paragraph that repeats ECHO_MIN long words
    of the paragraphs above it, kept or not (`The Doobie Brothers Tour Dates`: the block model
    may bring the text's first paragraphs back later), when every row holds a figure or the
    rows are short (ROW_MEAN_WORDS: a schedule's or a table's, not other stories' headlines).
    Rows another rule took, rows the page prints again (a menu's), rows that mostly close on the
    same words (a template's links) and a label that ends in a colon are no such list (text mode)."""
    n = len(texts)
    repeated: set[str] | None = None
    i = 1
    while i < n:
        # (a list can open only right under a kept block or under a heading right under one: most
        # lines of a page stand elsewhere and are not read)
        key = row_key(texts[i]) if (keep[i - 1] or i > 1 and keep[i - 2]) and classes[i] is not None \
            and not keep[i] else None
        if key is None:
            i += 1
            continue
        j = i + 1
        while j < n and classes[j] is not None and not keep[j] and j - i < ROW_LIST[1] and row_key(texts[j]) == key:
            j += 1
        rows = j - i
        p = i - 1
        heading = None
        if keep[p] and classes[p] in _PROSE:
            opens = texts[p].rstrip().endswith(":") or (j < n and keep[j] and classes[j] in _PROSE)
        else:
            opens = False
            if p > 0 and classes[p] is not None and keep[p - 1] and classes[p - 1] in _PROSE and rows >= ROW_LIST_AFTER \
                    and len(texts[p].split()) <= ROW_HEADING_WORDS and not ends_sentence(texts[p]):
                above = [texts[k] for k in range(p - 1, -1, -1) if keep[k] or classes[k] == GOOD]
                opens = _echoes(texts[p], above)
                heading = p
        inside = heading is None and j < n and keep[j] and classes[j] in _PROSE
        if opens and not inside:
            # after the text (under a heading or a lead-in): a schedule's or a table's rows, each
            # with a figure or a few words, not a list of other stories' headlines
            opens = rows_not_headlines(texts[i:j]) and (heading is not None or len(texts[p].split()) >= LEAD_IN_WORDS[0]
                                                         and not bare_related_label(texts[p]))
        if opens and rows >= ROW_LIST[0] and not same_closers(texts[i:j]):
            if repeated is None:
                counts = Counter(texts)
                repeated = {t for t, c in counts.items() if c > 1}
            if not any(texts[k] in repeated for k in range(i, j)):
                if heading is not None:
                    keep[heading], why[heading] = True, "lead-in"
                for k in range(i, j):
                    keep[k], why[k] = True, "list-item"
        i = j


BETWEEN_RUN = (2, 30)  # short lines in a row between kept paragraphs: fewer is a line the run already reads, more a page's index
BETWEEN_ITEM_WORDS = 25  # words of such a line at most: an item, a cell's row, a line of code


def _like_rows(rows: Sequence[str]) -> bool:
    """Lines of like shape: every one holds a figure and a letter, none opening on a number but
    a count in order (a table's rows printed a line each: `DL Name 63 85% 1 tackle`, `§ 68 SGB V
    - ...`; not other stories' headlines that open on their count: `27 Oddest Cases`, `11
    Weird Things`), or most of them are lines of code."""
    if 2 * sum(code_line(t) for t in rows) > len(rows):
        return True
    if not all(_LETTERS.search(t) is not None and any(ch.isdigit() for ch in t) for t in rows):
        return False
    opening = [int(m.group()) for t in rows if (m := _NUMBER.match(t)) is not None]
    return not opening or len(opening) == len(rows) and opening == list(range(opening[0], opening[0] + len(rows)))


def _web_address(text: str) -> bool:
    """A line that is a bare web address (`example.com/2017/01/story`, `i.example.it/photo.jpg`):
    a shared link's card, not an item of the text."""
    return " " not in text.strip() and "/" in text and "." in text


def _runs_between_text(classes: Sequence[int | None], texts: Sequence[str], keep: list[bool], why: list[str]) -> None:
    """Text mode: a run of BETWEEN_RUN short lines (BETWEEN_ITEM_WORDS words at most) that the
    verdicts drop between two kept blocks, one of them a paragraph or the list's lead-in, is the
    article's own list, table or code, kept where the run of prose was cut: when the kept line
    over it ends in a colon (`The rankings were as follows:`, then `1. Finland`, `2. Norway`,
    ...), or its lines are of like shape (:func:`_like_rows`: a table's rows, each with its
    figures, or lines of code). No other rule's line among them (the run stops at one), none
    printed again on the page (a menu's, a rail's), no menu line (items between bars) and no bare
    web address (a shared link's card)."""
    n = len(texts)
    repeated: set[str] | None = None
    i = 1
    while i < n:
        if keep[i] or not keep[i - 1] or classes[i] is None:
            i += 1
            continue
        j = i
        while j < n and not keep[j] and classes[j] is not None and j - i <= BETWEEN_RUN[1]:
            j += 1
        rows = texts[i:j]
        fits = j < n and keep[j] and BETWEEN_RUN[0] <= len(rows) <= BETWEEN_RUN[1] \
            and (classes[j] in _PROSE or classes[i - 1] in _PROSE or why[i - 1] == "lead-in") \
            and all(len(t.split()) <= BETWEEN_ITEM_WORDS and not menu_line(t) and not _web_address(t) for t in rows) \
            and (texts[i - 1].rstrip().endswith(":") or _like_rows(rows))
        if fits:
            if repeated is None:
                counts = Counter(texts)
                repeated = {t for t, c in counts.items() if c > 1}
            if not any(t in repeated for t in rows):
                for k in range(i, j):
                    keep[k], why[k] = True, "list-item"
        i = max(j, i + 1)


_LONE_DROPS = frozenset({"low-stopword-density", "outside-main-text", "short-link-like", "short-line-run"})


def _lone_lines_between_paragraphs(classes: Sequence[int | None], texts: Sequence[str], keep: list[bool],
                                   why: list[str], inside: Collection[int] = frozenset()) -> None:
    """Text mode (issue #18, "when unsure, merge rather than drop"): one line the verdicts drop
    for its shape alone (few stopwords, short, outside the run) that stands alone between two
    kept paragraphs, nothing else between them but an advert marker or a reading time
    (``inside``), and whose long words the paragraphs on both sides of it repeat
    (:func:`_echoed_both_sides`), is their subheading (longer than a line's sixty characters,
    it reads as a menu by its few stopwords), where another story's headline set between them
    shares none or one. No other rule named it; none
    printed again on the page (a rail's), no menu line, no bare web address, no person's name and
    role (:func:`_name_and_role`) and no line opening as its neighbours do (a list's item)."""
    n = len(texts)
    repeated: set[str] | None = None
    for i in range(1, n - 1):
        if keep[i] or classes[i] is None or why[i] not in _LONE_DROPS:
            continue
        p = i - 1
        while p > 0 and classes[p] is None and p in inside:
            p -= 1
        q = i + 1
        while q < n - 1 and classes[q] is None and q in inside:
            q += 1
        if not (keep[p] and keep[q] and classes[p] == GOOD and classes[q] == GOOD):
            continue
        t = texts[i]
        if menu_line(t) or _web_address(t) or _name_and_role(t) or _like_neighbour(t, texts[p], texts[q]) \
                or not _echoed_both_sides(t, texts, classes, keep, p, q):
            continue
        if repeated is None:
            counts = Counter(texts)
            repeated = {x for x, c in counts.items() if c > 1}
        if t not in repeated:
            keep[i], why[i] = True, "between-paragraphs"


ROLE_NAME_WORDS = (2, 4)  # words of a person's name before the comma of `Ada Linford, Harbour Trust`


def _name_and_role(text: str) -> bool:
    """`Ada Linford, Harbour Trust Director`: a person's name (ROLE_NAME_WORDS capitalised words)
    before the line's first comma, then what the person is: the attribution of a quote or a
    picture that a paragraph over it names, not a subheading."""
    head, comma, _ = text.partition(",")
    low, high = ROLE_NAME_WORDS
    return bool(comma) and low <= len(head.split()) <= high and name_list(head, high)


def _like_neighbour(text: str, above: str, below: str) -> bool:
    """``text`` opens on the same first words (numbers folded) as the block over it or under it:
    an item of a list of like lines (`13.12.2021 - Formel 1 ...` among its dated neighbours),
    not a subheading between paragraphs."""
    key = _leads(fold_digits(text))
    return key in (_leads(fold_digits(above)), _leads(fold_digits(below)))


LONE_ECHO_PARAGRAPHS = 3  # kept paragraphs on each side of a lone line whose words it may repeat
LONE_ECHO_REACH = 8  # blocks looked at on each side for them


def _echoed_both_sides(text: str, texts: Sequence[str], classes: Sequence[int | None], keep: Sequence[bool],
                       p: int, q: int) -> bool:
    """The kept paragraphs over ``p`` and under ``q`` (LONE_ECHO_PARAGRAPHS on each side, from
    ``p`` up and ``q`` down) repeat ECHO_MIN long words of ``text``, one of them at least on
    each side: a subheading speaks of what its story says before it and after it, where a
    story card's headline in a list of cards shares words with its own teaser under it alone."""
    own = long_word_stems(text)
    if len(own) < ECHO_MIN:
        return False
    sides = []
    for start, step in ((p, -1), (q, 1)):
        seen: set[str] = set()
        got, m = 0, start
        while 0 <= m < len(texts) and abs(m - start) <= LONE_ECHO_REACH and got < LONE_ECHO_PARAGRAPHS:
            if keep[m] and classes[m] == GOOD:
                seen |= own & long_word_stems(texts[m])
                got += 1
            m += step
        sides.append(seen)
    return all(sides) and len(sides[0] | sides[1]) >= ECHO_MIN


def _list_after_article(classes: Sequence[int | None], titled: frozenset[int], lists: frozenset[int]) -> int | None:
    """The first story-list heading (`Recommended Articles`) under the first headline with a
    paragraph between them: the page's article is over, what follows lists other stories."""
    if not titled:
        return None
    first = min(titled)
    return next((i for i in sorted(lists) if i > first and GOOD in classes[first:i]), None)


CJK_LIST_RUN = 4  # CJK lines in a row with no sentence's end: a list of headlines (a paragraph of Chinese or Japanese ends in 。)
CJK_STOPPED = 3  # paragraphs ending in 。 a page needs before its unstopped lines read as links: a blog that ends none is written so


def _cjk_headline_runs(features: Sequence[str], texts: Sequence[str]) -> list[int]:
    """The blocks of stretches of CJK_LIST_RUN or more CJK lines in a row (blocks other rules
    took aside) that each read as text by their length but end no sentence (``cjk-text``):
    naive text prints a story rail's or a `Related` box's headlines so, one a line, after the
    article (text mode). Chinese and Japanese prose ends its paragraphs in a full stop, so
    such a stretch is a list of links, not the text; a subheading or a caption stands alone
    between paragraphs. Only on a page whose prose ends its paragraphs so (CJK_STOPPED of
    them): a blog that ends none, its lines set off by spaces, is written in such lines.
    Korean, which spaces its words and often ends a line of text with none, is not read so."""
    if "cjk-prose" not in features or \
            sum(1 for f, t in zip(features, texts) if f == "cjk-prose" and t.rstrip().endswith("\u3002")) < CJK_STOPPED:
        return []  # (no CJK paragraph, looked for in C first: most pages)
    found: list[int] = []
    run: list[int] = []
    for i, f in enumerate([*features, "end"]):
        if not f:
            continue  # (a block other rules took: no class)
        if f == "cjk-text" and texts[i].count(" ") * CJK_SPACING < len(texts[i]):
            run.append(i)
            continue
        if len(run) >= CJK_LIST_RUN:
            found.extend(run)
        run = []
    return found


THIN_RUN = 1.5  # a run that weighs less (one short paragraph) holds no article of its own
EDGE_REACH = 12  # blocks past a run's edge searched for its opening or closing sentences


def _block_classes(texts: list[str], protected: list[bool], foreign: frozenset[int],
                   segments: Sequence[tuple[int, int]], plain: bool = False, digits: Collection[int] | None = None
                   ) -> tuple[list[int | None], list[str], list[int], list[float], list[tuple[int, int]]]:
    """Each block's class and the feature that decided it, its size and its weight, and the
    page's printed lists (:func:`marked_lists`: found once, for the weights and for
    ``_whole_lists``; which lines are open does not change after). ``digits``: the blocks
    holding a digit, when known (a row of figures and a step's number hold one)."""
    classes, features = _classify_blocks(texts, protected, segments)
    for i in foreign:
        classes[i], features[i] = BAD, "labelled"  # labelled, yet read as the bad lines they are
    sizes = [len(t) for t in texts]
    # the short and bad lines a table's cell or row or a step's label may be, found once for the
    # three passes below (each reads the classes again: a cell is near text for the next)
    low = [i for i, (c, n) in enumerate(zip(classes, sizes)) if n <= ROW_MAX and c is not None and c <= SHORT]
    tables = _table_cells(classes, texts, low, digits)
    for i in tables:
        classes[i], features[i] = NEAR, "table-cell"
    # (a table's row and a step's label hold a digit: the lines with none are left out, as a line
    # that is neither ends a run of rows no later than the next row, not next to the last, does)
    numbered = low if digits is None else [i for i in low if i in digits]
    rows = _table_rows(classes, texts, numbered) if plain else set()
    for i in rows:
        classes[i], features[i] = NEAR, "table-row"
    tables |= rows
    for i in _step_labels(classes, texts, numbered, digits is not None):
        classes[i], features[i] = NEAR, "step-label"
    if plain:
        for i in _cjk_headline_runs(features, texts):
            classes[i], features[i] = SHORT, "cjk-headline-list"
    weights = block_weights(classes, sizes)
    for i in tables:
        weights[i] = 0.0  # a table neither makes a run nor breaks one
    if plain:  # (in HTML, the markup's tags say where code and lists stand)
        for i, c in enumerate(classes):
            # (``code_line``'s own first test, inline: most lines fail it; each closer one character, so the
            # line's last character says it, and an opener starts with one of its first characters)
            if (c == SHORT or c == BAD) and ((t := texts[i])[-1:] in _CODE_CLOSER_CHARS
                                             or t[:1] in _CODE_OPENER_CHARS and t.startswith(_CODE_OPENERS)
                                             or " # " in t or " // " in t) and code_line(t):
                weights[i] = 0.0  # nor does a line of code: a text's example reads as a sparse line
    printed = marked_lists(classes, texts)
    if plain:
        for i, j in printed:
            for k in range(i, j):
                if classes[k] == SHORT:
                    weights[k] = 0.0  # nor a printed list's short items: `- 2 eggs`, `1. Open the lid`
    return classes, features, sizes, weights, printed


# a line of code or a shell session: a statement's marks anywhere, or a prompt, a comment, an
# include or a tag in front (prose and menus hold none of `{ } ; =`)
_CODE_LINE = compile_pattern(r"[{};=]|^\$ |^//|^#[ \t]*include|^</?[a-z]", "")
_CODE_OPENERS = ("$ ", "//", "#")  # a prompt, a comment, a directive
_CODE_CLOSERS = (";", "{", "}", ")", ",")  # a statement's, a block's or a call's end
_CODE_CLOSER_CHARS = "".join(_CODE_CLOSERS)  # (each closer is one character)
_CODE_OPENER_CHARS = "".join(o[:1] for o in _CODE_OPENERS)  # (the first character of each opener)


# a call closed, then a comment a few characters after it (`library("ggplot2") # Load ggplot2`, `f(x); // why`,
# `ggtitle("Plot") my_plot # Draw plot`)
_CALL_COMMENT = compile_pattern(r"\w[ \t]?\([^()\n]{0,200}\)[^#/\n]{0,40} (?:#|//) ", "")


def code_line(text: str) -> bool:
    """A line of code (`int add (int x, int y) {`, `return 0;`, `$ wasmer run hello.wasm`,
    `# include <stdio.h>`): it holds code's marks (`{ } ; =`, or opens with a shell prompt, a
    comment, an include or a tag) and opens or ends as code does; or it holds a call with a
    comment after it (`install.packages("x") # Install x`: naive text runs a script's lines and
    their comments into one). Not `Share (12)`, not `Q&A: what changes on Monday` (no such
    marks), not `x = 3 is the answer.` (ends as prose)."""
    if not (text.startswith(_CODE_OPENERS) or text.endswith(_CODE_CLOSERS)):
        return (" # " in text or " // " in text) and _CALL_COMMENT.search(text) is not None
    return _CODE_LINE.search(text) is not None


STEP_LABEL = 30  # characters of a step's label (`Step 3`, `Krok 3`, `3`): a counter and a word or two
STEP_COUNT = 3  # labels counting 1, 2, 3 in order: a text's numbered steps
STEP_REACH = 2  # lines under each label where its step's sentence starts (a step's own subheading between)
_NUMBER = DIGIT_RUN  # a run of digits


def _step_labels(classes: Sequence[int | None], texts: Sequence[str], low: Sequence[int] | None = None,
                 numbered: bool = False) -> set[int]:
    """Short lines that number a text's steps: the same label with its number folded (`Step 1`,
    `Step 2`, ... or bare `1`, `2`, ...), counting up by one from the first, STEP_COUNT times or
    more, each with a sentence of its step (prose, or a short line that ends like one) within
    STEP_REACH lines under it. A page's pagination
    (`1`, `2`, `3`, `Next`) has no sentence under its numbers. ``low``: the lines to read (as
    ``_table_cells``'), every line when None. ``numbered``: each line of ``low`` is known to hold
    a digit (the page's digit scan: ``Context.digit_blocks``), so none is searched for one again."""
    groups: dict[str, list[int]] = {}
    for i in range(len(texts)) if low is None else low:
        t = texts[i]
        if len(t) <= STEP_LABEL and classes[i] in (SHORT, BAD) and (numbered or _NUMBER.search(t)):
            groups.setdefault(_NUMBER.sub("0", t.casefold()), []).append(i)
    found: set[int] = set()
    for idx in groups.values():
        if len(idx) < STEP_COUNT:
            continue
        nums = [int(_NUMBER.findall(texts[i])[0]) for i in idx]
        if nums == list(range(nums[0], nums[0] + len(nums))) and all(
                any(classes[k] in _PROSE or classes[k] is not None and _prose_like(texts[k])
                    for k in range(i + 1, min(len(texts), i + 1 + STEP_REACH))) for i in idx):
            found.update(idx)
    return found


def _opening_run(classes: list[int | None], weights: list[float], s: int, e: int, seg_no: int,
                 segments: Sequence[tuple[int, int]] | None, *, titled: frozenset[int], stops: frozenset[int],
                 headed: int | None, carded: frozenset[int],
                 listed: int | None = None,
                 inside: frozenset[int] = frozenset()) -> tuple[int, int, tuple[int, int, float] | None] | None:
    """The main run of segment [s, e) and the lead run above it (a standfirst under a known
    headline), or None when the segment holds no article."""
    a, b, total = main_run(weights, s, e)
    if seg_no == 0 and segments and len(segments) > 1 and total < THIN_RUN:
        return None  # the page header before the first headline: keep nothing thin
    if seg_no > 0 and total < THIN_RUN and GOOD not in classes[a:b] and not _brief_line(classes, s, a, b, titled, inside):
        return None  # a headline over a few short sentences (a form's messages): no article
    if headed is not None and (e <= headed or s > headed and s in carded and total < CARD_WEIGHT):
        # on a page whose <title> names its headline: what stands above the headline is
        # the page's header, and a headline under the article over its byline or date,
        # with less than two paragraphs' weight under it, is a story card, not a second article
        return None
    if listed is not None and s > listed and s in carded and total < CARD_WEIGHT:
        return None  # the same card under a story-list heading that follows the first article
    lead = None
    if s in titled and a > s + 1:
        # a known headline opens this stretch: a run that starts right under it is
        # the article's, unless something far heavier stands further down
        near = _anchored_run(classes, weights, s, e)
        if near is not None and near[1] < a <= near[1] + ANCHOR_REACH and \
                not stops.intersection(range(near[1], a)):
            lead = near  # the standfirst, then the author's box (its lines go), then the text
        elif near is not None and a > s + ANCHOR_REACH and near[2] >= ANCHOR_SHARE * total:
            a, b, total = near
    return a, b, lead


def _brief_line(classes: Sequence[int | None], s: int, a: int, b: int, titled: frozenset[int],
                inside: frozenset[int]) -> bool:
    """A brief's one line of text: the run is one near-prose block under a headline a rule
    found, past only lines in ``inside`` (its quote, clip length, reading time), one at least:
    the text such a line stood over when it was kept, not dropped once the line is chrome."""
    return s in titled and b == a + 1 and a > s + 1 and classes[a] == NEAR and all(k in inside for k in range(s + 1, a))


STORY_LINES = 2  # paragraphs of LONG_PROSE that end like sentences: a story, where a card has one teaser


def _thin_story(classes: list[int | None], texts: list[str], s: int, e: int, titled: frozenset[int],
                headed: int | None, cards_from: int | None = None,
                dated: Collection[int] = frozenset()) -> tuple[int, int, None] | None:
    """The run of a story too light to make a main run (short paragraphs, or read by another
    language's stopwords) under a headline a rule found, on a page of several stories: from
    its first to its last paragraph, when it holds STORY_LINES or more. None otherwise: when
    the boundary is unsure the text stays, it is not dropped for want of weight. Nor under
    the story-list heading ``cards_from`` that follows the first article, when a byline or a
    date (``dated``) stands between those paragraphs: one teaser, its author and date, the next
    card's teaser (`Most Popular`, a headline, a teaser, `Laura Bliss`, `Apr 29, 2019`, ...)."""
    if s not in titled or headed is not None:
        return None
    lines = [i for i in range(s + 1, e) if classes[i] in _PROSE and len(texts[i]) >= LONG_PROSE
             and ends_sentence(texts[i])]
    if len(lines) < STORY_LINES:
        return None
    if cards_from is not None and s > cards_from and any(lines[0] < k < lines[-1] for k in dated):
        return None
    return lines[0], lines[-1] + 1, None


def _story_goes_on(classes: Sequence[int | None], stops: frozenset[int], dated: Collection[int],
                   cut: int, resume: int, e: int) -> bool:
    """The story's text goes on at ``resume`` under the story list at ``cut``: prose alone (GOOD
    and NEAR blocks, a paragraph among them; labelled blocks between) up to the next stop or the
    story's end ``e``, and no byline or date from the list on. A page's list of headlines numbered
    or set as short lines is not prose, and a dated card's teaser is no story's text."""
    end = next((k for k in range(resume, e) if k in stops), e)
    return all(c in _PROSE or c is None or _subheading(classes, k, resume, end)
               for k, c in enumerate(classes[resume:end], resume)) and GOOD in classes[resume:end] \
        and not any(cut < k < end for k in dated)


def _subheading(classes: Sequence[int | None], k: int, lo: int, hi: int) -> bool:
    """A subheading of the story at ``k``: a short line with a paragraph the nearest classified
    block above it (from ``lo``) and below it (before ``hi``). A list's first headline has no
    paragraph above it, and a headline over the next card has none of the story's below it."""
    if classes[k] != SHORT:
        return False
    above = next((classes[j] for j in range(k - 1, lo - 1, -1) if classes[j] is not None), None)
    below = next((classes[j] for j in range(k + 1, hi) if classes[j] is not None), None)
    return above == GOOD and below == GOOD


BOX_LINES = 6  # lines of a story box the template dropped into the text (a heading and a few headlines)
RESUMED_PARAGRAPHS = 2  # paragraphs in a row under such a box: the article's text goes on


def _text_resumes(classes: Sequence[int | None], stops: frozenset[int], dated: Collection[int],
                  cut: int, resume: int, b: int) -> bool:
    """The article's text goes on under the short story list at ``cut`` (BOX_LINES lines at most
    up to ``resume``): RESUMED_PARAGRAPHS paragraphs or more from ``resume`` before the next stop,
    a line that is neither prose nor labelled, or the run's end, and no byline or date among
    them. A list's teasers stand one under each headline, never two paragraphs in a row."""
    if resume - cut > BOX_LINES or any(cut < k < resume for k in dated):
        return False
    got = best = 0
    for k in range(resume, b):
        c = classes[k]
        if k in stops or k in dated or c == BAD or c == SHORT and not _subheading(classes, k, resume, b):
            break
        got = 0 if c == SHORT else got + (c == GOOD)  # the paragraphs in a row start again under a subheading
        best = max(best, got)
    return best >= RESUMED_PARAGRAPHS


def _past_story_lists(classes: list[int | None], weights: list[float], sizes: list[int], s: int, a: int, b: int,
                      e: int,
                      *, titled: frozenset[int], stops: frozenset[int], comments: frozenset[int],
                      lists: frozenset[int], dated: Collection[int] = frozenset(),
                      story: bool = False, boxes: bool = False) -> tuple[int, int | None]:
    """The run's start, moved past a story list inside it when the article is under the
    list, and where the run is cut (a comment counter, a story list; None: not cut). On a
    page of several stories (``story``: a stretch under one of its headlines), a story list
    the article's paragraphs go on under, prose alone up to the next stop or the story's end,
    is a box the template dropped into the story: the run goes on past it."""
    started = next((i for i in range(a, b) if classes[i] == GOOD), b)
    cut = next((i for i in range(started, b) if i in stops), None)
    if lists:  # a bare `You may also like` label with no paragraph under it (before the
        # comments or a story list): the list of headlines under it is not the article's
        end = b if cut is None else cut
        last_good = next((i for i in range(end - 1, started - 1, -1) if classes[i] == GOOD), started)
        cut = next((i for i in sorted(lists) if last_good < i < end), cut)
    while cut is not None and cut not in comments:
        # a story list inside the run: the article is on the heavier side of it
        resume = next((i for i in range(cut + 1, b) if classes[i] is not None), b)
        if _weight(weights, a, cut) >= _weight(weights, cut + 1, b):
            if story and resume < b and _story_goes_on(classes, stops, dated, cut, resume, e) \
                    or boxes and resume < b and _text_resumes(classes, stops, dated, cut, resume, b):
                cut = next((i for i in range(resume, b) if i in stops), None)
                continue
            break
        if s in titled and a <= s + ANCHOR_REACH and resume < b and classes[resume] == GOOD \
                and (sizes[resume] > TEASER_MAX or _next_open_class(classes, resume, b) == GOOD) \
                or story and a <= s + ANCHOR_REACH and resume < b and _story_goes_on(classes, stops, dated, cut, resume, e):
            # the run opens right under the headline and a paragraph follows the list
            # at once: a box the template dropped into the article, which goes on
            cut = next((i for i in range(resume, b) if i in stops), None)
            continue
        a = cut + 1
        started = next((i for i in range(a, b) if classes[i] == GOOD), b)
        cut = next((i for i in range(started, b) if i in stops), None)
    return a, cut


def _opening_sentences(classes: list[int | None], features: list[str], s: int, a: int,
                       fences: frozenset[int]) -> int:
    """The run's start, taking in the sentences just before it that belong to it: a short
    opening paragraph (never across a stop, a wall or the article's header)."""
    j, first = a - 1, a
    while j >= s and j > a - EDGE_REACH and j not in fences and classes[j] in (None, SHORT, NEAR):
        if classes[j] == NEAR and features[j] in ("sentence", "one-line-paragraph"):
            first = j
        j -= 1
    return first


LAST_SUBHEADING_WORDS = (3, 10)  # words of a story's last subheading: shorter is a label, longer a headline
LAST_SUBHEADING_LETTERS = 10  # letters of it at least (a separator, `* * *`, has none)
LEAD_WORDS = 2  # first words that a template's line repeats with another value (`Written by ...`, `Tags: ...`)
LEAD_LINE_MAX = 80  # characters of the short lines whose first words are compared
NAME_WORDS = 4  # a line of this many capitalised words at most reads as a name (a sign-off), not a subheading


def _leads(text: str) -> str:
    # (the first words split off, then lowercased: the words ``text.lower().split()`` gives, no
    # more of the line read; no letter lowercases to a space, and a final sigma stays final)
    return " ".join(text.split(None, LEAD_WORDS)[:LEAD_WORDS]).lower()


def _repeated_leads(texts: Sequence[str]) -> frozenset[str]:
    """The first words that two short lines of the page or more open with: a template's
    label with its value (`Written by Ada Linford`, `Written by Tom Arkwright`)."""
    counts = Counter([" ".join(t.split(None, LEAD_WORDS)[:LEAD_WORDS]).lower()  # (``_leads``, inline)
                      for t in texts if len(t) <= LEAD_LINE_MAX])
    return frozenset(k for k, v in counts.items() if v > 1)


class _Later:
    """A set of blocks found when it is first read (``find``, called once): content scoring's
    ``dated`` lines are read only where a story list cuts a run, on few pages."""

    __slots__ = ("find", "got")

    def __init__(self, find: Callable[[], frozenset[int]]) -> None:
        self.find, self.got = find, cast("frozenset[int] | None", None)

    def _set(self) -> frozenset[int]:
        if self.got is None:
            self.got = self.find()
        return self.got

    def __contains__(self, k: object) -> bool:
        return k in self._set()

    def __iter__(self) -> Iterator[int]:
        return iter(self._set())

    def __len__(self) -> int:
        return len(self._set())


class _Leads:
    """A page's ``_repeated_leads``, found when a line is first tested against them: most pages
    of several stories never ask (a story's last subheading is looked for after its other tests)."""

    __slots__ = ("texts", "found", "counts", "folded", "digits")

    def __init__(self, texts: Sequence[str], digits: Collection[int] | None = None) -> None:
        self.texts, self.found = texts, cast("frozenset[str] | None", None)
        self.digits = digits  # (the blocks that hold a digit, when the caller knows them: ``Context.digit_blocks``)
        self.counts = self.folded = cast("Counter[str] | None", None)

    def __contains__(self, lead: str) -> bool:
        if self.found is None:
            self.found = _repeated_leads(self.texts)
        return lead in self.found

    def printed(self, text: str) -> int:
        """How many times the page prints ``text``."""
        if self.counts is None:
            self.counts = Counter([t.strip() for t in self.texts])
        return self.counts[text.strip()]

    def printed_folded(self, text: str) -> int:
        """How many times the page prints ``text``, its numbers aside (`12 comments`, `3 comments`).
        A text with no digit is printed as often folded as not (a folded line that had digits holds a
        ``0``), so the folded count, a regex pass over every line, is made only for a text with digits."""
        if DIGIT_RUN.search(text) is None:
            return self.printed(text)
        if self.folded is None:
            texts = self.texts  # (only a line with digits folds to a text with digits)
            digits = digit_lines(list(texts)) if self.digits is None else self.digits
            self.folded = Counter(fold_digits(texts[i].strip()) for i in digits)
        return self.folded[fold_digits(text.strip())]


def _last_subheading(text: str, leads: _Leads | frozenset[str]) -> bool:
    """A story's last subheading: three to ten words, no lower-case start (`blog comments
    powered by ...`), no sentence's or label's end, letters, not opening as another line of
    the page does (a template's label), not a name alone."""
    ws = text.split()
    low, high = LAST_SUBHEADING_WORDS
    return low <= len(ws) <= high and not text[:1].islower() and text.rstrip()[-1:] not in ".:|" and "|" not in text \
        and sum(c.isalpha() for c in text) >= LAST_SUBHEADING_LETTERS and _leads(text) not in leads \
        and not (len(ws) <= NAME_WORDS and all(w[:1].isupper() for w in ws))


ECHO_BACK = 3  # blocks over a story's last subheading whose words it repeats
ECHO_MIN = 2  # long words of it they repeat at least


def _echoes(text: str, above: Sequence[str]) -> bool:
    """``text`` repeats ECHO_MIN long words of the lines ``above`` (its story's last
    paragraphs): it is their subheading, not a line of the page's furniture."""
    own = long_word_stems(text)
    seen = set().union(*map(long_word_stems, above))
    return len(own & seen) >= ECHO_MIN


def trailer_under_paragraph(texts: Sequence[str], k: int, fences: Collection[int],
                            paragraph: Callable[[int], bool]) -> bool:
    """(lost81) The trailer ``k`` (a line of chrome, a stop: one of ``fences``) is printed under
    another story too, right under its last paragraph (``paragraph`` of the line above), its
    first words the same (`Tags: ...`, `12 comments`, `Share`): that story has nothing between
    its text and its trailer, so a line between them here is not the template's but this
    story's own (its last subheading)."""
    key = _leads(fold_digits(texts[k]))
    return any(m != k and m > 0 and paragraph(m - 1) and _leads(fold_digits(texts[m])) == key for m in fences)


def _closing_lines(classes: list[int | None], texts: list[str], e: int, b: int, stops: frozenset[int],
                   walls: frozenset[int], leads: _Leads | None = None, *, plain: bool = False) -> int:
    """The run's end, taking in the short sentences, list items and their subheadings that
    close the article, and, on a page of several stories (``leads`` given), a story's last
    subheading alone between its last paragraph and what closes the story (a stop, a wall of
    chrome, the next story's headline) when it repeats words of the paragraphs over it, or
    (lost81) right over a stop or wall that another story prints right under its last paragraph
    (:func:`trailer_under_paragraph`); and (seglast151) a story's last lines printed once on the
    page over the trailer the page prints under each story (:func:`_tail_over_trailer`). In text mode (``plain``), when the run's last lines ask
    no short question themselves (a Q&A's do), a short question with more of the page under it
    before the story's end (no stop or wall first) ends what is taken in:
    under the article's last paragraph it heads a box that asks the reader (`Spotted a
    mistake?` over the desk's address, `Know our members' pages?` over a link), not the
    article's closing sentence. (A lead-in's colon ends nothing: a story's quote or list under
    it is as often its own.)"""
    opened = [k for k in range(b, min(e, b + EDGE_REACH)) if classes[k] is not None][:2]
    if leads is not None and opened and classes[opened[0]] == SHORT and _last_subheading(texts[opened[0]], leads):
        k = opened[0] + 1
        while k < e and classes[k] is None and k not in stops and k not in walls:
            k += 1
        if len(opened) == 1 and (k == e or k in stops or k in walls) and \
                _echoes(texts[opened[0]], texts[max(0, b - ECHO_BACK):b]):
            return opened[0] + 1
        if k < e and (k in stops or k in walls) and \
                trailer_under_paragraph(texts, k, stops | walls, lambda m: classes[m] == GOOD):
            return opened[0] + 1
    tail = _tail_over_trailer(classes, texts, e, b, stops | walls, leads) if leads is not None else b
    j, last = b, b
    # (a text that asks short questions itself above, a Q&A's, asks one more: no box's)
    closed = plain and not any(_box_question(texts[k]) for k in range(max(0, b - EDGE_REACH), b))
    while j < e and j < b + EDGE_REACH and j not in stops and j not in walls and classes[j] != BAD:
        if classes[j] == GOOD:
            # the last paragraph, after a short list: no text follows it before the page's
            # chrome (a story rail's teasers do: the next card's)
            k = next((k for k in range(j + 1, e) if classes[k] in _PROSE or k in stops or k in walls), e)
            if j - b <= CLOSING_LIST and (k == e or k in stops or k in walls):
                last = j + 1
            break
        elif classes[j] is not None and _prose_like(texts[j]):
            if plain and closed and _box_question(texts[j]) and _box_under(classes, e, j, stops, walls):
                break
            last = j + 1
        j += 1
    return max(last, tail)


CLOSING_TAIL = 3  # a story's own lines between its last paragraph and its trailer: a subheading, a fact-check's fields
TRAILER_PRINTS = 3  # prints of a per-story trailer at least: a page of two may be one article cut in two


def _tail_over_trailer(classes: Sequence[int | None], texts: Sequence[str], e: int, b: int,
                       fences: frozenset[int], leads: _Leads) -> int:
    """(seglast151) The run's end taken past a story's last lines, up to CLOSING_TAIL of them,
    each printed once on the page, that stand between its last paragraph and its trailer: a
    stop or wall of chrome, or a line the page prints more than once (once per story: a share
    bar, a comment counter, a `Read more`), but for a stamp (a date or an age closes a card of
    a story list, not a story). Printed once, between the story's prose and the chrome that
    closes it, such a line is the story's own (its last subheading, a fact-check's `Rating` over
    `Unproven`), unless it reads as a box's (a short question to the reader, a lead-in's colon),
    a mark's (it opens or ends with a symbol, `▶ Watch the full report`; it holds no letter,
    `---`) or, alone, a label's (fewer than three words, `More here`). The trailer is printed
    TRAILER_PRINTS times or more. ``b`` when no such trailer closes the lines before the story's end."""
    own: list[int] = []
    k = b
    while k < e and k not in fences:
        t = texts[k].strip()
        if classes[k] in (NEAR, SHORT):
            if own and leads.printed_folded(t) >= TRAILER_PRINTS and _trailer(t):
                break
            if len(own) == CLOSING_TAIL or not any(ch.isalpha() for ch in t) or _box_question(t) or t[-1:] == ":" \
                    or symbol_at_an_end(t) or leads.printed_folded(t) > 1:
                return b
            own.append(k)
        elif classes[k] is not None:
            return b
        elif own and leads.printed(t) >= TRAILER_PRINTS and _trailer(t):
            break
        k += 1
    if not own:
        return b
    closed = k < e and (k not in fences or leads.printed_folded(texts[k]) >= TRAILER_PRINTS and not _stamp(texts[k]))
    label = len(own) == 1 and len(texts[own[0]].split()) < LAST_SUBHEADING_WORDS[0]  # (`More here`)
    return own[-1] + 1 if closed and not label else b


def _trailer(text: str) -> bool:
    """A line that may close a story as its template's chrome: words, not a stamp."""
    return any(ch.isalpha() for ch in text) and not _stamp(text)


BOX_QUESTION_WORDS = 6  # words of a box's question to the reader (`Spotted a mistake?`); a story's own last question runs longer


def _box_question(text: str) -> bool:
    """A short question: a box's heading that asks the reader, not a sentence of the story."""
    t = text.rstrip()
    return t[-1:] == "?" and len(t.split()) <= BOX_QUESTION_WORDS


def _box_under(classes: Sequence[int | None], e: int, j: int, stops: frozenset[int], walls: frozenset[int]) -> bool:
    """Another line of the page stands under line ``j`` before the story's end ``e``, no stop or
    wall of chrome first: ``j`` opens a box (a question to the reader over its prompt)."""
    k = next((k for k in range(j + 1, e) if classes[k] is not None), e)
    return k < e and k not in stops and k not in walls


def _keep_run(classes: list[int | None], features: list[str], texts: list[str], a: int, b: int,
              lead: tuple[int, int, float] | None, keep: list[bool], why: list[str], plain: bool = False) -> None:
    """Mark what the run [a, b) and its lead keep: prose, and short lines between prose."""
    prose = _PROSE
    if lead is not None:
        for i in range(lead[0], lead[1]):
            if classes[i] in prose:
                keep[i], why[i] = True, features[i]
    leads = [i for i in range(a, b) if _lead_in(classes[i], texts[i])]
    if leads:  # a lead-in reads as the text's own line, for itself and for the list it opens
        classes = list(classes)
        for i in leads:
            classes[i] = NEAR
    before_of, after_of = _neighbours(classes, a, b)
    widget = _widget_runs(classes, texts, a, b)
    for i in range(a, b):
        c = classes[i]
        if c is None:
            continue
        if c in prose:
            keep[i], why[i] = True, "lead-in" if i in leads else features[i]
        elif c == BAD:
            keep[i] = _code_between_prose(classes, texts, i, a, b, plain)
            why[i] = "code-between-prose" if keep[i] else features[i]
        elif i in widget:
            why[i] = "short-line-run"
        else:
            before, after = before_of[i - a], after_of[i - a]
            ok = (before in prose or before is None) and (after in prose or after is None) and (
                before is not None or after is not None)
            keep[i], why[i] = ok, "between-prose" if ok else "short-link-like"

HEADLINE_WORDS = (3, 15)  # words of a headline-shaped line: shorter is a label, longer a sentence
HEADLINE_LIST = 3  # headline-shaped lines in a row under a short heading: a list of other stories
HEADLINE_TAIL = 0.25  # ...with less prose weight under it than this share of the run's weight above it
HEADLINE_MEAN = 5  # words of its headlines on average: a list of short items (steps, features) is the text's own
HEADLINE_NUMBERS = 1  # words holding a digit in a headline (a year, a count); a price list's items hold more


def _headline_shaped(text: str) -> bool:
    """A line shaped as a story's headline: HEADLINE_WORDS words, no lower-case start, no list
    mark, and no end of a sentence, a clause or a label (a question is a headline)."""
    t = text.rstrip()
    low, high = HEADLINE_WORDS
    ws = t.split()
    return low <= len(ws) <= high and t[:1].isalpha() and not t[:1].islower() and list_mark(t) is None \
        and t[-1:] not in ".!:;,…" and not (ends_sentence(t) and t[-1:] != "?") \
        and sum([1 for w in ws if not w.isalpha() and any(c.isdigit() for c in w)]) <= HEADLINE_NUMBERS  # (a word
        # of letters holds no digit: no character is both, and most words are read by ``isalpha`` alone)


SPACED_PARAGRAPHS = 2  # paragraphs a run needs before it can say how it sets them


def _spaced(classes: Sequence[int | None], tight: frozenset[int], a: int, b: int) -> bool:
    """Whether the run [a, b) spaces its paragraphs: most of them stand under a blank line (a
    page printed with no blank lines, or one that sets its text line under line, is not)."""
    good = [i for i in range(a, b) if classes[i] == GOOD]
    return bool(tight) and len(good) >= SPACED_PARAGRAPHS and 2 * sum([i in tight for i in good]) < len(good)


def _before_headline_list(classes: Sequence[int | None], weights: Sequence[float], texts: Sequence[str],
                          a: int, b: int, tight: frozenset[int] = frozenset()) -> int:
    """The run's end, moved up to a list of other stories printed after the article's text
    (text mode): HEADLINE_LIST headline-shaped lines or more in a row (HEADLINE_MEAN words on
    average) past the run's first paragraph, with the short line over them (their heading, no
    sentence's or lead-in's end), when less than HEADLINE_TAIL of the run's weight stands from
    there on and no two paragraphs in a row follow the list (the text going on under a box the
    template dropped into it). On a page that spaces its paragraphs (``tight``: the blocks set
    line under line), the long lines of a list set line under line (a `Most Read` box's
    headlines, each with its teaser) are no paragraphs of the text going on, nor do they weigh
    in that share. A subheading has
    prose under it, a list of the text's own items is of short lines, a price list's lines hold
    numbers."""
    started = next((i for i in range(a, b) if classes[i] == GOOD), b)
    listed = tight if _spaced(classes, tight, a, b) else frozenset()
    # the last two paragraphs in a row of the run, and the run's weight up to each block
    pair = next((k for k in range(b - 2, started - 1, -1) if classes[k] == classes[k + 1] == GOOD
                 and k not in listed and k + 1 not in listed), -1)
    upto = [0.0, *accumulate(weights[a:b])]
    i = started + 1
    while i < b:
        if classes[i] is None or ends_sentence(texts[i]) or len(texts[i].split()) > HEADLINE_WORDS[1]:
            i += 1
            continue
        j = i + 1
        while j < b and (classes[j] is None or _headline_shaped(texts[j])):
            j += 1
        shaped = [k for k in range(i + 1, j) if classes[k] is not None]
        words = sum(len(texts[k].split()) for k in shaped)
        if len(shaped) >= HEADLINE_LIST and words >= HEADLINE_MEAN * len(shaped) and pair < j \
                and not texts[i].rstrip().endswith(":") \
                and upto[-1] - upto[i - a] - sum(weights[k] for k in listed if j <= k < b) < HEADLINE_TAIL * upto[i - a]:
            return i
        i = max(j, i + 1)
    return b


CARD_LIST = 3  # teaser cards in a row (a headline, one paragraph under it) that end the run: a list of other stories
CARD_SUMMARY = 400  # characters of a card's summary at most: a sentence or two, where a section runs longer
CARD_TAIL = 0.4  # ...whose teasers weigh less than this share of the run above their heading (a short article's sections outweigh it)
CARD_QUESTIONS = 1  # headlines that ask a question, at most (a FAQ's questions with one answer each are the text's)


def _card_summary(c: int | None, text: str) -> bool:
    return c in _PROSE and len(text) <= CARD_SUMMARY and ends_sentence(text)


def _before_card_list(classes: Sequence[int | None], weights: Sequence[float], texts: Sequence[str],
                      a: int, b: int) -> int:
    """The run's end, moved up to a list of teaser cards printed after the article's text (text
    mode): the run's last open blocks are CARD_LIST pairs or more of a headline-shaped line and
    the one short paragraph right under it (the first card's headline may be another rule's),
    under a short line that ends no sentence (the list's heading), when their teasers weigh less
    than CARD_TAIL of the run's weight above that heading. A subheading of the article's own has more text
    under it or stands before more of it; a FAQ's questions (CARD_QUESTIONS) are the text's."""
    started = next((i for i in range(a, b) if classes[i] == GOOD), b)
    open_ = [i for i in range(started + 1, b) if classes[i] is not None]
    k, cards, asked = len(open_) - 1, 0, 0
    while k >= 1 and open_[k - 1] + 1 == open_[k] and _card_summary(classes[open_[k]], texts[open_[k]]) \
            and _headline_shaped(texts[open_[k - 1]]):
        cards += 1
        asked += texts[open_[k - 1]].rstrip().endswith("?")
        k -= 2
    if k >= 1 and classes[open_[k] - 1] is None and open_[k - 1] < open_[k] - 1 \
            and _card_summary(classes[open_[k]], texts[open_[k]]):
        cards, k = cards + 1, k - 1  # the first card, its headline taken by a rule of its own
    if cards < CARD_LIST or asked > CARD_QUESTIONS or k < 0:
        return b
    head = open_[k]
    t = texts[head].rstrip()
    if ends_sentence(t) or t.endswith(":") or len(t.split()) > HEADLINE_WORDS[1]:
        return b
    tail = sum(weights[i] for i in range(head, b) if weights[i] > 0)  # the cards' teasers (short lines weigh nothing here)
    return head if tail < CARD_TAIL * _weight(weights, a, head) else b


_FOOTER_MARK = compile_pattern(rf"(?i:{words_alternation(lang_words('copyright_marks'))})[ \t]*(?:©[ \t]*)?"
                               r"(?:(?:19|20)\d\d|\p{Lu}|«|\")", "")
# the characters a copyright line opens with (a mark's first, either case: the pattern reads its
# marks case aside, and opens on one): a line opening on another needs no match
_FOOTER_HEADS = frozenset(c for w in lang_words("copyright_marks") for c in (w[:1].lower(), w[:1].upper()) if c)
FOOTER_TAIL = 0.25  # ...with less prose weight from it on than this share of the run's weight above it


WALL_TAIL = 0.1  # the run's weight from a chrome bar on, against the weight above it: less is a tail of teasers
# (fit halves: 0.1 and 0.25 tie on the mean F1; 0.25 costs fundus-tests recall, 0.1 none)


def _before_bar(classes: Sequence[int | None], weights: Sequence[float], bars: frozenset[int],
                a: int, b: int, prompts: frozenset[int] = frozenset()) -> int:
    """The run's end, moved up to a bar of site chrome (``bars``: two lines or more in a row that
    other rules found, a share bar's buttons, a sign-up box; or one line of ``prompts``, the
    chrome that closes articles: a newsletter or follow prompt, a comment prompt, an author's
    box) past the run's first paragraph, when less than WALL_TAIL of the run's weight stands
    from it on (text mode): such a bar closes the article, the prose under it is other stories'
    teasers. A single chrome line that stands inside texts as often (a share button, a sponsor's
    note, a tag list between a page's stories) ends nothing here."""
    found = sorted(w for w in bars if a < w < b and (w + 1 in bars or w in prompts)) if bars else None
    if not found:
        return b
    started = next((i for i in range(a, b) if classes[i] == GOOD), b)
    upto = [0.0, *accumulate(weights[a:b])]
    for i in (w for w in found if w > started):
        if upto[-1] - upto[i - a] < WALL_TAIL * upto[i - a]:
            return i
    return b


def _before_footer(classes: Sequence[int | None], weights: Sequence[float], texts: Sequence[str],
                   a: int, b: int) -> int:
    """The run's end, moved up to the page's copyright notice (text mode): a line that opens with
    a copyright sign or word and a year or a name, past the run's first paragraph, with less
    than FOOTER_TAIL of the run's weight from it on. What follows a site's copyright line is
    its footer: legal lines, imprint, the next page's furniture."""
    started = next((i for i in range(a, b) if classes[i] == GOOD), b)
    upto = [0.0, *accumulate(weights[a:b])]
    for i in range(started + 1, b):
        if classes[i] is not None and texts[i][:1] in _FOOTER_HEADS and _FOOTER_MARK.match(texts[i]) \
                and upto[-1] - upto[i - a] < FOOTER_TAIL * upto[i - a]:
            return i
    return b


_CODE_MARK = compile_pattern(r"[(){}\[\];=<>$|/\\*_#`]", "")  # characters that code and shell sessions are made of, prose rarely
CODE_SHARE = 0.04  # ...this share of a block's characters: a line of code (a query, a command), not a sparse headline
CODE_KINDS = 3  # ...of this many different marks at least (a caption's `(Photo: ...)` holds two)
_TAG = compile_pattern(r"<[^<>]*>", "")  # a markup tag with its attributes


def _code_like(text: str) -> bool:
    """A block of MEDIUM_CHARS or more that reads as code: CODE_SHARE of its characters are code's
    marks, of CODE_KINDS kinds or more (`SELECT avg (n) FROM t;`, `$ hg pull -u ../bob [...]`)."""
    if len(text) < MEDIUM_CHARS:
        return False
    marks = _CODE_MARK.findall(text)
    return len(marks) >= CODE_SHARE * len(text) and len(set(marks)) >= CODE_KINDS


NAME_BOX_WORDS = (3, 5)  # words of the box's heading: a word or two, then the name (`About Carla Holm`; a
# bare name over the last paragraph is as often a profile's last section)
NAME_BOX_BIO = (40, 600)  # characters of the note under it: a sentence or three
NAME_WORDS = 2  # the heading's last words, each capitalised: the name the note repeats
NAME_BOX_ABOVE = 2  # kept blocks above the box at least: an article's text, which the box follows


def _name_words(ws: Sequence[str]) -> bool:
    return all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in ws)


def _name_box_at_end(texts: Sequence[str], keep: list[bool], why: list[str]) -> None:
    """The box after the article's text that names a person and says who they are (`Sobre
    Carlos Nadalim`, then `Pai de Francesco e Teresa ..., Carlos Nadalim é também ...`), in any
    language: the page's last kept note of NAME_BOX_BIO characters (past it, only the short
    lines of a list of other posts' titles, no sentence's end), under a short line, not a
    sentence, whose last NAME_WORDS words are capitalised and that the note repeats. A bare
    name (NAME_WORDS words or one more) over such a note is the box too when it stands apart
    from the article's text (a dropped line over it, or a short label: `Über die Autor:in`)
    and the note repeats one of its words (`Carla schreibt seit 2022 ...`); a label under
    the article's last sentence is a section's heading. A subheading
    over the article's last paragraph does not end in a name the paragraph repeats, a
    profile's last section (a bare name right under a paragraph) stays, and a story about that
    person goes on past one short note."""
    if not keep:
        return
    bio = len(keep) - 1
    while bio >= 0 and (not keep[bio] or not ends_sentence(texts[bio])
                        and len(texts[bio].split()) <= HEADLINE_WORDS[1]):
        bio -= 1  # (past the note, a list's titles)
    head = bio - 1
    if head < NAME_BOX_ABOVE or sum(keep[:head]) < NAME_BOX_ABOVE:
        return
    if not NAME_BOX_BIO[0] <= len(texts[bio]) <= NAME_BOX_BIO[1]:
        return
    ws = texts[head].split()
    low, high = NAME_BOX_WORDS
    if ends_sentence(texts[head]) or texts[head].rstrip()[-1:] in ":;,.":
        return
    if keep[head] and low <= len(ws) <= high and _name_words(ws[-NAME_WORDS:]) \
            and " ".join(ws[-NAME_WORDS:]) in texts[bio]:
        box = [head, bio]
    elif NAME_WORDS <= len(ws) <= NAME_WORDS + 1 and _name_words(ws) \
            and any(w in texts[bio].split() for w in ws):
        above = head - 1
        label = keep[above] and len(texts[above].split()) < low + 1 and not ends_sentence(texts[above]) \
            and not _name_words(texts[above].split()) and above >= 1 \
            and not (keep[above - 1] and ends_sentence(texts[above - 1]))  # (a section's heading follows text)
        if keep[above] and not label:
            return  # a bare name right under the text: a profile's last section
        box = [above, head, bio] if label else [head, bio]
    else:
        return
    for i in box:
        if keep[i]:
            keep[i], why[i] = False, "name-box"


_LETTERS = compile_pattern(r"[^\W\d_]", "")
_ELEMENT = compile_pattern(r"<[/!]?[A-Za-z][^<>]*>", "")  # a markup tag: its name, then its attributes


def bare_markup(text: str) -> bool:
    """A line of markup tags with no letter outside them (`<div style="..."><img width=1 ...></div>`,
    a tracking pixel naive text kept): no article text, whatever stands around it."""
    return "<" in text and _ELEMENT.search(text) is not None and _LETTERS.search(_ELEMENT.sub(" ", text)) is None


def _code_between_prose(classes: Sequence[int | None], texts: Sequence[str], i: int, a: int, b: int,
                        plain: bool = False) -> bool:
    """A code block inside the run with the text's prose on both sides (other code blocks, short
    lines and labelled blocks between): the article's own example, which density reads as a
    sparse line (in text mode also a line of code by its opening or end, :func:`code_line`: a
    shell session naive text ran into one line, `$ hg amend -m 'fix' abort: ...`, holds too few
    marks for their share). A block the page prints twice or more, or one of bare tags with no word between
    them (a tracking pixel's `<div ...><img ...></div>` left in the text), is the page's
    machinery, not an example of the text's."""
    def code(t: str) -> bool:
        return _code_like(t) or plain and (drawn_table(t) or code_line(t))

    if not code(texts[i]) or texts.count(texts[i]) > 1 or not _WORD.search(_TAG.sub(" ", texts[i])):
        return False

    def side(rng: range) -> bool:
        for k in rng:
            c = classes[k]
            if c in _PROSE:
                return True
            if c == BAD and not code(texts[k]):
                return False
        return False
    return side(range(i - 1, a - 1, -1)) and side(range(i + 1, b))


BOX_CHARS = 4  # box-drawing characters (`│ ─ ┼`) in a block: a table a console printed (a query's result)
_BOX = compile_pattern(r"[\u2500-\u257f]", "")


def drawn_table(text: str) -> bool:
    """A block holding BOX_CHARS or more box-drawing characters (`period │ status_code │ entries`,
    `────┼────`): the output of a query or a command drawn as a table, which naive text runs into
    one long line of few function words. Prose and menus hold none."""
    return len(_BOX.findall(text, 0, 2000)) >= BOX_CHARS


LIST_ITEMS = 3  # list items in a row (not set as links), between two runs of prose: the text's own list
LIST_PROSE = 2.5  # ...and the prose beyond it weighs this much (two paragraphs or so)
CLOSING_WORDS = 2  # an item's last words: the same on most items, a template prints them (a gallery's credit)


def _list_entry(text: str) -> bool:
    """A short line that reads as an item of a list in the text: not set as a link or a label
    (`1 red onion, cut into wedges`, `Bleibe neugierig`, `Keep a journal`; not `Most Read
    Stories`). (Running case, a comma or a quantity in front was asked before: German
    capitalises its nouns, and an item need not start lower case.)"""
    return not _link_like(text)


def _lead_in(c: int | None, text: str) -> bool:
    """A long line that ends in a colon (`Use these questions to test whether it fits:`): it
    opens what follows, a list or a paragraph, however few function words it holds."""
    return c == BAD and text.rstrip().endswith(":")


def _across_list(classes: Sequence[int | None], texts: Sequence[str], weights: Sequence[float],
                 edge: int, stop: int, step: int, fences: frozenset[int]) -> int:
    """The run's new edge when, past its ``edge`` (going ``step``), a list of the text
    stands (LIST_ITEMS items or more not set as links, half as many other lines among them at
    most: `Ingredients`, `Serves 4`) and then prose of its own (LIST_PROSE; a lead-in line ending in
    a colon on the way weighs nothing and ends nothing): a recipe's intro, its ingredients,
    its steps. Otherwise ``edge``. A list of other stories' headlines (Title Case, link-like)
    or a fence (a story-list heading, a share bar, the header) ends the search."""
    j, items, others = edge + step, 0, 0
    ends: Counter[str] = Counter()  # the items' closing words
    while j != stop and j not in fences and classes[j] != GOOD:
        if classes[j] is not None:
            if _list_entry(texts[j]):
                items += 1
                ends[" ".join(texts[j].lower().split()[-CLOSING_WORDS:])] += 1
            else:
                others += 1
        j += step
    if items < LIST_ITEMS or 2 * others > items or j == stop or j in fences or classes[j] != GOOD:
        return edge
    if 2 * max(ends.values()) > items:
        return edge  # most items close on the same words: a template's captions (`Ana Ruiz Submitted photo`)
    total = best = 0.0
    far = j
    while j != stop and j not in fences and (classes[j] != BAD or _lead_in(classes[j], texts[j])):
        total += weights[j] if classes[j] != BAD else 0.0
        if total > best:
            best, far = total, j
        elif total < 0:
            break
        j += step
    return far if best >= LIST_PROSE else edge


def _next_open_class(classes: Sequence[int | None], i: int, end: int) -> int | None:
    """The class of the first block after ``i`` (before ``end``) that no other rule took."""
    return next((classes[k] for k in range(i + 1, end) if classes[k] is not None), None)


CLOSING_LIST = 6  # lines between the run's end and one more paragraph: the article's closing list
WIDGET_RUN = 4  # this many short lines in a row, few of them read as text: a widget, not a list


def _widget_runs(classes: Sequence[int | None], texts: Sequence[str], a: int, b: int) -> set[int]:
    """Blocks of [a, b) in stretches of WIDGET_RUN or more short lines (labelled blocks
    aside) of which fewer than half read as text (a sentence, a list item) and at least
    half are set as links or labels: a ticker box, a list of other stories, a menu left
    inside the run. A list whose items read as text or run in plain case, and
    subheadings, which stand alone, are not such stretches."""
    found: set[int] = set()
    run: list[int] = []
    for i in range(a, b + 1):
        c = classes[i] if i < b else GOOD
        if c is None:
            continue
        if c == SHORT:
            run.append(i)
            continue
        if len(run) >= WIDGET_RUN:
            other = [k for k in run if not _prose_like(texts[k])]  # a sentence among them stays
            if 2 * len(other) > len(run) and 2 * sum(1 for k in run if _link_like(texts[k])) >= len(run):
                found.update(other)
        run = []
    return found


TABLE_CELL = 40  # a table's cells, one a line in naive text, are at most this long
TABLE_ROWS = 3  # ...and this many rows in a row hold a number in the same column
ROW_CELLS = (2, 6)  # cells a row of such a table holds
_NUMBER_CELL = compile_pattern(r"[-+\u2212\u2013(]?[$\u20ac\u00a3\u00a5]?\d[\d.,:/ ]{0,12}[%\u00b0)]?[^\W\d_]{0,3}\.?", "")


def _table_cells(classes: Sequence[int | None], texts: Sequence[str], low: Sequence[int] | None = None,
                 digits: Collection[int] | None = None) -> set[int]:
    """Blocks that are the cells of a table set one cell a line (what naive text makes of
    `<table>`): a stretch of short unlabelled lines where a number stands at the same place
    in TABLE_ROWS or more rows in a row (`City` / `Temperature` / `Halden` / `62.4` / ...).
    Pagination (`1` / `2` / `3`: no other cells) and a video list's durations under other
    rules' labels are not such stretches. ``low``: the lines that may be a cell (short or bad
    lines of ROW_MAX characters at most, in order; every line when None): a line left out
    ends a stretch. ``digits``: the lines that hold a digit (a number's cell holds one), when known."""
    found: set[int] = set()
    run: list[int] = []
    for i in [*(range(len(texts)) if low is None else low), -1]:  # (-1: the end, which closes the last stretch)
        cell = i >= 0 and len(texts[i]) <= TABLE_CELL and classes[i] in (SHORT, BAD)
        if cell and (not run or run[-1] == i - 1):
            run.append(i)
            continue
        if not run:
            continue  # (most lines: no run to close)
        if len(run) >= 2 * TABLE_ROWS:
            numeric = [k for k, j in enumerate(run) if (digits is None or j in digits) and _NUMBER_CELL.fullmatch(texts[j])]
            if numeric and _rows_of_numbers(numeric):
                found.update(run)
        run = [i] if cell else []  # (a cell after a line left out: a stretch of its own)
    return found


ROW_MAX = 80  # characters of a table's row set as one line: a label and its figures
ROW_NUMBERS = 2  # figures in each row at least (one figure closes a dated headline too)


_TWO_FIGURES = compile_pattern(r"\d\D+\d", "")  # digits, then others and digits again: two figures may stand here


def _table_row(text: str) -> bool:
    """A short line of ROW_NUMBERS figures or more and a word that is none (`Herbert Dürr 63
    16.6%`, `7. Katrin Bauer 1993 1,35 m`): a table's row with its cells joined by spaces."""
    if len(text) > ROW_MAX or _TWO_FIGURES.search(text) is None:
        return False  # (most lines: no two figures, no words to read)
    return _row_cells(text)


def _row_cells(text: str) -> bool:
    """``_table_row`` of a line known to be short and to hold two figures: its cells read."""
    ws = text.split()
    k = sum([1 for w in ws if _NUMBER_CELL.fullmatch(w)])
    return ROW_NUMBERS <= k < len(ws)


def _table_rows(classes: Sequence[int | None], texts: Sequence[str], low: Sequence[int] | None = None) -> set[int]:
    """Blocks that are the rows of a table set one row a line (what naive text makes of a
    `<table>` whose cells a space joins): TABLE_ROWS or more short unlabelled lines in a row,
    each a label with two figures or more (`Red Hat 8417 38.0%`). A list of dated headlines
    (one time or date each) and pagination (no label) are not. ``low``: as ``_table_cells``'."""
    found: set[int] = set()
    run: list[int] = []
    for i in [*(range(len(texts)) if low is None else low), -1]:  # (-1: the end, which closes the last run)
        row = i >= 0 and len(texts[i]) <= ROW_MAX and classes[i] in (SHORT, BAD) and \
            _TWO_FIGURES.search(texts[i]) is not None and _row_cells(texts[i])  # (``_table_row``'s tests, inline: once each)
        if row and (not run or run[-1] == i - 1):
            run.append(i)
            continue
        if not run:
            continue  # (most lines: no run to close)
        if len(run) >= TABLE_ROWS:
            found.update(run)
        run = [i] if row else []  # (a row after a line left out: a run of its own)
    return found


def _rows_of_numbers(positions: list[int]) -> bool:
    """Whether TABLE_ROWS numbers stand one period apart (2 to 6 cells a row)."""
    have = set(positions)
    for period in range(ROW_CELLS[0], ROW_CELLS[1] + 1):
        for p in positions:
            if all(p + k * period in have for k in range(1, TABLE_ROWS)) and \
                    not all(p + k in have for k in range(1, period)):
                return True
    return False


LINK_WORD = 3  # letters of a word whose capital says `label`: `of`, `a` stay small in titles too


def _link_like(text: str) -> bool:
    """A short line set as a link or a label: no small letters at all (`VSHP`, `+1.2%`,
    `CREATE ACCOUNT`), or every word of three letters or more capitalised. List items
    are phrases in running case (`8 ripe pears, peeled`) and stay."""
    if ", " in text:
        return False  # "Name, Town, State": an item of a list
    if not any(ch.islower() for ch in text):
        # capitals, digits and signs; a script without case (CJK) is running text
        return not any(ch.isalpha() for ch in text) or any(ch.isupper() for ch in text)
    long_words = [w for w in text.split() if len(w) >= LINK_WORD and w[0].isalpha()]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def _neighbours(classes: Sequence[int | None], a: int, b: int) -> tuple[list[int | None], list[int | None]]:
    """For each block of [a, b): the class of the nearest block before it, and after it,
    that is neither short nor labelled elsewhere (None at the run's edge). Two linear passes."""
    before: list[int | None] = []
    last = None
    for i in range(a, b):
        before.append(last)
        c = classes[i]
        if c is not None and c != SHORT:
            last = c
    after: list[int | None] = [None] * (b - a)
    last = None
    for i in range(b - 1, a - 1, -1):
        after[i - a] = last
        c = classes[i]
        if c is not None and c != SHORT:
            last = c
    return before, after


TITLE_REACH = 12  # lines above the first kept block searched for its headline
TITLE_WORDS = (3, 30)  # words of a headline-shaped line: more than a label, less than a paragraph


def find_title(texts: list[str], verdicts: list[Verdict], header: frozenset[int] = frozenset(),
               under: frozenset[int] = frozenset()) -> int | None:
    """The headline: a headline-shaped line just above the first kept block that does
    not lead into the next line like a label (`In this article:`), or the first kept block
    itself when it is headline-shaped and stands right over the header. Blocks in ``header``
    (the byline, the date, the reading time other rules found) are passed over; when one of
    ``under`` (a reading time, a share or follow line: what a template prints under its
    headline) stands between such lines, the headline is the nearest one over it (a listen
    line under the reading time is the header's, not the headline)."""
    first = next((i for i, v in enumerate(verdicts) if v.keep), None)
    if first is None:
        return None
    if (first + 1 in header or first - 1 in under) and TITLE_WORDS[0] <= heading_words(texts[first]) <= TITLE_WORDS[1] \
            and not leads_on(texts[first]) \
            and not menu_line(texts[first]):
        return first  # the run took in the headline over its header (a reading time, a byline), or under a reading time
    page_title = norm_key(texts[0]) if texts else ""
    candidates = [j for j in range(max(0, first - TITLE_REACH), first)
                  if j not in header and TITLE_WORDS[0] <= heading_words(texts[j]) <= TITLE_WORDS[1] and not leads_on(texts[j])
                  and not menu_line(texts[j])]
    if not candidates:
        return None
    cut = next((c for c in sorted(under, reverse=True) if candidates[0] < c < first), None)
    if cut is not None and candidates[-1] > cut:
        candidates = [j for j in candidates if j < cut]
    echoed = [j for j in candidates if j > 0 and norm_key(texts[j]) and norm_key(texts[j]) in page_title]
    return (echoed or candidates)[-1]


_HEADER_CHROME = frozenset({"CS402", "CS403", "CS408"})  # follow, share and reading-time lines
_ARTICLE_HEADER = META_ROLES | {Role.CREDIT, Role.CAPTION}
_RELATED_LABEL = frozenset({"CS203"})
_FOREIGN_CODES = frozenset({"CS421", "CS423"})  # machine metadata, form buttons: they weigh as bad lines
# chrome that stands inside an article's text: advert markers, reading times, and (ticker25) a market's
# quote and a clip's length under its headline; the block model reads it too (lost81)
INSIDE_CHROME = frozenset({"CS404", "CS408", "CS425", "CS426"})


def _reads_as_articles(ctx: Context, protected: list[bool], heads: frozenset[int]) -> bool:
    """True when every unlabelled block already reads as article text: sentences
    of four words or more, and headline-shaped lines with sentences on both sides,
    under a headline the named rules found. Scoring such a page would keep every
    block, so it is not scored (pages from unknown templates never pass: their
    menus and link lists are neither). ``heads``: the readers' threads' headings
    (:func:`_thread_headings`), which end an article as a comment counter does."""
    titles = ctx.with_role(Role.TITLE)
    if not titles:
        return False
    texts = ctx.texts
    open_ = [i for i, p in enumerate(protected) if not p]
    if open_ and open_[0] < titles[0]:
        return False  # text over the first headline: the page title printed again, a caption, a menu
    counter = next((i for i in sorted({*ctx.labelled(_COMMENT_CODES), *heads})
                    if i > titles[0] and not commenter_header(texts[i])), None)
    if counter is not None and open_ and open_[-1] > counter:
        return False  # text under a comment counter (`3 Comments`, not `Ana says:`): the comments
    cards = next((i for i in ctx.labelled(_LIST_CODES) if i > titles[0] and any(
        is_date_line(texts[k]) for k in range(i + 1, min(len(texts), i + 1 + CARD_META_REACH)))), None)
    if cards is not None and open_ and open_[-1] > cards:
        return False  # text under a list of dated story cards: the cards' teasers
    prose = [texts[i].count(" ") >= SENTENCE_SPACES and texts[i][-1] in _SENTENCE_MARKS for i in open_]
    if not any(prose):
        return False
    run = 0  # short lines in a row: a subheading, a one-line paragraph, never a menu
    for k, i in enumerate(open_):
        if prose[k]:
            run = 0
            continue
        if texts[i].count(" ") > LONG_LINE_SPACES or bare_markup(texts[i]):
            return False  # a long line that does not end like a sentence; markup left in the text
        run += 1
        if run > MAX_SHORT_RUN:
            return False
    return True


LONG_PROSE = 80  # characters: a paragraph, longer than a button, a label or a commenter's line
TEXT_FOLLOWS = 3  # long paragraphs in a row right under a comment count: the article, not its comments
TEXT_REACH = 16  # ...within this many lines (the rest of the header's buttons and its picture between)


def _bare_comment_word(text: str) -> bool:
    """`Comments` alone or with its count (`Comments (12)`), no prompt: a thread's heading, or a
    toolbar's button."""
    if len(text) > BARE_COMMENT_MAX:
        return False
    t = text.strip().rstrip(":").rstrip()
    if t.endswith(")"):  # `Comments (12)`
        head, _, count = t[:-1].rpartition("(")
        if count.strip().isdigit():
            t = head
    else:  # `Comments 12`
        head, _, count = t.rpartition(" ")
        if head and count.isdigit():
            t = head
    return t.rstrip().rstrip(":").lower() in _BARE_COMMENT_WORDS


BARE_COMMENT_MAX = 40  # characters: a heading's word and its count


_BARE_COMMENT_WORDS = frozenset(x.lower() for w in lang_words("comment_words") for x in phrase_expansions(w))


def _thread_headings(ctx: Context) -> frozenset[int]:
    """A comment word alone that the share bar's rule took (`Comments`: a toolbar's button as
    often as a thread's heading), printed once in the page, with a comment's stamp (a short line
    holding a date) under it within THREAD_HEAD_REACH blocks: the heading of the readers'
    comments, which ends the article as a comment counter does. A button the page prints twice
    (its toolbar over and under the text) or with no stamp under it stays a button."""
    texts, counts = ctx.texts, ctx.text_counts()
    return frozenset(i for i in ctx.labelled(_SHARE_CODES) if _bare_comment_word(texts[i]) and counts[texts[i]] == 1
                     and not _text_follows(ctx, i) and _dated_under(ctx, i) and _under_article(ctx, i))


def _under_article(ctx: Context, i: int) -> bool:
    """THREAD_ARTICLE paragraphs of THREAD_PROSE characters or more stand over block ``i``: the
    article a thread is under (a section's label over a headline has none)."""
    lens = ctx.lens
    return sum(1 for k in range(i) if lens[k] >= THREAD_PROSE and ctx.is_open(k)) >= THREAD_ARTICLE


_SHARE_CODES = frozenset({"CS403"})


def _dated_under(ctx: Context, i: int) -> bool:
    """A comment's stamp (a short line holding a date) stands within THREAD_HEAD_REACH blocks under ``i``."""
    texts = ctx.texts
    return any(len(texts[k]) <= STAMP_LINE_MAX and find_date(texts[k]) is not None
               for k in range(i + 1, min(len(texts), i + 1 + THREAD_HEAD_REACH)))


THREAD_HEAD_REACH = 6  # blocks under a thread's heading to its first comment's stamp: a name, a prompt, a counter
STAMP_LINE_MAX = 100  # characters of a comment's stamp line (its name, date and time)


def _text_follows(ctx: Context, i: int) -> bool:
    """Right under block ``i`` (past lines other rules took: share buttons, a caption) stand
    TEXT_FOLLOWS long paragraphs in a row: the article's text, so ``i`` is in its header."""
    texts, lens = ctx.texts, ctx.lens
    got = 0
    for k in range(i + 1, min(len(texts), i + 1 + TEXT_REACH)):
        if not ctx.is_open(k):
            if got:
                return False  # (a comment's name or date between: a thread)
            continue
        if lens[k] < LONG_PROSE or not ends_sentence(texts[k]):
            return False
        got += 1
        if got >= TEXT_FOLLOWS:
            return True
    return False


MAX_SHORT_RUN = 2  # short lines in a row between sentences: a subheading and a one-line paragraph, no menu
SENTENCE_SPACES = 3  # spaces of an unlabelled line that reads as a sentence (four words or more)
LONG_LINE_SPACES = 11  # spaces of a long line (twelve words or more) that must end like a sentence
_STRUCTURED = frozenset("li dd dt td th tr h1 h2 h3 h4 h5 h6 pre blockquote".split())  # a page with a longer run of short unlabelled lines is scored


# verdicts the markup overrules on a page whose article it locates: where the run
# lies, and short lines set as links (in HTML, link density tells that better)
_PLACED_BY_MARKUP = frozenset({"outside-main-text", "short-line-run"})

_SENTENCE_MARKS = frozenset(".!?…:;\"”’»“«)")


# labels that end an article's main run once it has started: comment counters and
# headers, story-list headings
_STOP_CODES = frozenset({"CS412", "CS413"})


def _labelled(fs: Sequence[Finding | None]) -> list[tuple[int, Finding]]:
    """The labelled blocks and their labels, in order (picked out in C: most blocks are not)."""
    return cast("list[tuple[int, Finding]]", list(compress(enumerate(fs), fs)))
# a chrome line that stands inside an article's text as often as after it is no bar alone: a
# share button (`Print` over a recipe card), a tag list (between a page's stories), a site's or
# sponsor's note, a button's count, a metadata value, a label the page prints over each of its
# parts (`To be continued`)
_NOT_LINE_BAR_CODES = frozenset({"CS403", "CS410", "CS417", "CS419", "CS421", "CS422"})
_NOT_BAR_CODES = frozenset({"CS415"})  # a paragraph's copy is no bar: it stands anywhere in the text
_COMMENT_CODES = frozenset({"CS412"})
_LIST_CODES = frozenset({"CS413"})


class ContentRule(Rule):
    """
    What it removes: blocks that are not article text on a page no named rule
    knows: menus, account links, footers, comment sections, story rails. It
    reads block length, stopword density and sentence shape, finds the page's
    main run of prose, and keeps short lines only between prose.
    Why: most scraped pages come from templates nobody wrote a rule for.
    Example: `Sign In` (a short link-like line outside the main run)
    Kept: `Understanding the ferry budget` (a short subheading between paragraphs).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        texts = ctx.texts
        if not texts:
            return
        fs = ctx.findings  # (read straight: ``ctx.is_open(i)`` and ``ctx.role(i)`` per block cost a call each)
        protected = [f is not None and f.role is not _CONTENT for f in fs]
        if protected.count(False) < MIN_BLOCKS:
            return  # too little to judge by
        heads = _thread_headings(ctx)
        if _reads_as_articles(ctx, protected, heads):
            return  # nothing to take away
        # when the markup says where the article is, the run of prose need not find it
        zoned = ctx.doc.from_html and StructureRule.body_zone(ctx) is not None
        titles = ctx.with_role(Role.TITLE)
        bounds = [0, *sorted({*titles, *unheaded_stories(ctx, titles)}), len(texts)]
        segments = [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1) if bounds[k] < bounds[k + 1]]
        # a comment count among the header's buttons, with the article's paragraphs right under
        # it, is a button: it neither ends the run nor opens the comments
        buttons = frozenset(i for i in ctx.labelled(_COMMENT_CODES) if _text_follows(ctx, i))
        stops = frozenset(ctx.labelled(_STOP_CODES)) - buttons | heads
        comments = frozenset(ctx.labelled(_COMMENT_CODES)) - buttons | heads
        labelled = _labelled(fs)
        walls = frozenset([i for i, f in labelled if f.role is _CHROME and f.code not in INSIDE_CHROME])
        header = frozenset([i for i, f in labelled if f.role in _ARTICLE_HEADER])
        verdicts = classify(texts, protected=protected, segments=segments, stops=stops, comments=comments,
                            titled=frozenset(titles), walls=walls, header=header,
                            foreign=frozenset(ctx.labelled(_FOREIGN_CODES)),
                            headed=next((t for t in titles if named_by_page_title(ctx, t)), None),
                            lists=frozenset(i for i in ctx.labelled(_RELATED_LABEL)
                                            if bare_related_label(texts[i])),
                            dated=_Later(lambda: frozenset([i for i, f in labelled if f.role in META_ROLES or _stamp(texts[i])])),
                            carded=frozenset(t for t in titles if any(
                                ctx.role(k) in META_ROLES for k in range(t + 1, min(len(texts), t + 1 + CARD_META_REACH)))),
                            plain=not ctx.doc.from_html, bars=walls - frozenset(ctx.labelled(_NOT_BAR_CODES)),
                            tight=_tight(ctx), prompts=walls - frozenset(ctx.labelled(_NOT_BAR_CODES | _NOT_LINE_BAR_CODES)),
                            taken=frozenset() if ctx.doc.from_html else frozenset([
                                i for i, f in labelled if f.role is not _CONTENT
                                and f.code not in INSIDE_CHROME and f.code not in _NOT_BAR_CODES]),
                            inside=frozenset() if ctx.doc.from_html else frozenset([
                                i for i, f in labelled if f.code in INSIDE_CHROME]), digits=ctx.digit_blocks())
        has_title = bool(titles)
        if not has_title:
            passed_over = frozenset([i for i, f in labelled if f.role in META_ROLES or f.code in _HEADER_CHROME])
            t = find_title(texts, verdicts, passed_over, frozenset(
                i for i in passed_over if ctx.findings[i].code in _HEADER_CHROME))  # type: ignore[union-attr]
            if t is not None and not protected[t]:
                verdicts[t] = Verdict(False, "title")
                yield self.finding(t, "the headline just above the main run of prose", role=Role.TITLE,
                                   priority=self.priority + 1)
        if not ctx.doc.from_html:
            _under_story_labels(ctx, verdicts, protected)
            for t in _stories_below(ctx, verdicts, protected):
                verdicts[t] = Verdict(False, "title")
                yield self.finding(t, "the headline over a story under the kept text", role=Role.TITLE,
                                   priority=self.priority + 1)
        tags = ctx.hint_columns().tag if zoned else ()
        # (``self.finding`` inline, its reason made once per feature: a page drops hundreds of blocks)
        role, code, name, priority, reasons = self.role, self.code, self.name, self.priority, _DROP_REASONS
        for i, v in enumerate(verdicts):
            if zoned and (v.feature in _PLACED_BY_MARKUP or tags[i] in _STRUCTURED):
                continue  # the markup placed it: a list item or heading of the article stays
            if not v.keep and not protected[i] and v.feature != "title":
                why = reasons.get(v.feature)
                if why is None:
                    why = reasons[v.feature] = f"not article text: {v.feature}"
                yield _new_finding(Finding, (i, role, code, name, why, (), priority))


CARD_META_REACH = 3  # lines under a headline where its card's byline or date stands
_DROP_REASONS: dict[str, str] = {}  # content scoring's reason for each feature that drops a block (a few dozen)


STORY_PARAGRAPHS = 2  # paragraphs a dropped stretch holds before it reads as a story (a card has one teaser)
# chrome that stands between a page's stories: reading times, advert markers, tag lists, share
# buttons, comment counts (a thread is told by the headline it lacks)
_BETWEEN_STORIES = INSIDE_CHROME | _NOT_BAR_CODES | _NOT_LINE_BAR_CODES | _COMMENT_CODES | _HEADER_CHROME
STORY_HEAD_KINDS = 2  # header kinds (a byline and a date, a credit and a reading time) a story shares with the kept ones
# before the headline-shaped line over it heads a record of its own: one kind alone, it joins the record above
STORY_BREAK = 1  # unlabelled lines between two paragraphs that do not end the stretch (a related headline in the text)


def _header_kinds(ctx: Context, lo: int, hi: int) -> frozenset[str]:
    """The codes of the header lines among blocks [lo, hi): what the page prints over or under a
    story's text (a byline, a date, a stub, a credit or caption, a reading time, a share or
    follow line; not an advert marker, which stands anywhere)."""
    fs = ctx.findings
    return frozenset(f.code for k in range(max(0, lo), hi)
                     if (f := fs[k]) is not None and (f.role in _ARTICLE_HEADER or f.code in _HEADER_CHROME))


def _under_story_labels(ctx: Context, verdicts: list[Verdict], protected: Sequence[bool]) -> None:
    """Text mode: a paragraph right under a copy of a label the template prints over the story's
    paragraphs (``CS422``: `Article content` over paragraph after paragraph), that the main run
    left out (a paywall's pitch or a box between it and the kept text), is the story's, when half
    of the label's copies or more (LABEL_REPEATS at least) stand right over kept text: the copies
    say where the story's paragraphs are, as the markup's container does. A label over lines the
    page drops (a form's, an advert's) keeps nothing, nor does a copy with other lines under it (a
    story card's `Read more` over the next card's section, headline and byline)."""
    labels = ctx.labelled(_STORY_LABEL_CODES)
    if len(labels) < LABEL_REPEATS:
        return
    texts, lens, n = ctx.texts, ctx.lens, len(ctx.texts)
    by_text: dict[str, list[int]] = {}
    for i in labels:  # (only the line right under each copy: past it, the copy no longer says whose the text is)
        if i + 1 < n and not protected[i + 1]:
            by_text.setdefault(texts[i], []).append(i + 1)
    for under in by_text.values():
        kept = sum(verdicts[k].keep for k in under)
        if kept < LABEL_REPEATS or kept < STORY_LABEL_SHARE * len(under):
            continue
        for k in under:
            v = verdicts[k]
            if not v.keep and v.feature == "outside-main-text" and lens[k] >= LONG_PROSE and ends_sentence(texts[k]):
                verdicts[k] = _verdict(True, "under-story-label")


_STORY_LABEL_CODES = frozenset({"CS422"})
STORY_LABEL_SHARE = 0.5  # of a label's copies over kept text: the label is the story's, not a box's


def _stories_below(ctx: Context, verdicts: list[Verdict], protected: Sequence[bool]) -> list[int]:
    """Text mode: a stretch of STORY_PARAGRAPHS paragraphs or more that the main run left out
    under the page's kept text, two of them in a row, with a header over it that repeats a line
    kind the kept stories print (the same byline, date, reading-time or credit lines), is the
    next story of the page: its paragraphs are kept, under the headline-shaped line over them
    when there is one and its header repeats STORY_HEAD_KINDS kinds (the headlines returned),
    else with the record above (not past a comment count with no headline: a thread; nor past
    chrome that closes a page's text, a sign-up box), so no story's text is dropped whole. A stretch right over a byline or date
    with text under it is a story's deck; one under a headline the rules found is the
    story-text rule's; a paragraph printed twice on the page is left to its copy."""
    texts, lens = ctx.texts, ctx.lens
    first = next((i for i, v in enumerate(verdicts) if v.keep and not protected[i]), None)
    if first is None:
        return []
    fs, n = ctx.findings, len(texts)
    left = [i for i in range(first + 1, n) if lens[i] >= LONG_PROSE and not protected[i]
            and verdicts[i].feature == "outside-main-text" and ends_sentence(texts[i])]
    if not any(b - a == 1 for a, b in zip(left, left[1:])):
        return []  # (no two paragraphs in a row left out under the kept text, as a story needs: most pages)
    page = _StoryPage(ctx, verdicts, protected, first)
    last_kept, headed, run, breaks = first, False, [], 0
    for i in range(first + 1, n + 1):
        role = None if i == n or (f := fs[i]) is None else f.role
        if i < n and protected[i] and role is not Role.TITLE and role not in META_ROLES:
            continue  # (a line the template's rules took inside a story: an advert marker, a related link)
        if i < n and not protected[i] and verdicts[i].feature == "outside-main-text" \
                and lens[i] >= LONG_PROSE and ends_sentence(texts[i]):
            run.append(i)
            breaks = 0
            continue
        if i < n and run and not protected[i] and not verdicts[i].keep and breaks < STORY_BREAK:
            breaks += 1
            continue
        if run and not headed and not (role in META_ROLES and _text_under(ctx, protected, i)):
            page.keep(run, last_kept)
        run, breaks = [], 0
        if i < n and verdicts[i].keep and not protected[i]:
            last_kept, headed = i, False
        elif role is Role.TITLE:
            headed = True  # (a story under a headline the rules found: the story-text rule reads it)
    return page.heads


def _text_under(ctx: Context, protected: Sequence[bool], i: int) -> bool:
    """The first line the rules left open under the header that starts at block ``i`` (a
    byline, a date) ends like a sentence: that header is over a story's text, and the stretch
    right over it is the story's deck, not text of the story above."""
    k = next((k for k in range(i, min(len(protected), i + HEADER_REACH)) if not protected[k]), None)
    return k is not None and ends_sentence(ctx.texts[k])


class _StoryPage:
    """What :func:`_stories_below` reads of a page, and the stretches it keeps."""

    def __init__(self, ctx: Context, verdicts: list[Verdict], protected: Sequence[bool], first: int) -> None:
        self.ctx, self.verdicts, self.protected, self.first = ctx, verdicts, protected, first
        self.seen, self.tight = Counter(ctx.texts), _tight(ctx)
        kept = [i for i, v in enumerate(verdicts) if v.keep and not protected[i] and ctx.lens[i] >= LONG_PROSE]
        if 2 * sum(i in self.tight for i in kept) >= len(kept):
            self.tight = frozenset()  # (a page that sets its own text line under line tells no list by it)
        self.heads: list[int] = []

    def keep(self, run: Sequence[int], above: int) -> None:
        """Keep the paragraphs of ``run`` (under the kept block ``above``) when it is a story."""
        ctx, texts, fs = self.ctx, self.ctx.texts, self.ctx.findings
        once = [i for i in run if self.seen[texts[i]] == 1]
        # (two paragraphs with no line between them, set apart by a blank line: a list of cards
        # prints a headline over each teaser, a rail of briefs sets them line under line)
        if len(once) < STORY_PARAGRAPHS or not any(
                b - a == 1 and b not in self.tight for a, b in zip(once, once[1:])):
            return
        gap = _header_kinds(ctx, max(above + 1, run[0] - HEADER_REACH), run[0])
        shared = gap & _header_kinds(ctx, self.first - HEADER_REACH, above + 1)
        if not shared:
            return
        between = [f for k in range(above, run[0]) if (f := fs[k]) is not None]
        if any(f.role is _CHROME and f.code not in _BETWEEN_STORIES for f in between):
            return  # (a sign-up box, a footer: the template's chrome that closes the page's text)
        head = _story_headline(ctx, self.verdicts, self.protected, run[0], above)
        if head is None:
            head = _headline_taken(ctx, run[0], above)
        if head is None and any(f.code in _COMMENT_CODES for f in between):
            return  # (no headline over it, under a comment count: a thread)
        for i in once:
            self.verdicts[i] = _verdict(True, "kept")
        if head is not None and head not in self.heads and len(shared) >= STORY_HEAD_KINDS:
            self.heads.append(head)


def _story_headline(ctx: Context, verdicts: Sequence[Verdict], protected: Sequence[bool], i: int,
                    above: int) -> int | None:
    """The headline over a story kept under the page's text: the last headline-shaped line the
    verdicts dropped among the HEADER_REACH blocks over its first paragraph ``i`` (none when
    the page's rules found one there)."""
    texts = ctx.texts
    for k in range(i - 1, max(above, i - HEADER_REACH - 1), -1):
        if ctx.role(k) is Role.TITLE:
            return None
        if protected[k] or verdicts[k].keep:
            continue
        if TITLE_WORDS[0] <= heading_words(texts[k]) <= TITLE_WORDS[1] and not leads_on(texts[k]) \
                and not menu_line(texts[k]) and not ends_sentence(texts[k]):
            return k
    return None


# roles a rule gives a headline-shaped line it reads as another story's link or a picture's
# caption: over a stretch of paragraphs that repeats the kept story's header, the story's own
# headline misread
_MISREAD_HEADLINE = frozenset({Role.RELATED, Role.TEASER, Role.CAPTION})


def _headline_taken(ctx: Context, i: int, above: int) -> int | None:
    """The headline over a story kept under the page's text that another rule took for a
    related headline, a teaser or a caption (not for a byline, date or credit): the last
    headline-shaped line with such a label among the HEADER_REACH blocks over its first
    paragraph ``i``. The stretch under it is a story whose headline was misread, not a comment
    thread, whose entries a name and a date head."""
    texts, fs = ctx.texts, ctx.findings
    for k in range(i - 1, max(above, i - HEADER_REACH - 1), -1):
        f = fs[k]
        if f is not None and f.role is Role.TITLE:
            return None
        if f is None or f.role not in _MISREAD_HEADLINE:
            continue
        t = texts[k]
        if TITLE_WORDS[0] <= heading_words(t) <= TITLE_WORDS[1] and not leads_on(t) and not menu_line(t) \
                and not ends_sentence(t):
            return k
    return None


def tight_blocks(ctx: Context) -> frozenset[int]:
    """The blocks of a text page set on the line right under the block before them (:func:`_tight`)."""
    return _tight(ctx)


def _tight(ctx: Context) -> frozenset[int]:
    """The blocks of a text page set on the line right under the block before them (no blank
    line between); none on an HTML page. (Read off the page's columns of lines and ``last``
    lines, once a page: the text alone.)"""
    got = cast("frozenset[int] | None", ctx.page_memo.get("tight"))
    if got is None:
        hints, lines, lasts = ctx.hints, ctx.lines, ctx.lasts
        got = ctx.page_memo["tight"] = frozenset() if not hints or hints[0] else frozenset(
            [k for k, (line, last, below) in enumerate(zip(lines, lasts, lines[1:]), 1) if below == (last or line) + 1])
    return got


HEADER_REACH = 6  # lines of a story's header: its byline, date, stubs and the share lines between
HEADLINE_REACH = 3  # lines between a found headline and its header (a kicker, a standfirst)
PARAGRAPHS_UNDER = 2  # paragraphs under a recurring header that make it a story's, not a card's
MIN_HEADERS = 2  # story headers a page needs before one can be the skeleton of the others


def _header_codes(ctx: Context, i: int) -> tuple[str, ...]:
    """The byline, date and stub codes of the header that starts at block ``i``, in order."""
    out = []
    for k in range(i, min(len(ctx.texts), i + HEADER_REACH)):
        f = ctx.findings[k]
        if f is None and ctx.lens[k] >= LONG_PROSE:
            break  # the first paragraph
        if f is not None and f.role in META_ROLES:
            out.append(f.code)
    return tuple(out)


def _two_paragraphs_under(ctx: Context, i: int) -> bool:
    """The first two open blocks under the header at ``i`` are paragraphs, with no headline
    or other header between them."""
    got = 0
    for k in range(i + 1, min(len(ctx.texts), i + 1 + 2 * HEADER_REACH)):
        f = ctx.findings[k]
        if f is not None:
            if f.role is Role.TITLE or got and f.role in META_ROLES:
                return False
            continue
        if ctx.lens[k] < LONG_PROSE or not ends_sentence(ctx.texts[k]):
            return False
        got += 1
        if got == PARAGRAPHS_UNDER:
            return True
    return False


def unheaded_stories(ctx: Context, titles: Sequence[int]) -> list[int]:
    """Where a story starts whose headline no rule found: the header a found headline
    stands over (its byline, date and stub lines, in that order) recurs, with two paragraphs
    under it. Scored as a stretch of its own, its text is kept (with the record above) where
    one main run per headline would drop the whole story; nothing is dropped for want of a
    headline. The stretch starts at the headline-shaped line over that header, if any."""
    texts = ctx.texts
    fs = ctx.findings  # (read straight: ``ctx.role`` per block costs a call each)
    starts = [i for i, f in _labelled(fs) if f.role in META_ROLES and (i == 0 or ctx.role(i - 1) not in META_ROLES)]
    if len(starts) < MIN_HEADERS or not titles:
        return []
    headed = {i for i in starts if any(0 < i - t <= HEADLINE_REACH for t in titles)}
    skeleton = {_header_codes(ctx, i) for i in headed}
    found = []
    for i in starts:
        if i in headed or _header_codes(ctx, i) not in skeleton:
            continue
        if not _two_paragraphs_under(ctx, i):
            continue  # not two paragraphs under it: a story card's date and teaser, a comment's
        above = i - 1
        found.append(above if above >= 0 and ctx.is_open(above) and TITLE_WORDS[0] <= heading_words(texts[above]) <= TITLE_WORDS[1] else i)
    return found


CONTENT = ContentRule("CS501", "content-score",
                      "blocks that are not article text by length, stopword density and position",
                      Role.BOILERPLATE, fix_safe=False, emits=(Role.TITLE,), reads=ARTICLE_LABELS, shapes=True)

CARD_LINES = 3  # a story card's lines between two dates: a section label, a headline, a teaser
CARD_STAMPS = 2  # ...and at least this many dates between the cards
STAMP_MAX = 60  # characters of a card's date line with its author (`Lucia Branwell 2 hours ago`)
BARE_STAMP_MAX = 40  # characters of a bare date or age (`Tuesday 14 November 2025, 10:42`)
LAST_STAMP_REACH = 3  # lines under the last teaser where its card's date may stand
BYLINE_REACH = 4  # lines under a headline where its author line (`By ...`) stands
CARD_SENTENCE = 60  # characters: a line this long reads as a sentence of a teaser or an article


@lru_cache(maxsize=CLASS_CACHE)
def _stamp(text: str) -> bool:
    """A line that holds only a date or an age (`14 Nov 2025`, `2 hours ago`), or a card's
    author and then the age (`Lucia Branwell 2 hours ago`, `By Finn Okoro · Yesterday`).
    (Remembered: the story cards' test and the run's header test ask of the same lines.)"""
    if len(text) > STAMP_MAX:
        return False
    if _bare_stamp(text):
        return True
    named = _CARD_AUTHOR.match(text)
    return named is not None and named.end() < len(text) and _bare_stamp(text[named.end():])


def _bare_stamp(text: str) -> bool:
    return len(text) <= BARE_STAMP_MAX and (text.lower() in _DAY_WORDS or RELATIVE_STAMP.fullmatch(text) is not None
                                or is_date_line(text) is not None)


def _ages_in_any_words(ctx: Context, known: set[int]) -> list[int]:
    """The short lines, in words no list holds, that the page prints more than CARD_STAMPS
    times with only their number changing (`för 3 timmar sedan`): the cards' age."""
    texts = ctx.texts
    folded = {k: fold_digits(texts[k]) for k in ctx.short(BARE_STAMP_MAX)
              if k not in known and DIGIT_RUN.search(texts[k]) is not None and not ends_sentence(texts[k])}
    counts = Counter(folded.values())
    return [k for k, f in folded.items() if counts[f] > CARD_STAMPS]


def _card_head(texts: Sequence[str], group: list[int]) -> int:
    """1 when the first of a card's lines is its headline (more lines under it, no sentence's
    end: a long headline is no sentence of a teaser), else 0."""
    return 1 if len(group) > 1 and not ends_sentence(texts[group[0]]) else 0



# a card's author before its age: one to four capitalised words, `By` in front (a one-word byline
# word, capitalised: `By`, `Von`, `Por`), a dot or a bar after
_CARD_BY = words_alternation(tuple(w for w in BYLINE_WORDS if " " not in w and w.istitle() and w.lower() in BYLINE_WORDS))
_CARD_AUTHOR = compile_pattern(rf"(?:{_CARD_BY}[ \t]+)?(?:\p{{Lu}}[\p{{L}}'’.\-]{{0,20}}[ \t]+){{1,4}}(?:[·•|–—-][ \t]*)?", "")


_AUTHOR_LINE = "CS301"  # `By Ana Ruiz`, not a desk or a name beside a card's date
_DAY_WORDS = frozenset(lang_words("relative_days"))


class StoryCardsRule(Rule):
    """
    What it removes: every line left as text on a page that lists stories and holds
    none of them: a home page's teaser grid, search results, a topic's index. What
    is left there is one story card after another: a headline's teaser of a sentence
    or two, then the card's date or age, then the next card.
    Why: a page with no article yields no record, not a record of teasers.
    Example: `The new line will link the city centre with the eastern estates by 2029.`
    between `2 hours ago` and `3 hours ago`, card after card
    On a text page, cards that print no date are found by repetition, whatever their words:
    a short line printed once per card (a link's label, a byline's label, a date) at a steady
    period, only a headline and a teaser of one sentence between two prints (one card in more
    than three may hold two short sentences, unless a time of day heads each card: timed
    briefs), and under the last card at most a list of headlines (`Most read`).
    Example: `door Femke van Asten` and `Lees verder` under each of six headlines, nothing else
    Kept: an article of short paragraphs, two or more between its dates; a live blog's
    entries under its headline and byline; a paywalled article's one paragraph under its
    headline, standfirst and byline; a story of prose paragraphs over a list of such cards; a
    listicle of headed short sections under its headline, byline and lead-in; on a text page,
    timed briefs of one whole sentence each, each under its headline and its time of day alone
    on its line (a front's teaser is cut short, or stands under an age).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        texts, lens, findings = ctx.texts, ctx.lens, ctx.findings
        left = [i for i in range(len(texts)) if findings[i] is None]
        if not left or any(lens[i] > TEASER_MAX for i in left):
            return  # a paragraph longer than any teaser: an article
        if not ctx.doc.from_html and _timed_sentence_briefs(ctx, left):
            return  # briefs of whole sentences, each under its own time of day: a page of news, no front
        if _dated_cards(ctx, left):
            why = "a story card's teaser: the page lists stories and holds no article"
        elif not ctx.doc.from_html and _repeated_cards(ctx, left):  # (a text page: the markup has no say)
            why = "a story card's line: the page prints one card skeleton after another and holds no article"
        elif excerpt_index(ctx, left):  # (blog24) a blog's index of excerpts, each over its read-more link
            why = "a post's excerpt on a blog index: every post cut short over its read-more link, none in full"
        else:
            return
        for i in left:
            yield self.finding(i, why)


def _dated_cards(ctx: Context, left: list[int]) -> bool:
    """The lines left stand between the dates or ages of story cards, a teaser of one
    sentence at most under each headline."""
    texts, lens = ctx.texts, ctx.lens
    for i, j in zip(left, left[1:]):
        if j == i + 1 and lens[i] >= CARD_SENTENCE and lens[j] >= CARD_SENTENCE and ends_sentence(texts[i]) and ends_sentence(texts[j]):
            return False  # two sentences in a row: an article's text (cards put a date or a headline between)
    dated = [k for k in ctx.short(STAMP_MAX) if _stamp(texts[k])]  # every date or age on the page
    dated = sorted(dated + _ages_in_any_words(ctx, set(dated)))
    dated_set = set(dated)
    body = [i for i in left if i not in dated_set]
    if not body:
        return False
    # the dates among the cards, over the first teaser's headline and under the last teaser
    stamps = [k for k in dated if body[0] - CARD_LINES - 1 <= k < body[-1] + LAST_STAMP_REACH]
    # (when other rules took all cards but one, the page's other dates judge it with them)
    lone = len(dated) <= CARD_STAMPS
    if not stamps or len(stamps) < CARD_STAMPS and lone:
        return False
    # (a standfirst too short for a sentence may stand between the headline and its author line)
    first_prose = next((i for i in body if lens[i] >= CARD_SENTENCE), body[-1] + 1)
    for t in ctx.with_role(Role.TITLE):
        if t < body[0] and any(ctx.role(k) is Role.BYLINE and ctx.findings[k].code == _AUTHOR_LINE  # type: ignore[union-attr]
                               for k in range(t + 1, min(first_prose, t + 1 + BYLINE_REACH))):
            return False  # a headline over its author line (`By ...`) opens an article: a live blog's entries,
            # a paywalled article's one paragraph
    by_cut: dict[int, list[int]] = {}  # the text between two dates: one card
    for i in body:
        by_cut.setdefault(bisect_left(stamps, i), []).append(i)
    groups = list(by_cut.values())
    if len(groups) < CARD_STAMPS and lone:
        return False
    if len(groups) > CARD_STAMPS and groups[-1][0] > stamps[-1] and len(groups[-1]) <= CARD_LINES and \
            sum(lens[i] for i in groups[-1]) <= TEASER_MAX:
        groups.pop()  # a box after the last card (`Family notices` and its line): judged with the cards
    for g in groups:
        sentences = sum(sentence_breaks(texts[i]) + 1 for i in g[_card_head(texts, g):]
                        if lens[i] >= CARD_SENTENCE or ends_sentence(texts[i]))
        if len(g) > CARD_LINES or sentences > 1:
            return False  # two sentences in a row: an article's text, a brief
    return True


BRIEF_SENTENCE_WORDS = 12  # words of a sentence of news: a brief's one sentence, where a front's teaser is cut shorter
BRIEF_HEAD_MAX = 200  # characters of a brief's headline (two sentences, a quote in it)
BRIEF_LONG_SHARE = 4  # one brief in this many at least holds a sentence of BRIEF_SENTENCE_WORDS words or more
_BRIEF_HEAD_ROLES = frozenset({Role.TITLE, Role.RELATED, Role.TEASER})  # a brief's headline, as a rule may take it
_CUTS = ("…", "...")  # a teaser's end, cut short
BRIEF_PAGE_EDGE = 2  # lines left over the first brief or under the last (the page's name, a section's label)


def _timed_sentence_briefs(ctx: Context, left: list[int]) -> bool:
    """The lines left are timed briefs, not a front's cards: each brief's time of day alone on
    its line, right under its headline or right over it (the same side for every brief), then
    its text (or, brief25, the time right under its one line of text, under its headline): prose with the stopwords of a language, no teaser's cut (`…`, `...`) at its end;
    half of the texts whole sentences (a final full stop), a quarter of them BRIEF_SENTENCE_WORDS
    words or more (a sentence with its verb and objects; in a script with no word spaces, sixty
    characters). One brief in TIMED_BARE_SHARE may hold no such text (a line of its own, a
    sentence another rule took); a text the generic decisions dropped or read as a related
    headline, in the brief's text slot, is read as text all the same (seg9: its stop cut,
    short: ``_brief_text_open``). A front's teaser is a fragment that points to its story:
    cut, shorter, under an age (`3 hours ago`) more than a time of day."""
    texts, lens = ctx.texts, ctx.lens
    times = [i for i in clock_lines(ctx) if clock_alone(texts[i])]
    if len(times) < CARD_REPEATS:
        return False
    open_ = set(left)
    for head, text in ((-1, 1), (1, 2), (-2, -1)):  # the time under its headline, over it, or under its text
        units = [(t + head, _past_quote(ctx, t + text) if text > 0 else t + text) for t in times]
        if not all(0 <= h < len(texts) and (h in open_ or ctx.role(h) in _BRIEF_HEAD_ROLES) and lens[h] <= BRIEF_HEAD_MAX
                   and not texts[h].rstrip().endswith(_CUTS) for h, _ in units):
            continue
        prose = [b for _, b in units if _brief_text_open(ctx, b, open_) and not texts[b].rstrip().endswith(_CUTS)  # (a teaser cut short: a card's)
                 and _ANY_LIST.intersection(letter_words(texts[b]))
                 and (whole_sentence(texts[b]) or len(texts[b].split()) >= BRIEF_SENTENCE_WORDS)]
        # (ticker25: a time over its headline is its brief's, and so is a quote between its headline and text)
        covered = {k for u in units for k in u}.union(times if head > 0 else (), *(range(h + 1, b) for h, b in units if b > h))
        first, last = units[0][0], units[-1][1]
        if TIMED_BARE_SHARE * (len(units) - len(prose)) > len(units) or \
                any(first <= k <= last and k not in covered for k in left) or \
                sum(k < first or k > last for k in left) > BRIEF_PAGE_EDGE:
            continue  # a line between the briefs that is none of theirs (a card's label, a byline)
        whole = sum(ends_sentence(texts[b]) for b in prose)
        long_ = sum(len(texts[b].split()) >= BRIEF_SENTENCE_WORDS or lens[b] >= CARD_SENTENCE and CJK_CHAR.search(texts[b]) is not None
                    for b in prose)
        if 2 * whole >= len(units) and BRIEF_LONG_SHARE * long_ >= len(units):
            return True
    return False


def _brief_text_open(ctx: Context, b: int, open_: set[int]) -> bool:
    """Line ``b``, in a brief's text slot, is left open, or a generic decision dropped it or read
    it as a related headline (``_BRIEF_TEXT_DROPS``: a brief's one sentence, its source's stop cut,
    has a headline's shape; a short one scores low)."""
    if b in open_:
        return True
    f = ctx.findings[b] if 0 <= b < len(ctx.texts) else None
    return f is not None and f.code in _BRIEF_TEXT_DROPS


def _past_quote(ctx: Context, k: int) -> int:
    """Line ``k``, or the first line under it past a market's quote or a clip's length (a
    chrome rule's line, or the shape left open: under a brief's headline, over its text)."""
    n = len(ctx.texts)
    while k + 1 < n and (ctx.role(k) is Role.CHROME or ctx.findings[k] is None and market_quote(ctx.texts[k])):
        k += 1
    return k


CARD_REPEATS = 3  # cards a front needs: its per-card line printed this often at least
CARD_MIN_SPAN = 2  # lines from one print of a per-card line to the next: a headline between at least
CARD_SPAN = 6  # lines of one card, its per-card lines with it (a label, a headline, a teaser, a byline, a date, a link)
CARD_KEY_WORDS = 5  # words of a per-card line keyed by its first word (`door Femke de Vlieger`, `By Ada Linford`)


def _card_keys(ctx: Context, k: int) -> tuple[str, ...]:
    """What a per-card line keeps from one card to the next: its words with numbers folded
    (a link's label, `3 min`), its first word when short (a byline's label: `door`, `Von`), a
    date or age, the byline or date a rule found. A sentence is no per-card line."""
    text = ctx.texts[k]
    f = ctx.findings[k]
    keys = [f"<{f.code}>"] if f is not None and f.role in META_ROLES else []
    if len(text) > STAMP_MAX or ends_sentence(text):
        return tuple(keys)
    keys.append("=" + (fold_digits(text) if k in ctx.digit_blocks() else text).lower())  # (no digit: nothing to fold)
    ws = text.split()
    if 1 < len(ws) <= CARD_KEY_WORDS:
        keys.append("w:" + ws[0].lower())
    if _stamp(text):
        keys.append("<date>")
    return tuple(keys)


LOOSE_CARD_SENTENCES = 2  # sentences of a front's odd teaser (its source's lead cut after two short ones)
LOOSE_CARD_SHARE = 3  # more than this many cards for each such teaser; fewer: briefs, or a short page of stories
DATELINE_WORDS = 2  # words of a teaser's dateline before its first full stop (`Berlin.`, `COLUMBIA, S.C. (AP) —`)


def _teaser_sentences(text: str) -> int:
    """The sentences of a card's teaser, a dateline in front not counted as one."""
    n = sentence_breaks(text) + 1
    return n - 1 if n > 1 and len(text.split(". ", 1)[0].split()) <= DATELINE_WORDS else n


def _asks(text: str) -> bool:
    """``text`` ends on a question or an exclamation, a closing quote after it counted too
    (a headline that quotes a cry: `... victim: "We got her!"`)."""
    return text.rstrip().rstrip(CLOSERS)[-1:] in ("?", "!")


LISTED_HEADLINE_MAX = 200  # characters of a headline in a list under the cards (`Most read`): a long one, two clauses


def _listed_headline(text: str) -> bool:
    """A line of a list of headlines under a front's cards (`Most read`, `In focus`): no
    sentence's end (a question's or a cry's aside), a headline's length."""
    return len(text) <= LISTED_HEADLINE_MAX and (not ends_sentence(text) or _asks(text))


def _card_shaped(ctx: Context, lines: list[int], *, headed: bool, most: int = 1) -> bool:
    """A card's own lines (its per-card lines aside): a headline-shaped line (``headed``: one
    at least), then one teaser of ``most`` sentences at most; three lines at most."""
    texts, lens = ctx.texts, ctx.lens
    if len(lines) > CARD_LINES:
        return False
    # (a headline of two sentences, `X. Now, Y`, or a question: `Into nation building. We cool with that?`)
    heads = [k for k in lines if not ends_sentence(texts[k]) or _asks(texts[k])]
    if headed and not heads:
        return False
    rest = [k for k in lines if k not in heads[:1]]
    sentences = sum(_teaser_sentences(texts[k]) for k in rest if lens[k] >= CARD_SENTENCE or ends_sentence(texts[k]))
    return sentences <= most and sum(lens[k] for k in rest) <= TEASER_MAX


def _repeated_cards(ctx: Context, left: list[int]) -> bool:
    """The page is one card skeleton after another, whatever its words: a line printed once
    per card (a link's label, a byline's label, a date) recurs at a steady period of
    CARD_SPAN lines or fewer, and between two prints stand only a headline, one teaser of a
    sentence at most and the other per-card lines. Every line left stands among the cards,
    and no headline outside them has a byline of its own under it (an article's header)."""
    texts = ctx.texts
    for i, j in zip(left, left[1:]):
        if j == i + 1 and ends_sentence(texts[i]) and ends_sentence(texts[j]) and not _asks(texts[i]) and not _asks(texts[j]):
            # (two sentences in a row, no line keyed between them: one card's lines at least,
            # and no card holds two teaser sentences; the page needs no keying)
            return False
    n = len(texts)
    where: dict[str, list[int]] = {}
    keyed: list[tuple[str, ...]] = [()] * n
    for k in range(n):
        keyed[k] = _card_keys(ctx, k)
        for key in keyed[k]:
            where.setdefault(key, []).append(k)
    steady = [ps for ps in where.values() if len(ps) >= CARD_REPEATS
              and all(CARD_MIN_SPAN <= b - a <= CARD_SPAN for a, b in zip(ps, ps[1:]))]
    if not steady:
        return False
    anchors = max(steady, key=len)
    per_card = {key for key, ps in where.items() if len(ps) >= max(CARD_REPEATS, len(anchors) - 1)}
    period = max(b - a for a, b in zip(anchors, anchors[1:]))
    lo, hi = max(0, anchors[0] - period + 1), min(n, anchors[-1] + period)

    def own(ks: range, edge: bool) -> list[int]:
        return [k for k in ks if not per_card.intersection(keyed[k]) and (not edge or ctx.findings[k] is None)]

    if any(k < lo or k >= hi and not _listed_headline(texts[k]) for k in left):
        return False  # a line left outside the cards: an article's (under them, a list of headlines may go on)
    questions = loose = 0
    for a, b in zip(anchors, anchors[1:]):
        lines = own(range(a + 1, b), False)
        if not _card_shaped(ctx, lines, headed=True):
            if clock_alone(texts[a]) or not _card_shaped(ctx, lines, headed=True, most=LOOSE_CARD_SENTENCES):
                return False  # (under a time of day, a brief's text of two sentences: timed briefs, each a story)
            loose += 1  # a teaser of two short sentences (`Good morning! This is ...`), or one a dateline opens
        questions += ends_sentence(ctx.texts[lines[0]])
    if LOOSE_CARD_SHARE * loose >= len(anchors) - 1:
        return False  # cards of two sentences, card after card: briefs, each a story of its own
    if questions * 2 > len(anchors) - 1:
        return False  # a question over each answer: a Q&A, an FAQ (a front's headlines are seldom questions)
    if not _card_shaped(ctx, own(range(lo, anchors[0]), True), headed=False) or \
            not _card_shaped(ctx, own(range(anchors[-1] + 1, hi), True), headed=False):
        return False
    for t in ctx.with_role(Role.TITLE):
        if any(ctx.role(k) is Role.BYLINE and not per_card.intersection(keyed[k])
               for k in range(t + 1, min(n, t + 1 + BYLINE_REACH))):
            return False  # a headline over a byline printed once: an article's header
    return True


NOT_FOUND_HEAD = 40  # characters of an error page's heading (`Page not found`, `404`)
NOT_FOUND_TEXT = 1200  # characters left as text on an error page: its apology, its suggestions


class NotFoundRule(Rule):
    """
    What it removes: every line left as text on a site's error page: `Page not
    found` or `404` as its heading, an apology, what to try, suggested stories.
    Why: the scraper fetched a page that is gone; it holds no article, and a page
    with no article yields no record.
    Example: `Sorry, we couldn't find the page you were looking for.` under `Page not found`
    Kept: an article about a missing page (`Page not found: the archive that vanished`
    over paragraphs of text), and any page with a paragraph longer than an apology.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        texts, lens = ctx.texts, ctx.lens
        left = [i for i in range(len(texts)) if ctx.findings[i] is None]
        if not left or any(lens[i] > TEASER_MAX for i in left) or sum(lens[i] for i in left) > NOT_FOUND_TEXT:
            return  # (most pages: a paragraph longer than an apology, looked at before the heading)
        heads = [i for i in ctx.short(NOT_FOUND_HEAD) if texts[i].strip(" !.").lower() in NOT_FOUND]
        if not heads:
            return
        if any(t not in heads for t in ctx.with_role(Role.TITLE)):
            return  # a headline of an article the page still shows
        for i in left:
            yield self.finding(i, "the text of an error page (`Page not found`): no article")


NOT_FOUND_PAGE = NotFoundRule("CS504", "not-found-page",
                              "the apology and suggestions of an error page ('Page not found', '404')",
                              Role.BOILERPLATE, reads=EVERY_LABEL, shapes=True)
STORY_CARDS = StoryCardsRule("CS503", "story-cards",
                             "a page that only lists stories: teasers between their dates, no article",
                             Role.RELATED, reads=EVERY_LABEL, shapes=True)

RULES = (CONTENT,)


STORY_PAGE_TITLES = 2  # headlines of a page of several stories, where one story may be read poorly
STORY_KEEP_REACH = 3  # lines under a headline where its own byline or date stands
STORY_SENTENCE_WORDS = 4  # words of a dropped line that reads as a story's sentence
_DROPS = GENERIC_DROPS  # the generic decisions: content scoring and the block model


class StoryTextRule(Rule):
    """
    What it removes: nothing; it brings back the text of a story that lost all of it.
    Why: on a page of several stories, a story under its own headline, with its own byline or
    date under it (or its date right over it, as a page that prints each date first has it; or
    the stamp the page prints at each of its headlines: a short line with a number right over
    or under each, the same first words, its number changing, `kl. 9.12`),
    whose every paragraph the generic decisions (content scoring, the block model) dropped, is a story they read poorly (another language, short paragraphs), not
    furniture: when unsure, its text stays. Its lines that read as sentences come back when
    STORY_LINES or more stand between its headline and the next.
    Example: four short Swedish sentences under `Klubben vädjar om hjälp` and its date and
    byline, the second of two stories on the page (brought back)
    A brief of one sentence comes back too when the separator the page prints between its
    stories (`* * *`, `◆ ◆ ◆`) stands over its headline and under its sentence; and under a
    header of its own between two prints of that separator (the first story: over the first),
    or under the header the page prints over other stories' kept text, whatever the generic
    decisions dropped up to the separator comes back, even one word (`Claim`).
    On an HTML page that kept no text at all, what the markup calls a comment section comes
    back when MIN_BODY_CHARS or more of it is prose: a comment thread stands under an
    article, and a page whose every kept line would be a "comment" took a class word of its
    article's wrapper (`comments-open`, a forum post's `reply`) for one.
    Kept: a story card's one teaser under its headline and date, and teasers with a kicker or
    a label between them, stay dropped; lines a named rule took (captions, credits, teasers)
    are never brought back, and the run stops at a story list or a comment count; a comment
    thread under an article that kept any line of its own stays out.
    A page whose every story header (a headline over its byline or date) has a line right
    over its headline that the story prints again under the header (one of its sentences), the
    first story's with no text of the page over it, prints each story's deck first
    (``decks.decks_over_heads``): each deck is its story's text, the story's first line (the
    segmenter opens the story there), not a story of its own nor the last paragraph of the
    story above.
    Kept: a line over a headline that the story under it does not print again (the last
    paragraph of the story above, a site's tagline over the first story) stays where it stands.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        yield from self.lost_page(ctx)
        titles = ctx.with_role(Role.TITLE)
        if len(titles) < STORY_PAGE_TITLES:
            return  # (a single story: the generic decisions placed its text)
        fs = ctx.findings
        for k in decks_over_heads(ctx, titles):
            yield self.finding(k, DECK_OVER_HEAD, role=Role.CONTENT, priority=self.outranking(fs[k]))
        ends = [*titles[1:], len(ctx.texts)]
        skeleton = skeletons(fs, titles, ends)
        back = list(self._stories(ctx, titles, ends, skeleton))
        yield from back
        if not back:
            return
        # (a header whose stories all lost their text is the page's skeleton too once one of
        # them came back: the stories under it read again, as under a header over kept text)
        view = list(fs)
        for f in back:
            view[f.block] = None
        again = skeletons(view, titles, ends)
        for t, end in zip(titles, ends):
            if again[t] and not skeleton[t] and not kept_text(view, t, end) \
                    and len(run := _lost_run(ctx, t, end, again[t] < SIGNATURE_MIN)) >= STORY_LINES:
                for k in run:
                    yield self.finding(k, "a line of a story under the header the page prints over each story",
                                       role=Role.CONTENT, priority=fs[k].priority + 1)  # type: ignore[union-attr]

    def _stories(self, ctx: Context, titles: list[int], ends: list[int], skeleton: dict[int, int]) -> Iterator[Finding]:
        """Each story's lost text that comes back, as :meth:`check` reads it (its first pass)."""
        fs = ctx.findings
        stamped = _stamped_titles(ctx, titles)
        for t, end in zip(titles, ends):
            if fs[t].reason == ALTERNATING_BRIEF:  # type: ignore[union-attr]
                k = _lost_brief_text(ctx, t, end)
                if k is None:
                    k = _lead_in_text(ctx, t, end, titles)
                if k is not None:
                    yield self.finding(k, "the text of a brief the page alternates with its headline, one line each",
                                       role=Role.CONTENT, priority=fs[k].priority + 1)  # type: ignore[union-attr]
                continue
            if fs[t].reason == TIMED and (k := _lost_timed_text(ctx, t, end)) is not None:  # type: ignore[union-attr]
                yield self.finding(k, "the one sentence of a timed brief, under its headline and time",
                                   role=Role.CONTENT, priority=fs[k].priority + 1)  # type: ignore[union-attr]
                continue
            if fs[t].reason == TIMED and _times_vary(ctx) and (run := _lost_timed_run(ctx, t, end)):  # type: ignore[union-attr]
                for k in run:
                    yield self.finding(k, "the text of a timed brief, between its headline and the next brief's time",
                                       role=Role.CONTENT, priority=fs[k].priority + 1)  # type: ignore[union-attr]
                continue
            if skeleton[t] and len(run := _lost_run(ctx, t, end, skeleton[t] < SIGNATURE_MIN)) >= STORY_LINES:
                # (under the header the page prints over another story's kept text: its story's)
                for k in run:
                    yield self.finding(k, "a line of a story under the header the page prints over each story",
                                       role=Role.CONTENT, priority=fs[k].priority + 1)  # type: ignore[union-attr]
                continue
            roles = {fs[k].role for k in range(t + 1, min(end, t + 1 + STORY_KEEP_REACH)) if fs[k] is not None}  # type: ignore[union-attr]
            if t and (over := fs[t - 1]) is not None and over.role is Role.DATE:
                roles.add(Role.DATE)  # (its date right over it: the header of a page that prints each date first)
            separated = fs[t].reason == SEPARATED  # type: ignore[union-attr]  # (under the separator between stories)
            if Role.BYLINE not in roles and Role.DATE not in roles and not skeleton[t] and t not in stamped and not separated:
                continue  # (no byline or date of its own, nor a header other stories print: a list's headline)
            lines = _lost_story(ctx, t, end)
            if len(lines) == 1 and (decked := _deck_and_copy(ctx, lines[0], end)):
                # (its one sentence printed again as the paragraph under its header: the story's
                # standfirst and its text, not a card's one teaser)
                for k in decked:
                    yield self.finding(k, "a story's standfirst, printed again as its text, under its own header",
                                       role=Role.CONTENT, priority=fs[k].priority + 1)  # type: ignore[union-attr]
                continue
            if len(lines) >= STORY_LINES or lines and (separated or separator_over(ctx, t)) and (
                    end == len(ctx.texts) or ctx.texts[end - 1] == ctx.texts[t - 1]):
                # (one sentence between two prints of the separator the page prints between its
                # stories: a brief, not a card's teaser)
                for k in lines:
                    yield self.finding(k, "a sentence of a story under its own header that lost all its text",
                                       role=Role.CONTENT, priority=fs[k].priority + 1)  # type: ignore[union-attr]
                continue
            if skeleton[t] or separated or separator_over(ctx, t) or _dated_under_separator(ctx, t) or \
                    t == titles[0] and end < len(ctx.texts) and (separator_over(ctx, end) or _dated_under_separator(ctx, end)):
                # (under the header the page prints over other stories' kept text, or under its own
                # byline or date between two prints of the separator the page prints between its
                # stories (the first story: over it alone; seg12: or the date between), a short text
                # that runs to that separator: its own, even of one word, `Claim`)
                for k in _bounded_story(ctx, t, end):
                    yield self.finding(k, "the short text of a story under the header the page prints over each story, up to the next story",
                                       role=Role.CONTENT, priority=fs[k].priority + 1)  # type: ignore[union-attr]


    def lost_page(self, ctx: Context) -> Iterator[Finding]:
        """An HTML page that kept nothing: the blocks that the markup's comment-section verdict
        took out come back, when MIN_BODY_CHARS or more of theirs is prose (blocks of PROSE_CHARS
        or more). All of the section's lines, not its prose alone: it is the article's wrapper
        (on the check halves the two tie, 2.8129 against 2.8134 summed: content wins ties)."""
        fs, lens = ctx.findings, ctx.lens
        if not ctx.doc.from_html or any(f is None or f.role is _CONTENT for f in fs):
            return
        lost = [k for k, f in enumerate(fs) if f is not None
                and f.code == STRUCTURE.code and f.reason == COMMENT_SECTION]
        if sum(lens[k] for k in lost if lens[k] >= PROSE_CHARS) < MIN_BODY_CHARS:
            return
        for k in lost:
            yield self.finding(k, "a page that kept no other text: the lines of what its markup calls a comment section",
                               role=Role.CONTENT, priority=fs[k].priority + 1)  # type: ignore[union-attr]


def _separator(ctx: Context, k: int) -> bool:
    """Line ``k`` has no letter or digit (`* * *`, `· · ·`) and the page prints it PATTERN_MIN
    times or more: the separator between its stories."""
    t = ctx.texts[k]
    return ctx.lens[k] <= SEPARATOR_MAX and not any(map(str.isalnum, t)) and ctx.text_counts()[t] >= PATTERN_MIN


def _dated_under_separator(ctx: Context, t: int) -> bool:
    """(seg12) Right over headline ``t`` stands its date, and right over that the separator the
    page prints between its stories: the period `separator, date, headline` of a dated feed."""
    return t > 1 and (f := ctx.findings[t - 1]) is not None and f.role is Role.DATE and separator_over(ctx, t - 1)


def _bounded_story(ctx: Context, t: int, end: int) -> list[int]:
    """Every line the generic decisions dropped under headline ``t`` (past its header's lines;
    a picture's lines and advert markers aside), when the run ends at the separator the page
    prints between its stories (before ``end``, the next headline); none when some of its text
    stands, a teaser, a related link, a story list or a comment prompt stands in it, or the
    run ends at anything else."""
    fs = ctx.findings
    lines: list[int] = []
    for k in range(t + 1, end):
        f = fs[k]
        if f is None or f.role is _CONTENT or f.code in _STOP_CODES or f.role in _BREAKS:
            return []
        if _separator(ctx, k):
            return lines
        if f.code in _DROPS:
            lines.append(k)
        elif lines and f.code not in INSIDE_CHROME and f.role not in _INSIDE_TEXT:
            return []
    return []


def _stamped_titles(ctx: Context, titles: list[int]) -> frozenset[int]:
    """The headlines with a stamp of their own right over or right under them: a short line with
    a number (a time, a date: `kl. 14.10`, `18:05`) whose first words, numbers folded, the page
    prints at the same place by PATTERN_MIN headlines or more, its numbers changing from print
    to print. The page's per-story skeleton, a header the labels may not name (a time in a
    locale's clock the date rules do not read): a story's own, as a byline or a date is."""
    texts, n = ctx.texts, len(ctx.texts)
    got: set[int] = set()
    for step in (-1, 1):
        at: dict[str, list[int]] = {}
        for t in titles:
            k = t + step
            if 0 <= k < n and ctx.lens[k] <= STAMP_CHARS and DIGIT_RUN.search(texts[k]) is not None:
                at.setdefault(line_key(texts[k]), []).append(t)
        for heads in at.values():
            if len(heads) >= PATTERN_MIN and len({texts[t + step].strip() for t in heads}) > 1:
                got.update(heads)
    return frozenset(got)


STAMP_CHARS = 40  # characters of a story's stamp line at most (a time, a date with its weekday)


_BRIEF_TEXT_ENDS = frozenset({_CONTENT, Role.RELATED, Role.TEASER, Role.BOILERPLATE})
_BRIEF_TEXT_DROPS = frozenset({"CS205", *_DROPS})  # a brief's one line read as a related headline, or dropped


def _lost_brief_text(ctx: Context, t: int, end: int) -> int | None:
    """The one line under an alternating brief's headline ``t`` (what `_alternating_briefs`
    paired with it) when a generic decision or the related-headline rule dropped it and only
    template lines (a copyright, a separator) stand under it before the next headline: a
    brief's text, which the page pairs with its headline."""
    fs = ctx.findings
    k = next((j for j in range(t + 1, end) if LETTER_RUN.search(ctx.texts[j])), None)  # (past a separator)
    if k is None or fs[k] is None or fs[k].role is _CONTENT or fs[k].code not in _BRIEF_TEXT_DROPS:  # type: ignore[union-attr]
        return None
    if any(fs[j] is None or fs[j].role in _BRIEF_TEXT_ENDS for j in range(k + 1, end)):  # type: ignore[union-attr]
        return None  # (some of its text stands, or a list's items stand under it: a list's heading over its first)
    return k


def _lead_in_text(ctx: Context, t: int, end: int, titles: list[int]) -> int | None:
    """(seg12) The line right under an alternating brief's headline ``t`` (before ``end``) that a
    generic decision or the related-headline rule dropped, when it opens on a lead-in (`PARIS. —`)
    as the line under every other alternating brief's headline (PATTERN_MIN or more) does: the
    digest's period, whatever stands under it (the page's story list under its last brief)."""
    fs, texts = ctx.findings, ctx.texts
    k = t + 1
    if k >= end or (f := fs[k]) is None or f.code not in _BRIEF_TEXT_DROPS or not opens_on_lead_in(texts[k]):
        return None
    others = [h for h in titles if h != t and (g := fs[h]) is not None and g.reason == ALTERNATING_BRIEF]
    n = len(texts)
    return k if len(others) >= PATTERN_MIN and all(h + 1 < n and opens_on_lead_in(texts[h + 1]) for h in others) else None


def _lost_timed_text(ctx: Context, t: int, end: int) -> int | None:
    """The line under a timed brief's headline ``t`` and its time (the time alone on its line
    under the headline or over it) when the related-headline rule or a generic decision dropped
    it, as ``_lost_brief_text`` asks: a whole sentence (or BRIEF_SENTENCE_WORDS words) with no
    line of text under it before the next brief (a line of its own under the time stays out)."""
    k = t + 1
    if k < end and clock_alone(ctx.texts[k]):
        k += 1  # (past the time under the headline)
    if k >= end or not (whole_sentence(ctx.texts[k]) or ctx.nwords(k) >= BRIEF_SENTENCE_WORDS):
        return None
    return _lost_brief_text(ctx, k - 1, end)


_TIMED_DROPS = frozenset({"CS503", *_BRIEF_TEXT_DROPS})  # ...and a story card's teaser: the page's times say briefs
_TIMED_HEADER = frozenset({Role.BYLINE, Role.DATE, Role.CAPTION, Role.CREDIT})  # a brief's own header and picture
TIMED_TAIL_WORDS = 8  # words of a line under the last timed brief that is its text (a page's `Watch live` is shorter)


def _timed_template(ctx: Context, k: int) -> bool:
    """Line ``k``, between two timed briefs' headlines, is the template's: a line a rule names
    inside a story (a market's quote, a clip's length), a clock time alone or with its label (the
    next brief's time over its headline, or this one's under its text), a line the page prints again word for word,
    or one whose first words (numbers folded) the page prints again that is no sentence."""
    f = ctx.findings[k]
    t = ctx.texts[k]
    return f is not None and f.code in INSIDE_CHROME or labelled_clock(t) or ctx.text_counts()[t] >= PATTERN_MIN or \
        line_keys(ctx)[line_key(t)] >= PATTERN_MIN and not _story_sentence(ctx, k)


def _times_vary(ctx: Context) -> bool:
    """(seg12) The times right over or under the page's headlines (``labelled_clock`` lines) are
    PATTERN_MIN different ones at least:
    each brief's own stamp, its number changing from print to print (one time printed over every
    headline is a template's label, no brief's stamp). Once per page."""
    got = ctx.page_memo.get("times_vary")
    if not isinstance(got, bool):
        texts, n = ctx.texts, len(ctx.texts)
        times = {texts[k].strip() for t in ctx.with_role(Role.TITLE) for k in (t - 1, t + 1)
                 if 0 <= k < n and ctx.lens[k] <= LABELLED_CLOCK_MAX and labelled_clock(texts[k])}
        got = ctx.page_memo["times_vary"] = len(times) >= PATTERN_MIN
    return got


def _lost_timed_run(ctx: Context, t: int, end: int) -> list[int]:
    """(seg12) Every line the generic decisions (or the story-card step) dropped under a timed
    brief's headline ``t`` up to ``end`` (the next brief's headline), the template's lines aside
    (``_timed_template``): the page prints one brief per time, so what stands between two of its
    headlines, past their skeleton, is the brief's text (a line of no full stop among its lines;
    one line alone when it is a sentence of news, BRIEF_SENTENCE_WORDS words: a shorter one is a
    card's teaser or a list's item).
    Under the last brief (``end`` the page's end) the run stops at its first short line that is
    no sentence (the page's `Watch live` under it), and none comes back when text is kept under
    that line (another story, its headline missed); its byline, date and a picture's lines are
    passed over. None when some of its text stands, or a line another rule took (a teaser, a
    related link) stands among them."""
    fs, n = ctx.findings, len(ctx.texts)
    run: list[int] = []
    for k in range(t + 1, end):
        f = fs[k]
        if f is None or f.role is _CONTENT:
            return []  # (some of its text stands)
        if f.role in _TIMED_HEADER or _timed_template(ctx, k):
            continue  # (its byline or date, a picture's lines, the template's)
        if f.code not in _TIMED_DROPS:
            return []
        if end == n and not (_story_sentence(ctx, k) or ctx.nwords(k) >= TIMED_TAIL_WORDS):
            # (the page's closing lines under the last brief; text kept further down: a story
            # whose headline no step found, not the page's end)
            return [] if kept_text(fs, k, end) else run
        run.append(k)
    if len(run) == 1 and ctx.nwords(run[0]) < BRIEF_SENTENCE_WORDS:
        return []  # (one short line: a card's teaser, or a list's item under its heading read as a headline)
    return run


_BREAKS = frozenset({Role.TEASER, Role.RELATED})  # a story's own text ends at a teaser or a related link
_INSIDE_TEXT = frozenset({Role.CAPTION, Role.CREDIT})  # a picture's lines stand between a story's paragraphs


def _ends_run(f: Finding, started: bool) -> bool:
    """A dropped story run ends at a stop code, a teaser or a related link, and under its first
    line (``started``) at any line no generic decision dropped but a picture's or an advert marker."""
    return f.code in _STOP_CODES or f.role in _BREAKS or started and f.code not in _DROPS and \
        f.code not in INSIDE_CHROME and f.role not in _INSIDE_TEXT


def _walk_run(ctx: Context, t: int, end: int, take: Callable[[int, bool], bool | None]) -> list[int]:
    """The lines the generic decisions dropped under headline ``t``, up to ``end`` or the run's
    end (``_ends_run``), that ``take(k, started)`` takes (True), passes over (False) or stops at
    (None); none when some of the story's text stands."""
    fs = ctx.findings
    lines: list[int] = []
    for k in range(t + 1, end):
        f = fs[k]
        if f is None or f.role is _CONTENT:
            return []  # (some of its text stands)
        if _ends_run(f, bool(lines)):
            break  # (under its first sentence, only pictures and advert markers stand inside a story)
        if f.code in _DROPS:
            step = take(k, bool(lines))
            if step is None:
                break
            if step:
                lines.append(k)
    return lines


def _story_sentence(ctx: Context, k: int) -> bool:
    """Line ``k`` is one of a story's sentences: it ends like one and has STORY_SENTENCE_WORDS words."""
    return ends_sentence(ctx.texts[k]) and ctx.nwords(k) >= STORY_SENTENCE_WORDS


def _lost_story(ctx: Context, t: int, end: int) -> list[int]:
    """The run of sentences the generic decisions dropped under headline ``t`` (captions, credits
    and advert markers between), up to ``end``, a line of theirs that is no sentence, a story
    list, a comment count, a teaser or a related link; none when some of its text stands."""
    # (a line that is no sentence ends the run: a card's kicker, a list's label)
    return _walk_run(ctx, t, end, lambda k, started: True if _story_sentence(ctx, k) else None if started else False)


def _lost_run(ctx: Context, t: int, end: int, thin: bool) -> list[int]:
    """Every line the generic decisions dropped under headline ``t`` as ``_lost_story`` reads
    its run (sentences or not: a fact check's `Claim`, `Rating`), when a sentence is among them;
    none when some of its text stands. A line of the template (its first words printed again
    on the page, no sentence: `Written by`, `Filed under: ...`, `7 comments`) is the header's
    over the run and ends it under (the page's closing lines under its last story). Under a
    ``thin`` header (one line, a date: a card's too) a line of one word ends the run (an
    index's letter), and the run ends at its last sentence."""
    texts = ctx.texts
    keys = line_keys(ctx)

    def take(k: int, started: bool) -> bool | None:
        if keys[line_key(texts[k])] >= PATTERN_MIN and not _story_sentence(ctx, k):
            return None if started else False
        if thin and started and ctx.nwords(k) < PATTERN_MIN or _card_under(ctx, k, end):
            return None
        return True

    lines = _walk_run(ctx, t, end, take)
    last = next((j for j in range(len(lines) - 1, -1, -1) if _story_sentence(ctx, lines[j])), None)
    return [] if last is None else lines[:last + 1] if thin else lines


_COPY_CODE = "CS415"  # a paragraph printed again a few lines under its first copy


def _deck_and_copy(ctx: Context, d: int, end: int) -> list[int]:
    """The text of a story whose one dropped sentence ``d`` under its headline (its standfirst)
    the page prints again before ``end`` as a paragraph under the story's header (the copy
    ``CS415`` took): ``d`` and the story sentences the generic decisions dropped right over and
    right under that copy (past a picture's lines and advert markers); none when there is no
    such copy, or some of the story's text stands between."""
    texts, fs = ctx.texts, ctx.findings
    copy = next((j for j in range(d + 1, end) if (f := fs[j]) is not None and f.code == _COPY_CODE
                 and texts[j] == texts[d]), None)
    if copy is None:
        return []
    over: list[int] = []
    for k in range(copy - 1, d, -1):
        f = fs[k]
        if f is None or f.role is _CONTENT:
            return []  # (some of its text stands)
        if f.code in _DROPS and _story_sentence(ctx, k):
            over.append(k)
        elif f.code not in INSIDE_CHROME and f.role not in _INSIDE_TEXT:
            break
    under = _walk_run(ctx, copy, end, lambda k, started: True if _story_sentence(ctx, k) else None if started else False)
    return [d, *over[::-1], *under]


def _card_under(ctx: Context, k: int, end: int) -> bool:
    """Line ``k`` is headline-shaped (FULL_HEADLINE_WORDS words) over a dropped sentence
    (before ``end``): a story card's headline and teaser, where a story's own run ends."""
    j = k + 1
    if j >= end or ctx.heading_words(k) < FULL_HEADLINE_WORDS:
        return False
    f = ctx.findings[j]
    return f is not None and f.code in _DROPS and _story_sentence(ctx, j)


STORY_TEXT = StoryTextRule("CS506", "story-text",
                           "a story under its own headline and header that lost all its text keeps its sentences",
                           Role.BOILERPLATE, fix_safe=False, emits=(Role.CONTENT,), reads=EVERY_LABEL, shapes=True)


_HEADING_LEVEL: dict[str | None, int] = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
ORPHAN_HEADING_WORDS = 15  # words of a heading at most (content.HEADLINE_WORDS' top): a longer one is a deck or a paragraph


class OrphanHeadingRule(Rule):
    """
    What it removes: on an HTML page, a heading (`<h2>`-`<h6>`) that heads nothing the page
    keeps: the other blocks of the element that holds it, or every block under it up to the
    next heading of its rank or higher, were taken out (a list of other stories, a newsletter
    box, a link rail), or it stands under the article's last kept paragraph with no text of
    its own.
    Why: a section's heading belongs to its section; once the decisions took the section out,
    the heading alone is the rail's or the box's label left in the article's text.
    Example: `Das könnte dich auch interessieren` over a list of teasers the rules removed
    Kept: a subheading over kept paragraphs, a heading over a subheading that heads kept text,
    a deck set as a heading (the reader's standfirst), a separator set as a heading (`___`, no
    letters), and any heading of a text page.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        blocks = ctx.doc.blocks
        if not ctx.doc.from_html:
            return  # (a text page: no markup says what a heading heads)
        fs = ctx.findings
        levels = list(map(_HEADING_LEVEL.get, ctx.hint_columns().tag))  # (no tag: no level; in C)
        kept = [f is None or f.role is _CONTENT for f in fs]
        n = len(blocks)
        # the last kept block that is no heading: under it, a kept heading heads no text
        last_text = next((k for k in range(n - 1, -1, -1) if kept[k] and levels[k] is None), -1)
        for i, level in enumerate(levels):
            if level is None or level == 1 or not kept[i] or blocks[i].hints.get("standfirst") \
                    or ctx.nwords(i) > ORPHAN_HEADING_WORDS or LETTER_RUN.search(ctx.texts[i]) is None:
                continue  # (a line of no letters is the page's separator, not a section's heading)
            span = blocks[i].hints.get("parent_span")
            if span is not None and span[1] > i + 1 and not any(kept[k] for k in range(i + 1, span[1])):
                f = fs[i]
                yield self.finding(i, "a heading whose element's other blocks were all taken out",
                                   priority=self.outranking(f))
                continue
            taken, j = 0, i + 1
            while j < n and not (levels[j] is not None and levels[j] <= level):  # type: ignore[operator]
                if kept[j] and levels[j] is None:
                    break  # (it heads kept text)
                taken += not kept[j]
                j += 1
            else:
                if taken or i > last_text:
                    f = fs[i]
                    yield self.finding(i, "a heading over blocks all taken out" if taken else
                                       "a heading under the article's last kept text, heading none",
                                       priority=self.outranking(f))


ORPHAN_HEADING = OrphanHeadingRule("CS508", "orphan-heading",
                                   "a heading whose box or section was all taken out, or that heads no text under the article's end",
                                   Role.BOILERPLATE, fix_safe=False, reads=EVERY_LABEL, shapes=True)


NOTICE_LONG_CHARS = 200  # a paragraph of the article's text: a box under the last one is the site's
NOTICE_WORDS = 40  # words of a box's line at most: a longer block is a paragraph
BOX_BLOCKS = 3  # blocks of the box at least: its line and two links or buttons (one link is the text's own)
BUTTON_LINKS = 0.5  # link density of a link's block: mostly link text
BUTTON_WORDS = 3  # words of a button's label at most (`Subscribe`, `Donate now`)
TAIL_BOX_TITLE_WORDS = 8  # words of a box's heading at most (`A Word to Our Readers`, `Die Autorin`)
TAIL_BOX_NOTES = 3  # kept blocks under the box's heading at most: a line or two and a consent line
TAIL_BOX_CHARS = 700  # characters of those blocks at most: a pitch, a bio or a note, not a section of the story
TAIL_TRAILER = 3  # short kept blocks under the closing box at most: a credit line, an agency, a "found an error?" line


class NoticeBoxRule(Rule):
    """
    What it removes: on an HTML page, a block the decisions kept inside an element whose class
    or id words name a notice the template prints under every article (``io.html``'s notice
    words: a licence or copyright line, a disclaimer, the author's bio, a donation or
    call-to-action box), when the element holds little text; and under the article's last long
    paragraph, a short line whose element's other blocks (two or more) were all taken out and
    are links or buttons (a box's prompt over its links); and the box that closes the kept text:
    a short heading (no sentence) over a line or two, the box's first kept block its heading,
    nested deeper under the text container than the article's last long paragraph (a newsletter
    pitch, the author's bio, a partner's note, a liveblog's teaser after the story), also when a
    few short lines at the story's depth stand under it (a credit line, a "found an error?"
    line: they are not the box's) and when the box's own text is its heading.
    Why: the site's template sets these boxes inside the article's text container; the markup
    names them, or their shape does; the text is the site's, not the story's.
    Example: `<p class="license">This text is published under CC BY-NC-ND 4.0 ...</p>` under the
    last paragraph
    Example: `<div class="card"><h4>Something to Consider</h4><p>If you enjoyed this article ...</p></div>`
    nested in the story's column under its last paragraph
    Kept: the article's own last paragraph (no notice in its markup, its element holds the
    article's kept paragraphs), any block of a text page, the story's last section under its
    subheading at the depth of its paragraphs (or deeper than the box), the last of a run of like
    cards (a product's features, a recipe's steps), a page with no container,
    a box with more text than a notice holds (``io.html.PROMO_MAX_CHARS``: the article's wrapper).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        blocks = ctx.doc.blocks
        if not ctx.doc.from_html:
            return  # (a text page: no markup names a box)
        fs = ctx.findings
        kept = [f is None or f.role is _CONTENT for f in fs]
        last_long = next((k for k in range(len(blocks) - 1, -1, -1) if kept[k] and len(ctx.texts[k]) >= NOTICE_LONG_CHARS), -1)
        tail = _tail_boxes(ctx, kept)
        cols = ctx.hint_columns()
        for i, (f, span, notice) in enumerate(zip(fs, cols.parent_span, cols.notice)):
            if i in tail:
                yield self.finding(i, "a box's heading and note closing the kept text, nested under the article's last paragraph",
                                   priority=self.outranking(f))
                continue
            if kept[i] and i > last_long >= 0 and _box_prompt(ctx, kept, i, span):
                yield self.finding(i, "a line in a box of links or buttons under the article's last long paragraph",
                                   priority=self.outranking(f))
                continue
            if notice and (f is None or f.role is _CONTENT):
                yield self.finding(i, "inside a licence, disclaimer, bio or donation box (its markup says so)",
                                   priority=self.outranking(f))


def _box_prompt(ctx: Context, kept: list[bool], i: int, span: tuple[int, int] | None, least: int = BOX_BLOCKS) -> bool:
    """Whether kept block ``i`` is a box's prompt over its links: NOTICE_WORDS words at most, in an
    element of ``least`` blocks or more (BOX_BLOCKS) whose other blocks were all taken out and are
    links or buttons (mostly link text, or BUTTON_WORDS words at most)."""
    if span is None or span[1] - span[0] < least:
        return False
    first, end = span
    if _kept_in(kept, first, i) or _kept_in(kept, i + 1, end):
        return False  # (the cheap test first: most elements hold other kept blocks)
    blocks = ctx.doc.blocks
    return ctx.nwords(i) <= NOTICE_WORDS and all(
        blocks[k].hints.get("link_density", 0) >= BUTTON_LINKS or ctx.nwords(k) <= BUTTON_WORDS
        for k in range(first, end) if k != i)


def _kept_in(kept: list[bool], start: int, end: int) -> bool:
    """Whether a block in ``start:end`` was kept (a search from ``start`` that stops at the first)."""
    try:
        kept.index(True, start, end)
    except ValueError:
        return False
    return True


# blocks of a box whose line ends no sentence, at least: a label over a single link or button (a
# sentence over one link is the story's own, citing it)
LABEL_BLOCKS = 2
LIST_LABEL_WORDS = 12  # words of a list's label set as a line at most (`More Great Stories`, `Diese Artikel könnten Sie interessieren`)
LIST_LABEL_LINKS = 0.5  # link density: under it the label is text; at it or over, the block under the label is a link
LIST_LABEL_TAGS = frozenset(("p", "div"))  # a label set as a line of its own (not a list's item, a table's cell, a <br> line)
LEAD_IN_MARKS = (":", "：")  # a line that ends on a colon leads into what follows (the story's sources, its own links)
ATTRIBUTION_MARKS = ("—", "–", "-")  # a line that opens on a dash signs what stands above it (a quote's source, a letter's writer)


class BoxPromptRule(Rule):
    """
    What it removes: on an HTML page, once every decision is made, a short kept line (NOTICE_WORDS
    words at most) between the story's paragraphs, under the page's first kept block and above its
    last long one (NOTICE_LONG_CHARS characters), whose element holds BOX_BLOCKS blocks or more
    (LABEL_BLOCKS for a line that ends no sentence: a label over a single link or button) and whose
    other blocks were all taken out and are links or buttons: a box's prompt over its links.
    Why: a template sets boxes of other stories among the story's paragraphs (a "more on this" box
    over linked cards, a list of the site's other columns, a table of contents); the decisions take
    the links out and keep the prompt, a short line that reads as text. The markup shows the box it
    heads: an element that holds nothing else the page keeps. Under the last long paragraph,
    ``CS509`` takes the same line.
    Also, anywhere on the page, a kept line set as a paragraph or a ``<div>`` of LIST_LABEL_WORDS
    words at most, with little link text, that ends no sentence and stands straight over a link the
    decisions took out: the label of a list of other stories, of the page's topics or of a shop's
    button, whatever element holds it.
    Example: `Mehr zum Thema:` in a ``<div>`` over three linked headlines, each with an author line,
    between two of the story's paragraphs
    Example: `More Great Stories` in a ``<div>`` over a list of linked headlines under the story
    Kept: the page's first kept block (the story's lead, whose element may hold its share
    buttons), a line whose element holds a block the decisions kept (a lead-in over the story's
    own text), a sentence over a single link (the story's own, citing it), a box's line on a page
    with no long paragraph, and every line of a text page; over a link, a line that ends on a colon (a lead-in
    to the story's own links or sources), one that opens on a dash (a quote's or a letter's
    signature), a list's item, a table's cell and a ``<br>`` line.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.doc.from_html:
            return  # (a text page: no markup says what a line heads)
        fs = ctx.findings
        kept = [f is None or f.role is _CONTENT for f in fs]
        longs = [k for k, x in enumerate(kept) if x and ctx.lens[k] >= NOTICE_LONG_CHARS]
        boxed: set[int] = set()
        if longs:
            first = kept.index(True)  # (the story's lead: never a box's prompt)
            spans = ctx.hint_columns().parent_span
            for i in compress(range(first + 1, longs[-1]), kept[first + 1:longs[-1]]):
                if _box_prompt(ctx, kept, i, spans[i], BOX_BLOCKS if ends_sentence(ctx.texts[i]) else LABEL_BLOCKS):
                    boxed.add(i)
                    yield self.finding(i, "a line in a box of links or buttons between the story's paragraphs",
                                       priority=self.outranking(fs[i]))
        yield from self._list_labels(ctx, kept, boxed)  # (on any page with markup: a label needs no long paragraph)

    def _list_labels(self, ctx: Context, kept: list[bool], boxed: set[int]) -> Iterator[Finding]:
        """The kept lines that label a link the decisions took out straight under them."""
        blocks, fs, tags = ctx.doc.blocks, ctx.findings, ctx.hint_columns().tag
        for i in range(len(blocks) - 1):
            if not kept[i] or kept[i + 1] or i in boxed or tags[i] not in LIST_LABEL_TAGS \
                    or blocks[i + 1].hints.get("link_density", 0) < LIST_LABEL_LINKS \
                    or blocks[i].hints.get("link_density", 0) >= LIST_LABEL_LINKS:
                continue
            text = ctx.texts[i].strip()
            if ctx.nwords(i) > LIST_LABEL_WORDS or ends_sentence(text) or text.endswith(LEAD_IN_MARKS) \
                    or text.startswith(ATTRIBUTION_MARKS) or LETTER_RUN.search(text) is None:
                continue  # (a lead-in leads into the story's own links; a dash opens a quote's or a letter's signature)
            yield self.finding(i, "a short line over a link taken out: a list's label", priority=self.outranking(fs[i]))


BOX_PROMPT = BoxPromptRule("CS215", "box-prompt",
                           "on an HTML page, a box's short line over its links between the story's paragraphs, "
                           "and a list's label over a link",
                           Role.RELATED, fix_safe=False, reads=EVERY_LABEL, shapes=True)


def _tail_boxes(ctx: Context, kept: Sequence[bool]) -> list[int]:
    """The blocks of the box that closes an HTML page's kept text (``NoticeBoxRule``,
    ``_tail_box``), under which up to TAIL_TRAILER short kept blocks may stand outside it at the
    story's depth (``_trailer_line``: a credit line, a "found an error?" line)."""
    at = [k for k, x in enumerate(kept) if x]
    long = next((k for k in reversed(at) if ctx.lens[k] >= NOTICE_LONG_CHARS), None)
    story = None if long is None else ctx.doc.blocks[long].hints.get("main_depth")
    for cut in range(min(TAIL_TRAILER, len(at) - 1) + 1):
        if cut and not _trailer_line(ctx, at[-cut], story):
            break
        box = _tail_box(ctx, at[:len(at) - cut], at[-cut] if cut else len(ctx.doc.blocks))
        if box:
            return box
    return []


def _trailer_line(ctx: Context, k: int, story: object) -> bool:
    """Whether block ``k`` may stand under the closing box outside it: shorter than the story's
    paragraphs (NOTICE_LONG_CHARS) and no deeper under the text container than its last long
    paragraph (depth ``story``): the story's credit or agency line, not a box's own line."""
    depth = ctx.doc.blocks[k].hints.get("main_depth")
    return ctx.lens[k] < NOTICE_LONG_CHARS and isinstance(depth, int) and isinstance(story, int) and depth <= story


def _tail_box(ctx: Context, at: Sequence[int], stop: int) -> list[int]:
    """The blocks of the box that closes the kept blocks ``at`` (ending before block ``stop``): a
    short line that ends no sentence over at most TAIL_BOX_NOTES kept blocks of TAIL_BOX_CHARS,
    one of them a sentence, in an element (its parent or the one above) whose first kept block
    it is, nested deeper under the text container than the last kept paragraph of
    NOTICE_LONG_CHARS above it; none when the closing box (the last such element) is not. With
    no such heading, ``_buttoned_tail_box``."""
    texts = ctx.texts
    for p in range(len(at) - 2, max(-1, len(at) - 2 - TAIL_BOX_NOTES), -1):
        t, notes = at[p], at[p + 1:]
        if ends_sentence(texts[t]) or not 0 < ctx.nwords(t) <= TAIL_BOX_TITLE_WORDS \
                or sum(ctx.lens[k] for k in notes) > TAIL_BOX_CHARS or not any(ends_sentence(texts[k]) for k in notes):
            continue
        box = _opened_box(ctx, at, p, stop)
        if box is not None:
            # (the page's closing box decided: a box at the story's depth is its last section, and
            # what stands above it is the story's)
            return [t, *notes] if _nested_under_story(ctx, at, p) and not _card_run(ctx, at, p, box) else []
    return _buttoned_tail_box(ctx, at, stop)


def _buttoned_tail_box(ctx: Context, at: Sequence[int], stop: int) -> list[int]:
    """``_tail_box`` with no heading: the last kept blocks (TAIL_BOX_NOTES, TAIL_BOX_CHARS at
    most) in an element whose first kept blocks they are, nested deeper under the text container
    than the last kept paragraph of NOTICE_LONG_CHARS above them, when that element holds, under
    them, a button the rules took out (mostly link text, BUTTON_WORDS words at most: `Subscribe
    now!`): a pitch over its button."""
    blocks = ctx.doc.blocks
    for p in range(len(at) - 1, max(0, len(at) - TAIL_BOX_NOTES) - 1, -1):
        run = list(at[p:])
        if sum(ctx.lens[k] for k in run) > TAIL_BOX_CHARS:
            return []
        box = _opened_box(ctx, at, p, stop)
        if box is None:
            continue
        button = any(blocks[k].hints.get("link_density", 0) >= BUTTON_LINKS and 0 < ctx.nwords(k) <= BUTTON_WORDS
                     for k in range(run[-1] + 1, box[1]))
        return run if button and _nested_under_story(ctx, at, p) else []
    return []


def _opened_box(ctx: Context, at: Sequence[int], p: int, stop: int) -> tuple[int, int] | None:
    """The element (the parent of kept block ``at[p]``, or the one above) that holds it and every
    kept block after it and ends before block ``stop``, when ``at[p]`` is its first kept block;
    None when there is none."""
    blocks = ctx.doc.blocks
    spans = blocks[at[p]].hints
    # (or the element whose own text it is, as a child block's parent starting at it shows)
    opened = (blocks[k].hints.get("parent_span") for k in range(at[p] + 1, at[-1] + 1))
    floor = at[p - 1] if p else -1  # (the element holds no kept block above it)
    return next((s for s in chain((spans.get("parent_span"), spans.get("grand_span")), opened)
                 if isinstance(s, tuple) and floor < s[0] <= at[p] and at[-1] < s[1] <= stop), None)


def _card_run(ctx: Context, at: Sequence[int], p: int, box: tuple[int, int]) -> bool:
    """Whether the box opened by kept block ``at[p]`` is the last of a run of like cards: the
    kept block above it closes an element of two blocks or more that ends where the box begins
    and opens with a block of the tag ``at[p]`` has (a product's feature cards, a recipe's
    steps: the page's items; a single line above the box is its lead-in)."""
    if not p:
        return False
    blocks = ctx.doc.blocks
    span = blocks[at[p - 1]].hints.get("parent_span")
    return isinstance(span, tuple) and span[1] == box[0] and span[1] - span[0] > 1 \
        and blocks[span[0]].hints.get("tag") == blocks[at[p]].hints.get("tag")


def _nested_under_story(ctx: Context, at: Sequence[int], p: int) -> bool:
    """Whether the box opened by kept block ``at[p]`` stands deeper under the text container than
    the last kept block of NOTICE_LONG_CHARS above it (the story's last paragraph): its first
    block no shallower, and one of its blocks deeper (a box whose own text is its heading holds
    its note one element down)."""
    blocks = ctx.doc.blocks
    long = next((k for k in reversed(at[:p]) if ctx.lens[k] >= NOTICE_LONG_CHARS), None)
    above = None if long is None else blocks[long].hints.get("main_depth")
    depths = [d for k in at[p:] if isinstance(d := blocks[k].hints.get("main_depth"), int)]
    if not isinstance(above, int) or len(depths) < len(at) - p:
        return False
    return depths[0] >= above and max(depths) > above


NOTICE_BOX = NoticeBoxRule("CS509", "notice-box",
                           "a licence, disclaimer, author's bio or donation box its markup names, or a box's line over its links under the article's end",
                           Role.BOILERPLATE, fix_safe=False, reads=EVERY_LABEL, shapes=True)

"""What a rule is, and the factory that makes most of them from data."""

from __future__ import annotations

import os
import re
from collections import Counter
from functools import lru_cache
from bisect import bisect_left, bisect_right
from itertools import accumulate, compress
from dataclasses import dataclass, field
from collections.abc import Callable, Iterable, Iterator
from ..typed import TYPE_CHECKING, cast

from ..document import Document, Finding, HintColumns, Role, columns
from ..kept import compile_kept, kept_value, source_kind
from ..patterns import compile_pattern, line_needles, prefix_needles
from ..text import digit_lines, ends_sentence, first_word, first_words, case_forms, heading_words, norm_key, word_count

if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

    from ..patterns import Pattern

# the kind the search plans and start keys are kept under (``kept.kept_value``): this module's
# code and ``text``'s (``first_word``), as their sources read (None: one unreadable, keep nothing)
_KEPT_KIND = source_kind("rule plans", __file__, os.path.join(os.path.dirname(os.path.dirname(__file__)), "text.py"))

# ``Finding(...)`` as the named tuple makes it, every field given, without its Python-level ``__new__``
_new_finding = cast(Callable[[type[Finding], tuple[int, Role, str, str, str, tuple[tuple[str, str], ...], int]], Finding],
                    tuple.__new__)

# the lines of an article's header that fill its fields: the byline, the date, the stubs
META_ROLES = frozenset({Role.STUB, Role.BYLINE, Role.DATE})
GENERIC_DROPS = frozenset({"CS501", "CS505"})  # the generic decisions (content scoring, the block model): no rule named the line
UNDER_META = 3  # lines between a story's byline or date and a line its header prints under them
STORY_PARAGRAPH = 80  # characters of a paragraph of a story's prose: a story's, not a comment's, a form's or a card's line
REPEAT_ANY = 1 << 62  # characters: the repeated lines of any length (``Context.repeated_lines``'s limit)
# (a global: an enum member read off its class costs ~15x more, EnumType's __getattr__ slowing
# every attribute lookup on the class; hot loops read this)
_CONTENT = Role.CONTENT


# what a decision reads that weighs every label the named rules left (content scoring's own
# roles aside); and every label there is
ARTICLE_LABELS: tuple[str, ...] = tuple(r.value for r in Role if r not in (Role.CONTENT, Role.BOILERPLATE, Role.NOTICE))
EVERY_LABEL: tuple[str, ...] = tuple(r.value for r in Role)

# the first words are read (and short lists cached) for lines up to this long: longer is prose
FIRST_WORD_LIMIT = 300
# ``blocks_with`` searches the blocks up to this long for the rules that read lines longer than
# FIRST_WORD_LIMIT (a credit, a reporter's line, a copyright notice: never over 500)
LINE_SEARCH_LIMIT = 600
# a line longer than this is never headline-shaped: a paragraph, whatever its capitals
HEADING_MAX_CHARS = 200
HEADING_MAX_WORDS = 22  # a headline of the usual length; the default of `heading()`
HEADINGS_MAX_WORDS = 30  # the longest headline `headings()` lists (long headlines exist)
KEY_MAX_CHARS = 250  # lines are compared by key up to this long; longer ones are not repeats

MAIN_TEXT = "main-text"  # the container the HTML reader found by text density
PROSE_CHARS = 80  # a block this long is prose: what the zone and nested-article tests weigh
MIN_BODY_CHARS = 400  # characters of prose a zone holds to be the article's
BODY_SHARE = 0.5  # the zone must hold at least this share of the page's prose
_UNSET: object = object()  # a feature not computed yet (``None`` is a value some features take)
_ANY_LENGTH = 1 << 62  # a limit no block reaches: ``repeated_lines`` of every length


class Context:
    """What a rule sees: the document and the roles decided so far.

    Rules run in order; each sees the labels that the rules it declares it reads
    (``Rule.reads``) left, and its own: the engine shows any other label as no label.
    ``role(i)`` is ``None`` for a block no rule it reads has labelled yet. Block
    features that several rules need (first word, headline shape, word count,
    comparison key) are computed once, on first use, and shared; the
    ``short``/``starting_with``/``labelled`` indexes let a rule visit only its
    candidate blocks instead of every block.
    """

    __slots__ = ("doc", "findings", "settings", "texts", "lines", "hints", "lasts", "truncated", "lens", "_first", "_nwords", "_paragraphs",
                 "keys", "_lower", "_lowers", "_starts", "_short", "_firsts", "_hcounts", "_page", "_pages", "_framed", "_title_keys",
                 "_shaped", "_text_counts", "_repeated", "_printed_again", "_first_prose", "_by_heading_words", "_body_zone", "_heads", "step_memo", "page_memo", "present",
                 "version", "_roles_at", "_by_role", "_codes_at", "_by_codes", "_open_at", "_open_heads", "_cols")

    def __init__(self, doc: Document, settings: object | None = None, *, max_line: int | None = None) -> None:
        self.doc = doc
        n = len(doc.blocks)
        self.findings: list[Finding | None] = [None] * n
        self.settings = settings
        # the blocks' fields as columns, made once in C (``document.columns``): a loop over every
        # block reads them, not each block's named tuple
        lines, texts, self.hints, self.lasts = columns(doc.blocks)
        self.lines: tuple[int, ...] = lines
        self.texts: list[str] = list(texts)
        self.truncated: list[int] = []  # blocks over the line length limit: the engine keeps them whole
        self.lens: list[int] = list(map(len, self.texts))
        if max_line and n and max(self.lens) > max_line:  # (the longest first: most pages have no such block)
            self.truncated = [i for i, t in enumerate(self.texts) if len(t) > max_line]
            for i in self.truncated:  # rules see the head of an over-long block
                self.texts[i] = self.texts[i][:max_line]
            self.lens = list(map(len, self.texts))
        self._first: dict[str, list[int]] | None = None
        self._hcounts: list[int] | None = None
        self._nwords: list[int | None] = [None] * n
        self.keys: list[str | None] = [None] * n  # each block's ``key``, once asked (None: not yet)
        self._lower: str | None = None
        self._lowers: list[str] | None = None
        self._starts: list[int] = []
        self._short: dict[int, list[int]] = {}
        self._shaped: list[int] | None = None  # the headline-shaped blocks, any word count
        self._firsts: list[str] | None = None
        self._page: str | None = None
        self._pages: dict[int, tuple[str, list[int], list[int]]] = {}
        # page-level features computed once, on first use (from the text and markup, never from labels)
        self._framed: str | None = None
        self._title_keys: tuple[str, str] | None = None
        self._text_counts: Counter[str] | None = None
        self._repeated: dict[int, dict[str, list[int]]] = {}
        self._printed_again: list[int] | None = None  # blocks whose text the page prints more than once
        self._first_prose: dict[int, int] = {}
        self._paragraphs: dict[int, list[int]] = {}
        self._by_heading_words: dict[int, dict[int, list[int]]] = {}
        self._body_zone: object = _UNSET
        self._heads: dict[int, list[int]] = {}  # headline-shaped blocks by max_words, labels aside
        # facts computed from the labels a rule sees: kept for one rule's run (the engine empties it)
        self.step_memo: dict[str, object] = {}
        # facts computed from the text and markup alone, never from labels: kept for the page
        self.page_memo: dict[str, object] = {}
        # the codes that labelled a block so far, when the engine knows them (every code a
        # label this rule sees can carry): None, unknown
        self.present: set[str] | None = None
        # the labels' version: whoever changes a label in ``findings`` (or sets ``findings`` to
        # another list) adds one, as the engine does; the views read from the labels
        # (``with_role``, ``labelled``, ``headings``) are then kept until it changes, and
        # shared (not to be changed). None, as made: labels may change unannounced (a test
        # writing ``findings``), nothing kept
        self.version: int | None = None
        self._roles_at: int | None = None  # the version the kept views below were read at
        self._by_role: dict[Role, list[int]] = {}
        self._codes_at: int | None = None
        self._by_codes: dict[frozenset[str], list[int]] = {}
        self._open_at: int | None = None
        self._open_heads: dict[int, list[int]] = {}
        self._cols: HintColumns | None = None

    def hint_columns(self) -> HintColumns:
        """Some hints of every block as columns (``document.HINT_COLUMNS``: ``tag``, ``zones``,
        ``main``...; ``None`` where a block has none), the reader's when it made them for this
        page's blocks (``Document.page_columns``): a loop over every block of a page reads these,
        not each block's hints."""
        got = self._cols
        if got is None:
            got = self._cols = self.doc.page_columns(self.hints)
        return got

    # -- indexes ----------------------------------------------------------------
    def short(self, limit: int) -> list[int]:
        """Indices of blocks at most ``limit`` characters long."""
        got = self._short.get(limit)
        if got is None:
            base = self._short.get(FIRST_WORD_LIMIT) if limit < FIRST_WORD_LIMIT else None
            lens = self.lens
            if base is not None:
                got = [i for i in base if lens[i] <= limit]
            else:
                got = [i for i, n in enumerate(lens) if n <= limit]
            self._short[limit] = got
        return got

    def first_words(self) -> list[str]:
        """The dispatch key (see ``text.first_word``) of every block up to
        ``FIRST_WORD_LIMIT`` characters ("" for longer ones: no line rule reads them)."""
        if self._firsts is None:
            self._firsts = first_words(self.texts, self.lens, FIRST_WORD_LIMIT)
        return self._firsts

    def _first_index(self) -> dict[str, list[int]]:
        if self._first is None:
            index: dict[str, list[int]] = {}
            for i, w in enumerate(self.first_words()):
                at = index.get(w)  # (no empty list made for each block, as ``setdefault`` makes)
                if at is None:
                    index[w] = [i]
                else:
                    at.append(i)
            self._first = index
        return self._first

    def first_word_keys(self) -> Iterable[str]:
        """The page's distinct first words (``by_first_word``'s keys; ``""`` for the longer blocks)."""
        return self._first_index().keys()

    def by_first_word(self, key: str) -> list[int]:
        """Indices of blocks whose first word (see ``text.first_word``) is ``key``."""
        return self._first_index().get(key, [])

    def starting_with(self, keys: frozenset[str]) -> list[int]:
        """Indices of blocks whose first word is one of ``keys``, in order."""
        index = self._first_index()
        hits = keys.intersection(index)
        if not hits:
            return []
        if len(hits) == 1:
            return index[next(iter(hits))]
        return sorted([i for k in hits for i in index[k]])  # (a list, not a generator resumed per index)

    def labelled(self, codes: frozenset[str]) -> list[int]:
        """Indices of blocks whose current label comes from one of ``codes`` (kept until a
        label changes, see ``version``: not to be changed)."""
        if self.present is not None and codes.isdisjoint(self.present):
            return []  # (no rule of ``codes`` labelled a block: no scan)
        if self._codes_at != self.version or self.version is None:
            self._by_codes, self._codes_at = {}, self.version
        got = self._by_codes.get(codes)
        if got is None:
            fs = self.findings  # (``compress`` skips the unlabelled blocks in C: most of a page)
            got = self._by_codes[codes] = [i for i in compress(range(len(fs)), fs) if fs[i].code in codes]  # type: ignore[union-attr]
        return got

    def with_role(self, role: Role) -> list[int]:
        """Indices of blocks labelled ``role`` (kept until a label changes, see ``version``:
        not to be changed)."""
        if self._roles_at != self.version or self.version is None:
            self._by_role, self._roles_at = {}, self.version
        got = self._by_role.get(role)
        if got is None:
            fs = self.findings
            got = self._by_role[role] = [i for i in compress(range(len(fs)), fs) if fs[i].role is role]  # type: ignore[union-attr]
        return got

    def page_lower(self) -> str:
        """All blocks lowercased, one per line: for one search over the whole page.

        (Lowercasing once and searching with a case-sensitive pattern is several
        times faster than an IGNORECASE search.)
        """
        if self._lower is None:
            self._starts = list(accumulate([n + 1 for n in self.lens], initial=0))  # (each block and its newline)
            self._lower = "\n".join(self.lowers())  # (the page lowered: see ``lowers``)
        return self._lower

    def lowers(self) -> list[str]:
        """Each block's text lowercased (``texts[i].lower()``), once for every step that compares
        lines case aside; ``page_lower`` joins them. Block by block, not the joined page split:
        an ASCII block (most of a page's lines) is lowered by one table in C, where a page with
        one character outside ASCII goes through the Unicode tables character by character, and
        splitting such a page copies each line out again. (The joined lowerings are the joined
        page's lowering: a newline is neither a letter nor skipped over, so a final sigma stays
        final; ``tests/test_fast_scans.py``.)"""
        got = self._lowers
        if got is None:
            got = self._lowers = list(map(str.lower, self.texts))
        return got

    def blocks_matching(self, pattern: Pattern) -> list[int]:
        """Indices of blocks where ``pattern`` (written in lower case) matches the
        lowercased block; one search over the whole page (where the pattern's needles allow,
        only the lines, or the places, that hold one: the same blocks)."""
        text = self.page_lower()
        found: list[int] = []
        starts = self._starts
        needles = line_needles(pattern)
        heads = prefix_needles(pattern)
        if needles is not None and len(text) == starts[-1] - 1:  # (lowercasing kept every offset)
            return self._lines_matching(pattern, needles, heads)
        if heads is not None:
            return self._matches_at(pattern, heads)
        for m in pattern.finditer(text):
            i = bisect_right(starts, m.start()) - 1
            if not found or found[-1] != i:
                found.append(i)
        return found

    def searched_by_line(self, pattern: Pattern) -> bool:
        """Whether ``blocks_matching(pattern)`` holds exactly the blocks in whose lowercased text
        ``pattern.search`` finds a match (its matches lie within a line, and lowercasing the page
        kept every offset): then a rule reads that list instead of searching a block again."""
        return line_needles(pattern) is not None and len(self.page_lower()) == self._starts[-1] - 1

    def _lines_matching(self, pattern: Pattern, needles: tuple[str, ...],
                        heads: tuple[str, ...] | None = None) -> list[int]:
        """``blocks_matching`` for a pattern whose matches lie within a line and hold one of
        ``needles`` (``patterns.line_needles``): only the blocks that hold a needle are
        searched, each within its own bounds of the page (the same verdicts: the pattern
        reads no newline); when every match starts with one of ``heads``
        (``patterns.prefix_needles``), tried only where one stands in the block (a search
        tries every place: the same verdict)."""
        text, starts = self.page_lower(), self._starts
        found: set[int] = set()
        for needle in needles:
            pos = text.find(needle)
            while pos >= 0:
                k = bisect_right(starts, pos) - 1
                found.add(k)
                pos = text.find(needle, starts[k + 1])  # next block
        if heads is None:
            search = pattern.search
            return [i for i in sorted(found) if search(text, starts[i], starts[i + 1] - 1) is not None]
        match, out = pattern.match, []
        for i in sorted(found):
            end = starts[i + 1] - 1
            if any(_matches_from(match, text, head, starts[i], end) for head in heads):
                out.append(i)
        return out

    def _matches_at(self, pattern: Pattern, heads: tuple[str, ...]) -> list[int]:
        """``blocks_matching`` for a pattern whose every match starts with one of ``heads``
        (``patterns.prefix_needles``): the pattern is tried only where one stands, in page
        order, from the end of the last match on, as ``finditer`` goes (a match may run on
        into the next line)."""
        text, starts = self.page_lower(), self._starts
        at: set[int] = set()
        for head in heads:
            pos = text.find(head)
            while pos >= 0:
                at.add(pos)
                pos = text.find(head, pos + 1)
        found: list[int] = []
        end, match = 0, pattern.match
        for q in sorted(at):
            if q < end:
                continue
            m = match(text, q)
            if m is None:
                continue
            i = bisect_right(starts, q) - 1
            if not found or found[-1] != i:
                found.append(i)
            end = m.end()
        return found

    def copies_after(self, i: int, start: int) -> list[int]:
        """Blocks from ``start`` on whose text is block ``i``'s, case aside: one substring
        search over the lowercased page per copy, no work per block."""
        low = self.page_lower()
        framed = self._framed
        if framed is None:  # not yet computed
            framed = self._framed = "\n" + low + "\n"
        starts = self._starts
        if start >= len(self.texts):
            return []
        needle = "\n" + low[starts[i]:starts[i + 1] - 1] + "\n"
        found = []
        pos = framed.find(needle, starts[start])  # framed[k] is low[k - 1]: block j opens at starts[j]
        while pos >= 0:
            found.append(bisect_left(starts, pos))
            pos = framed.find(needle, pos + 1)
        return found

    def digit_blocks(self) -> frozenset[int]:
        """The blocks that hold a digit (``\\d``, as ``text.DIGIT_RUN`` reads one): ``text.digit_lines``,
        one pass in C over the page's UTF-8 that marks each byte by a table (memoised: the text alone,
        labels aside)."""
        got = cast("frozenset[int] | None", self.page_memo.get("digit_blocks"))
        if got is None:
            got = self.page_memo["digit_blocks"] = digit_lines(self.texts)
        return got

    def page(self) -> str:
        """All blocks, each followed by a newline: one string to search at C speed."""
        if self._page is None:
            if not self._starts:
                self._starts = list(accumulate([n + 1 for n in self.lens], initial=0))  # (each block and its newline)
            self._page = "\n".join(self.texts) + "\n"
        return self._page

    def _short_page(self, limit: int) -> tuple[str, list[int], list[int]]:
        """The blocks at most ``limit`` long, joined by newlines, with their offsets."""
        got = self._pages.get(limit)
        if got is None:
            idx = self.short(limit)
            texts = self.texts if len(idx) == len(self.texts) else [self.texts[i] for i in idx]  # (every block: no copy)
            starts = list(accumulate([len(t) + 1 for t in texts], initial=0))
            # (the closing newline joined in, not added to a copy of the page: the same string)
            got = self._pages[limit] = ("\n".join([*texts, ""]) if texts else "\n", starts, idx)
        return got

    def blocks_with(self, *needles: str, limit: int | None = None) -> list[int]:
        """Indices of blocks (at most ``limit`` long) that contain any of ``needles``.

        One substring search per needle over the page's blocks of at most
        ``limit`` characters; a needle may end in ``\n`` to mean "at the end of
        the block".
        """
        # one joined page for all short limits (the line rules'), one for the longer lines rules
        # search (a few hundred characters: prose, the bulk of a page's characters, is left out of
        # both), another for the rest
        span = 1 << 62 if limit is None else FIRST_WORD_LIMIT if limit <= FIRST_WORD_LIMIT else \
            LINE_SEARCH_LIMIT if limit <= LINE_SEARCH_LIMIT else 1 << 62
        if _digit_needles(needles):  # (each holds a digit: the page's lines with one read, not the page searched)
            return self._digit_blocks_with(needles, span if limit is None else limit)
        page, starts, idx = self._short_page(span)
        found: set[int] = set()
        gate = _gate(needles) if len(needles) > 1 else None
        if gate is not None:  # one search for the mark every needle holds, the needles in its lines only
            holds = _holds_one(needles)
            pos = page.find(gate)
            while pos >= 0:
                k = bisect_right(starts, pos) - 1
                if holds(page, starts[k], starts[k + 1]) is not None:  # (the line with its newline: a needle may end in one)
                    found.add(idx[k])
                pos = page.find(gate, starts[k + 1])  # next block
            needles = ()
        for key, rare, members in _search_plan(needles) if needles else ():
            if rare and rare not in page:  # (a quick look for the key's rarest character, absent on most pages)
                continue
            pos = page.find(key)
            while pos >= 0:
                k = bisect_right(starts, pos) - 1
                if not members or any(n in page[starts[k]:starts[k + 1]] for n in members):
                    found.add(idx[k])
                pos = page.find(key, starts[k + 1])  # next block
        lens = self.lens
        return sorted(found) if limit is None else sorted([i for i in found if lens[i] <= limit])

    def _digit_blocks_with(self, needles: tuple[str, ...], limit: int) -> list[int]:
        """``blocks_with`` for needles that each hold an ASCII digit: the lines the page's digit
        scan (``digit_blocks``) found, at most ``limit`` long, that hold one (most lines hold no
        digit; two-character needles such as a year's `19` scan a page slowly)."""
        texts, lens = self.texts, self.lens
        cand = [i for i in sorted(self.digit_blocks()) if lens[i] <= limit]
        if len(needles) == 1:
            n = needles[0]
            return [i for i in cand if n in texts[i]]
        found: set[int] = set()
        for n in needles:
            found.update([i for i in cand if n in texts[i]])
        return sorted(found)

    def blocks_searched(self, pattern: Pattern, limit: int) -> list[int]:
        """Indices of blocks at most ``limit`` long (and a few longer) in whose own text (case
        kept) ``pattern`` starts a match: one ``finditer`` over the page of short blocks, each
        followed by a newline (a match is its first block's). A superset of the blocks where
        a search of the block alone finds one, for a pattern that stops at a newline."""
        span = FIRST_WORD_LIMIT if limit <= FIRST_WORD_LIMIT else LINE_SEARCH_LIMIT if limit <= LINE_SEARCH_LIMIT \
            else 1 << 62
        page, starts, idx = self._short_page(span)
        found: list[int] = []
        for m in pattern.finditer(page):
            k = idx[bisect_right(starts, m.start()) - 1]
            if not found or found[-1] != k:
                found.append(k)
        return found

    # -- memoised block features ------------------------------------------------
    def heading_counts(self) -> list[int]:
        """Each block's word count when it is headline-shaped, else 0: found for the whole
        page at once (every page asks for its headline-shaped lines), and shared."""
        got = self._hcounts
        if got is None:
            hints, hw = self.hints, heading_words
            got = self._hcounts = [hw(t) if n <= HEADING_MAX_CHARS else 0 for t, n in zip(self.texts, self.lens)]
            tags = self.hint_columns().tag if any(hints) else ()  # (a text page: no tags)
            for k in compress(range(len(got)), got) if tags else ():  # (a table row is a row, whatever its words: `Pos | Player | Plays`)
                if tags[k] == "tr":
                    got[k] = 0
        return got

    def heading_words(self, i: int) -> int:
        """Word count of block ``i`` when it is headline-shaped, else 0."""
        got = self._hcounts
        return (got if got is not None else self.heading_counts())[i]

    def heading(self, i: int, max_words: int = HEADING_MAX_WORDS) -> bool:
        return 0 < self.heading_words(i) <= max_words

    def headings(self, max_words: int = HEADINGS_MAX_WORDS) -> list[int]:
        """Indices of unlabelled headline-shaped blocks (kept until a label changes, see
        ``version``: not to be changed)."""
        if self._open_at != self.version or self.version is None:
            self._open_heads, self._open_at = {}, self.version
        got = self._open_heads.get(max_words)
        if got is not None:
            return got
        shaped = self._heads.get(max_words)
        if shaped is None:  # (the shape is the text's: found once per page, the labels read once per version)
            hw = self.heading_counts()
            shaped = self._heads[max_words] = [i for i in self.shaped() if hw[i] <= max_words]
        f = self.findings
        got = self._open_heads[max_words] = [i for i in shaped if f[i] is None]
        return got

    def shaped(self) -> list[int]:
        """The headline-shaped blocks (``heading_counts`` above 0), in page order: found once per
        page (not to be changed: it is shared). Each is at most ``HEADING_MAX_CHARS`` long."""
        got = self._shaped
        if got is None:
            got = self._shaped = list(compress(range(len(self.texts)), self.heading_counts()))
        return got

    def nwords(self, i: int) -> int:
        v = self._nwords[i]
        if v is None:
            v = self._nwords[i] = word_count(self.texts[i])
        return v

    def key(self, i: int) -> str:
        """Comparison key of block ``i`` (quotes, case, punctuation folded)."""
        v = self.keys[i]
        if v is None:
            v = self.keys[i] = norm_key(self.texts[i]) if self.lens[i] <= KEY_MAX_CHARS else ""
        return v

    # -- page features (computed once, on first use) ----------------------------------
    def text_counts(self) -> Counter[str]:
        """How often the page prints each line, word for word."""
        if self._text_counts is None:
            self._text_counts = Counter(self.texts)
        return self._text_counts

    def repeated_lines(self, limit: int) -> dict[str, list[int]]:
        """The lines of at most ``limit`` characters the page prints more than once, word for
        word, each with where it stands, in page order (found once per page, labels aside; not
        to be changed: it is shared)."""
        got = self._repeated.get(limit)
        if got is None:
            every = self._repeated.get(_ANY_LENGTH)
            if every is None:  # (every length's, once: the blocks printed twice or more, found once)
                every = self._repeated[_ANY_LENGTH] = {}
                texts = self.texts
                for i in self.printed_again():
                    at = every.get(texts[i])
                    if at is None:
                        every[texts[i]] = [i]
                    else:
                        at.append(i)
            # (a limit's: the texts no longer than it, read once each; every print of a text is as long)
            got = self._repeated[limit] = {t: at for t, at in every.items() if len(t) <= limit}
        return got

    def printed_again(self) -> list[int]:
        """The blocks whose text the page prints more than once, word for word, in page order
        (found once per page, labels aside; not to be changed: it is shared)."""
        if self._printed_again is None:
            texts = self.texts
            # (``c > 1`` in the comprehension: a bound slot wrapper, ``(1).__lt__``, mapped costs twice as much a block)
            self._printed_again = list(compress(range(len(texts)), [c > 1 for c in map(self.text_counts().__getitem__, texts)]))
        return self._printed_again

    def first_prose(self, min_chars: int) -> int:
        """The first paragraph of the page: a sentence of ``min_chars`` characters or more
        (the number of blocks when there is none)."""
        got = self._first_prose.get(min_chars)
        if got is None:
            texts, lens = self.texts, self.lens
            got = self._first_prose[min_chars] = next(
                (k for k in range(len(texts)) if lens[k] >= min_chars and ends_sentence(texts[k])), len(texts))
        return got

    def paragraphs_before(self, min_chars: int) -> list[int]:
        """How many paragraphs (sentences of ``min_chars`` characters or more) stand before
        each block, and (last) on the whole page: prefix counts, found once per page (not to
        be changed: they are shared)."""
        got = self._paragraphs.get(min_chars)
        if got is None:
            got = self._paragraphs[min_chars] = list(accumulate(
                [n >= min_chars and ends_sentence(t) for t, n in zip(self.texts, self.lens)], initial=0))
        return got

    def by_heading_words(self, max_chars: int) -> dict[int, list[int]]:
        """The headline-shaped blocks of at most ``max_chars`` characters by their word count,
        in page order."""
        got = self._by_heading_words.get(max_chars)
        if got is None:
            got = self._by_heading_words[max_chars] = {}
            hw, lens = self.heading_counts(), self.lens
            for i in self.shaped():  # (a headline-shaped block is at most HEADING_MAX_CHARS long)
                if max_chars >= HEADING_MAX_CHARS or lens[i] <= max_chars:
                    at = got.get(hw[i])  # (no empty list made for each block, as ``setdefault`` makes)
                    if at is None:
                        got[hw[i]] = [i]
                    else:
                        at.append(i)
        return got

    def page_title_keys(self) -> tuple[str, str]:
        """The page title's longest part as a key (``""`` when under three words) and the
        whole title's key framed by spaces (`` {key} ``)."""
        if self._title_keys is None:
            whole = self.key(0) or norm_key(self.texts[0])
            # the longest part: the site's or the desk's name is the shorter one
            longest = max((norm_key(x) for x in _TITLE_SEPARATOR.split(self.texts[0])), key=len, default="")
            self._title_keys = (longest if longest.count(" ") >= NAMED_MIN_SPACES else "", f" {whole} ")
        return self._title_keys

    def body_zone(self) -> str | None:
        """Where the article is, when an HTML page says so: the schema.org ``articleBody``
        if enough text stands in it, else the container the HTML reader found by text
        density (``MAIN_TEXT``), else a single ``<article>`` or ``<main>`` that holds
        most of the page's prose."""
        if self._body_zone is _UNSET:
            self._body_zone = _body_zone(self.doc, self.hint_columns())
        return self._body_zone  # type: ignore[return-value]

    # -- labels -----------------------------------------------------------------
    def role(self, i: int) -> Role | None:
        f = self.findings[i]
        return f.role if f is not None else None

    def is_open(self, i: int) -> bool:
        """Unlabelled, or labelled content, by the rules this rule reads (and itself): to an
        artefact rule, every block it has not taken is open."""
        f = self.findings[i]
        return f is None or f.role is _CONTENT

    def text(self, i: int) -> str:
        return self.texts[i]

    def under_meta(self, i: int) -> bool:
        """Line ``i`` stands a few lines (``UNDER_META``) under a byline, date or stub, with no
        open line between: where a story's header prints its per-story lines."""
        fs = self.findings  # (``role`` and ``is_open`` read straight: asked of many lines)
        for k in range(i - 1, max(-1, i - 1 - UNDER_META), -1):
            f = fs[k]
            if f is None or f.role is _CONTENT:
                return False
            if f.role in META_ROLES:
                return True
        return False


def runs_within(at: list[int], gap: int) -> list[list[int]]:
    """Sorted block indices in runs: a new run starts where the next index is more than ``gap``
    blocks past the last (an island cut's kept stretches, a comment thread's stamps)."""
    runs = [[at[0]]]
    for a, b in zip(at, at[1:]):
        if b - a > gap:
            runs.append([b])
        else:
            runs[-1].append(b)
    return runs


def _matches_from(match: Callable[[str, int, int], object], text: str, head: str, start: int, end: int) -> bool:
    """Whether ``match`` succeeds in ``text[start:end]`` (``end`` its end) at a place where
    ``head`` stands."""
    pos = text.find(head, start, end)
    while pos >= 0:
        if match(text, pos, end) is not None:
            return True
        pos = text.find(head, pos + 1, end)
    return False


@dataclass(frozen=True)
class Rule:
    """Base of every rule: identity, docs, and ``check``.

    Subclasses (or :class:`LineRule` instances) implement
    ``check(ctx) -> Iterable[Finding]``. Rules never change the document.
    """

    code: str
    name: str
    summary: str
    role: Role
    priority: int = field(default=50, kw_only=True)
    # the labels it reads: codes (`CS412`), or roles (`Role.CHROME`: every rule that carries
    # that role and runs before it). Empty: an artefact rule, which reads no label at all.
    reads: tuple[str, ...] = field(default=(), kw_only=True)
    # roles its findings carry besides ``role`` (a role read names the rules that carry it)
    emits: tuple[Role, ...] = field(default=(), kw_only=True)
    # True: what the pattern rules (line rules that read nothing) find is a feature of the
    # line to it, not a label it reads: it sees their findings whether the user selected
    # them or not (ignoring `CS404` leaves `Advertisement` an advert line to it), and its
    # role reads leave them out
    shapes: bool = field(default=False, kw_only=True)
    fix_safe: bool = field(default=True, kw_only=True)
    doc: str = field(default="", kw_only=True, compare=False)

    def check(self, ctx: Context) -> Iterable[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError

    def finding(self, i: int, reason: str, *, role: Role | None = None,
                fields: tuple[tuple[str, str], ...] = (), priority: int | None = None) -> Finding:
        return _new_finding(Finding, (i, role or self.role, self.code, self.name, reason, fields,
                                      self.priority if priority is None else priority))

    def outranking(self, f: Finding | None) -> int:
        """The priority of a finding that wins over ``f``, the label a block already holds (none: the
        rule's own)."""
        return self.priority if f is None else max(self.priority, f.priority + 1)

    @property
    def docs(self) -> str:
        from inspect import cleandoc  # (here: only a rule's documentation needs it, not a run)

        return cleandoc(self.doc or type(self).__doc__ or "")

    @property
    def kind(self) -> str:
        """``artefact``: labels lines from features and its own patterns, reads no label;
        ``decision``: reads the labels it declares in ``reads``."""
        return "decision" if self.reads else "artefact"

    @property
    def roles(self) -> frozenset[Role]:
        """Every role its findings may carry."""
        return frozenset((self.role, *self.emits))


@dataclass(frozen=True)
class LineRule(Rule):
    """A rule that labels single blocks whose text matches a pattern.

    ``pattern`` must match the whole stripped block (``fullmatch``);
    blocks longer than ``max_len`` characters are never looked at, which keeps
    the rule cheap on prose. Two cheap gates keep it cheaper still: ``starts``
    lists phrases a matching line begins with (only blocks whose first word is
    the first word of one of them are tried), and ``contains`` lists
    substrings of which a matching line holds at least one (found with one
    search over the whole page). A block passing either gate is tried; with
    neither, every block is tried.
    """

    pattern: str = field(default="", kw_only=True)
    max_len: int = field(default=120, kw_only=True)
    flags: str = field(default="i", kw_only=True)
    starts: tuple[str, ...] = field(default=(), kw_only=True, compare=False)
    contains: tuple[str, ...] = field(default=(), kw_only=True, compare=False)
    fields: Callable[[str], tuple[tuple[str, str], ...]] | None = field(
        default=None, kw_only=True, compare=False)

    @property
    def compiled(self) -> Pattern:
        return compile_pattern(self.pattern, self.flags)

    @property
    def start_keys(self) -> frozenset[str]:
        return _start_keys(self.starts)

    def candidates(self, ctx: Context) -> Iterable[int]:
        if not self.contains:
            return ctx.starting_with(self.start_keys) if self.starts else ctx.short(self.max_len)
        return sorted(set(ctx.starting_with(self.start_keys)).union(
            ctx.blocks_with(*self.contains, limit=self.max_len)))

    def check(self, ctx: Context) -> Iterator[Finding]:
        rx = self.compiled.fullmatch
        limit = self.max_len
        texts, lens, findings = ctx.texts, ctx.lens, ctx.findings
        for i in self.candidates(ctx):
            if lens[i] > limit:
                continue
            f = findings[i]
            if f is not None and f.role is not _CONTENT:
                continue
            t = texts[i]
            m = rx(t)
            if m is not None:
                got = self.fields(t) if self.fields is not None else ()
                if self.fields is not None and not got:
                    continue
                yield self.finding(i, self.summary, fields=got)


@lru_cache(maxsize=256)
def _gate(needles: tuple[str, ...]) -> str | None:
    """A mark (not a letter, digit or space) that every one of ``needles`` holds, when they
    hold one and a newline at most at their end: a block holding a needle holds the mark, so
    one search for it finds every block a search for each needle would (`:` for a comment
    prompt's ` says:`, ` wrote :`, ...). None when they share none."""
    if any("\n" in n[:-1] for n in needles):
        return None
    common = set.intersection(*(set(n) for n in needles))
    marks = sorted(c for c in common if not (c.isalnum() or c.isspace()))
    return marks[0] if marks else None


_ASCII_DIGITS = frozenset("0123456789")


@lru_cache(maxsize=256)
def _digit_needles(needles: tuple[str, ...]) -> bool:
    """Each of ``needles`` holds an ASCII digit and no newline: only a line that holds a digit can
    hold one (``Context.digit_blocks``: the page's lines with one, found in one pass in C)."""
    return bool(needles) and all("\n" not in n and not _ASCII_DIGITS.isdisjoint(n) for n in needles)


@lru_cache(maxsize=256)
def _holds_one(needles: tuple[str, ...]) -> Callable[[str, int, int], object]:
    """A search for any of ``needles`` (literal text, one alternation) in a span of a string:
    one call in C for a line the gate found, not one ``in`` per needle (CS412's 24)."""
    search: Callable[[str, int, int], object] = compile_kept("|".join(map(re.escape, needles)), 0, False).search
    return search  # (the pattern kept across processes: kept.py)


_SHARED_KEY_MIN = 4  # characters of a key that several needles share, searched once for all of them
_SHARED_KEY_NEEDLES = 3  # needles a shorter key is shared by to be worth its search (a short key scans slower)
_SHARED_KEY_LONG = 5  # a key this long is worth one search for two needles


@lru_cache(maxsize=256)
def _search_plan(needles: tuple[str, ...]) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """:func:`_work_out_search_plan`, kept across processes (``_KEPT_KIND``)."""
    plan: tuple[tuple[str, str, tuple[str, ...]], ...] = kept_value(
        _KEPT_KIND, ("search plan", needles), _work_out_search_plan, needles)
    return plan


def _work_out_search_plan(needles: tuple[str, ...]) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The searches that find every block holding one of ``needles``: (key, rare, members).
    A key several needles hold (`scri` for `ubscribe`, `nscrivez-vous`, `scriviti`) is searched
    once, a block it is found in kept when it holds one of the members; a needle no key groups
    is its own key (no members: every block it is found in is kept). A key holds no newline, so
    a block holding a member holds the key. ``rare`` is a character of the key outside ASCII,
    if any: a page without it holds no block the key's search would find (one quick look in C)."""
    left = list(dict.fromkeys(needles))
    plan: list[tuple[str, str, tuple[str, ...]]] = []
    size = _SHARED_KEY_MIN
    at = [(n, body, j) for n in left if "\n" not in (body := n[:-1] if n.endswith("\n") else n)
          for j in range(len(body) - size + 1)]
    longest: dict[frozenset[str], tuple[int, str]] = {}  # each set of holders: its longest key
    while at:  # (keys by length: a key one longer opens where a shared key stands, or no two needles hold it)
        level: dict[str, set[str]] = {}
        for n, body, j in at:
            level.setdefault(body[j:j + size], set()).add(n)
        shared: set[str] = set()
        for k, found in level.items():
            if len(found) > 1:
                shared.add(k)
                held = frozenset(found)
                was = longest.get(held)
                longest[held] = (size, k) if was is None or (size, k) > was else was
        size += 1
        at = [(n, body, j) for n, body, j in at if j + size <= len(body) and body[j:j + size - 1] in shared]
    while True:  # (the longest key of each set of holders is the one the choice below can take)
        best = max(((len(m), got, m) for m, got in longest.items()
                    if len(m) >= _SHARED_KEY_NEEDLES or got[0] >= _SHARED_KEY_LONG), default=None)
        if best is None:
            break
        key, held = best[1][1], best[2]
        members = tuple(n for n in left if n in held)
        plan.append((key, _rare_char(key), members))
        left = [n for n in left if n not in members]
        merged: dict[frozenset[str], tuple[int, str]] = {}
        for m, got in longest.items():  # (two sets the same once the members are gone: the longer key)
            rest = m - held
            if len(rest) > 1:
                was = merged.get(rest)
                merged[rest] = got if was is None or got > was else was
        longest = merged
    plan.extend((n, _rare_char(n), ()) for n in left)
    return tuple(plan)


def _rare_char(text: str) -> str:
    """The first character of ``text`` outside ASCII, or ``""`` (and for a key of one character:
    the look for it would be its search, made twice)."""
    return next((c for c in text if not c.isascii()), "") if len(text) > 1 else ""


@lru_cache(maxsize=256)
def _start_keys(starts: tuple[str, ...]) -> frozenset[str]:
    """The first-word keys of phrases (memoised by value; callers keep the result as a
    constant, since hashing a long tuple on every call would cost more than it saves; kept
    across processes, ``_KEPT_KIND``)."""
    keys: frozenset[str] = kept_value(_KEPT_KIND, ("start keys", starts), _work_out_start_keys, starts)
    return keys


def _work_out_start_keys(starts: tuple[str, ...]) -> frozenset[str]:
    """:func:`_start_keys`, worked out."""
    keys: set[str] = set()
    for s in starts:
        t = s.strip()
        if not t:
            continue
        w = t.partition(" ")[0]
        # (a word of letters first: its key, as ``first_words`` reads it, and the keys its Turkish capitals give)
        keys.update(case_forms(w.casefold()) if w.isalpha() else (first_word(t),))
    return frozenset(keys)


def line_rule(code: str, name: str, role: Role, pattern: str, summary: str, doc: str, **kw: Any) -> LineRule:
    """The factory most rules come from: a pattern, a role, and their docs."""
    return LineRule(code, name, summary, role, pattern=pattern, doc=doc, **kw)


# the page's title is its first line, at most this long (a longer first line is no <title>)
PAGE_TITLE_MAX_CHARS = 300
# the headline the title names stands below the title and at least one line (menu, site name)
NAMED_HEADLINE_MIN_INDEX = 2
NAMED_MIN_SPACES = 2  # three words or more: a shorter repeat of the title can be chance
_FRAME = 2  # the two spaces that frame the title's key (`f" {whole} "`)
_TITLE_SEPARATOR = compile_pattern(r"[ \t]{1,3}(?:[|\-–—:·•»›]|::|//)[ \t]{1,3}", "")


def named_by_page_title(ctx: Context, i: int) -> bool:
    """Block ``i`` is the headline that the page's ``<title>`` names: naive scraped text
    opens with the title (`Harbour cranes return to Port Velmora | Velmora Herald`), and
    the line below that repeats the title's longest part, or the title's start or end
    without the site's name (at least half of it), word for word (three words or more)
    is the article's headline, whatever stands between it and its first paragraph."""
    if i < NAMED_HEADLINE_MIN_INDEX or ctx.lens[0] > PAGE_TITLE_MAX_CHARS:
        return False
    longest, framed = ctx.page_title_keys()
    if len(framed) <= _FRAME:  # an empty title
        return False
    first = ctx.first_words()[i]
    if first[:1].isalpha() and first not in framed:
        return False  # (cheap: a word the title does not hold; the key folds only punctuation and case)
    key = ctx.key(i)
    if key == longest and longest:
        return True
    # `Star Wars Jedi: Fallen Order review - shoots for the moon | Games | The Guardian`
    return key.count(" ") >= NAMED_MIN_SPACES and 2 * len(key) >= len(framed) - _FRAME and (
        framed.startswith(f" {key} ") or framed.endswith(f" {key} "))


def _body_zone(doc: Document, cols: HintColumns) -> str | None:
    blocks = doc.blocks
    prose = sum(len(b.text) for b in blocks if len(b.text) >= PROSE_CHARS)
    for zone in ("articleBody", MAIN_TEXT, "article", "main"):
        if zone == MAIN_TEXT:
            if any(cols.main):
                return MAIN_TEXT
            continue
        inside = sum(len(b.text) for b, zones in zip(blocks, cols.zones) if len(b.text) >= PROSE_CHARS and zone in (zones or ()))
        if inside >= MIN_BODY_CHARS and inside >= BODY_SHARE * prose:
            return zone
    return None

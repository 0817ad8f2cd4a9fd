"""What a rule is, and the factory that makes most of them from data."""

from __future__ import annotations

import inspect
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Sequence

from ..document import Block, Document, Finding, Role
from ..patterns import Pattern, compile_pattern
from ..text import first_word, heading_words, norm_key, words


class Context:
    """What a rule sees: the document and the roles decided so far.

    Rules run in order; each sees the labels that the rules before it left.
    ``role(i)`` is ``None`` for a block no rule has labelled yet.
    """

    __slots__ = ("doc", "findings", "settings", "_first", "_heading", "_nwords", "_key", "_lower",
                 "_starts")

    def __init__(self, doc: Document, settings: object | None = None) -> None:
        self.doc = doc
        self.findings: list[Finding | None] = [None] * len(doc.blocks)
        self.settings = settings
        self._first: dict[str, list[int]] | None = None
        n = len(doc.blocks)
        self._heading: list[int | None] = [None] * n
        self._nwords: list[int | None] = [None] * n
        self._key: list[str | None] = [None] * n
        self._lower: str | None = None
        self._starts: list[int] = []

    # -- memoised block features, shared by all rules of one run --------------
    def _first_index(self) -> dict[str, list[int]]:
        if self._first is None:
            index: dict[str, list[int]] = {}
            for i, b in enumerate(self.doc.blocks):
                index.setdefault(first_word(b.text), []).append(i)
            self._first = index
        return self._first

    def by_first_word(self, key: str) -> list[int]:
        """Indices of blocks whose first word (see ``text.first_word``) is ``key``."""
        return self._first_index().get(key, [])

    def starting_with(self, keys: frozenset[str]) -> list[int]:
        """Indices of blocks whose first word is one of ``keys``, in order."""
        index = self._first_index()
        hits = keys & index.keys()
        if not hits:
            return []
        if len(hits) == 1:
            return index[next(iter(hits))]
        return sorted(i for k in hits for i in index[k])

    def lower_text(self) -> str:
        """All blocks, lowercased, one per line: for one search over the whole page."""
        if self._lower is None:
            starts, pos = [], 0
            for b in self.doc.blocks:
                starts.append(pos)
                pos += len(b.text) + 1
            self._starts = starts
            self._lower = "\n".join(b.text.replace("\n", " ") for b in self.doc.blocks).lower()
        return self._lower

    def blocks_matching(self, pattern: Pattern) -> list[int]:
        """Indices of blocks where ``pattern`` finds a match (one search over the page)."""
        text = self.lower_text()
        found: list[int] = []
        starts = self._starts
        for m in pattern.finditer(text):
            i = bisect_right(starts, m.start()) - 1
            if not found or found[-1] != i:
                found.append(i)
        return found

    def heading_words(self, i: int) -> int:
        """Word count of block ``i`` when it is headline-shaped, else 0."""
        v = self._heading[i]
        if v is None:
            v = self._heading[i] = heading_words(self.doc.blocks[i].text)
        return v

    def heading(self, i: int, max_words: int = 22) -> bool:
        return 0 < self.heading_words(i) <= max_words

    def nwords(self, i: int) -> int:
        v = self._nwords[i]
        if v is None:
            v = self._nwords[i] = len(words(self.doc.blocks[i].text))
        return v

    def key(self, i: int) -> str:
        """Comparison key of block ``i`` (quotes, case, punctuation folded)."""
        v = self._key[i]
        if v is None:
            t = self.doc.blocks[i].text
            v = self._key[i] = norm_key(t) if len(t) <= 250 else ""
        return v

    def role(self, i: int) -> Role | None:
        f = self.findings[i]
        return f.role if f is not None else None

    def is_open(self, i: int) -> bool:
        """Unlabelled, or labelled content: a block a rule may still claim."""
        f = self.findings[i]
        return f is None or f.role is Role.CONTENT

    def text(self, i: int) -> str:
        return self.doc.blocks[i].text

    def next_open(self, i: int, skip: frozenset[Role] = frozenset()) -> int | None:
        """Index of the next block after ``i`` not labelled with a role in ``skip``."""
        n = len(self.doc.blocks)
        j = i + 1
        while j < n:
            r = self.role(j)
            if r is None or r not in skip:
                return j
            j += 1
        return None

    def prev_open(self, i: int, skip: frozenset[Role] = frozenset()) -> int | None:
        j = i - 1
        while j >= 0:
            r = self.role(j)
            if r is None or r not in skip:
                return j
            j -= 1
        return None


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
    fix_safe: bool = field(default=True, kw_only=True)
    doc: str = field(default="", kw_only=True, compare=False)

    def check(self, ctx: Context) -> Iterable[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError

    def finding(self, i: int, reason: str, *, role: Role | None = None,
                fields: tuple[tuple[str, str], ...] = (), priority: int | None = None) -> Finding:
        return Finding(i, role or self.role, self.code, self.name, reason, fields,
                       self.priority if priority is None else priority)

    @property
    def docs(self) -> str:
        return inspect.cleandoc(self.doc or type(self).__doc__ or "")


@dataclass(frozen=True)
class LineRule(Rule):
    """A rule that labels single blocks whose text matches a pattern.

    ``pattern`` must match the whole stripped block (``fullmatch``);
    blocks longer than ``max_len`` characters are never looked at, which keeps
    the rule cheap on prose. Two cheap gates keep it cheaper still: ``starts``
    lists phrases a matching line begins with (only blocks whose first word is
    the first word of one of them are tried), and ``gate`` is a plain-Python
    test a block must pass first. With neither, every block is tried.
    """

    pattern: str = field(default="", kw_only=True)
    max_len: int = field(default=120, kw_only=True)
    flags: str = field(default="i", kw_only=True)
    starts: tuple[str, ...] = field(default=(), kw_only=True, compare=False)
    gate: Callable[[str], bool] | None = field(default=None, kw_only=True, compare=False)
    fields: Callable[[str], tuple[tuple[str, str], ...]] | None = field(
        default=None, kw_only=True, compare=False)

    @property
    def compiled(self) -> Pattern:
        return compile_pattern(self.pattern, self.flags)

    @property
    def start_keys(self) -> frozenset[str]:
        return _start_keys(self.starts)

    def candidates(self, ctx: Context) -> Iterable[int]:
        blocks = ctx.doc.blocks
        limit = self.max_len
        if self.gate is None:
            return ctx.starting_with(self.start_keys) if self.starts else range(len(blocks))
        gate = self.gate
        found = set(ctx.starting_with(self.start_keys))
        found.update(i for i, b in enumerate(blocks) if len(b.text) <= limit and gate(b.text))
        return sorted(found)

    def check(self, ctx: Context) -> Iterator[Finding]:
        rx = self.compiled.fullmatch
        limit = self.max_len
        blocks = ctx.doc.blocks
        for i in self.candidates(ctx):
            t = blocks[i].text
            if len(t) > limit or not ctx.is_open(i):
                continue
            m = rx(t)
            if m is not None:
                got = self.fields(t) if self.fields is not None else ()
                if self.fields is not None and not got:
                    continue
                yield self.finding(i, self.summary, fields=got)


_START_CACHE: dict[tuple[str, ...], frozenset[str]] = {}


def _start_keys(starts: tuple[str, ...]) -> frozenset[str]:
    got = _START_CACHE.get(starts)
    if got is None:
        got = _START_CACHE[starts] = frozenset(first_word(s.strip()) for s in starts if s.strip())
    return got


def line_rule(code: str, name: str, role: Role, pattern: str, summary: str, doc: str, **kw) -> LineRule:
    """The factory most rules come from: a pattern, a role, and their docs."""
    return LineRule(code, name, summary, role, pattern=pattern, doc=doc, **kw)


def blocks_text(blocks: Sequence[Block]) -> list[str]:
    return [b.text for b in blocks]

"""What a rule is, and the factory that makes most of them from data."""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Sequence

from ..document import Block, Document, Finding, Role
from ..patterns import Pattern, compile_pattern


class Context:
    """What a rule sees: the document and the roles decided so far.

    Rules run in order; each sees the labels that the rules before it left.
    ``role(i)`` is ``None`` for a block no rule has labelled yet.
    """

    __slots__ = ("doc", "findings", "settings")

    def __init__(self, doc: Document, settings: object | None = None) -> None:
        self.doc = doc
        self.findings: list[Finding | None] = [None] * len(doc.blocks)
        self.settings = settings

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
    the rule cheap on prose.
    """

    pattern: str = field(default="", kw_only=True)
    max_len: int = field(default=120, kw_only=True)
    flags: str = field(default="i", kw_only=True)
    fields: Callable[[str], tuple[tuple[str, str], ...]] | None = field(
        default=None, kw_only=True, compare=False)

    @property
    def compiled(self) -> Pattern:
        return compile_pattern(self.pattern, self.flags)

    def check(self, ctx: Context) -> Iterator[Finding]:
        rx = self.compiled.fullmatch
        limit = self.max_len
        for i, b in enumerate(ctx.doc.blocks):
            t = b.text
            if len(t) > limit or not ctx.is_open(i):
                continue
            m = rx(t)
            if m is not None:
                got = self.fields(t) if self.fields is not None else ()
                yield self.finding(i, self.summary, fields=got)


def line_rule(code: str, name: str, role: Role, pattern: str, summary: str, doc: str, **kw) -> LineRule:
    """The factory most rules come from: a pattern, a role, and their docs."""
    return LineRule(code, name, summary, role, pattern=pattern, doc=doc, **kw)


def blocks_text(blocks: Sequence[Block]) -> list[str]:
    return [b.text for b in blocks]

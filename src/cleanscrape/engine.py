"""Run rules over a document and resolve what they say.

Rules run in order; each sees the labels left by the rules before it (the
first are per-block rules, the later ones read neighbours). A finding takes
a block when the block is unlabelled or the finding has a higher priority
than the label it replaces; content wins ties.

Consecutive :class:`LineRule` objects are run as one batch: each block is
tried against the line rules that can match its first word, in rule order,
and the first that matches labels it. Line rules only label open blocks, so
this gives exactly what running them one by one gives, with one pass over
the page instead of one per rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from time import perf_counter
from collections.abc import Sequence

from .document import Document, Finding, Role
from .rules.base import Context, LineRule, Rule


@dataclass(frozen=True, slots=True)
class Labelled:
    """A document and the one finding that won for each block (``None``: content)."""

    doc: Document
    labels: tuple[Finding | None, ...]
    notice: str | None = None  # set when the page was not labelled in full (time budget)

    def role(self, i: int) -> Role:
        f = self.labels[i]
        return f.role if f is not None else Role.CONTENT

    @property
    def findings(self) -> list[Finding]:
        """The findings that remove or move a block, in document order."""
        return [f for f in self.labels if f is not None and f.role is not Role.CONTENT]


def _wins(new: Finding, old: Finding | None) -> bool:
    if old is None:
        return True
    if new.priority != old.priority:
        return new.priority > old.priority
    return new.role is Role.CONTENT and old.role is not Role.CONTENT


class _LineBatch:
    """Several line rules run in one pass over the blocks."""

    __slots__ = ("rules", "by_word", "gated", "everywhere", "limit", "matchers", "default")

    def __init__(self, rules: Sequence[LineRule]) -> None:
        self.rules = tuple(rules)
        by_word: dict[str, list[int]] = {}
        gated, everywhere = [], []
        for n, r in enumerate(self.rules):
            for key in r.start_keys:
                by_word.setdefault(key, []).append(n)
            if r.contains:
                gated.append(n)
            elif not r.starts:
                everywhere.append(n)
        self.everywhere = tuple(everywhere)
        self.by_word = {k: tuple(sorted(set(v) | set(everywhere))) for k, v in by_word.items()}
        self.default = self.everywhere
        self.gated = tuple(gated)
        self.limit = max((r.max_len for r in self.rules), default=0)
        self.matchers = tuple(r.compiled.fullmatch for r in self.rules)

    def run(self, ctx: Context) -> None:
        rules, by_word, gated, default = self.rules, self.by_word, self.gated, self.default
        matchers = self.matchers
        findings, texts, lens = ctx.findings, ctx.texts, ctx.lens
        first = ctx.first_words()
        extra_at: dict[int, list[int]] = {}
        for n in gated:
            for i in ctx.blocks_with(*rules[n].contains, limit=rules[n].max_len):
                extra_at.setdefault(i, []).append(n)
        for i in ctx.short(self.limit):
            f = findings[i]
            if f is not None and f.role is not Role.CONTENT:
                continue
            t = texts[i]
            cand = by_word.get(first[i], default)
            extra = extra_at.get(i)
            if extra:
                cand = tuple(sorted(set(cand).union(extra)))
            for n in cand:
                r = rules[n]
                if lens[i] > r.max_len or matchers[n](t) is None:
                    continue
                fields = r.fields(t) if r.fields is not None else ()
                if r.fields is not None and not fields:
                    continue
                new = r.finding(i, r.summary, fields=fields)
                if _wins(new, f):
                    findings[i] = new
                break


Step = Rule | _LineBatch  # what label() runs: a rule, or a batch of line rules in one pass


@lru_cache(maxsize=64)
def plan(rules: tuple[Rule, ...]) -> tuple[Step, ...]:
    """Group consecutive line rules into batches; other rules stand alone."""
    steps: list[Step] = []
    run: list[LineRule] = []
    for r in rules:
        if type(r) is LineRule:
            run.append(r)
            continue
        if run:
            steps.append(_LineBatch(run))
            run = []
        steps.append(r)
    if run:
        steps.append(_LineBatch(run))
    return tuple(steps)


MAX_LINE = 100_000  # characters: longer blocks are kept whole, unexamined
INTERNAL_ERROR = "internal error"  # how a notice names a rule that raised (a bug: please report it)
OVER_BUDGET = "over the time budget"  # how a notice starts when a page ran over its time budget


def label(doc: Document, rules: Sequence[Rule], settings: object | None = None, *,
          steps: tuple[Step, ...] | None = None, budget: float | None = None,
          max_line: int | None = MAX_LINE) -> Labelled:
    """Label ``doc`` with ``rules`` (``steps``: their :func:`plan`, when the caller keeps it).

    With ``budget`` (seconds), a page whose labelling runs over it comes back
    unlabelled, every line kept, with a notice that says so: never dropped. So does a
    page on which a rule raises (a bug): the notice names the rule and the error.
    A block longer than ``max_line`` characters (``None`` or 0: no limit) is kept as
    article text whatever the rules say (they see only its first ``max_line``
    characters), and the notice says how many there were.
    """
    ctx = Context(doc, settings, max_line=max_line)
    slots = ctx.findings
    n = len(slots)
    deadline = perf_counter() + budget if budget is not None else None
    for step in steps if steps is not None else plan(tuple(rules)):
        if deadline is not None and perf_counter() > deadline:
            return Labelled(doc, (None,) * n, f"{OVER_BUDGET} of {budget:g}s: returned unchanged")
        try:
            if isinstance(step, _LineBatch):
                step.run(ctx)
                continue
            for f in step.check(ctx):
                if 0 <= f.block < n and _wins(f, slots[f.block]):
                    slots[f.block] = f
        except Exception as exc:  # a rule's bug must not crash a pipeline: the page comes back whole
            code = getattr(step, "code", None) or "line batch"
            return Labelled(doc, (None,) * n, f"{INTERNAL_ERROR} in rule {code} ({type(exc).__name__}: {exc}): "
                                              f"returned unchanged")
    if ctx.truncated:
        for i in ctx.truncated:
            slots[i] = None
        return Labelled(doc, tuple(slots), f"{len(ctx.truncated)} line(s) over the line length limit of "
                                           f"{max_line} characters kept whole, unexamined")
    return Labelled(doc, tuple(slots))

"""The composable pipeline: a list of rules you can extend, drop and reorder."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from collections.abc import Iterable, Mapping, Sequence

from .document import Article, Document, Finding
from .engine import MAX_LINE, Labelled, Step, is_shape, label, plan
from .io.text import read_text
from .registry import DEFAULT_RULES, by_code, resolve
from .rules.base import Rule
from .segment import segment

# the shipped pattern rules: a rule that reads them as shapes sees them even when left out
SHAPE_RULES: tuple[Rule, ...] = tuple(r for r in DEFAULT_RULES if is_shape(r))


@dataclass(frozen=True)
class Pipeline:
    """Rules in the order they run, where what they read allows (a rule runs after the
    rules it reads, see :func:`cleanscrape.engine.ordered`). Immutable: every change
    returns a new pipeline.

    >>> from cleanscrape import Pipeline
    >>> p = Pipeline().without("CS403").with_rules(my_rule)   # doctest: +SKIP
    >>> [a.title for a in p.clean(page_text)]                  # doctest: +SKIP
    """

    rules: tuple[Rule, ...] = field(default=DEFAULT_RULES)

    @classmethod
    def from_codes(cls, select: Iterable[str] | None = None, ignore: Iterable[str] | None = None,
                   extend_select: Iterable[str] | None = None,
                   extra_rules: Sequence[Rule] = ()) -> Pipeline:
        pool = tuple(DEFAULT_RULES) + tuple(extra_rules)
        return cls(resolve(pool, select, ignore, extend_select))

    def with_rules(self, *rules: Rule, before: str | None = None) -> Pipeline:
        """Add rules at the end, or before the rule with code or name ``before``."""
        current = list(self.rules)
        if before is None:
            return Pipeline(tuple(current + list(rules)))
        anchor = by_code(before, current)
        at = current.index(anchor)
        return Pipeline(tuple(current[:at] + list(rules) + current[at:]))

    def without(self, *tokens: str) -> Pipeline:
        """Drop rules by code prefix or name."""
        return Pipeline(resolve(self.rules, None, tokens))

    def reordered(self, codes: Sequence[str]) -> Pipeline:
        """Put the named rules first, in the given order; the rest keep theirs (a rule
        still runs after the rules it reads)."""
        first = [by_code(c, self.rules) for c in codes]
        return Pipeline(tuple(first + [r for r in self.rules if r not in first]))

    @property
    def codes(self) -> list[str]:
        return [r.code for r in self.rules]

    @cached_property
    def _steps(self) -> tuple[Step, ...]:
        return plan(self.rules, SHAPE_RULES)

    def label(self, doc: Document, *, budget: float | None = None, max_line: int | None = MAX_LINE) -> Labelled:
        """Label every block; ``budget`` (seconds) bounds the time spent on one page, and
        blocks over ``max_line`` characters are kept whole, unexamined."""
        return label(doc, self.rules, steps=self._steps, budget=budget, max_line=max_line)

    def findings(self, doc: Document) -> list[Finding]:
        return self.label(doc).findings

    def clean_document(self, doc: Document, *, source: str | None = None, extra: Mapping[str, object] | None = None,
                       budget: float | None = None, max_line: int | None = MAX_LINE) -> list[Article]:
        return segment(self.label(doc, budget=budget, max_line=max_line), source=source, extra=extra)

    def clean(self, text: str, *, source: str | None = None, budget: float | None = None,
              max_line: int | None = MAX_LINE) -> list[Article]:
        """Records for one page. A page over ``budget`` seconds comes back whole, with a
        ``notice`` in each record's extra fields, never dropped; so does a line over
        ``max_line`` characters (the rest of the page is cleaned)."""
        return self.clean_document(read_text(text, source=source), source=source, budget=budget,
                                   max_line=max_line)

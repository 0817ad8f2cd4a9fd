"""Run rules over a document and resolve what they say.

Rules run in order; each sees the labels left by the rules before it (the
first are per-block rules, the later ones read neighbours). A finding takes
a block when the block is unlabelled or the finding has a higher priority
than the label it replaces; content wins ties.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .document import Document, Finding, Role
from .rules.base import Context, Rule


@dataclass(frozen=True, slots=True)
class Labelled:
    """A document and the one finding that won for each block (``None``: content)."""

    doc: Document
    labels: tuple[Finding | None, ...]

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


def label(doc: Document, rules: Sequence[Rule], settings: object | None = None) -> Labelled:
    ctx = Context(doc, settings)
    slots = ctx.findings
    n = len(slots)
    for rule in rules:
        for f in rule.check(ctx):
            if 0 <= f.block < n and _wins(f, slots[f.block]):
                slots[f.block] = f
    return Labelled(doc, tuple(slots))

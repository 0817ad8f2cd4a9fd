"""cleanscrape: messy scraped news pages in, clean article records out.

>>> import cleanscrape
>>> page = "Technology\\nHarbour cranes return\\nBy Jane Roe\\nThe cranes came back on Monday after a long refit.\\nTrending"
>>> [a.title for a in cleanscrape.clean(page)]
['Harbour cranes return']
"""

from __future__ import annotations

from typing import Sequence

from .document import Article, Block, Document, Finding, Removed, Role
from .engine import Labelled
from .pipeline import Pipeline
from .registry import DEFAULT_RULES, by_code
from .rules.base import Context, LineRule, Rule, line_rule

__version__ = "0.1.0"

__all__ = [
    "Article", "Block", "Context", "Document", "Finding", "Labelled", "LineRule", "Pipeline",
    "Removed", "Role", "Rule", "DEFAULT_RULES", "by_code", "check", "clean", "line_rule",
    "rules", "__version__",
]


# the default pipeline, planned once: a call per page need not plan the rule order again
_DEFAULT = Pipeline()


def clean(text: str, *, source: str | None = None, rules: Sequence[Rule] | None = None) -> list[Article]:
    """Split ``text`` into article records, each with the audit of what was removed.

    ``rules`` replaces the default rule list (keep its order in mind: rules
    run in sequence and later ones read earlier labels).
    """
    pipe = Pipeline(tuple(rules)) if rules is not None else _DEFAULT
    return pipe.clean(text, source=source)


def check(text: str, *, rules: Sequence[Rule] | None = None) -> list[Finding]:
    """The findings for ``text``: every block a rule would remove or move, in order."""
    from .io.text import read_text

    pipe = Pipeline(tuple(rules)) if rules is not None else _DEFAULT
    return pipe.findings(read_text(text))


def rules() -> tuple[Rule, ...]:
    """The built-in rules, in the order they run."""
    return DEFAULT_RULES

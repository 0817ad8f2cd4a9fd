"""cleanscrape: messy scraped news pages in, clean article records out.

A page is text, Markdown or HTML, as ``str`` or ``bytes``; its format is sniffed as the CLI
sniffs it:

>>> import cleanscrape
>>> page = "Technology\\nHarbour cranes return\\nBy Jane Roe\\nThe cranes came back on Monday after a long refit.\\nTrending"
>>> [a.title for a in cleanscrape.clean(page)]
['Harbour cranes return']
>>> cleanscrape.extract(page)
'The cranes came back on Monday after a long refit.'
"""

from __future__ import annotations

from .kept import collection_paused, dataclass_functions_kept

# (the dataclasses' methods compiled once, kept as bytecode is; no cyclic garbage collection
# while the modules import: what they build lives as long as the process, and each collection
# would walk it again, some 14 million instructions a start)
with dataclass_functions_kept(), collection_paused():
    from .api import check, clean, extract
    from .document import Article, Block, Document, Finding, Removed, Role
    from .engine import Labelled
    from .io.text import InputError
    from .pipeline import Pipeline
    from .registry import DEFAULT_RULES, by_code
    from .rules.base import Context, LineRule, Rule, line_rule

__version__ = "0.1.0"

__all__ = [
    "Article", "Block", "Context", "Document", "Finding", "InputError", "Labelled", "LineRule", "Pipeline",
    "Removed", "Role", "Rule", "DEFAULT_RULES", "by_code", "check", "clean", "extract", "line_rule",
    "rules", "__version__",
]


def rules() -> tuple[Rule, ...]:
    """The built-in rules, in the order they run."""
    return DEFAULT_RULES

"""Stopword lists, as data: the most frequent function words of each language, read from
the language files (group ``stopwords``), in language order: a tie between two lists goes
to the language ranked first.

Prose is dense in them; menus, link lists, bylines and headlines are not.
"""

from __future__ import annotations

from ..lang import by_language

STOPWORDS: dict[str, frozenset[str]] = by_language("stopwords")

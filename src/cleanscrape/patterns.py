"""The one place where patterns are compiled.

Stdlib ``re`` runs anchored line patterns faster than ``regex``; ``regex`` is
taken only where a pattern needs what ``re`` lacks (Unicode properties such as
``\\p{Lu}``), or for user patterns, which run with a timeout.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import regex

_NEEDS_REGEX = re.compile(r"\\[pP]\{|\(\?V1\)|\\X")

Pattern = Any  # re.Pattern[str] | regex.Pattern[str]


@cache
def compile_pattern(pattern: str, flags: str = "i") -> Pattern:
    """Compile ``pattern`` with the faster engine that supports it.

    ``flags`` is a string of ``i`` (ignore case), ``m`` (multiline) and
    ``x`` (verbose).
    """
    use_regex = bool(_NEEDS_REGEX.search(pattern))
    mod = regex if use_regex else re
    value = 0
    if "i" in flags:
        value |= mod.IGNORECASE
    if "m" in flags:
        value |= mod.MULTILINE
    if "x" in flags:
        value |= mod.VERBOSE
    if use_regex:
        value |= regex.VERSION0
    return mod.compile(pattern, value)


def words_alternation(words: tuple[str, ...] | list[str] | frozenset[str], space: str = r"\s+",
                      longest_first: bool = True) -> str:
    """A regex alternation of literal phrases, longest first (or in the order given, where a
    capture after it must prefer the shorter), spaces flexible (``space``: what a space in a
    phrase matches)."""
    parts = list(dict.fromkeys(w.strip() for w in words if w.strip()))
    if longest_first:
        parts = sorted(set(parts), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", space) for p in parts) + ")"


_GRAMMAR_TOKEN = re.compile(r"[()|?]| +|[^()|? ]+")


def phrase_pattern(phrase: str, space: str = r"[ \t]+") -> str:
    """A phrase of a language file's phrase grammar as a regex. The grammar is the small part of
    regex a phrase needs, and nothing else: ``(a|b)`` is a choice, ``?`` makes the character or
    the choice before it optional, a space matches ``space`` (any run of spaces and tabs); every
    other character stands for itself. `click to (share|print)( (on|via))?` reads `Click to
    share on`; with no unbounded repeat, a phrase always compiles to a linear pattern."""
    out = []
    for token in _GRAMMAR_TOKEN.findall(phrase):
        if token == "(":
            out.append("(?:")
        elif token in (")", "|", "?"):
            out.append(token)
        elif token.startswith(" "):
            out.append(space)
        else:
            out.append(re.escape(token))
    return "".join(out)


def phrases_alternation(phrases: tuple[str, ...] | list[str], space: str = r"[ \t]+") -> str:
    """A regex alternation of phrase-grammar phrases (:func:`phrase_pattern`), in the order
    given (a phrase that is a prefix of another must come after it where a match is searched)."""
    return "(?:" + "|".join(phrase_pattern(p, space) for p in dict.fromkeys(phrases)) + ")"

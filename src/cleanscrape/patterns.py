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


_GRAMMAR_TOKEN = re.compile(r"\{[a-z_0-9]*\}?|[()|?]| +|[^()|?{ ]+")


def phrase_pattern(phrase: str, space: str = r"[ \t]+", slots: dict[str, str] | None = None) -> str:
    """A phrase of a language file's phrase grammar as a regex. The grammar is the small part of
    regex a phrase needs, and nothing else: ``(a|b)`` is a choice, ``?`` makes the character or
    the choice before it optional, a space matches ``space`` (any run of spaces and tabs); every
    other character stands for itself. `click to (share|print)( (on|via))?` reads `Click to
    share on`. ``{name}`` stands for the pattern the rule gives as ``slots[name]`` (a platform's
    name, a handle; the group's comment in the language file lists them). With no unbounded
    repeat, a phrase compiles to a linear pattern (a slot's pattern is the rule's to keep so)."""
    out = []
    tokens = _GRAMMAR_TOKEN.findall(phrase)
    for k, token in enumerate(tokens):
        if token == "(":
            out.append("(?:")
        elif token in (")", "|", "?"):
            out.append(token)
        elif token[:1] == "{":
            if not slots or token[1:-1] not in slots or token[-1:] != "}":
                raise ValueError(f"phrase {phrase!r}: no pattern for {token}")
            out.append(f"(?:{slots[token[1:-1]]})")
        elif token.startswith(" "):
            # (an optional space, `name ?*`, is a group: `[ \t]+?` would be a lazy repeat)
            out.append(f"(?:{space})" if tokens[k + 1: k + 2] == ["?"] else space)
        else:
            out.append(re.escape(token))
    return "".join(out)


def phrases_alternation(phrases: tuple[str, ...] | list[str], space: str = r"[ \t]+",
                        slots: dict[str, str] | None = None) -> str:
    """A regex alternation of phrase-grammar phrases (:func:`phrase_pattern`), in the order
    given (a phrase that is a prefix of another must come after it where a match is searched)."""
    return "(?:" + "|".join(phrase_pattern(p, space, slots) for p in dict.fromkeys(phrases)) + ")"


def phrase_expansions(phrase: str) -> list[str]:
    """Every text a phrase-grammar phrase reads, spaces as one space (`log(ged)? in` gives `logged
    in` and `log in`): the lines whose first words key a rule's dispatch. A phrase has no repeat,
    so the list is finite (and short: a few choices)."""
    found, _ = _expand(_GRAMMAR_TOKEN.findall(phrase), 0)
    return list(dict.fromkeys(found))


def _expand(tokens: list[str], i: int) -> tuple[list[str], int]:
    """The texts of the choices from ``tokens[i]`` up to the ``)`` that closes them (or the end)."""
    choices: list[str] = []
    current = [""]
    while i < len(tokens) and tokens[i] != ")":
        token = tokens[i]
        if token == "|":
            choices += current
            current, i = [""], i + 1
            continue
        if token == "(":
            piece, i = _expand(tokens, i + 1)
            i += 1  # the `)`
        else:
            piece, i = [" " if token.startswith(" ") else token], i + 1
        if i < len(tokens) and tokens[i] == "?":
            # `(...)?` and `{slot}?` may be left out; `s?` and ` ?` leave out their last character
            piece = [*piece, ""] if token[:1] in ("(", "{") else [piece[0], piece[0][:-1]]
            i += 1
        current = [c + p for c in current for p in piece]
    return choices + current, i

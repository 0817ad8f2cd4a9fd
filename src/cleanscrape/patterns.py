"""The one place where patterns are compiled.

Stdlib ``re`` runs anchored line patterns faster than ``regex``; ``regex`` is
taken only where a pattern needs what ``re`` lacks (Unicode properties such as
``\\p{Lu}``), or for user patterns, which run with a timeout.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import import_module
from .typed import TYPE_CHECKING

from .kept import compile_kept, kept_value, source_kind

if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

    Pattern = Any  # re.Pattern[str] | regex.Pattern[str]

_NEEDS_REGEX = compile_kept(r"\\[pP]\{|\(\?V1\)|\\X", 0, False)

# ``regex``'s flags, as numbers (its package is not imported to read them: see ``kept``); the
# first three are ``re``'s too (a test holds them to both)
IGNORECASE, MULTILINE, VERBOSE, REGEX_VERSION0 = 0x2, 0x8, 0x40, 0x2000


@cache
def compile_pattern(pattern: str, flags: str = "i") -> Pattern:
    """Compile ``pattern`` with the faster engine that supports it (or load what an earlier
    process compiled: :mod:`cleanscrape.kept`).

    ``flags`` is a string of ``i`` (ignore case), ``m`` (multiline) and
    ``x`` (verbose).
    """
    use_regex = bool(_NEEDS_REGEX.search(pattern))
    value = 0
    if "i" in flags:
        value |= IGNORECASE
    if "m" in flags:
        value |= MULTILINE
    if "x" in flags:
        value |= VERBOSE
    if use_regex:
        value |= REGEX_VERSION0
    return compile_kept(pattern, int(value), use_regex)  # (kept across processes: kept.py)


def words_alternation(words: tuple[str, ...] | list[str] | frozenset[str], space: str = r"\s+",
                      longest_first: bool = True) -> str:
    """A regex alternation of literal phrases, longest first (or in the order given, where a
    capture after it must prefer the shorter), spaces flexible (``space``: what a space in a
    phrase matches). The same words give the same string in every process (phrases of one
    length in their sorted order; a set's words sorted), so a kept compiled pattern is found
    again by its string; the string itself is kept too (``_KEPT_KIND``)."""
    if isinstance(words, (set, frozenset)):
        words = sorted(words)  # (a set's order changes with each process's string hashing)
    # (longest first, the text is the same for the words in any order: kept by them sorted, as
    # a caller's words drawn from a set are one key in every process)
    key = tuple(sorted(words)) if longest_first else tuple(words)
    text: str = kept_value(_KEPT_KIND, ("words", key, space, longest_first), _words_alternation, words, space,
                           longest_first)
    return text


def _words_alternation(words: tuple[str, ...] | list[str], space: str, longest_first: bool) -> str:
    """:func:`words_alternation`, worked out."""
    parts = list(dict.fromkeys(w.strip() for w in words if w.strip()))
    if longest_first:  # (longest first, one length in sorted order: the sort by length is stable, reversed too)
        parts.sort()
        parts.sort(key=len, reverse=True)
        tree = _tree_alternation(parts, space)
        if tree:
            return tree
    joined = "\x01".join(parts)  # (escaped in one pass: re.escape leaves this character alone)
    if joined.count("\x01") != max(len(parts) - 1, 0):
        return "(?:" + "|".join(re.escape(p).replace(r"\ ", space) for p in parts) + ")"
    return "(?:" + re.escape(joined).replace(r"\ ", space).replace("\x01", "|") + ")"


# the characters case-blind matching takes for one another beyond lowering (``re``'s own table:
# `ſ` for `s`, `ı` for `i`, ...), by lowered character
_EXTRA_CASES: dict[int, tuple[int, ...]] = getattr(import_module("re._casefix"), "_EXTRA_CASES", {})
_SPACE = " "  # a phrase's space in the tree: the alternation's ``space`` pattern


@cache
def _case_keys(c: str) -> frozenset[str]:
    """What character ``c`` may stand for once case is ignored (white space: any space)."""
    if c.isspace():  # (a space reads any white space)
        return frozenset({_SPACE})
    keys = {c, c.lower(), c.upper(), c.casefold()}
    for k in list(keys):
        if len(k) == 1:
            keys.update(map(chr, _EXTRA_CASES.get(ord(k), ())))
    return frozenset(keys)


def _phrase_tree(parts: list[str]) -> dict[str | None, Any] | None:
    """The phrases (longest first) as a tree of their characters (a space: ``_SPACE``), each
    phrase's end marked by a ``None`` branch; None when the tree could try two phrases that may
    both match one text, case aside, in another order than the plain alternation does, longest
    first (a phrase and a longer one it opens, case aside, under branches that part at two forms
    of one letter: `Follow` under `F`, `follow us` under `f`)."""
    root: dict[str | None, Any] = {}
    for p in parts:
        node = root
        for c in p:
            node = node.setdefault(_SPACE if c == " " else c, {})
        node[None] = {}
    todo = [root]
    while todo:
        node = todo.pop()
        if len(node) - (None in node) <= 1:  # (one branch at most: nothing to part)
            todo.extend(child for c, child in node.items() if c is not None)
            continue
        branches = [(c, child) for c, child in node.items() if c is not None]
        keys = [_case_keys(c) for c, _ in branches]
        for k, (_, child) in enumerate(branches):
            todo.append(child)
            for m in range(k + 1, len(branches)):
                if not keys[k].isdisjoint(keys[m]) and _opens_later(branches[k], branches[m]):
                    return None
    return root


def _phrases_under(c: str, node: dict[str | None, Any]) -> list[str]:
    """The phrases' rests from a branch ``c`` on, in the order the tree tries them."""
    out: list[str] = []
    for d, child in node.items():
        out += [c] if d is None else _phrases_under(c + d, child)
    return out


def _opens_later(first: tuple[str, dict[str | None, Any]], later: tuple[str, dict[str | None, Any]]) -> bool:
    """A phrase under branch ``first`` (tried first) opens a longer phrase under ``later``, case aside."""
    shorter = _phrases_under(*first)
    for v in _phrases_under(*later):
        for u in shorter:
            if len(u) < len(v) and all(not _case_keys(x).isdisjoint(_case_keys(y)) for x, y in zip(u, v)):
                return True
    return False


_escaped = cache(re.escape)  # (a character as ``re.escape`` writes it, each written once)


def _tree_branches(node: dict[str | None, Any], space: str) -> list[str]:
    """The alternatives of a phrase tree's node, in the order its branches were made (a phrase
    that ends at the node is the caller's: an optional group after the run that leads to it)."""
    out = []
    for c, child in node.items():
        if c is None:
            continue
        run = space if c == _SPACE else _escaped(c)
        while len(child) == 1 and None not in child:  # (a chain of single characters: one literal run)
            ((c, child),) = child.items()
            run += space if c == _SPACE else _escaped(c)
        inner = _tree_branches(child, space)
        if inner:
            group = inner[0] if len(inner) == 1 else "(?:" + "|".join(inner) + ")"
            run += f"(?:{group})?" if None in child else group
        out.append(run)
    return out


def _tree_alternation(parts: list[str], space: str) -> str:
    """The alternation of ``parts`` (longest first) as their tree (:func:`_phrase_tree`), or ``""``
    when they make none (some 200 million instructions for the shipped languages' groups: the
    text is kept, ``_KEPT_KIND``)."""
    tree = _phrase_tree(parts)
    return "" if tree is None else "(?:" + "|".join(_tree_branches(tree, space)) + ")"


# the kind the patterns' texts and needles are kept under (``kept.kept_value``): this module's code, as its
# source reads (bytecode leaves out the constants the builders read; None: unreadable, keep nothing). The
# language files' words give the same texts in every process, and working them out (phrases sorted, trees and
# phrases read, some 50 million instructions a process) takes many times what reading them back does.
_KEPT_KIND = source_kind("pattern text", __file__)


_GRAMMAR_TOKEN = compile_kept(r"\{[a-z_0-9]*\}?|[()|?]| +|[^()|?{ ]+", 0, False)


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
    given (a phrase that is a prefix of another must come after it where a match is searched);
    kept across processes (``_KEPT_KIND``)."""
    key = ("phrases", tuple(phrases), space, tuple(sorted(slots.items())) if slots else None)
    text: str = kept_value(_KEPT_KIND, key, _phrases_alternation, phrases, space, slots)
    return text


def _phrases_alternation(phrases: tuple[str, ...] | list[str], space: str, slots: dict[str, str] | None) -> str:
    """:func:`phrases_alternation`, worked out."""
    return "(?:" + "|".join(phrase_pattern(p, space, slots) for p in dict.fromkeys(phrases)) + ")"


def phrase_expansions(phrase: str) -> list[str]:
    """Every text a phrase-grammar phrase reads, spaces as one space (`log(ged)? in` gives `logged
    in` and `log in`): the lines whose first words key a rule's dispatch. A phrase has no repeat,
    so the list is finite (and short: a few choices). Kept across processes (``_KEPT_KIND``), but
    for a phrase with a line break (no language file's line holds one: a caller's own phrase)."""
    if "\n" in phrase:
        return _phrase_expansions(phrase)
    return list(kept_value(_KEPT_KIND, ("expansions", phrase), lambda: tuple(_phrase_expansions(phrase))))


def _phrase_expansions(phrase: str) -> list[str]:
    """:func:`phrase_expansions`, worked out."""
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


# -- line needles: a pattern's prefilter ----------------------------------------------------
# The parser of stdlib ``re`` (private, present in every Python the package supports): read
# once, to see what a pattern's every match contains. Anything it does not know, or that is
# missing, means "no prefilter": the caller scans as before.
_SRE_PARSER: Any = import_module("re._parser")
NEEDLES_MAX = 64  # literal strings a prefilter searches for at most: more cost what the scan costs
NEEDLE_MIN = 2  # characters (spaces aside) the shortest needle has: shorter ones hit nearly every line
# needles that open alike on this many characters (spaces aside) are searched as that opening:
# one scan of the page, not one per ending (`can be reached at`, `... by`, `... on`)
SHARED_OPENING_MIN = 5
_NEWLINE = 10
# the zero-width tests a block reads the same alone as within the page (a newline is no
# word character, as the string's edge is not); any other anchor differs
_SAFE_AT = frozenset({"AT_BOUNDARY", "AT_NON_BOUNDARY", "AT_UNI_BOUNDARY", "AT_UNI_NON_BOUNDARY"})
# character classes without a newline, and with one
_NO_NEWLINE = frozenset({"CATEGORY_DIGIT", "CATEGORY_UNI_DIGIT", "CATEGORY_WORD", "CATEGORY_UNI_WORD",
                         "CATEGORY_NOT_SPACE", "CATEGORY_UNI_NOT_SPACE", "CATEGORY_NOT_LINEBREAK",
                         "CATEGORY_UNI_NOT_LINEBREAK"})
_HAS_NEWLINE = frozenset({"CATEGORY_SPACE", "CATEGORY_UNI_SPACE", "CATEGORY_NOT_DIGIT", "CATEGORY_UNI_NOT_DIGIT",
                          "CATEGORY_NOT_WORD", "CATEGORY_UNI_NOT_WORD", "CATEGORY_LINEBREAK",
                          "CATEGORY_UNI_LINEBREAK"})
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})
Needles = frozenset[str] | None  # strings one of which every match holds (None: nothing known)


class _Unsafe(Exception):
    """The pattern may match a newline, or anchors where a block alone differs from the page."""


@cache
def line_needles(pattern: Pattern) -> tuple[str, ...] | None:
    """Literal strings one of which every match of ``pattern`` contains, when each match lies
    within one line: a stdlib ``re`` pattern, case-sensitive, that matches no newline in any
    part (lookarounds included) and anchors only at word boundaries. Then searching each line
    that holds a needle finds exactly the lines a search of the whole page (lines joined by
    newlines) finds a match in. None when that cannot be told (no prefilter)."""
    if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str) or \
            pattern.flags & (re.IGNORECASE | re.MULTILINE):
        return None
    needles: tuple[str, ...] | None = kept_value(_KEPT_KIND, ("line needles", pattern.pattern, pattern.flags),
                                                 _line_needles, pattern)
    return needles


def _line_needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """:func:`line_needles`, worked out."""
    try:
        got = _needs(_parsed(pattern).data, bool(pattern.flags & re.DOTALL))
    except (_Unsafe, AttributeError, TypeError, ValueError):
        return None
    if got is None:
        return None
    return _shared_openings(x for x in got if not any(y != x and y in x for y in got))  # (`got a` finds `got a story`)


@cache
def _parsed(pattern: Pattern) -> Any:
    """``pattern`` parsed by stdlib ``re``'s parser: once for both prefilters (``line_needles``
    and ``prefix_needles`` read the tree, neither changes it)."""
    return _SRE_PARSER.parse(pattern.pattern, pattern.flags)


def _shared_openings(needles: Iterable[str]) -> tuple[str, ...]:
    """``needles``, sorted, those that open alike on ``SHARED_OPENING_MIN`` characters or more
    searched as their shared opening (a line holding a needle holds its opening: the lines
    found are as many or more, each searched by the pattern after; a match starts where a
    head's opening stands too: the places tried are as many or more)."""
    out: list[str] = []
    for x in sorted(needles):
        if out:
            last = out[-1]
            k = 0
            while k < len(last) and k < len(x) and last[k] == x[k]:
                k += 1
            if len(last[:k].strip()) >= SHARED_OPENING_MIN:
                out[-1] = last[:k]
                continue
        out.append(x)
    return tuple(out)


def _score(needles: frozenset[str]) -> tuple[int, int]:
    return min(len(x.strip()) for x in needles), -len(needles)


def _better(a: Needles, b: Needles) -> Needles:
    """The more selective of two needle sets (either holds for every match)."""
    if b is not None and (len(b) > NEEDLES_MAX or min(len(x.strip()) for x in b) < NEEDLE_MIN):
        b = None
    if a is None or b is None:
        return a if b is None else b
    return b if _score(b) > _score(a) else a


def _fixed(data: list[Any]) -> frozenset[str] | None:
    """The strings a sequence of literals and choices between literal strings reads (None
    when it holds anything else, or too many)."""
    out = frozenset({""})
    for op, av in data:
        name = op.name
        if name == "LITERAL":
            out = frozenset(s + chr(av) for s in out)
        elif name == "BRANCH":
            parts = [_fixed(b) for b in av[1]]
            if any(p is None for p in parts):
                return None
            out = frozenset(s + t for s in out for p in parts if p is not None for t in p)
        elif name == "IN" and all(o.name == "LITERAL" for o, _ in av):
            out = frozenset(s + chr(c) for s in out for _, c in av)
        else:
            return None
        if len(out) > NEEDLES_MAX:
            return None
    return out


def _in_newline(items: list[Any]) -> bool:
    """Whether a character class (``IN``'s items) holds the newline."""
    negate, hit = False, False
    for op, av in items:
        name = op.name
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            hit = hit or av == _NEWLINE
        elif name == "RANGE":
            hit = hit or av[0] <= _NEWLINE <= av[1]
        elif name == "CATEGORY" and av.name in _NO_NEWLINE | _HAS_NEWLINE:
            hit = hit or av.name in _HAS_NEWLINE
        else:
            raise _Unsafe(name)
    return hit != negate


def _needs(data: list[Any], dotall: bool) -> Needles:
    """The needles of a parsed sequence (raises _Unsafe where it may match a newline)."""
    best: Needles = None
    run = frozenset({""})  # the strings the literal run read last reads
    for op, av in data:
        name = op.name
        if name == "AT":
            if av.name not in _SAFE_AT:
                raise _Unsafe(av.name)
            continue  # (zero-width: the run goes on)
        fixed = _fixed([(op, av)]) if name in ("LITERAL", "BRANCH", "IN") else None
        if fixed is not None and len(run) * len(fixed) <= NEEDLES_MAX and _NEWLINE not in {
                ord(c) for s in fixed for c in s}:
            run = frozenset(s + t for s in run for t in fixed)
            continue
        best, run = _better(best, run), frozenset({""})
        best = _better(best, _element(name, av, dotall))
    return _better(best, run)


def _element(name: str, av: Any, dotall: bool) -> Needles:
    """The needles of one parsed element that is not a literal run."""
    if name in ("LITERAL", "NOT_LITERAL"):
        if (av == _NEWLINE) == (name == "LITERAL"):  # (`\n`; `[^x]` for any x but the newline)
            raise _Unsafe(name)
        return None
    if name == "ANY":
        if dotall:
            raise _Unsafe(name)
        return None
    if name == "IN":
        if _in_newline(av):
            raise _Unsafe(name)
        return None
    if name == "BRANCH":
        parts = [_needs(b, dotall) for b in av[1]]
        return None if any(p is None for p in parts) else frozenset().union(*parts)  # type: ignore[arg-type]
    if name == "SUBPATTERN":
        if av[1] or av[2]:  # (inline flags: `(?i:...)`, `(?s:...)`)
            raise _Unsafe(name)
        return _needs(av[3], dotall)
    if name in _REPEATS:
        got = _needs(av[2], dotall)
        return got if av[0] >= 1 else None
    if name in ("ASSERT", "ASSERT_NOT"):
        _needs(av[1], dotall)  # (only checked: a lookaround sees no newline either)
        return None
    if name == "ATOMIC_GROUP":
        return _needs(av, dotall)
    if name == "GROUPREF":
        return None  # (its group's text, checked where the group stands)
    raise _Unsafe(name)


@cache
def prefix_needles(pattern: Pattern) -> tuple[str, ...] | None:
    """Literal strings one of which every match of ``pattern`` starts with (a case-sensitive
    stdlib ``re`` pattern; zero-width tests before them aside): a match can start only where
    one of them stands, so trying the pattern there, in order, finds what a search finds.
    None when that cannot be told."""
    if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str) or \
            pattern.flags & re.IGNORECASE:
        return None
    heads: tuple[str, ...] | None = kept_value(_KEPT_KIND, ("prefix needles", pattern.pattern, pattern.flags),
                                               _prefix_needles, pattern)
    return heads


def _prefix_needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """:func:`prefix_needles`, worked out."""
    for past_groups in (True, False):  # (read past a choice after a literal run; where that makes too many, not)
        try:
            got = _prefixes(_parsed(pattern).data, past_groups)
        except (_Unsafe, AttributeError, TypeError, ValueError):
            return None
        if got is not None and len(got) <= NEEDLES_MAX and min(len(x) for x in got) >= NEEDLE_MIN:
            return _shared_openings(x for x in got if not any(y != x and x.startswith(y) for y in got))  # (`cookie` finds `cookies`)
    return None


def _prefixes(data: list[Any], past_groups: bool = False) -> frozenset[str] | None:
    """The literal strings a parsed sequence starts with (None: not known). ``past_groups``: a
    literal run followed by a choice (a group, a phrase tree's branches) is read on into the
    choice's own openings (`co(?:nsent|okie)` starts with `consent` or `cookie`, not just `co`)."""
    run = ""
    for op, av in data:
        name = op.name
        if name == "LITERAL":
            run += chr(av)
            continue
        if run:
            inner = _choice_prefixes(name, av, past_groups) if past_groups else None
            if inner is None or len(inner) > NEEDLES_MAX:
                return frozenset({run})
            return frozenset(run + p for p in inner)
        if name == "AT" or name == "ASSERT_NOT" or name == "ASSERT":
            continue  # (zero-width, before the first character the match reads)
        return _choice_prefixes(name, av, past_groups)
    return frozenset({run}) if run else None


def _choice_prefixes(name: str, av: Any, past_groups: bool) -> frozenset[str] | None:
    """The literal strings a choice (``BRANCH``) or a plain group (``SUBPATTERN`` without inline
    flags) starts with; None for any other element, or when not known."""
    if name == "BRANCH":
        parts = [_prefixes(b, past_groups) for b in av[1]]
        return None if any(p is None for p in parts) else frozenset().union(*parts)  # type: ignore[arg-type]
    if name == "SUBPATTERN" and not (av[1] or av[2]):
        inner = _prefixes(av[3], past_groups)
        if inner is None or "" in inner:
            return None
        return inner
    return None

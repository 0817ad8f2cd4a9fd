"""The article text a page carries only in its JSON-LD ``articleBody``.

A paywalled or script-rendered page often prints the first paragraph or two of its
article and hides the rest, while its JSON-LD metadata (``schema.org`` ``articleBody``)
holds the whole text. When the body's start is a paragraph the page shows (the start
agrees with the page) and most of the body is nowhere in the page's blocks, the rest of
the body is read as the paragraphs that follow the ones shown: text that is in the input,
never text made up. Such blocks carry the hint ``source: "json-ld"``, and the record says
so (``notice``).
"""

from __future__ import annotations

import re
from html import unescape
from types import MappingProxyType
from collections.abc import Iterator, Sequence
from typing import cast

from ..document import Block, Hints

BODY_MIN_CHARS = 1000  # a shorter articleBody is a summary, not an article the page hides
HIDDEN_SHARE = 1 / 3  # at most this share of the body's 4-word runs shown on the page: the rest is hidden
ANCHOR_WORDS = 8  # the body's first words must open a block the page shows: the start agrees
SHINGLE = 4  # words per run when the body is compared with the page (as the benchmarks score)
JSON_LD = "json-ld"  # the ``source`` hint of a block read from the JSON-LD body

_WORD = re.compile(r"\w+")
# markup some sites leave in an articleBody: block tags break paragraphs, the rest goes
_BREAK_TAG = re.compile(r"</?(?:p|br|div|h[1-6]|li|ul|ol|blockquote|section|figure|figcaption|table|tr)\b[^<>]{0,500}>",
                        re.I)
_ANY_TAG = re.compile(r"<[a-zA-Z/][^<>]{0,500}>")
_BREAKS = re.compile(r"\s*\n\s*")
_SPACES = re.compile(r"[^\S\n]+")


def article_bodies(data: object, out: list[str]) -> None:
    """Every ``articleBody`` string in a parsed JSON-LD value (``@graph`` and nested
    items included), appended to ``out``; an iterative walk."""
    todo = [data]
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                if key == "articleBody" and isinstance(value, str):
                    out.append(value)
                elif isinstance(value, (dict, list)):
                    todo.append(value)
        elif isinstance(item, list):
            todo.extend(item)


def _plain(body: str) -> str:
    """The body as text: markup left in it gone (block tags break paragraphs), entities read."""
    if "<" in body:
        body = _ANY_TAG.sub("", _BREAK_TAG.sub("\n", body))
    if "&" in body:
        body = unescape(body)
    return _SPACES.sub(" ", body).strip()


def _shingles(words: Sequence[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _shown(blocks: Sequence[Block], words: list[str]) -> tuple[int, int] | None:
    """Where the page shows the body's start: the last block of the run of blocks whose
    words open the body (blocks of a few words between them, captions or buttons, are
    passed over), and how many of the body's words they hold; None when no block opens it."""
    head = words[:ANCHOR_WORDS]
    for i, b in enumerate(blocks):
        own = _words(b.text)
        if len(own) < ANCHOR_WORDS or own[:ANCHOR_WORDS] != head or own != words[:len(own)]:
            continue
        last, k = i, len(own)
        for j in range(i + 1, len(blocks)):
            more = _words(blocks[j].text)
            if more and more == words[k:k + len(more)]:
                last, k = j, k + len(more)
            elif len(more) >= ANCHOR_WORDS:
                break
        return last, k
    return None


def _rest(body: str, shown_words: int) -> list[str]:
    """The paragraphs of the body after its first ``shown_words`` words (the rest of the
    last shown word's sentence mark stays with the page's paragraph)."""
    for n, m in enumerate(_WORD.finditer(body.lower())):
        if n == shown_words - 1:
            end = m.end()
            break
    else:
        return []
    while end < len(body) and not body[end].isspace():
        end += 1
    return [p for p in _BREAKS.split(body[end:].strip()) if p]


def with_hidden_body(blocks: tuple[Block, ...], bodies: Sequence[str]) -> tuple[Block, ...]:
    """``blocks`` with the part of the page's JSON-LD ``articleBody`` the page does not
    show read in after the paragraphs it shows; ``blocks`` itself when the body is short,
    mostly shown already, or its start is not a paragraph of the page."""
    longest = max(bodies, key=len, default="")
    if len(longest) < BODY_MIN_CHARS:
        return blocks
    body = _plain(longest)
    words = _words(body)
    runs = _shingles(words)
    if len(words) < ANCHOR_WORDS or not runs:
        return blocks
    page = _shingles([w for b in blocks for w in _words(b.text)])
    if len(runs & page) > HIDDEN_SHARE * len(runs):
        return blocks
    shown = _shown(blocks, words)
    if shown is None:
        return blocks
    last, k = shown
    rest = _rest(body, k)
    if not rest:
        return blocks
    return tuple(_renumbered(blocks, last, rest))


def _renumbered(blocks: tuple[Block, ...], last: int, rest: list[str]) -> Iterator[Block]:
    """The blocks with ``rest`` read in after block ``last`` (its line and hints, and the
    ``source`` hint), numbered again."""
    anchor = blocks[last]
    hints = cast(Hints, MappingProxyType({**anchor.hints, "source": JSON_LD}))
    yield from blocks[:last + 1]
    n = last + 1
    for text in rest:
        yield Block(n, anchor.line, text, 1, hints)
        n += 1
    for b in blocks[last + 1:]:
        yield b._replace(index=n)
        n += 1

"""Plain text in: every non-blank line is a block."""

from __future__ import annotations


from ..document import Block, Document
from ..patterns import compile_pattern

# Unicode line boundaries that str.splitlines() honours but a text file's
# reader should not split on inside a paragraph (form feed, separators) are
# kept: we split on \n, \r\n and lone \r only.


class InputError(ValueError):
    """Input that cannot be read as a page (a ``ValueError``); the message, one line, is for the user."""


def decode(data: bytes, encoding: str | None = None) -> tuple[str, int]:
    """Bytes to text: BOMs honoured, UTF-16 without a BOM recognised, UTF-8 by default,
    invalid bytes replaced and counted.

    Returns the text and how many characters were replaced.
    """
    if encoding:
        try:
            text = data.decode(encoding, errors="replace")
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
        return text, text.count("\ufffd")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
        return text, text.count("\ufffd")
    else:
        wide = utf16_without_bom(data)
        if wide:
            text = data.decode(wide, errors="replace")
            return text, text.count("\ufffd")
    try:
        return data.decode("utf-8"), 0
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        return text, text.count("\ufffd")


# UTF-16 without a BOM is sniffed on the head of the bytes, which must hold a few characters
UTF16_HEAD = 1024
UTF16_MIN_HEAD = 8
UTF16_NUL_SHARE = 0.4  # of the code units in one position, at least this share are NULs (ASCII text)...
UTF16_STRAY_NUL_SHARE = 0.05  # ...and at most this share in the other position


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes look like UTF-16 text with no BOM:
    NULs in nearly every odd (or even) position and almost none in the others."""
    head = data[:UTF16_HEAD]
    head = head[: len(head) - len(head) % 2]
    if len(head) < UTF16_MIN_HEAD:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd >= UTF16_NUL_SHARE * half and even <= UTF16_STRAY_NUL_SHARE * half:
        return "utf-16-le"
    if even >= UTF16_NUL_SHARE * half and odd <= UTF16_STRAY_NUL_SHARE * half:
        return "utf-16-be"
    return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes in the first 8 KiB (outside UTF-16) mean this is not text."""
    head = data[:8192]
    if b"\x00" not in head:
        return False  # (the common case, at C speed: UTF-16 without a BOM has NULs too)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_without_bom(head):
        return False
    return b"\x00" in head


# ``Block(...)`` as the named tuple makes it, every field given (no hints, one line), without its
# Python-level ``__new__``: a page makes one per line
_new = tuple.__new__
_NO_HINTS = Block._field_defaults["hints"]


def read_text(text: str, *, source: str | None = None, unwrap: bool | None = None) -> Document:
    """Split ``text`` into blocks: one per non-blank line, stripped, with its line and column.

    A hard-wrapped page (tools such as ``html2text`` or ``lynx -dump`` break paragraphs at a
    fixed width) has each wrapped paragraph joined back into one block, its lines joined by a
    space: ``unwrap=None`` detects such pages (see :func:`wrap_width`), ``True`` joins lines
    that fill the page's widest line (less a margin) to the next, ``False`` never joins.
    """
    blocks: list[Block] = []
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    raws = text.split("\n")
    width = wrap_width(raws) if unwrap is None else (_widest(raws) if unwrap else None)
    if width is None:
        append, k = blocks.append, 0  # (``k``: the blocks so far, counted, not asked of the list)
        for lineno, raw in enumerate(raws, start=1):
            lead = raw.lstrip()  # (raw.strip() is lead.rstrip(); the column from what lstrip took)
            if lead:
                append(_new(Block, (k, lineno, lead.rstrip(), len(raw) - len(lead) + 1, _NO_HINTS, 0)))
                k += 1
        return Document(tuple(blocks), source)
    full = width - WRAP_MARGIN
    k, n = 0, len(raws)
    while k < n:
        stripped = raws[k].strip()
        if not stripped:
            k += 1
            continue
        first, parts = k, [stripped]
        while len(raws[k].rstrip()) >= full and k + 1 < n and _continues(raws[k + 1]):
            k += 1
            parts.append(raws[k].strip())
        col = len(raws[first]) - len(raws[first].lstrip()) + 1
        blocks.append(Block(len(blocks), first + 1, " ".join(parts), col, last=k + 1 if k > first else 0))
        k += 1
    return Document(tuple(blocks), source)


WRAP_MARGIN = 20  # a wrapped line ends within this many characters of the wrap width
WRAP_MIN, WRAP_MAX = 50, 140  # widths wrapping tools use
WRAP_MIN_LINES = 8  # fewer lines than this say nothing about a wrap width
WRAP_MIN_BLANKS = 2  # a wrapped page keeps blank lines between its paragraphs: at least two
WRAP_MIN_CARRIED = 4  # lines that fill the width and go on in the next: fewer can be chance
WRAP_LOWER_SHARE = 3  # one carried line in this many (or more) goes on in lower case
# a list item's marker (`- `, `* `, `• `, `1. `), as text and Markdown pages print it
LIST_ITEM = compile_pattern(r"[ \t]{0,12}(?:[-*•+]|\d{1,3}[.)])[ \t]+", "")


def _widest(raws: list[str], ends: list[int] | None = None) -> int | None:
    """The widest line up to WRAP_MAX that the next line carries on (a line standing alone
    between blank lines, such as a long headline, was never wrapped), when at most one line
    in ten is wider (an unbreakable address, a table row); None when the page has no such
    width. (``ends``: each line's length without its trailing blanks, when known; a line is
    blank when that is 0.)"""
    if ends is None:
        ends = list(map(len, map(str.rstrip, raws)))
    widths = list(filter(None, ends))  # (the lines not blank, picked in C)
    fit = [w for w in widths if w <= WRAP_MAX]
    if not fit or (len(widths) - len(fit)) * 10 > len(widths):
        return None
    carried = [w for w, nxt in zip(ends, ends[1:]) if nxt and w <= WRAP_MAX]
    return max(carried) if carried else max(fit)


def _continues(raw: str) -> bool:
    """The next physical line carries on the paragraph: not blank, not a new list item."""
    s = raw.strip()
    return bool(s) and LIST_ITEM.match(s) is None


def wrap_width(raws: list[str]) -> int | None:
    """The width a page was hard-wrapped at, or None when it was not.

    A wrapped page has blank lines between paragraphs, hardly a line wider than the wrap
    width (50 to 140 characters; one in ten at most, for addresses and table rows that
    cannot break), and at least four lines that fill that width and go on in the next
    line, a third of them or more into a word in lower case (a sentence carried over,
    never the next headline of a list).
    """
    if len(raws) < WRAP_MIN_LINES:
        return None
    ends = list(map(len, map(str.rstrip, raws)))  # (0: a blank line; each line's in C)
    if ends.count(0) < WRAP_MIN_BLANKS:
        return None
    width = _widest(raws, ends)
    if width is None or not WRAP_MIN <= width <= WRAP_MAX:
        return None
    full = width - WRAP_MARGIN
    carried = lower = 0
    for a, b in zip(ends, raws[1:]):
        if a >= full and _continues(b):
            carried += 1
            lower += b.strip()[:1].islower()
    return width if carried >= WRAP_MIN_CARRIED and lower * WRAP_LOWER_SHARE >= carried else None

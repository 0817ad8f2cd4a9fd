"""Plain text in: every non-blank line is a block."""

from __future__ import annotations

from ..document import Block, Document

# Unicode line boundaries that str.splitlines() honours but a text file's
# reader should not split on inside a paragraph (form feed, separators) are
# kept: we split on \n, \r\n and lone \r only.


class InputError(Exception):
    """Input that cannot be read as a page; the message is for the user."""


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


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes look like UTF-16 text with no BOM:
    NULs in nearly every odd (or even) position and almost none in the others."""
    head = data[:1024]
    head = head[: len(head) - len(head) % 2]
    if len(head) < 8:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd >= 0.4 * half and even <= 0.05 * half:
        return "utf-16-le"
    if even >= 0.4 * half and odd <= 0.05 * half:
        return "utf-16-be"
    return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes in the first 8 KiB (outside UTF-16) mean this is not text."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_without_bom(head):
        return False
    return b"\x00" in head


def read_text(text: str, *, source: str | None = None) -> Document:
    """Split ``text`` into blocks: one per non-blank line, stripped, with its line and column."""
    blocks: list[Block] = []
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for lineno, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if not stripped:
            continue
        col = len(raw) - len(raw.lstrip()) + 1
        blocks.append(Block(len(blocks), lineno, stripped, col))
    return Document(tuple(blocks), source)

"""Markdown in (what html2text, markdownify and reader services give): one block per
paragraph, heading, list item, quote or table row, with the markup taken out.

Like the HTML reader, this one renders: a block's text is what a reader of the page
sees (link text without its address, no image syntax, no emphasis marks), and the block
keeps the lines it came from (``line`` to ``last``). Paragraph lines that a tool wrapped
are joined by a space. Every pattern is bounded, so reading stays linear.
"""

from __future__ import annotations

import re

from ..document import Block, Document
from ..patterns import compile_pattern
from .text import LIST_ITEM

_FENCE = compile_pattern(r"[ \t]{0,3}(?:```|~~~)", "")
_ATX = compile_pattern(r"[ \t]{0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", "")
_SETEXT = compile_pattern(r"[ \t]{0,3}(?:={2,}|-{2,})[ \t]*$", "")
_RULE = compile_pattern(r"[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$", "")
_QUOTE = compile_pattern(r"[ \t]{0,3}>[ \t]?", "")
_TABLE_RULE = compile_pattern(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*){0,50}\|?[ \t]*$", "")
_REF_DEF = compile_pattern(r"[ \t]{0,3}\[[^\]\n]{1,200}\]:[ \t]*\S{1,2000}", "")

# inline markup, in the order it is taken out
_IMAGE = compile_pattern(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)", "")
_LINK = compile_pattern(r"\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)", "")
_REF_LINK = compile_pattern(r"\[([^\]\n]{1,500})\]\[[^\]\n]{0,100}\]", "")
_AUTOLINK = compile_pattern(r"<(?:https?|mailto):[^>\s]{1,2000}>", "")
_TAG = compile_pattern(r"</?[A-Za-z][A-Za-z0-9-]{0,20}(?:[ \t][^<>\n]{0,300})?/?>", "")
_STRONG = compile_pattern(r"(\*\*|__)(?=\S)([^\n]{1,500}?)(?<=\S)\1", "")
_EM_STAR = compile_pattern(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*(?![\w*])", "")
_EM_UNDER = compile_pattern(r"(?<![\w_])_(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_])_(?![\w_])", "")
_CODE = compile_pattern(r"`([^`\n]{1,300})`", "")
_ESCAPE = compile_pattern(r"\\([\\`*_{}\[\]()#+\-.!|>~])", "")
_SPACES: re.Pattern[str] = compile_pattern(r"[ \t]{2,}", "")

# signs that a text page is Markdown, counted on its head
_MD_LINK = re.compile(rb"\]\((?:https?:|/|#)")
_MD_HEADING = re.compile(rb"(?m)^#{1,6}[ \t]+\S")
MD_SNIFF_BYTES = 65536  # the head of the page the signs are counted on
MD_MIN_LINKS = 3  # with a Markdown heading: fewer links can be a text page quoting one
MD_MANY_LINKS = 8  # without a heading: this many Markdown links are no accident


def looks_markdown(data: bytes) -> bool:
    """Links and images in Markdown syntax, and a heading or many links: a Markdown page."""
    head = data[:MD_SNIFF_BYTES]
    links = len(_MD_LINK.findall(head))
    return links >= MD_MIN_LINKS and (_MD_HEADING.search(head) is not None or links >= MD_MANY_LINKS)


def render_inline(text: str) -> str:
    """The text a reader sees: images dropped, links to their text, marks taken out."""
    if "!" in text:
        text = _IMAGE.sub("", text)
    if "[" in text:
        text = _LINK.sub(r"\1", text)
        text = _REF_LINK.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK.sub("", text)
        text = _TAG.sub("", text)
    if "*" in text or "_" in text:
        text = _STRONG.sub(r"\2", text)
        text = _EM_STAR.sub(r"\1", text)
        text = _EM_UNDER.sub(r"\1", text)
    if "`" in text:
        text = _CODE.sub(r"\1", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()


def read_markdown(text: str, *, source: str | None = None) -> Document:
    """Split a Markdown page into rendered blocks, each with the lines it came from."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    blocks: list[Block] = []
    para: list[str] = []
    start = 0
    fenced = False

    def flush(end: int) -> None:
        nonlocal para
        if para:
            rendered = render_inline(" ".join(p.strip() for p in para))
            if rendered:
                blocks.append(Block(len(blocks), start + 1, rendered, 1, last=end + 1 if end > start else 0))
        para = []

    def single(k: int, raw: str) -> None:
        rendered = render_inline(raw)
        if rendered:
            blocks.append(Block(len(blocks), k + 1, rendered, 1))

    for k, raw in enumerate(lines):
        if _FENCE.match(raw):
            flush(k - 1)
            fenced = not fenced
            continue
        if fenced:
            if raw.strip():
                blocks.append(Block(len(blocks), k + 1, raw.strip(), 1))
            continue
        stripped = raw.strip()
        if para and _SETEXT.match(raw):
            flush(k - 1)  # the paragraph above was a heading (`Title` / `=====`)
            continue
        if not stripped or _RULE.match(raw) or (_TABLE_RULE.match(raw) and "-" in raw) or _REF_DEF.match(raw):
            flush(k - 1)
            continue
        heading = _ATX.match(raw)
        if heading is not None:
            flush(k - 1)
            single(k, heading.group(2))
            continue
        item = LIST_ITEM.match(raw)
        quote = _QUOTE.match(raw)
        if item is not None or stripped.startswith("|"):
            flush(k - 1)
            start, para = k, [raw[item.end():] if item is not None else stripped.replace("|", " ")]
            continue
        if quote is not None:
            if not para or not lines[start].lstrip().startswith(">"):
                flush(k - 1)
                start = k
            para.append(raw[quote.end():])
            continue
        if not para:
            start = k
        para.append(raw)
    flush(len(lines) - 1)
    return Document(tuple(blocks), source)

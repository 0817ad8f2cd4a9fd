"""HTML in: lxml parses the page into the same blocks as text, with structural hints.

Safe by construction: lxml's HTML parser never loads a DTD, resolves no
external entity and reaches no network (``no_network``); comments, processing
instructions, scripts, styles and hidden elements are dropped. Blocks follow
block-level elements, so paragraphs and headings stay whole; each keeps the
source line of its element and hints (tag, whether it sits in nav, header,
footer, aside, figure, form or a comment section, and its link density) that
rules may read. The walk is iterative, so deep nesting cannot overflow the stack.
"""

from __future__ import annotations

import codecs
import json
import re
from html import unescape
from types import MappingProxyType
from typing import Iterator

from lxml import etree, html

from ..dates import find_date
from ..document import Block, Document
from .text import InputError, read_text, utf16_without_bom

DROP = frozenset("script style noscript template svg iframe object embed canvas head button select "
                 "option input textarea map".split())
BLOCK = frozenset("address article aside blockquote body dd details div dl dt fieldset figcaption figure "
                  "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table "
                  "tbody td tfoot th thead tr ul caption center".split())
ZONES = ("nav", "header", "footer", "aside", "figure", "figcaption", "form", "article", "main", "articleBody")
_COMMENTS = re.compile(r"comment|disqus|respond|reply", re.I)
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WS = re.compile(r"\s+")
_TAG = re.compile(r"<[^<>]{0,2000}>")
MAX_BYTES = 64 * 1024 * 1024


def _parser(huge: bool = False) -> html.HTMLParser:
    # the bytes given to the parser are always UTF-8 (see ``_as_utf8``)
    return html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True,
                           huge_tree=huge, default_doctype=False, encoding="utf-8")


_DECLARED = re.compile(rb"""<meta[^>]{0,400}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})"""
                       rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""", re.I)


def html_encoding(data: bytes) -> str:
    """The encoding of an HTML page: a BOM, else UTF-8 when the bytes are valid UTF-8
    (legacy 8-bit text almost never is), else the charset the page declares, else
    windows-1252 (what browsers assume for undeclared Western pages).

    The bytes win over the declaration because scraped pages are often re-encoded
    to UTF-8 on the way while their ``<meta charset>`` still names the original.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    wide = utf16_without_bom(data)
    if wide:
        return wide
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    m = _DECLARED.search(data, 0, 65536)
    if m:
        name = (m.group(1) or m.group(2)).decode("ascii").lower()
        try:
            codecs.lookup(name)
        except LookupError:
            pass
        else:
            # browsers read a page declared Latin-1 or ASCII as windows-1252
            return "cp1252" if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii") else name
    return "cp1252"


def _as_utf8(data: bytes | str) -> bytes:
    """The page as UTF-8 bytes, whatever it was written in (invalid bytes replaced)."""
    if isinstance(data, str):
        return data.encode("utf-8", "replace")  # a lone surrogate becomes "?"
    enc = html_encoding(data)
    if enc == "utf-8":
        return data
    return data.decode(enc, "replace").encode("utf-8")


def read_html(data: bytes | str, *, source: str | None = None, max_bytes: int = MAX_BYTES) -> Document:
    """Parse a page into blocks; an unusable page raises :class:`InputError`."""
    if len(data) > max_bytes:
        raise InputError(f"{source or '-'}: larger than the page size limit of {max_bytes} bytes")
    data = _as_utf8(data)
    try:
        root = etree.fromstring(data, _parser()) if data.strip() else None
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"{source or '-'}: not parseable as HTML ({exc})") from None
    if root is None:
        return Document((), source)
    blocks = tuple(_blocks(root))
    if not blocks and b">" in data and re.search(rb">[^<\s]", data):
        # text but no blocks: libxml2 stops at its default nesting depth; read deep trees
        # in full (the walk below is iterative, the HTML parser expands no entities)
        deep = etree.fromstring(data, _parser(huge=True))
        if deep is not None:
            root, blocks = deep, tuple(_blocks(deep))
        if not blocks:  # deeper than any parser limit: keep the text, lose only the markup
            text = unescape(_TAG.sub(" \n", data.decode("utf-8", "replace")))
            return read_text(text, source=source)
    return Document(blocks, source, MappingProxyType(_metadata(root)))


def _hidden(el) -> bool:
    return (el.get("hidden") is not None or el.get("aria-hidden") == "true"
            or bool(_HIDDEN.search(el.get("style") or "")))


def _blocks(root) -> Iterator[Block]:
    parts: list[str] = []
    links = [0]
    state = {"line": 1, "tag": "body"}
    stack: list[tuple[str, bool]] = []  # (tag, in a comment section)
    skip_depth = 0
    out: list[Block] = []

    def flush() -> None:
        text = _WS.sub(" ", "".join(parts)).strip()
        if text:
            zones = {z for z, _ in stack if z in ZONES}
            hints = {"tag": state["tag"], "zones": tuple(sorted(zones)),
                     "comments": any(c for _, c in stack),
                     "link_density": round(links[0] / max(len(text), 1), 3)}
            out.append(Block(len(out), state["line"], text, 1, MappingProxyType(hints)))
        parts.clear()
        links[0] = 0

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if skip_depth or tag in DROP or _hidden(el):
                skip_depth += 1
                continue
            if tag in BLOCK or tag == "br":
                flush()
                state["line"] = el.sourceline or state["line"]
                state["tag"] = tag
            marker = " ".join((el.get("class") or "", el.get("id") or ""))
            zone = "articleBody" if el.get("itemprop") == "articleBody" else tag
            stack.append((zone, bool(_COMMENTS.search(marker)) or (bool(stack) and stack[-1][1])))
            if el.text:
                parts.append(el.text)
                if tag == "a":
                    links[0] += len(el.text.strip())
        else:
            if skip_depth:
                skip_depth -= 1
                if skip_depth == 0 and el.tail:
                    parts.append(el.tail)
                continue
            if tag in BLOCK:
                flush()  # before leaving the element: its own zone belongs to its text
            if stack:
                stack.pop()
            if el.tail:
                parts.append(el.tail)
    flush()
    yield from out


def _metadata(root) -> dict[str, object]:
    meta: dict[str, object] = {}

    def first(*xpaths: str) -> str | None:
        for xp in xpaths:
            for value in root.xpath(xp):
                text = _WS.sub(" ", str(value)).strip()
                if text:
                    return text
        return None

    title = first("//meta[@property='og:title']/@content", "//meta[@name='twitter:title']/@content",
                  "//h1//text()", "//title/text()")
    if title:
        meta["title"] = title
    author = first("//meta[@name='author']/@content", "//*[@rel='author']//text()")
    published = first("//meta[@property='article:published_time']/@content", "//time/@datetime")
    section = first("//meta[@property='article:section']/@content")
    for raw in root.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if not isinstance(item, dict):
                continue
            published = published or item.get("datePublished")
            section = section or item.get("articleSection")
            a = item.get("author")
            if not author and isinstance(a, dict):
                author = a.get("name")
            elif not author and isinstance(a, list) and a and isinstance(a[0], dict):
                author = a[0].get("name")
    if author:
        meta["byline"] = str(author)
    if published:
        found = find_date(str(published))
        if found:
            meta["published"] = found.iso
    if isinstance(section, str) and section.strip():
        meta["section"] = section.strip()
    lang = root.get("lang")
    if lang:
        meta["language"] = lang
    canonical = first("//link[@rel='canonical']/@href")
    if canonical:
        meta["url"] = canonical
    return meta

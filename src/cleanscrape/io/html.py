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
from codecs import utf_8_decode as _utf8_decode
import json
import re
from html import unescape
import itertools
from itertools import accumulate, chain, count, repeat
from operator import attrgetter, itemgetter
from types import MappingProxyType
from collections.abc import Callable, Iterator
from ..typed import TYPE_CHECKING, cast

from lxml import etree

from ..dates import find_date
from ..document import Block, Document, HintColumns, Hints
from ..patterns import compile_pattern
from ..text import TERMINAL, ZERO_WIDTH, words
from .text import InputError, read_text, utf16_without_bom

if TYPE_CHECKING:  # pragma: no cover
    from ..patterns import Pattern

DROP = frozenset("script style noscript template svg iframe object embed canvas head button select "
                 "option input textarea map".split())
BLOCK = frozenset("address article aside blockquote body dd details div dl dt fieldset figcaption figure "
                  "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table "
                  "tbody tfoot thead tr ul caption center".split())
# a table row is one block, its cells split by " | " (as trafilatura and Markdown print them)
CELLS = frozenset({"td", "th"})
CELL_SEPARATOR = " | "
# dropped elements that a reader sees as a gap between the texts around them (not a script or
# a hidden span, which may sit inside a word)
SEPARATING = frozenset("button svg input select textarea iframe object embed canvas map".split())
# the elements around a block whose kind the block model reads, as bits of its ``ancestors`` hint
ANCESTOR_BITS = {"li": 1, "ul": 1, "ol": 1, "td": 2, "th": 2, "table": 2, "section": 4, "blockquote": 8}
ZONES = frozenset({"nav", "header", "footer", "aside", "figure", "figcaption", "form", "article", "main",
                   "articleBody"})


def _plain(pattern: str) -> Pattern:
    """``re.compile(pattern)``, kept across processes (:mod:`cleanscrape.kept`)."""
    return compile_pattern(pattern, "")


_HIDDEN = compile_pattern(r"display\s*:\s*none|visibility\s*:\s*hidden", "i")
_WS = _plain(r"\s+")
_FLUSHED = (0, False)  # a block's link characters and whether it holds text, once it is flushed
_INVISIBLE = " " + ZERO_WIDTH  # stripped with the spaces: a block of only these is empty
_TAG = _plain(r"<[^<>]{0,2000}>")
MAX_BYTES = 64 * 1024 * 1024


def _parser(huge: bool = False) -> etree.HTMLParser:
    # the bytes given to the parser are always UTF-8 (see ``_as_utf8``); plain etree
    # elements (no lxml.html class lookup per element: the walk reads tags and attributes only)
    return etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True,
                            huge_tree=huge, default_doctype=False, encoding="utf-8", collect_ids=False)


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
    if valid_utf8(data):
        return "utf-8"
    m = _DECLARED.search(data, 0, 65536)
    if m:
        name = (m.group(1) or m.group(2)).decode("ascii").lower()
        try:
            info = codecs.lookup(name)
        except LookupError:
            pass
        else:
            # only real text encodings a browser would honour: no UTF-7, no escape codecs
            if getattr(info, "_is_text_encoding", True) and info.name not in _REFUSED_CODECS:
                # browsers read a page declared Latin-1 or ASCII as windows-1252
                return "cp1252" if info.name in ("latin-1", "iso8859-1", "ascii") else info.name
    return "cp1252"


UTF8_CHUNK = 4096  # bytes: a page's stretches of markup in ASCII this long are passed over without decoding


def valid_utf8(data: bytes) -> bool:
    """``data.decode("utf-8")`` would succeed: decoded a stretch at a time, the stretches in
    ASCII (most of a page's markup and scripts) passed over (``bytes.isascii`` reads them at C
    speed; decoding the whole page made and dropped a string of it)."""
    if data.isascii():
        return True
    carry = b""
    try:
        for at in range(0, len(data), UTF8_CHUNK):
            chunk = data[at:at + UTF8_CHUNK]
            if not carry and chunk.isascii():
                continue
            part = carry + chunk
            carry = part[_utf8_decode(part, "strict", False)[1]:]  # (a character cut by the stretch's end: carried)
    except UnicodeDecodeError:
        return False
    return not carry


# Python codecs a page may name but no browser decodes it with (UTF-7 is also an XSS
# vector; the escape codecs turn text into code points, lone surrogates included)
_REFUSED_CODECS = frozenset({"utf-7", "unicode-escape", "raw-unicode-escape", "punycode", "idna",
                             "undefined", "mbcs", "oem", "palmos", "utf-16", "utf-16-le", "utf-16-be",
                             "utf-32", "utf-32-le", "utf-32-be"})


def _as_utf8(data: bytes | str) -> bytes:
    """The page as UTF-8 bytes, whatever it was written in (invalid bytes replaced)."""
    if isinstance(data, str):
        return data.encode("utf-8", "replace")  # a lone surrogate becomes "?"
    enc = html_encoding(data)
    if enc == "utf-8":
        return data
    return data.decode(enc, "replace").encode("utf-8", "replace")


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
    meta = _metadata(root)  # before the head and the scripts (JSON-LD) are cut away
    _prune(root)
    walk = _walked(root)
    blocks = tuple(walk.out)
    if not blocks and b">" in data and re.search(rb">[^<\s]", data):
        # text but no blocks: libxml2 stops at its default nesting depth; read deep trees
        # in full (the walk below is iterative, the HTML parser expands no entities)
        deep = etree.fromstring(data, _parser(huge=True))
        if deep is not None:
            _prune(deep)
            walk = _walked(deep)
            root, blocks = deep, tuple(walk.out)
        if not blocks and (deep is None or _nested_to_the_limit(deep) or _any_text(deep)):
            # deeper than any parser limit, or hidden as a whole: keep the text, lose only the
            # markup (a page whose only text is a script's or a style's is a page with no text)
            text = unescape(_TAG.sub(" \n", data.decode("utf-8", "replace")))
            return read_text(text, source=source)
    walked, ld_body = blocks, meta.pop(_LD_BODY, None)
    if isinstance(ld_body, str) and len(ld_body) >= LD_BODY_MIN:
        blocks = _with_ld_body(blocks, unescape(unescape(ld_body)))  # (CMS write entities in it, escaped again)
    # (the walk's hint columns are these blocks' unless the JSON-LD body added some: then read off the hints)
    cols = HintColumns(blocks, *walk.columns) if blocks is walked else None  # type: ignore[arg-type]
    return Document(blocks, source, MappingProxyType(meta), cols)


_LD_BODY = "_ld_body"
LD_BODY_MIN = 1000  # characters of a JSON-LD articleBody worth reading: a whole article, not a summary
LD_BODY_SHOWN = 0.25  # ...when the page's blocks show less than this share of its word runs
LD_PROBE_CHARS = 30  # characters of each of three samples of it looked up in the page's text first
LD_PROBES_SHOWN = 2  # ...of which this many found say the page shows it
LD_LEAD_SHARE = 0.5  # a block this much made of its word runs is its lead (the text goes after it)


def _shingles(text: str) -> set[tuple[str, ...]]:
    ws = words(text.lower())
    return {tuple(ws[i:i + 4]) for i in range(len(ws) - 3)}


def _shown(runs: set[tuple[str, ...]], among: set[tuple[str, ...]]) -> bool:
    """Whether most of a text's word runs are ``among`` another's (half of them or more)."""
    return bool(runs) and len(runs & among) >= LD_LEAD_SHARE * len(runs)


def _with_ld_body(blocks: tuple[Block, ...], body: str) -> tuple[Block, ...]:
    """The blocks, and the article the page's JSON-LD ``articleBody`` holds when the
    markup shows little of it (a paywall or a script renders it): its paragraphs, as
    the ``articleBody`` zone, after the last block whose text it holds (its lead)."""
    joined = " ".join(b.text for b in blocks)
    flat = " ".join(body.split())
    probes = [flat[k * len(flat) // 4:][:LD_PROBE_CHARS] for k in (1, 2, 3)]
    if sum(p in joined for p in probes) >= LD_PROBES_SHOWN:
        return blocks  # (cheap: the page shows it, as most do)
    want = _shingles(body)
    shown: set[tuple[str, ...]] = set()
    last = -1
    for k, b in enumerate(blocks):
        s = _shingles(b.text)
        shown |= s
        if s and _shown(s, want):
            last = k
    if not want or len(shown & want) >= LD_BODY_SHOWN * len(want):
        return blocks
    line = blocks[last].line if last >= 0 else (blocks[-1].line if blocks else 1)
    paras = [" ".join(p.split()) for p in body.split("\n")]
    paras = [p for p in paras if not _shown(_shingles(p), shown)]  # (a paragraph the page shows is not read twice)
    hints: Hints = {"tag": "p", "zones": ("articleBody",), "articles": 0, "comments": False,
                    "link_density": 0.0, "main": True}
    new = [Block(0, line, p, 1, cast(Hints, MappingProxyType(hints))) for p in paras if p]
    out = list(blocks[:last + 1]) + new + list(blocks[last + 1:])
    return tuple(b._replace(index=k) for k, b in enumerate(out))


# libxml2 stops a tree at this depth (256; 2048 with huge_tree): a tree that reaches it was cut
PARSER_DEPTH_LIMIT = 255


def _nested_to_the_limit(root: etree._Element) -> bool:
    """Whether the tree reaches the parser's nesting limit (one walk, no recursion)."""
    depth = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth >= PARSER_DEPTH_LIMIT:
            return True
    return False


def _any_text(root: etree._Element) -> bool:
    return any(t.strip() for t in root.itertext())


def _prune(root: etree._Element) -> None:
    """Cut what never becomes text out of the tree, in C, before the walk: scripts,
    styles, forms' widgets, comments; each cut element's tail stays, where it was (after a
    space, for a button or an icon: a reader sees a gap there)."""
    for el in root.iter(*SEPARATING):  # a button or an icon between two texts: `Hannah Ostrow` `6 min read`
        el.tail = " " + el.tail if el.tail else " "
    big = [el for el in root.iter("noscript") if _many_elements(el)]
    if big:  # (rare: the page's own text is measured without its scripts)
        etree.strip_elements(root, "script", "style", with_tail=False)
        page = sum(len(t.strip()) for t in root.itertext())
        for el in big:
            if sum(len(t.strip()) for t in el.itertext()) > NOSCRIPT_SHARE * page:
                el.tag = "div"  # a <noscript> left open swallowed the page: read it as what it holds
    etree.strip_elements(root, *DROP, etree.Comment, etree.ProcessingInstruction, with_tail=False)


NOSCRIPT_ELEMENTS = 5  # elements of a <noscript> (itself counted): more than a fallback image, a pixel or a notice
NOSCRIPT_SHARE = 0.5  # ...and more than this share of the page's text: the page, not a fallback


def _many_elements(el: etree._Element) -> bool:
    """Whether a ``<noscript>`` may hold more than a fallback: an element opened in it and never
    closed there (`<noscript><div class="no-js"></noscript>`) makes the parser put the rest of the
    page under it, where a browser that runs scripts shows it all; a blog template renders its
    post from a ``<script type="text/template">`` and prints it again only in a ``<noscript>``."""
    return len(el) > 0 and sum(1 for _ in itertools.islice(el.iter(), NOSCRIPT_ELEMENTS)) >= NOSCRIPT_ELEMENTS


# a server-rendered React page streams each part of the page in a hidden `<div hidden id="S:1">`
# that its inline script moves into place: hidden in the markup, shown in every browser
_STREAMED = _plain(r"S:[0-9a-z]{1,8}")


def _hidden(attrs: etree._Attrib, tag: str = "div") -> bool:
    # (`aria-hidden` hides from screen readers, not from the eye: it hides an icon, a widget or a
    # copy, but a paywall marks the article's own paragraphs with it, shown blurred or whole)
    return (("hidden" in attrs and not _STREAMED.fullmatch(attrs.get("id", "")))
            or (attrs.get("aria-hidden") == "true" and tag != "p")
            or ("style" in attrs and bool(_HIDDEN.search(attrs["style"])))
            or ("class" in attrs and tag not in _PAGE and _HIDDEN_CLASS.search(attrs["class"]) is not None
                and ":" not in attrs["class"]))


# the class CSS frameworks hide an element with (`hidden`, Bootstrap's and Tailwind's), unless a
# responsive variant shows it again (`hidden md:block`)
_HIDDEN_CLASS = _plain(r"(?:^|\s)hidden(?:$|\s)")


def _trie(words: str) -> str:
    """A regex for exactly the literal ``words`` (space-separated), factored on common
    prefixes (`co(?:mment|ntact)`): the same strings as ``a|b|c``, but the engine tries one
    branch per letter instead of every word at every position."""
    return _trie_of(sorted(set(words.split())))


def _trie_of(words: list[str]) -> str:
    heads: dict[str, list[str]] = {}
    for w in words:
        if w:
            heads.setdefault(w[0], []).append(w[1:])
    alts = [re.escape(h) + _trie_of(tails) for h, tails in heads.items()]
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in words:  # a word ends here: what longer words add is optional
        return "(?:" + body + ")?" if alts else ""
    return body


# Class and id words that say "article text here" or "not article text", as every
# readability-style extractor reads them (generic template vocabulary, no site's names).
# (both searched in the lowercased words: a case-blind search costs several times more)
_POSITIVE_WORDS = "article body content entry hentry main page post text blog story prose"
_NEGATIVE_WORDS = ("combx comment contact foot masthead media meta outbrain promo related scroll "
                   "shoutbox sidebar sponsor shopping tags tool widget share social nav menu "
                   "breadcrumb newsletter subscribe advert popup modal cookie recommend trending "
                   "popular teaser banner byline author caption credit")
_POSITIVE = _plain(_trie(_POSITIVE_WORDS))
_NEGATIVE = _plain(_trie(_NEGATIVE_WORDS))
_TAG_BASE = {"div": 5, "article": 5, "section": 3, "main": 5, "pre": 3, "td": 3, "blockquote": 3,
             "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3,
             "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5}
# blocks that count as paragraphs when they vote for their container
_PARAGRAPH_TAGS = frozenset("p pre td div blockquote dd br section article center font span".split())
_COMMAS = ",，、،"  # (counted one character at a time: str.count scans at C speed)
_FURNITURE = frozenset({"nav", "footer", "aside"})  # zones whose prose casts no vote
MIN_PARAGRAPH = 25  # characters: shorter blocks cast no vote
OPEN_LINE_CHARS = 80  # characters: a shorter block votes only when it ends like a sentence
WRAPPED_SPLITS = 2  # runners-up under one ancestor with the winner: the text is split in wrappers
CACHE_MAX = 50_000  # class/id strings remembered (templates repeat the same few)
MIN_MAIN_CHARS = 150  # characters the container must hold: fewer are a line or two, not the page's text
MIN_MAIN_SCORE = 12.0  # the winner must score this much, or the page has no clear container
HOLDER_LEVELS = 3  # ancestors of the winner searched for the one that holds its paragraphs
HOLDER_GAIN = 3.0  # ...which holds this many times the winner's text votes
CLOSE_SHARE = 0.75  # runners-up this close to the winner: the text is spread over wrappers
COUSIN_LEVELS = 6  # how far up a split article's parts may meet
COUSIN_SHARE = 0.4  # a part must carry this share of the winner's text to join it...
TWIN_SHARE = 0.1  # ...or this share when it is the same element (tag and classes) as the winner


class _Tree:
    """The elements the walk opened: parent, tag, classes, the blocks each holds (``first``
    to ``last``, not included), and the text and link characters under each."""

    __slots__ = ("parent", "tag", "marker", "shape", "first", "last", "depth", "sizes", "link_sizes")

    def __init__(self) -> None:
        self.parent: list[int] = []
        self.tag: list[str] = []
        self.marker: list[str] = []
        # the class words alone (no id): the parts of one article that a template prints as
        # the same element carry the same classes and each its own id (`<div id="c68513" class="frame">`)
        self.shape: list[str] = []
        self.first: list[int] = []
        self.last: list[int] = []
        # how many nodes stand above each, plus one (what the stack of open nodes holds when it opens,
        # with its sentinel): depths are only compared and subtracted
        self.depth: list[int] = []
        # running totals over the blocks, of their characters and their link characters (set by
        # ``_Walk.finish``): what an element holds is a difference of two, no walk of its subtree
        self.sizes: list[int] = [0]
        self.link_sizes: list[int] = [0]

    def chars(self, n: int) -> int:
        """The characters of the blocks under node ``n``."""
        return self.sizes[self.last[n]] - self.sizes[self.first[n]]

    def links(self, n: int) -> int:
        """The link characters of the blocks under node ``n``."""
        return self.link_sizes[self.last[n]] - self.link_sizes[self.first[n]]

    def ancestors(self, n: int) -> list[int]:
        out = []
        n = self.parent[n]
        while n >= 0:
            out.append(n)
            n = self.parent[n]
        return out


def _vote(text: str) -> float:
    """How strongly a block says "article text here": length and commas, as readability
    counts them, and only for text that reads as prose, not as a list of headlines."""
    if len(text) < MIN_PARAGRAPH or (len(text) < OPEN_LINE_CHARS and text[-1] not in TERMINAL):
        return 0.0  # a headline or a label: rails of teasers are made of these
    return 1 + sum(map(text.count, _COMMAS)) + min(len(text) / 100, 3)


FORM_PAGE_SHARE = 0.5  # a <form> that holds this share of the page's text wraps the page (ASP.NET), not a dialog


def _small_forms(tree: _Tree, voters: list[bool]) -> list[int]:
    """The ``<form>`` elements that hold a small part of the page (a sign-in dialog, a
    newsletter or contact form, a search box, a poll): their prose casts no vote for the
    text container. A form that wraps the page, as some frameworks print every page, still
    votes. Returns the small forms (``_mark_forms`` marks their blocks once the container is known)."""
    total, tags, n = tree.sizes[-1], tree.tag, -1
    small = []
    for _ in range(tags.count("form")):  # (the forms found in C: most pages have one or two)
        n = tags.index("form", n + 1)
        if tree.chars(n) < FORM_PAGE_SHARE * total:
            small.append(n)
            for k in range(tree.first[n], tree.last[n]):
                voters[k] = False
    return small


def _mark_forms(tree: _Tree, forms: list[int], main: set[int], raw_hints: list[Hints]) -> None:
    """The blocks of a small form (``_small_forms``) carry the hint ``form`` (``CS502`` drops
    them: a field's label, a password rule, a consent line, a sign-up box's blurb), unless the
    form holds the text container: a form around the article's text is the page's, whatever
    its share."""
    first, last = tree.first, tree.last
    for n in forms:
        if not any(first[n] <= first[m] and last[m] <= last[n] for m in main):
            for k in range(first[n], last[n]):
                raw_hints[k]["form"] = True


# class and id words of a box the page opens over its text (a log-in or sign-up panel, a
# consent or error layer): `login-modal`, `b-dialog` (whole words only)
_DIALOG = _plain(r"(?<![a-z])(?:modal|dialog)(?![a-z])")
DIALOG_PAGE_SHARE = 0.5  # a "dialog" that holds this share of the page's text is the page (a modal reader view)


def _is_dialog_marker(marker: str) -> bool:
    low = marker.lower()
    # (not when its words say text too: `article modal-enabled` is an article that opens its pictures)
    return bool(_DIALOG.search(low)) and not _POSITIVE.search(low)


def _mark_dialogs(tree: _Tree, raw_hints: list[Hints]) -> None:
    """The blocks of a dialog (an element whose class or id words say modal or dialog and
    none says text) that holds less than half of the page's text carry
    the hint ``dialog`` (``CS502`` drops them): a log-in panel's short sentences (`The
    password needs eight characters.`), printed in the page for a script to show, are no
    part of the article; one that holds most of the page is the page."""
    markers = tree.marker
    low = "\n".join(markers).lower()  # (one look in C: most pages name no dialog)
    if "modal" not in low and "dialog" not in low:
        return
    # (each class string once; the pattern only where one of its words stands)
    found = {m for m in set(markers) if m and ("modal" in (lm := m.lower()) or "dialog" in lm) and _is_dialog_marker(m)}
    total = tree.sizes[-1]
    for n, marker in enumerate(markers):
        if marker in found and tree.last[n] > tree.first[n] and tree.chars(n) < DIALOG_PAGE_SHARE * total:
            for k in range(tree.first[n], tree.last[n]):
                raw_hints[k]["dialog"] = True


def _main_container(tree: _Tree, owners: list[int], texts: list[str], voters: list[bool]) -> set[int]:
    """The elements that hold the article's text, readability-style.

    Each paragraph votes for its parent (fully) and grandparent (half) by its length
    and commas; an element's score, plus what its tag and class words say, is scaled
    down by its link density, and the best element wins. When runners-up score close
    to it inside a common ancestor, or an ancestor scores more, the text is spread
    over wrappers and the ancestor is taken. Parts of an article split by a figure or
    an ad join it: siblings that score well, and nearby elements that carry a fair
    share of its text (a smaller share when they are the same element as the
    winner). Empty when no element scores enough to say.
    """
    score, votes = _scores(tree, owners, texts, voters)
    if not score:
        return set()
    plain = {n: 1 - min(tree.links(n) / max(tree.chars(n), 1), 1) for n in score}
    final = {n: s * plain[n] for n, s in score.items()}
    text = {n: v * plain[n] for n, v in votes.items()}  # what the text alone says
    ranked = sorted(final, key=final.__getitem__, reverse=True)
    best = ranked[0]
    if final[best] < MIN_MAIN_SCORE:
        return set()
    best = _holder(tree, best, final, text)
    best = _wrapper(tree, ranked, final, best)
    chosen = _with_parts(tree, best, ranked, final, text)
    if sum(tree.chars(n) for n in chosen) < MIN_MAIN_CHARS:
        return set()  # a line or two: the winner led on its class words, not on the page's text
    return chosen


def _holder(tree: _Tree, best: int, final: dict[int, float], text: dict[int, float]) -> int:
    """The winner, or a near ancestor that holds several times its text and scores within
    a third of it: the winner led on its class words (a standfirst's `intro-text`), and the
    paragraphs stand beside it, in the ancestor."""
    own = text[best]
    for a in tree.ancestors(best)[:HOLDER_LEVELS]:
        if text.get(a, 0.0) >= HOLDER_GAIN * own and final[a] >= final[best] / 3:
            return a
    return best


def _scores(tree: _Tree, owners: list[int], texts: list[str],
            voters: list[bool]) -> tuple[dict[int, float], dict[int, float]]:
    """Each element's score (its paragraphs' votes plus what its tag and class words
    say) and the votes alone, for the elements that paragraphs voted for."""
    parent, tag = tree.parent, tree.tag
    score: dict[int, float] = {}
    votes: dict[int, float] = {}
    for owner, text, ok in zip(owners, texts, voters):
        if not ok or owner < 0 or tag[owner] not in _PARAGRAPH_TAGS:
            continue
        vote = _vote(text)
        if not vote:
            continue
        up = parent[owner]
        for share in (1.0, 0.5):
            if up < 0:
                break
            if up not in score:
                score[up] = _TAG_BASE.get(tag[up], 0) + _weight(tree.marker[up])
                votes[up] = 0.0
            score[up] += vote * share
            votes[up] += vote * share
            up = parent[up]
    return score, votes


def _wrapper(tree: _Tree, ranked: list[int], final: dict[int, float], best: int) -> int:
    """The winner, or the ancestor that wraps the text when it is spread over several
    elements: runners-up close to the winner inside one ancestor, or an ancestor that
    scores more (or within a third of the winner)."""
    # runners-up inside one ancestor with the winner: the text is split into wrappers
    close = [n for n in ranked[1:5] if final[n] >= CLOSE_SHARE * final[best]]
    if len(close) >= WRAPPED_SPLITS:
        lines = [set(tree.ancestors(n)) for n in close]
        for a in tree.ancestors(best):
            if sum(a in line for line in lines) >= WRAPPED_SPLITS:
                best = a
                break
    # up while an ancestor scores more, or stays within a third of the winner
    last = final.get(best, 0.0)
    floor = last / 3
    for a in tree.ancestors(best):
        if tree.tag[a] in ("body", "html"):
            break
        s = final.get(a)
        if s is None:
            continue
        if s < floor:
            break
        if s > last:
            best = a
            break
        last = s
    return best


def _with_parts(tree: _Tree, best: int, ranked: list[int], final: dict[int, float],
                text: dict[int, float]) -> set[int]:
    """``best`` and the other parts of an article split by a figure, an ad or a widget:
    nearby elements with a fair share of its text that no more text parts from it than
    they hold (``_join_parts``), and siblings that score well."""
    parent, tag = tree.parent, tree.tag
    chosen = {best}
    # the article split by a figure, an ad or a widget: its other parts join it
    above = tree.ancestors(best)
    near = set(above[:COUSIN_LEVELS])
    own = text.get(best, 0.0)
    parts: list[int] = []
    for n in ranked:
        if n == best:
            continue
        twin = bool(tree.shape[best]) and tree.shape[n] == tree.shape[best] and tag[n] == tag[best]
        if text[n] < (TWIN_SHARE if twin else COUSIN_SHARE) * own or _weight(tree.marker[n]) < 0:
            continue
        line = tree.ancestors(n)
        if best in line or n in above or near.isdisjoint(line) or any(c in line for c in chosen) \
                or any(c in line for c in parts):
            continue
        parts.append(n)
    _join_parts(tree, chosen, parts)
    _between_twins(tree, best, chosen)
    up = parent[best]
    if up >= 0:
        limit = max(10.0, 0.2 * final.get(best, 0.0))
        for n, s in final.items():
            if n != best and parent[n] == up and s >= limit:
                chosen.add(n)
    return chosen


def _join_parts(tree: _Tree, chosen: set[int], parts: list[int]) -> None:
    """Join the ``parts`` found for the article (``chosen``): those inside its span at once,
    then, on each side, the nearest while less text stands between it and the article than
    that part and the parts beyond it hold. The rest of an article split by an ad or a box of
    links holds more text than the box; a text widget in a sidebar, past the comments and the
    page's other columns, holds less than what stands between."""
    first, last, sizes, chars = tree.first, tree.last, tree.sizes, tree.chars
    left = parts
    while left:
        start = min(first[c] for c in chosen)
        end = max(last[c] for c in chosen)
        joined = [n for n in left if first[n] < end and last[n] > start]
        if not joined:
            after = sorted((n for n in left if first[n] >= end), key=first.__getitem__)
            before = sorted((n for n in left if last[n] <= start), key=last.__getitem__, reverse=True)
            if after and sizes[first[after[0]]] - sizes[end] <= sum(map(chars, after)):
                joined.append(after[0])
            if before and sizes[start] - sizes[last[before[0]]] <= sum(map(chars, before)):
                joined.append(before[0])
            if not joined:
                return
        chosen.update(joined)
        left = [n for n in left if n not in chosen]


def _between_twins(tree: _Tree, best: int, chosen: set[int]) -> None:
    """Add the elements that are the same element as ``best`` (tag and classes) and stand
    between the article's first and last chosen parts, though their text cast no vote: a
    part that holds only a list, a table or short lines (`<div class="frame">` around a
    bullet list, between two `<div class="frame">` of paragraphs)."""
    shape, tag = tree.shape[best], tree.tag[best]
    if not shape or chosen == {best}:
        return  # (one part: nothing stands between parts)
    start = min(tree.first[n] for n in chosen)
    end = max(tree.last[n] for n in chosen)
    shapes, n = tree.shape, -1
    for _ in range(shapes.count(shape)):  # (the elements of that shape, found in C)
        n = shapes.index(shape, n + 1)
        if tree.tag[n] == tag and n not in chosen and start <= tree.first[n] \
                and tree.last[n] <= end and tree.last[n] > tree.first[n]:
            if not any(c in chosen for c in tree.ancestors(n)):
                chosen.add(n)


_PLAIN = (False, "")  # no comment section, no caption or credit
_PAGE = frozenset({"html", "body"})  # elements whose class words describe the page, not a part of it
# class/id string -> (comments, media role, weight): what ``_marker_flags`` and ``_weight`` say of it,
# in one memo (the walk reads all three of most strings at once; templates repeat the same few strings)
_MARKERS: dict[str, tuple[bool, str, int]] = {}
# class and id words of a picture's caption or credit: `wp-caption-text`, `photo-credit`, `cutline`
_MEDIA = _plain(r"(?:^|[\s_-])(caption|cutline|credits?)(?:$|[\s_-])")  # on the lowercased words
MEDIA_MAX_CHARS = 400  # an element that says "caption" but holds more text is no caption
# a box the template drops into the article: a newsletter sign-up, share buttons, a promotion,
# a related-stories box (whole class or id words only: `share-tools`, `newsletter_box`)
# (at a start or after a separator: `(?<![^\s_-])`, which the engine finds by the words' first letters)
_PROMO_WORDS = ("newsletter newsletters signup subscribe subscription promo recirc outbrain taboola sharing share "
                "sharebar advert advertisement sponsored recommended related")
_PROMO = _plain(r"(?<![^\s_-])" + _trie(_PROMO_WORDS) + r"(?![^\s_-])")
# a notice the template prints under every article inside its text: a licence or copyright
# line, a disclaimer, the author's bio, a donation or call-to-action box (whole words, as `_PROMO`)
_NOTICE_WORDS = "disclaimer disclosure license licence copyright legal bio authorbio donate donation"
_NOTICE = _plain(r"(?<![^\s_-])" + _trie(_NOTICE_WORDS) + r"(?![^\s_-])")
_NOTICE_SET = frozenset(_NOTICE_WORDS.split())
# a comment section's class and id words: `comments`, `commentlist`, `commentaires`, `disqus_thread`,
# `respond`, `reply-form`; not an opinion piece's `commentary`, a flag such as `noloaddisqus`, nor
# a word that only starts with one of them (`js-replyNewMessageContainer`, a forum's thread)
_COMMENTS = _plain(r"comment(?!ary|aries|ator)|(?<![^\s_-])(?:disqus|re(?:spond|ply))(?![a-z])")


# Cheap first tests (a class string holds none of a pattern's words far more often than one, and
# the look-behinds of `_PROMO` and `_COMMENTS` cost the engine a try at every letter): `_PROMO`
# matches only a whole word between separators, so one of the words the separators cut
_PROMO_SET = frozenset(_PROMO_WORDS.split())
# every word `_MEDIA`, `_PROMO` and `_NOTICE` match (each only a whole word between separators):
# a class string with none of them is no caption, credit, promotion or notice box, found with
# one split and one set test (most class strings)
_MEDIA_SET = frozenset({"caption", "cutline", "credit", "credits"})
_BOX_SET = _MEDIA_SET | _PROMO_SET | _NOTICE_SET


def _class_words(low: str) -> list[str]:
    """A lowercased class string's words as `_PROMO`'s separators cut them."""
    return low.replace("_", " ").replace("-", " ").split()


def _may_name_comments(low: str) -> bool:
    """Whether a lowercased class string holds a word every match of `_COMMENTS` holds."""
    return "comment" in low or "disqus" in low or "respond" in low or "reply" in low


# every word the flags look for anywhere in a string (every box word, the words every `_COMMENTS`
# match holds): a string with none of them is plain (``_new_marker``); and these with the
# words of both weight lists
_FLAG_WORDS = _plain(_trie(" ".join((*sorted(_BOX_SET), "comment disqus respond reply"))))
_ANY_WORD = _plain(_trie(" ".join((*sorted(_BOX_SET), "comment disqus respond reply", _POSITIVE_WORDS,
                                   _NEGATIVE_WORDS))))
_WORD_KINDS: dict[str, int] = {}  # separated word -> the kinds of class word it holds (``_word_kinds``)
_BARE_WORDS: set[str] = set()  # separated words that hold none
_POSITIVE_WORD, _NEGATIVE_WORD, _FLAG_WORD = 1, 2, 4


PROMO_MAX_CHARS = 800  # an element that says "related" but holds more text may be the article's wrapper


def _marker_flags(marker: str) -> tuple[bool, str]:
    """What an element's class and id words say: whether it opens a comment section, and
    whether it holds a picture's caption or credit, is a promotion box or a notice box ("caption",
    "credit", "promo", "notice" or "").
    Memoised: templates repeat the same few strings."""
    got = _MARKERS.get(marker) or _new_marker(marker)
    return (got[0], got[1]) if got[0] or got[1] else _PLAIN


def _new_marker(marker: str) -> tuple[bool, str, int]:
    """``_marker_flags`` of a string not remembered yet (the walk asks the memo itself first),
    and its ``_weight``, remembered together (the walk weighs most strings it flags). Every word either
    looks for is letters only, so it stands inside one of the words the separators cut
    (``_class_words``), and what each of those holds is remembered word by word (``_word_kinds``):
    they repeat far more than the strings (`style--hat-wrapper-3gylmIinwdpz486ZnbI7lK`), and most
    hold nothing (``_BARE_WORDS``)."""
    low = marker.lower()
    words = low.replace("_", " ").replace("-", " ").split()  # (`_class_words`, inline)
    if _BARE_WORDS.issuperset(words):  # (the most common case, in C)
        flags, weight = _PLAIN, 0
    else:
        found = 0
        for word in set(words).difference(_BARE_WORDS):  # (few: one or two)
            got = _WORD_KINDS.get(word)
            found |= _word_kinds(word) if got is None else got
        flags = _flags_of(low, words) if found & _FLAG_WORD else _PLAIN
        weight = (25 if found & _POSITIVE_WORD else 0) - (25 if found & _NEGATIVE_WORD else 0)
    entry = (flags[0], flags[1], weight)
    if len(_MARKERS) < CACHE_MAX:
        _MARKERS[marker] = entry
    return entry


def _word_kinds(word: str) -> int:
    """Which kinds of class word one of a string's separated words not remembered yet holds (bits:
    ``_POSITIVE_WORD``, ``_NEGATIVE_WORD``, ``_FLAG_WORD``), remembered in ``_WORD_KINDS``, or in
    ``_BARE_WORDS`` when it holds none."""
    got = 0 if _ANY_WORD.search(word) is None else (
        (_POSITIVE_WORD if _POSITIVE.search(word) else 0) | (_NEGATIVE_WORD if _NEGATIVE.search(word) else 0)
        | (_FLAG_WORD if _FLAG_WORDS.search(word) else 0))
    if got:
        if len(_WORD_KINDS) < CACHE_MAX:
            _WORD_KINDS[word] = got
    elif len(_BARE_WORDS) < CACHE_MAX:
        _BARE_WORDS.add(word)
    return got


def _flags_of(low: str, words: list[str]) -> tuple[bool, str]:
    """``_marker_flags`` of a lowercased string, cut into ``words`` (``_class_words``)."""
    media = ""
    if not _BOX_SET.isdisjoint(words):
        if "caption" in low or "cutline" in low or "credit" in low:  # the pattern only when it may match
            m = _MEDIA.search(low)
            media = "" if m is None else ("credit" if m.group(1).startswith("credit") else "caption")
        if not media:
            if not _PROMO_SET.isdisjoint(words) and _PROMO.search(low) is not None:
                media = "promo"
            elif not _NOTICE_SET.isdisjoint(words) and _NOTICE.search(low) is not None:
                media = "notice"
    comments = _may_name_comments(low) and _COMMENTS.search(low) is not None  # (the pattern only when it may match)
    return (comments, media) if comments or media else _PLAIN


def _element_flags(marker: str, tag: str, in_media: int) -> tuple[bool, str]:
    """``_marker_flags`` for an element ``tag`` inside a caption, credit or promotion box
    ``in_media`` (-1: none): a notice box is a block element (an inline one opens no node of its
    own), and one inside another box is that box's (the outer box says what it is)."""
    got = _marker_flags(marker)
    if got[1] == "notice" and (tag not in BLOCK or in_media >= 0):
        return got[0], ""
    return got


def _weight(marker: str) -> int:
    """The readability weight of an element's class and id words (remembered with their flags,
    ``_new_marker``)."""
    if not marker:
        return 0
    return (_MARKERS.get(marker) or _new_marker(marker))[2]


class _Walk:
    """The state of one walk over a pruned tree (``_prune``). :func:`_blocks` reads the elements in
    document order (from ``iter()``: those that end before the next one starts are the open ones
    that are not its parent); block-level elements, and inline ones that open an ``articleBody``, a
    comment section or a caption, become nodes of a small tree (``_Tree``), opened and closed in
    place there, from which the main text container is chosen (``_main_container``); other inline
    elements add their text; hidden ones are skipped, their tails kept. ``flush`` makes a block when
    its text is complete."""

    __slots__ = ("parts", "stack", "media_role", "media_at", "zone_of", "zone_count", "zones_now", "articles",
                 "furniture", "rows", "nodes", "out", "raw_hints", "owners", "tree", "voters", "columns")

    def __init__(self) -> None:
        self.parts: list[str] = []
        # per open node (after a sentinel, so the top is always there to read): its id, whether
        # it is inside a comment section, the innermost caption or credit node around it (or -1),
        # how many ancestors' class words say text / not text, and the innermost block-level node
        # (itself, or around it; -1: none), which owns the text read now
        self.stack: list[tuple[int, bool, int, tuple[int, int], int]] = [(-1, False, -1, (0, 0), -1)]
        self.media_role: dict[int, str] = {}
        self.media_at: list[tuple[int, int]] = []  # (block, its caption or credit node), for the blocks in one
        self.zone_of: dict[int, str] = {}
        self.zone_count: dict[str, int] = {}  # the open zones: how many elements of each are open
        self.zones_now: tuple[str, ...] = ()
        self.articles = 0  # open `<article>` zones (``zone_count["article"]``, read per block)
        self.furniture = False  # a zone of page furniture (``_FURNITURE``) is open
        # per block, one row (one append on the hot path; ``finish`` turns the rows into the columns
        # below, in C): its hints, owner, link characters, whether it votes (comment sections and page
        # furniture do not: their prose is not the article's), line, text, and the hints the rules read
        # as columns (``document.HINT_COLUMNS``: tag, zones, articles, comments)
        self.rows: list[tuple[Hints, int, int, bool, int, str, str, tuple[str, ...], int, bool]] = []
        # per node of the tree, one row likewise: its parent, tag, marker, shape, first block and depth (``_Tree``;
        # its last block is set when it closes, so kept in the tree's own list)
        self.nodes: list[tuple[int, str, str, str, int, int]] = []
        # the columns of the rows, once the walk is over (``finish``): the blocks, their hints, owners and votes
        self.out: list[Block] = []
        self.raw_hints: list[Hints] = []
        self.owners: list[int] = []
        self.tree = _Tree()
        self.voters: list[bool] = []
        # once the walk is over, every hint column (``document.HINT_COLUMNS``)
        self.columns: tuple[tuple[object, ...], ...] = ()

    def flush(self, links: int, line: int, tag: str) -> tuple[int, bool]:
        """The text read so far becomes a block (``links``: how much of it is link text; ``line``
        and ``tag``: the source line and tag of the block-level element or `<br>` that opened it).
        Returns what the walk reads next starts with: no link characters, no text (``_FLUSHED``)."""
        parts = self.parts
        text = "".join(parts)
        parts.clear()
        # (stripped of white space at its ends, as the source's indentation leaves it, most text is one
        # line of single spaces already: printable, so no white space but the ASCII space and no
        # zero-width character, and no two spaces in a row; that is the line the split and join make,
        # made with no word copied, and a text with nothing at its ends is not copied by the strip)
        text = text.strip()
        if not (text.isprintable() and "  " not in text):
            text = " ".join(text.split()).strip(_INVISIBLE)
        if text:
            rows = self.rows
            _, comments, media, class_words, owner = self.stack[-1]
            size, zones, articles = len(text), self.zones_now, self.articles
            # min(links / size, 1.0) to three places (`round` is slow: only when it can change it)
            density = 0.0 if not links else 1.0 if links >= size else round(links / size, 3)
            # (the class words in the literal when there are some, as for most blocks: the dict is made
            # at its size at once, not grown by a sixth key)
            hints: Hints = {"tag": tag, "zones": zones, "articles": articles, "comments": comments,
                            "link_density": density, "class_words": class_words} if class_words != (0, 0) else \
                {"tag": tag, "zones": zones, "articles": articles, "comments": comments, "link_density": density}
            if media >= 0:
                self.media_at.append((len(rows), media))
            rows.append((hints, owner, links, not comments and not self.furniture, line, text, tag, zones, articles,
                         comments))
        return _FLUSHED

    def open_zone(self, nid: int, zone: str, media: str) -> None:
        """Node ``nid`` opens a zone (``ZONES``), or a caption, credit or promotion box (``media``)."""
        if zone in ZONES:
            self.zone_of[nid] = zone
            self.set_zone(zone, 1)
        if media:
            self.media_role[nid] = media

    def set_zone(self, zone: str, step: int) -> None:
        """A zone opens (``step`` 1) or closes (-1): the open zones are counted again."""
        zone_count = self.zone_count
        count = zone_count.get(zone, 0) + step
        if count:
            zone_count[zone] = count
        else:
            del zone_count[zone]  # (only the open zones are kept: their names are the keys, sorted in C)
        self.zones_now = tuple(sorted(zone_count))
        self.articles = zone_count.get("article", 0)
        self.furniture = not _FURNITURE.isdisjoint(self.zones_now)

    def finish(self) -> list[Block]:
        """The blocks, once the walk is over (the last one flushed), with the hints that
        need the whole tree (caption or credit, inside the main text container, and the
        markup facts of ``markup``)."""
        media_role, tree, rows = self.media_role, self.tree, self.rows
        # the rows' columns, in C (``zip`` of no rows: none, so the empty columns)
        hints_of, owners, link_chars, voters, lines, texts, *heads = zip(*rows) if rows else ((),) * 10
        if self.nodes:
            tree.parent[:], tree.tag[:], tree.marker[:], tree.shape[:], tree.first[:], tree.depth[:] = zip(*self.nodes)
        raw_hints = self.raw_hints = list(hints_of)
        self.owners, self.voters = list(owners), list(voters)
        out = self.out = list(map(_new_block, repeat(Block), zip(count(), lines, texts, repeat(1),
                                                                 map(MappingProxyType, hints_of), repeat(0))))
        tree.sizes += accumulate(map(len, texts))
        tree.link_sizes += accumulate(link_chars)
        media: list[str | None] = [None] * len(out)
        notice: list[bool | None] = [None] * len(out)
        for k, m in self.media_at:
            role = media_role[m]
            if tree.chars(m) <= (PROMO_MAX_CHARS if role == "promo" or role == "notice" else MEDIA_MAX_CHARS):
                if role == "notice":  # (a hint of its own: CS509 reads it once every decision is made)
                    raw_hints[k]["notice"] = notice[k] = True
                else:
                    raw_hints[k]["media"] = media[k] = role
        forms = _small_forms(tree, self.voters)
        _mark_dialogs(tree, raw_hints)
        text_list = list(texts)
        main = _main_container(self.tree, self.owners, text_list, self.voters)
        _mark_forms(tree, forms, main, raw_hints)
        in_main, spans = self.markup(main, _standfirst(self, text_list, main))
        # (the columns in ``document.HINT_COLUMNS``'s order: tag, zones, articles, comments, main, media,
        # notice, parent_span)
        self.columns = (*heads, in_main, tuple(media), tuple(notice), spans)
        return out

    def finished(self) -> _Walk:
        """The walk, once it is over and ``finish`` made its blocks (``out``: in document order, with
        their hints) and their hint columns (``columns``)."""
        self.finish()
        return self

    def markup(self, main: set[int], lead: tuple[int, ...] = ()) -> tuple[tuple[bool | None, ...], tuple[tuple[int, int] | None, ...]]:
        """Whether each block lies in the main text container (``main``, when there is one),
        and the markup facts around it that the block model reads: the blocks its parent element
        holds (``parent_span``), how many of them are paragraphs, the parent's link density, the
        list, table, section and quote elements around it, and how deep under the text container
        it sits (one pass over the tree's nodes, one over the blocks). Returns the columns of the
        hints ``main`` and ``parent_span`` (``None`` where a block has none)."""
        tree, raw_hints = self.tree, self.raw_hints
        parent, tags, first, last, sizes, link_sizes, depth = tree.parent, tree.tag, tree.first, tree.last, \
            tree.sizes, tree.link_sizes, tree.depth
        # (each node's own bits, in C; then a last slot for the parent -1 of the top nodes: no bits)
        flags = list(map(ANCESTOR_BITS.get, tags, repeat(0))) + [0]
        for n, up in enumerate(parent):  # (a parent's id is below its children's: its bits are final)
            flags[n] |= flags[up]
        paras = list(accumulate(map("p".__eq__, map(_TAG_OF, raw_hints)), initial=0))
        top = container_depths(main, depth, first, last, len(raw_hints))
        for k in lead:  # the standfirst stands outside the container, and belongs to its text
            raw_hints[k]["standfirst"] = True
        inside = [t >= 0 for t in top] if main else []
        spans: list[tuple[int, int] | None] = [None] * len(top)
        # the hints a block reads off its parent element (the same for its siblings: worked out once
        # per parent, and added to each block's hints in one update, in this order)
        of_parent: dict[int, tuple[Hints, tuple[int, int]]] = {}
        for k, (hints, owner) in enumerate(zip(raw_hints, self.owners)):
            if main:
                hints["main"] = inside[k]
            if owner < 0:
                continue
            up = parent[owner]
            par = owner if up < 0 else up
            got = of_parent.get(par)
            if got is None:
                got = of_parent[par] = _parent_hints(par, parent, first, last, sizes, link_sizes, paras)
            hints.update(got[0])
            spans[k] = got[1]
            if flags[owner]:
                hints["ancestors"] = flags[owner]
            if top[k] >= 0:
                hints["main_depth"] = depth[owner] - top[k]
        return tuple(inside) if main else (None,) * len(top), tuple(spans)


def _parent_hints(par: int, parent: list[int], first: list[int], last: list[int], sizes: list[int],
                  link_sizes: list[int], paras: list[int]) -> tuple[Hints, tuple[int, int]]:
    """The hints of the blocks under node ``par`` that are its children's (``parent_span``,
    ``grand_span``, ``parent_p``, ``parent_links``, in the order ``markup`` adds them), and its span."""
    a, b = span = first[par], last[par]
    chars = sizes[b] - sizes[a]
    got: Hints = {"parent_span": span}
    grand = parent[par]
    if grand >= 0:
        got["grand_span"] = (first[grand], last[grand])
    got["parent_p"] = paras[b] - paras[a]
    if chars:
        got["parent_links"] = (link_sizes[b] - link_sizes[a]) / chars
    return got, span


_TAG_OF = itemgetter("tag")
_TEXT_OF = attrgetter("text")


def container_depths(main: set[int], depth: list[int], first: list[int], last: list[int], blocks: int) -> list[int]:
    """The depth of the shallowest text container (of ``main``) around each of ``blocks``
    blocks, -1 where none holds it: each container's blocks set at once, the deepest container
    first, so a shallower one around it sets them last (its depth is the least)."""
    top = [-1] * blocks
    for n in sorted(main, key=depth.__getitem__, reverse=True):
        a, b = first[n], last[n]
        top[a:b] = [depth[n]] * (b - a)
    return top


STANDFIRST_REACH = 4  # blocks under the headline where a standfirst may stand
HEADLINE_GAP = 12  # blocks between the headline and the container's first (byline, date, share lines, picture)
STANDFIRST_BLOCKS = 2  # a standfirst is one or two paragraphs
STANDFIRST_MIN_CHARS = 50  # shorter: a kicker, a byline or a date line, not a summary
STANDFIRST_MIN_SPACES = 7  # eight words or more: a sentence
STANDFIRST_DATED_CHARS = 120  # a shorter line with a full date in it is a byline or date line
STANDFIRST_MAX_LINKS = 0.2  # link density over this: a list of links, not a summary
_STANDFIRST_TAGS = frozenset("p div span section".split())
# a deck the template sets as a subheading (`<h2>` under the `<h1>`): longer than any headline, so a
# paragraph whatever its last character (fit halves: the decks of seven sites, no headline this long)
_DECK_TAGS = frozenset("h2 h3 h4 h5 h6".split())
DECK_MIN_WORDS = 16  # words of a deck set as a heading: a headline runs to 15 (content.HEADLINE_WORDS)
_STANDFIRST_ZONES = frozenset({"nav", "footer", "aside", "figure", "figcaption", "form"})


def _standfirst(walk: _Walk, texts: list[str], main: set[int]) -> tuple[int, ...]:
    """The standfirst (deck, lead) between the page's ``<h1>`` and the text container: the
    first one or two prose blocks within STANDFIRST_REACH blocks under the headline and above
    the container's first block, sharing an ancestor below ``<body>`` with it and in the same
    zones (not in a ``<header>`` or ``<article>`` of its own); none in page furniture, a comment
    section, a caption, credit or promotion box, a list, a line the class words call negative
    (a byline, a meta line) or a short line with a date."""
    if not main:
        return ()
    tree, hints, owners = walk.tree, walk.raw_hints, walk.owners
    start = min(tree.first[n] for n in main)
    heads = [k for k in range(max(0, start - HEADLINE_GAP), start) if hints[k]["tag"] == "h1"]
    if not heads:
        return ()
    zones = hints[start]["zones"]
    shared: set[int] = set()
    for n in main:
        shared.update(a for a in tree.ancestors(n) if tree.tag[a] not in _PAGE)
        shared.add(n)
    out: list[int] = []
    for k in range(heads[-1] + 1, min(start, heads[-1] + 1 + STANDFIRST_REACH)):
        if not _reads_as_standfirst(walk, texts[k], k) or shared.isdisjoint(tree.ancestors(owners[k])):
            if out:
                break
            continue
        if hints[k]["zones"] != zones:
            return ()  # in a <header> or an <article> of its own: not the text's
        out.append(k)
        if len(out) == STANDFIRST_BLOCKS:
            break
    return tuple(out)


def _reads_as_standfirst(walk: _Walk, text: str, k: int) -> bool:
    """Block ``k`` reads as a standfirst: a sentence of little link text in an article's part."""
    h, owner = walk.raw_hints[k], walk.owners[k]
    tag = h["tag"]
    return (len(text) >= STANDFIRST_MIN_CHARS and text.count(" ") >= STANDFIRST_MIN_SPACES
            and (text[-1] in TERMINAL and tag in _STANDFIRST_TAGS
                 or tag in _DECK_TAGS and text.count(" ") >= DECK_MIN_WORDS - 1) and walk.voters[k]
            and h["link_density"] <= STANDFIRST_MAX_LINKS and "media" not in h and owner >= 0
            and _STANDFIRST_ZONES.isdisjoint(h["zones"])
            and all(_weight(walk.tree.marker[a]) >= 0 for a in (owner, walk.tree.parent[owner]) if a >= 0)
            and (len(text) >= STANDFIRST_DATED_CHARS or find_date(text) is None))


# ``Block(...)`` as the named tuple makes it, all fields given, without its Python-level ``__new__``
# (a block is made per paragraph on the hot path)
_new_block = cast(Callable[[type[Block], tuple[int, int, str, int, object, int]], Block], tuple.__new__)
# what an open element that is no node is (see ``_blocks``): the two lowest, skipped and under a skipped one
_SKIPPED, _INLINE, _LINK, _UNREAD = -3, -2, -1, -4
_CLASS_ONLY = ["class"]  # the attribute names of an element with a class and no other attribute (``el.keys()``)
_HIDING = frozenset({"style", "hidden", "aria-hidden"})  # the attributes that may hide an element (its class too: ``_hidden``)


def _blocks(root: etree._Element) -> Iterator[Block]:
    """Blocks in document order, with their hints, from one walk over the pruned tree (see ``_Walk``)."""
    yield from _walked(root).out


def _attributes(el: etree._Element, names: list[str], tag: str,
                stack: list[tuple[int, bool, int, tuple[int, int], int]]) -> tuple[str, str, bool, str, str, int] | None:
    """What the walk reads off an element's attributes (``names``): its marker (class and id words),
    shape (classes), comments and media flags, zone and weight; ``None`` when it is hidden."""
    if names == _CLASS_ONLY:  # (most elements with attributes: no id, no hiding attribute, no zone of its own)
        shape = el.values()[0]  # (its one value: no look-up by name)
        if "hidden" in shape and _hidden(el.attrib, tag):
            return None
        marker = shape = shape.strip()
        zone = tag
    else:
        # (the names as bytes: lxml encodes a str name on every call)
        cls = el.get(b"class") if "class" in names else None
        if (cls and "hidden" in cls or not _HIDING.isdisjoint(names)) and _hidden(el.attrib, tag):
            return None
        shape = cls.strip() if cls else ""  # (the classes alone; the marker is the class and id words)
        marker = ((cls + " " + el.get(b"id", "")).strip() if cls else el.get(b"id", "").strip()) if "id" in names else shape
        zone = "articleBody" if "itemprop" in names and el.get(b"itemprop") == "articleBody" else tag
    if not marker:
        return marker, shape, False, "", zone, 0
    comments, media, w = _MARKERS.get(marker) or _new_marker(marker)  # (its flags and weight: see ``_marker_flags``)
    if tag in _PAGE:  # (`showing-comments` on the page's own elements is a setting)
        comments, media = _PLAIN
    elif media == "notice":  # (rare)
        comments, media = _element_flags(marker, tag, stack[-1][2])
    return marker, shape, comments, media, zone, w


def _node_end(walk: _Walk, k: int, a_nodes: set[int]) -> int:
    """Node ``k``, a zone or a link, ends: its zone closes; 1 when it is a link (one fewer open)."""
    if k in walk.zone_of:
        walk.set_zone(walk.zone_of[k], -1)
    return 1 if k in a_nodes else 0


def _walked(root: etree._Element) -> _Walk:  # noqa: C901 -- the walk's hot loop, inline on purpose
    """One walk over the pruned tree (see ``_Walk``), finished (``_Walk.finished``)."""
    parts, flush, stack, rows, tree = (walk := _Walk()).parts, walk.flush, walk.stack, walk.rows, walk.tree
    a_nodes: set[int] = set()  # the nodes that are links
    nodes, t_last, ends = walk.nodes, tree.last, set()  # (ends: the links and the zones, more to do at their end)
    opened: list[tuple[etree._Element, int]] = []  # the open elements under the innermost, each with its kind (see _UNREAD)
    # the innermost and its kind (read for every element); link chars in ``parts``; open `<a>`s; ``parts`` not all space; its line, tag; inside a skipped element (nothing is read until it ends)
    top_el, top_kind, links, in_link, live, line, block_tag, skipping = cast(etree._Element, None), _INLINE, 0, 0, False, 1, "body", False
    tag: str  # (``_prune`` cut every comment and processing instruction, and every element of DROP)
    for el in chain(root.iter(), (etree.Element("end"),)):  # (``end`` has no parent: it ends every open element, then reads nothing)
        up = el.getparent()
        while top_el is not up:  # its previous siblings and their descendants end, innermost first
            done, k = top_el, top_kind
            top_el, top_kind = opened.pop()
            if k >= 0:  # a node ends; a block's text is read before it closes (its zone's)
                if live and stack[-1][4] == k:
                    links, live = flush(links, line, block_tag)
                stack.pop()
                t_last[k] = len(rows)
                if k in ends:  # (rare: a zone or a link node ends)
                    in_link -= _node_end(walk, k, a_nodes)
            elif k == _LINK:
                in_link -= 1  # before its tail: that is no link text
            elif k < _INLINE:  # (rare: skipped, or under a skipped one)
                if k == _UNREAD:
                    continue  # (inside a skipped element: no tail is read)
                skipping = False
            text = done.tail  # (a tail joins the block being read; a skipped element's too)
            if text and (live or not text.isspace()):  # (white space before a block's first text: `flush` strips it)
                parts.append(text)
                links += len(" ".join(text.split())) if in_link else 0  # (as the block's text counts it)
                live = True
        opened.append((top_el, top_kind))
        top_el = el
        if skipping:
            top_kind = _UNREAD
            continue
        tag, names = el.tag, el.keys()  # type: ignore[assignment]  # (the names in one call, then a look-up of those it has)
        if names:
            got = _attributes(el, names, tag, stack)
            if got is None:  # hidden: its text is not read, its tail is (a page's own `<body class="hidden">` is shown)
                top_kind, skipping = _SKIPPED, True
                continue
            marker, shape, comments, media, zone, w = got
        else:  # (no attribute: no class words, hidden by none, no zone of its own)
            marker, shape, comments, media, zone, w = "", "", False, "", tag, 0
        if (is_block := tag in BLOCK) or tag == "br":
            if live:
                links, live = flush(links, line, block_tag)
            parts.clear()  # (white space between blocks)
            line, block_tag = el.sourceline or line, tag
        elif live and tag in CELLS:  # (a cell is no block)
            parts.append(CELL_SEPARATOR)  # the row's next cell
        if is_block or comments or media or zone is not tag:  # a node of the tree
            nid, (top, in_comments, in_media, in_class, owner) = len(t_last), stack[-1]
            nodes.append((top, tag, marker, shape, len(rows), len(stack)))  # (its parent, tag, marker, shape, first block, depth: see ``_Walk.nodes``)
            t_last.append(0)  # (set when it closes: every element closes, the last ones at ``end``)
            if zone in ZONES or media:
                walk.open_zone(nid, zone, media)
                ends.add(nid)
            stack.append((nid, comments or in_comments, nid if media else in_media, in_class if not w else
                          (in_class[0] + (w > 0), in_class[1] + (w < 0)), nid if is_block else owner))
            top_kind = nid
            if tag == "a":  # (rare: a link that opens a zone or a caption)
                in_link += 1
                a_nodes.add(nid)
                ends.add(nid)
        elif tag == "a":
            top_kind = _LINK
            in_link += 1
        else:
            top_kind = _INLINE
        text = el.text  # (an element's own text joins the block being read; leading white space: see above)
        if text and (live or not text.isspace()):
            parts.append(text)
            links += len(" ".join(text.split())) if in_link else 0
            live = True
    if live:
        flush(links, line, block_tag)
    return walk.finished()


_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // ")


def _headline_of(title: str | None) -> str | None:
    """A page ``<title>`` minus the site's name: `Harbour plan approved | Velmora Herald`
    gives the longest part."""
    if not title:
        return None
    for sep in _TITLE_SEPARATORS:
        if sep in title:
            return max((part.strip() for part in title.split(sep)), key=len) or title
    return title


_META_KEYS = {("property", "og:title"): "og:title", ("name", "twitter:title"): "twitter:title",
              ("name", "author"): "author", ("property", "article:published_time"): "published",
              ("property", "article:section"): "section", ("property", "og:url"): "og:url",
              ("property", "og:locale"): "og:locale"}
# a language tag as pages write it: `en`, `en-GB`, `pt_BR`, `zh-Hant-TW` (not a template's `{{lang}}`)
_LANGUAGE_TAG = _plain(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3}")


def _metadata(root: etree._Element) -> dict[str, object]:  # noqa: C901 -- one case per metadata source (meta tags, JSON-LD, <time>), each a few lines
    meta: dict[str, object] = {}
    seen: dict[str, str] = {}  # the first non-empty value of each source, in document order
    ld_json: list[str] = []

    def keep(key: str, value: object) -> None:
        if key not in seen and value:
            text = _WS.sub(" ", str(value)).strip()
            if text:
                seen[key] = text

    # the links with a `rel` give their keys (no other element does), in a walk of their own that reads no
    # tag: a page's links outnumber the rest many times (an XPath for those with a `rel` cost two more walks)
    for el in root.iter("a", "link"):
        rel = el.get(b"rel")  # (bytes: see ``_walked``)
        if rel is None:
            continue
        if rel == "author":
            # the name is its first text; what follows is often a job title
            keep("rel-author", next((t for t in el.itertext() if t.strip()), ""))
        elif rel == "canonical":
            keep("canonical", el.get("href"))
    # one walk over the other elements that carry metadata (the head is not among the blocks)
    for el in root.iter("meta", "title", "h1", "time", "script"):
        tag = el.tag
        if tag == "meta":
            for attr in ("property", "name"):
                key = _META_KEYS.get((attr, el.get(attr, "")))
                if key:
                    keep(key, el.get("content"))
            if el.get("http-equiv", "").lower() == "content-language":
                keep("content-language", el.get("content"))
        elif tag == "script":
            if el.get("type") == "application/ld+json" and el.text:
                ld_json.append(el.text)
        elif tag == "time":
            keep("time", el.get("datetime"))
        elif tag == "h1":
            keep("h1", "".join(el.itertext()))
        elif tag == "title":
            keep("title", el.text)

    def first(*keys: str) -> str | None:
        return next((seen[k] for k in keys if k in seen), None)

    title = first("og:title", "twitter:title", "h1") or _headline_of(seen.get("title"))
    if title:
        meta["title"] = title
    author = first("author", "rel-author")
    published = first("published", "time")
    section = first("section")
    for raw in ld_json:
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if not isinstance(item, dict):
                continue
            published = published or item.get("datePublished")
            keep("inLanguage", item.get("inLanguage") if isinstance(item.get("inLanguage"), str) else None)
            section = section or item.get("articleSection")
            body = item.get("articleBody")
            if isinstance(body, str) and len(body) > len(str(meta.get(_LD_BODY, ""))):
                meta[_LD_BODY] = body
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
    meta.update(_page_facts(root, seen))
    return meta


def _page_facts(root: etree._Element, seen: dict[str, str]) -> dict[str, str]:
    """The page's language (the ``lang`` of ``<html>``, else what its metadata says) and
    its address (``<link rel=canonical>``, else ``og:url``; a relative one resolved against
    the other)."""
    from urllib.parse import urljoin

    facts: dict[str, str] = {}
    for raw in (root.get("lang"), root.get("xml:lang"), seen.get("content-language"), seen.get("og:locale"),
                seen.get("inLanguage")):
        tag = (raw or "").split(",")[0].strip()
        if _LANGUAGE_TAG.fullmatch(tag):
            facts["language"] = tag.replace("_", "-")
            break
    canonical, og_url = seen.get("canonical"), seen.get("og:url")
    url = canonical or og_url
    if url and og_url and "://" not in url and "://" in og_url:
        url = urljoin(og_url, url)
    if url:
        facts["url"] = url
    return facts

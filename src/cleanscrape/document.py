"""The document model: immutable blocks that keep their place in the input.

Readers build a :class:`Document`; rules read it and return :class:`Finding`
objects; nothing downstream re-reads the input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from .typed import NamedTuple, TypedDict, cast
from collections.abc import Iterator, Mapping, Sequence

_EMPTY: Mapping[str, object] = MappingProxyType({})


class Hints(TypedDict, total=False):
    """What the HTML reader saw around a block (text readers give none). A block holds
    them read-only (a ``MappingProxyType``)."""

    tag: str  # the block-level element that holds it: `p`, `h1`, `li`, `tr`...
    zones: tuple[str, ...]  # the zones around it (``io.html.ZONES``: `nav`, `footer`, `article`...), sorted
    articles: int  # how many ``<article>`` elements are around it
    comments: bool  # inside a comment section
    link_density: float  # the share of its characters that are link text
    media: str  # inside a picture's caption or credit, or a promotion box: "caption", "credit" or "promo"
    notice: bool  # inside a notice box its markup names (a licence, disclaimer, bio, donation box: ``io.html``)
    dialog: bool  # inside a log-in, sign-up or error box the page prints for a script to open (``io.html``)
    form: bool  # inside a <form> that holds under half the page's text: a sign-up, log-in or search form (``io.html``)
    main: bool  # inside the element that holds the page's text (only when the reader found one)
    class_words: tuple[int, int]  # ancestors whose class and id words say text / not text (when any)
    parent_span: tuple[int, int]  # the blocks its block element's parent holds (first, last not included)
    grand_span: tuple[int, int]  # ...and the blocks its grandparent holds
    parent_p: int  # ...how many of them are `<p>` paragraphs
    parent_links: float  # ...the share of their characters that are link text
    ancestors: int  # the list, table, section and quote elements around it (``io.html.ANCESTOR_BITS``)
    standfirst: bool  # a standfirst between the headline and the text container (outside it, and article text)
    main_depth: int  # how many elements deep under the text container its block element sits (when inside)


_NO_HINTS = cast(Hints, _EMPTY)


class Role(StrEnum):
    """What a block is, as far as the article is concerned."""

    CONTENT = "content"  # article text: kept
    TITLE = "title"  # the headline that starts an article: fills ``title``
    SECTION = "section"  # a section label before an article: fills ``section``
    BYLINE = "byline"  # author line: fills ``byline``
    DATE = "date"  # publication date: fills ``published``
    STUB = "stub"  # an empty "Published" / "on" / "By" template residue
    DUPLICATE_TITLE = "duplicate-title"  # the headline printed again
    CREDIT = "credit"  # image credit
    CAPTION = "caption"  # photo caption
    TEASER = "teaser"  # video teaser and the video title after it
    RELATED = "related"  # a headline of another story inside the body
    BOUNDARY = "boundary"  # "Continue Reading": ends the article
    CHROME = "chrome"  # site furniture: footers, share bars, newsletter...
    BOILERPLATE = "boilerplate"  # generic content scoring says: not article text
    NOTICE = "notice"  # the page was not processed in full (limits)


class Block(NamedTuple):
    """One line or paragraph of the input (immutable; a named tuple because
    pages hold many of them and they are made on the hot path).

    ``line`` is the 1-based line number in the input where the block starts,
    ``col`` the 1-based column of its first non-blank character. ``hints``
    carries structural evidence from HTML readers (tag, ancestors, classes).
    ``last`` is the line where it ends when a hard-wrapped paragraph was joined
    (0: the block is one line).
    """

    index: int  # type: ignore[assignment]  # the field is the block's place; it shadows tuple.index
    line: int
    text: str
    col: int = 1
    hints: Hints = _NO_HINTS
    last: int = 0


def columns(blocks: Sequence[Block]) -> tuple[tuple[int, ...], tuple[str, ...], tuple[Hints, ...], tuple[int, ...]]:
    """The blocks' lines, texts, hints and ``last`` lines, each field one tuple in block order
    (``lines[i]`` is ``blocks[i].line``): the blocks turned into columns in one pass in C, for the
    loops that read a field of every block (a named tuple's field read costs about as much as the
    loop's own step on this interpreter)."""
    if not blocks:
        return (), (), (), ()
    _, lines, texts, _, hints, lasts = zip(*blocks)
    return lines, texts, hints, lasts


# the hints the rules read of nearly every block of an HTML page, several times a page: kept as columns
HINT_COLUMNS = ("tag", "zones", "articles", "comments", "main", "media", "notice", "parent_span")


class HintColumns(NamedTuple):
    """Some hints of every block as per-page columns (``tag[i]`` is ``blocks[i].hints.get("tag")``,
    ``None`` where the block has none), made for ``blocks`` (the tuple itself: a document of other
    blocks made from this one's fields does not read them). Immutable, as the hints are: a tuple's
    item is read for a fraction of a ``MappingProxyType.get`` (the rules read a few hints of every
    block of a page several times over)."""

    blocks: tuple[Block, ...]
    tag: tuple[str | None, ...]
    zones: tuple[tuple[str, ...] | None, ...]
    articles: tuple[int | None, ...]
    comments: tuple[bool | None, ...]
    main: tuple[bool | None, ...]
    media: tuple[str | None, ...]
    notice: tuple[bool | None, ...]
    parent_span: tuple[tuple[int, int] | None, ...]


def hint_columns(blocks: tuple[Block, ...], hints: Sequence[Hints] | None = None) -> HintColumns:
    """The columns of ``HINT_COLUMNS`` read off each block's hints (``hints``: the blocks' hints,
    when the caller has them as a column); the HTML reader makes them as it walks (see
    ``Document.columns``)."""
    if hints is None:
        hints = [b.hints for b in blocks]
    if not any(hints):  # (a text page: no hints)
        nones = (None,) * len(blocks)
        return HintColumns(blocks, *(nones,) * len(HINT_COLUMNS))
    return HintColumns(blocks, *(tuple([h.get(key) for h in hints]) for key in HINT_COLUMNS))  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Document:
    """An immutable sequence of blocks read from one page. ``columns``: some hints of every
    block as columns, when the reader made them for these blocks (``hint_columns``; they are
    read only when made for this document's ``blocks`` tuple, see ``page_columns``)."""

    blocks: tuple[Block, ...]
    source: str | None = None
    meta: Mapping[str, object] = field(default_factory=lambda: _EMPTY, compare=False)
    columns: HintColumns | None = field(default=None, compare=False, repr=False)

    def page_columns(self, hints: Sequence[Hints] | None = None) -> HintColumns:
        """The hint columns of the blocks: the reader's, when made for these blocks, else read
        off the blocks' hints (``hints``: those hints as a column, when the caller has them)."""
        cols = self.columns
        return cols if cols is not None and cols.blocks is self.blocks else hint_columns(self.blocks, hints)

    def __len__(self) -> int:
        return len(self.blocks)

    def __iter__(self) -> Iterator[Block]:
        return iter(self.blocks)

    def __getitem__(self, i: int) -> Block:
        return self.blocks[i]

    @property
    def texts(self) -> list[str]:
        return [b.text for b in self.blocks]

    @property
    def from_html(self) -> bool:
        """Read from HTML: the HTML reader gives every block its hints (its tag at least); a
        text page's blocks carry none."""
        return bool(self.blocks) and bool(self.blocks[0].hints)


class Finding(NamedTuple):
    """A rule's statement about one block: its role, and why.

    ``fields`` carries what a field role extracted, as (field, value) pairs:
    ``("byline", "Jane Roe")`` out of "By Jane Roe", ``("published",
    "2025-03-03")`` out of "Published 3 March 2025".
    ``priority`` decides overlaps: the highest wins, and a content finding wins
    a tie.
    (A named tuple, as a block is: rules make thousands a page, and ``tuple.__new__`` makes
    one in C, with every field given.)
    """

    block: int
    role: Role
    code: str
    name: str
    reason: str
    fields: tuple[tuple[str, str], ...] = ()
    priority: int = 50


class Removed(NamedTuple):
    """One audit entry of a record: a block that is not body text."""

    code: str
    name: str
    role: str
    line: int
    text: str
    reason: str

    def as_dict(self) -> dict[str, object]:
        return {"code": self.code, "name": self.name, "role": self.role,
                "line": self.line, "text": self.text, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Article:
    """One article record cut out of a page.

    ``language`` (a BCP 47 tag, ``en-GB``) and ``url`` (the page's canonical address) are
    what an HTML page says of itself; ``None`` for text pages and pages that do not say.
    """

    source: str | None
    index: int
    title: str | None
    section: str | None
    byline: str | None
    published: str | None
    paragraphs: tuple[str, ...]
    removed: tuple[Removed, ...] = ()
    lines: tuple[int, ...] = ()  # input line of each paragraph
    extra: Mapping[str, object] = field(default_factory=lambda: _EMPTY, compare=False)
    language: str | None = None
    url: str | None = None

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def as_dict(self) -> dict[str, object]:
        """The JSONL record: the extra fields, then the article's. ``language`` and ``url``
        appear only when known, and a ``url`` or ``language`` the input carried (a JSONL
        field, a WARC record's address) is kept as it was."""
        record: dict[str, object] = dict(self.extra)
        record.update({
            "source": self.source,
            "index": self.index,
            "title": self.title,
            "section": self.section,
            "byline": self.byline,
            "published": self.published,
        })
        for key, value in (("language", self.language), ("url", self.url)):
            if value is not None and key not in self.extra:
                record[key] = value
        record.update({
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "removed": [r.as_dict() for r in self.removed],
        })
        return record

"""Turn a labelled document into article records.

A title starts an article. Section labels before a title go to that title's
article; byline and date labels fill the article they sit in. Content blocks
fill the body. Every other block goes to ``removed`` of the article it sits
in (blocks before the first article go to the first, after the last to the
last), with its rule code and line. The segmenter reads labels; the text it
reads is the records' titles (a line heading two records, a list's numbered or
info-line items) and their words, never to drop a line.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from collections.abc import Iterable, Mapping
from itertools import takewhile
from operator import attrgetter, itemgetter
from unicodedata import category

from .dates import is_date_line
from .document import Article, Finding, Removed, Role
from .engine import Labelled
from .rules.headings import AGE as _AGE, FIRST_HEADLINE as _FIRST_HEADLINE, HEADER_LINES as _HEADER_LINES, \
    PATTERN_MIN as _PATTERN_MIN, PRINTED_TWICE as _PRINTED_TWICE, TIMED as _TIMED, clock_alone as _clock_alone, labelled_clock as _labelled_clock
from .rules.chrome import FOOTER_HEADING as _LIST_HEADING, FOOTER_HEADING_MAX as _LIST_HEADING_MAX
from .rules.contents import LISTED as _LISTED
from .rules.decks import DECK_OVER_HEAD as _DECK
from .text import long_word_stems

# (globals: an enum member read off its class costs ~15x more, EnumType's __getattr__ slowing
# every attribute lookup on the class; and a role's ``_value_`` is what its ``value`` property
# returns, read straight, at a fifth of the cost)
_CONTENT, _TITLE, _SECTION, _DATE, _BYLINE = Role.CONTENT, Role.TITLE, Role.SECTION, Role.DATE, Role.BYLINE
_new = tuple.__new__  # (an audit entry made without the named tuple's Python-level constructor)


@dataclass
class _Draft:
    """An article while the segmenter fills it: its headline, fields, body and removed lines."""

    title: str | None = None
    title_line: int = 0
    title_code: str = ""
    title_tag: str = ""
    title_reason: str = ""
    title_printed: str | None = None  # the title's line as the page prints it, when the title leaves out a brief's time
    section: str | None = None
    byline: str | None = None
    published: str | None = None
    updated: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)

    def set_title(self, text: str, line: int, code: str, tag: str, reason: str, printed: str | None = None) -> None:
        self.title, self.title_line, self.title_code, self.title_tag, self.title_reason = text, line, code, tag, reason
        self.title_printed = printed if printed != text else None

    def title_as_printed(self) -> str:
        """The title's line whole, for the body or the audit when the title is no record's:
        a timed brief's title with its time (nothing lost, nothing invented)."""
        return self.title_printed if self.title_printed is not None else self.title or ""

    def set_fields(self, pairs: Iterable[tuple[str, str]]) -> None:
        for key, value in pairs:
            if key == "section" and self.section is None:
                self.section = value
            elif key == "byline" and self.byline is None:
                self.byline = value
            elif key == "published" and self.published is None:
                self.published = value
            elif key == "updated" and self.updated is None:
                self.updated = value


def _title_text(fields: tuple[tuple[str, str], ...], text: str) -> str:
    """A headline's words: the line's, or the ``title`` field its finding gives (the line
    without what it prints before them: a brief's time)."""
    return next((v for k, v in fields if k == "title"), text) if fields else text


TITLE_REST_REASON = "printed with the headline on its line (a brief's time): the title is the headline's words"


def _with_title_rest(d: _Draft) -> tuple[Removed, ...]:
    """``d``'s audit with what its title's line prints besides the title's words (a timed brief's
    `09:15` before them, or `· 14:32` after), in its line's place: the title field holds the words,
    so the time would go unreported."""
    printed, title = d.title_printed or "", d.title or ""
    at = printed.find(title) if title else -1
    rest = " ".join(p for p in (printed[:at].strip(), printed[at + len(title):].strip()) if p) if at >= 0 else ""
    if not rest:
        return tuple(d.removed)
    entry = Removed(d.title_code, "article-title", Role.TITLE.value, d.title_line, rest, TITLE_REST_REASON)
    k = next((j for j, r in enumerate(d.removed) if r.line > d.title_line), len(d.removed))
    return (*d.removed[:k], entry, *d.removed[k:])


def _next_is_title(labelled: Labelled, i: int) -> bool:
    nxt = labelled.labels[i + 1] if i + 1 < len(labelled.labels) else None
    return nxt is not None and nxt.role is _TITLE


def _header_over_title(labelled: Labelled, i: int, memo: dict[int, bool]) -> bool:
    """Block ``i``, a date or byline, stands in a run of dates and bylines right over a
    headline, a date among them: the next story's header (`By ...`, its date, then its
    headline), not the byline closing the story above. One scan answers every block of the
    run (kept in ``memo``, the page's), so a page of ten thousand dates in a row stays linear."""
    known = memo.get(i)
    if known is not None:
        return known
    labels, n = labelled.labels, len(labelled.labels)
    roles = []
    end = i
    while end < n:
        f = labels[end]
        role = f.role if f is not None else _CONTENT
        if role is not _DATE and role is not _BYLINE:
            break
        roles.append(role)
        end += 1
    last = labels[end] if end < n else None
    over_title = last is not None and last.role is _TITLE
    dated = False
    for k in range(end - 1, i - 1, -1):
        dated = dated or roles[k - i] is _DATE
        memo[k] = over_title and dated
    return memo.get(i, False)


def _byline_over_title(labelled: Labelled, i: int, above: _Draft | None) -> bool:
    """Block ``i``, a byline, stands right over a headline whose own header (the labelled lines
    under it, down to its text) holds no byline, and the story above has its byline already: the
    next story's author printed over its headline (`Théo Tassin, Rédacteur en chef adjoint`, then the
    headline, then the date), not a second byline closing the story above."""
    if above is None or above.byline is None or not _next_is_title(labelled, i):
        return False
    labels = labelled.labels
    for j in range(i + 2, len(labels)):
        f = labels[j]
        if f is None or f.role is _CONTENT or f.role is _TITLE:
            return True
        if f.role is _BYLINE:
            return False
    return True


def _slot_headers(labels: tuple[Finding | None, ...]) -> list[int | None]:
    """For each block, the first line of the header the headline under it names as its story's
    (``HEADER_LINES``: the lines between a line the page prints once per story and the headline in
    the slot under it, `Next up`, `by NAME`, the headline), when no body text stands between the
    block and that headline; None elsewhere. One pass from the bottom (read only on a page where a
    date or byline is in question)."""
    out: list[int | None] = [None] * len(labels)
    start: int | None = None
    for j in range(len(labels) - 1, -1, -1):
        f = labels[j]
        if f is None or f.role is _CONTENT:
            start = None
        elif f.role is _TITLE:
            start = next((j - int(v) for k, v in f.fields if k == _HEADER_LINES), None)
        else:
            out[j] = start
    return out


def _in_slot_header(starts: list[int | None], i: int) -> bool:
    """Block ``i``, a date or byline, stands in the header its headline names (``_slot_headers``):
    the next story's, not the story's above the print."""
    start = starts[i]
    return start is not None and start <= i


SLOT_LOOK = 8  # lines read down from a date or byline for the headline whose header may reach it, before the page's pass


def _in_near_slot_header(labels: tuple[Finding | None, ...], i: int, starts: list[list[int | None]]) -> bool:
    """``_in_slot_header`` for block ``i``, a date or byline, read down from it for SLOT_LOOK lines
    (a header is a few lines: most blocks are settled there, and the page needs no pass); past
    them, from the page's one pass (``_slot_headers``), made once into ``starts``, so a page of
    thousands of header lines is still read in linear time."""
    n = len(labels)
    for j in range(i + 1, min(n, i + 1 + SLOT_LOOK)):
        f = labels[j]
        if f is None or f.role is _CONTENT:
            return False
        if f.role is _TITLE:
            start = next((j - int(v) for k, v in f.fields if k == _HEADER_LINES), None)
            return start is not None and start <= i
    if i + 1 + SLOT_LOOK >= n:
        return False  # (the page ended under it with no headline)
    if not starts:
        starts.append(_slot_headers(labels))
    return _in_slot_header(starts[0], i)


_LINE = attrgetter("line")  # a removed line's sort key (read in C)


def _articles_of(drafts: list[_Draft], pending: _Draft, *, name: str | None = None) -> list[_Draft]:
    """The drafts that are articles (a body, or a brief's text kept), joined where the joining
    steps say; drafts with no body are not articles: their audit (and what is left pending
    after the last headline) goes to a neighbour, the next article or the last. ``name``: the
    title the page's metadata gives (what an untitled first record is called), if any."""
    kept: list[_Draft] = []
    carry: list[Removed] = []
    seen: list[Counter[str]] = []  # (the page's removed lines by text, counted when first asked)
    for d in drafts:
        if d.paragraphs or _brief_text_kept(d) or _story_text_kept(d, drafts, pending, seen):
            d.removed[:0] = carry
            carry = []
            kept.append(d)
        else:
            if d.title is not None:
                carry.append(Removed("CS304", "article-title", Role.TITLE.value, d.title_line, d.title_as_printed(),
                                     "a headline with no article under it"))
            carry.extend(d.removed)
    carry.extend(pending.removed)
    kept = _repeats_joined(_tails_joined(_age_cards_joined(_lead_joined(_closing_bylines_joined(_labels_joined(
        _list_items_joined(_subheadings_joined(_header_again_joined(_lone_line_joined(kept)), name=name))))))))
    if kept:
        kept[-1].removed.extend(carry)
    for d in kept:
        d.removed.sort(key=_LINE)
    return kept


def segment(labelled: Labelled, *, source: str | None = None,
            extra: Mapping[str, object] | None = None) -> list[Article]:
    doc = labelled.doc
    drafts: list[_Draft] = []
    pending = _Draft()  # what precedes the next title: sections, page header chrome
    current: _Draft | None = None
    labels = labelled.labels
    slots: list[list[int | None]] = []  # (``_slot_headers``, made when first asked)
    over_memo: dict[int, bool] = {}  # (``_header_over_title``'s answers, a run at a time)
    for i, block in enumerate(doc.blocks):
        f = labels[i]
        role = f.role if f is not None else _CONTENT
        if role is _CONTENT:
            if f is not None and f.reason == _DECK:
                pending.paragraphs.append(block.text)  # (a deck over its headline: the next story's first line)
                pending.lines.append(block.line)
                continue
            if current is None:
                current = pending
                pending = _Draft()
                drafts.append(current)
            current.paragraphs.append(block.text)  # (body text: the common case)
            current.lines.append(block.line)
            continue
        assert f is not None
        entry = _new(Removed, (f.code, f.name, role._value_, block.line, block.text, f.reason))
        if role is _TITLE:
            current = pending
            pending = _Draft()
            current.set_title(_title_text(f.fields, block.text), block.line, f.code, block.hints.get("tag", ""), f.reason,
                              block.text)
            drafts.append(current)
        elif role is _SECTION and current is not None and current.title is not None and \
                not current.paragraphs and not _next_is_title(labelled, i):
            current.set_fields(f.fields)  # a section label under its headline, over the date
            current.removed.append(entry)
        elif role is _SECTION or (role is _DATE or role is _BYLINE) and (
                _header_over_title(labelled, i, over_memo) or _in_near_slot_header(labels, i, slots)) \
                or role is _BYLINE and _byline_over_title(labelled, i, current):
            # a section label, or a date printed over the headline (with its byline), belongs to the next article
            pending.set_fields(f.fields)
            pending.removed.append(entry)
        else:
            target = current if current is not None else pending
            if f.fields:  # (most removed blocks fill no field)
                target.set_fields(f.fields)
            target.removed.append(entry)

    meta = dict(doc.meta or {})
    kept = _articles_of(drafts, pending, name=_text_of(meta.get("title")))
    if labelled.notice:
        extra = {**(extra or {}), "notice": labelled.notice}
    articles = []
    for n, d in enumerate(kept):
        articles.append(Article(
            source=source if source is not None else doc.source,
            index=n,
            title=d.title if d.title is not None else (_text_of(meta.get("title")) if n == 0 else None),
            section=d.section if d.section is not None else (_text_of(meta.get("section")) if n == 0 else None),
            byline=d.byline if d.byline is not None else (_text_of(meta.get("byline")) if n == 0 else None),
            published=_published(d.published or d.updated, meta.get("published"), only=len(kept) == 1)
            if n == 0 else d.published or d.updated,
            paragraphs=tuple(d.paragraphs),
            removed=tuple(d.removed) if d.title_printed is None else _with_title_rest(d),
            lines=tuple(d.lines),
            extra=extra or {},
            language=_text_of(meta.get("language")),
            url=_text_of(meta.get("url")),
        ))
    return articles


_BRIEF_TEXT_ROLES = frozenset({Role.RELATED.value, Role.TEASER.value})


def _brief_text_kept(d: _Draft) -> bool:
    """A brief the page's pattern heads (its time over every brief's headline), with no text,
    whose line right under its headline a rule took for another story's headline or a teaser:
    that line is the brief's text (merge rather than drop: the page prints a story there).
    True when it kept one."""
    if d.title_reason != _TIMED:
        return False
    first = next((k for k, r in enumerate(d.removed) if r.line > d.title_line), None)
    if first is None or d.removed[first].role not in _BRIEF_TEXT_ROLES:
        return False
    r = d.removed.pop(first)
    d.paragraphs.append(r.text)
    d.lines.append(r.line)
    return True


_STORY_HEADS = frozenset({_TIMED, _LISTED})  # headlines the page's own pattern confirms: its times, its contents
_STORY_TEXT_DROPS = frozenset({"CS205", "CS501", "CS505"})  # a story's short line read as a related headline, or dropped
_STORY_HEADER_ROLES = frozenset({Role.CREDIT.value, Role.BYLINE.value, Role.DATE.value})
_DASHES = frozenset("-\u2013\u2014")


def _story_text_kept(d: _Draft, drafts: list[_Draft], pending: _Draft, seen: list[Counter[str]]) -> bool:
    """A story whose headline the page's pattern confirms (its time over every brief's headline,
    or its contents listing it) with no text, whose lines under it the generic decisions dropped
    as too thin (or a rule read as a related headline): those lines are its text (issue #18:
    merge rather than drop; a story's text does not vanish because it is short). Read from the
    headline down, past its own header (credit, byline, date, a time alone) and a dateline's
    opener (a line ending on a dash), up to the first line another rule took, the page prints
    more than once (its `Read more`), a time or date under the text, or a story list's heading
    (`Trending`). True when it kept one."""
    if d.title_reason not in _STORY_HEADS or sum(1 for x in drafts if x.paragraphs) < _PATTERN_MIN:
        return False  # (a page of one other story: its date or time over a headline is any card's too)
    if not seen:
        seen.append(Counter(r.text for x in (*drafts, pending) for r in x.removed))
    counts = seen[0]
    take: list[int] = []
    header = False  # (a line of the story's header or a dateline's opener over its text)
    for k, r in enumerate(d.removed):
        if r.line <= d.title_line:
            continue
        t = r.text.strip()
        dropped = r.code in _STORY_TEXT_DROPS
        if dropped and t[-1:] in _DASHES:
            header = True
            continue  # (a dateline's opener, `PORT ELLAN —`, the page may print over every story)
        if not dropped or counts[r.text] > 1 or _stamp_alone(t) or \
                len(t) <= _LIST_HEADING_MAX and _LIST_HEADING.fullmatch(t):
            if not take and (r.role in _STORY_HEADER_ROLES or _stamp_alone(t)):
                header = True
                continue
            break
        if not take and not header and d.title_reason == _TIMED:
            return False  # (right under a timed headline with no header: a card's teaser, or a list's item under its
            # heading, as CS512 reads it; the timed briefs' own steps judge those lines)
        take.append(k)
    if not take:
        return False
    for k in reversed(take):
        r = d.removed.pop(k)
        d.paragraphs.insert(0, r.text)
        d.lines.insert(0, r.line)
    return True


def _stamp_alone(t: str) -> bool:
    """A brief's time or date alone on its line (`4:38 PM`, `ore 7:48`, `12 May 2025`): its header, no text."""
    return _clock_alone(t) or _labelled_clock(t) or is_date_line(t) is not None


# the generic headline decisions (the page's <h1> its metadata repeats; the line over the main
# run of prose): one headline per page, never a sign that a second story starts
_PAGE_HEADLINE, _OVER_PROSE = "CS502", "CS501"
_LEAD_AND_ARTICLE = 2  # records: an untitled lead, then the one headline's article
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})  # what the markup says is a subheading


def _lead_joined(kept: list[_Draft]) -> list[_Draft]:
    """Body text before the page's only headline is that article's, not a story of its own
    (issues #18/#19: merge rather than split when unsure). The headline the markup names (an
    <h1> the metadata repeats) stays the title; a line taken for the headline only because
    the main run of prose starts under it, with prose of the same article above it, is a
    subheading when the markup prints it as one (`<h2>`-`<h6>`): it goes back into the body, in
    its place, and the page's title names the record. Under any other headline the lead joins
    the article when one of the two is a fragment beside the other (``_one_short``) and they do
    not each print a whole story header (a byline and a date: two stories, the first one's
    headline missed); that headline stays the title."""
    if len(kept) != _LEAD_AND_ARTICLE or kept[0].title is not None or \
            kept[1].title_code not in (_PAGE_HEADLINE, _OVER_PROSE) and \
            (_full_header(kept[0]) and _full_header(kept[1]) or not _one_short(kept[0], kept[1])):
        return kept
    lead, head = kept
    merged = _Draft(section=lead.section or head.section, byline=lead.byline or head.byline,
                    published=lead.published or head.published, updated=lead.updated or head.updated)
    merged.paragraphs = lead.paragraphs
    merged.lines = lead.lines
    if head.title_code != _OVER_PROSE or head.title_tag not in _SUBHEADINGS:
        merged.title, merged.title_line, merged.title_code = head.title, head.title_line, head.title_code
        merged.title_printed = head.title_printed
    elif head.title is not None:
        merged.paragraphs.append(head.title_as_printed())
        merged.lines.append(head.title_line)
    merged.paragraphs.extend(head.paragraphs)
    merged.lines.extend(head.lines)
    merged.removed = sorted([*lead.removed, *head.removed], key=lambda r: r.line)
    return [merged]


_SHORT = 3  # paragraphs: at most this many, a record is a page's fragment, not a story of its own
_DWARFS = 3  # a record this many times as long as its neighbour makes that neighbour a fragment of it


def _one_short(a: _Draft, b: _Draft) -> bool:
    """One of two records is a fragment beside the other: a few paragraphs at most, or dwarfed by it."""
    m, n = sorted((len(a.paragraphs), len(b.paragraphs)))
    return m <= _SHORT or n >= _DWARFS * m


def _age_headed(d: _Draft) -> bool:
    """A titled record whose header is a story's age alone (`VOR 14 STUNDEN`, `• 7 hours ago`)
    right under its headline: nothing else between that headline and its text (no byline, no
    date of a day, no name or copy of the headline)."""
    end = d.lines[0] if d.lines else d.title_line
    header = [r for r in d.removed if d.title_line < r.line < end]
    return len(header) == 1 and header[0].reason == _AGE


def _age_cards_joined(kept: list[_Draft]) -> list[_Draft]:
    """A record headed by a story's age alone, on a page whose first record is not (its date a
    day, a byline, or none), is a related story's card the article prints between two of its
    paragraphs (its headline, its age), not a second story: a second story prints a header of
    the page's own shape. The text under it joins the record above, the card's headline goes to
    that record's audit (issues #18/#19: merge rather than split when unsure). Two stories each
    headed by its age stay two."""
    if not kept[1:] or kept[0].title is not None and _age_headed(kept[0]):
        return kept
    out = kept[:1]
    for d in kept[1:]:
        if d.title is not None and _age_headed(d):
            _absorb(out[-1], d, "a story's card (its headline over its age) inside the article")
            continue
        out.append(d)
    return out


_LONG = 12  # paragraphs: a record this long is the page's article


def _tails_joined(kept: list[_Draft]) -> list[_Draft]:
    """Short records (``_SHORT`` paragraphs at most) around the page's longest record, when that
    one holds ``_LONG`` paragraphs or more, are the cards a single article page prints around its
    text (a related story's headline, its date, a teaser line), not stories of their own, unless
    one prints a story's header: a byline and a date, or the same fields the long record's header
    prints (a second story of the page's own shape). The text of one under it joins the record
    above, of one over it the record below, in its place; their headlines go to the audit
    (issues #18/#19: merge rather than split when unsure)."""
    if not kept[1:]:
        return kept
    main = max(range(len(kept)), key=lambda k: len(kept[k].paragraphs))
    size = len(kept[main].paragraphs)
    if size < _LONG:
        return kept
    out = [kept[main]]
    shape = _shape(kept[main])
    for d in reversed(kept[:main]):
        if _card(d, shape) and not _printed_again(d, out[0]):
            _prefix(out[0], d, "a short record over the page's article: a story's card, not a story")
            continue
        out.insert(0, d)
    for d in kept[main + 1:]:
        if _card(d, shape) and not _printed_again(d, out[-1]):
            _absorb(out[-1], d, "a short record after the page's article: a story's card, not a story")
            continue
        out.append(d)
    return out


def _printed_again(d: _Draft, above: _Draft) -> bool:
    """Record ``d`` prints again, whole, a story the record ``above`` (or under it) holds: each of its paragraphs
    stands there already (a story printed once more under its headline). Joined, that record would
    hold those paragraphs twice; ``d`` stays a record of its own, a copy as the duplicate rules expect."""
    return bool(d.paragraphs) and set(d.paragraphs) <= set(above.paragraphs)


def _card(d: _Draft, shape: tuple[bool, bool, bool]) -> bool:
    """A titled record of ``_SHORT`` paragraphs at most with no story header of its own (a
    byline and a date, or the page's article's ``shape``)."""
    return d.title is not None and len(d.paragraphs) <= _SHORT and not _full_header(d) and _shape(d) != shape


def _prefix(nxt: _Draft, d: _Draft, heading_reason: str) -> None:
    """Record ``d`` is part of the article ``nxt`` (the record under it) holds: its text goes
    before that article's, and its heading to the audit with that reason."""
    nxt.paragraphs[:0] = d.paragraphs
    nxt.lines[:0] = d.lines
    nxt.removed.extend(d.removed)
    nxt.removed.append(Removed("CS304", "article-title", Role.TITLE.value, d.title_line, d.title_as_printed(),
                               heading_reason))


def _shape(d: _Draft) -> tuple[bool, bool, bool]:
    """Which of a byline, a date and a section a record prints."""
    return d.byline is not None, (d.published or d.updated) is not None, d.section is not None


def _full_header(d: _Draft) -> bool:
    """A record prints a story's whole header: a byline and a date."""
    return d.byline is not None and (d.published or d.updated) is not None


def _absorb(prev: _Draft, d: _Draft, heading_reason: str | None) -> None:
    """Record ``d`` is part of the article ``prev`` holds: its text joins it, and its heading goes
    into the body, in its place (``heading_reason`` None), or to the audit with that reason."""
    if heading_reason is None:
        prev.paragraphs.append(d.title_as_printed())
        prev.lines.append(d.title_line)
    else:
        prev.removed.append(Removed("CS304", "article-title", Role.TITLE.value, d.title_line, d.title_as_printed(),
                                    heading_reason))
    prev.paragraphs.extend(d.paragraphs)
    prev.lines.extend(d.lines)
    prev.removed.extend(d.removed)


_BYLINE_ROLE = Role.BYLINE.value


def _closing_byline(d: _Draft) -> bool:
    """A titled record of ``_SHORT`` paragraphs at most whose byline stands under its text, with
    no date: a story's closing author line (`Written by ...` over the tags), not a header."""
    if d.title is None or not d.paragraphs or len(d.paragraphs) > _SHORT or d.byline is None or \
            d.published or d.updated:
        return False
    last = d.lines[-1]
    bylines = [r.line for r in d.removed if r.role == _BYLINE_ROLE]
    return bool(bylines) and min(bylines) > last


_RELATED_LABEL = "CS203"  # `Read also:`: the line under it is the headline of the story it links to
_LINKED = "the headline of another story, under a related-story label, inside the article"


def _under_related_label(prev: _Draft, line: int) -> bool:
    """The last line of record ``prev`` over ``line`` is a related-story label (`Read also:`)."""
    text = max((n for n in prev.lines if n < line), default=-1)
    label = max((r for r in prev.removed if r.line < line), key=_LINE, default=None)
    return label is not None and label.line > text and label.code == _RELATED_LABEL


def _closing_bylines_joined(kept: list[_Draft]) -> list[_Draft]:
    """A short record whose only story evidence is a byline under its text (``_closing_byline``),
    right after a titled record with no byline, is the end of that record's story: the page prints each
    story's author under its last paragraph, and the line over it is that story's last
    subheading, not a headline (issue #18: merge rather than split when unsure). Its text and
    heading join the record above, in their place (a heading right under a related-story label,
    `Read also:`, is the linked story's headline: it goes to the audit), and the byline fills that
    record's field. A page whose records all print their bylines so (briefs signed under their
    text) keeps them apart: the record above has its byline."""
    if not kept[1:] or max(len(d.paragraphs) for d in kept) >= _LONG:
        return kept  # (a page's article of _LONG paragraphs or more: ``_tails_joined`` reads its short records)
    out = kept[:1]
    for d in kept[1:]:
        prev = out[-1]
        if prev.title is not None and prev.byline is None and prev.paragraphs and _closing_byline(d):
            _absorb(prev, d, _LINKED if _under_related_label(prev, d.title_line) else None)
            prev.set_fields((("byline", d.byline or ""),))
            continue
        out.append(d)
    return out


def _subheading_story(d: _Draft, article: _Draft) -> bool:
    """A record headed by a line the markup prints as a subheading (`<h2>`-`<h6>`) with no story
    header of its own (no byline, date or section), or none but the byline (and date) of the
    page's ``article`` printed again under its text (the author line a page repeats at its end)."""
    return d.title_tag in _SUBHEADINGS and (_shape(d) == _NO_HEADER or _article_byline_under(d, article))


_NO_HEADER = (False, False, False)
_HEADER_ROLES = frozenset({Role.BYLINE.value, Role.DATE.value, Role.SECTION.value})


def _article_byline_under(d: _Draft, article: _Draft) -> bool:
    """Record ``d``'s only header is ``article``'s byline (and date, if any), every line of it under ``d``'s text."""
    if d.byline is None or d.byline != article.byline or d.section is not None or \
            (d.published or d.updated) not in (None, article.published or article.updated) or not d.lines:
        return False
    last = d.lines[-1]
    return all(r.line > last for r in d.removed if r.role in _HEADER_ROLES)


def _subheadings_joined(kept: list[_Draft], *, name: str | None = None) -> list[_Draft]:
    """A heading CS304 took for the page's first headline only because prose stands under it
    (no byline, date or repeat of its own: its reason says so), right after the article the
    page's own headline opens (an <h1> the metadata repeats) with body text between them, is
    inside that article: the text under it joins the article, and the heading goes back into
    the body, in its place, when the markup prints it as a subheading (`<h2>`-`<h6>`)
    (issues #18/#19). So is any later "story" whose headline the markup prints as a subheading
    with no byline, date or section of its own (``_subheading_story``: a product roundup's
    `<h3>` items, read as headlines from the skeleton the items repeat), under that article or
    under a first record with no headline of its own on a page whose metadata gives its title
    (``name``), when the page has more records than that lead and one headline (that case is
    ``_lead_joined``'s, which keeps the headline) and the subheading is not that title's words
    (then it is the page's headline); a second story prints a header of its own. Such records join one
    after another, their headings in the body in their place; the first that does not ends the run."""
    page = name.casefold() if name is not None else None
    out: list[_Draft] = []
    for d in kept:
        prev = out[-1] if out else None
        if prev is not None and d.title is not None and (prev.title_code == _PAGE_HEADLINE and (
                d.title_code == "CS304" and d.title_reason == _FIRST_HEADLINE or _subheading_story(d, prev))
                or page is not None and len(out) == 1 and prev.title is None and len(kept) > _LEAD_AND_ARTICLE
                and _subheading_story(d, prev)
                and d.title.casefold() not in page):
            # (a <div> line is a promotion's among the paragraphs, not body text)
            _absorb(prev, d, None if d.title_tag in _SUBHEADINGS else
                    "a heading inside the page's article, not printed as a subheading")
            prev.set_fields((k, v) for k, v in (("section", d.section), ("byline", d.byline),
                                                ("published", d.published), ("updated", d.updated)) if v)
            continue
        out.append(d)
    return out


INFO_WORDS = 6  # words: an item's info line (`$549 at REI (Men's Regular)`, `Hafenstraße 3 · Mo–Fr 7–18 Uhr`) at most
INFO_TITLE_WORDS = 4  # words: an info line taken for a headline (`Freier Platz 10`) at most, alone enough to join
_ITEM_NUMBER = re.compile(r"#?(\d{1,3})[.):]?\s")  # `1. `, `#2 `, `3) `: the number a list prints before an item's name


def _info_line(text: str, words: int = INFO_WORDS) -> bool:
    """A line a list prints with an item (a price, a count, a rating, opening hours), not a
    story's headline: ``words`` words at most, a digit or a currency sign among them."""
    return len(text.split()) <= words and any(c.isdigit() or category(c) == "Sc" for c in text)


def _headerless(d: _Draft) -> bool:
    """A titled record with no byline and no date of its own: no story header, an item's at most
    (a kicker over it, read as a section, is no story's header: items print one each)."""
    return d.title is not None and d.byline is None and d.published is None and d.updated is None


def _names_the_list(d: _Draft, subject: set[str]) -> bool:
    """An item's heading or kicker speaks of what the page's headline lists (a long-word stem of
    it: `The Best Sleeping Bags`, `Therm-a-Rest Questar Sleeping Bag`, `Best Ultralight Sleeping Bag`)."""
    return bool(subject & long_word_stems(f"{d.title or ''} {d.section or ''}"))


def _with_info_line(d: _Draft) -> bool:
    """An item prints an info line under its heading (``_info_line``), in its text or its audit."""
    return any(_info_line(t) for t in d.paragraphs) or \
        any(r.line > d.title_line and _info_line(r.text) for r in d.removed)


def _numbered(run: list[_Draft]) -> bool:
    """The items' headings open on the numbers of a list, one after another (`1.`, `2.`, `3.`, or counting down)."""
    found = [_ITEM_NUMBER.match(d.title or "") for d in run]
    numbers = [int(m.group(1)) for m in found if m is not None]
    if len(numbers) != len(run):
        return False
    steps = {b - a for a, b in zip(numbers, numbers[1:])}
    return steps == {1} or steps == {-1}


def _a_list(run: list[_Draft], headline: str) -> bool:
    """The header-free records after the page's headline are a list's items: two or more, numbered
    one after another, or half of them or more speaking of what the headline lists, or printing an
    info line (a price, hours, a rating): the body skeleton a list repeats, where a page of briefs
    repeats a story header."""
    if len(run) < _LEAD_AND_ARTICLE:
        return False
    subject = long_word_stems(headline)
    return _numbered(run) or 2 * sum(_names_the_list(d, subject) for d in run) >= len(run) or \
        2 * sum(_with_info_line(d) for d in run) >= len(run)


def _opens_the_page(d: _Draft) -> bool:
    """The page's first record is its article: headed by the page's own headline (an <h1> the
    metadata repeats), or by its first headline with a story header (a byline or a date) under it."""
    return d.title is not None and (d.title_code == _PAGE_HEADLINE or d.title_code == "CS304" and
                                    d.title_reason == _FIRST_HEADLINE and (d.byline or d.published or d.updated) is not None)


_ITEM_IN_MARKUP = "a list item's heading inside the page's article, not printed as a subheading"


def _list_items_joined(kept: list[_Draft]) -> list[_Draft]:
    """Records after the article the page's own headline opens, with no byline or date of their
    own, are that article's list items (a listicle's `Sea to Summit Spark 15`, a guide's places),
    not stories (issues #18/#19), when the page reads as a list (``_a_list``); on any page, one
    headed by an info line (``_info_line``, INFO_TITLE_WORDS words at most: `Freier Platz 10`)
    and no kicker is a part of the article too. The page's article is headed by its own headline,
    or by its first with a byline or date under it (``_opens_the_page``). A page of briefs prints
    a header (byline, date) per story. The items join the article; the first record that is no
    item (a header, a section another record prints too, or a heading printed over another
    record too) ends the run. A heading printed
    as a subheading (`<h2>`-`<h6>`, or any line of plain text) stays in the body in its place; one
    the markup prints as no heading (a product card's `<div>`) goes to the audit, as
    ``_subheadings_joined`` does. (The step reads the titles' words and shapes, as
    ``_repeats_joined`` does.)"""
    if not kept[1:] or not _opens_the_page(kept[0]):
        return kept
    heads = Counter(d.title for d in kept)
    sections = Counter(d.section for d in kept if d.section is not None)

    def item(d: _Draft) -> bool:  # (a line heading two records is a line the page repeats: ``_repeats_joined``'s;
        # a section two records print is a story header's slot, where an item's kicker names that item alone)
        return _headerless(d) and heads[d.title] == 1 and (d.section is None or sections[d.section] == 1)

    run = list(takewhile(item, kept[1:]))
    listed = _a_list(run, kept[0].title or "")
    out = kept[:1]
    for d in kept[1:]:
        if len(out) == 1 and item(d) and (listed or d.section is None and _info_line(d.title or "", INFO_TITLE_WORDS)):
            _absorb(out[0], d, None if d.title_tag in _SUBHEADINGS or not d.title_tag else _ITEM_IN_MARKUP)
            continue
        out.append(d)
    return out


def _lone_line_joined(kept: list[_Draft]) -> list[_Draft]:
    """The page's first record, headed by a line CS304 took for the first headline only because
    a paragraph stands under it (no byline, date or section of its own), holding that one
    paragraph, over a story whose header the page prints (its section, byline or date), is no
    story: the line over it is the page's name, and the paragraph a line of that story's header
    (a picture's caption over its kicker). Its text joins that story, in its place, and the
    line goes to the audit (issue #18: merge rather than split when unsure). A line the story under
    it prints again as its own headline is that story's headline printed twice, no page's name: the
    two records stay apart."""
    if not kept[1:]:
        return kept
    first, second = kept[0], kept[1]
    if first.title is None or first.title_code != "CS304" or first.title_reason != _FIRST_HEADLINE or \
            len(first.paragraphs) != 1 or first.byline or first.published or first.updated or first.section or \
            second.title is None or not (second.section or second.byline or second.published) or first.title == second.title:
        return kept  # (a line the next story prints again as its headline heads a story: no page's name)
    second.removed[:0] = [*first.removed, Removed("CS304", "article-title", Role.TITLE.value, first.title_line,
                                                  first.title_as_printed(), "a line over one paragraph over the first story's "
                                                  "header: the page's name, no story")]
    second.paragraphs[:0] = first.paragraphs
    second.lines[:0] = first.lines
    return kept[1:]


def _same_header(a: _Draft, b: _Draft) -> bool:
    """Record ``b`` prints record ``a``'s story header again in another shape: the same byline and
    the same date, its byline lines none of ``a``'s (`By Ann Lee` over the deck, `Ann Lee` over her
    job title in an author box); two stories of one template print their bylines alike."""
    return _full_header(a) and a.byline == b.byline and \
        (a.published or a.updated) == (b.published or b.updated) and _byline_lines(a).isdisjoint(_byline_lines(b))


def _byline_lines(d: _Draft) -> set[str]:
    """The lines of record ``d``'s header taken for its byline, as the page prints them."""
    end = d.lines[0] if d.lines else d.title_line
    return {r.text for r in d.removed if r.role == _BYLINE_ROLE and d.title_line < r.line < end}


def _header_again_joined(kept: list[_Draft]) -> list[_Draft]:
    """A short record (``_SHORT`` paragraphs at most: a headline, its deck) whose whole header (a
    byline and a date) the next, longer record prints again, is the head of that record's story:
    the page prints its article's header twice (over the deck, then as an author box over the
    text), and the line taken for the second headline is a line of that box (a picture's credit),
    not a story's. The text under it joins the record above, and its line goes to the audit
    (issues #18/#19: merge rather than split when unsure). Two stories print headers of their own."""
    if not kept[1:]:
        return kept
    out = kept[:1]
    for d in kept[1:]:
        prev = out[-1]
        if prev.title is not None and d.title is not None and len(prev.paragraphs) <= _SHORT and \
                len(d.paragraphs) > len(prev.paragraphs) and _same_header(prev, d):
            _absorb(prev, d, "a line under the article's header printed again: not a second story's headline")
            continue
        out.append(d)
    return out


_COPY = "CS305"  # what CS304's "printed twice" headline's copy is labelled
_LABEL_PRINTS = 2  # copies in its own record: a line printed three times or more is a label, not a headline
#                    (a story's card prints its headline twice at most: over the story, then as its link)


def _labels_joined(kept: list[_Draft]) -> list[_Draft]:
    """A line CS304 took for a headline only because the page prints it again, with no byline
    or date of its own, is a label repeated through one article (a photo credit, a table's
    header row, an `Article content` marker), not a story, when the page prints it three times
    or more: twice more under it in its own record (copies, CS305). A new story needs story
    evidence. The text under it joins the article above, and the line goes to that article's
    audit, in its place (issues #18/#19)."""
    out: list[_Draft] = []
    for d in kept:
        prev = out[-1] if out else None
        if prev is not None and d.title is not None and d.title_code == "CS304" and \
                d.title_reason == _PRINTED_TWICE and not (d.byline or d.published or d.updated) and \
                _copies_under(d) >= _LABEL_PRINTS:
            _absorb(prev, d, "a label the page prints three times or more, inside an article")
            continue
        out.append(d)
    return out


_HEADS_REPEATED = 2  # records: a line heading this many of one page is a line it repeats, not a headline
_ELLIPSES = ("…", "...")  # what a title cut short ends on (a card's copy of the headline)
_CUT_WORDS = 4  # words: a title cut short this short matches too many lines to be a copy of one


def _title_key(title: str) -> tuple[str, bool]:
    """A title as compared with another (case and spacing aside), and whether it is cut short
    on an ellipsis (then the words before it)."""
    key = " ".join(title.casefold().split())
    for end in _ELLIPSES:
        if key.endswith(end):
            head = key[:-len(end)].rstrip()
            return head, len(head.split()) >= _CUT_WORDS
    return key, False


def _same_title(a: tuple[str, bool], b: tuple[str, bool]) -> bool:
    """Two titles are one line printed twice: the same words, or one cut short on an ellipsis
    where the other goes on."""
    return a[0] == b[0] or a[1] and b[0].startswith(a[0]) or b[1] and a[0].startswith(b[0])


def _copies_in(kept: list[_Draft]) -> bool:
    """Two records of the page share a paragraph: it prints a story twice."""
    seen: set[str] = set()
    for d in kept:
        texts = set(d.paragraphs)
        if texts & seen:
            return True
        seen |= texts
    return False


def _repeated_titles(keys: list[tuple[str, bool] | None]) -> list[bool]:
    """For each record, whether its title heads another record of the page too (``_same_title``),
    in one sort: equal titles stand together in sorted order, and the titles a cut-short one is the
    start of form one run from it, so a page of ten thousand briefs stays n log n."""
    order = sorted((n for n, k in enumerate(keys) if k is not None), key=lambda n: keys[n][0])  # type: ignore[index]
    titles = [keys[n][0] for n in order]  # type: ignore[index]
    counts = Counter(titles)
    starts = [0] * (len(titles) + 1)  # (+1 where a run of titles under a cut-short one opens, -1 past it)
    for head in {k[0] for k in keys if k is not None and k[1]}:
        lo = bisect_left(titles, head)
        hi = bisect_right(titles, head, lo, key=itemgetter(slice(0, len(head))))
        if hi - lo >= _HEADS_REPEATED:
            starts[lo] += 1
            starts[hi] -= 1
    out, under = [False] * len(keys), 0
    for j, n in enumerate(order):
        under += starts[j]
        out[n] = under > 0 or counts[titles[j]] >= _HEADS_REPEATED
    return out


def _repeats_joined(kept: list[_Draft]) -> list[_Draft]:
    """A line that heads two records or more of one page (a table's header row printed over each
    table, an `Article content` marker, the page's headline printed again over its own article,
    whole or cut short on an ellipsis) is a line the page repeats, not a second story's
    headline: a second story prints a headline of its own. Every record it heads but the page's
    first joins the record above: its text follows that record's, its header fills the fields
    that record lacks, and the line goes to the audit, in its place (issues #18/#19: merge rather
    than split when unsure). A story printed twice (the two records share a paragraph) is not
    joined: each copy keeps its text, as the duplicate rules expect."""
    if not kept[1:] or _copies_in(kept):
        return kept
    keys = [_title_key(d.title) if d.title else None for d in kept]
    repeated = _repeated_titles(keys)
    if not any(repeated[1:]):
        return kept
    out = kept[:1]
    for d, again in zip(kept[1:], repeated[1:]):
        if again:
            _absorb(out[-1], d, "a line heading two records or more of the page: a line it repeats, not a story")
            out[-1].set_fields((k, v) for k, v in (("section", d.section), ("byline", d.byline),
                                                   ("published", d.published), ("updated", d.updated)) if v)
            continue
        out.append(d)
    return out


def _copies_under(d: _Draft) -> int:
    """How many copies of its headline (CS305) a record's audit holds under that headline."""
    return sum(r.code == _COPY and r.line > d.title_line for r in d.removed)


def _text_of(value: object) -> str | None:
    """A field of the page's metadata (its title, language, address...), or None."""
    return value if isinstance(value, str) and value else None


def _published(found: str | None, declared: object, *, only: bool) -> str | None:
    """The date of a page's first article. For the page's ``only`` article, the one its
    markup declares (JSON-LD, `<meta>`, `<time>`) wins over a date line the text shows,
    which may be a comment's or a related story's, unless the text says the same day more
    precisely; otherwise the declared date only fills a gap."""
    if not isinstance(declared, str) or not declared:
        return found
    if not only or (found and found.startswith(declared)):
        return found or declared
    return declared

"""What an HTML page's structure says: navigation, footers, forms, comments, captions."""

from __future__ import annotations

from collections.abc import Sequence

from ..dates import is_date_line
from ..document import Block, Finding, Role
from ..text import norm_key
from .base import MAIN_TEXT, MIN_BODY_CHARS, PROSE_CHARS, Context, Rule, _new_finding

OUTSIDE_MAIN = "outside the element that holds the page's text"  # (CS502's reason: CS514 reads it)
LINK_TEXT = "mostly link text"  # (CS502's reason for a link line: the block model reads it)

# (a <form> is not among them: some frameworks wrap the whole page in one)
_CHROME_ZONES = frozenset({"nav", "footer", "aside"})
COMMENT_SECTION = "inside a comment section"  # the reason (CS506 reads it: a page that kept nothing else)
_CONTENT_ZONES = frozenset({"article", "main", "articleBody"})
_BOILERPLATE = Role.BOILERPLATE
_CONTENT = Role.CONTENT  # (a global: an enum member read off its class costs more, per block)
LINK_LIST_DENSITY = 0.85  # a long block this much link text is a tag cloud or a link list
LINK_LINE_DENSITY = 0.6  # a short block (under LONG_BLOCK_CHARS) this much link text is a link, not a sentence
LONG_BLOCK_CHARS = 200  # from this length a block is judged by LINK_LIST_DENSITY
NESTED_DEPTH = 2  # <article> inside <article>: the inner ones may be related items or comments


_HEADINGS = frozenset({"h1", "h2", "h3", "h4"})


def _post_heading(ctx: Context, i: int) -> bool:
    """A heading set as a link to its own page over its date line: a post's headline on a
    page of several posts (a blog's home page), not a link list."""
    blocks = ctx.doc.blocks
    return blocks[i].hints.get("tag") in _HEADINGS and i + 1 < len(blocks) and \
        is_date_line(blocks[i + 1].text) is not None


class StructureRule(Rule):
    """
    What it removes: on HTML pages, blocks inside navigation, footers, sidebars,
    the page's own header (not an article's) and comment sections, link lists
    (short blocks that are mostly link text), figure captions, and dialogs (a box
    whose class words say modal or dialog: a log-in panel printed in the page for a
    script to open) and small forms (a `<form>` holding under half of the page and not
    the article's text: a sign-up box, a field's label, a search box); the block that
    repeats the page's headline becomes the title.
    Why: the markup says what these blocks are; text rules cannot see it.
    Example: `Business` inside `<nav>`
    Kept: a paragraph inside `<article>`, a story's sections set as `<article>` elements in it
    (more prose than the outer one's own, paragraph after paragraph), the text of `<div class="article modal-enabled">`
    (its words say text too), of a dialog that holds most of the page or of a form around the
    article's text, and every block of a plain-text page (no markup).
    """

    def check(self, ctx: Context) -> list[Finding]:
        """The findings, whole (a list: the engine claims them in one pass, no generator
        resumed per block; this rule labels most blocks of an HTML page, and reads no label
        of its own while it runs: a block's own label is read before its finding)."""
        blocks = ctx.doc.blocks
        if not ctx.doc.from_html:
            return []  # text input: nothing to read
        title = ctx.doc.meta.get("title") if ctx.doc.meta else None
        title_key = norm_key(str(title)) if title else ""
        titled = False
        body_zone = self.body_zone(ctx)
        cols = ctx.hint_columns()  # (the hints every block is tested for, as columns)
        nested = _nested_articles(blocks, cols.articles)
        fs, lens, hints = ctx.findings, ctx.lens, ctx.hints  # (read straight: ``ctx.is_open(i)`` per block costs a call)
        outside = body_zone if body_zone and body_zone != MAIN_TEXT else None
        by_zones: dict[object, tuple[str | None, bool, bool, bool]] = {}  # what the zone tests say, per set of zones
        out: list[Finding] = []
        # (``self.finding`` inline for the common roles: a page's structure labels most of its blocks)
        new, code, name, prio, chrome_role = _new_finding, self.code, self.name, self.priority, self.role
        for i, (f, zones, comments, tag) in enumerate(zip(fs, cols.zones, cols.comments, cols.tag)):
            if f is not None and f.role is not _CONTENT:
                continue
            if zones is None:
                zones = ()
            facts = by_zones.get(zones) if type(zones) is tuple else None
            if facts is None:
                chrome = _CHROME_ZONES.intersection(zones)
                facts = (f"inside <{min(chrome)}>" if chrome else None,
                         "header" in zones and _CONTENT_ZONES.isdisjoint(zones), "figcaption" in zones,
                         outside is not None and outside not in zones)
                if type(zones) is tuple:
                    by_zones[zones] = facts
            chrome_reason, in_header, in_figcaption, not_in_body = facts
            if not titled and title_key and tag in ("h1", "h2") and ctx.key(i) == title_key:
                titled = True
                out.append(self.finding(i, "the page's headline (<h1> and its metadata agree)", role=Role.TITLE,
                                        priority=self.priority + 1))
            elif comments:
                out.append(new(Finding, (i, chrome_role, code, name, COMMENT_SECTION, (), prio)))
            elif chrome_reason is not None:
                out.append(new(Finding, (i, chrome_role, code, name, chrome_reason, (), prio)))
            elif in_header:
                out.append(new(Finding, (i, chrome_role, code, name, "inside the page's <header> (not an article's)", (), prio)))
            elif nested and (cols.articles[i] or 0) >= nested:
                out.append(self.finding(i, "inside an <article> nested in the article: a related item or a comment",
                                        role=Role.RELATED))
            elif (h := hints[i]).get("dialog"):
                out.append(self.finding(i, "inside a dialog (a log-in, sign-up or error box the page opens)",
                                        role=Role.BOILERPLATE))
            elif in_figcaption or (media := cols.media[i]) == "caption":
                out.append(self.finding(i, "a figure caption", role=Role.CAPTION))
            elif media == "credit":
                out.append(self.finding(i, "a picture credit (its markup says so)", role=Role.CREDIT))
            elif media == "promo":
                out.append(new(Finding, (i, chrome_role, code, name,
                                         "inside a newsletter, share or promotion box (its markup says so)", (), prio)))
            elif body_zone == MAIN_TEXT and cols.main[i] is False and "standfirst" not in h:
                out.append(new(Finding, (i, _BOILERPLATE, code, name, OUTSIDE_MAIN, (), prio)))
            elif not_in_body:
                out.append(self.finding(i, f"outside the page's <{body_zone}>", role=Role.BOILERPLATE))
            elif h.get("form"):
                out.append(self.finding(i, "inside a dialog (a small form: sign-up, log-in or search, not the page's)",
                                        role=Role.BOILERPLATE))
            elif h.get("link_density", 0) > (LINK_LINE_DENSITY if lens[i] < LONG_BLOCK_CHARS else LINK_LIST_DENSITY) and \
                    not _post_heading(ctx, i):
                out.append(new(Finding, (i, chrome_role, code, name, LINK_TEXT, (), prio)))
        return out

    @staticmethod
    def body_zone(ctx: Context) -> str | None:
        """Where the article is, when the page says so (see ``Context.body_zone``)."""
        return ctx.body_zone()


def _nested_articles(blocks: Sequence[Block], articles: Sequence[int | None]) -> int:
    """The ``<article>`` depth from which blocks belong to articles nested in the page's
    article (0: none; ``articles``: each block's ``articles`` hint). HTML nests an article in
    another for related items and comments; that is only trusted when the outer article holds
    prose of its own, and the text container the reader found is not wholly inside an inner one."""
    if max(filter(None, articles), default=0) < NESTED_DEPTH:  # (most pages, found in C: no block under two)
        return 0
    depths = [0 if d is None else d for d in articles]
    outer = min(d for d in depths if d > 0)
    own = sum(len(b.text) for b, d in zip(blocks, depths) if d == outer and len(b.text) >= PROSE_CHARS)
    if own < MIN_BODY_CHARS:
        return 0
    if _inner_sections(blocks, depths, outer, own):
        return 0
    # the text container the reader found lies wholly in an inner article: the page wraps its
    # article in two, and the inner one is the text
    main = {d for b, d in zip(blocks, depths) if len(b.text) >= PROSE_CHARS and b.hints.get("main")}
    return 0 if main and min(main) > outer else outer + 1


def _inner_sections(blocks: Sequence[Block], depths: Sequence[int], outer: int, own: int) -> bool:
    """The inner articles are the story's own sections, not related items: together they hold
    more prose than the outer article's own, and their paragraphs follow one another (a section's
    text runs paragraph after paragraph; a related card or a teaser holds one blurb between its
    headline and its links)."""
    inner = [i for i, (b, d) in enumerate(zip(blocks, depths)) if d > outer and len(b.text) >= PROSE_CHARS]
    if sum(len(blocks[i].text) for i in inner) <= own:
        return False
    return any(j == i + 1 for i, j in zip(inner, inner[1:]))



STRUCTURE = StructureRule("CS502", "html-structure",
                          "HTML blocks in nav, footer, aside and comments; link lists; figure captions",
                          Role.CHROME, fix_safe=False,
                          emits=(Role.TITLE, Role.RELATED, Role.CAPTION, Role.CREDIT, Role.BOILERPLATE))
RULES = (STRUCTURE,)

"""A story's own short lines at its edges, brought back (issue #18: when unsure, merge).

On a page of several stories, the generic decisions (content scoring, the block model) and
the related-headline rule cut a story's run at its paragraphs: a short line of the story's
own right under its header, over its first paragraph (a subheading, a dateline, a lead-in),
or right under its last paragraph with only the page's named template between it and the
next story's headline (its last subheading), went with the template around it. A line of
that shape that the page prints once, and whose first words (numbers folded) no other line
of the page opens with (a reading time, a byline, a tag line the template prints per story),
is the story's text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..document import Finding, Role
from ..patterns import compile_pattern
from ..text import ends_sentence, long_word_stems, menu_line
from .base import EVERY_LABEL, STORY_PARAGRAPH, Context, Rule
from .signature import line_key as _key, line_keys

STORY_PAGE_TITLES = 2  # headlines of a page of several stories (a single story's edges: the generic decisions')
EDGE_MAX_WORDS = 12  # words of a story's first line under its header (a dateline, a subheading, a lead-in)
SHOUT_WORDS = 3  # words of a lead-in in capitals (`FULL RESULTS BELOW`): a dateline is shorter (`BAAR, SWITZERLAND`)
LAST_WORDS = (2, 10)  # words of a story's last subheading over the template that closes it

_GENERIC = frozenset({"CS501", "CS505"})  # content scoring and the block model: no named rule took it
_LAST_DROPS = _GENERIC | {"CS205"}  # ...and a related headline taken after the story's last paragraph
# what stands over a story's first line: its header (headline, byline, date, stub, section), the
# picture under it (caption, credit) or the template's named lines (a share bar, a reading time)
_HEADER = frozenset({Role.TITLE, Role.BYLINE, Role.DATE, Role.STUB, Role.SECTION, Role.CAPTION, Role.CREDIT,
                     Role.CHROME, Role.DUPLICATE_TITLE})
_ADVERT = frozenset({"CS404"})  # an advert marker (`Sponsored`, `Anzeige`)
_CLOCK = compile_pattern(r"\d{1,2}[:.h]\d\d", "")  # a brief's time under its headline is its date, not its text
_WORD = compile_pattern(r"[^\W\d_]{3}", "")  # a word of three letters: no separator, no number alone


def _edge_shape(text: str, low: int, high: int) -> bool:
    """A short line of words: no clock time, no label over a list (`Tags: a, b, c`), no menu."""
    n = len(text.split())
    return low <= n <= high and _WORD.search(text) is not None and _CLOCK.search(text) is None \
        and not (":" in text and "," in text) and not menu_line(text)


class StoryLinesRule(Rule):
    """
    What it removes: nothing; it brings back a story's own short line at its edges.
    Why: on a page of several stories, the generic decisions and the related-headline rule
    cut a story's run at its paragraphs, and its short lines at the edges went with the
    template around them: text lost because its story's boundary was unsure. A short line
    printed once on the page, under the story's header (its headline, byline, date, picture
    or named template lines) and right over its first paragraph, is its first line; one
    right under its last paragraph, with only lines named by the template's rules between
    it and the next story's headline, is its last subheading.
    Example: `BAAR, SWITZERLAND` between a story's byline and its first paragraph (brought back)
    Example: `Pyrotechnische Gegenstände in Gebäuden verboten` under a story's last paragraph
    on fireworks in buildings, over `Weiterlesen` and the next story's section and headline
    (brought back)
    Kept: what a named rule took stays taken (a caption, a byline, a teaser); lines the page
    prints per story, the same first words with other numbers (`Lesetid 5 min`, `Written by
    ...`), a clock time, a label over a list (`Tags: a, b, c`), a menu and a lead-in of three
    words or more in capitals (`FULL RESULTS BELOW`) stay dropped; a last line that repeats no
    long word of its story's paragraphs over it (`What happens to the island shops`), holds a
    colon (`Lindau winter market: what to expect this year`, a link over `Continue Reading`) or
    stands over an advert marker (`Sponsored`) stays dropped, and so does a run of headlines
    after the last story (`Most read`): the last line must stand alone over the named template
    and the next story's headline; a single story's edges are left to the generic decisions.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        titles = ctx.with_role(Role.TITLE)
        if len(titles) < STORY_PAGE_TITLES:
            return
        fs, texts, lens = ctx.findings, ctx.texts, ctx.lens
        n = len(texts)

        def paragraph(m: int) -> bool:
            f = fs[m]
            return (f is None or f.role is Role.CONTENT) and lens[m] >= STORY_PARAGRAPH and ends_sentence(texts[m])

        cands: list[tuple[int, str]] = []
        for i in ctx.labelled(_LAST_DROPS):  # (the generic drops and related headlines only, in page order)
            f = fs[i]
            if not 0 < i < n - 1 or f is None:
                continue
            above = fs[i - 1]
            if f.code in _GENERIC and above is not None and above.role in _HEADER and paragraph(i + 1) \
                    and _edge_shape(texts[i], 1, EDGE_MAX_WORDS) and not (texts[i].isupper() and len(texts[i].split()) >= SHOUT_WORDS):
                cands.append((i, "a story's first line, under its header and over its first paragraph"))
            elif paragraph(i - 1) and not ends_sentence(texts[i]) and _edge_shape(texts[i], *LAST_WORDS) \
                    and ":" not in texts[i] and _closes_before_title(ctx, i + 1) and _echoes_above(ctx, i, paragraph):
                cands.append((i, "a story's last subheading, only named template between it and the next headline"))
        if not cands:
            return
        keys = line_keys(ctx)
        for i, why in cands:
            if keys[_key(texts[i])] == 1:
                yield self.finding(i, why, role=Role.CONTENT, priority=fs[i].priority + 1)  # type: ignore[union-attr]


ECHO_REACH = 8  # lines looked at over a story's last subheading for the story's paragraphs
ECHO_PARAGRAPHS = 3  # ...and how many of them


def _echoes_above(ctx: Context, i: int, paragraph: Callable[[int], bool]) -> bool:
    """Line ``i`` repeats a long word of the story's last paragraphs over it (a subheading
    speaks of its story; an advert's or another story's headline after it need not)."""
    own, got = long_word_stems(ctx.texts[i]), 0
    for m in range(i - 1, max(-1, i - 1 - ECHO_REACH), -1):
        f = ctx.findings[m]
        if f is not None and f.role in (Role.TITLE, Role.SECTION):
            break
        if paragraph(m):
            if own & long_word_stems(ctx.texts[m]):
                return True
            got += 1
            if got == ECHO_PARAGRAPHS:
                break
    return False


def _closes_before_title(ctx: Context, j: int) -> bool:
    """From line ``j`` to the next headline, only lines a named rule took (the story's trailer,
    a share bar, the next story's section): no open line, no generic drop, no related headline."""
    fs, n = ctx.findings, len(ctx.texts)
    while j < n:
        f = fs[j]
        if f is None or f.role is Role.CONTENT or f.code in _LAST_DROPS and _WORD.search(ctx.texts[j]) is not None:
            return False  # (a line of no words the generic decisions dropped is a separator: `---`)
        if f.role is Role.TITLE:
            return True
        if f.code in _ADVERT:
            return False  # (`Sponsored` under it: an advert's headline)
        j += 1
    return False


STORY_LINES = StoryLinesRule("CS507", "story-lines",
                             "a story's own short line at its edges (first line, last subheading) keeps its place",
                             Role.BOILERPLATE, fix_safe=False, emits=(Role.CONTENT,), reads=EVERY_LABEL, shapes=True)

"""Reader comment threads told by their stamps alone (issue #19).

CS420 finds a thread by its commenters' headers (`Ana says:`) or by the button printed under
every comment (`Reply`). Many blogs print neither: the commenter's name over the date and time,
then the comment (`Ana` / `June 5, 2012 at 3:14 pm` / ...), or the comment over its stamp
(`Ana said...` / ... / `June 5, 2012 at 3:14 PM`, or `Posted by: Ana | ...` under it). What
every such thread keeps is its skeleton: the same stamp, date and clock time printed the same
way, once per comment, a few lines apart, under the article. The test reads only that shape
(digits and the line's place, no word of any language).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from ..document import Finding, Role
from ..text import ends_sentence
from .base import ARTICLE_LABELS, Context, Rule, runs_within
from .chrome import (THREAD_ARTICLE, THREAD_NAME_MAX, THREAD_PROSE, THREAD_STORY_PARAGRAPHS,
                     THREAD_TEXT, THREAD_UNITS, stamp_shape, stamped_lines)

_TAKEN = (Role.CONTENT, Role.DATE, Role.STUB, Role.BYLINE)  # what a comment's line may have been read as
_LEADS = ("...", "\u2026")
STAMPS_ABOVE = 1  # stamps printed as the thread's above it: the article's own dateline, no more
# blocks from one stamp to the next at most: a comment's name, stamp, a few paragraphs and its
# buttons; a story's header, paragraphs, captions and separator run longer (the feeds of stories
# on the segmentation fit and probe halves print their stamps 10 to 16 blocks apart; at 16 the
# held-out half lost records and titles)
STAMP_GAP = 10


def _name_line(ctx: Context, k: int) -> bool:
    """A commenter's name (or `Ana said...`): a short line with a letter that is no sentence
    (an ellipsis at its end leads to the comment, it ends none)."""
    f = ctx.findings[k]
    t = ctx.texts[k]
    return (f is None or f.role in _TAKEN) and ctx.lens[k] <= THREAD_NAME_MAX \
        and any(c.isalpha() for c in t) and (t.endswith(_LEADS) or not ends_sentence(t))


def _comment_text(ctx: Context, k: int) -> bool:
    """A comment's text: an open line that ends like a sentence or runs to THREAD_TEXT characters."""
    return ctx.findings[k] is None and (ctx.lens[k] >= THREAD_TEXT or ends_sentence(ctx.texts[k]))


def _story_header(ctx: Context, k: int) -> bool:
    """A story's headline over its stamp: headline-shaped and longer than a commenter's name.
    (The caller skips the stamps themselves: a stamp two lines over the next, with a one-line
    comment between, is the thread's, however long and headline-shaped it prints.)"""
    return k >= 0 and ctx.lens[k] > THREAD_NAME_MAX and ctx.heading(k)


def _span(ctx: Context, run: list[int]) -> tuple[int, int]:
    """The blocks [start, end) of the comments around a run of stamps: the unit's lines before
    its stamp are the name lines every stamp has at the same distance above it (the phase),
    the lines after the last stamp those the shortest unit has after its stamp."""
    n = len(ctx.texts)
    period = min(b - a for a, b in zip(run, run[1:]))
    lead = next((r for r in range(period - 1, 0, -1)
                 if all(s - r >= 0 and _name_line(ctx, s - r) for s in run)), 0)
    end = min(n, run[-1] + period - lead)
    if lead == 0 and run[-1] + 1 < n and not _comment_text(ctx, run[-1] + 1):
        return _first_comment(ctx, run), end
    return run[0] - lead, end


def _first_comment(ctx: Context, run: list[int]) -> int:
    """The first block of the thread when each stamp closes its comment (no name line at one
    distance above every stamp, and the line under the last stamp no comment's text, so the
    last stamp ends the thread): the open lines of comment text (or a `NAME said...`) right
    over the first stamp, no more of them than the longest comment between two stamps, up to
    a line that is neither (the thread's heading, a counter); the first stamp when no such line
    ends them within that reach (the article's paragraphs run on above it)."""
    reach = max(b - a - 1 for a, b in zip(run, run[1:]))
    k = run[0] - 1
    while k >= 0 and run[0] - k <= reach and (_comment_text(ctx, k) or (
            ctx.findings[k] is None and _name_line(ctx, k))):
        k -= 1
    return k + 1 if k >= 0 and run[0] - k <= reach + 1 and not _comment_text(ctx, k) else run[0]


# a thread's long comment (a reader's essay) sets two stamps further apart than STAMP_GAP: stamps
# up to WIDE_GAP blocks apart stay one run when half its gaps or more are of SHORT_GAP blocks at
# most (a comment of a paragraph or two: the stories of a feed run longer under their dates)
WIDE_GAP = 3 * STAMP_GAP
SHORT_GAP = STAMP_GAP // 2


def _stamp_run(at: list[int]) -> list[int]:
    """The last run of stamps ``at`` (printed alike), each within STAMP_GAP blocks of the next;
    or, when stamps stand over it, the last run within WIDE_GAP, if most of its gaps are short."""
    run = runs_within(at, STAMP_GAP)[-1]
    if len(at) - len(run) <= STAMPS_ABOVE:
        return run
    wide = runs_within(at, WIDE_GAP)[-1]
    return wide if len(wide) > len(run) and _mostly_short(wide) else run


def _mostly_short(run: list[int]) -> bool:
    """Half the gaps between the stamps ``run`` or more are of SHORT_GAP blocks at most."""
    gaps = sorted(b - a for a, b in zip(run, run[1:]))
    return bool(gaps) and gaps[len(gaps) // 2] <= SHORT_GAP


def _stamp_runs(at: list[int]) -> Iterator[list[int]]:
    """The runs of stamps ``at`` a thread may be: ``_stamp_run``'s first, then every other run
    within STAMP_GAP or (most gaps short) within WIDE_GAP, the lowest first, whose next stamp
    stands more than WIDE_GAP blocks under it: a thread over a box of the latest comments
    further down the page, its stamps printed alike."""
    first = _stamp_run(at)
    yield first
    wide = [g for g in runs_within(at, WIDE_GAP) if _mostly_short(g)]
    for run in sorted([*runs_within(at, STAMP_GAP), *wide], key=lambda r: (-r[0], -len(r))):
        below = bisect_right(at, run[-1])
        if len(run) >= THREAD_UNITS and run != first and (below == len(at) or at[below] - run[-1] > WIDE_GAP):
            yield run  # (a stamp within WIDE_GAP under it: the next story of a feed, no box further down)


def stamp_thread(ctx: Context) -> tuple[int, int] | None:
    """The blocks [start, end) of a thread of THREAD_UNITS comments or more under the article,
    each under (or over) a stamp of THREAD_HEADER_MAX characters at most holding a clock time
    and a year, every stamp printed the same way (``stamp_shape``) within STAMP_GAP blocks of
    the next (see ``_stamp_runs``), a comment's text between any two; under THREAD_ARTICLE
    paragraphs of prose, with at most STAMPS_ABOVE stamp of that shape above it. None when there
    is none."""
    texts = ctx.texts
    stamped = stamped_lines(ctx)
    if len(stamped) < THREAD_UNITS:
        return None  # (most pages)
    shapes: dict[str, list[int]] = {}
    for k in stamped:
        shapes.setdefault(stamp_shape(texts[k]), []).append(k)
    for at in shapes.values():
        if len(at) < THREAD_UNITS:
            continue
        for run in _stamp_runs(at):
            span = _run_span(ctx, at, run)
            if span is not None:
                return span
    return None


def _run_span(ctx: Context, at: list[int], run: list[int]) -> tuple[int, int] | None:
    """The thread's blocks [start, end) when the stamps ``run`` (of the stamps ``at``, printed
    alike) are a thread's; None when they are not (see ``stamp_thread``)."""
    if len(run) < THREAD_UNITS or sum(1 for k in at if k < run[0]) > STAMPS_ABOVE:
        return None
    if not all(any(_comment_text(ctx, j) for j in range(a + 1, b)) for a, b in zip(run, run[1:])):
        return None  # two stamps with no comment between them: a list of dates
    heads = sum(1 for k in run if any(_story_header(ctx, k - j) for j in (1, 2) if k - j not in run))
    if 2 * heads >= len(run):
        return None  # a headline over every other stamp or more: a feed of stories under their dates
    start, end = _span(ctx, run)
    if sum(1 for k in range(start) if ctx.lens[k] >= THREAD_PROSE and ctx.findings[k] is None) < THREAD_ARTICLE:
        return None  # no article above: a feed of dated entries, or a live blog's
    if sum(1 for k in range(start, end) if ctx.lens[k] >= THREAD_PROSE) >= THREAD_STORY_PARAGRAPHS * len(run):
        return None  # each "comment" a story's several paragraphs
    return start, end


class StampThreadRule(Rule):
    """
    What it removes: a reader comment thread under the article printed with neither the
    commenters' `says:` nor a button: three comments in a row or more, each with a stamp
    (date with its year and clock time, on a line of its own or beside the commenter's name)
    printed the same way for every comment, a few lines apart, the comment's text between (a
    long comment may set two stamps up to three times further apart, when most are a few lines;
    a box of the latest comments further down the page, its stamps printed alike, hides none);
    from the first commenter's name to the last comment's text, or, where each stamp closes
    its comment, from the first comment's text over the first stamp (up to the thread's
    heading) on.
    Why: readers' comments are not the article; without markup, a thread whose template
    prints only names and stamps reads as more paragraphs under the story.
    Example: `Mira` / `June 5, 2012 at 3:14 pm` / `Did the seeds come up in the cold frame?`,
    three times with other names, under the article
    Example: `Did the seeds come up?` / `Posted by: Mira | June 5, 2012 at 3:14 PM`, then comments
    of one or two paragraphs each over such a stamp: the first comment goes too
    Kept: a diary article whose entries stand under their own date and time (no article of
    two paragraphs above the first one), entries of a dozen lines each under stamps printed alike
    (no short gap between two), a feed's stories whose next stamp stands a few lines under
    the run, and a story that prints its date as the comments do.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        span = stamp_thread(ctx)
        if span is None:
            return
        for i in range(*span):
            f = ctx.findings[i]
            if f is None or f.role in _TAKEN:
                yield self.finding(i, "a reader's comment, in a thread of comments under stamps printed alike",
                                   priority=self.priority + 1)


STAMP_THREAD = StampThreadRule("CS428", "stamp-thread",
                               "a reader comment thread told by its stamps: names, dates and times printed alike",
                               Role.CHROME, fix_safe=False, reads=ARTICLE_LABELS, shapes=True)

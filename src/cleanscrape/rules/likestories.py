"""A dropped run of prose shaped like the stories a page keeps is a story too (issue #18, point 4).

On a text page of several stories, content scoring keeps one main run of prose per stretch
between found headlines, and the block model reads one block at a time: a whole story whose
headline no rule found (the first story under the masthead, a story whose header the rules
read as something else) sits in another story's stretch, cut off from the main run by its
header, and every line of it goes (``CS501``, ``CS505``, ``CS503``). The page itself says it is
a story: the header over it has the shape of the header over a story the page keeps (the same
kinds of line, bottom up: a name, a time, a headline), and its paragraphs are as many as a kept
story's. When unsure, it stays, merged into the record above when no boundary is found. The
test reads only the page's shape (line lengths, sentence ends, digits); no word of any language.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..document import Finding, Role
from ..text import ends_sentence, heading_words
from .base import EVERY_LABEL, Context, Rule

_DROPS = frozenset({"CS501", "CS505", "CS503"})  # content scoring, the block model, story cards
_STOPS = frozenset({"CS412", "CS413"})  # a comment prompt, a story list's heading: what ends the stories
PROSE_WORDS = 4  # words of a line that reads as a story's sentence (content.STORY_SENTENCE_WORDS)
BRIDGE = 1  # non-prose lines a story's run reaches across (a subheading, a teaser line, a place)
HEADER_KINDS = 2  # lines of a header compared, bottom up, with a kept story's (3 tried: fewer stories back)
HEADLINE_REACH = 3  # lines over a run's first sentence where its header's headline stands
HEADER_REACH = 6  # lines over a run's first sentence read as its header
STAMP_WORDS = 6  # words of a line with a digit that reads as a time, a date, a clip's length
HEAD_WORDS = 4  # words of a headline-shaped line that reads as a headline (fewer: a name, a label)
RUN_PARAGRAPHS = 2  # sentences of a run, dropped or kept, that make it a story (one: a teaser, a caption)
LENGTH_SHARE = 0.5  # a dropped run's mean line length, against the kept story's: paragraphs, not a list's items


def _kind(text: str) -> str:
    """A header line's shape: a stamp (a digit, STAMP_WORDS words at most), a headline (HEAD_WORDS
    words or more), or a short line (a name, a label, a programme)."""
    n = len(text.split())
    if n <= STAMP_WORDS and any(c.isdigit() for c in text):
        return "stamp"
    return "head" if heading_words(text) >= HEAD_WORDS else "short"


class LikeStoryRule(Rule):
    """
    What it removes: nothing; it brings back a whole story the generic decisions dropped.
    Why: on a text page where the rules kept stories, a run of prose every line of which content
    scoring, the block model or the story-card decision dropped, under a header of the same shape
    as the header over a story the page keeps (the last HEADER_KINDS lines over its first
    sentence, bottom up, of the same kinds: a stamp with a digit, a headline, a short name or
    label; a headline among the last HEADLINE_REACH), with RUN_PARAGRAPHS sentences or more, as
    the kept story has, each LENGTH_SHARE as long as that story's on average, is a story whose
    boundary was not found: when unsure, its text stays (with the record above it when no
    headline is found for it).
    Example: `The harbour board has put back the spring timetable by four weeks after the ferry
    failed its trials.` and the next sentence, under `Evening Bulletin`, a headline, `▶ 04:12` and
    `Host: Lise Ardenne`, the header's shape over the stories the page keeps (brought back)
    Kept: a single teaser or caption under a headline (one sentence), a list's short items, a
    comment under a commenter's name and time (no headline in its header), a run under a
    comment prompt or a story list's heading, a run some of whose lines stand, and every line
    of an HTML page stay as the decisions left them.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        blocks = ctx.doc.blocks
        if not blocks or blocks[0].hints:
            return  # (an HTML page: the markup placed its stories)
        fs, texts = ctx.findings, ctx.texts
        prose = [k for k, t in enumerate(texts) if ends_sentence(t) and ctx.nwords(k) >= PROSE_WORDS]
        runs = _runs(prose)
        if len(runs) < 2:
            return
        kept, lost = [], []
        for r, run in enumerate(runs):
            open_ = [fs[k] is None or fs[k].role is Role.CONTENT for k in run]  # type: ignore[union-attr]
            if all(open_):
                kept.append(r)
            elif not any(open_) and all(fs[k].code in _DROPS for k in run):  # type: ignore[union-attr]
                lost.append(r)
        if not kept or not lost:
            return
        lens = ctx.lens
        mean: dict[tuple[str, ...], float] = {}  # each header shape over kept stories of RUN_PARAGRAPHS: their shortest mean line
        for r in kept:
            head = _header(ctx, runs, r)
            if head is not None and len(runs[r]) >= RUN_PARAGRAPHS:
                m = sum(lens[k] for k in runs[r]) / len(runs[r])
                mean[head] = min(m, mean.get(head, m))
        for r in lost:
            head = _header(ctx, runs, r)
            if head is None or head not in mean or len(runs[r]) < RUN_PARAGRAPHS:
                continue  # (one sentence: a teaser, a caption, a card)
            if sum(lens[k] for k in runs[r]) < LENGTH_SHARE * mean[head] * len(runs[r]):
                continue  # (short lines under a kept story's paragraphs: a list's items)
            for k in range(runs[r][0], runs[r][-1] + 1):
                f = fs[k]
                if f is not None and f.code in _DROPS:
                    yield self.finding(k, "a line of a run of prose under a header shaped like a kept story's",
                                       role=Role.CONTENT, priority=f.priority + 1)


def _runs(prose: Sequence[int]) -> list[list[int]]:
    """The page's sentences in runs: two stand in one run when BRIDGE lines or fewer lie between."""
    out: list[list[int]] = []
    for k in prose:
        if out and k - out[-1][-1] - 1 <= BRIDGE:
            out[-1].append(k)
        else:
            out.append([k])
    return out


def _header(ctx: Context, runs: Sequence[Sequence[int]], r: int) -> tuple[str, ...] | None:
    """The kinds of the last HEADER_KINDS lines over run ``r``'s first sentence (within HEADER_REACH
    lines, under the run above), bottom up; None when no headline stands among its last
    HEADLINE_REACH lines, or a comment prompt or a story list's heading stands in it."""
    top = runs[r - 1][-1] + 1 if r else 0
    start = runs[r][0]
    lines = range(max(top, start - HEADER_REACH), start)
    fs = ctx.findings
    if any((f := fs[k]) is not None and f.code in _STOPS for k in lines):
        return None
    kinds = tuple(_kind(ctx.texts[k]) for k in reversed(lines))
    if len(kinds) < 2 or "head" not in kinds[:HEADLINE_REACH]:
        return None
    return kinds[:HEADER_KINDS]


LIKE_STORY = LikeStoryRule("CS516", "like-story",
                           "a dropped run of prose under a header shaped like a kept story's is a story too",
                           Role.BOILERPLATE, fix_safe=False, emits=(Role.CONTENT,), reads=EVERY_LABEL, shapes=True)

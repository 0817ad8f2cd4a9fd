"""A story whose only text is one sentence, under a headline and a header like its page's stories'.

On a page of several stories, a story whose text is one short sentence (a brief, a deck printed
again as its text) loses it to the generic decisions: one line is no run of prose, and the
headline over it, with no text under it, reads as a card's (``CS304``: a headline with no
article under it). The story then vanishes, or its header joins the story above. Where that
headline prints the same header as a story of the page that kept paragraphs of its own (the
same byline, date, job or reading-time lines in the same order, text in the same places), it is
a story's headline and its one sentence is the story's text (issue #18: no story's text lost).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Finding, Role
from ..patterns import compile_pattern
from ..text import ends_sentence
from .base import EVERY_LABEL, Context, Rule
from .headings import NAME_MAX_WORDS
from .storylines import over_picture

STORY_PAGE_TITLES = 2  # headlines of a page of several stories (a single story's lines: the generic decisions')
SENTENCE_MIN_WORDS = 3  # words of a story's one sentence (`A preventable crisis.`): fewer is a label or a prompt
KEPT_PARAGRAPHS = 2  # kept lines of the story whose header it repeats: a story of paragraphs, not a card's teaser
RUNNING = 0.5  # share of its longer words not capitalised: running text, not a title in Title Case
_DROPS = frozenset({"CS501", "CS505", "CS503"})  # content scoring, the block model, a card's teaser: no named rule's
_TEXT = "text"  # a line of text in a story's skeleton, kept or dropped
_META = frozenset({Role.BYLINE, Role.DATE})  # what a story's header prints and a card's or a comment's may not
_LONG_WORD = compile_pattern(r"[^\W\d_]{3,}", "")


def _skeleton(ctx: Context, lo: int, hi: int) -> list[tuple[str, list[int]]]:
    """The lines [lo, hi) read as a story's skeleton: runs of text (kept, or dropped by a
    generic decision) and the codes of the named lines, each run with its lines."""
    fs = ctx.findings
    out: list[tuple[str, list[int]]] = []
    for k in range(lo, hi):
        f = fs[k]
        tok = _TEXT if f is None or f.role is Role.CONTENT or f.code in _DROPS else f.code
        if out and out[-1][0] == tok:
            out[-1][1].append(k)
        else:
            out.append((tok, [k]))
    return out


def _sentence(ctx: Context, k: int) -> bool:
    """Line ``k`` reads as a sentence of running text: SENTENCE_MIN_WORDS words or more, a
    sentence's end, most of its longer words not capitalised (a name, a title in Title Case: no)."""
    t = ctx.texts[k]
    if ctx.nwords(k) < SENTENCE_MIN_WORDS or not ends_sentence(t):
        return False
    ws = _LONG_WORD.findall(t)
    return bool(ws) and sum(not w[0].isupper() for w in ws) >= RUNNING * len(ws)


class OneLineStoryRule(Rule):
    """
    What it removes: nothing; it brings back a story whose only text is one sentence.
    Why: the generic decisions drop a story's one short sentence (no run of prose), and the
    headline over it, with nothing kept under it, reads as a card's; the story vanishes or its
    header joins the story above (issue #18: when unsure, merge rather than drop). On a plain
    text page of two stories or more, a headline the headline rule left as having no article
    under it (``CS304``) heads a story when the lines under it, down to its one text, repeat in
    order the skeleton of a story of the page that kept KEPT_PARAGRAPHS lines of text or more
    (its byline or date lines, and the text in the same places), and that skeleton holds a byline
    or a date over the text. The one text is a single sentence (SENTENCE_MIN_WORDS words or more,
    a sentence's end, in running case), printed nowhere else on the page (a deck printed again as
    the text is one). The headline is then the story's and its sentence its text.
    Example: `As Protests Grow Over Dismissal of Defense Minister Fedorov` over `A preventable
    crisis.`, a byline, a job and a reading time, the sentence again, where the next story prints
    a deck, the same byline, job and reading time and three paragraphs (its record, its text)
    Kept: a headline whose header prints no byline and no date, or a skeleton no story that kept
    paragraphs prints (cards under a list's heading); a headline of NAME_MAX_WORDS words or fewer
    (a commenter's name over a stamp); text of two lines or more, a line in Title Case, a label
    or a prompt of fewer words, a line printed in another story too; a line a named rule took;
    every line of an HTML page (its markup places the text).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        if ctx.doc.from_html:
            return
        titles = ctx.with_role(Role.TITLE)
        if len(titles) < STORY_PAGE_TITLES:
            return
        fs = ctx.findings
        ends = dict(zip(titles, [*titles[1:], len(fs)]))
        models = []  # (the skeletons of the stories that kept paragraphs)
        single = 0  # (stories that kept one line: a card's teaser as often)
        for t in titles:
            sk = _skeleton(ctx, t + 1, ends[t])
            kept = sum(1 for tok, ks in sk if tok == _TEXT for k in ks if fs[k] is None or fs[k].role is Role.CONTENT)
            if kept >= KEPT_PARAGRAPHS:
                models.append([tok for tok, _ in sk])
            elif kept:
                single += 1
        if len(models) <= single:
            return  # (most stories that kept text kept one line: a river of cards, each a teaser under its byline)
        found: list[list[int]] = []
        for h in titles:
            if ctx.nwords(h) <= NAME_MAX_WORDS:
                continue  # (a name's length: a commenter's name over a stamp)
            sk = _skeleton(ctx, h + 1, ends[h])
            runs = [i for i, (tok, _) in enumerate(sk) if tok == _TEXT]
            if not runs:
                continue
            shape = [tok for tok, _ in sk[:runs[-1] + 1]]
            lines = [k for i in runs for k in sk[i][1]]
            if any(fs[k] is None or fs[k].role is Role.CONTENT for k in lines):
                continue  # (text kept under it: the other story rules')
            if len({ctx.texts[k] for k in lines}) != 1 or not _sentence(ctx, lines[0]) \
                    or ctx.text_counts()[ctx.texts[lines[0]]] != len(lines) \
                    or any(over_picture(ctx, k + 1) for k in lines):
                continue  # (a line over a picture's credit: its caption)
            if not any(fs[k] is not None and fs[k].role in _META for tok, ks in sk[:runs[-1]] for k in ks):  # type: ignore[union-attr]
                continue  # (no byline or date in its header: a card's, a comment's)
            if any(m[:len(shape)] == shape for m in models):
                found.append(lines)
        if len(found) >= len(models) + single:
            return  # (as many one-line stories as stories that kept text: cards under an article)
        for lines in found:
            for k in lines:
                yield self.finding(k, "a story's one sentence, under the header its page's stories print",
                                   role=Role.CONTENT, priority=fs[k].priority + 1)  # type: ignore[union-attr]


ONE_LINE_STORY = OneLineStoryRule("CS516", "one-line-story",
                                  "a story whose only text is one sentence, under its page's story header, keeps it",
                                  Role.BOILERPLATE, fix_safe=False, emits=(Role.CONTENT,),
                                  reads=EVERY_LABEL, shapes=True)

"""Decks printed over their headlines (seg24, issue #18): the story header a page repeats as
a sentence, then the headline, then the byline or date, then the story's text.

Read by CS506 (``StoryTextRule``): it labels each such deck as its story's text (role content,
reason ``DECK_OVER_HEAD``), and the segmenter opens the story at its deck, not at its headline.
"""

from __future__ import annotations

from ..document import Role
from .base import GENERIC_DROPS, META_ROLES, Context

DECK_OVER_HEAD = "a deck over its headline: the page prints a sentence over each story's headline, its byline or date under it"
DECKS_MIN = 2  # stories: the skeleton is a page's when at least this many print it
DECK_COPY_REACH = 6  # lines under a headline's byline or date where the story prints its deck again (a picture between)
DECK_COPY_MIN = 20  # characters: a shorter line (a kicker, a label) is printed again by chance


def decks_over_heads(ctx: Context, titles: list[int]) -> list[int]:
    """The decks of a page whose every story header (a headline with its byline or date right
    under it) has a line right over its headline that the story prints again under the header
    (one of its sentences), the first one with no text of the page over it (so no line over a
    headline is the story above's last paragraph): those lines, in order; none when one header
    lacks its deck or fewer than DECKS_MIN print one."""
    decks: list[int] = []
    for t in titles:
        if t + 1 >= len(ctx.texts) or ctx.role(t + 1) not in META_ROLES:
            continue  # (a headline with no byline or date under it: not the header the page repeats)
        k = t - 1
        if k < 0 or not _open_or_dropped(ctx, k) or not _printed_under(ctx, k):
            return []
        decks.append(k)
    if len(decks) < DECKS_MIN or any(ctx.is_open(j) for j in range(decks[0])):
        return []  # (the first story's text over its headline: the lines over the others may be the text above's)
    return decks


def _printed_under(ctx: Context, k: int) -> bool:
    """Line ``k`` (over a headline and its byline or date) is printed again inside a line of
    the story under them, within DECK_COPY_REACH lines: a deck, one of the story's sentences
    (the last paragraph of the story above, or a site's tagline over the first story, is not
    printed again under the next headline)."""
    t, texts = ctx.texts[k].strip().rstrip(".…").rstrip(), ctx.texts  # (a deck cut from a longer sentence)
    return len(t) >= DECK_COPY_MIN and any(t in texts[j] for j in range(k + 3, min(len(texts), k + 3 + DECK_COPY_REACH)))


def _open_or_dropped(ctx: Context, k: int) -> bool:
    """Line ``k`` is open, or only the generic decisions dropped it (no rule named it)."""
    f = ctx.findings[k]
    return f is None or f.role is Role.CONTENT or f.code in GENERIC_DROPS

"""The one table of rule codes, the default order, and select/ignore resolution.

Codes are grouped by family and never reused; a retired code stays in
``RETIRED`` so that it cannot be handed out again.

=======  ==========================================
family   codes
=======  ==========================================
CS1xx    image credits and captions
CS2xx    teasers, video residue, related headlines
CS3xx    headlines, bylines, dates, sections, stubs
CS4xx    site chrome
CS5xx    generic content scoring
CS6xx    learned site profiles
CS9xx    reserved for user rules from config
=======  ==========================================
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Sequence
from .typed import TYPE_CHECKING

from .rules import (chrome, content, contents, credits, headings, islands, looselines, model, signature, storylines, structure,
                    teasers, threads)
from .rules.base import LineRule, Rule
from .rules.profile import profile_rule

if TYPE_CHECKING:  # pragma: no cover
    from importlib.metadata import EntryPoints  # imported when needed: see entry_points()

RETIRED: frozenset[str] = frozenset()
USER_RANGE = ("CS900", "CS999")
ENTRY_POINT_GROUP = "cleanscrape.rules"


def _default_rules() -> tuple[Rule, ...]:
    line_rules = [*credits.LINE_RULES, *teasers.LINE_RULES, *headings.LINE_RULES, *chrome.LINE_RULES]
    rules: list[Rule] = [
        # pass 1: single blocks; pattern rules first, so that the engine runs them as one batch
        *[r for r in line_rules if type(r) is LineRule],
        *[r for r in line_rules if type(r) is not LineRule],
        # HTML markup, when the page has some, before any rule reads neighbours
        *structure.RULES,
        # pass 2: neighbours
        *teasers.CONTEXT_RULES,
        *credits.CONTEXT_RULES,
        *chrome.EARLY_RULES,
        threads.STAMP_THREAD,  # a thread told by its stamps alone, after CS420's own
        *headings.TITLE_RULES,
        *chrome.CONTEXT_RULES,
        *teasers.LATE_RULES,
    ]
    rules.extend(content.RULES)  # generic content scoring reads what the named rules left
    rules.extend(chrome.LATE_RULES)  # the author's bio: after the last paragraph content scoring kept
    # a caption over each story's header: after the headlines and their headers are known
    rules.append(credits.CAPTION_OVER_HEADER)
    # the separator between stories: after every rule that reads the lines around it (a story's
    # last line over it is still read as the story's)
    rules.append(headings.STORY_SEPARATOR)
    # last: pages with no article (story cards, an error page), judged on what every rule left
    rules.extend((content.STORY_CARDS, content.NOT_FOUND_PAGE))
    # the fitted block model: may overturn the generic decisions (CS501, CS502), after every rule
    rules.append(model.BLOCK_MODEL)
    # a story under its own header that lost all its text to the generic decisions keeps it
    rules.append(content.STORY_TEXT)
    # a page's contents (its own headlines listed, then printed over their stories), and their
    # stories' sentences: after the generic decisions, whose drops it reads, before the skeleton's step
    rules.append(contents.CONTENTS)
    # a headline where the page's repeated story skeleton puts one, with its story's text
    rules.append(signature.SKELETON_STORY)
    # a story's own short line at its edges, cut with the template around it, keeps its place
    rules.append(storylines.STORY_LINES)
    # a story's first paragraph where the page's repeated header puts it: after the story rules
    rules.append(storylines.HEADER_SLOT)
    # a statement of prose under a story's headline: once every story rule has kept its story's text
    rules.append(storylines.STORY_PROSE)
    # summary bullets under each story's headline: once every decision has read them as the
    # story's lines (the block model reads a header's kept lines around a story's first paragraph)
    rules.append(teasers.SUMMARY_BULLETS)
    # a heading left over a section every decision took out: once every decision is made
    rules.append(content.ORPHAN_HEADING)
    # a notice box the markup names (licence, disclaimer, bio, donation), kept inside the text
    rules.append(content.NOTICE_BOX)
    # ...and a box's short line over its links between the story's paragraphs (after the model:
    # train.py fits without it)
    rules.append(content.BOX_PROMPT)
    # on a text page, a little kept text cut off under the story: once every decision has kept its lines
    rules.append(islands.ISLAND_TAIL)
    # ...and the kept lines outside a story's text that the page prints twice with a neighbour
    rules.append(islands.REPEATED_RUN)
    # ...and a long line that prints the story's kept paragraphs again, run together
    rules.append(islands.RUN_TOGETHER_COPY)
    # ...and a run of other stories' cards (headline, summary) at the edge of a single story's text
    rules.append(islands.TEASER_RUN)
    # ...and on an HTML page, the same island cut content scoring makes, and the text past the story's
    # <article>, once every decision is made
    rules.append(islands.HTML_TAIL)
    # ...and the text a page sets straight in a <figure>, not in a paragraph or caption
    rules.append(islands.FIGURE_TEXT)
    # ...and a short line of loose text set deep among the story's paragraphs
    rules.append(looselines.LOOSE_LINE)
    # ...and a lone headline-shaped line the story ends on, under its last paragraph
    rules.append(islands.TRAILING_LINE)
    # ...and a picture's caption and its credit set together between the story's paragraphs
    rules.append(islands.CAPTION_CREDIT)
    # ...and on an HTML page, prose outside the text container beside kept blocks of its own element
    rules.append(looselines.SIBLING_TEXT)
    # ...and on an HTML page, other stories' links (a list, a row of cards) under the story's last paragraph
    rules.append(looselines.RELATED_RUN)
    # ...and on an HTML page with no headline found, its only <h1> over the kept text (after CS514:
    # what the decisions kept, every one of them)
    rules.append(looselines.LONE_HEADLINE)
    return tuple(rules)


DEFAULT_RULES: tuple[Rule, ...] = _default_rules()

# CS601 runs only when `clean --profile` gives it a site's lines; without them it finds
# nothing. This instance documents it and lets a code name it.
PROFILE_RULE: Rule = profile_rule(())
PROFILE_ANCHOR = "CS201"
BUILTIN_RULES: tuple[Rule, ...] = (*DEFAULT_RULES, PROFILE_RULE)


def _check_table(rules: Sequence[Rule]) -> None:
    seen: dict[str, str] = {}
    for r in rules:
        if r.code in seen and seen[r.code] != r.name:
            raise ValueError(f"rule code {r.code} used by both {seen[r.code]} and {r.name}")
        if r.code in RETIRED:
            raise ValueError(f"rule code {r.code} is retired")
        seen[r.code] = r.name


_check_table(BUILTIN_RULES)


def plugin_rules() -> list[Rule]:
    """Rules that third-party packages register under the ``cleanscrape.rules`` entry point.

    An entry point may name a rule object or a sequence of them.
    """
    found: list[Rule] = []
    if not _may_declare(ENTRY_POINT_GROUP):
        return found
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        obj = ep.load()
        items = obj if isinstance(obj, (list, tuple)) else [obj]
        for item in items:
            if not isinstance(item, Rule):
                raise TypeError(f"entry point {ep.name!r} gave {type(item).__name__}, not a Rule")
            found.append(item)
    return found


def entry_points(*, group: str) -> EntryPoints:
    """``importlib.metadata.entry_points``, imported only when a distribution may declare
    some (the import costs a CLI run 25 ms at start-up)."""
    from importlib.metadata import entry_points as find

    return find(group=group)


def _may_declare(group: str) -> bool:
    """Whether an installed distribution may declare entry points in ``group``: a look at
    the ``entry_points.txt`` of each ``*.dist-info`` / ``*.egg-info`` folder on
    ``sys.path``. Anything on the path that is not a folder (a zip) answers yes, so that
    ``importlib.metadata`` decides."""
    needle = f"[{group}]"
    for base in sys.path:
        try:
            with os.scandir(base or ".") as entries:
                for entry in entries:
                    if not entry.name.endswith((".dist-info", ".egg-info")):
                        continue
                    try:
                        with open(os.path.join(entry.path, "entry_points.txt"), encoding="utf-8",
                                  errors="replace") as fh:
                            if needle in fh.read():
                                return True
                    except OSError:
                        continue
        except NotADirectoryError:
            return True
        except OSError:
            continue
    return False


class UnknownRuleError(ValueError):
    """A code or name no rule has: one short line, with the closest known one."""

    def __init__(self, token: str, rules: Sequence[Rule]) -> None:
        self.token = token
        hint = suggest(token, rules)
        tail = f"did you mean {hint}?" if hint else "see 'cleanscrape rules'"
        super().__init__(f"unknown rule code or name {token!r} ({tail})")


def suggest(token: str, rules: Sequence[Rule]) -> str | None:
    """The known code or name closest to ``token`` (difflib), or None."""
    import difflib  # (here: only a mistyped code needs it)

    t = token.strip()
    for key, options in ((t.upper(), {r.code for r in rules}), (t.lower(), {r.name for r in rules})):
        close = difflib.get_close_matches(key, sorted(options), n=1, cutoff=0.6)
        if close:
            return close[0]
    return None


def matches(rule: Rule, token: str) -> bool:
    """A token selects a rule by code prefix (``CS1``, ``CS101``), name, or ``ALL``."""
    t = token.strip()
    return t.upper() == "ALL" or rule.code.startswith(t.upper()) or rule.name == t.lower()


def resolve(rules: Sequence[Rule], select: Iterable[str] | None = None,
            ignore: Iterable[str] | None = None, extend_select: Iterable[str] | None = None,
            base: Sequence[Rule] | None = None) -> tuple[Rule, ...]:
    """The rules to run, in order: ``select`` (default all), plus ``extend_select``, minus ``ignore``.

    A token may name any rule of ``rules`` or of the package (``CS601`` too, which runs
    only with a site profile); others raise :class:`UnknownRuleError`.
    """
    pool = list(rules)
    known = pool + list(BUILTIN_RULES)
    for tokens in (select, ignore, extend_select):
        for tok in tokens or ():
            if not any(matches(r, tok) for r in known):
                raise UnknownRuleError(tok, known)
    chosen = [r for r in pool if select is None or any(matches(r, t) for t in select)]
    if extend_select:
        chosen += [r for r in pool if r not in chosen and any(matches(r, t) for t in extend_select)]
        chosen.sort(key=pool.index)
    if ignore:
        chosen = [r for r in chosen if not any(matches(r, t) for t in ignore)]
    return tuple(chosen)


def by_code(code: str, rules: Sequence[Rule] | None = None) -> Rule:
    """The rule with this code or name, among ``rules`` (default: every built-in rule)."""
    rules = BUILTIN_RULES if rules is None else rules
    for r in rules:
        if r.code == code.upper() or r.name == code.lower():
            return r
    raise UnknownRuleError(code, rules)


def all_rules(user_rules: Sequence[Rule] = (), plugins: Sequence[Rule] | None = None) -> tuple[Rule, ...]:
    """Every rule a code can name, in the order they run: the user's rules from config and
    the plugins' (they run first), then the built-ins with CS601 where a profile puts it.

    ``plugins`` None: looked up in the installed packages (which may raise)."""
    found = plugin_rules() if plugins is None else plugins
    return (*user_rules, *found, *with_profile(DEFAULT_RULES, PROFILE_RULE))


def with_profile(rules: Sequence[Rule], profile: Rule) -> tuple[Rule, ...]:
    """``rules`` with the site-profile rule before CS201 (a profile's lines go before any
    teaser rule reads them), or at the end when CS201 is not there."""
    out = list(rules)
    at = next((i for i, r in enumerate(out) if r.code == PROFILE_ANCHOR), len(out))
    out.insert(at, profile)
    return tuple(out)

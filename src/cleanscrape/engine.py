"""Run rules over a document and resolve what they say.

Each rule declares the labels it reads (``Rule.reads``: codes, or roles). The
engine runs a rule after the rules whose codes it reads (a topological sort of
the declarations; the given order breaks ties, and a cycle is an error that
names it) and shows it only those labels and its own: any other label looks
like no label. So ignoring a rule changes its own lines and the lines of the
rules that read it, nothing else. A finding takes a block when the block is
unlabelled or the finding has a higher priority than the label it replaces;
content wins ties.

Consecutive :class:`LineRule` objects are run as one batch: each block is
tried against the line rules that can match its first word, in rule order,
and the first that matches labels it. Line rules only label open blocks, so
this gives exactly what running them one by one gives, with one pass over
the page instead of one per rule.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from itertools import compress
from dataclasses import dataclass
from functools import lru_cache
from time import perf_counter
from collections.abc import Sequence
from .typed import TYPE_CHECKING

from .document import Document, Finding, Role
from .rules.base import Context, LineRule, Rule

if TYPE_CHECKING:  # pragma: no cover
    from typing import TypeGuard

# (a global: an enum member read off its class costs ~15x more, EnumType's __getattr__ slowing
# every attribute lookup on the class; hot loops read this)
_CONTENT = Role.CONTENT


@dataclass(frozen=True, slots=True)
class Labelled:
    """A document and the one finding that won for each block (``None``: content)."""

    doc: Document
    labels: tuple[Finding | None, ...]
    notice: str | None = None  # set when the page was not labelled in full (time budget)

    def role(self, i: int) -> Role:
        f = self.labels[i]
        return f.role if f is not None else _CONTENT

    @property
    def findings(self) -> list[Finding]:
        """The findings that remove or move a block, in document order."""
        return [f for f in self.labels if f is not None and f.role is not _CONTENT]


def _wins(new: Finding, old: Finding | None) -> bool:
    if old is None:
        return True
    if new.priority != old.priority:
        return new.priority > old.priority
    return new.role is _CONTENT and old.role is not _CONTENT


# lines whose verdict each line rule of a batch remembers (``_LineBatch.tried``): a few pages' worth of
# its candidates (each at most its ``max_len`` long), then forgotten all at once
TRIED_MAX = 1024


class _LineBatch:
    """Several line rules run in one pass over the blocks."""

    __slots__ = ("rules", "by_word", "keys", "gated", "everywhere", "limit", "matchers", "max_lens", "default", "top",
                 "tried")

    def __init__(self, rules: Sequence[LineRule]) -> None:
        self.rules = tuple(rules)
        by_word: dict[str, list[int]] = {}
        gated, everywhere = [], []
        for n, r in enumerate(self.rules):
            for key in r.start_keys:
                by_word.setdefault(key, []).append(n)
            if r.contains:
                gated.append(n)
            elif not r.starts:
                everywhere.append(n)
        self.everywhere = tuple(everywhere)
        self.by_word = {k: tuple(sorted(set(v) | set(everywhere))) for k, v in by_word.items()}
        self.keys = frozenset(self.by_word)
        self.default = self.everywhere
        self.gated = tuple(gated)
        self.limit = max((r.max_len for r in self.rules), default=0)
        self.matchers = tuple(r.compiled.fullmatch for r in self.rules)
        self.max_lens = tuple(r.max_len for r in self.rules)
        # each rule's verdict on the lines it tried (its pattern's ``fullmatch`` found one or not: a pure
        # function of the line), for the lines a site prints on every page and a page prints twice
        self.tried: tuple[dict[str, bool], ...] = tuple({} for _ in self.rules)

    def run(self, ctx: Context, claims: _Claims) -> None:
        """Every line rule that matches a block claims it (the first in rule order wins a
        tie): none reads a label, so what one finds never depends on another."""
        rules, by_word, gated, default = self.rules, self.by_word, self.gated, self.default
        matchers, claim, slots, present = self.matchers, claims.claim, claims.slots, claims.present
        texts, lens = ctx.texts, ctx.lens
        first = ctx.first_words()
        extra_at: dict[int, list[int]] = {}
        for n in gated:
            for i in ctx.blocks_with(*rules[n].contains, limit=rules[n].max_len):
                extra_at.setdefault(i, []).append(n)
        if default:
            lines = ctx.short(self.limit)
        else:  # (no rule tries every line: only the lines a rule's first word or needle picks, in order)
            limit = self.limit
            lines = sorted({i for i in ctx.starting_with(self.keys) if lens[i] <= limit}.union(extra_at))
        max_lens, tried = self.max_lens, self.tried
        for i in lines:
            t, size = texts[i], lens[i]
            cand = by_word.get(first[i], default)
            if i in extra_at:  # (a membership test, not a call, for the many lines no needle picked)
                cand = tuple(sorted(set(cand).union(extra_at[i])))
            for n in cand:
                if size > max_lens[n]:
                    continue
                seen = tried[n]
                hit = seen.get(t)
                if hit is None:
                    if len(seen) >= TRIED_MAX:
                        seen.clear()  # (bounded: the lines of the last few pages)
                    hit = seen[t] = matchers[n](t) is not None
                if not hit:
                    continue
                r = rules[n]
                fields = r.fields(t) if r.fields is not None else ()
                if r.fields is not None and not fields:
                    continue
                new = r.finding(i, r.summary, fields=fields)
                if slots[i] is None:  # (the common case, inline)
                    slots[i] = new
                    present.add(new.code)
                else:
                    claim(new, None)


class _Claims:
    """What every rule claimed, and the winner of each block.

    A rule is shown, for each block, the claim that wins among the codes it sees (its own
    and those it reads), as if the others had not run: so what it decides never depends
    on a rule it does not read, not even through a block both claimed."""

    __slots__ = ("slots", "history", "present")

    def __init__(self, n: int) -> None:
        self.slots: list[Finding | None] = [None] * n  # the winner of each block
        self.history: dict[int, list[Finding]] = {}  # every claim, for blocks claimed twice or more
        self.present: set[str] = set()  # the codes that claimed a block

    def claim(self, f: Finding, view: list[Finding | None] | None) -> None:
        """Record ``f``; ``view``: the claiming rule's view, kept up to date with its own claims."""
        b = f.block
        old = self.slots[b]
        self.present.add(f.code)
        if old is not None:
            self.history.setdefault(b, [old]).append(f)
        if _wins(f, old):
            self.slots[b] = f
        if view is not None and view is not self.slots and _wins(f, view[b]):
            view[b] = f

    def view(self, seen: frozenset[str]) -> list[Finding | None]:
        """The winners among the claims of the codes ``seen``: the real labels when it sees
        every code that claimed a block (no copy), else a copy."""
        present, slots = self.present, self.slots
        if seen.issuperset(present):
            return slots
        if seen.isdisjoint(present):
            return [None] * len(slots)
        out = list(slots)
        for b in compress(range(len(slots)), slots):  # (the labelled blocks only, found in C: most are not)
            if slots[b].code not in seen:  # type: ignore[union-attr]
                out[b] = None
        for b, claims in self.history.items():
            if out[b] is None:  # the winner is hidden: the best claim among those it sees
                for f in claims:
                    if f.code in seen and _wins(f, out[b]):
                        out[b] = f
        return out


# what label() runs: a rule, or a batch of line rules in one pass; with the codes whose
# labels it sees (its own, those it reads, and the pattern rules' when it reads them as
# shapes), and the batch of the shape rules the user left out (run for its view only)
Step = tuple[Rule | _LineBatch, frozenset[str], "_LineBatch | None"]
_ROLES = frozenset(r.value for r in Role)


def is_shape(rule: Rule) -> TypeGuard[LineRule]:
    """A pattern rule: a line rule that reads no label, so what it finds is a fact of the line."""
    return type(rule) is LineRule and not rule.reads


def reads_of(rules: Sequence[Rule]) -> dict[str, frozenset[str]]:
    """The codes each rule reads, resolved against ``rules`` (in their given order): a code
    it names, when that rule is among them; for a role, every rule before it that carries it
    (for a rule that reads the pattern rules as shapes, ``Rule.shapes``, none of those)."""
    out: dict[str, frozenset[str]] = {}
    codes = {r.code for r in rules}
    shape_codes = {r.code for r in rules if is_shape(r)}
    places: dict[str, list[int]] = {}  # role -> the place of each rule carrying it, in order
    carriers: dict[str, list[str]] = {}  # role -> the code of each of those rules
    for n, r in enumerate(rules):
        for role in r.roles:
            places.setdefault(role.value, []).append(n)
            carriers.setdefault(role.value, []).append(r.code)
    for n, r in enumerate(rules):
        got: set[str] = set()
        for item in r.reads:
            if item in _ROLES:
                if item in places:  # (the carriers before it: a run from the list's start)
                    got.update(carriers[item][:bisect_left(places[item], n)])
            elif item in codes:
                got.add(item)
        got.discard(r.code)
        out[r.code] = frozenset(got - shape_codes if r.shapes else got)
    return out


def sees_of(rules: Sequence[Rule]) -> dict[str, frozenset[str]]:
    """The codes whose labels each rule sees besides its own: those it reads, and the
    pattern rules' when it reads them as shapes (so it runs after them)."""
    shape_codes = frozenset(r.code for r in rules if is_shape(r))
    reads = reads_of(rules)
    return {r.code: reads[r.code] | (shape_codes - {r.code}) if r.shapes else reads[r.code] for r in rules}


def readers_of(rules: Sequence[Rule]) -> dict[str, frozenset[str]]:
    """For each code, the codes of the rules that read it, directly or through other readers."""
    direct: dict[str, set[str]] = {r.code: set() for r in rules}
    for code, got in reads_of(rules).items():
        for x in got:
            direct[x].add(code)
    closed: dict[str, frozenset[str]] = {}
    for code in direct:
        seen: set[str] = set()
        todo = [code]
        while todo:
            for y in direct[todo.pop()] - seen:
                seen.add(y)
                todo.append(y)
        closed[code] = frozenset(seen)
    return closed


def ordered(rules: Sequence[Rule], sees: dict[str, frozenset[str]] | None = None) -> tuple[Rule, ...]:
    """``rules`` in an order where each runs after the rules it reads; the given order breaks
    ties (so it is kept wherever the declarations allow). A cycle raises ValueError.
    ``sees``: their :func:`sees_of`, when the caller has it."""
    rules = tuple(rules)
    reads = sees_of(rules) if sees is None else sees
    index: dict[str, int] = {}
    for n, r in enumerate(rules):
        index.setdefault(r.code, n)
    needs = [{index[c] for c in reads[r.code]} - {n} for n, r in enumerate(rules)]
    users: list[list[int]] = [[] for _ in rules]
    for n, got in enumerate(needs):
        for m in got:
            users[m].append(n)
    left = [len(got) for got in needs]
    ready = [n for n, k in enumerate(left) if not k]
    heapq.heapify(ready)
    out: list[Rule] = []
    while ready:
        n = heapq.heappop(ready)
        out.append(rules[n])
        for u in users[n]:
            left[u] -= 1
            if not left[u]:
                heapq.heappush(ready, u)
    if len(out) < len(rules):
        raise ValueError(f"rules read each other in a cycle: {_cycle(rules, needs, left)}")
    return tuple(out)


def _cycle(rules: tuple[Rule, ...], needs: list[set[int]], left: list[int]) -> str:
    """One cycle among the rules that could not be ordered, as `CS1 -> CS2 -> CS1`."""
    n = next(k for k, v in enumerate(left) if v)
    path: list[int] = []
    while n not in path:
        path.append(n)
        n = min(m for m in needs[n] if left[m])
    loop = path[path.index(n):] + [n]
    return " reads ".join(rules[k].code for k in loop)


@lru_cache(maxsize=64)
def plan(rules: tuple[Rule, ...], shapes: tuple[Rule, ...] = ()) -> tuple[Step, ...]:
    """Order the rules from what they read; group consecutive line rules into batches
    (they read no label); other rules stand alone, each with the codes it sees.

    ``shapes``: the pattern rules a rule that reads shapes (``Rule.shapes``) sees whether
    or not they are among ``rules`` (the shipped ones: the pipeline passes them); those left
    out are run for its view alone, their findings never labels."""
    sees = sees_of(rules)
    codes = {r.code for r in rules}
    left_out = [s for s in shapes if is_shape(s) and s.code not in codes]
    side = _LineBatch(left_out) if left_out else None
    steps: list[Step] = []
    run: list[LineRule] = []
    for r in ordered(rules, sees):
        if is_shape(r):
            run.append(r)
            continue
        if run:
            steps.append((_LineBatch(run), frozenset(), None))
            run = []
        steps.append((r, sees[r.code] | {r.code}, side if r.shapes else None))
    if run:
        steps.append((_LineBatch(run), frozenset(), None))
    return tuple(steps)


def _side_claims(ctx: Context, batch: _LineBatch) -> list[Finding | None]:
    """What the pattern rules of ``batch`` find on the page, apart from every label."""
    side = _Claims(len(ctx.texts))
    batch.run(ctx, side)
    return side.slots


def _with_shapes(view: list[Finding | None], side: list[Finding | None],
                 slots: list[Finding | None]) -> list[Finding | None]:
    """``view`` with the left-out pattern rules' findings (``side``): they claimed first
    (pattern rules run first), so a block shows the one the engine would keep."""
    out = list(view) if view is slots else view
    for b, m in enumerate(side):
        if m is not None and (out[b] is None or not _wins(out[b], m)):  # type: ignore[arg-type]
            out[b] = m
    return out


def _claim_all(found: list[Finding], claims: _Claims, view: list[Finding | None]) -> None:
    """Claim each of ``found`` (a rule's findings, returned whole) as ``label`` claims a finding
    yielded, ``view`` the rule's view (the claims themselves when it sees every code)."""
    slots, present = claims.slots, claims.present
    n, same = len(slots), view is slots
    for f in found:
        b = f.block
        if 0 <= b < n:
            if slots[b] is None:  # (the common case, inline: ``claims.claim`` on a block no rule claimed)
                slots[b] = f
                present.add(f.code)
                if not same and ((old_b := view[b]) is None or _wins(f, old_b)):
                    view[b] = f
            else:
                claims.claim(f, view)


MAX_LINE = 100_000  # characters: longer blocks are kept whole, unexamined
INTERNAL_ERROR = "internal error"  # how a notice names a rule that raised (a bug: please report it)
OVER_BUDGET = "over the time budget"  # how a notice starts when a page ran over its time budget


def label(doc: Document, rules: Sequence[Rule], settings: object | None = None, *,
          steps: tuple[Step, ...] | None = None, budget: float | None = None,
          max_line: int | None = MAX_LINE) -> Labelled:
    """Label ``doc`` with ``rules`` (``steps``: their :func:`plan`, when the caller keeps it).

    With ``budget`` (seconds), a page whose labelling runs over it comes back
    unlabelled, every line kept, with a notice that says so: never dropped. So does a
    page on which a rule raises (a bug): the notice names the rule and the error.
    A block longer than ``max_line`` characters (``None`` or 0: no limit) is kept as
    article text whatever the rules say (they see only its first ``max_line``
    characters), and the notice says how many there were.
    """
    ctx = Context(doc, settings, max_line=max_line)
    claims = _Claims(len(ctx.findings))
    slots = ctx.findings = claims.slots
    present = claims.present
    n = len(slots)
    ctx.version = ver = 0  # (every label written below adds one: the views read from the labels are kept till then)
    deadline = perf_counter() + budget if budget is not None else None
    side: list[Finding | None] | None = None  # what the left-out shape rules find: computed once
    for step, seen, left_out in steps if steps is not None else plan(tuple(rules)):
        if deadline is not None and perf_counter() > deadline:
            return Labelled(doc, (None,) * n, f"{OVER_BUDGET} of {budget:g}s: returned unchanged")
        try:
            if isinstance(step, _LineBatch):
                step.run(ctx, claims)  # (it reads no label view while it writes)
                ver += 1
                ctx.version = ver
                continue
            old = ctx.findings
            view = ctx.findings = claims.view(seen)
            ctx.present = present if left_out is None else None  # (the shapes left out label too)
            if left_out is not None:
                if side is None:
                    side = _side_claims(ctx, left_out)
                view = ctx.findings = _with_shapes(view, side, slots)
            if view is not old:
                ver += 1
                ctx.version = ver
            if ctx.step_memo:
                ctx.step_memo = {}
            same = view is slots
            found = step.check(ctx)
            if type(found) is list:  # (a rule that returns its findings whole: it read no label while they were
                # claimed, so the views need one new version after them, not one per finding)
                if found:
                    _claim_all(found, claims, view)
                    ver += 1
                    ctx.version = ver
                continue
            for f in found:
                b = f.block
                if 0 <= b < n:
                    ver += 1
                    ctx.version = ver
                    if slots[b] is None:  # (the common case, inline: ``claims.claim`` on a block no rule claimed)
                        slots[b] = f
                        present.add(f.code)
                        if not same and ((old_b := view[b]) is None or _wins(f, old_b)):
                            view[b] = f
                    else:
                        claims.claim(f, view)
        except Exception as exc:  # a rule's bug must not crash a pipeline: the page comes back whole
            code = getattr(step, "code", None) or "line batch"
            return Labelled(doc, (None,) * n, f"{INTERNAL_ERROR} in rule {code} ({type(exc).__name__}: {exc}): "
                                              f"returned unchanged")
    ctx.findings, ctx.present, ctx.version = slots, None, None
    if ctx.truncated:
        for i in ctx.truncated:
            slots[i] = None
        return Labelled(doc, tuple(slots), f"{len(ctx.truncated)} line(s) over the line length limit of "
                                           f"{max_line} characters kept whole, unexamined")
    return Labelled(doc, tuple(slots))


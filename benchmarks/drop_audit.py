"""Which rules drop article text: every removal audited by the rule that made it, on a half.

    python benchmarks/drop_audit.py --bench ../shared/bench                       # fit halves, HTML and text
    python benchmarks/drop_audit.py --bench ../shared/bench --modes html --sets fundus-tests --pages 5
    python benchmarks/drop_audit.py --bench ../shared/bench --split check         # shares only
    python benchmarks/drop_audit.py --bench ../shared/bench --tail --kept          # an article's end
    python benchmarks/drop_audit.py --bench ../shared/bench --modes html --structure  # lists, tables, quotes...

Each page of a half (``--split``, default ``fit``) is read and cleaned in this process, as
the CLI cleans it, and every block that does not reach a record's body is put in the class
of the decision that removed it: its rule code (``CS501`` and ``CS502`` with the first words
of their reason: ``CS502 outside the element that``, since those two decide many things);
a block left content but not in any record is ``segment``. Per class (and mode) it prints:

* ``tokens``: the ``\\w+`` tokens (score.py's) the class removed, over all pages;
* ``gold``: the share of those tokens that are article text the output lacks. On a full-text
  set a block's tokens count as gold in the share of its 4-shingles the gold body holds and the
  output does not (a dropped copy of a kept paragraph loses nothing); on a snippet set
  (trafilatura-eval) the class's must-have snippets the output misses against its must-not
  snippets instead (``have``/``not``);
* ``pages``: the pages it fired on;
* where its blocks stood: inside the text container the reader chose (``in``), outside it
  (``out``), or on a page with no container (HTML); and ``above``, ``between`` or ``below``
  the page's kept text (or on a page that keeps ``none``), in tokens;
* ``model``: whether the block model (CS505) may overturn that class's drops (the generic
  decisions, and the codes the model file lists), so its drops there are the model's too.

``--tail`` (full-text sets) adds ``last tenth``: the gold tokens a class drops from the gold
body's last tenth (its last 4-shingles, as ``recall_gap.py --positions`` cuts it) that the output
lacks, and orders the classes by it: the decisions at an article's end (the content scorer's tail
cut, CS205's related headlines, comment and footer starts, author boxes) weighed against what
they drop there; with ``--kept``, the junk kept ``below`` the gold's last block is that end's
other side. On ``--split check`` it is one more share per class (of the class's gold, the part
in the last tenth), and one more figure on the ``dragnet`` line.

``--structure`` keeps the drops made inside the chosen text container only and classes them by
the structure they stand in as well as the decision: ``list``, ``table`` (a cell or row),
``quote``, ``code`` (``<pre>``/``<code>``), ``heading`` (``<h2>``-``<h4>``), ``short p`` (a
paragraph of ``SHORT_P`` characters or fewer) or ``other TAG``, as ``list: CS502 mostly link
text``; each structure's roll-up over every decision follows as ``list: *``. The gold a
decision drops in a structure is then weighed against the junk it drops there (issue #19:
the structures inside an article that must survive).

A class whose drops are mostly gold, or large with a high gold share, is a candidate to
soften. Gold conventions differ between sets (readability-tests' gold keeps captions,
scrapinghub's and fundus-tests' leave them out): read a class over every set.

Data discipline: per-class tables name no page, but ``--pages N`` (the N pages where each
listed class dropped most gold) is only allowed on ``fit``; ``--split check`` prints each
set's class shares and nothing per page. ``dragnet`` (AGPL) is never read block by block
here: it is one aggregate line (pages, tokens dropped, gold share), whatever the split.

``--kept`` (fit halves only; ``dragnet`` left out) turns the audit round: the text the records keep
that is not gold (a block's tokens in the share of its shingles the gold body lacks, gold used once
in page order, so a second copy is not gold; on a snippet set, the must-not snippets kept), by what
kept it (no label, or the code that labelled it content: a model readmission is ``CS505``), where
it stands against the kept gold text (``above`` its first block, ``between``, ``below`` its last),
inside or outside the chosen container, its tag, its context (page zones, list/table/quote
ancestors, a caption hint), its link density, its size and the box it sits in (``box``, HTML: inside
the chosen container, a ``post`` is a quote shaped as an embedded social post, an ``@handle`` and a
link whose text is a date, whatever its markup's class names; a ``link box`` is an element of two or
more blocks whose text is at least ``LINK_BOX`` link text; a ``link line`` a block of half or more
link text; else ``prose``, or ``-`` outside the container); ``--show N`` prints the N largest such
blocks with those facts. Issue #19 asks of each box whether its gold share is low on every set.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchscore  # noqa: E402
import realsets  # noqa: E402

from cleanscrape.dates import find_date  # noqa: E402
from cleanscrape.document import Role  # noqa: E402
from cleanscrape.io import html as reader  # noqa: E402
from cleanscrape.io.text import read_text  # noqa: E402
from cleanscrape.pipeline import Pipeline  # noqa: E402
from cleanscrape.rules.model import load_models, overturnable  # noqa: E402
from cleanscrape.segment import segment  # noqa: E402

AGGREGATE_ONLY = frozenset({"dragnet"})  # AGPL data: one aggregate line, never a class or a page
REASON_WORDS = {"CS501": 0, "CS502": 5}  # CS501's feature follows its last colon; CS502: first words
PLACES = ("above", "between", "below", "none")
ZONES = ("in", "out", "no container")


@dataclass
class ClassTally:
    """What one class of removal took over a half."""

    tokens: float = 0.0
    gold: float = 0.0  # tokens weighted by the share of their shingles in the gold body
    tail: float = 0.0  # ...by the share in the gold body's last tenth that the output lacks
    have: int = 0  # must-have snippets held (snippet sets)
    must_not: int = 0  # must-not snippets held
    blocks: int = 0
    pages: set[str] = field(default_factory=set)
    place: Counter[str] = field(default_factory=Counter)
    zone: Counter[str] = field(default_factory=Counter)
    model: bool = False
    by_page: Counter[str] = field(default_factory=Counter)  # gold tokens (or must-haves) per page


def decider(code: str, reason: str) -> str:
    """The class of a removal: its code, with CS501's feature or CS502's first words."""
    if code == "CS501":
        return "CS501 " + reason.rsplit(":", 1)[-1].strip()
    n = REASON_WORDS.get(code)
    if n:
        return f"{code} {' '.join(reason.split()[:n])}"
    return code


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def _records(doc, pipe: Pipeline, source: str):
    labelled = pipe.label(doc)
    return labelled.labels, segment(labelled, source=source)


def _kept(doc, labels, articles) -> list[bool]:
    """Per block: whether a record's body holds it (each body paragraph matched once)."""
    paragraphs = Counter(p for a in articles for p in a.paragraphs)
    kept: list[bool] = []
    for b, f in zip(doc.blocks, labels):
        content = f is None or f.role is Role.CONTENT
        if content and paragraphs[b.text] > 0:
            paragraphs[b.text] -= 1
            kept.append(True)
        else:
            kept.append(False)
    return kept


def page_drops(doc, pipe: Pipeline, codes: frozenset[str], source: str) -> tuple[list[dict], str]:
    """Every block of one page that no record's body holds: its class, text, place and zone;
    and the page's output (the records' bodies joined, as score.py reads them)."""
    labels, articles = _records(doc, pipe, source)
    kept = _kept(doc, labels, articles)
    first = next((k for k, x in enumerate(kept) if x), None)
    last = next((k for k in range(len(kept) - 1, -1, -1) if kept[k]), None)
    out = []
    for k, (b, f) in enumerate(zip(doc.blocks, labels)):
        if kept[k] or not b.text.strip():
            continue
        if f is None or f.role is Role.CONTENT:
            cls, model = "segment", False
        else:
            cls, model = decider(f.code, f.reason), overturnable(f, b.hints, codes, b.text)
        place = "none" if first is None or last is None else \
            "above" if k < first else "below" if k > last else "between"
        main = b.hints.get("main") if b.hints else None
        zone = "in" if main is True else "out" if main is False else "no container"
        out.append({"cls": cls, "text": b.text, "place": place, "zone": zone, "model": model,
                    "struct": structure(b.hints, b.text)})
    return out, "\n\n".join(a.body for a in articles)


ROLLED = ": *"  # a --structure roll-up's key ends so: ``list: *``, every decision's
SHORT_P = 120  # characters: a paragraph this short reads as one line


def structure(hints, text: str) -> str:
    """The structure a block stands in (``--structure``): a heading (h2-h4), code (pre/code),
    a block quote, a table cell, a list item, a one-line paragraph, or other."""
    h = hints or {}
    tag, bits = h.get("tag", "-"), h.get("ancestors", 0)
    if tag in ("h2", "h3", "h4"):
        return "heading"
    if tag in ("pre", "code"):
        return "code"
    if bits & 8 or tag == "blockquote":
        return "quote"
    if bits & 2 or tag in ("td", "th", "tr", "table"):
        return "table"
    if bits & 1 or tag == "li":
        return "list"
    if tag == "p" and len(text) <= SHORT_P:
        return "short p"
    return "other " + str(tag)


def tally_page(tallies: dict[str, ClassTally], pid: str, drops: list[dict], truth: dict, scorer,
               pred: str = "") -> None:
    """Add one page's drops to the class tallies. Only gold the output ``pred`` lacks counts: a
    dropped copy of a kept paragraph, or a headline the body prints again, loses nothing."""
    body = truth.get("articleBody") or ""
    got = scorer.shingles(scorer.tokenize(pred))
    gold = scorer.shingles(scorer.tokenize(body)) - got if body.strip() else None
    tail = _last_tenth(scorer.tokenize(body)) - set(got)
    hay_out = scorer.haystack_key(pred)
    withs = [k for k in map(scorer.snippet_key, truth.get("with") or []) if k and k not in hay_out]
    withouts = [k for k in map(scorer.snippet_key, truth.get("without") or []) if k]
    for d in drops:
        t = tallies[d["cls"]]
        toks = scorer.tokenize(d["text"])
        n = len(toks)
        t.tokens += n
        t.blocks += 1
        t.pages.add(pid)
        t.place[d["place"]] += n
        t.zone[d["zone"]] += n
        t.model = t.model or d["model"]
        if gold is not None:
            held = scorer.shingles(toks)
            total = sum(held.values())
            share = sum(v for sh, v in held.items() if sh in gold) / total if total else 0.0
            t.gold += n * share
            t.tail += n * sum(v for sh, v in held.items() if sh in tail) / total if total else 0.0
            t.by_page[pid] += n * share
        else:
            hay = scorer.haystack_key(d["text"])
            have = sum(1 for key in withs if key in hay)
            t.have += have
            t.must_not += sum(1 for key in withouts if key in hay)
            t.by_page[pid] += have


TAIL_PARTS = 10  # the gold body cut into this many parts of its 4-shingles, in order (recall_gap.PARTS)


def _last_tenth(tokens: list[str]) -> set[tuple[str, ...]]:
    """The 4-shingles of the gold body's last part (its last tenth, in the body's order)."""
    order = [tuple(tokens[k:k + 4]) for k in range(len(tokens) - 3)]
    return set(order[len(order) * (TAIL_PARTS - 1) // TAIL_PARTS:])


def audit_set(bench: Path, name: str, mode: str, split: str, pipe: Pipeline, codes: frozenset[str],
              scorer, structured: bool = False) -> tuple[dict[str, ClassTally], int, bool]:
    """The class tallies of one set and mode, its page count, and whether it has snippet gold
    (``structured``: the drops inside the chosen container only, classed by structure too)."""
    ps = realsets.load_set(bench / name, split)
    tallies: dict[str, ClassTally] = defaultdict(ClassTally)
    pages, snippets = 0, False
    for pid in sorted(ps.inputs[mode]):
        path = ps.inputs[mode][pid]
        data = _read(path)
        if mode == "html":
            doc = reader.read_html(data)
        else:
            doc = read_text(data.decode("utf-8", "replace"), source=str(path))
        drops, pred = page_drops(doc, pipe, codes, str(path))
        if structured:
            drops = [dict(d, cls=f"{d['struct']}: {d['cls']}") for d in drops if d["zone"] == "in"]
        truth = ps.truth[pid]
        snippets = snippets or not (truth.get("articleBody") or "").strip()
        tally_page(tallies, pid, drops, truth, scorer, pred)
        pages += 1
    return tallies, pages, snippets


LINK_STEPS = ((0.0, "0"), (0.2, "<.2"), (0.5, "<.5"), (1.01, ">=.5"))
SIZE_STEPS = ((10, "<10"), (30, "<30"), (80, "<80"), (10**9, ">=80"))
KEPT_DIMS = ("by", "place", "zone", "tag", "context", "links", "tokens", "box")
LINK_BOX = 0.3  # a parent element whose text is this much link text reads as a box of links
_HANDLE = re.compile(r"(?<![\w.])@\w{2,}")
_DATE_LINK = 40  # characters: a link this short whose text is a date is a post's time stamp


def _squash(text: str) -> str:
    return " ".join(text.split())


def post_quotes(data: bytes) -> list[str]:
    """The texts (spaces squashed) of the page's quotes shaped as an embedded social post: a
    ``<blockquote>`` that holds an ``@handle`` and a short link whose text is a date (the
    post's time stamp), as a post's static markup prints it; by shape, not by class names."""
    import lxml.html

    try:
        root = lxml.html.fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return []
    out = []
    for quote in root.iter("blockquote"):
        text = _squash(quote.text_content())
        if not _HANDLE.search(text):
            continue
        stamps = (_squash(a.text_content()) for a in quote.iter("a"))
        if any(len(t) <= _DATE_LINK and find_date(t) for t in stamps if t):
            out.append(text)
    return out


def box(hints, text: str, posts: list[str]) -> str:
    """The box a kept block sits in inside the chosen container (module docstring: ``box``)."""
    if not hints or hints.get("main") is not True:
        return "-"
    squashed = _squash(text)
    if squashed and any(squashed in p for p in posts):
        return "post"
    span = hints.get("parent_span")
    if span and span[1] - span[0] >= 2 and hints.get("parent_links", 0.0) >= LINK_BOX:
        return "link box"
    return "link line" if hints.get("link_density", 0.0) >= 0.5 else "prose"
_BITS = ((1, "list"), (2, "table"), (4, "section"), (8, "quote"))


def _step(x: float, steps) -> str:
    return next(name for top, name in steps if x <= top)


def _context(hints) -> str:
    """A kept block's surroundings: its page zones (not article/main), list/table/quote ancestors,
    a caption/credit hint."""
    if not hints:
        return "-"
    zones = [z for z in hints.get("zones", ()) if z not in ("article", "main", "articleBody")]
    bits = [name for bit, name in _BITS if hints.get("ancestors", 0) & bit]
    media = [hints["media"]] if hints.get("media") else []
    return "+".join(zones + bits + media) or "-"


def page_kept(doc, pipe: Pipeline, source: str, posts: list[str] | None = None) -> tuple[list[dict], str]:
    """Every block of one page that a record's body holds, with what kept it and its element
    facts; and the page's output (``posts``: the page's embedded posts, ``post_quotes``)."""
    labels, articles = _records(doc, pipe, source)
    kept = _kept(doc, labels, articles)
    out = []
    for b, f, k in zip(doc.blocks, labels, kept):
        if not k:
            continue
        h = b.hints or {}
        main = h.get("main")
        out.append({"text": b.text, "dims": {
            "by": "unlabelled" if f is None else decider(f.code, f.reason),
            "zone": "in" if main is True else "out" if main is False else "no container",
            "tag": h.get("tag", "-"), "context": _context(h),
            "links": _step(h.get("link_density", 0.0), LINK_STEPS),
            "box": box(h, b.text, posts or [])}})
    return out, "\n\n".join(a.body for a in articles)


@dataclass
class KeptTally:
    """What the kept text that is not gold looks like over a half: per (dimension, value),
    tokens kept, tokens not gold (must-not / must-have snippets on a snippet set), blocks."""

    rows: dict[tuple[str, str], list[float]] = field(default_factory=lambda: defaultdict(lambda: [0.0] * 5))
    worst: list[tuple[float, str, str, dict]] = field(default_factory=list)  # (not gold, page, text, dims)


def tally_kept(tally: KeptTally, pid: str, blocks: list[dict], truth: dict, scorer) -> None:
    """Add one page's kept blocks: each block's tokens not in gold (its shingles the gold body
    lacks, gold consumed in page order so a second copy is not gold), and where it stands
    against the kept gold text (above its first block, between, below its last)."""
    body = truth.get("articleBody") or ""
    gold = scorer.shingles(scorer.tokenize(body)) if body.strip() else None
    withouts = [k for k in map(scorer.snippet_key, truth.get("without") or []) if k]
    withs = [k for k in map(scorer.snippet_key, truth.get("with") or []) if k]
    facts = []
    for b in blocks:
        toks = scorer.tokenize(b["text"])
        if gold is not None:
            held = scorer.shingles(toks)
            total = sum(held.values())
            inside = 0
            for sh, v in held.items():
                take = min(v, gold[sh])
                gold[sh] -= take
                inside += take
            bad = len(toks) * (1 - inside / total) if total else 0.0
            good, must_not, have = len(toks) - bad, 0, 0
        else:
            hay = scorer.haystack_key(b["text"])
            must_not = sum(1 for key in withouts if key in hay)
            have = sum(1 for key in withs if key in hay)
            bad, good = (len(toks) if must_not and not have else 0.0), 0.0
        facts.append((len(toks), bad, must_not, have, good))
    golden = [k for k, f in enumerate(facts) if (f[4] > f[1] if gold is not None else f[3] > 0)]
    for k, (b, (n, bad, must_not, have, _)) in enumerate(zip(blocks, facts)):
        dims = dict(b["dims"])
        dims["place"] = "no gold" if not golden else "above" if k < golden[0] else \
            "below" if k > golden[-1] else "between"
        dims["tokens"] = _step(n, SIZE_STEPS)
        for d in KEPT_DIMS:
            row = tally.rows[(d, dims[d])]
            row[0] += n
            row[1] += bad
            row[2] += must_not
            row[3] += have
            row[4] += 1
        if bad or must_not:
            tally.worst.append((bad or must_not, pid, b["text"], dims))


def print_kept(tally: KeptTally, snippets: bool, show: int) -> None:
    """One table per dimension: kept tokens, tokens not gold (must-not and must-have snippets on a
    snippet set) per value, most not-gold first; then (fit only) the ``show`` largest such blocks."""
    bad_total = sum(r[1] for (d, _), r in tally.rows.items() if d == "by") or 1.0
    for d in KEPT_DIMS:
        rows = sorted(((v, r) for (dd, v), r in tally.rows.items() if dd == d),
                      key=lambda x: -(x[1][2] if snippets else x[1][1]))
        print(f"| {d} | blocks | kept tokens | " +
              ("must-not | must-have |" if snippets else "not gold | share of kept | of all not gold |"))
        print("|---|---:|---:|---:|---:|" + ("" if snippets else "---:|"))
        for v, r in rows:
            if snippets:
                print(f"| {v} | {r[4]:.0f} | {r[0]:.0f} | {r[2]:.0f} | {r[3]:.0f} |")
            else:
                print(f"| {v} | {r[4]:.0f} | {r[0]:.0f} | {r[1]:.0f} | {r[1] / r[0] if r[0] else 0:.0%} | "
                      f"{r[1] / bad_total:.0%} |")
        print()
    for bad, pid, text, dims in sorted(tally.worst, key=lambda x: -x[0])[:show]:
        print(f"{pid} {bad:.0f} {' '.join(f'{k}={dims[k]}' for k in KEPT_DIMS)}: {text[:160]!r}")
    if show:
        print()


def kept_set(bench: Path, name: str, mode: str, split: str, pipe: Pipeline, scorer) -> tuple[KeptTally, int, bool]:
    """The kept-not-gold tally of one set and mode, its page count, and whether it has snippet gold."""
    ps = realsets.load_set(bench / name, split)
    tally, pages, snippets = KeptTally(), 0, False
    for pid in sorted(ps.inputs[mode]):
        path = ps.inputs[mode][pid]
        data = _read(path)
        doc = reader.read_html(data) if mode == "html" else read_text(data.decode("utf-8", "replace"), source=str(path))
        blocks, _ = page_kept(doc, pipe, str(path), post_quotes(data) if mode == "html" else None)
        truth = ps.truth[pid]
        snippets = snippets or not (truth.get("articleBody") or "").strip()
        tally_kept(tally, pid, blocks, truth, scorer)
        pages += 1
    return tally, pages, snippets


def _share(c: Counter[str], keys: tuple[str, ...], total: float) -> str:
    return " ".join(f"{c[k] / total:4.0%}" if total else "   -" for k in keys)


def by_structure(tallies: dict[str, ClassTally]) -> dict[str, ClassTally]:
    """``--structure``: the classes rolled up per structure (``list: *``, every decision's)."""
    rolled: dict[str, ClassTally] = defaultdict(ClassTally)
    for k, t in tallies.items():
        r = rolled[k.split(": ", 1)[0] + ROLLED]
        r.tokens += t.tokens
        r.gold += t.gold
        r.tail += t.tail
        r.have += t.have
        r.must_not += t.must_not
        r.blocks += t.blocks
        r.pages |= t.pages
        r.place.update(t.place)
        r.zone.update(t.zone)
        r.model = r.model or t.model
        r.by_page.update(t.by_page)
    return rolled


def print_classes(tallies: dict[str, ClassTally], snippets: bool, top: int, min_tokens: int,
                  tail: bool = False) -> None:
    """One row per class, largest gold first (must-haves first on a snippet set); ``tail``: with
    the gold each drops from the gold body's last tenth, largest first (full-text sets)."""
    tail = tail and not snippets
    total = sum(t.tokens for k, t in tallies.items() if not k.endswith(ROLLED)) or 1.0
    if snippets:
        print("| class | model | tokens | of drops | have | not | have share | pages | "
              "above between below none | in out no-container |")
        print("|---|:-:|---:|---:|---:|---:|---:|---:|---|---|")
        order = sorted(tallies, key=lambda k: (-tallies[k].have, -tallies[k].tokens))
    else:
        print("| class | model | tokens | of drops | gold share | gold tokens | " + ("last tenth | " if tail else "")
              + "pages | above between below none | in out no-container |")
        print("|---|:-:|---:|---:|---:|---:|" + ("---:|" if tail else "") + "---:|---|---|")
        order = sorted(tallies, key=lambda k: (-tallies[k].tail, -tallies[k].gold) if tail else -tallies[k].gold)
    for k in [k for k in order if tallies[k].tokens >= min_tokens][:top]:
        t = tallies[k]
        where = _share(t.place, PLACES, t.tokens)
        zones = _share(t.zone, ZONES, t.tokens)
        m = "yes" if t.model else ""
        if snippets:
            hs = t.have / (t.have + t.must_not) if t.have + t.must_not else 0.0
            print(f"| {k} | {m} | {t.tokens:.0f} | {t.tokens / total:.1%} | {t.have} | {t.must_not} | "
                  f"{hs:.0%} | {len(t.pages)} | {where} | {zones} |")
        else:
            last = f"{t.tail:.0f} | " if tail else ""
            print(f"| {k} | {m} | {t.tokens:.0f} | {t.tokens / total:.1%} | {t.gold / t.tokens:.0%} | "
                  f"{t.gold:.0f} | {last}{len(t.pages)} | {where} | {zones} |")


def print_shares(tallies: dict[str, ClassTally], snippets: bool, top: int, min_tokens: int,
                 tail: bool = False) -> None:
    """Check halves: each class's share of the drops and its gold share, nothing per page;
    ``tail``: and the share of its gold that stood in the gold body's last tenth."""
    tail = tail and not snippets
    total = sum(t.tokens for k, t in tallies.items() if not k.endswith(ROLLED)) or 1.0
    print("| class | of drops | " + ("have share |" if snippets else "gold share |") + (" in last tenth |" if tail else ""))
    print("|---|---:|---:|" + ("---:|" if tail else ""))
    order = sorted(tallies, key=lambda k: -(tallies[k].have if snippets else tallies[k].gold))
    for k in [k for k in order if tallies[k].tokens >= min_tokens][:top]:
        t = tallies[k]
        hs = (t.have / (t.have + t.must_not) if t.have + t.must_not else 0.0) if snippets else \
            t.gold / t.tokens if t.tokens else 0.0
        last = f" {t.tail / t.gold if t.gold else 0.0:.0%} |" if tail else ""
        print(f"| {k} | {t.tokens / total:.1%} | {hs:.0%} |{last}")


def print_pages(tallies: dict[str, ClassTally], snippets: bool, top: int, n: int) -> None:
    """Fit halves only: for each of the ``top`` classes, the ``n`` pages it dropped most gold on."""
    def lost(k: str) -> float:
        return -tallies[k].have if snippets else -tallies[k].gold
    for k in sorted(tallies, key=lost)[:top]:
        worst = tallies[k].by_page.most_common(n)
        if worst and worst[0][1] > 0:
            print(f"{k}: " + ", ".join(f"{p} {v:.0f}" for p, v in worst if v > 0))
    print()


def aggregate_line(name: str, mode: str, tallies: dict[str, ClassTally], pages: int, snippets: bool,
                   tail: bool = False) -> str:
    """One line for a set whose pages are never read: pages, tokens dropped, gold share (and
    with ``tail``, the share of that gold from the gold body's last tenth)."""
    tokens = sum(t.tokens for t in tallies.values())
    if snippets:
        have = sum(t.have for t in tallies.values())
        bad = sum(t.must_not for t in tallies.values())
        return f"{name} {mode}: {pages} pages, {tokens:.0f} tokens dropped, must-have {have}, must-not {bad}"
    gold = sum(t.gold for t in tallies.values())
    line = f"{name} {mode}: {pages} pages, {tokens:.0f} tokens dropped, gold share {gold / tokens if tokens else 0:.1%}"
    if tail:
        line += f", {sum(t.tail for t in tallies.values()) / gold if gold else 0:.1%} of it in the last tenth"
    return line


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, required=True, help="the folder holding score.py and the sets")
    ap.add_argument("--sets", default="", help="comma-separated sets (default: all)")
    ap.add_argument("--modes", default="html,text", help="html, text or both (default)")
    ap.add_argument("--split", choices=("fit", "check"), default="fit", help="the half (default: fit)")
    ap.add_argument("--top", type=int, default=25, help="classes listed per set and mode")
    ap.add_argument("--min-tokens", type=int, default=50, help="leave out classes that dropped fewer tokens")
    ap.add_argument("--pages", type=int, default=0,
                    help="fit only: the N pages where each of the first --top classes dropped most gold")
    ap.add_argument("--json", type=Path, help="fit only: write every class's figures here")
    ap.add_argument("--kept", action="store_true",
                    help="fit only: the kept text that is not gold instead, by what kept it and its element")
    ap.add_argument("--show", type=int, default=0, help="with --kept: print the N largest kept blocks not gold")
    ap.add_argument("--structure", action="store_true",
                    help="only drops inside the chosen container, classed by structure and decision")
    ap.add_argument("--tail", action="store_true",
                    help="the gold each class drops from the gold body's last tenth (full-text sets)")
    args = ap.parse_args(argv)
    if args.split != "fit" and (args.pages or args.json or args.kept):
        print("drop_audit.py: --pages, --json and --kept read pages one by one: fit halves only", file=sys.stderr)
        return 2
    modes = [m for m in args.modes.split(",") if m]
    names = realsets.find_sets(args.bench, [s for s in args.sets.split(",") if s] or None)
    scorer = benchscore.scorer(args.bench)
    pipe = Pipeline()
    if args.kept:
        for mode in modes:
            for name in [n for n in names if n not in AGGREGATE_ONLY]:
                tally, pages, snippets = kept_set(args.bench, name, mode, args.split, pipe, scorer)
                print(f"## {name} {mode} ({args.split}, {pages} pages): kept text not gold\n")
                print_kept(tally, snippets, args.show)
        return 0
    models = load_models()
    dump: dict[str, object] = {}
    for mode in modes:
        model = models.get(mode)
        codes = model.codes if model is not None else frozenset()
        for name in names:
            tallies, pages, snippets = audit_set(args.bench, name, mode, args.split, pipe, codes, scorer,
                                                       args.structure)
            if name in AGGREGATE_ONLY:
                print(aggregate_line(name, mode, tallies, pages, snippets, args.tail) + "\n")
                continue
            tokens = sum(t.tokens for t in tallies.values())
            print(f"## {name} {mode} ({args.split}, {pages} pages): {tokens:.0f} tokens dropped\n")
            if args.structure:
                tallies = {**tallies, **by_structure(tallies)}
            if args.split != "fit":
                print_shares(tallies, snippets, args.top, args.min_tokens, args.tail)
                print()
                continue
            print_classes(tallies, snippets, args.top, args.min_tokens, args.tail)
            print()
            if args.pages:
                print_pages(tallies, snippets, args.top, args.pages)
            dump[f"{name}/{mode}"] = {k: {"tokens": t.tokens, "gold": t.gold, "tail": t.tail, "have": t.have,
                                          "not": t.must_not, "pages": len(t.pages), "model": t.model, "place": dict(t.place),
                                          "zone": dict(t.zone)} for k, t in tallies.items()}
    if args.json:
        args.json.write_text(json.dumps(dump, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

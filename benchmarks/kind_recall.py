"""Which HTML block kinds cleanscrape's HTML mode loses, and which it keeps outside the gold.

    python benchmarks/kind_recall.py --bench ../shared/bench
    python benchmarks/kind_recall.py --bench ../shared/bench --sets readability-tests --show li --examples 10

For every page of a set's half (``--split``, default ``fit``: per-page failures are read on
fit halves only; ``dragnet`` is refused, its pages are AGPL and only measured), the page is read
and cleaned in this process (``read_html``, ``Pipeline().label``, ``segment``) and each piece of
gold is put on the HTML element kind of the block it comes from:

``p``, ``li`` (a list item, or text inside a list), ``td/th`` (a table's row or cell, or text
inside a table), ``blockquote`` (or text inside one), ``h1``, ``h2-h6``, ``pre/code``,
``figcaption`` (a caption, or a line the reader marks as a figure's), ``dd/dt``, ``br-split
text`` (a line a ``<br>`` ends), ``div text`` (text set in a ``<div>``, a section, a span, with
no ``<p>``), ``never offered`` (no block holds it) or ``<tag>`` for another tag.

On a full-text set each gold line (a line of ``articleBody``) is one piece: its characters,
weighed by the share of its 4-shingles (score.py's metric) the output lacks, are lost, and the
block that holds most of its shingles names its kind. On a snippet set (trafilatura-eval) each
must-have snippet is one piece (its characters; lost when the output lacks it).

Per set and kind the script prints the gold characters, the characters lost and their share,
and the decisions that removed them: the finding on the block (its rule code and the first
words of its reason; ``CS505`` is the block model's verdict), ``segment`` when the block stayed
content but no record holds it; beside each decision, the characters not in the gold it drops
from blocks of that kind (what readmitting the class would bring back with the gold). The other
side, per kind: the characters of the blocks the records keep that are not gold (a kept block's
characters weighed by the share of its shingles outside the gold; on a snippet set, the must-not
snippets kept, in characters). A last table sums the gold lost per kind over the sets, largest
first: the kind to read next (a snippet set's characters are its snippets', so read the sets'
columns too). ``--places N`` lists the N classes of dropped blocks that hold the most gold,
keyed by kind, place (inside or outside the text container; above, between or below the text
the records keep) and rule code, with the characters they drop that are not gold; with
``--neighbours`` each place also says how many of the blocks right above and below the dropped
one the records keep (``both sides kept``: a block sandwiched in the kept text).
``--show KIND --examples N`` prints N lost pieces of that kind per set, with their decision.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchscore  # noqa: E402
import realsets  # noqa: E402

from cleanscrape.io.html import read_html  # noqa: E402
from cleanscrape.pipeline import Pipeline  # noqa: E402
from cleanscrape.segment import segment  # noqa: E402

NOT_VIEWED = realsets.NOT_VIEWED
REASON_WORDS = 4  # words of a rule's reason that name the decision
LIST_BIT, TABLE_BIT, QUOTE_BIT = 1, 2, 8  # io.html.ANCESTOR_BITS: li/ul/ol, td/th/table, blockquote
NEVER = "never offered"
KEPT = "(kept)"
_SUB_HEADS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_OWN = {"h1": "h1", "pre": "pre/code", "code": "pre/code", "figcaption": "figcaption", "dd": "dd/dt",
        "dt": "dd/dt", "dl": "dd/dt", "br": "br-split text", "li": "li", "tr": "td/th", "td": "td/th",
        "th": "td/th", "blockquote": "blockquote"}
_DIV = frozenset({"div", "section", "article", "main", "span", "body", "center", "header", "footer", "aside",
                  "nav", "form", "details", "summary", "address", "fieldset", "figure", "caption", "ul", "ol",
                  "table", "tbody", "thead", "tfoot"})


def kind(block) -> str:
    """The element kind a block's text comes from: its own tag where it names one, else the
    list, table or quote around it, else a paragraph or ``div text``."""
    h = block.hints
    tag = h.get("tag")
    if tag in _SUB_HEADS:
        return "h2-h6"
    if tag in _OWN:
        return _OWN[tag]
    if h.get("media") == "caption" or "figure" in h.get("zones", ()):
        return "figcaption"
    bits = h.get("ancestors", 0)
    if bits & LIST_BIT:
        return "li"
    if bits & TABLE_BIT:
        return "td/th"
    if bits & QUOTE_BIT:
        return "blockquote"
    if tag == "p":
        return "p"
    if tag in _DIV:
        return "div text"
    return f"<{tag}>"


def decision(finding) -> str:
    """What removed a block: its finding's code and first words of its reason."""
    if finding is None or finding.role.value == "content":
        return "segment (content, in no record)"
    return f"{finding.code} {' '.join(finding.reason.split()[:REASON_WORDS])}"


class Page:
    """One page read, labelled and segmented: its blocks, their labels, whether the records
    keep each, the records' text, and where each 4-shingle of the blocks stands."""

    def __init__(self, data: bytes, pipe: Pipeline, scorer) -> None:
        doc = read_html(data)
        labelled = pipe.label(doc)
        self.blocks = doc.blocks
        self.labels = labelled.labels
        self.pred = "\n\n".join(a.body for a in segment(labelled))
        self.scorer = scorer
        self.pred_sh = scorer.shingles(scorer.tokenize(self.pred))
        self.pred_hay = scorer.haystack_key(self.pred)
        self.kinds = [kind(b) for b in self.blocks]
        self.keys = [scorer.haystack_key(b.text) for b in self.blocks]
        self.kept = [(f is None or f.role.value == "content") and k[1:-1] in self.pred_hay
                     for f, k in zip(self.labels, self.keys)]
        self.kept_at = [i for i, k in enumerate(self.kept) if k]
        self.at: dict[tuple[str, ...], list[int]] = defaultdict(list)  # shingle -> blocks holding it
        for i, b in enumerate(self.blocks):
            for sh in scorer.shingles(scorer.tokenize(b.text)):
                self.at[sh].append(i)

    def owner(self, shingles) -> int | None:
        """The block holding most of these shingles (a kept one first on a tie), or None."""
        votes: Counter = Counter()
        for sh in shingles:
            for i in self.at.get(sh, ()):
                votes[i] += 1
        if not votes:
            return None
        return max(votes, key=lambda i: (votes[i], not self.kept[i], -i))

    def where(self, i: int | None) -> tuple[str, str]:
        if i is None:
            return NEVER, NEVER
        return self.kinds[i], decision(self.labels[i])


def line_pieces(page: Page, body: str) -> list[tuple[str, str, int, float, str]]:
    """(kind, decision, chars, chars lost, text) per gold line of a full-text page."""
    sc, out = page.scorer, []
    for line in body.splitlines():
        toks = sc.tokenize(line)
        if not toks:
            continue
        sh = sc.shingles(toks)
        total = sum(sh.values())
        if len(toks) <= benchscore.SHINGLE_N:  # one shingle of its own: kept where its tokens run in the output
            missing = 0 if sc.haystack_key(line) in page.pred_hay else 1
        else:
            missing = sum((sh - page.pred_sh).values())
        i = page.owner(sh)
        lost_sh = [s for s in sh if s not in page.pred_sh] if len(sh) > 1 else []
        k, d = page.where(i)
        if missing and i is not None and page.kept[i]:
            k, d = page.where(page.owner(lost_sh) if lost_sh else i)
        out.append((k, d if missing else KEPT, len(line), len(line) * missing / total, line))
    return out


def snippet_pieces(page: Page, snippets: list[str]) -> list[tuple[str, str, int, float, str]]:
    """(kind, decision, chars, chars lost, text) per must-have snippet."""
    sc, out = page.scorer, []
    for snip in snippets:
        key = sc.snippet_key(snip)
        if not key:
            continue
        spots = [i for i, h in enumerate(page.keys) if key in h]
        spots.sort(key=lambda i: not page.kept[i])
        i = spots[0] if spots else page.owner(sc.shingles(sc.tokenize(snip)))
        found = key in page.pred_hay
        k, d = page.where(i)
        out.append((k, KEPT if found else d, len(snip), 0.0 if found else float(len(snip)), snip))
    return out


def junk(page: Page, truth: dict) -> tuple[Counter, Counter]:
    """Per kind, the characters the records keep that are not gold, and per (kind, decision) the
    non-gold characters the rules drop (the junk a readmission of that class would bring back):
    a block's characters weighed by the share of its shingles outside the gold (full text), or
    the must-not snippets' characters (snippet gold)."""
    sc, kept_out, dropped = page.scorer, Counter(), Counter()
    body = truth.get("articleBody") or ""
    if body.strip():
        gold = sc.shingles(sc.tokenize(body))
        for b, k, kept, f in zip(page.blocks, page.kinds, page.kept, page.labels):
            sh = sc.shingles(sc.tokenize(b.text))
            if not sh:
                continue
            out = len(b.text) * sum(v for s, v in sh.items() if s not in gold) / sum(sh.values())
            if kept:
                kept_out[k] += out
            elif f is not None and f.role.value != "content":
                dropped[(k, decision(f))] += out
        return kept_out, dropped
    for snip in truth.get("without") or []:
        key = sc.snippet_key(snip)
        if not key:
            continue
        spots = [i for i, h in enumerate(page.keys) if key in h]
        if key in page.pred_hay:
            i = next((i for i in spots if page.kept[i]), None)
            kept_out[page.kinds[i] if i is not None else "across blocks"] += len(snip)
        elif spots:
            dropped[(page.kinds[spots[0]], decision(page.labels[spots[0]]))] += len(snip)
    return kept_out, dropped


def place(page: Page, i: int) -> str:
    """Where block ``i`` stands: inside the text container the reader chose (``in``), outside it
    (``out``) or on a page with none (``none``), and above the first block the records keep,
    between the kept blocks or below the last."""
    box = {True: "in", False: "out"}.get(page.blocks[i].hints.get("main"), "none")
    kept = page.kept_at
    if not kept:
        return f"{box}/nothing kept"
    return f"{box}/" + ("above" if i < kept[0] else "below" if i > kept[-1] else "between")


def beside(page: Page, i: int) -> str:
    """``--neighbours``: how many of the blocks right above and right below block ``i`` the records
    keep (a dropped block between two kept ones is the sandwiched class a readmission would take)."""
    n = (i > 0 and page.kept[i - 1]) + (i + 1 < len(page.kept) and page.kept[i + 1])
    return ("no side kept", "one side kept", "both sides kept")[n]


def placed(page: Page, truth: dict, neighbours: bool = False) -> Counter:
    """``--places``: per (kind, place, rule code) of the blocks the rules drop, the gold
    characters they hold (``(..., "gold")``) and the others (``(..., "other")``): on a full-text
    set a block's characters split by the share of its shingles in the gold, on a snippet set
    the must-have and must-not snippets' characters."""
    sc, out = page.scorer, Counter()
    body = truth.get("articleBody") or ""
    gold = sc.shingles(sc.tokenize(body)) if body.strip() else None
    withs = [k for k in map(sc.snippet_key, truth.get("with") or []) if k]
    withouts = [k for k in map(sc.snippet_key, truth.get("without") or []) if k]
    for i, (b, f) in enumerate(zip(page.blocks, page.labels)):
        if page.kept[i] or f is None or f.role.value == "content":
            continue
        where = place(page, i)
        key = (page.kinds[i], f"{where}, {beside(page, i)}" if neighbours else where, f.code)
        if gold is not None:
            sh = sc.shingles(sc.tokenize(b.text))
            g = len(b.text) * sum(v for s, v in sh.items() if s in gold) / (sum(sh.values()) or 1)
            other = len(b.text) - g
        else:
            g = sum(len(k) for k in withs if k in page.keys[i])
            other = sum(len(k) for k in withouts if k in page.keys[i])
        out[(*key, "gold")] += g
        out[(*key, "other")] += other
    return out


class Tally:
    """One set's figures per kind."""

    def __init__(self) -> None:
        self.gold: Counter = Counter()
        self.lost: Counter = Counter()
        self.by: dict[str, Counter] = defaultdict(Counter)
        self.junk: Counter = Counter()
        self.dropped: Counter = Counter()  # (kind, decision) -> non-gold characters dropped
        self.examples: list[tuple[float, str, str, str]] = []
        self.placed: Counter = Counter()  # (kind, place, code, "gold" | "other") -> characters

    def add(self, pid: str, pieces, show: str) -> None:
        for k, d, chars, lost, text in pieces:
            self.gold[k] += chars
            if lost:
                self.lost[k] += lost
                self.by[k][d] += lost
                if k == show:
                    self.examples.append((lost, pid, d, text))


def one_set(bench: Path, name: str, args, scorer, pipe: Pipeline) -> Tally:
    ps = realsets.load_set(bench / name, args.split)
    tally = Tally()
    for pid in sorted(ps.truth):
        path = ps.inputs["html"].get(pid)
        if path is None:
            continue
        data = path.read_bytes()
        page = Page(gzip.decompress(data) if path.name.endswith(".gz") else data, pipe, scorer)
        truth = ps.truth[pid]
        body = truth.get("articleBody") or ""
        pieces = line_pieces(page, body) if body.strip() else snippet_pieces(page, truth.get("with") or [])
        tally.add(pid, pieces, args.show)
        kept_out, dropped = junk(page, truth)
        tally.junk += kept_out
        tally.dropped += dropped
        if args.places:
            tally.placed += placed(page, truth, args.neighbours)
    print_set(name, args, tally, "full text" if any(
        (t.get("articleBody") or "").strip() for t in ps.truth.values()) else "must-have snippets")
    return tally


def _decisions(t: Tally, k: str, top: int) -> str:
    """A kind's largest decisions: gold characters lost / non-gold characters dropped."""
    return "; ".join(f"{d} {v:.0f}/{t.dropped[(k, d)]:.0f}" for d, v in t.by[k].most_common(top))


def print_set(name: str, args, t: Tally, unit: str) -> None:
    gold, lost = sum(t.gold.values()) or 1, sum(t.lost.values())
    print(f"## {name} ({args.split}, gold: {unit}): {lost:.0f} of {gold} gold chars lost ({lost / gold:.4f})\n")
    print("| kind | gold chars | lost | lost share | non-gold kept | non-gold dropped | largest decisions "
          "(gold lost / non-gold dropped) |\n|---|---:|---:|---:|---:|---:|---|")
    dropped: Counter = Counter()
    for (k, _), v in t.dropped.items():
        dropped[k] += v
    for k in sorted(t.gold.keys() | t.junk.keys() | dropped.keys(), key=lambda k: -t.lost[k]):
        share = t.lost[k] / t.gold[k] if t.gold[k] else 0.0
        print(f"| {k} | {t.gold[k]} | {t.lost[k]:.0f} | {share:.3f} | {t.junk[k]:.0f} | {dropped[k]:.0f} | "
              f"{_decisions(t, k, args.decisions)} |")
    if args.places:
        print_places(t.placed, args.places)
    if args.show and args.examples:
        print(f"\nlost {args.show} pieces (chars lost, page, decision):")
        for v, pid, d, text in sorted(t.examples, reverse=True)[:args.examples]:
            print(f"  {v:6.0f} {pid} [{d}] {text[:160]!r}")
    print()


def print_places(placed: Counter, top: int) -> None:
    """The ``top`` classes of dropped blocks (kind, place, code) holding the most gold, each with
    the characters it drops that are not gold: a class is worth readmitting only where the first
    outweighs the second on every set."""
    classes = {k[:3] for k in placed}
    print(f"\ndropped blocks by kind, place and rule, the {top} holding most gold (chars: gold / not gold)\n")
    print("| kind | place | code | gold | not gold |\n|---|---|---|---:|---:|")
    for c in sorted(classes, key=lambda c: (-placed[(*c, "gold")], c))[:top]:
        print(f"| {' | '.join(c)} | {placed[(*c, 'gold')]:.0f} | {placed[(*c, 'other')]:.0f} |")


def print_totals(tallies: dict[str, Tally], top: int, places: int) -> None:
    """The kinds summed over the sets, largest loss first, each with its largest decisions."""
    total = Tally()
    for t in tallies.values():
        total.gold.update(t.gold)
        total.lost.update(t.lost)
        total.junk.update(t.junk)
        total.dropped.update(t.dropped)
        total.placed.update(t.placed)
        for k, c in t.by.items():
            total.by[k].update(c)
    print(f"## all sets ({', '.join(tallies)}): gold chars lost per kind, largest first\n")
    print("| kind | gold chars | lost | lost share | non-gold kept | " + " | ".join(tallies)
          + " | largest decisions (gold lost / non-gold dropped) |\n|---|---:|---:|---:|---:|"
          + "---:|" * len(tallies) + "---|")
    for k in sorted(total.gold.keys() | total.junk.keys(), key=lambda k: -total.lost[k]):
        per = " | ".join(f"{t.lost[k]:.0f}" for t in tallies.values())
        share = total.lost[k] / total.gold[k] if total.gold[k] else 0.0
        print(f"| {k} | {total.gold[k]} | {total.lost[k]:.0f} | {share:.3f} | {total.junk[k]:.0f} | {per} | "
              f"{_decisions(total, k, top)} |")
    if total.placed:
        print_places(total.placed, places)
    print()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, required=True, help="the folder holding score.py and the sets")
    ap.add_argument("--sets", default="scrapinghub,trafilatura-eval,readability-tests,fundus-tests",
                    help="comma-separated sets (default: the four whose pages may be read)")
    ap.add_argument("--split", choices=("fit", "check", "all"), default="fit", help="the half (default: fit)")
    ap.add_argument("--decisions", type=int, default=3, help="decisions listed per kind")
    ap.add_argument("--places", type=int, default=0,
                    help="list the N classes of dropped blocks (kind, place against the container and the "
                         "kept text, rule code) that hold the most gold, with the non-gold they drop")
    ap.add_argument("--neighbours", action="store_true",
                    help="with --places, split each place by how many of the blocks right above and "
                         "below the dropped block the records keep (none, one side, both sides)")
    ap.add_argument("--show", default="", help="a kind whose lost pieces --examples lists")
    ap.add_argument("--examples", type=int, default=0, help="lost pieces of --show listed per set")
    args = ap.parse_args(argv)
    wanted = [s for s in args.sets.split(",") if s]
    if realsets.refused("kind_recall.py", wanted):
        return 2
    if args.split != "fit" and args.examples:
        ap.error("--examples shows pages' text: fit halves only")
    scorer = benchscore.scorer(args.bench)
    pipe = Pipeline()
    tallies = {name: one_set(args.bench, name, args, scorer, pipe)
               for name in realsets.find_sets(args.bench, wanted or None)}
    if len(tallies) > 1:
        print_totals(tallies, args.decisions, args.places)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

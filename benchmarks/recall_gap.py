"""The shape of cleanscrape's HTML recall loss against a peer, page by page, on fit halves.

    python benchmarks/recall_gap.py --bench ../shared/bench --peer-python BENCHVENV/bin/python
    python benchmarks/recall_gap.py --bench ../shared/bench --sets trafilatura-eval --worst 20

For each set (fit half only: per-page failures are read on fit halves, never on check ones;
``dragnet`` is left out, its pages are AGPL and only measured), cleanscrape's HTML run and the
peer's (``--peer``, default trafilatura, through ``benchmarks/peers.py``) are scored page by
page with ``BENCH/score.py``'s functions, and the script prints:

* a histogram of the per-page recall difference (ours minus the peer's): pages per bin and
  what each bin adds to the set's mean recall (on a snippet set, recall is must-have
  snippets found, so a page weighs as many snippets as it has). A gap made of a few pages
  where one side keeps nothing (catastrophes: under 0.5 against 0.8 or more) calls for a
  second opinion; a gap spread over many pages losing a paragraph each calls for fixing the
  decision that drops them;
* where the gold text the peer kept and cleanscrape dropped went: blocks mostly made of gold
  shingles (or holding a must-have snippet) that a rule removed, by the rule's code and the
  first words of its reason, inside or outside the text container the reader found (chars, or
  snippets on a snippet set), and the gold 4-shingles no block holds (the reader never read
  them, or the page parts two gold paragraphs with other blocks);
* with ``--where``, the same gold by where its block stands on the page: against the text
  container (``inside`` it, ``above`` its first block, ``between`` its parts, ``below`` its last,
  or ``no container``) and against the page's first ``<h1>`` (``over the <h1>``, ``the <h1>``,
  ``under the <h1>``, ``no <h1>``), then the decision: a deck or summary between the headline
  and the container is ``above the container, under the <h1>``;
* with ``--worst N``, the N pages where cleanscrape's recall trails the peer's most;
* with ``--sides MARGIN``, both sides page by page: the pages where the peer's page F1 (snippet
  F1 on a snippet set: must-have snippets found against must-not ones kept) leads ours by MARGIN
  or more, and those where ours leads, each with what differs and the decision behind it: the
  snippets one side has and the other lacks (a must-have found, a must-not kept), or on a
  full-text set the blocks of gold and of no gold one side kept and the other did not (``kept``
  for a block no rule removed): what the peer does better, and what we do right and must keep;
* with ``--positions``, where in the gold body the text each side misses stands (tenths of
  the body, full-text sets), for ours, ours with the record's title over the body, and the
  peer: a gap in the first tenth that the title closes is the gold's convention (dragnet's
  hand-copied text opens with the headline, which trafilatura keeps in its text and
  cleanscrape puts in the record's ``title``), not lost article text. Aggregate only, so it
  runs on ``--split check`` too, dragnet included.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import tempfile
from collections import Counter
from pathlib import Path

import benchscore
import realsets

NOT_VIEWED = frozenset({"dragnet"})  # AGPL data: scored elsewhere, its pages never read here
BINS = (-1.0, -0.5, -0.2, -0.05, -0.005, 0.005, 0.05, 0.2, 0.5, 1.0)  # edges of the recall difference
CATASTROPHE = (0.5, 0.8)  # ours under the first while the peer reaches the second
GOLD_SHARE = 0.8  # a block this much made of gold shingles is gold text
REASON_WORDS = 4  # words of a rule's reason that name the decision


def page_recall(page) -> tuple[float, int] | None:
    """A scored page's recall and its weight in the set's mean: full-text gold weighs 1,
    snippet gold as many must-have snippets as it lists (score.py's micro snippet recall)."""
    if page.has_body:
        return (page.recall or 0.0, 1)
    if page.with_total:
        return (page.with_found / page.with_total, page.with_total)
    return None


def histogram(rows: list[tuple[float, float, int]]) -> list[tuple[float, float, int, float]]:
    """(low, high, pages, share of the mean recall) per bin of ``ours - peer``, for rows of
    (ours, peer, weight); the last bin includes its upper edge."""
    total = sum(w for _, _, w in rows) or 1
    out = []
    for k, (lo, hi) in enumerate(zip(BINS, BINS[1:])):
        last = k == len(BINS) - 2
        got = [(a - b) * w for a, b, w in rows if lo <= a - b < hi or (last and a - b == hi)]
        out.append((lo, hi, len(got), sum(got) / total))
    return out


def catastrophes(rows: list[tuple[float, float, int]]) -> tuple[int, float]:
    """Pages where ours keeps almost nothing of what the peer finds, and their share."""
    total = sum(w for _, _, w in rows) or 1
    low, high = CATASTROPHE
    hit = [(a - b) * w for a, b, w in rows if a < low and b >= high]
    return len(hit), sum(hit) / total


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_DIV_TAGS = frozenset({"div", "section", "article", "main", "span", "body", "center", "td", "dd", "dt"})
LIST_BIT, TABLE_BIT, QUOTE_BIT = 1, 2, 8  # io.html.ANCESTOR_BITS: li/ul/ol, td/th/table, blockquote


def tag_context(block) -> str:
    """The markup a block's text came in: a heading, a ``<br>``-separated line, a list item, a
    table's row or cell, a block quote, a figure's line, a paragraph, or text set in a
    ``<div>`` (a section, a span) with no ``<p>``; an enclosing list, table or quote counts."""
    h = block.hints
    tag, bits = h.get("tag"), h.get("ancestors", 0)
    if tag in _HEADING_TAGS:
        return "heading"
    if tag in ("figcaption", "fig") or "figure" in h.get("zones", ()):
        return "figure line"
    if tag == "br":
        return "<br> line"
    if tag == "li" or bits & LIST_BIT:
        return "list item"
    if tag == "tr" or bits & TABLE_BIT:
        return "table"
    if tag == "blockquote" or bits & QUOTE_BIT:
        return "block quote"
    if tag == "p":
        return "paragraph"
    if tag in _DIV_TAGS:
        return "<div> text, no <p>"
    return f"<{tag}>"


def by_context(finding, block) -> str:
    """A removal's key by the block's tag context, then its decision."""
    return f"{tag_context(block)}: {decision(finding, block)}"


def decision(finding, block) -> str:
    """A removal's key: its code, its reason's first words, inside or outside the container."""
    where = {True: "in container", False: "outside container"}.get(block.hints.get("main"), "no container")
    return f"{finding.code} {' '.join(finding.reason.split()[:REASON_WORDS])} ({where})"


def placer(doc):
    """``--where``'s key for one page's removals: where the block stands against the text
    container and the page's first ``<h1>``, then the decision (``decision``)."""
    blocks = doc.blocks
    inside = [k for k, b in enumerate(blocks) if b.hints.get("main") is True]
    head = next((k for k, b in enumerate(blocks) if b.hints.get("tag") == "h1"), None)
    index = {id(b): k for k, b in enumerate(blocks)}

    def key(finding, block) -> str:
        k = index[id(block)]
        if not inside:
            box = "no container"
        elif block.hints.get("main") is True:
            box = "inside the container"
        else:
            box = "above the container" if k < inside[0] else "below the container" if k > inside[-1] \
                else "between the container's parts"
        h1 = "no <h1>" if head is None else "over the <h1>" if k < head else "the <h1>" if k == head \
            else "under the <h1>"
        return f"{box}, {h1}: {decision(finding, block)}"
    return key


def lost_gold(doc, labels, truth: dict, peer_text: str, scorer, key=decision) -> Counter:
    """What the peer kept and cleanscrape dropped, by ``key(finding, block)``: the decision that
    dropped it (or ``by_context``: its tag context, then the decision)."""
    out: Counter = Counter()
    body = truth.get("articleBody") or ""
    peer_key = scorer.haystack_key(peer_text)
    if body.strip():
        gold = set(scorer.shingles(scorer.tokenize(body)))
        peer = set(scorer.shingles(scorer.tokenize(peer_text)))
        read = set(scorer.shingles(scorer.tokenize("\n\n".join(b.text for b in doc.blocks))))
        # (4-shingles; one that spans two paragraphs the page parts with other blocks counts too)
        out["(never read: gold 4-shingles the peer has and the page's blocks do not)"] += len((gold & peer) - read)
    wanted = [k for k in map(scorer.snippet_key, truth.get("with") or []) if k and k in peer_key]
    for block, f in zip(doc.blocks, labels):
        if f is None or f.role.value == "content":
            continue
        if body.strip():
            sh = scorer.shingles(scorer.tokenize(block.text))
            if sh and sum(1 for s in sh if s in gold) >= GOLD_SHARE * len(sh) \
                    and scorer.haystack_key(block.text) in peer_key:
                out[key(f, block)] += len(block.text)
        else:
            hay = scorer.haystack_key(block.text)
            out[key(f, block)] += sum(1 for k in wanted if k in hay)
    return +out


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def page_f1(page) -> float | None:
    """A scored page's F1: of its precision and recall on full-text gold; on snippet gold, of the
    must-have snippets found (recall) and their share among those and the must-not ones kept
    (precision), score.py's micro snippet figures on one page. None: no gold to score."""
    if page.has_body:
        p, r = page.precision or 0.0, page.recall or 0.0
    elif page.with_total or page.without_total:
        found, kept = page.with_found, page.without_present
        p = found / (found + kept) if found + kept else 0.0
        r = found / page.with_total if page.with_total else 0.0
    else:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


def sides(rows: list[tuple[str, float, float]], margin: float) -> tuple[list, list]:
    """Of rows (page, our F1, the peer's F1): the pages where the peer leads by ``margin`` or
    more, the widest gap first, and those where we lead by as much, the widest first."""
    behind = sorted((r for r in rows if r[2] - r[1] >= margin), key=lambda r: r[1] - r[2])
    ahead = sorted((r for r in rows if r[1] - r[2] >= margin), key=lambda r: r[2] - r[1])
    return behind, ahead


def _key_of(doc, labels, text_key, scorer) -> str:
    """Our decision on the first block that holds ``text_key`` (a snippet's key): ``kept``, the
    decision that removed it (``decision``), or that no single block holds it."""
    for block, f in zip(doc.blocks, labels):
        if text_key in scorer.haystack_key(block.text):
            return "kept" if f is None or f.role.value == "content" else decision(f, block)
    return "(no single block holds it)"


def differences(doc, labels, truth: dict, ours: str, peer: str, scorer) -> list[str]:
    """What differs between our output and the peer's on one page, with our decision: the
    snippets one side has and the other lacks; on full-text gold, the blocks of gold (GOLD_SHARE of
    their shingles) or of no gold that one side kept (GOLD_SHARE of their shingles in its output)
    and the other did not."""
    out = []
    body = truth.get("articleBody") or ""
    if not body.strip():
        ha, hb = scorer.haystack_key(ours), scorer.haystack_key(peer)
        for kind, snippets in (("must-have", truth.get("with") or []), ("must-not", truth.get("without") or [])):
            for snippet in snippets:
                k = scorer.snippet_key(snippet)
                if k and (k in ha) != (k in hb):
                    side = "ours only" if k in ha else "peer only"
                    out.append(f"{kind} {side}: {snippet[:70]!r} [{_key_of(doc, labels, k, scorer)}]")
        return out
    gold = set(scorer.shingles(scorer.tokenize(body)))
    mine, theirs = (set(scorer.shingles(scorer.tokenize(t))) for t in (ours, peer))
    for block, f in zip(doc.blocks, labels):
        sh = set(scorer.shingles(scorer.tokenize(block.text)))
        if not sh:
            continue
        kept = f is None or f.role.value == "content"
        is_gold = len(sh & gold) >= GOLD_SHARE * len(sh)
        peer_has, ours_has = len(sh & theirs) >= GOLD_SHARE * len(sh), len(sh & mine) >= GOLD_SHARE * len(sh)
        if peer_has == ours_has or not (is_gold or not sh & gold):
            continue  # (both sides alike, or a block part gold: no clear side)
        side = "ours only" if ours_has else "peer only"
        out.append(f"{'gold' if is_gold else 'no gold'} {side}: {block.text[:70]!r} "
                   f"[{'kept' if kept else decision(f, block)}]")
    return out


RECALL_BINS = (0.0, 0.2, 0.5, 0.8, 0.95, 1.0)  # edges of one side's own page recall
PARTS = 10  # a gold body's 4-shingles cut into this many parts, in their order


def positions(truth: dict, preds: list[dict[str, str]], scorer) -> list[list[float]] | None:
    """Where in the gold body the text each prediction misses stands: per part of the body
    (tenths of its 4-shingles, in order), the share of the body each prediction (``preds``:
    ours, ours with its title, the peer's) misses there, a mean over the set's full-text
    pages (a column sums to about one minus its shingle recall). None on a snippet set.
    Aggregate figures only: allowed on check halves and on ``dragnet``."""
    pages = [pid for pid in sorted(truth) if len(scorer.tokenize(truth[pid].get("articleBody") or "")) >= 4]
    if not pages:
        return None
    out = [[0.0] * len(preds) for _ in range(PARTS)]
    for pid in pages:
        toks = scorer.tokenize(truth[pid]["articleBody"])
        gold = [tuple(toks[k:k + 4]) for k in range(len(toks) - 3)]
        have = [set(scorer.shingles(scorer.tokenize(p.get(pid) or ""))) for p in preds]
        for k, sh in enumerate(gold):
            row = out[k * PARTS // len(gold)]
            for c, got in enumerate(have):
                if sh not in got:
                    row[c] += 1 / len(gold) / len(pages)
    return out


def print_positions(truth: dict, ours: dict[str, str], titles: dict[str, str], peer: dict[str, str],
                    scorer, peer_name: str) -> None:
    titled = {pid: titles.get(pid, "") + "\n\n" + body for pid, body in ours.items()}
    table = positions(truth, [ours, titled, peer], scorer)
    if table is None:
        return
    print(f"gold missed by its place in the gold body (share of the body, mean over pages; 'titled': our "
          f"body with its record's title over it)\n\n| part | ours | titled | {peer_name} |\n|---|---:|---:|---:|")
    for k, row in enumerate(table):
        print(f"| {k + 1}/{PARTS} | " + " | ".join(f"{v:.4f}" for v in row) + " |")
    print("| all | " + " | ".join(f"{sum(r[c] for r in table):.4f}" for c in range(3)) + " |\n")


def own_bins(rows: list[tuple[float, float, int]]) -> list[tuple[float, float, int, float, float]]:
    """(low, high, pages, ours, peer) per bin of OUR page recall: how many pages keep little,
    and what each bin adds to either side's mean recall (the last bin includes 1.0)."""
    total = sum(w for _, _, w in rows) or 1
    out = []
    for k, (lo, hi) in enumerate(zip(RECALL_BINS, RECALL_BINS[1:])):
        last = k == len(RECALL_BINS) - 2
        got = [(a, b, w) for a, b, w in rows if lo <= a < hi or (last and a == hi)]
        out.append((lo, hi, len(got), sum(a * w for a, _, w in got) / total, sum(b * w for _, b, w in got) / total))
    return out


def one_set(bench: Path, name: str, args, scorer, tmp: Path) -> None:
    from cleanscrape.api import pipeline_for, read_page
    ps = realsets.load_set(bench / name, args.split)
    paths = realsets.stage(ps, "html", tmp)
    run = realsets.run_one(realsets.command("cleanscrape", "html", args.python, args.peer_python), paths)
    ours = run["preds"]
    peer = realsets.run_one(realsets.command(args.peer, "html", args.python, args.peer_python), paths)["preds"]
    rows, named = [], []
    for pid in sorted(ps.truth):
        a = page_recall(scorer.score_page(pid, ps.truth[pid], ours.get(pid) or ""))
        b = page_recall(scorer.score_page(pid, ps.truth[pid], peer.get(pid) or ""))
        if a is not None and b is not None:
            rows.append((a[0], b[0], a[1]))
            named.append(pid)
    total = sum(w for *_, w in rows) or 1
    print(f"## {name} ({args.split}, {len(rows)} pages): recall cleanscrape {sum(a * w for a, _, w in rows) / total:.4f}, "
          f"{args.peer} {sum(b * w for _, b, w in rows) / total:.4f}\n")
    print("| ours - peer | pages | share of mean recall |\n|---|---:|---:|")
    for lo, hi, n, share in histogram(rows):
        print(f"| [{lo:+.3f}, {hi:+.3f}) | {n} | {share:+.4f} |")
    n, share = catastrophes(rows)
    print(f"\ncatastrophes (ours < {CATASTROPHE[0]}, {args.peer} >= {CATASTROPHE[1]}): {n} pages, {share:+.4f}\n")
    print(f"| our page recall | pages | ours | {args.peer} |\n|---|---:|---:|---:|")
    for lo, hi, n, a, b in own_bins(rows):
        print(f"| [{lo:.2f}, {hi:.2f}) | {n} | {a:.4f} | {b:.4f} |")
    print()
    if args.positions:
        print_positions(ps.truth, ours, run["titles"], peer, scorer, args.peer)
    if args.split == "check":  # held-out pages: aggregate figures only, nothing read page by page
        return
    pipe, lost, shaped, placed, unit = pipeline_for(), Counter(), Counter(), Counter(), "snippets"
    for pid in sorted(ps.truth):
        doc = read_page(_read(ps.inputs["html"][pid]), format="html")
        labels = pipe.label(doc).labels
        lost += lost_gold(doc, labels, ps.truth[pid], peer.get(pid) or "", scorer)
        if args.contexts:
            shaped += lost_gold(doc, labels, ps.truth[pid], peer.get(pid) or "", scorer, key=by_context)
        if args.where:
            placed += lost_gold(doc, labels, ps.truth[pid], peer.get(pid) or "", scorer, key=placer(doc))
        unit = "chars" if (ps.truth[pid].get("articleBody") or "").strip() else unit
    print(f"gold {args.peer} kept and cleanscrape dropped ({unit}; never-read in 4-shingles):")
    for key, v in lost.most_common(args.decisions):
        print(f"  {v:8d}  {key}")
    if args.contexts:
        print_grouped(shaped, f"the same by tag context ({unit})", args.decisions)
    if args.where:
        print_grouped(placed, f"the same by place against the container and the <h1> ({unit})", args.decisions)
    if args.sides:
        print_sides(ps, ours, peer, scorer, args)
    if args.worst:
        print(f"\nworst {args.worst} pages (ours, {args.peer}):")
        for (a, b, _), pid in sorted(zip(rows, named), key=lambda r: r[0][0] - r[0][1])[: args.worst]:
            print(f"  {a:.3f} {b:.3f} {pid}")
    print()


def print_sides(ps, ours: dict[str, str], peer: dict[str, str], scorer, args) -> None:
    """``--sides``: the pages either side leads by the margin, each with its differences."""
    from cleanscrape.api import pipeline_for, read_page
    rows = []
    for pid in sorted(ps.truth):
        a = page_f1(scorer.score_page(pid, ps.truth[pid], ours.get(pid) or ""))
        b = page_f1(scorer.score_page(pid, ps.truth[pid], peer.get(pid) or ""))
        if a is not None and b is not None:
            rows.append((pid, a, b))
    pipe = pipeline_for()
    for title, pages in zip((f"{args.peer} ahead", "cleanscrape ahead"), sides(rows, args.sides)):
        print(f"\n{title} by {args.sides} or more (page F1): {len(pages)} pages")
        for pid, a, b in pages:
            print(f"  {a:.3f} {b:.3f} {pid}")
            doc = read_page(_read(ps.inputs["html"][pid]), format="html")
            labels = pipe.label(doc).labels
            for line in differences(doc, labels, ps.truth[pid], ours.get(pid) or "", peer.get(pid) or "", scorer):
                print(f"      {line}")


def print_grouped(keyed: Counter, title: str, top: int) -> None:
    """``GROUP: decision`` keys rolled up per group, largest first, each with its ``top``
    largest decisions."""
    totals = Counter({k.split(": ", 1)[0]: 0 for k in keyed})
    for k, v in keyed.items():
        totals[k.split(": ", 1)[0]] += v
    print(f"\n{title}, each with its {top} largest decisions:")
    for group, v in totals.most_common():
        print(f"  {v:8d}  {group}")
        for k, w in sorted(((k, w) for k, w in keyed.items() if k.split(": ", 1)[0] == group),
                           key=lambda kw: -kw[1])[:top]:
            print(f"  {w:12d}  {k.split(': ', 1)[1]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, required=True, help="the folder holding score.py and the sets")
    ap.add_argument("--sets", default="", help="comma-separated sets (default: all but dragnet)")
    ap.add_argument("--peer", default="trafilatura", choices=realsets.PEERS)
    ap.add_argument("--peer-python", default=sys.executable, help="the Python the peers are installed in")
    ap.add_argument("--python", default=sys.executable, help="the Python that runs cleanscrape")
    ap.add_argument("--decisions", type=int, default=15, help="decisions listed per set")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages trailing the peer most")
    ap.add_argument("--sides", type=float, default=0.0, metavar="MARGIN",
                    help="list the pages either side's page F1 leads by MARGIN (0.05), with what differs")
    ap.add_argument("--contexts", action="store_true", help="the lost gold by its block's tag context too")
    ap.add_argument("--where", action="store_true",
                    help="the lost gold by its block's place against the text container and the <h1> too")
    ap.add_argument("--positions", action="store_true",
                    help="where in the gold body the missed text stands, by tenths (full-text sets; aggregate)")
    ap.add_argument("--split", choices=("fit", "check"), default="fit",
                    help="check: the held-out halves (dragnet's too), histograms only, no page named")
    args = ap.parse_args(argv)
    if args.split == "check" and (args.worst or args.sides):
        ap.error("--worst and --sides name pages: fit halves only")
    wanted = [s for s in args.sets.split(",") if s]
    names = [s for s in realsets.find_sets(args.bench, wanted or None)
             if s not in NOT_VIEWED or args.split == "check"]
    scorer = benchscore.scorer(args.bench)
    with tempfile.TemporaryDirectory(prefix="cleanscrape-gap-") as tmp:
        for name in names:
            one_set(args.bench, name, args, scorer, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

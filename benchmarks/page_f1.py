"""Per-page F1 in text and HTML mode on the fit halves, and what a change moved, page by page.

    python benchmarks/page_f1.py --bench ../shared/bench --out /tmp/before.json
    python benchmarks/page_f1.py --bench ../shared/bench --against /tmp/before.json
    python benchmarks/page_f1.py --bench ../shared/bench --gaps 20      # text furthest under HTML
    python benchmarks/page_f1.py --bench ../shared/bench --modes html --peer /tmp/traf.jsonl  # failures

Cleans every fit-half page of each set (``--sets``; ``dragnet`` is refused: its pages are AGPL,
measured by accuracy.py, never read page by page) in this process, from ``text/<id>.txt`` and
from ``html/<id>.html.gz`` (``--modes``), and scores each page as accuracy.py does: F1 of the
page's shingle precision and recall against ``articleBody``, or on a snippet set (must-have /
must-not snippets only: trafilatura-eval) the page's own snippet F1. Prints each set's mean
page F1 per mode and:

* with ``--gaps N``, the N pages per set where text mode's F1 is furthest under HTML mode's
  (the text-mode failures that are not inherent: HTML mode gets the article from the same
  page; ``text_gap.py --pages`` classes them by where the words go wrong);
* with ``--out FILE``, every page's figures as JSON; with ``--against FILE`` (an earlier
  ``--out``), the pages whose F1 moved by ``--min`` or more in a mode, and how many rose and fell:
  a change's page-level audit (a page that loses is read, on the fit half, before a change is kept);
* with ``--peer FILE`` (a peer's records for fit pages: ``peers.py trafilatura --input-format html
  ...`` run over ``html/<id>.html.gz`` of the sets), the peer's mean over the pages it has and
  HTML mode's whole-page failures: the pages under ``--below`` (0.7) or more than ``--behind``
  (0.15) under the peer's F1, worst first.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import accuracy  # noqa: E402
import benchscore  # noqa: E402

from cleanscrape.pipeline import Pipeline  # noqa: E402

SETS = ("scrapinghub", "trafilatura-eval", "readability-tests", "fundus-tests")
NOT_VIEWED = frozenset({"dragnet"})  # AGPL data: measured by accuracy.py, its pages never read here
MOVED = 0.001  # a page's F1 moved by this much or more is listed by --against
BELOW = 0.7  # an HTML page F1 under this is a whole-page failure (--peer lists it)
BEHIND = 0.15  # ... and so is one this far under the peer's F1 on the page


def page_f1(ident: str, gold: dict[str, object], pred: str) -> float:
    """The page's F1: of its shingle precision and recall, or on a snippet page its snippet F1."""
    if benchscore.snippet_only(gold):
        return accuracy.snippet_page(ident, gold, pred).f1
    s = benchscore.score_page(ident, gold, pred)
    p, r = s.precision or 0.0, s.recall or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def set_pages(root: Path, modes: list[str]) -> dict[str, dict[str, float]]:
    """{id: {mode: F1}} over the set's fit half."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    halves = json.loads((root / "split.json").read_text(encoding="utf-8"))
    pipe = Pipeline()
    out: dict[str, dict[str, float]] = {}
    for ident in sorted(truth):
        if halves.get(ident) != "fit":
            continue
        row = {}
        for mode in modes:
            got = accuracy.clean_page(pipe, root, ident, mode)
            if got is not None:
                row[mode] = page_f1(ident, truth[ident], "\n\n".join(a.body for a in got[1]))
        if row:
            out[ident] = row
    return out


def peer_pages(path: Path, bench: Path, sets: list[str]) -> dict[str, dict[str, float]]:
    """{set: {id: the peer's page F1}} from a peer's JSONL records (``peers.py`` output: each record's
    ``source`` is ``.../SET/html/ID.html.gz``); the records of other sets are skipped."""
    bodies: dict[str, dict[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            src = Path(rec["source"])
            ident = src.name.removesuffix(".gz").removesuffix(".html")
            bodies.setdefault(src.parent.parent.name, {})[ident] = rec.get("body") or ""
    out: dict[str, dict[str, float]] = {}
    for name in sets:
        if name in bodies:
            truth = json.loads((bench / name / "ground-truth.json").read_text(encoding="utf-8"))
            out[name] = {i: page_f1(i, truth[i], body) for i, body in bodies[name].items() if i in truth}
    return out


def failures(pages: dict[str, dict[str, float]], peer: dict[str, float],
             below: float = BELOW, behind: float = BEHIND) -> list[tuple[str, float, float]]:
    """(id, HTML F1, peer F1) of the pages HTML mode fails whole: under ``below``, or more than
    ``behind`` under the peer's F1 (a page the peer lacks counts as the peer's 0); worst first."""
    rows = [(i, r["html"], peer.get(i, 0.0)) for i, r in pages.items() if "html" in r]
    return sorted(((i, h, p) for i, h, p in rows if h < below or p - h > behind), key=lambda t: (t[1] - t[2], t[0]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, required=True, help="the shared bench directory")
    ap.add_argument("--sets", nargs="*", default=list(SETS), help="sets to read (fit halves)")
    ap.add_argument("--modes", nargs="*", default=["text", "html"], choices=["text", "html"])
    ap.add_argument("--gaps", type=int, default=0, help="pages per set where text F1 is furthest under HTML's")
    ap.add_argument("--out", type=Path, help="write every page's figures here (JSON)")
    ap.add_argument("--against", type=Path, help="an earlier --out: list the pages whose F1 moved")
    ap.add_argument("--min", type=float, default=MOVED, help="the least move --against lists")
    ap.add_argument("--peer", type=Path, help="a peer's JSONL records (peers.py): list HTML's whole-page failures")
    ap.add_argument("--below", type=float, default=BELOW, help="with --peer: an HTML F1 under this is listed")
    ap.add_argument("--behind", type=float, default=BEHIND, help="with --peer: so is one this far under the peer's")
    args = ap.parse_args(argv)
    if NOT_VIEWED.intersection(args.sets):
        print("page_f1.py: dragnet is AGPL data: measure it with accuracy.py, never read its pages", file=sys.stderr)
        return 2
    res = {name: set_pages(args.bench / name, args.modes) for name in args.sets}
    before = json.loads(args.against.read_text(encoding="utf-8")) if args.against else {}
    peers = peer_pages(args.peer, args.bench, list(res)) if args.peer else {}
    for name, pages in res.items():
        means = "  ".join(f"{m} {sum(r[m] for r in pages.values() if m in r) / max(1, len(pages)):.5f}"
                          for m in args.modes)
        print(f"{name} fit: {len(pages)} pages, mean page F1 {means}")
        if args.gaps and {"text", "html"} <= set(args.modes):
            rows = sorted(pages.items(), key=lambda kv: kv[1]["text"] - kv[1]["html"])
            for ident, r in rows[:args.gaps]:
                print(f"    {ident[:44]:44s} HTML {r['html']:.3f} text {r['text']:.3f} ({r['text'] - r['html']:+.3f})")
        if name in peers:
            peer = peers[name]
            fails = failures(pages, peer, args.below, args.behind)
            print(f"  peer: {len(peer)} pages, mean page F1 {sum(peer.values()) / max(1, len(peer)):.5f}; "
                  f"{len(fails)} HTML pages under {args.below} or {args.behind}+ under the peer")
            for ident, h, p in fails:
                print(f"    {ident[:44]:44s} HTML {h:.3f} peer {p:.3f} ({(p - h) / max(1, len(pages)):+.5f} of the mean)")
        old = before.get(name, {})
        for mode in args.modes:
            moved = sorted(((r[mode] - old[i][mode], i) for i, r in pages.items()
                            if i in old and mode in r and mode in old[i] and abs(r[mode] - old[i][mode]) >= args.min))
            if old:
                print(f"  {mode}: {sum(d > 0 for d, _ in moved)} pages rose, {sum(d < 0 for d, _ in moved)} fell")
                for d, ident in moved:
                    print(f"    {ident[:44]:44s} {old[ident][mode]:.3f} -> {pages[ident][mode]:.3f} ({d:+.3f})")
    if args.out:
        args.out.write_text(json.dumps(res, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

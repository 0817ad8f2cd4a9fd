"""What a page-level second opinion could gain in HTML mode: thin pages, the per-page oracle and a length switch.

    python benchmarks/page_oracle.py --bench ../shared/bench --peer-python BENCHVENV/bin/python
    python benchmarks/page_oracle.py --bench ../shared/bench --peer-python BENCHVENV/bin/python \
        --split check --sets scrapinghub,trafilatura-eval,readability-tests,dragnet,fundus-tests

trafilatura compares its own extraction with a fallback's (readability, jusText) and keeps
the longer when its own looks thin. This measures what such a second opinion could give
cleanscrape's HTML mode, each set's ``--split`` half (default ``fit``), every system run as a
CLI process (``benchmarks/realsets.py``) and scored with BENCH/score.py's own functions:

* thin pages: cleanscrape's page recall (must-have snippets found, on a snippet set) under
  THIN_RECALL, and the mean recall they lose;
* per peer (``--peers``, run by ``--peer-python``): the peer's score, the per-page oracle
  (each page the better of cleanscrape and the peer: an upper bound no switch reaches) and a
  length switch (the peer's text wherever it is more than R times cleanscrape's, for each
  R in SWITCH_RATIOS), each as the set's F1 (snippet F1 on a snippet set).

Pages are never listed: the figures are means over a half. Tune nothing on ``check``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchscore  # noqa: E402
import realsets  # noqa: E402

THIN_RECALL = 0.6  # a page whose output holds less than this share of its gold is thin
SWITCH_RATIOS = (1.5, 2.0, 3.0, 5.0)  # the peer's text replaces ours when it is this many times longer


def _page_value(s: benchscore.PageScore) -> float:
    """A page's worth for the oracle: its F1, or must-haves found less must-nots present."""
    if s.has_body:
        return benchscore._f1(s.precision or 0.0, s.recall or 0.0)
    return float(s.with_found - s.without_present)


def _f1(scorer, ps: realsets.PageSet, preds: dict[str, str]) -> float:
    return realsets.cell(realsets.score(scorer, ps, preds))["f1"] or 0.0


def _thin(ps: realsets.PageSet, preds: dict[str, str]) -> tuple[int, int, float]:
    """Thin pages, pages scored, and the mean recall the thin ones lose (over all pages)."""
    _, pages = benchscore.evaluate(ps.truth, preds)
    recalls = [p.recall for p in pages if p.has_body and p.recall is not None]
    if not recalls:  # a snippet set: the share of a page's must-haves found
        recalls = [p.with_found / p.with_total for p in pages if p.with_total]
    thin = [r for r in recalls if r < THIN_RECALL]
    return len(thin), len(recalls), sum(1 - r for r in thin) / max(len(recalls), 1)


def _oracle(ps: realsets.PageSet, ours: dict[str, str], theirs: dict[str, str]) -> dict[str, str]:
    out = {}
    for i, truth in ps.truth.items():
        a, b = ours.get(i, ""), theirs.get(i, "")
        better = _page_value(benchscore.score_page(i, truth, b)) > _page_value(benchscore.score_page(i, truth, a))
        out[i] = b if better else a  # (ties: ours)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, required=True)
    ap.add_argument("--split", choices=("fit", "check"), default="fit")
    ap.add_argument("--sets", default="scrapinghub,trafilatura-eval,readability-tests,fundus-tests")
    ap.add_argument("--peers", default="readability,trafilatura")
    ap.add_argument("--peer-python", default=sys.executable)
    ap.add_argument("--python", default=sys.executable)
    args = ap.parse_args(argv)
    scorer = benchscore.scorer(args.bench)
    peers = [p for p in args.peers.split(",") if p]
    print(f"## page-level second opinion, HTML, {args.split} halves\n")
    print("| set | cleanscrape | thin pages | recall lost there | peer | peer F1 | oracle | "
          + " | ".join(f"switch x{r:g}" for r in SWITCH_RATIOS) + " |")
    print("|---|---:|---:|---:|---|---:|---:|" + "---:|" * len(SWITCH_RATIOS))
    with tempfile.TemporaryDirectory() as tmp:
        for name in realsets.find_sets(args.bench, [s for s in args.sets.split(",") if s]):
            ps = realsets.load_set(args.bench / name, args.split)
            paths = realsets.stage(ps, "html", Path(tmp))
            ours = realsets.run_one(realsets.command("cleanscrape", "html", args.python, args.peer_python),
                                    paths, realsets.cleanscrape_env())["preds"]
            base = _f1(scorer, ps, ours)
            thin, scored, lost = _thin(ps, ours)
            for k, peer in enumerate(peers):
                theirs = realsets.run_one(realsets.command(peer, "html", args.python, args.peer_python), paths)["preds"]
                switched = []
                for r in SWITCH_RATIOS:
                    preds = {i: theirs.get(i, "") if len(theirs.get(i, "")) > r * len(ours.get(i, "")) else ours.get(i, "")
                             for i in ps.truth}
                    switched.append(f"{_f1(scorer, ps, preds) - base:+.4f}")
                head = f"| {name} ({len(ps.truth)}) | {base:.4f} | {thin}/{scored} | {lost:.4f} |" if k == 0 \
                    else "| | | | |"
                print(f"{head} {peer} | {_f1(scorer, ps, theirs):.4f} | "
                      f"{_f1(scorer, ps, _oracle(ps, ours, theirs)) - base:+.4f} | " + " | ".join(switched) + " |",
                      flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

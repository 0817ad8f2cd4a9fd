#!/usr/bin/env python3
"""Accuracy of cleanscrape: on one dataset in this process, or on every set of the bench with peers.

    python benchmarks/accuracy.py ../shared/bench/scrapinghub
    python benchmarks/accuracy.py ../shared/bench/scrapinghub --input-format html
    python benchmarks/accuracy.py DATASET --worst 10 --check-floors
    python benchmarks/accuracy.py DATASET --split fit --worst 20   # one half of its split.json

    python benchmarks/accuracy.py --bench ../shared/bench --peer-python BENCHVENV/bin/python
    python benchmarks/accuracy.py --bench ../shared/bench --split all --json all.json
    python benchmarks/accuracy.py --bench ../shared/bench --sets dragnet --peers none --limit 20
    python benchmarks/accuracy.py --bench ../shared/bench --loso \\
        --train-cmd "python benchmarks/train.py --bench {bench} --exclude-set {set} --out {model}"

With ``--bench``: every set under BENCH (``--sets`` to choose), HTML and text
(``--modes``), cleanscrape and the peers trafilatura, readability(-lxml), jusText and
resiliparse (``--peers``, run by ``--peer-python`` through ``benchmarks/peers.py``),
on the ``check`` half of each set's split.json (``--split``), each run a CLI process
scored with BENCH/score.py's own functions; prints Markdown tables (F1; P/R), the
mean margin of cleanscrape over trafilatura, and with ``--json FILE`` every figure.
``--model FILE`` runs cleanscrape with ``CLEANSCRAPE_MODEL=FILE``; ``--loso`` prints the
leave-one-set-out table of a fitted model (see ``benchmarks/realsets.py``).

With a DATASET:

Runs the library in this process on ``text/<id>.txt`` (or ``html/<id>.html[.gz]``),
joins each page's record bodies with blank lines, and scores them against
``ground-truth.json`` with score.py's metric (``benchmarks/benchscore.py``: 4-token
shingles of ``\\w+`` tokens, per-page normalised true/false positives, precision and
recall averaged over pages, F1 of the two means). Prints the scores over all pages and over
two halves split by id (ids starting 0-7 / 8-f), and with ``--check-floors``
exits 1 when a score falls under the floors pinned in ``benchmarks/floors.json``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchscore  # noqa: E402
from cleanscrape.pipeline import Pipeline  # noqa: E402

FLOORS = Path(__file__).resolve().parent / "floors.json"


def page_scores(pred: str, truth: str) -> tuple[float | None, float | None]:
    """(precision, recall) of one page, as score.py has them (None: the page leaves that mean)."""
    tp, fp, fn = benchscore.page_counts(truth, pred)
    return benchscore.page_precision(tp, fp, fn), benchscore.page_recall(tp, fp, fn)


def summarise(rows: list[tuple[str, float | None, float | None]]) -> tuple[float, float, float]:
    ps = [p for _, p, _ in rows if p is not None]
    rs = [r for _, _, r in rows if r is not None]
    precision = sum(ps) / len(ps) if ps else 0.0
    recall = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, precision, recall


def _names(value: str) -> list[str]:
    return [] if value.strip() in ("", "none") else [v.strip() for v in value.split(",") if v.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dataset", type=Path, nargs="?", help="one dataset, scored in this process")
    ap.add_argument("--input-format", choices=("text", "markdown", "html"), default="text",
                    help="text/ holds naive text or, with 'markdown', Markdown (html2text and the like)")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    ap.add_argument("--check-floors", action="store_true", help="exit 1 under the pinned floors")
    bench = ap.add_argument_group("every set (--bench)")
    bench.add_argument("--bench", type=Path, help="the folder holding score.py and the sets (../shared/bench)")
    ap.add_argument("--split", choices=("check", "fit", "all"), default=None,
                    help="which half of each set's split.json (default: check with --bench; "
                         "every page of a DATASET)")
    bench.add_argument("--sets", type=_names, help="comma-separated sets (default: all under BENCH)")
    bench.add_argument("--modes", type=_names, default=["html", "text"], help="html,text (default: both)")
    bench.add_argument("--peers", type=_names, default=["trafilatura", "readability", "justext", "resiliparse"],
                       help="comma-separated peers, or 'none' (default: trafilatura,readability,justext,resiliparse)")
    bench.add_argument("--peer-python", default=sys.executable, help="the Python the peers are installed in")
    bench.add_argument("--python", default=sys.executable, help="the Python that runs cleanscrape")
    bench.add_argument("--limit", type=int, default=0, help="only the first N pages (by id) of each set")
    bench.add_argument("--jobs", type=int, default=2, help="runs at a time, at most 2 (default 2)")
    bench.add_argument("--json", type=Path, help="write every figure here")
    bench.add_argument("--model", help="run cleanscrape with CLEANSCRAPE_MODEL set to this file")
    bench.add_argument("--loso", action="store_true", help="leave-one-set-out table of a fitted model")
    bench.add_argument("--train-cmd", help="with --loso: fits a model without {set} into {model} ({bench} too)")
    args = ap.parse_args(argv)
    if args.bench is not None:
        args.split = args.split or "check"
        if args.dataset is not None:
            ap.error("give a DATASET or --bench, not both")
        import realsets

        bad = [p for p in args.peers if p not in realsets.PEERS]
        if bad or any(m not in realsets.MODES for m in args.modes):
            ap.error(f"unknown peer or mode: {bad or args.modes}; peers: {', '.join(realsets.PEERS)}")
        return realsets.main_loso(args) if args.loso else realsets.main_table(args)
    if args.dataset is None:
        ap.error("give a DATASET, or --bench BENCH for every set")
    gt_path = args.dataset / "ground-truth.json"
    if not gt_path.exists():
        print(f"accuracy.py: {gt_path}: not found", file=sys.stderr)
        return 2
    truth = json.loads(gt_path.read_text(encoding="utf-8"))
    if args.split not in (None, "all"):  # one half only: --worst then lists that half's pages alone
        split_path = args.dataset / "split.json"
        if not split_path.is_file():
            print(f"accuracy.py: {split_path}: not found (needed for --split {args.split})", file=sys.stderr)
            return 2
        halves = json.loads(split_path.read_text(encoding="utf-8"))
        truth = {i: t for i, t in truth.items() if halves.get(i) == args.split}
    pipe = Pipeline()
    rows = []
    start = time.perf_counter()
    size = 0
    for ident in sorted(truth):
        if args.input_format in ("text", "markdown"):
            path = args.dataset / "text" / f"{ident}.txt"
            if not path.exists():
                continue
            data = path.read_bytes()
            if args.input_format == "markdown":
                from cleanscrape.io.markdown import read_markdown

                articles = pipe.clean_document(read_markdown(data.decode("utf-8", "replace"), source=str(path)),
                                               source=str(path))
            else:
                articles = pipe.clean(data.decode("utf-8", "replace"), source=str(path))
        else:
            path = args.dataset / "html" / f"{ident}.html.gz"
            if not path.exists():
                path = args.dataset / "html" / f"{ident}.html"
            if not path.exists():
                continue
            data = path.read_bytes()
            if path.suffix == ".gz":
                data = gzip.decompress(data)
            from cleanscrape.io.html import read_html

            articles = pipe.clean_document(read_html(data, source=str(path)), source=str(path))
        size += len(data)
        pred = "\n\n".join(a.body for a in articles)
        precision, recall = page_scores(pred, truth[ident].get("articleBody", ""))
        rows.append((ident, precision, recall))
    elapsed = time.perf_counter() - start
    f1, precision, recall = summarise(rows)
    low = summarise([r for r in rows if r[0][0] in "01234567"])
    high = summarise([r for r in rows if r[0][0] not in "01234567"])
    print(f"{args.dataset.name} {args.input_format}: {len(rows)} pages, {size / 1e6:.2f} MB, "
          f"{len(rows) / elapsed:.1f} pages/s, {size / 1e6 / elapsed:.2f} MB/s (in process)")
    print(f"  all      F1={f1:.4f} P={precision:.4f} R={recall:.4f}")
    print(f"  ids 0-7  F1={low[0]:.3f} P={low[1]:.3f} R={low[2]:.3f}")
    print(f"  ids 8-f  F1={high[0]:.3f} P={high[1]:.3f} R={high[2]:.3f}")
    if args.worst:
        def page_f1(row):
            p, r = row[1] or 0.0, row[2] or 0.0
            return 2 * p * r / (p + r) if p + r else 0.0
        for row in sorted(rows, key=page_f1)[: args.worst]:
            p, r = (None if x is None else round(x, 2) for x in row[1:])
            print(f"    {row[0][:12]}  F1={page_f1(row):.2f} P={p} R={r}")
    if args.check_floors and FLOORS.exists():
        floors = json.loads(FLOORS.read_text(encoding="utf-8")).get(f"{args.dataset.name}-{args.input_format}")
        if floors and (f1 < floors["f1"] or precision < floors["precision"]):
            print(f"  BELOW FLOOR: {floors}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

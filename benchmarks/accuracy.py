#!/usr/bin/env python3
"""Accuracy of cleanscrape on a dataset laid out like ``shared/bench/scrapinghub``.

    python benchmarks/accuracy.py ../shared/bench/scrapinghub
    python benchmarks/accuracy.py ../shared/bench/scrapinghub --input-format html
    python benchmarks/accuracy.py DATASET --worst 10 --check-floors

Runs the library in this process on ``text/<id>.txt`` (or ``html/<id>.html[.gz]``),
joins each page's record bodies with blank lines, and scores them against
``ground-truth.json`` with the benchmark's metric (4-token shingles of ``\\w+``
tokens, per-page normalised true/false positives, precision and recall averaged
over pages, F1 of the two means). Prints the scores over all pages and over
two halves split by id (ids starting 0-7 / 8-f), and with ``--check-floors``
exits 1 when a score falls under the floors pinned in ``benchmarks/floors.json``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from cleanscrape.pipeline import Pipeline  # noqa: E402

_TOKEN = re.compile(r"\w+")
FLOORS = Path(__file__).resolve().parent / "floors.json"


def shingles(text: str) -> Counter:
    toks = _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())
    if len(toks) < 4:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i:i + 4]) for i in range(len(toks) - 3))


def page_scores(pred: str, truth: str) -> tuple[float, float] | None:
    """(precision, recall) of one page; precision None when the prediction is empty."""
    p, t = shingles(pred), shingles(truth)
    tp = sum((p & t).values())
    fp = sum(p.values()) - tp
    fn = sum(t.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return 1.0, 1.0
    tp, fp, fn = tp / total, fp / total, fn / total
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def summarise(rows: list[tuple[str, float | None, float]]) -> tuple[float, float, float]:
    ps = [p for _, p, _ in rows if p is not None]
    rs = [r for _, _, r in rows]
    precision = sum(ps) / len(ps) if ps else 0.0
    recall = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, precision, recall


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--input-format", choices=("text", "markdown", "html"), default="text",
                    help="text/ holds naive text or, with 'markdown', Markdown (html2text and the like)")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    ap.add_argument("--check-floors", action="store_true", help="exit 1 under the pinned floors")
    args = ap.parse_args(argv)
    gt_path = args.dataset / "ground-truth.json"
    if not gt_path.exists():
        print(f"accuracy.py: {gt_path}: not found", file=sys.stderr)
        return 2
    truth = json.loads(gt_path.read_text(encoding="utf-8"))
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
            p = row[1] or 0.0
            return 2 * p * row[2] / (p + row[2]) if p + row[2] else 0.0
        for row in sorted(rows, key=page_f1)[: args.worst]:
            print(f"    {row[0][:12]}  F1={page_f1(row):.2f} P={row[1] if row[1] is None else round(row[1], 2)} R={row[2]:.2f}")
    if args.check_floors and FLOORS.exists():
        floors = json.loads(FLOORS.read_text(encoding="utf-8")).get(f"{args.dataset.name}-{args.input_format}")
        if floors and (f1 < floors["f1"] or precision < floors["precision"]):
            print(f"  BELOW FLOOR: {floors}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

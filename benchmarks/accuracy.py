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
A page whose gold is must-have / must-not snippets alone (an empty ``articleBody`` with
``with``/``without`` lists: trafilatura-eval) is scored as the ``--bench`` mode scores it:
snippet precision, recall and F1 (micro over the pages: found must-have over found must-have
and kept must-not, found over all must-have); ``--worst`` lists such pages by their own
snippet F1, each with the must-have snippets its output misses and the must-not ones it keeps.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchscore  # noqa: E402
from cleanscrape.pipeline import Pipeline  # noqa: E402

FLOORS = Path(__file__).resolve().parent / "floors.json"
SNIPPET_SHOWN = 120  # characters of a missing or kept snippet printed under --worst: a long one's start names it


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


snippet_only = benchscore.snippet_only  # (score.py's rule: an empty ``articleBody`` with snippets)


@dataclass
class SnippetPage:
    """One snippet page's counts (``benchscore.score_page``'s), and the snippets that went wrong."""

    score: benchscore.PageScore
    missing: list[str] = field(default_factory=list)  # must-have snippets not in the output
    kept: list[str] = field(default_factory=list)  # must-not snippets in the output

    @property
    def ident(self) -> str:
        return self.score.id

    @property
    def found(self) -> int:
        return self.score.with_found

    @property
    def precision(self) -> float | None:
        return self.found / (self.found + len(self.kept)) if self.found + len(self.kept) else None

    @property
    def recall(self) -> float | None:
        return self.found / self.score.with_total if self.score.with_total else None

    @property
    def f1(self) -> float:
        """2tp / (2tp + fp + fn); 1 when the page has nothing to find and keeps nothing it must not."""
        wrong = len(self.missing) + len(self.kept)
        return 2 * self.found / (2 * self.found + wrong) if self.found + wrong else 1.0


def snippet_page(ident: str, gold: dict, pred: str) -> SnippetPage:
    """The page scored as ``benchscore.score_page`` scores it, with the snippets it misses and keeps."""
    hay = benchscore.haystack_key(pred)
    withs = [w for w in gold.get("with") or [] if benchscore.snippet_key(w)]
    withouts = [w for w in gold.get("without") or [] if benchscore.snippet_key(w)]
    return SnippetPage(benchscore.score_page(ident, gold, pred),
                       missing=[w for w in withs if benchscore.snippet_key(w) not in hay],
                       kept=[w for w in withouts if benchscore.snippet_key(w) in hay])


def summarise_snippets(pages: list[SnippetPage]) -> tuple[float, float, float]:
    """(F1, precision, recall) over the pages, micro: ``benchscore.aggregate``'s snippet figures."""
    figures = benchscore.aggregate([p.score for p in pages])
    return figures.get("snippet_f1", 0.0), figures.get("snippet_precision", 0.0), figures.get("snippet_recall", 0.0)


def _quoted(snippet: str) -> str:
    text = " ".join(snippet.split())
    return json.dumps(text if len(text) <= SNIPPET_SHOWN else text[:SNIPPET_SHOWN] + "...", ensure_ascii=False)


def print_snippets(pages: list[SnippetPage], worst: int) -> tuple[float, float, float]:
    """The snippet figures over all pages and the two id halves, then the worst pages; returns the first."""
    figures = summarise_snippets(pages)
    found, total = sum(p.found for p in pages), sum(p.score.with_total for p in pages)
    kept, banned = sum(len(p.kept) for p in pages), sum(p.score.without_total for p in pages)
    print(f"  snippet pages: {len(pages)}, must-have found {found}/{total}, must-not kept {kept}/{banned}")
    for label, part in (("all     ", pages), ("ids 0-7 ", [p for p in pages if p.ident[0] in "01234567"]),
                        ("ids 8-f ", [p for p in pages if p.ident[0] not in "01234567"])):
        f1, precision, recall = summarise_snippets(part)
        print(f"  {label} snippet F1={f1:.4f} P={precision:.4f} R={recall:.4f}")
    for page in sorted(pages, key=lambda p: (p.f1, p.ident))[:worst]:
        p, r = (None if x is None else round(x, 2) for x in (page.precision, page.recall))
        print(f"    {page.ident[:12]}  snippet F1={page.f1:.2f} P={p} R={r}  must-have {page.found}/{page.score.with_total}, "
              f"must-not kept {len(page.kept)}/{page.score.without_total}, {page.score.pred_chars} chars out")
        for w in page.missing:
            print(f"      missing  {_quoted(w)}")
        for w in page.kept:
            print(f"      kept     {_quoted(w)}")
    return figures


def html_page(dataset: Path, ident: str) -> tuple[Path, bytes] | None:
    """The page's HTML file (``html/<id>.html.gz`` or ``.html``) and its bytes, unzipped; None when absent."""
    path = dataset / "html" / f"{ident}.html.gz"
    if not path.exists():
        path = dataset / "html" / f"{ident}.html"
    if not path.exists():
        return None
    data = path.read_bytes()
    return path, gzip.decompress(data) if path.suffix == ".gz" else data


def clean_page(pipe: Pipeline, dataset: Path, ident: str, input_format: str) -> tuple[bytes, list] | None:
    """The page's input bytes and the records cleanscrape makes of it; None when the set lacks the file."""
    if input_format in ("text", "markdown"):
        path = dataset / "text" / f"{ident}.txt"
        if not path.exists():
            return None
        data = path.read_bytes()
        if input_format == "markdown":
            from cleanscrape.io.markdown import read_markdown

            return data, pipe.clean_document(read_markdown(data.decode("utf-8", "replace"), source=str(path)),
                                             source=str(path))
        return data, pipe.clean(data.decode("utf-8", "replace"), source=str(path))
    found = html_page(dataset, ident)
    if found is None:
        return None
    path, data = found
    from cleanscrape.io.html import read_html

    return data, pipe.clean_document(read_html(data, source=str(path)), source=str(path))


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
    snippets: list[SnippetPage] = []
    start = time.perf_counter()
    size = 0
    for ident in sorted(truth):
        got = clean_page(pipe, args.dataset, ident, args.input_format)
        if got is None:
            continue
        data, articles = got
        size += len(data)
        pred = "\n\n".join(a.body for a in articles)
        if snippet_only(truth[ident]):
            snippets.append(snippet_page(ident, truth[ident], pred))
            continue
        precision, recall = page_scores(pred, truth[ident].get("articleBody", ""))
        rows.append((ident, precision, recall))
    elapsed = time.perf_counter() - start
    f1, precision, recall = summarise(rows)
    low = summarise([r for r in rows if r[0][0] in "01234567"])
    high = summarise([r for r in rows if r[0][0] not in "01234567"])
    pages = len(rows) + len(snippets)
    print(f"{args.dataset.name} {args.input_format}: {pages} pages, {size / 1e6:.2f} MB, "
          f"{pages / elapsed:.1f} pages/s, {size / 1e6 / elapsed:.2f} MB/s (in process)")
    if rows or not snippets:
        print(f"  all      F1={f1:.4f} P={precision:.4f} R={recall:.4f}")
        print(f"  ids 0-7  F1={low[0]:.3f} P={low[1]:.3f} R={low[2]:.3f}")
        print(f"  ids 8-f  F1={high[0]:.3f} P={high[1]:.3f} R={high[2]:.3f}")
    if args.worst and rows:
        def page_f1(row):
            p, r = row[1] or 0.0, row[2] or 0.0
            return 2 * p * r / (p + r) if p + r else 0.0
        for row in sorted(rows, key=page_f1)[: args.worst]:
            p, r = (None if x is None else round(x, 2) for x in row[1:])
            print(f"    {row[0][:12]}  F1={page_f1(row):.2f} P={p} R={r}")
    if snippets:  # after the full-text figures on a set that has both kinds of gold
        figures = print_snippets(snippets, args.worst)
        if not rows:  # a snippet set: its floors, if any, are on the snippet figures
            f1, precision, recall = figures
    if args.check_floors and FLOORS.exists():
        floors = json.loads(FLOORS.read_text(encoding="utf-8")).get(f"{args.dataset.name}-{args.input_format}")
        if floors and (f1 < floors["f1"] or precision < floors["precision"]):
            print(f"  BELOW FLOOR: {floors}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The block model's ridge penalty and thresholds chosen by the pipeline's own F1, by site folds.

    python benchmarks/train.py --bench ../shared/bench --mode text --cv 5
    python benchmarks/train.py --bench ../shared/bench --mode text --cv 5 --cv-l2 1,3 --cv-readmit 0.6,0.65

``train.py --cv K`` (this module) reads the fit pages and their blocks once, as ``train.py`` does,
and splits the pages into K folds by site (the host of the gold's ``url``, without ``www.``; a
page with no url is a site of its own), each site sent to fold ``sha256(seed:site) mod K``: the
same folds on every run, and no site on both sides of a fold. For each fold and each ridge
penalty of the grid it fits the logistic regression on the other folds' blocks, then, for each
readmit and remove probability of the grid, runs the real cleaner (the default pipeline, every
rule, ``CLEANSCRAPE_MODEL`` pointing at a file with those weights) over the fold's pages. Each
grid point so has an out-of-fold output for every fit page; it is scored per set with the
benchmark's own scorer (``BENCH/score.py``: full-text F1, or snippet F1 on a snippet-gold set, as
``accuracy.py`` reports them), and the point of best mean F1 over the sets wins (the first in
grid order on a tie). Unlike ``model_cv.py``'s block-level proxy, this scores what the model's
weights do through the neighbours pass, the rules after the model and segmentation. Deterministic:
fixed folds, a fixed grid, numpy's Newton fit; ``--cv-jobs 2`` runs two folds at a time.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchscore  # noqa: E402
import train  # noqa: E402
from cleanscrape.pipeline import Pipeline  # noqa: E402
from cleanscrape.rules.model import FORMAT, MODEL_ENV  # noqa: E402

SEED = 0  # the folds' seed: another seed, other folds (the grid's choice can be checked against it)
# the default grid: small, as the CPU is shared (text 3 x 5 x 2 = 30 points, HTML 3 x 5 x 1, each a
# pipeline run over every fit page): the ridge penalty around train.py's 1, readmit and remove per
# mode around the shipped ones (train.READMIT, train.REMOVE; HTML removes nothing)
GRID_L2 = (1.0, 3.0, 10.0)
GRID_READMIT = {"html": (0.5, 0.55, 0.57, 0.6, 0.65), "text": (0.5, 0.55, 0.6, 0.65, 0.7)}
GRID_REMOVE = {"html": (0.0,), "text": (0.7, 0.8)}


@dataclass
class Page:
    set: str
    pid: str
    path: Path
    entry: dict
    site: str
    rows: list  # (features, label, weight) of the blocks the model may decide
    fold: int = 0


def site_of(name: str, pid: str, entry: dict) -> str:
    """The page's site: the host of its gold url without ``www.``, or the page itself."""
    host = (urlsplit(entry.get("url") or "").hostname or "").lower().removeprefix("www.")
    return host or f"{name}/{pid}"


def fold_of(site: str, folds: int, seed: int = SEED) -> int:
    return int(hashlib.sha256(f"{seed}:{site}".encode()).hexdigest(), 16) % folds


def read_pages(bench: Path, mode: str, digest, codes: frozenset[str]) -> list[Page]:
    """Every fit page with its examples, read as ``train.examples`` reads them (same pipeline, same
    order, the same inputs hashed into ``digest``)."""
    pipeline = train.training_pipeline()
    pages = []
    for name, pid, entry, folder in train.fit_pages(bench, ()):
        path = train._page_input(folder, pid, mode)
        if not path.exists():
            continue
        train.hash_input(digest, name, pid, mode, path, entry)
        rows = train.page_examples(path, mode, train.Gold(entry), pipeline, codes)
        pages.append(Page(name, pid, path, entry, site_of(name, pid, entry), rows))
    return pages


_PAGES: list[Page] = []  # the pages a forked worker reads (set before the pool starts)


def _model_file(folder: Path, mode: str, fitted: dict, readmit: float, remove: float,
                codes: Sequence[str]) -> Path:
    m = {"format": FORMAT, "bias": fitted["bias"], "readmit": readmit, "remove": remove,
         **({"codes": sorted(codes)} if codes else {}), "weights": fitted["weights"]}
    path = folder / f"model-{len(list(folder.iterdir()))}.json"
    path.write_text(json.dumps({"format": FORMAT, "models": {mode: m}}), encoding="utf-8")
    return path


def _output(page: Page, mode: str, pipe: Pipeline) -> str:
    doc = train._read(page.path, mode)
    return "\n\n".join(a.body for a in pipe.clean_document(doc, source=str(page.path)))


def run_fold(task: tuple[int, int, float, str, tuple, tuple, tuple]) -> dict[tuple[float, float, float], dict]:
    """One fold and ridge penalty: fit on the other folds, run the cleaner on the fold's pages at
    each (readmit, remove); {(l2, readmit, remove): {(set, id): output}}."""
    fold, folds, l2, mode, readmits, removes, codes = task
    train_rows = [r for p in _PAGES if p.fold != fold for r in p.rows]
    fitted = train.fit_model(train_rows, mode, (0, 3, 0.1, True), l2=l2)
    mine = [p for p in _PAGES if p.fold == fold]
    out: dict[tuple[float, float, float], dict] = {}
    before = os.environ.get(MODEL_ENV)
    with tempfile.TemporaryDirectory(prefix="cleanscrape-cv-") as tmp:
        try:
            for readmit in readmits:
                for remove in removes:
                    os.environ[MODEL_ENV] = str(_model_file(Path(tmp), mode, fitted, readmit, remove, codes))
                    pipe = Pipeline()
                    out[l2, readmit, remove] = {(p.set, p.pid): _output(p, mode, pipe) for p in mine}
        finally:  # (a run in the caller's process leaves its model setting as it found it)
            if before is None:
                os.environ.pop(MODEL_ENV, None)
            else:
                os.environ[MODEL_ENV] = before
    print(f"  fold {fold + 1}/{folds} l2={l2:g}: {len(mine)} pages, {len(train_rows)} training blocks",
          file=sys.stderr, flush=True)
    return out


def score(bench: Path, pages: list[Page], outputs: dict[tuple[str, str], str]) -> dict[str, float]:
    """F1 per set of ``outputs`` (score.py's: full-text F1, or snippet F1 on a snippet set)."""
    scorer = benchscore.scorer(bench)
    sets: dict[str, dict] = {}
    for p in pages:
        sets.setdefault(p.set, {})[p.pid] = p.entry
    figures = {}
    for name, truth in sets.items():
        metrics, _ = scorer.evaluate(truth, {pid: outputs.get((name, pid), "") for pid in truth}, 0)
        figures[name] = metrics["f1"] if metrics.get("body_pages") else metrics.get("snippet_f1", 0.0)
    return figures


def choose(bench: Path, mode: str, folds: int, l2s: Sequence[float], readmits: Sequence[float],
           removes: Sequence[float], codes: Sequence[str], jobs: int = 1, seed: int = SEED) -> tuple[float, float, float]:
    """The (l2, readmit, remove) of best mean out-of-fold F1; prints every grid point's figures."""
    pages = read_pages(bench, mode, hashlib.sha256(), frozenset(codes))
    for p in pages:
        p.fold = fold_of(p.site, folds, seed)
    _PAGES[:] = pages
    sizes = [sum(p.fold == f for p in pages) for f in range(folds)]
    print(f"{mode}: {len(pages)} fit pages, {len({p.site for p in pages})} sites, folds {sizes}", file=sys.stderr)
    tasks = [(f, folds, l2, mode, tuple(readmits), tuple(removes), tuple(codes)) for f in range(folds) for l2 in l2s]
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=min(jobs, 2), mp_context=get_context("fork")) as pool:
            parts = list(pool.map(run_fold, tasks))
    else:
        parts = [run_fold(t) for t in tasks]
    outputs: dict[tuple[float, float, float], dict] = {}
    for part in parts:
        for key, got in part.items():
            outputs.setdefault(key, {}).update(got)
    names = list(dict.fromkeys(p.set for p in pages))
    print(f"{'l2':>5} {'readmit':>7} {'remove':>6}  " + "  ".join(f"{n[:16]:>16}" for n in names) + "      mean")
    best, best_key = -1.0, (l2s[0], readmits[0], removes[0])
    for key in [(a, b, c) for a in l2s for b in readmits for c in removes]:
        figures = score(bench, pages, outputs[key])
        mean = sum(figures.values()) / len(figures)
        print(f"{key[0]:5g} {key[1]:7g} {key[2]:6g}  " + "  ".join(f"{figures[n]:16.5f}" for n in names)
              + f"  {mean:.5f}", flush=True)
        if mean > best:
            best, best_key = mean, key
    print(f"chosen: l2 {best_key[0]:g}, readmit {best_key[1]:g}, remove {best_key[2]:g} (mean {best:.5f})")
    return best_key

"""The benchmark's scoring, as ``shared/bench/score.py`` defines it, for the benchmark scripts.

``scorer(bench)`` returns ``BENCH/score.py`` itself, imported from the path given at run
time, so the figures are those of ``score.py`` by construction. When that file is not
there (the test suite runs without ``../shared``), it returns this module, which mirrors
the functions of ``score.py`` that the scripts call, line for line:

* F1/P/R: 4-token shingles of ``\\w+`` tokens (case kept), per-page tp/fp/fn normalised to
  sum to 1, precision and recall averaged over pages (a page with empty output leaves the
  precision mean and scores 0 recall), F1 of the two means;
* snippets: a page with an empty ``articleBody`` and ``with``/``without`` lists is
  snippet-only; a snippet is found when its NFKC-casefolded ``\\w+`` tokens are a contiguous
  run of the output's (the last one may be a prefix); snippet P/R/F1 are micro figures with
  tp = must-have found, fn = must-have missing, fp = must-not present.

``tests/test_accuracy_bench.py`` checks the mirror against ``score.py`` when it is found.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

SHINGLE_N = 4
_WORD = re.compile(r"\w+")


def scorer(bench: Path | None) -> ModuleType:
    """``BENCH/score.py`` as a module when it exists, else this mirror."""
    path = Path(bench) / "score.py" if bench else None
    if path is None or not path.is_file():
        return sys.modules[__name__]
    spec = importlib.util.spec_from_file_location("bench_score", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_score", mod)  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def tokenize(text: str | None) -> list[str]:
    return _WORD.findall(text or "")


def shingles(tokens: list[str], n: int = SHINGLE_N) -> Counter:
    if not tokens:
        return Counter()
    if len(tokens) <= n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def page_counts(true: str, pred: str) -> tuple[float, float, float]:
    t = shingles(tokenize(true))
    p = shingles(tokenize(pred))
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if total == 0:
        return (0.0, 0.0, 0.0)
    return (tp / total, fp / total, fn / total)


def page_precision(tp: float, fp: float, fn: float) -> float | None:
    if tp + fp <= 0:
        return None
    if fp == 0 and fn == 0:
        return 1.0
    return tp / (tp + fp)


def page_recall(tp: float, fp: float, fn: float) -> float | None:
    if tp + fn <= 0:
        return None
    if fp == 0 and fn == 0:
        return 1.0
    return tp / (tp + fn)


def _mean(xs: list[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def _snippet_tokens(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text or "").casefold())


def snippet_key(snippet: str) -> str:
    toks = _snippet_tokens(snippet)
    return " " + " ".join(toks) if toks else ""


def haystack_key(text: str) -> str:
    return " " + " ".join(_snippet_tokens(text)) + " "


@dataclass
class PageScore:
    id: str
    has_body: bool
    tp: float = 0.0
    fp: float = 0.0
    fn: float = 0.0
    precision: float | None = None
    recall: float | None = None
    exact: bool = False
    with_total: int = 0
    with_found: int = 0
    without_total: int = 0
    without_present: int = 0
    pred_chars: int = 0
    true_chars: int = 0


def snippet_only(truth: dict) -> bool:
    """A page scored by its snippets alone: an empty ``articleBody`` (or none) with must-have or
    must-not snippets (score.py's rule)."""
    return not (truth.get("articleBody") or "").strip() and bool(truth.get("with") or truth.get("without"))


def score_page(pid: str, truth: dict, pred: str) -> PageScore:
    body = None if snippet_only(truth) else truth.get("articleBody")
    s = PageScore(id=pid, has_body=body is not None, pred_chars=len(pred or ""))
    if body is not None:
        s.true_chars = len(body)
        s.tp, s.fp, s.fn = page_counts(body, pred)
        s.precision = page_precision(s.tp, s.fp, s.fn)
        s.recall = page_recall(s.tp, s.fp, s.fn)
        s.exact = tokenize(body) == tokenize(pred)
    withs = [k for k in map(snippet_key, truth.get("with") or []) if k]
    withouts = [k for k in map(snippet_key, truth.get("without") or []) if k]
    if withs or withouts:
        hay = haystack_key(pred)
        s.with_total = len(withs)
        s.with_found = sum(1 for k in withs if k in hay)
        s.without_total = len(withouts)
        s.without_present = sum(1 for k in withouts if k in hay)
    return s


def aggregate(pages: list[PageScore]) -> dict:
    body_pages = [p for p in pages if p.has_body]
    out: dict = {"pages": len(pages), "body_pages": len(body_pages)}
    if body_pages:
        prec = [p.precision for p in body_pages if p.precision is not None]
        rec = [p.recall for p in body_pages if p.recall is not None]
        P, R = _mean(prec), _mean(rec)
        out.update(precision=P, recall=R, f1=_f1(P, R),
                   accuracy=_mean([float(p.exact) for p in body_pages]))
    snip = [p for p in pages if p.with_total or p.without_total]
    if snip:
        wt = sum(p.with_total for p in snip)
        wf = sum(p.with_found for p in snip)
        nt = sum(p.without_total for p in snip)
        npres = sum(p.without_present for p in snip)
        sp = wf / (wf + npres) if wf + npres else 0.0
        sr = wf / wt if wt else 0.0
        out.update(snippet_pages=len(snip),
                   with_found=wf / wt if wt else None,
                   without_absent=(nt - npres) / nt if nt else None,
                   snippet_precision=sp, snippet_recall=sr,
                   snippet_f1=_f1(sp, sr))
    return out


def evaluate(truth: dict, preds: dict, n_bootstrap: int = 0, seed: int = 0) -> tuple[dict, list[PageScore]]:
    """Score preds ({id: text}) against truth ({id: {...}}); missing -> ''. No bootstrap here."""
    ids = sorted(truth)
    pages = [score_page(i, truth[i], preds.get(i) or "") for i in ids]
    return aggregate(pages), pages


def collect_predictions(records: list[dict], source_to_id: dict[str, str]) -> tuple[dict[str, str], int]:
    """Join the bodies of each page's records with blank lines, in emission order."""
    parts: dict[str, list[str]] = {}
    unmatched = 0
    for rec in records:
        src = str(rec.get("source"))
        pid = source_to_id.get(src)
        if pid is None:
            pid = source_to_id.get(os.path.abspath(src))
        if pid is None:
            pid = source_to_id.get(os.path.realpath(src))
        if pid is None:
            unmatched += 1
            continue
        body = rec.get("body")
        if body is None:
            continue
        parts.setdefault(pid, []).append(str(body))
    return {k: "\n\n".join(v) for k, v in parts.items()}, unmatched

"""The shape of the text-mode loss on one set's fit half: which decision drops the gold text.

    python benchmarks/loss.py ../shared/bench/scrapinghub
    python benchmarks/loss.py ../shared/bench/readability-tests --worst 25 --json loss.json

Cleans each page of the half (``--split``, default ``fit``: read failures on fit halves
only) from ``text/<id>.txt`` in this process and prints

* the half's precision, recall and F1 (score.py's per-page means, as ``accuracy.py``);
* the gold words lost, by the decision that dropped their block (its rule code; content
  scoring's CS501 with the feature it names: ``CS501:outside-main-text``) and by where the
  block stands against the page's kept text (``above`` its first kept block, ``between``,
  ``below`` its last);
* the words kept that are not in the gold, by where they stand against the gold's text
  (before its first block, inside, after its last) and by what kept them (content scoring,
  or the block model's readmission, CS505);
* the pages that lose most, each with its precision, recall and the codes that lost most.

A block is in the gold when half its 4-token shingles are (the metric's shingles). On a
set with must-have / must-not snippets only, it counts the must-have snippets inside
dropped blocks and the must-not snippets inside kept ones instead. A set whose LICENSE is
the Affero GPL (``dragnet``) is refused: measure it with ``accuracy.py``, never read it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchscore  # noqa: E402
from cleanscrape.io.text import read_text  # noqa: E402
from cleanscrape.pipeline import Pipeline  # noqa: E402
from cleanscrape.segment import segment  # noqa: E402

GOLD_SHARE = 0.5  # a block is the gold's when this share of its shingles is
_WORD = re.compile(r"\w+")


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def _decider(code: str | None, reason: str) -> str:
    if code == "CS501":
        return "CS501:" + reason.rsplit(":", 1)[-1].strip()
    return code or "segment"


def page_loss(pipe: Pipeline, text: str, gold: dict[str, object], source: str) -> dict[str, object]:
    """One page: its prediction's P/R and, per block, whether it was kept, what dropped it,
    where it stands and how much of it the gold holds."""
    doc = read_text(text, source=source)
    labelled = pipe.label(doc)
    articles = segment(labelled, source=source)
    kept_lines = {ln for a in articles for ln in a.lines}
    body = str(gold.get("articleBody") or "")
    shingles = set(benchscore.shingles(benchscore.tokenize(body)))
    withs = [_norm(str(s)) for s in gold.get("with", []) or []]  # type: ignore[union-attr]
    withouts = [_norm(str(s)) for s in gold.get("without", []) or []]  # type: ignore[union-attr]
    blocks = []
    for i, b in enumerate(doc.blocks):
        f = labelled.labels[i]
        kept = b.line in kept_lines
        own = list(benchscore.shingles(benchscore.tokenize(b.text)))
        share = sum(1 for s in own if s in shingles) / len(own) if own and body else None
        flat = _norm(b.text)
        blocks.append({"kept": kept, "by": "kept" if kept else _decider(f.code if f else None, f.reason if f else ""),
                       "model": bool(f is not None and f.code == "CS505"), "words": len(b.text.split()),
                       "gold": share, "with": sum(1 for s in withs if s and s in flat),
                       "without": sum(1 for s in withouts if s and s in flat)})
    first = next((k for k, b in enumerate(blocks) if b["kept"]), None)
    last = next((k for k in range(len(blocks) - 1, -1, -1) if blocks[k]["kept"]), None)
    golden = [k for k, b in enumerate(blocks) if b["gold"] is not None and b["gold"] >= GOLD_SHARE]
    for k, b in enumerate(blocks):
        if b["kept"]:  # a kept block: where it stands against the gold's text
            b["at"] = "(snippets only)" if not body else "(no gold text)" if not golden else \
                "before the gold" if k < golden[0] else \
                "after the gold" if k > golden[-1] else "inside the gold"
        else:  # a dropped one: against the kept text
            b["at"] = "none kept" if first is None or last is None else \
                "above" if k < first else "below" if k > last else "between"
    pred = "\n\n".join(a.body for a in articles)
    tp, fp, fn = benchscore.page_counts(body, pred)
    return {"p": benchscore.page_precision(tp, fp, fn) if body else None,
            "r": benchscore.page_recall(tp, fp, fn) if body else None, "blocks": blocks}


def summarise(pages: dict[str, dict[str, object]]) -> dict[str, object]:
    """The half's figures and the loss tables (see the module's doc)."""
    lost: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    leaked: Counter[str] = Counter()
    by_page: dict[str, Counter[str]] = {}
    for ident, page in pages.items():
        mine: Counter[str] = Counter()
        for b in page["blocks"]:  # type: ignore[attr-defined]
            share = b["gold"]
            if not b["kept"]:
                key = f"{b['by']} {b['at']}"
                if share is not None and share >= GOLD_SHARE:
                    lost[key] += b["words"]
                    mine[b["by"]] += b["words"]
                missed[key] += b["with"]
            else:
                key = f"{b['at']} {'CS505 readmitted' if b['model'] else 'content'}"
                if share is not None and share < GOLD_SHARE:
                    extra[key] += b["words"]
                leaked[key] += b["without"]
        by_page[ident] = mine
    ps = [p["p"] for p in pages.values() if p["p"] is not None]
    rs = [p["r"] for p in pages.values() if p["r"] is not None]
    precision = sum(ps) / len(ps) if ps else 0.0  # type: ignore[arg-type]
    recall = sum(rs) / len(rs) if rs else 0.0  # type: ignore[arg-type]
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pages": len(pages), "precision": precision, "recall": recall, "f1": f1,
            "lost_gold_words": dict(lost.most_common()), "kept_other_words": dict(extra.most_common()),
            "missed_must_have": dict((+missed).most_common()), "kept_must_not": dict((+leaked).most_common()),
            "by_page": {k: dict(v.most_common()) for k, v in by_page.items()}}


def _table(title: str, counts: dict[str, int], top: int) -> list[str]:
    total = sum(counts.values())
    if not total:
        return []
    out = [f"{title} ({total}):"]
    out += [f"  {k:48s} {v:7d}  {v / total:6.1%}" for k, v in list(counts.items())[:top]]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dataset", type=Path, help="a set laid out as the shared bench's (text/, ground-truth.json)")
    ap.add_argument("--split", choices=("fit", "check", "all"), default="fit", help="the half (default: fit)")
    ap.add_argument("--worst", type=int, default=15, help="the N pages that lose most")
    ap.add_argument("--top", type=int, default=15, help="rows of each table")
    ap.add_argument("--json", type=Path, help="write every figure here")
    args = ap.parse_args(argv)
    licence = args.dataset / "LICENSE"
    if licence.exists() and "Affero" in licence.read_text(encoding="utf-8", errors="replace"):
        print(f"loss.py: {args.dataset.name} is AGPL data: measure it with accuracy.py, never read its pages",
              file=sys.stderr)
        return 2
    truth = json.loads((args.dataset / "ground-truth.json").read_text(encoding="utf-8"))
    split_file = args.dataset / "split.json"
    halves = json.loads(split_file.read_text(encoding="utf-8")) if split_file.exists() else {}
    pipe = Pipeline()
    pages = {}
    for ident in sorted(truth):
        path = args.dataset / "text" / f"{ident}.txt"
        if not path.exists() or args.split != "all" and halves.get(ident, "fit") != args.split:
            continue
        pages[ident] = page_loss(pipe, path.read_bytes().decode("utf-8", "replace"), truth[ident], str(path))
    res = summarise(pages)
    scored = [k for k in pages if pages[k]["r"] is not None]
    figures = f"P={res['precision']:.4f} R={res['recall']:.4f} F1={res['f1']:.4f}" if scored else \
        "(must-have / must-not snippets only: accuracy.py gives their figures)"
    print(f"{args.dataset.name} {args.split}: {res['pages']} pages  {figures}")
    for title, key in (("gold words lost, by decision and place", "lost_gold_words"),
                       ("words kept outside the gold, by place and decider", "kept_other_words"),
                       ("must-have snippets in dropped blocks", "missed_must_have"),
                       ("must-not snippets in kept blocks", "kept_must_not")):
        for line in _table(title, res[key], args.top):  # type: ignore[arg-type]
            print(line)

    def f1(ident: str) -> float:
        p, r = pages[ident]["p"] or 0.0, pages[ident]["r"] or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0  # type: ignore[operator]
    if scored and args.worst:
        print("pages that lose most:")
        for ident in sorted(scored, key=f1)[:args.worst]:
            codes = ", ".join(f"{c} {w}" for c, w in list(res["by_page"][ident].items())[:3])  # type: ignore[index]
            print(f"  {ident[:24]:24s} F1={f1(ident):.3f} P={pages[ident]['p']:.3f} R={pages[ident]['r']:.3f}  {codes}")
    if args.json:
        args.json.write_text(json.dumps(res, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

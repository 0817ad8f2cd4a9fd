"""Where the gold text that cleanscrape's HTML mode loses goes, stage by stage, on fit halves.

    python benchmarks/recall_stage.py --bench ../shared/bench
    python benchmarks/recall_stage.py --bench ../shared/bench --sets readability-tests --pages 10

For each set (``--split``, default ``fit``: per-page failures are read on fit halves only;
``dragnet`` is refused, its pages are AGPL and only measured), each page is read and cleaned
in this process, and every piece of gold the output misses (a gold 4-shingle of score.py's
metric on a full-text set; a must-have snippet on a snippet set) is put in the first stage
that explains it:

* ``a`` the reader never offered it: no block holds it. Sub-classes say where the page
  holds it: in an element hidden by its markup (``hidden``, ``aria-hidden``, a ``display:
  none`` style or class), in a ``<template>``/``<noscript>`` or a form's widget, in a
  script (JSON-LD ``articleBody`` or another), only in the ``<head>``, or nowhere in the
  page's text (the gold's own wording, or a shingle that spans elements);
* ``b`` a block holds it, outside the text container the reader chose (its ``main`` hint
  false), and a rule the block model may not overturn dropped it (by code and reason);
* ``c`` a block inside the container (or on a page with no container) that a rule the block
  model may not overturn dropped (by code and reason);
* ``d`` a block a generic decision (CS501, CS502) dropped that the block model (CS505) may
  overturn and scored under its ``readmit`` probability (by code, inside or outside the
  container, and the score's band);
* ``e`` a block that stayed content but is not in the records (segmentation).

Figures are recall points: the share of the set's mean recall each class costs (on a
full-text set, missing shingles over the page's gold shingles, averaged over pages; on a
snippet set, missing must-have snippets over all must-have snippets). ``--pages N`` lists
the N pages that lose most, with their largest class.

``--dropped`` adds the other side, per class of the blocks the rules dropped (stages b, c and
d, keyed as above): what those blocks hold that the gold has (recall they cost) and what
they hold that it has not (the junk they rightly drop: on a full-text set, their shingles
outside the gold over the page's output shingles, averaged over pages, roughly the precision
that readmitting the class would cost; on a snippet set, the must-have and the must-not
snippets they hold). Gold conventions differ between sets (scrapinghub's and fundus-tests'
gold drop figure captions, readability-tests' keeps them): a class is worth readmitting only
where its gold side outweighs its junk side over all sets.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchscore  # noqa: E402
import realsets  # noqa: E402
from lxml import etree  # noqa: E402

from cleanscrape.io import html as reader  # noqa: E402
from cleanscrape.pipeline import Pipeline  # noqa: E402
from cleanscrape.rules.base import Context  # noqa: E402
from cleanscrape.rules.model import block_features, load_models, overturnable  # noqa: E402
from cleanscrape.segment import segment  # noqa: E402

NOT_VIEWED = realsets.NOT_VIEWED
REASON_WORDS = 5  # words of a rule's reason that name the decision
BANDS = (0.1, 0.3, 0.5)  # edges of the model's score bands under its readmit probability
_LD = re.compile(r'"articleBody"\s*:\s*"((?:[^"\\]|\\.){0,200000})"')


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def _reason(f) -> str:
    words = f.reason.split()
    if f.code == "CS505":
        return "CS505 " + " ".join(words[:3])
    return f"{f.code} {' '.join(words[:REASON_WORDS])}"


def _band(p: float) -> str:
    lo = max((b for b in BANDS if p >= b), default=0.0)
    hi = min((b for b in BANDS if b > p), default=None)
    return f"p {lo:.1f}-{hi:.1f}" if hi is not None else f"p >= {lo:.1f}"


def hidden_texts(data: bytes) -> list[tuple[str, str]]:
    """(where, text) of what the reader never reads, by kind, from the unpruned tree."""
    root = etree.fromstring(reader._as_utf8(data), reader._parser())
    if root is None:
        return []
    out: list[tuple[str, str]] = []
    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        text = " ".join(el.itertext()) if tag not in ("script", "style") else (el.text or "")
        if tag == "script":
            kind = "ld+json" if el.get("type") == "application/ld+json" else "other"
            if kind == "ld+json":
                for m in _LD.finditer(el.text or ""):
                    try:
                        out.append(("a: in JSON-LD articleBody", json.loads('"' + m.group(1) + '"')))
                    except ValueError:
                        pass
            out.append((f"a: in a script ({kind})", text))
        elif tag in ("template", "noscript"):
            out.append((f"a: in <{tag}>", text))
        elif tag == "head":
            out.append(("a: only in <head> (title, meta)", " ".join(
                [text] + [m.get("content", "") for m in el.iter("meta")])))
        elif tag in reader.DROP:
            out.append(("a: in a widget (button, select, iframe...)", text))
        elif reader._hidden(el.attrib, tag):
            out.append(("a: in an element hidden by markup", text))
    return out


class Stages:
    """Blocks and labels of one page, and where each gold piece stands."""

    def __init__(self, data: bytes, pipe: Pipeline, bare: Pipeline, models) -> None:
        doc = reader.read_html(data)
        self.doc = doc
        labelled = pipe.label(doc)
        self.labels = labelled.labels
        self.pred = "\n\n".join(a.body for a in segment(labelled))
        # what the generic decisions left for the model, and its score for each such block
        pre = bare.label(doc).labels
        ctx = Context(doc)
        ctx.findings[:] = pre
        self.pre = pre
        model = models.get("html")
        todo = [i for i, (b, f) in enumerate(zip(doc.blocks, pre))
                if f is not None and f.role.value != "content" and overturnable(f, b.hints)]
        self.score: dict[int, float] = {}
        if model is not None and todo:
            for i, feats in block_features(ctx, todo).items():
                self.score[i] = model.score(feats)
        self.readmit = model.readmit if model is not None else 1.0
        # tokens of the blocks in order, each with its block
        self.tokens: list[str] = []
        self.owner: list[int] = []
        for k, b in enumerate(doc.blocks):
            toks = benchscore.tokenize(b.text)
            self.tokens += toks
            self.owner += [k] * len(toks)
        self.hidden: list[tuple[str, str]] | None = None
        self.data = data

    def block_stage(self, k: int) -> str:
        f = self.labels[k]
        if f is None or f.role.value == "content":
            return "e: kept, not in the records (segment)"
        h = self.doc.blocks[k].hints
        where = {True: "in container", False: "outside container"}.get(h.get("main"), "no container")
        pre = self.pre[k]
        if k in self.score and pre is not None:
            p = self.score[k]
            band = _band(p) if p < self.readmit else "p >= readmit (skipped)"
            return f"d: model scored {band}: {_reason(pre)} ({where})"
        if h.get("main") is False:
            return f"b: outside container: {_reason(f)}"
        return f"c: {where}: {_reason(f)}"

    def absent_stage(self, probe) -> str:
        if self.hidden is None:
            self.hidden = hidden_texts(self.data)
        for where, text in self.hidden:
            if probe(text):
                return where
        return "a: nowhere in the page's text (wording, or across elements)"


def shingle_losses(st: Stages, body: str, scorer) -> tuple[Counter, int]:
    """Missing gold shingles by stage, and the page's gold shingle count."""
    gold = scorer.shingles(scorer.tokenize(body))
    missing = gold - scorer.shingles(scorer.tokenize(st.pred))
    where: dict[tuple[str, ...], list[int]] = {}
    toks, owner = st.tokens, st.owner
    for i in range(max(len(toks) - 3, 0)):
        where.setdefault(tuple(toks[i:i + 4]), []).append(i)
    out: Counter = Counter()
    hidden_sets: list[tuple[str, set]] | None = None
    for sh, n in missing.items():
        spots = where.get(sh)
        if spots:
            stages = [st.block_stage(owner[i + j]) for i in spots for j in range(4)]
            lost = [s for s in stages if not s.startswith("e:")]
            out[(lost or stages)[0]] += n
            continue
        if hidden_sets is None:
            st.hidden = st.hidden if st.hidden is not None else hidden_texts(st.data)
            hidden_sets = [(w, set(scorer.shingles(scorer.tokenize(t)))) for w, t in st.hidden]
        out[next((w for w, s in hidden_sets if sh in s),
                 "a: nowhere in the page's text (wording, or across elements)")] += n
    return out, sum(gold.values())


def snippet_losses(st: Stages, truth: dict, scorer) -> tuple[Counter, int]:
    """Missing must-have snippets by stage, and the page's must-have count."""
    withs = [k for k in map(scorer.snippet_key, truth.get("with") or []) if k]
    hay = scorer.haystack_key(st.pred)
    keys = [scorer.haystack_key(b.text) for b in st.doc.blocks]
    out: Counter = Counter()
    for key in withs:
        if key in hay:
            continue
        spots = [k for k, h in enumerate(keys) if key in h]
        if not spots:  # across two blocks
            spots = [k for k in range(len(keys) - 1) if key in keys[k].rstrip() + keys[k + 1]]
        if spots:
            stages = [st.block_stage(k) for k in spots]
            lost = [s for s in stages if not s.startswith("e:")]
            out[(lost or stages)[0]] += 1
            continue
        out[st.absent_stage(lambda text, key=key: key in scorer.haystack_key(text))] += 1
    return out, len(withs)


def dropped_balance(st: Stages, truth: dict, scorer) -> tuple[Counter, Counter]:
    """Per class of dropped block (stages b, c, d), the gold it holds and the junk it holds:
    shares of the page's gold and output shingles on a full-text set, must-have and must-not
    snippet counts on a snippet set."""
    body = truth.get("articleBody") or ""
    gold_side: Counter = Counter()
    junk_side: Counter = Counter()
    if body.strip():
        gold = scorer.shingles(scorer.tokenize(body))
        n_gold = sum(gold.values()) or 1
        n_pred = sum(scorer.shingles(scorer.tokenize(st.pred)).values()) or 1
    else:
        withs = [k for k in map(scorer.snippet_key, truth.get("with") or []) if k]
        withouts = [k for k in map(scorer.snippet_key, truth.get("without") or []) if k]
    for k, b in enumerate(st.doc.blocks):
        f = st.labels[k]
        if f is None or f.role.value == "content":
            continue
        cls = st.block_stage(k)
        if body.strip():
            held = scorer.shingles(scorer.tokenize(b.text))
            in_gold = sum(v for sh, v in held.items() if sh in gold)
            gold_side[cls] += in_gold / n_gold
            junk_side[cls] += (sum(held.values()) - in_gold) / n_pred
        else:
            hay = scorer.haystack_key(b.text)
            gold_side[cls] += sum(1 for key in withs if key in hay)
            junk_side[cls] += sum(1 for key in withouts if key in hay)
    return gold_side, junk_side


def one_set(bench: Path, name: str, args, scorer) -> None:
    ps = realsets.load_set(bench / name, args.split)
    pipe, bare = Pipeline(), Pipeline().without("CS505")
    models = load_models()
    total: Counter = Counter()
    per_page: list[tuple[float, str, str]] = []
    gold_side: Counter = Counter()
    junk_side: Counter = Counter()
    pages, weight = 0, 0
    for pid in sorted(ps.truth):
        path = ps.inputs["html"].get(pid)
        if path is None:
            continue
        truth = ps.truth[pid]
        st = Stages(_read(path), pipe, bare, models)
        body = truth.get("articleBody") or ""
        if body.strip():
            lost, n = shingle_losses(st, body, scorer)
            pages += 1
            share = Counter({k: v / n for k, v in lost.items()}) if n else Counter()
        else:
            lost, n = snippet_losses(st, truth, scorer)
            weight += n
            share = Counter(lost)
        total += share
        if args.dropped:
            g, j = dropped_balance(st, truth, scorer)
            gold_side += g
            junk_side += j
        if share:
            top, v = share.most_common(1)[0]
            per_page.append((sum(share.values()), pid, f"{top} {v:.3f}" if pages else f"{top} {v:.0f}"))
    denom = pages or weight or 1
    unit = "recall points (shingles)" if pages else "recall points (must-have snippets)"
    print(f"## {name} ({args.split}, {len(ps.truth)} pages): {unit}, total lost {sum(total.values()) / denom:.4f}\n")
    by_stage: Counter = Counter()
    for k, v in total.items():
        by_stage[k.split(":")[0]] += v
    names = {"a": "a: never offered by the reader", "b": "b: in a block outside the container",
             "c": "c: dropped by a rule the model may not overturn", "d": "d: model (CS505) scored below readmit",
             "e": "e: kept, lost in segmentation"}
    print("| stage | lost |\n|---|---:|")
    for k in sorted(by_stage):
        print(f"| {names.get(k, k)} | {by_stage[k] / denom:.4f} |")
    print("\n| class | lost |\n|---|---:|")
    for k, v in total.most_common(args.top):
        print(f"| {k} | {v / denom:.4f} |")
    if args.pages:
        print(f"\npages that lose most ({unit}, largest class):")
        for v, pid, top in sorted(per_page, reverse=True)[:args.pages]:
            print(f"  {v:.3f} {pid} {top}" if pages else f"  {v:.0f} {pid} {top}")
    if args.dropped:
        sides = ("gold held (recall points)", "junk dropped (output points)") if pages else \
            ("must-have snippets held", "must-not snippets held")
        print(f"\nblocks the rules dropped, by class: {sides[0]} against {sides[1]}\n")
        print(f"| class | {sides[0]} | {sides[1]} |\n|---|---:|---:|")
        per = pages or 1
        for k in sorted(gold_side.keys() | junk_side.keys(), key=lambda k: -(gold_side[k] + junk_side[k]))[:args.top]:
            print(f"| {k} | {gold_side[k] / per:.4f} | {junk_side[k] / per:.4f} |" if pages else
                  f"| {k} | {gold_side[k]:.0f} | {junk_side[k]:.0f} |")
    print()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, required=True, help="the folder holding score.py and the sets")
    ap.add_argument("--sets", default="", help="comma-separated sets (default: all but dragnet)")
    ap.add_argument("--split", choices=("fit", "check", "all"), default="fit", help="the half (default: fit)")
    ap.add_argument("--top", type=int, default=25, help="classes listed per set")
    ap.add_argument("--pages", type=int, default=0, help="list the N pages that lose most")
    ap.add_argument("--dropped", action="store_true",
                    help="per class of dropped blocks, the gold they hold against the junk they rightly drop")
    args = ap.parse_args(argv)
    wanted = [s for s in args.sets.split(",") if s]
    if realsets.refused("recall_stage.py", wanted):
        return 2
    names = [s for s in realsets.find_sets(args.bench, wanted or None) if s not in NOT_VIEWED]
    scorer = benchscore.scorer(args.bench)
    for name in names:
        one_set(args.bench, name, args, scorer)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

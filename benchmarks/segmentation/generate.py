#!/usr/bin/env python3
"""Generate the multi-story segmentation benchmark (issue #18).

    python benchmarks/segmentation/generate.py --bench ../shared/bench --out DIR --half heldout --seed 0
    python3 ../shared/bench/score_pages.py --set DIR

Wraps real article texts (bodies and headlines of ``../shared/bench``'s
``scrapinghub`` and ``fundus-tests``) in page skeletons drawn from the grammar
(``grammar.py``, words in ``locales.py``) and writes ``DIR/pages/NAME.txt`` and
``DIR/gold/NAME.json`` in the format ``score_pages.py`` reads. Seeded: the same
arguments give the same bytes. The pages are built at run time and never
committed: the texts belong to the shared sets.

Which texts: ``--half fit`` renders the fit families with the texts of the
source sets' ``fit`` halves (``split.json``, by site), ``--half heldout`` the
held-out families with the ``check`` halves' texts, so a held-out page is new
in both its template and its text. Not used: ``dragnet`` (AGPL-3.0),
``trafilatura-eval`` (snippets, no bodies), ``readability-tests`` (its gold is
Readability.js's output, which keeps kickers and captions in the body).
``--texts FILE`` uses texts of your own instead (JSON list of
``{"title", "paragraphs", "lang"}``), for tests that run without ``../shared``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from grammar import HALVES, families, render_page  # noqa: E402
from locales import LOCALES, STOPWORDS  # noqa: E402

SOURCES = ("scrapinghub", "fundus-tests")
SOURCE_HALF = {"fit": "fit", "heldout": "check", "probe": "fit", "probe2": "fit", "probe3": "fit", "probe4": "fit", "probe5": "fit", "probe6": "fit", "probe7": "fit", "probe8": "fit", "probe9": "fit", "probe10": "fit"}
FRONT_SHARE = 0.08  # pages that are a section front with no story
_WORD = re.compile(r"\w+")


def ws(s: str) -> str:
    return " ".join(s.split())


def guess_lang(paragraphs: list[str]) -> str | None:
    toks = [t.casefold() for t in _WORD.findall(" ".join(paragraphs[:12]))]
    if len(toks) < 30:
        return None
    hits = {lang: sum(t in sw for t in toks) for lang, sw in STOPWORDS.items()}
    lang = max(sorted(hits), key=hits.get)
    return lang if hits[lang] >= 0.1 * len(toks) else None


def _html_title(path: Path) -> str | None:
    """The page's headline: the first ``<h1>`` that its ``og:title`` or ``<title>``
    repeats (an ``<h1>`` alone is often the site's name or a widget's)."""
    import lxml.html

    try:
        raw = gzip.open(path).read() if path.suffix == ".gz" else path.read_bytes()
        doc = lxml.html.document_fromstring(raw.decode("utf-8", "replace"))
    except (OSError, ValueError):
        return None
    meta = " ".join(doc.xpath('//meta[@property="og:title"]/@content') + doc.xpath("//title/text()"))
    meta = ws(meta).casefold()
    for h in doc.iter("h1"):
        t = ws(h.text_content())
        if len(t.split()) >= 3 and t.casefold() in meta:
            return t
    return None


def clean_text(title: str | None, body: str) -> dict | None:
    paras = list(dict.fromkeys(ws(p) for p in body.splitlines() if p.strip()))
    if not title:
        return None
    title = ws(title)
    paras = [p for p in paras if p.casefold() != title.casefold()]
    if not (3 <= len(title.split()) <= 30) or len(title) > 200 or len(paras) < 2:
        return None
    lang = guess_lang(paras)
    if lang is None:
        return None
    return {"title": title, "paragraphs": paras, "lang": lang}


def load_bench_texts(bench: Path, half: str) -> list[dict]:
    """Real texts of the source sets' half that goes with the family half."""
    want = SOURCE_HALF[half]
    texts = []
    for name in SOURCES:
        d = bench / name
        gt = json.loads((d / "ground-truth.json").read_text(encoding="utf-8"))
        split = json.loads((d / "split.json").read_text(encoding="utf-8"))
        for tid in sorted(gt):
            if split.get(tid) != want:
                continue
            rec = gt[tid]
            title = rec.get("title") or _html_title(d / "html" / f"{tid}.html.gz")
            t = clean_text(title, rec.get("articleBody") or "")
            if t:
                t["id"] = f"{name}/{tid}"
                texts.append(t)
    return texts


def load_own_texts(path: Path) -> list[dict]:
    return [dict(t, id=f"own/{i}") for i, t in enumerate(json.loads(path.read_text(encoding="utf-8")))]


def build(texts: list[dict], half: str, seed: int = 0, n_pages: int = 330) -> list[tuple[str, str, dict]]:
    """The pages of one half: [(name, page text, gold)]."""
    rng = random.Random(f"segbench-{half}-{seed}")
    fams = families(half)
    pools: dict[str, list[dict]] = {}
    for t in texts:
        pools.setdefault(t["lang"], []).append(t)
    langs = sorted(pools)
    weights = [len(pools[lang]) ** 0.5 for lang in langs]
    others = sorted(LOCALES)
    big_pool = pools[max(langs, key=lambda x: len(pools[x]))]
    pages = []
    for i in range(n_pages):
        fam = fams[i % len(fams)]
        lang = rng.choices(langs, weights)[0]
        pool = pools[lang]
        # the template speaks the copy's language, or (a quarter of the pages) another
        # one: wire copy on a foreign portal; so that every locale's labels are met
        loc = lang if lang in LOCALES and rng.random() < 0.75 else rng.choice(others)
        if rng.random() < FRONT_SHARE:
            n = 0
        else:
            n = rng.randint(*fam["stories"])
        picked = rng.sample(pool, min(n, len(pool)))
        if len(picked) < n:  # a small language: the feed tops up with copy of the largest pool
            picked += rng.sample([t for t in big_pool if t not in picked], n - len(picked))
        lo, hi = fam.get("body_len", (3, 9))
        stories = [{"title": t["title"], "paragraphs": t["paragraphs"][: rng.randint(lo, hi)]} for t in picked]
        rest = [t for t in pool + ([] if len(pool) > 30 else big_pool) if t not in picked]
        rng.shuffle(rest)
        heads = [t["title"] for t in rest[:14]]
        teasers = [_first_sentence(t["paragraphs"][0]) for t in rest[14:24]]
        text, gold = render_page(rng, fam, loc, stories, heads, teasers)
        gold["notes"] += f"; copy {lang}; texts: {', '.join(t['id'] for t in picked) or '-'}"
        pages.append((f"{fam['name']}-{i:03d}", text, gold))
    return pages


def _first_sentence(p: str) -> str:
    m = re.match(r"(.{20,}?[.!?])\s", p + " ")
    s = m.group(1) if m else p
    words = s.split()
    return " ".join(words[:30]) + ("…" if len(words) > 30 else "")


def write(out: Path, pages: list[tuple[str, str, dict]]) -> None:
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for name, text, gold in pages:
        (out / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        (out / "gold" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="example: generate.py --bench ../shared/bench --out /tmp/seg --half heldout")
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--bench", type=Path, help="the shared bench folder (../shared/bench)")
    src.add_argument("--texts", type=Path, help="JSON list of your own {title, paragraphs, lang}")
    ap.add_argument("--out", type=Path, required=True, help="folder to write pages/ and gold/ into")
    ap.add_argument("--half", choices=[*HALVES, "probe", "probe2", "probe3", "probe4", "probe5", "probe6", "probe7", "probe8", "probe9", "probe10", "both"], default="heldout")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--pages", type=int, default=330, help="pages per half (default 330)")
    args = ap.parse_args(argv)
    for half in HALVES if args.half == "both" else (args.half,):
        t0 = time.perf_counter()
        texts = load_bench_texts(args.bench, half) if args.bench else load_own_texts(args.texts)
        if not texts:
            print("no usable texts", file=sys.stderr)
            return 2
        pages = build(texts, half, args.seed, args.pages)
        write(args.out, pages)
        n_st = sum(len(g["articles"]) for _, _, g in pages)
        fronts = sum(not g["articles"] for _, _, g in pages)
        print(f"{half}: {len(pages)} pages ({fronts} with no story), {n_st} stories, "
              f"{len(texts)} texts, families {', '.join(dict.fromkeys(f['name'] for f in families(half)))}; "
              f"{time.perf_counter() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

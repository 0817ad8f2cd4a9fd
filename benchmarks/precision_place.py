"""Where the kept-but-not-gold text stands: above the story, inside it, or below it (fit halves).

    python benchmarks/precision_place.py --bench ../shared/bench
    python benchmarks/precision_place.py --bench ../shared/bench --sets fundus-tests --examples 8
    python benchmarks/precision_place.py --bench ../shared/bench --input-format html --examples 4

For each set (fit half only; ``dragnet`` is refused, its pages are AGPL and only measured),
every page is cleaned from ``text/<id>.txt`` in this process, as ``accuracy.py`` cleans it.
On a set with full-text gold, the 4-shingles of the joined records are matched against the
gold's as the score matches them (each gold shingle once); a shingle the gold lacks is a false
positive of the kept paragraph it starts in. A paragraph's false positives are counted as a
share of the page's shingles (the page's precision loss: the score averages precision over
pages) and summed over the set's pages, so a row's figure is the points of the set's mean
precision it costs. The paragraph's place is read against the kept paragraphs that are gold
(half the shingles that start in them or more): ``above`` the first,
``inside`` (between the first and the last), ``below`` the last; and its shape in the page
(``text_gap.page_shapes``: a short line with a date, a line the page prints twice, a list mark,
one of a run of short lines, short or long), with ``first`` added for the kept blocks before
the page's first paragraph-length kept line. On a snippet set (trafilatura-eval) the must-not
snippets text mode keeps are counted, placed against the blocks that hold the must-have
snippets it finds.

With ``--input-format html`` the pages are read from ``html/<id>.html[.gz]`` and cleaned as
``accuracy.py --input-format html`` cleans them, and a row's key is the place, the kept block's
HTML tag, what kept it (``rules``: no decision took it; else the code of the finding that
brought it back, ``CS505`` the block model's, ``CS514`` sibling text...) and ``links`` when half
of its characters or more are link text. An HTML page's blocks share source lines, so each
record paragraph is matched to the block of its line that holds its text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchscore  # noqa: E402
from accuracy import html_page  # noqa: E402
from text_gap import NOT_VIEWED, page_shapes  # noqa: E402

from cleanscrape.document import Block, Document, Role  # noqa: E402
from cleanscrape.engine import Labelled  # noqa: E402
from cleanscrape.io.html import read_html  # noqa: E402
from cleanscrape.io.text import read_text  # noqa: E402
from cleanscrape.pipeline import Pipeline  # noqa: E402
from cleanscrape.segment import segment  # noqa: E402

SETS = ("trafilatura-eval", "readability-tests", "fundus-tests", "scrapinghub")
PLACES = ("above", "inside", "below")
FIRST_WORDS = 25  # words: a kept line this long is a paragraph (the story's first, if it is the page's first)
LINK_SHARE = 0.5  # an HTML block with this share of link text or more is a link line (its row says ``links``)


def _marks(kept: list[tuple[Block, str]], body: str) -> list[list[bool]]:
    """For each kept paragraph, whether each 4-shingle of the joined prediction it owns is one the
    gold holds (matched as the score matches them, each gold shingle once). A shingle within one
    paragraph is that paragraph's; a missed shingle across paragraphs is owned by the one of them
    whose own shingles the gold holds least (a trailer's first words joined to the story's last
    ones are the trailer's miss), a matched one by the paragraph it starts in."""
    n = benchscore.SHINGLE_N
    toks: list[str] = []
    owner: list[int] = []
    for k, (_, t) in enumerate(kept):
        w = benchscore.tokenize(t)
        toks.extend(w)
        owner.extend([k] * len(w))
    if not toks:
        return []
    g = benchscore.shingles(benchscore.tokenize(body))
    hits = []
    for i in range(max(1, len(toks) - n + 1)):
        sh = tuple(toks[i:i + n])
        hits.append(g[sh] > 0)
        if hits[-1]:
            g[sh] -= 1
    inner: list[list[bool]] = [[] for _ in kept]
    for i, hit in enumerate(hits):
        if owner[i] == owner[min(i + n, len(toks)) - 1]:
            inner[owner[i]].append(hit)
    share = [sum(m) / len(m) if m else 0.0 for m in inner]
    marks: list[list[bool]] = [[] for _ in kept]
    for i, hit in enumerate(hits):
        span = range(owner[i], owner[min(i + n, len(toks)) - 1] + 1)
        marks[owner[i] if hit else min(span, key=share.__getitem__)].append(hit)
    return marks


def _read(root: Path, ident: str, html: bool) -> tuple[Path, Document] | None:
    """The page's input and its document (text from ``text/``, HTML from ``html/``); None when absent."""
    if not html:
        tpath = root / "text" / f"{ident}.txt"
        if not tpath.exists():
            return None
        return tpath, read_text(tpath.read_bytes().decode("utf-8", "replace"), source=str(tpath))
    found = html_page(root, ident)
    if found is None:
        return None
    hpath, data = found
    return hpath, read_html(data, source=str(hpath))


def _kept_blocks(lab: Labelled, path: Path) -> list[tuple[Block, str]]:
    """Each record paragraph with the block it was cut from: the first unused block of its line that
    holds its text (else the first unused kept one, else the first unused one), as an HTML page's
    blocks share source lines; a text page's line is one block's."""
    by_line: dict[int, list[Block]] = defaultdict(list)
    for b in lab.doc.blocks:
        by_line[b.line].append(b)
    used: set[int] = set()
    kept: list[tuple[Block, str]] = []
    for a in segment(lab, source=str(path)):
        for ln, t in zip(a.lines, a.paragraphs):
            free = [b for b in by_line.get(ln, ()) if b.index not in used]
            if not free:
                continue
            b = next((b for b in free if b.text == t), None) \
                or next((b for b in free if lab.role(b.index) is Role.CONTENT), free[0])
            used.add(b.index)
            kept.append((b, t))
    return kept


def _html_shape(lab: Labelled, b: Block) -> str:
    """An HTML block's row key: its tag, what kept it, and ``links`` for a link line."""
    f = lab.labels[b.index]
    links = " links" if (b.hints.get("link_density") or 0.0) >= LINK_SHARE else ""
    return f"{b.hints.get('tag') or '?'} {f.code if f is not None else 'rules'}{links}"


def _place(k: int, marks: list[int]) -> str:
    return "?" if not marks else "above" if k < marks[0] else "below" if k > marks[-1] else "inside"


def set_place(root: Path, examples: int, html: bool = False) -> dict[str, object]:
    """The per-place and per-shape precision loss of one set's fit half (``html``: HTML mode's)."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    halves = json.loads((root / "split.json").read_text(encoding="utf-8"))
    pipe = Pipeline()
    loss: Counter[str] = Counter()
    ex: dict[str, list[tuple[float, str]]] = defaultdict(list)
    pages = 0
    for ident in sorted(truth):
        read = _read(root, ident, html) if halves.get(ident) == "fit" else None
        if read is None:
            continue
        path, doc = read
        gold = truth[ident]
        lab = pipe.label(doc)
        kept = _kept_blocks(lab, path)
        shapes = [_html_shape(lab, b) for b in doc.blocks] if html else page_shapes(doc)
        pages += 1
        body = str(gold.get("articleBody") or "")
        if body:
            marks = _marks(kept, body)
            if not marks:
                continue
            total = sum(len(m) for m in marks)
            golden = sorted(b.index for (b, _), m in zip(kept, marks) if m and sum(m) * 2 >= len(m))
            items = [(b, (len(m) - sum(m)) / total) for (b, _), m in zip(kept, marks)]
        else:
            hay = {b.index: benchscore.haystack_key(t) for b, t in kept}
            withs = [k for k in map(benchscore.snippet_key, gold.get("with") or []) if k]
            golden = sorted({i for k in withs for i, h in hay.items() if k in h})
            items = []
            for k in (k for k in map(benchscore.snippet_key, gold.get("without") or []) if k):
                b = next((b for b, _ in kept if k in hay[b.index]), None)
                if b is not None:
                    items.append((b, 1.0))
        first_long = next((b.index for b, t in kept if len(t.split()) >= FIRST_WORDS), None)
        for b, fp in items:
            if fp <= 0:
                continue
            at = _place(b.index, golden)
            lead = " first" if first_long is not None and b.index < first_long else ""
            loss[at] += fp
            key = f"{at:7s} {shapes[b.index]}{lead}"
            loss[key] += fp
            ex[key].append((fp, f"{ident[:24]}: {b.text[:110]}"))
    return {"pages": pages, "loss": loss,
            "ex": {k: [t for _, t in sorted(v, reverse=True)[:examples]] for k, v in ex.items()}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, required=True, help="the shared bench directory")
    ap.add_argument("--sets", nargs="*", default=list(SETS), help="sets to read (fit halves)")
    ap.add_argument("--top", type=int, default=12, help="shape rows shown per set")
    ap.add_argument("--examples", type=int, default=0, help="lines shown per shape row (the costliest first)")
    ap.add_argument("--input-format", choices=("text", "html"), default="text",
                    help="the mode read: text/<id>.txt, or html/<id>.html[.gz] (rows by tag and what kept the block)")
    args = ap.parse_args(argv)
    for name in args.sets:
        if name in NOT_VIEWED:
            print(f"{name}: refused (AGPL pages: measured only, never read)", file=sys.stderr)
            continue
        out = set_place(args.bench / name, args.examples, html=args.input_format == "html")
        loss: Counter[str] = out["loss"]  # type: ignore[assignment]
        n = int(out["pages"])  # type: ignore[call-overload]
        snippets = name == "trafilatura-eval"
        unit = "must-not snippets kept" if snippets else "points of mean precision"
        tot = sum(loss[p] for p in (*PLACES, "?"))
        print(f"{name} fit ({args.input_format}): {n} pages; {unit}: {tot if snippets else 100 * tot / n:.2f}")
        for p in (*PLACES, "?"):
            if loss[p]:
                v = loss[p] if snippets else 100 * loss[p] / n
                print(f"  {p:7s} {v:8.2f}  {loss[p] / tot:6.1%}")
        rows = Counter({k: v for k, v in loss.items() if " " in k})
        for k, v in rows.most_common(args.top):
            print(f"    {k:34s} {v if snippets else 100 * v / n:8.2f}  {v / tot:6.1%}")
            for e in out["ex"].get(k, []):  # type: ignore[attr-defined]
                print(f"        {e}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

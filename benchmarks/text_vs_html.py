"""HTML mode as text mode's teacher: each text-mode line against HTML mode's records and the gold.

    python benchmarks/text_vs_html.py --bench ../shared/bench
    python benchmarks/text_vs_html.py --bench ../shared/bench --sets scrapinghub --examples 5

The same pages exist as plain text and as HTML, and HTML mode scores better on them. For each
set (fit half only; ``dragnet`` is refused: its pages are AGPL, measured by accuracy.py, never
read here), every page is cleaned from ``text/<id>.txt`` and from ``html/<id>.html.gz`` in
this process (``text_gap.Page``), and each line of the text page is marked three times: kept by
text mode (a record's line), kept by HTML mode (half its 4-shingles in HTML mode's records) and
gold (half its shingles in ``articleBody``; on a snippet set, a line holding a must-have snippet
is gold and one holding a must-not snippet is not, other lines are left out). Two kinds of line
are counted, in words:

* ``extra``: kept by text mode, dropped by HTML mode, not gold (the precision HTML mode has and
  text mode lacks);
* ``lost``: dropped by text mode, kept by HTML mode, gold, and not printed elsewhere in text
  mode's records (the recall HTML mode has; a page's second print of its article, such as a
  metadata dump, is no loss when text mode keeps the first).

Each is grouped by the text-mode finding that decided the line (its code; ``kept`` for a kept
line no finding touched, ``segment`` for a dropped one no finding labelled) and by the line's
place against the article's run in the text page: an ``extra`` line against the gold's run
(``before`` its first gold line, ``inside``, ``after`` its last), a ``lost`` line (gold, so
always inside the gold's run) against the run text mode kept (``before`` its first kept line,
``inside``, ``after`` its last; ``none`` when it kept nothing), then by the line's shape in the page (``text_gap.page_shapes``: a date, a
line printed twice, a list mark, one of a run of short lines, short or long). ``--examples N``
prints N lines of each of the largest groups, with their page. Figures are words, so a group's
size is what it costs.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import text_gap  # noqa: E402
from text_gap import KEPT_SHARE, Page, _norm, _shingles, page_shapes  # noqa: E402


SETS = ("scrapinghub", "trafilatura-eval", "readability-tests", "fundus-tests")


def _gold_marks(page: Page, gold: dict[str, object]) -> list[bool | None]:
    """Each text block: gold (True), not gold (False), or unknown (None: a snippet page's line
    that holds no snippet)."""
    body = str(gold.get("articleBody") or "")
    blocks = page.tdoc.blocks
    if body.strip():
        gsh = _shingles(body)
        return [bool(sh) and len(sh & gsh) >= KEPT_SHARE * len(sh) if (sh := _shingles(b.text)) else None
                for b in blocks]
    want = [" " + " ".join(t) + " " for s in gold.get("with", []) or [] if (t := _norm(str(s)))]  # type: ignore[attr-defined]
    avoid = [" " + " ".join(t) + " " for s in gold.get("without", []) or [] if (t := _norm(str(s)))]  # type: ignore[attr-defined]
    out: list[bool | None] = []
    for b in blocks:
        flat = " " + " ".join(_norm(b.text)) + " "
        out.append(True if any(s in flat for s in want) else False if any(s in flat for s in avoid) else None)
    return out


def page_lines(page: Page, gold: dict[str, object]) -> list[tuple[str, str, str, str, int, str]]:
    """(kind, code, place, shape, words, text) of each text line that is ``extra`` or ``lost``
    (see the module's docstring)."""
    marks = _gold_marks(page, gold)
    golden = [k for k, g in enumerate(marks) if g]
    kept = [k for k, b in enumerate(page.tdoc.blocks) if b.line in page.tkept]
    shapes = page_shapes(page.tdoc)
    out = []
    for k, b in enumerate(page.tdoc.blocks):
        g = marks[k]
        sh = _shingles(b.text)
        if g is None or not sh:
            continue
        in_t = b.line in page.tkept
        in_h = len(sh & page.h_sh) >= KEPT_SHARE * len(sh)
        if in_t and not in_h and not g:
            kind = "extra"
        elif not in_t and in_h and g and len(sh & page.t_sh) < KEPT_SHARE * len(sh):  # (not a second print of text kept)
            kind = "lost"
        else:
            continue
        f = page.tlabels[b.index]
        code = f.code if f is not None else "kept" if in_t else "segment"
        run = golden if kind == "extra" else kept  # a gold line is always inside the gold's run
        place = "none" if not run else "before" if k < run[0] else "after" if k > run[-1] else "inside"
        out.append((kind, code, place, shapes[k], len(b.text.split()), b.text))
    return out


def set_lines(root: Path, examples: int) -> dict[str, object]:
    """The set's fit half: pages read, and per kind (``extra``, ``lost``) the words by
    ``code place``, by ``place shape`` and the examples of each ``code place`` group."""
    by_code: dict[str, Counter[str]] = {"extra": Counter(), "lost": Counter()}
    by_shape: dict[str, Counter[str]] = {"extra": Counter(), "lost": Counter()}
    ex: dict[str, list[str]] = defaultdict(list)
    pages = 0
    for ident, gold, page in text_gap.fit_pages(root):
        pages += 1
        for kind, code, place, shape, words, text in page_lines(page, gold):
            key = f"{code} {place}"
            by_code[kind][key] += words
            by_shape[kind][f"{place} {shape}"] += words
            if len(ex[f"{kind} {key}"]) < examples:
                ex[f"{kind} {key}"].append(f"{ident[:20]} {text[:110]}")
    return {"pages": pages, "by_code": by_code, "by_shape": by_shape, "examples": ex}


def main(argv: list[str] | None = None) -> int:
    args = text_gap.fit_half_args(argv, __doc__, "text_vs_html.py", 12, SETS)
    if args is None:
        return 2
    totals: dict[str, Counter[str]] = {"extra": Counter(), "lost": Counter()}
    for name in args.sets:
        res = set_lines(args.bench / name, args.examples)
        print(f"{name} fit: {res['pages']} pages")
        for kind, title in (("extra", "kept by text, dropped by HTML, not gold"),
                            ("lost", "dropped by text, kept by HTML, gold")):
            counts: Counter[str] = res["by_code"][kind]  # type: ignore[index]
            totals[kind].update(counts)
            text_gap._table(f"{kind}: {title}, by code and place", counts, args.top)
            for key, _ in counts.most_common(args.top if args.examples else 0):
                for e in res["examples"].get(f"{kind} {key}", []):  # type: ignore[attr-defined]
                    print(f"      [{key}] {e}")
            text_gap._table(f"{kind}: by place and shape", res["by_shape"][kind], args.top)  # type: ignore[index]
    if len(args.sets) > 1:
        print("all sets:")
        for kind in ("extra", "lost"):
            text_gap._table(f"{kind} by code and place", totals[kind], args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

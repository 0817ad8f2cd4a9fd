"""What text mode loses (and keeps) that HTML mode does not, on the same pages, on fit halves.

    python benchmarks/text_gap.py --bench ../shared/bench
    python benchmarks/text_gap.py --bench ../shared/bench --sets readability-tests --examples 5

For each set (fit half only: per-page failures are read on fit halves, never on check ones;
``dragnet`` is refused, its pages are AGPL and only measured), every page is cleaned twice in
this process, from ``html/<id>.html.gz`` and from ``text/<id>.txt``, and its gold is cut
into lines (the lines of ``articleBody``; on a snippet set, the must-have snippets). A gold
line is kept by a mode when half its 4-shingles (a snippet: all its words, in order) are in
that mode's records. The script prints

* the gold lines HTML mode keeps and text mode drops, by the text-mode finding that dropped
  the text block holding the line (its code and the first words of its reason, the audit a
  record's ``removed`` spans give; ``segment`` when the block stayed content but no record
  holds it), where that block stands against text mode's kept blocks (``above`` the first,
  ``between``, ``below`` the last), and by the line's shape: ``heading``, ``list item``,
  ``table row``, ``quote``,
  ``code`` from the HTML block that holds it (its tag and the list, table and quote
  elements around it), else ``short paragraph`` (under 25 words) or ``paragraph``;
* the precision side: text blocks text mode keeps that HTML mode drops and the gold lacks,
  by what kept them (content scoring, or the block model's readmission, CS505) and by shape
  (the text block's own: short, ending in a full stop or not, a list marker), and again by the
  block's place against the gold's blocks (``above`` the first, ``inside``, ``below`` the last)
  and its shape in the page (``page_shapes``: a short line holding a date, a line the page
  prints twice, a list mark, one of a run of short lines, short or long); on a snippet set,
  the must-not snippets text mode keeps and HTML mode drops, by the same shapes (the place is
  then against text mode's kept blocks);
* the markup's comment sections: the words of the HTML blocks inside one (the reader's
  ``comments`` hint) and those of them text mode keeps, with the pages that keep most (a
  naive scrape prints the readers' comments as text; HTML mode knows them by their elements);
* with ``--examples N``, N lines of each of the largest classes, with their page;
* with ``--pages N``, the page level: the N pages where text mode's F1 is furthest under HTML
  mode's on the same page (a set with full-text gold), each classed by where most of the words
  text mode gets wrong and HTML mode gets right stand: gold text ``lost`` above text mode's
  first kept block (the article's start taken too late), below its last (the end cut early) or
  ``between`` them, or text ``kept`` that is not gold ``above`` the gold's first line (menus, a
  box over the article's header), ``below`` its last (a tail of teasers, a prompt's box) or
  ``inside`` (captions, a box in the text); and how many pages fall in each class.

Figures are gold words (a snippet counts its words), so a class's size is what it costs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from typing import Any
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchscore  # noqa: E402

from cleanscrape.batch import read_html_page  # noqa: E402
from cleanscrape.dates import find_date  # noqa: E402
from cleanscrape.text import norm_key  # noqa: E402
from cleanscrape.document import Block, Document, Finding  # noqa: E402
from cleanscrape.io.text import LIST_ITEM, read_text  # noqa: E402
from cleanscrape.pipeline import Pipeline  # noqa: E402
from cleanscrape.segment import segment  # noqa: E402

SETS = ("readability-tests", "trafilatura-eval", "fundus-tests")
NOT_VIEWED = frozenset({"dragnet"})  # AGPL data: measured elsewhere, its pages never read here
KEPT_SHARE = 0.5  # a gold line is kept when this share of its shingles is in the records
REASON_WORDS = 6  # words of a finding's reason that name the decision
SHORT_WORDS = 25  # a paragraph under this many words is a short one
RUN_WORDS = 8  # a line this short (in words) is one of a run of short lines...
RUN_LINES = 3  # ...when this many such lines stand together
PAGE_GAP = 0.05  # a page whose text F1 is this far under its HTML F1 is classed (``--pages``)
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_WORD = re.compile(r"\w+")
_END = re.compile(r"[.!?:;…。！？\"'”’»)]\s*$")


def _norm(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def _shingles(text: str) -> set[tuple[str, ...]]:
    return set(benchscore.shingles(benchscore.tokenize(text)))


def _why(f: Finding | None) -> str:
    if f is None:
        return "segment"
    words = f.reason.split()
    return f"{f.code} {' '.join(words[:REASON_WORDS])}"


def html_shape(b: Block | None, text: str) -> str:
    """The gold line's shape from the HTML block that holds it (its tag and the list, table
    and quote elements around it), else from its length."""
    if b is not None:
        hints = b.hints
        tag = str(hints.get("tag", ""))
        around = int(hints.get("ancestors", 0) or 0)
        if tag in HEADINGS:
            return "heading"
        if tag in ("pre", "code"):
            return "code"
        if tag in ("tr", "td", "th") or around & 2:
            return "table row"
        if tag == "li" or around & 1:
            return "list item"
        if tag == "blockquote" or around & 8:
            return "quote"
    return "short paragraph" if len(text.split()) < SHORT_WORDS else "paragraph"


def text_shape(text: str) -> str:
    """A text block's own shape: a list marker, short or long, closed by a full stop or not."""
    if LIST_ITEM.match(text):
        return "marked list item"
    words = len(text.split())
    end = "closed" if _END.search(text) else "open"
    return f"{'short' if words < SHORT_WORDS else 'long'} {end}"


def page_shapes(doc: Document) -> list[str]:
    """Each text block's shape in its page, from what a text-only rule can see: a ``date`` (a
    short line holding one), a line ``repeated`` in the page, a ``marked`` list item, one of a
    ``short run`` (RUN_LINES lines or more of under RUN_WORDS words together), else ``short``
    or ``long`` (SHORT_WORDS)."""
    texts = [b.text for b in doc.blocks]
    keys = Counter(norm_key(t) for t in texts)
    sizes = [len(t.split()) for t in texts]
    in_run = [False] * len(texts)
    k = 0
    while k < len(texts):
        j = k
        while j < len(texts) and sizes[j] < RUN_WORDS:
            j += 1
        if j - k >= RUN_LINES:
            in_run[k:j] = [True] * (j - k)
        k = max(j, k + 1)
    out = []
    for t, n, run in zip(texts, sizes, in_run):
        if n < SHORT_WORDS and find_date(t) is not None:
            out.append("date")
        elif keys[norm_key(t)] > 1 and norm_key(t):
            out.append("repeated")
        elif LIST_ITEM.match(t):
            out.append("marked")
        elif run:
            out.append("short run")
        else:
            out.append("short" if n < SHORT_WORDS else "long")
    return out


def _where(k: int, golden: list[int]) -> str:
    """A block's place against the page's gold blocks: above the first, inside, below the last."""
    if not golden:
        return "nogold"
    return "above" if k < golden[0] else "below" if k > golden[-1] else "inside"


class Page:
    """One page read and cleaned in both modes."""

    def __init__(self, pipe: Pipeline, html: bytes, text: str, source: str) -> None:
        self.hdoc = read_html_page(html, source)
        hl = pipe.label(self.hdoc)
        h_articles = segment(hl, source=source)
        self.hpred = "\n\n".join(a.body for a in h_articles)
        self.tdoc: Document = read_text(text, source=source)
        tl = pipe.label(self.tdoc)
        self.tlabels = tl.labels
        t_articles = segment(tl, source=source)
        self.tkept = {ln for a in t_articles for ln in a.lines}
        self.tpred = "\n\n".join(a.body for a in t_articles)
        self.h_sh = _shingles(self.hpred)
        self.t_sh = _shingles(self.tpred)
        self.h_tok = " " + " ".join(_norm(self.hpred)) + " "
        self.t_tok = " " + " ".join(_norm(self.tpred)) + " "
        self._tindex: dict[tuple[str, ...], int] | None = None

    def holder(self, doc: Document, line: str) -> Block | None:
        """The block of ``doc`` that holds most of ``line``'s shingles."""
        want = _shingles(line)
        if not want:
            return None
        best, score = None, 0
        for b in doc.blocks:
            n = len(want & _shingles(b.text)) if len(b.text) >= 8 else 0
            if n > score:
                best, score = b, n
        return best

    def holder_snippet(self, doc: Document, tokens: list[str]) -> Block | None:
        flat = " " + " ".join(tokens) + " "
        for b in doc.blocks:
            if flat in " " + " ".join(_norm(b.text)) + " ":
                return b
        head = " " + " ".join(tokens[:4]) + " "
        for b in doc.blocks:
            if head in " " + " ".join(_norm(b.text)) + " ":
                return b
        return None


def fit_pages(root: Path) -> Iterator[tuple[str, dict[str, Any], Page]]:
    """Each fit-half page of the set at ``root`` that has both its HTML and its text: its id, its
    gold and the page cleaned both ways (one ``Pipeline`` for the set)."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    halves = json.loads((root / "split.json").read_text(encoding="utf-8"))
    pipe = Pipeline()
    for ident in sorted(truth):
        if halves.get(ident) != "fit":
            continue
        hpath, tpath = root / "html" / f"{ident}.html.gz", root / "text" / f"{ident}.txt"
        if not hpath.exists() or not tpath.exists():
            continue
        yield ident, truth[ident], Page(pipe, gzip.decompress(hpath.read_bytes()),
                                        tpath.read_bytes().decode("utf-8", "replace"), str(tpath))


def set_gap(root: Path, examples: int) -> dict[str, object]:
    lost: Counter[str] = Counter()
    lost_code: Counter[str] = Counter()
    lost_shape: Counter[str] = Counter()
    lost_ex: dict[str, list[str]] = defaultdict(list)
    extra: Counter[str] = Counter()
    extra_ex: dict[str, list[str]] = defaultdict(list)
    by_shape: Counter[str] = Counter()
    shape_ex: dict[str, list[str]] = defaultdict(list)
    pages = gold_words = 0
    page_rows: list[tuple[float, str, float, float, str]] = []
    page_classes: Counter[str] = Counter()
    comment_words = 0
    comment_kept: Counter[str] = Counter()  # page -> words of its comment section text mode keeps
    for ident, gold, page in fit_pages(root):
        pages += 1
        body = str(gold.get("articleBody") or "")
        if body:
            lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
        else:
            lines = [str(s) for s in gold.get("with", []) or []]
        for ln in lines:
            words = len(ln.split())
            gold_words += words
            if body:
                sh = _shingles(ln)
                if not sh:
                    continue
                in_h = len(sh & page.h_sh) >= KEPT_SHARE * len(sh)
                in_t = len(sh & page.t_sh) >= KEPT_SHARE * len(sh)
                if not in_h or in_t:
                    continue
                tb = page.holder(page.tdoc, ln)
                hb = page.holder(page.hdoc, ln)
            else:
                toks = _norm(ln)
                if not toks:
                    continue
                flat = " " + " ".join(toks) + " "
                if flat not in page.h_tok or flat in page.t_tok:
                    continue
                tb = page.holder_snippet(page.tdoc, toks)
                hb = page.holder_snippet(page.hdoc, toks)
            if tb is None:
                why = "(no text block holds it)"
            elif tb.line in page.tkept:
                why = "(block kept, line not: segmentation or a split line)"
            else:
                why = _why(page.tlabels[tb.index])
            shape = html_shape(hb, ln)
            code = why.split()[0]
            if tb is not None and page.tkept:
                at = "above" if tb.line < min(page.tkept) else "below" if tb.line > max(page.tkept) else "between"
                code = f"{code} {at}"
            lost[f"{code:14s} {shape}"] += words
            lost_code[why] += words
            lost_shape[shape] += words
            if len(lost_ex[f"{code:14s} {shape}"]) < examples:
                lost_ex[f"{code:14s} {shape}"].append(f"{ident[:20]} [{why}] {ln[:110]}")
        words_in, kept_in = comment_section(page)
        comment_words += words_in
        comment_kept[ident[:30]] += kept_in
        shapes = page_shapes(page.tdoc)
        if not body:  # a snippet set's precision side: must-not snippets text keeps, HTML not
            _snippet_extra(page, ident, gold, shapes, by_shape, shape_ex, examples)
        if body:  # the page level (how far text mode's F1 is under HTML mode's, and where), then
            # the precision side: kept in text, dropped in HTML, not gold
            page_rows.extend(_page_row(page, ident, gold, body))
            gsh = _shingles(body)
            golden = [b.index for b in page.tdoc.blocks
                      if (sh := _shingles(b.text)) and len(sh & gsh) >= KEPT_SHARE * len(sh)]
            for b in page.tdoc.blocks:
                if b.line not in page.tkept:
                    continue
                sh = _shingles(b.text)
                if not sh or len(sh & gsh) >= KEPT_SHARE * len(sh) or len(sh & page.h_sh) >= KEPT_SHARE * len(sh):
                    continue
                f = page.tlabels[b.index]
                by = "CS505 readmitted" if f is not None and f.code == "CS505" else \
                    f"{f.code}" if f is not None else "content"
                _count(extra, extra_ex, f"{by:16s} {text_shape(b.text)}", b.text, ident, examples)
                _count(by_shape, shape_ex, f"{_where(b.index, golden):7s} {shapes[b.index]}", b.text, ident, examples)
    page_rows.sort(reverse=True)
    page_classes.update(row[4] for row in page_rows)
    return {"pages": pages, "gold_words": gold_words, "lost": lost, "lost_code": lost_code,
            "lost_shape": lost_shape, "lost_ex": lost_ex, "extra": extra, "extra_ex": extra_ex,
            "page_rows": page_rows, "page_classes": page_classes, "by_shape": by_shape, "shape_ex": shape_ex,
            "comment_words": comment_words, "comment_kept": +comment_kept}  # (+: pages that keep none left out)


def comment_section(page: Page) -> tuple[int, int]:
    """The words of the page's HTML blocks inside a comment section (the reader's ``comments``
    hint), and the words of those whose shingles text mode's records hold (half of them)."""
    total = kept = 0
    for b in page.hdoc.blocks:
        if not b.hints.get("comments"):
            continue
        sh = _shingles(b.text)
        if not sh:
            continue
        n = len(b.text.split())
        total += n
        if len(sh & page.t_sh) >= KEPT_SHARE * len(sh):
            kept += n
    return total, kept


def _count(counts: Counter[str], ex: dict[str, list[str]], key: str, text: str, ident: str, examples: int,
           words: int | None = None) -> None:
    """Add a block's words (or ``words``) to class ``key``, and the block to its examples."""
    counts[key] += len(text.split()) if words is None else words
    if len(ex[key]) < examples:
        ex[key].append(f"{ident[:20]} {text[:110]}")


def _snippet_extra(page: Page, ident: str, gold: dict[str, object], shapes: list[str], counts: Counter[str],
                   ex: dict[str, list[str]], examples: int) -> None:
    """A snippet set's precision side: the must-not snippets text mode keeps and HTML mode
    drops, by the place of the text block holding each against text mode's kept blocks and
    by that block's shape in the page."""
    kept = sorted(page.tkept)
    for sn in gold.get("without", []) or []:  # type: ignore[attr-defined]
        toks = _norm(str(sn))
        flat = " " + " ".join(toks) + " "
        if not toks or flat not in page.t_tok or flat in page.h_tok:
            continue
        tb = page.holder_snippet(page.tdoc, toks)
        at = "?" if tb is None or not kept else "above" if tb.line < kept[0] else \
            "below" if tb.line > kept[-1] else "inside"
        _count(counts, ex, f"{at:7s} {shapes[tb.index] if tb is not None else '?'}", tb.text if tb else str(sn),
               ident, examples, len(toks))


def _f1(s: benchscore.PageScore) -> float:
    p, r = s.precision or 0.0, s.recall or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _page_row(page: Page, ident: str, gold: dict[str, object], body: str) -> list[tuple[float, str, float, float, str]]:
    """(gap, page, HTML F1, text F1, class) for a page whose text F1 is PAGE_GAP or more under
    its HTML F1: the class is where most of the words text mode gets wrong and HTML mode right
    stand (``lost above|between|below`` against text mode's kept blocks, ``kept above|inside|below``
    against the gold's lines), as a list of one; none for a page nearer its HTML F1."""
    hf = _f1(benchscore.score_page(ident, gold, page.hpred))
    tf = _f1(benchscore.score_page(ident, gold, page.tpred))
    if hf - tf < PAGE_GAP:
        return []
    gsh = _shingles(body)
    blocks = page.tdoc.blocks
    marks = []  # (gold, kept, in the HTML records, words) of each text block
    for b in blocks:
        sh = _shingles(b.text)
        marks.append((bool(sh) and len(sh & gsh) >= KEPT_SHARE * len(sh), b.line in page.tkept,
                      bool(sh) and len(sh & page.h_sh) >= KEPT_SHARE * len(sh), len(b.text.split())))
    kept = [k for k, m in enumerate(marks) if m[1]]
    golden = [k for k, m in enumerate(marks) if m[0]]
    where: Counter[str] = Counter()
    for k, (g, kp, h, words) in enumerate(marks):
        if g and h and not kp:
            at = "between" if kept and kept[0] < k < kept[-1] else "below" if kept and k > kept[-1] else "above"
            where[f"lost {at}"] += words
        elif kp and not g and not h:
            at = "inside" if golden and golden[0] < k < golden[-1] else "below" if golden and k > golden[-1] else "above"
            where[f"kept {at}"] += words
    cls = where.most_common(1)[0][0] if where else "(segmentation or split lines)"
    return [(hf - tf, ident, hf, tf, cls)]


def _table(title: str, counts: Counter[str], top: int, ex: dict[str, list[str]] | None = None) -> None:
    total = sum(counts.values())
    print(f"  {title} ({total} words):")
    for k, v in counts.most_common(top):
        print(f"    {k[:70]:70s} {v:6d}  {v / total:6.1%}")
        for e in (ex or {}).get(k, []):
            print(f"        {e}")


def fit_half_args(argv: list[str] | None, doc: str | None, tool: str, top: int, sets: tuple[str, ...] = SETS,
                  more: Callable[[argparse.ArgumentParser], None] | None = None) -> argparse.Namespace | None:
    """The options of a tool that reads the fit halves' pages line by line (``--bench``, ``--sets``,
    ``--top``, ``--examples`` and what ``more`` adds); None, with the reason on stderr, when a set
    asked for is one whose pages are never read here (AGPL data)."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, required=True, help="the shared bench directory")
    ap.add_argument("--sets", nargs="*", default=list(sets), help="sets to read (fit halves)")
    ap.add_argument("--top", type=int, default=top, help="rows of each table")
    ap.add_argument("--examples", type=int, default=0, help="lines shown per group")
    if more is not None:
        more(ap)
    args = ap.parse_args(argv)
    for name in args.sets:
        if name in NOT_VIEWED:
            print(f"{tool}: {name} is AGPL data: measure it with accuracy.py, never read its pages", file=sys.stderr)
            return None
    return args


def _pages_option(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--pages", type=int, default=0, help="pages shown whose text F1 is furthest under HTML's")


def main(argv: list[str] | None = None) -> int:
    args = fit_half_args(argv, __doc__, "text_gap.py", 15, more=_pages_option)
    if args is None:
        return 2
    for name in args.sets:
        res = set_gap(args.bench / name, args.examples)
        print(f"{name} fit: {res['pages']} pages, {res['gold_words']} gold words")
        _table("gold kept in HTML, dropped in text: by code and shape", res["lost"], args.top,  # type: ignore[arg-type]
               res["lost_ex"])  # type: ignore[arg-type]
        _table("...by the text-mode finding", res["lost_code"], args.top)  # type: ignore[arg-type]
        _table("...by shape", res["lost_shape"], args.top)  # type: ignore[arg-type]
        _table("kept in text, dropped in HTML, not gold: by decider and shape", res["extra"], args.top,  # type: ignore[arg-type]
               res["extra_ex"])  # type: ignore[arg-type]
        _table("...by place against the gold (a snippet set: text mode's kept blocks) and page shape",
               res["by_shape"], args.top, res["shape_ex"])  # type: ignore[arg-type]
        kept_c: Counter[str] = res["comment_kept"]  # type: ignore[assignment]
        print(f"  in the markup's comment sections: {res['comment_words']} words, {sum(kept_c.values())} kept in "
              f"text on {len(kept_c)} pages: " + ", ".join(f"{k} {v}" for k, v in kept_c.most_common(5)))
        if args.pages:
            rows = res["page_rows"]
            classes = res["page_classes"]
            print(f"  pages whose text F1 is {PAGE_GAP} or more under HTML's: {len(rows)}, by class "  # type: ignore[arg-type]
                  + ", ".join(f"{k} {v}" for k, v in classes.most_common()))  # type: ignore[attr-defined]
            for gap, ident, hf, tf, cls in rows[:args.pages]:  # type: ignore[index]
                print(f"    {ident[:40]:40s} HTML {hf:.3f} text {tf:.3f} (-{gap:.3f})  {cls}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

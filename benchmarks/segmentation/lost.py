#!/usr/bin/env python3
"""Where a story's own lines go: each kept string the scorer finds lost, by what took it.

    python benchmarks/segmentation/lost.py --bench ../shared/bench --half fit
    python benchmarks/segmentation/lost.py --bench ../shared/bench --half probe --show 40
    python benchmarks/segmentation/lost.py --bench ../shared/bench --half fit --code CS205 --show 20
    python benchmarks/segmentation/lost.py --bench ../shared/bench --half probe7 --stories
    python benchmarks/segmentation/lost.py --bench ../shared/bench --half probe8 --stories --list

Builds the half as ``run.py`` does, cleans each page in this process (``cleanscrape.clean``,
plain text) and, for every kept string (a story's paragraph) that no record's body holds,
finds the line that printed it and what the records say of that line:

- ``title``: the line is a record's headline (a false record started on it, or a record's
  headline taken from a story's own line);
- ``removed CODE``: the line is in a record's ``removed`` audit with that rule code;
- ``unfound``: no record names it (not in any record's audit: text changed or joined).

Each lost string is classed by its shape too: ``short`` (a line of at most 80 characters and
no full stop at its end: a subheading, a list item, a table row, a field), ``sentence`` (one
sentence), ``paragraph`` (more). And by the story: ``story-no-record`` when the story it
belongs to matched no record at all. The held-out half is refused: read failures on ``fit``
and the probe families only.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

import generate  # noqa: E402
from run import load_scorer  # noqa: E402

from cleanscrape import clean  # noqa: E402

_END = re.compile(r"[.!?…:;\"'”»)]\s*$")
_SENT = re.compile(r"[.!?…][\"'”»)]?\s+\S")


def shape(s: str) -> str:
    s = s.strip()
    if len(s) <= 80 and not _END.search(s):
        return "short"
    return "sentence" if not _SENT.search(s) else "paragraph"


def _where(paras: list[str], j: int, missed: set[str], no_record: bool) -> str:
    """Where a lost paragraph stands: its story gave no record (``whole story``), it sits
    between two of its story's kept paragraphs (``inside``), or at the edge of what was kept
    (``edge``: the story's first or last kept stretch ends on it)."""
    if no_record:
        return "whole story"
    kept = [k for k, p in enumerate(paras) if p not in missed]
    if kept and kept[0] < j < kept[-1]:
        return "inside"
    return "edge"


def diagnose(scorer, pages) -> list[dict]:
    norm = scorer.norm_text
    out = []
    for name, text, gold in pages:
        arts = clean(text, format="text", source=name)
        recs = [{"title": a.title or "", "body": a.body} for a in arts]
        res = scorer.score_page(gold, recs)
        if not res["missed"]:
            continue
        missed = {norm(k) for k in res["missed"]}
        nostory = {i for i, a in enumerate(res["per_article"]) if a["record"] is None}
        owner = {}
        for i, art in enumerate(gold["articles"]):
            for p in art["paragraphs"]:
                owner.setdefault(norm(p), i)
        titles = {norm(a.title or ""): a.index for a in arts}
        removed = {}
        for a in arts:
            for r in a.removed:
                removed.setdefault(norm(r.text), (r.code, r.name, r.reason, r.line))
        for k in res["missed"]:
            nk = norm(k)
            i = owner.get(nk, -1)
            if nk in titles:
                how = "title"
                detail = ""
            elif nk in removed:
                code, rname, reason, _line = removed[nk]
                how, detail = f"removed {code}", f"{rname}: {reason}"
            else:
                hit = next(((t, v) for t, v in removed.items() if t and (nk in t or t in nk)), None)
                if hit:
                    how, detail = f"removed {hit[1][0]} (part)", f"{hit[1][1]}: {hit[1][2]}"
                else:
                    how, detail = "unfound", ""
            art = gold["articles"][i] if i >= 0 else None
            pos = where = ""
            if art is not None:
                paras = [norm(p) for p in art["paragraphs"]]
                j = paras.index(nk)
                pos = "first" if j == 0 else "last" if j == len(paras) - 1 else "middle"
                where = _where(paras, j, missed, i in nostory)
            out.append({"page": name, "family": name.rsplit("-", 1)[0], "text": k, "how": how,
                        "detail": detail, "shape": shape(k), "pos": pos, "where": where,
                        "story": "story-no-record" if i in nostory else "story-recorded"})
    return out


def _line_class(text: str, arts, norm) -> str:
    """What the records say of a story's line: ``found`` (a headline the segmenter dropped for
    want of a body: ``CS304`` in an audit), ``record`` (the line is a record's title), ``body``
    (inside a record's body), ``CODE`` (removed by that rule), ``unfound``."""
    nt = norm(text)
    if not nt:
        return "unfound"
    for a in arts:
        if norm(a.title or "") == nt:
            return "record"
    for a in arts:
        if any(norm(p) == nt for p in a.paragraphs):
            return "body"
    for a in arts:
        for r in a.removed:
            if norm(r.text) == nt:
                return "found" if r.code == "CS304" else r.code
    return "unfound"


def no_record(scorer, pages, listed: list[tuple[str, str, str, str]] | None = None) -> Counter:
    """The stories that matched no record, by where their headline went and where their text
    went (``kept`` in another record, ``part`` of it kept, or ``dropped`` by the rules named):
    a headline ``found`` with its text dropped is the content decisions' (the text lost under
    a headline the page's rules found); a headline in a ``body`` with the text ``kept`` is a
    story merged into the one above (a boundary not found). ``-``: the page gave no record.
    ``listed``, when given, gets each such story as (page, headline class, text class, headline)."""
    norm = scorer.norm_text
    got: Counter = Counter()
    for name, text, gold in pages:
        arts = clean(text, format="text", source=name)
        res = scorer.score_page(gold, [{"title": a.title or "", "body": a.body} for a in arts])
        for i, pa in enumerate(res["per_article"]):
            if pa["record"] is not None:
                continue
            art = gold["articles"][i]
            if not arts:
                got[(name.rsplit("-", 1)[0], "-", "- (the page gave no record)")] += 1
                if listed is not None:
                    listed.append((name, "-", "- (the page gave no record)", art.get("title") or ""))
                continue
            head = _line_class(art.get("title") or "", arts, norm) if art.get("title") else "no headline"
            where = [_line_class(p, arts, norm) for p in art["paragraphs"]]
            kept = sum(w == "body" for w in where)
            body = "kept" if kept == len(where) else "part" if kept else \
                "dropped " + ",".join(sorted(set(where)))
            got[(name.rsplit("-", 1)[0], head, body)] += 1
            if listed is not None:
                listed.append((name, head, body, art.get("title") or ""))
    return got


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, required=True)
    ap.add_argument("--half", choices=["fit", "probe", "probe2", "probe3", "probe4", "probe5", "probe6", "probe7", "probe8", "probe9", "probe10"], default="fit")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--pages", type=int, default=330)
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print N lost strings")
    ap.add_argument("--code", help="only lost strings whose class starts with this (e.g. 'removed CS205', 'title')")
    ap.add_argument("--shape", choices=["short", "sentence", "paragraph"])
    ap.add_argument("--stories", action="store_true",
                    help="the stories with no record instead: where their headline and their text went")
    ap.add_argument("--list", action="store_true",
                    help="with --stories: each such story too, by class (its page and headline)")
    args = ap.parse_args(argv)
    scorer = load_scorer(args.bench)
    pages = generate.build(generate.load_bench_texts(args.bench, args.half), args.half, args.seed, args.pages)
    if args.stories:
        listed: list[tuple[str, str, str, str]] | None = [] if args.list else None
        got = no_record(scorer, pages, listed)
        print(f"# {args.half}: {sum(got.values())} stories with no record\n\nby headline and text:")
        both: Counter = Counter()
        for (_fam, head, body), n in got.items():
            both[(head, body)] += n
        for (head, body), n in both.most_common(30):
            print(f"  {n:5d}  headline {head:12s} text {body}")
        print("\nby family:")
        for (fam, head, body), n in got.most_common(40):
            print(f"  {n:5d}  {fam:26s} headline {head:12s} text {body}")
        if listed:
            print("\nstories, by class:")
            for name, head, body, title in sorted(listed, key=lambda r: (-both[(r[1], r[2])], r[1], r[2], r[0])):
                print(f"  headline {head:12s} text {body:24s} {name}  {title[:60]!r}")
        return 0
    rows = diagnose(scorer, pages)
    print(f"# {args.half}: {len(rows)} kept strings lost on {len({r['page'] for r in rows})} pages")
    for key in ("story", "where", "how", "shape"):
        print(f"\nby {key}:")
        for k, n in Counter(r[key] for r in rows).most_common(25):
            print(f"  {n:5d}  {k}")
    print("\nby rule and shape (stories that have a record):")
    c = Counter((r["how"], r["shape"]) for r in rows if r["story"] == "story-recorded")
    for (how, sh), n in c.most_common(30):
        print(f"  {n:5d}  {how:28s} {sh}")
    print("\nby rule and where (reason):")
    c = Counter((r["how"], r["where"], r["detail"].split(":")[-1].strip()[:60]) for r in rows)
    for (how, wh, det), n in c.most_common(30):
        print(f"  {n:5d}  {how:24s} {wh:12s} {det}")
    print("\nby family:")
    for k, n in Counter(r["family"] for r in rows).most_common():
        print(f"  {n:5d}  {k}")
    sel = [r for r in rows if (not args.code or r["how"].startswith(args.code))
           and (not args.shape or r["shape"] == args.shape)]
    for r in sel[:args.show]:
        print(f"{r['page']} [{r['how']}|{r['shape']}|{r['pos']}|{r['where']}] {r['text'][:90]!r}"
              f"\n      {r['detail'][:150]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

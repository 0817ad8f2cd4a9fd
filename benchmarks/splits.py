#!/usr/bin/env python3
"""How often cleanscrape cuts a single-article page into several records (issues #18/#19).

    python benchmarks/splits.py --bench ../shared/bench                  # fit halves
    python benchmarks/splits.py --bench ../shared/bench --half check
    python benchmarks/splits.py --bench ../shared/bench --sets trafilatura-eval --modes html --show 20

The real sets of the bench (scrapinghub, trafilatura-eval, readability-tests, fundus-tests;
never dragnet, which is AGPL data) hold one article per page, so every record after a
page's first is a split. For each set and mode (``html``: ``html/<id>.html.gz``; ``text``:
``text/<id>.txt``) on one half of the set's ``split.json``, prints the pages, the records
cleanscrape makes of them (in this process, as ``cleanscrape clean`` does), and the pages
with more than one record. ``--show N`` lists up to N split pages with their records' titles
(read those on the ``fit`` half only).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from cleanscrape.pipeline import Pipeline  # noqa: E402

SETS = ("scrapinghub", "trafilatura-eval", "readability-tests", "fundus-tests")
MODES = ("html", "text")


def _input(root: Path, ident: str, mode: str) -> Path | None:
    if mode == "text":
        path = root / "text" / f"{ident}.txt"
        return path if path.exists() else None
    for name in (f"{ident}.html.gz", f"{ident}.html"):
        if (root / "html" / name).exists():
            return root / "html" / name
    return None


def records(pipe: Pipeline, path: Path, mode: str) -> list[tuple[str | None, int]]:
    """(title, paragraph count) of each record cleanscrape makes of one page."""
    data = path.read_bytes()
    if mode == "text":
        articles = pipe.clean(data.decode("utf-8", "replace"), source=str(path))
    else:
        from cleanscrape.io.html import read_html

        if path.suffix == ".gz":
            data = gzip.decompress(data)
        articles = pipe.clean_document(read_html(data, source=str(path)), source=str(path))
    return [(a.title, len(a.paragraphs)) for a in articles]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, required=True, help="the folder holding the sets (../shared/bench)")
    ap.add_argument("--half", choices=("fit", "check", "all"), default="fit")
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated (dragnet is refused)")
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--show", type=int, default=0, help="list up to N split pages per set and mode")
    args = ap.parse_args(argv)
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    if "dragnet" in sets:
        ap.error("dragnet is AGPL data: measured by accuracy.py, never read here")
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    pipe = Pipeline()
    print("| set | mode | half | pages | records | pages with more than one record | extra records |")
    print("|---|---|---|---|---|---|---|")
    shown: list[str] = []
    for name in sets:
        root = args.bench / name
        halves = json.loads((root / "split.json").read_text(encoding="utf-8"))
        ids = sorted(i for i, h in halves.items() if args.half == "all" or h == args.half)
        for mode in modes:
            pages = recs = split = extra = 0
            listed = 0
            for ident in ids:
                path = _input(root, ident, mode)
                if path is None:
                    continue
                got = records(pipe, path, mode)
                pages += 1
                recs += len(got)
                if len(got) > 1:
                    split += 1
                    extra += len(got) - 1
                    if listed < args.show:
                        listed += 1
                        shown.append(f"{name} {mode} {ident}: " + " | ".join(
                            f"{(t or '-')[:60]!r} ({n}p)" for t, n in got))
            print(f"| {name} | {mode} | {args.half} | {pages} | {recs} | {split} | {extra} |")
            sys.stdout.flush()
    for line in shown:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

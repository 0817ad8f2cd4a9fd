#!/usr/bin/env python3
"""Which part of the fit -> held-out gap comes with the texts: one half's families rendered
with another half's texts, the texts changed by one property (issue #18, seg28).

    python benchmarks/segmentation/texts.py --bench ../shared/bench --families heldout --texts fit
    python benchmarks/segmentation/texts.py --bench ../shared/bench --families heldout --texts heldout --change first-stop
    python benchmarks/segmentation/texts.py --bench ../shared/bench --families probe5 --texts fit --change deck --failures 40

Prints the families' aggregate figures only (``run.py``'s table and summary). ``--failures``
is refused when the families or the texts are the held-out half's: read failures on the fit
half and the probe families, rendered with the fit texts, only. Changes (applied to every
text before the pages are rendered; the gold follows them):

- ``no-title-stop``: a headline's full stop at its end taken off;
- ``first-stop``: a full stop put after a first paragraph that ends on no mark;
- ``title-stop``: a full stop put after one headline in three (by a hash of its words);
- ``deck``: the full stop taken off one first paragraph in three shorter than 250
  characters (a deck, a brief's one sentence whose source left its stop off).
"""

from __future__ import annotations

import argparse
import shlex
import sys
import tempfile
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402
import run  # noqa: E402

_MARKS = ".!?\"”»:"
DECK_MAX = 250  # characters of a first paragraph that ``deck`` may leave with no stop
ONE_IN = 3  # ``deck`` and ``title-stop`` change one text in this many


def _picked(title: str) -> bool:
    return zlib.crc32(title.encode()) % ONE_IN == 0


def change(text: dict, how: str) -> dict:
    """``text`` (a title and its paragraphs) with one property changed."""
    title, paras = text["title"].rstrip(), list(text["paragraphs"])
    first = paras[0].rstrip()
    if how == "no-title-stop":
        title = title.rstrip(".")
    elif how == "title-stop" and _picked(title) and title[-1:] not in _MARKS:
        title += "."
    elif how == "first-stop" and first[-1:] not in _MARKS:
        paras[0] = first + "."
    elif how == "deck" and _picked(title) and len(first) < DECK_MAX and first.endswith("."):
        paras[0] = first[:-1]
    return dict(text, title=title, paragraphs=paras)


CHANGES = ("none", "no-title-stop", "first-stop", "title-stop", "deck")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, required=True, help="the shared bench folder (../shared/bench)")
    ap.add_argument("--families", default="heldout", help="the half whose families are rendered")
    ap.add_argument("--texts", choices=["fit", "heldout"], default="fit", help="the half whose texts fill them")
    ap.add_argument("--change", choices=CHANGES, default="none")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--pages", type=int, default=330)
    ap.add_argument("--failures", type=int, default=0, metavar="N", help="print about N failing pages (fit texts, "
                    "families not held out)")
    args = ap.parse_args(argv)
    if args.failures and "heldout" in (args.families, args.texts):
        ap.error("--failures reads pages: not on the held-out families or texts (aggregates only)")
    texts = [change(t, args.change) for t in generate.load_bench_texts(args.bench, args.texts)]
    pages = generate.build(texts, args.families, args.seed, args.pages)
    scorer = run.load_scorer(args.bench)
    cmd = f"{shlex.quote(sys.executable)} -m cleanscrape clean --input-format text"
    with tempfile.TemporaryDirectory(prefix="segbench-texts-") as tmp:
        generate.write(Path(tmp), pages)
        rows = run.score_set(scorer, Path(tmp), shlex.split(cmd))
    print(run.by_family(rows))
    print(run.summary(rows, f"{args.families} families, {args.texts} texts, {args.change}").splitlines()[0])
    if args.failures:
        print(run.failures(rows, args.failures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

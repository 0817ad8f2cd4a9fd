#!/usr/bin/env python3
"""Count the template lines left in bodies ("leaks") by the shape of the line.

    python benchmarks/segmentation/leak_classes.py --bench ../shared/bench --half fit probe probe2
    python benchmarks/segmentation/leak_classes.py --bench ../shared/bench --half probe --examples 5

Runs the segmentation benchmark (``run.py``'s generation and scoring) on the halves named
and sorts every leaked artefact string into a class read from its shape alone (a bullet, a
measure such as a reading time, a credit, a caption, a short label, a separator, a
headline-shaped line, ...), per half and per family. The held-out half is refused: its
failures are not read.
"""

from __future__ import annotations

import argparse
import re
import shlex
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402
import run  # noqa: E402

_BULLET = re.compile(r"^[•▪■●◦‣·*]\s")
_NO_LETTER = re.compile(r"^[\W\d_]+$")
_DIGIT = re.compile(r"\d")
_CREDIT_TAIL = re.compile(r"[\w.]\s?[/|]\s?[\w.&-]+(?:\s[\w.&-]+)?\)?$")
_LABEL_COLON = re.compile(r"^\w+(?:\s\w+)?\s?:\s")
_DATEISH = re.compile(r"\d{1,4}[./:-]\d{1,2}|\d{4}")
_PAREN_CREDIT = re.compile(r"\(\w+\s?:\s?[^()]{2,60}\)$")


def classify(s: str) -> str:
    """The class of a leaked line, from its shape."""
    s = s.strip()
    words = s.split()
    if _NO_LETTER.match(s):
        return "separator"
    if _BULLET.match(s):
        return "bullet (summary)"
    if _PAREN_CREDIT.search(s):
        return "caption with its credit"
    if len(words) <= 8 and _CREDIT_TAIL.search(s) and not s.endswith("."):
        return "credit (name / agency)"
    if _LABEL_COLON.match(s) and s.count(",") >= 2 and len(words) <= 10:
        return "labelled list (tags)"
    if len(words) <= 5 and _DIGIT.search(s) and not _DATEISH.search(s):
        return "measure (number and unit: reading time, age)"
    if len(words) <= 12 and _DATEISH.search(s):
        return "date or byline with a date"
    if len(words) <= 4 and not _DIGIT.search(s) and not s.endswith((".", "?", "!")):
        return "short label (share, listen, badge, name)"
    if s.endswith(".") and len(words) <= 16:
        return "short sentence (caption)"
    if len(words) <= 20:
        return "headline-shaped (related, title)"
    return "long line"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, required=True)
    ap.add_argument("--half", nargs="+", default=["fit", "probe", "probe2"],
                    choices=["fit", "probe", "probe2", "probe3", "probe4", "probe5", "probe6", "probe7", "probe8", "probe9", "probe10"])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--pages", type=int, default=330)
    ap.add_argument("--examples", type=int, default=0, metavar="N", help="print N leaked lines per class")
    ap.add_argument("--cmd", default=f"{shlex.quote(sys.executable)} -m cleanscrape clean --input-format text")
    args = ap.parse_args(argv)
    scorer = run.load_scorer(args.bench)
    for half in args.half:
        with tempfile.TemporaryDirectory(prefix=f"segleaks-{half}-") as tmp:
            pages = generate.build(generate.load_bench_texts(args.bench, half), half, args.seed, args.pages)
            generate.write(Path(tmp), pages)
            rows = run.score_set(scorer, Path(tmp), shlex.split(args.cmd))
        total: Counter[str] = Counter()
        by_fam: dict[str, Counter[str]] = defaultdict(Counter)
        examples: dict[str, list[str]] = defaultdict(list)
        for name, _gold, r, _got in rows:
            for s in r["leaked"]:
                c = classify(s)
                total[c] += 1
                by_fam[c][name.rsplit("-", 1)[0]] += 1
                if len(examples[c]) < args.examples:
                    examples[c].append(f"{name}: {s[:90]}")
        print(f"# {half}: leaks {sum(total.values())}")
        for c, n in total.most_common():
            fams = ", ".join(f"{f} {k}" for f, k in by_fam[c].most_common(4))
            print(f"  {n:4d}  {c:48s} {fams}")
            for e in examples[c]:
                print(f"          {e}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

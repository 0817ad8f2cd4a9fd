#!/usr/bin/env python3
"""Time per MB of cleaning pages of hostile shapes, from 1 KB to 10 MB.

    python benchmarks/linearity.py            # 1 KB .. 10 MB
    python benchmarks/linearity.py --max-mb 1

Each shape is a page built by repeating one unit (short link lines, one
endless line, pipes, slashes, colons, headline-shaped lines, prose, runs of
dates and their punctuation, full-width punctuation, combining marks, CJK runs
with no space, lines of 10,000 byline and date words, short headline and date
lines). Every
shape is cleaned once at each size before timing, so compiling patterns is
not charged to the first size. Times are the process's CPU time (on a shared,
loaded machine the wall clock counts the waits for a core); ``--shapes`` times
only some shapes. Two tables:

* time per KB, T(n)/n, at each size, and the ratio of the slowest size to the
  fastest;
* marginal time per KB, (T(n) - T(m))/(n - m) between neighbouring sizes: the
  cost of one more KB once the fixed cost of a page (a few tens of
  microseconds: reading, one pass of each rule, the segmenter) is paid.

Each row also gives its growth: the slowest size's cost per KB over the 1 KB
page's. Linear code keeps growth small (the target: within 2x). A shape whose
long lines the rules look at only in part (``one-line``: rules have their own
length limits, and past ``--max-line-length``, 100,000 characters, a line is
kept whole unexamined) costs less per KB on big pages than its fixed per-page
cost makes it on a 1 KB page: its slowest/fastest ratio is large while its
growth stays at 1.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from cleanscrape.pipeline import Pipeline  # noqa: E402

SHAPES = {
    "short-lines": "Home\nNews\nSport\n",
    "one-line": "word | word / word: word (word) ",
    "pipes": "Name Name | Agency | Getty Images\n",
    "headlines": "Harbour Cranes Return To Port Velmora After Refit\n",
    "prose": "The council voted on Monday to keep the old library open for another year, officials said.\n",
    "digits": "12:30 2025 1 2 3 4 5 6 7 8 9\n",
    "stubs": "Published\non\nBy\n",
    "headers": "By Ines Carter\n5 May 2024\n",
    # shapes the date forms, language words and segmentation steps of later sessions invite
    "date-run": "03.11.25 3/11/25 2025. 11. 3. 12:30 ",  # one endless line of dates and their punctuation
    "date-lines": "03.11.25 03.11.25\n11/19/25 - 12/1/25\n",
    "full-width": "\u53d1\u5e03\u65f6\u95f4\uff1a2025\u5e7411\u67083\u65e5\uff08\u66f4\u65b0\uff09\uff0c\u3010",
    "combining": "\u0915\u093f\u094d\u0902 e\u0301\u0302\u0303 \u05d1\u05b0\u05bc ",  # marks on one endless line
    "cjk-run": "\u65e5\u4e0b\u5348\u65b0\u95fb\u4e0a\u5348\u70b9\u9ede\uc624\ud6c4\u5348\u524d",
    "by-words": "By Published " * 5_000 + "\n",  # lines of 10,000 byline and date words
    "head-dates": "Harbour Cranes Return\n3 November 2025\n",  # many short headline and date lines
}


def page(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--max-mb", type=float, default=10.0)
    ap.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), help="only these shapes")
    args = ap.parse_args(argv)
    shapes = {k: v for k, v in SHAPES.items() if not args.shapes or k in args.shapes}
    sizes = [s for s in (1_000, 10_000, 100_000, 1_000_000, 10_000_000) if s <= args.max_mb * 1e6]
    pipe = Pipeline()
    for unit in shapes.values():  # compile every pattern before the clock runs
        for size in sizes[:2]:
            pipe.clean(page(unit, size))
    seconds: dict[str, list[float]] = {}
    for name, unit in shapes.items():
        seconds[name] = []
        for size in sizes:
            text = page(unit, size)
            reps = max(3, 300_000 // size)
            best = float("inf")
            for _ in range(3):  # best of three rounds of reps: less noise from the machine
                start = time.process_time()  # (CPU time: on a shared, loaded machine wall time counts the waits)
                for _ in range(reps):
                    pipe.clean(text)
                best = min(best, (time.process_time() - start) / reps)
            seconds[name].append(best)

    def table(title: str, heads: list[str], rows: dict[str, list[float]]) -> tuple[float, float]:
        print(f"{title:<12}" + "".join(f"{h:>13}" for h in heads) + "   slowest/fastest  growth (us per KB)")
        worst = worst_growth = 0.0
        for name, per_kb in rows.items():
            floor = max(per_kb) / 1000  # (a marginal cost at or below zero is the clock's noise: no ratio to it)
            ratio = max(per_kb) / max(min(per_kb), floor, 1e-9)
            growth = max(per_kb) / max(per_kb[0], floor, 1e-9)  # slower per KB than at the smallest size
            worst, worst_growth = max(worst, ratio), max(worst_growth, growth)
            print(f"{name:<12}" + "".join(f"{v:13.1f}" for v in per_kb) + f"   {ratio:14.2f}x {growth:6.2f}x")
        return worst, worst_growth

    kb = [s / 1000 for s in sizes]
    worst_avg = table("T(n)/n", [f"{k:g} KB" for k in kb],
                      {n: [t / k * 1e6 for t, k in zip(ts, kb)] for n, ts in seconds.items()})
    print()
    worst_marginal = table("marginal", [f"{a:g}-{b:g} KB" for a, b in zip(kb, kb[1:])],
                           {n: [(t2 - t1) / (k2 - k1) * 1e6 for t1, t2, k1, k2 in zip(ts, ts[1:], kb, kb[1:])]
                            for n, ts in seconds.items()})
    print(f"\nworst slowest/fastest: time per KB {worst_avg[0]:.2f}x, marginal {worst_marginal[0]:.2f}x")
    print(f"worst growth (a bigger page slower per KB than the smallest): time per KB {worst_avg[1]:.2f}x, "
          f"marginal {worst_marginal[1]:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Time per MB of cleaning pages of hostile shapes, from 1 KB to 10 MB.

    python benchmarks/linearity.py            # 1 KB .. 10 MB
    python benchmarks/linearity.py --max-mb 1

Each shape is a page built by repeating one unit (short link lines, one
endless line, pipes, slashes, colons, headline-shaped lines, prose). Every
shape is cleaned once at each size before timing, so compiling patterns is
not charged to the first size. Two tables:

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
}


def page(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--max-mb", type=float, default=10.0)
    args = ap.parse_args(argv)
    sizes = [s for s in (1_000, 10_000, 100_000, 1_000_000, 10_000_000) if s <= args.max_mb * 1e6]
    pipe = Pipeline()
    for unit in SHAPES.values():  # compile every pattern before the clock runs
        for size in sizes[:2]:
            pipe.clean(page(unit, size))
    seconds: dict[str, list[float]] = {}
    for name, unit in SHAPES.items():
        seconds[name] = []
        for size in sizes:
            text = page(unit, size)
            reps = max(3, 300_000 // size)
            best = float("inf")
            for _ in range(3):  # best of three rounds of reps: less noise from the machine
                start = time.perf_counter()
                for _ in range(reps):
                    pipe.clean(text)
                best = min(best, (time.perf_counter() - start) / reps)
            seconds[name].append(best)

    def table(title: str, heads: list[str], rows: dict[str, list[float]]) -> tuple[float, float]:
        print(f"{title:<12}" + "".join(f"{h:>13}" for h in heads) + "   slowest/fastest  growth (us per KB)")
        worst = worst_growth = 0.0
        for name, per_kb in rows.items():
            ratio = max(per_kb) / max(min(per_kb), 1e-9)
            growth = max(per_kb) / max(per_kb[0], 1e-9)  # slower per KB than at the smallest size
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

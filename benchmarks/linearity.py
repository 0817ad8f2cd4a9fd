#!/usr/bin/env python3
"""Time per MB of cleaning pages of hostile shapes, from 1 KB to 10 MB.

    python benchmarks/linearity.py            # 1 KB .. 10 MB
    python benchmarks/linearity.py --max-mb 1

Each shape is a page built by repeating one unit (short link lines, one
endless line, pipes, slashes, colons, headline-shaped lines, prose); the table
shows microseconds per KB at each size and the ratio of the slowest to the
fastest size. Linear code keeps that ratio small (the target: within 2x).
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
}


def page(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--max-mb", type=float, default=10.0)
    args = ap.parse_args(argv)
    sizes = [s for s in (1_000, 10_000, 100_000, 1_000_000, 10_000_000) if s <= args.max_mb * 1e6]
    pipe = Pipeline()
    print(f"{'shape':<12}" + "".join(f"{s // 1000:>10} KB" for s in sizes) + "   slowest/fastest (us per KB)")
    worst = 0.0
    for name, unit in SHAPES.items():
        per_kb = []
        for size in sizes:
            text = page(unit, size)
            reps = max(1, 200_000 // size)
            start = time.perf_counter()
            for _ in range(reps):
                pipe.clean(text)
            per_kb.append((time.perf_counter() - start) / reps / (size / 1000) * 1e6)
        ratio = max(per_kb) / min(per_kb)
        worst = max(worst, ratio)
        print(f"{name:<12}" + "".join(f"{v:13.1f}" for v in per_kb) + f"   {ratio:.2f}x")
    print(f"worst ratio {worst:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

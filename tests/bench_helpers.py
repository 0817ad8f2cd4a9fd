"""What the tests of the benchmark scripts share: `benchmarks/` on the import path, and the
five paragraphs of the small article their pages are made of."""

from __future__ import annotations

import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

PARAGRAPHS = ["The harbour board approved the new ferry timetable on Tuesday, after a long and heated debate.",
              "Members said the plan would add two crossings a day in summer, and one more in the winter months.",
              "The operator, which runs four boats, said it would hire twelve more crew before the season opens.",
              "Fares stay the same this year, the board said, though a review of prices is due in the spring.",
              "Islanders, who had asked for a later evening boat, welcomed the change, the council said."]
NAV = "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"

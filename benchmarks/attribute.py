#!/usr/bin/env python3
"""What one ``Context`` method costs, in instructions, over a directory of pages (exact, load-free).

    python benchmarks/attribute.py ../shared/bench/scrapinghub/text --method blocks_with
    python benchmarks/attribute.py ../shared/bench/scrapinghub/text --method blocks_with --first bonnez-vous
    python benchmarks/attribute.py ../shared/bench/scrapinghub/text --method blocks_with --first=-supported
    python benchmarks/attribute.py corpus/pages --method heading_counts

A profile spreads interpreter overhead thin and a timer is noisy on a shared machine; this tells
one method's share by replay instead. Under valgrind (cachegrind, address randomisation off, so a
count repeats to a few hundred instructions), the pages are cleaned twice in this process, every
answer of ``Context.METHOD`` recorded (by page, arguments and labels' version). In the *replay*
run the second pass reads the answers back instead of working them out; in the *baseline* run it
records them again. The difference of the two counts is what the method costs in one pass over
the pages (the records read back are the same objects, so the outputs are the same; both runs
keep the same table, which alone moves a count by tens of millions). ``--first`` replays only the
calls whose first argument is one of the given strings (``\\n`` written as ``NL``): the cost of
one call site, such as a line rule's needles in the engine's line batch.

Needs ``valgrind`` on the PATH; ``--inner`` runs the two passes without it (what valgrind runs).
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

SRC = Path(__file__).resolve().parent.parent / "src"
sys.path.insert(0, str(SRC))

from cleanscrape.batch import GC_YOUNG  # noqa: E402
from cleanscrape.pipeline import Pipeline  # noqa: E402
from cleanscrape.rules import base  # noqa: E402
from speed import load as load_named  # noqa: E402  (benchmarks/, this script's folder)


def load(directory: Path) -> list[str]:
    """The folder's pages as text (speed.py's reader: files in name order, gzip opened)."""
    return [data.decode("utf-8", "replace") for _, data in load_named(directory)]


def _settle() -> None:
    """What the CLI does before its pages: start-up's objects frozen, the young generation as large."""
    gc.freeze()
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])


def inner(directory: Path, method: str, first: list[str], replay: bool) -> None:
    """Clean the pages twice, ``method``'s answers recorded; with ``replay``, the second pass reads
    them back (those whose first argument is in ``first``, when given)."""
    pages = load(directory)
    pipe = Pipeline()
    _settle()
    orig = getattr(base.Context, method)
    table: dict[Any, Any] = {}
    state = {"record": True, "page": 0}

    def replayed(self: base.Context, *args: Any, **kwargs: Any) -> Any:
        key = (state["page"], args, tuple(sorted(kwargs.items())), self.version)
        if state["record"] or (first and (not args or args[0] not in first)):  # (recorded again)
            got = table[key] = orig(self, *args, **kwargs)
            return got
        return table[key]

    setattr(base.Context, method, replayed)
    for n, text in enumerate(pages):
        state["page"] = n
        pipe.clean(text)
    state["record"] = not replay
    gc.freeze()  # (the table and what the first pass left)
    gc.disable()  # (no collection in the pass measured: the two runs allocate differently)
    for n, text in enumerate(pages):
        state["page"] = n
        pipe.clean(text)


def count(argv: list[str]) -> int:
    """Instructions (cachegrind's ``I refs``) of this script run with ``argv`` and ``--inner``."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # (bytecode and kept patterns written once, by the run
    # without valgrind: neither count holds compiling)
    subprocess.run([sys.executable, __file__, "--inner", *argv], env=env, check=True)
    norand = ["setarch", os.uname().machine, "-R"] if shutil.which("setarch") else []
    cmd = [*norand, "valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
           sys.executable, __file__, "--inner", *argv]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stderr
    m = re.search(r"I\s+refs:\s+([\d,]+)", out)
    if m is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{out[-2000:]}")
    return int(m.group(1).replace(",", ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("directory", type=Path, help="a directory of text pages (.txt, .gz)")
    ap.add_argument("--method", required=True, help="a Context method (blocks_with, blocks_matching, heading_counts, ...)")
    ap.add_argument("--first", action="append", default=[], metavar="TEXT",
                    help="replay only calls whose first argument is TEXT (repeat it for several; `--first=-x` for one "
                         "that opens on a dash)")
    ap.add_argument("--inner", action="store_true", help="run the two passes here (what valgrind runs)")
    ap.add_argument("--replay", action="store_true", help="with --inner: the second pass reads the answers back")
    args = ap.parse_args()
    first = [f.replace("NL", "\n") for f in args.first]
    if args.method is None or not callable(getattr(base.Context, args.method, None)):
        ap.error(f"Context has no method {args.method!r}")
    if args.inner:
        inner(args.directory, args.method, first, args.replay)
        return
    rest = [str(args.directory), "--method", args.method, *(f"--first={f}" for f in args.first)]
    baseline = count(rest)
    replay = count([*rest, "--replay"])
    cost = baseline - replay
    print(f"baseline (answers recorded twice) {baseline:>16,}")
    print(f"second pass replayed              {replay:>16,}")
    print(f"{args.method}, one pass: {cost:,} instructions")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""cleanscrape against peers through the benchmark harness, in one run, on one core.

    python benchmarks/harness.py --bench ../shared/bench --input-format html
    python benchmarks/harness.py --bench ../shared/bench --input-format html \\
        --peer trafilatura --peer-python /path/to/benchvenv/bin/python

Runs ``BENCH/score.py run`` (which times a whole CLI process per dataset:
start-up, reading, cleaning and writing JSONL) for ``cleanscrape clean`` and
for each peer wrapped by ``benchmarks/peers.py``, each pinned to one core with
``taskset`` when it exists, and prints F1, pages/s and MB/s, and cleanscrape's
speed as a multiple of each peer's. The peers run with ``--peer-python``: a
benchmark environment where they are installed, never the project's own.
"""

from __future__ import annotations

import argparse
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_LAST = re.compile(r"F1=(?P<f1>[\d.]+) P=(?P<p>[\d.]+) R=(?P<r>[\d.]+).*pages/s=(?P<pps>[\d.]+) MB/s=(?P<mbs>[\d.]+)")


def run(score: Path, dataset: Path, fmt: str, cmd: str) -> dict[str, float] | None:
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    proc = subprocess.run([*pin, sys.executable, str(score), "run", "--dataset", str(dataset),
                           "--input-format", fmt, "--cmd", cmd],
                          capture_output=True, text=True, check=False)
    lines = proc.stdout.strip().splitlines()
    m = _LAST.search(lines[-1]) if lines else None
    if m is None:
        sys.stderr.write(proc.stdout[-2000:] + proc.stderr[-2000:])
        return None
    return {k: float(v) for k, v in m.groupdict().items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, required=True, help="the folder holding score.py and the dataset")
    ap.add_argument("--dataset", default="scrapinghub")
    ap.add_argument("--input-format", choices=("text", "html"), default="html")
    ap.add_argument("--peer", action="append", default=[], help="trafilatura, justext (repeatable)")
    ap.add_argument("--peer-python", default=sys.executable, help="the Python the peers are installed in")
    ap.add_argument("--python", default=sys.executable, help="the Python cleanscrape is installed in")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs of each command, taken in turn; the fastest is reported (a shared "
                         "machine's noise only ever slows a run down)")
    args = ap.parse_args(argv)
    score = args.bench / "score.py"
    dataset = args.bench / args.dataset
    if not score.exists() or not dataset.is_dir():
        print(f"harness.py: {score} or {dataset} not found", file=sys.stderr)
        return 2
    fmt = args.input_format
    commands = [("cleanscrape", f"{shlex.quote(args.python)} -m cleanscrape clean -j 1 --input-format {fmt}")]
    for peer in args.peer:
        commands.append((peer, f"{shlex.quote(args.peer_python)} {shlex.quote(str(HERE / 'peers.py'))} "
                               f"{peer} --input-format {fmt}"))
    results: dict[str, dict[str, float]] = {}
    print(f"{args.dataset} {fmt}, through {score}, one core, start-up included")
    for _ in range(max(1, args.repeat)):
        for name, cmd in commands:  # in turn, so that a slow spell of the machine hits all
            got = run(score, dataset, fmt, cmd)
            if got is None:
                print(f"  {name:<14} FAILED")
                return 1
            if name not in results or got["pps"] > results[name]["pps"]:
                results[name] = got
    for name, got in results.items():
        print(f"  {name:<14} F1={got['f1']:.3f} P={got['p']:.3f} R={got['r']:.3f}  "
              f"{got['pps']:7.1f} pages/s  {got['mbs']:6.2f} MB/s  (best of {args.repeat})")
    own = results.get("cleanscrape")
    for name, got in results.items():
        if own and name != "cleanscrape" and got["pps"]:
            print(f"  cleanscrape is {own['pps'] / got['pps']:.2f}x {name}'s pages/s")
    return 0 if own else 1


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Throughput ratios, core for core, in CPU seconds, measured in one run.

    python benchmarks/ratios.py --bench ../shared/bench --peer-python BENCHVENV/bin/python
    python benchmarks/ratios.py --bench ../shared/bench --ref 3435acb --repeat 5

Prints two ratios over the scrapinghub pages (or ``--dataset``):

* **text**: this checkout's ``cleanscrape clean -j 1 --input-format text`` against a
  reference release (``--ref``: a commit of this repository, checked out into a temporary
  worktree; default the release of 2026-12-03, ``3435acb``), both with their default output;
* **HTML**: ``cleanscrape clean -j 1 --input-format html`` against trafilatura in one
  process (``benchmarks/peers.py`` run with ``--peer-python``).

Each command is one CLI process over all pages (start-up, reading, cleaning and writing
JSONL included), and its cost is the CPU seconds (user + system) it used, read from
``getrusage(RUSAGE_CHILDREN)``: one worker against one single-process peer, so the
default ``-j 0`` (every core) never flatters the figure. Commands run in turn, ``--repeat``
times, and the least CPU of each is kept (noise only ever adds time).

Both checkouts run from compiled bytecode, as an installed package does (pip compiles it at
install): the bytecode goes to a temporary folder (``PYTHONPYCACHEPREFIX``, so no checkout
gains a ``__pycache__``), written by one untimed run of each command, whatever
``PYTHONDONTWRITEBYTECODE`` says; cleanscrape keeps its compiled patterns there too
(``cleanscrape.kept`` follows ``sys.pycache_prefix``), so the measured runs load them as an
installed package's second run does. ``--no-bytecode`` measures as before, every process
compiling the sources it imports (the larger tree pays more for it).

On a loaded machine CPU seconds swing by a third between runs; ``--instructions`` counts the
instructions each command executes instead (once each, under valgrind's cachegrind, about 25
times slower): the same count whatever else runs, so two checkouts compare on it exactly.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import resource
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_REF = "3435acb"


def cpu_seconds(cmd: list[str], env: dict[str, str] | None = None) -> float:
    """The CPU seconds ``cmd`` used (user + system); raises when it fails."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{shlex.join(cmd[:4])} ... exited {proc.returncode}: {proc.stderr.decode()[-500:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def instructions(cmd: list[str], env: dict[str, str] | None = None) -> float:
    """The instructions ``cmd`` executes, in billions (valgrind's cachegrind, no cache model)."""
    vg = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    proc = subprocess.run([*vg, *cmd], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, check=False)
    found = re.search(r"I\s+refs:\s+([\d,]+)", proc.stderr.decode(errors="replace"))
    if proc.returncode not in (0, 1) or found is None:
        raise RuntimeError(f"valgrind {shlex.join(cmd[:4])} ... exited {proc.returncode}: {proc.stderr.decode()[-500:]}")
    return int(found.group(1).replace(",", "")) / 1e9


def html_files(dataset: Path, tmp: Path) -> list[str]:
    """The dataset's HTML pages as plain files (``.html.gz`` decompressed into ``tmp``)."""
    out = []
    for p in sorted((dataset / "html").iterdir()):
        if p.name.endswith(".gz"):
            target = tmp / p.name[:-3]
            target.write_bytes(gzip.decompress(p.read_bytes()))
            out.append(str(target))
        elif p.is_file():
            out.append(str(p))
    return out


def ref_worktree(ref: str, tmp: Path) -> Path:
    """A checkout of ``ref`` (this repository's commit) in ``tmp``; its ``src`` is returned."""
    where = tmp / "ref"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(where), ref], check=True)
    return where / "src"


def with_path(src: Path, pycache: Path | None = None) -> dict[str, str]:
    """The environment a command runs in: ``src`` on the path; with ``pycache``, bytecode
    written there and read from there."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(src)
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def best(commands: dict[str, tuple[list[str], dict[str, str] | None]], repeat: int,
         warm: bool = False, counted: bool = False) -> dict[str, float]:
    got: dict[str, float] = {}
    for cmd, env in commands.values() if warm else ():  # (untimed: writes the bytecode)
        cpu_seconds(cmd, env)
    if counted:  # (a count does not vary: once each)
        return {name: instructions(cmd, env) for name, (cmd, env) in commands.items()}
    for _ in range(max(1, repeat)):
        for name, (cmd, env) in commands.items():  # in turn: a slow spell hits every command
            t = cpu_seconds(cmd, env)
            got[name] = min(t, got.get(name, t))
    return got


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, required=True, help="the folder holding the datasets (../shared/bench)")
    ap.add_argument("--dataset", default="scrapinghub")
    ap.add_argument("--ref", default=DEFAULT_REF, help=f"the reference commit for text mode (default {DEFAULT_REF})")
    ap.add_argument("--peer-python", default=None,
                    help="the Python trafilatura is installed in (omit: no HTML ratio)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-bytecode", action="store_true",
                    help="every process compiles the sources it imports (no bytecode kept)")
    ap.add_argument("--instructions", action="store_true",
                    help="count instructions under valgrind (exact on a loaded machine) instead of CPU seconds")
    args = ap.parse_args(argv)
    dataset = args.bench / args.dataset
    if not (dataset / "text").is_dir():
        print(f"ratios.py: {dataset}/text not found", file=sys.stderr)
        return 2
    texts = [str(p) for p in sorted((dataset / "text").glob("*.txt"))]
    py = sys.executable
    clean = [py, "-m", "cleanscrape", "clean", "-j", "1", "-q"]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        ref_src = ref_worktree(args.ref, tmp)
        pycache = None if args.no_bytecode else tmp / "pycache"
        try:
            commands = {
                "text, this checkout": ([*clean, "--input-format", "text", *texts], with_path(ROOT / "src", pycache)),
                f"text, {args.ref}": ([py, "-m", "cleanscrape", "clean", "-j", "1", "--input-format", "text", *texts],
                                      with_path(ref_src, pycache)),
            }
            if args.peer_python:
                pages = html_files(dataset, tmp)
                commands["html, this checkout"] = ([*clean, "--input-format", "html", *pages], with_path(ROOT / "src", pycache))
                commands["html, trafilatura"] = ([args.peer_python, str(HERE / "peers.py"), "trafilatura",
                                                  "--input-format", "html", *pages], None)
            got = best(commands, args.repeat, warm=pycache is not None, counted=args.instructions)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tmp / "ref")], check=False)
    what = "instructions (billions), once each" if args.instructions else \
        f"CPU seconds (user+system), best of {args.repeat}"
    print(f"{args.dataset}: {len(texts)} pages, {what}, one process each, "
          + ("sources compiled by each process" if args.no_bytecode else "from compiled bytecode"))
    for name, t in got.items():
        print(f"  {name:<22} {t:7.2f}" + ("" if args.instructions else " s"))
    text_ratio = got[f"text, {args.ref}"] / got["text, this checkout"]
    print(f"text: this checkout is {text_ratio:.2f}x {args.ref}")
    if "html, trafilatura" in got:
        print(f"html: this checkout is {got['html, trafilatura'] / got['html, this checkout']:.2f}x trafilatura")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Throughput at 1 and 2 workers on a generated corpus, with peak memory.

    python benchmarks/parallel.py --mb 100                 # JSONL and text inputs of 100 MB
    python benchmarks/parallel.py --mb 400 --formats jsonl

Builds the corpus in a temporary folder from the pages of a directory (default:
corpus/pages), runs ``cleanscrape clean -j N`` as a user would, and prints wall
time, MB/s, the speed-up over one worker, the peak resident memory of the whole
process tree (sampled from /proc), and whether the outputs are identical.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, in KB (Linux /proc)."""
    total, todo = 0, [pid]
    children: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(d.name))
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, []))
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def run(cmd: list[str]) -> tuple[float, int, bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    peak = 0
    out = b""
    import threading

    chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: chunks.append(proc.stdout.read()))
    reader.start()
    while proc.poll() is None:
        peak = max(peak, tree_rss_kb(proc.pid))
        time.sleep(0.2)
    reader.join()
    out = b"".join(chunks)
    return time.perf_counter() - start, peak, out


def build(source: Path, folder: Path, mb: float, fmt: str) -> list[str]:
    pages = [p.read_text(encoding="utf-8") for p in sorted(source.glob("*.txt"))]
    target, size, n = mb * 1e6, 0, 0
    if fmt == "jsonl":
        path = folder / "pages.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            while size < target:
                line = json.dumps({"id": n, "text": pages[n % len(pages)]}) + "\n"
                fh.write(line)
                size += len(line.encode())
                n += 1
        return [str(path)]
    out = folder / "text"
    out.mkdir()
    paths = []
    while size < target:  # pages of about 50 KB: several articles each, as feeds print them
        body = "\n".join(pages[(n + k) % len(pages)] for k in range(20))
        p = out / f"{n:06d}.txt"
        p.write_text(body, encoding="utf-8")
        paths.append(str(p))
        size += len(body.encode())
        n += 1
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=100.0)
    ap.add_argument("--source", type=Path, default=ROOT / "corpus" / "pages")
    ap.add_argument("--formats", default="jsonl,text")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in args.formats.split(","):
            folder = Path(tmp) / fmt
            folder.mkdir()
            paths = build(args.source, folder, args.mb, fmt)
            size = sum(os.path.getsize(p) for p in paths) / 1e6
            print(f"{fmt}: {size:.0f} MB in {len(paths)} file(s)")
            outputs = {}
            base = None
            for jobs in (1, 2):
                cmd = [sys.executable, "-m", "cleanscrape", "clean", "-q", "-j", str(jobs), *paths]
                wall, peak, out = run(cmd)
                outputs[jobs] = out
                base = base or wall
                print(f"  -j {jobs}: {wall:7.1f} s  {size / wall:6.2f} MB/s  speed-up {base / wall:4.2f}x  "
                      f"peak RSS (process tree) {peak / 1024:6.0f} MB")
            print(f"  outputs identical: {outputs[1] == outputs[2]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

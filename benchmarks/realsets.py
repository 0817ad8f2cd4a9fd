"""Every real set of ``shared/bench``, cleanscrape and the peers, HTML and text, in one run.

Called by ``benchmarks/accuracy.py --bench BENCH`` (see its ``--help``). Each
(system, set, mode) is one CLI process over the set's pages, as ``score.py run``
runs it (``cleanscrape clean --input-format FMT FILE...``; the peers through
``benchmarks/peers.py`` in ``--peer-python``), HTML pages decompressed to a temporary
directory first; the output is scored with ``BENCH/score.py``'s own functions
(``benchscore.scorer``), so every cell equals what ``score.py run --split ...`` prints
on an idle machine (cleanscrape runs with ``--time-budget 0`` here, so that no page comes
back whole because the machine was busy).
At most ``--jobs`` (default 2) processes run at a time; nothing is cached.

A table cell is F1 over the set's full-text gold, or snippet F1 (marked ``s``) on a set
with snippet gold only (trafilatura-eval); a second table gives P/R (snippet P/R there).

``--loso`` scores a fitted component set by set: for each set, ``--train-cmd`` (with
``{set}``, ``{model}`` and ``{bench}`` filled in) fits a model on the other sets' fit
halves, and cleanscrape is run on the set with ``CLEANSCRAPE_MODEL={model}`` in its
environment, beside the same run with the shipped model.
"""

from __future__ import annotations

import gzip
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import benchscore

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SETS = ("scrapinghub", "trafilatura-eval", "readability-tests", "dragnet", "fundus-tests")
PEERS = ("trafilatura", "readability", "justext", "resiliparse")
MODES = ("html", "text")
MODEL_ENV = "CLEANSCRAPE_MODEL"  # the model file cleanscrape loads instead of its shipped one
NOT_VIEWED = frozenset({"dragnet"})  # AGPL data: measured elsewhere, its pages never read by a study tool


def refused(tool: str, wanted: list[str]) -> bool:
    """Whether a study tool that reads pages was asked for a set it may not read (said on stderr)."""
    names = [s for s in wanted if s in NOT_VIEWED]
    if names:
        print(f"{tool}: {', '.join(names)}: AGPL data, measured with accuracy.py, never read", file=sys.stderr)
    return bool(names)


@dataclass
class PageSet:
    name: str
    truth: dict  # id -> gold, only the pages of the chosen half
    inputs: dict[str, dict[str, Path]] = field(default_factory=dict)  # mode -> id -> file


def find_sets(bench: Path, wanted: list[str] | None = None) -> list[str]:
    """The sets under BENCH (dirs with ground-truth.json), the five known ones first."""
    found = sorted(p.name for p in bench.iterdir() if (p / "ground-truth.json").is_file())
    names = [s for s in SETS if s in found] + [s for s in found if s not in SETS]
    if wanted:
        missing = [s for s in wanted if s not in found]
        if missing:
            raise SystemExit(f"accuracy.py: no set {', '.join(missing)} under {bench}")
        names = [s for s in names if s in wanted]
    return names


def load_set(root: Path, split: str = "check", limit: int = 0) -> PageSet:
    """A set's gold and input files, restricted to one half of its split.json (or all)."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    if split != "all":
        path = root / "split.json"
        if not path.is_file():
            raise SystemExit(f"accuracy.py: {path}: not found (needed for --split {split})")
        halves = json.loads(path.read_text(encoding="utf-8"))
        truth = {i: t for i, t in truth.items() if halves.get(i) == split}
    ps = PageSet(root.name, truth)
    for mode, sub in (("html", "html"), ("text", "text")):
        files: dict[str, Path] = {}
        if (root / sub).is_dir():
            for p in sorted((root / sub).iterdir()):
                ident = p.name.removesuffix(".gz").removesuffix(".html").removesuffix(".txt")
                if ident in truth:
                    files[ident] = p
        ps.inputs[mode] = files
    if limit:
        keep = sorted(truth)[:limit]
        ps.truth = {i: truth[i] for i in keep}
        ps.inputs = {m: {i: f for i, f in fs.items() if i in ps.truth} for m, fs in ps.inputs.items()}
    return ps


def stage(ps: PageSet, mode: str, tmp: Path) -> dict[str, str]:
    """id -> the path handed to the command: text as it is, HTML decompressed (as score.py)."""
    out = {}
    for ident, src in ps.inputs[mode].items():
        if mode == "html" and src.name.endswith(".gz"):
            dst = tmp / ps.name / f"{ident}.html"
            dst.parent.mkdir(parents=True, exist_ok=True)
            dst.write_bytes(gzip.decompress(src.read_bytes()))
            out[ident] = str(dst)
        else:
            out[ident] = str(src)
    return out


def command(system: str, mode: str, python: str, peer_python: str) -> list[str]:
    if system == "cleanscrape":
        # no time budget: on a loaded machine a big page can pass the default 10 s and come back
        # whole, and the figures would then depend on the load, not on the code
        return [python, "-m", "cleanscrape", "clean", "--input-format", mode, "-j", "1", "--time-budget", "0"]
    return [peer_python, str(HERE / "peers.py"), system, "--input-format", mode]


def run_one(argv: list[str], paths: dict[str, str], env: dict | None = None) -> dict:
    """Run argv over the paths; returns preds (and each page's first title), wall time, exit
    code and record counts."""
    t0 = time.perf_counter()
    proc = subprocess.run([*argv, *paths.values()], capture_output=True, env=env,
                          stdin=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - t0
    records, malformed = [], 0
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError:
            malformed += 1
            continue
        if isinstance(rec, dict) and "source" in rec and "body" in rec:
            records.append(rec)
        else:
            malformed += 1
    src_to_id = {}
    for ident, p in paths.items():
        src_to_id[p] = ident
        src_to_id.setdefault(os.path.abspath(p), ident)
    preds, unmatched = benchscore.collect_predictions(records, src_to_id)
    titles: dict[str, str] = {}  # each page's first record's title (a system that prints one)
    for rec in records:
        pid = src_to_id.get(str(rec["source"]))
        if pid is not None and rec.get("title"):
            titles.setdefault(pid, str(rec["title"]))
    return {"preds": preds, "titles": titles, "wall_s": wall, "returncode": proc.returncode, "records": len(records),
            "malformed": malformed, "unmatched": unmatched,
            "stderr": proc.stderr.decode("utf-8", "replace")[-2000:]}


def cell(metrics: dict) -> dict:
    """The figures a table cell shows: F1/P/R on full-text gold, else the snippet ones."""
    if metrics.get("body_pages"):
        return {"f1": metrics["f1"], "p": metrics["precision"], "r": metrics["recall"], "snippet": False}
    if metrics.get("snippet_pages"):
        return {"f1": metrics["snippet_f1"], "p": metrics["snippet_precision"],
                "r": metrics["snippet_recall"], "snippet": True}
    return {"f1": None, "p": None, "r": None, "snippet": False}


def score(scorer, ps: PageSet, preds: dict[str, str]) -> dict:
    metrics, _ = scorer.evaluate(ps.truth, preds, 0)
    return metrics


@dataclass
class Task:
    system: str
    set: str
    mode: str
    argv: list[str]
    env: dict | None = None
    label: str = ""  # column label; the system's name unless set


def run_tasks(tasks: list[Task], sets: dict[str, PageSet], staged: dict, scorer, jobs: int,
              log=sys.stderr) -> list[dict]:
    """Run the tasks, at most ``jobs`` at a time; one result row per task, in task order."""
    def go(t: Task) -> dict:
        got = run_one(t.argv, staged[t.set, t.mode], t.env)
        metrics = score(scorer, sets[t.set], got["preds"])
        failed = got["returncode"] not in (0, 1)
        row = {"system": t.label or t.system, "set": t.set, "mode": t.mode, "pages": len(sets[t.set].truth),
               "metrics": metrics, **cell(metrics), "wall_s": round(got["wall_s"], 2),
               "records": got["records"], "failed": failed, "returncode": got["returncode"]}
        if failed:
            tail = got["stderr"].strip().splitlines()[-1:]
            print(f"  {t.set} {t.mode} {row['system']}: exit {got['returncode']}: {tail[0] if tail else ''}",
                  file=log)
        print(f"  {t.set:<18} {t.mode:<4} {row['system']:<14} {_fmt(row['f1'])} "
              f"({got['wall_s']:.1f}s)", file=log, flush=True)
        return row

    with ThreadPoolExecutor(max_workers=max(1, min(jobs, 2))) as pool:
        return list(pool.map(go, tasks))


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def stage_all(sets: dict[str, PageSet], modes: list[str], tmp: Path) -> dict:
    return {(s, m): stage(ps, m, tmp / m) for s, ps in sets.items() for m in modes}


def table(rows: list[dict], sets: list[str], columns: list[tuple[str, str]], what: str = "f1") -> str:
    """Markdown: one row per set, one column per (system, mode); F1 or 'P / R' cells."""
    by = {(r["system"], r["set"], r["mode"]): r for r in rows}
    head = "| set (pages) | " + " | ".join(f"{s} {m}" for s, m in columns) + " |"
    lines = [head, "|---|" + "---:|" * len(columns)]
    for name in sets:
        pages = next((r["pages"] for r in rows if r["set"] == name), 0)
        cells = []
        for s, m in columns:
            r = by.get((s, name, m))
            if r is None or r["f1"] is None:
                cells.append("n/a")
                continue
            txt = _fmt(r["f1"]) if what == "f1" else f"{_fmt(r['p'])} / {_fmt(r['r'])}"
            cells.append(txt + (" s" if r["snippet"] else "") + (" FAILED" if r["failed"] else ""))
        lines.append(f"| {name} ({pages}) | " + " | ".join(cells) + " |")
    if what == "f1":
        means = []
        for s, m in columns:
            vals = [by[s, n, m]["f1"] for n in sets if (s, n, m) in by and by[s, n, m]["f1"] is not None]
            means.append(_fmt(sum(vals) / len(vals)) if len(vals) == len(sets) else "n/a")
        lines.append("| mean | " + " | ".join(means) + " |")
    return "\n".join(lines)


def margin(rows: list[dict], sets: list[str], a: tuple[str, str], b: tuple[str, str]) -> float | None:
    """Mean over sets of a's figure minus b's (F1, or snippet F1); None when a cell is missing."""
    by = {(r["system"], r["set"], r["mode"]): r["f1"] for r in rows}
    diffs = [by.get((a[0], n, a[1])) - by.get((b[0], n, b[1])) for n in sets
             if by.get((a[0], n, a[1])) is not None and by.get((b[0], n, b[1])) is not None]
    return sum(diffs) / len(diffs) if diffs and len(diffs) == len(sets) else None


def cleanscrape_env(model: str | None = None) -> dict:
    """This checkout's cleanscrape first on the path; CLEANSCRAPE_MODEL when a model is given."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    if model:
        env[MODEL_ENV] = str(model)
    return env


def main_table(args) -> int:
    bench: Path = args.bench
    scorer = benchscore.scorer(bench)
    if scorer is benchscore:
        print(f"accuracy.py: {bench / 'score.py'} not found; scoring with benchmarks/benchscore.py "
              "(its mirror)", file=sys.stderr)
    names = find_sets(bench, args.sets)
    modes = args.modes
    peers = args.peers
    sets = {n: load_set(bench / n, args.split, args.limit) for n in names}
    systems = ["cleanscrape", *peers]
    env = cleanscrape_env(args.model)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="cleanscrape-acc-") as tmp:
        staged = stage_all(sets, modes, Path(tmp))
        tasks = [Task(s, n, m, command(s, m, args.python, args.peer_python), env if s == "cleanscrape" else None)
                 for n in names for m in modes for s in systems]
        # the biggest sets first, so that the two workers finish together
        tasks.sort(key=lambda t: -len(sets[t.set].truth))
        rows = run_tasks(tasks, sets, staged, scorer, args.jobs)
    wall = time.perf_counter() - t0
    columns = [(s, m) for m in modes for s in systems]
    print(f"## {args.split} halves of {', '.join(names)} under {bench} "
          f"({sum(len(p.truth) for p in sets.values())} pages{f', first {args.limit} a set' if args.limit else ''})\n")
    print("F1 (`s`: snippet F1, the set has must-have / must-not snippets only)\n")
    print(table(rows, names, columns))
    print("\nprecision / recall (`s`: snippet precision / must-have snippets found)\n")
    print(table(rows, names, columns, what="pr"))
    print()
    margins = {}
    for m in modes:
        if "trafilatura" in peers:
            got = margin(rows, names, ("cleanscrape", m), ("trafilatura", m))
            margins[m] = got
            print(f"mean margin of cleanscrape {m} over trafilatura {m}, {len(names)} sets: "
                  + ("n/a" if got is None else f"{got:+.3f}"))
    print(f"wall time {wall:.0f}s ({len(tasks)} runs, {min(args.jobs, 2)} at a time)")
    if args.json:
        args.json.write_text(json.dumps({"bench": str(bench), "split": args.split, "limit": args.limit,
                                         "sets": names, "modes": modes, "systems": systems,
                                         "wall_s": round(wall, 1), "margins_over_trafilatura": margins,
                                         "rows": rows}, indent=1), encoding="utf-8")
    return 1 if any(r["failed"] for r in rows) else 0


def main_loso(args) -> int:
    if not args.train_cmd:
        print("accuracy.py: --loso needs a training command, e.g. --train-cmd "
              "\"python benchmarks/train.py --bench {bench} --exclude-set {set} --out {model}\" ({set}: the set left out, "
              "{model}: the file to write, {bench}: the bench folder); cleanscrape then runs with "
              f"{MODEL_ENV}={{model}}", file=sys.stderr)
        return 2
    bench: Path = args.bench
    scorer = benchscore.scorer(bench)
    names = find_sets(bench, args.sets)
    sets = {n: load_set(bench / n, args.split, args.limit) for n in names}
    rows: list[dict] = []
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="cleanscrape-loso-") as tmp:
        staged = stage_all(sets, args.modes, Path(tmp))
        tasks = []
        for n in names:
            model = Path(tmp) / f"model-without-{n}"
            cmd = args.train_cmd.format(set=shlex.quote(n), model=shlex.quote(str(model)),
                                        bench=shlex.quote(str(bench.resolve())))
            print(f"loso: {cmd}", file=sys.stderr, flush=True)
            trained = subprocess.run(cmd, shell=True, cwd=ROOT, check=False).returncode == 0
            for m in args.modes:
                argv = command("cleanscrape", m, args.python, args.peer_python)
                tasks.append(Task("cleanscrape", n, m, argv, cleanscrape_env(args.model), label="shipped"))
                if trained:
                    tasks.append(Task("cleanscrape", n, m, argv, cleanscrape_env(str(model)), label="loso"))
                else:
                    print(f"loso: training without {n} failed; its row shows the shipped model only",
                          file=sys.stderr)
        rows = run_tasks(tasks, sets, staged, scorer, args.jobs)
    print(f"## leave-one-set-out, {args.split} halves (each set scored with a model fitted on the "
          "other sets' fit halves)\n")
    columns = [(lab, m) for m in args.modes for lab in ("shipped", "loso")]
    print(table(rows, names, columns))
    print(f"\nwall time {time.perf_counter() - t0:.0f}s")
    if args.json:
        args.json.write_text(json.dumps({"loso": True, "split": args.split, "rows": rows}, indent=1),
                             encoding="utf-8")
    return 0

#!/usr/bin/env python3
"""Generate the segmentation benchmark into a temporary folder and score cleanscrape on it.

    python benchmarks/segmentation/run.py --bench ../shared/bench                # held-out half
    python benchmarks/segmentation/run.py --bench ../shared/bench --half fit --failures 40
    python benchmarks/segmentation/run.py --bench ../shared/bench --score-pages  # via score_pages.py itself

Scoring is ``score_pages.py``'s own (imported from ``--bench``): the pages are
cleaned in one process (``cleanscrape clean --input-format text PAGE...``, the
records grouped by ``source``), then every page goes through its ``score_page``,
so the figures are the ones ``score_pages.py --set DIR`` prints, without a process
per page. ``--score-pages`` runs ``score_pages.py --set DIR`` instead (slower) and
prints its output. ``--keep DIR`` writes the set to DIR and leaves it there.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shlex
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def load_scorer(bench: Path):
    spec = importlib.util.spec_from_file_location("score_pages", bench / "score_pages.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def clean_all(cmd: list[str], pages: list[Path]) -> dict[str, list[dict]]:
    """Records per page path, from one CLI run per batch of pages."""
    sp = None
    out: dict[str, list[dict]] = defaultdict(list)
    for i in range(0, len(pages), 200):
        batch = [str(p) for p in pages[i:i + 200]]
        proc = subprocess.run(cmd + batch, capture_output=True, text=True, env=_env())
        if proc.returncode not in (0, 1):
            sys.exit(f"cleanscrape failed (exit {proc.returncode}): {proc.stderr[-400:]}")
        sp = sp or proc
        for line in proc.stdout.splitlines():
            if line.strip():
                rec = json.loads(line)
                out[rec["source"]].append(rec)
    return out


def _env() -> dict:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + (":" + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def score_set(scorer, folder: Path, cmd: list[str]) -> list[tuple[str, dict, dict, list[dict]]]:
    scorer.PAGES, scorer.GOLD = folder / "pages", folder / "gold"
    golds = scorer.load_gold()
    recs = clean_all(cmd, [p for _, p, _ in golds])
    rows = []
    for name, page, gold in golds:
        got = [{"title": r.get("title") or "", "body": r.get("body") or ""} for r in recs.get(str(page), [])]
        rows.append((name, gold, scorer.score_page(gold, got), got))
    return rows


def summary(rows, label: str) -> str:
    n = len(rows)
    f1 = sum(r["f1"] for _, _, r, _ in rows) / n
    pages_ok = sum(r["count_ok"] for _, _, r, _ in rows)
    stories = sum(r["n_gold"] for _, _, r, _ in rows)
    titles = sum(r["titles_ok"] for _, _, r, _ in rows)
    leaks = sum(len(r["leaked"]) for _, _, r, _ in rows)
    keepmiss = sum(len(r["missed"]) for _, _, r, _ in rows)
    lost = sum(a["record"] is None for _, _, r, _ in rows for a in r["per_article"])
    return (f"{label}: pages {n}, stories {stories}; record count right {pages_ok}/{n} "
            f"({pages_ok / n:.1%}), titles right {titles}/{stories} ({titles / max(stories, 1):.1%}), "
            f"body F1 {f1:.3f}, leaks {leaks}, keep strings lost {keepmiss}, stories with no record {lost}\n"
            f"{label}: F1={f1:.3f} articles={pages_ok}/{n} titles={titles}/{stories} leaks={leaks} "
            f"keepmiss={keepmiss} errors=0")


def _same_language(notes: str) -> bool:
    loc = notes.split("locale ", 1)[1].split(",", 1)[0]
    return f"copy {loc};" in notes


def by_family(rows) -> str:
    fams = defaultdict(list)
    for row in rows:
        fams[row[0].rsplit("-", 1)[0]].append(row)
    out = []
    for fam, rs in fams.items():
        n, st = len(rs), sum(r["n_gold"] for _, _, r, _ in rs)
        out.append(f"  {fam:18s} pages {n:3d} count {sum(r['count_ok'] for _, _, r, _ in rs) / n:6.1%}"
                   f"  titles {sum(r['titles_ok'] for _, _, r, _ in rs) / max(st, 1):6.1%}"
                   f"  F1 {sum(r['f1'] for _, _, r, _ in rs) / n:.3f}"
                   f"  leaks {sum(len(r['leaked']) for _, _, r, _ in rs):4d}"
                   f"  keepmiss {sum(len(r['missed']) for _, _, r, _ in rs):4d}")
    return "\n".join(out)


def failures(rows, limit: int) -> str:
    out = []
    for name, _gold, r, got in rows:
        if r["count_ok"] and r["titles_ok"] == r["n_gold"] and not r["leaked"] and not r["missed"]:
            continue
        out.append(f"{name} F1={r['f1']:.3f} records {r['n_out']}/{r['n_gold']} titles {r['titles_ok']}/{r['n_gold']}")
        for k, a in enumerate(r["per_article"]):
            if not a["title_ok"]:
                out.append(f"    gold[{k}] F1={a['f1']:.2f} want={a['gold_title'][:70]!r} got={(a['got_title'] or '-')[:70]!r}")
        for j in r["extra"]:
            out.append(f"    extra record: title={got[j]['title'][:70]!r} body={got[j]['body'][:90]!r}")
        out += [f"    leak: {s[:80]!r}" for s in r["leaked"][:6]]
        out += [f"    lost: {s[:80]!r}" for s in r["missed"][:4]]
        if len(out) > limit * 8:
            break
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, required=True, help="the shared bench folder (../shared/bench)")
    ap.add_argument("--half", choices=[*generate.HALVES, "probe", "probe2", "probe3", "probe4", "probe5", "probe6", "probe7", "probe8", "probe9", "probe10", "both"], default="heldout")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--pages", type=int, default=330)
    ap.add_argument("--cmd", default=f"{shlex.quote(sys.executable)} -m cleanscrape clean --input-format text",
                    help="the cleaning command (pages are appended)")
    ap.add_argument("--score-pages", action="store_true", help="run score_pages.py --set DIR itself (slow)")
    ap.add_argument("--failures", type=int, default=0, metavar="N", help="print about N failing pages")
    ap.add_argument("--keep", type=Path, help="write the set here (not a temporary folder) and keep it")
    args = ap.parse_args(argv)
    halves = generate.HALVES if args.half == "both" else (args.half,)
    scorer = load_scorer(args.bench)
    for half in halves:
        with tempfile.TemporaryDirectory(prefix=f"segbench-{half}-") as tmp:
            folder = (args.keep / half) if args.keep else Path(tmp)
            t0 = time.perf_counter()
            pages = generate.build(generate.load_bench_texts(args.bench, half), half, args.seed, args.pages)
            generate.write(folder, pages)
            t_gen = time.perf_counter() - t0
            if args.score_pages:
                subprocess.run([sys.executable, str(args.bench / "score_pages.py"), "--set", str(folder)],
                               env=dict(_env(), CLEANSCRAPE_CMD=args.cmd), check=False)
                continue
            t0 = time.perf_counter()
            rows = score_set(scorer, folder, shlex.split(args.cmd))
            print(f"# {half}: generated in {t_gen:.1f}s, cleaned and scored in {time.perf_counter() - t0:.1f}s")
            print(by_family(rows))
            print(summary(rows, f"segbench-{half}"))
            same = [r for r in rows if _same_language(r[1]["notes"])]
            print(summary(same, "  (pages whose template speaks the copy's language)").splitlines()[0])
            if args.failures:
                print(failures(rows, args.failures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

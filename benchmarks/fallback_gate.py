"""What a page-level fallback for the HTML mode's text container could give, on fit halves, by gates that need no gold.

    python benchmarks/fallback_gate.py --bench ../shared/bench
    python benchmarks/fallback_gate.py --bench ../shared/bench --sets trafilatura-eval --limit 100

Mature extractors guard their main choice: trafilatura keeps readability's or jusText's text
when its own looks thin (``external.compare_extraction``), Readability.js retries with looser
settings when it keeps too little. cleanscrape's reader chooses one text container
(``io.html._main_container``); when it is the wrong one, the article's paragraphs stand outside
it, a generic decision (CS502) drops them and the block model (CS505) scores them under its
readmit probability. This tool measures what a guard could bring back there, offline.

For each page of each set's ``--split`` half (default ``fit``; dragnet refused: its pages are AGPL
and only measured), the page is labelled as the pipeline labels it (``recall_stage.Stages``), and
its *candidates* are the blocks outside the container (hint ``main`` false) that a generic
decision dropped and the model scored under its readmit probability. Each gate, with each of its
settings, takes some of a page's candidates by a measure that needs no gold:

* ``ratio LO R``: every candidate scored LO or more, of 80 characters or more, when together they
  hold R times the characters the page keeps or more (little kept against the prose beside it);
* ``described LO T``: every candidate scored LO or more whose word 3-shingles are a share T or more
  in the page's meta description (`description`, `og:description`, `twitter:description`): the
  text the page's own summary points at;
* ``run LO N``: runs of N candidates or more (scored LO or more, 80 characters or more, link density
  under 0.2, at most one block apart): paragraphs in a row outside the container, not one bio;
* ``above LO C``: candidates above the container's first block (a deck or standfirst), scored LO
  or more, of C characters or more.

The blocks a gate takes are appended to the page's record text (not put in their place: at most
the shingles across one join differ), and each set is scored with BENCH/score.py's metric (F1,
snippet F1 on a snippet set). Prints, per gate and setting, the change of each set's figure and
the pages it fired on, and the mean change over the sets: aggregates only, no page is listed.
A gate is worth building only where it gains on every set (the sets' gold differs on decks and
standfirsts: scrapinghub's and readability-tests' leave them out).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchscore  # noqa: E402
import realsets  # noqa: E402
from lxml import etree  # noqa: E402
from recall_stage import Stages, _read  # noqa: E402

from cleanscrape.pipeline import Pipeline  # noqa: E402
from cleanscrape.rules.model import load_models  # noqa: E402

PROSE_CHARS = 80  # a candidate this long may be a paragraph (``ratio``, ``run``)
RUN_LINKS = 0.2  # a run's blocks hold less link text than this share
RUN_GAP = 2  # blocks of a run stand at most this many indices apart (one block between)
SHINGLE = 3  # words of the shingles compared with the description
MIN_SHINGLES = 4  # a block with fewer is too short to match a description
_WORDS = re.compile(r"\w+")
_DESCRIPTIONS = frozenset({"description", "og:description", "twitter:description"})
GRID: dict[str, list[tuple[float, float]]] = {
    "ratio": [(lo, r) for lo in (0.2, 0.3, 0.4) for r in (0.5, 1.0, 2.0)],
    "described": [(lo, t) for lo in (0.0, 0.3) for t in (0.5, 0.9)],
    "run": [(lo, n) for lo in (0.2, 0.3, 0.4) for n in (2, 3)],
    "above": [(lo, c) for lo in (0.3, 0.4) for c in (80, 200)],
}


@dataclass
class Candidate:
    index: int
    p: float
    text: str
    links: float


@dataclass
class Page:
    """What the gates read of one page: its record text, what it keeps, its container's span,
    its meta descriptions and its candidates."""

    pred: str
    kept_chars: int
    first_main: int  # the container's first and last block (-1: no container)
    last_main: int
    descriptions: list[str] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)


def descriptions(data: bytes) -> list[str]:
    """The page's meta descriptions, in document order."""
    try:
        root = etree.fromstring(data, etree.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return []
    if root is None:
        return []
    out = []
    for el in root.iter("meta"):
        key = (el.get("name") or el.get("property") or "").lower()
        content = el.get("content")
        if key in _DESCRIPTIONS and content and content.strip():
            out.append(content)
    return out


def read_page(data: bytes, pipe: Pipeline, bare: Pipeline, models) -> Page:
    st = Stages(data, pipe, bare, models)
    blocks = st.doc.blocks
    kept = sum(len(b.text) for b, f in zip(blocks, st.labels) if f is None or f.role.value == "content")
    main = [k for k, b in enumerate(blocks) if b.hints.get("main")]
    page = Page(st.pred, kept, main[0] if main else -1, main[-1] if main else -1, descriptions(data))
    for k, p in sorted(st.score.items()):
        f = st.labels[k]
        h = blocks[k].hints
        if f is not None and f.role.value != "content" and h.get("main") is False:
            page.candidates.append(Candidate(k, p, blocks[k].text, float(h.get("link_density") or 0.0)))
    return page


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _WORDS.findall(text.lower())
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def described_share(text: str, texts: list[str]) -> float:
    """The largest share of ``text``'s word shingles that one of ``texts`` holds (0 for a short text)."""
    own = _shingles(text)
    if len(own) < MIN_SHINGLES:
        return 0.0
    return max((len(own & _shingles(d)) / len(own) for d in texts), default=0.0)


def gate_ratio(page: Page, lo: float, ratio: float) -> list[str]:
    taken = [c.text for c in page.candidates if c.p >= lo and len(c.text) >= PROSE_CHARS]
    return taken if taken and sum(map(len, taken)) >= ratio * page.kept_chars else []


def gate_described(page: Page, lo: float, share: float) -> list[str]:
    if not page.descriptions:
        return []
    return [c.text for c in page.candidates if c.p >= lo and described_share(c.text, page.descriptions) >= share]


def gate_run(page: Page, lo: float, least: float) -> list[str]:
    runs: list[list[Candidate]] = []
    for c in page.candidates:
        if c.p < lo or len(c.text) < PROSE_CHARS or c.links >= RUN_LINKS:
            continue
        if runs and c.index - runs[-1][-1].index <= RUN_GAP:
            runs[-1].append(c)
        else:
            runs.append([c])
    return [c.text for run in runs if len(run) >= least for c in run]


def gate_above(page: Page, lo: float, chars: float) -> list[str]:
    if page.first_main < 0:
        return []
    return [c.text for c in page.candidates if c.index < page.first_main and c.p >= lo and len(c.text) >= chars]


GATES: dict[str, Callable[[Page, float, float], list[str]]] = {
    "ratio": gate_ratio, "described": gate_described, "run": gate_run, "above": gate_above}


def with_gate(pages: dict[str, Page], gate: Callable[[Page, float, float], list[str]],
              a: float, b: float) -> tuple[dict[str, str], int]:
    """Each page's text with what the gate takes appended, and the pages it fired on."""
    preds, fired = {}, 0
    for pid, page in pages.items():
        taken = gate(page, a, b)
        fired += bool(taken)
        preds[pid] = "\n\n".join([page.pred, *taken]) if taken else page.pred
    return preds, fired


def _figure(ps: realsets.PageSet, preds: dict[str, str]) -> float:
    metrics, _ = benchscore.evaluate(ps.truth, preds)
    return realsets.cell(metrics)["f1"] or 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, required=True, help="the folder holding score.py and the sets")
    ap.add_argument("--sets", default="", help="comma-separated sets (default: all but dragnet)")
    ap.add_argument("--split", choices=("fit", "check", "all"), default="fit", help="the half (default: fit)")
    ap.add_argument("--gates", default=",".join(GATES), help="comma-separated gates (default: all)")
    ap.add_argument("--limit", type=int, default=0, help="the first N pages of each set only")
    args = ap.parse_args(argv)
    wanted = [s for s in args.sets.split(",") if s]
    if realsets.refused("fallback_gate.py", wanted):
        return 2
    names = [s for s in realsets.find_sets(args.bench, wanted or None) if s not in realsets.NOT_VIEWED]
    gates = [g for g in args.gates.split(",") if g]
    unknown = [g for g in gates if g not in GATES]
    if unknown:
        ap.error(f"no gate {', '.join(unknown)} (known: {', '.join(GATES)})")
    pipe, bare, models = Pipeline(), Pipeline().without("CS505"), load_models()
    sets: dict[str, tuple[realsets.PageSet, dict[str, Page], float]] = {}
    for name in names:
        ps = realsets.load_set(args.bench / name, args.split, args.limit)
        pages = {pid: read_page(_read(path), pipe, bare, models)
                 for pid, path in sorted(ps.inputs["html"].items()) if pid in ps.truth}
        ps.truth = {pid: t for pid, t in ps.truth.items() if pid in pages}
        sets[name] = (ps, pages, _figure(ps, {pid: p.pred for pid, p in pages.items()}))
    print(f"HTML mode, {args.split} halves: " + ", ".join(f"{n} {base:.4f} ({len(pages)} pages)"
                                                         for n, (_, pages, base) in sets.items()))
    print("\n| gate | " + " | ".join(sets) + " | mean |\n|---|" + "---:|" * (len(sets) + 1))
    for g in gates:
        for a, b in GRID[g]:
            cells, deltas = [], []
            for ps, pages, base in sets.values():
                preds, fired = with_gate(pages, GATES[g], a, b)
                delta = _figure(ps, preds) - base
                deltas.append(delta)
                cells.append(f"{delta:+.4f} ({fired})")
            mean = sum(deltas) / max(len(deltas), 1)
            print(f"| {g} {a:g} {b:g} | " + " | ".join(cells) + f" | {mean:+.5f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Which language phrases drop article text: drop_audit.py's removals put by the phrase that fired.

    python benchmarks/phrase_audit.py --bench ../shared/bench --dump /tmp/drops.jsonl       # read the fit halves once
    python benchmarks/phrase_audit.py --load /tmp/drops.jsonl [--groups call_to_action] [--show 5]

Every block a record's body lacks on the fit halves (HTML and text; ``dragnet`` is never read)
is classed as ``drop_audit.py`` classes it (its rule code, CS501's feature), with its gold share
(the share of its 4-shingles the gold body holds and the output lacks; on a snippet set, the
must-have snippets it holds against its must-not ones). Then every phrase of every phrase group
of the language files (``cleanscrape/lang/*.toml``, compiled by the phrase grammar with a loose
pattern for each slot) is searched in each dropped block, case-blind, as whole words. Per
(group, phrase) it prints the tokens of the dropped blocks it occurs in, the part of them that is
gold, and the classes that removed them: a phrase whose drops are mostly gold, under the class
of the rule that reads its group, is a candidate to fix by shape.

A phrase occurring in a dropped block is not proof that it decided the drop (another rule may
have removed the line): read the class column, and confirm a candidate by changing it and
measuring. ``--show N`` prints the N blocks with the most gold per listed phrase (fit halves only,
as drop_audit.py's ``--pages``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchscore  # noqa: E402
import drop_audit  # noqa: E402
import realsets  # noqa: E402

from cleanscrape.io import html as reader  # noqa: E402
from cleanscrape.io.text import read_text  # noqa: E402
from cleanscrape.lang import languages  # noqa: E402
from cleanscrape.patterns import phrase_pattern  # noqa: E402
from cleanscrape.pipeline import Pipeline  # noqa: E402
from cleanscrape.rules.model import load_models  # noqa: E402

# a loose pattern for every slot the phrase grammar's groups name (the rules' own are stricter)
SLOTS = {"word": r"\w+", "platform": r"\w+", "handle": r"@?\w+", "number": r"\d+", "n": r"\d+",
         "percent": r"\d+ ?%", "end_of_line": r"$", "end_of_word": r"\b"}
LOOSE = r"[^\n]{0,80}?"


def _slots(phrase: str) -> dict[str, str]:
    return {name: SLOTS.get(name, LOOSE) for name in re.findall(r"\{(\w+)\}", phrase)}


def phrase_regexes() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """Every phrase of every list group, by group: the phrase and its case-blind whole-word regex."""
    out: dict[str, list[tuple[str, re.Pattern[str]]]] = defaultdict(list)
    for lang in languages():
        for group, phrases in lang.lists.items():
            for p in phrases:
                try:
                    pat = phrase_pattern(p, r"\s+", _slots(p))
                    rx = re.compile(r"(?<!\w)" + pat + (r"(?!\w)" if p[-1:].isalnum() else ""), re.I)
                except (ValueError, re.error):
                    continue
                out[group].append((f"{lang.code}:{p}", rx))
    return out


def dump_drops(bench: Path, out: Path, modes: list[str], sets: list[str] | None) -> None:
    """Every dropped block of the fit halves, one JSON line each, with its class and gold."""
    scorer = benchscore.scorer(bench)
    pipe = Pipeline()
    models = load_models()
    names = [n for n in realsets.find_sets(bench, sets) if n not in drop_audit.AGGREGATE_ONLY]
    with out.open("w", encoding="utf-8") as fh:
        for mode in modes:
            model = models.get(mode)
            codes = model.codes if model is not None else frozenset()
            for name in names:
                ps = realsets.load_set(bench / name, "fit")
                for pid in sorted(ps.inputs[mode]):
                    path = ps.inputs[mode][pid]
                    data = drop_audit._read(path)
                    doc = reader.read_html(data) if mode == "html" else \
                        read_text(data.decode("utf-8", "replace"), source=str(path))
                    drops, pred = drop_audit.page_drops(doc, pipe, codes, str(path))
                    for d in drops:
                        tallies: dict[str, drop_audit.ClassTally] = defaultdict(drop_audit.ClassTally)
                        drop_audit.tally_page(tallies, pid, [d], ps.truth[pid], scorer, pred)
                        t = tallies[d["cls"]]
                        fh.write(json.dumps({"set": name, "mode": mode, "page": pid, "cls": d["cls"],
                                             "text": d["text"], "tokens": t.tokens, "gold": t.gold,
                                             "have": t.have, "not": t.must_not}) + "\n")


COMMON = 0.02  # a phrase found in more than this share of the audited blocks is left out


def _share(t: dict) -> float:
    """The share of a phrase's dropped text that is gold: tokens on full-text sets, plus must-have
    snippets held against must-not ones on a snippet set (each snippet weighed as 10 tokens)."""
    total = t["tokens"] + 10 * (t["have"] + t["not"])
    return (t["gold"] + 10 * t["have"]) / total if total else 0.0


def audit(rows: list[dict], groups: set[str], min_tokens: float, show: int, classes: str = "") -> None:
    """Per (group, phrase): tokens, gold share and classes of the dropped blocks it occurs in
    (only the blocks whose class ``classes`` matches at its start, a regex, when given)."""
    table = phrase_regexes()
    if classes:
        rows = [r for r in rows if re.match(classes, r["cls"])]
    tally: dict[tuple[str, str], dict] = {}
    for group, phrases in sorted(table.items()):
        if groups and group not in groups:
            continue
        for phrase, rx in phrases:
            t = {"tokens": 0.0, "gold": 0.0, "have": 0, "not": 0, "cls": Counter(), "sets": Counter(), "top": []}
            for r in rows:
                if not rx.search(r["text"]):
                    continue
                t["tokens"] += r["tokens"]
                t["gold"] += r["gold"]
                t["have"] += r["have"]
                t["not"] += r["not"]
                t["cls"][r["cls"]] += r["tokens"]
                t["sets"][f"{r['set']}/{r['mode']}"] += r["gold"]
                t["top"].append(r)
            t["blocks"] = len(t["top"])
            # (a phrase found in a large part of the blocks, a stopword, says nothing of why they went)
            if (t["tokens"] >= min_tokens or t["have"]) and t["blocks"] <= COMMON * len(rows):
                tally[(group, phrase)] = t
    # mostly-gold phrases first: by share of gold (must-haves for snippets), then by gold
    order = sorted(tally.items(), key=lambda kv: (-_share(kv[1]), -(kv[1]["gold"] + 10 * kv[1]["have"])))
    print(f"{'group':24} {'phrase':34} {'tokens':>7} {'gold':>7} {'share':>6} {'have/not':>8}  classes")
    for (group, phrase), t in order:
        share = _share(t)
        cls = ", ".join(f"{c} {n:.0f}" for c, n in t["cls"].most_common(3))
        print(f"{group[:24]:24} {phrase[:34]:34} {t['tokens']:7.0f} {t['gold']:7.0f} {share:6.2f} "
              f"{t['have']:>3}/{t['not']:<4}  {cls}")
        for r in sorted(t["top"], key=lambda r: -(r["gold"] + 10 * r["have"]))[:show]:
            print(f"    [{r['set']}/{r['mode']} {r['cls']} gold {r['gold']:.0f}/{r['tokens']:.0f}] {r['text'][:300]!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, help="the folder holding score.py and the sets (with --dump)")
    ap.add_argument("--dump", type=Path, help="read the fit halves and write their dropped blocks here")
    ap.add_argument("--load", type=Path, help="audit the phrases over the dropped blocks written before")
    ap.add_argument("--sets", default="", help="comma-separated sets (default: all but dragnet)")
    ap.add_argument("--modes", default="html,text", help="html, text or both (default)")
    ap.add_argument("--groups", default="", help="comma-separated phrase groups (default: all)")
    ap.add_argument("--min-tokens", type=float, default=30, help="leave out phrases in fewer dropped tokens")
    ap.add_argument("--classes", default=r"CS[1-4]|CS501 call-to-action",
                    help="a regex the classes audited start with (default: the rules that read phrases, not the "
                         "container's and the content scorer's generic decisions); '' for every class")
    ap.add_argument("--show", type=int, default=0, help="the N blocks with most gold per phrase")
    args = ap.parse_args(argv)
    if args.dump:
        if args.bench is None:
            ap.error("--dump needs --bench")
        dump_drops(args.bench, args.dump, [m for m in args.modes.split(",") if m],
                   [s for s in args.sets.split(",") if s] or None)
    source = args.load or args.dump
    if source is None:
        ap.error("give --dump or --load")
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
    audit(rows, {g for g in args.groups.split(",") if g}, args.min_tokens, args.show, args.classes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

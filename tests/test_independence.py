"""Rules declare what they read: ignoring one rule changes only its own lines and the
lines of the decisions that declare, directly or through other decisions, that they
read it. Held over every page of the corpus (text and HTML), for every rule. (A rule
that reads the pattern rules as shapes, ``Rule.shapes``, does not read their labels: it
sees what they find whether they run or not.)"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from cleanscrape.document import Document
from cleanscrape.engine import label, plan, readers_of
from cleanscrape.io.html import read_html
from cleanscrape.io.text import read_text
from cleanscrape.pipeline import SHAPE_RULES
from cleanscrape.registry import DEFAULT_RULES
from cleanscrape.rules.base import Rule

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def corpus_documents() -> list[Document]:
    docs = []
    for page in sorted((CORPUS / "pages").glob("*.txt")) + sorted((CORPUS / "html" / "pages").glob("*.txt")):
        data = page.read_bytes()
        if data.lstrip().lower().startswith(b"<!doctype html"):
            docs.append(read_html(data, source=str(page)))
        else:
            docs.append(read_text(data.decode("utf-8"), source=str(page)))
    return docs


def _codes(doc: Document, rules: tuple[Rule, ...]) -> tuple[str | None, ...]:
    # (as a pipeline runs them: a rule that reads shapes sees the shipped pattern rules)
    return tuple(f.code if f is not None else None for f in label(doc, rules, steps=plan(rules, SHAPE_RULES)).labels)


def violations(rules: tuple[Rule, ...] = DEFAULT_RULES,
               docs: list[Document] | None = None) -> dict[str, Counter[str]]:
    """Per ignored code: the lines it changed that it may not change, counted by the code
    that labels them now (or labelled them before)."""
    docs = corpus_documents() if docs is None else docs
    full = [_codes(d, rules) for d in docs]
    allowed = readers_of(rules)
    out: dict[str, Counter[str]] = {}
    for r in rules:
        rest = tuple(x for x in rules if x is not r)
        bad: Counter[str] = Counter()
        for doc, before in zip(docs, full):
            after = _codes(doc, rest)
            for a, b in zip(before, after):
                if a == b or a == r.code:
                    continue
                if a in allowed[r.code] or b in allowed[r.code]:
                    continue  # the rule that labels it, in one run or the other, reads X
                bad[f"{a}->{b}"] += 1
        if bad:
            out[r.code] = bad
    return out


# rules whose ignoring still changes lines they may not change: code -> (lines, why). Empty:
# every rule reads only what it declares. An entry may only shrink.
ALLOWED: dict[str, tuple[int, str]] = {}


def test_ignoring_a_rule_changes_only_its_lines_and_its_readers():
    got = {code: sum(bad.values()) for code, bad in violations().items()}
    over = {code: n for code, n in got.items() if n > ALLOWED.get(code, (0, ""))[0]}
    assert not over, f"lines changed by ignoring a rule that no declared reader explains: {over}"


if __name__ == "__main__":
    got = violations()
    total = 0
    for code, bad in got.items():
        n = sum(bad.values())
        total += n
        print(code, n, dict(bad.most_common(6)))
    print(f"{len(got)} rules, {total} lines", file=sys.stderr)

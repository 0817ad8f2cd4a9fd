"""Rules declare the labels they read: the engine orders them from the declarations, shows
each rule only those labels (and its own), and `cleanscrape rule` says what a rule reads."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from cleanscrape import Role, line_rule
from cleanscrape.document import Finding
from cleanscrape.engine import label, ordered, plan, reads_of
from cleanscrape.io.text import read_text
from cleanscrape.registry import DEFAULT_RULES
from cleanscrape.rules.base import Context, Rule

DOCS = "What it removes: x\nWhy: y\nExample: z\nKept: w"
PAGE = "Advertisement\nHarbour cranes return\nThe cranes came back on Monday after a long refit.\n"
AD = line_rule("CS950", "ad-word", Role.CHROME, "Advertisement", "an ad label", DOCS)


@dataclass(frozen=True)
class AfterTaken(Rule):
    """Labels the line under any line it sees taken (a decision: what it reads counts)."""

    def check(self, ctx: Context) -> Iterator[Finding]:
        for i, f in enumerate(ctx.findings[:-1]):
            if f is not None and f.code != self.code:
                yield self.finding(i + 1, "under a taken line")


BLIND = AfterTaken("CS951", "after-taken", "x", Role.RELATED, doc=DOCS)


def codes(rules: tuple[Rule, ...]) -> list[str | None]:
    return [f.code if f is not None else None for f in label(read_text(PAGE), rules).labels]


def test_a_rule_sees_only_the_labels_it_declares():
    assert codes((AD, BLIND)) == ["CS950", None, None]  # reads nothing: sees no label
    reader = AfterTaken("CS951", "after-taken", "x", Role.RELATED, doc=DOCS, reads=("CS950",))
    assert codes((AD, reader)) == ["CS950", "CS951", None]
    by_role = AfterTaken("CS951", "after-taken", "x", Role.RELATED, doc=DOCS, reads=(Role.CHROME,))
    assert codes((AD, by_role)) == ["CS950", "CS951", None]


def test_a_rule_runs_after_the_rules_it_reads():
    reader = AfterTaken("CS951", "after-taken", "x", Role.RELATED, doc=DOCS, reads=("CS950",))
    assert [r.code for r in ordered((reader, AD))] == ["CS950", "CS951"]
    assert codes((reader, AD)) == ["CS950", "CS951", None]
    # a role names only the rules before it: listed first, the reader sees no chrome rule
    by_role = AfterTaken("CS951", "after-taken", "x", Role.RELATED, doc=DOCS, reads=(Role.CHROME,))
    assert reads_of((by_role, AD)) == {"CS951": frozenset(), "CS950": frozenset()}


def test_a_cycle_is_an_error_that_names_it():
    a = AfterTaken("CS951", "a", "x", Role.RELATED, doc=DOCS, reads=("CS952",))
    b = AfterTaken("CS952", "b", "x", Role.RELATED, doc=DOCS, reads=("CS951",))
    with pytest.raises(ValueError, match="CS951 reads CS952 reads CS951"):
        plan((AD, a, b))


def test_the_default_rules_keep_their_order_and_artefact_rules_read_nothing():
    assert ordered(DEFAULT_RULES) == DEFAULT_RULES
    reads = reads_of(DEFAULT_RULES)
    for r in DEFAULT_RULES:
        assert (r.kind == "artefact") == (not r.reads)
        assert r.code not in reads[r.code]
    assert reads["CS101"] == frozenset() and "CS413" in reads["CS501"]
    assert "CS412" not in reads["CS501"]  # a pattern rule: a shape of the line to it, not a read


def test_rule_command_shows_what_a_rule_reads(capsys):
    from cleanscrape.cli.main import main

    assert main(["rule", "CS101"]) == 0
    assert "kind: artefact" in capsys.readouterr().out
    assert main(["rule", "CS501"]) == 0
    out = capsys.readouterr().out
    assert "kind: decision; reads" in out and "CS413" in out
    assert main(["rules", "--output-format", "json"]) == 0
    rows = {r["code"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["CS101"]["kind"] == "artefact" and rows["CS101"]["reads"] == []
    assert rows["CS501"]["kind"] == "decision" and "CS413" in rows["CS501"]["reads"]


def test_user_rules_take_part_in_role_reads():
    from cleanscrape.registry import all_rules
    from cleanscrape.rules.user import UserRule

    mine = UserRule.make("CS901", "sponsor-line", "Presented by .{1,60}", Role.CHROME, "sponsor lines")
    rules = all_rules(user_rules=(mine,), plugins=())
    reads = reads_of(rules)
    assert mine.kind == "artefact" and "CS901" in reads["CS501"] and "CS901" not in reads["CS101"]
    assert ordered(rules)[0] is mine


def test_a_rule_that_reads_shapes_sees_left_out_pattern_rules_but_leaves_their_lines():
    reader = AfterTaken("CS951", "after-taken", "x", Role.RELATED, doc=DOCS, reads=(Role.CHROME,), shapes=True)
    assert reads_of((AD, reader))["CS951"] == frozenset()  # the pattern rule is a shape, not a read
    doc = read_text(PAGE)
    both = [f.code if f else None for f in label(doc, (AD, reader), steps=plan((AD, reader), (AD,))).labels]
    alone = [f.code if f else None for f in label(doc, (reader,), steps=plan((reader,), (AD,))).labels]
    assert both == ["CS950", "CS951", None]
    assert alone == [None, "CS951", None]  # the left-out rule's line is kept; what the reader decides stays


IGNORED_AD_PAGE = """Harbour cranes return to Port Velmora
By Jane Roe
The cranes came back to the harbour on Monday after a long refit, the port authority said.
Dock workers cheered as the first of the four cranes was lifted into place on the quay.
Advertisement
"""


def test_ignoring_the_advert_rule_keeps_its_line_as_text_not_a_related_headline():
    from cleanscrape import Pipeline

    (full,) = Pipeline().clean(IGNORED_AD_PAGE)
    assert [(r.code, r.text) for r in full.removed if r.line == 5] == [("CS404", "Advertisement")]
    (ignored,) = Pipeline.from_codes(ignore=["CS404"]).clean(IGNORED_AD_PAGE)
    assert ignored.paragraphs[-1] == "Advertisement"  # kept as text, as ruff leaves code unflagged
    assert [r for r in ignored.removed if r.line == 5] == []
    assert ignored.paragraphs[:2] == full.paragraphs


def test_inline_related_headlines_read_no_pattern_rule(capsys):
    reads = reads_of(DEFAULT_RULES)
    assert "CS404" not in reads["CS205"] and "CS203" not in reads["CS205"]
    assert "CS204" in reads["CS205"]  # a context rule it still reads
    from cleanscrape.cli.main import main

    assert main(["rule", "CS205"]) == 0
    assert "as shapes of the line" in capsys.readouterr().out

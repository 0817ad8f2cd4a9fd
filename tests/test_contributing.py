"""CONTRIBUTING.md's walk-throughs, followed as written (issue #20): "How to add a language" with
its example file, "How to add a rule" with its example group, rule and fixture, and the plugin
package it shows. Each test reads its blocks from CONTRIBUTING.md, so a step that stops working
as written fails here."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

import cleanscrape
from cleanscrape import Role, lang, line_rule, registry
from cleanscrape.io.text import read_text
from cleanscrape.lang import words as lang_words
from cleanscrape.patterns import phrases_alternation
from cleanscrape.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
_BLOCK = re.compile(r"^ *```(\w*)\n(.*?)^ *```", re.MULTILINE | re.DOTALL)

# a page in the language of the example file (its months hold `helmikuuta`, February)
FINNISH_PAGE = """Kaupunki avaa uuden uimahallin Rantakadulle ensi talvena
Julkaistu 3. helmikuuta 2026 klo 9.30
Kaupunginhallitus hyväksyi maanantaina suunnitelman, jonka mukaan uusi uimahalli rakennetaan Rantakadun varteen ja se avataan ensi talvena.
Lue myös: Kirjaston aukioloajat muuttuvat kevään aikana
Hallin rakentaminen alkaa keväällä, ja sen arvioidaan maksavan noin kaksikymmentä miljoonaa euroa, kertoo kaupungin tiedote.
Mainos
Asukkaat ovat toivoneet uutta hallia jo vuosia, sillä vanha uimahalli on ollut suljettuna remontin takia.
Jaa artikkeli
"""


def blocks(section: str) -> list[tuple[str, str]]:
    """(language, text) of each fenced block of a CONTRIBUTING.md section, unindented."""
    start = DOC.index(f"## {section}")
    end = DOC.find("\n## ", start + 1)
    return [(kind, textwrap.dedent(text)) for kind, text in _BLOCK.findall(DOC[start:end if end > 0 else None])]


def cli(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """``cleanscrape ARGS`` from this checkout, with ``env`` (and no language folder unless given);
    a ``PYTHONPATH`` in ``env`` comes after this checkout's source."""
    full = dict(os.environ)
    full.pop(lang.ENV_VAR, None)
    extra = env.get("PYTHONPATH")
    full.update(env, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), *([extra] if extra else [])]))
    return subprocess.run([sys.executable, "-m", "cleanscrape", *args], cwd=cwd, env=full, capture_output=True,
                          text=True, timeout=120)


def test_the_language_walkthrough_file_reads_a_page_in_its_language(tmp_path: Path) -> None:
    """Steps 2 and 3: the example file, in a folder named by CLEANSCRAPE_LANGUAGES, is listed by
    `rules --languages`, and `clean` reads the page's date and removes its related link, advert
    and share line."""
    (toml,) = [text for kind, text in blocks("How to add a language") if kind == "toml"]
    folder = tmp_path / "my-langs"
    folder.mkdir()
    (folder / "fi.toml").write_text(toml, encoding="utf-8")
    (tmp_path / "page.txt").write_text(FINNISH_PAGE, encoding="utf-8")
    env = {lang.ENV_VAR: "my-langs"}
    listed = cli("rules", "--languages", cwd=tmp_path, env=dict(env))
    assert listed.returncode == 0, listed.stderr
    assert re.search(r"^fi +Finnish: .*published 2", listed.stdout, re.MULTILINE)
    cleaned = cli("clean", "page.txt", cwd=tmp_path, env=dict(env))
    assert cleaned.returncode == 0, cleaned.stderr
    (record,) = [json.loads(line) for line in cleaned.stdout.splitlines()]
    assert record["published"] == "2026-02-03T09:30"
    assert [r["code"] for r in record["removed"]] == ["CS302", "CS203", "CS404", "CS403"]


def _rule_example() -> tuple[str, str, str]:
    """The group (TOML), the rule (Python) and the fixture of "How to add a rule"."""
    found = blocks("How to add a rule")
    (toml,) = [text for kind, text in found if kind == "toml" and "entry-points" not in text]
    (code,) = [text for kind, text in found if kind == "py" and "line_rule(" in text and "RULES" not in text]
    (fixture,) = [text for kind, text in found if kind == ""]
    return toml, code, fixture


def _fixture(text: str) -> tuple[str, list[int], list[int]]:
    lines = [raw for raw in text.splitlines() if raw.strip() and not raw.startswith("#")]
    return ("\n".join(raw[2:] for raw in lines), [i for i, raw in enumerate(lines) if raw.startswith("- ")],
            [i for i, raw in enumerate(lines) if raw.startswith("+ ")])


def test_the_rule_walkthrough_code_is_free_and_its_artefact_is_not_removed_yet() -> None:
    """Step 1: the example's code is no shipped or retired rule's, and no shipped rule removes its
    fixture's lines (else following the walk-through breaks another rule's fixture)."""
    _, code, fixture = _rule_example()
    example = re.search(r'"(CS\d{3})"', code)
    assert example is not None
    assert example.group(1) not in {r.code for r in cleanscrape.rules()} | registry.RETIRED
    text, hits, keeps = _fixture(fixture)
    labelled = Pipeline().label(read_text(text))
    assert hits and keeps
    assert all(labelled.role(i) is Role.CONTENT for i in hits + keeps), [labelled.labels[i] for i in hits]


def test_the_rule_walkthrough_rule_reads_its_fixture(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Steps 2-5: the group (here in a language folder of its own, as en.toml would hold it), the
    rule built from it with the helpers the step names, and its fixture: the `- ` lines are the
    rule's, the `+ ` line stays."""
    toml, code, fixture = _rule_example()
    (tmp_path / "xx.toml").write_text('name = "Example"\n' + toml, encoding="utf-8")
    monkeypatch.setenv(lang.ENV_VAR, str(tmp_path))
    lang.clear_cache()
    try:
        scope = {"line_rule": line_rule, "Role": Role, "phrases_alternation": phrases_alternation,
                 "lang_words": lang_words}
        exec(code, scope)  # (the module's names the step's code uses)
    finally:
        monkeypatch.delenv(lang.ENV_VAR)
        lang.clear_cache()
    (rule,) = [v for k, v in scope.items() if k.isupper()]
    text, hits, keeps = _fixture(fixture)
    labelled = Pipeline().with_rules(rule).label(read_text(text))
    assert [labelled.labels[i].code if labelled.labels[i] else None for i in hits] == [rule.code] * len(hits)
    assert all(labelled.role(i) is Role.CONTENT for i in keeps)


def test_the_plugin_walkthrough_runs_its_rule(tmp_path: Path) -> None:
    """The plugin package: its module and its entry point, installed (a `.dist-info` folder on
    the path is what installing leaves), and `cleanscrape check` finds what its rule removes."""
    found = blocks("How to add a rule")
    (module,) = [text for kind, text in found if kind == "py" and "RULES" in text]
    (project,) = [tomllib.loads(text) for kind, text in found if kind == "toml" and "entry-points" in text]
    points = project["project"]["entry-points"]["cleanscrape.rules"]
    site = tmp_path / "site"
    dist = site / "back_to_top_plugin-0.1.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: back-to-top-plugin\nVersion: 0.1\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text(
        "[cleanscrape.rules]\n" + "".join(f"{k} = {v}\n" for k, v in points.items()), encoding="utf-8")
    name = re.search(r"^# (\w+)\.py$", module, re.MULTILINE)
    assert name is not None
    (site / f"{name.group(1)}.py").write_text(module, encoding="utf-8")
    (tmp_path / "page.txt").write_text(
        "The council approved the new harbour timetable on Tuesday after a long debate in the hall.\n"
        "Back to top\nThe timetable starts in January and runs for two years, the council said on Tuesday.\n",
        encoding="utf-8")
    proc = cli("check", "page.txt", cwd=tmp_path, env={"PYTHONPATH": str(site)})
    assert re.search(r"page\.txt:2:1: CS927 \[back-to-top\]", proc.stdout), proc.stdout + proc.stderr

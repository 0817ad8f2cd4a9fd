"""Languages as data: the words the rules read live in one TOML file per language
(``src/cleanscrape/lang``); adding a language is adding a file, and no rule module keeps a
list of words of its own."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import cleanscrape
from cleanscrape import lang
from cleanscrape.rules import stopwords, vocab
from cleanscrape.tomlfile import kept_path, load_toml

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "cleanscrape"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "languages"


def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """``cleanscrape ARGS`` from this checkout, with ``env`` added to the environment (no extra
    language folder unless given)."""
    full = dict(os.environ, PYTHONPATH=str(ROOT / "src"), **(env or {}))
    if not env:
        full.pop(lang.ENV_VAR, None)
    return subprocess.run([sys.executable, "-m", "cleanscrape", *args], cwd=cwd, env=full,
                          capture_output=True, timeout=120)


def _clean_fi(tmp_path: Path, with_file: bool) -> dict[str, object]:
    env = {lang.ENV_VAR: str(FIXTURES)} if with_file else {}
    proc = run("clean", "--input-format", "text", "--fields", "title,published,body,removed",
               str(FIXTURES / "fi-page.txt"), cwd=tmp_path, env=env)
    assert proc.returncode == 0, proc.stderr.decode()
    records = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(records) == 1
    return records[0]


def test_a_language_added_as_a_file_cleans_a_page_in_it(tmp_path: Path) -> None:
    """A Finnish page: with Finnish's file in a folder named by CLEANSCRAPE_LANGUAGES (and no
    code change), the date, the related link, the advert and the share line are read as such."""
    record = _clean_fi(tmp_path, with_file=True)
    assert record["title"] == "Kaupunki avaa uuden kirjaston Satamakatu kymmeneen ensi keväänä"
    assert record["published"] == "2025-11-03T14:05"
    assert record["body"] == "\n\n".join(
        line for line in (FIXTURES / "fi-page.txt").read_text(encoding="utf-8").splitlines()[3:]
        if line not in ("Mainos", "Jaa artikkeli"))
    removed = record["removed"]
    assert isinstance(removed, list)
    assert [(r["code"], r["text"]) for r in removed] == [
        ("CS302", "Julkaistu 3. marraskuuta 2025 klo 14.05"),
        ("CS203", "Lue myös: Kirjastojen aukioloajat muuttuvat joulun aikana"),
        ("CS404", "Mainos"),
        ("CS403", "Jaa artikkeli"),
    ]


def test_without_the_language_file_the_same_page_is_misread(tmp_path: Path) -> None:
    """The fixture proves something: without Finnish, its date and advert are not known."""
    if (lang.SHIPPED / "fi.toml").exists():  # (Finnish, CONTRIBUTING's example, ships now: nothing to prove)
        pytest.skip("fi.toml ships: the fixture no longer stands for a language cleanscrape lacks")
    record = _clean_fi(tmp_path, with_file=False)
    assert record["published"] is None
    assert "Mainos" in str(record["body"])


def test_rules_languages_lists_every_language_and_its_groups(tmp_path: Path) -> None:
    proc = run("rules", "--languages", "--output-format", "json", cwd=tmp_path, env={lang.ENV_VAR: str(FIXTURES)})
    assert proc.returncode == 0, proc.stderr.decode()
    rows = {row["code"]: row for row in json.loads(proc.stdout)}
    assert {"en", "de", "es", "fr", "mul", "fi"} <= set(rows)
    assert rows["fi"]["groups"]["months"] == 12
    assert rows["fi"]["groups"]["published"] == 2
    assert rows["de"]["groups"]["weekdays"] == 7
    table = run("rules", "--languages", cwd=tmp_path)
    assert table.returncode == 0
    assert re.search(r"^de +German: .*published 9", table.stdout.decode(), re.MULTILINE)


def test_an_extra_file_with_a_shipped_code_replaces_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "de.toml").write_text('name = "Deutsch"\npublished = ["Erschienen"]\n', encoding="utf-8")
    monkeypatch.setenv(lang.ENV_VAR, str(tmp_path))
    lang.clear_cache()
    try:
        german = {x.code: x for x in lang.languages()}["de"]
        assert (german.name, german.lists, german.rank) == ("Deutsch", {"published": ("Erschienen",)}, lang.DEFAULT_RANK)
    finally:
        monkeypatch.delenv(lang.ENV_VAR)
        lang.clear_cache()


@pytest.mark.parametrize("body", ['published = "Published"', 'published = [1, 2]', '[months]\njanuary = "1"',
                                  'rank = "first"'])
def test_a_malformed_language_file_is_refused_with_its_path(tmp_path: Path, body: str) -> None:
    path = tmp_path / "xx.toml"
    path.write_text(body + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="xx.toml"):
        lang.read_language(path)


def test_the_module_names_are_built_from_the_files() -> None:
    de = {x.code: x for x in lang.languages()}["de"]
    assert set(de.lists["published"]) <= set(vocab.PUBLISHED_WORDS)
    assert de.tables["months"]["märz"] == vocab.MONTHS["märz"] == 3
    assert stopwords.STOPWORDS["de"] == frozenset(de.lists["stopwords"])
    assert list(stopwords.STOPWORDS)[:3] == ["en", "de", "es"]  # language order: a stopword tie goes to the first
    assert lang.languages() is lang.languages()  # read once per process


# the groups the code asks for: words("x"), lang_words("x"), table("x"), by_language("x"), lists["x"]
_ASKED = re.compile(r"""\b(?:words|lang_words|table|by_language)\(["']([a-z_]+)["']\)|\blists\[["']([a-z_]+)["']\]""")
_QUOTED = re.compile(r"""["']([a-z_]+)["']""")


def test_every_group_is_read_by_the_code_and_every_group_read_is_in_a_file() -> None:
    code = [p.read_text(encoding="utf-8") for p in SRC.rglob("*.py")]
    asked = {g for text in code for pair in _ASKED.findall(text) for g in pair if g}
    quoted = {g for text in code for g in _QUOTED.findall(text)}
    held = {g for x in lang.languages() for g in (*x.lists, *x.tables)}
    assert held - quoted == set(), "groups no code reads (a typo in a language file?)"
    assert asked - held == set(), "groups the code reads that no language file holds"


_GROUP_LINE = re.compile(r"^\[?([a-z_]+)\]?(?: = |$)")


def _commented_groups(path: Path) -> dict[str, bool]:
    """The groups of a language file, each with whether a comment line stands right above it."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {m.group(1): k > 0 and lines[k - 1].startswith("#") for k, line in enumerate(lines)
            if (m := _GROUP_LINE.match(line)) and m.group(1) not in ("name", "rank")}


def test_every_group_says_what_it_is_for_in_en_or_the_first_file_that_holds_it() -> None:
    """CONTRIBUTING.md's promise: a group English has is in en.toml with a comment saying what it
    is for; a group English does not have (the CJK date marks, `month_of`) has that comment in
    a file that holds it (mul.toml for the names no language owns)."""
    files = {path.stem: _commented_groups(path) for path in sorted(lang.SHIPPED.glob("*.toml"))}
    groups = {g for held in files.values() for g in held}
    undocumented = sorted(g for g in groups if not (files["en"][g] if g in files["en"]
                                                   else any(held.get(g) for held in files.values())))
    assert not undocumented, f"groups with no comment saying what they are for: {undocumented}"


# ---- the grep-level acceptance: no rule module keeps a list of natural-language words ----

SCANNED = sorted((SRC / "rules").glob("*.py")) + [SRC / "dates.py", SRC / "datewords.py"]
# a literal is a word list when this many of its items are phrases of the language files
MIN_ITEMS = 3
_REGEX_SPACE = re.compile(r"\[ \\t\][+*]|\\s[+*]|\[ \\t\]\{\d,\d\}")
# a regex alternative that is a word or phrase: `(?:watch|play|replay)`
_ALTERNATIVE = re.compile(r"(?<=[(|:])([^\W\d_][^\W\d_'’ \-]*(?:(?:\[ \\t\][+*]|\\s[+*]|\[ \\t\]\{\d,\d\}| )"
                          r"[^\W\d_][^\W\d_'’\-]*)*)(?=[|)])")

_GRAMMAR_WORDS = re.compile(r"[\s()|?]+")

# Why a word list may stay in a rule module. An entry is keyed by module and the literal's first
# two language-file words, with the reason; the test fails when one is gone (drop it) or a new
# list appears (move it to a language file).
ALLOWED: dict[tuple[str, str], str] = {
    # the HTML reader's zone names (`<figure>`, `<article>`, `<main>`), which `figure_labels` (`Figure
    # 2:`) and the chrome words happen to spell: markup, not words of a language
    ("model.py", "figure article"): "the reader's zone names, HTML elements",
}


def _items(node: ast.AST) -> list[str] | None:
    """The items of a word-list literal: a tuple/list/set of strings, a string's ``.split()``,
    or the word alternatives of a regex string."""
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split"
            and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str) and not node.args):
        return node.func.value.value.split()
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and len(node.elts) >= 2 and all(
            isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
        return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [_REGEX_SPACE.sub(" ", a) for a in _ALTERNATIVE.findall(node.value)]
    return None


def word_lists() -> list[tuple[str, str, int, list[str]]]:
    """Every literal in the scanned modules that lists words a language file holds."""
    phrases = {p.lower() for x in lang.languages() for g in (*x.lists.values(), *x.tables.values()) for p in g}
    # (the words of a phrase-grammar phrase too: `click to (share|print)` holds `share`)
    known = phrases | {w for p in phrases for w in _GRAMMAR_WORDS.split(p) if w}
    found = []
    for path in SCANNED:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            items = _items(node)
            hits = [w for w in dict.fromkeys(i.lower().strip() for i in items or ())
                    if w in known and any(c.isalpha() for c in w)]
            if len(hits) >= MIN_ITEMS:
                found.append((path.name, " ".join(hits[:2]), getattr(node, "lineno", 0), hits))
    return found


def test_no_rule_module_keeps_a_list_of_words() -> None:
    """Words live in the language files; a rule module that lists words the files hold must take
    them from there (``lang.words(group)``), or be allowed here with the reason it stays."""
    found = word_lists()
    new = [f"{m}:{line}: ({m!r}, {key!r}) {hits[:8]}" for m, key, line, hits in found if (m, key) not in ALLOWED]
    assert not new, "word lists outside the language files:\n" + "\n".join(new)
    stale = set(ALLOWED) - {(m, key) for m, key, _, _ in found}
    assert not stale, f"allowed word lists no longer found (drop them from ALLOWED): {sorted(stale)}"


@pytest.mark.parametrize("stamp", ["un minuto fa", "un giorno fa", "una settimana fa", "un mese fa", "un anno fa"])
def test_italian_relative_times_in_the_singular_are_read(stamp: str) -> None:
    """Built from Italian's relative_units, `un giorno fa` is a relative time (the old pattern
    had `giorni?`, which reads `giorn`, not `giorno`)."""
    from cleanscrape.rules.headings import RELATIVE_STAMP

    assert RELATIVE_STAMP.fullmatch(stamp) is not None
    assert RELATIVE_STAMP.fullmatch(stamp.replace(" fa", " dopo")) is None


_HARBOUR_TR = ("Vinçler pazartesi günü, kışın büyük bölümünü süren ve planlanandan pahalıya mal olan uzun bir "
               "bakımın ardından geri döndü.",
               "İşçiler yeni motorların daha sessiz, kabinlerin ise eskisinden daha sıcak olduğunu söyledi ve liman "
               "daha fazla gemi bekliyor.")
_HARBOUR_FR = ("Les grues sont revenues lundi après une longue révision qui a duré presque tout l'hiver et coûté "
               "plus que prévu.",
               "Les ouvriers disent que les nouveaux moteurs sont plus silencieux et les cabines plus chaudes, et le "
               "port attend davantage de navires.")


@pytest.mark.parametrize(("title", "teaser", "body"), [
    ("Liman vinçleri uzun bir bakımdan sonra geri döndü", "VİDEO | Limanda yeni vinçler çalışmaya başladı", _HARBOUR_TR),
    ("Les grues du port reviennent après une longue révision", "VIDÉO | Les nouvelles grues du port en action", _HARBOUR_FR),
])
def test_a_video_label_in_capitals_of_the_language_opens_a_teaser(title: str, teaser: str, body: tuple[str, str]) -> None:
    """`VİDEO |` (Turkish capitals keep the dot on the i) and `VIDÉO |`: the language's word for a
    video in capitals labels the teaser between the paragraphs, as `VIDEO |` does in English."""
    (art,) = cleanscrape.clean(f"{title}\n\n{body[0]}\n\n{teaser}\n\n{body[1]}\n")
    assert list(art.paragraphs) == list(body)
    assert [(r.code, r.text) for r in art.removed] == [("CS201", teaser)]


@pytest.mark.parametrize("stamp", ["hier à 09:15", "ieri alle 09:15", "ontem às 09:15", "gisteren om 09:15"])
def test_yesterday_with_a_clock_time_is_read_in_every_language_that_lists_it(stamp: str) -> None:
    """One group of day words (relative_days) for the content scorer and the relative-time
    patterns: French, Italian, Portuguese and Dutch stamps are read as German's and Spanish's."""
    from cleanscrape.rules.headings import RELATIVE_STAMP

    assert RELATIVE_STAMP.fullmatch(stamp) is not None


@pytest.mark.parametrize("name,body", [("xx.toml", "published = [1, 2]\n"), ("yy.toml", "published = [\n"),
                                        ("zz.toml", None)])
def test_a_bad_extra_language_file_stops_the_cli_with_one_line(tmp_path: Path, name: str, body: str | None) -> None:
    folder = tmp_path / "langs"
    folder.mkdir()
    if body is None:
        (folder / name).write_bytes(b"published = [\"\xff\"]\n")
    else:
        (folder / name).write_text(body, encoding="utf-8")
    env = {**os.environ, lang.ENV_VAR: str(folder)}
    proc = subprocess.run([sys.executable, "-m", "cleanscrape", "clean"], input="Some text.\n", env=env,
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert proc.stderr.strip().splitlines() == [proc.stderr.strip()] and name in proc.stderr


def test_a_missing_extra_language_folder_is_an_error_not_a_silent_skip(tmp_path: Path) -> None:
    env = {**os.environ, lang.ENV_VAR: str(tmp_path / "nowhere")}
    proc = subprocess.run([sys.executable, "-m", "cleanscrape", "clean"], input="Some text.\n", env=env,
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 2 and "nowhere" in proc.stderr and "Traceback" not in proc.stderr


def test_the_library_refuses_a_bad_extra_language_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "xx.toml").write_text("rank = \"first\"\n", encoding="utf-8")
    monkeypatch.setenv(lang.ENV_VAR, str(tmp_path))
    lang.clear_cache()
    try:
        with pytest.raises(lang.LanguageFileError, match="xx.toml"):
            cleanscrape.clean("Some text.\n")
    finally:
        monkeypatch.delenv(lang.ENV_VAR)
        lang.clear_cache()
@pytest.mark.parametrize(("phrase", "pattern"), [
    ("click to (share|print|e-mail)( (on|via))?", r"click[ \t]+to[ \t]+(?:share|print|e\-mail)(?:[ \t]+(?:on|via))?"),
    ("poses?", "poses?"),
    ("a écrit", r"a[ \t]+écrit"),
    ("3.5 (min|h)", r"3\.5[ \t]+(?:min|h)"),
    ("name ?*", r"name(?:[ \t]+)?\*"),
    ("{platform} post", r"(?:(?:x|instagram))[ \t]+post"),
    ("see {platform}?", r"see[ \t]+(?:(?:x|instagram))?"),
])
def test_the_phrase_grammar_is_a_small_part_of_regex(phrase: str, pattern: str) -> None:
    """Choices, `?` and flexible spaces; every other character is literal."""
    from cleanscrape.patterns import phrase_pattern

    assert phrase_pattern(phrase, slots={"platform": "(?:x|instagram)"}) == pattern


def test_a_phrase_slot_the_rule_does_not_give_is_refused() -> None:
    from cleanscrape.patterns import phrase_pattern

    with pytest.raises(ValueError, match="handle"):
        phrase_pattern("shared by{handle}")
    with pytest.raises(ValueError, match="no pattern"):
        phrase_pattern("a {b c", slots={"b": "x"})  # (a brace that opens no slot is a typo)
    assert phrase_pattern("{n2} min", slots={"n2": r"\d{1,2}"}) == r"(?:\d{1,2})[ \t]+min"


def test_phrase_groups_read_ages_as_before() -> None:
    """The age beside a date (`date_age`) and the compact age (`compact_age`), now phrases of
    en.toml, read what the patterns they replace read."""
    from cleanscrape.dates import is_date_line
    from cleanscrape.rules.headings import RELATIVE_STAMP

    assert is_date_line("Published 3 hours ago on November 18, 2025") is not None
    assert is_date_line("Published 3 years ago on November 18, 2025") is None  # (no `years` in the age)
    for stamp in ("3h", "• 5h", "2d ago", "12 hrs", "4min"):
        assert RELATIVE_STAMP.fullmatch(stamp) is not None, stamp
    assert RELATIVE_STAMP.fullmatch("3 w") is None


def test_a_phrase_expands_to_every_text_it_reads() -> None:
    """The texts a phrase reads (whose first words key the rules' dispatch)."""
    from cleanscrape.patterns import phrase_expansions

    assert phrase_expansions("kommentar(e)?( schreiben)?") == [
        "kommentare schreiben", "kommentare", "kommentar schreiben", "kommentar"]
    assert phrase_expansions("(log|sign) in ?*") == ["log in *", "log in*", "sign in *", "sign in*"]


def test_a_funding_appeal_is_found_in_a_language_added_as_a_file(tmp_path: Path) -> None:
    """The appeal rule finds its lines by the asks of every language file (it used to pre-filter
    on English word pieces, so an appeal in any other language was never looked at)."""
    page = tmp_path / "fi-appeal.txt"
    appeal = "Riippumaton journalismi maksaa: tue meitä ja lahjoita tänään, jotta työtämme voi jatkaa."
    paragraphs = [
        "Kaupunginvaltuusto hyväksyi maanantaina uuden pyöräilyohjelman, joka lisää kaistoja keskustaan.",
        "Ohjelman mukaan ensimmäiset kaistat valmistuvat ensi kesänä Satamakadun ja Torikadun välille.",
        "Valtuutettujen mukaan hanke parantaa liikenneturvallisuutta ja vähentää ruuhkia aamuisin.",
    ]
    page.write_text("\n\n".join(["Kaupunki laajentaa pyöräkaistoja keskustassa", *paragraphs, appeal]) + "\n",
                    encoding="utf-8")
    got = {}
    for with_file in (True, False):
        env = {lang.ENV_VAR: str(FIXTURES)} if with_file else {}
        proc = run("clean", "--input-format", "text", "--fields", "body,removed", str(page), cwd=tmp_path, env=env)
        assert proc.returncode == 0, proc.stderr.decode()
        got[with_file] = json.loads(proc.stdout.decode().splitlines()[0])
    assert got[True]["body"] == "\n\n".join(paragraphs)
    assert [(r["code"], r["text"]) for r in got[True]["removed"]] == [("CS414", appeal)]
    assert appeal in got[False]["body"]  # without Finnish, the line is prose


# ---- groups moved out of the rule modules: each language's words now reach the rules ----

ITALIAN_SECTION = """Economia e Finanza
Il porto di Velmora riapre dopo due anni di lavori
Le gru del porto sono tornate in funzione lunedì mattina, dopo un cantiere durato due anni e costato più del previsto.
I portuali hanno accolto la notizia con sollievo, anche se il traffico resterà ridotto fino alla primavera prossima.
Il comune ha promesso nuovi investimenti per la banchina nord entro la fine del prossimo anno."""


def test_a_section_label_joined_by_the_languages_and_is_a_section() -> None:
    """`conjunctions` of it.toml: `Economia e Finanza` over the headline is the section label
    (it used to be read only with `and`, `und`, `y`, `et`)."""
    (art,) = cleanscrape.clean(ITALIAN_SECTION)
    assert art.as_dict()["section"] == "Economia e Finanza"
    assert art.title == "Il porto di Velmora riapre dopo due anni di lavori"
    assert art.paragraphs[0].startswith("Le gru del porto")


def test_picture_credit_labels_are_case_blind() -> None:
    """`picture_copyright` and `picture_source_labels` are matched whatever the case, as the
    label words before them were: `Image Copyright ...`, `Image Source: ...` are credits."""
    codes = {f.code for f in cleanscrape.check("Image Copyright Getty Images\nImage Source: Jonah Reyes/Shutterstock")}
    assert codes == {"CS103"}


def test_kept_language_tables_are_what_the_files_parse_to(tmp_path, monkeypatch):
    """The shipped files' parsed tables are kept as bytecode is (marshal): what is taken back is
    what tomllib parses, and a file changed since is parsed anew (the file stays the source)."""
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "cache"))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    for path in sorted(lang.SHIPPED.glob("*.toml")):
        parsed = tomllib.loads(path.read_text(encoding="utf-8"))
        assert load_toml(path, ValueError, keep=True) == parsed  # (parsed, then kept)
        assert kept_path(path).is_file()
        assert load_toml(path, ValueError, keep=True) == parsed  # (taken back)
    own = tmp_path / "xx.toml"
    own.write_text('name = "X"\nwords = ["a", "b"]\n', encoding="utf-8")
    assert load_toml(own, ValueError, keep=True) == {"name": "X", "words": ["a", "b"]}
    own.write_text('name = "X"\nwords = ["a", "c"]\n', encoding="utf-8")
    assert load_toml(own, ValueError, keep=True) == {"name": "X", "words": ["a", "c"]}  # (changed: read anew)
    kept_path(own).write_bytes(b"not marshal")
    assert load_toml(own, ValueError, keep=True) == {"name": "X", "words": ["a", "c"]}  # (broken: parsed)
    own.write_text("name = [", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid TOML"):
        load_toml(own, ValueError, keep=True)


# ---- (issue #20) no word of a language file spelled inside a pattern or a comparison ----

# the modules that read a page's words (besides the rule modules and the date modules above)
WORD_SCANNED = [*SCANNED, SRC / "text.py", SRC / "segment.py", SRC / "patterns.py", SRC / "io" / "html.py"]
# regex syntax that spells letters: escapes (`\s`, `\u2212`, `\p{Lu}`), group names and flags, slots
_REGEX_SYNTAX = re.compile(r"\\[pPN]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\[A-Za-z]|\(\?P?<\w+>|\(\?P=\w+\)"
                           r"|\(\?[aiLmsux\-]+[:)]|\{\w+\}")
_LATIN_RUN = re.compile(r"[^\W\d_]{3,}")  # a word in a script that spaces its words: three letters or more
_UNSPACED = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]+")  # Han, kana, Hangul: no spaces between words
# (and the needles a rule hands the page to find its lines by: `ctx.blocks_with(" contributed ")`)
_STR_METHODS = frozenset({"startswith", "endswith", "find", "rfind", "index", "count", "blocks_with"})
_NEEDLE_ARGS = frozenset({"contains", "starts"})  # a line rule's needles and dispatch keys: `contains=("vorbehalten",)`
# a two-letter word is read only where it stands alone in a pattern (`[ \t]+at[ \t]+`, `^by`,
# `(?:AM|PM)`): a character class (`[ap]`, `[A-Za-z]`) or a count (`{2,4}`) is no word
_TWO_LETTERS = re.compile(r"(?<![^\W\d_])[^\W\d_]{2}(?![^\W\d_])")
_CLASS_OR_COUNT = re.compile(r"\[(?:\\.|[^\]\\])*\]|\{\d*,?\d*\}")
_FOLDS = frozenset({"lower", "casefold", "upper", "strip", "rstrip", "lstrip"})

# Tokens a pattern or comparison may spell though a language file holds them as words, with why
# they stay: (module, token, lower case) -> reason. Keep it small; a word of a language goes to
# its file (a group, read through ``lang.words`` and compiled by ``patterns``).
_ZONE_CODE = "a zone code of a UTC offset (`GMT+7`), not a word (mul.toml's time_zones lists it for the date filler)"
_MARKUP = ("a class, id or attribute word of the markup (`wp-caption-text`, `commentlist`, `photo-credit`, "
           "`http-equiv=content-language`), which templates spell in English whatever the page's language")
NOT_LANGUAGE: dict[tuple[str, str], str] = {
    ("dates.py", "gmt"): _ZONE_CODE,
    ("dates.py", "utc"): _ZONE_CODE,
    ("io/html.py", "caption"): _MARKUP,
    ("io/html.py", "comment"): _MARKUP,
    ("io/html.py", "content"): _MARKUP,
    ("io/html.py", "credit"): _MARKUP,
    ("io/html.py", "credits"): _MARKUP,
}


# Word lists that stay in Python because they are markup, not language: the class and id words
# of a template, matched against a tag's `class`/`id` value, never a page's text (plain strings,
# so neither scan above reads them; named here so that the reason is written down).
MARKUP_WORD_LISTS: dict[tuple[str, str], str] = {
    ("io/html.py", "_PROMO_WORDS"): _MARKUP,
    ("io/html.py", "_NOTICE_WORDS"): _MARKUP,
}


def test_the_markup_word_lists_allowed_are_still_there() -> None:
    for module, name in MARKUP_WORD_LISTS:
        assert re.search(rf"^{name} = ", (SRC / module).read_text(encoding="utf-8"), re.MULTILINE), (module, name)


def _docstrings(tree: ast.AST) -> set[int]:
    return {id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and n.body
            and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}


def _reads_text(node: ast.AST) -> bool:
    """``node`` is a piece of a page's text: it slices or folds a string (`t[-3:]`, `w.lower()`)."""
    return any(isinstance(n, ast.Slice) or isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
               and n.func.attr in _FOLDS for n in ast.walk(node))


def _compared_literals(tree: ast.AST) -> set[int]:
    """The string literals a piece of text is compared with (`t[-3:].casefold() != "uhr"`,
    `w.lower() in ("the", "a")`) or a text method looks for (`line.endswith(" via")`)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and any(_reads_text(o) for o in (node.left, *node.comparators)):
            operands = [node.left, *node.comparators]
            found |= {id(o) for o in operands if isinstance(o, ast.Constant) and isinstance(o.value, str)}
            found |= {id(e) for o in operands if isinstance(o, (ast.Tuple, ast.List, ast.Set)) for e in o.elts
                      if isinstance(e, ast.Constant) and isinstance(e.value, str)}
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _STR_METHODS:
            found |= {id(a) for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
        elif isinstance(node, ast.keyword) and node.arg in _NEEDLE_ARGS and isinstance(node.value, (ast.Tuple, ast.List)):
            found |= {id(e) for e in node.value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
    return found


def _language_words() -> tuple[set[str], set[str]]:
    """The words of the language files: in scripts that space them, of three letters or more,
    lower case, and the two-letter words a group holds as an entry of their own (`at`, `am`, `by`,
    `ca.`); in scripts that do not (Han, kana, Hangul), each phrase's runs of those letters."""
    phrases = {p.lower() for x in lang.languages() for g in (*x.lists.values(), *x.tables.values()) for p in g}
    two = {p.strip(".") for p in phrases if _TWO_LETTERS.fullmatch(p.strip("."))}
    return {w for p in phrases for w in _LATIN_RUN.findall(p)} | two, {w for p in phrases for w in _UNSPACED.findall(p)}


def _words_in_source(source: str, spaced: set[str], unspaced: set[str]) -> list[tuple[int, str]]:
    """(line, token) for each language word spelled in a regex literal of ``source`` (one with a
    backslash or `(?`, its regex syntax left out) or in a literal it compares text with."""
    tree = ast.parse(source)
    compared, docs = _compared_literals(tree), _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in docs:
            continue
        if "\\" in node.value or "(?" in node.value:  # (a regex literal)
            text = _REGEX_SYNTAX.sub(" ", node.value)
            alone = _CLASS_OR_COUNT.sub(" ", text)
        elif id(node) in compared:
            text = alone = node.value
        else:
            continue
        tokens = {w.lower() for w in _LATIN_RUN.findall(text) if w.lower() in spaced}
        tokens |= {w.lower() for w in _TWO_LETTERS.findall(alone) if w.lower() in spaced}
        tokens |= {w for run in _UNSPACED.findall(text) for w in unspaced if w in run}
        found += [(node.lineno, t) for t in tokens]
    return sorted(found)


def words_in_literals() -> list[tuple[str, int, str]]:
    """(module, line, token): each word of a language file a scanned module spells in a regex
    literal or in a literal text is compared with."""
    spaced, unspaced = _language_words()
    return [(str(path.relative_to(SRC)), line, token) for path in WORD_SCANNED
            for line, token in _words_in_source(path.read_text(encoding="utf-8"), spaced, unspaced)]


def test_the_word_scan_finds_words_in_patterns_and_comparisons() -> None:
    """What the check below would have caught: `uhr|uur` in a clock pattern, `"uhr"` compared
    with a line's end, a Korean mark in a character class; not a group's name, a docstring, a
    regex escape (`\\u2212`: no `u`), a slot (`{platform}`) or a message."""
    spaced, unspaced = _language_words()
    source = ('"""Doc: uhr."""\n'
              'CLOCK = r"\\d\\d(?:[ \\t]?(?:[ap]\\.?m\\.?|uhr|uur))?"\n'
              'ok = t[-3:].casefold() != "uhr"\n'
              'DATE = r"\\d\\d\\s?[年년]"\n'
              'GROUP = words("clock_suffixes")\n'
              'ESC = r"\\u2212\\bx\\b{platform}"\n'
              'MESSAGE = "a line that ends on uhr"\n')
    assert _words_in_source(source, spaced, unspaced) == [(2, "uhr"), (2, "uur"), (3, "uhr"), (4, "年"), (4, "년")]


def test_the_word_scan_finds_short_words_and_needles() -> None:
    """(words20b) What it missed before: a two-letter word standing alone in a pattern (`at`,
    `by`, `AM|PM`, `ca.`) and the needles a rule finds its lines by (`contains=`, `blocks_with`);
    not letters in a character class (`[ap]`, `[A-Za-z]`), a needle no file holds (`|`), or a
    two-letter run inside a longer word (`catch`)."""
    spaced, unspaced = _language_words()
    source = ('AT = r"[ \\t]+at[ \\t]+\\d{1,2}[:.]\\d\\d(?:[ \\t]?[ap]\\.?m\\.?)?$"\n'
              'BY = r"^by[ \\t]*:?"\n'
              'ZONE = r"(?!(?:AM|PM)\\b)[A-Za-z]{2,4}\\b"\n'
              'CIRCA = r"(?:ca\\.\\s*)?\\d"\n'
              'RULE = line_rule("CS1", r"x\\d", contains=("vorbehalten", "eserv"))\n'
              'pool = ctx.blocks_with(" contributed ", "|")\n'
              'FINE = r"\\bcatch\\d"\n')
    assert _words_in_source(source, spaced, unspaced) == [
        (1, "at"), (2, "by"), (3, "am"), (3, "pm"), (4, "ca"), (5, "eserv"), (5, "vorbehalten"), (6, "contributed")]


def test_no_pattern_or_comparison_spells_a_word_of_a_language_file() -> None:
    """The grep-level check of issue #20: a word a language file holds (three letters or more, or
    any word of a script without spaces) is not spelled in a regex literal (`uhr|uur`) or in a
    literal a rule compares text with (`!= "uhr"`) in a module that reads pages."""
    found = words_in_literals()
    new = [f"{m}:{line}: {token!r}" for m, line, token in found if (m, token) not in NOT_LANGUAGE]
    assert not new, "words of the language files spelled in code:\n" + "\n".join(new)
    stale = set(NOT_LANGUAGE) - {(m, token) for m, _, token in found}
    assert not stale, f"allowed tokens no longer found (drop them from NOT_LANGUAGE): {sorted(stale)}"


@pytest.mark.parametrize(("line", "word"), [
    ("İZLE: Limanda yeni vinçler", "İzle"), ("izle: Limanda yeni vinçler", "İzle"),
    ("VİDEO | Limanda yeni vinçler", "Video"), ("KAYIT | Yeni vinçler", "kayıt"), ("Kayıt: yeni vinçler", "Kayıt"),
])
def test_a_lines_first_word_is_keyed_as_the_listed_word_in_any_case(line: str, word: str) -> None:
    """A listed word's keys hold the forms its Turkish capitals casefold to (``case_forms``: `İ` to `i`
    and a combining dot, `I` of `ı` to `i`), so a word listed once picks its lines in any case."""
    from cleanscrape.rules.base import _work_out_start_keys
    from cleanscrape.text import first_word, first_words
    assert first_word(line) == first_words([line], [len(line)], 100)[0]
    assert first_word(line) in _work_out_start_keys((word,))

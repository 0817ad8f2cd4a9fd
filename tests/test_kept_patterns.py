"""Compiled patterns kept across processes (``cleanscrape.kept``), as bytecode is: a second
process loads what the first compiled; a stale, foreign or broken file is ignored and changes
no output; nothing is written where bytecode may not be."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
import zlib
from array import array
from pathlib import Path

import pytest

import regex
from cleanscrape import kept
from cleanscrape.patterns import compile_pattern, words_alternation

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "corpus" / "pages").glob("*.txt"))[:6]

# one process: clean the pages; print what came out and how many patterns it loaded / compiled
SCRIPT = """
import json, sys
import cleanscrape
from cleanscrape import kept
out = [[a.as_dict() for a in cleanscrape.clean(open(p, encoding="utf-8").read())]
       for p in sys.argv[1:]]
print(json.dumps({"out": out, "loaded": len(kept._USED) - len(kept._NEW), "compiled": len(kept._NEW),
                  "file": str(kept.kept_file())}))
"""


def run(prefix: Path, *, write: bool = True, seed: str = "0") -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONPYCACHEPREFIX=str(prefix), PYTHONHASHSEED=seed)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    proc = subprocess.run([sys.executable, "-c", SCRIPT, *map(str, PAGES)], env=env, capture_output=True,
                          text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    got: dict[str, object] = json.loads(proc.stdout)
    return got


def kept_files(prefix: Path) -> list[Path]:
    return sorted(p for p in prefix.rglob("patterns.*") if "kept" in p.name)


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The output with nothing kept and nothing written."""
    got = run(tmp_path_factory.mktemp("none"), write=False)
    assert got["loaded"] == 0 and got["compiled"]
    return got


def test_a_second_process_loads_what_the_first_compiled(tmp_path: Path, reference: dict[str, object]) -> None:
    first = run(tmp_path, seed="1")
    assert first["out"] == reference["out"] and first["loaded"] == 0 and first["compiled"]
    assert [str(p) for p in kept_files(tmp_path)] == [first["file"]]
    assert not list(tmp_path.rglob("*.tmp"))
    written = Path(str(first["file"])).stat().st_mtime_ns
    second = run(tmp_path, seed="2")  # (another hash seed: the same pattern strings)
    assert second["out"] == reference["out"]
    assert second["compiled"] == 0 and second["loaded"] == first["compiled"]
    assert Path(str(first["file"])).stat().st_mtime_ns == written  # (nothing new: not written again)


def test_with_dont_write_bytecode_nothing_is_written(tmp_path: Path, reference: dict[str, object]) -> None:
    got = run(tmp_path, write=False)
    assert got["out"] == reference["out"] and got["compiled"]
    assert kept_files(tmp_path) == []


def _stamped(entries: dict[object, object], stamp: tuple[object, ...] = kept.STAMP, checksum: int | None = None) -> bytes:
    payload = marshal.dumps(entries)
    return marshal.dumps((stamp, zlib.crc32(payload) if checksum is None else checksum, payload))


@pytest.mark.parametrize("kind", ["garbage", "truncated", "foreign", "checksum", "entries", "not-a-dict"])
def test_a_stale_foreign_or_broken_file_is_ignored(tmp_path: Path, reference: dict[str, object], kind: str) -> None:
    good = tmp_path / "good"
    run(good)
    path = Path(str(run(good)["file"]))
    data = path.read_bytes()
    entries = marshal.loads(marshal.loads(data)[2])
    bad = {
        "garbage": b"not marshal at all",
        "truncated": data[: len(data) // 2],
        "foreign": _stamped(entries, (kept.FORMAT, "2.7.18 (another Python)", *kept.STAMP[2:])),
        "checksum": _stamped(entries, checksum=1),
        "entries": _stamped({k: ("not", "a", "program") for k in entries}),
        "not-a-dict": _stamped([1, 2, 3]),  # type: ignore[dict-item]
    }[kind]
    path.write_bytes(bad)
    got = run(good)
    assert got["out"] == reference["out"]
    assert got["loaded"] == 0 and got["compiled"] == reference["compiled"]
    again = run(good)  # (the broken file was replaced by a good one)
    assert again["out"] == reference["out"] and again["compiled"] == 0


def test_an_unwritable_place_fails_nothing(tmp_path: Path, reference: dict[str, object]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder would go")
    got = run(blocker / "cache")
    assert got["out"] == reference["out"]


def test_workers_leave_one_valid_file(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONPYCACHEPREFIX=str(tmp_path))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    pages = sorted((ROOT / "corpus" / "pages").glob("*.txt"))
    cmd = [sys.executable, "-m", "cleanscrape", "clean", "--input-format", "text", "-q"]
    one = subprocess.run([*cmd, "-j", "1", *map(str, pages)], env=dict(env, PYTHONDONTWRITEBYTECODE="1"),
                         capture_output=True, timeout=300, check=False)
    many = subprocess.run([*cmd, "-j", "3", *map(str, pages)], env=env, capture_output=True, timeout=300, check=False)
    assert many.stdout == one.stdout and many.returncode == one.returncode
    (path,) = kept_files(tmp_path)
    assert not list(tmp_path.rglob("*.tmp"))
    stamp, checksum, payload = marshal.loads(path.read_bytes())
    assert stamp == kept.STAMP and zlib.crc32(payload) == checksum and marshal.loads(payload)
    again = subprocess.run([*cmd, "-j", "3", *map(str, pages)], env=env, capture_output=True, timeout=300, check=False)
    assert again.stdout == one.stdout


@pytest.mark.parametrize("pattern,flags", [
    (r"(?P<name>[A-Z]\w+) said (?P=name)?", "i"), (r"^\s*by\s+(\w+)$", "m"), (r"a b # a comment", "x"),
    (r"\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)*", "i"), (r"(?<word>\p{L}+)\s(?P=word)", ""),
])
def test_a_kept_pattern_is_the_pattern_compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                pattern: str, flags: str) -> None:
    """What is loaded from the file matches as the pattern compiled by its engine does."""
    fresh = compile_pattern.__wrapped__(pattern, flags)
    monkeypatch.setattr(kept, "_KEPT", dict(kept._USED))
    loaded = compile_pattern.__wrapped__(pattern, flags)
    assert loaded is not fresh
    engine = regex if "\\p" in pattern else re
    assert isinstance(loaded, type(engine.compile("x")))
    assert (loaded.pattern, loaded.flags, loaded.groups, loaded.groupindex) == \
        (fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)
    for text in ["Ana said Ana", "by  Jane\nBy Roe", "ab", "Élodie Durand wrote", "word word", ""]:
        assert [m.span() for m in loaded.finditer(text)] == [m.span() for m in fresh.finditer(text)]
        assert [m.groups() for m in loaded.finditer(text)] == [m.groups() for m in fresh.finditer(text)]


def test_words_alternation_is_the_same_in_every_process() -> None:
    code = ("from cleanscrape.patterns import words_alternation as w; "
            "print(w(frozenset(['ab', 'cd', 'ef', 'a b', 'xyz']))); print(w(['zz', 'yy', 'x', 'ww']))")
    outs = {subprocess.run([sys.executable, "-c", code], env=dict(os.environ, PYTHONPATH=str(ROOT / "src"),
                                                                 PYTHONHASHSEED=str(seed)),
                           capture_output=True, text=True, check=True).stdout for seed in range(6)}
    assert len(outs) == 1
    assert words_alternation(["zz", "yy", "x", "ww"]) == "(?:ww|yy|zz|x)"
    assert words_alternation(["zz", "yy", "x"], longest_first=False) == "(?:zz|yy|x)"
    # (escaped in one pass; a phrase holding the joining character is escaped alone, as before)
    assert words_alternation(["a\x01b", "c d"]) == "(?:" + re.escape("a\x01b") + r"|c\s+d)"
    assert words_alternation(["x.y z", "(b)", "a+"], " ") == r"(?:x\.y z|\(b\)|a\+)"


def test_dataclass_methods_kept_are_the_methods_compiled() -> None:
    """Classes made while the package imports get the methods ``dataclasses`` writes, compiled
    once: the same behaviour, the same annotations; the builtin ``exec`` is back after."""
    import dataclasses

    def make() -> type:
        @dataclasses.dataclass(frozen=True, order=True)
        class Point:
            x: int
            y: int = 0
            tags: tuple[str, ...] = dataclasses.field(default_factory=tuple)
        return Point

    plain = make()
    with kept.dataclass_functions_kept():
        assert "exec" in vars(dataclasses)
        with kept.dataclass_functions_kept():  # (nested: left as it is)
            pass
        assert "exec" in vars(dataclasses)
        made = make()
    assert "exec" not in vars(dataclasses)
    a, b = plain(1, 2), made(1, 2)
    assert repr(a) == repr(b) and (a.x, a.y, a.tags) == (b.x, b.y, b.tags) and hash(a) == hash(b)
    assert made(1) < made(2) and made(1, 2) == made(1, 2) and made(1) != made(1, 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        b.x = 3  # type: ignore[misc]
    for name in ("__init__", "__repr__", "__eq__", "__lt__", "__hash__", "__setattr__"):
        f, g = getattr(plain, name), getattr(made, name)
        assert f.__code__.co_code == g.__code__.co_code and f.__annotations__ == g.__annotations__, name
        assert f.__qualname__.split(".")[-1] == g.__qualname__.split(".")[-1]
    import cleanscrape  # noqa: F401  (imported: the builtin is back)
    assert "exec" not in vars(dataclasses)


def test_the_regex_package_is_imported_only_to_compile(tmp_path: Path) -> None:
    """A process whose ``regex`` patterns are all kept loads ``regex``'s engine alone, not the
    Python part of its package (its import is most of a small run's start-up); the flags
    ``compile_pattern`` writes as numbers are ``regex``'s and ``re``'s."""
    from cleanscrape import patterns

    assert (patterns.IGNORECASE, patterns.MULTILINE, patterns.VERBOSE, patterns.REGEX_VERSION0) == \
        (regex.IGNORECASE, regex.MULTILINE, regex.VERBOSE, regex.VERSION0)
    assert (patterns.IGNORECASE, patterns.MULTILINE, patterns.VERBOSE) == (re.IGNORECASE, re.MULTILINE, re.VERBOSE)
    run(tmp_path)  # (writes the kept file)
    code = ("import sys, cleanscrape; cleanscrape.clean(open(sys.argv[1], encoding='utf-8').read()); "
            "print('regex._main' in sys.modules, 'regex._regex' in sys.modules)")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONPYCACHEPREFIX=str(tmp_path))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run([sys.executable, "-c", code, str(PAGES[0])], env=env, capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "True"]
    package = kept.regex_package()  # (imported later, it finds the engine loaded and works as ever)
    assert package._regex is sys.modules["regex._regex"]
    assert package.compile(r"\p{Lu}+").findall("aBCd E") == ["BC", "E"]


def test_a_config_parse_is_kept_with_the_patterns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A config's table is kept by its text in the file of compiled patterns (nothing written
    beside the user's file): taken back while the text is the same, parsed anew when it changes;
    a broken file is refused as ever, a table marshal cannot hold (a date) is not kept."""
    import datetime

    from cleanscrape.tomlfile import load_toml

    monkeypatch.setattr(kept, "_USED", {})
    monkeypatch.setattr(kept, "_NEW", [])
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # (this process's kept file left alone)
    config = tmp_path / "pyproject.toml"
    config.write_text('[tool.cleanscrape]\nselect = ["CS1"]\n', encoding="utf-8")
    first = load_toml(config, ValueError)
    assert first == {"tool": {"cleanscrape": {"select": ["CS1"]}}}
    assert kept.kept_data("toml", config.read_text(encoding="utf-8")) is not None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pyproject.toml"]
    again = load_toml(config, ValueError)
    assert again == first and again is not first  # (taken back: a table of its own)
    config.write_text('[tool.cleanscrape]\nselect = ["CS2"]\n', encoding="utf-8")
    assert load_toml(config, ValueError) == {"tool": {"cleanscrape": {"select": ["CS2"]}}}
    config.write_text("[tool.cleanscrape\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid TOML"):
        load_toml(config, ValueError)
    config.write_text("when = 2026-12-06\n", encoding="utf-8")
    assert load_toml(config, ValueError) == {"when": datetime.date(2026, 12, 6)}
    assert kept.kept_data("toml", "when = 2026-12-06\n") is None


def test_a_second_cli_run_reads_its_config_without_tomllib(tmp_path: Path) -> None:
    """The ``pyproject.toml`` a run finds is parsed by the first process only: a later one
    takes its table from the kept file and never imports ``tomllib``; the settings are the same."""
    (tmp_path / "pyproject.toml").write_text('[tool.cleanscrape]\nignore = ["CS404"]\n', encoding="utf-8")
    code = ("import sys; from pathlib import Path; from cleanscrape.config import load_settings; "
            "s = load_settings(Path(sys.argv[1])); print(sorted(s.ignore), 'tomllib' in sys.modules)")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONPYCACHEPREFIX=str(tmp_path / "cache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    outs = [subprocess.run([sys.executable, "-c", code, str(tmp_path)], env=env, capture_output=True, text=True,
                           check=True).stdout.strip() for _ in range(2)]
    assert outs == ["['CS404'] True", "['CS404'] False"]


def test_pattern_texts_are_neither_kept_nor_read_without_the_modules_source(monkeypatch: pytest.MonkeyPatch,
                                                                           tmp_path: Path) -> None:
    """With ``patterns.py``'s source unreadable nothing tells whether a kept pattern text is its
    code's (bytecode leaves out the builders' constants): every text is built, none is kept."""
    from cleanscrape import patterns
    assert patterns._KEPT_KIND == kept.source_kind("pattern text", patterns.__file__)  # (the shared mechanism)
    assert kept.source_kind("pattern text", str(tmp_path / "gone.py")) is None
    words = ("zebra crossing", "zebra")
    built = patterns._words_alternation(words, " ", True)
    monkeypatch.setattr(patterns, "_KEPT_KIND", None)
    monkeypatch.setattr(kept, "kept_data", lambda *a: b"(?:stale)")
    monkeypatch.setattr(kept, "keep_data", lambda *a: pytest.fail("kept without a code"))
    assert patterns.words_alternation(words, " ") == built
    assert patterns.phrase_expansions("log(ged)? in") == ["logged in", "log in"]


# what case-blind matching takes for one another beyond upper and lower case: the long s, the
# Kelvin and Ångström signs, dotted and dotless i, the final sigma, titlecase digraphs, the sharp s
_CASE_ODDITIES = "sſkKåÅiIİıσςΣωΩΩǆǅǄßẞθϑϴµμ"


@pytest.mark.parametrize("letter", sorted(set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéÉçüÜøñ" +
                                              _CASE_ODDITIES)))
def test_a_case_blind_letter_is_keyed_by_every_character_it_matches(letter: str) -> None:
    """A case-blind literal's keyed set (``kept._blind_letters``) is exactly what ``re`` matches
    with it, over every character of Unicode."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    matched = sorted(set(re.findall(re.escape(letter), every, re.IGNORECASE)))
    assert [chr(c) for c in kept._blind_letters(ord(letter))] == matched


@pytest.mark.parametrize("least", [kept.KEYED_MIN_CHOICES, 1])
def test_keyed_patterns_match_as_the_patterns_compiled_by_re(monkeypatch: pytest.MonkeyPatch, least: int) -> None:
    """Every case-blind ``re`` pattern of the package, compiled with its choices keyed by their
    first letters, joined by them and their optional openings written out
    (``kept._choices_keyed``), finds what ``re.compile`` finds: the same spans and groups with
    ``fullmatch``, ``match``, ``search`` and ``finditer``, on the corpus pages' lines and their
    case variants (as shipped, and with every choice keyed however short)."""
    import cleanscrape

    lines: list[str] = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        cleanscrape.clean(text)  # (the patterns a page needs compiled or loaded)
        lines += [ln.strip() for ln in text.splitlines() if ln.strip()]
    keys = [k for k in kept._USED if k[0] == "re" and re.compile(k[1], k[2]).flags & re.IGNORECASE]
    monkeypatch.setattr(kept, "KEYED_MIN_CHOICES", least)  # (the shipped setting, and every choice keyed)
    assert len(keys) > 40
    lines = lines[::3]
    lines += [ln.upper() for ln in lines[::4]] + [ln.swapcase() for ln in lines[1::4]]
    lines += ["ſeverin", "KELVIN ıs", "İstanbul", "Leave a Comment", "LEAVE A REPLY", "this article is for subscribers only.",
              "12 Comments", "No comments:", "The views expressed by Ana are her own.", "Ana Ruiz says:"]
    keyed_any = 0
    for _, pattern, flags in keys:
        plain = re.compile(pattern, flags)
        keyed, entry = kept._compile_re(pattern, flags)
        assert entry is not None
        keyed_any += list(array("I" if array("I").itemsize == 4 else "L", entry[1])) != \
            [int(c) for c in re._compiler._code(re._parser.parse(pattern, flags), flags)]
        for text in lines:
            for method in ("fullmatch", "match", "search"):
                a, b = getattr(plain, method)(text), getattr(keyed, method)(text)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (pattern[:80], method, text)
        for text in lines[::5]:
            assert [(m.span(), m.groups()) for m in plain.finditer(text)] == \
                [(m.span(), m.groups()) for m in keyed.finditer(text)], (pattern[:80], text)
    assert keyed_any > 20  # (most of them hold a choice that opens on a letter)


@pytest.mark.parametrize("pattern", [
    r"(?:this|that|Ksome|[ab]x|sun|the|t)\b", r"(?:ab|ac|a|b)", r"x(?:tab|Tac|ta)y", r"(?:a|(?:b|))c",
    r"(?:(?:ab|c)|(?:ad|e|(?:f|ag)))z", r"(?:(?:the )?(?:a|b)c|(?:x|y)?z|q)", r"(?:(?:ab)?a|k)",
    r"(?:(?:x)?(y)|xz)", r"(?:(?-i:[A-Z])b|ab|(?-i:[a-c])d|ad)", r"(?:[ſk]x|Kelvin|sx)",
])
def test_choices_keyed_joined_and_written_out_match_as_before(monkeypatch: pytest.MonkeyPatch, pattern: str) -> None:
    """Small choices made cheaper (``kept._choices_keyed``, every choice keyed) match as
    ``re.compile``'s: joined alternatives keep their order where they can both match, a group
    that captures is left."""
    monkeypatch.setattr(kept, "KEYED_MIN_CHOICES", 1)
    keyed, _ = kept._compile_re(pattern, re.IGNORECASE | re.UNICODE)
    plain = re.compile(pattern, re.IGNORECASE)
    words = ["this", "THAT", "ſun", "t", "the", "ab", "ac", "a", "b", "xtay", "xtacy", "xTABy", "thes", "Ksome",
             "abz", "adz", "agz", "fz", "ez", "cz", "c", "bc", "the ac", "the bc", "xz", "z", "yz", "q", "aba",
             "k", "abk", "xy", "y", "Ab", "Bd", "bd", "ad", "ſx", "KX", "Kx", "kelvin", "SX", "ſX"]
    for text in words + [f"-{w}-" for w in words]:
        for method in ("fullmatch", "match", "search"):
            a, b = getattr(plain, method)(text), getattr(keyed, method)(text)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (method, text)

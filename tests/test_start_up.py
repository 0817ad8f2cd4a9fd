"""What a process pays before its first page (issue #20): a CLI run imports no module it does
not use (``shutil`` for the help's width, ``gzip`` for a page), and the shipped languages are
taken, checked, from one kept file while their files hold the bytes it was made from."""

from __future__ import annotations

import argparse
import gzip
import json
import marshal
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cleanscrape import lang
from cleanscrape.cli.common import HelpFormatter, RawDescriptionHelpFormatter
from cleanscrape.cli.main import build_parser
from cleanscrape.tomlfile import kept_path

ROOT = Path(__file__).resolve().parent.parent
PAGE = "Harbour cranes return\nThe cranes came back on Monday after a long refit, the port said.\n"


def _env(prefix: Path, write: bool = True) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONPYCACHEPREFIX=str(prefix))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("COLUMNS", None)
    if not write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


@pytest.mark.parametrize("columns", [None, "60", "100", "0", "-3", "wide"])
def test_help_is_as_wide_as_argparse_makes_it(monkeypatch: pytest.MonkeyPatch, columns: str | None) -> None:
    """The formatters read the width ``shutil.get_terminal_size`` gives argparse's own."""
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    for ours, theirs in ((HelpFormatter, argparse.HelpFormatter),
                         (RawDescriptionHelpFormatter, argparse.RawDescriptionHelpFormatter)):
        a, b = ours("cleanscrape"), theirs("cleanscrape")
        assert (a._width, a._max_help_position) == (b._width, b._max_help_position)
    assert HelpFormatter("x", width=50)._width == 50  # (a width given is kept)
    parser = build_parser()
    help_text = parser.format_help()
    for action in parser._actions:  # (the same parser with argparse's formatters prints the same)
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                text = sub.format_help()
                sub.formatter_class = (argparse.RawDescriptionHelpFormatter
                                       if issubclass(sub.formatter_class, argparse.RawDescriptionHelpFormatter)
                                       else argparse.HelpFormatter)
                assert sub.format_help() == text
    parser.formatter_class = argparse.HelpFormatter
    assert parser.format_help() == help_text


# modules a ``clean`` run of a text page does without: ``shutil`` (with its ``bz2`` and ``lzma``),
# ``gzip``, and what ``dataclasses`` imports for calls a run does not make (``inspect``, with
# ``ast``, ``dis`` and ``tokenize``, and ``copy``), and ``typing`` (``cleanscrape.typed``)
NOT_IMPORTED = frozenset({"shutil", "gzip", "bz2", "lzma", "inspect", "ast", "dis", "tokenize", "copy", "typing"})


def test_a_clean_run_imports_neither_shutil_nor_gzip(tmp_path: Path) -> None:
    """``clean`` of a text page, once the languages are kept: none of ``NOT_IMPORTED``; a gzip page
    is still read (zlib), and a gzip JSONL stream (``gzip``, imported then)."""
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    (tmp_path / "page.txt.gz").write_bytes(gzip.compress(PAGE.encode()))
    (tmp_path / "pages.jsonl.gz").write_bytes(gzip.compress((json.dumps({"text": PAGE}) + "\n").encode()))
    code = ("import sys, runpy; sys.argv = ['cleanscrape', 'clean', '-j', '1', *sys.argv[1:]]\n"
            "try: runpy.run_module('cleanscrape', run_name='__main__')\n"
            "except SystemExit: pass\n"
            f"print(sorted(set({sorted(NOT_IMPORTED)!r}) & set(sys.modules)), file=sys.stderr)")

    def run(*paths: Path) -> tuple[list[str], str]:
        proc = subprocess.run([sys.executable, "-c", code, *map(str, paths)], env=_env(tmp_path / "cache"),
                              capture_output=True, text=True, timeout=300, check=True)
        return [json.loads(line)["title"] for line in proc.stdout.splitlines()], proc.stderr.strip().splitlines()[-1]

    run(page)  # (from nothing kept: the language files read with ``tomllib``, which imports ``typing``)
    assert run(page) == (["Harbour cranes return"], "[]")
    assert run(tmp_path / "page.txt.gz") == (["Harbour cranes return"], "[]")
    assert run(tmp_path / "pages.jsonl.gz") == (["Harbour cranes return"], "['gzip']")


def test_dataclasses_work_with_inspect_and_copy_deferred(tmp_path: Path) -> None:
    """The package imports ``dataclasses`` with ``inspect`` and ``copy`` deferred: importing it
    imports neither, leaves no stand-in in ``sys.modules``, and what needs them still works, each
    then the module itself: a class with no docstring gets its signature, ``asdict`` copies
    deeply, a rule's documentation is cleaned. A module imported before is left as it is."""
    code = ("import sys\n"
            "if sys.argv[1:]: import copy\n"
            "import cleanscrape, dataclasses\n"
            "print(sorted({'inspect', 'copy'} & set(sys.modules)))\n"
            "@dataclasses.dataclass\n"
            "class Point:\n"
            "    x: int\n"
            "    tags: list[list[int]]\n"
            "p = Point(1, [[2]])\n"
            "dataclasses.asdict(p)['tags'][0].append(3)\n"
            "print(Point.__doc__, p.tags, sys.modules['inspect'].signature is dataclasses.inspect.signature,\n"
            "      type(sys.modules['copy']).__name__, sys.modules['copy'].deepcopy is dataclasses.copy.deepcopy)\n"
            "print(cleanscrape.rules()[0].docs.splitlines()[0].split(':')[0])\n")
    for before in ([], ["copy"]):
        proc = subprocess.run([sys.executable, "-c", code, *before], env=_env(tmp_path / "cache"),
                              capture_output=True, text=True, timeout=300, check=True)
        assert proc.stdout.splitlines() == [str(before), "Point(x: int, tags: list[list[int]]) [[2]] True module True",
                                            "What it removes"]


def test_typed_names_make_what_typing_makes() -> None:
    """``cleanscrape.typed``'s run-time names make what ``typing``'s make: a named tuple with its
    fields, defaults, methods, docstring and module (a tuple, with no ``__dict__``), pickled by
    reference; a typed dict that is a dict, with its keys; ``cast`` the value. A field with no
    default after one with a default is refused, as ``typing.NamedTuple`` refuses it."""
    import pickle
    import typing

    from cleanscrape import typed
    from cleanscrape.document import Block, Finding, Hints, Removed, Role

    stand_in: typing.Any = typed.NamedTuple
    assert stand_in is not typing.NamedTuple and typed.cast(int, "x") == "x"
    ns: dict[str, typing.Any] = {}
    exec("class Point(NamedTuple):\n"
         "    \"A point.\"\n"
         "    x: int\n"
         "    y: int = 0\n"
         "    def norm(self) -> int:\n"
         "        return abs(self.x) + abs(self.y)\n", {"NamedTuple": stand_in, "__name__": "points"}, ns)
    point = ns["Point"]
    p = point(3, -4)
    assert (p, p.norm(), point(1), point.__doc__, point.__module__, point._fields) == (
        (3, -4), 7, (1, 0), "A point.", "points", ("x", "y"))
    assert point.__mro__[1:] == (tuple, object) and not hasattr(p, "__dict__")
    exec("class Options(TypedDict, total=False):\n    a: int\n    b: str\n",
         {"TypedDict": typed.TypedDict, "__name__": "options"}, ns)
    options = ns["Options"]
    assert options(a=1) == {"a": 1} and options.__optional_keys__ == {"a", "b"}
    assert not options.__required_keys__ and options.__total__ is False
    with pytest.raises(TypeError, match="no default follows"):
        exec("class Bad(NamedTuple):\n    x: int = 0\n    y: int\n", {"NamedTuple": stand_in, "__name__": "bad"})
    # the package's own
    block = Block(0, 3, "text", hints={})
    assert pickle.loads(pickle.dumps(block)) == block and type(pickle.loads(pickle.dumps(block))) is Block
    assert block._replace(index=4).index == 4 and Block._field_defaults["col"] == 1
    finding = Finding(2, Role.TITLE, "CS301", "headline", "why")
    assert pickle.loads(pickle.dumps(finding)) == finding and finding.priority == 50
    assert Removed("CS1", "n", "credit", 1, "t", "r").as_dict()["line"] == 1
    assert {"tag", "zones", "main_depth"} <= Hints.__optional_keys__


def _read_each(folder: Path) -> list[lang.Language]:
    return [lang.read_language(p) for p in sorted(folder.glob("*.toml"))]


@pytest.fixture()
def shipped_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped language files copied to a folder of the test's, read as the shipped ones,
    with bytecode written under a prefix of the test's."""
    folder = tmp_path / "lang"
    shutil.copytree(lang.SHIPPED, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    monkeypatch.setattr(lang, "SHIPPED", folder)
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "cache"))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return folder


def test_kept_languages_are_what_the_files_read(shipped_copy: Path) -> None:
    """First the files are read and the whole kept; then it is taken back, equal; a file changed
    since (a word added) is read anew."""
    first = lang._shipped()
    assert first == _read_each(shipped_copy)
    assert kept_path(shipped_copy / "languages").is_file()
    again = lang._shipped()
    assert again == first and again[0] is not first[0]
    en = shipped_copy / "en.toml"
    en.write_text(en.read_text(encoding="utf-8").replace('name = "English"', 'name = "English"\nextra_group = ["x"]'),
                  encoding="utf-8")
    changed = lang._shipped()
    assert changed == _read_each(shipped_copy) != first
    assert next(g for g in changed if g.code == "en").lists["extra_group"] == ("x",)


def test_a_changed_module_reads_the_files_anew(shipped_copy: Path, monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    """The kept languages belong to the code that checked them: with the module's text changed (a
    constant, which a function's bytecode does not hold), every file is read again."""
    lang._shipped()
    expected = _read_each(shipped_copy)
    calls: list[Path] = []
    read = lang.read_language

    def counting(path: Path, keep: bool = False) -> lang.Language:
        calls.append(path)
        return read(path, keep)

    monkeypatch.setattr(lang, "read_language", counting)
    assert lang._shipped() == expected and not calls
    module = tmp_path / "lang_module.py"
    module.write_text(Path(lang.__file__).read_text(encoding="utf-8").replace("DEFAULT_RANK = 1000", "DEFAULT_RANK = 999"),
                      encoding="utf-8")
    monkeypatch.setattr(lang, "__file__", str(module))
    assert lang._shipped() == expected
    assert len(calls) == len(list(shipped_copy.glob("*.toml")))


@pytest.mark.parametrize("damage", ["not marshal", "other bytes", "wrong shape"])
def test_a_broken_or_stale_kept_file_is_passed_over(shipped_copy: Path, damage: str) -> None:
    lang._shipped()
    path = kept_path(shipped_copy / "languages")
    raw, _ = marshal.loads(path.read_bytes())
    path.write_bytes({"not marshal": b"not marshal", "other bytes": marshal.dumps((b"other", {})),
                      "wrong shape": marshal.dumps((raw, {"en": ("English",)}))}[damage])
    assert lang._shipped() == _read_each(shipped_copy)


def test_nothing_kept_where_bytecode_may_not_go(shipped_copy: Path, monkeypatch: pytest.MonkeyPatch,
                                                tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert lang._shipped() == _read_each(shipped_copy)
    assert not kept_path(shipped_copy / "languages").exists()
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder would go")
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", str(blocker / "cache"))
    assert lang._shipped() == _read_each(shipped_copy)


def test_workers_and_fresh_processes_agree(tmp_path: Path) -> None:
    """``-j 3`` workers from nothing kept, then again from what they kept, clean as one process
    that keeps nothing; the kept languages file is whole."""
    pages = sorted((ROOT / "corpus" / "pages").glob("*.txt"))[:12]
    cmd = [sys.executable, "-m", "cleanscrape", "clean", "--input-format", "text", "-q"]
    one = subprocess.run([*cmd, "-j", "1", *map(str, pages)], env=_env(tmp_path / "none", write=False),
                         capture_output=True, timeout=300, check=False)
    for _ in range(2):
        many = subprocess.run([*cmd, "-j", "3", *map(str, pages)], env=_env(tmp_path / "cache"),
                              capture_output=True, timeout=300, check=False)
        assert many.stdout == one.stdout and many.returncode == one.returncode
    (path,) = (tmp_path / "cache").rglob("languages.marshal")
    raw, table = marshal.loads(path.read_bytes())
    assert sorted(table) == sorted(p.stem for p in lang.SHIPPED.glob("*.toml"))
    assert not list((tmp_path / "cache").rglob("*.tmp"))


def test_pattern_texts_are_kept_as_worked_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """The texts of word and phrase alternations and a phrase's expansions are kept by their
    arguments: taken back equal without working them out again; other arguments are other
    texts; a phrase with no pattern for its slot raises as ever, and nothing is kept for it."""
    from cleanscrape import kept, patterns

    monkeypatch.setattr(kept, "_USED", {})
    monkeypatch.setattr(kept, "_NEW", [])
    monkeypatch.setattr(kept, "_KEPT", {})
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # (this process's kept file left alone)
    cases = [
        (patterns.words_alternation, (("Read more", "Read", "more news"),), patterns._words_alternation,
         (("Read more", "Read", "more news"), r"\s+", True)),
        (patterns.words_alternation, (frozenset({"b", "a b"}), " ", False), patterns._words_alternation,
         (["a b", "b"], " ", False)),
        (patterns.phrases_alternation, (["click to (share|print)( (on|via))?", "{site}"], r"[ \t]+", {"site": "x+"}),
         patterns._phrases_alternation, (["click to (share|print)( (on|via))?", "{site}"], r"[ \t]+", {"site": "x+"})),
        (patterns.phrase_expansions, ("log(ged)? in",), patterns._phrase_expansions, ("log(ged)? in",)),
        (patterns.phrase_expansions, ("(a|)b?",), patterns._phrase_expansions, ("(a|)b?",)),
    ]
    for public, args, worker, worker_args in cases:
        expected = worker(*worker_args)
        assert public(*args) == expected
        assert public(*args) == expected  # (taken back)
    assert patterns.phrase_expansions("log(ged)? in") == ["logged in", "log in"]
    assert len(kept._NEW) == len(cases)
    first = cases[0][2](*cases[0][3])
    monkeypatch.setattr(patterns, "_tree_alternation", lambda *a: pytest.fail("worked out again"))
    assert patterns.words_alternation(("Read more", "Read", "more news")) == first
    monkeypatch.undo()
    monkeypatch.setattr(kept, "_USED", {})
    monkeypatch.setattr(kept, "_NEW", [])
    monkeypatch.setattr(kept, "_KEPT", {})
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    other = patterns.words_alternation(("Read more", "Read", "more news"), r"[ \t]+")  # (other arguments, another key)
    assert other != first and r"[ \t]+" in other
    assert len(kept._NEW) == 1
    assert patterns.phrase_expansions("a\nb") == ["a\nb"]  # (a line break: never kept one a line)
    with pytest.raises(ValueError, match="no pattern"):
        patterns.phrases_alternation(["{site}"], slots={})
    assert len(kept._NEW) == 1


def test_needles_plans_and_start_keys_are_kept_as_worked_out(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A pattern's line and prefix needles, a needle set's search plan and a phrase set's start
    keys are kept by what they are worked out from: taken back equal without working them out
    again; under a kind of None (a source unreadable) worked out every time and never kept; the
    kind follows the sources' text."""
    import re

    from cleanscrape import kept, patterns
    from cleanscrape.rules import base

    def fresh() -> None:
        monkeypatch.setattr(kept, "_USED", {})
        monkeypatch.setattr(kept, "_NEW", [])
        monkeypatch.setattr(kept, "_KEPT", {})
        monkeypatch.setattr(sys, "dont_write_bytecode", True)  # (this process's kept file left alone)

    fresh()
    rx = re.compile(r"\bcookies? (?:policy|settings)\b")
    needles = ("subscribe", "subscribed", "unsubscribe", "cookie\n", "x")
    starts = ("Read more", "© 2024", "(AP)", "Lesen Sie")
    expected = (patterns._line_needles(rx), patterns._prefix_needles(rx), base._work_out_search_plan(needles),
                base._work_out_start_keys(starts))
    assert expected[0] and expected[1] and len(expected[2]) > 1 and expected[3] == {"read", "©", "(", "lesen"}

    def got() -> tuple[object, ...]:
        return (patterns.line_needles.__wrapped__(rx), patterns.prefix_needles.__wrapped__(rx),
                base._search_plan.__wrapped__(needles), base._start_keys.__wrapped__(starts))

    assert got() == expected and len(kept._NEW) == 4
    for module, name in ((patterns, "_line_needles"), (patterns, "_prefix_needles"), (base, "_work_out_search_plan"),
                         (base, "_work_out_start_keys")):
        monkeypatch.setattr(module, name, lambda *a: pytest.fail("worked out again"))
    assert got() == expected  # (taken back)
    monkeypatch.undo()
    fresh()
    monkeypatch.setattr(patterns, "_KEPT_KIND", None)
    monkeypatch.setattr(base, "_KEPT_KIND", None)
    assert got() == expected and not kept._NEW  # (nothing kept)
    a, b = tmp_path / "a.py", tmp_path / "b.py"
    a.write_text("X = 1\n")
    b.write_text("Y = 2\n")
    first = kept.source_kind("plans", str(a), str(b))
    assert first is not None and first.startswith("plans ") and first == kept.source_kind("plans", str(a), str(b))
    b.write_text("Y = 3\n")
    assert kept.source_kind("plans", str(a), str(b)) not in (None, first)
    assert kept.source_kind("plans", str(a), str(tmp_path / "gone.py")) is None

"""Languages as data: the words the rules, dates and bylines read, one TOML file per language.

Each ``<code>.toml`` in this folder (and in the folders named by the environment variable
``CLEANSCRAPE_LANGUAGES``, separated like ``PATH``) holds a ``name``, an optional ``rank`` and
groups of words by meaning: lists of phrases (``published = ["Published", ...]``) or, for
``months``, a table of names and their numbers; some groups are phrases of the phrase grammar
(choices, ``?``, slots: :func:`cleanscrape.patterns.phrase_pattern`, as their comments say).
The rules read a group across every language
(:func:`words`), so adding a language is adding a file. A file in an extra folder with the
code of a shipped one replaces it. The files are read once per process.
"""

from __future__ import annotations

import marshal
import os
from contextlib import suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..tomlfile import keep_table, kept_table, load_toml

ENV_VAR = "CLEANSCRAPE_LANGUAGES"
SHIPPED = Path(__file__).resolve().parent
# a language file without a rank comes after the shipped ones (which go up to 230)
DEFAULT_RANK = 1000
_KEPT_NAME = "languages"  # the shipped languages, checked, kept under this name (tomlfile.kept_path)


class LanguageFileError(ValueError):
    """A language file that cannot be read: its path and what is wrong with it."""


@dataclass(frozen=True, slots=True)
class Language:
    """One language file read: its code, name, rank and place, and its groups (lists of phrases,
    tables of names and numbers)."""

    code: str
    name: str
    rank: int
    path: Path
    lists: dict[str, tuple[str, ...]]
    tables: dict[str, dict[str, int]]

    def counts(self) -> dict[str, int]:
        """How many entries each group of the language holds."""
        return {g: len(v) for g, v in sorted({**self.lists, **self.tables}.items())}


def folders() -> tuple[Path, ...]:
    """Where language files are read from: the shipped folder, then the extra ones."""
    extra = os.environ.get(ENV_VAR, "")
    return (SHIPPED, *(Path(p) for p in extra.split(os.pathsep) if p.strip()))


def read_language(path: Path, keep: bool = False) -> Language:
    """One language file, checked: every group is a list of strings or a table of integers
    (``keep``: its parsed table is kept, :func:`cleanscrape.tomlfile.load_toml`)."""
    data = load_toml(path, LanguageFileError, keep)
    lists: dict[str, tuple[str, ...]] = {}
    tables: dict[str, dict[str, int]] = {}
    for key, value in data.items():
        if key in ("name", "rank"):
            continue
        if isinstance(value, list) and all(isinstance(w, str) for w in value):
            lists[key] = tuple(value)
        elif isinstance(value, dict) and all(isinstance(n, int) for n in value.values()):
            tables[key] = {str(k): int(n) for k, n in value.items()}
        else:
            raise LanguageFileError(f"{path}: group {key!r} must be a list of strings or a table of integers")
    rank = data.get("rank", DEFAULT_RANK)
    if not isinstance(rank, int):
        raise LanguageFileError(f"{path}: rank must be an integer")
    return Language(path.stem, str(data.get("name", path.stem)), rank, path, lists, tables)


@cache
def _load() -> tuple[tuple[Language, ...], tuple[str, ...]]:
    """Every language, by rank then code, and what was wrong with the extra folders' files.

    A shipped file that cannot be read is a bug and raises. An extra folder that is not
    there, or a file in it that cannot be read, is the user's input: it is left out and
    named in :func:`problems`, which the CLI and :func:`cleanscrape.clean` refuse to run on.
    """
    found: dict[str, Language] = {lang.code: lang for lang in _shipped()}
    problems: list[str] = []
    for folder in folders()[1:]:
        if not folder.is_dir():
            problems.append(f"{folder}: no such folder (named in {ENV_VAR})")
            continue
        for path in sorted(folder / name for name in os.listdir(folder) if name.endswith(".toml")):  # (no glob: its pattern compiles)
            try:
                found[path.stem] = read_language(path)
            except LanguageFileError as exc:
                problems.append(str(exc))
    return tuple(sorted(found.values(), key=lambda lang: (lang.rank, lang.code))), tuple(problems)


def _shipped() -> list[Language]:
    """The shipped languages, in the order of their files' names. Their files are read, and
    what they were checked into is taken from one file kept where bytecode goes while the files
    hold the bytes it was made from (one read in place of a parsed table each, their checks and
    paths: some 10 million instructions a process); else each is read as
    :func:`read_language` reads it (its parsed table kept), and the whole kept for the next."""
    names = sorted(name for name in os.listdir(SHIPPED) if name.endswith(".toml"))
    raws: list[tuple[str, bytes]] = []
    for name in names:
        with open(SHIPPED / name, "rb") as fh:
            raws.append((name, fh.read()))
    # what the kept languages were made from: every file's name and bytes, and this module's own
    # text, the code that checks a file into a Language (a changed check, constant or Language
    # is a new key, as a new file is; a function's bytecode alone does not hold its constants)
    key = marshal.dumps((Path(__file__).read_bytes(), raws))
    kept = kept_table(SHIPPED / _KEPT_NAME, key)
    if kept is not None:
        with suppress(TypeError, ValueError):  # (not what this module keeps: read the files)
            return [Language(code, name, rank, SHIPPED / f"{code}.toml", lists, tables)
                     for code, (name, rank, lists, tables) in kept.items()]
    found = [read_language(SHIPPED / name, keep=True) for name in names]
    keep_table(SHIPPED / _KEPT_NAME, key, {lang.code: (lang.name, lang.rank, lang.lists, lang.tables) for lang in found})
    return found


def languages() -> tuple[Language, ...]:
    """Every language, by rank then code (read once per process)."""
    return _load()[0]


def problems() -> tuple[str, ...]:
    """The extra language folders and files that could not be read, one line each."""
    return _load()[1]


def clear_cache() -> None:
    """Read the language files again on next use (after ``CLEANSCRAPE_LANGUAGES`` changed)."""
    _load.cache_clear()
    words.cache_clear()
    table.cache_clear()


def check() -> None:
    """Raise :class:`LanguageFileError` when an extra language file could not be read."""
    if problems():
        raise LanguageFileError("; ".join(problems()))


@cache
def words(group: str) -> tuple[str, ...]:
    """The phrases of ``group`` in every language, in language order, each once."""
    return tuple(dict.fromkeys(w for lang in languages() for w in lang.lists.get(group, ())))


@cache
def table(group: str) -> dict[str, int]:
    """The table ``group`` (month names and numbers) of every language, merged."""
    merged: dict[str, int] = {}
    for lang in languages():
        merged.update(lang.tables.get(group, {}))
    return merged


def by_language(group: str) -> dict[str, frozenset[str]]:
    """``group`` of each language that has it, by code, in language order (stopword lists)."""
    return {lang.code: frozenset(lang.lists[group]) for lang in languages() if group in lang.lists}

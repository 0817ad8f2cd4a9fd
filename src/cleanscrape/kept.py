"""Compiled patterns kept across processes, as Python keeps a module's bytecode.

Compiling the package's patterns is most of a process's start-up (about 0.8 s of Python in
the regex parsers and compilers, for some 200 patterns). What compiling made is kept in one
file where bytecode goes (``sys.pycache_prefix`` when set, else ``__pycache__`` beside the
package), read once at import and used by :func:`compile_kept`:

* a stdlib ``re`` pattern as the program its compiler wrote (``_sre.compile`` takes it back
  without parsing: pickling a ``re.Pattern`` would only keep its string and compile again);
* a ``regex`` pattern as the data it pickles to (its compiled code).

The file is tied to this Python (``sys.version``), to the engines' code formats (``_sre.MAGIC``,
the ``regex`` install (its files' sizes and times) and magic) and to a checksum of its entries: a stale, foreign or broken
file is ignored, and any entry that does not load is compiled afresh. An entry's key is the
pattern's string, its engine and its flags, so a changed pattern is a new entry. The file is
written at exit, only when something was compiled that it lacked, and never when
``sys.dont_write_bytecode`` is set (the contract of ``.pyc`` files); it is written whole to a
temporary file and renamed over the old one, so processes writing at once (``-j N`` workers)
leave one of their files, each valid. Failing to read or write it is never an error.
"""

from __future__ import annotations

import atexit
import gc
import marshal
import os
import re
import sys
import zlib
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from itertools import compress
from operator import ne
from importlib import import_module
from pathlib import Path
from types import CodeType, ModuleType
from .typed import TYPE_CHECKING

from importlib.machinery import PathFinder
from importlib.util import find_spec, module_from_spec

if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

    Key = tuple[str, Any, int]  # engine ("re" or "regex"), pattern, flags; or "code", source text, 0; or a kind of data, its text, 0
    Text = str | tuple[Any, ...]  # what data is kept by: a text, or a tuple of texts, numbers, None and such tuples

_sre: Any = import_module("_sre")
_RE_PARSER: Any = import_module("re._parser")
_RE_COMPILER: Any = import_module("re._compiler")


def _regex_engine() -> tuple[Any, tuple[int, ...]]:
    """``regex``'s compiled engine (``regex._regex``), loaded without the Python part of its
    package (``regex._main`` and the pattern compiler, some 55 million instructions to import)
    when no one imported it yet: a kept pattern is made by the engine alone, and the package
    is imported only when a pattern must be compiled (or by whoever imports it: the engine
    loaded here is the one it finds, in ``sys.modules``). With it, what tells this install of
    ``regex`` from another: the size and time of its engine and of its compiler's source
    (an upgrade writes both anew; its version number lives in the part not imported)."""
    engine = sys.modules.get("regex._regex")
    package = find_spec("regex")
    places = list(package.submodule_search_locations or ()) if package is not None else []
    spec = PathFinder.find_spec("regex._regex", places)
    if engine is None:
        if spec is None or spec.loader is None:  # (an unusual install: imported as anyone does)
            engine = import_module("regex._regex")
        else:
            engine = module_from_spec(spec)
            sys.modules["regex._regex"] = engine
            spec.loader.exec_module(engine)
    files = [spec.origin] if spec is not None and spec.origin else []
    files += [os.path.join(p, "_regex_core.py") for p in places[:1]]
    marks: list[int] = []
    for f in files:
        try:
            st = os.stat(f)
        except OSError:
            marks += [-1, -1]
        else:
            marks += [st.st_size, st.st_mtime_ns]
    return engine, tuple(marks)


_REGEX_ENGINE, _REGEX_FILES = _regex_engine()


def regex_package() -> Any:
    """The ``regex`` package, imported now if it was not (with its engine as its ``_regex``, as
    importing it would have set it had ``_regex_engine`` not loaded it first)."""
    package: Any = import_module("regex")
    if getattr(package, "_regex", None) is None:
        package._regex = sys.modules["regex._regex"]
    return package

FORMAT = 4  # this module's layout of the file
MAX_ENTRIES = 2000  # beyond this, a write keeps only what its process used (old patterns age out)
# what the file is valid for: a file made under anything else is ignored
STAMP = (FORMAT, sys.version, sys.byteorder, _sre.MAGIC, _sre.CODESIZE, _REGEX_FILES,
         getattr(_REGEX_ENGINE, "MAGIC", None), getattr(_REGEX_ENGINE, "CODE_SIZE", None))

# an ``re`` program's word as an array's type ("": none fits, and no ``re`` pattern is kept)
_CODE_TYPE = next((t for t in "IL" if array(t).itemsize == _sre.CODESIZE), "")


def kept_file() -> Path:
    """Where the compiled patterns are kept (named for this interpreter, as ``.pyc`` files are)."""
    here = Path(__file__).resolve().parent
    name = f"patterns.{sys.implementation.cache_tag}.kept.marshal"
    if sys.pycache_prefix:
        return Path(sys.pycache_prefix, here.relative_to(here.anchor), name)
    return here / "__pycache__" / name


def _read(path: Path) -> dict[Key, Any]:
    """The entries of the file at ``path``; empty when it is missing, stale, foreign or broken."""
    try:
        stamp, checksum, payload = marshal.loads(path.read_bytes())
        if stamp != STAMP or not isinstance(payload, bytes) or zlib.crc32(payload) != checksum:
            return {}
        entries = marshal.loads(payload)
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


_KEPT: dict[Key, Any] = _read(kept_file())
_USED: dict[Key, Any] = {}  # what this process compiled or loaded, to be kept
_NEW: list[Key] = []  # what this process compiled that the file lacked


def compile_kept(pattern: str, flags: int, use_regex: bool) -> Any:
    """``pattern`` compiled with ``flags`` by ``regex`` or stdlib ``re``: loaded from the kept
    file when it holds it, else compiled (and kept at exit)."""
    key: Key = ("regex" if use_regex else "re", pattern, flags)
    entry = _KEPT.get(key)
    if entry is not None:
        try:
            compiled = _REGEX_ENGINE.compile(*entry) if use_regex else _sre_compile(pattern, *entry)
        except Exception:  # (a broken entry: compiled afresh below)
            pass
        else:
            _USED[key] = entry
            return compiled
    if use_regex:
        compiled = regex_package().compile(pattern, flags)  # (the package, imported only now)
        entry = getattr(compiled, "_pickled_data", None)  # (what it pickles to: its compiled code)
    else:
        compiled, entry = _compile_re(pattern, flags)
    _USED[key] = entry
    if not _NEW:
        atexit.register(_write)
    _NEW.append(key)
    return compiled


def compile_source(source: str) -> CodeType:
    """``compile(source, "<string>", "exec")`` as ``exec`` of the string in a module with no
    ``__future__`` import compiles it: loaded from the kept file when it holds it, else
    compiled (and kept at exit)."""
    key: Key = ("code", source, 0)
    entry = _USED.get(key) or _KEPT.get(key)  # (classes alike share a method's text)
    if type(entry) is not CodeType:
        entry = compile(source, "<string>", "exec", dont_inherit=True)
        if not _NEW:
            atexit.register(_write)
        _NEW.append(key)
    _USED[key] = entry
    return entry


def kept_data(kind: str, text: Text) -> bytes | None:
    """What this or an earlier process kept for ``text`` under ``kind`` (see :func:`keep_data`),
    or None."""
    key: Key = (kind, text, 0)
    entry = _USED.get(key) or _KEPT.get(key)
    if type(entry) is not bytes:
        return None
    _USED[key] = entry
    return entry


def keep_data(kind: str, text: Text, data: bytes) -> None:
    """Keep ``data`` (what ``text`` gave, marshalled by the caller: the file holds bytes it can
    always write) under ``kind`` for later processes, as a compiled pattern is kept."""
    key: Key = (kind, text, 0)
    _USED[key] = data
    if not _NEW:
        atexit.register(_write)
    _NEW.append(key)


def source_kind(label: str, *paths: str) -> str | None:
    """A kind of kept data for what the code of the modules at ``paths`` works out: ``label`` and a
    checksum of their source (their bytecode leaves out the constants the code reads), so that a
    changed module works it out anew; None when a source cannot be read (then nothing is kept or
    read back: :func:`kept_value`)."""
    try:
        return f"{label} {zlib.crc32(b''.join(Path(p).read_bytes() for p in paths)):08x}"
    except OSError:
        return None


def kept_value(kind: str | None, key: Text, build: Callable[..., Any], *args: Any) -> Any:
    """``build(*args)``, a value ``marshal`` writes (texts, numbers, None, and tuples and sets of
    them), kept across processes under ``kind`` (:func:`source_kind`; None: never kept) by ``key``,
    what the arguments are (see :func:`keep_data`)."""
    if kind is None:
        return build(*args)
    got = kept_data(kind, key)
    if got is not None:
        return marshal.loads(got)
    out = build(*args)
    keep_data(kind, key, marshal.dumps(out))
    return out


def _exec_kept(source: Any, globals: dict[str, Any] | None = None, locals: Any = None, /) -> None:
    """``exec``, the code of a source string compiled by :func:`compile_source`."""
    exec(compile_source(source) if type(source) is str else source, globals, locals)


# what ``dataclasses`` imports for calls a run need not make: ``inspect`` (with ``ast``, ``dis``,
# ``tokenize``: some 40 million instructions) only for ``inspect.signature``, the docstring of a
# class with none; ``copy`` only for ``asdict``'s and ``astuple``'s deep copies
DATACLASSES_DEFERRED = ("inspect", "copy")


class _Deferred(ModuleType):
    """Stands for a module in the modules that import while it stands in ``sys.modules`` (see
    :func:`modules_deferred`): the first attribute read imports the module itself, which then
    answers every read."""

    def __getattr__(self, attr: str) -> Any:
        if sys.modules.get(self.__name__) is self:  # (read while standing: no longer)
            del sys.modules[self.__name__]
        return getattr(import_module(self.__name__), attr)


@contextmanager
def modules_deferred(names: tuple[str, ...]) -> Iterator[None]:
    """Inside the block, each module of ``names`` not imported yet is a stand-in that imports it
    when first one of its attributes is read, so that a module importing it there does not pay
    for it until it uses it; out of the block, ``sys.modules`` holds no stand-in. (A stand-in,
    not ``importlib.util.LazyLoader``'s module: the ``import`` statement reads a module's
    ``__spec__``, which loads a lazy module at once.)"""
    standing = {name: _Deferred(name) for name in names if name not in sys.modules}
    sys.modules.update(standing)
    try:
        yield
    finally:
        for name, module in standing.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


@contextmanager
def dataclass_functions_kept() -> Iterator[None]:
    """While the package's modules import: the methods ``dataclasses`` writes for each class
    (``__init__``, ``__repr__``, ``__eq__``, ``__setattr__``...: source text it compiles, about
    4 million instructions a class, some 50 classes) are kept as the patterns are. Only the
    compiling is skipped: the same text gives the same code, run as ``dataclasses`` runs it.
    (Done by a name ``exec`` in the ``dataclasses`` module, which its own calls find before
    the builtin, removed when the imports are done.)"""
    if "dataclasses" not in sys.modules:
        with modules_deferred(DATACLASSES_DEFERRED):
            import_module("dataclasses")
    module = import_module("dataclasses")
    if "exec" in vars(module):  # (nested, or someone else's: left as it is)
        yield
        return
    module.exec = _exec_kept  # type: ignore[attr-defined]
    try:
        yield
    finally:
        if vars(module).get("exec") is _exec_kept:
            del module.exec


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block (``gc`` as it was after it: one that was
    off stays off)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _sre_compile(pattern: str, flags: int, code: bytes, *rest: Any) -> Any:
    """A stdlib ``re`` pattern from its kept program (the code's words as bytes: half the
    instructions to load that a list of ints takes)."""
    return _sre.compile(pattern, flags, array(_CODE_TYPE, code).tolist(), *rest)


def _compile_re(pattern: str, flags: int) -> tuple[re.Pattern[str], tuple[Any, ...] | None]:
    """``re.compile(pattern, flags)``, with what ``_sre.compile`` needs to make it again (the
    steps of ``re._compiler.compile``); None for the latter when those steps are not there."""
    try:
        parsed = _RE_PARSER.parse(pattern, flags)
        if (flags | parsed.state.flags) & _BLIND == _BLIND_UNICODE:
            _choices_keyed(parsed, True)
        code = [int(c) for c in _RE_COMPILER._code(parsed, flags)]
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        entry = (int(flags | parsed.state.flags), array(_CODE_TYPE, code).tobytes(), parsed.state.groups - 1,
                 groupindex, tuple(indexgroup))
        compiled = _sre.compile(pattern, entry[0], code, *entry[2:])
    except re.error:
        raise
    except Exception:  # (another Python's private steps differ: compile as anyone does)
        return re.compile(pattern, flags), None
    return compiled, entry


# case-blind matching under Unicode rules (not ASCII's, not the locale's): what ``_choices_keyed`` reads
_BLIND = re.IGNORECASE | re.UNICODE | re.ASCII | re.LOCALE
_BLIND_UNICODE = re.IGNORECASE | re.UNICODE
_RE_OPS: Any = import_module("re._constants")
_EXTRA_CASES: dict[int, tuple[int, ...]] = import_module("re._casefix")._EXTRA_CASES
_LOWERED_FROM: dict[int, list[int]] = {}  # each lowercase character's others, by it (``_blind_letters``)
# a choice of fewer alternatives is left as it is: a keyed set is some five more words of program to
# load in every process, and a short choice's tries cost less than its larger program's load (measured,
# scrapinghub text and the corpus: 8 or more kept both counts down, 4 or more raised the corpus's)
KEYED_MIN_CHOICES = 8


def _blind_letters(ch: int) -> list[int]:
    """The characters a case-blind literal ``ch`` matches under Unicode rules, as ``re`` reads
    them: its compiler writes the literal's simple lowercase (with the characters its table
    ``_EXTRA_CASES`` takes for that one), and its engine compares each text character's simple
    lowercase with them."""
    tolower = _sre.unicode_tolower
    if not _LOWERED_FROM:  # (every character whose lowercase is another: some 1,400; once a process, in C)
        every = range(sys.maxunicode + 1)
        for c in compress(every, map(ne, every, map(tolower, every))):
            _LOWERED_FROM.setdefault(tolower(c), []).append(c)
    lo = tolower(ch)
    out: set[int] = set()
    for k in (lo, *_EXTRA_CASES.get(lo, ())):
        if tolower(k) == k:
            out.add(k)
        out.update(_LOWERED_FROM.get(k, ()))
    return sorted(out)


def _choices_keyed(parsed: Any, blind: bool) -> None:
    """In place, in a parsed pattern (``blind``: case-blind where it stands), each choice made
    cheaper to try, with the same matches in the same order: a choice standing alone in an
    alternative gives its alternatives to the choice around it (`(?:a|b)|c` is `a|b|c`); an
    optional opening is written out (`(?:x)?y|z` is `xy|y|z`, :func:`_optional_first`); and in
    a choice of KEYED_MIN_CHOICES alternatives or more, an alternative that opens on a
    case-blind letter opens on the set of the characters that letter matches, with case kept
    (``(?-i:[Tt])his`` for ``this``), and alternatives that open on one set are joined under it
    (:func:`_grouped`). ``re``'s engine passes over an
    alternative whose first step is a literal or a set when the text's character is not in it,
    without entering it, but enters every alternative that opens on a case-blind literal: a
    long alternation of phrases under ``re.I`` cost a jump into each of its phrases at each
    place it was tried."""
    ops = _RE_OPS
    items = parsed.data
    for op, av in items:
        if op is ops.BRANCH:
            alts = av[1]
            while any(len(alt.data) == 1 and alt.data[0][0] is ops.BRANCH for alt in alts):
                # (a choice alone in an alternative, `(?:a|b)|c`: its alternatives in its place, `a|b|c`)
                alts[:] = [x for alt in alts for x in
                           (alt.data[0][1][1] if len(alt.data) == 1 and alt.data[0][0] is ops.BRANCH else (alt,))]
            if any(_optional_first(alt) for alt in alts):
                # (`(?:x)?y` is `xy|y`: each way in opens on a step of its own)
                alts[:] = [x for alt in alts for x in
                           ((_RE_PARSER.SubPattern(alt.state, [*alt.data[0][1][2].data, *alt.data[1:]]),
                             _RE_PARSER.SubPattern(alt.state, _copied(alt.data[1:])))
                            if _optional_first(alt) else (alt,))]
            if blind and len(alts) >= KEYED_MIN_CHOICES:
                for alt in alts:
                    if alt.data and alt.data[0][0] is ops.LITERAL:
                        alt.data[0] = _keyed(alt.data[0][1], alt.state)
                alts[:] = _grouped(alts)
            for alt in alts:
                _choices_keyed(alt, blind)
        elif op is ops.SUBPATTERN:
            _choices_keyed(av[3], (blind or bool(av[1] & re.IGNORECASE)) and not av[2] & re.IGNORECASE)
        elif op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT):
            _choices_keyed(av[2], blind)
        elif op in (ops.ASSERT, ops.ASSERT_NOT):
            _choices_keyed(av[1], blind)
        elif op is ops.ATOMIC_GROUP:
            _choices_keyed(av, blind)
        elif op is ops.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch is not None:
                    _choices_keyed(branch, blind)


def _optional_first(alt: Any) -> bool:
    """An alternative opens on a greedy optional step that reads something, `(?:x)?`, and it
    and what follows it hold no group a match reports or refers to (each may then be written
    twice, `(?:x)?y` as `xy|y`)."""
    ops = _RE_OPS
    if not alt.data[1:] or alt.data[0][0] is not ops.MAX_REPEAT:  # (an opening, and steps after it)
        return False
    low, high, item = alt.data[0][1]
    return low == 0 and high == 1 and item.getwidth()[0] > 0 and _plain(alt.data)


def _plain(items: Any) -> bool:
    """Parsed steps hold no capturing group, no reference to one and no lookaround (nothing
    that writing them twice could change)."""
    ops = _RE_OPS
    for op, av in items:
        if op is ops.SUBPATTERN:
            if av[0] is not None or not _plain(av[3].data):
                return False
        elif op is ops.BRANCH:
            if not all(_plain(alt.data) for alt in av[1]):
                return False
        elif op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT):
            if not _plain(av[2].data):
                return False
        elif op not in (ops.LITERAL, ops.NOT_LITERAL, ops.IN, ops.ANY, ops.AT, ops.CATEGORY):
            return False
    return True


def _copied(items: list[Any]) -> list[Any]:
    """Plain parsed steps (:func:`_plain`) copied, each choice, group and repeat anew (they
    are changed in place afterwards)."""
    ops = _RE_OPS
    out = []
    for op, av in items:
        if op is ops.SUBPATTERN:
            av = (av[0], av[1], av[2], _RE_PARSER.SubPattern(av[3].state, _copied(av[3].data)))
        elif op is ops.BRANCH:
            av = (av[0], [_RE_PARSER.SubPattern(alt.state, _copied(alt.data)) for alt in av[1]])
        elif op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT):
            av = (av[0], av[1], _RE_PARSER.SubPattern(av[2].state, _copied(av[2].data)))
        elif op is ops.IN:
            av = list(av)
        out.append((op, av))
    return out


def _opening(alt: Any) -> frozenset[int] | None:
    """The characters an alternative must open on, when its first step is a keyed set or a
    literal (case kept); else None."""
    ops = _RE_OPS
    if not alt.data:
        return None
    op, av = alt.data[0]
    if op is ops.LITERAL:
        return frozenset((av,))
    if op is ops.SUBPATTERN and av[0] is None and not av[1] and av[2] == re.IGNORECASE:
        inner = av[3].data
        if len(inner) == 1 and inner[0][0] is ops.IN and all(o is ops.LITERAL for o, _ in inner[0][1]):
            return frozenset(c for _, c in inner[0][1])
    return None


def _grouped(alts: list[Any]) -> list[Any]:
    """A choice's alternatives with those that open on the same step joined under it, as a
    tree of phrases is (`[Tt](?:his|he)` for `[Tt]his|[Tt]he`): the engine then tries one
    opening where it tried each. An alternative joins an earlier one of its opening only over
    alternatives that cannot open where it does (their openings share no character with its),
    so that at any place the alternatives that can match are tried in the order given."""
    ops = _RE_OPS
    groups: list[tuple[frozenset[int] | None, list[Any]]] = []
    for alt in alts:
        key = _opening(alt)
        target = None
        if key is not None:
            for k in range(len(groups) - 1, -1, -1):
                other = groups[k][0]
                if other == key:
                    target = groups[k][1]
                    break
                if other is None or not other.isdisjoint(key):
                    break
        if target is None:
            groups.append((key, [alt]))
        else:
            target.append(alt)
    if len(groups) == len(alts):
        return alts
    out = []
    for _, members in groups:
        if len(members) == 1:
            out.append(members[0])
            continue
        first = members[0]
        rests = [_RE_PARSER.SubPattern(first.state, list(m.data[1:])) for m in members]
        out.append(_RE_PARSER.SubPattern(first.state, [first.data[0], (ops.BRANCH, (None, rests))]))
    return out


def _keyed(ch: int, state: Any) -> tuple[Any, Any]:
    """A case-blind literal ``ch`` as the set of the characters it matches, case kept."""
    ops = _RE_OPS
    letters = _blind_letters(ch)
    if letters == [ch]:  # (no case: the literal as it is, which the engine reads so already)
        return (ops.LITERAL, ch)
    keyed = _RE_PARSER.SubPattern(state, [(ops.IN, [(ops.LITERAL, c) for c in letters])])
    return (ops.SUBPATTERN, (None, 0, re.IGNORECASE, keyed))


def _write() -> None:
    """Keep what this process used, with what the file holds now (another process may have
    written since), unless bytecode is not to be written. Never raises."""
    if sys.dont_write_bytecode:
        return
    target = kept_file()
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        entries = {k: v for k, v in _USED.items() if v is not None}
        on_disk = _read(target)
        if len(on_disk) + len(entries) <= MAX_ENTRIES:
            entries = {**on_disk, **entries}
        payload = marshal.dumps(entries)
        data = marshal.dumps((STAMP, zlib.crc32(payload), payload))
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, target)  # (whole or not at all)
    except (OSError, ValueError):
        with suppress(OSError):  # (no folder to write in: no temporary file either)
            tmp.unlink(missing_ok=True)

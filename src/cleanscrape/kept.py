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

FORMAT = 3  # this module's layout of the file
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

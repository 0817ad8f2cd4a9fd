"""Reading a TOML file that a user may have got wrong: one error line naming the file."""

from __future__ import annotations

import marshal
import os
import sys
from contextlib import suppress
from pathlib import Path
from .typed import TYPE_CHECKING

from .kept import keep_data, kept_data

if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

KEPT_SUFFIX = ".marshal"  # the parsed table kept beside a TOML file, as Python keeps a module's bytecode


def load_toml(path: Path, error: type[ValueError], keep: bool = False) -> dict[str, Any]:
    """The table of the TOML file ``path``; what makes it unreadable (not TOML, not UTF-8,
    not there) raises ``error`` with the path and the reason, never a traceback's worth.

    ``keep``: the parsed table is also kept, with the bytes it was parsed from, where Python
    keeps bytecode (``sys.pycache_prefix``, else ``__pycache__`` beside the file), and taken
    from there while the file holds those same bytes: the file stays what is read, only the
    parse is skipped (tomllib takes about 27 ms for the shipped language files, marshal 1 ms).
    Without it (a user's config), the parse is kept by the text it was made from, in the file
    of compiled patterns (:mod:`cleanscrape.kept`): nothing is written beside the user's file."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise error(f"{path}: cannot read ({exc.strerror or exc})") from None
    if keep and (kept := kept_table(path, raw)) is not None:
        return kept
    if not keep and (kept := _kept_config(raw)) is not None:
        return kept
    import tomllib  # (here: a process that finds every table kept never imports it)

    try:
        table = tomllib.loads(raw.decode())
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{path}: not valid TOML ({exc})") from None
    except UnicodeDecodeError:
        raise error(f"{path}: not valid TOML (not UTF-8 text)") from None
    if keep:
        keep_table(path, raw, table)
    else:  # (a config: its parse kept where the compiled patterns are, not beside the user's file)
        with suppress(ValueError):  # (a value marshal cannot hold, a date: not kept)
            keep_data("toml", raw.decode(), marshal.dumps(table))
    return table


def _kept_config(raw: bytes) -> dict[str, Any] | None:
    """The table an earlier process parsed from the same text ``raw`` holds (kept with the
    compiled patterns, :mod:`cleanscrape.kept`: the parse and the ``tomllib`` import skipped,
    some 20 million instructions a CLI run pays for the ``pyproject.toml`` it finds), or None."""
    try:
        data = kept_data("toml", raw.decode())
        table = marshal.loads(data) if data is not None else None
    except (UnicodeDecodeError, ValueError, EOFError, TypeError):
        return None
    return table if isinstance(table, dict) else None


def kept_path(path: Path) -> Path:
    """Where the parsed table of ``path`` is kept."""
    full = path.resolve()
    if sys.pycache_prefix:
        return Path(sys.pycache_prefix, full.parent.relative_to(full.anchor), full.name + KEPT_SUFFIX)
    return full.parent / "__pycache__" / (full.name + KEPT_SUFFIX)


def kept_table(path: Path, raw: bytes) -> dict[str, Any] | None:
    """The table kept for ``path`` if it was made from ``raw``, else None."""
    try:
        kept_raw, table = marshal.loads(kept_path(path).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return table if kept_raw == raw and isinstance(table, dict) else None


def keep_table(path: Path, raw: bytes, table: dict[str, Any]) -> None:
    """Keep ``table`` made from ``raw`` (where bytecode may be written; a failure is no error)."""
    if sys.dont_write_bytecode:
        return
    target = kept_path(path)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        data = marshal.dumps((raw, table))  # (ValueError: a value marshal cannot hold, a date)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, target)  # (whole or not at all: workers may write it at once)
    except (OSError, ValueError):
        with suppress(OSError):  # (no folder to write in: no temporary file either)
            tmp.unlink(missing_ok=True)

"""Findings as diagnostics, and fixes that delete the lines they name.

``check``, ``--diff`` and ``--fix`` are one code path over the same findings:
:func:`findings_for_text` labels a page, :func:`remove_lines` removes the lines
of the fixable findings, keeping every other byte (line endings too), and
:func:`fix_text` repeats that until the page is stable. :func:`unified_diff`
writes a patch that ``git apply`` and ``patch -p1`` take.
"""

from __future__ import annotations

import difflib
import json
import os
from dataclasses import dataclass
from .typed import TYPE_CHECKING
from collections.abc import Iterable, Sequence

from .document import Finding, Role
from .io.files import write_atomic as write_atomic  # re-exported (moved to io/files.py)
from .io.text import read_text

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Pipeline

# Roles whose lines become record fields (headline, section, byline, date): a
# corpus file keeps them, and they are not reported.
FIELD_ROLES = frozenset({Role.TITLE, Role.SECTION, Role.BYLINE, Role.DATE})


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding as ``check`` reports it: where it is (``path:line:col``), its rule, its text."""

    path: str
    line: int  # 1-based line in the file
    col: int
    code: str
    name: str
    message: str
    text: str
    fix_safe: bool
    record: int | None = None  # JSONL: the record's line in the file

    def as_dict(self) -> dict[str, object]:
        return {"path": self.path, "line": self.line, "col": self.col, "code": self.code, "name": self.name,
                "message": self.message, "text": self.text, "fix": "safe" if self.fix_safe else "unsafe"}


def findings_for_text(pipe: Pipeline, text: str) -> list[tuple[int, int, Finding, str]]:
    """(line, col, finding, line text) for every line a rule removes from article text.

    The page is read line by line, never unwrapped: a fix deletes whole physical lines."""
    doc = read_text(text, unwrap=False)
    labelled = pipe.label(doc)
    out = []
    for block, f in zip(doc.blocks, labelled.labels):
        if f is not None and f.role is not Role.CONTENT and f.role not in FIELD_ROLES:
            out.append((block.line, block.col, f, block.text))
    return out


def remove_lines(text: str, lines: Iterable[int]) -> str:
    """``text`` without the given 1-based lines; every other byte (line endings too) kept."""
    drop = set(lines)
    if not drop:
        return text
    # str.splitlines also splits on \x0b, \x0c, \u2028...; read_text splits on \n, \r\n
    # and \r only, so the lines are cut the same way here
    parts = _physical_lines(text)
    return "".join(p for n, p in enumerate(parts, start=1) if n not in drop)


def _physical_lines(text: str) -> list[str]:
    out: list[str] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "\n" or c == "\r":
            end = i + 2 if c == "\r" and i + 1 < n and text[i + 1] == "\n" else i + 1
            out.append(text[start:end])
            start = i = end
            continue
        i += 1
    if start < n:
        out.append(text[start:])
    return out


def split_lines(text: str) -> list[str]:
    """``text`` cut after each ``\n`` only, as git and patch cut it (``str.splitlines``
    also cuts at ``\x0b``, ``\x0c``, ``\x1c``-``\x1e``, ``\x85``, U+2028 and U+2029)."""
    parts = text.split("\n")
    lines = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


NO_NEWLINE = "\\ No newline at end of file\n"


def unified_diff(path: str, before: str, after: str) -> str:
    """A patch that ``git apply`` and ``patch -p1`` take: lines cut at ``\n`` only, and a
    last line without its newline marked as diff marks it. ``path`` as it should read
    from the folder the patch is applied in."""
    out = []
    name = path.replace(os.sep, "/")
    # a tab ends a name with spaces in it: GNU patch reads up to the first space otherwise
    end = "\t" if " " in name else ""
    for line in difflib.unified_diff(split_lines(before), split_lines(after),
                                     fromfile=f"a/{name}{end}", tofile=f"b/{name}{end}"):
        out.append(line if line.endswith("\n") else line + "\n" + NO_NEWLINE)
    return "".join(out)


# Removing a line can change what the rules see around it (a headline that was two lines
# from the body is now next to it), so a fix can reveal a new finding. Like ruff, fix again
# until nothing changes, at most this many passes.
MAX_PASSES = 10

Found = tuple[int, int, Finding, str]


@dataclass(frozen=True, slots=True)
class FixResult:
    """What ``--fix`` did to a text: the text after it, the findings before and left, the codes removed."""

    text: str  # the text after the last pass
    first: list[Found]  # the findings on the text as given
    remaining: list[Found]  # the findings left on the fixed text
    fixed: tuple[str, ...]  # the code of every finding a pass removed
    converged: bool  # False: still changing after MAX_PASSES passes


def fix_text(pipe: Pipeline, text: str, unsafe: bool, *, max_passes: int = MAX_PASSES) -> FixResult:
    """Remove the fixable lines, label again, and repeat until stable. With ``max_passes=1``
    (what ``check`` alone needs) the fixed text is not labelled again: ``remaining`` is empty."""
    first = found = findings_for_text(pipe, text)
    fixed: list[str] = []
    for n in range(max_passes):
        drop = set(fixable_lines(pipe, found, unsafe))
        if not drop:
            return FixResult(text, first, found, tuple(fixed), True)
        fixed += [f.code for ln, _, f, _ in found if ln in drop]
        text = remove_lines(text, drop)
        if n + 1 < max_passes:
            found = findings_for_text(pipe, text)
    if max_passes == 1:
        return FixResult(text, first, [], tuple(fixed), False)
    found = findings_for_text(pipe, text)
    return FixResult(text, first, found, tuple(fixed), not fixable_lines(pipe, found, unsafe))


def fix_jsonl_line(pipe: Pipeline, line: str, field: str, unsafe: bool,
                   max_passes: int = MAX_PASSES, obj: object = None) -> tuple[str, FixResult | None]:
    """One JSONL record with its text field fixed until stable; unchanged records come
    back byte for byte. The result is None when the record has no such text field.
    ``obj``: the line already parsed (else it is parsed here)."""
    if obj is None:
        obj = json.loads(line)
    if not isinstance(obj, dict):
        return line, None
    value = obj.get(field)
    if not isinstance(value, str):
        return line, None
    result = fix_text(pipe, value, unsafe, max_passes=max_passes)
    if result.text == value:
        return line, result
    obj[field] = result.text
    ending = "\r\n" if line.endswith("\r\n") else ("\n" if line.endswith("\n") else "")
    return json.dumps(obj, ensure_ascii=False) + ending, result


def _safe(pipe: Pipeline, code: str) -> bool:
    for r in pipe.rules:
        if r.code == code:
            return r.fix_safe
    return False


def fixable_lines(pipe: Pipeline, found: Sequence[tuple[int, int, Finding, str]], unsafe: bool) -> list[int]:
    return [ln for ln, _, f, _ in found if unsafe or _safe(pipe, f.code)]

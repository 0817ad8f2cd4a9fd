"""Findings as diagnostics, and fixes that delete the lines they name.

``check``, ``--diff`` and ``--fix`` are one code path over the same findings:
:func:`findings_for_text` labels a page, :func:`apply` removes the lines of
the fixable findings, keeping every other byte (encoding, BOM, line endings).
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from typing import Iterable, Sequence

from .document import Finding, Role
from .io.files import write_atomic  # noqa: F401  (moved to io/files.py; check imports it from here)
from .io.text import read_text

# Roles whose lines become record fields (headline, section, byline, date): a
# corpus file keeps them, and they are not reported.
FIELD_ROLES = frozenset({Role.TITLE, Role.SECTION, Role.BYLINE, Role.DATE})


@dataclass(frozen=True, slots=True)
class Diagnostic:
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


def findings_for_text(pipe, text: str) -> list[tuple[int, int, Finding, str]]:
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


def unified_diff(path: str, before: str, after: str) -> str:
    return "".join(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                        fromfile=f"a/{path}", tofile=f"b/{path}"))


def fix_jsonl_line(pipe, line: str, field: str, unsafe: bool) -> tuple[str, list[tuple[int, int, Finding, str]]]:
    """One JSONL record with its text field cleaned; unchanged records come back byte for byte."""
    obj = json.loads(line)
    value = obj.get(field) if isinstance(obj, dict) else None
    if not isinstance(value, str):
        return line, []
    found = findings_for_text(pipe, value)
    drop = fixable_lines(pipe, found, unsafe)
    if not drop:
        return line, found
    obj[field] = remove_lines(value, drop)
    ending = "\r\n" if line.endswith("\r\n") else ("\n" if line.endswith("\n") else "")
    return json.dumps(obj, ensure_ascii=False) + ending, found


def _safe(pipe, code: str) -> bool:
    for r in pipe.rules:
        if r.code == code:
            return r.fix_safe
    return False


def fixable_lines(pipe, found: Sequence[tuple[int, int, Finding, str]], unsafe: bool) -> list[int]:
    return [ln for ln, _, f, _ in found if unsafe or _safe(pipe, f.code)]

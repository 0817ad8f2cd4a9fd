"""``cleanscrape check``: artefacts in a corpus, reported like lint; ``--diff`` and ``--fix``."""

from __future__ import annotations

import argparse
import fnmatch
from dataclasses import replace
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Iterator

from ..config import ConfigError, Settings, load_settings
from ..document import Role
from ..fix import (FIELD_ROLES, Diagnostic, findings_for_text, fix_jsonl_line, fixable_lines, remove_lines,
                   unified_diff, write_atomic)
from ..io.html import read_html
from ..io.inputs import DEFAULT_MAX_BYTES, read_source, to_text
from ..io.text import InputError
from .common import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, add_rule_selection, err


EPILOG = """\
examples:
  cleanscrape check corpus/                      lint a folder (exit 1 when anything is found)
  cleanscrape check --diff corpus/ | patch -p1   what --fix would change, as a patch
  cleanscrape check --fix corpus/                remove the lines in place (safe fixes only)
  cleanscrape check --output-format github .     annotations for a GitHub Actions log
  cleanscrape check --statistics corpus/         counts per rule
  cleanscrape check --write-baseline .cleanscrape-baseline.json corpus/
  cleanscrape check --baseline .cleanscrape-baseline.json corpus/   only new findings

Settings come from [tool.cleanscrape] in the nearest pyproject.toml, or from
cleanscrape.toml beside it (which wins); flags override them.

exit status: 0 nothing found (or all fixed), 1 findings, 2 usage, config or input error.
"""


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser("check", help="report artefacts in files like a linter; --diff, --fix",
                       description="Report every line a rule would remove, as path:line:col: CODE diagnostics.",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: the current folder)")
    p.add_argument("--output-format", choices=("concise", "json", "jsonl", "github"), default="concise")
    p.add_argument("--fix", action="store_true", help="remove the lines in place (atomic; safe fixes only)")
    p.add_argument("--unsafe-fixes", action="store_true", default=None,
                   help="also apply fixes of rules marked unsafe")
    p.add_argument("--diff", action="store_true", help="print a unified diff of what --fix would change")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even when something is found")
    p.add_argument("--statistics", action="store_true", help="print counts per rule instead of diagnostics")
    p.add_argument("--text-field", default=None, metavar="FIELD", help="JSONL: the field to check (default: text)")
    p.add_argument("--config", type=Path, default=None, help="read settings from this file")
    p.add_argument("--write-baseline", type=Path, metavar="FILE", help="record today's findings and exit 0")
    p.add_argument("--baseline", type=Path, metavar="FILE", help="report only findings not in FILE")
    add_rule_selection(p)
    return p


def cmd_check(args: argparse.Namespace) -> int:
    try:
        settings = load_settings(Path.cwd(), args.config).override(
            select=args.select, ignore=args.ignore, extend_select=args.extend_select,
            text_field=args.text_field, unsafe_fixes=args.unsafe_fixes)
        pipe = settings.pipeline()
    except ConfigError as exc:
        err(f"error: {exc}")
        return EXIT_ERROR
    if args.fix and args.diff:
        err("error: --fix and --diff do not go together")
        return EXIT_ERROR
    baseline = _read_baseline(args.baseline) if args.baseline else None
    if baseline is False:
        return EXIT_ERROR
    status = EXIT_OK
    diagnostics: list[Diagnostic] = []
    changed = 0
    for path in _walk(args.paths or ["."], settings):
        try:
            diags, before, after = _check_file(path, pipe, settings)
        except (InputError, OSError, ValueError) as exc:
            err(f"error: {exc}")
            status = EXIT_ERROR
            continue
        if baseline is not None:
            diags = [d for d in diags if _fingerprint(d) not in baseline]
        diagnostics.extend(diags)
        if after is not None and after != before:
            changed += 1
            if args.diff:
                sys.stdout.write(unified_diff(path, before, after))
            elif args.fix:
                try:
                    write_atomic(Path(path), _encode_like(after, path))
                except OSError as exc:
                    err(f"error: {exc}")
                    status = EXIT_ERROR
    if args.write_baseline:
        counts = Counter(_fingerprint(d) for d in diagnostics)
        args.write_baseline.write_text(json.dumps({"version": 1, "findings": sorted(counts)}, indent=1) + "\n",
                                       encoding="utf-8")
        print(f"cleanscrape: wrote {len(counts)} finding(s) to {args.write_baseline}", file=sys.stderr)
        return status
    remaining = diagnostics
    if args.fix:
        remaining = [d for d in diagnostics if not (d.fix_safe or settings.unsafe_fixes)]
    if not args.diff:
        _report(remaining if args.fix else diagnostics, args)
    if status == EXIT_ERROR:
        if diagnostics:
            _summary(diagnostics, changed, args)
        return status
    _summary(diagnostics, changed, args)
    found = bool(changed) if args.diff else bool(remaining)
    return EXIT_FINDINGS if found and not args.exit_zero else EXIT_OK


def _check_file(path: str, pipe, settings: Settings) -> tuple[list[Diagnostic], str, str | None]:
    raw = read_source(path, max_bytes=DEFAULT_MAX_BYTES)
    unsafe = settings.unsafe_fixes
    diags: list[Diagnostic] = []
    if path.endswith((".html", ".htm")):
        # reported at the element's source line; HTML files are never rewritten
        doc = read_html(raw.data, source=path)
        labelled = pipe.label(doc)
        for block, f in zip(doc.blocks, labelled.labels):
            if f is not None and f.role is not Role.CONTENT and f.role not in FIELD_ROLES:
                d = _diag(path, block.line, block.col, f, pipe, block.text, " (HTML: reported, not fixed)")
                diags.append(replace(d, fix_safe=False))
        return diags, "", None
    text, _ = to_text(raw)
    if path.endswith((".jsonl", ".jsonl.gz")):
        out = []
        for n, line in enumerate(text.splitlines(keepends=True), start=1):
            if not line.strip():
                out.append(line)
                continue
            try:
                new, found = fix_jsonl_line(pipe, line, settings.text_field, unsafe)
            except ValueError as exc:
                raise ValueError(f"{path}:{n}: not a JSON object ({exc})") from None
            out.append(new)
            for ln, col, f, t in found:
                diags.append(_diag(path, n, 1, f, pipe, t, f" (line {ln} of its {settings.text_field!r})"))
        return diags, text, "".join(out)
    found = findings_for_text(pipe, text)
    diags = [_diag(path, ln, col, f, pipe, t) for ln, col, f, t in found]
    after = remove_lines(text, fixable_lines(pipe, found, unsafe))
    return diags, text, after


def _diag(path: str, line: int, col: int, f, pipe, text: str, where: str = "") -> Diagnostic:
    safe = next((r.fix_safe for r in pipe.rules if r.code == f.code), False)
    return Diagnostic(path, line, col, f.code, f.name, f.reason + where, text, safe)


def _encode_like(text: str, path: str) -> bytes:
    with open(path, "rb") as fh:
        head = fh.read(3)
    data = text.encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if head == b"\xef\xbb\xbf" else data


def _walk(paths: list[str], settings: Settings) -> Iterator[str]:
    for given in paths:
        if given == "-" or not os.path.isdir(given):
            yield given
            continue
        for folder, dirs, files in os.walk(given):
            rel_dir = os.path.relpath(folder, given)
            dirs[:] = sorted(d for d in dirs if not _excluded(_join(rel_dir, d) + "/", settings))
            for name in sorted(files):
                rel = _join(rel_dir, name)
                if _excluded(rel, settings) or not any(fnmatch.fnmatch(name, g) for g in settings.include):
                    continue
                yield os.path.join(folder, name)


def _join(folder: str, name: str) -> str:
    return name if folder == "." else f"{folder}/{name}"


def _excluded(rel: str, settings: Settings) -> bool:
    """gitignore-style: 'dir/' matches a folder, a pattern with '/' matches the path, else any part."""
    from ..config import DEFAULT_EXCLUDE

    for pat in (*DEFAULT_EXCLUDE, *settings.exclude):
        if pat.endswith("/"):
            if rel.endswith("/") and (fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(rel.rsplit("/", 2)[-2] + "/", pat)):
                return True
            continue
        target = rel.rstrip("/")
        if "/" in pat.strip("/"):
            if fnmatch.fnmatch(target, pat.lstrip("/")):
                return True
        elif fnmatch.fnmatch(target.rsplit("/", 1)[-1], pat):
            return True
    return False


def _fingerprint(d: Diagnostic) -> str:
    """Stable across edits: the path, the code and the line's text, not its number."""
    return f"{d.path}\t{d.code}\t{' '.join(d.text.split())}"


def _read_baseline(path: Path):
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return set(data["findings"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        err(f"error: {path}: not a baseline file ({exc})")
        return False


def _report(diags: list[Diagnostic], args: argparse.Namespace) -> None:
    out = sys.stdout
    if args.statistics:
        counts = Counter((d.code, d.name) for d in diags)
        for (code, name), n in sorted(counts.items()):
            out.write(f"{n:6d}\t{code}\t{name}\n")
        return
    if args.output_format == "json":
        json.dump([d.as_dict() for d in diags], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    for d in diags:
        if args.output_format == "jsonl":
            out.write(json.dumps(d.as_dict(), ensure_ascii=False) + "\n")
        elif args.output_format == "github":
            msg = f"{d.name}: {d.message} — {d.text}".replace("%", "%25").replace("\n", " ")
            out.write(f"::warning file={d.path},line={d.line},col={d.col},title={d.code}::{msg}\n")
        else:
            mark = "" if d.fix_safe else " (unsafe fix)"
            out.write(f"{d.path}:{d.line}:{d.col}: {d.code} [{d.name}] {d.message} — {json.dumps(d.text, ensure_ascii=False)}{mark}\n")


def _summary(diags: list[Diagnostic], changed: int, args: argparse.Namespace) -> None:
    counts = Counter(d.code for d in diags)
    if not diags:
        print("cleanscrape: no findings", file=sys.stderr)
        return
    per_rule = ", ".join(f"{code} {n}" for code, n in sorted(counts.items()))
    print(f"cleanscrape: {len(diags)} finding(s) ({per_rule}); {changed} file(s) {'changed' if args.fix else 'fixable'}",
          file=sys.stderr)

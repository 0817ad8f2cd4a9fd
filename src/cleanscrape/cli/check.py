"""``cleanscrape check``: artefacts in a corpus, reported like lint; ``--diff`` and ``--fix``."""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from argparse import Namespace
from collections.abc import Iterator
from ..typed import TYPE_CHECKING

from ..batch import json_object
from ..config import ConfigError, Resolver, Settings
from ..document import Finding, Role
from ..fix import FIELD_ROLES, MAX_PASSES, Diagnostic, fix_jsonl_line, fix_text, split_lines, unified_diff, write_atomic
from ..io.html import read_html
from ..io.inputs import DEFAULT_MAX_BYTES, RawInput, read_source, sniff, to_text
from ..io.text import InputError
from . import style
from .check_args import EPILOG as EPILOG, add_parser as add_parser  # (the parser: check_args.py)
from .common import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, err

if TYPE_CHECKING:  # pragma: no cover
    from typing import Literal, TextIO
    from ..pipeline import Pipeline

Baseline = set[str] | None  # the fingerprints of a baseline file's findings (--baseline)

BOM = b"\xef\xbb\xbf"

@dataclass
class Outcome:
    """One file checked: its findings, and the text before and after the fix."""
    first: list[Diagnostic]  # on the file as read
    left: list[Diagnostic] | None = None  # --fix, --diff: what the fix leaves
    fixed: tuple[str, ...] = ()  # the code of each finding the fix removes
    before: str = ""
    after: str | None = None  # None: never rewritten (HTML, not UTF-8, gzip)
    note: str | None = None  # why a file that would change is not rewritten
    converged: bool = True
    errors: list[str] = field(default_factory=list)  # JSONL: the records that could not be read


@dataclass
class Tally:
    """What ``check`` found over every file: the diagnostics to report, the fixes made, its exit status."""

    diagnostics: list[Diagnostic] = field(default_factory=list)  # to report (--fix: what is left)
    fixed: Counter[str] = field(default_factory=Counter)  # --fix: the findings removed, per code
    changed: int = 0
    status: int = EXIT_OK
    errors: set[str] = field(default_factory=set)

    def error(self, message: str) -> None:
        if message not in self.errors:  # a broken config is said once, not once per file
            self.errors.add(message)
            err(f"error: {message}")
        self.status = EXIT_ERROR


def cmd_check(args: argparse.Namespace) -> int:
    stdin = args.paths == ["-"] or (args.stdin_filename is not None and not args.paths)
    if args.fix and args.diff:
        err("error: --fix and --diff do not go together")
        return EXIT_ERROR
    if "-" in args.paths and not stdin:
        err("error: '-' (stdin) cannot be mixed with other paths")
        return EXIT_ERROR
    try:
        resolver = Resolver(args.config, select=args.select, ignore=args.ignore, extend_select=args.extend_select,
                            text_field=args.text_field, unsafe_fixes=args.unsafe_fixes)
    except ConfigError as exc:
        err(f"error: {exc}")
        return EXIT_ERROR
    baseline = _read_baseline(args.baseline) if args.baseline else None
    if baseline is False:
        return EXIT_ERROR
    tally = Tally()
    if stdin:
        _check_stdin(args, resolver, baseline, tally)
    else:
        for path, settings in _walk(args.paths or ["."], resolver, args.force_exclude):
            if isinstance(settings, ConfigError):
                tally.error(str(settings))
                continue
            _check_path(path, settings, resolver, args, baseline, tally)
    return _finish(args, tally, to_stderr=stdin and args.fix)


def _check_path(path: str, settings: Settings, resolver: Resolver, args: Namespace, baseline: Baseline,
                tally: Tally) -> None:
    try:
        pipe = resolver.pipeline(settings)
        raw = read_source(path, max_bytes=DEFAULT_MAX_BYTES)
        out = _check_file(path, raw, pipe, settings, args.fix or args.diff)
    except (ConfigError, InputError, OSError, ValueError) as exc:
        tally.error(str(exc))
        return
    _tally(out, path, args, baseline, tally)
    if out.after is None or out.after == out.before:
        return
    if args.diff:
        _write_diff(path, out.before, out.after, raw.data.startswith(BOM))
    elif args.fix:
        data = out.after.encode("utf-8")
        try:
            write_atomic(Path(path), BOM + data if raw.data.startswith(BOM) else data)
        except OSError as exc:
            tally.error(f"{path}: cannot write ({exc.strerror})" if exc.strerror else str(exc))


def _check_stdin(args: Namespace, resolver: Resolver, baseline: Baseline, tally: Tally) -> None:
    """``check -``: diagnostics named ``-`` (or ``--stdin-filename``); with ``--fix`` the
    text goes to stdout, fixed or as it came, so that a pipe never loses a page."""
    name = args.stdin_filename or "-"
    raw = None
    try:
        raw = read_source("-", max_bytes=DEFAULT_MAX_BYTES)
        settings = resolver.settings_for(args.stdin_filename or "-")
        if args.force_exclude and args.stdin_filename and settings.force_excluded(args.stdin_filename):
            out = None
        else:
            out = _check_file(name, raw, resolver.pipeline(settings), settings, args.fix or args.diff)
    except (ConfigError, InputError, OSError, ValueError) as exc:
        tally.error(str(exc))
        out = None
    if out is not None:
        assert raw is not None  # an outcome is only ever made of what was read
        _tally(out, name, args, baseline, tally)
        if args.diff and out.after is not None and out.after != out.before:
            _write_diff(name, out.before, out.after, raw.data.startswith(BOM))
    if args.fix and raw is not None:
        after = out.after if out is not None and out.after != out.before else None  # None: not fixed
        data = (BOM if raw.data.startswith(BOM) else b"") + after.encode("utf-8") if after is not None else raw.data
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


def _tally(out: Outcome, path: str, args: Namespace, baseline: Baseline, tally: Tally) -> None:
    for message in out.errors:
        tally.error(message)
    diags = out.left if args.fix and out.left is not None else out.first
    if baseline is not None:
        diags = [d for d in diags if _fingerprint(d) not in baseline]
    tally.diagnostics.extend(diags)
    if args.fix:
        tally.fixed.update(out.fixed)
    changed = out.after is not None and out.after != out.before
    tally.changed += changed
    quiet = args.quiet or args.silent
    if out.note and (args.fix or args.diff) and not quiet:
        err(f"warning: {path}: not rewritten: {out.note}")
    if not out.converged and not quiet:
        err(f"warning: {path}: fixes still changing the text after {MAX_PASSES} passes; run --fix again")


def _finish(args: Namespace, tally: Tally, *, to_stderr: bool) -> int:
    if args.write_baseline:
        return _write_baseline(args, tally)
    remaining = tally.diagnostics  # with --fix: what the fixes left
    if not args.diff and not args.silent:
        _report(remaining, args, sys.stderr if to_stderr else sys.stdout)
    if not (args.quiet or args.silent) and (tally.status != EXIT_ERROR or tally.diagnostics):
        _summary(tally, args)
    if tally.status == EXIT_ERROR:
        return EXIT_ERROR
    found = bool(tally.changed) if args.diff else bool(remaining)
    return EXIT_FINDINGS if found and not args.exit_zero else EXIT_OK


def _write_baseline(args: Namespace, tally: Tally) -> int:
    counts = Counter(_fingerprint(d) for d in tally.diagnostics)
    text = json.dumps({"version": 1, "findings": sorted(counts)}, indent=1) + "\n"
    try:
        write_atomic(args.write_baseline, text.encode("utf-8"))
    except OSError as exc:
        err(f"error: {args.write_baseline}: cannot write the baseline ({exc.strerror or exc})")
        return EXIT_ERROR
    if not (args.quiet or args.silent):
        err(f"wrote {len(counts)} finding(s) to {args.write_baseline}")
    return tally.status


def _check_file(path: str, raw: RawInput, pipe: Pipeline, settings: Settings, fixing: bool) -> Outcome:
    """Label one file; ``fixing`` (--fix, --diff): fix until stable, else one pass."""
    kind = _kind(path, raw.data)
    if kind == "html":
        return _check_html(path, raw, pipe)
    text, _ = to_text(raw)
    passes = MAX_PASSES if fixing else 1
    if kind == "jsonl":
        out = _check_jsonl(path, text, pipe, settings, passes)
    else:
        res = fix_text(pipe, text, settings.unsafe_fixes, max_passes=passes)
        left = [_diag(path, ln, col, f, pipe, t) for ln, col, f, t in res.remaining] if fixing else None
        out = Outcome([_diag(path, ln, col, f, pipe, t) for ln, col, f, t in res.first], left, res.fixed,
                      text, res.text, converged=res.converged or not fixing)
    note = _not_rewritable(raw, text) if out.after != text else None
    if note is not None:  # reported, never rewritten: every finding stays
        return Outcome(out.first, before=text, note=note)
    return out


def _check_html(path: str, raw: RawInput, pipe: Pipeline) -> Outcome:
    # reported at the element's source line; HTML files are never rewritten
    doc = read_html(raw.data, source=path)
    labelled = pipe.label(doc)
    diags: list[Diagnostic] = []
    for block, f in zip(doc.blocks, labelled.labels):
        if f is not None and f.role is not Role.CONTENT and f.role not in FIELD_ROLES:
            d = _diag(path, block.line, block.col, f, pipe, block.text, " (HTML: reported, not fixed)")
            diags.append(replace(d, fix_safe=False))
    return Outcome(diags)


def _check_jsonl(path: str, text: str, pipe: Pipeline, settings: Settings, passes: int) -> Outcome:
    out: list[str] = []
    first: list[Diagnostic] = []
    left: list[Diagnostic] = []
    fixed: list[str] = []
    errors: list[str] = []
    converged = True
    field_name = settings.text_field
    where = f" (line {{}} of its {field_name!r})"
    for n, line in enumerate(split_lines(text), start=1):  # records end at \n only (U+2028 is JSON text)
        if not line.strip():
            out.append(line)
            continue
        try:
            obj = _jsonl_record(line, field_name, f"{path}:{n}")
        except InputError as exc:  # said, and the other records still checked; the line stays as it is
            errors.append(str(exc))
            out.append(line)
            continue
        new, res = fix_jsonl_line(pipe, line, field_name, settings.unsafe_fixes, passes, obj=obj)
        out.append(new)
        if res is None:
            continue
        first += [_diag(path, n, 1, f, pipe, t, where.format(ln)) for ln, _, f, t in res.first]
        left += [_diag(path, n, 1, f, pipe, t, where.format(ln)) for ln, _, f, t in res.remaining]
        fixed += res.fixed
        converged &= res.converged or passes == 1
    fixing = passes > 1
    return Outcome(first, left if fixing else None, tuple(fixed), text, "".join(out), converged=converged,
                   errors=errors)


def _jsonl_record(line: str, field_name: str, where: str) -> dict[str, object]:
    """A JSONL line's record, or InputError worded as ``clean`` words it (``pages.jsonl:3: not a
    JSON object (...)``, ``no 'text' field``, ``field 'text' is not a string``)."""
    obj = json_object(line, where)
    if field_name not in obj:
        raise InputError(f"{where}: no {field_name!r} field")
    if not isinstance(obj[field_name], str):
        raise InputError(f"{where}: field {field_name!r} is not a string")
    return obj


def _kind(path: str, data: bytes) -> str:
    if path.endswith((".html", ".htm")):
        return "html"
    if path.endswith((".jsonl", ".jsonl.gz")):
        return "jsonl"
    if path == "-":  # stdin with no name: what it looks like
        found = sniff(data)
        return found if found in ("html", "jsonl") else "text"
    return "text"


def _not_rewritable(raw: RawInput, text: str) -> str | None:
    """Why a file's fixed text cannot be written back byte for byte, or None."""
    if raw.source != "-":
        try:
            with open(raw.source, "rb") as fh:
                if fh.read(2) == b"\x1f\x8b":
                    return "gzip-compressed"
        except OSError:
            pass
    body = raw.data[len(BOM):] if raw.data.startswith(BOM) else raw.data
    if text.encode("utf-8", "surrogatepass") != body:
        return "not UTF-8 text (its bytes would change)"
    return None


def _diag(path: str, line: int, col: int, f: Finding, pipe: Pipeline, text: str, where: str = "") -> Diagnostic:
    safe = next((r.fix_safe for r in pipe.rules if r.code == f.code), False)
    return Diagnostic(path, line, col, f.code, f.name, f.reason + where, text, safe)


def _write_diff(path: str, before: str, after: str, bom: bool) -> None:
    """The patch in UTF-8 whatever the locale, its paths from the current folder (so that
    ``git apply`` and ``patch -p1`` take it here), with the file's BOM."""
    if bom:
        before, after = "\ufeff" + before, "\ufeff" + after
    shown = os.path.relpath(path) if path != "-" else path
    sys.stdout.flush()
    sys.stdout.buffer.write(unified_diff(shown, before, after).encode("utf-8"))
    sys.stdout.flush()


def _walk(paths: list[str], resolver: Resolver, force_exclude: bool) -> Iterator[tuple[str, Settings | ConfigError]]:
    """Each file with its settings (or the config error that stands for them). Folders are
    walked with ``include`` and ``exclude``; named files are checked as they are, unless
    ``force_exclude``."""
    for given in paths:
        is_dir = os.path.isdir(given)
        try:
            settings = resolver.settings_for(given, is_dir=is_dir)
        except ConfigError as exc:
            yield given, exc
            continue
        if force_exclude and settings.force_excluded(given):
            continue
        if not is_dir:
            yield given, settings
            continue
        for folder, dirs, files in os.walk(given):
            try:
                settings = resolver.settings_for(folder, is_dir=True)
            except ConfigError as exc:
                dirs[:] = []
                yield folder, exc
                continue
            dirs[:] = sorted(d for d in dirs if not settings.excluded(os.path.join(folder, d), is_dir=True, base=given))
            for name in sorted(files):
                full = os.path.join(folder, name)
                if settings.excluded(full, base=given) or not any(fnmatch.fnmatch(name, g) for g in settings.include):
                    continue
                yield full, settings


def _fingerprint(d: Diagnostic) -> str:
    """Stable across edits: the path, the code and the line's text, not its number."""
    return f"{d.path}\t{d.code}\t{' '.join(d.text.split())}"


def _read_baseline(path: Path) -> set[str] | Literal[False]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return set(data["findings"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        err(f"error: {path}: not a baseline file ({why})")
        return False


def _report(diags: list[Diagnostic], args: Namespace, out: TextIO) -> None:
    if args.statistics:
        counts = Counter((d.code, d.name) for d in diags)
        for (code, name), n in sorted(counts.items()):
            out.write(f"{n:6d}\t{code}\t{name}\n")
        return
    if args.output_format == "json":
        json.dump([d.as_dict() for d in diags], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    on = style.enabled(out)
    for d in diags:
        if args.output_format == "jsonl":
            out.write(json.dumps(d.as_dict(), ensure_ascii=False) + "\n")
        elif args.output_format == "github":
            msg = f"{d.name}: {d.message} — {d.text}".replace("%", "%25").replace("\n", " ")
            out.write(f"::warning file={d.path},line={d.line},col={d.col},title={d.code}::{msg}\n")
        else:
            out.write(_concise(d, on) + "\n")


def _concise(d: Diagnostic, on: bool) -> str:
    """``path:line:col: CODE [name] message — "text"``: the path bold, the code red (yellow
    when its fix is unsafe), on a terminal."""
    mark = "" if d.fix_safe else " " + style.paint("(unsafe fix)", style.YELLOW, on=on)
    code = style.paint(d.code, style.BOLD, style.RED if d.fix_safe else style.YELLOW, on=on)
    text = json.dumps(d.text, ensure_ascii=False)
    return f"{style.paint(d.path, style.BOLD, on=on)}:{d.line}:{d.col}: {code} [{d.name}] {d.message} — {text}{mark}"


def _summary(tally: Tally, args: argparse.Namespace) -> None:
    counts = tally.fixed + Counter(d.code for d in tally.diagnostics)
    total = sum(counts.values())
    if not total:
        err("no findings")
        return
    per_rule = ", ".join(f"{code} {n}" for code, n in sorted(counts.items()))
    if args.fix:
        fixed = sum(tally.fixed.values())
        err(f"{total} finding(s) ({per_rule}); {fixed} fixed, {total - fixed} remaining; "
            f"{tally.changed} file(s) changed")
    else:
        err(f"{total} finding(s) ({per_rule}); {tally.changed} file(s) fixable")

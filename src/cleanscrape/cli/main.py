"""``cleanscrape``: clean pages to JSONL, list rules, check corpora."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Sequence

from .. import __version__
from ..batch import Job, default_workers, run
from ..io.inputs import DEFAULT_MAX_BYTES, iter_pages
from ..config import ConfigError, load_settings
from ..registry import DEFAULT_RULES, UnknownRuleError, by_code
from . import check as check_cli
from .output import Progress

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

CLEAN_EPILOG = """\
examples:
  cleanscrape clean page.txt > records.jsonl      one page to JSONL records
  cat page.txt | cleanscrape clean                 stdin to stdout
  cleanscrape clean --output-format text a.txt b.txt
  cleanscrape clean --ignore CS110,CS205 page.txt  keep captions and inline headlines
  cleanscrape clean --select CS1,CS4 page.txt      run only credit and chrome rules
  cleanscrape clean -j 0 --text-field body pages.jsonl.gz -o records.jsonl
                                                   JSONL in (one page a line), all cores

exit status: 0 all inputs cleaned, 2 usage error or an unreadable input
(the other inputs are still cleaned).
"""


def _codes(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


def _add_rule_selection(p: argparse.ArgumentParser) -> None:
    p.add_argument("--select", type=_codes, metavar="CODES",
                   help="comma-separated rule codes, code prefixes or names to run (default: all)")
    p.add_argument("--ignore", type=_codes, metavar="CODES", help="rules not to run")
    p.add_argument("--extend-select", type=_codes, metavar="CODES",
                   help="rules to run in addition to the selection")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleanscrape",
        description="Turn messy scraped news pages into clean article records.",
        epilog="run 'cleanscrape COMMAND --help' for a command's options and examples",
    )
    parser.add_argument("--version", action="version", version=f"cleanscrape {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("clean", help="clean pages into JSONL article records",
                       description="Clean pages (files, or stdin) into article records.",
                       epilog=CLEAN_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", metavar="PATH", help="input files; '-' or none: stdin")
    p.add_argument("--input-format", choices=("auto", "text", "html", "jsonl"), default="auto",
                   help="how to read inputs (default: auto, sniffed per input)")
    p.add_argument("--output-format", choices=("jsonl", "text"), default="jsonl",
                   help="JSONL records (default) or plain text bodies")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--encoding", help="decode inputs with this encoding (default: UTF-8, BOM-aware)")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                   help=f"largest page accepted, in bytes (default: {DEFAULT_MAX_BYTES})")
    p.add_argument("--text-field", default="text", metavar="FIELD",
                   help="JSONL: the field that holds the page text (dotted path; default: text)")
    p.add_argument("--html-field", default=None, metavar="FIELD",
                   help="JSONL: the field that holds the page HTML (dotted path), used when present")
    p.add_argument("--id-field", default="id", metavar="FIELD",
                   help="JSONL: the field copied into each record as 'id' (dotted path; default: id)")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="worker processes (default: 1; 0: all cores); output keeps input order")
    p.add_argument("--on-error", choices=("fail", "skip"), default="fail",
                   help="an unreadable input or malformed JSONL line: report it and exit 2 at the end "
                        "(fail, default), or report it and exit 0 (skip)")
    p.add_argument("--time-budget", type=float, default=10.0, metavar="SECONDS",
                   help="time allowed per page; a page over it comes back unchanged with a 'notice' "
                        "field (default: 10; 0: no limit)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line on a terminal")
    p.add_argument("--config", type=Path, default=None,
                   help="read settings from this file (default: the nearest pyproject.toml "
                        "[tool.cleanscrape] or cleanscrape.toml)")
    _add_rule_selection(p)

    r = sub.add_parser("rules", help="list every rule: code, name, summary",
                       description="List the built-in rules in the order they run.",
                       epilog="example:\n  cleanscrape rules --output-format json",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    r.add_argument("--output-format", choices=("table", "json", "markdown"), default="table")

    d = sub.add_parser("rule", help="show one rule's documentation",
                       description="Print a rule's documentation with its examples.",
                       epilog="example:\n  cleanscrape rule CS101\n  cleanscrape rule pipe-credit",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    d.add_argument("code", help="rule code or name")
    check_cli.add_parser(sub)
    return parser


def _err(msg: str) -> None:
    print(f"cleanscrape: {msg}", file=sys.stderr)


def cmd_clean(args: argparse.Namespace) -> int:
    try:
        settings = load_settings(Path.cwd(), args.config).override(
            select=args.select, ignore=args.ignore, extend_select=args.extend_select)
        pipe = settings.pipeline()
    except ConfigError as exc:
        _err(f"error: {exc}")
        return EXIT_ERROR
    if args.jobs < 0:
        _err("error: -j/--jobs takes 0 (all cores) or a positive number")
        return EXIT_ERROR
    job = Job(pipe.rules, args.output_format, args.encoding, args.text_field, args.html_field,
              args.id_field, args.time_budget or None)
    workers = args.jobs or default_workers()
    status = EXIT_OK
    try:
        out = open(args.output, "w", encoding="utf-8", newline="\n") if args.output else sys.stdout
    except OSError as exc:
        _err(f"error: {args.output}: cannot write ({exc.strerror or exc})")
        return EXIT_ERROR
    progress = Progress(enabled=not args.quiet and sys.stderr.isatty())
    try:
        pages = iter_pages(args.paths, args.input_format, max_bytes=args.max_bytes)
        for outcome in run(job, pages, workers=workers):
            for w in outcome.warnings:
                _err(f"warning: {w}")
            if outcome.error is not None:
                _err(f"error: {outcome.error}")
                if args.on_error != "skip":
                    status = EXIT_ERROR
                continue
            if outcome.output:
                out.write(outcome.output)
                if out is sys.stdout and workers <= 1:
                    out.flush()
            progress.update(outcome.size)
    finally:
        progress.close()
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
    return status


def cmd_rules(args: argparse.Namespace) -> int:
    if args.output_format == "json":
        rows = [{"code": r.code, "name": r.name, "summary": r.summary, "role": r.role.value,
                 "fix": "safe" if r.fix_safe else "unsafe"} for r in DEFAULT_RULES]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if args.output_format == "markdown":
        print(rules_markdown())
        return EXIT_OK
    width = max(len(r.name) for r in DEFAULT_RULES)
    for r in DEFAULT_RULES:
        fix = "safe" if r.fix_safe else "unsafe"
        print(f"{r.code}  {r.name:<{width}}  {fix:<6}  {r.summary}")
    return EXIT_OK


def rules_markdown() -> str:
    """The README's rule table, generated from the rules themselves."""
    lines = ["| code | name | role | fix | what it removes |", "|---|---|---|---|---|"]
    for r in DEFAULT_RULES:
        lines.append(f"| {r.code} | `{r.name}` | {r.role.value} | {'safe' if r.fix_safe else 'unsafe'} | "
                     f"{r.summary.replace('|', '&#124;')} |")
    return "\n".join(lines)


def cmd_rule(args: argparse.Namespace) -> int:
    try:
        r = by_code(args.code)
    except UnknownRuleError as exc:
        _err(f"error: {exc}")
        return EXIT_ERROR
    print(f"{r.code} {r.name} ({r.role.value}, fix: {'safe' if r.fix_safe else 'unsafe'})")
    print()
    print(r.summary)
    print()
    print(r.docs)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    handler = {"clean": cmd_clean, "rules": cmd_rules, "rule": cmd_rule,
               "check": check_cli.cmd_check}[args.command]
    try:
        return handler(args)
    except BrokenPipeError:
        # the reader went away (`| head`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130

"""``cleanscrape``: clean pages to JSONL, list rules, check corpora."""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from pathlib import Path
from collections.abc import Callable, Sequence
from ..typed import TYPE_CHECKING

from .. import __version__
from ..batch import GC_YOUNG, RECORD_FIELDS, Job, default_workers, run
from ..engine import MAX_LINE, reads_of
from ..io.inputs import DEFAULT_MAX_BYTES, Page, iter_pages
from ..lang import ENV_VAR as LANGUAGES_ENV
from ..lang import languages, problems as language_problems
from ..config import ConfigError, Resolver
from ..registry import DEFAULT_RULES, UnknownRuleError, by_code
from . import check_args
from ..rules.user import UserRule
from .common import EXIT_ERROR, EXIT_OK, HelpFormatter, RawDescriptionHelpFormatter, add_rule_selection, codes, err, known_rules
from .output import Output, OutputError, Progress, Reporter, clashing_input

if TYPE_CHECKING:  # pragma: no cover
    from ..rules.base import Rule
    from .common import Subparsers


CLEAN_EPILOG = """\
examples:
  cleanscrape clean page.txt > records.jsonl      one page to JSONL records
  cat page.txt | cleanscrape clean                 stdin to stdout
  cleanscrape clean --output-format text a.txt b.txt
  cleanscrape clean --ignore CS110,CS205 page.txt  keep captions and inline headlines
  cleanscrape clean --select CS1,CS4 page.txt      run only credit and chrome rules
  cleanscrape clean -j 0 --text-field body pages.jsonl.gz -o records.jsonl
                                                   JSONL in (one page a line), all cores
  cleanscrape clean --fields id,title,body pages.jsonl   lean records: only these fields

exit status: 0 all inputs cleaned, 2 usage error, an unreadable input or a page over
--time-budget (the other inputs are still cleaned; --on-error skip: 0). Problems are
one line each on stderr, then a summary line; -o never names an input.
"""


def _add_clean_parser(sub: Subparsers) -> None:
    p = sub.add_parser("clean", help="clean pages into JSONL article records",
                       description="Clean pages (files, or stdin) into article records.",
                       epilog=CLEAN_EPILOG, formatter_class=RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", metavar="PATH", help="input files; '-' or none: stdin")
    p.add_argument("--input-format", choices=("auto", "text", "markdown", "html", "jsonl", "warc"), default="auto",
                   help="how to read inputs (default: auto: by name for .jsonl/.warc/.wet, else sniffed); "
                        "warc reads WARC and Common Crawl WET files (extra 'warc')")
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
    p.add_argument("-j", "--jobs", type=int, default=0, metavar="N",
                   help="worker processes (default 0: all cores; small inputs never start a pool); "
                        "output keeps input order")
    p.add_argument("--on-error", choices=("fail", "skip"), default="fail",
                   help="an unreadable input or malformed JSONL line: report it and exit 2 at the end "
                        "(fail, default), or report it and exit 0 (skip)")
    p.add_argument("--time-budget", type=float, default=10.0, metavar="SECONDS",
                   help="time allowed per page; a page over it comes back unchanged with a 'notice' "
                        "field (default: 10; 0: no limit)")
    p.add_argument("--max-line-length", type=int, default=MAX_LINE, metavar="CHARS",
                   help="longer lines are kept whole as article text, unexamined by the rules, and "
                        f"the record says so in its 'notice' field (default: {MAX_LINE}; 0: no limit)")
    p.add_argument("--unwrap", choices=("auto", "never"), default="auto",
                   help="text pages hard-wrapped at a fixed width (html2text, lynx -dump) get their "
                        "paragraphs joined back: 'auto' (default) finds such pages, 'never' reads "
                        "every line as it is")
    p.add_argument("--fields", type=codes, metavar="FIELD,...",
                   help="JSONL: only these fields in each record, in this order (e.g. source,title,body; "
                        f"known: {', '.join(RECORD_FIELDS)})")
    p.add_argument("--no-audit", action="store_true",
                   help="JSONL: leave out each record's 'removed' list (the audit of removed lines)")
    add_quiet(p, "no progress line, no warnings, no closing summary: errors only")
    p.add_argument("--config", type=Path, default=None,
                   help="read settings from this file (default: the nearest pyproject.toml "
                        "[tool.cleanscrape] or cleanscrape.toml)")
    p.add_argument("--profile", type=Path, default=None, metavar="FILE",
                   help="a site profile from 'cleanscrape learn': a site's lines are removed as CS601 "
                        "from that site's pages (site from the page's URL), the '*' site's from all")
    add_rule_selection(p)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser. Given the arguments, and the first of them a command's name,
    only that command's parser is built (the others' cost some 5 million instructions a run):
    the first argument is what argparse reads as the command, top-level options before it
    being the only way for another to take part, and help, usage and errors read the same."""
    parser = argparse.ArgumentParser(
        prog="cleanscrape",
        description="Turn messy scraped news pages into clean article records.",
        epilog="run 'cleanscrape COMMAND --help' for a command's options and examples",
        formatter_class=HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"cleanscrape {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    named = argv[0] if argv else None
    for name, add in _COMMAND_PARSERS.items():
        if named not in _COMMAND_PARSERS or name == named:
            add(sub)
    return parser


def _add_learn_parser(sub: Subparsers) -> None:
    le = sub.add_parser("learn", help="learn the lines a site repeats on many pages into a profile",
                        description="Count on how many pages of each site every short line appears; "
                                    "write the lines over the thresholds to a reviewable TOML profile.",
                        epilog="examples:\n  cleanscrape learn site-pages/*.txt -o northfield.toml\n"
                               "  cleanscrape learn --site-field url crawl.jsonl -o sites.toml\n"
                               "  cleanscrape clean --profile northfield.toml new-page.txt",
                        formatter_class=RawDescriptionHelpFormatter)
    le.add_argument("paths", nargs="*", metavar="PATH",
                    help="pages (text, Markdown, HTML, JSONL, WARC/WET files); a folder: the files in it "
                         "with those suffixes (.gz too), others passed over; '-' or none: stdin")
    le.add_argument("-o", "--output", metavar="FILE", help="write the profile here (default: stdout)")
    le.add_argument("--min-pages", type=int, default=3, help="a line must be on at least this many pages (default 3)")
    le.add_argument("--min-share", type=float, default=0.5,
                    help="and on at least this share of the site's pages (default 0.5)")
    le.add_argument("--site-field", metavar="FIELD",
                    help="pages by site: JSONL: the field (dotted) that holds the page URL or site; "
                         "HTML and WARC pages: their URL (default: all pages one site, '*')")
    le.add_argument("--text-field", default="text", metavar="FIELD", help="JSONL: the text field (default: text)")
    add_quiet(le, "no summary line: errors only")


def _add_rules_parser(sub: Subparsers) -> None:
    r = sub.add_parser("rules", help="list every rule: code, name, summary",
                       description="List every rule as they run: your config's, plugins', built-ins, CS601.",
                       epilog="examples:\n  cleanscrape rules --output-format json\n  cleanscrape rules --languages",
                       formatter_class=RawDescriptionHelpFormatter)
    r.add_argument("--output-format", choices=("table", "json", "markdown"), default="table")
    r.add_argument("--languages", action="store_true",
                   help="list the languages the rules read instead (their files, groups and word counts; "
                        f"more from the folders in ${LANGUAGES_ENV})")
    add_quiet(r)


def _add_rule_parser(sub: Subparsers) -> None:
    d = sub.add_parser("rule", help="show one rule's documentation",
                       description="Print a rule's documentation with its examples.",
                       epilog="example:\n  cleanscrape rule CS101\n  cleanscrape rule pipe-credit",
                       formatter_class=RawDescriptionHelpFormatter)
    d.add_argument("code", help="rule code or name")
    add_quiet(d)


def _add_check_parser(sub: Subparsers) -> None:
    check_args.add_parser(sub)


# each command's parser, in the order help lists them
_COMMAND_PARSERS: dict[str, Callable[[Subparsers], None]] = {
    "clean": _add_clean_parser, "learn": _add_learn_parser, "rules": _add_rules_parser,
    "rule": _add_rule_parser, "check": _add_check_parser,
}


def add_quiet(p: argparse.ArgumentParser, what: str = "print nothing but errors on stderr") -> None:
    p.add_argument("-q", "--quiet", action="store_true", help=what)


def cmd_clean(args: argparse.Namespace) -> int:
    try:
        groups = _clean_jobs(args)
    except (ConfigError, ValueError) as exc:
        err(f"error: {exc}")
        return EXIT_ERROR
    clash = clashing_input(args.output, [*args.paths, *(str(f) for f in (args.profile, args.config) if f)])
    if clash is not None:
        err(f"error: -o {args.output} is also an input ({clash}); write the records to another file")
        return EXIT_ERROR
    progress = Progress(enabled=not args.quiet and sys.stderr.isatty(), total=_total_size(args.paths))
    report = Reporter(progress, quiet=args.quiet)
    try:
        with Output(args.output) as out:
            _clean_into(args, groups, out, report)
    except OutputError as exc:
        progress.close()
        err(f"error: {exc}")
        return EXIT_ERROR
    progress.close()
    report.summary()
    return EXIT_ERROR if report.problems and args.on_error != "skip" else EXIT_OK


def _clean_jobs(args: argparse.Namespace) -> list[tuple[Job, list[str]]]:
    """The jobs the flags describe, each with the run of inputs it cleans, in input order:
    like ``check``, each file takes the settings of the nearest config above it (``--config``:
    one for all; stdin: the current folder's). ValueError (or ConfigError) says which flag
    or file is wrong."""
    _check_clean_flags(args)
    profile = None
    if args.profile is not None:
        from ..profile import load_profile, profile_rule

        profile = profile_rule(sites=load_profile(args.profile))
    resolver = Resolver(args.config, select=args.select, ignore=args.ignore, extend_select=args.extend_select)
    jobs: dict[int, Job] = {}
    groups: list[tuple[Job, list[str]]] = []
    for path in args.paths or ["-"]:
        settings = resolver.settings_for(path)
        job = jobs.get(id(settings))
        if job is None:
            # the profile rule joins before selection, so that --select/--ignore reach CS601 too
            job = jobs[id(settings)] = _job(args, settings.pipeline(profile).rules)
        if groups and groups[-1][0] is job:
            groups[-1][1].append(path)
        else:
            groups.append((job, [path]))
    if not args.paths:
        groups[0][1].clear()  # no path: stdin, as iter_pages reads it
    return groups


def _check_clean_flags(args: argparse.Namespace) -> None:
    if args.jobs < 0:
        raise ValueError("-j/--jobs takes 0 (all cores) or a positive number")
    if args.max_line_length < 0:
        raise ValueError("--max-line-length takes 0 (no limit) or a positive number")
    if (args.fields is not None or args.no_audit) and args.output_format != "jsonl":
        raise ValueError("--fields and --no-audit apply to JSONL output, not --output-format text")
    for name in args.fields or ():
        if name not in RECORD_FIELDS:
            raise ValueError(f"--fields: unknown field {name!r}; known fields: {', '.join(RECORD_FIELDS)}")
    if args.fields is not None and not args.fields:
        raise ValueError("--fields needs at least one field name")


def _job(args: argparse.Namespace, rules: tuple[Rule, ...]) -> Job:
    return Job(rules, args.output_format, args.encoding, args.text_field, args.html_field,
               args.id_field, args.time_budget or None, args.max_line_length or None,
               unwrap=None if args.unwrap == "auto" else False, fields=args.fields,
               drop=("removed",) if args.no_audit else ())


def _clean_into(args: argparse.Namespace, groups: list[tuple[Job, list[str]]], out: Output,
                report: Reporter) -> None:
    workers = args.jobs or default_workers()
    # what start-up made (modules, rules, patterns) lives as long as the process: the garbage
    # collector need not walk it again on every full pass over the pages' objects
    gc.freeze()
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])
    for job, paths in groups:
        pages = iter_pages(paths, args.input_format, max_bytes=args.max_bytes)
        for outcome in run(job, pages, workers=workers):
            for w in outcome.warnings:
                report.warning(w)
            if outcome.output:
                out.write(outcome.output, outcome.data)
                if out.path is None and workers <= 1:
                    out.flush()
            if outcome.error is not None:
                report.error(outcome.error, outcome.kind)
            report.page(outcome.records)
            report.progress.update(outcome.size)


def cmd_rules(args: argparse.Namespace) -> int:
    if args.languages:
        return _print_languages(args.output_format)
    try:
        rules = known_rules()
    except ConfigError as exc:
        err(f"error: {exc}")
        return EXIT_ERROR
    if args.output_format == "json":
        reads = reads_of(rules)
        rows = [{"code": r.code, "name": r.name, "summary": r.summary, "role": r.role.value,
                 "fix": "safe" if r.fix_safe else "unsafe", "kind": r.kind,
                 "reads": sorted(reads[r.code])} for r in rules]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if args.output_format == "markdown":
        print(rules_markdown(rules))
        return EXIT_OK
    width = max(len(r.name) for r in rules)
    for r in rules:
        fix = "safe" if r.fix_safe else "unsafe"
        print(f"{r.code}  {r.name:<{width}}  {fix:<6}  {r.summary}")
    return EXIT_OK


def _print_languages(output_format: str) -> int:
    """What each language file covers: its groups and how many entries each holds."""
    try:
        langs = languages()
    except (OSError, ValueError) as exc:  # a broken file in an extra folder
        err(f"error: {exc}")
        return EXIT_ERROR
    if output_format == "json":
        rows = [{"code": lang.code, "name": lang.name, "rank": lang.rank, "path": str(lang.path),
                 "groups": lang.counts()} for lang in langs]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    markdown = output_format == "markdown"
    if markdown:
        print("| code | language | groups (entries) |\n|---|---|---|")
    for lang in langs:
        groups = ", ".join(f"{g} {n}" for g, n in lang.counts().items())
        print(f"| {lang.code} | {lang.name} | {groups} |" if markdown else f"{lang.code:<6} {lang.name}: {groups}")
    return EXIT_OK


def _total_size(paths: list[str]) -> int | None:
    """The bytes to read, when every input is a plain uncompressed file (for an ETA)."""
    try:
        if not paths or any(p == "-" or p.endswith(".gz") for p in paths):
            return None
        return sum(os.path.getsize(p) for p in paths)
    except OSError:
        return None


MIN_LEARN_PAGES = 2  # a line is a site's only when it repeats on two pages at least


def cmd_learn(args: argparse.Namespace) -> int:
    from ..io.inputs import page_files
    from ..io.text import InputError
    from ..profile import Learner

    if args.min_pages < MIN_LEARN_PAGES or not 0 <= args.min_share <= 1:
        err("error: --min-pages must be 2 or more and --min-share between 0 and 1")
        return EXIT_ERROR
    paths = page_files(args.paths)
    clash = clashing_input(args.output, paths)
    if clash is not None:
        err(f"error: -o {args.output} is also an input ({clash}); write the profile to another file")
        return EXIT_ERROR
    learner = Learner(args.min_pages, args.min_share)
    report = Reporter(quiet=args.quiet)
    try:
        with Output(args.output) as out:  # opened first: a folder that is not there fails at once
            for page in iter_pages(paths, "auto"):
                try:
                    text, site = _learn_page(page, args.text_field, args.site_field)
                except InputError as exc:
                    report.error(str(exc))
                    continue
                learner.add(text, site)
            out.write(learner.to_toml())
    except OutputError as exc:
        err(f"error: {exc}")
        return EXIT_ERROR
    if not args.quiet:
        lines = sum(len(v) for v in learner.profile().values())
        bad = f"; {sum(report.problems.values())} unreadable" if report.problems else ""
        err(f"learned {lines} line(s) from {sum(learner.pages.values())} page(s) of {len(learner.pages)} site(s){bad}")
    return EXIT_ERROR if report.problems else EXIT_OK


def _learn_page(page: Page, text_field: str, site_field: str | None) -> tuple[str, str]:
    """The text of one page, as ``clean`` reads it, and its site; InputError (one line,
    with the path, and the line for JSONL) when it is not a page."""
    from ..batch import dig, json_object, read_html_page
    from ..io.inputs import RawInput, to_text
    from ..io.markdown import read_markdown
    from ..io.text import InputError
    from ..profile import ANY_SITE, site_of

    where = f"{page.source}:{page.lineno}" if page.lineno else page.source
    site: object = page.url
    if page.fmt == "error":
        raise InputError(page.data.decode("utf-8", "replace"))
    if page.fmt == "jsonl":
        obj = json_object(page.data, where)
        text = dig(obj, text_field)
        if not isinstance(text, str):
            raise InputError(f"{where}: no {text_field!r} text")
        site = dig(obj, site_field) if site_field else None
    elif page.fmt == "html":
        doc = read_html_page(page.data, where)
        text, site = "\n".join(doc.texts), site or (doc.meta or {}).get("url")
    else:
        text, _ = to_text(RawInput(where, page.data))
        if page.fmt == "markdown":
            text = "\n".join(read_markdown(text).texts)
    return text, site_of(site) if site_field and site else ANY_SITE


def rules_markdown(rules: Sequence[Rule] = DEFAULT_RULES) -> str:
    """The README's rule table, generated from the rules themselves."""
    lines = ["| code | name | role | fix | what it removes |", "|---|---|---|---|---|"]
    for r in rules:
        lines.append(f"| {r.code} | `{r.name}` | {r.role.value} | {'safe' if r.fix_safe else 'unsafe'} | "
                     f"{r.summary.replace('|', '&#124;')} |")
    return "\n".join(lines)


def _reads_line(r: Rule, rules: Sequence[Rule]) -> str:
    """What the rule reads: no label (an artefact rule), or the codes its declaration names."""
    if not r.reads:
        return "kind: artefact (reads no other rule's labels)"
    codes = sorted(reads_of(rules)[r.code])
    declared = ", ".join(str(x) for x in r.reads)
    shapes = "; and the pattern rules' findings as shapes of the line, selected or not" if r.shapes else ""
    return f"kind: decision; reads {declared}: {', '.join(codes) or 'none of the rules here'}{shapes}"


def cmd_rule(args: argparse.Namespace) -> int:
    try:
        r = by_code(args.code, known_rules())
    except (UnknownRuleError, ConfigError) as exc:
        err(f"error: {exc}")
        return EXIT_ERROR
    print(f"{r.code} {r.name} ({r.role.value}, fix: {'safe' if r.fix_safe else 'unsafe'})")
    print()
    print(r.summary)
    print(_reads_line(r, known_rules()))
    if isinstance(r, UserRule):
        print(f"pattern: {r.pattern}  (from your config)")
    print()
    print(r.docs)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    if language_problems():  # a language file the user added is input: refused, never skipped
        for problem in language_problems():
            err(f"error: language file: {problem}")
        return EXIT_ERROR
    handler = {"clean": cmd_clean, "rules": cmd_rules, "rule": cmd_rule, "learn": cmd_learn,
               "check": _cmd_check}[args.command]
    try:
        status = handler(args)
        sys.stdout.flush()  # a full disk shows here, not as a shutdown traceback
        return status
    except BrokenPipeError:
        # the reader went away (`| head`): stop quietly
        _stdout_to_devnull()
        return EXIT_OK
    except OSError as exc:  # what a command did not catch itself: stdout on a full disk, say
        _stdout_to_devnull()
        err(f"error: {exc.filename}: {exc.strerror or exc}" if exc.filename
            else f"error: stdout: cannot write ({exc.strerror or exc})")
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


def _cmd_check(args: argparse.Namespace) -> int:
    from .check import cmd_check  # (here: cleaning never imports the fixer and the HTML reader)

    return cmd_check(args)


def _stdout_to_devnull() -> None:
    """Nothing more reaches stdout (its buffer is dropped at exit instead of raising again)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())

"""The ``check`` command's arguments, apart from the command (``check.py``): every run builds
the parser, and only ``check`` needs what checking imports (the fixer, the HTML reader)."""

from __future__ import annotations

import argparse
from pathlib import Path
from ..typed import TYPE_CHECKING

from .common import RawDescriptionHelpFormatter, add_rule_selection

if TYPE_CHECKING:  # pragma: no cover
    from .common import Subparsers

EPILOG = """\
examples:
  cleanscrape check corpus/                      lint a folder (exit 1 when anything is found)
  cleanscrape check --diff corpus/ | patch -p1   what --fix would change, as a patch
  cleanscrape check --fix corpus/                remove the lines in place (safe fixes only)
  cat page.txt | cleanscrape check --fix - > clean.txt
                                                 stdin to stdout; diagnostics on stderr
  cleanscrape check --output-format github .     annotations for a GitHub Actions log
  cleanscrape check --statistics corpus/         counts per rule
  cleanscrape check --force-exclude $(git ls-files)   named files obey 'exclude' too
  cleanscrape check --write-baseline .cleanscrape-baseline.json corpus/
  cleanscrape check --baseline .cleanscrape-baseline.json corpus/   only new findings

Each file takes its settings from the nearest pyproject.toml with [tool.cleanscrape], or
cleanscrape.toml (which wins in the same folder), above it; a file with none above it
takes the one found from the current folder. --config gives every file one; flags
override them. Colour on a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 on.

exit status: 0 nothing found (or all fixed), 1 findings, 2 usage, config or input error.
"""


def add_parser(sub: Subparsers) -> argparse.ArgumentParser:
    p = sub.add_parser("check", help="report artefacts in files like a linter; --diff, --fix",
                       description="Report every line a rule would remove, as path:line:col: CODE diagnostics.",
                       epilog=EPILOG, formatter_class=RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders (default: the current folder); '-': stdin")
    p.add_argument("--output-format", choices=("concise", "json", "jsonl", "github"), default="concise")
    p.add_argument("--fix", action="store_true",
                   help="remove the lines in place (atomic; safe fixes only; repeated until stable); "
                        "with '-', the fixed text goes to stdout and diagnostics to stderr")
    p.add_argument("--unsafe-fixes", action="store_true", default=None,
                   help="also apply fixes of rules marked unsafe")
    p.add_argument("--diff", action="store_true", help="print a unified diff of what --fix would change")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even when something is found")
    p.add_argument("--statistics", action="store_true", help="print counts per rule instead of diagnostics")
    p.add_argument("--text-field", default=None, metavar="FIELD", help="JSONL: the field to check (default: text)")
    p.add_argument("--config", type=Path, default=None, help="read settings from this file, for every file")
    p.add_argument("--force-exclude", action="store_true",
                   help="apply 'exclude' to files named on the command line too (for pre-commit)")
    p.add_argument("--stdin-filename", metavar="NAME",
                   help="read stdin, named NAME in diagnostics (its settings and type come from NAME)")
    p.add_argument("--write-baseline", type=Path, metavar="FILE", help="record today's findings and exit 0")
    p.add_argument("--baseline", type=Path, metavar="FILE", help="report only findings not in FILE")
    loud = p.add_mutually_exclusive_group()
    loud.add_argument("-q", "--quiet", action="store_true", help="print diagnostics only: no summary, no warnings")
    loud.add_argument("--silent", action="store_true",
                      help="print nothing but errors (the exit status still tells)")
    add_rule_selection(p)
    return p

"""What the commands share: exit codes, rule selection flags, the error line."""

from __future__ import annotations

import argparse
import sys

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def codes(value: str) -> tuple[str, ...]:
    """``CS1,pipe-credit`` -> ``("CS1", "pipe-credit")``."""
    return tuple(v.strip() for v in value.split(",") if v.strip())


def add_rule_selection(p: argparse.ArgumentParser) -> None:
    p.add_argument("--select", type=codes, metavar="CODES",
                   help="comma-separated rule codes, code prefixes or names to run (default: all)")
    p.add_argument("--ignore", type=codes, metavar="CODES", help="rules not to run")
    p.add_argument("--extend-select", type=codes, metavar="CODES",
                   help="rules to run in addition to the selection")


def err(msg: str) -> None:
    print(f"cleanscrape: {msg}", file=sys.stderr)

"""What the commands share: exit codes, rule selection flags, the error line."""

from __future__ import annotations

import argparse
import os
import sys
from ..typed import TYPE_CHECKING

from ..text import comma_list
from . import style

if TYPE_CHECKING:  # pragma: no cover
    from ..rules.base import Rule

    # what ``add_subparsers()`` gives, that each command adds its parser to
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
_PREFIXES = (("error:", style.RED), ("warning:", style.YELLOW))


codes = comma_list  # `--select CS1,pipe-credit`
FALLBACK_COLUMNS = 80  # help's width when neither $COLUMNS nor a terminal says: shutil's fallback


def terminal_columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size().columns`` gives it: ``$COLUMNS``,
    else the width of the terminal standard output is, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns if sys.__stdout__ else 0
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or FALLBACK_COLUMNS


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help formatter, its width read without ``shutil``: argparse makes a formatter
    for every argument it adds (to check its metavar), and the default one imports ``shutil``
    (with ``bz2`` and ``lzma``, some 7 million instructions) to ask the terminal's width."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         terminal_columns() - 2 if width is None else width)  # (argparse's margin)


class RawDescriptionHelpFormatter(HelpFormatter, argparse.RawDescriptionHelpFormatter):
    """``argparse.RawDescriptionHelpFormatter`` (descriptions and epilogs as written), its width
    read as :class:`HelpFormatter` reads it."""


def add_rule_selection(p: argparse.ArgumentParser) -> None:
    p.add_argument("--select", type=codes, metavar="CODES",
                   help="comma-separated rule codes, code prefixes or names to run (default: all)")
    p.add_argument("--ignore", type=codes, metavar="CODES", help="rules not to run")
    p.add_argument("--extend-select", type=codes, metavar="CODES",
                   help="rules to run in addition to the selection")


def known_rules() -> tuple[Rule, ...]:
    """Every rule a code can name, in the order they run: the user rules of the config
    found from the current folder, plugins, the built-ins and CS601. A config that cannot
    be read is a warning here (the built-ins are still listed); a plugin that fails to
    load raises :class:`~cleanscrape.config.ConfigError`."""
    from ..config import ConfigError, user_rules_here
    from ..registry import ENTRY_POINT_GROUP, all_rules, plugin_rules

    try:
        user = user_rules_here()
    except ConfigError as exc:
        err(f"warning: {exc}")
        user = ()
    try:
        plugins = plugin_rules()
    except Exception as exc:  # a broken third-party package: one line, not a traceback
        raise ConfigError(f"a '{ENTRY_POINT_GROUP}' plugin failed to load: {exc}") from None
    return all_rules(user, plugins)


def err(msg: str) -> None:
    """One line on stderr, ``cleanscrape: error: ...``; the ``error:`` / ``warning:`` word in
    colour when stderr is a terminal (see :mod:`.style`)."""
    for word, colour in _PREFIXES:
        if msg.startswith(word):
            msg = style.paint(word, style.BOLD, colour, on=style.enabled(sys.stderr)) + msg[len(word):]
            break
    print(f"cleanscrape: {msg}", file=sys.stderr)

"""What the commands share: exit codes, rule selection flags, the error line."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ..text import comma_list
from . import style

if TYPE_CHECKING:  # pragma: no cover
    from ..rules.base import Rule

    # what ``add_subparsers()`` gives, that each command adds its parser to
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
_PREFIXES = (("error:", style.RED), ("warning:", style.YELLOW))


codes = comma_list  # `--select CS1,pipe-credit`


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

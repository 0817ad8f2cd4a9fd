"""Reading a TOML file that a user may have got wrong: one error line naming the file."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any


def load_toml(path: Path, error: type[ValueError]) -> dict[str, Any]:
    """The table of the TOML file ``path``; what makes it unreadable (not TOML, not UTF-8,
    not there) raises ``error`` with the path and the reason, never a traceback's worth."""
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{path}: not valid TOML ({exc})") from None
    except UnicodeDecodeError:
        raise error(f"{path}: not valid TOML (not UTF-8 text)") from None
    except OSError as exc:
        raise error(f"{path}: cannot read ({exc.strerror or exc})") from None

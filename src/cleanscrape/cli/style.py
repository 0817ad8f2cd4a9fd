"""Colour on a terminal, decided as ruff decides it.

``FORCE_COLOR`` (any non-empty value) turns colour on, even in a pipe; otherwise
``NO_COLOR`` (any non-empty value) turns it off; otherwise a stream gets colour when it
is a terminal.
"""

from __future__ import annotations

import os
from ..typed import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from typing import TextIO

BOLD, RED, YELLOW, CYAN = "1", "31", "33", "36"


def enabled(stream: TextIO) -> bool:
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("NO_COLOR"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a replaced or closed stream
        return False


def paint(text: str, *codes: str, on: bool = True) -> str:
    """``text`` in the given SGR codes (``BOLD``, ``RED``...), or as it is when ``on`` is false."""
    return f"\x1b[{';'.join(codes)}m{text}\x1b[0m" if on and codes else text

"""What the `check` tests share: the CLI run as a user runs it, and a page with a safe finding."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# a credit and a share line to fix, between paragraphs that stay
PAGE = (
    "Harbour cranes return to Port Velmora after refit\n"
    "Ines Carter | Reuters\n"
    "The cranes came back on Monday after a refit that ran two years over schedule.\n"
    "  Share this article\n"
    "Shipping lines said the return would help clear a backlog of ships waiting for berths.\n"
)


def run(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """``cleanscrape ARGS`` from this checkout, without colour (a caller's FORCE_COLOR cleared)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    env.pop("FORCE_COLOR", None)
    return subprocess.run([sys.executable, "-m", "cleanscrape", *args], cwd=cwd, env=env,
                          capture_output=True, input=stdin, timeout=120)

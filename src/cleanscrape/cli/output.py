"""What the CLI prints besides records: a progress line on a terminal."""

from __future__ import annotations

import sys
import time


class Progress:
    """Pages, MB, MB/s and (when the input size is known) an ETA on one stderr line,
    only when stderr is a terminal."""

    def __init__(self, enabled: bool, total: int | None = None) -> None:
        self.enabled = enabled
        self.total = total
        self.pages = 0
        self.bytes = 0
        self.start = time.monotonic()
        self.last = 0.0

    def update(self, size: int) -> None:
        self.pages += 1
        self.bytes += size
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < 0.5:
            return
        self.last = now
        rate = self.bytes / 1e6 / max(now - self.start, 1e-9)
        eta = ""
        if self.total and rate > 0:
            eta = f", ETA {max(self.total - self.bytes, 0) / 1e6 / rate:.0f} s"
        sys.stderr.write(f"\r{self.pages} pages, {self.bytes / 1e6:.1f} MB, {rate:.1f} MB/s{eta} ")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.pages:
            sys.stderr.write("\n")

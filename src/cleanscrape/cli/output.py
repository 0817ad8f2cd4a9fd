"""What the CLI prints besides records: a progress line on a terminal, messages that
clear it first, a closing summary; and where records go (stdout, or a file replaced
atomically, never an input)."""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from collections.abc import Iterable
from contextlib import AbstractContextManager
from types import TracebackType
from ..typed import TYPE_CHECKING

from ..batch import PROBLEMS
from ..io.files import atomic_writer
from .common import err

if TYPE_CHECKING:  # pragma: no cover
    from typing import IO, Any

CLEAR = "\r\033[K"  # back to the start of the line, erase it
PROGRESS_EVERY = 0.5  # seconds between two redraws of the progress line: often enough to see it move


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
        self.shown = ""  # the line on screen now

    def update(self, size: int) -> None:
        self.pages += 1
        self.bytes += size
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < PROGRESS_EVERY:
            return
        self.last = now
        self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.bytes / 1e6 / max(now - self.start, 1e-9)
        eta = ""
        if self.total and rate > 0:
            eta = f", ETA {max(self.total - self.bytes, 0) / 1e6 / rate:.0f} s"
        self.shown = f"{self.pages} pages, {self.bytes / 1e6:.1f} MB, {rate:.1f} MB/s{eta} "
        self.redraw()

    def clear(self) -> None:
        """Erase the progress line, so that a message starts on a clean line."""
        if self.shown:
            sys.stderr.write(CLEAR)

    def redraw(self) -> None:
        if self.shown:
            sys.stderr.write("\r" + self.shown)
            sys.stderr.flush()

    def close(self) -> None:
        """Leave the final counts on their line."""
        if self.shown:
            self._draw(time.monotonic())
            sys.stderr.write("\n")
            self.shown = ""


class Reporter:
    """The messages of one run, one line each on stderr (the progress line cleared
    first, then redrawn), and their counts for the closing summary.

    ``quiet`` (``-q``) keeps errors only: no warnings, no summary."""

    def __init__(self, progress: Progress | None = None, quiet: bool = False) -> None:
        self.progress = progress or Progress(False)
        self.quiet = quiet
        self.pages = 0
        self.records = 0
        self.warnings = 0
        self.problems: Counter[str] = Counter()

    def say(self, message: str) -> None:
        self.progress.clear()
        err(message)
        self.progress.redraw()

    def warning(self, message: str) -> None:
        self.warnings += 1
        if not self.quiet:
            self.say(f"warning: {message}")

    def error(self, message: str, kind: str | None = "unreadable") -> None:
        self.problems[kind or "unreadable"] += 1
        self.say(f"error: {message}")

    def page(self, records: int) -> None:
        self.pages += 1
        self.records += records

    def summary(self) -> None:
        """``12 page(s), 30 record(s); 1 over the time budget, 1 unreadable``, when
        anything went wrong (never with ``quiet``)."""
        if self.quiet or not (self.problems or self.warnings):
            return
        parts = [f"{self.problems[k]} {name}" for k, name in PROBLEMS.items() if self.problems[k]]
        if self.warnings:
            parts.append(f"{self.warnings} warning(s)")
        err(f"{self.pages} page(s), {self.records} record(s); {', '.join(parts)}")


class OutputError(Exception):
    """The output could not be written; the message is one line for the user."""


def clashing_input(output: str | None, inputs: Iterable[str]) -> str | None:
    """The input that ``output`` names too (same file by any path, a link to it...), if any:
    writing there would destroy the input before it is read."""
    if not output or output == "-":
        return None
    real = os.path.realpath(output)
    exists = os.path.exists(output)
    for path in inputs:
        if path == "-":
            continue
        try:
            if os.path.realpath(path) == real or (exists and os.path.samefile(path, output)):
                return path
        except OSError:
            continue
    return None


class Output:
    """Where records go: stdout (``None`` or ``-``), or a file that is replaced only when
    the run ends (atomically: a temp file beside it, then a rename; on an interruption
    the old file stays). Failures to write become :class:`OutputError`."""

    def __init__(self, path: str | None) -> None:
        self.path = None if path in (None, "-") else path
        self._writer: AbstractContextManager[IO[Any]] | None = None
        self.fh = sys.stdout
        self._sink: IO[bytes] | None = None  # (see `_byte_sink`)
        self._sink_told = False
        self._text_written = False  # text went to ``fh`` since bytes last went past it

    def __enter__(self) -> Output:
        if self.path is not None:
            if os.path.isdir(self.path):
                raise OutputError(f"{self.path}: cannot write (is a folder)")
            self._writer = atomic_writer(os.path.realpath(self.path))
            try:
                self.fh = self._writer.__enter__()
            except OSError as exc:
                raise self._error(exc) from None
        return self

    def write(self, text: str, data: bytes | None = None) -> None:
        """``text``; or ``data``, its UTF-8 bytes when the caller has them, written past the
        text layer when that layer would write the same bytes (no second encoding)."""
        try:
            sink = self._sink if self._sink_told else self._byte_sink()
            if data is None or sink is None:
                self.fh.write(text)
                self._text_written = True
                return
            if self._text_written:  # (what the text layer holds goes first)
                self.fh.flush()
                self._text_written = False
            sink.write(data)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._error(exc) from None

    def _byte_sink(self) -> IO[bytes] | None:
        """The binary buffer under ``fh`` when writing UTF-8 bytes there gives what writing the
        text gives: a UTF-8 text layer, no newline translation, not flushed at each line (a
        terminal's is: it keeps writing the text)."""
        import codecs

        fh, sink = self.fh, None
        buf = getattr(fh, "buffer", None)
        encoding = getattr(fh, "encoding", None)
        if buf is not None and isinstance(encoding, str) and os.linesep == "\n" and \
                getattr(fh, "line_buffering", True) is False:
            try:
                sink = buf if codecs.lookup(encoding).name == "utf-8" else None
            except LookupError:
                sink = None
        self._sink, self._sink_told = sink, True
        return sink

    def flush(self) -> None:
        try:
            self.fh.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._error(exc) from None

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> bool:
        if self._writer is None:
            if kind is None:
                self.flush()
            return False
        try:
            return bool(self._writer.__exit__(kind, value, tb))
        except OSError as exc:
            if kind is not None:
                raise
            raise self._error(exc) from None

    def _error(self, exc: OSError) -> OutputError:
        if self.path is None:  # nothing more can reach stdout: drop what is still buffered
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        return OutputError(f"{self.path or 'stdout'}: cannot write ({exc.strerror or exc})")

"""Writing files safely: a whole new file or the old one, never half of each."""

from __future__ import annotations

import os
import stat
from contextlib import contextmanager
from pathlib import Path
from ..typed import TYPE_CHECKING
from collections.abc import Iterator

if TYPE_CHECKING:  # pragma: no cover
    from typing import IO, Any


@contextmanager
def atomic_writer(path: Path | str, mode: str = "w") -> Iterator[IO[Any]]:
    """A file object that becomes ``path`` only when the block ends without error.

    It writes a temp file beside ``path`` (same folder, so the rename is atomic), then
    replaces ``path`` with it; on any error the temp file is removed and the old
    ``path`` stays as it was. Permissions of an existing file are kept (a new file gets
    the umask's); a symlink is refused (its target may be outside the tree). Opening
    raises :class:`OSError` when the folder is missing or not writable.
    """
    path = Path(path)
    if path.is_symlink():
        raise OSError(f"{path}: is a symbolic link; not rewritten")
    try:
        perms = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        perms = 0o666 & ~_umask()
    import tempfile  # (here: a run writing to stdout never imports it, nor what it imports)

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with (os.fdopen(fd, mode) if "b" in mode else os.fdopen(fd, mode, encoding="utf-8", newline="\n")) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, perms)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step (see :func:`atomic_writer`)."""
    with atomic_writer(path, "wb") as fh:
        fh.write(data)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask

"""Writers: JSONL records and plain text."""

from __future__ import annotations

import json
from typing import IO, Iterable

from ..document import Article


def record_line(article: Article) -> str:
    """One JSON line; lone surrogates are escaped, everything else stays readable."""
    return json.dumps(article.as_dict(), ensure_ascii=False).encode(
        "utf-8", "backslashreplace").decode("utf-8")


def write_records(out: IO[str], records: Iterable[Article], fmt: str) -> None:
    if fmt == "jsonl":
        for a in records:
            out.write(record_line(a))
            out.write("\n")
        return
    for a in records:
        if a.title:
            out.write(a.title + "\n\n")
        out.write(a.body + "\n\n")

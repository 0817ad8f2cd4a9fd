"""Rules a user writes in config: a pattern, a role and a code in the reserved range."""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Iterator
from ..typed import TYPE_CHECKING

from ..document import Finding, Role
from ..kept import regex_package
from .base import Context, Rule

if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

TIMEOUT = 0.05  # seconds a user pattern may spend on one block


def _regex() -> Any:
    """The ``regex`` package, imported when a user rule is made or run (not at start-up:
    ``cleanscrape.kept`` loads only its engine)."""
    return regex_package()


@dataclass(frozen=True)
class UserRule(Rule):
    """
    What it removes: whole lines matching the pattern a user wrote in config.
    Why: every corpus has its own furniture.
    Example: `Presented by Northfield Bank` for the pattern `Presented by .+`
    Kept: lines the pattern does not match in full.
    """

    pattern: str = field(default="", kw_only=True)
    max_len: int = field(default=300, kw_only=True)

    @classmethod
    def make(cls, code: str, name: str, pattern: str, role: Role, summary: str, max_len: int = 300) -> UserRule:
        regex = _regex()
        try:
            regex.compile(pattern)
        except regex.error as exc:
            raise ValueError(f"pattern does not compile ({exc})") from None
        return cls(code, name, summary, role, pattern=pattern, max_len=max_len, fix_safe=True)

    def check(self, ctx: Context) -> Iterator[Finding]:
        regex = _regex()
        rx = regex.compile(self.pattern, regex.IGNORECASE | regex.VERSION0)
        for i in ctx.short(self.max_len):
            if not ctx.is_open(i):
                continue
            try:
                m = rx.fullmatch(ctx.texts[i], timeout=TIMEOUT)
            except TimeoutError:
                continue  # a pattern that runs away on this line does not label it
            if m is not None:
                yield self.finding(i, f"matches the configured pattern of {self.name}")

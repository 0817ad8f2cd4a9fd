"""Learned site profiles: lines a site repeats on many of its pages.

``cleanscrape learn`` counts, for each site, on how many pages each short line
appears (lines compared by a normalised key: case, quotes and punctuation
folded, as CCNet does with line hashes). A line on at least ``min_pages``
pages and at least ``min_share`` of the site's pages is furniture of that
site. The profile is a TOML file meant to be read and edited by a person; the
``site-profile`` rule (CS601) labels those lines in ``clean`` and ``check``.
Same pages in, same profile out: sites and lines are written sorted.
"""

from __future__ import annotations

import json
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from .typed import TYPE_CHECKING
from collections.abc import Iterable, Mapping

from .rules.profile import ANY_SITE as ANY_SITE
from .rules.profile import MAX_LINE as MAX_LINE
from .rules.profile import ProfileRule as ProfileRule
from .rules.profile import profile_rule as profile_rule
from .rules.profile import site_of as site_of
from .text import norm_key

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Pipeline

VERSION = 1


def page_keys(text: str) -> dict[str, str]:
    """Normalised key -> first original text, for the page's short lines."""
    keys: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or len(line) > MAX_LINE:
            continue
        key = norm_key(line)
        if key and key not in keys:
            keys[key] = line
    return keys


@dataclass
class Learner:
    """Counts the lines each site repeats across its pages, for ``cleanscrape learn``."""

    min_pages: int = 3
    min_share: float = 0.5
    pages: Counter[str] = field(default_factory=Counter)
    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    seen_as: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))

    def add(self, text: str, site: str = ANY_SITE) -> None:
        self.pages[site] += 1
        for key, original in page_keys(text).items():
            self.counts[site][key] += 1
            self.seen_as[site].setdefault(key, original)

    def profile(self) -> dict[str, list[tuple[str, int]]]:
        """site -> [(line as first seen, pages it is on)], for lines over both thresholds."""
        out: dict[str, list[tuple[str, int]]] = {}
        for site in sorted(self.pages):
            n = self.pages[site]
            need = max(self.min_pages, 2, self.min_share * n)
            lines = [(self.seen_as[site][k], c) for k, c in self.counts[site].items() if c >= need]
            out[site] = sorted(lines, key=lambda x: (-x[1], x[0]))
        return out

    def to_toml(self) -> str:
        parts = ["# cleanscrape site profile: lines each site repeats on many pages.",
                 "# Review it: delete a line to keep it in articles. Lines match with case,",
                 "# quotes and punctuation folded.",
                 f"version = {VERSION}",
                 f"min-pages = {self.min_pages}",
                 f"min-share = {self.min_share}", ""]
        for site, lines in self.profile().items():
            parts += ["[[sites]]", f"site = {json.dumps(site)}", f"pages = {self.pages[site]}", "lines = ["]
            parts += [f"  {json.dumps(text, ensure_ascii=False)},  # on {count} pages" for text, count in lines]
            parts += ["]", ""]
        return "\n".join(parts)


class ProfileError(ValueError):
    pass


def load_profile(path: Path) -> dict[str, frozenset[str]]:
    """site -> the keys of its furniture lines."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path}: cannot read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path}: not valid TOML ({exc})") from None
    if data.get("version") != VERSION or not isinstance(data.get("sites", []), list):
        raise ProfileError(f"{path}: not a cleanscrape profile (version {VERSION})")
    out: dict[str, frozenset[str]] = {}
    for entry in data.get("sites", []):
        if not isinstance(entry, Mapping) or not isinstance(entry.get("lines", []), list):
            raise ProfileError(f"{path}: each [[sites]] needs a site and a list of lines")
        out[str(entry.get("site", ANY_SITE))] = frozenset(norm_key(str(x)) for x in entry.get("lines", []))
    return out


def with_profile(pipe: Pipeline, profile: str | PathLike[str] | Mapping[str, Iterable[str]]) -> Pipeline:
    """``pipe`` with a site profile's lines removed as CS601, run where ``clean --profile``
    runs it (before CS201, or last when that rule is not in the pipeline). ``profile`` is
    the path of a profile file or what :func:`load_profile` gave (site -> lines)."""
    sites = load_profile(Path(profile)) if isinstance(profile, (str, PathLike)) else profile
    from .registry import with_profile as place

    return type(pipe)(place(pipe.rules, profile_rule(sites=sites)))

"""The site-profile rule (CS601): the lines a learned site profile lists, removed as
furniture. Learning and loading profiles is :mod:`cleanscrape.profile`, above the registry;
the rule lives here, with the other rules, so that the registry imports nothing above it."""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Iterable, Iterator, Mapping
from urllib.parse import urlsplit

from ..document import Finding, Role
from .base import Context, Rule

MAX_LINE = 200  # longer lines are prose, never furniture
ANY_SITE = "*"


def site_of(value: object) -> str:
    """The site a page belongs to: the host of a URL, or the value itself."""
    text = str(value or "").strip()
    host = urlsplit(text).hostname if "://" in text else None
    return (host or text or ANY_SITE).lower().removeprefix("www.")


@dataclass(frozen=True)
class ProfileRule(Rule):
    """
    What it removes: lines that a learned site profile lists: furniture the site
    repeats on many of its pages (menus, footers, promos no vocabulary knows).
    Why: what a site prints on every page is not the article.
    Example: `Northfield Herald: local news since 1887` (on 38 of 40 pages)
    Kept: a line that occurs on one page only: profiles never list those; and a
    line another site's section lists: a site's lines apply to its own pages only.
    """

    keys: frozenset[str] = field(default=frozenset(), kw_only=True)  # lines for every page
    # site -> its lines, for pages whose URL (``doc.meta["url"]``) is on that site
    sites: Mapping[str, frozenset[str]] = field(default_factory=dict, kw_only=True, hash=False)

    def check(self, ctx: Context) -> Iterator[Finding]:
        keys, own = self.keys, frozenset[str]()
        if self.sites:
            url = ctx.doc.meta.get("url") if ctx.doc.meta else None
            own = self.sites.get(site_of(url), own) if url else own
        if not keys and not own:
            return
        for i in ctx.short(MAX_LINE):
            if ctx.is_open(i) and (ctx.key(i) in keys or ctx.key(i) in own):
                yield self.finding(i, "a line this site repeats on many pages (site profile)")


def profile_rule(keys: Iterable[str] = (), sites: Mapping[str, Iterable[str]] | None = None) -> ProfileRule:
    """The CS601 rule: ``keys`` removed from every page, ``sites`` (site -> keys) from
    that site's pages only. A profile from :func:`load_profile` goes in as
    ``profile_rule(sites=profile)``: its any-site section (``*``) applies everywhere."""
    per_site: dict[str, frozenset[str]] = {}
    for site, k in (sites or {}).items():
        per_site[site_of(site)] = per_site.get(site_of(site), frozenset()) | frozenset(k)
    every = frozenset(keys) | per_site.pop(ANY_SITE, frozenset())
    return ProfileRule("CS601", "site-profile", "lines a learned site profile lists as furniture",
                       Role.CHROME, keys=every, sites=per_site)

#!/usr/bin/env python3
"""Build the sample corpus from its annotated sources.

Each ``src/NAME.page`` is a page written by hand, one annotated line per page
line. ``build.py`` writes the page as a scraper would hand it over
(``pages/NAME.txt``) and the records it must become (``gold/NAME.json``, the
format of ``score_pages.py``). The annotation is the human judgement; nothing
here runs cleanscrape.

Line marks (the mark, one space, the page line):

  #  a note about the page (goes to "notes"; not a page line)
  S  a section label; fills the next article's ``section``
  T  a headline; starts an article and fills its ``title``
  B  a byline line; ``=> value`` at the end gives the ``byline`` value
  D  a date line; ``=> value`` at the end gives ``published_iso`` (ISO 8601, what the
     record carries) and the line itself is kept as ``published`` (as printed);
     ``=> value | by NAME`` when the line names the author too; right over a ``T`` line
     it is the date of that next article (blogs print the date over the headline)
  P  a body paragraph
  K  a body paragraph that must survive (a hard negative; also in "keep")
  -  an artefact: must not appear in any body
  (an empty source line is an empty page line)

Run ``python corpus/build.py`` after editing a source; ``--check`` exits 1
when pages/ or gold/ are out of date (the tests run it).
"""

from __future__ import annotations

import html
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _norm(s: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", s).translate(_QUOTES).split())


def build(source: str) -> tuple[str, dict]:
    page: list[str] = []
    notes: list[str] = []
    articles: list[dict] = []
    artefacts: list[str] = []
    keep: list[str] = []
    section = None
    over: dict | None = None  # a date printed over the next headline, as blogs print it
    lines = source.splitlines()
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            page.append("")
            continue
        mark, _, text = raw.partition(" ")
        value = None
        if mark in ("B", "D") and " => " in text:
            text, value = text.rsplit(" => ", 1)
        if mark == "#":
            notes.append(text)
            continue
        if mark not in ("S", "T", "B", "D", "P", "K", "-"):
            raise ValueError(f"line {n}: unknown mark {mark!r}")
        page.append(text)
        if mark == "S":
            section = text.strip()
        elif mark == "T":
            articles.append({"title": text.strip(), "section": section, "byline": None,
                             "published": None, "published_iso": None, "paragraphs": []})
            if over is not None:
                articles[-1].update(over)
                over = None
            section = None
        elif mark == "D" and value is not None and n < len(lines) and lines[n].startswith("T "):
            over = {"published": text.strip(), "published_iso": value}  # the date over the headline
        elif mark in ("B", "D"):
            if not articles:
                raise ValueError(f"line {n}: {mark} before any headline")
            art = articles[-1]
            if value is not None and mark == "B" and art["byline"] is None:
                art["byline"] = value
            elif value is not None and mark == "D" and art["published"] is None:
                # "published" as printed (the scorer checks it stands in the page);
                # "published_iso" is what cleanscrape's record carries
                value, _, author = value.partition(" | by ")
                art["published"] = text.strip()
                art["published_iso"] = value
                if author and art["byline"] is None:
                    art["byline"] = author
        elif mark in ("P", "K"):
            if not articles:
                raise ValueError(f"line {n}: body before any headline")
            articles[-1]["paragraphs"].append(text.strip())
            if mark == "K":
                keep.append(text.strip())
        else:
            artefacts.append(text.strip())
    bodies = [_norm(p) for a in articles for p in a["paragraphs"]]
    # an artefact string that also stands inside a kept paragraph cannot be checked as absent
    artefacts = [a for a in dict.fromkeys(artefacts) if not any(_norm(a) in b for b in bodies)]
    gold = {"articles": articles, "artefacts": artefacts, "keep": keep, "notes": " ".join(notes)}
    return "\n".join(page).rstrip("\n") + "\n", gold


# Pages also rendered as HTML (``html/``): the same articles in a site template,
# with a navigation menu and a footer that are not in the text page.
HTML_PAGES = ("01-feed-syndication", "02-business-tv", "03-wire-local", "04-broadsheet",
              "06-german-paper", "09-tech-news", "14-wire-roundup", "17-harbour-daily", "18-culture-feed",
              "22-local-tv", "24-magazine-feature", "26-wire-desk-feed", "27-club-blog", "29-us-daily", "32-public-broadcaster",
              "39-news-in-brief", "41-antipodean-daily", "43-hosted-blog", "44-aggregator-feed",
              "45-us-local-cms", "46-feed-variant")
_NAV = ("Home", "News", "Business", "Sport", "Culture", "Opinion", "Subscribe")
_FOOTER = ("About us", "Contact", "Privacy policy", "Terms of use")


def _heading_shaped(text: str) -> bool:
    return len(text.split()) <= 10 and text[-1:] not in ".!?:;\"”’)"


def render_html(source: str, site: str) -> tuple[str, list[str]]:
    """The page's lines as an HTML page of one template: each article in an
    ``<article>``, headlines as ``<h1>``/``<h2>``, heading-shaped body lines as
    ``<h3>``, every other line a ``<p>`` (artefacts too: the text rules must find
    them in the block text). Returns the HTML and the template's own artefacts."""
    out = [f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{html.escape(site)}</title>',
           '<script>window.dataLayer = [];</script>\n</head>\n<body>',
           '<header class="site-header">\n<nav class="menu"><ul>']
    out += [f'<li><a href="/{w.lower()}">{w}</a></li>' for w in _NAV]
    out += ["</ul></nav>\n</header>", '<main id="content">']
    open_article, titles = False, 0
    for raw in source.splitlines():
        mark, _, text = raw.partition(" ")
        if mark == "#" or not raw.strip():
            continue
        if mark in ("B", "D") and " => " in text:
            text = text.rsplit(" => ", 1)[0]
        esc = html.escape(text.strip())
        if mark in ("S", "T") and open_article and not (mark == "T" and out[-1].startswith('<div class="section')):
            out.append("</article>")
            open_article = False
        if mark in ("S", "T") and not open_article:
            out.append('<article class="post">')
            open_article = True
        if mark == "S":
            out.append(f'<div class="section-label">{esc}</div>')
        elif mark == "T":
            tag = "h1" if titles == 0 else "h2"
            titles += 1
            out.append(f'<{tag} class="entry-title">{esc}</{tag}>')
        elif mark in ("B", "D"):
            out.append(f'<p class="entry-meta">{esc}</p>')
        elif mark in ("P", "K") and _heading_shaped(text.strip()):
            out.append(f"<h3>{esc}</h3>")
        else:
            out.append(f"<p>{esc}</p>")
    if open_article:
        out.append("</article>")
    out += ["</main>", '<footer class="site-footer">\n<ul>']
    out += [f'<li><a href="/{w.lower().replace(" ", "-")}">{w}</a></li>' for w in _FOOTER]
    out += ["</ul>", f"<p>© 2025 {html.escape(site)}. All rights reserved.</p>", "</footer>\n</body>\n</html>"]
    return "\n".join(out) + "\n", [*_NAV, *_FOOTER]


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for src in sorted((HERE / "src").glob("*.page")):
        source = src.read_text(encoding="utf-8")
        text, gold = build(source)
        targets = {HERE / "pages" / f"{src.stem}.txt": text,
                   HERE / "gold" / f"{src.stem}.json": json.dumps(gold, ensure_ascii=False, indent=2) + "\n"}
        if src.stem in HTML_PAGES:
            page, chrome = render_html(source, src.stem.split("-", 1)[1].replace("-", " ").title())
            hgold = dict(gold, artefacts=[*gold["artefacts"], *chrome],
                         notes=(gold["notes"] + " Rendered as HTML in a site template.").strip())
            # pages/*.txt because score_pages.py reads that name; the CLI sniffs the HTML
            targets[HERE / "html" / "pages" / f"{src.stem}.txt"] = page
            targets[HERE / "html" / "gold" / f"{src.stem}.json"] = json.dumps(
                hgold, ensure_ascii=False, indent=2) + "\n"
        for path, content in targets.items():
            if path.exists() and path.read_text(encoding="utf-8") == content:
                continue
            if check:
                stale.append(path.name)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(content, encoding="utf-8")
    if stale:
        print("out of date (run python corpus/build.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

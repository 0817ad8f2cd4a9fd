"""Skeleton grammar of the generated segmentation benchmark.

A *family* is one site template: which lines stand around a story's headline and in
which order, how bylines and dates are written, which captions, credits, teasers and
related headlines fall between the paragraphs, what ends a story, what separates two
stories, the page's blank-line habit, and what the page prints above and below its
stories. Families are data (``FAMILIES``); one renderer (``render_page``) turns a
family, a locale (``locales.py``) and real stories into a page and its gold.

Families come in two halves: ``fit`` (look at these, fit on these) and ``heldout``
(report on these). No family is in both; the grammar's *elements* are shared (a
family is a distinct combination of them and of their formats).
"""

from __future__ import annotations

import random

from locales import LOCALES, SITES

# ------------------------------------------------------------------ families
# head: the lines around the headline, in order ("body" is implied after them)
# blank: all (blank line between every line), none, double, body (blank lines only
#        around body paragraphs), mixed (one or none, at random)

FAMILIES: list[dict] = [
    # ---------------------------------------------------------------- fit half
    dict(name="wp-feed", half="fit", stories=(3, 5), blank="all",
         page_head=["site"], head=["section", "title", "title_dup", "stubs_empty"], section_from=1,
         date="label_long", byline="by", media=["pipe"], media_rate=0.7,
         inline=["related_bare", "watch"], inline_rate=0.6, tail=["continue"], sep="none",
         page_tail=["trending"], front="teasers"),
    dict(name="broadsheet", half="fit", stories=(1, 3), blank="body",
         page_head=["menu_line"], head=["kicker", "title", "byline", "date", "read"],
         date="label_long_time", byline="by", media=["photo_label"], media_rate=0.8,
         inline=["related_label"], inline_rate=0.5, tail=["tags"], sep="stars",
         page_tail=["most_read", "copyright"], front="cards_by"),
    dict(name="regional-daily", half="fit", stories=(2, 4), blank="double",
         page_head=["cookie", "menu_lines"], head=["section", "title", "date", "byline", "share"],
         date="numeric_time", byline="by", media=["photo_label", "bare_agency"], media_rate=0.6,
         inline=["related_box", "ad"], inline_rate=0.6, tail=["comments"], sep="dashes",
         page_tail=["trending", "copyright"], front="teasers"),
    dict(name="wire-briefs", half="fit", stories=(3, 6), blank="none", body_len=(2, 5),
         page_head=["site"], head=["title", "byline_date"],
         date="iso", byline="by", media=[], media_rate=0.0,
         inline=["related_label"], inline_rate=0.2, tail=["share_line"], sep="dashes",
         page_tail=["copyright"], front="headline_list"),
    dict(name="scroll-portal", half="fit", stories=(3, 5), blank="body", repeat_head=True,
         page_head=["menu_line"], head=["title", "section", "date", "sharebar"],
         date="relative", byline=None, media=["paren_suffix"], media_rate=0.7,
         inline=["video_block"], inline_rate=0.4, tail=[], sep="next",
         page_tail=["top"], front="teasers"),
    dict(name="magazine", half="fit", stories=(1, 3), blank="body",
         page_head=["skip", "menu_line"], head=["badge", "title", "read", "listen"],
         date=None, byline="written_by", media=["image_label", "credit_first"], media_rate=0.8,
         inline=["ad", "related_label_next"], inline_rate=0.6, tail=["written_by", "tags"], sep="none",
         page_tail=["most_read"], front="cards_by"),
    dict(name="news-portal", half="fit", stories=(2, 4), blank="mixed",
         page_head=["menu_line"], head=["title", "byline", "date", "share"],
         date="numeric_h", byline="by", media=["photo_label"], media_rate=0.5,
         inline=["related_label", "watch"], inline_rate=0.6, tail=["read_more_tail"], sep="none",
         page_tail=["trending"], front="headline_list"),
    dict(name="syndication-upper", half="fit", stories=(3, 5), blank="all",
         page_head=["cookie"], head=["title", "title_caps", "stubs_filled"],
         date="label_long", byline="by", media=["via_getty", "pipe"], media_rate=0.6,
         inline=["video_paren", "related_label_next"], inline_rate=0.6, tail=["share_words"], sep="read_more",
         page_tail=["trending"], front="teasers"),
    # ---------------------------------------------------------------- held-out half
    dict(name="feed-dated", half="heldout", stories=(3, 5), blank="all",
         page_head=["site"], head=["section", "title", "title_dup", "stubs_dated"], section_from=0,
         date="weekday", byline="by", media=["credit_first", "pipe"], media_rate=0.6,
         inline=["related_label_next", "watch"], inline_rate=0.6, tail=["continue"], sep="none",
         page_tail=["trending"], front="teasers"),
    dict(name="two-date-daily", half="heldout", stories=(1, 3), blank="body",
         page_head=["menu_lines"], head=["section", "title", "byline", "pub_upd", "read", "share"],
         date="pub_upd", byline="by", media=["slash_credit"], media_rate=0.7,
         inline=["related_label"], inline_rate=0.6, tail=["tags"], sep="emdash",
         page_tail=["trending", "copyright"], front="cards_by"),
    dict(name="briefs-timed", half="heldout", stories=(4, 6), blank="body", body_len=(1, 3),
         page_head=["site", "menu_line"], head=["title", "date"],
         date="abbr_time", byline=None, media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=[], sep="none",
         page_tail=["copyright"], front="headline_list"),
    dict(name="blog-date-over", half="heldout", stories=(2, 4), blank="body",
         page_head=["site"], head=["date", "title"],
         date="long_only", byline="posted_by", media=["bare_agency"], media_rate=0.3,
         inline=[], inline_rate=0.0, tail=["posted_by", "no_comments", "share_words"], sep="none",
         page_tail=["copyright"], front="headline_list"),
    dict(name="aggregator", half="heldout", stories=(3, 5), blank="none",
         page_head=["menu_line"], head=["section", "title", "story_by"],
         date="relative_dot", byline="story_by", media=["provided"], media_rate=0.6,
         inline=["ad"], inline_rate=0.3, tail=["continue"], sep="sponsored",
         page_tail=["top"], front="cards_by"),
    dict(name="tabloid-scroll", half="heldout", stories=(3, 6), blank="double", repeat_head=True,
         page_head=["menu_line"], head=["title", "name_job", "date"],
         date="label_long_time", byline="name_job", media=["paren_image"], media_rate=0.7,
         inline=["related_box", "related_label"], inline_rate=0.6, tail=[], sep="up_next",
         page_tail=["most_read"], front="teasers"),
    dict(name="broadcaster", half="heldout", stories=(2, 4), blank="mixed",
         page_head=["skip", "menu_lines"], head=["title", "date_two_lines", "share", "byline_job"],
         date="long_only", byline="byline_job", media=["image_source"], media_rate=0.8,
         inline=["related_label_next"], inline_rate=0.4, tail=["more_story"], sep="none",
         page_tail=["top"], front="cards_by"),
    dict(name="markets-tv", half="heldout", stories=(2, 4), blank="body",
         page_head=["menu_line"], head=["kicker", "title", "handle", "date"],
         date="weekday", byline="handle", media=["bare_agency"], media_rate=0.4,
         inline=["video_block", "watch"], inline_rate=0.7, tail=["share_words"], sep="stars",
         page_tail=["trending"], front="teasers"),
]

HALVES = ("fit", "heldout")


def families(half: str) -> list[dict]:
    if half == "probe":  # families of our own, outside both halves (``probe_families.py``)
        from probe_families import PROBE_FAMILIES

        return list(PROBE_FAMILIES)
    if half == "probe2":  # the second batch of our own
        from probe_families import PROBE_FAMILIES_2

        return list(PROBE_FAMILIES_2)
    if half == "probe3":  # the third batch of our own: fronts of cards with no date
        from probe_families import PROBE_FAMILIES_3

        return list(PROBE_FAMILIES_3)
    if half == "probe4":  # the fourth batch of our own: header shapes no other family has
        from probe_families import PROBE_FAMILIES_4

        return list(PROBE_FAMILIES_4)
    if half == "probe5":  # the fifth batch of our own: briefs of one to three sentences
        from probe_families import PROBE_FAMILIES_5

        return list(PROBE_FAMILIES_5)
    if half == "probe6":  # the sixth batch of our own: blog indexes, the date over the headline
        from probe_families import PROBE_FAMILIES_6

        return list(PROBE_FAMILIES_6)
    if half == "probe7":  # the seventh batch of our own: timed briefs, broadcasters, markets TV
        from probe_families import PROBE_FAMILIES_7

        return list(PROBE_FAMILIES_7)
    if half == "probe8":  # the eighth batch of our own: a header skeleton drawn at random per page
        from probe_families import combo_families

        return combo_families()
    if half == "probe9":  # the ninth batch of our own: templates none of the eight holds
        from probe_families import PROBE_FAMILIES_9

        return list(PROBE_FAMILIES_9)
    if half == "probe10":  # the tenth batch of our own (seg26): listen lines, author cards, pills, paywalls...
        from probe_ten import PROBE_FAMILIES_10

        return list(PROBE_FAMILIES_10)
    return [f for f in FAMILIES if f["half"] == half]


# ------------------------------------------------------------------ small pieces

# rubrics in other scripts (Cyrillic, Greek, Japanese), for ``rubric_script``
_OTHER_SCRIPT = ["МИР", "ЭКОНОМИКА", "ΚΟΣΜΟΣ", "ΟΙΚΟΝΟΜΙΑ", "国際", "経済", "スポーツ"]

_STRAIGHT = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _date(rng: random.Random, loc: dict, style: str) -> str:
    y, m, d = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi = rng.randint(6, 22), rng.randint(0, 59)
    v = dict(y=y, d=d, dd=f"{d:02d}", mm=f"{m:02d}", month=loc["months"][m - 1])
    long, num = loc["long"].format(**v), loc["numeric"].format(**v)
    at = f" {loc['at']}" if loc["at"] else ""
    t = f"{hh:02d}:{mi:02d}"
    if style == "label_long":
        return f"{loc['published']} {long}"
    if style == "label_long_time":
        return f"{loc['published']} {long}{at} {t}"
    if style == "numeric_time":
        return f"{num} {t}"
    if style == "numeric_h":
        return f"{num} {hh:02d}h{mi:02d} {loc['updated']} {loc['ago'].format(n=rng.randint(2, 9))}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d} {t}"
    if style == "relative":  # "Updated 3 hours ago", "Mis à jour il y a 3 heures"
        upd = loc["updated"]
        for tail in (" el", " le", " am", " il", " em"):
            upd = upd.removesuffix(tail)
        return f"{upd} {loc['ago'].format(n=rng.randint(1, 11))}"
    if style == "relative_dot":
        return "• " + loc["ago"].format(n=rng.randint(1, 11))
    if style == "pub_upd":
        d2 = loc["long"].format(**dict(v, d=min(d + 1, 28)))
        return f"{loc['published']} {long}{at} {hh:02d}h{mi:02d} {loc['updated']} {d2}"
    if style == "abbr_time":
        return f"{t}, {loc['abbr'][m - 1]} {d}, {y}"
    if style == "weekday":
        return f"{loc['published']} {loc['days'][rng.randrange(7)]} {d} {loc['abbr'][m - 1]} {y} {t}"
    if style == "long_only":
        return long
    raise ValueError(style)


OTHER_SCRIPT_KICKERS = ["速報", "独家报道", "ЭКСКЛЮЗИВ", "Αποκλειστικό", "تحليل", "분석", "विश्लेषण", "בלעדי"]


_SMALL = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with"}


def _title_case(t: str) -> str:
    """Each word's first letter in capitals (English small words after the first stay low)."""
    words = t.split()
    return " ".join(w if (i and w.casefold() in _SMALL) or not w[:1].isalpha() else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def _sentence(p: str) -> str:
    """A paragraph's first sentence (all of it when it has one)."""
    for k in range(20, len(p) - 1):
        if p[k] in ".!?" and p[k + 1] == " ":
            return p[:k + 1]
    return p


def _sentences(p: str, n: int) -> str:
    """A paragraph's first ``n`` sentences (all of it when it has fewer)."""
    ends = [k + 1 for k in range(20, len(p) - 1) if p[k] in ".!?" and p[k + 1] == " "]
    return p[:ends[n - 1]] if len(ends) >= n else p


def _split_sentences(p: str) -> list[str]:
    """A paragraph's sentences (as ``_sentence`` cuts them)."""
    out = []
    while p:
        s = _sentence(p)
        out.append(s)
        p = p[len(s):].strip()
    return out


def _name(rng: random.Random, loc: dict) -> str:
    return f"{rng.choice(loc['first'])} {rng.choice(loc['last'])}"


def _caption(rng: random.Random, loc: dict) -> str:
    return rng.choice(loc["captions"]).format(name=_name(rng, loc), city=rng.choice(loc["cities"]))


def _media(rng: random.Random, loc: dict, style: str, site: str) -> list[str]:
    cap, who, ag = _caption(rng, loc), _name(rng, loc), rng.choice(loc["agencies"])
    return {
        "pipe": [cap, f"{who} | {ag}"],
        "photo_label": [cap, f"{loc['photo']}: {who}/{ag}"],
        "paren_suffix": [f"{cap} ({loc['photo']}: {who}/{ag})"],
        "paren_image": [f"{cap} ({loc['image']}: {who}/{ag})"],
        "image_label": [cap, f"{loc['image']}: {who}/Handout"],
        "credit_first": [f"{loc['photo']} {who} / {ag}", cap],
        "slash_credit": [cap, f"{loc['photo']} {who} / {ag}"],
        "via_getty": [cap, f"{who} for {site} via Getty Images"],
        "bare_agency": [cap, ag],
        "image_source": [f"{loc['image']}: {ag}", f"{loc['image']}, {cap}"],
        "provided": [f"{cap} {loc['provided'].format(site=site)}"],
    }[style]


def _inline(rng: random.Random, loc: dict, style: str, heads: list[str]) -> list[str]:
    h = heads.pop() if heads else None
    if h is None:
        return []
    mm = f"{rng.randint(0, 9):02d}:{rng.randint(0, 59):02d}"
    if style == "related_bare":
        return [h]
    if style == "related_label":
        return [f"{loc['related']} {h}"]
    if style == "related_label_next":
        return [loc["related"], h]
    if style == "related_box":
        out = [loc["related_box"], h]
        return out + ([heads.pop()] if heads else [])
    if style == "watch":
        return [f"{loc['watch']} {h}"]
    if style == "video_block":
        return [loc["video"], h, mm]
    if style == "video_paren":
        return [f"{loc['video'].upper()}: {h} ({mm})"]
    if style == "ad":
        heads.append(h)
        return [loc["ad"]]
    if style.startswith("w_"):  # (probe10) READ MORE: and Related: links
        from probe_ten import ten_inline

        return ten_inline(loc, style, h)
    raise ValueError(style)


# ------------------------------------------------------------------ a story

def render_story(rng: random.Random, fam: dict, loc: dict, story: dict, k: int,  # noqa: C901 -- a story template: one branch per optional part, read top to bottom
                 heads: list[str], site: str) -> tuple[list[tuple[str, str]], dict]:
    """Lines (text, kind) of one story and its gold record. kind: h (header), p (body
    paragraph), x (an artefact between paragraphs), t (tail)."""
    title, paras = story["title"], story["paragraphs"]
    if fam.get("title_case"):  # (probe4) a headline in title case, a deck under it in sentence case
        title = _title_case(title)
    if fam.get("dateline") and paras:  # (probe4) a dateline leads the first paragraph
        city, ag = rng.choice(loc["cities"]).upper(), rng.choice(loc["agencies"])
        lead = rng.choice([f"{city} ({ag}) — ", f"{city}, {rng.choice(loc['abbr'])} {rng.randint(1, 28)} ({ag}) - "])
        paras = [lead + paras[0]] + paras[1:]
    if fam.get("brief_sentences"):  # (probe5) a brief: the first one to three sentences of its copy
        paras = [_sentences(paras[0], rng.randint(*fam["brief_sentences"]))]
    if fam.get("place_lead"):  # (probe5) a place's lead-in on the first paragraph, ``PARIS. — ...``
        paras = [f"{rng.choice(loc['cities']).upper()}{fam['place_lead']}{paras[0]}", *paras[1:]]
    if fam.get("title_stop"):  # (probe5) a brief's headline that ends with a full stop
        title = title.rstrip(".!?…") + "."
    paywall: list[str] = []
    if fam.get("w_question") or fam.get("w_paywall"):  # (probe10) a question's headline, a story cut by a paywall
        from probe_ten import paywall as _paywall, question

        title = question(title) if fam.get("w_question") else title
        paras, paywall = _paywall(rng, fam, loc, paras)
    bullets = 0
    if fam.get("live_bullets") and paras and rng.random() < fam["live_bullets"]:
        # (probe7) a brief whose text ends on a bullet list: its first sentence, then two to
        # four of its next sentences as the list's items (printed after a bullet)
        sents = [s for p in paras for s in _split_sentences(p)]
        if len(sents) >= 3:
            items = [" ".join(s.split()[:30]) for s in sents[1:rng.randint(3, 5)]]
            paras, bullets = [sents[0], *items], len(items)
    lines: list[tuple[str, str]] = []
    gold = {"title": title, "section": None, "byline": None, "published": None, "paragraphs": list(paras)}
    name = _name(rng, loc)
    date = _date(rng, loc, fam["date"]) if fam["date"] else None
    for slot in fam["head"]:
        if slot == "section":
            if k >= fam.get("section_from", 0):
                sec = rng.choice(loc["sections"])
                gold["section"] = sec
                lines.append((sec, "h"))
        elif slot == "kicker":
            lines.append((rng.choice(loc["kicker"]), "h"))
        elif slot == "badge":
            lines.append((rng.choice(loc["badge"]), "h"))
        elif slot == "title":
            lines.append((title, "T"))
        elif slot == "title_dup":
            lines.append((title.translate(_STRAIGHT), "h"))
        elif slot == "title_caps":
            lines.append((title.upper(), "h"))
        elif slot == "byline":
            gold["byline"] = name
            lines.append((f"{loc['by']} {name}", "h"))
        elif slot in ("date", "pub_upd"):
            gold["published"] = date
            lines.append((date, "h"))
        elif slot == "date_two_lines":
            gold["published"] = date
            lines += [(loc["published"], "h"), (date, "h")]
        elif slot == "byline_date":
            gold["byline"], gold["published"] = name, date
            lines.append((f"{date} | {loc['by']} {name}", "h"))
        elif slot == "stubs_empty":
            lines += [(loc["published"], "h"), ("on", "h"), (loc["by"], "h")]
        elif slot == "stubs_filled":
            gold["byline"], gold["published"] = name, date
            lines += [(loc["published"] + ":", "h"), (date, "h"), (loc["by"] + ":", "h"), (name, "h")]
        elif slot == "stubs_dated":
            gold["published"] = date
            lines += [(date, "h"), ("on", "h"), (loc["by"], "h")]
        elif slot == "read":
            lines.append((loc["read"].format(n=rng.randint(2, 12)), "h"))
        elif slot == "listen":
            lines.append((loc["listen"], "h"))
        elif slot == "share":
            lines.append((loc["share_line"], "h"))
        elif slot == "sharebar":
            lines += [(w, "h") for w in loc["share"]]
        elif slot == "story_by":
            gold["byline"] = name
            lines.append((f"{loc['story_by']} {name} {date}", "h"))
            gold["published"] = date
        elif slot == "name_job":
            gold["byline"] = name
            lines += [(name, "h"), (rng.choice(loc["job"]), "h")]
        elif slot == "byline_job":
            gold["byline"] = name
            lines += [(f"{loc['by']} {name}", "h"), (rng.choice(loc["job"]), "h")]
        elif slot == "handle":
            gold["byline"] = name
            lines.append((f"{name} @{name.split()[-1].lower()}", "h"))
        # elements only the probe families (``probe_families.py``) use
        elif slot == "time":
            lines.append((f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}", "h"))
        elif slot == "time_ampm":  # a clock time of twelve hours
            lines.append((f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}", "h"))
        elif slot == "time_dot":  # a clock time with a dot, the hours' h, or `Uhr`
            hh, mi = rng.randint(6, 22), rng.randint(0, 59)
            lines.append((rng.choice([f"{hh}.{mi:02d}", f"{hh}h{mi:02d}", f"{hh}.{mi:02d} Uhr"]), "h"))
        elif slot == "time_title":  # the brief's time on its headline's line
            lines.append((f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d} {title}", "T"))
        elif slot == "title_time_right":  # (probe5) a ticker: the time after the headline
            lines.append((f"{title} {rng.choice(['·', '|', '—'])} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}", "T"))
        elif slot == "caption":
            lines.append((_caption(rng, loc), "h"))
        elif slot == "site_kicker":
            lines.append((site, "h"))
        elif slot == "place":
            lines.append((rng.choice(loc["cities"]).upper(), "h"))
        elif slot == "latest":
            if k == 0:
                lines.append((loc["top"], "h"))
        elif slot == "section_badge":
            lines.append((f"{rng.choice(loc['sections'])} · {rng.choice(loc['badge'])}", "h"))
        elif slot == "rubric_other":
            other = LOCALES[rng.choice(sorted(x for x in LOCALES if LOCALES[x] is not loc))]
            lines.append((rng.choice(other["sections"]).upper(), "h"))
        elif slot == "rubric_script":  # a rubric in another script than the page's
            lines.append((rng.choice(_OTHER_SCRIPT), "h"))
        elif slot == "submitted":
            gold["byline"], gold["published"] = name, date
            lines.append((f"{loc['posted_by'].format(name=name, time=date)}", "h"))
        # (headline choice probes: lines that stand beside a headline and read like one)
        elif slot == "deck":  # a standfirst longer than the headline, one of the story's sentences
            lines.append((max((_sentence(p) for p in paras[:2]), key=len), "h"))
        elif slot == "bullets":  # summary bullets, one sentence of the story each
            lines += [("• " + " ".join(_sentence(p).split()[:30]), "h") for p in paras[1:4]]
        elif slot == "correspondent":  # a name and a job title on one line
            gold["byline"] = name
            lines.append((f"{name}, {rng.choice(loc['job'])}", "h"))
        elif slot == "kicker_script":  # a kicker in another script
            lines.append((rng.choice(OTHER_SCRIPT_KICKERS), "h"))
        elif slot == "video_title":  # a video's title and length, another story's headline
            if heads:
                lines += [(heads.pop(), "h"), (f"{rng.randint(0, 9)}:{rng.randint(10, 59)}", "h")]
        # (probe4: header shapes of the fourth batch)
        elif slot == "caption_credit":  # a picture's caption and credit over the headline, most stories
            if rng.random() < 0.7:
                lines += [(_caption(rng, loc), "h"), (f"{loc['photo']}: {_name(rng, loc)}/{rng.choice(loc['agencies'])}", "h")]
        elif slot == "kicker_colon":  # a kicker ending in a colon, in the page's script or another
            kick = rng.choice(loc["kicker"] + OTHER_SCRIPT_KICKERS[:4])
            lines.append((kick + ":", "h"))
        elif slot == "updated":  # an update line (over the byline)
            y, m, d = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
            at = f" {loc['at']}" if loc["at"] else ""
            long = loc["long"].format(y=y, d=d, dd=f"{d:02d}", mm=f"{m:02d}", month=loc["months"][m - 1])
            lines.append((f"{loc['updated']} {long}{at} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}", "h"))
        elif slot == "story_no":  # the story's number in the feed, ``2/5``
            lines.append((f"{k + 1}/{story.get('of', k + 1)}", "h"))
        elif slot == "author_alt":  # an author photo's alt text
            lines.append((loc["portrait"].format(name=name), "h"))
        elif slot.startswith("blog_"):  # (probe6) a blog post's header
            from probe_families import blog_head

            lines += blog_head(rng, fam, loc, slot, k, name, gold)
        elif slot.startswith("u_"):  # (probe8) a date shape, a byline with its agency
            from probe_families import combo_head

            lines += combo_head(rng, fam, loc, slot, name, gold)
        elif slot.startswith(("live_", "tv_", "mkt_")):  # (probe7) a timed brief's or a clip's header
            from probe_families import live_head

            lines += live_head(rng, fam, loc, slot, k, title, name, gold, heads, site)
        elif slot.startswith("n_"):  # (probe9) a story's number, a dateline line, a deck first...
            from probe_families import nine_head

            lines += nine_head(rng, loc, slot, k, title, name, paras, gold, site)
        elif slot.startswith("w_"):  # (probe10) a listen line, an author card, pills, key points...
            from probe_ten import ten_head

            lines += ten_head(rng, loc, slot, k, name, paras, gold)
        else:
            raise ValueError(slot)
    # the body, with media and inline items between paragraphs
    extras: dict[int, list[str]] = {}
    if fam["media"] and rng.random() < fam["media_rate"]:
        at = rng.choice([0, rng.randrange(1, max(2, len(paras)))])
        extras.setdefault(at, []).extend(_media(rng, loc, rng.choice(fam["media"]), site))
    if fam["inline"] and len(paras) > 2:
        for _ in range(2):
            if rng.random() < fam["inline_rate"]:
                at = rng.randrange(1, len(paras))
                extras.setdefault(at, []).extend(_inline(rng, loc, rng.choice(fam["inline"]), heads))
    for i, p in enumerate(paras):
        lines += [(x, "x") for x in extras.get(i, [])]
        lines.append((f"• {p}" if bullets and i >= len(paras) - bullets else p, "p"))
    lines += [(x, "x") for x in paywall]
    for t in fam["tail"]:
        if t == "continue":
            lines.append((loc["continue"], "t"))
        elif t == "tags":
            lines.append((f"{loc['tags']} " + ", ".join(rng.sample(loc["sections"], 3)), "t"))
        elif t == "comments":
            lines.append((loc["comments"].format(n=rng.randint(2, 140)), "t"))
        elif t == "share_line":
            lines.append((loc["share_line"], "t"))
        elif t == "tags_other":  # the tag line in another language than the page's
            other = LOCALES[rng.choice(sorted(x for x in LOCALES if LOCALES[x] is not loc))]
            lines.append((f"{other['tags']} " + ", ".join(rng.sample(other["sections"], 3)), "t"))
        elif t == "share_words":
            lines += [(w, "t") for w in loc["share"][:3]]
        elif t == "read_more_tail":
            lines.append((loc["read_more"], "t"))
        elif t == "written_by":
            gold["byline"] = name
            lines.append((f"{loc['written_by']} {name}", "t"))
        elif t == "posted_by":
            gold["byline"] = name
            lines.append((loc["posted_by"].format(name=name, time=f"{rng.randint(6, 11)}:{rng.randint(10, 59)} AM"), "t"))
        elif t == "no_comments":
            lines.append((loc["no_comments"], "t"))
        elif t == "title_link":  # (probe4) the headline again, as a link, under the story
            lines.append((rng.choice([title, f"{title} →", f"» {title}"]), "t"))
        elif t == "more_story":
            lines.append((loc["more_story"], "t"))
            if heads:
                lines.append((heads.pop(), "t"))
        elif t.startswith("blog_"):  # (probe6) a blog post's footer
            from probe_families import blog_tail

            lines += blog_tail(rng, loc, t, name, gold)
        elif t.startswith(("live_", "tv_")):  # (probe7) a brief's time under its text, a clip's link
            from probe_families import live_tail

            lines += live_tail(rng, loc, t)
        elif t.startswith("n_"):  # (probe9) a ``Filed under`` line
            from probe_families import nine_tail

            lines += nine_tail(rng, loc, t)
        elif t.startswith("w_"):  # (probe10) an update stamp after the body
            from probe_ten import ten_tail

            lines += ten_tail(rng, loc, t)
        else:
            raise ValueError(t)
    return lines, gold


# ------------------------------------------------------------------ a page

def _page_block(rng: random.Random, loc: dict, what: str, site: str, heads: list[str]) -> list[str]:
    if what == "site":
        return [site]
    if what == "skip":
        return ["Skip to content"]
    if what == "menu_line":
        return [" | ".join(loc["menu"])]
    if what == "menu_lines":
        return list(loc["menu"])
    if what == "cookie":
        return [loc["cookie"]]
    if what == "copyright":
        return [loc["copyright"].format(y=rng.randint(2024, 2026), site=site)]
    if what in ("trending", "most_read", "top"):
        n = min(len(heads), rng.randint(3, 5))
        items = [heads.pop() for _ in range(n)]
        if what == "most_read":
            items = [f"{i} {h}" for i, h in enumerate(items, 1)]
        return [loc[what]] + items
    if what.startswith("blog_"):  # (probe6) a blog's paging or sidebar
        from probe_families import blog_block

        return blog_block(rng, loc, what, heads)
    if what.startswith(("live_", "tv_", "mkt_")):  # (probe7) a live page's label, a schedule, a ticker
        from probe_families import live_block

        return live_block(rng, loc, what, heads)
    if what.startswith("w_"):  # (probe10) a consent text of whole sentences
        from probe_ten import ten_block

        return ten_block(loc, what)
    raise ValueError(what)


def _separator(rng: random.Random, loc: dict, sep: str, heads: list[str]) -> list[str]:
    if sep == "none":
        return []
    if sep == "stars":
        return ["* * *"]
    if sep == "dashes":
        return ["---"]
    if sep == "emdash":
        return ["———"]
    if sep == "diamonds":
        return ["◆ ◆ ◆"]
    if sep == "dots":
        return ["· · ·"]
    if sep == "rule":
        return ["_" * 24]
    if sep in ("next", "read_more", "up_next"):
        return [loc[sep]]
    if sep == "n_ad":  # (probe9) only the page's advertisement label between two stories
        return [loc["ad"]]
    if sep.startswith("w_"):  # (probe10) a rule made of characters
        from probe_ten import ten_separator

        return ten_separator(sep)
    if sep == "sponsored":
        return [heads.pop(), loc["sponsored"]] if heads else [loc["sponsored"]]
    raise ValueError(sep)


def _join(rng: random.Random, habit: str, lines: list[tuple[str, str]]) -> str:
    out = [lines[0][0]] if lines else []
    for (_, ka), (text, kb) in zip(lines, lines[1:]):
        if habit == "all":
            gap = "\n\n"
        elif habit == "none":
            gap = "\n"
        elif habit == "double":
            gap = "\n\n\n"
        elif habit == "body":
            gap = "\n\n" if "p" in (ka, kb) or "x" in (ka, kb) else "\n"
        else:  # mixed
            gap = rng.choice(["\n", "\n\n"])
        out.append(gap + text)
    return "".join(out).strip("\n") + "\n"


def render_page(rng: random.Random, fam: dict, lang: str, stories: list[dict],
                heads: list[str], teasers: list[str]) -> tuple[str, dict]:
    """A page of ``stories`` (none: a section front of teasers) in ``fam``'s template.
    ``heads`` are real headlines of other stories (related links, trending lists),
    ``teasers`` real sentences for a front's cards. Returns (page text, gold)."""
    loc = LOCALES[lang]
    site = rng.choice(SITES)
    heads = list(heads)
    lines: list[tuple[str, str]] = []
    head_block = []
    for what in fam["page_head"]:
        head_block += _page_block(rng, loc, what, site, heads)
    lines += [(x, "x") for x in head_block]
    if fam.get("digest") and stories:  # (probe9) a newsletter's contents over its items
        from probe_families import nine_digest

        lines += [(x, "x") for x in nine_digest(rng, loc, [s["title"] for s in stories])]
    articles = []
    if not stories:
        lines += _front(rng, fam, loc, heads, teasers)
    between = list(teasers)
    for k, story in enumerate(stories):
        if k:
            lines += [(x, "x") for x in _separator(rng, loc, fam["sep"], heads)]
            if fam.get("w_teasers"):  # (probe10) a truncated teaser between two full stories
                from probe_ten import ten_teaser

                lines += [(x, "x") for x in ten_teaser(rng, fam, loc, heads, between)]
            if fam.get("repeat_head"):
                lines += [(x, "x") for x in head_block]
        slines, gold = render_story(rng, fam, loc, dict(story, of=len(stories)), k, heads, site)
        lines += slines
        articles.append(gold)
    for what in fam["page_tail"]:
        lines += [(x, "x") for x in _page_block(rng, loc, what, site, heads)]
    text = _join(rng, fam["blank"], lines)
    # everything the template printed is an artefact, unless the same words stand
    # inside a real paragraph (then absence cannot be checked)
    bodies = [_norm(p) for a in articles for p in a["paragraphs"]]
    titles = {_norm(a["title"]) for a in articles}
    arte = []
    for t, kind in lines:
        if kind in ("T", "p"):
            continue
        n = _norm(t)
        # (under three characters, "X" of a share bar or "on", it would be found everywhere)
        if len(n) >= 3 and n not in titles and not any(n in b for b in bodies):
            arte.append(t.strip())
    keep = list(dict.fromkeys(p for a in articles for p in a["paragraphs"]))
    gold = {"articles": articles, "artefacts": list(dict.fromkeys(arte)), "keep": keep,
            "notes": f"generated: family {fam['name']} ({fam['half']}), locale {lang}, "
                     f"{len(articles)} stories" + ("; a section front, no story" if not articles else "")}
    return text, gold


def _front(rng: random.Random, fam: dict, loc: dict, heads: list[str], teasers: list[str]) -> list[tuple[str, str]]:
    """A section front: cards of headlines (and teasers) that are no story."""
    out = [(rng.choice(loc["sections"]), "x")]
    teasers = list(teasers)
    if fam["front"] == "blog_excerpts":  # (probe6) an index of post excerpts, no post in full
        from probe_families import blog_front

        return out + [(c, "x") for c in blog_front(rng, loc, heads, teasers)]
    if fam["front"] in ("tv_schedule", "mkt_headlines"):  # (probe7) a schedule, a ticker over clips
        from probe_families import live_front

        return out + [(c, "x") for c in live_front(rng, loc, fam["front"], heads)]
    for _ in range(rng.randint(5, 9)):
        if not heads:
            break
        h = heads.pop()
        if fam["front"] == "teasers":
            card = [h] + ([teasers.pop()] if teasers else []) + [loc["ago"].format(n=rng.randint(1, 20))]
        elif fam["front"] == "cards_by":
            card = [h, f"{loc['by']} {_name(rng, loc)}", loc["read_more"]]
        elif fam["front"] == "cards_teaser_by":  # (probe3) a teaser, a byline and a link's label, no date
            card = [h] + ([teasers.pop()] if teasers else []) + [f"{loc['by']} {_name(rng, loc)}", loc["read_more"]]
        elif fam["front"] == "cards_teaser_link":  # (probe3) a teaser and a link's label, no date
            card = [h] + ([teasers.pop()] if teasers else []) + [loc["read_more"]]
        else:  # headline_list
            card = [h, _date(rng, loc, "abbr_time")]
        out += [(c, "x") for c in card]
    return out


import unicodedata  # noqa: E402

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u00b4": "'", "`": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
                         "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"'})


def _norm(s: str) -> str:
    """As score_pages.py's norm_text: NFKC, straight quotes, one space."""
    return " ".join(unicodedata.normalize("NFKC", s).translate(_QUOTES).split())

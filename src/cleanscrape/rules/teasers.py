"""Video teasers, player residue and headlines of other stories inside the body."""

from __future__ import annotations

from collections.abc import Iterator

from ..dates import DATE_LINE_MAX, find_date
from ..lang import words as lang_words
from ..document import Finding, Role
from ..patterns import compile_pattern, phrase_expansions, phrases_alternation, words_alternation
from ..text import (LONG_WORD, symbol_at_an_end, ends_sentence, fold_digits, heading_like, leads_on, long_word_stems, menu_line, norm_key,
                    word_count, words)
from .chrome import FOOTER_HEADING, FOOTER_HEADING_MAX, clip_line
from .base import ARTICLE_LABELS, EVERY_LABEL, MAIN_TEXT, STORY_PARAGRAPH, Context, Rule, line_rule
from .structure import StructureRule
from .vocab import RELATED_PREFIXES, TEASER_LABELS

WATCH_TEASER = line_rule(
    "CS201", "watch-teaser", Role.TEASER,
    rf"(?:[▶►▸⏵][ \t]*)?{words_alternation(TEASER_LABELS)}[ \t]*[:：|›»–—][ \t]*\S.{{0,200}}",
    "a 'WATCH:' / 'VIDEO:' teaser line",
    """
    What it removes: a line that announces a video, gallery or podcast:
    `WATCH:`, `VIDEO:`, `LISTEN:`, `Mira:`, followed by its title.
    Why: the player is gone; only its label and title are left in the text.
    Example: `WATCH: Harbour cranes return to Port Velmora`, `▶ Watch: Inside the new terminal`
    Kept: `Watch the river rise, residents said, and you learn patience.`
    (no label and colon).
    """,
    max_len=220, starts=TEASER_LABELS + ("▶", "►", "▸", "⏵"),
)

# (globals: an enum member read off its class costs several times more, in hot loops)
_CONTENT, _TITLE = Role.CONTENT, Role.TITLE
_VIDEO_LABELS = lang_words("video_labels")
_VIDEO_WORDS = lang_words("video_words")
_SP = r"[ \t]+"
_DURATION_LABELS = lang_words("duration_labels")
_DURATION = words_alternation(_DURATION_LABELS, _SP)  # `Duration: 2:34`
VIDEO_RESIDUE = line_rule(
    "CS202", "video-residue", Role.TEASER,
    # (a play symbol may stand in front: `▶ Watch`, `► Play video`)
    # `Watch now`, `Ver vídeo`, `Video abspielen`, `Voir la vidéo`, `Guarda il video`, `Assista ao vídeo`
    rf"(?:[▶►▷⏵][ \t]*)?(?:{words_alternation(_VIDEO_LABELS, _SP)}"
    rf"|{words_alternation(_VIDEO_WORDS)}[ \t]*(?:{_DURATION}[ \t]*:?)?[ \t]*(?:\d{{1,2}}:)?\d{{1,2}}:\d\d(?:[ \t]*/?[ \t]*(?:\d{{1,2}}:)?\d{{1,2}}:\d\d)?"
    rf"|(?:{_DURATION}[ \t]*:?[ \t]*)?(?:\d{{1,2}}:)?\d{{1,2}}:\d\d[ \t]*/[ \t]*(?:\d{{1,2}}:)?\d{{1,2}}:\d\d)",
    "video player residue: 'watch now', 'VIDEO2:3402:34', '00:00 / 02:34'",
    """
    What it removes: the words a video player leaves in flattened text: `watch
    now`, `Play video`, durations like `VIDEO2:3402:34` or `00:00 / 02:34`.
    Why: the player is not part of the article text.
    Example: `VIDEO3:1203:12`, `Video` alone on its line (the player's label; its title follows),
    `▶ Watch`, `Ver vídeo`, `Video abspielen`, `Voir la vidéo`, `Guarda il video`
    Kept: `Watch now, the mayor said, before prices rise again.` (a sentence).
    """,
    max_len=40,
    starts=(*dict.fromkeys(w.split()[0] for w in (*_VIDEO_LABELS, *_VIDEO_WORDS)),
            *dict.fromkeys(w.split()[0] for w in _DURATION_LABELS), "#", "▶", "►", "▷", "⏵"),
)

_SOUND_CUES = phrases_alternation(lang_words("sound_cues"), r"[ \t]")
_SPONSOR_LINES = lang_words("caption_sponsors")
CAPTION_TRANSCRIPT = line_rule(
    "CS207", "caption-transcript", Role.TEASER,
    # a closed-caption line: the speaker-change mark, then capitals
    r">>[ \t]?[^a-z\n]{2,400}"
    # a sound cue in brackets: `[ APPLAUSE ]`, `(LAUGHTER)`, `[ MUSIC PLAYING ]`
    rf"|[\[(][ \t]?{_SOUND_CUES}[ \t]?[\])]"
    rf"|(?i:{phrases_alternation(lang_words('caption_sponsors'))}[ \t][^\n]{{1,80}})",
    "a TV player's closed-caption transcript: '>> THE COUNCIL VOTED ...', '[ APPLAUSE ]'",
    """
    What it removes: what a broadcaster's video player leaves of its closed captions in
    flattened text: lines in capitals after the speaker-change mark `>>`, sound cues in
    brackets, and the caption sponsor's line.
    Why: a transcript of the video above the story, not the story (which the station
    prints under it in its own words).
    Example: `>> THE CITY COUNCIL VOTED FIVE TO TWO TONIGHT -- ON A PLAN ...`, `[ APPLAUSE ]`,
    `Closed captioning provided by Ashford Honda.`
    Kept: `>> Read the council's report` (a link in running case); `[ CNET ]` (a source's
    name in brackets, over its item of a roundup: no sound cue); `[Updated at 9:40 a.m.]`.
    """,
    max_len=420, flags="", contains=(">>", "[", "("),
    starts=tuple(x for phrase in _SPONSOR_LINES for x in phrase_expansions(phrase)),
)

MEDIA_VIEWER = line_rule(
    "CS206", "media-viewer", Role.TEASER,
    rf"{words_alternation(lang_words('gallery_items'))}[ \t]*\d{{1,3}}[ \t]*(?:{words_alternation(lang_words('count_of'))}|/)"
    r"[ \t]*\d{1,3}"
    rf"|\d{{1,3}}[ \t]*/[ \t]*\d{{1,3}}|\d{{1,3}}[ \t]+{words_alternation(lang_words('count_of'))}[ \t]+\d{{1,3}}"
    rf"|{phrases_alternation(lang_words('viewer_controls'))}",
    "photo gallery and lightbox controls: 'Image 1 of 8', '1 / 8', 'Back to Gallery', 'Caption', 'Close'",
    """
    What it removes: the controls a photo gallery or lightbox leaves in
    flattened text: counters (`Image 1 of 8`, `1 / 8`), `Back to Gallery`,
    `Caption`, `Close`, `Expand`, `Next`, standing alone on a line.
    Why: the viewer is not part of the article text.
    Example: `Image 3 of 12`, `3 of 12`, `Click to enlarge`
    Kept: `Close to 300 people attended.` (a sentence), and `24/7` or `9/11`
    inside a sentence.
    """,
    max_len=40,
    starts=("#", *lang_words("gallery_items"),
            *(x for phrase in lang_words("viewer_controls") for x in phrase_expansions(phrase))),
)

RELATED_LINK = line_rule(
    "CS203", "related-link", Role.RELATED,
    rf"{words_alternation(RELATED_PREFIXES)}[ \t]*[:：|›»→>–—-]+[ \t]*\S.{{0,200}}"
    rf"|{words_alternation(tuple(p for p in RELATED_PREFIXES if ' ' in p))}[ \t]*[:：.…]{{0,3}}",
    "a 'Read more: ...' / 'Related: ...' link to another story",
    """
    What it removes: a link to another story, introduced by Read more,
    Related, Also read, See also, Lesen Sie auch, Lee también, À lire aussi...
    Why: it advertises another article in the middle of this one.
    Example: `Read more: Council approves ferry budget after late-night vote`
    Kept: `Read more carefully, the judge told the lawyers.` (no colon).
    """,
    max_len=240, starts=RELATED_PREFIXES,
)


def _teaser_key(text: str) -> str:
    """The teaser's own title: the text after its label."""
    for sep in (":", "：", "|", "›", "»", "–", "—"):
        if sep in text:
            return norm_key(text.split(sep, 1)[1])
    return norm_key(text)


def _teaser_title_ok(text: str) -> bool:
    return heading_like(text, max_words=25)


_TEASER_CODES = frozenset({"CS201", "CS202"})


SHOW_NAME_WORDS = 6  # a show's name is short; a second title after a longer one is no title
HEADER_REACH = 3  # lines under a headline where its story's date stands (an author's name and job between)
HEADER_LINE = 60  # characters of a line between the headline and that date (a name, a job title)
HEADER_LINE_WORDS = 5  # ...and words: a longer line there is the headline itself (printed twice), not a name
STORY_HEAD_WORDS = 3  # words of the headline above whose header it repeats: a section label (`Cronaca`) is none


def _date_under(ctx: Context, j: int) -> int | None:
    """How many lines under line ``j`` a date line stands (within HEADER_REACH, only short
    lines between: an author's name and job title), or None."""
    for k in range(j + 1, min(len(ctx.texts), j + 1 + HEADER_REACH)):
        t = ctx.texts[k]
        if len(t) <= DATE_LINE_MAX and find_date(t) is not None:
            return k - j
        if len(t) > HEADER_LINE or ends_sentence(t) or len(t.split()) > HEADER_LINE_WORDS:
            return None
    return None


def _over_story_header(ctx: Context, j: int) -> bool:
    """Line ``j`` stands over the header another story of the page prints: a date as many
    lines under it as under a headline-shaped line above it, short lines between. A video's
    title has its running time under it, not a story's header."""
    at = _date_under(ctx, j)
    return at is not None and any(_date_under(ctx, h) == at and ctx.texts[h + at] != ctx.texts[j + at]
                                  for h in ctx.headings() if h < j - at and ctx.heading_words(h) >= STORY_HEAD_WORDS)


def _printed_again_under(ctx: Context, j: int) -> bool:
    """Line ``j`` is printed again right under it (in capitals, say): a story's headline and its
    copy, not a video's title."""
    return j + 1 < len(ctx.texts) and bool(ctx.key(j)) and ctx.key(j + 1) == ctx.key(j)


TITLED_TEASER_WORDS = 3  # words after a teaser's label that make its video's title (`VIDEO: Harbour delays explained`)
STORY_REACH = 6  # lines looked at over the teaser and under the line for the story's paragraphs
STORY_PARAGRAPHS = 2  # ...and how many of them each way
STORY_ECHOES = 2  # long words it shares with them (one may be chance: `Created` and `create`); all, when it has fewer


def _story_line_after_titled_teaser(ctx: Context, i: int, j: int) -> bool:
    """Line ``j``, under teaser ``i`` that prints its video's title itself, repeats long words
    of the story's paragraphs around the two and none of the teaser's title: the story's own
    line (a subheading, a short paragraph) the template printed the teaser over, not a second
    title of the video."""
    title = _teaser_key(ctx.texts[i])
    if len(title.split()) < TITLED_TEASER_WORDS:
        return False
    own = long_word_stems(ctx.texts[j])
    if not own or own & long_word_stems(title):
        return False
    texts, lens, n = ctx.texts, ctx.lens, len(ctx.texts)
    story: set[str] = set()
    for start, stop, step in ((i - 1, max(-1, i - 1 - STORY_REACH), -1), (j + 1, min(n, j + 1 + STORY_REACH), 1)):
        got = 0
        for m in range(start, stop, step):
            if ctx.is_open(m) and lens[m] >= STORY_PARAGRAPH and ends_sentence(texts[m]):
                story |= long_word_stems(texts[m])
                got += 1
                if got == STORY_PARAGRAPHS:
                    break
    return len(own & story) >= min(STORY_ECHOES, len(own))


class TeaserTitleRule(Rule):
    """
    What it removes: the video's title printed on the line after a `WATCH:`
    teaser or after player residue, and the show name under it.
    Why: the teaser and the title are one widget; the title is another
    story's headline, not body text.
    Example: `Why the harbour expansion is running late` after `WATCH: Harbour delays explained`
    Kept: a paragraph that follows a teaser and ends like a sentence; under a teaser that
    prints its video's title itself (three words or more after its label), a line that
    repeats two long words of the story's paragraphs around it and none of the teaser's title
    (`Who is Boris Nadeschdin?` under `VIDEO: Ski jumping row over equipment`, between two
    paragraphs on Nadeschdin): the story's subheading.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        n = len(ctx.doc.blocks)
        for i in ctx.labelled(_TEASER_CODES):
            f = ctx.findings[i]
            assert f is not None  # labelled(): only blocks with a finding
            # After a teaser: the video title; after residue: the title and maybe a show name.
            budget = 1 if f.code == "CS201" else 2
            j = i + 1
            while budget and j < n:
                fj = ctx.findings[j]
                if fj is not None and fj.code in ("CS201", "CS202"):
                    break
                if not ctx.is_open(j):
                    if fj is not None and fj.code == "CS408":
                        j += 1  # the player's running time (`02:31`) sits between residue and title
                        continue
                    break
                repeat = f.code == "CS201" and norm_key(ctx.text(j)) == _teaser_key(ctx.text(i))
                if not repeat and not _teaser_title_ok(ctx.text(j)):
                    break
                if f.code == "CS201" and not repeat and _story_line_after_titled_teaser(ctx, i, j):
                    break  # (the teaser carries its video's title; the line under it speaks of the story)
                if f.code == "CS202" and (_over_story_header(ctx, j) or _printed_again_under(ctx, j)):
                    break  # (`Up next` over the next story's headline, its author and date under it, or
                    # its copy: a video's title is printed once)
                # A show name is short; a title after a title must look like one.
                if budget == 1 and f.code == "CS202" and j > i + 1 and len(words(ctx.text(j))) > SHOW_NAME_WORDS:
                    break
                yield self.finding(j, f"the video title after {f.name}")
                budget -= 1
                j += 1


TEASER_TITLE = TeaserTitleRule("CS204", "teaser-title", "the video title on the line after a teaser", Role.TEASER,
                               reads=(Role.CREDIT, Role.TEASER, Role.RELATED, Role.BOUNDARY, Role.CHROME))

_TWO_PART = compile_pattern(r"\S[?:!]\s+[\"'“‘]?[\p{Lu}\d]|\S\s+[—–|]\s+\S", "")


_ENDS = frozenset({Role.BOUNDARY, Role.TITLE, Role.SECTION})
PROSE_MIN_WORDS = 6  # a sentence of the story, longer than a label or a short headline


def _is_prose(text: str) -> bool:
    return ends_sentence(text) and word_count(text) >= PROSE_MIN_WORDS


SHOUTED_MIN_WORDS = 8  # a subheading set in capitals is shorter
SHOUTED_MIN_LETTERS = 30  # ...and has fewer letters
SHOUTED_MAX_DIGITS = 4  # a ticker line (scores, prices) has more digits
SHOUTED_SHARE = 0.8  # of its letters, at least this share in capitals (initials aside)
TWO_PART_WORDS = (7, 16)  # words of a two-part headline: shorter is a label, longer a sentence


def shouted_headline(text: str) -> bool:
    """`SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'`: eight words or more, in
    capitals, no sentence end, few digits (a ticker line is no headline)."""
    if ends_sentence(text) or len(words(text)) < SHOUTED_MIN_WORDS:  # (the remembered sentence end first)
        return False
    letters = list(filter(str.isalpha, text))  # (each count in C, not a loop of the interpreter's)
    digits = sum(map(str.isdigit, text))
    return len(letters) >= SHOUTED_MIN_LETTERS and digits <= SHOUTED_MAX_DIGITS \
        and sum(map(str.isupper, letters)) >= SHOUTED_SHARE * len(letters)


def headline_shape(text: str) -> bool:
    """A two-part headline: 'Is the ferry era over? Inside the fight for the harbour'."""
    ws = words(text)
    low, high = TWO_PART_WORDS
    return low <= len(ws) <= high and heading_like(text, max_words=high) and _TWO_PART.search(text) is not None


STACK = 2  # a subheading and the headline under it (three or more short lines are a list)
STACKED_LINK_WORDS = 6  # the stacked headline is a full headline, longer than the subheading
_CLOSERS = "\"'”’»)]"


def closes_as_sentence(text: str) -> bool:
    """A line that ends as a sentence or a lead-in does (a full stop, not an ellipsis; a colon, a
    semicolon), quotes and brackets aside: a headline, in any language, ends in none of them
    (`Som teenager flyttede til Viby J.`, `...покачал головой и запротестовал:`)."""
    t = text.rstrip().rstrip(_CLOSERS)
    return t.endswith((":", ";")) or t.endswith(".") and not t.endswith("..")


RUN_HEADING_WORDS = 24  # words of a heading-like line in a run of them (the run's walk reads the counts straight)


class InlineRelatedRule(Rule):
    """
    What it removes: headlines of other stories dropped into the body: a
    two-part headline between paragraphs, a headline between paragraphs that
    a headline list or another story's title prints again further down, a
    second headline-shaped line under a subheading, and headline-shaped lines
    after the last paragraph.
    Why: related-story and video widgets leave their headlines in the text.
    A subheading introduces the prose that follows it; a headline that
    introduces nothing is a link.
    Example: `Is the ferry era over? Inside the fight for Velmora's harbour`
    Example: `Porto de Valdora bate recorde de cargas` under `Leia mais:`
    Example: `FERRY OPERATOR SAYS WINTER TIMETABLE WILL CUT CROSSINGS BY HALF` between paragraphs
    Kept: `Pressure and reinvention` (a short subheading followed by prose);
    `What happens next?` (a one-part question); a live report's entry between its paragraphs or
    under its day, a clock time opening it as three lines of the page or more open (`17.45 Uhr:
    Dock workers vote to accept the offer`: one link opens on no time); a longer line stacked
    under a subheading that ends as a sentence or a lead-in does (`As a teenager she moved out
    to the island.`, `The operator gave three reasons:`: a headline ends in neither), or, on
    HTML pages, that stands in
    the text container the reader chose with no link text, as a list item or under a line that
    is no heading element (a list's item, a paragraph's line: a widget sets its headline as a
    link under a heading); `Island traders: Shops count the cost of fewer
    crossings` between paragraphs that repeat half its long words or more, its story's
    headline's aside (its own subheading; not under a label of short words: `Also:`); on HTML pages, a two-part heading element
    of the text container with no link text (the article's own subheading), and a sentence
    in a plain paragraph there after the last one (`Thank you for talking to us!`); a line of
    three to ten words after a story's last paragraph with only labelled lines (its tags)
    between it and the next story's headline (`What happens to the summer crossings`: the
    story's last subheading), unless it signs the story off or an advert marker stands under it;
    such a line over the trailer the page prints under each story (`Filed under: ...`, `Read
    more`, a sign-off: a line of the same label closes a story above), whatever follows it, or
    right over the label of a list of other stories (`Most read`, `More on this story`: their
    headlines come under it), no such label over the line; on a
    page of several stories, the story's closing run of short lines (a list) over such a trailer;
    the story's last line or two right over the link that continues it (`Continue reading →`, a
    bare `Read more`: `Tickets and opening times`), unless a two-part or kicker headline (`Lindau
    winter market: what to expect this year`) or a byline, date or video teaser over them; on a
    page of several stories, the last story's closing line right under its last paragraph with
    only the page's labelled chrome under it to the page's end (`Why are fares rising faster than
    wages on the islands?` over the copyright line), printed once, three words or more, no other
    story closing on a line of its label; in plain text, on a page of several stories, a story's
    closing lines right under its last paragraph (no byline, date or video teaser between) that
    each repeat two long words of the story's last paragraphs, its headline's aside, printed once,
    neither a two-part or kicker headline nor a lead-in's colon nor a symbol opening or closing it
    (`The first ships of the summer will tie up at the old quay while the works go on` under a
    story on a second quay).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:  # noqa: C901 -- three related-story shapes, each a short loop over the labelled lines
        n = len(ctx.doc.blocks)
        under_label = set()
        for i in ctx.labelled(_RELATED_CODES):  # `Leia mais:` alone, its headline on the next line
            j = i + 1
            if j < n and bare_related_label(ctx.texts[i]) and ctx.findings[j] is None \
                    and ctx.heading(j, CARD_HEADLINE_WORDS) and not _is_prose(ctx.text(j)):
                under_label.add(j)
                yield self.finding(j, "the headline under a related-story label")
        done = -1
        # (the labels and headline shapes read straight in the walks below: ``ctx.role``,
        # ``ctx.is_open`` and ``ctx.heading`` per line cost a call each)
        fs, hw, content = ctx.findings, ctx.heading_counts(), Role.CONTENT
        for i in ctx.headings(RUN_HEADING_WORDS):
            if i in under_label:
                continue
            if i < done or ctx.findings[i] is not None:
                continue
            # a run of open heading-like lines, labelled artefacts between them skipped
            run, j = [], i
            while j < n:
                f = fs[j]
                if f is None:
                    if not 0 < hw[j] <= RUN_HEADING_WORDS:
                        break  # (an open line)
                    run.append(j)
                elif f.role is content or f.role in _ENDS:
                    break
                j += 1
            p = i - 1
            while p >= 0 and (f := fs[p]) is not None and f.role is not content and f.role not in _ENDS:
                p -= 1
            fp = fs[p] if p >= 0 else None
            prev_prose = p >= 0 and (fp is None or fp.role is content) and _is_prose(ctx.texts[p])
            k = j
            while k < n and (f := fs[k]) is not None and f.role is not content and f.role not in _ENDS:
                k += 1
            fk = fs[k] if k < n else None
            next_prose = k < n and (fk is None or fk.role is content) and _is_prose(ctx.texts[k])
            ends_article = k >= n or fk is not None and fk.role in _ENDS
            # (ticker25: a line under a headline past its quote or clip length is its text: no other story's link)
            after_nothing = p < 0 or fp is not None and fp.role in _ENDS and not (p + 1 < i and all(clip_line(ctx, x) for x in range(p + 1, i)))
            if ends_article and prev_prose and len(run) == 1 and k < n and ctx.role(k) is _TITLE \
                    and _last_subheading(ctx.text(i)) and not _advert_between(ctx, i, k) \
                    and ctx.lens[p] >= STORY_PARAGRAPH:
                pass  # the story's last subheading, right over the next story's headline: its text
            elif ends_article and (prev_prose or after_nothing):
                why = "a headline-like line above the page's first article" if p < 0 else \
                    "a headline after the article's last paragraph"
                if prev_prose and k >= n and _last_storys_tail(ctx, run, p):
                    continue  # (seglost160) the last story's closing line, the page's end under it: its text
                own = _story_goes_on(ctx, run, p) if prev_prose else ()
                for m in _closing_headlines(ctx, run, p) if prev_prose else run:
                    if m in own:
                        continue  # (seglost3) the story's own closing lines: they repeat its paragraphs' words
                    if p >= 0 and (_listed_in_body(ctx, m) or _paragraph_in_body(ctx, m)):
                        continue  # the article's own list or paragraph: the markup puts it in the body
                    yield self.finding(m, why)
            elif len(run) == 1 and (prev_prose or next_prose) and shouted_headline(ctx.text(i)):
                yield self.finding(i, "a long headline in capitals between paragraphs: another story's link")
            elif prev_prose and next_prose:
                if len(run) == 1:
                    if headline_shape(ctx.text(i)):
                        if not _subheading_in_body(ctx, i) and not _echoed_around(ctx, i) \
                                and not _live_entry(ctx, i):
                            yield self.finding(i, "a two-part headline between paragraphs")
                    elif _listed_later(ctx, i):
                        yield self.finding(i, "a headline between paragraphs that a headline list "
                                              "or another story's title prints again further down")
                elif len(run) == STACK:
                    # a subheading, then a longer headline under it: the widget's link
                    # (three or more short lines in a row are a list, and stay)
                    sub, link = run
                    if ctx.nwords(link) >= STACKED_LINK_WORDS and ctx.nwords(link) > ctx.nwords(sub) \
                            and not closes_as_sentence(ctx.text(link)) and not _own_line(ctx, sub, link) \
                            and not _live_entry(ctx, link):
                        yield self.finding(link, "a headline stacked under a subheading")
            done = j


def _last_storys_tail(ctx: Context, run: list[int], p: int) -> bool:
    """(seglost160) ``run`` is one line under the last story's last paragraph ``p`` (a photo's
    caption and credit aside), on a page of several stories, with only the page's labelled
    chrome under it to the page's end, and it reads as the story's own last line: printed once
    on the page; no other story closes on a line of its label (a share line, a comment counter,
    a `Read more`: the template's trailer); no clock time, menu, lead-in's colon or related-story
    label; a letter in it and no symbol opening or closing it (`Watch the full report →`); three
    to ten words (a label is shorter, `Watch live`; another story's headline longer), or a
    longer sentence, or a cut sentence's ellipsis; and no list of other stories' headlines right
    under it with no label of its own (it would be that list's label)."""
    i = run[0]
    if len(run) != 1 or len(ctx.with_role(_TITLE)) < LAST_TAIL_STORIES \
            or not all(ctx.role(x) in _PHOTO for x in range(p + 1, i)):
        return False  # (a photo's caption or credit between: the story's; a label's, a teaser's: another's)
    t = ctx.text(i).strip()
    if not t or ctx.text_counts()[ctx.text(i)] > 1 or menu_line(t) or leads_on(t) or t[-1:] == ":" \
            or _CLOCK.search(t) or bare_related_label(t) or not any(ch.isalpha() for ch in t) \
            or symbol_at_an_end(t):
        return False
    nw = len(t.split())
    if not SUBHEADING_MIN_WORDS <= nw <= SUBHEADING_MAX_WORDS and not t.endswith(("…", "...")) \
            and not (nw > SUBHEADING_MAX_WORDS and ends_sentence(t)):
        return False  # (a label is shorter, another story's headline longer; a sentence is the story's)
    if i + 1 < len(ctx.texts) and ctx.role(i + 1) is Role.RELATED:
        under = ctx.text(i + 1)
        if not (bare_related_label(under) or len(under) <= FOOTER_HEADING_MAX and FOOTER_HEADING.fullmatch(under)):
            return False
    return not _story_trailer(ctx, i)


GOES_ON_WORDS = 2  # long words a closing line shares with its story's last paragraphs (its headline's aside)


def _story_goes_on(ctx: Context, run: list[int], p: int) -> frozenset[int]:
    """(seglost3) The lines of ``run`` from its first, under the story's last paragraph ``p``,
    that repeat GOES_ON_WORDS long words of the story's last paragraphs (ECHO_PARAGRAPHS of
    them over ``p``), its headline's words aside: the story's own closing lines (plain text)."""
    if ctx.doc.from_html or ctx.lens[p] < STORY_PARAGRAPH or len(ctx.with_role(_TITLE)) < LAST_TAIL_STORIES \
            or any(ctx.role(x) in _HEADER for x in range(p + 1, run[0])):
        return frozenset()
    story: set[str] = set()
    got, m = 0, p
    while m >= 0 and got < ECHO_PARAGRAPHS and ctx.role(m) not in _ENDS:
        if ctx.is_open(m) and ctx.lens[m] >= STORY_PARAGRAPH:
            story |= long_word_stems(ctx.text(m))
            got += 1
        m -= 1
    if m >= 0 and ctx.role(m) is _TITLE:
        story -= long_word_stems(ctx.text(m))
    out = []
    for x in run:
        t = ctx.text(x)
        if len(long_word_stems(t) & story) < GOES_ON_WORDS or ctx.text_counts()[t] > 1 or _headline_like(t) \
                or _link_shaped(t):
            break
        out.append(x)
    return frozenset(out)


def _link_shaped(t: str) -> bool:
    """A lead-in's colon, or a symbol opening or closing the line (`Back to the index >`, `▶ Watch`):
    a label over links, or a link."""
    t = t.strip()
    return not t or t[-1] == ":" or symbol_at_an_end(t)


LAST_TAIL_STORIES = 2  # stories of the page at least: the other stories' closing lines say what the template prints
_PHOTO = frozenset({Role.CAPTION, Role.CREDIT})


def _closing_headlines(ctx: Context, run: list[int], p: int) -> list[int]:
    """The lines of ``run`` (open heading-like lines after the story's last paragraph ``p``,
    nothing but labelled artefacts between) that are other stories' headlines: all of them, but
    the story's last subheading over the trailer each story prints or a story list's label, and
    the story's closing lines (a short list, its lead-in) over the trailer that closes another
    story above, across a headline (what follows goes)."""
    n, i = len(ctx.texts), run[0]
    if len(run) <= CONTINUED_RUN and _continued(ctx, run[-1]) and not any(_headline_like(ctx.text(x)) for x in run) \
            and not any(ctx.role(x) in _HEADER for x in range(p + 1, i)):
        return []  # (lost62) the story's closing lines, over the link that continues it: its text
    if i + 1 < n and ctx.lens[p] >= STORY_PARAGRAPH and _last_subheading(ctx.text(i)) \
            and (_story_trailer(ctx, i + 1) or _opens_story_list(ctx, p, i)):
        return run[1:]
    if len(run) > 1 and ctx.lens[p] >= STORY_PARAGRAPH:
        cut = next((x for x in run if x + 1 < n and _story_trailer(ctx, x + 1, across=True)), None)
        if cut is not None and cut - i <= CLOSING_RUN and all(
                not menu_line(ctx.text(x)) and not _story_trailer(ctx, x) for x in run if x <= cut):
            return [x for x in run if x > cut]
    return run


CONTINUED_RUN = 2  # lines over a read-more link kept as its story's: its last subheading and its line (more are a list of links)
# between the story's paragraph and the run: a byline or date heads another story; a video teaser's
# label has its clip's headline under it
_HEADER = frozenset({Role.BYLINE, Role.DATE, Role.TEASER})
MORE_LINK_MAX = 40  # characters of a read-more link (`Continue reading →`, `Lire la suite »`)


def _continued(ctx: Context, last: int) -> bool:
    """(lost62) The line under line ``last`` is a link that continues the story above it: a
    rule's `Continue reading`, or a bare `Read more` with no colon (a label over the next line
    ends in one): the lines between the story's last paragraph and it are the story's own
    (an excerpt's last line, its last subheading), never another story's headline."""
    k = last + 1
    if k >= len(ctx.texts) or ctx.lens[k] > MORE_LINK_MAX:
        return False
    f, t = ctx.findings[k], ctx.texts[k]
    return f is not None and (f.code in _READ_MORE or f.code in _RELATED_CODES and bare_related_label(t) and not leads_on(t))


def _headline_like(text: str) -> bool:
    """A two-part headline, or a kicker before a colon with the headline after it (`Lindau
    winter market: what to expect this year`): another story's link, even over a read-more link."""
    label = _LABEL.match(text)
    return headline_shape(text) or label is not None and label.end() < len(text.rstrip())


SUBHEADING_MIN_WORDS = 3  # words of a story's last subheading kept over the next story; shorter is a label (`Read more`)
# words of it at most: another story's headline is longer (on the fit half, lines this long after a
# story's last paragraph were other stories' headlines twelve times as often as subheadings)
SUBHEADING_MAX_WORDS = 10
SIGN_LABEL_WORDS = 2  # words of a sign-off's label before the name (`Written by`, `Posted by`)
SIGNED_MAX_WORDS = 8  # words of a label, a name and a time (`Posted by Ada Linford at 6:23 AM`): a story's sign-off
_CLOCK = compile_pattern(r"\b\d{1,2}[:.]\d\d\b", "")


def _last_subheading(text: str) -> bool:
    """A line after a story's last paragraph that may be its last subheading: three to ten
    words, no menu, no label over a list (`More columns:`), no sign-off (a label, then a name: `Written by Ada Linford`, `Posted by Ada
    Linford at 6:23 AM`; or a clock time)."""
    ws = text.split()
    if not SUBHEADING_MIN_WORDS <= len(ws) <= SUBHEADING_MAX_WORDS or menu_line(text) or leads_on(text) \
            or _CLOCK.search(text):
        return False
    # (the label opens the line: in `Bondi schon lange in Trumps Orbit` the capitalised nouns sign nothing)
    return len(ws) > SIGNED_MAX_WORDS or not any(
        a[:1].islower() and b[:1].isupper() and c[:1].isupper()
        for a, b, c in zip(ws[:SIGN_LABEL_WORDS], ws[1:], ws[2:]))


TRAILER_KEY_WORDS = 2  # words that name a trailer line (`Read more`, `Written by`, `Tags:`); its value varies


def _trailer_key(text: str, digits: bool = True) -> str:
    """What a per-story trailer keeps from one story to the next: its label before a colon
    (`Tags:`), else its first two words, numbers folded (`12 comments`, `Written by`).
    ``digits``: False when the line is known to hold no digit (nothing to fold)."""
    head, colon, _ = text.partition(":")
    if colon and len(head.split()) <= TRAILER_KEY_WORDS:
        return head.strip().lower() + ":"
    return " ".join((fold_digits(text) if digits else text).lower().split()[:TRAILER_KEY_WORDS])


CLOSING_RUN = 8  # lines of a story's closing run (a short list, its lead-in) over the trailer each story prints
TRAILER_MAX = 60  # characters: a trailer is a label and a few words (`Tags: a, b, c`, `Written by Ada Linford`)


def _trailer_line(ctx: Context, j: int) -> bool:
    f = ctx.findings[j]  # (``ctx.role``, read straight: asked of many lines)
    return ctx.lens[j] <= TRAILER_MAX and (f is None or f.role not in _ENDS) and not _is_prose(ctx.texts[j])


def _story_paragraph(ctx: Context, m: int) -> bool:
    f = ctx.findings[m]  # (``ctx.is_open`` and ``ctx.text`` read straight: asked of many lines)
    return (f is None or f.role is _CONTENT) and ctx.lens[m] >= STORY_PARAGRAPH and _is_prose(ctx.texts[m])


def _closing_prints(ctx: Context) -> dict[str, list[int]]:
    """The lines right under a story's last paragraph (or its last short line) that may be a
    trailer, by their trailer key (memoised for the rule's run): a short line whose nearest
    line above longer than TRAILER_MAX is a story's paragraph (a paragraph is longer), with
    CLOSING_RUN short lines at most between them (a subheading, a short list, a sign-off)."""
    got = ctx.step_memo.get("closing_prints")
    if isinstance(got, dict):
        return got
    found: dict[str, list[int]] = {}
    digits = ctx.digit_blocks()  # (the lines with a number to fold, found in one pass)
    last = -1  # the nearest line above longer than TRAILER_MAX (read off the short lines' list: no walk up)
    prev = -1
    for m in ctx.short(TRAILER_MAX):
        if m - 1 != prev:
            last = m - 1
        prev = m
        if 0 <= last and m - last <= CLOSING_RUN + 1 and _trailer_line(ctx, m) and _story_paragraph(ctx, last):
            key = _trailer_key(ctx.text(m), m in digits)
            if key:
                found.setdefault(key, []).append(m)
    ctx.step_memo["closing_prints"] = found
    return found


def _opens_story_list(ctx: Context, p: int, i: int) -> bool:
    """The line under line ``i`` is the label over a list of other stories (`More on this
    story`, `Most read`, `Leia mais:` alone; no advert marker): their headlines come under it,
    none over it; and no such label stands between ``i`` and the paragraph ``p`` over it (``i``
    would be its headline)."""
    t = ctx.text(i + 1)
    if _advert_between(ctx, i, i + 2):
        return False  # (`Sponsored` under a headline: an advert's, whatever list may follow)
    if not (bare_related_label(t) or len(t) <= FOOTER_HEADING_MAX and FOOTER_HEADING.fullmatch(t) is not None):
        return False
    return all(ctx.role(x) is not Role.RELATED for x in range(p + 1, i))


def _story_trailer(ctx: Context, j: int, across: bool = False) -> bool:
    """Line ``j``, under a story's last paragraph, is the trailer the page prints under each
    story (tags, a sign-off, `Read more`, a comment count): a line of the same label closes
    another story above or below, right under its last paragraph (or its last short line);
    ``across``: with a headline between the two."""
    if not _trailer_line(ctx, j):
        return False
    key = _trailer_key(ctx.text(j), j in ctx.digit_blocks())
    others = [m for m in _closing_prints(ctx).get(key, ()) if abs(m - j) > 1] if key else []
    if not across or not others:
        return bool(others)
    titles = ctx.with_role(Role.TITLE)
    return any(any(min(m, j) < t < max(m, j) for t in titles) for m in others)


ECHO_PARAGRAPHS = 3  # paragraphs either side of a subheading whose words it may repeat
ECHO_REACH = 8  # blocks looked at either side for them
ECHO_WORDS = 2  # distinct long words of the line that the paragraphs around it repeat: its story's subheading
ECHO_SHARE = 0.5  # ...and this share of them at least (a link on the same subject shares a word or two of many)
_LABEL = compile_pattern(r"[^:]{1,40}:", "")  # a label before a colon (`Samenbetrug:`, `Also:`)


def _echoed_around(ctx: Context, i: int) -> bool:
    """The paragraphs around line ``i`` (a few on either side, within its story) repeat
    ECHO_WORDS of its long words or more, its story's headline's words aside: it is their
    subheading (`Samenbetrug: Kinder wachsen jetzt mit Hunderten Halbgeschwistern auf` among
    paragraphs on a sperm donor's children), where another story's headline shares none or
    one, and a link to more on the same subject shares the headline's."""
    if ctx.doc.blocks[i].hints.get("link_density"):
        return False  # (the markup sets it as a link: another story's headline)
    label = _LABEL.match(ctx.text(i))
    if label is not None and not LONG_WORD.search(label.group(0)):
        return False  # (`Also: See our coverage of ...`: a link's label is a short word)
    own = long_word_stems(ctx.text(i))
    title = next((m for m in range(i - 1, -1, -1) if ctx.role(m) is _TITLE), None)
    if title is not None:
        own -= long_word_stems(ctx.text(title))  # (a story's every line may repeat its headline's words: a link to more on it too)
    if len(own) < ECHO_WORDS:
        return False
    n, seen = len(ctx.texts), set()
    for step in (-1, 1):
        got, m = 0, i + step
        while 0 <= m < n and abs(m - i) <= ECHO_REACH and got < ECHO_PARAGRAPHS and ctx.role(m) not in _ENDS:
            if ctx.is_open(m) and ctx.lens[m] >= STORY_PARAGRAPH:
                seen |= own & long_word_stems(ctx.text(m))
                got += 1
            m += step
    return len(seen) >= ECHO_WORDS and len(seen) >= ECHO_SHARE * len(own)


# a clock time opening a line, then its headline (`06.20 Uhr: Port closes`, `14:56 - Talks resume`)
_STAMPED_ENTRY = compile_pattern(r"\d{1,2}[:.]\d\d\b\D", "")
LIVE_ENTRIES = 3  # lines of a page that open on a clock time at least: a live report's entries (a link has one)


def _live_entry(ctx: Context, i: int) -> bool:
    """Line ``i`` opens on a clock time and the page opens LIVE_ENTRIES lines or more so: an
    entry's headline in a live report (its stamp, then its news; its paragraphs under it), where
    another story's link dropped between paragraphs is printed once, with no time before it."""
    texts = ctx.texts
    if _STAMPED_ENTRY.match(texts[i]) is None:
        return False
    match = _STAMPED_ENTRY.match
    return sum(1 for t in texts if match(t) is not None) >= LIVE_ENTRIES


def _advert_between(ctx: Context, i: int, k: int) -> bool:
    """An advert marker stands between line ``i`` and line ``k``: `Sponsored` under a headline
    makes it an advert's."""
    return any(f is not None and f.code in _ADVERT for f in ctx.findings[i + 1:k])


_ADVERT = frozenset({"CS404"})
_RELATED_CODES = frozenset({"CS203"})
_BARE_RELATED = frozenset(p.lower() for p in RELATED_PREFIXES)
CARD_HEADLINE_WORDS = 24  # words of a story card's headline at most (a long post title; more reads as a sentence)
TEASER_MAX = 300  # characters: a story card's teaser is a sentence or two, shorter than most paragraphs
BODY_ITEM_WORDS = 4  # a list item of the article's own: shorter ones are buttons' labels (`Copy`)


def bare_related_label(text: str) -> bool:
    """A related-story label with nothing after it: `Read Next`, `Leia mais:`."""
    return text.rstrip(" \t:：.…").lower() in _BARE_RELATED


def _listed_in_body(ctx: Context, i: int) -> bool:
    """On an HTML page, block ``i`` is a list item of four words or more inside the element
    that holds the article."""
    hints = ctx.doc.blocks[i].hints
    if hints.get("tag") != "li" or ctx.nwords(i) < BODY_ITEM_WORDS:
        return False  # (a button's label in a list: `Copy`, `Google+`)
    zone = StructureRule.body_zone(ctx)
    if zone is None:
        return False
    return bool(hints.get("main")) if zone == MAIN_TEXT else zone in hints.get("zones", ())


def _paragraph_in_body(ctx: Context, i: int) -> bool:
    """On an HTML page, block ``i`` is a sentence in a paragraph (``<p>``) with no link text
    inside the element that holds the article: the article's own closing line, not a link
    to another story (which the markup sets as a link)."""
    hints = ctx.doc.blocks[i].hints
    text = ctx.text(i)
    return hints.get("tag") in _PARAGRAPH_LINES and ends_sentence(text) and word_count(text) >= CLOSING_MIN_WORDS \
        and _unlinked_in_body(ctx, i)


# a paragraph, or a line of one split by `<br>` (a sign-off under the last paragraph)
_PARAGRAPH_LINES = frozenset({"p", "br"})
CLOSING_MIN_WORDS = 4  # a closing sentence of the article's own (`Be there or be square!`); shorter is a label


_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_HEADING_TAGS = _SUBHEADINGS | {"h1"}


def _subheading_in_body(ctx: Context, i: int) -> bool:
    """On an HTML page, block ``i`` is a heading element with no link text inside the
    element that holds the article: the article's own subheading."""
    return ctx.doc.blocks[i].hints.get("tag") in _SUBHEADINGS and _unlinked_in_body(ctx, i)


def _unlinked_in_body(ctx: Context, i: int) -> bool:
    """On an HTML page, block ``i`` holds no link text and stands inside the element that
    holds the article: the markup sets it as the article's own text (a subheading, a
    paragraph), where a widget sets another story's headline as a link."""
    hints = ctx.doc.blocks[i].hints
    if not hints or hints.get("link_density"):
        return False
    zone = StructureRule.body_zone(ctx)
    if zone is None:
        return False
    return bool(hints.get("main")) if zone == MAIN_TEXT else zone in hints.get("zones", ())


def _own_line(ctx: Context, sub: int, i: int) -> bool:
    """On an HTML page, line ``i``, stacked under the shorter line ``sub``, holds no link text,
    stands inside the text container the reader chose (its ``main`` hint) and is a list item or
    stands under a line that is no heading element: a list's item, or a paragraph's line under
    another, of the article's own text, where a widget sets its headline as a link under its label
    (a heading)."""
    hints = ctx.doc.blocks[i].hints
    return bool(hints) and hints.get("main") is True and not hints.get("link_density") \
        and (hints.get("tag") == "li" or ctx.doc.blocks[sub].hints.get("tag") not in _HEADING_TAGS)


def _listed_later(ctx: Context, i: int) -> bool:
    """Block ``i``'s headline comes again further down the page, as a line that is not
    body text (a "Most read" entry, another story's headline). A subheading belongs
    to its own article and is not printed again below it; a table of contents
    repeats subheadings above them, not below."""
    return any(not ctx.is_open(j) for j in ctx.copies_after(i, i + 2))


INLINE_RELATED = InlineRelatedRule("CS205", "inline-related-headline",
                                   "headlines of other stories dropped into the body", Role.RELATED,
                                   fix_safe=False, reads=ARTICLE_LABELS, shapes=True)

SUMMARY_PAGE_TITLES = 2  # stories of a page that each print summary bullets under their headline
SUMMARY_MAX_BULLETS = 6  # items of a summary: a few sentences (a longer run is a list)
SUMMARY_PROSE = 80  # characters of the first paragraph a summary may stand over
_SUMMARY_MARKS = "•·▪◦‣∙*►–-"  # a summary item's mark (a number opens a story list's item: not here)
_SUMMARY_HEADER = frozenset({Role.BYLINE, Role.DATE, Role.STUB})  # what a summary stands over, or the first paragraph
_LOOSE = frozenset({Role.CONTENT, Role.BOILERPLATE})  # a line no named rule took: kept, or the generic decisions' drop


def _summary_item(t: str) -> bool:
    """Line ``t`` opens with a list mark and a space, then words."""
    return t[:1] in _SUMMARY_MARKS and t[1:2] in (" ", "\t") and any(map(str.isalpha, t[2:]))


class SummaryBulletsRule(Rule):
    """
    What it removes: the summary bullets a multi-story page prints right under each
    story's headline, over its byline, date or first paragraph.
    Why: the template prints a few bullet lines in the same slot of every story's header;
    they restate the story (its key points, often its paragraphs' first sentences) and are
    not its text. A story's own list stands inside or after its prose, and a page prints it
    once.
    Example: `• Three panels of authors spoke about their love of reading.` right under each
    of a page's headlines, over `door Bram van Dorsten` and the date
    Kept: a bullet list after a story's first paragraph (its own list), a run under a headline
    when another story of the page has none (one story's list, not the template's slot), a
    run under a single story's headline (the generic decisions'), a numbered list, a run of
    more than six items, a run over a line that is neither the byline, the date, nor prose.
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        titles = ctx.with_role(Role.TITLE)
        if len(titles) < SUMMARY_PAGE_TITLES:
            return
        texts, fs, n = ctx.texts, ctx.findings, len(ctx.texts)

        def loose(j: int) -> bool:  # no named rule took it (open, or a generic decision's drop)
            f = fs[j]
            return f is None or f.role in _LOOSE

        runs: list[range] = []
        for t in titles:
            j = t + 1
            while j < n and j - t <= SUMMARY_MAX_BULLETS and loose(j) and _summary_item(texts[j]):
                j += 1
            if j == t + 1 or j - t > SUMMARY_MAX_BULLETS or j >= n:
                return  # a story with no summary (or a long list): the page prints none per story
            f = fs[j]
            if not (f is not None and f.role in _SUMMARY_HEADER
                    or loose(j) and ctx.lens[j] >= SUMMARY_PROSE and ends_sentence(texts[j])
                    and not _summary_item(texts[j])):
                return
            runs.append(range(t + 1, j))
        for r in runs:
            for i in r:
                if ctx.is_open(i):
                    yield self.finding(i, f"summary bullets under each of {len(runs)} stories' headline")


SUMMARY_BULLETS = SummaryBulletsRule("CS208", "summary-bullets",
                                     "summary bullets printed under each story's headline", Role.CHROME,
                                     reads=EVERY_LABEL, shapes=True)

LINE_RULES = (WATCH_TEASER, VIDEO_RESIDUE, CAPTION_TRANSCRIPT, MEDIA_VIEWER, RELATED_LINK)
CARD_LINK_MAX = 40  # characters of a card's read-more link (`Continue reading →`)
CARDS_MIN = 2  # cards printed alike under the label: fewer is a lone link, left to the other rules
_READ_MORE = frozenset({"CS401"})


class ExcerptCardsRule(Rule):
    """
    What it removes: other posts' cards under a related-posts label: each card a
    headline, one short excerpt of text and a read-more link, two cards or more
    printed alike in a row.
    Why: a blog prints its other posts' excerpts under the post (`You might also
    like`); they are links to other articles, not a story of the page.
    Example: `Pickled beetroot for the winter` then `A jar of this keeps until March.` then
    `Continue reading →`, under `You might also like`, with a second card so
    Kept: one card alone under the label (a lone link, left to the other rules); a card whose
    text runs to two paragraphs or more (a post in full); cards under no related label (a
    blog's index of excerpts, each a post).
    """

    def check(self, ctx: Context) -> Iterator[Finding]:
        n = len(ctx.texts)
        for label in ctx.labelled(_RELATED_CODES):
            if not bare_related_label(ctx.texts[label]):
                continue
            cards: list[tuple[int, ...]] = []
            h = label + 1
            while h < n and (card := self._card(ctx, h)) is not None:
                cards.append(card)
                h = card[-1] + 2  # past the link
            if len(cards) >= CARDS_MIN:
                for card in cards:
                    for m in card:
                        yield self.finding(m, "another post's card under a related-posts label: its headline and excerpt")

    @staticmethod
    def _card(ctx: Context, h: int) -> tuple[int, ...] | None:
        """The open lines of the card at ``h`` (its headline, its excerpt if any), or None."""
        n = len(ctx.texts)
        if not ctx.is_open(h) or not ctx.heading(h, CARD_HEADLINE_WORDS) or _is_prose(ctx.text(h)):
            return None
        for k in (h + 1, h + 2):
            f = ctx.findings[k] if k < n else None
            if f is not None and f.code in _READ_MORE and ctx.lens[k] <= CARD_LINK_MAX:
                lines = tuple(range(h, k))
                if all(ctx.is_open(m) and ctx.lens[m] <= TEASER_MAX for m in lines):
                    return lines
                return None
        return None


EXCERPT_CARDS = ExcerptCardsRule("CS431", "excerpt-cards", "other posts' cards under a related-posts label",
                                 Role.RELATED, reads=("CS203", "CS401"))

CONTEXT_RULES = (TEASER_TITLE, EXCERPT_CARDS)
LATE_RULES = (INLINE_RELATED,)

"""CS510 island-tail: a little kept text cut off under a text page's story (hard negatives here;
the rule's positive is tests/fixtures/rules/CS510.txt)."""

from __future__ import annotations

import cleanscrape
from cleanscrape.document import Role
from cleanscrape.io.text import read_text
from cleanscrape.pipeline import Pipeline
from cleanscrape.rules.base import Context, Rule
from cleanscrape.rules.content import CONTENT
from cleanscrape.rules.islands import ISLAND_TAIL, TRAILING_LINE

STORY = [
    "The two cranes at Velmora harbour lifted their first containers in two years on Monday, the port authority said.",
    "Both cranes were taken out of service in 2023 after an inspector found cracks in their arms.",
    "Dock workers said the return of the cranes would end months of overtime on the night shift.",
    "The port expects container traffic to double by the summer, and two more shipping lines have asked for berths.",
]
TAGS = ["Harbour", "Velmora", "Shipping", "Cranes", "Weather"]
MORE = [
    "The harbour master said the cranes would be inspected every month for the first year, and that the port had "
    "ordered a third crane for delivery in 2026, with a fourth to follow if traffic keeps growing.",
    "A spokesman for the dock workers' union said its members were glad to see the cranes back, but asked the port "
    "to publish the inspectors' reports in full before the summer season begins.",
]
BRIEF = "Ferries will run every hour from May, the operator said."
NOTE = "You can write to the author of this story at any time, and you can read more of her stories here."


def _page(*parts: list[str]) -> str:
    return "\n\n".join("\n\n".join(p) for p in parts)


def test_a_small_island_under_the_story_goes():
    page = _page(["Harbour cranes back at work after two years"], STORY, MORE, ["\n".join(TAGS)], [NOTE])
    (record,) = cleanscrape.clean(page)
    assert NOTE not in record.paragraphs
    assert any(r.code == "CS510" and r.text == NOTE for r in record.removed)


def _tail_findings(page: str, dropped: range) -> list[int]:
    """The blocks CS510 takes when every block stays but ``dropped`` (content scoring's drops)."""
    doc = read_text(page)
    ctx = Context(doc)
    ctx.findings[:] = [CONTENT.finding(i, "not article text: short-line-run") if i in dropped else None
                       for i in range(len(doc))]
    return [f.block for f in ISLAND_TAIL.check(ctx)]


def test_the_story_going_on_at_its_weight_after_the_gap_stays():
    page = _page(STORY, ["\n".join(TAGS)], MORE)
    gap = range(len(STORY), len(STORY) + len(TAGS))
    assert _tail_findings(page, gap) == []
    assert _tail_findings(_page(STORY, MORE, ["\n".join(TAGS)], [NOTE]), range(6, 11)) == [11]


def test_each_story_is_weighed_alone():
    labelled = Pipeline().label(read_text(_page(
        ["Harbour cranes back at work after two years"], STORY, MORE, ["\n".join(TAGS)],
        ["Ferry timetable changes from May"], ["By Mira Solberg"], [BRIEF])))
    assert labelled.role(len(labelled.doc) - 1) is Role.CONTENT  # (a page-wide cut would take it: 57 chars)


FERRY = [
    "The council said on Tuesday that the ferry to the island will run every forty minutes from the first week of May.",
    "Two more crossings will be added in the evening, and the first boat will leave half an hour earlier.",
]
NEXT = "island ferries and harbours"  # (a headline-cased one is CS205's on a page this small)


def test_a_lone_headline_under_the_last_paragraph_goes():
    (record,) = cleanscrape.clean(_page(["Ferry timetable to change at Corran landing"], FERRY, [NEXT]))
    assert NEXT not in record.paragraphs
    assert any(r.code == "CS429" and r.text == NEXT for r in record.removed)


def test_a_subheading_and_a_one_line_paragraph_stay():
    subheading, one_line = "Winter sailings", "The harbour office will stay open later."
    page = _page(["Ferry timetable to change at Corran landing"], FERRY[:1], [subheading], FERRY[1:], [one_line])
    (record,) = cleanscrape.clean(page)
    assert subheading in record.paragraphs and one_line in record.paragraphs
    assert not any(r.code == "CS429" for r in record.removed)
    # on a page of several stories, a story cut short by the next header may end on its subheading
    two = _page(["Ferry timetable to change at Corran landing"], FERRY, [NEXT], ["Harbour cranes back at work after two years"],
                STORY)
    assert not any(r.code == "CS429" for rec in cleanscrape.clean(two) for r in rec.removed)
    # a list's item is no lone headline either
    (record,) = cleanscrape.clean(_page(["Ferry timetable to change at Corran landing"], FERRY, ["- Monday to Friday"]))
    assert not any(r.code == "CS429" for r in record.removed)


# CS429's run (texttail124): the story's last kept lines, two or more headline-shaped ones in a row under its
# last paragraph: a box of other stories' headlines. On a page this small the generic decisions (CS501 content
# scoring, CS505 the block model, CS205's related headlines) take such lines first: they are left out here, as
# the block model keeps such a box on a real page.
RELATED_RUN = ["island ferries add evening crossings", "fish plant hires forty workers"]
CRANES_TITLE = ["Harbour cranes back at work after two years"]
GENERIC = "CS205,CS501,CS505"


def test_a_run_of_headlines_under_the_last_paragraph_goes():
    (record,) = cleanscrape.clean(_page(CRANES_TITLE, STORY, MORE, RELATED_RUN), ignore=GENERIC)
    assert record.paragraphs == (*STORY, *MORE)
    assert [r.text for r in record.removed if r.code == "CS429"] == RELATED_RUN


def test_a_list_under_a_lead_in_and_a_short_last_paragraph_stay():
    # hard negatives: the items of a list a paragraph opens with a colon; a short last paragraph that ends
    # like a sentence (the run stops at it: the lines over it are the story's)
    lead_in = "The ferry will call at these landings from the first week of May, the council said on Tuesday:"
    items = ["Corran landing", "Ardgour pier", "North harbour steps"]
    (record,) = cleanscrape.clean(_page(CRANES_TITLE, STORY, MORE, [lead_in], items), ignore=GENERIC)
    assert record.paragraphs[-4:] == (lead_in, *items)
    assert not any(r.code == "CS429" for r in record.removed)
    last = "The harbour office will stay open later."
    (record,) = cleanscrape.clean(_page(CRANES_TITLE, STORY, MORE, RELATED_RUN, [last]), ignore=GENERIC)
    assert record.paragraphs[-3:] == (*RELATED_RUN, last)
    assert not any(r.code == "CS429" for r in record.removed)
    # a schedule's rows under their heading, most holding a figure (tests/test_content.py has the long one)
    rows = ["Harbour open days", "June 9 – Norrvik quay", "June 12 – Solby pier"]
    (record,) = cleanscrape.clean(_page(CRANES_TITLE, STORY, MORE, rows), ignore=GENERIC)
    assert record.paragraphs[-3:] == tuple(rows)
    assert not any(r.code == "CS429" for r in record.removed)


def test_a_run_of_headlines_a_story_of_a_page_of_several_ends_on_stays():
    # a story cut short by the next header may end on its subheadings: on a page of stories CS429 reads none
    page = _page(CRANES_TITLE, ["By Mira Solberg"], STORY, MORE, RELATED_RUN,
                 ["Ferry timetable to change at Corran landing"], ["By Mira Solberg"], FERRY, [MORE[1]])
    records = cleanscrape.clean(page, ignore=GENERIC)
    assert len(records) == 2 and records[0].paragraphs[-2:] == tuple(RELATED_RUN)
    assert not any(r.code == "CS429" for rec in records for r in rec.removed)


# CS429 on a page of stories (robust2): a story's lone last line over a picture's caption and credit
# (or the generic decisions' drops) heads nothing the page keeps; its record, cleaned again, would end
# on it and lose it to CS205 (a headline after the article's last paragraph)
LAST_SUBHEADING = "What the dock workers want"
PICTURE = ["Dock workers watch the first container lifted on Monday.", "Ines Carter | Reuters"]
FERRY_HEADER = ["Ferry timetable to change at Corran landing", "By Mira Solberg"]


def test_a_story_of_a_page_of_several_ending_on_a_line_over_a_caption_loses_it():
    page = _page(CRANES_TITLE, ["By Mira Solberg"], STORY, [LAST_SUBHEADING], PICTURE, FERRY_HEADER, FERRY, [MORE[1]])
    first, second = cleanscrape.clean(page)
    assert first.paragraphs == tuple(STORY) and second.paragraphs == (*FERRY, MORE[1])
    assert [(r.code, r.text) for r in first.removed if r.code == "CS429"] == [("CS429", LAST_SUBHEADING)]
    (again,) = cleanscrape.clean("\n".join([first.title or "", *first.paragraphs]))
    assert again.paragraphs == first.paragraphs


def test_a_story_of_a_page_of_several_ending_on_a_line_over_the_template_keeps_it():
    # hard negatives: a template's line right under it (a share bar) before the picture; the next
    # header right under it (the story cut there); a one-line paragraph (a sentence's end)
    for under in (["Share this article", *PICTURE], []):
        page = _page(CRANES_TITLE, ["By Mira Solberg"], STORY, [LAST_SUBHEADING], under, FERRY_HEADER, FERRY)
        first, _ = cleanscrape.clean(page)
        assert first.paragraphs[-1] == LAST_SUBHEADING
        assert not any(r.code == "CS429" for r in first.removed)
    one_line = "The harbour office will stay open later."
    first, _ = cleanscrape.clean(_page(CRANES_TITLE, ["By Mira Solberg"], STORY, [one_line], PICTURE, FERRY_HEADER, FERRY))
    assert first.paragraphs[-1] == one_line


def _trailing_findings(lines: list[str], labels: dict[int, Rule]) -> list[int]:
    """The blocks CS429 takes when block ``i`` holds ``labels[i]``'s finding (a rule) and the rest are kept."""
    doc = read_text("\n\n".join(lines))
    ctx = Context(doc)
    ctx.findings[:] = [labels[i].finding(i, "given") if i in labels else None for i in range(len(doc))]
    return [f.block for f in TRAILING_LINE.check(ctx)]


def test_a_paragraph_the_generic_decisions_dropped_under_the_line_keeps_it():
    # content wins the doubt: a paragraph under the picture that only the generic decisions (here the
    # block model) took may be the story's text the line heads; a short dropped sentence is no such doubt
    from cleanscrape.rules.credits import CAPTION, CREDIT_PIPE
    from cleanscrape.rules.headings import TITLE
    from cleanscrape.rules.model import BLOCK_MODEL

    def page(dropped: str) -> list[int]:
        lines = [CRANES_TITLE[0], *STORY, LAST_SUBHEADING, *PICTURE, dropped, FERRY_HEADER[0], *FERRY]
        sub, n = 1 + len(STORY), len(STORY) + 5
        return _trailing_findings(lines, {0: TITLE, sub + 1: CAPTION, sub + 2: CREDIT_PIPE, sub + 3: BLOCK_MODEL, n: TITLE})

    sub = 1 + len(STORY)
    assert page("It did not last.") == [sub]
    assert page(MORE[1]) == []


# CS429's label: a short line ending with a colon that a story ends on, what it opened taken by the rules
LABEL = "Links to the show:"
FORM = ["Twitter", "Facebook", "Leave a reply", "Your email address will not be published. Required fields are marked *",
        "Name *", "Email *", "Website", "Notify me of new posts by email.", "Post comment"]
CRANES = [*STORY, MORE[0]]


def test_a_bare_label_the_story_ends_on_goes():
    (record,) = cleanscrape.clean(_page(["Harbour cranes back at work after two years"], CRANES, [LABEL], ["\n".join(FORM)]))
    assert LABEL not in record.paragraphs and record.paragraphs[-1] == MORE[0]
    assert any(r.code == "CS429" and r.text == LABEL for r in record.removed)


def test_a_label_a_story_of_a_page_of_several_ends_on_stays():
    # a feed's excerpt may stop under the line that opens its quote or list: on a page of stories it is the story's
    label = "Here are some of the highlights:"
    page = _page(["Harbour cranes back at work after two years"], ["By Mira Solberg"], CRANES, [label], ["\n".join(FORM)],
                 ["Ferry timetable to change at Corran landing"], ["By Mira Solberg"], FERRY, [MORE[1]])
    first, second = cleanscrape.clean(page)
    assert first.paragraphs[-1] == label and second.paragraphs[-1] == MORE[1]
    assert not any(r.code == "CS429" for rec in (first, second) for r in rec.removed)


def test_a_label_with_the_story_under_it_stays():
    label = "The ferry will stop at:"
    page = _page(["Harbour cranes back at work after two years"], CRANES, [label], [FERRY[0]], ["\n".join(FORM)])
    (record,) = cleanscrape.clean(page)
    assert label in record.paragraphs and record.paragraphs[-1] == FERRY[0]
    assert not any(r.code == "CS429" for r in record.removed)
    # a line over the story's last paragraph that ends with a colon is no label either: it opens the paragraph
    assert not any(r.code == "CS429" for r in cleanscrape.clean(_page(
        ["Harbour cranes back at work after two years"], CRANES, [LABEL], [MORE[1]]))[0].removed)


# CS209 html-tail: the same weighing on an HTML page, but an island in an element that holds the
# story's own text stays (its text going on past a widget); and the kept text past the story's <article>
TOPICS = ["Harbour", "Velmora", "Shipping", "Cranes", "Weather", "Ferries"]


SHORT_NOTE = "Write to the author of this story at any time."


def _html(note_in_story: bool = False, more: bool = False) -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY + MORE)
    note = f"<p>{SHORT_NOTE}</p>"
    tags = "<ul>" + "".join(f'<li><a href="/t/{t.lower()}">{t}</a></li>' for t in TOPICS) + "</ul>"
    tail = "".join(f"<p>{p}</p>" for p in MORE) if more else ""
    body = (f"<div>{story}{tags}{note}{tail}</div>" if note_in_story
            else f"<div>{story}</div>{tags}<div><div>{note}</div>{tail}</div>")
    return f"<html><body><h1>Harbour cranes back at work after two years</h1>{body}</body></html>"


def _html_tail(page: str) -> list[str]:
    """The texts CS209 takes when every block stays but the topic links (content scoring's drops)."""
    from cleanscrape.io.html import read_html
    from cleanscrape.rules.islands import HTML_TAIL

    doc = read_html(page)
    ctx = Context(doc)
    ctx.findings[:] = [CONTENT.finding(i, "not article text: link-density") if b.text in TOPICS else None
                       for i, b in enumerate(doc.blocks)]
    return [doc.blocks[f.block].text for f in HTML_TAIL.check(ctx)]


def test_html_a_small_island_in_a_box_of_its_own_under_the_story_goes():
    assert _html_tail(_html()) == [SHORT_NOTE]


def test_html_the_story_going_on_in_its_own_element_or_at_its_weight_stays():
    assert _html_tail(_html(note_in_story=True)) == []  # (the element that holds the story's paragraphs)
    assert _html_tail(_html(more=True)) == []  # (the text under the gap weighs as much as the story's)


def test_html_island_tail_reads_no_text_page():
    page = _page(["Harbour cranes back at work after two years"], STORY, ["\n".join(TAGS)], [NOTE])
    doc = read_text(page)
    ctx = Context(doc)
    from cleanscrape.rules.islands import HTML_TAIL

    ctx.findings[:] = [CONTENT.finding(i, "x") if 4 < i < 10 else None for i in range(len(doc))]
    assert list(HTML_TAIL.check(ctx)) == []


SAVE = "Sign in to save this story and read it later on any of your devices."


def _article_page(inside: list[str], outside: list[str], after: list[str]) -> str:
    """An ``<article>`` holding ``inside``, ``outside`` beside it, then ``after`` under it (no gap)."""
    def ps(lines: list[str]) -> str:
        return "".join(f"<p>{p}</p>" for p in lines)
    return (f"<html><body><div>{ps(outside)}</div><article><h1>Harbour cranes back at work</h1>{ps(inside)}"
            f"</article><div>{ps(after)}</div></body></html>")


def _tail(page: str) -> list[str]:
    from cleanscrape.io.html import read_html
    from cleanscrape.rules.islands import HTML_TAIL

    doc = read_html(page)
    return [doc.blocks[f.block].text for f in HTML_TAIL.check(Context(doc))]


def test_html_kept_text_past_the_story_article_goes():
    assert _tail(_article_page(STORY + MORE, [], [SAVE])) == [SAVE]


def test_html_text_past_an_article_that_is_not_the_story_stays():
    # the <article> holds less than half the kept text: a card or a box, not the story
    assert _tail(_article_page([BRIEF], STORY + MORE, [SAVE])) == []
    # the story's own last paragraph inside its <article> stays, and text above the article too
    page = _article_page(STORY + [SAVE], [BRIEF], [])
    assert _tail(page) == []


# CS433 repeated-run: kept lines outside a story's heaviest stretch that the page prints twice with a
# neighbour (the rule's positive is tests/fixtures/rules/CS433.txt)
PANEL = [
    "Until the end of May the night trains on the river line run every half hour, and the last one leaves at one.",
    "The ferry to the east quay stops on weekdays only while its landing stage is rebuilt for the summer.",
]


def _repeated(lines: list[str], dropped: set[int], html: bool = False) -> list[int]:
    """The blocks CS433 takes when every block stays but ``dropped`` (content scoring's drops)."""
    from cleanscrape.io.html import read_html
    from cleanscrape.rules.islands import REPEATED_RUN

    doc = read_html("<html><body>" + "".join(f"<p>{t}</p>" for t in lines) + "</body></html>") if html \
        else read_text("\n\n".join(lines))
    ctx = Context(doc)
    ctx.findings[:] = [CONTENT.finding(i, "not article text: short-line-run") if i in dropped else None
                       for i in range(len(doc))]
    return [f.block for f in REPEATED_RUN.check(ctx)]


def test_a_panel_printed_twice_outside_the_story_goes():
    lines = [*STORY, *MORE, *TAGS, *PANEL, *TAGS, *PANEL]
    dropped = set(range(6, 11)) | set(range(13, 18))
    assert _repeated(lines, dropped) == [11, 12, 18, 19]


def test_the_story_own_lines_printed_twice_and_a_line_printed_alone_stay():
    # the story's own pair of lines printed again inside its heaviest stretch (an interview's question)
    assert _repeated([*STORY[:2], *PANEL, *STORY[2:], *PANEL, *MORE], set()) == []
    # one line printed twice outside the story, its neighbours not: a credit, a label
    lines = [*STORY, *MORE, *TAGS, PANEL[0], *TOPICS, PANEL[0], BRIEF]
    assert _repeated(lines, set(range(6, 11)) | set(range(12, 18))) == []
    # an HTML page: the markup placed its boxes
    lines = [*STORY, *MORE, *TAGS, *PANEL, *TAGS, *PANEL]
    assert _repeated(lines, set(range(6, 11)) | set(range(13, 18)), html=True) == []


def _repeated_titled(lines: list[str], dropped: set[int], headlines: set[int]) -> list[int]:
    """The blocks CS433 takes when ``headlines`` are read as headlines and ``dropped`` dropped."""
    from cleanscrape.rules.islands import REPEATED_RUN

    ctx = Context(read_text("\n\n".join(lines)))
    ctx.findings[:] = [CONTENT.finding(i, "headline", role=Role.TITLE) if i in headlines else
                       CONTENT.finding(i, "not article text: short-line-run") if i in dropped else None
                       for i in range(len(lines))]
    return [f.block for f in REPEATED_RUN.check(ctx)]


def test_a_panel_printed_twice_under_a_label_read_as_a_headline_goes():
    # textp41: the service panel under its label, which a headline step read as a headline, printed
    # twice, is two stories of their own, the panel each one's heaviest stretch; they keep far less
    # than the article (the page's main story), so the panel's lines go, both copies
    lines = ["Night trains", *PANEL, *TAGS, "Night trains", *PANEL, "Harbour cranes back at work", *STORY, *MORE,
             BRIEF, NOTE]
    assert _repeated_titled(lines, set(range(3, 8)), {0, 8, 11}) == [1, 2, 9, 10]


def test_a_story_of_weight_printed_twice_stays_and_a_lighter_story_printed_once_stays():
    # the article's part under a subheading read as a headline (a third of its text and more): its
    # own lines printed twice with a neighbour stay, as in any story's heaviest stretch
    lines = ["Harbour cranes back at work", *STORY, *MORE, "What the port plans next", *PANEL, *PANEL]
    assert _repeated_titled(lines, set(), {0, 7}) == []
    # the same part under an article three times as long (under BOX_SHARE of its weight): a box, it goes
    lines = ["Harbour cranes back at work", *[*STORY, *MORE] * 3, "What the port plans next", *PANEL, *PANEL]
    assert _repeated_titled(lines, set(), {0, 19}) == [20, 21, 22, 23]
    # the article's own pair of lines printed again in its heaviest stretch, under a lighter story
    lines = ["Ferries this week", BRIEF, "Harbour cranes back at work", *STORY[:2], *PANEL, *STORY[2:], *PANEL]
    assert _repeated_titled(lines, set(), {0, 2}) == []
    # a lighter story's lines printed once, the article's printed twice: nothing outside the article goes
    lines = ["Ferries this week", *PANEL[:1], BRIEF, "Harbour cranes back at work", *STORY, *STORY[:2]]
    assert _repeated_titled(lines, set(), {0, 3}) == []


def _repeated_reference(ctx: Context) -> list[tuple[int, int]]:
    """CS433 as first written (a map of every line, every label read): what the gated rule must match."""
    from bisect import bisect_left

    from cleanscrape.rules.base import runs_within
    from cleanscrape.rules.content import ISLAND_GAP
    from cleanscrape.rules.islands import BOX_SHARE, REPEATED_RUN

    texts, fs, n = ctx.texts, ctx.findings, len(ctx.texts)
    seen: dict[str, list[int]] = {}
    for i, t in enumerate(texts):
        if t.strip():
            seen.setdefault(t, []).append(i)

    def in_run(i: int) -> bool:
        return any(j != i and 0 <= i + d < n and 0 <= j + d < n and i + d != j and texts[i + d].strip()
                   and texts[i + d] == texts[j + d] for j in seen.get(texts[i], ()) for d in (-1, 1))

    every = [i for i, f in enumerate(fs) if f is None or f.role is Role.CONTENT]
    titles = [i for i, f in enumerate(fs) if f is not None and f.role is Role.TITLE]
    bounds = [0, *(t for t in titles if t > 0), n]
    mass = [sum(len(texts[i]) for i in every if s <= i < e) for s, e in zip(bounds, bounds[1:])]
    boxes = {k for k, m in enumerate(mass) if len(mass) > 1 and m < BOX_SHARE * max(mass)}  # (textp41)
    got = []
    for k, (s, e) in enumerate(zip(bounds, bounds[1:])):
        kept = every[bisect_left(every, s):bisect_left(every, e)]
        if not kept:
            continue
        heavy = [-1] if s == 0 and titles and titles[0] > 0 or k in boxes else \
            max(runs_within(kept, ISLAND_GAP), key=lambda p: sum(len(texts[i]) for i in p))
        for i in kept:
            if not heavy[0] <= i <= heavy[-1] and in_run(i):
                f = fs[i]
                got.append((i, REPEATED_RUN.priority if f is None else max(REPEATED_RUN.priority, f.priority + 1)))
    return got


def test_the_repeated_run_gate_takes_what_every_line_read_takes():
    # speed40: CS433 reads only lines next to another printed-again line; on random pages of a few
    # lines printed again and again (a blank one among them), labels and headlines at random, the
    # same blocks and priorities as reading every line
    import random

    from cleanscrape.rules.islands import REPEATED_RUN

    rng = random.Random(40)
    pool = [*STORY, *MORE, *PANEL, *TAGS, BRIEF]
    for _ in range(400):
        lines = [rng.choice(pool[:rng.randint(2, len(pool))]) + ("" if rng.random() < 0.7 else " again")
                 for _ in range(rng.randint(1, 40))]
        doc = read_text("\n\n".join(f"{k} {t}" if rng.random() < 0.2 else t for k, t in enumerate(lines)))
        ctx = Context(doc)
        for i in range(len(doc)):
            if rng.random() < 0.08:
                ctx.texts[i] = " "
        ctx.findings[:] = [rng.choice([None, None, CONTENT.finding(i, "dropped"),
                                       CONTENT.finding(i, "kept", role=Role.CONTENT),
                                       CONTENT.finding(i, "headline", role=Role.TITLE)]) for i in range(len(doc))]
        assert [(f.block, f.priority) for f in REPEATED_RUN.check(ctx)] == _repeated_reference(ctx)


# CS210 teaser-run (its positive is tests/fixtures/rules/CS210.txt): hard negatives and the run above the story
LONG_STORY = [
    "The council said on Tuesday that the ferry between Corran landing and the island will run every forty minutes "
    "from the first week of May, instead of every hour, after a year of complaints about the queues on summer weekends.",
    "Two more crossings will be added in the evening, and the first boat of the morning will leave half an hour "
    "earlier for the workers of the fish plant, who said they had been late for their shifts more than once.",
    "Islanders asked for the change at three public meetings last autumn, and the council said the cost would be met "
    "from the ferry fares of the summer season, which rose by a tenth last year and will not rise again before 2027.",
    "The operator said it would hire four more deckhands for the new timetable and train them over the spring, and "
    "that the second boat would be back from its refit at the yard on the mainland in time for the first week of May.",
]
CARDS = [
    ["Harbour cranes back at work after two years",
     "The two cranes at Velmora harbour lifted their first containers on Monday, two years after an inspector found cracks."],
    ["School bus routes to be redrawn in the autumn",
     "Three villages on the north shore will share one bus from September, and parents have asked the council for a meeting."],
    ["Lighthouse keeper's cottage to open as a museum",
     "The cottage at the point has stood empty since 1987; the trust that bought it says it will open its doors in June."],
]


def _cs210(page: str) -> list[str]:
    return [r.text for rec in cleanscrape.clean(page) for r in rec.removed if r.code == "CS210"]


def test_a_run_of_cards_under_the_story_goes():
    page = _page(["Ferry timetable to change at Corran landing"], LONG_STORY, *CARDS)
    taken = _cs210(page)
    assert [c[1] for c in CARDS] == [t for t in taken if t in {c[1] for c in CARDS}]
    assert not set(taken) & set(LONG_STORY)


def test_two_cards_and_cards_inside_the_story_stay():
    assert _cs210(_page(["Ferry timetable to change at Corran landing"], LONG_STORY, *CARDS[:2])) == []
    assert _cs210(_page(["Ferry timetable to change at Corran landing"], LONG_STORY[:2], *CARDS, LONG_STORY[2:])) == []


def test_cards_as_long_as_the_story_paragraphs_stay():
    short_story = [p[:p.index(",")] + "." for p in LONG_STORY]  # paragraphs no longer than the cards' summaries
    assert _cs210(_page(["Ferry timetable to change at Corran landing"], short_story, *CARDS)) == []


def test_a_page_of_briefs_keeps_a_record_for_each():
    # the same headline and summary under a lead story, each brief with its byline and date: a story of its own
    briefs = [[c[0], "By Ada Linford", "12 March 2026", c[1]] for c in CARDS]
    page = _page(["Ferry timetable to change at Corran landing", "By Ada Linford", "11 March 2026"], LONG_STORY, *briefs)
    records = cleanscrape.clean(page)
    assert _cs210(page) == []
    assert [r.title for r in records[1:]] == [c[0] for c in CARDS]
    assert all(c[1] in r.paragraphs for c, r in zip(CARDS, records[1:]))


def test_above_the_story_the_last_card_is_spared():
    header = ["Ferry timetable to change at Corran landing",
              "Forty-minute crossings from May, and two more in the evening for the workers of the fish plant on the island."]
    page = _page(["Ferry timetable to change at Corran landing | Corran Herald"], *CARDS, header, LONG_STORY)
    taken = _cs210(page)
    assert {c[1] for c in CARDS} <= set(taken)
    assert header[1] not in taken and not set(taken) & set(LONG_STORY)


# CS112 caption-credit (its positive is tests/fixtures/rules/CS112.txt): the case and its hard negatives
CAPTION = "The new ferry leaves Corran landing on its first crossing of the morning."
CREDIT = "Harbour Photo Archive"
FERRY = [
    "The council said on Tuesday that the ferry between Corran landing and the island will run every forty "
    "minutes from the first week of May, instead of every hour.",
    "Two more crossings will be added in the evening, and the first boat of the morning will leave half an hour "
    "earlier for the workers of the fish plant.",
    "Islanders asked for the change at three public meetings last autumn, and the council said the cost would be "
    "met from the ferry fares of the summer season.",
    "The harbour office will stay open until eight in the evening from May, and tickets can be bought on the boat.",
    "A second boat will be hired for the summer months, when visitors to the island fill the ferry on most crossings.",
    "The council will review the timetable after the summer season and report to the islanders in October.",
]


def _ferry(pair: str, *, at: int = 2, joint: str = "\n\n") -> list[str]:
    """The ferry story with ``pair`` (two lines or more set together) after its ``at``-th paragraph,
    its paragraphs set apart by ``joint``; the body's paragraphs of its one record."""
    text = joint.join(["Ferry timetable to change at Corran landing", *FERRY[:at], pair, *FERRY[at:]])
    (record,) = cleanscrape.clean(text)
    return record.paragraphs


def test_a_caption_and_its_credit_between_the_paragraphs_go():
    kept = _ferry(f"{CAPTION}\n{CREDIT}")
    assert CAPTION not in kept and CREDIT not in kept
    assert FERRY[1] in kept and FERRY[2] in kept
    (record,) = cleanscrape.clean("\n\n".join([*FERRY[:2], f"{CAPTION}\n{CREDIT}", *FERRY[2:]]))
    assert {r.code for r in record.removed if r.text in (CAPTION, CREDIT)} == {"CS112"}


def test_a_quote_over_its_attribution_and_a_subheading_over_its_paragraph_stay():
    quote = ("\"We asked for a boat every forty minutes three winters ago, and we are glad the council listened at "
             "last, because the workers of the fish plant and the school children have waited on the pier in the "
             "rain for far too long,\" she said.")
    assert {quote, "Anna Holm, harbour master"} <= set(_ferry(f"{quote}\nAnna Holm, harbour master"))
    sub = "Winter sailings\nIn the winter months the boats keep to the hourly timetable, as fewer people cross."
    assert set(sub.split("\n")) <= set(_ferry(sub))


def test_a_line_that_ends_a_sentence_a_list_and_a_marked_line_under_the_caption_stay():
    for second in ("He said the boat was full.", "- Harbour Photo Archive", "harbour photo archive"):
        assert {CAPTION, second.lstrip("- ")} <= {p.lstrip("- ") for p in _ferry(f"{CAPTION}\n{second}")}
    listed = f"{CAPTION}\n{CREDIT}\nCorran Ferry Company"  # (three lines set together: a list, not a figure)
    assert set(listed.split("\n")) <= set(_ferry(listed))


def test_the_pair_at_the_edge_of_the_text_and_a_page_set_line_under_line_stay():
    for at in (0, len(FERRY)):  # (under the story's last paragraph CS429 reads the credit as a trailing line)
        page = "\n\n".join(["Ferry timetable to change at Corran landing", *FERRY[:at], f"{CAPTION}\n{CREDIT}", *FERRY[at:]])
        assert not [r for rec in cleanscrape.clean(page) for r in rec.removed if r.code == "CS112"]
    assert {CAPTION, CREDIT} <= set(_ferry(f"{CAPTION}\n{CREDIT}", joint="\n"))


# CS434 run-together-copy: a long kept line that prints the story's kept paragraphs again, run
# together (the rule's positive is tests/fixtures/rules/CS434.txt)
LONG = STORY + MORE + [
    "The city council will vote in April on a plan to lease the old coal pier to a ferry operator, which would "
    "bring the first passenger ships back to the old harbour since 1998.",
    "Ferries to the islands will leave from the new pier every hour from May, the operator said on Friday.",
]


def _copy_findings(page: str, dropped: frozenset[int] = frozenset(), html: bool = False) -> list[str]:
    """The texts CS434 takes when every block stays but ``dropped``."""
    from cleanscrape.io.html import read_html
    from cleanscrape.rules.islands import RUN_TOGETHER_COPY

    doc = read_html(page.encode()) if html else read_text(page)
    ctx = Context(doc)
    ctx.findings[:] = [CONTENT.finding(i, "not article text: outside-main-text") if i in dropped else None
                       for i in range(len(doc))]
    return [doc.blocks[f.block].text for f in RUN_TOGETHER_COPY.check(ctx)]


def test_a_run_together_copy_of_the_kept_paragraphs_goes():
    copy = " ".join(LONG)
    assert len(copy) >= 1000
    assert _copy_findings(_page(LONG, [copy])) == [copy]
    assert _copy_findings(_page([copy], LONG)) == [copy]  # (over the paragraphs as well)


def test_a_long_line_that_is_not_the_kept_paragraphs_stays():
    own = ("The harbour's history goes back to the twelfth century, when fishermen from the islands built the "
           "first wooden pier on the sand bank at the river's mouth. ") * 6
    # a long paragraph of its own that quotes two of the story's paragraphs
    assert _copy_findings(_page(LONG, [" ".join([own, LONG[0], LONG[1]])])) == []
    # the copy of paragraphs that were not kept: it is the page's only kept print of them
    copy = " ".join(LONG)
    assert _copy_findings(_page(LONG, [copy]), dropped=frozenset(range(len(LONG)))) == []
    # an HTML page: the markup says where its text is
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in LONG) + f"<p>{copy}</p></article></body></html>"
    assert _copy_findings(html, html=True) == []

"""Skeleton families of our own, for testing that a step generalises (issue #18).

Neither ``fit`` nor ``heldout``: written from the issue's list of template habits
(a section label with a badge, a caption before the kicker, a network name or a
place before the headline, a ``Posted by ... at ...`` header, a rubric in another
language, a list heading over the first headline, a brief's time on its headline's
line or over it; and lines beside a headline that read like one: a deck, summary bullets,
a provider's name, a correspondent's line, a video's title, a kicker in another script) and
rendered with the ``fit`` half's texts::

    python benchmarks/segmentation/run.py --bench ../shared/bench --half probe --failures 40

Read these pages' failures freely; the held-out families stay unread.

A second batch (``PROBE_FAMILIES_2``, ``--half probe2``, also rendered with the ``fit``
texts) varies what the first leaves alone: the order of kicker, byline and date (the byline
or the date over the headline), separators of symbols (``◆ ◆ ◆``, ``· · ·``, a rule of
underscores), a rubric in another script (Cyrillic, Greek, Japanese), each story's tag line
in another language, blank-line habits (three blank lines, none, at random), a stacked feed
that prints the page's head again over each story, briefs of one or two short paragraphs, and
section fronts with no story (a third of one family's pages)::

    python benchmarks/segmentation/run.py --bench ../shared/bench --half probe2 --failures 40
"""

from __future__ import annotations

PROBE_FAMILIES: list[dict] = [
    dict(name="p-time-on-title", half="probe", stories=(3, 6), blank="none", body_len=(1, 3),
         page_head=["site"], head=["time_title"], date=None, byline=None, media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=[], sep="none", page_tail=["copyright"], front="headline_list"),
    dict(name="p-time-and-place", half="probe", stories=(3, 6), blank="body", body_len=(1, 4),
         page_head=["menu_line"], head=["time", "place", "title"], date=None, byline=None,
         media=["bare_agency"], media_rate=0.3, inline=[], inline_rate=0.0, tail=["share_line"],
         sep="none", page_tail=["copyright"], front="teasers"),
    dict(name="p-caption-kicker", half="probe", stories=(2, 4), blank="all",
         page_head=["site"], head=["caption", "kicker", "title", "byline", "date"],
         date="long_only", byline="by", media=["slash_credit"], media_rate=0.5,
         inline=["related_label"], inline_rate=0.4, tail=["tags"], sep="emdash",
         page_tail=["most_read"], front="cards_by"),
    dict(name="p-network-kicker", half="probe", stories=(2, 5), blank="mixed",
         page_head=["cookie"], head=["site_kicker", "title", "date"],
         date="abbr_time", byline=None, media=["provided"], media_rate=0.5,
         inline=["watch"], inline_rate=0.4, tail=["read_more_tail"], sep="none",
         page_tail=["trending"], front="headline_list"),
    dict(name="p-posted-by", half="probe", stories=(2, 4), blank="body",
         page_head=["site", "menu_lines"], head=["title", "submitted"],
         date="numeric_time", byline="by", media=["image_label"], media_rate=0.5,
         inline=["ad"], inline_rate=0.4, tail=["no_comments"], sep="dashes",
         page_tail=["copyright"], front="teasers"),
    dict(name="p-rubric-other", half="probe", stories=(2, 4), blank="double",
         page_head=["menu_line"], head=["rubric_other", "title", "byline_date"],
         date="iso", byline="by", media=["pipe"], media_rate=0.5,
         inline=["related_label_next"], inline_rate=0.4, tail=["comments"], sep="stars",
         page_tail=["top"], front="cards_by"),
    dict(name="p-latest-heading", half="probe", stories=(2, 4), blank="all",
         page_head=["site"], head=["latest", "title", "byline", "date", "share"],
         date="weekday", byline="by", media=["paren_image"], media_rate=0.5,
         inline=["related_bare"], inline_rate=0.3, tail=[], sep="up_next",
         page_tail=["copyright"], front="teasers"),
    dict(name="p-badge-section", half="probe", stories=(1, 4), blank="body",
         page_head=["skip", "menu_line"], head=["section_badge", "title", "read", "date"],
         date="relative", byline=None, media=["image_source"], media_rate=0.5,
         inline=["video_block"], inline_rate=0.3, tail=["more_story"], sep="none",
         page_tail=["most_read"], front="headline_list"),
]

PROBE_FAMILIES_2: list[dict] = [
    dict(name="q-byline-first", half="probe2", stories=(2, 5), blank="all",
         page_head=["site"], head=["byline", "date", "title"],
         date="numeric_time", byline="by", media=["pipe"], media_rate=0.4,
         inline=["related_label"], inline_rate=0.3, tail=["share_line"], sep="diamonds",
         page_tail=["copyright"], front="cards_by"),
    dict(name="q-date-kicker", half="probe2", stories=(2, 5), blank="none",
         page_head=["menu_line"], head=["date", "kicker", "title", "byline"],
         date="long_only", byline="by", media=["photo_label"], media_rate=0.5,
         inline=["related_bare"], inline_rate=0.3, tail=["tags_other"], sep="dots",
         page_tail=["most_read"], front="teasers"),
    dict(name="q-rubric-script", half="probe2", stories=(2, 4), blank="double",
         page_head=["site", "menu_line"], head=["rubric_script", "title", "date", "byline"],
         date="iso", byline="by", media=["slash_credit"], media_rate=0.5,
         inline=["ad"], inline_rate=0.4, tail=["comments"], sep="rule",
         page_tail=["trending"], front="headline_list"),
    dict(name="q-stacked-feed", half="probe2", stories=(3, 5), blank="mixed", repeat_head=True,
         page_head=["site", "menu_line"], head=["title", "byline_date", "read"],
         date="abbr_time", byline="by", media=["bare_agency"], media_rate=0.4,
         inline=["watch"], inline_rate=0.3, tail=["share_words"], sep="sponsored",
         page_tail=["copyright"], front="teasers"),
    dict(name="q-fronts", half="probe2", stories=(0, 2), blank="body",
         page_head=["skip", "menu_lines"], head=["section", "title", "byline", "date"],
         date="label_long", byline="by", media=["image_label"], media_rate=0.5,
         inline=["related_label_next"], inline_rate=0.4, tail=["read_more_tail"], sep="none",
         page_tail=["top", "copyright"], front="cards_by"),
    dict(name="q-two-line-briefs", half="probe2", stories=(4, 7), blank="none", body_len=(1, 2),
         page_head=["site"], head=["title", "date"],
         date="numeric_time", byline=None, media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=[], sep="dots",
         page_tail=["copyright"], front="headline_list"),
    dict(name="q-tag-other-caption", half="probe2", stories=(2, 4), blank="all",
         page_head=["site"], head=["caption", "rubric_other", "title", "date"],
         date="weekday", byline=None, media=["provided"], media_rate=0.3,
         inline=[], inline_rate=0.0, tail=["tags_other"], sep="diamonds",
         page_tail=["copyright"], front="teasers"),
    dict(name="q-date-byline-listen", half="probe2", stories=(2, 4), blank="body",
         page_head=["cookie"], head=["date", "title", "listen", "byline"],
         date="relative", byline="written_by", media=["credit_first"], media_rate=0.5,
         inline=["video_block"], inline_rate=0.3, tail=["no_comments"], sep="rule",
         page_tail=["trending"], front="cards_by"),
    dict(name="q-briefs-ampm", half="probe2", stories=(4, 7), blank="all", body_len=(1, 3),
         page_head=["site", "menu_line"], head=["time_ampm", "title"], date=None, byline=None,
         media=[], media_rate=0.0, inline=[], inline_rate=0.0, tail=[], sep="none",
         page_tail=["trending"], front="headline_list"),
    dict(name="q-briefs-time-under", half="probe2", stories=(4, 7), blank="mixed", body_len=(1, 3),
         page_head=["site"], head=["title", "time_dot"], date=None, byline=None,
         media=["bare_agency"], media_rate=0.2, inline=[], inline_rate=0.0, tail=[], sep="stars",
         page_tail=["copyright"], front="teasers"),
]

# headline choice (title18): lines beside the headline that read like one, or lead to it
PROBE_FAMILIES += [
    dict(name="p-deck-provider", half="probe", stories=(2, 4), blank="body",
         page_head=["menu_line"], head=["section", "title", "deck", "site_kicker", "date"],
         date="long_only", byline=None, media=["photo_label"], media_rate=0.5,
         inline=["related_label"], inline_rate=0.3, tail=["share_line"], sep="none",
         page_tail=["copyright"], front="teasers"),
    dict(name="p-bullets", half="probe", stories=(2, 4), blank="all",
         page_head=["site"], head=["kicker", "title", "bullets", "byline", "date"],
         date="numeric_time", byline="by", media=["pipe"], media_rate=0.5,
         inline=["watch"], inline_rate=0.3, tail=["tags"], sep="dashes",
         page_tail=["trending"], front="cards_by"),
    dict(name="p-correspondent-script", half="probe", stories=(2, 5), blank="mixed",
         page_head=["cookie"], head=["kicker_script", "title", "correspondent", "date"],
         date="abbr_time", byline=None, media=["bare_agency"], media_rate=0.4,
         inline=[], inline_rate=0.0, tail=["comments"], sep="stars",
         page_tail=["most_read"], front="headline_list"),
    dict(name="p-video-correspondent", half="probe", stories=(2, 4), blank="body",
         page_head=["site", "menu_line"], head=["correspondent", "title", "video_title", "date"],
         date="weekday", byline=None, media=["image_label"], media_rate=0.4,
         inline=["related_bare"], inline_rate=0.3, tail=["read_more_tail"], sep="none",
         page_tail=["copyright"], front="teasers"),
    dict(name="p-caps-copy-up-next", half="probe", stories=(2, 4), blank="body",
         page_head=["menu_line"], head=["title", "title_caps", "name_job", "date"],
         date="relative_dot", byline="by", media=["provided"], media_rate=0.6,
         inline=["video_block"], inline_rate=0.5, tail=[], sep="up_next",
         page_tail=["trending"], front="teasers"),
]

# A third batch (``PROBE_FAMILIES_3``, ``--half probe3``, rendered with the ``fit`` texts): section
# fronts whose cards print no date, only their skeleton repeated (a headline, a teaser of one
# sentence, a byline, a link's label: ``cards_teaser_by``; a headline, a teaser and a link's label:
# ``cards_teaser_link``; a headline, a byline and a link's label: ``cards_by``), beside the hard
# negatives such a front must not swallow: stories of one or two short paragraphs under a
# headline and a byline, with no date::
#
#     python benchmarks/segmentation/run.py --bench ../shared/bench --half probe3 --failures 40
PROBE_FAMILIES_3: list[dict] = [
    dict(name="r-fronts-teaser-by", half="probe3", stories=(0, 2), blank="all",
         page_head=["site", "menu_line"], head=["section", "title", "byline", "date"],
         date="long_only", byline="by", media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=["read_more_tail"], sep="none",
         page_tail=["copyright"], front="cards_teaser_by"),
    dict(name="r-fronts-teaser-link", half="probe3", stories=(0, 2), blank="none",
         page_head=["skip", "menu_lines"], head=["title", "byline"],
         date=None, byline="by", media=["image_label"], media_rate=0.3,
         inline=[], inline_rate=0.0, tail=["share_line"], sep="rule",
         page_tail=["trending", "copyright"], front="cards_teaser_link"),
    dict(name="r-fronts-by-kicker", half="probe3", stories=(0, 2), blank="double",
         page_head=["site"], head=["kicker", "title", "byline"],
         date=None, byline="by", media=[], media_rate=0.0,
         inline=["related_label"], inline_rate=0.3, tail=[], sep="diamonds",
         page_tail=["top", "copyright"], front="cards_by"),
    dict(name="r-short-briefs-by", half="probe3", stories=(3, 6), blank="body", body_len=(1, 2),
         page_head=["site", "menu_line"], head=["title", "byline"],
         date=None, byline="by", media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=["read_more_tail"], sep="none",
         page_tail=["copyright"], front="cards_teaser_by"),
]

# A fourth batch (``PROBE_FAMILIES_4``, ``--half probe4``, rendered with the ``fit`` texts, all
# eleven locales, kickers in other scripts too): story headers whose shapes no other family has, to
# measure headline choice and story starts on templates nobody tuned for. A picture's caption and
# credit between two stories (over the next headline); a dateline leading the first paragraph
# (``CITY (Agency) — ...``); a headline in title case over a deck in sentence case; a kicker ending
# in a colon; an update line over the byline; the story's number in the feed (``2/5``); the
# headline printed again as a link under its story; an author photo's alt text (``Portrait of
# ...``) over the byline. Written before the rules that they measure were changed::
#
#     python benchmarks/segmentation/run.py --bench ../shared/bench --half probe4 --failures 40
PROBE_FAMILIES_4: list[dict] = [
    dict(name="s-caption-between", half="probe4", stories=(2, 5), blank="body",
         page_head=["site", "menu_line"], head=["caption_credit", "title", "byline", "date"],
         date="long_only", byline="by", media=[], media_rate=0.0,
         inline=["related_label"], inline_rate=0.3, tail=["tags"], sep="none",
         page_tail=["copyright"], front="teasers"),
    dict(name="s-dateline-deck", half="probe4", stories=(2, 4), blank="all", title_case=True, dateline=True,
         page_head=["cookie"], head=["title", "deck", "byline", "date"],
         date="abbr_time", byline="by", media=["pipe"], media_rate=0.4,
         inline=["related_bare"], inline_rate=0.3, tail=["share_line"], sep="rule",
         page_tail=["trending"], front="cards_by"),
    dict(name="s-kicker-colon-updated", half="probe4", stories=(2, 5), blank="mixed",
         page_head=["menu_line"], head=["kicker_colon", "title", "updated", "byline"],
         date=None, byline="by", media=["slash_credit"], media_rate=0.4,
         inline=["ad"], inline_rate=0.3, tail=["comments"], sep="dots",
         page_tail=["copyright"], front="headline_list"),
    dict(name="s-story-number", half="probe4", stories=(2, 5), blank="none",
         page_head=["site"], head=["story_no", "title", "date", "byline"],
         date="numeric_time", byline="by", media=["bare_agency"], media_rate=0.3,
         inline=[], inline_rate=0.0, tail=["title_link"], sep="none",
         page_tail=["most_read"], front="teasers"),
    dict(name="s-author-portrait", half="probe4", stories=(2, 4), blank="double",
         page_head=["skip", "menu_lines"], head=["section", "title", "author_alt", "byline", "date"],
         date="weekday", byline="by", media=["image_label"], media_rate=0.5,
         inline=["watch"], inline_rate=0.3, tail=["no_comments"], sep="stars",
         page_tail=["top", "copyright"], front="cards_teaser_by"),
    dict(name="s-wire-caption-colon", half="probe4", stories=(2, 4), blank="all", dateline=True,
         page_head=["site"], head=["caption_credit", "kicker_colon", "title", "updated"],
         date=None, byline=None, media=["provided"], media_rate=0.3,
         inline=["related_label_next"], inline_rate=0.3, tail=["read_more_tail"], sep="none",
         page_tail=["trending"], front="headline_list"),
    dict(name="s-numbered-link-deck", half="probe4", stories=(2, 4), blank="body", title_case=True,
         page_head=["menu_line"], head=["story_no", "kicker_colon", "title", "deck", "author_alt", "byline_date"],
         date="iso", byline="by", media=["photo_label"], media_rate=0.4,
         inline=["video_block"], inline_rate=0.3, tail=["title_link"], sep="diamonds",
         page_tail=["copyright"], front="teasers"),
]

# A fifth batch (``PROBE_FAMILIES_5``, ``--half probe5``, rendered with the ``fit`` texts): pages
# of briefs, each one to three sentences of its copy (``brief_sentences``) under a headline, in
# shapes no other family prints: headlines that end with a full stop, no separator and no blank
# line between briefs (``s-briefs-stop``); a digest whose briefs open on a place's lead-in,
# ``PARIS. — ...`` (``place_lead``, ``s-digest-dateline``); a ticker with the time after the
# headline, ``Headline · 14:05`` (``s-ticker-time-right``); briefs of one sentence each under
# the time alone on its line (``s-briefs-one-timed``); with the fronts of teasers that
# must give no record::
#
#     python benchmarks/segmentation/run.py --bench ../shared/bench --half probe5 --failures 40
PROBE_FAMILIES_5: list[dict] = [
    dict(name="s-briefs-stop", half="probe5", stories=(3, 7), blank="none", brief_sentences=(1, 3),
         title_stop=True, page_head=["site", "menu_line"], head=["title"],
         date=None, byline=None, media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=[], sep="none",
         page_tail=["copyright"], front="teasers"),
    dict(name="s-digest-dateline", half="probe5", stories=(3, 7), blank="all", brief_sentences=(1, 3),
         place_lead=". — ", page_head=["site"], head=["title"],
         date=None, byline=None, media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=[], sep="none",
         page_tail=["most_read", "copyright"], front="cards_teaser_link"),
    dict(name="s-ticker-time-right", half="probe5", stories=(4, 8), blank="body", brief_sentences=(1, 2),
         page_head=["site", "menu_line"], head=["title_time_right"],
         date=None, byline=None, media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=[], sep="none",
         page_tail=["trending"], front="headline_list"),
    dict(name="s-briefs-stop-by", half="probe5", stories=(3, 6), blank="body", brief_sentences=(2, 3),
         title_stop=True, page_head=["menu_line"], head=["title", "byline"],
         date=None, byline="by", media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=[], sep="dots",
         page_tail=["top", "copyright"], front="cards_teaser_by"),
    # (brief23b) timed briefs of one whole sentence each, the time alone on its line under the
    # headline: a page that the story cards' test (``CS503``) read as a front of teasers
    dict(name="s-briefs-one-timed", half="probe5", stories=(4, 7), blank="body", brief_sentences=(1, 1),
         page_head=["site", "menu_line"], head=["title", "time"],
         date=None, byline=None, media=[], media_rate=0.0,
         inline=[], inline_rate=0.0, tail=[], sep="none",
         page_tail=["copyright"], front="teasers"),
]

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

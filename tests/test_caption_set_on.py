"""CS110 photo-caption, plain text: the line set right over an image credit with no blank line
between, the two apart from the paragraphs around them (one element's lines, as a page's
``<figcaption>`` prints a caption and its credit), is the picture's caption, whatever its words."""

from __future__ import annotations

import cleanscrape
from cleanscrape.io.html import read_html
from cleanscrape.pipeline import Pipeline

HEADLINE = "Harbour cranes back at work after two years"
STORY = [
    "The two cranes at Velmora harbour lifted their first containers in two years on Monday, the port authority said.",
    "Both cranes were taken out of service in 2023 after an inspector found cracks in their arms and legs.",
    "Dock workers said the return of the cranes would end months of overtime on the night shift and weekends.",
    "The port expects container traffic to double by the summer, and two more shipping lines have asked for berths.",
]
CAPTION = 'Crane drivers at the "North Quay" terminal in Velmora, Monday.'
CREDIT = "Ines Carter/Getty Images"
AFTER = "This time, the first ship in was a feeder from Calder Bay."


def _removed(page: str) -> dict[str, str]:
    (record,) = cleanscrape.clean(page)
    return {r.text: r.code for r in record.removed}


def test_a_caption_set_on_its_credit_goes():
    page = "\n\n".join([HEADLINE, STORY[0], STORY[1], f"{CAPTION}\n{CREDIT}", STORY[2], STORY[3]])
    removed = _removed(page)
    assert removed.get(CAPTION) == "CS110"
    assert removed.get(CREDIT) is not None


def test_the_short_sentence_under_the_credit_stays_when_the_caption_is_set_over_it():
    # two credits, each with its caption set over it and a short sentence of the text under it:
    # the page's captions stand over the credits, not under them
    page = "\n\n".join([HEADLINE, STORY[0], f"{CAPTION}\n{CREDIT}", AFTER, STORY[1],
                        f"{CAPTION.replace('Monday', 'Tuesday')}\n{CREDIT}", AFTER.replace("feeder", "tanker"),
                        STORY[2], STORY[3]])
    (record,) = cleanscrape.clean(page)
    assert AFTER in record.paragraphs
    assert CAPTION not in record.paragraphs


def test_lookalikes_stay():
    # a blank line between the line and the credit: the line is the text's (a quote is no caption)
    page = "\n\n".join([HEADLINE, STORY[0], STORY[1], CAPTION, CREDIT, STORY[2], STORY[3]])
    assert CAPTION not in _removed(page)
    # the line set right under the line over it too: a run of lines, not a caption over its credit
    page = "\n\n".join([HEADLINE, STORY[0], STORY[1], f"{STORY[2]}\n{CAPTION}\n{CREDIT}", STORY[3]])
    assert removed_code(page, CAPTION) != "CS110"
    # text set right under the credit: the credit and the lines around it are one run
    page = "\n\n".join([HEADLINE, STORY[0], STORY[1], f"{CAPTION}\n{CREDIT}\n{STORY[2]}", STORY[3]])
    assert removed_code(page, CAPTION) != "CS110"
    # a lone word over the credit is the template's label (a share bar's count, `Caption`), not a caption
    page = "\n\n".join([HEADLINE, STORY[0], STORY[1], f"Shares\n{CREDIT}", STORY[2], STORY[3]])
    (record,) = cleanscrape.clean(page)
    assert not any(r.text == "Shares" and r.reason.startswith("the line set right over") for r in record.removed)
    # a line that opens on a credit's label is a second credit over the first, not its caption
    labelled = "Photo: Ines H.W. Carter, AP"
    page = "\n\n".join([HEADLINE, STORY[0], STORY[1], f"{labelled}\n{CREDIT}", STORY[2], STORY[3]])
    (record,) = cleanscrape.clean(page)
    assert not any(r.text == labelled and r.reason.startswith("the line set right over") for r in record.removed)


def removed_code(page: str, text: str) -> str | None:
    return _removed(page).get(text)


def test_an_html_page_is_left_to_its_markup():
    html = (f"<html><body><article><h1>{HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in STORY[:2])
            + f"<p>{CAPTION}<br>{CREDIT}</p>" + "".join(f"<p>{p}</p>" for p in STORY[2:]) + "</article></body></html>")
    labels = Pipeline().label(read_html(html.encode())).labels
    assert not any(f is not None and f.reason.startswith("the line set right over") for f in labels)

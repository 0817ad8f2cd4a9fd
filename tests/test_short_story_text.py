"""Issue #18 (seg28, ``--half probe9``'s short stories with no record): a story whose headline the
page's own pattern confirms (its contents list it, or its time stands over every brief's headline)
keeps the short lines under it that content scoring found too thin: merge rather than drop. The
page's `Read on` link, a dateline's opener, the brief's time and a `Trending` list stay out.
Written for our own probe pages."""

from __future__ import annotations

import cleanscrape
from test_page_contents import PAGE as CONTENTS_PAGE

# seg25's digest (tests/test_page_contents.py), its last story one short line with no sentence's end
DIGEST = CONTENTS_PAGE.replace("Library reopens its reading room", "Harbour master on the new pontoon") \
    .replace("Readers will find new desks!", "Twelve berths and a crane")


def test_a_listed_storys_one_short_line_is_its_text():
    arts = cleanscrape.clean(DIGEST)
    assert [a.title for a in arts] == ["Ferry timetable changes for the winter", "Rowing club wins the autumn regatta",
                                      "Harbour master on the new pontoon"]
    assert arts[2].paragraphs == ("Twelve berths and a crane",)
    assert not any(p == "Read on" for a in arts for p in a.paragraphs)


BRIEFS = """Quayside Courier
Home | News | Sport | Culture

15:29

Council approves the new harbour wall after a long night of debate
PORT ELLAN —
The council voted on Tuesday to spend four million on a new wall along the north quay, with work to start in the spring and end before the autumn storms

Filed under: Politics | Harbour
19:50
Lifeboat crew rescues two kayakers off the point in rising seas
NORTH QUAY, MAY 9 (Courier) –
The volunteers reached the pair within twenty minutes of the call and brought them back to the slipway unhurt

The two had set out from the beach at noon and were carried past the point by the ebb. The crew found them clinging to one kayak half a mile out, cold but able to talk, and both were checked by the ambulance staff on the slipway before going home with their families.
Filed under: Harbour | Sport

12:05

Market traders ask for longer hours on the quay during the summer season
NORTH QUAY, JUN 2 (Courier) –
The traders say the evening visitors from the cruise ships find the stalls closed by six, and they want to stay open until nine from June to August.

The council will hear their request at its next meeting. Residents of the quay have written to ask that the music stop at eight, and the harbour master wants the lorries gone by seven so the cranes can work, so the traders expect a compromise rather than the full three hours.

Filed under: Harbour, Culture
22:27

Ferry fares frozen for islanders next year after a vote by the board

NORTH QUAY, APR 27 (Courier) –

Season tickets stay at last year's price.

Filed under: Harbour | Transport

Most read

Rowing club wins the autumn regatta with a late surge past the favourites
Library reopens its reading room after the summer works on the roof
"""


def test_a_timed_briefs_short_sentence_is_its_text():
    arts = cleanscrape.clean(BRIEFS)
    assert [a.title for a in arts][-1] == "Ferry fares frozen for islanders next year after a vote by the board"
    assert arts[-1].paragraphs == ("Season tickets stay at last year's price.",)
    assert not any(p in ("NORTH QUAY, APR 27 (Courier) –", "Most read") for a in arts for p in a.paragraphs)

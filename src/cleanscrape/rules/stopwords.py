"""Stopword lists, as data: the most frequent function words of each language.

Prose is dense in them; menus, link lists, bylines and headlines are not.
"""

from __future__ import annotations

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("""a about after all also an and any are as at be been but by can could did do
        does for from had has have he her his how i if in into is it its may more most my no not of
        on one or our out over she so some than that the their them then there these they this to
        up us was we were what when where which while who will with would you your""".split()),
    "de": frozenset("""aber als am an auch auf aus bei bis da das dass dem den der des die dies doch
        du durch ein eine einem einen einer eines er es für hat hatte ich ihr im in ist ja kann
        kein man mit nach nicht noch nur oder sein sich sie sind so über um und uns vom von vor
        war wie wir wird wurde zu zum zur""".split()),
    "es": frozenset("""a al como con cuando de del donde el ella en entre era es esta este fue ha
        hay la las le lo los más me mi muy no nos o para pero por que qué se ser si sin sobre su
        sus también te un una uno y ya""".split()),
    "fr": frozenset("""à au aux avec ce ces comme dans de des du elle en est et été il ils je la le
        les leur lui mais même ne nous on ou par pas plus pour qu que qui sa se ses son sont sur
        un une vous y a été cette""".split()),
    "it": frozenset("""a al alla anche che chi con da dal del della di e è gli ha i il in la le lo
        ma nei nel nella non per più questo si sono su sua suo tra un una uno""".split()),
    "pt": frozenset("""a ao aos as com como da das de do dos e é ela ele em entre era foi há isso
        mais mas na nas não no nos o os ou para pela pelo por que se sem ser seu sua também um
        uma""".split()),
    "nl": frozenset("""aan al als bij dan dat de deze die dit door een en er geen het hij hoe ik in
        is ja je maar met na naar niet nog of om ook op over te tot uit van voor was wat we wel
        werd wie wij zijn zo""".split()),
}

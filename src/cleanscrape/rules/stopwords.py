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
    "sv": frozenset("""alla att av blev bli de dem den denna deras dess det detta dig din du där efter
        eller en ett från för har hade han hans henne hon honom hur här i inom inte jag kan man
        med mellan men mig min mot mycket ni nu när och om oss på sedan sig sin sina själv ska
        skulle som så till under upp ut utan vad var vara vi vid vilken år är också""".split()),
    # Danish and Norwegian share most of theirs
    "da-no": frozenset("""af alle at av blev ble blive bli da de dem den denne der deres det dette du
        efter eller en er et etter for fra har hadde havde han hans hende henne hun hvad hvor
        hvordan i ikke ind inn jeg kan kunne man med meg mig men mod mot ned nu nå når og også
        om op opp os oss på sig seg sin skal skulle som så til ud ut under var vi vil være""".split()),
    "pl": frozenset("""a aby ale bo by być co czy dla do go i ich jak jako jest jego jej jeszcze
        już lub ma mi może na nad nie niż o od po pod przez przy się sobie tak także tego to
        tylko w we więc z za ze że był była było były są które który która""".split()),
    "ru": frozenset("""а без бы был была были было в вам вас все всё вы где да для до его ее её если
        есть еще ещё же за и из или им их к как когда кто ли между мне может мы на над не него
        нет ни но о об он она они оно от по под при с со так также то того только у уже чем что
        это этот эти я""".split()),
    "tr": frozenset("""acaba ama ancak bana bazı belki ben beni benim bir biri birkaç bu buna bunu
        bunun çok çünkü da daha de değil diye en gibi hem hep her hiç için ile ise kadar ki kim
        mı mi mu mü nasıl ne neden o olan olarak oldu olduğu olur sadece siz şey şu tüm ve veya
        ya yani""".split()),
    # Indonesian and Malay
    "id-ms": frozenset("""ada adalah agar akan anda atau bagi bahwa banyak belum bisa dalam dan dari
        dengan di dia ia ini itu jika juga kami karena ke kepada kita lagi lebih maka mereka
        masih namun oleh pada para saat saja sangat satu saya secara sebagai sebuah sedang
        seperti serta setelah sudah tapi telah tetapi tidak untuk yaitu yang
        yg dgn utk tdk sdh krn dlm""".split()),  # (the short forms informal writing uses)
}

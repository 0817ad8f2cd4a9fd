"""The words a date is read by: month and weekday names, and the labels of a publication
date, in every language the rules know. Data for :mod:`cleanscrape.dates` (the bottom layer),
kept out of ``rules/vocab.py`` so that dates imports nothing above it; ``rules.vocab``
re-exports them."""

from __future__ import annotations

# Publication stubs and their values.
PUBLISHED_WORDS = (
    "Published", "Published on", "Published at", "Posted", "Posted on", "Posted at",
    "Updated", "Updated on", "Last updated", "Last updated on", "Last modified",
    "First published", "First published on", "Date", "Modified",
    "Veröffentlicht", "Veröffentlicht am", "Aktualisiert", "Aktualisiert am", "Stand",
    "Erstellt", "Zuletzt aktualisiert", "Publicado", "Publicado el", "Actualizado",
    "Actualizado el", "Fecha", "Publié", "Publié le", "Mis à jour", "Mis à jour le",
    "Pubblicato", "Aggiornato", "Pubblicato il", "Aggiornato il", "Publicado em", "Atualizado",
    "Atualizado em", "Gepubliceerd", "Gepubliceerd op", "Bijgewerkt", "Bijgewerkt op",
    # sv, no, da
    "Publicerad", "Uppdaterad", "Publisert", "Oppdatert", "Publiceret", "Udgivet", "Opdateret",
    # ko, vi, el, he, pl, tr
    "입력", "수정", "등록", "기사입력", "최종수정", "Cập nhật", "Δημοσίευση", "Ενημέρωση", "פורסם", "עודכן",
    "Opublikowano", "Aktualizacja", "Zaktualizowano", "Giriş", "Güncelleme", "Güncellendi", "Yayınlanma",
    "송고", "업데이트", "Đăng", "Δημοσιεύθηκε", "Ενημερώθηκε",
)

MONTHS = {
    # en
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # de
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12, "okt": 10, "dez": 12, "mär": 3,
    # es
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12,
    # fr
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12, "janv": 1, "févr": 2, "avr": 4, "juil": 7,
    # it
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12, "giu": 6, "lug": 7, "ott": 10,
    # pt
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12, "fev": 2,
    # nl
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8, "mrt": 3,
    # sv, no, da (the rest as in de, nl, fr)
    "maj": 5, "augusti": 8, "desember": 12, "marts": 3,
    # ru (the genitive a date uses: `19 ноября 2025`)
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    # pl (genitive)
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7,
    "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
    # ar (the names of Egypt and the Gulf, then of the Levant and Iraq)
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12, "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5,
    "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11,
    "كانون الأول": 12,
    # tr
    "ocak": 1, "şubat": 2, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8,
    "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
}

WEEKDAYS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mandag", "tirsdag",
    "lørdag", "søndag",
    "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
    "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật",
)

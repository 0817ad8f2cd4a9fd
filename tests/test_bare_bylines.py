"""A byline with no `By`: a name, a comma and the author's job (`Ana Ruiz, corresponsal`,
`Rodrigo Valdeolmos, Jefe de Economía`) beside the date or the reading time, once on the page
too; and the day-first dates with hyphens such headers print (`12-03-2026 08:15`)."""

from __future__ import annotations

from cleanscrape import clean

PARAGRAPHS = (
    "La autoridad portuaria de Valdemora inauguró el martes una nueva terminal de contenedores que "
    "duplicará la capacidad del muelle sur durante los próximos cinco años.\n"
    "Según el presidente del puerto, la obra costó 140 millones de euros y dará trabajo a unas "
    "cuatrocientas personas, la mayoría de la comarca.\n"
)
OTHER_PARAGRAPHS = (
    "La selección femenina ganó el domingo el torneo de invierno de Torrelba tras vencer en la final a "
    "Portugal por tres goles a uno ante siete mil espectadores.\n"
    "La organización explicó a los periodistas que el equipo viajará el lunes a Madrid para recibir el "
    "homenaje del ayuntamiento y de la federación.\n"
)


def _fields(page: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.title, a.byline, a.published) for a in clean(page)]


def test_a_bare_name_and_job_beside_a_day_first_date_fills_both_fields():
    page = ("Diario del Valle\nInicio | Noticias | Economía | Deportes\n\n"
            "El puerto de Valdemora abre una nueva terminal de contenedores\nAna Ruiz, corresponsal\n12-03-2026 08:15\n"
            + PARAGRAPHS + "Marta Gil, alcaldesa\n"  # (a subheading that is a name: no date beside it)
            "La alcaldesa celebró la apertura y pidió que los camiones eviten el centro de la ciudad en las "
            "horas punta de la mañana y de la tarde.\n"
            "Para reservas, el teléfono de la terminal es el 555-12-03-2026 y atiende de lunes a viernes.\n\n"
            "La selección femenina gana el torneo de invierno en Torrelba\nChiara Bortolami, Inviata\n14-02-2026 21:40\n"
            + OTHER_PARAGRAPHS +
            "El marcador final, 12-03 en el último set de la exhibición, no contó para la clasificación.\n"
            "Ana Ruiz, corresponsal en Torrelba, dijo que el equipo llegará el lunes a Madrid por la tarde.\n")
    records = clean(page)
    assert [(a.title, a.byline, a.published) for a in records] == [
        ("El puerto de Valdemora abre una nueva terminal de contenedores", "Ana Ruiz", "2026-03-12T08:15"),
        ("La selección femenina gana el torneo de invierno en Torrelba", "Chiara Bortolami", "2026-02-14T21:40"),
    ]
    first, second = records[0].body, records[1].body
    assert "Marta Gil, alcaldesa" in first and "555-12-03-2026" in first  # a name as a subheading; a phone number
    assert "12-03 en el último set" in second and "Ana Ruiz, corresponsal en Torrelba, dijo" in second  # a score; a name in prose


def test_a_name_and_a_job_no_list_holds_under_a_headline_over_the_date_is_the_byline():
    page = ("Diario del Valle\n\nEl puerto de Valdemora abre una nueva terminal de contenedores\n"
            "Rodrigo Valdeolmos, Jefe de Economía\n11:39, NOV 25, 2025\n" + PARAGRAPHS)
    assert _fields(page) == [("El puerto de Valdemora abre una nueva terminal de contenedores",
                              "Rodrigo Valdeolmos", "2025-11-25T11:39")]
    assert "Rodrigo" not in clean(page)[0].body


def test_a_name_and_a_job_under_the_reading_time_is_the_byline():
    page = ("Diario del Valle\n\nLa selección femenina gana el torneo de invierno en Torrelba\n"
            "Lectura: 4 min\nLucía Bermejo, Jefa de Deportes\n" + OTHER_PARAGRAPHS)
    assert _fields(page) == [("La selección femenina gana el torneo de invierno en Torrelba", "Lucía Bermejo", None)]


def test_a_headline_with_a_comma_over_its_own_date_is_no_byline():
    # no job word after the comma and no headline over it (a masthead is shorter): no author
    page = ("The Valley Courier\n\nMarta Elena Gil Serrano, Explained Today\n3 March 2026\n"
            "The mayor of Valdemora has led the town council for six years, and her second term ends in the "
            "spring after a long fight over the harbour.\n"
            "She grew up in the old quarter and worked as a nurse before she entered politics at the age of "
            "forty, her office said on Tuesday.\n")
    (record,) = clean(page)
    assert record.byline is None and record.published == "2026-03-03"
    assert "Marta Elena Gil Serrano, Explained Today" in (record.title, *record.paragraphs)


MERLU = ("Au début du siècle, les populations de merlus avaient atteint un niveau si bas que les scientifiques "
         "craignaient leur disparition complète.\n"
         "Les quotas fixés depuis vingt ans ont permis au stock de se reconstituer, selon le dernier rapport publié "
         "mardi par les chercheurs.\n")
PORT = ("Le navire, long de cent quarante mètres, a accosté lundi matin devant plusieurs centaines de curieux "
        "venus assister à la manœuvre.\n"
        "La mairie espère que cette escale ouvrira la voie à une dizaine d'autres paquebots électriques avant la "
        "fin de l'année prochaine.\n")
MERLU_HEAD = "Le merlu de l'Atlantique Nord sauvé de l'extinction ?"
PORT_HEAD = "Le port de Vauclair accueille son premier paquebot électrique de la saison"


def test_a_name_and_a_newsroom_job_over_the_headline_heads_the_story_under_it():
    # the name over the headline, the date under it: the author of the story below, no headline
    page = ("La Gazette du Port\n\nThéo Tassin, Rédacteur en chef adjoint\n" + MERLU_HEAD + "\nsam. 8 mars 2026\n"
            + MERLU + "\nArmand Lestrade, Rédacteur en chef adjoint\n" + PORT_HEAD + "\nlun. 21 janvier 2025\n" + PORT)
    records = clean(page)
    assert [(a.title, a.byline, a.published) for a in records] == [
        (MERLU_HEAD, "Théo Tassin", "2026-03-08"), (PORT_HEAD, "Armand Lestrade", "2025-01-21")]
    assert "Armand Lestrade" not in " ".join(records[0].paragraphs)


def test_a_byline_closing_the_story_above_stays_there_when_the_next_header_has_its_own():
    page = ("La Gazette du Port\n\n" + MERLU_HEAD + "\nThéo Tassin, Rédacteur en chef adjoint\nsam. 8 mars 2026\n"
            + MERLU + "Par Armand Lestrade\n" + PORT_HEAD + "\nMargaux Ferrand, Rédactrice\nlun. 21 janvier 2025\n" + PORT)
    records = clean(page)
    assert [(a.title, a.byline, a.published) for a in records] == [
        (MERLU_HEAD, "Théo Tassin", "2026-03-08"), (PORT_HEAD, "Margaux Ferrand", "2025-01-21")]
    assert [r.text for r in records[0].removed if r.text.startswith("Par ")] == ["Par Armand Lestrade"]
    # a name and a job no list holds over a headline, with no date under it: it stays text
    lone = page.replace("Par Armand Lestrade", "Armand Lestrade, Chef du Port")
    assert "Armand Lestrade, Chef du Port" in clean(lone)[0].paragraphs

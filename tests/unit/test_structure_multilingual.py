"""General rules from the "holdout-3" round: label-column layouts (Europass), day-first dates,
underline rules, multilingual section titles, CEFR levels, promotions under one employer,
"(Country)" places, issuer lines under certificates and a name set in a right-hand cell."""

from __future__ import annotations

from typing import Any

import pytest

from resume_processor.pipeline.layout import Box, LayoutDocument, Line, Page
from resume_processor.pipeline.structure.contact import find_label, find_location
from resume_processor.pipeline.structure.dates import find_date_range, strip_span
from resume_processor.pipeline.structure.entries import group_entries
from resume_processor.pipeline.structure.labels import read_label_column
from resume_processor.pipeline.structure.lists import parse_certificates, parse_languages
from resume_processor.pipeline.structure.local import LocalStructurer, inherit_employer
from resume_processor.pipeline.structure.places import parse_location, split_trailing_place
from resume_processor.pipeline.structure.records import to_project, to_work
from resume_processor.pipeline.structure.schema import Work
from resume_processor.pipeline.structure.sections import (
    Kind,
    drop_rules,
    heading_key,
    heading_kind,
    without_cover_pages,
)


def lines(*texts: str) -> list[Line]:
    return [Line(text, Box(72.0, 12.0 * i, 400.0, 12.0 * i + 10)) for i, text in enumerate(texts)]


def row(text: str, x0: float, y: float, size: float = 9.0, bold: bool = False) -> Line:
    return Line(text, Box(x0, y, x0 + 6.0 * len(text), y + 10), font_size=size, bold=bold)


def structure(rows: list[Line]) -> dict[str, Any]:
    page = Page(number=1, width=595.0, height=842.0, lines=rows)
    return LocalStructurer().structure(LayoutDocument(pages=[page], engine="test"))


@pytest.mark.parametrize(
    ("text", "start", "end", "ongoing"),
    [
        ("01/06/2021 \u2013 29/02/2024 Communications Officer", "2021-06", "2024-02", False),
        ("01/02/2023 \u2013 ongoing Financial Controller", "2023-02", None, True),
        ("15.10.2013 - 31.01.2017", "2013-10", "2017-01", False),
        ("03/2020 - present", "2020-03", None, True),
    ],
)
def test_day_first_numeric_dates(text: str, start: str, end: str | None, ongoing: bool) -> None:
    found = find_date_range(text)
    assert found is not None
    assert (found.start, found.end, found.ongoing) == (start, end, ongoing)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("BERUFSERFAHRUNG", Kind.WORK),
        ("Expérience professionnelle", Kind.WORK),
        ("Experiencia laboral", Kind.WORK),
        ("Werkervaring", Kind.WORK),
        ("Arbetslivserfarenhet", Kind.WORK),
        ("FORMATION", Kind.EDUCATION),
        ("Educación", Kind.EDUCATION),
        ("Opleiding", Kind.EDUCATION),
        ("Utbildning", Kind.EDUCATION),
        ("Kenntnisse", Kind.SKILLS),
        ("Compétences", Kind.SKILLS),
        ("Sprachen", Kind.LANGUAGES),
        ("Langues", Kind.LANGUAGES),
        ("Idiomas", Kind.LANGUAGES),
        ("Personal skills", Kind.SKILLS),
        ("Additional information", Kind.OTHER),
        ("COMPETENZE LINGUISTICHE", Kind.LANGUAGES),
        ("Competenze informatiche", Kind.SKILLS),
        ("Dati personali", Kind.CONTACT),
    ],
)
def test_multilingual_section_titles(title: str, kind: Kind) -> None:
    assert heading_kind(heading_key(title)) is kind


def test_underline_rules_mark_headings_and_are_dropped() -> None:
    kept, underlined = drop_rules(lines("JANE DOE", "========", "Physiotherapist", "WORK", "----"))
    assert [line.text for line in kept] == ["JANE DOE", "Physiotherapist", "WORK"]
    assert underlined == {id(kept[0]), id(kept[2])}


def test_underlined_name_headline_and_first_job() -> None:
    data = structure(
        lines(
            "PAVEL NIEMINEN",
            "==============",
            "Physiotherapist",
            "pavel@example.net",
            "BERUFSERFAHRUNG",
            "===============",
            "2022-today  Fieldstone Credit Union, Bologna \u2014 Physiotherapist",
            "            * Mentored student nurses.",
        )
    )
    assert data["basics"]["name"] == "Pavel Nieminen"
    assert data["basics"]["label"] == "Physiotherapist"
    job = data["work"][0]
    assert (job["name"], job["position"], job["startDate"]) == (
        "Fieldstone Credit Union",
        "Physiotherapist",
        "2022",
    )


def test_bracketed_country_and_postcode_location() -> None:
    found = parse_location("Veldstraat 81, 9000 Ghent (Belgium)")
    assert found is not None
    assert (found.city, found.countryCode, found.postalCode, found.address) == (
        "Ghent",
        "BE",
        "9000",
        "Veldstraat 81",
    )
    assert split_trailing_place("Castellan Insurance, Munich (Germany)") == (
        "Castellan Insurance",
        "Munich, Germany",
    )


def test_trailing_town_leaves_the_employer_name() -> None:
    work = to_work(group_entries(lines("Quayside Capital, Bologna \u2014 Physiotherapist"))[0])
    assert work.name == "Quayside Capital"
    assert (work.model_extra or {}).get("location") == "Bologna"
    work = to_work(group_entries(lines("Acme, Inc. \u2014 Engineer"))[0])
    assert work.name == "Acme, Inc."


def test_cefr_grid_rows_and_footnote() -> None:
    found = parse_languages(
        [
            "Dutch (Native)",
            "Listening Reading Spoken interaction Spoken production",
            "German C2 C2 C1 C2 C2",
            "Levels: A1 and A2: Basic user - B1 and B2: Independent user",
            "Common European Framework of Reference for Languages",
        ]
    )
    assert [(lang.language, lang.fluency) for lang in found] == [
        ("Dutch", "Native"),
        ("German", "C2"),
    ]


def test_promotion_inherits_the_employer() -> None:
    jobs = inherit_employer(
        [
            Work(name="Castellan", position="Planner", startDate="2021-07"),
            Work(position="Buyer", startDate="2018-02"),
            Work(position="Stray line without dates"),
            Work(name="Baltica", position="Supervisor"),
        ]
    )
    assert [job.name for job in jobs] == ["Castellan", "Castellan", None, "Baltica"]


def test_plain_issuer_line_under_a_bold_certificate() -> None:
    found = parse_certificates(
        ["PRINCE2 Foundation", "AXELOS, 2016", "Forklift Operator Licence, TÜV SÜD (2019)"],
        [True, False, False],
    )
    assert [(c.name, c.issuer, c.date) for c in found] == [
        ("PRINCE2 Foundation", "AXELOS", "2016"),
        ("Forklift Operator Licence", "TÜV SÜD", "2019"),
    ]


def test_named_project_written_as_prose() -> None:
    entries = group_entries(
        lines("Open Ward Rota - Volunteer-built shift planner for a community hospital ward")
    )
    project = to_project(entries[0])
    assert project.name == "Open Ward Rota"
    assert project.description == "Volunteer-built shift planner for a community hospital ward"


def test_label_column_rows_lose_their_labels() -> None:
    rows = [
        row("PERSONAL INFORMATION Wendell Hoffmann", 70, 40),
        row("Veldstraat 81, 9000 Ghent (Belgium)", 198, 62),
        row("Date of birth 12/12/1994 | Nationality Belgian", 198, 75),
        row("PREFERRED JOB Communications Officer", 110, 90, size=12, bold=True),
        row("Mother tongue(s) Dutch", 114, 110),
        row("Business or sector Finance", 198, 130),
        row("Dates 01/03/2021 \u2013 31/07/2024", 157, 150),
    ]
    out, fields = read_label_column(rows)
    assert fields == {"name": "Wendell Hoffmann", "label": "Communications Officer"}
    texts = [line.text for line in out]
    assert "Dutch (Native)" in texts
    assert "01/03/2021 \u2013 31/07/2024" in texts
    assert not any("Business or sector" in t or "Nationality" in t for t in texts)


def test_europass_old_form_entry_fields() -> None:
    data = structure(
        [
            row("Personal information", 60, 40, size=10, bold=True),
            row("First name(s) / Surname(s) Gustavo Sørensen", 78, 60),
            row("+31 10 287 5647", 198, 66),
            row("gsorensen@example.net", 198, 70),
            row("Nationality Dutch", 138, 75),
            row("Date of birth 21/08/1981", 131, 90),
            row("Work experience", 83, 110, size=10, bold=True),
            row("Dates 01/03/2021 \u2013 31/07/2024", 157, 130),
            row("Occupation or position held QA Automation Engineer", 75, 145),
            row("Main activities and responsibilities \u25aa Fixed memory leaks.", 49, 160),
            row("Name and address of employer Westmark Retail Group, Edinburgh (UK)", 60, 175),
            row("Type of business or sector Information and communication", 80, 190),
            row("Mother tongue(s) Dutch", 114, 210),
            row("Swedish B1 B1 B1 B1 B1", 198, 225),
            row("Digital skills Java, Azure", 133, 240),
        ]
    )
    assert data["basics"]["name"] == "Gustavo Sørensen"
    assert [(w["name"], w["position"], w["startDate"], w["endDate"]) for w in data["work"]] == [
        ("Westmark Retail Group", "QA Automation Engineer", "2021-03", "2024-07")
    ]
    assert [lang["language"] for lang in data["languages"]] == ["Dutch", "Swedish"]
    assert [skill["name"] for skill in data["skills"]] == ["Java", "Azure"]


def test_name_in_a_right_hand_cell_is_no_certificate() -> None:
    data = structure(
        [
            row("CONTACT", 72, 72, size=13, bold=True),
            row("Ghent, Belgium", 72, 90, size=10),
            row("CERTIFICATES", 72, 110, size=13, bold=True),
            row("PRINCE2 Foundation", 72, 130, size=9.5, bold=True),
            row("AXELOS, 2016", 72, 145, size=9.0),
            row("Ulrich Hoffmann", 72, 348, size=22, bold=True),
            row("BRAND MANAGER", 72, 374, size=11),
            row("PROFILE", 72, 390, size=13, bold=True),
            row("Brand Manager with 9 years of experience.", 72, 406, size=10),
        ]
    )
    assert data["basics"]["name"] == "Ulrich Hoffmann"
    assert data["basics"]["label"] == "BRAND MANAGER"
    assert [(c["name"], c.get("issuer")) for c in data["certificates"]] == [
        ("PRINCE2 Foundation", "AXELOS")
    ]


@pytest.mark.parametrize(
    ("text", "start", "end", "ongoing"),
    [
        ("Da febbraio 2023 ad oggi", "2023-02", None, True),
        ("Dal 2019 a oggi", "2019", None, True),
        ("von 2019 bis 2021", "2019", "2021", False),
        ("de 2019 \u00e0 2021", "2019", "2021", False),
        ("2018 tot heden", "2018", None, True),
    ],
)
def test_ranges_written_from_and_to_in_other_languages(
    text: str, start: str, end: str | None, ongoing: bool
) -> None:
    found = find_date_range(text)
    assert found is not None
    assert (found.start, found.end, found.ongoing) == (start, end, ongoing)
    assert strip_span(text, found.span) == ""


def test_an_italian_cv() -> None:
    result = structure(
        [
            row("Ludovica Montanari", 60, 60, size=20, bold=True),
            row("Dati personali", 60, 100, size=12, bold=True),
            row("Residenza   Modena, Italia", 60, 115),
            row("E-mail   ludovica.montanari@example.it", 60, 130),
            row("ESPERIENZE LAVORATIVE", 60, 160, size=12, bold=True),
            row("Da febbraio 2023 ad oggi", 60, 180),
            row("Project manager presso Officine Panaro S.p.A., Ferrara", 60, 195),
            row("\u2013 Introduzione del reporting mensile in Power BI", 70, 210),
            row("ISTRUZIONE E FORMAZIONE", 60, 240, size=12, bold=True),
            row("2011 \u2013 2014", 60, 260),
            row("Laurea Triennale in Economia", 60, 275),
            row("Universit\u00e0 di Modena e Reggio Emilia \u2013 voto 102/110", 60, 290),
            row("COMPETENZE LINGUISTICHE", 60, 320, size=12, bold=True),
            row("Italiano: madrelingua", 60, 340),
            row("Inglese: C1", 60, 355),
        ]
    )
    assert result["basics"]["location"] == {"city": "Modena", "countryCode": "IT"}
    job = result["work"][0]
    assert (job["name"], job["position"], job["startDate"]) == (
        "Officine Panaro S.p.A.",
        "Project manager",
        "2023-02",
    )
    assert "endDate" not in job
    school = result["education"][0]
    assert (school["institution"], school["studyType"], school["area"], school["score"]) == (
        "Universit\u00e0 di Modena e Reggio Emilia",
        "Laurea Triennale",
        "Economia",
        "102/110",
    )
    assert [(item["language"], item["fluency"]) for item in result["languages"]] == [
        ("Italiano", "Madrelingua"),
        ("Inglese", "C1"),
    ]


def test_addresses_without_a_country_and_details_run_together() -> None:
    found = find_location(["Anschrift   Bahnhofstra\u00dfe 15, 46674 Kassel"])
    assert found is not None
    assert (found.address, found.postalCode, found.city, found.countryCode) == (
        "Bahnhofstra\u00dfe 15",
        "46674",
        "Kassel",
        None,
    )
    inline = find_location(
        ["Address: Krak\u00f3w, Poland Email: chloe@example.org Phone: +48 12 1"]
    )
    assert inline is not None
    assert (inline.city, inline.countryCode) == ("Krak\u00f3w", "PL")
    assert find_location(["Kassel"]) is None  # a town alone is not enough


@pytest.mark.parametrize(
    ("below", "label"),
    [
        (["Web Developer \u00b7 Berlin, Germany", "ricarda@example.de"], "Web Developer"),
        (
            ["Kitchener, ON \u00b7 +1 519 570 2524 \u00b7 noor@example.com", "Controls Engineer"],
            "Controls Engineer",
        ),
        (["Analista de Datos", "Valencia | +34 6 497 5504"], "Analista de Datos"),
        (["Responsabile acquisti"], "Responsabile acquisti"),
        (["Valencia | +34 6 497 5504"], None),
    ],
)
def test_the_headline_beside_a_place_under_contacts_or_in_other_languages(
    below: list[str], label: str | None
) -> None:
    lines = [row("Ada Lovelace", 60, 40, size=20)] + [
        row(text, 60, 70 + 14 * index) for index, text in enumerate(below)
    ]
    assert find_label(lines, 0) == label


def test_a_dutch_cv() -> None:
    result = structure(
        [
            row("Curriculum Vitae", 60, 40, size=16, bold=True),
            row("Persoonlijke gegevens", 60, 70, size=12, bold=True),
            row("Naam   Joost Smulders", 60, 85),
            row("Adres   Prinsengracht 412, 1016 JB Amsterdam", 60, 100),
            row("E-mail   joost.smulders@example.nl", 60, 115),
            row("Werkervaring", 60, 140, size=12, bold=True),
            row(
                "mrt. 2019 \u2013 sept. 2022 Accountmanager bij Stichting Waterland, Amsterdam",
                60,
                160,
            ),
            row("- Leiding aan een team van 12 medewerkers", 70, 175),
            row("Opleidingen", 60, 200, size=12, bold=True),
            row("2007 \u2013 2011   HBO Bedrijfskunde, Hogeschool van Amsterdam", 60, 220),
        ]
    )
    basics = result["basics"]
    assert basics["name"] == "Joost Smulders"
    assert basics["location"] == {
        "address": "Prinsengracht 412",
        "postalCode": "1016 JB",
        "city": "Amsterdam",
    }
    job = result["work"][0]
    assert (job["name"], job["position"], job["startDate"], job["endDate"]) == (
        "Stichting Waterland",
        "Accountmanager",
        "2019-03",
        "2022-09",
    )
    school = result["education"][0]
    assert (school["institution"], school["studyType"], school["area"]) == (
        "Hogeschool van Amsterdam",
        "HBO",
        "Bedrijfskunde",
    )


def test_a_polish_cv() -> None:
    result = structure(
        [
            row("Agnieszka Michalak", 60, 40, size=18, bold=True),
            row("Dane osobowe", 60, 70, size=12, bold=True),
            row("Adres:   ul. Marsza\u0142kowska 84/12, 00-517 Warszawa", 60, 85),
            row("Do\u015bwiadczenie zawodowe", 60, 110, size=12, bold=True),
            row(
                "sierpie\u0144 2020 \u2013 listopad   Programista Java \u2013 Tatry Data "
                "Sp. z o.o.",
                60,
                130,
            ),
            row("2022   \u2013 Migracja aplikacji do chmury AWS", 60, 144),
            row(
                "04.2023 \u2013 obecnie   Starszy programista \u2013 Wawel Fintech "
                "Sp. z o.o., Gda\u0144sk",
                60,
                160,
            ),
            row("Wykszta\u0142cenie", 60, 190, size=12, bold=True),
            row("2015 \u2013 2017   Politechnika Wroc\u0142awska", 60, 210),
            row("magister in\u017cynier, Informatyka", 60, 224),
            row("J\u0119zyki obce", 60, 250, size=12, bold=True),
            row("angielski \u2013 C1", 60, 270),
            row("Wyra\u017cam zgod\u0119 na przetwarzanie moich danych osobowych.", 60, 300),
        ]
    )
    location = result["basics"]["location"]
    assert (location["address"], location["postalCode"], location["city"]) == (
        "ul. Marsza\u0142kowska 84/12",
        "00-517",
        "Warszawa",
    )
    work = [
        (job["name"], job["position"], job["startDate"], job.get("endDate"))
        for job in result["work"]
    ]
    assert work == [
        ("Tatry Data Sp. z o.o.", "Programista Java", "2020-08", "2022-11"),
        ("Wawel Fintech Sp. z o.o.", "Starszy programista", "2023-04", None),
    ]
    school = result["education"][0]
    assert (school["institution"], school["studyType"], school["area"]) == (
        "Politechnika Wroc\u0142awska",
        "magister in\u017cynier",
        "Informatyka",
    )
    assert result["languages"] == [{"language": "angielski", "fluency": "C1"}]


def test_a_fax_cover_sheet_before_the_resume_is_skipped() -> None:
    def page(number: int, texts: list[str]) -> Page:
        rows = [row(text, 60, 60 + 16 * index) for index, text in enumerate(texts)]
        return Page(number=number, width=612.0, height=792.0, lines=rows)

    cover = ["FAX", "To:   Lyle Kettering", "From:   Rosendo Pruitt", "Pages:   2", "Dear Lyle,"]
    resume = [
        "Rosendo Pruitt",
        "rosendo@example.com",
        "WORK EXPERIENCE",
        "Warehouse Lead   2019 - 2024",
    ]
    document = LayoutDocument(pages=[page(1, cover), page(2, resume)], engine="test")
    assert LocalStructurer().structure(document)["basics"]["name"] == "Rosendo Pruitt"
    # A one-page document, or one whose first page has section titles, keeps every page.
    single = LayoutDocument(pages=[page(1, cover + resume)], engine="test")
    assert without_cover_pages(single).pages == single.pages
    titled = LayoutDocument(pages=[page(1, [*cover, "SKILLS"]), page(2, resume)], engine="test")
    assert len(without_cover_pages(titled).pages) == 2

"""General rules from the "holdout-13" round: a ruled career table whose inner cells wrap, a
headline that opens the contact line, a title cell that wraps beside its dates, Spanish and
Swedish addresses, degrees, languages and section titles."""

from __future__ import annotations

import pytest

from resume_processor.pipeline.extract.reading_order import Run, group_lines
from resume_processor.pipeline.layout import CELL_GAP
from resume_processor.pipeline.structure.contact import find_label, find_location
from resume_processor.pipeline.structure.places import parse_location
from resume_processor.pipeline.structure.rows import join_wrapped_titles
from tests.unit.layouts import dressed, rows, run, structure


def _table_row(baseline: float, cells: list[tuple[str, float]]) -> list[Run]:
    return [run(text, x0, baseline) for text, x0 in cells]


def test_a_wrapped_inner_table_cell_joins_its_row() -> None:
    # The Role cell is full: "Works)" would not have fit before the next column at 430.
    runs = [
        *_table_row(
            100,
            [
                ("2016\u20132019", 51),
                ("Taff Valley Housing", 130),
                ("Assistant Manager (Capital", 295),
                ("Cardiff", 430),
            ],
        ),
        run("Works)", 295, 113),
        *_table_row(
            135, [("2014\u20132016", 51), ("Bath Council", 130), ("Surveyor", 295), ("Bath", 430)]
        ),
    ]
    texts = [line.text for line in group_lines(runs)]
    assert texts == [
        CELL_GAP.join(
            [
                "2016\u20132019",
                "Taff Valley Housing",
                "Assistant Manager (Capital Works)",
                "Cardiff",
            ]
        ),
        CELL_GAP.join(["2014\u20132016", "Bath Council", "Surveyor", "Bath"]),
    ]


@pytest.mark.parametrize(
    ("x0", "why"),
    [
        (51, "under the first cell: a new row or a note under the row"),
        (470, "under the last cell: the body beside a date gutter"),
        (200, "under no cell"),
    ],
)
def test_text_under_a_row_but_not_an_inner_cell_stays_its_own_line(x0: float, why: str) -> None:
    runs = [
        *_table_row(
            100, [("2016\u20132019", 51), ("Taff Valley", 130), ("Manager", 295), ("Cardiff", 470)]
        ),
        run("Works", x0, 113),
    ]
    assert len(group_lines(runs)) == 2, why


def test_a_headline_opening_the_contact_line_is_the_label() -> None:
    lines = rows(
        "Benedick Winterbourne",
        "Senior Programme Manager | Cardiff, UK | 07701 868817 | bw@example.co.uk",
        "Chartered project manager with a record of delivering public infrastructure on time.",
    )
    assert find_label(lines, 0) == "Senior Programme Manager"
    # A contact line that opens with a place gives no headline.
    assert (
        find_label(rows("Ada Lovelace", "Cardiff, UK | 07701 868817 | ada@example.com"), 0) is None
    )


@pytest.mark.parametrize(
    ("row", "tail", "joined"),
    [
        (
            "Responsable \u00b7 Sierra Morena Logística   marzo 2021 \u2013 noviembre 2024",
            "S.L. \u00b7 Córdoba",
            "Responsable \u00b7 Sierra Morena Logística S.L. \u00b7 Córdoba"
            "   marzo 2021 \u2013 noviembre 2024",
        ),
        (
            "Analista \u00b7 Guadalquivir S.L. \u00b7   noviembre 2024 \u2013 actualidad",
            "Sevilla",
            "Analista \u00b7 Guadalquivir S.L. \u00b7 Sevilla   noviembre 2024 \u2013 actualidad",
        ),
    ],
)
def test_a_title_cell_that_wrapped_beside_its_dates_is_joined(
    row: str, tail: str, joined: str
) -> None:
    assert [line.text for line in join_wrapped_titles(rows(row, tail))] == [joined]


@pytest.mark.parametrize(
    "tail",
    [
        "As part of the finance team I closed the books",  # a title-cased "As" is no legal form
        "\u2022 Cierre contable mensual",
        "Sevilla",  # the title was not left open
    ],
)
def test_a_line_under_a_closed_title_stays_its_own(tail: str) -> None:
    row = "Analista \u00b7 Guadalquivir Consultores S.L.   noviembre 2024 \u2013 actualidad"
    assert len(join_wrapped_titles(rows(row, tail))) == 2


@pytest.mark.parametrize(
    ("line", "address", "postal", "city"),
    [
        (
            "Dirección:   C/ Feria 112, 3º B, 41003 Sevilla",
            "C/ Feria 112, 3º B",
            "41003",
            "Sevilla",
        ),
        (
            "Adress   Drottninggatan 31, 602 24 Norrköping",
            "Drottninggatan 31",
            "602 24",
            "Norrköping",
        ),
    ],
)
def test_spanish_and_swedish_street_addresses(
    line: str, address: str, postal: str, city: str
) -> None:
    found = find_location([line])
    assert found is not None
    assert (found.address, found.postalCode, found.city) == (address, postal, city)


def test_ordinal_indicators_survive_unicode_folding() -> None:
    texts = [line.text for line in group_lines([run("C/ Feria 112, 3º B \ufb01nal", 51, 100)])]
    assert texts == ["C/ Feria 112, 3º B final"]


def test_a_swedish_cv() -> None:
    result = structure(
        rows(
            "Sigrid Åkerlund",
            "Utbildning",
            "2014 \u2013 2019   Civilingenjör, Industriell ekonomi, Mälardalens universitet",
            "2010 \u2013 2014   Kandidatexamen, Logistik, Uppsala universitet",
            "Språk",
            "Svenska \u2013 modersmål",
            "Engelska \u2013 mycket goda kunskaper",
            "Franska \u2013 grundläggande",
        )
    )
    assert [(s["studyType"], s["area"], s["institution"]) for s in result["education"]] == [
        ("Civilingenjör", "Industriell ekonomi", "Mälardalens universitet"),
        ("Kandidatexamen", "Logistik", "Uppsala universitet"),
    ]
    assert [(lang["language"], lang["fluency"]) for lang in result["languages"]] == [
        ("Svenska", "Modersmål"),
        ("Engelska", "Mycket goda kunskaper"),
        ("Franska", "Grundläggande"),
    ]


def test_a_spanish_degree_and_computing_section() -> None:
    result = structure(
        rows(
            "Rocío Valdivia",
            "FORMACIÓN ACADÉMICA",
            "Grado en Administración y Dirección de Empresas, Universidad de Sevilla, 2013-2017",
            "INFORMÁTICA",
            "Excel avanzado, SAP Business One, Power BI",
        )
    )
    school = result["education"][0]
    assert (school["studyType"], school["area"]) == (
        "Grado",
        "Administración y Dirección de Empresas",
    )
    assert [skill["name"] for skill in result["skills"]] == [
        "Excel avanzado",
        "SAP Business One",
        "Power BI",
    ]


# ------------------------------------------------------------------------- "holdout-14" rules


def test_a_contract_history_of_labelled_rows() -> None:
    result = structure(
        rows(
            "Cadan Strathearn",
            "Contract History",
            "Client:   Kennet Valley Water",
            "Role:   Backend Developer",
            "Duration:   08/2025 \u2013 Present",
            "Location:   Milton Keynes",
            "Key deliverables:",
            "\u2013 Cut nightly settlement run from 4 hours to 40 minutes",
            "Client:   Chilterns Mutual Insurance",
            "Role:   Integration Developer",
            "Duration:   08/2023 \u2013 04/2025",
            "Location:   Basingstoke",
        )
    )
    assert [
        (job["name"], job["position"], job.get("location"), job["startDate"], job.get("endDate"))
        for job in result["work"]
    ] == [
        ("Kennet Valley Water", "Backend Developer", "Milton Keynes", "2025-08", None),
        (
            "Chilterns Mutual Insurance",
            "Integration Developer",
            "Basingstoke",
            "2023-08",
            "2025-04",
        ),
    ]
    assert result["work"][0]["highlights"] == [
        "Cut nightly settlement run from 4 hours to 40 minutes"
    ]


def test_a_skills_table_row_named_like_a_section_is_a_category() -> None:
    result = structure(
        rows(
            "Cadan Strathearn",
            "Technical Skills",
            "Languages   Java 17, Kotlin, SQL",
            "Frameworks   Spring Boot, Hibernate",
            "Education",
            "BSc Software Engineering, Brunel University London (2016 \u2013 2020)",
        )
    )
    assert [(skill["name"], skill["keywords"]) for skill in result["skills"]] == [
        ("Languages", ["Java 17", "Kotlin", "SQL"]),
        ("Frameworks", ["Spring Boot", "Hibernate"]),
    ]
    assert "languages" not in result


def test_a_norwegian_cv() -> None:
    result = structure(
        rows(
            "Vegard Myklebust",
            "Personalia",
            "Mobil   992 13 819",
            "Arbeidserfaring",
            "SØRVEST INGENIØR AS, Trondheim",
            "Prosjektleder \u00b7 06.2024 \u2013 nå",
            "• Fulgte opp energimerking av 40 næringsbygg",
            "LOFOTKYSTEN SJØMAT AS, Trondheim",
            "Prosjektingeniør \u00b7 jan. 2019 \u2013 des. 2021",
            "Utdanning",
            "Master i teknologi, Energi og miljø",
            "Universitetet i Stavanger, 2017\u20132019",
            "Språk",
            "Norsk \u2013 morsmål",
            "Engelsk \u2013 flytende",
        )
    )
    assert result["basics"]["phone"] == "992 13 819"
    assert [
        (job["name"], job["position"], job["startDate"], job.get("endDate"))
        for job in result["work"]
    ] == [
        ("SØRVEST INGENIØR AS", "Prosjektleder", "2024-06", None),
        ("LOFOTKYSTEN SJØMAT AS", "Prosjektingeniør", "2019-01", "2021-12"),
    ]
    assert [school["institution"] for school in result["education"]] == [
        "Universitetet i Stavanger"
    ]
    assert [lang["language"] for lang in result["languages"]] == ["Norsk", "Engelsk"]


@pytest.mark.parametrize(
    ("text", "city", "region", "postal"),
    [
        ("Bendigo VIC 3550", "Bendigo", "VIC", "3550"),
        ("Bendigo, VIC 3550", "Bendigo", "VIC", "3550"),
        ("Austin TX 78701", "Austin", "TX", "78701"),
    ],
)
def test_a_town_with_its_state_and_postcode(text: str, city: str, region: str, postal: str) -> None:
    found = find_location([f"{text} | 0412 555 019 | ada@example.com"])
    assert found is not None
    assert (found.city, found.region, found.postalCode) == (city, region, postal)


def test_a_state_takes_only_its_own_country_s_postcode() -> None:
    assert parse_location("Austin, TX 7870") is None
    assert parse_location("Bendigo VIC 35501") is None


def test_a_running_footer_naming_the_candidate_belongs_to_no_section() -> None:
    result = structure(
        rows(
            "Jocelyn Bourgoin",
            "SKILLS",
            "Grant writing, Conflict resolution",
            "Jocelyn Bourgoin \u2013 Résumé",
        )
    )
    assert [skill["name"] for skill in result["skills"]] == ["Grant writing", "Conflict resolution"]


def test_sections_titled_in_an_unknown_language_are_read_by_their_content() -> None:
    headings = ("Kontakt", "Profil", "Työkokemus", "Koulutus")
    result = structure(
        dressed(
            "Aino Virtanen",
            "Kontakt",
            "aino.virtanen@example.fi",
            "Profil",
            "Kokenut insinööri.",
            "Työkokemus",
            "Projektipäällikkö, Kone Oyj, Helsinki",
            "2019 \u2013 2023",
            "Ohjelmistokehittäjä, Nokia Oyj, Espoo",
            "2015 \u2013 2019",
            "Koulutus",
            "Diplomi-insinööri, Aalto-yliopisto",
            "2010 \u2013 2015",
            "Tekniikan kandidaatti, Aalto-yliopisto",
            "2007 \u2013 2010",
            titles=headings,
        )
    )
    assert [(job["name"], job["position"]) for job in result["work"]] == [
        ("Kone Oyj", "Projektipäällikkö"),
        ("Nokia Oyj", "Ohjelmistokehittäjä"),
    ]
    assert [school["endDate"] for school in result["education"]] == ["2015", "2010"]


def test_an_unknown_section_without_dates_stays_unread() -> None:
    headings = ("Kontakt", "Profil", "Harrastukset")
    result = structure(
        dressed(
            "Aino Virtanen",
            "Kontakt",
            "aino.virtanen@example.fi",
            "Profil",
            "Kokenut insinööri.",
            "Harrastukset",
            "Suunnistus, Kuorolaulu",
            titles=headings,
        )
    )
    assert "work" not in result
    assert "education" not in result


def test_a_sidebar_title_reaching_just_past_the_gutter_stays_in_the_sidebar() -> None:
    from resume_processor.pipeline.extract.reading_order import column_groups

    sidebar = [run(f"Sidebar item {i:02d}", 25, 100 + 15 * i) for i in range(8)]
    # 195 points of bold capitals, ending 7.5 points into the main column's left edge.
    title = Run("LICENSES & CERTIFICATIONS", 25, 221, 220, 233, 233, 12.0, 25)
    main = [
        run(f"Main column line {i:02d} with its text", 212.6 if i % 3 else 221.1, 107 + 14 * i)
        for i in range(12)
    ]
    groups = column_groups([*sidebar, title, *main], 595)
    assert len(groups) == 2
    assert title in groups[0]
    assert all(run in groups[1] for run in main)


@pytest.mark.parametrize(
    ("x0", "x1", "beside_x0", "overhangs"),
    [
        (25, 220, 221.1, True),  # a sidebar title ending 7.5 points into the main column
        (73, 203, 221.1, False),  # a title spanning a gutter: 23 points is a sixth of it
        (25, 250, 260.0, False),  # more than two ems in
        (25, 220, 214.0, False),  # text on its line in the way
    ],
)
def test_how_far_a_sidebar_title_may_reach_past_the_gutter(
    x0: float, x1: float, beside_x0: float, overhangs: bool
) -> None:
    from resume_processor.pipeline.extract.reading_order import _overhangs

    title = Run("LICENSES & CERTIFICATIONS", x0, 221, x1, 233, 233, 12.0, 25)
    beside = run("• Reduced an internal design system", beside_x0, 231)
    assert _overhangs(title, 205, 212.6 if x0 == 25 else 180.0, [title, beside]) is overhangs

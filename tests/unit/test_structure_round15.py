"""General rules from the "holdout-15" round: month and year run together ("Jul'23"), labelled
job lines under an employer ("Designation:", "Roles & Responsibilities:"), a first table cell
left open and wrapped, a wrapped table heading, Indian states and PIN codes, languages given
among personal details, credentials after a name, a street over its postcode and town, a
display name beside small type, and certificate cards side by side."""

from __future__ import annotations

import pytest

from resume_processor.pipeline.extract.reading_order import group_lines
from resume_processor.pipeline.layout import CELL_GAP, Box, Line
from resume_processor.pipeline.structure.contact import find_location
from resume_processor.pipeline.structure.dates import find_date_range
from resume_processor.pipeline.structure.places import parse_location
from tests.unit.layouts import dressed, rows, run, structure


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Jul\u201923 \u2013 Present", "2023-07", None),
        ("Aug\u201919 \u2013 Jul\u201923", "2019-08", "2023-07"),
        ("Jun'18 \u2013 Till date", "2018-06", None),
    ],
)
def test_a_month_and_its_short_year_run_together(text: str, start: str, end: str | None) -> None:
    found = find_date_range(text)
    assert found is not None
    assert (found.start, found.end) == (start, end)


def test_an_employer_line_over_a_labelled_designation() -> None:
    result = structure(
        rows(
            "SUDARSHAN BHAT",
            "WORK EXPERIENCE",
            "Sharavathi Digital Solutions Pvt. Ltd., Mangaluru   Jul\u201923 \u2013 Present",
            "Designation: Technical Lead",
            "Roles & Responsibilities:",
            "\u27a2 Coordinated with the onsite team for UAT and production releases",
            "Malnad Software Services Pvt. Ltd., Mangaluru   Aug\u201919 \u2013 Jul\u201923",
            "Designation: Senior Software Engineer",
            "Roles & Responsibilities:",
            "\u27a2 Reduced batch processing time from 5 hours to 40 minutes",
        )
    )
    assert [
        (job["name"], job["position"], job.get("location"), job["startDate"])
        for job in result["work"]
    ] == [
        ("Sharavathi Digital Solutions Pvt. Ltd.", "Technical Lead", "Mangaluru", "2023-07"),
        ("Malnad Software Services Pvt. Ltd.", "Senior Software Engineer", "Mangaluru", "2019-08"),
    ]


def test_a_first_cell_left_open_joins_its_wrapped_end() -> None:
    runs = [
        run("B.E. (Computer Science &", 54, 580),
        run("Malnad College of Engineering", 200, 580),
        run("2015", 400, 580),
        run("8.71 CGPA", 470, 580),
        run("Engineering)", 54, 593),
    ]
    assert [line.text for line in group_lines(runs)] == [
        CELL_GAP.join(
            [
                "B.E. (Computer Science & Engineering)",
                "Malnad College of Engineering",
                "2015",
                "8.71 CGPA",
            ]
        )
    ]
    # A first cell that is closed keeps the line under it apart: a new row or a note.
    runs[0] = run("B.E. (Computer Science)", 54, 580)
    assert len(group_lines(runs)) == 2


def test_a_table_heading_wrapped_over_two_rows_is_dropped() -> None:
    result = structure(
        rows(
            "Sudarshan Bhat",
            "EDUCATIONAL QUALIFICATIONS",
            "Qualification   Institute   Year of   Percentage /",
            "Passing   CGPA",
            "B.E. (Computer Science & Engineering)   Malnad College of Engineering   2015"
            "   8.71 CGPA",
        )
    )
    school = result["education"][0]
    assert (school["institution"], school["studyType"], school["endDate"]) == (
        "Malnad College of Engineering",
        "B.E.",
        "2015",
    )


def test_an_indian_address_with_its_pin_code_and_state() -> None:
    found = parse_location("Flat 304, Sai Residency, Kadri, Mangaluru \u2013 575002, Karnataka")
    assert found is not None
    assert (found.address, found.city, found.postalCode, found.region, found.countryCode) == (
        "Flat 304, Sai Residency, Kadri",
        "Mangaluru",
        "575002",
        "Karnataka",
        "IN",
    )
    assert parse_location("Python, Go, Java, Rust, C") is None


def test_languages_known_among_personal_details() -> None:
    result = structure(
        rows(
            "Sudarshan Bhat",
            "PERSONAL DETAILS",
            "Nationality   : Indian",
            "Languages Known   : English, Hindi, Kannada, Marathi",
            "Address   : Flat 304, Sai Residency, Kadri, Mangaluru \u2013 575002, Karnataka",
        )
    )
    assert [lang["language"] for lang in result["languages"]] == [
        "English",
        "Hindi",
        "Kannada",
        "Marathi",
    ]
    assert result["basics"]["location"]["city"] == "Mangaluru"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Tamika Tolbert, BSN, RN", "Tamika Tolbert"),
        ("Darnell Lattimore, MSN, RN-BC", "Darnell Lattimore"),
        ("Jane Roe, M.D.", "Jane Roe"),
        ("Jo Doe, Ph.D.", "Jo Doe"),
        ("John Smith, Jr.", "John Smith, Jr."),  # a generational suffix is part of the name
        ("SMITH, JOHN", "SMITH, JOHN"),  # surname first: nothing to take off
    ],
)
def test_credentials_after_the_name_are_not_the_name(line: str, name: str) -> None:
    from resume_processor.pipeline.structure.contact import name_text

    assert name_text(line) == name


def test_a_street_over_its_postcode_and_town() -> None:
    found = find_location(["Kongensgade 54, st.", "5000 Odense C", "Tlf. 48 63 69 86"])
    assert found is not None
    assert (found.address, found.postalCode, found.city) == (
        "Kongensgade 54, st.",
        "5000",
        "Odense C",
    )


def test_a_display_name_does_not_take_in_small_type_beside_it() -> None:
    runs = [
        run("Kongensgade 54, st.", 445, 54.4, 8.8),
        run("5000 Odense C", 468, 67.1, 8.8),
        run("Pernille Lykkegaard", 59.5, 72.1, 23.0),
    ]
    assert [line.text for line in group_lines(runs)] == [
        "Kongensgade 54, st.",
        "5000 Odense C",
        "Pernille Lykkegaard",
    ]


def test_a_headline_in_the_first_cell_of_a_contact_row() -> None:
    from resume_processor.pipeline.structure.contact import find_label

    lines = rows("Pernille Lykkegaard", "Produktionsingeniør   pernille@example.dk")
    assert find_label(lines, 0) == "Produktionsingeniør"


def test_certificate_cards_side_by_side_are_read_card_by_card() -> None:
    from resume_processor.pipeline.structure.lists import parse_certificates

    certificates = parse_certificates(
        [
            "Registered Nurse (RN) License   Basic Life Support (BLS)",
            "Ohio Board of Nursing (2016)   American Heart Association (2025)",
            "Advanced Cardiovascular Life Support",
            "(ACLS)",
            "American Heart Association (2024)",
        ],
        [True, False, True, True, False],
    )
    assert [(c.name, c.issuer, c.date) for c in certificates] == [
        ("Registered Nurse (RN) License", "Ohio Board of Nursing", "2016"),
        ("Basic Life Support (BLS)", "American Heart Association", "2025"),
        ("Advanced Cardiovascular Life Support (ACLS)", "American Heart Association", "2024"),
    ]
    # Names beside their years are a table, not cards.
    dated = parse_certificates(
        ["Forklift Licence, TÜV SÜD   2017", "Basic Life Support, AHA   2020"]
    )
    assert [(c.name, c.date) for c in dated] == [
        ("Forklift Licence", "2017"),
        ("Basic Life Support", "2020"),
    ]


def test_a_section_title_wrapped_in_its_margin_cell_opens_one_section() -> None:
    result = structure(
        rows(
            "Rodelio Dimaculangan",
            "WORK   Operations Supervisor",
            "EXPERIENCE   Mactan Export Garments Corp., Cebu City",
            "October 2024 - September 2026",
            "Payroll Officer",
            "Kadayawan Foods Corp., Cebu City",
            "November 2022 - July 2024",
        )
    )
    assert [(job["name"], job["position"]) for job in result["work"]] == [
        ("Mactan Export Garments Corp.", "Operations Supervisor"),
        ("Kadayawan Foods Corp.", "Payroll Officer"),
    ]


# ------------------------------------------------------------------------- "holdout-16" rules


def test_one_known_title_teaches_the_style_of_the_others() -> None:
    titles = ("Profil", "Zkušenosti z praxe", "Průběh studia", "Jazyky a další", "Zájmy")
    result = structure(
        dressed(
            "Ondřej Šťastný",
            "ondrej@example.cz",
            "Profil",
            "Deset let praxe ve strojírenské výrobě.",
            "Zkušenosti z praxe",
            "Procesní inženýr   12/2023 \u2013 dosud",
            "Slezská energetika a.s., Plzeň",
            "Technolog výroby   06/2020 \u2013 11/2023",
            "Beskydy Automotive a.s., Plzeň",
            "Průběh studia",
            "Vysoká škola báňská \u2013 Technická univerzita Ostrava   2014 \u2013 2017",
            "Bc., obor Technologie obrábění",
            "Jazyky a další",
            "Angličtina \u2013 C1",
            "Zájmy",
            "Cyklistika",
            titles=titles,
        )
    )
    assert [(job["name"], job["position"], job.get("endDate")) for job in result["work"]] == [
        ("Slezská energetika a.s.", "Procesní inženýr", None),
        ("Beskydy Automotive a.s.", "Technolog výroby", "2023-11"),
    ]
    school = result["education"][0]
    assert (school["institution"], school["studyType"], school["area"]) == (
        "Vysoká škola báňská \u2013 Technická univerzita Ostrava",
        "Bc.",
        "Technologie obrábění",
    )


def test_a_single_known_title_in_body_size_teaches_nothing() -> None:
    from resume_processor.pipeline.structure.sections import learn_heading_style

    lines = dressed("Profil", "Acme Ltd", "Beta GmbH", "Gamma AB", "Delta Oy", titles=())
    assert learn_heading_style(lines) is None


def test_a_figures_table_set_in_under_a_job_is_part_of_it() -> None:
    lines = [
        Line("Regional Vice President   2023 \u2013 Present", Box(48, 218, 563, 228), 10.0, True),
        Line("Brightmoor Software | Gastonia, NC", Box(48, 233, 204, 243), 9.0),
        Line("Year   Quota   Attainment   Rank", Box(75.8, 252, 319, 261), 8.0, True),
        Line("2025   $6.7M   129%   #3 of 7", Box(75.6, 265, 321, 274), 8.0),
        Line("2024   $5.8M   121%   #2 of 7", Box(75.6, 279, 321, 288), 8.0),
        Line(
            "\u2022 Introduced MEDDPICC qualification across the region", Box(56.7, 299, 289, 308)
        ),
        Line("Enterprise Account Executive   2019 \u2013 2023", Box(48, 354, 563, 364), 10.0, True),
        Line("Yadkin Networks | Charlotte, NC", Box(48, 369, 190, 378), 9.0),
    ]
    result = structure(
        [Line("Chase Stanfield", Box(48, 26, 228, 50), 20.0), *_heading("EXPERIENCE"), *lines]
    )
    assert [(job["name"], job["startDate"]) for job in result["work"]] == [
        ("Brightmoor Software", "2023"),
        ("Yadkin Networks", "2019"),
    ]
    assert result["work"][0]["highlights"] == [
        "Introduced MEDDPICC qualification across the region"
    ]


def _heading(text: str) -> list[Line]:
    return [Line(text, Box(48, 191, 171, 203), 12.0, True)]


def test_the_subject_beside_the_degree_and_the_school_on_its_own_line() -> None:
    result = structure(
        rows(
            "Chase Stanfield",
            "EDUCATION",
            "Bachelor of Arts, Communication Studies   2013",
            "UNC Charlotte",
        )
    )
    school = result["education"][0]
    assert (school["institution"], school["studyType"], school["area"]) == (
        "UNC Charlotte",
        "Bachelor of Arts",
        "Communication Studies",
    )


def test_ranks_and_leaders_are_titles() -> None:
    result = structure(
        rows(
            "Trent Tubbs",
            "PROFESSIONAL EXPERIENCE",
            "United States Army   2019 \u2013 2026",
            "First Sergeant | Fort Drum, NY   Aug 2022 \u2013 Jan 2026",
            "\u2022 Led a company of 120 soldiers",
            "Section Leader | Fort Hood, TX   Jul 2019 \u2013 Aug 2022",
            "\u2022 Planned convoy operations",
        )
    )
    assert [(job["name"], job["position"]) for job in result["work"]] == [
        ("United States Army", "First Sergeant"),
        ("United States Army", "Section Leader"),
    ]


def test_a_bracket_closing_inside_a_title_stays_when_its_dates_go() -> None:
    from resume_processor.pipeline.structure.dates import strip_span

    for text, bare in [
        ("Student Teacher (Grade 2)   Jan. 2017 \u2013 March 2017", "Student Teacher (Grade 2)"),
        ("Norges universitet (NTNU), 2013\u20132017", "Norges universitet (NTNU)"),
        ("Acme Corp (2019 \u2013 2021)", "Acme Corp"),
    ]:
        found = find_date_range(text)
        assert found is not None
        assert strip_span(text, found.span) == bare


def test_a_diamond_between_contact_details_separates_them() -> None:
    found = find_location(["Sioux Falls, SD \u25c6 (605) 555-4286 \u25c6 gt@example.com"])
    assert found is not None
    assert (found.city, found.region) == ("Sioux Falls", "SD")


def test_a_round_bullet_ocr_read_as_a_cent_sign_is_a_bullet() -> None:
    result = structure(
        rows(
            "Akinyi Odhiambo",
            "WORK EXPERIENCE",
            "May 2019 - July 2022",
            "Accounts Assistant - Nyando Valley Water Services, Nakuru",
            "\u00a2 Processing supplier invoices and payments through QuickBooks",
            "March 2018 - February 2019",
            "Accounts Clerk (Intern) - Sirikwa Dairy Farmers Co-operative, Kisumu",
        )
    )
    assert [(job["name"], job["position"]) for job in result["work"]] == [
        ("Nyando Valley Water Services", "Accounts Assistant"),
        ("Sirikwa Dairy Farmers Co-operative", "Accounts Clerk (Intern)"),
    ]
    assert result["work"][0]["highlights"] == [
        "Processing supplier invoices and payments through QuickBooks"
    ]


# ------------------------------------------------------------------------- "holdout-17" rules


def test_titles_in_no_known_language_are_found_by_their_type() -> None:
    titles = ("Työura", "Opinnot", "Kielet", "Harrastukset")
    result = structure(
        dressed(
            "Eelis Hyvönen",
            "eelis@example.fi",
            "Työura",
            "11/2024 \u2013 nykyään   Järjestelmäasiantuntija",
            "Kuusiston Konepaja Oy, Espoo",
            "4/2021 \u2013 8/2024   Projektipäällikkö",
            "Pohjolan Logistiikka Oy, Jyväskylä",
            "Opinnot",
            "2012 \u2013 2017   Savonia-ammattikorkeakoulu",
            "Insinööri (AMK), tieto- ja viestintätekniikka",
            "Kielet",
            "suomi \u2013 äidinkieli",
            "Harrastukset",
            "suunnistus",
            titles=titles,
        )
    )
    assert [(job["name"], job["position"], job.get("endDate")) for job in result["work"]] == [
        ("Kuusiston Konepaja Oy", "Järjestelmäasiantuntija", None),
        ("Pohjolan Logistiikka Oy", "Projektipäällikkö", "2024-08"),
    ]
    school = result["education"][0]
    assert (school["institution"], school["studyType"], school["area"]) == (
        "Savonia-ammattikorkeakoulu",
        "Insinööri (AMK)",
        "tieto- ja viestintätekniikka",
    )


def test_type_alone_makes_no_titles_where_known_titles_are_plain() -> None:
    from resume_processor.pipeline.structure.sections import typographic_heading_style

    body = [f"Body line {n} of plain text" for n in "abcdefgh"]
    big = ("Big One", "Big Two", "Big Three", "Big Four")
    lines = dressed("Skills", "\u25aa Month-end close", *body, *big, titles=big)
    assert typographic_heading_style(lines) is None  # "Skills" is a known title
    assert typographic_heading_style(lines[1:]) is not None


# ------------------------------------------------------------------------- "holdout-18" rules


def test_year_dot_month_dot_dates_and_hungarian_employers() -> None:
    result = structure(
        rows(
            "Hegedűs-Rácz Ákos",
            "Szakmai tapasztalat",
            "2023.01. \u2013 jelenleg   Hajdúsági Logisztikai Zrt., Debrecen",
            "Folyamatfejlesztési szakértő",
            "2019.09. \u2013 2022.09.   Mecsekvill Elektronika Kft., Budapest",
            "Gyártástervező mérnök",
        )
    )
    assert [
        (job["name"], job["position"], job["startDate"], job.get("endDate"))
        for job in result["work"]
    ] == [
        ("Hajdúsági Logisztikai Zrt.", "Folyamatfejlesztési szakértő", "2023-01", None),
        ("Mecsekvill Elektronika Kft.", "Gyártástervező mérnök", "2019-09", "2022-09"),
    ]

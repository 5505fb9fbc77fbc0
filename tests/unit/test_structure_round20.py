"""General rules from the "holdout-20" round: label and value rows ("Civil Status   :
Single") are rows, not two boxes side by side; a bulleted line is never a field label; a comma
inside brackets does not split a skill; Philippine languages and "Languages Spoken"; an
address ending in its region and postcode; a Portuguese street with its number after a comma
and a floor; page marks in other languages; a language's level drawn as dots with the words
under it; a degree's long line wrapped onto the next; contact lines after a sidebar's first
section."""

from __future__ import annotations

import pytest

from resume_processor.pipeline.extract.reading_order import group_lines
from resume_processor.pipeline.layout import CELL_GAP, Box, LayoutDocument, Line, Page
from resume_processor.pipeline.structure.contact import find_location
from resume_processor.pipeline.structure.dates import is_date_cell
from resume_processor.pipeline.structure.lists import parse_languages, parse_skills
from resume_processor.pipeline.structure.sections import content_lines
from tests.unit.layouts import rows, run, structure


def test_labels_and_values_after_colons_are_rows() -> None:
    labels = ["Date of Birth", "Place of Birth", "Civil Status", "Religion", "Citizenship"]
    values = [": August 19, 1995", ": Tacloban City", ": Single", ": Roman Catholic", ": Filipino"]
    runs = [run(label, 76, 100 + 14 * i) for i, label in enumerate(labels)]
    runs += [run(value, 230, 100 + 14 * i) for i, value in enumerate(values)]
    texts = [line.text for line in group_lines(runs)]
    assert texts[0] == f"Date of Birth{CELL_GAP}: August 19, 1995"
    assert len(texts) == len(labels)


def test_personal_details_rows_leave_bulleted_skills_alone() -> None:
    result = structure(
        rows(
            "ALDRIN MAGBANUA",
            "SKILLS",
            "\u2022 QuickBooks",
            "\u2022 Good communication skills",
            "\u2022 MS Excel (VLOOKUP, Pivot Tables)",
            "PERSONAL INFORMATION",
            f"Date of Birth{CELL_GAP}: August 19, 1995",
            f"Place of Birth{CELL_GAP}: Tacloban City",
            f"Civil Status{CELL_GAP}: Single",
            f"Citizenship{CELL_GAP}: Filipino",
            f"Languages Spoken{CELL_GAP}: English, Filipino, Cebuano",
        )
    )
    assert [skill["name"] for skill in result["skills"]] == [
        "QuickBooks",
        "Good communication skills",
        "MS Excel (VLOOKUP, Pivot Tables)",
    ]
    assert [lang["language"] for lang in result["languages"]] == ["English", "Filipino", "Cebuano"]


def test_a_comma_in_brackets_keeps_a_skill_whole() -> None:
    [category] = parse_skills(["Cloud & DevOps: AWS (ECS, Lambda, RDS), Docker, Terraform"])
    assert category.keywords == ["AWS (ECS, Lambda, RDS)", "Docker", "Terraform"]


@pytest.mark.parametrize(
    ("line", "address", "city", "region", "code"),
    [
        (
            "123 A. Soriano Ave., Brgy. Centro, Mandaue City, Cebu 6014",
            "123 A. Soriano Ave., Brgy. Centro",
            "Mandaue City",
            "Cebu",
            "6014",
        ),
        (
            f"Morada{CELL_GAP}Avenida da Liberdade, 45, 3.º Dto., 4710-228 Braga",
            "Avenida da Liberdade, 45, 3.º Dto.",
            "Braga",
            None,
            "4710-228",
        ),
    ],
)
def test_addresses_without_a_country(
    line: str, address: str, city: str, region: str | None, code: str
) -> None:
    found = find_location([line])
    assert found is not None
    assert (found.address, found.city, found.region, found.postalCode) == (
        address,
        city,
        region,
        code,
    )


def test_a_bracketed_country_after_a_street_address_is_its_country() -> None:
    found = find_location([f"Adresse{CELL_GAP}Veldstraat 81, 9000 Ghent (Belgium)"])
    assert found is not None
    assert (found.city, found.countryCode, found.postalCode) == ("Ghent", "BE", "9000")


@pytest.mark.parametrize("footer", ["Página 1 de 2", "Seite 2 von 3", "Sayfa 1 / 1"])
def test_page_marks_in_other_languages_leave_the_margin(footer: str) -> None:
    lines = [
        Line("Microsoft Excel, SolidWorks", Box(72, 600, 250, 610)),
        Line(f"Henrique Calado \u2013 Curriculum Vitae{CELL_GAP}{footer}", Box(72, 815, 520, 823)),
    ]
    page = Page(number=1, width=595, height=842, lines=lines)
    kept = content_lines(LayoutDocument(pages=[page], engine="t"))
    assert [line.text for line in kept] == ["Microsoft Excel, SolidWorks"]


def test_a_level_drawn_as_dots_takes_the_words_under_it() -> None:
    found = parse_languages(
        [
            f"Greek{CELL_GAP}\u25cf\u25cf\u25cf\u25cf\u25cf",
            "Native",
            f"German{CELL_GAP}\u25cf\u25cf\u25cf\u25cb\u25cb",
            "Good (B2)",
        ]
    )
    assert [(lang.language, lang.fluency) for lang in found] == [
        ("Greek", "Native"),
        ("German", "Good (B2)"),
    ]


def test_a_long_degree_line_wrapped_onto_the_next() -> None:
    result = structure(
        rows(
            "RHEA MAE BUENAVENTURA",
            "EDUCATIONAL BACKGROUND",
            f"Tertiary:{CELL_GAP}Bachelor of Science in Business Administration major in Financial",
            "Management",
            "University of San Carlos",
            "2015 \u2013 2019",
        )
    )
    [degree] = result["education"]
    assert (degree["institution"], degree["studyType"], degree["area"]) == (
        "University of San Carlos",
        "Bachelor of Science",
        "Business Administration major in Financial Management",
    )


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("\u2013 devam ediyor", True),
        ("- Till date", True),
        ("Present", True),
        ("Sept 2014 \u2013 June 2018", True),
        ("Responsible for the month-end close", False),
    ],
)
def test_date_cells_with_and_without_a_year(text: str, cell: bool) -> None:
    assert is_date_cell(text) is cell

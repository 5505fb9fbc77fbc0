"""General rules from the "holdout-27" round: Argentine CVs (levels of schooling as labels,
"Contador Público", the postcode in brackets before the town and province), Swiss ones
("Aus- und Weiterbildung", EFZ apprenticeships, surname and first name labelled apart, a photo
frame beside the headline), months written "09-2023", and an address under its label in a
label column."""

from __future__ import annotations

from resume_processor.pipeline.layout import CELL_GAP, Box, LayoutDocument, Line, Page
from resume_processor.pipeline.structure.contact import find_location
from resume_processor.pipeline.structure.dates import find_date_range
from resume_processor.pipeline.structure.local import labelled_name
from resume_processor.pipeline.structure.sections import content_lines
from tests.unit.layouts import rows, structure


def test_argentine_levels_of_schooling_and_a_professional_degree() -> None:
    result = structure(
        rows(
            "Florencia Iñíguez",
            "FORMACIÓN ACADÉMICA",
            "Universitario: Contador Público",
            "Universidad Nacional de Rosario (2010 \u2013 2016)",
            "Secundario: Bachiller en Economía y Gestión de las Organizaciones",
            "Escuela Superior de Comercio Domingo F. Sarmiento (2005 \u2013 2009)",
        )
    )
    assert [
        (school["institution"], school["studyType"], school.get("area"))
        for school in result["education"]
    ] == [
        ("Universidad Nacional de Rosario", "Contador Público", None),
        (
            "Escuela Superior de Comercio Domingo F. Sarmiento",
            "Bachiller",
            "Economía y Gestión de las Organizaciones",
        ),
    ]


def test_a_postcode_in_brackets_before_the_town_and_province() -> None:
    found = find_location(
        ["Domicilio:   Bv. Oroño 1530, 7° B (S2000) Rosario, Provincia de Santa Fe, Argentina"]
    )
    assert found is not None
    assert (found.address, found.postalCode, found.city, found.region, found.countryCode) == (
        "Bv. Oroño 1530, 7° B",
        "S2000",
        "Rosario",
        "Santa Fe",
        "AR",
    )


def test_a_swiss_lebenslauf() -> None:
    assert labelled_name(rows(f"Name{CELL_GAP}Hürlimann", f"Vorname{CELL_GAP}Mirjam")) == (
        "Mirjam Hürlimann"
    )
    result = structure(
        rows(
            "Reto Caduff",
            "Aus- und Weiterbildung",
            f"2012 \u2013 2015{CELL_GAP}Kaufmännische Grundbildung EFZ, Branche Treuhand",
            "Wirtschaftsschule KV Winterthur",
        )
    )
    [school] = result["education"]
    assert (school["institution"], school["studyType"], school["area"]) == (
        "Wirtschaftsschule KV Winterthur",
        "Kaufmännische Grundbildung EFZ",
        "Branche Treuhand",
    )


def test_a_photo_frame_beside_a_line_is_no_part_of_it() -> None:
    page = Page(
        1,
        595,
        842,
        [
            Line(f"Business Analyst Finance{CELL_GAP}Foto", Box(60, 40, 500, 50)),
            Line(f"Agama{CELL_GAP}: Katolik{CELL_GAP}Pas foto 3x4", Box(60, 60, 500, 70)),
            Line("Fotograf", Box(60, 80, 200, 90)),
        ],
    )
    lines = content_lines(LayoutDocument([page], engine="test"))
    assert [line.text for line in lines] == [
        "Business Analyst Finance",
        f"Agama{CELL_GAP}: Katolik",
        "Fotograf",
    ]


def test_months_written_with_a_hyphen() -> None:
    found = find_date_range("01-2021 - 06-2023")
    assert found is not None
    assert (found.start, found.end) == ("2021-01", "2023-06")


def test_an_address_under_its_label() -> None:
    found = find_location(
        ["Address", "45 Nguyễn Thị Minh Khai, Phường", "Bến Nghé, Quận 1, TP. Hồ Chí Minh"]
    )
    assert found is not None
    assert (found.address, found.city) == (
        "45 Nguyễn Thị Minh Khai, Phường Bến Nghé, Quận 1",
        "TP. Hồ Chí Minh",
    )
    assert find_location(["Address", "jo@example.com"]) is None

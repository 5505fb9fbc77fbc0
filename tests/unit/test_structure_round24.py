"""General rules from the "holdout-24" round: a Colombian hoja de vida (its title is no name,
the cédula no phone, a labelled town, labelled start and end dates on rows of their own,
Spanish degree words); an Estonian CV (titles, months, "tänaseni", degrees, "Ülikool",
languages written "eesti keel"); a bullet a Word list kept to itself, known by its opening
verb in the past tense."""

from __future__ import annotations

import pytest

from resume_processor.pipeline.layout import CELL_GAP
from resume_processor.pipeline.structure.contact import find_location, find_phone, looks_like_name
from resume_processor.pipeline.structure.entries import ACHIEVEMENT
from resume_processor.pipeline.structure.lists import parse_languages
from tests.unit.layouts import rows, structure


def test_a_colombian_hoja_de_vida() -> None:
    assert not looks_like_name("HOJA DE VIDA")
    assert find_phone(
        f"Cédula de ciudadanía:{CELL_GAP}1.025.115.283\nCelular:{CELL_GAP}303 974 1002"
    ) == ("303 974 1002")
    found = find_location([f"Ciudad:{CELL_GAP}Bucaramanga, Santander"])
    assert found is not None
    assert (found.city, found.region) == ("Bucaramanga", "Santander")
    result = structure(
        rows(
            "ANDRÉS FELIPE CASTAÑO RÍOS",
            "EXPERIENCIA LABORAL",
            f"Empresa:{CELL_GAP}Cooperativa Financiera Cafetera",
            f"Cargo:{CELL_GAP}Analista de Compras",
            f"Ciudad:{CELL_GAP}Bogotá D.C.",
            f"Fecha de ingreso:{CELL_GAP}marzo de 2023",
            f"Fecha de retiro:{CELL_GAP}mayo de 2026",
            "Funciones:",
            "\u2022 Coordinación de procesos de selección",
            "FORMACIÓN ACADÉMICA",
            f"Título:{CELL_GAP}Especialización en Gerencia de Proyectos",
            f"Institución:{CELL_GAP}Pontificia Universidad Javeriana Cali",
            f"Año de grado:{CELL_GAP}2016",
        )
    )
    [job] = result["work"]
    assert (job["name"], job["position"], job["location"], job["startDate"], job["endDate"]) == (
        "Cooperativa Financiera Cafetera",
        "Analista de Compras",
        "Bogotá D.C.",
        "2023-03",
        "2026-05",
    )
    [degree] = result["education"]
    assert (degree["institution"], degree["studyType"], degree["area"], degree["endDate"]) == (
        "Pontificia Universidad Javeriana Cali",
        "Especialización",
        "Gerencia de Proyectos",
        "2016",
    )


def test_an_estonian_cv() -> None:
    result = structure(
        rows(
            "Kädi Kõiv",
            "TÖÖKOGEMUS",
            f"mai 2024 \u2013 tänaseni{CELL_GAP}Tehniline juht",
            "Toompea Fintech OÜ, Tallinn",
            "HARIDUS",
            f"2015 \u2013 2017{CELL_GAP}Tartu Ülikool",
            "Magistrikraad, Tarkvaratehnika",
        )
    )
    [job] = result["work"]
    assert (job["name"], job["position"], job["startDate"]) == (
        "Toompea Fintech OÜ",
        "Tehniline juht",
        "2024-05",
    )
    assert "endDate" not in job
    [degree] = result["education"]
    assert (degree["institution"], degree["studyType"], degree["area"]) == (
        "Tartu Ülikool",
        "Magistrikraad",
        "Tarkvaratehnika",
    )
    languages = parse_languages([f"eesti keel{CELL_GAP}emakeel", f"inglise keel{CELL_GAP}C1"])
    assert [(lang.language, lang.fluency) for lang in languages] == [
        ("eesti keel", "Emakeel"),
        ("inglise keel", "C1"),
    ]


@pytest.mark.parametrize(
    ("text", "done"),
    [
        ("Supervised a group of 12 campers aged 8\u201310", True),
        ("Trained 35 branch staff on the new lending workflow", True),
        ("Built Power BI dashboards for the executive team", True),
        ("United States Department of the Treasury", False),
        ("Advanced Micro Devices", False),
    ],
)
def test_a_line_opening_with_what_was_done(text: str, done: bool) -> None:
    assert (ACHIEVEMENT.match(text) is not None) is done


def test_word_list_items_without_their_glyph_stay_under_the_job() -> None:
    result = structure(
        rows(
            "Priya Lindqvist",
            "EXPERIENCE",
            f"Summer Camp Counselor{CELL_GAP}Jun 2025 \u2013 Aug 2025",
            "Lakeview Parks and Recreation \u2013 Naperville, IL",
            "Supervised a group of 12 campers aged 8\u201310",
            "Planned daily outdoor and arts activities",
            f"Barista{CELL_GAP}Oct 2023 \u2013 Apr 2024",
            "Colectivo Coffee \u2013 Madison, WI",
            "Opened the store three mornings a week",
        )
    )
    assert [(job["name"], job["position"]) for job in result["work"]] == [
        ("Lakeview Parks and Recreation", "Summer Camp Counselor"),
        ("Colectivo Coffee", "Barista"),
    ]

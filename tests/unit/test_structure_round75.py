"""General rules from the "holdout-75" and "holdout-76" rounds: a table heading whose first cell
wrapped ("Sl." over "No"), Pacific Form Seven certificates, a certificate never taken for the
name, a school and its town after a comma, "Course of Study:" as the subject's label, and
Belarusian job labels."""

from __future__ import annotations

from resume_processor.pipeline.layout import CELL_GAP
from resume_processor.pipeline.structure.contact import looks_like_name
from tests.unit.layouts import titled


def _schools(title: str, *lines: str) -> list[dict[str, str]]:
    schools: list[dict[str, str]] = titled(title, *lines, titles=(title,))["education"]
    return schools


def test_a_table_heading_whose_first_cell_wrapped() -> None:
    schools = _schools(
        "ACADEMIC QUALIFICATIONS",
        CELL_GAP.join(("Sl.", "Qualification", "Institution", "Year", "Marks")),
        "No",
        CELL_GAP.join(("1", "Bachelor of Arts in Economics", "Royal Thimphu College", "2021")),
        CELL_GAP.join(("2", "Class XII (BHSEC)", "Yangchenphug Higher Secondary School", "2018")),
    )
    assert [(s["studyType"], s["institution"]) for s in schools] == [
        ("Bachelor of Arts", "Royal Thimphu College"),
        ("Class XII (BHSEC)", "Yangchenphug Higher Secondary School"),
    ]


def test_pacific_certificates_are_degrees_and_never_the_name() -> None:
    assert not looks_like_name("Solomon Islands Form Seven Certificate")
    schools = _schools(
        "EDUCATIONAL BACKGROUND",
        f"2015{CELL_GAP}Goldie College",
        "Solomon Islands Form Seven Certificate",
        f"2013{CELL_GAP}Tupou College, Toloa",
        "Tonga School Certificate",
    )
    assert [(s["studyType"], s["institution"]) for s in schools] == [
        ("Solomon Islands Form Seven Certificate", "Goldie College"),
        ("Tonga School Certificate", "Tupou College, Toloa"),
    ]


def test_a_country_after_the_school_is_no_part_of_its_name() -> None:
    [school] = _schools(
        "EDUCATION",
        f"2018 – 2020{CELL_GAP}M.Sc. in Software Engineering",
        "Ferdowsi University of Mashhad, Iran",
    )
    assert school["institution"] == "Ferdowsi University of Mashhad"


def test_course_of_study_labels_the_subject() -> None:
    [school] = _schools(
        "EDUCATION",
        f"University of Lagos{CELL_GAP}2011 - 2015",
        "Qualification: B.Sc",
        "Course of Study: Accounting",
    )
    assert (school["studyType"], school["area"]) == ("B.Sc", "Accounting")


def test_belarusian_job_labels() -> None:
    resume = titled(
        "Вопыт працы:",
        "ліпень 2023 – сакавік 2026",
        "УП «Гарадскі гандлёвы цэнтр», г. Мінск",
        "Пасада: Маркетолаг",
        titles=("Вопыт працы:",),
    )
    [job] = resume["work"]
    assert (job["name"], job["position"]) == ("УП «Гарадскі гандлёвы цэнтр»", "Маркетолаг")
    assert (job["startDate"], job["endDate"]) == ("2023-07", "2026-03")

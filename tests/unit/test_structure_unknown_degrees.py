"""Education entries whose degree is in no language the word lists hold: the school's other
line names the degree and its subject ("<degree> in <subject>", "<degree> (<subject>)",
"<degree>, <subject>"), a degree before "at" or "@" its school is split from it, the school is
the line that does not read "<degree> in <subject>", and a labelled subject leaves the other
line to the degree. `python tests/eval/ablate.py degrees` measures these rules across the set."""

from __future__ import annotations

import pytest

from resume_processor.pipeline.layout import CELL_GAP
from resume_processor.pipeline.structure.entries import Entry, prepare
from resume_processor.pipeline.structure.records import to_education
from tests.unit.layouts import rows, structure


def _schools(*lines: str) -> list[tuple[str | None, str | None, str | None]]:
    result = structure(rows("Ilse Varga", "EDUCATION", *lines))
    return [(s.get("institution"), s.get("studyType"), s.get("area")) for s in result["education"]]


@pytest.mark.parametrize(
    ("degree", "study", "area"),
    [
        ("Sarjana Muda in Computer Science", "Sarjana Muda", "Computer Science"),
        ("Gakushi en Economía, GPA: 3.7", "Gakushi", "Economía"),
        ("Sarjana Teknik (Teknik Sipil)", "Sarjana Teknik", "Teknik Sipil"),
        (
            "Sarjana Ekonomi, Poslovna informatika",
            "Sarjana Ekonomi",
            "Poslovna informatika",
        ),
        (
            "Sarjana Muda (Hons) in Electrical and Electronic Engineering",
            "Sarjana Muda (Hons)",
            "Electrical and Electronic Engineering",
        ),
    ],
)
def test_the_schools_other_line_names_an_unknown_degree(degree: str, study: str, area: str) -> None:
    assert _schools(f"2014 \u2013 2018{CELL_GAP}University of Maribor", degree) == [
        ("University of Maribor", study, area)
    ]


def test_initials_in_brackets_are_the_degrees_own() -> None:
    schools = _schools(f"2012 \u2013 2015{CELL_GAP}Maseno School", "Kenya Scholastic Exam (KSE)")
    assert schools == [("Maseno School", "Kenya Scholastic Exam (KSE)", None)]


def test_an_unknown_degree_before_at_its_school() -> None:
    schools = _schools(
        f"2016 \u2013 2020{CELL_GAP}Sarjana Teknik Electrical Engineering at Aalto University"
    )
    assert schools == [("Aalto University", None, "Sarjana Teknik Electrical Engineering")]


def test_a_place_beside_the_school_is_not_the_degree() -> None:
    schools = _schools(
        f"2012 \u2013 2016{CELL_GAP}Korea Institute of Science | Daejeon, Korea",
        "Haksa in Computer Science",
    )
    assert schools == [("Korea Institute of Science", "Haksa", "Computer Science")]


def test_the_school_is_the_line_that_names_no_subject() -> None:
    schools = _schools(
        f"2019 \u2013 2020{CELL_GAP}Certifikat IV in Transport and Logistics", "TAFE NSW"
    )
    assert schools == [("TAFE NSW", "Certifikat IV", "Transport and Logistics")]


def test_a_labelled_subject_leaves_the_other_line_to_the_degree() -> None:
    schools = _schools(
        f"2014 \u2013 2018{CELL_GAP}Gakushi Keizai | Ball State University",
        "Major: Management",
    )
    assert schools == [("Ball State University", "Gakushi Keizai", "Management")]


def test_an_unknown_degree_set_in_like_a_detail() -> None:
    result = structure(
        rows(
            "Ilse Varga",
            "EDUCATION",
            f"2016 \u2013 2018{CELL_GAP}Tokyo Institute of Science",
            "    Shushi (Industrial Engineering)",
        )
    )
    [school] = result["education"]
    assert (school["studyType"], school["area"]) == ("Shushi", "Industrial Engineering")


def test_a_known_degree_is_read_as_before() -> None:
    schools = _schools(
        f"2014 \u2013 2018{CELL_GAP}University of Maribor", "Bachelor of Science in Economics"
    )
    assert schools == [("University of Maribor", "Bachelor of Science", "Economics")]


def test_the_school_set_in_under_its_degree() -> None:
    header = prepare(rows("Enseñanza Media")[0])
    entry = Entry(header=[header], details=["Ruvo Alemán de Valparaíso"])
    school = to_education(entry)
    assert (school.institution, school.studyType) == (
        "Ruvo Alemán de Valparaíso",
        "Enseñanza Media",
    )


def test_of_two_unknown_lines_the_school_is_the_one_without_a_subject() -> None:
    schools = _schools(
        f"2015 \u2013 2020{CELL_GAP}Kaupsýslufræði, mención Administración de Empresas",
        "Tækniskóli Akureyrar",
    )
    assert schools == [("Tækniskóli Akureyrar", "Kaupsýslufræði", "Administración de Empresas")]

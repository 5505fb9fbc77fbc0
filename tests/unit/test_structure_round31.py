"""General rules from the "holdout-29", "holdout-31" and "holdout-32" rounds: Russian CVs as
job sites export them (a title with the total after a dash, months, "настоящее время", a
job's length on a line of its own, legal forms before the name, a level of education over
the entries, the subject before its degree after a comma), a degree in no known language
before its subject, and Chilean, Flemish, Sri Lankan, Pakistani and Nepali school levels."""

from __future__ import annotations

import pytest

from resume_processor.pipeline.layout import CELL_GAP
from resume_processor.pipeline.structure.dates import find_date_range
from resume_processor.pipeline.structure.sections import Kind, heading_key, heading_kind
from resume_processor.pipeline.structure.vocab import DEGREE
from tests.unit.layouts import rows, structure


def test_a_title_with_its_total_after_a_dash() -> None:
    assert heading_kind(heading_key("Опыт работы — 5 лет 3 месяца")) is Kind.WORK
    assert heading_kind(heading_key("Experience \u2013 10 years")) is Kind.WORK


def test_russian_dates() -> None:
    found = find_date_range("Июнь 2024 \u2014 настоящее время")
    assert found is not None
    assert (found.start, found.ongoing) == ("2024-06", True)


def test_a_russian_resume() -> None:
    result = structure(
        rows(
            "Ведерникова Злата Игоревна",
            "Проживает: Новосибирск",
            "Опыт работы — 5 лет 3 месяца",
            f"Июнь 2024 \u2014{CELL_GAP}ООО «Волжские цифровые системы»",
            f"настоящее время{CELL_GAP}Москва",
            "2 года 5 месяцев",
            "Старший BI-аналитик",
            "\u2022 Наставничество для двух младших аналитиков",
            "Образование",
            "Высшее",
            f"2020{CELL_GAP}Санкт-Петербургский политехнический университет",
            "Прикладная математика и информатика, Бакалавр",
        )
    )
    assert result["basics"]["location"]["city"] == "Новосибирск"
    [job] = result["work"]
    assert (job["name"], job["position"], job["startDate"]) == (
        "ООО «Волжские цифровые системы»",
        "Старший BI-аналитик",
        "2024-06",
    )
    [school] = result["education"]
    assert (school["institution"], school["studyType"], school["area"]) == (
        "Санкт-Петербургский политехнический университет",
        "Бакалавр",
        "Прикладная математика и информатика",
    )


def test_a_degree_in_no_known_language_before_its_subject() -> None:
    result = structure(
        rows(
            "Nevena Stojanović",
            "EDUCATION",
            f"2013 \u2013 2017{CELL_GAP}Osnovne akademske studije \u2013 Računarstvo i automatika",
            "Fakultet inženjerskih nauka, Univerzitet u Kragujevcu",
            f"2015 \u2013 2020{CELL_GAP}Ingeniería Comercial, mención Administración de Empresas",
            "Universidad de Concepción",
        )
    )
    assert [(s["studyType"], s["area"]) for s in result["education"]] == [
        ("Osnovne akademske studije", "Računarstvo i automatika"),
        ("Ingeniería Comercial", "Administración de Empresas"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Enseñanza Media",
        "Professionele bachelor Bedrijfsmanagement",
        "Secundair onderwijs",
        "G.C.E. Advanced Level Examination",
        "Intermediate (Commerce)",
        "+2 (Science)",
        "SLC",
    ],
)
def test_school_levels_name_a_degree(text: str) -> None:
    assert DEGREE.match(text)


def test_a_form_of_address_is_no_part_of_the_name() -> None:
    from resume_processor.pipeline.structure.contact import name_text

    assert name_text("Mr. Thanawat Chaiyaporn") == "Thanawat Chaiyaporn"
    assert name_text("Mrs Siriporn Rattanakorn") == "Siriporn Rattanakorn"
    assert name_text("Mristen Hale") == "Mristen Hale"


def test_the_shown_name_stands_over_its_labelled_full_form() -> None:
    result = structure(
        rows(
            "Thivya Sivanesan",
            "thivya@example.lk",
            "PERSONAL DETAILS",
            f"Full Name{CELL_GAP}: Yogarajah Thivya Sivanesan",
            f"Nationality{CELL_GAP}: Sri Lankan",
        )
    )
    assert result["basics"]["name"] == "Thivya Sivanesan"


def test_a_name_set_one_word_a_line_in_display_type() -> None:
    from resume_processor.pipeline.layout import Box, LayoutDocument, Line, Page
    from resume_processor.pipeline.structure.local import LocalStructurer

    lines = [
        Line("Figma", Box(28, 340, 60, 350), font_size=9.0),
        Line("Design Systems", Box(28, 370, 94, 380), font_size=9.0),
        Line("Juno", Box(225, 50, 289, 73), font_size=26.0, bold=True),
        Line("Pemberton-Oyelaran", Box(226, 80, 520, 105), font_size=26.0, bold=True),
        Line("Senior Product Designer", Box(226, 112, 400, 121), font_size=10.0),
        Line("hello@junopemberton.design", Box(28, 200, 164, 208), font_size=9.0),
    ]
    document = LayoutDocument([Page(1, 595, 842, lines)], engine="test")
    assert LocalStructurer().structure(document)["basics"]["name"] == "Juno Pemberton-Oyelaran"

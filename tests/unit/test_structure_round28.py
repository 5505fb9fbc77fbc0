"""General rules from the "holdout-28" round: a label column whose date cells wrap between
the content's lines, Ukrainian CVs (titles, months, "теперішній час", the town marked "м.",
the position wanted in the header, degrees and a subject in quotation marks), Croatian CVs
(titles, months, years with a full stop, the document's title before the name, degrees with
their subject's genitive, "smjer"), and a date between two cells of a Word table row."""

from __future__ import annotations

import pytest

from resume_processor.pipeline.layout import CELL_GAP
from resume_processor.pipeline.structure.contact import find_location, name_text
from resume_processor.pipeline.structure.dates import find_date_range, join_wrapped_range
from resume_processor.pipeline.structure.sections import Kind, heading_key, heading_kind
from tests.unit.layouts import rows, run, structure


def test_a_label_column_whose_dates_wrap() -> None:
    from resume_processor.pipeline.extract.reading_order import _is_label_column

    left, right = [], []
    baseline = 100.0
    for label in ("Adresa", "Mobitel", "E-pošta", "Datum rođenja", "Državljanstvo"):
        left.append(run(label, 54, baseline))
        right.append(run("value", 190, baseline))
        baseline += 14
    for _ in range(2):
        left.append(run("10/2022 \u2013", 54, baseline))
        right.append(run("Referent za marketing", 190, baseline))
        # The date's second line sits between the content's lines.
        left.append(run("01/2026", 54, baseline + 11))
        right += [run("Kvarner Pharma d.o.o.", 190, baseline + 14)]
        right += [run("\u25aa Analiza tržišta", 190, baseline + 28 + 14 * k) for k in range(4)]
        baseline += 90
    assert _is_label_column(left, right)
    left.append(run("Skills in a sidebar", 54, baseline + 7))  # between two content lines
    right += [run("text", 190, baseline), run("text", 190, baseline + 14)]
    assert not _is_label_column(left, right)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Досвід роботи", Kind.WORK),
        ("Освіта", Kind.EDUCATION),
        ("Знання мов", Kind.LANGUAGES),
        ("RADNO ISKUSTVO", Kind.WORK),
        ("OBRAZOVANJE", Kind.EDUCATION),
        ("TEČAJEVI I CERTIFIKATI", Kind.CERTIFICATES),
    ],
)
def test_ukrainian_and_croatian_titles(title: str, kind: Kind) -> None:
    assert heading_kind(heading_key(title)) is kind


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("лютий 2024 \u2013 теперішній час", "2024-02", None),
        ("травень 2018 \u2013 червень 2020", "2018-05", "2020-06"),
        ("ožujak 2019 \u2013 danas", "2019-03", None),
        ("2015. \u2013 2018.", "2015", "2018"),
        ("sierpień 2020 \u2013 listopad 2022", "2020-08", "2022-11"),  # Polish November
    ],
)
def test_ukrainian_and_croatian_dates(text: str, start: str, end: str | None) -> None:
    found = find_date_range(text)
    assert found is not None
    assert (found.start, found.end) == (start, end)


def test_a_croatian_date_column_wrapped_mid_range() -> None:
    assert join_wrapped_range(
        f"srpanj 2023. \u2013{CELL_GAP}Referent za marketing",
        f"danas{CELL_GAP}Dalmacija Turist d.d., Split",
    ) == ("srpanj 2023 \u2013 danas Referent za marketing", "Dalmacija Turist d.d., Split")


def test_the_documents_title_before_the_name() -> None:
    assert name_text("ŽIVOTOPIS Krešimir Grgić") == "Krešimir Grgić"
    assert name_text("Curriculum Vitae \u2013 Jo Doe") == "Jo Doe"


def test_a_ukrainian_address_with_its_town_marked() -> None:
    found = find_location(
        ["Адреса:   просп. Дмитра Яворницького, 40, кв. 22, м. Дніпро, 49000,", "Україна"]
    )
    assert found is not None
    assert (found.address, found.postalCode, found.city, found.countryCode) == (
        "просп. Дмитра Яворницького, 40, кв. 22",
        "49000",
        "Дніпро",
        "UA",
    )


def test_a_ukrainian_resume() -> None:
    result = structure(
        rows(
            "РЕЗЮМЕ",
            "Ірина Гнатюк",
            "Бажана посада: Менеджер проєктів",
            "Освіта",
            f"2015 \u2013 2017{CELL_GAP}Дніпровський національний університет",
            "Магістр, спеціальність «Менеджмент»",
            "Знання мов",
            f"Українська{CELL_GAP}рідна",
        )
    )
    assert result["basics"]["label"] == "Менеджер проєктів"
    [school] = result["education"]
    assert (school["institution"], school["studyType"], school["area"]) == (
        "Дніпровський національний університет",
        "Магістр",
        "Менеджмент",
    )
    assert result["languages"][0]["language"] == "Українська"


def test_a_croatian_degree_and_its_subject() -> None:
    result = structure(
        rows(
            "Petra Šimunović",
            "OBRAZOVANJE",
            f"2015. \u2013 2017.{CELL_GAP}magistar ekonomije, smjer Menadžment",
            "Ekonomski fakultet Sveučilišta u Rijeci",
        )
    )
    [school] = result["education"]
    assert (school["institution"], school["studyType"], school["area"], school["startDate"]) == (
        "Ekonomski fakultet Sveučilišta u Rijeci",
        "magistar ekonomije",
        "Menadžment",
        "2015",
    )


def test_a_date_between_two_cells_of_a_row() -> None:
    result = structure(
        rows(
            "Brantley Wetherbee",
            "EDUCATION",
            "Bachelor of Science | May 2017 | Ohio Dominican University",
            "Major: Supply Chain Management",
        )
    )
    [school] = result["education"]
    assert (school["institution"], school["studyType"], school["endDate"]) == (
        "Ohio Dominican University",
        "Bachelor of Science",
        "2017-05",
    )

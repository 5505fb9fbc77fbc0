"""General rules from the "holdout-30" round: the Bulgarian Europass CV (labels marked with a
bullet, an entry's position or qualification printed after its employer or school, titles
wrapped after a connecting word, the job applied for under its label, Bulgarian months and
the abbreviation of "year" after a year), a school's faculty or campus after a dash, the
issuer after a certificate's last separator, and Peruvian CVs ("Setiembre", "a la fecha",
"Celular", "Lugar", the country after a dash)."""

from __future__ import annotations

from resume_processor.pipeline.layout import CELL_GAP, Box, Line
from resume_processor.pipeline.structure.contact import find_location, find_phone
from resume_processor.pipeline.structure.dates import find_date_range
from resume_processor.pipeline.structure.labels import read_label_column
from resume_processor.pipeline.structure.lists import parse_certificates
from tests.unit.layouts import rows, structure


def _row(label: str, value: str, y: float) -> Line:
    """A row of the label column, its label set flush right against the content."""
    text = f"{label}{CELL_GAP}{value}" if value else label
    x0 = 210.0 - 4.5 * len(label)
    return Line(text, Box(x0, y, 520.0 if value else 210.0, y + 9), font_size=9.0)


def _content(text: str, y: float) -> Line:
    return Line(text, Box(227, y, 520, y + 9), font_size=9.0)


def test_a_bulgarian_europass_cv() -> None:
    labelled = [
        ("ЛИЧНА ИНФОРМАЦИЯ", ""),
        ("Име", "Десислава Кирязова"),
        ("ЖЕЛАНА ПОЗИЦИЯ", ""),
        ("", "Старши софтуерен разработчик"),
        ("ТРУДОВ СТАЖ", ""),
        ("\u2022 Дати (от \u2013 до)", "февруари 2021 г. \u2013 октомври 2023 г."),
        ("\u2022 Име и адрес на работодателя", "„Странджа Логистик“ ООД, гр. Пловдив"),
        ("\u2022 Заемана длъжност", "Java разработчик"),
        ("", "\u2013 Оптимизация на SQL заявки към PostgreSQL"),
        ("", "\u2013 Писане на модулни и интеграционни тестове"),
        ("", "\u2013 Преглед на код и менторство"),
        ("ОБРАЗОВАНИЕ И", ""),
        ("ОБУЧЕНИЕ", ""),
        ("\u2022 Дати (от \u2013 до)", "2014 \u2013 2018"),
        ("\u2022 Име и вид на обучаващата", "Пловдивски университет"),
        ("\u2022 Специалност", "Информатика"),
        ("\u2022 Наименование на придобитата", "Бакалавър"),
    ]
    lines = [
        _content(value, 40 + 14 * i) if not label else _row(label, value, 40 + 14 * i)
        for i, (label, value) in enumerate(labelled)
    ]
    read, fields = read_label_column(lines)
    assert fields == {"name": "Десислава Кирязова", "label": "Старши софтуерен разработчик"}
    texts = [line.text for line in read]
    assert "ОБРАЗОВАНИЕ И ОБУЧЕНИЕ" in texts
    # The position right under the dates, then the employer; the degree likewise.
    start = texts.index("февруари 2021 г. \u2013 октомври 2023 г.")
    assert texts[start + 1 : start + 3] == [
        "Java разработчик",
        "„Странджа Логистик“ ООД, гр. Пловдив",
    ]
    result = structure(read)
    [job] = result["work"]
    assert (job["name"], job["position"], job["startDate"], job["endDate"]) == (
        "„Странджа Логистик“ ООД",
        "Java разработчик",
        "2021-02",
        "2023-10",
    )
    [school] = result["education"]
    assert (school["institution"], school["studyType"], school["area"]) == (
        "Пловдивски университет",
        "Бакалавър",
        "Информатика",
    )


def test_bulgarian_dates_and_address() -> None:
    found = find_date_range("декември 2023 г. \u2013 до настоящия момент")
    assert found is not None
    assert (found.start, found.ongoing, found.span) == ("2023-12", True, (0, 38))
    place = find_location(["Адрес   бул. „Руски“ 42, ап. 7, 4000 гр. Пловдив, България"])
    assert place is not None
    assert (place.address, place.postalCode, place.city, place.countryCode) == (
        "бул. „Руски“ 42, ап. 7",
        "4000",
        "Пловдив",
        "BG",
    )


def test_a_faculty_after_a_dash_stays_with_its_school() -> None:
    result = structure(
        rows(
            "Mirjam Hürlimann",
            "EDUCATION",
            f"2016 \u2013 2019{CELL_GAP}Bachelor of Science in Betriebsökonomie",
            "Hochschule Luzern \u2013 Wirtschaft",
        )
    )
    assert result["education"][0]["institution"] == "Hochschule Luzern \u2013 Wirtschaft"


def test_the_issuer_after_a_certificates_last_separator() -> None:
    oracle, aws = parse_certificates(
        [
            "Oracle Certified Professional, Java SE 11 Developer \u2013 Oracle",
            "AWS Solutions Architect \u2013 Associate, Amazon Web Services",
        ]
    )
    assert (oracle.name, oracle.issuer) == (
        "Oracle Certified Professional, Java SE 11 Developer",
        "Oracle",
    )
    assert (aws.name, aws.issuer) == (
        "AWS Solutions Architect \u2013 Associate",
        "Amazon Web Services",
    )


def test_a_peruvian_cv() -> None:
    assert find_phone(f"Celular{CELL_GAP}: 944 478 997") == "944 478 997"
    place = find_location(
        [f"Dirección{CELL_GAP}: Av. España 1120, Urb. El Recreo, Trujillo \u2013 Perú"]
    )
    assert place is not None
    assert (place.address, place.city, place.countryCode) == (
        "Av. España 1120, Urb. El Recreo",
        "Trujillo",
        "PE",
    )
    result = structure(
        rows(
            "Wilmer Mamani Ccori",
            "EXPERIENCIA LABORAL",
            "Constructora Huallaga S.A.C.",
            f"Cargo{CELL_GAP}: Analista de Mejora Continua",
            f"Periodo{CELL_GAP}: Setiembre 2022 \u2013 a la fecha",
            f"Lugar{CELL_GAP}: Ica",
        )
    )
    [job] = result["work"]
    assert (job["name"], job["position"], job["location"], job["startDate"]) == (
        "Constructora Huallaga S.A.C.",
        "Analista de Mejora Continua",
        "Ica",
        "2022-09",
    )
    assert "endDate" not in job

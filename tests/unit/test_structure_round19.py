"""General rules from the "holdout-19" round: Turkish titles, dates, degrees and role nouns
(with the dotted and dotless i), a left column of titles, labels and dates beside their
values read row by row, a cell that had room left is not a wrapped cell, a title printed in
two languages, degree abbreviations and honours, the class of a degree, Canadian, Korean and
Malaysian postcodes and states, "Pres.", a page number in its own cell, and an address under
an "Address:" label with no postcode."""

from __future__ import annotations

import pytest

from resume_processor.pipeline.extract.reading_order import group_lines
from resume_processor.pipeline.layout import CELL_GAP, Box, LayoutDocument, Line, Page
from resume_processor.pipeline.structure.contact import find_location
from resume_processor.pipeline.structure.dates import find_date_range
from resume_processor.pipeline.structure.lists import parse_languages
from resume_processor.pipeline.structure.places import parse_location
from resume_processor.pipeline.structure.records import _degree_split
from resume_processor.pipeline.structure.sections import content_lines, heading_key, heading_kind
from tests.unit.layouts import rows, run, structure


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("İŞ DENEYİMİ", "work"),
        ("EĞİTİM BİLGİLERİ", "education"),
        ("YABANCI DİL", "languages"),
        ("Yabancı Dil", "languages"),
        ("BİLGİSAYAR BİLGİSİ", "skills"),
        ("KİŞİSEL BİLGİLER", "contact"),
    ],
)
def test_turkish_titles_in_capitals_and_lower_case(title: str, kind: str) -> None:
    assert heading_kind(heading_key(title)) == kind


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("02.2023 \u2013 günümüz", "2023-02", None),
        ("Oca 2023 \u2013 Şub 2026", "2023-01", "2026-02"),
        ("Ağu 2017 \u2013 Ara 2019", "2017-08", "2019-12"),
        ("July 2024 \u2013 Pres.", "2024-07", None),
    ],
)
def test_turkish_months_and_now_and_pres(text: str, start: str, end: str | None) -> None:
    found = find_date_range(text)
    assert found is not None
    assert (found.start, found.end, found.ongoing) == (start, end, end is None)


def _label_column_page() -> list[Line]:
    """A Turkish özgeçmiş: titles, field labels and dates in a left column at x=54, each
    on the row of its value at x=167 or alone in its row."""
    runs = [
        run("Büşra Öztürkmen", 54, 100, size=20),
        run("KİŞİSEL BİLGİLER", 54, 150, size=11),
        run("Adres", 54, 170),
        run(": Alsancak Mah. No: 41/3, 35220 İzmir", 167, 170),
        run("Telefon", 54, 184),
        run(": +90 536 527 47 92", 167, 184),
        run("E-posta", 54, 198),
        run(": busra@example.com", 167, 198),
        run("Uyruk", 54, 212),
        run(": T.C.", 167, 212),
        run("İŞ DENEYİMİ", 54, 240, size=11),
        run("02.2023 \u2013 günümüz", 54, 260),
        run("Ege Örme Tekstil Sanayi A.Ş.", 167, 260),
        run("İzmir", 519, 260),
        run("Kalite Güvence Uzmanı", 167, 274),
        run("• Müşteri şikâyetlerinin analiz edilmesi", 167, 288),
        run("03.2019 \u2013 11.2022", 54, 310),
        run("Kapadokya Gıda Pazarlama A.Ş.", 167, 310),
        run("İzmir", 519, 310),
        run("Üretim Planlama Mühendisi", 167, 324),
        run("• Stok devir hızının artırılması", 167, 338),
        run("EĞİTİM BİLGİLERİ", 54, 366, size=11),
        run("2012 \u2013 2016", 54, 386),
        run("Orta Doğu Teknik Üniversitesi", 167, 386),
        run("Endüstri Mühendisliği (Lisans)", 167, 400),
    ]
    from resume_processor.pipeline.extract.reading_order import page_lines

    return page_lines(runs, 595.0)


def test_a_column_of_titles_labels_and_dates_is_read_row_by_row() -> None:
    texts = [line.text for line in _label_column_page()]
    assert f"02.2023 \u2013 günümüz{CELL_GAP}Ege Örme Tekstil Sanayi A.Ş.{CELL_GAP}İzmir" in texts
    assert "Kalite Güvence Uzmanı" in texts  # its own line, not a wrapped cell of the row above
    assert texts.index("EĞİTİM BİLGİLERİ") > texts.index("Üretim Planlama Mühendisi")


def test_the_turkish_resume_gives_its_jobs_and_degree() -> None:
    page = Page(number=1, width=595.0, height=842.0, lines=_label_column_page())
    result = structure(content_lines(LayoutDocument(pages=[page], engine="test")))
    assert [
        (job["name"], job["position"], job["startDate"], job.get("endDate"))
        for job in result["work"]
    ] == [
        ("Ege Örme Tekstil Sanayi A.Ş.", "Kalite Güvence Uzmanı", "2023-02", None),
        ("Kapadokya Gıda Pazarlama A.Ş.", "Üretim Planlama Mühendisi", "2019-03", "2022-11"),
    ]
    [degree] = result["education"]
    assert (degree["institution"], degree["studyType"], degree["area"]) == (
        "Orta Doğu Teknik Üniversitesi",
        "Lisans",
        "Endüstri Mühendisliği",
    )


def test_a_sidebar_whose_lines_sit_between_the_main_columns_stays_a_column() -> None:
    runs = [run("SKILLS", 54, 100, size=11)] + [
        run(f"Skill number {i}", 54, 118 + 14 * i) for i in range(8)
    ]
    runs += [run("EXPERIENCE", 230, 100, size=11)] + [
        run(f"Main column text line {i} of the job", 230, 111 + 14 * i) for i in range(8)
    ]
    from resume_processor.pipeline.extract.reading_order import page_lines

    texts = [line.text for line in page_lines(runs, 595.0)]
    assert texts[:2] == ["SKILLS", "Skill number 0"]


def test_a_full_table_cell_still_takes_its_wrapped_end() -> None:
    runs = [
        run("Assistant Project Manager (Capital", 54, 100),
        run("Gloucester", 220, 100),
        run("2019 \u2013 2021", 400, 100),
        run("Works)", 54, 111),
        run("Hydro Electric Board", 54, 140),
        run("Leeds", 220, 140),
        run("2016 \u2013 2019", 400, 140),
    ]
    # The first cell reaches the second column: no room for "Works)" on its line.
    runs[0].x1 = 200.0
    lines = group_lines(runs)
    assert lines[0].text.startswith("Assistant Project Manager (Capital Works)")


def test_a_title_printed_in_two_languages_is_one_heading() -> None:
    result = structure(
        rows(
            "Médéric Charbonneau",
            f"EXPERIENCE{CELL_GAP}EXPÉRIENCE",
            f"Research Officer{CELL_GAP}2023-03 to present",
            "Fondation Rivière-des-Outaouais \u2014 Ottawa, ON",
            f"EDUCATION{CELL_GAP}FORMATION",
            f"Master of Arts (M.A.), Public Policy{CELL_GAP}2017 \u2013 2019",
            "Carleton University",
        )
    )
    assert [(job["name"], job["position"]) for job in result["work"]] == [
        ("Fondation Rivière-des-Outaouais", "Research Officer")
    ]
    assert [(e["institution"], e["studyType"]) for e in result["education"]] == [
        ("Carleton University", "Master of Arts (M.A.)")
    ]


@pytest.mark.parametrize(
    ("text", "split"),
    [
        (
            "Bachelor of Social Sciences (B.Soc.Sc.), Economics",
            ("Bachelor of Social Sciences (B.Soc.Sc.)", "Economics"),
        ),
        ("BSc (Physics)", ("BSc", "Physics")),
        ("BSc (Hons) Computing", ("BSc (Hons)", "Computing")),
        ("Baccalauréat (B.A.)", ("Baccalauréat (B.A.)", None)),
        ("Endüstri Mühendisliği (Lisans)", ("Lisans", "Endüstri Mühendisliği")),
        ("mechatronikai mérnök (BSc)", ("BSc", "mechatronikai mérnök")),
        (
            "West African Senior School Certificate (WASSCE)",
            ("West African Senior School Certificate (WASSCE)", None),
        ),
    ],
)
def test_degrees_with_their_abbreviations(text: str, split: tuple[str, str | None]) -> None:
    assert _degree_split(text) == split


def test_a_long_degree_line_and_the_class_of_a_degree() -> None:
    result = structure(
        rows(
            "Jasmine Chuah",
            "EDUCATION",
            "Bachelor of Engineering (Hons) in Electrical and Electronic Engineering",
            f"Universiti Sains Malaysia (USM){CELL_GAP}2013 \u2013 2017",
            "EDUCATIONAL QUALIFICATIONS",
            f"Obafemi Awolowo University{CELL_GAP}B.Sc. Banking and Finance (First Class)"
            f"{CELL_GAP}2015 \u2013 2019",
            f"Kings College{CELL_GAP}West African Senior School Certificate (WASSCE){CELL_GAP}2014",
        )
    )
    assert [
        (e["institution"], e.get("studyType"), e.get("area"), e.get("score"))
        for e in result["education"]
    ] == [
        (
            "Universiti Sains Malaysia (USM)",
            "Bachelor of Engineering (Hons)",
            "Electrical and Electronic Engineering",
            None,
        ),
        ("Obafemi Awolowo University", "B.Sc.", "Banking and Finance", "First Class"),
        ("Kings College", "West African Senior School Certificate (WASSCE)", None, None),
    ]


@pytest.mark.parametrize(
    ("text", "city", "region", "code"),
    [
        ("Moncton, NB E1C 4M3", "Moncton", "NB", "E1C 4M3"),
        ("55 Centum jungang-ro, Haeundae-gu, Busan 48058, South Korea", "Busan", None, "48058"),
        ("8, Jalan Tebrau Indah 3, 80300 Johor Bahru, Johor", "Johor Bahru", "Johor", "80300"),
    ],
)
def test_postcodes_and_states(text: str, city: str, region: str | None, code: str) -> None:
    found = parse_location(text)
    assert found is not None
    assert (found.city, found.region, found.postalCode) == (city, region, code)


def test_a_canadian_postcode_does_not_pass_for_a_us_zip_code() -> None:
    assert parse_location("Austin, TX E1C 4M3") is None


def test_a_labelled_address_without_a_postcode() -> None:
    found = find_location([f"Address:{CELL_GAP}22 Ring Road, Oluyole Estate, Ibadan"])
    assert found is not None
    assert (found.address, found.city) == ("22 Ring Road, Oluyole Estate", "Ibadan")


def test_an_unlabelled_number_and_words_are_no_address() -> None:
    assert find_location(["12 years in banking, retail and insurance"]) is None


def test_a_page_number_in_a_cell_of_its_own_is_dropped_from_the_margin() -> None:
    footer = Line(
        f"September 30, 2026{CELL_GAP}Dohyun Hwang · Résumé{CELL_GAP}1",
        Box(48.0, 815.0, 547.0, 823.0),
        font_size=7.5,
    )
    body = Line("Languages Go, Kotlin, Java, Python", Box(72.0, 600.0, 250.0, 610.0))
    page = Page(number=1, width=595.0, height=842.0, lines=[body, footer])
    assert [line.text for line in content_lines(LayoutDocument(pages=[page], engine="t"))] == [
        body.text
    ]


def test_malaysian_and_turkish_languages() -> None:
    found = parse_languages(
        [
            "English (Fluent), Bahasa Malaysia (Fluent), Hokkien (Native)",
            "İngilizce \u2013 İleri (C1)",
        ]
    )
    assert [lang.language for lang in found] == [
        "English",
        "Bahasa Malaysia",
        "Hokkien",
        "İngilizce",
    ]


def test_a_degree_in_a_cell_before_the_school_and_its_subject() -> None:
    result = structure(
        rows(
            "John Doe",
            "Education",
            f"BS{CELL_GAP}Boğaziçi University, Computer Engineering{CELL_GAP}Istanbul, Türkiye",
            "Sept 2014 \u2013 June 2018",
        )
    )
    assert [(e["studyType"], e["institution"], e["area"]) for e in result["education"]] == [
        ("BS", "Boğaziçi University", "Computer Engineering")
    ]

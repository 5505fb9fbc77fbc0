"""General rules from the "holdout-67" and "holdout-68" rounds: a date gutter that wrapped its
range before the word joining the end, a diploma's qualifier and stream, faculties as schools,
grades in words, Portuguese school years and "to date", Vietnamese month dates and labels, a
table's row numbers and its column titles sharing a cell, a school level alone in its cell, the
lower-case end of a bullet that is also a section title, and a place right-aligned in the left
column that starts no column."""

from __future__ import annotations

from resume_processor.pipeline.extract.reading_order import column_groups
from resume_processor.pipeline.layout import CELL_GAP
from resume_processor.pipeline.structure.dates import find_date_range, join_wrapped_range
from resume_processor.pipeline.structure.rows import is_table_heading
from resume_processor.pipeline.structure.sections import Kind, split_sections
from tests.unit.layouts import dressed, run, titled


def _schools(*lines: str, title: str = "DIPLÔMES ET FORMATIONS") -> list[dict[str, str]]:
    education: list[dict[str, str]] = titled(title, *lines, titles=(title,))["education"]
    return education


def test_a_range_wrapped_in_its_gutter_before_the_word_joining_its_end() -> None:
    assert join_wrapped_range(
        f"De novembre 2020{CELL_GAP}Chargé de suivi-évaluation",
        f"à mars 2023{CELL_GAP}Niger Transit Logistique SARL – Bamako",
    ) == (
        f"De novembre 2020 – mars 2023{CELL_GAP}Chargé de suivi-évaluation",
        "Niger Transit Logistique SARL – Bamako",
    )


def test_a_baccalaureate_keeps_its_qualifier_and_its_stream() -> None:
    schools = _schools(
        f"2013{CELL_GAP}Baccalauréat malien, série TSECO",
        "Lycée Prosper Kamara",
        f"2011{CELL_GAP}Baccalauréat unique, option Sciences Mathématiques",
        "Lycée Donka",
        f"2009{CELL_GAP}Baccalauréat, série TSS",
        "Lycée Askia Mohamed",
    )
    assert [(s["studyType"], s["area"], s["institution"]) for s in schools] == [
        ("Baccalauréat malien", "série TSECO", "Lycée Prosper Kamara"),
        ("Baccalauréat unique", "Sciences Mathématiques", "Lycée Donka"),
        ("Baccalauréat", "série TSS", "Lycée Askia Mohamed"),
    ]


def test_a_faculty_is_a_school_and_a_mention_its_grade() -> None:
    [school] = _schools(
        f"2013 – 2017{CELL_GAP}Maîtrise en Sciences Économiques",
        "Faculté des Sciences Économiques et de Gestion (FSEG), Bamako",
        "Mention : Assez Bien",
    )
    assert school["institution"] == "Faculté des Sciences Économiques et de Gestion (FSEG), Bamako"
    assert (school["studyType"], school["area"]) == ("Maîtrise", "Sciences Économiques")
    assert school["score"] == "Assez Bien"


def test_portuguese_school_years_final_marks_and_to_date() -> None:
    schools = _schools(
        f"2015 – 2019{CELL_GAP}Licenciatura em Gestão de Recursos Humanos",
        "Universidade Pedagógica de Maputo",
        "Média final: 13 valores",
        f"2014{CELL_GAP}12ª Classe",
        "Escola Secundária Francisco Manyanga",
        title="FORMAÇÃO ACADÉMICA",
    )
    assert [(s["studyType"], s["institution"], s.get("score")) for s in schools] == [
        ("Licenciatura", "Universidade Pedagógica de Maputo", "13"),
        ("12ª Classe", "Escola Secundária Francisco Manyanga", None),
    ]
    found = find_date_range("07/2024 – até à data")
    assert found is not None
    assert (found.start, found.end, found.ongoing) == ("2024-07", None, True)


def test_vietnamese_month_dates_and_now() -> None:
    spans = {
        "Tháng 2/2022 - Tháng 7/2024": ("2022-02", "2024-07", False),
        "tháng 7 năm 2023 - đến nay": ("2023-07", None, True),
        "07/2023 - nay": ("2023-07", None, True),
    }
    for text, expected in spans.items():
        found = find_date_range(text)
        assert found is not None
        assert (found.start, found.end, found.ongoing) == expected


def test_vietnamese_labels_and_a_heading_row_whose_last_cell_holds_three_titles() -> None:
    assert is_table_heading("Công ty / Vị trí / Mô tả công việc")
    assert not is_table_heading("Công ty TNHH Điện tử Phú An / Hà Nội")
    resume = titled(
        "KINH NGHIỆM LÀM VIỆC",
        "Thời gian",
        "Công ty / Vị trí / Mô tả công việc",
        "Tháng 2/2022 - Tháng 7/2024",
        "Công ty TNHH Thương mại Sao Việt",
        "Vị trí: Kế toán tổng hợp",
        "HỌC VẤN",
        "2014 - 2018: Học viện Tài chính",
        "Chuyên ngành: Quản trị nhân lực",
        "Bằng cấp: Cử nhân",
        titles=("KINH NGHIỆM LÀM VIỆC", "HỌC VẤN"),
    )
    [job] = resume["work"]
    assert (job["name"], job["position"]) == (
        "Công ty TNHH Thương mại Sao Việt",
        "Kế toán tổng hợp",
    )
    assert (job["startDate"], job["endDate"]) == ("2022-02", "2024-07")
    [school] = resume["education"]
    assert (school["institution"], school["studyType"], school["area"]) == (
        "Học viện Tài chính",
        "Cử nhân",
        "Quản trị nhân lực",
    )


def test_a_numbered_table_of_levels_schools_and_subjects() -> None:
    schools = _schools(
        CELL_GAP.join(("No", "Jenjang", "Nama Institusi", "Jurusan", "Tahun")),
        CELL_GAP.join(
            (
                "1.",
                "D3",
                "Politeknik Negeri Bandung",
                "Administrasi Bisnis (IPK 3,28)",
                "2014 – 2017",
            )
        ),
        CELL_GAP.join(("2.", "SMA", "SMA Negeri 3 Bandung", "IPA", "2011 – 2014")),
        title="RIWAYAT PENDIDIKAN",
    )
    assert [(s["studyType"], s["institution"], s["area"], s["endDate"]) for s in schools] == [
        ("D3", "Politeknik Negeri Bandung", "Administrasi Bisnis", "2017"),
        ("SMA", "SMA Negeri 3 Bandung", "IPA", "2014"),
    ]


def test_the_lower_case_end_of_a_bullet_is_no_section_title() -> None:
    lines = dressed(
        "WORK EXPERIENCE",
        "Operations Analyst",
        "• Automated the monthly sales report in Python, saving 2 days of manual",
        "work",
        "• Built Power BI dashboards used by 40+ store managers every week",
        titles=("WORK EXPERIENCE",),
    )
    _, sections = split_sections(lines)
    assert [section.kind for section in sections] == [Kind.WORK]
    assert [line.text for line in sections[0].lines][2] == "work"


def test_a_place_right_aligned_in_the_left_column_starts_no_column() -> None:
    # A builder's two columns under a full-width summary. Long bullets cross any gutter left
    # of the right column; the education's town, right-aligned at the left column's edge,
    # must not end the search for the gutter before the right column's.
    summary = (
        "Data analyst with a strong grounding in SQL, Python and BI tooling. I enjoy turning"
        " messy operational data into clear dashboards"
    )
    runs = [run("Oisín Doherty", 36, 40, 22), run(summary, 36, 96, 8.6)]
    bullet = "• Automated the monthly sales report in Python, saving two days of manual"
    runs += [run(bullet if i % 2 else "Operations Analyst", 39, 180 + 14 * i) for i in range(16)]
    runs += [run(f"University College Cork {i}", 36, 430 + 14 * i) for i in range(8)]
    runs.append(run("Cork, Ireland", 332, 492))
    runs += [run(f"Skill number {i}", 411, 187 + 24 * i) for i in range(15)]
    groups = column_groups(runs, 595)
    assert len(groups) == 3
    header, left, right = groups
    assert [r.text for r in header] == ["Oisín Doherty", summary]
    assert "Cork, Ireland" in [r.text for r in left]
    assert all(r.text.startswith("Skill") for r in right)

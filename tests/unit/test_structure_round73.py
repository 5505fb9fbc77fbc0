"""General rules from the "holdout-73" and "holdout-74" rounds: Pacific secondary certificates,
Portuguese name particles, a degree's subject after a dash, Azerbaijani and Kazakh labels and
degrees, Kazakh dates and towns, a table's column titles separated by commas, a sub-heading
under an entry section's title, and "Formação complementar"."""

from __future__ import annotations

from resume_processor.pipeline.layout import CELL_GAP
from resume_processor.pipeline.structure.contact import looks_like_name
from resume_processor.pipeline.structure.dates import find_date_range
from resume_processor.pipeline.structure.rows import is_table_heading
from resume_processor.pipeline.structure.sections import Kind, split_sections
from tests.unit.layouts import dressed, titled


def test_a_name_with_portuguese_particles() -> None:
    assert looks_like_name("Celma Pires dos Santos")
    assert looks_like_name("Siti Hajar binti Hashim")


def test_secondary_certificates_and_a_subject_after_a_dash() -> None:
    resume = titled(
        "HABILITAÇÕES LITERÁRIAS",
        f"2018{CELL_GAP}Vanuatu Senior Secondary Certificate (Year 13){CELL_GAP}Malapoa College",
        f"2016{CELL_GAP}12.ª Classe – Área de Ciências Económicas e Jurídicas",
        "Liceu de Santo António",
        titles=("HABILITAÇÕES LITERÁRIAS",),
    )
    assert [(s["studyType"], s.get("area"), s["institution"]) for s in resume["education"]] == [
        ("Vanuatu Senior Secondary Certificate", "Year 13", "Malapoa College"),
        ("12.ª Classe", "Ciências Económicas e Jurídicas", "Liceu de Santo António"),
    ]


def test_azerbaijani_labels_and_degree_level() -> None:
    titles = ("İŞ TƏCRÜBƏSİ", "TƏHSİL")
    resume = titled(
        "İŞ TƏCRÜBƏSİ",
        "11.2022 – 04.2026",
        "Şirkət: “Abşeron Qida” ASC",
        "Vəzifə: İnsan resursları üzrə mütəxəssis",
        "Şəhər: Bakı",
        "TƏHSİL",
        "2013 – 2017   Bakı Dövlət Universiteti",
        "Bakalavr pilləsi, ixtisas: Mühasibat uçotu və audit",
        titles=titles,
    )
    [job] = resume["work"]
    assert (job["name"], job["position"], job["location"]) == (
        "“Abşeron Qida” ASC",
        "İnsan resursları üzrə mütəxəssis",
        "Bakı",
    )
    [school] = resume["education"]
    assert (school["studyType"], school["area"]) == ("Bakalavr pilləsi", "Mühasibat uçotu və audit")


def test_kazakh_dates_towns_and_a_table_under_the_work_title() -> None:
    for text, expected in {
        "2022 ж. желтоқсан – осы уақытқа дейін": ("2022-12", None),
        "2020 ж. наурыз – 2022 ж. қыркүйек": ("2020-03", "2022-09"),
    }.items():
        found = find_date_range(text)
        assert found is not None
        assert (found.start, found.end) == expected
    assert is_table_heading("Ұйым, лауазымы, міндеттері")
    assert not is_table_heading("«Жетісу Дәмі» ЖШС, Қарағанды қ.")
    titles = ("Жұмыс тәжірибесі:", "Жұмыс кезеңі", "Қосымша білім, курстар:")
    resume = titled(
        "Жұмыс тәжірибесі:",
        "Жұмыс кезеңі",
        "Ұйым, лауазымы, міндеттері",
        "2023 ж. мамыр – қазір",
        "«Жетісу Дәмі» ЖШС, Қарағанды қ.",
        "Лауазымы: Кадрлар жөніндегі маман",
        "Қосымша білім, курстар:",
        "2022 ж. – ДипИФР (IFRS) курсы, «Кәсіби бухгалтерлер палатасы»",
        titles=titles,
    )
    [job] = resume["work"]
    assert (job["name"], job["position"], job["location"]) == (
        "«Жетісу Дәмі» ЖШС",
        "Кадрлар жөніндегі маман",
        "Қарағанды қ.",
    )
    assert [cert["name"] for cert in resume["certificates"]] == ["ДипИФР (IFRS) курсы"]


def test_a_title_of_no_kind_right_under_an_entry_section_s_title_is_its_subheading() -> None:
    lines = dressed(
        "EXPERIENCE",
        "Жұмыс кезеңі",
        "2021 – 2024   Analyst, Acme Ltd",
        "FORMAÇÃO COMPLEMENTAR",
        "2022   Curso de IFRS – OCPCA",
        titles=("EXPERIENCE", "Жұмыс кезеңі", "FORMAÇÃO COMPLEMENTAR"),
    )
    _, sections = split_sections(lines)
    assert [section.kind for section in sections] == [Kind.WORK, Kind.CERTIFICATES]
    assert "2021 – 2024   Analyst, Acme Ltd" in [line.text for line in sections[0].lines]

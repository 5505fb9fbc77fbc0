"""General rules from the "holdout-71" and "holdout-72" rounds: a profile export's logo letter
and startup facts beside the employer, Armenian towns and legal forms, Georgian labels, a Word
table row whose cell holds a second line, a date column that broke a range twice, a company
that names a country, an old Europass label column's labels cut where they wrapped, French
trainings and certificates under one title, and Pacific and Australian certificates."""

from __future__ import annotations

import io

from docx import Document

from resume_processor.pipeline.extract.docx import extract_docx
from resume_processor.pipeline.layout import CELL_GAP, Box, Line
from resume_processor.pipeline.structure.dates import join_range_over_three
from resume_processor.pipeline.structure.labels import read_label_column
from resume_processor.pipeline.structure.records import is_place
from tests.unit.layouts import titled


def test_a_logo_letter_and_a_startup_s_facts_beside_the_employer() -> None:
    resume = titled(
        "Experience",
        "Software Engineer II",
        "Q",
        "Quillstack · Health Care · Series B · 51-200 employees",
        "Apr 2024 – Jun 2026 · Austin, TX",
        "• Cut p95 API latency from 900ms to 180ms",
        "Backend Engineer",
        "B",
        "Brightkite · Logistics · Seed · 11-50 employees",
        "Jan 2022 – Jan 2024 · San Francisco, CA",
        titles=("Experience",),
    )
    assert [(job["name"], job["position"]) for job in resume["work"]] == [
        ("Quillstack", "Software Engineer II"),
        ("Brightkite", "Backend Engineer"),
    ]


def test_armenian_towns_legal_forms_and_until_today() -> None:
    resume = titled(
        "ԱՇԽԱՏԱՆՔԱՅԻՆ ՓՈՐՁ",
        "02.2023 – մինչ օրս Երևան",
        "Ֆինանսական վերլուծաբան",
        "«Նոր Կապ» ՍՊԸ",
        "• Տարեկան գույքագրման կազմակերպում",
        titles=("ԱՇԽԱՏԱՆՔԱՅԻՆ ՓՈՐՁ",),
    )
    [job] = resume["work"]
    assert (job["name"], job["position"], job["location"]) == (
        "«Նոր Կապ» ՍՊԸ",
        "Ֆինանսական վերլուծաբան",
        "Երևան",
    )
    assert (job["startDate"], job.get("endDate")) == ("2023-02", None)


def test_georgian_job_labels() -> None:
    resume = titled(
        "სამუშაო გამოცდილება",
        "04.2024 – დღემდე",
        "კომპანია: სს „ქართლი ინვესტ ბანკი“",
        "პოზიცია: ბუღალტერი",
        "ქალაქი: თბილისი",
        titles=("სამუშაო გამოცდილება",),
    )
    [job] = resume["work"]
    assert (job["name"], job["position"], job["location"]) == (
        "სს „ქართლი ინვესტ ბანკი“",
        "ბუღალტერი",
        "თბილისი",
    )


def test_a_word_table_row_whose_cell_holds_a_second_line() -> None:
    document = Document()
    table = document.add_table(rows=1, cols=4)
    cells = table.rows[0].cells
    for cell, text in zip(cells, ("2016 – 2020", "Caucasus University", "Finance"), strict=False):
        cell.text = text
    cells[3].text = "Bachelor"
    cells[3].add_paragraph("GPA 3.81")
    buffer = io.BytesIO()
    document.save(buffer)
    lines = [line.text for line in extract_docx(buffer.getvalue()).lines]
    assert lines == [
        CELL_GAP.join(("2016 – 2020", "Caucasus University", "Finance", "Bachelor")),
        "GPA 3.81",
    ]


def test_a_range_broken_twice_by_a_narrow_date_column() -> None:
    assert join_range_over_three(
        f"Setembro de{CELL_GAP}Técnico de Contabilidade",
        f"2016 – Maio de{CELL_GAP}Kora Telecom Guiné-Bissau, SA – Bissau",
        "2020",
    ) == (
        f"Setembro de 2016 – Maio de 2020{CELL_GAP}Técnico de Contabilidade",
        "Kora Telecom Guiné-Bissau, SA – Bissau",
    )
    # A whole range on the middle line: the year below is the next entry's.
    assert (
        join_range_over_three(f"Maio de{CELL_GAP}Técnico", f"2016 – 2018{CELL_GAP}Kora", "2020")
        is None
    )


def test_a_company_that_names_a_country_is_no_place() -> None:
    assert not is_place("Kora Telecom Guiné-Bissau, SA")
    assert is_place("Adelaide, SA")


def test_labels_cut_where_they_wrapped_in_an_old_europass_column() -> None:
    def row(label: str, value: str, y: float) -> Line:
        text = f"{label}{CELL_GAP}{value}" if label and value else label or value
        x0 = 200 - 5 * len(label) if label else 218
        return Line(text, Box(x0, y, 218 + 5 * len(value), y + 9), 9.0)

    lines = [
        row("Data de nascimento", "18/10/1994", 286),
        row("Nacionalidade", "Guineense", 300),
        row("Datas", "Fevereiro de 2024 – actualidade", 310),
        row("Função ou cargo ocupado", "Gestor de Clientes", 320),
        row("Nome e endereço do empregador", "ONG Tchon di Bijagós, Gabú", 330),
        *(row("", f"– Organização de formações {i}", 336 + 3 * i) for i in range(5)),
        row("Datas", "2013 – 2017", 354),
        row("Designação da qualificação", "Licenciatura em Economia", 370),
        row("atribuída", "", 383),
        row("Nome e tipo da organização de", "Universidade Colinas de Boé", 398),
        row("ensino", "", 412),
        row("Classificação final", "15 valores", 428),
        row("Datas", "2012", 449),
        row("Designação da qualificação", "12.º Ano de Escolaridade", 463),
        row("atribuída", "", 478),
        row("Nome e tipo da organização de", "Liceu Nacional Kwame N'Krumah", 493),
        row("ensino", "", 507),
    ]
    out, _ = read_label_column(lines)
    assert [line.text for line in out] == [
        "Fevereiro de 2024 – actualidade",
        "Gestor de Clientes",
        "ONG Tchon di Bijagós, Gabú",
        *(f"– Organização de formações {i}" for i in range(5)),
        "2013 – 2017",
        "Licenciatura em Economia",
        "Universidade Colinas de Boé",
        f"Classificação final{CELL_GAP}15 valores",
        "2012",
        "12.º Ano de Escolaridade",
        "Liceu Nacional Kwame N'Krumah",
    ]


def test_trainings_and_certificates_and_pacific_certificates() -> None:
    resume = titled(
        "FORMATION",
        f"2013{CELL_GAP}Baccalauréat série D",
        "Lycée Privé Al-Kamar",
        "FORMATIONS ET CERTIFICATS",
        f"2021{CELL_GAP}Formation en gestion de microcrédit, ADA Microfinance",
        "EDUCATIONAL QUALIFICATIONS",
        f"2015 – 2016{CELL_GAP}Certificate IV in Accounting",
        "National University of Samoa",
        f"2013{CELL_GAP}Samoa School Certificate (SSC)",
        "Avele College",
        titles=("FORMATION", "FORMATIONS ET CERTIFICATS", "EDUCATIONAL QUALIFICATIONS"),
    )
    assert [cert["name"] for cert in resume["certificates"]] == [
        "Formation en gestion de microcrédit"
    ]
    assert [(s["studyType"], s.get("area"), s["institution"]) for s in resume["education"]] == [
        ("Baccalauréat", "série D", "Lycée Privé Al-Kamar"),
        ("Certificate IV", "Accounting", "National University of Samoa"),
        ("Samoa School Certificate (SSC)", None, "Avele College"),
    ]

"""General rules from the "holdout-33" to "holdout-36" rounds: one known title late in a
resume vouches for the titles dressed like it before it, personal details under a title in
no known language are contact lines, and the section titles, months and words for "now" of
Slovenian, Icelandic, Catalan, Slovak, Latvian and Macedonian CVs."""

from __future__ import annotations

from dataclasses import replace

import pytest

from resume_processor.pipeline.extract.reading_order import Run, column_groups
from resume_processor.pipeline.layout import CELL_GAP
from resume_processor.pipeline.structure.dates import find_date_range
from resume_processor.pipeline.structure.sections import (
    Kind,
    heading_key,
    heading_kind,
    section_kind,
    slashed_kind,
)
from tests.unit.layouts import dressed, rows, run, structure


def test_a_late_known_title_vouches_for_the_titles_before_it() -> None:
    # "Interesi" is the only title the lists hold, and it comes last.
    lines = dressed(
        "Ajda Hočevar",
        "Ajda.Hocevar@example.com",
        "KARSOVI VELTI",
        "Naslov   Ragovska ulica 14, 8000 Novo mesto",
        "Telefon   +386 41 398 544",
        "DUNAVE PROSTI",
        f"01/2021 \u2013 12/2023{CELL_GAP}Senior Engineer",
        "Krka Trgovina d.o.o., Ljubljana",
        f"03/2017 \u2013 11/2020{CELL_GAP}Software Developer",
        "Soča Inženiring d.o.o., Novo mesto",
        "VALTINE",
        "Nomare selta vinu",
        "INTERESI",
        "Fotografija, tek, planinarjenje.",
        titles=("KARSOVI VELTI", "DUNAVE PROSTI", "VALTINE", "INTERESI"),
    )
    result = structure(lines)
    assert [job["name"] for job in result["work"]] == [
        "Krka Trgovina d.o.o.",
        "Soča Inženiring d.o.o.",
    ]
    # The untitled personal details are read as contact lines: the address gives the town.
    assert result["basics"]["location"]["city"] == "Novo mesto"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("DELOVNE IZKUŠNJE", Kind.WORK),
        ("IZOBRAŽEVANJE", Kind.EDUCATION),
        ("Starfsreynsla", Kind.WORK),
        ("Menntun", Kind.EDUCATION),
        ("TÖLVUKUNNÁTTA", Kind.SKILLS),
        ("Coneixements", Kind.SKILLS),
        ("Dades personals", Kind.CONTACT),
        ("DARBA PIEREDZE", Kind.WORK),
        ("IZGLĪTĪBA", Kind.EDUCATION),
        ("Работно искуство", Kind.WORK),
        ("Лични податоци", Kind.CONTACT),
        ("POČÍTAČOVÉ ZRUČNOSTI", Kind.SKILLS),
    ],
)
def test_titles_of_six_more_languages(title: str, kind: Kind) -> None:
    assert heading_kind(heading_key(title)) is kind


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("01/2023 \u2013 danes", "2023-01", None),
        ("avgust 2020 \u2013 december 2023", "2020-08", "2023-12"),
        ("janúar 2020 \u2013 núna", "2020-01", None),
        ("maig 2024 \u2013 actualitat", "2024-05", None),
        ("ноември 2023 \u2013 до денес", "2023-11", None),
        ("máj 2018 \u2013 október 2021", "2018-05", "2021-10"),
        ("jūlijs 2019 \u2013 šobrīd", "2019-07", None),
    ],
)
def test_months_and_words_for_now(text: str, start: str, end: str | None) -> None:
    found = find_date_range(text)
    assert found is not None
    assert (found.start, found.end, found.ongoing) == (start, end, end is None)


def test_labelled_position_subject_and_degree_in_russian() -> None:
    result = structure(
        rows(
            "Жумабекова Жанар Болатовна",
            "ОПЫТ РАБОТЫ",
            f"01.2024 \u2013 07.2026{CELL_GAP}ТОО «Дала Логистик Групп», г. Алматы",
            "Должность: Ведущий финансовый аналитик",
            "ОБРАЗОВАНИЕ",
            f"2017 \u2013 2021{CELL_GAP}Казахский национальный университет им. аль-Фараби",
            "Специальность: «Учет и аудит»",
            "Академическая степень: Бакалавр",
        )
    )
    [job] = result["work"]
    assert (job["name"], job["position"]) == (
        "ТОО «Дала Логистик Групп»",
        "Ведущий финансовый аналитик",
    )
    [school] = result["education"]
    assert (school["studyType"], school["area"]) == ("Бакалавр", "Учет и аудит")


def test_a_legal_form_with_its_town_in_brackets() -> None:
    result = structure(
        rows(
            "Aina Vilaró",
            "aina.vilaro@example.cat",
            "EXPERIÈNCIA",
            f"Cap de projectes{CELL_GAP}12/2017 \u2013 09/2021",
            "Edicions La Mitjana, SA (València)",
            f"Analista de dades{CELL_GAP}02/2015 \u2013 11/2017",
            "Cooperativa Agrícola del Camp de Túria (Castelló de la Plana)",
        )
    )
    assert [(job["name"], job.get("location")) for job in result["work"]] == [
        ("Edicions La Mitjana, SA", "València"),
        ("Cooperativa Agrícola del Camp de Túria (Castelló de la Plana)", None),
    ]


def test_a_title_wrapped_into_the_first_rows_label_cell() -> None:
    # A label column: "Formació" on one line, "acadèmica" in the first row's first cell.
    lines = rows(
        "Aina Vilaró",
        "Formació",
        f"acadèmica{CELL_GAP}Màster universitari en Logística i Gestió de la Cadena de",
        "Subministrament",
        f"Universitat de València{CELL_GAP}2016 \u2013 2017",
        "Grau en Administració i Direcció d'Empreses",
        f"Universitat Politècnica de Catalunya{CELL_GAP}2012 \u2013 2016",
    )
    body = [replace(line, box=replace(line.box, x0=167.0)) for line in lines[3:]]
    result = structure([*lines[:3], *body])
    assert [(s["institution"], s["studyType"], s["area"]) for s in result["education"]] == [
        (
            "Universitat de València",
            "Màster universitari",
            "Logística i Gestió de la Cadena de Subministrament",
        ),
        ("Universitat Politècnica de Catalunya", "Grau", "Administració i Direcció d'Empreses"),
    ]


def test_one_word_labels_in_cells_of_their_own() -> None:
    # Slovak Europass-like rows: every label in a cell before its value, at the same margin.
    lines = rows(
        "ŽIVOTOPIS",
        "OSOBNÉ ÚDAJE",
        f"Meno a priezvisko{CELL_GAP}Bc. Kristína Zelenáková",
        f"Telefón{CELL_GAP}0923 779 146",
        f"Dátum narodenia{CELL_GAP}17. 9. 1994",
        "PRACOVNÉ SKÚSENOSTI",
        f"Obdobie{CELL_GAP}november 2022 \u2013 doteraz",
        f"Zamestnávateľ{CELL_GAP}Kriváň Consulting, s.r.o., Bratislava",
        f"Pracovná pozícia{CELL_GAP}Samostatná účtovníčka",
        f"Obdobie{CELL_GAP}apríl 2019 \u2013 august 2022",
        f"Zamestnávateľ{CELL_GAP}Hronská logistika s.r.o., Banská Bystrica",
        f"Pracovná pozícia{CELL_GAP}Mzdová a personálna účtovníčka",
        "VZDELANIE",
        f"Obdobie{CELL_GAP}2013 \u2013 2016",
        f"Názov školy{CELL_GAP}Žilinská univerzita v Žiline",
        f"Študijný odbor{CELL_GAP}Ekonomika a manažment podniku",
        f"Získaný titul{CELL_GAP}Bc.",
    )
    result = structure(lines)
    assert result["basics"]["name"] == "Kristína Zelenáková"
    assert [(job["name"], job["position"]) for job in result["work"]] == [
        ("Kriváň Consulting, s.r.o.", "Samostatná účtovníčka"),
        ("Hronská logistika s.r.o.", "Mzdová a personálna účtovníčka"),
    ]
    [school] = result["education"]
    assert (school["institution"], school["studyType"], school["area"]) == (
        "Žilinská univerzita v Žiline",
        "Bc.",
        "Ekonomika a manažment podniku",
    )


@pytest.mark.parametrize(
    ("school", "degree", "study", "area"),
    [
        (
            "Univerza na Primorskem, Fakulteta za management",
            "univerzitetna diplomirana ekonomistka (UN), smer Poslovna logistika",
            "univerzitetna diplomirana ekonomistka (UN)",
            "Poslovna logistika",
        ),
        ("Háskólinn í Reykjavík", "MS í hugbúnaðarverkfræði", "MS", "hugbúnaðarverkfræði"),
        (
            "Menntaskólinn við Sund",
            "Stúdentspróf af félagsfræðabraut",
            "Stúdentspróf",
            "félagsfræðabraut",
        ),
        (
            "Технички факултет \u2013 Битола",
            "Магистер \u2013 насока: Информатика и компјутерски науки",
            "Магистер",
            "Информатика и компјутерски науки",
        ),
    ],
)
def test_slovenian_icelandic_and_macedonian_schools_and_degrees(
    school: str, degree: str, study: str, area: str
) -> None:
    result = structure(
        rows("Ilse Varga", "EDUCATION", f"2014 \u2013 2018{CELL_GAP}{school}", degree)
    )
    assert [(s["institution"], s["studyType"], s["area"]) for s in result["education"]] == [
        (school, study, area)
    ]


def _sidebar_and_main(sidebar_step: float) -> tuple[list[Run], list[Run]]:
    # A main column of long lines 14 points apart, and a sidebar of short ones between them.
    main = [
        run(f"Main column line {i:02d} with a good deal of text in it", 200, 100 + 14 * i)
        for i in range(30)
    ]
    sidebar = [run(f"Sidebar card {i:02d} text", 40, 105 + sidebar_step * i) for i in range(10)]
    return sidebar, main


def test_a_sidebar_of_a_few_short_cards_is_a_column() -> None:
    sidebar, main = _sidebar_and_main(sidebar_step=16)
    groups = column_groups([*sidebar, *main], 595)
    assert [len(group) for group in groups] == [10, 30]


def test_a_column_of_titles_far_apart_is_no_sidebar() -> None:
    # Section titles in a label column, each beside the start of its section.
    titles, main = _sidebar_and_main(sidebar_step=45)
    assert len(column_groups([*titles, *main], 595)) == 1


def test_latvian_dates_year_first() -> None:
    found = find_date_range("2019. gada decembris \u2013 2023. gada jūnijs")
    assert found is not None
    assert (found.start, found.end) == ("2019-12", "2023-06")


def test_a_label_over_a_jobs_second_list_keeps_the_job() -> None:
    result = structure(
        rows(
            "Shaylee Ballantyne",
            "shaylee@example.com.au",
            "EMPLOYMENT HISTORY",
            "Inventory Controller Jun 2023 \u2013 Jan 2026",
            "Nullarbor Haulage Services, Sydney NSW",
            "Key Responsibilities:",
            "\u2022 Coordinate inbound and outbound freight for three distribution centres",
            "Key Achievements:",
            "\u2022 Improved DIFOT from 91% to 97.5% within 12 months",
        )
    )
    [job] = result["work"]
    assert job["highlights"] == [
        "Coordinate inbound and outbound freight for three distribution centres",
        "Improved DIFOT from 91% to 97.5% within 12 months",
    ]


def test_a_table_of_schools_under_its_heading_row() -> None:
    result = structure(
        rows(
            "Hiwot Tadesse Lemma",
            "EDUCATIONAL BACKGROUND",
            CELL_GAP.join(("Institution", "Qualification", "Field of Study", "Year", "CGPA")),
            f"Addis Ababa University{CELL_GAP}Bachelor of Arts{CELL_GAP}Accounting{CELL_GAP}2020"
            f"{CELL_GAP}3.64",
        )
    )
    [school] = result["education"]
    assert (school["institution"], school["studyType"], school["endDate"]) == (
        "Addis Ababa University",
        "Bachelor of Arts",
        "2020",
    )


def test_albanian_titles_and_months() -> None:
    assert heading_kind(heading_key("PËRVOJA E PUNËS")) is Kind.WORK
    assert heading_kind(heading_key("ARSIMI DHE TRAJNIMI")) is Kind.EDUCATION
    found = find_date_range("dhjetor 2023 \u2013 sot")
    assert found is not None
    assert (found.start, found.ongoing) == ("2023-12", True)


def test_a_subject_before_an_academie() -> None:
    schools = structure(
        rows(
            "Ines Höglund",
            "EDUCATION",
            f"Bachelor of Arts{CELL_GAP}09/2016 \u2013 07/2019",
            "Communication and Multimedia Design, Gerrit Rietveld Academie",
        )
    )["education"]
    assert [(s["institution"], s["area"]) for s in schools] == [
        ("Gerrit Rietveld Academie", "Communication and Multimedia Design")
    ]


def test_titles_joined_by_a_slash() -> None:
    assert (
        section_kind("INTERNSHIP / WORK EXPERIENCE", heading_key("INTERNSHIP / WORK EXPERIENCE"))
        is Kind.WORK
    )
    assert slashed_kind("Développeur Java / Angular") is None
    assert slashed_kind("Research / Teaching Assistant") is None


def test_french_present_and_ecuadorian_labelled_schooling() -> None:
    found = find_date_range("07/2023 \u2013 Présent")
    assert found is not None
    assert (found.start, found.ongoing) == ("2023-07", True)
    result = structure(
        rows(
            "Andrés Guerrero",
            "EXPERIENCIA LABORAL",
            "Empresa:   Exportadora Río Guayas S.A.",
            "Cargo:   Asistente Contable",
            "Tiempo de trabajo:   Abril 2023 - Actualidad",
            "FORMACIÓN ACADÉMICA",
            "Cuarto nivel",
            "Institución:   Universidad Andina Simón Bolívar",
            "Título obtenido:   Magíster en Administración de Empresas",
            "Año:   2020",
        )
    )
    [job] = result["work"]
    assert (job["name"], job["position"]) == ("Exportadora Río Guayas S.A.", "Asistente Contable")
    [school] = result["education"]
    assert (school["studyType"], school["area"]) == ("Magíster", "Administración de Empresas")

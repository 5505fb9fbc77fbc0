"""General rules from the "holdout-39" and "holdout-40" rounds: a list of bulleted one-line
entries, words that label a date after them in other languages, and the labels of the old
Europass form in the languages it was published in."""

from __future__ import annotations

from resume_processor.pipeline.layout import CELL_GAP, Box, Line
from resume_processor.pipeline.structure.contact import looks_like_name, name_text
from resume_processor.pipeline.structure.dates import (
    find_date_range,
    join_wrapped_range,
    strip_span,
)
from resume_processor.pipeline.structure.rows import is_table_heading, join_open_rows
from resume_processor.pipeline.structure.vocab import DEGREE
from tests.unit.layouts import dressed, structure

TITLES = ("FORMAÇÃO ACADÊMICA", "EXPERIÊNCIA PROFISSIONAL")


def test_a_list_of_bulleted_one_line_entries() -> None:
    result = structure(
        dressed(
            "Letícia Siqueira",
            "leticia@example.com.br",
            "FORMAÇÃO ACADÊMICA",
            "• Tecnólogo em Logística – Universidade Federal de Minas Gerais – Concluído em 2020",
            "• Técnico em Administração – SENAC Minas – Concluído em 2016",
            "EXPERIÊNCIA PROFISSIONAL",
            "Transportes Rodovale Ltda. – Belo Horizonte/MG",
            titles=TITLES,
        )
    )
    schools = [
        (school.get("institution"), school.get("studyType"), school.get("endDate"))
        for school in result["education"]
    ]
    assert schools == [
        ("Universidade Federal de Minas Gerais", "Tecnólogo", "2020"),
        ("SENAC Minas", "Técnico", "2016"),
    ]


def test_bullets_under_a_header_stay_its_highlights() -> None:
    result = structure(
        dressed(
            "Letícia Siqueira",
            "leticia@example.com.br",
            "EXPERIÊNCIA PROFISSIONAL",
            f"Analista de Logística{CELL_GAP}mar/2023 – atual",
            "Transportes Rodovale Ltda.",
            "• Negociação com transportadoras e redução de 12% no custo de frete",
            "• Treinamento de auxiliares de logística em normas de segurança",
            titles=("EXPERIÊNCIA PROFISSIONAL",),
        )
    )
    assert len(result["work"]) == 1
    assert len(result["work"][0]["highlights"]) == 2


def test_words_that_label_the_date_after_them() -> None:
    for text in (
        "UFMG – Concluído em 2020",
        "UFMG – Conclusão: 2020",
        "UFMG – Terminado en 2020",
        "UFMG – Obtenu en 2020",
        "UFMG – Completed in 2020",
    ):
        found = find_date_range(text)
        assert found is not None
        assert strip_span(text, found.span) == "UFMG"


def _row(label: str, content: str, y: float) -> Line:
    """A label-column row as extraction glues it: the label right-aligned to x 200, then the
    content from x 218."""
    x0 = 200.0 - 5.0 * len(label) if label else 218.0
    text = f"{label}{CELL_GAP}{content}" if label else content
    return Line(text, Box(x0, y, 218.0 + 5.0 * len(content), y + 9.0), font_size=9.0)


def test_an_old_europass_form_in_bosnian() -> None:
    rows = [
        ("", "Biografija"),
        ("Ime i prezime", "Emina Halilović"),
        ("Adresa", "Ferhadija 19, 71000 Sarajevo"),
        ("E-mail", "emina.halilovic@example.ba"),
        ("Datum rođenja", "04.07.1994."),
        ("Radno iskustvo", ""),
        ("Datumi", "mart 2023. – maj 2026."),
        ("Zanimanje ili radno mjesto", "Senior softverski inženjer"),
        ("Glavni poslovi i odgovornosti", "– Uvođenje automatskih testova"),
        ("", "– Izrada tehničke dokumentacije"),
        ("Naziv i adresa poslodavca", "Miljacka Soft d.o.o., Sarajevo"),
        ("Obrazovanje i osposobljavanje", ""),
        ("Datumi", "2013 – 2016"),
        ("Naziv dodijeljene kvalifikacije", "Bachelor inženjer elektrotehnike"),
        ("Studijski program", "Računarstvo i informatika"),
        ("Naziv i vrsta ustanove", "Univerzitet u Sarajevu"),
        ("Maternji jezik", "bosanski"),
        ("Strani jezik", "engleski – C1"),
    ]
    result = structure(
        [
            _row(label, content, 20.0 + 16.0 * i) if content else _row("", label, 20.0 + 16.0 * i)
            for i, (label, content) in enumerate(rows)
        ]
    )
    assert result["basics"]["name"] == "Emina Halilović"
    job = result["work"][0]
    assert (job["name"], job["position"], job["startDate"], job["endDate"]) == (
        "Miljacka Soft d.o.o.",
        "Senior softverski inženjer",
        "2023-03",
        "2026-05",
    )
    school = result["education"][0]
    assert (school["institution"], school["studyType"], school["area"]) == (
        "Univerzitet u Sarajevu",
        "Bachelor inženjer elektrotehnike",
        "Računarstvo i informatika",
    )
    assert {"language": "bosanski", "fluency": "Native"} in result["languages"]


def test_the_documents_title_before_the_name_in_more_languages() -> None:
    for line in (
        "Biografija Emina Halilović",
        "Currículo Letícia Siqueira",
        "Życiorys Anna Nowak",
        "Özgeçmiş Ayşe Yılmaz",
        "Βιογραφικό σημείωμα Ελένη Παπαδοπούλου",
    ):
        assert name_text(line) == " ".join(line.split()[-2:])


def test_the_first_rows_document_title_stays_with_the_name_in_a_label_column() -> None:
    rows = [
        _row("", "Referent za marketing", 36.0),
        _row("Adresa", "Ulica Domovinskog rata 45, 21000 Split", 60.0),
        _row("E-pošta", "kresimir.grgic@example.hr", 76.0),
        _row("Datum rođenja", "23. 2. 1996.", 92.0),
        _row("Državljanstvo", "hrvatsko", 108.0),
        _row("Materinski jezik", "hrvatski", 124.0),
    ]
    title = Line("ŽIVOTOPIS Krešimir Grgić", Box(85.0, 10.0, 351.0, 30.0), font_size=16.0)
    result = structure([title, *rows])
    assert result["basics"]["name"] == "Krešimir Grgić"


def test_a_georgian_name_has_no_capitals_to_show() -> None:
    assert looks_like_name("ნიკოლოზ ხარაიშვილი")
    assert not looks_like_name("ნიკოლოზ harayshvili")  # a word in lower case still is no name


def test_a_schools_name_wrapped_before_its_kind_of_school() -> None:
    size = 9.5
    lines = [
        Line("ნიკოლოზ ხარაიშვილი", Box(159.0, 47.3, 434.6, 68.7), font_size=20.0, bold=True),
        Line("nikoloz@example.ge", Box(201.3, 80.0, 300.0, 89.0), font_size=9.0),
        Line("განათლება", Box(122.8, 295.1, 178.6, 305.2), font_size=size, bold=True),
        Line(
            f"2012 – 2016{CELL_GAP}ივანე ჯავახიშვილის სახელობის თბილისის სახელმწიფო",
            Box(128.8, 314.8, 481.7, 325.1),
            font_size=size,
            bold=True,
        ),
        Line("უნივერსიტეტი", Box(201.3, 329.0, 271.5, 339.3), font_size=size, bold=True),
        Line("ბაკალავრი, ეკონომიკა", Box(201.3, 343.1, 302.5, 352.9), font_size=size),
        Line("სამუშაო გამოცდილება", Box(65.8, 376.7, 178.6, 386.9), font_size=size, bold=True),
        Line(
            f"11.2022 – დღემდე{CELL_GAP}პროექტის მენეჯერი",
            Box(104.7, 396.4, 303.4, 407.3),
            font_size=9.0,
        ),
        Line("შპს „გეოლოჯისტიკ ჯგუფი“, თბილისი", Box(201.3, 411.2, 364.3, 420.9), font_size=9.0),
        Line("ენები", Box(151.9, 650.9, 178.6, 661.0), font_size=size, bold=True),
        Line(f"ქართული{CELL_GAP}მშობლიური", Box(140.8, 670.8, 253.1, 680.6), font_size=9.0),
    ]
    school = structure(lines)["education"][0]
    assert (school["institution"], school["studyType"], school["area"]) == (
        "ივანე ჯავახიშვილის სახელობის თბილისის სახელმწიფო უნივერსიტეტი",
        "ბაკალავრი",
        "ეკონომიკა",
    )


def test_column_titles_of_a_table_in_other_languages() -> None:
    for row in (
        "Année   Diplôme   Établissement",
        "Año   Título   Institución",
        "Zeitraum   Abschluss   Hochschule",
        "Okres   Stanowisko   Firma",
    ):
        assert is_table_heading(row)
    assert not is_table_heading("2016   Baccalauréat série G2   Collège Saint-Benoît")


def test_words_for_now_broken_over_two_lines_of_a_date_cell() -> None:
    joined = join_wrapped_range(
        f"Mars 2024 – À ce{CELL_GAP}Sanaga Agro-Industries S.A., Douala",
        f"jour{CELL_GAP}Poste : Comptable principal",
    )
    assert joined == (
        f"Mars 2024 – À ce jour{CELL_GAP}Sanaga Agro-Industries S.A., Douala",
        "Poste : Comptable principal",
    )
    # A whole range on the first line leaves the second alone.
    assert join_wrapped_range(f"2019 – 2021{CELL_GAP}Acme", f"jour{CELL_GAP}Poste") is None


def test_a_french_master_by_its_kind() -> None:
    for text, degree in (
        ("Master professionnel en Comptabilité, Contrôle et Audit", "Master professionnel"),
        ("Mastère spécialisé Big Data", "Mastère spécialisé"),
        ("Master 2 Finance de marché", "Master 2"),
    ):
        found = DEGREE.match(text)
        assert found is not None
        assert found.group(0) == degree


def _sidebar(text: str, y: float, width: float, *, bold: bool = False) -> Line:
    return Line(text, Box(25.5, y, 25.5 + width, y + 8.0), font_size=8.5, bold=bold)


def test_names_a_narrow_column_wrapped_are_joined() -> None:
    lines = [
        _sidebar("MBA", 460.8, 21.8, bold=True),
        _sidebar("Kellogg School of", 473.3, 70.9),
        _sidebar("Management, Northwestern", 485.5, 115.0),
        _sidebar("University", 497.7, 41.4),
        _sidebar("2022 – 2024", 510.2, 49.8),
        _sidebar("B.A., Economics", 528.3, 77.0, bold=True),
        _sidebar("University of Texas at Austin", 540.8, 117.9),
        _sidebar("2017 – 2021", 553.2, 49.8),
    ]
    assert [line.text for line in join_open_rows(lines)] == [
        "MBA",
        "Kellogg School of Management, Northwestern University",
        "2022 – 2024",
        "B.A., Economics",  # "University" would have fit after it: no wrap
        "University of Texas at Austin",
        "2017 – 2021",
    ]


def test_lines_of_a_wide_column_or_of_word_are_not_joined_by_width() -> None:
    wide = [
        Line("École Nationale Supérieure (ENSAM) – Meknès", Box(161.6, 571.8, 447.6, 582.1), 8.5),
        Line("Mention Bien", Box(161.6, 586.6, 220.6, 593.7), 8.5),
        Line("Classes Préparatoires – Filière MP", Box(161.6, 606.8, 454.2, 617.9), 8.5),
    ]
    assert len(join_open_rows(wide)) == 3
    word = [
        Line("Higher Diploma Quality", Box(72.0, 10.0, 523.0, 21.0), font_size=11.0),
        Line("Management", Box(72.0, 22.0, 523.0, 33.0), font_size=11.0),
    ]
    assert len(join_open_rows(word)) == 2


def test_a_main_columns_titles_dressed_apart_from_the_sidebars() -> None:
    def title(text: str, x: float, y: float, size: float) -> Line:
        return Line(text, Box(x, y, x + 6 * len(text), y + size), font_size=size, bold=True)

    def body(text: str, x: float, y: float) -> Line:
        return Line(text, Box(x, y, x + 4 * len(text), y + 8.0), font_size=8.0)

    lines = [
        Line("Wren Whitacre", Box(42.5, 29.8, 322.6, 60.0), font_size=24.0, bold=True),
        body("wren@example.com", 42.5, 87.6),
        title("SKILLS", 25.5, 150.2, 9.5),
        body("SQL, Amplitude, Looker", 25.5, 172.6),
        title("EDUCATION", 25.5, 438.5, 9.5),
        body("B.A., Economics", 25.5, 528.3),
        body("University of Texas at Austin", 25.5, 540.8),
        body("2017 – 2021", 25.5, 553.2),
        title("LANGUAGES", 25.5, 645.1, 9.5),
        body("English – Native", 25.5, 667.3),
        title("SUMMARY", 198.4, 153.3, 10.5),
        body("Product manager who turns customer problems into shipped outcomes.", 198.4, 178.1),
        title("EXPERIENCE", 198.4, 229.2, 10.5),
        body(f"Senior Product Manager{CELL_GAP}Oct 2024 – Present", 198.4, 254.4),
        body("Ridgeline Software · Austin, TX", 198.4, 269.3),
        body("● Reduced onboarding time from 6 weeks to 12 days", 201.3, 286.6),
        title("SELECTED LAUNCHES", 198.4, 465.7, 10.5),
        body("Merchant Insights dashboard – adopted by 62% of accounts", 201.3, 490.4),
    ]
    assert [job.get("name") for job in structure(lines)["work"]] == ["Ridgeline Software"]

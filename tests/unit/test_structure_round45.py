"""General rules from the "holdout-45" to "holdout-48" rounds: a job site's resume export (a
total glued to the work title's dash, the job wanted under a title of its own, the level of
education before the degree, a faculty and its subject under the university), a table's last
cell wrapped under its column, "From … to …" ranges, a Moldovan label column, French date cells
wrapped, Russian towns after their abbreviated "town", identity numbers labelled number first,
a sidebar's title type in the main column, names labelled in halves, school-leaving
certificates, countries named in any language, and a name set apart from the address beside it
by its size."""

from __future__ import annotations

from resume_processor.pipeline.extract.reading_order import Style, group_lines
from resume_processor.pipeline.layout import CELL_GAP, Box, Line
from resume_processor.pipeline.structure.contact import find_phone
from resume_processor.pipeline.structure.dates import (
    find_date_range,
    join_wrapped_range,
    strip_span,
)
from resume_processor.pipeline.structure.labels import split_label
from resume_processor.pipeline.structure.places import parse_location, split_trailing_place
from resume_processor.pipeline.structure.sections import Kind, heading_key, heading_kind
from resume_processor.pipeline.structure.vocab import DEGREE
from tests.unit.layouts import dressed, rows, run, structure

_EXPORT = (
    "Кудрявцева Ульяна Олеговна",
    "+7 (903) 379-96-33",
    "ulyana@example.ru",
    "Желаемая должность и зарплата",
    f"Ведущий аналитик данных{CELL_GAP}180 000 ₽ на руки",
    "Занятость: полная занятость",
    "Опыт работы —9 лет 4 месяца",
    f"Июль 2023 —{CELL_GAP}ООО «Камский маркетплейс»",
    "Июль 2026",
    "Ведущий аналитик данных",
    "- Расчёт юнит-экономики и LTV по когортам клиентов",
    "Образование",
    "Высшее образование (Бакалавр)",
    f"2016{CELL_GAP}Новосибирский государственный университет",
    "Механико-математический факультет, Прикладная математика",
)


def test_a_total_glued_to_the_titles_dash() -> None:
    for title in ("Опыт работы —9 лет 4 месяца", "Опыт работы – 9 лет", "Experience -5 years"):
        assert heading_kind(heading_key(title)) is Kind.WORK
    found = split_label("Опыт работы —9 лет 4 месяца")
    assert found is not None
    assert found[1] is Kind.WORK


def test_a_job_sites_export() -> None:
    result = structure(dressed(*_EXPORT, titles=(_EXPORT[3], _EXPORT[6], _EXPORT[11])))
    assert result["basics"]["label"] == "Ведущий аналитик данных"
    jobs = [(job.get("name"), job.get("position"), job.get("startDate")) for job in result["work"]]
    assert jobs == [("ООО «Камский маркетплейс»", "Ведущий аналитик данных", "2023-07")]
    (school,) = result["education"]
    assert school["institution"] == "Новосибирский государственный университет"
    assert school["studyType"] == "Бакалавр"
    assert school["area"] == "Механико-математический факультет, Прикладная математика"


def test_a_wrapped_last_cell_of_a_table_row() -> None:
    # "Year   Institution   Award": the award wrapped twice under its own column; the body
    # under a date gutter's last cell, with room left on the row, stays a line of its own.
    runs = [
        run("2016 – 2019", 68, 300),
        run("Kyambogo University", 150, 300),
        run("Bachelor of Business", 351, 300),
        run("Administration (Finance) – Second", 351, 312),
        run("Class Upper", 351, 324),
        run("2014 – 2015", 68, 340),
        run("Ntare School", 150, 340),
        run("Uganda Advanced Certificate of", 351, 340),
        run("Education (UACE)", 351, 352),
        run("Managed the end-of-year accounts and the audit of all branches", 68, 380),
    ]
    texts = [line.text for line in group_lines(runs)]
    assert texts[:2] == [
        f"2016 – 2019{CELL_GAP}Kyambogo University{CELL_GAP}Bachelor of Business Administration "
        "(Finance) – Second Class Upper",
        f"2014 – 2015{CELL_GAP}Ntare School{CELL_GAP}Uganda Advanced Certificate of Education "
        "(UACE)",
    ]
    gutter = [
        run("2019 – 2021", 68, 300),
        run("Senior Engineer", 150, 300),
        run("Berlin", 260, 300),
        run("Acme Corp", 260, 312),
        run("Built the billing service used by every team across the whole company", 68, 330),
    ]
    assert [line.text for line in group_lines(gutter)][1] == "Acme Corp"


def test_an_award_table_with_a_class_after_the_degree() -> None:
    result = structure(
        rows(
            "Patience Okello",
            "EDUCATION BACKGROUND",
            f"Year{CELL_GAP}Institution{CELL_GAP}Award",
            f"2011 – 2014{CELL_GAP}Kyambogo University{CELL_GAP}Bachelor of Business "
            "Administration (Finance) – Second Class Upper",
            f"2009 – 2010{CELL_GAP}Ntare School{CELL_GAP}Uganda Advanced Certificate of "
            "Education (UACE)",
        )
    )
    assert [(s["institution"], s.get("studyType"), s.get("area")) for s in result["education"]] == [
        ("Kyambogo University", "Bachelor of Business Administration", "Finance"),
        ("Ntare School", "Uganda Advanced Certificate of Education (UACE)", None),
    ]
    assert result["education"][0]["score"] == "Second Class Upper"


def test_a_range_after_from_and_an_abbreviation_wrapped_under_its_degree() -> None:
    found = find_date_range("From March 2021 to March 2023")
    assert found is not None
    assert (found.start, found.end) == ("2021-03", "2023-03")
    since = find_date_range("Since March 2021")
    assert since is not None
    assert (since.start, since.ongoing) == ("2021-03", True)
    result = structure(
        rows(
            "Claudine Uwimana",
            "EDUCATION BACKGROUND",
            "2012 – 2014 Advanced Level Certificate in Mathematics-Economics-Geography",
            "(MEG)",
            "Groupe Scolaire Officiel de Butare",
        )
    )
    (school,) = result["education"]
    assert school["institution"] == "Groupe Scolaire Officiel de Butare"
    assert school["studyType"] == "Advanced Level Certificate"
    assert school["area"] == "Mathematics-Economics-Geography (MEG)"


def _label_row(label: str, value: str, y: float) -> Line:
    # A right-aligned label column ending at x = 167, its values from x = 184.
    x0 = 167 - 5.0 * len(label)
    return Line(f"{label}{CELL_GAP}{value}", Box(x0, y, 184 + 5.0 * len(value), y + 9), 9.5)


def test_a_moldovan_europass_style_label_column() -> None:
    lines = [
        Line("Corneliu Bîrlădeanu", Box(229, 20, 366, 36), 16.0, True),
        _label_row("Nume, prenume", "BÎRLĂDEANU Corneliu", 60),
        _label_row("E-mail", "corneliu.birladeanu@mail.ru", 74),
        _label_row("Cetățenia", "Republica Moldova", 88),
        Line("Funcția solicitată", Box(67, 110, 167, 119), 11.0, True),
        Line("Analist financiar", Box(184, 110, 271, 119), 9.5),
        Line("Experiența profesională", Box(30, 140, 167, 151), 11.0, True),
        _label_row("Perioada", "05.2024 – prezent", 160),
        _label_row("Funcția", "Analist financiar", 174),
        _label_row("Angajatorul", "BC „Basarabia Invest” S.A., Chișinău", 188),
        Line("Educație și formare", Box(54, 210, 167, 221), 11.0, True),
        _label_row("Perioada", "2015 – 2018", 230),
        _label_row("Instituția de învățământ", "Universitatea de Stat din Moldova", 244),
        _label_row("Calificarea obținută", "Licență, specialitatea „Contabilitate”", 258),
    ]
    result = structure(lines)
    assert result["basics"]["name"] == "Corneliu Bîrlădeanu"
    (job,) = result["work"]
    assert (job["name"], job["position"], job["startDate"]) == (
        "BC „Basarabia Invest” S.A.",
        "Analist financiar",
        "2024-05",
    )
    (school,) = result["education"]
    assert (school["institution"], school["studyType"], school["area"]) == (
        "Universitatea de Stat din Moldova",
        "Licență",
        "Contabilitate",
    )


def test_a_french_date_cell_wrapped_and_a_labelled_position_set_in() -> None:
    assert join_wrapped_range(
        f"De avril 2022 à{CELL_GAP}Société Ivoirienne (SIDAG)", f"avril 2024{CELL_GAP}Yamoussoukro"
    ) == ("avril 2022 \u2013 avril 2024 Société Ivoirienne (SIDAG)", "Yamoussoukro")
    assert join_wrapped_range(
        f"Depuis février{CELL_GAP}Lagune Télécom CI", f"2023{CELL_GAP}Abidjan"
    ) == (f"Depuis février 2023{CELL_GAP}Lagune Télécom CI", "Abidjan")
    lines = [
        Line("Adjoua Diabaté", Box(54, 20, 200, 36), 16.0, True),
        Line("EXPÉRIENCES PROFESSIONNELLES", Box(54, 60, 283, 72), 12.0, True),
        Line(f"Depuis août 2024{CELL_GAP}Banque Atlantique Ébrié", Box(54, 80, 306, 90), 9.5),
        Line("Abidjan", Box(167, 93, 203, 103), 9.5),
        Line("Poste : Contrôleuse de gestion", Box(167, 106, 330, 116), 9.5),
        Line("– Appui aux missions d'audit des commissaires", Box(173, 119, 460, 129), 9.5),
    ]
    (job,) = structure(lines)["work"]
    assert (job["name"], job["position"], job["startDate"]) == (
        "Banque Atlantique Ébrié",
        "Contrôleuse de gestion",
        "2024-08",
    )


def test_a_town_after_its_abbreviation_or_a_legal_form_and_a_subject_with_its_degree() -> None:
    result = structure(
        rows(
            "Нургуль Осмоналиева",
            "Образование",
            f"2016 – 2018{CELL_GAP}Кыргызско-Российский Славянский университет",
            "Специальность: Финансы и кредит (магистр)",
            "Опыт работы",
            f"09.2019 – 05.2023{CELL_GAP}МКК «Сары-Жаз Кредит», г. Бишкек",
            "Должность: Главный бухгалтер",
            "Experiencia laboral",
            "Empresa: Distribuidora Valle de Ángeles S. de R.L., San Pedro Sula",
            "Cargo: Auxiliar de Recursos Humanos",
            "Período: 2018 – 2021",
        )
    )
    (school,) = result["education"]
    assert (school["studyType"], school["area"]) == ("магистр", "Финансы и кредит")
    jobs = [(job["name"], job.get("location"), job["position"]) for job in result["work"]]
    assert jobs == [
        ("МКК «Сары-Жаз Кредит»", "г. Бишкек", "Главный бухгалтер"),
        (
            "Distribuidora Valle de Ángeles S. de R.L.",
            "San Pedro Sula",
            "Auxiliar de Recursos Humanos",
        ),
    ]


def test_an_identity_number_labelled_number_first_is_no_phone() -> None:
    text = "Número de identidad: 0801-1994-44290\nTeléfono: +504 9777-5469"
    assert find_phone(text) == "+504 9777-5469"
    assert find_phone("Documento de identidad: 0801199444290") is None


def _styled(text: str, x0: float, y: float, size: float, bold: bool) -> Line:
    return Line(text, Box(x0, y, x0 + 0.5 * size * len(text), y + size), size, bold)


def test_a_sidebars_title_type_marks_no_title_in_the_main_column() -> None:
    # Sidebar titles in 10-point bold, the main column's in 12-point bold, and its job titles
    # in 9.8-point bold (10 once rounded): those stay job titles.
    lines = [
        _styled("Skills", 26, 320, 10.0, True),
        _styled("Figma", 26, 340, 8.0, False),
        _styled("Miro", 26, 352, 8.0, False),
        _styled("Design systems", 26, 364, 8.0, False),
        _styled("Accessibility (WCAG)", 26, 376, 8.0, False),
        _styled("Adobe Creative Cloud", 26, 388, 8.0, False),
        _styled("Languages", 26, 480, 10.0, True),
        _styled("English", 26, 500, 8.0, False),
        _styled("Ciarán Fitzgerald-Byrne", 235, 48, 22.0, True),
        _styled("Profile", 235, 116, 12.0, True),
        _styled(
            "Product designer with a background in visual communication.", 235, 144, 8.8, False
        ),
        _styled("Education", 235, 195, 12.0, True),
        _styled("BSc in Multimedia", 235, 223, 9.8, True),
        _styled("University of Galway", 235, 237, 8.8, False),
        _styled("09/2016 – 05/2020", 235, 250, 8.2, False),
        _styled("Work experience", 235, 283, 12.0, True),
        _styled("Product Designer", 235, 311, 9.8, True),
        _styled("Greenway Payments Ltd, Dublin", 235, 325, 8.8, False),
        _styled("Jul 2023 – present", 235, 338, 8.2, False),
        _styled("• Introduced a monthly research readout for the team", 240, 353, 8.6, False),
        _styled("Junior UX Designer", 235, 428, 9.8, True),
        _styled("Shannonbridge Software, Cork", 235, 442, 8.8, False),
        _styled("Mar 2020 – Mar 2023", 235, 455, 8.2, False),
        _styled("Certificates", 235, 528, 12.0, True),
        _styled("Google UX Design Professional Certificate", 235, 545, 8.8, False),
    ]
    result = structure(lines)
    assert [(job["name"], job["position"]) for job in result["work"]] == [
        ("Greenway Payments Ltd", "Product Designer"),
        ("Shannonbridge Software", "Junior UX Designer"),
    ]
    assert [(s["institution"], s["studyType"]) for s in result["education"]] == [
        ("University of Galway", "BSc")
    ]


def test_a_name_labelled_in_halves_puts_the_given_name_first() -> None:
    result = structure(
        rows(
            "KABORÉ Wendkouni",
            "Économiste, spécialiste en gestion de projets",
            "E-mail : wendkouni@example.bf",
            f"Nom{CELL_GAP}: KABORÉ",
            f"Prénom(s){CELL_GAP}: Wendkouni",
        )
    )
    assert result["basics"]["name"] == "Wendkouni Kaboré"


def test_school_leaving_certificates_and_a_labelled_year() -> None:
    for text, degree in (
        ("Malawi School Certificate of Education (MSCE)", "Malawi School Certificate of Education"),
        ("Uganda Advanced Certificate of Education", "Uganda Advanced Certificate of Education"),
        ("Fiji Year 13 Certificate", "Fiji Year 13 Certificate"),
        ("Licence professionnelle en Comptabilité", "Licence professionnelle"),
        ("Ylioppilastutkinto", "Ylioppilastutkinto"),
    ):
        found = DEGREE.match(text)
        assert found is not None
        assert found.group(0) == degree
    result = structure(
        rows(
            "Chimwemwe Chisale",
            "EDUCATIONAL BACKGROUND",
            "Period : 2013 – 2017",
            "Institution : Lilongwe University of Agriculture and Natural Resources",
            "Qualification : Bachelor of Science in Agricultural Economics",
            "Year : 2012",
            "Institution : Likuni Boys Secondary School",
            "Qualification : Malawi School Certificate of Education (MSCE)",
        )
    )
    assert [(s["institution"], s.get("area"), s["endDate"]) for s in result["education"]] == [
        (
            "Lilongwe University of Agriculture and Natural Resources",
            "Agricultural Economics",
            "2017",
        ),
        ("Likuni Boys Secondary School", None, "2012"),
    ]


def test_more_identity_numbers_are_no_phones() -> None:
    assert find_phone(f"DPI:{CELL_GAP}2006 14360 0101\nCelular:{CELL_GAP}+502 5517-9873") == (
        "+502 5517-9873"
    )


def test_countries_named_in_their_own_and_other_languages() -> None:
    for text, city, country in (
        ("Santa Tecla, El Salvador", "Santa Tecla", "SV"),
        ("Sarajevo, Bosna i Hercegovina", "Sarajevo", "BA"),
        ("Alger, Algérie", "Alger", "DZ"),
        ("Лилонгве, Малави", "Лилонгве", "MW"),
        ("Abidjan, Côte d'Ivoire", "Abidjan", "CI"),
        ("College Park, MD", "College Park", "US"),
    ):
        found = parse_location(text)
        assert found is not None, text
        assert (found.city, found.countryCode) == (city, country)
    # A school or a company before the country is no town.
    assert parse_location("Ferdowsi University of Mashhad, Iran") is None
    assert parse_location("Moselle Asset Servicing S.A., Luxembourg") is None
    assert split_trailing_place("Banque de la Pétrusse S.A., Luxembourg")[1] is None


def test_a_legal_form_after_a_comma_stays_with_its_employer() -> None:
    result = structure(
        rows(
            "Karla Beatriz Ayala Rivas",
            "EXPERIENCIA LABORAL",
            f"Distribuidora Izalco, S.A. de C.V.{CELL_GAP}2023 – 2026",
            "Cargo: Asistente Administrativa",
            "Santa Tecla, El Salvador",
        )
    )
    (job,) = result["work"]
    assert (job["name"], job["position"], job.get("location")) == (
        "Distribuidora Izalco, S.A. de C.V.",
        "Asistente Administrativa",
        "Santa Tecla, El Salvador",
    )


def test_a_name_in_display_type_beside_the_address_block_is_a_line_of_its_own() -> None:
    runs = [
        run("Imène MESSAOUDÈNE", 48, 60, 18.0),
        run("16050 Alger, Algérie", 440, 60, 8.8),
        run("Développeur d'applications", 48, 80, 12.0),
    ]
    for item in runs:
        item.styles.append(Style(size=item.size, bold=False, chars=item.chars))
    assert [line.text for line in group_lines(runs)] == [
        "Imène MESSAOUDÈNE",
        "16050 Alger, Algérie",
        "Développeur d'applications",
    ]


def test_botswanas_labels_and_certificates() -> None:
    result = structure(
        rows(
            "CURRICULUM VITAE",
            "PERSONAL DETAILS",
            "Full Names   : Onalenna Tshekiso",
            "Email   : onalenna@example.bw",
            "EDUCATIONAL BACKGROUND",
            "Institution   : Gaborone Senior Secondary School",
            "Period   : 2011 – 2012",
            "Qualification   : BGCSE",
            "OTHER INFORMATION",
            "Holder of a valid Botswana driver's licence (Code B)",
        )
    )
    assert result["basics"]["name"] == "Onalenna Tshekiso"
    assert [(s["institution"], s["studyType"]) for s in result["education"]] == [
        ("Gaborone Senior Secondary School", "BGCSE")
    ]


def test_a_name_stacked_and_centred_and_a_cell_of_role_comma_employer() -> None:
    lines = [
        Line("Dashiell", Box(54, 54, 126, 69), 15.0, True),
        Line("Lindqvist", Box(49, 74, 131, 89), 15.0, True),
        Line("SENIOR ACCOUNT MANAGER", Box(30, 96, 150, 104), 8.0, False),
        *[
            Line(f"Skill number {n}", Box(26, 120 + 14 * n, 100, 128 + 14 * n), 8.0)
            for n in range(6)
        ],
        Line("EMPLOYMENT HISTORY", Box(200, 220, 320, 230), 9.8, True),
        Line(
            f"Customer Success Manager, Summitline Payments{CELL_GAP}Greenville",
            Box(200, 240, 540, 250),
            9.8,
            True,
        ),
        Line("Aug 2020 — Apr 2023", Box(200, 254, 290, 262), 8.0),
        Line(
            "• Ran quarterly business reviews with executive sponsors", Box(204, 270, 480, 279), 9.0
        ),
    ]
    result = structure(lines)
    assert result["basics"]["name"] == "Dashiell Lindqvist"
    (job,) = result["work"]
    assert (job["name"], job["position"]) == ("Summitline Payments", "Customer Success Manager")


def test_a_phone_with_its_area_code_before_a_slash_and_a_czech_degree_after_its_word() -> None:
    assert find_phone("Mobitel: 098/407-2750") == "098/407-2750"
    assert find_phone("Tel. 0171/1234567") == "0171/1234567"
    assert find_phone("09/2023 – 06/2026") is None
    result = structure(
        rows(
            "Bohumila Řezníčková",
            "Vzdělání",
            f"2014 – 2017{CELL_GAP}Mendelova univerzita v Brně",
            "obor Podniková ekonomika a management, titul Bc.",
        )
    )
    (school,) = result["education"]
    assert (school["studyType"], school["area"]) == ("Bc.", "Podniková ekonomika a management")


def test_a_mongolian_cv() -> None:
    found = find_date_range("2022 оны 9-р сар – 2026 оны 4-р сар")
    assert found is not None
    assert (found.start, found.end) == ("2022-09", "2026-04")
    result = structure(
        rows(
            "Лхагвасүрэнгийн Мөнхзул",
            "И-мэйл:   munkhzul.l@yahoo.com",
            "БОЛОВСРОЛ",
            f"Хугацаа{CELL_GAP}Сургууль{CELL_GAP}Мэргэжил{CELL_GAP}Зэрэг",
            f"2010-2014{CELL_GAP}Монгол Улсын Их Сургууль{CELL_GAP}Мэдээллийн технологи{CELL_GAP}"
            "Бакалавр",
            "АЖЛЫН ТУРШЛАГА",
            f"Тэнгэр Финанс ХХК{CELL_GAP}2022 оны 9-р сар – 2026 оны 4-р сар",
            "Албан тушаал: Програм хөгжүүлэгч",
            "Гүйцэтгэсэн ажил, үүрэг:",
            "- Серверийн дэд бүтэц, нөөцлөлтийн системийг хариуцах",
        )
    )
    (job,) = result["work"]
    assert (job["name"], job["position"], job["startDate"], job["endDate"]) == (
        "Тэнгэр Финанс ХХК",
        "Програм хөгжүүлэгч",
        "2022-09",
        "2026-04",
    )
    (school,) = result["education"]
    assert (school["institution"], school["studyType"], school["area"]) == (
        "Монгол Улсын Их Сургууль",
        "Бакалавр",
        "Мэдээллийн технологи",
    )


def test_a_higher_school_certificate_is_no_school() -> None:
    result = structure(
        rows(
            "Jean-Noël Ramdhony",
            "ACADEMIC QUALIFICATIONS",
            f"2015 – 2017{CELL_GAP}Higher School Certificate",
            "Royal College Port Louis",
        )
    )
    (school,) = result["education"]
    assert (school["institution"], school["studyType"]) == (
        "Royal College Port Louis",
        "Higher School Certificate",
    )


def test_an_old_europass_form_whose_word_table_lost_its_cells() -> None:
    # A Word table of label | value read as one line a cell: each entry label over its value.
    result = structure(
        rows(
            "Теодора Кавалджиева",
            "E-mail",
            "teodora@example.bg",
            "Гражданство",
            "българско",
            "Дата на раждане",
            "28.03.1996 г.",
            "ТРУДОВ СТАЖ",
            "Дати",
            "2022 – досега",
            "Заемана длъжност",
            "Финансов анализатор",
            "Основни дейности и отговорности",
            "• Контрол на вземанията и задълженията към контрагенти",
            "Име и адрес на работодателя",
            "„Пирин Финанс“ ЕАД, София",
            "Дати",
            "2020 – 2022",
            "Заемана длъжност",
            "Главен счетоводител",
            "Основни дейности и отговорности",
            "• Обработка на ведомости за заплати и осигуровки",
            "Име и адрес на работодателя",
            "„Витоша Консулт“ ООД, София",
        )
    )
    assert [(job["name"], job["position"], job["startDate"]) for job in result["work"]] == [
        ("„Пирин Финанс“ ЕАД", "Финансов анализатор", "2022"),
        ("„Витоша Консулт“ ООД", "Главен счетоводител", "2020"),
    ]


def test_labelled_french_jobs_and_a_grade_12_certificate() -> None:
    result = structure(
        rows(
            "Komlanvi Bassowa",
            "EXPÉRIENCE PROFESSIONNELLE",
            "Mai 2024 – Aujourd'hui",
            "Structure: Lomé Transit & Logistique",
            "Poste occupé: Assistant comptable",
            "EDUCATIONAL BACKGROUND",
            "Secondary Education",
            "Year   : 2016 – 2017",
            "Institution   : Port Moresby National High School",
            "Qualification   : Grade 12 Certificate",
        )
    )
    (job,) = result["work"]
    assert (job["name"], job["position"]) == ("Lomé Transit & Logistique", "Assistant comptable")
    (school,) = result["education"]
    assert (school["institution"], school["studyType"]) == (
        "Port Moresby National High School",
        "Grade 12 Certificate",
    )


def test_slovenian_programmes_by_their_cycle_and_a_date_after_curso() -> None:
    for text, degree in (
        (
            "Univerzitetni študijski program 1. stopnje: Poslovna ekonomija",
            "Univerzitetni študijski program 1. stopnje",
        ),
        (
            "Visokošolski strokovni program: Organizacija in management",
            "Visokošolski strokovni program",
        ),
    ):
        found = DEGREE.match(text)
        assert found is not None
        assert found.group(0) == degree
    found = find_date_range("Curso 2016 – 2021")
    assert found is not None
    assert strip_span("Curso 2016 – 2021", found.span) == ""


def test_titles_numbered_in_roman_and_a_bullet_before_an_entrys_dates() -> None:
    for title, kind in (
        ("III. ÉTUDES FAITES", Kind.EDUCATION),
        ("IV. EXPÉRIENCES PROFESSIONNELLES", Kind.WORK),
        ("V. CONNAISSANCES LINGUISTIQUES", Kind.LANGUAGES),
    ):
        assert heading_kind(heading_key(title)) is kind
    assert heading_key("Vice President") == "vice president"
    result = structure(
        rows(
            "Merveille Ilunga Mbuyi",
            "IV. EXPÉRIENCES PROFESSIONNELLES",
            "◆ 10/2022 – 03/2026",
            "Employeur   : Banque Mayombe Finances SA",
            "Fonction   : Comptable",
            "- Suivi de la trésorerie et rapprochements bancaires",
            "◆ 04/2020 – 06/2022",
            "Employeur   : Fleuve Congo Logistique SARL",
            "Fonction   : Caissier principal",
            "- Recouvrement des créances auprès des clients",
        )
    )
    assert [(job["name"], job["position"]) for job in result["work"]] == [
        ("Banque Mayombe Finances SA", "Comptable"),
        ("Fleuve Congo Logistique SARL", "Caissier principal"),
    ]
    assert result["work"][1]["startDate"] == "2020-04"


def test_a_subject_then_its_degree_a_school_named_after_someone_and_a_campus() -> None:
    result = structure(
        rows(
            "Jasur Mirzaev",
            "Образование",
            "Высшее образование (Бакалавр)",
            f"2017{CELL_GAP}Ташкентский университет информационных технологий имени",
            "Мухаммада ал-Хорезми",
            "Программный инжиниринг, Бакалавр",
            "EDUCACIÓN",
            f"Bachillerato en Ciencias con concentración en Biología{CELL_GAP}2015 – 2019",
            "Universidad de Puerto Rico, Recinto de Río Piedras",
        )
    )
    schools = [(s["institution"], s.get("studyType"), s.get("area")) for s in result["education"]]
    assert schools == [
        (
            "Ташкентский университет информационных технологий имени Мухаммада ал-Хорезми",
            "Бакалавр",
            "Программный инжиниринг",
        ),
        (
            "Universidad de Puerto Rico, Recinto de Río Piedras",
            "Bachillerato",
            "Ciencias con concentración en Biología",
        ),
    ]

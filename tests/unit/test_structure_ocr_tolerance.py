"""Section titles read through OCR and unfamiliar templates: accents lost, a letter misread,
letter-spaced capitals cut off or split, open date ranges that lost their dash,
a timeline's stacked dates and un-bulleted highlights, a name with the phone beside it, a
heading before the first one the parser knows by name, a wrapped e-mail, skills in a grid."""

from __future__ import annotations

import pytest

from resume_processor.pipeline.layout import Box, LayoutDocument, Line, Page
from resume_processor.pipeline.structure.contact import find_email, find_label, name_text
from resume_processor.pipeline.structure.dates import find_date_range, join_wrapped_range
from resume_processor.pipeline.structure.entries import group_entries, prepare
from resume_processor.pipeline.structure.lists import parse_languages, parse_skills
from resume_processor.pipeline.structure.sections import (
    Kind,
    capitals_kind,
    content_lines,
    heading_key,
    heading_kind,
    split_sections,
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Tesseract without Portuguese or French data drops the accents.
        ("EXPERIENCIA PROFISSIONAL", Kind.WORK),
        ("FORMACAO ACADEMICA", Kind.EDUCATION),
        ("EXPERIENCE PROFESSIONNELLE", Kind.WORK),
        ("COMPETENCES", Kind.SKILLS),
        # One misread letter on a long title, two on a very long one.
        ("EXPERIENGE", Kind.WORK),
        ("Educaticn", Kind.EDUCATION),
        ("W0RK EXPERIENCE".replace("0", "O"), Kind.WORK),
        ("Professiona1 Experiense".replace("1", "l"), Kind.WORK),
        ("Employrnent History", Kind.WORK),
        # Letter-spaced, with a misread letter.
        ("E X P E R I E N G E", Kind.WORK),
    ],
)
def test_titles_match_without_accents_and_with_ocr_slips(text: str, kind: Kind) -> None:
    assert heading_kind(heading_key(text)) is kind


@pytest.mark.parametrize(
    "text",
    [
        "Skils",  # short titles must match exactly: too many words are one letter from them
        "Researcher",
        "Marketing Manager",
        "University of Arizona",
        "Riverside Auto Body",
        "Langauges",  # two edits on a nine-letter word is too far
    ],
)
def test_body_lines_near_no_title_are_not_headings(text: str) -> None:
    assert heading_kind(heading_key(text)) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Letter-spaced capitals as Tesseract reads them: cut off, or split in the wrong place.
        ("WORK. EXPER", Kind.WORK),
        ("EDUCAT", Kind.EDUCATION),
        ("WORK EXPER FENCE", Kind.WORK),
        ("PROFESSIONAL EXPERI", Kind.WORK),
        # Too short, begins titles of several kinds, in lower case, or the whole title.
        ("EXPER", None),
        ("PROFESSIONAL", None),
        ("Work exper", None),
        ("ACME CORP", None),
        ("DATA SCIENCE", None),
    ],
)
def test_capitals_ocr_cut_off_or_split_still_name_their_kind(text: str, kind: Kind | None) -> None:
    assert capitals_kind(text, heading_key(text)) is kind


def test_a_cut_off_capitals_title_opens_its_section() -> None:
    lines = [
        _line("Amelia Alvarez", 20, 20, False),
        _line("PROFESSIONAL SUMMARY", 40, 9, False),
        _line("Product designer with five years of experience.", 60, 9, False),
        _line("WORK. EXPER", 80, 9, False),
        _line("Heronsgate Capital | Product Designer | 08.2022 \u2014 Present", 100, 9, False),
    ]
    _, sections = split_sections(lines)
    assert [(section.kind, len(section.lines)) for section in sections] == [
        (Kind.SUMMARY, 1),
        (Kind.WORK, 1),
    ]


@pytest.mark.parametrize(
    ("text", "start", "ongoing"),
    [
        ("04.2021 Present", "2021-04", True),  # OCR lost the dash
        ("Jan 2020 current", "2020-01", True),
        ("03/2019 \u2013 atual", "2019-03", True),
        ("2019 \u2013 aujourd\u2019hui", "2019", True),
        ("Depuis mars 2021 : Chef de projet", "2021-03", True),
        ("desde 2020", "2020", True),
        ("2019 Annual report", "2019", False),
    ],
)
def test_open_ranges_in_more_words_and_without_their_dash(
    text: str, start: str, ongoing: bool
) -> None:
    found = find_date_range(text)
    assert found is not None
    assert (found.start, found.end, found.ongoing) == (start, None, ongoing)


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        (
            "MAR 2022   OPERATIONS MANAGER",
            "PRESENT   Havenkade Logistics \u00b7 Antwerp",
            ("MAR 2022 \u2013 PRESENT   OPERATIONS MANAGER", "Havenkade Logistics \u00b7 Antwerp"),
        ),
        (
            "2015   MSc in Supply Chain Management",
            "2017   University of Antwerp",
            ("2015 \u2013 2017   MSc in Supply Chain Management", "University of Antwerp"),
        ),
    ],
)
def test_a_timeline_gutter_stacking_start_over_end_is_one_range(
    first: str, second: str, joined: tuple[str, str]
) -> None:
    assert join_wrapped_range(first, second) == joined


def test_two_entries_dates_one_per_line_are_not_joined() -> None:
    assert join_wrapped_range("2017   Master, Leeds", "2014   Bachelor, York") is None
    assert join_wrapped_range("2017", "2019") is None  # no text beside: not a gutter


def test_a_phone_set_beside_the_name_is_not_part_of_it() -> None:
    assert name_text("Thaddeus Castellanos   +31 6 4671 3937") == "Thaddeus Castellanos"
    assert name_text("Ada Lovelace   ada@example.com") == "Ada Lovelace"
    # A row with a date range is an entry, not a name with contacts.
    assert name_text("Acme Corp   2019 \u2013 2021") == "Acme Corp   2019 \u2013 2021"


def test_a_speck_after_the_name_is_dropped_and_an_abbreviation_kept() -> None:
    assert name_text("NOMVULA NAIDOO.") == "NOMVULA NAIDOO"
    assert name_text("Ada Lovelace \u2022") == "Ada Lovelace"
    assert name_text("John Smith Jr.") == "John Smith Jr."


def test_a_running_header_with_a_bare_page_number_is_dropped() -> None:
    def page(number: int, lines: list[tuple[str, float]]) -> Page:
        rows = [Line(text, Box(60.0, y, 500.0, y + 10.0)) for text, y in lines]
        return Page(number=number, width=612.0, height=792.0, lines=rows)

    document = LayoutDocument(
        pages=[
            page(1, [("Nomvula Naidoo", 60.0), ("Project Engineer", 80.0)]),
            page(2, [("Nomvula Naidoo - Curriculum Vitae   Page 2", 29.0), ("Skills", 80.0)]),
        ],
        engine="test",
    )
    assert [line.text for line in content_lines(document)] == [
        "Nomvula Naidoo",
        "Project Engineer",
        "Skills",
    ]


def test_languages_without_separators_split_after_their_level_and_skills_at_slashes() -> None:
    languages = parse_languages(["English (Native) Brazilian Portuguese (Conversational)"])
    assert [(item.language, item.fluency) for item in languages] == [
        ("English", "Native"),
        ("Brazilian Portuguese", "Conversational"),
    ]
    skills = parse_skills(["Figma / Prototyping / CI/CD / Design systems"])
    assert [skill.name for skill in skills] == ["Figma", "Prototyping", "CI/CD", "Design systems"]


def _line(text: str, y: float, size: float, bold: bool) -> Line:
    return Line(text, Box(72.0, y, 400.0, y + size), font_size=size, bold=bold)


def test_a_heading_before_the_first_known_one_opens_a_section_when_it_names_a_kind() -> None:
    lines = [
        _line("Thaddeus Castellanos", 20, 13, True),  # dressed like the headings: still the name
        _line("thaddeus@example.eu", 40, 9, False),
        _line("Career Timeline", 60, 13, True),
        _line("Operations Manager, Havenkade Logistics", 80, 9, False),
        _line("Education", 100, 13, True),
        _line("MSc Supply Chain Management, University of Antwerp", 120, 9, False),
        _line("Skills", 140, 13, True),
        _line("Power BI, Python", 160, 9, False),
        _line("SAP EWM, Lean Six Sigma", 180, 9, False),
    ]
    header, sections = split_sections(lines)
    assert [line.text for line in header] == ["Thaddeus Castellanos", "thaddeus@example.eu"]
    assert [section.kind for section in sections] == [Kind.WORK, Kind.EDUCATION, Kind.SKILLS]


def test_short_unbulleted_highlights_at_the_prose_edge_stay_with_their_entry() -> None:
    def at(text: str, x: float, y: float) -> Line:
        return Line(text, Box(x, y, 500.0, y + 10), font_size=9.0)

    entries = group_entries(
        [
            at("APR 2022 \u2013 PRESENT   TERMINAL PLANNER", 70, 0),
            at("Maasvlakte Terminals \u00b7 Antwerp", 150, 12),
            at("Cut container dwell time by 18% with a new yard plan", 150, 26),
            at("Introduced a dashboard tracking 40 KPIs", 150, 38),
            at("JAN 2019 \u2013 APR 2022   LOGISTICS CONSULTANT", 72, 60),
            at("Scheldt Port Authority \u00b7 Rotterdam", 150, 72),
        ]
    )
    assert len(entries) == 2
    assert entries[0].details == [
        "Cut container dwell time by 18% with a new yard plan",
        "Introduced a dashboard tracking 40 KPIs",
    ]
    assert "Introduced" not in " ".join(entries[1].parts)


@pytest.mark.parametrize(
    ("text", "email"),
    [
        (
            "+351 913 164 218\nrodrigo.albuquerque@example.\npt\nBraga",
            "rodrigo.albuquerque@example.pt",
        ),
        ("jo.doe@\nexample.com", "jo.doe@example.com"),
        ("Lyon.\nFrance", None),  # no "@": nothing to mend
    ],
)
def test_an_email_a_narrow_column_wrapped_is_joined(text: str, email: str | None) -> None:
    assert find_email(text) == email


def test_skills_set_as_a_grid_are_one_per_cell_and_a_gap_can_open_a_category() -> None:
    grid = parse_skills(["Paid social   SEO", "HubSpot   Google Analytics", "Copywriting"])
    assert [skill.name for skill in grid] == [
        "Paid social",
        "SEO",
        "HubSpot",
        "Google Analytics",
        "Copywriting",
    ]
    [category] = parse_skills(["EDV   Scrum, SAP S/4HANA, Docker"])
    assert (category.name, category.keywords) == ("EDV", ["Scrum", "SAP S/4HANA", "Docker"])
    row = parse_skills(["\u25aa Canvas LMS   \u25aa Video production   \u25aa Coaching"])
    assert [skill.name for skill in row] == ["Canvas LMS", "Video production", "Coaching"]


def test_the_headline_under_a_left_name_is_found_past_contact_lines_set_right() -> None:
    lines = [
        Line("Rosamund Whitlock   +31 6 3167 2591", Box(45, 43, 560, 65), font_size=22.0),
        Line("Rotterdam, Netherlands", Box(447, 65, 560, 74), font_size=8.5),
        Line("Operations Manager", Box(45, 71, 160, 82), font_size=11.0),
    ]
    assert find_label(lines, 0) == "Operations Manager"
    centred = [
        Line("Ada Lovelace", Box(220, 40, 380, 60), font_size=22.0),
        Line("Software Engineer", Box(240, 62, 360, 72), font_size=11.0),
    ]
    assert find_label(centred, 0) == "Software Engineer"


def _at(text: str, x0: float, y: float, size: float = 9.5) -> Line:
    return Line(text, Box(x0, y, x0 + 5.0 * len(text), y + size), font_size=size)


def test_highlights_whose_bullets_ocr_lost_stay_with_their_job() -> None:
    lines = [
        _at("Quality Engineer", 68.0, 100),
        _at("Lee Valley Dairies, Cork | Dec 2021 - Feb 2024", 68.6, 114),
        _at("Ran the weekly production meeting with planning and", 85.7, 128),
        _at("maintenance", 85.9, 142),
        _at("Led the root-cause team for customer complaints", 86.2, 156),
        _at("Production Supervisor", 70.1, 176),
        _at("Burren Pharma Ltd, Cork | Nov 2018 - Sep 2021", 70.3, 190),
    ]
    entries = group_entries(lines)
    assert [entry.parts for entry in entries] == [
        ["Quality Engineer", "Lee Valley Dairies, Cork"],
        ["Production Supervisor", "Burren Pharma Ltd, Cork"],
    ]
    assert entries[0].details == [
        "Ran the weekly production meeting with planning and maintenance",
        "Led the root-cause team for customer complaints",
    ]


def test_a_degree_wrapped_onto_two_lines_starts_its_entry() -> None:
    lines = [
        _at("BEng Biomedical Engineering", 397, 100),
        _at("University of Galway", 397, 114, size=8.5),
        _at("2014 - 2017", 397, 128),
        _at("Higher Diploma Quality", 397, 142, size=9.0),
        _at("Management", 397, 156, size=9.0),
        _at("University College Cork", 397, 170, size=9.0),
        _at("2012 - 2014", 397, 184),
    ]
    entries = group_entries(lines)
    # The degree's wrapped last word, alone on its line where it would not have fit, joins it.
    assert [entry.parts[0] for entry in entries] == [
        "BEng Biomedical Engineering",
        "Higher Diploma Quality Management",
    ]


def test_references_on_request_and_consent_lines_are_not_content() -> None:
    page = Page(
        number=1,
        width=612.0,
        height=792.0,
        lines=[
            _at("Supervised a shift of 18 operators", 72, 300),
            _at("References available on request.", 72, 320),
            _at("Autorizzo il trattamento dei dati personali ai sensi del GDPR.", 72, 340),
        ],
    )
    document = LayoutDocument(pages=[page], engine="test")
    assert [line.text for line in content_lines(document)] == ["Supervised a shift of 18 operators"]


def test_round_bullets_ocr_read_as_letters_are_bullets() -> None:
    entries = group_entries(
        [
            _at("Product Designer   May 2022 - Nov 2022", 63, 100),
            _at("Southerly Design Studio | Wellington", 63, 114),
            _at("e Mapped the service blueprint for a regional hospital", 68, 128),
            _at("\u00a9 Introduced a research repository used by four teams", 68, 142),
        ]
    )
    assert len(entries) == 1
    assert entries[0].details == [
        "Mapped the service blueprint for a regional hospital",
        "Introduced a research repository used by four teams",
    ]
    # Not before a word in lower case, nor a word that starts with the letter.
    assert not prepare(_at("e-commerce platform for Acme", 68, 170)).bullet
    assert not prepare(_at("e commerce and retail", 68, 184)).bullet

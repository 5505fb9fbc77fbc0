"""General rules from the "holdout-41" and "holdout-42" rounds: two degrees a job portal joins
with a slash, Indian school-leaving levels, a percentage beside the year, and the medium of
instruction after a school board."""

from __future__ import annotations

from resume_processor.pipeline.layout import CELL_GAP, Box, LayoutDocument, Line, Page
from resume_processor.pipeline.structure.entries import ends_sentence
from resume_processor.pipeline.structure.labels import Role, split_label
from resume_processor.pipeline.structure.local import LocalStructurer
from resume_processor.pipeline.structure.sections import Kind, heading_key, heading_kind
from resume_processor.pipeline.structure.vocab import DEGREE, role_score
from tests.unit.layouts import dressed, structure


def test_degrees_joined_with_a_slash_and_school_leaving_levels() -> None:
    for text, degree in (
        ("B.Tech/B.E. Computers", "B.Tech/B.E."),
        ("MBA / PGDM Finance", "MBA / PGDM"),
        ("Class XII", "Class XII"),
        ("12th Standard", "12th Standard"),
        ("Std. X", "Std. X"),
    ):
        found = DEGREE.match(text)
        assert found is not None
        assert found.group(0) == degree


def test_a_job_portals_education_block() -> None:
    result = structure(
        dressed(
            "Vignesh Ramalingam",
            "vignesh@example.in",
            "Education",
            "B.Tech/B.E. Computers",
            "Savitribai Phule Pune University",
            "2021 · Full Time",
            "Class XII",
            "Maharashtra State Board, English Medium",
            "2017 · 73.76%",
            titles=("Education",),
        )
    )
    schools = [
        (school.get("institution"), school.get("studyType"), school.get("area"), school["endDate"])
        for school in result["education"]
    ]
    assert schools == [
        ("Savitribai Phule Pune University", "B.Tech/B.E.", "Computers", "2021"),
        ("Maharashtra State Board", "Class XII", None, "2017"),
    ]
    assert result["education"][1]["score"] == "73.76%"


def test_titles_numbered_as_an_outline() -> None:
    for title, kind in (
        ("1.0 PERSONAL PARTICULARS", Kind.CONTACT),
        ("4.0 WORK EXPERIENCE", Kind.WORK),
        ("3. Education", Kind.EDUCATION),
        ("2) Skills", Kind.SKILLS),
    ):
        assert heading_kind(heading_key(title)) is kind
    assert heading_kind(heading_key("2019 Education")) is None  # a year is no outline number


def test_a_labelled_position_under_the_employer_and_its_town() -> None:
    result = structure(
        dressed(
            "Μαρίνα Ευαγγέλου",
            "marina@example.com.cy",
            "ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ",
            f"06/2022 – 02/2026{CELL_GAP}Αμμόχωστος Ναυτιλιακή Λτδ, Λευκωσία",
            "Θέση: Υπεύθυνη Μισθοδοσίας",
            "– Εκπαίδευση νέων υπαλλήλων στο σύστημα μισθοδοσίας",
            titles=("ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ",),
        )
    )
    job = result["work"][0]
    assert (job["name"], job["position"], job.get("location")) == (
        "Αμμόχωστος Ναυτιλιακή Λτδ",
        "Υπεύθυνη Μισθοδοσίας",
        "Λευκωσία",
    )


def test_an_employer_ending_in_an_abbreviated_legal_form_is_no_sentence() -> None:
    assert not ends_sentence("Empresa: Cooperativa de Ahorro y Crédito Chuquiago Ltda.")
    assert ends_sentence("Prepared the monthly accounts for the board.")


def test_education_labels_in_polish() -> None:
    result = structure(
        dressed(
            "Zbigniew Sobczak",
            "zbigniew@example.pl",
            "Wykształcenie",
            "2018 – 2019",
            "Politechnika Gdańska",
            "Kierunek: Automatyka i Robotyka",
            "Tytuł zawodowy: magister inżynier",
            titles=("Wykształcenie",),
        )
    )
    school = result["education"][0]
    assert (school["institution"], school["studyType"], school["area"]) == (
        "Politechnika Gdańska",
        "magister inżynier",
        "Automatyka i Robotyka",
    )


def test_romance_titles_set_their_role_noun_first() -> None:
    for title in ("Chargée d'approvisionnement", "Jefa de Contabilidad", "Responsabile della"):
        assert role_score(title) >= 2
    assert role_score("Banco de Bogotá") == 0


def test_a_town_on_its_own_line_over_role_and_employer() -> None:
    result = structure(
        dressed(
            "Clémence Baudouin",
            "clemence@example.fr",
            "EXPÉRIENCE PROFESSIONNELLE",
            "Février 2020 – Avril 2023",
            "Rennes",
            "Chargée d'approvisionnement – Transports Vauclair",
            "• Gestion des litiges transporteurs et des réserves à réception",
            titles=("EXPÉRIENCE PROFESSIONNELLE",),
        )
    )
    job = result["work"][0]
    assert (job["name"], job["position"], job.get("location")) == (
        "Transports Vauclair",
        "Chargée d'approvisionnement",
        "Rennes",
    )


def test_a_numbered_label_answers_as_its_key() -> None:
    # The property test of `split_label` found "0 aadress": `heading_key` takes an outline
    # number off, so keying the line's words one by one must as well.
    assert split_label("0 aadress") == ("0 aadress", Role.KEEP, "")
    found = split_label("1.0 PERSONAL PARTICULARS")
    assert found is not None
    assert found[1] is Kind.CONTACT


def test_more_degree_forms() -> None:
    for text, degree in (
        ("Bachelor of Accountancy Honours Degree", "Bachelor of Accountancy Honours Degree"),
        ("Advanced Level: Mathematics, Accounting", "Advanced Level"),
        ("A-Level Mathematics", "A-Level"),
        ("WO-master Arbeids- en organisatiepsychologie", "WO-master"),
        ("HBO-bachelor Commerciële Economie", "HBO-bachelor"),
    ):
        found = DEGREE.match(text)
        assert found is not None
        assert found.group(0) == degree
    assert DEGREE.match("A leader in logistics") is None


def test_contact_details_in_a_running_footer() -> None:
    def line(text: str, y: float, size: float = 9.0) -> Line:
        return Line(text, Box(62.0, y, 62.0 + 4.5 * len(text), y + size), font_size=size)

    footer = "☎ +39 342 628 7130 • ✉ arturo@example.it • linkedin.com/in/arturo"
    pages = [
        Page(
            number=number,
            width=595.0,
            height=842.0,
            lines=[
                *([line("Arturo Sperandio", 54.0, 24.0)] if number == 1 else []),
                line("Experience" if number == 1 else "Education", 140.0, 13.0),
                line(f"09/2023–01/2026{CELL_GAP}Firmware Engineer, Brenta S.r.l., Milano", 165.0),
                line(footer, 805.0, 8.0),
                line(f"{number}/2", 818.0, 8.0),
            ],
        )
        for number in (1, 2)
    ]
    basics = LocalStructurer().structure(LayoutDocument(pages=pages, engine="test"))["basics"]
    assert (basics["email"], basics["phone"]) == ("arturo@example.it", "+39 342 628 7130")

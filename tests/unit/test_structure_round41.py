"""General rules from the "holdout-41" and "holdout-42" rounds: two degrees a job portal joins
with a slash, Indian school-leaving levels, a percentage beside the year, and the medium of
instruction after a school board."""

from __future__ import annotations

from resume_processor.pipeline.layout import CELL_GAP
from resume_processor.pipeline.structure.sections import Kind, heading_key, heading_kind
from resume_processor.pipeline.structure.vocab import DEGREE
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

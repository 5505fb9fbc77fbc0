"""General rules from the "holdout-41" and "holdout-42" rounds: two degrees a job portal joins
with a slash, Indian school-leaving levels, a percentage beside the year, and the medium of
instruction after a school board."""

from __future__ import annotations

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

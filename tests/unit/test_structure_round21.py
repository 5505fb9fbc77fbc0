"""General rules from the "holdout-21" round: Romanian labelled rows, titles, months and
"prezent"; a history written one event a row with year and month cells (a Japanese résumé);
postcodes after the city ("Osaka 530-0012"), Irish Eircodes and Singapore's city-state
address; a grade after a title ("Software Engineer II"); a project's title left of the bullets
above it; the Irish Leaving Certificate and Irish school names."""

from __future__ import annotations

from dataclasses import replace

import pytest

from resume_processor.pipeline.layout import CELL_GAP
from resume_processor.pipeline.structure.chronology import read_chronology
from resume_processor.pipeline.structure.contact import find_location
from resume_processor.pipeline.structure.dates import find_date_range
from resume_processor.pipeline.structure.places import parse_location
from resume_processor.pipeline.structure.vocab import organisation_score, role_score
from tests.unit.layouts import rows, structure


def test_a_romanian_cv_with_labelled_rows() -> None:
    result = structure(
        rows(
            "Tudor Munteanu",
            "EXPERIENȚĂ PROFESIONALĂ",
            f"Perioada:{CELL_GAP}apr. 2023 \u2013 prezent",
            f"Angajator:{CELL_GAP}Carpatic Software S.R.L.",
            f"Funcția ocupată:{CELL_GAP}Inginer testare automată",
            f"Localitate:{CELL_GAP}Oradea",
            f"Perioada:{CELL_GAP}apr. 2020 \u2013 ian. 2023",
            f"Angajator:{CELL_GAP}Transilvania Logistic S.R.L.",
            f"Funcția ocupată:{CELL_GAP}Analist programator",
            "EDUCAȚIE ȘI FORMARE",
            f"Perioada:{CELL_GAP}2017 \u2013 2019",
            f"Instituția:{CELL_GAP}Universitatea Politehnica Timișoara",
            f"Diploma obținută:{CELL_GAP}Master",
            f"Specializarea:{CELL_GAP}Inginerie software",
        )
    )
    assert [
        (job["name"], job["position"], job.get("location"), job["startDate"], job.get("endDate"))
        for job in result["work"]
    ] == [
        ("Carpatic Software S.R.L.", "Inginer testare automată", "Oradea", "2023-04", None),
        ("Transilvania Logistic S.R.L.", "Analist programator", None, "2020-04", "2023-01"),
    ]
    [degree] = result["education"]
    assert (degree["institution"], degree["studyType"], degree["area"]) == (
        "Universitatea Politehnica Timișoara",
        "Master",
        "Inginerie software",
    )


def test_romanian_now_word() -> None:
    found = find_date_range("iul. 2021 \u2013 în prezent")
    assert found is not None
    assert (found.start, found.ongoing) == ("2021-07", True)


def test_a_history_of_events_pairs_into_entries() -> None:
    lines = rows(
        f"2020{CELL_GAP}4{CELL_GAP}Joined Kawabe Pharmaceutical Co., Ltd. (Osaka)",
        "Quality Assurance Engineer, Planning Department",
        f"2023{CELL_GAP}8{CELL_GAP}Left the company (career change)",
        f"2023{CELL_GAP}Nov{CELL_GAP}Joined Sakuragi Auto Parts Corporation (Nagoya, Aichi)",
        "Production Engineer, Quality Division",
        "End",
    )
    texts = [line.text for line in read_chronology(lines)]
    assert texts == [
        f"Kawabe Pharmaceutical Co., Ltd.{CELL_GAP}Osaka{CELL_GAP}2020-04 \u2013 2023-08",
        "Quality Assurance Engineer, Planning Department",
        f"Sakuragi Auto Parts Corporation{CELL_GAP}Nagoya, Aichi{CELL_GAP}2023-11 \u2013 Present",
        "Production Engineer, Quality Division",
    ]


def test_a_section_without_event_rows_is_left_alone() -> None:
    lines = rows(f"Acme Ltd{CELL_GAP}2020 \u2013 2023", "Engineer", f"2019{CELL_GAP}Award")
    assert read_chronology(lines) == lines


def test_a_japanese_resume_gives_its_jobs_and_degree() -> None:
    result = structure(
        rows(
            "Misaki Morikawa",
            "Education",
            f"2015{CELL_GAP}4{CELL_GAP}Entered Tohoku University",
            f"2019{CELL_GAP}3{CELL_GAP}Graduated from Tohoku University",
            "Bachelor of Engineering (Mechanical Engineering)",
            "Work History",
            f"2020{CELL_GAP}4{CELL_GAP}Joined Kawabe Pharmaceutical Co., Ltd. (Osaka)",
            "Quality Assurance Engineer, Planning Department",
            f"2023{CELL_GAP}8{CELL_GAP}Left the company (career change)",
        )
    )
    assert [(j["name"], j["position"], j["startDate"], j["endDate"]) for j in result["work"]] == [
        ("Kawabe Pharmaceutical Co., Ltd.", "Quality Assurance Engineer", "2020-04", "2023-08")
    ]
    [degree] = result["education"]
    assert (degree["institution"], degree["studyType"], degree["startDate"]) == (
        "Tohoku University",
        "Bachelor of Engineering",
        "2015-04",
    )


@pytest.mark.parametrize(
    ("text", "city", "code", "country"),
    [
        ("1-6-3 Shibata, Kita-ku, Osaka 530-0012, Japan", "Osaka", "530-0012", "JP"),
        ("27 Father Griffin Road, Galway, H91 E4K2", "Galway", "H91 E4K2", "IE"),
        ("Blk 418 Ang Mo Kio Avenue 10, #11-1032, Singapore 560418", "Singapore", "560418", "SG"),
        ("Str. Paris nr. 5, 300085 Timișoara, România", "Timișoara", "300085", "RO"),
    ],
)
def test_postcodes_of_more_countries(text: str, city: str, code: str, country: str) -> None:
    found = parse_location(text)
    assert found is not None
    assert (found.city, found.postalCode, found.countryCode) == (city, code, country)


def test_a_labelled_address_whose_postcode_reads_as_a_phone_number() -> None:
    found = find_location([f"Address{CELL_GAP}1-6-3 Shibata, Kita-ku, Osaka 530-0012, Japan"])
    assert found is not None
    assert (found.city, found.postalCode) == ("Osaka", "530-0012")


def test_a_grade_after_a_title_leaves_it_a_title() -> None:
    title = "Software Engineer II"
    assert role_score(title) > organisation_score(title)


def test_a_projects_title_left_of_the_bullet_above_starts_a_project() -> None:
    lines = rows(
        "Wilmot Hargreave",
        "PROJECTS",
        "trailcam-sorter | Python, PyTorch",
        "\u2013 Sorts wildlife camera images by species",
        "budgetbot | TypeScript, Node.js",
        "\u2013 A Slack bot that reconciles shared expenses",
    )
    # The bullets are indented under the titles.
    lines = [
        replace(line, box=replace(line.box, x0=line.box.x0 + 8))
        if line.text[0] == "\u2013"
        else line
        for line in lines
    ]
    result = structure(lines)
    assert [project["name"] for project in result["projects"]] == ["trailcam-sorter", "budgetbot"]


def test_the_irish_leaving_certificate_and_school() -> None:
    result = structure(
        rows(
            "Darragh Fahy-Doyle",
            "EDUCATION",
            f"Leaving Certificate \u2013 Scoil Mhuire{CELL_GAP}2013",
        )
    )
    [school] = result["education"]
    assert (school["institution"], school["studyType"], school["endDate"]) == (
        "Scoil Mhuire",
        "Leaving Certificate",
        "2013",
    )

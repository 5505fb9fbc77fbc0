"""General rules from the "holdout-22" round: Austrian months, degrees and language levels;
titles with hyphens ("EDV-Kenntnisse"); a date gutter wrapped beside its entries is no pair of
boxes; "Selected Engagements:" inside a job; one school's name across a comma or "at"; an
employer label with the town after a comma; a language of unknown name with its level after
a colon; more country-code web addresses."""

from __future__ import annotations

import pytest

from resume_processor.pipeline.extract.reading_order import group_lines
from resume_processor.pipeline.layout import CELL_GAP
from resume_processor.pipeline.structure.contact import find_website
from resume_processor.pipeline.structure.dates import find_date_range
from resume_processor.pipeline.structure.lists import parse_languages
from resume_processor.pipeline.structure.sections import heading_key, heading_kind
from tests.unit.layouts import rows, run, structure


def test_austrian_january_and_degrees() -> None:
    found = find_date_range("Mai 2015 \u2013 Jänner 2019")
    assert found is not None
    assert (found.start, found.end) == ("2015-05", "2019-01")
    result = structure(
        rows(
            "Korbinian Pichlmayr",
            "Ausbildung",
            f"Oktober 2012 \u2013 Juni 2014{CELL_GAP}Masterstudium Business Informatics",
            "Karl-Franzens-Universität Graz",
            f"September 2004 \u2013 Juni 2009{CELL_GAP}Reife- und Diplomprüfung, Schwerpunkt "
            "Informationstechnologie",
            "HTL Wien West",
        )
    )
    assert [(e["institution"], e["studyType"], e["area"]) for e in result["education"]] == [
        ("Karl-Franzens-Universität Graz", "Masterstudium", "Business Informatics"),
        ("HTL Wien West", "Reife- und Diplomprüfung", "Informationstechnologie"),
    ]


@pytest.mark.parametrize(
    ("title", "kind"), [("EDV-Kenntnisse", "skills"), ("IT-Kenntnisse", "skills")]
)
def test_titles_written_with_a_hyphen(title: str, kind: str) -> None:
    assert heading_kind(heading_key(title)) == kind


def test_a_wrapped_date_gutter_beside_entries_is_read_row_by_row() -> None:
    runs = [
        run("Oktober 2013 \u2013 Juni", 65, 510),
        run("Bachelorstudium Betriebswirtschaft", 190, 510),
        run("2016", 65, 523),
        run("Johannes Kepler Universität Linz", 190, 523),
        run("September 2008 \u2013 Juni", 65, 542),
        run("Matura", 190, 542),
        run("2013", 65, 555),
        run("BRG Linz Fadingerstraße", 190, 555),
    ]
    texts = [line.text for line in group_lines(runs)]
    assert texts[1] == f"2016{CELL_GAP}Johannes Kepler Universität Linz"


def test_a_labelled_list_inside_a_job_is_no_new_section() -> None:
    result = structure(
        rows(
            "Meredith Vanderslice",
            "PROFESSIONAL EXPERIENCE",
            f"Halloway Strategy Partners{CELL_GAP}Boston, MA",
            f"Principal{CELL_GAP}May 2024 \u2013 Present",
            "Selected Engagements:",
            "\u2022 Utility: led the PMO for a 400-person customer-care transformation",
            f"Brightwater Advisory LLC{CELL_GAP}Dallas, TX",
            f"Engagement Manager{CELL_GAP}February 2021 \u2013 February 2024",
            "Selected Engagements:",
            "\u2022 Airline: rebuilt the crew scheduling process",
            "EDUCATION",
            f"Kellogg School of Management, Northwestern University{CELL_GAP}2016 \u2013 2018",
            "MBA, Strategy and Operations",
            f"Tuck School of Business at Dartmouth{CELL_GAP}2012 \u2013 2014",
            "MBA, Finance",
        )
    )
    assert [(job["name"], job["position"]) for job in result["work"]] == [
        ("Halloway Strategy Partners", "Principal"),
        ("Brightwater Advisory LLC", "Engagement Manager"),
    ]
    assert [(e["institution"], e["area"]) for e in result["education"]] == [
        ("Kellogg School of Management, Northwestern University", "Strategy and Operations"),
        ("Tuck School of Business at Dartmouth", "Finance"),
    ]


def test_an_employer_label_with_its_town() -> None:
    result = structure(
        rows(
            "Kofi Owusu-Ansah",
            "WORK EXPERIENCE",
            f"Period:{CELL_GAP}Jan. 2023 \u2013 Jan. 2026",
            f"Organisation:{CELL_GAP}Coastal Harvest Foods Ltd., Accra",
            f"Position:{CELL_GAP}Audit Assistant",
        )
    )
    [job] = result["work"]
    assert (job["name"], job["position"], job["location"]) == (
        "Coastal Harvest Foods Ltd.",
        "Audit Assistant",
        "Accra",
    )


def test_a_language_of_unknown_name_with_its_level() -> None:
    found = parse_languages([f"Ga:{CELL_GAP}Good", f"Kroatisch{CELL_GAP}Grundkenntnisse"])
    assert [(lang.language, lang.fluency) for lang in found] == [
        ("Ga", "Good"),
        ("Kroatisch", "Grundkenntnisse"),
    ]


def test_a_level_in_brackets_keeps_its_bracket() -> None:
    [found] = parse_languages([f"Englisch{CELL_GAP}fließend (C1)"])
    assert found.fluency == "Fließend (C1)"


def test_country_code_web_addresses() -> None:
    assert find_website("hello@mihkelpoder.ee\nmihkelpoder.ee") == "https://mihkelpoder.ee"
    assert find_website("main.rs and build.sh") is None

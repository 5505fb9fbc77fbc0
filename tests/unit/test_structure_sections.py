"""Section headings, date normalisation, entry grouping and schema validity of the local parser."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest

from resume_processor.pipeline.extract.local import LocalExtractor
from resume_processor.pipeline.extract.text import extract_text
from resume_processor.pipeline.layout import Box, Line
from resume_processor.pipeline.sniff import DocumentKind
from resume_processor.pipeline.structure.dates import find_date_range, normalise_date
from resume_processor.pipeline.structure.entries import group_entries
from resume_processor.pipeline.structure.local import LocalStructurer, confidence
from resume_processor.pipeline.structure.records import to_education, to_work
from resume_processor.pipeline.structure.sections import Kind, heading_key, heading_kind
from resume_processor.samples import SAMPLES, SampleResume

# Imported by name: neither ships type stubs in this environment.
jsonschema = importlib.import_module("jsonschema")
yaml = importlib.import_module("yaml")
SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
RENDERCV = SHARED_DATA / "resumes" / "rendercv"
SCHEMA = json.loads((SHARED_DATA / "jsonresume" / "schema.json").read_text(encoding="utf-8"))
KINDS = [DocumentKind.PDF, DocumentKind.DOCX, DocumentKind.TEXT]


def structure_text(text: str) -> dict[str, Any]:
    return LocalStructurer().structure(extract_text(text.encode()))


def lines(*texts: str, x: float = 72.0) -> list[Line]:
    return [Line(text, Box(x, 12.0 * i, 400.0, 12.0 * i + 10)) for i, text in enumerate(texts)]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Experience", Kind.WORK),
        ("WORK EXPERIENCE", Kind.WORK),
        ("Professional Experience:", Kind.WORK),
        ("Employment History", Kind.WORK),
        ("Career", Kind.WORK),
        ("E X P E R I E N C E", Kind.WORK),
        ("W O R K  E X P E R I E N C E", Kind.WORK),
        ("education", Kind.EDUCATION),
        ("Academic Background", Kind.EDUCATION),
        ("Technical Skills", Kind.SKILLS),
        ("Core Competencies:", Kind.SKILLS),
        ("Technologies", Kind.SKILLS),
        ("Projects", Kind.PROJECTS),
        ("Licenses & Certifications", Kind.CERTIFICATES),
        ("Certificates", Kind.CERTIFICATES),
        ("LANGUAGES", Kind.LANGUAGES),
        ("Summary", Kind.SUMMARY),
        ("Profile", Kind.SUMMARY),
        ("About Me", Kind.SUMMARY),
    ],
)
def test_section_title_variants(title: str, kind: Kind) -> None:
    assert heading_kind(heading_key(title)) is kind


@pytest.mark.parametrize("text", ["Built 3 services", "Python, Go", "Acme Corp 2019"])
def test_content_is_not_a_heading(text: str) -> None:
    assert heading_kind(heading_key(text)) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Jan 2020", "2020-01"),
        ("January 2020", "2020-01"),
        ("Sept. 2019", "2019-09"),
        ("sep 2019", "2019-09"),
        ("01/2020", "2020-01"),
        ("3/2021", "2021-03"),
        ("03.2020", "2020-03"),
        ("2020-01", "2020-01"),
        ("2020", "2020"),
        ("13/2020", None),
        ("Acme", None),
    ],
)
def test_normalise_date(text: str, iso: str | None) -> None:
    assert normalise_date(text) == iso


@pytest.mark.parametrize(
    ("text", "start", "end", "ongoing"),
    [
        ("Jan 2020 - Present", "2020-01", None, True),
        ("Mar 2018 \u2013 Feb 2020", "2018-03", "2020-02", False),
        ("2015 \u2014 2019", "2015", "2019", False),
        ("01/2019 to 06/2021", "2019-01", "2021-06", False),
        ("2019-09 \u2013 current", "2019-09", None, True),
        ("Sept. 2019 - now", "2019-09", None, True),
        ("Okt 2020 \u2013 heute", "2020-10", None, True),
        ("Engineer, Acme    Jun 2015 - Feb 2020", "2015-06", "2020-02", False),
        ("since 2021", "2021", None, True),
    ],
)
def test_date_ranges(text: str, start: str, end: str | None, ongoing: bool) -> None:
    found = find_date_range(text)
    assert found is not None
    assert (found.start, found.end, found.ongoing) == (start, end, ongoing)


def test_entries_title_with_right_aligned_date_then_bullets() -> None:
    entries = group_entries(
        lines(
            "Staff Engineer, Ledgerline Payments    Mar 2020 - Present",
            "London, UK",
            "\u2022 Led the migration to Go services.",
            "\u2022 Cut reconciliation time to 25 minutes.",
            "Backend Engineer at Parcelwise    Jun 2015 - Feb 2020",
            "- Built the route-planning API.",
        )
    )
    jobs = [
        to_work(entry).model_dump(exclude_defaults=True, exclude_none=True) for entry in entries
    ]
    assert jobs == [
        {
            "name": "Ledgerline Payments",
            "position": "Staff Engineer",
            "location": "London, UK",
            "startDate": "2020-03",
            "highlights": [
                "Led the migration to Go services.",
                "Cut reconciliation time to 25 minutes.",
            ],
        },
        {
            "name": "Parcelwise",
            "position": "Backend Engineer",
            "startDate": "2015-06",
            "endDate": "2020-02",
            "highlights": ["Built the route-planning API."],
        },
    ]


def test_entries_company_dash_position_and_two_line_forms() -> None:
    dash = group_entries(
        lines("Kestrel Robotics \u2014 Data Analyst", "2019 - 2021 | Berlin, Germany")
    )
    two_line = group_entries(lines("Orchard Analytics", "Senior Data Scientist", "01/2021 - now"))
    first, second = to_work(dash[0]), to_work(two_line[0])
    assert (first.name, first.position, first.startDate, first.endDate) == (
        "Kestrel Robotics",
        "Data Analyst",
        "2019",
        "2021",
    )
    assert (second.name, second.position, second.startDate, second.endDate) == (
        "Orchard Analytics",
        "Senior Data Scientist",
        "2021-01",
        None,
    )


def test_bulletless_education_lines_split_by_their_dates() -> None:
    entries = group_entries(
        lines(
            "MSc Statistics, University of Porto    2016 - 2018",
            "BSc Mathematics, Aalto University    2013 - 2016",
        )
    )
    schools = [to_education(entry) for entry in entries]
    assert [(s.institution, s.studyType, s.area, s.startDate) for s in schools] == [
        ("University of Porto", "MSc", "Statistics", "2016"),
        ("Aalto University", "BSc", "Mathematics", "2013"),
    ]


def test_wrapped_bullets_join_their_highlight() -> None:
    entries = group_entries(
        [
            Line("Engineer, Acme  2020 - 2021", Box(56, 0, 500, 10)),
            Line("\u2022 Built a very long thing that wraps", Box(60, 12, 500, 22)),
            Line("onto a second line", Box(68, 24, 200, 34)),
        ]
    )
    assert entries[0].details == ["Built a very long thing that wraps onto a second line"]


def test_whole_text_resume() -> None:
    data = structure_text(
        "Zo\u00eb M\u00fcller\nPlatform Engineer\nBerlin, Germany | zoe@example.com | "
        "+49 30 123 45 678\n\nWORK EXPERIENCE\nPlatform Engineer, Kestrel Robotics    "
        "Jan 2021 - Present\n- Ran Kubernetes.\n\nEducation:\nBSc Computer Science, "
        "Technical University of Munich, 2016 - 2020\nGPA: 3.8/4.0\n\nLanguages\n"
        "German (native), English (C1)\n\nCertifications\nCertified Kubernetes Administrator "
        "\u2014 CNCF, 2022\n"
    )
    assert data["basics"]["name"] == "Zo\u00eb M\u00fcller"
    assert data["basics"]["location"] == {"city": "Berlin", "countryCode": "DE"}
    assert data["work"][0]["name"] == "Kestrel Robotics"
    assert data["education"][0]["score"] == "3.8/4.0"
    assert data["languages"] == [
        {"language": "German", "fluency": "Native"},
        {"language": "English", "fluency": "C1"},
    ]
    assert data["certificates"] == [
        {"name": "Certified Kubernetes Administrator", "issuer": "CNCF", "date": "2022"}
    ]
    jsonschema.validate(data, SCHEMA)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s.stem)
def test_samples_validate_and_find_entries(sample: SampleResume, kind: DocumentKind) -> None:
    structurer = LocalStructurer()
    data = structurer.structure(LocalExtractor().extract(sample.render(kind), kind))
    jsonschema.validate(data, SCHEMA)
    truth = sample.ground_truth
    assert [(w["name"], w["position"]) for w in data["work"]] == [
        (w["name"], w["position"]) for w in truth["work"]
    ]
    assert [w.get("startDate") for w in data["work"]] == [w["startDate"] for w in truth["work"]]
    assert [e["institution"] for e in data["education"]] == [
        e["institution"] for e in truth["education"]
    ]
    assert structurer.last_confidence == confidence(data)
    assert 0.0 < structurer.last_confidence["work"] <= 1.0


def rendercv_cv() -> dict[str, Any]:
    text = (RENDERCV / "John_Doe_CV.yaml").read_text(encoding="utf-8")
    cv: dict[str, Any] = yaml.safe_load(text)["cv"]
    return cv


@pytest.mark.parametrize("path", sorted(RENDERCV.glob("*.pdf")), ids=lambda p: p.stem)
def test_rendercv_work_and_education_are_found(path: Path) -> None:
    data = LocalStructurer().structure(
        LocalExtractor().extract(path.read_bytes(), DocumentKind.PDF)
    )
    jsonschema.validate(data, SCHEMA)
    sections = rendercv_cv()["sections"]
    assert [(w["name"], w["position"], w["startDate"], w.get("endDate")) for w in data["work"]] == [
        (
            job["company"],
            job["position"],
            job["start_date"],
            None if job["end_date"] == "present" else job["end_date"],
        )
        for job in sections["experience"]
    ]
    assert [
        (e["institution"], e["studyType"], e["area"], e["startDate"], e["endDate"])
        for e in data["education"]
    ] == [
        (s["institution"], s["degree"], s["area"], s["start_date"], s["end_date"])
        for s in sections["education"]
    ]

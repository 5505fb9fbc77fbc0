"""The rule-based structurer against ground truth: bundled samples and the rendercv PDFs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from resume_processor.pipeline.extract.local import LocalExtractor
from resume_processor.pipeline.extract.text import extract_text
from resume_processor.pipeline.sniff import DocumentKind
from resume_processor.pipeline.structure.local import (
    LocalStructurer,
    find_phone,
    find_profiles,
    find_website,
    parse_skills,
)
from resume_processor.pipeline.structure.schema import Resume
from resume_processor.samples import SAMPLES, SampleResume

SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
RENDERCV = SHARED_DATA / "resumes" / "rendercv"
KINDS = [DocumentKind.PDF, DocumentKind.DOCX, DocumentKind.TEXT]
BASICS_FIELDS = ("name", "label", "email", "phone", "url", "profiles")


def structure(content: bytes, kind: DocumentKind) -> dict[str, Any]:
    return LocalStructurer().structure(LocalExtractor().extract(content, kind))


def structure_text(text: str) -> dict[str, Any]:
    return LocalStructurer().structure(extract_text(text.encode()))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s.stem)
def test_samples_match_ground_truth(sample: SampleResume, kind: DocumentKind) -> None:
    data = structure(sample.render(kind), kind)
    truth = sample.ground_truth
    for key in BASICS_FIELDS:
        assert data["basics"].get(key) == truth["basics"].get(key), key
    assert data["skills"] == truth["skills"]


@pytest.mark.parametrize("path", sorted(RENDERCV.glob("*.pdf")), ids=lambda p: p.stem)
def test_rendercv_pdfs(path: Path) -> None:
    yaml_text = (RENDERCV / "John_Doe_CV.yaml").read_text(encoding="utf-8")
    email = re.search(r"^\s*email:\s*(\S+)", yaml_text, re.MULTILINE)
    assert email is not None
    data = structure(path.read_bytes(), DocumentKind.PDF)
    assert data["basics"]["name"] == "John Doe"
    assert data["basics"]["email"] == email.group(1)
    assert "phone" not in data["basics"]  # the CV has none; dates must not pass for one
    languages = next(skill for skill in data["skills"] if skill["name"] == "Languages")
    assert languages["keywords"] == ["Python", "C++", "CUDA", "Rust", "Julia"]


@pytest.mark.parametrize(
    "text",
    [
        "2019-2021",
        "2019 - 2021",
        "Sept 2018 \u2013 May 2023",
        "2018-09 \u2013 2023-05",
        "(2020 - 2023)",
        "05/2019 - 06/2021",
        "2019-05-01",
        "Patent 11,234,567",
        "Reduced latency by 73% across 2 billion events",
    ],
)
def test_date_ranges_and_numbers_are_not_phones(text: str) -> None:
    assert find_phone(text) is None


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Call +44 20 7946 0958 today", "+44 20 7946 0958"),
        ("(415) 555-0132 | rahul@example.org", "(415) 555-0132"),
        ("+1 (212) 555-0100", "+1 (212) 555-0100"),
        ("415-555-0132", "415-555-0132"),
        ("Phone: 555-0132", "555-0132"),
        ("+49  30\t1234567", "+49 30 1234567"),
    ],
)
def test_phones_are_found_and_whitespace_normalised(text: str, phone: str) -> None:
    assert find_phone(text) == phone


def test_profiles_and_website_are_told_apart() -> None:
    text = "janedoe.io | www.linkedin.com/in/jane-doe/ | https://github.com/janedoe/dotfiles"
    assert find_website(text) == "https://janedoe.io"
    profiles = [p.model_dump(exclude_none=True) for p in find_profiles(text)]
    assert profiles == [
        {
            "network": "LinkedIn",
            "username": "jane-doe",
            "url": "https://www.linkedin.com/in/jane-doe",
        },
        {"network": "GitHub", "username": "janedoe", "url": "https://github.com/janedoe/dotfiles"},
    ]


def test_library_names_and_email_domains_are_not_websites() -> None:
    assert find_website("Node.js, Vue.js and ASP.NET | jane@janedoe.dev") is None


def test_skills_categories_lists_and_wrapped_lines() -> None:
    skills = parse_skills(
        [
            "Languages: Python, Go,",
            "Rust",
            "\u2022 Docker | Kubernetes; Terraform",
            "- Git",
        ]
    )
    assert [s.model_dump(exclude_defaults=True) for s in skills] == [
        {"name": "Languages", "keywords": ["Python", "Go", "Rust"]},
        {"name": "Docker"},
        {"name": "Kubernetes"},
        {"name": "Terraform"},
        {"name": "Git"},
    ]


def test_name_in_capitals_after_a_title_line() -> None:
    data = structure_text(
        "CURRICULUM VITAE\nJANE Q. DOE\nSoftware Engineer\njane@example.com\n\nSKILLS\nPython"
    )
    assert data["basics"]["name"] == "Jane Q. Doe"
    assert data["basics"]["label"] == "Software Engineer"
    assert data["skills"] == [{"name": "Python"}]


def test_location_line_is_not_a_label() -> None:
    data = structure_text("Jane Doe\nBerlin, Germany\njane@example.com\n")
    assert "label" not in data["basics"]


def test_empty_document_gives_an_empty_resume() -> None:
    assert structure_text("\n\n") == {}


def test_to_json_resume_drops_empty_values() -> None:
    resume = Resume.model_validate({"basics": {"name": "Jane", "email": "", "profiles": []}})
    assert resume.to_json_resume() == {"basics": {"name": "Jane"}}

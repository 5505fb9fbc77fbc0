"""Matching rules of the accuracy harness, and one end-to-end run over a small directory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from resume_processor.evaluation import (
    Counts,
    EvalReport,
    build_eval_engines,
    evaluate,
    format_report,
    score_document,
)

TRUTH: dict[str, Any] = {
    "basics": {
        "name": "Zo\u00eb M\u00fcller",
        "email": "zoe@example.com",
        "phone": "+49 30 1234 5678",
        "url": "https://zoe.dev/",
        "label": "Platform Engineer",
        "location": {"city": "Berlin", "countryCode": "DE"},
        "profiles": [{"network": "GitHub", "username": "zoem"}],
    },
    "work": [
        {"name": "Kestrel Robotics", "position": "Platform Engineer", "startDate": "2021-01"},
        {
            "name": "Parcelwise",
            "position": "Backend Engineer",
            "startDate": "2018-03",
            "endDate": "2020-12",
        },
    ],
    "education": [
        {
            "institution": "Aalto University",
            "studyType": "BSc",
            "area": "Mathematics",
            "startDate": "2014",
            "endDate": "2018",
        }
    ],
    "skills": [{"name": "Languages", "keywords": ["Python", "Go"]}],
    "languages": [{"language": "German", "fluency": "Native"}],
    "certificates": [{"name": "Certified Kubernetes Administrator"}],
    "projects": [{"name": "Tern"}],
}


def copy() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(TRUTH))
    return data


def test_perfect_prediction_scores_one() -> None:
    counts = score_document(TRUTH, copy())
    assert all(c.fp == 0 and c.fn == 0 for c in counts.values())
    assert all(c.f1 == 1.0 for c in counts.values())


def test_missing_field_lowers_recall_only() -> None:
    predicted = copy()
    del predicted["basics"]["email"]
    predicted["work"].pop()
    counts = score_document(TRUTH, predicted)
    assert counts["email"] == Counts(fn=1)
    assert counts["work"].recall == 0.5
    assert counts["work"].precision == 1.0


def test_extra_item_lowers_precision_only() -> None:
    predicted = copy()
    predicted["work"].append({"name": "Imaginary Ltd", "position": "Wizard"})
    predicted["skills"][0]["keywords"].append("COBOL")
    counts = score_document(TRUTH, predicted)
    assert counts["work"] == Counts(tp=2, fp=1)
    assert counts["skills"] == Counts(tp=2, fp=1)


def test_wrong_value_is_a_false_positive_and_a_false_negative() -> None:
    predicted = copy()
    predicted["basics"]["name"] = "Zoe Miller"
    assert score_document(TRUTH, predicted)["name"] == Counts(fp=1, fn=1)


def test_dates_compare_by_month_and_year_only_truths_by_year() -> None:
    predicted = copy()
    predicted["work"][0]["startDate"] = "2021-01-15"
    predicted["education"][0]["startDate"] = "2014-09"
    predicted["work"][1]["endDate"] = "2020-11"
    counts = score_document(TRUTH, predicted)
    assert counts["education.dates"] == Counts(tp=2)
    assert counts["work.dates"] == Counts(tp=2, fp=1, fn=1)


def test_phones_by_digits_urls_without_scheme_strings_normalised() -> None:
    predicted = copy()
    basics = predicted["basics"]
    basics |= {"phone": "+49 (30) 1234-5678", "url": "zoe.dev", "email": "ZOE@example.com "}
    basics["name"] = "  ZO\u00cb   M\u00dcLLER. "
    predicted["work"][0]["name"] = "Kestrel Robotics GmbH"  # close enough for the 0.75 rule
    counts = score_document(TRUTH, predicted)
    for key in ("phone", "url", "email", "name", "work"):
        assert (counts[key].fp, counts[key].fn) == (0, 0), key


def test_items_are_matched_one_to_one() -> None:
    predicted = copy()
    predicted["work"] = [TRUTH["work"][0], TRUTH["work"][0]]
    assert score_document(TRUTH, predicted)["work"] == Counts(tp=1, fp=1, fn=1)


def test_evaluate_a_directory_and_format_the_report(tmp_path: Path) -> None:
    text = (
        "Zo\u00eb M\u00fcller\nPlatform Engineer\nBerlin, Germany | zoe@example.com\n\n"
        "EXPERIENCE\nPlatform Engineer, Kestrel Robotics    Jan 2021 - Present\n"
    )
    (tmp_path / "zoe.txt").write_text(text, encoding="utf-8")
    truth = {
        "basics": {"name": "Zo\u00eb M\u00fcller", "email": "zoe@example.com"},
        "work": [TRUTH["work"][0]],
        "meta": {"evaluation": {"tags": ["held-out"]}},
    }
    (tmp_path / "zoe.json").write_text(json.dumps(truth), encoding="utf-8")
    (tmp_path / "notes.md").write_text("no truth beside me", encoding="utf-8")
    messages: list[str] = []
    report = evaluate(tmp_path, build_eval_engines("local"), progress=messages.append)
    assert isinstance(report, EvalReport)
    assert [doc.kind for doc in report.documents] == ["TXT"]
    assert report.documents[0].tags == ("held-out",)
    assert report.overall().recall == 1.0
    table = format_report(report)
    assert all(word in table for word in ("name", "TXT", "held-out"))
    assert len(messages) == 1

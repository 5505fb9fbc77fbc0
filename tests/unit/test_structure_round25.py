"""General rules from the "holdout-25" round: titles in no known language found by the
largest type enough short lines share (over bold job titles and a sidebar's smaller
capitals); Lithuanian year-first dates ("2022 m. rugsėjo mėn."), "iki dabar", degrees and
postcodes with their country's letters ("LT-92127 Klaipėda")."""

from __future__ import annotations

import pytest

from resume_processor.pipeline.layout import Box, Line
from resume_processor.pipeline.structure.contact import find_location
from resume_processor.pipeline.structure.dates import find_date_range
from resume_processor.pipeline.structure.sections import typographic_heading_style


def _line(text: str, y: float, size: float, bold: bool = False) -> Line:
    return Line(text, Box(200, y, 200 + 5 * len(text), y + size), font_size=size, bold=bold)


def test_the_largest_title_type_that_recurs_wins() -> None:
    # Words of no language the lists hold: titles 11 pt bold, sidebar capitals 10 pt bold,
    # job titles 9.6 pt bold, body 8 pt.
    body = [_line(f"Ovo selta brin vanu {i} kora", 300 + 12 * i, 8.0) for i in range(8)]
    lines = [
        _line("QUIRVEL", 40, 10.0, bold=True),
        _line("MONTASK", 60, 10.0, bold=True),
        _line("DELPHOR", 80, 10.0, bold=True),
        _line("Veltra nomis", 100, 11.0, bold=True),
        _line("Quenta faril", 120, 11.0, bold=True),
        _line("Brovik anla", 140, 9.6, bold=True),
        _line("Tesmar", 160, 9.6, bold=True),
        _line("Orvik kanta", 180, 9.6, bold=True),
        _line("Soribal tek", 200, 11.0, bold=True),
        *body,
    ]
    style = typographic_heading_style(lines)
    assert style is not None
    assert (style.font_size, style.bold) == (11.0, True)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2022 m. rugsėjo mėn. \u2013 2026 m. kovo mėn.", "2022-09", "2026-03"),
        ("2023-10 \u2013 iki dabar", "2023-10", None),
    ],
)
def test_lithuanian_dates(text: str, start: str, end: str | None) -> None:
    found = find_date_range(text)
    assert found is not None
    assert (found.start, found.end, found.ongoing) == (start, end, end is None)


def test_a_postcode_with_its_countrys_letters() -> None:
    found = find_location(["Taikos pr. 45-19, LT-92127 Klaipėda"])
    assert found is not None
    assert (found.address, found.postalCode, found.city) == (
        "Taikos pr. 45-19",
        "LT-92127",
        "Klaipėda",
    )

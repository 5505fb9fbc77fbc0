"""Guards for this round of rules, from a review: each checks that a rule does not reach past
what it was written for."""

from __future__ import annotations

import pytest

from resume_processor.pipeline.layout import CELL_GAP, Box, LayoutDocument, Line, Page
from resume_processor.pipeline.structure.chronology import read_chronology
from resume_processor.pipeline.structure.contact import find_phone
from resume_processor.pipeline.structure.dates import find_date_range
from resume_processor.pipeline.structure.entries import ACHIEVEMENT, ends_sentence
from resume_processor.pipeline.structure.sections import content_lines
from tests.unit.layouts import rows


def test_a_year_gutter_with_words_is_no_history_of_events() -> None:
    lines = rows(
        f"2018{CELL_GAP}Google{CELL_GAP}Software Engineer",
        f"2015{CELL_GAP}BSc{CELL_GAP}University of Tokyo",
        f"2012{CELL_GAP}Acme{CELL_GAP}Intern",
    )
    assert read_chronology(lines) == lines


def test_out_before_a_year_is_english() -> None:
    found = find_date_range("Worked out 2020 budget")
    assert found is not None
    assert found.start == "2020"


@pytest.mark.parametrize("text", ["Reported to the CEO.", "Presented results to the Board."])
def test_a_sentence_ending_on_a_short_capitalised_word(text: str) -> None:
    assert ends_sentence(text)


@pytest.mark.parametrize(
    "text", ["Licensed practical nurse at the clinic", "Registered nurse in the emergency unit"]
)
def test_a_credential_before_a_title_opens_no_achievement(text: str) -> None:
    assert ACHIEVEMENT.match(text) is None


def test_an_international_number_after_an_id_label_is_a_phone() -> None:
    assert find_phone("WhatsApp ID: +27 82 123 4567") == "+27 82 123 4567"


def test_a_grade_in_the_top_margin_is_no_page_number() -> None:
    line = Line(f"GPA{CELL_GAP}3.8/4", Box(72, 20, 200, 30))
    page = Page(number=1, width=595, height=842, lines=[line])
    assert [kept.text for kept in content_lines(LayoutDocument(pages=[page], engine="t"))] == [
        line.text
    ]

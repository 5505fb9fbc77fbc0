"""Textract Blocks → layout model, on every real response in ../shared/data/textract/."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from resume_processor.pipeline.extract.textract import blocks_to_layout
from resume_processor.pipeline.layout import LayoutDocument

TEXTRACT_DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "textract"
RESPONSES = sorted(TEXTRACT_DATA.glob("*.json"))
LETTER = (612.0, 792.0)


@cache
def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((TEXTRACT_DATA / name).read_text())
    return data


def convert(name: str) -> LayoutDocument:
    return blocks_to_layout(load(name)["Blocks"])


def texts(document: LayoutDocument, page: int = 0) -> list[str]:
    return [line.text for line in document.pages[page].lines]


def position(lines: list[str], text: str) -> int:
    matches = [index for index, line in enumerate(lines) if line.startswith(text)]
    assert len(matches) == 1, f"{text!r} found {len(matches)} times in {lines}"
    return matches[0]


def assert_in_order(lines: list[str], *expected: str) -> None:
    positions = [position(lines, text) for text in expected]
    assert positions == sorted(positions), list(zip(expected, positions, strict=True))


def expected_line(block: dict[str, Any]) -> tuple[int, str, tuple[float, ...]]:
    box = block["Geometry"]["BoundingBox"]
    left, top = max(box["Left"], 0.0), max(box["Top"], 0.0)
    right, bottom = min(left + box["Width"], 1.0), min(top + box["Height"], 1.0)
    scaled = (left * LETTER[0], top * LETTER[1], right * LETTER[0], bottom * LETTER[1])
    return block.get("Page", 1), block["Text"], tuple(round(value, 3) for value in scaled)


def test_every_recorded_response_is_present() -> None:
    assert len(RESPONSES) >= 10, f"expected the recorded responses in {TEXTRACT_DATA}"


@pytest.mark.parametrize("path", RESPONSES, ids=lambda path: path.name)
def test_every_line_appears_exactly_once_on_its_page(path: Path) -> None:
    blocks = load(path.name)["Blocks"]
    document = blocks_to_layout(blocks)

    expected = Counter(expected_line(b) for b in blocks if b["BlockType"] == "LINE")
    produced = Counter(
        (
            page.number,
            line.text,
            tuple(round(v, 3) for v in (line.box.x0, line.box.y0, line.box.x1, line.box.y1)),
        )
        for page in document.pages
        for line in page.lines
    )
    assert produced == expected
    assert document.engine == "textract"


@pytest.mark.parametrize("path", RESPONSES, ids=lambda path: path.name)
def test_page_count_size_and_boxes(path: Path) -> None:
    response = load(path.name)
    document = blocks_to_layout(response["Blocks"])

    page_blocks = [b for b in response["Blocks"] if b["BlockType"] == "PAGE"]
    assert len(document.pages) == len(page_blocks) == response["DocumentMetadata"]["Pages"]
    assert [page.number for page in document.pages] == list(range(1, len(page_blocks) + 1))
    for page in document.pages:
        assert (page.width, page.height) == LETTER
        for line in page.lines:
            assert 0 <= line.box.x0 <= line.box.x1 <= page.width
            assert 0 <= line.box.y0 <= line.box.y1 <= page.height
            assert line.font_size is None


def test_page_size_scales_the_normalised_boxes() -> None:
    blocks = load("little_women_page_1.json")["Blocks"]
    letter = blocks_to_layout(blocks).pages[0]
    a4 = blocks_to_layout(blocks, page_size=(595.0, 842.0)).pages[0]
    assert (a4.width, a4.height) == (595.0, 842.0)
    first_letter, first_a4 = letter.lines[0].box, a4.lines[0].box
    assert first_a4.x0 == pytest.approx(first_letter.x0 * 595.0 / 612.0)
    assert first_a4.y1 == pytest.approx(first_letter.y1 * 842.0 / 792.0)


def test_two_columns_with_header_and_footer_read_column_by_column() -> None:
    lines = texts(convert("test-twocol-header-footer-response.json"))

    header = {
        "Left-aligned header",
        "With multiple lines",
        "CENTER-ALIGNED HEADER",
        "right-aligned header",
        "with multiple lines",
    }
    assert set(lines[:5]) == header
    assert set(lines[-4:]) == {
        "Left-aligned footer",
        "Multi-line centered",
        "footer content",
        "Page of 1",
    }
    assert_in_order(lines, "Multi-line centered", "footer content")
    left_column = [
        "When a section of (LTR) text is presented in two",
        "columns, the intended reading order is typically to",
        "complete one column top-to-bottom, before starting to",
        "read the next.",
        "However due to the broad possibilities for laying out",
        "non-conventional documents and the nature of human",
        "visual attention, It's not precise",
        "possible) to define an exact linear reading order for",
        "words on a richly formatted page.",
        "Depending on the use case, simple heuristics and/or",
        "ML model-based approaches may be appropriate.",
    ]
    right_column = [
        "The Amazon Textract Response Parser aims to",
        "implement useful, generalisable parsing tools on which",
        "further (domain-specific) analyses can be built.",
        "This means it cannot solve for every edge case in",
        "layout analysis",
        "But at least sample documents like these can test some",
        "common, representative structures: Even if creating",
        "requires tackling the difficult task of writing about",
        "nothing in particular for an entire page of content.",
        "The included sample test documents are fully synthetic.",
    ]
    start = position(lines, left_column[0])
    columns = left_column + right_column
    assert [position(lines, text) for text in columns] == list(range(start, start + 21))
    assert_in_order(
        lines,
        "This page tests the capability",
        "A section heading",
        "Many documents divide content",
        "For",
        "our test document, adding subsections",
        left_column[0],
        right_column[-1],
        "After a two-column section",
        "Another section",
        "A final section",
        "a header and a footer, but this sample page",
        "Left-aligned footer",
    )


def test_several_columns_read_left_column_fully_first() -> None:
    lines = texts(convert("test-multicol-response.json"))

    assert lines[:3] == [
        "Multi-column test document",
        "A sample document with multiple columns, to test logic for sorting",
        "Textract lines into natural reading order.",
    ]
    assert lines[3:11] == [
        "This section has two columns,",
        "with the intention to read the left",
        "column fully before starting the",
        "right.",
        "The left column contains",
        "multiple paragraphs, with",
        "greater separation than lines",
        "within one paragraph.",
    ]
    assert lines[11:18] == [
        "A horizontally separate right",
        "column.",
        "This column has approximately",
        "equivalent vertical position but",
        "different paragraph breaks.",
        "Correct processing should read",
        "it after the left column's content.",
    ]
    assert lines[-1] == "good start."
    assert_in_order(lines, "A final footer section", "read last.", "trivial and", "good start.")


def test_columns_under_a_heading_with_a_footer_row() -> None:
    lines = texts(convert("test-multicol-response-2.json"))

    assert lines[:2] == ["HEADING OF THE PAGE GOES HERE", "Section ID"]
    assert lines[2:10] == [
        "[ENTER]",
        "Two columns, both alike in",
        "dignity, in fair Verona, where we",
        "lay our sample document.",
        "From ancient grudge break to",
        "new technological advance,",
        "where textual reading order is",
        "preserved.",
    ]
    assert lines[10:17] == [
        "A glooming peace this example",
        "with it brings; The author, for",
        "fear, will not show his head:",
        "Go hence with caution, to test",
        "more sample documents.",
        "For never was a heuristic",
        "infallible, for trying to sort text",
    ]
    assert lines[17:] == ["In reading order", "THE END", "Page 1"]


def test_plain_prose_reads_top_to_bottom() -> None:
    page = convert("little_women_page_1.json").pages[0]
    tops = [line.box.y0 for line in page.lines]
    assert tops == sorted(tops)
    assert page.lines[0].text.startswith("The Project Gutenberg EBook of Little Women")
    assert_in_order(
        [line.text for line in page.lines],
        "Title: Little Women",
        "Author: Louisa M. Alcott",
        "Release Date: August 16, 2011",
        "LITTLE WOMEN.",
    )
    assert all(line.bold is None for line in page.lines)


def test_three_page_document_keeps_each_line_on_its_page() -> None:
    response = load("gib_multi_page_table_merge.json")
    document = blocks_to_layout(response["Blocks"])

    assert len(document.pages) == 3
    per_page = Counter(b["Page"] for b in response["Blocks"] if b["BlockType"] == "LINE")
    assert [len(page.lines) for page in document.pages] == [per_page[1], per_page[2], per_page[3]]
    first = texts(document, 0)
    assert first[:4] == [
        "Full Name: John Doe",
        "Phone Number: 9345-4298-33454",
        "Home Address: 134234 Street, Town, Canada",
        "Mailing Address: same as above",
    ]
    assert_in_order(first, "Description Solo 1", "Description Long 2")


def test_two_page_forms_document() -> None:
    document = convert("multi-page-forms-samples-2-page.json")

    assert len(document.pages) == 2
    assert texts(document, 0)[0] == "Patient Information"
    assert_in_order(texts(document, 0), "Emergency Contact 1:", "Emergency Contact 2:")
    second = texts(document, 1)
    assert second[:2] == ["Employment Application", "Application Information"]
    assert "Patient Information" not in second
    assert_in_order(second, "Full Name: Jane Doe", "Previous Employment History")


def children_ids(block: dict[str, Any]) -> list[str]:
    return [i for r in block.get("Relationships", []) if r["Type"] == "CHILD" for i in r["Ids"]]


def layout_lines(name: str) -> list[str]:
    """LINE texts in LAYOUT order: header, then the rest as listed, footer and page number last."""
    blocks = load(name)["Blocks"]
    by_id = {b["Id"]: b for b in blocks}

    def children(block: dict[str, Any]) -> list[str]:
        out: list[str] = []
        for child in (by_id[i] for i in children_ids(block)):
            out += [child["Text"]] if child["BlockType"] == "LINE" else children(child)
        return out

    layouts = [b for b in blocks if b["BlockType"].startswith("LAYOUT_")]
    nested = {i for b in layouts for i in children_ids(b) if by_id[i]["BlockType"] != "LINE"}
    roots = [b for b in layouts if b["Id"] not in nested]
    rank = {"LAYOUT_HEADER": 0, "LAYOUT_FOOTER": 2, "LAYOUT_PAGE_NUMBER": 2}
    roots.sort(key=lambda b: rank.get(b["BlockType"], 1))
    return [text for root in roots for text in children(root)]


@pytest.mark.parametrize(
    "name", ["financial-document-response.json", "paystub-response.json", "form1005-response.json"]
)
def test_layout_blocks_give_the_reading_order(name: str) -> None:
    assert texts(convert(name)) == layout_lines(name)


def test_financial_document_header_title_list_and_page_number() -> None:
    page = convert("financial-document-response.json").pages[0]
    lines = [line.text for line in page.lines]

    assert lines[:3] == [
        "IV. Administered Accounts",
        "At October 31, 2021 and for the six months then ended",
        "ADMINISTERED ACCOUNTS",
    ]
    assert lines[-1] == "57"
    assert_in_order(lines, "At the request of certain members", "April 30,", "Less than US$50,000.")
    bold = [line.text for line in page.lines if line.bold]
    assert bold == ["ADMINISTERED ACCOUNTS"]


def test_paystub_section_headers_are_bold() -> None:
    page = convert("paystub-response.json").pages[0]
    lines = [line.text for line in page.lines]

    assert lines[0] == "CO. FILE DEPT. CLOCK NUMBER"
    assert [line.text for line in page.lines if line.bold] == ["Earnings Statement", "JOHN STILES"]
    assert_in_order(lines, "Earnings Statement", "Period ending:", "Gross Pay")
    assert all(line.bold is None for line in page.lines if line.text == "ANY COMPANY CORP.")


def test_form_footer_and_page_number_come_last() -> None:
    page = convert("form1005-response.json").pages[0]
    lines = [line.text for line in page.lines]

    assert lines[0] == "Request for Verification of Employment"
    assert lines[-2:] == ["Form 1005", "July 96"]
    assert [line.text for line in page.lines if line.bold] == [
        "Request for Verification of Employment",
        "Part III - Verification of Previous Employment",
    ]


def line_block(
    block_id: str, text: str, left: float, top: float, width: float, height: float = 0.012
) -> dict[str, Any]:
    box = {"Left": left, "Top": top, "Width": width, "Height": height}
    return {"BlockType": "LINE", "Id": block_id, "Text": text, "Geometry": {"BoundingBox": box}}


def test_lines_no_layout_block_claims_are_kept_in_place() -> None:
    lines = [
        line_block("t", "Jane Doe", 0.1, 0.05, 0.3),
        line_block("a", "Experience", 0.1, 0.10, 0.3),
        line_block("orphan", "Acme Corp, 2020 - 2024", 0.1, 0.12, 0.5),
        line_block("b", "Education", 0.1, 0.20, 0.3),
    ]
    layouts = [
        {
            "BlockType": "LAYOUT_TITLE",
            "Id": "L1",
            "Relationships": [{"Type": "CHILD", "Ids": ["t"]}],
        },
        {
            "BlockType": "LAYOUT_SECTION_HEADER",
            "Id": "L2",
            "Relationships": [{"Type": "CHILD", "Ids": ["a", "missing-id"]}],
        },
        {
            "BlockType": "LAYOUT_TEXT",
            "Id": "L3",
            "Relationships": [{"Type": "CHILD", "Ids": ["b"]}],
        },
    ]
    document = blocks_to_layout([{"BlockType": "PAGE", "Id": "p"}, *lines, *layouts])

    assert texts(document) == ["Jane Doe", "Experience", "Acme Corp, 2020 - 2024", "Education"]
    assert [line.bold for line in document.pages[0].lines] == [True, True, None, None]


def test_sidebar_sections_with_aligned_gaps_still_read_column_by_column() -> None:
    # Under a full-width name, a sidebar whose section breaks line up with the main column's.
    rows = [0.10, 0.115, 0.13, 0.145, 0.20, 0.215, 0.23]
    blocks = [line_block("name", "Jane Doe, Senior Engineer, Berlin", 0.05, 0.05, 0.9)]
    blocks += [line_block(f"s{i}", f"side {i}", 0.05, top, 0.2) for i, top in enumerate(rows)]
    blocks += [line_block(f"m{i}", f"main {i}", 0.35, top, 0.6) for i, top in enumerate(rows)]
    lines = texts(blocks_to_layout(blocks))

    side, main = [f"side {i}" for i in range(7)], [f"main {i}" for i in range(7)]
    assert lines == ["Jane Doe, Senior Engineer, Berlin", *side, *main]


def test_right_aligned_dates_stay_with_their_entries() -> None:
    blocks = [
        line_block("a", "Acme Corp", 0.1, 0.10, 0.2),
        line_block("ad", "2020 - 2024", 0.75, 0.10, 0.15),
        line_block("ar", "Senior Engineer", 0.1, 0.115, 0.25),
        line_block("b", "Globex", 0.1, 0.15, 0.2),
        line_block("bd", "2016 - 2020", 0.75, 0.15, 0.15),
        line_block("br", "Engineer", 0.1, 0.165, 0.25),
    ]
    assert texts(blocks_to_layout(blocks)) == [
        "Acme Corp",
        "2020 - 2024",
        "Senior Engineer",
        "Globex",
        "2016 - 2020",
        "Engineer",
    ]


def test_single_label_value_rows_read_across() -> None:
    blocks = [
        line_block("k1", "Email:", 0.1, 0.10, 0.1),
        line_block("v1", "jane@example.com", 0.5, 0.10, 0.3),
        line_block("k2", "Phone:", 0.1, 0.14, 0.1),
        line_block("v2", "+1 555 0100", 0.5, 0.14, 0.3),
    ]
    document = blocks_to_layout(blocks)

    assert [page.number for page in document.pages] == [1]  # no PAGE block and no Page field
    assert texts(document) == ["Email:", "jane@example.com", "Phone:", "+1 555 0100"]


def test_no_blocks_no_pages() -> None:
    assert blocks_to_layout([]).pages == []

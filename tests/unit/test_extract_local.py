"""The local extractor on real documents: the bundled samples, rendercv PDFs, hostile files."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from fpdf import FPDF

from resume_processor.pipeline.errors import PermanentError
from resume_processor.pipeline.extract.local import LocalExtractor
from resume_processor.pipeline.extract.pdf import MAX_PAGES
from resume_processor.pipeline.extract.reading_order import (
    Run,
    column_groups,
    group_lines,
)
from resume_processor.pipeline.layout import CELL_GAP, LayoutDocument
from resume_processor.pipeline.sniff import DocumentKind, sniff_bytes
from resume_processor.samples import SAMPLES, SampleResume, write_samples
from tests.utils.documents import (
    make_corrupt_docx,
    make_corrupt_pdf,
    make_encrypted_pdf,
    make_pdf,
    make_zip_bomb_docx,
)

SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
RENDERCV_PDFS = sorted((SHARED_DATA / "resumes" / "rendercv").glob("*.pdf"))
KINDS = [DocumentKind.PDF, DocumentKind.DOCX, DocumentKind.TEXT]
CASES = [(sample, kind) for sample in SAMPLES for kind in KINDS]


def extract(content: bytes, kind: DocumentKind) -> LayoutDocument:
    return LocalExtractor().extract(content, kind)


@pytest.mark.parametrize(("sample", "kind"), CASES, ids=lambda v: getattr(v, "stem", str(v)))
def test_samples_extract_with_sane_text_and_boxes(sample: SampleResume, kind: DocumentKind) -> None:
    content = sample.render(kind)
    assert sniff_bytes(content) is kind
    document = extract(content, kind)

    text = document.text()
    assert sample.name in text
    assert sample.email in text
    assert sample.phone in text
    for line in document.lines:
        assert line.text == line.text.strip()
        assert line.text
        assert line.box.x0 < line.box.x1
        assert line.box.y0 < line.box.y1
    for page in document.pages:
        for line in page.lines:
            assert line.box.x0 >= 0
            assert line.box.x1 <= page.width + 1
            assert line.box.y0 >= 0
            assert line.box.y1 <= page.height + 1


@pytest.mark.parametrize("sample", SAMPLES[:2], ids=lambda s: s.stem)
def test_single_column_pdf_lines_run_top_to_bottom(sample: SampleResume) -> None:
    document = extract(sample.render(DocumentKind.PDF), DocumentKind.PDF)
    tops = [line.box.y0 for line in document.pages[0].lines]
    assert tops == sorted(tops)


def test_sidebar_pdf_reads_one_column_then_the_other() -> None:
    sample = next(s for s in SAMPLES if s.pdf_style == "sidebar")
    lines = extract(sample.render(DocumentKind.PDF), DocumentKind.PDF).pages[0].lines
    in_sidebar = [line.box.x1 < 200 for line in lines]
    first_main = in_sidebar.index(False)
    assert all(in_sidebar[:first_main])
    assert not any(in_sidebar[first_main:])
    texts = [line.text for line in lines]
    assert texts.index("Figma") < texts.index("Sketch") < texts.index("Sofia Lindqvist")


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s.stem)
def test_pdf_name_is_the_largest_bold_line(sample: SampleResume) -> None:
    document = extract(sample.render(DocumentKind.PDF), DocumentKind.PDF)
    largest = max(document.lines, key=lambda line: line.font_size or 0.0)
    assert largest.text == sample.name
    assert largest.bold is True
    assert largest.font_size == pytest.approx(24.0)


@pytest.mark.parametrize("path", RENDERCV_PDFS, ids=lambda p: p.stem)
def test_rendercv_pdfs_extract_every_page(path: Path) -> None:
    document = extract(path.read_bytes(), DocumentKind.PDF)
    assert len(document.pages) >= 2
    assert [page.number for page in document.pages] == list(range(1, len(document.pages) + 1))
    assert all(page.lines for page in document.pages)
    assert "John Doe" in [line.text for line in document.pages[0].lines[:5]]
    # Icon-font glyphs (private use area) never leak into the text.
    assert not any("\ue000" <= ch <= "\uf8ff" for ch in document.text())


def test_encrypted_pdf_is_refused_with_a_reason() -> None:
    with pytest.raises(PermanentError) as caught:
        extract(make_encrypted_pdf(), DocumentKind.PDF)
    assert caught.value.reason == "the PDF is password-protected; upload an unencrypted copy"


def test_corrupt_pdf_is_refused_with_a_reason() -> None:
    with pytest.raises(PermanentError, match="corrupt"):
        extract(make_corrupt_pdf(), DocumentKind.PDF)


def test_pdf_over_the_page_limit_is_refused() -> None:
    with pytest.raises(PermanentError, match=f"more than the {MAX_PAGES}"):
        extract(make_pdf("Jane Example", pages=MAX_PAGES + 1), DocumentKind.PDF)


def test_docx_zip_bomb_is_refused_before_parsing() -> None:
    with pytest.raises(PermanentError, match="MiB"):
        extract(make_zip_bomb_docx(), DocumentKind.DOCX)


def test_corrupt_docx_is_refused() -> None:
    with pytest.raises(PermanentError, match="corrupt"):
        extract(make_corrupt_docx(), DocumentKind.DOCX)


def test_zip_without_a_readable_document_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<not-closed")
    with pytest.raises(PermanentError, match="corrupt"):
        extract(buffer.getvalue(), DocumentKind.DOCX)


@pytest.mark.parametrize("kind", [DocumentKind.PNG, DocumentKind.JPEG, DocumentKind.TIFF])
def test_a_truncated_image_is_refused_with_a_reason(kind: DocumentKind) -> None:
    with pytest.raises(PermanentError) as caught:
        extract(b"\x89PNG\r\n\x1a\n" + bytes(64), kind)
    assert "corrupt or truncated" in caught.value.reason


def test_empty_file_is_refused() -> None:
    with pytest.raises(PermanentError, match="empty"):
        extract(b"", DocumentKind.TEXT)


def test_text_keeps_non_empty_lines_and_decodes_utf16() -> None:
    content = "Zoë Brontë\r\n\r\n   \nzoe@example.com\n".encode("utf-16")
    document = extract(content, DocumentKind.TEXT)
    assert [line.text for line in document.lines] == ["Zoë Brontë", "zoe@example.com"]
    assert document.lines[0].box.y1 <= document.lines[1].box.y0


def test_docx_table_cells_are_read_in_order() -> None:
    sample = next(s for s in SAMPLES if s.pdf_style == "sidebar")
    texts = [
        line.text for line in extract(sample.render(DocumentKind.DOCX), DocumentKind.DOCX).lines
    ]
    assert texts.index("Stockholm, Sweden") < texts.index("Figma") < texts.index("About")


@pytest.mark.parametrize("kind", KINDS)
def test_samples_render_reproducibly(kind: DocumentKind) -> None:
    for sample in SAMPLES:
        assert sample.render(kind) == sample.render(kind)


def test_write_samples_writes_documents_and_ground_truth(tmp_path: Path) -> None:
    paths = write_samples(tmp_path)
    assert len(paths) == len(SAMPLES) * len(KINDS)
    assert all(path.is_file() and path.stat().st_size > 0 for path in paths)
    for sample in SAMPLES:
        truth = json.loads((tmp_path / f"{sample.stem}.json").read_text(encoding="utf-8"))
        assert truth == sample.ground_truth


def test_docx_table_keeps_every_cell_of_every_row() -> None:
    import io

    from docx import Document

    from resume_processor.pipeline.extract.docx import extract_docx

    document = Document()
    table = document.add_table(rows=8, cols=2)
    for index, row in enumerate(table.rows):
        row.cells[0].text = f"Company {index}"
        row.cells[1].text = f"{2010 + index} - {2011 + index}"
    buffer = io.BytesIO()
    document.save(buffer)
    lines = [line.text for line in extract_docx(buffer.getvalue()).lines]
    expected = [f"{2010 + i} - {2011 + i}" for i in range(8)]
    assert [text for text in lines if " - " in text] == expected


def test_docx_row_of_one_line_cells_is_one_line_of_cells() -> None:
    import io

    from docx import Document

    from resume_processor.pipeline.extract.docx import extract_docx
    from resume_processor.pipeline.layout import CELL_GAP

    document = Document()
    table = document.add_table(rows=2, cols=5)
    heading = ("Qualification", "Institution", "Board / University", "Year", "CGPA / %")
    values = ("B.Tech (IT)", "Sri Satyavani Engineering College", "JNTU Kakinada", "2025", "8.90")
    for cells, texts in ((table.rows[0].cells, heading), (table.rows[1].cells, values)):
        for cell, text in zip(cells, texts, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    lines = [line.text for line in extract_docx(buffer.getvalue()).lines]
    assert lines == [CELL_GAP.join(heading), CELL_GAP.join(values)]


def test_docx_list_bullet_paragraphs_show_their_bullet() -> None:
    import io

    from docx import Document

    from resume_processor.pipeline.extract.docx import extract_docx

    document = Document()
    document.add_paragraph("Kessler & Voigt Maschinenbau GmbH, Hamburg")
    document.add_paragraph("Abstimmung mit Entwicklung, Qualität und Logistik", "List Bullet")
    document.add_paragraph("\u2022 Already marked", "List Bullet")
    document.add_paragraph("05/2020 \u2013 04/2023")
    buffer = io.BytesIO()
    document.save(buffer)
    assert [line.text for line in extract_docx(buffer.getvalue()).lines] == [
        "Kessler & Voigt Maschinenbau GmbH, Hamburg",
        "\u2022 Abstimmung mit Entwicklung, Qualität und Logistik",
        "\u2022 Already marked",
        "05/2020 \u2013 04/2023",
    ]


def test_words_hyphenated_across_lines_are_joined() -> None:
    from resume_processor.pipeline.extract.reading_order import join_hyphenated
    from resume_processor.pipeline.layout import Box, Line

    def line(text: str, top: float) -> Line:
        return Line(text=text, box=Box(72, top, 300, top + 10), font_size=10)

    lines = [
        line("Led the develop-", 100),
        line("ment of a billing platform", 112),
        line("Software Engineer -", 140),
        line("Acme Corp", 152),
        line("2019 -", 180),
        line("present", 400),
    ]
    texts = [joined.text for joined in join_hyphenated(lines)]
    assert texts == [
        "Led the development",
        "of a billing platform",
        "Software Engineer -",
        "Acme Corp",
        "2019 -",
        "present",
    ]


def test_docx_headers_and_text_boxes_are_read() -> None:
    import io

    from docx import Document
    from docx.oxml import parse_xml

    from resume_processor.pipeline.extract.docx import extract_docx

    document = Document()
    document.sections[0].header.paragraphs[0].text = "Ada Lovelace · ada@example.com"
    document.sections[0].footer.paragraphs[0].text = "+44 20 7946 0000 · London"
    body = document.add_paragraph("Experience")
    # A DrawingML text box with its VML fallback, as Word writes it.
    namespaces = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"'
    )
    box = (
        "<w:p><w:t>Analytical Engine</w:t></w:p>"
        "<w:p><w:r><w:t>Programmer, 1842 - 1843</w:t></w:r></w:p>"
    )
    run = parse_xml(
        f"<w:r {namespaces}><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx>'
        f"</mc:Choice><mc:Fallback><v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox>"
        f"</mc:Fallback></mc:AlternateContent></w:r>"
    )
    body._p.append(run)
    buffer = io.BytesIO()
    document.save(buffer)
    texts = [line.text for line in extract_docx(buffer.getvalue()).lines]
    assert texts[0] == "Ada Lovelace · ada@example.com"
    assert texts.count("Programmer, 1842 - 1843") == 1
    assert texts.index("Experience") < texts.index("Programmer, 1842 - 1843")
    assert texts[-1] == "+44 20 7946 0000 · London"


def _run(text: str, x0: float, baseline: float, size: float = 9.5) -> Run:
    width = 0.5 * size * len(text)
    return Run(text, x0, baseline - size, x0 + width, baseline, baseline, size, len(text))


def test_two_cards_side_by_side_are_read_card_by_card() -> None:
    rows = [
        ("Savannah College of Art and Design", "Rhode Island School of Design"),
        ("MFA in Motion Media Design", "BFA in Graphic Design"),
        ("2015 \u2013 2017", "2011 \u2013 2015"),
    ]
    runs = [_run("EDUCATION", 42, 100, 12)]
    for index, (left, right) in enumerate(rows):
        runs += [_run(left, 51, 130 + 14 * index), _run(right, 315, 130 + 14 * index)]
    runs.append(_run("SKILLS", 42, 200, 12))
    texts = [line.text for line in group_lines(runs)]
    assert texts == [
        "EDUCATION",
        *(left for left, _ in rows),
        *(right for _, right in rows),
        "SKILLS",
    ]


@pytest.mark.parametrize(
    "rows",
    [
        # Labels and values: the cut is far left and the sides are unlike.
        [("Address", "Am Markt 18, 80934 Leipzig"), ("Phone", "+49 179 3532891"), ("Born", "1996")],
        # Two cards' worth of rows, but only two: could be a table row pair.
        [("Savannah College of Art and Design", "Rhode Island School of Design")] * 2,
    ],
)
def test_rows_that_are_not_side_by_side_boxes_stay_rows(rows: list[tuple[str, str]]) -> None:
    runs = []
    for index, (left, right) in enumerate(rows):
        x = 130 if len(left) < 10 else 315
        runs += [_run(left, 51, 130 + 14 * index), _run(right, x, 130 + 14 * index)]
    texts = [line.text for line in group_lines(runs)]
    assert texts == [f"{left}{CELL_GAP}{right}" for left, right in rows]


def test_a_grid_whose_right_cells_share_the_left_baselines_is_not_two_columns() -> None:
    runs = []
    for index in range(8):
        runs.append(
            _run(f"Card line {index} with a fair amount of text in it", 51, 100 + 14 * index)
        )
    # Dates at the right end of two card title bars and a second card: all on left baselines.
    for index in (0, 4, 5, 6, 7):
        runs.append(_run(f"Right cell {index} of the grid row", 315, 100 + 14 * index))
    assert [len(group) for group in column_groups(runs, 595)] == [len(runs)]
    # The same right-hand text on its own line grid is a column.
    shifted = [*runs[:8], *(replace(run, baseline=run.baseline + 6) for run in runs[8:])]
    assert [len(group) for group in column_groups(shifted, 595)] == [8, 5]


def test_a_margin_of_dates_beside_wrapped_entries_is_not_a_sidebar() -> None:
    left: list[Run] = []
    right: list[Run] = []
    baseline = 100.0
    for dates in (
        "November 2023 - heute",
        "September 2021 - Oktober 2023",
        "April 2018 - Juni 2021",
    ):
        left.append(_run(dates, 60, baseline))
        for line in range(4):  # title, employer, two highlights: rows the dates do not reach
            right.append(_run(f"Entry line {line} with a fair amount of text", 220, baseline))
            baseline += 14
        baseline += 10
    left += [_run("Sprachen", 60, baseline), _run("Kenntnisse", 60, baseline + 30)]
    runs = left + right
    assert [len(group) for group in column_groups(runs, 595)] == [len(runs)]
    # The same margin holding words instead of dates is a sidebar beside the entries.
    words = [_run("Skill and tool names", 60, run.baseline) for run in left]
    assert [len(group) for group in column_groups(words + right, 595)] == [5, 12]


def test_docx_reads_content_controls_and_accepts_tracked_changes() -> None:
    import io

    from docx import Document
    from docx.oxml import parse_xml

    from resume_processor.pipeline.extract.docx import extract_docx

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = Document()
    body = document.element.body
    blocks = [
        # The name and contacts in block content controls, as resume templates ship them.
        f"<w:sdt {w}><w:sdtPr><w:alias w:val='Name'/></w:sdtPr><w:sdtContent>"
        "<w:p><w:r><w:rPr><w:b/><w:sz w:val='44'/></w:rPr><w:t>Ada Lovelace</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>",
        # A replaced phone number and an e-mail behind a HYPERLINK field.
        f"<w:p {w}><w:r><w:t xml:space='preserve'>Mobile: </w:t></w:r>"
        "<w:del w:id='1' w:author='A'><w:r><w:delText>+44 20 7946 0000</w:delText></w:r></w:del>"
        "<w:ins w:id='2' w:author='A'><w:r><w:t>+44 20 7946 0999</w:t></w:r></w:ins></w:p>",
        f"<w:p {w}><w:r><w:fldChar w:fldCharType='begin'/></w:r>"
        '<w:r><w:instrText> HYPERLINK "mailto:ada@example.com" </w:instrText></w:r>'
        "<w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>ada@example.com</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='end'/></w:r></w:p>",
        # A deleted paragraph, an inserted one, and an inline content control.
        f"<w:p {w}><w:del w:id='3' w:author='A'><w:r><w:delText>Filed records</w:delText></w:r>"
        "</w:del></w:p>",
        f"<w:p {w}><w:ins w:id='4' w:author='A'><w:r><w:t>Designed the Engine</w:t></w:r></w:ins>"
        "</w:p>",
        f"<w:p {w}><w:r><w:t xml:space='preserve'>Programmer, </w:t></w:r><w:sdt><w:sdtPr>"
        "<w:alias w:val='Years'/></w:sdtPr><w:sdtContent><w:r><w:t>1842 - 1843</w:t></w:r>"
        "</w:sdtContent></w:sdt></w:p>",
    ]
    for block in blocks:
        body.insert(len(body) - 1, parse_xml(block))  # before the section properties
    table = document.add_table(rows=1, cols=1)
    cell = table.cell(0, 0)._tc
    cell.append(
        parse_xml(
            f"<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>Analytical Society</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt>"
        )
    )
    buffer = io.BytesIO()
    document.save(buffer)
    lines = extract_docx(buffer.getvalue()).lines
    assert [line.text for line in lines] == [
        "Ada Lovelace",
        "Mobile: +44 20 7946 0999",
        "ada@example.com",
        "Designed the Engine",
        "Programmer, 1842 - 1843",
        "Analytical Society",
    ]
    assert (lines[0].font_size, lines[0].bold) == (22.0, True)


def test_small_capitals_made_by_shrinking_capitals_stay_one_word() -> None:
    from fpdf import FPDF

    from resume_processor.pipeline.extract.pdf import extract_pdf
    from tests.utils.bad_documents import DEJAVU

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.add_font("Serif", "", str(DEJAVU / "DejaVuSerif.ttf"))
    pdf.set_char_spacing(3)
    x = 100.0
    for word in ("AUGUSTIN", "VANDERZEE"):
        # A word processor's small caps: the first capital full size, the rest smaller.
        for chunk, size in ((word[0], 22), (word[1:], 17)):
            pdf.set_font("Serif", size=size)
            pdf.text(x, 80, chunk)
            x += pdf.get_string_width(chunk)
        x += 10
    pdf.set_char_spacing(0)
    pdf.set_font("Serif", size=10)
    pdf.text(100, 110, "Cincinnati, OH")
    lines = extract_pdf(bytes(pdf.output())).pages[0].lines
    assert [line.text for line in lines] == ["AUGUSTIN VANDERZEE", "Cincinnati, OH"]


def test_a_narrow_right_sidebar_is_read_before_the_main_column_and_equal_columns_in_order() -> None:
    from resume_processor.pipeline.extract.reading_order import page_lines

    def column(prefix: str, x0: float, count: int, text: str, pitch: float = 14) -> list[Run]:
        # Columns set their lines independently: a pitch of their own.
        return [_run(f"{prefix} {index} {text}", x0, 100 + pitch * index) for index in range(count)]

    main = column("Main", 40, 12, "line with a fair amount of text in it")
    sidebar = column("Side", 420, 8, "skill set", pitch=17)
    lines = [line.text for line in page_lines(main + sidebar, 595)]
    # The main column's last section stays open for the page after it.
    assert lines[0].startswith("Side 0")
    assert lines[-1].startswith("Main 11")
    left = column("Left", 40, 12, "line with a fair amount of text")
    right = column("Right", 310, 6, "line with a fair amount of text", pitch=17)
    lines = [line.text for line in page_lines(left + right, 595)]
    assert lines[0].startswith("Left 0")
    assert lines[-1].startswith("Right 5")


def _pdf_with_gap(gap_ems: float) -> bytes:
    """One 9-point line: "Practices", a gap of `gap_ems` ems, then a list (Awesome-CV's skill
    rows put about two ems between a category and its list)."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    pdf.text(72, 700, "Practices")
    start = 72 + pdf.get_string_width("Practices") + gap_ems * 9
    pdf.text(start, 700, "Code review, Incident response, Load testing")
    return bytes(pdf.output())


@pytest.mark.parametrize(("gap_ems", "cells"), [(1.9, 2), (1.0, 1)])
def test_a_gap_of_about_two_ems_in_a_line_starts_a_cell(gap_ems: float, cells: int) -> None:
    document = LocalExtractor().extract(_pdf_with_gap(gap_ems), DocumentKind.PDF)
    [line] = document.lines
    assert len(line.text.split(CELL_GAP)) == cells

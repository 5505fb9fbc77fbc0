"""Tesseract OCR on rendered resumes: images, scanned PDFs, reading order and failure modes."""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdfium2 import PdfDocument

from resume_processor.config import Settings
from resume_processor.pipeline.errors import PermanentError
from resume_processor.pipeline.extract import ocr
from resume_processor.pipeline.extract.local import LocalExtractor
from resume_processor.pipeline.layout import LayoutDocument
from resume_processor.pipeline.sniff import DocumentKind, sniff_bytes
from resume_processor.pipeline.structure.local import LocalStructurer
from tests.utils.bad_documents import (
    RESUME_LINES,
    font,
    image_bytes,
    make_scanned_pdf,
    render_resume,
)
from tests.utils.documents import make_pdf

pytestmark = pytest.mark.usefixtures("tesseract")

NAME, LABEL, EMAIL, PHONE = RESUME_LINES[:4]


def extract(content: bytes, settings: Settings | None = None) -> LayoutDocument:
    return LocalExtractor(settings).extract(content, sniff_bytes(content))


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def assert_contacts_recovered(document: LayoutDocument) -> None:
    texts = [line.text for line in document.lines]
    assert NAME in texts
    assert EMAIL in texts
    assert digits(PHONE) in [digits(text) for text in texts]
    assert texts.index(NAME) < texts.index(EMAIL)


@pytest.mark.parametrize(
    ("fmt", "angle", "noise"),
    [("PNG", 0.0, 0.0), ("JPEG", 1.5, 0.004), ("TIFF", -1.0, 0.002)],
    ids=["png", "jpeg-skewed-noisy", "tiff-skewed-noisy"],
)
def test_resume_image_yields_name_email_and_phone(fmt: str, angle: float, noise: float) -> None:
    image = render_resume(angle=angle, noise=noise)
    content = image_bytes(image.convert("RGB") if fmt == "JPEG" else image, fmt)
    document = extract(content)
    assert document.engine == "tesseract"
    assert_contacts_recovered(document)
    largest = max(document.lines, key=lambda line: line.font_size or 0.0)
    assert largest.text == NAME
    page = document.pages[0]
    assert page.width == pytest.approx(612, rel=0.05)  # Letter width, read from 200 dpi pixels
    for line in page.lines:
        assert 0 <= line.box.x0 < line.box.x1 <= page.width + 1
        assert 0 <= line.box.y0 < line.box.y1 <= page.height + 1


def test_structurer_reads_the_ocr_layout() -> None:
    data = LocalStructurer().structure(extract(image_bytes(render_resume(), "PNG")))
    assert data["basics"]["name"] == NAME
    assert data["basics"]["email"] == EMAIL


def test_multi_page_tiff_gives_one_page_per_frame() -> None:
    first = render_resume()
    second = render_resume(("Jane Example", "PROJECTS", "Open source maintainer of a Kafka tool"))
    content = image_bytes(first, "TIFF", save_all=True, append_images=[second])
    document = extract(content)
    assert [page.number for page in document.pages] == [1, 2]
    assert "Open source maintainer of a Kafka tool" in [ln.text for ln in document.pages[1].lines]


def test_exif_orientation_is_applied() -> None:
    # The pixels are stored on their side; the EXIF tag tells viewers to turn them upright.
    sideways = render_resume().convert("RGB").transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6
    document = extract(image_bytes(sideways, "JPEG", exif=exif.tobytes()))
    assert_contacts_recovered(document)
    assert document.pages[0].height > document.pages[0].width


@pytest.fixture
def tesseract_inputs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int, float]]:
    """Records the size and resolution of every image handed to Tesseract."""
    seen: list[tuple[int, int, float]] = []
    real = ocr.run_tesseract

    def spy(image: Image.Image, *, dpi: float, settings: Settings, deadline: float) -> str:
        seen.append((image.width, image.height, dpi))
        return real(image, dpi=dpi, settings=settings, deadline=deadline)

    monkeypatch.setattr(ocr, "run_tesseract", spy)
    return seen


@pytest.mark.parametrize(("dpi", "fmt"), [(110, "PNG"), (600, "JPEG")], ids=["110dpi", "600dpi"])
def test_scans_are_brought_to_about_300_dpi(
    dpi: int, fmt: str, tesseract_inputs: list[tuple[int, int, float]]
) -> None:
    image = render_resume(dpi=dpi)
    document = extract(image_bytes(image.convert("RGB") if fmt == "JPEG" else image, fmt))
    assert_contacts_recovered(document)
    [(width, _height, resolution)] = tesseract_inputs
    assert width == pytest.approx(8.5 * 300, rel=0.05)
    assert resolution == pytest.approx(300, rel=0.05)
    assert document.pages[0].width == pytest.approx(612, rel=0.02)


def test_two_column_scan_reads_the_sidebar_then_the_main_column() -> None:
    sidebar = ["SKILLS", "Python", "Kubernetes", "Terraform", "Grafana", "PostgreSQL", "Redis"]
    main = [
        "EXPERIENCE",
        "Lead engineer at Northwind Traders",
        "Designed the billing platform rewrite",
        "Mentored seven engineers across teams",
        "Senior engineer at Contoso Limited",
        "Migrated services onto Kubernetes",
        "Cut incident volume by forty percent",
    ]
    image = Image.new("L", (1700, 1500), 255)
    header = render_resume((NAME, EMAIL), dpi=200).crop((0, 0, 1700, 260))
    image.paste(header, (0, 0))
    left = render_resume(tuple(sidebar), dpi=200).crop((0, 60, 560, 1200))
    right = render_resume(tuple(main), dpi=200).crop((0, 60, 1100, 1200))
    image.paste(left, (0, 300))
    image.paste(right, (600, 300))
    texts = [line.text for line in extract(image_bytes(image, "PNG")).lines]
    assert texts[:2] == [NAME, EMAIL]
    assert texts.index("Redis") < texts.index("EXPERIENCE")
    assert texts.index("Python") < texts.index("Terraform") < texts.index("Redis")
    assert texts.index("EXPERIENCE") < texts.index("Cut incident volume by forty percent")


def test_scanned_pdf_is_read_through_the_pdf_path() -> None:
    content = make_scanned_pdf(render_resume(angle=0.8, noise=0.002))
    assert sniff_bytes(content) is DocumentKind.PDF
    document = extract(content)
    assert document.engine == "local-pdfium+tesseract"
    assert_contacts_recovered(document)


def test_scanner_stamp_does_not_hide_the_scan() -> None:
    content = make_scanned_pdf(render_resume(), stamp="Scanned with ExampleScan Pro 4.2")
    document = extract(content)
    assert document.engine == "local-pdfium+tesseract"
    assert_contacts_recovered(document)


def test_pdf_with_a_text_page_and_a_scanned_page_reads_both() -> None:
    text_pdf = PdfDocument(make_pdf("Jane Example", "Page one has a text layer"))
    scanned = PdfDocument(make_scanned_pdf(render_resume()))
    text_pdf.import_pages(scanned)
    buffer = io.BytesIO()
    text_pdf.save(buffer)
    document = extract(buffer.getvalue())
    assert document.engine == "local-pdfium+tesseract"
    assert [line.text for line in document.pages[0].lines][:2] == [
        "Jane Example",
        "Page one has a text layer",
    ]
    assert EMAIL in [line.text for line in document.pages[1].lines]


def test_missing_tesseract_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(PermanentError) as caught:
        extract(image_bytes(render_resume(), "PNG"))
    assert "install tesseract-ocr" in caught.value.reason


def test_ocr_over_its_time_limit_is_refused() -> None:
    settings = Settings(ocr_timeout_seconds=0.001)
    with pytest.raises(PermanentError) as caught:
        extract(image_bytes(render_resume(), "PNG"), settings)
    assert caught.value.reason.startswith("OCR took longer than 0.001s")


def test_missing_language_data_is_named() -> None:
    with pytest.raises(PermanentError) as caught:
        extract(image_bytes(render_resume(), "PNG"), Settings(ocr_language="xyz"))
    assert caught.value.reason.startswith("OCR language 'xyz' is not installed")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Jane Example jane@example.com +1 415 555 0142", 3),
        ("Lead engineer, Northwind (2019-2024).", 3),
        ("ee | ii ~~ 1l1 Ss mmm ___ ,,,", 0),
        ("Zoë Brontë Ångström", 3),
    ],
)
def test_real_words_are_told_from_ocr_noise(text: str, words: int) -> None:
    assert ocr.real_word_count(text) == words


def test_low_confidence_capitals_and_numbers_are_kept_and_specks_are_not() -> None:
    columns = "level page_num block_num par_num line_num word_num left top width height conf text"
    header = columns.replace(" ", "\t")
    rows = [
        # Letter-spaced "E X P E R I E N C E", read as one word Tesseract is unsure of.
        ("1", "EXPERTIENCE", 31.2),
        ("2", "Tidewater", 95.9),
        ("2", "Logistics", 96.8),
        # What specks and photos read as: short, mixed case or symbols, at low confidence.
        ("3", "AWE", 30.0),
        ("3", "Shed", 30.0),
        ("3", "£-O", 30.0),
        ("4", "FENCE", 20.0),
        # A phone number with odd spacing, read at no confidence, is still a number.
        ("5", "+64", 0.0),
        ("5", "216004277", 0.0),
        ("6", "7", 0.0),
    ]
    tsv = "\n".join(
        [header]
        + [
            f"5\t1\t{line}\t1\t1\t1\t10\t{10 * int(line)}\t50\t9\t{conf}\t{text}"
            for line, text, conf in rows
        ]
    )
    assert [[word.text for word in line] for line in ocr._tsv_lines(tsv)] == [
        ["EXPERTIENCE"],
        ["Tidewater", "Logistics"],
        ["+64", "216004277"],
    ]


def _tilted_line(texts: list[str], y: int, slope: float, left: int = 100) -> list[ocr.Word]:
    words, x = [], left
    for text in texts:
        width = 30 * len(text)
        bottom = round(y + slope * (x + width / 2))
        words.append(ocr.Word(text, x, bottom - 40, x + width, bottom))
        x += width + 25
    return words


def test_page_tilt_is_measured_from_its_lines_and_levelled_out() -> None:
    lines = [
        _tilted_line(["Shop", "Foreman", "Riverside", "Auto"], 300 + 80 * i, 0.04) for i in range(4)
    ]
    assert ocr.skew_slope(lines) == pytest.approx(0.04, abs=0.003)
    levelled = ocr.level_lines(lines)
    for line in levelled:
        bottoms = [word.bottom for word in line]
        assert max(bottoms) - min(bottoms) <= 2
    # A level page (or too few lines to tell) is left as it is.
    level = [_tilted_line(["Shop", "Foreman", "Riverside"], 300 + 80 * i, 0.0) for i in range(4)]
    assert ocr.level_lines(level) is level
    assert ocr.skew_slope(lines[:2]) == 0.0


def test_a_right_aligned_date_on_a_tilted_photo_stays_on_its_entry_line() -> None:
    lines = (
        "Shop Foreman, Riverside Auto Body",
        "Pittsburgh",
        "Trained six apprentices on the new press line",
        "Welder, Keystone Machining",
        "Erie",
        "Kept scrap below two percent on every run",
    )
    page = Image.new("L", (1700, 1000), 255)
    draw = ImageDraw.Draw(page)
    for index, text in enumerate(lines):
        draw.text((150, 150 + 90 * index), text, fill=0, font=font(31))
    for index in (0, 3):
        draw.text((1150, 150 + 90 * index), "2019 - 2021", fill=0, font=font(31))
    photo = page.rotate(2.5, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    texts = [line.text for line in extract(image_bytes(photo, "PNG")).lines]
    assert any(text.startswith("Shop Foreman") and text.endswith("2019 - 2021") for text in texts)
    assert "Pittsburgh" in texts


def test_uneven_light_is_evened_out_and_even_pages_are_left_alone() -> None:
    page = Image.linear_gradient("L").resize((1200, 1600)).point(lambda v: 255 - v // 2)
    ImageDraw.Draw(page).rectangle((100, 1400, 700, 1430), fill=40)  # text in the shadow
    flat = ocr.even_lighting(page)
    assert flat is not page
    paper_top, paper_bottom = flat.getpixel((600, 50)), flat.getpixel((600, 1550))
    assert isinstance(paper_top, int)
    assert isinstance(paper_bottom, int)
    assert min(paper_top, paper_bottom) >= 245  # white wherever the light fell
    ink = flat.getpixel((400, 1415))
    assert isinstance(ink, int)
    assert ink < 200  # the text in the shadow still stands out from its now white paper
    even = Image.new("L", (1200, 1600), 250)
    assert ocr.even_lighting(even) is even


def test_bilevel_scans_are_smoothed_before_ocr_and_grayscale_ones_are_not() -> None:
    page = render_resume(dpi=300)
    bilevel = page.point(lambda v: 255 if v > 128 else 0).convert("1")
    prepared, _ = ocr._prepare(bilevel, Settings(), 0)
    assert len(prepared.getcolors(256) or []) > 2
    plain, _ = ocr._prepare(page, Settings(), 0)
    assert plain.getcolors(256) == page.getcolors(256)


def test_the_accuracy_harness_counts_a_pdf_read_by_ocr_as_a_scan(tmp_path: Path) -> None:
    from resume_processor.evaluation import build_eval_engines, evaluate

    truth = json.dumps({"basics": {"name": "Jane Example"}})
    (tmp_path / "a-text.pdf").write_bytes(make_pdf(*RESUME_LINES))
    (tmp_path / "b-scan.pdf").write_bytes(make_scanned_pdf(render_resume()))
    for stem in ("a-text", "b-scan"):
        (tmp_path / f"{stem}.json").write_text(truth, encoding="utf-8")
    report = evaluate(tmp_path, build_eval_engines("local"))
    assert [doc.kind for doc in report.documents] == ["born-digital PDF", "scan"]

"""Scanned images and image-only PDF pages → layout lines, through the Tesseract CLI.

The image is checked from its header before a pixel is decoded, normalised (EXIF orientation,
grayscale, ~300 dpi) and piped to `tesseract` as PNG; the TSV it prints gives words with pixel
boxes, which become runs in points and then lines in the same reading order as PDF text.
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
import shutil
import string
import subprocess
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageFilter, JpegImagePlugin, PngImagePlugin, TiffImagePlugin

from resume_processor.config import Settings
from resume_processor.pipeline.errors import PermanentError
from resume_processor.pipeline.extract.reading_order import Run, Style, page_lines
from resume_processor.pipeline.layout import LayoutDocument, Page
from resume_processor.pipeline.sniff import DocumentKind
from resume_processor.pipeline.timing import timed

ENGINE = "tesseract"
TARGET_DPI = 300.0
# Without trustworthy metadata a scan is taken to be a Letter/A4 page across its short side.
ASSUMED_SHORT_SIDE_INCHES = 8.5
PLAUSIBLE_SHORT_SIDE_INCHES = (3.0, 17.0)
MIN_SCALE, MAX_SCALE = 0.25, 4.0
MAX_OCR_PIXELS = 36_000_000
# Fully automatic page segmentation without orientation detection: resumes are upright pages.
PAGE_SEGMENTATION_MODE = "3"
MIN_WORD_CONFIDENCE = 40.0
# Letter-spaced capitals ("E X P E R I E N C E"), a favourite of heading styles, come back
# as whole words at low confidence; a capitalised word this long is rarely a speck's reading.
MIN_CAPITALS_CONFIDENCE = 25.0
MIN_CAPITALS_LETTERS = 4
# Phone numbers with unusual spacing can come back at no confidence at all ("+64", "216004277");
# three digits or more, or a "+" and a country code, are no speck's reading: kept at any
# confidence.
NUMBER = re.compile(r"^(?:\+\d{1,3}|[+(]?\d[\d().\-/]*\d[).,]?)$")
MIN_NUMBER_DIGITS = 3
MIN_SYMBOL_CONFIDENCE = 70.0
MIN_RESUME_WORDS = 10
# Gaussian blur radius, in pixels at TARGET_DPI, for bilevel (1-bit) images.
BILEVEL_SMOOTHING = 1.5
# Paper brightness is estimated on a grid this many pixels apart (at ~300 dpi, about a letter),
# as the brightest value within PAPER_WINDOW cells: the paper between the letters.
PAPER_CELL = 16
PAPER_WINDOW = 5
# Pages whose darkest paper is at least this share of the brightest are evenly lit: left alone.
EVEN_LIGHT = 0.85
SCAN_ADVICE = "upload a clearer scan or a born-digital PDF"
TESSERACT_MISSING = (
    "OCR needs the `tesseract` program, which is not installed on this worker; install "
    "tesseract-ocr (e.g. `apt-get install tesseract-ocr`) and process the upload again"
)
LANGUAGE = re.compile(r"[A-Za-z0-9_]+(\+[A-Za-z0-9_]+)*")
LETTERS = re.compile(r"[^\W\d_]{3,}")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
# Letters that rise above the x-height or drop below the baseline, for the type size estimate.
TALL = frozenset("bdfhklt!?/\\'\"()[]{}|#%&@$")
DEEP = frozenset("gjpqy,;()[]{}|")
WORD_EDGES = string.punctuation + "\u2022\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u00ab\u00bb"

# Skew is measured on lines of at least this many words, spread over this many letter
# heights, and on at least this many lines; below MIN_SKEW_SLOPE (0.1°) the page is level.
MIN_SLOPE_WORDS = 3
MIN_SLOPE_SPAN = 4.0
MIN_SLOPE_LINES = 3
MIN_SKEW_SLOPE = 0.002

EXIF_ORIENTATION = 0x0112
# What PIL.ImageOps.exif_transpose does for each EXIF orientation, applied to the grayscale copy.
UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_IMAGE_CLASSES: dict[DocumentKind, type[Image.Image]] = {
    DocumentKind.PNG: PngImagePlugin.PngImageFile,
    DocumentKind.JPEG: JpegImagePlugin.JpegImageFile,
    DocumentKind.TIFF: TiffImagePlugin.TiffImageFile,
}
# Anything Pillow raises on a truncated or malformed file.
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, KeyError)


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    left: int
    top: int
    right: int
    bottom: int


def extract_image(content: bytes, kind: DocumentKind, settings: Settings) -> LayoutDocument:
    """OCR a PNG, JPEG or (multi-page) TIFF; refuse huge, unreadable and text-free images."""
    image = _open_image(content, kind)
    frames = int(getattr(image, "n_frames", 1))
    if frames > settings.max_pdf_pages:
        raise PermanentError(
            f"the image has {frames} pages, more than the {settings.max_pdf_pages} a resume "
            "may have; upload the resume on its own"
        )
    deadline = time.monotonic() + settings.ocr_timeout_seconds
    pages: list[Page] = []
    for index in range(frames):
        try:
            image.seek(index)
        except _DECODE_ERRORS as exc:
            raise PermanentError(_corrupt(index)) from exc
        _check_pixels(image.size, settings)
        prepared, dpi = _prepare(image, settings, index)
        page = read_image(prepared, dpi=dpi, settings=settings, deadline=deadline)
        page.number = index + 1
        pages.append(page)
    check_readable([line.text for page in pages for line in page.lines], "image")
    return LayoutDocument(pages=pages, engine=ENGINE)


def read_image(image: Image.Image, *, dpi: float, settings: Settings, deadline: float) -> Page:
    """OCR one prepared grayscale image whose resolution is `dpi`; boxes come back in points."""
    with timed("ocr"):
        tsv = run_tesseract(even_lighting(image), dpi=dpi, settings=settings, deadline=deadline)
    points = 72.0 / dpi
    lines = level_lines(list(_tsv_lines(tsv)))
    runs = [run for line in lines for run in _runs(line, points)]
    width, height = image.width * points, image.height * points
    return Page(number=1, width=width, height=height, lines=page_lines(runs, width))


def even_lighting(gray: Image.Image) -> Image.Image:
    """White paper where the light on it varies (phone photos, shadows, grey panels).

    Tesseract binarises with one threshold per region; a shadow across a page or text on a
    shaded sidebar loses words to it. Measuring each pixel's darkness against a blurred
    estimate of the bare paper around it, rather than against white, evens the page out.
    """
    if min(gray.size) < PAPER_CELL * PAPER_WINDOW * 2:
        return gray
    paper = gray.reduce(PAPER_CELL).filter(ImageFilter.MaxFilter(PAPER_WINDOW))
    low, high = (float(value) for value in paper.getextrema() if isinstance(value, int | float))
    if high <= 0 or low >= EVEN_LIGHT * high:
        return gray
    paper = paper.filter(ImageFilter.GaussianBlur(2)).resize(gray.size, Image.Resampling.BILINEAR)
    return ImageChops.invert(ImageChops.subtract(paper, gray))


def run_tesseract(image: Image.Image, *, dpi: float, settings: Settings, deadline: float) -> str:
    executable = shutil.which("tesseract")
    if executable is None:
        raise PermanentError(TESSERACT_MISSING)
    if not LANGUAGE.fullmatch(settings.ocr_language):
        raise PermanentError(f"OCR_LANGUAGE={settings.ocr_language!r} is not a Tesseract language")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    command = [executable, "stdin", "stdout", "-l", settings.ocr_language]
    command += ["--psm", PAGE_SEGMENTATION_MODE, "--dpi", str(round(dpi)), "tsv"]
    # One worker process is one core: Tesseract's OpenMP threads would fight its neighbours.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    too_slow = (
        f"OCR took longer than {settings.ocr_timeout_seconds:g}s; upload a smaller or clearer "
        "scan, or a born-digital PDF"
    )
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise PermanentError(too_slow)
    try:
        result = subprocess.run(
            command, input=buffer.getvalue(), capture_output=True, timeout=remaining, env=env
        )
    except subprocess.TimeoutExpired as exc:
        raise PermanentError(too_slow) from exc
    except FileNotFoundError as exc:
        raise PermanentError(TESSERACT_MISSING) from exc
    if result.returncode != 0:
        raise PermanentError(_tesseract_failure(result.stderr.decode("utf-8", "replace"), settings))
    return result.stdout.decode("utf-8", "replace")


def check_readable(texts: list[str], what: str) -> None:
    """Refuse OCR output with no text, or too few real words to be a resume."""
    words = sum(real_word_count(text) for text in texts)
    if words == 0:
        raise PermanentError(f"no text was found in the {what}; {SCAN_ADVICE}")
    if words < MIN_RESUME_WORDS:
        raise PermanentError(
            f"the {what} does not look like a resume: OCR could read only {words} words in it; "
            f"{SCAN_ADVICE}"
        )


def real_word_count(text: str) -> int:
    return sum(_is_real_word(token) for token in text.split())


def _is_real_word(token: str) -> bool:
    """An email, or three or more letters that (in Latin script) hold a vowel: not OCR noise."""
    core = token.strip(WORD_EDGES)
    if EMAIL.fullmatch(core):
        return True
    if not LETTERS.fullmatch(core):
        return False
    plain = "".join(
        ch for ch in unicodedata.normalize("NFD", core.lower()) if not unicodedata.combining(ch)
    )
    if not plain.isascii():
        return True
    return len(set(plain)) > 1 and any(vowel in plain for vowel in "aeiouy")


def _open_image(content: bytes, kind: DocumentKind) -> Image.Image:
    # The plugin class reads only the header; Image.open would also apply Pillow's global
    # bomb check and fail with its own message before ours.
    image_class = _IMAGE_CLASSES.get(kind)
    if image_class is None:
        raise PermanentError(f"documents of kind {kind} are not images")
    try:
        return image_class(io.BytesIO(content))  # type: ignore[call-arg]
    except (*_DECODE_ERRORS, Image.DecompressionBombError) as exc:
        raise PermanentError(_corrupt(0)) from exc


def _corrupt(index: int) -> str:
    where = f"page {index + 1} of the image" if index else "the image"
    return f"{where} is corrupt or truncated and cannot be read; export it again and re-upload"


def _check_pixels(size: tuple[int, int], settings: Settings) -> None:
    width, height = size
    if width * height > settings.max_image_pixels:
        raise PermanentError(
            f"the image is {width}\u00d7{height} pixels, more than the "
            f"{settings.max_image_pixels / 1e6:g} million pixels allowed; upload a smaller scan"
        )
    if width < 1 or height < 1:
        raise PermanentError(_corrupt(0))


def _source_dpi(image: Image.Image) -> float:
    """The scan's resolution: its metadata when plausible for a page, else a Letter-width guess."""
    short_side = min(image.size)
    dpi = image.info.get("dpi")
    if isinstance(dpi, tuple) and dpi and isinstance(dpi[0], int | float) and dpi[0] > 0:
        inches = short_side / float(dpi[0])
        # Phone photos and screenshots often claim 72 dpi; a 40-inch "page" gives that away.
        if PLAUSIBLE_SHORT_SIDE_INCHES[0] <= inches <= PLAUSIBLE_SHORT_SIDE_INCHES[1]:
            return float(dpi[0])
    return short_side / ASSUMED_SHORT_SIDE_INCHES


def _prepare(image: Image.Image, settings: Settings, index: int) -> tuple[Image.Image, float]:
    """Grayscale, ~300 dpi, upright; returns the image and its resolution in dots per inch."""
    source_dpi = _source_dpi(image)
    scale = min(max(TARGET_DPI / source_dpi, MIN_SCALE), MAX_SCALE)
    limit = min(settings.max_image_pixels, MAX_OCR_PIXELS)
    scale = min(scale, math.sqrt(limit / (image.width * image.height)))
    if 0.9 <= scale <= 1.1:
        scale = 1.0
    width, height = round(image.width * scale), round(image.height * scale)
    try:
        orientation = image.getexif().get(EXIF_ORIENTATION, 1)
        if isinstance(image, JpegImagePlugin.JpegImageFile) and scale < 1.0:
            # JPEG decodes at 1/2, 1/4 or 1/8 size directly: less memory and time for big photos.
            image.draft("L", (width, height))
        gray = _grayscale(image)
    except (*_DECODE_ERRORS, Image.DecompressionBombError) as exc:
        raise PermanentError(_corrupt(index)) from exc
    if gray.size != (width, height):
        gray = gray.resize((width, height), Image.Resampling.LANCZOS)
    if image.mode == "1":
        # Black-and-white faxes and scans have stair-stepped edges that Tesseract misreads
        # ("2016" as "7016"); smoothing them gives it the grey edges of a grayscale scan.
        radius = BILEVEL_SMOOTHING * source_dpi * scale / TARGET_DPI
        gray = gray.filter(ImageFilter.GaussianBlur(radius))
    # Turned after the grayscale conversion: one byte a pixel to copy instead of three or four.
    turn = UPRIGHT.get(orientation)
    if turn is not None:
        gray = gray.transpose(turn)
    return gray, source_dpi * scale


def _grayscale(image: Image.Image) -> Image.Image:
    if image.mode in {"RGBA", "LA", "PA"} or (image.mode == "P" and "transparency" in image.info):
        # Transparent pixels are usually black underneath: put the scan on white paper first.
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, "white")
        paper.alpha_composite(rgba)
        return paper.convert("L")
    if image.mode.startswith("I") or image.mode == "F":
        # 16-bit and float scans: stretch their range onto 0-255 rather than clip it.
        floats = image.convert("F")
        low, high = (
            float(value) for value in floats.getextrema() if isinstance(value, int | float)
        )
        factor = 255.0 / max(high - low, 1.0)
        return floats.point(lambda v: (v - low) * factor).convert("L")
    return image.convert("L")


def _tesseract_failure(stderr: str, settings: Settings) -> str:
    if "Failed loading language" in stderr or "Error opening data file" in stderr:
        return (
            f"OCR language {settings.ocr_language!r} is not installed; install its "
            f"tesseract-ocr-{settings.ocr_language} data or change OCR_LANGUAGE"
        )
    detail = next((ln for ln in reversed(stderr.splitlines()) if ln.strip()), "no details")
    return f"OCR failed on this image ({detail.strip()[:200]}); {SCAN_ADVICE}"


def _tsv_lines(tsv: str) -> Iterator[list[Word]]:
    """Tesseract's confident words, grouped by its block, paragraph and line numbers."""
    lines: dict[tuple[str, str, str], list[Word]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        try:
            confidence = float(row["conf"])
            left, top = int(row["left"]), int(row["top"])
            width, height = int(row["width"]), int(row["height"])
        except (KeyError, TypeError, ValueError):
            continue
        # Low-confidence words and lone symbols are what specks, photos and rules OCR to.
        if confidence < MIN_WORD_CONFIDENCE and not (
            (confidence >= MIN_CAPITALS_CONFIDENCE and _capitals_word(text)) or _number_word(text)
        ):
            continue
        if not any(ch.isalnum() for ch in text) and confidence < MIN_SYMBOL_CONFIDENCE:
            continue
        key = (row["block_num"], row["par_num"], row["line_num"])
        lines.setdefault(key, []).append(Word(text, left, top, left + width, top + height))
    yield from lines.values()


def _number_word(text: str) -> bool:
    if NUMBER.match(text) is None:
        return False
    return text.startswith("+") or sum(ch.isdigit() for ch in text) >= MIN_NUMBER_DIGITS


def _capitals_word(text: str) -> bool:
    word = text.strip(WORD_EDGES)
    return len(word) >= MIN_CAPITALS_LETTERS and word.isalpha() and word.isupper()


def skew_slope(lines: list[list[Word]]) -> float:
    """The page's tilt as a slope (pixels down per pixel across): the median of its lines'.

    Tesseract follows a tilted line when it reads it, but a date right-aligned on that line
    comes back as a line of its own, a little higher or lower: without levelling it lands
    beside the wrong entry.
    """
    slopes: list[float] = []
    for line in lines:
        # Descenders would drag a word's bottom below the baseline.
        flat = [word for word in line if not any(ch in DEEP for ch in word.text)]
        if len(flat) < MIN_SLOPE_WORDS:
            continue
        xs = [(word.left + word.right) / 2 for word in flat]
        ys = [float(word.bottom) for word in flat]
        mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
        spread = sum((x - mean_x) ** 2 for x in xs)
        height = max(word.bottom - word.top for word in flat)
        if spread <= (MIN_SLOPE_SPAN * height) ** 2:
            continue
        slopes.append(
            sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
        )
    if len(slopes) < MIN_SLOPE_LINES:
        return 0.0
    slopes.sort()
    return slopes[len(slopes) // 2]


def level_lines(lines: list[list[Word]]) -> list[list[Word]]:
    """Word boxes moved as if the page were level: each shifted up or down by its tilt."""
    slope = skew_slope(lines)
    if abs(slope) < MIN_SKEW_SLOPE:
        return lines
    return [
        [
            Word(
                word.text,
                word.left,
                round(word.top - slope * (word.left + word.right) / 2),
                word.right,
                round(word.bottom - slope * (word.left + word.right) / 2),
            )
            for word in line
        ]
        for line in lines
    ]


def _runs(words: list[Word], points: float) -> Iterator[Run]:
    """Split one Tesseract line at wide gaps (columns, right-aligned dates) into runs."""
    words = sorted(words, key=lambda w: w.left)
    height = max(word.bottom - word.top for word in words)
    group: list[Word] = []
    for word in words:
        if group and word.left - group[-1].right > 2.0 * height:
            yield _run(group, points)
            group = []
        group.append(word)
    if group:
        yield _run(group, points)


def _run(words: list[Word], points: float) -> Run:
    top = min(word.top for word in words) * points
    bottom = max(word.bottom for word in words) * points
    ems = sorted((word.bottom - word.top) * points / _em_share(word.text) for word in words)
    size = round(ems[len(ems) // 2] * 2) / 2
    chars = sum(len(word.text) for word in words)
    return Run(
        text=" ".join(word.text for word in words),
        x0=words[0].left * points,
        top=top,
        x1=max(word.right for word in words) * points,
        bottom=bottom,
        baseline=bottom,
        size=size,
        chars=chars,
        styles=[Style(size=size, bold=None, chars=chars)],
    )


def _em_share(text: str) -> float:
    """How much of an em a word's box spans: "noon" is x-height, "Typing" nearly a full em."""
    tall = any(ch.isupper() or ch.isdigit() or ch in TALL for ch in text)
    deep = any(ch in DEEP for ch in text)
    if tall:
        return 0.95 if deep else 0.72
    return 0.73 if deep else 0.52

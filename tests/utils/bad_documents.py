"""Builders for scans and hostile documents: rendered resume images, image-only PDFs, bombs."""

from __future__ import annotations

import io
import random
import struct
import zlib
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
RESUME_LINES = (
    "Jane Example",
    "Senior Data Engineer",
    "jane.example@example.com",
    "+1 415 555 0142",
    "San Francisco, California",
    "",
    "EXPERIENCE",
    "Acme Analytics - Lead Data Engineer, 2019 - 2024",
    "Built streaming pipelines that process billions of events every day.",
    "Reduced warehouse costs by moving nightly batches to incremental loads.",
    "",
    "EDUCATION",
    "University of Washington - Computer Science, 2012 - 2016",
    "",
    "SKILLS",
    "Python, SQL, Spark, Kafka, Airflow, Kubernetes",
)


def font(size: int, *, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = DEJAVU / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    if path.is_file():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def render_resume(
    lines: tuple[str, ...] = RESUME_LINES,
    *,
    dpi: int = 200,
    angle: float = 0.0,
    noise: float = 0.0,
    seed: int = 7,
) -> Image.Image:
    """A Letter-width page of `lines` at `dpi` (11 pt body, 20 pt name), maybe skewed and noisy."""
    width, height = int(8.5 * dpi), int(11 * dpi) // 2 + len(lines) * dpi // 5
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    top = dpi // 2
    for index, text in enumerate(lines):
        size_pt = 20 if index == 0 else 11
        face = font(round(size_pt * dpi / 72), bold=index == 0 or text.isupper())
        draw.text((dpi * 3 // 4, top), text, fill=0, font=face)
        top += round(size_pt * 1.6 * dpi / 72)
    if angle:
        page = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    if noise:
        page = add_noise(page, noise, seed)
    return page


def add_noise(image: Image.Image, amount: float, seed: int) -> Image.Image:
    """Salt-and-pepper specks on `amount` of the pixels, then a slight blur, like a cheap scan."""
    rng = random.Random(seed)
    pixels = image.load()
    assert pixels is not None
    for _ in range(int(image.width * image.height * amount)):
        x, y = rng.randrange(image.width), rng.randrange(image.height)
        pixels[x, y] = rng.choice((0, 255))
    return image.filter(ImageFilter.GaussianBlur(0.6))


def image_bytes(image: Image.Image, fmt: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **params)
    return buffer.getvalue()


def make_scanned_pdf(*images: Image.Image, dpi: int = 200, stamp: str | None = None) -> bytes:
    """An image-only PDF, one page per image, as a scanner writes it; `stamp` adds a text line."""
    pdf = FPDF(unit="pt")
    pdf.set_font("Helvetica", size=7)
    for image in images:
        width, height = image.width * 72 / dpi, image.height * 72 / dpi
        pdf.add_page(format=(width, height))
        pdf.image(image, x=0, y=0, w=width, h=height)
        if stamp:
            pdf.text(10, height - 10, stamp)
    return bytes(pdf.output())


def make_pattern_image(width: int = 1600, height: int = 1200, seed: int = 3) -> Image.Image:
    """Something that is not a resume: overlapping coloured shapes, like a photo or a logo."""
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height), (rng.randrange(256), 200, 160))
    draw = ImageDraw.Draw(image)
    for _ in range(60):
        x, y = rng.randrange(width), rng.randrange(height)
        radius = rng.randrange(20, 250)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
    for x in range(0, width, 40):
        draw.line((x, 0, width - x, height), fill=(30, 30, 30), width=3)
    return image.filter(ImageFilter.GaussianBlur(2))


def make_blank_scan(width: int = 1700, height: int = 2200, seed: int = 5) -> Image.Image:
    """A scanned empty page: paper grain and a few specks, no text."""
    return add_noise(Image.new("L", (width, height), 245), 0.0005, seed)


def make_huge_png(width: int = 20_000, height: int = 20_000) -> bytes:
    """A valid 1-bit PNG of `width` by `height` white pixels, built row by row in bounded memory."""
    row = b"\x00" + b"\xff" * ((width + 7) // 8)
    compressor = zlib.compressobj(9)
    chunks = [compressor.compress(row * 500) for _ in range(height // 500)]
    chunks += [compressor.compress(row * (height % 500)), compressor.flush()]
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", b"".join(chunks))
        + (_chunk(b"IEND", b""))
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def make_huge_jpeg(width: int = 20_000, height: int = 20_000) -> bytes:
    """A small JPEG whose frame header claims `width` by `height`: only the header is honest."""
    content = bytearray(image_bytes(Image.new("L", (16, 16), 255), "JPEG"))
    frame = content.index(b"\xff\xc0")
    # SOF0: marker, length (2), precision (1), then height and width (2 bytes each).
    content[frame + 5 : frame + 9] = struct.pack(">HH", height, width)
    return bytes(content)


def make_truncated_png() -> bytes:
    """A real PNG cut off halfway through its pixel data."""
    content = image_bytes(render_resume(("Jane Example",), dpi=100), "PNG")
    return content[: len(content) // 2]


def make_many_page_tiff(pages: int) -> bytes:
    """A TIFF with `pages` tiny blank frames, like a fax of a whole file."""
    frames = [Image.new("L", (32, 32), 255) for _ in range(pages)]
    return image_bytes(frames[0], "TIFF", save_all=True, append_images=frames[1:])


def make_sign_photo() -> Image.Image:
    """A photo of a shop sign: a few real words on a busy background, not a resume."""
    image = make_pattern_image(1600, 1200, seed=11).convert("L")
    draw = ImageDraw.Draw(image)
    draw.rectangle((300, 400, 1300, 760), fill=255)
    draw.text((360, 430), "OPEN DAILY", fill=0, font=font(120, bold=True))
    draw.text((360, 600), "Fresh bread", fill=0, font=font(100))
    return image

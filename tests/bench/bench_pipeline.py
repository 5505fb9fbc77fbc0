"""Resumes per second per core through the local pipeline, next to bare pdfium text extraction.

Run: .venv/bin/python tests/bench/bench_pipeline.py [--resumes N] [--rounds R]  (also `make
bench`). Generates N x R varied two-page born-digital resumes with fpdf2 (all distinct, so no
cache in the pipeline ever sees a document twice, as in production), then in one process (one
core: math libraries are held to one thread) times, on the same files in the same run:
  bare      pypdfium2 `get_text_range()` of every page: the floor any extractor pays
  pipeline  `run_pipeline` with `build_engines(Settings())`, split by stage
A missed target still exits 0 (this is a report); errors exit non-zero.
"""

from __future__ import annotations

import os

# Held to one thread before numpy/torch load, so the embed stage measures one core too.
for _variable in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import argparse  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402

import pypdfium2 as pdfium  # noqa: E402
from fpdf import FPDF  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from resume_processor.config import Settings  # noqa: E402
from resume_processor.pipeline.run import build_engines, run_pipeline  # noqa: E402
from resume_processor.pipeline.sniff import DocumentKind  # noqa: E402


def words(text: str) -> list[str]:
    return text.split()


TARGET_RATE = 10.0  # resumes per second per core, without the embedding
TARGET_RATIO = 5.0  # pipeline without embedding, as a multiple of bare extraction
STAGES = ("extract", "structure", "embed")
FIRST = words("Amara Bruno Chen Dmitri Elena Farah Gustavo Hana Ivan Julia Kwame Lena Mateo Nadia")
LAST = words("Okafor Rossi Wang Petrov Garcia Haddad Silva Tanaka Novak Schmidt Mensah Berg")
ROLES = ["Data Engineer", "Backend Developer", "Product Designer", "ML Engineer", "SRE"]
COMPANIES = ["Northwind", "Contoso", "Globex", "Initech", "Umbrella Labs", "Hooli", "Vandelay"]
SCHOOLS = ["University of Toronto", "TU Munich", "Universidad de Chile", "KTH Stockholm"]
SKILLS = words("Python Go Rust SQL Kafka Spark Airflow Kubernetes Terraform AWS GCP React Figma")
VERBS = words("Built Led Designed Migrated Automated Reduced Scaled Shipped Mentored Rewrote")
OBJECTS = [
    "the event ingestion pipeline serving forty teams",
    "a billing service handling two million invoices a month",
    "nightly batch jobs into incremental streaming loads",
    "the on-call rotation and its incident runbooks",
    "a design system used across three product lines",
    "model training on spot instances at a third of the cost",
]
FONTS = ("Helvetica", "Times", "Courier")
STYLES = ("single", "sidebar", "band")
stderr = Console(stderr=True)


@dataclass(slots=True)
class Resume:
    name: str
    content: bytes
    pages: int


@dataclass(slots=True)
class Timings:
    bare: float = 0.0
    stages: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))
    names_found: int = 0


def make_resume(index: int, rng: random.Random) -> Resume:
    """One resume: a random font and layout, enough jobs and bullets to fill two pages."""
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    style, family = STYLES[index % len(STYLES)], FONTS[index % len(FONTS)]
    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(True, margin=50)
    pdf.add_page()
    body_x, body_w = 50.0, 495.0
    if style == "band":
        pdf.set_fill_color(30, 60, 110)
        pdf.rect(0, 0, 595, 110, style="F")
        pdf.set_text_color(255, 255, 255)
    pdf.set_font(family, "B", 24)
    pdf.set_xy(50, 40)
    pdf.cell(0, 28, name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 10)
    email = name.lower().replace(" ", ".") + "@example.com"
    phone = f"+1 {rng.randint(200, 989)} 555 {rng.randint(1000, 9999)}"
    pdf.set_x(50)
    pdf.cell(0, 14, f"{rng.choice(ROLES)} | {email} | {phone}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    top = 130.0
    if style == "sidebar":
        # Skills in a left column beside the experience, as two-column templates do.
        pdf.set_xy(50, top)
        pdf.set_font(family, "B", 13)
        pdf.cell(140, 18, "Skills", new_x="LEFT", new_y="NEXT")
        pdf.set_font(family, "", 10)
        for skill in rng.sample(SKILLS, 9):
            pdf.cell(140, 14, skill, new_x="LEFT", new_y="NEXT")
        body_x, body_w = 210.0, 335.0
    pdf.set_left_margin(body_x)
    pdf.set_xy(body_x, top)
    section(pdf, family, "Experience")
    for _ in range(rng.randint(5, 7)):
        company, start = rng.choice(COMPANIES), rng.randint(2005, 2020)
        pdf.set_font(family, "B", 11)
        pdf.cell(body_w - 90, 16, f"{rng.choice(ROLES)}, {company}")
        pdf.set_font(family, "", 10)
        pdf.cell(90, 16, f"{start} - {start + rng.randint(1, 4)}", align="R")
        pdf.ln(16)
        for _ in range(rng.randint(3, 5)):
            bullet = f"- {rng.choice(VERBS)} {rng.choice(OBJECTS)}; {rng.choice(OBJECTS)}."
            pdf.multi_cell(body_w, 13, bullet, new_x="LMARGIN", new_y="NEXT")
    section(pdf, family, "Education")
    for school in rng.sample(SCHOOLS, 2):
        pdf.set_font(family, "", 10)
        pdf.cell(body_w, 14, f"BSc Computer Science, {school}", new_x="LMARGIN", new_y="NEXT")
    if style != "sidebar":
        section(pdf, family, "Skills")
        pdf.multi_cell(body_w, 13, ", ".join(rng.sample(SKILLS, 10)))
    while pdf.page_no() < 2:
        pdf.multi_cell(body_w, 13, f"- {rng.choice(VERBS)} {rng.choice(OBJECTS)}.")
    return Resume(name=name, content=bytes(pdf.output()), pages=pdf.page_no())


def section(pdf: FPDF, family: str, title: str) -> None:
    pdf.ln(8)
    pdf.set_font(family, "B", 13)
    pdf.cell(0, 18, title, new_x="LMARGIN", new_y="NEXT")


def bare_extract(content: bytes) -> int:
    document = pdfium.PdfDocument(content)
    try:
        chars = 0
        for page in document:
            textpage = page.get_textpage()
            chars += len(textpage.get_text_range())
            textpage.close()
            page.close()
        return chars
    finally:
        document.close()


def measure(warmup: list[Resume], resumes: list[Resume]) -> Timings:
    engines = build_engines(Settings())
    for resume in warmup:  # imports, the embedding model, pdfium's font caches
        bare_extract(resume.content)
        run_pipeline(resume.content, DocumentKind.PDF, engines)
    timings = Timings()
    for resume in resumes:
        started = time.perf_counter()
        bare_extract(resume.content)
        timings.bare += time.perf_counter() - started
        result = run_pipeline(resume.content, DocumentKind.PDF, engines)
        for stage in STAGES:
            timings.stages[stage] += result.stage_seconds.get(stage, 0.0)
        found = result.extracted_data.get("basics", {}).get("name") == resume.name
        timings.names_found += found
    return timings


def report(resumes: list[Resume], rounds: int, timings: Timings) -> None:
    runs = len(resumes)
    stages = timings.stages
    no_embed = stages["extract"] + stages["structure"]
    total = no_embed + stages["embed"]
    table = Table(title=f"{runs} distinct two-page resumes ({rounds} rounds), one process")
    for column in ("step", "ms / resume", "x bare", "resumes / s / core"):
        table.add_column(column, justify="right" if column != "step" else "left")
    rows = [("bare get_text_range", timings.bare)]
    rows += [(f"  {stage}", stages[stage]) for stage in STAGES]
    rows += [("pipeline without embed", no_embed), ("pipeline with embed", total)]
    for label, seconds in rows:
        table.add_row(
            label,
            f"{seconds / runs * 1000:.2f}",
            f"{seconds / timings.bare:.2f}",
            f"{runs / seconds:.1f}" if seconds else "-",
        )
    Console().print(table)
    targets = Table(title="targets")
    for column in ("target", "measured", "goal", "result"):
        targets.add_column(column)
    rate, ratio = runs / no_embed, no_embed / timings.bare
    rate_ok, ratio_ok = rate >= TARGET_RATE, ratio <= TARGET_RATIO
    rate_row = ("resumes / s / core without embed", f"{rate:.1f}", f">= {TARGET_RATE:g}")
    ratio_row = ("pipeline without embed vs bare", f"{ratio:.2f}x", f"<= {TARGET_RATIO:g}x")
    targets.add_row(*rate_row, "PASS" if rate_ok else "MISS")
    targets.add_row(*ratio_row, "PASS" if ratio_ok else "MISS")
    Console().print(targets)
    print(f"names structured correctly: {timings.names_found}/{runs}")
    print(f"pages per resume: {sorted({resume.pages for resume in resumes})}")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--resumes", type=int, default=20, help="resumes per round")
    parser.add_argument("--rounds", type=int, default=5, help="rounds (every resume distinct)")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the generated text")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    count = args.resumes * args.rounds
    stderr.print(f"generating {count} + 3 resumes")
    resumes = [make_resume(index, rng) for index in range(count + 3)]
    stderr.print("measuring (the first runs load the embedding model)")
    report(resumes[3:], args.rounds, measure(resumes[:3], resumes[3:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

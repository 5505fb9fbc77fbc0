"""Second held-out round ("holdout-2"): layouts and vocabulary the parser was never tuned on.

Written before the parser was generalised, so its first score on them is an honest held-out
figure. Each style differs the way real resumes differ, not only in punctuation:

* ``pdf-datecol`` — a narrow left column of dates (often wrapped onto two lines) beside each
  entry; Title Case headings in colour; position or company first; "▪" / en-dash bullets.
* ``pdf-inline-prose`` — "Senior Engineer at Acme (2018-2021), Berlin" followed by a prose
  paragraph, no bullets; headings in Title Case ending with a colon; labelled contacts.
* ``docx-headings`` — Word Heading styles, "Acme Corp — Senior Engineer" then
  "Jan 2019 to Mar 2021 · Remote", highlights as Word list paragraphs (no bullet glyph).

People come from their own random stream and get employers, titles, schools and degrees from
pools disjoint from `people.py`'s, so the vocabulary is new too.
"""

from __future__ import annotations

import io
import random
from dataclasses import replace
from typing import Any

from tests.eval.people import Job, Person, School
from tests.eval.render import (
    FIXED_DATE,
    FONTS,
    Style,
    contacts,
    fmt_month,
    normalise_zip,
)

HOLDOUT_TAG = "holdout-2"
COMPANIES = (
    "Zalando",
    "Bramble & Finch",
    "Northwind Traders",
    "Kitewire",
    "Mosaic Health Partners",
    "Vantage Point Advisory",
    "Helix Biotech AB",
    "Crescent Retail LLC",
    "Oakridge Hospital",
    "St. Mary's Primary School",
    "Blue Harbor Hotels",
    "Quantix",
    "Fennec Mobility",
    "Riverstone Council",
    "Sundial Architects",
    "Tallis & Rowe LLP",
    "Greenline Transit Authority",
    "Pixelfort",
    "Marlowe Publishing Corp",
    "Aurora Dairy Co-op",
)
POSITIONS = (
    "Senior Software Engineer",
    "Solutions Engineer",
    "Registered Nurse",
    "Paralegal",
    "Sous Chef",
    "Sales Associate",
    "Pharmacist",
    "Teaching Assistant",
    "Copywriter",
    "Quantitative Analyst",
    "Customer Success Manager",
    "Mechanical Engineer",
    "Research Assistant",
    "Store Manager",
    "Head of Growth",
    "Product Owner",
    "Data Engineer",
    "Architectural Assistant",
)
SCHOOLS = (
    "McGill University",
    "London School of Economics",
    "Georgia Institute of Technology",
    "Sciences Po",
    "Universidade de Lisboa",
    "Imperial College London",
    "ETH Zürich",
    "Hochschule München",
    "University of Cape Town",
    "Seoul National University",
    "INSEAD",
    "Westfield Community College",
)
DEGREES = (
    ("MBA", "Business Administration"),
    ("Diploma", "Culinary Arts"),
    ("B.A.", "English Literature"),
    ("Bachelor of Arts", "Economics"),
    ("Master of Engineering", "Mechanical Engineering"),
    ("Ph.D.", "Molecular Biology"),
    ("BBA", "Marketing"),
    ("M.Sc.", "Computer Science"),
    ("BSc", "Nursing"),
    ("LL.B.", "Law"),
    ("MA", "Education"),
)
HEADINGS = {
    "summary": ("Profile", "About", "Summary"),
    "work": ("Work History", "Experience", "Employment", "Professional Experience"),
    "education": ("Education", "Education & Training", "Qualifications"),
    "skills": ("Skills", "Skills & Tools", "Key Skills"),
    "languages": ("Languages",),
    "certificates": ("Certifications", "Licences"),
}
STYLES = {
    s.name: s
    for s in (
        Style(
            "pdf-datecol",
            "pdf",
            "datecol",
            heading_case="title",
            choices=(
                ("date_format", ("mon", "mm/yyyy", "month", "year")),
                ("joiner", (" \u2013 ", " - ", " to ")),
                ("entry_form", ("position_first", "company_first")),
                ("bullet", ("\u25aa", "\u2013", "*")),
                ("present", ("Present", "Today", "Current")),
            ),
        ),
        Style(
            "pdf-inline-prose",
            "pdf",
            "prose",
            heading_case="title",
            colon=True,
            font="DejaVuSerif",
            choices=(
                ("date_format", ("year", "mon", "year")),
                ("joiner", ("\u2013", " \u2013 ", "-")),
                ("present", ("present", "now")),
            ),
        ),
        Style(
            "docx-headings",
            "docx",
            "headings",
            heading_case="title",
            joiner=" to ",
            choices=(
                ("date_format", ("mon", "month", "mm/yyyy")),
                ("entry_form", ("company_dash_position", "company_dash_position", "mixed")),
                ("present", ("Present", "Current")),
            ),
        ),
    )
}
PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-datecol", 3),
    ("pdf-inline-prose", 3),
    ("docx-headings", 3),
)


def remix(person: Person, rng: random.Random) -> Person:
    """The same person with employers, titles, schools and degrees from the new pools."""
    companies = rng.sample(COMPANIES, len(person.jobs))
    jobs = [
        replace(job, company=company, position=rng.choice(POSITIONS))
        for job, company in zip(person.jobs, companies, strict=True)
    ]
    schools = []
    for school in person.schools:
        study, area = rng.choice(DEGREES)
        schools.append(replace(school, institution=rng.choice(SCHOOLS), study=study, area=area))
    # Projects are not rendered in these layouts, so they are not in the truth either.
    summary = person.summary.replace(person.jobs[0].position, jobs[0].position, 1)
    return replace(
        person, jobs=jobs, schools=schools, label=jobs[0].position, summary=summary, projects=[]
    )


def date_range(start: tuple[int, int], end: tuple[int, int] | None, style: Style) -> str:
    return (
        fmt_month(start, style) + style.joiner + (fmt_month(end, style) if end else style.present)
    )


def _degree(school: School) -> str:
    return (
        f"{school.study} in {school.area}"
        if len(school.study) > 5
        else f"{school.study} {school.area}"
    )


def _paragraph(job: Job) -> str:
    return " ".join(job.highlights)


def render(person: Person, style: Style) -> tuple[bytes, str]:
    rng = random.Random(f"{person.name}/{style.name}")
    titles = {kind: rng.choice(names) for kind, names in HEADINGS.items()}
    if style.medium == "docx":
        return _docx(person, style, titles, rng), "docx"
    return _pdf(person, style, titles, rng), "pdf"


def _skill_lines(person: Person) -> list[str]:
    if person.flat_skills:
        return [", ".join(kw for kws in person.skills.values() for kw in kws)]
    return [f"{cat}: {', '.join(kws)}" for cat, kws in person.skills.items()]


def _extras(person: Person, style: Style) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    if person.certificates:
        certs = [f"{n} ({i}, {fmt_month(d, style)})" for n, i, d in person.certificates]
        out.append(("certificates", certs))
    if person.languages:
        out.append(("languages", [", ".join(f"{lang} ({f})" for lang, f in person.languages)]))
    return out


# --------------------------------------------------------------------------------------- PDF


def _new_pdf(font: str) -> Any:
    from fpdf import FPDF

    pdf = FPDF(format="Letter", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(auto=True, margin=16)
    italic = "-Italic" if font.startswith("DejaVuSerif") else "-Oblique"
    for suffix, variant in (("", ""), ("-Bold", "B"), (italic, "I")):
        pdf.add_font(font, variant, str(FONTS / f"{font}{suffix}.ttf"))
    pdf.add_page()
    return pdf


def _pdf(person: Person, style: Style, titles: dict[str, str], rng: random.Random) -> bytes:
    prose = style.layout == "prose"
    pdf = _new_pdf(style.font)
    pdf.set_title(person.name)
    left = 18.0
    width = 216 - 2 * left
    pdf.set_xy(left, 14)
    pdf.set_font(style.font, "B", 20 if prose else 24)
    pdf.cell(width, 10, person.name, new_x="LMARGIN", new_y="NEXT", align="C" if prose else "L")
    pdf.set_font(style.font, "", 10)
    if prose:
        pdf.set_x(left)
        pdf.cell(width, 6, person.label, new_x="LMARGIN", new_y="NEXT", align="C")
        items = contacts(person)
        labelled = [f"Address: {items[0]}", f"Email: {items[1]}", f"Phone: {items[2]}"]
        for line in ("   ".join(labelled), "   ".join(items[3:])):
            pdf.set_x(left)
            pdf.cell(width, 5, line, new_x="LMARGIN", new_y="NEXT", align="C")
    else:
        pdf.set_x(left)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(width, 6, person.label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font(style.font, "", 9)
        pdf.set_x(left)
        pdf.multi_cell(width, 5, "  \u00b7  ".join(contacts(person)), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def heading(kind: str) -> None:
        pdf.ln(3)
        pdf.set_x(left)
        pdf.set_font(style.font, "B", 11 if prose else 12.5)
        if not prose:
            pdf.set_text_color(20, 90, 110)
        pdf.cell(
            width, 7, titles[kind] + (":" if style.colon else ""), new_x="LMARGIN", new_y="NEXT"
        )
        pdf.set_text_color(0, 0, 0)
        if not prose:
            pdf.set_draw_color(20, 90, 110)
            pdf.line(left, pdf.get_y(), left + width, pdf.get_y())
            pdf.ln(1.5)

    def text(body: str, size: float = 10, indent: float = 0.0, face: str = "") -> None:
        pdf.set_x(left + indent)
        pdf.set_font(style.font, face, size)
        pdf.multi_cell(width - indent, 4.8, body, new_x="LMARGIN", new_y="NEXT")

    heading("summary")
    text(person.summary)
    heading("work")
    for job in person.jobs:
        dates = date_range(job.start, job.end, style)
        if prose:
            text(f"{job.position} at {job.company} ({dates}), {job.place}", face="B")
            text(_paragraph(job))
            pdf.ln(2)
            continue
        first, second = (job.position, f"{job.company}, {job.place}")
        if style.entry_form == "company_first":
            first, second = job.company, f"{job.position} \u00b7 {job.place}"
        _dated_rows(pdf, style, left, width, dates, [(first, "B"), (second, "I")])
        for highlight in job.highlights:
            text(f"{style.bullet} {highlight}", size=9.5, indent=34)
        pdf.ln(2)
    heading("education")
    for school in person.schools:
        dates = date_range(school.start, school.end, style)
        score = f" GPA {school.score}." if school.score else ""
        if prose:
            text(f"{_degree(school)}, {school.institution} ({dates}).{score}")
            continue
        rows = [(_degree(school), "B"), (school.institution, "I")]
        if rng.random() < 0.5:
            rows.reverse()
        if school.score:
            rows.append((f"GPA {school.score}", ""))
        _dated_rows(pdf, style, left, width, dates, rows)
        pdf.ln(2)
    heading("skills")
    for line in _skill_lines(person):
        text(line, indent=0 if prose else 34)
    for kind, lines in _extras(person, style):
        heading(kind)
        for line in lines:
            text(line, indent=0 if prose else 34)
    return bytes(pdf.output())


def _dated_rows(
    pdf: Any, style: Style, left: float, width: float, dates: str, rows: list[tuple[str, str]]
) -> None:
    """Dates in a 30 mm column (wrapped after the joiner when long), rows to their right."""
    top = pdf.get_y()
    pdf.set_font(style.font, "", 8.5)
    pdf.set_text_color(80, 80, 80)
    joiner = style.joiner.strip()
    head, _, tail = dates.partition(style.joiner)
    wrapped = pdf.get_string_width(dates) > 29 and tail
    for number, part in enumerate([f"{head} {joiner}", tail] if wrapped else [dates]):
        pdf.set_xy(left, top + 0.6 + number * 4.6)
        pdf.cell(30, 4.6, part)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(top)
    for body, face in rows:
        pdf.set_x(left + 34)
        pdf.set_font(style.font, face, 10 if face else 9.5)
        pdf.multi_cell(width - 34, 5, body, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(pdf.get_y(), top + (10 if wrapped else 5)))


# -------------------------------------------------------------------------------------- DOCX


def _docx(person: Person, style: Style, titles: dict[str, str], rng: random.Random) -> bytes:
    import docx

    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = "tests/eval/holdout.py"
    properties.revision = 1
    document.add_heading(person.name, level=0)
    document.add_paragraph(person.label)
    document.add_paragraph(" \u00b7 ".join(contacts(person)))
    document.add_heading(titles["summary"], level=1)
    document.add_paragraph(person.summary)
    document.add_heading(titles["work"], level=1)
    for job in person.jobs:
        paragraph = document.add_paragraph()
        paragraph.add_run(job.company).bold = True
        paragraph.add_run(f" \u2014 {job.position}")
        where = "Remote" if rng.random() < 0.3 else job.place
        document.add_paragraph(f"{date_range(job.start, job.end, style)} \u00b7 {where}")
        for highlight in job.highlights:
            document.add_paragraph(highlight, style="List Bullet")
    document.add_heading(titles["education"], level=1)
    for school in person.schools:
        paragraph = document.add_paragraph()
        degree_first = style.entry_form == "mixed" and rng.random() < 0.7
        first, second = (
            (_degree(school), school.institution)
            if degree_first
            else (school.institution, _degree(school))
        )
        paragraph.add_run(first).bold = True
        paragraph.add_run(f" \u2014 {second}")
        document.add_paragraph(date_range(school.start, school.end, style))
        if school.score:
            document.add_paragraph(f"GPA: {school.score}", style="List Bullet")
    document.add_heading(titles["skills"], level=1)
    for line in _skill_lines(person):
        document.add_paragraph(line)
    for kind, lines in _extras(person, style):
        document.add_heading(titles[kind], level=1)
        for line in lines:
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())


__all__ = ["HOLDOUT_TAG", "PLAN", "STYLES", "remix", "render"]

"""Seventh held-out round ("holdout-7"): four more layouts, written after the generic entry
segmenter changes and measured once, untuned.

* ``pdf-linkedin-export`` — the "Save to PDF" profile of a professional network: a grey left
  column on page one ("Contact" with "(Mobile)" and "(LinkedIn)" suffixes, "Top Skills",
  "Languages"), the name, headline and place on the right, then "Experience" where each
  entry is the company, the title, "January 2020 - Present (4 years 9 months)" and the place
  on separate lines, and "Education" as the school over "Master of Science - MS, Data Science
  · (2014 - 2015)". Two pages, a "Page 1 of 2" footer.
* ``pdf-cards-grid`` — a designer template: a coloured name band, entries in boxed cards
  whose coloured title bar holds the employer (white on colour) with the dates at its right
  end, the position and the place below the bar, education as a grid of two cards side by
  side, skills as pills.
* ``docx-outline-numbered`` — a Word outline: sections in Heading 1, each employer in
  Heading 3, "Role, Mon YYYY \u2013 Mon YYYY" under it, achievements in a numbered list, schools
  in Heading 3 over "Degree in Area" and "Graduated June 2015"; contact details in the page
  header.
* ``scan-fr-fax`` — a French CV sent as a low-resolution black-and-white fax: "Tél." and
  "Courriel" labels, "EXPÉRIENCE PROFESSIONNELLE" with entries "Depuis mars 2021 : Poste —
  Société, Ville" and "2017 \u2013 2021 : …", "FORMATION" with "2015 : Master …, Université …".

Pools are disjoint from every earlier round; the truth states only what the document shows.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

from tests.eval.holdout6 import (
    MONTHS,
    Candidate,
    Degree,
    Job,
    Month,
    _pdf,
)
from tests.eval.people import ascii_slug
from tests.eval.render import (
    FIXED_DATE,
    FONTS,
    drop_empty,
    iso_month,
    long_month,
    months_before,
    normalise_zip,
    short_month,
)

HOLDOUT_TAG = "holdout-7"
GENERATOR = "tests/eval/holdout7.py"
SEED = 7_204_551
TODAY = "aujourd\u2019hui"
MOIS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-linkedin-export", 3),
    ("pdf-cards-grid", 3),
    ("docx-outline-numbered", 3),
    ("scan-fr-fax", 2),
)


@dataclass(frozen=True, slots=True)
class Pool:
    first: tuple[str, ...]
    last: tuple[str, ...]
    cities: tuple[tuple[str, str | None, str | None, str], ...]  # city, region, code, printed
    employers: tuple[str, ...]
    titles: tuple[str, ...]
    highlights: tuple[str, ...]
    skills: tuple[str, ...]
    schools: tuple[str, ...]
    degrees: tuple[tuple[str, str], ...]

    def fresh_name(self, rng: random.Random, used: set[str]) -> str:
        """A first and last name from the pool that no earlier document has used."""
        name = ""
        while not name or name in used:
            name = f"{rng.choice(self.first)} {rng.choice(self.last)}"
        used.add(name)
        return name


HIGHLIGHTS = (
    "Owned the quarterly forecast for a 40-person sales region",
    "Rolled out a new ticketing workflow to three support teams",
    "Built the first churn model, now used in every renewal call",
    "Cut onboarding time for new clients from six weeks to two",
    "Ran vendor selection for a company-wide HR system",
    "Set up weekly experiment reviews with product and design",
    "Trained 25 colleagues on the new analytics stack",
    "Consolidated four regional warehouses into one hub",
)
POOLS: dict[str, Pool] = {
    "pdf-linkedin-export": Pool(
        first=("Imogen", "Barnaby", "Philippa", "Crispin", "Araminta", "Rupert"),
        last=("Wetherby", "Hollingsworth", "Mountbatten", "Sackville", "Fitzwilliam"),
        cities=(
            ("Manchester", "England", "GB", "Manchester, England, United Kingdom"),
            ("Bristol", "England", "GB", "Bristol, England, United Kingdom"),
            ("Edinburgh", "Scotland", "GB", "Edinburgh, Scotland, United Kingdom"),
        ),
        employers=(
            "Pennant Analytics",
            "Halcyon Retail Group",
            "Marlowe & Finch",
            "Northgate Software",
            "Tidewater Energy",
        ),
        titles=(
            "Senior Data Scientist",
            "Analytics Lead",
            "Customer Insight Manager",
            "Data Analyst",
        ),
        highlights=HIGHLIGHTS,
        skills=("Machine Learning", "Python (Programming Language)", "Stakeholder Management"),
        schools=("University of Leeds", "University of St Andrews", "Durham University"),
        degrees=(
            ("Master of Science - MS", "Data Science"),
            ("Bachelor of Arts - BA", "Economics"),
        ),
    ),
    "pdf-cards-grid": Pool(
        first=("Zuri", "Kenji", "Amara", "Soren", "Leilani", "Matteo"),
        last=("Okafor", "Takahashi", "Mensah", "Halvorsen", "Kahananui", "Bellucci"),
        cities=(
            ("Austin", "TX", "US", "Austin, TX"),
            ("Denver", "CO", "US", "Denver, CO"),
            ("Raleigh", "NC", "US", "Raleigh, NC"),
        ),
        employers=(
            "Sunbeam Creative Co.",
            "Mesa Verde Studios",
            "Ridgeback Games",
            "Lumen & Loom",
            "Cobalt Street Agency",
        ),
        titles=("Art Director", "Brand Designer", "Motion Designer", "Creative Lead"),
        highlights=(
            "Led the rebrand of a regional grocery chain across 80 stores",
            "Directed photo shoots for three national campaigns",
            "Designed packaging that won a 2022 Dieline award",
            "Built motion guidelines for a streaming launch",
            "Managed a team of four designers and two copywriters",
            "Pitched and won six new agency accounts",
        ),
        skills=("Adobe After Effects", "Figma", "Brand strategy", "Typography", "Cinema 4D"),
        schools=("Savannah College of Art and Design", "Rhode Island School of Design"),
        degrees=(("BFA", "Graphic Design"), ("MFA", "Motion Media Design")),
    ),
    "docx-outline-numbered": Pool(
        first=("Hollis", "Marguerite", "Ezekiel", "Winifred", "Ambrose", "Delphine"),
        last=("Pettigrew", "Vanterpool", "Strickland", "Marchbanks", "Quennell"),
        cities=(
            ("Columbus", "OH", "US", "Columbus, OH"),
            ("Madison", "WI", "US", "Madison, WI"),
            ("Ann Arbor", "MI", "US", "Ann Arbor, MI"),
        ),
        employers=(
            "Buckeye Mutual Insurance",
            "Lakeland Regional Health",
            "Great Plains Rail Services",
            "Huron Valley Credit Union",
            "Badger State Foods",
        ),
        titles=("Compliance Analyst", "HR Business Partner", "Payroll Manager", "Auditor"),
        highlights=HIGHLIGHTS,
        skills=("Workday", "SOX compliance", "ADP", "Policy writing", "Excel"),
        schools=("Ohio State University", "University of Wisconsin-Madison"),
        degrees=(("Bachelor of Business Administration", "Accounting"), ("Master of Arts", "HR")),
    ),
    "scan-fr-fax": Pool(
        first=("Apolline", "Baptiste", "Clémence", "Gaëtan", "Ségolène", "Thibault"),
        last=("Delaunay", "Fontaine", "Lemaire", "Marchand", "Rousseau", "Vasseur"),
        cities=(("Lyon", None, None, "Lyon"), ("Nantes", None, None, "Nantes")),
        employers=(
            "Transports Gauthier SA",
            "Rhône Distribution",
            "Atelier Ligérien",
            "Groupe Vallée Bleue",
        ),
        titles=("Responsable logistique", "Chef d'équipe", "Acheteuse", "Gestionnaire de stocks"),
        highlights=(
            "Gestion d'une équipe de 12 préparateurs",
            "Mise en place d'un nouvel entrepôt",
            "Négociation avec les transporteurs",
            "Suivi des indicateurs de performance",
        ),
        skills=("SAP", "Excel", "Gestion de stocks", "Management"),
        schools=("Université Lyon 3", "IAE de Nantes"),
        degrees=(("Master", "Management de la chaîne logistique"), ("Licence", "Gestion")),
    ),
}


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-cards-grid":
        return {"colour": rng.choice(((214, 82, 48), (38, 110, 160), (90, 60, 150)))}
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    first, last = ascii_slug(name).split()[0], ascii_slug(name).split()[-1]
    city, region, code, printed = rng.choice(pool.cities)
    notes = rng.sample(pool.highlights, len(pool.highlights))
    end: Month | None = None if rng.random() < 0.6 else (2024, rng.randint(1, 8))
    jobs: list[Job] = []
    for company in rng.sample(pool.employers, rng.randint(2, 3)):
        start = months_before(end or (2024, 9), rng.randint(12, 40))
        where = rng.choice(pool.cities)[0]
        jobs.append(Job(company, rng.choice(pool.titles), where, start, end, notes[:2]))
        notes = notes[2:] or rng.sample(pool.highlights, len(pool.highlights))
        end = months_before(start, rng.randint(0, 3))
    year = jobs[-1].start[0] - rng.randint(0, 1)
    degrees: list[Degree] = []
    schools = rng.sample(pool.schools, rng.randint(1, 2))
    # The higher degree first, as resumes print them.
    kinds = sorted(pool.degrees[: len(schools)], key=lambda kind: not kind[0].startswith("M"))
    for (study, area), school in zip(kinds, schools, strict=True):
        length = 2 if study.startswith("M") else 4
        degrees.append(Degree(school, study, area, (year - length, 9), (year, 6)))
        year -= length
    tld = "fr" if style == "scan-fr-fax" else ("co.uk" if code == "GB" else "com")
    if style == "scan-fr-fax":
        phone = f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} 12"
    elif code == "GB":
        phone = f"07700 900{rng.randint(100, 999)}"
    else:
        phone = f"({rng.randint(201, 989)}) 555-{rng.randint(1000, 9999)}"
    candidate = Candidate(
        style=style,
        name=name,
        label=jobs[0].position if style != "scan-fr-fax" or rng.random() < 0.5 else None,
        email=f"{first}{last[0]}@example.{tld}",
        phone=phone,
        url=f"https://{first}-{last}.com" if style == "pdf-cards-grid" else None,
        city=city,
        region=region,
        code=code,
        jobs=jobs,
        degrees=degrees,
        skills=rng.sample(pool.skills, min(len(pool.skills), 4)),
    )
    candidate.extra = {"printed": printed, "linkedin": f"{first}-{last}-{rng.randint(10, 99)}"}
    if style == "pdf-linkedin-export":
        candidate.languages = [("French", "Professional Working")]
        candidate.skills = candidate.skills[:3]
    if style == "scan-fr-fax":
        candidate.languages = [("Anglais", "courant"), ("Espagnol", "notions")]
        candidate.extra["street"] = f"{rng.randint(2, 90)} rue des Tanneurs"
        candidate.extra["postal"] = "69003" if city == "Lyon" else "44000"
    return candidate


# ------------------------------------------------------------------------------------ truth


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    del options
    location = drop_empty(
        {"city": person.city, "region": person.region, "countryCode": person.code}
    )
    if "street" in person.extra:
        location |= {"address": person.extra["street"], "postalCode": person.extra["postal"]}
    handle = person.extra["linkedin"]
    profiles = (
        [{"network": "LinkedIn", "username": handle, "url": f"https://linkedin.com/in/{handle}"}]
        if style == "pdf-linkedin-export"
        else []
    )
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "location": location,
            "profiles": profiles,
        }
    )
    work_precision = "year" if style == "scan-fr-fax" else "month"
    work = []
    for index, job in enumerate(person.jobs):
        precision = "month" if style == "scan-fr-fax" and index == 0 and job.end is None else None
        work.append(
            drop_empty(
                {
                    "name": job.company,
                    "position": job.position,
                    "location": job.city,
                    "startDate": iso_month(job.start, precision or work_precision),
                    "endDate": iso_month(job.end, work_precision),
                    "highlights": job.highlights,
                }
            )
        )
    education = []
    for d in person.degrees:
        dates: dict[str, str | None]
        if style == "docx-outline-numbered":
            dates = {"endDate": iso_month(d.end, "month")}
        elif style == "scan-fr-fax":
            dates = {"endDate": iso_month(d.end, "year")}
        else:
            dates = {"startDate": iso_month(d.start, "year"), "endDate": iso_month(d.end, "year")}
        named: dict[str, str | None] = {
            "institution": d.institution,
            "studyType": d.study,
            "area": d.area,
        }
        education.append(named | dates)
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "skills": [{"name": skill} for skill in person.skills],
            "languages": [{"language": lang, "fluency": level} for lang, level in person.languages],
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-linkedin-export":
        return _linkedin(person), "pdf"
    if style == "pdf-cards-grid":
        return _cards(person, options), "pdf"
    if style == "docx-outline-numbered":
        return _outline(person), "docx"
    return _fax(person), "png"


def _months_between(start: Month, end: Month | None) -> str:
    last = end or (2024, 9)
    total = (last[0] - start[0]) * 12 + last[1] - start[1] + 1
    years, months = divmod(total, 12)
    parts = [f"{years} year{'s' * (years != 1)}"] if years else []
    parts += [f"{months} month{'s' * (months != 1)}"] if months else []
    return " ".join(parts)


def _linkedin(person: Candidate) -> bytes:
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_margins(0, 0, 0)
    pdf.set_auto_page_break(auto=True, margin=18)
    side, mx = 62.0, 74.0
    mw = 210 - mx - 14
    pdf.add_page()
    pdf.set_fill_color(243, 242, 239)
    pdf.rect(0, 0, side, 297, style="F")
    pdf.set_text_color(40, 40, 40)
    y = 16.0

    def side_text(text: str, size: float, bold: bool = False, gap: float = 5.0) -> None:
        nonlocal y
        pdf.set_xy(10, y)
        pdf.set_font("Sans", "B" if bold else "", size)
        pdf.multi_cell(side - 16, gap, text, align="L", new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y()

    side_text("Contact", 12, True, 7)
    side_text(f"{person.phone} (Mobile)", 8.5)
    side_text(person.email, 8.5)
    side_text(f"www.linkedin.com/in/{person.extra['linkedin']} (LinkedIn)", 8.5)
    y += 5
    side_text("Top Skills", 12, True, 7)
    for skill in person.skills:
        side_text(skill, 8.5)
    y += 5
    side_text("Languages", 12, True, 7)
    for language, level in person.languages:
        side_text(f"{language} ({level})", 8.5)

    pdf.set_xy(mx, 16)
    pdf.set_font("Sans", "", 24)
    pdf.cell(mw, 11, person.name, new_x="LEFT", new_y="NEXT")
    pdf.set_font("Sans", "", 11)
    pdf.multi_cell(mw, 6, person.label or "", new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(110, 110, 110)
    pdf.cell(mw, 6, person.extra["printed"], new_x="LEFT", new_y="NEXT")

    def heading(text: str) -> None:
        pdf.ln(6)
        pdf.set_x(mx)
        pdf.set_text_color(30, 30, 30)
        pdf.set_font("Sans", "", 15)
        pdf.cell(mw, 8, text, new_x="LEFT", new_y="NEXT")

    def text(value: str, size: float, grey: bool = False, height: float = 5.0) -> None:
        pdf.set_x(mx)
        pdf.set_text_color(*((110, 110, 110) if grey else (30, 30, 30)))
        pdf.set_font("Sans", "", size)
        pdf.multi_cell(mw, height, value, new_x="LEFT", new_y="NEXT")

    heading("Experience")
    for job in person.jobs:
        pdf.ln(2)
        text(job.company, 11.5, height=6)
        text(job.position, 10.5)
        span = f"{long_month(job.start)} - {long_month(job.end)}"
        span += f" ({_months_between(job.start, job.end)})"
        text(span, 9.5, grey=True)
        text(f"{job.city}, United Kingdom", 9.5, grey=True)
        text(". ".join(job.highlights) + ".", 9.5, height=4.8)
    heading("Education")
    for d in person.degrees:
        pdf.ln(2)
        text(d.institution, 11.5, height=6)
        text(f"{d.study}, {d.area} \u00b7 ({d.start[0]} - {d.end[0]})", 9.5)
    while pdf.page_no() < 2:
        pdf.add_page()
        pdf.set_xy(mx, 20)
        text("Volunteering: mentor at a local coding club for teenagers.", 9.5)
    total = pdf.page_no()
    pdf.set_auto_page_break(auto=False)
    for number in range(1, total + 1):
        pdf.page = number
        pdf.set_xy(mx, 285)
        pdf.set_font("Sans", "", 8)
        pdf.set_text_color(150, 150, 150)
        pdf.cell(mw, 5, f"Page {number} of {total}", align="C")
    return bytes(pdf.output())


def _cards(person: Candidate, options: dict[str, Any]) -> bytes:
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    colour = options["colour"]
    pdf.set_fill_color(*colour)
    pdf.rect(0, 0, 210, 34, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(14, 8)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(182, 10, person.name.upper(), new_x="LEFT", new_y="NEXT")
    pdf.set_font("Sans", "", 11)
    pdf.cell(182, 7, person.label or "", new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(40, 40, 40)
    pdf.set_xy(14, 38)
    pdf.set_font("Sans", "", 8.5)
    url = (person.url or "").removeprefix("https://")
    contact = [person.email, person.phone, person.extra["printed"], url]
    pdf.cell(182, 5, "    |    ".join(part for part in contact if part))
    y = 50.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(14, y)
        pdf.set_text_color(*colour)
        pdf.set_font("Sans", "B", 12)
        pdf.cell(182, 7, text.upper())
        y += 9

    def card(x: float, w: float, bar: str, right: str, lines: list[tuple[str, str]]) -> float:
        top = y
        pdf.set_fill_color(*colour)
        pdf.rect(x, top, w, 7, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(x + 3, top + 1)
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(w - 6, 5, bar)
        if right:
            pdf.set_xy(x + 3, top + 1)
            pdf.set_font("Sans", "", 8)
            pdf.cell(w - 6, 5, right, align="R")
        pdf.set_text_color(40, 40, 40)
        pdf.set_xy(x + 3, top + 9)
        for look, text in lines:
            pdf.set_x(x + 3)
            pdf.set_font("Sans", look, 8.5 if look != "B" else 9.5)
            pdf.multi_cell(w - 6, 4.6, text, new_x="LEFT", new_y="NEXT")
        bottom = float(pdf.get_y()) + 2
        pdf.set_draw_color(*colour)
        pdf.rect(x, top, w, bottom - top)
        return bottom

    heading("Experience")
    for job in person.jobs:
        lines = [("B", job.position), ("I", job.city)]
        lines += [("", f"\u2022 {note}") for note in job.highlights]
        span = f"{short_month(job.start)} \u2013 {short_month(job.end)}"
        y = card(14, 182, job.company, span, lines) + 4
    heading("Education")
    bottoms = []
    for index, d in enumerate(person.degrees):
        x = 14.0 + index * 93
        lines = [("B", f"{d.study} in {d.area}"), ("", f"{d.start[0]} \u2013 {d.end[0]}")]
        bottoms.append(card(x, 89, d.institution, "", lines))
    y = max(bottoms) + 4
    heading("Skills")
    x = 14.0
    pdf.set_font("Sans", "", 8.5)
    for skill in person.skills:
        width = pdf.get_string_width(skill) + 8
        pdf.set_fill_color(235, 235, 235)
        pdf.rect(x, y, width, 6.5, style="F")
        pdf.set_xy(x + 4, y + 0.8)
        pdf.cell(width - 8, 5, skill)
        x += width + 3
    if y > 280:
        raise ValueError(f"cards page overflows for {person.name}")
    return bytes(pdf.output())


def _outline(person: Candidate) -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = ""
    properties.revision = 1
    document.styles["Normal"].font.size = Pt(10.5)
    header = document.sections[0].header.paragraphs[0]
    header.text = f"{person.email}  \u00b7  {person.phone}  \u00b7  {person.extra['printed']}"
    document.add_paragraph(person.name, style="Title")
    if person.label:
        document.add_paragraph(person.label, style="Subtitle")
    document.add_heading("Professional Experience", level=1)
    for job in person.jobs:
        document.add_heading(job.company, level=3)
        document.add_paragraph(
            f"{job.position}, {short_month(job.start)} \u2013 {short_month(job.end)}"
        )
        for note in job.highlights:
            document.add_paragraph(note, style="List Number")
    document.add_heading("Education", level=1)
    for d in person.degrees:
        document.add_heading(d.institution, level=3)
        document.add_paragraph(f"{d.study} in {d.area}")
        document.add_paragraph(f"Graduated {MONTHS[d.end[1] - 1]} {d.end[0]}")
    document.add_heading("Skills", level=1)
    document.add_paragraph("; ".join(person.skills))
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())


def _fax(person: Candidate) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(f"{person.name}/fax")
    dpi = 100
    page = Image.new("L", (int(8.27 * dpi * 2), int(11.69 * dpi * 2)), 255)
    draw = ImageDraw.Draw(page)
    regular = ImageFont.truetype(str(FONTS / "DejaVuSans.ttf"), 26)
    bold = ImageFont.truetype(str(FONTS / "DejaVuSans-Bold.ttf"), 27)
    big = ImageFont.truetype(str(FONTS / "DejaVuSans-Bold.ttf"), 44)
    x, y = 120, 110

    def put(text: str, font: Any = regular, indent: int = 0, step: int = 40) -> None:
        nonlocal y
        draw.text((x + indent, y), text, font=font, fill=0)
        y += step

    put(person.name, big, step=66)
    if person.label:
        put(person.label, step=48)
    put(f"{person.extra['street']}, {person.extra['postal']} {person.city}")
    put(f"Tél. : {person.phone}")
    put(f"Courriel : {person.email}", step=70)
    put("EXPÉRIENCE PROFESSIONNELLE", bold, step=52)
    for index, job in enumerate(person.jobs):
        if index == 0 and job.end is None:
            when = f"Depuis {MOIS[job.start[1] - 1]} {job.start[0]}"
        else:
            when = f"{job.start[0]} \u2013 {job.end[0] if job.end else TODAY}"
        put(f"{when} : {job.position} \u2014 {job.company}, {job.city}", bold)
        for note in job.highlights:
            put(f"- {note}", indent=40)
        y += 14
    y += 16
    put("FORMATION", bold, step=52)
    for d in person.degrees:
        put(f"{d.end[0]} : {d.study} {d.area}, {d.institution}")
    y += 30
    put("COMPÉTENCES", bold, step=52)
    put(", ".join(person.skills))
    y += 30
    put("LANGUES", bold, step=52)
    for language, level in person.languages:
        put(f"{language} : {level}")
    page = page.resize((page.width // 2, page.height // 2), Image.Resampling.BILINEAR)
    page = page.rotate(rng.uniform(-0.8, 0.8), resample=Image.Resampling.BICUBIC, fillcolor=255)
    page = page.resize((page.width * 2, page.height * 2), Image.Resampling.NEAREST)
    bw = page.point(lambda v: 255 if v > 160 else 0).convert("1")
    out = io.BytesIO()
    bw.save(out, "PNG", optimize=True, dpi=(dpi * 2, dpi * 2))
    return out.getvalue()

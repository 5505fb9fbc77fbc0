"""Eighth held-out round ("holdout-8"): five more layouts, written before any change to the
parser for them and measured once, untuned.

* ``pdf-canva-bands`` — a design-tool template: the name letter-spaced in capitals, contact
  details behind icon glyphs, section titles white and letter-spaced on a full-width coloured
  band, entries as "Position" (bold) with "MM/YYYY \u2013 PRESENT" right-aligned and the company
  and place in colour below, skills as labelled bars and languages as rows of dots.
* ``pdf-timeline-infographic`` — an infographic: a header with the name on the left and the
  contact lines right-aligned beside it, a row of "key figures" (big numbers over captions),
  then a vertical timeline: start over end date ("MAR 2019" / "JUN 2022") stacked in a left
  gutter, a rule with a dot per entry, and right of it the position in capitals, "Company ·
  City" and the highlights; education on the same timeline; skills as a dotted tag row.
* ``docx-textboxes`` — a Word template built from text boxes anchored in the first
  paragraph: a banner box with the name and headline, a contact box, and a sidebar box with
  education, skills and languages; the work history is ordinary body text with "Company \u2013
  City" (bold), the position (italic) and "January 2019 \u2013 Present" on separate paragraphs.
* ``scan-phone-photo`` — a printed one-page CV photographed with a phone: the sheet on a
  desk, in perspective and turned a few degrees, lit unevenly (a shadow across one corner),
  slightly out of focus, saved as a colour JPEG that claims 72 dpi.
* ``scan-lowres-twocol`` — a Portuguese two-column CV scanned at 150 dpi in grayscale: a
  shaded left column ("CONTACTO", "COMPETÊNCIAS", "IDIOMAS") beside "PERFIL",
  "EXPERIÊNCIA PROFISSIONAL" (entries "Cargo | Empresa, Cidade" over "03/2019 \u2013 atual") and
  "FORMAÇÃO ACADÉMICA".

Pools are disjoint from every earlier round; the truth states only what the document shows.
"""

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import (
    MONTHS,
    Candidate,
    Degree,
    Job,
    Month,
    _pdf,
)
from tests.eval.holdout7 import Pool
from tests.eval.people import ascii_slug
from tests.eval.render import (
    FIXED_DATE,
    drop_empty,
    iso_month,
    long_month,
    months_before,
    normalise_zip,
    numeric_month,
)

HOLDOUT_TAG = "holdout-8"
GENERATOR = "tests/eval/holdout8.py"
SEED = 8_310_977

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-canva-bands", 3),
    ("pdf-timeline-infographic", 3),
    ("docx-textboxes", 3),
    ("scan-phone-photo", 2),
    ("scan-lowres-twocol", 2),
)


US_HIGHLIGHTS = (
    "Grew organic traffic 3x in eighteen months",
    "Launched a loyalty program with 200k members",
    "Managed a $2M annual media budget",
    "Introduced A/B testing across all landing pages",
    "Mentored five junior marketers",
    "Rebuilt the email funnel, lifting conversion by 22%",
    "Negotiated agency contracts saving 15% a year",
    "Coordinated launches in nine markets",
)
POOLS: dict[str, Pool] = {
    "pdf-canva-bands": Pool(
        first=("Marisol", "Teodoro", "Jessamy", "Lucian", "Evangeline", "Cosimo"),
        last=("Arbuckle", "Villanueva", "Prendergast", "Okonkwo", "Lindqvist"),
        cities=(
            ("Portland", "OR", "US", "Portland, OR"),
            ("Tucson", "AZ", "US", "Tucson, AZ"),
            ("Boise", "ID", "US", "Boise, ID"),
        ),
        employers=(
            "Juniper Lane Cosmetics",
            "Brightwater Outfitters",
            "Copperleaf Media",
            "Saguaro Health Partners",
            "Evergreen Pet Supply",
        ),
        titles=(
            "Marketing Manager",
            "Social Media Strategist",
            "Content Marketing Lead",
            "Brand Coordinator",
        ),
        highlights=US_HIGHLIGHTS,
        skills=("SEO", "Google Analytics", "HubSpot", "Copywriting", "Canva", "Paid social"),
        schools=("Oregon State University", "University of Arizona"),
        degrees=(("Bachelor of Science", "Marketing"), ("Master of Business Administration", "")),
    ),
    "pdf-timeline-infographic": Pool(
        first=("Anneliese", "Ignatius", "Perpetua", "Thaddeus", "Rosamund", "Leopold"),
        last=("Vandermeer", "Castellanos", "Whitlock", "Abernathy", "Quiñones"),
        cities=(
            ("Rotterdam", None, "NL", "Rotterdam, Netherlands"),
            ("Antwerp", None, "BE", "Antwerp, Belgium"),
        ),
        employers=(
            "Havenkade Logistics",
            "Scheldt Port Authority",
            "Maasvlakte Terminals",
            "Delta Freight Forwarding",
            "Noordzee Shipping",
        ),
        titles=(
            "Supply Chain Analyst",
            "Operations Manager",
            "Terminal Planner",
            "Logistics Consultant",
        ),
        highlights=(
            "Cut container dwell time by 18% with a new yard plan",
            "Introduced a dashboard tracking 40 KPIs across three terminals",
            "Led the tender for a fleet of electric straddle carriers",
            "Trained 30 planners on the new berth scheduling tool",
            "Negotiated rail slots with four operators",
            "Mapped customs processes for the post-Brexit flows",
            "Reduced empty truck runs by a fifth",
            "Set up the weekly S&OP meeting",
        ),
        skills=("SAP EWM", "Power BI", "Lean Six Sigma", "Python", "Incoterms", "Dutch"),
        schools=("Erasmus University Rotterdam", "University of Antwerp"),
        degrees=(("MSc", "Supply Chain Management"), ("BSc", "Business Economics")),
    ),
    "docx-textboxes": Pool(
        first=("Cordelia", "Fitzgerald", "Henrietta", "Lysander", "Ottoline", "Percival"),
        last=("Ashdown", "Blackwood", "Carrington", "Dunmore", "Ellsworth"),
        cities=(
            ("Halifax", "NS", "CA", "Halifax, NS"),
            ("Victoria", "BC", "CA", "Victoria, BC"),
        ),
        employers=(
            "Maritime Mutual Insurance",
            "Bluenose Credit Union",
            "Pacific Coast Realty",
            "Harbourview Property Group",
            "Cabot Trail Tourism",
        ),
        titles=(
            "Office Manager",
            "Executive Assistant",
            "Client Services Representative",
            "Operations Coordinator",
        ),
        highlights=(
            "Ran the calendar and travel for three executives",
            "Moved the office to a paperless filing system",
            "Answered 60 client calls a day with a 95% satisfaction score",
            "Organised the annual conference for 300 guests",
            "Reconciled monthly expense reports",
            "Onboarded twelve new staff members",
            "Kept supplier spending under budget four years running",
            "Drafted the staff handbook",
        ),
        skills=("Microsoft Office", "QuickBooks", "Scheduling", "Customer service", "Bilingual"),
        schools=("Dalhousie University", "Nova Scotia Community College"),
        degrees=(("Bachelor of Commerce", "Management"), ("Diploma", "Office Administration")),
    ),
    "scan-phone-photo": Pool(
        first=("Wendell", "Philomena", "Clement", "Georgiana", "Horatio", "Millicent"),
        last=("Tuttle", "Pemberton", "Greaves", "Hargreaves", "Ostrowski"),
        cities=(
            ("Cleveland", "OH", "US", "Cleveland, OH"),
            ("Pittsburgh", "PA", "US", "Pittsburgh, PA"),
        ),
        employers=(
            "Riverside Auto Body",
            "Keystone Machining",
            "Lakeshore Fabrication",
            "Allegheny Steel Works",
            "Cuyahoga Tool & Die",
        ),
        titles=("CNC Machinist", "Welder", "Shop Foreman", "Maintenance Technician"),
        highlights=(
            "Programmed Haas mills for aerospace parts",
            "Kept scrap below 2% on high-volume runs",
            "Trained six apprentices",
            "Certified in MIG and TIG welding",
            "Maintained hydraulic presses and conveyors",
            "Passed every OSHA audit",
        ),
        skills=("Blueprint reading", "CNC programming", "Welding", "Forklift", "Lathe"),
        schools=("Lorain County Community College", "Community College of Allegheny County"),
        degrees=(("Associate of Applied Science", "Machining"), ("Certificate", "Welding")),
    ),
    "scan-lowres-twocol": Pool(
        first=("Joaquim", "Leonor", "Duarte", "Inês", "Rodrigo", "Beatriz"),
        last=("Magalhães", "Figueiredo", "Carvalhal", "Sequeira", "Albuquerque"),
        cities=(("Porto", None, "PT", "Porto, Portugal"), ("Braga", None, "PT", "Braga, Portugal")),
        employers=(
            "Têxteis Minho SA",
            "Construções Douro Lda",
            "Farmácias Atlântico",
            "Vinhos Quinta Nova",
        ),
        titles=("Engenheiro de Produção", "Técnico de Qualidade", "Gestor de Projeto"),
        highlights=(
            "Redução de 12% nos custos de produção",
            "Implementação da norma ISO 9001",
            "Coordenação de uma equipa de 8 técnicos",
            "Auditorias internas trimestrais",
        ),
        skills=("AutoCAD", "SolidWorks", "Excel", "Lean", "SAP"),
        schools=("Universidade do Porto", "Universidade do Minho"),
        degrees=(("Mestrado", "Engenharia Mecânica"), ("Licenciatura", "Engenharia Industrial")),
    ),
}


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-canva-bands":
        colour = rng.choice(((46, 79, 79), (153, 51, 102), (31, 97, 141)))
        work = rng.choice(("WORK EXPERIENCE", "PROFESSIONAL EXPERIENCE", "EMPLOYMENT HISTORY"))
        return {"colour": colour, "work": work}
    if style == "pdf-timeline-infographic":
        return {"accent": rng.choice(((232, 106, 23), (0, 150, 136)))}
    if style == "scan-phone-photo":
        return {"tilt": rng.uniform(1.5, 3.5) * rng.choice((-1, 1))}
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
    for index, school in enumerate(rng.sample(pool.schools, rng.randint(1, 2))):
        study, area = pool.degrees[index]
        length = 2 if study.startswith(("M", "Diploma", "Certificate", "Associate")) else 4
        degrees.append(Degree(school, study, area, (year - length, 9), (year, 6)))
        year -= length
    tld = {"scan-lowres-twocol": "pt", "pdf-timeline-infographic": "eu"}.get(style, "com")
    if style == "scan-lowres-twocol":
        phone = f"+351 91{rng.randint(1, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    elif code == "NL" or code == "BE":
        phone = (
            f"+{31 if code == 'NL' else 32} 6 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
        )
    else:
        phone = f"{rng.randint(201, 989)}.555.{rng.randint(1000, 9999)}"
    candidate = Candidate(
        style=style,
        name=name,
        label=jobs[0].position if rng.random() < 0.8 else None,
        email=f"{first}.{last}@example.{tld}",
        phone=phone,
        url=f"https://www.{first}{last}.com" if style == "pdf-canva-bands" else None,
        city=city,
        region=region,
        code=code,
        jobs=jobs,
        degrees=degrees,
        skills=rng.sample(pool.skills, min(len(pool.skills), 5)),
    )
    candidate.extra = {"printed": printed, "linkedin": f"{first}{last}{rng.randint(1, 99)}"}
    if style == "pdf-canva-bands":
        candidate.languages = [("English", "Native"), ("Spanish", "Conversational")]
    if style == "docx-textboxes":
        candidate.languages = [("English", "Native"), ("French", "Fluent")]
    if style == "scan-lowres-twocol":
        candidate.languages = [("Português", "nativo"), ("Inglês", "fluente")]
    return candidate


# ------------------------------------------------------------------------------------ truth


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    del options
    location = drop_empty(
        {"city": person.city, "region": person.region, "countryCode": person.code}
    )
    handle = person.extra["linkedin"]
    profiles = (
        [{"network": "LinkedIn", "username": handle, "url": f"https://linkedin.com/in/{handle}"}]
        if style in ("docx-textboxes", "pdf-timeline-infographic")
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
    work = [
        drop_empty(
            {
                "name": job.company,
                "position": job.position,
                "location": job.city,
                "startDate": iso_month(job.start, "month"),
                "endDate": iso_month(job.end, "month"),
                "highlights": job.highlights,
            }
        )
        for job in person.jobs
    ]
    education = [
        drop_empty(
            {
                "institution": d.institution,
                "studyType": d.study,
                "area": d.area or None,
                "startDate": iso_month(d.start, "year"),
                "endDate": iso_month(d.end, "year"),
            }
        )
        for d in person.degrees
    ]
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
    if style == "pdf-canva-bands":
        return _canva(person, options), "pdf"
    if style == "pdf-timeline-infographic":
        return _timeline(person, options), "pdf"
    if style == "docx-textboxes":
        return _textboxes(person), "docx"
    if style == "scan-phone-photo":
        return _phone_photo(_printed(person), person, options), "jpg"
    return _lowres_scan(_portuguese(person), person), "jpg"


def _degree(d: Degree) -> str:
    return f"{d.study} in {d.area}" if d.area else d.study


def _canva(person: Candidate, options: dict[str, Any]) -> bytes:
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    colour = options["colour"]
    pdf.set_text_color(*colour)
    pdf.set_font("Sans", "B", 24)
    pdf.set_char_spacing(4)
    pdf.set_xy(15, 14)
    pdf.cell(180, 11, person.name.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(1.5)
    pdf.set_font("Sans", "", 10.5)
    pdf.set_text_color(90, 90, 90)
    pdf.set_x(15)
    pdf.cell(180, 7, (person.label or "").upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(0)
    pdf.set_font("Sans", "", 8.5)
    pdf.set_text_color(50, 50, 50)
    url = (person.url or "").removeprefix("https://")
    icons = (
        ("\u2709", person.email),
        ("\u260e", person.phone),
        ("\u2302", person.extra["printed"]),
        ("\u2197", url),
    )
    pdf.set_x(15)
    pdf.cell(180, 6, "     ".join(f"{icon} {text}" for icon, text in icons), align="C")
    y = 44.0

    def band(title: str) -> None:
        nonlocal y
        pdf.set_fill_color(*colour)
        pdf.rect(0, y, 210, 8, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_char_spacing(2.5)
        pdf.set_xy(15, y + 1)
        pdf.cell(180, 6, title)
        pdf.set_char_spacing(0)
        pdf.set_text_color(40, 40, 40)
        y += 12

    band(options["work"])
    for job in person.jobs:
        pdf.set_xy(15, y)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(130, 5, job.position)
        pdf.set_font("Sans", "", 8.5)
        pdf.set_xy(15, y)
        span = f"{numeric_month(job.start, 'PRESENT')} - {numeric_month(job.end, 'PRESENT')}"
        pdf.cell(180, 5, span, align="R")
        pdf.set_xy(15, y + 5)
        pdf.set_text_color(*colour)
        pdf.set_font("Sans", "I", 9)
        pdf.cell(180, 5, f"{job.company}, {job.city}")
        pdf.set_text_color(40, 40, 40)
        y += 11
        pdf.set_font("Sans", "", 9)
        for note in job.highlights:
            pdf.set_xy(19, y)
            pdf.multi_cell(176, 4.5, f"\u2022  {note}")
            y = pdf.get_y()
        y += 4
    band("EDUCATION")
    for d in person.degrees:
        pdf.set_xy(15, y)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(130, 5, _degree(d))
        pdf.set_font("Sans", "", 8.5)
        pdf.set_xy(15, y)
        pdf.cell(180, 5, f"{d.start[0]} - {d.end[0]}", align="R")
        pdf.set_xy(15, y + 5)
        pdf.set_text_color(*colour)
        pdf.set_font("Sans", "I", 9)
        pdf.cell(180, 5, d.institution)
        pdf.set_text_color(40, 40, 40)
        y += 13
    band("SKILLS")
    for index, skill in enumerate(person.skills):
        x = 15 + (index % 2) * 95
        row = y + (index // 2) * 8
        pdf.set_xy(x, row)
        pdf.set_font("Sans", "", 9)
        pdf.cell(40, 5, skill)
        pdf.set_fill_color(225, 225, 225)
        pdf.rect(x + 42, row + 1.5, 40, 2.5, style="F")
        pdf.set_fill_color(*colour)
        pdf.rect(x + 42, row + 1.5, 40 * (0.55 + 0.1 * (index % 4)), 2.5, style="F")
    y += ((len(person.skills) + 1) // 2) * 8 + 4
    band("LANGUAGES")
    for language, level in person.languages:
        pdf.set_xy(15, y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(60, 5, f"{language} \u2014 {level}")
        filled = 5 if level == "Native" else 3
        for dot in range(5):
            pdf.set_fill_color(*(colour if dot < filled else (225, 225, 225)))
            pdf.ellipse(80 + dot * 5, y + 1, 3, 3, style="F")
        y += 7
    if y > 285:
        raise ValueError(f"canva page overflows for {person.name}")
    return bytes(pdf.output())


def _upper_month(month: Month | None) -> str:
    return "PRESENT" if month is None else f"{MONTHS[month[1] - 1][:3].upper()} {month[0]}"


def _timeline(person: Candidate, options: dict[str, Any]) -> bytes:
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    accent = options["accent"]
    pdf.set_xy(15, 14)
    pdf.set_font("Sans", "B", 22)
    pdf.set_text_color(30, 30, 30)
    pdf.cell(110, 10, person.name, new_x="LEFT", new_y="NEXT")
    pdf.set_font("Sans", "", 11)
    pdf.set_text_color(*accent)
    pdf.cell(110, 6, person.label or "")
    pdf.set_text_color(60, 60, 60)
    pdf.set_font("Sans", "", 8.5)
    contact = (
        person.email,
        person.phone,
        person.extra["printed"],
        f"linkedin.com/in/{person.extra['linkedin']}",
    )
    for row, text in enumerate(contact):
        pdf.set_xy(125, 13 + row * 4.6)
        pdf.cell(70, 4.6, text, align="R")
    # Key figures: big numbers over captions.
    years = 2024 - person.jobs[-1].start[0]
    figures = (
        (f"{years}+", "years in logistics"),
        (str(len(person.jobs)), "employers"),
        (str(len(person.skills)), "core tools"),
    )
    for index, (number, caption) in enumerate(figures):
        x = 15 + index * 62
        pdf.set_fill_color(245, 245, 245)
        pdf.rect(x, 40, 56, 20, style="F")
        pdf.set_xy(x, 42)
        pdf.set_font("Sans", "B", 18)
        pdf.set_text_color(*accent)
        pdf.cell(56, 9, number, align="C")
        pdf.set_xy(x, 52)
        pdf.set_font("Sans", "", 8)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(56, 5, caption, align="C")
    y = 70.0

    def heading(title: str) -> None:
        nonlocal y
        pdf.set_fill_color(*accent)
        pdf.ellipse(15, y + 1, 5, 5, style="F")
        pdf.set_xy(23, y)
        pdf.set_font("Sans", "B", 13)
        pdf.set_text_color(30, 30, 30)
        pdf.cell(100, 7, title)
        y += 11

    def entry(start: str, end: str, title: str, where: str, notes: list[str]) -> None:
        nonlocal y
        top = y
        pdf.set_font("Sans", "B", 8)
        pdf.set_text_color(*accent)
        pdf.set_xy(15, top)
        pdf.cell(26, 4.5, start, align="R")
        pdf.set_font("Sans", "", 8)
        pdf.set_text_color(120, 120, 120)
        pdf.set_xy(15, top + 4.5)
        pdf.cell(26, 4.5, end, align="R")
        pdf.set_xy(52, top)
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(30, 30, 30)
        pdf.cell(140, 5, title.upper())
        pdf.set_xy(52, top + 5)
        pdf.set_font("Sans", "I", 9)
        pdf.set_text_color(80, 80, 80)
        pdf.cell(140, 5, where)
        y = top + 11
        pdf.set_font("Sans", "", 9)
        pdf.set_text_color(40, 40, 40)
        for note in notes:
            pdf.set_xy(52, y)
            pdf.multi_cell(143, 4.5, note)
            y = pdf.get_y() + 0.5
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.6)
        pdf.line(46, top, 46, y + 3)
        pdf.set_fill_color(255, 255, 255)
        pdf.ellipse(44.5, top + 0.5, 3, 3, style="DF")
        y += 5

    heading("Career Timeline")
    for job in person.jobs:
        where = f"{job.company} \u00b7 {job.city}"
        entry(_upper_month(job.start), _upper_month(job.end), job.position, where, job.highlights)
    heading("Education")
    for d in person.degrees:
        entry(str(d.start[0]), str(d.end[0]), _degree(d), d.institution, [])
    heading("Skills")
    pdf.set_xy(23, y)
    pdf.set_font("Sans", "", 9)
    pdf.set_text_color(40, 40, 40)
    pdf.cell(170, 5, "  \u2022  ".join(person.skills))
    if y > 280:
        raise ValueError(f"timeline page overflows for {person.name}")
    return bytes(pdf.output())


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TEXT_BOX = f"""<w:r xmlns:w="{W}"
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
  xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
  xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
  xmlns:v="urn:schemas-microsoft-com:vml">
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{{z}}"
  behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{{x}}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{{y}}</wp:posOffset></wp:positionV>
<wp:extent cx="{{cx}}" cy="{{cy}}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>
<wp:docPr id="{{z}}" name="Text Box {{z}}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>
<a:ext cx="{{cx}}" cy="{{cy}}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
</wps:spPr><wps:txbx><w:txbxContent>{{body}}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>
</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape style="position:absolute;width:{{wpt}}pt;height:{{hpt}}pt">
<v:textbox><w:txbxContent>{{body}}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>"""
EMU_PER_MM = 36000


def _box_paragraph(text: str, *, bold: bool = False, size: float = 10) -> str:
    from xml.sax.saxutils import escape

    props = ("<w:b/>" if bold else "") + f"<w:sz w:val='{round(size * 2)}'/>"
    run = f"<w:r><w:rPr>{props}</w:rPr><w:t xml:space='preserve'>{escape(text)}</w:t></w:r>"
    return f"<w:p>{run}</w:p>"


def _text_box(z: int, box: tuple[float, float, float, float], paragraphs: list[str]) -> Any:
    from docx.oxml import parse_xml

    x, y, w, h = box
    xml = TEXT_BOX.format(
        z=z,
        x=round(x * EMU_PER_MM),
        y=round(y * EMU_PER_MM),
        cx=round(w * EMU_PER_MM),
        cy=round(h * EMU_PER_MM),
        wpt=round(w * 72 / 25.4),
        hpt=round(h * 72 / 25.4),
        body="".join(paragraphs),
    )
    return parse_xml(xml)


def _textboxes(person: Candidate) -> bytes:
    import docx
    from docx.shared import Mm, Pt

    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = ""
    properties.revision = 1
    section = document.sections[0]
    section.left_margin, section.right_margin = Mm(78), Mm(15)
    section.top_margin = Mm(55)
    document.styles["Normal"].font.size = Pt(10)
    anchor = document.add_paragraph()
    banner = [_box_paragraph(person.name, bold=True, size=24)]
    if person.label:
        banner.append(_box_paragraph(person.label, size=12))
    contact = [
        _box_paragraph(person.email, size=9),
        _box_paragraph(person.phone, size=9),
        _box_paragraph(person.extra["printed"], size=9),
        _box_paragraph(f"linkedin.com/in/{person.extra['linkedin']}", size=9),
    ]
    side = [_box_paragraph("EDUCATION", bold=True, size=11)]
    for d in person.degrees:
        side.append(_box_paragraph(d.institution, bold=True, size=9.5))
        side.append(_box_paragraph(_degree(d), size=9))
        side.append(_box_paragraph(f"{d.start[0]} \u2013 {d.end[0]}", size=9))
    side.append(_box_paragraph("SKILLS", bold=True, size=11))
    side += [_box_paragraph(skill, size=9) for skill in person.skills]
    side.append(_box_paragraph("LANGUAGES", bold=True, size=11))
    side += [_box_paragraph(f"{lang} ({level})", size=9) for lang, level in person.languages]
    anchor._p.append(_text_box(1, (15, 12, 120, 30), banner))
    anchor._p.append(_text_box(2, (140, 12, 60, 30), contact))
    anchor._p.append(_text_box(3, (12, 55, 58, 220), side))
    heading = document.add_paragraph()
    run = heading.add_run("WORK HISTORY")
    run.bold, run.font.size = True, Pt(12)
    for job in person.jobs:
        line = document.add_paragraph()
        run = line.add_run(f"{job.company} \u2013 {job.city}")
        run.bold = True
        line.paragraph_format.space_before = Pt(8)
        document.add_paragraph().add_run(job.position).italic = True
        document.add_paragraph(f"{long_month(job.start)} \u2013 {long_month(job.end)}")
        for note in job.highlights:
            document.add_paragraph(note, style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())


def _printed(person: Candidate) -> bytes:
    """The one-page CV that gets printed and photographed: plain, serif, dates at the right."""
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    pdf.set_xy(20, 18)
    pdf.set_font("Serif", "B", 20)
    pdf.cell(170, 10, person.name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.set_font("Serif", "I", 11)
    pdf.cell(170, 6, person.label or "", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.set_font("Serif", "", 10)
    parts = [person.extra["printed"], person.phone, person.email]
    pdf.cell(170, 6, "  \u2022  ".join(parts), new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 6

    def heading(title: str) -> None:
        nonlocal y
        pdf.set_xy(20, y)
        pdf.set_font("Serif", "B", 12)
        pdf.cell(170, 7, title)
        pdf.line(20, y + 7.5, 190, y + 7.5)
        y += 10

    if person.label:
        heading("Objective")
        pdf.set_xy(20, y)
        pdf.set_font("Serif", "", 10)
        pdf.multi_cell(170, 5, f"Experienced {person.label.lower()} looking for a steady shop.")
        y = pdf.get_y() + 4
    heading("Employment History")
    for job in person.jobs:
        pdf.set_xy(20, y)
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(120, 5.5, f"{job.position}, {job.company}")
        pdf.set_font("Serif", "", 10)
        pdf.set_xy(20, y)
        pdf.cell(170, 5.5, f"{long_month(job.start)} \u2013 {long_month(job.end)}", align="R")
        pdf.set_xy(20, y + 5.5)
        pdf.set_font("Serif", "I", 10)
        pdf.cell(170, 5, job.city)
        y += 11
        pdf.set_font("Serif", "", 10)
        for note in job.highlights:
            pdf.set_xy(24, y)
            pdf.cell(166, 5, f"- {note}")
            y += 5
        y += 3
    heading("Education")
    for d in person.degrees:
        pdf.set_xy(20, y)
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(120, 5.5, d.institution)
        pdf.set_font("Serif", "", 10)
        pdf.set_xy(20, y)
        pdf.cell(170, 5.5, f"{d.start[0]} \u2013 {d.end[0]}", align="R")
        pdf.set_xy(20, y + 5.5)
        pdf.cell(170, 5, _degree(d))
        y += 13
    heading("Skills")
    pdf.set_xy(20, y)
    pdf.set_font("Serif", "", 10)
    pdf.multi_cell(170, 5, ", ".join(person.skills))
    return bytes(pdf.output())


def _phone_photo(pdf: bytes, person: Candidate, options: dict[str, Any]) -> bytes:
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = random.Random(f"{person.name}/photo")
    document = pdfium.PdfDocument(pdf)
    sheet = document[0].render(scale=220 / 72).to_pil().convert("RGB")
    document.close()
    # The desk, a little larger than the sheet; the sheet lands on it in perspective.
    width, height = round(sheet.width * 1.12), round(sheet.height * 1.1)
    desk = Image.new("RGB", (width, height), (121, 96, 72))
    w, h = sheet.width, sheet.height
    margin_x, margin_y = (width - w) / 2, (height - h) / 2
    squeeze = rng.uniform(0.025, 0.045) * w  # the far edge looks narrower
    corners = [
        (margin_x + squeeze, margin_y + rng.uniform(-8, 8)),
        (margin_x + w - squeeze, margin_y + rng.uniform(-8, 8)),
        (margin_x + w + rng.uniform(-6, 6), margin_y + h),
        (margin_x + rng.uniform(-6, 6), margin_y + h),
    ]
    coefficients = _perspective(corners, [(0, 0), (w, 0), (w, h), (0, h)])
    warped = sheet.transform(
        (width, height), Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC
    )
    mask = Image.new("L", sheet.size, 255).transform(
        (width, height), Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BILINEAR
    )
    desk.paste(warped, (0, 0), mask)
    photo = desk.rotate(options["tilt"], resample=Image.Resampling.BICUBIC, fillcolor=(90, 70, 50))
    # Uneven light: brighter near one corner, a soft shadow falling across the other.
    pixels = np.asarray(photo, dtype=np.float32)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    light = 1.0 - 0.28 * (xx / width) * (yy / height) - 0.08 * (yy / height)
    shadow = np.clip((xx + yy * 0.6 - width * 0.9) / (width * 0.25), 0.0, 1.0)
    light = light * (1.0 - 0.25 * shadow)
    tint = np.array([1.0, 0.97, 0.9], dtype=np.float32)
    pixels = pixels * light[..., None] * tint
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0.0, 5.0, pixels.shape)
    image = Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8))
    image = image.filter(ImageFilter.GaussianBlur(1.0))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=82, dpi=(72, 72))
    return out.getvalue()


def _perspective(
    source: list[tuple[float, float]], target: list[tuple[float, float]]
) -> tuple[float, ...]:
    """PIL's eight PERSPECTIVE coefficients mapping output points `source` to input `target`."""
    import numpy as np

    rows = []
    values = []
    for (x, y), (u, v) in zip(source, target, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        values += [u, v]
    solution = np.linalg.solve(np.array(rows, dtype=float), np.array(values, dtype=float))
    return tuple(float(value) for value in solution)


def _portuguese(person: Candidate) -> bytes:
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    side = 64.0
    pdf.set_fill_color(228, 228, 228)
    pdf.rect(0, 0, side, 297, style="F")
    y = 16.0

    def side_heading(title: str) -> None:
        nonlocal y
        pdf.set_xy(9, y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(side - 14, 6, title)
        y += 8

    def side_line(text: str) -> None:
        nonlocal y
        pdf.set_xy(9, y)
        pdf.set_font("Sans", "", 8.5)
        pdf.multi_cell(side - 14, 4.4, text)
        y = pdf.get_y() + 1

    side_heading("CONTACTO")
    for text in (person.phone, person.email, person.extra["printed"]):
        side_line(text)
    y += 6
    side_heading("COMPETÊNCIAS")
    for skill in person.skills:
        side_line(skill)
    y += 6
    side_heading("IDIOMAS")
    for language, level in person.languages:
        side_line(f"{language} \u2013 {level}")

    x, width = side + 10, 210 - side - 24
    pdf.set_xy(x, 16)
    pdf.set_font("Sans", "B", 21)
    pdf.cell(width, 10, person.name, new_x="LEFT", new_y="NEXT")
    pdf.set_font("Sans", "", 11)
    pdf.cell(width, 6, person.label or "")
    y = 38.0

    def heading(title: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11.5)
        pdf.cell(width, 6, title)
        pdf.line(x, y + 6.5, x + width, y + 6.5)
        y += 9

    heading("PERFIL")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(
        width, 4.5, "Profissional com experiência na indústria e foco em melhoria contínua."
    )
    y = pdf.get_y() + 5
    heading("EXPERIÊNCIA PROFISSIONAL")
    for job in person.jobs:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.multi_cell(width, 5, f"{job.position} | {job.company}, {job.city}")
        y = pdf.get_y()
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.5)
        pdf.cell(
            width,
            4.5,
            f"{numeric_month(job.start, 'atual')} \u2013 {numeric_month(job.end, 'atual')}",
        )
        y += 5.5
        for note in job.highlights:
            pdf.set_xy(x + 3, y)
            pdf.multi_cell(width - 3, 4.4, f"\u2022 {note}")
            y = pdf.get_y()
        y += 4
    heading("FORMAÇÃO ACADÉMICA")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(width, 5, f"{d.study} em {d.area}")
        pdf.set_xy(x, y + 5)
        pdf.set_font("Sans", "", 8.5)
        pdf.cell(width, 4.5, f"{d.institution}, {d.start[0]} \u2013 {d.end[0]}")
        y += 12
    return bytes(pdf.output())


def _lowres_scan(pdf: bytes, person: Candidate) -> bytes:
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = random.Random(f"{person.name}/scan150")
    document = pdfium.PdfDocument(pdf)
    page = document[0].render(scale=150 / 72, grayscale=True).to_pil().convert("L")
    document.close()
    page = page.rotate(rng.uniform(-0.7, 0.7), resample=Image.Resampling.BICUBIC, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(0.5))
    pixels = np.asarray(page, dtype=np.float32)
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0.0, 9.0, pixels.shape)
    # A scanner that washes the page out a little: lifted blacks, grey paper.
    pixels = 30 + pixels * 0.82 + noise
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=70, dpi=(150, 150))
    return out.getvalue()

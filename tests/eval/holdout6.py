"""Sixth held-out round ("holdout-6"): five more layouts, written before any tuning on them.

Each layout differs in structure from every earlier style:

* ``pdf-sidebar-rightdates`` — a shaded narrow left column holds contact, skills and
  languages; the wide right column has the name, then entries whose first line is the
  position in bold with the dates right-aligned on the same line, the company and place in
  italics below it, then bullets. Education puts the degree first, the school second.
* ``pdf-de-gutter`` — a German "Lebenslauf": "Persönliche Daten" as label/value rows,
  "Berufserfahrung" and "Ausbildung" with "09/2018 \u2013 heute" date ranges in a left gutter
  beside each entry, German degree names ("M.Sc. Informatik", "Diplom-Kaufmann"),
  "Kenntnisse" and "Sprachen", a place-and-date line at the end.
* ``scan-de-gutter`` — the same German layout rendered, tilted and noised as a scan.
* ``docx-table-entries`` — a Word CV whose entries live in a two-column table per section:
  the dates in the narrow left cell, the company (bold), the position (italic), the place and
  bullets as separate paragraphs in the right cell; contact details in a one-row table.
* ``pdf-oneline-entries`` — a dense one-pager: each entry is a single line
  "Company \u2014 Position (Jun 2017 \u2013 Aug 2020)" followed by a prose paragraph instead of
  bullets; education "B.Eng. Mechanical Engineering, School (2011 \u2013 2016)" on one line.
* ``txt-es-caps`` — a Spanish plain-text CV: ALL CAPS headings underlined with dashes
  ("EXPERIENCIA PROFESIONAL", "FORMACIÓN ACADÉMICA", "IDIOMAS"), entries
  "Puesto — Empresa, Ciudad" over "Marzo 2019 - Actualidad", degrees "Grado en …".

People, employers, titles and schools come from pools disjoint from every earlier round,
drawn from their own random stream. The truth states only what the document shows, in the
precision it shows it.
"""

from __future__ import annotations

import calendar
import io
import random
from dataclasses import dataclass, field
from typing import Any

from tests.eval.people import ascii_slug
from tests.eval.render import (
    FIXED_DATE,
    FONTS,
    drop_empty,
    iso_month,
    months_before,
    normalise_zip,
    numeric_month,
    short_month,
)

HOLDOUT_TAG = "holdout-6"
GENERATOR = "tests/eval/holdout6.py"
SEED = 6_113_029
Month = tuple[int, int]
MONTHS = list(calendar.month_name)[1:]
MESES = (
    "Enero",
    "Febrero",
    "Marzo",
    "Abril",
    "Mayo",
    "Junio",
    "Julio",
    "Agosto",
    "Septiembre",
    "Octubre",
    "Noviembre",
    "Diciembre",
)

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-sidebar-rightdates", 3),
    ("pdf-de-gutter", 3),
    ("scan-de-gutter", 1),
    ("docx-table-entries", 3),
    ("pdf-oneline-entries", 2),
    ("txt-es-caps", 2),
)


@dataclass(frozen=True, slots=True)
class Pools:
    first: tuple[str, ...]
    last: tuple[str, ...]
    cities: tuple[tuple[str, str | None, str | None], ...]  # (city, region, country code)
    employers: tuple[str, ...]
    titles: tuple[str, ...]
    highlights: tuple[str, ...]
    skills: tuple[str, ...]
    schools: tuple[str, ...]
    degrees: tuple[tuple[str, str], ...]  # (studyType, area)


ENGLISH_HIGHLIGHTS = (
    "Reduced monthly cloud spend by 22% by right-sizing compute clusters.",
    "Led the migration of 14 legacy services to a shared event bus.",
    "Hired and onboarded four engineers into a new platform team.",
    "Shipped a self-service reporting portal used by 600 field staff.",
    "Negotiated supplier contracts worth $1.2M a year.",
    "Cut average ticket resolution time from 3 days to 9 hours.",
    "Designed the data retention policy adopted company-wide.",
    "Automated quarterly audits, saving 30 analyst hours per cycle.",
)

POOLS: dict[str, Pools] = {
    "pdf-sidebar-rightdates": Pools(
        first=("Odalys", "Quillon", "Marisol", "Thaddeus", "Annika", "Leopold", "Saoirse"),
        last=("Vandermeer", "Whitlock", "Ashdown", "Pemberton", "Okonkwo", "Lindqvist"),
        cities=(("Portland", "OR", "US"), ("Boise", "ID", "US"), ("Spokane", "WA", "US")),
        employers=(
            "Cascadia Grid Partners",
            "Timberline Health Systems",
            "Ironwood Payments",
            "Bluestem Logistics",
            "Quarry Lane Software",
            "Meadowlark Insurance",
        ),
        titles=(
            "Data Engineer",
            "Senior Data Analyst",
            "Analytics Manager",
            "Business Intelligence Developer",
            "Platform Engineer",
        ),
        highlights=ENGLISH_HIGHLIGHTS,
        skills=("Python", "dbt", "Snowflake", "Airflow", "Tableau", "Spark", "Terraform", "SQL"),
        schools=(
            "Oregon State University",
            "Washington State University",
            "Boise State University",
        ),
        degrees=(
            ("Master of Science", "Statistics"),
            ("Bachelor of Science", "Applied Mathematics"),
            ("B.S.", "Computer Science"),
        ),
    ),
    "pdf-de-gutter": Pools(
        first=("Friederike", "Joachim", "Henrike", "Malte", "Wiebke", "Jörg", "Gesine"),
        last=("Böttcher", "Hagedorn", "Wendland", "Kießling", "Rademacher", "Schwertfeger"),
        cities=(("Leipzig", None, None), ("Kassel", None, None), ("Rostock", None, None)),
        employers=(
            "Elbtal Software GmbH",
            "Nordlicht Logistik AG",
            "Saalewerk Energie GmbH",
            "Brückner & Voss Consulting",
            "Hanse Datentechnik GmbH",
            "Mittelland Versicherung AG",
        ),
        titles=(
            "Softwareentwicklerin",
            "Projektleiter IT",
            "Teamleiterin Controlling",
            "Werkstudent Softwareentwicklung",
            "Senior Consultant",
        ),
        highlights=(
            "Einführung eines neuen ERP-Moduls für 120 Anwender",
            "Aufbau einer CI/CD-Pipeline mit GitLab und Kubernetes",
            "Verantwortung für ein Budget von 800.000 Euro",
            "Fachliche Führung von sechs Mitarbeitenden",
            "Optimierung der Lagerprozesse, 15 % weniger Durchlaufzeit",
            "Betreuung von Kunden aus dem Mittelstand",
            "Erstellung von Monats- und Quartalsberichten",
            "Schulung der Fachabteilungen in SAP S/4HANA",
        ),
        skills=("Java", "Kotlin", "SAP S/4HANA", "SQL", "Scrum", "Docker", "Power BI", "Excel"),
        schools=(
            "Universität Leipzig",
            "Technische Universität Dresden",
            "Universität Rostock",
            "Hochschule für Technik, Wirtschaft und Kultur Leipzig",
        ),
        degrees=(
            ("M.Sc.", "Informatik"),
            ("B.Sc.", "Wirtschaftsinformatik"),
            ("Diplom-Kaufmann", "Betriebswirtschaftslehre"),
            ("Bachelor of Engineering", "Maschinenbau"),
        ),
    ),
    "docx-table-entries": Pools(
        first=("Perpetua", "Alaric", "Ottoline", "Cassius", "Euphemia", "Lysander"),
        last=("Fairweather", "Quintrell", "Abernethy", "Trelawney", "Cholmondeley", "Penhaligon"),
        cities=(("Exeter", None, "GB"), ("Truro", None, "GB"), ("Plymouth", None, "GB")),
        employers=(
            "Tamar Estuary Trust",
            "Dartmoor Brewing Company",
            "Kernow Renewables Ltd",
            "Westcountry Housing Association",
            "Lizard Point Marine Services",
            "Exe Valley Veterinary Group",
        ),
        titles=(
            "Operations Manager",
            "Finance Business Partner",
            "Project Coordinator",
            "Procurement Officer",
            "Head of Partnerships",
        ),
        highlights=ENGLISH_HIGHLIGHTS,
        skills=("Sage 200", "Excel", "PRINCE2", "Stakeholder management", "Budgeting", "Xero"),
        schools=("University of Exeter", "Falmouth University", "University of Plymouth"),
        degrees=(
            ("BA (Hons)", "Economics"),
            ("BSc (Hons)", "Marine Biology"),
            ("MA", "International Relations"),
        ),
    ),
    "pdf-oneline-entries": Pools(
        first=("Kiran", "Margaux", "Tobias", "Ingrid", "Rafferty", "Noor"),
        last=("Abernathy-Ruiz", "Castellanos", "Dunleavy", "Espinoza", "Fairbanks", "Gallagher"),
        cities=(("Waterloo", "ON", "CA"), ("Kitchener", "ON", "CA"), ("Guelph", "ON", "CA")),
        employers=(
            "Grand River Robotics",
            "Northfield Aerospace",
            "Conestoga Medical Devices",
            "Lakehead Automation",
            "Speed River Instruments",
        ),
        titles=(
            "Mechanical Design Engineer",
            "Controls Engineer",
            "Manufacturing Engineer",
            "Engineering Intern",
        ),
        highlights=ENGLISH_HIGHLIGHTS,
        skills=("SolidWorks", "MATLAB", "GD&T", "ANSYS", "PLC programming", "Python"),
        schools=("University of Waterloo", "University of Guelph", "McMaster University"),
        degrees=(
            ("B.Eng.", "Mechanical Engineering"),
            ("M.A.Sc.", "Mechatronics"),
            ("BASc", "Systems Design Engineering"),
        ),
    ),
    "txt-es-caps": Pools(
        first=("Ximena", "Gonzalo", "Itziar", "Nicanor", "Maite", "Anselmo"),
        last=("Arrieta", "Quintanilla", "Echeverría", "Villalobos", "Zubizarreta", "Olmedo"),
        cities=(("Valencia", None, "ES"), ("Zaragoza", None, "ES"), ("Bilbao", None, "ES")),
        employers=(
            "Levante Digital S.L.",
            "Grupo Ebro Alimentación",
            "Cantábrico Seguros S.A.",
            "Turia Ingeniería",
            "Aragón Movilidad S.L.",
        ),
        titles=(
            "Analista de Datos",
            "Jefe de Proyecto",
            "Técnica de Marketing",
            "Desarrollador Backend",
            "Responsable de Compras",
        ),
        highlights=(
            "Coordinación de un equipo de cinco personas.",
            "Implantación de un cuadro de mando en Power BI.",
            "Reducción del 18 % en costes de transporte.",
            "Gestión de proveedores nacionales e internacionales.",
            "Desarrollo de APIs REST en Node.js.",
            "Análisis de campañas y segmentación de clientes.",
        ),
        skills=("SQL", "Power BI", "Python", "SAP", "Excel avanzado", "Node.js"),
        schools=("Universitat de València", "Universidad de Zaragoza", "Universidad de Deusto"),
        degrees=(
            ("Grado", "Administración y Dirección de Empresas"),
            ("Grado", "Ingeniería Informática"),
            ("Máster", "Marketing Digital"),
        ),
    ),
}
POOLS["scan-de-gutter"] = POOLS["pdf-de-gutter"]
LANGUAGES = {
    "pdf-de-gutter": (("Deutsch", "Muttersprache"), ("Englisch", "verhandlungssicher (C1)")),
    "txt-es-caps": (("Español", "nativo"), ("Inglés", "B2"), ("Francés", "A2")),
}


@dataclass(slots=True)
class Job:
    company: str
    position: str
    city: str
    start: Month
    end: Month | None
    highlights: list[str]


@dataclass(slots=True)
class Degree:
    institution: str
    study: str
    area: str
    start: Month
    end: Month


def job_truth(job: Job, precision: str) -> dict[str, Any]:
    """A job as JSON Resume `work`, its dates to `precision` ("month" or "year")."""
    return drop_empty(
        {
            "name": job.company,
            "position": job.position,
            "location": job.city,
            "startDate": iso_month(job.start, precision),
            "endDate": iso_month(job.end, precision),
            "highlights": job.highlights,
        }
    )


def degree_truth(degree: Degree, *, start: bool = True) -> dict[str, Any]:
    """A degree as JSON Resume `education`, years only; `start=False` when only the end shows."""
    return drop_empty(
        {
            "institution": degree.institution,
            "studyType": degree.study,
            "area": degree.area,
            "startDate": iso_month(degree.start, "year") if start else None,
            "endDate": iso_month(degree.end, "year"),
        }
    )


@dataclass(slots=True)
class Candidate:
    style: str
    name: str
    label: str | None
    email: str
    phone: str
    url: str | None
    city: str
    region: str | None
    code: str | None
    jobs: list[Job]
    degrees: list[Degree]
    skills: list[str]
    languages: list[tuple[str, str]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def slug(self) -> str:
        return "-".join(ascii_slug(self.name).split())


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-sidebar-rightdates":
        return {"dates": rng.choice(("mon", "mm/yyyy")), "shade": rng.choice((225, 235, 240))}
    if style == "docx-table-entries":
        return {
            "present": rng.choice(("Present", "present", "Current")),
            "years": rng.random() < 0.5,
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pools = POOLS[style]
    name = ""
    while not name or name in used:
        name = f"{rng.choice(pools.first)} {rng.choice(pools.last)}"
    used.add(name)
    first, last = ascii_slug(name).split()[0], ascii_slug(name).split()[-1]
    city, region, code = rng.choice(pools.cities)
    highlights = rng.sample(pools.highlights, len(pools.highlights))
    end: Month | None = None if rng.random() < 0.6 else (2024, rng.randint(1, 8))
    jobs: list[Job] = []
    for company in rng.sample(pools.employers, rng.randint(2, 3)):
        start = months_before(end or (2024, 9), rng.randint(10, 40))
        where = rng.choice(pools.cities)[0] if rng.random() < 0.35 else city
        take = [highlights.pop() for _ in range(2)]
        jobs.append(Job(company, rng.choice(pools.titles), where, start, end, take))
        end = months_before(start, rng.randint(0, 3))
    year = jobs[-1].start[0] - rng.randint(0, 1)
    degrees: list[Degree] = []
    schools = rng.sample(pools.schools, 2)
    kinds = rng.sample(pools.degrees, 2)
    for index in range(rng.randint(1, 2)):
        study, area = kinds[index]
        length = 2 if study.startswith(("M", "Máster")) else 3 + rng.randint(0, 1)
        degrees.append(Degree(schools[index], study, area, (year - length, 10), (year, 7)))
        year -= length + rng.randint(0, 1)
    tld = {"pdf-de-gutter": "de", "scan-de-gutter": "de", "txt-es-caps": "es"}.get(style, "com")
    dial = {"US": "+1 503", "GB": "+44 1392", "CA": "+1 519", "ES": "+34 6"}.get(code or "", "")
    phone = f"{dial} {rng.randint(200, 899)} {rng.randint(1000, 9999)}"
    if style in ("pdf-de-gutter", "scan-de-gutter"):
        phone = f"+49 {rng.randint(151, 179)} {rng.randint(1000000, 9999999)}"
    candidate = Candidate(
        style=style,
        name=name,
        label=jobs[0].position if rng.random() < 0.7 else None,
        email=f"{first}.{last}@example.{tld}",
        phone=phone,
        url=f"https://{first}{last}.{tld}" if rng.random() < 0.4 else None,
        city=city,
        region=region,
        code=code,
        jobs=jobs,
        degrees=degrees,
        skills=rng.sample(pools.skills, 5),
    )
    if style in LANGUAGES:
        candidate.languages = list(LANGUAGES[style])
    elif style == "pdf-sidebar-rightdates":
        candidate.languages = [("English", "Native"), rng.choice((("Spanish", "Intermediate"),))]
    if style in ("pdf-de-gutter", "scan-de-gutter"):
        candidate.extra = {
            "street": f"{rng.choice(('Lindenstraße', 'Am Markt', 'Bahnhofstraße'))} "
            f"{rng.randint(2, 80)}",
            "postal": f"{rng.randint(10000, 99999)}",
            "born": f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{year - 20}",
        }
    return candidate


# ------------------------------------------------------------------------------------ truth


def _precision(style: str, options: dict[str, Any], education: bool) -> str:
    if style == "docx-table-entries" and options.get("years"):
        return "year"
    if education and style in ("pdf-sidebar-rightdates", "pdf-oneline-entries", "txt-es-caps"):
        return "year"
    return "month"


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    location = drop_empty(
        {"city": person.city, "region": person.region, "countryCode": person.code}
    )
    if "street" in person.extra:
        location |= {"address": person.extra["street"], "postalCode": person.extra["postal"]}
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "location": location,
        }
    )
    precision = _precision(style, options, education=False)
    work = [
        drop_empty(
            {
                "name": job.company,
                "position": job.position,
                "location": job.city if style != "pdf-oneline-entries" else None,
                "startDate": iso_month(job.start, precision),
                "endDate": iso_month(job.end, precision),
                "highlights": job.highlights if style != "pdf-oneline-entries" else [],
                "summary": " ".join(job.highlights) if style == "pdf-oneline-entries" else None,
            }
        )
        for job in person.jobs
    ]
    precision = _precision(style, options, education=True)
    education = [
        {
            "institution": d.institution,
            "area": d.area,
            "studyType": d.study,
            "startDate": iso_month(d.start, precision),
            "endDate": iso_month(d.end, precision),
        }
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
    if style == "pdf-sidebar-rightdates":
        return _sidebar(person, options), "pdf"
    if style == "pdf-de-gutter":
        return _gutter(person), "pdf"
    if style == "scan-de-gutter":
        from tests.eval.render_pdf import scan

        return scan(_gutter(person), "jpeg", random.Random(f"{person.name}/scan"))
    if style == "docx-table-entries":
        return _docx_table(person, options), "docx"
    if style == "pdf-oneline-entries":
        return _oneline(person), "pdf"
    return _spanish(person).encode("utf-8"), "txt"


def _pdf(family: str, files: str) -> Any:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(auto=True, margin=14)
    for variant, suffix in (("", ""), ("B", "-Bold"), ("I", "-Oblique"), ("BI", "-BoldOblique")):
        if files.startswith("DejaVuSerif"):
            suffix = suffix.replace("Oblique", "Italic")
        pdf.add_font(family, variant, str(FONTS / f"{files}{suffix}.ttf"))
    return pdf


def _sidebar(person: Candidate, options: dict[str, Any]) -> bytes:
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    side = 68.0
    pdf.set_fill_color(options["shade"], options["shade"], options["shade"] + 8)
    pdf.rect(0, 0, side, 297, style="F")
    x, w = 8.0, side - 14

    def side_heading(text: str) -> None:
        pdf.ln(4)
        pdf.set_x(x)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(w, 6, text.upper(), new_x="LMARGIN", new_y="NEXT")

    pdf.set_y(20)
    side_heading("Contact")
    where = f"{person.city}, {person.region}"
    for text in (person.phone, person.email, where, *([person.url] if person.url else [])):
        pdf.set_x(x)
        pdf.set_font("Sans", "", 7.5)
        pdf.multi_cell(w, 4.6, text.removeprefix("https://"), new_x="LMARGIN", new_y="NEXT")
    side_heading("Skills")
    for skill in person.skills:
        pdf.set_x(x)
        pdf.set_font("Sans", "", 8.5)
        pdf.cell(w, 4.8, skill, new_x="LMARGIN", new_y="NEXT")
    side_heading("Languages")
    for language, level in person.languages:
        pdf.set_x(x)
        pdf.set_font("Sans", "", 8.5)
        pdf.cell(w, 4.8, f"{language} ({level})", new_x="LMARGIN", new_y="NEXT")

    mx, mw = side + 9, 210 - side - 19
    pdf.set_xy(mx, 18)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(mw, 10, person.name, new_x="LEFT", new_y="NEXT")
    if person.label:
        pdf.set_font("Sans", "", 11)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(mw, 6, person.label, new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(20, 20, 20)

    def heading(text: str) -> None:
        pdf.ln(5)
        pdf.set_x(mx)
        pdf.set_font("Sans", "B", 11.5)
        pdf.cell(mw, 6.5, text.upper(), new_x="LEFT", new_y="NEXT")
        pdf.set_draw_color(150, 150, 150)
        pdf.line(mx, pdf.get_y(), mx + mw, pdf.get_y())
        pdf.ln(2)

    def span(start: Month | None, end: Month | None) -> str:
        if options["dates"] == "mon":
            return f"{short_month(start)} \u2013 {short_month(end)}"
        return f"{numeric_month(start, 'Present')} \u2013 {numeric_month(end, 'Present')}"

    def entry(bold: str, right: str, italic: str, bullets: list[str]) -> None:
        pdf.set_x(mx)
        pdf.set_font("Sans", "", 8.5)
        pdf.cell(mw, 5.5, right, align="R")
        pdf.set_x(mx)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(mw - 40, 5.5, bold, new_x="LEFT", new_y="NEXT")
        pdf.set_font("Sans", "I", 9)
        pdf.cell(mw, 5, italic, new_x="LEFT", new_y="NEXT")
        pdf.set_font("Sans", "", 9)
        for bullet in bullets:
            pdf.set_x(mx + 2)
            pdf.cell(4, 4.6, "\u2022")
            pdf.multi_cell(mw - 6, 4.6, bullet, new_x="LEFT", new_y="NEXT")
            pdf.set_x(mx)
        pdf.ln(2.5)

    heading("Experience")
    for job in person.jobs:
        entry(job.position, span(job.start, job.end), f"{job.company}, {job.city}", job.highlights)
    heading("Education")
    for d in person.degrees:
        entry(f"{d.study} in {d.area}", f"{d.start[0]} \u2013 {d.end[0]}", d.institution, [])
    if pdf.get_y() > 287:
        raise ValueError(f"sidebar page overflows for {person.name}")
    return bytes(pdf.output())


def _gutter(person: Candidate) -> bytes:
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_margins(20, 18, 18)
    pdf.add_page()
    width = pdf.w - 38
    gutter = 38.0
    pdf.set_font("Serif", "B", 20)
    pdf.cell(width, 10, person.name, new_x="LMARGIN", new_y="NEXT")
    if person.label:
        pdf.set_font("Serif", "I", 11)
        pdf.cell(width, 6, person.label, new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(60, 60, 60)
    pdf.line(20, pdf.get_y() + 2, 20 + width, pdf.get_y() + 2)
    pdf.ln(4)

    def heading(text: str) -> None:
        pdf.ln(4)
        pdf.set_font("Serif", "B", 12.5)
        pdf.set_text_color(30, 60, 110)
        pdf.cell(width, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)

    def row(left: str, lines: list[tuple[str, str]]) -> None:
        top = pdf.get_y()
        pdf.set_font("Serif", "", 9.5)
        pdf.set_text_color(80, 80, 80)
        pdf.cell(gutter, 5.2, left)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(20 + gutter, top)
        for look, text in lines:
            pdf.set_x(20 + gutter)
            pdf.set_font("Serif", look, 10 if look == "B" else 9.5)
            pdf.multi_cell(width - gutter, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    heading("Persönliche Daten")
    address = f"{person.extra['street']}, {person.extra['postal']} {person.city}"
    details = [
        ("Anschrift", address),
        ("Telefon", person.phone),
        ("E-Mail", person.email),
        *([("Webseite", person.url.removeprefix("https://"))] if person.url else []),
        ("Geburtsdatum", person.extra["born"]),
        ("Familienstand", "ledig"),
    ]
    for label, value in details:
        row(label, [("", value)])
    heading("Berufserfahrung")
    for job in person.jobs:
        when = f"{numeric_month(job.start, 'heute')} \u2013 {numeric_month(job.end, 'heute')}"
        lines = [("B", job.position), ("", f"{job.company}, {job.city}")]
        lines += [("", f"\u2013 {text}") for text in job.highlights]
        row(when, lines)
    heading("Ausbildung")
    for d in person.degrees:
        when = f"{numeric_month(d.start, '')} \u2013 {numeric_month(d.end, '')}"
        row(when, [("B", f"{d.study} {d.area}"), ("", d.institution)])
    heading("Kenntnisse")
    row("EDV", [("", ", ".join(person.skills))])
    heading("Sprachen")
    for language, level in person.languages:
        row(language, [("", level)])
    pdf.ln(8)
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(width, 5, f"{person.city}, 01.03.2024", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "I", 12)
    pdf.cell(width, 8, person.name, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _docx_table(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.shared import Cm, Pt, RGBColor

    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = ""
    properties.revision = 1
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(10.5)
    title = document.add_paragraph()
    run = title.add_run(person.name)
    run.bold, run.font.size = True, Pt(20)
    if person.label:
        document.add_paragraph(person.label)
    where = f"{person.city}, United Kingdom"
    details = [person.email, person.phone, where]
    if person.url:
        details.append(person.url.removeprefix("https://"))
    contact = document.add_table(rows=1, cols=len(details))
    for cell, text in zip(contact.rows[0].cells, details, strict=True):
        cell.text = text
    present = options["present"]

    def span(start: Month, end: Month | None) -> str:
        if options["years"]:
            return f"{start[0]} \u2013 {present if end is None else end[0]}"
        return f"{short_month(start)} \u2013 {short_month(end, present)}"

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(12)
        run = paragraph.add_run(text.upper())
        run.bold = True
        run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    def table(rows: list[tuple[str, list[tuple[str, str]]]]) -> None:
        grid = document.add_table(rows=0, cols=2)
        for left, lines in rows:
            cells = grid.add_row().cells
            cells[0].width, cells[1].width = Cm(3.5), Cm(13)
            cells[0].text = left
            cells[1].text = ""
            first = True
            for look, text in lines:
                paragraph = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
                first = False
                run = paragraph.add_run(text)
                run.bold, run.italic = look == "B", look == "I"

    heading("Professional Experience")
    table(
        [
            (
                span(job.start, job.end),
                [("B", job.company), ("I", job.position), ("", job.city)]
                + [("", f"\u2022 {text}") for text in job.highlights],
            )
            for job in person.jobs
        ]
    )
    heading("Education")
    table(
        [
            (span(d.start, d.end), [("B", d.institution), ("", f"{d.study} {d.area}")])
            for d in person.degrees
        ]
    )
    heading("Skills")
    document.add_paragraph(", ".join(person.skills))
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())


def _oneline(person: Candidate) -> bytes:
    pdf = _pdf("Sans", "DejaVuSansCondensed")
    pdf.set_margins(16, 14, 16)
    pdf.add_page()
    width = pdf.w - 32
    pdf.set_font("Sans", "B", 18)
    pdf.cell(width, 9, person.name, align="C", new_x="LMARGIN", new_y="NEXT")
    parts = [f"{person.city}, {person.region}", person.phone, person.email]
    if person.url:
        parts.append(person.url.removeprefix("https://"))
    pdf.set_font("Sans", "", 9)
    pdf.cell(width, 5, "  \u00b7  ".join(parts), align="C", new_x="LMARGIN", new_y="NEXT")
    if person.label:
        pdf.cell(width, 5, person.label, align="C", new_x="LMARGIN", new_y="NEXT")

    def heading(text: str) -> None:
        pdf.ln(3)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(width, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.line(16, pdf.get_y(), 16 + width, pdf.get_y())
        pdf.ln(1.5)

    heading("Experience")
    for job in person.jobs:
        when = f"({short_month(job.start)} \u2013 {short_month(job.end)})"
        pdf.set_font("Sans", "", 9.5)
        pdf.multi_cell(
            width,
            5,
            f"**{job.company}** \u2014 {job.position} {when}",
            markdown=True,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.set_font("Sans", "", 9)
        pdf.multi_cell(width, 4.6, " ".join(job.highlights), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    heading("Education")
    for d in person.degrees:
        pdf.set_font("Sans", "", 9.5)
        pdf.multi_cell(
            width,
            5,
            f"**{d.study} {d.area}**, {d.institution} ({d.start[0]} \u2013 {d.end[0]})",
            markdown=True,
            new_x="LMARGIN",
            new_y="NEXT",
        )
    heading("Skills")
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.8, " \u00b7 ".join(person.skills), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _mes(month: Month | None) -> str:
    return "Actualidad" if month is None else f"{MESES[month[1] - 1]} {month[0]}"


def _spanish(person: Candidate) -> str:
    def heading(text: str) -> list[str]:
        return ["", text, "-" * len(text)]

    out = [person.name.upper()]
    if person.label:
        out.append(person.label)
    out.append(f"{person.city} | {person.phone} | {person.email}")
    if person.url:
        out.append(person.url)
    out += heading("EXPERIENCIA PROFESIONAL")
    for job in person.jobs:
        out += [f"{job.position} \u2014 {job.company}, {job.city}"]
        out += [f"{_mes(job.start)} - {_mes(job.end)}"]
        out += [f"  - {text}" for text in job.highlights] + [""]
    out += heading("FORMACIÓN ACADÉMICA")
    for d in person.degrees:
        prefix = f"{d.study} en" if d.study in ("Grado", "Máster") else d.study
        out += [f"{prefix} {d.area}", f"{d.institution}, {d.start[0]} - {d.end[0]}", ""]
    out += heading("HABILIDADES")
    out += [", ".join(person.skills)]
    out += heading("IDIOMAS")
    out += [f"{lang}: {level}" for lang, level in person.languages]
    return "\n".join(out) + "\n"

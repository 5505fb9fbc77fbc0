"""Fourth held-out round ("holdout-4"): four more layouts real resumes use, unseen by the parser.

Written without reading the parser, so its first score on them is an honest held-out figure.
Each layout differs in structure from every earlier style:

* ``pdf-functional`` — a US "functional" resume: centred name, a Summary, "Core Competencies"
  as a three-column grid, then "Professional Experience" where each entry is a bold line
  "Company — City, ST" followed by an italic line "Title, 2016-2019" (or "Title, 03/2016 -
  07/2019", with en dashes); education as "University — City, ST" over "B.S. in Area, 2012";
  certifications.
* ``pdf-academic-cv`` — an academic CV: "Curriculum Vitae", a departmental address block,
  "Appointments" as one-line entries "Assistant Professor of Physics, University, City,
  2019-present", one-line degrees "Ph.D. in Physics, University of X, 2015" with a
  dissertation line, and numbered "Publications", "Grants", "Teaching" and "Awards" that are
  not jobs.
* ``docx-lists-tabs`` — a Word document with the name and headline in the page header (and
  sometimes the contact line in the page footer), Word list styles ("List Bullet",
  "List Number") and a right tab stop between the title and the dates ("Senior Analyst<TAB>Mar
  2019 - Present"), the employer on the next line.
* ``scan-typed`` — a scanned typewritten-looking page drawn straight with Pillow at 200 dpi
  in a serif face, slightly rotated and noisy: "EMPLOYMENT HISTORY:" headings with a colon,
  position on one line and "Company, City — January 2018 to June 2021" under it.

People, employers, titles, schools and places come from pools disjoint from every earlier
round and from their own random stream. The truth states only what the document shows, in
the precision it shows it.
"""

from __future__ import annotations

import calendar
import io
import random
from dataclasses import dataclass
from typing import Any

from tests.eval.people import ascii_slug
from tests.eval.render import (
    FIXED_DATE,
    FONTS,
    drop_empty,
    iso_month,
    months_before,
    normalise_zip,
    short_month,
)

HOLDOUT_TAG = "holdout-4"
GENERATOR = "tests/eval/holdout4.py"
SEED = 7_310_442
Month = tuple[int, int]
MONTHS = list(calendar.month_name)[1:]

FIRST = (
    "Aurelio",
    "Brigid",
    "Cosmin",
    "Delphine",
    "Eamon",
    "Fenella",
    "Giedre",
    "Halvard",
    "Ilse",
    "Joaquim",
    "Kerensa",
    "Lorcan",
    "Mireille",
    "Niamh",
    "Orla",
    "Perpetua",
    "Quentin",
    "Rashida",
    "Stellan",
    "Thandiwe",
)
LAST = (
    "Abernethy",
    "Brodeur",
    "Castellanos",
    "Dunmore",
    "Ekwueme",
    "Fairbanks",
    "Grimaldi",
    "Holloway",
    "Iversen",
    "Jablonski",
    "Kinsella",
    "Lachance",
    "Montague",
    "Ndiaye",
    "Okonkwo",
    "Prendergast",
    "Radcliffe",
    "Szabo",
    "Thibodeaux",
    "Vanterpool",
)


@dataclass(frozen=True, slots=True)
class Town:
    city: str
    region: str
    code: str
    area: str


TOWNS = (
    Town("Boise", "ID", "US", "208"),
    Town("Omaha", "NE", "US", "402"),
    Town("Tucson", "AZ", "US", "520"),
    Town("Madison", "WI", "US", "608"),
    Town("Richmond", "VA", "US", "804"),
    Town("Spokane", "WA", "US", "509"),
    Town("Albuquerque", "NM", "US", "505"),
    Town("Hartford", "CT", "US", "860"),
    Town("Knoxville", "TN", "US", "865"),
    Town("Providence", "RI", "US", "401"),
)

# Functional / DOCX / scan: business roles.
TRADES: dict[str, dict[str, tuple[str, ...]]] = {
    "operations": {
        "titles": (
            "Operations Manager",
            "Program Coordinator",
            "Facilities Supervisor",
            "Procurement Specialist",
        ),
        "skills": (
            "Vendor management",
            "Budget oversight",
            "Process improvement",
            "Contract negotiation",
            "Staff scheduling",
            "Safety compliance",
            "Inventory control",
            "Stakeholder reporting",
            "Space planning",
        ),
        "highlights": (
            "Consolidated 40 vendor contracts into 11, saving $310K annually.",
            "Reduced facility work-order backlog from 260 to 35 tickets.",
            "Rolled out a preventive maintenance calendar across four sites.",
            "Managed a $2.4M operating budget with zero audit findings.",
            "Hired and trained a crew of 14 maintenance technicians.",
            "Cut average purchase-order cycle time from 9 days to 4.",
            "Led the move of 180 employees into a new headquarters building.",
        ),
    },
    "analytics": {
        "titles": (
            "Senior Data Analyst",
            "Business Intelligence Developer",
            "Pricing Analyst",
            "Reporting Specialist",
        ),
        "skills": (
            "SQL",
            "Looker",
            "Python",
            "A/B testing",
            "Forecasting",
            "dbt",
            "Data visualization",
            "Snowflake",
            "Stakeholder workshops",
        ),
        "highlights": (
            "Built a churn dashboard used weekly by the executive team.",
            "Automated 22 monthly reports, freeing 60 analyst hours a month.",
            "Designed the pricing experiment that lifted margin by 3.1 points.",
            "Migrated the reporting warehouse from Redshift to Snowflake.",
            "Documented 150 metrics in a shared data dictionary.",
            "Trained 40 sales managers on self-service reporting.",
            "Forecast regional demand within 4% of actuals for two years.",
        ),
    },
    "education": {
        "titles": (
            "Instructional Designer",
            "Curriculum Specialist",
            "Learning and Development Lead",
            "Academic Advisor",
        ),
        "skills": (
            "Curriculum design",
            "Articulate Storyline",
            "Canvas LMS",
            "Needs assessment",
            "Facilitation",
            "Assessment writing",
            "Accessibility (WCAG)",
            "Video production",
            "Coaching",
        ),
        "highlights": (
            "Designed 18 online courses completed by 6,500 employees.",
            "Rebuilt new-hire onboarding, cutting ramp-up time by three weeks.",
            "Advised a caseload of 320 undergraduate students.",
            "Raised course completion rates from 61% to 88%.",
            "Produced a library of 90 short instructional videos.",
            "Audited 40 courses for WCAG 2.1 accessibility.",
            "Ran quarterly workshops for 25 adjunct instructors.",
        ),
    },
}
EMPLOYERS = (
    "Tamarack Building Services",
    "Bluestem Health Partners",
    "Cordova Freightways",
    "Halcyon Learning Group",
    "Ironwood Bancorp",
    "Juniper Ridge Foods",
    "Kestrel Insurance Company",
    "Larkspur Software",
    "Marigold Senior Living",
    "Northgate Utilities",
    "Oxbow Outdoor Supply",
    "Palisade Credit Union",
    "Quillon Publishing",
    "Redfern Manufacturing",
    "Saltmarsh Hospitality",
    "Thornbury County Schools",
)
SCHOOLS = (
    ("Boise State University", "Boise, ID"),
    ("University of Nebraska Omaha", "Omaha, NE"),
    ("University of Arizona", "Tucson, AZ"),
    ("Edgewood College", "Madison, WI"),
    ("Virginia Commonwealth University", "Richmond, VA"),
    ("Gonzaga University", "Spokane, WA"),
    ("University of New Mexico", "Albuquerque, NM"),
    ("Trinity College", "Hartford, CT"),
)
DEGREES = (
    ("B.S.", "Business Administration"),
    ("B.A.", "Psychology"),
    ("B.S.", "Statistics"),
    ("M.Ed.", "Instructional Technology"),
    ("M.B.A.", "Operations Management"),
    ("B.A.", "English"),
)
CERTS = (
    ("Project Management Professional (PMP)", "PMI"),
    ("Lean Six Sigma Green Belt", "ASQ"),
    ("Certified Facility Manager", "IFMA"),
    ("Tableau Desktop Specialist", "Tableau"),
    ("Certified Professional in Learning and Performance", "ATD"),
)
LANGS = (("Spanish", "Professional working proficiency"), ("French", "Conversational"))

# Academic CV pools.
DISCIPLINES = (
    ("Physics", ("condensed matter", "ultracold atoms", "photonic crystals")),
    ("Chemistry", ("organometallic catalysis", "battery electrolytes", "protein folding")),
    ("Linguistics", ("phonological typology", "language contact", "prosody")),
    ("Ecology", ("wetland carbon cycling", "pollinator networks", "invasive grasses")),
)
UNIVERSITIES = (
    ("Wexford Institute of Technology", "Wexford, PA"),
    ("University of Carrow", "Carrow, OH"),
    ("Brambleton University", "Brambleton, VT"),
    ("Ashcombe College", "Ashcombe, ME"),
    ("Leyton State University", "Leyton, KS"),
    ("Duncliffe University", "Duncliffe, OR"),
    ("Harrowgate Polytechnic Institute", "Harrowgate, NY"),
)
JOURNALS = ("Physical Review B", "Journal of Catalysis", "Lingua", "Ecology Letters", "Nature")
FUNDERS = ("National Science Foundation", "Department of Energy", "Sloan Foundation")


@dataclass(slots=True)
class Job:
    company: str
    position: str
    place: str  # "City, ST"
    start: Month
    end: Month | None
    highlights: list[str]


@dataclass(slots=True)
class Degree:
    institution: str
    place: str
    study: str
    area: str
    start: Month | None
    end: Month
    score: str | None
    note: str | None = None  # dissertation / thesis line


@dataclass(slots=True)
class Candidate:
    name: str
    label: str | None
    email: str
    phone: str
    url: str | None
    linkedin: str | None
    town: Town
    summary: str | None
    jobs: list[Job]
    degrees: list[Degree]
    skills: list[str]
    certificates: list[tuple[str, str, int]]
    languages: list[tuple[str, str]]
    extra: dict[str, Any]

    @property
    def slug(self) -> str:
        return "-".join(ascii_slug(self.name).split())


# (style, count)
PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-functional", 3),
    ("pdf-academic-cv", 3),
    ("docx-lists-tabs", 3),
    ("scan-typed", 2),
)


def _name(rng: random.Random, used: set[str]) -> str:
    name = ""
    while not name or name in used:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    used.add(name)
    return name


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    if style == "pdf-academic-cv":
        return _academic_person(rng, used)
    name = _name(rng, used)
    slug = ascii_slug(name).split()
    town = rng.choice(TOWNS)
    trade = TRADES[rng.choice(sorted(TRADES))]
    highlights = rng.sample(trade["highlights"], len(trade["highlights"]))
    end: Month | None = None if rng.random() < 0.6 else (2024, rng.randint(1, 9))
    jobs: list[Job] = []
    for company in rng.sample(EMPLOYERS, rng.randint(2, 4)):
        start = months_before(end or (2024, 8), rng.randint(15, 50))
        place = f"{town.city}, {town.region}" if rng.random() < 0.6 else _other_place(rng)
        take = [highlights.pop() for _ in range(min(len(highlights), rng.randint(1, 2)))]
        jobs.append(Job(company, rng.choice(trade["titles"]), place, start, end, take))
        end = months_before(start, rng.randint(1, 5))
    degrees: list[Degree] = []
    year = jobs[-1].start[0]
    masters = [d for d in DEGREES if d[0].startswith("M")]
    bachelors = [d for d in DEGREES if d[0].startswith("B")]
    chosen = ([rng.choice(masters)] if rng.random() < 0.5 else []) + [rng.choice(bachelors)]
    for study, area in chosen:
        school, place = rng.choice(SCHOOLS)
        score = rng.choice((None, None, "3.7", "3.5", "3.9"))
        length = 2 if study.startswith("M") else 4
        degrees.append(Degree(school, place, study, area, (year - length, 8), (year, 5), score))
        year -= length + rng.randint(0, 3)
    years = 2024 - jobs[-1].start[0]
    scan = style == "scan-typed"
    return Candidate(
        name=name,
        label=None if scan else jobs[0].position,
        email=f"{slug[0]}.{slug[-1]}@" + rng.choice(("example.com", "mail.example.net")),
        phone=f"({town.area}) 555-{rng.randint(1000, 9999)}",
        url=f"https://{slug[0]}{slug[-1]}.dev" if rng.random() < 0.3 else None,
        linkedin=f"{slug[0]}-{slug[-1]}-{rng.randint(100, 999)}" if rng.random() < 0.7 else None,
        town=town,
        summary=f"{jobs[0].position} with {years} years of experience who turns messy "
        f"processes into reliable routines and explains the numbers behind them.",
        jobs=jobs,
        degrees=degrees,
        skills=rng.sample(trade["skills"], 9),
        certificates=[]
        if scan
        else [(n, i, rng.randint(2016, 2023)) for n, i in rng.sample(CERTS, rng.randint(0, 2))],
        languages=[] if scan or rng.random() < 0.5 else [rng.choice(LANGS)],
        extra={},
    )


def _other_place(rng: random.Random) -> str:
    town = rng.choice(TOWNS)
    return f"{town.city}, {town.region}"


def _academic_person(rng: random.Random, used: set[str]) -> Candidate:
    name = _name(rng, used)
    slug = ascii_slug(name).split()
    discipline, topics = rng.choice(DISCIPLINES)
    schools = rng.sample(UNIVERSITIES, 4)
    phd_year = rng.randint(2008, 2016)
    bachelor_year = phd_year - rng.randint(5, 7)
    postdoc_start = (phd_year, rng.choice((8, 9)))
    asst_start = (postdoc_start[0] + rng.randint(2, 3), 7)
    jobs = [
        Job(
            schools[0][0],
            f"Assistant Professor of {discipline}",
            schools[0][1],
            asst_start,
            None,
            [],
        ),
        Job(
            schools[1][0],
            "Postdoctoral Research Associate",
            schools[1][1],
            postdoc_start,
            months_before(asst_start, 1),
            [],
        ),
    ]
    if asst_start[0] + 6 <= 2024 and rng.random() < 0.5:
        promoted = (asst_start[0] + 6, 7)
        jobs[0].end = months_before(promoted, 1)
        jobs.insert(
            0,
            Job(
                schools[0][0],
                f"Associate Professor of {discipline}",
                schools[0][1],
                promoted,
                None,
                [],
            ),
        )
    topic = rng.choice(topics)
    degrees = [
        Degree(
            schools[2][0],
            schools[2][1],
            "Ph.D.",
            discipline,
            None,
            (phd_year, 5),
            None,
            f"Dissertation: Essays on {topic}",
        ),
        Degree(
            schools[3][0],
            schools[3][1],
            "B.S." if discipline != "Linguistics" else "B.A.",
            discipline,
            None,
            (bachelor_year, 5),
            None,
            rng.choice(("summa cum laude", None)),
        ),
    ]
    if rng.random() < 0.5:
        degrees.insert(
            1,
            Degree(
                schools[2][0],
                schools[2][1],
                "M.S." if discipline != "Linguistics" else "M.A.",
                discipline,
                None,
                (phd_year - 2, 5),
                None,
                None,
            ),
        )
    # The grade/honour line is a score as printed.
    for degree in degrees:
        if degree.note == "summa cum laude":
            degree.score, degree.note = degree.note, None
    journal = rng.choice(JOURNALS)
    pubs = [
        f"{name.split()[-1]}, {name[0]}., and co-authors ({year}). "
        f"{title} {journal}, {rng.randint(10, 140)}, {rng.randint(100, 999)}."
        for year, title in zip(
            sorted(rng.sample(range(phd_year - 1, 2024), 4), reverse=True),
            (
                f"New measurements in {topic}.",
                f"A scalable model of {topic}.",
                f"Revisiting {topic} at low temperature.",
                f"Open data for {topic} research.",
            ),
            strict=True,
        )
    ]
    grant_year = asst_start[0] + 1
    grants = [
        f"{rng.choice(FUNDERS)}, \u201c{topic.capitalize()} at scale,\u201d PI, "
        f"${rng.randint(2, 9)}{rng.randint(0, 9)}0,000, {grant_year}\u2013{grant_year + 3}",
        f"{schools[0][0]} Seed Grant, ${rng.randint(15, 40)},000, {grant_year - 1}",
    ]
    host = schools[0][0].lower().split()[0]
    return Candidate(
        name=name,
        label=None,
        email=f"{slug[0][0]}{slug[-1]}@{host}.edu",
        phone=f"({rng.randint(201, 989)}) 555-{rng.randint(1000, 9999)}",
        url=f"https://{host}.edu/~{slug[-1]}",
        linkedin=None,
        town=Town(schools[0][1].split(", ")[0], schools[0][1].split(", ")[1], "US", ""),
        summary=None,
        jobs=jobs,
        degrees=degrees,
        skills=[],
        certificates=[],
        languages=[],
        extra={
            "department": f"Department of {discipline}",
            "publications": pubs,
            "grants": grants,
            "teaching": [
                f"Introduction to {discipline} (undergraduate), {asst_start[0]}\u2013present",
                f"Graduate Seminar in {topic.title()}, {asst_start[0] + 1}",
            ],
            "awards": [
                f"Early Career Award, Society for {discipline}, {asst_start[0] + 2}",
                f"Outstanding Dissertation Prize, {schools[2][0]}, {phd_year}",
            ],
            "street": f"{rng.randint(100, 990)} College Avenue",
            "zip": f"{rng.randint(10000, 99999)}",
        },
    )


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-functional":
        return {"precision": rng.choice(("year", "month")), "present": rng.choice(("Present",))}
    if style == "pdf-academic-cv":
        return {"precision": "year"}
    if style == "docx-lists-tabs":
        return {"precision": "month", "footer": rng.choice((True, False))}
    return {"precision": "month"}


# ------------------------------------------------------------------------------------ truth


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    precision = options["precision"]
    academic = style == "pdf-academic-cv"
    location: dict[str, Any] = {
        "city": person.town.city,
        "region": person.town.region,
        "countryCode": "US",
    }
    if academic:
        location |= {"address": person.extra["street"], "postalCode": person.extra["zip"]}
    profiles = (
        [
            {
                "network": "LinkedIn",
                "username": person.linkedin,
                "url": f"https://linkedin.com/in/{person.linkedin}",
            }
        ]
        if person.linkedin
        else []
    )
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "summary": person.summary,
            "location": location,
            "profiles": profiles,
        }
    )
    work = [
        drop_empty(
            {
                "name": job.company,
                "position": job.position,
                "location": job.place.split(",")[0] if style == "scan-typed" else job.place,
                "startDate": iso_month(job.start, precision),
                "endDate": iso_month(job.end, precision),
                "highlights": job.highlights,
            }
        )
        for job in person.jobs
    ]
    dated_start = style in {"docx-lists-tabs", "scan-typed"}
    education = [
        drop_empty(
            {
                "institution": d.institution,
                "area": d.area,
                "studyType": d.study,
                "startDate": iso_month(d.start, "year") if dated_start else None,
                "endDate": iso_month(d.end, "year"),
                "score": d.score,
            }
        )
        for d in person.degrees
    ]
    if style == "pdf-functional":
        skills = [{"name": "Core Competencies", "keywords": person.skills}]
    elif style == "docx-lists-tabs":
        skills = [{"name": "Skills", "keywords": person.skills[:6]}]
    elif style == "scan-typed":
        skills = [{"name": "Skills", "keywords": person.skills[:5]}]
    else:
        skills = []
    languages = [{"language": "English", "fluency": "Native"}] if person.languages else []
    languages += [{"language": lang, "fluency": level} for lang, level in person.languages]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "skills": skills,
            "languages": languages,
            "certificates": [
                {"name": n, "issuer": i, "date": str(year)} for n, i, year in person.certificates
            ],
            "awards": [
                dict(zip(("title", "awarder", "date"), a.rsplit(", ", 2), strict=True))
                for a in person.extra.get("awards", [])
            ],
            "publications": [{"name": p} for p in person.extra.get("publications", [])],
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def _when(month: Month | None, precision: str, present: str = "Present") -> str:
    if month is None:
        return present
    return str(month[0]) if precision == "year" else f"{month[1]:02d}/{month[0]}"


def _span(job: Job, precision: str, present: str = "Present", dash: str = "\u2013") -> str:
    sep = dash if precision == "year" else f" {dash} "
    return f"{_when(job.start, precision)}{sep}{_when(job.end, precision, present)}"


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-functional":
        return _functional(person, options), "pdf"
    if style == "pdf-academic-cv":
        return _academic(person), "pdf"
    if style == "docx-lists-tabs":
        return _docx(person, options), "docx"
    return _scan(person), "png"


def _pdf(family: str, files: str) -> Any:
    from fpdf import FPDF

    pdf = FPDF(format="Letter", unit="pt")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(auto=True, margin=54)
    pdf.set_margins(60, 54, 60)
    for variant, suffix in (("", ""), ("B", "-Bold"), ("I", "-Oblique"), ("BI", "-BoldOblique")):
        if files == "DejaVuSerif":
            suffix = suffix.replace("Oblique", "Italic")
        pdf.add_font(family, variant, str(FONTS / f"{files}{suffix}.ttf"))
    pdf.add_page()
    return pdf


def _functional(person: Candidate, options: dict[str, Any]) -> bytes:
    pdf = _pdf("Sans", "DejaVuSans")
    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("Sans", "B", 20)
    pdf.cell(width, 26, person.name.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 11)
    pdf.cell(width, 15, person.label or "", align="C", new_x="LMARGIN", new_y="NEXT")
    contact = [f"{person.town.city}, {person.town.region}", person.phone, person.email]
    if person.linkedin:
        contact.append(f"linkedin.com/in/{person.linkedin}")
    if person.url:
        contact.append(person.url.removeprefix("https://"))
    pdf.set_font("Sans", "", 9)
    pdf.cell(width, 14, "  \u2022  ".join(contact), align="C", new_x="LMARGIN", new_y="NEXT")

    def heading(title: str) -> None:
        pdf.ln(8)
        pdf.set_font("Sans", "B", 11)
        pdf.cell(width, 16, title.upper(), new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y()
        pdf.set_line_width(0.8)
        pdf.line(pdf.l_margin, y, pdf.l_margin + width, y)
        pdf.ln(4)

    heading("Summary")
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(width, 13, person.summary or "", new_x="LMARGIN", new_y="NEXT")
    heading("Core Competencies")
    column = width / 3
    for row in range(3):
        for col in range(3):
            pdf.cell(column, 14, f"\u25aa {person.skills[row * 3 + col]}")
        pdf.ln(14)
    heading("Professional Experience")
    for job in person.jobs:
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(width, 14, f"{job.company} \u2014 {job.place}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "I", 10)
        span = _span(job, options["precision"], options["present"])
        pdf.cell(width, 14, f"{job.position}, {span}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 10)
        for line in job.highlights:
            pdf.set_x(pdf.l_margin + 12)
            pdf.multi_cell(width - 12, 13, f"\u2022 {line}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)
    heading("Education")
    for degree in person.degrees:
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(
            width, 14, f"{degree.institution} \u2014 {degree.place}", new_x="LMARGIN", new_y="NEXT"
        )
        pdf.set_font("Sans", "I", 10)
        line = f"{degree.study} in {degree.area}, {degree.end[0]}"
        if degree.score:
            line += f" (GPA {degree.score})"
        pdf.cell(width, 14, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    if person.certificates:
        heading("Certifications")
        pdf.set_font("Sans", "", 10)
        for name, issuer, year in person.certificates:
            pdf.cell(width, 14, f"{name} \u2014 {issuer} ({year})", new_x="LMARGIN", new_y="NEXT")
    if person.languages:
        heading("Languages")
        pdf.set_font("Sans", "", 10)
        text = "English (native); " + "; ".join(f"{a} ({b.lower()})" for a, b in person.languages)
        pdf.cell(width, 14, text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _academic(person: Candidate) -> bytes:
    pdf = _pdf("Serif", "DejaVuSerif")
    width = pdf.w - pdf.l_margin - pdf.r_margin
    extra = person.extra
    pdf.set_font("Serif", "B", 17)
    pdf.cell(width, 22, person.name, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "I", 11)
    pdf.cell(width, 15, "Curriculum Vitae", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Serif", "", 9.5)
    left = [
        extra["department"],
        person.jobs[0].company,
        extra["street"],
        f"{person.town.city}, {person.town.region} {extra['zip']}",
    ]
    right = [f"Phone: {person.phone}", f"Email: {person.email}", f"Web: {person.url}", ""]
    for a, b in zip(left, right, strict=True):
        pdf.cell(width / 2, 12.5, a)
        pdf.cell(width / 2, 12.5, b, align="R", new_x="LMARGIN", new_y="NEXT")

    def heading(title: str) -> None:
        pdf.ln(10)
        pdf.set_font("Serif", "B", 12)
        pdf.cell(width, 16, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_line_width(0.4)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + width, pdf.get_y())
        pdf.ln(4)
        pdf.set_font("Serif", "", 10)

    heading("Appointments")
    for job in person.jobs:
        end = "present" if job.end is None else str(job.end[0])
        text = f"{job.position}, {job.company}, {job.place}, {job.start[0]}\u2013{end}"
        pdf.multi_cell(width, 14, text, new_x="LMARGIN", new_y="NEXT")
    heading("Education")
    for degree in person.degrees:
        text = f"{degree.study} in {degree.area}, {degree.institution}, {degree.end[0]}"
        if degree.score:
            text += f", {degree.score}"
        pdf.multi_cell(width, 14, text, new_x="LMARGIN", new_y="NEXT")
        if degree.note:
            pdf.set_font("Serif", "I", 9.5)
            pdf.set_x(pdf.l_margin + 18)
            pdf.multi_cell(width - 18, 13, degree.note, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Serif", "", 10)
    heading("Publications")
    for number, pub in enumerate(extra["publications"], start=1):
        pdf.multi_cell(width, 13, f"[{number}] {pub}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    heading("Grants and Fellowships")
    for grant in extra["grants"]:
        pdf.multi_cell(width, 13, grant, new_x="LMARGIN", new_y="NEXT")
    heading("Teaching")
    for course in extra["teaching"]:
        pdf.multi_cell(width, 13, course, new_x="LMARGIN", new_y="NEXT")
    heading("Honors and Awards")
    for award in extra["awards"]:
        pdf.multi_cell(width, 13, award, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _docx(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt

    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = GENERATOR
    properties.revision = 1
    section = document.sections[0]
    header = section.header.paragraphs[0]
    run = header.add_run(person.name)
    run.bold = True
    run.font.size = Pt(18)
    header.add_run(f"\n{person.label}").font.size = Pt(11)
    contact = [person.email, person.phone, f"{person.town.city}, {person.town.region}"]
    if person.linkedin:
        contact.append(f"linkedin.com/in/{person.linkedin}")
    if person.url:
        contact.append(person.url)
    if options["footer"]:
        footer = section.footer.paragraphs[0]
        footer.add_run(" | ".join(contact)).font.size = Pt(9)
    else:
        document.add_paragraph(" | ".join(contact))
    stop = section.page_width - section.left_margin - section.right_margin

    def titled(left: str, right: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(stop, WD_TAB_ALIGNMENT.RIGHT)
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.add_run(left).bold = True
        paragraph.add_run(f"\t{right}")

    document.add_heading("Profile", level=1)
    document.add_paragraph(person.summary)
    document.add_heading("Experience", level=1)
    for job in person.jobs:
        titled(job.position, f"{short_month(job.start)} \u2013 {short_month(job.end)}")
        document.add_paragraph().add_run(f"{job.company}, {job.place}").italic = True
        for line in job.highlights:
            document.add_paragraph(line, style="List Bullet")
    document.add_heading("Education", level=1)
    for degree in person.degrees:
        start = degree.start[0] if degree.start else ""
        titled(f"{degree.study} {degree.area}", f"{start} \u2013 {degree.end[0]}")
        text = degree.institution
        if degree.score:
            text += f"; GPA {degree.score}"
        document.add_paragraph().add_run(text).italic = True
    document.add_heading("Skills", level=1)
    for skill in person.skills[:6]:
        document.add_paragraph(skill, style="List Bullet")
    if person.certificates:
        document.add_heading("Certifications", level=1)
        for name, issuer, year in person.certificates:
            document.add_paragraph(f"{name}, {issuer}, {year}", style="List Number")
    if person.languages:
        document.add_heading("Languages", level=1)
        document.add_paragraph("English \u2013 Native", style="List Bullet")
        for lang, level in person.languages:
            document.add_paragraph(f"{lang} \u2013 {level}", style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())


def _scan(person: Candidate) -> bytes:
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rng = random.Random(f"{person.name}/scan-typed")
    dpi = 200
    page = Image.new("L", (int(8.5 * dpi), int(11 * dpi)), 255)
    draw = ImageDraw.Draw(page)
    regular = ImageFont.truetype(str(FONTS / "DejaVuSerif.ttf"), 30)
    bold = ImageFont.truetype(str(FONTS / "DejaVuSerif-Bold.ttf"), 30)
    big = ImageFont.truetype(str(FONTS / "DejaVuSerif-Bold.ttf"), 48)
    x, y = 180, 170
    line = 44

    def put(text: str, font: Any = regular, indent: int = 0, step: int = line) -> None:
        nonlocal y
        draw.text((x + indent, y), text, font=font, fill=20)
        y += step

    put(person.name, big, step=70)
    put(f"{person.town.city}, {person.town.region}   \u00b7   {person.phone}")
    put(
        person.email + (f"   \u00b7   linkedin.com/in/{person.linkedin}" if person.linkedin else "")
    )
    y += 30

    def wrapped(text: str, indent: int = 40, limit: int = 70) -> None:
        current = ""
        for word in text.split(" "):
            if current and len(current) + len(word) >= limit:
                put(current, indent=indent)
                current = ""
            current = f"{current} {word}".strip()
        put(current, indent=indent)

    put("OBJECTIVE:", bold)
    wrapped(person.summary or "")
    y += 24
    put("EMPLOYMENT HISTORY:", bold)
    for job in person.jobs:
        put(job.position, bold, indent=40)
        end = "present" if job.end is None else f"{MONTHS[job.end[1] - 1]} {job.end[0]}"
        start = f"{MONTHS[job.start[1] - 1]} {job.start[0]}"
        put(f"{job.company}, {job.place.split(',')[0]} \u2014 {start} to {end}", indent=40)
        for text in job.highlights:
            put(f"- {text}", indent=70)
        y += 14
    y += 10
    put("EDUCATION:", bold)
    for degree in person.degrees:
        start = degree.start[0] if degree.start else ""
        put(f"{degree.institution}, {degree.place.split(',')[0]}", bold, indent=40)
        put(f"{degree.study} in {degree.area}, {start} to {degree.end[0]}", indent=40)
        y += 8
    y += 10
    put("SKILLS:", bold)
    wrapped(", ".join(person.skills[:5]))
    angle = rng.uniform(-1.2, 1.2)
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(0.5))
    pixels = np.asarray(page, dtype=np.float32)
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0.0, 10.0, pixels.shape)
    page = Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8))
    out = io.BytesIO()
    page.save(out, "PNG", optimize=True, dpi=(dpi, dpi))
    return out.getvalue()

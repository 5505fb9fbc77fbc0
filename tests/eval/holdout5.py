"""Fifth held-out round ("holdout-5"): four more layouts real resumes use, unseen by the parser.

Written without reading the parser, so its first score on them is an honest held-out figure.
Each layout differs in structure from every earlier style:

* ``pdf-twotone-timeline`` — a "modern two-tone" template: a dark full-height left sidebar
  with a photo placeholder box, contact lines behind symbol prefixes ("✉", "☎", "⌂", "in"),
  skills as names over drawn level bars and languages; the main column has the name, a
  profile and a timeline (a vertical rule with dots) where each entry's dates sit above it in
  small grey type, then the position, then "Company | City, Region".
* ``pdf-biodata-tables`` — an Indian "biodata"-influenced CV in English: "CURRICULUM VITAE",
  a bordered table of personal details ("Name", "Email", "Mobile", "Address", date of birth,
  languages known), a "Career Objective", "Professional Experience" as a table (Organisation |
  Designation | Duration, "Till Date"), key responsibilities per organisation, "Projects
  Undertaken" as labelled lines, "Academic Qualifications" as a table (Degree | Institute |
  Year | %) including school rows, technical skills as a table and a signed declaration with
  "Place:".
* ``docx-gdocs-export`` — a DOCX as Google Docs exports its resume templates: the name in
  the Title style, coloured Heading 2 section titles, entries "Company, City, ST — Title" with
  the dates on the next line in italics and capitals ("SEPTEMBER 2019 - PRESENT"), Word list
  bullets, "Project — description" lines, and empty paragraphs between sections.
* ``txt-email-paste`` — a resume pasted into an email body: many blank lines, hard-wrapped
  bullets, "Work history" / "Schooling", entries "Title @ Company (Jan '19 - Jun '21)" with
  apostrophe two-digit years ("'12 - '15" for schooling), a one-line skills list and a sign-off.

People, employers, titles, schools, places, skills and highlights come from pools disjoint
from every earlier round, drawn from their own random stream. The truth states only what the
document shows, in the precision it shows it (no country code unless a country or a US state
is printed, no start date when only the passing year is).
"""

from __future__ import annotations

import calendar
import io
import random
import textwrap
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
    short_month,
)

HOLDOUT_TAG = "holdout-5"
GENERATOR = "tests/eval/holdout5.py"
SEED = 5_905_117
Month = tuple[int, int]
MONTHS = list(calendar.month_name)[1:]

# (style, count)
PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-twotone-timeline", 3),
    ("pdf-biodata-tables", 3),
    ("docx-gdocs-export", 3),
    ("txt-email-paste", 2),
)


@dataclass(frozen=True, slots=True)
class Place:
    city: str
    region: str
    country: str | None  # printed country name, if any
    code: str | None  # country code the truth may state (country or US state printed)

    def short(self) -> str:
        return f"{self.city}, {self.region}"


@dataclass(frozen=True, slots=True)
class Pools:
    first: tuple[str, ...]
    last: tuple[str, ...]
    places: tuple[Place, ...]
    employers: tuple[str, ...]
    titles: tuple[str, ...]
    highlights: tuple[str, ...]
    skills: tuple[str, ...]
    schools: tuple[tuple[str, str], ...]  # (institution, "City, Region")
    degrees: tuple[tuple[str, str], ...]  # (studyType, area)


POOLS: dict[str, Pools] = {
    "pdf-twotone-timeline": Pools(
        first=("Wrenna", "Solveig", "Dashiell", "Evander", "Fiorella", "Isadora", "Tobiah"),
        last=("Carrington", "Hargreaves", "Featherstone", "Northcott", "Merriweather"),
        places=(
            Place("Halifax", "NS", "Canada", "CA"),
            Place("Victoria", "BC", "Canada", "CA"),
            Place("Adelaide", "SA", "Australia", "AU"),
            Place("Hobart", "TAS", "Australia", "AU"),
        ),
        employers=(
            "Brightloom Media",
            "Harbourline Digital",
            "Saltmarsh Analytics",
            "Lanternfish Studio",
            "Bluewren Creative",
            "Driftwood & Sons Agency",
        ),
        titles=(
            "Senior Product Designer",
            "UX Designer",
            "Visual Designer",
            "Design Lead",
            "Junior UI Designer",
        ),
        highlights=(
            "Redesigned the onboarding flow, lifting week-one retention by 17%.",
            "Built a shared component library used by five product squads.",
            "Ran 40+ moderated usability sessions and turned findings into roadmap items.",
            "Cut checkout abandonment by 11% through a simplified payment form.",
            "Mentored three junior designers through their first product launches.",
            "Introduced design critiques and a weekly accessibility review.",
            "Delivered the brand refresh for a national transit campaign.",
            "Prototyped a voice-first ordering flow in under two weeks.",
        ),
        skills=(
            "Figma",
            "User research",
            "Prototyping",
            "Design systems",
            "Accessibility (WCAG)",
            "Illustrator",
            "Motion design",
            "HTML & CSS",
        ),
        schools=(
            ("Emily Carr University of Art and Design", "Vancouver, BC"),
            ("NSCAD University", "Halifax, NS"),
            ("University of South Australia", "Adelaide, SA"),
        ),
        degrees=(
            ("Bachelor of Design", "Interaction Design"),
            ("Bachelor of Fine Arts", "Visual Communication"),
        ),
    ),
    "pdf-biodata-tables": Pools(
        first=("Aniruddha", "Bhavana", "Chaitanya", "Devyani", "Gaurang", "Harshita", "Jyotsna"),
        last=("Deshpande", "Sahasrabudhe", "Venkataraman", "Chaturvedi", "Ranganathan", "Thakkar"),
        places=(
            Place("Pune", "Maharashtra", "India", "IN"),
            Place("Coimbatore", "Tamil Nadu", "India", "IN"),
            Place("Indore", "Madhya Pradesh", "India", "IN"),
            Place("Bhubaneswar", "Odisha", "India", "IN"),
        ),
        employers=(
            "Sahyadri Infotech Pvt. Ltd.",
            "Kaveri Software Solutions",
            "Trident Datasystems Ltd.",
            "Meghdoot Technologies",
            "Narmada Fintech Services",
            "Vindhya Consulting LLP",
        ),
        titles=(
            "Software Engineer",
            "Senior Software Engineer",
            "Associate Consultant",
            "Technical Lead",
            "Trainee Engineer",
        ),
        highlights=(
            "Developed REST services for the loan origination module in Spring Boot.",
            "Resolved production defects within SLA for a banking client.",
            "Wrote unit tests with JUnit and raised coverage from 48% to 81%.",
            "Participated in sprint planning and daily stand-up meetings.",
            "Migrated batch jobs from shell scripts to scheduled Jenkins pipelines.",
            "Prepared technical design documents and reviewed code of team members.",
            "Optimised slow Oracle queries, reducing report time from 9 min to 40 s.",
            "Coordinated with onsite team for UAT and production deployment.",
        ),
        skills=(),
        schools=(
            ("PSG College of Technology", "Coimbatore, Tamil Nadu"),
            ("Shri Govindram Seksaria Institute of Technology and Science", "Indore, MP"),
            ("Kalinga Institute of Industrial Technology", "Bhubaneswar, Odisha"),
            ("Vishwakarma Institute of Technology", "Pune, Maharashtra"),
        ),
        degrees=(
            ("B.E.", "Computer Engineering"),
            ("B.Tech", "Information Technology"),
            ("B.E.", "Electronics & Telecommunication"),
        ),
    ),
    "docx-gdocs-export": Pools(
        first=("Clementine", "Gwendolyn", "Yannick", "Zofia", "Bartholomew", "Rosalind"),
        last=("Blackwood", "Delacroix", "Eberhardt", "Inglewood", "Jorgensen", "Kowalczyk"),
        places=(
            Place("Duluth", "MN", None, "US"),
            Place("Savannah", "GA", None, "US"),
            Place("Fargo", "ND", None, "US"),
            Place("Eugene", "OR", None, "US"),
        ),
        employers=(
            "Prairie Lantern Coffee Roasters",
            "Ridgeline Outfitters",
            "Lakeshore Youth Theatre",
            "Bramblewood Public Schools",
            "Sweetgrass Food Co-op",
            "Northstar Credit Union",
        ),
        titles=(
            "Marketing Associate",
            "Community Manager",
            "Program Assistant",
            "Content Strategist",
            "Social Media Coordinator",
        ),
        highlights=(
            "Grew the newsletter list from 2,300 to 9,100 subscribers in one year.",
            "Planned and ran a 12-week summer program for 85 students.",
            "Wrote weekly blog posts that doubled organic search traffic.",
            "Coordinated 30+ volunteers for the annual fundraising gala.",
            "Launched an Instagram series that reached 120K accounts.",
            "Managed a $40K seasonal advertising budget across four channels.",
            "Drafted grant reports for three regional arts foundations.",
            "Built a shared content calendar adopted by every department.",
        ),
        skills=(
            "Canva",
            "Mailchimp",
            "Google Analytics",
            "Copywriting",
            "Event planning",
            "WordPress",
            "Hootsuite",
            "Public speaking",
        ),
        schools=(
            ("University of Minnesota Duluth", "Duluth, MN"),
            ("Savannah State University", "Savannah, GA"),
            ("North Dakota State University", "Fargo, ND"),
            ("University of Oregon", "Eugene, OR"),
        ),
        degrees=(
            ("Bachelor of Arts", "Communication Studies"),
            ("Bachelor of Science", "Journalism"),
            ("Bachelor of Arts", "English"),
        ),
    ),
    "txt-email-paste": Pools(
        first=("Declan", "Morwenna", "Ptolemy", "Tamsin", "Alasdair", "Bronwen"),
        last=("Ackroyd", "Pickersgill", "Hebblethwaite", "Sugden", "Illingworth", "Crowther"),
        places=(
            Place("Bradford", "West Yorkshire", None, None),
            Place("Wakefield", "West Yorkshire", None, None),
            Place("Huddersfield", "West Yorkshire", None, None),
            Place("Doncaster", "South Yorkshire", None, None),
        ),
        employers=(
            "Pennine Freight Ltd",
            "Calder Valley Hotels",
            "Wharfedale Brewing Co",
            "Gritstone Logistics",
            "Saltaire Kitchens",
            "Aire & Dales Parcels",
        ),
        titles=(
            "Shift Supervisor",
            "Warehouse Team Lead",
            "Bar Manager",
            "Logistics Coordinator",
            "Stock Controller",
        ),
        highlights=(
            "Ran a 12-person night shift picking around 4,000 orders a night.",
            "Cut mis-picks by about a third after reorganising the bay layout.",
            "Trained new starters on the handheld scanners and the WMS.",
            "Sorted out the weekly rota and holiday cover for 20 staff.",
            "Took over stock takes and got shrinkage down to under 1%.",
            "Dealt with supplier deliveries and chased short shipments.",
            "Opened and closed the site, cashing up and doing the banking.",
            "Kept on top of health and safety checks and incident reports.",
        ),
        skills=(
            "Counterbalance forklift licence",
            "WMS (Manhattan)",
            "Rota planning",
            "Excel",
            "Stock control",
            "First aid at work",
            "Personal licence holder",
        ),
        schools=(
            ("University of Huddersfield", "Huddersfield"),
            ("Leeds Beckett University", "Leeds"),
            ("Bradford College", "Bradford"),
        ),
        degrees=(
            ("BSc", "Logistics and Supply Chain Management"),
            ("BA", "Business Management"),
            ("HND", "Hospitality Management"),
        ),
    ),
}

TECH_SKILLS = (
    ("Programming Languages", ("Java", "Python", "SQL", "JavaScript", "C++")),
    ("Frameworks", ("Spring Boot", "Hibernate", "Django", "Angular")),
    ("Databases", ("Oracle", "MySQL", "PostgreSQL", "MongoDB")),
    ("Tools", ("Git", "Jenkins", "JIRA", "Maven", "Docker")),
)
PROJECTS = (
    (
        "Loan Management System",
        "Web portal to track loan applications from sourcing to disbursal for a leading "
        "private sector bank.",
    ),
    (
        "Claims Automation Platform",
        "Rule-based engine to auto-adjudicate low-value health claims for a US insurance major.",
    ),
    (
        "Smart Metering Dashboard",
        "Reporting dashboard for meter readings and monthly billing for a state electricity board.",
    ),
)
PIN_PREFIX = {"Pune": 411, "Coimbatore": 641, "Indore": 452, "Bhubaneswar": 751}
SCHOOL_ROWS = (
    ("HSC (XII)", "Jnana Prabodhini Junior College"),
    ("HSC (XII)", "St. Aloysius Higher Secondary School"),
    ("SSC (X)", "Kendriya Vidyalaya No. 2"),
    ("SSC (X)", "Sacred Heart Convent School"),
)
INDIAN_LANGS = ("Hindi", "Marathi", "Tamil", "Odia", "Gujarati")
CERTS = (
    ("Oracle Certified Professional: Java SE 11 Developer", "Oracle"),
    ("AWS Certified Cloud Practitioner", "Amazon Web Services"),
    ("Certified Scrum Product Owner", "Scrum Alliance"),
    ("Google UX Design Certificate", "Coursera"),
)
FOREIGN = (("French", "Fluent"), ("Spanish", "Conversational"), ("German", "Basic"))
GDOCS_PROJECTS = (
    ("Riverfront Oral History", "Recorded and edited 25 interviews with long-time residents."),
    ("Zine Workshop Series", "Taught six free workshops on self-publishing at the library."),
    ("Neighborhood Food Map", "Mapped 60 food pantries and markets for a volunteer website."),
)


@dataclass(slots=True)
class Job:
    company: str
    position: str
    place: str | None
    start: Month
    end: Month | None
    highlights: list[str]


@dataclass(slots=True)
class Degree:
    institution: str
    place: str
    study: str
    area: str | None
    start: Month | None
    end: Month
    score: str | None


@dataclass(slots=True)
class Candidate:
    style: str
    name: str
    label: str | None
    email: str
    phone: str
    url: str | None
    linkedin: str | None
    place: Place
    summary: str | None
    jobs: list[Job]
    degrees: list[Degree]
    skills: list[tuple[str, list[str]]]  # (group, keywords)
    levels: list[int] = field(default_factory=list)
    languages: list[tuple[str, str | None]] = field(default_factory=list)
    certificates: list[tuple[str, str, int]] = field(default_factory=list)
    projects: list[tuple[str, str]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def slug(self) -> str:
        return "-".join(ascii_slug(self.name).split())


def _name(rng: random.Random, used: set[str], pools: Pools) -> str:
    name = ""
    while not name or name in used:
        name = f"{rng.choice(pools.first)} {rng.choice(pools.last)}"
    used.add(name)
    return name


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-twotone-timeline":
        colours = ((31, 58, 77), (58, 40, 72), (24, 70, 62))
        return {"colour": rng.choice(colours)}
    if style == "pdf-biodata-tables":
        return {"present": rng.choice(("Till Date", "Present", "Till date"))}
    if style == "docx-gdocs-export":
        colours = ("E8553F", "2E75B6", "1F8A70")
        return {"colour": rng.choice(colours), "caps": rng.random() < 0.7}
    return {"present": rng.choice(("now", "present", "Present"))}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pools = POOLS[style]
    name = _name(rng, used, pools)
    first, last = ascii_slug(name).split()[0], ascii_slug(name).split()[-1]
    place = rng.choice(pools.places)
    highlights = rng.sample(pools.highlights, len(pools.highlights))
    end: Month | None = None if rng.random() < 0.65 else (2024, rng.randint(2, 9))
    jobs: list[Job] = []
    count = 2 if style == "txt-email-paste" else rng.randint(2, 3)
    for company in rng.sample(pools.employers, count):
        start = months_before(end or (2024, 10), rng.randint(14, 44))
        where = rng.choice(pools.places).short() if rng.random() < 0.4 else place.short()
        take = [highlights.pop() for _ in range(rng.randint(2, 3 if count == 2 else 2))]
        title = rng.choice(pools.titles)
        jobs.append(Job(company, title, where, start, end, take))
        end = months_before(start, rng.randint(1, 4))
    year = jobs[-1].start[0] - rng.randint(0, 1)
    study, area = rng.choice(pools.degrees)
    school, school_place = rng.choice(pools.schools)
    degrees = [Degree(school, school_place, study, area, (year - 4, 9), (year, 5), None)]
    candidate = Candidate(
        style=style,
        name=name,
        label=jobs[0].position,
        email=f"{first}.{last}@example.com",
        phone="",
        url=None,
        linkedin=None,
        place=place,
        summary=None,
        jobs=jobs,
        degrees=degrees,
        skills=[],
    )
    if style == "pdf-twotone-timeline":
        _twotone_person(candidate, rng, pools, first, last)
    elif style == "pdf-biodata-tables":
        _biodata_person(candidate, rng, first, last)
    elif style == "docx-gdocs-export":
        _gdocs_person(candidate, rng, pools, first, last)
    else:
        _email_person(candidate, rng, pools, first, last)
    return candidate


def _twotone_person(c: Candidate, rng: random.Random, pools: Pools, first: str, last: str) -> None:
    dial = "+1 902" if c.place.code == "CA" else "+61 8"
    c.phone = f"{dial} 555 {rng.randint(1000, 9999)}"
    c.email = f"{first}@{last}.design"
    c.url = f"https://{first}{last}.design" if rng.random() < 0.7 else None
    c.linkedin = f"{first[0]}{last}" if rng.random() < 0.7 else None
    years = 2024 - c.jobs[-1].start[0]
    c.summary = (
        f"{c.jobs[0].position} with {years} years of shaping digital products, from early "
        "research to polished interfaces. I care about accessible, calm design."
    )
    for job in c.jobs:
        job.highlights = job.highlights[:2]
    picked = rng.sample(pools.skills, 6)
    c.skills = [("Skills", picked)]
    c.levels = [rng.randint(2, 5) for _ in picked]
    c.languages = [("English", "Native"), rng.choice(FOREIGN)]
    if rng.random() < 0.6:
        name, issuer = rng.choice(CERTS[2:])
        c.certificates = [(name, issuer, rng.randint(2019, 2023))]
    degree = c.degrees[0]
    degree.start, degree.end = (degree.end[0] - 4, 9), (degree.end[0], 5)


def _biodata_person(c: Candidate, rng: random.Random, first: str, last: str) -> None:
    c.label = None
    c.phone = f"+91 {rng.randint(70000, 99999)} {rng.randint(10000, 99999)}"
    c.email = f"{first}.{last}{rng.randint(10, 99)}@example.com"
    c.linkedin = f"{first}-{last}" if rng.random() < 0.5 else None
    for job in c.jobs:
        job.place = None
    c.summary = (
        "To work in a challenging environment where I can utilise my technical skills and "
        "contribute to the growth of the organisation while enhancing my own knowledge."
    )
    degree = c.degrees[0]
    degree.start = None
    degree.score = f"{rng.randint(640, 880) / 10:.1f}%"
    passing = degree.end[0]
    rows = [SCHOOL_ROWS[rng.randint(0, 1)], SCHOOL_ROWS[rng.randint(2, 3)]]
    for offset, (study, school) in zip((4, 6), rows, strict=True):
        score = f"{rng.randint(700, 950) / 10:.2f}%"
        c.degrees.append(Degree(school, "", study, None, None, (passing - offset, 3), score))
    groups = rng.sample(TECH_SKILLS, 3)
    c.skills = [(group, rng.sample(words, 3)) for group, words in groups]
    c.languages = [("English", None), ("Hindi", None)]
    other = rng.choice(INDIAN_LANGS[1:])
    c.languages.append((other, None))
    c.projects = rng.sample(PROJECTS, 2)
    if rng.random() < 0.6:
        name, issuer = rng.choice(CERTS[:2])
        c.certificates = [(name, issuer, rng.randint(2019, 2023))]
    birth = passing - 22
    c.extra = {
        "street": f"{rng.choice('ABCD')}-{rng.randint(101, 904)}, "
        + rng.choice(("Shanti Nagar", "Gandhi Colony", "Lake View Residency")),
        "pin": f"{PIN_PREFIX[c.place.city]}{rng.randint(1, 60):03d}",
        "dob": f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{birth}",
    }


def _gdocs_person(c: Candidate, rng: random.Random, pools: Pools, first: str, last: str) -> None:
    area = {"Duluth": 218, "Savannah": 912, "Fargo": 701, "Eugene": 541}[c.place.city]
    c.phone = f"({area}) 555-{rng.randint(1000, 9999)}"
    c.email = f"{first}{last}{rng.randint(1, 99)}@example.com"
    c.linkedin = f"{first}{last}" if rng.random() < 0.6 else None
    c.label = c.jobs[0].position if rng.random() < 0.6 else None
    c.summary = None
    degree = c.degrees[0]
    degree.start, degree.end = (degree.end[0] - 4, 8), (degree.end[0], 5)
    degree.score = rng.choice((None, "3.6", "3.8"))
    c.skills = [("Skills", rng.sample(pools.skills, 5))]
    c.projects = rng.sample(GDOCS_PROJECTS, rng.randint(1, 2))
    if rng.random() < 0.6:
        c.languages = [rng.choice(FOREIGN)]


def _email_person(c: Candidate, rng: random.Random, pools: Pools, first: str, last: str) -> None:
    c.label = None
    c.phone = f"07700 900{rng.randint(100, 999)}"
    c.email = f"{first}{last[0]}{rng.randint(80, 99)}@example.co.uk"
    for job in c.jobs:
        job.place = None
    degree = c.degrees[0]
    degree.start = (degree.end[0] - (2 if degree.study == "HND" else 3), 9)
    c.skills = [("Skills", rng.sample(pools.skills, 4))]
    c.extra = {"greeting": rng.choice(("Hi,", "Hello,", "Hiya,"))}


# ------------------------------------------------------------------------------------ truth


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    del options  # the options change looks, never content
    place = person.place
    location: dict[str, Any] = {"city": place.city, "region": place.region}
    if place.code:
        location["countryCode"] = place.code
    if style == "pdf-biodata-tables":
        location |= {"address": person.extra["street"], "postalCode": person.extra["pin"]}
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
                "location": job.place,
                "startDate": iso_month(job.start, "month"),
                "endDate": iso_month(job.end, "month"),
                "highlights": job.highlights,
            }
        )
        for job in person.jobs
    ]
    education_precision = "month" if style == "docx-gdocs-export" else "year"
    education = [
        drop_empty(
            {
                "institution": d.institution,
                "area": d.area,
                "studyType": d.study,
                "startDate": iso_month(d.start, education_precision),
                "endDate": iso_month(d.end, education_precision),
                "score": d.score,
            }
        )
        for d in person.degrees
    ]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "skills": [{"name": name, "keywords": words} for name, words in person.skills],
            "languages": [
                drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
            ],
            "certificates": [
                {"name": n, "issuer": i, "date": str(year)} for n, i, year in person.certificates
            ],
            "projects": [{"name": n, "description": d} for n, d in person.projects],
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-twotone-timeline":
        return _twotone(person, options), "pdf"
    if style == "pdf-biodata-tables":
        return _biodata(person, options), "pdf"
    if style == "docx-gdocs-export":
        return _gdocs(person, options), "docx"
    return _email(person, options).encode("utf-8"), "txt"


def _pdf(family: str, files: str, margins: tuple[float, float, float]) -> Any:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(auto=False)
    pdf.set_margins(*margins)
    for variant, suffix in (("", ""), ("B", "-Bold"), ("I", "-Oblique"), ("BI", "-BoldOblique")):
        if files == "DejaVuSerif":
            suffix = suffix.replace("Oblique", "Italic")
        pdf.add_font(family, variant, str(FONTS / f"{files}{suffix}.ttf"))
    pdf.add_page()
    return pdf


def _twotone(person: Candidate, options: dict[str, Any]) -> bytes:
    pdf = _pdf("Sans", "DejaVuSans", (0, 0, 0))
    dark = options["colour"]
    light = tuple(min(255, v + 150) for v in dark)
    side = 68.0
    pdf.set_fill_color(*dark)
    pdf.rect(0, 0, side, 297, style="F")
    # Photo placeholder: a lighter box with a head-and-shoulders silhouette.
    pdf.set_fill_color(*light)
    pdf.rect(17, 14, 34, 40, style="F")
    pdf.set_fill_color(*dark)
    pdf.ellipse(27, 20, 14, 14, style="F")
    pdf.ellipse(21, 37, 26, 26, style="F")
    pdf.set_fill_color(*dark)  # crop the shoulders at the bottom of the box
    pdf.rect(17, 54, 34, 12, style="F")

    x, w = 8.0, side - 14
    pdf.set_text_color(255, 255, 255)

    def side_heading(text: str) -> None:
        pdf.ln(5)
        pdf.set_x(x)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(w, 6, text.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(*light)
        pdf.set_line_width(0.3)
        pdf.line(x, pdf.get_y(), x + w, pdf.get_y())
        pdf.ln(2)

    pdf.set_y(60)
    side_heading("Contact")
    contact = [
        ("\u2709", person.email),
        ("\u260e", person.phone),
        ("\u2302", f"{person.place.city}, {person.place.region}, {person.place.country}"),
    ]
    if person.linkedin:
        contact.append(("in", f"linkedin.com/in/{person.linkedin}"))
    if person.url:
        contact.append(("\u25c6", person.url.removeprefix("https://")))
    for icon, text in contact:
        pdf.set_x(x)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(6, 5, icon)
        pdf.set_font("Sans", "", 7.5)
        pdf.multi_cell(w - 6, 5, text, new_x="LMARGIN", new_y="NEXT")
    side_heading("Skills")
    for skill, level in zip(person.skills[0][1], person.levels, strict=True):
        pdf.set_x(x)
        pdf.set_font("Sans", "", 8.5)
        pdf.cell(w, 4.5, skill, new_x="LMARGIN", new_y="NEXT")
        top = pdf.get_y() + 0.6
        pdf.set_fill_color(90, 110, 125)
        pdf.rect(x, top, w, 1.8, style="F")
        pdf.set_fill_color(*light)
        pdf.rect(x, top, w * level / 5, 1.8, style="F")
        pdf.set_y(top + 3.6)
    side_heading("Languages")
    for language, level in person.languages:
        pdf.set_x(x)
        pdf.set_font("Sans", "B", 8.5)
        pdf.cell(w, 4.5, language, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(x)
        pdf.set_font("Sans", "I", 8)
        pdf.cell(w, 4.5, level or "", new_x="LMARGIN", new_y="NEXT")

    # Main column.
    mx, mw = side + 10, 210 - side - 22
    pdf.set_text_color(*dark)
    pdf.set_xy(mx, 16)
    pdf.set_font("Sans", "B", 25)
    pdf.cell(mw, 11, person.name, new_x="LEFT", new_y="NEXT")
    pdf.set_font("Sans", "", 12)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(mw, 7, person.label or "", new_x="LEFT", new_y="NEXT")

    def heading(text: str) -> None:
        pdf.ln(5)
        pdf.set_x(mx)
        pdf.set_text_color(*dark)
        pdf.set_font("Sans", "B", 12)
        pdf.cell(mw, 7, text.upper(), new_x="LEFT", new_y="NEXT")
        pdf.set_fill_color(*dark)
        pdf.rect(mx, pdf.get_y(), 14, 0.9, style="F")
        pdf.ln(3)

    heading("Profile")
    pdf.set_text_color(40, 40, 40)
    pdf.set_font("Sans", "", 9.5)
    pdf.set_x(mx)
    pdf.multi_cell(mw, 5, person.summary or "", new_x="LEFT", new_y="NEXT")

    def timeline(entries: list[tuple[str, str, str, list[str]]]) -> None:
        rail, tx, tw = mx + 2, mx + 8, mw - 8
        top = pdf.get_y() + 2
        for when, title, where, bullets in entries:
            y = pdf.get_y()
            pdf.set_fill_color(*dark)
            pdf.ellipse(rail - 1.4, y + 0.8, 2.8, 2.8, style="F")
            pdf.set_xy(tx, y)
            pdf.set_text_color(140, 140, 140)
            pdf.set_font("Sans", "", 7.5)
            pdf.cell(tw, 4, when, new_x="LEFT", new_y="NEXT")
            pdf.set_text_color(30, 30, 30)
            pdf.set_font("Sans", "B", 10.5)
            pdf.cell(tw, 5.5, title, new_x="LEFT", new_y="NEXT")
            pdf.set_text_color(*dark)
            pdf.set_font("Sans", "", 9)
            pdf.cell(tw, 5, where, new_x="LEFT", new_y="NEXT")
            pdf.set_text_color(50, 50, 50)
            for bullet in bullets:
                pdf.set_x(tx)
                pdf.cell(4, 4.6, "\u2022")
                pdf.multi_cell(tw - 4, 4.6, bullet, new_x="LEFT", new_y="NEXT")
                pdf.set_x(tx)
            pdf.ln(3)
        pdf.set_draw_color(*dark)
        pdf.set_line_width(0.4)
        pdf.line(rail, top, rail, pdf.get_y() - 4)

    heading("Experience")
    timeline(
        [
            (
                f"{short_month(job.start)} \u2014 {short_month(job.end)}".upper(),
                job.position,
                f"{job.company}  |  {job.place}",
                job.highlights,
            )
            for job in person.jobs
        ]
    )
    heading("Education")
    timeline(
        [
            (
                f"{d.start[0] if d.start else ''} \u2014 {d.end[0]}",
                f"{d.study} in {d.area}",
                d.institution,
                [],
            )
            for d in person.degrees
        ]
    )
    if person.certificates:
        heading("Certificates")
        pdf.set_text_color(40, 40, 40)
        for name, issuer, year in person.certificates:
            pdf.set_x(mx)
            pdf.set_font("Sans", "B", 9)
            pdf.cell(12, 5, str(year))
            pdf.set_font("Sans", "", 9)
            pdf.multi_cell(mw - 12, 5, f"{name} \u00b7 {issuer}", new_x="LEFT", new_y="NEXT")
    if pdf.get_y() > 287:
        raise ValueError(f"two-tone page overflows for {person.name}")
    return bytes(pdf.output())


def _biodata(person: Candidate, options: dict[str, Any]) -> bytes:
    from fpdf.fonts import FontFace

    pdf = _pdf("Serif", "DejaVuSerif", (16, 14, 16))
    pdf.set_auto_page_break(auto=True, margin=14)
    width = pdf.w - 32
    present = options["present"]
    pdf.set_font("Serif", "BU", 15)
    pdf.cell(width, 9, "CURRICULUM VITAE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    grey = FontFace(emphasis="BOLD", fill_color=(220, 220, 220))

    def heading(text: str) -> None:
        pdf.ln(3)
        pdf.set_font("Serif", "B", 10.5)
        pdf.set_fill_color(210, 210, 210)
        pdf.cell(width, 6.5, f" {text}", fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    pdf.set_font("Serif", "", 9.5)
    heading("PERSONAL DETAILS")
    place = person.place
    details = [
        ("Name", person.name),
        ("Email", person.email),
        ("Mobile", person.phone),
        (
            "Address",
            f"{person.extra['street']}, {place.city}, {place.region} - "
            f"{person.extra['pin']}, {place.country}",
        ),
        ("Date of Birth", person.extra["dob"]),
        ("Nationality", "Indian"),
        ("Languages Known", ", ".join(lang for lang, _ in person.languages)),
    ]
    if person.linkedin:
        details.insert(3, ("LinkedIn", f"linkedin.com/in/{person.linkedin}"))
    pdf.set_font("Serif", "", 9.5)
    with pdf.table(
        col_widths=(45, width - 45),
        first_row_as_headings=False,
        line_height=5.5,
        text_align="LEFT",
    ) as table:
        for label, value in details:
            row = table.row()
            row.cell(f"{label}:", style=FontFace(emphasis="BOLD"))
            row.cell(value)
    heading("CAREER OBJECTIVE")
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(width, 5, person.summary or "", new_x="LMARGIN", new_y="NEXT")
    heading("PROFESSIONAL EXPERIENCE")
    pdf.set_font("Serif", "", 9.5)
    with pdf.table(
        col_widths=(70, 55, width - 125),
        headings_style=grey,
        line_height=5.5,
        text_align="LEFT",
    ) as table:
        row = table.row()
        for text in ("Organisation", "Designation", "Duration"):
            row.cell(text)
        for job in person.jobs:
            row = table.row()
            row.cell(job.company)
            row.cell(job.position)
            row.cell(f"{short_month(job.start)} \u2013 {short_month(job.end, present)}")
    heading("KEY RESPONSIBILITIES")
    for job in person.jobs:
        pdf.set_font("Serif", "BI", 9.5)
        pdf.cell(width, 5.5, f"{job.company}:", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "", 9.5)
        for line in job.highlights:
            pdf.cell(6, 5, "\u25b8", align="R")
            pdf.multi_cell(width - 6, 5, f" {line}", new_x="LMARGIN", new_y="NEXT")
    heading("PROJECTS UNDERTAKEN")
    for index, (title, description) in enumerate(person.projects, start=1):
        for label, value in (
            (f"Project {index}:", title),
            ("Description:", description),
            ("Role:", person.jobs[0].position),
        ):
            pdf.set_font("Serif", "B", 9.5)
            pdf.cell(28, 5, label)
            pdf.set_font("Serif", "", 9.5)
            pdf.multi_cell(width - 28, 5, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    heading("ACADEMIC QUALIFICATIONS")
    pdf.set_font("Serif", "", 9.5)
    with pdf.table(
        col_widths=(50, 80, 18, width - 148),
        headings_style=grey,
        line_height=5.5,
        text_align=("LEFT", "LEFT", "CENTER", "CENTER"),
    ) as table:
        row = table.row()
        for text in ("Degree", "Institute", "Year", "%"):
            row.cell(text)
        for d in person.degrees:
            row = table.row()
            row.cell(f"{d.study} ({d.area})" if d.area else d.study)
            row.cell(d.institution)
            row.cell(str(d.end[0]))
            row.cell(d.score or "")
    heading("TECHNICAL SKILLS")
    pdf.set_font("Serif", "", 9.5)
    with pdf.table(
        col_widths=(50, width - 50),
        first_row_as_headings=False,
        line_height=5.5,
        text_align="LEFT",
    ) as table:
        for group, words in person.skills:
            row = table.row()
            row.cell(group, style=FontFace(emphasis="BOLD"))
            row.cell(", ".join(words))
    if person.certificates:
        heading("CERTIFICATIONS")
        pdf.set_font("Serif", "", 9.5)
        for name, issuer, year in person.certificates:
            pdf.cell(6, 5, "\u25b8", align="R")
            pdf.multi_cell(
                width - 6, 5, f" {name} \u2013 {issuer} ({year})", new_x="LMARGIN", new_y="NEXT"
            )
    heading("DECLARATION")
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(
        width,
        5,
        "I hereby declare that the information furnished above is true to the best of my "
        "knowledge and belief.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(6)
    pdf.cell(width / 2, 5, f"Place: {place.city}")
    pdf.cell(width / 2, 5, "", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(width / 2, 5, "Date:")
    pdf.set_font("Serif", "B", 9.5)
    pdf.cell(width / 2, 5, f"({person.name})", align="R", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _caps_span(start: Month | None, end: Month | None) -> str:
    def one(month: Month | None) -> str:
        return "PRESENT" if month is None else f"{MONTHS[month[1] - 1].upper()} {month[0]}"

    return f"{one(start)} - {one(end)}"


def _gdocs(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.shared import Pt, RGBColor

    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = ""
    properties.revision = 1
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    colour = RGBColor.from_string(options["colour"])
    document.add_paragraph(person.name, style="Title")
    if person.label:
        document.add_paragraph(person.label, style="Subtitle")
    contact = [f"{person.place.city}, {person.place.region}", person.phone, person.email]
    if person.linkedin:
        contact.append(f"linkedin.com/in/{person.linkedin}")
    document.add_paragraph(" \u2022 ".join(contact))

    def heading(text: str) -> None:
        document.add_paragraph()
        paragraph = document.add_heading(level=2)
        run = paragraph.add_run(text.upper() if options["caps"] else text)
        run.font.color.rgb = colour

    def entry(bold: str, where: str, italic: str, dates: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.add_run(bold).bold = True
        paragraph.add_run(f", {where} \u2014 ")
        paragraph.add_run(italic).italic = True
        line = document.add_paragraph()
        run = line.add_run(dates)
        run.italic = True
        run.font.size = Pt(8)
        run.font.color.rgb = RGBColor(0x66, 0x66, 0x66)

    heading("Experience")
    for job in person.jobs:
        entry(job.company, job.place or "", job.position, _caps_span(job.start, job.end))
        for line in job.highlights:
            document.add_paragraph(line, style="List Bullet")
    heading("Education")
    for d in person.degrees:
        entry(d.institution, d.place, f"{d.study} in {d.area}", _caps_span(d.start, d.end))
        if d.score:
            document.add_paragraph(f"GPA: {d.score}", style="List Bullet")
    heading("Projects")
    for name, description in person.projects:
        paragraph = document.add_paragraph()
        paragraph.add_run(name).bold = True
        paragraph.add_run(f" \u2014 {description}")
    heading("Skills")
    for skill in person.skills[0][1]:
        document.add_paragraph(skill, style="List Bullet")
    if person.languages:
        heading("Languages")
        document.add_paragraph(
            ", ".join(f"{lang} ({level})" for lang, level in person.languages if level)
        )
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())


def _short(month: Month | None, present: str) -> str:
    return present if month is None else f"{MONTHS[month[1] - 1][:3]} '{month[0] % 100:02d}"


def _email(person: Candidate, options: dict[str, Any]) -> str:
    present = options["present"]
    out: list[str] = [person.extra["greeting"], ""]
    out += ["Pasted my CV below as the attachment wouldn't go through.", "", "", ""]
    out += [person.name, "", f"{person.place.city}, {person.place.region}", ""]
    out += [f"mob: {person.phone}", f"email: {person.email}", "", "", "", "Work history", "", ""]
    for job in person.jobs:
        span = f"{_short(job.start, present)} - {_short(job.end, present)}"
        out += [f"{job.position} @ {job.company} ({span})", ""]
        for line in job.highlights:
            wrapped = textwrap.wrap(line, 60)
            out.append(f"- {wrapped[0]}")
            out += [f"  {rest}" for rest in wrapped[1:]]
        out += ["", "", ""]
    out += ["Schooling", "", ""]
    for d in person.degrees:
        start = f"'{d.start[0] % 100:02d}" if d.start else ""
        out += [f"{d.study} {d.area} @ {d.institution} ({start} - '{d.end[0] % 100:02d})", ""]
    out += ["", "", f"Skills: {', '.join(person.skills[0][1])}", "", "", ""]
    out += ["References available on request.", "", "Thanks,", person.name.split()[0], ""]
    return "\n".join(out)

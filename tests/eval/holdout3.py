"""Third held-out round ("holdout-3"): four layouts real resumes use, unseen by the parser.

Written without looking at the parser, so its first score on them is an honest held-out
figure. Each layout differs from every earlier style in structure, not only punctuation:

* ``pdf-europass`` — the Europass CV grid: a left label column ("WORK EXPERIENCE",
  "EDUCATION AND TRAINING", "Mother tongue(s)") beside a right content column; dates with
  days ("01/03/2018 - 31/12/2020", with an en dash) in the label column; employer as
  "Name, City (Country)" under the position; a CEFR language grid; date of birth and
  nationality in the header. Some use the older form with one label per row ("Dates",
  "Occupation or position held", "Name and address of employer").
* ``pdf-ats-times`` — a compact US "ATS" resume in the Times core font: small-caps headings
  drawn as two type sizes, "COMPANY, Seattle, WA" with the dates right-aligned, the position
  in italics on the next line, several positions under one employer, graduation date only.
* ``docx-twocol-template`` — a Word template laid out as one two-cell table: the left cell
  holds contact details, skills and languages, the right cell the name, profile, experience
  and education; years only ("2019 - now", with an en dash).
* ``txt-underlined`` — plain text with ALL CAPS headings underlined with ``====`` or
  ``----`` and entries "2018-2020  Acme GmbH, Munich — Backend Developer"; some headings in
  German ("BERUFSERFAHRUNG", "AUSBILDUNG").

People, employers, titles, schools, degrees, places, skills and highlights come from pools
disjoint from `people.py` and `holdout.py`, drawn from their own random stream. The ground
truth states only what the document shows (e.g. no label when no headline is printed, no
start date when only the graduation date is), in the precision the document gives.
"""

from __future__ import annotations

import calendar
import io
import random
from dataclasses import dataclass, field, replace
from typing import Any

from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, FONTS, drop_empty, normalise_zip

HOLDOUT_TAG = "holdout-3"
GENERATOR = "tests/eval/holdout3.py"
Month = tuple[int, int]

FIRST = (
    "Ines",
    "Rafael",
    "Oskar",
    "Beatriz",
    "Callum",
    "Daria",
    "Emeka",
    "Freya",
    "Gustavo",
    "Hiroshi",
    "Isabeau",
    "Jakob",
    "Kalani",
    "Linnea",
    "Malik",
    "Nora",
    "Pavel",
    "Rosalind",
    "Sanjay",
    "Teodora",
    "Ulrich",
    "Valentina",
    "Wendell",
    "Ximena",
    "Yusuf",
)
LAST = (
    "Achterberg",
    "Bianchi",
    "Carrasco",
    "Delacroix",
    "Eriksen",
    "Fitzgerald",
    "Gallagher",
    "Hoffmann",
    "Ibáñez",
    "Kuznetsov",
    "Lindholm",
    "Marchetti",
    "Nieminen",
    "Oyelaran",
    "Pellegrini",
    "Quist",
    "Rasmussen",
    "Sørensen",
    "Takahashi",
    "Urquhart",
    "Varga",
    "Wojcik",
    "Yamamoto",
    "Zimmermann",
)


@dataclass(frozen=True, slots=True)
class Place:
    city: str
    region: str | None  # US/CA state or province, shown instead of the country
    code: str
    country: str
    street: str
    postcode: str
    phone_prefix: str

    @property
    def short(self) -> str:
        return f"{self.city}, {self.region or self.country}"


EUROPE = (
    Place("Munich", None, "DE", "Germany", "Schillerstraße 14", "80336", "+49 89"),
    Place("Rotterdam", None, "NL", "Netherlands", "Witte de Withstraat 52", "3012 BR", "+31 10"),
    Place("Gothenburg", None, "SE", "Sweden", "Vasagatan 7", "411 24", "+46 31"),
    Place("Bologna", None, "IT", "Italy", "Via dell'Indipendenza 33", "40121", "+39 051"),
    Place("Ghent", None, "BE", "Belgium", "Veldstraat 81", "9000", "+32 9"),
    Place("Brno", None, "CZ", "Czech Republic", "Masarykova 18", "602 00", "+420 5"),
    Place("Valencia", None, "ES", "Spain", "Carrer de Colón 40", "46004", "+34 96"),
    Place("Copenhagen", None, "DK", "Denmark", "Nørrebrogade 66", "2200", "+45 3"),
    Place("Edinburgh", None, "GB", "UK", "17 Marchmont Road", "EH9 1HX", "+44 131"),
    Place("Lisbon", None, "PT", "Portugal", "Rua Augusta 120", "1100-053", "+351 21"),
)
AMERICA = (
    Place("Portland", "OR", "US", "USA", "2210 NE Alberta St", "97211", "+1 503"),
    Place("Denver", "CO", "US", "USA", "1450 Larimer St", "80202", "+1 720"),
    Place("Chicago", "IL", "US", "USA", "820 W Fulton Market", "60607", "+1 312"),
    Place("Atlanta", "GA", "US", "USA", "600 Peachtree St NE", "30308", "+1 404"),
    Place("Minneapolis", "MN", "US", "USA", "115 N 1st St", "55401", "+1 612"),
    Place("Raleigh", "NC", "US", "USA", "301 Fayetteville St", "27601", "+1 919"),
    Place("Vancouver", "BC", "CA", "Canada", "1055 Homer St", "V6B 1G3", "+1 604"),
)


@dataclass(frozen=True, slots=True)
class Field:
    positions: tuple[str, ...]
    degrees: tuple[tuple[str, str], ...]  # (studyType, area)
    job_skills: tuple[str, ...]
    tools: tuple[str, ...]
    highlights: tuple[str, ...]
    sector: str


FIELDS: dict[str, Field] = {
    "finance": Field(
        ("Senior Accountant", "Financial Controller", "Audit Associate", "Treasury Analyst"),
        (("Bachelor of Business Administration", "Accounting"), ("Master of Arts", "Finance")),
        ("IFRS reporting", "Month-end close", "Cost accounting", "Cash-flow forecasting"),
        ("SAP FI/CO", "DATEV", "Microsoft Excel", "Power Query", "Oracle NetSuite"),
        (
            "Prepared the monthly close for 14 subsidiaries within five working days.",
            "Reconciled intercompany balances and cleared a two-year backlog.",
            "Introduced a rolling cash-flow forecast used by the executive board.",
            "Coordinated the annual external audit with the Big Four auditor.",
            "Cut invoice processing time by 30% through an approval workflow.",
            "Trained six junior staff on VAT filing and expense controls.",
        ),
        "Finance and insurance",
    ),
    "healthcare": Field(
        ("Staff Nurse", "Clinical Nurse Specialist", "Physiotherapist", "Ward Manager"),
        (("Bachelor of Science", "Nursing"), ("Master of Science", "Physiotherapy")),
        ("Wound care", "Triage", "IV therapy", "Patient education", "Infection control"),
        ("Epic", "Cerner", "Microsoft Office"),
        (
            "Cared for up to eight patients per shift on a 28-bed surgical ward.",
            "Led the ward's switch to electronic medication charts.",
            "Mentored student nurses during their clinical placements.",
            "Reduced patient falls by 25% with a new risk-assessment routine.",
            "Ran weekly rehabilitation groups for post-operative patients.",
            "Audited hand-hygiene compliance across three departments.",
        ),
        "Human health and social work",
    ),
    "logistics": Field(
        ("Logistics Coordinator", "Supply Chain Planner", "Warehouse Supervisor", "Buyer"),
        (
            ("Bachelor of Science", "Supply Chain Management"),
            ("Master of Science", "Industrial Engineering"),
        ),
        ("Demand planning", "Lean warehousing", "Incoterms", "Supplier negotiation"),
        ("SAP MM", "Microsoft Excel", "Tableau", "Manhattan WMS"),
        (
            "Planned inbound freight for a 40,000 m² distribution centre.",
            "Negotiated framework contracts with 12 carriers, saving 8% a year.",
            "Supervised a team of 25 warehouse operatives over two shifts.",
            "Introduced cycle counting and raised stock accuracy to 99.6%.",
            "Shortened order lead time from five days to three.",
            "Managed customs documentation for shipments outside the EU.",
        ),
        "Transport and storage",
    ),
    "software": Field(
        ("Backend Developer", "Embedded Software Developer", "QA Automation Engineer"),
        (("Bachelor of Science", "Computer Engineering"), ("Master of Science", "Informatics")),
        ("Test automation", "Code review", "Continuous integration", "REST API design"),
        ("Java", "Spring Boot", "C", "Embedded Linux", "Jenkins", "Selenium", "Azure"),
        (
            "Wrote firmware for a battery-management controller shipped in 60,000 units.",
            "Built the REST API behind the customer self-service portal.",
            "Automated 900 regression tests, halving the release cycle.",
            "Moved the build pipeline from on-premise servers to Azure DevOps.",
            "Profiled and fixed memory leaks in the payment gateway.",
            "Onboarded four new developers and wrote the team's coding guidelines.",
        ),
        "Information and communication",
    ),
    "communications": Field(
        ("Communications Officer", "Content Strategist", "Brand Manager", "Event Coordinator"),
        (("Bachelor of Arts", "Communication Studies"), ("Master of Arts", "Media Management")),
        ("Copy editing", "Press relations", "Campaign planning", "Event management"),
        ("Adobe InDesign", "WordPress", "Google Analytics", "Mailchimp", "Canva"),
        (
            "Edited the quarterly member magazine with a print run of 45,000.",
            "Planned and ran a three-day trade fair stand for 2,000 visitors.",
            "Grew newsletter subscribers from 3,000 to 11,000 in eighteen months.",
            "Wrote press releases picked up by national newspapers.",
            "Relaunched the corporate website with a new content structure.",
            "Coordinated a rebrand across 14 regional offices.",
        ),
        "Professional, scientific and technical activities",
    ),
}
COMPANIES = (
    "Hallberg Maschinenbau GmbH",
    "Vireo Logistics B.V.",
    "Castellan Insurance",
    "Brightwater Clinics",
    "Kornblum & Partner",
    "Nordlicht Software AG",
    "Ardent Freight Solutions",
    "Solace Medical Center",
    "Pemberton Foods Inc.",
    "Tessellate Analytics",
    "Lumio Energie SA",
    "Caravel Shipping",
    "Fieldstone Credit Union",
    "Alder & Vine Marketing",
    "Quayside Capital",
    "Silvermere Pharma",
    "Hartmann Elektronik GmbH",
    "Baltica Ferries",
    "Corvid Systems",
    "Westmark Retail Group",
    "Portico Hotels",
    "Evergreen Home Care",
    "Meadowlark Media",
    "Granite Peak Outfitters",
)
SCHOOLS_EU = (
    ("Ludwig Maximilian University of Munich", 0),
    ("Erasmus University Rotterdam", 1),
    ("University of Gothenburg", 2),
    ("University of Bologna", 3),
    ("Ghent University", 4),
    ("Masaryk University", 5),
    ("University of Valencia", 6),
    ("University of Copenhagen", 7),
    ("University of Edinburgh", 8),
    ("Universidade Nova de Lisboa", 9),
)
SCHOOLS_US = (
    ("Portland State University", 0),
    ("University of Colorado Denver", 1),
    ("University of Illinois Chicago", 2),
    ("Georgia State University", 3),
    ("University of Minnesota", 4),
    ("North Carolina State University", 5),
    ("Simon Fraser University", 6),
)
SCORES_EU = ("1.7", "110/110", "8.2/10", "2.3")
SCORES_US = ("3.6/4.0", "3.8/4.0", "3.4/4.0")
LANGUAGE_NAMES = ("English", "German", "French", "Spanish", "Italian", "Dutch", "Swedish")
CEFR = ("A2", "B1", "B2", "C1", "C2")
NATIVE_BY_CODE = {
    "DE": "German",
    "NL": "Dutch",
    "SE": "Swedish",
    "IT": "Italian",
    "BE": "Dutch",
    "CZ": "Czech",
    "ES": "Spanish",
    "DK": "Danish",
    "GB": "English",
    "PT": "Portuguese",
}
CERTIFICATES = (
    ("Certified Public Accountant", "AICPA"),
    ("Basic Life Support", "American Heart Association"),
    ("APICS Certified Supply Chain Professional", "ASCM"),
    ("ISTQB Certified Tester Foundation Level", "ISTQB"),
    ("Google Ads Search Certification", "Google"),
    ("PRINCE2 Foundation", "AXELOS"),
    ("Forklift Operator Licence", "TÜV SÜD"),
)
PROJECTS = (
    ("Open Ward Rota", "Volunteer-built shift planner for a community hospital"),
    ("Harbour Count", "Spreadsheet model of container dwell times at the local port"),
    ("Fieldnotes", "Podcast on regional food producers, 30 episodes"),
    ("Tinybench", "Benchmark suite for microcontroller JSON parsers"),
)


@dataclass(slots=True)
class Job:
    company: str
    position: str
    place: Place
    start: Month
    end: Month | None
    highlights: list[str]
    start_day: int = 1


@dataclass(slots=True)
class School:
    institution: str
    place: Place
    study: str
    area: str
    start: Month
    end: Month
    score: str | None


@dataclass(slots=True)
class Candidate:
    name: str
    label: str
    email: str
    phone: str
    url: str | None
    profiles: list[tuple[str, str]]
    home: Place
    summary: str
    jobs: list[Job]
    schools: list[School]
    field_name: str
    job_skills: list[str]
    tools: list[str]
    native: str
    languages: list[tuple[str, str]]
    certificates: list[tuple[str, str, int]]
    projects: list[tuple[str, str]]
    birth: tuple[int, int, int]

    @property
    def slug(self) -> str:
        return "-".join(ascii_slug(self.name).split())


@dataclass(frozen=True, slots=True)
class Style:
    name: str
    medium: str  # pdf | docx | txt
    region: str  # europe | america | any
    precision: str  # month | year
    choices: tuple[tuple[str, tuple[Any, ...]], ...] = ()
    options: dict[str, Any] = field(default_factory=dict)

    def vary(self, rng: random.Random) -> Style:
        return replace(self, options={key: rng.choice(values) for key, values in self.choices})

    def __getitem__(self, key: str) -> Any:
        return self.options[key]


STYLES = {
    s.name: s
    for s in (
        Style(
            "pdf-europass",
            "pdf",
            "europe",
            "month",
            choices=(
                ("present", ("present", "Present", "ongoing")),
                ("labelled", (True, False)),
                ("job_heading", ("JOB APPLIED FOR", "POSITION", "PREFERRED JOB")),
            ),
        ),
        Style(
            "pdf-ats-times",
            "pdf",
            "america",
            "month",
            choices=(
                ("joiner", (" \u2013 ", " - ")),
                ("present", ("Present", "Current")),
                ("headline", (True, False)),
                ("promotion", (True, False)),
                ("work_title", ("Professional Experience", "Experience", "Work Experience")),
            ),
        ),
        Style(
            "docx-twocol-template",
            "docx",
            "any",
            "year",
            choices=(
                ("present", ("now", "today", "present")),
                ("entry", ("position_first", "company_first")),
                ("name_cell", ("right", "left")),
                ("education_title", ("EDUCATION", "FORMATION", "EDUCATION")),
            ),
        ),
        Style(
            "txt-underlined",
            "txt",
            "europe",
            "year",
            choices=(
                ("rule", ("=", "-")),
                ("present", ("{y}-today", "since {y}", "{y}-present")),
                ("dash", (" \u2014 ", " \u2014 ", " - ")),
                ("german", (True, False)),
            ),
        ),
    )
}
PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-europass", 3),
    ("pdf-ats-times", 3),
    ("docx-twocol-template", 3),
    ("txt-underlined", 3),
)
# Options pinned for one document so that each variant appears at least once, applied after
# the random draw so that the random stream (and so every person) stays the same.
PINNED: dict[tuple[str, int], dict[str, Any]] = {("txt-underlined", 2): {"german": True}}


def style_for(name: str, number: int, rng: random.Random) -> Style:
    """The options of document `number` (1-based) of style `name`."""
    style = STYLES[name].vary(rng)
    return replace(style, options=style.options | PINNED.get((name, number), {}))


# ----------------------------------------------------------------------------------- people


def _phone(rng: random.Random, place: Place) -> str:
    digits = "".join(str(rng.randint(0, 9)) for _ in range(7))
    if place.code in {"US", "CA"}:
        area = place.phone_prefix.split()[1]
        return f"({area}) 555-{digits[:4]}"
    return f"{place.phone_prefix} {digits[:3]} {digits[3:]}"


def _months_before(month: Month, count: int) -> Month:
    total = month[0] * 12 + month[1] - 1 - count
    return total // 12, total % 12 + 1


def make_person(
    rng: random.Random, used: set[str], style: Style, *, promotion: bool = False
) -> Candidate:
    name = ""
    while not name or name in used:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    used.add(name)
    places = {"europe": EUROPE, "america": AMERICA}.get(style.region, EUROPE + AMERICA)
    home = rng.choice(places)
    field_name = rng.choice(sorted(FIELDS))
    spec = FIELDS[field_name]
    count = rng.randint(2, 4)
    end: Month | None = None if rng.random() < 0.6 else (2024, rng.randint(1, 10))
    highlights = rng.sample(spec.highlights, len(spec.highlights))
    jobs: list[Job] = []
    for company in rng.sample(COMPANIES, count):
        start = _months_before(end or (2024, 6), rng.randint(14, 48))
        where = home if rng.random() < 0.6 else rng.choice(places)
        take = [highlights.pop() for _ in range(min(len(highlights), rng.randint(1, 2)))]
        position = rng.choice(spec.positions)
        jobs.append(Job(company, position, where, start, end, take, rng.choice((1, 1, 15))))
        end = _months_before(start, rng.randint(1, 4))
    if promotion:
        # The newest two positions are at one employer: a promotion.
        older = jobs[1]
        jobs[1] = replace(older, company=jobs[0].company, place=jobs[0].place)
        jobs[1].end = _months_before(jobs[0].start, 1)
        others = [p for p in spec.positions if p != jobs[0].position]
        jobs[1].position = rng.choice(others)
    schools: list[School] = []
    pool = SCHOOLS_US if home.code in {"US", "CA"} else SCHOOLS_EU
    last_end = jobs[-1].start[0]
    for index in range(rng.randint(1, 2)):
        study, area = spec.degrees[-1 - index] if index == 0 else spec.degrees[0]
        institution, place_index = rng.choice(pool)
        school_place = (AMERICA if pool is SCHOOLS_US else EUROPE)[place_index]
        end_year = last_end - 3 * index
        length = 2 if study.startswith("Master") else rng.choice((3, 4))
        scores = SCORES_US if home.code in {"US", "CA"} else SCORES_EU
        schools.append(
            School(
                institution,
                school_place,
                study,
                area,
                (end_year - length, rng.choice((9, 10))),
                (end_year, rng.choice((6, 7))),
                rng.choice((None, rng.choice(scores))),
            )
        )
    if len(schools) == 2 and schools[0].study == schools[1].study:
        schools.pop()
    slug = ascii_slug(name).split()
    native = NATIVE_BY_CODE.get(home.code, "English")
    others = [lang for lang in LANGUAGE_NAMES if lang != native]
    languages = [(lang, rng.choice(CEFR[1:])) for lang in rng.sample(others, rng.randint(1, 2))]
    years = 2024 - jobs[-1].start[0]
    return Candidate(
        name=name,
        label=jobs[0].position,
        email=f"{rng.choice([slug[0] + '.' + slug[-1], slug[0][0] + slug[-1]])}@"
        + rng.choice(("example.com", "example.net", "post.example.org")),
        phone=_phone(rng, home),
        url=f"https://www.{slug[0]}{slug[-1]}.{rng.choice(('com', 'eu', 'net'))}"
        if rng.random() < 0.35
        else None,
        profiles=[("LinkedIn", f"{slug[0]}{slug[-1]}{rng.randint(10, 99)}")]
        + ([("GitHub", f"{slug[0]}-{slug[-1]}")] if field_name == "software" else []),
        home=home,
        summary=f"{jobs[0].position} with {years} years of experience in "
        f"{spec.sector.lower()}, known for {spec.job_skills[0].lower()} and careful planning.",
        jobs=jobs,
        schools=schools,
        field_name=field_name,
        job_skills=rng.sample(spec.job_skills, 3),
        tools=rng.sample(spec.tools, 3),
        native=native,
        languages=languages,
        certificates=[
            (n, i, rng.randint(2015, 2023)) for n, i in rng.sample(CERTIFICATES, rng.randint(0, 2))
        ],
        projects=rng.sample(PROJECTS, rng.randint(0, 1)),
        birth=(rng.randint(1975, 1998), rng.randint(1, 12), rng.randint(1, 28)),
    )


# ------------------------------------------------------------------------------------ truth


def _iso(month: Month | None, style: Style) -> str | None:
    if month is None:
        return None
    return f"{month[0]}" if style.precision == "year" else f"{month[0]}-{month[1]:02d}"


def job_location(job: Job, style: Style) -> str:
    if style.name == "pdf-europass":
        return f"{job.place.city}, {job.place.country}"
    if style.name == "pdf-ats-times":
        return job.place.short
    return job.place.city


def truth(person: Candidate, style: Style) -> dict[str, Any]:
    """The JSON Resume a careful reader would type from the rendered document."""
    home = person.home
    europass = style.name == "pdf-europass"
    ats = style.name == "pdf-ats-times"
    location: dict[str, Any] = {"city": home.city, "countryCode": home.code}
    if europass or style.name == "txt-underlined":
        location |= {"address": home.street, "postalCode": home.postcode}
    if ats:
        location |= {"region": home.region, "postalCode": home.postcode}
    if style.name == "docx-twocol-template":
        location |= {"region": home.region}
    show_label = not ats or style["headline"]
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label if show_label else None,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "summary": None if europass else person.summary,
            "location": drop_empty(location),
            "profiles": [
                {"network": net, "username": user, "url": _profile_url(net, user)}
                for net, user in person.profiles
            ],
        }
    )
    work = [
        drop_empty(
            {
                "name": job.company,
                "position": job.position,
                "location": job_location(job, style),
                "startDate": _iso(job.start, style),
                "endDate": _iso(job.end, style),
                "highlights": job.highlights,
            }
        )
        for job in person.jobs
    ]
    education = [
        drop_empty(
            {
                "institution": school.institution,
                "area": school.area,
                "studyType": school.study,
                "startDate": None if ats else _iso(school.start, style),
                "endDate": _iso(school.end, style),
                "score": school.score,
            }
        )
        for school in person.schools
    ]
    if europass:
        skills = [
            {"name": "Job-related skills", "keywords": person.job_skills},
            {"name": "Digital skills", "keywords": person.tools},
        ]
    elif style.name == "docx-twocol-template":
        skills = [{"name": kw} for kw in person.job_skills + person.tools]
    else:
        title = "Core skills" if ats else "Skills"
        skills = [
            {"name": title, "keywords": person.job_skills},
            {"name": "Software" if ats else "Tools", "keywords": person.tools},
        ]
    languages = [{"language": person.native, "fluency": "Native"}]
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
            "projects": [{"name": n, "description": d} for n, d in _projects(person, style)],
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style.name], "generator": GENERATOR}},
        }
    )


def _profile_url(network: str, user: str) -> str:
    return {"LinkedIn": "https://linkedin.com/in/", "GitHub": "https://github.com/"}[network] + user


def _profile_text(network: str, user: str) -> str:
    return _profile_url(network, user).removeprefix("https://")


def _projects(person: Candidate, style: Style) -> list[tuple[str, str]]:
    # Only the text and DOCX layouts have a projects section.
    return person.projects if style.medium in {"txt", "docx"} else []


def _degree(school: School) -> str:
    return f"{school.study} in {school.area}"


def _short_degree(school: School) -> str:
    abbreviations = {
        "Bachelor of Science": "B.Sc.",
        "Master of Science": "M.Sc.",
        "Bachelor of Arts": "B.A.",
        "Master of Arts": "M.A.",
        "Bachelor of Business Administration": "BBA",
    }
    return f"{abbreviations.get(school.study, school.study)} {school.area}"


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: Style) -> tuple[bytes, str]:
    rng = random.Random(f"{person.name}/{style.name}")
    if style.name == "pdf-europass":
        return _europass(person, style, rng), "pdf"
    if style.name == "pdf-ats-times":
        return _ats(person, style), "pdf"
    if style.name == "docx-twocol-template":
        return _twocol(person, style), "docx"
    return _underlined(person, style).encode("utf-8"), "txt"


def _new_pdf(page: str) -> Any:
    from fpdf import FPDF

    pdf = FPDF(format=page, unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(auto=True, margin=15)
    return pdf


# Europass -------------------------------------------------------------------------------

BLUE = (21, 64, 124)
NATIONALITY = {
    "DE": "German",
    "NL": "Dutch",
    "SE": "Swedish",
    "IT": "Italian",
    "BE": "Belgian",
    "CZ": "Czech",
    "ES": "Spanish",
    "DK": "Danish",
    "GB": "British",
    "PT": "Portuguese",
}
GREY = (90, 90, 90)


def _day_date(month: Month, day: int, *, last: bool) -> str:
    if last:
        day = calendar.monthrange(*month)[1]
    return f"{day:02d}/{month[1]:02d}/{month[0]}"


def _europass(person: Candidate, style: Style, rng: random.Random) -> bytes:
    """The 2013 grid (headed sections) or, when `labelled`, the older one-label-per-row form."""
    labelled = bool(style["labelled"])
    pdf = _new_pdf("A4")
    for suffix, variant in (("", ""), ("-Bold", "B"), ("-Oblique", "I")):
        pdf.add_font("Sans", variant, str(FONTS / f"DejaVuSans{suffix}.ttf"))
    pdf.set_title(f"Europass CV - {person.name}")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    left, label_w, gap = 12.0, 52.0, 5.0
    content_x = left + label_w + gap
    content_w = 210 - content_x - 12

    def label(text: str, top: float, *, size: float = 8, color: tuple[int, int, int] = BLUE):
        pdf.set_xy(left, top)
        pdf.set_font("Sans", "B" if labelled and color == BLUE else "", size)
        pdf.set_text_color(*color)
        pdf.multi_cell(label_w, 4.2, text, align="R")
        pdf.set_text_color(0, 0, 0)
        return pdf.get_y()

    def content(text: str, *, size: float = 9, face: str = "", color=(0, 0, 0), h=4.6) -> None:
        pdf.set_x(content_x)
        pdf.set_font("Sans", face, size)
        pdf.set_text_color(*color)
        pdf.multi_cell(content_w, h, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)

    def ensure(room: float) -> None:
        # Rows and entries are kept whole: a new page when the rest would not fit.
        if pdf.get_y() + room > 282:
            pdf.add_page()
            pdf.set_y(15)

    def row(name: str, values: list[str], **kw: Any) -> None:
        ensure(4.8 * len(values) + 3)
        top = pdf.get_y()
        bottom = label(name, top + 0.2, size=7.5, color=GREY)
        pdf.set_y(top)
        for value in values:
            content(value, **kw)
        pdf.set_y(max(pdf.get_y(), bottom) + (1.2 if labelled else 0))

    def section(title: str) -> None:
        pdf.ln(4)
        ensure(24)
        top = pdf.get_y()
        bottom = label(title, top, size=8.5 if not labelled else 10)
        pdf.set_draw_color(*BLUE)
        if not labelled:
            pdf.line(content_x, top + 3, content_x + content_w, top + 3)
        pdf.set_y(max(top + 7, bottom + 2))

    home = person.home
    address = f"{home.street}, {home.postcode} {home.city} ({home.country})"
    links = [(net, _profile_text(net, user)) for net, user in person.profiles]
    if person.url:
        links.insert(0, ("Website", person.url.removeprefix("https://")))
    year, month, day = person.birth
    nationality = NATIONALITY.get(home.code, "European")
    birth = f"{day:02d}/{month:02d}/{year}"
    pdf.set_y(14)
    if labelled:
        label("Europass\nCurriculum Vitae", 14, size=12)
        pdf.set_y(30)
        section("Personal information")
        row("First name(s) / Surname(s)", [person.name], size=12, face="B")
        row("Address(es)", [address])
        row("Telephone(s)", [person.phone])
        row("E-mail", [person.email])
        for name, value in links:
            row(name, [value])
        row("Nationality", [nationality])
        row("Date of birth", [birth])
        pdf.ln(2)
        row("Desired employment / Occupational field", [person.label], size=10, face="B")
    else:
        top = pdf.get_y()
        label("PERSONAL INFORMATION", top, size=8.5)
        pdf.set_y(top - 1)
        content(person.name, size=15, h=7)
        pdf.ln(1)
        for value in [address, person.phone, person.email]:
            content(value)
        for name, value in links:
            content(f"{name}  {value}" if name != "Website" else value)
        pdf.ln(1)
        content(f"Date of birth {birth} | Nationality {nationality}", size=8, color=GREY)
        pdf.ln(4)
        top = pdf.get_y()
        label(style["job_heading"], top, size=8.5)
        pdf.set_y(top)
        content(person.label, size=12, face="B", color=BLUE, h=5.5)

    section("Work experience" if labelled else "WORK EXPERIENCE")
    sector = FIELDS[person.field_name].sector
    for job in person.jobs:
        start = _day_date(job.start, job.start_day, last=False)
        end = _day_date(job.end, 1, last=True) if job.end else style["present"]
        dates = f"{start} \u2013 {end}"
        bullets = [f"\u25aa {highlight}" for highlight in job.highlights]
        employer = f"{job.company}, {job.place.city} ({job.place.country})"
        if labelled:
            row("Dates", [dates])
            row("Occupation or position held", [job.position], face="B")
            row("Main activities and responsibilities", bullets, size=8.5)
            row("Name and address of employer", [employer])
            row("Type of business or sector", [sector])
            pdf.ln(3)
            continue
        ensure(5 * (3 + len(bullets)))
        top = pdf.get_y()
        label(dates, top, size=8.5)
        pdf.set_y(top)
        content(job.position, size=11, color=BLUE, h=5.2)
        content(employer)
        for line in bullets:
            content(line, size=8.5)
        pdf.set_x(content_x)
        pdf.set_font("Sans", "B", 8)
        pdf.set_text_color(*GREY)
        pdf.cell(pdf.get_string_width("Business or sector") + 2, 4.6, "Business or sector")
        pdf.set_font("Sans", "", 8)
        pdf.cell(content_w - 30, 4.6, sector, new_x="LMARGIN")
        pdf.ln(4.6)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(3)

    section("Education and training" if labelled else "EDUCATION AND TRAINING")
    for school in person.schools:
        start = _day_date(school.start, 1, last=False)
        end = _day_date(school.end, rng.choice((15, 30)), last=False)
        dates = f"{start} \u2013 {end}"
        level = f"EQF level {7 if school.study.startswith('Master') else 6}"
        where = f"{school.institution}, {school.place.city} ({school.place.country})"
        if labelled:
            row("Dates", [dates])
            row("Title of qualification awarded", [_degree(school)], face="B")
            row("Name and type of organisation providing education and training", [where])
            row("Level in national or international classification", [level])
            if school.score:
                row("Final grade", [school.score])
            pdf.ln(3)
            continue
        ensure(20)
        top = pdf.get_y()
        label(dates, top, size=8.5)
        pdf.set_xy(content_x, top)
        pdf.set_font("Sans", "", 8)
        pdf.set_text_color(*BLUE)
        pdf.cell(content_w, 5, level, align="R")
        pdf.set_xy(content_x, top)
        pdf.set_font("Sans", "", 11)
        pdf.multi_cell(content_w - 24, 5.2, _degree(school), new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        content(where)
        if school.score:
            content(f"Final grade: {school.score}", size=8.5)
        pdf.ln(3)

    section("Personal skills and competences" if labelled else "PERSONAL SKILLS")
    row("Mother tongue(s)", [person.native], size=10)
    pdf.ln(1)
    ensure(5 * len(person.languages) + 20)
    top = pdf.get_y()
    label("Other language(s)", top, size=8, color=GREY)
    widths = [content_w * w for w in (0.16, 0.14, 0.14, 0.2, 0.2, 0.16)]
    pdf.set_y(top)
    _grid_row(pdf, content_x, widths, ["", "UNDERSTANDING", "", "SPEAKING", "", "WRITING"], 6.5)
    _grid_row(
        pdf,
        content_x,
        widths,
        ["", "Listening", "Reading", "Spoken interaction", "Spoken production", ""],
        6,
    )
    for lang, level_code in person.languages:
        _grid_row(pdf, content_x, widths, [lang, *[level_code] * 5], 8.5)
    pdf.set_x(content_x)
    pdf.set_font("Sans", "I", 6.5)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(
        content_w,
        3.4,
        "Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient "
        "user\nCommon European Framework of Reference for Languages",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    job_title = "Job-related skills and competences" if labelled else "Job-related skills"
    row(job_title, [f"\u25aa {skill}" for skill in person.job_skills])
    pdf.ln(1)
    digital = "Computer skills and competences" if labelled else "Digital skills"
    row(digital, [", ".join(person.tools)])
    if person.certificates:
        section("Additional information" if labelled else "ADDITIONAL INFORMATION")
        certificates = [f"{n}, {i} ({y})" for n, i, y in person.certificates]
        row("Certifications", certificates)
    return bytes(pdf.output())


def _grid_row(pdf: Any, x: float, widths: list[float], cells: list[str], size: float) -> None:
    pdf.set_x(x)
    pdf.set_font("Sans", "", size)
    for number, (width, text) in enumerate(zip(widths, cells, strict=True)):
        pdf.cell(width, 5, text, align="L" if number == 0 else "C")
    pdf.ln(5)


# ATS (Times) ----------------------------------------------------------------------------


def _month_name(month: Month) -> str:
    return f"{calendar.month_name[month[1]]} {month[0]}"


def _ats(person: Candidate, style: Style) -> bytes:
    pdf = _new_pdf("Letter")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_title(person.name)
    pdf.set_margins(15, 12, 15)
    pdf.add_page()
    width = 216 - 30
    joiner, present = style["joiner"], style["present"]

    def small_caps(title: str) -> None:
        pdf.ln(2.5)
        y = pdf.get_y() + 5
        x = 15.0
        for number, word in enumerate(title.upper().split()):
            if number:
                pdf.set_font("Times", "B", 9.5)
                x += pdf.get_string_width(" ")
            pdf.set_font("Times", "B", 12)
            pdf.text(x, y, word[0])
            x += pdf.get_string_width(word[0])
            pdf.set_font("Times", "B", 9.5)
            pdf.text(x, y, word[1:])
            x += pdf.get_string_width(word[1:])
        pdf.set_draw_color(0, 0, 0)
        pdf.line(15, y + 1.3, 15 + width, y + 1.3)
        pdf.set_y(y + 2.5)

    def left_right(left: list[tuple[str, str]], right: str, right_face: str = "") -> None:
        top = pdf.get_y()
        pdf.set_x(15)
        for text, face in left:
            pdf.set_font("Times", face, 10.5)
            pdf.cell(pdf.get_string_width(text), 4.8, text)
        pdf.set_xy(15, top)
        pdf.set_font("Times", right_face, 10.5)
        pdf.cell(width, 4.8, right, align="R", new_x="LMARGIN", new_y="NEXT")

    def bullet(text: str) -> None:
        pdf.set_x(19)
        pdf.set_font("Times", "", 10.5)
        pdf.cell(4, 4.6, "\u2022")
        pdf.multi_cell(width - 8, 4.6, text, new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("Times", "B", 17)
    pdf.cell(width, 8, person.name, align="C", new_x="LMARGIN", new_y="NEXT")
    if style["headline"]:
        pdf.set_font("Times", "I", 11)
        pdf.cell(width, 5, person.label, align="C", new_x="LMARGIN", new_y="NEXT")
    home = person.home
    items = [f"{home.city}, {home.region} {home.postcode}", person.phone, person.email]
    items += [_profile_text(net, user) for net, user in person.profiles]
    if person.url:
        items.append(person.url.removeprefix("https://"))
    pdf.set_font("Times", "", 10)
    pdf.multi_cell(width, 4.6, "  \u2022  ".join(items), align="C", new_x="LMARGIN", new_y="NEXT")

    small_caps("Summary")
    pdf.set_font("Times", "", 10.5)
    pdf.multi_cell(width, 4.6, person.summary, new_x="LMARGIN", new_y="NEXT")

    small_caps(style["work_title"])
    jobs = person.jobs
    index = 0
    while index < len(jobs):
        job = jobs[index]
        group = [job]
        while index + len(group) < len(jobs) and jobs[index + len(group)].company == job.company:
            group.append(jobs[index + len(group)])
        first, last = group[-1].start, job.end
        span = _month_name(first) + joiner + (_month_name(last) if last else present)
        place = f", {job.place.short}"
        left_right([(job.company.upper(), "B"), (place, "")], span if len(group) == 1 else "")
        for role in group:
            if len(group) > 1:
                own = _month_name(role.start) + joiner
                own += _month_name(role.end) if role.end else present
                left_right([(role.position, "I")], own, "I")
            else:
                pdf.set_font("Times", "I", 10.5)
                pdf.cell(width, 4.8, role.position, new_x="LMARGIN", new_y="NEXT")
            for highlight in role.highlights:
                bullet(highlight)
        pdf.ln(1.5)
        index += len(group)

    small_caps("Education")
    for school in person.schools:
        place = f", {school.place.short}"
        left_right([(school.institution.upper(), "B"), (place, "")], _month_name(school.end))
        pdf.set_font("Times", "I", 10.5)
        degree = _degree(school) + (f"; GPA {school.score}" if school.score else "")
        pdf.cell(width, 4.8, degree, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    small_caps("Skills")
    for title, values in (("Core skills", person.job_skills), ("Software", person.tools)):
        pdf.set_font("Times", "B", 10.5)
        pdf.cell(pdf.get_string_width(f"{title}: "), 4.8, f"{title}: ")
        pdf.set_font("Times", "", 10.5)
        pdf.multi_cell(0, 4.8, ", ".join(values), new_x="LMARGIN", new_y="NEXT")
    languages = [f"{person.native} (native)"] + [
        f"{lang} ({lvl})" for lang, lvl in person.languages
    ]
    pdf.set_font("Times", "B", 10.5)
    pdf.cell(pdf.get_string_width("Languages: "), 4.8, "Languages: ")
    pdf.set_font("Times", "", 10.5)
    pdf.multi_cell(0, 4.8, ", ".join(languages), new_x="LMARGIN", new_y="NEXT")
    if person.certificates:
        small_caps("Certifications")
        for name, issuer, year in person.certificates:
            left_right([(name, "B"), (f", {issuer}", "")], str(year))
    return bytes(pdf.output())


# DOCX two-column template ---------------------------------------------------------------


def _years(start: Month, end: Month | None, style: Style) -> str:
    return f"{start[0]} \u2013 {end[0] if end else style['present']}"


def _twocol(person: Candidate, style: Style) -> bytes:
    import docx
    from docx.shared import Inches, Pt, RGBColor

    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = GENERATOR
    properties.revision = 1
    table = document.add_table(rows=1, cols=2)
    table.autofit = False
    side, main = table.rows[0].cells
    side.width, main.width = Inches(2.3), Inches(4.7)

    def para(cell: Any, text: str, *, bold: bool = False, size: float = 10, **kw: Any) -> Any:
        paragraph = cell.add_paragraph(style=kw.get("style"))
        run = paragraph.add_run(text)
        run.bold = bold
        run.italic = kw.get("italic", False)
        run.font.size = Pt(size)
        if kw.get("grey"):
            run.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
        return paragraph

    def heading(cell: Any, text: str) -> None:
        paragraph = cell.add_paragraph(style="Heading 2")
        paragraph.add_run(text)

    name_cell = main if style["name_cell"] == "right" else side
    name_cell.paragraphs[0].add_run(person.name).bold = True
    name_cell.paragraphs[0].runs[0].font.size = Pt(22)
    para(name_cell, person.label.upper(), size=11, grey=True)
    if name_cell is main:
        side.paragraphs[0].add_run("")
    heading(side, "CONTACT")
    home = person.home
    para(side, person.phone)
    para(side, person.email)
    para(side, f"{home.city}, {home.region or home.country}")
    if person.url:
        para(side, person.url.removeprefix("https://"))
    for net, user in person.profiles:
        para(side, _profile_text(net, user))
    heading(side, "SKILLS")
    for skill in person.job_skills + person.tools:
        para(side, skill, style="List Bullet")
    heading(side, "LANGUAGES")
    para(side, f"{person.native} \u2013 native")
    for lang, level in person.languages:
        para(side, f"{lang} \u2013 {level}")
    if person.certificates:
        heading(side, "CERTIFICATES")
        for name, issuer, year in person.certificates:
            para(side, name, bold=True, size=9.5)
            para(side, f"{issuer}, {year}", size=9, grey=True)

    heading(main, "PROFILE")
    para(main, person.summary)
    heading(main, "EXPERIENCE")
    for job in person.jobs:
        dates = _years(job.start, job.end, style)
        if style["entry"] == "position_first":
            para(main, job.position, bold=True, size=11)
            para(main, f"{job.company}, {job.place.city}")
            para(main, dates, italic=True, size=9, grey=True)
        else:
            para(main, f"{job.company} | {job.place.city}", bold=True, size=11)
            para(main, f"{job.position} \u00b7 {dates}", italic=True)
        for highlight in job.highlights:
            para(main, highlight, style="List Bullet")
    heading(main, style["education_title"])
    for school in person.schools:
        para(main, _short_degree(school), bold=True, size=11)
        para(main, f"{school.institution}, {school.place.city}")
        extra = f" \u00b7 Grade {school.score}" if school.score else ""
        para(main, _years(school.start, school.end, style) + extra, italic=True, size=9, grey=True)
    if person.projects:
        heading(main, "PROJECTS")
        for name, description in person.projects:
            paragraph = para(main, name, bold=True)
            paragraph.add_run(f" \u2013 {description}")
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())


# Plain text, underlined headings ---------------------------------------------------------

GERMAN = {"WORK EXPERIENCE": "BERUFSERFAHRUNG", "EDUCATION": "AUSBILDUNG"}


def _underlined(person: Candidate, style: Style) -> str:
    rule, dash = style["rule"], style["dash"]
    out: list[str] = []

    def heading(title: str) -> None:
        if style["german"]:
            title = GERMAN.get(title, title)
        out.extend(["", title, rule * len(title)])

    def span(start: Month, end: Month | None) -> str:
        if end:
            return f"{start[0]}-{end[0]}"
        return str(style["present"]).format(y=start[0])

    home = person.home
    name = person.name.upper()
    out += [name, "=" * len(name), person.label, ""]
    out.append(f"{home.street}, {home.postcode} {home.city}, {home.country}")
    out.append(f"Phone:    {person.phone}")
    out.append(f"E-mail:   {person.email}")
    if person.url:
        out.append(f"Web:      {person.url}")
    for net, user in person.profiles:
        out.append(f"{net + ':':<10}{_profile_text(net, user)}")
    heading("PROFILE")
    out.append(person.summary)
    heading("WORK EXPERIENCE")
    pad = 12
    for job in person.jobs:
        out.append("")
        dates = span(job.start, job.end)
        out.append(f"{dates:<{pad}}{job.company}, {job.place.city}{dash}{job.position}")
        out += [f"{'':<{pad}}* {highlight}" for highlight in job.highlights]
    heading("EDUCATION")
    for school in person.schools:
        out.append("")
        dates = span(school.start, school.end)
        out.append(f"{dates:<{pad}}{school.institution}, {school.place.city}{dash}")
        out[-1] += _short_degree(school)
        if school.score:
            out.append(f"{'':<{pad}}Final grade: {school.score}")
    heading("SKILLS")
    out.append(f"Skills: {', '.join(person.job_skills)}")
    out.append(f"Tools:  {', '.join(person.tools)}")
    heading("LANGUAGES")
    levels = [f"{lang} ({level})" for lang, level in person.languages]
    out.append(", ".join([f"{person.native} (native)", *levels]))
    if person.certificates:
        heading("CERTIFICATES")
        out += [f"{year}  {name} ({issuer})" for name, issuer, year in person.certificates]
    if person.projects:
        heading("PROJECTS")
        out += [f"{name}{dash}{description}" for name, description in person.projects]
    return "\n".join(out) + "\n"


__all__ = ["HOLDOUT_TAG", "PLAN", "STYLES", "make_person", "render", "style_for", "truth"]

"""Ninth held-out round ("holdout-9"): five more layouts, written blind (without reading the
parser) and meant to be measured once, untuned.

* ``pdf-jake-latex`` — the widely copied "Jake's resume" LaTeX look on US Letter: a large
  centred name, one contact line "phone | email | linkedin.com/in/x | github.com/x" (no
  address), small-caps section titles (two type sizes) with a rule under each, Education
  first ("Bachelor of Science in Computer Science, GPA: 3.84"), entries as two rows — bold
  employer with "City, ST" flush right, then the italic position with "Jun. 2020 \u2013 Present"
  flush right (abbreviated months with periods, "Sept.", "May") — or the template's original
  order (bold position with dates, then italic employer with place); "Projects" as
  "Name | Tech, Tech" with dates; "Technical Skills" as "Languages: a, b" rows.
* ``pdf-federal-long`` — a US federal (USAJobs-style) resume of exactly three Letter pages:
  name, street address, contact and "Citizenship" lines, then "WORK EXPERIENCE" where each
  entry is a block of labelled lines (employer, its street address, "MM/YYYY \u2013 Present",
  "Hours per week: 40", "Series/Grade: GS-0343-12", "Salary: $…", the title in capitals,
  "Duties, Accomplishments and Related Skills:" and long prose paragraphs, a "Supervisor: …,
  May contact: Yes" line). Pages 2 and 3 carry a running header with the name and "Page N of
  3"; entries break across pages. Education with "Graduated: May 2012", "GPA", "Credits
  earned", then "JOB RELATED TRAINING".
* ``pdf-outlined-text`` — a modern single-column design (coloured accent) exported "as
  outlines": every glyph is a filled vector path, the PDF has no font and no text layer, so
  only OCR of the rendered page can read it.
* ``docx-tracked-changes`` — a Word resume with live tracked changes: ``w:del``/``w:ins``
  runs replace the headline, an old phone number, the latest job title (and, when the latest
  job has ended, "Present" by its end date), a bullet paragraph deleted and one inserted, a
  skill deleted; the name and the contact block sit in content controls (``w:sdt``) and the
  e-mail is a HYPERLINK field. Word shows both the deletions and the insertions (marked up),
  but the resume's current content is the state with every change ACCEPTED — the truth
  describes that state: insertions in, deletions out.
* ``scan-multipage-tiff`` — a two-page printed South African CV scanned as one multi-page
  TIFF (two frames, 200 dpi, bilevel CCITT G4): page 2 carries a small running header and
  continues the work history mid-section; each page is turned by less than 1.5 degrees and
  speckled.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (no location when none is printed, no country code unless a
country or a US state is printed).
"""

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import (
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
    FONTS,
    drop_empty,
    iso_month,
    long_month,
    months_before,
    normalise_zip,
    numeric_month,
    short_month,
)

HOLDOUT_TAG = "holdout-9"
GENERATOR = "tests/eval/holdout9.py"
SEED = 9_482_613

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-jake-latex", 3),
    ("pdf-federal-long", 3),
    ("pdf-outlined-text", 3),
    ("docx-tracked-changes", 2),
    ("scan-multipage-tiff", 2),
)

# Month abbreviations as LaTeX resume writers type them by hand.
JAKE_MONTHS = (
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)

POOLS: dict[str, Pool] = {
    "pdf-jake-latex": Pool(
        first=("Peregrine", "Ravindra", "Oksana", "Jericho", "Temperance", "Lowell"),
        last=("Szymanski", "Tremblay", "Halloran", "Okonjo", "Fairclough", "Ellington"),
        cities=(
            ("Sunnyvale", "CA", "US", "Sunnyvale, CA"),
            ("Redmond", "WA", "US", "Redmond, WA"),
            ("Richardson", "TX", "US", "Richardson, TX"),
            ("New Brunswick", "NJ", "US", "New Brunswick, NJ"),
        ),
        employers=(
            "Quillmate Software",
            "Pelican Robotics",
            "Cinderblock Systems",
            "Bluegill Labs",
            "Sparrowhawk Cloud",
        ),
        titles=(
            "Software Engineer Intern",
            "Software Engineer",
            "Backend Developer",
            "Data Engineer",
        ),
        highlights=(
            "Developed a REST API using FastAPI and PostgreSQL serving 2M requests a day",
            "Cut p95 latency of the search service by 40% with a Redis cache",
            "Wrote integration tests that raised coverage from 55% to 88%",
            "Built a React dashboard that replaced three internal spreadsheets",
            "Containerized six services with Docker and deployed them to Kubernetes",
            "Explored methods to generate synthetic training data for a vision model",
            "Automated the nightly ETL job with Airflow, saving 10 engineer-hours a week",
            "Migrated a monolith's billing module to a gRPC microservice",
            "Profiled a C++ path planner and removed 30% of its allocations",
        ),
        skills=(),
        schools=("Purdue University", "Rutgers University", "University of Texas at Dallas"),
        degrees=(("Bachelor of Science", "Computer Science"),),
    ),
    "pdf-federal-long": Pool(
        first=("Marjorie", "Mortimer", "Loretta", "Cornelius", "Bernadette", "Grover"),
        last=("Tillinghast", "McCorkle", "Brannigan", "Stanczyk", "Fenwick", "Culpepper"),
        cities=(
            ("Arlington", "VA", "US", "Arlington, VA 22203"),
            ("Silver Spring", "MD", "US", "Silver Spring, MD 20910"),
            ("Huntsville", "AL", "US", "Huntsville, AL 35801"),
        ),
        employers=(
            "Defense Logistics Agency",
            "U.S. Army Corps of Engineers",
            "Department of Veterans Affairs",
            "U.S. Department of Agriculture",
            "National Oceanic and Atmospheric Administration",
        ),
        titles=(
            "Management and Program Analyst",
            "Program Analyst",
            "Supervisory Management Analyst",
        ),
        highlights=(
            "Serves as the principal analyst for the organization's strategic planning cycle, "
            "preparing the annual operating plan and tracking 46 performance measures.",
            "Conducts management studies of administrative processes and recommends changes to "
            "workflow, staffing and automation to senior leadership.",
            "Led a cross-functional team of nine that redesigned the travel approval process, "
            "reducing average processing time from 12 days to 4.",
            "Prepares briefings, decision papers and talking points for the Deputy Director and "
            "presents findings to the executive steering committee.",
            "Develops and maintains Power BI dashboards drawing on the financial and human "
            "capital systems of record.",
            "Coordinates the organization's response to GAO and Inspector General audits, "
            "drafting corrective action plans and monitoring their completion.",
            "Analyzes budget execution data for a $38M program and identifies funds that can be "
            "realigned before the end of the fiscal year.",
            "Writes and updates standard operating procedures and internal control narratives "
            "in accordance with OMB Circular A-123.",
            "Serves as Contracting Officer's Representative for a $2.4M support services "
            "contract, reviewing invoices and evaluating contractor performance.",
            "Facilitates Lean Six Sigma events; the 2022 records management event eliminated "
            "1,100 hours of duplicate data entry a year.",
            "Trains and mentors junior analysts in data collection, survey design and "
            "statistical analysis techniques.",
            "Drafts responses to congressional inquiries and data calls within tight deadlines.",
            "Reviews position descriptions and organizational charts and recommends "
            "realignments to balance workload across divisions.",
            "Tracks milestones for 14 modernization projects and reports schedule variance to "
            "program managers each month.",
            "Built a SharePoint tracker for tasking that replaced email chains across five "
            "offices.",
            "Received a Special Act Award for completing the continuity of operations plan "
            "three weeks ahead of schedule.",
            "Provided analytical support to program offices on acquisition strategies and "
            "market research.",
            "Compiled quarterly data on customer wait times and recommended staffing changes "
            "that cut backlogs by 27%.",
            "Assisted with the preparation of the Congressional Budget Justification.",
            "Supported the transition of legacy records to an electronic content management "
            "system.",
            "Maintained the division's performance plans and tracked mid-year reviews for "
            "32 employees.",
            "Researched regulations and agency directives to answer policy questions from "
            "field offices.",
            "Organized the annual program review, including logistics for 120 attendees and "
            "the final report to the Under Secretary.",
            "Answered customer inquiries and maintained case files in the tracking system.",
        ),
        skills=(),
        schools=(
            "University of Maryland, College Park, MD",
            "Virginia Tech, Blacksburg, VA",
            "Auburn University, Auburn, AL",
        ),
        degrees=(("Master of Public Administration", ""), ("Bachelor of Arts", "Economics")),
    ),
    "pdf-outlined-text": Pool(
        first=("Maia", "Lachlan", "Ngaio", "Fergus", "Aroha", "Rawiri"),
        last=("McAllister", "Te Whata", "Pennington", "Galbraith", "Raukura"),
        cities=(
            ("Wellington", None, "NZ", "Wellington, New Zealand"),
            ("Christchurch", None, "NZ", "Christchurch, New Zealand"),
            ("Brisbane", "QLD", "AU", "Brisbane, QLD, Australia"),
        ),
        employers=(
            "Southerly Design Studio",
            "Kauri Digital",
            "Flax & Fern Studio",
            "Tasman Interactive",
            "Pōhutukawa Health",
        ),
        titles=("UX Designer", "Product Designer", "Senior UI Designer", "Design Lead"),
        highlights=(
            "Redesigned the booking flow, lifting completed bookings by 31%",
            "Ran 40 moderated usability sessions across three cities",
            "Built and documented a design system of 120 components",
            "Led accessibility work to reach WCAG 2.1 AA across the app",
            "Partnered with engineering to ship a new onboarding in six weeks",
            "Introduced a research repository used by four product teams",
            "Designed the mobile app for a national bank's savings product",
            "Facilitated discovery workshops with clients and stakeholders",
            "Mapped the service blueprint for a regional hospital's outpatient clinics",
            "Cut support tickets about payments by half with clearer error states",
        ),
        skills=("Figma", "User research", "Prototyping", "Design systems", "Accessibility"),
        schools=("Victoria University of Wellington", "Queensland University of Technology"),
        degrees=(("Bachelor of Design", "Interaction Design"), ("Master of Design", "UX")),
    ),
    "docx-tracked-changes": Pool(
        first=("Ciarán", "Caoimhe", "Tadhg", "Gráinne", "Fiachra", "Róisín"),
        last=("Mac Suibhne", "Mulcahy", "Ó Briain", "Hennessy", "Treacy"),
        cities=(
            ("Waterford", None, "IE", "Waterford, Ireland"),
            ("Kilkenny", None, "IE", "Kilkenny, Ireland"),
            ("Athlone", None, "IE", "Athlone, Ireland"),
        ),
        employers=(
            "Lee Valley Pharma",
            "Corrib MedTech",
            "Shannon Aerospace Services",
            "Burren Foods",
            "Atlantic Seaboard Diagnostics",
        ),
        titles=("Quality Engineer", "Validation Engineer", "Process Engineer"),
        highlights=(
            "Led validation of two new packaging lines to GMP standards",
            "Closed 45 CAPAs ahead of the annual HPRA inspection",
            "Reduced line changeover time by 25% with SMED workshops",
            "Wrote and approved IQ/OQ/PQ protocols for sterilisers",
            "Introduced statistical process control on three critical processes",
            "Supported a successful FDA pre-approval inspection",
            "Trained 30 operators on revised cleaning procedures",
            "Managed supplier audits across Ireland and Germany",
            "Authored the site's first process validation master plan",
            "Ran deviation investigations with production and QA colleagues",
        ),
        skills=("Minitab", "GMP", "Root cause analysis", "SAP QM", "ISO 13485", "Lean"),
        schools=(
            "South East Technological University",
            "Dundalk Institute of Technology",
            "University of Limerick",
        ),
        degrees=(("BEng", "Chemical Engineering"), ("MSc", "Biopharmaceutical Engineering")),
    ),
    "scan-multipage-tiff": Pool(
        first=("Sipho", "Zanele", "Lindiwe", "Pieter", "Nomvula", "Johan"),
        last=("Mbatha", "Naidoo", "Coetzee", "Moodley", "Kovalenko"),
        cities=(
            ("Durban", None, "ZA", "Durban, South Africa"),
            ("Pretoria", None, "ZA", "Pretoria, South Africa"),
        ),
        employers=(
            "Highveld Civil Contractors",
            "Karoo Solar (Pty) Ltd",
            "Drakensberg Freight Terminals",
            "Natal Coastal Engineering",
            "Limpopo Water Works",
            "Umhlanga Property Developments",
        ),
        titles=("Civil Engineer", "Site Manager", "Project Engineer", "Quantity Surveyor"),
        highlights=(
            "Managed construction of a 12 km bulk water pipeline worth R180 million",
            "Supervised up to 85 workers and four subcontractors on site",
            "Prepared bills of quantities and monthly payment certificates",
            "Delivered the project two weeks early with zero lost-time injuries",
            "Designed stormwater systems for a 300-unit housing development",
            "Coordinated inspections with the municipality and consulting engineers",
            "Introduced weekly cost reports that flagged overruns early",
            "Set out roads and services using total stations and GPS",
            "Reviewed structural drawings for a 40 MW solar plant",
            "Negotiated variations with the client worth R6 million",
            "Planned programmes in MS Project and tracked progress daily",
            "Ran toolbox talks and kept the site OHS file up to date",
            "Oversaw concrete testing and quality control of earthworks",
            "Trained three graduate engineers towards professional registration",
            "Prepared tender documents and evaluated contractor bids",
            "Resolved community liaison issues with ward councillors",
            "Checked reinforcement and formwork before every major pour",
            "Compiled as-built drawings and close-out reports for handover",
            "Kept the environmental management plan audit-ready",
            "Managed plant hire and fuel budgets for three sites",
        ),
        skills=("AutoCAD Civil 3D", "MS Project", "Civil Designer", "Contract management"),
        schools=("University of KwaZulu-Natal", "University of Pretoria"),
        degrees=(("BSc Hons", "Quantity Surveying"), ("BSc", "Construction Studies")),
    ),
}


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-jake-latex":
        return {"order": rng.choice(("company", "position"))}
    if style == "pdf-outlined-text":
        return {"accent": rng.choice(((0, 122, 110), (200, 70, 50), (60, 80, 170)))}
    if style == "scan-multipage-tiff":
        return {"tilt": rng.uniform(0.4, 1.3) * rng.choice((-1, 1))}
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    first, last = ascii_slug(name).split()[0], ascii_slug(name).split()[-1]
    city, region, code, printed = rng.choice(pool.cities)
    notes = rng.sample(pool.highlights, len(pool.highlights))
    counts = {
        "pdf-jake-latex": (2, 3, 3),
        "pdf-federal-long": (4, 4, 4),
        "scan-multipage-tiff": (5, 5, 4),
    }
    low, high, per_job = counts.get(style, (2, 3, 3))
    end: Month | None = None if rng.random() < 0.6 else (2024, rng.randint(1, 8))
    jobs: list[Job] = []
    for company in rng.sample(pool.employers, rng.randint(low, high)):
        start = months_before(end or (2024, 9), rng.randint(6 if low == 2 else 14, 40))
        where = rng.choice(pool.cities)[0]
        if len(notes) < per_job:
            notes = rng.sample(pool.highlights, len(pool.highlights))
        take = per_job if style != "docx-tracked-changes" else rng.randint(2, 3)
        jobs.append(Job(company, rng.choice(pool.titles), where, start, end, notes[:take]))
        notes = notes[take:]
        end = months_before(start, rng.randint(0, 3))
    year = jobs[-1].start[0] - (0 if style == "pdf-jake-latex" else rng.randint(0, 1))
    degrees: list[Degree] = []
    how_many = 1 if style == "pdf-jake-latex" else rng.randint(1, min(2, len(pool.degrees)))
    schools = rng.sample(pool.schools, how_many)
    # The higher (later) degree first, as resumes print them.
    kinds = sorted(pool.degrees[:how_many], key=lambda kind: not kind[0].startswith("M"))
    for (study, area), school in zip(kinds, schools, strict=True):
        length = 1 if "Hons" in study else (2 if study.startswith("M") else 4)
        degrees.append(Degree(school, study, area, (year - length, 8), (year, 5)))
        year -= length
    tld = {"docx-tracked-changes": "ie", "scan-multipage-tiff": "co.za"}.get(style, "com")
    if code == "NZ":
        tld, phone = "co.nz", f"+64 21 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    elif code == "AU":
        tld, phone = (
            "com.au",
            f"+61 4{rng.randint(10, 99)} {rng.randint(100, 999)} 0{rng.randint(10, 99)}",
        )
    elif code == "IE":
        phone = f"+353 8{rng.randint(5, 7)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    elif code == "ZA":
        phone = f"+27 8{rng.randint(2, 4)} 555 {rng.randint(1000, 9999)}"
    elif style == "pdf-jake-latex":
        phone = f"{rng.randint(201, 989)}-555-{rng.randint(1000, 9999)}"
    else:
        phone = f"({rng.randint(201, 989)}) 555-{rng.randint(1000, 9999)}"
    candidate = Candidate(
        style=style,
        name=name,
        label=jobs[0].position if style != "pdf-jake-latex" else None,
        email=f"{first}.{last}@example.{tld}",
        phone=phone,
        url=f"https://{first}{last}.design" if style == "pdf-outlined-text" else None,
        city=city,
        region=region,
        code=code,
        jobs=jobs,
        degrees=degrees,
        skills=rng.sample(pool.skills, min(len(pool.skills), 4 + rng.randint(0, 1))),
    )
    extra: dict[str, Any] = {"printed": printed, "handle": f"{first}{last[:1]}{rng.randint(1, 99)}"}
    if style == "pdf-jake-latex":
        candidate.label = None
        extra["gpa"] = rng.choice(("3.84", "3.67", "3.92", "3.71"))
        extra["github"] = f"{first}-{last}"
        extra["skills"] = [
            ("Languages", rng.sample(["Java", "Python", "C/C++", "SQL", "JavaScript", "Go"], 4)),
            ("Frameworks", rng.sample(["React", "Node.js", "Flask", "FastAPI", "Spring"], 3)),
            ("Developer Tools", rng.sample(["Git", "Docker", "Kubernetes", "VS Code", "AWS"], 3)),
            ("Libraries", rng.sample(["pandas", "NumPy", "Matplotlib", "PyTorch"], 3)),
        ]
        projects = []
        for index, (project, tech) in enumerate(
            rng.sample(
                [
                    ("Gitlytics", ["Python", "Flask", "React", "PostgreSQL", "Docker"]),
                    ("Trailmix", ["TypeScript", "Next.js", "Mapbox"]),
                    ("Parcelbot", ["Go", "gRPC", "Redis"]),
                    ("Sightline", ["Python", "PyTorch", "OpenCV"]),
                ],
                2,
            )
        ):
            p_end: Month | None = None if index == 0 and rng.random() < 0.5 else (2023, 5 - index)
            p_start = months_before(p_end or (2024, 9), rng.randint(4, 12))
            bullets = [
                f"Developed {project}, a full-stack tool built with {tech[0]} and {tech[1]}",
                "Deployed on a small cloud instance and used by 300 students",
            ]
            projects.append((project, tech[:3], p_start, p_end, bullets))
        extra["projects"] = projects
    if style == "pdf-federal-long":
        extra["street"] = (
            f"{rng.randint(1200, 9800)} {rng.choice(('Glebe', 'Wilson', 'Fairfax'))} Road"
        )
        extra["postal"] = printed.rsplit(" ", 1)[1]
        paragraphs = rng.sample(pool.highlights, len(pool.highlights))
        supervisors = rng.sample(
            ("Harold Quimby", "Denise Varnum", "Lionel Okafor-Byrd", "Patrice Lemmon"), 4
        )
        details = []
        for index, job in enumerate(candidate.jobs):
            grade = (13, 12, 11, 9)[index]
            size = (3, 2, 2, 1)[index]
            chunk, paragraphs = paragraphs[: size * 3], paragraphs[size * 3 :]
            zip_code = {"Arlington": 22201, "Silver Spring": 20901, "Huntsville": 35801}[job.city]
            job.highlights = []
            number = rng.randint(100, 9900)
            street = rng.choice(STREETS)
            address = f"{number} {street}, {job.city}, {_fed_state(job.city)} "
            address += str(zip_code + rng.randint(0, 9))
            salary = f"${62 + 12 * (grade - 9) + rng.randint(0, 9)},{rng.randint(100, 999)}"
            phone = f"({rng.randint(201, 989)}) 555-{rng.randint(1000, 9999)}"
            details.append(
                {
                    "address": address,
                    "grade": f"GS-{'0343' if 'Analyst' in job.position else '0301'}-{grade}",
                    "salary": f"{salary} USD Per Year",
                    "paragraphs": [" ".join(chunk[i : i + 3]) for i in range(0, len(chunk), 3)],
                    "supervisor": f"{supervisors[index]}, {phone}",
                    "contact": rng.choice(("Yes", "Yes", "Contact me first")),
                }
            )
        extra["jobs"] = details
        extra["degrees"] = [
            {
                "gpa": rng.choice(("3.62", "3.80", "3.45")),
                "credits": "42 Semester Hours" if d.study.startswith("M") else "124 Semester Hours",
            }
            for d in candidate.degrees
        ]
        extra["training"] = rng.sample(
            [
                "Lean Six Sigma Green Belt, 2021",
                "COR Level II Certification (FAC-COR), 2020",
                "Federal Budget Process, Graduate School USA, 2019",
                "Project Management Professional (PMP), 2018",
                "Writing for Government Executives, 2017",
            ],
            3,
        )
    if style == "pdf-outlined-text":
        extra["summary"] = (
            f"{candidate.label} who turns research into calm, usable products. "
            "Happiest working closely with engineers and the people who use what we build."
        )
        second = (
            ("Te reo Māori", "Conversational") if code == "NZ" else ("Japanese", "Intermediate")
        )
        candidate.languages = [("English", "Native"), second]
    if style == "docx-tracked-changes":
        old_titles = {"Quality Engineer": "Junior Quality Engineer"}
        latest = candidate.jobs[0]
        extra["old_title"] = old_titles.get(latest.position, "Graduate " + latest.position)
        extra["old_label"] = "Graduate Engineer"
        extra["old_phone"] = (
            f"+353 8{rng.randint(5, 7)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        )
        extra["old_bullet"] = (
            "Responsible for filing batch records and general documentation duties"
        )
        extra["old_skill"] = "Lotus Notes"
        candidate.languages = [("English", "Native"), ("Irish", "Fluent")]
    if style == "scan-multipage-tiff":
        extra["summary"] = (
            f"Registered professional {candidate.jobs[0].position.lower()} with experience on "
            "water, energy and logistics projects across KwaZulu-Natal and Gauteng. Known for "
            "careful cost control, safe sites and clear reporting to clients."
        )
        candidate.languages = [("English", "Fluent"), ("isiZulu", "Fluent"), ("Afrikaans", "Good")]
    candidate.extra = extra
    return candidate


STREETS = ("Independence Ave SW", "Eisenhower Ave", "Research Blvd", "Corporate Dr")


def _fed_state(city: str) -> str:
    return {"Arlington": "VA", "Silver Spring": "MD", "Huntsville": "AL"}[city]


SCHOOL_PLACE = {
    "Purdue University": "West Lafayette, IN",
    "Rutgers University": "New Brunswick, NJ",
    "University of Texas at Dallas": "Richardson, TX",
}


def _printed_city(style: str, city: str) -> str:
    for name, _region, _code, printed in POOLS[style].cities:
        if name == city:
            return printed
    raise KeyError(city)


def _school(d: Degree) -> str:
    """The school's name without the ", City, ST" the federal pool carries."""
    return d.institution.split(", ")[0]


# ------------------------------------------------------------------------------------ truth


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    del options
    extra = person.extra
    location: dict[str, Any] = drop_empty(
        {"city": person.city, "region": person.region, "countryCode": person.code}
    )
    profiles: list[dict[str, str]] = []
    phone, label = person.phone, person.label
    if style == "pdf-jake-latex":
        location = {}
        profiles = [
            {
                "network": "LinkedIn",
                "username": extra["handle"],
                "url": f"https://linkedin.com/in/{extra['handle']}",
            },
            {
                "network": "GitHub",
                "username": extra["github"],
                "url": f"https://github.com/{extra['github']}",
            },
        ]
    if style == "pdf-federal-long":
        label = None
        location |= {"address": extra["street"], "postalCode": extra["postal"]}
    basics = drop_empty(
        {
            "name": person.name,
            "label": label,
            "email": person.email,
            "phone": phone,
            "url": person.url,
            "summary": extra.get("summary"),
            "location": location,
            "profiles": profiles,
        }
    )
    work = []
    for index, job in enumerate(person.jobs):
        where = job.city
        if style in ("pdf-jake-latex", "pdf-federal-long"):
            where = _printed_city(style, job.city)
            if style == "pdf-federal-long":
                where = where.rsplit(" ", 1)[0]  # "Arlington, VA" without the ZIP code
        summary = None
        if style == "pdf-federal-long":
            summary = " ".join(extra["jobs"][index]["paragraphs"])
        work.append(
            drop_empty(
                {
                    "name": job.company,
                    "position": job.position,
                    "location": where,
                    "startDate": iso_month(job.start, "month"),
                    "endDate": iso_month(job.end, "month"),
                    "summary": summary,
                    "highlights": job.highlights,
                }
            )
        )
    education = []
    for index, d in enumerate(person.degrees):
        item: dict[str, Any] = {
            "institution": _school(d),
            "studyType": d.study,
            "area": d.area or None,
        }
        if style == "pdf-jake-latex":
            item |= {
                "startDate": iso_month(d.start, "month"),
                "endDate": iso_month(d.end, "month"),
                "score": extra["gpa"],
            }
        elif style == "pdf-federal-long":
            item |= {"endDate": iso_month(d.end, "month"), "score": extra["degrees"][index]["gpa"]}
        else:
            item |= {"startDate": iso_month(d.start, "year"), "endDate": iso_month(d.end, "year")}
        education.append(drop_empty(item))
    if style == "pdf-jake-latex":
        skills = [{"name": group, "keywords": names} for group, names in extra["skills"]]
    else:
        skills = [{"name": skill} for skill in person.skills]
    projects = [
        drop_empty(
            {
                "name": name,
                "keywords": tech,
                "startDate": iso_month(start, "month"),
                "endDate": iso_month(end, "month"),
                "highlights": bullets,
            }
        )
        for name, tech, start, end, bullets in extra.get("projects", [])
    ]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "projects": projects,
            "skills": skills if style != "pdf-federal-long" else [],
            "languages": [{"language": lang, "fluency": level} for lang, level in person.languages],
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-jake-latex":
        return _jake(person, options), "pdf"
    if style == "pdf-federal-long":
        return _federal(person), "pdf"
    if style == "pdf-outlined-text":
        return _outlined(person, options), "pdf"
    if style == "docx-tracked-changes":
        return _tracked(person), "docx"
    return _tiff(_two_pages(person), person, options), "tif"


def _jake_month(month: Month | None) -> str:
    return "Present" if month is None else f"{JAKE_MONTHS[month[1] - 1]} {month[0]}"


def _jake_span(start: Month, end: Month | None) -> str:
    return f"{_jake_month(start)} \u2013 {_jake_month(end)}"


def _jake(person: Candidate, options: dict[str, Any]) -> bytes:
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page(format="Letter")
    left, width = 14.0, 187.9
    pdf.set_xy(left, 11)
    pdf.set_font("Serif", "B", 23)
    pdf.cell(width, 11, person.name, align="C")
    extra = person.extra
    contact = " | ".join(
        (
            person.phone,
            person.email,
            f"linkedin.com/in/{extra['handle']}",
            f"github.com/{extra['github']}",
        )
    )
    pdf.set_xy(left, 23)
    pdf.set_font("Serif", "", 9)
    pdf.cell(width, 5, contact, align="C")
    y = 32.0

    def heading(title: str) -> None:
        # Small capitals drawn as two type sizes: the initials large, the rest smaller.
        nonlocal y
        x = left
        for word_index, word in enumerate(title.split()):
            if word_index:
                pdf.set_font("Serif", "", 12)
                x += pdf.get_string_width(" ")
            pdf.set_font("Serif", "", 12.5)
            pdf.set_xy(x, y)
            pdf.cell(pdf.get_string_width(word[0]), 6, word[0])
            x += pdf.get_string_width(word[0])
            pdf.set_font("Serif", "", 9.8)
            pdf.set_xy(x, y + 0.45)
            pdf.cell(pdf.get_string_width(word[1:].upper()), 6, word[1:].upper())
            x += pdf.get_string_width(word[1:].upper())
        pdf.set_line_width(0.25)
        pdf.line(left, y + 6.6, left + width, y + 6.6)
        y += 8.5

    def rows(top: tuple[str, str], bottom: tuple[str, str]) -> None:
        nonlocal y
        pdf.set_xy(left + 2, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(130, 5, top[0])
        pdf.set_font("Serif", "", 10)
        pdf.set_xy(left, y)
        pdf.cell(width - 2, 5, top[1], align="R")
        pdf.set_xy(left + 2, y + 4.8)
        pdf.set_font("Serif", "I", 8.8)
        pdf.cell(130, 4.5, bottom[0])
        pdf.set_xy(left, y + 4.8)
        pdf.cell(width - 2, 4.5, bottom[1], align="R")
        y += 10.2

    def bullets(notes: list[str]) -> None:
        nonlocal y
        pdf.set_font("Serif", "", 8.8)
        for note in notes:
            pdf.set_xy(left + 6, y)
            pdf.cell(4, 4.3, "\u2022")
            pdf.set_xy(left + 10, y)
            pdf.multi_cell(width - 14, 4.3, note)
            y = pdf.get_y() + 0.3
        y += 2.0

    heading("Education")
    for d in person.degrees:
        degree = f"{d.study} in {d.area}, GPA: {extra['gpa']}"
        rows((d.institution, SCHOOL_PLACE[d.institution]), (degree, _jake_span(d.start, d.end)))
    y += 1.5
    heading("Experience")
    for job in person.jobs:
        place = _printed_city("pdf-jake-latex", job.city)
        span = _jake_span(job.start, job.end)
        if options["order"] == "company":
            rows((job.company, place), (job.position, span))
        else:
            rows((job.position, span), (job.company, place))
        bullets(job.highlights)
    heading("Projects")
    for name, tech, start, end, notes in extra["projects"]:
        pdf.set_xy(left + 2, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(pdf.get_string_width(name), 5, name)
        pdf.set_font("Serif", "", 10)
        pdf.cell(pdf.get_string_width(" | "), 5, " | ")
        pdf.set_font("Serif", "I", 9.5)
        pdf.cell(120, 5, ", ".join(tech))
        pdf.set_font("Serif", "", 10)
        pdf.set_xy(left, y)
        pdf.cell(width - 2, 5, _jake_span(start, end), align="R")
        y += 5.6
        bullets(notes)
    heading("Technical Skills")
    for group, names in extra["skills"]:
        pdf.set_xy(left + 2, y)
        pdf.set_font("Serif", "B", 9.2)
        pdf.cell(pdf.get_string_width(f"{group}: "), 4.6, f"{group}: ")
        pdf.set_font("Serif", "", 9.2)
        pdf.cell(150, 4.6, ", ".join(names))
        y += 4.8
    if y > 268:
        raise ValueError(f"jake page overflows for {person.name}")
    return bytes(pdf.output())


def _federal(person: Candidate) -> bytes:
    # As much "Additional information" as keeps the resume at exactly three pages.
    for padding in range(7, -1, -1):
        pdf = _federal_pages(person, padding)
        if pdf.pages_count == 3:
            return bytes(pdf.output())
    raise ValueError(f"federal resume for {person.name} is not three pages long")


def _federal_pages(person: Candidate, padding: int) -> Any:
    extra = person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(auto=True, margin=18)
    width = 215.9 - 40

    def header() -> None:
        if pdf.page == 1:
            return
        pdf.set_xy(20, 9)
        pdf.set_font("Sans", "", 8)
        pdf.set_text_color(70, 70, 70)
        pdf.cell(width, 4, person.name)
        pdf.set_xy(20, 9)
        pdf.cell(width, 4, f"Page {pdf.page} of {{nb}}", align="R")
        pdf.set_draw_color(150, 150, 150)
        pdf.line(20, 14, 20 + width, 14)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(20, 18)

    pdf.header = header
    pdf.add_page(format="Letter")
    pdf.set_font("Sans", "B", 15)
    pdf.cell(width, 8, person.name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.5)
    lines = (
        extra["street"],
        extra["printed"],
        f"Mobile: {person.phone}",
        f"Email: {person.email}",
        "Citizenship: United States of America",
        "Veterans' Preference: No",
        f"Highest Grade Held: {extra['jobs'][0]['grade']}",
    )
    for text in lines:
        pdf.cell(width, 4.8, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def heading(title: str) -> None:
        pdf.set_font("Sans", "B", 11)
        pdf.cell(width, 6, title, new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y()
        pdf.set_line_width(0.4)
        pdf.line(20, y, 20 + width, y)
        pdf.ln(2.5)

    def line(text: str, style: str = "") -> None:
        pdf.set_font("Sans", style, 10)
        pdf.multi_cell(width, 5.0, text, new_x="LMARGIN", new_y="NEXT")

    heading("WORK EXPERIENCE")
    for job, detail in zip(person.jobs, extra["jobs"], strict=True):
        line(job.company, "B")
        line(detail["address"])
        line(f"{numeric_month(job.start, 'Present')} \u2013 {numeric_month(job.end, 'Present')}")
        line("Hours per week: 40")
        line(f"Series/Grade: {detail['grade']}")
        line(f"Salary: {detail['salary']}")
        line(job.position.upper(), "B")
        pdf.ln(1.5)
        line("Duties, Accomplishments and Related Skills:", "B")
        for paragraph in detail["paragraphs"]:
            line(paragraph)
            pdf.ln(2)
        line(f"Supervisor: {detail['supervisor']}, May contact: {detail['contact']}")
        pdf.ln(5)
    heading("EDUCATION")
    for d, detail in zip(person.degrees, extra["degrees"], strict=True):
        line(d.institution, "B")
        line(d.study)
        if d.area:
            line(f"Major: {d.area}")
        line(f"Graduated: {long_month(d.end)}")
        line(f"GPA: {detail['gpa']} of a maximum 4.0")
        line(f"Credits earned: {detail['credits']}")
        pdf.ln(3)
    heading("JOB RELATED TRAINING")
    for course in extra["training"]:
        line(course)
    pdf.ln(3)
    if padding:
        heading("ADDITIONAL INFORMATION")
        sentences = (
            "Security clearance: Secret (active).",
            "Member of the American Society for Public Administration since 2015.",
            "Volunteer tax preparer with the IRS VITA program each filing season.",
            "Notary public, Commonwealth of Virginia, 2016 to 2020.",
            "Completed the agency's Emerging Leaders Program (2021 cohort).",
            "Available for temporary duty travel up to 25% of the time.",
            "Collateral duty as the division's records liaison officer.",
            "Coached a youth soccer team for four seasons.",
        )
        for sentence in sentences[:padding]:
            line(sentence)
    return pdf


class _Outlines:
    """Text drawn as filled glyph outlines (no font, no text layer), like "export as outlines".

    Each glyph is its own little path in font units under a ``cm`` transform, so repeated
    glyphs repeat byte for byte and compress well.
    """

    def __init__(self, pdf: Any) -> None:
        from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

        self.pdf = pdf
        self.fonts = {
            "": TTFont(str(FONTS / "DejaVuSans.ttf")),
            "B": TTFont(str(FONTS / "DejaVuSans-Bold.ttf")),
        }
        self.cache: dict[tuple[str, str], tuple[str, int]] = {}

    def _glyph(self, variant: str, char: str) -> tuple[str, int]:
        key = (variant, char)
        if key not in self.cache:
            from fontTools.pens.basePen import BasePen  # type: ignore[import-untyped]

            font = self.fonts[variant]
            name = font.getBestCmap().get(ord(char), ".notdef")
            glyphs = font.getGlyphSet()
            ops: list[str] = []

            class Pen(BasePen):  # type: ignore[misc]
                def _moveTo(self, pt: tuple[float, float]) -> None:
                    ops.append(f"{round(pt[0])} {round(pt[1])} m")

                def _lineTo(self, pt: tuple[float, float]) -> None:
                    ops.append(f"{round(pt[0])} {round(pt[1])} l")

                def _curveToOne(
                    self,
                    a: tuple[float, float],
                    b: tuple[float, float],
                    c: tuple[float, float],
                ) -> None:
                    numbers = (*a, *b, *c)
                    ops.append(" ".join(str(round(v)) for v in numbers) + " c")

                def _closePath(self) -> None:
                    ops.append("h")

            glyphs[name].draw(Pen(glyphs))
            self.cache[key] = (" ".join(ops), font["hmtx"][name][0])
        return self.cache[key]

    def width(self, text: str, size: float, variant: str = "") -> float:
        """Advance width in mm."""
        units = sum(self._glyph(variant, char)[1] for char in text)
        return units / 2048 * size * 25.4 / 72

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        variant: str = "",
        colour: tuple[int, int, int] = (30, 30, 30),
        align: str = "L",
    ) -> None:
        """Draw `text` with its baseline at (x, y) mm; align "R" puts its right end at x."""
        if align == "R":
            x -= self.width(text, size, variant)
        scale = size / 2048
        page_height = self.pdf.h * 72 / 25.4
        r, g, b = (f"{channel / 255:.3f}" for channel in colour)
        parts = [f"q {r} {g} {b} rg"]
        pen_x = x * 72 / 25.4
        base = page_height - y * 72 / 25.4
        for char in text:
            path, advance = self._glyph(variant, char)
            if path:
                parts.append(f"q {scale:.5f} 0 0 {scale:.5f} {pen_x:.2f} {base:.2f} cm {path} f Q")
            pen_x += advance * scale
        parts.append("Q")
        self.pdf._out("\n".join(parts))

    def wrap(self, text: str, size: float, width: float, variant: str = "") -> list[str]:
        lines: list[str] = []
        current = ""
        for word in text.split():
            candidate = f"{current} {word}".strip()
            if current and self.width(candidate, size, variant) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        return [*lines, current] if current else lines


def _outlined(person: Candidate, options: dict[str, Any]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    ink = _Outlines(pdf)
    accent = options["accent"]
    grey = (105, 105, 105)
    left, right = 22.0, 188.0
    pdf.set_fill_color(*accent)
    pdf.rect(0, 0, 210, 5, style="F")
    ink.text(left, 27, person.name, 25, "B", (25, 25, 25))
    ink.text(left, 35.5, person.label or "", 12.5, "", accent)
    contact = (person.email, person.phone, person.extra["printed"], (person.url or "")[8:])
    ink.text(left, 43, "   \u00b7   ".join(contact), 8.6, "", grey)
    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.5)
    pdf.line(left, 48, right, 48)
    y = 57.0

    def heading(title: str) -> None:
        nonlocal y
        pdf.set_fill_color(*accent)
        pdf.rect(left, y - 3.4, 2.2, 4.2, style="F")
        ink.text(left + 4.5, y, title.upper(), 10.5, "B", accent)
        y += 7.0

    def paragraph(text: str, size: float, x: float, colour: tuple[int, int, int]) -> None:
        nonlocal y
        for row in ink.wrap(text, size, right - x):
            ink.text(x, y, row, size, "", colour)
            y += size * 0.47

    heading("Profile")
    paragraph(person.extra["summary"], 9.3, left, (50, 50, 50))
    y += 5
    heading("Experience")
    for job in person.jobs:
        ink.text(left, y, job.position, 10.5, "B", (25, 25, 25))
        span = f"{short_month(job.start)} \u2013 {short_month(job.end)}"
        ink.text(right, y, span, 8.8, "", grey, align="R")
        y += 5
        ink.text(left, y, f"{job.company}  |  {job.city}", 9.2, "", accent)
        y += 5.2
        for note in job.highlights:
            ink.text(left + 1.5, y, "\u2022", 9, "", accent)
            paragraph(note, 9, left + 5.5, (50, 50, 50))
            y += 0.8
        y += 3.5
    heading("Education")
    for d in person.degrees:
        ink.text(left, y, f"{d.study} in {d.area}" if d.area else d.study, 10, "B", (25, 25, 25))
        ink.text(right, y, f"{d.start[0]} \u2013 {d.end[0]}", 8.8, "", grey, align="R")
        y += 5
        ink.text(left, y, d.institution, 9.2, "", accent)
        y += 8
    heading("Skills")
    paragraph("   /   ".join(person.skills), 9.3, left, (50, 50, 50))
    y += 5
    heading("Languages")
    languages = "   \u00b7   ".join(f"{lang} ({level})" for lang, level in person.languages)
    paragraph(languages, 9.3, left, (50, 50, 50))
    if y > 285:
        raise ValueError(f"outlined page overflows for {person.name}")
    return bytes(pdf.output())


class _Revisions:
    """WordprocessingML fragments with tracked insertions and deletions by one author."""

    def __init__(self, author: str) -> None:
        self.author = author
        self.next_id = 100

    def _mark(self) -> str:
        self.next_id += 1
        stamp = FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%SZ")
        return f'w:id="{self.next_id}" w:author="{_xml(self.author)}" w:date="{stamp}"'

    def ins(self, runs: str) -> str:
        return f"<w:ins {self._mark()}>{runs}</w:ins>"

    def delete(self, text: str, props: str = "") -> str:
        deleted = f'<w:delText xml:space="preserve">{_xml(text)}</w:delText>'
        run = f"<w:r><w:rPr>{props}</w:rPr>{deleted}</w:r>"
        return f"<w:del {self._mark()}>{run}</w:del>"

    def mark_paragraph(self, kind: str) -> str:
        """The paragraph mark itself inserted ("ins") or deleted ("del")."""
        return f"<w:rPr><w:{kind} {self._mark()}/></w:rPr>"


def _xml(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text, {'"': "&quot;"})


def _run(text: str, props: str = "") -> str:
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{_xml(text)}</w:t></w:r>'


def _para(content: str, *, style: str = "", mark: str = "", spacing: str = "") -> str:
    from docx.oxml.ns import nsdecls

    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f"<w:p {nsdecls('w')}><w:pPr>{style_xml}{spacing}{mark}</w:pPr>{content}</w:p>"


def _sdt(alias: str, number: int, paragraphs: list[str]) -> str:
    from docx.oxml.ns import nsdecls

    props = (
        f'<w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.lower()}"/>'
        f'<w:id w:val="{number}"/></w:sdtPr>'
    )
    body = "".join(paragraphs)
    return f"<w:sdt {nsdecls('w')}>{props}<w:sdtContent>{body}</w:sdtContent></w:sdt>"


def _tracked(person: Candidate) -> bytes:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt

    extra = person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = person.name
    properties.revision = 7
    document.styles["Normal"].font.size = Pt(10.5)
    bullet = document.styles["List Bullet"].style_id
    changes = _Revisions(person.name)
    bold, italic = "<w:b/>", "<w:i/>"
    gap = '<w:spacing w:before="200" w:after="40"/>'
    heading_props = '<w:b/><w:color w:val="1F4E79"/><w:sz w:val="24"/>'
    blocks: list[str] = []
    name = _para(_run(person.name, '<w:b/><w:sz w:val="44"/>'))
    blocks.append(_sdt("Name", 9101, [name]))
    headline = changes.delete(extra["old_label"], '<w:sz w:val="26"/>')
    headline += changes.ins(_run(person.label or "", '<w:sz w:val="26"/>'))
    blocks.append(_para(headline))
    link = '<w:color w:val="0563C1"/><w:u w:val="single"/>'
    email = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve">'
        f' HYPERLINK "mailto:{person.email}" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{_run(person.email, link)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    phone = changes.delete(extra["old_phone"]) + changes.ins(_run(person.phone))
    contact = [
        _para(_run(extra["printed"])),
        _para(_run("Mobile: ") + phone),
        _para(_run("Email: ") + email),
    ]
    blocks.append(_sdt("Contact details", 9102, contact))
    blocks.append(_para(_run("PROFESSIONAL EXPERIENCE", heading_props), spacing=gap))
    for index, job in enumerate(person.jobs):
        blocks.append(_para(_run(f"{job.company}, {job.city}", bold), spacing=gap))
        if index == 0:
            title = changes.delete(extra["old_title"], italic) + changes.ins(
                _run(job.position, italic)
            )
        else:
            title = _run(job.position, italic)
        span = _run(f"\t{long_month(job.start)} \u2013 ")
        if index == 0 and job.end is not None:
            span += changes.delete("Present") + changes.ins(_run(long_month(job.end)))
        else:
            span += _run(long_month(job.end))
        tab = '<w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs>'
        blocks.append(_para(title + span, spacing=tab))
        notes = job.highlights
        if index == 0:
            for note in notes[:-1]:
                blocks.append(_para(_run(note), style=bullet))
            old = changes.delete(extra["old_bullet"])
            blocks.append(_para(old, style=bullet, mark=changes.mark_paragraph("del")))
            new = changes.ins(_run(notes[-1]))
            blocks.append(_para(new, style=bullet, mark=changes.mark_paragraph("ins")))
        else:
            blocks += [_para(_run(note), style=bullet) for note in notes]
    blocks.append(_para(_run("EDUCATION", heading_props), spacing=gap))
    for d in person.degrees:
        blocks.append(_para(_run(f"{d.study} in {d.area}", bold)))
        blocks.append(_para(_run(f"{d.institution}, {d.start[0]} \u2013 {d.end[0]}")))
    blocks.append(_para(_run("SKILLS", heading_props), spacing=gap))
    skills = person.skills
    listed = _run(", ".join(skills[:2]) + ", ")
    listed += changes.delete(extra["old_skill"] + ", ")
    listed += _run(", ".join(skills[2:]))
    blocks.append(_para(listed))
    blocks.append(_para(_run("LANGUAGES", heading_props), spacing=gap))
    languages = ", ".join(f"{lang} ({level})" for lang, level in person.languages)
    blocks.append(_para(_run(languages)))
    body = document.element.body
    for block in blocks:
        body[-1].addprevious(parse_xml(block))
    # Track changes stays switched on, as in the file the candidate last saved.
    settings = document.settings.element
    track = parse_xml(f"<w:trackRevisions {nsdecls('w')}/>")
    later = [child for child in settings if child.tag.endswith("}defaultTabStop")]
    if later:
        later[0].addprevious(track)
    else:
        settings.append(track)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())


def _two_pages(person: Candidate) -> bytes:
    """The printed CV: two A4 pages, the work history running over onto page 2."""
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(auto=True, margin=20)
    width = 170.0

    def header() -> None:
        if pdf.page == 1:
            return
        pdf.set_xy(20, 10)
        pdf.set_font("Serif", "I", 8.5)
        pdf.cell(width, 4, f"{person.name} \u2013 Curriculum Vitae", align="L")
        pdf.set_xy(20, 10)
        pdf.cell(width, 4, f"Page {pdf.page}", align="R")
        pdf.set_xy(20, 20)

    pdf.header = header
    pdf.add_page()
    pdf.set_font("Serif", "B", 21)
    pdf.cell(width, 10, person.name.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 12)
    pdf.cell(width, 6.5, person.label or "", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    contact = f"{person.extra['printed']}  |  {person.phone}  |  {person.email}"
    pdf.cell(width, 6, contact, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    def heading(title: str) -> None:
        if pdf.get_y() > 255:
            pdf.add_page()
        pdf.set_font("Serif", "B", 12)
        pdf.cell(width, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.line(20, pdf.get_y(), 190, pdf.get_y())
        pdf.ln(3)

    heading("PERSONAL PROFILE")
    pdf.set_font("Serif", "", 10.5)
    pdf.multi_cell(width, 5.6, person.extra["summary"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    heading("WORK EXPERIENCE")
    pages: list[int] = []
    for job in person.jobs:
        if pdf.get_y() > 262:
            pdf.add_page()
        pages.append(pdf.page)
        y = pdf.get_y()
        pdf.set_font("Serif", "B", 11)
        pdf.cell(120, 6, job.position)
        pdf.set_font("Serif", "", 10.5)
        pdf.set_xy(20, y)
        span = f"{short_month(job.start)} \u2013 {short_month(job.end)}"
        pdf.cell(width, 6, span, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "I", 10.5)
        pdf.cell(width, 5.8, f"{job.company}, {job.city}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "", 10.5)
        for note in job.highlights:
            pdf.set_x(24)
            pdf.multi_cell(width - 4, 6.0, f"\u2022  {note}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)
    pages.append(pdf.page)
    if pages[0] != 1 or pages[-1] != 2:
        raise ValueError(f"the work history of {person.name} does not run over onto page 2")
    heading("EDUCATION")
    for d in person.degrees:
        pdf.set_font("Serif", "B", 11)
        pdf.cell(width, 6, f"{d.study} ({d.area})", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "", 10.5)
        pdf.cell(width, 5.6, f"{d.institution}, {d.start[0]} \u2013 {d.end[0]}")
        pdf.ln(9)
    heading("SKILLS")
    pdf.set_font("Serif", "", 10.5)
    pdf.multi_cell(width, 5.6, ", ".join(person.skills), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    heading("LANGUAGES")
    pdf.set_font("Serif", "", 10.5)
    for language, level in person.languages:
        pdf.cell(width, 5.6, f"{language}: {level}", new_x="LMARGIN", new_y="NEXT")
    if pdf.pages_count != 2:
        raise ValueError(f"the printed CV of {person.name} is not two pages long")
    return bytes(pdf.output())


def _tiff(pdf: bytes, person: Candidate, options: dict[str, Any]) -> bytes:
    """Scan each page at 200 dpi, turn it a little, speckle it, and store bilevel G4 frames."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = random.Random(f"{person.name}/tiff")
    document = pdfium.PdfDocument(pdf)
    frames = []
    for index in range(len(document)):
        page = document[index].render(scale=200 / 72, grayscale=True).to_pil().convert("L")
        tilt = options["tilt"] + (rng.uniform(-0.3, 0.3) if index else 0.0)
        page = page.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=255)
        page = page.filter(ImageFilter.GaussianBlur(0.7))
        pixels = np.asarray(page, dtype=np.float32)
        noise = np.random.default_rng(rng.randrange(2**32))
        pixels = (pixels + noise.normal(0.0, 18.0, pixels.shape)).astype(np.float32)
        # Speckle: dust and toner specks, a few a bit larger than a pixel.
        height, width = pixels.shape
        for _ in range(900):
            x, y = rng.randrange(width - 3), rng.randrange(height - 3)
            size = 1 if rng.random() < 0.8 else 2
            pixels[y : y + size, x : x + size] = 0
        binary = np.where(pixels > 165, 255, 0).astype(np.uint8)
        frames.append(Image.fromarray(binary).convert("1"))
    document.close()
    out = io.BytesIO()
    frames[0].save(
        out,
        "TIFF",
        compression="group4",
        save_all=True,
        append_images=frames[1:],
        dpi=(200, 200),
    )
    return out.getvalue()

"""Tenth held-out round ("holdout-10"): five more layouts, written blind (without reading the
parser) and measured once, untuned.

* ``pdf-browser-print`` — a personal-site resume page printed to PDF by a web browser: on
  every page the browser's header line (date and time at the left, the page title in the
  middle) and footer (the page URL at the left, "1/2" at the right) in small grey type; a
  left-aligned name, a row of underlined links (site, GitHub, LinkedIn, e-mail), sections as
  h2 headings, entries "Position @ Company" over a muted "Mar 2019 \u2014 Present \u00b7 Berlin"
  line; two pages, the experience section running on across the page break.
* ``pdf-italian-europeo`` — a modern Italian CV (not the Europass grid): "Dati personali" with
  "Nato a \u2026 il \u2026", "Residenza", "Telefono", "E-mail"; "ESPERIENZE LAVORATIVE" with the
  dates on their own line ("Da settembre 2019 ad oggi", "Gennaio 2016 \u2013 Agosto 2019") above
  "Ruolo presso Azienda, Citt\u00e0"; "ISTRUZIONE E FORMAZIONE" with "Laurea Magistrale in \u2026"
  and "voto 110/110" (the score in the truth); "COMPETENZE LINGUISTICHE" as "Inglese: C1";
  "COMPETENZE INFORMATICHE"; the privacy-consent line at the foot.
* ``pdf-word-table-export`` — a Word resume laid out on a bordered two-column table and saved
  as PDF: the left cells hold the section name ("Employment", "Education") stacked over the
  years ("2018 \u2013 2021"), the right cells the entry; every cell border drawn. The newest
  employer shows a promotion: one cell, two positions, each with its own years (two work
  entries with one company in the truth). Years only, so the truth dates are years.
* ``pdf-seasons-quarters`` — a student resume with dates in academic and business forms.
  Convention in the truth: a season or quarter maps to its first month \u2014 Spring \u2192 03,
  Summer \u2192 06, Fall \u2192 09, Winter \u2192 12, Q1 \u2192 01, Q2 \u2192 04, Q3 \u2192 07,
  Q4 \u2192 10 \u2014 whether it opens or closes a range; a lone season ("Summer 2022") is both the
  start and the end date (the internship began and ended that season); "2020\u2013now" and
  "since 2023" give a start year and no end; "Expected May 2025" gives the degree an endDate
  of 2025-05 (a future date) and no start. "Leadership & Activities" entries are
  ``volunteer`` items (organization, position), not work.
* ``scan-photocopy-jpeg`` — a printed two-column CV (main column left, a ruled narrow column
  right with contact, education, skills and languages) photocopied and then scanned: a
  grayscale JPEG at 200 dpi, heavier toner, two black punched holes in the left margin, a
  faint diagonal streak, a 1-degree skew, and a pen tick and scribble beside the name.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it.
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
    job_truth,
)
from tests.eval.holdout7 import Pool
from tests.eval.people import ascii_slug
from tests.eval.render import (
    drop_empty,
    iso_month,
    long_month,
    months_before,
    short_month,
)

HOLDOUT_TAG = "holdout-10"
GENERATOR = "tests/eval/holdout10.py"
SEED = 4_529_863

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-browser-print", 3),
    ("pdf-italian-europeo", 3),
    ("pdf-word-table-export", 3),
    ("pdf-seasons-quarters", 2),
    ("scan-photocopy-jpeg", 2),
)

MESI = (
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
)
SEASONS = {"Spring": 3, "Summer": 6, "Fall": 9, "Winter": 12}
QUARTERS = {1: 1, 2: 4, 3: 7, 4: 10}
FEMALE_IT = frozenset({"Ludovica", "Benedetta", "Ilaria"})

POOLS: dict[str, Pool] = {
    "pdf-browser-print": Pool(
        first=("Jorinde", "Falk", "Ricarda", "Arvid", "Mareike", "Till"),
        last=("Quandt", "Brakebusch", "Ohlendorf", "Zschech", "Tiedemann"),
        cities=(
            ("Berlin", None, "DE", "Berlin, Germany"),
            ("Hamburg", None, "DE", "Hamburg, Germany"),
        ),
        employers=(
            "Spreeblick Labs",
            "Kiezkarte GmbH",
            "Wanderkompass Travel Tech",
            "Tempelhof Mobility",
            "Nordwind Commerce",
        ),
        titles=(
            "Senior Frontend Engineer",
            "Full-Stack Developer",
            "Web Developer",
            "Tech Lead",
        ),
        highlights=(
            "Rebuilt the booking flow in React and TypeScript, halving drop-off on mobile",
            "Introduced visual regression tests that caught 40 layout bugs before release",
            "Led the move from a PHP monolith to a Next.js storefront",
            "Set up the design-token pipeline shared by web and iOS",
            "Cut the largest contentful paint from 4.1 s to 1.6 s",
            "Mentored three working students through their first production releases",
            "Ran the accessibility audit and fixed every WCAG AA finding",
            "Wrote the GraphQL gateway serving 12 internal services",
            "Organised the monthly frontend guild",
            "Built an offline-first map editor used by 300 field agents",
            "Shipped a feature-flag service adopted by five teams",
            "Migrated CI from Jenkins to GitHub Actions",
            "Added end-to-end tests for the checkout with Playwright",
            "Designed the component library used across four products",
            "Paired with UX research on twelve usability sessions",
        ),
        skills=("TypeScript", "React", "Next.js", "GraphQL", "Node.js", "Playwright", "CSS"),
        schools=("Technische Universität Berlin", "Universität Hamburg"),
        degrees=(("M.Sc.", "Computer Science"), ("B.Sc.", "Media Informatics")),
    ),
    "pdf-italian-europeo": Pool(
        first=("Ludovica", "Ottavio", "Benedetta", "Gianmarco", "Ilaria", "Tommaso"),
        last=("Bertolazzi", "Zanichelli", "Cavazzuti", "Pellacani", "Montanari"),
        cities=(
            ("Modena", None, "IT", "Modena, Italia"),
            ("Parma", None, "IT", "Parma, Italia"),
            ("Ferrara", None, "IT", "Ferrara, Italia"),
        ),
        employers=(
            "Ceramiche Secchia S.p.A.",
            "Emilia Packaging S.r.l.",
            "Officine Panaro S.p.A.",
            "Studio Associato Ferrarini",
            "Logistica Appennino S.r.l.",
        ),
        titles=(
            "Ingegnere di processo",
            "Responsabile acquisti",
            "Project manager",
            "Analista controllo di gestione",
        ),
        highlights=(
            "Riduzione del 15% degli scarti sulla linea di smaltatura",
            "Gestione di un portafoglio di 60 fornitori",
            "Introduzione del reporting mensile in Power BI",
            "Coordinamento di un team di 6 tecnici",
            "Avvio del nuovo magazzino automatico",
            "Certificazione ISO 14001 dello stabilimento",
            "Negoziazione dei contratti quadro annuali",
            "Analisi degli scostamenti di budget per la direzione",
        ),
        skills=("SAP MM", "Excel avanzato", "Power BI", "AutoCAD", "Lean manufacturing"),
        schools=("Università di Modena e Reggio Emilia", "Università di Ferrara"),
        degrees=(("Laurea Magistrale", "Ingegneria Gestionale"), ("Laurea Triennale", "Economia")),
    ),
    "pdf-word-table-export": Pool(
        first=("Leander", "Wilhelmina", "Caspian", "Seraphina", "Barnabas", "Ophelia"),
        last=("Gatenby", "Thackeray", "Mortlake", "Ravensworth", "Dimmock"),
        cities=(
            ("Sheffield", None, "GB", "Sheffield, UK"),
            ("Leicester", None, "GB", "Leicester, UK"),
            ("Norwich", None, "GB", "Norwich, UK"),
        ),
        employers=(
            "Sheaf Valley Engineering Ltd",
            "Wensum Mutual",
            "Soar Point Logistics",
            "Castle Mead Foods plc",
            "Broadland Housing Trust",
        ),
        titles=("Management Accountant", "Assistant Accountant", "Finance Assistant"),
        highlights=(
            "Prepared the monthly management accounts for a £40m business",
            "Built the rolling three-year forecast model",
            "Led the year-end audit with the external auditors",
            "Cut the month-end close from eight days to five",
            "Partnered with operations on a £2m capital plan",
            "Introduced variance commentary for the board pack",
            "Reconciled intercompany balances across four entities",
            "Trained budget holders on the new planning tool",
        ),
        skills=("Excel (advanced)", "Sage 300", "Power Query", "IFRS", "Budgeting"),
        schools=("University of Sheffield", "University of East Anglia", "De Montfort University"),
        degrees=(("MSc", "Financial Management"), ("BSc (Hons)", "Accounting and Finance")),
    ),
    "pdf-seasons-quarters": Pool(
        first=("Saanvi", "Everett", "Keziah", "Chidera", "Lorelei", "Linus"),
        last=("Nakashima", "Obuya", "Szczepanski", "Hurtado", "Vankirk"),
        cities=(
            ("Gainesville", "FL", "US", "Gainesville, FL"),
            ("Iowa City", "IA", "US", "Iowa City, IA"),
            ("Stillwater", "OK", "US", "Stillwater, OK"),
        ),
        employers=(
            "Prairie Fire Robotics",
            "Sawgrass Analytics",
            "Cornbelt Credit Union",
            "Hawkeye Clinical Labs",
            "Gator Lane Apps",
        ),
        titles=(
            "Software Engineering Intern",
            "Data Science Intern",
            "Undergraduate Research Assistant",
            "IT Support Technician",
        ),
        highlights=(
            "Wrote Python scripts that cleaned 2M survey records",
            "Built a Flask dashboard for lab sample tracking",
            "Answered 30 help-desk tickets a week",
            "Added unit tests raising coverage from 40% to 75%",
            "Presented results at the spring undergraduate symposium",
            "Automated weekly inventory reports in SQL",
            "Fixed accessibility issues in the member app",
            "Labelled and validated a 10,000-image training set",
        ),
        skills=("Python", "Java", "SQL", "Git", "R", "Tableau", "Linux"),
        schools=("University of Florida", "University of Iowa", "Oklahoma State University"),
        degrees=(("Bachelor of Science", "Computer Science"), ("Associate of Arts", "")),
    ),
    "scan-photocopy-jpeg": Pool(
        first=("Fionnuala", "Cathal", "Aoibheann", "Donnacha", "Sorcha", "Ruairí"),
        last=("Fitzmaurice", "Brosnan", "Brophy", "Mulqueen", "Tierney"),
        cities=(
            ("Cork", None, "IE", "Cork, Ireland"),
            ("Galway", None, "IE", "Galway, Ireland"),
            ("Limerick", None, "IE", "Limerick, Ireland"),
        ),
        employers=(
            "Lee Valley Dairies",
            "Corrib Medical Devices",
            "Connacht Packaging Ltd",
            "Burren Pharma Ltd",
            "Mizen Nutrition Ltd",
        ),
        titles=(
            "Quality Engineer",
            "Validation Specialist",
            "Production Supervisor",
            "Process Technician",
        ),
        highlights=(
            "Wrote and executed IQ/OQ/PQ protocols for two new lines",
            "Closed 45 CAPAs ahead of the FDA inspection",
            "Supervised a shift of 18 operators",
            "Reduced line changeover time by 25%",
            "Led the root-cause team for customer complaints",
            "Trained staff on GMP and cleanroom practice",
            "Ran the weekly production meeting with planning and maintenance",
            "Qualified a new cleanroom to ISO Class 7",
            "Cut batch record errors by half with a new review checklist",
            "Managed the calibration schedule for 300 instruments",
        ),
        skills=("GMP", "Minitab", "Root cause analysis", "SAP QM", "Lean Six Sigma"),
        schools=("University College Cork", "University of Galway"),
        degrees=(("BEng", "Biomedical Engineering"), ("Higher Diploma", "Quality Management")),
    ),
}


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-browser-print":
        return {
            "stamp": f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.24, "
            f"{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}",
            "accent": rng.choice(((37, 99, 235), (13, 148, 136), (190, 24, 93))),
        }
    if style == "pdf-italian-europeo":
        return {"accent": rng.choice(((0, 90, 120), (120, 30, 40), (40, 40, 40)))}
    if style == "scan-photocopy-jpeg":
        return {"skew": rng.choice((-1.0, 1.0))}
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    if style == "pdf-seasons-quarters":
        return _student(rng, used)
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    first, last = ascii_slug(name).split()[0], ascii_slug(name).split()[-1]
    city, region, code, printed = rng.choice(pool.cities)
    notes = rng.sample(pool.highlights, len(pool.highlights))
    end: Month | None = None if rng.random() < 0.65 else (2024, rng.randint(1, 8))
    jobs: list[Job] = []
    count = {"pdf-browser-print": 5, "pdf-word-table-export": rng.randint(3, 4)}.get(
        style, rng.randint(2, 3)
    )
    for company in rng.sample(pool.employers, count):
        start = months_before(end or (2024, 9), rng.randint(14, 40))
        where = city if rng.random() < 0.7 else rng.choice(pool.cities)[0]
        take = 3 if style in ("pdf-browser-print", "scan-photocopy-jpeg") else 2
        jobs.append(Job(company, rng.choice(pool.titles), where, start, end, notes[:take]))
        notes = notes[take:] or rng.sample(pool.highlights, len(pool.highlights))
        end = months_before(start, rng.randint(0, 3))
    if style == "pdf-word-table-export":
        # A promotion at the newest employer: two positions, each with its own years.
        newest = jobs[0]
        newest.position = "Senior Financial Analyst"
        jobs[1].company, jobs[1].city = newest.company, newest.city
        jobs[1].position = "Financial Analyst"
        jobs[1].end = months_before(newest.start, 1)
        if jobs[1].end[0] == newest.start[0] and jobs[1].start[0] == newest.start[0]:
            jobs[1].start = months_before(jobs[1].start, 12)
    year = jobs[-1].start[0] - rng.randint(0, 1)
    degrees: list[Degree] = []
    schools = rng.sample(pool.schools, rng.randint(1, 2))
    for index, school in enumerate(schools):
        study, area = pool.degrees[index]
        length = 2 if study.startswith(("M", "Laurea Magistrale", "Higher")) else 3
        degrees.append(Degree(school, study, area, (year - length, 9), (year, 7)))
        year -= length
    tld = {"DE": "de", "IT": "it", "GB": "co.uk", "IE": "ie"}.get(code or "", "com")
    if code == "DE":
        phone = f"+49 1{rng.randint(51, 79)} {rng.randint(1000000, 9999999)}"
    elif code == "IT":
        phone = f"+39 3{rng.randint(20, 49)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    elif code == "GB":
        phone = f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    else:
        phone = f"+353 8{rng.randint(3, 7)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    candidate = Candidate(
        style=style,
        name=name,
        label=jobs[0].position if style != "pdf-word-table-export" else None,
        email=f"{first}.{last}@example.{tld}",
        phone=phone,
        url=f"https://{first}{last}.dev" if style == "pdf-browser-print" else None,
        city=city,
        region=region,
        code=code,
        jobs=jobs,
        degrees=degrees,
        skills=rng.sample(pool.skills, 5),
    )
    candidate.extra = {"printed": printed, "handle": f"{first}{last[:3]}"}
    if style == "pdf-browser-print":
        candidate.extra["summary"] = (
            f"{jobs[0].position} in {city} who likes fast, accessible interfaces and boring, "
            "reliable deployments. Currently open to senior and lead roles."
        )
    if style == "scan-photocopy-jpeg":
        candidate.extra["summary"] = (
            f"{jobs[0].position} with experience in regulated manufacturing, looking for a "
            f"permanent role in the {city} area."
        )
    if style == "pdf-italian-europeo":
        first_name = name.split()[0]
        candidate.extra["born"] = (
            f"{'Nata' if first_name in FEMALE_IT else 'Nato'} a {rng.choice(pool.cities)[0]} "
            f"il {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year - 19}"
        )
        candidate.extra["scores"] = [
            rng.choice(("110/110", "110/110 e lode", "106/110", "102/110")) for _ in degrees
        ]
        candidate.languages = [
            ("Italiano", "madrelingua"),
            ("Inglese", rng.choice(("C1", "B2"))),
            (rng.choice(("Tedesco", "Francese", "Spagnolo")), rng.choice(("B1", "A2"))),
        ]
    if style == "pdf-word-table-export":
        candidate.languages = [("English", "Native"), ("German", "Intermediate")]
    if style == "scan-photocopy-jpeg":
        candidate.languages = [("English", "Native"), ("Irish", "Fluent")]
    return candidate


def _student(rng: random.Random, used: set[str]) -> Candidate:
    pool = POOLS["pdf-seasons-quarters"]
    name = pool.fresh_name(rng, used)
    first, last = ascii_slug(name).split()[0], ascii_slug(name).split()[-1]
    home = rng.randrange(len(pool.cities))
    city, region, code, printed = pool.cities[home]
    grad = rng.choice((2025, 2026))
    begin = grad - 4  # first fall term
    notes = rng.sample(pool.highlights, len(pool.highlights))
    employers = rng.sample(pool.employers, 3)
    titles = rng.sample(pool.titles, 3)
    ongoing = rng.choice(("now", "since"))
    # (display, startDate, endDate) for each work entry, newest first.
    current: tuple[str, str, str | None]
    if ongoing == "now":
        year = begin + 1
        current = (f"{year}\u2013now", f"{year}", None)
    else:
        year = begin + 2
        current = (f"since {year}", f"{year}", None)
    season = rng.choice(("Summer", "Summer", "Spring"))
    summer_year = rng.choice((grad - 2, min(grad - 1, 2024)))
    month = f"{summer_year}-{SEASONS[season]:02d}"
    lone = (f"{season} {summer_year}", month, month)  # one season: its start and its end
    q1, q2 = rng.randint(2, 4), rng.randint(1, 2)
    quarter = (
        f"Q{q1} {begin + 1} \u2013 Q{q2} {begin + 2}",
        f"{begin + 1}-{QUARTERS[q1]:02d}",
        f"{begin + 2}-{QUARTERS[q2]:02d}",
    )
    dated = [current, lone, quarter]
    places = [city, rng.choice(pool.cities)[0], city]
    jobs = [
        Job(employers[i], titles[i], places[i], (2000, 1), None, notes[2 * i : 2 * i + 2])
        for i in range(3)
    ]
    other = "since" if ongoing == "now" else "now"
    activity_start = begin + 1
    activities = [
        (
            rng.choice(("ACM Student Chapter", "Society of Women Engineers", "Robotics Club")),
            rng.choice(("President", "Treasurer", "Outreach Chair")),
            f"Fall {begin} \u2013 Spring {begin + 2}",
            f"{begin}-09",
            f"{begin + 2}-03",
            ["Ran weekly workshops for 40 members", "Organised the spring hackathon"],
        ),
        (
            rng.choice(
                ("Dance Marathon", "Habitat for Humanity Campus Chapter", "Campus Food Pantry")
            ),
            rng.choice(("Volunteer Coordinator", "Member", "Fundraising Lead")),
            f"since {activity_start}" if other == "since" else f"{activity_start}\u2013now",
            f"{activity_start}",
            None,
            ["Recruited 25 new volunteers each semester"],
        ),
    ]
    school = pool.schools[home]
    area = rng.choice(("Computer Science", "Data Science", "Information Systems"))
    degrees = [Degree(school, "Bachelor of Science", area, (begin, 9), (grad, 5))]
    candidate = Candidate(
        style="pdf-seasons-quarters",
        name=name,
        label=None,
        email=f"{first}.{last}@example.edu",
        phone=f"({rng.randint(201, 989)}) 555-{rng.randint(1000, 9999)}",
        url=None,
        city=city,
        region=region,
        code=code,
        jobs=jobs,
        degrees=degrees,
        skills=rng.sample(pool.skills, 6),
    )
    candidate.extra = {
        "printed": printed,
        "handle": f"{first}-{last}-{rng.randint(10, 99)}",
        "dated": dated,
        "activities": activities,
        "gpa": f"{rng.choice(('3.4', '3.6', '3.8', '3.9'))}/4.0",
    }
    return candidate


# ------------------------------------------------------------------------------------ truth


def _year(style: str, education: bool) -> str:
    if style == "pdf-word-table-export":
        return "year"
    if education:
        return "year"
    return "month"


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    del options
    if style == "pdf-seasons-quarters":
        return _student_truth(person)
    location = drop_empty(
        {"city": person.city, "region": person.region, "countryCode": person.code}
    )
    handle = person.extra["handle"]
    profiles: list[dict[str, str]] = []
    if style == "pdf-browser-print":
        profiles = [
            {"network": "GitHub", "username": handle, "url": f"https://github.com/{handle}"},
            {
                "network": "LinkedIn",
                "username": handle,
                "url": f"https://linkedin.com/in/{handle}",
            },
        ]
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label,
            "email": person.email,
            "phone": person.phone if style != "pdf-browser-print" else None,
            "url": person.url,
            "summary": person.extra.get("summary"),
            "location": location,
            "profiles": profiles,
        }
    )
    precision = _year(style, education=False)
    work = [job_truth(job, precision) for job in person.jobs]
    scores = person.extra.get("scores") or [None] * len(person.degrees)
    education = [
        drop_empty(
            {
                "institution": d.institution,
                "studyType": d.study,
                "area": d.area or None,
                "score": score,
                "startDate": iso_month(d.start, "year"),
                "endDate": iso_month(d.end, "year"),
            }
        )
        for d, score in zip(person.degrees, scores, strict=True)
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


def _student_truth(person: Candidate) -> dict[str, Any]:
    style = "pdf-seasons-quarters"
    handle = person.extra["handle"]
    basics = drop_empty(
        {
            "name": person.name,
            "email": person.email,
            "phone": person.phone,
            "location": {
                "city": person.city,
                "region": person.region,
                "countryCode": person.code,
            },
            "profiles": [
                {
                    "network": "LinkedIn",
                    "username": handle,
                    "url": f"https://linkedin.com/in/{handle}",
                }
            ],
        }
    )
    work = [
        drop_empty(
            {
                "name": job.company,
                "position": job.position,
                "location": job.city,
                "startDate": start,
                "endDate": end,
                "highlights": job.highlights,
            }
        )
        for job, (_, start, end) in zip(person.jobs, person.extra["dated"], strict=True)
    ]
    volunteer = [
        drop_empty(
            {
                "organization": org,
                "position": position,
                "startDate": start,
                "endDate": end,
                "highlights": notes,
            }
        )
        for org, position, _, start, end, notes in person.extra["activities"]
    ]
    education = [
        {
            "institution": d.institution,
            "studyType": d.study,
            "area": d.area,
            "score": person.extra["gpa"],
            "endDate": iso_month(d.end, "month"),
        }
        for d in person.degrees
    ]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "volunteer": volunteer,
            "education": education,
            "skills": [{"name": skill} for skill in person.skills],
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-browser-print":
        return _browser(person, options), "pdf"
    if style == "pdf-italian-europeo":
        return _italian(person, options), "pdf"
    if style == "pdf-word-table-export":
        return _word_table(person), "pdf"
    if style == "pdf-seasons-quarters":
        return _seasons(person), "pdf"
    return _photocopy(_printed(person), person, options), "jpg"


def _browser(person: Candidate, options: dict[str, Any]) -> bytes:
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    title = f"{person.name} \u2013 Resume"
    address = f"{person.url}/resume"
    accent = options["accent"]
    x, width, bottom = 22.0, 166.0, 272.0
    y = 0.0

    section = ""
    broke_in: list[str] = []

    def new_page() -> None:
        nonlocal y
        if pdf.page_no():
            broke_in.append(section)
        pdf.add_page()
        pdf.set_font("Sans", "", 7)
        pdf.set_text_color(110, 110, 110)
        pdf.set_xy(8, 5)
        pdf.cell(60, 4, options["stamp"])
        pdf.set_xy(8, 5)
        pdf.cell(194, 4, title, align="C")
        pdf.set_xy(8, 288)
        pdf.cell(150, 4, address)
        pdf.set_xy(8, 288)
        pdf.cell(194, 4, f"{pdf.page_no()}/{{nb}}", align="R")
        y = 20.0

    def need(height: float) -> None:
        if y + height > bottom:
            new_page()

    def h2(text: str) -> None:
        nonlocal y, section
        section = text
        need(28)
        y += 5
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 15)
        pdf.set_text_color(20, 20, 20)
        pdf.cell(width, 8, text)
        pdf.set_draw_color(225, 225, 225)
        pdf.set_line_width(0.3)
        pdf.line(x, y + 9.5, x + width, y + 9.5)
        y += 13

    def entry(head: str, muted: str, bullets: list[str]) -> None:
        nonlocal y
        need(20)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11.5)
        pdf.set_text_color(20, 20, 20)
        pdf.cell(width, 6, head)
        pdf.set_xy(x, y + 6.5)
        pdf.set_font("Sans", "", 9.5)
        pdf.set_text_color(120, 120, 130)
        pdf.cell(width, 5, muted)
        y += 13
        pdf.set_text_color(45, 45, 45)
        pdf.set_font("Sans", "", 10.5)
        for note in bullets:
            need(6)
            pdf.set_xy(x + 4, y)
            pdf.cell(4, 5.6, "\u2022")
            pdf.set_xy(x + 9, y)
            pdf.multi_cell(width - 9, 5.6, note, align="L")
            y = pdf.get_y() + 1
        y += 5

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 28)
    pdf.set_text_color(15, 15, 15)
    pdf.cell(width, 13, person.name)
    y += 15
    if person.label:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 13)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(width, 7, f"{person.label} \u00b7 {person.extra['printed']}")
        y += 10
    handle = person.extra["handle"]
    links = [
        (person.url or "").removeprefix("https://"),
        f"github.com/{handle}",
        f"linkedin.com/in/{handle}",
        person.email,
    ]
    pdf.set_xy(x, y)
    for index, link in enumerate(links):
        target = f"mailto:{link}" if "@" in link else f"https://{link}"
        pdf.set_font("Sans", "U", 10)
        if pdf.get_x() + pdf.get_string_width(link) > x + width:
            y += 6.5
            pdf.set_xy(x, y)
        pdf.set_text_color(*accent)
        pdf.cell(pdf.get_string_width(link) + 1, 6, link, link=target)
        if index < len(links) - 1:
            pdf.set_font("Sans", "", 10)
            pdf.set_text_color(160, 160, 160)
            pdf.cell(7, 6, "|", align="C")
    y += 10
    h2("About")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 10.5)
    pdf.set_text_color(45, 45, 45)
    pdf.multi_cell(width, 5.8, person.extra["summary"], align="L")
    y = pdf.get_y() + 3
    h2("Experience")
    for job in person.jobs:
        when = f"{short_month(job.start)} \u2014 {short_month(job.end)} \u00b7 {job.city}"
        entry(f"{job.position} @ {job.company}", when, job.highlights)
    h2("Education")
    for d in person.degrees:
        entry(
            f"{d.study} {d.area} @ {d.institution}",
            f"{d.start[0]} \u2014 {d.end[0]}",
            [],
        )
    h2("Skills")
    need(10)
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 10.5)
    pdf.set_text_color(45, 45, 45)
    pdf.multi_cell(width, 5.8, " \u00b7 ".join(person.skills))
    if pdf.page_no() != 2 or broke_in != ["Experience"]:
        raise ValueError(f"browser print does not break inside Experience for {person.name}")
    return bytes(pdf.output())


def _mese(month: Month) -> str:
    return f"{MESI[month[1] - 1].capitalize()} {month[0]}"


def _italian(person: Candidate, options: dict[str, Any]) -> bytes:
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    accent = options["accent"]
    x, width = 20.0, 170.0
    pdf.set_xy(x, 18)
    pdf.set_font("Sans", "B", 24)
    pdf.set_text_color(*accent)
    pdf.cell(width, 11, person.name)
    pdf.set_xy(x, 30)
    pdf.set_font("Sans", "", 12)
    pdf.set_text_color(70, 70, 70)
    pdf.cell(width, 6, person.label or "")
    pdf.set_text_color(25, 25, 25)
    y = 42.0

    def heading(text: str) -> None:
        nonlocal y
        y += 2
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(x, y + 6.8, x + width, y + 6.8)
        pdf.set_text_color(25, 25, 25)
        y += 9.5

    def row(label: str, value: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(32, 5, label)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(width - 32, 5, value)
        y += 5.5

    heading("Dati personali")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.5)
    pdf.cell(width, 5, person.extra["born"])
    y += 5.5
    row("Residenza", person.extra["printed"])
    row("Telefono", person.phone)
    row("E-mail", person.email)
    y += 3
    heading("ESPERIENZE LAVORATIVE")
    for job in person.jobs:
        if job.end is None:
            when = f"Da {MESI[job.start[1] - 1]} {job.start[0]} ad oggi"
        else:
            when = f"{_mese(job.start)} \u2013 {_mese(job.end)}"
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "I", 9)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(width, 5, when)
        pdf.set_text_color(25, 25, 25)
        pdf.set_xy(x, y + 5)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width, 5.5, f"{job.position} presso {job.company}, {job.city}")
        y += 11.5
        pdf.set_font("Sans", "", 9.5)
        for note in job.highlights:
            pdf.set_xy(x + 3, y)
            pdf.multi_cell(width - 3, 4.8, f"\u2013 {note}")
            y = pdf.get_y() + 0.3
        y += 3
    heading("ISTRUZIONE E FORMAZIONE")
    for d, score in zip(person.degrees, person.extra["scores"], strict=True):
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "I", 9)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(width, 5, f"{d.start[0]} \u2013 {d.end[0]}")
        pdf.set_text_color(25, 25, 25)
        pdf.set_xy(x, y + 5)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width, 5.5, f"{d.study} in {d.area}")
        pdf.set_xy(x, y + 10.5)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(width, 5, f"{d.institution} \u2013 voto {score}")
        y += 17
    heading("COMPETENZE LINGUISTICHE")
    for language, level in person.languages:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(width, 5, f"{language}: {level}")
        y += 5.5
    y += 2
    heading("COMPETENZE INFORMATICHE")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(width, 5, ", ".join(person.skills))
    if pdf.get_y() > 276:
        raise ValueError(f"Italian CV overflows for {person.name}")
    pdf.set_xy(x, 279)
    pdf.set_font("Sans", "I", 7.5)
    pdf.set_text_color(100, 100, 100)
    pdf.multi_cell(
        width,
        3.8,
        "Autorizzo il trattamento dei dati personali contenuti nel mio curriculum vitae ai "
        "sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679 (GDPR).",
    )
    return bytes(pdf.output())


def _year_span(start: Month, end: Month | None) -> str:
    return f"{start[0]} \u2013 {'Present' if end is None else end[0]}"


def _word_table(person: Candidate) -> bytes:
    from fpdf.fonts import FontFace

    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_page()
    pdf.set_font("Sans", "B", 20)
    pdf.cell(170, 10, person.name, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.5)
    contact = f"{person.extra['printed']}  |  {person.phone}  |  {person.email}"
    pdf.cell(170, 6, contact, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Sans", "", 9.5)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.25)
    rows: list[tuple[str, str]] = []
    jobs = person.jobs
    promoted = [job for job in jobs[1:] if job.company == jobs[0].company]
    first_row = True
    for job in jobs:
        if job in promoted:
            continue
        label = "**Employment**\n" if first_row else ""
        first_row = False
        if job is jobs[0] and promoted:
            span = f"{promoted[-1].start[0]} \u2013 {'Present' if job.end is None else job.end[0]}"
            parts = [f"**{job.company}, {job.city}**"]
            for held in (job, *promoted):
                parts.append(f"__{held.position}__ ({_year_span(held.start, held.end)})")
                parts += [f"\u2022 {note}" for note in held.highlights]
            rows.append((label + span, "\n".join(parts)))
            continue
        parts = [f"**{job.company}, {job.city}**", f"__{job.position}__"]
        parts += [f"\u2022 {note}" for note in job.highlights]
        rows.append((label + _year_span(job.start, job.end), "\n".join(parts)))
    for index, d in enumerate(person.degrees):
        label = "**Education**\n" if index == 0 else ""
        body = f"**{d.institution}**\n{d.study} {d.area}"
        rows.append((f"{label}{d.start[0]} \u2013 {d.end[0]}", body))
    rows.append(("**Skills**", ", ".join(person.skills)))
    languages = ", ".join(f"{lang} ({level})" for lang, level in person.languages)
    rows.append(("**Languages**", languages))
    with pdf.table(
        col_widths=(40, 130),
        borders_layout="ALL",
        markdown=True,
        first_row_as_headings=False,
        line_height=5.2,
        padding=2,
        text_align="LEFT",
        v_align="TOP",
        headings_style=FontFace(),
    ) as table:
        for left, right in rows:
            cells = table.row()
            cells.cell(left)
            cells.cell(right)
    return bytes(pdf.output())


def _seasons(person: Candidate) -> bytes:
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    x, width = 18.0, 174.0
    pdf.set_xy(x, 14)
    pdf.set_font("Serif", "B", 20)
    pdf.cell(width, 10, person.name, align="C")
    pdf.set_font("Serif", "", 9.5)
    pdf.set_xy(x, 25)
    pdf.cell(width, 4.8, f"{person.extra['printed']} | {person.phone}", align="C")
    pdf.set_xy(x, 29.8)
    linkedin = f"linkedin.com/in/{person.extra['handle']}"
    pdf.cell(width, 4.8, f"{person.email} | {linkedin}", align="C")
    y = 38.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 11)
        pdf.cell(width, 6, text.upper())
        pdf.set_line_width(0.35)
        pdf.line(x, y + 6.3, x + width, y + 6.3)
        y += 8.5

    def entry(bold: str, right: str, italic: str, right2: str, notes: list[str]) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(width - 50, 5.2, bold)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 10)
        pdf.cell(width, 5.2, right, align="R")
        pdf.set_xy(x, y + 5.2)
        pdf.set_font("Serif", "I", 10)
        pdf.cell(width - 50, 5, italic)
        pdf.set_xy(x, y + 5.2)
        pdf.cell(width, 5, right2, align="R")
        y += 10.8
        pdf.set_font("Serif", "", 9.8)
        for note in notes:
            pdf.set_xy(x + 4, y)
            pdf.cell(4, 4.8, "\u2022")
            pdf.multi_cell(width - 8, 4.8, note)
            y = pdf.get_y()
        y += 3

    heading("Education")
    for d in person.degrees:
        entry(
            d.institution,
            f"Expected {long_month(d.end)}",
            f"{d.study} in {d.area}",
            f"GPA: {person.extra['gpa']}",
            [],
        )
    heading("Experience")
    for job, (when, _, _) in zip(person.jobs, person.extra["dated"], strict=True):
        entry(job.company, when, job.position, job.city, job.highlights)
    heading("Leadership & Activities")
    for org, position, when, _, _, notes in person.extra["activities"]:
        entry(org, when, position, "", notes)
    heading("Skills")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 10)
    pdf.cell(30, 5, "Technical:")
    pdf.set_font("Serif", "", 10)
    pdf.multi_cell(width - 30, 5, ", ".join(person.skills))
    if pdf.get_y() > 285:
        raise ValueError(f"student resume overflows for {person.name}")
    return bytes(pdf.output())


def _printed(person: Candidate) -> bytes:
    """The two-column sheet that gets photocopied: main column left, ruled sidebar right."""
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    main_x, main_w = 24.0, 106.0
    side_x, side_w = 140.0, 54.0
    pdf.set_xy(main_x, 20)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(main_w, 10, person.name)
    pdf.set_xy(main_x, 31)
    pdf.set_font("Sans", "", 11.5)
    pdf.set_text_color(60, 60, 60)
    pdf.cell(main_w, 6, person.label or "")
    pdf.set_text_color(0, 0, 0)
    pdf.set_line_width(0.4)
    pdf.line(135, 44, 135, 280)
    y = 46.0

    def heading(text: str, at: float, w: float, top: float) -> float:
        pdf.set_xy(at, top)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(w, 6, text.upper())
        pdf.line(at, top + 6.5, at + w, top + 6.5)
        return top + 9

    y = heading("Profile", main_x, main_w, y)
    pdf.set_xy(main_x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(main_w, 4.7, person.extra["summary"], align="L")
    y = pdf.get_y() + 5
    y = heading("Work Experience", main_x, main_w, y)
    for job in person.jobs:
        pdf.set_xy(main_x, y)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(main_w, 5.2, job.position)
        pdf.set_xy(main_x, y + 5.2)
        pdf.set_font("Sans", "", 9)
        when = f"{short_month(job.start)} \u2013 {short_month(job.end)}"
        pdf.cell(main_w, 5, f"{job.company}, {job.city}  |  {when}")
        y += 11
        for note in job.highlights:
            pdf.set_xy(main_x + 2, y)
            pdf.cell(4, 4.7, "\u2022")
            pdf.multi_cell(main_w - 6, 4.7, note, align="L")
            y = pdf.get_y() + 0.3
        y += 4
    sy = heading("Contact", side_x, side_w, 46)
    pdf.set_font("Sans", "", 8.5)
    for text in (person.phone, person.email, person.extra["printed"]):
        pdf.set_xy(side_x, sy)
        pdf.multi_cell(side_w, 4.5, text, align="L")
        sy = pdf.get_y() + 1
    sy = heading("Education", side_x, side_w, sy + 5)
    for d in person.degrees:
        pdf.set_xy(side_x, sy)
        pdf.set_font("Sans", "B", 8.5)
        pdf.multi_cell(side_w, 4.5, f"{d.study} {d.area}", align="L")
        pdf.set_xy(side_x, pdf.get_y())
        pdf.set_font("Sans", "", 8.5)
        pdf.multi_cell(side_w, 4.5, d.institution, align="L")
        pdf.set_xy(side_x, pdf.get_y())
        pdf.cell(side_w, 4.5, f"{d.start[0]} \u2013 {d.end[0]}")
        sy = pdf.get_y() + 7
    sy = heading("Skills", side_x, side_w, sy + 2)
    pdf.set_font("Sans", "", 8.5)
    for skill in person.skills:
        pdf.set_xy(side_x, sy)
        pdf.cell(side_w, 4.6, skill)
        sy += 4.8
    sy = heading("Languages", side_x, side_w, sy + 5)
    pdf.set_font("Sans", "", 8.5)
    for language, level in person.languages:
        pdf.set_xy(side_x, sy)
        pdf.cell(side_w, 4.6, f"{language} \u2013 {level}")
        sy += 4.8
    pdf.set_xy(main_x, y + 2)
    pdf.set_font("Sans", "I", 9)
    pdf.cell(main_w, 5, "References available on request.")
    if max(y, sy) > 270:
        raise ValueError(f"photocopied sheet overflows for {person.name}")
    return bytes(pdf.output())


def _photocopy(pdf: bytes, person: Candidate, options: dict[str, Any]) -> bytes:
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(f"{person.name}/photocopy")
    dpi = 200
    document = pdfium.PdfDocument(pdf)
    page = document[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    document.close()
    px = dpi / 25.4
    draw = ImageDraw.Draw(page)
    # The pen: a tick to the right of the name and a loose scribble under it.
    measure = _pdf("Sans", "DejaVuSans")
    measure.set_font("Sans", "B", 22)
    name_end = 24 + measure.get_string_width(person.name)
    ox, oy = (name_end + 5) * px, 21 * px
    tick = [(ox, oy + 5 * px), (ox + 2.5 * px, oy + 8.5 * px), (ox + 9 * px, oy - 1 * px)]
    draw.line(tick, fill=55, width=5, joint="curve")
    scribble = []
    for step in range(9):
        sx = ox + (12 + step * 2.2) * px
        sy = oy + (2 if step % 2 == 0 else 6) * px + rng.uniform(-0.8, 0.8) * px
        scribble.append((sx, sy))
    draw.line(scribble, fill=70, width=4, joint="curve")
    # Two punched holes in the left margin, 80 mm apart about the middle: black on a copy.
    for centre in (148.5 - 40, 148.5 + 40):
        cx, cy, r = 11 * px, centre * px, 3 * px
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=8)
    page = page.rotate(
        options["skew"], resample=Image.Resampling.BICUBIC, fillcolor=255, expand=False
    )
    pixels = np.asarray(page, dtype=np.float32) / 255.0
    # Heavier toner: darker strokes, a slightly grey page.
    pixels = np.power(pixels, 1.7) * 0.93 + 0.015
    height, width = pixels.shape
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    # A faint diagonal streak from a dirty drum: a narrow band from near the top left to
    # the bottom right, a few millimetres wide.
    (x0, y0), (x1, y1) = (width * rng.uniform(0.05, 0.2), 0.0), (width * 0.85, float(height))
    length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
    distance = np.abs((yy - y0) * (x1 - x0) - (xx - x0) * (y1 - y0)) / length / (3 * px)
    pixels = pixels - 0.05 * np.exp(-(distance**2))
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0.0, 0.02, pixels.shape)
    image = Image.fromarray(np.clip((pixels + noise) * 255, 0, 255).astype(np.uint8))
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=72, dpi=(dpi, dpi))
    return out.getvalue()

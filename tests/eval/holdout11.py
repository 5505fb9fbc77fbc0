"""Eleventh held-out round ("holdout-11"): five more layouts, written blind (without reading
the parser) and meant to be measured once, untuned.

* ``pdf-right-sidebar-photo`` — a modern template with a coloured RIGHT sidebar on page one:
  a round grey photo placeholder with the initials, "Contact" lines behind icon glyphs
  (phone, envelope, house), "Skills" as "Skill" with a level word at the right ("Expert"),
  "Languages" and "Interests". The main column on the left has the name very large, a
  headline, "About me" and "Work experience", where each entry is the dates on their own
  line in grey small caps ABOVE the position, then the company and city in italics below it.
  Page two continues the main column full width, with no sidebar.
* ``pdf-executive-multirole`` — a two-page executive resume: the name in spaced small caps, a
  contact line, a one-line value proposition (the summary), a boxed "Selected Achievements"
  list, then "Professional Experience" where each employer is a header line ("COMPANY NAME,
  City, ST" left, the employer's overall years right) and an italic one-sentence company
  description, followed by one to three roles, each with its own title, year range and
  bullets: one employer gives several work items in the truth (the company name as it is
  normally written, though the header prints it in capitals). "Board & Advisory Roles" are
  ``volunteer`` items; "Education" is compact ("MBA, Wharton School, University of
  Pennsylvania" with the year at the right). Years only, so the truth dates are years.
* ``docx-right-tab-dates`` — a Word resume whose entry lines are "Company<TAB>Month YYYY \u2013
  Month YYYY" against a right-aligned tab stop at the right margin (``w:tab w:val="right"``),
  the position in italics on the next line with the city after a tab; headings in small caps
  with a bottom paragraph border (``w:pBdr``); skills in a borderless three-column table;
  the contact line centred in the page header with " • " separators.
* ``pdf-dutch-cv`` — a Dutch CV: "Persoonlijke gegevens" (Naam, Adres "Keizersgracht 123,
  1015 CJ Amsterdam", Telefoon, E-mail, Geboortedatum), "Profiel" (the summary; the birth
  date has no JSON Resume field and is left out), "Werkervaring" with the dates in a
  left column ("jan. 2020 \u2013 heden", "sept. 2017 \u2013 dec. 2019", abbreviated Dutch months
  with periods) beside "Functie bij Bedrijf, Plaats", "Opleidingen" ("2013 \u2013 2017  HBO
  Bedrijfskunde, Hogeschool van Amsterdam"), "Vaardigheden" and "Talen" ("Engels \u2013
  vloeiend"). The address gives street, postal code and city, no country code.
* ``scan-phone-screenshot`` — a PNG screenshot (1080\u00d72340) of a one-page resume opened in a
  phone's PDF viewer: a status bar (time, signal, Wi-Fi, battery), the viewer's toolbar with
  the file name, the page scaled to the screen width (about 126 dpi) on a grey background,
  and a floating "1/1" page indicator near the bottom. Crisp anti-aliased screen pixels.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (no country code unless a country or a US state is printed).
"""

from __future__ import annotations

import io
import random
import re
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Job, Month, _pdf, degree_truth, job_truth
from tests.eval.holdout7 import Pool
from tests.eval.people import ascii_slug
from tests.eval.render import (
    FIXED_DATE,
    FONTS,
    drop_empty,
    long_month,
    months_before,
    normalise_zip,
    short_month,
)

HOLDOUT_TAG = "holdout-11"
GENERATOR = "tests/eval/holdout11.py"
SEED = 1_176_482

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-right-sidebar-photo", 3),
    ("pdf-executive-multirole", 3),
    ("docx-right-tab-dates", 3),
    ("pdf-dutch-cv", 2),
    ("scan-phone-screenshot", 2),
)

MAANDEN = (
    "jan.",
    "feb.",
    "mrt.",
    "apr.",
    "mei",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
)
LEVELS = ("Expert", "Advanced", "Proficient", "Intermediate")

POOLS: dict[str, Pool] = {
    "pdf-right-sidebar-photo": Pool(
        first=("Kirrily", "Banjo", "Marlee", "Tarquin", "Coralie", "Jarrah"),
        last=("Wollaston", "Pennefather", "Cudmore", "Blaxland", "Tregenza"),
        cities=(
            ("Darwin", "NT", "AU", "Darwin NT, Australia"),
            ("Geelong", "VIC", "AU", "Geelong VIC, Australia"),
            ("Ballarat", "VIC", "AU", "Ballarat VIC, Australia"),
        ),
        employers=(
            "Mindil Digital",
            "Corio Bay Health Partners",
            "Arafura Logistics",
            "Sturt Creative Pty Ltd",
            "Eureka Street Fintech",
            "Goldfields Water Co",
        ),
        titles=("Product Designer", "Senior UX Designer", "UX Researcher", "Digital Designer"),
        highlights=(
            "Redesigned the patient booking app, lifting completed bookings by 28%",
            "Ran 40 moderated usability sessions across three regional clinics",
            "Built the Figma design system used by six product squads",
            "Introduced a quarterly accessibility review with the engineering leads",
            "Designed the driver app for a fleet of 220 delivery vans",
            "Mapped the customer journey for the new savings product",
            "Cut support calls about billing by a third with clearer statements",
            "Led discovery workshops with farmers for the water-usage portal",
            "Mentored two junior designers through their first launches",
            "Prototyped a voice assistant for warehouse pickers",
            "Set up the research repository in Dovetail",
            "Created the illustration style for the brand refresh",
            "Designed onboarding that halved the time to first transfer",
            "Presented design critiques to the executive team each month",
            "Tested the dark-mode palette with low-vision users",
            "Rewrote the content guidelines with the marketing team",
        ),
        skills=("Figma", "User research", "Prototyping", "Design systems", "Adobe XD", "HTML/CSS"),
        schools=("Charles Darwin University", "Deakin University"),
        degrees=(
            ("Master of Design", "Interaction Design"),
            ("Bachelor of Design", "Visual Communication"),
        ),
    ),
    "pdf-executive-multirole": Pool(
        first=("Octavia", "Augustin", "Prudence", "Montgomery", "Thessaly", "Lucius"),
        last=("Stallworth", "Vanderzee", "Ridgeley", "Haverford", "Kittredge"),
        cities=(
            ("Allentown", "PA", "US", "Allentown, PA"),
            ("Cincinnati", "OH", "US", "Cincinnati, OH"),
            ("Louisville", "KY", "US", "Louisville, KY"),
        ),
        employers=(),
        titles=(),
        highlights=(
            "Grew segment revenue from $410M to $690M in four years",
            "Closed and integrated three acquisitions worth $280M",
            "Consolidated nine plants into five, saving $38M a year",
            "Built a pricing office that added 240 basis points of margin",
            "Led the ERP migration for 4,000 users on time and on budget",
            "Turned around a loss-making division to $22M EBITDA",
            "Opened a distribution hub in Monterrey serving 300 customers",
            "Cut working capital by $60M through inventory discipline",
            "Launched a service business now worth 18% of revenue",
            "Chaired the safety council; recordable incidents down 55%",
            "Negotiated a $150M multi-year supply agreement",
            "Rebuilt the sales organization around key accounts",
            "Introduced a lean operating system across all sites",
            "Sponsored the company's first sustainability report",
            "Hired and developed a leadership team of twelve",
            "Raised on-time delivery from 81% to 97%",
            "Reduced freight cost per unit by 14%",
            "Led the carve-out of the consumer unit ahead of its sale",
            "Expanded the dealer network into eleven new states",
            "Managed a capital budget of $75M a year",
            "Set up the shared-services center for finance and HR",
            "Doubled e-commerce sales in two years",
        ),
        skills=(),
        schools=(),
        degrees=(),
    ),
    "docx-right-tab-dates": Pool(
        first=("Solenne", "Torin", "Emrys", "Maelle", "Isidore", "Briony"),
        last=("Ferrier", "Lacombe", "MacInnis", "Wiebe", "Gaudreault"),
        cities=(
            ("Saskatoon", "SK", "CA", "Saskatoon, SK"),
            ("Moncton", "NB", "CA", "Moncton, NB"),
            ("Sudbury", "ON", "CA", "Sudbury, ON"),
        ),
        employers=(
            "Prairie Crocus Software Inc.",
            "Petitcodiac Mutual Insurance",
            "Nickel Belt Mining Services",
            "Meewasin Credit Union",
            "Tantramar Analytics Ltd.",
        ),
        titles=(
            "Senior Business Analyst",
            "Business Analyst",
            "Project Coordinator",
            "Operations Analyst",
        ),
        highlights=(
            "Wrote requirements for the member portal used by 90,000 customers",
            "Mapped the claims process and removed four hand-offs",
            "Ran user acceptance testing for the core banking upgrade",
            "Built Power BI dashboards for the executive team",
            "Coordinated a 14-person project across two provinces",
            "Documented 60 business rules for the underwriting engine",
            "Facilitated sprint reviews with stakeholders from five departments",
            "Cut month-end reporting time by two days with SQL automation",
            "Led the vendor evaluation for a new CRM",
            "Trained 35 branch staff on the new lending workflow",
            "Created the data dictionary for the mine maintenance system",
            "Tracked a $3M project budget and reported variances monthly",
        ),
        skills=(
            "Requirements analysis",
            "SQL",
            "Power BI",
            "Jira",
            "Visio",
            "BPMN",
            "Excel",
            "Agile/Scrum",
            "Stakeholder workshops",
            "Confluence",
            "UAT planning",
        ),
        schools=("University of Saskatchewan", "Université de Moncton", "Laurentian University"),
        degrees=(("Master of Science", "Business Analytics"), ("Bachelor of Commerce", "Finance")),
    ),
    "pdf-dutch-cv": Pool(
        first=("Femke", "Joost", "Marieke", "Sjoerd", "Anouk", "Wouter"),
        last=("Brouwer", "Kuijpers", "Verhoeven", "Smulders", "Dijkhuizen"),
        cities=(
            ("Amsterdam", "Keizersgracht 123", "1015 CJ", "Keizersgracht 123, 1015 CJ Amsterdam"),
            ("Amsterdam", "Prinsengracht 412", "1016 JB", "Prinsengracht 412, 1016 JB Amsterdam"),
            ("Haarlem", "Kleine Houtstraat 9", "2011 DB", "Kleine Houtstraat 9, 2011 DB Haarlem"),
        ),
        employers=(
            "Grachtengordel Consultancy B.V.",
            "Amstelland Verzekeringen N.V.",
            "Zaanstreek Voedingsmiddelen B.V.",
            "IJmond Havenlogistiek B.V.",
            "Stichting Jeugdzorg Waterland",
        ),
        titles=(
            "Projectmanager",
            "Beleidsmedewerker",
            "Accountmanager",
            "Controller",
            "Teamleider klantenservice",
        ),
        highlights=(
            "Verantwoordelijk voor een portefeuille van 45 zakelijke klanten",
            "Invoering van een nieuw CRM-systeem voor 80 gebruikers",
            "Leiding aan een team van 12 medewerkers",
            "Opstellen van de maandrapportage voor de directie",
            "Doorlooptijd van klachten gehalveerd",
            "Coördinatie van de verhuizing naar het nieuwe distributiecentrum",
            "Begroting van 4 miljoen euro opgesteld en bewaakt",
            "Nieuw beleid voor thuiswerken geschreven en ingevoerd",
            "Klanttevredenheid gestegen van 7,1 naar 8,3",
            "Aanbesteding voor de schoonmaakdiensten begeleid",
        ),
        skills=("Microsoft Office", "Exact Online", "Salesforce", "Prince2", "Power BI", "Lean"),
        schools=("Hogeschool van Amsterdam", "Universiteit van Amsterdam", "Hogeschool Inholland"),
        degrees=(("MSc", "Bedrijfseconomie"), ("HBO", "Bedrijfskunde")),
    ),
    "scan-phone-screenshot": Pool(
        first=("Aino", "Eetu", "Venla", "Onni", "Saana", "Lauri"),
        last=("Kivimäki", "Hakulinen", "Leppänen", "Rautiainen", "Vuorela"),
        cities=(
            ("Turku", None, "FI", "Turku, Finland"),
            ("Oulu", None, "FI", "Oulu, Finland"),
        ),
        employers=(
            "Aurajoki Logistics Oy",
            "Pyynikki Analytics Oy",
            "Saaristo Energy Oy",
            "Nallikari Games Oy",
            "Kupittaa Health Data Oy",
        ),
        titles=("Data Analyst", "Senior Data Analyst", "BI Developer", "Analytics Engineer"),
        highlights=(
            "Built the dbt models behind the weekly sales dashboard",
            "Forecast electricity demand for 40,000 households",
            "Automated player-retention reports in Looker",
            "Moved the reporting warehouse from on-premise SQL Server to Snowflake",
            "Designed the A/B testing guidelines for the product teams",
            "Cleaned and joined three years of hospital visit records",
            "Cut the nightly ETL run from five hours to forty minutes",
            "Trained 20 colleagues in SQL and self-service reporting",
            "Analysed delivery delays and proposed new routing rules",
        ),
        skills=("SQL", "Python", "dbt", "Snowflake", "Looker", "Power BI", "Airflow"),
        schools=("University of Turku", "University of Oulu"),
        degrees=(("MSc", "Data Science"), ("BSc", "Statistics")),
    ),
}

COMPANIES = (
    (
        "Shawnee Ridge Industrial Holdings",
        "Allentown, PA",
        "Diversified manufacturer of industrial valves and pumps with $1.4B in annual revenue.",
    ),
    (
        "Tallgrass Consumer Brands",
        "Cincinnati, OH",
        "Private-label food and household products supplier to national grocery chains.",
    ),
    (
        "Bluegrass Freight Systems",
        "Louisville, KY",
        "Asset-light logistics provider operating 30 cross-dock terminals.",
    ),
    (
        "Copperline Energy Services",
        "Tulsa, OK",
        "Oilfield equipment rental and maintenance company backed by private equity.",
    ),
    (
        "Lehigh Valley Packaging Corp.",
        "Bethlehem, PA",
        "Maker of corrugated and molded-fiber packaging for e-commerce shippers.",
    ),
)
EXEC_TITLES = (
    ("Chief Operating Officer", "Executive Vice President, Operations"),
    ("President, Industrial Segment", "Senior Vice President, Supply Chain"),
    ("Vice President, Operations", "General Manager, Eastern Region"),
    ("Director of Manufacturing", "Plant Manager"),
)
BOARDS = (
    ("Board Director", "Ohio Valley Food Bank Network"),
    ("Advisory Board Member", "Supply Chain Leadership Council"),
    ("Board Treasurer", "Kentucky Manufacturing Alliance"),
    ("Industry Advisor", "Riverbend Ventures"),
)
EXEC_EDUCATION = (
    ("MBA", "", "Wharton School, University of Pennsylvania"),
    ("MBA", "", "Kelley School of Business, Indiana University"),
    ("B.S.", "Mechanical Engineering", "University of Cincinnati"),
    ("B.S.", "Industrial Engineering", "Lehigh University"),
)
INTERESTS = ("Trail running", "Ceramics", "Film photography", "Sailing", "Community radio")


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-right-sidebar-photo":
        return {"accent": rng.choice(((31, 78, 95), (88, 52, 110), (36, 84, 64)))}
    if style == "pdf-executive-multirole":
        return {"accent": rng.choice(((20, 40, 80), (90, 20, 30)))}
    if style == "pdf-dutch-cv":
        return {"sept": rng.random() >= 0.5, "accent": rng.choice(((200, 90, 0), (0, 80, 140)))}
    if style == "scan-phone-screenshot":
        return {
            "clock": f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}",
            "battery": rng.randint(18, 96),
            "dark": rng.random() < 0.5,
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    if style == "pdf-executive-multirole":
        return _executive(rng, used)
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name).split()
    first, last = slug[0], slug[-1]
    home = rng.choice(pool.cities)
    notes = rng.sample(pool.highlights, len(pool.highlights))
    count, take = {
        "pdf-right-sidebar-photo": (6, 3),
        "docx-right-tab-dates": (rng.randint(3, 4), 3),
        "pdf-dutch-cv": (rng.randint(3, 4), 2),
        "scan-phone-screenshot": (rng.randint(3, 4), 2),
    }[style]
    current = style == "pdf-dutch-cv" or rng.random() < 0.7
    end: Month | None = None if current else (2024, rng.randint(2, 9))
    jobs: list[Job] = []
    for company in rng.sample(pool.employers, count):
        start = months_before(end or (2024, 10), rng.randint(16, 44))
        if style == "pdf-dutch-cv":
            where = rng.choice(("Amsterdam", "Amsterdam", "Haarlem", "Zaandam", "Utrecht"))
        else:
            place = home if rng.random() < 0.7 else rng.choice(pool.cities)
            # The Word resume prints "City, PR"; the others print the city alone.
            where = place[3] if style == "docx-right-tab-dates" else place[0]
        jobs.append(Job(company, rng.choice(pool.titles), where, start, end, notes[:take]))
        notes = notes[take:] or rng.sample(pool.highlights, len(pool.highlights))
        end = months_before(start, rng.randint(0, 4))
    year = jobs[-1].start[0] - rng.randint(0, 1)
    degrees: list[Degree] = []
    two = rng.random() < 0.7
    for index in range(2) if two else (1,):
        study, area = pool.degrees[index]
        length = 2 if index == 0 else (4 if style == "pdf-dutch-cv" else 3)
        school = pool.schools[index % len(pool.schools)]
        if style == "pdf-dutch-cv" and index == 0:
            school = "Universiteit van Amsterdam"
        elif style == "pdf-dutch-cv":
            school = rng.choice(("Hogeschool van Amsterdam", "Hogeschool Inholland"))
        elif style == "docx-right-tab-dates":
            school = rng.choice(pool.schools)
        degrees.append(Degree(school, study, area, (year - length, 9), (year, 6)))
        year -= length
    if style == "pdf-dutch-cv":
        city, street, postal, printed = home
        phone = f"06-{rng.randint(10000000, 99999999)}"
        candidate = Candidate(
            style=style,
            name=name,
            label=None,
            email=f"{first}.{last}@example.nl",
            phone=phone,
            url=None,
            city=city,
            region=None,
            code=None,
            jobs=jobs,
            degrees=degrees,
            skills=rng.sample(pool.skills, 5),
        )
        candidate.extra = {
            "address": street,
            "postal": postal,
            "printed": printed,
            "born": f"{rng.randint(1, 28)}-{rng.randint(1, 12)}-{degrees[-1].start[0] - 18}",
            "summary": rng.choice(
                (
                    f"Resultaatgerichte {jobs[0].position.lower()} met ruime ervaring in de "
                    "zakelijke dienstverlening. Ik werk graag samen en houd van heldere "
                    "afspraken.",
                    f"Ervaren {jobs[0].position.lower()} die processen verbetert en teams "
                    "in beweging brengt.",
                )
            ),
        }
        candidate.languages = [
            ("Nederlands", "moedertaal"),
            ("Engels", rng.choice(("vloeiend", "zeer goed"))),
            (rng.choice(("Duits", "Frans")), rng.choice(("goed", "redelijk"))),
        ]
        return candidate
    city, region, code, printed = home
    if code == "AU":
        phone = f"04{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        tld = "com.au"
    elif code == "CA":
        dial = {"SK": 306, "NB": 506, "ON": 705}[region or ""]
        phone = f"({dial}) 555-{rng.randint(1000, 9999)}"
        tld = "ca"
    else:
        phone = f"+358 4{rng.randint(0, 5)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        tld = "fi"
    candidate = Candidate(
        style=style,
        name=name,
        label=jobs[0].position,
        email=f"{first}.{last}@example.{tld}",
        phone=phone,
        url=None,
        city=city,
        region=region,
        code=code,
        jobs=jobs,
        degrees=degrees,
        skills=rng.sample(pool.skills, 6 if style != "docx-right-tab-dates" else 9),
    )
    candidate.extra = {"printed": printed, "handle": f"{first}-{last}"}
    if style == "pdf-right-sidebar-photo":
        candidate.extra["levels"] = [rng.choice(LEVELS) for _ in candidate.skills]
        candidate.extra["interests"] = rng.sample(INTERESTS, 3)
        candidate.extra["summary"] = (
            f"{jobs[0].position} with a background in research-led design. I turn messy "
            "problems into calm, accessible products and like working closely with "
            "engineers from the first sketch to the release."
        )
        candidate.languages = [
            ("English", "Native"),
            (rng.choice(("Indonesian", "Italian", "Greek")), rng.choice(("Fluent", "Basic"))),
        ]
    if style == "docx-right-tab-dates":
        candidate.extra["summary"] = (
            f"{jobs[0].position} who turns business problems into clear requirements and "
            "measurable results, with a track record in finance, insurance and mining."
        )
        candidate.extra["linkedin"] = f"linkedin.com/in/{first}{last}"
    if style == "scan-phone-screenshot":
        candidate.extra["summary"] = (
            f"{jobs[0].position} in {city} who enjoys making data pipelines boring and "
            "dashboards useful."
        )
    return candidate


def _executive(rng: random.Random, used: set[str]) -> Candidate:
    pool = POOLS["pdf-executive-multirole"]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name).split()
    city, region, code, printed = rng.choice(pool.cities)
    notes = rng.sample(pool.highlights, len(pool.highlights))
    companies = rng.sample(COMPANIES, 4)
    sizes = (2, rng.choice((2, 3)), 1, 1)
    ladder = list(rng.choice(EXEC_TITLES[:2])) + list(rng.choice(EXEC_TITLES[2:]))
    ladder += ["Director of Operations", "Operations Manager", "Production Supervisor"]
    end_year: int | None = None
    jobs: list[Job] = []
    descriptions: dict[str, str] = {}
    for (company, place, description), size in zip(companies, sizes, strict=True):
        descriptions[company] = description
        for _ in range(size):
            top = end_year or 2024
            start_year = top - rng.randint(2, 4)
            end: Month | None = None if end_year is None else (end_year, 6)
            take = 3 if len(jobs) < 3 else 2
            jobs.append(Job(company, ladder[len(jobs)], place, (start_year, 1), end, notes[:take]))
            notes = notes[take:]
            end_year = start_year
        end_year = jobs[-1].start[0] - rng.randint(0, 1)
    schools = [rng.choice(EXEC_EDUCATION[:2]), rng.choice(EXEC_EDUCATION[2:])]
    bachelor = jobs[-1].start[0] - rng.randint(1, 3)
    master = bachelor + rng.randint(4, 7)
    degrees = [
        Degree(schools[0][2], schools[0][0], schools[0][1], (master - 2, 9), (master, 5)),
        Degree(schools[1][2], schools[1][0], schools[1][1], (bachelor - 4, 9), (bachelor, 5)),
    ]
    boards = rng.sample(BOARDS, 2)
    dial = {"PA": 484, "OH": 513, "KY": 502}[region or ""]
    candidate = Candidate(
        style="pdf-executive-multirole",
        name=name,
        label=None,
        email=f"{slug[0][0]}{slug[-1]}@example.com",
        phone=f"({dial}) 555-{rng.randint(1000, 9999)}",
        url=None,
        city=city,
        region=region,
        code=code,
        jobs=jobs,
        degrees=degrees,
        skills=[],
    )
    first_year = rng.randint(2016, 2019)
    candidate.extra = {
        "printed": printed,
        "handle": f"{slug[0]}{slug[-1]}",
        "descriptions": descriptions,
        "summary": rng.choice(
            (
                "Operations executive who scales manufacturers through lean execution.",
                "P&L leader who turns around and grows industrial and consumer businesses.",
            )
        ),
        "achievements": notes[:3],
        "boards": [
            (boards[0][0], boards[0][1], first_year, None),
            (boards[1][0], boards[1][1], first_year - 4, first_year - 1),
        ],
    }
    return candidate


# ------------------------------------------------------------------------------------ truth


def _precision(style: str) -> str:
    return "year" if style == "pdf-executive-multirole" else "month"


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    del options
    extra = person.extra
    if style == "pdf-dutch-cv":
        location = {
            "address": extra["address"],
            "postalCode": extra["postal"],
            "city": person.city,
        }
    else:
        location = drop_empty(
            {"city": person.city, "region": person.region, "countryCode": person.code}
        )
    profiles: list[dict[str, str]] = []
    if style in ("pdf-executive-multirole", "docx-right-tab-dates"):
        handle = extra["linkedin"].rsplit("/", 1)[-1] if "linkedin" in extra else extra["handle"]
        profiles = [
            {
                "network": "LinkedIn",
                "username": handle,
                "url": f"https://linkedin.com/in/{handle}",
            }
        ]
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label,
            "email": person.email,
            "phone": person.phone,
            "summary": extra.get("summary"),
            "location": location,
            "profiles": profiles,
        }
    )
    precision = _precision(style)
    work = [job_truth(job, precision) for job in person.jobs]
    education = [degree_truth(d, start=style != "pdf-executive-multirole") for d in person.degrees]
    if style == "pdf-right-sidebar-photo":
        skills = [
            {"name": skill, "level": level}
            for skill, level in zip(person.skills, extra["levels"], strict=True)
        ]
    else:
        skills = [{"name": skill} for skill in person.skills]
    volunteer = [
        drop_empty(
            {
                "organization": org,
                "position": position,
                "startDate": str(start),
                "endDate": None if end is None else str(end),
            }
        )
        for position, org, start, end in extra.get("boards", [])
    ]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "volunteer": volunteer,
            "education": education,
            "skills": skills,
            "languages": [{"language": lang, "fluency": level} for lang, level in person.languages],
            "interests": [{"name": name} for name in extra.get("interests", [])],
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-right-sidebar-photo":
        return _right_sidebar(person, options), "pdf"
    if style == "pdf-executive-multirole":
        return _executive_pdf(person, options), "pdf"
    if style == "docx-right-tab-dates":
        return _tab_docx(person), "docx"
    if style == "pdf-dutch-cv":
        return _dutch(person, options), "pdf"
    if style == "scan-phone-screenshot":
        return _screenshot(_screen_page(person), person, options), "png"
    raise ValueError(f"unknown style {style}")


def _small_caps(
    pdf: Any, family: str, weight: str, size: float, x: float, baseline: float, text: str
) -> float:
    """Draw `text` in small caps (lower case as smaller capitals); return the end x."""
    for chunk in re.findall(r"[^\W\d_A-Z]+|[^a-z]+", text):
        small = chunk.islower()
        pdf.set_font(family, weight, size * 0.78 if small else size)
        shown = chunk.upper()
        pdf.text(x, baseline, shown)
        x += pdf.get_string_width(shown)
    return x


def _small_caps_width(pdf: Any, family: str, weight: str, size: float, text: str) -> float:
    width = 0.0
    for chunk in re.findall(r"[^\W\d_A-Z]+|[^a-z]+", text):
        pdf.set_font(family, weight, size * 0.78 if chunk.islower() else size)
        width += pdf.get_string_width(chunk.upper())
    return width


def _right_sidebar(person: Candidate, options: dict[str, Any]) -> bytes:
    accent = options["accent"]
    extra = person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} CV")
    pdf.add_page()
    side_x, side_w = 142.0, 68.0
    sx, sw = side_x + 6, side_w - 11
    pdf.set_fill_color(*accent)
    pdf.rect(side_x, 0, side_w, 297, style="F")
    # The photo placeholder: a grey circle with the initials.
    cx, cy, r = side_x + side_w / 2, 34.0, 19.0
    pdf.set_fill_color(196, 199, 204)
    pdf.set_draw_color(255, 255, 255)
    pdf.set_line_width(1.2)
    pdf.ellipse(cx - r, cy - r, 2 * r, 2 * r, style="FD")
    initials = "".join(part[0] for part in person.name.split()[:2]).upper()
    pdf.set_font("Sans", "B", 22)
    pdf.set_text_color(255, 255, 255)
    pdf.text(cx - pdf.get_string_width(initials) / 2, cy + 3.0, initials)
    sy = 64.0

    def side_heading(text: str) -> None:
        nonlocal sy
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(sx, sy)
        pdf.cell(sw, 6, text.upper())
        pdf.set_draw_color(255, 255, 255)
        pdf.set_line_width(0.3)
        pdf.line(sx, sy + 7, sx + sw, sy + 7)
        sy += 10

    side_heading("Contact")
    for icon, value in (
        ("\u260e", person.phone),
        ("\u2709", person.email),
        ("\u2302", extra["printed"]),
    ):
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "", 9)
        pdf.cell(6, 4.6, icon)
        pdf.set_font("Sans", "", 7.8 if "@" in value else 8)
        pdf.multi_cell(sw - 6, 4.6, value, align="L")
        sy = pdf.get_y() + 2
    sy += 4
    side_heading("Skills")
    for skill, level in zip(person.skills, extra["levels"], strict=True):
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "", 8.5)
        pdf.set_text_color(255, 255, 255)
        pdf.cell(sw, 4.6, skill)
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "I", 8)
        pdf.set_text_color(215, 225, 230)
        pdf.cell(sw, 4.6, level, align="R")
        sy += 6
    sy += 4
    side_heading("Languages")
    for language, level in person.languages:
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "", 8.5)
        pdf.set_text_color(255, 255, 255)
        pdf.cell(sw, 4.6, language)
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "I", 8)
        pdf.set_text_color(215, 225, 230)
        pdf.cell(sw, 4.6, level, align="R")
        sy += 6
    sy += 4
    side_heading("Interests")
    pdf.set_font("Sans", "", 8.5)
    pdf.set_text_color(255, 255, 255)
    for interest in extra["interests"]:
        pdf.set_xy(sx, sy)
        pdf.cell(sw, 4.6, interest)
        sy += 5.6
    # The main column.
    x, width = 14.0, 120.0
    size = 30.0
    pdf.set_font("Sans", "B", size)
    while pdf.get_string_width(person.name) > width and size > 20:
        size -= 1
        pdf.set_font("Sans", "B", size)
    pdf.set_text_color(30, 30, 30)
    pdf.text(x, 30, person.name)
    pdf.set_font("Sans", "", 13)
    pdf.set_text_color(*accent)
    pdf.text(x, 39, person.label or "")
    y = 50.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 13)
        pdf.set_text_color(*accent)
        pdf.cell(width, 7, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.6)
        pdf.line(x, y + 8, x + 14, y + 8)
        y += 11

    def need(height: float) -> None:
        nonlocal y, x, width
        if y + height > 280 and pdf.page_no() == 1:
            pdf.add_page()
            x, width, y = 14.0, 182.0, 18.0

    heading("About me")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.5)
    pdf.set_text_color(50, 50, 50)
    pdf.multi_cell(width, 5, extra["summary"], align="L")
    y = pdf.get_y() + 6
    heading("Work experience")
    for job in person.jobs:
        need(22)
        if job is person.jobs[-1] and pdf.page_no() == 1:
            raise ValueError(f"right sidebar work history does not run on for {person.name}")
        when = f"{short_month(job.start)} \u2013 {short_month(job.end)}"
        pdf.set_text_color(128, 128, 128)
        _small_caps(pdf, "Sans", "", 8.5, x + pdf.c_margin, y + 3.5, when)
        pdf.set_xy(x, y + 5)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(30, 30, 30)
        pdf.cell(width, 6, job.position)
        pdf.set_xy(x, y + 11)
        pdf.set_font("Sans", "I", 9.5)
        pdf.set_text_color(70, 70, 70)
        pdf.cell(width, 5, f"{job.company}, {job.city}")
        y += 17.5
        pdf.set_font("Sans", "", 9.3)
        pdf.set_text_color(45, 45, 45)
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + 2, y)
            pdf.cell(4, 4.7, "\u2022")
            pdf.multi_cell(width - 6, 4.7, note, align="L")
            y = pdf.get_y() + 0.6
        y += 4
    need(30)
    heading("Education")
    for d in person.degrees:
        need(18)
        pdf.set_text_color(128, 128, 128)
        span = f"{d.start[0]} \u2013 {d.end[0]}"
        _small_caps(pdf, "Sans", "", 8.5, x + pdf.c_margin, y + 3.5, span)
        pdf.set_xy(x, y + 5)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(30, 30, 30)
        pdf.cell(width, 6, f"{d.study} in {d.area}")
        pdf.set_xy(x, y + 11)
        pdf.set_font("Sans", "I", 9.5)
        pdf.set_text_color(70, 70, 70)
        pdf.cell(width, 5, d.institution)
        y += 19
    if pdf.page_no() != 2 or y > 285:
        raise ValueError(f"right sidebar layout is not two pages for {person.name}")
    return bytes(pdf.output())


def _executive_pdf(person: Candidate, options: dict[str, Any]) -> bytes:
    accent = options["accent"]
    extra = person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} - Executive Resume")
    pdf.add_page()
    x, width = 20.0, 170.0
    # The name in spaced small caps, centred.
    pdf.set_char_spacing(3.2)
    name_w = _small_caps_width(pdf, "Serif", "", 22, person.name)
    pdf.set_text_color(*accent)
    _small_caps(pdf, "Serif", "", 22, 105 - name_w / 2, 24, person.name)
    pdf.set_char_spacing(0)
    pdf.set_text_color(40, 40, 40)
    pdf.set_font("Serif", "", 9.5)
    contact = "  |  ".join(
        (extra["printed"], person.phone, person.email, f"linkedin.com/in/{extra['handle']}")
    )
    pdf.set_xy(x, 28)
    if pdf.get_string_width(contact) > width:
        pdf.set_font("Serif", "", 8.8)
    pdf.cell(width, 5, contact, align="C")
    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.6)
    pdf.line(x, 35, x + width, 35)
    pdf.set_xy(x, 37.5)
    pdf.set_font("Serif", "I", 11)
    pdf.multi_cell(width, 6, extra["summary"], align="C")
    y = 48.0
    # The achievements box.
    top = y
    pdf.set_xy(x + 5, y + 3)
    pdf.set_font("Serif", "B", 10.5)
    pdf.set_text_color(*accent)
    pdf.cell(width - 10, 6, "SELECTED ACHIEVEMENTS")
    y += 10.5
    pdf.set_text_color(30, 30, 30)
    pdf.set_font("Serif", "", 9.8)
    for note in extra["achievements"]:
        pdf.set_xy(x + 6, y)
        pdf.cell(4, 5, "\u25aa")
        pdf.multi_cell(width - 16, 5, note, align="L")
        y = pdf.get_y() + 0.8
    y += 2.5
    pdf.set_line_width(0.4)
    pdf.set_draw_color(*accent)
    pdf.rect(x, top, width, y - top, style="D")
    y += 6
    page = 1

    def running_header() -> None:
        pdf.set_xy(x, 10)
        pdf.set_font("Serif", "", 8.5)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(width, 4, f"{person.name} \u2014 Page 2", align="R")
        pdf.set_text_color(30, 30, 30)

    def need(height: float) -> None:
        nonlocal y, page
        if y + height > 280:
            pdf.add_page()
            page += 1
            running_header()
            y = 20.0

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 12)
        pdf.set_text_color(*accent)
        pdf.set_char_spacing(0.8)
        pdf.cell(width, 6, text.upper())
        pdf.set_char_spacing(0)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.3)
        pdf.line(x, y + 7, x + width, y + 7)
        pdf.set_text_color(30, 30, 30)
        y += 10

    def year_span(start: int, end: int | None) -> str:
        return f"{start} \u2013 {'Present' if end is None else end}"

    heading("Professional Experience")
    companies: list[str] = []
    for job in person.jobs:
        if job.company not in companies:
            companies.append(job.company)
    for company in companies:
        roles = [job for job in person.jobs if job.company == company]
        first_year = min(job.start[0] for job in roles)
        last = roles[0].end
        need(34)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(width - 35, 5.5, f"{company.upper()}, {roles[0].city}")
        pdf.set_xy(x, y)
        pdf.cell(width, 5.5, year_span(first_year, None if last is None else last[0]), align="R")
        pdf.set_xy(x, y + 5.8)
        pdf.set_font("Serif", "I", 9.5)
        pdf.set_text_color(80, 80, 80)
        pdf.cell(width, 5, extra["descriptions"][company])
        pdf.set_text_color(30, 30, 30)
        y += 12.5
        for role in roles:
            need(18)
            pdf.set_xy(x + 3, y)
            pdf.set_font("Serif", "B", 10)
            pdf.set_text_color(*accent)
            pdf.cell(width - 40, 5.2, role.position)
            pdf.set_text_color(30, 30, 30)
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "", 9.8)
            span = year_span(role.start[0], None if role.end is None else role.end[0])
            pdf.cell(width, 5.2, span, align="R")
            y += 6.5
            pdf.set_font("Serif", "", 9.6)
            for note in role.highlights:
                need(6)
                pdf.set_xy(x + 6, y)
                pdf.cell(4, 4.8, "\u2022")
                pdf.multi_cell(width - 10, 4.8, note, align="L")
                y = pdf.get_y() + 0.5
            y += 2.5
        y += 2
    heading("Board & Advisory Roles")
    for position, org, start, end in extra["boards"]:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.8)
        pdf.cell(pdf.get_string_width(position + ", ") + 0.5, 5.2, f"{position}, ")
        pdf.set_font("Serif", "", 9.8)
        pdf.cell(width - 40, 5.2, org)
        left_end = pdf.get_x() - (width - 40) + pdf.get_string_width(org) + pdf.c_margin
        span = year_span(start, end)
        if left_end > x + width - pdf.get_string_width(span) - 4:
            raise ValueError(f"board line runs into its years for {person.name}")
        pdf.set_xy(x, y)
        pdf.cell(width, 5.2, span, align="R")
        y += 6.2
    y += 3
    heading("Education")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.8)
        degree = f"{d.study}, {d.area}" if d.area else d.study
        pdf.cell(pdf.get_string_width(degree + ", ") + 0.5, 5.2, f"{degree}, ")
        pdf.set_font("Serif", "", 9.8)
        pdf.cell(width - 40, 5.2, d.institution)
        pdf.set_xy(x, y)
        pdf.cell(width, 5.2, str(d.end[0]), align="R")
        y += 6.2
    if page != 2 or y > 285:
        raise ValueError(f"executive resume is not two pages for {person.name} ({page})")
    return bytes(pdf.output())


def _dutch_month(month: Month | None, sept: bool) -> str:
    if month is None:
        return "heden"
    word = "sept." if sept and month[1] == 9 else MAANDEN[month[1] - 1]
    return f"{word} {month[0]}"


def _dutch(person: Candidate, options: dict[str, Any]) -> bytes:
    accent = options["accent"]
    extra = person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Curriculum vitae {person.name}")
    pdf.add_page()
    x, width, label_w = 20.0, 170.0, 42.0
    pdf.set_xy(x, 16)
    pdf.set_font("Sans", "B", 20)
    pdf.set_text_color(*accent)
    pdf.cell(width, 10, "Curriculum Vitae")
    pdf.set_text_color(25, 25, 25)
    y = 32.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 12)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.4)
        pdf.line(x, y + 7, x + width, y + 7)
        pdf.set_text_color(25, 25, 25)
        y += 10

    def row(left: str, right: str, *, bold: bool = False) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(label_w, 5.2, left)
        pdf.set_xy(x + label_w, y)
        pdf.set_font("Sans", "B" if bold else "", 9.5)
        pdf.multi_cell(width - label_w, 5.2, right, align="L")
        y = pdf.get_y() + 0.6

    heading("Persoonlijke gegevens")
    for label, value in (
        ("Naam", person.name),
        ("Adres", extra["printed"]),
        ("Telefoon", person.phone),
        ("E-mail", person.email),
        ("Geboortedatum", extra["born"]),
    ):
        row(label, value)
    y += 4
    heading("Profiel")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(width, 5.2, extra["summary"], align="L")
    y = pdf.get_y() + 5
    heading("Werkervaring")
    for job in person.jobs:
        when = f"{_dutch_month(job.start, options['sept'])} \u2013 "
        when += _dutch_month(job.end, options["sept"])
        row(when, f"{job.position} bij {job.company}, {job.city}", bold=True)
        pdf.set_font("Sans", "", 9.3)
        for note in job.highlights:
            pdf.set_xy(x + label_w, y)
            pdf.cell(4, 4.8, "-")
            pdf.multi_cell(width - label_w - 4, 4.8, note, align="L")
            y = pdf.get_y() + 0.3
        y += 3
    y += 1
    heading("Opleidingen")
    for d in person.degrees:
        row(f"{d.start[0]} \u2013 {d.end[0]}", f"{d.study} {d.area}, {d.institution}")
        y += 1
    y += 3
    heading("Vaardigheden")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(width, 5.2, ", ".join(person.skills), align="L")
    y = pdf.get_y() + 5
    heading("Talen")
    for language, level in person.languages:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(width, 5.2, f"{language} \u2013 {level}")
        y += 5.8
    if y > 285:
        raise ValueError(f"Dutch CV overflows for {person.name}")
    return bytes(pdf.output())


def _bottom_border(paragraph: Any) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    border = parse_xml(
        f"<w:pBdr {nsdecls('w')}>"
        '<w:bottom w:val="single" w:sz="8" w:space="1" w:color="404040"/></w:pBdr>'
    )
    props = paragraph._p.get_or_add_pPr()
    # pBdr sits before spacing/ind/jc in the schema order of w:pPr.
    anchor = props.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}spacing")
    if anchor is not None:
        anchor.addprevious(border)
    else:
        props.append(border)


def _tab_docx(person: Candidate) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt

    extra = person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = GENERATOR
    properties.revision = 1
    properties.title = f"{person.name} Resume"
    section = document.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(0.9)
    section.top_margin, section.bottom_margin = Inches(0.8), Inches(0.8)
    text_width = Inches(8.5 - 1.8)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    contact = " \u2022 ".join((extra["printed"], person.phone, person.email, extra["linkedin"]))
    run = header.add_run(contact)
    run.font.size = Pt(9)

    def spaced(paragraph: Any, before: float, after: float) -> None:
        paragraph.paragraph_format.space_before = Pt(before)
        paragraph.paragraph_format.space_after = Pt(after)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    spaced(title, 0, 0)
    run = title.add_run(person.name)
    run.bold = True
    run.font.size = Pt(22)
    headline = document.add_paragraph()
    headline.alignment = WD_ALIGN_PARAGRAPH.CENTER
    spaced(headline, 0, 6)
    run = headline.add_run(person.label or "")
    run.font.size = Pt(12)

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        spaced(paragraph, 12, 4)
        run = paragraph.add_run(text)
        run.bold = True
        run.font.small_caps = True
        run.font.size = Pt(12.5)
        _bottom_border(paragraph)

    def tabbed(left: str, right: str, *, bold: bool, italic: bool, before: float) -> None:
        paragraph = document.add_paragraph()
        spaced(paragraph, before, 0)
        paragraph.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
        run = paragraph.add_run(left)
        if bold:
            run.bold = True
        if italic:
            run.italic = True
        run = paragraph.add_run(f"\t{right}")
        if italic:
            run.italic = True

    heading("Professional Summary")
    spaced(document.add_paragraph(extra["summary"]), 0, 0)
    heading("Experience")
    for number, job in enumerate(person.jobs):
        when = f"{long_month(job.start)} \u2013 {long_month(job.end)}"
        tabbed(job.company, when, bold=True, italic=False, before=0 if number == 0 else 8)
        tabbed(job.position, job.city, bold=False, italic=True, before=0)
        for note in job.highlights:
            bullet = document.add_paragraph(note, style="List Bullet")
            spaced(bullet, 0, 0)
    heading("Education")
    for number, d in enumerate(person.degrees):
        tabbed(
            d.institution,
            f"{d.start[0]} \u2013 {d.end[0]}",
            bold=True,
            italic=False,
            before=0 if number == 0 else 6,
        )
        paragraph = document.add_paragraph()
        spaced(paragraph, 0, 0)
        paragraph.add_run(f"{d.study} in {d.area}").italic = True
    heading("Skills")
    rows = (len(person.skills) + 2) // 3
    table = document.add_table(rows=rows, cols=3)
    for index, skill in enumerate(person.skills):
        cell = table.cell(index // 3, index % 3)
        cell.paragraphs[0].text = f"\u2022 {skill}"
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())


def _screen_page(person: Candidate) -> bytes:
    extra = person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} CV")
    pdf.add_page()
    x, width = 18.0, 174.0
    pdf.set_xy(x, 16)
    pdf.set_font("Sans", "B", 24)
    pdf.set_text_color(20, 20, 20)
    pdf.cell(width, 11, person.name)
    pdf.set_xy(x, 28)
    pdf.set_font("Sans", "", 12.5)
    pdf.set_text_color(0, 110, 120)
    pdf.cell(width, 6, person.label or "")
    pdf.set_xy(x, 36)
    pdf.set_font("Sans", "", 9.5)
    pdf.set_text_color(60, 60, 60)
    pdf.cell(width, 5, f"{extra['printed']}  \u00b7  {person.phone}  \u00b7  {person.email}")
    pdf.set_text_color(25, 25, 25)
    y = 47.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 12)
        pdf.set_text_color(0, 110, 120)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(200, 200, 200)
        pdf.set_line_width(0.3)
        pdf.line(x, y + 7, x + width, y + 7)
        pdf.set_text_color(25, 25, 25)
        y += 10

    heading("Summary")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(width, 5.2, extra["summary"], align="L")
    y = pdf.get_y() + 5
    heading("Experience")
    for job in person.jobs:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11)
        pdf.cell(width - 50, 5.6, job.position)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 10)
        pdf.cell(width, 5.6, f"{short_month(job.start)} \u2013 {short_month(job.end)}", align="R")
        pdf.set_xy(x, y + 5.8)
        pdf.set_font("Sans", "I", 10)
        pdf.cell(width, 5.2, f"{job.company} \u2014 {job.city}")
        y += 12.5
        pdf.set_font("Sans", "", 10)
        for note in job.highlights:
            pdf.set_xy(x + 3, y)
            pdf.cell(4, 5, "\u2022")
            pdf.multi_cell(width - 7, 5, note, align="L")
            y = pdf.get_y() + 0.5
        y += 3.5
    heading("Education")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(width - 40, 5.4, f"{d.study} in {d.area}")
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 10)
        pdf.cell(width, 5.4, f"{d.start[0]} \u2013 {d.end[0]}", align="R")
        pdf.set_xy(x, y + 5.6)
        pdf.cell(width, 5.2, d.institution)
        y += 13
    y += 3
    heading("Skills")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(width, 5.2, " \u00b7 ".join(person.skills), align="L")
    if pdf.get_y() > 285:
        raise ValueError(f"screen page overflows for {person.name}")
    return bytes(pdf.output())


def _screenshot(pdf: bytes, person: Candidate, options: dict[str, Any]) -> bytes:
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFont

    screen_w, screen_h = 1080, 2340
    dark = options["dark"]
    background = (58, 58, 60) if dark else (226, 226, 230)
    bar = (28, 28, 30) if dark else (250, 250, 252)
    ink = (240, 240, 240) if dark else (30, 30, 30)
    image = Image.new("RGB", (screen_w, screen_h), background)
    draw = ImageDraw.Draw(image)

    def font(size: int, bold: bool = False) -> Any:
        name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
        return ImageFont.truetype(str(FONTS / name), size)

    # Status bar and toolbar.
    draw.rectangle((0, 0, screen_w, 250), fill=bar)
    draw.text((54, 28), options["clock"], font=font(38, True), fill=ink)
    right = screen_w - 60
    battery = options["battery"]
    draw.rounded_rectangle((right - 74, 34, right, 68), radius=7, outline=ink, width=3)
    draw.rectangle((right, 44, right + 5, 58), fill=ink)
    fill_w = int(64 * battery / 100)
    draw.rectangle((right - 69, 39, right - 69 + fill_w, 63), fill=ink)
    draw.text((right - 160, 30), f"{battery}%", font=font(32), fill=ink)
    wifi_x, wifi_y = right - 215, 70
    for radius in (34, 24, 14):
        draw.arc(
            (wifi_x - radius, wifi_y - radius, wifi_x + radius, wifi_y + radius),
            225,
            315,
            fill=ink,
            width=6,
        )
    draw.ellipse((wifi_x - 5, wifi_y - 9, wifi_x + 5, wifi_y + 1), fill=ink)
    for index in range(4):
        bx = right - 320 + index * 16
        draw.rectangle((bx, 66 - 9 * (index + 1), bx + 10, 66), fill=ink)
    # Toolbar: back arrow, the file name, share and more icons.
    draw.line((60, 170, 96, 134), fill=ink, width=6)
    draw.line((60, 170, 96, 206), fill=ink, width=6)
    draw.line((60, 170, 110, 170), fill=ink, width=6)
    file_name = f"{'_'.join(ascii_slug(person.name).split())}_CV.pdf"
    draw.text((150, 146), file_name, font=font(40), fill=ink)
    for dot in range(3):
        draw.ellipse((1010, 146 + dot * 18, 1022, 158 + dot * 18), fill=ink)
    draw.line((0, 250, screen_w, 250), fill=(80, 80, 82) if dark else (205, 205, 210), width=2)
    # The page, scaled to the screen width with a small margin.
    document = pdfium.PdfDocument(pdf)
    pdf_page = document[0]
    page_w = screen_w - 40
    page_img = pdf_page.render(scale=page_w / pdf_page.get_width()).to_pil().convert("RGB")
    document.close()
    top = 290
    shadow = Image.new("RGB", (page_img.width + 8, page_img.height + 8), (0, 0, 0))
    mask = Image.new("L", shadow.size, 40)
    image.paste(shadow, (22, top + 4), mask)
    image.paste(page_img, (20, top))
    # The floating page indicator.
    pill = (screen_w // 2 - 70, 2120, screen_w // 2 + 70, 2190)
    draw.rounded_rectangle(pill, radius=35, fill=(60, 60, 64) if not dark else (200, 200, 205))
    label = "1/1"
    label_font = font(36, True)
    box = draw.textbbox((0, 0), label, font=label_font)
    draw.text(
        (screen_w // 2 - (box[2] - box[0]) // 2, 2155 - (box[3] - box[1]) // 2 - box[1]),
        label,
        font=label_font,
        fill=(255, 255, 255) if not dark else (20, 20, 20),
    )
    # The gesture bar.
    draw.rounded_rectangle((390, 2300, 690, 2312), radius=6, fill=ink)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()

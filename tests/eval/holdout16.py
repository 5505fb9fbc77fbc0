"""Sixteenth held-out round ("holdout-16"): five more layouts, written blind (without reading
the parser) and meant to be measured once, untuned.

* ``pdf-czech-zivotopis`` — a Czech "Životopis" in DejaVu Sans Condensed on A4: the word
  "ŽIVOTOPIS" in small letter-spaced grey capitals above the name, the current position as a
  headline in an accent colour, then a tinted box with "Adresa" (street, postal code "702 00"
  and city), "Telefon", "E-mail", "Datum narození" and "Řidičský průkaz" as label/value
  pairs in two columns. Section titles carry a small filled square: "Profil" (a short
  paragraph, the summary), "Pracovní zkušenosti" where each job is the position in bold with
  the period right-aligned ("03/2019 \u2013 dosud", or years only "2019 \u2013 2024"; one form
  per document), "Firma s.r.o., Město" in grey italics below and dash bullets; "Vzdělání"
  (the university in bold with "2011 \u2013 2016" on the right over "Ing., obor Strojní
  inženýrství"), "Jazykové znalosti" ("Angličtina \u2013 B2") and "Počítačové znalosti" as a
  comma list (one skill each).
* ``pdf-military-transition`` — a US military-to-civilian resume on Letter paper in
  Helvetica: the name in capitals, a headline, a contact line (city, state ZIP, phone,
  e-mail, LinkedIn address) and "Active Secret Security Clearance"; "Professional Summary",
  "Core Competencies" as a three-column bullet grid (one skill each), then "Professional
  Experience": a post-service civilian job (when there is one) is an ordinary entry
  (position and "Mon YYYY \u2013 Present" over "Employer, City, ST" in italics), and the
  service is one block \u2014 the branch ("United States Army" or "United States Marine Corps")
  in bold with its overall years on the right over a rule, then two or three assignments
  (position in bold italics, a duty station such as "| Fort Drum, NY", "Mon YYYY \u2013 Mon YYYY"
  right-aligned, bullets). Every assignment is a work item whose employer is the branch and
  whose location is the duty station. "Education" (degree, school, graduation month) and
  "Military Training & Certifications" ("Course \u2014 Issuer, Year", certificates) follow.
* ``pdf-sales-quota`` — a sales executive resume on Letter paper in Helvetica: a dark
  full-width header band with the name and headline in white, the contact line below it;
  "Summary", then "Sales Experience" where each job (position in bold, years only "2021
  \u2013 Present" on the right, "Company | City, ST" in grey below) carries a small ruled
  quota table (Year | Quota | Attainment | Rank) before its bullets \u2014 the table rows are
  not highlights; "Education" (degree and area, school, graduation year) and "Sales Tools &
  Methods" as a single middle-dot list (one skill each).
* ``pdf-teacher-certified`` — an elementary teacher's resume on Letter paper in DejaVu Serif:
  the name centred in an accent colour, an italic headline, a contact line (city, state,
  phone, e-mail) and a double rule; section titles in spaced capitals followed by a rule to
  the margin: "Certification" (licence or certificate in bold over "Issuer, Year"),
  "Teaching Experience" and "Student Teaching Experience" (position in bold, dates in AP-style
  abbreviations such as "Aug. 2021 \u2013 Present", "Jan. 2016 \u2013 March 2016" or "Aug.
  2016 \u2013 June 2021", "School, City, SD" in italics, bullets; the student-teaching
  placements are work items too), "Education" (degree in bold, school in italics, graduation
  month on the right) and "Skills" as label/value category rows.
* ``scan-kenyan-flatbed`` — a printed one-page Kenyan CV scanned in colour on a flatbed to a
  single JPEG at 250 dpi: warm paper tone, a slight tilt, two dark punched-hole marks in the
  left margin, light blur, uneven illumination and sensor noise. The page reads
  "CURRICULUM VITAE" over the name in capitals, "PERSONAL DETAILS" label/value rows (ID No.,
  date of birth, nationality, "P.O. Box 4521-40100, Kisumu" address, mobile, e-mail,
  languages), "CAREER OBJECTIVE" (the summary), "WORK EXPERIENCE" (the period "March 2019
  \u2013 To date" in bold, "Position \u2013 Organisation, Town" in italics, "Duties:" and
  bullets), "EDUCATION BACKGROUND" (year range, institution in bold, award below; the
  secondary school's KCSE with "Mean Grade B+", kept as the score), "PROFESSIONAL
  QUALIFICATIONS" ("2019   Certified Public Accountant (CPA-K) \u2013 KASNEB", a certificate),
  "SKILLS" bullets and "REFEREES" in two columns. The referees are other people at other
  organisations and are not part of the candidate's history.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (no country code unless a country is printed).
"""

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Job, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout15 import _letter_pdf
from tests.eval.people import ascii_slug
from tests.eval.render import drop_empty, iso_month, months_before, short_month

HOLDOUT_TAG = "holdout-16"
GENERATOR = "tests/eval/holdout16.py"
SEED = 1_693_418

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-czech-zivotopis", 3),
    ("pdf-military-transition", 3),
    ("pdf-sales-quota", 3),
    ("pdf-teacher-certified", 3),
    ("scan-kenyan-flatbed", 2),
)

LONG_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
AP_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)

CZECH_SUMMARIES = (
    "Deset let praxe ve strojírenské výrobě a v řízení projektů. Baví mě hledat úspory a "
    "zlepšovat procesy společně s lidmi na dílně.",
    "Zkušenosti z automobilového průmyslu se zaměřením na kvalitu, spolehlivost a týmovou "
    "spolupráci. Hledám pozici s větší odpovědností za rozvoj výroby.",
)
CZECH_MEN = ("Radek", "Zdeněk", "Ondřej", "Vojtěch")
CZECH_WOMEN = ("Kateřina", "Markéta", "Lucie")
CZECH_SURNAMES = (
    ("Kučera", "Kučerová"),
    ("Vaněk", "Vaňková"),
    ("Pokorný", "Pokorná"),
    ("Havlíček", "Havlíčková"),
    ("Šťastný", "Šťastná"),
)

POOLS: dict[str, Pool] = {
    "pdf-czech-zivotopis": Pool(
        first=CZECH_MEN + CZECH_WOMEN,
        last=tuple(male for male, _ in CZECH_SURNAMES),
        # city, street, postal code, city as printed
        cities=(
            ("Ostrava", "Nádražní 48", "702 00", "Ostrava"),
            ("Olomouc", "Třída Svobody 21", "779 00", "Olomouc"),
            ("Plzeň", "Americká 15", "301 00", "Plzeň"),
            ("Hradec Králové", "Gočárova třída 7", "500 02", "Hradec Králové"),
        ),
        employers=(
            "Moravská strojírna s.r.o.",
            "Beskydy Automotive a.s.",
            "Slezská energetika a.s.",
            "Labská logistika s.r.o.",
            "Hanácké válcovny a.s.",
            "Šumavské dřevozávody s.r.o.",
        ),
        titles=(
            "Vedoucí projektu",
            "Procesní inženýr",
            "Konstruktér",
            "Technolog výroby",
            "Mistr výroby",
        ),
        highlights=(
            "Zavedení metodiky 5S na třech výrobních linkách",
            "Řízení týmu sedmi konstruktérů a technologů",
            "Snížení zmetkovitosti o 22 % během jednoho roku",
            "Příprava technické dokumentace pro zákazníky z Německa",
            "Spolupráce s dodavateli při zavádění nových dílů do sériové výroby",
            "Optimalizace taktu linky a rozvržení pracovišť",
            "Odpovědnost za rozpočet investičních projektů do 15 mil. Kč",
            "Konstrukce přípravků a měřidel v CATIA V5",
            "Vedení interních auditů podle IATF 16949",
            "Zaškolování nových pracovníků a tvorba pracovních instrukcí",
            "Vyhodnocování OEE a návrh nápravných opatření",
            "Koordinace přesunu výroby z Rakouska do Česka",
        ),
        skills=(
            "CATIA V5",
            "AutoCAD",
            "SAP PP",
            "MS Excel",
            "MS Project",
            "Minitab",
            "Power BI",
        ),
        schools=(
            "Vysoká škola báňská \u2013 Technická univerzita Ostrava",
            "Západočeská univerzita v Plzni",
            "Univerzita Palackého v Olomouci",
        ),
        degrees=(("Ing.", "Strojní inženýrství"), ("Bc.", "Technologie obrábění")),
    ),
    "pdf-military-transition": Pool(
        first=("Rashad", "Colby", "Trent", "LaToya", "Shonda", "Dequan"),
        last=("Dunnaway", "Haskins", "Blevins", "Tubbs", "Gaskins"),
        # city, region, ZIP, printed
        cities=(
            ("Clarksville", "TN", "37040", "Clarksville, TN 37040"),
            ("Hopkinsville", "KY", "42240", "Hopkinsville, KY 42240"),
            ("Killeen", "TX", "76541", "Killeen, TX 76541"),
        ),
        employers=(
            "Cumberland Freight Lines",
            "Red River Distribution Co.",
            "Pennyrile Logistics Group",
        ),
        titles=("Operations Supervisor", "Logistics Coordinator", "Warehouse Operations Manager"),
        highlights=(
            "Led a 38-member platoon through two overseas deployments with zero lost equipment",
            "Accounted for $14M in vehicles, weapons and communications equipment",
            "Planned convoy operations covering 12,000 miles without a safety incident",
            "Trained and mentored 15 junior leaders, 9 of whom were promoted early",
            "Cut maintenance backlog by 40% by rescheduling services around training cycles",
            "Managed the unit supply room and a $1.2M annual operating budget",
            "Wrote standard operating procedures adopted by the whole battalion",
            "Coordinated logistics for a 600-person field exercise with three partner units",
            "Conducted monthly inventories with 100% accountability",
            "Supervised daily fuel and ammunition resupply for 45 vehicles",
            "Advised the company commander on readiness, training and discipline",
            "Processed personnel actions and evaluations for 120 service members",
        ),
        skills=(
            "Team Leadership",
            "Logistics Planning",
            "Inventory Control",
            "Risk Management",
            "Fleet Maintenance",
            "Training & Development",
            "Budget Oversight",
            "Safety Compliance",
            "Crisis Response",
        ),
        schools=("Austin Peay State University", "Central Texas College"),
        degrees=(
            ("Bachelor of Science", "Supply Chain Management"),
            ("Associate of Applied Science", "Logistics Management"),
        ),
    ),
    "pdf-sales-quota": Pool(
        first=("Tyson", "Kendall", "Chase", "Whitney", "Blake", "Camden"),
        last=("Ashworth", "Kensington", "Ashcroft", "Stanfield", "Vanderpool"),
        cities=(
            ("Charlotte", "NC", "28202", "Charlotte, NC"),
            ("Greensboro", "NC", "27401", "Greensboro, NC"),
            ("Gastonia", "NC", "28052", "Gastonia, NC"),
        ),
        employers=(
            "Brightmoor Software",
            "Catawba Cloud Systems",
            "Piedmont Payroll Solutions",
            "Uwharrie Data Inc.",
            "Yadkin Networks",
        ),
        titles=(
            "Regional Vice President, Sales",
            "Enterprise Account Executive",
            "Senior Account Executive",
            "Account Executive",
        ),
        highlights=(
            "Closed the largest new-logo deal in company history ($2.4M ACV)",
            "President's Club in two of three years",
            "Built a pipeline of $9M from outbound prospecting into Fortune 1000 accounts",
            "Shortened the average sales cycle from 140 to 95 days",
            "Expanded three existing customers into seven-figure accounts",
            "Mentored new account executives through their first two quarters",
            "Introduced MEDDPICC qualification across the region",
            "Negotiated multi-year renewals with 96% gross retention",
            "Partnered with marketing on an ABM program that sourced 30% of pipeline",
            "Won back two churned logos worth $600K in combined ARR",
        ),
        skills=(
            "Salesforce",
            "Gong",
            "Outreach",
            "ZoomInfo",
            "Clari",
            "MEDDPICC",
            "Challenger Sale",
        ),
        schools=("UNC Charlotte", "Appalachian State University"),
        degrees=(
            ("Bachelor of Business Administration", "Marketing"),
            ("Bachelor of Arts", "Communication Studies"),
        ),
    ),
    "pdf-teacher-certified": Pool(
        first=("Kristin", "Jolene", "Heidi", "Darcy", "Gretchen"),
        last=("Bergstrom", "Thorsgaard", "Skjeveland", "Wollan"),
        cities=(
            ("Sioux Falls", "SD", "57104", "Sioux Falls, SD"),
            ("Brookings", "SD", "57006", "Brookings, SD"),
            ("Aberdeen", "SD", "57401", "Aberdeen, SD"),
        ),
        employers=(
            "Prairie Rose Elementary School",
            "Big Sioux Elementary School",
            "Harvest Hill Elementary School",
            "Lake Kampeska Elementary School",
            "Oakwood Prairie Elementary School",
        ),
        titles=("Fourth Grade Teacher", "Third Grade Teacher", "Second Grade Teacher"),
        highlights=(
            "Plan and deliver standards-based lessons for a class of 26 students",
            "Raised the share of students reading at grade level from 58% to 81%",
            "Use small-group guided reading and math centers to differentiate instruction",
            "Collaborate with special education staff to implement IEP accommodations",
            "Lead the grade-level professional learning community",
            "Communicate weekly with families through newsletters and Seesaw",
            "Introduced a classroom economy unit that connects math to daily life",
            "Coordinate the school science fair for grades 3 to 5",
            "Mentor first-year teachers in the district induction program",
            "Track student progress with MAP Growth data and adjust instruction",
        ),
        skills=(
            "Classroom Technology|SMART Board, Seesaw, Google Classroom, Kahoot!",
            "Instruction|Guided Reading, Differentiated Instruction, Project-Based Learning",
            "Assessment|MAP Growth, DIBELS, Running Records",
        ),
        schools=(
            "South Dakota State University",
            "Northern State University",
            "University of Sioux Falls",
        ),
        degrees=(("Bachelor of Science", "Elementary Education"),),
    ),
    "scan-kenyan-flatbed": Pool(
        first=("Akinyi", "Kiprotich", "Nafula", "Jepkosgei", "Wafula", "Nyambura"),
        last=("Odhiambo", "Kiplagat", "Wanyama", "Mwangi", "Chepkoech"),
        # city, P.O. Box address, postal code, city
        cities=(
            ("Kisumu", "P.O. Box 4521-40100", "40100", "Kisumu"),
            ("Nakuru", "P.O. Box 1187-20100", "20100", "Nakuru"),
            ("Eldoret", "P.O. Box 3302-30100", "30100", "Eldoret"),
        ),
        employers=(
            "Lake Basin Sacco Society Ltd",
            "Rift Valley Agro-Dealers Ltd",
            "Nyando Valley Water Services",
            "Nyanza Hardware & Timber Ltd",
            "Sirikwa Dairy Farmers Co-operative",
        ),
        titles=(
            "Finance Officer",
            "Accountant",
            "Accounts Assistant",
            "Accounts Clerk (Intern)",
        ),
        highlights=(
            "Preparing monthly bank reconciliations and management accounts",
            "Processing supplier invoices and payments through QuickBooks",
            "Filing monthly VAT and PAYE returns on iTax",
            "Maintaining the fixed asset register",
            "Preparing payroll for 85 staff and remitting NHIF and NSSF deductions",
            "Assisting external auditors during the annual audit",
            "Following up on member loan repayments and arrears",
            "Handling petty cash and daily banking",
            "Preparing budgets and variance reports for the management committee",
        ),
        skills=(
            "QuickBooks and Sage Pastel",
            "Advanced Microsoft Excel",
            "iTax and KRA compliance",
            "Financial reporting (IFRS)",
            "Good communication and interpersonal skills",
            "Ability to work under minimal supervision",
        ),
        schools=("Maseno University", "Moi University", "Egerton University"),
        degrees=(("Bachelor of Commerce", "Accounting"), ("Bachelor of Commerce", "Finance")),
    ),
}

CIVILIAN_DUTIES = (
    "Supervise 22 warehouse associates across two shifts",
    "Raised on-time outbound shipments from 91% to 98% in the first year",
    "Introduced cycle counting that cut inventory write-offs by a third",
    "Schedule dock appointments and carrier pickups for 140 loads a week",
    "Lead daily safety briefings; zero recordable injuries since hire",
    "Prepare weekly KPI reports for the regional operations manager",
)
KENYAN_MEN = ("Kiprotich", "Wafula")
SECONDARY = {
    True: ("Kisii High School", "Kapsabet Boys High School"),
    False: ("Butere Girls High School", "Bishop Gatimu Ngandu Girls High School"),
}
REFEREES = (
    ("Mr. Julius Ochieng Adongo", "Branch Manager", "Migori Savings Sacco", "0733 418 902"),
    ("Mrs. Grace Wairimu Kanyi", "Senior Lecturer", "Kabarak University", "0722 650 114"),
    ("Dr. Samson Kibet Rotich", "Finance Director", "Kericho Tea Packers Ltd", "0711 904 337"),
)
BRANCHES = {
    "United States Army": (
        ("Fort Campbell, KY", "Fort Cavazos, TX", "Fort Drum, NY", "Fort Bliss, TX"),
        ("First Sergeant", "Platoon Sergeant", "Squad Leader", "Team Leader"),
        (
            ("Senior Leader Course", "U.S. Army NCO Academy"),
            ("Advanced Leader Course", "U.S. Army NCO Academy"),
            ("Unit Movement Officer Course", "U.S. Army Transportation School"),
        ),
    ),
    "United States Marine Corps": (
        ("Camp Lejeune, NC", "Camp Pendleton, CA", "Twentynine Palms, CA"),
        ("Logistics Chief", "Motor Transport Operations Chief", "Section Leader", "Team Leader"),
        (
            ("Staff Noncommissioned Officer Academy", "Marine Corps University"),
            ("Sergeants Course", "Marine Corps University"),
            ("Embarkation Specialist Course", "Marine Corps Combat Service Support Schools"),
        ),
    ),
}


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-czech-zivotopis":
        return {
            "months": rng.random() < 0.6,
            "accent": rng.choice(((0, 84, 140), (150, 30, 45), (20, 110, 90))),
        }
    if style == "pdf-military-transition":
        return {"size": rng.choice((9.5, 10.0))}
    if style == "pdf-sales-quota":
        return {"band": rng.choice(((22, 38, 64), (40, 40, 48), (18, 70, 80)))}
    if style == "pdf-teacher-certified":
        return {"accent": rng.choice(((120, 50, 90), (30, 100, 110), (70, 90, 40)))}
    if style == "scan-kenyan-flatbed":
        return {
            "tilt": rng.uniform(-0.8, 0.8),
            "paper": rng.choice(((248, 244, 232), (244, 242, 236))),
        }
    return {}


def _chain(
    rng: random.Random,
    pool: Pool,
    companies: list[str],
    titles: list[str],
    take: int,
    current: bool,
    *,
    latest: Month = (2026, 10),
) -> list[Job]:
    """Jobs newest first, each ending a few months before the next one starts."""
    notes = rng.sample(pool.highlights, len(pool.highlights))
    end: Month | None = None if current else months_before(latest, rng.randint(2, 8))
    jobs: list[Job] = []
    for company, title in zip(companies, titles, strict=True):
        start = months_before(end or latest, rng.randint(22, 50))
        if end is not None and end[0] == start[0]:
            start = (start[0] - 1, start[1])
        jobs.append(Job(company, title, "", start, end, notes[:take]))
        notes = notes[take:] or rng.sample(pool.highlights, len(pool.highlights))
        end = months_before(start, rng.randint(0, 3))
    return jobs


def _czech_name(rng: random.Random, used: set[str]) -> str:
    name = ""
    while not name or name in used:
        woman = rng.random() < 0.45
        first = rng.choice(CZECH_WOMEN if woman else CZECH_MEN)
        name = f"{first} {rng.choice(CZECH_SURNAMES)[1 if woman else 0]}"
    used.add(name)
    return name


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = _czech_name(rng, used) if style == "pdf-czech-zivotopis" else pool.fresh_name(rng, used)
    slug = ascii_slug(name).split()
    first, last = slug[0], slug[-1]
    home = rng.choice(pool.cities)
    extra: dict[str, Any] = {}
    languages: list[tuple[str, str]] = []
    label: str | None = None
    url: str | None = None
    degrees: list[Degree] = []
    region: str | None = None
    if style == "pdf-czech-zivotopis":
        count = 3
        titles = rng.sample(pool.titles, count)
        titles.sort(key=pool.titles.index)
        jobs = _chain(rng, pool, rng.sample(pool.employers, count), titles, 3, rng.random() < 0.8)
        for job in jobs:
            job.city = (home if rng.random() < 0.7 else rng.choice(pool.cities))[0]
        year = jobs[-1].start[0] - (1 if jobs[-1].start[1] < 8 else rng.randint(0, 1))
        school = rng.choice(pool.schools)
        if rng.random() < 0.7:
            degrees.append(Degree(school, *pool.degrees[0], (year - 5, 9), (year, 6)))
        else:
            degrees.append(Degree(school, *pool.degrees[1], (year - 3, 9), (year, 6)))
        prefix = rng.choice((603, 604, 731, 777))
        phone = f"+420 {prefix} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        email = f"{first}.{last}@example.cz"
        label = jobs[0].position
        languages = [
            ("Čeština", "rodilý mluvčí"),
            ("Angličtina", rng.choice(("B2", "C1"))),
            (rng.choice(("Němčina", "Polština")), rng.choice(("A2", "B1"))),
        ]
        extra |= {
            "street": home[1],
            "postal": home[2],
            "born": f"{rng.randint(1, 28)}. {rng.randint(1, 12)}. {year - 24}",
            "licence": rng.choice(("sk. B", "sk. B, C")),
            "summary": rng.choice(CZECH_SUMMARIES),
        }
        skills = rng.sample(pool.skills, 5)
    elif style == "pdf-military-transition":
        branch = rng.choice(sorted(BRANCHES))
        stations, ranks, courses = BRANCHES[branch]
        civilian = rng.random() < 0.67
        jobs = []
        notes = rng.sample(pool.highlights, len(pool.highlights))
        end: Month | None = None
        if civilian:
            start = (2024, rng.randint(2, 8))
            company = rng.choice(pool.employers)
            duties = rng.sample(CIVILIAN_DUTIES, 3)
            where = home[3].rsplit(" ", 1)[0]
            jobs.append(Job(company, rng.choice(pool.titles), where, start, None, duties))
            end = months_before(start, rng.randint(1, 3))
        else:
            end = (2026, rng.randint(1, 6))
        service = rng.choice((2, 3))
        picked = list(ranks[rng.randint(0, 1) :][:service])
        for rank, station in zip(picked, rng.sample(stations, service), strict=True):
            start = months_before(end, rng.randint(28, 44))
            jobs.append(Job(branch, rank, station, start, end, notes[:3]))
            notes = notes[3:]
            end = start
        study, area = rng.choice(pool.degrees)
        school = pool.schools[0] if study.startswith("Bachelor") else pool.schools[1]
        grad = (jobs[0].start[0] - rng.randint(0, 1), rng.choice((5, 8, 12)))
        degrees.append(Degree(school, study, area, months_before(grad, 40), grad))
        certificates = [
            (course, issuer, str(rng.randint(jobs[-1].start[0] + 1, jobs[-1].end[0] + 2)))
            for course, issuer in rng.sample(courses, 2)
        ]
        certificates.append(("Lean Six Sigma Green Belt", "ASQ", str(rng.choice((2023, 2024)))))
        served = (jobs[len(jobs) - service].end or (2026, 1))[0] - jobs[-1].start[0]
        phone = f"({rng.choice((931, 270, 254))}) 555-{rng.randint(1000, 1999):04d}"
        email = f"{first}.{last}.vet@example.com"
        url = f"https://linkedin.com/in/{first}-{last}-{rng.randint(100, 999)}"
        label = "Operations & Logistics Leader"
        region = home[1]
        extra |= {
            "certificates": certificates,
            "branch": branch,
            "postal": home[2],
            "summary": (
                f"{'Marine' if branch.endswith('Corps') else 'Army'} veteran with "
                f"{served} years of service leading teams, moving people and equipment and "
                "keeping multimillion-dollar inventories accountable."
            ),
        }
        skills = rng.sample(pool.skills, 9)
    elif style == "pdf-sales-quota":
        count = 3
        titles = list(pool.titles[rng.randint(0, 1) :][:count])
        jobs = _chain(rng, pool, rng.sample(pool.employers, count), titles, 3, True)
        for job in jobs:
            job.city = (home if rng.random() < 0.7 else rng.choice(pool.cities))[3]
        tables = []
        for job in jobs:
            # Full fiscal years only: the year the job ended counts if it ended late in it.
            last_year = 2025 if job.end is None else job.end[0] - (job.end[1] < 10)
            first_year = job.start[0] + (job.start[1] > 3)
            years = list(range(max(first_year, last_year - 2), last_year + 1))[::-1]
            rows = []
            leader = "Vice President" in job.position
            quota = rng.choice((0.9, 1.2, 1.6, 2.0)) * (6 if leader else 1)
            reps = rng.choice((7, 9)) if leader else rng.choice((18, 24, 32, 40))
            for row_year in years or [min(job.start[0] + 1, last_year + 1)]:
                quota = round(quota * rng.uniform(0.85, 0.95), 1)
                rows.append(
                    (
                        str(row_year),
                        f"${quota:.1f}M" if quota >= 1 else f"${round(quota * 1000)}K",
                        f"{rng.randint(96, 142)}%",
                        f"#{rng.randint(1, 6)} of {reps}",
                    )
                )
            tables.append(rows)
        study, area = rng.choice(pool.degrees)
        grad = jobs[-1].start[0] - rng.randint(1, 3)
        degrees.append(Degree(rng.choice(pool.schools), study, area, (grad - 4, 8), (grad, 5)))
        area_code = 336 if home[0] == "Greensboro" else 704
        phone = f"({area_code}) 555-{rng.randint(3000, 3999):04d}"
        email = f"{first}{last}@example.com"
        url = f"https://linkedin.com/in/{first}{last}"
        label = "Enterprise SaaS Sales Leader"
        region = home[1]
        extra |= {
            "tables": tables,
            "summary": (
                "Quota-carrying sales leader with a record of consistent overachievement selling "
                "cloud software to mid-market and enterprise buyers."
            ),
        }
        skills = rng.sample(pool.skills, 6)
    elif style == "pdf-teacher-certified":
        grad = rng.randint(2015, 2020)
        index = rng.randrange(len(pool.schools))
        school = pool.schools[index]
        college_town = f"{('Brookings', 'Aberdeen', 'Sioux Falls')[index]}, SD"
        degrees.append(Degree(school, *pool.degrees[0], (grad - 4, 8), (grad, 5)))
        employers = rng.sample(pool.employers, 4)
        notes = rng.sample(pool.highlights, len(pool.highlights))
        cities = [c[3] for c in pool.cities]
        jobs = []
        if rng.random() < 0.6:
            switch = rng.randint(grad + 2, 2022)
            titles = rng.sample(pool.titles, 2)
            jobs.append(
                Job(employers[0], titles[0], rng.choice(cities), (switch, 8), None, notes[:3])
            )
            jobs.append(
                Job(employers[1], titles[1], rng.choice(cities), (grad, 8), (switch, 6), notes[3:5])
            )
        else:
            title = rng.choice(pool.titles)
            jobs.append(Job(employers[0], title, rng.choice(cities), (grad, 8), None, notes[:4]))
        student = [
            Job(
                employers[2],
                "Student Teacher (Grade 2)",
                college_town,
                (grad, 1),
                (grad, 3),
                ["Taught daily literacy and math lessons under a cooperating teacher"],
            ),
            Job(
                employers[3],
                "Student Teacher (Grade 5)",
                college_town,
                (grad, 3),
                (grad, 5),
                ["Designed and taught a two-week unit on South Dakota history"],
            ),
        ]
        extra["student"] = student
        extra["college_town"] = college_town
        certificates = [
            (
                "South Dakota Teaching Certificate \u2013 Elementary Education (K\u20138)",
                "South Dakota Department of Education",
                str(grad),
            ),
            ("CPR/AED and First Aid", "American Red Cross", str(rng.choice((2024, 2025)))),
        ]
        if rng.random() < 0.5:
            certificates.insert(
                1,
                (
                    "English as a New Language Endorsement",
                    "South Dakota Department of Education",
                    str(grad + 3),
                ),
            )
        extra["certificates"] = certificates
        phone = f"(605) 555-{rng.randint(4000, 4999):04d}"
        email = f"{first}.{last}.teach@example.com"
        region = home[1]
        label = "Elementary Educator"
        skills = list(pool.skills)
    else:  # scan-kenyan-flatbed
        count = rng.choice((2, 3))
        titles = list(pool.titles[rng.randint(0, 1) :][:count])
        jobs = _chain(
            rng,
            pool,
            rng.sample(pool.employers, count),
            titles,
            3,
            rng.random() < 0.8,
            latest=(2026, 9),
        )
        for index, job in enumerate(jobs):
            job.city = rng.choice(pool.cities)[0]
            if count == 3 and index:
                job.highlights = job.highlights[:2]
            if "Intern" in job.position and job.end is not None:
                job.start = months_before(job.end, rng.randint(6, 12))
        year = jobs[-1].start[0] - 1
        study, area = rng.choice(pool.degrees)
        degrees.append(Degree(rng.choice(pool.schools), study, area, (year - 4, 9), (year, 11)))
        degrees.append(
            Degree(
                rng.choice(SECONDARY[name.split()[0] in KENYAN_MEN]),
                "Kenya Certificate of Secondary Education (KCSE)",
                "",
                (year - 9, 1),
                (year - 6, 11),
            )
        )
        phone = f"07{rng.randint(10, 29)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        email = f"{first}{last}{rng.randint(10, 99)}@example.com"
        languages = [("English", ""), ("Kiswahili", "")]
        extra |= {
            "street": f"P.O. Box {rng.randint(200, 9899)}-{home[2]}",
            "born": f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year - 22}",
            "id": str(rng.randint(24_000_000, 33_999_999)),
            "grade": rng.choice(("B+", "A-", "B")),
            "cpa": ("Certified Public Accountant (CPA-K)", "KASNEB", str(year + 2)),
            "referees": rng.sample(REFEREES, 2),
            "summary": (
                "A self-driven and honest accounting graduate seeking a challenging position "
                "in a reputable organisation where I can apply my skills and grow my career."
            ),
        }
        skills = rng.sample(pool.skills, 7 - count)
    return Candidate(
        style=style,
        name=name,
        label=label,
        email=email,
        phone=phone,
        url=url,
        city=home[0],
        region=region,
        code=home[2],
        jobs=jobs,
        degrees=degrees,
        skills=skills,
        languages=languages,
        extra=extra,
    )


# ------------------------------------------------------------------------------------ truth


def _work(jobs: list[Job], precision: str) -> list[dict[str, Any]]:
    return [
        drop_empty(
            {
                "name": job.company,
                "position": job.position,
                "location": job.city,
                "startDate": iso_month(job.start, precision),
                "endDate": iso_month(job.end, precision),
                "highlights": job.highlights,
            }
        )
        for job in jobs
    ]


def _skills(person: Candidate) -> list[dict[str, Any]]:
    skills: list[dict[str, Any]] = []
    for entry in person.skills:
        if "|" in entry:
            label, values = entry.split("|")
            skills.append({"name": label, "keywords": [v.strip() for v in values.split(",")]})
        else:
            skills.append({"name": entry})
    return skills


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    extra = person.extra
    profiles = []
    if person.url is not None:
        profiles = [
            {
                "network": "LinkedIn",
                "username": person.url.rsplit("/", 1)[-1],
                "url": person.url,
            }
        ]
    if style == "pdf-czech-zivotopis":
        location = {"address": extra["street"], "postalCode": extra["postal"], "city": person.city}
    elif style == "scan-kenyan-flatbed":
        location = {"address": extra["street"], "city": person.city}
    elif style == "pdf-military-transition":
        location = {"city": person.city, "region": person.region, "postalCode": extra["postal"]}
    else:
        location = {"city": person.city, "region": person.region}
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
    jobs = person.jobs + extra.get("student", [])
    precision = "month"
    if style == "pdf-sales-quota" or (style == "pdf-czech-zivotopis" and not options["months"]):
        precision = "year"
    education: list[dict[str, Any]] = []
    for d in person.degrees:
        item: dict[str, Any] = {"institution": d.institution, "studyType": d.study, "area": d.area}
        if style in ("pdf-czech-zivotopis", "scan-kenyan-flatbed"):
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
            if d.study.startswith("Kenya"):
                item["score"] = extra["grade"]
        elif style == "pdf-sales-quota":
            item["endDate"] = str(d.end[0])
        else:
            item["endDate"] = iso_month(d.end, "month")
        education.append(drop_empty(item))
    certificates = [
        {"name": name, "issuer": issuer, "date": year}
        for name, issuer, year in extra.get("certificates", [])
    ]
    if "cpa" in extra:
        name, issuer, year = extra["cpa"]
        certificates.append({"name": name, "issuer": issuer, "date": year})
    languages = [
        drop_empty({"language": language, "fluency": level}) for language, level in person.languages
    ]
    return drop_empty(
        {
            "basics": basics,
            "work": _work(jobs, precision),
            "education": education,
            "certificates": certificates,
            "skills": _skills(person),
            "languages": languages,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-czech-zivotopis":
        return _czech(person, options), "pdf"
    if style == "pdf-military-transition":
        return _military(person, options), "pdf"
    if style == "pdf-sales-quota":
        return _sales(person, options), "pdf"
    if style == "pdf-teacher-certified":
        return _teacher(person, options), "pdf"
    if style == "scan-kenyan-flatbed":
        return _flatbed(_kenyan(person), person, options), "jpg"
    raise ValueError(f"unknown style {style}")


def _cz_span(start: Month, end: Month | None, months: bool) -> str:
    def one(m: Month | None) -> str:
        if m is None:
            return "dosud"
        return f"{m[1]:02d}/{m[0]}" if months else str(m[0])

    return f"{one(start)} \u2013 {one(end)}"


def _czech(person: Candidate, options: dict[str, Any]) -> bytes:
    accent, months, extra = options["accent"], options["months"], person.extra
    pdf = _pdf("Sans", "DejaVuSansCondensed")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Životopis \u2013 {person.name}")
    pdf.add_page()
    x, width = 18.0, 174.0
    pdf.set_xy(x, 14)
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(130, 130, 130)
    pdf.set_char_spacing(1.5)
    pdf.cell(width, 4, "ŽIVOTOPIS")
    pdf.set_char_spacing(0)
    pdf.set_xy(x, 19)
    pdf.set_font("Sans", "B", 22)
    pdf.set_text_color(25, 25, 25)
    pdf.cell(width, 10, person.name)
    pdf.set_xy(x, 30)
    pdf.set_font("Sans", "", 11.5)
    pdf.set_text_color(*accent)
    pdf.cell(width, 6, person.label or "")
    pdf.set_fill_color(238, 240, 243)
    pdf.rect(x, 39, width, 20, style="F")
    pairs = (
        ("Adresa", f"{extra['street']}, {extra['postal']} {person.city}"),
        ("Datum narození", extra["born"]),
        ("Telefon", person.phone),
        ("Řidičský průkaz", extra["licence"]),
        ("E-mail", person.email),
    )
    for index, (key, value) in enumerate(pairs):
        cx = x + 4 + (index % 2) * 92
        cy = 41.5 + (index // 2) * 5.3
        pdf.set_xy(cx, cy)
        pdf.set_font("Sans", "B", 8.8)
        pdf.set_text_color(60, 60, 60)
        pdf.cell(29, 5, f"{key}:")
        pdf.set_font("Sans", "", 8.8)
        pdf.set_text_color(25, 25, 25)
        pdf.cell(58, 5, value)
    y = 66.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_fill_color(*accent)
        pdf.rect(x, y + 1.6, 3, 3, style="F")
        pdf.set_xy(x + 5, y)
        pdf.set_font("Sans", "B", 12)
        pdf.set_text_color(*accent)
        pdf.cell(width - 5, 6, text)
        pdf.set_draw_color(200, 200, 200)
        pdf.set_line_width(0.2)
        pdf.line(x, y + 7.2, x + width, y + 7.2)
        pdf.set_text_color(25, 25, 25)
        y += 10

    heading("Profil")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(width, 4.9, extra["summary"], align="L")
    y = pdf.get_y() + 5
    heading("Pracovní zkušenosti")
    for job in person.jobs:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(width - 45, 5.5, job.position)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(45, 5.5, _cz_span(job.start, job.end, months), align="R")
        pdf.set_xy(x, y + 5.5)
        pdf.set_font("Sans", "I", 9.5)
        pdf.set_text_color(100, 100, 100)
        pdf.cell(width, 5, f"{job.company}, {job.city}")
        pdf.set_text_color(25, 25, 25)
        y += 11.5
        pdf.set_font("Sans", "", 9.3)
        for note in job.highlights:
            pdf.set_xy(x + 3, y)
            pdf.cell(4, 4.8, "\u2013")
            pdf.multi_cell(width - 7, 4.8, note, align="L")
            y = pdf.get_y() + 0.2
        y += 4
    heading("Vzdělání")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width - 30, 5.4, d.institution)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(30, 5.4, f"{d.start[0]} \u2013 {d.end[0]}", align="R")
        pdf.set_xy(x, y + 5.4)
        pdf.cell(width, 5, f"{d.study}, obor {d.area}")
        y += 14
    heading("Jazykové znalosti")
    for language, level in person.languages:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(width, 5, f"{language} \u2013 {level}")
        y += 5.3
    y += 4
    heading("Počítačové znalosti")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(width, 5, ", ".join(person.skills), align="L")
    y = pdf.get_y()
    if y > 287:
        raise ValueError(f"Czech CV overflows for {person.name}")
    return bytes(pdf.output())


def _military(person: Candidate, options: dict[str, Any]) -> bytes:
    size, extra = options["size"], person.extra
    pdf = _letter_pdf()
    pdf.set_title(f"{person.name} - Resume")
    pdf.add_page()
    x, width = 17.0, 181.9
    navy = (20, 40, 80)
    pdf.set_xy(x, 13)
    pdf.set_font("Helvetica", "B", 20)
    pdf.set_text_color(*navy)
    pdf.cell(width, 9, person.name.upper(), align="C")
    pdf.set_xy(x, 22.5)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(width, 5.5, person.label or "", align="C")
    pdf.set_text_color(30, 30, 30)
    pdf.set_xy(x, 28.5)
    pdf.set_font("Helvetica", "", 9)
    where = f"{person.city}, {person.region} {extra['postal']}"
    link = (person.url or "").removeprefix("https://")
    pdf.cell(width, 4.8, f"{where}  |  {person.phone}  |  {person.email}  |  {link}", align="C")
    pdf.set_xy(x, 33.5)
    pdf.set_font("Helvetica", "I", 9)
    pdf.cell(width, 4.8, "Active Secret Security Clearance", align="C")
    y = 41.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_fill_color(225, 230, 240)
        pdf.rect(x, y, width, 6.2, style="F")
        pdf.set_xy(x + 2, y + 0.3)
        pdf.set_font("Helvetica", "B", size + 1)
        pdf.set_text_color(*navy)
        pdf.cell(width - 4, 5.6, text.upper())
        pdf.set_text_color(30, 30, 30)
        y += 9

    def bullets(notes: list[str], indent: float = 3.0) -> None:
        nonlocal y
        pdf.set_font("Helvetica", "", size)
        for note in notes:
            pdf.set_xy(x + indent, y)
            pdf.cell(4, 4.7, "\u2022")
            pdf.multi_cell(width - indent - 4, 4.7, note, align="L")
            y = pdf.get_y() + 0.3

    heading("Professional Summary")
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "", size)
    pdf.multi_cell(width, 4.8, extra["summary"], align="J")
    y = pdf.get_y() + 3.5
    heading("Core Competencies")
    column = width / 3
    for index, skill in enumerate(person.skills):
        pdf.set_xy(x + 3 + (index % 3) * column, y + (index // 3) * 5)
        pdf.set_font("Helvetica", "", size)
        pdf.cell(column - 3, 5, f"\u2022  {skill}")
    y += 5 * ((len(person.skills) + 2) // 3) + 3.5
    heading("Professional Experience")
    service = [job for job in person.jobs if job.company == extra["branch"]]
    for job in person.jobs:
        if job.company == extra["branch"]:
            continue
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", size + 0.5)
        pdf.cell(width - 50, 5.3, job.position)
        pdf.set_font("Helvetica", "", size)
        pdf.cell(50, 5.3, f"{short_month(job.start)} \u2013 {short_month(job.end)}", align="R")
        pdf.set_xy(x, y + 5.3)
        pdf.set_font("Helvetica", "I", size)
        pdf.cell(width, 5, f"{job.company}, {job.city}")
        y += 11
        bullets(job.highlights)
        y += 3
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "B", size + 1)
    pdf.cell(width - 40, 5.6, extra["branch"])
    assert service[0].end is not None
    first_year, last_year = service[-1].start[0], service[0].end[0]
    pdf.cell(40, 5.6, f"{first_year} \u2013 {last_year}", align="R")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(*navy)
    pdf.line(x, y + 6, x + width, y + 6)
    y += 8
    for job in service:
        pdf.set_xy(x + 3, y)
        pdf.set_font("Helvetica", "BI", size + 0.3)
        position_w = pdf.get_string_width(job.position) + 1
        pdf.cell(position_w, 5.2, job.position)
        pdf.set_font("Helvetica", "", size)
        pdf.cell(width - 3 - position_w - 50, 5.2, f"  |  {job.city}")
        pdf.cell(50, 5.2, f"{short_month(job.start)} \u2013 {short_month(job.end)}", align="R")
        y += 6.2
        bullets(job.highlights, indent=6.0)
        y += 2.5
    y += 1.5
    heading("Education")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", size)
        pdf.cell(width - 40, 5, f"{d.study}, {d.area}")
        pdf.set_font("Helvetica", "", size)
        pdf.cell(40, 5, short_month(d.end), align="R")
        pdf.set_xy(x, y + 5)
        pdf.cell(width, 5, d.institution)
        y += 12
    heading("Military Training & Certifications")
    pdf.set_font("Helvetica", "", size)
    for name, issuer, year in extra["certificates"]:
        pdf.set_xy(x + 3, y)
        pdf.cell(4, 4.8, "\u2022")
        pdf.set_font("Helvetica", "B", size)
        name_w = pdf.get_string_width(name) + 0.5
        pdf.cell(name_w, 4.8, name)
        pdf.set_font("Helvetica", "", size)
        pdf.cell(width - 7 - name_w, 4.8, f" \u2014 {issuer}, {year}")
        y += 5.2
    if y > 272:
        raise ValueError(f"military resume overflows for {person.name}")
    return bytes(pdf.output())


def _sales(person: Candidate, options: dict[str, Any]) -> bytes:
    band, extra = options["band"], person.extra
    pdf = _letter_pdf()
    pdf.set_title(f"{person.name} | Sales Resume")
    pdf.add_page()
    x, width = 16.0, 183.9
    pdf.set_fill_color(*band)
    pdf.rect(0, 0, 215.9, 30, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(x, 8)
    pdf.set_font("Helvetica", "B", 24)
    pdf.cell(width, 10, person.name)
    pdf.set_xy(x, 19)
    pdf.set_font("Helvetica", "", 12)
    pdf.cell(width, 6, person.label or "")
    pdf.set_text_color(40, 40, 40)
    pdf.set_xy(x, 33)
    pdf.set_font("Helvetica", "", 9)
    link = (person.url or "").removeprefix("https://")
    pdf.cell(
        width,
        5,
        "  \u00b7  ".join((f"{person.city}, {person.region}", person.phone, person.email, link)),
    )
    y = 43.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.set_text_color(*band)
        pdf.set_char_spacing(1.2)
        pdf.cell(width, 5.5, text.upper())
        pdf.set_char_spacing(0)
        pdf.set_draw_color(*band)
        pdf.set_line_width(0.6)
        pdf.line(x, y + 6.3, x + 22, y + 6.3)
        pdf.set_text_color(40, 40, 40)
        y += 9.5

    heading("Summary")
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(width, 4.9, extra["summary"], align="L")
    y = pdf.get_y() + 4
    heading("Sales Experience")
    columns = (("Year", 20.0), ("Quota", 26.0), ("Attainment", 28.0), ("Rank", 30.0))
    for job, rows in zip(person.jobs, extra["tables"], strict=True):
        end = "Present" if job.end is None else str(job.end[0])
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(width - 40, 5.5, job.position)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.cell(40, 5.5, f"{job.start[0]} \u2013 {end}", align="R")
        pdf.set_xy(x, y + 5.5)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(width, 5, f"{job.company}  |  {job.city}")
        pdf.set_text_color(40, 40, 40)
        y += 12
        cx = x + 4
        pdf.set_line_width(0.2)
        pdf.set_draw_color(150, 150, 150)
        pdf.set_fill_color(236, 238, 242)
        pdf.set_font("Helvetica", "B", 8.5)
        for title, w in columns:
            pdf.set_xy(cx, y)
            pdf.cell(w, 5, title, border=1, align="C", fill=True)
            cx += w
        y += 5
        pdf.set_font("Helvetica", "", 8.5)
        for row in rows:
            cx = x + 4
            for (_, w), value in zip(columns, row, strict=True):
                pdf.set_xy(cx, y)
                pdf.cell(w, 4.8, value, border=1, align="C")
                cx += w
            y += 4.8
        y += 2.5
        pdf.set_font("Helvetica", "", 9.3)
        for note in job.highlights:
            pdf.set_xy(x + 3, y)
            pdf.cell(4, 4.7, "\u2022")
            pdf.multi_cell(width - 7, 4.7, note, align="L")
            y = pdf.get_y() + 0.3
        y += 4
    heading("Education")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.cell(width - 30, 5, f"{d.study}, {d.area}")
        pdf.set_font("Helvetica", "", 9.5)
        pdf.cell(30, 5, str(d.end[0]), align="R")
        pdf.set_xy(x, y + 5)
        pdf.cell(width, 5, d.institution)
        y += 12
    heading("Sales Tools & Methods")
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(width, 5, "  \u00b7  ".join(person.skills), align="L")
    y = pdf.get_y()
    if y > 272:
        raise ValueError(f"sales resume overflows for {person.name}")
    return bytes(pdf.output())


def _ap(month: Month | None) -> str:
    return "Present" if month is None else f"{AP_MONTHS[month[1] - 1]} {month[0]}"


def _teacher(person: Candidate, options: dict[str, Any]) -> bytes:
    accent, extra = options["accent"], person.extra
    from fpdf import FPDF

    from tests.eval.render import FIXED_DATE, FONTS

    pdf = FPDF(format="Letter", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    for variant, suffix in (("", ""), ("B", "-Bold"), ("I", "-Italic"), ("BI", "-BoldItalic")):
        pdf.add_font("Serif", variant, str(FONTS / f"DejaVuSerif{suffix}.ttf"))
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} \u2013 Teaching Resume")
    pdf.add_page()
    x, width = 19.0, 177.9
    pdf.set_xy(x, 15)
    pdf.set_font("Serif", "B", 21)
    pdf.set_text_color(*accent)
    pdf.cell(width, 9, person.name, align="C")
    pdf.set_xy(x, 25)
    pdf.set_font("Serif", "I", 10.5)
    pdf.set_text_color(60, 60, 60)
    pdf.cell(width, 5, person.label or "", align="C")
    pdf.set_xy(x, 31)
    pdf.set_font("Serif", "", 8.8)
    pdf.cell(
        width,
        4.8,
        f"{person.city}, {person.region}  \u25c6  {person.phone}  \u25c6  {person.email}",
        align="C",
    )
    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.5)
    pdf.line(x, 38, x + width, 38)
    pdf.set_line_width(0.2)
    pdf.line(x, 39, x + width, 39)
    pdf.set_text_color(30, 30, 30)
    y = 44.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.set_char_spacing(1.0)
        label = text.upper()
        w = pdf.get_string_width(label) + 3
        pdf.cell(w, 6, label)
        pdf.set_char_spacing(0)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.3)
        pdf.line(x + w + 1, y + 3.2, x + width, y + 3.2)
        pdf.set_text_color(30, 30, 30)
        y += 8.5

    def entry(job: Job) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(width - 50, 5.3, job.position)
        pdf.set_font("Serif", "", 9.3)
        pdf.cell(50, 5.3, f"{_ap(job.start)} \u2013 {_ap(job.end)}", align="R")
        pdf.set_xy(x, y + 5.3)
        pdf.set_font("Serif", "I", 9.3)
        pdf.cell(width, 5, f"{job.company}, {job.city}")
        y += 10.8
        pdf.set_font("Serif", "", 9.2)
        for note in job.highlights:
            pdf.set_xy(x + 3, y)
            pdf.cell(4, 4.7, "\u2022")
            pdf.multi_cell(width - 7, 4.7, note, align="L")
            y = pdf.get_y() + 0.2
        y += 3

    heading("Certification")
    for name, issuer, year in extra["certificates"]:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(width, 5, name)
        pdf.set_xy(x, y + 5)
        pdf.set_font("Serif", "", 9.2)
        pdf.cell(width, 4.8, f"{issuer}, {year}")
        y += 11.5
    y += 1
    heading("Teaching Experience")
    for job in person.jobs:
        entry(job)
    y += 1
    heading("Student Teaching Experience")
    for job in extra["student"]:
        entry(job)
    y += 1
    heading("Education")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(width - 40, 5.3, f"{d.study} in {d.area}")
        pdf.set_font("Serif", "", 9.3)
        pdf.cell(40, 5.3, _ap(d.end), align="R")
        pdf.set_xy(x, y + 5.3)
        pdf.set_font("Serif", "I", 9.3)
        pdf.cell(width, 5, d.institution)
        y += 13
    heading("Skills")
    for entry_text in person.skills:
        label, values = entry_text.split("|")
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.2)
        label_w = pdf.get_string_width(f"{label}: ") + 0.5
        pdf.cell(label_w, 4.9, f"{label}:")
        pdf.set_font("Serif", "", 9.2)
        pdf.multi_cell(width - label_w, 4.9, values, align="L")
        y = pdf.get_y() + 0.8
    if y > 270:
        raise ValueError(f"teacher resume overflows for {person.name}")
    return bytes(pdf.output())


def _kenyan(person: Candidate) -> bytes:
    """The printed page: a one-page Kenyan CV in a serif face."""
    extra = person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    x, width = 22.0, 166.0
    pdf.set_xy(x, 14)
    pdf.set_font("Serif", "BU", 13)
    pdf.cell(width, 7, "CURRICULUM VITAE", align="C")
    pdf.set_xy(x, 22)
    pdf.set_font("Serif", "B", 16)
    pdf.cell(width, 8, person.name.upper(), align="C")
    y = 33.0
    size = 9.6

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(width, 5.5, text)
        pdf.set_line_width(0.35)
        pdf.line(x, y + 5.8, x + width, y + 5.8)
        y += 7.5

    def para(text: str, indent: float = 0.0, style: str = "") -> None:
        nonlocal y
        pdf.set_xy(x + indent, y)
        pdf.set_font("Serif", style, size)
        pdf.multi_cell(width - indent, 4.6, text, align="L")
        y = pdf.get_y()

    heading("PERSONAL DETAILS")
    rows = (
        ("ID No.", extra["id"]),
        ("Date of Birth", extra["born"]),
        ("Nationality", "Kenyan"),
        ("Address", f"{extra['street']}, {person.city}"),
        ("Mobile", person.phone),
        ("E-mail", person.email),
        ("Languages", ", ".join(language for language, _ in person.languages)),
    )
    for label, value in rows:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", size)
        pdf.cell(34, 4.6, label)
        pdf.set_font("Serif", "", size)
        pdf.cell(width - 34, 4.6, f":  {value}")
        y += 4.7
    y += 3
    heading("CAREER OBJECTIVE")
    para(extra["summary"])
    y += 3
    heading("WORK EXPERIENCE")
    for job in person.jobs:
        end = "To date" if job.end is None else f"{LONG_MONTHS[job.end[1] - 1]} {job.end[0]}"
        para(f"{LONG_MONTHS[job.start[1] - 1]} {job.start[0]} \u2013 {end}", style="B")
        para(f"{job.position} \u2013 {job.company}, {job.city}", style="I")
        para("Duties:", style="U")
        for note in job.highlights:
            pdf.set_xy(x + 4, y)
            pdf.set_font("Serif", "", size)
            pdf.cell(4, 4.6, "\u2022")
            para(note, indent=8)
        y += 2.5
    y += 0.5
    heading("EDUCATION BACKGROUND")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", size)
        pdf.cell(30, 4.6, f"{d.start[0]} \u2013 {d.end[0]}")
        pdf.cell(width - 30, 4.6, d.institution)
        y += 4.7
        award = (
            f"{d.study} ({d.area})" if d.area else f"{d.study} \u2013 Mean Grade {extra['grade']}"
        )
        para(award, indent=30)
        y += 1.5
    y += 1.5
    heading("PROFESSIONAL QUALIFICATIONS")
    name, issuer, year = extra["cpa"]
    para(f"{year}   {name} \u2013 {issuer}")
    y += 3
    heading("SKILLS")
    for skill in person.skills:
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "", size)
        pdf.cell(4, 4.6, "\u2022")
        para(skill, indent=8)
    y += 3
    heading("REFEREES")
    half = width / 2
    top = y
    for column, (ref_name, title, organisation, phone) in enumerate(extra["referees"]):
        y = top
        for index, line in enumerate((ref_name, title, organisation, f"Tel: {phone}")):
            pdf.set_xy(x + column * half, y)
            pdf.set_font("Serif", "B" if index == 0 else "", size)
            pdf.cell(half - 3, 4.6, line)
            y += 4.6
    if y > 287:
        raise ValueError(f"Kenyan CV overflows for {person.name}")
    return bytes(pdf.output())


def _flatbed(pdf: bytes, person: Candidate, options: dict[str, Any]) -> bytes:
    """A colour flatbed scan at 250 dpi: warm paper, slight tilt, punched holes, noise."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(f"{person.name}/flatbed")
    dpi = 250
    document = pdfium.PdfDocument(pdf)
    page = document[0].render(scale=dpi / 72).to_pil().convert("RGB")
    document.close()
    paper = np.array(options["paper"], dtype=np.float32)
    toner = np.array((34.0, 33.0, 38.0), dtype=np.float32)
    pixels = np.asarray(page, dtype=np.float32) / 255.0
    pixels = toner + pixels * (paper - toner)
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    # Two punched holes in the left margin, dark where the scanner lid shows through.
    draw = ImageDraw.Draw(image)
    mm = dpi / 25.4
    for centre in (148.5 - 40, 148.5 + 40):
        cx, cy, r = 9 * mm, centre * mm, 3 * mm
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(58, 56, 60))
    image = image.rotate(
        options["tilt"],
        resample=Image.Resampling.BICUBIC,
        fillcolor=tuple(int(v) for v in options["paper"]),
    )
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    pixels = np.asarray(image, dtype=np.float32)
    # Uneven illumination: a touch darker toward the bottom edge of the platen.
    shade = np.linspace(0.0, 14.0, pixels.shape[0], dtype=np.float32)[:, None, None]
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0.0, 4.0, pixels.shape)
    image = Image.fromarray(np.clip(pixels - shade + noise, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82, dpi=(dpi, dpi))
    return buffer.getvalue()

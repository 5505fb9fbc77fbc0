"""Twenty-second held-out round ("holdout-22"): four more layouts, written blind (without
reading the parser) and meant to be measured once, untuned.

* ``pdf-austrian-lebenslauf`` — an Austrian "Lebenslauf" on A4 in DejaVu Sans, laid out as a
  bordered two-column table (period on the left, entry on the right), with an empty photo
  frame beside "Persönliche Daten" and a "Lebenslauf \u2013 Name \u2013 Seite 1/2" footer.
  Periods are "03/2021 \u2013 06/2023" or "März 2021 \u2013 Juni 2023" (one form per
  document); the current post reads "seit 03/2021" / "seit März 2021". "Ausbildung" rows
  carry month dates; "Sprachkenntnisse" and "EDV-Kenntnisse" close it.
* ``pdf-design-monogram`` — a designer's resume from Tallinn on A4 in Helvetica: a large
  circle with the initials, the name and headline beside it; a left column with contact
  lines (personal site, LinkedIn and Behance without the scheme), "Tools" and "Languages";
  the main column with "About", "Experience" (the position in bold, "Employer \u00b7 City"
  below, the period on the right \u2014 "Mar 2021 \u2013 Present" or "2021 \u2013 now", one form
  per document) and "Education".
* ``pdf-consulting-twopage`` — a two-page management-consulting resume on Letter paper in
  Times: the name (sometimes followed by ", MBA"), a contact line, page 2 with a
  running header and page number; "Professional Experience" with the firm and city in bold,
  the title in italics with the period on the right ("June 2019 \u2013 Present" or
  "2019 \u2013 Present", one form per document) and a "Selected Engagements" list of bullets (the
  oldest, pre-MBA post has plain bullets);
  "Education" with years and "Additional Information".
* ``pdf-ghanaian-cv`` — a Ghanaian CV on A4 in Helvetica: "CURRICULUM VITAE", "Personal
  Data" as label rows (address in Accra or Kumasi with ", Ghana", telephone, e-mail, date of
  birth, nationality), "Career Objective", "Work Experience" (labelled rows "Period: Sept.
  2019 \u2013 Date" or "September 2019 \u2013 To Date", "Organisation", "Position", "Duties"),
  the oldest post being the one-year National Service, "Education" (a degree with years and
  WASSCE with the year only), "Skills", "Languages", "Referees" and "Page 1 of 2" footers.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

from __future__ import annotations

import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Job, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check, _core_pdf
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, months_before

HOLDOUT_TAG = "holdout-22"
GENERATOR = "tests/eval/holdout22.py"
SEED = 2_228_517

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-austrian-lebenslauf", 3),
    ("pdf-design-monogram", 3),
    ("pdf-consulting-twopage", 3),
    ("pdf-ghanaian-cv", 3),
)

MONTHS_EN = (
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
MONATE_AT = (
    "Jänner",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
GH_MONTHS = (
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)

POOLS: dict[str, Pool] = {
    "pdf-austrian-lebenslauf": Pool(
        first=("Severin", "Magdalena", "Korbinian", "Theresia", "Valentin"),
        last=("Pichlmayr", "Hofstätter", "Wallnöfer", "Edlinger"),
        cities=(
            ("Wien", None, "1050", "Margaretenstraße 112/14"),
            ("Graz", None, "8010", "Elisabethstraße 27/3"),
            ("Linz", None, "4020", "Landstraße 61/8"),
        ),
        employers=(
            "Donaublick Versicherung AG",
            "Alpenländische Datentechnik GmbH",
            "Steirerbank Informatik GmbH",
            "Voralpen Logistik GmbH",
        ),
        titles=(
            "Senior Business Analyst",
            "Business Analyst",
            "Projektleiter IT",
            "Anwendungsbetreuer SAP",
        ),
        highlights=(
            "Anforderungsanalyse und Erstellung von Fachkonzepten für das Kernsystem",
            "Koordination eines Teams von sechs externen Entwicklerinnen und Entwicklern",
            "Einführung von Jira und Confluence in der Fachabteilung",
            "Durchführung von Abnahmetests und Schulungen für Key-User",
            "Migration der Schadensdatenbank auf SAP S/4HANA",
            "Aufbau eines monatlichen Reportings mit Power BI",
            "Betreuung der Schnittstellen zu Partnerbanken",
            "Mitarbeit an der DSGVO-Umsetzung im Kundenservice",
        ),
        skills=(
            "SAP S/4HANA",
            "Power BI",
            "SQL (Oracle, PostgreSQL)",
            "Jira & Confluence",
            "BPMN 2.0",
            "MS Office",
            "Python (Grundkenntnisse)",
        ),
        schools=(
            "Technische Universität Wien",
            "Karl-Franzens-Universität Graz",
            "Johannes Kepler Universität Linz",
        ),
        degrees=(
            ("Bachelorstudium", "Wirtschaftsinformatik"),
            ("Masterstudium", "Business Informatics"),
            ("Bachelorstudium", "Betriebswirtschaft"),
        ),
    ),
    "pdf-design-monogram": Pool(
        first=("Kärt", "Triin", "Mihkel", "Liis", "Sander"),
        last=("Põder", "Kütt", "Sõõrd", "Rebane"),
        cities=(
            ("Tallinn", None, None, ""),
            ("Tartu", None, None, ""),
        ),
        employers=(
            "Nordhaven Studio OÜ",
            "Kalevipoeg Digital AS",
            "Saaremaa Brand Works OÜ",
            "Pärnu Creative Collective",
        ),
        titles=(
            "Senior Brand Designer",
            "Visual Designer",
            "Art Director",
            "Graphic Designer",
        ),
        highlights=(
            "Led the rebrand of a regional ferry operator, from naming to signage",
            "Designed packaging for a line of 14 organic skincare products",
            "Built a brand system in Figma used by four product squads",
            "Art-directed photo shoots for two seasonal campaigns",
            "Created motion guidelines and 40+ animated social assets",
            "Designed the wayfinding for a new science centre",
            "Mentored three junior designers and ran weekly critiques",
            "Won a Golden Egg award for the ferry rebrand",
        ),
        skills=(
            "Figma",
            "Adobe Illustrator",
            "Adobe InDesign",
            "After Effects",
            "Blender",
            "Typography",
            "Brand identity",
        ),
        schools=(
            "Estonian Academy of Arts",
            "Tallinn University",
            "University of Tartu",
        ),
        degrees=(
            ("MA", "Graphic Design"),
            ("BA", "Graphic Design"),
            ("BA", "Audiovisual Media"),
        ),
    ),
    "pdf-consulting-twopage": Pool(
        first=("Sloane", "Kinsley", "Meredith", "Preston", "Caitlyn"),
        last=("Brandvold", "Heffernan", "Thornbury", "Vanderslice"),
        cities=(
            ("Chicago", "IL", None, ""),
            ("Boston", "MA", None, ""),
            ("Atlanta", "GA", None, ""),
        ),
        employers=(
            "Halloway Strategy Partners",
            "Kestrel & Lowe Consulting",
            "Meridian Operations Group",
            "Brightwater Advisory LLC",
        ),
        titles=(
            "Engagement Manager",
            "Senior Consultant",
            "Associate",
            "Principal",
        ),
        highlights=(
            "Regional grocer: redesigned the store labor model, saving $38M a year",
            "Private equity client: commercial due diligence on a $1.2B logistics target",
            "Specialty insurer: built the pricing roadmap and a 12-week pilot plan",
            "Hospital system: cut operating room turnover time by 21% across 6 sites",
            "Industrial distributor: sized three adjacencies and a go-to-market plan",
            "Utility: led the PMO for a 400-person customer-care transformation",
            "Consumer bank: designed the branch network strategy for 220 branches",
            "Medical devices: procurement savings program worth $54M over two years",
            "Airline: rebuilt the crew scheduling process with the operations team",
            "Telecom: churn-reduction program lifting retention by 3.5 points",
        ),
        skills=(
            "Financial modeling",
            "Commercial due diligence",
            "Operating model design",
            "Alteryx",
            "Tableau",
            "Stakeholder management",
        ),
        schools=(
            "Kellogg School of Management, Northwestern University",
            "Tuck School of Business at Dartmouth",
            "Goizueta Business School, Emory University",
        ),
        degrees=(
            ("MBA", "Strategy and Operations"),
            ("MBA", "Finance"),
            ("MBA", "General Management"),
        ),
    ),
    "pdf-ghanaian-cv": Pool(
        first=("Kwabena", "Akosua", "Yaw", "Efua", "Kofi"),
        last=("Asamoah-Boateng", "Ofori-Atta", "Nyarko", "Owusu-Ansah"),
        cities=(
            ("Accra", None, None, "H/No. 14 Abofu Street, Achimota"),
            ("Kumasi", None, None, "Plot 22, Block C, Ahodwo"),
            ("Accra", None, None, "C 127/5 Nii Okaiman Street, Dzorwulu"),
        ),
        employers=(
            "Asante Gold Logistics Ltd.",
            "Volta Star Microfinance Ltd.",
            "Coastal Harvest Foods Ltd.",
            "Ashanti Allied Pharmaceuticals Ltd.",
        ),
        titles=(
            "Accounts Officer",
            "Senior Accounts Officer",
            "Finance Officer",
            "Audit Assistant",
        ),
        highlights=(
            "Preparation of monthly management accounts and bank reconciliations",
            "Processing of payroll for over 180 staff, including SSNIT deductions",
            "Filing of monthly VAT and withholding tax returns with the GRA",
            "Maintenance of the fixed asset register",
            "Liaising with external auditors during the annual audit",
            "Posting of transactions in Sage 50 and QuickBooks",
            "Monitoring of loan repayments and follow-up of arrears",
            "Preparation of petty cash vouchers and imprest reconciliation",
        ),
        skills=(
            "Sage 50",
            "QuickBooks",
            "Microsoft Excel",
            "IFRS reporting",
            "Payroll administration",
            "Tally ERP 9",
        ),
        schools=(
            "University of Ghana",
            "Kwame Nkrumah University of Science and Technology",
            "University of Cape Coast",
        ),
        degrees=(
            ("BSc.", "Business Administration (Accounting)"),
            ("BCom.", "Accounting"),
            ("BSc.", "Accounting and Finance"),
        ),
    ),
}

COUNTRY = {"pdf-austrian-lebenslauf": "AT", "pdf-design-monogram": "EE", "pdf-ghanaian-cv": "GH"}
AT_LANGUAGES = (
    ("Deutsch", "Muttersprache"),
    ("Englisch", "fließend (C1)"),
    ("Italienisch", "gute Kenntnisse (B1)"),
    ("Kroatisch", "Grundkenntnisse"),
)
AT_SCHOOLS = (
    ("HTL Wien West", "Reife- und Diplomprüfung", "Informationstechnologie"),
    ("BHAK Graz Grazbachgasse", "Reife- und Diplomprüfung", "Digital Business"),
    ("BRG Linz Fadingerstraße", "Matura", ""),
)
EE_LANGUAGES = (("Estonian", "Native"), ("English", "Fluent"), ("Finnish", "Conversational"))
EE_LABELS = ("Brand & Visual Designer", "Designer \u2014 identity, packaging, motion")
EE_ABOUT = (
    "Designer with a soft spot for type and a habit of sketching on paper first. I build "
    "brand systems that survive contact with real products, real signage and real people."
)
CONSULT_SUMMARY = (
    "Management consultant with experience leading operations and strategy engagements for "
    "retail, healthcare and financial services clients. Known for structuring ambiguous "
    "problems, building client trust and turning analysis into implemented results."
)
CONSULT_UNDERGRAD = (
    ("University of Wisconsin\u2013Madison", "B.A.", "Economics"),
    ("Boston College", "B.S.", "Finance"),
    ("Georgia Institute of Technology", "B.S.", "Industrial Engineering"),
)
CONSULT_PRE_MBA = (
    (
        "Caldwell Industrial Supply Co.",
        "Financial Analyst",
        (
            "Built the annual budget model for a $600M distribution business",
            "Prepared the monthly variance analysis for the CFO",
        ),
    ),
    (
        "Harborline Regional Bank",
        "Credit Analyst",
        (
            "Underwrote middle-market loans of $5M to $40M",
            "Maintained a portfolio of 35 commercial borrowers",
        ),
    ),
)
CONSULT_EXTRA = (
    "Certifications: CFA Level II candidate; Lean Six Sigma Green Belt",
    "Community: Board member, Habitat for Humanity local chapter (2021 \u2013 2024)",
    "Interests: marathon running, competitive sailing, Italian cooking",
)
GH_OBJECTIVE = (
    "A hardworking and result-oriented accounting professional seeking a challenging "
    "position in a reputable organisation where my skills and experience will contribute "
    "to the growth of the organisation."
)
GH_SHS = ("Achimota School", "Prempeh College", "Wesley Girls' High School", "Mfantsipim School")
GH_NSS = (
    ("Ghana Revenue Authority", "National Service Personnel"),
    ("Ghana Education Service", "National Service Personnel"),
    ("Controller and Accountant-General's Department", "National Service Personnel"),
)
GH_NSS_NOTES = (
    "Assisted in the vetting of payment vouchers",
    "Recorded daily revenue collections and prepared summaries",
)
GH_LANGUAGES = (("English", "Fluent"), ("Twi", "Fluent"), ("Ga", "Good"), ("Ewe", "Fair"))
GH_REFEREES = (
    ("Mr. Emmanuel K. Darko", "Finance Manager", "Golden Tulip Kumasi City", "020 555 0142"),
    ("Mrs. Comfort A. Mensah", "Senior Lecturer", "Accra Technical University", "024 555 0176"),
    ("Rev. Samuel Tetteh", "Head Pastor", "Calvary Methodist Church, Adabraka", "027 555 0113"),
)


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-austrian-lebenslauf":
        return {
            "dates": rng.choice(("numeric", "long")),
            "accent": rng.choice(((150, 30, 40), (40, 70, 110))),
        }
    if style == "pdf-design-monogram":
        return {
            "dates": rng.choice(("mon", "year")),
            "accent": rng.choice(((230, 90, 60), (30, 130, 110), (90, 60, 160))),
        }
    if style == "pdf-consulting-twopage":
        return {"dates": rng.choice(("long", "year")), "suffix": rng.choice(("", ", MBA"))}
    if style == "pdf-ghanaian-cv":
        return {"dates": rng.choice(("abbr", "long"))}
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name).split()
    first, last = slug[0], slug[-1]
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street or None, "postal": postal}
    label: str | None = None
    url: str | None = None
    languages: list[tuple[str, str]] = []
    take = 5 if style == "pdf-consulting-twopage" else 3
    jobs = _chain(rng, pool, take, rng.random() < 0.7)
    oldest = jobs[-1].start
    end_year = oldest[0] - rng.randint(0, 1)
    if style == "pdf-austrian-lebenslauf":
        phone = f"+43 6{rng.choice(('64', '76', '60', '99'))} {rng.randint(100, 999)} "
        phone += f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
        email = f"{first}.{last}@{rng.choice(('gmx.at', 'outlook.com', 'aon.at'))}"
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{end_year - 24}"
        female = name.split()[0] in ("Magdalena", "Theresia")
        for job in jobs:
            job.city = rng.choice(("Wien", "Graz", "Linz", "Salzburg"))
            if female:
                job.position = job.position.replace("leiter ", "leiterin ")
                job.position = job.position.replace("betreuer ", "betreuerin ")
        idx = rng.randrange(len(pool.degrees))
        study, area = pool.degrees[idx]
        length = 2 if study == "Masterstudium" else 3
        degrees = [Degree(pool.schools[idx], study, area, (end_year - length, 10), (end_year, 6))]
        if study == "Masterstudium":
            bsc = end_year - 2
            degrees.append(
                Degree(
                    pool.schools[idx],
                    "Bachelorstudium",
                    "Wirtschaftsinformatik",
                    (bsc - 3, 10),
                    (bsc, 6),
                )
            )
        school, study, area = rng.choice(AT_SCHOOLS)
        mat = degrees[-1].start[0]
        degrees.append(Degree(school, study, area, (mat - 5, 9), (mat, 6)))
        languages = [AT_LANGUAGES[0], *AT_LANGUAGES[1 : rng.randint(2, 4)]]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-design-monogram":
        phone = f"+372 5{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        email = f"hello@{first}{last}.ee"
        url = f"https://{first}{last}.ee"
        label = rng.choice(EE_LABELS)
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        extra["behance"] = f"https://www.behance.net/{first}{last[:4]}"
        extra["summary"] = EE_ABOUT
        for job in jobs:
            job.city = rng.choice(("Tallinn", "Tartu", "Helsinki"))
        idx = rng.randrange(len(pool.degrees))
        study, area = pool.degrees[idx]
        length = 2 if study == "MA" else 3
        degrees = [Degree(pool.schools[idx], study, area, (end_year - length, 9), (end_year, 6))]
        if study == "MA":
            ba = end_year - 2
            degrees.append(Degree(pool.schools[1], "BA", "Audiovisual Media", (ba - 3, 9), (ba, 6)))
        languages = list(EE_LANGUAGES[: rng.randint(2, 3)])
        skills = rng.sample(pool.skills, rng.randint(5, 7))
    elif style == "pdf-consulting-twopage":
        phone = f"({rng.randint(212, 989)}) 555-{rng.randint(1000, 9999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'alumni.kellogg.edu', 'icloud.com'))}"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}{last}"
        extra["summary"] = CONSULT_SUMMARY
        for job in jobs:
            job.city = rng.choice((f"{city}, {region}", "New York, NY", "Dallas, TX"))
        idx = rng.randrange(len(pool.degrees))
        study, area = pool.degrees[idx]
        mba_end = jobs[-1].start[0]
        degrees = [Degree(pool.schools[idx], study, area, (mba_end - 2, 9), (mba_end, 6))]
        school, study, area = rng.choice(CONSULT_UNDERGRAD)
        ug = mba_end - rng.randint(5, 6)
        degrees.append(Degree(school, study, area, (ug - 4, 9), (ug, 5)))
        company, position, notes = rng.choice(CONSULT_PRE_MBA)
        pre_start = (ug, rng.randint(6, 8))
        pre_end = (mba_end - 2, rng.randint(6, 7))
        jobs.append(Job(company, position, f"{city}, {region}", pre_start, pre_end, list(notes)))
        extra["pre_mba"] = company
        extra["extra"] = list(CONSULT_EXTRA)
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    else:
        phone = f"0{rng.choice(('24', '20', '54', '27'))} {rng.randint(100, 999)} "
        phone += f"{rng.randint(1000, 9999)}"
        host = rng.choice(("gmail.com", "yahoo.com"))
        email = f"{first}.{last}{rng.randint(80, 99)}@{host}"
        extra["summary"] = GH_OBJECTIVE
        for job in jobs:
            job.city = rng.choice(("Accra", "Kumasi", "Tema", "Takoradi"))
        nss_company, nss_position = rng.choice(GH_NSS)
        nss_start = months_before(jobs[-1].start, rng.randint(2, 5))
        nss_start = (nss_start[0] - 1, 9)
        jobs.append(
            Job(
                nss_company,
                nss_position,
                "Accra",
                nss_start,
                (nss_start[0] + 1, 8),
                list(GH_NSS_NOTES),
            )
        )
        end_year = nss_start[0]
        idx = rng.randrange(len(pool.degrees))
        study, area = pool.degrees[idx]
        degrees = [Degree(pool.schools[idx], study, area, (end_year - 4, 8), (end_year, 6))]
        shs = end_year - 4
        degrees.append(Degree(rng.choice(GH_SHS), "WASSCE", "", (shs - 3, 9), (shs, 6)))
        day = rng.randint(4, 20)
        extra["born"] = f"{day}th {MONTHS_EN[rng.randint(0, 11)]}, {shs - 18}"
        extra["referees"] = rng.sample(GH_REFEREES, 2)
        languages = list(GH_LANGUAGES[: rng.randint(2, 4)])
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    return Candidate(
        style=style,
        name=name,
        label=label,
        email=email,
        phone=phone,
        url=url,
        city=city,
        region=region,
        code=None,
        jobs=jobs,
        degrees=degrees,
        skills=skills,
        languages=languages,
        extra=extra,
    )


# ------------------------------------------------------------------------------------ truth


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    extra = person.extra
    profiles = []
    if "linkedin" in extra:
        li = extra["linkedin"]
        profiles.append({"network": "LinkedIn", "username": li.rsplit("/", 1)[-1], "url": li})
    if "behance" in extra:
        be = extra["behance"]
        profiles.append({"network": "Behance", "username": be.rsplit("/", 1)[-1], "url": be})
    location: dict[str, Any] = {
        "address": extra["street"],
        "postalCode": extra["postal"],
        "city": person.city,
        "region": person.region,
        "countryCode": COUNTRY.get(style),
    }
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "summary": extra.get("summary"),
            "location": drop_empty(location),
            "profiles": profiles,
        }
    )
    precision = "year" if options.get("dates") == "year" else "month"
    work = [
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
        for job in person.jobs
    ]
    education: list[dict[str, Any]] = []
    for d in person.degrees:
        item: dict[str, Any] = {"institution": d.institution, "studyType": d.study, "area": d.area}
        if style in ("pdf-austrian-lebenslauf", "pdf-design-monogram"):
            item |= {"startDate": iso_month(d.start, "month"), "endDate": iso_month(d.end, "month")}
        elif d.study == "WASSCE":
            item["endDate"] = str(d.end[0])
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        education.append(drop_empty(item))
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "skills": [{"name": skill} for skill in person.skills],
            "languages": languages,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-austrian-lebenslauf":
        return _austrian(person, options), "pdf"
    if style == "pdf-design-monogram":
        return _monogram(person, options), "pdf"
    if style == "pdf-consulting-twopage":
        return _consulting(person, options), "pdf"
    if style == "pdf-ghanaian-cv":
        return _ghanaian(person, options), "pdf"
    raise ValueError(f"unknown style {style}")


def _at_month(month: Month, form: str) -> str:
    return (
        f"{month[1]:02d}/{month[0]}"
        if form == "numeric"
        else f"{MONATE_AT[month[1] - 1]} {month[0]}"
    )


def _at_span(start: Month, end: Month | None, form: str) -> str:
    if end is None:
        return f"seit {_at_month(start, form)}"
    return f"{_at_month(start, form)} \u2013 {_at_month(end, form)}"


def _austrian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Lebenslauf {person.name}")
    x, width, left = 20.0, 170.0, 44.0
    ink = (30, 30, 30)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 284)
        pdf.set_font("Sans", "", 7.5)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(
            width,
            4,
            f"Lebenslauf \u2013 {person.name} \u2013 Seite {pdf.page_no()}/{{nb}}",
            align="C",
        )
        pdf.set_text_color(*ink)
        y = 20.0

    def heading(text: str) -> None:
        nonlocal y
        if y + 24 > 276:
            new_page()
        y += 3
        pdf.set_xy(x, y)
        pdf.set_fill_color(*accent)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(width, 7, f"  {text}", fill=True)
        pdf.set_text_color(*ink)
        y += 7

    def row(key: str, lines: list[tuple[str, str]]) -> None:
        nonlocal y
        pdf.set_font("Sans", "", 9)
        height = 2.0
        for look, text in lines:
            pdf.set_font("Sans", look, 9)
            count = len(pdf.multi_cell(width - left - 4, 4.6, text, dry_run=True, output="LINES"))
            height += count * 4.6
        if y + height > 278:
            new_page()
        pdf.set_draw_color(170, 170, 170)
        pdf.set_line_width(0.2)
        pdf.rect(x, y, left, height)
        pdf.rect(x + left, y, width - left, height)
        pdf.set_xy(x + 2, y + 1)
        pdf.set_font("Sans", "", 9)
        pdf.multi_cell(left - 4, 4.6, key, align="L")
        yy = y + 1
        for look, text in lines:
            pdf.set_xy(x + left + 2, yy)
            pdf.set_font("Sans", look, 9)
            pdf.multi_cell(width - left - 4, 4.6, text, align="L")
            yy = pdf.get_y()
        y += height

    new_page()
    pdf.set_xy(x, 20)
    pdf.set_font("Sans", "B", 24)
    pdf.set_text_color(*accent)
    pdf.cell(120, 11, "Lebenslauf")
    pdf.set_text_color(*ink)
    photo_x = x + width - 32
    pdf.set_draw_color(150, 150, 150)
    pdf.set_line_width(0.3)
    pdf.rect(photo_x, 20, 32, 40)
    pdf.set_xy(photo_x, 38)
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(150, 150, 150)
    pdf.cell(32, 4, "Foto", align="C")
    pdf.set_text_color(*ink)
    y = 34.0
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 9.5)
    pdf.cell(60, 5, "Persönliche Daten")
    y += 7
    for key, value in (
        ("Name", person.name),
        ("Adresse", f"{extra['street']}, {extra['postal']} {person.city}, Österreich"),
        ("Telefon", person.phone),
        ("E-Mail", person.email),
        ("Geburtsdatum", extra["born"]),
        ("Staatsbürgerschaft", "Österreich"),
    ):
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9)
        pdf.set_text_color(100, 100, 100)
        pdf.cell(36, 5, key)
        pdf.set_text_color(*ink)
        pdf.set_font("Sans", "B" if key == "Name" else "", 9)
        pdf.cell(width - 36 - 36, 5, value)
        y += 5.2
    y += 4
    heading("Berufserfahrung")
    for job in person.jobs:
        lines = [("B", job.position), ("", f"{job.company}, {job.city}")]
        lines += [("", f"\u2013 {note}") for note in job.highlights]
        row(_at_span(job.start, job.end, form), lines)
    heading("Ausbildung")
    for d in person.degrees:
        what = f"{d.study} {d.area}" if d.study.endswith("studium") else d.study
        if d.area and not d.study.endswith("studium"):
            what = f"{d.study}, Schwerpunkt {d.area}"
        span = f"{_at_month(d.start, 'numeric')} \u2013 {_at_month(d.end, 'numeric')}"
        if form == "long":
            span = f"{_at_month(d.start, form)} \u2013 {_at_month(d.end, form)}"
        row(span, [("B", what), ("", d.institution)])
    heading("Sprachkenntnisse")
    for lang, level in person.languages:
        row(lang, [("", level)])
    heading("EDV-Kenntnisse")
    row("Software", [("", ", ".join(person.skills))])
    y += 10
    if y + 12 > 278:
        new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.cell(width, 5, f"{person.city}, im Oktober 2026")
    _check(y, 280, person)
    return bytes(pdf.output())


def _ee_span(start: Month, end: Month | None, form: str) -> str:
    if form == "year":
        return f"{start[0]} \u2013 {'now' if end is None else end[0]}"
    tail = "Present" if end is None else f"{MONTHS_EN[end[1] - 1][:3]} {end[0]}"
    return f"{MONTHS_EN[start[1] - 1][:3]} {start[0]} \u2013 {tail}"


def _monogram(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _core_pdf()
    pdf.set_title(f"{person.name} \u2013 Resume")
    pdf.add_page()
    ink, grey = (25, 25, 25), (110, 110, 110)
    side_x, side_w = 14.0, 52.0
    main_x, main_w = 74.0, 122.0
    initials = "".join(part[0] for part in person.name.split())
    pdf.set_fill_color(*accent)
    pdf.ellipse(side_x + 4, 14, 40, 40, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 34)
    pdf.set_xy(side_x + 4, 26)
    pdf.cell(40, 16, initials, align="C")
    pdf.set_text_color(*ink)
    pdf.set_xy(main_x, 20)
    pdf.set_font("Helvetica", "B", 26)
    pdf.cell(main_w, 12, person.name)
    pdf.set_xy(main_x, 33)
    pdf.set_font("Helvetica", "", 12)
    pdf.set_text_color(*accent)
    pdf.cell(main_w, 6, person.label or "")
    pdf.set_text_color(*ink)
    pdf.set_fill_color(244, 244, 244)
    pdf.rect(0, 62, side_x + side_w + 2, 235, style="F")

    ys = 70.0

    def side_head(text: str) -> None:
        nonlocal ys
        pdf.set_xy(side_x, ys)
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.set_text_color(*accent)
        pdf.cell(side_w, 5, text.upper())
        pdf.set_text_color(*ink)
        ys += 7

    def side_line(text: str, size: float = 8.5, look: str = "") -> None:
        nonlocal ys
        pdf.set_xy(side_x, ys)
        pdf.set_font("Helvetica", look, size)
        pdf.multi_cell(side_w, 4.3, text, align="L")
        ys = pdf.get_y() + 0.8

    side_head("Contact")
    for text in (
        f"{person.city}, Estonia",
        person.phone,
        person.email,
        (person.url or "").removeprefix("https://"),
        extra["linkedin"].removeprefix("https://www."),
        extra["behance"].removeprefix("https://www."),
    ):
        side_line(text)
    ys += 5
    side_head("Tools")
    for skill in person.skills:
        side_line(skill)
    ys += 5
    side_head("Languages")
    for lang, level in person.languages:
        side_line(lang, look="B")
        pdf.set_text_color(*grey)
        side_line(level, size=8)
        pdf.set_text_color(*ink)
    y = 70.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(main_x, y)
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(main_w, 6, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.8)
        pdf.line(main_x, y + 7.5, main_x + 14, y + 7.5)
        y += 11

    heading("About")
    pdf.set_xy(main_x, y)
    pdf.set_font("Helvetica", "", 9.3)
    pdf.multi_cell(main_w, 4.8, person.extra["summary"], align="L")
    y = pdf.get_y() + 6
    heading("Experience")
    for job in person.jobs:
        pdf.set_xy(main_x, y)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(main_w - 40, 5, job.position)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.set_text_color(*grey)
        pdf.cell(40, 5, _ee_span(job.start, job.end, form), align="R")
        pdf.set_xy(main_x, y + 5)
        pdf.set_text_color(*accent)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(main_w, 5, f"{job.company} \u00b7 {job.city}")
        pdf.set_text_color(*ink)
        y += 11
        for note in job.highlights:
            pdf.set_xy(main_x + 2, y)
            pdf.set_font("Helvetica", "", 8.8)
            pdf.cell(4, 4.4, "\u2022")
            pdf.multi_cell(main_w - 6, 4.4, note, align="L")
            y = pdf.get_y() + 0.4
        y += 3.5
    heading("Education")
    for d in person.degrees:
        pdf.set_xy(main_x, y)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(main_w - 40, 5, f"{d.study} in {d.area}")
        pdf.set_font("Helvetica", "", 8.5)
        pdf.set_text_color(*grey)
        pdf.cell(40, 5, _ee_span(d.start, d.end, "mon"), align="R")
        pdf.set_xy(main_x, y + 5)
        pdf.set_text_color(*accent)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(main_w, 5, d.institution)
        pdf.set_text_color(*ink)
        y += 13
    _check(max(y, ys), 290, person)
    return bytes(pdf.output())


def _us_span(start: Month, end: Month | None, form: str) -> str:
    if form == "year":
        return f"{start[0]} \u2013 {'Present' if end is None else end[0]}"
    tail = "Present" if end is None else f"{MONTHS_EN[end[1] - 1]} {end[0]}"
    return f"{MONTHS_EN[start[1] - 1]} {start[0]} \u2013 {tail}"


def _consulting(person: Candidate, options: dict[str, Any]) -> bytes:
    from fpdf import FPDF

    form, extra = options["dates"], person.extra
    pdf = FPDF(format="Letter", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} Resume")
    x, width = 19.0, 177.9
    bottom = 262.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        if pdf.page_no() > 1:
            pdf.set_xy(x, 12)
            pdf.set_font("Times", "I", 9)
            pdf.cell(width / 2, 4, person.name)
            pdf.cell(width / 2, 4, f"Page {pdf.page_no()}", align="R")
            pdf.set_line_width(0.2)
            pdf.line(x, 17, x + width, 17)
            y = 22.0
        else:
            y = 16.0

    def need(height: float) -> None:
        if y + height > bottom:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        y += 2.5
        pdf.set_xy(x, y)
        pdf.set_font("Times", "B", 11.5)
        pdf.cell(width, 5.5, text.upper())
        pdf.set_line_width(0.35)
        pdf.line(x, y + 6, x + width, y + 6)
        y += 8

    def bullet(text: str, indent: float = 4.0) -> None:
        nonlocal y
        need(5)
        pdf.set_xy(x + indent, y)
        pdf.set_font("Times", "", 10.5)
        pdf.cell(4, 4.9, "\u2022")
        pdf.multi_cell(width - indent - 4, 4.9, text, align="L")
        y = pdf.get_y() + 0.6

    def pair(left: str, right: str, look: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Times", look, 11)
        pdf.cell(width - 55, 5.5, left)
        pdf.set_font("Times", "I" if look == "I" else "B", 11)
        pdf.cell(55, 5.5, right, align="R")
        y += 5.6

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Times", "B", 20)
    pdf.cell(width, 9, f"{person.name}{options['suffix']}", align="C")
    y += 10
    pdf.set_xy(x, y)
    pdf.set_font("Times", "", 10.5)
    linkedin = extra["linkedin"].removeprefix("https://www.")
    parts = (f"{person.city}, {person.region}", person.phone, person.email, linkedin)
    contact = " \u00b7 ".join(parts)
    pdf.cell(width, 5, contact, align="C")
    y += 8
    heading("Summary")
    pdf.set_xy(x, y)
    pdf.set_font("Times", "", 10.5)
    pdf.multi_cell(width, 5, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("Professional Experience")
    for job in person.jobs:
        need(40)
        pair(job.company, job.city, "B")
        pair(job.position, _us_span(job.start, job.end, form), "I")
        y += 0.6
        if job.company != extra["pre_mba"]:
            pdf.set_xy(x + 2, y)
            pdf.set_font("Times", "BI", 10.5)
            pdf.cell(width, 5, "Selected Engagements:")
            y += 5.6
        for note in job.highlights:
            bullet(note)
        y += 3
    heading("Education")
    for d in person.degrees:
        need(14)
        pair(d.institution, f"{d.start[0]} \u2013 {d.end[0]}", "B")
        pdf.set_xy(x, y)
        pdf.set_font("Times", "I", 10.5)
        pdf.cell(width, 5, f"{d.study}, {d.area}")
        y += 8
    heading("Skills")
    pdf.set_xy(x, y)
    pdf.set_font("Times", "", 10.5)
    pdf.multi_cell(width, 5, "; ".join(person.skills), align="L")
    y = pdf.get_y() + 1
    heading("Additional Information")
    for text in extra["extra"]:
        bullet(text, indent=0)
    _check(y, bottom + 2, person)
    return bytes(pdf.output())


def _gh_month(month: Month | None, form: str) -> str:
    if form == "abbr":
        return "Date" if month is None else f"{GH_MONTHS[month[1] - 1]} {month[0]}"
    return "To Date" if month is None else f"{MONTHS_EN[month[1] - 1]} {month[0]}"


def _ghanaian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _core_pdf()
    pdf.set_title(f"CV - {person.name}")
    x, width, gutter = 20.0, 170.0, 42.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 284)
        pdf.set_font("Helvetica", "", 8)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(width, 4, f"Page {pdf.page_no()} of {{nb}}", align="C")
        pdf.set_text_color(0, 0, 0)
        y = 20.0

    def need(height: float) -> None:
        if y + height > 276:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 3
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "BU", 11)
        pdf.cell(width, 6, text.upper())
        y += 8.5

    def row(key: str, value: str, look: str = "") -> None:
        nonlocal y
        need(5.5)
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.cell(gutter, 5, f"{key}:")
        pdf.set_font("Helvetica", look, 9.5)
        pdf.multi_cell(width - gutter, 5, value, align="L")
        y = pdf.get_y() + 0.4

    def bullet(text: str) -> None:
        nonlocal y
        need(5)
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.cell(4, 4.8, "\u00bb")
        pdf.multi_cell(width - gutter - 4, 4.8, text, align="L")
        y = pdf.get_y() + 0.2

    new_page()
    pdf.set_xy(x, 18)
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    pdf.set_xy(x, 27)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(width, 7, person.name.upper(), align="C")
    y = 36.0
    heading("Personal Data")
    row("Name", person.name)
    row("Address", f"{extra['street']}, {person.city}, Ghana")
    row("Telephone", person.phone)
    row("E-mail", person.email)
    row("Date of Birth", extra["born"])
    row("Nationality", "Ghanaian")
    heading("Career Objective")
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(width, 5, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("Work Experience")
    for job in person.jobs:
        need(30)
        row("Period", f"{_gh_month(job.start, form)} \u2013 {_gh_month(job.end, form)}")
        row("Organisation", f"{job.company}, {job.city}", "B")
        row("Position", job.position)
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.cell(gutter, 5, "Duties:")
        for note in job.highlights:
            bullet(note)
        y += 4
    heading("Education")
    for d in person.degrees:
        need(16)
        if d.study == "WASSCE":
            row("Year", str(d.end[0]))
            row("Institution", d.institution, "B")
            row("Certificate", "West African Senior School Certificate Examination (WASSCE)")
        else:
            row("Year", f"{d.start[0]} \u2013 {d.end[0]}")
            row("Institution", d.institution, "B")
            row("Certificate", f"{d.study} {d.area}")
        y += 3
    heading("Skills")
    for skill in person.skills:
        need(5)
        pdf.set_xy(x + 4, y)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.cell(5, 5, "\u2022")
        pdf.cell(width - 10, 5, skill)
        y += 5
    heading("Languages")
    for lang, level in person.languages:
        row(lang, level)
    heading("Referees")
    for ref_name, title, org, mobile in extra["referees"]:
        need(22)
        for text, look in ((ref_name, "B"), (title, ""), (org, ""), (f"Tel: {mobile}", "")):
            pdf.set_xy(x, y)
            pdf.set_font("Helvetica", look, 9.5)
            pdf.cell(width, 4.8, text)
            y += 4.8
        y += 3
    _check(y, 280, person)
    return bytes(pdf.output())

"""Twenty-ninth held-out round ("holdout-29"): more layouts, written blind (without
reading the parser) and meant to be measured once, untuned. Four layouts, three born-digital
PDF and one Word document. The round is sealed: the layouts are described only in the code
below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a day where a day is printed, a country code only where a
country is printed).
"""

from __future__ import annotations

import io
import random
import zipfile
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month

HOLDOUT_TAG = "holdout-29"
GENERATOR = "tests/eval/holdout29.py"
SEED = 2_938_157

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-pakistani-cv", 3),
    ("pdf-flemish-cv", 3),
    ("pdf-thai-english", 3),
    ("docx-europass-word", 3),
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
MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
MAANDEN_KORT = (
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

POOLS: dict[str, Pool] = {
    "pdf-pakistani-cv": Pool(
        first=("Muhammad Hamza", "Ayesha", "Zainab", "Muhammad Usman", "Mahnoor", "Fahad"),
        last=("Qureshi", "Siddiqui", "Chaudhry", "Abbasi", "Rana", "Shaikh"),
        cities=(
            ("Lahore", None, None, "House No. 112, Street 9, Block C, Gulberg III"),
            ("Karachi", None, None, "Flat B-304, Sea Breeze Apartments, DHA Phase VI"),
            ("Islamabad", None, None, "House 27, Street 41, Sector F-10/2"),
            ("Faisalabad", None, None, "P-218, Madina Town, Susan Road"),
        ),
        employers=(
            "Indus Valley Textiles (Pvt.) Ltd.",
            "Margalla Telecom Services (Pvt.) Ltd.",
            "Ravi Cement Company Limited",
            "Sutlej Foods (Pvt.) Ltd.",
            "Karakoram Pharmaceuticals Limited",
        ),
        titles=(
            "Assistant Manager Finance",
            "Senior Accounts Officer",
            "Finance Executive",
            "Internal Auditor",
            "Manager Accounts & Taxation",
        ),
        highlights=(
            "Preparation of monthly financial statements and management accounts",
            "Reconciliation of bank statements, vendor ledgers and inter-company balances",
            "Coordination with external auditors during annual and half-yearly audits",
            "Filing of monthly sales tax and withholding tax statements with FBR",
            "Budgeting and variance analysis for the Chief Financial Officer",
            "Supervised a team of four accounts officers and two interns",
            "Implemented SAP FICO month-end closing checklist, reducing closing time by 3 days",
            "Processing of vendor payments and maintaining cash flow forecasts",
            "Conducted internal audits of procurement and inventory cycles",
            "Liaison with banks for LC opening, running finance and guarantees",
        ),
        skills=(
            "MS Excel (Pivot Tables, VLOOKUP, Macros)",
            "SAP FICO",
            "Oracle Financials",
            "QuickBooks",
            "Power BI",
            "MS Word & PowerPoint",
            "Peachtree",
        ),
        schools=(
            "Lahore University of Management Sciences (LUMS)",
            "Institute of Business Administration (IBA), Karachi",
            "COMSATS University Islamabad",
            "University of the Punjab, Lahore",
        ),
        degrees=(
            ("MBA", "Finance"),
            ("BBA (Hons)", "Accounting & Finance"),
            ("B.Com", "Accounting"),
            ("M.Com", "Finance"),
        ),
    ),
    "pdf-flemish-cv": Pool(
        first=("Lotte", "Febe", "Jolien", "Jens", "Thibaut", "Elien", "Maïté"),
        last=("Vermeulen", "De Smedt", "Van Damme", "Goossens", "Verbeke", "D'Hondt", "Claeys"),
        cities=(
            ("Gent", None, "9000", "Kortrijksesteenweg 214"),
            ("Leuven", None, "3000", "Naamsestraat 88 bus 2"),
            ("Antwerpen", None, "2018", "Lange Kievitstraat 41 bus 3"),
            ("Hasselt", None, "3500", "Kuringersteenweg 17"),
            ("Brugge", None, "8000", "Sint-Jakobsstraat 6"),
        ),
        employers=(
            "Scheldepoort Logistics NV",
            "Kempische Distributie BV",
            "Leiedal Foods NV",
            "Brugse Havendiensten BV",
            "Maasland Retail NV",
        ),
        titles=(
            "Supply chain planner",
            "Logistiek coördinator",
            "Aankoper",
            "Teamleader magazijn",
            "Transportplanner",
        ),
        highlights=(
            "Opvolgen van de dagelijkse transportplanning voor 35 vrachtwagens",
            "Aansturen van een team van 12 magazijnmedewerkers in twee ploegen",
            "Onderhandelen met leveranciers over prijzen en leveringstermijnen",
            "Voorraadbeheer en opmaak van de wekelijkse forecast in SAP",
            "Invoeren van een nieuw WMS samen met de IT-afdeling",
            "Rapporteren van KPI's aan het managementteam",
            "Opleiden van nieuwe collega's in veiligheid en procedures",
            "Contact met klanten bij klachten en vertragingen",
            "Optimaliseren van de picking-routes (20% minder looptijd)",
        ),
        skills=(
            "MS Office (Excel gevorderd)",
            "SAP MM",
            "Power BI",
            "Transporeon",
            "Microsoft Dynamics 365",
            "Qlik Sense",
        ),
        schools=(
            "Universiteit Gent",
            "KU Leuven",
            "Universiteit Antwerpen",
            "Hogeschool PXL",
            "Arteveldehogeschool",
        ),
        degrees=(
            ("Master", "handelswetenschappen"),
            ("Master", "toegepaste economische wetenschappen"),
            ("Professionele bachelor", "Bedrijfsmanagement"),
            ("Bachelor", "handelswetenschappen"),
        ),
    ),
    "pdf-thai-english": Pool(
        first=("Siriporn", "Pimchanok", "Thanawat", "Kittipong", "Napassorn", "Chutima"),
        last=("Wongsakul", "Rattanakorn", "Srisuk", "Chaiyaporn", "Boonyarit", "Thongdee"),
        cities=(
            ("Bangkok", None, "10310", "99/123 Moo 5, Soi Lat Phrao 71, Wang Thonglang"),
            ("Chiang Mai", None, "50200", "45/7 Nimmanhaemin Road, Suthep, Mueang"),
            ("Khon Kaen", None, "40000", "221/18 Mittraphap Road, Nai Mueang, Mueang"),
            ("Nonthaburi", None, "11000", "88/412 Moo 2, Ngamwongwan Road, Bang Kraso"),
        ),
        employers=(
            "Siam Horizon Trading Co., Ltd.",
            "Chao Phraya Logistics Co., Ltd.",
            "Lanna Digital Co., Ltd.",
            "Andaman Hospitality Group Co., Ltd.",
            "Krungthep Retail Public Company Limited",
        ),
        titles=(
            "Marketing Officer",
            "Digital Marketing Executive",
            "Sales Coordinator",
            "Brand Executive",
            "Marketing Supervisor",
        ),
        highlights=(
            "Planned and ran monthly online campaigns on Facebook, LINE OA and TikTok",
            "Coordinated with agencies for photo shoots, events and printed media",
            "Prepared weekly sales reports and competitor price surveys",
            "Managed the marketing budget of 2.5 million baht per year",
            "Handled key accounts in modern trade (Big C, Lotus's, Tops)",
            "Increased LINE OA followers from 8,000 to 45,000 in one year",
            "Organized product launch events and booth at trade fairs",
            "Translated product documents and emails between Thai and English",
        ),
        skills=(
            "Microsoft Office (Word, Excel, PowerPoint)",
            "Canva",
            "Adobe Photoshop",
            "Google Analytics",
            "Meta Ads Manager",
            "CapCut",
        ),
        schools=(
            "Kasetsart University",
            "Thammasat University",
            "Chiang Mai University",
            "Mahidol University International College",
            "Khon Kaen University",
        ),
        degrees=(
            ("Bachelor of Business Administration", "Marketing"),
            ("Bachelor of Arts", "English"),
            ("Master of Business Administration", "Marketing Management"),
        ),
    ),
    "docx-europass-word": Pool(
        first=("Niccolò", "Gianluca", "Annalisa", "Donatella", "Nicolò", "Rossella"),
        last=("Mazzoleni", "Fabbri", "De Santis", "Cantù", "Ferrante", "Sciarretta"),
        cities=(
            ("Torino", None, "10126", "Via Nizza 52"),
            ("Napoli", None, "80134", "Via Toledo 156"),
            ("Padova", None, "35121", "Via Roma 37"),
            ("Verona", None, "37121", "Corso Porta Nuova 11"),
        ),
        employers=(
            "Officine Meccaniche Sabaude S.p.A.",
            "Vesuvio Logistica S.r.l.",
            "Euganea Components S.p.A.",
            "Adige Packaging S.r.l.",
            "Gruppo Ferroviario Partenopeo S.p.A.",
        ),
        titles=(
            "Supply Chain Analyst",
            "Project Engineer",
            "Operations Planner",
            "Procurement Specialist",
            "Continuous Improvement Engineer",
        ),
        highlights=(
            "Demand planning and MRP runs for three production lines",
            "Managed supplier qualification and quarterly performance reviews",
            "Led a kaizen project that cut changeover time by 35%",
            "Prepared the monthly S&OP deck for the plant manager",
            "Coordinated the roll-out of SAP S/4HANA in the warehouse",
            "Negotiated framework agreements for packaging materials",
            "Defined KPIs and dashboards for on-time delivery",
            "Supported customer audits (IATF 16949, ISO 9001)",
        ),
        skills=(
            "Microsoft Office (advanced Excel, Power Query)",
            "SAP MM/PP",
            "Minitab",
            "AutoCAD",
            "Power BI",
            "Python (basic)",
        ),
        schools=(
            "Politecnico di Torino",
            "Università degli Studi di Napoli Federico II",
            "Università degli Studi di Padova",
        ),
        degrees=(
            ("Master's degree", "Management Engineering"),
            ("Bachelor's degree", "Industrial Engineering"),
        ),
    ),
}

COUNTRY_NAMES = {
    "pdf-pakistani-cv": ("Pakistan", "PK"),
    "pdf-flemish-cv": ("België", "BE"),
    "pdf-thai-english": ("Thailand", "TH"),
    "docx-europass-word": ("Italy", "IT"),
}

PK_OBJECTIVES = (
    "To secure a challenging position in a reputable organization where I can utilize my "
    "financial reporting, taxation and audit skills for the growth of the organization "
    "and my professional career.",
    "Seeking a responsible position in finance and accounts in a progressive organization "
    "that offers opportunities to learn, contribute and grow.",
)
PK_CERTIFICATES = (
    ("Certified Internal Auditor (CIA)", "The Institute of Internal Auditors"),
    ("ACCA Affiliate", "Association of Chartered Certified Accountants"),
    ("SAP Certified Application Associate - Financial Accounting", "SAP"),
    ("Advanced Excel for Finance Professionals", "ICAP"),
    ("Certificate in IFRS", "ICMA Pakistan"),
)
PK_FATHERS = ("Muhammad Aslam", "Abdul Rasheed", "Ghulam Mustafa", "Tariq Mehmood")
FL_PROFILES = (
    "Gedreven logistiek profiel met oog voor detail en een hands-on mentaliteit. Ik werk "
    "graag in team en haal energie uit het verbeteren van processen.",
    "Resultaatgerichte planner met ervaring in distributie en transport. Sterk in "
    "communicatie, stressbestendig en flexibel inzetbaar.",
)
FL_CERTIFICATES = (
    ("VCA-basis", "VCA"),
    ("Heftruckattest", "VDAB"),
    ("APICS CPIM", "ASCM"),
    ("Lean Six Sigma Yellow Belt", "Vlerick Business School"),
)
FL_INTERESTS = ("Wielrennen", "Koken", "Jeugdbeweging (leiding Chiro)", "Fotografie", "Padel")
FL_SECONDARY = (
    ("Sint-Barbaracollege", "Economie-Moderne Talen"),
    ("Sint-Jozefsinstituut", "Economie-Wiskunde"),
    ("Koninklijk Atheneum", "Handel"),
)
TH_OBJECTIVES = (
    "To obtain a marketing position in a leading company where I can use my creativity, "
    "communication skills and digital marketing experience to support the company's growth.",
    "Seeking a challenging job in marketing and sales to develop my skills and contribute "
    "to the success of the organization.",
)
TH_NICKNAMES = ("Fah", "Ploy", "Bank", "Mint", "Beam", "Earth")
TH_CERTIFICATES = (
    ("Google Ads Search Certification", "Google"),
    ("Facebook Blueprint: Digital Marketing Associate", "Meta"),
    ("TOEIC Score 785", "ETS"),
    ("Digital Marketing Bootcamp", "Chulalongkorn School of Continuing Education"),
)
TH_SCHOOLS = (
    "Triam Udom Suksa School",
    "Yupparaj Wittayalai School",
    "Khon Kaen Wittayayon School",
)
IT_SKILLS_TEXT = (
    "Good communication skills gained through my experience as a liaison between production, "
    "purchasing and customers.",
    "Team leadership (currently responsible for a team of 5 planners); experience in cross-"
    "functional project management.",
)
IT_CERTIFICATES = (
    ("Lean Six Sigma Green Belt", "AICQ"),
    ("PMP - Project Management Professional", "PMI"),
    ("SAP S/4HANA Production Planning", "SAP Education"),
)
IT_LANG_CERTS = {
    "English": "Cambridge English: Advanced (CAE)",
    "German": "Goethe-Zertifikat B1",
    "French": "DELF B2",
}


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-pakistani-cv":
        return {
            "dates": rng.choice(("mon", "till", "numeric")),
            "accent": rng.choice(((31, 56, 100), (112, 26, 36), (0, 0, 0))),
            "font": rng.choice(("Serif", "Sans")),
            "title": rng.random() < 0.7,
            "headline": rng.random() < 0.4,
        }
    if style == "pdf-flemish-cv":
        return {
            "dates": rng.choice(("short", "numeric", "years")),
            "accent": rng.choice(((0, 112, 120), (196, 90, 40), (70, 70, 120))),
            "order": rng.choice(("work-first", "education-first")),
            "headline": rng.random() < 0.6,
            "country": rng.random() < 0.4,
        }
    if style == "pdf-thai-english":
        return {
            "dates": rng.choice(("mon", "long", "years")),
            "accent": rng.choice(((30, 90, 160), (150, 40, 90), (40, 110, 60))),
            "honorific": rng.random() < 0.6,
            "order": rng.choice(("education-first", "work-first")),
            "country": rng.random() < 0.5,
        }
    if style == "docx-europass-word":
        return {
            "dates": rng.choice(("dmy", "mmyyyy", "mon")),
            "headline": rng.random() < 0.6,
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name).split()
    first, last = slug[0], slug[-1]
    surname = "".join(ascii_slug(name.split(" ", 1)[1]).split())
    if style == "pdf-pakistani-cv":
        surname = last
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street, "postal": postal}
    label: str | None = None
    languages: list[tuple[str, str]] = []
    jobs = _chain(rng, pool, rng.choice((3, 4)), rng.random() < 0.7)
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    extra["certificates"] = []
    if style == "pdf-pakistani-cv":
        prefix = rng.choice(("300", "321", "333", "345", "301", "312"))
        number = f"{rng.randint(1000000, 9999999)}"
        phone = rng.choice((f"+92 {prefix} {number}", f"0{prefix}-{number}"))
        handle = last if first == "muhammad" else first
        email = f"{handle}.{last if handle != last else slug[1]}{rng.randint(1, 99)}@gmail.com"
        email = rng.choice((email, f"{slug[-2]}_{last}@hotmail.com"))
        label = jobs[0].position
        if rng.random() < 0.6:
            extra["linkedin"] = f"https://www.linkedin.com/in/{'-'.join(slug)}-{rng.randint(1, 9)}a"
        extra["summary"] = rng.choice(PK_OBJECTIVES)
        for job in jobs:
            job.city = rng.choice((city, city, "Lahore", "Karachi", "Islamabad"))
        master = rng.random() < 0.6
        scores = ("CGPA 3.42/4.00", "CGPA 3.61/4.00", "CGPA 3.18/4.00", "1st Division")
        if master:
            study, area = rng.choice((pool.degrees[0], pool.degrees[3]))
            degrees.append(
                Degree(rng.choice(pool.schools[:3]), study, area, (end_year - 2, 9), (end_year, 7))
            )
            end_year -= 2
        study, area = rng.choice(pool.degrees[1:3])
        years = 4 if study.startswith("BBA") else 2
        degrees.append(
            Degree(rng.choice(pool.schools[2:]), study, area, (end_year - years, 9), (end_year, 7))
        )
        extra["scores"] = [rng.choice(scores) for _ in degrees]
        board = {"Karachi": "BIEK Karachi", "Islamabad": "FBISE Islamabad"}.get(
            city, f"BISE {city}"
        )
        inter_end = end_year - years
        extra["school_rows"] = [
            ("Intermediate", "Commerce", board, inter_end, f"{rng.randint(720, 930)}/1100"),
            ("Matriculation", "Science", board, inter_end - 2, f"{rng.randint(800, 1010)}/1100"),
        ][: rng.choice((1, 2))]
        certs = rng.sample(PK_CERTIFICATES, rng.randint(2, 3))
        extra["certificates"] = [
            (c, issuer, str(rng.randint(end_year + 1, 2025))) for c, issuer in certs
        ]
        extra["father"] = rng.choice(PK_FATHERS)
        extra["born"] = f"{rng.randint(1, 28)}-{rng.randint(1, 12):02d}-{end_year - 22}"
        extra["cnic"] = (
            f"{rng.randint(35100, 42999)}-{rng.randint(1000000, 9999999)}-{rng.randint(1, 9)}"
        )
        extra["marital"] = rng.choice(("Single", "Married"))
        languages = [("English", "Fluent"), ("Urdu", "Native")]
        if city in ("Lahore", "Faisalabad"):
            languages.append(("Punjabi", "Native"))
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-flemish-cv":
        mobile = f"{rng.choice(('0478', '0472', '0495', '0486'))} {rng.randint(10, 99)} "
        mobile += f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
        phone = rng.choice((mobile, "+32 " + mobile[1:]))
        email = f"{first}.{surname}@{rng.choice(('telenet.be', 'gmail.com'))}"
        email = email.replace(" ", "")
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}{surname}"
        extra["summary"] = rng.choice(FL_PROFILES)
        for job in jobs:
            job.city = rng.choice((city, "Antwerpen", "Gent", "Mechelen", "Zaventem"))
        study, area = rng.choice(pool.degrees)
        if study == "Master":
            school = rng.choice(pool.schools[:3])
            degrees.append(Degree(school, study, area, (end_year - 1, 9), (end_year, 6)))
            end_year -= 1
            degrees.append(Degree(school, "Bachelor", area, (end_year - 3, 9), (end_year, 6)))
            end_year -= 3
        else:
            school = rng.choice(pool.schools[3:]) if study.startswith("Prof") else pool.schools[0]
            degrees.append(Degree(school, study, area, (end_year - 3, 9), (end_year, 6)))
            end_year -= 3
        sec_school, sec_area = rng.choice(FL_SECONDARY)
        degrees.append(
            Degree(
                sec_school,
                "Secundair onderwijs",
                sec_area,
                (end_year - 6, 9),
                (end_year, 6),
            )
        )
        extra["grade"] = rng.choice(("met onderscheiding", "met grote onderscheiding", ""))
        certs = rng.sample(FL_CERTIFICATES, rng.randint(1, 3))
        extra["certificates"] = [(c, i, str(rng.randint(end_year + 5, 2025))) for c, i in certs]
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 18}"
        extra["interests"] = rng.sample(FL_INTERESTS, 3)
        languages = [("Nederlands", "moedertaal"), ("Engels", rng.choice(("zeer goed", "goed")))]
        languages.append(("Frans", rng.choice(("goed", "basiskennis", "zeer goed"))))
        if rng.random() < 0.4:
            languages.append(("Duits", "basiskennis"))
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-thai-english":
        mobile = f"0{rng.choice((8, 9, 6))}{rng.randint(1, 9)}-{rng.randint(100, 999)}-"
        mobile += f"{rng.randint(1000, 9999)}"
        phone = rng.choice((mobile, f"+66 {mobile[1:3]} {mobile[4:7]} {mobile[8:]}"))
        email = (
            f"{first}.{last[:1]}{rng.randint(10, 99)}@{rng.choice(('hotmail.com', 'gmail.com'))}"
        )
        extra["summary"] = rng.choice(TH_OBJECTIVES)
        extra["nickname"] = rng.choice(TH_NICKNAMES)
        extra["line"] = f"{first}{rng.randint(1, 999)}"
        male = first in ("thanawat", "kittipong")
        extra["male"] = male
        extra["honorific"] = "Mr." if male else "Miss"
        for job in jobs:
            job.city = rng.choice((city, "Bangkok"))
        study, area = rng.choice(pool.degrees)
        gpa = f"{rng.randint(275, 385) / 100:.2f}"
        extra["gpas"] = []
        if study.startswith("Master"):
            degrees.append(
                Degree(rng.choice(pool.schools), study, area, (end_year - 2, 6), (end_year, 5))
            )
            extra["gpas"].append(f"{rng.randint(330, 395) / 100:.2f}")
            end_year -= 2
            study, area = pool.degrees[0]
        degrees.append(
            Degree(rng.choice(pool.schools), study, area, (end_year - 4, 6), (end_year, 3))
        )
        extra["gpas"].append(gpa)
        if rng.random() < 0.5:
            degrees.append(
                Degree(
                    rng.choice(TH_SCHOOLS),
                    "High School",
                    "Science-Math",
                    (end_year - 7, 5),
                    (end_year - 4, 3),
                )
            )
            extra["gpas"].append(f"{rng.randint(300, 390) / 100:.2f}")
        certs = rng.sample(TH_CERTIFICATES, rng.randint(2, 3))
        extra["certificates"] = [(c, i, str(rng.randint(end_year + 1, 2025))) for c, i in certs]
        extra["born"] = f"{rng.randint(1, 28)} {MONTHS_EN[rng.randrange(12)]} {end_year - 22}"
        extra["age"] = 2026 - (end_year - 22)
        extra["body"] = (
            f"{rng.randint(165, 182)} cm / {rng.randint(58, 80)} kg"
            if male
            else f"{rng.randint(150, 168)} cm / {rng.randint(42, 60)} kg"
        )
        languages = [
            ("Thai", "Native"),
            ("English", rng.choice(("Good", "Very good", "Fair"))),
        ]
        if rng.random() < 0.4:
            languages.append(("Chinese", "Basic"))
        skills = rng.sample(pool.skills, rng.randint(4, 6))
        label = None
    else:
        area_code = {"Torino": "011", "Napoli": "081", "Padova": "049"}.get(city, "045")
        phone = f"+39 {rng.choice(('347', '333', '328', '340'))} {rng.randint(100, 999)} "
        phone += f"{rng.randint(1000, 9999)}"
        extra["landline"] = f"+39 {area_code} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        email = f"{first}.{surname}@{rng.choice(('libero.it', 'gmail.com'))}"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{surname}"
        for job in jobs:
            job.city = rng.choice((city, "Milano", city))
        extra["days"] = [
            (rng.choice((1, 1, 1, rng.randint(2, 28))), rng.randint(1, 28)) for _ in jobs
        ]
        if rng.random() < 0.7:
            school = rng.choice(pool.schools)
            degrees.append(
                Degree(
                    school, *pool.degrees[0], (end_year - 2, 10), (end_year, rng.choice((3, 7, 10)))
                )
            )
            end_year -= 2
        degrees.append(
            Degree(rng.choice(pool.schools), *pool.degrees[1], (end_year - 3, 10), (end_year, 9))
        )
        extra["edu_days"] = [(rng.randint(1, 28), rng.randint(1, 28)) for _ in degrees]
        extra["grades"] = [
            rng.choice(("110/110 cum laude", "108/110", "104/110", "110/110")) for _ in degrees
        ]
        extra["eqf"] = [
            "EQF level 7" if d.study.startswith("Master") else "EQF level 6" for d in degrees
        ]
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 21}"
        extra["sex"] = "Male" if first in ("niccolo", "gianluca", "nicolo") else "Female"
        extra["org"] = rng.choice(IT_SKILLS_TEXT)
        others = rng.sample(("English", "German", "French"), rng.randint(1, 2))
        if "English" not in others:
            others.insert(0, "English")
        levels = {"English": ("C1", "B2"), "German": ("B1", "A2"), "French": ("B2", "B1")}
        languages = [("Italian", "Mother tongue")]
        for lang in others:
            languages.append((lang, rng.choice(levels[lang])))
        extra["lang_certs"] = {lang: IT_LANG_CERTS[lang] for lang in others if rng.random() < 0.6}
        certs = rng.sample(IT_CERTIFICATES, rng.randint(1, 2))
        extra["certificates"] = [(c, i, str(rng.randint(end_year + 3, 2025))) for c, i in certs]
        extra["licence"] = rng.random() < 0.7
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    return Candidate(
        style=style,
        name=name,
        label=label,
        email=email,
        phone=phone,
        url=None,
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


def _day(month: Month | None, day: int) -> str | None:
    return None if month is None else f"{month[0]}-{month[1]:02d}-{day:02d}"


def _precision(style: str, options: dict[str, Any]) -> str:
    if style == "pdf-flemish-cv" and options["dates"] == "years":
        return "year"
    if style == "pdf-thai-english" and options["dates"] == "years":
        return "year"
    return "month"


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    extra = person.extra
    profiles = []
    if "linkedin" in extra:
        li = extra["linkedin"]
        profiles.append({"network": "LinkedIn", "username": li.rsplit("/", 1)[-1], "url": li})
    country_printed = style in ("pdf-pakistani-cv", "docx-europass-word") or options.get(
        "country", False
    )
    location: dict[str, Any] = {
        "address": extra["street"],
        "postalCode": extra["postal"],
        "city": person.city,
        "region": person.region,
        "countryCode": COUNTRY_NAMES[style][1] if country_printed else None,
    }
    label = person.label if options.get("headline", False) else None
    basics = drop_empty(
        {
            "name": person.name,
            "label": label,
            "email": person.email,
            "phone": person.phone,
            "summary": extra.get("summary"),
            "location": drop_empty(location),
            "profiles": profiles,
        }
    )
    precision = _precision(style, options)
    work = []
    for index, job in enumerate(person.jobs):
        start, end = iso_month(job.start, precision), iso_month(job.end, precision)
        if style == "docx-europass-word" and options["dates"] == "dmy":
            first, last = extra["days"][index]
            start, end = _day(job.start, first), _day(job.end, last)
        work.append(
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
        )
    education: list[dict[str, Any]] = []
    for index, d in enumerate(person.degrees):
        item: dict[str, Any] = {"institution": d.institution, "studyType": d.study, "area": d.area}
        if style == "pdf-pakistani-cv":
            item["endDate"] = str(d.end[0])
            item["score"] = extra["scores"][index]
        elif style == "pdf-flemish-cv":
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
            if index == 0:
                item["score"] = extra["grade"]
        elif style == "pdf-thai-english":
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
            item["score"] = extra["gpas"][index]
        else:
            if options["dates"] == "dmy":
                first, last = extra["edu_days"][index]
                item |= {"startDate": _day(d.start, first), "endDate": _day(d.end, last)}
            else:
                item |= {
                    "startDate": iso_month(d.start, "month"),
                    "endDate": iso_month(d.end, "month"),
                }
            item["score"] = extra["grades"][index]
        education.append(drop_empty(item))
    if style == "pdf-pakistani-cv":
        for study, area, board, year, marks in extra["school_rows"]:
            education.append(
                {
                    "institution": board,
                    "studyType": study,
                    "area": area,
                    "endDate": str(year),
                    "score": marks,
                }
            )
    skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    certificates = [
        drop_empty({"name": c, "issuer": issuer, "date": date})
        for c, issuer, date in extra["certificates"]
    ]
    if style == "docx-europass-word":
        certificates += [{"name": cert} for cert in extra["lang_certs"].values()]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "certificates": certificates,
            "skills": skills,
            "languages": languages,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-pakistani-cv":
        return _pakistani(person, options), "pdf"
    if style == "pdf-flemish-cv":
        return _flemish(person, options), "pdf"
    if style == "pdf-thai-english":
        return _thai(person, options), "pdf"
    if style == "docx-europass-word":
        return _europass_docx(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _lines(pdf: Any, width: float, height: float, text: str) -> int:
    from fpdf.enums import MethodReturnValue

    return len(pdf.multi_cell(width, height, text, dry_run=True, output=MethodReturnValue.LINES))


# ------------------------------------------------------------------------------- Pakistan


def _pk_month(month: Month | None, form: str) -> str:
    if month is None:
        return {"mon": "Present", "till": "Till Date", "numeric": "To Date"}[form]
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    if form == "till":
        return f"{MONTHS_EN[month[1] - 1]}, {month[0]}"
    return f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"


def _pakistani(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, family, extra = options["dates"], options["accent"], options["font"], person.extra
    files = "DejaVuSerif" if family == "Serif" else "DejaVuSans"
    pdf = _pdf(family, files)
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV - {person.name}")
    pdf.set_author(person.name)
    x, width = 18.0, 174.0
    joiner = " to " if form == "till" else " \u2013 "
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.6)
        pdf.rect(10, 10, 190, 277)
        pdf.set_line_width(0.2)
        pdf.rect(11.2, 11.2, 187.6, 274.6)
        pdf.set_xy(x, 280)
        pdf.set_font(family, "", 7.5)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(width, 4, f"Page {pdf.page_no()} of {{nb}}", align="C")
        pdf.set_text_color(0, 0, 0)
        y = 17.0

    def need(height: float) -> None:
        if y + height > 274:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 3
        pdf.set_fill_color(217, 217, 217)
        pdf.rect(x, y, width, 6.2, style="F")
        pdf.set_fill_color(*accent)
        pdf.rect(x, y, 1.6, 6.2, style="F")
        pdf.set_xy(x + 3.5, y + 0.4)
        pdf.set_font(family, "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(width - 4, 5.4, text.upper())
        pdf.set_text_color(0, 0, 0)
        y += 9

    new_page()
    if options["title"]:
        pdf.set_xy(x, y)
        pdf.set_font(family, "BU", 13)
        pdf.cell(width, 6, "CURRICULUM VITAE", align="C")
        y += 10
    pdf.set_draw_color(80, 80, 80)
    pdf.set_line_width(0.3)
    pdf.rect(x + width - 30, y, 28, 34)
    pdf.set_xy(x + width - 30, y + 15)
    pdf.set_font(family, "", 6.5)
    pdf.set_text_color(150, 150, 150)
    pdf.cell(28, 4, "Photograph", align="C")
    pdf.set_text_color(*accent)
    pdf.set_xy(x, y)
    pdf.set_font(family, "B", 19)
    pdf.cell(width - 34, 9, person.name.upper())
    pdf.set_text_color(0, 0, 0)
    y += 10
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font(family, "I", 11)
        pdf.cell(width - 34, 5.5, person.label or "")
        y += 7
    rows = [
        ("Address:", f"{extra['street']}, {person.city}, Pakistan"),
        ("Cell:", person.phone),
        ("Email:", person.email),
    ]
    if "linkedin" in extra:
        rows.append(("LinkedIn:", extra["linkedin"].removeprefix("https://www.")))
    for key, value in rows:
        pdf.set_xy(x, y)
        pdf.set_font(family, "B", 9.5)
        pdf.cell(20, 5, key)
        pdf.set_font(family, "", 9.5)
        pdf.multi_cell(width - 56, 5, value, align="L")
        y = pdf.get_y() + 0.4
    y = max(y, 17 + (10 if options["title"] else 0) + 36)
    heading("Career Objective")
    pdf.set_xy(x, y)
    pdf.set_font(family, "", 9.6)
    pdf.multi_cell(width, 5, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("Professional Experience")
    for job in person.jobs:
        need(30)
        pdf.set_xy(x, y)
        pdf.set_font(family, "B", 10)
        pdf.cell(width - 58, 5.2, job.position)
        pdf.set_font(family, "B", 9.3)
        pdf.cell(
            58, 5.2, f"{_pk_month(job.start, form)}{joiner}{_pk_month(job.end, form)}", align="R"
        )
        pdf.set_xy(x, y + 5.3)
        pdf.set_font(family, "I", 9.6)
        pdf.cell(width, 5, f"{job.company}, {job.city}")
        y += 11.5
        pdf.set_xy(x, y)
        pdf.set_font(family, "BU", 9.2)
        pdf.cell(width, 4.8, "Key Responsibilities:")
        y += 5.6
        for note in job.highlights:
            need(6)
            pdf.set_xy(x + 3, y)
            pdf.set_font("Sans" if family == "Sans" else family, "", 9.3)
            if family == "Sans":
                pdf.cell(5, 4.8, "\u27a2")
            else:
                pdf.cell(5, 4.8, "\u25aa")
            pdf.multi_cell(width - 8, 4.8, note, align="L")
            y = pdf.get_y() + 0.5
        y += 3
    heading("Academic Qualifications")
    columns = (("Degree", 46.0), ("Institute / Board", 78.0), ("Year", 18.0), ("Result", 32.0))
    rows_edu: list[tuple[str, ...]] = []
    for index, d in enumerate(person.degrees):
        rows_edu.append(
            (
                f"{d.study} {d.area}" if d.study.endswith(")") else f"{d.study} ({d.area})",
                d.institution,
                str(d.end[0]),
                extra["scores"][index],
            )
        )
    for study, area, board, year, marks in extra["school_rows"]:
        rows_edu.append((f"{study} ({area})", board, str(year), marks))
    need(8 + 11 * len(rows_edu))
    cx = x
    pdf.set_fill_color(235, 235, 235)
    pdf.set_draw_color(120, 120, 120)
    pdf.set_line_width(0.2)
    for title, w in columns:
        pdf.set_xy(cx, y)
        pdf.set_font(family, "B", 9.2)
        pdf.cell(w, 6.5, title, border=1, align="C", fill=True)
        cx += w
    y += 6.5
    for row in rows_edu:
        pdf.set_font(family, "", 9)
        height = max(
            _lines(pdf, w - 2, 4.6, text) for text, (_, w) in zip(row, columns, strict=True)
        )
        height = height * 4.6 + 2.4
        cx = x
        for text, (_, w) in zip(row, columns, strict=True):
            pdf.rect(cx, y, w, height)
            count = _lines(pdf, w - 2, 4.6, text)
            pdf.set_xy(cx + 1, y + (height - count * 4.6) / 2)
            pdf.multi_cell(w - 2, 4.6, text, align="C" if w < 40 else "L")
            cx += w
        y += height
    y += 2
    heading("Professional Certifications")
    for cert, issuer, year in extra["certificates"]:
        need(6)
        pdf.set_xy(x + 3, y)
        pdf.set_font(family, "", 9.4)
        pdf.cell(5, 4.9, "\u25cf")
        pdf.set_font(family, "B", 9.4)
        pdf.multi_cell(width - 8, 4.9, f"{cert}", align="L")
        pdf.set_xy(x + 8, pdf.get_y())
        pdf.set_font(family, "", 9.2)
        pdf.cell(width - 8, 4.8, f"{issuer} ({year})")
        y = pdf.get_y() + 5.6
    heading("Computer Skills")
    for skill in person.skills:
        need(6)
        pdf.set_xy(x + 3, y)
        pdf.set_font(family, "", 9.4)
        pdf.cell(5, 4.9, "\u25cf")
        pdf.cell(width - 8, 4.9, skill)
        y += 5.2
    heading("Languages")
    pdf.set_xy(x + 3, y)
    pdf.set_font(family, "", 9.4)
    pdf.cell(width - 3, 5, ", ".join(f"{lang} ({level})" for lang, level in person.languages))
    y += 6
    heading("Personal Information")
    info = (
        ("Father's Name", extra["father"]),
        ("Date of Birth", extra["born"]),
        ("CNIC No.", extra["cnic"]),
        ("Nationality", "Pakistani"),
        ("Marital Status", extra["marital"]),
        ("Religion", "Islam"),
    )
    for key, value in info:
        need(6)
        pdf.set_xy(x + 3, y)
        pdf.set_font(family, "B", 9.4)
        pdf.cell(40, 5, key)
        pdf.set_font(family, "", 9.4)
        pdf.cell(5, 5, ":")
        pdf.cell(width - 48, 5, value)
        y += 5.3
    heading("References")
    pdf.set_xy(x + 3, y)
    pdf.set_font(family, "I", 9.4)
    pdf.cell(width - 3, 5, "References will be furnished upon request.")
    y += 6
    _check(y, 276, person)
    return bytes(pdf.output())


# -------------------------------------------------------------------------------- Flanders


def _nl_month(month: Month | None, form: str) -> str:
    if month is None:
        return "heden"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    if form == "years":
        return str(month[0])
    return f"{MAANDEN_KORT[month[1] - 1]} {month[0]}"


def _nl_degree(d: Degree) -> str:
    if d.study == "Secundair onderwijs":
        return f"{d.study} \u2013 {d.area}"
    if d.study == "Professionele bachelor":
        return f"{d.study} {d.area}"
    return f"{d.study} in de {d.area}"


def _flemish(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    side = 68.0
    sx, sw = 9.0, side - 15.0
    x, width = side + 9, 210 - side - 9 - 13
    tint = tuple(int(255 - (255 - c) * 0.12) for c in accent)
    ink = (40, 40, 40)
    y = 0.0
    page = 0

    def backdrop() -> None:
        pdf.set_fill_color(*tint)
        pdf.rect(0, 0, side, 297, style="F")

    def new_page() -> None:
        nonlocal y, page
        pdf.add_page()
        page += 1
        backdrop()
        pdf.set_xy(x, 287)
        pdf.set_font("Sans", "", 7.5)
        pdf.set_text_color(130, 130, 130)
        pdf.cell(width, 4, f"{person.name} \u2013 pagina {page}", align="R")
        pdf.set_text_color(*ink)
        y = 16.0

    def need(height: float) -> None:
        if y + height > 280:
            new_page()

    new_page()
    # Sidebar: photo, contact, languages, skills, interests.
    pdf.set_fill_color(255, 255, 255)
    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.6)
    pdf.ellipse(side / 2 - 17, 14, 34, 34, style="DF")
    sy = 56.0

    def side_heading(text: str) -> None:
        nonlocal sy
        sy += 4
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(sw, 5, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.4)
        pdf.line(sx, sy + 6, sx + 14, sy + 6)
        pdf.set_text_color(*ink)
        sy += 8.5

    def side_line(text: str, bold: bool = False, size: float = 8.4, gap: float = 0.6) -> None:
        nonlocal sy
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B" if bold else "", size)
        pdf.multi_cell(sw, 4.2, text, align="L")
        sy = pdf.get_y() + gap

    side_heading("Contact")
    side_line(extra["street"], gap=0)
    side_line(f"{extra['postal']} {person.city}", gap=0)
    if options["country"]:
        side_line("België", gap=0)
    sy += 2
    side_line(f"\u260e  {person.phone}", gap=1.5)
    side_line("E-mail", bold=True, size=8, gap=0)
    side_line(person.email, size=7.8, gap=1.5)
    side_line("LinkedIn", bold=True, size=8, gap=0)
    side_line(extra["linkedin"].removeprefix("https://www."), size=7.8, gap=1.5)
    side_line("Geboortedatum", bold=True, size=8, gap=0)
    side_line(extra["born"], gap=1.5)
    side_line("Rijbewijs", bold=True, size=8, gap=0)
    side_line("B", gap=1.5)
    side_heading("Talen")
    for lang, level in person.languages:
        side_line(lang, bold=True, size=8.4, gap=0)
        side_line(level, gap=1.2)
    side_heading("Computerkennis")
    for skill in person.skills:
        side_line(f"\u2022 {skill}", gap=0.8)
    side_heading("Interesses")
    for interest in extra["interests"]:
        side_line(interest, gap=0.6)
    _check(sy, 284, person)

    pdf.set_xy(x, y + 2)
    pdf.set_font("Sans", "B", 24)
    pdf.set_text_color(*accent)
    pdf.multi_cell(width, 10, person.name, align="L")
    pdf.set_text_color(*ink)
    y = pdf.get_y()
    if options["headline"]:
        pdf.set_xy(x, y + 0.5)
        pdf.set_font("Sans", "", 12)
        pdf.set_text_color(100, 100, 100)
        pdf.cell(width, 6, person.label or "")
        pdf.set_text_color(*ink)
        y += 7
    y += 3

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 12)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text.upper())
        pdf.set_draw_color(200, 200, 200)
        pdf.set_line_width(0.3)
        pdf.line(x, y + 7, x + width, y + 7)
        pdf.set_text_color(*ink)
        y += 10

    heading("Profiel")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.7, extra["summary"], align="L")
    y = pdf.get_y() + 1
    gutter = 31.0 if form != "years" else 24.0

    def work() -> None:
        nonlocal y
        heading("Werkervaring")
        for job in person.jobs:
            need(26)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "", 8.4)
            pdf.set_text_color(110, 110, 110)
            pdf.multi_cell(
                gutter - 2,
                4.4,
                f"{_nl_month(job.start, form)} \u2013\n{_nl_month(job.end, form)}",
                align="L",
            )
            pdf.set_text_color(*ink)
            pdf.set_xy(x + gutter, y)
            pdf.set_font("Sans", "B", 10)
            pdf.cell(width - gutter, 5, job.position)
            pdf.set_xy(x + gutter, y + 5)
            pdf.set_font("Sans", "", 9)
            pdf.set_text_color(*accent)
            pdf.cell(width - gutter, 4.8, f"{job.company} | {job.city}")
            pdf.set_text_color(*ink)
            y += 11
            for note in job.highlights:
                need(5)
                pdf.set_xy(x + gutter, y)
                pdf.set_font("Sans", "", 8.8)
                pdf.cell(4, 4.5, "\u2013")
                pdf.multi_cell(width - gutter - 4, 4.5, note, align="L")
                y = pdf.get_y() + 0.4
            y += 3

    def education() -> None:
        nonlocal y
        heading("Opleiding")
        for index, d in enumerate(person.degrees):
            need(14)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "", 8.4)
            pdf.set_text_color(110, 110, 110)
            pdf.cell(gutter - 2, 4.6, f"{d.start[0]} \u2013 {d.end[0]}")
            pdf.set_text_color(*ink)
            pdf.set_xy(x + gutter, y)
            pdf.set_font("Sans", "B", 9.6)
            pdf.multi_cell(width - gutter, 4.8, _nl_degree(d), align="L")
            pdf.set_xy(x + gutter, pdf.get_y())
            pdf.set_font("Sans", "", 9)
            place = f", {person.city}" if d.study == "Secundair onderwijs" else ""
            pdf.cell(width - gutter, 4.6, f"{d.institution}{place}")
            y = pdf.get_y() + 4.8
            if index == 0 and extra["grade"]:
                pdf.set_xy(x + gutter, y)
                pdf.set_font("Sans", "I", 8.8)
                pdf.cell(width - gutter, 4.6, f"Behaald {extra['grade']}")
                y += 4.8
            y += 2.2

    for part in (work, education) if options["order"] == "work-first" else (education, work):
        part()
    heading("Cursussen en attesten")
    for cert, issuer, year in extra["certificates"]:
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.4)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(gutter, 4.8, year)
        pdf.set_text_color(*ink)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width - gutter, 4.8, f"{cert} ({issuer})")
        y += 5.4
    _check(y, 282, person)
    return bytes(pdf.output())


# ------------------------------------------------------------------------------- Thailand


def _th_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Present"
    if form == "years":
        return str(month[0])
    if form == "long":
        return f"{MONTHS_EN[month[1] - 1]} {month[0]}"
    return f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"


def _thai(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Resume")
    x, width = 16.0, 178.0
    gutter = 40.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_fill_color(*accent)
        pdf.rect(0, 0, 210, 4, style="F")
        y = 14.0

    def need(height: float) -> None:
        if y + height > 282:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 3.5
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11.5)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(x, y + 6.8, x + width, y + 6.8)
        pdf.set_text_color(0, 0, 0)
        y += 9.5

    new_page()
    # Photo top right.
    pdf.set_draw_color(160, 160, 160)
    pdf.set_line_width(0.3)
    pdf.set_fill_color(242, 242, 242)
    pdf.rect(x + width - 30, y, 30, 38, style="DF")
    pdf.set_xy(x + width - 30, y + 17)
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(150, 150, 150)
    pdf.cell(30, 4, "PHOTO", align="C")
    pdf.set_text_color(0, 0, 0)
    shown = f"{extra['honorific']} {person.name}" if options["honorific"] else person.name
    pdf.set_xy(x, y + 2)
    pdf.set_font("Sans", "B", 20)
    pdf.set_text_color(*accent)
    pdf.cell(width - 34, 9, shown)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x, y + 11.5)
    pdf.set_font("Sans", "", 10)
    pdf.cell(width - 34, 5, f"Nickname: {extra['nickname']}")
    address = f"{extra['street']}, {person.city} {extra['postal']}"
    if options["country"]:
        address += ", Thailand"
    rows = (
        ("Address", address),
        ("Mobile", person.phone),
        ("E-mail", person.email),
        ("Line ID", extra["line"]),
    )
    cy = y + 19
    for key, value in rows:
        pdf.set_xy(x, cy)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(18, 4.7, key)
        pdf.set_font("Sans", "", 9)
        pdf.cell(3, 4.7, ":")
        pdf.multi_cell(width - 55, 4.7, value, align="L")
        cy = pdf.get_y() + 0.3
    y = max(cy, y + 40)
    heading("Career Objective")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.2)
    pdf.multi_cell(width, 4.8, extra["summary"], align="L")
    y = pdf.get_y() + 1
    heading("Personal Information")
    info = [
        ("Date of Birth", extra["born"]),
        ("Age", f"{extra['age']} years"),
        ("Nationality", "Thai"),
        ("Religion", "Buddhism"),
        ("Marital Status", "Single"),
        ("Height / Weight", extra["body"]),
    ]
    if extra["male"]:
        info.append(("Military Status", "Exempted"))
    half = (len(info) + 1) // 2
    for index, (key, value) in enumerate(info):
        col = index // half
        row = index % half
        pdf.set_xy(x + col * width / 2, y + row * 5)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(30, 4.8, key)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width / 2 - 30, 4.8, f": {value}")
    y += half * 5 + 1

    def education() -> None:
        nonlocal y
        heading("Education")
        for index, d in enumerate(person.degrees):
            need(16)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 9.2)
            pdf.cell(gutter, 4.8, f"{d.start[0]} \u2013 {d.end[0]}")
            pdf.set_xy(x + gutter, y)
            pdf.set_font("Sans", "B", 9.6)
            if d.study == "High School":
                pdf.cell(width - gutter, 4.8, f"{d.study} ({d.area} Program)")
            else:
                pdf.cell(width - gutter, 4.8, f"{d.study} ({d.area})")
            pdf.set_xy(x + gutter, y + 5)
            pdf.set_font("Sans", "", 9.2)
            pdf.cell(width - gutter, 4.8, d.institution)
            pdf.set_xy(x + gutter, y + 10)
            pdf.cell(width - gutter, 4.8, f"GPA {extra['gpas'][index]}")
            y += 17

    def work() -> None:
        nonlocal y
        heading("Work Experience")
        for job in person.jobs:
            need(28)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 9.2)
            pdf.multi_cell(
                gutter - 3,
                4.8,
                f"{_th_month(job.start, form)} \u2013"
                + ("\n" if form != "years" else " ")
                + _th_month(job.end, form),
                align="L",
            )
            pdf.set_xy(x + gutter, y)
            pdf.set_font("Sans", "B", 9.6)
            pdf.cell(width - gutter, 4.8, job.company)
            pdf.set_xy(x + gutter, y + 5)
            pdf.set_font("Sans", "", 9.2)
            pdf.cell(width - gutter, 4.8, f"Position: {job.position}")
            pdf.set_xy(x + gutter, y + 10)
            pdf.cell(width - gutter, 4.8, f"Location: {job.city}")
            pdf.set_xy(x + gutter, y + 15)
            pdf.set_font("Sans", "U", 9.2)
            pdf.cell(width - gutter, 4.8, "Responsibilities")
            y += 20.5
            for note in job.highlights:
                need(5)
                pdf.set_xy(x + gutter + 1, y)
                pdf.set_font("Sans", "", 9)
                pdf.cell(4, 4.6, "\u2022")
                pdf.multi_cell(width - gutter - 5, 4.6, note, align="L")
                y = pdf.get_y() + 0.3
            y += 3

    for part in (education, work) if options["order"] == "education-first" else (work, education):
        part()
    heading("Training & Certificates")
    for cert, issuer, year in extra["certificates"]:
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.2)
        pdf.cell(gutter, 4.8, year)
        pdf.set_font("Sans", "", 9.2)
        pdf.multi_cell(width - gutter, 4.8, f"{cert} \u2013 {issuer}", align="L")
        y = pdf.get_y() + 0.6
    heading("Skills")
    need(12)
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 9.2)
    pdf.cell(gutter, 4.8, "Computer Skills")
    for skill in person.skills:
        need(6)
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Sans", "", 9.2)
        pdf.cell(width - gutter, 4.8, f"\u2022 {skill}")
        y += 5
    y += 1
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 9.2)
    pdf.cell(gutter, 4.8, "Language Skills")
    for lang, level in person.languages:
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Sans", "", 9.2)
        pdf.cell(width - gutter, 4.8, f"\u2022 {lang} : {level}")
        y += 5
    heading("References")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.2)
    pdf.cell(width, 4.8, "Available upon request")
    y += 6
    _check(y, 284, person)
    return bytes(pdf.output())


# ------------------------------------------------------------------------ Europass (Word)


def _normalise_docx(data: bytes) -> bytes:
    """The same archive with fixed member timestamps, so the bytes are deterministic."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def _eu_date(month: Month | None, day: int, form: str) -> str:
    if month is None:
        return "Present" if form == "mon" else "present"
    if form == "dmy":
        return f"{day:02d}/{month[1]:02d}/{month[0]}"
    if form == "mmyyyy":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MONTHS_EN[month[1] - 1]} {month[0]}"


def _europass_docx(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    form, extra = options["dates"], person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = person.name
    properties.revision = 5
    properties.title = "Europass CV"
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(10)
    section.top_margin, section.bottom_margin = Mm(12), Mm(12)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = footer.add_run("\u00a9 European Union, 2002-2019 | europass.cedefop.europa.eu")
    run.font.size = Pt(7)
    run.font.color.rgb = RGBColor(0x1F, 0x49, 0x7D)
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(9)
    normal.paragraph_format.space_after = Pt(0)
    blue = RGBColor(0x0E, 0x41, 0x94)
    label_blue = RGBColor(0x1F, 0x49, 0x7D)
    grey = RGBColor(0x3F, 0x3A, 0x38)

    left_w, right_w = Mm(56), Mm(134)
    table = document.add_table(rows=0, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, w in zip(table.columns, (left_w, right_w), strict=True):
        column.width = w

    def row() -> tuple[Any, Any]:
        cells = table.add_row().cells
        for cell, w in zip(cells, (left_w, right_w), strict=True):
            cell.width = w
        return cells[0], cells[1]

    def para(
        cell: Any,
        text: str = "",
        *,
        size: float = 9,
        bold: bool = False,
        colour: Any = None,
        align: Any = None,
        after: float = 0,
        before: float = 0,
        style: str | None = None,
        caps: bool = False,
    ) -> Any:
        fresh = len(cell.paragraphs) == 1 and not cell.paragraphs[0].text and style is None
        paragraph = cell.paragraphs[0] if fresh else cell.add_paragraph(style=style)
        paragraph.paragraph_format.space_after = Pt(after)
        paragraph.paragraph_format.space_before = Pt(before)
        if align is not None:
            paragraph.alignment = align
        if text:
            run = paragraph.add_run(text)
            run.font.size = Pt(size)
            run.bold = bold
            run.font.all_caps = caps
            run.font.color.rgb = colour or grey
        return paragraph

    def rule(paragraph: Any) -> None:
        border = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (
            ("w:val", "single"),
            ("w:sz", "6"),
            ("w:space", "1"),
            ("w:color", "1593CB"),
        ):
            bottom.set(qn(key), value)
        border.append(bottom)
        paragraph._p.get_or_add_pPr().append(border)

    def section_row(title: str) -> None:
        left, right = row()
        para(
            left,
            title,
            size=10,
            colour=label_blue,
            align=WD_ALIGN_PARAGRAPH.RIGHT,
            before=10,
            caps=True,
        )
        rule(para(right, "", before=10))

    def label(cell: Any, text: str, *, size: float = 8.5, before: float = 4) -> None:
        para(
            cell, text, size=size, colour=label_blue, align=WD_ALIGN_PARAGRAPH.RIGHT, before=before
        )

    top_left, _top_right = row()
    para(top_left, "europass", size=20, bold=True, colour=blue, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(top_left, "Curriculum Vitae", size=9, colour=label_blue, align=WD_ALIGN_PARAGRAPH.LEFT)
    left, right = row()
    para(
        left,
        "PERSONAL INFORMATION",
        size=10,
        colour=label_blue,
        align=WD_ALIGN_PARAGRAPH.RIGHT,
        before=8,
    )
    para(right, person.name, size=13, colour=blue, before=8, after=4)
    para(right, f"\u2302  {extra['street']}, {extra['postal']} {person.city} (Italy)", after=2)
    para(right, f"\u260e  {extra['landline']}        Mobile  {person.phone}", after=2)
    para(right, f"\u2709  {person.email}", after=2)
    para(right, f"LinkedIn  {extra['linkedin'].removeprefix('https://')}", after=4)
    facts = para(right, "Sex ", size=8, colour=label_blue, after=2)
    for text, colour in (
        (f"{extra['sex']} ", grey),
        ("| Date of birth ", label_blue),
        (f"{extra['born']} ", grey),
        ("| Nationality ", label_blue),
        ("Italian", grey),
    ):
        part = facts.add_run(text)
        part.font.size = Pt(8.5)
        part.font.color.rgb = colour
    if options["headline"]:
        left, right = row()
        para(
            left,
            "JOB APPLIED FOR",
            size=10,
            colour=label_blue,
            align=WD_ALIGN_PARAGRAPH.RIGHT,
            before=10,
        )
        para(right, person.label or "", size=13, colour=blue, before=10)

    section_row("Work experience")
    for index, job in enumerate(person.jobs):
        first, last = extra["days"][index]
        left, right = row()
        label(
            left,
            f"{_eu_date(job.start, first, form)} \u2013 {_eu_date(job.end, last, form)}",
            before=6,
        )
        para(right, job.position, size=11, colour=blue, before=6, after=1)
        para(right, f"{job.company}, {job.city} (Italy)", after=2)
        for note in job.highlights:
            para(right, note, style="List Bullet", after=0)
        sector = para(right, "Business or sector ", size=8, colour=label_blue, before=2, after=2)
        part = sector.add_run("Manufacturing" if "S.p.A." in job.company else "Logistics")
        part.font.size = Pt(8.5)
        part.font.color.rgb = grey

    section_row("Education and training")
    for index, d in enumerate(person.degrees):
        first, last = extra["edu_days"][index]
        left, right = row()
        label(
            left, f"{_eu_date(d.start, first, form)} \u2013 {_eu_date(d.end, last, form)}", before=6
        )
        title = para(right, f"{d.study} in {d.area}", size=11, colour=blue, before=6, after=1)
        title.paragraph_format.tab_stops.add_tab_stop(Mm(134), WD_TAB_ALIGNMENT.RIGHT)
        level = title.add_run(f"\t{extra['eqf'][index]}")
        level.font.size = Pt(8.5)
        level.font.color.rgb = blue
        para(right, f"{d.institution} (Italy)", after=1)
        para(right, f"Final grade: {extra['grades'][index]}", after=2)

    section_row("Personal skills")
    left, right = row()
    label(left, "Mother tongue(s)", before=6)
    para(right, "Italian", size=10, before=6, after=2)
    left, right = row()
    label(left, "Other language(s)", before=4)
    grid = right.add_table(rows=2, cols=6)
    grid.style = "Table Grid"
    grid.cell(0, 1).merge(grid.cell(0, 2))
    grid.cell(0, 3).merge(grid.cell(0, 4))
    headers = ("", "UNDERSTANDING", "", "SPEAKING", "", "WRITING")
    subs = ("", "Listening", "Reading", "Spoken interaction", "Spoken production", "")
    for i in range(6):
        for r, text in ((0, headers[i]), (1, subs[i])):
            cell = grid.cell(r, i)
            if text:
                p = cell.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = p.add_run(text)
                run.font.size = Pt(7.5)
                run.font.color.rgb = label_blue
    for lang, level in person.languages[1:]:
        cells = grid.add_row().cells
        p = cells[0].paragraphs[0]
        run = p.add_run(lang)
        run.font.size = Pt(8.5)
        run.font.color.rgb = label_blue
        for cell in cells[1:]:
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(level)
            run.font.size = Pt(9)
        if lang in extra["lang_certs"]:
            cert_cells = grid.add_row().cells
            merged = cert_cells[1].merge(cert_cells[5])
            p = merged.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(extra["lang_certs"][lang])
            run.font.size = Pt(8)
            run.font.color.rgb = grey
    para(
        right,
        "Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user",
        size=7,
        colour=label_blue,
        before=2,
    )
    para(
        right,
        "Common European Framework of Reference for Languages",
        size=7,
        colour=label_blue,
        after=4,
    )
    left, right = row()
    label(left, "Organisational / managerial skills")
    para(right, extra["org"], before=4, after=2)
    left, right = row()
    label(left, "Digital skills")
    first_skill = True
    for skill in person.skills:
        para(right, skill, style="List Bullet", before=4 if first_skill else 0)
        first_skill = False
    if extra["licence"]:
        left, right = row()
        label(left, "Driving licence")
        para(right, "B", before=4)

    section_row("Additional information")
    left, right = row()
    label(left, "Certifications", before=6)
    for cert, issuer, year in extra["certificates"]:
        para(right, f"{cert} \u2013 {issuer} ({year})", style="List Bullet")
    left, right = row()
    label(left, "Data protection", before=6)
    para(
        right,
        "I hereby authorise the processing of my personal data pursuant to Regulation (EU) "
        "2016/679 (GDPR) and Legislative Decree 196/2003.",
        size=8,
        before=6,
    )
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_docx(buffer.getvalue())

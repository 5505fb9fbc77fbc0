"""Seventy-seventh held-out round ("holdout-77"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts, three born-digital PDF and
one Word document. The round is sealed: the layouts are described only in the code below.

Pools are fresh for this round; the truth states only what the document shows, in the
precision it shows it (a country code only where a country is printed, year-only dates as
years, an ongoing job or study without an end date).
"""

# ruff: noqa: RUF001 (the documents use en dashes)

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout17 import _chain, _check
from tests.eval.holdout31 import _normalise_zip
from tests.eval.holdout68 import _Flow, _letter
from tests.eval.holdout74 import _edu, _years
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, profile_links

HOLDOUT_TAG = "holdout-77"
GENERATOR = "tests/eval/holdout77.py"
SEED = 7_771_436

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-kiribati-cv", 3),
    ("pdf-lao-cv", 3),
    ("pdf-resumelab-export", 3),
    ("docx-slovak-cv-word", 3),
)

MONTHS = (
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

POOLS: dict[str, Pool] = {
    "pdf-kiribati-cv": Pool(
        first=("Tearoa", "Kaotitaake", "Rutiana", "Iotebwa", "Tiaon", "Bwenawa", "Eritai"),
        last=("Teabike", "Kaiea", "Tauro", "Iotiabata", "Baraniko", "Teuea", "Maerere"),
        cities=(
            ("South Tarawa", None, "KI", "P.O. Box 318, Bairiki"),
            ("South Tarawa", None, "KI", "P.O. Box 77, Bikenibeu"),
            ("South Tarawa", None, "KI", "P.O. Box 1204, Betio"),
        ),
        employers=(
            "Tarawa Lagoon Traders Ltd",
            "Bikenibeu Hardware & Timber Co. Ltd",
            "Nawerewere Community Pharmacy",
            "Eita Savings & Loans Society",
            "Kiribati Coconut Oil Exporters Ltd",
        ),
        titles=(
            "Accounts Clerk",
            "Office Assistant",
            "Senior Cashier",
            "Procurement Officer",
            "Customer Service Officer",
        ),
        highlights=(
            "Recorded daily sales and prepared the cash-up sheet for the manager",
            "Entered supplier invoices and prepared cheques for payment",
            "Kept stock cards for rice, flour, sugar and building materials",
            "Prepared KPF contributions and fortnightly payroll for 28 staff",
            "Ordered goods from suppliers in Fiji and Australia and cleared shipments at Betio",
            "Served customers at the counter and answered telephone enquiries",
            "Typed letters, filed documents and kept the visitors book",
            "Reconciled the bank statements with the cash book every month",
            "Helped with the yearly stocktake and the audit",
        ),
        skills=(
            "Microsoft Word and Excel",
            "QuickBooks",
            "Typing (45 words per minute)",
            "Record keeping",
            "Customer service",
        ),
        schools=(
            "University of the South Pacific, Kiribati Campus",
            "Kiribati Institute of Technology",
        ),
        degrees=(
            ("Certificate IV", "Accounting"),
            ("Diploma", "Business Administration"),
            ("Certificate III", "Business"),
        ),
    ),
    "pdf-lao-cv": Pool(
        first=("Souksavanh", "Phonesavanh", "Khamla", "Vilayphone", "Anousone", "Somphone"),
        last=("Phommachanh", "Keomany", "Sihalath", "Vongsouthi", "Inthavong", "Xayavong"),
        cities=(
            ("Vientiane", None, "LA", "Ban Phonthan, Saysettha District"),
            ("Vientiane", None, "LA", "Ban Dongpalane, Sisattanak District"),
            ("Vientiane", None, "LA", "Ban Nongtha, Chanthabouly District"),
        ),
        employers=(
            "Mekong Lanexang Trading Co., Ltd.",
            "That Luang Logistics Sole Co., Ltd.",
            "Nongbone Microfinance Institution",
            "Champa Digital Solutions Co., Ltd.",
            "Sikhottabong Construction Co., Ltd.",
        ),
        titles=(
            "Accountant",
            "Sales and Marketing Officer",
            "Admin Assistant",
            "Loan Officer",
            "HR and Admin Officer",
        ),
        highlights=(
            "Recorded daily income and expenses and prepared monthly financial reports",
            "Prepared tax declarations for submission to the Tax Department",
            "Contacted customers and prepared quotations in Lao and English",
            "Assessed loan applications and visited clients in Vientiane Capital",
            "Prepared employment contracts and kept staff files up to date",
            "Translated documents between Lao and English for the director",
            "Managed the company Facebook page and ran promotions",
            "Coordinated delivery schedules with drivers and warehouse staff",
            "Prepared payroll and social security contributions for 40 staff",
        ),
        skills=(
            "Microsoft Office (Word, Excel, PowerPoint)",
            "Accounting software (AccPac)",
            "Lao and English typing",
            "Canva",
            "Communication",
            "Teamwork",
        ),
        schools=(
            "National University of Laos, Faculty of Economics and Business Management",
            "Lao-American College",
            "Rattana Business Administration College",
        ),
        degrees=(
            ("Bachelor's Degree", "Business Administration"),
            ("Bachelor's Degree", "Accounting"),
            ("Higher Diploma", "Finance and Banking"),
            ("Bachelor's Degree", "English"),
        ),
    ),
    "pdf-resumelab-export": Pool(
        first=("Brianna", "Tyler", "Kayla", "Dustin", "Shelby", "Marcus", "Alyssa", "Trevor"),
        last=("Hollister", "McCandless", "Brandt", "Okafor", "Delgado", "Whitlock", "Pruitt"),
        cities=(
            ("Columbus", "OH", None, "43215"),
            ("Indianapolis", "IN", None, "46204"),
            ("Louisville", "KY", None, "40202"),
        ),
        employers=(
            "Buckeye Valley Medical Group",
            "Riverbend Property Management",
            "Hoosier Freight Solutions",
            "Brightpath Home Health",
            "Tri-County Auto Finance",
        ),
        titles=(
            "Patient Coordinator",
            "Office Manager",
            "Dispatch Supervisor",
            "Billing Specialist",
            "Customer Success Representative",
        ),
        highlights=(
            "Scheduled 60+ patient appointments daily across three providers",
            "Reduced claim denials by 18% by auditing codes before submission",
            "Supervised a team of 6 dispatchers covering 140 daily loads",
            "Managed accounts payable and vendor contracts for 12 properties",
            "Resolved escalated customer issues with a 96% satisfaction score",
            "Trained 9 new hires on EHR software and HIPAA procedures",
            "Implemented a shared calendar that cut double bookings by 30%",
            "Processed 250+ insurance verifications per week",
            "Prepared weekly KPI reports for the regional director",
        ),
        skills=(
            "Epic EHR",
            "QuickBooks Online",
            "Medical billing and coding",
            "Salesforce",
            "Conflict resolution",
            "Microsoft Excel",
        ),
        schools=(
            "Ohio State University",
            "Ivy Tech Community College",
            "University of Louisville",
        ),
        degrees=(
            ("Bachelor of Science", "Health Administration"),
            ("Associate of Applied Science", "Business Administration"),
            ("Bachelor of Arts", "Communication"),
        ),
    ),
    "docx-slovak-cv-word": Pool(
        first=("Zuzana", "Michal", "Lucia", "Tomáš", "Veronika", "Marek", "Katarína"),
        last=("Hrivnák", "Kováčik", "Šimko", "Baláž", "Ďurica", "Polák", "Vrábel"),
        cities=(
            ("Bratislava", None, None, "Tomášikova 12|821 01"),
            ("Žilina", None, None, "Hurbanova 7|010 01"),
            ("Košice", None, None, "Moyzesova 41|040 01"),
        ),
        employers=(
            "Tatra Logistik s.r.o.",
            "Považská strojárska spoločnosť a.s.",
            "Dunajské účtovnícke služby s.r.o.",
            "Kriváň Retail Slovakia s.r.o.",
            "Hornád Stavebniny, s.r.o.",
        ),
        titles=(
            "Účtovník",
            "Disponent dopravy",
            "Obchodný zástupca",
            "Referent nákupu",
            "Mzdový účtovník",
        ),
        highlights=(
            "Vedenie podvojného účtovníctva v programe Pohoda",
            "Spracovanie miezd pre 60 zamestnancov",
            "Komunikácia s dopravcami a plánovanie trás",
            "Príprava podkladov pre daňové priznanie DPH",
            "Starostlivosť o kľúčových zákazníkov v regióne",
            "Vystavovanie faktúr a kontrola úhrad",
            "Vedenie agendy riaditeľa a organizácia porád",
            "Komunikácia so Sociálnou poisťovňou a zdravotnými poisťovňami",
            "Spracovanie objednávok a reklamácií",
        ),
        skills=(
            "MS Office (Word, Excel, PowerPoint) – pokročilý",
            "Pohoda – pokročilý",
            "SAP – základy",
            "Internet, e-mail",
            "Vodičský preukaz sk. B",
        ),
        schools=(
            "Ekonomická univerzita v Bratislave",
            "Žilinská univerzita v Žiline",
            "Technická univerzita v Košiciach",
        ),
        degrees=(
            ("Ing.", "Účtovníctvo a audítorstvo"),
            ("Ing.", "Ekonomika a manažment podniku"),
            ("Bc.", "Podnikový manažment"),
        ),
    ),
}

# --------------------------------------------------------------------------- Kiribati extras

KI_OBJECTIVE = (
    "To work in an organisation where I can use my skills and experience to serve the "
    "company and my country, and to continue learning and improving myself."
)
KI_SECONDARY = (
    "King George V and Elaine Bernacchi School",
    "St. Louis High School, Teaoraereke",
    "Hiram Bingham High School, Beru",
    "Moroni High School",
)
KI_ISLANDS = ("Abemama", "Butaritari", "Tabiteuea North", "Nonouti", "Abaiang", "Marakei")
KI_INTERESTS = ("Volleyball", "Church choir", "Fishing", "Reading", "Te mwaie (dancing)")
KI_REFEREES = (
    ("Mrs. Teretia Ioane", "Finance Manager, Tarawa Lagoon Traders Ltd", "Phone: 73025816"),
    ("Mr. Bwatei Kamoriki", "Lecturer, USP Kiribati Campus", "Phone: 75012930"),
    ("Rev. Taabeta Ruatu", "KUC Church, Bairiki", "Phone: 73094412"),
)

# --------------------------------------------------------------------------------- Lao extras

LA_PROFILE = (
    "Hard-working and responsible graduate with working experience in private companies in "
    "Vientiane. Good communication skills in Lao and English, eager to learn new things and "
    "able to work well in a team."
)
LA_HIGH = (
    "Vientiane Secondary School",
    "Chanthabouly Upper Secondary School",
    "Lycée de Vientiane",
    "Saysettha Upper Secondary School",
)
LA_LANGUAGES = (("Lao", "Native"), ("English", "Good"), ("Thai", "Good"))
LA_CERTS = (
    ("Certificate of English (Upper-Intermediate)", "Vientiane College", "2019"),
    ("Basic Accounting Training", "Lao Chamber of Commerce and Industry", "2021"),
    ("Digital Marketing Workshop", "Toh Lao Startup Hub", "2022"),
)
LA_REFEREES = (
    (
        "Mr. Bounthavy Sisouphanh",
        "Director, Mekong Lanexang Trading Co., Ltd.",
        "+856 20 5581 2044",
    ),
    ("Ms. Keo Vongphachanh", "Lecturer, National University of Laos", "+856 20 2234 7719"),
)

# ------------------------------------------------------------------------------- US extras

US_SUMMARY = (
    "Detail-oriented professional with {n}+ years of experience in fast-paced office "
    "environments. Skilled at keeping schedules, records and customers on track. Seeking to "
    "bring strong organizational skills to a growing team."
)
US_CERTS = (
    ("Certified Medical Administrative Assistant (CMAA)", "NHA", "2021"),
    ("Google Project Management Certificate", "Coursera", "2023"),
    ("Notary Public", "State of Ohio", "2020"),
)
US_INTERESTS = ("Trail running", "Community theater", "Cooking", "Volunteering at a food bank")
US_LANGUAGES = (("English", "Native"), ("Spanish", "Intermediate"))

# --------------------------------------------------------------------------- Slovak extras

SK_MONTHS = (
    "január",
    "február",
    "marec",
    "apríl",
    "máj",
    "jún",
    "júl",
    "august",
    "september",
    "október",
    "november",
    "december",
)
SK_SECONDARY = (
    ("Obchodná akadémia, Nevädzová 3, Bratislava", "Ekonomické lýceum"),
    ("Gymnázium Varšavská cesta, Žilina", None),
    ("Obchodná akadémia, Watsonova 61, Košice", "Účtovníctvo"),
)
SK_LANGUAGES = (("anglický jazyk", "B2"), ("nemecký jazyk", "A2"), ("ruský jazyk", "A1"))
SK_INTERESTS = ("turistika", "čítanie", "beh", "varenie", "cestovanie")
SK_WOMEN = ("Zuzana", "Lucia", "Veronika", "Katarína")
SK_FEMININE = {
    "Hrivnák": "Hrivnáková",
    "Kováčik": "Kováčiková",
    "Šimko": "Šimková",
    "Baláž": "Balážová",
    "Ďurica": "Ďuricová",
    "Polák": "Poláková",
    "Vrábel": "Vrábelová",
    "Účtovník": "Účtovníčka",
    "Disponent dopravy": "Disponentka dopravy",
    "Obchodný zástupca": "Obchodná zástupkyňa",
    "Referent nákupu": "Referentka nákupu",
    "Mzdový účtovník": "Mzdová účtovníčka",
}
SK_TRAITS = "spoľahlivosť, komunikatívnosť, zodpovednosť, ochota učiť sa nové veci"


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-kiribati-cv":
        return {
            "dates": rng.choice(("long", "short")),
            "present": rng.choice(("Present", "To date", "Current")),
            "labelled": rng.random() < 0.5,
            "objective": rng.random() < 0.7,
            "education_first": rng.random() < 0.6,
        }
    if style == "pdf-lao-cv":
        return {
            "dates": rng.choice(("short", "numeric", "long")),
            "present": rng.choice(("Present", "Now")),
            "headline": rng.random() < 0.5,
            "linkedin": rng.random() < 0.4,
            "education_first": rng.random() < 0.5,
        }
    if style == "pdf-resumelab-export":
        return {
            "dates": rng.choice(("iso", "numeric", "long")),
            "linkedin": rng.random() < 0.6,
            "certs": rng.random() < 0.6,
            "interests": rng.random() < 0.5,
        }
    if style == "docx-slovak-cv-word":
        return {
            "dates": rng.choice(("numeric", "words")),
            "present": rng.choice(("súčasnosť", "doteraz", "trvá")),
            "labelled": rng.random() < 0.5,
            "school": rng.random() < 0.7,
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    given, family = name.split(" ", 1)
    if style == "docx-slovak-cv-word" and given in SK_WOMEN:
        name = f"{given} {SK_FEMININE[family]}"
    slug = ascii_slug(name).split()
    first, last = slug[0], slug[-1]
    city, region, code, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street}
    jobs = _chain(rng, pool, rng.choice((3, 4)), rng.random() < 0.7)
    year = jobs[-1].start[0] - rng.randint(0, 1)
    study, area = rng.choice(pool.degrees)
    school = rng.choice(pool.schools)
    skills = rng.sample(pool.skills, rng.randint(4, 5))
    edu: list[dict[str, Any]] = []
    label = jobs[0].position
    languages: list[tuple[str, str]] = []
    url: str | None = None
    if style == "pdf-kiribati-cv":
        phone = f"+686 7{rng.choice((3, 5))}{rng.randint(100000, 999999)}"
        email = f"{first}{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        for job in jobs:
            job.city = rng.choice(("Bairiki", "Betio", "Bikenibeu", "Betio"))
        length = 2 if study == "Diploma" else 1
        edu.append(_edu(school, study, area, str(year - length), str(year)))
        sec = rng.choice(KI_SECONDARY)
        top = year - length
        edu.append(_edu(sec, "South Pacific Form Seven Certificate (SPFSC)", None, None, str(top)))
        edu.append(
            _edu(sec, "Kiribati National Certificate (Form 5)", None, str(top - 6), str(top - 2))
        )
        extra["born"] = f"{rng.randint(1, 28)} {MONTHS[rng.randrange(12)]} {year - 20}"
        extra["island"] = rng.choice(KI_ISLANDS)
        extra["marital"] = rng.choice(("Single", "Married"))
        extra["summary"] = KI_OBJECTIVE
        extra["interests"] = rng.sample(KI_INTERESTS, 3)
        extra["referees"] = list(KI_REFEREES[: rng.choice((2, 3))])
        languages = [("Kiribati", "Mother tongue"), ("English", rng.choice(("Fluent", "Good")))]
    elif style == "pdf-lao-cv":
        phone = f"+856 20 {rng.randint(2200, 9999)} {rng.randint(1000, 9999)}"
        email = f"{first}.{last}{rng.randint(90, 99)}@gmail.com"
        for job in jobs:
            job.city = "Vientiane Capital"
        if jobs[0].end is None and rng.random() < 0.5:
            edu.append(
                _edu(
                    "National University of Laos, Faculty of Economics and Business Management",
                    "Master's Degree",
                    "Business Administration (MBA)",
                    str(jobs[0].start[0] + 1),
                    None,
                )
            )
        length = 3 if study == "Higher Diploma" else 4
        edu.append(_edu(school, study, area, str(year - length), str(year)))
        edu.append(
            _edu(
                rng.choice(LA_HIGH),
                "Upper Secondary School Certificate",
                None,
                str(year - length - 3),
                str(year - length),
            )
        )
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year - 22}"
        extra["gender"] = rng.choice(("Female", "Male"))
        extra["marital"] = rng.choice(("Single", "Married"))
        extra["summary"] = LA_PROFILE
        extra["certs"] = sorted(rng.sample(LA_CERTS, 2), key=lambda c: c[2], reverse=True)
        extra["referees"] = list(LA_REFEREES)
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        languages = list(LA_LANGUAGES[: rng.choice((2, 3))])
    elif style == "pdf-resumelab-export":
        area_code = {"Columbus": 614, "Indianapolis": 317, "Louisville": 502}[city]
        phone = f"({area_code}) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'outlook.com'))}"
        for job in jobs:
            job.city = f"{city}, {region}"
        length = 4
        if study.startswith("Associate"):
            school, length = "Ivy Tech Community College", 2
        elif school.startswith("Ivy Tech"):
            school = "University of Louisville"
        score = rng.choice(("3.6", "3.4", None))
        edu.append(_edu(school, study, area, str(year - length), str(year), score))
        extra["summary"] = US_SUMMARY.format(n=2026 - jobs[-1].start[0])
        extra["certs"] = rng.sample(US_CERTS, 2)
        extra["interests"] = rng.sample(US_INTERESTS, 3)
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(100, 999)}"
        languages = list(US_LANGUAGES)
    else:
        phone = f"+421 9{rng.choice((0, 1, 4))}{rng.randint(1, 9)} {rng.randint(100, 999)} "
        phone += f"{rng.randint(100, 999)}"
        email = (
            f"{first}.{last}{rng.choice(('', '88', '91'))}@{rng.choice(('gmail.com', 'azet.sk'))}"
        )
        for job in jobs:
            job.city = rng.choice((city, city, "Trnava", "Nitra"))
        if name.split(" ", 1)[0] in SK_WOMEN:
            for job in jobs:
                job.position = SK_FEMININE[job.position]
            label = jobs[0].position
        if study == "Ing.":
            edu.append(_edu(school, study, area, str(year - 2), str(year)))
            edu.append(_edu(school, "Bc.", area, str(year - 5), str(year - 2)))
        else:
            edu.append(_edu(school, study, area, str(year - 3), str(year)))
        top = int(edu[-1]["startDate"])
        sec, branch = rng.choice(SK_SECONDARY)
        extra["school"] = _edu(
            sec, "úplné stredné vzdelanie s maturitou", branch, str(top - 4), str(top)
        )
        extra["born"] = f"{rng.randint(1, 28)}. {rng.randint(1, 12)}. {year - 23}"
        extra["interests"] = rng.sample(SK_INTERESTS, 3)
        languages = list(SK_LANGUAGES[: rng.choice((2, 3))])
    extra["edu"] = edu
    return Candidate(
        style=style,
        name=name,
        label=label,
        email=email,
        phone=phone,
        url=url,
        city=city,
        region=region,
        code=code,
        jobs=jobs,
        degrees=[],
        skills=skills,
        languages=languages,
        extra=extra,
    )


# ------------------------------------------------------------------------------------ truth


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    extra = person.extra
    location: dict[str, Any] = {
        "address": extra["street"],
        "city": person.city,
        "countryCode": person.code,
    }
    summary: str | None = extra.get("summary")
    if style == "pdf-resumelab-export":
        location = {"city": person.city, "region": person.region, "postalCode": extra["street"]}
    elif style == "docx-slovak-cv-word":
        street, postal = extra["street"].split("|")
        location = {"address": street, "postalCode": postal, "city": person.city}
    if style == "pdf-kiribati-cv" and not options["objective"]:
        summary = None
    profiles: dict[str, Any] = {}
    if options.get("linkedin"):
        profiles["linkedin"] = extra["linkedin"]
    label = None
    if options.get("headline") or style == "pdf-resumelab-export":
        label = person.label
    basics = drop_empty(
        {
            "name": person.name,
            "label": label,
            "email": person.email,
            "phone": person.phone,
            "summary": summary,
            "location": drop_empty(location),
            "profiles": profile_links(profiles),
        }
    )
    work = [
        drop_empty(
            {
                "name": job.company,
                "position": job.position,
                "location": job.city,
                "startDate": iso_month(job.start, "month"),
                "endDate": iso_month(job.end, "month"),
                "highlights": job.highlights,
            }
        )
        for job in person.jobs
    ]
    items = list(extra["edu"])
    if style == "docx-slovak-cv-word" and options["school"]:
        items.append(extra["school"])
    education = [drop_empty(dict(item)) for item in items]
    certs = extra.get("certs", [])
    if style == "pdf-resumelab-export" and not options["certs"]:
        certs = []
    interests = extra.get("interests", [])
    if style == "pdf-resumelab-export" and not options["interests"]:
        interests = []
    references = [{"name": ref[0], "reference": ref[1]} for ref in extra.get("referees", [])]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "certificates": [
                {"name": title, "issuer": issuer, "date": year} for title, issuer, year in certs
            ],
            "skills": [{"name": skill} for skill in person.skills],
            "languages": [{"language": lang, "fluency": level} for lang, level in person.languages],
            "interests": [{"name": item} for item in interests],
            "references": references,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-kiribati-cv":
        return _kiribati(person, options), "pdf"
    if style == "pdf-lao-cv":
        return _lao(person, options), "pdf"
    if style == "pdf-resumelab-export":
        return _resumelab(person, options), "pdf"
    if style == "docx-slovak-cv-word":
        return _slovak(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _en_month(month: Month | None, form: str, present: str) -> str:
    if month is None:
        return present
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    if form == "iso":
        return f"{month[0]}-{month[1]:02d}"
    name = MONTHS[month[1] - 1]
    if form == "short":
        name = name[:3]
    return f"{name} {month[0]}"


# ---------------------------------------------------------------------------------- Kiribati


def _kiribati(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Curriculum Vitae")
    pdf.set_author(person.name)
    pdf.set_creator("Microsoft\u00ae Word 2013")
    x, width, hint = 22.0, 166.0, 36.0

    def footer(doc: Any) -> None:
        doc.set_xy(x, 286)
        doc.set_font("Serif", "I", 7.5)
        doc.cell(width, 4, f"Curriculum Vitae \u2013 {person.name}", align="L")
        doc.cell(0, 4, f"{doc.page_no()}", align="R")

    flow = _Flow(pdf, 18.0, 280.0, footer)

    def heading(text: str) -> None:
        flow.need(22)
        flow.y += 3
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 11)
        pdf.cell(width, 6, text.upper())
        pdf.set_line_width(0.3)
        pdf.line(x, flow.y + 6.3, x + width, flow.y + 6.3)
        flow.y += 8.5

    def text(body: str, style: str = "", indent: float = 0.0) -> None:
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Serif", style, 9.8)
        pdf.multi_cell(width - indent, 5, body, align="L")
        flow.y = pdf.get_y() + 0.3

    def field(key: str, value: str, wide: float = 40.0) -> None:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "", 9.8)
        pdf.cell(wide, 5, key)
        pdf.cell(4, 5, ":")
        pdf.multi_cell(width - wide - 4, 5, value, align="L")
        flow.y = pdf.get_y() + 0.4

    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "B", 16)
    pdf.cell(width, 8, person.name.upper(), align="C")
    flow.y += 8
    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(width, 5, "CURRICULUM VITAE", align="C")
    flow.y += 8
    heading("Personal Details")
    field("Date of Birth", extra["born"])
    field("Place of Birth", f"{extra['island']}, Kiribati")
    field("Nationality", "I-Kiribati")
    field("Marital Status", extra["marital"])
    field("Postal Address", f"{extra['street']}, {person.city}, Kiribati")
    field("Mobile", person.phone)
    field("Email", person.email)
    if options["objective"]:
        heading("Career Objective")
        text(extra["summary"])

    def education() -> None:
        heading("Educational Background")
        for item in extra["edu"]:
            flow.need(14)
            pdf.set_xy(x, flow.y)
            pdf.set_font("Serif", "B", 9.8)
            pdf.cell(hint, 5, _years(item, present, " \u2013 "))
            title = item["studyType"]
            if item["area"]:
                title = f"{title} in {item['area']}"
            pdf.set_xy(x + hint, flow.y)
            pdf.multi_cell(width - hint, 5, title, align="L")
            flow.y = pdf.get_y() + 0.2
            text(item["institution"], "I", hint)
            flow.y += 1.5

    def experience() -> None:
        heading("Employment History")
        for job in person.jobs:
            flow.need(30)
            span = (
                f"{_en_month(job.start, form, present)} \u2013 {_en_month(job.end, form, present)}"
            )
            if options["labelled"]:
                for key, value in (
                    ("Employer", f"{job.company}, {job.city}"),
                    ("Position", job.position),
                    ("Duration", span),
                ):
                    pdf.set_xy(x, flow.y)
                    pdf.set_font("Serif", "B", 9.8)
                    pdf.cell(26, 5, f"{key}:")
                    pdf.set_font("Serif", "", 9.8)
                    pdf.cell(width - 26, 5, value)
                    flow.y += 5.2
                text("Duties and Responsibilities:", "U")
                indent = 4.0
            else:
                pdf.set_xy(x, flow.y)
                pdf.set_font("Serif", "B", 10)
                pdf.cell(width - 55, 5, job.position)
                pdf.set_font("Serif", "", 9.4)
                pdf.cell(55, 5, span, align="R")
                flow.y += 5.2
                text(f"{job.company}, {job.city}", "I")
                indent = 4.0
            for note in job.highlights:
                flow.need(6)
                pdf.set_xy(x + indent, flow.y)
                pdf.set_font("Serif", "", 9.6)
                pdf.cell(4, 4.8, "\u2022")
                pdf.multi_cell(width - indent - 4, 4.8, note, align="L")
                flow.y = pdf.get_y() + 0.2
            flow.y += 2.5

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("Skills")
    for skill in person.skills:
        text(f"\u2022  {skill}", indent=2)
    heading("Languages")
    for lang, level in person.languages:
        text(f"{lang} \u2013 {level}", indent=2)
    heading("Interests")
    text(", ".join(extra["interests"]))
    heading("Referees")
    for name, role, tel in extra["referees"]:
        flow.need(17)
        text(name, "B")
        text(role)
        text(tel)
        flow.y += 1.5
    _check(flow.y, 282, person)
    return bytes(pdf.output())


# --------------------------------------------------------------------------------------- Lao


def _lao(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    pdf.set_author(person.name)
    pdf.set_creator("Canva")
    side, gap = 66.0, 7.0
    x, width = side + gap, 210.0 - side - gap - 12.0
    teal, pale = (18, 86, 98), (232, 241, 242)

    def backdrop(doc: Any) -> None:
        doc.set_fill_color(*pale)
        doc.rect(0, 0, side, 297, style="F")

    flow = _Flow(pdf, 16.0, 284.0, backdrop)
    # the side column, drawn on the first page only
    sx, sw = 8.0, side - 14.0
    sy = 16.0

    def side_heading(text: str) -> None:
        nonlocal sy
        sy += 3
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(*teal)
        pdf.cell(sw, 5, text.upper())
        pdf.set_draw_color(*teal)
        pdf.set_line_width(0.4)
        pdf.line(sx, sy + 5.8, sx + sw, sy + 5.8)
        pdf.set_text_color(0, 0, 0)
        sy += 8

    def side_text(body: str, style: str = "", size: float = 8.2, fit: bool = False) -> None:
        nonlocal sy
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", style, size)
        while fit and pdf.get_string_width(body) > sw - 3:
            size -= 0.2
            pdf.set_font("Sans", style, size)
        pdf.multi_cell(sw, 4.2, body, align="L")
        sy = pdf.get_y() + 0.6

    side_heading("Contact")
    side_text("Phone", "B")
    side_text(person.phone)
    side_text("Email", "B")
    side_text(person.email, fit=True)
    side_text("Address", "B")
    side_text(f"{extra['street']}, {person.city}, Lao PDR")
    if options["linkedin"]:
        side_text("LinkedIn", "B")
        side_text(extra["linkedin"].replace("https://www.", ""), fit=True)
    side_heading("Personal Information")
    for key, value in (
        ("Date of Birth", extra["born"]),
        ("Gender", extra["gender"]),
        ("Nationality", "Lao"),
        ("Marital Status", extra["marital"]),
    ):
        side_text(f"{key}: {value}")
    side_heading("Languages")
    for lang, level in person.languages:
        side_text(f"{lang}: {level}")
    side_heading("Skills")
    for skill in person.skills:
        side_text(f"\u2022 {skill}")

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 3
        pdf.set_xy(x, flow.y)
        pdf.set_fill_color(*teal)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(width, 6.5, f"  {text.upper()}", fill=True)
        pdf.set_text_color(0, 0, 0)
        flow.y += 9

    def text(body: str, style: str = "", indent: float = 0.0, size: float = 8.8) -> None:
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Sans", style, size)
        pdf.multi_cell(width - indent, 4.6, body, align="L")
        flow.y = pdf.get_y() + 0.3

    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "B", 19)
    pdf.set_text_color(*teal)
    pdf.multi_cell(width, 9, person.name.upper(), align="L")
    pdf.set_text_color(0, 0, 0)
    flow.y = pdf.get_y() + 1
    if options["headline"]:
        text(person.label or "", "", 0, 11)
        flow.y += 1
    heading("Profile")
    text(extra["summary"])

    def experience() -> None:
        heading("Work Experience")
        for job in person.jobs:
            flow.need(28)
            span = f"{_en_month(job.start, form, present)} - {_en_month(job.end, form, present)}"
            text(span, "B", 0, 8.4)
            text(job.position, "B", 0, 9.6)
            text(f"{job.company}, {job.city}", "I")
            for note in job.highlights:
                flow.need(5)
                pdf.set_xy(x + 2, flow.y)
                pdf.set_font("Sans", "", 8.6)
                pdf.cell(4, 4.5, "-")
                pdf.multi_cell(width - 6, 4.5, note, align="L")
                flow.y = pdf.get_y() + 0.2
            flow.y += 2.5

    def education() -> None:
        heading("Education")
        for item in extra["edu"]:
            flow.need(16)
            text(_years(item, present, " - "), "B", 0, 8.4)
            title = item["studyType"]
            if item["area"]:
                title = f"{title} in {item['area']}"
            text(title, "B", 0, 9.4)
            text(item["institution"])
            flow.y += 1.5

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("Training and Certificates")
    for title, issuer, year in extra["certs"]:
        text(f"\u2022  {year}: {title} \u2013 {issuer}", indent=1)
    flow.need(12 + 15 * len(extra["referees"]))
    heading("References")
    for name, role, tel in extra["referees"]:
        text(name, "B")
        text(role)
        text(f"Tel: {tel}")
        flow.y += 1
    _check(flow.y, 286, person)
    _check(sy, 290, person)
    return bytes(pdf.output())


# -------------------------------------------------------------------------------- ResumeLab


def _resumelab(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    _letter(pdf)
    pdf.set_title(person.name)
    pdf.set_creator("ResumeLab")
    pdf.set_producer("ResumeLab PDF")
    x, width, gutter = 16.0, 183.9, 40.0
    ink, accent, grey = (38, 42, 51), (35, 110, 168), (105, 110, 118)
    flow = _Flow(pdf, 16.0, 266.0)
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "B", 24)
    pdf.set_text_color(*ink)
    pdf.cell(width, 11, person.name)
    flow.y += 12
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "", 12)
    pdf.set_text_color(*accent)
    pdf.cell(width, 6, person.label or "")
    flow.y += 9
    contact = [person.phone, person.email, f"{person.city}, {person.region} {extra['street']}"]
    if options["linkedin"]:
        contact.append(extra["linkedin"].replace("https://www.", ""))
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "", 8.4)
    pdf.set_text_color(*grey)
    pdf.multi_cell(width, 4.4, "  |  ".join(contact), align="L")
    flow.y = pdf.get_y() + 2
    pdf.set_text_color(0, 0, 0)

    def heading(text: str) -> None:
        flow.need(18)
        flow.y += 3
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(x, flow.y, x + width, flow.y)
        flow.y += 2
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(gutter, 6, text)
        pdf.set_text_color(0, 0, 0)

    def body(text: str, style: str = "", size: float = 9.0, colour: Any = None) -> None:
        pdf.set_xy(x + gutter, flow.y)
        pdf.set_font("Sans", style, size)
        pdf.set_text_color(*(colour or ink))
        pdf.multi_cell(width - gutter, 4.7, text, align="L")
        pdf.set_text_color(0, 0, 0)
        flow.y = pdf.get_y() + 0.4

    def span(start: Month, end: Month | None) -> str:
        dash = " - " if form == "iso" else "\u2013"
        return f"{_en_month(start, form, 'present')}{dash}{_en_month(end, form, 'present')}"

    heading("Summary")
    body(extra["summary"])
    heading("Experience")
    for job in person.jobs:
        flow.need(28)
        pdf.set_xy(x + gutter, flow.y)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width - gutter - 50, 5, job.position)
        pdf.set_font("Sans", "", 8.6)
        pdf.set_text_color(*grey)
        pdf.cell(50, 5, span(job.start, job.end), align="R")
        pdf.set_text_color(0, 0, 0)
        flow.y += 5.4
        body(f"{job.company}, {job.city}", "I", 9.0, grey)
        body("Key Qualifications & Responsibilities", "B", 8.4)
        for note in job.highlights:
            flow.need(5)
            pdf.set_xy(x + gutter + 1, flow.y)
            pdf.set_font("Sans", "", 9)
            pdf.cell(4, 4.6, "\u2022")
            pdf.multi_cell(width - gutter - 5, 4.6, note, align="L")
            flow.y = pdf.get_y() + 0.2
        flow.y += 3
    heading("Education")
    for item in extra["edu"]:
        pdf.set_xy(x + gutter, flow.y)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width - gutter - 40, 5, f"{item['studyType']}, {item['area']}")
        pdf.set_font("Sans", "", 8.6)
        pdf.set_text_color(*grey)
        pdf.cell(40, 5, _years(item, "present", "\u2013"), align="R")
        pdf.set_text_color(0, 0, 0)
        flow.y += 5.4
        body(item["institution"], "I", 9.0, grey)
        if item["score"]:
            body(f"GPA: {item['score']}")
        flow.y += 2
    heading("Skills")
    half = (len(person.skills) + 1) // 2
    top = flow.y
    for column, chunk in enumerate((person.skills[:half], person.skills[half:])):
        for row, skill in enumerate(chunk):
            pdf.set_xy(x + gutter + column * 70, top + row * 5)
            pdf.set_font("Sans", "", 9)
            pdf.cell(68, 5, f"\u2022  {skill}")
    flow.y = top + 5 * half + 1
    if options["certs"]:
        heading("Certifications")
        for title, issuer, year in extra["certs"]:
            body(f"{title}, {issuer}, {year}")
    heading("Languages")
    body(", ".join(f"{lang} ({level})" for lang, level in person.languages))
    if options["interests"]:
        heading("Interests")
        body(", ".join(extra["interests"]))
    _check(flow.y, 268, person)
    return bytes(pdf.output())


# ------------------------------------------------------------------------------------ Slovak


def _sk_month(month: Month | None, form: str, present: str) -> str:
    if month is None:
        return present
    if form == "words":
        return f"{SK_MONTHS[month[1] - 1]} {month[0]}"
    return f"{month[1]:02d}/{month[0]}"


def _slovak(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    form, present, extra = options["dates"], options["present"], person.extra
    street, postal = extra["street"].split("|")
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = person.name
    properties.title = "Životopis"
    properties.revision = 3
    for section in document.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(2.0)
        section.top_margin = section.bottom_margin = Cm(1.8)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(0)

    def para(text: str = "", bold: bool = False, size: float | None = None) -> Any:
        paragraph = document.add_paragraph()
        if text:
            run = paragraph.add_run(text)
            run.bold = bold
            if size:
                run.font.size = Pt(size)
        return paragraph

    def heading(text: str) -> None:
        paragraph = para(text, True, 12)
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.space_after = Pt(4)
        paragraph.runs[0].underline = True

    def cell_text(cell: Any, text: str, bold: bool = False, italic: bool = False) -> Any:
        paragraph = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
        run = paragraph.add_run(text)
        run.bold, run.italic = bold, italic
        return paragraph

    def two_columns(rows: list[tuple[str, list[tuple[str, bool]]]]) -> None:
        table = document.add_table(rows=0, cols=2)
        for left, lines in rows:
            cells = table.add_row().cells
            cell_text(cells[0], left)
            for line, bold in lines:
                cell_text(cells[1], line, bold=bold)
        for line in table.rows:
            line.cells[0].width, line.cells[1].width = Cm(4.2), Cm(12.8)

    title = para("ŽIVOTOPIS", True, 16)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading("Osobné údaje")
    two_columns(
        [
            ("Meno a priezvisko:", [(person.name, True)]),
            ("Dátum narodenia:", [(extra["born"], False)]),
            ("Adresa:", [(f"{street}, {postal} {person.city}", False)]),
            ("Telefón:", [(person.phone, False)]),
            ("E-mail:", [(person.email, False)]),
        ]
    )
    heading("Pracovné skúsenosti")
    jobs: list[tuple[str, list[tuple[str, bool]]]] = []
    for job in person.jobs:
        span = f"{_sk_month(job.start, form, present)} – {_sk_month(job.end, form, present)}"
        if options["labelled"]:
            lines = [
                (f"Zamestnávateľ: {job.company}, {job.city}", True),
                (f"Pozícia: {job.position}", False),
                ("Náplň práce:", False),
            ]
        else:
            lines = [(job.position, True), (f"{job.company}, {job.city}", False)]
        lines += [(f"– {note}", False) for note in job.highlights]
        jobs.append((span, lines))
    two_columns(jobs)
    heading("Vzdelanie")
    items = list(extra["edu"])
    if options["school"]:
        items.append(extra["school"])
    rows: list[tuple[str, list[tuple[str, bool]]]] = []
    for item in items:
        lines = [(item["institution"], True)]
        if item["area"]:
            lines.append((f"odbor: {item['area']}", False))
        degree = item["studyType"]
        if degree in ("Ing.", "Bc."):
            degree = f"titul: {degree}"
        lines.append((degree, False))
        rows.append((_years(item, present, " – "), lines))
    two_columns(rows)
    heading("Jazykové znalosti")
    for lang, level in person.languages:
        para(f"{lang} – úroveň {level}")
    heading("Počítačové znalosti a iné zručnosti")
    for skill in person.skills:
        document.add_paragraph(skill, style="List Bullet")
    heading("Osobné vlastnosti")
    para(SK_TRAITS)
    heading("Záujmy")
    para(", ".join(extra["interests"]))
    where = {"Bratislava": "Bratislave", "Žilina": "Žiline", "Košice": "Košiciach"}
    place = para(f"V {where[person.city]} dňa 1. 1. 2024")
    place.paragraph_format.space_before = Pt(18)
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())

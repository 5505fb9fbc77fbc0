"""Seventy-fifth held-out round ("holdout-75"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts, three born-digital PDF and
one Word document. The round is sealed: the layouts are described only in the code below.

Pools are fresh for this round; the truth states only what the document shows, in the
precision it shows it (a country code only where a country is printed, year-only dates as
years, an ongoing job or study without an end date).
"""

# ruff: noqa: RUF001 (the Belarusian CV is written in Cyrillic; the others use en dashes)

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout17 import _chain, _check
from tests.eval.holdout31 import _normalise_zip
from tests.eval.holdout68 import _Flow
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, profile_links

HOLDOUT_TAG = "holdout-75"
GENERATOR = "tests/eval/holdout75.py"
SEED = 7_562_729

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-tongan-cv", 3),
    ("pdf-somali-cv", 3),
    ("pdf-jobberman-cv-export", 3),
    ("docx-belarusian-cv-word", 3),
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
MESIATSY = (
    "студзень",
    "люты",
    "сакавік",
    "красавік",
    "май",
    "чэрвень",
    "ліпень",
    "жнівень",
    "верасень",
    "кастрычнік",
    "лістапад",
    "снежань",
)

POOLS: dict[str, Pool] = {
    "pdf-tongan-cv": Pool(
        first=("Siosaia", "Mele", "Sione", "Lupe", "Tevita", "Salote", "Viliami", "Losana"),
        last=("Taufa", "Fifita", "Vaipulu", "Tu'ipulotu", "Havili", "Fonua", "Mahe", "Latu"),
        cities=(
            ("Nuku'alofa", "Tongatapu", "TO", "Ma'ufanga"),
            ("Nuku'alofa", "Tongatapu", "TO", "Kolofo'ou"),
            ("Nuku'alofa", "Tongatapu", "TO", "Havelu"),
        ),
        employers=(
            "Fonua Freight & Shipping Ltd",
            "Ha'apai Island Traders",
            "Vava'u Harbour Lodge",
            "Kingdom Digital Communications Ltd",
            "Tupou Pacific Hardware Ltd",
            "Sia'atoutai Credit Union",
        ),
        titles=(
            "Accounts Officer",
            "Customer Service Officer",
            "Administration Officer",
            "Sales Supervisor",
            "Assistant Accountant",
        ),
        highlights=(
            "Processed daily receipts and prepared the cash book for the finance manager",
            "Prepared monthly bank reconciliations and creditor payments",
            "Handled customer enquiries at the Nuku'alofa branch counter",
            "Coordinated cargo bookings for the inter-island ferry to Ha'apai and Vava'u",
            "Maintained staff leave records and assisted with fortnightly payroll",
            "Prepared quarterly consumption tax returns for the Ministry of Revenue",
            "Supervised four sales assistants and prepared the weekly roster",
            "Ordered stock from suppliers in Auckland and followed up on shipments",
            "Assisted with the annual stock take and external audit",
        ),
        skills=(
            "Microsoft Office (Word, Excel, PowerPoint)",
            "MYOB Accounting",
            "Xero",
            "Customer service",
            "Cash handling",
        ),
        schools=(
            "The University of the South Pacific, Tonga Campus",
            "Tonga Institute of Higher Education",
        ),
        degrees=(
            ("Bachelor of Commerce", "Accounting and Management"),
            ("Diploma", "Business Studies"),
            ("Bachelor of Arts", "Economics"),
        ),
    ),
    "pdf-somali-cv": Pool(
        first=("Hodan", "Abdirahman", "Faadumo", "Abdikarim", "Sahra", "Mustafe", "Ifrah", "Liban"),
        last=("Warsame", "Guleid", "Samatar", "Hirsi", "Jama", "Dualeh", "Nur", "Egal"),
        cities=(
            ("Mogadishu", None, "SO", "Hodan District"),
            ("Mogadishu", None, "SO", "Waberi District"),
            ("Hargeisa", "Somaliland", None, "Jigjiga Yar"),
        ),
        employers=(
            "Gargaar Community Health Initiative",
            "Sahan Water & Sanitation Network",
            "Dalmar Microfinance Ltd",
            "Hiil Humanitarian Alliance",
            "Badbaado Relief and Development Organization (BRDO)",
        ),
        titles=(
            "Monitoring and Evaluation Officer",
            "Project Officer",
            "Nutrition Officer",
            "Finance Assistant",
            "WASH Coordinator",
        ),
        highlights=(
            "Developed monitoring tools and conducted monthly field visits to project sites",
            "Compiled donor reports and tracked project indicators against the logframe",
            "Coordinated the rehabilitation of 12 shallow wells in Banadir and Lower Shabelle",
            "Trained 40 community health workers on screening for acute malnutrition",
            "Prepared payment vouchers and maintained the cash book in QuickBooks",
            "Represented the organization at WASH and Nutrition cluster meetings",
            "Conducted baseline and end-line surveys using KoboToolbox",
            "Supported the distribution of cash vouchers to 1,200 displaced households",
            "Followed up on beneficiary complaints through the community feedback hotline",
        ),
        skills=(
            "Microsoft Office (Word, Excel, PowerPoint)",
            "KoboToolbox and ODK",
            "SPSS",
            "QuickBooks",
            "Report writing",
        ),
        schools=("SIMAD University", "Benadir University", "University of Hargeisa"),
        degrees=(
            ("Bachelor of Science", "Public Health"),
            ("Bachelor of Business Administration", "Accounting"),
            ("Bachelor of Arts", "Development Studies"),
            ("Diploma", "Community Nutrition"),
        ),
    ),
    "pdf-jobberman-cv-export": Pool(
        first=("Chiamaka", "Oluwaseun", "Ifeoma", "Babatunde", "Aisha", "Emeka", "Temitope"),
        last=("Okonkwo", "Adebayo", "Eze", "Balogun", "Ibrahim", "Nwosu", "Ogunleye", "Umeh"),
        cities=(
            ("Lagos", None, "NG", ""),
            ("Abuja", "FCT", "NG", ""),
            ("Port Harcourt", "Rivers", "NG", ""),
        ),
        employers=(
            "Ikeja Fastlink Logistics Ltd",
            "Bluewave Microfinance Bank Limited",
            "Ogun Agro-Allied Foods Plc",
            "Eko Retail Hub Nigeria Ltd",
            "Paystride Technologies Limited",
        ),
        titles=(
            "Accountant",
            "Customer Service Executive",
            "Sales Executive",
            "Admin Officer",
            "Operations Analyst",
        ),
        highlights=(
            "Prepared monthly management accounts and VAT and WHT schedules for FIRS",
            "Reconciled bank statements across five accounts and cleared open items",
            "Resolved an average of 60 customer complaints daily via phone, email and walk-in",
            "Grew the Ikeja and Lekki distributor base by 35% within 12 months",
            "Managed the vendor database and processed purchase orders in SAP",
            "Coordinated dispatch riders and tracked last-mile deliveries across Lagos",
            "Prepared weekly sales reports for the regional manager",
            "Onboarded 200+ merchants onto the POS payment platform",
            "Supported the year-end audit with schedules and reconciliations",
        ),
        skills=(
            "Microsoft Excel",
            "Sage 50",
            "SAP",
            "Customer Relationship Management",
            "Data Analysis",
            "Communication",
        ),
        schools=(
            "University of Lagos",
            "Obafemi Awolowo University, Ile-Ife",
            "Yaba College of Technology",
            "University of Port Harcourt",
        ),
        degrees=(
            ("B.Sc", "Accounting"),
            ("B.Sc", "Economics"),
            ("HND", "Business Administration and Management"),
            ("B.A", "English Language"),
        ),
    ),
    "docx-belarusian-cv-word": Pool(
        first=("Алеся", "Андрэй", "Святлана", "Сяргей", "Вольга", "Дзмітрый", "Ганна", "Павел"),
        last=("Станкевіч", "Лукашэвіч", "Каваленка", "Жук", "Мельнік", "Ярашэвіч", "Бандарэнка"),
        cities=(
            ("Мінск", None, "BY", "вул. Якуба Коласа, д. 28, кв. 41"),
            ("Гродна", None, "BY", "вул. Савецкая, д. 9, кв. 12"),
            ("Брэст", None, "BY", "вул. Пушкінская, д. 47, кв. 3"),
        ),
        employers=(
            "ТАА «Палессе Лагістык»",
            "ААТ «Нёманскі малочны камбінат»",
            "ТАА «Белсофт Рашэнні»",
            "УП «Гарадскі гандлёвы цэнтр»",
            "ЗАТ «Кветка Буд»",
        ),
        titles=(
            "Бухгалтар",
            "Эканаміст",
            "Менеджар па продажах",
            "Спецыяліст па кадрах",
            "Маркетолаг",
        ),
        highlights=(
            "Вядзенне першаснай дакументацыі ў праграме «1С: Бухгалтэрыя»",
            "Падрыхтоўка і здача падатковай справаздачнасці",
            "Складанне штомесячных фінансавых справаздач для кіраўніцтва",
            "Заключэнне дагавораў з пастаўшчыкамі і кантроль іх выканання",
            "Вядзенне кліенцкай базы і прыцягненне новых кліентаў",
            "Афармленне прыёму, перавода і звальнення супрацоўнікаў",
            "Планаванне рэкламных кампаній у сацыяльных сетках",
            "Удзел у штогадовай інвентарызацыі",
            "Зверка разлікаў з кантрагентамі",
        ),
        skills=(
            "MS Office (Word, Excel, PowerPoint)",
            "1С: Бухгалтэрыя 8",
            "1С: Зарплата і кадры",
            "Google Workspace",
            "Power BI",
        ),
        schools=(
            "Беларускі дзяржаўны эканамічны ўніверсітэт",
            "Беларускі дзяржаўны ўніверсітэт",
            "Гродзенскі дзяржаўны ўніверсітэт імя Янкі Купалы",
        ),
        degrees=(
            ("эканаміст", "Бухгалтарскі ўлік, аналіз і аўдыт"),
            ("эканаміст", "Фінансы і крэдыт"),
            ("маркетолаг", "Маркетынг"),
            ("эканаміст-менеджар", "Эканоміка і кіраванне на прадпрыемстве"),
        ),
    ),
}

BY_LATIN = {
    "Алеся": "alesia",
    "Андрэй": "andrei",
    "Святлана": "sviatlana",
    "Сяргей": "siarhei",
    "Вольга": "volha",
    "Дзмітрый": "dzmitry",
    "Ганна": "hanna",
    "Павел": "pavel",
    "Станкевіч": "stankevich",
    "Лукашэвіч": "lukashevich",
    "Каваленка": "kavalenka",
    "Жук": "zhuk",
    "Мельнік": "melnik",
    "Ярашэвіч": "yarashevich",
    "Бандарэнка": "bandarenka",
}

TO_OBJECTIVE = (
    "To obtain a position in a reputable organisation where I can use my qualifications and "
    "experience, serve the community and continue to develop my skills."
)
TO_SECONDARY = (
    "Tonga College 'Atele",
    "Tupou College, Toloa",
    "Queen Salote College",
    "Tonga High School",
)
TO_VILLAGES = ("Kolomotu'a, Tongatapu", "Pangai, Ha'apai", "Neiafu, Vava'u", "Mu'a, Tongatapu")
TO_INTERESTS = ("Rugby", "Church choir", "Netball", "Reading", "Fishing", "Youth ministry")
TO_CHURCHES = ("Free Wesleyan Church of Tonga", "Catholic", "Free Church of Tonga")
TO_REFEREES = (
    ("Mr. Sitani Kauvaka", "Finance Manager, Fonua Freight & Shipping Ltd", "+676 23 418"),
    ("Mrs. Kalolaine Folau", "Lecturer, USP Tonga Campus", "+676 29 055"),
    ("Rev. Sione Ma'afu", "Minister, Free Wesleyan Church, Ma'ufanga", "+676 77 40 218"),
)
TO_CERTS = (
    ("Certificate in Customer Service", "Tonga Institute of Science and Technology", "2021"),
    ("First Aid Certificate", "Tonga Red Cross Society", "2022"),
    ("MYOB Payroll Training", "Tonga Chamber of Commerce and Industry", "2019"),
)

SO_SUMMARY = (
    "Dedicated development professional with experience in humanitarian and development "
    "programmes in Somalia, skilled in data collection, community mobilisation and donor "
    "reporting. Able to work in insecure environments and under pressure."
)
SO_SECONDARY = {
    "Mogadishu": ("Hamar Weyne Secondary School", "Sheikh Sufi Secondary School"),
    "Hargeisa": ("Farah Omar Secondary School", "Sheikh Bashir Secondary School"),
}
SO_FATHERS = ("Abdullahi", "Mohamed", "Ahmed", "Yusuf", "Ismail", "Hassan", "Aden", "Ali")
SO_FEMALE = ("Hodan", "Faadumo", "Sahra", "Ifrah")
SO_MASTERS = ("Master of Public Health", "Master of Arts in Project Management")
SO_TRAININGS = (
    ("Humanitarian Project Cycle Management", "Somalia NGO Consortium", "2023"),
    ("Monitoring, Evaluation, Accountability and Learning (MEAL)", "Horn Academy", "2022"),
    ("Community Management of Acute Malnutrition (CMAM)", "Ministry of Health", "2021"),
    ("Safeguarding and PSEA", "Inter-Agency Standing Committee", "2020"),
)
SO_LANGUAGES = (("Somali", "Mother tongue"), ("English", "Excellent"), ("Arabic", "Good"))
SO_REFEREES = (
    ("Dr. Abdiweli Hassan Ali", "Programme Manager, Hiil Humanitarian Alliance"),
    ("Mrs. Nimco Yusuf Aden", "Country Director, Gargaar Community Health Initiative"),
    ("Mr. Khadar Ismail Roble", "Finance Manager, Dalmar Microfinance Ltd"),
)

NG_SUMMARY = (
    "Result-oriented professional with hands-on experience in finance, sales and customer "
    "operations. Proficient in Excel and ERP systems, with a track record of meeting targets "
    "and deadlines in fast-paced environments."
)
NG_SECONDARY = (
    "Lagos State Model College, Meiran",
    "Federal Government College, Enugu",
    "Government Secondary School, Garki",
    "Corona Secondary School, Agbara",
)
NG_CLASSES = ("Second Class Upper", "Second Class Lower", "Upper Credit")
NG_CERTS = (
    ("Associate Chartered Accountant (ACA)", "Institute of Chartered Accountants of Nigeria", 2021),
    ("Google Data Analytics Certificate", "Coursera", 2023),
    (
        "Certified Customer Service Professional",
        "Chartered Institute of Customer Relationship",
        2022,
    ),
)
NG_LANGUAGES = {
    "Igbo": (("English", "Fluent"), ("Igbo", "Native"), ("Yoruba", "Basic")),
    "Yoruba": (("English", "Fluent"), ("Yoruba", "Native")),
    "Hausa": (("English", "Fluent"), ("Hausa", "Native"), ("Arabic", "Basic")),
}
NG_TRIBE = {
    "Chiamaka": "Igbo",
    "Ifeoma": "Igbo",
    "Emeka": "Igbo",
    "Oluwaseun": "Yoruba",
    "Babatunde": "Yoruba",
    "Temitope": "Yoruba",
    "Aisha": "Hausa",
}
NG_LEVELS = ("Expert", "Advanced", "Intermediate")

BY_OBJECTIVE = (
    "Атрымаць пасаду ў стабільнай кампаніі, дзе я змагу выкарыстаць свае веды і вопыт, "
    "развівацца прафесійна і прыносіць карысць арганізацыі."
)
BY_FEMALE = ("Алеся", "Святлана", "Вольга", "Ганна")
BY_MASTERS = (("магістр", "Эканоміка"), ("магістр", "Менеджмент"))
BY_SCHOOLS = {
    "Мінск": "ДУА «Сярэдняя школа № 141 г. Мінска»",
    "Гродна": "ДУА «Гімназія № 4 г. Гродна»",
    "Брэст": "ДУА «Сярэдняя школа № 16 г. Брэста»",
}
BY_LANGUAGES = (
    ("Беларуская", "родная"),
    ("Руская", "свабодна"),
    ("Англійская", "B1 (Intermediate)"),
    ("Польская", "базавы ўзровень"),
)
BY_QUALITIES = (
    "Адказнасць",
    "Уважлівасць",
    "Уменне працаваць у камандзе",
    "Хуткая навучальнасць",
    "Стрэсаўстойлівасць",
)
BY_CERTS = (
    ("Курс «МСФЗ для бухгалтараў»", "Цэнтр павышэння кваліфікацыі БДЭУ", "2022"),
    ("Інтэрнэт-маркетынг", "Навучальны цэнтр «IT-Academy»", "2021"),
    ("Excel для фінансістаў", "Адукацыйны цэнтр «Прафі Плюс»", "2020"),
)
BY_PRESENT = ("па цяперашні час", "да гэтага часу", "цяпер")


class _Person(Candidate):
    __slots__ = ()

    @property
    def slug(self) -> str:
        return "-".join(ascii_slug(self.extra["latin"]).split())


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-tongan-cv":
        return {
            "dates": rng.choice(("long", "short", "numeric")),
            "present": rng.choice(("Present", "To date", "Current")),
            "objective": rng.random() < 0.7,
            "education_first": rng.random() < 0.5,
            "table": rng.random() < 0.5,
        }
    if style == "pdf-somali-cv":
        return {
            "dates": rng.choice(("long", "short", "numeric")),
            "present": rng.choice(("To date", "Present", "Up to date")),
            "headline": rng.random() < 0.6,
            "edu_table": rng.random() < 0.5,
            "labelled": rng.random() < 0.6,
        }
    if style == "pdf-jobberman-cv-export":
        return {
            "dates": rng.choice(("short", "long")),
            "present": rng.choice(("Present", "Current")),
            "headline": rng.random() < 0.7,
            "labelled_edu": rng.random() < 0.5,
            "levels": rng.random() < 0.5,
        }
    if style == "docx-belarusian-cv-word":
        return {
            "dates": rng.choice(("words", "numeric")),
            "present": rng.choice(BY_PRESENT),
            "table": rng.random() < 0.5,
            "headline": rng.random() < 0.6,
            "school": rng.random() < 0.6,
            "country": rng.random() < 0.5,
        }
    return {}


def _edu(
    school: str,
    study: str,
    area: str | None,
    start: str | None,
    end: str | None,
    score: str | None = None,
) -> dict[str, Any]:
    return {
        "institution": school,
        "studyType": study,
        "area": area,
        "startDate": start,
        "endDate": end,
        "score": score,
    }


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    if style == "pdf-somali-cv":
        given, family = name.split(" ", 1)
        name = f"{given} {rng.choice(SO_FATHERS)} {family}"
    latin = " ".join(BY_LATIN.get(part, part) for part in name.split())
    slug = ascii_slug(latin).split()
    first, last = slug[0], slug[-1]
    city, region, code, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street, "latin": latin}
    jobs = _chain(rng, pool, rng.choice((3, 4)), rng.random() < 0.7)
    year = jobs[-1].start[0] - rng.randint(0, 1)
    study, area = rng.choice(pool.degrees)
    school = rng.choice(pool.schools)
    skills = rng.sample(pool.skills, rng.randint(4, 5))
    edu: list[dict[str, Any]] = []
    label = jobs[0].position
    if style == "pdf-tongan-cv":
        phone = f"+676 {rng.choice((77, 78, 84, 87))}{rng.randint(0, 9)} {rng.randint(1000, 9999)}"
        email = f"{first}.{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        for job in jobs:
            job.city = rng.choice(("Nuku'alofa", "Nuku'alofa", "Neiafu, Vava'u"))
        school = pool.schools[1] if study == "Diploma" else pool.schools[0]
        length = 3 if study.startswith("Bachelor") else 2
        edu.append(_edu(school, study, area, str(year - length), str(year)))
        sec = rng.choice(TO_SECONDARY)
        form7 = year - length
        edu.append(_edu(sec, "Tonga National Form Seven Certificate", None, None, str(form7)))
        edu.append(_edu(sec, "Tonga School Certificate", None, None, str(form7 - 2)))
        extra["born"] = f"{rng.randint(1, 28)} {MONTHS[rng.randrange(12)]} {year - 21}"
        extra["birthplace"] = rng.choice(TO_VILLAGES)
        extra["church"] = rng.choice(TO_CHURCHES)
        extra["marital"] = rng.choice(("Single", "Married"))
        extra["summary"] = TO_OBJECTIVE
        extra["certs"] = sorted(rng.sample(TO_CERTS, 2), key=lambda c: c[2], reverse=True)
        extra["interests"] = rng.sample(TO_INTERESTS, 3)
        extra["referees"] = list(TO_REFEREES[: rng.choice((2, 3))])
        languages = [("Tongan", "Native speaker"), ("English", "Fluent (spoken and written)")]
    elif style == "pdf-somali-cv":
        prefix = "61 5" if city == "Mogadishu" else "63 4"
        phone = f"+252 {prefix}{rng.randint(10, 99)} {rng.randint(1000, 9999)}"
        email = f"{first}{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'hotmail.com'))}"
        for job in jobs:
            job.city = rng.choice(
                (city, city, "Baidoa", "Kismayo") if code else (city, city, "Burao", "Borama")
            )
        if city == "Hargeisa":
            school = "University of Hargeisa"
        elif school == "University of Hargeisa":
            school = "SIMAD University"
        if jobs[0].end is None and rng.random() < 0.5:
            master = rng.choice(SO_MASTERS)
            study_m, area_m = master, None
            if " in " in master:
                study_m, area_m = master.split(" in ")
            edu.append(_edu(school, study_m, area_m, str(jobs[0].start[0] + 1), None))
        length = 4 if study.startswith("Bachelor") else 2
        edu.append(_edu(school, study, area, str(year - length), str(year)))
        edu.append(
            _edu(
                rng.choice(SO_SECONDARY[city]),
                "Secondary School Certificate",
                None,
                str(year - length - 4),
                str(year - length),
            )
        )
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year - 23}"
        extra["gender"] = "Female" if name.split()[0] in SO_FEMALE else "Male"
        extra["marital"] = rng.choice(("Single", "Married"))
        extra["summary"] = SO_SUMMARY
        extra["certs"] = sorted(rng.sample(SO_TRAININGS, 3), key=lambda c: c[2], reverse=True)
        extra["referees"] = [
            (ref, role, f"+252 {prefix}{rng.randint(10, 99)} {rng.randint(1000, 9999)}")
            for ref, role in SO_REFEREES[: rng.choice((2, 3))]
        ]
        if rng.random() < 0.5:
            extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(10, 99)}"
        languages = list(SO_LANGUAGES)
    elif style == "pdf-jobberman-cv-export":
        net = rng.choice(("803", "806", "813", "816", "703", "805", "907"))
        phone = f"+234 {net} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        email = f"{first}{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        for job in jobs:
            job.city = rng.choice((f"{city}, Nigeria", "Lagos, Nigeria", "Ibadan, Nigeria"))
        length = 2 if study == "HND" else 4
        if study == "HND":
            school = "Yaba College of Technology"
        elif school == "Yaba College of Technology":
            school = pool.schools[0]
        edu.append(
            _edu(school, study, area, str(year - length - 1), str(year - 1), rng.choice(NG_CLASSES))
        )
        if study == "HND":
            edu[-1]["score"] = "Upper Credit"
        elif edu[-1]["score"] == "Upper Credit":
            edu[-1]["score"] = "Second Class Upper"
        edu.append(
            _edu(
                rng.choice(NG_SECONDARY),
                "Senior Secondary School Certificate (WASSCE)",
                None,
                str(year - length - 7),
                str(year - length - 1),
            )
        )
        extra["nysc"] = f"Completed ({year})"
        extra["summary"] = NG_SUMMARY
        extra["certs"] = sorted(rng.sample(NG_CERTS, rng.randint(1, 2)), key=lambda c: -c[2])
        extra["levels"] = [rng.choice(NG_LEVELS) for _ in skills]
        if rng.random() < 0.6:
            extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        extra["experience_years"] = f"{2026 - jobs[-1].start[0]} years"
        languages = list(NG_LANGUAGES[NG_TRIBE[name.split()[0]]])
        skills = rng.sample(pool.skills, 5)
        extra["levels"] = [rng.choice(NG_LEVELS) for _ in skills]
    else:
        operator = rng.choice(("29", "33", "44", "25"))
        phone = f"+375 {operator} {rng.randint(100, 999)}-{rng.randint(10, 99)}-"
        phone += f"{rng.randint(10, 99)}"
        email = (
            f"{first}.{last}{rng.randint(85, 99)}@{rng.choice(('gmail.com', 'mail.ru', 'tut.by'))}"
        )
        for job in jobs:
            job.city = rng.choice((f"г. {city}", f"г. {city}", "г. Мінск"))
        if jobs[0].end is None and rng.random() < 0.5:
            by_master = rng.choice(BY_MASTERS)
            edu.append(_edu(pool.schools[1], *by_master, str(jobs[0].start[0]), None))
        edu.append(_edu(school, study, area, str(year - 4), str(year), rng.choice(("8,4", "7,9"))))
        extra["school"] = _edu(
            BY_SCHOOLS[city], "агульная сярэдняя адукацыя", None, str(year - 15), str(year - 4)
        )
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{year - 22}"
        female = name.split()[0] in BY_FEMALE
        status = "замужам" if female else "жанаты"
        extra["marital"] = status if rng.random() < 0.5 else f"не {status}"
        extra["certs"] = rng.sample(BY_CERTS, rng.randint(1, 2))
        extra["summary"] = BY_OBJECTIVE
        extra["qualities"] = rng.sample(BY_QUALITIES, 3)
        languages = list(BY_LANGUAGES[: rng.randint(3, 4)])
    extra["edu"] = edu
    return _Person(
        style=style,
        name=name,
        label=label,
        email=email,
        phone=phone,
        url=None,
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
        "address": extra["street"] or None,
        "city": person.city,
        "region": person.region,
        "countryCode": person.code,
    }
    summary: str | None = extra["summary"]
    headline = options.get("headline", False)
    if style == "pdf-tongan-cv" and not options["objective"]:
        summary = None
    if style == "docx-belarusian-cv-word" and not options["country"]:
        location["countryCode"] = None
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label if headline else None,
            "email": person.email,
            "phone": person.phone,
            "summary": summary,
            "location": drop_empty(location),
            "profiles": profile_links(extra),
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
    if style == "docx-belarusian-cv-word" and options["school"]:
        items.append(extra["school"])
    education = [drop_empty(dict(item)) for item in items]
    certificates = [
        {"name": title, "issuer": issuer, "date": str(year)}
        for title, issuer, year in extra.get("certs", [])
    ]
    skills: list[dict[str, Any]] = [{"name": skill} for skill in person.skills]
    if style == "pdf-jobberman-cv-export" and options["levels"]:
        skills = [
            {"name": skill, "level": level}
            for skill, level in zip(person.skills, extra["levels"], strict=True)
        ]
    references = [{"name": ref[0], "reference": ref[1]} for ref in extra.get("referees", [])]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "certificates": certificates,
            "skills": skills,
            "languages": [{"language": lang, "fluency": level} for lang, level in person.languages],
            "interests": [{"name": item} for item in extra.get("interests", [])],
            "references": references,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-tongan-cv":
        return _tonga(person, options), "pdf"
    if style == "pdf-somali-cv":
        return _somalia(person, options), "pdf"
    if style == "pdf-jobberman-cv-export":
        return _jobberman(person, options), "pdf"
    if style == "docx-belarusian-cv-word":
        return _belarus(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _years(item: dict[str, Any], ongoing: str, dash: str = " \u2013 ") -> str:
    """ "2016 - 2019", "2019", or "2023 - <ongoing>" from an education's years."""
    start, end = item["startDate"], item["endDate"]
    if end is None:
        return f"{start}{dash}{ongoing}"
    return f"{start}{dash}{end}" if start else str(end)


def _en_month(month: Month | None, form: str, present: str) -> str:
    if month is None:
        return present
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    name = MONTHS[month[1] - 1]
    if form == "short":
        name = name[:3]
    return f"{name} {month[0]}"


def _degree(item: dict[str, Any]) -> str:
    if not item["area"]:
        return str(item["studyType"])
    return f"{item['studyType']} in {item['area']}"


# ------------------------------------------------------------------------------------ Tonga


def _tonga(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV - {person.name}")
    pdf.set_author(person.name)
    pdf.set_creator("Microsoft\u00ae Word 2016")
    x, width = 22.0, 166.0
    maroon = (128, 20, 30)

    def footer(doc: Any) -> None:
        doc.set_xy(x, 287)
        doc.set_font("Serif", "", 7.5)
        doc.set_text_color(110, 110, 110)
        doc.cell(width, 4, f"{person.name} \u2013 Curriculum Vitae", align="L")
        doc.set_xy(x, 287)
        doc.cell(width, 4, f"Page {doc.page_no()}", align="R")
        doc.set_text_color(0, 0, 0)

    flow = _Flow(pdf, 18.0, 280.0, footer)

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 3
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 11)
        pdf.set_text_color(*maroon)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(*maroon)
        pdf.set_line_width(0.3)
        pdf.line(x, flow.y + 6.5, x + width, flow.y + 6.5)
        pdf.set_text_color(0, 0, 0)
        flow.y += 9

    def text(body: str, style: str = "", indent: float = 0.0, size: float = 9.8) -> None:
        flow.need(6)
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Serif", style, size)
        pdf.multi_cell(width - indent, 5, body, align="L")
        flow.y = pdf.get_y() + 0.3

    def field(key: str, value: str) -> None:
        pdf.set_xy(x + 2, flow.y)
        pdf.set_font("Serif", "", 9.8)
        pdf.cell(42, 5, key)
        pdf.cell(4, 5, ":")
        pdf.multi_cell(width - 48, 5, value, align="L")
        flow.y = pdf.get_y() + 0.4

    def bullets(notes: list[str], indent: float) -> None:
        for note in notes:
            flow.need(5)
            pdf.set_xy(x + indent, flow.y)
            pdf.set_font("Serif", "", 9.4)
            pdf.cell(4, 4.8, "\u2022")
            pdf.multi_cell(width - indent - 4, 4.8, note, align="L")
            flow.y = pdf.get_y() + 0.3

    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "B", 20)
    pdf.cell(width, 9, person.name.upper(), align="C")
    flow.y += 10
    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "", 9.6)
    pdf.cell(width, 5, f"{extra['street']}, {person.city}, {person.region}, Tonga", align="C")
    flow.y += 5
    pdf.set_xy(x, flow.y)
    pdf.cell(width, 5, f"Mobile: {person.phone}   \u2022   Email: {person.email}", align="C")
    flow.y += 6
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.8)
    pdf.line(x, flow.y, x + width, flow.y)
    flow.y += 2
    heading("PERSONAL DETAILS")
    field("Date of Birth", extra["born"])
    field("Place of Birth", extra["birthplace"])
    field("Nationality", "Tongan")
    field("Marital Status", extra["marital"])
    field("Religion", extra["church"])
    if options["objective"]:
        heading("CAREER OBJECTIVE")
        text(extra["summary"])

    def education() -> None:
        heading("EDUCATIONAL BACKGROUND")
        for item in extra["edu"]:
            flow.need(12)
            top = flow.y
            pdf.set_xy(x, top)
            pdf.set_font("Serif", "B", 9.8)
            pdf.cell(30, 5, _years(item, present, "\u2013"))
            pdf.set_xy(x + 32, top)
            pdf.multi_cell(width - 32, 5, item["institution"], align="L")
            pdf.set_xy(x + 32, pdf.get_y())
            pdf.set_font("Serif", "I", 9.8)
            pdf.multi_cell(width - 32, 5, _degree(item), align="L")
            flow.y = pdf.get_y() + 2

    def work() -> None:
        heading("WORK EXPERIENCE")
        for job in person.jobs:
            flow.need(26)
            span = (
                f"{_en_month(job.start, form, present)} \u2013 {_en_month(job.end, form, present)}"
            )
            if options["table"]:
                top = flow.y
                pdf.set_xy(x, top)
                pdf.set_font("Serif", "B", 9.4)
                pdf.multi_cell(36, 5, span.replace(" \u2013 ", " \u2013\n"), align="L")
                pdf.set_xy(x + 38, top)
                pdf.set_font("Serif", "B", 10)
                pdf.cell(width - 38, 5, job.position)
                pdf.set_xy(x + 38, top + 5)
                pdf.set_font("Serif", "I", 9.8)
                pdf.cell(width - 38, 5, f"{job.company}, {job.city}")
                flow.y = top + 11
                bullets(job.highlights, 40)
            else:
                pdf.set_xy(x, flow.y)
                pdf.set_font("Serif", "B", 10)
                pdf.cell(width - 52, 5, job.company)
                pdf.set_xy(x + width - 52, flow.y)
                pdf.set_font("Serif", "", 9.4)
                pdf.cell(52, 5, span, align="R")
                flow.y += 5.2
                text(f"Position: {job.position}", "I")
                text(f"Location: {job.city}", "I")
                text("Key duties:", "B", size=9.4)
                bullets(job.highlights, 4)
            flow.y += 2.5

    if options["education_first"]:
        education()
        work()
    else:
        work()
        education()
    heading("TRAINING AND CERTIFICATES")
    for title, issuer, year in extra["certs"]:
        text(f"{year}  \u2013  {title}, {issuer}", indent=2)
    heading("SKILLS")
    for skill in person.skills:
        text(f"\u2022  {skill}", indent=2)
    heading("LANGUAGES")
    for lang, level in person.languages:
        text(f"{lang}  \u2013  {level}", indent=2)
    heading("INTERESTS")
    text(", ".join(extra["interests"]), indent=2)
    heading("REFEREES")
    for name, role, tel in extra["referees"]:
        flow.need(16)
        text(name, "B", indent=2)
        text(role, indent=2)
        text(f"Phone: {tel}", indent=2)
        flow.y += 1
    _check(flow.y, 282, person)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------------- Somalia


def _somalia(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("CURRICULUM VITAE")
    pdf.set_author(person.name)
    x, width = 18.0, 174.0
    teal = (0, 92, 120)
    flow = _Flow(pdf, 16.0, 282.0)

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 3
        pdf.set_xy(x, flow.y)
        pdf.set_fill_color(*teal)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(width, 6.5, f" {text}", fill=True)
        pdf.set_text_color(0, 0, 0)
        flow.y += 9

    def text(body: str, style: str = "", indent: float = 0.0, size: float = 9.0) -> None:
        flow.need(6)
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Sans", style, size)
        pdf.multi_cell(width - indent, 4.7, body, align="L")
        flow.y = pdf.get_y() + 0.3

    def row(key: str, value: str, keyw: float = 42.0) -> None:
        flow.need(6)
        pdf.set_xy(x + 2, flow.y)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(keyw, 4.9, key)
        pdf.set_font("Sans", "", 9)
        pdf.multi_cell(width - keyw - 2, 4.9, value, align="L")
        flow.y = pdf.get_y() + 0.4

    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(*teal)
    pdf.cell(width, 6, "CURRICULUM VITAE", align="C")
    flow.y += 9
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "B", 18)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(width, 9, person.name, align="C")
    flow.y += 9
    if options["headline"]:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "I", 10.5)
        pdf.cell(width, 6, person.label or "", align="C")
        flow.y += 6
    country = "Somalia" if person.code else str(person.region)
    contact = [f"{extra['street']}, {person.city}, {country}", f"Tel: {person.phone}"]
    contact.append(f"Email: {person.email}")
    pdf.set_font("Sans", "", 8.8)
    pdf.set_xy(x, flow.y + 1)
    pdf.cell(width, 5, "  |  ".join(contact), align="C")
    flow.y += 6
    if "linkedin" in extra:
        pdf.set_xy(x, flow.y)
        pdf.cell(width, 5, extra["linkedin"].removeprefix("https://www."), align="C")
        flow.y += 5
    heading("PERSONAL INFORMATION")
    row("Date of Birth:", extra["born"])
    row("Gender:", extra["gender"])
    row("Marital Status:", extra["marital"])
    row("Nationality:", "Somali")
    heading("PROFESSIONAL SUMMARY")
    text(extra["summary"])
    heading("WORK EXPERIENCE")
    for job in person.jobs:
        flow.need(30)
        span = f"{_en_month(job.start, form, present)} \u2013 {_en_month(job.end, form, present)}"
        if options["labelled"]:
            row("Position:", job.position, 34)
            row("Organization:", job.company, 34)
            row("Duty Station:", job.city, 34)
            row("Duration:", span, 34)
        else:
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "B", 9.6)
            pdf.cell(width - 50, 5, job.position)
            pdf.set_xy(x + width - 50, flow.y)
            pdf.set_font("Sans", "B", 8.8)
            pdf.cell(50, 5, span, align="R")
            flow.y += 5
            text(f"{job.company}, {job.city}", "I")
        text("Key Responsibilities:", "BU", indent=2)
        for note in job.highlights:
            flow.need(5)
            pdf.set_xy(x + 5, flow.y)
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(4, 4.6, "\u27a2")
            pdf.multi_cell(width - 9, 4.6, note, align="L")
            flow.y = pdf.get_y() + 0.2
        flow.y += 3
    heading("EDUCATION")
    if options["edu_table"]:
        cols = (30.0, 78.0, 66.0)
        flow.need(10)
        pdf.set_font("Sans", "B", 9)
        pdf.set_fill_color(225, 235, 240)
        cx = x
        for title, w in zip(("Year", "Qualification", "Institution"), cols, strict=True):
            pdf.set_xy(cx, flow.y)
            pdf.cell(w, 6, f" {title}", border=1, fill=True)
            cx += w
        flow.y += 6
        for item in extra["edu"]:
            flow.need(12)
            cells = (_years(item, present), _degree(item), item["institution"])
            pdf.set_font("Sans", "", 8.8)
            heights = [
                len(pdf.multi_cell(w - 2, 4.6, c, dry_run=True, output="LINES"))
                for c, w in zip(cells, cols, strict=True)
            ]
            h = max(heights) * 4.6 + 2
            cx = x
            for cell, w in zip(cells, cols, strict=True):
                pdf.rect(cx, flow.y, w, h)
                pdf.set_xy(cx + 1, flow.y + 1)
                pdf.multi_cell(w - 2, 4.6, cell, align="L")
                cx += w
            flow.y += h
        flow.y += 2
    else:
        for item in extra["edu"]:
            flow.need(12)
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "B", 9.4)
            pdf.cell(width - 36, 5, _degree(item))
            pdf.set_xy(x + width - 36, flow.y)
            pdf.set_font("Sans", "", 9)
            pdf.cell(36, 5, _years(item, present), align="R")
            flow.y += 5
            text(item["institution"], "I")
            flow.y += 1.5
    heading("TRAININGS AND CERTIFICATES")
    for title, issuer, year in extra["certs"]:
        text(f"\u2022  {title} \u2013 {issuer}, {year}", indent=2)
    heading("COMPUTER SKILLS")
    for skill in person.skills:
        text(f"\u2022  {skill}", indent=2)
    heading("LANGUAGES")
    for lang, level in person.languages:
        row(lang, level, 34)
    heading("REFERENCES")
    for name, role, tel in extra["referees"]:
        flow.need(16)
        text(name, "B", indent=2)
        text(role, indent=2)
        text(f"Tel: {tel}", indent=2)
        flow.y += 1
    _check(flow.y, 284, person)
    return bytes(pdf.output())


# -------------------------------------------------------------------------------- Jobberman


def _jobberman(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} - CV")
    pdf.set_author("Jobberman Nigeria")
    pdf.set_creator("Jobberman CV Export")
    x, width = 16.0, 178.0
    green, grey = (0, 140, 75), (105, 105, 105)

    def chrome(doc: Any) -> None:
        doc.set_fill_color(*green)
        doc.rect(0, 0, 210, 3, style="F")
        doc.set_xy(x, 288)
        doc.set_font("Sans", "", 7)
        doc.set_text_color(*grey)
        doc.cell(width, 4, "CV generated on Jobberman \u2022 www.jobberman.com", align="L")
        doc.set_xy(x, 288)
        doc.cell(width, 4, f"Page {doc.page_no()}", align="R")
        doc.set_text_color(0, 0, 0)

    flow = _Flow(pdf, 12.0, 282.0, chrome)

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 4
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 11.5)
        pdf.set_text_color(*green)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(220, 220, 220)
        pdf.set_line_width(0.3)
        pdf.line(x, flow.y + 7, x + width, flow.y + 7)
        pdf.set_text_color(0, 0, 0)
        flow.y += 9.5

    def text(
        body: str,
        style: str = "",
        size: float = 9.0,
        color: tuple[int, int, int] = (0, 0, 0),
        indent: float = 0.0,
    ) -> None:
        flow.need(6)
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Sans", style, size)
        pdf.set_text_color(*color)
        pdf.multi_cell(width - indent, 4.7, body, align="L")
        pdf.set_text_color(0, 0, 0)
        flow.y = pdf.get_y() + 0.4

    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "B", 13)
    pdf.set_text_color(*green)
    pdf.cell(60, 7, "jobberman")
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(*grey)
    pdf.set_xy(x + width - 60, flow.y + 1)
    pdf.cell(60, 5, "Candidate CV", align="R")
    flow.y += 12
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "B", 21)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(width, 10, person.name)
    flow.y += 10
    if options["headline"]:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "", 11)
        pdf.set_text_color(*grey)
        pdf.cell(width, 6, person.label or "")
        flow.y += 7
    place = ", ".join(p for p in (person.city, person.region, "Nigeria") if p)
    line = f"\u2709 {person.email}    \u260e {person.phone}    \u2302 {place}"
    text(line, size=8.8)
    if "linkedin" in extra:
        text(f"LinkedIn: {extra['linkedin'].removeprefix('https://')}", size=8.8)
    flow.y += 2
    box_top = flow.y
    pdf.set_fill_color(240, 247, 243)
    pdf.rect(x, box_top, width, 17, style="F")
    top = extra["edu"][0]
    facts = (
        ("Location", f"{person.city}, Nigeria"),
        ("Years of Experience", extra["experience_years"]),
        ("Highest Qualification", top["studyType"]),
        ("NYSC Status", extra["nysc"]),
    )
    for index, (key, value) in enumerate(facts):
        cx = x + 3 + (index % 2) * (width / 2)
        cy = box_top + 2 + (index // 2) * 7
        pdf.set_xy(cx, cy)
        pdf.set_font("Sans", "", 7.5)
        pdf.set_text_color(*grey)
        pdf.cell(38, 6, key)
        pdf.set_font("Sans", "B", 8.5)
        pdf.set_text_color(0, 0, 0)
        pdf.cell(width / 2 - 42, 6, value)
    flow.y = box_top + 19
    heading("Professional Summary")
    text(extra["summary"])
    heading("Work Experience")
    for job in person.jobs:
        flow.need(26)
        span = f"{_en_month(job.start, form, present)} - {_en_month(job.end, form, present)}"
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width - 50, 5.2, job.position)
        pdf.set_xy(x + width - 50, flow.y)
        pdf.set_font("Sans", "", 8.6)
        pdf.set_text_color(*grey)
        pdf.cell(50, 5.2, span, align="R")
        flow.y += 5.4
        text(f"{job.company}  \u00b7  {job.city}", size=9, color=green)
        for note in job.highlights:
            flow.need(5)
            pdf.set_xy(x + 2, flow.y)
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(4, 4.6, "\u2022")
            pdf.multi_cell(width - 6, 4.6, note, align="L")
            flow.y = pdf.get_y() + 0.2
        flow.y += 3
    heading("Education")
    for item in extra["edu"]:
        flow.need(18)
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 9.8)
        pdf.cell(width - 40, 5, item["institution"])
        pdf.set_xy(x + width - 40, flow.y)
        pdf.set_font("Sans", "", 8.6)
        pdf.set_text_color(*grey)
        pdf.cell(40, 5, _years(item, present, " - "), align="R")
        pdf.set_text_color(0, 0, 0)
        flow.y += 5.2
        if options["labelled_edu"]:
            text(f"Qualification: {item['studyType']}", size=8.8)
            if item["area"]:
                text(f"Course of Study: {item['area']}", size=8.8)
            if item["score"]:
                text(f"Class of Degree: {item['score']}", size=8.8)
        else:
            title = f"{item['studyType']}, {item['area']}" if item["area"] else item["studyType"]
            if item["score"]:
                title = f"{title} ({item['score']})"
            text(title, size=8.8)
        flow.y += 1.5
    heading("Certifications")
    for title, issuer, year in extra["certs"]:
        text(title, "B", size=9)
        text(f"{issuer}  \u00b7  {year}", size=8.6, color=grey)
    heading("Skills")
    if options["levels"]:
        for skill, level in zip(person.skills, extra["levels"], strict=True):
            flow.need(6)
            pdf.set_xy(x + 2, flow.y)
            pdf.set_font("Sans", "", 9)
            pdf.cell(80, 5, skill)
            pdf.set_text_color(*grey)
            pdf.cell(40, 5, level)
            pdf.set_text_color(0, 0, 0)
            flow.y += 5.2
    else:
        text("   \u2022   ".join(person.skills), size=9)
    heading("Languages")
    for lang, level in person.languages:
        flow.need(6)
        pdf.set_xy(x + 2, flow.y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(40, 5, lang)
        pdf.set_text_color(*grey)
        pdf.cell(40, 5, level)
        pdf.set_text_color(0, 0, 0)
        flow.y += 5.2
    _check(flow.y, 284, person)
    return bytes(pdf.output())


# --------------------------------------------------------------------------------- Belarus


def _by_month(month: Month | None, form: str, present: str) -> str:
    if month is None:
        return present
    if form == "numeric":
        return f"{month[1]:02d}.{month[0]}"
    return f"{MESIATSY[month[1] - 1]} {month[0]}"


def _belarus(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    form, present, extra = options["dates"], options["present"], person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = extra["latin"].title()
    properties.title = "Рэзюмэ"
    properties.revision = 4
    for section in document.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin, section.right_margin = Cm(2.5), Cm(1.5)
        section.top_margin = section.bottom_margin = Cm(2.0)
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
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
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.paragraph_format.space_after = Pt(4)

    def keyed(key: str, value: str) -> None:
        paragraph = para()
        paragraph.add_run(key).bold = True
        paragraph.add_run(value)

    def cell_text(cell: Any, text: str, bold: bool = False, italic: bool = False) -> Any:
        paragraph = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
        run = paragraph.add_run(text)
        run.bold, run.italic = bold, italic
        return paragraph

    title = para("РЭЗЮМЭ", True, 14)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    name = para(person.name, True, 16)
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if options["headline"]:
        sub = para(person.label or "", False, 12)
        sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
        sub.runs[0].italic = True
    para()
    address = f"г. {person.city}, {extra['street']}"
    if options["country"]:
        address = f"Рэспубліка Беларусь, {address}"
    keyed("Дата нараджэння: ", extra["born"])
    keyed("Сямейнае становішча: ", extra["marital"])
    keyed("Адрас: ", address)
    keyed("Тэлефон: ", person.phone)
    keyed("E-mail: ", person.email)
    heading("Мэта:")
    para(extra["summary"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    heading("Адукацыя:")
    items = list(extra["edu"])
    if options["school"]:
        items.append(extra["school"])
    for item in items:
        paragraph = para()
        paragraph.paragraph_format.space_before = Pt(4)
        when = _years(item, present, "\u2013" if item["endDate"] else " \u2013 ")
        paragraph.add_run(f"{when} \u2014 ").bold = True
        paragraph.add_run(item["institution"]).bold = True
        if item["studyType"] == "магістр":
            para(f"Магістратура, спецыяльнасць: {item['area']}")
            para(f"Ступень: {item['studyType']}")
        elif item["area"]:
            para(f"Спецыяльнасць: {item['area']}")
            para(f"Кваліфікацыя: {item['studyType']}")
        else:
            para(item["studyType"])
        if item["score"]:
            para(f"Сярэдні бал дыплома: {item['score']}")
    heading("Вопыт працы:")

    def span(job: Any) -> str:
        return f"{_by_month(job.start, form, present)} \u2013 {_by_month(job.end, form, present)}"

    if options["table"]:
        table = document.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        head = table.rows[0].cells
        cell_text(head[0], "Перыяд працы", bold=True)
        cell_text(head[1], "Арганізацыя, пасада, абавязкі", bold=True)
        for job in person.jobs:
            cells = table.add_row().cells
            cell_text(cells[0], span(job))
            cell_text(cells[1], f"{job.company}, {job.city}", bold=True)
            cell_text(cells[1], f"Пасада: {job.position}", italic=True)
            cell_text(cells[1], "Абавязкі:")
            for note in job.highlights:
                cell_text(cells[1], f"\u2013 {note}")
        for row in table.rows:
            row.cells[0].width, row.cells[1].width = Cm(4.6), Cm(12.4)
    else:
        for job in person.jobs:
            top = para()
            top.paragraph_format.space_before = Pt(6)
            top.add_run(span(job)).bold = True
            para(f"{job.company}, {job.city}", True)
            lab = para()
            lab.add_run("Пасада: ")
            lab.add_run(job.position).italic = True
            para("Асноўныя абавязкі:")
            for note in job.highlights:
                document.add_paragraph(note, style="List Bullet")
    heading("Дадатковая адукацыя, курсы:")
    for name_, issuer, year in extra["certs"]:
        paragraph = para()
        paragraph.add_run(f"{year} \u2013 ").bold = True
        paragraph.add_run(f"{name_}, {issuer}")
    heading("Валоданне мовамі:")
    for lang, level in person.languages:
        para(f"{lang} \u2013 {level}")
    heading("Камп\u2019ютарныя навыкі:")
    for skill in person.skills:
        document.add_paragraph(skill, style="List Bullet")
    heading("Асабістыя якасці:")
    para(", ".join(extra["qualities"]))
    para()
    para("Рэкамендацыі прадастаўляюцца па запыце.").runs[0].italic = True
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())

"""Seventy-fourth held-out round ("holdout-74"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts, three born-digital PDF and
one Word document. The round is sealed: the layouts are described only in the code below.

Pools are fresh for this round; the truth states only what the document shows, in the
precision it shows it (a country code only where a country is printed, year-only dates as
years, an ongoing job or study without an end date).
"""

# ruff: noqa: RUF001 (the Kazakh CV is written in Cyrillic; the others use en dashes)

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

HOLDOUT_TAG = "holdout-74"
GENERATOR = "tests/eval/holdout74.py"
SEED = 7_493_146

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-seychellois-cv", 3),
    ("pdf-guyanese-cv", 3),
    ("pdf-moderncv-classic", 3),
    ("docx-kazakh-cv-word", 3),
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
MONATE = (
    "Januar",
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
AILAR = (
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
)

POOLS: dict[str, Pool] = {
    "pdf-seychellois-cv": Pool(
        first=("Vanessa", "Jean-Paul", "Marie-Claire", "Terry", "Nadia", "Ronny", "Stephanie"),
        last=("Pillay", "Hoareau", "Payet", "Esparon", "Labiche", "Dugasse", "Confait", "Morel"),
        cities=(
            ("Victoria", "Mahé", "SC", "Mont Fleuri"),
            ("Victoria", "Mahé", "SC", "Bel Air"),
            ("Victoria", "Mahé", "SC", "Roche Caiman"),
        ),
        employers=(
            "Coco de Mer Bay Resort & Spa",
            "Sainte Anne Marine Logistics (Pty) Ltd",
            "Island Harvest Trading Co. Ltd",
            "Praslin Ferry Link Services",
            "Victoria Fisheries Cooperative Society",
        ),
        titles=(
            "Front Office Supervisor",
            "Accounts Clerk",
            "Human Resource Officer",
            "Procurement Assistant",
            "Guest Relations Officer",
        ),
        highlights=(
            "Supervised check-in and check-out for a 120-key resort and handled VIP arrivals",
            "Prepared monthly bank reconciliations and supplier payment runs",
            "Maintained staff files, leave records and work permit renewals for GOP holders",
            "Raised purchase orders and followed up on shipments at Port Victoria",
            "Trained new receptionists on Opera PMS and guest complaint handling",
            "Processed fortnightly payroll and SSF and income tax returns",
            "Coordinated transfers to Praslin and La Digue for tour groups",
            "Compiled weekly sales and occupancy reports for management",
            "Assisted the annual stock take and year-end audit",
        ),
        skills=(
            "Microsoft Office (Word, Excel, PowerPoint)",
            "Opera PMS",
            "QuickBooks",
            "Customer care",
            "Typing (45 wpm)",
        ),
        schools=("University of Seychelles", "Seychelles Business Studies Academy (SBSA)"),
        degrees=(
            ("Bachelor of Business Administration", "Management"),
            ("Advanced Diploma", "Accounting and Finance"),
            ("Diploma", "Hospitality Management"),
            ("Bachelor of Arts", "Human Resource Management"),
        ),
    ),
    "pdf-guyanese-cv": Pool(
        first=("Keisha", "Devon", "Shivanie", "Ravindra", "Tiffany", "Omari", "Latoya", "Anil"),
        last=("Persaud", "Ramsaroop", "Fraser", "Singh", "DeFreitas", "Bacchus", "Griffith"),
        cities=(
            ("Georgetown", None, "GY", "Lot 47 Ketley Street, Charlestown"),
            ("Georgetown", None, "GY", "112 Duncan Street, Campbellville"),
            ("Georgetown", None, "GY", "23 Garnett Street, Kitty"),
        ),
        employers=(
            "Demerara Wharf & Shipping Agency Inc.",
            "Essequibo Rice Millers Cooperative",
            "Stabroek Office Systems Ltd.",
            "Berbice Hinterland Credit Union",
            "Kaieteur Agro Supplies Inc.",
        ),
        titles=(
            "Accounts Clerk",
            "Customer Service Representative",
            "Administrative Assistant",
            "Stores Supervisor",
            "Sales Representative",
        ),
        highlights=(
            "Prepared daily cash reports and lodged deposits at the bank",
            "Processed customs entries and coordinated container releases at the wharf",
            "Maintained the inventory of spare parts and issued stores requisitions",
            "Answered customer queries by phone and in person in a courteous manner",
            "Prepared NIS schedules and PAYE returns for 60 employees",
            "Filed and retrieved correspondence and prepared minutes of meetings",
            "Reconciled vendor statements and followed up on outstanding invoices",
            "Achieved 115% of the quarterly sales target for the Region 4 territory",
            "Assisted with the annual stock count and audit",
        ),
        skills=(
            "Microsoft Word, Excel and Outlook",
            "QuickBooks Pro",
            "Peachtree Accounting",
            "Data entry",
            "Good communication skills",
        ),
        schools=("University of Guyana, Turkeyen Campus", "Government Technical Institute"),
        degrees=(
            ("Bachelor of Social Sciences", "Accountancy"),
            ("Bachelor of Science", "Management"),
            ("Associate Degree", "Public Management"),
            ("Diploma", "Accountancy"),
        ),
    ),
    "pdf-moderncv-classic": Pool(
        first=("Jonas", "Katharina", "Felix", "Miriam", "Lukas", "Hannah", "Tobias", "Lea"),
        last=("Brandauer", "Kellermann", "Vogelsang", "Reinhold", "Ostermeier", "Lindner"),
        cities=(
            ("München", None, "DE", "Schellingstraße 41, 80799 München"),
            ("Heidelberg", None, "DE", "Bergheimer Str. 118, 69115 Heidelberg"),
            ("Aachen", None, "DE", "Pontstraße 27, 52062 Aachen"),
        ),
        employers=(
            "Isarwerk Robotics GmbH",
            "Neckartal Analytics AG",
            "Quantenfeld Systems GmbH",
            "Rheinkraft Energietechnik GmbH",
            "Lindenhof Software & Consulting",
        ),
        titles=(
            "Software Engineer",
            "Research Engineer",
            "Data Scientist",
            "Embedded Systems Developer",
            "Machine Learning Engineer",
        ),
        highlights=(
            "Developed a ROS 2 based motion planner for a six-axis manipulator",
            "Implemented a Kalman filter for sensor fusion in C++17",
            "Built forecasting models for grid load with Python and scikit-learn",
            "Maintained the CI pipeline (GitLab CI, Docker) for twelve repositories",
            "Wrote firmware for STM32 microcontrollers in C",
            "Evaluated deep learning models for defect detection on camera images",
            "Supervised two Bachelor's theses",
            "Presented results at internal reviews and customer workshops",
            "Migrated legacy MATLAB code to Python",
        ),
        skills=("Python", "C++", "ROS 2", "MATLAB", "Git", "Docker", "PyTorch", "LaTeX"),
        schools=(
            "Technische Universität München",
            "Ruprecht-Karls-Universität Heidelberg",
            "RWTH Aachen University",
        ),
        degrees=(
            ("Master of Science", "Informatik"),
            ("Master of Science", "Elektrotechnik und Informationstechnik"),
            ("Master of Science", "Physik"),
        ),
    ),
    "docx-kazakh-cv-word": Pool(
        first=("Айгерім", "Нұрлан", "Дәурен", "Әсел", "Жанар", "Ерлан", "Меруерт", "Бауыржан"),
        last=("Сейітқали", "Жұмабай", "Нұрпейіс", "Тәжібай", "Қасымбек", "Омарбек"),
        cities=(
            ("Алматы", None, "KZ", "Абай даңғылы, 150-үй, 24-пәтер"),
            ("Астана", None, "KZ", "Қабанбай батыр даңғылы, 11-үй, 87-пәтер"),
            ("Шымкент", None, "KZ", "Тәуке хан даңғылы, 35-үй, 6-пәтер"),
        ),
        employers=(
            "«Алатау Логистикс» ЖШС",
            "«Қазына Сауда Орталығы» АҚ",
            "«Жетісу Дәмі» ЖШС",
            "«Сарыарқа Цифрлық Шешімдер» ЖШС",
            "«Көкшетау Құрылыс Материалдары» ЖШС",
        ),
        titles=(
            "Бухгалтер",
            "Экономист",
            "Сату менеджері",
            "Маркетолог",
            "Кадрлар жөніндегі маман",
        ),
        highlights=(
            "Алғашқы құжаттарды «1С: Бухгалтерия 8» бағдарламасында жүргізу",
            "Салық есептілігін дайындау және тапсыру",
            "Айлық қаржылық есептерді басшылыққа дайындау",
            "Жеткізушілермен шарттар жасасу және олардың орындалуын бақылау",
            "Әлеуметтік желілердегі жарнамалық науқандарды жоспарлау",
            "Клиенттер базасын жүргізу және жаңа клиенттерді тарту",
            "Қызметкерлердің жеке істерін және еңбек шарттарын рәсімдеу",
            "Жылдық түгендеуді ұйымдастыруға қатысу",
            "Банк көшірмелерін салыстыру және кассалық операцияларды бақылау",
        ),
        skills=(
            "MS Office (Word, Excel, PowerPoint)",
            "1С: Бухгалтерия 8",
            "1С: Зарплата и управление персоналом",
            "Google Workspace",
            "Power BI",
        ),
        schools=(
            "Әл-Фараби атындағы Қазақ ұлттық университеті",
            "Л.Н. Гумилев атындағы Еуразия ұлттық университеті",
            "Нархоз университеті",
        ),
        degrees=(
            ("бакалавр", "Есеп және аудит"),
            ("бакалавр", "Қаржы"),
            ("бакалавр", "Маркетинг"),
            ("бакалавр", "Экономика"),
        ),
    ),
}

KZ_LATIN = {
    "Айгерім": "aigerim",
    "Нұрлан": "nurlan",
    "Дәурен": "dauren",
    "Әсел": "asel",
    "Жанар": "zhanar",
    "Ерлан": "yerlan",
    "Меруерт": "meruert",
    "Бауыржан": "bauyrzhan",
    "Сейітқали": "seitkali",
    "Жұмабай": "zhumabay",
    "Нұрпейіс": "nurpeiis",
    "Тәжібай": "tazhibay",
    "Қасымбек": "kassymbek",
    "Омарбек": "omarbek",
}

SC_OBJECTIVE = (
    "A hardworking and reliable Seychellois professional seeking a position where I can put "
    "my experience in hospitality and administration to good use and continue to grow."
)
SC_SECONDARY = (
    "English River Secondary School",
    "Plaisance Secondary School",
    "Anse Royale Secondary School",
    "Mont Fleuri Secondary School",
)
SC_ALEVELS = "School of Advanced Level Studies (SALS)"
SC_LANGUAGES = (("Creole", "Mother tongue"), ("English", "Fluent"), ("French", "Good"))
SC_INTERESTS = ("Reading", "Snorkelling", "Football", "Hiking", "Cooking", "Church choir")
SC_REFEREES = (
    ("Mrs. Josianne Laporte", "Human Resource Manager, Coco de Mer Bay Resort & Spa", "2 781 440"),
    ("Mr. Bernard Vidot", "Lecturer, University of Seychelles", "2 594 217"),
    ("Ms. Cindy Athanasius", "Finance Manager, Island Harvest Trading Co. Ltd", "2 716 358"),
)
SC_CERTS = (
    ("First Aid at Work", "Red Cross Society of Seychelles", "2022"),
    ("Certificate in Customer Care", "Seychelles Tourism Academy", "2021"),
    ("ICDL Workforce", "ICDL Africa", "2020"),
)

GY_OBJECTIVE = (
    "To secure a challenging position in a progressive organisation where my skills, "
    "training and experience can be utilised, and where I can grow professionally."
)
GY_SECONDARY = (
    "Queen's College",
    "Bishops' High School",
    "St. Rose's High School",
    "St. Joseph High School",
)
GY_CSEC = (
    "English A (I), Mathematics (II), Principles of Accounts (I), Principles of Business (II), "
    "Information Technology (I), Social Studies (I), Office Administration (II)"
)
GY_CAPE = "Accounting (II), Management of Business (II), Caribbean Studies (III)"
GY_GRADES = ("Credit", "Distinction")
GY_QUALITIES = (
    "Punctual and dependable",
    "Able to work under pressure with minimum supervision",
    "Team player with good interpersonal skills",
    "Willing to learn",
)
GY_INTERESTS = ("Cricket", "Reading", "Gospel music", "Volunteering", "Swimming")
GY_REFEREES = (
    ("Mr. Rawle Adams", "Finance Manager, Demerara Wharf & Shipping Agency Inc.", "+592 226 4817"),
    ("Ms. Candace Yearwood", "Lecturer, University of Guyana", "+592 622 9130"),
    ("Pastor Leon Hinds", "Kitty Pentecostal Church", "+592 654 2283"),
)

MC_TITLES_EN = ("Robotics Engineer", "Software Developer", "Data Scientist", "ML Engineer")
MC_TITLES_DE = ("Data Scientist", "Software Engineer", "Embedded Software Engineer")
MC_BSC = (
    ("Bachelor of Science", "Informatik"),
    ("Bachelor of Science", "Elektrotechnik"),
    ("Bachelor of Science", "Physik"),
)
MC_GYMNASIA = (
    "Wilhelm-Hausenstein-Gymnasium, München",
    "Kurfürst-Friedrich-Gymnasium, Heidelberg",
    "Kaiser-Karls-Gymnasium, Aachen",
)
MC_THESES = (
    "Learning-based grasp planning for cluttered scenes",
    "Robust state estimation for legged robots",
    "Probabilistic forecasting of photovoltaic output",
)
MC_LANGUAGES = {
    "en": (("German", "Mother tongue"), ("English", "Fluent (C1)"), ("French", "Basic (A2)")),
    "de": (("Deutsch", "Muttersprache"), ("Englisch", "Verhandlungssicher (C1)")),
}
MC_INTERESTS = {
    "en": ("Bouldering", "Road cycling", "Playing the cello"),
    "de": ("Bouldern", "Rennradfahren", "Cello spielen"),
}

KZ_OBJECTIVE = (
    "Өз білімім мен тәжірибемді тиімді пайдалана отырып, тұрақты дамып келе жатқан "
    "компанияда жұмыс істеп, кәсіби тұрғыда өсу."
)
KZ_MASTERS = (("магистр", "Қаржы"), ("магистр", "Экономика"))
KZ_SCHOOLS = (
    "Алматы қаласы №134 мектеп-гимназиясы",
    "Астана қаласы №61 мектеп-лицейі",
    "Шымкент қаласы №8 жалпы орта мектебі",
)
KZ_LANGUAGES = (
    ("Қазақ тілі", "ана тілі"),
    ("Орыс тілі", "еркін"),
    ("Ағылшын тілі", "B2 (орта деңгейден жоғары)"),
    ("Түрік тілі", "бастапқы деңгей"),
)
KZ_QUALITIES = (
    "Жауапкершілік",
    "Ұқыптылық",
    "Командада жұмыс істей білу",
    "Тез үйренгіштік",
    "Стресске төзімділік",
)
KZ_CERTS = (
    ("ДипИФР (IFRS) курсы", "«Кәсіби бухгалтерлер палатасы»", "2022"),
    ("Цифрлық маркетинг негіздері", "«Astana Hub» IT-паркі", "2021"),
    ("Excel қаржыгерлерге арналған", "«Білім Плюс» оқу орталығы", "2020"),
)


class _Person(Candidate):
    __slots__ = ()

    @property
    def slug(self) -> str:
        return "-".join(ascii_slug(self.extra["latin"]).split())


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-seychellois-cv":
        return {
            "dates": rng.choice(("long", "short", "numeric")),
            "present": rng.choice(("Present", "To date", "Current")),
            "labelled": rng.random() < 0.5,
            "objective": rng.random() < 0.7,
            "education_first": rng.random() < 0.5,
        }
    if style == "pdf-guyanese-cv":
        return {
            "dates": rng.choice(("long", "short", "slash")),
            "present": rng.choice(("Present", "To present", "Current")),
            "headline": rng.random() < 0.5,
            "qualities": rng.random() < 0.6,
        }
    if style == "pdf-moderncv-classic":
        return {
            "lang": rng.choice(("en", "de")),
            "dates": rng.choice(("numeric", "years")),
            "education_first": rng.random() < 0.6,
            "homepage": rng.random() < 0.5,
        }
    if style == "docx-kazakh-cv-word":
        return {
            "dates": rng.choice(("words", "numeric")),
            "present": rng.choice(("қазіргі уақытқа дейін", "осы уақытқа дейін", "қазір")),
            "table": rng.random() < 0.5,
            "headline": rng.random() < 0.5,
            "school": rng.random() < 0.6,
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
    latin = " ".join(KZ_LATIN.get(part, part) for part in name.split())
    slug = ascii_slug(latin).split()
    first, last = slug[0], slug[-1]
    city, region, code, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street, "latin": latin}
    url: str | None = None
    jobs = _chain(rng, pool, rng.choice((3, 4)), rng.random() < 0.7)
    year = jobs[-1].start[0] - rng.randint(0, 1)
    study, area = rng.choice(pool.degrees)
    school = rng.choice(pool.schools)
    skills = rng.sample(pool.skills, rng.randint(4, 5))
    edu: list[dict[str, Any]] = []
    label = jobs[0].position
    if style == "pdf-seychellois-cv":
        phone = f"+248 2 {rng.randint(500, 799)} {rng.randint(100, 999)}"
        email = f"{first}{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'hotmail.com'))}"
        for job in jobs:
            job.city = rng.choice(("Victoria, Mahé", "Beau Vallon, Mahé", "Baie Ste Anne, Praslin"))
        length = 4 if study.startswith("Bachelor") else 2
        edu.append(_edu(school, study, area, str(year - length), str(year)))
        sec = rng.choice(SC_SECONDARY)
        alevel = year - length
        edu.append(_edu(SC_ALEVELS, "Cambridge A-Level", None, str(alevel - 2), str(alevel)))
        edu.append(_edu(sec, "IGCSE", None, str(alevel - 7), str(alevel - 2)))
        extra["born"] = f"{rng.randint(1, 28)} {MONTHS[rng.randrange(12)]} {year - 22}"
        extra["marital"] = rng.choice(("Single", "Married"))
        extra["summary"] = SC_OBJECTIVE
        extra["certs"] = sorted(rng.sample(SC_CERTS, 2), key=lambda c: c[2], reverse=True)
        extra["interests"] = rng.sample(SC_INTERESTS, 3)
        extra["referees"] = list(SC_REFEREES[: rng.choice((2, 3))])
        languages = list(SC_LANGUAGES)
    elif style == "pdf-guyanese-cv":
        phone = f"+592 6{rng.randint(0, 9)}{rng.randint(0, 9)} {rng.randint(1000, 9999)}"
        email = f"{first}.{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        for job in jobs:
            job.city = rng.choice(("Georgetown", "Georgetown", "Providence, EBD", "New Amsterdam"))
        if jobs[0].end is None and rng.random() < 0.4:
            edu.append(
                _edu(
                    "University of Guyana, Turkeyen Campus",
                    "Master of Business Administration",
                    None,
                    str(jobs[0].start[0] + 1),
                    None,
                )
            )
        length = 4 if study.startswith("Bachelor") else 2
        if study.startswith("Bachelor"):
            school = pool.schools[0]
        edu.append(_edu(school, study, area, str(year - length), str(year), rng.choice(GY_GRADES)))
        sec = rng.choice(GY_SECONDARY)
        edu.append(
            _edu(
                sec,
                "Caribbean Advanced Proficiency Examination (CAPE)",
                None,
                str(year - length - 2),
                str(year - length),
            )
        )
        edu.append(
            _edu(
                sec,
                "Caribbean Secondary Education Certificate (CSEC)",
                None,
                str(year - length - 7),
                str(year - length - 2),
            )
        )
        extra["born"] = f"{MONTHS[rng.randrange(12)]} {rng.randint(1, 28)}, {year - 22}"
        extra["summary"] = GY_OBJECTIVE
        extra["qualities"] = rng.sample(GY_QUALITIES, 3)
        extra["interests"] = rng.sample(GY_INTERESTS, 3)
        extra["referees"] = list(GY_REFEREES[: rng.choice((2, 3))])
        languages = [("English", "Fluent"), ("Guyanese Creole", "Native")]
    elif style == "pdf-moderncv-classic":
        phone = (
            f"+49 1{rng.choice((51, 52, 60, 76))} {rng.randint(1000, 9999)}{rng.randint(100, 999)}"
        )
        email = f"{first}.{last}@{rng.choice(('posteo.de', 'gmail.com', 'mailbox.org'))}"
        for job in jobs:
            job.city = city
        if jobs[0].end is None and rng.random() < 0.5:
            jobs[0].position = "Doctoral Researcher"
        mthesis = rng.choice(MC_THESES)
        edu.append(_edu(school, study, area, str(year - 2), str(year), rng.choice(("1,3", "1,7"))))
        bsc = next(d for d in MC_BSC if area.startswith(d[1][:4]))
        edu.append(_edu(school, bsc[0], bsc[1], str(year - 5), str(year - 2)))
        edu.append(
            _edu(
                rng.choice(MC_GYMNASIA),
                "Abitur",
                None,
                None,
                str(year - 5),
                rng.choice(("1,4", "1,9")),
            )
        )
        extra["thesis"] = mthesis
        extra["titles"] = (rng.choice(MC_TITLES_EN), rng.choice(MC_TITLES_DE))
        extra["github"] = f"https://github.com/{first[0]}{last}"
        if rng.random() < 0.5:
            extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        url = f"https://{first}{last}.de"
        skills = rng.sample(pool.skills, 6)
        extra["summary"] = None
        languages = []
    else:
        phone = f"+7 {rng.choice((701, 702, 705, 707, 747, 777))} {rng.randint(100, 999)} "
        phone += f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
        email = f"{first}.{last}{rng.randint(85, 99)}@{rng.choice(('gmail.com', 'mail.ru'))}"
        for job in jobs:
            job.city = rng.choice((f"{city} қ.", f"{city} қ.", "Қарағанды қ."))
        if jobs[0].end is None and rng.random() < 0.5:
            master = rng.choice(KZ_MASTERS)
            edu.append(_edu(pool.schools[0], *master, str(jobs[0].start[0]), None))
        edu.append(_edu(school, study, area, str(year - 4), str(year)))
        extra["school"] = _edu(
            rng.choice(KZ_SCHOOLS), "Жалпы орта білім", None, str(year - 15), str(year - 4)
        )
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{year - 22} ж."
        extra["certs"] = rng.sample(KZ_CERTS, rng.randint(1, 2))
        extra["summary"] = KZ_OBJECTIVE
        extra["qualities"] = rng.sample(KZ_QUALITIES, 3)
        languages = list(KZ_LANGUAGES[: rng.randint(3, 4)])
    extra["edu"] = edu
    return _Person(
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


def _mc_labels(person: Candidate, options: dict[str, Any]) -> None:
    """The moderncv CV in German uses German job titles for the headline and the jobs."""
    person.label = person.extra["titles"][0 if options["lang"] == "en" else 1]


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    extra = person.extra
    moderncv = style == "pdf-moderncv-classic"
    if moderncv:
        _mc_labels(person, options)
    location = drop_empty(
        {
            "address": None if moderncv else extra["street"],
            "city": person.city,
            "region": person.region,
            "countryCode": person.code,
        }
    )
    if moderncv:
        street, town = extra["street"].split(", ")
        location = {"address": street, "postalCode": town.split()[0], "city": person.city}
        if options["lang"] == "de":
            location["countryCode"] = "DE"
    summary = extra["summary"]
    if style == "pdf-seychellois-cv" and not options["objective"]:
        summary = None
    headline = moderncv or options.get("headline")
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label if headline else None,
            "email": person.email,
            "phone": person.phone,
            "url": person.url if moderncv and options["homepage"] else None,
            "summary": summary,
            "location": location,
            "profiles": profile_links(extra),
        }
    )
    precision = "year" if moderncv and options["dates"] == "years" else "month"
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
    items = list(extra["edu"])
    if style == "docx-kazakh-cv-word" and options["school"]:
        items.append(extra["school"])
    education = [drop_empty(dict(item)) for item in items]
    certificates = [
        {"name": title, "issuer": issuer, "date": year}
        for title, issuer, year in extra.get("certs", [])
    ]
    skills: list[dict[str, Any]] = [{"name": skill} for skill in person.skills]
    references = [{"name": ref[0], "reference": ref[1]} for ref in extra.get("referees", [])]
    languages = list(person.languages)
    interests = list(extra.get("interests", []))
    if moderncv:
        languages = list(MC_LANGUAGES[options["lang"]])
        interests = list(MC_INTERESTS[options["lang"]])
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "certificates": certificates,
            "skills": skills,
            "languages": [{"language": lang, "fluency": level} for lang, level in languages],
            "interests": [{"name": item} for item in interests],
            "references": references,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-seychellois-cv":
        return _seychelles(person, options), "pdf"
    if style == "pdf-guyanese-cv":
        return _guyana(person, options), "pdf"
    if style == "pdf-moderncv-classic":
        _mc_labels(person, options)
        return _moderncv(person, options), "pdf"
    if style == "docx-kazakh-cv-word":
        return _kazakhstan(person, options), "docx"
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
    if form == "slash":
        return f"{month[0]}/{month[1]:02d}"
    name = MONTHS[month[1] - 1]
    if form == "short":
        name = "Sept" if month[1] == 9 else name[:3]
    return f"{name} {month[0]}"


# ------------------------------------------------------------------------------- Seychelles


def _seychelles(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Curriculum Vitae")
    pdf.set_author(person.name)
    x, width = 20.0, 170.0
    navy = (16, 42, 84)

    def footer(doc: Any) -> None:
        doc.set_xy(x, 287)
        doc.set_font("Serif", "I", 7.5)
        doc.set_text_color(120, 120, 120)
        doc.cell(
            width, 4, f"Curriculum Vitae of {person.name}  \u2013  Page {doc.page_no()}", align="C"
        )
        doc.set_text_color(0, 0, 0)

    flow = _Flow(pdf, 16.0, 280.0, footer)

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 3
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 11)
        pdf.set_text_color(*navy)
        pdf.cell(width, 6, text.upper())
        pdf.set_draw_color(*navy)
        pdf.set_line_width(0.5)
        pdf.line(x, flow.y + 6.6, x + width, flow.y + 6.6)
        pdf.set_text_color(0, 0, 0)
        flow.y += 9

    def text(body: str, style: str = "", indent: float = 0.0, size: float = 9.6) -> None:
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Serif", style, size)
        pdf.multi_cell(width - indent, 4.9, body, align="L")
        flow.y = pdf.get_y() + 0.3

    def field(key: str, value: str) -> None:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 9.6)
        pdf.cell(40, 5, key)
        pdf.cell(4, 5, ":")
        pdf.set_font("Serif", "", 9.6)
        pdf.multi_cell(width - 44, 5, value, align="L")
        flow.y = pdf.get_y() + 0.3

    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "B", 12)
    pdf.set_text_color(*navy)
    pdf.cell(width, 6, "CURRICULUM VITAE", align="C")
    flow.y += 8
    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "B", 18)
    pdf.cell(width, 9, person.name, align="C")
    pdf.set_text_color(0, 0, 0)
    flow.y += 10
    for line in (
        f"{extra['street']}, {person.city}, {person.region}, Seychelles",
        f"Mobile: {person.phone}  |  Email: {person.email}",
    ):
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "", 9.4)
        pdf.cell(width, 5, line, align="C")
        flow.y += 5
    flow.y += 2
    heading("Personal Details")
    field("Date of Birth", extra["born"])
    field("Nationality", "Seychellois")
    field("Marital Status", extra["marital"])
    if options["objective"]:
        heading("Career Objective")
        text(extra["summary"])

    def education() -> None:
        heading("Education and Qualifications")
        for item in extra["edu"]:
            flow.need(12)
            top = flow.y
            pdf.set_xy(x, top)
            pdf.set_font("Serif", "B", 9.6)
            pdf.cell(30, 4.9, _years(item, present))
            pdf.set_xy(x + 32, top)
            pdf.multi_cell(width - 32, 4.9, item["institution"], align="L")
            title = item["studyType"]
            if item["area"]:
                title = f"{title} in {item['area']}"
            pdf.set_xy(x + 32, pdf.get_y())
            pdf.set_font("Serif", "I", 9.6)
            pdf.multi_cell(width - 32, 4.9, title, align="L")
            flow.y = pdf.get_y() + 1.8

    def work() -> None:
        heading("Work Experience")
        for job in person.jobs:
            flow.need(28)
            span = (
                f"{_en_month(job.start, form, present)} \u2013 {_en_month(job.end, form, present)}"
            )
            if options["labelled"]:
                field("Period", span)
                field("Employer", job.company)
                field("Position", job.position)
                field("Location", job.city)
                text("Duties and responsibilities:", "BI")
            else:
                pdf.set_xy(x, flow.y)
                pdf.set_font("Serif", "B", 10)
                pdf.cell(width - 55, 5, job.company)
                pdf.set_xy(x + width - 55, flow.y)
                pdf.set_font("Serif", "", 9.4)
                pdf.cell(55, 5, span, align="R")
                flow.y += 5.2
                text(f"{job.position}  \u2013  {job.city}", "I")
            for note in job.highlights:
                flow.need(5)
                pdf.set_xy(x + 5, flow.y)
                pdf.set_font("Serif", "", 9.4)
                pdf.cell(4, 4.8, "\u2022")
                pdf.multi_cell(width - 9, 4.8, note, align="L")
                flow.y = pdf.get_y() + 0.2
            flow.y += 3

    if options["education_first"]:
        education()
        work()
    else:
        work()
        education()
    heading("Other Courses and Certificates")
    for title, issuer, year in extra["certs"]:
        text(f"{year}  \u2013  {title}, {issuer}", indent=2)
    heading("Skills")
    for skill in person.skills:
        text(f"\u2022  {skill}", indent=2)
    heading("Languages")
    for lang, level in person.languages:
        text(f"{lang}: {level}", indent=2)
    heading("Hobbies and Interests")
    text(", ".join(extra["interests"]), indent=2)
    heading("Referees")
    for name, role, tel in extra["referees"]:
        flow.need(15)
        text(name, "B", indent=2)
        text(role, indent=2)
        text(f"Tel: {tel}", indent=2)
        flow.y += 1
    _check(flow.y, 282, person)
    return bytes(pdf.output())


# ----------------------------------------------------------------------------------- Guyana


def _guyana(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} Resume")
    pdf.set_author(person.name)
    side, green = 66.0, (24, 84, 60)
    sx, sw = 8.0, side - 15.0
    x, width = side + 8.0, 210.0 - side - 8.0 - 12.0

    def backdrop(doc: Any) -> None:
        doc.set_fill_color(*green)
        doc.rect(0, 0, side, 297, style="F")

    flow = _Flow(pdf, 14.0, 284.0, backdrop)
    sy = 16.0

    def side_heading(text: str) -> None:
        nonlocal sy
        sy += 4
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(255, 214, 90)
        pdf.cell(sw, 5, text.upper())
        sy += 7

    def side_text(text: str, style: str = "", size: float = 8.2) -> None:
        nonlocal sy
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", style, size)
        pdf.set_text_color(255, 255, 255)
        pdf.multi_cell(sw, 4.2, text, align="L")
        sy = pdf.get_y() + 0.7

    pdf.set_xy(sx, sy)
    pdf.set_font("Sans", "B", 17)
    pdf.set_text_color(255, 255, 255)
    pdf.multi_cell(sw, 8, person.name.upper().replace(" ", "\n"), align="L")
    sy = pdf.get_y() + 1
    if options["headline"]:
        side_text(person.label or "", "I", 9.5)
    side_heading("Contact")
    side_text("Address", "B")
    side_text(f"{extra['street']}, {person.city}, Guyana")
    side_text("Telephone", "B")
    side_text(person.phone)
    side_text("Email", "B")
    side_text(person.email)
    side_heading("Personal Data")
    side_text(f"Date of Birth: {extra['born']}")
    side_text("Nationality: Guyanese")
    side_heading("Skills")
    for skill in person.skills:
        side_text(f"\u2022 {skill}")
    side_heading("Languages")
    for lang, level in person.languages:
        side_text(f"{lang} \u2013 {level}")
    side_heading("Interests")
    for item in extra["interests"]:
        side_text(f"\u2022 {item}")
    _check(sy, 286, person)

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 2
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 11.5)
        pdf.set_text_color(*green)
        pdf.cell(width, 6, text.upper())
        pdf.set_draw_color(*green)
        pdf.set_line_width(0.4)
        pdf.line(x, flow.y + 6.8, x + width, flow.y + 6.8)
        pdf.set_text_color(0, 0, 0)
        flow.y += 9

    def text(body: str, style: str = "", indent: float = 0.0, size: float = 8.8) -> None:
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Sans", style, size)
        pdf.set_text_color(0, 0, 0)
        pdf.multi_cell(width - indent, 4.5, body, align="L")
        flow.y = pdf.get_y() + 0.3

    heading("Objective")
    text(extra["summary"])
    heading("Work Experience")
    for job in person.jobs:
        flow.need(26)
        span = f"{_en_month(job.start, form, present)} \u2013 {_en_month(job.end, form, present)}"
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 9.4)
        pdf.cell(width - 46, 5, job.position)
        pdf.set_xy(x + width - 46, flow.y)
        pdf.set_font("Sans", "", 8.4)
        pdf.cell(46, 5, span, align="R")
        flow.y += 5
        text(f"{job.company} \u2013 {job.city}", "I")
        for note in job.highlights:
            flow.need(5)
            pdf.set_xy(x + 3, flow.y)
            pdf.set_font("Sans", "", 8.6)
            pdf.cell(4, 4.4, "\u2022")
            pdf.multi_cell(width - 7, 4.4, note, align="L")
            flow.y = pdf.get_y() + 0.2
        flow.y += 2.5
    heading("Education")
    for item in extra["edu"]:
        flow.need(16)
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 9.2)
        pdf.cell(width - 30, 5, item["institution"])
        pdf.set_xy(x + width - 30, flow.y)
        pdf.set_font("Sans", "", 8.4)
        pdf.cell(30, 5, _years(item, "Present"), align="R")
        flow.y += 5
        title = item["studyType"]
        if item["area"]:
            title = f"{title} ({item['area']})"
        text(title)
        if item["score"]:
            text(f"Graduated with {item['score']}", "I")
        if "CSEC" in title:
            text(f"Subjects: {GY_CSEC}", size=8)
        elif "CAPE" in title:
            text(f"Units: {GY_CAPE}", size=8)
        flow.y += 1.5
    if options["qualities"]:
        heading("Personal Qualities")
        for item in extra["qualities"]:
            text(f"\u2022  {item}")
    heading("References")
    for name, role, tel in extra["referees"]:
        flow.need(14)
        text(name, "B")
        text(role)
        text(tel)
        flow.y += 1
    _check(flow.y, 286, person)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------------- moderncv


def _mc_month(month: Month | None, options: dict[str, Any]) -> str:
    if month is None:
        return "present" if options["lang"] == "en" else "heute"
    if options["dates"] == "years":
        return str(month[0])
    return f"{month[1]:02d}/{month[0]}"


def _moderncv(person: Candidate, options: dict[str, Any]) -> bytes:
    extra, lang = person.extra, options["lang"]
    de = lang == "de"
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} \u2013 {'Lebenslauf' if de else 'Curriculum Vitae'}")
    pdf.set_author(person.name)
    pdf.set_creator("LaTeX with moderncv")
    pdf.set_producer("pdfTeX-1.40.25")
    left, hint = 20.0, 36.0
    x = left + hint + 3.0
    width = 190.0 - x
    blue, grey = (63, 95, 160), (120, 120, 120)
    flow = _Flow(pdf, 18.0, 280.0)
    first, last = person.name.split(" ", 1)
    pdf.set_xy(left, flow.y)
    pdf.set_font("Sans", "", 26)
    pdf.set_text_color(*grey)
    pdf.cell(pdf.get_string_width(first) + 2, 11, first)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(80, 11, last)
    pdf.set_xy(left, flow.y + 12)
    pdf.set_font("Sans", "I", 13)
    pdf.set_text_color(*grey)
    pdf.cell(90, 6, person.label or "")
    country = "Deutschland" if de else ""
    contact = [extra["street"].split(", ")[0], extra["street"].split(", ")[1]]
    if country:
        contact.append(country)
    contact += [f"\u260e {person.phone}", f"\u2709 {person.email}"]
    if options["homepage"]:
        contact.append(f"\u2302 {person.url}")
    contact.append(f"github.com/{extra['github'].rsplit('/', 1)[-1]}")
    if "linkedin" in extra:
        contact.append(f"linkedin.com/in/{extra['linkedin'].rsplit('/', 1)[-1]}")
    pdf.set_font("Sans", "I", 8.5)
    cy = flow.y
    for line in contact:
        pdf.set_xy(120, cy)
        pdf.cell(70, 4.3, line, align="R")
        cy += 4.3
    pdf.set_text_color(0, 0, 0)
    flow.y = max(cy, flow.y + 20) + 6

    def section(title: str) -> None:
        flow.need(18)
        flow.y += 3
        pdf.set_fill_color(*blue)
        pdf.rect(left, flow.y + 2.6, hint, 0.9, style="F")
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "", 13)
        pdf.set_text_color(*blue)
        pdf.cell(width, 6, title)
        pdf.set_text_color(0, 0, 0)
        flow.y += 8

    def entry(when: str, parts: list[tuple[str, str]], body: str | None = None) -> None:
        flow.need(10)
        pdf.set_xy(left, flow.y)
        pdf.set_font("Sans", "", 8.6)
        pdf.cell(hint, 4.6, when, align="R")
        marks = {"B": "**", "I": "__", "": ""}
        line = ", ".join(f"{marks[style]}{chunk}{marks[style]}" for style, chunk in parts)
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "", 9.2)
        pdf.multi_cell(width, 4.6, line + ".", align="L", markdown=True)
        flow.y = pdf.get_y() + 0.6
        if body:
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "", 8.4)
            pdf.multi_cell(width, 4.3, body, align="L")
            flow.y = pdf.get_y() + 0.5

    def item(key: str, value: str, bullet: bool = False) -> None:
        flow.need(6)
        pdf.set_xy(left, flow.y)
        pdf.set_font("Sans", "", 8.6)
        pdf.cell(hint, 4.6, key, align="R")
        pdf.set_xy(x + (3 if bullet else 0), flow.y)
        pdf.set_font("Sans", "", 8.8)
        pdf.multi_cell(width - (3 if bullet else 0), 4.6, value, align="L")
        flow.y = pdf.get_y() + 0.6

    def education() -> None:
        section("Ausbildung" if de else "Education")
        for edu in extra["edu"]:
            when = _years(edu, "", "\u2013")
            parts = [
                ("B", f"{edu['studyType']} {edu['area']}" if edu["area"] else edu["studyType"])
            ]
            parts.append(("I", edu["institution"]))
            if edu["score"]:
                parts.append(("", f"{'Note' if de else 'Grade'}: {edu['score']}"))
            body = None
            if edu["studyType"] == "Master of Science":
                body = f"Thesis: \u201c{extra['thesis']}\u201d"
                if de:
                    body = f"Masterarbeit: \u201e{extra['thesis']}\u201c"
            entry(when, parts, body)
            flow.y += 1.5

    def experience() -> None:
        section("Berufserfahrung" if de else "Experience")
        for job in person.jobs:
            when = f"{_mc_month(job.start, options)}\u2013{_mc_month(job.end, options)}"
            if job.end is None and de:
                when = f"seit {_mc_month(job.start, options)}"
            entry(when, [("B", job.position), ("I", job.company), ("", job.city)])
            for note in job.highlights:
                flow.need(5)
                pdf.set_xy(x + 1, flow.y)
                pdf.set_font("Sans", "", 8.4)
                pdf.cell(3, 4.3, "\u2022")
                pdf.multi_cell(width - 4, 4.3, note, align="L")
                flow.y = pdf.get_y() + 0.2
            flow.y += 2

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    section("Kenntnisse" if de else "Computer skills")
    item("Technologien" if de else "Technologies", ", ".join(person.skills))
    section("Sprachen" if de else "Languages")
    for language, level in MC_LANGUAGES[lang]:
        item(language, level)
    section("Interessen" if de else "Interests")
    for hobby in MC_INTERESTS[lang]:
        item("\u2022", hobby)
    _check(flow.y, 282, person)
    return bytes(pdf.output())


# ------------------------------------------------------------------------------- Kazakhstan


def _kz_month(month: Month | None, form: str, present: str) -> str:
    if month is None:
        return present
    if form == "numeric":
        return f"{month[1]:02d}.{month[0]}"
    return f"{month[0]} ж. {AILAR[month[1] - 1]}"


def _kazakhstan(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    form, present, extra = options["dates"], options["present"], person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = extra["latin"].title()
    properties.title = "Түйіндеме"
    properties.revision = 3
    for section in document.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin, section.right_margin = Cm(2.5), Cm(1.5)
        section.top_margin = section.bottom_margin = Cm(1.8)
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
        paragraph.runs[0].underline = True

    def cell_text(cell: Any, text: str, bold: bool = False, italic: bool = False) -> Any:
        paragraph = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
        run = paragraph.add_run(text)
        run.bold, run.italic = bold, italic
        return paragraph

    title = para("ТҮЙІНДЕМЕ", True, 14)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    name = para(person.name, True, 16)
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if options["headline"]:
        sub = para(person.label or "", False, 12)
        sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
        sub.runs[0].italic = True
    para()
    for key, value in (
        ("Туған күні: ", extra["born"]),
        ("Мекенжайы: ", f"Қазақстан, {person.city} қ., {extra['street']}"),
        ("Телефон: ", person.phone),
        ("Электрондық пошта: ", person.email),
    ):
        paragraph = para()
        paragraph.add_run(key).bold = True
        paragraph.add_run(value)
    heading("Мақсаты:")
    para(extra["summary"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    heading("Білімі:")
    items = list(extra["edu"])
    if options["school"]:
        items.append(extra["school"])
    for item in items:
        paragraph = para()
        paragraph.paragraph_format.space_before = Pt(4)
        when = _years(item, present, "\u2013")
        paragraph.add_run(
            f"{when} жж. \u2013 " if item["endDate"] else f"{when} \u2013 "
        ).bold = True
        paragraph.add_run(item["institution"]).bold = True
        if item["area"]:
            para(f"Мамандығы: {item['area']}, {item['studyType']}")
        else:
            para(item["studyType"])
    heading("Жұмыс тәжірибесі:")

    def span(job: Any) -> str:
        return f"{_kz_month(job.start, form, present)} \u2013 {_kz_month(job.end, form, present)}"

    if options["table"]:
        table = document.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        head = table.rows[0].cells
        cell_text(head[0], "Жұмыс кезеңі", bold=True)
        cell_text(head[1], "Ұйым, лауазымы, міндеттері", bold=True)
        for job in person.jobs:
            cells = table.add_row().cells
            cell_text(cells[0], span(job))
            cell_text(cells[1], f"{job.company}, {job.city}", bold=True)
            cell_text(cells[1], f"Лауазымы: {job.position}", italic=True)
            cell_text(cells[1], "Міндеттері:")
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
            lab.add_run("Лауазымы: ")
            lab.add_run(job.position).italic = True
            para("Атқарған міндеттері:")
            for note in job.highlights:
                document.add_paragraph(note, style="List Bullet")
    heading("Қосымша білім, курстар:")
    for name_, issuer, year in extra["certs"]:
        paragraph = para()
        paragraph.add_run(f"{year} ж. \u2013 ").bold = True
        paragraph.add_run(f"{name_}, {issuer}")
    heading("Тілдерді меңгеруі:")
    for lang, level in person.languages:
        para(f"{lang} \u2013 {level}")
    heading("Компьютерлік дағдылар:")
    for skill in person.skills:
        document.add_paragraph(skill, style="List Bullet")
    heading("Жеке қасиеттері:")
    para(", ".join(extra["qualities"]))
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())

"""Thirty-sixth held-out round ("holdout-36"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts, all born-digital PDF:
pdf-slovak-zivotopis, pdf-saudi-english, pdf-macedonian-cv and pdf-moderncv-banking. The
round is sealed: the layouts are described only in the code below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

# ruff: noqa: RUF001 (the Macedonian CV is written in Cyrillic)

from __future__ import annotations

import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Job, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.people import ascii_slug
from tests.eval.render import FONTS, drop_empty, iso_month, profile_links

HOLDOUT_TAG = "holdout-36"
GENERATOR = "tests/eval/holdout36.py"
SEED = 3_684_271

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-slovak-zivotopis", 3),
    ("pdf-saudi-english", 3),
    ("pdf-macedonian-cv", 3),
    ("pdf-moderncv-banking", 3),
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
MESIACE = (
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
MESECI = (
    "јануари",
    "февруари",
    "март",
    "април",
    "мај",
    "јуни",
    "јули",
    "август",
    "септември",
    "октомври",
    "ноември",
    "декември",
)
MK_LATIN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "ѓ": "gj",
    "е": "e",
    "ж": "zh",
    "з": "z",
    "ѕ": "dz",
    "и": "i",
    "ј": "j",
    "к": "k",
    "л": "l",
    "љ": "lj",
    "м": "m",
    "н": "n",
    "њ": "nj",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "ќ": "kj",
    "у": "u",
    "ф": "f",
    "х": "h",
    "ц": "c",
    "ч": "ch",
    "џ": "dzh",
    "ш": "sh",
}

POOLS: dict[str, Pool] = {
    "pdf-slovak-zivotopis": Pool(
        first=("Ľubica", "Miroslava", "Dominika", "Radoslava", "Kristína", "Silvia"),
        last=("Ďurčeková", "Hlaváčiková", "Šefčíková", "Kapustová", "Zelenáková", "Mikulková"),
        cities=(
            ("Bratislava", "V Bratislave", "831 02", "Račianska 57"),
            ("Košice", "V Košiciach", "040 01", "Hlavná 112"),
            ("Žilina", "V Žiline", "010 01", "Vysokoškolákov 33"),
            ("Banská Bystrica", "V Banskej Bystrici", "974 01", "Horná 18"),
        ),
        employers=(
            "Tatra Invest, a.s.",
            "Dunajské účtovné služby s.r.o.",
            "Kriváň Consulting, s.r.o.",
            "Považská strojárska spoločnosť, a.s.",
            "Hronská logistika s.r.o.",
        ),
        titles=(
            "Hlavná účtovníčka",
            "Finančná kontrolórka",
            "Samostatná účtovníčka",
            "Mzdová a personálna účtovníčka",
            "Asistentka controllingu",
        ),
        highlights=(
            "Spracovanie podvojného účtovníctva pre 25 klientov",
            "Príprava daňových priznaní k DPH a dani z príjmov právnických osôb",
            "Komunikácia s daňovým úradom, audítormi a bankami",
            "Zostavovanie mesačných a ročných účtovných závierok",
            "Spracovanie miezd a odvodov do Sociálnej poisťovne a zdravotných poisťovní",
            "Zavedenie ekonomického systému Pohoda a zaškolenie kolegov",
            "Kontrola došlých faktúr a párovanie platieb",
            "Mesačný reporting pre materskú spoločnosť v Rakúsku",
            "Inventarizácia majetku a záväzkov",
        ),
        skills=(
            "MS Excel (kontingenčné tabuľky, makrá)",
            "MS Word",
            "Pohoda",
            "SAP FI/CO",
            "Omega",
            "Money S3",
            "Power BI",
        ),
        schools=(
            "Ekonomická univerzita v Bratislave",
            "Technická univerzita v Košiciach",
            "Žilinská univerzita v Žiline",
            "Univerzita Mateja Bela v Banskej Bystrici",
        ),
        degrees=(
            ("Ing.", "Účtovníctvo a audítorstvo"),
            ("Ing.", "Financie, bankovníctvo a investovanie"),
            ("Bc.", "Ekonomika a manažment podniku"),
            ("Ing.", "Verejná ekonomika a služby"),
        ),
    ),
    "pdf-saudi-english": Pool(
        first=("Abdulaziz", "Nouf", "Turki", "Lujain", "Meshal", "Shahad"),
        last=("Al-Dosari", "Al-Harbi", "Al-Zahrani", "Al-Mutairi", "Al-Ghamdi", "Al-Subaie"),
        cities=(
            ("Riyadh", None, "12611", "Al Olaya District"),
            ("Jeddah", None, "23433", "Al Rawdah District"),
            ("Al Khobar", None, "34446", "Al Aqrabiyah District"),
        ),
        employers=(
            "Najd Industrial Services Co.",
            "Al-Rawabi Power Contracting",
            "Eastern Gulf Petrochemicals Company",
            "Tuwaiq Facilities Management",
            "Red Sea Desalination Company",
        ),
        titles=(
            "Senior Mechanical Engineer",
            "Reliability Engineer",
            "Planning Engineer",
            "Maintenance Engineer",
            "Mechanical Engineer",
        ),
        highlights=(
            "Supervised preventive maintenance of 40 centrifugal pumps and compressors",
            "Reduced unplanned downtime by 18% through vibration monitoring",
            "Prepared work orders and spare parts requests in SAP PM",
            "Coordinated shutdown activities with operations and HSE teams",
            "Conducted root cause analysis (RCA) for repeated equipment failures",
            "Trained Saudi graduate engineers under the company development program",
            "Reviewed contractor method statements and inspection test plans",
            "Prepared monthly KPI reports for the maintenance manager",
            "Participated in commissioning of a new seawater intake pump station",
        ),
        skills=(
            "AutoCAD",
            "SAP PM",
            "Primavera P6",
            "MS Project",
            "Vibration Analysis (ISO CAT II)",
            "MS Office",
            "SolidWorks",
        ),
        schools=(
            "King Saud University",
            "King Abdulaziz University",
            "Imam Abdulrahman Bin Faisal University",
        ),
        degrees=(
            ("Bachelor of Science", "Mechanical Engineering"),
            ("Bachelor of Science", "Mechanical Engineering"),
            ("Bachelor of Science", "Mechanical Engineering"),
        ),
    ),
    "pdf-macedonian-cv": Pool(
        first=("Марија", "Елена", "Билјана", "Александра", "Ивана", "Снежана"),
        last=("Трајковска", "Ѓорѓиевска", "Петрушевска", "Стефановска", "Велјановска"),
        cities=(
            ("Скопје", None, "1000", "ул. Партизански одреди бр. 47/2-8"),
            ("Битола", None, "7000", "ул. Ѓорѓи Сугарев бр. 12"),
            ("Охрид", None, "6000", "ул. Македонски просветители бр. 31"),
            ("Куманово", None, "1300", "ул. Доне Божинов бр. 5/1"),
        ),
        employers=(
            "Вардар Дата Системи ДООЕЛ",
            "Пелагонија Софтвер ДОО",
            "Шар Инженеринг ДОО",
            "Скопска Финансиска Група АД",
            "Преспа Диџитал ДООЕЛ",
        ),
        titles=(
            "Тим лидер",
            "Постар софтверски инженер",
            "Софтверски инженер",
            "Бекенд програмер",
            "Помлад програмер",
        ),
        highlights=(
            "Развој на REST API сервиси во Java и Spring Boot",
            "Одржување и оптимизација на PostgreSQL бази на податоци",
            "Воведување на CI/CD процеси со GitLab и Docker",
            "Менторирање на тројца помлади програмери",
            "Соработка со клиенти од Германија и Холандија",
            "Пишување на автоматизирани тестови (JUnit, Mockito)",
            "Намалување на времето на одговор на системот за 40%",
            "Учество во Scrum тим од осум члена",
            "Миграција на монолитна апликација кон микросервиси",
        ),
        skills=(
            "Java",
            "Spring Boot",
            "PostgreSQL",
            "Docker",
            "Git",
            "Angular",
            "Kubernetes",
            "Linux",
        ),
        schools=(
            "Факултет за информатички науки и компјутерско инженерство – Скопје",
            "Технички факултет – Битола",
            "Факултет за информатика и комуникациски технологии – Битола",
        ),
        degrees=(
            ("Дипломиран инженер", "Софтверско инженерство и информациски системи"),
            ("Дипломиран инженер", "Компјутерска техника и информатика"),
            ("Магистер", "Информатика и компјутерски науки"),
        ),
    ),
    "pdf-moderncv-banking": Pool(
        first=("Tjalling", "Roos", "Hidde", "Lieke", "Gijsbert", "Fenna"),
        last=("Hoogendijk", "Terpstra", "Veldkamp", "Dijkgraaf", "Oosterhuis", "Brinkman"),
        cities=(
            ("Amsterdam", None, "1091 ET", "Weesperzijde 143-II"),
            ("Rotterdam", None, "3012 KM", "Witte de Withstraat 88B"),
            ("Utrecht", None, "3581 EK", "Biltstraat 205"),
        ),
        employers=(
            "Zuidas Capital Partners",
            "Lindenhaven Asset Management",
            "Noordkade Clearing B.V.",
            "Oranjehof Bank N.V.",
            "Maasoever Risk Analytics",
        ),
        titles=(
            "Senior Risk Modeller",
            "Quantitative Analyst",
            "Quantitative Developer",
            "Credit Risk Analyst",
            "Model Validation Associate",
        ),
        highlights=(
            "Developed an IFRS 9 expected credit loss model for the SME portfolio",
            "Calibrated Hull-White and SABR models to daily market data",
            "Rewrote the Monte Carlo pricing library in C++ with Python bindings",
            "Validated internal PD and LGD models against ECB TRIM guidelines",
            "Automated the daily VaR and stressed VaR reporting in Python",
            "Presented model findings to the Model Risk Committee",
            "Built a liquidity stress testing framework for the treasury desk",
            "Supervised two MSc interns writing their theses on XVA",
        ),
        skills=(),
        schools=(
            "Vrije Universiteit Amsterdam",
            "Tilburg University",
            "University of Groningen",
        ),
        degrees=(
            ("MSc", "Econometrics and Operations Research"),
            ("MSc", "Quantitative Finance"),
            ("BSc", "Applied Mathematics"),
        ),
    ),
}

COUNTRY = {"pdf-saudi-english": "SA"}
SK_LANGUAGES = (
    ("Anglický jazyk", "B2 (pokročilý)"),
    ("Nemecký jazyk", "A2 (začiatočník)"),
    ("Maďarský jazyk", "B1 (mierne pokročilý)"),
    ("Ruský jazyk", "A2 (začiatočník)"),
)
SK_HIGH_SCHOOLS = (
    "Obchodná akadémia Račianska, Bratislava",
    "Obchodná akadémia Watsonova, Košice",
    "Gymnázium Hlinská, Žilina",
)
SK_INTERESTS = "turistika, čítanie, joga, záhradkárčenie"
SA_OBJECTIVE = (
    "Saudi mechanical engineer seeking a challenging position in a reputable organization "
    "where I can apply my technical knowledge in maintenance and reliability, develop my "
    "skills and contribute to the goals of Vision 2030."
)
SA_CERTS = (
    ("Certified Maintenance & Reliability Professional (CMRP)", "SMRP", None),
    ("Project Management Professional (PMP)", "PMI", None),
    ("NEBOSH International General Certificate", "NEBOSH", None),
    ("Vibration Analyst Category II", "Mobius Institute", None),
    ("Saudi Council of Engineers – Professional Engineer", "SCE", None),
)
SA_SCHOOL_CITY = {
    "King Saud University": "Riyadh",
    "King Abdulaziz University": "Jeddah",
    "Imam Abdulrahman Bin Faisal University": "Dammam",
}
MB_SCHOOL_CITY = {
    "Vrije Universiteit Amsterdam": "Amsterdam",
    "Tilburg University": "Tilburg",
    "University of Groningen": "Groningen",
}
SA_LANGUAGES = (("Arabic", "Native"), ("English", "Fluent"))
MK_SUMMARY = (
    "Софтверски инженер со искуство во развој на веб апликации и бекенд системи. "
    "Одговорен, комуникативен и подготвен за работа во тим и за учење нови технологии."
)
MK_LANGUAGES = (
    ("Англиски јазик", "C1"),
    ("Германски јазик", "A2"),
    ("Српски јазик", "C2"),
    ("Албански јазик", "A1"),
)
MB_CATEGORIES = (
    ("Programming", ("Python", "C++", "R", "SQL", "MATLAB")),
    ("Libraries", ("NumPy", "pandas", "QuantLib", "scikit-learn")),
    ("Tools", ("Git", "Bloomberg Terminal", "LaTeX", "Jira")),
    ("Methods", ("Monte Carlo simulation", "Time series analysis", "Stochastic calculus")),
)
MB_LANGUAGES = (
    ("Dutch", "Mother tongue", ""),
    ("English", "Fluent", "C2 Proficiency, 2014"),
    ("German", "Intermediate", "B1"),
    ("French", "Basic", "A2"),
)
MB_THESES = (
    "Regime-switching models for the term structure of interest rates",
    "Machine learning estimators of loss given default",
    "Calibration of rough volatility models",
)
MB_SUPERVISORS = ("Prof. dr. H. J. van Wijnbergen", "Dr. A. M. Verbruggen", "Prof. dr. K. Nijboer")
MB_INTERESTS = (
    ("Sports", "Rowing (competitive, two seasons), cycling"),
    ("Other", "Chess, treasurer of the student association"),
)


class _Person(Candidate):
    """A candidate whose file name comes from a Latin spelling when the name is Cyrillic."""

    __slots__ = ()

    @property
    def slug(self) -> str:
        return "-".join(ascii_slug(self.extra.get("latin") or self.name).split())


def _mk_latin(text: str) -> str:
    out = []
    for char in text:
        lower = char.lower()
        latin = MK_LATIN.get(lower, lower)
        out.append(latin.capitalize() if char != lower else latin)
    return "".join(out)


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-slovak-zivotopis":
        return {
            "dates": rng.choice(("numeric", "words")),
            "accent": rng.choice(((31, 78, 121), (90, 90, 90), (120, 30, 40))),
            "order": rng.choice(("work", "education")),
            "title": rng.random() < 0.7,
        }
    if style == "pdf-saudi-english":
        return {
            "dates": rng.choice(("mon", "slash")),
            "accent": rng.choice(((0, 84, 60), (22, 48, 92), (120, 90, 30))),
            "headline": rng.random() < 0.6,
        }
    if style == "pdf-macedonian-cv":
        return {
            "dates": rng.choice(("dotted", "words")),
            "accent": rng.choice(((160, 30, 30), (30, 70, 120), (50, 50, 50))),
            "country": rng.random() < 0.5,
        }
    if style == "pdf-moderncv-banking":
        return {
            "dates": rng.choice(("years", "mon")),
            "color": rng.choice(
                (
                    (56, 115, 179),
                    (242, 140, 38),
                    (89, 179, 77),
                    (242, 51, 51),
                    (0, 0, 0),
                    (140, 140, 140),
                )
            ),
            "order": rng.choice(("education", "experience")),
            "headline": rng.random() < 0.6,
        }
    return {}


def _tidy(rng: random.Random, pool: Pool, jobs: list[Job]) -> None:
    """The newest job gets the most senior title; no bullet repeats across jobs."""
    titles = sorted((job.position for job in jobs), key=pool.titles.index)
    counts = [rng.choice((3, 4)), 3, 2][: len(jobs)]
    while sum(counts) > len(pool.highlights):
        counts[0] -= 1
    notes = rng.sample(pool.highlights, sum(counts))
    for job, title, count in zip(jobs, titles, counts, strict=True):
        job.position = title
        job.highlights, notes = notes[:count], notes[count:]


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    latin = _mk_latin(name) if style == "pdf-macedonian-cv" else name
    slug = ascii_slug(latin).split()
    first, last = slug[0], slug[-1]
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street, "postal": postal, "latin": latin}
    label: str | None = None
    url: str | None = None
    languages: list[tuple[str, str]] = []
    skills: list[str] = []
    jobs = _chain(rng, pool, 4, rng.random() < 0.7)
    _tidy(rng, pool, jobs)
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    if style == "pdf-slovak-zivotopis":
        extra["place"] = region
        region = None
        phone = rng.choice(
            (
                f"+421 9{rng.randint(0, 4)}{rng.randint(0, 9)} {rng.randint(100, 999)} "
                f"{rng.randint(100, 999)}",
                f"09{rng.randint(0, 4)}{rng.randint(0, 9)} {rng.randint(100, 999)} "
                f"{rng.randint(100, 999)}",
            )
        )
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'azet.sk', 'centrum.sk'))}"
        if rng.random() < 0.4:
            label = jobs[0].position
        for job in jobs:
            job.city = rng.choice((city, "Bratislava"))
        idx = rng.randrange(len(pool.schools))
        study, area = pool.degrees[idx]
        if study == "Ing.":
            degrees.append(Degree(pool.schools[idx], study, area, (end_year - 2, 9), (end_year, 6)))
            end_year -= 2
            degrees.append(
                Degree(
                    pool.schools[idx],
                    "Bc.",
                    "Ekonomika a manažment podniku",
                    (end_year - 3, 9),
                    (end_year, 6),
                )
            )
        else:
            degrees.append(Degree(pool.schools[idx], study, area, (end_year - 3, 9), (end_year, 6)))
        end_year -= 3
        if rng.random() < 0.6:
            degrees.append(
                Degree(
                    school := rng.choice(SK_HIGH_SCHOOLS),
                    "Úplné stredné všeobecné vzdelanie"
                    if school.startswith("Gymn")
                    else "Úplné stredné odborné vzdelanie s maturitou",
                    "",
                    (end_year - 4, 9),
                    (end_year, 5),
                )
            )
        extra["prefix"] = degrees[0].study
        extra["born"] = f"{rng.randint(1, 28)}. {rng.randint(1, 12)}. {end_year - 19}"
        extra["signed"] = f"{rng.randint(1, 28)}. {rng.randint(1, 9)}. 2026"
        languages = [
            ("Slovenský jazyk", "materinský jazyk"),
            *rng.sample(SK_LANGUAGES, rng.randint(1, 3)),
        ]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-saudi-english":
        mobile = f"5{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        phone = rng.choice((f"+966 {mobile}", f"0{mobile.replace(' ', '')}"))
        handle = f"{first}.{last.replace('-', '')}"
        email = f"{handle}@{rng.choice(('gmail.com', 'hotmail.com', 'outlook.com'))}"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        extra["summary"] = SA_OBJECTIVE
        for job in jobs:
            job.city = rng.choice((city, "Jubail", "Yanbu", "Riyadh"))
        idx = [c[0] for c in pool.cities].index(city)
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 5, 9), (end_year, 6)))
        gpa = f"{rng.randint(380, 485) / 100:.2f}"
        extra["gpa"] = f"{gpa} / 5.00"
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 23}"
        extra["marital"] = rng.choice(("Single", "Married"))
        certs = rng.sample(SA_CERTS, rng.randint(2, 4))
        extra["certs"] = [(n, iss, rng.randint(end_year + 1, 2025)) for n, iss, _ in certs]
        languages = list(SA_LANGUAGES)
        skills = rng.sample(pool.skills, rng.randint(5, 7))
    elif style == "pdf-macedonian-cv":
        digits = f"{rng.randint(100, 999)} {rng.randint(100, 999)}"
        prefix = rng.choice(("70", "71", "75", "78"))
        phone = rng.choice((f"+389 {prefix} {digits}", f"0{prefix} {digits}"))
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'yahoo.com', 't-home.mk'))}"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        extra["github"] = f"https://github.com/{first[0]}{last}"
        extra["summary"] = MK_SUMMARY
        for job in jobs:
            job.city = rng.choice((city, "Скопје"))
        idx = rng.randrange(2)
        study, area = pool.degrees[idx]
        if rng.random() < 0.4:
            m_study, m_area = pool.degrees[2]
            degrees.append(
                Degree(pool.schools[idx], m_study, m_area, (end_year - 2, 10), (end_year, 9))
            )
            end_year -= 2
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 10), (end_year, 9)))
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{end_year - 22}"
        languages = [("Македонски јазик", "мајчин јазик")]
        languages += rng.sample(MK_LANGUAGES, rng.randint(1, 3))
        skills = rng.sample(pool.skills, rng.randint(5, 7))
    else:
        phone = f"+31 6 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'protonmail.com', 'outlook.com'))}"
        if rng.random() < 0.5:
            url = f"https://www.{first}{last}.nl"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}{last}"
        if rng.random() < 0.5:
            extra["github"] = f"https://github.com/{first[0]}{last}"
        for job in jobs:
            job.city = rng.choice((city, "Amsterdam", "London", "Frankfurt am Main"))
        idx = rng.randrange(2)
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 2, 9), (end_year, 8)))
        end_year -= 2
        bsc, b_area = pool.degrees[2]
        degrees.append(
            Degree(rng.choice(pool.schools), bsc, b_area, (end_year - 3, 9), (end_year, 7))
        )
        extra["grade"] = f"{rng.choice(('7.9', '8.1', '8.4', '8.6'))}/10"
        extra["thesis"] = rng.choice(MB_THESES)
        extra["supervisor"] = rng.choice(MB_SUPERVISORS)
        cats = rng.sample(MB_CATEGORIES, rng.randint(3, 4))
        extra["categories"] = [(c, list(k)) for c, k in cats]
        langs = [MB_LANGUAGES[0], MB_LANGUAGES[1], *rng.sample(MB_LANGUAGES[2:], rng.randint(0, 2))]
        extra["lang_notes"] = {lang: note for lang, _, note in langs}
        languages = [(lang, level) for lang, level, _ in langs]
        extra["interests"] = rng.random() < 0.6
    return _Person(
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
    profiles = profile_links(extra)
    code = COUNTRY.get(style)
    if style == "pdf-macedonian-cv" and options["country"]:
        code = "MK"
    if style == "pdf-moderncv-banking":
        code = "NL"
    location: dict[str, Any] = {
        "address": extra["street"],
        "postalCode": extra["postal"],
        "city": person.city,
        "countryCode": code,
    }
    label = person.label
    if style in ("pdf-saudi-english", "pdf-moderncv-banking") and not options["headline"]:
        label = None
    basics = drop_empty(
        {
            "name": person.name,
            "label": label,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "summary": extra.get("summary"),
            "location": drop_empty(location),
            "profiles": profiles,
        }
    )
    precision = "year" if options.get("dates") == "years" else "month"
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
    for index, d in enumerate(person.degrees):
        item: dict[str, Any] = {
            "institution": d.institution,
            "studyType": d.study,
            "area": d.area,
            "startDate": str(d.start[0]),
            "endDate": str(d.end[0]),
        }
        if style == "pdf-saudi-english":
            item["score"] = extra["gpa"]
        if style == "pdf-moderncv-banking" and index == 0:
            item["score"] = extra["grade"]
        education.append(drop_empty(item))
    if "categories" in extra:
        skills = [{"name": c, "keywords": k} for c, k in extra["categories"]]
    else:
        skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    certificates = [
        {"name": name, "issuer": issuer, "date": str(year)}
        for name, issuer, year in extra.get("certs", [])
    ]
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
    if style == "pdf-slovak-zivotopis":
        return _slovak(person, options), "pdf"
    if style == "pdf-saudi-english":
        return _saudi(person, options), "pdf"
    if style == "pdf-macedonian-cv":
        return _macedonian(person, options), "pdf"
    if style == "pdf-moderncv-banking":
        return _banking(person, options), "pdf"
    raise ValueError(f"unknown style {style}")


def _sk_month(month: Month | None, form: str) -> str:
    if form == "numeric":
        return "súčasnosť" if month is None else f"{month[1]:02d}/{month[0]}"
    return "doteraz" if month is None else f"{MESIACE[month[1] - 1]} {month[0]}"


def _slovak(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Životopis - {person.name}")
    x, width, gutter = 22.0, 166.0, 48.0
    ink = (25, 25, 25)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 20.0

    def need(height: float) -> None:
        if y + height > 280:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 11.5)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text.upper())
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.4)
        pdf.line(x, y + 6.6, x + width, y + 6.6)
        pdf.set_text_color(*ink)
        y += 9.5

    def row(key: str, value: str, bold: bool = False) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 9.4)
        pdf.set_text_color(95, 95, 95)
        pdf.multi_cell(gutter - 3, 4.9, key, align="L")
        pdf.set_text_color(*ink)
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Serif", "B" if bold else "", 9.6)
        pdf.multi_cell(width - gutter, 4.9, value, align="L")
        y = pdf.get_y() + 0.9

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 17)
    pdf.set_text_color(*accent)
    pdf.cell(width, 8, "ŽIVOTOPIS", align="C")
    pdf.set_text_color(*ink)
    y += 10
    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.8)
    pdf.line(x + width / 2 - 22, y, x + width / 2 + 22, y)
    y += 3
    heading("Osobné údaje")
    shown = person.name
    if options["title"]:
        shown = f"{extra['prefix']} {person.name}"
    row("Meno a priezvisko", shown, bold=True)
    if person.label:
        row("Pozícia", person.label)
    row("Adresa", f"{extra['street']}, {extra['postal']} {person.city}")
    row("Telefón", person.phone)
    row("E-mail", person.email)
    row("Dátum narodenia", extra["born"])
    row("Štátna príslušnosť", "slovenská")

    def work() -> None:
        nonlocal y
        heading("Pracovné skúsenosti")
        for job in person.jobs:
            need(30)
            row("Obdobie", f"{_sk_month(job.start, form)} – {_sk_month(job.end, form)}", True)
            row("Zamestnávateľ", f"{job.company}, {job.city}")
            row("Pracovná pozícia", job.position)
            need(10)
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "", 9.4)
            pdf.set_text_color(95, 95, 95)
            pdf.cell(gutter - 3, 4.9, "Náplň práce")
            pdf.set_text_color(*ink)
            for note in job.highlights:
                need(5)
                pdf.set_xy(x + gutter, y)
                pdf.set_font("Serif", "", 9.6)
                pdf.cell(4, 4.9, "–")
                pdf.multi_cell(width - gutter - 4, 4.9, note, align="L")
                y = pdf.get_y() + 0.4
            y += 3.5

    def education() -> None:
        nonlocal y
        heading("Vzdelanie")
        for d in person.degrees:
            need(22)
            row("Obdobie", f"{d.start[0]} – {d.end[0]}", True)
            row("Názov školy", d.institution)
            if d.area:
                row("Študijný odbor", d.area)
                row("Získaný titul", d.study)
            else:
                row("Dosiahnuté vzdelanie", d.study)
            y += 3

    sections = (work, education) if options["order"] == "work" else (education, work)
    for section in sections:
        section()
    heading("Jazykové znalosti")
    for lang, level in person.languages:
        row(lang, level)
    heading("Počítačové zručnosti")
    row("Programy", ", ".join(person.skills))
    heading("Ďalšie informácie")
    row("Vodičský preukaz", "skupina B")
    row("Záujmy", SK_INTERESTS)
    need(20)
    y += 8
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 9.6)
    pdf.cell(width / 2, 5, f"{extra['place']}, {extra['signed']}")
    pdf.set_xy(x + width - 60, y)
    pdf.cell(60, 5, "podpis", align="C")
    pdf.set_draw_color(120, 120, 120)
    pdf.set_line_width(0.2)
    pdf.line(x + width - 60, y, x + width, y)
    y += 6
    _check(y, 288, person)
    return bytes(pdf.output())


def _sa_month(month: Month | None, form: str) -> str:
    if form == "slash":
        return "To Date" if month is None else f"{month[1]:02d}/{month[0]}"
    return "Present" if month is None else f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"


def _saudi(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV - {person.name}")
    x, width = 16.0, 178.0
    ink = (30, 30, 30)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_fill_color(*accent)
        pdf.rect(0, 0, 210, 4, style="F")
        pdf.set_xy(x, 287)
        pdf.set_font("Sans", "", 7.5)
        pdf.set_text_color(130, 130, 130)
        pdf.cell(width, 4, f"Page {pdf.page_no()} of {{nb}}", align="C")
        pdf.set_text_color(*ink)
        y = 14.0

    def need(height: float) -> None:
        if y + height > 280:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 3
        pdf.set_fill_color(232, 236, 234)
        pdf.rect(x, y, width, 7, style="F")
        pdf.set_fill_color(*accent)
        pdf.rect(x, y, 2, 7, style="F")
        pdf.set_xy(x + 4, y + 0.8)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(width - 6, 5.5, text.upper())
        pdf.set_text_color(*ink)
        y += 10

    def bullet(text: str, indent: float = 3.0) -> None:
        nonlocal y
        need(5)
        pdf.set_xy(x + indent, y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(4, 4.6, "\u25cf")
        pdf.multi_cell(width - indent - 4, 4.6, text, align="L")
        y = pdf.get_y() + 0.5

    new_page()
    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.4)
    pdf.rect(x + width - 30, y, 30, 36)
    pdf.set_xy(x + width - 30, y + 16)
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(150, 150, 150)
    pdf.cell(30, 4, "PHOTO", align="C")
    pdf.set_text_color(*ink)
    pdf.set_xy(x, y + 1)
    pdf.set_font("Sans", "B", 20)
    pdf.set_text_color(*accent)
    pdf.cell(width - 34, 9, person.name.upper())
    pdf.set_text_color(*ink)
    y += 11
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 11.5)
        pdf.cell(width - 34, 6, person.label or "")
        y += 7
    pdf.set_font("Sans", "", 9)
    contacts = (
        ("Mobile:", person.phone),
        ("Email:", person.email),
        ("LinkedIn:", extra["linkedin"].removeprefix("https://www.")),
        ("Address:", f"{extra['street']}, {person.city} {extra['postal']}, Saudi Arabia"),
    )
    for key, value in contacts:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(18, 4.8, key)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width - 52, 4.8, value)
        y += 5
    y = max(y, 52.0)
    heading("Career Objective")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.2)
    pdf.multi_cell(width, 4.8, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("Personal Information")
    info = (
        ("Nationality", "Saudi"),
        ("Date of Birth", extra["born"]),
        ("Marital Status", extra["marital"]),
        ("Driving License", "Valid Saudi Driving License"),
    )
    for key, value in info:
        pdf.set_xy(x + 3, y)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(36, 4.8, key)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width - 39, 4.8, f": {value}")
        y += 5
    heading("Education")
    for d in person.degrees:
        need(18)
        pdf.set_xy(x + 3, y)
        pdf.set_font("Sans", "B", 9.8)
        pdf.cell(width - 43, 5, f"{d.study} in {d.area}")
        pdf.set_font("Sans", "", 9)
        pdf.cell(40, 5, f"{d.start[0]} – {d.end[0]}", align="R")
        pdf.set_xy(x + 3, y + 5)
        pdf.set_font("Sans", "I", 9.2)
        pdf.cell(width - 3, 5, f"{d.institution}, {SA_SCHOOL_CITY[d.institution]}")
        pdf.set_xy(x + 3, y + 10)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width - 3, 5, f"GPA: {extra['gpa']}")
        y += 16
    heading("Work Experience")
    for job in person.jobs:
        need(26)
        pdf.set_xy(x + 3, y)
        pdf.set_font("Sans", "B", 9.8)
        pdf.cell(width - 53, 5, job.position)
        pdf.set_font("Sans", "B", 9)
        pdf.set_text_color(*accent)
        span = f"{_sa_month(job.start, form)} – {_sa_month(job.end, form)}"
        pdf.cell(50, 5, span, align="R")
        pdf.set_text_color(*ink)
        pdf.set_xy(x + 3, y + 5)
        pdf.set_font("Sans", "I", 9.2)
        pdf.cell(width - 3, 5, f"{job.company} – {job.city}")
        y += 11
        pdf.set_xy(x + 3, y)
        pdf.set_font("Sans", "BI", 8.8)
        pdf.cell(width - 3, 4.6, "Duties & Responsibilities:")
        y += 5
        for note in job.highlights:
            bullet(note, 6)
        y += 2.5
    heading("Training Courses & Certificates")
    for cert, issuer, year in extra["certs"]:
        bullet(f"{cert} – {issuer}, {year}")
    heading("Technical Skills")
    for skill in person.skills:
        bullet(skill)
    heading("Languages")
    for lang, level in person.languages:
        need(5)
        pdf.set_xy(x + 3, y)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(30, 4.8, lang)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width - 33, 4.8, f": {level}")
        y += 5
    heading("References")
    pdf.set_xy(x + 3, y)
    pdf.set_font("Sans", "", 9)
    pdf.cell(width - 3, 5, "Available upon request.")
    y += 6
    _check(y, 282, person)
    return bytes(pdf.output())


def _mk_month(month: Month | None, form: str) -> str:
    if form == "dotted":
        return "сега" if month is None else f"{month[1]:02d}.{month[0]}"
    return "до денес" if month is None else f"{MESECI[month[1] - 1]} {month[0]}"


def _macedonian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Биографија - {person.name}")
    x, width, gutter = 18.0, 174.0, 40.0
    ink = (30, 30, 30)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        if pdf.page_no() > 1:
            pdf.set_xy(x, 10)
            pdf.set_font("Sans", "", 7.5)
            pdf.set_text_color(130, 130, 130)
            pdf.cell(width, 4, f"{person.name} – Биографија", align="R")
            pdf.set_text_color(*ink)
        pdf.set_xy(x, 287)
        pdf.set_font("Sans", "", 7.5)
        pdf.set_text_color(130, 130, 130)
        pdf.cell(width, 4, f"{pdf.page_no()}/{{nb}}", align="C")
        pdf.set_text_color(*ink)
        y = 18.0

    def need(height: float) -> None:
        if y + height > 280:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(gutter + 60, 6, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.6)
        pdf.line(x, y + 7, x + 14, y + 7)
        pdf.set_draw_color(200, 200, 200)
        pdf.set_line_width(0.2)
        pdf.line(x + 14, y + 7, x + width, y + 7)
        pdf.set_text_color(*ink)
        y += 10

    new_page()
    pdf.set_fill_color(*accent)
    pdf.rect(0, 0, 210, 44, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(x, 10)
    pdf.set_font("Sans", "", 9)
    pdf.cell(width, 5, "БИОГРАФИЈА")
    pdf.set_xy(x, 16)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(width - 40, 10, person.name)
    pdf.set_xy(x, 27)
    pdf.set_font("Sans", "", 12)
    pdf.cell(width - 40, 6, person.label or "")
    pdf.set_draw_color(255, 255, 255)
    pdf.set_line_width(0.4)
    pdf.rect(x + width - 28, 6, 28, 34)
    pdf.set_font("Sans", "", 6.5)
    pdf.set_xy(x + width - 28, 21)
    pdf.cell(28, 4, "фотографија", align="C")
    pdf.set_text_color(*ink)
    y = 50.0
    heading("Лични податоци")
    address = f"{extra['street']}, {extra['postal']} {person.city}"
    if options["country"]:
        address += ", Северна Македонија"
    rows = (
        ("Адреса", address),
        ("Телефон", person.phone),
        ("Е-пошта", person.email),
        ("LinkedIn", extra["linkedin"].removeprefix("https://www.")),
        ("GitHub", extra["github"].removeprefix("https://")),
        ("Датум на раѓање", extra["born"]),
        ("Државјанство", "македонско"),
    )
    for key, value in rows:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 8.8)
        pdf.cell(gutter, 4.8, key)
        pdf.set_font("Sans", "", 8.8)
        pdf.cell(width - gutter, 4.8, value)
        y += 5
    heading("За мене")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.7, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("Работно искуство")
    for job in person.jobs:
        need(26)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.4)
        pdf.set_text_color(100, 100, 100)
        pdf.multi_cell(
            gutter - 4, 4.6, f"{_mk_month(job.start, form)} –\n{_mk_month(job.end, form)}"
        )
        pdf.set_text_color(*ink)
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Sans", "B", 9.8)
        pdf.cell(width - gutter, 5, job.position)
        pdf.set_xy(x + gutter, y + 5)
        pdf.set_font("Sans", "I", 9)
        pdf.cell(width - gutter, 4.8, f"{job.company}, {job.city}")
        y += 10.5
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + gutter, y)
            pdf.set_font("Sans", "", 8.9)
            pdf.cell(4, 4.5, "–")
            pdf.multi_cell(width - gutter - 4, 4.5, note, align="L")
            y = pdf.get_y() + 0.3
        y += 3
    heading("Образование")
    for d in person.degrees:
        need(16)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.4)
        pdf.set_text_color(100, 100, 100)
        pdf.cell(gutter - 4, 4.6, f"{d.start[0]} – {d.end[0]}")
        pdf.set_text_color(*ink)
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Sans", "B", 9.4)
        pdf.multi_cell(width - gutter, 4.8, d.institution, align="L")
        pdf.set_xy(x + gutter, pdf.get_y())
        pdf.set_font("Sans", "", 9)
        pdf.multi_cell(width - gutter, 4.8, f"{d.study} – насока: {d.area}", align="L")
        y = pdf.get_y() + 3
    heading("Јазици")
    for lang, level in person.languages:
        need(5)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 8.8)
        pdf.cell(gutter, 4.8, lang)
        pdf.set_font("Sans", "", 8.8)
        pdf.cell(width - gutter, 4.8, level)
        y += 5
    heading("Технички вештини")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.8, " • ".join(person.skills), align="L")
    y = pdf.get_y() + 1
    heading("Други информации")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 8.8)
    pdf.cell(gutter, 4.8, "Возачка дозвола")
    pdf.set_font("Sans", "", 8.8)
    pdf.cell(width - gutter, 4.8, "Б категорија")
    y += 6
    _check(y, 284, person)
    return bytes(pdf.output())


def _mb_span(start: Month, end: Month | None, form: str) -> str:
    if form == "years":
        return f"{start[0]}–{'present' if end is None else end[0]}"

    def one(month: Month) -> str:
        return f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"

    return f"{one(start)} – {'Present' if end is None else one(end)}"


def _banking(person: Candidate, options: dict[str, Any]) -> bytes:
    form, color, extra = options["dates"], options["color"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.add_font("Icon", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} - Curriculum Vitae")
    pdf.set_author(person.name)
    pdf.set_creator("LaTeX with moderncv")
    x, width = 24.0, 162.0
    ink, grey = (0, 0, 0), (115, 115, 115)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 20.0

    def need(height: float) -> None:
        if y + height > 275:
            new_page()

    def section(text: str) -> None:
        nonlocal y
        need(22)
        y += 5
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 15)
        pdf.set_text_color(*color)
        pdf.cell(width, 7, text)
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.15)
        pdf.line(x, y + 7.6, x + width, y + 7.6)
        pdf.set_text_color(*ink)
        y += 10.5

    def entry(left1: str, right1: str, left2: str, right2: str, notes: list[str]) -> None:
        nonlocal y
        need(16 + 5 * min(len(notes), 2))
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(width - 45, 5.2, left1)
        pdf.cell(45, 5.2, right1, align="R")
        pdf.set_xy(x, y + 5.2)
        pdf.set_font("Serif", "I", 10.5)
        pdf.cell(width - 55, 5.2, left2)
        pdf.cell(55, 5.2, right2, align="R")
        y += 11
        for note in notes:
            need(5)
            pdf.set_xy(x + 3, y)
            pdf.set_font("Serif", "", 9.5)
            pdf.cell(4, 4.5, "•")
            pdf.multi_cell(width - 7, 4.5, note, align="L")
            y = pdf.get_y() + 0.4
        y += 2.5

    def item(key: str, value: str, comment: str = "") -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10.5)
        lead = f"{key}: "
        lead_w = pdf.get_string_width(lead)
        pdf.cell(lead_w, 5.2, lead)
        pdf.set_font("Serif", "", 10.5)
        if comment:
            pdf.cell(width - lead_w - 50, 5.2, value)
            pdf.set_font("Serif", "I", 9.5)
            pdf.cell(50, 5.2, comment, align="R")
            y += 5.8
        else:
            pdf.multi_cell(width - lead_w, 5.2, value, align="L")
            y = pdf.get_y() + 0.8

    new_page()
    y = 16.0
    pdf.set_font("Serif", "B", 24)
    name_w = pdf.get_string_width(person.name)
    title = f" | {person.label}" if options["headline"] and person.label else ""
    pdf.set_font("Serif", "", 24)
    title_w = pdf.get_string_width(title)
    start = x + (width - name_w - title_w) / 2
    pdf.set_xy(start, y)
    pdf.set_font("Serif", "B", 24)
    pdf.set_text_color(*color)
    pdf.cell(name_w, 11, person.name)
    if title:
        pdf.set_font("Serif", "", 24)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(title_w, 11, title)
    y += 13
    address = [
        ("\u2302 ", f"{extra['street']} – {extra['postal']} {person.city} – The Netherlands")
    ]
    details = [("\u2706 ", person.phone), ("\u2709 ", person.email)]
    if person.url:
        details.append(("\u2302 ", person.url.removeprefix("https://")))
    details.append(("in ", extra["linkedin"].removeprefix("https://www.")))
    if "github" in extra:
        details.append(("gh ", extra["github"].removeprefix("https://")))

    def detail_line(parts: list[tuple[str, str]]) -> None:
        nonlocal y
        sep = "   \u2022   "
        pdf.set_font("Serif", "", 10)
        widths = []
        for icon, text in parts:
            pdf.set_font("Icon", "", 9)
            icon_w = pdf.get_string_width(icon)
            pdf.set_font("Serif", "", 10)
            widths.append(icon_w + pdf.get_string_width(text))
        sep_w = pdf.get_string_width(sep)
        total = sum(widths) + sep_w * (len(parts) - 1)
        cx = x + (width - total) / 2
        pdf.set_text_color(*grey)
        for index, (icon, text) in enumerate(parts):
            if index:
                pdf.set_xy(cx, y)
                pdf.set_font("Serif", "", 10)
                pdf.cell(sep_w, 5, sep)
                cx += sep_w
            pdf.set_xy(cx, y)
            pdf.set_font("Icon", "", 9)
            icon_w = pdf.get_string_width(icon)
            pdf.cell(icon_w, 5, icon)
            pdf.set_font("Serif", "", 10)
            pdf.cell(widths[index] - icon_w, 5, text)
            cx += widths[index]
        pdf.set_text_color(*ink)
        y += 5.5

    detail_line(address)
    line: list[tuple[str, str]] = []
    for part in details:
        trial = [*line, part]
        pdf.set_font("Serif", "", 10)
        length = sum(pdf.get_string_width(a + b) for a, b in trial) + 14 * (len(trial) - 1)
        if line and length > width * 0.8:
            detail_line(line)
            line = [part]
        else:
            line = trial
    detail_line(line)
    y += 6

    def experience() -> None:
        section("Experience")
        for job in person.jobs:
            entry(
                job.company,
                job.city,
                job.position,
                _mb_span(job.start, job.end, form),
                job.highlights,
            )

    def education() -> None:
        nonlocal y
        section("Education")
        for index, d in enumerate(person.degrees):
            grade = f", grade {extra['grade']}" if index == 0 else ""
            entry(
                d.institution,
                MB_SCHOOL_CITY[d.institution],
                f"{d.study} in {d.area}{grade}",
                f"{d.start[0]}–{d.end[0]}",
                [],
            )
            if index == 0:
                y -= 1.5
                item("Thesis", extra["thesis"])
                item("Supervisor", extra["supervisor"])
                y += 2

    order = (education, experience) if options["order"] == "education" else (experience, education)
    for part_fn in order:
        part_fn()
    section("Computer skills")
    for category, keywords in extra["categories"]:
        item(category, ", ".join(keywords))
    section("Languages")
    for lang, level in person.languages:
        item(lang, level, extra["lang_notes"].get(lang, ""))
    if extra["interests"]:
        section("Interests")
        for key, value in MB_INTERESTS:
            item(key, value)
    pages = pdf.page_no()
    if pages > 1:
        for page in range(1, pages + 1):
            pdf.page = page
            pdf.set_xy(x, 284)
            pdf.set_font("Serif", "", 9)
            pdf.set_text_color(*grey)
            pdf.cell(width, 4, f"{page}/{pages}", align="R")
        pdf.set_text_color(*ink)
    _check(y, 280, person)
    return bytes(pdf.output())

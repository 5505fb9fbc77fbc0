"""Thirtieth held-out round ("holdout-30"): more layouts, written blind (without reading the
parser) and meant to be measured once, untuned. Four layouts, all born-digital PDF:
pdf-egyptian-cv, pdf-bulgarian-cv, pdf-peruvian-cv and pdf-creative-twocol. The round is
sealed: the layouts are described only in the code below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

# ruff: noqa: RUF001, RUF002 (the Bulgarian CV is written in Cyrillic)

from __future__ import annotations

import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.people import ascii_slug
from tests.eval.render import drop_empty, iso_month

HOLDOUT_TAG = "holdout-30"
GENERATOR = "tests/eval/holdout30.py"
SEED = 3_048_271

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-egyptian-cv", 3),
    ("pdf-bulgarian-cv", 3),
    ("pdf-peruvian-cv", 3),
    ("pdf-creative-twocol", 3),
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
MESECI = (
    "януари",
    "февруари",
    "март",
    "април",
    "май",
    "юни",
    "юли",
    "август",
    "септември",
    "октомври",
    "ноември",
    "декември",
)
MESES = (
    "Enero",
    "Febrero",
    "Marzo",
    "Abril",
    "Mayo",
    "Junio",
    "Julio",
    "Agosto",
    "Setiembre",
    "Octubre",
    "Noviembre",
    "Diciembre",
)

POOLS: dict[str, Pool] = {
    "pdf-egyptian-cv": Pool(
        first=("Abdelrahman", "Nourhan", "Mostafa", "Yomna", "Karim", "Rawan"),
        last=("El-Shenawy", "Abdelmaksoud", "Hegazy", "Fathallah", "Zaghloul"),
        cities=(
            ("Cairo", "Nasr City", None, "14 Abbas El-Akkad St."),
            ("Giza", "Dokki", None, "7 Mossadak St."),
            ("Alexandria", "Smouha", None, "22 Victor Emmanuel Sq."),
        ),
        employers=(
            "Nile Delta Petroleum Services",
            "Pyramids Telecom S.A.E.",
            "Misr Horizon Construction",
            "Sinai Cement Trading Co.",
            "El-Obour Pharma Industries",
        ),
        titles=(
            "Senior Accountant",
            "General Accountant",
            "Financial Analyst",
            "Accounts Payable Accountant",
            "Chief Accountant",
        ),
        highlights=(
            "Prepared monthly closing entries, accruals and bank reconciliations",
            "Handled VAT and withholding tax returns with the Egyptian Tax Authority",
            "Reviewed supplier invoices and payment requests against purchase orders",
            "Prepared quarterly financial statements according to EAS and IFRS",
            "Coordinated with external auditors during the year-end audit",
            "Built cash-flow forecasts and variance reports for the CFO",
            "Maintained the fixed assets register and depreciation schedules",
            "Participated in the migration from Oracle EBS to SAP S/4HANA",
        ),
        skills=(
            "Oracle ERP",
            "SAP FICO",
            "MS Excel (Pivot Tables, VLOOKUP, Power Query)",
            "Odoo",
            "Power BI",
            "QuickBooks",
        ),
        schools=("Cairo University", "Ain Shams University", "Alexandria University"),
        degrees=(
            ("Bachelor of Commerce", "Accounting"),
            ("Bachelor of Commerce", "Accounting"),
            ("Bachelor of Commerce", "Business Administration"),
        ),
    ),
    "pdf-bulgarian-cv": Pool(
        first=("Цветелина", "Радостин", "Борислава", "Десислава", "Светослав", "Преслав"),
        last=("Стоянов", "Петков", "Илиев", "Чолаков", "Желязков", "Кирязов"),
        cities=(
            ("София", None, "1000", "ул. „Граф Игнатиев“ 15, ет. 3"),
            ("Пловдив", None, "4000", "бул. „Руски“ 42, ап. 7"),
            ("Варна", None, "9000", "ул. „Драгоман“ 8"),
        ),
        employers=(
            "„Тракия Софтуер“ ЕООД",
            "„Витоша Дейта Системс“ АД",
            "„Странджа Логистик“ ООД",
            "„Пирин Финтех“ ЕАД",
        ),
        titles=(
            "Старши софтуерен разработчик",
            "Софтуерен разработчик",
            "Java разработчик",
            "Младши програмист",
        ),
        highlights=(
            "Разработка и поддръжка на REST услуги с Java и Spring Boot",
            "Участие в миграцията на монолитна система към микроуслуги",
            "Писане на модулни и интеграционни тестове (JUnit, Testcontainers)",
            "Преглед на код и менторство на младши колеги",
            "Оптимизация на SQL заявки към PostgreSQL и Oracle",
            "Настройка на CI/CD процеси в GitLab и Jenkins",
            "Комуникация с клиенти от Германия и Нидерландия на английски език",
            "Поддръжка на вътрешна CRM система и отстраняване на инциденти",
        ),
        skills=(
            "Java",
            "Spring Boot",
            "PostgreSQL",
            "Docker",
            "Kubernetes",
            "Git",
            "Angular",
            "Jenkins",
        ),
        schools=(
            "Технически университет – София",
            "Пловдивски университет „Паисий Хилендарски“",
            "Технически университет – Варна",
        ),
        degrees=(
            ("Бакалавър", "Компютърни системи и технологии"),
            ("Бакалавър", "Информатика"),
            ("Бакалавър", "Софтуерни и интернет технологии"),
        ),
    ),
    "pdf-peruvian-cv": Pool(
        first=("Yessenia", "Jhonatan", "Milagros", "Wilmer", "Roxana", "Edwin"),
        last=("Quispe Huamán", "Mamani Ccori", "Condori Vilca", "Huaranga Soto", "Chumpitaz Rojas"),
        cities=(
            ("Lima", "San Borja", None, "Av. Javier Prado Este 2465"),
            ("Arequipa", "Cercado", None, "Calle Mercaderes 318"),
            ("Trujillo", "Urb. El Recreo", None, "Av. España 1120"),
        ),
        employers=(
            "Minera Cordillera Blanca S.A.A.",
            "Constructora Huallaga S.A.C.",
            "Agroexportadora Valle de Ica S.A.C.",
            "Cervecería Andina del Sur S.A.",
        ),
        titles=(
            "Jefe de Planeamiento y Control",
            "Ingeniero de Procesos",
            "Supervisor de Producción",
            "Analista de Mejora Continua",
        ),
        highlights=(
            "Elaboración del plan maestro de producción y seguimiento de indicadores (KPI)",
            "Implementación de la metodología 5S en la planta de envasado",
            "Reducción de mermas en 12 % mediante proyectos Lean Six Sigma",
            "Coordinación con las áreas de mantenimiento, calidad y logística",
            "Elaboración de informes de gestión para la gerencia de operaciones",
            "Supervisión de 45 operarios distribuidos en tres turnos",
            "Control de costos de producción y del presupuesto del área",
            "Capacitación al personal en seguridad y salud en el trabajo (Ley N° 29783)",
        ),
        skills=(
            ("MS Excel", "Avanzado"),
            ("MS Project", "Avanzado"),
            ("Power BI", "Intermedio"),
            ("AutoCAD", "Intermedio"),
            ("SAP PP/MM", "Usuario"),
            ("Minitab", "Intermedio"),
        ),  # type: ignore[arg-type]
        schools=(
            "Universidad Nacional de Ingeniería",
            "Universidad Nacional de San Agustín de Arequipa",
            "Universidad Nacional de Trujillo",
        ),
        degrees=(
            ("Bachiller", "Ingeniería Industrial"),
            ("Bachiller", "Ingeniería Industrial"),
            ("Bachiller", "Ingeniería Agroindustrial"),
        ),
    ),
    "pdf-creative-twocol": Pool(
        first=("Calla", "Larkin", "Leif", "Juno", "Indigo"),
        last=("Calloway", "Escobedo-Lamb", "Pemberton-Oyelaran", "Kessington", "Ferncastle"),
        cities=(
            ("Portland", "OR", None, ""),
            ("Denver", "CO", None, ""),
            ("Austin", "TX", None, ""),
        ),
        employers=(
            "Brightloop Studio",
            "Fable & Finch Agency",
            "Kitehouse Creative",
            "Parallax & Pine Studio",
        ),
        titles=(
            "Senior Product Designer",
            "UX/UI Designer",
            "Visual Designer",
            "Junior Graphic Designer",
        ),
        highlights=(
            "Redesigned the checkout flow, lifting mobile conversion by 18%",
            "Built and documented a component library used by four product squads",
            "Ran 30+ moderated usability sessions and turned findings into roadmap items",
            "Created brand identities and launch campaigns for 12 client startups",
            "Partnered with engineers to ship an accessible (WCAG 2.1 AA) design system",
            "Produced motion graphics and social assets for product launches",
            "Mentored two junior designers and led weekly design critiques",
            "Prototyped onboarding concepts in Figma and validated them with A/B tests",
        ),
        skills=(
            "Figma",
            "Adobe Illustrator",
            "Adobe Photoshop",
            "After Effects",
            "Webflow",
            "HTML & CSS",
            "User Research",
            "Design Systems",
        ),
        schools=(
            "ArtCenter College of Design",
            "California College of the Arts",
            "Pratt Institute",
        ),
        degrees=(
            ("Bachelor of Fine Arts", "Graphic Design"),
            ("Bachelor of Fine Arts", "Interaction Design"),
            ("Bachelor of Fine Arts", "Communications Design"),
        ),
    ),
}

COUNTRY = {"pdf-egyptian-cv": "EG", "pdf-bulgarian-cv": "BG", "pdf-peruvian-cv": "PE"}

EG_OBJECTIVE = (
    "Seeking a challenging accounting position in a reputable organization where I can use "
    "my experience in financial reporting, taxation and ERP systems, and grow professionally."
)
EG_CERTS = (
    ("Certified Management Accountant (CMA)", "Institute of Management Accountants (IMA)"),
    ("Diploma in IFRS (DipIFR)", "ACCA"),
    ("Financial Modeling & Valuation Analyst (FMVA)", "Corporate Finance Institute"),
    ("Egyptian Tax Law Course", "Egyptian Society of Accountants & Auditors"),
)
EG_LANGUAGES = (("Arabic", "Native"), ("English", "Very Good"), ("French", "Fair"))
EG_FEMALE = ("Nourhan", "Yomna", "Rawan")

BG_TRANSLIT = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "sht",
    "ъ": "a",
    "ь": "y",
    "ю": "yu",
    "я": "ya",
}
BG_SUMMARY = (
    "Софтуерен разработчик с опит в изграждането на бекенд системи за финансовия и "
    "логистичния сектор. Отговорен, организиран и с желание за професионално развитие."
)
BG_CERTS = (
    ("Oracle Certified Professional, Java SE 11 Developer", "Oracle"),
    ("AWS Certified Developer – Associate", "Amazon Web Services"),
    ("ISTQB Certified Tester Foundation Level", "ISTQB"),
)
BG_LANGUAGES = (("Английски език", "C1"), ("Немски език", "B1"), ("Руски език", "A2"))
BG_SOCIAL = (
    "Умения за работа в екип, придобити при работа по международни проекти. "
    "Добри комуникативни умения и опит в представянето на технически решения пред клиенти."
)

PE_PROFILE = (
    "Ingeniero con experiencia en planeamiento y control de la producción, mejora continua "
    "y gestión de proyectos en los sectores minero, agroindustrial y de consumo masivo. "
    "Proactivo, con capacidad de trabajo en equipo y orientado a resultados."
)
PE_CERTS = (
    ("Diplomado en Gestión de Proyectos", "Pontificia Universidad Católica del Perú"),
    ("Certificación Lean Six Sigma Green Belt", "TÜV Rheinland"),
    ("Especialización en Supply Chain Management", "ESAN Graduate School of Business"),
    ("Curso de Power BI para la Gestión", "INICTEL-UNI"),
)
PE_LANGUAGES = (
    ("Español", "Nativo"),
    ("Inglés", "Intermedio (ICPNA)"),
    ("Portugués", "Básico"),
    ("Quechua", "Básico"),
)
PE_REFS = (
    ("Ing. Rolando Taipe Cárdenas", "Gerente de Operaciones", "998 214 673"),
    ("Ing. Gladys Ayala Pizarro", "Jefa de Producción", "965 330 128"),
    ("Lic. Óscar Villanueva Ñique", "Jefe de Recursos Humanos", "944 507 216"),
)
PE_FEMALE = ("Yessenia", "Milagros", "Roxana")

CR_PROFILE = (
    "Product designer who loves turning messy problems into simple, delightful "
    "experiences. I blend research, visual craft and a bit of code to ship work that "
    "people actually enjoy using."
)
CR_CERTS = (
    ("Google UX Design Professional Certificate", "Google / Coursera"),
    ("Certified Usability Analyst (CUA)", "Human Factors International"),
    ("Adobe Certified Professional – Visual Design", "Adobe"),
)
CR_LANGUAGES = (
    ("English", "Native", 5),
    ("Spanish", "Professional", 4),
    ("French", "Conversational", 3),
    ("Japanese", "Basic", 2),
)
CR_INTERESTS = ("Film photography", "Bouldering", "Type design", "Vinyl records", "Pottery")


class _Person(Candidate):
    """A candidate whose file name comes from a Latin spelling when the name is Cyrillic."""

    __slots__ = ()

    @property
    def slug(self) -> str:
        return "-".join(ascii_slug(self.extra.get("latin") or self.name).split())


def _bg_latin(text: str) -> str:
    out = []
    for char in text:
        lower = char.lower()
        latin = BG_TRANSLIT.get(lower, lower)
        out.append(latin.capitalize() if char != lower else latin)
    return "".join(out)


def _bg_name(rng: random.Random, used: set[str]) -> str:
    """A Bulgarian name whose surname agrees with the given name (feminine in -а)."""
    pool = POOLS["pdf-bulgarian-cv"]
    name = ""
    while not name or name in used:
        given, surname = rng.choice(pool.first), rng.choice(pool.last)
        name = f"{given} {surname}{'а' if given.endswith('а') else ''}"
    used.add(name)
    return name


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-egyptian-cv":
        return {
            "dates": rng.choice(("mon", "numeric")),
            "accent": rng.choice(((31, 56, 100), (90, 90, 90), (0, 84, 112))),
            "headline": rng.random() < 0.6,
            "certs_first": rng.random() < 0.5,
        }
    if style == "pdf-bulgarian-cv":
        return {
            "dates": rng.choice(("numeric", "words")),
            "present": rng.choice(("до момента", "досега", "до настоящия момент")),
            "headline": rng.random() < 0.5,
        }
    if style == "pdf-peruvian-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "accent": rng.choice(((0, 51, 102), (128, 0, 0), (0, 0, 0))),
            "education_first": rng.random() < 0.6,
            "headline": rng.random() < 0.5,
        }
    return {
        "dates": rng.choice(("mon", "numeric")),
        "accent": rng.choice(((38, 50, 72), (22, 92, 98), (88, 44, 92), (180, 74, 52))),
        "headline": rng.random() < 0.8,
    }


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = _bg_name(rng, used) if style == "pdf-bulgarian-cv" else pool.fresh_name(rng, used)
    latin = _bg_latin(name) if style == "pdf-bulgarian-cv" else name
    slug = ascii_slug(latin).split()
    first, last = slug[0], slug[-1]
    city, district, _, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"latin": latin if latin != name else None, "street": street}
    label: str | None = None
    url: str | None = None
    region: str | None = None
    languages: list[tuple[str, str]] = []
    skills: list[str] = []
    take = rng.choice((3, 4))
    jobs = _chain(rng, pool, take, rng.random() < 0.7)
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    given = name.split()[0]
    if style == "pdf-egyptian-cv":
        phone = rng.choice(
            (
                f"+20 1{rng.choice((0, 1, 2))} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                f"(+2) 01{rng.choice((0, 1, 2))}{rng.randint(10000000, 99999999)}",
            )
        )
        email = f"{first}.{last}{rng.randint(88, 99)}@"
        email += rng.choice(("gmail.com", "yahoo.com", "outlook.com"))
        label = jobs[0].position
        extra["district"] = district
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(1, 9)}a"
        extra["summary"] = EG_OBJECTIVE
        for job in jobs:
            job.city = rng.choice((city, "Cairo", "New Cairo", "6th of October City"))
        idx = [c[0] for c in pool.cities].index(city)
        study, area = pool.degrees[idx]
        grade = rng.choice(("Very Good", "Good", "Excellent"))
        if rng.random() < 0.5:
            grade += f" ({rng.randint(70, 84)}.{rng.randint(0, 9)}%)"
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 9), (end_year, 6)))
        extra["grade"] = grade
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 22}"
        extra["military"] = None if given in EG_FEMALE else rng.choice(("Completed", "Exempted"))
        extra["marital"] = rng.choice(("Single", "Married"))
        certs = rng.sample(EG_CERTS, rng.randint(2, 4))
        extra["certs"] = [(n, i, rng.randint(end_year + 1, 2025)) for n, i in certs]
        languages = list(EG_LANGUAGES[: rng.randint(2, 3)])
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-bulgarian-cv":
        phone = rng.choice(
            (
                f"+359 8{rng.choice((7, 8, 9))} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                f"08{rng.choice((7, 8, 9))}{rng.randint(1, 9)} {rng.randint(100, 999)} "
                f"{rng.randint(100, 999)}",
            )
        )
        email = f"{first}.{last}@{rng.choice(('abv.bg', 'gmail.com', 'mail.bg'))}"
        label = jobs[0].position
        extra["postal"] = pool.cities[[c[0] for c in pool.cities].index(city)][2]
        extra["summary"] = BG_SUMMARY
        for job in jobs:
            job.city = rng.choice((city, "София"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if rng.random() < 0.5:
            degrees.append(
                Degree(
                    pool.schools[idx],
                    "Магистър",
                    "Софтуерни технологии",
                    (end_year - 1, 10),
                    (end_year, 7),
                )
            )
            end_year -= 1
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 10), (end_year, 7)))
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{end_year - 23} г."
        certs = rng.sample(BG_CERTS, rng.randint(1, 3))
        extra["certs"] = [(n, i, rng.randint(end_year + 1, 2025)) for n, i in certs]
        languages = [("Български", "Майчин език"), *BG_LANGUAGES[: rng.randint(1, 3)]]
        skills = rng.sample(pool.skills, rng.randint(5, 7))
        extra["licence"] = rng.random() < 0.7
    elif style == "pdf-peruvian-cv":
        phone = rng.choice(
            (
                f"9{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                f"+51 9{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
            )
        )
        email = f"{first}.{slug[1]}{rng.randint(1, 99)}@"
        email += rng.choice(("gmail.com", "hotmail.com", "outlook.es"))
        label = ("Ingeniera " if given in PE_FEMALE else "Ingeniero ") + "Industrial"
        extra["district"] = district
        extra["summary"] = PE_PROFILE
        if given in PE_FEMALE:
            for word in ("Ingeniero", "Proactivo", "orientado"):
                extra["summary"] = extra["summary"].replace(word, word[:-1] + "a")
        extra["dni"] = f"{rng.randint(40000000, 79999999)}"
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 23}"
        extra["civil"] = rng.choice(("Soltero(a)", "Casado(a)"))
        if given in PE_FEMALE:
            extra["civil"] = extra["civil"].replace("o(a)", "a")
        else:
            extra["civil"] = extra["civil"].replace("(a)", "")
        for job in jobs:
            job.city = rng.choice((city, "Lima", "Ica"))
        idx = [c[0] for c in pool.cities].index(city)
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 5, 3), (end_year, 12)))
        certs = rng.sample(PE_CERTS, rng.randint(2, 4))
        extra["certs"] = [
            (n, i, (rng.randint(end_year + 1, 2025), rng.randint(1, 12))) for n, i in certs
        ]
        extra["refs"] = rng.sample(PE_REFS, 2)
        languages = [PE_LANGUAGES[0], *rng.sample(PE_LANGUAGES[1:], rng.randint(1, 2))]
        extra["levels"] = rng.sample(pool.skills, rng.randint(4, 6))  # type: ignore[arg-type]
        skills = [s for s, _ in extra["levels"]]
    else:
        area_code = {"Portland": 503, "Denver": 720}.get(city, 512)
        phone = f"({area_code}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
        handle = first + ascii_slug(name.split()[-1].split("-")[0])
        email = f"hello@{handle}.design"
        url = f"https://{handle}.design"
        region = district
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        extra["summary"] = CR_PROFILE
        for job in jobs:
            job.city = rng.choice((city, "Remote", "San Francisco, CA"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 9), (end_year, 5)))
        skills = rng.sample(pool.skills, rng.randint(5, 7))
        extra["bars"] = [rng.choice((0.6, 0.7, 0.8, 0.9, 1.0)) for _ in skills]
        langs = [CR_LANGUAGES[0], *rng.sample(CR_LANGUAGES[1:], rng.randint(1, 2))]
        extra["dots"] = [dots for _, _, dots in langs]
        languages = [(lang, level) for lang, level, _ in langs]
        certs = rng.sample(CR_CERTS, rng.randint(1, 2))
        extra["certs"] = [(n, i, rng.randint(end_year + 1, 2025)) for n, i in certs]
        extra["interests"] = rng.sample(CR_INTERESTS, 3)
    extra.get("certs", []).sort(key=lambda cert: cert[2], reverse=True)
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
    profiles = []
    if "linkedin" in extra:
        li = extra["linkedin"]
        profiles.append({"network": "LinkedIn", "username": li.rsplit("/", 1)[-1], "url": li})
    address = extra["street"]
    if extra.get("district"):
        address = f"{address}, {extra['district']}"
    location: dict[str, Any] = {
        "address": address or None,
        "postalCode": extra.get("postal"),
        "city": person.city,
        "region": person.region,
        "countryCode": COUNTRY.get(style),
    }
    show_label = options["headline"]
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label if show_label else None,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "summary": extra.get("summary"),
            "location": drop_empty(location),
            "profiles": profiles,
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
    education: list[dict[str, Any]] = []
    for d in person.degrees:
        item: dict[str, Any] = {
            "institution": d.institution,
            "studyType": d.study,
            "area": d.area,
            "startDate": str(d.start[0]),
            "endDate": str(d.end[0]),
        }
        if style == "pdf-egyptian-cv":
            item["score"] = extra["grade"]
        education.append(drop_empty(item))
    if style == "pdf-peruvian-cv":
        skills = [{"name": s, "level": level} for s, level in extra["levels"]]
    else:
        skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    certificates = []
    for cert_name, issuer, when in extra.get("certs", []):
        date = f"{when[0]}-{when[1]:02d}" if isinstance(when, tuple) else str(when)
        certificates.append({"name": cert_name, "date": date, "issuer": issuer})
    interests = [{"name": i} for i in extra.get("interests", [])]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "certificates": certificates,
            "skills": skills,
            "languages": languages,
            "interests": interests,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-egyptian-cv":
        return _egyptian(person, options), "pdf"
    if style == "pdf-bulgarian-cv":
        return _bulgarian(person, options), "pdf"
    if style == "pdf-peruvian-cv":
        return _peruvian(person, options), "pdf"
    if style == "pdf-creative-twocol":
        return _creative(person, options), "pdf"
    raise ValueError(f"unknown style {style}")


def _eg_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        return f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"

    return f"{one(start)} \u2013 {'Present' if end is None else one(end)}"


def _egyptian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} CV")
    x, width = 17.0, 176.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.6)
        pdf.rect(8, 8, 194, 281)
        y = 15.0

    def need(height: float) -> None:
        if y + height > 280:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 3
        pdf.set_fill_color(222, 226, 232)
        pdf.rect(x, y, width, 6.6, style="F")
        pdf.set_fill_color(*accent)
        pdf.rect(x, y, 1.6, 6.6, style="F")
        pdf.set_xy(x + 3.5, y + 0.6)
        pdf.set_font("Serif", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width - 4, 5.4, text)
        pdf.set_text_color(0, 0, 0)
        y += 9.5

    def bullet(text: str, indent: float = 3.0) -> None:
        nonlocal y
        need(5)
        pdf.set_xy(x + indent, y)
        pdf.set_font("Sans", "", 8.5)
        pdf.cell(5, 4.8, "\u27a2")
        pdf.set_font("Serif", "", 9.6)
        pdf.multi_cell(width - indent - 5, 4.8, text, align="L")
        y = pdf.get_y() + 0.4

    for variant, suffix in (("", ""), ("B", "-Bold")):
        pdf.add_font("Sans", variant, f"/usr/share/fonts/truetype/dejavu/DejaVuSans{suffix}.ttf")
    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 20)
    pdf.set_text_color(*accent)
    pdf.cell(width, 9, person.name, align="C")
    pdf.set_text_color(0, 0, 0)
    y += 10
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "I", 11.5)
        pdf.cell(width, 6, person.label or "", align="C")
        y += 7
    pdf.set_font("Serif", "", 9.4)
    lines = (
        f"Address: {extra['street']}, {extra['district']}, {person.city}, Egypt",
        f"Mobile: {person.phone}   |   Email: {person.email}",
        f"LinkedIn: {extra['linkedin'].removeprefix('https://www.')}",
    )
    for line in lines:
        pdf.set_xy(x, y)
        pdf.cell(width, 4.8, line, align="C")
        y += 4.9
    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.4)
    pdf.line(x, y + 1.5, x + width, y + 1.5)
    y += 2.5
    heading("Career Objective")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 9.6)
    pdf.multi_cell(width, 4.9, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("Personal Information")
    rows = [
        ("Date of Birth", extra["born"]),
        ("Nationality", "Egyptian"),
        ("Marital Status", extra["marital"]),
    ]
    if extra["military"]:
        rows.append(("Military Status", extra["military"]))
    for key, value in rows:
        pdf.set_xy(x + 3, y)
        pdf.set_font("Serif", "B", 9.6)
        pdf.cell(38, 4.9, key)
        pdf.set_font("Serif", "", 9.6)
        pdf.cell(width - 41, 4.9, f": {value}")
        y += 5.1

    def education() -> None:
        nonlocal y
        heading("Education")
        for d in person.degrees:
            need(18)
            pdf.set_xy(x + 3, y)
            pdf.set_font("Serif", "B", 10)
            pdf.cell(width - 40, 5, f"{d.study}, {d.area} Department")
            pdf.set_font("Serif", "", 9.4)
            pdf.cell(37, 5, f"{d.start[0]} \u2013 {d.end[0]}", align="R")
            pdf.set_xy(x + 3, y + 5.2)
            pdf.set_font("Serif", "I", 9.6)
            pdf.cell(width - 3, 5, f"Faculty of Commerce, {d.institution}")
            pdf.set_xy(x + 3, y + 10.4)
            pdf.set_font("Serif", "", 9.6)
            pdf.cell(width - 3, 5, f"Overall Grade: {extra['grade']}")
            y += 17

    def certificates() -> None:
        heading("Courses & Certificates")
        for cert, issuer, year in extra["certs"]:
            bullet(f"{cert} \u2013 {issuer}, {year}")

    heading("Work Experience")
    for job in person.jobs:
        need(26)
        pdf.set_xy(x + 3, y)
        pdf.set_font("Serif", "B", 10.2)
        pdf.cell(width - 50, 5, job.position)
        pdf.set_font("Serif", "B", 9.4)
        pdf.set_text_color(*accent)
        pdf.cell(47, 5, _eg_span(job.start, job.end, form), align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(x + 3, y + 5.2)
        pdf.set_font("Serif", "I", 9.8)
        pdf.cell(width - 3, 5, f"{job.company} \u2013 {job.city}")
        y += 11
        pdf.set_xy(x + 3, y)
        pdf.set_font("Serif", "BI", 9.4)
        pdf.cell(width, 4.8, "Responsibilities:")
        y += 5.2
        for note in job.highlights:
            bullet(note, 6)
        y += 2.5
    if options["certs_first"]:
        certificates()
        education()
    else:
        education()
        certificates()
    heading("Computer Skills")
    for skill in person.skills:
        bullet(skill)
    heading("Language Skills")
    for lang, level in person.languages:
        need(5)
        pdf.set_xy(x + 3, y)
        pdf.set_font("Serif", "B", 9.6)
        pdf.cell(30, 4.9, lang)
        pdf.set_font("Serif", "", 9.6)
        pdf.cell(width - 33, 4.9, f": {level}")
        y += 5.1
    heading("References")
    pdf.set_xy(x + 3, y)
    pdf.set_font("Serif", "I", 9.6)
    pdf.cell(width, 4.9, "Available upon request.")
    y += 5
    _check(y, 282, person)
    return bytes(pdf.output())


def _bg_month(month: Month | None, form: str, present: str) -> str:
    if month is None:
        return present
    if form == "numeric":
        return f"{month[1]:02d}.{month[0]} г."
    return f"{MESECI[month[1] - 1]} {month[0]} г."


def _bulgarian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Автобиография – {person.name}")
    lx, lw = 14.0, 58.0
    rx = lx + lw + 6
    rw = 196 - rx
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_draw_color(170, 170, 170)
        pdf.set_line_width(0.3)
        pdf.line(lx + lw + 2.5, 12, lx + lw + 2.5, 282)
        pdf.set_xy(lx, 286)
        pdf.set_font("Sans", "", 7)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(lw, 4, f"Страница {pdf.page_no()} – Автобиография на", align="R")
        pdf.set_xy(rx, 286)
        pdf.cell(rw, 4, person.name.upper())
        pdf.set_text_color(0, 0, 0)
        y = 14.0

    def need(height: float) -> None:
        if y + height > 280:
            new_page()

    def section(text: str) -> None:
        nonlocal y
        need(18)
        y += 4
        pdf.set_xy(lx, y)
        pdf.set_font("Sans", "B", 10)
        pdf.multi_cell(lw, 5, text.upper(), align="R")
        y = max(y + 6, pdf.get_y()) + 1.5

    def row(key: str, value: str, bold: bool = False, size: float = 9.2) -> None:
        nonlocal y
        pdf.set_font("Sans", "B" if bold else "", size)
        lines = pdf.multi_cell(rw, 4.6, value, align="L", dry_run=True, output="LINES")
        need(4.8 * len(lines) + 1)
        pdf.set_xy(lx, y)
        pdf.set_font("Sans", "", 8.2)
        pdf.multi_cell(lw, 4.6, key, align="R")
        key_end = pdf.get_y()
        pdf.set_xy(rx, y)
        pdf.set_font("Sans", "B" if bold else "", size)
        pdf.multi_cell(rw, 4.6, value, align="L")
        y = max(pdf.get_y(), key_end) + 0.8

    def bullets(items: list[str]) -> None:
        nonlocal y
        for note in items:
            need(5)
            pdf.set_xy(rx + 1, y)
            pdf.set_font("Sans", "", 9)
            pdf.cell(4, 4.5, "–")
            pdf.multi_cell(rw - 5, 4.5, note, align="L")
            y = pdf.get_y() + 0.3

    new_page()
    pdf.set_xy(lx, y)
    pdf.set_font("Sans", "B", 15)
    pdf.multi_cell(lw, 7, "АВТОБИОГРАФИЯ", align="R")
    pdf.set_xy(rx, y + 1)
    pdf.set_font("Sans", "", 7.5)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(rw, 4, "(по образец на европейския формат)")
    pdf.set_text_color(0, 0, 0)
    y += 10
    section("Лична информация")
    row("Име", person.name, bold=True, size=10.5)
    row("Адрес", f"{extra['street']}, {extra['postal']} гр. {person.city}, България")
    row("Телефон", person.phone)
    row("E-mail", person.email)
    row("Гражданство", "българско")
    row("Дата на раждане", extra["born"])
    if options["headline"]:
        section("Желана позиция")
        row("", person.label or "", bold=True)
    section("Трудов стаж")
    for job in person.jobs:
        need(32)
        span = f"{_bg_month(job.start, form, present)} – {_bg_month(job.end, form, present)}"
        row("• Дати (от – до)", span)
        row("• Име и адрес на работодателя", f"{job.company}, гр. {job.city}")
        row("• Заемана длъжност", job.position, bold=True)
        pdf.set_xy(lx, y)
        pdf.set_font("Sans", "", 8.2)
        pdf.multi_cell(lw, 4.6, "• Основни дейности и отговорности", align="R")
        bullets(job.highlights)
        y += 3
    section("Образование и обучение")
    for d in person.degrees:
        need(26)
        row("• Дати (от – до)", f"{d.start[0]} – {d.end[0]}")
        row("• Име и вид на обучаващата организация", d.institution)
        row("• Специалност", d.area)
        row("• Наименование на придобитата квалификация", d.study, bold=True)
        y += 2.5
    section("Лични умения и компетенции")
    row(person.languages[0][1], person.languages[0][0], bold=True)
    for lang, level in person.languages[1:]:
        row("Други езици" if lang == person.languages[1][0] else "", f"{lang} – {level}")
    y += 1
    row("Социални умения и компетенции", BG_SOCIAL)
    row("Технически умения и компетенции", ", ".join(person.skills))
    if extra["licence"]:
        row("Свидетелство за управление на МПС", "Категория B")
    section("Сертификати")
    for cert, issuer, year in extra["certs"]:
        row(str(year), f"{cert} – {issuer}")
    _check(y, 282, person)
    return bytes(pdf.output())


def _pe_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Actualidad" if form == "words" else "a la fecha"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MESES[month[1] - 1]} {month[0]}"


def _peruvian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV - {person.name}")
    x, width = 22.0, 166.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 284)
        pdf.set_font("Sans", "", 7.5)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(width, 4, f"Página {pdf.page_no()}", align="C")
        pdf.set_text_color(0, 0, 0)
        y = 20.0

    def need(height: float) -> None:
        if y + height > 276:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(width, 5.5, text)
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(x, y + 6.2, x + width, y + 6.2)
        y += 9

    def pair(key: str, value: str, kw: float = 44) -> None:
        nonlocal y
        need(5)
        pdf.set_xy(x + 4, y)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(kw, 4.8, key)
        pdf.set_font("Sans", "", 9)
        pdf.cell(4, 4.8, ":")
        pdf.multi_cell(width - kw - 8, 4.8, value, align="L")
        y = pdf.get_y() + 0.4

    def bullet(text: str, indent: float = 8) -> None:
        nonlocal y
        need(5)
        pdf.set_xy(x + indent, y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(4, 4.7, "\u2022")
        pdf.multi_cell(width - indent - 4, 4.7, text, align="J")
        y = pdf.get_y() + 0.3

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 16)
    pdf.set_text_color(*accent)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    pdf.set_text_color(0, 0, 0)
    y += 10
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 13)
    pdf.cell(width, 6.5, person.name, align="C")
    y += 7
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 10)
        pdf.cell(width, 5, person.label or "", align="C")
        y += 6
    heading("DATOS PERSONALES")
    pair("Nombres y Apellidos", person.name)
    pair("DNI", extra["dni"])
    pair("Fecha de Nacimiento", extra["born"])
    pair("Estado Civil", extra["civil"])
    pair("Dirección", f"{extra['street']}, {extra['district']}, {person.city} \u2013 Perú")
    pair("Celular", person.phone)
    pair("Correo electrónico", person.email)
    heading("PERFIL PROFESIONAL")
    pdf.set_xy(x + 4, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width - 4, 4.8, extra["summary"], align="J")
    y = pdf.get_y() + 1

    def education() -> None:
        nonlocal y
        heading("FORMACIÓN ACADÉMICA")
        for d in person.degrees:
            need(16)
            pdf.set_xy(x + 4, y)
            pdf.set_font("Sans", "B", 9.4)
            pdf.cell(width - 40, 5, d.institution)
            pdf.set_font("Sans", "", 9)
            pdf.cell(36, 5, f"{d.start[0]} \u2013 {d.end[0]}", align="R")
            pdf.set_xy(x + 4, y + 5)
            pdf.set_font("Sans", "", 9)
            pdf.cell(width - 4, 5, f"{d.study} en {d.area}")
            y += 11.5

    def experience() -> None:
        nonlocal y
        heading("EXPERIENCIA LABORAL")
        for job in person.jobs:
            need(30)
            pdf.set_xy(x + 4, y)
            pdf.set_font("Sans", "B", 9.6)
            pdf.cell(width - 4, 5, job.company)
            y += 5.6
            pair("Cargo", job.position, 20)
            pair("Periodo", f"{_pe_month(job.start, form)} \u2013 {_pe_month(job.end, form)}", 20)
            pair("Lugar", job.city, 20)
            pdf.set_xy(x + 4, y)
            pdf.set_font("Sans", "B", 9)
            pdf.cell(width, 4.8, "Funciones y logros:")
            y += 5.2
            for note in job.highlights:
                bullet(note)
            y += 3

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("CURSOS Y ESPECIALIZACIONES")
    for cert, issuer, when in extra["certs"]:
        month = f"{MESES[when[1] - 1]} {when[0]}" if form == "words" else f"{when[1]:02d}/{when[0]}"
        bullet(f"{cert} \u2013 {issuer} ({month})", 4)
    heading("IDIOMAS")
    for lang, level in person.languages:
        pair(lang, level, 30)
    heading("INFORMÁTICA")
    for skill, level in extra["levels"]:
        pair(skill, level, 30)
    heading("REFERENCIAS LABORALES")
    for ref, role, cell in extra["refs"]:
        need(6)
        pdf.set_xy(x + 4, y)
        pdf.set_font("Sans", "", 9)
        pdf.multi_cell(width - 4, 4.8, f"{ref} \u2013 {role} \u2013 Cel.: {cell}", align="L")
        y = pdf.get_y() + 0.6
    _check(y, 278, person)
    return bytes(pdf.output())


def _cr_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        return f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"

    return f"{one(start)} - {'Present' if end is None else one(end)}"


def _creative(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Resume")
    side = 70.0
    sx, sw = 9.0, side - 17
    x, width = side + 9, 210 - side - 9 - 11
    white, soft = (255, 255, 255), (205, 212, 222)
    ink = (40, 44, 52)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_fill_color(*accent)
        pdf.rect(0, 0, side, 297, style="F")
        y = 14.0

    def need(height: float) -> None:
        if y + height > 284:
            new_page()

    new_page()
    # sidebar: photo circle with initials
    pdf.set_fill_color(*soft)
    pdf.ellipse(side / 2 - 17, 12, 34, 34, style="F")
    pdf.set_xy(side / 2 - 17, 24)
    pdf.set_font("Sans", "B", 16)
    pdf.set_text_color(*accent)
    initials = "".join(part[0] for part in person.name.split()[:2])
    pdf.cell(34, 10, initials, align="C")
    sy = 56.0

    def side_heading(text: str) -> None:
        nonlocal sy
        sy += 4
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*white)
        pdf.cell(sw, 5.5, text, new_x="RIGHT")
        pdf.set_draw_color(*soft)
        pdf.set_line_width(0.5)
        pdf.line(sx, sy + 6.8, sx + 14, sy + 6.8)
        sy += 10

    def icon_line(glyph: str, text: str) -> None:
        nonlocal sy
        pdf.set_fill_color(*white)
        pdf.ellipse(sx, sy + 0.2, 5.2, 5.2, style="F")
        pdf.set_xy(sx, sy + 0.3)
        pdf.set_font("Sans", "B" if glyph == "in" else "", 6.3 if glyph == "in" else 7)
        pdf.set_text_color(*accent)
        pdf.cell(5.2, 5, glyph, align="C")
        pdf.set_xy(sx + 7.5, sy)
        size = 7.8
        pdf.set_font("Sans", "", size)
        while size > 6.0 and pdf.get_string_width(text) > sw - 10.5:
            size -= 0.2
            pdf.set_font("Sans", "", size)
        pdf.set_text_color(*white)
        pdf.multi_cell(sw - 7.5, 4, text, align="L")
        sy = max(pdf.get_y(), sy + 5.5) + 2

    side_heading("Contact")
    icon_line("\u2709", person.email)
    icon_line("\u260e", person.phone)
    icon_line("\u2302", f"{person.city}, {person.region}")
    icon_line("\u2605", (person.url or "").removeprefix("https://"))
    icon_line("in", extra["linkedin"].removeprefix("https://www."))
    side_heading("Skills")
    for skill, level in zip(person.skills, extra["bars"], strict=True):
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "", 8.2)
        pdf.set_text_color(*white)
        pdf.cell(sw, 4.2, skill)
        pdf.set_fill_color(90, 100, 115)
        pdf.rect(sx, sy + 5, sw, 1.9, style="F")
        pdf.set_fill_color(*soft)
        pdf.rect(sx, sy + 5, sw * level, 1.9, style="F")
        sy += 9.3
    side_heading("Languages")
    for (lang, level), dots in zip(person.languages, extra["dots"], strict=True):
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 8.2)
        pdf.set_text_color(*white)
        pdf.cell(sw, 4.2, lang)
        pdf.set_xy(sx, sy + 4.3)
        pdf.set_font("Sans", "", 7.4)
        pdf.set_text_color(*soft)
        pdf.cell(sw - 20, 4, level)
        for index in range(5):
            cx = sx + sw - 19 + index * 4
            pdf.set_draw_color(*white)
            pdf.set_line_width(0.3)
            pdf.set_fill_color(*white)
            pdf.ellipse(cx, sy + 5, 2.6, 2.6, style="F" if index < dots else "D")
        sy += 10.5
    side_heading("Interests")
    for hobby in extra["interests"]:
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "", 8.2)
        pdf.set_text_color(*white)
        pdf.cell(sw, 4.4, f"\u2726  {hobby}")
        sy += 5.4
    _check(sy, 288, person)
    # main column
    pdf.set_text_color(*ink)
    pdf.set_xy(x, y + 2)
    pdf.set_font("Sans", "B", 25)
    pdf.multi_cell(width, 11, person.name, align="L")
    y = pdf.get_y() + 0.5
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 12)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, (person.label or "").upper())
        pdf.set_text_color(*ink)
        y += 8
    y += 3

    def heading(glyph: str, text: str) -> None:
        nonlocal y
        need(22)
        y += 3
        pdf.set_fill_color(*accent)
        pdf.ellipse(x, y, 7, 7, style="F")
        pdf.set_xy(x, y + 1)
        pdf.set_font("Sans", "", 8.5)
        pdf.set_text_color(*white)
        pdf.cell(7, 5, glyph, align="C")
        pdf.set_xy(x + 10, y + 0.6)
        pdf.set_font("Sans", "B", 12.5)
        pdf.set_text_color(*accent)
        pdf.cell(width - 10, 6, text)
        pdf.set_text_color(*ink)
        pdf.set_draw_color(215, 215, 215)
        pdf.set_line_width(0.3)
        pdf.line(x + 10, y + 8, x + width, y + 8)
        y += 11.5

    heading("\u263a", "Profile")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 8.8)
    pdf.multi_cell(width, 4.6, extra["summary"], align="L")
    y = pdf.get_y() + 1
    heading("\u2692", "Work Experience")
    for job in person.jobs:
        need(26)
        top, page = y, pdf.page_no()
        pdf.set_xy(x + 6, y)
        pdf.set_font("Sans", "B", 10)
        pdf.multi_cell(width - 6, 5, job.position, align="L")
        pdf.set_xy(x + 6, y + 5.2)
        pdf.set_font("Sans", "B", 9)
        pdf.set_text_color(*accent)
        pdf.cell(width - 6, 4.8, job.company)
        pdf.set_text_color(130, 130, 130)
        pdf.set_xy(x + 6, y + 10.2)
        pdf.set_font("Sans", "I", 8)
        pdf.cell(width / 2, 4.4, _cr_span(job.start, job.end, form))
        pdf.cell(width / 2 - 6, 4.4, job.city, align="R")
        pdf.set_text_color(*ink)
        y += 15.5
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + 7, y)
            pdf.set_font("Sans", "", 8.6)
            pdf.cell(3.5, 4.4, "\u2022")
            pdf.multi_cell(width - 10.5, 4.4, note, align="L")
            y = pdf.get_y() + 0.4
        if pdf.page_no() == page:
            pdf.set_draw_color(*accent)
            pdf.set_line_width(0.4)
            pdf.line(x + 1.5, top + 1.5, x + 1.5, y)
        pdf.page = page
        pdf.set_fill_color(*accent)
        pdf.ellipse(x + 0.3, top + 0.8, 2.4, 2.4, style="F")
        pdf.page = pdf.pages_count
        y += 3.5
    heading("\u2691", "Education")
    for d in person.degrees:
        need(16)
        pdf.set_xy(x + 6, y)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width - 6, 5, f"{d.study} in {d.area}")
        pdf.set_xy(x + 6, y + 5.2)
        pdf.set_font("Sans", "B", 9)
        pdf.set_text_color(*accent)
        pdf.cell(width - 6, 4.8, d.institution)
        pdf.set_xy(x + 6, y + 10.2)
        pdf.set_font("Sans", "I", 8)
        pdf.set_text_color(130, 130, 130)
        pdf.cell(width - 6, 4.4, f"{d.start[0]} - {d.end[0]}")
        pdf.set_text_color(*ink)
        y += 16.5
    heading("\u2713", "Certifications")
    for cert, issuer, year in extra["certs"]:
        need(10)
        pdf.set_xy(x + 6, y)
        pdf.set_font("Sans", "B", 9)
        pdf.multi_cell(width - 6, 4.6, cert, align="L")
        pdf.set_xy(x + 6, pdf.get_y())
        pdf.set_font("Sans", "", 8.4)
        pdf.set_text_color(130, 130, 130)
        pdf.cell(width - 6, 4.4, f"{issuer} | {year}")
        pdf.set_text_color(*ink)
        y = pdf.get_y() + 6.5
    _check(y, 286, person)
    return bytes(pdf.output())

"""Sixty-second held-out round ("holdout-62"): more layouts, written blind (without
reading the parser) and meant to be measured once, untuned. Four layouts, three
born-digital PDF and one Word document: ``pdf-tajik-cv``, ``pdf-cuban-cv``,
``pdf-belizean-cv`` and ``docx-latvian-cv-word``. The round is sealed: the layouts are
described only in the code below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

# ruff: noqa: RUF001 (the Tajik CV is written in Russian, in Cyrillic)
from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, normalise_zip, profile_links

HOLDOUT_TAG = "holdout-62"
GENERATOR = "tests/eval/holdout62.py"
SEED = 6_271_948

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-tajik-cv", 3),
    ("pdf-cuban-cv", 3),
    ("pdf-belizean-cv", 3),
    ("docx-latvian-cv-word", 3),
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
MESYATSY = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)
MESES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
MENESI = (
    "janvāris",
    "februāris",
    "marts",
    "aprīlis",
    "maijs",
    "jūnijs",
    "jūlijs",
    "augusts",
    "septembris",
    "oktobris",
    "novembris",
    "decembris",
)

# Tajik names as printed in a Russian-language CV: surname, given name, patronymic, with
# the Latin spelling the person uses for e-mail.
TJ_MEN = (("Фарход", "farhod"), ("Дилшод", "dilshod"), ("Бахтиёр", "bakhtiyor"))
TJ_WOMEN = (("Шахноза", "shakhnoza"), ("Мадина", "madina"), ("Нигора", "nigora"))
TJ_SURNAMES = (
    ("Назаров", "Назарова", "nazarov"),
    ("Саидов", "Саидова", "saidov"),
    ("Шарипов", "Шарипова", "sharipov"),
    ("Рахимзода", "Рахимзода", "rahimzoda"),
    ("Давлатов", "Давлатова", "davlatov"),
)
TJ_FATHERS = (("Рустамович", "Рустамовна"), ("Сафарович", "Сафаровна"), ("Икромович", "Икромовна"))
LV_MEN = ("Mārtiņš", "Kārlis", "Edgars", "Raimonds")
LV_WOMEN = ("Līga", "Elīna", "Zane", "Kristīne")
LV_SURNAMES = (
    ("Liepiņš", "Liepiņa"),
    ("Zariņš", "Zariņa"),
    ("Eglītis", "Eglīte"),
    ("Puriņš", "Puriņa"),
)

POOLS: dict[str, Pool] = {
    "pdf-tajik-cv": Pool(
        first=(),
        last=(),
        cities=(
            ("Душанбе", None, "734025", "ул. Айни, д. 48, кв. 17"),
            ("Душанбе", None, "734003", "пр. Рудаки, д. 112, кв. 5"),
            ("Душанбе", None, "734042", "ул. Бохтар, д. 9"),
        ),
        employers=(
            "ООО «Памир Логистик»",
            "ЗАО «Вахш Энергосервис»",
            "ООО «Хатлон Агро Трейд»",
            "ОАО «Сомон Строй Инвест»",
        ),
        titles=(
            "Главный бухгалтер",
            "Бухгалтер-экономист",
            "Финансовый аналитик",
            "Старший бухгалтер",
        ),
        highlights=(
            "Ведение бухгалтерского учёта в полном объёме в 1С:Предприятие 8.3",
            "Подготовка и сдача налоговой отчётности в Налоговый комитет",
            "Расчёт заработной платы и социальных отчислений для 120 сотрудников",
            "Составление финансовой отчётности по МСФО для головной компании",
            "Проведение инвентаризации товарно-материальных ценностей",
            "Взаимодействие с банками и аудиторами",
            "Контроль дебиторской и кредиторской задолженности",
            "Подготовка бюджетов и анализ отклонений",
            "Внедрение электронного документооборота",
        ),
        skills=(
            "1С:Предприятие 8.3",
            "MS Excel (ВПР, сводные таблицы)",
            "МСФО",
            "Налоговый кодекс РТ",
            "Клиент-Банк",
            "MS Word",
        ),
        schools=(
            "Таджикский национальный университет",
            "Российско-Таджикский (Славянский) университет",
            "Таджикский государственный университет коммерции",
        ),
        degrees=(
            ("Бакалавр", "Бухгалтерский учёт и аудит"),
            ("Магистр", "Финансы и кредит"),
            ("Специалист", "Экономика и управление"),
        ),
    ),
    "pdf-cuban-cv": Pool(
        first=("Yusleidy", "Yoandry", "Dayron", "Yaimara", "Osniel", "Lisandra"),
        last=("Hechavarría Pupo", "Céspedes Rizo", "Ferrer Almeida", "Quintana Betancourt"),
        cities=(
            (
                "La Habana",
                None,
                "10400",
                "Calle 23 No. 456 e/ F y G, Vedado, Plaza de la Revolución",
            ),
            ("La Habana", None, "11300", "Ave. 41 No. 7814 e/ 78 y 80, Playa"),
            ("La Habana", None, "10600", "San Lázaro No. 1057 apto. 4, Centro Habana"),
        ),
        employers=(
            "Empresa de Soluciones Informáticas del Caribe",
            "Cooperativa No Agropecuaria Habana Código",
            "Empresa Mixta Malecón Software S.A.",
            "Centro de Gestión Digital de Marianao",
        ),
        titles=(
            "Desarrollador de software",
            "Especialista en Ciencias Informáticas",
            "Jefe de proyecto",
            "Administrador de redes",
        ),
        highlights=(
            "Desarrollo de aplicaciones web con Django y PostgreSQL",
            "Análisis de requisitos con los clientes y elaboración de la documentación técnica",
            "Administración de servidores Linux (Debian) y servicios de red",
            "Coordinación de un equipo de cinco desarrolladores",
            "Implementación de una aplicación móvil Android para la gestión de pedidos",
            "Migración de sistemas heredados a arquitectura de microservicios",
            "Capacitación a usuarios finales en el uso de los sistemas",
            "Participación en el Fórum de Ciencia y Técnica con el trabajo premiado",
        ),
        skills=("Python", "Django", "PostgreSQL", "Java", "Android", "Git", "Linux (Debian)"),
        schools=(
            "Universidad de La Habana",
            "Universidad Tecnológica de La Habana José Antonio Echeverría (CUJAE)",
            "Universidad de las Ciencias Informáticas (UCI)",
        ),
        degrees=(
            ("Licenciatura", "Ciencia de la Computación"),
            ("Ingeniería", "Informática"),
            ("Ingeniería", "Ciencias Informáticas"),
        ),
    ),
    "pdf-belizean-cv": Pool(
        first=("Kenisha", "Delroy", "Shanelle", "Marvin", "Akeisha", "Jadine"),
        last=("Usher", "Gillett", "Cacho", "Arzu", "Flowers", "Palacio"),
        cities=(
            ("Belize City", None, None, "24 Eve Street"),
            ("Belize City", None, None, "7 Cleghorn Street"),
            ("Belize City", None, None, "16 Coney Drive"),
        ),
        employers=(
            "Harbourview Credit Union Ltd.",
            "Caribbean Reef Tours Ltd.",
            "Coastal Shipping & Freight Co. Ltd.",
            "Blue Hole Hospitality Group",
        ),
        titles=(
            "Accounts Clerk",
            "Customer Service Representative",
            "Administrative Assistant",
            "Loans Officer",
        ),
        highlights=(
            "Processed daily deposits, withdrawals and loan payments for members",
            "Prepared monthly bank reconciliations and petty cash reports",
            "Answered customer enquiries by phone, email and in person",
            "Maintained filing system for contracts and shipping documents",
            "Assisted with the preparation of the annual budget",
            "Trained new staff on front desk and cash handling procedures",
            "Coordinated bookings with tour guides and boat captains",
            "Reviewed loan applications and verified supporting documents",
        ),
        skills=(
            "Microsoft Office (Word, Excel, PowerPoint)",
            "QuickBooks",
            "Cash handling",
            "Customer service",
            "Typing (55 wpm)",
            "Bilingual: English and Spanish",
        ),
        schools=(
            "University of Belize",
            "Galen University",
            "St. John's College Junior College",
        ),
        degrees=(
            ("Bachelor of Science", "Accounting"),
            ("Associate of Arts", "Business Administration"),
            ("Associate of Applied Science", "Office Administration"),
        ),
    ),
    "docx-latvian-cv-word": Pool(
        first=(),
        last=(),
        cities=(
            ("Rīga", None, "LV-1010", "Ģertrūdes iela 62-9"),
            ("Liepāja", None, "LV-3401", "Graudu iela 27-4"),
            ("Daugavpils", None, "LV-5401", "Rīgas iela 19-11"),
        ),
        employers=(
            "SIA „Baltijas Kravu Serviss”",
            "AS Latgales Piena Ražotne",
            "SIA „Kurzemes Būvmateriāli”",
            "SIA Ziemeļu Tranzīts",
        ),
        titles=(
            "Loģistikas vadītājs",
            "Iepirkumu speciālists",
            "Noliktavas vadītājs",
            "Loģistikas koordinators",
        ),
        highlights=(
            "Kravu pārvadājumu plānošana un maršrutu optimizācija",
            "Sadarbība ar muitas brokeriem un ārvalstu partneriem",
            "Noliktavas krājumu uzskaite un inventarizācijas organizēšana",
            "Piegādātāju izvēle un līgumu nosacījumu saskaņošana",
            "Komandas (12 darbinieki) darba grafiku sastādīšana",
            "WMS sistēmas ieviešana sadarbībā ar IT nodaļu",
            "Ikmēneša atskaišu sagatavošana vadībai",
            "Transporta izmaksu samazināšana par 14% gada laikā",
        ),
        skills=("MS Excel", "Horizon", "SAP MM", "WMS", "MS Outlook", "Tildes Birojs"),
        schools=(
            "Liepājas Universitāte",
            "Daugavpils Universitāte",
            "Latvijas Biozinātņu un tehnoloģiju universitāte",
        ),
        degrees=(
            ("Profesionālā bakalaura grāds", "Loģistikas vadība"),
            ("Bakalaura grāds", "Ekonomika"),
            ("Maģistra grāds", "Uzņēmējdarbības vadība"),
        ),
    ),
}

COUNTRY = {
    "pdf-tajik-cv": "TJ",
    "pdf-cuban-cv": "CU",
    "pdf-belizean-cv": "BZ",
    "docx-latvian-cv-word": "LV",
}
TJ_ABOUT = (
    "Ответственный, пунктуальный, легко обучаюсь, умею работать в команде и с большим "
    "объёмом информации. Стрессоустойчив, без вредных привычек."
)
TJ_LANGUAGES = (("Таджикский", "родной"), ("Русский", "свободно"), ("Английский", "B1"))
CU_LANGUAGES = (("Inglés", "nivel medio"), ("Portugués", "nivel básico"))
CU_SUMMARY = (
    "Ingeniero con experiencia en el desarrollo de software de gestión y la administración "
    "de redes. Responsable, con capacidad de trabajo en equipo y deseos de superación."
)
BZ_OBJECTIVE = (
    "To obtain a challenging position in a reputable organization where I can use my skills "
    "and experience to contribute to its growth while developing professionally."
)
BZ_REFEREES = (
    ("Mrs. Dorla Young", "Branch Manager", "+501 223-4471"),
    ("Mr. Ernest Tillett", "Operations Supervisor", "+501 227-3390"),
    ("Ms. Carolyn Nunez", "Senior Lecturer", "+501 610-5528"),
)
LV_SUMMARY = (
    "Loģistikas speciālists ar pieredzi starptautisko kravu pārvadājumu un noliktavu darba "
    "organizēšanā. Precīzs, komunikabls, spēju strādāt ar lielu informācijas apjomu."
)
LV_FEMININE = (
    ("vadītājs", "vadītāja"),
    ("speciālists", "speciāliste"),
    ("koordinators", "koordinatore"),
    ("Precīzs, komunikabls", "Precīza, komunikabla"),
)
LV_LANGUAGES = (("Latviešu", "dzimtā valoda"), ("Angļu", "C1"), ("Krievu", "B2"), ("Vācu", "A2"))


class _Candidate(Candidate):
    __slots__ = ()

    @property
    def slug(self) -> str:
        latin = self.extra.get("latin") or ascii_slug(self.name)
        return "-".join(latin.split())


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-tajik-cv":
        return {
            "dates": rng.choice(("numeric", "words")),
            "headline": rng.random() < 0.7,
            "accent": rng.choice(((25, 60, 120), (40, 40, 40), (0, 95, 80))),
        }
    if style == "pdf-cuban-cv":
        return {
            "dates": rng.choice(("words", "years")),
            "education_first": rng.random() < 0.6,
            "accent": rng.choice(((0, 51, 102), (120, 20, 30), (0, 0, 0))),
        }
    if style == "pdf-belizean-cv":
        return {
            "dates": rng.choice(("long", "short")),
            "headline": rng.random() < 0.5,
            "accent": rng.choice(((0, 70, 140), (20, 110, 90), (60, 60, 60))),
        }
    if style == "docx-latvian-cv-word":
        return {
            "dates": rng.choice(("numeric", "words")),
            "headline": rng.random() < 0.6,
            "skills_first": rng.random() < 0.4,
        }
    return {}


def _tajik_name(rng: random.Random, used: set[str]) -> tuple[str, str, str, bool]:
    name = ""
    while not name or name in used:
        woman = rng.random() < 0.45
        first, latin = rng.choice(TJ_WOMEN if woman else TJ_MEN)
        surname = rng.choice(TJ_SURNAMES)
        father = rng.choice(TJ_FATHERS)[1 if woman else 0]
        name = f"{surname[1 if woman else 0]} {first} {father}"
        if f"{latin} {surname[2]}" in used:
            name = ""
            continue
    used.add(name)
    used.add(f"{latin} {surname[2]}")
    return name, latin, surname[2], woman


def _latvian_name(rng: random.Random, used: set[str]) -> str:
    name = ""
    while not name or name in used:
        woman = rng.random() < 0.5
        first = rng.choice(LV_WOMEN if woman else LV_MEN)
        name = f"{first} {rng.choice(LV_SURNAMES)[1 if woman else 0]}"
    used.add(name)
    return name


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street or None, "postal": postal}
    label: str | None = None
    url: str | None = None
    languages: list[tuple[str, str]] = []
    skills: list[str] = []
    take = rng.choice((3, 4, 5))
    jobs = _chain(rng, pool, take, rng.random() < 0.7)
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    idx = rng.randrange(3)
    if style == "pdf-tajik-cv":
        name, first, last, woman = _tajik_name(rng, used)
        phone = f"+992 {rng.choice((90, 93, 98, 919))} {rng.randint(100, 999)} "
        phone += f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
        email = f"{first}.{last}{rng.randint(80, 99)}@{rng.choice(('mail.ru', 'gmail.com'))}"
        label = jobs[0].position
        extra["latin"] = f"{first} {last}"
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{end_year - 22}"
        extra["family"] = rng.choice(("замужем", "не замужем") if woman else ("женат", "холост"))
        extra["about"] = (
            TJ_ABOUT.replace("Стрессоустойчив,", "Стрессоустойчива,") if woman else TJ_ABOUT
        )
        for job in jobs:
            job.city = rng.choice(("Душанбе", "Душанбе", "Худжанд", "Бохтар"))
        study, area = pool.degrees[idx]
        years = {"Бакалавр": 4, "Магистр": 2, "Специалист": 5}[study]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - years, 9), (end_year, 6)))
        if study == "Магистр":
            b_study, b_area = pool.degrees[0]
            degrees.append(
                Degree(pool.schools[0], b_study, b_area, (end_year - 6, 9), (end_year - 2, 6))
            )
        languages = list(TJ_LANGUAGES[: rng.randint(2, 3)])
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-cuban-cv":
        name = pool.fresh_name(rng, used)
        slug = ascii_slug(name).split()
        first, last = slug[0], slug[1]
        phone = f"+53 5{rng.randint(2, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        email = f"{first}.{last}@{rng.choice(('nauta.cu', 'gmail.com'))}"
        extra["ci"] = f"{(end_year - 22) % 100:02d}{rng.randint(1, 12):02d}"
        extra["ci"] += f"{rng.randint(1, 28):02d}{rng.randint(10000, 99999)}"
        woman = name.split()[0] in ("Yusleidy", "Yaimara", "Lisandra")
        extra["summary"] = CU_SUMMARY.replace("Ingeniero", "Ingeniera") if woman else CU_SUMMARY
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(10, 99)}"
        for job in jobs:
            job.city = "La Habana"
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 5, 9), (end_year, 7)))
        languages = [("Español", "lengua materna"), *CU_LANGUAGES[: rng.randint(1, 2)]]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-belizean-cv":
        name = pool.fresh_name(rng, used)
        slug = ascii_slug(name).split()
        first, last = slug[0], slug[-1]
        phone = f"+501 6{rng.randint(0, 5)}{rng.randint(0, 9)}-{rng.randint(1000, 9999)}"
        email = f"{first}{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        if rng.random() < 0.5:
            label = jobs[0].position
        extra["objective"] = BZ_OBJECTIVE
        extra["referees"] = rng.sample(BZ_REFEREES, 2)
        for job in jobs:
            job.city = rng.choice(("Belize City", "Belize City", "Belmopan", "San Pedro"))
        study, area = pool.degrees[idx]
        years = 4 if study.startswith("Bachelor") else 2
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - years, 8), (end_year, 6)))
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    else:
        name = _latvian_name(rng, used)
        slug = ascii_slug(name).split()
        first, last = slug[0], slug[-1]
        phone = f"+371 2{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        email = f"{first}.{last}@{rng.choice(('inbox.lv', 'gmail.com'))}"
        summary = LV_SUMMARY
        if name.split()[0] in LV_WOMEN:
            for he, she in LV_FEMININE:
                summary = summary.replace(he, she)
                for job in jobs:
                    job.position = job.position.replace(he, she)
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}{last}"
        extra["summary"] = summary
        for job in jobs:
            job.city = rng.choice((city, "Rīga"))
        study, area = pool.degrees[idx]
        years = 2 if study.startswith("Maģistra") else 4
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - years, 9), (end_year, 6)))
        if years == 2:
            b_study, b_area = pool.degrees[1]
            degrees.append(
                Degree(pool.schools[1], b_study, b_area, (end_year - 6, 9), (end_year - 2, 6))
            )
        languages = [LV_LANGUAGES[0], *rng.sample(LV_LANGUAGES[1:], rng.randint(1, 3))]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    return _Candidate(
        style=style,
        name=name,
        label=label,
        email=email,
        phone=phone,
        url=url,
        city=city,
        region=region,
        code=COUNTRY[style],
        jobs=jobs,
        degrees=degrees,
        skills=skills,
        languages=languages,
        extra=extra,
    )


# ------------------------------------------------------------------------------------ truth


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    extra = person.extra
    location: dict[str, Any] = {
        "address": extra["street"],
        "postalCode": extra["postal"],
        "city": person.city,
        "region": person.region,
        "countryCode": COUNTRY[style],
    }
    label = person.label if options.get("headline", True) else None
    basics = drop_empty(
        {
            "name": person.name,
            "label": label,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "summary": extra.get("summary") or extra.get("objective"),
            "location": drop_empty(location),
            "profiles": profile_links(extra),
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
    education = [
        drop_empty(
            {
                "institution": d.institution,
                "studyType": d.study,
                "area": d.area,
                "startDate": str(d.start[0]),
                "endDate": str(d.end[0]),
            }
        )
        for d in person.degrees
    ]
    skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "skills": skills,
            "languages": languages,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-tajik-cv":
        return _tajik(person, options), "pdf"
    if style == "pdf-cuban-cv":
        return _cuban(person, options), "pdf"
    if style == "pdf-belizean-cv":
        return _belizean(person, options), "pdf"
    if style == "docx-latvian-cv-word":
        return _latvian_word(person, options), "docx"
    raise ValueError(f"unknown style {style}")


class _Flow:
    """A top-down page cursor for fpdf with a running footer and page breaks."""

    def __init__(self, pdf: Any, top: float, bottom: float, footer: Any = None) -> None:
        self.pdf, self.top, self.bottom, self.footer = pdf, top, bottom, footer
        self.y = 0.0

    def new_page(self) -> None:
        self.pdf.add_page()
        if self.footer is not None:
            self.footer()
        self.y = self.top

    def need(self, height: float) -> None:
        if self.y + height > self.bottom:
            self.new_page()


def _ru_month(month: Month | None, form: str) -> str:
    if form == "numeric":
        return "по настоящее время" if month is None else f"{month[1]:02d}.{month[0]}"
    return "н.в." if month is None else f"{MESYATSY[month[1] - 1]} {month[0]}"


def _tajik(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Резюме {person.name}")
    x, width, gutter = 20.0, 170.0, 50.0

    def footer() -> None:
        pdf.set_xy(x, 285)
        pdf.set_font("Serif", "", 7.5)
        pdf.set_text_color(130, 130, 130)
        pdf.cell(width, 4, f"Страница {pdf.page_no()}", align="C")
        pdf.set_text_color(0, 0, 0)

    flow = _Flow(pdf, 18.0, 276.0, footer)

    def heading(text: str) -> None:
        flow.need(22)
        flow.y += 4
        pdf.set_fill_color(232, 236, 242)
        pdf.rect(x, flow.y, width, 6.6, style="F")
        pdf.set_xy(x + 2, flow.y + 0.6)
        pdf.set_font("Serif", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(width - 4, 5.4, text.upper())
        pdf.set_text_color(0, 0, 0)
        flow.y += 9.5

    def row(key: str, value: str) -> None:
        flow.need(6)
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(gutter, 5, key)
        pdf.set_xy(x + gutter, flow.y)
        pdf.set_font("Serif", "", 9.5)
        pdf.multi_cell(width - gutter, 5, value, align="L")
        flow.y = pdf.get_y() + 0.6

    flow.new_page()
    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "B", 12)
    pdf.cell(width, 6, "РЕЗЮМЕ", align="C")
    pdf.set_xy(x, flow.y + 8)
    pdf.set_font("Serif", "B", 17)
    pdf.set_text_color(*accent)
    pdf.cell(width, 9, person.name, align="C")
    pdf.set_text_color(0, 0, 0)
    flow.y += 20
    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.5)
    pdf.line(x, flow.y - 2, x + width, flow.y - 2)
    flow.y += 1
    if options["headline"]:
        row("Желаемая должность:", person.label or "")
    row("Дата рождения:", extra["born"])
    row("Семейное положение:", extra["family"])
    address = f"{extra['postal']}, Республика Таджикистан, г. {person.city}, {extra['street']}"
    row("Адрес:", address)
    row("Телефон:", person.phone)
    row("E-mail:", person.email)
    heading("Опыт работы")
    for job in person.jobs:
        flow.need(26)
        top = flow.y
        pdf.set_xy(x, top)
        pdf.set_font("Serif", "", 9.3)
        pdf.multi_cell(gutter - 4, 4.8, f"{_ru_month(job.start, form)} \u2013", align="L")
        pdf.set_xy(x, pdf.get_y())
        pdf.multi_cell(gutter - 4, 4.8, _ru_month(job.end, form), align="L")
        left_bottom = pdf.get_y()
        pdf.set_xy(x + gutter, top)
        pdf.set_font("Serif", "B", 10)
        pdf.multi_cell(width - gutter, 5, job.company, align="L")
        pdf.set_xy(x + gutter, pdf.get_y())
        pdf.set_font("Serif", "I", 9.5)
        pdf.cell(width - gutter, 5, f"г. {job.city}")
        pdf.set_xy(x + gutter, pdf.get_y() + 5)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(width - gutter, 5, f"Должность: {job.position}")
        flow.y = pdf.get_y() + 5.5
        pdf.set_xy(x + gutter, flow.y)
        pdf.set_font("Serif", "U", 9.3)
        pdf.cell(width - gutter, 4.8, "Обязанности:")
        flow.y += 5
        for note in job.highlights:
            flow.need(5)
            pdf.set_xy(x + gutter + 1, flow.y)
            pdf.set_font("Serif", "", 9.3)
            pdf.cell(4, 4.7, "\u2013")
            pdf.multi_cell(width - gutter - 5, 4.7, note, align="L")
            flow.y = pdf.get_y() + 0.3
        flow.y = max(flow.y, left_bottom) + 3
    heading("Образование")
    for d in person.degrees:
        flow.need(16)
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "", 9.3)
        pdf.cell(gutter, 5, f"{d.start[0]} \u2013 {d.end[0]} гг.")
        pdf.set_xy(x + gutter, flow.y)
        pdf.set_font("Serif", "B", 9.8)
        pdf.multi_cell(width - gutter, 5, d.institution, align="L")
        pdf.set_xy(x + gutter, pdf.get_y())
        pdf.set_font("Serif", "", 9.5)
        pdf.multi_cell(width - gutter, 5, f"Специальность: {d.area}", align="L")
        pdf.set_xy(x + gutter, pdf.get_y())
        pdf.cell(width - gutter, 5, f"Квалификация: {d.study}")
        flow.y = pdf.get_y() + 7
    heading("Профессиональные навыки")
    for skill in person.skills:
        flow.need(5)
        pdf.set_xy(x + 2, flow.y)
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(4, 4.8, "\u2022")
        pdf.cell(width - 6, 4.8, skill)
        flow.y += 5
    heading("Знание языков")
    for lang, level in person.languages:
        flow.need(5)
        pdf.set_xy(x + 2, flow.y)
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(width - 2, 4.8, f"{lang} \u2013 {level}")
        flow.y += 5
    heading("Личные качества")
    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(width, 4.8, extra["about"], align="J")
    flow.y = pdf.get_y()
    _check(flow.y, 280, person)
    return bytes(pdf.output())


def _es_span(start: Month, end: Month | None, form: str) -> str:
    if form == "years":
        return f"{start[0]} \u2013 {'actualidad' if end is None else end[0]}"
    first = f"{MESES[start[1] - 1].capitalize()} de {start[0]}"
    last = "la actualidad" if end is None else f"{MESES[end[1] - 1]} de {end[0]}"
    return f"{first} \u2013 {last}"


def _cuban(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Currículum Vitae")
    x, width = 22.0, 166.0

    def footer() -> None:
        pdf.set_xy(x, 284)
        pdf.set_font("Sans", "", 7.5)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(width, 4, f"{pdf.page_no()}", align="R")
        pdf.set_text_color(0, 0, 0)

    flow = _Flow(pdf, 20.0, 276.0, footer)

    def heading(text: str) -> None:
        flow.need(22)
        flow.y += 4
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.25)
        pdf.line(x, flow.y + 6.8, x + width, flow.y + 6.8)
        flow.y += 9.5

    def pair(key: str, value: str) -> None:
        flow.need(6)
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 9.2)
        pdf.cell(38, 5, key)
        pdf.set_xy(x + 38, flow.y)
        pdf.set_font("Sans", "", 9.2)
        pdf.multi_cell(width - 38, 5, value, align="L")
        flow.y = pdf.get_y() + 0.5

    flow.new_page()
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "B", 16)
    pdf.set_text_color(*accent)
    pdf.cell(width, 8, "CURRÍCULUM VITAE", align="C")
    pdf.set_text_color(0, 0, 0)
    flow.y += 13
    heading("Datos personales")
    pair("Nombre y apellidos:", person.name)
    pair("Carné de identidad:", extra["ci"])
    pair("Dirección:", f"{extra['street']}, {person.city}, Cuba. CP {extra['postal']}")
    pair("Teléfono móvil:", person.phone)
    pair("Correo electrónico:", person.email)
    pair("LinkedIn:", extra["linkedin"].removeprefix("https://www."))
    heading("Resumen profesional")
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "", 9.2)
    pdf.multi_cell(width, 4.9, extra["summary"], align="J")
    flow.y = pdf.get_y() + 1

    def education() -> None:
        heading("Formación académica")
        for d in person.degrees:
            flow.need(16)
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "B", 9.6)
            pdf.multi_cell(width, 5, f"{d.study} en {d.area}", align="L")
            pdf.set_xy(x, pdf.get_y())
            pdf.set_font("Sans", "", 9.2)
            pdf.multi_cell(width, 5, d.institution, align="L")
            pdf.set_xy(x, pdf.get_y())
            pdf.set_font("Sans", "I", 9.2)
            pdf.cell(width, 5, f"Curso {d.start[0]} \u2013 {d.end[0]}")
            flow.y = pdf.get_y() + 7

    def experience() -> None:
        heading("Experiencia laboral")
        for job in person.jobs:
            flow.need(26)
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "I", 9)
            pdf.set_text_color(90, 90, 90)
            pdf.cell(width, 4.8, _es_span(job.start, job.end, form))
            pdf.set_text_color(0, 0, 0)
            pdf.set_xy(x, flow.y + 5)
            pdf.set_font("Sans", "B", 9.8)
            pdf.cell(width, 5, job.position)
            pdf.set_xy(x, flow.y + 10)
            pdf.set_font("Sans", "", 9.3)
            pdf.multi_cell(width, 5, f"{job.company}, {job.city}", align="L")
            flow.y = pdf.get_y() + 1
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "B", 9)
            pdf.cell(width, 4.8, "Funciones y logros:")
            flow.y += 5.2
            for note in job.highlights:
                flow.need(5)
                pdf.set_xy(x + 3, flow.y)
                pdf.set_font("Sans", "", 9)
                pdf.cell(4, 4.6, "\u2022")
                pdf.multi_cell(width - 7, 4.6, note, align="L")
                flow.y = pdf.get_y() + 0.3
            flow.y += 3

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("Idiomas")
    for lang, level in person.languages:
        pair(f"{lang}:", level)
    heading("Habilidades informáticas")
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "", 9.2)
    pdf.multi_cell(width, 5, ", ".join(person.skills) + ".", align="L")
    flow.y = pdf.get_y() + 2
    _check(flow.y, 280, person)
    return bytes(pdf.output())


def _bz_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Present"
    name = MONTHS_EN[month[1] - 1]
    if form == "long":
        return f"{name} {month[0]}"
    return f"{name[:3]}{'.' if len(name) > 3 else ''} {month[0]}"


def _belizean(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} Resume")
    x, width = 20.0, 170.0
    flow = _Flow(pdf, 16.0, 280.0)

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 4
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text.upper())
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.6)
        pdf.line(x, flow.y + 6.8, x + width, flow.y + 6.8)
        flow.y += 9.5

    flow.new_page()
    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "B", 20)
    pdf.cell(width, 9, person.name.upper(), align="C")
    flow.y += 10
    if options["headline"] and person.label:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "I", 11)
        pdf.cell(width, 5.5, person.label, align="C")
        flow.y += 6
    pdf.set_font("Serif", "", 9.5)
    for line in (
        f"{extra['street']}, {person.city}, Belize",
        f"Cell: {person.phone}  |  Email: {person.email}",
    ):
        pdf.set_xy(x, flow.y)
        pdf.cell(width, 5, line, align="C")
        flow.y += 5
    heading("Objective")
    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "", 9.8)
    pdf.multi_cell(width, 5, extra["objective"], align="J")
    flow.y = pdf.get_y() + 1
    heading("Work Experience")
    for job in person.jobs:
        flow.need(24)
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(width - 60, 5, job.position)
        pdf.set_font("Serif", "", 9.5)
        span = f"{_bz_month(job.start, form)} \u2013 {_bz_month(job.end, form)}"
        pdf.cell(60, 5, span, align="R")
        pdf.set_xy(x, flow.y + 5)
        pdf.set_font("Serif", "I", 9.8)
        pdf.cell(width, 5, f"{job.company}, {job.city}")
        flow.y += 11
        for note in job.highlights:
            flow.need(5)
            pdf.set_xy(x + 4, flow.y)
            pdf.set_font("Serif", "", 9.5)
            pdf.cell(4, 4.8, "\u2022")
            pdf.multi_cell(width - 8, 4.8, note, align="L")
            flow.y = pdf.get_y() + 0.3
        flow.y += 3
    heading("Education")
    for d in person.degrees:
        flow.need(12)
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(width - 40, 5, d.institution)
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(40, 5, f"{d.start[0]} \u2013 {d.end[0]}", align="R")
        pdf.set_xy(x, flow.y + 5)
        pdf.set_font("Serif", "", 9.8)
        pdf.cell(width, 5, f"{d.study} in {d.area}")
        flow.y += 12
    heading("Skills")
    for skill in person.skills:
        flow.need(5)
        pdf.set_xy(x + 4, flow.y)
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(4, 4.8, "\u2022")
        pdf.cell(width - 8, 4.8, skill)
        flow.y += 5
    heading("References")
    flow.need(18)
    for index, (ref, role, phone) in enumerate(extra["referees"]):
        rx = x + index * (width / 2)
        for offset, (text, look) in enumerate(((ref, "B"), (role, ""), (f"Tel: {phone}", ""))):
            pdf.set_xy(rx, flow.y + 4.8 * offset)
            pdf.set_font("Serif", look, 9.5)
            pdf.cell(width / 2 - 4, 4.8, text)
    flow.y += 15
    _check(flow.y, 284, person)
    return bytes(pdf.output())


def _lv_span(start: Month, end: Month | None, form: str) -> str:
    if form == "numeric":
        tail = "šobrīd" if end is None else f"{end[1]:02d}.{end[0]}."
        return f"{start[1]:02d}.{start[0]}. \u2013 {tail}"
    tail = "pašlaik" if end is None else f"{end[0]}. gada {MENESI[end[1] - 1]}"
    return f"{start[0]}. gada {MENESI[start[1] - 1]} \u2013 {tail}"


def _latvian_word(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    form, extra = options["dates"], person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = ""
    properties.revision = 1
    properties.title = "CV"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(1.8)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(2)
    blue = RGBColor(0x2E, 0x74, 0xB5)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.LEFT
    title.paragraph_format.space_after = Pt(0)
    run = title.add_run(person.name)
    run.bold, run.font.size = True, Pt(22)
    run.font.color.rgb = blue
    if options["headline"] and person.label:
        para = document.add_paragraph()
        head = para.add_run(person.label)
        head.font.size, head.italic = Pt(13), True

    grid = document.add_table(rows=0, cols=2)
    rows = (
        ("Adrese:", f"{extra['street']}, {person.city}, {extra['postal']}, Latvija"),
        ("Tālrunis:", person.phone),
        ("E-pasts:", person.email),
        ("LinkedIn:", extra["linkedin"].removeprefix("https://www.")),
    )
    for key, value in rows:
        cells = grid.add_row().cells
        cells[0].width, cells[1].width = Cm(3), Cm(14)
        cells[0].paragraphs[0].add_run(key).bold = True
        cells[1].text = value

    def heading(text: str) -> None:
        paragraph = document.add_heading(text, level=1)
        paragraph.paragraph_format.space_before = Pt(14)

    heading("Par mani")
    document.add_paragraph(extra["summary"])

    def experience() -> None:
        heading("Darba pieredze")
        for job in person.jobs:
            para = document.add_paragraph()
            para.paragraph_format.space_before = Pt(6)
            para.paragraph_format.space_after = Pt(0)
            when = para.add_run(_lv_span(job.start, job.end, form))
            when.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
            para = document.add_paragraph()
            para.paragraph_format.space_after = Pt(0)
            para.add_run(job.position).bold = True
            para = document.add_paragraph()
            para.add_run(f"{job.company}, {job.city}").italic = True
            for note in job.highlights:
                document.add_paragraph(note, style="List Bullet")

    def skills() -> None:
        heading("Valodu zināšanas")
        for lang, level in person.languages:
            para = document.add_paragraph(style="List Bullet")
            para.add_run(lang).bold = True
            para.add_run(f" \u2013 {level}")
        heading("Datorprasmes")
        document.add_paragraph(", ".join(person.skills))

    if options["skills_first"]:
        skills()
        experience()
    else:
        experience()
    heading("Izglītība")
    for d in person.degrees:
        para = document.add_paragraph()
        para.paragraph_format.space_before = Pt(6)
        para.paragraph_format.space_after = Pt(0)
        para.add_run(f"{d.start[0]}\u2013{d.end[0]}  ").bold = True
        para.add_run(d.institution).bold = True
        document.add_paragraph(f"{d.study}, {d.area}")
    if not options["skills_first"]:
        skills()
    para = document.add_paragraph()
    para.paragraph_format.space_before = Pt(12)
    para.add_run("Autovadītāja apliecība: B kategorija").italic = True
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())

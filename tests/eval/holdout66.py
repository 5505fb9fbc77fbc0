"""Sixty-sixth held-out round ("holdout-66"): more layouts, written blind (without
reading the parser) and meant to be measured once, untuned. Four layouts, three born-digital
PDF and one Word document. The round is sealed: the layouts are described only in the code
below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

# ruff: noqa: RUF001 (the Turkmen CV is written in Russian, in Cyrillic)

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.holdout31 import _Candidate, _latin, _normalise_zip
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month

HOLDOUT_TAG = "holdout-66"
GENERATOR = "tests/eval/holdout66.py"
SEED = 6_618_274

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-south-sudanese-cv", 3),
    ("pdf-equatoguinean-cv", 3),
    ("pdf-turkmen-cv", 3),
    ("docx-albanian-cv-word", 3),
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
MUAJT = (
    "Janar",
    "Shkurt",
    "Mars",
    "Prill",
    "Maj",
    "Qershor",
    "Korrik",
    "Gusht",
    "Shtator",
    "Tetor",
    "Nëntor",
    "Dhjetor",
)

POOLS: dict[str, Pool] = {
    "pdf-south-sudanese-cv": Pool(
        first=("Nyandeng", "Achol", "Majok", "Ayen", "Lual", "Nyibol"),
        last=("Mabior Deng", "Lokuji", "Wani Kenyi", "Garang Akech", "Tombe Lado"),
        cities=(
            ("Juba", "Central Equatoria State", None, "Hai Malakal, Block 4"),
            ("Juba", "Central Equatoria State", None, "Munuki Payam, Block B"),
            ("Juba", "Central Equatoria State", None, "Thongpiny, near Juba Airport"),
        ),
        employers=(
            "Nile Hope Relief Organization",
            "Equatoria Community Health Initiative",
            "Sudd Livelihoods Foundation",
            "Imatong Water & Sanitation Partners",
            "Kiir Valley Microfinance Ltd",
        ),
        titles=(
            "Monitoring & Evaluation Officer",
            "Project Officer",
            "WASH Field Coordinator",
            "Programme Assistant",
            "Finance and Admin Officer",
        ),
        highlights=(
            "Coordinated distribution of non-food items to 4,500 displaced households",
            "Designed data collection tools in KoboToolbox and trained 12 enumerators",
            "Prepared monthly donor reports for UNICEF and ECHO funded projects",
            "Facilitated community hygiene promotion sessions in Gudele and Munuki",
            "Supervised rehabilitation of 18 boreholes in Yei and Morobo counties",
            "Maintained the project asset register and petty cash records",
            "Conducted baseline and endline surveys with county health departments",
            "Represented the organization at the WASH Cluster coordination meetings",
            "Ensured compliance with procurement policies and donor regulations",
        ),
        skills=(
            "KoboToolbox",
            "MS Excel (pivot tables)",
            "SPSS",
            "QuickBooks",
            "Report writing",
            "Community mobilization",
            "Proposal writing",
            "MS Word and PowerPoint",
        ),
        schools=(
            "University of Juba",
            "Upper Nile University",
            "Catholic University of South Sudan",
            "Makerere University",
        ),
        degrees=(
            ("Bachelor of Science", "Public Health"),
            ("Bachelor of Arts", "Development Studies"),
            ("Bachelor of Commerce", "Accounting"),
            ("Diploma", "Project Planning and Management"),
        ),
    ),
    "pdf-equatoguinean-cv": Pool(
        first=("Purificación", "Milagrosa", "Remedios", "Genoveva", "Añesa", "Teodosia"),
        last=("Nchama Esono", "Mangue Ondó", "Nsue Mikue", "Ela Abeso", "Bacale Bohopo"),
        cities=(
            ("Malabo", "Bioko Norte", None, "Barrio Caracolas, Calle de Kenia s/n"),
            ("Malabo", "Bioko Norte", None, "Barrio Ela Nguema, Avenida de Hassan II"),
            ("Bata", "Litoral", None, "Barrio Ngolo, Carretera del Aeropuerto"),
        ),
        employers=(
            "Ceiba Servicios Petroleros S.A.",
            "Construcciones Bioko S.L.",
            "Hotel Bahía de Luba",
            "Distribuidora Río Muni S.A.",
            "Punta Europa Logística S.L.",
        ),
        titles=(
            "Técnica de Recursos Humanos",
            "Contable",
            "Asistente Administrativa",
            "Responsable de Compras",
            "Coordinadora de Logística",
        ),
        highlights=(
            "Gestión de nóminas y altas en el INSESO para 120 trabajadores",
            "Elaboración de los estados financieros mensuales según el plan OHADA",
            "Negociación con proveedores locales y de Camerún y Gabón",
            "Control del inventario del almacén y despacho de mercancías en el puerto",
            "Atención a clientes internacionales en español, francés e inglés",
            "Organización de cursos de seguridad (HSE) para el personal de plataforma",
            "Preparación de la documentación aduanera de importación",
            "Archivo y seguimiento de contratos con subcontratistas",
        ),
        skills=(
            "Microsoft Office (Word, Excel, PowerPoint)",
            "SAGE Contabilidad",
            "Gestión de nóminas",
            "Internet y correo electrónico",
            "SAP Business One",
            "Mecanografía",
        ),
        schools=(
            "Universidad Nacional de Guinea Ecuatorial (UNGE)",
            "Universidad Nacional de Educación a Distancia (UNED), Centro Asociado de Malabo",
            "Universidad de Alcalá",
            "Instituto Rey Malabo",
        ),
        degrees=(
            ("Licenciatura", "Ciencias Económicas"),
            ("Grado", "Administración y Dirección de Empresas"),
            ("Máster", "Gestión de Recursos Humanos"),
            ("Bachillerato", "Ciencias Sociales"),
        ),
    ),
    "pdf-turkmen-cv": Pool(
        first=("Аннагельдыева", "Овезмурадова", "Байрамдурдыева", "Чарыева", "Гурбанова"),
        last=("Огулджахан", "Айгозель", "Маягозель", "Энеш", "Джерен"),
        cities=(
            ("Ашхабад", None, "744000", "ул. Азади, д. 58, кв. 12"),
            ("Ашхабад", None, "744036", "мкр. Парахат-7, д. 14, кв. 33"),
            ("Ашхабад", None, "744013", "пр. Битарап Туркменистан, д. 112, кв. 5"),
        ),
        employers=(
            "ХО «Гарагум Логистика»",
            "ХК «Копетдаг Телеком»",
            "ОАО «Алтын Сувлы Гурлушык»",
            "Представительство ООО «Балкан Инжиниринг» в Туркменистане",
            "ИП «Мерген Сервис»",
        ),
        titles=(
            "Бухгалтер",
            "Главный бухгалтер",
            "Менеджер по закупкам",
            "Переводчик-референт",
            "Офис-менеджер",
        ),
        highlights=(
            "Ведение бухгалтерского и налогового учёта в полном объёме",
            "Подготовка и сдача отчётности в налоговые органы",
            "Расчёт заработной платы и отпускных для 85 сотрудников",
            "Письменный и устный перевод переговоров (русский, английский, туркменский)",
            "Подготовка контрактов с иностранными поставщиками",
            "Ведение делопроизводства и документооборота",
            "Контроль исполнения сметы расходов по объектам",
            "Организация командировок и визовой поддержки для иностранных специалистов",
        ),
        skills=(
            "1С:Бухгалтерия 8.3",
            "MS Excel",
            "MS Word",
            "Outlook",
            "Консультант Плюс",
            "Делопроизводство",
        ),
        schools=(
            "Туркменский государственный институт экономики и управления",
            "Туркменский национальный институт мировых языков имени Довлетмаммета Азади",
            "Международный университет гуманитарных наук и развития",
        ),
        degrees=(
            ("Специалист", "Бухгалтерский учёт и аудит"),
            ("Бакалавр", "Международные экономические отношения"),
            ("Специалист", "Перевод и переводоведение"),
        ),
    ),
    "docx-albanian-cv-word": Pool(
        first=("Ilirjana", "Erëza", "Blerina", "Dorina", "Xhensila", "Klodiana"),
        last=("Hoxhaj", "Shkëmbi", "Çela", "Dervishi", "Mërkuri", "Gjoka"),
        cities=(
            ("Tiranë", None, "1001", "Rruga e Kavajës, Pallati 118, Ap. 9"),
            ("Durrës", None, "2001", "Lagjja 13, Rruga Skënderbeu, Nr. 22"),
            ("Shkodër", None, "4001", "Rruga Kolë Idromeno, Nr. 7"),
        ),
        employers=(
            "Dajti Soft sh.p.k.",
            "Adriatik Logjistikë sh.a.",
            "Vlora Turizëm sh.p.k.",
            "Banka e Kursimeve Shqiptare sh.a.",
            "Drini Energji sh.p.k.",
        ),
        titles=(
            "Specialiste Marketingu",
            "Menaxhere Projekti",
            "Asistente Administrative",
            "Specialiste e Burimeve Njerëzore",
            "Koordinatore Shitjesh",
        ),
        highlights=(
            "Menaxhimi i fushatave në rrjetet sociale dhe raportimi mujor",
            "Koordinimi i ekipit prej 6 personash dhe planifikimi i punës javore",
            "Përgatitja e ofertave dhe kontratave me klientët",
            "Organizimi i panaireve dhe eventeve promovuese në Tiranë e Durrës",
            "Rekrutimi dhe trajnimi i punonjësve të rinj",
            "Ndjekja e pagesave dhe komunikimi me furnitorët",
            "Hartimi i raporteve për drejtorinë ekzekutive",
            "Përmirësimi i proceseve të brendshme me 20% më pak kohë",
        ),
        skills=(
            "Microsoft Office",
            "Canva",
            "Adobe Photoshop",
            "Google Ads",
            "Meta Business Suite",
            "Alpha Financial",
            "Komunikim dhe punë në grup",
        ),
        schools=(
            "Universiteti \u201cAleksandër Moisiu\u201d Durrës",
            "Universiteti i Shkodrës \u201cLuigj Gurakuqi\u201d",
            "Universiteti Europian i Tiranës",
            "Universiteti Bujqësor i Tiranës",
        ),
        degrees=(
            ("Bachelor", "Administrim Biznesi"),
            ("Master Shkencor", "Marketing"),
            ("Master Profesional", "Menaxhim i Burimeve Njerëzore"),
            ("Bachelor", "Ekonomiks"),
        ),
    ),
}

COUNTRY = {
    "pdf-south-sudanese-cv": "SS",
    "pdf-equatoguinean-cv": "GQ",
    "pdf-turkmen-cv": "TM",
    "docx-albanian-cv-word": "AL",
}

SS_SUMMARY = (
    "A committed and result-oriented humanitarian professional with experience in project "
    "implementation, monitoring and community engagement in South Sudan. Able to work under "
    "pressure, in hardship locations and with minimal supervision."
)
SS_REFEREES = (
    ("Mr. James Lado Wani", "Country Director", "+211 912 555 031", "jlado@nilehope.org"),
    ("Ms. Rebecca Akuol Majak", "Programme Manager", "+211 927 555 448", "rakuol@echi.org"),
    ("Dr. Peter Kenyi Lemi", "Lecturer, University of Juba", "+211 915 555 772", ""),
)
SS_TRAININGS = (
    "Certificate in Humanitarian Project Management, RedR UK, 2022",
    "Safe and Secure Approaches in Field Environments (SSAFE), UNDSS Juba, 2021",
    "Data Analysis with SPSS, Juba Institute of Statistics, 2019",
    "Protection from Sexual Exploitation and Abuse (PSEA), 2023",
)
GQ_PERFIL = (
    "Profesional responsable, organizada y con capacidad de trabajo en equipo, con "
    "experiencia en empresas del sector petrolero y de servicios en Guinea Ecuatorial."
)
GQ_LANGUAGES = (
    ("Español", "lengua materna"),
    ("Francés", "nivel alto"),
    ("Inglés", "nivel intermedio"),
    ("Fang", "nativo"),
    ("Bubi", "básico"),
)
TM_GOAL = "Соискание должности бухгалтера или переводчика в международной компании."
TM_QUALITIES = (
    "Ответственность, пунктуальность, стрессоустойчивость, умение работать в команде, "
    "быстрая обучаемость."
)
TM_LANGUAGES = (
    ("Туркменский", "родной"),
    ("Русский", "свободно"),
    ("Английский", "средний уровень (B1)"),
    ("Турецкий", "разговорный"),
)
AL_PROFILE = (
    "Profesioniste e përkushtuar me përvojë në sektorin privat, e orientuar drejt "
    "rezultateve dhe me aftësi të mira komunikimi dhe organizimi."
)
AL_LANGUAGES = (
    ("Anglisht", "C1"),
    ("Italisht", "B2"),
    ("Gjermanisht", "A2"),
    ("Greqisht", "A1"),
)


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-south-sudanese-cv":
        return {
            "dates": rng.choice(("long", "numeric")),
            "accent": rng.choice(((0, 0, 0), (0, 51, 102), (120, 20, 20))),
            "headline": rng.random() < 0.5,
            "long": rng.random() < 0.6,
        }
    if style == "pdf-equatoguinean-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "accent": rng.choice(((0, 94, 70), (30, 60, 120), (90, 90, 90))),
            "education_first": rng.random() < 0.5,
        }
    if style == "pdf-turkmen-cv":
        return {
            "dates": rng.choice(("numeric", "words")),
            "goal": rng.random() < 0.6,
            "grid": rng.random() < 0.5,
        }
    if style == "docx-albanian-cv-word":
        return {
            "dates": rng.choice(("words", "numeric")),
            "accent": rng.choice(("1F4E79", "C00000", "385623")),
            "headline": rng.random() < 0.5,
            "education_first": rng.random() < 0.4,
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(_latin(name)).split()
    first, last = slug[0], slug[-1]
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street, "postal": postal}
    label: str | None = None
    languages: list[tuple[str, str]] = []
    jobs = _chain(rng, pool, rng.choice((3, 4)), rng.random() < 0.7)
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    idx = rng.randrange(len(pool.degrees))
    if style == "pdf-south-sudanese-cv":
        phone = (
            f"+211 9{rng.choice((12, 15, 21, 27))} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        )
        email = f"{first}{last}{rng.randint(10, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        label = jobs[0].position
        extra["summary"] = SS_SUMMARY
        for job in jobs:
            job.city = rng.choice(("Juba", "Juba", "Yei", "Torit", "Bor", "Wau"))
        study, area = pool.degrees[idx]
        years = 2 if study == "Diploma" else 4
        degrees.append(
            Degree(pool.schools[idx], study, area, (end_year - years, 3), (end_year, 12))
        )
        extra["secondary"] = (
            "South Sudan Certificate of Secondary Education",
            rng.choice(("Juba Day Secondary School", "Comboni Secondary School, Juba")),
            end_year - years - 1,
        )
        extra["trainings"] = rng.sample(SS_TRAININGS, rng.randint(2, 3))
        extra["referees"] = list(SS_REFEREES[: rng.choice((2, 3))])
        extra["personal"] = (
            ("Date of Birth", f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 23}"),
            ("Nationality", "South Sudanese"),
            ("Marital Status", rng.choice(("Single", "Married"))),
        )
        skills = rng.sample(pool.skills, rng.randint(5, 7))
        languages = [("English", "Fluent (spoken and written)"), ("Arabic", "Juba Arabic, fluent")]
        languages += rng.sample((("Dinka", "Native"), ("Bari", "Native"), ("Swahili", "Fair")), 1)
    elif style == "pdf-equatoguinean-cv":
        phone = f"+240 222 {rng.randint(100, 999)} {rng.randint(100, 999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'hotmail.com', 'yahoo.es'))}"
        label = jobs[0].position
        for job in jobs:
            job.city = rng.choice(("Malabo", "Malabo", "Bata", "Luba"))
        study, area = pool.degrees[idx]
        if study == "Bachillerato":
            study, area = pool.degrees[0]
            idx = 0
        years = 1 if study == "Máster" else 4
        degrees.append(
            Degree(pool.schools[idx], study, area, (end_year - years, 10), (end_year, 7))
        )
        if study == "Máster":
            lic, larea = pool.degrees[0]
            degrees.append(
                Degree(pool.schools[0], lic, larea, (end_year - 6, 10), (end_year - 2, 7))
            )
        extra["summary"] = GQ_PERFIL
        extra["personal"] = (
            (
                "Fecha de nacimiento",
                f"{rng.randint(1, 28)} de {MESES[rng.randrange(12)]} de {end_year - 24}",
            ),
            ("Nacionalidad", "Ecuatoguineana"),
            ("Estado civil", rng.choice(("Soltera", "Casada"))),
        )
        skills = rng.sample(pool.skills, rng.randint(3, 5))
        languages = [GQ_LANGUAGES[0], *rng.sample(GQ_LANGUAGES[1:], rng.randint(2, 3))]
    elif style == "pdf-turkmen-cv":
        phone = f"+993 6{rng.randint(1, 5)} {rng.randint(10, 99)}-{rng.randint(10, 99)}-"
        phone += f"{rng.randint(10, 99)}"
        email = f"{last}.{first}{rng.randint(80, 99)}@{rng.choice(('mail.ru', 'gmail.com'))}"
        for job in jobs:
            job.city = "Ашхабад"
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 5, 9), (end_year, 6)))
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{end_year - 22}"
        extra["family"] = rng.choice(("замужем", "не замужем"))
        extra["goal"] = TM_GOAL
        extra["qualities"] = TM_QUALITIES
        skills = rng.sample(pool.skills, rng.randint(4, 6))
        languages = list(TM_LANGUAGES[: rng.randint(3, 4)])
    else:
        phone = f"+355 6{rng.choice((7, 8, 9))} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'yahoo.com', 'outlook.com'))}"
        label = jobs[0].position
        for job in jobs:
            job.city = rng.choice((city, "Tiranë"))
        study, area = pool.degrees[idx]
        if study.startswith("Master"):
            degrees.append(
                Degree(pool.schools[idx], study, area, (end_year - 2, 10), (end_year, 7))
            )
            end_year -= 2
            study, area = pool.degrees[0]
        degrees.append(
            Degree(rng.choice(pool.schools), study, area, (end_year - 3, 10), (end_year, 7))
        )
        extra["summary"] = AL_PROFILE
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(100, 999)}"
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{end_year - 22}"
        extra["licence"] = rng.random() < 0.5
        skills = rng.sample(pool.skills, rng.randint(4, 6))
        languages = [("Shqip", "Gjuha amtare"), *rng.sample(AL_LANGUAGES, rng.randint(1, 3))]
    return _Candidate(
        style=style,
        name=name,
        label=label,
        email=email,
        phone=phone,
        url=None,
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
    profiles = []
    if "linkedin" in extra:
        link = extra["linkedin"]
        profiles.append({"network": "LinkedIn", "username": link.rsplit("/", 1)[-1], "url": link})
    location: dict[str, Any] = {
        "address": extra["street"],
        "postalCode": extra["postal"]
        if style in ("pdf-turkmen-cv", "docx-albanian-cv-word")
        else None,
        "city": person.city,
        "region": person.region,
        "countryCode": COUNTRY[style],
    }
    label = person.label
    if style in ("pdf-south-sudanese-cv", "docx-albanian-cv-word") and not options["headline"]:
        label = None
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
    if style == "pdf-south-sudanese-cv":
        study, school, year = extra["secondary"]
        education.append({"institution": school, "studyType": study, "endDate": str(year)})
    skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    references = [
        {"name": ref[0], "reference": ", ".join(p for p in ref[1:] if p)}
        for ref in extra.get("referees", [])
    ]
    certificates = []
    if style == "pdf-south-sudanese-cv" and options["long"]:
        for item in extra["trainings"]:
            title, rest = item.split(", ", 1)
            issuer, _, year = rest.rpartition(", ")
            certificates.append(drop_empty({"name": title, "issuer": issuer, "date": year}))
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "certificates": certificates,
            "skills": skills,
            "languages": languages,
            "references": references,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-south-sudanese-cv":
        return _south_sudan(person, options), "pdf"
    if style == "pdf-equatoguinean-cv":
        return _equatorial_guinea(person, options), "pdf"
    if style == "pdf-turkmen-cv":
        return _turkmen(person, options), "pdf"
    if style == "docx-albanian-cv-word":
        return _albanian(person, options), "docx"
    raise ValueError(f"unknown style {style}")


class _Flow:
    """A top-to-bottom writer on A4 pages with a running footer."""

    def __init__(self, pdf: Any, top: float, bottom: float, footer: Any = None) -> None:
        self.pdf, self.top, self.bottom, self.footer = pdf, top, bottom, footer
        self.y = 0.0
        self.page()

    def page(self) -> None:
        self.pdf.add_page()
        if self.footer:
            self.footer(self.pdf)
        self.y = self.top

    def need(self, height: float) -> None:
        if self.y + height > self.bottom:
            self.page()


def _ss_month(month: Month | None, form: str) -> str:
    if form == "numeric":
        return "To date" if month is None else f"{month[1]:02d}/{month[0]}"
    return "Present" if month is None else f"{MONTHS_EN[month[1] - 1]} {month[0]}"


def _south_sudan(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV - {person.name}")
    x, width, key = 20.0, 170.0, 42.0

    def footer(doc: Any) -> None:
        doc.set_xy(x, 285)
        doc.set_font("Serif", "I", 7.5)
        doc.set_text_color(110, 110, 110)
        doc.cell(width, 4, f"Curriculum Vitae of {person.name}  |  Page {doc.page_no()}", align="C")
        doc.set_text_color(0, 0, 0)

    flow = _Flow(pdf, 16.0, 278.0, footer)

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 3
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text.upper())
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(x, flow.y + 6.6, x + width, flow.y + 6.6)
        flow.y += 9.5

    def bullets(items: list[str], indent: float = 4.0) -> None:
        for note in items:
            flow.need(5)
            pdf.set_xy(x + indent, flow.y)
            pdf.set_font("Serif", "", 9.6)
            pdf.cell(4.5, 4.9, "\u2022")
            pdf.multi_cell(width - indent - 4.5, 4.9, note, align="J")
            flow.y = pdf.get_y() + 0.5

    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "B", 13)
    pdf.cell(width, 6, "CURRICULUM VITAE", align="C")
    flow.y += 9
    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "B", 17)
    pdf.set_text_color(*accent)
    pdf.cell(width, 8, person.name.upper(), align="C")
    pdf.set_text_color(0, 0, 0)
    flow.y += 9
    if options["headline"]:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "I", 11)
        pdf.cell(width, 5.5, person.label or "", align="C")
        flow.y += 6.5
    pdf.set_font("Serif", "", 9.5)
    for line in (
        f"{extra['street']}, {person.city}, {person.region}, South Sudan",
        f"Tel: {person.phone}  |  Email: {person.email}",
    ):
        pdf.set_xy(x, flow.y)
        pdf.cell(width, 5, line, align="C")
        flow.y += 5
    heading("Personal Profile")
    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "", 9.8)
    pdf.multi_cell(width, 5, extra["summary"], align="J")
    flow.y = pdf.get_y() + 1
    heading("Personal Details")
    for k, v in extra["personal"]:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 9.6)
        pdf.cell(key, 5, k)
        pdf.set_font("Serif", "", 9.6)
        pdf.cell(width - key, 5, f": {v}")
        flow.y += 5.2
    heading("Work Experience")
    for job in person.jobs:
        flow.need(30)
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 9.8)
        span = f"{_ss_month(job.start, form)} \u2013 {_ss_month(job.end, form)}"
        pdf.cell(width, 5, span)
        flow.y += 5.3
        for k, v in (
            ("Position", job.position),
            ("Organization", job.company),
            ("Duty Station", job.city),
        ):
            pdf.set_xy(x, flow.y)
            pdf.set_font("Serif", "B", 9.6)
            pdf.cell(30, 5, f"{k}:")
            pdf.set_font("Serif", "", 9.6)
            pdf.cell(width - 30, 5, v)
            flow.y += 5.1
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "BI", 9.6)
        pdf.cell(width, 5, "Duties and Responsibilities:")
        flow.y += 5.5
        bullets(job.highlights)
        flow.y += 2.5
    heading("Education Background")
    rows = [
        (f"{d.start[0]} \u2013 {d.end[0]}", d.institution, f"{d.study} in {d.area}")
        for d in person.degrees
    ]
    study, school, year = extra["secondary"]
    rows.append((str(year), school, study))
    for span, school, what in rows:
        flow.need(12)
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 9.6)
        pdf.cell(32, 5, span)
        pdf.cell(width - 32, 5, school)
        pdf.set_xy(x + 32, flow.y + 5)
        pdf.set_font("Serif", "", 9.6)
        pdf.cell(width - 32, 5, what)
        flow.y += 11.5
    if options["long"]:
        heading("Trainings and Certificates")
        bullets(extra["trainings"], 2.0)
    heading("Skills")
    bullets(person.skills, 2.0)
    heading("Languages")
    for lang, level in person.languages:
        flow.need(6)
        pdf.set_xy(x + 2, flow.y)
        pdf.set_font("Serif", "B", 9.6)
        pdf.cell(30, 5, lang)
        pdf.set_font("Serif", "", 9.6)
        pdf.cell(width - 32, 5, f"\u2013  {level}")
        flow.y += 5.3
    heading("Referees")
    for number, ref in enumerate(extra["referees"], 1):
        flow.need(22)
        lines = [f"{number}. {ref[0]}", *[p for p in ref[1:] if p]]
        for offset, line in enumerate(lines):
            pdf.set_xy(x + 2, flow.y)
            pdf.set_font("Serif", "B" if offset == 0 else "", 9.6)
            pdf.cell(width - 2, 5, line if offset == 0 else f"    {line}")
            flow.y += 5
        flow.y += 2
    flow.need(16)
    flow.y += 3
    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "BI", 9.6)
    pdf.cell(width, 5, "Declaration")
    pdf.set_xy(x, flow.y + 5.5)
    pdf.set_font("Serif", "", 9.4)
    pdf.multi_cell(
        width,
        4.8,
        "I hereby declare that the information given above is true to the best of my knowledge.",
        align="L",
    )
    flow.y = pdf.get_y()
    _check(flow.y, 280, person)
    return bytes(pdf.output())


def _gq_month(month: Month | None, form: str) -> str:
    if month is None:
        return "actualidad"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MESES[month[1] - 1]} de {month[0]}"


def _equatorial_guinea(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Currículum Vitae - {person.name}")
    x, width, gutter = 18.0, 174.0, 40.0
    flow = _Flow(pdf, 0.0, 280.0)
    pdf.set_fill_color(*accent)
    pdf.rect(0, 0, 210, 38, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(x, 9)
    pdf.set_font("Sans", "B", 20)
    pdf.cell(width, 9, person.name)
    pdf.set_xy(x, 19)
    pdf.set_font("Sans", "", 11)
    pdf.cell(width, 6, person.label or "")
    pdf.set_xy(x, 27)
    pdf.set_font("Sans", "", 8.6)
    pdf.cell(width, 5, f"{person.phone}   \u2022   {person.email}")
    pdf.set_text_color(30, 30, 30)
    flow.y = 44.0

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 2.5
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(width, 5.5, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.4)
        pdf.line(x, flow.y + 6.2, x + width, flow.y + 6.2)
        pdf.set_text_color(30, 30, 30)
        flow.y += 8.5

    def pair(k: str, v: str) -> None:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 8.8)
        pdf.cell(gutter, 4.8, k)
        pdf.set_font("Sans", "", 8.8)
        pdf.multi_cell(width - gutter, 4.8, v, align="L")
        flow.y = pdf.get_y() + 0.4

    heading("DATOS PERSONALES")
    for k, v in extra["personal"]:
        pair(f"{k}:", v)
    pair("Dirección:", f"{extra['street']}, {person.city} ({person.region}), Guinea Ecuatorial")
    heading("PERFIL PROFESIONAL")
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "", 8.9)
    pdf.multi_cell(width, 4.7, extra["summary"], align="J")
    flow.y = pdf.get_y() + 1

    def experience() -> None:
        heading("EXPERIENCIA PROFESIONAL")
        for job in person.jobs:
            flow.need(26)
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "", 8.4)
            pdf.set_text_color(90, 90, 90)
            span = f"{_gq_month(job.start, form)} \u2013\n{_gq_month(job.end, form)}"
            pdf.multi_cell(gutter - 3, 4.4, span, align="L")
            pdf.set_text_color(30, 30, 30)
            pdf.set_xy(x + gutter, flow.y)
            pdf.set_font("Sans", "B", 9.4)
            pdf.cell(width - gutter, 4.8, job.position)
            pdf.set_xy(x + gutter, flow.y + 4.9)
            pdf.set_font("Sans", "I", 8.8)
            pdf.cell(width - gutter, 4.6, f"{job.company} ({job.city})")
            flow.y += 10.5
            for note in job.highlights:
                flow.need(5)
                pdf.set_xy(x + gutter, flow.y)
                pdf.set_font("Sans", "", 8.7)
                pdf.cell(3.5, 4.4, "-")
                pdf.multi_cell(width - gutter - 3.5, 4.4, note, align="L")
                flow.y = pdf.get_y() + 0.3
            flow.y += 2.5

    def education() -> None:
        heading("FORMACIÓN ACADÉMICA")
        for d in person.degrees:
            flow.need(12)
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "", 8.4)
            pdf.set_text_color(90, 90, 90)
            pdf.cell(gutter, 4.8, f"{d.start[0]} \u2013 {d.end[0]}")
            pdf.set_text_color(30, 30, 30)
            pdf.set_font("Sans", "B", 9.2)
            pdf.multi_cell(width - gutter, 4.8, f"{d.study} en {d.area}", align="L")
            pdf.set_xy(x + gutter, pdf.get_y())
            pdf.set_font("Sans", "I", 8.8)
            pdf.multi_cell(width - gutter, 4.6, d.institution, align="L")
            flow.y = pdf.get_y() + 2.5

    for part in (education, experience) if options["education_first"] else (experience, education):
        part()
    heading("IDIOMAS")
    for lang, level in person.languages:
        flow.need(6)
        pair(f"{lang}:", level)
    heading("INFORMÁTICA Y OTROS CONOCIMIENTOS")
    for skill in person.skills:
        flow.need(6)
        pdf.set_xy(x + 2, flow.y)
        pdf.set_font("Sans", "", 8.8)
        pdf.cell(4, 4.8, "\u2022")
        pdf.cell(width - 6, 4.8, skill)
        flow.y += 5
    _check(flow.y, 285, person)
    return bytes(pdf.output())


def _tm_month(month: Month | None, form: str) -> str:
    if month is None:
        return "по настоящее время"
    if form == "numeric":
        return f"{month[1]:02d}.{month[0]}"
    return f"{MESYATSY[month[1] - 1]} {month[0]} г."


def _turkmen(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Резюме {person.name}")
    x, width, key = 20.0, 170.0, 48.0
    flow = _Flow(pdf, 18.0, 282.0)
    grid = options["grid"]
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.25)

    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "B", 16)
    pdf.cell(width, 8, "РЕЗЮМЕ", align="C")
    flow.y += 12
    pdf.rect(x + width - 30, flow.y, 30, 38)
    pdf.set_xy(x + width - 30, flow.y + 17)
    pdf.set_font("Serif", "", 7)
    pdf.set_text_color(140, 140, 140)
    pdf.cell(30, 4, "фото 3×4", align="C")
    pdf.set_text_color(0, 0, 0)

    def row(k: str, v: str, w: float, bold_value: bool = False) -> None:
        top = flow.y
        pdf.set_xy(x + key, top + 0.6)
        pdf.set_font("Serif", "B" if bold_value else "", 9.6)
        pdf.multi_cell(w - key - 1.5, 5, v, align="L")
        bottom = pdf.get_y() + 0.8
        pdf.set_xy(x + 1, top + 0.6)
        pdf.set_font("Serif", "B", 9.6)
        pdf.multi_cell(key - 2, 5, k, align="L")
        bottom = max(bottom, pdf.get_y() + 0.8)
        if grid:
            pdf.rect(x, top, key, bottom - top)
            pdf.rect(x + key, top, w - key, bottom - top)
        flow.y = bottom + (0 if grid else 0.8)

    short = width - 36
    row("Ф.И.О.:", person.name, short, True)
    row("Дата рождения:", extra["born"], short)
    row("Семейное положение:", extra["family"], short)
    row("Адрес:", f"{extra['postal']}, Туркменистан, г. {person.city}, {extra['street']}", short)
    row("Телефон:", person.phone, short)
    row("E-mail:", person.email, short)
    flow.y = max(flow.y, 68.0) + 4

    def heading(text: str) -> None:
        flow.need(22)
        flow.y += 3
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 11)
        pdf.set_fill_color(225, 225, 225)
        pdf.cell(width, 6.5, text, align="C", fill=True, border=1 if grid else 0)
        flow.y += 9

    if options["goal"]:
        heading("Цель")
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "", 9.6)
        pdf.multi_cell(width, 5, extra["goal"], align="L")
        flow.y = pdf.get_y() + 1
    heading("Образование")
    for d in person.degrees:
        flow.need(18)
        text = f"{d.institution}\nСпециальность: {d.area}\nКвалификация: {d.study}"
        row(f"{d.start[0]}\u2013{d.end[0]} гг.", text, width)
    heading("Опыт работы")
    for job in person.jobs:
        flow.need(34)
        top = flow.y
        pdf.set_xy(x + 1, top + 0.6)
        pdf.set_font("Serif", "B", 9.4)
        pdf.multi_cell(
            key - 2, 5, f"{_tm_month(job.start, form)} \u2013\n{_tm_month(job.end, form)}"
        )
        left_bottom = pdf.get_y()
        pdf.set_xy(x + key, top + 0.6)
        pdf.set_font("Serif", "B", 9.6)
        pdf.multi_cell(width - key - 1.5, 5, f"{job.company}, г. {job.city}", align="L")
        pdf.set_xy(x + key, pdf.get_y())
        pdf.set_font("Serif", "I", 9.6)
        pdf.multi_cell(width - key - 1.5, 5, f"Должность: {job.position}", align="L")
        pdf.set_xy(x + key, pdf.get_y())
        pdf.set_font("Serif", "", 9.4)
        pdf.cell(width - key, 5, "Обязанности:")
        flow.y = pdf.get_y() + 5
        for note in job.highlights:
            pdf.set_xy(x + key + 2, flow.y)
            pdf.cell(4, 4.8, "\u2013")
            pdf.multi_cell(width - key - 7.5, 4.8, note, align="L")
            flow.y = pdf.get_y() + 0.3
        bottom = max(flow.y, left_bottom) + 1
        if grid:
            pdf.rect(x, top, key, bottom - top)
            pdf.rect(x + key, top, width - key, bottom - top)
        flow.y = bottom + (0 if grid else 2)
    heading("Профессиональные навыки")
    row("Компьютер:", ", ".join(person.skills), width)
    row("Знание языков:", "; ".join(f"{a} \u2013 {b}" for a, b in person.languages), width)
    heading("Личные качества")
    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "", 9.6)
    pdf.multi_cell(width, 5, extra["qualities"], align="L")
    flow.y = pdf.get_y()
    _check(flow.y, 285, person)
    return bytes(pdf.output())


def _al_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Aktualisht" if form == "words" else "në vazhdim"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MUAJT[month[1] - 1]} {month[0]}"


def _albanian(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    form, extra = options["dates"], person.extra
    accent = RGBColor.from_string(options["accent"])
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = person.name
    properties.title = "CV"
    properties.revision = 3
    for section in document.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(2.0)
        section.top_margin = section.bottom_margin = Cm(1.8)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(2)

    def para(text: str = "", bold: bool = False, size: float | None = None) -> Any:
        paragraph = document.add_paragraph()
        if text:
            run = paragraph.add_run(text)
            run.bold = bold
            if size:
                run.font.size = Pt(size)
        return paragraph

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.space_after = Pt(4)
        run = paragraph.add_run(text.upper())
        run.bold, run.font.size, run.font.color.rgb = True, Pt(12), accent
        border = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for attr, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1")):
            bottom.set(qn(attr), value)
        bottom.set(qn("w:color"), options["accent"])
        border.append(bottom)
        paragraph._p.get_or_add_pPr().append(border)

    title = para(person.name, True, 22)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.runs[0].font.color.rgb = accent
    if options["headline"]:
        headline = para(person.label or "", False, 13)
        headline.alignment = WD_ALIGN_PARAGRAPH.CENTER
        headline.runs[0].italic = True
    heading("Të dhëna personale")
    details = [
        ("Adresa", f"{extra['street']}, {extra['postal']} {person.city}, Shqipëri"),
        ("Celular", person.phone),
        ("E-mail", person.email),
        ("LinkedIn", extra["linkedin"]),
        ("Datëlindja", extra["born"]),
        ("Shtetësia", "Shqiptare"),
    ]
    table = document.add_table(rows=0, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    table.columns[0].width, table.columns[1].width = Cm(4.0), Cm(13.0)
    for k, v in details:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Cm(4.0), Cm(13.0)
        cells[0].paragraphs[0].add_run(f"{k}:").bold = True
        cells[1].paragraphs[0].add_run(v)
    heading("Profili")
    para(extra["summary"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    def experience() -> None:
        heading("Përvoja profesionale")
        for job in person.jobs:
            paragraph = para()
            paragraph.paragraph_format.space_before = Pt(6)
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), 2)
            run = paragraph.add_run(job.position)
            run.bold = True
            span = f"\t{_al_month(job.start, form)} \u2013 {_al_month(job.end, form)}"
            paragraph.add_run(span).italic = True
            where = para(f"{job.company}, {job.city}")
            where.runs[0].italic = True
            for note in job.highlights:
                document.add_paragraph(note, style="List Bullet")

    def education() -> None:
        heading("Arsimimi")
        for d in person.degrees:
            paragraph = para()
            paragraph.paragraph_format.space_before = Pt(6)
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), 2)
            paragraph.add_run(f"{d.study} në {d.area}").bold = True
            paragraph.add_run(f"\t{d.start[0]} \u2013 {d.end[0]}").italic = True
            para(d.institution)

    for part in (education, experience) if options["education_first"] else (experience, education):
        part()
    heading("Gjuhët e huaja")
    for lang, level in person.languages:
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(f"{lang}: ").bold = True
        paragraph.add_run(level)
    heading("Aftësi kompjuterike dhe të tjera")
    for skill in person.skills:
        document.add_paragraph(skill, style="List Bullet")
    if extra["licence"]:
        heading("Patentë drejtimi")
        para("Kategoria B")
    heading("Referenca")
    para("Ofrohen me kërkesë.")
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())

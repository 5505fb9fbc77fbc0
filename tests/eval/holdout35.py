"""Thirty-fifth held-out round ("holdout-35"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts: pdf-latvian-cv,
pdf-iranian-english, pdf-venezuelan-cv and docx-australian-resume. The round is sealed: the
layouts are described only in the code below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, normalise_zip, profile_links

HOLDOUT_TAG = "holdout-35"
GENERATOR = "tests/eval/holdout35.py"
SEED = 3_518_394

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-latvian-cv", 3),
    ("pdf-iranian-english", 3),
    ("pdf-venezuelan-cv", 3),
    ("docx-australian-resume", 3),
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
MESES = (
    "Enero",
    "Febrero",
    "Marzo",
    "Abril",
    "Mayo",
    "Junio",
    "Julio",
    "Agosto",
    "Septiembre",
    "Octubre",
    "Noviembre",
    "Diciembre",
)

POOLS: dict[str, Pool] = {
    "pdf-latvian-cv": Pool(
        first=("Ilze", "Dace", "Agnese", "Inese", "Baiba", "Anete"),
        last=("Bērziņa", "Kalniņa", "Ozoliņa", "Krūmiņa", "Vītoliņa"),
        cities=(
            ("Rīga", None, "LV-1011", "Brīvības iela 112-7"),
            ("Rīga", None, "LV-1050", "Tērbatas iela 41-3"),
            ("Jūrmala", None, "LV-2015", "Jomas iela 58-2"),
        ),
        employers=(
            "SIA „Daugavas Tehnoloģijas”",
            "AS Vidzemes Loģistika",
            "SIA Gaujas Digitālie Risinājumi",
            "AS „Kurzemes Apdrošināšana”",
        ),
        titles=(
            "Vecākā projektu vadītāja",
            "IT projektu vadītāja",
            "Biznesa analītiķe",
            "Sistēmu analītiķe",
        ),
        highlights=(
            "Klientu apkalpošanas portāla ieviešanas projekta vadība (budžets 420 000 EUR)",
            "Prasību apkopošana un dokumentēšana sadarbībā ar biznesa pārstāvjiem",
            "Darbs ar Jira un Confluence, Scrum procesu organizēšana",
            "Piegādātāju iepirkumu dokumentācijas sagatavošana",
            "Projekta komandas (8 cilvēki) darba plānošana un koordinēšana",
            "Regulāru atskaišu sagatavošana valdei par projektu portfeli",
            "Testēšanas scenāriju izstrāde un lietotāju akcepttestu vadīšana",
            "Jauno darbinieku apmācība un ievadīšana darbā",
            "Biznesa procesu modelēšana BPMN notācijā un to optimizācija",
            "Projektu risku vadība un izmaiņu pieprasījumu izvērtēšana",
            "Sadarbība ar ārpakalpojumu izstrādātājiem Lietuvā un Polijā",
            "ES fondu līdzfinansēta projekta dokumentācijas un atskaišu sagatavošana",
        ),
        skills=("MS Project", "Jira", "Confluence", "SQL", "Power BI", "MS Excel", "BPMN"),
        schools=(
            "Latvijas Universitāte",
            "Rīgas Tehniskā universitāte",
            "Banku augstskola",
        ),
        degrees=(
            ("Bakalaura grāds", "Datorzinātnes"),
            ("Maģistra grāds", "Informācijas tehnoloģijas"),
            ("Profesionālais bakalaura grāds", "Uzņēmējdarbības vadība"),
        ),
    ),
    "pdf-iranian-english": Pool(
        first=("Amirhossein", "Parisa", "Mohammadreza", "Niloufar", "Arash", "Shaghayegh"),
        last=("Tabatabaei", "Ghorbanzadeh", "Mousavinejad", "Rahimpour", "Sadeghian"),
        cities=(
            ("Tehran", None, None, ""),
            ("Isfahan", None, None, ""),
            ("Shiraz", None, None, ""),
        ),
        employers=(
            "Arvand Data Systems",
            "Zagros Cloud Co.",
            "Sepehr Payment Solutions",
            "Dena Software Group",
        ),
        titles=(
            "Senior Backend Developer",
            "Backend Developer",
            "Software Engineer",
            "Android Developer",
        ),
        highlights=(
            "Designed and implemented RESTful APIs with Django REST Framework for 2M users",
            "Migrated the payment gateway from a monolith to microservices using Docker",
            "Reduced database query time by 60% through indexing and Redis caching",
            "Implemented CI/CD pipelines with GitLab CI and automated unit testing",
            "Mentored three junior developers and conducted weekly code reviews",
            "Integrated Shaparak payment services and SMS gateways",
            "Developed an internal monitoring dashboard with Grafana and Prometheus",
            "Collaborated with the product team to define technical requirements",
            "Wrote technical documentation and API specifications with OpenAPI",
            "Optimized Celery background jobs, cutting processing time from 4 hours to 40 minutes",
            "Built a Kotlin Android app for merchants with more than 100K installs",
            "Set up centralized logging with the ELK stack for 30 services",
        ),
        skills=(),
        schools=(
            "Iran University of Science and Technology",
            "Shahid Beheshti University",
            "Ferdowsi University of Mashhad",
        ),
        degrees=(
            ("M.Sc.", "Software Engineering"),
            ("B.Sc.", "Computer Engineering"),
            ("B.Sc.", "Information Technology Engineering"),
        ),
    ),
    "pdf-venezuelan-cv": Pool(
        first=("Yusmary", "Andreína", "Yorgelis", "Maryelis", "Oriana"),
        last=("Villasmil Chacín", "Briceño Lugo", "Mavárez Fuenmayor", "Añez Montilla"),
        cities=(
            (
                "Caracas",
                "Distrito Capital",
                "1060",
                "Av. Francisco de Miranda, Edif. Centro Ávila, Piso 6, Apto. 6-B, Los Palos "
                "Grandes",
            ),
            ("Maracaibo", "Zulia", "4001", "Calle 72 con Av. 3E, Residencias Tamacuro, Apto. 4-C"),
            ("Valencia", "Carabobo", "2001", "Urb. El Viñedo, Av. 104, Qta. Los Mangos"),
        ),
        employers=(
            "Corporación Morichal, C.A.",
            "Distribuidora Tacarigua, C.A.",
            "Servicios Contables Catatumbo, S.R.L.",
            "Inversiones Guaraira 2010, C.A.",
        ),
        titles=(
            "Coordinadora de Administración",
            "Contadora General",
            "Analista Contable",
            "Asistente Administrativa",
        ),
        highlights=(
            "Elaboración de estados financieros mensuales y anuales bajo VEN-NIF",
            "Declaración y pago de IVA, ISLR y retenciones ante el SENIAT",
            "Conciliaciones bancarias en bolívares y divisas",
            "Control de cuentas por cobrar y por pagar",
            "Cálculo de nómina, prestaciones sociales y aportes parafiscales (IVSS, FAOV, INCES)",
            "Supervisión de un equipo de cuatro asistentes contables",
            "Atención de fiscalizaciones y auditorías externas",
            "Registro de operaciones en el sistema administrativo Profit Plus",
            "Elaboración del presupuesto anual y seguimiento mensual de su ejecución",
            "Gestión de pagos a proveedores nacionales e internacionales",
            "Control de inventarios y cierres contables mensuales",
            "Trámites ante el Registro Mercantil, alcaldías y entes públicos",
        ),
        skills=(
            "Microsoft Office (Excel avanzado)",
            "Profit Plus Contabilidad",
            "Saint Administrativo",
            "Galac Software",
            "Portal fiscal del SENIAT",
        ),
        schools=(
            "Universidad Central de Venezuela",
            "Universidad del Zulia",
            "Universidad de Carabobo",
        ),
        degrees=(
            ("Licenciada", "Contaduría Pública"),
            ("Licenciada", "Administración Comercial"),
            ("Licenciada", "Contaduría Pública"),
        ),
    ),
    "docx-australian-resume": Pool(
        first=("Shaylee", "Kodie", "Keeley", "Bailey", "Maddison", "Corey"),
        last=("Gillespie-Ward", "Thistlethwaite", "Ballantyne", "Kowalczuk", "Treloar"),
        cities=(
            ("Parramatta", "NSW", "2150", ""),
            ("Fortitude Valley", "QLD", "4006", ""),
            ("Joondalup", "WA", "6027", ""),
        ),
        employers=(
            "Swanvale Freight Pty Ltd",
            "Coral Coast Distribution",
            "Brindabella Foods Pty Ltd",
            "Nullarbor Haulage Services",
        ),
        titles=(
            "Supply Chain Coordinator",
            "Logistics Analyst",
            "Warehouse Operations Supervisor",
            "Inventory Controller",
        ),
        highlights=(),
        skills=(
            "Inventory control and cycle counts",
            "Carrier negotiation and freight costing",
            "SAP S/4HANA (MM, EWM)",
            "Advanced Excel (pivot tables, Power Query)",
            "WHS compliance and incident reporting",
            "Stakeholder management",
            "Forklift licence (LF class)",
        ),
        schools=(
            "Griffith University",
            "Western Sydney University",
            "Edith Cowan University",
        ),
        degrees=(
            ("Bachelor of Business", "Logistics and Supply Chain Management"),
            ("Bachelor of Commerce", "Supply Chain and Logistics"),
            ("Bachelor of Business", "Management"),
        ),
    ),
}

AU_RESPONSIBILITIES = (
    "Coordinate inbound and outbound freight for three distribution centres",
    "Maintain stock accuracy through weekly cycle counts and monthly stocktakes",
    "Liaise with suppliers, carriers and customer service on delivery issues",
    "Prepare weekly KPI reports for the National Logistics Manager",
    "Roster and supervise a team of 14 warehouse staff across two shifts",
    "Process purchase orders and goods receipts in SAP",
    "Conduct toolbox talks and ensure compliance with WHS procedures",
    "Plan delivery routes for metropolitan and regional runs",
)
AU_ACHIEVEMENTS = (
    "Reduced freight spend by 12% ($380K p.a.) by renegotiating carrier contracts",
    "Improved DIFOT from 91% to 97.5% within 12 months",
    "Led the go-live of a new WMS with zero lost trading days",
    "Cut stock write-offs by 30% by introducing FEFO picking",
    "Recognised with the 2023 Regional Excellence Award",
    "Achieved 18 months without a lost-time injury on site",
)
AU_REFEREES = (
    ("Warwick Cuthbertson", "National Logistics Manager", "0418 552 913"),
    ("Natalie Ferreira-Hume", "Operations Manager", "0421 774 305"),
    ("Graham Tuckwell", "Warehouse Manager", "0433 190 268"),
)

AU_CAPITALS = {"NSW": "Sydney", "QLD": "Brisbane", "WA": "Perth"}
COUNTRY = {"pdf-latvian-cv": "LV", "pdf-iranian-english": "IR", "pdf-venezuelan-cv": "VE"}

LV_SUMMARY = (
    "Pieredzējusi IT projektu vadītāja ar vairāku gadu pieredzi valsts un privātā "
    "sektora projektos. Orientēta uz rezultātu, precīza, ar labām komunikācijas prasmēm."
)
LV_LANGUAGES = (("Angļu", "C1"), ("Krievu", "B2"), ("Vācu", "A2"))
IR_SUMMARY = (
    "Backend developer with hands-on experience building scalable web services and payment "
    "systems. Interested in distributed systems and clean architecture, and looking for a "
    "challenging position in an international team."
)
IR_CATEGORIES = (
    ("Programming Languages", ("Python", "Go", "Java", "Kotlin")),
    ("Frameworks", ("Django", "Django REST Framework", "FastAPI", "Spring Boot")),
    ("Databases", ("PostgreSQL", "MySQL", "Redis", "MongoDB")),
    ("DevOps", ("Docker", "Kubernetes", "GitLab CI", "Linux (Ubuntu, CentOS)")),
)
IR_CERTS = (
    ("Certified Kubernetes Application Developer (CKAD)", "The Linux Foundation", 2023),
    ("Machine Learning", "Coursera (Stanford University)", 2021),
    ("Oracle Certified Professional: Java SE 11 Developer", "Oracle", 2020),
)
VE_SUMMARY = (
    "Profesional de la Contaduría Pública con experiencia en el área administrativa y "
    "tributaria de empresas comerciales e industriales. Persona responsable, proactiva, con "
    "capacidad para trabajar en equipo y bajo presión."
)
VE_COURSES = (
    ("Taller de Adopción de VEN-NIF para PYMES", "Colegio de Contadores Públicos", 2019),
    ("Curso de Excel Avanzado", "CECAP", 2018),
    ("Diplomado en Gerencia Tributaria", "Universidad Católica Andrés Bello", 2020),
    ("Taller de Retenciones de IVA e ISLR", "Cámara de Comercio de Valencia", 2017),
)
VE_REFEREES = (
    ("Lcda. Carmen Elena Mujica", "0412-6613027"),
    ("Ing. Ramón Antonio Zambrano", "0416-4470951"),
    ("Lcdo. José Gregorio Parra", "0424-5519382"),
)
AU_SUMMARY = (
    "Results-driven supply chain professional with hands-on experience across warehousing, "
    "transport and inventory planning. Known for building strong relationships with carriers "
    "and suppliers and for a practical, safety-first approach on the floor."
)


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-latvian-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "accent": rng.choice(((158, 48, 57), (40, 70, 110), (60, 60, 60))),
            "headline": rng.random() < 0.6,
            "skills_first": rng.random() < 0.4,
        }
    if style == "pdf-iranian-english":
        return {
            "dates": rng.choice(("mon", "slash", "years")),
            "accent": rng.choice(((0, 51, 102), (20, 20, 20), (0, 102, 102))),
            "headline": rng.random() < 0.5,
            "education_first": rng.random() < 0.5,
        }
    if style == "pdf-venezuelan-cv":
        return {
            "title": rng.choice(("RESUMEN CURRICULAR", "SÍNTESIS CURRICULAR")),
            "dates": rng.choice(("words", "numeric")),
            "accent": rng.choice(((0, 0, 0), (31, 56, 100), (120, 20, 20))),
        }
    if style == "docx-australian-resume":
        return {
            "dates": rng.choice(("mon", "long", "numeric")),
            "present": rng.choice(("Present", "Current")),
            "referees": rng.random() < 0.7,
            "headline": rng.random() < 0.5,
            "font": rng.choice(("Calibri", "Arial")),
            "skills_grid": rng.random() < 0.6,
        }
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
    skills: list[str] = []
    degrees: list[Degree] = []
    if style == "docx-australian-resume":
        jobs = _chain(rng, POOLS["pdf-iranian-english"], 1, rng.random() < 0.7)
        companies = rng.sample(pool.employers, len(jobs))
        titles = rng.sample(pool.titles, len(jobs))
        resp = rng.sample(AU_RESPONSIBILITIES, len(AU_RESPONSIBILITIES))
        ach = rng.sample(AU_ACHIEVEMENTS, len(AU_ACHIEVEMENTS))
        splits = []
        for job, company, title in zip(jobs, companies, titles, strict=True):
            job.company, job.position = company, title
            n_resp, n_ach = rng.randint(2, 3), rng.randint(1, 2)
            job.highlights = resp[:n_resp] + ach[:n_ach]
            resp, ach = resp[n_resp:], ach[n_ach:]
            splits.append(n_resp)
        extra["splits"] = splits
    else:
        jobs = _chain(rng, pool, rng.choice((3, 4)), rng.random() < 0.7)
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    if style == "pdf-latvian-cv":
        phone = f"+371 2{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'inbox.lv'))}"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(10, 99)}"
        extra["summary"] = LV_SUMMARY
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{end_year - 22}."
        for job in jobs:
            job.city = rng.choice((city, "Rīga"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if study.startswith("Maģistra"):
            degrees.append(Degree(pool.schools[idx], study, area, (end_year - 2, 9), (end_year, 6)))
            end_year -= 2
            study, area = pool.degrees[0]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 9), (end_year, 6)))
        languages = [("Latviešu", "dzimtā valoda"), *LV_LANGUAGES[: rng.randint(1, 3)]]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
        extra["licence"] = rng.random() < 0.5
    elif style == "pdf-iranian-english":
        operator = rng.choice(("912", "935", "919", "901"))
        digits = f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        phone = rng.choice((f"+98 {operator} {digits}", f"(+98) {operator} {digits}"))
        email = f"{first}.{last}{rng.randint(70, 99)}@gmail.com"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        if rng.random() < 0.7:
            extra["github"] = f"https://github.com/{first[:4]}{last[:6]}"
        extra["summary"] = IR_SUMMARY
        extra["born"] = f"{end_year - 23}"
        extra["military"] = rng.choice(("Completed", "Permanent exemption", "Exempt (elite)"))
        if first in ("parisa", "niloufar", "shaghayegh"):
            extra["military"] = None
        extra["marital"] = rng.choice(("Single", "Married"))
        for job in jobs:
            job.city = rng.choice((city, "Tehran"))
        msc = rng.random() < 0.6
        bsc_school = rng.choice(pool.schools)
        if msc:
            degrees.append(
                Degree(
                    rng.choice(pool.schools),
                    "M.Sc.",
                    "Software Engineering",
                    (end_year - 2, 9),
                    (end_year, 9),
                )
            )
            end_year -= 2
        study, area = rng.choice(pool.degrees[1:])
        degrees.append(Degree(bsc_school, study, area, (end_year - 4, 9), (end_year, 7)))
        extra["gpa"] = [f"{rng.randint(15, 18)}.{rng.randint(10, 95)}/20" for _ in degrees]
        cats = rng.sample(IR_CATEGORIES, rng.randint(3, 4))
        extra["categories"] = [(c, list(k)) for c, k in cats]
        extra["certs"] = rng.sample(IR_CERTS, rng.randint(1, 3))
        rank = rng.randint(300, 2400)
        extra["honors"] = rng.sample(
            (
                f"Ranked {rank:,} among more than 150,000 participants in the national university "
                "entrance exam (Konkur)",
                "Top 10% of the class in the B.Sc. program",
                "Member of the Iran National Elites Foundation",
                "Finalist, ACM ICPC Tehran Regional Contest",
            ),
            rng.randint(0, 2),
        )
        english = rng.choice(
            (
                "Fluent (IELTS Academic 7.5)",
                "Professional working proficiency",
                "Upper-intermediate",
            )
        )
        languages = [("Persian", "Native"), ("English", english)]
        if rng.random() < 0.4:
            languages.append(("Arabic", "Basic"))
    elif style == "pdf-venezuelan-cv":
        mobile = f"{rng.choice(('0414', '0424', '0412', '0416'))}-{rng.randint(100, 999)}"
        phone = rng.choice(
            (
                f"{mobile}.{rng.randint(10, 99)}.{rng.randint(10, 99)}",
                f"+58 {mobile[1:]}-{rng.randint(1000, 9999)}",
            )
        )
        email = f"{first}{last[:6]}{rng.randint(10, 99)}@{rng.choice(('gmail.com', 'hotmail.com'))}"
        given = {
            "Yusmary": "Yusmary Carolina",
            "Andreína": "Andreína Josefina",
            "Yorgelis": "Yorgelis del Valle",
            "Maryelis": "Maryelis Alejandra",
            "Oriana": "Oriana Beatriz",
        }
        first_names, surnames = name.split(" ", 1)
        name = f"{given[first_names]} {surnames}"
        extra["cedula"] = f"V-{rng.randint(14, 24)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 22}"
        extra["birthplace"] = f"{rng.choice(('Barquisimeto', 'Maracay', 'Mérida', city))}"
        extra["civil"] = rng.choice(("Soltera", "Casada"))
        extra["summary"] = VE_SUMMARY
        for job in jobs:
            job.city = rng.choice((city, "Caracas"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 5, 10), (end_year, 7)))
        extra["liceo"] = (
            rng.choice(("U.E. Colegio Santa Rosa de Lima", "U.E.N. Liceo Andrés Eloy Blanco")),
            end_year - 5,
        )
        extra["courses"] = rng.sample(VE_COURSES, rng.randint(2, 3))
        extra["referees"] = rng.sample(VE_REFEREES, 2)
        skills = rng.sample(pool.skills, rng.randint(3, 5))
        languages = [("Español", "Nativo"), ("Inglés", rng.choice(("Básico", "Intermedio")))]
    else:
        phone = f"04{rng.randint(0, 9)}{rng.randint(1, 9)} {rng.randint(100, 999)} "
        phone += f"{rng.randint(100, 999)}"
        email = f"{first}.{last.replace('-', '')}@{rng.choice(('outlook.com', 'bigpond.com'))}"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}{last.replace('-', '')}"
        extra["summary"] = AU_SUMMARY
        label = jobs[0].position
        for job in jobs:
            job.city = f"{rng.choice((city, AU_CAPITALS[region]))} {region}"
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 3, 2), (end_year, 11)))
        extra["certs"] = rng.sample(
            (
                "Certificate IV in Work Health and Safety",
                "Licence to perform high risk work \u2013 Forklift (LF)",
                "First Aid (HLTAID011)",
                "Lean Six Sigma Yellow Belt",
            ),
            rng.randint(2, 3),
        )
        extra["referees"] = rng.sample(AU_REFEREES, 2)
        skills = rng.sample(pool.skills, rng.randint(5, 7))
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
    profiles = profile_links(extra)
    location: dict[str, Any] = {
        "address": extra["street"],
        "postalCode": extra["postal"],
        "city": person.city,
        "region": person.region,
        "countryCode": COUNTRY.get(style),
    }
    if style == "pdf-venezuelan-cv":
        location["postalCode"] = None
    label = person.label
    if style in ("pdf-latvian-cv", "pdf-iranian-english", "docx-australian-resume"):
        label = person.label if options["headline"] else None
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
    for i, d in enumerate(person.degrees):
        item: dict[str, Any] = {"institution": d.institution, "studyType": d.study, "area": d.area}
        if style in ("pdf-venezuelan-cv", "docx-australian-resume"):
            item["endDate"] = str(d.end[0])
        elif style == "pdf-iranian-english":
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
            item["score"] = extra["gpa"][i]
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        education.append(drop_empty(item))
    if "categories" in extra:
        skills = [{"name": c, "keywords": k} for c, k in extra["categories"]]
    else:
        skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    references = []
    if style == "docx-australian-resume" and options["referees"]:
        references = [
            {"name": ref, "reference": f"{role}, {company}"}
            for (ref, role, mobile), company in zip(
                extra["referees"], _au_ref_companies(person), strict=True
            )
        ]
    if style == "docx-australian-resume":
        certificates = [{"name": name} for name in extra["certs"]]
    else:
        certificates = [
            {"name": name, "issuer": issuer, "date": str(year)}
            for name, issuer, year in extra.get("certs", extra.get("courses", []))
        ]
    awards = [{"title": honor} for honor in extra.get("honors", [])]
    if style == "pdf-venezuelan-cv":
        references = [{"name": ref, "reference": mobile} for ref, mobile in extra["referees"]]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "certificates": certificates,
            "awards": awards,
            "skills": skills,
            "languages": languages,
            "references": references,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


def _au_ref_companies(person: Candidate) -> list[str]:
    jobs = person.jobs
    return [jobs[0].company, jobs[1].company if len(jobs) > 1 else jobs[0].company]


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-latvian-cv":
        return _latvian(person, options), "pdf"
    if style == "pdf-iranian-english":
        return _iranian(person, options), "pdf"
    if style == "pdf-venezuelan-cv":
        return _venezuelan(person, options), "pdf"
    if style == "docx-australian-resume":
        return _australian(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _lv_month(month: Month | None, form: str) -> str:
    if form == "numeric":
        return "šobrīd" if month is None else f"{month[1]:02d}.{month[0]}"
    return "līdz šim" if month is None else f"{month[0]}. gada {MENESI[month[1] - 1]}"


def _latvian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV_{ascii_slug(person.name).replace(' ', '_')}")
    x, width, gutter = 18.0, 174.0, 46.0
    ink = (30, 30, 30)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 286)
        pdf.set_font("Sans", "", 7.5)
        pdf.set_text_color(130, 130, 130)
        pdf.cell(width, 4, f"{pdf.page_no()}. lpp.", align="C")
        pdf.set_text_color(*ink)
        y = 16.0

    def need(height: float) -> None:
        if y + height > 278:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(gutter - 4, 5.5, text.upper())
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(x + gutter, y + 3, x + width, y + 3)
        pdf.set_text_color(*ink)
        y += 8.5

    def pair(key: str, value: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.6)
        pdf.set_text_color(100, 100, 100)
        pdf.cell(gutter - 4, 4.8, key, align="R")
        pdf.set_text_color(*ink)
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Sans", "", 9)
        pdf.multi_cell(width - gutter, 4.8, value, align="L")
        y = pdf.get_y() + 0.6

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(width, 5, "CURRICULUM VITAE", align="R")
    pdf.set_text_color(*ink)
    pdf.set_xy(x, y + 5)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(width, 10, person.name)
    y += 16
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 12)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, person.label or "")
        pdf.set_text_color(*ink)
        y += 7
    heading("Personas dati")
    pair("Adrese", f"{extra['street']}, {person.city}, {extra['postal']}, Latvija")
    pair("Tālrunis", person.phone)
    pair("E-pasts", person.email)
    pair("LinkedIn", extra["linkedin"].removeprefix("https://"))
    pair("Dzimšanas datums", extra["born"])
    heading("Par mani")
    pdf.set_xy(x + gutter, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width - gutter, 4.7, extra["summary"], align="J")
    y = pdf.get_y() + 1

    def experience() -> None:
        nonlocal y
        heading("Darba pieredze")
        for job in person.jobs:
            need(26)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "", 8.6)
            pdf.set_text_color(90, 90, 90)
            joint = " " if form == "numeric" else "\n"
            span = f"{_lv_month(job.start, form)} \u2013{joint}{_lv_month(job.end, form)}"
            pdf.multi_cell(gutter - 4, 4.4, span, align="L")
            pdf.set_text_color(*ink)
            pdf.set_xy(x + gutter, y)
            pdf.set_font("Sans", "B", 10)
            pdf.cell(width - gutter, 5, job.position)
            pdf.set_xy(x + gutter, y + 5.2)
            pdf.set_font("Sans", "", 9.2)
            pdf.set_text_color(*accent)
            pdf.cell(width - gutter, 4.8, f"{job.company}, {job.city}")
            pdf.set_text_color(*ink)
            y += 11.5
            for note in job.highlights:
                need(6)
                pdf.set_xy(x + gutter, y)
                pdf.set_font("Sans", "", 8.8)
                pdf.cell(4, 4.5, "\u2013")
                pdf.multi_cell(width - gutter - 4, 4.5, note, align="L")
                y = pdf.get_y() + 0.4
            y += 3

    def skills() -> None:
        nonlocal y
        heading("Datorprasmes")
        pair("Programmatūra", ", ".join(person.skills))
        if extra["licence"]:
            pair("Autovadītāja apl.", "B kategorija")

    def languages() -> None:
        nonlocal y
        heading("Valodu prasmes")
        for lang, level in person.languages:
            need(6)
            pair(lang, level)

    if options["skills_first"]:
        skills()
        languages()
        experience()
    else:
        experience()
    heading("Izglītība")
    for d in person.degrees:
        need(14)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.6)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(gutter - 4, 4.8, f"{d.start[0]} \u2013 {d.end[0]}")
        pdf.set_text_color(*ink)
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width - gutter, 5, d.institution)
        pdf.set_xy(x + gutter, y + 5.2)
        pdf.set_font("Sans", "", 9.2)
        pdf.cell(width - gutter, 4.8, f"{d.study}, {d.area}")
        y += 12
    if not options["skills_first"]:
        languages()
        skills()
    y += 6
    need(10)
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "I", 8.2)
    pdf.set_text_color(110, 110, 110)
    pdf.multi_cell(
        width,
        4.2,
        "Piekrītu, ka mani personas dati tiek apstrādāti personāla atlases vajadzībām.",
        align="L",
    )
    y = pdf.get_y()
    _check(y, 282, person)
    return bytes(pdf.output())


def _ir_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "years":
            return str(month[0])
        if form == "slash":
            return f"{month[0]}/{month[1]:02d}"
        return f"{MONTHS_EN[month[1] - 1][:3]}. {month[0]}".replace("May.", "May")

    return f"{one(start)} \u2013 {'Present' if end is None else one(end)}"


def _iranian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} Resume")
    x, width = 20.0, 170.0
    ink = (0, 0, 0)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 18.0

    def need(height: float) -> None:
        if y + height > 280:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 3.5
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 11.5)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.4)
        pdf.line(x, y + 6.6, x + width, y + 6.6)
        pdf.set_text_color(*ink)
        y += 9

    def bullet(text: str, indent: float = 3.0) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x + indent, y)
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(4, 4.8, "\u2022")
        pdf.multi_cell(width - indent - 4, 4.8, text, align="L")
        y = pdf.get_y() + 0.5

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 20)
    pdf.cell(width, 9, person.name, align="C")
    y += 10
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "I", 11.5)
        pdf.cell(width, 6, person.label or "", align="C")
        y += 7
    pdf.set_font("Serif", "", 9.3)
    lines = [
        f"{person.city}, Iran  |  {person.phone}  |  {person.email}",
        "  |  ".join(
            u.removeprefix("https://www.").removeprefix("https://")
            for u in (extra["linkedin"], extra.get("github"))
            if u
        ),
    ]
    for line in lines:
        pdf.set_xy(x, y)
        pdf.cell(width, 4.8, line, align="C")
        y += 5
    heading("Objective")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 9.8)
    pdf.multi_cell(width, 5, extra["summary"], align="J")
    y = pdf.get_y() + 1

    def education() -> None:
        nonlocal y
        heading("Education")
        for i, d in enumerate(person.degrees):
            need(16)
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "B", 10)
            pdf.cell(width - 40, 5, f"{d.study} in {d.area}")
            pdf.set_font("Serif", "", 9.5)
            pdf.cell(40, 5, f"{d.start[0]} \u2013 {d.end[0]}", align="R")
            pdf.set_xy(x, y + 5)
            pdf.set_font("Serif", "I", 9.8)
            pdf.cell(width, 5, f"{d.institution}, Iran")
            pdf.set_xy(x, y + 10)
            pdf.set_font("Serif", "", 9.5)
            pdf.cell(width, 5, f"GPA: {extra['gpa'][i]}")
            y += 16.5

    def experience() -> None:
        nonlocal y
        heading("Work Experience")
        for job in person.jobs:
            need(24)
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "B", 10.2)
            pdf.cell(width - 50, 5, job.position)
            pdf.set_font("Serif", "", 9.5)
            pdf.cell(50, 5, _ir_span(job.start, job.end, form), align="R")
            pdf.set_xy(x, y + 5)
            pdf.set_font("Serif", "I", 9.8)
            pdf.cell(width, 5, f"{job.company}, {job.city}")
            y += 11
            for note in job.highlights:
                bullet(note)
            y += 2

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("Technical Skills")
    for category, keywords in extra["categories"]:
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(52, 4.9, f"{category}:")
        pdf.set_font("Serif", "", 9.5)
        pdf.multi_cell(width - 52, 4.9, ", ".join(keywords), align="L")
        y = pdf.get_y() + 0.5
    heading("Certificates")
    for cert, issuer, year in extra["certs"]:
        bullet(f"{cert} \u2013 {issuer} ({year})")
    if extra["honors"]:
        heading("Honors and Awards")
        for honor in extra["honors"]:
            bullet(honor)
    heading("Languages")
    for lang, level in person.languages:
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(24, 4.9, f"{lang}:")
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(width - 24, 4.9, level)
        y += 5.2
    need(30)
    heading("Personal Information")
    for key, value in (
        ("Year of Birth", extra["born"]),
        ("Marital Status", extra["marital"]),
        ("Military Service", extra["military"]),
    ):
        if value is None:
            continue
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(36, 4.9, f"{key}:")
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(width - 36, 4.9, value)
        y += 5.2
    _check(y, 284, person)
    return bytes(pdf.output())


def _ve_month(month: Month | None, form: str) -> str:
    if form == "numeric":
        return "Actualidad" if month is None else f"{month[1]:02d}/{month[0]}"
    return "Actualmente" if month is None else f"{MESES[month[1] - 1]} {month[0]}"


def _venezuelan(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Resumen Curricular")
    x, width, key_w = 25.0, 160.0, 48.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.8)
        pdf.rect(12, 12, 186, 273)
        pdf.set_line_width(0.2)
        pdf.rect(13.5, 13.5, 183, 270)
        y = 22.0

    def need(height: float) -> None:
        if y + height > 274:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        y += 4
        pdf.set_fill_color(225, 225, 225)
        pdf.rect(x, y, width, 6.5, style="F")
        pdf.set_xy(x + 2, y + 0.6)
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(*accent)
        pdf.cell(width - 4, 5.4, text.upper())
        pdf.set_text_color(0, 0, 0)
        y += 10

    def row(key: str, value: str, look: str = "") -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.2)
        pdf.cell(key_w, 5, f"{key}:")
        pdf.set_xy(x + key_w, y)
        pdf.set_font("Sans", look, 9.2)
        pdf.multi_cell(width - key_w, 5, value, align="L")
        y = pdf.get_y() + 0.6

    def bullet(text: str, indent: float) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x + indent, y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(4, 4.8, "\u2022")
        pdf.multi_cell(width - indent - 4, 4.8, text, align="J")
        y = pdf.get_y() + 0.4

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 16)
    pdf.set_text_color(*accent)
    pdf.cell(width, 8, options["title"], align="C")
    pdf.set_text_color(0, 0, 0)
    y += 12
    heading("Datos personales")
    address = f"{extra['street']}, {person.city}, Estado {person.region}, Venezuela"
    if person.region == "Distrito Capital":
        address = f"{extra['street']}, {person.city}, {person.region}, Venezuela"
    for key, value in (
        ("Nombres y apellidos", person.name),
        ("Cédula de identidad", extra["cedula"]),
        ("Fecha de nacimiento", extra["born"]),
        ("Lugar de nacimiento", extra["birthplace"]),
        ("Estado civil", extra["civil"]),
        ("Dirección", address),
        ("Teléfono celular", person.phone),
        ("Correo electrónico", person.email),
    ):
        row(key, value)
    heading("Perfil profesional")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.2)
    pdf.multi_cell(width, 5, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("Formación académica")
    for d in person.degrees:
        row("Educación universitaria", d.institution, "B")
        row("Título obtenido", f"{d.study} en {d.area}")
        row("Año de egreso", str(d.end[0]))
        y += 2
    liceo, year = extra["liceo"]
    row("Educación media", liceo)
    row("Título obtenido", "Bachiller en Ciencias")
    row("Año de egreso", str(year))
    heading("Experiencia laboral")
    for job in person.jobs:
        need(34)
        row("Empresa", job.company, "B")
        row("Cargo", job.position)
        row("Ubicación", job.city)
        row("Período", f"{_ve_month(job.start, form)} \u2013 {_ve_month(job.end, form)}")
        row("Funciones", "")
        for note in job.highlights:
            bullet(note, 6)
        y += 4
    heading("Cursos y talleres")
    for course, issuer, year in extra["courses"]:
        bullet(f"{course}. {issuer}. {year}.", 2)
    heading("Conocimientos informáticos")
    for skill in person.skills:
        bullet(skill, 2)
    heading("Idiomas")
    for lang, level in person.languages:
        row(lang, level)
    need(64)
    heading("Referencias personales")
    for ref, mobile in extra["referees"]:
        need(12)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.2)
        pdf.cell(width, 5, ref)
        pdf.set_xy(x, y + 5)
        pdf.set_font("Sans", "", 9.2)
        pdf.cell(width, 5, f"Telf.: {mobile}")
        y += 11.5
    y += 12
    need(16)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(x + width / 2 - 35, y, x + width / 2 + 35, y)
    pdf.set_xy(x, y + 1)
    pdf.set_font("Sans", "", 9)
    pdf.cell(width, 5, person.name, align="C")
    pdf.set_xy(x, y + 6)
    pdf.cell(width, 5, f"C.I. {extra['cedula']}", align="C")
    y += 11
    _check(y, 276, person)
    return bytes(pdf.output())


def _au_span(start: Month, end: Month | None, options: dict[str, Any]) -> str:
    form = options["dates"]

    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        if form == "long":
            return f"{MONTHS_EN[month[1] - 1]} {month[0]}"
        return f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"

    return f"{one(start)} \u2013 {options['present'] if end is None else one(end)}"


def _australian(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    extra = person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = ""
    properties.revision = 1
    properties.title = f"{person.name} Resume"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(1.8)
    document.styles["Normal"].font.name = options["font"]
    document.styles["Normal"].font.size = Pt(10.5)
    document.styles["Normal"].paragraph_format.space_after = Pt(3)
    right = Cm(17)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer_run = footer.add_run(f"{person.name} \u2013 Resume")
    footer_run.font.size, footer_run.italic = Pt(8), True
    navy = RGBColor(0x1F, 0x3A, 0x5F)

    title = document.add_paragraph()
    title.paragraph_format.space_after = Pt(0)
    run = title.add_run(person.name)
    run.bold, run.font.size, run.font.color.rgb = True, Pt(22), navy
    if options["headline"]:
        sub = document.add_paragraph()
        sub.paragraph_format.space_after = Pt(2)
        sub.add_run(person.label or "").font.size = Pt(13)
    contact = document.add_paragraph()
    parts = (
        f"{person.city} {person.region} {extra['postal']}",
        person.phone,
        person.email,
        extra["linkedin"].removeprefix("https://www."),
    )
    contact.add_run("  |  ".join(parts)).font.size = Pt(9.5)

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.space_after = Pt(4)
        run = paragraph.add_run(text.upper())
        run.bold, run.font.size, run.font.color.rgb = True, Pt(12), navy

    def tabbed(left: str, when: str, *, bold: bool = True, italic: bool = False) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run(left)
        run.bold, run.italic = bold, italic
        if when:
            paragraph.add_run(f"\t{when}").bold = bold

    heading("Career Summary")
    document.add_paragraph(extra["summary"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    heading("Key Skills")
    if options["skills_grid"]:
        table = document.add_table(rows=(len(person.skills) + 1) // 2, cols=2)
        for i, skill in enumerate(person.skills):
            cell = table.cell(i // 2, i % 2)
            cell.paragraphs[0].style = document.styles["List Bullet"]
            cell.paragraphs[0].text = skill
    else:
        for skill in person.skills:
            document.add_paragraph(skill, style="List Bullet").paragraph_format.space_after = Pt(0)
    heading("Employment History")
    for job, split in zip(person.jobs, extra["splits"], strict=True):
        tabbed(job.position, _au_span(job.start, job.end, options))
        tabbed(f"{job.company}, {job.city}", "", bold=False, italic=True)
        label = document.add_paragraph()
        label.paragraph_format.space_before = Pt(4)
        label.paragraph_format.space_after = Pt(0)
        label.add_run("Key Responsibilities:").bold = True
        for note in job.highlights[:split]:
            document.add_paragraph(note, style="List Bullet")
        label = document.add_paragraph()
        label.paragraph_format.space_after = Pt(0)
        label.add_run("Key Achievements:").bold = True
        for note in job.highlights[split:]:
            document.add_paragraph(note, style="List Bullet")
        document.add_paragraph().paragraph_format.space_after = Pt(2)
    heading("Education & Training")
    for d in person.degrees:
        tabbed(f"{d.study} ({d.area})", str(d.end[0]))
        tabbed(d.institution, "", bold=False)
    heading("Licences & Certifications")
    for cert in extra["certs"]:
        document.add_paragraph(cert, style="List Bullet")
    heading("Referees")
    if options["referees"]:
        grid = document.add_table(rows=1, cols=2)
        for cell, (ref, role), company in zip(
            grid.rows[0].cells,
            [(r[0], r[1:]) for r in extra["referees"]],
            _au_ref_companies(person),
            strict=True,
        ):
            cell.paragraphs[0].add_run(ref).bold = True
            cell.add_paragraph(f"{role[0]}, {company}")
            cell.add_paragraph(f"Mobile: {role[1]}")
    else:
        document.add_paragraph("Available upon request.")
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())

"""Forty-first held-out round ("holdout-41"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts: three born-digital PDF and
one Word document. The round is sealed: the layouts are described only in the code below.

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
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, normalise_zip

HOLDOUT_TAG = "holdout-41"
GENERATOR = "tests/eval/holdout41.py"
SEED = 4_172_638

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-naukri-export", 3),
    ("pdf-moderncv-casual", 3),
    ("docx-spanish-cv-word", 3),
    ("pdf-paraguayan-cv", 3),
)

MON_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
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

POOLS: dict[str, Pool] = {
    "pdf-naukri-export": Pool(
        first=("Tejaswini", "Vignesh", "Anusuya", "Shreyas", "Madhumita", "Karthikeyan"),
        last=("Ramalingam", "Bhattacharjee", "Venkatraman", "Bhosale", "Pednekar"),
        cities=(
            ("Pune", "Maharashtra", "411045", "Flat 302, Sai Krupa Residency, Baner"),
            ("Bengaluru", "Karnataka", "560102", "No. 14, 3rd Cross, HSR Layout Sector 6"),
            ("Hyderabad", "Telangana", "500032", "H.No. 2-48/7, Gachibowli"),
        ),
        employers=(
            "Pennar Infosystems Pvt. Ltd.",
            "Mahanadi Softech Solutions Pvt Ltd",
            "Nilgiri Digital Services LLP",
            "Brahmaputra Analytics Pvt. Ltd.",
        ),
        titles=(
            "Senior Software Engineer",
            "Software Engineer",
            "Associate Consultant",
            "Module Lead",
        ),
        highlights=(
            "Developed REST APIs using Spring Boot and Hibernate for the policy servicing module",
            "Migrated monolithic billing application to microservices on AWS (EKS, RDS)",
            "Involved in requirement gathering, sprint planning and client demos",
            "Wrote JUnit and Mockito test cases, improving code coverage from 48% to 81%",
            "Handled production support and root cause analysis for P1/P2 tickets",
            "Mentored 4 freshers on Java, Git branching and code review practices",
            "Optimised Oracle queries and reduced batch run time by 35%",
            "Integrated Kafka based event streaming between order and inventory services",
            "Built Angular screens for agent onboarding and commission statements",
            "Set up Jenkins pipelines with SonarQube quality gates for 12 services",
            "Worked with onsite team in UK for release planning and UAT defect triage",
            "Implemented role based access control using Spring Security and JWT",
        ),
        skills=(
            "Core Java",
            "Spring Boot",
            "Microservices",
            "Hibernate",
            "Oracle SQL",
            "Apache Kafka",
            "AWS (EKS, RDS, S3)",
            "Jenkins",
            "Angular 12",
            "Git",
        ),
        schools=(
            "Savitribai Phule Pune University",
            "Visvesvaraya Technological University",
            "Jawaharlal Nehru Technological University",
        ),
        degrees=(
            ("B.Tech/B.E.", "Computers"),
            ("B.Tech/B.E.", "Information Technology"),
            ("B.Tech/B.E.", "Electronics/Telecommunication"),
        ),
    ),
    "pdf-moderncv-casual": Pool(
        first=("Ottavia", "Corrado", "Ginevra", "Ettore", "Arturo"),
        last=("Bellandi", "Sperandio", "Zanardelli", "Mascheroni", "Lanfranchi"),
        cities=(
            ("Bologna", None, "40123", "Via Saragozza 48"),
            ("Pavia", None, "27100", "Strada Nuova 65"),
            ("Ancona", None, "60121", "Corso Garibaldi 74"),
        ),
        employers=(
            "Meccanotecnica Orobica S.p.A.",
            "Valpadana Robotica S.r.l.",
            "Brenta Embedded Systems S.r.l.",
            "Berica Motion Control GmbH",
        ),
        titles=(
            "Embedded Software Engineer",
            "Control Systems Engineer",
            "R&D Engineer",
            "Firmware Developer",
        ),
        highlights=(
            "Designed motor control firmware for a six-axis collaborative arm (STM32, FreeRTOS)",
            "Implemented field-oriented control and tuned current loops on the test bench",
            "Wrote hardware-in-the-loop tests in Python, cutting regression time by half",
            "Led the migration of the build system from Keil to CMake and GitLab CI",
            "Supported IEC 61508 functional safety documentation for SIL 2 certification",
            "Coordinated with the mechanical team on sensor placement and EMC issues",
            "Supervised two master's thesis students on model predictive control",
            "Developed the CANopen stack configuration tool used by the service team",
            "Characterised encoder noise and designed the digital filtering chain",
            "Reduced the main control loop jitter from 12 \u00b5s to under 2 \u00b5s",
        ),
        skills=(),
        schools=(
            "Università di Bologna",
            "Università degli Studi di Pavia",
            "Università Politecnica delle Marche",
        ),
        degrees=(
            ("MSc", "Automation Engineering"),
            ("MSc", "Mechatronic Engineering"),
            ("MSc", "Electrical Engineering"),
        ),
    ),
    "docx-spanish-cv-word": Pool(
        first=("Nerea", "Begoña", "Leire", "Araceli", "Ainhoa", "Estíbaliz"),
        last=("Cifuentes Alarcón", "Etxeberria Olano", "Valcárcel Pellicer", "Montesinos Ruano"),
        cities=(
            ("Zaragoza", "Zaragoza", "50004", "C/ Doctor Cerrada 21, 4º izda."),
            ("Valencia", "Valencia", "46005", "Av. Reino de Valencia 63, pta. 9"),
            ("Bilbao", "Bizkaia", "48011", "C/ Licenciado Poza 37, 2º B"),
        ),
        employers=(
            "Grupo Moncayo Servicios Integrales, S.L.",
            "Transportes Hermanos Albiach, S.A.",
            "Ebro Selección Consultores",
            "Nervión Facility Management, S.L.",
        ),
        titles=(
            "Técnica de Recursos Humanos",
            "Responsable de Selección",
            "Administrativa de Personal",
            "Técnica de Nóminas y Seguros Sociales",
        ),
        highlights=(
            "Gestión integral de procesos de selección (perfiles técnicos y de oficina)",
            "Elaboración de nóminas, seguros sociales y contratos a través de A3NOM",
            "Coordinación del plan de formación anual y trámites con FUNDAE",
            "Acogida y seguimiento de nuevas incorporaciones",
            "Relación con ETT y servicios públicos de empleo",
            "Control de absentismo y elaboración de informes mensuales para dirección",
            "Apoyo en la negociación del convenio de empresa con el comité",
            "Atención de consultas laborales de una plantilla de 240 personas",
            "Publicación de ofertas en InfoJobs y LinkedIn y cribado curricular",
            "Gestión de altas, bajas y variaciones en la Seguridad Social",
            "Organización de jornadas de puertas abiertas con universidades",
        ),
        skills=(
            "A3NOM",
            "Sistema RED y SILTRA",
            "SAP SuccessFactors",
            "Microsoft Office (Excel avanzado)",
            "Contrat@",
            "LinkedIn Recruiter",
        ),
        schools=(
            "Universidad San Jorge",
            "Universidad Católica de Valencia San Vicente Mártir",
            "Universidad del País Vasco/Euskal Herriko Unibertsitatea",
        ),
        degrees=(
            ("Grado", "Relaciones Laborales y Recursos Humanos"),
            ("Grado", "Psicología"),
            ("Grado", "Administración y Dirección de Empresas"),
        ),
    ),
    "pdf-paraguayan-cv": Pool(
        first=("Rossana", "Derlis", "Nilda", "Osvaldo", "María Liz", "Juan Ángel"),
        last=("Benítez Giménez", "Ortiz Fretes", "Candia Villalba", "Gauto Ocampos", "Arzamendia"),
        cities=(
            ("Asunción", "Sajonia", None, "Tte. Fariña 1247 c/ Estados Unidos"),
            ("Asunción", "Villa Morra", None, "Mcal. López 3580 c/ Dr. Morra"),
            ("Asunción", "Barrio Obrero", None, "Tacuarí 1984 c/ Teodoro S. Mongelós"),
        ),
        employers=(
            "Banco Guaraní de Fomento S.A.",
            "Distribuidora Ybytú S.A.",
            "Cooperativa Multiactiva Ñemby Ltda.",
            "Mburuvicha Tecnología S.A.E.C.A.",
        ),
        titles=(
            "Auxiliar Contable",
            "Analista Contable",
            "Asistente de Tesorería",
            "Responsable de Facturación",
        ),
        highlights=(
            "Registro de asientos contables y conciliaciones bancarias",
            "Liquidación de IVA e IRE y presentación en el sistema Marangatú",
            "Control de caja chica y rendición de cuentas",
            "Elaboración de planillas de sueldos y aportes al IPS",
            "Atención a auditores externos durante el cierre del ejercicio",
            "Emisión de facturas electrónicas (SIFEN) y notas de crédito",
            "Seguimiento de cuentas a cobrar de clientes mayoristas",
            "Carga de comprobantes de compras y ventas en el sistema",
            "Control de inventario mensual en depósito y sucursales",
            "Pago a proveedores y emisión de órdenes de pago y cheques",
            "Preparación de documentos para solicitudes de crédito bancario",
            "Archivo y custodia de la documentación contable",
        ),
        skills=(
            "Microsoft Office (Word, Excel avanzado, PowerPoint)",
            "Sistema contable Tango Gestión",
            "Marangatú (SET)",
            "SIFEN",
            "Internet y correo electrónico",
        ),
        schools=(
            "Universidad Nacional de Asunción",
            "Universidad Católica Nuestra Señora de la Asunción",
            "Universidad Autónoma de Asunción",
        ),
        degrees=(
            ("Licenciatura", "Contabilidad"),
            ("Licenciatura", "Administración de Empresas"),
            ("Licenciatura", "Contabilidad"),
        ),
    ),
}

NK_SUMMARY = (
    "Java developer with hands-on experience in building scalable backend services for BFSI "
    "and retail clients. Strong in Spring Boot, microservices and cloud deployments; "
    "comfortable working directly with onsite stakeholders in an Agile setup."
)
NK_HEADLINES = (
    "Java Full Stack Developer | Spring Boot | Microservices | AWS",
    "Senior Java Developer with Spring Boot, Kafka and AWS experience",
)
NK_LANGUAGES = (("English", "Expert"), ("Hindi", "Proficient"), ("Marathi", "Proficient"))
NK_BOARDS = {
    "Pune": "Maharashtra State Board",
    "Bengaluru": "Karnataka PU Board",
    "Hyderabad": "Telangana State Board of Intermediate Education",
}
NK_LOCAL = {"Pune": "Marathi", "Bengaluru": "Kannada", "Hyderabad": "Telugu"}
NK_PROJECTS = (
    ("Claims Workbench", "Web portal for adjusters to triage and settle motor insurance claims."),
    ("Retail Order Hub", "Event-driven order management platform for a grocery chain."),
    ("Loan Origination System", "Workflow for personal loan applications, KYC and disbursal."),
)
CV_LABELS = ("Embedded Software Engineer", "Control and Firmware Engineer")
CV_CATEGORIES = (
    ("Programming", ("C", "C++17", "Python", "MATLAB/Simulink")),
    ("Embedded", ("STM32", "FreeRTOS", "CAN/CANopen", "EtherCAT")),
    ("Tools", ("Git", "CMake", "GitLab CI", "Jira")),
)
CV_PAPERS = (
    ("Friction-aware torque control for harmonic drive joints", "IEEE/ASME AIM"),
    ("Low-latency current sensing for collaborative robot joints", "IEEE IECON"),
    ("A practical CANopen test harness for safety-rated drives", "ETFA"),
    ("Embedded MPC for PMSM drives on Cortex-M7 targets", "IFAC World Congress"),
)
CV_THESES = (
    "Sensorless control of PMSM drives for collaborative robots",
    "Adaptive friction compensation in harmonic drive joints",
    "Model predictive current control on low-cost microcontrollers",
)
ES_SUMMARY = (
    "Profesional de Recursos Humanos con experiencia en selección, administración de "
    "personal y formación. Persona organizada, resolutiva y con facilidad para el trato."
)
ES_LANGUAGES = (("Inglés", "B2"), ("Francés", "A2"), ("Euskera", "B1"), ("Valenciano", "C1"))
ES_COURSES = (
    "Curso de Prevención de Riesgos Laborales, nivel básico (60 h)",
    "Gestión del talento y entrevista por competencias (30 h)",
    "Excel avanzado para Recursos Humanos (20 h)",
)
PY_COURSES = (
    "Seminario de Facturación Electrónica SIFEN \u2013 SET (2023)",
    "Curso de Excel Avanzado \u2013 SNPP (2021)",
    "Taller de Normas Internacionales de Información Financiera \u2013 CCPy (2022)",
)
PY_REFERENCES = (
    ("Lic. Carmen Duarte de Ríos", "Jefa de Contabilidad", "(0981) 552 310"),
    ("C.P. Rubén Agüero Samaniego", "Gerente Administrativo", "(0971) 408 226"),
    ("Ing. Gustavo Ramírez Talavera", "Docente universitario", "(0982) 337 915"),
)
PY_SCHOOLS = (
    "Colegio Nacional de la Capital",
    "Colegio Técnico Nacional",
    "Colegio San José",
)


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-naukri-export":
        return {
            "dates": rng.choice(("mon", "apos")),
            "headline": rng.random() < 0.7,
            "accent": rng.choice(((0, 94, 170), (35, 60, 110), (40, 40, 40))),
        }
    if style == "pdf-moderncv-casual":
        return {
            "dates": rng.choice(("years", "mon", "numeric")),
            "accent": rng.choice(((59, 89, 152), (200, 80, 0), (0, 110, 70), (120, 120, 120))),
            "headline": rng.random() < 0.75,
            "skills_first": rng.random() < 0.4,
            "papers": rng.random() < 0.5,
        }
    if style == "docx-spanish-cv-word":
        return {
            "dates": rng.choice(("words", "numeric", "years")),
            "grid": rng.random() < 0.5,
            "headline": rng.random() < 0.5,
            "education_first": rng.random() < 0.6,
            "shade": rng.choice(("D9E2F3", "E7E6E6", "DEEAF6")),
        }
    if style == "pdf-paraguayan-cv":
        return {
            "dates": rng.choice(("words", "numeric", "years")),
            "country": rng.random() < 0.6,
            "education_first": rng.random() < 0.5,
            "font": rng.choice(("Serif", "Sans")),
        }
    raise ValueError(f"unknown style {style}")


def _shift(month: Month, years: int) -> Month:
    return (month[0] + years, month[1])


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name).split()
    first, last = slug[0], slug[-1]
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street, "postal": postal}
    label: str | None = None
    url: str | None = None
    languages: list[tuple[str, str]] = []
    skills: list[str] = []
    degrees: list[Degree] = []
    take = rng.choice((3, 4)) if len(pool.highlights) >= 12 else 3
    jobs = _chain(rng, pool, take, rng.random() < 0.7)
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    if style == "pdf-naukri-export":
        phone = rng.choice(("+91 ", "+91-")) + f"9{rng.randint(100000000, 999999999)}"
        email = f"{first}.{last}{rng.randint(10, 99)}@{rng.choice(('gmail.com', 'yahoo.co.in'))}"
        label = rng.choice(NK_HEADLINES)
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(100, 999)}"
        extra["summary"] = NK_SUMMARY
        for job in jobs:
            job.city = rng.choice((city, "Bengaluru", "Chennai", "Noida"))
        idx = [c[0] for c in pool.cities].index(city)
        study, area = rng.choice(pool.degrees)
        if rng.random() < 0.35:
            degrees.append(
                Degree(pool.schools[idx], "MCA", "Computers", (end_year - 2, 7), (end_year, 6))
            )
            end_year -= 2
            study, area = "B.Sc", "Computers"
            years = 3
        else:
            years = 4
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - years, 7), (end_year, 6)))
        extra["cgpa"] = (
            f"{rng.randint(68, 91)}.{rng.randint(0, 9)}%" if rng.random() < 0.6 else None
        )
        extra["xii"] = (
            rng.choice(("CBSE", NK_BOARDS[city])),
            end_year - years,
            f"{rng.randint(70, 95)}.{rng.randint(10, 99)}%",
        )
        extra["born"] = f"{rng.randint(1, 28):02d} {MON_EN[rng.randrange(12)]} {end_year - 22}"
        extra["gender"] = "Female" if first in ("tejaswini", "anusuya", "madhumita") else "Male"
        extra["notice"] = rng.choice(("30 Days", "60 Days", "90 Days", "15 Days or less"))
        extra["project"] = rng.choice(NK_PROJECTS)
        local = NK_LOCAL[city]
        languages = [NK_LANGUAGES[0], (NK_LANGUAGES[1][0], rng.choice(("Proficient", "Expert")))]
        languages.append((local, rng.choice(("Proficient", "Beginner"))))
        skills = rng.sample(pool.skills, rng.randint(6, 8))
    elif style == "pdf-moderncv-casual":
        phone = f"+39 3{rng.randint(20, 49)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'protonmail.com', 'outlook.it'))}"
        label = rng.choice(CV_LABELS)
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}{last}"
        if rng.random() < 0.5:
            extra["github"] = f"https://github.com/{first[0]}{last}"
        for job in jobs:
            job.city = rng.choice((city, "Milano", "Munich", "Verona"))
        idx = [c[0] for c in pool.cities].index(city)
        study, area = pool.degrees[idx]
        grade = rng.choice(("110/110 cum laude", "108/110", "110/110", "105/110"))
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 2, 9), (end_year, 10)))
        bsc = {"Automation": "Automation", "Mechatronic": "Mechatronic", "Electrical": "Electrical"}
        barea = f"{bsc[area.split()[0]]} Engineering"
        degrees.append(
            Degree(pool.schools[idx], "BSc", barea, (end_year - 5, 9), (end_year - 2, 7))
        )
        extra["grades"] = [grade, f"{rng.randint(98, 110)}/110"]
        extra["thesis"] = rng.choice(CV_THESES)
        coauthors = rng.sample(("R. Vitali", "S. Grimaldi", "P. Ferraresi", "M. Oberhauser"), 2)
        initial = f"{name.split()[0][0]}. {name.split()[-1]}"
        extra["papers"] = [
            (f"{initial}, {coauthors[0]}, {coauthors[1]}", title, venue, end_year + offset)
            for offset, (title, venue) in enumerate(rng.sample(CV_PAPERS, rng.randint(2, 3)))
        ]
        extra["degree_city"] = city
        cats = [(c, list(k)) for c, k in CV_CATEGORIES]
        extra["categories"] = cats
        languages = [
            ("Italian", "Mother tongue"),
            ("English", rng.choice(("Fluent (C1)", "Proficient (C2)"))),
            ("German", rng.choice(("Basic (A2)", "Intermediate (B1)"))),
        ]
    elif style == "docx-spanish-cv-word":
        phone = rng.choice(
            (
                f"6{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                f"+34 6{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                f"{rng.randint(10, 99)}",
            )
        )
        email = f"{first}{last[:4]}{rng.randint(80, 99)}@{rng.choice(('gmail.com', 'hotmail.es'))}"
        label = jobs[0].position
        extra["summary"] = ES_SUMMARY
        if rng.random() < 0.5:
            extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        for job in jobs:
            job.city = rng.choice((city, "Madrid"))
        idx = [c[0] for c in pool.cities].index(city)
        study, area = pool.degrees[idx]
        if rng.random() < 0.6:
            degrees.append(
                Degree(
                    rng.choice(("EAE Business School", "Universidad Internacional de La Rioja")),
                    "Máster Universitario",
                    "Dirección de Recursos Humanos",
                    (end_year - 1, 10),
                    (end_year, 7),
                )
            )
            end_year -= 1
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 9), (end_year, 6)))
        extra["born"] = f"{rng.randint(1, 28)}/{rng.randint(1, 12):02d}/{end_year - 22}"
        extra["dni"] = f"{rng.randint(10, 79)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}-"
        extra["dni"] += "TRWAGMYFPDXBNJZSQVHLCKE"[rng.randrange(23)]
        extra["carnet"] = rng.random() < 0.7
        extra["courses"] = rng.sample(ES_COURSES, 2)
        languages = [("Castellano", "Nativo"), *rng.sample(ES_LANGUAGES, 2)]
        skills = rng.sample(pool.skills, rng.randint(4, 5))
    else:
        phone = (
            f"(09{rng.choice((81, 82, 71, 85))}) {rng.randint(100, 999)} {rng.randint(100, 999)}"
        )
        email = f"{first}{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'hotmail.com'))}"
        for job in jobs:
            job.city = rng.choice((city, "San Lorenzo", "Lambaré", "Fernando de la Mora"))
        extra["barrio"] = region
        region = None
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 5, 3), (end_year, 12)))
        degrees.append(
            Degree(
                rng.choice(PY_SCHOOLS),
                "Bachiller",
                rng.choice(("Ciencias Sociales", "Contabilidad", "Ciencias Básicas")),
                (end_year - 8, 2),
                (end_year - 6, 11),
            )
        )
        extra["ci"] = f"{rng.randint(2, 6)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"
        extra["born"] = f"{rng.randint(1, 28)} de {MESES[rng.randrange(12)]} de {end_year - 23}"
        ending = "a" if first in ("rossana", "nilda", "maria") else "o"
        extra["civil"] = rng.choice(("Solter", "Casad")) + ending
        extra["courses"] = rng.sample(PY_COURSES, rng.randint(2, 3))
        extra["references"] = rng.sample(PY_REFERENCES, 2)
        extra["objective"] = (
            "Formar parte de una organización donde pueda aplicar mis conocimientos "
            "contables, seguir creciendo profesionalmente y aportar al logro de los objetivos."
        )
        languages = [
            ("Español", "Nativo"),
            ("Guaraní", rng.choice(("Oral fluido", "Nativo", "Intermedio"))),
            ("Inglés", rng.choice(("Básico", "Intermedio"))),
        ]
        skills = rng.sample(pool.skills, rng.randint(3, 5))
        label = None
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


def _profiles(extra: dict[str, Any]) -> list[dict[str, str]]:
    found = []
    for key, network in (("linkedin", "LinkedIn"), ("github", "GitHub")):
        if extra.get(key):
            link = extra[key]
            found.append({"network": network, "username": link.rsplit("/", 1)[-1], "url": link})
    return found


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    extra = person.extra
    location: dict[str, Any] = {"city": person.city}
    label = person.label
    summary = extra.get("summary")
    profiles = _profiles(extra)
    if style == "pdf-naukri-export":
        location |= {
            "address": extra["street"],
            "postalCode": extra["postal"],
            "region": person.region,
        }
        if not options["headline"]:
            label = None
    elif style == "pdf-moderncv-casual":
        location |= {"address": extra["street"], "postalCode": extra["postal"], "countryCode": "IT"}
        if not options["headline"]:
            label = None
    elif style == "docx-spanish-cv-word":
        location |= {
            "address": extra["street"],
            "postalCode": extra["postal"],
            "region": person.region if person.region != person.city else None,
        }
        if not options["headline"]:
            label = None
    else:
        location |= {
            "address": extra["street"],
            "countryCode": "PY" if options["country"] else None,
        }
        summary = extra["objective"]
    basics = drop_empty(
        {
            "name": person.name,
            "label": label,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "summary": summary,
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
        item: dict[str, Any] = {"institution": d.institution, "studyType": d.study, "area": d.area}
        if style == "pdf-naukri-export":
            item |= {"endDate": str(d.end[0])}
            if index == len(person.degrees) - 1 and extra["cgpa"]:
                item["score"] = extra["cgpa"]
        elif style == "pdf-moderncv-casual":
            item |= {
                "startDate": iso_month(d.start, precision),
                "endDate": iso_month(d.end, precision),
                "score": extra["grades"][index],
            }
        elif style == "docx-spanish-cv-word":
            item |= {
                "startDate": iso_month(d.start, precision),
                "endDate": iso_month(d.end, precision),
            }
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        education.append(drop_empty(item))
    if style == "pdf-naukri-export":
        board, year, pct = extra["xii"]
        education.append(
            {"institution": board, "studyType": "Class XII", "endDate": str(year), "score": pct}
        )
    if "categories" in extra:
        skills = [{"name": c, "keywords": k} for c, k in extra["categories"]]
    else:
        skills = [{"name": skill} for skill in person.skills]
    languages = [{"language": lang, "fluency": level} for lang, level in person.languages]
    result: dict[str, Any] = {
        "basics": basics,
        "work": work,
        "education": education,
        "skills": skills,
        "languages": languages,
    }
    if style == "pdf-naukri-export":
        title, description = extra["project"]
        result["projects"] = [{"name": title, "description": description}]
    if style == "pdf-moderncv-casual" and options["papers"]:
        result["publications"] = [
            {"name": title, "publisher": venue, "releaseDate": str(year)}
            for _, title, venue, year in extra["papers"]
        ]
    result["meta"] = {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}}
    return drop_empty(result)


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-naukri-export":
        return _naukri(person, options), "pdf"
    if style == "pdf-moderncv-casual":
        return _moderncv(person, options), "pdf"
    if style == "docx-spanish-cv-word":
        return _spanish_word(person, options), "docx"
    if style == "pdf-paraguayan-cv":
        return _paraguayan(person, options), "pdf"
    raise ValueError(f"unknown style {style}")


def _months(start: Month, end: Month | None) -> str:
    stop = end or (2026, 9)
    total = (stop[0] - start[0]) * 12 + stop[1] - start[1]
    return f"{total // 12} Year(s) {total % 12} Month(s)"


def _nk_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Present" if form == "mon" else "Till Date"
    if form == "mon":
        return f"{MON_EN[month[1] - 1]} {month[0]}"
    return f"{MON_EN[month[1] - 1]}'{month[0] % 100:02d}"


def _naukri(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra, accent = options["dates"], person.extra, options["accent"]
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} - Naukri Profile")
    x, width = 15.0, 180.0
    ink, grey = (33, 33, 33), (110, 110, 110)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 287)
        pdf.set_font("Sans", "", 7)
        pdf.set_text_color(150, 150, 150)
        pdf.cell(width / 2, 3.5, "Resume downloaded from naukri.com")
        pdf.cell(width / 2, 3.5, f"Page {pdf.page_no()} of {{nb}}", align="R")
        pdf.set_text_color(*ink)
        y = 14.0

    def need(height: float) -> None:
        if y + height > 282:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 3
        pdf.set_fill_color(238, 242, 247)
        pdf.rect(x, y, width, 7, style="F")
        pdf.set_xy(x + 2, y + 0.8)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(width - 4, 5.4, text)
        pdf.set_text_color(*ink)
        y += 10

    def pairs(rows: list[tuple[str, str]], key_w: float = 42.0) -> None:
        nonlocal y
        for key, value in rows:
            need(5)
            pdf.set_xy(x + 2, y)
            pdf.set_font("Sans", "", 8.6)
            pdf.set_text_color(*grey)
            pdf.cell(key_w, 4.6, key)
            pdf.set_text_color(*ink)
            pdf.set_font("Sans", "", 8.8)
            pdf.multi_cell(width - key_w - 2, 4.6, value, align="L")
            y = pdf.get_y() + 0.6

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 18)
    pdf.set_text_color(*accent)
    pdf.cell(width, 8, person.name)
    pdf.set_text_color(*ink)
    y += 9.5
    current = person.jobs[0]
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.5)
    pdf.cell(width, 5, f"{current.position} at {current.company}")
    y += 5.5
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 8.6)
    pdf.set_text_color(*grey)
    contact = f"{person.city}   |   {person.phone}   |   {person.email}"
    pdf.cell(width, 4.6, contact)
    pdf.set_text_color(*ink)
    y += 6
    pdf.set_draw_color(210, 210, 210)
    pdf.line(x, y, x + width, y)
    y += 3
    pairs(
        [
            ("Total Experience", _months(person.jobs[-1].start, None)),
            ("Current Location", person.city),
            ("Preferred Location", f"{person.city}, Bengaluru, Remote"),
            ("Notice Period", extra["notice"]),
        ]
    )
    if options["headline"]:
        heading("Resume Headline")
        pdf.set_xy(x + 2, y)
        pdf.set_font("Sans", "", 9)
        pdf.multi_cell(width - 4, 4.8, person.label or "", align="L")
        y = pdf.get_y() + 1
    heading("Profile Summary")
    pdf.set_xy(x + 2, y)
    pdf.set_font("Sans", "", 8.8)
    pdf.multi_cell(width - 4, 4.6, extra["summary"], align="L")
    y = pdf.get_y() + 1
    heading("Key Skills")
    pdf.set_xy(x + 2, y)
    pdf.set_font("Sans", "", 8.8)
    pdf.multi_cell(width - 4, 4.8, ", ".join(person.skills), align="L")
    y = pdf.get_y() + 1
    heading("Employment")
    for job in person.jobs:
        need(30)
        pdf.set_xy(x + 2, y)
        pdf.set_font("Sans", "B", 9.6)
        pdf.cell(width - 4, 5, job.position)
        pdf.set_xy(x + 2, y + 5)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width - 4, 4.8, job.company)
        pdf.set_xy(x + 2, y + 9.8)
        pdf.set_font("Sans", "", 8.4)
        pdf.set_text_color(*grey)
        span = f"{_nk_month(job.start, form)} to {_nk_month(job.end, form)}"
        tenure = _months(job.start, job.end)
        pdf.cell(width - 4, 4.5, f"Full Time, {span} ({tenure})  \u00b7  {job.city}")
        pdf.set_text_color(*ink)
        y += 15
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + 4, y)
            pdf.set_font("Sans", "", 8.6)
            pdf.cell(3.5, 4.4, "-")
            pdf.multi_cell(width - 9.5, 4.4, note, align="L")
            y = pdf.get_y() + 0.3
        y += 2.5
    heading("Education")
    for index, d in enumerate(person.degrees):
        need(16)
        pdf.set_xy(x + 2, y)
        pdf.set_font("Sans", "B", 9.4)
        pdf.cell(width - 4, 5, f"{d.study} {d.area}")
        pdf.set_xy(x + 2, y + 5)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width - 4, 4.8, d.institution)
        pdf.set_xy(x + 2, y + 9.8)
        pdf.set_font("Sans", "", 8.4)
        pdf.set_text_color(*grey)
        tail = f"{d.end[0]}  \u00b7  Full Time"
        if index == len(person.degrees) - 1 and extra["cgpa"]:
            tail += f"  \u00b7  Marks: {extra['cgpa']}"
        pdf.cell(width - 4, 4.5, tail)
        pdf.set_text_color(*ink)
        y += 16
    board, year, pct = extra["xii"]
    need(16)
    pdf.set_xy(x + 2, y)
    pdf.set_font("Sans", "B", 9.4)
    pdf.cell(width - 4, 5, "Class XII")
    pdf.set_xy(x + 2, y + 5)
    pdf.set_font("Sans", "", 9)
    pdf.cell(width - 4, 4.8, f"{board}, English Medium")
    pdf.set_xy(x + 2, y + 9.8)
    pdf.set_font("Sans", "", 8.4)
    pdf.set_text_color(*grey)
    pdf.cell(width - 4, 4.5, f"{year}  \u00b7  {pct}")
    pdf.set_text_color(*ink)
    y += 16
    heading("IT Skills")
    cols = (("Skills", 60.0), ("Version", 25.0), ("Last Used", 30.0), ("Experience", 40.0))
    it_rows = [(s, "", "2026", f"{len(s) % 5 + 2} Year(s)") for s in person.skills[:4]]
    for row_index, row in enumerate([tuple(c for c, _ in cols), *it_rows]):
        need(6)
        cx = x + 2
        for (_, w), value in zip(cols, row, strict=True):
            pdf.set_xy(cx, y)
            pdf.set_font("Sans", "B" if row_index == 0 else "", 8.5)
            pdf.cell(w, 5.4, value, border="B")
            cx += w
        y += 5.6
    title, description = extra["project"]
    heading("Projects")
    need(14)
    pdf.set_xy(x + 2, y)
    pdf.set_font("Sans", "B", 9.2)
    pdf.cell(width - 4, 5, title)
    pdf.set_xy(x + 2, y + 5)
    pdf.set_font("Sans", "", 8.4)
    pdf.set_text_color(*grey)
    pdf.cell(width - 4, 4.5, f"{person.jobs[0].company}  \u00b7  Offsite  \u00b7  Full Time")
    pdf.set_text_color(*ink)
    pdf.set_xy(x + 2, y + 10)
    pdf.set_font("Sans", "", 8.8)
    pdf.multi_cell(width - 4, 4.6, description, align="L")
    y = pdf.get_y() + 1
    heading("Personal Details")
    pairs(
        [
            ("Date of Birth", extra["born"]),
            ("Gender", extra["gender"]),
            ("Marital Status", "Single/unmarried"),
            (
                "Address",
                f"{extra['street']}, {person.city}, {person.region} - {extra['postal']}",
            ),
            ("LinkedIn", extra["linkedin"]),
        ]
    )
    need(24)
    y += 2
    lcols = (("Languages", 45.0), ("Proficiency", 35.0), ("Read", 20.0), ("Write", 20.0))
    lcols += (("Speak", 20.0),)
    rows = [tuple(c for c, _ in lcols)]
    rows += [(lang, level, "\u2713", "\u2713", "\u2713") for lang, level in person.languages]
    for row_index, row in enumerate(rows):
        cx = x + 2
        for (_, w), value in zip(lcols, row, strict=True):
            pdf.set_xy(cx, y)
            pdf.set_font("Sans", "B" if row_index == 0 else "", 8.5)
            pdf.cell(w, 5.4, value, border="B")
            cx += w
        y += 5.6
    _check(y, 284, person)
    return bytes(pdf.output())


def _cv_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month | None) -> str:
        if month is None:
            return "present" if form != "numeric" else "today"
        if form == "years":
            return str(month[0])
        if form == "mon":
            return f"{MON_EN[month[1] - 1]} {month[0]}"
        return f"{month[1]:02d}/{month[0]}"

    return f"{one(start)}\u2013{one(end)}"


def _moderncv(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra, accent = options["dates"], person.extra, options["accent"]
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} \u2013 Curriculum Vitae")
    pdf.set_author(person.name)
    x, width = 21.0, 168.0
    hint, gap = 34.0, 4.0
    body = x + hint + gap
    body_w = width - hint - gap
    grey, ink = (115, 115, 115), (25, 25, 25)
    y = 0.0
    footer1 = f"{extra['street']}, {extra['postal']} {person.city}, Italy"
    links = [f"\u260e {person.phone}", f"\u2709 {person.email}"]
    links.append(extra["linkedin"].removeprefix("https://www."))
    if extra.get("github"):
        links.append(extra["github"].removeprefix("https://"))
    footer2 = "  \u2022  ".join(links)

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.2)
        pdf.line(x, 278, x + width, 278)
        pdf.set_font("Sans", "", 7.6)
        pdf.set_text_color(*grey)
        pdf.set_xy(x, 279.5)
        pdf.cell(width, 3.8, footer1, align="C")
        pdf.set_xy(x, 283.5)
        pdf.cell(width, 3.8, footer2, align="C")
        pdf.set_text_color(*ink)
        y = 18.0

    def need(height: float) -> None:
        if y + height > 272:
            new_page()

    def section(text: str) -> None:
        nonlocal y
        need(20)
        y += 4
        pdf.set_fill_color(*accent)
        pdf.rect(x, y + 2.2, hint, 1.3, style="F")
        pdf.set_xy(body, y)
        pdf.set_font("Sans", "", 13)
        pdf.set_text_color(*accent)
        pdf.cell(body_w, 6, text)
        pdf.set_text_color(*ink)
        y += 9

    def hint_text(text: str, top: float) -> None:
        pdf.set_xy(x, top)
        pdf.set_font("Sans", "", 8.2)
        pdf.set_text_color(*grey)
        pdf.cell(hint, 4.6, text, align="R")
        pdf.set_text_color(*ink)

    def entry(dates: str, bold: str, italic: str, place: str, notes: list[str], tail: str) -> None:
        nonlocal y
        need(14)
        hint_text(dates, y + 0.3)
        pdf.set_left_margin(body)
        pdf.set_right_margin(210 - x - width)
        pdf.set_xy(body, y)
        pdf.set_font("Sans", "B", 9.4)
        pdf.write(5, bold)
        pdf.set_font("Sans", "I", 9.4)
        pdf.write(5, f", {italic}")
        pdf.set_font("Sans", "", 9.4)
        pdf.write(5, f", {place}" + (f", {tail}" if tail else "") + ".")
        y = pdf.get_y() + 6
        pdf.set_left_margin(x)
        for note in notes:
            need(5)
            pdf.set_xy(body + 1, y)
            pdf.set_font("Sans", "", 8.8)
            pdf.set_text_color(*accent)
            pdf.cell(3.5, 4.5, "\u2022")
            pdf.set_text_color(*ink)
            pdf.multi_cell(body_w - 4.5, 4.5, note, align="L")
            y = pdf.get_y() + 0.4
        y += 2.5

    def item(key: str, value: str, comment: str = "") -> None:
        nonlocal y
        need(6)
        hint_text(key, y + 0.2)
        pdf.set_xy(body, y)
        pdf.set_font("Sans", "", 9.2)
        if comment:
            pdf.cell(45, 5, value)
            pdf.set_font("Sans", "I", 8.6)
            pdf.cell(body_w - 45, 5, comment)
            y += 5.6
            return
        pdf.multi_cell(body_w, 5, value, align="L")
        y = pdf.get_y() + 0.6

    new_page()
    first, _, last = person.name.partition(" ")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 30)
    pdf.set_text_color(*accent)
    pdf.write(12, first + " ")
    pdf.set_text_color(*grey)
    pdf.write(12, last)
    pdf.set_text_color(*ink)
    y += 14
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "I", 13)
        pdf.set_text_color(*grey)
        pdf.cell(width, 6, person.label or "")
        pdf.set_text_color(*ink)
        y += 8
    y += 4

    def experience() -> None:
        section("Experience")
        for job in person.jobs:
            dates = _cv_span(job.start, job.end, form)
            entry(dates, job.position, job.company, job.city, job.highlights, "")

    def education() -> None:
        section("Education")
        for index, d in enumerate(person.degrees):
            dates = _cv_span(d.start, d.end, form)
            place = extra["degree_city"]
            grade = extra["grades"][index]
            entry(dates, f"{d.study} in {d.area}", d.institution, place, [], f"final grade {grade}")
        section("Master thesis")
        item("title", extra["thesis"])
        item("supervisor", "Prof. Ing. Arnaldo Quercioli")

    def skills() -> None:
        section("Computer skills")
        for category, keywords in extra["categories"]:
            item(category, ", ".join(keywords))

    def languages() -> None:
        section("Languages")
        for lang, level in person.languages:
            item(lang, level)

    order = [experience, education, skills, languages]
    if options["skills_first"]:
        order = [education, skills, experience, languages]
    for part in order:
        part()
    if options["papers"]:
        section("Publications")
        for authors, title, venue, year in sorted(extra["papers"], key=lambda p: -p[3]):
            item(str(year), f"{authors}. \u201c{title}.\u201d In: Proc. {venue} {year}.")
    section("Interests")
    item("sport", "Trail running, climbing")
    item("other", "Member of the university Formula Student team (2016\u20132018)")
    if pdf.page_no() > 1:
        total = pdf.page_no()
        for page in range(1, total + 1):
            pdf.page = page
            pdf.set_xy(x + width - 20, 288)
            pdf.set_font("Sans", "", 7.7)  # forces the font into this page's stream
            pdf.set_font("Sans", "", 7.6)
            pdf.set_text_color(*grey)
            pdf.cell(20, 3.8, f"{page}/{total}", align="R")
        pdf.page = total
    _check(y, 274, person)
    return bytes(pdf.output())


def _es_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Actualidad" if form != "numeric" else "actualidad"
    if form == "years":
        return str(month[0])
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MESES[month[1] - 1].capitalize()} {month[0]}"


def _spanish_word(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    form, extra = options["dates"], person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = person.name
    properties.revision = 3
    properties.title = "Currículum Vitae"
    properties.language = "es-ES"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(0)

    def shade(cell: Any, fill: str) -> None:
        props = cell._tc.get_or_add_tcPr()
        element = OxmlElement("w:shd")
        element.set(qn("w:val"), "clear")
        element.set(qn("w:color"), "auto")
        element.set(qn("w:fill"), fill)
        props.append(element)

    def para(cell: Any, text: str = "", *, bold: bool = False, first: bool = False) -> Any:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        if text:
            run = paragraph.add_run(text)
            run.bold = bold
        return paragraph

    def new_table(cols: int, widths: tuple[float, ...]) -> Any:
        table = document.add_table(rows=0, cols=cols)
        if options["grid"]:
            table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for column, size in zip(table.columns, widths, strict=True):
            column.width = Cm(size)
        return table

    def row(table: Any, widths: tuple[float, ...]) -> Any:
        cells = table.add_row().cells
        for cell, size in zip(cells, widths, strict=True):
            cell.width = Cm(size)
        return cells

    def heading(text: str) -> None:
        spacer = document.add_paragraph()
        spacer.paragraph_format.space_after = Pt(4)
        table = new_table(1, (16.6,))
        (cell,) = row(table, (16.6,))
        shade(cell, options["shade"])
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.size = Pt(11)
        run.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        spacer = document.add_paragraph()
        spacer.paragraph_format.space_after = Pt(2)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("CURRÍCULUM VITAE")
    run.bold, run.font.size = True, Pt(16)
    run.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    if options["headline"]:
        sub = document.add_paragraph()
        sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = sub.add_run(person.label or "")
        run.italic, run.font.size = True, Pt(11)

    heading("DATOS PERSONALES")
    widths = (5.0, 11.6)
    table = new_table(2, widths)
    place = f"{extra['postal']} {person.city}"
    if person.region and person.region != person.city:
        place += f" ({person.region})"
    personal = [
        ("Nombre y apellidos:", person.name),
        ("Fecha de nacimiento:", extra["born"]),
        ("DNI:", extra["dni"]),
        ("Dirección:", f"{extra['street']}, {place}"),
        ("Teléfono:", person.phone),
        ("Correo electrónico:", person.email),
    ]
    if extra.get("linkedin"):
        personal.append(("LinkedIn:", extra["linkedin"].removeprefix("https://")))
    if extra["carnet"]:
        personal.append(("Carné de conducir:", "B1 \u2013 Vehículo propio"))
    for key, value in personal:
        left, right = row(table, widths)
        para(left, key, bold=True, first=True)
        para(right, value, first=True)

    heading("PERFIL PROFESIONAL")
    document.add_paragraph(extra["summary"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    widths = (4.2, 12.4)

    def education() -> None:
        heading("FORMACIÓN ACADÉMICA")
        table = new_table(2, widths)
        for d in person.degrees:
            left, right = row(table, widths)
            span = f"{_es_month(d.start, form)} \u2013 {_es_month(d.end, form)}"
            para(left, span, bold=True, first=True)
            para(right, f"{d.study} en {d.area}", bold=True, first=True)
            para(right, d.institution)
        for course in extra["courses"]:
            left, right = row(table, widths)
            para(
                left,
                "Formación complementaria" if course == extra["courses"][0] else "",
                first=True,
            )
            para(right, course, first=True)

    def experience() -> None:
        heading("EXPERIENCIA PROFESIONAL")
        table = new_table(2, widths)
        for job in person.jobs:
            left, right = row(table, widths)
            span = f"{_es_month(job.start, form)} \u2013 {_es_month(job.end, form)}"
            para(left, span, bold=True, first=True)
            company = para(right, "", first=True)
            run = company.add_run(job.company)
            run.bold = True
            company.add_run(f" ({job.city})")
            para(right, f"Puesto: {job.position}")
            para(right, "Funciones:").runs[0].italic = True
            for note in job.highlights:
                bullet = right.add_paragraph(f"\u2022\t{note}")
                bullet.paragraph_format.left_indent = Cm(0.6)
                bullet.paragraph_format.first_line_indent = Cm(-0.4)
            right.add_paragraph().paragraph_format.space_after = Pt(2)

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()

    heading("IDIOMAS")
    lwidths = (4.2, 6.2, 6.2)
    table = new_table(3, lwidths)
    cells = row(table, lwidths)
    for cell, text in zip(cells, ("Idioma", "Nivel", "Titulación"), strict=True):
        para(cell, text, bold=True, first=True)
    for lang, level in person.languages:
        cells = row(table, lwidths)
        titulo = "—" if level == "Nativo" else f"Escuela Oficial de Idiomas ({level})"
        for cell, text in zip(cells, (lang, level, titulo), strict=True):
            para(cell, text, first=True)

    heading("INFORMÁTICA")
    for skill in person.skills:
        document.add_paragraph(skill, style="List Bullet")

    heading("OTROS DATOS DE INTERÉS")
    document.add_paragraph("Disponibilidad inmediata y para viajar.")
    document.add_paragraph("Referencias disponibles a petición.")
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())


def _py_month(month: Month | None, form: str) -> str:
    if month is None:
        return {"words": "a la fecha", "numeric": "actualidad", "years": "hasta la fecha"}[form]
    if form == "years":
        return str(month[0])
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MESES[month[1] - 1]} {month[0]}"


def _paraguayan(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra, family = options["dates"], person.extra, options["font"]
    files = "DejaVuSerif" if family == "Serif" else "DejaVuSans"
    pdf = _pdf(family, files)
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Curriculum Vitae")
    x, width, key_w = 25.0, 160.0, 46.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 22.0

    def need(height: float) -> None:
        if y + height > 272:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font(family, "B", 11)
        pdf.cell(width, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_line_width(0.5)
        pdf.line(x, y + 6.5, x + width, y + 6.5)
        y += 9.5

    def pair(key: str, value: str, *, bold: bool = False) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x + 4, y)
        pdf.set_font(family, "B", 9.8)
        pdf.cell(key_w, 5.2, key)
        pdf.set_font(family, "B" if bold else "", 9.8)
        pdf.multi_cell(width - key_w - 4, 5.2, value, align="L")
        y = pdf.get_y() + 0.6

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font(family, "B", 16)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    y += 12
    pdf.set_xy(x, y)
    pdf.set_font(family, "B", 13)
    pdf.cell(width, 7, person.name.upper(), align="C")
    y += 10
    heading("DATOS PERSONALES")
    city = f"{person.city} \u2013 Paraguay" if options["country"] else person.city
    for key, value in (
        ("Nombres y Apellidos:", person.name),
        ("C.I. N\u00ba:", extra["ci"]),
        ("Fecha de nacimiento:", extra["born"]),
        ("Nacionalidad:", "Paraguaya"),
        ("Estado civil:", extra["civil"]),
        ("Dirección:", extra["street"]),
        ("Barrio:", extra["barrio"]),
        ("Ciudad:", city),
        ("Celular:", person.phone),
        ("Correo electrónico:", person.email),
    ):
        pair(key, value)
    heading("OBJETIVO")
    pdf.set_xy(x + 4, y)
    pdf.set_font(family, "", 9.8)
    pdf.multi_cell(width - 4, 5.2, extra["objective"], align="J")
    y = pdf.get_y() + 1

    def education() -> None:
        nonlocal y
        heading("FORMACIÓN ACADÉMICA")
        labels = ("Estudios universitarios:", "Estudios secundarios:")
        for label, d in zip(labels, person.degrees, strict=True):
            need(18)
            pdf.set_xy(x + 4, y)
            pdf.set_font(family, "BU", 9.8)
            pdf.cell(width - 4, 5.2, label)
            y += 6
            pair("Institución:", d.institution)
            pair("Título:", f"{d.study} en {d.area}")
            pair("Periodo:", f"{d.start[0]} \u2013 {d.end[0]}")
            y += 2

    def experience() -> None:
        nonlocal y
        heading("EXPERIENCIA LABORAL")
        for job in person.jobs:
            need(30)
            pair("Empresa:", f"{job.company} \u2013 {job.city}", bold=True)
            pair("Cargo:", job.position)
            pair("Periodo:", f"{_py_month(job.start, form)} \u2013 {_py_month(job.end, form)}")
            pair("Funciones:", "")
            for note in job.highlights:
                need(5.5)
                pdf.set_xy(x + 10, y)
                pdf.set_font(family, "", 9.6)
                pdf.cell(4, 5, "\u2013")
                pdf.multi_cell(width - 14, 5, note, align="L")
                y = pdf.get_y() + 0.3
            y += 3

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("CURSOS Y SEMINARIOS")
    for course in extra["courses"]:
        need(6)
        pdf.set_xy(x + 4, y)
        pdf.set_font(family, "", 9.8)
        pdf.cell(4, 5.2, "\u2022")
        pdf.multi_cell(width - 8, 5.2, course, align="L")
        y = pdf.get_y() + 0.4
    heading("IDIOMAS")
    for lang, level in person.languages:
        pair(f"{lang}:", level)
    heading("CONOCIMIENTOS INFORMÁTICOS")
    for skill in person.skills:
        need(6)
        pdf.set_xy(x + 4, y)
        pdf.set_font(family, "", 9.8)
        pdf.cell(4, 5.2, "\u2022")
        pdf.multi_cell(width - 8, 5.2, skill, align="L")
        y = pdf.get_y() + 0.4
    heading("REFERENCIAS LABORALES")
    for ref, role, mobile in extra["references"]:
        need(12)
        pdf.set_xy(x + 4, y)
        pdf.set_font(family, "B", 9.8)
        pdf.cell(width - 4, 5.2, ref)
        pdf.set_xy(x + 4, y + 5.2)
        pdf.set_font(family, "", 9.8)
        pdf.cell(width - 4, 5.2, f"{role} \u2013 Cel.: {mobile}")
        y += 12
    if y + 12 <= 284:
        y += 6
        pdf.set_xy(x, y)
        pdf.set_font(family, "I", 9.8)
        pdf.cell(width, 5.2, person.name, align="R")
        y += 6
    _check(y, 284, person)
    return bytes(pdf.output())

"""Twenty-fourth held-out round ("holdout-24"): more layouts, written blind (without
reading the parser) and meant to be measured once, untuned. Five layouts:

* ``pdf-estonian-cv`` — an Estonian CV in Estonian on A4 in DejaVu Sans, one or two pages
  with a "CV \u2013 Name" and "lk 1/2" footer: the name large with the headline and an empty
  photo frame on the right, "Isikuandmed" as label rows (address "Tartu mnt 84a-12, 10112
  Tallinn, Eesti", "Telefon", "E-post", "LinkedIn", "Sünniaeg"), "Lühitutvustus",
  "Töökogemus" (the period in a narrow left column \u2014 "09.2019 \u2013 praegu" or
  "september 2019 \u2013 tänaseni", one form per document \u2014 the position in bold, the
  employer and town below, bullets), "Haridus" (years), "Keeleoskus" and "Arvutioskused".
* ``pdf-israeli-hitech`` — an Israeli high-tech resume in English on A4 in Helvetica: the
  name and headline on the left, a contact line with "Tel Aviv, Israel", a +972 mobile, the
  e-mail, LinkedIn and GitHub without the scheme; "Summary", "Experience" (the employer in
  bold with the period on the right \u2014 years only, "2021 \u2013 Present", or "03/2021
  \u2013 Present", one form per document \u2014 the position in italics, bullets), "Military
  Service" as one sentence (not a job), "Education" (years), "Technical Skills" as labelled
  rows and "Languages" on one line.
* ``pdf-colombian-hdv`` — a Colombian "Hoja de vida" on A4 in DejaVu Serif, two pages with
  "Página 1 de 2" footers: "HOJA DE VIDA" over the name in capitals, "Datos personales" as
  label rows (cédula, birth date, address, "Ciudad: Medellín, Antioquia", mobile, e-mail),
  "Perfil profesional", "Experiencia laboral" as blocks of labelled rows ("Empresa", "Cargo",
  "Ciudad", "Fecha de ingreso: marzo de 2019" and "Fecha de retiro: Actualmente", or
  "03/2019" and "A la fecha", one form per document, "Funciones" with bullets),
  "Formación académica" (labelled rows, the graduation year only), "Idiomas", "Competencias
  informáticas" and "Referencias personales".
* ``pdf-reactive-resume`` — a Reactive-Resume-style web export on A4 in DejaVu Sans: the
  name and headline, an icon contact row ("Hamburg, Germany", a +49 mobile, the e-mail and a
  personal ".dev" site), "Profiles" (LinkedIn and GitHub without the scheme, linked),
  "Summary", "Experience" (the employer in bold with the period on the right \u2014 "March
  2021 - Present" or ISO "2021-03 - Present", one form per document \u2014 the position
  below with the location, often "Remote", on the right), "Education" (years), "Skills" as a
  grid of name, level and keywords, and "Languages" with levels.
* ``docx-student-resume`` — a US college student's first resume written in Word on Letter
  paper: the name centred, a contact line with LinkedIn without the scheme, "Education" (the
  university and "Expected May 2027", the degree, GPA), "Relevant Coursework" in a
  borderless three-column table, "Experience" with part-time jobs (the position in bold with
  the period at a right tab \u2014 "Aug 2024 \u2013 Present" with a lone "Summer 2025", or
  "08/2024 \u2013 Present" with "06/2025 \u2013 08/2025", one form per document \u2014 the
  employer and town in italics, Word bullets), "Campus Involvement" and "Skills" as labelled
  lines.

A lone season is both the start and the end month (Summer \u2192 06), as in holdout-10.
Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

from __future__ import annotations

import io
import random
from typing import Any

from resume_processor.samples import normalise_zip
from tests.eval.holdout6 import Candidate, Degree, Job, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check, _core_pdf
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, profile_links

HOLDOUT_TAG = "holdout-24"
GENERATOR = "tests/eval/holdout24.py"
SEED = 2_461_857

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-estonian-cv", 3),
    ("pdf-israeli-hitech", 3),
    ("pdf-colombian-hdv", 3),
    ("pdf-reactive-resume", 3),
    ("docx-student-resume", 3),
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
KUUD = (
    "jaanuar",
    "veebruar",
    "märts",
    "aprill",
    "mai",
    "juuni",
    "juuli",
    "august",
    "september",
    "oktoober",
    "november",
    "detsember",
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

POOLS: dict[str, Pool] = {
    "pdf-estonian-cv": Pool(
        first=("Kädi", "Tõnis", "Mirjam", "Siim", "Liisi"),
        last=("Tamm", "Kask", "Mägi", "Kõiv"),
        cities=(
            ("Tallinn", None, "10112", "Tartu mnt 84a-12"),
            ("Tartu", None, "51004", "Riia 142-7"),
            ("Tallinn", None, "10145", "Pärnu mnt 105-31"),
        ),
        employers=(
            "Põhjala Tarkvara AS",
            "Läänemere Logistika OÜ",
            "Toompea Fintech OÜ",
            "Emajõe Andmeteenused AS",
        ),
        titles=(
            "Vanemtarkvaraarendaja",
            "Tarkvaraarendaja",
            "Tehniline juht",
            "Süsteemianalüütik",
        ),
        highlights=(
            "Maksete platvormi mikroteenuste arendus (Java, Spring Boot)",
            "X-tee liidestuste loomine ja hooldus riigiasutustega",
            "Pideva tarne torustiku ülesehitamine GitLab CI-s",
            "Nooremarendajate juhendamine ja koodiülevaatused",
            "Andmebaasi migreerimine Oracle'ilt PostgreSQL-ile",
            "Kliendiportaali esiosa arendus Reacti ja TypeScriptiga",
            "Süsteemi koormustestide kavandamine ja läbiviimine",
            "Nõuete analüüs koos äriosakonna ja tooteomanikuga",
        ),
        skills=(
            "Java",
            "Spring Boot",
            "TypeScript",
            "React",
            "PostgreSQL",
            "Docker",
            "Kubernetes",
            "GitLab CI",
        ),
        schools=("Tallinna Tehnikaülikool", "Tartu Ülikool", "Tallinna Ülikool"),
        degrees=(
            ("Bakalaureusekraad", "Informaatika"),
            ("Magistrikraad", "Tarkvaratehnika"),
            ("Bakalaureusekraad", "Matemaatika"),
        ),
    ),
    "pdf-israeli-hitech": Pool(
        first=("Noa", "Yuval", "Omer", "Shira", "Itai"),
        last=("Ben-Ami", "Mizrahi", "Peretz", "Avraham"),
        cities=(
            ("Tel Aviv", None, None, ""),
            ("Herzliya", None, None, ""),
            ("Ramat Gan", None, None, ""),
        ),
        employers=(
            "Cyberlane Security Ltd.",
            "Tavor Analytics",
            "Kinneret Payments Ltd.",
            "Arbel Mobility",
        ),
        titles=(
            "Backend Team Lead",
            "Senior Backend Engineer",
            "Software Engineer",
            "Data Platform Engineer",
        ),
        highlights=(
            "Led a team of five engineers building the real-time fraud detection service",
            "Designed an event-driven architecture on Kafka handling 40K events/sec",
            "Cut p99 API latency from 900 ms to 180 ms by reworking the caching layer",
            "Migrated the monolith to Go microservices on Kubernetes (EKS)",
            "Owned the on-call rotation and the incident post-mortem process",
            "Built the ingestion pipeline for 2 TB/day of telemetry into BigQuery",
            "Interviewed and onboarded 12 engineers during a period of rapid growth",
            "Worked closely with product and R&D in Kyiv and New York",
        ),
        skills=(),
        schools=(
            "Tel Aviv University",
            "Technion \u2013 Israel Institute of Technology",
            "Ben-Gurion University of the Negev",
        ),
        degrees=(
            ("B.Sc.", "Computer Science"),
            ("B.Sc.", "Software Engineering"),
            ("B.Sc.", "Industrial Engineering and Management"),
        ),
    ),
    "pdf-colombian-hdv": Pool(
        first=("Juan Camilo", "Daniela", "Andrés Felipe", "Mariana", "Manuela"),
        last=("Restrepo Gaviria", "Londoño Arango", "Castaño Ríos", "Ospina Zuluaga"),
        cities=(
            ("Medellín", "Antioquia", None, "Carrera 43A # 7-50, Apto 1204"),
            ("Cali", "Valle del Cauca", None, "Calle 5 # 38-25, Barrio San Fernando"),
            ("Bucaramanga", "Santander", None, "Carrera 27 # 45-18, Cabecera"),
        ),
        employers=(
            "Comercializadora Andina S.A.S.",
            "Alimentos del Valle S.A.",
            "Transportes La Sabana S.A.S.",
            "Cooperativa Financiera Cafetera",
        ),
        titles=(
            "Coordinador Administrativo",
            "Analista de Compras",
            "Jefe de Talento Humano",
            "Auxiliar Contable",
        ),
        highlights=(
            "Elaboración y seguimiento del presupuesto anual del área",
            "Gestión de proveedores y negociación de contratos marco",
            "Liquidación de nómina y seguridad social de 180 empleados",
            "Conciliaciones bancarias y cierre contable mensual en SIIGO",
            "Coordinación de procesos de selección y vinculación de personal",
            "Implementación del Sistema de Gestión de Seguridad y Salud en el Trabajo",
            "Elaboración de informes de gestión para la gerencia general",
            "Control de inventarios y auditorías internas de bodega",
        ),
        skills=(
            "Microsoft Excel avanzado",
            "SIIGO Nube",
            "SAP Business One",
            "Power BI",
            "Google Workspace",
            "Helisa",
        ),
        schools=(
            "Universidad EAFIT",
            "Pontificia Universidad Javeriana Cali",
            "Universidad Industrial de Santander",
        ),
        degrees=(
            ("Profesional", "Administración de Empresas"),
            ("Profesional", "Contaduría Pública"),
            ("Especialización", "Gerencia de Proyectos"),
        ),
    ),
    "pdf-reactive-resume": Pool(
        first=("Ayodele", "Zeynep", "Mateus", "Dagny"),
        last=("Draxler", "Quenneville", "Ferreira-Kohl", "Nakashima-Ruiz"),
        cities=(
            ("Berlin", None, None, ""),
            ("Hamburg", None, None, ""),
            ("Munich", None, None, ""),
        ),
        employers=(
            "Lumen Mobility GmbH",
            "Northwind Health Tech",
            "Parcelbird SE",
            "Kestrel Labs GmbH",
        ),
        titles=(
            "Senior Frontend Engineer",
            "Frontend Engineer",
            "Full-Stack Developer",
            "Web Developer",
        ),
        highlights=(
            "Rebuilt the booking flow in Next.js, lifting conversion by 14%",
            "Introduced a design system in Storybook shared by four product teams",
            "Cut the JavaScript bundle by 38% with code splitting and lazy loading",
            "Set up end-to-end tests with Playwright in GitHub Actions",
            "Led the migration from REST to GraphQL (Apollo) for the driver app",
            "Improved Lighthouse accessibility scores from 71 to 98",
            "Mentored two working-student developers",
            "Ran the frontend guild and its monthly tech talks",
        ),
        skills=(),
        schools=(
            "Technische Universität Berlin",
            "Universidade de São Paulo",
            "Boğaziçi University",
        ),
        degrees=(
            ("Master of Science", "Computer Science"),
            ("Bachelor of Science", "Information Systems"),
            ("Bachelor of Engineering", "Computer Engineering"),
        ),
    ),
    "docx-student-resume": Pool(
        first=("Brody", "Kenzie", "Tatum", "Maddox", "Ainsley"),
        last=("Haverkamp", "Trussell", "Velarde", "Oyelaran"),
        cities=(
            ("Ann Arbor", "MI", "48104", ""),
            ("Madison", "WI", "53703", ""),
            ("Bloomington", "IN", "47405", ""),
        ),
        employers=(),
        titles=(),
        highlights=(),
        skills=(
            "Python",
            "R",
            "SQL",
            "Microsoft Excel",
            "Tableau",
            "Google Sheets",
            "Canva",
        ),
        schools=(
            "University of Michigan",
            "University of Wisconsin\u2013Madison",
            "Indiana University Bloomington",
        ),
        degrees=(
            ("Bachelor of Science", "Statistics"),
            ("Bachelor of Science", "Economics"),
            ("Bachelor of Arts", "Data Science"),
        ),
    ),
}

COUNTRY = {"pdf-estonian-cv": "EE", "pdf-israeli-hitech": "IL", "pdf-reactive-resume": "DE"}
EE_LABELS = ("Tarkvaraarendaja", "Vanemtarkvaraarendaja", "Täisvirna arendaja")
EE_SUMMARY = (
    "Kogenud tarkvaraarendaja, kes on töötanud nii idufirmades kui ka suurtes "
    "ettevõtetes. Hindan selget koodi, automaattestimist ja head meeskonnatööd."
)
EE_LANGUAGES = (
    ("eesti keel", "emakeel"),
    ("inglise keel", "C1"),
    ("vene keel", "B2"),
    ("soome keel", "A2"),
)
IL_SUMMARY = (
    "Backend engineer and team lead with 8+ years in fast-paced startups, building "
    "high-throughput distributed systems in Go and Python. Hands-on, product-minded and "
    "comfortable owning services end to end."
)
IL_CATEGORIES = (
    ("Languages", ("Go", "Python", "TypeScript", "Java")),
    ("Data", ("PostgreSQL", "Redis", "Kafka", "BigQuery")),
    ("Cloud & DevOps", ("AWS (EKS, Lambda, SQS)", "Kubernetes", "Terraform", "GitHub Actions")),
    ("Observability", ("Datadog", "Prometheus", "Grafana")),
)
IL_LANGUAGES = (("Hebrew", "Native"), ("English", "Fluent"), ("Russian", "Conversational"))
IL_UNITS = ("Unit 8200", "C4I Corps (Mamram)", "Intelligence Corps", "Air Force")
CO_SUMMARY = (
    "Profesional con experiencia en procesos administrativos, financieros y de talento "
    "humano, con capacidad de liderazgo, trabajo en equipo y orientación a resultados."
)
CO_LANGUAGES = (("Español", "Nativo"), ("Inglés", "Intermedio (B1)"), ("Portugués", "Básico"))
CO_REFERENCES = (
    ("Luz Marina Betancur Ochoa", "Contadora Pública", "311 555 4820"),
    ("Hernán Darío Quiceno Mejía", "Ingeniero Civil", "300 555 1937"),
    ("Gloria Stella Muñoz Pardo", "Docente", "315 555 6204"),
)
RX_SUMMARY = (
    "Frontend engineer who enjoys turning complex products into fast, accessible and "
    "well-tested web apps. Happiest in small cross-functional teams that ship often."
)
RX_SKILLS = (
    ("React", "Expert", ("Next.js", "Redux Toolkit", "React Query")),
    ("TypeScript", "Advanced", ("Node.js", "Zod", "tRPC")),
    ("Testing", "Advanced", ("Jest", "Playwright", "Testing Library")),
    ("CSS", "Advanced", ("Tailwind CSS", "CSS Modules", "Sass")),
    ("Tooling", "Intermediate", ("Vite", "Webpack", "Docker")),
)
RX_LANGUAGES = (("English", "Fluent"), ("German", "Intermediate (B1)"))
RX_NATIVE = {
    "Ayodele": ("Yoruba", "Native"),
    "Zeynep": ("Turkish", "Native"),
    "Mateus": ("Portuguese", "Native"),
    "Dagny": ("Norwegian", "Native"),
}
US_COURSES = (
    "Probability and Statistics",
    "Linear Algebra",
    "Data Structures",
    "Intermediate Microeconomics",
    "Regression Analysis",
    "Database Systems",
    "Econometrics",
    "Calculus III",
    "Machine Learning Foundations",
)
US_CAMPUS = (
    "Treasurer, Undergraduate Statistics Club",
    "Volunteer Tutor, Math Learning Center",
    "Member, Women in Data Science Chapter",
    "Intramural Soccer Captain",
)
US_JOBS = {
    "Ann Arbor": (
        ("University of Michigan Library", "Student Assistant", "Ann Arbor, MI"),
        ("Zingerman's Deli", "Sandwich Maker", "Ann Arbor, MI"),
    ),
    "Madison": (
        ("UW\u2013Madison Division of Housing", "Desk Receptionist", "Madison, WI"),
        ("Colectivo Coffee", "Barista", "Madison, WI"),
    ),
    "Bloomington": (
        ("Indiana University Recreational Sports", "Facility Attendant", "Bloomington, IN"),
        ("Kroger", "Cashier", "Bloomington, IN"),
    ),
}
US_SUMMER = (
    ("Lakeview Parks and Recreation", "Summer Camp Counselor", "Naperville, IL"),
    ("Midwest Analytics Group", "Data Analyst Intern", "Chicago, IL"),
    ("Grand Traverse Insurance Agency", "Office Intern", "Traverse City, MI"),
)
US_HIGHLIGHTS = {
    "Student Assistant": (
        "Checked out and reshelved 300+ items per shift",
        "Answered patron questions at the circulation desk",
    ),
    "Sandwich Maker": (
        "Prepared orders accurately during weekend rushes of 400+ customers",
        "Trained four new team members on food safety procedures",
    ),
    "Desk Receptionist": (
        "Handled mail and package distribution for 600 residents",
        "Logged maintenance requests and escalated emergencies",
    ),
    "Barista": (
        "Prepared espresso drinks and handled cash and card payments",
        "Opened the store three mornings a week",
    ),
    "Facility Attendant": (
        "Monitored equipment and enforced safety policies",
        "Processed member check-ins and guest passes",
    ),
    "Cashier": (
        "Processed 150+ transactions per shift with a balanced drawer",
        "Assisted customers with returns and price checks",
    ),
    "Summer Camp Counselor": (
        "Supervised a group of 12 campers aged 8\u201310",
        "Planned daily outdoor and arts activities",
    ),
    "Data Analyst Intern": (
        "Cleaned and merged survey data in Python (pandas)",
        "Built a Tableau dashboard for weekly client reporting",
    ),
    "Office Intern": (
        "Updated client records in the agency management system",
        "Prepared renewal mailings and quote comparisons in Excel",
    ),
}


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-estonian-cv":
        return {
            "dates": rng.choice(("numeric", "long")),
            "accent": rng.choice(((0, 94, 140), (40, 40, 40), (0, 115, 90))),
        }
    if style == "pdf-israeli-hitech":
        return {"dates": rng.choice(("years", "numeric"))}
    if style == "pdf-colombian-hdv":
        return {"dates": rng.choice(("long", "numeric"))}
    if style == "pdf-reactive-resume":
        return {
            "dates": rng.choice(("long", "iso")),
            "accent": rng.choice(((220, 38, 38), (37, 99, 235), (5, 150, 105))),
        }
    if style == "docx-student-resume":
        return {"dates": rng.choice(("mon", "numeric"))}
    return {}


def _student(rng: random.Random, pool: Pool, city: str) -> tuple[list[Job], list[Degree]]:
    grad_year = rng.choice((2027, 2028))
    start_year = grad_year - 4
    term, local = US_JOBS[city]
    current = (start_year + 1 if grad_year == 2028 else start_year + 2, rng.choice((8, 9)))
    jobs = [
        Job(term[0], term[1], term[2], current, None, list(US_HIGHLIGHTS[term[1]])),
    ]
    summer = rng.choice(US_SUMMER)
    season = (current[0] + 1 if current[0] < 2025 else current[0], 6)
    jobs.append(
        Job(summer[0], summer[1], summer[2], season, season, list(US_HIGHLIGHTS[summer[1]]))
    )
    if rng.random() < 0.6:
        jobs.append(
            Job(
                local[0],
                local[1],
                local[2],
                (start_year, rng.choice((9, 10))),
                (start_year + 1, 4),
                list(US_HIGHLIGHTS[local[1]]),
            )
        )
    jobs.sort(key=lambda job: job.start, reverse=True)
    study, area = rng.choice(pool.degrees)
    school = pool.schools[[c[0] for c in pool.cities].index(city)]
    return jobs, [Degree(school, study, area, (start_year, 9), (grad_year, 5))]


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name).split()
    first, last = slug[0], slug[-1]
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street or None, "postal": postal}
    label: str | None = None
    languages: list[tuple[str, str]] = []
    skills: list[str] = []
    if style == "docx-student-resume":
        jobs, degrees = _student(rng, pool, city)
    else:
        jobs = _chain(rng, pool, 3, rng.random() < 0.7)
        degrees = []
    oldest = jobs[-1].start
    end_year = oldest[0] - rng.randint(0, 1)
    if style == "pdf-estonian-cv":
        phone = f"+372 5{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'hot.ee', 'mail.ee'))}"
        label = rng.choice(EE_LABELS)
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}{last}"
        extra["summary"] = EE_SUMMARY
        for job in jobs:
            job.city = rng.choice((city, "Tallinn", "Tartu"))
        idx = rng.randrange(len(pool.degrees))
        study, area = pool.degrees[idx]
        if study == "Magistrikraad":
            degrees.append(Degree(pool.schools[idx], study, area, (end_year - 2, 9), (end_year, 6)))
            end_year -= 2
            study, area = pool.degrees[0]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 3, 9), (end_year, 6)))
        born = end_year - 3 - 19
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{born}"
        languages = [EE_LANGUAGES[0], *rng.sample(EE_LANGUAGES[1:], rng.randint(1, 3))]
        skills = rng.sample(pool.skills, rng.randint(5, 7))
    elif style == "pdf-israeli-hitech":
        phone = f"+972-5{rng.choice((0, 2, 4))}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        email = f"{first}.{last}@gmail.com"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        extra["github"] = f"https://github.com/{first[0]}{last}"
        extra["summary"] = IL_SUMMARY
        for job in jobs:
            job.city = ""
        idx = rng.randrange(len(pool.degrees))
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 3, 10), (end_year, 7)))
        extra["military"] = (end_year - 6, end_year - 3, rng.choice(IL_UNITS))
        cats = rng.sample(IL_CATEGORIES, rng.randint(3, 4))
        extra["categories"] = [(c, list(k)) for c, k in cats]
        languages = list(IL_LANGUAGES[: rng.randint(2, 3)])
    elif style == "pdf-colombian-hdv":
        phone = f"3{rng.choice((0, 1, 2))}{rng.randint(0, 9)} {rng.randint(100, 999)} "
        phone += f"{rng.randint(1000, 9999)}"
        names = ascii_slug(name).split()
        email = (
            f"{names[0]}{names[-2]}{rng.randint(80, 99)}@{rng.choice(('gmail.com', 'hotmail.com'))}"
        )
        extra["summary"] = CO_SUMMARY
        female = name.split()[0] in ("Daniela", "Mariana", "Manuela")
        for job in jobs:
            job.city = rng.choice((city, "Bogotá D.C."))
            if female:
                for male_word, female_word in (
                    ("Coordinador Administrativo", "Coordinadora Administrativa"),
                    ("Jefe ", "Jefa "),
                ):
                    job.position = job.position.replace(male_word, female_word)
        idx = rng.randrange(2)
        study, area = pool.degrees[idx]
        if rng.random() < 0.5:
            s_study, s_area = pool.degrees[2]
            spec = Degree(pool.schools[idx], s_study, s_area, (end_year - 1, 2), (end_year, 11))
            degrees.append(spec)
            end_year -= 2
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 5, 2), (end_year, 12)))
        born = end_year - 5 - 17
        extra["born"] = f"{rng.randint(1, 28)} de {MESES[rng.randint(0, 11)]} de {born}"
        extra["cedula"] = (
            f"1.0{rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"
        )
        extra["references"] = rng.sample(CO_REFERENCES, 2)
        languages = list(CO_LANGUAGES[: rng.randint(2, 3)])
        skills = rng.sample(pool.skills, rng.randint(4, 5))
    elif style == "pdf-reactive-resume":
        phone = f"+49 1{rng.choice((51, 57, 60, 76))} {rng.randint(1000000, 9999999)}"
        email = f"hello@{first}{last.replace('-', '')}.dev"
        label = jobs[0].position
        extra["url"] = f"https://{first}{last.replace('-', '')}.dev"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        extra["github"] = f"https://github.com/{first}{last[:3]}"
        extra["summary"] = RX_SUMMARY
        for job in jobs:
            job.city = rng.choice((city, "Remote", "Berlin"))
        idx = rng.randrange(len(pool.degrees))
        study, area = pool.degrees[idx]
        school = pool.schools[{"Mateus": 1, "Zeynep": 2}.get(name.split()[0], 0)]
        degrees.append(Degree(school, study, area, (end_year - 3, 10), (end_year, 9)))
        picked = rng.sample(RX_SKILLS, rng.randint(3, 5))
        extra["levels"] = [(c, lvl, list(k)) for c, lvl, k in picked]
        languages = [RX_NATIVE[name.split()[0]], *RX_LANGUAGES[: rng.randint(1, 2)]]
    else:
        area_code = {"Ann Arbor": 734, "Madison": 608}.get(city, 812)
        phone = f"({area_code}) 555-{rng.randint(1000, 9999)}"
        domain = {"Ann Arbor": "umich.edu", "Madison": "wisc.edu"}.get(city, "iu.edu")
        email = f"{first}{last[0]}@{domain}"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        extra["gpa"] = f"{rng.choice((3.4, 3.5, 3.6, 3.7, 3.8)):.2f}/4.00"
        extra["courses"] = rng.sample(US_COURSES, 6)
        extra["campus"] = rng.sample(US_CAMPUS, 2)
        skills = rng.sample(pool.skills, rng.randint(4, 6))
        languages = [("Spanish", "Conversational")] if rng.random() < 0.5 else []
    return Candidate(
        style=style,
        name=name,
        label=label,
        email=email,
        phone=phone,
        url=extra.get("url"),
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
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label,
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
    for job, entry in zip(person.jobs, work, strict=True):
        if job.end == job.start and options.get("dates") == "numeric":
            entry["endDate"] = f"{job.start[0]}-08"  # printed "06/2025 \u2013 08/2025"
    education: list[dict[str, Any]] = []
    for d in person.degrees:
        item: dict[str, Any] = {"institution": d.institution, "studyType": d.study, "area": d.area}
        if style == "pdf-colombian-hdv":
            item["endDate"] = str(d.end[0])
        elif style == "docx-student-resume":
            item["endDate"] = iso_month(d.end, "month")
            item["score"] = extra["gpa"]
            item["courses"] = extra["courses"]
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        education.append(drop_empty(item))
    if "levels" in extra:
        skills = [{"name": c, "level": lvl, "keywords": k} for c, lvl, k in extra["levels"]]
    elif "categories" in extra:
        skills = [{"name": c, "keywords": k} for c, k in extra["categories"]]
    else:
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
    if style == "pdf-estonian-cv":
        return _estonian(person, options), "pdf"
    if style == "pdf-israeli-hitech":
        return _israeli(person, options), "pdf"
    if style == "pdf-colombian-hdv":
        return _colombian(person, options), "pdf"
    if style == "pdf-reactive-resume":
        return _reactive(person, options), "pdf"
    if style == "docx-student-resume":
        return _student_docx(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _ee_month(month: Month | None, form: str) -> str:
    if form == "numeric":
        return "praegu" if month is None else f"{month[1]:02d}.{month[0]}"
    return "tänaseni" if month is None else f"{KUUD[month[1] - 1]} {month[0]}"


def _estonian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV - {person.name}")
    x, width, gutter = 18.0, 174.0, 40.0
    ink, grey = (30, 30, 30), (100, 100, 100)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 285)
        pdf.set_font("Sans", "", 7.5)
        pdf.set_text_color(*grey)
        pdf.cell(width / 2, 4, f"CV \u2013 {person.name}")
        pdf.cell(width / 2, 4, f"lk {pdf.page_no()}/{{nb}}", align="R")
        pdf.set_text_color(*ink)
        y = 18.0

    def need(height: float) -> None:
        if y + height > 278:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        y += 3
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 12)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text.upper())
        pdf.set_text_color(*ink)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.4)
        pdf.line(x, y + 7, x + width, y + 7)
        y += 10

    def label_row(key: str, value: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9)
        pdf.set_text_color(*grey)
        pdf.cell(gutter, 5, key)
        pdf.set_text_color(*ink)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width - gutter - 36, 5, value)
        y += 5.4

    new_page()
    pdf.set_xy(x, 20)
    pdf.set_font("Sans", "B", 24)
    pdf.cell(width - 40, 11, person.name)
    pdf.set_xy(x, 32)
    pdf.set_font("Sans", "", 12.5)
    pdf.set_text_color(*accent)
    pdf.cell(width - 40, 6, person.label or "")
    pdf.set_text_color(*ink)
    pdf.set_draw_color(170, 170, 170)
    pdf.set_line_width(0.3)
    pdf.rect(x + width - 30, 14, 30, 38)
    pdf.set_xy(x + width - 30, 31)
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(170, 170, 170)
    pdf.cell(30, 4, "FOTO", align="C")
    pdf.set_text_color(*ink)
    y = 50.0
    heading("Isikuandmed")
    label_row("Aadress", f"{extra['street']}, {extra['postal']} {person.city}, Eesti")
    label_row("Telefon", person.phone)
    label_row("E-post", person.email)
    label_row("LinkedIn", extra["linkedin"].removeprefix("https://www."))
    label_row("Sünniaeg", extra["born"])
    heading("Lühitutvustus")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.8, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("Töökogemus")
    for job in person.jobs:
        need(28)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.5)
        pdf.set_text_color(*grey)
        pdf.multi_cell(gutter - 3, 4.6, f"{_ee_month(job.start, form)} \u2013", align="L")
        pdf.set_xy(x, y + 4.6)
        pdf.cell(gutter - 3, 4.6, _ee_month(job.end, form))
        pdf.set_text_color(*ink)
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Sans", "B", 9.8)
        pdf.cell(width - gutter, 5, job.position)
        pdf.set_xy(x + gutter, y + 5)
        pdf.set_font("Sans", "I", 9)
        pdf.cell(width - gutter, 5, f"{job.company}, {job.city}")
        y += 11
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + gutter, y)
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(4, 4.5, "\u2013")
            pdf.multi_cell(width - gutter - 4, 4.5, note, align="L")
            y = pdf.get_y() + 0.3
        y += 3
    heading("Haridus")
    for d in person.degrees:
        need(12)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.5)
        pdf.set_text_color(*grey)
        pdf.cell(gutter, 5, f"{d.start[0]} \u2013 {d.end[0]}")
        pdf.set_text_color(*ink)
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(width - gutter, 5, d.institution)
        pdf.set_xy(x + gutter, y + 5)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width - gutter, 5, f"{d.study}, {d.area}")
        y += 11.5
    heading("Keeleoskus")
    for lang, level in person.languages:
        label_row(lang, level)
    heading("Arvutioskused")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.8, ", ".join(person.skills), align="L")
    y = pdf.get_y()
    _check(y, 280, person)
    return bytes(pdf.output())


def _il_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        return str(month[0]) if form == "years" else f"{month[1]:02d}/{month[0]}"

    return f"{one(start)} \u2013 {'Present' if end is None else one(end)}"


def _israeli(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _core_pdf()
    pdf.set_title(f"{person.name} - Resume")
    x, width = 16.0, 178.0
    navy = (25, 55, 95)
    pdf.add_page()
    pdf.set_xy(x, 14)
    pdf.set_font("Helvetica", "B", 22)
    pdf.set_text_color(*navy)
    pdf.cell(width, 10, person.name)
    pdf.set_xy(x, 24.5)
    pdf.set_font("Helvetica", "", 12)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(width, 6, person.label or "")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x, 32)
    pdf.set_font("Helvetica", "", 8.8)
    contact = " | ".join(
        (
            f"{person.city}, Israel",
            person.phone,
            person.email,
            extra["linkedin"].removeprefix("https://www."),
            extra["github"].removeprefix("https://"),
        )
    )
    pdf.cell(width, 5, contact)
    y = 40.0

    def heading(text: str) -> None:
        nonlocal y
        y += 2
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_text_color(*navy)
        pdf.cell(width, 5.5, text.upper())
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(*navy)
        pdf.set_line_width(0.5)
        pdf.line(x, y + 6.2, x + width, y + 6.2)
        y += 8.5

    heading("Summary")
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "", 9.3)
    pdf.multi_cell(width, 4.6, extra["summary"], align="L")
    y = pdf.get_y() + 1
    heading("Experience")
    for job in person.jobs:
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 10.3)
        pdf.cell(width - 45, 5.2, job.company)
        pdf.set_font("Helvetica", "", 9.3)
        pdf.cell(45, 5.2, _il_span(job.start, job.end, form), align="R")
        pdf.set_xy(x, y + 5.2)
        pdf.set_font("Helvetica", "I", 9.8)
        pdf.cell(width, 5, job.position)
        y += 10.8
        for note in job.highlights:
            pdf.set_xy(x + 2.5, y)
            pdf.set_font("Helvetica", "", 9.2)
            pdf.cell(4, 4.5, "\u2022")
            pdf.multi_cell(width - 6.5, 4.5, note, align="L")
            y = pdf.get_y() + 0.3
        y += 2.5
    heading("Military Service")
    start, end, unit = extra["military"]
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "", 9.3)
    pdf.multi_cell(
        width,
        4.6,
        f"Served in the IDF, {unit}, {start} \u2013 {end}; honorable discharge.",
        align="L",
    )
    y = pdf.get_y() + 1
    heading("Education")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(width - 35, 5.2, f"{d.study} in {d.area}")
        pdf.set_font("Helvetica", "", 9.3)
        pdf.cell(35, 5.2, f"{d.start[0]} \u2013 {d.end[0]}", align="R")
        pdf.set_xy(x, y + 5.2)
        pdf.set_font("Helvetica", "I", 9.5)
        pdf.cell(width, 5, d.institution)
        y += 11.5
    heading("Technical Skills")
    for category, keywords in extra["categories"]:
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 9.3)
        pdf.cell(32, 4.8, f"{category}:")
        pdf.set_font("Helvetica", "", 9.3)
        pdf.multi_cell(width - 32, 4.8, ", ".join(keywords), align="L")
        y = pdf.get_y() + 0.3
    heading("Languages")
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "", 9.3)
    pdf.cell(width, 4.8, ", ".join(f"{lang} \u2013 {level}" for lang, level in person.languages))
    y += 5
    _check(y, 285, person)
    return bytes(pdf.output())


def _co_month(month: Month | None, form: str) -> str:
    if form == "numeric":
        return "A la fecha" if month is None else f"{month[1]:02d}/{month[0]}"
    return "Actualmente" if month is None else f"{MESES[month[1] - 1]} de {month[0]}"


def _colombian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Hoja de vida {person.name}")
    x, width, gutter = 22.0, 166.0, 50.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 284)
        pdf.set_font("Serif", "", 8)
        pdf.cell(width, 4, f"Página {pdf.page_no()} de {{nb}}", align="C")
        y = 20.0

    def need(height: float) -> None:
        if y + height > 274:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        y += 3
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 11)
        pdf.cell(width, 6, text.upper())
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.6)
        pdf.line(x, y + 6.8, x + width, y + 6.8)
        y += 10

    def row(key: str, value: str, look: str = "") -> None:
        nonlocal y
        need(5.5)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(gutter, 5, key)
        pdf.set_font("Serif", look, 9.5)
        pdf.multi_cell(width - gutter, 5, value, align="L")
        y = pdf.get_y() + 0.4

    new_page()
    pdf.set_xy(x, 18)
    pdf.set_font("Serif", "B", 16)
    pdf.cell(width, 8, "HOJA DE VIDA", align="C")
    pdf.set_xy(x, 28)
    pdf.set_font("Serif", "B", 13)
    pdf.cell(width, 7, person.name.upper(), align="C")
    y = 38.0
    heading("Datos personales")
    row("Cédula de ciudadanía:", f"{extra['cedula']} de {person.city}")
    row("Fecha de nacimiento:", extra["born"])
    row("Dirección:", extra["street"])
    row("Ciudad:", f"{person.city}, {person.region}")
    row("Celular:", person.phone)
    row("Correo electrónico:", person.email)
    heading("Perfil profesional")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(width, 5, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("Experiencia laboral")
    for job in person.jobs:
        need(42)
        row("Empresa:", job.company, "B")
        row("Cargo:", job.position)
        row("Ciudad:", job.city)
        row("Fecha de ingreso:", _co_month(job.start, form))
        row("Fecha de retiro:", _co_month(job.end, form))
        row("Funciones:", "")
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + 6, y)
            pdf.set_font("Serif", "", 9.5)
            pdf.cell(4, 4.8, "\u2022")
            pdf.multi_cell(width - 10, 4.8, note, align="L")
            y = pdf.get_y() + 0.3
        y += 4
    heading("Formación académica")
    for d in person.degrees:
        need(18)
        row("Título:", f"{d.study} en {d.area}", "B")
        row("Institución:", d.institution)
        row("Año de grado:", str(d.end[0]))
        y += 3
    heading("Idiomas")
    for lang, level in person.languages:
        row(f"{lang}:", level)
    heading("Competencias informáticas")
    for skill in person.skills:
        need(5)
        pdf.set_xy(x + 2, y)
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(4, 4.8, "\u2022")
        pdf.cell(width - 6, 4.8, skill)
        y += 5
    heading("Referencias personales")
    for ref_name, occupation, mobile in extra["references"]:
        need(17)
        for text, look in ((ref_name, "B"), (occupation, ""), (f"Celular: {mobile}", "")):
            pdf.set_xy(x, y)
            pdf.set_font("Serif", look, 9.5)
            pdf.cell(width, 4.8, text)
            y += 4.8
        y += 2.5
    need(20)
    y += 8
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(width, 5, "_" * 34)
    pdf.set_xy(x, y + 5.5)
    pdf.cell(width, 5, f"{person.name.upper()}")
    pdf.set_xy(x, y + 10.5)
    pdf.cell(width, 5, f"C.C. {extra['cedula']}")
    y += 16
    _check(y, 280, person)
    return bytes(pdf.output())


def _rx_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "iso":
            return f"{month[0]}-{month[1]:02d}"
        return f"{MONTHS_EN[month[1] - 1]} {month[0]}"

    return f"{one(start)} - {'Present' if end is None else one(end)}"


def _reactive(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} - Resume")
    x, width = 14.0, 182.0
    ink, muted = (24, 24, 27), (82, 82, 91)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 14.0

    def need(height: float) -> None:
        if y + height > 284:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(18)
        y += 2.5
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(width, 5.5, text)
        pdf.set_text_color(*ink)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.35)
        pdf.line(x, y + 6.3, x + width, y + 6.3)
        y += 8.5

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 20)
    pdf.set_text_color(*ink)
    pdf.cell(width, 9, person.name)
    pdf.set_xy(x, y + 9.5)
    pdf.set_font("Sans", "", 11)
    pdf.set_text_color(*muted)
    pdf.cell(width, 5.5, person.label or "")
    y += 17
    pdf.set_font("Sans", "", 8.3)
    pdf.set_xy(x, y)
    items = (
        ("\u2302", f"{person.city}, Germany"),
        ("\u260e", person.phone),
        ("\u2709", person.email),
        ("\u2197", extra["url"].removeprefix("https://")),
    )
    for icon, text in items:
        pdf.set_text_color(*accent)
        pdf.cell(4, 4.5, icon)
        pdf.set_text_color(*muted)
        pdf.cell(pdf.get_string_width(text) + 5, 4.5, text)
    pdf.set_text_color(*ink)
    y += 6.5
    heading("Profiles")
    pdf.set_xy(x, y)
    for network, address in (("LinkedIn", extra["linkedin"]), ("GitHub", extra["github"])):
        pdf.set_font("Sans", "B", 8.8)
        pdf.cell(pdf.get_string_width(network) + 2, 4.6, network)
        pdf.set_font("Sans", "", 8.8)
        shown = address.removeprefix("https://").removeprefix("www.")
        pdf.set_text_color(*muted)
        pdf.cell(pdf.get_string_width(shown) + 10, 4.6, shown, link=address)
        pdf.set_text_color(*ink)
    y += 6
    heading("Summary")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.7, extra["summary"], align="L")
    y = pdf.get_y() + 1
    heading("Experience")
    for job in person.jobs:
        need(26)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.6)
        pdf.cell(width - 60, 5, job.company)
        pdf.set_font("Sans", "B", 8.8)
        pdf.cell(60, 5, _rx_span(job.start, job.end, form), align="R")
        pdf.set_xy(x, y + 5)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width - 60, 4.8, job.position)
        pdf.set_text_color(*muted)
        pdf.cell(60, 4.8, job.city, align="R")
        pdf.set_text_color(*ink)
        y += 11
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + 2, y)
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(4, 4.5, "\u2022")
            pdf.multi_cell(width - 6, 4.5, note, align="L")
            y = pdf.get_y() + 0.2
        y += 2.5
    heading("Education")
    for d in person.degrees:
        need(12)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.6)
        pdf.cell(width - 40, 5, d.institution)
        pdf.set_font("Sans", "B", 8.8)
        pdf.cell(40, 5, f"{d.start[0]} - {d.end[0]}", align="R")
        pdf.set_xy(x, y + 5)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width, 4.8, f"{d.area} \u00b7 {d.study}")
        y += 11.5
    heading("Skills")
    column = width / 3
    for index, (category, level, keywords) in enumerate(extra["levels"]):
        cx = x + (index % 3) * column
        cy = y + (index // 3) * 16
        pdf.set_xy(cx, cy)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(column - 4, 4.6, category)
        pdf.set_xy(cx, cy + 4.6)
        pdf.set_font("Sans", "", 8.3)
        pdf.set_text_color(*muted)
        pdf.cell(column - 4, 4.4, level)
        pdf.set_text_color(*ink)
        pdf.set_xy(cx, cy + 9)
        pdf.cell(column - 4, 4.4, ", ".join(keywords))
    y += 16 * ((len(extra["levels"]) + 2) // 3) + 1
    heading("Languages")
    for index, (lang, level) in enumerate(person.languages):
        cx = x + index * (width / 3)
        pdf.set_xy(cx, y)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(width / 3 - 4, 4.6, lang)
        pdf.set_xy(cx, y + 4.6)
        pdf.set_font("Sans", "", 8.3)
        pdf.set_text_color(*muted)
        pdf.cell(width / 3 - 4, 4.4, level)
        pdf.set_text_color(*ink)
    y += 10
    _check(y, 288, person)
    return bytes(pdf.output())


def _us_span(job: Job, form: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        return f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"

    if job.end == job.start and form == "mon":
        return f"Summer {job.start[0]}"
    if job.end == job.start:
        return f"06/{job.start[0]} \u2013 08/{job.start[0]}"
    return f"{one(job.start)} \u2013 {'Present' if job.end is None else one(job.end)}"


def _student_docx(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt

    form, extra = options["dates"], person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = ""
    properties.revision = 1
    properties.title = "Resume"
    section = document.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(0.8)
    section.top_margin = section.bottom_margin = Inches(0.7)
    document.styles["Normal"].font.name = "Garamond"
    document.styles["Normal"].font.size = Pt(11)
    right = Inches(6.9)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(0)
    run = title.add_run(person.name)
    run.bold, run.font.size = True, Pt(18)
    contact = document.add_paragraph()
    contact.alignment = WD_ALIGN_PARAGRAPH.CENTER
    parts = (
        f"{person.city}, {person.region} {extra['postal']}",
        person.phone,
        person.email,
        extra["linkedin"].removeprefix("https://www."),
    )
    contact.add_run(" | ".join(parts)).font.size = Pt(10)

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.paragraph_format.space_after = Pt(2)
        run = paragraph.add_run(text.upper())
        run.bold = True
        run.font.size = Pt(11.5)

    def tabbed(left: str, when: str, *, bold: bool = True, italic: bool = False) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run(left)
        run.bold, run.italic = bold, italic
        if when:
            paragraph.add_run(f"\t{when}")

    heading("Education")
    for d in person.degrees:
        tabbed(d.institution, f"Expected {MONTHS_EN[d.end[1] - 1]} {d.end[0]}")
        tabbed(f"{d.study} in {d.area}", "", bold=False, italic=True)
        document.add_paragraph(f"GPA: {extra['gpa']}").paragraph_format.space_after = Pt(2)
    label = document.add_paragraph()
    label.paragraph_format.space_after = Pt(0)
    label.add_run("Relevant Coursework:").bold = True
    courses = extra["courses"]
    grid = document.add_table(rows=2, cols=3)
    for i, course in enumerate(courses):
        grid.cell(i // 3, i % 3).text = course
    heading("Experience")
    for job in person.jobs:
        tabbed(job.position, _us_span(job, form))
        tabbed(f"{job.company} \u2013 {job.city}", "", bold=False, italic=True)
        for note in job.highlights:
            document.add_paragraph(note, style="List Bullet")
    heading("Campus Involvement")
    for item in extra["campus"]:
        document.add_paragraph(item, style="List Bullet")
    heading("Skills")
    line = document.add_paragraph()
    line.paragraph_format.space_after = Pt(0)
    line.add_run("Technical: ").bold = True
    line.add_run(", ".join(person.skills))
    if person.languages:
        line = document.add_paragraph()
        lang, level = person.languages[0]
        line.add_run("Languages: ").bold = True
        line.add_run(f"{lang} ({level})")
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())

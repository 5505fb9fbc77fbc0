"""Twenty-seventh held-out round ("holdout-27"): more layouts, written blind (without
reading the parser) and meant to be measured once, untuned. Four layouts, all born-digital
PDF. The round is sealed: the layouts are described only in the code below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

from __future__ import annotations

import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.people import ascii_slug
from tests.eval.render import drop_empty, iso_month

HOLDOUT_TAG = "holdout-27"
GENERATOR = "tests/eval/holdout27.py"
SEED = 2_771_846

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-deedy-latex", 3),
    ("pdf-swiss-lebenslauf", 3),
    ("pdf-argentine-cv", 3),
    ("pdf-vietnamese-english", 3),
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
    "pdf-deedy-latex": Pool(
        first=("Anika", "Rohan", "Mireille", "Tobias", "Kaveri", "Dashiell"),
        last=("Sundararajan", "Ellingsworth", "Abernathy-Cho", "Valdivieso"),
        cities=(
            ("San Francisco", "CA", None, ""),
            ("Seattle", "WA", None, ""),
            ("New York", "NY", None, ""),
        ),
        employers=(
            "Brightwave Robotics",
            "Fernhollow Labs",
            "Lattice Harbor",
            "Northmark Payments",
            "Tidewell Systems",
        ),
        titles=(
            "Software Engineer II",
            "Infrastructure Engineer",
            "Backend Engineer",
            "Software Engineer",
            "Software Engineer Intern",
        ),
        highlights=(
            "Rewrote the order-matching service in Go, cutting p99 latency from 240ms to 35ms",
            "Designed a sharded Postgres schema serving 18K writes/sec at peak",
            "Built an internal feature-flag dashboard adopted by 30+ teams",
            "Shipped offline map tile caching for the Android app (2M+ installs)",
            "Migrated CI from Jenkins to GitHub Actions, halving median build time",
            "Implemented gRPC streaming for robot telemetry ingestion",
            "Led on-call rotation tooling and wrote 12 incident runbooks",
            "Prototyped a Rust-based rate limiter now guarding the public API",
        ),
        skills=(),
        schools=(
            "University of Illinois Urbana-Champaign",
            "Rice University",
            "Virginia Tech",
            "University of Maryland, College Park",
        ),
        degrees=(
            ("B.S.", "Computer Science"),
            ("M.S.", "Computer Science"),
            ("B.S.", "Computer Engineering"),
        ),
    ),
    "pdf-swiss-lebenslauf": Pool(
        first=("Jürg", "Regula", "Mirjam", "Beat", "Seraina", "Reto"),
        last=("Brändli", "Hürlimann", "Stöckli", "Gämperle", "Caduff"),
        cities=(
            ("Zürich", None, "8008", "Seefeldstrasse 112"),
            ("Luzern", None, "6003", "Pilatusstrasse 41"),
            ("Winterthur", None, "8400", "Technikumstrasse 7"),
            ("St. Gallen", None, "9000", "Rorschacher Strasse 150"),
        ),
        employers=(
            "Alpstein Versicherungen AG",
            "Limmattal Logistik AG",
            "Seeland Medtech AG",
            "Brunnmatt Treuhand GmbH",
            "Rigiblick Energie AG",
        ),
        titles=(
            "Senior Controller",
            "Teamleitung Finanzbuchhaltung",
            "Business Analyst Finance",
            "Fachspezialist Rechnungswesen",
            "Sachbearbeitung Kreditoren",
        ),
        highlights=(
            "Verantwortung für den Monats- und Jahresabschluss nach Swiss GAAP FER",
            "Budgetierung und Forecast in Zusammenarbeit mit den Bereichsleitenden",
            "Key User bei der Einführung von SAP S/4HANA im Bereich Finanzen",
            "Erstellung des Management-Reportings zuhanden der Geschäftsleitung",
            "Führung eines Teams von vier Mitarbeitenden",
            "Ansprechperson für Revisionsstelle und Steuerbehörden",
            "Optimierung der Kreditorenprozesse (Durchlaufzeit um 30 % reduziert)",
            "Quartalsweise Mehrwertsteuerabrechnungen mit der ESTV",
        ),
        skills=(
            "MS Office (sehr gute Kenntnisse)",
            "SAP FI/CO",
            "Abacus",
            "Power BI",
            "Excel VBA",
            "Bexio",
        ),
        schools=(
            "Hochschule Luzern \u2013 Wirtschaft",
            "Fachhochschule Nordwestschweiz FHNW",
            "Universität St. Gallen (HSG)",
            "Berner Fachhochschule BFH",
        ),
        degrees=(
            ("Bachelor of Science", "Betriebsökonomie"),
            ("Master of Science", "Accounting & Finance"),
            ("Bachelor of Science", "Wirtschaftsinformatik"),
        ),
    ),
    "pdf-argentine-cv": Pool(
        first=("Agustina", "Florencia", "Martín", "Joaquín", "Lucía", "Rocío"),
        last=("Ferreyra", "Quiroga", "Ludueña", "Iñíguez", "Irigoyen"),
        cities=(
            ("Córdoba", "Córdoba", "X5000", "Bv. San Juan 845, 3° A"),
            ("Rosario", "Santa Fe", "S2000", "Bv. Oroño 1530, 7° B"),
            ("La Plata", "Buenos Aires", "B1900", "Calle 48 N° 712"),
        ),
        employers=(
            "Grupo Pampa Sur S.A.",
            "Distribuidora Río Cuarto S.R.L.",
            "Estudio Contable Bertolotti & Asoc.",
            "Laboratorios Ituzaingó S.A.",
            "Cooperativa Agrícola del Sudeste Ltda.",
        ),
        titles=(
            "Responsable de impuestos",
            "Analista contable Sr.",
            "Analista de cuentas a pagar",
            "Asistente contable",
            "Auxiliar administrativo contable",
        ),
        highlights=(
            "Liquidación de impuestos nacionales y provinciales (IVA, Ganancias, IIBB)",
            "Conciliaciones bancarias y de tarjetas de crédito",
            "Armado de estados contables trimestrales y anuales",
            "Atención de requerimientos de AFIP y de la Dirección General de Rentas",
            "Control de cuentas corrientes de proveedores en Tango Gestión",
            "Coordinación de un equipo de 3 personas",
            "Liquidación de sueldos y cargas sociales (convenio de Comercio)",
            "Implementación de SAP Business One en el área administrativa",
        ),
        skills=(
            "Paquete Office (Excel avanzado)",
            "Tango Gestión",
            "SAP Business One",
            "Holistor",
            "SIAP",
            "Power BI",
        ),
        schools=(
            "Universidad Nacional de Córdoba",
            "Universidad Nacional de Rosario",
            "Universidad Nacional de La Plata",
        ),
        degrees=(
            ("Contador Público", ""),
            ("Licenciatura", "Administración"),
            ("Licenciatura", "Economía"),
        ),
    ),
    "pdf-vietnamese-english": Pool(
        first=("Nguyễn Thu", "Trần Minh", "Phạm Ngọc", "Lê Hoàng", "Đặng Thùy", "Vũ Quang"),
        last=("Trang", "Khôi", "Ánh", "Phúc", "Dương"),
        cities=(
            ("Hà Nội", None, None, "Số 18 ngõ 92 Láng Hạ, Đống Đa"),
            ("TP. Hồ Chí Minh", None, None, "45 Nguyễn Thị Minh Khai, Phường Bến Nghé, Quận 1"),
            ("Đà Nẵng", None, None, "112 Lê Duẩn, Hải Châu"),
        ),
        employers=(
            "Sao Mai Digital JSC",
            "Hanoi Phoenix Logistics Co., Ltd",
            "VinaTech Solutions JSC",
            "Saigon Lotus Trading Co., Ltd",
            "Mekong Fintech JSC",
        ),
        titles=(
            "Performance Marketing Lead",
            "Brand Executive",
            "Digital Marketing Executive",
            "Content Marketing Specialist",
            "Marketing Intern",
        ),
        highlights=(
            "Planned and ran Facebook Ads and Google Ads campaigns with a monthly budget of "
            "300 million VND",
            "Managed the company fanpage (120K followers) and TikTok channel",
            "Wrote SEO articles for the website, increasing organic traffic by 45%",
            "Coordinated with KOLs and agencies for product launch events",
            "Reported weekly campaign performance to the Marketing Manager",
            "Supported the sales team with leaflets, banners and POSM",
            "Built email marketing flows on HubSpot with a 28% open rate",
            "Researched competitors and customer insights for the yearly marketing plan",
        ),
        skills=(
            "Facebook Ads",
            "Google Ads",
            "Google Analytics",
            "Canva",
            "Adobe Photoshop",
            "Microsoft Office",
            "SEO",
        ),
        schools=(
            "Foreign Trade University",
            "National Economics University",
            "University of Economics Ho Chi Minh City (UEH)",
            "Academy of Journalism and Communication",
        ),
        degrees=(
            ("Bachelor", "International Business"),
            ("Bachelor", "Marketing"),
            ("Bachelor", "Public Relations"),
        ),
    ),
}

DEEDY_COURSES = (
    "Distributed Systems",
    "Operating Systems",
    "Computer Networks",
    "Database Systems",
    "Compilers",
    "Machine Learning",
    "Algorithms",
    "Computer Security",
    "Computer Graphics",
)
DEEDY_SKILLS = (
    ("Over 5000 lines", ("Go", "Python", "Java", "TypeScript", "SQL")),
    ("Over 1000 lines", ("C++", "Rust", "Bash", "Kotlin")),
    ("Familiar", ("Kubernetes", "Terraform", "AWS (ECS, Lambda)", "Kafka", "React")),
)
DEEDY_AWARDS = (
    "1st Place, regional collegiate hackathon (400+ participants)",
    "Dean's List (all semesters)",
    "ICPC North America Regionals, 9th Place",
    "Goldwater Scholarship Honorable Mention",
    "Best Use of Maps API, campus hackathon",
)
DEEDY_PROJECTS = (
    (
        "Tessellate",
        "Rust, WebAssembly",
        (
            "Browser-based vector tile renderer compiled to WebAssembly",
            "1.2K GitHub stars; reached the Hacker News front page",
        ),
    ),
    (
        "Quorum",
        "Go, Raft",
        (
            "Toy key-value store implementing Raft consensus with linearizable reads",
            "Used as a teaching example in a distributed systems course",
        ),
    ),
    (
        "Pantry",
        "Kotlin, Firebase",
        (
            "Android app that suggests recipes from scanned grocery receipts",
            "Won Best Mobile Hack at a 600-person hackathon",
        ),
    ),
    (
        "Sqlsift",
        "Python",
        ("Opinionated SQL formatter with a VS Code extension, 8K monthly installs",),
    ),
)
CH_SUMMARY = (
    "Erfahrene Fachperson im Finanz- und Rechnungswesen mit Freude an sauberen Zahlen, "
    "effizienten Prozessen und der Zusammenarbeit über Abteilungsgrenzen hinweg."
)
CH_CERTS = (
    ("Fachausweis Fachfrau/Fachmann im Finanz- und Rechnungswesen", "veb.ch"),
    ("CAS Controlling", "ZHAW School of Management and Law"),
    ("SAP S/4HANA Finance Grundlagen", "SAP Schweiz"),
)
CH_LANGUAGES = (
    ("Englisch", "verhandlungssicher (C1)"),
    ("Französisch", "gute Kenntnisse (B2)"),
    ("Italienisch", "Grundkenntnisse (A2)"),
)
CH_HOBBIES = ("Skitouren", "Chorgesang", "Wandern im Alpstein", "Kochen")
CH_REFERENCES = (
    ("Hans-Peter Ammann", "CFO"),
    ("Claudia Wyss", "Leiterin Rechnungswesen"),
    ("Markus Frei", "Geschäftsführer"),
)
AR_OBJECTIVE = (
    "Desarrollarme profesionalmente en el área contable e impositiva de una empresa en "
    "crecimiento, aportando compromiso, capacidad de análisis y trabajo en equipo."
)
AR_COURSES = (
    ("Actualización en Impuesto a las Ganancias", "Consejo Profesional de Ciencias Económicas"),
    ("Excel avanzado y tablas dinámicas", "Fundación Pescar"),
    ("Liquidación de sueldos y jornales", "Colegio de Graduados en Ciencias Económicas"),
)
AR_LANGUAGES = (
    ("Inglés", "avanzado (First Certificate in English)"),
    ("Portugués", "intermedio"),
    ("Italiano", "básico"),
)
AR_SCHOOLS = (
    "Instituto Santa Teresita del Niño Jesús",
    "Escuela Superior de Comercio Domingo F. Sarmiento",
)
VN_OBJECTIVE = (
    "Apply my knowledge of digital marketing and data analysis to grow the brand and "
    "become a Marketing Manager within the next 3 years."
)
VN_CERTS = (
    ("IELTS 7.0", "British Council"),
    ("Google Ads Search Certification", "Google"),
    ("Meta Certified Digital Marketing Associate", "Meta"),
    ("Hubspot Inbound Marketing", "HubSpot Academy"),
)
VN_ACTIVITIES = (
    (
        "Youth Union",
        "Member of Media Team",
        (
            "Designed posters and wrote posts for the union fanpage",
            "Organised the Green Summer volunteer campaign for 200 students",
        ),
    ),
    (
        "Marketing Club",
        "Head of Events",
        (
            "Led a team of 12 members to organise the annual Marketing Contest",
            "Found sponsors and managed a budget of 80 million VND",
        ),
    ),
)
VN_INTERESTS = ("Reading books", "Travelling", "Badminton", "Photography")


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-deedy-latex":
        return {
            "dates": rng.choice(("mon", "long")),
            "accent": rng.choice(((0, 0, 0), (10, 70, 140), (125, 25, 40))),
            "present": rng.choice(("Present", "Current")),
            "awards": rng.random() < 0.75,
        }
    if style == "pdf-swiss-lebenslauf":
        return {
            "dates": rng.choice(("dot", "slash", "words")),
            "accent": rng.choice(((190, 20, 30), (40, 70, 110), (60, 60, 60))),
            "header": rng.choice(("name", "personalien")),
            "education_first": rng.random() < 0.35,
        }
    if style == "pdf-argentine-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "labelled": rng.random() < 0.55,
            "shaded": rng.random() < 0.5,
            "photo": rng.random() < 0.5,
        }
    if style == "pdf-vietnamese-english":
        return {
            "dates": rng.choice(("mm/yyyy", "mm-yyyy")),
            "accent": rng.choice(((0, 177, 79), (31, 78, 121), (196, 92, 38))),
            "present": rng.choice(("Present", "Now")),
            "headline": rng.random() < 0.75,
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
    if style == "pdf-deedy-latex":
        jobs = _chain(rng, pool, 3, rng.random() < 0.7)
        end_year = jobs[-1].start[0] - rng.randint(0, 1)
        handle = f"{first}{last.replace('-', '')[:6]}"
        phone = f"{rng.randint(201, 989)}.{rng.randint(200, 999)}.{rng.randint(1000, 9999)}"
        email = f"{first}@{handle}.dev" if rng.random() < 0.5 else f"{handle}@gmail.com"
        url = f"https://{handle}.dev"
        extra["github"] = f"https://github.com/{handle}"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        extra["site"] = f"{handle}.dev"
        for job in jobs:
            job.city = rng.choice((f"{city}, {region}", "Mountain View, CA", "Austin, TX"))
        school = rng.choice(pool.schools)
        town = {
            "University of Illinois Urbana-Champaign": "Urbana, IL",
            "Rice University": "Houston, TX",
            "Virginia Tech": "Blacksburg, VA",
            "University of Maryland, College Park": "College Park, MD",
        }[school]
        extra["town"] = town
        extra["gpa"] = {}
        if rng.random() < 0.45:
            degrees.append(
                Degree(school, "M.S.", "Computer Science", (end_year - 1, 8), (end_year, 5))
            )
            extra["gpa"][0] = f"{rng.randint(370, 400) / 100:.2f} / 4.0"
            end_year -= 1
        study, area = rng.choice((pool.degrees[0], pool.degrees[2]))
        degrees.append(Degree(school, study, area, (end_year - 4, 8), (end_year, 5)))
        extra["gpa"][len(degrees) - 1] = f"{rng.randint(340, 398) / 100:.2f} / 4.0"
        extra["courses"] = rng.sample(DEEDY_COURSES, rng.randint(5, 7))
        extra["categories"] = [(c, rng.sample(k, rng.randint(3, len(k)))) for c, k in DEEDY_SKILLS]
        first_year, last_year = degrees[-1].start[0] + 1, degrees[0].end[0]
        awards = [(t, str(rng.randint(first_year, last_year))) for t in rng.sample(DEEDY_AWARDS, 3)]
        extra["awards"] = sorted(awards, key=lambda a: a[1], reverse=True)
        projects = rng.sample(DEEDY_PROJECTS, 2 if len(jobs) == 3 else 3)
        extra["projects"] = [
            (n, tech, f"https://github.com/{handle}/{n.lower()}", list(notes))
            for n, tech, notes in projects
        ]
    elif style == "pdf-swiss-lebenslauf":
        jobs = _chain(rng, pool, rng.choice((3, 4)), rng.random() < 0.75)
        end_year = jobs[-1].start[0] - rng.randint(0, 1)
        phone = rng.choice(("+41 79", "079", "+41 76", "078")) + (
            f" {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        )
        email = f"{first}.{last}@{rng.choice(('bluewin.ch', 'gmx.ch', 'sunrise.ch'))}"
        label = jobs[0].position if rng.random() < 0.6 else None
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(10, 99)}"
        extra["summary"] = CH_SUMMARY if rng.random() < 0.6 else None
        for job in jobs:
            job.city = rng.choice((city, "Zürich", "Zug", "Bern"))
        idx = rng.randrange(3)
        school = pool.schools[idx]
        study, area = pool.degrees[idx]
        if study.startswith("Master"):
            degrees.append(Degree(school, study, area, (end_year - 2, 9), (end_year, 7)))
            end_year -= 2
            study, area = pool.degrees[0]
            school = rng.choice((pool.schools[0], pool.schools[3]))
        degrees.append(Degree(school, study, area, (end_year - 3, 9), (end_year, 7)))
        degrees.append(
            Degree(
                "Wirtschaftsschule KV Winterthur",
                "Kaufmännische Grundbildung EFZ",
                "Branche Treuhand/Immobilien",
                (end_year - 7, 8),
                (end_year - 4, 7),
            )
        )
        certs = rng.sample(CH_CERTS, rng.randint(1, 2))
        extra["certs"] = [(n, i, str(rng.randint(jobs[-1].start[0], 2025))) for n, i in certs]
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{end_year - 24}"
        extra["civil"] = rng.choice(("ledig", "verheiratet"))
        extra["origin"] = rng.choice(("Chur GR", "Appenzell AI", "Schwyz SZ", "Thun BE"))
        extra["hobbies"] = rng.sample(CH_HOBBIES, 3)
        employers = [job.company for job in jobs]
        extra["references"] = (
            [
                (
                    ref,
                    role,
                    employers[i],
                    f"+41 {rng.choice((44, 41, 71))} 555 {rng.randint(10, 99)} "
                    f"{rng.randint(10, 99)}",
                )
                for i, (ref, role) in enumerate(rng.sample(CH_REFERENCES, 2))
            ]
            if rng.random() < 0.5
            else []
        )
        languages = [("Deutsch", "Muttersprache"), *rng.sample(CH_LANGUAGES, rng.randint(2, 3))]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-argentine-cv":
        jobs = _chain(rng, pool, rng.choice((3, 4)), rng.random() < 0.7)
        end_year = jobs[-1].start[0] - rng.randint(0, 1)
        area_code = {"Córdoba": "351", "Rosario": "341", "La Plata": "221"}[city]
        number = f"{rng.randint(500, 699)}-{rng.randint(1000, 9999)}"
        phone = rng.choice((f"+54 9 {area_code} {number}", f"(0{area_code}) 15 {number}"))
        email = f"{first}{last}{rng.randint(80, 99)}@{rng.choice(('gmail.com', 'hotmail.com'))}"
        extra["linkedin"] = (
            f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(1000, 9999)}"
            if rng.random() < 0.6
            else None
        )
        extra["summary"] = AR_OBJECTIVE
        for job in jobs:
            job.city = rng.choice((city, "Buenos Aires"))
        idx = {"Córdoba": 0, "Rosario": 1, "La Plata": 2}[city]
        study, area = rng.choice(pool.degrees)
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 6, 3), (end_year, 12)))
        if rng.random() < 0.55:
            degrees.append(
                Degree(
                    rng.choice(AR_SCHOOLS),
                    "Bachiller",
                    "Economía y Gestión de las Organizaciones",
                    (end_year - 11, 3),
                    (end_year - 7, 12),
                )
            )
        extra["dni"] = f"{rng.randint(30, 38)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 24}"
        female = slug[0] in ("agustina", "florencia", "lucia", "rocio")
        extra["civil"] = rng.choice(("soltera", "casada") if female else ("soltero", "casado"))
        extra["country"] = rng.random() < 0.5
        extra["courses"] = [
            (n, i, str(rng.randint(end_year, 2025))) for n, i in rng.sample(AR_COURSES, 2)
        ]
        languages = [("Español", "nativo"), *rng.sample(AR_LANGUAGES, rng.randint(1, 2))]
        skills = rng.sample(pool.skills, rng.randint(4, 5))
    else:
        jobs = _chain(rng, pool, rng.choice((2, 3)), rng.random() < 0.75)
        end_year = jobs[-1].start[0] - rng.randint(0, 1)
        phone = rng.choice(("0", "(+84) ")) + (
            f"{rng.choice((90, 91, 93, 98))}{rng.randint(1, 9)} {rng.randint(100, 999)} "
            f"{rng.randint(100, 999)}"
        )
        email = f"{last}.{first}{rng.randint(94, 99)}@gmail.com"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{last}-{first}-{slug[1]}"
        extra["summary"] = VN_OBJECTIVE
        for job in jobs:
            job.city = ""
        idx = rng.randrange(len(pool.degrees))
        school = pool.schools[idx]
        study, area = pool.degrees[idx]
        degrees.append(Degree(school, study, area, (end_year - 4, 9), (end_year, 6)))
        extra["gpa"] = f"{rng.randint(300, 375) / 100:.2f}/4.0"
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 22}"
        extra["gender"] = "Male" if slug[1] in ("minh", "hoang", "quang") else "Female"
        certs = [
            (n, i, str(rng.randint(end_year - 1, 2025)))
            for n, i in rng.sample(VN_CERTS, rng.randint(2, 3))
        ]
        extra["certs"] = sorted(certs, key=lambda c: c[2], reverse=True)
        act = VN_ACTIVITIES[rng.randrange(2)]
        short = {
            "Foreign Trade University": "FTU",
            "National Economics University": "NEU",
            "University of Economics Ho Chi Minh City (UEH)": "UEH",
            "Academy of Journalism and Communication": "AJC",
        }[school]
        extra["activity"] = (
            f"{short} {act[0]}",
            act[1],
            (end_year - 3, 10),
            (end_year - 1, 6),
            list(act[2]),
        )
        extra["interests"] = rng.sample(VN_INTERESTS, 3)
        languages = [("English", rng.choice(("IELTS 7.0", "Fluent", "TOEIC 850")))]
        if rng.random() < 0.4:
            languages.append(("Japanese", "JLPT N3"))
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    # The newest job carries the most senior title (pool titles run senior to junior).
    ranked = sorted((job.position for job in jobs), key=pool.titles.index)
    for job, title in zip(jobs, ranked, strict=True):
        job.position = title
    label = jobs[0].position if label is not None else None
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
    profiles = []
    if extra.get("linkedin"):
        li = extra["linkedin"]
        profiles.append({"network": "LinkedIn", "username": li.rsplit("/", 1)[-1], "url": li})
    if extra.get("github"):
        gh = extra["github"]
        profiles.append({"network": "GitHub", "username": gh.rsplit("/", 1)[-1], "url": gh})
    location: dict[str, Any] = {}
    if style == "pdf-swiss-lebenslauf":
        location = {"address": extra["street"], "postalCode": extra["postal"], "city": person.city}
    elif style == "pdf-argentine-cv":
        location = {
            "address": extra["street"],
            "postalCode": extra["postal"],
            "city": person.city,
            "region": person.region,
            "countryCode": "AR" if extra["country"] else None,
        }
    elif style == "pdf-vietnamese-english":
        location = {"address": extra["street"], "city": person.city}
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label if options.get("headline", True) else None,
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
        item: dict[str, Any] = {"institution": d.institution, "studyType": d.study, "area": d.area}
        if style == "pdf-deedy-latex":
            item["endDate"] = iso_month(d.end, "month")
            item["score"] = extra["gpa"].get(index)
        elif style == "pdf-vietnamese-english":
            item |= {"startDate": iso_month(d.start, "month"), "endDate": iso_month(d.end, "month")}
            item["score"] = extra["gpa"]
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        education.append(drop_empty(item))
    if "categories" in extra:
        skills = [{"name": c, "keywords": list(k)} for c, k in extra["categories"]]
    else:
        skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    printed = extra["courses"] if style == "pdf-argentine-cv" else extra.get("certs", [])
    certificates = [{"name": n, "issuer": i, "date": y} for n, i, y in printed]
    awards = []
    if style == "pdf-deedy-latex" and options.get("awards"):
        awards = [{"title": t, "date": y} for t, y in extra["awards"]]
    projects = [
        {"name": n, "description": tech, "url": link, "highlights": notes}
        for n, tech, link, notes in extra.get("projects", [])
    ]
    volunteer = []
    if "activity" in extra:
        org, role, start, end, notes = extra["activity"]
        volunteer = [
            {
                "organization": org,
                "position": role,
                "startDate": iso_month(start, "month"),
                "endDate": iso_month(end, "month"),
                "highlights": notes,
            }
        ]
    interests = [{"name": i} for i in extra.get("interests", []) + extra.get("hobbies", [])]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "volunteer": volunteer,
            "education": education,
            "awards": awards,
            "projects": projects,
            "certificates": certificates,
            "skills": skills,
            "languages": languages,
            "interests": interests,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-deedy-latex":
        return _deedy(person, options), "pdf"
    if style == "pdf-swiss-lebenslauf":
        return _swiss(person, options), "pdf"
    if style == "pdf-argentine-cv":
        return _argentine(person, options), "pdf"
    if style == "pdf-vietnamese-english":
        return _vietnamese(person, options), "pdf"
    raise ValueError(f"unknown style {style}")


def _deedy_month(month: Month | None, options: dict[str, Any]) -> str:
    if month is None:
        return options["present"]
    name = MONTHS_EN[month[1] - 1]
    return f"{name[:3]} {month[0]}" if options["dates"] == "mon" else f"{name} {month[0]}"


def _deedy(person: Candidate, options: dict[str, Any]) -> bytes:
    extra, accent = person.extra, options["accent"]
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.add_font("Light", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans-ExtraLight.ttf")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} Resume")
    pdf.add_page(format="Letter")
    page_w = 215.9
    margin = 12.0
    grey, ink = (110, 110, 110), (30, 30, 30)
    first, _, last = person.name.partition(" ")
    # The name: a light first name and a bold last name, centred.
    pdf.set_font("Light", "", 30)
    w1 = pdf.get_string_width(first + " ")
    pdf.set_font("Sans", "B", 30)
    w2 = pdf.get_string_width(last)
    nx = (page_w - w1 - w2) / 2
    pdf.set_text_color(*ink)
    pdf.set_xy(nx, 9)
    pdf.set_font("Light", "", 30)
    pdf.cell(w1, 13, first + " ")
    pdf.set_font("Sans", "B", 30)
    pdf.cell(w2, 13, last)
    pdf.set_font("Light", "", 9.5)
    pdf.set_text_color(*grey)
    pdf.set_xy(margin, 23)
    contact = f"{extra['site']} | {person.email} | {person.phone}"
    pdf.cell(page_w - 2 * margin, 5, contact, align="C")
    lx, lw = margin, 56.0
    rx = margin + lw + 8
    rw = page_w - margin - rx

    def heading(x: float, y: float, w: float, text: str) -> float:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 13.5)
        pdf.set_text_color(*accent)
        pdf.set_char_spacing(1.2)
        pdf.cell(w, 6.5, text.upper())
        pdf.set_char_spacing(0)
        pdf.set_text_color(*ink)
        return y + 8.5

    def sub(x: float, y: float, w: float, bold: str, light: str = "") -> float:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10.8)
        pdf.set_text_color(*ink)
        pdf.cell(pdf.get_string_width(bold), 5.4, bold)
        if light:
            pdf.set_font("Light", "", 10.8)
            pdf.cell(w - pdf.get_string_width(bold), 5.4, f" | {light}")
        return y + 5.6

    def where(x: float, y: float, w: float, text: str) -> float:
        pdf.set_xy(x, y)
        pdf.set_font("Light", "", 9)
        pdf.set_text_color(*grey)
        pdf.cell(w, 4.6, text)
        pdf.set_text_color(*ink)
        return y + 5.0

    def light(
        x: float, y: float, w: float, text: str, size: float = 10, font: str = "Light"
    ) -> float:
        pdf.set_xy(x, y)
        pdf.set_font(font, "", size)
        pdf.set_text_color(*ink)
        pdf.multi_cell(w, 4.9, text, align="L")
        return pdf.get_y()

    # Left column.
    y = 34.0
    y = heading(lx, y, lw, "Education")
    for index, d in enumerate(person.degrees):
        pdf.set_xy(lx, y)
        pdf.set_font("Sans", "B", 10.8)
        pdf.multi_cell(lw, 5.2, d.institution, align="L")
        y = light(lx, pdf.get_y(), lw, f"{d.study} in {d.area}", 9.5)
        y = where(lx, y + 0.3, lw, f"{_deedy_month(d.end, options)} | {extra['town']}")
        if index in extra["gpa"]:
            y = light(lx, y, lw, f"Cum. GPA: {extra['gpa'][index]}")
        y += 3
    y = heading(lx, y + 1, lw, "Links")
    for label, link in (("Github", extra["github"]), ("LinkedIn", extra["linkedin"])):
        pdf.set_xy(lx, y)
        pdf.set_font("Light", "", 10)
        pdf.cell(pdf.get_string_width(f"{label}:// "), 5, f"{label}:// ")
        pdf.set_font("Sans", "B", 10)
        pdf.cell(lw - 22, 5, link.rsplit("/", 1)[-1], link=link)
        y += 5.3
    y = heading(lx, y + 3, lw, "Coursework")
    y = sub(lx, y, lw, "Undergraduate" if len(person.degrees) == 1 else "Graduate")
    for course in extra["courses"]:
        y = light(lx, y, lw, course)
    y = heading(lx, y + 4, lw, "Skills")
    y = sub(lx, y, lw, "Programming")
    for category, keywords in extra["categories"]:
        y = light(lx, y + 0.5, lw, f"{category}:", 9.2)
        y = light(lx, y, lw, " \u2022 ".join(keywords), 9.4, "Sans")
    _check(y, 270, person)
    # Right column.
    y = 34.0
    y = heading(rx, y, rw, "Experience")
    for job in person.jobs:
        y = sub(rx, y, rw, job.company, job.position)
        span = f"{_deedy_month(job.start, options)} \u2013 {_deedy_month(job.end, options)}"
        y = where(rx, y + 0.3, rw, f"{span} | {job.city}")
        for note in job.highlights:
            pdf.set_xy(rx + 1, y)
            pdf.set_font("Sans", "", 8)
            pdf.cell(3.5, 4.9, "\u2022")
            pdf.set_font("Light", "", 10)
            pdf.multi_cell(rw - 4.5, 4.9, note, align="L")
            y = pdf.get_y() + 0.3
        y += 4.5
    y = heading(rx, y + 1, rw, "Projects")
    for name, tech, link, notes in extra["projects"]:
        y = sub(rx, y, rw, name, tech)
        pdf.set_xy(rx, y + 0.3)
        pdf.set_font("Light", "", 8.5)
        pdf.set_text_color(*grey)
        pdf.cell(rw, 4.2, link.removeprefix("https://"), link=link)
        pdf.set_text_color(*ink)
        y += 4.6
        for note in notes:
            pdf.set_xy(rx + 1, y)
            pdf.set_font("Sans", "", 8)
            pdf.cell(3.5, 4.9, "\u2022")
            pdf.set_font("Light", "", 10)
            pdf.multi_cell(rw - 4.5, 4.9, note, align="L")
            y = pdf.get_y() + 0.3
        y += 4.5
    if options["awards"]:
        y = heading(rx, y + 1, rw, "Awards")
        for title, year in extra["awards"]:
            pdf.set_xy(rx, y)
            pdf.set_font("Sans", "B", 10)
            pdf.cell(13, 5, year)
            pdf.set_font("Light", "", 10)
            pdf.cell(rw - 13, 5, title)
            y += 5.6
    _check(y, 270, person)
    return bytes(pdf.output())


def _ch_month(month: Month | None, form: str) -> str:
    if month is None:
        return "heute"
    if form == "dot":
        return f"{month[1]:02d}.{month[0]}"
    if form == "slash":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MONATE[month[1] - 1]} {month[0]}"


def _swiss(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Lebenslauf {person.name}")
    x, width, gutter = 22.0, 168.0, 42.0
    ink = (25, 25, 25)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 284)
        pdf.set_font("Sans", "", 7.5)
        pdf.set_text_color(130, 130, 130)
        pdf.cell(width / 2, 4, f"Lebenslauf {person.name}")
        pdf.cell(width / 2, 4, f"Seite {pdf.page_no()}", align="R")
        pdf.set_text_color(*ink)
        y = 20.0

    def need(height: float) -> None:
        if y + height > 274:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(34)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_text_color(*ink)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.35)
        pdf.line(x, y + 6.8, x + width, y + 6.8)
        y += 10

    def row(key: str, value: str, bold_key: bool = False) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B" if bold_key else "", 9)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(gutter, 4.8, key)
        pdf.set_text_color(*ink)
        pdf.set_font("Sans", "", 9.3)
        pdf.set_xy(x + gutter, y)
        pdf.multi_cell(width - gutter, 4.8, value, align="L")
        y = pdf.get_y() + 0.8

    new_page()
    # Photo placeholder, top right.
    pdf.set_draw_color(170, 170, 170)
    pdf.set_line_width(0.3)
    pdf.rect(x + width - 32, 18, 32, 40)
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(150, 150, 150)
    pdf.set_xy(x + width - 32, 36)
    pdf.cell(32, 4, "Foto", align="C")
    pdf.set_text_color(*ink)
    if options["header"] == "name":
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 22)
        pdf.cell(width - 40, 10, person.name)
        y += 11
        if person.label:
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "", 12)
            pdf.set_text_color(*accent)
            pdf.cell(width - 40, 6, person.label)
            pdf.set_text_color(*ink)
            y += 7
        pdf.set_font("Sans", "", 9)
        for line in (
            f"{extra['street']}, {extra['postal']} {person.city}",
            f"{person.phone} | {person.email}",
        ):
            pdf.set_xy(x, y + 1)
            pdf.cell(width - 40, 4.8, line)
            y += 4.9
        y = max(y, 60.0)
        heading("Persönliche Angaben")
        row("Geburtsdatum", extra["born"])
        row("Heimatort", extra["origin"])
        row("Zivilstand", extra["civil"])
        row("LinkedIn", extra["linkedin"].removeprefix("https://www."))
    else:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 24)
        pdf.set_text_color(*accent)
        pdf.cell(width - 40, 11, "Lebenslauf")
        pdf.set_text_color(*ink)
        y += 14
        if person.label:
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "", 11)
            pdf.cell(width - 40, 6, person.label)
            y += 7
        y = max(y, 60.0)
        heading("Personalien")
        vorname, _, name = person.name.partition(" ")
        row("Name", name)
        row("Vorname", vorname)
        row("Adresse", f"{extra['street']}\n{extra['postal']} {person.city}")
        row("Telefon", person.phone)
        row("E-Mail", person.email)
        row("Geburtsdatum", extra["born"])
        row("Heimatort", extra["origin"])
        row("Zivilstand", extra["civil"])
        row("LinkedIn", extra["linkedin"].removeprefix("https://www."))
    if extra["summary"]:
        heading("Profil")
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9.3)
        pdf.multi_cell(width, 4.8, extra["summary"], align="L")
        y = pdf.get_y() + 1

    def experience() -> None:
        nonlocal y
        heading("Berufserfahrung")
        for job in person.jobs:
            need(26)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "", 9)
            span = f"{_ch_month(job.start, form)} \u2013 {_ch_month(job.end, form)}"
            if job.end is None and form != "words":
                span = f"seit {_ch_month(job.start, form)}"
            pdf.multi_cell(gutter - 3, 4.8, span, align="L")
            pdf.set_xy(x + gutter, y)
            pdf.set_font("Sans", "B", 9.8)
            pdf.cell(width - gutter, 5, job.position)
            pdf.set_xy(x + gutter, y + 5)
            pdf.set_font("Sans", "", 9.3)
            pdf.cell(width - gutter, 5, f"{job.company}, {job.city}")
            y += 11
            for note in job.highlights:
                need(5)
                pdf.set_xy(x + gutter, y)
                pdf.set_font("Sans", "", 9)
                pdf.cell(4, 4.6, "\u2013")
                pdf.multi_cell(width - gutter - 4, 4.6, note, align="L")
                y = pdf.get_y() + 0.4
            y += 3

    def education() -> None:
        nonlocal y
        heading("Aus- und Weiterbildung")
        for d in person.degrees:
            need(12)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "", 9)
            pdf.cell(gutter, 5, f"{d.start[0]} \u2013 {d.end[0]}")
            pdf.set_font("Sans", "B", 9.6)
            title = f"{d.study} in {d.area}" if " of " in d.study else f"{d.study}, {d.area}"
            pdf.cell(width - gutter, 5, title)
            pdf.set_xy(x + gutter, y + 5)
            pdf.set_font("Sans", "", 9.3)
            pdf.cell(width - gutter, 5, d.institution)
            y += 11.5
        for name, issuer, year in extra["certs"]:
            need(12)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "", 9)
            pdf.cell(gutter, 5, year)
            pdf.set_font("Sans", "B", 9.6)
            pdf.multi_cell(width - gutter, 5, name, align="L")
            pdf.set_xy(x + gutter, pdf.get_y())
            pdf.set_font("Sans", "", 9.3)
            pdf.cell(width - gutter, 5, issuer)
            y = pdf.get_y() + 6.5

    for part in (education, experience) if options["education_first"] else (experience, education):
        part()
    heading("Sprachen")
    for lang, level in person.languages:
        row(lang, level)
    heading("IT-Kenntnisse")
    row("Anwendungen", ", ".join(person.skills))
    heading("Freizeit")
    row("Hobbys", ", ".join(extra["hobbies"]))
    heading("Referenzen")
    if extra["references"]:
        for ref, role, company, phone in extra["references"]:
            need(12)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 9.3)
            pdf.cell(width, 4.8, ref)
            pdf.set_xy(x, y + 4.8)
            pdf.set_font("Sans", "", 9)
            pdf.cell(width, 4.8, f"{role}, {company}, Tel. {phone}")
            y += 11
    else:
        row("", "Auf Anfrage")
    need(14)
    pdf.set_xy(x, y + 6)
    pdf.set_font("Sans", "", 9)
    pdf.cell(width, 5, f"{person.city}, im Februar 2026")
    y += 12
    _check(y, 280, person)
    return bytes(pdf.output())


def _ar_month(month: Month | None, form: str) -> str:
    if month is None:
        return "actualidad" if form == "words" else "a la fecha"
    if form == "words":
        return f"{MESES[month[1] - 1]} {month[0]}"
    return f"{month[1]:02d}/{month[0]}"


def _argentine(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Curriculum Vitae")
    x, width = 22.0, 166.0
    ink = (0, 0, 0)
    shade = (217, 226, 243)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 20.0

    def need(height: float) -> None:
        if y + height > 277:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(34)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 11)
        if options["shaded"]:
            pdf.set_fill_color(*shade)
            pdf.cell(width, 6.5, " " + text.upper(), fill=True)
        else:
            pdf.cell(width, 6.5, text.upper())
            pdf.set_line_width(0.4)
            pdf.set_draw_color(*ink)
            pdf.line(x, y + 6.6, x + width, y + 6.6)
        y += 10

    def pair(
        key: str, value: str, indent: float = 0.0, kw: float = 44.0, right: float = 0.0
    ) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x + indent, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(kw, 5, f"{key}:")
        pdf.set_font("Serif", "", 10)
        pdf.multi_cell(width - indent - kw - right, 5, value, align="L")
        y = pdf.get_y() + 0.6

    def bullets(notes: list[str], indent: float) -> None:
        nonlocal y
        for note in notes:
            need(5.5)
            pdf.set_xy(x + indent, y)
            pdf.set_font("Serif", "", 10)
            pdf.cell(5, 5, "\u2022")
            pdf.multi_cell(width - indent - 5, 5, note, align="L")
            y = pdf.get_y() + 0.3

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 17)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    pdf.set_line_width(0.3)
    title_w = pdf.get_string_width("CURRICULUM VITAE")
    pdf.line(x + (width - title_w) / 2, y + 8, x + (width + title_w) / 2, y + 8)
    y += 14
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 15)
    pdf.cell(width, 7, person.name)
    y += 10
    heading("Datos personales")
    photo_bottom = y
    if options["photo"]:
        pdf.set_draw_color(150, 150, 150)
        pdf.rect(x + width - 30, y, 30, 36)
        pdf.set_draw_color(*ink)
        photo_bottom = y + 38
    kw = 48.0
    country = ", Argentina" if extra["country"] else ""
    rows = [
        ("DNI", extra["dni"]),
        ("Fecha de nacimiento", extra["born"]),
        ("Estado civil", extra["civil"]),
        (
            "Domicilio",
            f"{extra['street']} ({extra['postal']}) {person.city}, "
            f"Provincia de {person.region}{country}",
        ),
        ("Teléfono celular", person.phone),
        ("E-mail", person.email),
    ]
    if extra["linkedin"]:
        rows.append(("LinkedIn", extra["linkedin"].removeprefix("https://")))
    for key, value in rows:
        pair(key, value, kw=kw, right=34 if options["photo"] else 0)
    y = max(y, photo_bottom)
    heading("Objetivo laboral")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 10)
    pdf.multi_cell(width, 5, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("Experiencia laboral")
    for job in person.jobs:
        need(30)
        span = f"{_ar_month(job.start, form)} \u2013 {_ar_month(job.end, form)}"
        if options["labelled"]:
            pair("Empresa", f"{job.company} ({job.city})", kw=30)
            pair("Puesto", job.position, kw=30)
            pair("Período", span, kw=30)
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "B", 10)
            pdf.cell(30, 5, "Tareas realizadas:")
            y += 5.6
            bullets(job.highlights, 8)
        else:
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "B", 10.5)
            pdf.cell(width - 56, 5.2, job.company)
            pdf.set_font("Serif", "I", 10)
            pdf.cell(56, 5.2, span, align="R")
            pdf.set_xy(x, y + 5.3)
            pdf.set_font("Serif", "I", 10)
            pdf.cell(width, 5.2, f"{job.position} \u2013 {job.city}")
            y += 11.5
            bullets(job.highlights, 4)
        y += 3.5
    heading("Formación académica")
    for d in person.degrees:
        need(18)
        title = d.study if not d.area else f"{d.study} en {d.area}"
        level = "Universitario" if d.study != "Bachiller" else "Secundario"
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(width, 5, f"{level}: {title}")
        pdf.set_xy(x, y + 5.2)
        pdf.set_font("Serif", "", 10)
        pdf.cell(width, 5, f"{d.institution} ({d.start[0]} \u2013 {d.end[0]})")
        y += 12
    heading("Cursos y capacitaciones")
    for name, issuer, year in extra["courses"]:
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 10)
        pdf.cell(5, 5, "\u2022")
        pdf.multi_cell(width - 5, 5, f"{name} \u2013 {issuer} ({year})", align="L")
        y = pdf.get_y() + 0.4
    heading("Idiomas")
    for lang, level in person.languages:
        pair(lang, level, kw=30)
    heading("Informática")
    bullets(person.skills, 0)
    heading("Referencias")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 10)
    pdf.cell(width, 5, "A disposición del solicitante.")
    y += 6
    _check(y, 282, person)
    return bytes(pdf.output())


def _vn_month(month: Month | None, options: dict[str, Any]) -> str:
    if month is None:
        return options["present"]
    sep = "/" if options["dates"] == "mm/yyyy" else "-"
    return f"{month[1]:02d}{sep}{month[0]}"


def _vietnamese(person: Candidate, options: dict[str, Any]) -> bytes:
    accent, extra = options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    side = 68.0
    sx, sw = 7.0, side - 14.0
    x, width = side + 7.0, 210 - side - 7.0 - 10.0
    ink, soft = (40, 40, 40), (244, 246, 245)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_fill_color(*soft)
        pdf.rect(0, 0, side, 297, style="F")
        y = 14.0

    def need(height: float) -> None:
        if y + height > 284:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(32)
        y += 3
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(x, y + 6.8, x + 18, y + 6.8)
        pdf.set_draw_color(215, 215, 215)
        pdf.set_line_width(0.2)
        pdf.line(x + 18, y + 6.8, x + width, y + 6.8)
        pdf.set_text_color(*ink)
        y += 9.5

    new_page()
    # Sidebar: avatar, personal details, skills, languages, certificates, interests.
    pdf.set_fill_color(*accent)
    pdf.ellipse(sx + (sw - 38) / 2, 12, 38, 38, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 16)
    initials = "".join(part[0] for part in person.name.split()[::2][:2])
    pdf.set_xy(sx, 27)
    pdf.cell(sw, 8, initials, align="C")
    pdf.set_text_color(*ink)
    sy = 58.0

    def side_heading(text: str) -> None:
        nonlocal sy
        sy += 3
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(*accent)
        pdf.cell(sw, 5.5, text)
        pdf.set_text_color(*ink)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.4)
        pdf.line(sx, sy + 6.2, sx + sw, sy + 6.2)
        sy += 8.5

    def side_line(key: str, value: str) -> None:
        nonlocal sy
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 7.8)
        pdf.cell(sw, 3.8, key)
        pdf.set_xy(sx, sy + 3.8)
        pdf.set_font("Sans", "", 8.2)
        pdf.multi_cell(sw, 4, value, align="L")
        sy = pdf.get_y() + 1.6

    side_heading("PERSONAL DETAILS")
    side_line("Date of birth", extra["born"])
    side_line("Gender", extra["gender"])
    side_line("Phone", person.phone)
    side_line("Email", person.email)
    side_line("Address", f"{extra['street']}, {person.city}")
    side_line("LinkedIn", extra["linkedin"].removeprefix("https://www."))
    side_heading("SKILLS")
    for index, skill in enumerate(person.skills):
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "", 8.4)
        pdf.cell(sw, 4.2, skill)
        pdf.set_fill_color(220, 220, 220)
        pdf.rect(sx, sy + 4.6, sw, 1.4, style="F")
        pdf.set_fill_color(*accent)
        pdf.rect(sx, sy + 4.6, sw * (0.9 - 0.08 * (index % 4)), 1.4, style="F")
        sy += 7.8
    side_heading("LANGUAGES")
    for lang, level in person.languages:
        side_line(lang, level)
    side_heading("INTERESTS")
    pdf.set_font("Sans", "", 8.4)
    for interest in extra["interests"]:
        pdf.set_xy(sx, sy)
        pdf.cell(sw, 4.4, f"\u2022 {interest}")
        sy += 4.6
    _check(sy, 288, person)
    # Main column.
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 22)
    pdf.set_text_color(*accent)
    pdf.multi_cell(width, 10, person.name, align="L")
    pdf.set_text_color(*ink)
    y = pdf.get_y() + 0.5
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 12)
        pdf.cell(width, 6, person.label or "")
        y += 8
    y += 2
    heading("CAREER OBJECTIVE")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.6, extra["summary"], align="L")
    y = pdf.get_y() + 1
    heading("WORK EXPERIENCE")
    for job in person.jobs:
        need(24)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.8)
        pdf.cell(width - 40, 5, job.company)
        pdf.set_font("Sans", "", 8.8)
        pdf.set_text_color(110, 110, 110)
        span = f"{_vn_month(job.start, options)} - {_vn_month(job.end, options)}"
        pdf.cell(40, 5, span, align="R")
        pdf.set_text_color(*accent)
        pdf.set_xy(x, y + 5.2)
        pdf.set_font("Sans", "I", 9.3)
        pdf.cell(width, 5, job.position)
        pdf.set_text_color(*ink)
        y += 11
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + 1, y)
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(3.5, 4.4, "-")
            pdf.multi_cell(width - 4.5, 4.4, note, align="L")
            y = pdf.get_y() + 0.3
        y += 3
    heading("EDUCATION")
    for d in person.degrees:
        need(18)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.8)
        pdf.cell(width - 40, 5, d.institution)
        pdf.set_font("Sans", "", 8.8)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(40, 5, f"{_vn_month(d.start, options)} - {_vn_month(d.end, options)}", align="R")
        pdf.set_text_color(*ink)
        pdf.set_font("Sans", "", 9)
        for offset, line in enumerate(
            (f"Degree: {d.study}", f"Major: {d.area}", f"GPA: {extra['gpa']}")
        ):
            pdf.set_xy(x, y + 5.2 + 4.6 * offset)
            pdf.cell(width, 4.6, line)
        y += 20
    heading("ACTIVITIES")
    org, role, start, end, notes = extra["activity"]
    need(20)
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 9.8)
    pdf.cell(width - 40, 5, org)
    pdf.set_font("Sans", "", 8.8)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(40, 5, f"{_vn_month(start, options)} - {_vn_month(end, options)}", align="R")
    pdf.set_text_color(*accent)
    pdf.set_xy(x, y + 5.2)
    pdf.set_font("Sans", "I", 9.3)
    pdf.cell(width, 5, role)
    pdf.set_text_color(*ink)
    y += 11
    for note in notes:
        need(5)
        pdf.set_xy(x + 1, y)
        pdf.set_font("Sans", "", 8.8)
        pdf.cell(3.5, 4.4, "-")
        pdf.multi_cell(width - 4.5, 4.4, note, align="L")
        y = pdf.get_y() + 0.3
    heading("CERTIFICATIONS")
    for name, issuer, year in extra["certs"]:
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 8.8)
        pdf.cell(12, 4.6, year)
        pdf.set_font("Sans", "", 8.8)
        pdf.cell(width - 12, 4.6, f"{name} - {issuer}")
        y += 5
    _check(y, 288, person)
    return bytes(pdf.output())

"""Thirty-eighth held-out round ("holdout-38"): more layouts, written blind (without
reading the parser) and meant to be measured once, untuned. Four layouts, all born-digital
PDF: ``pdf-armenian-english``, ``pdf-luxembourg-cv``, ``pdf-ecuadorian-cv`` and
``pdf-resume-builder-export``. The round is sealed: the layouts are described only in the
code below.

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
from tests.eval.render import drop_empty, iso_month, profile_links

HOLDOUT_TAG = "holdout-38"
GENERATOR = "tests/eval/holdout38.py"
SEED = 3_817_329

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-armenian-english", 3),
    ("pdf-luxembourg-cv", 3),
    ("pdf-ecuadorian-cv", 3),
    ("pdf-resume-builder-export", 3),
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
MOIS_ABBR = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
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
    "pdf-armenian-english": Pool(
        first=("Anahit", "Narek", "Tatevik", "Gor", "Armine", "Vahagn", "Siranush"),
        last=("Hovhannisyan", "Ghazaryan", "Avetisyan", "Mkrtchyan", "Baghdasaryan"),
        cities=(
            ("Yerevan", None, "0010", "5 Tumanyan St., apt. 12"),
            ("Yerevan", None, "0033", "23/4 Komitas Ave., apt. 41"),
            ("Gyumri", None, "3104", "17 Rustaveli St."),
        ),
        employers=(
            '"Aragats Software" LLC',
            "Sevan Digital CJSC",
            '"Hrazdan Systems" LLC',
            "Ararat Telecom CJSC",
            "Dilijan Labs LLC",
        ),
        titles=(
            "Senior QA Engineer",
            "QA Engineer",
            "Junior Software Tester",
            "QA Automation Engineer",
            "Software Test Analyst",
        ),
        highlights=(
            "Designing and executing test cases for web and mobile applications",
            "Developing automated UI tests with Selenium WebDriver and Java",
            "Reporting and tracking defects in Jira, participating in bug triage meetings",
            "Performing API testing with Postman and writing SQL queries for data checks",
            "Participating in sprint planning and daily stand-ups within a Scrum team",
            "Preparing test plans and test summary reports for each release",
            "Mentoring two junior testers and reviewing their test documentation",
            "Setting up regression test suites in TestRail",
        ),
        skills=(
            "Selenium WebDriver",
            "Postman",
            "Jira",
            "TestRail",
            "SQL (PostgreSQL, MySQL)",
            "Git",
            "Java",
            "Jenkins",
            "MS Office",
        ),
        schools=(
            "Yerevan State University",
            "National Polytechnic University of Armenia",
            "American University of Armenia",
        ),
        degrees=(
            ("Bachelor's Degree", "Applied Mathematics and Informatics"),
            ("Bachelor's Degree", "Information Security"),
            ("Master's Degree", "Computer and Information Science"),
        ),
    ),
    "pdf-luxembourg-cv": Pool(
        first=("Tessy", "Gilles", "Laure", "Claude", "Maïté", "Joëlle", "Sven"),
        last=("Kieffer", "Reuter", "Schmit", "Wagener", "Thill", "Kremer"),
        cities=(
            ("Luxembourg", None, "L-1741", "18, rue de Hollerich"),
            ("Esch-sur-Alzette", None, "L-4050", "7, rue du Canal"),
            ("Bertrange", None, "L-8077", "45, route d'Arlon"),
        ),
        employers=(
            "Banque de la Pétrusse S.A.",
            "Kirchberg Fund Services S.à r.l.",
            "Alzette Révision S.à r.l.",
            "Moselle Asset Servicing S.A.",
            "Fiduciaire Schuman & Associés",
        ),
        titles=(
            "Fund Accountant",
            "Analyste KYC/AML",
            "Responsable conformité",
            "Senior Associate \u2013 Transfer Agency",
            "Analyste risques",
        ),
        highlights=(
            "Calcul quotidien de la VNI de fonds UCITS et FIS",
            "Rapprochements bancaires et suivi des positions avec le dépositaire",
            "Revue des dossiers clients (KYC) selon la réglementation CSSF",
            "Préparation des états financiers annuels pour l'audit",
            "Rédaction de procédures internes et participation aux contrôles de second niveau",
            "Interlocuteur des gestionnaires et des investisseurs institutionnels",
            "Participation à la migration vers une nouvelle plateforme comptable",
            "Formation de nouveaux collaborateurs aux outils internes",
        ),
        skills=(
            "MS Excel (VBA)",
            "Multifonds",
            "Bloomberg",
            "SAP FI",
            "Power BI",
            "World-Check",
            "Pack Office",
        ),
        schools=(
            "Université du Luxembourg",
            "Université de Lorraine",
            "HEC Liège",
        ),
        degrees=(
            ("Master", "Finance et Banque"),
            ("Bachelor", "Sciences économiques et de gestion"),
            ("Master", "Comptabilité, Contrôle, Audit"),
        ),
    ),
    "pdf-ecuadorian-cv": Pool(
        first=("María José", "Andrés Sebastián", "Dayana Elizabeth", "Jorge Xavier", "Nathaly"),
        last=(
            "Cevallos Andrade",
            "Villacís Naranjo",
            "Guerrero Yépez",
            "Chiriboga Espín",
            "Tapia Quishpe",
        ),
        cities=(
            ("Quito", "Pichincha", "170135", "Av. Amazonas N24-196 y Luis Cordero"),
            ("Guayaquil", "Guayas", "090313", "Cdla. Kennedy Norte, Mz. 104 Villa 7"),
            ("Cuenca", "Azuay", "010107", "Calle Larga 8-45 y Benigno Malo"),
        ),
        employers=(
            "Distribuidora Chimborazo Cía. Ltda.",
            "Textiles Pichincha S.A.",
            "Cooperativa de Ahorro y Crédito Tungurahua Ltda.",
            "Exportadora Río Guayas S.A.",
            "Constructora Cotopaxi Cía. Ltda.",
        ),
        titles=(
            "Asistente Contable",
            "Analista Financiero",
            "Auxiliar de Contabilidad",
            "Jefe de Contabilidad",
            "Analista de Cartera",
        ),
        highlights=(
            "Elaboración de declaraciones de IVA y retenciones en la fuente (SRI)",
            "Registro de asientos contables y conciliaciones bancarias mensuales",
            "Elaboración de roles de pago y planillas del IESS",
            "Control de cuentas por cobrar y por pagar",
            "Preparación de estados financieros bajo NIIF",
            "Manejo de caja chica y fondos rotativos",
            "Atención a requerimientos de auditoría externa",
            "Análisis de cartera vencida y gestión de cobranza",
        ),
        skills=(
            "Microsoft Excel avanzado",
            "Sistema contable Mónica",
            "SAP Business One",
            "DIMM Formularios",
            "Word y PowerPoint",
            "Contifico",
        ),
        schools=(
            "Universidad Central del Ecuador",
            "Universidad de Guayaquil",
            "Universidad de Cuenca",
        ),
        degrees=(
            ("Ingeniería", "Contabilidad y Auditoría"),
            ("Licenciatura", "Administración de Empresas"),
            ("Ingeniería", "Finanzas"),
        ),
    ),
    "pdf-resume-builder-export": Pool(
        first=("Ines", "Jonas", "Malin", "Tomás", "Aoife", "Leonie", "Ruairí"),
        last=("Dreßler", "van Hoorn", "Nyberg", "Øvergaard", "Höglund", "Steenkamp"),
        cities=(
            ("Berlin", None, "10119", "Torstraße 112"),
            ("Amsterdam", None, "1017 RP", "Reguliersgracht 58-2"),
            ("Dublin", None, "D08 X2Y5", "14 Mountshannon Road"),
        ),
        employers=(
            "Kestrava Health",
            "Sendora",
            "Stadtwerk Digital GmbH",
            "Koppla",
            "Quillfield Studio",
        ),
        titles=(
            "Senior Product Designer",
            "Product Designer",
            "UX Designer",
            "UI/UX Designer",
            "Lead Product Designer",
        ),
        highlights=(
            "Led the redesign of the patient onboarding flow, lifting completion by 18%",
            "Built and maintained a Figma design system used by 4 product squads",
            "Ran bi-weekly usability tests with customers and shared findings with engineering",
            "Partnered with product managers to define the roadmap for the mobile app",
            "Introduced accessibility reviews (WCAG 2.1 AA) into the release checklist",
            "Designed the tracking page used by 2 million recipients a month",
            "Facilitated discovery workshops with stakeholders across three countries",
            "Mentored two junior designers through their first year",
        ),
        skills=(
            "Figma",
            "User Research",
            "Prototyping",
            "Design Systems",
            "Usability Testing",
            "HTML & CSS",
            "Adobe Illustrator",
        ),
        schools=(
            "Universität der Künste Berlin",
            "Gerrit Rietveld Academie",
            "National College of Art and Design",
        ),
        degrees=(
            ("Master of Arts", "Interaction Design"),
            ("Bachelor of Arts", "Communication and Multimedia Design"),
            ("Bachelor of Arts", "Visual Communication"),
        ),
    ),
}

COUNTRY = {
    "pdf-armenian-english": "AM",
    "pdf-ecuadorian-cv": "EC",
}
BUILDER_COUNTRY = {"Berlin": ("Germany", "DE"), "Amsterdam": ("Netherlands", "NL")}
BUILDER_COUNTRY["Dublin"] = ("Ireland", "IE")
BUILDER_PHONE = {
    "Berlin": "+49 15{0} {1:03d} {2:04d}",
    "Amsterdam": "+31 6 {2:04d} {3:04d}",
    "Dublin": "+353 8{0} {1:03d} {2:04d}",
}

AM_OBJECTIVE = (
    "To obtain a challenging position in a dynamic IT company where I can apply my "
    "knowledge of software testing and grow professionally as a member of a strong team."
)
AM_LANGUAGES = (("Armenian", "native"), ("Russian", "fluent"), ("English", "very good"))
AM_TRAININGS = (
    ("ISTQB Certified Tester Foundation Level", "ISTQB"),
    ("QA Automation Course", "Armenian Code Academy"),
    ("Agile Project Management", "EIF Armenia"),
)
AM_QUALITIES = "Responsible, punctual, attentive to details, team player, quick learner."

LU_SUMMARY = (
    "Professionnel(le) de la place financière luxembourgeoise, rigoureux(se) et "
    "multilingue, habitué(e) aux environnements réglementés et aux délais serrés."
)
LU_LANGUAGES = (
    ("Luxembourgeois", "langue maternelle"),
    ("Français", "courant (C2)"),
    ("Allemand", "courant (C1)"),
    ("Anglais", "très bonne maîtrise (C1)"),
    ("Portugais", "notions (A2)"),
)
LU_INTERESTS = ("Trail et randonnée", "Photographie", "Bénévolat à la Croix-Rouge", "Piano")

EC_PROFILE = (
    "Profesional con experiencia en el área contable y financiera, responsable, "
    "proactivo(a) y con facilidad para trabajar en equipo y bajo presión."
)
EC_COURSES = (
    ("NIIF para PYMES", "Colegio de Contadores de Pichincha", "40 horas"),
    ("Tributación y Facturación Electrónica", "Cámara de Comercio de Quito", "24 horas"),
    ("Excel Avanzado para Finanzas", "SECAP", "60 horas"),
    ("Seguridad y Salud Ocupacional", "Ministerio del Trabajo", "20 horas"),
)
EC_REFERENCES = (
    ("Ing. Patricio Jaramillo", "Gerente Financiero", "099 412 7730"),
    ("Lcda. Gabriela Proaño", "Contadora General", "098 256 1184"),
    ("Dr. Hernán Benalcázar", "Docente universitario", "097 330 5621"),
)
EC_SCHOOLS = (
    "Unidad Educativa Fiscomisional San Vicente",
    "Colegio Nacional Mejía",
    "Unidad Educativa Rafael Aguilar",
)

RB_PROFILE = (
    "Product designer with a research-driven approach and a soft spot for complex, "
    "data-heavy products. Comfortable working from discovery to pixel-perfect delivery "
    "alongside engineers and product managers."
)
RB_LANGUAGES = {
    "Berlin": (("German", "Native speaker"), ("English", "Highly proficient")),
    "Amsterdam": (("Dutch", "Native speaker"), ("English", "Highly proficient")),
    "Dublin": (("English", "Native speaker"), ("Irish", "Good working knowledge")),
}
RB_EXTRA_LANGS = (("Spanish", "Good working knowledge"), ("French", "Very good command"))
RB_COURSES = (
    ("Google UX Design Certificate", "Coursera"),
    ("Service Design Fundamentals", "Interaction Design Foundation"),
    ("Accessibility for Designers", "Deque University"),
)
RB_HOBBIES = ("Ceramics", "Bouldering", "Analogue photography", "Cycling", "Cooking")


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-armenian-english":
        return {
            "dates": rng.choice(("dotted", "mon")),
            "headline": rng.random() < 0.5,
            "skills_first": rng.random() < 0.5,
        }
    if style == "pdf-luxembourg-cv":
        return {
            "dates": rng.choice(("abbr", "numeric")),
            "accent": rng.choice(((0, 84, 140), (150, 30, 60), (40, 110, 90))),
            "headline": rng.random() < 0.7,
            "langs_first": rng.random() < 0.5,
        }
    if style == "pdf-ecuadorian-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "split_name": rng.random() < 0.5,
            "edu": rng.choice(("range", "year")),
        }
    if style == "pdf-resume-builder-export":
        return {
            "dates": rng.choice(("upper", "numeric")),
            "accent": rng.choice(((35, 50, 80), (20, 95, 100), (110, 30, 50), (50, 50, 55))),
            "headline": rng.random() < 0.75,
        }
    return {}


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
    take = rng.choice((3, 4, 5))
    jobs = _chain(rng, pool, take, rng.random() < 0.7)
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    if style == "pdf-armenian-english":
        phone = rng.choice(("+374 {0} {1:06d}", "(+374 {0}) {1:06d}")).format(
            rng.choice(("91", "93", "94", "77", "99")), rng.randint(200000, 999999)
        )
        email = f"{first}.{last}{rng.randint(88, 97)}@{rng.choice(('gmail.com', 'mail.ru'))}"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(1, 9)}a"
        extra["summary"] = AM_OBJECTIVE
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{end_year - 21}"
        for job in jobs:
            job.city = "Yerevan" if rng.random() < 0.8 else city
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if study.startswith("Master"):
            degrees.append(Degree(pool.schools[idx], study, area, (end_year - 2, 9), (end_year, 6)))
            end_year -= 2
            study, area = pool.degrees[0]
        degrees.append(Degree(pool.schools[idx % 2], study, area, (end_year - 4, 9), (end_year, 6)))
        extra["trainings"] = [
            (n, i, str(rng.randint(end_year + 1, 2025)))
            for n, i in rng.sample(AM_TRAININGS, rng.randint(1, 3))
        ]
        extra["trainings"].sort(key=lambda item: item[2], reverse=True)
        languages = list(AM_LANGUAGES)
        skills = rng.sample(pool.skills, rng.randint(5, 8))
    elif style == "pdf-luxembourg-cv":
        phone = rng.choice(("+352 6{0}1 {1:03d} {2:03d}", "(+352) 6{0}1 {1:03d} {2:03d}")).format(
            rng.choice((2, 6, 9)), rng.randint(100, 999), rng.randint(100, 999)
        )
        email = f"{first}.{last}@{rng.choice(('pt.lu', 'gmail.com', 'internet.lu'))}"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}{last}"
        extra["summary"] = LU_SUMMARY
        extra["nationality"] = rng.choice(("luxembourgeoise", "luxembourgeoise et française"))
        for job in jobs:
            job.city = rng.choice(("Luxembourg", "Luxembourg-Kirchberg", "Leudelange", city))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if study == "Master":
            degrees.append(Degree(pool.schools[idx], study, area, (end_year - 2, 9), (end_year, 7)))
            end_year -= 2
        b_study, b_area = pool.degrees[1]
        degrees.append(Degree(pool.schools[0], b_study, b_area, (end_year - 3, 9), (end_year, 7)))
        languages = [LU_LANGUAGES[0], *LU_LANGUAGES[1:4], *LU_LANGUAGES[4:][: rng.randint(0, 1)]]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
        extra["interests"] = rng.sample(LU_INTERESTS, 3)
    elif style == "pdf-ecuadorian-cv":
        phone = rng.choice(("09{0} {1:03d} {2:04d}", "+593 9{0} {1:03d} {2:04d}")).format(
            rng.choice((5, 7, 8, 9)), rng.randint(100, 999), rng.randint(1000, 9999)
        )
        first_names = name.split()[: len(name.split()) - 2]
        extra["nombres"] = " ".join(first_names)
        extra["apellidos"] = " ".join(name.split()[-2:])
        female = first_names[0] in ("María", "Dayana", "Nathaly")
        extra["female"] = female
        mail_user = f"{first}.{last}" if rng.random() < 0.5 else f"{first[0]}{slug[-2]}{last[0]}"
        email = f"{mail_user}{rng.randint(1, 99)}@{rng.choice(('hotmail.com', 'gmail.com'))}"
        province = {"Quito": "17", "Guayaquil": "09", "Cuenca": "01"}[city]
        extra["cedula"] = f"{province}{rng.randint(10000000, 99999999)}"
        born = end_year - 23
        extra["born"] = f"{rng.randint(1, 28)} de {MESES[rng.randint(0, 11)]} de {born}"
        extra["summary"] = EC_PROFILE
        for job in jobs:
            job.city = city
            if female:
                job.position = job.position.replace("Financiero", "Financiera")
                job.position = job.position.replace("Jefe ", "Jefa ")
        idx = [c[0] for c in pool.cities].index(city)
        study, area = pool.degrees[rng.randrange(3)]
        title = {
            "Ingeniería": "Ingeniera" if female else "Ingeniero",
            "Licenciatura": "Licenciada" if female else "Licenciado",
        }[study]
        if rng.random() < 0.5:
            degrees.append(
                Degree(
                    "Universidad Andina Simón Bolívar",
                    "Magíster",
                    "Administración de Empresas",
                    (end_year - 2, 4),
                    (end_year, 3),
                )
            )
            end_year -= 2
        degrees.append(Degree(pool.schools[idx], title, area, (end_year - 5, 10), (end_year, 7)))
        degrees.append(
            Degree(EC_SCHOOLS[idx], "Bachiller", "Ciencias", (end_year - 11, 9), (end_year - 5, 7))
        )
        extra["courses"] = rng.sample(EC_COURSES, rng.randint(2, 4))
        extra["references"] = rng.sample(EC_REFERENCES, 2)
        languages = [("Español", "Nativo"), ("Inglés", rng.choice(("Intermedio", "Básico")))]
        skills = rng.sample(pool.skills, rng.randint(4, 5))
    else:
        country, _ = BUILDER_COUNTRY[city]
        phone = BUILDER_PHONE[city].format(
            rng.choice((1, 2, 7)),
            rng.randint(100, 999),
            rng.randint(1000, 9999),
            rng.randint(1000, 9999),
        )
        handle = last.replace("-", "").replace(" ", "")
        email = f"{first}.{handle}@{rng.choice(('gmail.com', 'proton.me', 'outlook.com'))}"
        label = jobs[0].position
        if rng.random() < 0.6:
            url = f"https://{first}{handle}.design"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{handle}"
        if rng.random() < 0.5:
            extra["github"] = f"https://github.com/{first[0]}{handle}"
        extra["summary"] = RB_PROFILE
        extra["country"] = country
        extra["interests"] = rng.sample(RB_HOBBIES, 3)
        for job in jobs:
            job.city = rng.choice((city, city, "Remote"))
        idx = [c[0] for c in pool.cities].index(city)
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 3, 9), (end_year, 7)))
        languages = list(RB_LANGUAGES[city])
        if rng.random() < 0.6:
            languages.append(rng.choice(RB_EXTRA_LANGS))
        skills = rng.sample(pool.skills, rng.randint(5, 7))
        extra["levels"] = [rng.choice((0.6, 0.8, 1.0)) for _ in skills]
        extra["courses"] = [
            (n, i, (rng.randint(end_year + 1, 2025), rng.randint(1, 12)))
            for n, i in rng.sample(RB_COURSES, rng.randint(1, 2))
        ]
        extra["courses"].sort(key=lambda item: item[2], reverse=True)
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
    code = COUNTRY.get(style)
    region = None
    if style == "pdf-resume-builder-export":
        code = BUILDER_COUNTRY[person.city][1]
    if style == "pdf-ecuadorian-cv":
        region = person.region
    location: dict[str, Any] = {
        "address": extra["street"],
        "postalCode": None if style == "pdf-ecuadorian-cv" else extra["postal"],
        "city": person.city,
        "region": region,
        "countryCode": code,
    }
    label = person.label
    if style in ("pdf-armenian-english", "pdf-luxembourg-cv", "pdf-resume-builder-export"):
        label = person.label if options.get("headline") else None
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
        item: dict[str, Any] = {"institution": d.institution, "studyType": d.study, "area": d.area}
        if style == "pdf-resume-builder-export":
            item |= {"startDate": iso_month(d.start, "month"), "endDate": iso_month(d.end, "month")}
        elif style == "pdf-ecuadorian-cv" and options["edu"] == "year":
            item["endDate"] = str(d.end[0])
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        education.append(drop_empty(item))
    skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    certificates = [
        {"name": name, "issuer": issuer, "date": year}
        for name, issuer, year in extra.get("trainings", [])
    ]
    if style == "pdf-resume-builder-export":
        certificates = [
            {"name": name, "issuer": issuer, "date": iso_month(month, "month")}
            for name, issuer, month in extra["courses"]
        ]
    if style == "pdf-ecuadorian-cv":
        certificates = [
            {"name": name, "issuer": issuer} for name, issuer, _ in extra.get("courses", [])
        ]
    interests = [{"name": name} for name in extra.get("interests", [])]
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
    if style == "pdf-armenian-english":
        return _armenian(person, options), "pdf"
    if style == "pdf-luxembourg-cv":
        return _luxembourg(person, options), "pdf"
    if style == "pdf-ecuadorian-cv":
        return _ecuador(person, options), "pdf"
    if style == "pdf-resume-builder-export":
        return _builder(person, options), "pdf"
    raise ValueError(f"unknown style {style}")


def _am_month(month: Month | None, form: str) -> str:
    if form == "dotted":
        return "present" if month is None else f"{month[1]:02d}.{month[0]}"
    return "Present" if month is None else f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"


def _armenian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("CV")
    x, width, gutter = 20.0, 170.0, 43.0
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
        y += 3
        pdf.set_fill_color(217, 217, 217)
        pdf.rect(x, y, width, 6, style="F")
        pdf.set_xy(x + 1.5, y + 0.3)
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(width - 3, 5.4, text.upper())
        y += 8.5

    def row(key: str, value: str, bold: bool = False) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(gutter, 5, key)
        pdf.set_font("Serif", "B" if bold else "", 9.5)
        pdf.multi_cell(width - gutter, 5, value, align="L")
        y = pdf.get_y() + 0.6

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 18)
    pdf.cell(width, 8, person.name, align="C")
    y += 9
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "I", 11)
        pdf.cell(width, 6, person.label or "", align="C")
        y += 7
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.5)
    pdf.line(x, y + 1, x + width, y + 1)
    y += 3
    heading("Personal Information")
    row("Date of birth:", extra["born"])
    row("Address:", f"{extra['street']}, {person.city} {extra['postal']}, Armenia")
    row("Mobile:", person.phone)
    row("E-mail:", person.email)
    row("LinkedIn:", extra["linkedin"].removeprefix("https://www."))
    heading("Objective")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(width, 5, extra["summary"], align="J")
    y = pdf.get_y() + 1

    def work() -> None:
        nonlocal y
        heading("Work Experience")
        for job in person.jobs:
            need(26)
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "B", 9.5)
            pdf.cell(gutter, 5, f"{_am_month(job.start, form)} - {_am_month(job.end, form)}")
            pdf.cell(width - gutter, 5, f"{job.company}, {job.city}")
            pdf.set_xy(x + gutter, y + 5.2)
            pdf.set_font("Serif", "", 9.5)
            pdf.cell(12, 5, "Position:")
            pdf.set_font("Serif", "BI", 9.5)
            pdf.set_x(x + gutter + 17)
            pdf.cell(width - gutter - 17, 5, job.position)
            pdf.set_xy(x + gutter, y + 10.4)
            pdf.set_font("Serif", "U", 9.3)
            pdf.cell(width - gutter, 5, "Responsibilities:")
            y += 15.8
            for note in job.highlights:
                need(5)
                pdf.set_xy(x + gutter + 2, y)
                pdf.set_font("Serif", "", 9.3)
                pdf.cell(4, 4.7, "\u2022")
                pdf.multi_cell(width - gutter - 6, 4.7, note, align="L")
                y = pdf.get_y() + 0.2
            y += 2.5

    def education() -> None:
        nonlocal y
        heading("Education")
        for d in person.degrees:
            need(12)
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "B", 9.5)
            pdf.cell(gutter, 5, f"{d.start[0]} - {d.end[0]}")
            pdf.cell(width - gutter, 5, d.institution)
            pdf.set_xy(x + gutter, y + 5)
            pdf.set_font("Serif", "", 9.5)
            pdf.cell(width - gutter, 5, f"{d.study} in {d.area}")
            y += 11.5
        if extra["trainings"]:
            heading("Trainings and Certificates")
            for name, issuer, year in extra["trainings"]:
                need(6)
                pdf.set_xy(x, y)
                pdf.set_font("Serif", "B", 9.5)
                pdf.cell(gutter, 5, year)
                pdf.set_font("Serif", "", 9.5)
                pdf.cell(width - gutter, 5, f"{name}, {issuer}")
                y += 5.6

    def skills() -> None:
        nonlocal y
        heading("Computer Skills")
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 9.5)
        pdf.multi_cell(width, 5, ", ".join(person.skills), align="L")
        y = pdf.get_y() + 1
        heading("Language Skills")
        for lang, level in person.languages:
            need(6)
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "B", 9.5)
            pdf.cell(gutter, 5, lang)
            pdf.set_font("Serif", "", 9.5)
            pdf.cell(width - gutter, 5, f"- {level}")
            y += 5.4

    if options["skills_first"]:
        education()
        skills()
        work()
    else:
        work()
        education()
        skills()
    heading("Personal Qualities")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(width, 5, AM_QUALITIES, align="L")
    y = pdf.get_y() + 1
    heading("References")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "I", 9.5)
    pdf.cell(width, 5, "Available upon request.")
    y += 6
    _check(y, 284, person)
    return bytes(pdf.output())


def _lu_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        return f"{MOIS_ABBR[month[1] - 1]} {month[0]}"

    if end is None:
        return f"depuis {one(start)}" if form == "abbr" else f"Depuis {one(start)}"
    return f"{one(start)} \u2013 {one(end)}"


def _luxembourg(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSansCondensed")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV_{person.name.replace(' ', '_')}")
    x, width, gutter = 18.0, 174.0, 36.0
    grey = (95, 95, 95)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        if pdf.page_no() > 1:
            pdf.set_xy(x, 10)
            pdf.set_font("Sans", "", 7.5)
            pdf.set_text_color(*grey)
            pdf.cell(width, 4, f"{person.name} \u2013 Curriculum vitae", align="R")
            pdf.set_text_color(0, 0, 0)
        y = 18.0

    def need(height: float) -> None:
        if y + height > 282:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.6)
        pdf.line(x, y + 6.8, x + 14, y + 6.8)
        pdf.set_draw_color(200, 200, 200)
        pdf.set_line_width(0.2)
        pdf.line(x + 14, y + 6.8, x + width, y + 6.8)
        pdf.set_text_color(0, 0, 0)
        y += 10

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 22)
    pdf.set_text_color(*accent)
    pdf.cell(100, 10, person.name)
    pdf.set_text_color(0, 0, 0)
    if options["headline"]:
        pdf.set_xy(x, y + 11)
        pdf.set_font("Sans", "", 12)
        pdf.set_text_color(*grey)
        pdf.cell(100, 6, person.label or "")
        pdf.set_text_color(0, 0, 0)
    contact = (
        extra["street"],
        f"{extra['postal']} {person.city}",
        person.phone,
        person.email,
        extra["linkedin"].removeprefix("https://www."),
        f"Nationalité : {extra['nationality']}",
    )
    pdf.set_font("Sans", "", 8.6)
    for offset, line in enumerate(contact):
        pdf.set_xy(x + 104, y - 1 + 4.3 * offset)
        pdf.cell(width - 104, 4.3, line, align="R")
    y += 27
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "I", 9.3)
    pdf.multi_cell(width, 4.8, extra["summary"], align="L")
    y = pdf.get_y() + 1

    def languages() -> None:
        nonlocal y
        heading("Langues")
        for lang, level in person.languages:
            need(6)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 9.3)
            pdf.cell(gutter, 5, lang)
            pdf.set_font("Sans", "", 9.3)
            pdf.cell(width - gutter, 5, level)
            y += 5.2

    if options["langs_first"]:
        languages()
    heading("Expérience professionnelle")
    for job in person.jobs:
        need(26)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.8)
        pdf.set_text_color(*grey)
        pdf.multi_cell(gutter - 3, 4.6, _lu_span(job.start, job.end, form), align="L")
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width - gutter, 5, job.position)
        pdf.set_xy(x + gutter, y + 5)
        pdf.set_font("Sans", "", 9.3)
        pdf.set_text_color(*accent)
        pdf.cell(width - gutter, 5, f"{job.company}, {job.city}")
        pdf.set_text_color(0, 0, 0)
        y += 11
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + gutter, y)
            pdf.set_font("Sans", "", 9.2)
            pdf.cell(4, 4.6, "\u2013")
            pdf.multi_cell(width - gutter - 4, 4.6, note, align="L")
            y = pdf.get_y() + 0.3
        y += 3
    heading("Formation")
    for d in person.degrees:
        need(12)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.8)
        pdf.set_text_color(*grey)
        pdf.cell(gutter, 5, f"{d.start[0]} \u2013 {d.end[0]}")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width - gutter, 5, f"{d.study} en {d.area}")
        pdf.set_xy(x + gutter, y + 5)
        pdf.set_font("Sans", "", 9.3)
        pdf.cell(width - gutter, 5, d.institution)
        y += 11.5
    if not options["langs_first"]:
        languages()
    heading("Compétences informatiques")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.3)
    pdf.multi_cell(width, 5, " \u2022 ".join(person.skills), align="L")
    y = pdf.get_y() + 1
    heading("Centres d'intérêt")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.3)
    pdf.cell(width, 5, ", ".join(extra["interests"]))
    y += 6
    _check(y, 286, person)
    return bytes(pdf.output())


def _ec_month(month: Month | None, form: str) -> str:
    if form == "numeric":
        return "a la fecha" if month is None else f"{month[1]:02d}/{month[0]}"
    return "Actualidad" if month is None else f"{MESES[month[1] - 1].capitalize()} {month[0]}"


def _ecuador(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("HOJA DE VIDA")
    x, width, key_w = 22.0, 166.0, 52.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 20.0

    def need(height: float) -> None:
        if y + height > 276:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        y += 4
        pdf.set_fill_color(31, 56, 100)
        pdf.rect(x, y, width, 6.5, style="F")
        pdf.set_xy(x + 2, y + 0.5)
        pdf.set_font("Serif", "B", 10.5)
        pdf.set_text_color(255, 255, 255)
        pdf.cell(width - 4, 5.5, text)
        pdf.set_text_color(0, 0, 0)
        y += 9.5

    def row(key: str, value: str, indent: float = 4.0) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x + indent, y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(key_w - indent, 5, key)
        pdf.set_font("Serif", "", 9.5)
        pdf.multi_cell(width - key_w, 5, value, align="L")
        y = pdf.get_y() + 0.5

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "BU", 16)
    pdf.cell(width, 8, "HOJA DE VIDA", align="C")
    pdf.set_draw_color(120, 120, 120)
    pdf.set_line_width(0.3)
    pdf.rect(x + width - 25, y - 2, 25, 31)
    pdf.set_xy(x, y + 14)
    pdf.set_font("Serif", "B", 13)
    pdf.cell(width - 30, 7, person.name.upper())
    y += 30
    heading("DATOS PERSONALES")
    if options["split_name"]:
        row("Nombres:", extra["nombres"])
        row("Apellidos:", extra["apellidos"])
    row("Cédula de ciudadanía:", extra["cedula"])
    row("Fecha de nacimiento:", extra["born"])
    row("Nacionalidad:", "Ecuatoriana")
    row("Dirección domiciliaria:", extra["street"])
    row("Ciudad:", f"{person.city}, provincia de {person.region} - Ecuador")
    row("Celular:", person.phone)
    row("Correo electrónico:", person.email)
    y = max(y, 82.0)
    heading("PERFIL PROFESIONAL")
    pdf.set_xy(x + 4, y)
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(width - 4, 5, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("FORMACIÓN ACADÉMICA")
    levels = {"Magíster": "Cuarto nivel", "Bachiller": "Secundaria"}
    for d in person.degrees:
        need(24)
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "BU", 9.5)
        pdf.cell(width - 4, 5, levels.get(d.study, "Tercer nivel"))
        y += 6
        row("Institución:", d.institution, 8)
        row("Título obtenido:", f"{d.study} en {d.area}", 8)
        if options["edu"] == "year":
            row("Año de graduación:", str(d.end[0]), 8)
        else:
            row("Período:", f"{d.start[0]} - {d.end[0]}", 8)
        y += 2
    heading("EXPERIENCIA LABORAL")
    for job in person.jobs:
        need(34)
        row("Empresa:", job.company)
        row("Cargo:", job.position)
        row("Ciudad:", job.city)
        row("Tiempo de trabajo:", f"{_ec_month(job.start, form)} - {_ec_month(job.end, form)}")
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(width, 5, "Funciones:")
        y += 5.5
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + 8, y)
            pdf.set_font("Serif", "", 9.3)
            pdf.cell(4, 4.8, "-")
            pdf.multi_cell(width - 12, 4.8, note, align="L")
            y = pdf.get_y() + 0.2
        y += 4
    heading("CURSOS Y CAPACITACIONES")
    for name, issuer, hours in extra["courses"]:
        need(6)
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "", 9.3)
        pdf.cell(4, 4.8, "\u2022")
        pdf.multi_cell(width - 8, 4.8, f"{name} \u2013 {issuer} ({hours})", align="L")
        y = pdf.get_y() + 0.5
    heading("CONOCIMIENTOS INFORMÁTICOS")
    for skill in person.skills:
        need(6)
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "", 9.3)
        pdf.cell(4, 4.8, "\u2022")
        pdf.cell(width - 8, 4.8, skill)
        y += 5
    heading("IDIOMAS")
    for lang, level in person.languages:
        row(f"{lang}:", level)
    heading("REFERENCIAS PERSONALES")
    for ref, role, mobile in extra["references"]:
        need(16)
        for offset, (text, look) in enumerate(((ref, "B"), (role, ""), (f"Telf.: {mobile}", ""))):
            pdf.set_xy(x + 4, y + 4.8 * offset)
            pdf.set_font("Serif", look, 9.3)
            pdf.cell(width - 4, 4.8, text)
        y += 16
    _check(y, 282, person)
    return bytes(pdf.output())


def _rb_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month | None) -> str:
        if form == "numeric":
            return "Present" if month is None else f"{month[1]:02d}/{month[0]}"
        return "PRESENT" if month is None else f"{MONTHS_EN[month[1] - 1][:3].upper()} {month[0]}"

    return f"{one(start)} \u2014 {one(end)}"


def _builder(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} Resume")
    side, sx, sw = 66.0, 9.0, 49.0
    x, width = side + 10, 210 - side - 10 - 12
    ink, muted = (30, 30, 35), (120, 120, 125)
    light = tuple(min(255, c + 150) for c in accent)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_fill_color(*accent)
        pdf.rect(0, 0, side, 297, style="F")
        y = 16.0

    def need(height: float) -> None:
        if y + height > 284:
            new_page()

    new_page()
    sy = 16.0
    pdf.set_fill_color(*light)
    pdf.ellipse(sx + sw / 2 - 15, sy, 30, 30, style="F")
    sy += 38
    pdf.set_text_color(255, 255, 255)

    def side_heading(text: str) -> None:
        nonlocal sy
        sy += 4
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(sw, 5.5, text)
        sy += 8

    def side_line(text: str, size: float = 8.3, look: str = "") -> None:
        nonlocal sy
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", look, size)
        pdf.multi_cell(sw, 4.2, text, align="L")
        sy = pdf.get_y() + 0.4

    def bar(level: float) -> None:
        nonlocal sy
        pdf.set_fill_color(*light)
        pdf.rect(sx, sy, sw, 1.4, style="F")
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(sx, sy, sw * level, 1.4, style="F")
        sy += 4.2

    side_heading("Details")
    side_line(extra["street"])
    side_line(f"{extra['postal']} {person.city}")
    side_line(extra["country"])
    sy += 2
    side_line(person.phone)
    side_line(person.email)
    side_heading("Links")
    if person.url:
        side_line(person.url.removeprefix("https://"), 7.6)
    side_line(extra["linkedin"].removeprefix("https://www."), 7.6)
    if "github" in extra:
        side_line(extra["github"].removeprefix("https://"), 7.6)
    side_heading("Skills")
    for skill, level in zip(person.skills, extra["levels"], strict=True):
        side_line(skill, 8.3)
        sy += 0.6
        bar(level)
    side_heading("Languages")
    for lang, level in person.languages:
        side_line(lang, 8.3)
        side_line(level, 7.3, "I")
        sy += 1.5
    side_heading("Hobbies")
    side_line(", ".join(extra["interests"]))
    _check(sy, 288, person)
    pdf.set_text_color(*ink)

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        y += 4
        pdf.set_fill_color(*accent)
        pdf.rect(x, y + 1.2, 3.2, 3.2, style="F")
        pdf.set_xy(x + 6, y)
        pdf.set_font("Sans", "B", 12)
        pdf.cell(width - 6, 5.8, text)
        y += 9

    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 22)
    pdf.multi_cell(width, 9.5, person.name, align="L")
    y = pdf.get_y() + 0.5
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9.5)
        pdf.set_text_color(*muted)
        pdf.cell(width, 5, (person.label or "").upper())
        pdf.set_text_color(*ink)
        y += 6
    y += 2
    heading("Profile")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.7, extra["summary"], align="L")
    y = pdf.get_y() + 1
    heading("Employment History")
    for job in person.jobs:
        need(22)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10)
        pdf.multi_cell(width, 5, f"{job.position}, {job.company}, {job.city}", align="L")
        y = pdf.get_y() + 0.3
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 7.8)
        pdf.set_text_color(*muted)
        pdf.cell(width, 4.2, _rb_span(job.start, job.end, form))
        pdf.set_text_color(*ink)
        y += 5.8
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + 1.5, y)
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(4, 4.5, "\u2022")
            pdf.multi_cell(width - 5.5, 4.5, note, align="L")
            y = pdf.get_y() + 0.3
        y += 3.5
    heading("Education")
    for d in person.degrees:
        need(14)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10)
        pdf.multi_cell(width, 5, f"{d.study}, {d.area}, {d.institution}", align="L")
        y = pdf.get_y() + 0.3
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 7.8)
        pdf.set_text_color(*muted)
        pdf.cell(width, 4.2, _rb_span(d.start, d.end, form))
        pdf.set_text_color(*ink)
        y += 7
    heading("Courses")
    for name, issuer, month in extra["courses"]:
        need(12)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10)
        pdf.multi_cell(width, 5, f"{name}, {issuer}", align="L")
        y = pdf.get_y() + 0.3
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 7.8)
        pdf.set_text_color(*muted)
        pdf.cell(width, 4.2, _rb_span(month, month, form).split(" \u2014 ")[0])
        pdf.set_text_color(*ink)
        y += 7
    _check(y, 288, person)
    return bytes(pdf.output())

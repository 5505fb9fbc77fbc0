"""Forty-third held-out round ("holdout-43"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts: ``pdf-bolivian-cv``,
``pdf-tanzanian-cv``, ``pdf-canva-minimalist`` and ``docx-french-cv-word``. The round is
sealed: the layouts are described only in the code below.

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

HOLDOUT_TAG = "holdout-43"
GENERATOR = "tests/eval/holdout43.py"
SEED = 4_350_781

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-bolivian-cv", 3),
    ("pdf-tanzanian-cv", 3),
    ("pdf-canva-minimalist", 3),
    ("docx-french-cv-word", 3),
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
MOIS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
MOIS_COURTS = (
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

POOLS: dict[str, Pool] = {
    "pdf-bolivian-cv": Pool(
        first=("Rocío", "Álvaro", "Wilma", "Édgar", "Ximena", "Germán"),
        last=("Choque Limachi", "Callisaya Ticona", "Vaca Añez", "Suárez Roca", "Apaza Huanca"),
        cities=(
            ("La Paz", None, None, "Av. 6 de Agosto N° 2450, Zona Sopocachi"),
            ("La Paz", None, None, "Calle 21 de Calacoto N° 8120, Zona Sur"),
            ("Santa Cruz de la Sierra", None, None, "Barrio Equipetrol, Calle Los Tajibos N° 45"),
            ("Santa Cruz de la Sierra", None, None, "Av. Banzer 4to anillo, Calle Motacú N° 17"),
        ),
        employers=(
            "Distribuidora Illampu S.R.L.",
            "Cooperativa de Ahorro y Crédito Chuquiago Ltda.",
            "Agroindustrias Guapay S.A.",
            "Constructora Sajama S.A.",
            "Importadora Mamoré Ltda.",
        ),
        titles=(
            "Contador General",
            "Auxiliar Contable",
            "Analista de Créditos",
            "Jefe de Contabilidad",
            "Encargado de Impuestos",
        ),
        highlights=(
            "Elaboración de estados financieros mensuales y anuales bajo NIIF",
            "Liquidación de impuestos nacionales (IVA, IT, IUE) y presentación en el SIN",
            "Conciliaciones bancarias y control de cuentas por cobrar y por pagar",
            "Elaboración de planillas de sueldos y aportes a la AFP y CNS",
            "Atención a requerimientos de auditoría externa",
            "Registro de operaciones en el sistema contable SIIGO",
            "Evaluación de solicitudes de crédito de pequeños productores",
            "Control de inventarios y activos fijos en almacenes de El Alto",
            "Apoyo en la implementación del sistema de facturación electrónica",
        ),
        skills=(
            "Microsoft Excel avanzado",
            "SIIGO",
            "Facilito (SIN)",
            "Da Vinci LCV",
            "Microsoft Word",
            "Power BI",
            "SAP Business One",
        ),
        schools=(
            "Universidad Mayor de San Andrés",
            "Universidad Autónoma Gabriel René Moreno",
            "Universidad Privada de Santa Cruz de la Sierra",
        ),
        degrees=(
            ("Licenciatura", "Contaduría Pública"),
            ("Licenciatura", "Auditoría Financiera"),
            ("Diplomado", "Tributación y Normativa Fiscal"),
        ),
    ),
    "pdf-tanzanian-cv": Pool(
        first=("Neema", "Baraka", "Rehema", "Faraja", "Zawadi", "Emmanuel"),
        last=("Mwakyusa", "Kimaro", "Massawe", "Lyimo", "Mushi", "Kapinga"),
        cities=(
            ("Dar es Salaam", None, None, "P.O. Box 35091"),
            ("Dar es Salaam", None, None, "P.O. Box 71642"),
            ("Dar es Salaam", None, None, "P.O. Box 9018"),
        ),
        employers=(
            "Msasani Logistics Ltd",
            "Mwenge Cement Company Ltd",
            "Bahari Microfinance Bank Ltd",
            "Kilombero Agro Processors Ltd",
            "Tanzanite Freight Services",
        ),
        titles=(
            "Procurement Officer",
            "Assistant Accountant",
            "Finance Officer",
            "Stores Officer",
            "Logistics Coordinator",
        ),
        highlights=(
            "Preparing purchase requisitions and local purchase orders",
            "Evaluating supplier quotations and preparing tender reports",
            "Maintaining the stores ledger and conducting monthly stock counts",
            "Preparing payment vouchers and bank reconciliations",
            "Coordinating clearing and forwarding of imports at Dar es Salaam port",
            "Submitting monthly VAT and PAYE returns to TRA",
            "Updating the supplier database in Sage Pastel",
            "Supervising two stores clerks and casual labourers",
            "Preparing monthly management accounts for the Finance Manager",
        ),
        skills=(
            "Microsoft Office (Word, Excel, PowerPoint)",
            "Sage Pastel Partner",
            "QuickBooks",
            "TANePS",
            "Tally ERP 9",
            "Internet and e-mail",
        ),
        schools=(
            "Mzumbe University",
            "College of Business Education (CBE)",
            "Institute of Accountancy Arusha",
        ),
        degrees=(
            ("Bachelor of Science", "Procurement and Supply Chain Management"),
            ("Bachelor of Commerce", "Accounting"),
            ("Bachelor of Business Administration", "Finance"),
        ),
    ),
    "pdf-canva-minimalist": Pool(
        first=("Marisol", "Quentin", "Delphine", "Rowan", "Anneliese", "Caspian"),
        last=("Ravenscroft", "Okafor-Lind", "Winterbourne", "Castellano", "Thistlewood"),
        cities=(
            ("Portland", "OR", None, ""),
            ("Denver", "CO", None, ""),
            ("Austin", "TX", None, ""),
            ("Minneapolis", "MN", None, ""),
        ),
        employers=(
            "Larkspur & Vine",
            "Northpeak Outfitters",
            "Bellwether Studio",
            "Fernhill Coffee Roasters",
            "Copperline Media",
        ),
        titles=(
            "Marketing Manager",
            "Brand Strategist",
            "Social Media Specialist",
            "Content Marketing Lead",
            "Marketing Coordinator",
        ),
        highlights=(
            "Grew Instagram following from 12K to 48K in 14 months",
            "Led a seasonal campaign that lifted online sales 32% year over year",
            "Managed a $180K annual paid media budget across Meta and Google",
            "Wrote and scheduled the weekly newsletter for 60,000 subscribers",
            "Coordinated photo shoots with freelance photographers and stylists",
            "Built the brand style guide used by three partner agencies",
            "Reported monthly KPIs to the founders in Looker Studio",
            "Launched an influencer program with 40 creators",
        ),
        skills=(
            "Brand Strategy",
            "Copywriting",
            "Adobe Creative Suite",
            "Canva",
            "Meta Ads Manager",
            "Google Analytics",
            "HubSpot",
            "Project Management",
        ),
        schools=(
            "University of Oregon",
            "Colorado State University",
            "Macalester College",
        ),
        degrees=(
            ("Bachelor of Arts", "Communication Studies"),
            ("Bachelor of Science", "Marketing"),
            ("Bachelor of Arts", "Journalism"),
        ),
    ),
    "docx-french-cv-word": Pool(
        first=("Clémence", "Aurélien", "Mathilde", "Anne-Laure", "Gaëtan", "Thibault"),
        last=("Kerboriou", "Baudouin", "Lagarde", "Castagnède", "Perrichon"),
        cities=(
            ("Rennes", None, "35000", "8 rue de la Visitation"),
            ("Lille", None, "59800", "43 rue Royale"),
            ("Grenoble", None, "38000", "5 place Grenette"),
        ),
        employers=(
            "Transports Vauclair",
            "Laboratoires Mérindol",
            "Sologne Emballages SAS",
            "Groupe Hautecombe",
            "Armor Distribution",
        ),
        titles=(
            "Responsable logistique",
            "Chargé d'approvisionnement",
            "Supply chain planner",
            "Coordinateur transport",
            "Acheteur junior",
        ),
        highlights=(
            "Pilotage des flux entrants et sortants d'un entrepôt de 12 000 m²",
            "Négociation des contrats transport avec 15 prestataires",
            "Réduction de 18 % des ruptures de stock grâce au calcul des points de commande",
            "Animation du S&OP mensuel avec les équipes commerciales",
            "Encadrement d'une équipe de 8 préparateurs de commandes",
            "Déploiement du WMS Reflex sur deux sites",
            "Suivi des indicateurs (taux de service, OTIF, coûts logistiques)",
            "Gestion des litiges transporteurs et des réserves à réception",
        ),
        skills=(),
        schools=(
            "Université de Rennes",
            "IAE Lille University School of Management",
            "Grenoble École de Management",
        ),
        degrees=(
            ("Master", "Management de la chaîne logistique"),
            ("Master", "Achats et supply chain"),
            ("Licence professionnelle", "Logistique et transports"),
        ),
    ),
}

ROMAN = ("i", "ii", "iii", "iv", "v", "vi")
FEMALE = {
    *("Rocío", "Wilma", "Ximena", "Neema", "Rehema", "Zawadi", "Faraja"),
    *("Clémence", "Mathilde", "Anne-Laure"),
}
BO_FEMININE = {
    "Contador General": "Contadora General",
    "Jefe de Contabilidad": "Jefa de Contabilidad",
    "Encargado de Impuestos": "Encargada de Impuestos",
}
FR_FEMININE = {
    "Chargé d'approvisionnement": "Chargée d'approvisionnement",
    "Coordinateur transport": "Coordinatrice transport",
    "Acheteur junior": "Acheteuse junior",
}
COUNTRY = {"pdf-bolivian-cv": "BO", "pdf-tanzanian-cv": "TZ"}

BO_PROFILE = (
    "Profesional en Contaduría Pública con experiencia en el área contable, tributaria y "
    "financiera. Responsable, {} y con capacidad para trabajar bajo presión y en "
    "equipo."
)
BO_COURSES = (
    ("2023", "Curso de Facturación Electrónica en Línea", "Colegio de Contadores de La Paz"),
    ("2022", "Seminario de Actualización Tributaria", "Servicio de Impuestos Nacionales"),
    ("2021", "Taller de Excel Financiero", "Cámara Nacional de Comercio"),
    ("2020", "Curso de NIIF para PYMES", "CAINCO Santa Cruz"),
)
BO_LANGUAGES = (("Inglés", "Intermedio"), ("Aymara", "Básico"), ("Portugués", "Básico"))
BO_REFERENCES = (
    ("Lic. Marcelo Gutiérrez Patiño", "Gerente Administrativo", "Cel. 71543208"),
    ("Lic. Jhovana Flores Rivero", "Contadora General", "Cel. 76098114"),
    ("Ing. René Salvatierra Justiniano", "Jefe de Operaciones", "Cel. 70820563"),
)
TZ_OBJECTIVE = (
    "To work in a challenging environment where I can apply my knowledge and skills in "
    "procurement, stores and finance, and grow with the organisation while contributing to "
    "its goals."
)
TZ_SECONDARY = (
    ("Advanced Certificate of Secondary Education Examination (ACSEE)", "Kibaha Secondary School"),
    ("Certificate of Secondary Education Examination (CSEE)", "Jangwani Secondary School"),
    ("Certificate of Secondary Education Examination (CSEE)", "Tambaza Secondary School"),
)
TZ_REFEREES = (
    ("Mr. Godfrey S. Mrema", "Finance Manager", "0754 318 902", "gmrema@bahari-mfb.co.tz"),
    ("Dr. Agnes J. Minja", "Lecturer, Department of Procurement", "0715 660 241", None),
    ("Ms. Happiness Urio", "Human Resource Officer", "0688 204 517", "hurio@msasanilog.co.tz"),
)
CANVA_PROFILES = (
    "Creative marketer with a love for storytelling and a head for numbers. I build brands "
    "people remember, from the first sketch to the final campaign report.",
    "Detail-oriented marketing professional who turns brand ideas into campaigns that "
    "perform. Happiest at the intersection of design, data and community.",
)
FR_SUMMARIES = (
    "Professionnel{le} de la supply chain, rigoureu{x} et orienté{e} résultats, je recherche "
    "un poste de responsable logistique au sein d'une entreprise industrielle.",
    "Six ans d'expérience en logistique et approvisionnement, en industrie comme en "
    "distribution. Goût du terrain et de l'amélioration continue.",
)
FR_CATEGORIES = (
    ("Logistique", ("Gestion des stocks", "Lean management", "Incoterms 2020", "WMS Reflex")),
    ("Informatique", ("Excel (TCD, macros VBA)", "SAP MM", "Power BI", "Sage X3")),
    ("Management", ("Animation d'équipe", "Conduite du changement", "Gestion de projet")),
)
FR_LANGUAGES = (
    ("Anglais", "courant (TOEIC 915)"),
    ("Allemand", "niveau intermédiaire (B1)"),
    ("Espagnol", "notions"),
)
FR_INTERESTS = (
    "Voile (régates en Bretagne)",
    "Trail et randonnée",
    "Trésorier d'une association de quartier",
    "Cuisine du monde",
)


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-bolivian-cv":
        return {
            "dates": rng.choice(("words", "numeric", "years")),
            "accent": rng.choice(((0, 0, 0), (31, 56, 100), (120, 20, 30))),
            "photo": rng.random() < 0.6,
        }
    if style == "pdf-tanzanian-cv":
        return {
            "dates": rng.choice(("long", "numeric")),
            "education_first": rng.random() < 0.7,
        }
    if style == "pdf-canva-minimalist":
        return {
            "dates": rng.choice(("years", "short")),
            "accent": rng.choice(((96, 108, 98), (140, 112, 92), (70, 70, 70))),
            "side": rng.choice(("left", "right")),
            "headline": rng.random() < 0.75,
        }
    if style == "docx-french-cv-word":
        return {
            "dates": rng.choice(("words", "short", "numeric")),
            "accent": rng.choice(("1F3864", "2E74B5", "7B2C3F")),
            "headline": rng.random() < 0.7,
            "skills_first": rng.random() < 0.4,
            "layout": rng.choice(("tabs", "table")),
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
    jobs = _chain(rng, pool, rng.choice((3, 4)), rng.random() < 0.7)
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    if style == "pdf-bolivian-cv":
        surname = ascii_slug(name).split()[1]
        phone = rng.choice(("", "+591 ")) + f"7{rng.randint(0, 9)}{rng.randint(100000, 999999)}"
        email = f"{first}.{surname}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'hotmail.com'))}"
        female = name.split()[0] in FEMALE
        if female:
            for job in jobs:
                job.position = BO_FEMININE.get(job.position, job.position)
        lic = "Licenciada" if female else "Licenciado"
        label = rng.choice((f"{lic} en Contaduría Pública", jobs[0].position))
        extra["summary"] = BO_PROFILE.format("proactiva" if female else "proactivo")
        extra["ci"] = f"{rng.randint(3000000, 9999999)} {'L.P.' if city == 'La Paz' else 'S.C.'}"
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 23}"
        extra["civil"] = rng.choice(("Soltera", "Casada") if female else ("Soltero", "Casado"))
        for job in jobs:
            job.city = rng.choice((city, city, "El Alto" if city == "La Paz" else "Montero"))
        idx = 0 if city == "La Paz" else rng.choice((1, 2))
        study, area = pool.degrees[rng.choice((0, 1))]
        if rng.random() < 0.5:
            degrees.append(
                Degree(
                    pool.schools[idx],
                    "Diplomado",
                    pool.degrees[2][1],
                    (end_year + 1, 3),
                    (end_year + 1, 10),
                )
            )
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 5, 2), (end_year, 12)))
        extra["courses"] = sorted(rng.sample(BO_COURSES, rng.randint(2, 4)), reverse=True)
        extra["references"] = rng.sample(BO_REFERENCES, 2)
        languages = [("Español", "Nativo"), *rng.sample(BO_LANGUAGES, rng.randint(1, 2))]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-tanzanian-cv":
        prefix = rng.choice(("0754", "0713", "0767", "0684"))
        number = f"{rng.randint(100, 999)} {rng.randint(100, 999)}"
        phone = rng.choice((f"{prefix} {number}", f"+255 {prefix[1:]} {number}"))
        email = f"{first}{last}{rng.randint(80, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        extra["summary"] = TZ_OBJECTIVE
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 24}"
        extra["marital"] = rng.choice(("Single", "Married"))
        extra["gender"] = "Female" if name.split()[0] in FEMALE else "Male"
        for job in jobs:
            job.city = rng.choice((city, city, "Morogoro", "Arusha"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 3, 10), (end_year, 7)))
        extra["gpa"] = rng.choice(("3.8", "4.1", "3.6", None))
        acsee, csee = TZ_SECONDARY[0], rng.choice(TZ_SECONDARY[1:])
        extra["secondary"] = [
            (acsee[0], acsee[1], end_year - 5, end_year - 3, "Division II"),
            (csee[0], csee[1], end_year - 9, end_year - 5, "Division I"),
        ]
        languages = [("Kiswahili", "Excellent"), ("English", rng.choice(("Very good", "Good")))]
        skills = rng.sample(pool.skills, rng.randint(3, 5))
        extra["referees"] = list(TZ_REFEREES)
    elif style == "pdf-canva-minimalist":
        area_codes = {"Portland": 503, "Denver": 720, "Austin": 512, "Minneapolis": 612}
        phone = f"+1 {area_codes[city]} {rng.randint(200, 999)} {rng.randint(1000, 9999)}"
        phone = rng.choice((phone, phone.replace("+1 ", "").replace(" ", "-", 2)))
        handle = f"{first}{last.replace('-', '')}"
        email = rng.choice((f"hello@{handle}.com", f"{first}.{last}@gmail.com"))
        url = f"https://www.{handle}.com"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}{last.replace('-', '')}"
        extra["summary"] = rng.choice(CANVA_PROFILES)
        for job in jobs:
            job.city = ""
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 9), (end_year, 6)))
        skills = rng.sample(pool.skills, rng.randint(5, 7))
        if rng.random() < 0.6:
            languages = [
                ("English", "Native"),
                ("Spanish", rng.choice(("Conversational", "Fluent"))),
            ]
    else:
        phone = rng.choice(("06", "07")) + "".join(f" {rng.randint(10, 99)}" for _ in range(4))
        phone = rng.choice((phone, "+33 " + phone[1:]))
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'outlook.fr', 'free.fr'))}"
        female = name.split()[0] in FEMALE
        if female:
            for job in jobs:
                job.position = FR_FEMININE.get(job.position, job.position)
        label = jobs[0].position
        if rng.random() < 0.6:
            extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(10, 99)}"
        extra["summary"] = rng.choice(FR_SUMMARIES).format(
            le="le" if female else "", x="se" if female else "x", e="e" if female else ""
        )
        for job in jobs:
            job.city = rng.choice((city, "Paris", "Nantes"))
        idx = [c[0] for c in pool.cities].index(city)
        study, area = pool.degrees[rng.choice((0, 1))]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 2, 9), (end_year, 9)))
        lic, larea = pool.degrees[2]
        degrees.append(Degree("IUT de Tours", lic, larea, (end_year - 3, 9), (end_year - 2, 6)))
        extra["age"] = f"{2026 - (end_year - 23)} ans"
        extra["permis"] = rng.random() < 0.7
        extra["categories"] = [(c, list(k)) for c, k in FR_CATEGORIES]
        extra["interests"] = rng.sample(FR_INTERESTS, 3)
        languages = [("Français", "langue maternelle"), *FR_LANGUAGES[: rng.randint(1, 3)]]
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
    location: dict[str, Any] = {
        "address": extra["street"],
        "postalCode": extra["postal"],
        "city": person.city,
        "region": person.region,
        "countryCode": COUNTRY.get(style),
    }
    label = person.label
    if style in ("pdf-canva-minimalist", "docx-french-cv-word") and not options["headline"]:
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
    education: list[dict[str, Any]] = []
    for d in person.degrees:
        item: dict[str, Any] = {
            "institution": d.institution,
            "studyType": d.study,
            "area": d.area,
            "startDate": str(d.start[0]),
            "endDate": str(d.end[0]),
        }
        if style == "pdf-tanzanian-cv" and extra.get("gpa"):
            item["score"] = extra["gpa"]
        if style == "pdf-bolivian-cv" and d.study == "Diplomado":
            item.pop("startDate")
        education.append(drop_empty(item))
    for award, school, start, end, division in extra.get("secondary", []):
        education.append(
            {
                "institution": school,
                "studyType": award,
                "startDate": str(start),
                "endDate": str(end),
                "score": division,
            }
        )
    if "categories" in extra:
        skills = [{"name": c, "keywords": k} for c, k in extra["categories"]]
    else:
        skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    certificates = [
        {"name": name, "date": year, "issuer": issuer}
        for year, name, issuer in extra.get("courses", [])
    ]
    interests = [{"name": item} for item in extra.get("interests", [])]
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
    if style == "pdf-bolivian-cv":
        return _bolivian(person, options), "pdf"
    if style == "pdf-tanzanian-cv":
        return _tanzanian(person, options), "pdf"
    if style == "pdf-canva-minimalist":
        return _canva(person, options), "pdf"
    if style == "docx-french-cv-word":
        return _french_word(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _bo_month(month: Month | None, form: str) -> str:
    if form == "numeric":
        return "a la fecha" if month is None else f"{month[1]:02d}/{month[0]}"
    if form == "years":
        return "a la fecha" if month is None else f"{month[0]}"
    return "a la fecha" if month is None else f"{MESES[month[1] - 1].capitalize()} {month[0]}"


def _bolivian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("HOJA DE VIDA")
    pdf.set_author(person.name)
    x, width, key_w = 22.0, 166.0, 46.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 20.0

    def need(height: float) -> None:
        if y + height > 278:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(x, y + 6.6, x + width, y + 6.6)
        pdf.set_text_color(0, 0, 0)
        y += 9.5

    def pair(key: str, value: str) -> None:
        nonlocal y
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(key_w - 4, 5, key)
        pdf.cell(4, 5, ":")
        pdf.set_font("Serif", "", 9.5)
        pdf.multi_cell(width - key_w - 4 - (40 if options["photo"] else 0), 5, value, align="L")
        y = pdf.get_y() + 0.6

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 18)
    pdf.set_text_color(*accent)
    pdf.cell(width, 9, "HOJA DE VIDA", align="C")
    pdf.set_text_color(0, 0, 0)
    y += 12
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 13)
    pdf.cell(width, 7, person.name.upper(), align="C")
    y += 7
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "I", 10.5)
    pdf.cell(width, 6, person.label or "", align="C")
    y += 6
    heading("DATOS PERSONALES")
    top = y
    if options["photo"]:
        pdf.set_draw_color(120, 120, 120)
        pdf.set_line_width(0.3)
        pdf.set_fill_color(232, 232, 232)
        pdf.rect(x + width - 32, y, 30, 38, style="DF")
        pdf.set_xy(x + width - 32, y + 17)
        pdf.set_font("Serif", "", 7)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(30, 4, "FOTO", align="C")
        pdf.set_text_color(0, 0, 0)
    pair("Nombre completo", person.name)
    pair("Cédula de identidad", extra["ci"])
    pair("Fecha de nacimiento", extra["born"])
    pair("Estado civil", extra["civil"])
    pair("Dirección", f"{extra['street']}, {person.city} \u2013 Bolivia")
    pair("Celular", person.phone)
    pair("Correo electrónico", person.email)
    if options["photo"]:
        y = max(y, top + 40)
    heading("PERFIL PROFESIONAL")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 9.8)
    pdf.multi_cell(width, 5, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("FORMACIÓN ACADÉMICA")
    for d in person.degrees:
        need(16)
        span = str(d.end[0]) if d.study == "Diplomado" else f"{d.start[0]} \u2013 {d.end[0]}"
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "B", 9.8)
        pdf.cell(30, 5, span)
        pdf.multi_cell(width - 34, 5, f"{d.study} en {d.area}", align="L")
        pdf.set_xy(x + 34, pdf.get_y())
        pdf.set_font("Serif", "", 9.8)
        pdf.cell(width - 34, 5, d.institution)
        y = pdf.get_y() + 5
        if d.study != "Diplomado":
            pdf.set_xy(x + 34, y)
            pdf.set_font("Serif", "I", 9.3)
            pdf.cell(width - 34, 5, "Título en Provisión Nacional")
            y += 5
        y += 2.5
    heading("EXPERIENCIA LABORAL")
    for job in person.jobs:
        need(30)
        span = f"{_bo_month(job.start, form)} \u2013 {_bo_month(job.end, form)}"
        rows = (
            ("Empresa", job.company, "B"),
            ("Cargo", job.position, ""),
            ("Lugar", job.city, ""),
            ("Periodo", span, ""),
        )
        for key, value, look in rows:
            pdf.set_xy(x + 4, y)
            pdf.set_font("Serif", "B", 9.6)
            pdf.cell(22, 5, key)
            pdf.cell(4, 5, ":")
            pdf.set_font("Serif", look, 9.6)
            pdf.cell(width - 30, 5, value)
            y += 5
        pdf.set_xy(x + 4, y + 0.5)
        pdf.set_font("Serif", "BI", 9.4)
        pdf.cell(width - 4, 5, "Funciones:")
        y += 5.8
        for note in job.highlights:
            need(6)
            pdf.set_xy(x + 8, y)
            pdf.set_font("Serif", "", 9.4)
            pdf.cell(4, 4.8, "\u2022")
            pdf.multi_cell(width - 12, 4.8, note, align="L")
            y = pdf.get_y() + 0.4
        y += 3.5
    heading("CURSOS Y SEMINARIOS")
    for year, name, issuer in extra["courses"]:
        need(11)
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "B", 9.4)
        pdf.cell(14, 4.8, year)
        pdf.set_font("Serif", "", 9.4)
        pdf.multi_cell(width - 18, 4.8, f"{name} \u2013 {issuer}", align="L")
        y = pdf.get_y() + 1
    heading("CONOCIMIENTOS INFORMÁTICOS")
    for skill in person.skills:
        need(6)
        pdf.set_xy(x + 8, y)
        pdf.set_font("Serif", "", 9.4)
        pdf.cell(4, 4.8, "\u2022")
        pdf.cell(width - 12, 4.8, skill)
        y += 5
    heading("IDIOMAS")
    for lang, level in person.languages:
        need(6)
        pdf.set_xy(x + 8, y)
        pdf.set_font("Serif", "B", 9.4)
        pdf.cell(28, 4.8, lang)
        pdf.set_font("Serif", "", 9.4)
        pdf.cell(width - 36, 4.8, level)
        y += 5
    heading("REFERENCIAS PERSONALES")
    need(16)
    for index, ref in enumerate(extra["references"]):
        rx = x + 4 + index * (width / 2)
        for offset, (text, look) in enumerate(((ref[0], "B"), (ref[1], ""), (ref[2], ""))):
            pdf.set_xy(rx, y + 4.8 * offset)
            pdf.set_font("Serif", look, 9.2)
            pdf.cell(width / 2 - 6, 4.8, text)
    y += 16
    _check(y, 282, person)
    y = max(y + 10, 250.0)
    if y < 270:
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.3)
        pdf.line(x + width / 2 - 30, y + 8, x + width / 2 + 30, y + 8)
        pdf.set_xy(x, y + 9)
        pdf.set_font("Serif", "", 9)
        pdf.cell(width, 4.6, person.name, align="C")
    return bytes(pdf.output())


def _tz_month(month: Month | None, form: str) -> str:
    if form == "numeric":
        return "Date" if month is None else f"{month[1]:02d}/{month[0]}"
    return "Date" if month is None else f"{MONTHS_EN[month[1] - 1]} {month[0]}"


def _tanzanian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("CURRICULUM VITAE")
    x, width = 20.0, 170.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 18.0

    def need(height: float) -> None:
        if y + height > 280:
            new_page()

    def heading(number: int, text: str) -> None:
        nonlocal y
        need(20)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(width, 6, f"{number}.0  {text}")
        pdf.set_line_width(0.25)
        pdf.line(x, y + 6.2, x + pdf.get_string_width(f"{number}.0  {text}"), y + 6.2)
        y += 9

    def pair(key: str, value: str) -> None:
        nonlocal y
        pdf.set_xy(x + 6, y)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(48, 5, key)
        pdf.cell(4, 5, ":")
        pdf.cell(width - 58, 5, value)
        y += 5.4

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 15)
    title = "CURRICULUM VITAE"
    pdf.cell(width, 8, title, align="C")
    tw = pdf.get_string_width(title)
    pdf.set_line_width(0.4)
    pdf.line(x + (width - tw) / 2, y + 8, x + (width + tw) / 2, y + 8)
    y += 12
    section = 1
    heading(section, "PERSONAL PARTICULARS")
    pair("Full Name", person.name)
    pair("Date of Birth", extra["born"])
    pair("Gender", extra["gender"])
    pair("Marital Status", extra["marital"])
    pair("Nationality", "Tanzanian")
    pair("Postal Address", f"{extra['street']}, {person.city}, Tanzania")
    pair("Mobile", person.phone)
    pair("E-mail", person.email)
    section += 1
    heading(section, "CAREER OBJECTIVE")
    pdf.set_xy(x + 6, y)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(width - 6, 5, extra["summary"], align="J")
    y = pdf.get_y() + 1

    def education() -> None:
        nonlocal y, section
        section += 1
        heading(section, "EDUCATION BACKGROUND")
        cols = (24.0, 62.0, width - 6 - 86)
        heads = ("YEAR", "INSTITUTION", "AWARD")
        pdf.set_font("Sans", "B", 9)
        cx = x + 6
        pdf.set_fill_color(225, 225, 225)
        for w, text in zip(cols, heads, strict=True):
            pdf.set_xy(cx, y)
            pdf.cell(w, 6, text, border=1, fill=True)
            cx += w
        y += 6
        rows = []
        for d in person.degrees:
            award = f"{d.study} in {d.area}"
            if extra.get("gpa"):
                award += f" (GPA: {extra['gpa']})"
            rows.append((f"{d.start[0]} \u2013 {d.end[0]}", d.institution, award))
        for award, school, start, end, division in extra["secondary"]:
            rows.append((f"{start} \u2013 {end}", school, f"{award} \u2013 {division}"))
        pdf.set_font("Sans", "", 9)
        for row in rows:
            heights = []
            for w, text in zip(cols, row, strict=True):
                lines = pdf.multi_cell(w - 2, 4.6, text, dry_run=True, output="LINES")
                heights.append(len(lines) * 4.6 + 2)
            h = max(heights)
            need(h)
            cx = x + 6
            for w, text in zip(cols, row, strict=True):
                pdf.rect(cx, y, w, h)
                pdf.set_xy(cx + 1, y + 1)
                pdf.multi_cell(w - 2, 4.6, text, align="L")
                cx += w
            y += h

    def work() -> None:
        nonlocal y, section
        section += 1
        heading(section, "WORK EXPERIENCE")
        for job in person.jobs:
            need(30)
            span = f"{_tz_month(job.start, form)} \u2013 {_tz_month(job.end, form)}"
            if job.end is None:
                span = f"{_tz_month(job.start, form)} to Date"
            for key, value, look in (
                ("Employer", job.company, "B"),
                ("Position", job.position, ""),
                ("Duty Station", job.city, ""),
                ("Period", span, ""),
            ):
                pdf.set_xy(x + 6, y)
                pdf.set_font("Sans", "", 9.5)
                pdf.cell(32, 5, key)
                pdf.cell(4, 5, ":")
                pdf.set_font("Sans", look, 9.5)
                pdf.cell(width - 42, 5, value)
                y += 5.2
            pdf.set_xy(x + 6, y + 0.5)
            pdf.set_font("Sans", "BU", 9.5)
            pdf.cell(width - 6, 5, "Duties and Responsibilities")
            y += 6.2
            for index, note in enumerate(job.highlights):
                need(6)
                pdf.set_xy(x + 10, y)
                pdf.set_font("Sans", "", 9.3)
                pdf.cell(7, 4.8, f"{ROMAN[index]}.")
                pdf.multi_cell(width - 17, 4.8, note, align="L")
                y = pdf.get_y() + 0.4
            y += 3.5

    if options["education_first"]:
        education()
        work()
    else:
        work()
        education()
    section += 1
    heading(section, "COMPUTER SKILLS")
    for skill in person.skills:
        need(6)
        pdf.set_xy(x + 10, y)
        pdf.set_font("Sans", "", 9.3)
        pdf.cell(5, 4.8, "\u27a2")
        pdf.cell(width - 15, 4.8, skill)
        y += 5.2
    section += 1
    heading(section, "LANGUAGE PROFICIENCY")
    for lang, level in person.languages:
        need(6)
        pdf.set_xy(x + 10, y)
        pdf.set_font("Sans", "", 9.3)
        pdf.cell(5, 4.8, "\u27a2")
        pdf.cell(width - 15, 4.8, f"{lang}: {level} in speaking, reading and writing")
        y += 5.2
    section += 1
    heading(section, "REFEREES")
    for index, ref in enumerate(extra["referees"], 1):
        need(24)
        lines = [x for x in ref if x]
        for offset, text in enumerate(lines):
            pdf.set_xy(x + 6, y + 4.8 * offset)
            pdf.set_font("Sans", "B" if offset == 0 else "", 9.3)
            pdf.cell(8, 4.8, f"{index}." if offset == 0 else "")
            if offset >= 2:
                text = ("Mobile: " if offset == 2 else "Email: ") + text
            pdf.cell(width - 14, 4.8, text)
        y += 4.8 * len(lines) + 3
    need(20)
    pdf.set_xy(x, y + 4)
    pdf.set_font("Sans", "B", 9.5)
    pdf.cell(width, 5, "DECLARATION")
    pdf.set_xy(x, y + 10)
    pdf.set_font("Sans", "", 9.3)
    pdf.multi_cell(
        width,
        4.8,
        "I hereby declare that the information given above is true and correct to the best "
        "of my knowledge.",
        align="L",
    )
    y = pdf.get_y() + 2
    _check(y, 288, person)
    return bytes(pdf.output())


def _canva_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        return str(month[0]) if form == "years" else f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"

    return f"{one(start)} - {'Present' if end is None else one(end)}"


def _canva(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.add_font("Light", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans-ExtraLight.ttf")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Copy of {person.name} Resume")
    pdf.set_creator("Canva")
    pdf.set_producer("Canva")
    pdf.add_page()
    ink, grey = (40, 40, 40), (110, 110, 110)
    pdf.set_fill_color(246, 244, 240)
    pdf.rect(0, 0, 210, 297, style="F")
    pdf.set_text_color(*ink)
    pdf.set_xy(0, 24)
    pdf.set_font("Light", "", 30)
    pdf.set_char_spacing(4)
    pdf.cell(210, 13, person.name.upper(), align="C")
    pdf.set_char_spacing(0)
    head = 42.0
    if options["headline"]:
        pdf.set_xy(0, 40)
        pdf.set_font("Sans", "", 10)
        pdf.set_text_color(*accent)
        pdf.set_char_spacing(3)
        pdf.cell(210, 6, (person.label or "").upper(), align="C")
        pdf.set_char_spacing(0)
        pdf.set_text_color(*ink)
        head = 50.0
    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.4)
    pdf.line(20, head + 4, 190, head + 4)
    top = head + 12
    side_w, main_w = 58.0, 104.0
    if options["side"] == "left":
        sx, mx = 20.0, 86.0
    else:
        sx, mx = 132.0, 20.0
    divider = 78.0 if options["side"] == "left" else 128.0
    pdf.set_draw_color(200, 196, 190)
    pdf.set_line_width(0.2)
    pdf.line(divider, top, divider, 282)

    def heading(cx: float, cy: float, w: float, text: str) -> float:
        pdf.set_xy(cx, cy)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_char_spacing(2)
        pdf.set_text_color(*ink)
        pdf.cell(w, 6, text.upper())
        pdf.set_char_spacing(0)
        return cy + 10

    sy = heading(sx, top, side_w, "Contact")
    contact = [
        person.phone,
        person.email,
        (person.url or "").removeprefix("https://"),
        extra["linkedin"].removeprefix("https://www."),
        f"{person.city}, {person.region}",
    ]
    for text in contact:
        pdf.set_fill_color(*accent)
        pdf.ellipse(sx, sy + 1.3, 2.4, 2.4, style="F")
        pdf.set_xy(sx + 5, sy)
        pdf.set_font("Sans", "", 8.3)
        pdf.set_text_color(*grey)
        pdf.multi_cell(side_w - 5, 4.6, text, align="L")
        sy = pdf.get_y() + 2.2
    sy = heading(sx, sy + 6, side_w, "Education")
    for d in person.degrees:
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 8.8)
        pdf.set_text_color(*ink)
        pdf.multi_cell(side_w, 4.6, d.study.upper(), align="L")
        pdf.set_xy(sx, pdf.get_y())
        pdf.set_font("Sans", "", 8.5)
        pdf.multi_cell(side_w, 4.6, d.area, align="L")
        pdf.set_xy(sx, pdf.get_y())
        pdf.set_text_color(*grey)
        pdf.multi_cell(side_w, 4.6, d.institution, align="L")
        pdf.set_xy(sx, pdf.get_y())
        pdf.cell(side_w, 4.6, f"{d.start[0]} - {d.end[0]}")
        sy = pdf.get_y() + 8
    sy = heading(sx, sy + 2, side_w, "Skills")
    for skill in person.skills:
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "", 8.5)
        pdf.set_text_color(*grey)
        pdf.cell(4, 4.6, "\u2022")
        pdf.cell(side_w - 4, 4.6, skill)
        sy += 5.4
    if person.languages:
        sy = heading(sx, sy + 6, side_w, "Languages")
        for lang, level in person.languages:
            pdf.set_xy(sx, sy)
            pdf.set_font("Sans", "", 8.5)
            pdf.set_text_color(*grey)
            pdf.cell(side_w, 4.6, f"{lang} ({level})")
            sy += 5.4
    _check(sy, 285, person)
    my = heading(mx, top, main_w, "Profile")
    pdf.set_xy(mx, my)
    pdf.set_font("Sans", "", 8.8)
    pdf.set_text_color(*grey)
    pdf.multi_cell(main_w, 5, extra["summary"], align="J")
    my = heading(mx, pdf.get_y() + 8, main_w, "Work Experience")
    for job in person.jobs:
        pdf.set_xy(mx, my)
        pdf.set_font("Sans", "B", 9.5)
        pdf.set_text_color(*ink)
        pdf.cell(main_w, 5, job.position.upper())
        pdf.set_xy(mx, my + 5.5)
        pdf.set_font("Sans", "", 8.8)
        pdf.set_text_color(*accent)
        pdf.cell(main_w * 0.6, 5, job.company)
        pdf.set_text_color(*grey)
        pdf.cell(main_w * 0.4, 5, _canva_span(job.start, job.end, form), align="R")
        my += 12.5
        for note in job.highlights:
            pdf.set_xy(mx + 1, my)
            pdf.set_font("Sans", "", 8.5)
            pdf.cell(4, 4.5, "\u2022")
            pdf.multi_cell(main_w - 5, 4.5, note, align="L")
            my = pdf.get_y() + 1
        my += 4.5
    _check(my, 287, person)
    return bytes(pdf.output())


def _fr_date(month: Month | None, form: str) -> str:
    if month is None:
        return "Aujourd\u2019hui" if form != "numeric" else "aujourd\u2019hui"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    if form == "short":
        return f"{MOIS_COURTS[month[1] - 1].capitalize()} {month[0]}"
    return f"{MOIS[month[1] - 1].capitalize()} {month[0]}"


def _french_word(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    form, extra = options["dates"], person.extra
    accent = RGBColor.from_string(options["accent"])
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = person.name
    properties.revision = 12
    properties.title = f"CV {person.name}"
    properties.language = "fr-FR"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(1.8)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.05
    right = Cm(17)
    tab = Cm(4)

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        fmt = paragraph.paragraph_format
        fmt.space_before, fmt.space_after = Pt(14), Pt(5)
        run = paragraph.add_run(text.upper())
        run.bold = True
        run.font.size = Pt(12)
        run.font.color.rgb = accent
        border = paragraph._p.get_or_add_pPr()
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        border.append(
            parse_xml(
                f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" '
                f'w:color="{options["accent"]}"/></w:pBdr>'
            )
        )

    def bullet(text: str, indent: Any = None, container: Any = None) -> None:
        paragraph = (container or document).add_paragraph(text, style="List Bullet")
        if indent is not None:
            paragraph.paragraph_format.left_indent = indent
            paragraph.paragraph_format.first_line_indent = Cm(-0.5)

    def span(start: Month, end: Month | None) -> str:
        if end is None and form == "words":
            return f"Depuis {_fr_date(start, form).lower()}"
        return f"{_fr_date(start, form)} \u2013 {_fr_date(end, form)}"

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(person.name)
    run.bold = True
    run.font.size = Pt(22)
    run.font.color.rgb = accent
    if options["headline"]:
        line = document.add_paragraph()
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = line.add_run(person.label or "")
        run.font.size = Pt(13)
        run.italic = True
    contact = [
        f"{extra['street']}, {extra['postal']} {person.city}",
        f"{person.phone} | {person.email}",
        " | ".join(
            [
                extra["age"],
                *(["Permis B"] if extra["permis"] else []),
                *([extra["linkedin"].removeprefix("https://www.")] if "linkedin" in extra else []),
            ]
        ),
    ]
    for text in contact:
        paragraph = document.add_paragraph(text)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading("Profil")
    document.add_paragraph(extra["summary"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    def experience() -> None:
        heading("Expériences professionnelles")
        if options["layout"] == "table":
            table = document.add_table(rows=0, cols=2)
            table.autofit = False
            for job in person.jobs:
                cells = table.add_row().cells
                cells[0].width, cells[1].width = tab, Cm(13)
                cells[0].paragraphs[0].add_run(span(job.start, job.end)).bold = True
                cells[0].add_paragraph(job.city).runs[0].italic = True
                head = cells[1].paragraphs[0]
                head.add_run(job.position).bold = True
                head.add_run(f" \u2013 {job.company}")
                for note in job.highlights:
                    bullet(note, container=cells[1])
                cells[1].paragraphs[-1].paragraph_format.space_after = Pt(8)
            return
        for job in person.jobs:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(6)
            paragraph.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
            paragraph.add_run(f"{job.position}").bold = True
            paragraph.add_run(f" \u2013 {job.company}, {job.city}\t")
            paragraph.add_run(span(job.start, job.end)).italic = True
            for note in job.highlights:
                bullet(note, indent=Cm(1))

    def formation() -> None:
        heading("Formation")
        for d in person.degrees:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(4)
            paragraph.paragraph_format.tab_stops.add_tab_stop(tab, WD_TAB_ALIGNMENT.LEFT)
            paragraph.paragraph_format.left_indent = tab
            paragraph.paragraph_format.first_line_indent = -tab
            paragraph.add_run(f"{d.start[0]} \u2013 {d.end[0]}\t").bold = True
            paragraph.add_run(f"{d.study} {d.area}").bold = True
            paragraph.add_run(f"\n{d.institution}")

    def competences() -> None:
        heading("Compétences")
        for category, keywords in extra["categories"]:
            paragraph = document.add_paragraph(style="List Bullet")
            paragraph.add_run(f"{category} : ").bold = True
            paragraph.add_run(", ".join(keywords))

    experience()
    if options["skills_first"]:
        competences()
        formation()
    else:
        formation()
        competences()
    heading("Langues")
    for lang, level in person.languages:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{lang} : ").bold = True
        paragraph.add_run(level)
    heading("Centres d\u2019intérêt")
    document.add_paragraph(" \u2022 ".join(extra["interests"]))
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())

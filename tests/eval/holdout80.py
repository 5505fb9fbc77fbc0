"""Eightieth held-out round ("holdout-80"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts, three born-digital PDF and
one Word document. The round is sealed: the layouts are described only in the code below.

Pools are fresh for this round; the truth states only what the document shows, in the
precision it shows it (a country code only where a country is printed, year-only dates as
years, an ongoing job or study without an end date).
"""

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout17 import _chain, _check
from tests.eval.holdout31 import _normalise_zip
from tests.eval.holdout68 import _Flow, _letter
from tests.eval.holdout74 import _edu, _years
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, profile_links

HOLDOUT_TAG = "holdout-80"
GENERATOR = "tests/eval/holdout80.py"
SEED = 8_047_219

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-guatemalan-cv", 3),
    ("pdf-fijian-indian-cv", 3),
    ("pdf-kickresume-modern", 3),
    ("docx-estonian-cv-word", 3),
)

EN_MONTHS = (
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
ES_MONTHS = (
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
ET_MONTHS = (
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

POOLS: dict[str, Pool] = {
    "pdf-guatemalan-cv": Pool(
        first=("Byron", "Heidy", "Estuardo", "Mayra", "Wilmer", "Ingrid", "Otto", "Lesbia"),
        last=("Cifuentes Ajú", "Monzón Tzul", "Barrios Xicará", "Sagastume", "Orantes Cuxil"),
        cities=(
            ("Ciudad de Guatemala", None, "GT", "14 Calle 3-27, Zona 10"),
            ("Ciudad de Guatemala", None, "GT", "Avenida Petapa 42-18, Zona 12"),
            ("Mixco", None, "GT", "Colonia El Milagro, 5a. Calle 8-41, Zona 6"),
        ),
        employers=(
            "Distribuidora Volcán de Agua, S.A.",
            "Cooperativa Quetzaltepeque, R.L.",
            "Agroexportadora Los Cuchumatanes, S.A.",
            "Transportes Atitlán Express",
            "Financiera Ixchel, S.A.",
        ),
        titles=(
            "Auxiliar Contable",
            "Asistente Administrativa",
            "Ejecutivo de Ventas",
            "Encargado de Bodega",
            "Analista de Créditos",
        ),
        highlights=(
            "Registro de facturas y conciliaciones bancarias mensuales",
            "Elaboración de planillas y cálculo de cuotas del IGSS",
            "Presentación de declaraciones de IVA e ISR ante la SAT",
            "Atención a clientes y seguimiento de cartera en mora",
            "Control de inventarios y despacho de pedidos a ruta",
            "Apoyo en la auditoría externa y cierre contable anual",
            "Cotizaciones y visitas a clientes en el interior de la república",
            "Manejo de caja chica y archivo de documentos",
        ),
        skills=(
            "Microsoft Office (Word, Excel avanzado, PowerPoint)",
            "Sistema contable SAP Business One",
            "Facturación electrónica FEL",
            "Trabajo en equipo",
            "Manejo de personal",
        ),
        schools=(
            "Universidad de San Carlos de Guatemala (USAC)",
            "Universidad Rafael Landívar",
            "Universidad Mariano Gálvez de Guatemala",
            "Universidad Galileo",
        ),
        degrees=(
            ("Licenciatura", "Contaduría Pública y Auditoría"),
            ("Licenciatura", "Administración de Empresas"),
            ("Licenciatura", "Mercadotecnia"),
            ("Técnico Universitario", "Administración de Recursos Humanos"),
        ),
    ),
    "pdf-fijian-indian-cv": Pool(
        first=("Ravneel", "Shivani", "Pranil", "Anjelina", "Kamlesh", "Reshmi", "Vishal"),
        last=("Prasad", "Chand", "Narayan", "Lal", "Deo", "Singh", "Goundar", "Reddy"),
        cities=(
            ("Suva", None, "FJ", "Lot 14 Ratu Dovi Road, Nasinu"),
            ("Lautoka", None, "FJ", "23 Drasa Avenue"),
            ("Suva", None, "FJ", "7 Milverton Road, Raiwaqa"),
        ),
        employers=(
            "Vanua Levu Hardware & Timber Pte Limited",
            "Tavua Gold Coast Motors Limited",
            "South Seas Crest Insurance (Fiji) Limited",
            "Namaka Valley Supermarket",
            "Rewa Delta Freight Services Pte Limited",
        ),
        titles=(
            "Accounts Clerk",
            "Sales Representative",
            "Customer Service Officer",
            "Assistant Accountant",
            "Office Administrator",
        ),
        highlights=(
            "Prepared debtors and creditors reconciliations on a monthly basis",
            "Processed weekly wages and FNPF contributions for 60 staff",
            "Lodged VAT returns with FRCS and maintained supporting files",
            "Served walk-in customers and handled complaints professionally",
            "Maintained stock records and assisted with quarterly stocktakes",
            "Prepared quotations and followed up on outstanding orders",
            "Handled petty cash and banking of daily takings",
            "Assisted the Branch Manager with monthly sales reports",
        ),
        skills=(
            "MYOB and Sage Pastel",
            "Microsoft Word, Excel and Outlook",
            "Good communication skills",
            "Able to work under pressure",
            "Typing speed of 45 wpm",
        ),
        schools=(
            "The University of the South Pacific",
            "Fiji National University",
            "University of Fiji",
        ),
        degrees=(
            ("Bachelor of Commerce", "Accounting and Economics"),
            ("Bachelor of Commerce", "Management and Public Administration"),
            ("Diploma", "Business Studies"),
            ("Bachelor of Arts", "Economics and Geography"),
        ),
    ),
    "pdf-kickresume-modern": Pool(
        first=("Maya", "Julian", "Priya", "Owen", "Chloe", "Marcus", "Tessa", "Leon"),
        last=("Okafor", "Lindqvist", "Brennan", "Castellano", "Whitlock", "Harrow", "Delacroix"),
        cities=(
            ("Bristol", None, "GB", "Bristol, United Kingdom"),
            ("Dublin", None, "IE", "Dublin, Ireland"),
            ("Toronto", "ON", "CA", "Toronto, ON, Canada"),
        ),
        employers=(
            "Brightloop Media",
            "Fernhill Analytics Ltd",
            "Canopy Commerce",
            "Northwind Studio",
            "Harbourline Travel Group",
        ),
        titles=(
            "Marketing Coordinator",
            "Content Marketing Specialist",
            "Digital Marketing Manager",
            "Social Media Executive",
            "Brand Assistant",
        ),
        highlights=(
            "Planned and ran paid social campaigns with a monthly budget of £25k",
            "Grew the newsletter list from 8,000 to 31,000 subscribers",
            "Wrote and edited blog posts, landing pages and case studies",
            "Coordinated product launches with design, sales and PR teams",
            "Built weekly performance dashboards in Looker Studio",
            "Managed relationships with three external creative agencies",
            "Improved organic traffic by 64% through an SEO content plan",
            "Organised trade-show presence at four industry events",
        ),
        skills=(
            "Google Analytics 4",
            "HubSpot",
            "Copywriting",
            "SEO",
            "Canva & Figma",
            "Meta Ads Manager",
            "Project management",
        ),
        schools=(
            "University of the West of England",
            "University College Dublin",
            "Toronto Metropolitan University",
        ),
        degrees=(
            ("BA (Hons)", "Marketing"),
            ("BA", "Media and Communication"),
            ("BSc", "Business Management"),
        ),
    ),
    "docx-estonian-cv-word": Pool(
        first=("Kertu", "Rasmus", "Liisi", "Tanel", "Kadri", "Siim", "Merilin", "Indrek"),
        last=("Kõiv", "Laanemets", "Pärtel", "Saar", "Ojasoo", "Tamberg", "Vaher", "Rebane"),
        cities=(
            ("Tallinn", None, "EE", "Pärnu mnt 118-14"),
            ("Tartu", None, "EE", "Riia 57-3"),
            ("Pärnu", None, "EE", "Lõuna 22-7"),
        ),
        employers=(
            "Läänemere Logistika OÜ",
            "Toomemäe Kinnisvara AS",
            "Emajõe Pagar OÜ",
            "Virumaa Energiateenused AS",
            "Kalevipoja Kaubandus OÜ",
        ),
        titles=(
            "Raamatupidaja",
            "Müügijuht",
            "Klienditeenindaja",
            "Projektijuht",
            "Ostuspetsialist",
        ),
        highlights=(
            "Ostu- ja müügiarvete kirjendamine ning pangakannete sidumine",
            "Käibedeklaratsioonide koostamine ja esitamine",
            "Uute klientide leidmine ning lepingute sõlmimine",
            "Klientide nõustamine telefoni ja e-posti teel",
            "Tarnijatega läbirääkimiste pidamine ja tellimuste haldamine",
            "Projektide eelarve ja ajakava jälgimine",
            "Kuuaruannete koostamine juhatusele",
            "Uute töötajate juhendamine ja väljaõpe",
        ),
        skills=("MS Office", "Merit Aktiva", "Directo", "SAP", "Google Workspace"),
        schools=(
            "Tartu Ülikool",
            "Tallinna Tehnikaülikool",
            "Tallinna Ülikool",
            "Eesti Maaülikool",
        ),
        degrees=(
            ("bakalaureusekraad", "ärijuhtimine"),
            ("bakalaureusekraad", "majandusteadus"),
            ("magistrikraad", "rahvusvaheline ärijuhtimine"),
            ("rakenduskõrgharidus", "raamatupidamine"),
        ),
    ),
}

GT_PERFIL = (
    "Persona responsable, proactiva y con facilidad de aprendizaje, con experiencia en el "
    "área contable y administrativa, capaz de trabajar bajo presión y en equipo.",
    "Profesional orientado a resultados, con buenas relaciones interpersonales y deseos de "
    "superación, en busca de una oportunidad para crecer dentro de una empresa sólida.",
)
GT_COLEGIOS = (
    "Colegio Evangélico La Patria, Zona 5",
    "Instituto Nacional Central para Varones (INCV)",
    "Colegio Liceo Guatemala",
    "Instituto Normal para Señoritas Centro América (INCA)",
)
GT_BACHILLER = (
    "Perito Contador",
    "Bachiller en Ciencias y Letras con Orientación en Computación",
    "Secretariado Bilingüe",
)
GT_CURSOS = (
    ("Diplomado en Finanzas Corporativas", "INTECAP", "2021"),
    ("Curso de Excel Avanzado", "Universidad Galileo", "2020"),
    ("Servicio al Cliente", "INTECAP", "2019"),
)
GT_REFS = (
    ("Lic. Mynor Estrada Batz", "Contador General", "5581-2043"),
    ("Licda. Sandra Coyoy de León", "Jefa de Recursos Humanos", "4217-9930"),
    ("Ing. Rolando Pú Matías", "Gerente de Operaciones", "3012-6688"),
)

FJ_OBJECTIVE = (
    "To secure a challenging position in a reputable organisation where I can utilise my "
    "skills and knowledge, gain further experience and contribute to the success of the "
    "company."
)
FJ_HIGH = (
    ("Natabua High School", "Lautoka"),
    ("Suva Sangam College", "Suva"),
    ("Shri Vivekananda High School", "Nadi"),
    ("Nasinu Muslim College", "Nasinu"),
)
FJ_REFEREES = (
    (
        "Mr. Rajesh Maharaj",
        "Finance Manager",
        "Vanua Levu Hardware & Timber Pte Limited",
        "9923 418",
    ),
    ("Mrs. Sunita Devi", "Lecturer, School of Accounting", "Fiji National University", "8376 201"),
    ("Mr. Josefa Tuilau", "Operations Supervisor", "Rewa Delta Freight Services", "7045 339"),
)
FJ_INTERESTS = ("Cricket", "Reading", "Community work at the local temple", "Soccer", "Cooking")

KR_SUMMARY = (
    "Creative marketer with a knack for turning data into stories. I plan campaigns end to end, "
    "from brief to reporting, and love working with small, fast-moving teams.",
    "Results-driven marketing professional focused on content, social and email. Comfortable "
    "owning budgets, working with agencies and explaining numbers to non-marketers.",
)
KR_INTERESTS = ("Trail running", "Film photography", "Podcasts", "Pottery", "Travel")
KR_COLOURS = ((33, 52, 72), (24, 90, 86), (92, 45, 88))

EE_KOOLID = (
    "Tallinna Reaalkool",
    "Hugo Treffneri Gümnaasium",
    "Pärnu Sütevaka Humanitaargümnaasium",
    "Miina Härma Gümnaasium",
)
EE_LANGUAGES = (
    ("eesti keel", "emakeel"),
    ("inglise keel", "väga hea (C1)"),
    ("vene keel", "suhtlustasandil"),
    ("soome keel", "algtase"),
)
EE_HOBID = ("matkamine", "korvpall", "lugemine", "aiandus", "rahvatants")
EE_MUU = "Juhiload: B-kategooria, oma auto olemas"


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-guatemalan-cv":
        return {
            "dates": rng.choice(("words", "numeric", "short")),
            "present": rng.choice(("a la fecha", "actualidad", "actualmente")),
            "labelled": rng.random() < 0.5,
            "perfil": rng.random() < 0.7,
            "education_first": rng.random() < 0.6,
        }
    if style == "pdf-fijian-indian-cv":
        return {
            "dates": rng.choice(("long", "short", "numeric")),
            "present": rng.choice(("Present", "To date", "Current")),
            "table": rng.random() < 0.5,
            "objective": rng.random() < 0.7,
            "interests": rng.random() < 0.6,
        }
    if style == "pdf-kickresume-modern":
        return {
            "dates": rng.choice(("numeric", "short")),
            "present": rng.choice(("present", "Present")),
            "headline": rng.random() < 0.7,
            "accent": rng.choice(KR_COLOURS),
            "linkedin": rng.random() < 0.6,
            "website": rng.random() < 0.4,
        }
    if style == "docx-estonian-cv-word":
        return {
            "dates": rng.choice(("numeric", "words")),
            "present": rng.choice(("praeguseni", "tänaseni")),
            "title": rng.choice(("CV", "ELULOOKIRJELDUS")),
            "table": rng.random() < 0.5,
            "profile": rng.random() < 0.5,
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name).split()
    first, last = slug[0], slug[-1]
    city, region, code, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street}
    jobs = _chain(rng, pool, rng.choice((2, 3)), rng.random() < 0.7)
    year = jobs[-1].start[0] - rng.randint(0, 1)
    study, area = rng.choice(pool.degrees)
    school = rng.choice(pool.schools)
    skills = rng.sample(pool.skills, rng.randint(4, 5))
    label: str | None = jobs[0].position
    languages: list[tuple[str, str]] = []
    edu: list[dict[str, Any]] = []
    url: str | None = None
    if style == "pdf-guatemalan-cv":
        phone = f"{rng.choice(('+502 ', ''))}{rng.choice('345')}{rng.randint(100, 999)}-"
        phone += f"{rng.randint(1000, 9999)}"
        email = f"{first}.{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'hotmail.com'))}"
        for job in jobs:
            job.city = rng.choice(("Ciudad de Guatemala", "Mixco", "Villa Nueva"))
        if jobs[0].end is None and rng.random() < 0.5:
            edu.append(
                _edu(
                    "Universidad Galileo",
                    "Maestría",
                    "Administración Financiera",
                    str(jobs[0].start[0] + 1),
                    None,
                )
            )
        length = 3 if study.startswith("Técnico") else 5
        edu.append(_edu(school, study, area, str(year - length), str(year)))
        edu.append(
            _edu(
                rng.choice(GT_COLEGIOS),
                rng.choice(GT_BACHILLER),
                None,
                None,
                str(year - length - 1),
            )
        )
        extra["born"] = f"{rng.randint(1, 28)} de {ES_MONTHS[rng.randrange(12)]} de {year - 23}"
        extra["civil"] = rng.choice(("Soltero(a)", "Casado(a)"))
        extra["dpi"] = f"{rng.randint(1000, 2999)} {rng.randint(10000, 99999)} 0101"
        extra["summary"] = rng.choice(GT_PERFIL)
        extra["certs"] = sorted(rng.sample(GT_CURSOS, 2), key=lambda c: c[2], reverse=True)
        extra["referees"] = rng.sample(GT_REFS, 2)
        languages = [("Español", "Nativo"), ("Inglés", rng.choice(("Intermedio", "Básico")))]
    elif style == "pdf-fijian-indian-cv":
        phone = f"{rng.choice(('+679 ', ''))}{rng.choice('789')}{rng.randint(100, 999)} "
        phone += f"{rng.randint(100, 999)}"
        email = f"{first}{last}{rng.randint(10, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        for job in jobs:
            job.city = rng.choice(("Suva", "Lautoka", "Nadi", "Ba"))
        length = 2 if study == "Diploma" else 3
        score = rng.choice((None, f"GPA {rng.choice(('3.2', '3.5', '3.8'))}"))
        edu.append(_edu(school, study, area, str(year - length), str(year), score))
        high, town = rng.choice(FJ_HIGH)
        extra["high_town"] = town
        edu.append(_edu(high, "Fiji Year 13 Certificate", None, None, str(year - length - 1)))
        if rng.random() < 0.5:
            edu.append(_edu(high, "Fiji Year 12 Certificate", None, None, str(year - length - 2)))
        extra["born"] = f"{rng.randint(1, 28)}/{rng.randint(1, 12):02d}/{year - 21}"
        extra["civil"] = rng.choice(("Single", "Married"))
        extra["summary"] = FJ_OBJECTIVE
        extra["referees"] = rng.sample(FJ_REFEREES, 2)
        extra["interests"] = rng.sample(FJ_INTERESTS, 3)
        languages = [("English", "Fluent"), ("Hindi", "Fluent"), ("iTaukei", "Basic")][
            : rng.choice((2, 3))
        ]
    elif style == "pdf-kickresume-modern":
        if code == "CA":
            phone = f"+1 416 {rng.randint(200, 989)} {rng.randint(1000, 9999)}"
        elif code == "IE":
            phone = f"+353 8{rng.randint(3, 7)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        else:
            phone = f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'outlook.com', 'proton.me'))}"
        extra["street"] = None
        extra["printed"] = street
        for job in jobs:
            job.city = street
        url = f"www.{first}{last}.com"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        start = year - 3
        school = {"GB": pool.schools[0], "IE": pool.schools[1], "CA": pool.schools[2]}[code or ""]
        edu.append(_edu(school, study, area, f"{start}-09", f"{year}-06"))
        extra["summary"] = rng.choice(KR_SUMMARY)
        extra["interests"] = rng.sample(KR_INTERESTS, 3)
        languages = [("English", "Native"), (rng.choice(("French", "Spanish", "German")), "B2")]
        skills = rng.sample(pool.skills, 6)
    else:
        phone = f"+372 5{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'hot.ee', 'mail.ee'))}"
        for job in jobs:
            job.city = rng.choice(("Tallinn", "Tartu", "Pärnu"))
        extra["postal"] = {"Tallinn": "10617", "Tartu": "51013", "Pärnu": "80010"}[city]
        if study == "magistrikraad":
            edu.append(_edu(school, study, area, f"{year}-09", f"{year + 2}-06"))
            edu.append(
                _edu(school, "bakalaureusekraad", "ärijuhtimine", f"{year - 3}-09", f"{year}-06")
            )
            high_year = year - 3
        else:
            length = 4 if study == "rakenduskõrgharidus" else 3
            edu.append(_edu(school, study, area, f"{year - length}-09", f"{year}-06"))
            high_year = year - length
        edu.append(_edu(rng.choice(EE_KOOLID), "keskharidus", None, None, str(high_year)))
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{year - 22}"
        extra["summary"] = (
            "Kohusetundlik ja täpne, hea suhtlemisoskusega ning valmis uusi asju õppima. "
            "Otsin võimalust oma teadmisi ja kogemusi rakendada arenevas ettevõttes."
        )
        extra["interests"] = rng.sample(EE_HOBID, 3)
        languages = list(EE_LANGUAGES[: rng.choice((3, 4))])
    extra["edu"] = edu
    return Candidate(
        style=style,
        name=name,
        label=label,
        email=email,
        phone=phone,
        url=url,
        city=city,
        region=region,
        code=code,
        jobs=jobs,
        degrees=[],
        skills=skills,
        languages=languages,
        extra=extra,
    )


# ------------------------------------------------------------------------------------ truth


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    extra = person.extra
    location: dict[str, Any] = drop_empty(
        {
            "address": extra["street"],
            "postalCode": extra.get("postal"),
            "city": person.city,
            "region": person.region,
            "countryCode": person.code,
        }
    )
    summary = extra["summary"]
    if style == "pdf-guatemalan-cv" and not options["perfil"]:
        summary = None
    if style == "pdf-fijian-indian-cv" and not options["objective"]:
        summary = None
    if style == "docx-estonian-cv-word" and not options["profile"]:
        summary = None
    profiles: dict[str, Any] = {}
    if options.get("linkedin"):
        profiles["linkedin"] = extra["linkedin"]
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label if options.get("headline") else None,
            "email": person.email,
            "phone": person.phone,
            "url": person.url if options.get("website") else None,
            "summary": summary,
            "location": location,
            "profiles": profile_links(profiles),
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
    education = [drop_empty(dict(item)) for item in extra["edu"]]
    certificates = [
        {"name": title, "issuer": issuer, "date": year}
        for title, issuer, year in extra.get("certs", [])
    ]
    references = [
        {"name": ref[0], "reference": ", ".join(ref[1:])} for ref in extra.get("referees", [])
    ]
    interests = extra.get("interests", [])
    if style == "pdf-fijian-indian-cv" and not options["interests"]:
        interests = []
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "certificates": certificates,
            "skills": [{"name": skill} for skill in person.skills],
            "languages": [{"language": lang, "fluency": level} for lang, level in person.languages],
            "interests": [{"name": item} for item in interests],
            "references": references,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-guatemalan-cv":
        return _guatemala(person, options), "pdf"
    if style == "pdf-fijian-indian-cv":
        return _fiji(person, options), "pdf"
    if style == "pdf-kickresume-modern":
        return _kickresume(person, options), "pdf"
    if style == "docx-estonian-cv-word":
        return _estonia(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _month(month: Month | None, form: str, present: str, names: tuple[str, ...]) -> str:
    if month is None:
        return present
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    if form == "dotted":
        return f"{month[1]:02d}.{month[0]}"
    name = names[month[1] - 1]
    if form == "short":
        name = name[:3]
    if form == "words" and names is ES_MONTHS:
        return f"{name} de {month[0]}"
    return f"{name} {month[0]}"


# ------------------------------------------------------------------------------- Guatemala


def _guatemala(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Currículum Vitae")
    pdf.set_author(person.name)
    pdf.set_creator("Microsoft\u00ae Word 2016")
    x, width, side = 20.0, 170.0, 40.0
    teal = (0, 84, 122)
    flow = _Flow(pdf, 16.0, 280.0)

    def heading(text: str) -> None:
        flow.need(22)
        flow.y += 3
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*teal)
        pdf.cell(width, 6, text.upper())
        pdf.set_draw_color(*teal)
        pdf.set_line_width(0.4)
        pdf.line(x, flow.y + 6.6, x + width, flow.y + 6.6)
        pdf.set_text_color(0, 0, 0)
        flow.y += 9

    def text(body: str, style: str = "", indent: float = 0.0) -> None:
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Sans", style, 9.2)
        pdf.multi_cell(width - indent, 4.8, body, align="L")
        flow.y = pdf.get_y() + 0.3

    def field(key: str, value: str, wide: float = side + 6) -> None:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 9.2)
        pdf.cell(wide, 4.8, f"{key}:")
        pdf.set_font("Sans", "", 9.2)
        pdf.multi_cell(width - wide, 4.8, value, align="L")
        flow.y = pdf.get_y() + 0.3

    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "B", 18)
    pdf.cell(width, 9, person.name, align="C")
    flow.y += 9.5
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "", 9)
    pdf.cell(width, 5, f"{extra['street']}, {person.city}, Guatemala", align="C")
    flow.y += 5
    pdf.set_xy(x, flow.y)
    pdf.cell(width, 5, f"Tel. {person.phone}  |  {person.email}", align="C")
    flow.y += 7
    heading("Datos personales")
    field("Fecha de nacimiento", extra["born"])
    field("DPI", extra["dpi"])
    field("Estado civil", extra["civil"])
    field("Nacionalidad", "Guatemalteca")
    if options["perfil"]:
        heading("Perfil profesional")
        text(extra["summary"])

    def education() -> None:
        heading("Formación académica")
        for item in extra["edu"]:
            flow.need(14)
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "B", 9.2)
            pdf.cell(side, 4.8, _years(item, present, " \u2013 "))
            title = item["studyType"]
            if item["area"]:
                title = f"{title} en {item['area']}"
            if item["endDate"] is None:
                title += " (en curso)"
            pdf.set_xy(x + side, flow.y)
            pdf.multi_cell(width - side, 4.8, title, align="L")
            flow.y = pdf.get_y() + 0.2
            text(item["institution"], "", side)
            flow.y += 1.5

    def experience() -> None:
        heading("Experiencia laboral")
        for job in person.jobs:
            flow.need(30)
            start = _month(job.start, form, present, ES_MONTHS)
            span = f"{start} \u2013 {_month(job.end, form, present, ES_MONTHS)}"
            if options["labelled"]:
                field("Empresa", job.company, 28)
                field("Puesto", job.position, 28)
                field("Período", span, 28)
                field("Lugar", job.city, 28)
                text("Atribuciones:", "B")
            else:
                pdf.set_xy(x, flow.y)
                pdf.set_font("Sans", "B", 9.4)
                pdf.cell(width - 62, 5, job.position)
                pdf.set_font("Sans", "I", 8.8)
                pdf.cell(62, 5, span, align="R")
                flow.y += 5.2
                text(f"{job.company} \u2013 {job.city}", "I")
            for note in job.highlights:
                flow.need(6)
                pdf.set_xy(x + 4, flow.y)
                pdf.set_font("Sans", "", 9)
                pdf.cell(4, 4.6, "\u2022")
                pdf.multi_cell(width - 8, 4.6, note, align="L")
                flow.y = pdf.get_y() + 0.2
            flow.y += 2.5

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("Cursos y diplomados")
    for title, issuer, year in extra["certs"]:
        text(f"\u2022  {title} \u2013 {issuer} ({year})", indent=2)
    heading("Idiomas")
    for lang, level in person.languages:
        field(f"   {lang}", level, 34)
    heading("Habilidades")
    for skill in person.skills:
        text(f"\u2022  {skill}", indent=2)
    heading("Referencias laborales")
    for name, role, tel in extra["referees"]:
        flow.need(12)
        text(name, "B")
        text(f"{role}  \u2013  Tel. {tel}")
        flow.y += 1.2
    _check(flow.y, 282, person)
    return bytes(pdf.output())


# ------------------------------------------------------------------------------------ Fiji


def _fiji(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Curriculum Vitae")
    pdf.set_author(person.name)
    x, width = 20.0, 170.0

    def footer(doc: Any) -> None:
        doc.set_xy(x, 287)
        doc.set_font("Serif", "I", 7)
        doc.cell(width, 4, f"Page {doc.page_no()}", align="C")

    flow = _Flow(pdf, 16.0, 280.0, footer)

    def heading(text: str) -> None:
        flow.need(22)
        flow.y += 3
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "BU", 11)
        pdf.cell(width, 6, text)
        flow.y += 8

    def text(body: str, style: str = "", indent: float = 0.0) -> None:
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Serif", style, 9.6)
        pdf.multi_cell(width - indent, 5, body, align="L")
        flow.y = pdf.get_y() + 0.3

    def field(key: str, value: str, wide: float = 42.0) -> None:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "", 9.6)
        pdf.cell(wide, 5, key)
        pdf.cell(4, 5, ":")
        pdf.multi_cell(width - wide - 4, 5, value, align="L")
        flow.y = pdf.get_y() + 0.3

    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "B", 16)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    flow.y += 12
    heading("PERSONAL DETAILS")
    field("Full Name", person.name)
    field("Date of Birth", extra["born"])
    field("Marital Status", extra["civil"])
    field("Nationality", "Fijian")
    field("Postal Address", f"{extra['street']}, {person.city}, Fiji")
    field("Mobile", person.phone)
    field("Email Address", person.email)
    if options["objective"]:
        heading("CAREER OBJECTIVE")
        text(extra["summary"])
    heading("EDUCATIONAL QUALIFICATIONS")
    for item in extra["edu"]:
        flow.need(14)
        when = _years(item, present, " \u2013 ")
        title = item["studyType"]
        if item["area"]:
            title = f"{title} majoring in {item['area']}"
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 9.6)
        pdf.cell(32, 5, when)
        pdf.multi_cell(width - 32, 5, title, align="L")
        flow.y = pdf.get_y() + 0.2
        place = item["institution"]
        if item["studyType"].startswith("Fiji Year"):
            place = f"{place}, {extra['high_town']}"
        text(place, "I", 32)
        if item["score"]:
            text(item["score"], "", 32)
        flow.y += 1.5
    heading("WORK EXPERIENCE")
    for job in person.jobs:
        flow.need(30)
        start = _month(job.start, form, present, EN_MONTHS)
        span = f"{start} \u2013 {_month(job.end, form, present, EN_MONTHS)}"
        if options["table"]:
            field("Employer", job.company, 30)
            field("Position", job.position, 30)
            field("Location", job.city, 30)
            field("Duration", span, 30)
            text("Duties and Responsibilities:", "B")
        else:
            pdf.set_xy(x, flow.y)
            pdf.set_font("Serif", "B", 9.8)
            pdf.cell(width - 62, 5, job.company)
            pdf.set_font("Serif", "", 9.4)
            pdf.cell(62, 5, span, align="R")
            flow.y += 5.2
            text(f"{job.position}, {job.city}", "I")
        for note in job.highlights:
            flow.need(6)
            pdf.set_xy(x + 5, flow.y)
            pdf.set_font("Serif", "", 9.4)
            pdf.cell(5, 4.8, "\u2022")
            pdf.multi_cell(width - 10, 4.8, note, align="L")
            flow.y = pdf.get_y() + 0.2
        flow.y += 2.5
    heading("SKILLS")
    for skill in person.skills:
        text(f"\u2022  {skill}", indent=3)
    heading("LANGUAGES")
    text(", ".join(f"{lang} ({level})" for lang, level in person.languages))
    if options["interests"]:
        heading("HOBBIES AND INTERESTS")
        text(", ".join(extra["interests"]))
    heading("REFEREES")
    for name, role, employer, tel in extra["referees"]:
        flow.need(20)
        text(name, "B")
        text(role)
        text(employer)
        text(f"Phone: {tel}")
        flow.y += 1.5
    _check(flow.y, 282, person)
    return bytes(pdf.output())


# ------------------------------------------------------------------------------ Kickresume


def _kickresume(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    if person.code == "CA":
        _letter(pdf)
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} - Resume")
    pdf.set_author(person.name)
    pdf.set_creator("Kickresume")
    pdf.set_producer("Skia/PDF m120")
    accent = options["accent"]
    bar = 68.0
    pdf.add_page()
    height = pdf.h
    pdf.set_fill_color(*accent)
    pdf.rect(0, 0, bar, height, style="F")
    sx, sw = 8.0, bar - 14.0
    sy = 20.0

    def side_head(text: str) -> None:
        nonlocal sy
        sy += 4
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(255, 255, 255)
        pdf.cell(sw, 5, text.upper())
        pdf.set_draw_color(255, 255, 255)
        pdf.set_line_width(0.3)
        pdf.line(sx, sy + 6, sx + 16, sy + 6)
        sy += 8.5

    def side_text(body: str, style: str = "", size: float = 8.6) -> None:
        nonlocal sy
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", style, size)
        pdf.set_text_color(255, 255, 255)
        pdf.multi_cell(sw, 4.4, body, align="L")
        sy = pdf.get_y() + 0.8

    side_head("Contact")
    side_text("Phone", "B", 7.6)
    side_text(person.phone)
    side_text("Email", "B", 7.6)
    side_text(person.email)
    side_text("Address", "B", 7.6)
    side_text(extra["printed"])
    if options["linkedin"]:
        side_text("LinkedIn", "B", 7.6)
        side_text(extra["linkedin"].removeprefix("https://www."))
    if options["website"]:
        side_text("Website", "B", 7.6)
        side_text(person.url or "")
    side_head("Skills")
    for skill in person.skills:
        side_text(skill)
    side_head("Languages")
    for lang, level in person.languages:
        side_text(f"{lang} \u2013 {level}")
    side_head("Interests")
    for item in extra["interests"]:
        side_text(item)
    _check(sy, height - 10, person)
    pdf.set_text_color(0, 0, 0)
    x = bar + 10.0
    width = pdf.w - x - 12.0
    y = 18.0
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 24)
    pdf.set_text_color(*accent)
    pdf.cell(width, 11, person.name)
    y += 12
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 12)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(width, 6, person.label or "")
        y += 8
    pdf.set_text_color(0, 0, 0)
    y += 2
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.7, extra["summary"], align="L")
    y = pdf.get_y() + 3

    def heading(text: str) -> None:
        nonlocal y
        y += 3
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 12)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_text_color(0, 0, 0)
        y += 8.5

    heading("Work experience")
    for job in person.jobs:
        start = _month(job.start, form, present, EN_MONTHS)
        span = f"{start} \u2013 {_month(job.end, form, present, EN_MONTHS)}"
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width, 5, job.position)
        y += 5.2
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "I", 8.8)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(width, 4.6, f"{job.company}, {job.city}  \u2022  {span}")
        pdf.set_text_color(0, 0, 0)
        y += 5.6
        for note in job.highlights:
            pdf.set_xy(x + 2, y)
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(4, 4.5, "\u2022")
            pdf.multi_cell(width - 6, 4.5, note, align="L")
            y = pdf.get_y() + 0.4
        y += 3
    heading("Education")
    for item in extra["edu"]:
        start = _month(
            (int(item["startDate"][:4]), int(item["startDate"][5:])), form, "", EN_MONTHS
        )
        end = _month((int(item["endDate"][:4]), int(item["endDate"][5:])), form, "", EN_MONTHS)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width, 5, f"{item['studyType']}, {item['area']}")
        y += 5.2
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "I", 8.8)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(width, 4.6, f"{item['institution']}  \u2022  {start} \u2013 {end}")
        pdf.set_text_color(0, 0, 0)
        y += 7
    _check(y, height - 10, person)
    return bytes(pdf.output())


# --------------------------------------------------------------------------------- Estonia


def _ee_month(month: Month | None, form: str, present: str) -> str:
    if month is None:
        return present
    if form == "numeric":
        return f"{month[1]:02d}.{month[0]}"
    return f"{ET_MONTHS[month[1] - 1]} {month[0]}"


def _estonia(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    form, present, extra = options["dates"], options["present"], person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = person.name
    properties.title = "CV"
    properties.revision = 2
    for section in document.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(2.2)
        section.top_margin = section.bottom_margin = Cm(2.0)
        footer = section.footer.paragraphs[0]
        footer.text = f"{person.name} \u2013 CV"
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(0)

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = True
        run.font.size = Pt(12)
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.space_after = Pt(4)

    def put(cell: Any, text: str, bold: bool = False, italic: bool = False) -> Any:
        paragraph = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
        run = paragraph.add_run(text)
        run.bold, run.italic = bold, italic
        return paragraph

    def widths(table: Any) -> None:
        for line in table.rows:
            line.cells[0].width, line.cells[1].width = Cm(4.0), Cm(12.6)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(options["title"])
    run.bold = True
    run.font.size = Pt(16)
    heading("Isikuandmed")
    info = document.add_table(rows=0, cols=2)
    for key, value in (
        ("Nimi", person.name),
        ("Sünniaeg", extra["born"]),
        ("Aadress", f"{extra['street']}, {extra['postal']} {person.city}, Eesti"),
        ("Telefon", person.phone),
        ("E-post", person.email),
    ):
        cells = info.add_row().cells
        put(cells[0], key, bold=True)
        put(cells[1], value)
    widths(info)
    if options["profile"]:
        heading("Enesetutvustus")
        document.add_paragraph(extra["summary"])
    heading("Haridus")
    school = document.add_table(rows=0, cols=2)
    for item in extra["edu"]:
        cells = school.add_row().cells
        if item["startDate"]:
            start = _ee_month((int(item["startDate"][:4]), int(item["startDate"][5:])), form, "")
            end = _ee_month((int(item["endDate"][:4]), int(item["endDate"][5:])), form, "")
            put(cells[0], f"{start} \u2013 {end}")
        else:
            put(cells[0], item["endDate"])
        put(cells[1], item["institution"], bold=True)
        if item["area"]:
            put(cells[1], f"{item['area']}, {item['studyType']}")
        else:
            put(cells[1], item["studyType"])
    widths(school)
    heading("Töökogemus")
    if options["table"]:
        work = document.add_table(rows=0, cols=2)
        for job in person.jobs:
            cells = work.add_row().cells
            span = (
                f"{_ee_month(job.start, form, present)} \u2013 {_ee_month(job.end, form, present)}"
            )
            put(cells[0], span)
            put(cells[1], f"{job.company}, {job.city}", bold=True)
            put(cells[1], f"Ametikoht: {job.position}")
            put(cells[1], "Tööülesanded:", italic=True)
            for note in job.highlights:
                put(cells[1], f"\u2013 {note}")
            cells[1].add_paragraph()
        widths(work)
    else:
        for job in person.jobs:
            span = (
                f"{_ee_month(job.start, form, present)} \u2013 {_ee_month(job.end, form, present)}"
            )
            line = document.add_paragraph()
            line.add_run(f"{span}  ").bold = False
            line.add_run(job.company).bold = True
            line.add_run(f" ({job.city})")
            document.add_paragraph(job.position).runs[0].italic = True
            for note in job.highlights:
                document.add_paragraph(note, style="List Bullet")
            document.add_paragraph()
    heading("Keeleoskus")
    langs = document.add_table(rows=0, cols=2)
    for lang, level in person.languages:
        cells = langs.add_row().cells
        put(cells[0], lang)
        put(cells[1], level)
    widths(langs)
    heading("Arvutioskus")
    document.add_paragraph(", ".join(person.skills))
    heading("Muu")
    document.add_paragraph(EE_MUU)
    heading("Hobid")
    document.add_paragraph(", ".join(extra["interests"]))
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())

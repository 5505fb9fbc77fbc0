"""Fifty-fifth held-out round ("holdout-55"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts, three born-digital PDF and
one Word document: pdf-liberian-cv, pdf-nicaraguan-cv, pdf-resumeio-export and
docx-slovak-cv-word. The round is sealed: the layouts are described only in the code below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

# ruff: noqa: RUF001 (the CVs use en dashes)

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, normalise_zip, profile_links

HOLDOUT_TAG = "holdout-55"
GENERATOR = "tests/eval/holdout55.py"
SEED = 5_581_907

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-liberian-cv", 3),
    ("pdf-nicaraguan-cv", 3),
    ("pdf-resumeio-export", 3),
    ("docx-slovak-cv-word", 3),
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
MESIACE = (
    "január",
    "február",
    "marec",
    "apríl",
    "máj",
    "jún",
    "júl",
    "august",
    "september",
    "október",
    "november",
    "december",
)

POOLS: dict[str, Pool] = {
    "pdf-liberian-cv": Pool(
        first=("Decontee", "Musu", "Korpo", "Garmai", "Varney", "Siaffa", "Oretha"),
        last=("M. Kollie", "T. Flomo", "S. Gbarbea", "K. Tarpeh", "B. Zinnah", "Kpoto"),
        cities=(
            ("Monrovia", None, None, "Old Road, Sinkor"),
            ("Monrovia", None, None, "Duport Road, Paynesville"),
            ("Monrovia", None, None, "Jallah Town, Capitol Bypass"),
        ),
        employers=(
            "Mesurado Community Health Partners",
            "St. Paul River Microfinance Inc.",
            "Lofa Rural Water Initiative",
            "Ducor Freight & Logistics Liberia Ltd.",
            "Montserrado Youth Empowerment Network",
        ),
        titles=(
            "Finance Officer",
            "Program Assistant",
            "Monitoring & Evaluation Officer",
            "Accountant",
            "Administrative Assistant",
        ),
        highlights=(
            "Prepared monthly financial reports for donor-funded projects",
            "Processed payment vouchers and maintained the cash book",
            "Conducted bank reconciliations for three project accounts",
            "Supported field staff during data collection in Bong and Nimba Counties",
            "Entered and cleaned survey data using KoboToolbox and Excel",
            "Coordinated logistics for community meetings and trainings",
            "Maintained filing system for contracts, invoices and receipts",
            "Assisted in the preparation of the annual budget",
            "Compiled weekly activity reports for the Program Manager",
            "Ensured compliance with organizational procurement procedures",
        ),
        skills=(
            "Microsoft Office (Word, Excel, PowerPoint)",
            "QuickBooks",
            "KoboToolbox",
            "Report writing",
            "Budget monitoring",
            "Data entry and analysis",
            "Team work and good interpersonal skills",
        ),
        schools=(
            "University of Liberia",
            "Cuttington University",
            "African Methodist Episcopal University",
        ),
        degrees=(
            ("Bachelor of Business Administration", "Accounting"),
            ("Bachelor of Science", "Economics"),
            ("Bachelor of Business Administration", "Management"),
        ),
    ),
    "pdf-nicaraguan-cv": Pool(
        first=("María José", "Ligia", "Xiomara", "Yahoska", "Fátima", "Scarleth", "Jeannette"),
        last=("Membreño Lacayo", "Téllez Ulloa", "Somarriba Rugama", "Chavarría Obando"),
        cities=(
            ("Managua", None, None, "Reparto San Juan, de la Gasolinera Uno 2 c. al sur"),
            ("Managua", None, None, "Residencial Bolonia, del Hospital Militar 1 c. al lago"),
            ("Managua", None, None, "Barrio Altagracia, de la Iglesia 3 c. abajo"),
        ),
        employers=(
            "Distribuidora Xolotlán, S.A.",
            "Cafetalera Las Segovias, S.A.",
            "Cooperativa de Ahorro y Crédito Momotombo, R.L.",
            "Agroexportadora Tisma, S.A.",
            "Grupo Hotelero Tiscapa",
        ),
        titles=(
            "Contadora General",
            "Auxiliar Contable",
            "Analista de Crédito",
            "Asistente Administrativa",
            "Responsable de Facturación",
        ),
        highlights=(
            "Elaboración de estados financieros mensuales",
            "Registro de operaciones contables en el sistema Mónica",
            "Conciliaciones bancarias de cuentas en córdobas y dólares",
            "Declaraciones de impuestos ante la DGI (IR, IVA y retenciones)",
            "Control de cuentas por cobrar y por pagar",
            "Atención a auditorías externas e internas",
            "Elaboración de planillas y cálculo de INSS e INATEC",
            "Análisis de solicitudes de crédito de pequeños productores",
            "Control de inventarios y arqueos de caja chica",
        ),
        skills=(
            "Microsoft Office (Word, Excel, PowerPoint)",
            "Sistema contable Mónica",
            "SAP Business One",
            "Excel avanzado (tablas dinámicas)",
            "Power BI",
            "QuickBooks",
        ),
        schools=(
            "Universidad Nacional Autónoma de Nicaragua (UNAN-Managua)",
            "Universidad Americana (UAM)",
            "Universidad de Ciencias Comerciales (UCC)",
        ),
        degrees=(
            ("Licenciatura", "Contaduría Pública y Finanzas"),
            ("Licenciatura", "Administración de Empresas"),
            ("Licenciatura", "Banca y Finanzas"),
        ),
    ),
    "pdf-resumeio-export": Pool(
        first=("Brianna", "Tyrell", "Kendall", "Marisol", "Dashiell", "Rosalind"),
        last=("Okafor-Whitley", "Vanderhoek", "Castellano", "Pemberton", "Lindqvist"),
        cities=(
            ("Greenville", "SC", "29601", "418 Augusta Street"),
            ("Bozeman", "MT", "59715", "1207 South Willson Avenue"),
            ("Asheville", "NC", "28801", "56 Montford Avenue, Apt 3"),
        ),
        employers=(
            "Brightwell Software",
            "Kestrel Health Systems",
            "Oakmont Supply Co.",
            "Tidewater Learning",
            "Summitline Payments",
        ),
        titles=(
            "Customer Success Manager",
            "Senior Account Manager",
            "Customer Support Team Lead",
            "Implementation Specialist",
            "Client Services Associate",
        ),
        highlights=(
            "Managed a book of 65 mid-market accounts worth $4.8M in annual recurring revenue",
            "Raised net revenue retention from 96% to 112% in two years",
            "Ran quarterly business reviews with executive sponsors",
            "Built onboarding playbooks that cut time-to-value by 30%",
            "Trained and mentored six new support agents",
            "Reduced average first response time from 9 hours to 2 hours",
            "Partnered with product managers to prioritize customer feedback",
            "Led the migration of 40 clients to the new billing platform",
            "Maintained a CSAT score above 95% for eight consecutive quarters",
        ),
        skills=(
            "Salesforce",
            "Gainsight",
            "Zendesk",
            "Account Management",
            "Onboarding",
            "SQL",
            "Public Speaking",
            "HubSpot",
        ),
        schools=("Clemson University", "Montana State University", "Appalachian State University"),
        degrees=(
            ("Bachelor of Arts", "Communication Studies"),
            ("Bachelor of Science", "Business Administration"),
            ("Bachelor of Arts", "Psychology"),
        ),
    ),
    "docx-slovak-cv-word": Pool(
        first=("Zuzana", "Katarína", "Lenka", "Miroslava", "Veronika", "Ľubica"),
        last=("Kováčiková", "Šimková", "Hudecová", "Ondrejková", "Balážová", "Janíčková"),
        cities=(
            ("Prešov", None, "080 01", "Hlavná 118"),
            ("Trenčín", None, "911 01", "Mierové námestie 27"),
            ("Poprad", None, "058 01", "Námestie sv. Egídia 41"),
        ),
        employers=(
            "Tatranská strojárňa, a.s.",
            "Považská logistika s.r.o.",
            "Šarišské pivovary, a.s.",
            "Vážske elektrárne, a.s.",
            "Spišská účtovná kancelária s.r.o.",
        ),
        titles=(
            "Hlavná účtovníčka",
            "Mzdová účtovníčka",
            "Finančná analytička",
            "Controllerka",
            "Referentka nákupu",
        ),
        highlights=(
            "vedenie podvojného účtovníctva a spracovanie účtovnej uzávierky",
            "príprava podkladov pre daňové priznanie k DPH a dani z príjmov",
            "spracovanie miezd pre 120 zamestnancov",
            "komunikácia so Sociálnou poisťovňou a zdravotnými poisťovňami",
            "tvorba mesačných reportov pre materskú spoločnosť",
            "kontrola a párovanie došlých a odoslaných faktúr",
            "spolupráca s audítormi pri ročnom audite",
            "zavedenie nového ERP systému (SAP S/4HANA)",
            "plánovanie rozpočtu a sledovanie nákladov strediska",
        ),
        skills=(
            "MS Office (Excel, Word, PowerPoint)",
            "SAP S/4HANA",
            "Pohoda",
            "Money S3",
            "Power BI",
            "Omega",
        ),
        schools=(
            "Prešovská univerzita v Prešove",
            "Univerzita Komenského v Bratislave",
            "Trenčianska univerzita Alexandra Dubčeka v Trenčíne",
        ),
        degrees=(
            ("Inžinierske štúdium", "Účtovníctvo a audítorstvo"),
            ("Magisterské štúdium", "Manažment"),
            ("Bakalárske štúdium", "Ekonomika a manažment podniku"),
        ),
    ),
}

LR_OBJECTIVE = (
    "A dedicated, hardworking and result-oriented professional seeking a challenging position "
    "in a reputable organization where I can use my skills and experience to contribute to "
    "the growth of the organization and further develop myself."
)
LR_LANGUAGES = (("English", "Fluent"), ("Kpelle", "Native"), ("Bassa", "Fair"))
LR_REFEREES = (
    ("Mr. Augustine Y. Saye", "Country Finance Manager", "+231 777 340 219"),
    ("Mrs. Ruth N. Gweh", "Program Coordinator", "+231 886 702 115"),
    ("Rev. Joseph K. Dahn", "Pastor, Providence Baptist Church", "+231 770 118 664"),
)
NI_PROFILE = (
    "Profesional responsable, proactiva y con capacidad para trabajar bajo presión y en "
    "equipo. Experiencia en el área contable y financiera de empresas comerciales y "
    "cooperativas."
)
NI_COURSES = (
    "Diplomado en Normas Internacionales de Información Financiera (NIIF para PYMES)",
    "Curso de Excel Avanzado – INATEC",
    "Seminario de Reformas Tributarias – Colegio de Contadores Públicos de Nicaragua",
)
NI_REFERENCES = (
    ("Lic. Mayra Castillo Pérez", "Gerente Financiera", "8854-2317"),
    ("Ing. Álvaro Dávila Zúniga", "Jefe de Operaciones", "8412-9930"),
    ("Lic. Karla Espinoza Rocha", "Contadora Pública Autorizada", "7765-1048"),
)
RIO_SUMMARY = (
    "Customer success professional with a track record of growing and retaining SaaS "
    "accounts. Known for clear communication, data-informed account plans and calm "
    "handling of escalations."
)
RIO_LEVELS = ("Expert", "Experienced", "Skillful")
SK_SUMMARY = (
    "Skúsená ekonómka so zameraním na účtovníctvo a reporting. Som zodpovedná, presná a "
    "rada sa učím nové veci."
)
SK_INTERESTS = ("turistika", "čítanie", "joga", "cestovanie")

COUNTRY = {"pdf-liberian-cv": "LR", "pdf-resumeio-export": "US"}


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-liberian-cv":
        return {
            "dates": rng.choice(("words", "years")),
            "labelled": rng.random() < 0.5,
            "objective": rng.random() < 0.7,
        }
    if style == "pdf-nicaraguan-cv":
        return {
            "dates": rng.choice(("words", "numeric", "years")),
            "accent": rng.choice(((0, 56, 120), (23, 95, 84), (120, 30, 40))),
            "study_first": rng.random() < 0.5,
            "headline": rng.random() < 0.5,
        }
    if style == "pdf-resumeio-export":
        return {
            "template": rng.choice(("dublin", "london")),
            "dates": rng.choice(("mon", "month")),
            "accent": rng.choice(((15, 40, 71), (38, 50, 56), (52, 26, 84))),
            "headline": rng.random() < 0.8,
        }
    if style == "docx-slovak-cv-word":
        return {
            "dates": rng.choice(("numeric", "words", "years")),
            "font": rng.choice(("Calibri", "Times New Roman")),
            "table": rng.random() < 0.5,
            "headline": rng.random() < 0.4,
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name).replace(".", "").split()
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
    idx = rng.randrange(3)
    if style == "pdf-liberian-cv":
        phone = rng.choice(
            (
                f"+231 77{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                f"0886-{rng.randint(100, 999)}-{rng.randint(100, 999)}",
                f"(+231) 88{rng.randint(0, 9)}{rng.randint(100000, 999999)}",
            )
        )
        email = f"{first}{last}{rng.randint(80, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        label = jobs[0].position
        extra["summary"] = LR_OBJECTIVE
        for job in jobs:
            job.city = rng.choice(("Monrovia", "Monrovia", "Gbarnga", "Buchanan"))
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 5, 3), (end_year, 12)))
        extra["school"] = (
            rng.choice(("Tubman High School", "Monrovia Demonstration Senior High School")),
            end_year - 6,
        )
        extra["born"] = f"{rng.randint(1, 28)} {MONTHS_EN[rng.randrange(12)]} {end_year - 24}"
        extra["marital"] = rng.choice(("Single", "Married"))
        languages = list(LR_LANGUAGES[: rng.randint(2, 3)])
        skills = rng.sample(pool.skills, rng.randint(4, 6))
        extra["referees"] = rng.sample(LR_REFEREES, 3)
    elif style == "pdf-nicaraguan-cv":
        digits = f"{rng.choice((5, 7, 8))}{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        phone = rng.choice((f"(505) {digits}", f"+505 {digits.replace('-', ' ')}", digits))
        email = f"{first}.{slug[-2]}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.es'))}"
        extra["summary"] = NI_PROFILE
        for job in jobs:
            job.city = rng.choice(("Managua", "Managua", "Masaya", "Estelí"))
        study, area = pool.degrees[idx]
        label = rng.choice((f"Licenciada en {area}", jobs[0].position))
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 5, 3), (end_year, 12)))
        born = (rng.randint(1, 28), rng.randint(1, 12), end_year - 23)
        extra["born"] = f"{born[0]:02d}/{born[1]:02d}/{born[2]}"
        cedula = f"001-{born[0]:02d}{born[1]:02d}{born[2] % 100:02d}-{rng.randint(1000, 9999)}"
        extra["cedula"] = cedula + rng.choice("ABCHKLMNPRTUXY")
        extra["courses"] = rng.sample(NI_COURSES, 2)
        extra["references"] = rng.sample(NI_REFERENCES, 2)
        languages = [("Español", "Nativo"), ("Inglés", rng.choice(("Intermedio", "Básico")))]
        skills = rng.sample(pool.skills, rng.randint(4, 5))
    elif style == "pdf-resumeio-export":
        phone = f"({rng.randint(200, 989)}) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'outlook.com', 'icloud.com'))}"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        extra["summary"] = RIO_SUMMARY
        for job in jobs:
            job.city = rng.choice((city, city, "Atlanta", "Remote"))
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 8), (end_year, 5)))
        skills = rng.sample(pool.skills, rng.randint(5, 7))
        extra["levels"] = [rng.choice(RIO_LEVELS) for _ in skills]
        languages = [("English", "Native speaker"), ("Spanish", "Working knowledge")][
            : rng.randint(1, 2)
        ]
    else:
        phone = rng.choice(
            (
                f"+421 9{rng.randint(0, 4)}{rng.randint(0, 9)} {rng.randint(100, 999)} "
                f"{rng.randint(100, 999)}",
                f"09{rng.randint(0, 4)}{rng.randint(0, 9)} {rng.randint(100, 999)} "
                f"{rng.randint(100, 999)}",
            )
        )
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'azet.sk', 'centrum.sk'))}"
        label = jobs[0].position
        extra["summary"] = SK_SUMMARY
        for job in jobs:
            job.city = rng.choice((city, city, "Bratislava", "Košice"))
        study, area = pool.degrees[idx]
        if study == "Bakalárske štúdium":
            degrees.append(Degree(pool.schools[idx], study, area, (end_year - 3, 9), (end_year, 6)))
            extra["title"] = "Bc."
        else:
            degrees.append(Degree(pool.schools[idx], study, area, (end_year - 2, 9), (end_year, 6)))
            bc_area = "Ekonomika a manažment podniku"
            degrees.append(
                Degree(
                    pool.schools[idx],
                    "Bakalárske štúdium",
                    bc_area,
                    (end_year - 5, 9),
                    (end_year - 2, 6),
                )
            )
            extra["title"] = "Ing." if study.startswith("Inžinierske") else "Mgr."
        extra["highschool"] = (
            rng.choice(("Obchodná akadémia", "Gymnázium")) + f", {city}",
            degrees[-1].start[0] - 4,
            degrees[-1].start[0],
        )
        extra["born"] = f"{rng.randint(1, 28)}. {rng.randint(1, 12)}. {end_year - 24}"
        if rng.random() < 0.6:
            extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(1, 99)}"
        languages = [
            ("Slovenský jazyk", "materinský"),
            ("Anglický jazyk", rng.choice(("B2", "C1"))),
            ("Nemecký jazyk", rng.choice(("A2", "B1"))),
        ][: rng.randint(2, 3)]
        skills = rng.sample(pool.skills, rng.randint(4, 5))
        extra["interests"] = rng.sample(SK_INTERESTS, 3)
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


def _label_shown(style: str, options: dict[str, Any]) -> bool:
    if style == "pdf-liberian-cv":
        return False
    return bool(options.get("headline"))


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    extra = person.extra
    location: dict[str, Any] = {
        "address": extra["street"],
        "postalCode": extra["postal"],
        "city": person.city,
        "region": person.region,
        "countryCode": COUNTRY.get(style),
    }
    summary = extra.get("summary")
    if style == "pdf-liberian-cv" and not options["objective"]:
        summary = None
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label if _label_shown(style, options) else None,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "summary": summary,
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
        if style == "pdf-resumeio-export":
            item["startDate"] = iso_month(d.start, "month")
            item["endDate"] = iso_month(d.end, "month")
        education.append(item)
    if style == "pdf-liberian-cv":
        school, year = extra["school"]
        education.append(
            {
                "institution": school,
                "studyType": "West African Senior School Certificate Examination (WASSCE)",
                "endDate": str(year),
            }
        )
    if style == "docx-slovak-cv-word":
        school, start, end = extra["highschool"]
        education.append(
            {
                "institution": school,
                "studyType": "úplné stredné vzdelanie s maturitou",
                "startDate": str(start),
                "endDate": str(end),
            }
        )
    if style == "pdf-resumeio-export" and options["template"] == "london":
        skills = [
            {"name": s, "level": lv} for s, lv in zip(person.skills, extra["levels"], strict=True)
        ]
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
    if style == "pdf-liberian-cv":
        return _liberian(person, options), "pdf"
    if style == "pdf-nicaraguan-cv":
        return _nicaraguan(person, options), "pdf"
    if style == "pdf-resumeio-export":
        return _resumeio(person, options), "pdf"
    if style == "docx-slovak-cv-word":
        return _slovak_docx(person, options), "docx"
    raise ValueError(f"unknown style {style}")


class _Flow:
    """A top-to-bottom writer on an fpdf2 document that starts new pages as it fills."""

    def __init__(self, pdf: Any, top: float, bottom: float, footer: Any = None) -> None:
        self.pdf, self.top, self.bottom, self.footer = pdf, top, bottom, footer
        self.y = top

    def page(self) -> None:
        self.pdf.add_page()
        if self.footer is not None:
            self.footer()
        self.y = self.top

    def need(self, height: float) -> None:
        if self.y + height > self.bottom:
            self.page()


def _lr_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        return str(month[0]) if form == "years" else f"{MONTHS_EN[month[1] - 1]} {month[0]}"

    return f"{one(start)} – {'Present' if end is None else one(end)}"


def _liberian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("CV")
    pdf.set_author(person.name)
    x, width = 22.0, 166.0
    flow = _Flow(pdf, 20.0, 275.0)
    flow.page()
    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "BU", 15)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    flow.y += 12

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 3
        pdf.set_fill_color(217, 217, 217)
        pdf.rect(x, flow.y, width, 6.2, style="F")
        pdf.set_xy(x + 1.5, flow.y + 0.4)
        pdf.set_font("Serif", "B", 11)
        pdf.cell(width - 3, 5.4, text)
        flow.y += 9

    def pair(key: str, value: str, key_w: float = 42) -> None:
        flow.need(6)
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(key_w, 5.5, key)
        pdf.set_font("Serif", "", 10.5)
        pdf.multi_cell(width - key_w, 5.5, value, align="L")
        flow.y = pdf.get_y() + 0.5

    def bullet(text: str, indent: float = 5) -> None:
        flow.need(6)
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Serif", "", 10.5)
        pdf.cell(5, 5.3, "•")
        pdf.multi_cell(width - indent - 5, 5.3, text, align="L")
        flow.y = pdf.get_y() + 0.5

    heading("PERSONAL INFORMATION")
    pair("Name:", person.name)
    pair("Address:", f"{extra['street']}, {person.city}, Liberia")
    pair("Cell:", person.phone)
    pair("Email:", person.email)
    pair("Date of Birth:", extra["born"])
    pair("Nationality:", "Liberian")
    pair("Marital Status:", extra["marital"])
    if options["objective"]:
        heading("CAREER OBJECTIVE")
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "", 10.5)
        pdf.multi_cell(width, 5.5, extra["summary"], align="J")
        flow.y = pdf.get_y() + 1
    heading("WORK EXPERIENCE")
    for job in person.jobs:
        flow.need(34)
        span = _lr_span(job.start, job.end, form)
        if options["labelled"]:
            pair("Position:", job.position, 30)
            pair("Organization:", f"{job.company}, {job.city}", 30)
            pair("Duration:", span, 30)
        else:
            pdf.set_xy(x, flow.y)
            pdf.set_font("Serif", "B", 10.5)
            pdf.cell(width - 52, 5.5, job.company.upper())
            pdf.set_font("Serif", "", 10.5)
            pdf.cell(52, 5.5, span, align="R")
            pdf.set_xy(x, flow.y + 5.6)
            pdf.set_font("Serif", "I", 10.5)
            pdf.cell(width, 5.5, f"{job.position}, {job.city}")
            flow.y += 11.5
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "BU", 10.5)
        pdf.cell(width, 5.5, "Duties and Responsibilities:")
        flow.y += 6.2
        for note in job.highlights:
            bullet(note)
        flow.y += 3
    heading("EDUCATIONAL BACKGROUND")
    for d in person.degrees:
        flow.need(18)
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(34, 5.5, f"{d.start[0]} – {d.end[0]}")
        pdf.multi_cell(width - 34, 5.5, f"{d.institution}, {person.city}", align="L")
        pdf.set_xy(x + 34, pdf.get_y())
        pdf.set_font("Serif", "", 10.5)
        pdf.multi_cell(width - 34, 5.5, f"{d.study} ({d.area})", align="L")
        flow.y = pdf.get_y() + 2.5
    school, year = extra["school"]
    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "B", 10.5)
    pdf.cell(34, 5.5, str(year))
    pdf.cell(width - 34, 5.5, f"{school}, {person.city}")
    pdf.set_xy(x + 34, flow.y + 5.6)
    pdf.set_font("Serif", "", 10.5)
    pdf.multi_cell(
        width - 34, 5.5, "West African Senior School Certificate Examination (WASSCE)", align="L"
    )
    flow.y = pdf.get_y() + 1
    heading("SKILLS AND COMPETENCIES")
    for skill in person.skills:
        bullet(skill, 2)
    heading("LANGUAGES")
    for lang, level in person.languages:
        pair(f"{lang}:", level, 30)
    heading("REFERENCES")
    for ref, role, mobile in extra["referees"]:
        flow.need(18)
        for offset, (text, look) in enumerate(((ref, "B"), (role, ""), (f"Cell: {mobile}", ""))):
            pdf.set_xy(x, flow.y + 5.2 * offset)
            pdf.set_font("Serif", look, 10.5)
            pdf.cell(width, 5.2, text)
        flow.y += 18
    _check(flow.y, 290, person)
    return bytes(pdf.output())


def _ni_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        if form == "years":
            return str(month[0])
        return f"{MESES[month[1] - 1].capitalize()} {month[0]}"

    present = "a la fecha" if form == "numeric" else "Actualidad"
    return f"{one(start)} – {present if end is None else one(end)}"


def _nicaraguan(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Currículum Vitae - {person.name}")
    x, width, gutter = 18.0, 174.0, 45.0
    grey = (90, 90, 90)

    def footer() -> None:
        pdf.set_fill_color(*accent)
        pdf.rect(0, 290, 210, 7, style="F")

    flow = _Flow(pdf, 16.0, 280.0, footer)
    flow.page()
    pdf.set_fill_color(*accent)
    pdf.rect(0, 0, 210, 38, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(x, 10)
    pdf.set_font("Sans", "B", 20)
    pdf.cell(width, 10, person.name)
    pdf.set_xy(x, 21)
    pdf.set_font("Sans", "", 11)
    pdf.cell(width, 6, person.label if options["headline"] else "CURRÍCULUM VITAE")
    pdf.set_text_color(0, 0, 0)
    flow.y = 46.0

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 3
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text.upper())
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(x, flow.y + 6.8, x + width, flow.y + 6.8)
        pdf.set_text_color(0, 0, 0)
        flow.y += 9.5

    def pair(key: str, value: str) -> None:
        flow.need(6)
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 9.3)
        pdf.cell(gutter, 5, key)
        pdf.set_font("Sans", "", 9.3)
        pdf.multi_cell(width - gutter, 5, value, align="L")
        flow.y = pdf.get_y() + 0.6

    heading("Datos personales")
    pair("Cédula:", extra["cedula"])
    pair("Fecha de nacimiento:", extra["born"])
    pair("Nacionalidad:", "Nicaragüense")
    pair("Dirección:", f"{extra['street']}, {person.city}")
    pair("Teléfono:", person.phone)
    pair("Correo:", person.email)
    heading("Perfil profesional")
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "", 9.3)
    pdf.multi_cell(width, 5, extra["summary"], align="J")
    flow.y = pdf.get_y() + 1

    def experience() -> None:
        heading("Experiencia laboral")
        for job in person.jobs:
            flow.need(30)
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "B", 9.3)
            pdf.set_text_color(*grey)
            pdf.multi_cell(gutter - 3, 5, _ni_span(job.start, job.end, form), align="L")
            pdf.set_text_color(0, 0, 0)
            pdf.set_xy(x + gutter, flow.y)
            pdf.set_font("Sans", "B", 10)
            pdf.cell(width - gutter, 5, job.position)
            pdf.set_xy(x + gutter, flow.y + 5.2)
            pdf.set_font("Sans", "", 9.5)
            pdf.cell(width - gutter, 5, f"{job.company} – {job.city}")
            pdf.set_xy(x + gutter, flow.y + 10.6)
            pdf.set_font("Sans", "BI", 9)
            pdf.cell(width - gutter, 5, "Funciones:")
            flow.y += 16
            for note in job.highlights:
                flow.need(6)
                pdf.set_xy(x + gutter + 1, flow.y)
                pdf.set_font("Sans", "", 9.2)
                pdf.cell(4, 4.8, "✓")
                pdf.multi_cell(width - gutter - 5, 4.8, note, align="L")
                flow.y = pdf.get_y() + 0.3
            flow.y += 3

    def study() -> None:
        heading("Formación académica")
        for d in person.degrees:
            flow.need(16)
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "B", 9.3)
            pdf.set_text_color(*grey)
            pdf.cell(gutter, 5, f"{d.start[0]} – {d.end[0]}")
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Sans", "B", 10)
            pdf.multi_cell(width - gutter, 5, f"{d.study} en {d.area}", align="L")
            pdf.set_xy(x + gutter, pdf.get_y() + 0.2)
            pdf.set_font("Sans", "", 9.5)
            pdf.multi_cell(width - gutter, 5, d.institution, align="L")
            flow.y = pdf.get_y() + 2.5
        heading("Cursos y seminarios")
        for course in extra["courses"]:
            flow.need(6)
            pdf.set_xy(x + 1, flow.y)
            pdf.set_font("Sans", "", 9.3)
            pdf.cell(4, 5, "•")
            pdf.multi_cell(width - 5, 5, course, align="L")
            flow.y = pdf.get_y() + 0.3

    for part in (study, experience) if options["study_first"] else (experience, study):
        part()
    heading("Idiomas")
    for lang, level in person.languages:
        pair(f"{lang}:", level)
    heading("Conocimientos informáticos")
    for skill in person.skills:
        flow.need(6)
        pdf.set_xy(x + 1, flow.y)
        pdf.set_font("Sans", "", 9.3)
        pdf.cell(4, 5, "•")
        pdf.cell(width - 5, 5, skill)
        flow.y += 5.3
    heading("Referencias laborales")
    flow.need(18)
    for index, (ref, role, mobile) in enumerate(extra["references"]):
        rx = x + index * (width / 2)
        rows = ((ref, "B"), (role, ""), (f"Cel.: {mobile}", ""))
        for offset, (text, look) in enumerate(rows):
            pdf.set_xy(rx, flow.y + 5 * offset)
            pdf.set_font("Sans", look, 9.3)
            pdf.cell(width / 2 - 4, 5, text)
    flow.y += 16
    _check(flow.y, 288, person)
    return bytes(pdf.output())


def _rio_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        name = MONTHS_EN[month[1] - 1]
        return f"{name[:3] if form == 'mon' else name} {month[0]}"

    return f"{one(start)} — {'Present' if end is None else one(end)}"


def _resumeio(person: Candidate, options: dict[str, Any]) -> bytes:
    if options["template"] == "dublin":
        return _rio_dublin(person, options)
    return _rio_london(person, options)


def _rio_dublin(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(person.name)
    pdf.set_creator("resume.io")
    side, sx, sw = 62.0, 8.0, 46.0
    x, width = side + 10, 210 - side - 10 - 12
    ink, soft = (33, 37, 41), (180, 190, 200)

    def backdrop() -> None:
        pdf.set_fill_color(*accent)
        pdf.rect(0, 0, side, 297, style="F")

    flow = _Flow(pdf, 16.0, 282.0, backdrop)
    flow.page()
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(sx, 18)
    pdf.set_font("Sans", "B", 15)
    pdf.multi_cell(sw, 7, person.name, align="C")
    sy = pdf.get_y() + 1
    if options["headline"]:
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "", 8)
        pdf.multi_cell(sw, 4, (person.label or "").upper(), align="C")
        sy = pdf.get_y() + 1
    sy += 6

    def side_heading(text: str) -> None:
        nonlocal sy
        sy += 3
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 9.5)
        pdf.set_text_color(255, 255, 255)
        pdf.cell(sw, 5, text)
        sy += 7

    def side_text(text: str, size: float = 8, colour: tuple[int, int, int] = (255, 255, 255)):
        nonlocal sy
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "", size)
        pdf.set_text_color(*colour)
        pdf.multi_cell(sw, 4.2, text, align="L")
        sy = pdf.get_y() + 0.8

    side_heading("Details")
    side_text(extra["street"])
    side_text(f"{person.city}, {person.region} {extra['postal']}")
    side_text("United States")
    side_text(person.phone)
    size = 8.0
    pdf.set_font("Sans", "", size)
    while pdf.get_string_width(person.email) > sw - 1:
        size -= 0.25
        pdf.set_font("Sans", "", size)
    side_text(person.email, size)
    side_heading("Links")
    pdf.set_xy(sx, sy)
    pdf.set_font("Sans", "U", 8)
    pdf.cell(sw, 4.2, "LinkedIn", link=extra["linkedin"])
    sy += 5
    side_heading("Skills")
    for skill, level in zip(person.skills, extra["levels"], strict=True):
        side_text(skill)
        pdf.set_fill_color(*soft)
        pdf.rect(sx, sy, sw, 1.1, style="F")
        pdf.set_fill_color(255, 255, 255)
        share = {"Expert": 1.0, "Experienced": 0.8, "Skillful": 0.6}[level]
        pdf.rect(sx, sy, sw * share, 1.1, style="F")
        sy += 3.5
    if person.languages:
        side_heading("Languages")
        for lang, level in person.languages:
            side_text(lang)
            side_text(level, 7, soft)
    _check(sy, 288, person)
    pdf.set_text_color(*ink)

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 2
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 12)
        pdf.set_text_color(*ink)
        pdf.cell(width, 6, text)
        flow.y += 9

    heading("Profile")
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "", 8.8)
    pdf.multi_cell(width, 4.6, extra["summary"], align="L")
    flow.y = pdf.get_y() + 3
    heading("Employment History")
    for job in person.jobs:
        flow.need(24)
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 9.6)
        pdf.multi_cell(width, 5, f"{job.position} at {job.company}, {job.city}", align="L")
        pdf.set_xy(x, pdf.get_y() + 0.4)
        pdf.set_font("Sans", "", 7.5)
        pdf.set_text_color(130, 130, 130)
        pdf.cell(width, 4, _rio_span(job.start, job.end, form).upper())
        pdf.set_text_color(*ink)
        flow.y = pdf.get_y() + 5.5
        for note in job.highlights:
            flow.need(5)
            pdf.set_xy(x + 2, flow.y)
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(4, 4.5, "•")
            pdf.multi_cell(width - 6, 4.5, note, align="L")
            flow.y = pdf.get_y() + 0.6
        flow.y += 3.5
    heading("Education")
    for d in person.degrees:
        flow.need(14)
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 9.6)
        pdf.multi_cell(width, 5, f"{d.study} in {d.area}, {d.institution}", align="L")
        pdf.set_xy(x, pdf.get_y() + 0.4)
        pdf.set_font("Sans", "", 7.5)
        pdf.set_text_color(130, 130, 130)
        span = f"{MONTHS_EN[d.start[1] - 1][:3]} {d.start[0]} — {MONTHS_EN[d.end[1] - 1][:3]}"
        pdf.cell(width, 4, f"{span} {d.end[0]}".upper())
        pdf.set_text_color(*ink)
        flow.y = pdf.get_y() + 7
    _check(flow.y, 288, person)
    return bytes(pdf.output())


def _rio_london(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(person.name)
    pdf.set_creator("resume.io")
    x, width, gutter = 18.0, 174.0, 42.0
    ink = (25, 25, 25)
    flow = _Flow(pdf, 16.0, 282.0)
    flow.page()
    pdf.set_text_color(*ink)
    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "B", 20)
    pdf.cell(width, 9, person.name, align="C")
    flow.y += 10
    if options["headline"]:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "", 9)
        pdf.set_text_color(*accent)
        pdf.cell(width, 5, (person.label or "").upper(), align="C")
        pdf.set_text_color(*ink)
        flow.y += 6
    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "", 8.5)
    address = f"{extra['street']}, {person.city}, {person.region}, {extra['postal']}"
    pdf.cell(width, 4.6, f"{address}, United States", align="C")
    pdf.set_xy(x, flow.y + 4.8)
    pdf.cell(width, 4.6, f"{person.phone}, {person.email}", align="C")
    flow.y += 12
    pdf.set_draw_color(*ink)
    pdf.set_line_width(0.2)

    def heading(text: str) -> None:
        flow.need(18)
        flow.y += 2
        pdf.line(x, flow.y, x + width, flow.y)
        flow.y += 3
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 9.8)
        pdf.multi_cell(gutter - 4, 5, text.upper(), align="L")

    heading("Profile")
    pdf.set_xy(x + gutter, flow.y)
    pdf.set_font("Serif", "", 9)
    pdf.multi_cell(width - gutter, 4.7, extra["summary"], align="L")
    flow.y = pdf.get_y() + 3
    heading("Links")
    pdf.set_xy(x + gutter, flow.y)
    pdf.set_font("Serif", "U", 9)
    pdf.cell(width - gutter, 5, "LinkedIn", link=extra["linkedin"])
    flow.y += 8
    heading("Employment History")
    for job in person.jobs:
        flow.need(24)
        pdf.set_xy(x + gutter, flow.y)
        pdf.set_font("Serif", "B", 9.8)
        pdf.cell(width - gutter - 30, 5, f"{job.position}, {job.company}")
        pdf.set_font("Serif", "", 8.6)
        pdf.cell(30, 5, job.city, align="R")
        pdf.set_xy(x + gutter, flow.y + 5.2)
        pdf.set_font("Serif", "", 8)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(width - gutter, 4, _rio_span(job.start, job.end, form))
        pdf.set_text_color(*ink)
        flow.y += 11
        for note in job.highlights:
            flow.need(5)
            pdf.set_xy(x + gutter + 1, flow.y)
            pdf.set_font("Serif", "", 9)
            pdf.cell(4, 4.6, "•")
            pdf.multi_cell(width - gutter - 5, 4.6, note, align="L")
            flow.y = pdf.get_y() + 0.5
        flow.y += 3.5
    heading("Education")
    for d in person.degrees:
        flow.need(12)
        pdf.set_xy(x + gutter, flow.y)
        pdf.set_font("Serif", "B", 9.8)
        pdf.cell(width - gutter, 5, f"{d.study}, {d.area}, {d.institution}")
        pdf.set_xy(x + gutter, flow.y + 5.2)
        pdf.set_font("Serif", "", 8)
        pdf.set_text_color(120, 120, 120)
        start, end = d.start, d.end
        pdf.cell(
            width - gutter,
            4,
            f"{MONTHS_EN[start[1] - 1][:3]} {start[0]} — {MONTHS_EN[end[1] - 1][:3]} {end[0]}",
        )
        pdf.set_text_color(*ink)
        flow.y += 12
    heading("Skills")
    col = (width - gutter) / 2
    for index, (skill, level) in enumerate(zip(person.skills, extra["levels"], strict=True)):
        if index % 2 == 0:
            flow.need(6)
        sx = x + gutter + (index % 2) * col
        pdf.set_xy(sx, flow.y)
        pdf.set_font("Serif", "", 9)
        pdf.cell(col - 26, 5, skill)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(22, 5, level, align="R")
        pdf.set_text_color(*ink)
        if index % 2 == 1 or index == len(person.skills) - 1:
            flow.y += 6
    flow.y += 2
    heading("Languages")
    for lang, level in person.languages:
        flow.need(6)
        pdf.set_xy(x + gutter, flow.y)
        pdf.set_font("Serif", "", 9)
        pdf.cell(col - 26, 5, lang)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(40, 5, level)
        pdf.set_text_color(*ink)
        flow.y += 6
    _check(flow.y, 288, person)
    return bytes(pdf.output())


def _sk_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        if form == "years":
            return str(month[0])
        return f"{MESIACE[month[1] - 1]} {month[0]}"

    present = "súčasnosť" if form == "numeric" else "doteraz"
    return f"{one(start)} – {present if end is None else one(end)}"


def _slovak_docx(person: Candidate, options: dict[str, Any]) -> bytes:
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
    properties.title = "Životopis"
    properties.language = "sk-SK"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2)
    normal = document.styles["Normal"]
    normal.font.name = options["font"]
    normal.font.size = Pt(11 if options["font"] == "Calibri" else 12)
    normal.paragraph_format.space_after = Pt(0)
    blue = RGBColor(0x1F, 0x4E, 0x79)
    col = 5.0

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(14)
        paragraph.paragraph_format.space_after = Pt(6)
        paragraph.paragraph_format.keep_with_next = True
        run = paragraph.add_run(text)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(13), blue
        props = paragraph._p.get_or_add_pPr()
        borders = OxmlElement("w:pBdr")
        line = OxmlElement("w:bottom")
        for key, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1")):
            line.set(qn(key), value)
        line.set(qn("w:color"), "1F4E79")
        borders.append(line)
        props.append(borders)

    def tabbed(left: str, right: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(col))
        paragraph.add_run(left).bold = True
        paragraph.add_run("\t" + right)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("ŽIVOTOPIS")
    run.bold, run.font.size = True, Pt(18)
    run.font.color.rgb = blue
    if options["headline"]:
        line = document.add_paragraph()
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        line.add_run(person.label or "").italic = True
    heading("Osobné údaje")
    rows = [
        ("Meno a priezvisko:", f"{extra['title']} {person.name}"),
        ("Dátum narodenia:", extra["born"]),
        ("Adresa:", f"{extra['street']}, {extra['postal']} {person.city}"),
        ("Telefón:", person.phone),
        ("E-mail:", person.email),
    ]
    if "linkedin" in extra:
        rows.append(("LinkedIn:", extra["linkedin"].removeprefix("https://")))
    for key, value in rows:
        tabbed(key, value)
    heading("Profil")
    document.add_paragraph(extra["summary"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    Entry = tuple[str, list[tuple[str, str]], list[str]]

    def table_rows(entries: list[Entry]) -> None:
        table = document.add_table(rows=0, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        table.columns[0].width, table.columns[1].width = Cm(col), Cm(16 - col)
        for left, lines, bullets in entries:
            cells = table.add_row().cells
            cells[0].width, cells[1].width = Cm(col), Cm(16 - col)
            cells[0].paragraphs[0].add_run(left).bold = True
            first = True
            for key, value in lines:
                para = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
                first = False
                para.add_run(key).bold = True
                para.add_run(value)
            for note in bullets:
                document_para = cells[1].add_paragraph(note, style="List Bullet")
                document_para.paragraph_format.space_after = Pt(0)
            cells[1].paragraphs[-1].paragraph_format.space_after = Pt(8)

    def flowing(entries: list[Entry]) -> None:
        for left, lines, bullets in entries:
            para = document.add_paragraph()
            para.paragraph_format.space_before = Pt(8)
            para.paragraph_format.keep_with_next = True
            para.add_run(left).bold = True
            for number, (key, value) in enumerate(lines, 1):
                para = document.add_paragraph()
                para.paragraph_format.keep_with_next = bool(bullets) or number < len(lines)
                para.add_run(key).bold = True
                para.add_run(value)
            for note in bullets:
                item = document.add_paragraph(note, style="List Bullet")
                item.paragraph_format.space_after = Pt(0)

    lay_out = table_rows if options["table"] else flowing
    heading("Pracovné skúsenosti")
    lay_out(
        [
            (
                _sk_span(job.start, job.end, form),
                [
                    ("Zamestnávateľ: ", f"{job.company}, {job.city}"),
                    ("Pozícia: ", job.position),
                    ("Náplň práce:", ""),
                ],
                job.highlights,
            )
            for job in person.jobs
        ]
    )
    heading("Vzdelanie")
    entries: list[Entry] = []
    for d in person.degrees:
        entries.append(
            (
                f"{d.start[0]} – {d.end[0]}",
                [
                    ("", d.institution),
                    ("Stupeň: ", d.study),
                    ("Odbor: ", d.area),
                ],
                [],
            )
        )
    school, start, end = extra["highschool"]
    entries.append(
        (f"{start} – {end}", [("", school), ("", "úplné stredné vzdelanie s maturitou")], [])
    )
    lay_out(entries)
    heading("Jazykové znalosti")
    for lang, level in person.languages:
        tabbed(lang, level)
    heading("Počítačové zručnosti")
    document.add_paragraph(", ".join(person.skills))
    heading("Ďalšie informácie")
    tabbed("Vodičský preukaz:", "skupina B")
    tabbed("Záujmy:", ", ".join(extra["interests"]))
    where = {"Prešov": "Prešove", "Trenčín": "Trenčíne", "Poprad": "Poprade"}[person.city]
    closing = document.add_paragraph(f"V {where}, dňa 1. 1. 2024")
    closing.paragraph_format.space_before = Pt(24)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())

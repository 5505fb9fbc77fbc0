"""Forty-seventh held-out round ("holdout-47"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts: three born-digital PDF
(pdf-costa-rican-cv, pdf-rwandan-cv, pdf-zety-export) and one Word document
(docx-swedish-cv-word). The round is sealed: the layouts are described only in the code
below.

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

HOLDOUT_TAG = "holdout-47"
GENERATOR = "tests/eval/holdout47.py"
SEED = 4_735_184

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-costa-rican-cv", 3),
    ("pdf-rwandan-cv", 3),
    ("pdf-zety-export", 3),
    ("docx-swedish-cv-word", 3),
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
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
MANADER = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)

POOLS: dict[str, Pool] = {
    "pdf-costa-rican-cv": Pool(
        first=("Maikel", "Josué", "Fabián", "Jeison", "Andrés Felipe", "Randall"),
        last=("Quesada Chaves", "Solís Arguedas", "Brenes Ulate", "Mora Zúñiga", "Rojas Céspedes"),
        cities=(
            ("San José", None, None, "Barrio Escalante, 200 m este de la Iglesia Santa Teresita"),
            ("Escazú", "San José", None, "San Rafael, Condominio Los Laureles, casa 14"),
            ("Curridabat", "San José", None, "Granadilla Norte, 100 m sur del Palí"),
        ),
        employers=(
            "Soluciones Tárcoles S.A.",
            "Grupo Financiero Irazú",
            "Cafetalera Dota Digital S.R.L.",
            "Logística Caldera S.A.",
            "Turrialba Software Factory",
        ),
        titles=(
            "Desarrollador de Software Sénior",
            "Analista de Sistemas",
            "Especialista en Automatización de Pruebas",
            "Líder Técnico",
        ),
        highlights=(
            "Desarrollo de servicios REST en .NET 6 para la plataforma de banca en línea",
            "Automatización de pruebas de regresión con Selenium y Cypress",
            "Coordinación con clientes de Estados Unidos en inglés bajo metodología Scrum",
            "Migración de aplicaciones locales a Microsoft Azure",
            "Mentoría a desarrolladores junior y revisión de código",
            "Implementación de tableros de monitoreo con Grafana y Application Insights",
            "Levantamiento de requerimientos con las áreas de negocio",
            "Reducción del tiempo de despliegue de 2 horas a 15 minutos con Azure DevOps",
        ),
        skills=("C#", ".NET", "SQL Server", "Angular", "Azure DevOps", "Selenium", "Git", "Scrum"),
        schools=(
            "Instituto Tecnológico de Costa Rica",
            "Universidad de Costa Rica",
            "Universidad Fidélitas",
        ),
        degrees=(
            ("Bachillerato", "Ingeniería en Computación"),
            ("Licenciatura", "Ingeniería de Sistemas"),
            ("Maestría Profesional", "Administración de Proyectos"),
        ),
    ),
    "pdf-rwandan-cv": Pool(
        first=("Aimable", "Jean de Dieu", "Claudine", "Divine", "Olivier", "Josiane"),
        last=("Uwimana", "Niyonsaba", "Mukeshimana", "Habimana", "Ingabire", "Nsengiyumva"),
        cities=(
            ("Kigali", None, None, "KG 11 Ave, Kicukiro"),
            ("Kigali", None, None, "KN 5 Rd, Nyarugenge"),
            ("Kigali", None, None, "KK 15 St, Gikondo"),
        ),
        employers=(
            "Akagera Agro Processing Ltd",
            "Umurage Microfinance Plc",
            "Nyabarongo Water Services",
            "Rwanda Youth in Enterprise Initiative",
            "Virunga Health Partners",
        ),
        titles=(
            "Monitoring and Evaluation Officer",
            "Project Officer",
            "Data Analyst",
            "Programme Assistant",
        ),
        highlights=(
            "Developed the M&E framework and indicator tracking tables for the project",
            "Conducted field data collection using KoboToolbox in 6 districts",
            "Prepared monthly and quarterly progress reports for donors",
            "Trained 40 community health workers on data quality",
            "Analysed survey data using STATA and SPSS",
            "Coordinated baseline and end-line surveys with district officials",
            "Supported procurement and financial reporting of project activities",
            "Organised stakeholder meetings with sector and cell leaders",
        ),
        skills=(
            "Microsoft Office (Word, Excel, PowerPoint)",
            "STATA",
            "SPSS",
            "KoboToolbox",
            "Power BI",
            "ODK Collect",
        ),
        schools=(
            "University of Rwanda",
            "University of Kigali",
            "Adventist University of Central Africa",
        ),
        degrees=(
            ("Bachelor's Degree", "Applied Statistics"),
            ("Bachelor's Degree", "Economics"),
            ("Master's Degree", "Project Management"),
        ),
    ),
    "pdf-zety-export": Pool(
        first=("Brianna", "Tyler", "Kayla", "Dustin", "Shaniqua", "Cody"),
        last=("Whitacre", "Delacroix-Moss", "Pruitt", "Okonkwo-Hale", "Vandenberg", "Lusk"),
        cities=(
            ("Columbus", "OH", "43215", ""),
            ("Tampa", "FL", "33602", ""),
            ("Charlotte", "NC", "28202", ""),
        ),
        employers=(
            "Buckeye Regional Health",
            "Sunshine Coast Logistics",
            "Piedmont Federal Credit Union",
            "Harbor & Pine Property Group",
            "Tri-County Dental Partners",
        ),
        titles=(
            "Office Manager",
            "Administrative Assistant",
            "Customer Service Supervisor",
            "Operations Coordinator",
        ),
        highlights=(
            "Managed scheduling for 12 providers using Epic and Outlook calendars",
            "Processed accounts payable and vendor invoices in QuickBooks Online",
            "Trained and supervised a team of 8 front desk associates",
            "Reduced patient wait times by 20% by redesigning check-in workflow",
            "Maintained office supply inventory and negotiated vendor contracts",
            "Resolved escalated customer complaints by phone and email",
            "Prepared weekly KPI reports for the regional director",
            "Coordinated onboarding paperwork for new hires with HR",
        ),
        skills=(
            "Microsoft Office Suite",
            "QuickBooks Online",
            "Scheduling and calendar management",
            "Customer relationship management",
            "Data entry",
            "Conflict resolution",
            "Staff training",
            "Salesforce",
        ),
        schools=(
            "Columbus State Community College",
            "University of South Florida",
            "UNC Charlotte",
        ),
        degrees=(
            ("Associate of Applied Science", "Business Management"),
            ("Bachelor of Arts", "Communication"),
            ("Bachelor of Science", "Business Administration"),
        ),
    ),
    "docx-swedish-cv-word": Pool(
        first=("Linnéa", "Åsa", "Björn", "Märta", "Gustav", "Jöns"),
        last=("Åkesson", "Sjöholm", "Lindqvist", "Hägglund", "Ekström", "Törnblad"),
        cities=(
            ("Göteborg", None, "411 38", "Kungsportsavenyen 34"),
            ("Uppsala", None, "753 20", "Svartbäcksgatan 41 B"),
            ("Malmö", None, "211 45", "Södra Förstadsgatan 22"),
        ),
        employers=(
            "Vättern Logistik AB",
            "Kattegatt Energi AB",
            "Norrsken Konsult AB",
            "Mälarstadens Fastigheter AB",
            "Skagerack Livsmedel AB",
        ),
        titles=("Projektledare", "Inköpare", "Logistikplanerare", "Verksamhetsutvecklare"),
        highlights=(
            "Ansvarade för upphandling av transporttjänster till ett värde av 40 MSEK",
            "Ledde införandet av nytt affärssystem (Microsoft Dynamics 365)",
            "Budgetansvar och uppföljning av nyckeltal för avdelningen",
            "Förhandlade ramavtal med leverantörer i Norden",
            "Samordnade projektgrupp med sex deltagare från tre avdelningar",
            "Tog fram rutiner för lagerstyrning som minskade svinnet med 15 %",
            "Rapportering till ledningsgrupp varje månad",
            "Introducerade nya medarbetare och höll interna utbildningar",
        ),
        skills=(
            "Microsoft 365",
            "Dynamics 365",
            "Power BI",
            "SAP MM",
            "Visma",
            "Excel (pivottabeller, makron)",
        ),
        schools=("Göteborgs universitet", "Uppsala universitet", "Högskolan i Jönköping"),
        degrees=(
            ("Kandidatexamen", "Logistik"),
            ("Civilekonomexamen", "Företagsekonomi"),
            ("Magisterexamen", "Supply Chain Management"),
        ),
    ),
}

CR_PROFILE = (
    "Ingeniero en computación con experiencia en el desarrollo de aplicaciones empresariales "
    "para clientes nacionales e internacionales. Orientado a resultados, con facilidad para "
    "el trabajo en equipo y nivel avanzado de inglés."
)
CR_LANGUAGES = (("Inglés", "Avanzado (C1)"), ("Portugués", "Básico"), ("Francés", "Intermedio"))
CR_REFS = (
    ("Ing. Marvin Alfaro Sequeira", "Gerente de Proyectos", "8834-2291"),
    ("Licda. Karla Méndez Porras", "Jefa de Recursos Humanos", "7015-6620"),
    ("Ing. Ronald Villalobos Piedra", "Director de TI", "8390-1147"),
)
RW_PROFILE = (
    "A dedicated and result-oriented professional with experience in project monitoring, "
    "data collection and reporting in the development sector. Able to work under pressure "
    "and with minimum supervision."
)
RW_LANGUAGES = (
    ("Kinyarwanda", "Mother tongue"),
    ("English", "Fluent"),
    ("French", "Good"),
    ("Kiswahili", "Fair"),
)
RW_TRAININGS = (
    "Certificate in Results Based Monitoring and Evaluation, 2022",
    "Project Management Professional (PMP) preparation course, 2021",
    "Advanced Excel and Data Visualisation, 2020",
)
RW_REFEREES = (
    ("Mr. Emmanuel Bizimana", "Programme Manager", "+250 788 304 512"),
    ("Ms. Solange Uwase", "Head of Finance", "+250 783 119 640"),
    ("Dr. Innocent Kayitare", "Senior Lecturer", "+250 722 580 031"),
)
ZETY_SUMMARY = (
    "Organized and dependable {title} with {years}+ years of experience supporting busy "
    "offices. Skilled at streamlining processes, managing schedules and keeping teams on "
    "track. Recognized for calm, friendly service under pressure."
)
ZETY_LANGUAGES = (("Spanish", "Upper intermediate"), ("French", "Beginner"))
SE_PROFILE = (
    "Strukturerad och lösningsorienterad med flera års erfarenhet av inköp, logistik och "
    "projektledning. Trivs i roller där jag får ta ansvar och driva förbättringsarbete "
    "tillsammans med andra."
)
SE_LANGUAGES = (
    ("Svenska", "modersmål"),
    ("Engelska", "flytande i tal och skrift"),
    ("Tyska", "grundläggande"),
)


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-costa-rican-cv":
        return {
            "dates": rng.choice(("words", "numeric", "years")),
            "accent": rng.choice(((0, 82, 147), (26, 112, 74), (120, 24, 40))),
            "headline": rng.random() < 0.6,
            "education_first": rng.random() < 0.35,
        }
    if style == "pdf-rwandan-cv":
        return {
            "dates": rng.choice(("from", "long", "numeric")),
            "education_first": rng.random() < 0.6,
        }
    if style == "pdf-zety-export":
        return {
            "template": rng.choice(("sidebar", "classic")),
            "dates": rng.choice(("numeric", "long")),
            "accent": rng.choice(((35, 78, 112), (111, 45, 98), (34, 110, 96))),
            "headline": rng.random() < 0.7,
        }
    if style == "docx-swedish-cv-word":
        return {
            "dates": rng.choice(("iso", "words", "years")),
            "table": rng.random() < 0.5,
            "accent": rng.choice(("2E5C8A", "404040", "7A2E39")),
            "headline": rng.random() < 0.5,
            "education_first": rng.random() < 0.3,
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
    take = rng.choice((4, 5)) if style == "pdf-zety-export" else rng.choice((3, 4))
    jobs = _chain(rng, pool, take, rng.random() < 0.7)
    degrees: list[Degree] = []
    scores: list[str | None] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    if style == "pdf-costa-rican-cv":
        phone = f"+506 {rng.choice((8, 7, 6))}{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        surname = ascii_slug(name.split()[-2]).replace(" ", "")
        email = f"{first}.{surname}@{rng.choice(('gmail.com', 'hotmail.com', 'outlook.com'))}"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{surname}-{rng.randint(10, 99)}"
        extra["cedula"] = f"{rng.randint(1, 7)}-{rng.randint(1000, 1999)}-{rng.randint(100, 999)}"
        extra["summary"] = CR_PROFILE
        for job in jobs:
            job.city = rng.choice(("San José", "Heredia", "Escazú", "San José"))
        if rng.random() < 0.5:
            top, tarea = pool.degrees[2]
            degrees.append(Degree(pool.schools[2], top, tarea, (end_year - 2, 1), (end_year, 12)))
            end_year -= 2
        idx = rng.randrange(2)
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 5, 2), (end_year, 12)))
        scores = [None] * len(degrees)
        languages = [("Español", "Nativo"), *CR_LANGUAGES[: rng.randint(1, 2)]]
        skills = rng.sample(pool.skills, rng.randint(5, 7))
        extra["refs"] = rng.sample(CR_REFS, 2)
    elif style == "pdf-rwandan-cv":
        phone = f"+250 78{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        email = f"{first}{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.fr'))}"
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 23}"
        extra["summary"] = RW_PROFILE
        for job in jobs:
            job.city = rng.choice(("Kigali", "Kigali", "Musanze", "Huye", "Rubavu"))
        if rng.random() < 0.5:
            top, tarea = pool.degrees[2]
            degrees.append(Degree(pool.schools[1], top, tarea, (end_year - 2, 9), (end_year, 11)))
            scores.append(None)
            end_year -= 2
        idx = rng.randrange(2)
        study, area = pool.degrees[idx]
        degrees.append(
            Degree(pool.schools[idx * 2], study, area, (end_year - 4, 1), (end_year, 10))
        )
        scores.append(rng.choice(("Upper Second Class Honours", "First Class Honours", None)))
        degrees.append(
            Degree(
                rng.choice(("Lycée de Kigali", "Groupe Scolaire Officiel de Butare")),
                "Advanced Level Certificate",
                "Mathematics-Economics-Geography (MEG)",
                (end_year - 7, 1),
                (end_year - 5, 11),
            )
        )
        scores.append(None)
        languages = list(RW_LANGUAGES[: rng.randint(3, 4)])
        skills = rng.sample(pool.skills, rng.randint(4, 6))
        extra["referees"] = rng.sample(RW_REFEREES, 3)
        extra["trainings"] = rng.sample(RW_TRAININGS, 2)
    elif style == "pdf-zety-export":
        area = {"Columbus": "614", "Tampa": "813"}.get(city, "704")
        phone = f"({area}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
        email = f"{first}.{last.replace('-', '')}{rng.randint(1, 99)}@gmail.com"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}{last.replace('-', '')}"
        label = jobs[0].position
        years = 2026 - jobs[-1].start[0]
        extra["summary"] = ZETY_SUMMARY.format(title=label.lower(), years=years)
        for job in jobs:
            near = {"Columbus": "Dublin", "Tampa": "Clearwater"}.get(city, "Concord")
            job.city = f"{rng.choice((city, city, near))}, {region}"
        idx = [c[0] for c in pool.cities].index(city)
        study, area_name = pool.degrees[idx]
        degrees.append(
            Degree(pool.schools[idx], study, area_name, (end_year - 4, 8), (end_year, 5))
        )
        scores = [rng.choice((None, "GPA: 3.6", "GPA: 3.4"))]
        languages = [ZETY_LANGUAGES[0]] if rng.random() < 0.6 else []
        skills = rng.sample(pool.skills, rng.choice((6, 8)))
        extra["cert"] = rng.random() < 0.5
    else:
        phone = f"07{rng.choice((0, 2, 3, 6))}-{rng.randint(100, 999)} {rng.randint(10, 99)} "
        phone += str(rng.randint(10, 99))
        plain = name.lower().translate(str.maketrans("åäöé", "aaoe")).split()
        email = f"{plain[0]}.{plain[-1]}@{rng.choice(('gmail.com', 'telia.com', 'outlook.com'))}"
        extra["linkedin"] = f"https://www.linkedin.com/in/{plain[0]}-{plain[-1]}"
        label = jobs[0].position
        extra["summary"] = SE_PROFILE
        for job in jobs:
            job.city = rng.choice((city, city, "Stockholm", "Jönköping"))
        idx = [c[0] for c in pool.cities].index(city)
        if rng.random() < 0.4:
            top, tarea = pool.degrees[2]
            degrees.append(Degree(pool.schools[2], top, tarea, (end_year - 1, 8), (end_year, 6)))
            end_year -= 1
        study, area = pool.degrees[min(idx, 1)]
        years = 4 if study.startswith("Civil") else 3
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - years, 8), (end_year, 6)))
        scores = [None] * len(degrees)
        languages = list(SE_LANGUAGES[: rng.randint(2, 3)])
        skills = rng.sample(pool.skills, rng.randint(4, 6))
        extra["born"] = f"{end_year - 22}"
    extra["scores"] = scores
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


def _precision(style: str, options: dict[str, Any]) -> str:
    return "year" if options.get("dates") == "years" else "month"


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    extra = person.extra
    profiles: list[dict[str, str]] = []
    if "linkedin" in extra:
        link = extra["linkedin"]
        profiles.append({"network": "LinkedIn", "username": link.rsplit("/", 1)[-1], "url": link})
    if style == "pdf-costa-rican-cv":
        location = {
            "address": extra["street"],
            "city": person.city,
            "region": person.region,
            "countryCode": "CR",
        }
    elif style == "pdf-rwandan-cv":
        location = {"address": extra["street"], "city": person.city, "countryCode": "RW"}
    elif style == "pdf-zety-export":
        location = {"city": person.city, "region": person.region, "postalCode": extra["postal"]}
    else:
        location = {
            "address": extra["street"],
            "postalCode": extra["postal"],
            "city": person.city,
        }
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
    precision = _precision(style, options)
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
    for d, score in zip(person.degrees, extra["scores"], strict=True):
        item: dict[str, Any] = {
            "institution": d.institution,
            "studyType": d.study,
            "area": d.area,
            "score": score.removeprefix("GPA: ") if score else None,
        }
        if style == "pdf-zety-export":
            item["endDate"] = iso_month(d.end, "month")
        elif style == "docx-swedish-cv-word" and options["dates"] != "years":
            item["startDate"] = iso_month(d.start, "month")
            item["endDate"] = iso_month(d.end, "month")
        else:
            item["startDate"] = iso_month(d.start, "year")
            item["endDate"] = iso_month(d.end, "year")
        education.append(drop_empty(item))
    skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    references = [
        {"name": name, "reference": f"{role}, {mobile}"}
        for name, role, mobile in extra.get("referees", extra.get("refs", []))
    ]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "skills": skills,
            "languages": languages,
            "references": references,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-costa-rican-cv":
        return _costa_rican(person, options), "pdf"
    if style == "pdf-rwandan-cv":
        return _rwandan(person, options), "pdf"
    if style == "pdf-zety-export":
        return _zety(person, options), "pdf"
    if style == "docx-swedish-cv-word":
        return _swedish(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _cr_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Actualidad" if form == "words" else "actual"
    if form == "years":
        return str(month[0])
    if form == "words":
        return f"{MESES[month[1] - 1].capitalize()} {month[0]}"
    return f"{month[1]:02d}/{month[0]}"


def _costa_rican(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    x, width = 20.0, 170.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.3)
        pdf.line(x, 284, x + width, 284)
        pdf.set_xy(x, 285.5)
        pdf.set_font("Sans", "", 7.5)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(width / 2, 4, person.name)
        pdf.cell(width / 2, 4, f"Página {pdf.page_no()}", align="R")
        pdf.set_text_color(0, 0, 0)
        y = 18.0 if pdf.page_no() > 1 else 16.0

    def need(height: float) -> None:
        if y + height > 278:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        y += 5
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11.5)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text.upper())
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(x, y + 6.8, x + width, y + 6.8)
        pdf.set_text_color(0, 0, 0)
        y += 9.5

    def bullet(text: str, left: float) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(left, y)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(4, 4.8, "\u2022")
        pdf.multi_cell(x + width - left - 4, 4.8, text, align="L")
        y = pdf.get_y() + 0.6

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 21)
    pdf.set_text_color(*accent)
    pdf.cell(width, 10, person.name)
    pdf.set_text_color(0, 0, 0)
    y += 11
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 12)
        pdf.set_text_color(80, 80, 80)
        pdf.cell(width, 6, person.label or "")
        pdf.set_text_color(0, 0, 0)
        y += 8
    pdf.set_font("Sans", "", 9.5)
    place = person.city + (f", {person.region}" if person.region else "")
    rows = (
        ("Cédula", extra["cedula"]),
        ("Nacionalidad", "Costarricense"),
        ("Teléfono", person.phone),
        ("Correo", person.email),
        ("Dirección", f"{extra['street']}, {place}, Costa Rica"),
        ("LinkedIn", extra["linkedin"].removeprefix("https://")),
    )
    for key, value in rows:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(31, 5, f"{key}:")
        pdf.set_font("Sans", "", 9.5)
        pdf.multi_cell(width - 31, 5, value, align="L")
        y = pdf.get_y() + 0.3
    heading("Perfil profesional")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(width, 5, extra["summary"], align="J")
    y = pdf.get_y()

    def experience() -> None:
        nonlocal y
        heading("Experiencia laboral")
        for job in person.jobs:
            need(28)
            span = f"{_cr_month(job.start, form)} \u2013 {_cr_month(job.end, form)}"
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 10.5)
            pdf.cell(width - 45, 5.5, job.position)
            pdf.set_font("Sans", "", 9)
            pdf.set_text_color(90, 90, 90)
            pdf.cell(45, 5.5, span, align="R")
            pdf.set_text_color(0, 0, 0)
            y += 5.6
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "I", 9.5)
            pdf.cell(width, 5, f"{job.company} | {job.city}")
            y += 6
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 9)
            pdf.cell(width, 4.8, "Funciones y logros:")
            y += 5.2
            for note in job.highlights:
                bullet(note, x + 3)
            y += 2.5

    def education() -> None:
        nonlocal y
        heading("Formación académica")
        for d in person.degrees:
            need(17)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 10)
            pdf.cell(width - 30, 5.4, f"{d.study} en {d.area}")
            pdf.set_font("Sans", "", 9)
            pdf.set_text_color(90, 90, 90)
            pdf.cell(30, 5.4, f"{d.start[0]} \u2013 {d.end[0]}", align="R")
            pdf.set_text_color(0, 0, 0)
            y += 5.6
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "", 9.5)
            pdf.cell(width, 5, d.institution)
            y += 7.5

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("Habilidades técnicas")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(width, 5, " \u00b7 ".join(person.skills), align="L")
    y = pdf.get_y()
    heading("Idiomas")
    for lang, level in person.languages:
        bullet(f"{lang}: {level}", x)
    heading("Referencias laborales")
    for name, role, mobile in extra["refs"]:
        need(11)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(width, 5, name)
        pdf.set_xy(x, y + 5)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(width, 5, f"{role} \u2013 Tel. {mobile}")
        y += 11.5
    _check(y, 280, person)
    return bytes(pdf.output())


def _rw_month(month: Month | None, form: str) -> str:
    if month is None:
        return "date" if form == "from" else "Present"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MONTHS_EN[month[1] - 1]} {month[0]}"


def _rw_span(start: Month, end: Month | None, form: str) -> str:
    if form == "from":
        return f"From {_rw_month(start, form)} to {_rw_month(end, form)}"
    return f"{_rw_month(start, form)} \u2013 {_rw_month(end, form)}"


def _rwandan(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Curriculum Vitae")
    x, width = 22.0, 166.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 286)
        pdf.set_font("Serif", "I", 8)
        pdf.cell(width, 4, f"Page {pdf.page_no()}", align="R")
        y = 20.0

    def need(height: float) -> None:
        if y + height > 278:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 5
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 11.5)
        pdf.set_text_color(31, 56, 100)
        pdf.cell(width, 6, text.upper())
        pdf.set_draw_color(31, 56, 100)
        pdf.set_line_width(0.6)
        pdf.line(x, y + 6.6, x + width, y + 6.6)
        pdf.set_text_color(0, 0, 0)
        y += 9.5

    def row(key: str, value: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(42, 5.4, key)
        pdf.cell(4, 5.4, ":")
        pdf.set_font("Serif", "", 10)
        pdf.multi_cell(width - 46, 5.4, value, align="L")
        y = pdf.get_y() + 0.3

    def bullet(text: str, mark: str = "\u25aa") -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x + 5, y)
        pdf.set_font("Serif", "", 10)
        pdf.cell(5, 5.2, mark)
        pdf.multi_cell(width - 10, 5.2, text, align="J")
        y = pdf.get_y() + 0.3

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 17)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    y += 12
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 14)
    pdf.cell(width, 7, person.name.upper(), align="C")
    y += 9
    heading("Personal Information")
    row("Names", person.name)
    row("Date of Birth", extra["born"])
    row("Nationality", "Rwandan")
    row("Marital Status", "Single")
    row("Address", f"{extra['street']}, {person.city}, Rwanda")
    row("Telephone", person.phone)
    row("Email", person.email)
    heading("Profile")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 10)
    pdf.multi_cell(width, 5.2, extra["summary"], align="J")
    y = pdf.get_y()

    def education() -> None:
        nonlocal y
        heading("Education Background")
        for d, score in zip(person.degrees, extra["scores"], strict=True):
            need(18)
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "B", 10)
            pdf.cell(30, 5.4, f"{d.start[0]} \u2013 {d.end[0]}")
            pdf.multi_cell(width - 30, 5.4, f"{d.study} in {d.area}", align="L")
            y = pdf.get_y()
            pdf.set_xy(x + 30, y)
            pdf.set_font("Serif", "I", 10)
            pdf.multi_cell(width - 30, 5.4, d.institution, align="L")
            y = pdf.get_y()
            if score:
                pdf.set_xy(x + 30, y)
                pdf.set_font("Serif", "", 10)
                pdf.cell(width - 30, 5.4, f"Classification: {score}")
                y += 5.4
            y += 2.5

    def work() -> None:
        nonlocal y
        heading("Work Experience")
        for job in person.jobs:
            need(30)
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "B", 10)
            pdf.cell(width, 5.4, _rw_span(job.start, job.end, form))
            y += 5.6
            pdf.set_xy(x, y)
            pdf.cell(24, 5.4, "Position:")
            pdf.set_font("Serif", "", 10)
            pdf.cell(width - 24, 5.4, job.position)
            y += 5.6
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "B", 10)
            pdf.cell(24, 5.4, "Employer:")
            pdf.set_font("Serif", "", 10)
            pdf.cell(width - 24, 5.4, f"{job.company}, {job.city}")
            y += 6
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "BI", 10)
            pdf.cell(width, 5.4, "Main responsibilities:")
            y += 5.8
            for note in job.highlights:
                bullet(note)
            y += 3

    if options["education_first"]:
        education()
        work()
    else:
        work()
        education()
    heading("Professional Trainings")
    for item in extra["trainings"]:
        bullet(item, "\u2022")
    heading("Computer Skills")
    for skill in person.skills:
        bullet(skill, "\u2022")
    heading("Languages")
    need(8 + 6 * len(person.languages))
    cols = (60.0, 60.0)
    pdf.set_font("Serif", "B", 10)
    for i, head in enumerate(("Language", "Level")):
        pdf.set_xy(x + sum(cols[:i]), y)
        pdf.cell(cols[i], 6, head, border=1, align="C")
    y += 6
    pdf.set_font("Serif", "", 10)
    for lang, level in person.languages:
        for i, cell in enumerate((lang, level)):
            pdf.set_xy(x + sum(cols[:i]), y)
            pdf.cell(cols[i], 6, f" {cell}", border=1)
        y += 6
    heading("Referees")
    for number, (name, role, mobile) in enumerate(extra["referees"], 1):
        need(17)
        for offset, (text, look) in enumerate(
            ((f"{number}. {name}", "B"), (role, ""), (f"Tel: {mobile}", ""))
        ):
            pdf.set_xy(x + 4, y + 5 * offset)
            pdf.set_font("Serif", look, 10)
            pdf.cell(width - 4, 5, text)
        y += 16.5
    need(22)
    y += 3
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 10)
    pdf.multi_cell(
        width,
        5,
        "I, the undersigned, certify that to the best of my knowledge, this CV correctly "
        "describes myself, my qualifications and my experience.",
        align="J",
    )
    y = pdf.get_y() + 5
    pdf.set_xy(x + width - 60, y)
    pdf.set_font("Serif", "B", 10)
    pdf.cell(60, 5, person.name, align="R")
    _check(y, 284, person)
    return bytes(pdf.output())


def _zety_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Current"
    if form == "long":
        return f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"
    return f"{month[1]:02d}/{month[0]}"


def _zety(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    sidebar = options["template"] == "sidebar"
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} - Resume")
    pdf.set_producer("Zety")
    page_h = 279.4
    side_w = 70.0 if sidebar else 0.0
    x = side_w + 12.0 if sidebar else 16.0
    width = 215.9 - x - (12.0 if sidebar else 16.0)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page(format="Letter")
        if sidebar:
            pdf.set_fill_color(*accent)
            pdf.rect(0, 0, side_w, page_h, style="F")
        y = 16.0

    def need(height: float) -> None:
        if y + height > page_h - 14:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(200, 200, 200)
        pdf.set_line_width(0.3)
        pdf.line(x, y + 7, x + width, y + 7)
        pdf.set_text_color(40, 40, 40)
        y += 10

    def bullet(text: str) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x + 2, y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(4, 4.6, "\u2022")
        pdf.multi_cell(width - 6, 4.6, text, align="L")
        y = pdf.get_y() + 0.5

    new_page()
    contact = [person.email, person.phone, f"{person.city}, {person.region} {extra['postal']}"]
    contact.append(extra["linkedin"].removeprefix("https://www."))
    if sidebar:
        sx, sw, sy = 9.0, side_w - 18, 18.0
        pdf.set_text_color(255, 255, 255)
        for part in person.name.split(" ", 1):
            pdf.set_xy(sx, sy)
            pdf.set_font("Sans", "B", 20)
            pdf.cell(sw, 9, part)
            sy += 9
        sy += 8

        def side_head(text: str) -> None:
            nonlocal sy
            pdf.set_xy(sx, sy)
            pdf.set_font("Sans", "B", 10.5)
            pdf.cell(sw, 5.5, text)
            pdf.set_draw_color(255, 255, 255)
            pdf.line(sx, sy + 6.3, sx + sw, sy + 6.3)
            sy += 9

        side_head("Contact")
        for label, value in zip(("Email", "Phone", "Address", "LinkedIn"), contact, strict=True):
            pdf.set_xy(sx, sy)
            pdf.set_font("Sans", "B", 8.5)
            pdf.cell(sw, 4.4, label)
            size = 8.5
            pdf.set_font("Sans", "", size)
            while pdf.get_string_width(value) > sw - 3 and size > 6.5:
                size -= 0.25
                pdf.set_font("Sans", "", size)
            pdf.set_xy(sx, sy + 4.4)
            pdf.multi_cell(sw, 4.4, value, align="L")
            sy = pdf.get_y() + 2.5
        sy += 4
        side_head("Skills")
        for skill in person.skills:
            pdf.set_xy(sx, sy)
            pdf.set_font("Sans", "", 8.5)
            pdf.cell(3.5, 4.4, "\u2022")
            pdf.multi_cell(sw - 3.5, 4.4, skill, align="L")
            sy = pdf.get_y() + 1.2
        if person.languages:
            sy += 4
            side_head("Languages")
            for lang, level in person.languages:
                pdf.set_xy(sx, sy)
                pdf.set_font("Sans", "B", 8.5)
                pdf.cell(sw, 4.4, f"{lang}:")
                pdf.set_xy(sx, sy + 4.4)
                pdf.set_font("Sans", "", 8.5)
                pdf.cell(sw, 4.4, level)
                pdf.set_fill_color(255, 255, 255)
                pdf.rect(sx, sy + 10, sw, 1.4, style="D")
                pdf.rect(sx, sy + 10, sw * 0.7, 1.4, style="F")
                sy += 15
        pdf.set_text_color(40, 40, 40)
        if options["headline"]:
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "", 13)
            pdf.set_text_color(*accent)
            pdf.cell(width, 7, person.label or "")
            pdf.set_text_color(40, 40, 40)
            y += 8
    else:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 24)
        pdf.set_text_color(*accent)
        pdf.cell(width, 11, person.name.upper())
        y += 12
        if options["headline"]:
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "", 12)
            pdf.set_text_color(90, 90, 90)
            pdf.cell(width, 6, person.label or "")
            y += 7
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.5)
        pdf.set_text_color(40, 40, 40)
        pdf.multi_cell(width, 4.6, "  |  ".join(contact), align="L")
        y = pdf.get_y() + 1
    heading("Summary")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.8, extra["summary"], align="L")
    y = pdf.get_y()
    if not sidebar:
        heading("Skills")
        half = (len(person.skills) + 1) // 2
        col = width / 2
        for i, skill in enumerate(person.skills):
            pdf.set_xy(x + 2 + col * (i // half), y + 5 * (i % half))
            pdf.set_font("Sans", "", 9)
            pdf.cell(4, 5, "\u2022")
            pdf.cell(col - 6, 5, skill)
        y += 5 * half + 1
    heading("Experience")
    for job in person.jobs:
        need(26)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width - 40, 5.2, job.position)
        pdf.set_font("Sans", "", 8.5)
        span = f"{_zety_month(job.start, form)} - {_zety_month(job.end, form)}"
        pdf.cell(40, 5.2, span, align="R")
        y += 5.4
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "I", 9)
        pdf.cell(width, 5, f"{job.company} - {job.city}")
        y += 6
        for note in job.highlights:
            bullet(note)
        y += 2.5
    heading("Education")
    for d, score in zip(person.degrees, extra["scores"], strict=True):
        need(16)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.5)
        pdf.cell(width, 4.6, _zety_month(d.end, form))
        y += 4.8
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10)
        pdf.multi_cell(width, 5.2, f"{d.study}: {d.area}", align="L")
        y = pdf.get_y() + 0.2
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "I", 9)
        pdf.cell(width, 5, d.institution)
        y += 5.2
        if score:
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "", 9)
            pdf.cell(width, 5, score)
            y += 5.2
    if not sidebar and person.languages:
        heading("Languages")
        for lang, level in person.languages:
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 9)
            pdf.cell(30, 5, f"{lang}:")
            pdf.set_font("Sans", "", 9)
            pdf.cell(50, 5, level)
            pdf.set_fill_color(*accent)
            pdf.rect(x + 82, y + 1.8, 40, 1.4, style="F")
            y += 6
    if extra["cert"]:
        heading("Certifications")
        bullet("Certified Administrative Professional (CAP) - IAAP, 2022")
    _check(y, page_h - 10, person)
    return bytes(pdf.output())


def _se_month(month: Month | None, form: str) -> str:
    if month is None:
        return "pågående" if form != "words" else "nu"
    if form == "years":
        return str(month[0])
    if form == "words":
        return f"{MANADER[month[1] - 1]} {month[0]}"
    return f"{month[0]}-{month[1]:02d}"


def _swedish(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
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
    properties.revision = 5
    properties.title = "CV"
    properties.language = "sv-SE"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(3)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(f"CV \u2013 {person.name}").font.size = Pt(8)

    def rule(paragraph: Any) -> None:
        ppr = paragraph._p.get_or_add_pPr()
        border = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("val", "single"), ("sz", "6"), ("space", "1")):
            bottom.set(qn(f"w:{key}"), value)
        bottom.set(qn("w:color"), options["accent"])
        border.append(bottom)
        ppr.append(border)

    def heading(text: str) -> None:
        paragraph = document.add_paragraph(style="Heading 1")
        paragraph.paragraph_format.space_before = Pt(14)
        paragraph.paragraph_format.space_after = Pt(4)
        run = paragraph.add_run(text)
        run.font.size = Pt(13)
        run.font.color.rgb = accent
        run.font.name = "Calibri Light"
        rule(paragraph)

    title = document.add_paragraph(style="Title")
    run = title.add_run(person.name)
    run.font.size = Pt(24)
    run.font.color.rgb = accent
    if options["headline"]:
        sub = document.add_paragraph()
        sub_run = sub.add_run(person.label or "")
        sub_run.font.size = Pt(13)
        sub_run.italic = True
    for key, value in (
        ("Adress", f"{extra['street']}, {extra['postal']} {person.city}"),
        ("Mobil", person.phone),
        ("E-post", person.email),
        ("LinkedIn", extra["linkedin"].removeprefix("https://www.")),
        ("Född", extra["born"]),
    ):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.add_run(f"{key}: ").bold = True
        paragraph.add_run(value)
    heading("Profil")
    document.add_paragraph(extra["summary"])

    def entries(rows: list[tuple[str, list[tuple[str, bool, bool]], list[str]]]) -> None:
        if options["table"]:
            table = document.add_table(rows=0, cols=2)
            for when, lines, bullets in rows:
                cells = table.add_row().cells
                cells[0].width, cells[1].width = Cm(3.8), Cm(12.2)
                cells[0].paragraphs[0].add_run(when)
                first = True
                for text, bold, italic in lines:
                    par = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
                    first = False
                    item = par.add_run(text)
                    item.bold, item.italic = bold, italic
                for note in bullets:
                    cells[1].add_paragraph(note, style="List Bullet")
            return
        for when, lines, bullets in rows:
            par = document.add_paragraph()
            par.paragraph_format.space_before = Pt(8)
            par.paragraph_format.space_after = Pt(0)
            text, bold, italic = lines[0]
            head = par.add_run(text)
            head.bold = True
            par.add_run("\t" + when)
            par.paragraph_format.tab_stops.add_tab_stop(Cm(16), alignment=2)
            for text, bold, italic in lines[1:]:
                par = document.add_paragraph()
                par.paragraph_format.space_after = Pt(0)
                item = par.add_run(text)
                item.bold, item.italic = bold, italic
            for note in bullets:
                document.add_paragraph(note, style="List Bullet")

    def experience() -> None:
        heading("Arbetslivserfarenhet")
        rows = []
        for job in person.jobs:
            when = f"{_se_month(job.start, form)} \u2013 {_se_month(job.end, form)}"
            when = when[0].upper() + when[1:]
            lines = [(job.position, True, False), (f"{job.company}, {job.city}", False, True)]
            rows.append((when, lines, list(job.highlights)))
        entries(rows)

    def education() -> None:
        heading("Utbildning")
        rows = []
        for d in person.degrees:
            lines = [(f"{d.study}, {d.area}", True, False), (d.institution, False, True)]
            span = f"{_se_month(d.start, form)} \u2013 {_se_month(d.end, form)}"
            rows.append((span[0].upper() + span[1:], lines, []))
        entries(rows)

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("Datakunskaper")
    for skill in person.skills:
        document.add_paragraph(skill, style="List Bullet")
    heading("Språk")
    for lang, level in person.languages:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.add_run(f"{lang}: ").bold = True
        paragraph.add_run(level)
    heading("Övrigt")
    document.add_paragraph("Körkort B. Referenser lämnas på begäran.")
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())

"""Twenty-third held-out round ("holdout-23"): four more layouts, written blind (without
reading the parser) and meant to be measured once, untuned.

* ``pdf-greek-cv`` — a Greek CV in English (Latin script) on A4 in DejaVu Sans, one or two
  pages with a "Curriculum Vitae \u2013 Name | page" footer: the name large with the headline
  and an empty photo frame on the right, "Personal Information" as label rows (address
  "Egnatias 112, 546 30 Thessaloniki, Greece", mobile, e-mail, LinkedIn, date of birth,
  nationality and, for men, "Military Service: Completed (2015 \u2013 2016)"), "Work
  Experience" (the employer and city in bold with the period on the right \u2014 "09/2019
  \u2013 Today" or "September 2019 \u2013 present", one form per document \u2014 the position
  in italics, bullets), "Education" (years only), "Languages" and a comma-separated
  "Technical Skills" line.
* ``pdf-kenyan-cv`` — a Kenyan CV on A4 in Times: "CURRICULUM VITAE" over the name, the
  "P.O. Box 4521-00100, Nairobi, Kenya" address, "Personal Details" as label rows (ID number,
  date of birth, nationality, marital status), "Professional Profile", "Work Experience"
  (the period in bold \u2014 "January 2019 \u2013 To date" or "Jan 2019 \u2013 Date", one form
  per document \u2014 then "Organisation:", "Position:" and "Duties and Responsibilities:"
  with bullets), "Education" (years; KCSE with the year only), "Skills", "Languages",
  "Referees" and "Page 1 of 2" footers.
* ``pdf-mexican-cv`` — a Mexican "Currículum Vitae" on A4 in DejaVu Sans: a tinted left
  sidebar with a round photo placeholder, "Contacto" (address with "Col." and postal code,
  no country), "Idiomas" and "Habilidades"; the main column with the name, the headline,
  "Perfil profesional", "Experiencia laboral" (the position in bold with the period on the
  right \u2014 "ene. 2019 \u2013 actualidad" or "enero de 2019 \u2013 a la fecha", one form
  per document \u2014 the employer and city below, bullets) and "Formación académica" (years).
* ``pdf-pharmacy-license`` — a US pharmacist resume on Letter paper in Helvetica: the name
  centred (sometimes followed by ", PharmD" or ", PharmD, BCPS"), a contact line, "Professional
  Summary", a bordered "Licensure & Certifications" table (license, issuer, number and
  expiry dates that are not part of the history), "Professional Experience" (the position in
  bold with the period on the right \u2014 "07/2019 \u2013 Present" or "Jul 2019 \u2013
  Present", one form per document \u2014 "Employer \u2013 City, ST" below, bullets),
  "Education" (the Doctor of Pharmacy with the graduation month only), "Advanced Pharmacy
  Practice Experiences" (rotations with a month each, not jobs) and "Skills".

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

from __future__ import annotations

import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check, _core_pdf
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, months_before

HOLDOUT_TAG = "holdout-23"
GENERATOR = "tests/eval/holdout23.py"
SEED = 2_393_078

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-greek-cv", 3),
    ("pdf-kenyan-cv", 3),
    ("pdf-mexican-cv", 3),
    ("pdf-pharmacy-license", 3),
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
MESES_ABBR = (
    "ene.",
    "feb.",
    "mar.",
    "abr.",
    "may.",
    "jun.",
    "jul.",
    "ago.",
    "sep.",
    "oct.",
    "nov.",
    "dic.",
)

POOLS: dict[str, Pool] = {
    "pdf-greek-cv": Pool(
        first=("Stamatia", "Panagiotis", "Konstantina", "Evangelos", "Dimitrios"),
        last=("Georgiou", "Christodoulou", "Nikolaou", "Stamatiou"),
        cities=(
            ("Thessaloniki", None, "546 30", "Egnatias 112"),
            ("Athens", None, "104 34", "Patision 76"),
            ("Patras", None, "262 21", "Maizonos 41"),
        ),
        employers=(
            "Aegean Dataworks S.A.",
            "Hellenic Grid Analytics S.A.",
            "Pelion Software IKE",
            "Kyklades Telecom S.A.",
        ),
        titles=(
            "Senior Data Engineer",
            "Data Engineer",
            "BI Developer",
            "Software Engineer",
        ),
        highlights=(
            "Designed batch and streaming pipelines on Azure Data Factory and Databricks",
            "Migrated 120+ legacy SSIS packages to a cloud data platform",
            "Built Power BI dashboards for the commercial and finance departments",
            "Reduced the nightly ETL window from five hours to 70 minutes",
            "Introduced data-quality checks with Great Expectations",
            "Maintained REST services in Python (FastAPI) for the billing platform",
            "Mentored two junior engineers and ran code reviews",
            "Worked with the DPO on GDPR data-retention rules",
        ),
        skills=(
            "Python (pandas, PySpark)",
            "SQL Server",
            "PostgreSQL",
            "Azure Data Factory",
            "Databricks",
            "Power BI",
            "Docker",
            "Git",
        ),
        schools=(
            "Aristotle University of Thessaloniki",
            "National Technical University of Athens",
            "University of Patras",
        ),
        degrees=(
            ("Diploma", "Electrical and Computer Engineering"),
            ("Diploma", "Chemical Engineering"),
            ("BSc", "Informatics"),
        ),
    ),
    "pdf-kenyan-cv": Pool(
        first=("Achieng", "Nyokabi", "Kiprono", "Wanjiru", "Mutua"),
        last=("Kamau", "Njoroge", "Chebet", "Wekesa"),
        cities=(
            ("Nairobi", None, None, "P.O. Box 4521-00100"),
            ("Nakuru", None, None, "P.O. Box 1187-20100"),
            ("Mombasa", None, None, "P.O. Box 90233-80100"),
        ),
        employers=(
            "Savannah Fresh Produce Ltd",
            "Rift Valley Sacco Society Ltd",
            "Pwani Port Logistics Ltd",
            "Kilimani Microfinance Bank Ltd",
        ),
        titles=(
            "Senior Procurement Officer",
            "Procurement Officer",
            "Supply Chain Assistant",
            "Stores Officer",
        ),
        highlights=(
            "Preparing tender documents and coordinating evaluation committees",
            "Sourcing and prequalification of suppliers in line with the PPADA 2015",
            "Raising LPOs and LSOs and following up on deliveries",
            "Maintaining the stores ledger and conducting monthly stock takes",
            "Preparing the annual procurement plan with user departments",
            "Negotiating framework contracts for fuel and stationery",
            "Managing the supplier database on the Sage ERP system",
            "Preparing monthly procurement reports for management",
        ),
        skills=(
            "Sage 300 ERP",
            "IFMIS",
            "Contract management",
            "Inventory control",
            "Microsoft Excel (pivot tables, VLOOKUP)",
            "Negotiation",
        ),
        schools=(
            "University of Nairobi",
            "Moi University",
            "Jomo Kenyatta University of Agriculture and Technology",
        ),
        degrees=(
            ("Bachelor of Commerce", "Procurement and Supply Chain Management"),
            ("Bachelor of Business Management", "Purchasing and Supplies"),
            ("Bachelor of Commerce", "Operations Management"),
        ),
    ),
    "pdf-mexican-cv": Pool(
        first=("Itzel", "Emiliano", "Guadalupe", "Santiago", "Fernanda"),
        last=("Treviño Ibarra", "Hernández Zavala", "Villaseñor Ochoa", "Garza Elizondo"),
        cities=(
            ("Monterrey", "N.L.", "64060", "Av. Constitución 2050, Col. Obispado"),
            ("Guadalajara", "Jal.", "44160", "Av. Chapultepec Sur 480, Col. Americana"),
            ("Querétaro", "Qro.", "76090", "Calle Ezequiel Montes 118, Col. Centro"),
        ),
        employers=(
            "Aceros del Norte S.A. de C.V.",
            "Bajío Automotriz S.A. de C.V.",
            "Grupo Logístico Regiomontano S.A. de C.V.",
            "Envases Cuauhtémoc S.A. de C.V.",
        ),
        titles=(
            "Ingeniero de Procesos",
            "Coordinador de Mejora Continua",
            "Jefe de Producción",
            "Analista de Calidad",
        ),
        highlights=(
            "Implementación de la metodología 5S en tres líneas de ensamble",
            "Reducción del scrap en 18 % mediante proyectos Six Sigma",
            "Elaboración de AMEF y planes de control para clientes automotrices",
            "Coordinación de auditorías IATF 16949 internas y de cliente",
            "Balanceo de líneas y estudios de tiempos y movimientos",
            "Capacitación de 40 operadores en trabajo estandarizado",
            "Seguimiento de indicadores OEE y juntas diarias de producción",
            "Gestión de proyectos Kaizen con ahorros de 2.3 MDP al año",
        ),
        skills=(
            "Lean Manufacturing",
            "Six Sigma (Green Belt)",
            "Minitab",
            "AutoCAD",
            "SAP PP",
            "Power BI",
            "Excel avanzado (tablas dinámicas, macros)",
        ),
        schools=(
            "Instituto Tecnológico y de Estudios Superiores de Monterrey",
            "Universidad Autónoma de Nuevo León",
            "Universidad de Guadalajara",
        ),
        degrees=(
            ("Licenciatura", "Ingeniería Industrial y de Sistemas"),
            ("Licenciatura", "Ingeniería Mecánica Administrativa"),
            ("Maestría", "Administración de Operaciones"),
        ),
    ),
    "pdf-pharmacy-license": Pool(
        first=("Colleen", "Leland", "Desmond", "Corliss", "Harlan"),
        last=("Whitacre", "Pruett", "Kesselring", "Lindenmuth"),
        cities=(
            ("Columbus", "OH", "43215", ""),
            ("Dayton", "OH", "45402", ""),
            ("Cincinnati", "OH", "45202", ""),
        ),
        employers=(
            "Riverbend Health System",
            "Scioto Valley Medical Center",
            "Buckeye Community Pharmacy",
            "Lakeshore Specialty Pharmacy",
        ),
        titles=(
            "Clinical Pharmacist",
            "Staff Pharmacist",
            "Pharmacist in Charge",
            "Pharmacy Manager",
        ),
        highlights=(
            "Verified 450+ inpatient orders per shift in Epic Willow",
            "Managed pharmacokinetic dosing of vancomycin and aminoglycosides",
            "Led the antimicrobial stewardship rounds with infectious disease",
            "Precepted APPE students and PGY1 residents",
            "Oversaw USP <797> and <800> sterile compounding compliance",
            "Administered 1,200+ immunizations per season",
            "Reduced controlled-substance discrepancies by 35%",
            "Counseled patients on anticoagulation and diabetes therapy",
        ),
        skills=(
            "Epic Willow",
            "Pyxis MedStation",
            "Sterile compounding (USP <797>, <800>)",
            "Pharmacokinetics",
            "Medication therapy management",
            "Anticoagulation management",
            "Immunizations",
        ),
        schools=(
            "The Ohio State University College of Pharmacy",
            "University of Cincinnati James L. Winkle College of Pharmacy",
            "Ohio Northern University Raabe College of Pharmacy",
        ),
        degrees=(
            ("Doctor of Pharmacy", ""),
            ("Doctor of Pharmacy", ""),
            ("Doctor of Pharmacy", ""),
        ),
    ),
}

COUNTRY = {"pdf-greek-cv": "GR", "pdf-kenyan-cv": "KE"}
GR_LANGUAGES = (
    ("Greek", "Native"),
    ("English", "Proficiency (C2)"),
    ("German", "Intermediate (B1)"),
    ("Italian", "Elementary (A2)"),
)
GR_MALE = ("Panagiotis", "Evangelos", "Dimitrios")
GR_SUMMARY = (
    "Data engineer with a background in engineering and a strong interest in building "
    "reliable, well-documented data platforms for analytics teams."
)
KE_LANGUAGES = (("English", "Fluent"), ("Kiswahili", "Fluent"), ("French", "Basic"))
KE_SCHOOLS = ("Alliance High School", "Maseno School", "Kenya High School", "Moi Forces Academy")
KE_PROFILE = (
    "A result-oriented procurement professional with hands-on experience in public and "
    "private sector procurement, stores management and supplier relations. Member of KISM."
)
KE_REFEREES = (
    ("Mr. Peter M. Gitau", "Head of Finance", "Nyeri Water and Sanitation Company", "0722 555 014"),
    ("Dr. Grace W. Kariuki", "Lecturer, School of Business", "Kenyatta University", "0733 555 208"),
    ("Ms. Lucy A. Odhiambo", "Procurement Manager", "Kisumu Cotton Mills Ltd", "0711 555 390"),
)
MX_LANGUAGES = (
    ("Español", "Nativo"),
    ("Inglés", "Avanzado (TOEFL ITP 590)"),
    ("Francés", "Básico"),
)
MX_FEMALE = ("Itzel", "Guadalupe", "Fernanda")
MX_PROFILE = (
    "Ingeniero industrial con experiencia en manufactura automotriz y metalmecánica, "
    "enfocado en mejora continua, calidad y reducción de costos."
)
MX_PROFILE_F = MX_PROFILE.replace("Ingeniero", "Ingeniera").replace("enfocado", "enfocada")
RX_SUMMARY = (
    "Licensed pharmacist with hospital and community experience in order verification, "
    "clinical monitoring, sterile compounding and precepting. Committed to patient safety "
    "and interdisciplinary care."
)
RX_ROTATIONS = (
    ("Internal Medicine", "Mount Carmel East Hospital"),
    ("Ambulatory Care", "Nationwide Children's Primary Care"),
    ("Community Pharmacy", "Kroger Pharmacy #512"),
    ("Critical Care", "Miami Valley Hospital"),
)


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-greek-cv":
        return {
            "dates": rng.choice(("numeric", "long")),
            "accent": rng.choice(((20, 80, 150), (0, 110, 120))),
        }
    if style == "pdf-kenyan-cv":
        return {"dates": rng.choice(("long", "abbr"))}
    if style == "pdf-mexican-cv":
        return {
            "dates": rng.choice(("abbr", "long")),
            "accent": rng.choice(((170, 40, 60), (20, 100, 90), (60, 60, 120))),
        }
    if style == "pdf-pharmacy-license":
        return {
            "dates": rng.choice(("numeric", "mon")),
            "suffix": rng.choice(("", ", PharmD", ", PharmD, BCPS")),
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
    jobs = _chain(rng, pool, 3, rng.random() < 0.7)
    oldest = jobs[-1].start
    end_year = oldest[0] - rng.randint(0, 1)
    if style == "pdf-greek-cv":
        phone = f"+30 69{rng.randint(0, 9)}{rng.randint(0, 9)} {rng.randint(100, 999)} "
        phone += f"{rng.randint(100, 999)}"
        email = f"{first}.{last}@gmail.com"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(10, 99)}"
        extra["summary"] = GR_SUMMARY
        male = name.split()[0] in GR_MALE
        for job in jobs:
            job.city = rng.choice(("Athens", "Thessaloniki", "Patras"))
        idx = rng.randrange(len(pool.degrees))
        study, area = pool.degrees[idx]
        length = 4 if study == "BSc" else 5
        if male:
            extra["military"] = (end_year - 1, end_year)
            end_year -= 1
        if rng.random() < 0.5:
            degrees = [
                Degree(
                    "Athens University of Economics and Business",
                    "MSc",
                    "Business Analytics",
                    (end_year - 1, 10),
                    (end_year, 9),
                )
            ]
            end_year -= 1
        else:
            degrees = []
        degrees.append(
            Degree(pool.schools[idx], study, area, (end_year - length, 9), (end_year, 7))
        )
        born = end_year - length - 18
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{born}"
        languages = [GR_LANGUAGES[0], *GR_LANGUAGES[1 : rng.randint(2, 4)]]
        skills = rng.sample(pool.skills, rng.randint(5, 7))
    elif style == "pdf-kenyan-cv":
        phone = f"+254 7{rng.randint(10, 29)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        email = f"{first}{last}{rng.randint(10, 99)}@gmail.com"
        extra["summary"] = KE_PROFILE
        for job in jobs:
            job.city = rng.choice(("Nairobi", "Nakuru", "Mombasa", "Eldoret"))
        idx = rng.randrange(len(pool.degrees))
        study, area = pool.degrees[idx]
        degrees = [Degree(pool.schools[idx], study, area, (end_year - 4, 9), (end_year, 12))]
        kcse = end_year - 5
        degrees.append(Degree(rng.choice(KE_SCHOOLS), "KCSE", "", (kcse - 3, 1), (kcse, 11)))
        extra["born"] = f"{rng.randint(3, 27)} {MONTHS_EN[rng.randint(0, 11)]} {kcse - 18}"
        extra["id"] = str(rng.randint(20_000_000, 34_999_999))
        extra["marital"] = rng.choice(("Single", "Married"))
        extra["referees"] = rng.sample(KE_REFEREES, 3)
        languages = list(KE_LANGUAGES[: rng.randint(2, 3)])
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-mexican-cv":
        area_code = {"Monterrey": "81", "Guadalajara": "33"}.get(city, "442")
        if len(area_code) == 2:
            phone = f"{area_code} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
        else:
            phone = f"{area_code} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        host = rng.choice(("gmail.com", "outlook.com", "hotmail.com"))
        email = f"{first}.{slug[1]}@{host}"
        female = name.split()[0] in MX_FEMALE
        label = "Ingeniera Industrial" if female else "Ingeniero Industrial"
        extra["summary"] = MX_PROFILE_F if female else MX_PROFILE
        for job in jobs:
            job.city = rng.choice((city, "Saltillo, Coah.", "Ciudad de México"))
            if female:
                for male_word, female_word in (
                    ("Ingeniero ", "Ingeniera "),
                    ("Coordinador ", "Coordinadora "),
                    ("Jefe ", "Jefa "),
                ):
                    job.position = job.position.replace(male_word, female_word)
        idx = rng.randrange(2)
        study, area = pool.degrees[idx]
        degrees = []
        if rng.random() < 0.5:
            m_study, m_area = pool.degrees[2]
            master = Degree(pool.schools[1], m_study, m_area, (end_year - 2, 8), (end_year, 6))
            degrees.append(master)
            end_year -= 2
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 8), (end_year, 6)))
        languages = list(MX_LANGUAGES[: rng.randint(2, 3)])
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    else:
        phone = f"({rng.choice((614, 937, 513))}) 555-{rng.randint(1000, 9999)}"
        email = f"{first}.{last}.rph@{rng.choice(('gmail.com', 'outlook.com'))}"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}{last}pharmd"
        extra["summary"] = RX_SUMMARY
        for job in jobs:
            job.city = rng.choice((f"{city}, {region}", "Dayton, OH", "Toledo, OH"))
        grad = (oldest[0] if oldest[1] >= 7 else oldest[0] - 1, 5)
        degrees = [Degree(rng.choice(pool.schools), "Doctor of Pharmacy", "", grad, grad)]
        rotations = rng.sample(RX_ROTATIONS, 3)
        extra["rotations"] = [
            (kind, site, months_before(grad, 2 + 2 * i)) for i, (kind, site) in enumerate(rotations)
        ]
        extra["license"] = f"03-2-{rng.randint(10000, 39999)}"
        extra["bcps"] = str(rng.randint(1_100_000, 1_199_999))
        skills = rng.sample(pool.skills, rng.randint(4, 6))
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
    if "linkedin" in extra:
        li = extra["linkedin"]
        profiles.append({"network": "LinkedIn", "username": li.rsplit("/", 1)[-1], "url": li})
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
        if style == "pdf-pharmacy-license":
            item["endDate"] = iso_month(d.end, "month")
        elif d.study == "KCSE":
            item["studyType"] = "Kenya Certificate of Secondary Education (KCSE)"
            item["endDate"] = str(d.end[0])
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        education.append(drop_empty(item))
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "skills": [{"name": skill} for skill in person.skills],
            "languages": languages,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-greek-cv":
        return _greek(person, options), "pdf"
    if style == "pdf-kenyan-cv":
        return _kenyan(person, options), "pdf"
    if style == "pdf-mexican-cv":
        return _mexican(person, options), "pdf"
    if style == "pdf-pharmacy-license":
        return _pharmacy(person, options), "pdf"
    raise ValueError(f"unknown style {style}")


def _gr_span(start: Month, end: Month | None, form: str) -> str:
    if form == "numeric":
        tail = "Today" if end is None else f"{end[1]:02d}/{end[0]}"
        return f"{start[1]:02d}/{start[0]} \u2013 {tail}"
    tail = "present" if end is None else f"{MONTHS_EN[end[1] - 1]} {end[0]}"
    return f"{MONTHS_EN[start[1] - 1]} {start[0]} \u2013 {tail}"


def _greek(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    x, width = 18.0, 174.0
    ink, grey = (30, 30, 30), (105, 105, 105)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.3)
        pdf.line(x, 284, x + width, 284)
        pdf.set_xy(x, 285.5)
        pdf.set_font("Sans", "", 7.5)
        pdf.set_text_color(*grey)
        pdf.cell(width / 2, 4, f"Curriculum Vitae \u2013 {person.name}")
        pdf.cell(width / 2, 4, str(pdf.page_no()), align="R")
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
        pdf.set_font("Sans", "B", 11.5)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_text_color(*ink)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(x, y + 7, x + width, y + 7)
        y += 10

    def label_row(key: str, value: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 8.8)
        pdf.cell(38, 5, f"{key}:")
        pdf.set_font("Sans", "", 8.8)
        pdf.cell(width - 38 - 36, 5, value)
        y += 5.3

    def bullet(text: str) -> None:
        nonlocal y
        need(5)
        pdf.set_xy(x + 3, y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(4, 4.6, "\u25aa")
        pdf.multi_cell(width - 7, 4.6, text, align="L")
        y = pdf.get_y() + 0.3

    new_page()
    pdf.set_xy(x, 20)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(width - 40, 10, person.name)
    pdf.set_xy(x, 31)
    pdf.set_font("Sans", "", 12)
    pdf.set_text_color(*accent)
    pdf.cell(width - 40, 6, person.label or "")
    pdf.set_text_color(*ink)
    pdf.set_draw_color(160, 160, 160)
    pdf.set_line_width(0.3)
    pdf.rect(x + width - 30, 16, 30, 38)
    pdf.set_xy(x + width - 30, 33)
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(160, 160, 160)
    pdf.cell(30, 4, "photo", align="C")
    pdf.set_text_color(*ink)
    y = 55.0
    heading("Personal Information")
    address = f"{extra['street']}, {extra['postal']} {person.city}, Greece"
    label_row("Address", address)
    label_row("Mobile", person.phone)
    label_row("E-mail", person.email)
    label_row("LinkedIn", extra["linkedin"].removeprefix("https://www."))
    label_row("Date of birth", extra["born"])
    label_row("Nationality", "Greek")
    if "military" in extra:
        start, end = extra["military"]
        label_row("Military Service", f"Completed ({start} \u2013 {end})")
    heading("Profile")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.8, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("Work Experience")
    for job in person.jobs:
        need(30)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.8)
        pdf.cell(width - 56, 5.4, f"{job.company}, {job.city}")
        pdf.set_font("Sans", "", 9)
        pdf.set_text_color(*grey)
        pdf.cell(56, 5.4, _gr_span(job.start, job.end, form), align="R")
        pdf.set_text_color(*ink)
        pdf.set_xy(x, y + 5.4)
        pdf.set_font("Sans", "I", 9.5)
        pdf.cell(width, 5, job.position)
        y += 11.5
        for note in job.highlights:
            bullet(note)
        y += 3
    heading("Education")
    for d in person.degrees:
        need(14)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(width - 30, 5, f"{d.study} in {d.area}")
        pdf.set_font("Sans", "", 9)
        pdf.set_text_color(*grey)
        pdf.cell(30, 5, f"{d.start[0]} \u2013 {d.end[0]}", align="R")
        pdf.set_text_color(*ink)
        pdf.set_xy(x, y + 5)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width, 5, d.institution)
        y += 12
    heading("Languages")
    for lang, level in person.languages:
        label_row(lang, level)
    heading("Technical Skills")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.8, ", ".join(person.skills), align="L")
    y = pdf.get_y()
    _check(y, 280, person)
    return bytes(pdf.output())


def _ke_month(month: Month | None, form: str) -> str:
    if form == "abbr":
        return "Date" if month is None else f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"
    return "To date" if month is None else f"{MONTHS_EN[month[1] - 1]} {month[0]}"


def _kenyan(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _core_pdf()
    pdf.set_title(f"CV {person.name}")
    x, width, gutter = 22.0, 166.0, 48.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 284)
        pdf.set_font("Times", "", 9)
        pdf.cell(width, 4, f"Page {pdf.page_no()} of {{nb}}", align="R")
        y = 20.0

    def need(height: float) -> None:
        if y + height > 276:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 3
        pdf.set_xy(x, y)
        pdf.set_fill_color(215, 215, 215)
        pdf.set_font("Times", "B", 12)
        pdf.cell(width, 6.5, text.upper(), fill=True)
        y += 9.5

    def row(key: str, value: str, look: str = "") -> None:
        nonlocal y
        need(5.5)
        pdf.set_xy(x, y)
        pdf.set_font("Times", "B", 11)
        pdf.cell(gutter, 5.2, key)
        pdf.set_font("Times", look, 11)
        pdf.multi_cell(width - gutter, 5.2, value, align="L")
        y = pdf.get_y() + 0.5

    def bullet(text: str, indent: float = 6.0) -> None:
        nonlocal y
        need(5)
        pdf.set_xy(x + indent, y)
        pdf.set_font("Times", "", 11)
        pdf.cell(5, 5.1, "\u2022")
        pdf.multi_cell(width - indent - 5, 5.1, text, align="L")
        y = pdf.get_y() + 0.3

    new_page()
    pdf.set_xy(x, 16)
    pdf.set_font("Times", "BU", 16)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    pdf.set_xy(x, 26)
    pdf.set_font("Times", "B", 14)
    pdf.cell(width, 7, person.name.upper(), align="C")
    pdf.set_font("Times", "", 11)
    pdf.set_xy(x, 33)
    pdf.cell(width, 5.2, f"{extra['street']}, {person.city}, Kenya", align="C")
    pdf.set_xy(x, 38.5)
    pdf.cell(width, 5.2, f"Tel: {person.phone} | Email: {person.email}", align="C")
    y = 45.0
    heading("Personal Details")
    row("Name:", person.name)
    row("ID No.:", extra["id"])
    row("Date of Birth:", extra["born"])
    row("Nationality:", "Kenyan")
    row("Marital Status:", extra["marital"])
    heading("Professional Profile")
    pdf.set_xy(x, y)
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(width, 5.2, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("Work Experience")
    for job in person.jobs:
        need(36)
        pdf.set_xy(x, y)
        pdf.set_font("Times", "BU", 11)
        pdf.cell(width, 5.4, f"{_ke_month(job.start, form)} \u2013 {_ke_month(job.end, form)}")
        y += 6.5
        row("Organisation:", f"{job.company}, {job.city}")
        row("Position:", job.position, "B")
        pdf.set_xy(x, y)
        pdf.set_font("Times", "B", 11)
        pdf.cell(width, 5.2, "Duties and Responsibilities:")
        y += 5.8
        for note in job.highlights:
            bullet(note)
        y += 3
    heading("Education")
    for d in person.degrees:
        need(12)
        if d.study == "KCSE":
            row(f"{d.end[0]}", d.institution, "B")
            row("", "Kenya Certificate of Secondary Education (KCSE)")
        else:
            row(f"{d.start[0]} \u2013 {d.end[0]}", d.institution, "B")
            row("", f"{d.study} ({d.area})")
        y += 2
    heading("Skills")
    for skill in person.skills:
        bullet(skill, 2.0)
    heading("Languages")
    for lang, level in person.languages:
        row(f"{lang}:", level)
    heading("Referees")
    for index, (ref_name, title, org, mobile) in enumerate(extra["referees"], 1):
        need(24)
        for text, look in (
            (f"{index}. {ref_name}", "B"),
            (title, ""),
            (org, ""),
            (f"Mobile: {mobile}", ""),
        ):
            pdf.set_xy(x, y)
            pdf.set_font("Times", look, 11)
            pdf.cell(width, 5.1, text)
            y += 5.1
        y += 2.5
    _check(y, 280, person)
    return bytes(pdf.output())


def _mx_month(month: Month | None, form: str) -> str:
    if form == "abbr":
        return "actualidad" if month is None else f"{MESES_ABBR[month[1] - 1]} {month[0]}"
    return "a la fecha" if month is None else f"{MESES[month[1] - 1]} de {month[0]}"


def _mexican(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    pdf.add_page()
    ink, grey = (35, 35, 35), (100, 100, 100)
    side_w = 68.0
    sx, sw = 8.0, side_w - 14
    mx, mw = side_w + 8, 210 - side_w - 8 - 12
    pdf.set_fill_color(238, 238, 240)
    pdf.rect(0, 0, side_w, 297, style="F")
    pdf.set_fill_color(205, 205, 210)
    pdf.ellipse(side_w / 2 - 17, 12, 34, 34, style="F")
    pdf.set_xy(side_w / 2 - 17, 27)
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(34, 4, "FOTO", align="C")
    ys = 56.0

    def side_head(text: str) -> None:
        nonlocal ys
        pdf.set_xy(sx, ys)
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(*accent)
        pdf.cell(sw, 5, text.upper())
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.4)
        pdf.line(sx, ys + 6, sx + sw, ys + 6)
        pdf.set_text_color(*ink)
        ys += 8.5

    def side_line(text: str, look: str = "", size: float = 8.3) -> None:
        nonlocal ys
        pdf.set_xy(sx, ys)
        pdf.set_font("Sans", look, size)
        pdf.multi_cell(sw, 4.2, text, align="L")
        ys = pdf.get_y() + 0.8

    side_head("Contacto")
    side_line(person.phone)
    side_line(person.email, size=7.8)
    side_line(extra["street"])
    side_line(f"{extra['postal']} {person.city}, {person.region}")
    ys += 5
    side_head("Idiomas")
    for lang, level in person.languages:
        side_line(lang, "B")
        pdf.set_text_color(*grey)
        side_line(level, size=8)
        pdf.set_text_color(*ink)
    ys += 5
    side_head("Habilidades")
    for skill in person.skills:
        side_line(f"\u2022 {skill}")
    y = 14.0
    pdf.set_xy(mx, y)
    pdf.set_font("Sans", "B", 22)
    pdf.set_text_color(*ink)
    pdf.multi_cell(mw, 10, person.name, align="L")
    y = pdf.get_y() + 1
    pdf.set_xy(mx, y)
    pdf.set_font("Sans", "", 12)
    pdf.set_text_color(*accent)
    pdf.cell(mw, 6, person.label or "")
    pdf.set_text_color(*ink)
    y += 12

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(mx, y)
        pdf.set_font("Sans", "B", 11.5)
        pdf.set_text_color(*accent)
        pdf.cell(mw, 6, text.upper())
        pdf.set_text_color(*ink)
        pdf.set_draw_color(200, 200, 200)
        pdf.set_line_width(0.3)
        pdf.line(mx, y + 7, mx + mw, y + 7)
        y += 10

    heading("Perfil profesional")
    pdf.set_xy(mx, y)
    pdf.set_font("Sans", "", 8.8)
    pdf.multi_cell(mw, 4.6, extra["summary"], align="J")
    y = pdf.get_y() + 5
    heading("Experiencia laboral")
    for job in person.jobs:
        span = f"{_mx_month(job.start, form)} \u2013 {_mx_month(job.end, form)}"
        pdf.set_xy(mx, y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(mw - 52, 5, job.position)
        pdf.set_font("Sans", "", 8.3)
        pdf.set_text_color(*grey)
        pdf.cell(52, 5, span, align="R")
        pdf.set_xy(mx, y + 5)
        pdf.set_font("Sans", "I", 8.8)
        pdf.cell(mw, 5, f"{job.company} \u2013 {job.city}")
        pdf.set_text_color(*ink)
        y += 11
        for note in job.highlights:
            pdf.set_xy(mx + 2, y)
            pdf.set_font("Sans", "", 8.6)
            pdf.cell(4, 4.3, "\u2022")
            pdf.multi_cell(mw - 6, 4.3, note, align="L")
            y = pdf.get_y() + 0.3
        y += 3.5
    heading("Formación académica")
    for d in person.degrees:
        pdf.set_xy(mx, y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(mw - 28, 5, f"{d.study} en {d.area}")
        pdf.set_font("Sans", "", 8.5)
        pdf.set_text_color(*grey)
        pdf.cell(28, 5, f"{d.start[0]} \u2013 {d.end[0]}", align="R")
        pdf.set_text_color(*ink)
        pdf.set_xy(mx, y + 5)
        pdf.set_font("Sans", "", 8.8)
        pdf.multi_cell(mw, 4.5, d.institution, align="L")
        y = pdf.get_y() + 3.5
    _check(max(y, ys), 290, person)
    return bytes(pdf.output())


def _rx_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        return f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"

    return f"{one(start)} \u2013 {'Present' if end is None else one(end)}"


def _pharmacy(person: Candidate, options: dict[str, Any]) -> bytes:
    from fpdf import FPDF

    form, extra = options["dates"], person.extra
    pdf = FPDF(format="Letter", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} - Resume")
    x, width = 16.0, 183.9
    bottom = 266.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 14.0

    def need(height: float) -> None:
        if y + height > bottom:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 2.5
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_text_color(20, 60, 110)
        pdf.cell(width, 5.5, text.upper())
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(20, 60, 110)
        pdf.set_line_width(0.4)
        pdf.line(x, y + 6, x + width, y + 6)
        y += 8.5

    def bullet(text: str) -> None:
        nonlocal y
        need(5)
        pdf.set_xy(x + 3, y)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.cell(4, 4.6, "\u2022")
        pdf.multi_cell(width - 7, 4.6, text, align="L")
        y = pdf.get_y() + 0.4

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "B", 19)
    pdf.cell(width, 9, f"{person.name}{options['suffix']}", align="C")
    y += 10
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "", 9.5)
    contact = " | ".join(
        (
            f"{person.city}, {person.region} {extra['postal']}",
            person.phone,
            person.email,
            extra["linkedin"].removeprefix("https://www."),
        )
    )
    pdf.cell(width, 5, contact, align="C")
    y += 7
    heading("Professional Summary")
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(width, 4.7, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("Licensure & Certifications")
    widths = (70.0, 62.0, 26.0, width - 158.0)
    rows = [
        ("License / Certification", "Issuing Body", "Number", "Expires"),
        (
            "Registered Pharmacist (RPh)",
            "Ohio State Board of Pharmacy",
            extra["license"],
            "09/15/2027",
        ),
        ("Pharmacist Immunization Certificate", "APhA", "\u2014", "\u2014"),
        ("BLS / ACLS", "American Heart Association", "\u2014", "06/2027"),
    ]
    if "BCPS" in options["suffix"]:
        rows.append(
            (
                "Board Certified Pharmacotherapy Specialist",
                "Board of Pharmacy Specialties",
                extra["bcps"],
                "12/31/2029",
            )
        )
    pdf.set_draw_color(150, 150, 150)
    pdf.set_line_width(0.2)
    for index, cells in enumerate(rows):
        pdf.set_xy(x, y)
        if index == 0:
            pdf.set_fill_color(225, 232, 242)
        pdf.set_font("Helvetica", "B" if index == 0 else "", 8.8)
        for w, text in zip(widths, cells, strict=True):
            pdf.cell(w, 5.6, f" {text}", border=1, fill=index == 0)
        y += 5.6
    y += 2
    heading("Professional Experience")
    for job in person.jobs:
        need(28)
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(width - 50, 5.4, job.position)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.cell(50, 5.4, _rx_span(job.start, job.end, form), align="R")
        pdf.set_xy(x, y + 5.4)
        pdf.set_font("Helvetica", "I", 9.8)
        pdf.cell(width, 5, f"{job.company} \u2013 {job.city}")
        y += 11.2
        for note in job.highlights:
            bullet(note)
        y += 2.5
    heading("Education")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(width - 40, 5.4, f"{d.study} (PharmD)")
        pdf.set_font("Helvetica", "", 9.5)
        pdf.cell(40, 5.4, f"{MONTHS_EN[d.end[1] - 1]} {d.end[0]}", align="R")
        pdf.set_xy(x, y + 5.4)
        pdf.set_font("Helvetica", "I", 9.8)
        pdf.cell(width, 5, d.institution)
        y += 12
    heading("Advanced Pharmacy Practice Experiences")
    for kind, site, month in extra["rotations"]:
        need(5)
        pdf.set_xy(x + 3, y)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.cell(4, 4.8, "\u2022")
        pdf.cell(width - 40, 4.8, f"{kind} \u2013 {site}")
        pdf.cell(33, 4.8, f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}", align="R")
        y += 5.2
    heading("Skills")
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(width, 4.8, " \u00b7 ".join(person.skills), align="L")
    y = pdf.get_y()
    _check(y, bottom + 4, person)
    return bytes(pdf.output())

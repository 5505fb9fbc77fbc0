"""Fifty-first held-out round ("holdout-51"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts: ``pdf-guatemalan-cv``,
``pdf-malawian-cv``, ``pdf-kickresume-export`` and ``docx-finnish-cv-word``. The round is
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

HOLDOUT_TAG = "holdout-51"
GENERATOR = "tests/eval/holdout51.py"
SEED = 5_174_209

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-guatemalan-cv", 3),
    ("pdf-malawian-cv", 3),
    ("pdf-kickresume-export", 3),
    ("docx-finnish-cv-word", 3),
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
KUUKAUDET = (
    "tammikuu",
    "helmikuu",
    "maaliskuu",
    "huhtikuu",
    "toukokuu",
    "kesäkuu",
    "heinäkuu",
    "elokuu",
    "syyskuu",
    "lokakuu",
    "marraskuu",
    "joulukuu",
)

POOLS: dict[str, Pool] = {
    "pdf-guatemalan-cv": Pool(
        first=("Mynor", "Ingrid Lucía", "Byron", "Wendy Maritza", "Édgar", "Heidy", "Otto René"),
        last=("Xicará Pérez", "Cojulún Ordóñez", "Tzul Ajanel", "Barrios Juárez", "Monzón Sic"),
        cities=(
            ("Ciudad de Guatemala", None, "01010", "12 calle 5-43, zona 10"),
            ("Ciudad de Guatemala", None, "01011", "3a. avenida 14-62, zona 11"),
            ("Mixco", None, "01057", "Lote 8, manzana C, Colonia El Naranjo, zona 4"),
        ),
        employers=(
            "Distribuidora Atitlán, S.A.",
            "Agroexportadora Quetzal, S.A.",
            "Cooperativa de Ahorro Xelajú, R.L.",
            "Grupo Ixchel Logística, S.A.",
            "Financiera Petén, S.A.",
        ),
        titles=(
            "Analista financiero",
            "Contador general",
            "Auxiliar de contabilidad",
            "Jefe de tesorería",
            "Analista de créditos",
        ),
        highlights=(
            "Elaboración de estados financieros mensuales y conciliaciones bancarias",
            "Cálculo y presentación de declaraciones de IVA e ISR ante la SAT",
            "Control de cuentas por cobrar y por pagar en SAP Business One",
            "Análisis de cartera crediticia y seguimiento de mora",
            "Coordinación de la auditoría externa anual",
            "Elaboración de planillas y liquidaciones laborales (IGSS)",
            "Implementación de reportes gerenciales en Power BI",
            "Supervisión de un equipo de cuatro auxiliares contables",
        ),
        skills=(
            "Microsoft Excel avanzado",
            "SAP Business One",
            "Power BI",
            "Agencia Virtual SAT",
            "QuickBooks",
            "Microsoft Word y PowerPoint",
        ),
        schools=(
            "Universidad de San Carlos de Guatemala",
            "Universidad Rafael Landívar",
            "Universidad Mariano Gálvez de Guatemala",
        ),
        degrees=(
            ("Licenciatura", "Contaduría Pública y Auditoría"),
            ("Licenciatura", "Administración de Empresas"),
            ("Maestría", "Administración Financiera"),
        ),
    ),
    "pdf-malawian-cv": Pool(
        first=("Chikondi", "Thokozani", "Tiwonge", "Madalitso", "Chimwemwe", "Limbani"),
        last=("Chirwa", "Msiska", "Nyirenda", "Kumwenda", "Chisale", "Mkandawire"),
        cities=(
            ("Lilongwe", None, None, "P.O. Box 31245"),
            ("Lilongwe", None, None, "Area 47, Sector 2, Plot No. 118"),
            ("Lilongwe", None, None, "Private Bag B412"),
        ),
        employers=(
            "Dowa Grain Traders Ltd",
            "Linthipe Agro-Processing Company",
            "Chikondi Community Microfinance",
            "Nkhotakota Rural Livelihoods Trust",
            "Kasungu Tobacco Growers Association",
        ),
        titles=(
            "Monitoring and Evaluation Officer",
            "Programme Officer",
            "Field Supervisor",
            "Agricultural Extension Officer",
            "Data Officer",
        ),
        highlights=(
            "Designed and maintained the M&E framework for a five-district food security project",
            "Trained 120 lead farmers on conservation agriculture practices",
            "Compiled monthly and quarterly donor reports for the Programme Manager",
            "Supervised a team of eight field enumerators during baseline surveys",
            "Cleaned and analysed survey data using SPSS and STATA",
            "Facilitated village savings and loans group meetings",
            "Coordinated with District Agricultural Development Offices",
            "Maintained the beneficiary database in KoboToolbox",
        ),
        skills=(
            "Microsoft Office Suite (Word, Excel, PowerPoint)",
            "SPSS",
            "STATA",
            "KoboToolbox and ODK",
            "Report writing",
            "Community mobilisation",
        ),
        schools=(
            "Lilongwe University of Agriculture and Natural Resources (LUANAR)",
            "Mzuzu University",
            "University of Malawi",
        ),
        degrees=(
            ("Bachelor of Science", "Agricultural Economics"),
            ("Bachelor of Social Science", "Economics"),
            ("Bachelor of Science", "Agricultural Extension"),
        ),
    ),
    "pdf-kickresume-export": Pool(
        first=("Aoife", "Ciarán", "Siobhán", "Oisín", "Niamh", "Caoimhe"),
        last=("Ó Ceallaigh", "Donnellan", "Mac Giolla Rua", "Fitzgerald-Byrne", "Ní Bhriain"),
        cities=(
            ("Dublin", None, "D08 X2F4", ""),
            ("Cork", None, "T12 R5CP", ""),
            ("Galway", None, "H91 E2K3", ""),
        ),
        employers=(
            "Liffeyside Fintech",
            "Corrib Health Technologies",
            "Greenway Payments Ltd",
            "Shannonbridge Software",
            "Ardmore Travel Group",
        ),
        titles=(
            "Senior UX Designer",
            "Product Designer",
            "UX/UI Designer",
            "Junior UX Designer",
            "Service Designer",
        ),
        highlights=(
            "Redesigned the mobile onboarding flow, lifting completion rates by 23%",
            "Ran 40+ moderated usability sessions with customers and clinicians",
            "Built and maintained the company design system in Figma",
            "Partnered with engineering to ship accessible components (WCAG 2.1 AA)",
            "Led discovery workshops with product owners and stakeholders",
            "Mentored two junior designers and a summer intern",
            "Created journey maps and service blueprints for the claims process",
            "Introduced a monthly research readout for the whole product team",
        ),
        skills=(
            "Figma",
            "User research",
            "Prototyping",
            "Design systems",
            "Adobe Creative Cloud",
            "HTML & CSS",
            "Miro",
            "Accessibility (WCAG)",
        ),
        schools=(
            "University College Dublin",
            "Technological University Dublin",
            "University of Galway",
        ),
        degrees=(
            ("MSc", "User Experience Design"),
            ("BA", "Visual Communication"),
            ("BSc", "Multimedia"),
        ),
    ),
    "docx-finnish-cv-word": Pool(
        first=("Aino", "Eetu", "Päivi", "Jyrki", "Sanna", "Tuomas", "Elina"),
        last=("Heiskanen", "Kärkkäinen", "Lähteenmäki", "Ylönen", "Pöllänen", "Mäenpää"),
        cities=(
            ("Tampere", None, "33100", "Hämeenkatu 14 B 22"),
            ("Oulu", None, "90100", "Isokatu 31 A 7"),
            ("Turku", None, "20100", "Aurakatu 9 C 41"),
        ),
        employers=(
            "Pirkanmaan Ohjelmistotalo Oy",
            "Oulun Sulautetut Järjestelmät Oy",
            "Aurajoen Automaatio Oy",
            "Näsin Datapalvelut Oy",
            "Pohjolan Energiatekniikka Oy",
        ),
        titles=(
            "Ohjelmistokehittäjä",
            "Projekti-insinööri",
            "Järjestelmäasiantuntija",
            "Testausinsinööri",
            "Ohjelmistoarkkitehti",
        ),
        highlights=(
            "Sulautetun ohjelmiston kehitys C- ja C++-kielillä",
            "Testiautomaation rakentaminen Robot Frameworkilla",
            "Asiakasprojektien vaatimusmäärittely ja dokumentointi",
            "Jatkuvan integraation ylläpito (Jenkins, GitLab CI)",
            "Uusien työntekijöiden perehdytys ja mentorointi",
            "Taustajärjestelmien kehitys Pythonilla ja PostgreSQL:llä",
            "Toimitusprojektien aikataulutus ja raportointi asiakkaalle",
            "Tuotantoympäristön vianselvitys ja päivystys",
        ),
        skills=(
            "Python",
            "C/C++",
            "Linux",
            "Git",
            "Robot Framework",
            "Docker",
            "PostgreSQL",
            "MS Office",
        ),
        schools=("Tampereen yliopisto", "Oulun yliopisto", "Turun ammattikorkeakoulu"),
        degrees=(
            ("Diplomi-insinööri", "sähkötekniikka"),
            ("Diplomi-insinööri", "tietotekniikka"),
            ("Insinööri (AMK)", "tieto- ja viestintätekniikka"),
        ),
    ),
}

COUNTRY = {
    "pdf-guatemalan-cv": "GT",
    "pdf-malawian-cv": "MW",
    "pdf-kickresume-export": "IE",
}
GT_SUMMARY = (
    "Profesional de las ciencias económicas con experiencia en contabilidad, finanzas y "
    "cumplimiento tributario. Responsable, ordenado y con facilidad para el trabajo en equipo "
    "y bajo presión."
)
GT_LANGUAGES = (("Español", "Nativo"), ("Inglés", "Intermedio"), ("Kaqchikel", "Básico"))
GT_REFERENCES = (
    ("Lic. Marco Tulio Ajcalón", "Gerente Financiero", "5521-7740"),
    ("Licda. Brenda Yesenia Culajay", "Contadora General", "4418-0392"),
    ("Ing. Selvin Orlando Chinchilla", "Jefe de Operaciones", "3012-5587"),
)
MW_OBJECTIVE = (
    "A hardworking and result-oriented development professional seeking a challenging "
    "position in an organisation where I can apply my skills in monitoring, evaluation and "
    "rural livelihoods, and grow professionally."
)
MW_LANGUAGES = (
    ("English", "Excellent (spoken and written)"),
    ("Chichewa", "Excellent (spoken and written)"),
    ("Tumbuka", "Good (spoken)"),
)
MW_REFEREES = (
    ("Dr. Grace Kalua", "Senior Lecturer", "Mzuzu University", "+265 888 552 019"),
    ("Mr. Yamikani Gondwe", "Programme Manager", "Dowa Grain Traders Ltd", "+265 999 310 472"),
    (
        "Mrs. Esnart Phiri-Lungu",
        "District Agriculture Officer",
        "Ministry of Agriculture",
        "+265 884 207 665",
    ),
)
KR_PROFILE = (
    "Product designer with a background in visual communication and a soft spot for complex, "
    "regulated products. I like turning messy research into simple flows, and I work closely "
    "with engineers to get the details right."
)
KR_LANGUAGES = (("English", "Native"), ("Irish", "Intermediate"), ("French", "Elementary"))
KR_CERTIFICATES = (
    ("Google UX Design Professional Certificate", "2021"),
    ("Nielsen Norman Group UX Certification", "2023"),
    ("IAAP Certified Professional in Accessibility Core Competencies", "2022"),
)
KR_INTERESTS = ("Sea swimming", "Film photography", "Hurling", "Board games")
FI_SUMMARY = (
    "Olen kokenut ohjelmistoalan ammattilainen, jota kiinnostavat erityisesti sulautetut "
    "järjestelmät ja testiautomaatio. Työskentelen mielelläni tiimissä ja otan vastuuta "
    "kokonaisuuksista."
)
FI_LANGUAGES = (
    ("suomi", "äidinkieli"),
    ("englanti", "erinomainen"),
    ("ruotsi", "tyydyttävä"),
    ("saksa", "alkeet"),
)
FI_TRUST = (
    "Tietoteekkarikilta ry, hallituksen jäsen",
    "Asunto Oy Hämeenkadun Helmi, hallituksen varajäsen",
)
FI_HOBBIES = "Suunnistus, kuorolaulu ja mökkeily"


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-guatemalan-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "accent": rng.choice(((0, 70, 140), (25, 25, 25), (0, 105, 120))),
            "photo": rng.random() < 0.6,
        }
    if style == "pdf-malawian-cv":
        return {
            "dates": rng.choice(("long", "years")),
            "boxes": rng.random() < 0.5,
        }
    if style == "pdf-kickresume-export":
        return {
            "dates": rng.choice(("numeric", "mon")),
            "accent": rng.choice(((35, 52, 86), (0, 110, 105), (120, 44, 74))),
            "headline": rng.random() < 0.7,
            "order": rng.choice(("work-first", "education-first")),
        }
    if style == "docx-finnish-cv-word":
        return {
            "dates": rng.choice(("numeric", "words", "years")),
            "headline": rng.random() < 0.5,
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
    languages: list[tuple[str, str]] = []
    jobs = _chain(rng, pool, rng.choice((3, 4)), rng.random() < 0.7)
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    if style == "pdf-guatemalan-cv":
        phone = f"+502 {rng.choice((3, 4, 5))}{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        email = f"{first}.{last}{rng.randint(10, 99)}@{rng.choice(('gmail.com', 'hotmail.com'))}"
        label = jobs[0].position if rng.random() < 0.5 else None
        extra["summary"] = GT_SUMMARY
        extra["dpi"] = f"{rng.randint(1000, 2999)} {rng.randint(10000, 99999)} 0101"
        extra["born"] = (rng.randint(1, 28), rng.randint(1, 12), end_year - 23)
        female = name.split()[0] in ("Ingrid", "Wendy", "Heidy")
        extra["civil"] = rng.choice(("Soltera", "Casada") if female else ("Soltero", "Casado"))
        extra["nationality"] = "Guatemalteca" if female else "Guatemalteco"
        for job in jobs:
            job.city = rng.choice((city, "Ciudad de Guatemala", "Villa Nueva"))
        idx = rng.randrange(2)
        study, area = pool.degrees[idx]
        if rng.random() < 0.4:
            mstudy, marea = pool.degrees[2]
            degrees.append(
                Degree(
                    rng.choice(pool.schools[1:]), mstudy, marea, (end_year, 1), (end_year + 2, 11)
                )
            )
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 5, 1), (end_year, 11)))
        extra["school"] = rng.choice(
            ("Colegio Liceo Javier", "Instituto Nacional Central para Varones", "Colegio El Prado")
        )
        extra["school_year"] = end_year - 5 - 1
        extra["references"] = rng.sample(GT_REFERENCES, 2)
        languages = list(GT_LANGUAGES[: rng.randint(2, 3)])
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-malawian-cv":
        prefix = rng.choice(("0999", "0888", "0995", "0884"))
        phone = f"{prefix} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        if rng.random() < 0.5:
            phone = f"+265 {prefix[1:]} {phone[5:]}"
        email = f"{first}{last}{rng.randint(80, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        extra["summary"] = MW_OBJECTIVE
        extra["born"] = f"{rng.randint(1, 28)} {MONTHS_EN[rng.randrange(12)]} {end_year - 23}"
        extra["sex"] = rng.choice(("Male", "Female"))
        extra["marital"] = rng.choice(("Single", "Married"))
        extra["district"] = rng.choice(("Dowa", "Mzimba", "Ntchisi", "Nkhata Bay"))
        for job in jobs:
            job.city = rng.choice((city, "Dowa", "Kasungu", "Salima"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        score = rng.choice(("Credit", "Upper Credit", "Distinction"))
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 1), (end_year, 12)))
        extra["score"] = score
        extra["msce"] = (
            rng.choice(("Likuni Boys Secondary School", "Robert Blake Secondary School")),
            end_year - 5,
        )
        extra["referees"] = rng.sample(MW_REFEREES, 3)
        languages = list(MW_LANGUAGES)
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-kickresume-export":
        phone = (
            f"+353 8{rng.choice((3, 5, 6, 7))} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        )
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'outlook.ie'))}"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        extra["summary"] = KR_PROFILE
        for job in jobs:
            job.city = rng.choice((city, "Dublin", "Remote"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if study == "MSc":
            degrees.append(Degree(pool.schools[0], study, area, (end_year - 1, 9), (end_year, 8)))
            end_year -= 1
            study, area = pool.degrees[rng.choice((1, 2))]
        degrees.append(
            Degree(rng.choice(pool.schools[1:]), study, area, (end_year - 4, 9), (end_year, 5))
        )
        extra["certificates"] = rng.sample(KR_CERTIFICATES, 2)
        extra["interests"] = rng.sample(KR_INTERESTS, 3)
        extra["levels"] = [rng.randint(3, 5) for _ in range(8)]
        languages = list(KR_LANGUAGES[: rng.randint(2, 3)])
        skills = rng.sample(pool.skills, rng.randint(5, 7))
    else:
        phone = f"04{rng.choice((0, 4, 5))} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        if rng.random() < 0.4:
            phone = f"+358 {phone[1:]}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'outlook.com', 'elisanet.fi'))}"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}{last}"
        extra["summary"] = FI_SUMMARY
        extra["born"] = f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.{end_year - 24}"
        for job in jobs:
            job.city = rng.choice((city, "Helsinki", "Espoo"))
        idx = [c[0] for c in pool.cities].index(city)
        study, area = pool.degrees[idx]
        years = 4 if study.startswith("Insinööri") else 5
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - years, 8), (end_year, 6)))
        town = {"Tampere": "Tampereen", "Oulu": "Oulun", "Turku": "Turun"}[city]
        extra["lukio"] = (
            f"{town} {rng.choice(('lyseon', 'normaalikoulun'))} lukio",
            end_year - years,
        )
        extra["trust"] = rng.sample(FI_TRUST, 1)
        languages = list(FI_LANGUAGES[: rng.randint(3, 4)])
        skills = rng.sample(pool.skills, rng.randint(5, 7))
    return Candidate(
        style=style,
        name=name,
        label=label,
        email=email,
        phone=phone,
        url=None,
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
    form = options.get("dates")
    location: dict[str, Any] = {
        "address": extra["street"],
        "postalCode": extra["postal"],
        "city": person.city,
        "countryCode": COUNTRY.get(style),
    }
    if style in ("pdf-malawian-cv", "pdf-guatemalan-cv"):
        location["postalCode"] = None
    label = person.label
    if style in ("pdf-kickresume-export", "docx-finnish-cv-word") and not options["headline"]:
        label = None
    basics = drop_empty(
        {
            "name": person.name,
            "label": label,
            "email": person.email,
            "phone": person.phone,
            "summary": extra.get("summary"),
            "location": drop_empty(location),
            "profiles": profile_links(extra),
        }
    )
    precision = "year" if form == "years" else "month"
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
        item: dict[str, Any] = {"institution": d.institution, "studyType": d.study, "area": d.area}
        if style == "pdf-kickresume-export":
            item |= {"startDate": iso_month(d.start, "month"), "endDate": iso_month(d.end, "month")}
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        if style == "pdf-malawian-cv":
            item["score"] = extra["score"]
        education.append(drop_empty(item))
    if style == "pdf-malawian-cv":
        school, year = extra["msce"]
        education.append(
            {
                "institution": school,
                "studyType": "Malawi School Certificate of Education (MSCE)",
                "endDate": str(year),
            }
        )
    if style == "docx-finnish-cv-word":
        school, year = extra["lukio"]
        education.append({"institution": school, "studyType": "ylioppilas", "endDate": str(year)})
    if style == "pdf-guatemalan-cv":
        education.append(
            {
                "institution": extra["school"],
                "studyType": "Bachiller en Ciencias y Letras",
                "endDate": str(extra["school_year"]),
            }
        )
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
    if style == "pdf-guatemalan-cv":
        return _guatemalan(person, options), "pdf"
    if style == "pdf-malawian-cv":
        return _malawian(person, options), "pdf"
    if style == "pdf-kickresume-export":
        return _kickresume(person, options), "pdf"
    if style == "docx-finnish-cv-word":
        return _finnish_docx(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _gt_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        return f"{MESES[month[1] - 1].capitalize()} {month[0]}"

    if end is None:
        return f"{one(start)} a la fecha" if form == "numeric" else f"{one(start)} - Actualidad"
    return f"{one(start)} - {one(end)}"


def _guatemalan(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Currículum Vitae")
    x, width, key_w = 22.0, 166.0, 44.0
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
        need(22)
        y += 4
        pdf.set_fill_color(*accent)
        pdf.rect(x, y, width, 6.6, style="F")
        pdf.set_xy(x + 2, y + 0.6)
        pdf.set_font("Serif", "B", 10.5)
        pdf.set_text_color(255, 255, 255)
        pdf.cell(width - 4, 5.4, text.upper())
        pdf.set_text_color(0, 0, 0)
        y += 10

    def pair(key: str, value: str) -> None:
        nonlocal y
        pdf.set_xy(x + 2, y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(key_w, 5, f"{key}:")
        pdf.set_font("Serif", "", 9.5)
        pdf.multi_cell(width - key_w - 2, 5, value, align="L")
        y = pdf.get_y() + 0.6

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 16)
    pdf.set_text_color(*accent)
    pdf.cell(width, 8, "CURRÍCULUM VITAE", align="C")
    pdf.set_text_color(0, 0, 0)
    y += 12
    text_w = width - (36 if options["photo"] else 0)
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 14)
    pdf.multi_cell(text_w, 7, person.name.upper(), align="L")
    y = pdf.get_y()
    if person.label:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "I", 11)
        pdf.cell(text_w, 6, person.label)
        y += 7
    if options["photo"]:
        pdf.set_draw_color(120, 120, 120)
        pdf.rect(x + width - 30, 30, 30, 38)
        pdf.set_xy(x + width - 30, 47)
        pdf.set_font("Serif", "", 7)
        pdf.set_text_color(140, 140, 140)
        pdf.cell(30, 4, "Fotografía", align="C")
        pdf.set_text_color(0, 0, 0)
    y = max(y, 66.0) if options["photo"] else y + 2
    heading("Datos personales")
    day, month, year = extra["born"]
    pair("Fecha de nacimiento", f"{day} de {MESES[month - 1]} de {year}")
    pair("DPI", extra["dpi"])
    pair("Estado civil", extra["civil"])
    pair("Nacionalidad", extra["nationality"])
    pair("Dirección", f"{extra['street']}, {person.city}, Guatemala")
    pair("Celular", person.phone)
    pair("Correo electrónico", person.email)
    heading("Perfil profesional")
    pdf.set_xy(x + 2, y)
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(width - 2, 5, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("Formación académica")
    rows = [
        (f"{d.start[0]} - {d.end[0]}", d.institution, f"{d.study} en {d.area}")
        for d in person.degrees
    ]
    rows.append((str(extra["school_year"]), extra["school"], "Bachiller en Ciencias y Letras"))
    for span, school, title in rows:
        need(12)
        pdf.set_xy(x + 2, y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(34, 5, span)
        pdf.cell(width - 36, 5, title)
        pdf.set_xy(x + 36, y + 5)
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(width - 36, 5, school)
        y += 11.5
    heading("Experiencia laboral")
    for job in person.jobs:
        need(32)
        pair("Empresa", job.company)
        pair("Puesto", job.position)
        pair("Lugar", job.city)
        pair("Período", _gt_span(job.start, job.end, form))
        pdf.set_xy(x + 2, y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(key_w, 5, "Atribuciones:")
        y += 5.5
        for note in job.highlights:
            need(6)
            pdf.set_xy(x + 8, y)
            pdf.set_font("Serif", "", 9.3)
            pdf.cell(4, 4.8, "\u2022")
            pdf.multi_cell(width - 14, 4.8, note, align="L")
            y = pdf.get_y() + 0.4
        y += 3
    heading("Idiomas")
    for lang, level in person.languages:
        pair(lang, level)
    heading("Conocimientos en computación")
    for skill in person.skills:
        need(6)
        pdf.set_xy(x + 8, y)
        pdf.set_font("Serif", "", 9.3)
        pdf.cell(4, 4.8, "\u2022")
        pdf.cell(width - 14, 4.8, skill)
        y += 5
    heading("Referencias laborales")
    for ref, role, mobile in extra["references"]:
        need(12)
        pdf.set_xy(x + 2, y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(width - 2, 5, ref)
        pdf.set_xy(x + 2, y + 5)
        pdf.set_font("Serif", "", 9.3)
        pdf.cell(width - 2, 5, f"{role} \u2013 Tel. {mobile}")
        y += 11
    _check(y, 282, person)
    return bytes(pdf.output())


def _mw_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        return str(month[0]) if form == "years" else f"{MONTHS_EN[month[1] - 1]} {month[0]}"

    return f"{one(start)} \u2013 {'To date' if end is None else one(end)}"


def _malawian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV - {person.name}")
    x, width, key_w = 20.0, 170.0, 46.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 285)
        pdf.set_font("Serif", "", 8)
        pdf.cell(width, 4, f"Page {pdf.page_no()} of {{nb}}", align="C")
        y = 20.0

    def need(height: float) -> None:
        if y + height > 278:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 11)
        if options["boxes"]:
            pdf.set_fill_color(217, 217, 217)
            pdf.cell(width, 6.4, text, fill=True, border=1)
        else:
            pdf.cell(width, 6.4, text)
            pdf.set_line_width(0.5)
            pdf.line(x, y + 6.6, x + width, y + 6.6)
        y += 9.5

    def pair(key: str, value: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 10)
        pdf.cell(key_w, 5.2, key)
        pdf.cell(4, 5.2, ":")
        pdf.multi_cell(width - key_w - 4, 5.2, value, align="L")
        y = pdf.get_y() + 0.3

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 15)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    pdf.set_line_width(0.3)
    pdf.line(x + 55, y + 8.5, x + width - 55, y + 8.5)
    y += 12
    heading("PERSONAL DETAILS")
    pair("Name", person.name)
    pair("Date of Birth", extra["born"])
    pair("Sex", extra["sex"])
    pair("Marital Status", extra["marital"])
    pair("Nationality", "Malawian")
    pair("Home District", extra["district"])
    pair("Address", f"{extra['street']}, {person.city}, Malawi")
    pair("Cell", person.phone)
    pair("Email", person.email)
    heading("CAREER OBJECTIVE")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 10)
    pdf.multi_cell(width, 5.2, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("EDUCATIONAL BACKGROUND")
    for d in person.degrees:
        need(22)
        pair("Period", f"{d.start[0]} \u2013 {d.end[0]}")
        pair("Institution", d.institution)
        pair("Qualification", f"{d.study} in {d.area}")
        pair("Class", extra["score"])
        y += 2
    school, year = extra["msce"]
    pair("Year", str(year))
    pair("Institution", school)
    pair("Qualification", "Malawi School Certificate of Education (MSCE)")
    heading("WORK EXPERIENCE")
    for job in person.jobs:
        need(30)
        pair("Period", _mw_span(job.start, job.end, form))
        pair("Position", job.position)
        pair("Organisation", f"{job.company}, {job.city}")
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "BU", 10)
        pdf.cell(width, 5.2, "Duties and Responsibilities")
        y += 6
        for note in job.highlights:
            need(6)
            pdf.set_xy(x + 6, y)
            pdf.set_font("Serif", "", 10)
            pdf.cell(5, 5.2, "\u25b8")
            pdf.multi_cell(width - 11, 5.2, note, align="L")
            y = pdf.get_y() + 0.3
        y += 3
    heading("SKILLS")
    for skill in person.skills:
        need(6)
        pdf.set_xy(x + 6, y)
        pdf.set_font("Serif", "", 10)
        pdf.cell(5, 5.2, "\u2022")
        pdf.cell(width - 11, 5.2, skill)
        y += 5.5
    heading("LANGUAGES")
    for lang, level in person.languages:
        pair(lang, level)
    heading("REFEREES")
    for ref, role, org, mobile in extra["referees"]:
        need(24)
        for offset, text in enumerate((ref, role, org, f"Cell: {mobile}")):
            pdf.set_xy(x, y + 5 * offset)
            pdf.set_font("Serif", "B" if offset == 0 else "", 10)
            pdf.cell(width, 5, text)
        y += 23
    _check(y, 282, person)
    return bytes(pdf.output())


def _kr_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        return f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"

    return f"{one(start)} \u2013 {'present' if end is None else one(end)}"


def _kickresume(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} Resume")
    pdf.set_creator("Kickresume")
    side, sx = 72.0, 8.0
    sw = side - 2 * sx
    x, width = side + 10, 210 - side - 10 - 12
    ink, muted, light = (40, 40, 40), (110, 110, 110), (255, 255, 255)
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
    # sidebar: photo, contact, skills with bars, languages
    pdf.set_fill_color(230, 230, 230)
    pdf.ellipse(side / 2 - 17, 14, 34, 34, style="F")
    sy = 56.0

    def side_heading(text: str) -> None:
        nonlocal sy
        sy += 4
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(*light)
        pdf.cell(sw, 5, text)
        pdf.set_draw_color(*light)
        pdf.set_line_width(0.2)
        pdf.line(sx, sy + 6, sx + 12, sy + 6)
        sy += 9

    side_heading("Personal info")
    contact = (
        ("Phone", person.phone),
        ("E-mail", person.email),
        ("Address", f"{person.city}, {extra['postal']}, Ireland"),
        ("LinkedIn", extra["linkedin"].removeprefix("https://www.")),
    )
    for key, value in contact:
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 7.6)
        pdf.cell(sw, 4, key)
        pdf.set_xy(sx, sy + 4)
        pdf.set_font("Sans", "", 7.5)
        pdf.multi_cell(sw, 3.9, value, align="L")
        sy = pdf.get_y() + 2
    side_heading("Skills")
    for skill, level in zip(person.skills, extra["levels"], strict=False):
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "", 8)
        pdf.cell(sw, 4.2, skill)
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(sx, sy + 4.8, sw, 1.3, style="D")
        pdf.rect(sx, sy + 4.8, sw * level / 5, 1.3, style="F")
        sy += 8.6
    side_heading("Languages")
    for lang, level in person.languages:
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "", 8)
        pdf.cell(sw, 4.2, lang)
        pdf.set_xy(sx, sy + 4.2)
        pdf.set_font("Sans", "I", 7.6)
        pdf.cell(sw, 4, level)
        sy += 9.5
    _check(sy, 288, person)
    pdf.set_text_color(*ink)

    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 22)
    pdf.multi_cell(width, 10, person.name, align="L")
    y = pdf.get_y() + 1
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 12)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, person.label or "")
        pdf.set_text_color(*ink)
        y += 8
    y += 2

    def heading(text: str) -> None:
        nonlocal y
        need(24)
        y += 3
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 12)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.6)
        pdf.line(x, y + 7, x + 14, y + 7)
        pdf.set_text_color(*ink)
        y += 10

    def entry(title: str, org: str, when: str, notes: list[str]) -> None:
        nonlocal y
        need(20)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.8)
        pdf.multi_cell(width, 5, title, align="L")
        y = pdf.get_y()
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.8)
        pdf.set_text_color(*accent)
        pdf.cell(width, 4.6, org)
        pdf.set_xy(x, y + 4.6)
        pdf.set_font("Sans", "I", 8.2)
        pdf.set_text_color(*muted)
        pdf.cell(width, 4.4, when)
        pdf.set_text_color(*ink)
        y += 10
        for note in notes:
            need(6)
            pdf.set_xy(x + 1.5, y)
            pdf.set_font("Sans", "", 8.6)
            pdf.cell(3.5, 4.4, "\u2022")
            pdf.multi_cell(width - 5, 4.4, note, align="L")
            y = pdf.get_y() + 0.4
        y += 3

    def work() -> None:
        heading("Work experience")
        for job in person.jobs:
            entry(
                job.position,
                f"{job.company}, {job.city}",
                _kr_span(job.start, job.end, form),
                job.highlights,
            )

    def education() -> None:
        heading("Education")
        for d in person.degrees:
            entry(
                f"{d.study} in {d.area}",
                d.institution,
                _kr_span(d.start, d.end, "numeric"),
                [],
            )

    heading("Profile")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 8.8)
    pdf.multi_cell(width, 4.6, extra["summary"], align="L")
    y = pdf.get_y() + 1
    parts = (work, education) if options["order"] == "work-first" else (education, work)
    for part in parts:
        part()
    heading("Certificates")
    for cert, year in extra["certificates"]:
        need(10)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "I", 8.2)
        pdf.set_text_color(*muted)
        pdf.cell(width, 4.4, year)
        pdf.set_text_color(*ink)
        pdf.set_xy(x, y + 4.4)
        pdf.set_font("Sans", "B", 9)
        pdf.multi_cell(width, 4.6, cert, align="L")
        y = pdf.get_y() + 2
    heading("Interests")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 8.8)
    pdf.cell(width, 4.6, ", ".join(extra["interests"]))
    y += 6
    _check(y, 288, person)
    return bytes(pdf.output())


def _fi_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]}/{month[0]}"
        if form == "years":
            return str(month[0])
        return f"{KUUKAUDET[month[1] - 1]} {month[0]}"

    if end is None:
        return f"{one(start)} \u2013 nykyhetki" if form != "years" else f"{one(start)} \u2013"
    return f"{one(start)} \u2013 {one(end)}"


def _finnish_docx(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    form, extra = options["dates"], person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = person.name
    properties.revision = 3
    properties.title = "Ansioluettelo"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)
    document.styles["Normal"].paragraph_format.space_after = Pt(0)
    indent = Cm(4.5)

    header = section.header.paragraphs[0]
    header.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    header.add_run(f"{person.name}\tANSIOLUETTELO").font.size = Pt(9)

    title = document.add_paragraph()
    run = title.add_run(person.name)
    run.bold, run.font.size = True, Pt(20)
    if options["headline"] and person.label:
        line = document.add_paragraph()
        run = line.add_run(person.label)
        run.font.size, run.font.color.rgb = Pt(13), RGBColor(0x59, 0x59, 0x59)
    document.add_paragraph()

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.space_after = Pt(6)
        run = paragraph.add_run(text.upper())
        run.bold = True
        run.font.size = Pt(12)
        run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    def row(left: str, right: str, *, bold: bool = False) -> Any:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(indent)
        paragraph.paragraph_format.left_indent = indent
        paragraph.paragraph_format.first_line_indent = -indent
        paragraph.add_run(f"{left}\t")
        run = paragraph.add_run(right)
        run.bold = bold
        return paragraph

    heading("Henkilötiedot")
    row("Osoite", f"{extra['street']}, {extra['postal']} {person.city}")
    row("Puhelin", person.phone)
    row("Sähköposti", person.email)
    row("LinkedIn", extra["linkedin"].removeprefix("https://www."))
    row("Syntymäaika", extra["born"])
    heading("Profiili")
    document.add_paragraph(extra["summary"])
    heading("Työkokemus")
    for job in person.jobs:
        paragraph = row(_fi_span(job.start, job.end, form), job.position, bold=True)
        paragraph.paragraph_format.space_before = Pt(6)
        row("", f"{job.company}, {job.city}")
        for note in job.highlights:
            bullet = document.add_paragraph(note, style="List Bullet")
            bullet.paragraph_format.left_indent = indent + Cm(0.6)
    heading("Koulutus")
    for d in person.degrees:
        row(f"{d.start[0]} \u2013 {d.end[0]}", f"{d.study}, {d.area}", bold=True)
        row("", d.institution)
    school, year = extra["lukio"]
    row(str(year), "ylioppilas", bold=True).paragraph_format.space_before = Pt(6)
    row("", school)
    heading("Kielitaito")
    for lang, level in person.languages:
        row(lang, level)
    heading("Tietotekniset taidot")
    document.add_paragraph(", ".join(person.skills))
    heading("Luottamustehtävät")
    for item in extra["trust"]:
        document.add_paragraph(item)
    heading("Harrastukset")
    document.add_paragraph(FI_HOBBIES)
    heading("Suosittelijat")
    document.add_paragraph("Suosittelijoiden yhteystiedot annetaan pyydettäessä.")
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())

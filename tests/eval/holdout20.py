"""Twentieth held-out round ("holdout-20"): four more layouts, written blind (without reading
the parser) and meant to be measured once, untuned.

* ``pdf-portuguese-cv`` — a Portuguese (Portugal) "Curriculum Vitae" on A4 in DejaVu Sans: the
  name large with an empty photo frame on the right, a "Dados Pessoais" block of label rows
  ("Morada: Rua ..., 4000-447 Porto", "Telemóvel", "Email", "Data de nascimento",
  "Nacionalidade: Portuguesa", "Carta de condução"), "Perfil" (the summary), "Experiência
  Profissional" with the period in a left column ("set. 2019 \u2013 presente" in lower-case
  Portuguese month abbreviations, or "09/2019 \u2013 atual"; one form per document), the
  position in bold, "Employer, City" in italics and bullets; "Formação Académica" (years on
  the left, "Licenciatura em ..." in bold, the school below), "Línguas" ("Inglês \u2013 C1
  (utilizador avançado)") and "Competências Informáticas" (two columns, one skill each). A footer
  repeats the name and "Página 1 de 1".
* ``pdf-philippine-resume`` — a Philippine resume on Letter paper in Helvetica, two pages with
  "Page 1 of 2" footers: the name in bold capitals, the address with barangay, city,
  province and ZIP code, "Mobile No." and "E-mail"; "OBJECTIVE" (the summary), "WORK
  EXPERIENCE" (the position in bold with the period on the right \u2014 "June 2019 \u2013
  Present" or "Jun. 2019 - Present", one form per document \u2014 the company and city below,
  bullets), "EDUCATIONAL BACKGROUND" ("Tertiary:" with "Bachelor of Science in ..." and the
  years), "SKILLS", "PERSONAL INFORMATION" (date and place of birth, civil status,
  religion, "Citizenship: Filipino", "Languages Spoken: English, Filipino, ..."), three
  "CHARACTER REFERENCES" (other people at other companies, not part of the history) and a
  signed certification line.
* ``pdf-altacv`` — an AltaCV-like two-column LaTeX resume on A4 in DejaVu Sans: the name large,
  a tagline in the accent colour, a contact line with symbol icons (envelope, phone, pin,
  house for the personal web site, LinkedIn and GitHub addresses without the scheme); the
  main column has "Experience" (the position large, the employer in the accent colour, an
  icon line with the period \u2014 "Mar 2020 \u2013 Ongoing" or "03.2020 \u2013 today", one
  form per document \u2014 and the city, then bullets) and "Education" (the same form, month
  dates); the right column is a tinted panel with "My Life Philosophy" (a quotation, not a
  summary), "Strengths" (boxed tags, one skill each) and "Languages" (the language with a
  level word and a dot rating). The location is a city and a country.
* ``pdf-gulf-cv`` — a UAE expatriate CV on A4 in Helvetica: a dark band with the name in white
  capitals and the headline, a contact line ("Flat ..., Area, Dubai, UAE | +971 ... |
  e-mail"); "Professional Summary", "Core Competencies" (a three-column grid), "Professional
  Experience" (the employer and "City, UAE" in bold with the period on the right \u2014 "Jan
  2020 \u2013 Till date" or "01/2020 \u2013 To date" \u2014 then "Designation:" and "Key
  Responsibilities:" with bullets; the oldest post may be in India), "Education" ("B.Com in
  ..." with the school and the year of completion only), "Certifications", "Personal
  Details" (nationality, date of birth, "Visa Status: Employment Visa (Transferable)",
  driving licence, "Languages Known: English, Hindi, ...") and a "Declaration" with place
  and date.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

from __future__ import annotations

import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout15 import _letter_pdf as _letter_core
from tests.eval.holdout17 import _chain, _check
from tests.eval.holdout19 import _core_pdf
from tests.eval.people import ascii_slug
from tests.eval.render import drop_empty, iso_month, profile_links

HOLDOUT_TAG = "holdout-20"
GENERATOR = "tests/eval/holdout20.py"
SEED = 5_207_906

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-portuguese-cv", 3),
    ("pdf-philippine-resume", 3),
    ("pdf-altacv", 3),
    ("pdf-gulf-cv", 3),
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
MESES_PT = (
    "jan.",
    "fev.",
    "mar.",
    "abr.",
    "mai.",
    "jun.",
    "jul.",
    "ago.",
    "set.",
    "out.",
    "nov.",
    "dez.",
)

POOLS: dict[str, Pool] = {
    "pdf-portuguese-cv": Pool(
        first=("Gonçalo", "Rui", "Matilde", "Constança", "Henrique"),
        last=("Loureiro Antunes", "Brandão Teixeira", "Moura Calado", "Esteves Valadares"),
        cities=(
            ("Porto", None, "4000-447", "Rua de Santa Catarina, 312, 2.º Esq."),
            ("Braga", None, "4710-228", "Avenida da Liberdade, 45, 3.º Dto."),
            ("Coimbra", None, "3000-150", "Rua Ferreira Borges, 87, 1.º"),
        ),
        employers=(
            "Têxteis Ribadouro, S.A.",
            "Minhotec Automação, Lda.",
            "Construções Mondego, S.A.",
            "Lusoverde Embalagens, Lda.",
        ),
        titles=(
            "Engenheiro de Processo",
            "Técnico de Qualidade",
            "Responsável de Produção",
            "Engenheiro de Melhoria Contínua",
        ),
        highlights=(
            "Implementação de metodologias Lean e 5S na linha de acabamentos",
            "Redução de 22% no desperdício de matéria-prima",
            "Coordenação de uma equipa de 12 operadores em regime de turnos",
            "Gestão das auditorias de certificação ISO 9001:2015",
            "Elaboração de instruções de trabalho e planos de controlo",
            "Acompanhamento de fornecedores e tratamento de reclamações",
            "Introdução de indicadores de desempenho (OEE) no chão de fábrica",
            "Participação no projeto Portugal 2020 de modernização industrial",
        ),
        skills=("AutoCAD", "SolidWorks", "SAP PP", "Microsoft Excel", "Minitab", "Primavera"),
        schools=(
            "Universidade do Porto \u2013 Faculdade de Engenharia",
            "Universidade do Minho",
            "Universidade de Coimbra",
        ),
        degrees=(
            ("Mestrado Integrado", "Engenharia Mecânica"),
            ("Licenciatura", "Engenharia e Gestão Industrial"),
            ("Mestrado", "Engenharia Química"),
        ),
    ),
    "pdf-philippine-resume": Pool(
        first=("Rhea Mae", "Jonnel", "Kristine Joy", "Aldrin", "Jhoanna"),
        last=("Buenaventura", "Magbanua", "Sumalinog", "Dela Peña"),
        cities=(
            ("Cainta", "Rizal", "1900", "Blk 12 Lot 8, Mabini St., Brgy. San Isidro"),
            ("Bacoor", "Cavite", "4102", "Phase 2, Blk 4 Lot 17, Brgy. Molino III"),
            ("Mandaue City", "Cebu", "6014", "123 A. Soriano Ave., Brgy. Centro"),
        ),
        employers=(
            "Kalayaan Shared Services, Inc.",
            "Luzon Allied Distributors, Inc.",
            "Visayan Harbor Foods Corporation",
            "Bayanihan Rural Bank, Inc.",
        ),
        titles=(
            "Accounts Payable Associate",
            "Billing and Collection Officer",
            "Junior Accountant",
            "Bookkeeper",
        ),
        highlights=(
            "Processed an average of 350 supplier invoices per week",
            "Prepared monthly bank reconciliations for 9 accounts",
            "Handled the billing of corporate clients and followed up overdue accounts",
            "Prepared BIR forms 2307 and 1601-EQ for filing",
            "Encoded journal entries and maintained the general ledger in QuickBooks",
            "Assisted the external auditors during the annual audit",
            "Reduced the month-end closing from 7 to 5 working days",
            "Trained two new hires on the accounts payable process",
        ),
        skills=(
            "MS Excel (VLOOKUP, Pivot Tables)",
            "QuickBooks",
            "SAP Business One",
            "Xero",
            "Bank reconciliation",
            "Good communication skills",
        ),
        schools=(
            "Polytechnic University of the Philippines",
            "University of San Carlos",
            "Cavite State University",
        ),
        degrees=(
            ("Bachelor of Science", "Accountancy"),
            ("Bachelor of Science", "Business Administration major in Financial Management"),
            ("Bachelor of Science", "Accounting Information System"),
        ),
    ),
    "pdf-altacv": Pool(
        first=("Eleftheria", "Despoina", "Vasiliki", "Chrysanthi"),
        last=("Karamanli", "Tsoukala", "Mavridou", "Lazaridou"),
        cities=(
            ("Athens", None, None, ""),
            ("Thessaloniki", None, None, ""),
            ("Patras", None, None, ""),
        ),
        employers=(
            "Aegean Analytics S.A.",
            "Kyklos Logistics P.C.",
            "Hellenic Payments Lab",
            "Olympia Mobility",
        ),
        titles=(
            "Senior UX Researcher",
            "UX Researcher",
            "Product Designer",
            "Interaction Designer",
        ),
        highlights=(
            "Ran 40+ moderated usability sessions for the merchant dashboard",
            "Set up the research repository in Dovetail for three product teams",
            "Redesigned the onboarding flow, lifting activation by 17%",
            "Introduced a quarterly benchmark study based on SUS scores",
            "Mentored two junior designers through their first year",
            "Built the first accessible component library in Figma",
            "Led diary studies with couriers across four cities",
            "Co-organised the Athens UX Book Club meetups",
        ),
        skills=(
            "User interviews",
            "Usability testing",
            "Figma",
            "Survey design",
            "Journey mapping",
            "Accessibility (WCAG 2.1)",
            "Prototyping",
        ),
        schools=(
            "Athens University of Economics and Business",
            "Aristotle University of Thessaloniki",
            "University of Patras",
        ),
        degrees=(
            ("MSc", "Human-Computer Interaction"),
            ("BSc", "Informatics"),
            ("BA", "Psychology"),
        ),
    ),
    "pdf-gulf-cv": Pool(
        first=("Sreejith", "Anjali", "Shameer", "Aswathy", "Nidhin"),
        last=("Kunnath", "Puthenveettil", "Valiyaparambil", "Chathoth"),
        cities=(
            ("Dubai", None, None, "Flat 304, Al Qusais 1"),
            ("Sharjah", None, None, "Flat 1207, Al Taawun"),
            ("Dubai", None, None, "Villa 22, Al Nahda 2"),
        ),
        employers=(
            "Al Wasl Oilfield Supplies LLC",
            "Gulf Crest Facilities Management LLC",
            "Sharjah Precast Industries LLC",
            "Emirates Hydraulic Trading LLC",
        ),
        titles=(
            "Senior Procurement Officer",
            "Procurement Officer",
            "Purchase Executive",
            "Store Keeper",
        ),
        highlights=(
            "Sourcing of MRO materials from local and international vendors",
            "Preparation of purchase orders and comparative statements in SAP MM",
            "Negotiated annual rate contracts saving AED 420,000",
            "Vendor registration and pre-qualification as per company policy",
            "Coordination with clearing agents for shipments through Jebel Ali Port",
            "Monthly stock reconciliation and inventory reports",
            "Follow-up of pending deliveries with suppliers and site teams",
            "Maintained ISO 9001 documentation for the procurement department",
        ),
        skills=(
            "Strategic Sourcing",
            "Vendor Management",
            "SAP MM",
            "Contract Negotiation",
            "Inventory Control",
            "Logistics Coordination",
            "MS Excel",
            "Oracle Procurement",
            "Cost Reduction",
        ),
        schools=(
            "University of Calicut",
            "Cochin University of Science and Technology",
            "Mahatma Gandhi University",
        ),
        degrees=(
            ("B.Com", "Accounting & Finance"),
            ("B.Tech", "Mechanical Engineering"),
            ("MBA", "Logistics & Supply Chain Management"),
        ),
    ),
}

PT_LANGUAGES = (
    ("Português", "língua materna"),
    ("Inglês", "C1 (utilizador avançado)"),
    ("Espanhol", "B1 (utilizador independente)"),
    ("Francês", "A2 (utilizador elementar)"),
)
PT_SUMMARY = (
    "Engenheiro com experiência em ambiente industrial, focado na melhoria contínua, na "
    "qualidade e na gestão de equipas de produção. Procuro novos desafios numa empresa "
    "com projetos de modernização."
)
PH_CITIES = ("Makati City", "Pasig City", "Taguig City", "Cebu City", "Quezon City")
PH_SUMMARY = (
    "To obtain a challenging position in accounting and finance where I can apply my "
    "knowledge and experience and grow professionally with the company."
)
PH_LANGUAGES = ("English", "Filipino", "Cebuano", "Ilocano")
PH_REFERENCES = (
    ("Ms. Corazon L. Ilagan", "Finance Manager", "Tagaytay Ridge Holdings, Inc.", "0917 555 0142"),
    ("Mr. Ramil P. Ocampo", "Senior Auditor", "Navarro Ocampo & Co., CPAs", "0928 555 0176"),
    ("Engr. Liza M. Cabrera", "Operations Head", "Pampanga Agri Ventures Corp.", "0999 555 0113"),
    ("Atty. Noel D. Saldaña", "Corporate Counsel", "Mindoro Power Cooperative", "0905 555 0188"),
)
PH_RELIGIONS = ("Roman Catholic", "Iglesia ni Cristo", "Born Again Christian")
GR_LANGUAGES = (("Greek", "Native"), ("English", "Proficient (C2)"), ("German", "Good (B2)"))
GR_DOTS = {"Native": 5, "Proficient (C2)": 5, "Good (B2)": 3}
GR_QUOTES = (
    "\u201cDesign is not just what it looks like and feels like. Design is how it works.\u201d",
    "\u201cThe details are not the details. They make the design.\u201d",
)
GR_LABELS = ("UX Researcher & Product Designer", "Human-centred design \u00b7 Research \u00b7 Data")
GULF_LABELS = {
    "Senior Procurement Officer": "Procurement Professional | 9+ Years GCC Experience",
    "Procurement Officer": "Procurement & Supply Chain Professional",
    "Purchase Executive": "Purchasing & Supply Chain Professional",
    "Store Keeper": "Stores & Inventory Professional",
}
GULF_SUMMARY = (
    "Result-oriented procurement professional with extensive experience in the UAE in "
    "sourcing, vendor development and inventory control for oil & gas, construction and "
    "facilities management companies. Proven record of cost savings and on-time deliveries."
)
GULF_CERTS = (
    ("CIPS Level 4 Diploma in Procurement and Supply", "CIPS"),
    ("Certified Supply Chain Professional (CSCP)", "ASCM"),
    ("SAP MM End User Training", "Emirates Institute of Technology"),
)
IN_EMPLOYERS = (
    "Malabar Engineering Works Pvt. Ltd.",
    "Western Coast Pumps & Valves Pvt. Ltd.",
    "Periyar Industrial Supplies Pvt. Ltd.",
)
GULF_LANGUAGES = (("English", ""), ("Hindi", ""), ("Malayalam", ""), ("Arabic", "Basic"))


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-portuguese-cv":
        return {
            "dates": rng.choice(("abbr", "numeric")),
            "accent": rng.choice(((20, 90, 60), (30, 60, 120))),
        }
    if style == "pdf-philippine-resume":
        return {"dates": rng.choice(("long", "short"))}
    if style == "pdf-altacv":
        return {
            "dates": rng.choice(("mon", "dotted")),
            "accent": rng.choice(((140, 20, 80), (0, 110, 130), (60, 80, 160))),
        }
    if style == "pdf-gulf-cv":
        return {
            "dates": rng.choice(("short", "numeric")),
            "band": rng.choice(((25, 45, 70), (60, 40, 30))),
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
    jobs = _chain(rng, pool, rng.choice((2, 3)), rng.random() < 0.7)
    oldest = jobs[-1].start
    end_year = oldest[0] - rng.randint(0, 1)
    if style == "pdf-portuguese-cv":
        phone = f"+351 9{rng.choice((1, 2, 3, 6))}{rng.randint(1, 9)} {rng.randint(100, 999)} "
        phone += f"{rng.randint(100, 999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'sapo.pt', 'outlook.pt'))}"
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 23}"
        extra["summary"] = PT_SUMMARY
        female = name.split()[0] in ("Matilde", "Constança")
        for job in jobs:
            job.city = rng.choice(("Porto", "Braga", "Guimarães", "Aveiro", "Coimbra"))
            if female:
                job.position = job.position.replace("eiro", "eira").replace("Técnico", "Técnica")
        if female:
            summary = PT_SUMMARY.replace("Engenheiro", "Engenheira")
            extra["summary"] = summary.replace("focado", "focada")
        idx = rng.randrange(len(pool.degrees))
        study, area = pool.degrees[idx]
        length = 5 if study == "Mestrado Integrado" else 3
        degrees = [Degree(pool.schools[idx], study, area, (end_year - length, 9), (end_year, 7))]
        if study == "Mestrado":
            other = rng.choice([s for s in pool.schools if s != pool.schools[idx]])
            lic = end_year - 2
            degrees.append(
                Degree(other, "Licenciatura", "Engenharia Química", (lic - 3, 9), (lic, 7))
            )
        languages = [PT_LANGUAGES[0], *PT_LANGUAGES[1 : rng.randint(2, 4)]]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-philippine-resume":
        phone = f"0{rng.choice(('917', '918', '927', '995'))} {rng.randint(100, 999)} "
        phone += f"{rng.randint(1000, 9999)}"
        email = f"{first}{last}{rng.randint(90, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        female = name.split()[0] in ("Rhea", "Kristine", "Jhoanna")
        born = end_year - 21
        extra["born"] = f"{MONTHS_EN[rng.randint(0, 11)]} {rng.randint(1, 28)}, {born}"
        extra["birthplace"] = rng.choice(("Iloilo City", "Naga City", "Tacloban City"))
        extra["sex"] = "Female" if female else "Male"
        extra["civil"] = rng.choice(("Single", "Married"))
        extra["religion"] = rng.choice(PH_RELIGIONS)
        extra["summary"] = PH_SUMMARY
        extra["references"] = rng.sample(PH_REFERENCES, 3)
        for job in jobs:
            job.city = rng.choice(PH_CITIES)
        idx = rng.randrange(len(pool.degrees))
        study, area = pool.degrees[idx]
        degrees = [Degree(pool.schools[idx], study, area, (end_year - 4, 6), (end_year, 4))]
        languages = [(lang, "") for lang in PH_LANGUAGES[: rng.randint(2, 4)]]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-altacv":
        phone = f"+30 69{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        email = f"{first[0]}.{last}@{rng.choice(('gmail.com', 'protonmail.com'))}"
        label = rng.choice(GR_LABELS)
        url = f"https://{last}.design"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        extra["github"] = f"https://github.com/{first[:3]}{last}"
        extra["quote"] = rng.choice(GR_QUOTES)
        for job in jobs:
            job.city = rng.choice(("Athens", "Thessaloniki", "Heraklion", "Patras"))
        idx = rng.randrange(len(pool.degrees))
        study, area = pool.degrees[idx]
        length = 2 if study == "MSc" else 4
        degrees = [Degree(pool.schools[idx], study, area, (end_year - length, 10), (end_year, 6))]
        if study == "MSc":
            other = rng.choice([s for s in pool.schools if s != pool.schools[idx]])
            bsc = end_year - 2
            degrees.append(Degree(other, "BA", "Psychology", (bsc - 4, 10), (bsc, 6)))
        languages = list(GR_LANGUAGES[: rng.randint(2, 3)])
        skills = rng.sample(pool.skills, rng.randint(5, 7))
    else:
        phone = (
            f"+971 5{rng.choice((0, 2, 5, 6))} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        )
        email = f"{first}.{last}{rng.randint(80, 92)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        label = GULF_LABELS[jobs[0].position]
        extra["summary"] = GULF_SUMMARY
        for job in jobs:
            job.city = rng.choice(("Dubai, UAE", "Sharjah, UAE", "Abu Dhabi, UAE"))
        if rng.random() < 0.6:
            jobs[-1].city = rng.choice(("Kochi, India", "Mumbai, India"))
            jobs[-1].company = rng.choice(IN_EMPLOYERS)
        born = end_year - 22
        extra["born"] = f"{rng.randint(1, 28):02d}-{MONTHS_EN[rng.randint(0, 11)][:3]}-{born}"
        extra["marital"] = rng.choice(("Married", "Single"))
        extra["visa"] = rng.choice(("Employment Visa (Transferable)", "Residence Visa (Own)"))
        certs = rng.sample(GULF_CERTS, rng.randint(1, 2))
        extra["certificates"] = [(n, i, str(rng.randint(end_year + 3, 2025))) for n, i in certs]
        idx = rng.randrange(len(pool.degrees))
        study, area = pool.degrees[idx]
        degrees = [Degree(pool.schools[idx], study, area, (end_year - 3, 6), (end_year, 4))]
        languages = list(GULF_LANGUAGES[: rng.randint(2, 4)])
        skills = rng.sample(pool.skills, rng.choice((6, 9)))
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
    location: dict[str, Any] = {
        "address": extra["street"],
        "postalCode": extra["postal"],
        "city": person.city,
        "region": person.region,
    }
    if style == "pdf-altacv":
        location["countryCode"] = "GR"
    elif style == "pdf-gulf-cv":
        location["countryCode"] = "AE"
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
        if style == "pdf-altacv":
            item |= {"startDate": iso_month(d.start, "month"), "endDate": iso_month(d.end, "month")}
        elif style == "pdf-gulf-cv":
            item["endDate"] = str(d.end[0])
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        education.append(drop_empty(item))
    certificates = [
        {"name": name, "issuer": issuer, "date": year}
        for name, issuer, year in extra.get("certificates", [])
    ]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "certificates": certificates,
            "skills": [{"name": skill} for skill in person.skills],
            "languages": languages,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-portuguese-cv":
        return _portuguese(person, options), "pdf"
    if style == "pdf-philippine-resume":
        return _philippine(person, options), "pdf"
    if style == "pdf-altacv":
        return _altacv(person, options), "pdf"
    if style == "pdf-gulf-cv":
        return _gulf(person, options), "pdf"
    raise ValueError(f"unknown style {style}")


def _pt_month(month: Month | None, form: str) -> str:
    if form == "abbr":
        return "presente" if month is None else f"{MESES_PT[month[1] - 1]} {month[0]}"
    return "atual" if month is None else f"{month[1]:02d}/{month[0]}"


def _portuguese(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    pdf.add_page()
    x, width, gutter = 18.0, 174.0, 40.0
    ink = (35, 35, 35)
    pdf.set_xy(x, 16)
    pdf.set_font("Sans", "", 9)
    pdf.set_text_color(*accent)
    pdf.cell(120, 5, "CURRICULUM VITAE")
    pdf.set_xy(x, 22)
    pdf.set_font("Sans", "B", 20)
    pdf.set_text_color(*ink)
    pdf.cell(130, 10, person.name)
    pdf.set_draw_color(150, 150, 150)
    pdf.set_line_width(0.3)
    pdf.rect(x + width - 28, 14, 28, 34)
    pdf.set_xy(x + width - 28, 29)
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(160, 160, 160)
    pdf.cell(28, 4, "fotografia", align="C")
    y = 36.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.4)
        pdf.line(x, y + 6.5, x + (width - 32 if y < 50 else width), y + 6.5)
        pdf.set_text_color(*ink)
        y += 9

    def row(key: str, value: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 8.8)
        pdf.cell(gutter, 4.8, key)
        pdf.set_font("Sans", "", 8.8)
        pdf.cell(width - gutter - 32, 4.8, value)
        y += 4.9

    heading("Dados Pessoais")
    for key, value in (
        ("Morada", f"{extra['street']}, {extra['postal']} {person.city}"),
        ("Telemóvel", person.phone),
        ("Email", person.email),
        ("Data de nascimento", extra["born"]),
        ("Nacionalidade", "Portuguesa"),
        ("Carta de condução", "Categoria B"),
    ):
        row(key, value)
    y += 3
    heading("Perfil")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 8.8)
    pdf.multi_cell(width, 4.6, extra["summary"], align="J")
    y = pdf.get_y() + 3
    heading("Experiência Profissional")
    for job in person.jobs:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.3)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(gutter, 5, f"{_pt_month(job.start, form)} \u2013 {_pt_month(job.end, form)}")
        pdf.set_text_color(*ink)
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(width - gutter, 5, job.position)
        pdf.set_xy(x + gutter, y + 5)
        pdf.set_font("Sans", "I", 8.8)
        pdf.cell(width - gutter, 5, f"{job.company}, {job.city}")
        y += 10.5
        pdf.set_font("Sans", "", 8.6)
        for note in job.highlights:
            pdf.set_xy(x + gutter, y)
            pdf.cell(4, 4.5, "\u2013")
            pdf.multi_cell(width - gutter - 4, 4.5, note, align="L")
            y = pdf.get_y() + 0.3
        y += 2.5
    heading("Formação Académica")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.3)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(gutter, 5, f"{d.start[0]} \u2013 {d.end[0]}")
        pdf.set_text_color(*ink)
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(width - gutter, 5, f"{d.study} em {d.area}")
        pdf.set_xy(x + gutter, y + 5)
        pdf.set_font("Sans", "", 8.8)
        pdf.cell(width - gutter, 5, d.institution)
        y += 12
    heading("Línguas")
    pdf.set_font("Sans", "", 8.8)
    for lang, level in person.languages:
        pdf.set_xy(x, y)
        pdf.cell(width, 4.8, f"{lang} \u2013 {level}")
        y += 4.9
    y += 3
    heading("Competências Informáticas")
    pdf.set_font("Sans", "", 8.8)
    half = (len(person.skills) + 1) // 2
    for i, skill in enumerate(person.skills):
        col, line = divmod(i, half)
        pdf.set_xy(x + 2 + col * 70, y + line * 4.9)
        pdf.cell(4, 4.8, "\u25aa")
        pdf.cell(62, 4.8, skill)
    y += half * 4.9
    _check(y, 280, person)
    pdf.set_draw_color(180, 180, 180)
    pdf.set_line_width(0.2)
    pdf.line(x, 284, x + width, 284)
    pdf.set_xy(x, 285.5)
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(width / 2, 4, f"{person.name} \u2013 Curriculum Vitae")
    pdf.cell(width / 2, 4, "Página 1 de 1", align="R")
    return bytes(pdf.output())


def _ph_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Present"
    name = MONTHS_EN[month[1] - 1]
    if form == "short" and len(name) > 4:
        name = f"{name[:3]}."
    return f"{name} {month[0]}"


def _philippine(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _letter_core()
    pdf.set_title("RESUME")
    x, width = 22.0, 171.9
    size = 10.5
    page = 0
    y = 0.0

    def new_page() -> None:
        nonlocal y, page
        pdf.add_page()
        page += 1
        pdf.set_xy(x, 266)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(width, 4, f"Page {page} of {{nb}}", align="R")
        pdf.set_text_color(0, 0, 0)
        y = 20.0

    def need(height: float) -> None:
        if y + height > 258:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(18)
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", size + 0.5)
        pdf.cell(width, 6, text)
        pdf.set_line_width(0.5)
        pdf.line(x, y + 6.3, x + width, y + 6.3)
        y += 9

    def bullet(text: str, indent: float) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x + indent, y)
        pdf.set_font("Helvetica", "", size)
        pdf.cell(5, 5.2, "\u2022")
        pdf.multi_cell(width - indent - 5, 5.2, text, align="L")
        y = pdf.get_y() + 0.2

    def row(key: str, value: str, gutter: float = 42.0) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x + 4, y)
        pdf.set_font("Helvetica", "", size)
        pdf.cell(gutter, 5.3, key)
        pdf.cell(4, 5.3, ":")
        pdf.cell(width - gutter - 8, 5.3, value)
        y += 5.4

    new_page()
    pdf.set_xy(x, 20)
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(width, 8, person.name.upper())
    pdf.set_font("Helvetica", "", size)
    lines = (
        f"{extra['street']}, {person.city}, {person.region} {extra['postal']}",
        f"Mobile No.: {person.phone}",
        f"E-mail: {person.email}",
    )
    for i, text in enumerate(lines):
        pdf.set_xy(x, 30 + i * 5.2)
        pdf.cell(width, 5.2, text)
    y = 50.0
    heading("OBJECTIVE")
    pdf.set_xy(x + 4, y)
    pdf.set_font("Helvetica", "", size)
    pdf.multi_cell(width - 4, 5.2, extra["summary"], align="J")
    y = pdf.get_y() + 5
    heading("WORK EXPERIENCE")
    for job in person.jobs:
        need(26)
        pdf.set_xy(x + 4, y)
        pdf.set_font("Helvetica", "B", size)
        pdf.cell(width - 64, 5.3, job.position)
        pdf.set_font("Helvetica", "", size)
        joiner = " \u2013 " if form == "long" else " - "
        span = f"{_ph_month(job.start, form)}{joiner}{_ph_month(job.end, form)}"
        pdf.cell(60, 5.3, span, align="R")
        pdf.set_xy(x + 4, y + 5.3)
        pdf.cell(width - 4, 5.3, f"{job.company}, {job.city}")
        y += 11.5
        for note in job.highlights:
            bullet(note, 8)
        y += 4
    heading("EDUCATIONAL BACKGROUND")
    for d in person.degrees:
        need(18)
        pdf.set_xy(x + 4, y)
        pdf.set_font("Helvetica", "B", size)
        pdf.cell(26, 5.3, "Tertiary:")
        pdf.multi_cell(width - 30, 5.3, f"{d.study} in {d.area}", align="L")
        y = pdf.get_y()
        pdf.set_font("Helvetica", "", size)
        pdf.set_xy(x + 30, y)
        pdf.cell(width - 30, 5.3, d.institution)
        pdf.set_xy(x + 30, y + 5.3)
        pdf.cell(width - 30, 5.3, f"{d.start[0]} \u2013 {d.end[0]}")
        y += 13
    heading("SKILLS")
    for skill in person.skills:
        bullet(skill, 4)
    y += 4
    heading("PERSONAL INFORMATION")
    for key, value in (
        ("Date of Birth", extra["born"]),
        ("Place of Birth", extra["birthplace"]),
        ("Sex", extra["sex"]),
        ("Civil Status", extra["civil"]),
        ("Religion", extra["religion"]),
        ("Citizenship", "Filipino"),
        ("Languages Spoken", ", ".join(lang for lang, _ in person.languages)),
    ):
        row(key, value)
    y += 5
    heading("CHARACTER REFERENCES")
    for ref_name, title, company, mobile in extra["references"]:
        need(17)
        for j, (text, style) in enumerate(
            ((ref_name, "B"), (f"{title}, {company}", ""), (f"Contact No.: {mobile}", ""))
        ):
            pdf.set_xy(x + 4, y + j * 5)
            pdf.set_font("Helvetica", style, size)
            pdf.cell(width - 4, 5, text)
        y += 17
    need(30)
    y += 3
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "I", size)
    pdf.multi_cell(
        width,
        5.2,
        "I hereby certify that the above information is true and correct to the best of "
        "my knowledge and belief.",
        align="L",
    )
    y = pdf.get_y() + 12
    pdf.set_xy(x + width - 70, y)
    pdf.set_font("Helvetica", "B", size)
    pdf.cell(70, 5, person.name.upper(), align="C")
    pdf.line(x + width - 70, y, x + width, y)
    pdf.set_xy(x + width - 70, y + 5)
    pdf.set_font("Helvetica", "", size - 1)
    pdf.cell(70, 5, "Applicant", align="C")
    if page < 2:
        raise ValueError(f"the Philippine resume should run to two pages for {person.name}")
    _check(y, 255, person)
    return bytes(pdf.output())


def _gr_month(month: Month | None, form: str) -> str:
    if form == "mon":
        return "Ongoing" if month is None else f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"
    return "today" if month is None else f"{month[1]:02d}.{month[0]}"


def _altacv(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} CV")
    pdf.add_page()
    ink, grey = (30, 30, 30), (110, 110, 110)
    x, main, side_x, side_w = 12.0, 122.0, 140.0, 58.0
    tint = tuple(int(c + (255 - c) * 0.9) for c in accent)
    pdf.set_fill_color(*tint)
    pdf.rect(side_x - 4, 48, side_w + 4 + 12, 249, style="F")
    pdf.set_xy(x, 12)
    pdf.set_font("Sans", "B", 24)
    pdf.set_text_color(*ink)
    pdf.cell(186, 11, person.name)
    pdf.set_xy(x, 24)
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(*accent)
    pdf.cell(186, 6, person.label or "")
    contact = (
        ("\u2709", person.email),
        ("\u260e", person.phone),
        ("\u26b2", f"{person.city}, Greece"),
        ("\u2302", (person.url or "").removeprefix("https://")),
        ("in", extra["linkedin"].removeprefix("https://www.")),
        ("\u2691", extra["github"].removeprefix("https://")),
    )
    pdf.set_font("Sans", "", 8)
    cx, cy = x, 32.0
    for icon, text in contact:
        wide = pdf.get_string_width(text) + 11
        if cx + wide > 198:
            cx, cy = x, cy + 5
        pdf.set_xy(cx, cy)
        pdf.set_text_color(*accent)
        pdf.set_font("Sans", "B", 8)
        pdf.cell(4.5, 4.5, icon)
        pdf.set_text_color(*ink)
        pdf.set_font("Sans", "", 8)
        pdf.cell(wide - 4.5, 4.5, text)
        cx += wide
    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.6)
    pdf.line(x, 45, 198, 45)

    def heading(text: str, left: float, w: float, top: float) -> float:
        pdf.set_xy(left, top)
        pdf.set_font("Sans", "B", 13)
        pdf.set_text_color(*accent)
        pdf.cell(w, 7, text.upper())
        pdf.set_line_width(0.5)
        pdf.line(left, top + 7.5, left + w, top + 7.5)
        return top + 10

    def entry(title: str, org: str, when: str, where: str, notes: list[str], top: float) -> float:
        pdf.set_xy(x, top)
        pdf.set_font("Sans", "", 11)
        pdf.set_text_color(*ink)
        pdf.cell(main, 5.5, title)
        pdf.set_xy(x, top + 5.5)
        pdf.set_font("Sans", "B", 9.5)
        pdf.set_text_color(*accent)
        pdf.cell(main, 5, org)
        pdf.set_xy(x, top + 10.5)
        pdf.set_font("Sans", "", 8)
        pdf.set_text_color(*grey)
        pdf.cell(4.5, 4.5, "\u25f7")
        pdf.cell(48, 4.5, when)
        pdf.cell(4.5, 4.5, "\u26b2")
        pdf.cell(50, 4.5, where)
        top += 15.5
        pdf.set_text_color(*ink)
        pdf.set_font("Sans", "", 8.6)
        for note in notes:
            pdf.set_xy(x + 1, top)
            pdf.set_text_color(*accent)
            pdf.cell(4, 4.4, "\u2022")
            pdf.set_text_color(*ink)
            pdf.multi_cell(main - 5, 4.4, note, align="L")
            top = pdf.get_y() + 0.3
        pdf.set_draw_color(190, 190, 190)
        pdf.set_line_width(0.15)
        pdf.dashed_line(x, top + 1.5, x + main, top + 1.5, 1, 1)
        return top + 4

    y = heading("Experience", x, main, 50)
    for job in person.jobs:
        span = f"{_gr_month(job.start, form)} \u2013 {_gr_month(job.end, form)}"
        y = entry(job.position, job.company, span, job.city, job.highlights, y)
    y = heading("Education", x, main, y + 2)
    for d in person.degrees:
        span = f"{_gr_month(d.start, form)} \u2013 {_gr_month(d.end, form)}"
        city = {"Business": "Athens", "Thessaloniki": "Thessaloniki", "Patras": "Patras"}
        where = city[d.institution.rsplit(" ", 1)[-1]]
        y = entry(f"{d.study} in {d.area}", d.institution, span, where, [], y)
    _check(y, 285, person)

    sy = heading("My Life Philosophy", side_x, side_w, 52)
    pdf.set_xy(side_x, sy)
    pdf.set_font("Sans", "I", 8.6)
    pdf.set_text_color(*ink)
    pdf.multi_cell(side_w, 4.5, extra["quote"], align="L")
    sy = heading("Strengths", side_x, side_w, pdf.get_y() + 5)
    tx = side_x
    pdf.set_font("Sans", "", 8)
    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.3)
    for skill in person.skills:
        wide = pdf.get_string_width(skill) + 4
        if tx + wide > side_x + side_w:
            tx, sy = side_x, sy + 7
        pdf.rect(tx, sy, wide, 5.2, round_corners=True)
        pdf.set_xy(tx, sy + 0.2)
        pdf.cell(wide, 4.8, skill, align="C")
        tx += wide + 1.8
    sy = heading("Languages", side_x, side_w, sy + 12)
    for lang, level in person.languages:
        pdf.set_xy(side_x, sy)
        pdf.set_font("Sans", "B", 9)
        pdf.set_text_color(*ink)
        pdf.cell(28, 5, lang)
        pdf.set_text_color(*accent)
        pdf.set_font("Sans", "", 9)
        dots = GR_DOTS[level]
        pdf.cell(side_w - 28, 5, "\u25cf" * dots + "\u25cb" * (5 - dots), align="R")
        pdf.set_xy(side_x, sy + 5)
        pdf.set_font("Sans", "", 7.8)
        pdf.set_text_color(*grey)
        pdf.cell(side_w, 4, level)
        sy += 11
    _check(sy, 285, person)
    return bytes(pdf.output())


def _gulf_month(month: Month | None, form: str) -> str:
    if form == "short":
        return "Till date" if month is None else f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"
    return "To date" if month is None else f"{month[1]:02d}/{month[0]}"


def _gulf(person: Candidate, options: dict[str, Any]) -> bytes:
    form, band, extra = options["dates"], options["band"], person.extra
    pdf = _core_pdf()
    pdf.set_title(f"CV - {person.name}")
    x, width = 16.0, 178.0
    ink = (25, 25, 25)
    page = 0
    y = 0.0

    def new_page() -> None:
        nonlocal y, page
        pdf.add_page()
        page += 1
        pdf.set_xy(x, 286)
        pdf.set_font("Helvetica", "", 7.5)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(width / 2, 4, f"{person.name} \u2013 Curriculum Vitae")
        pdf.cell(width / 2, 4, f"Page {page} of {{nb}}", align="R")
        pdf.set_text_color(*ink)
        y = 18.0

    def need(height: float) -> None:
        if y + height > 278:
            new_page()

    new_page()
    pdf.set_fill_color(*band)
    pdf.rect(0, 0, 210, 34, style="F")
    pdf.set_xy(x, 9)
    pdf.set_font("Helvetica", "B", 21)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(width, 9, person.name.upper())
    pdf.set_xy(x, 19)
    pdf.set_font("Helvetica", "", 11)
    pdf.set_text_color(225, 225, 225)
    pdf.cell(width, 6, person.label or "")
    pdf.set_xy(x, 38)
    pdf.set_font("Helvetica", "", 8.8)
    pdf.set_text_color(*ink)
    address = f"{extra['street']}, {person.city}, UAE"
    pdf.cell(width, 5, f"{address}  |  {person.phone}  |  {person.email}", align="C")
    y = 47.0

    def heading(text: str) -> None:
        nonlocal y
        need(18)
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_text_color(*band)
        pdf.cell(width, 6, text.upper())
        pdf.set_draw_color(*band)
        pdf.set_line_width(0.6)
        pdf.line(x, y + 6.4, x + width, y + 6.4)
        pdf.set_text_color(*ink)
        y += 8.8

    def bullet(text: str, indent: float) -> None:
        nonlocal y
        need(5)
        pdf.set_xy(x + indent, y)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(4, 4.5, "\u2022")
        pdf.multi_cell(width - indent - 4, 4.5, text, align="L")
        y = pdf.get_y() + 0.2

    heading("Professional Summary")
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(width, 4.6, extra["summary"], align="J")
    y = pdf.get_y() + 3
    heading("Core Competencies")
    rows = (len(person.skills) + 2) // 3
    for i, skill in enumerate(person.skills):
        col, line = divmod(i, rows)
        pdf.set_xy(x + col * 60, y + line * 5)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(4, 5, "\u2022")
        pdf.cell(55, 5, skill)
    y += rows * 5 + 3
    heading("Professional Experience")
    for job in person.jobs:
        need(25)
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 9.8)
        pdf.cell(width - 48, 5, f"{job.company} \u2013 {job.city}")
        pdf.set_font("Helvetica", "B", 9)
        span = f"{_gulf_month(job.start, form)} \u2013 {_gulf_month(job.end, form)}"
        pdf.cell(48, 5, span, align="R")
        pdf.set_xy(x, y + 5)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(24, 5, "Designation:")
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(width - 24, 5, job.position)
        pdf.set_xy(x, y + 10)
        pdf.set_font("Helvetica", "I", 9)
        pdf.cell(width, 5, "Key Responsibilities:")
        y += 15
        for note in job.highlights:
            bullet(note, 3)
        y += 2.5
    heading("Education")
    for d in person.degrees:
        need(12)
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.cell(width - 30, 5, f"{d.study} in {d.area}")
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(30, 5, str(d.end[0]), align="R")
        pdf.set_xy(x, y + 5)
        pdf.cell(width, 5, f"{d.institution}, Kerala, India")
        y += 11.5
    heading("Certifications")
    for cert, issuer, year in extra["certificates"]:
        bullet(f"{cert} \u2013 {issuer}, {year}", 0)
    y += 3
    heading("Personal Details")
    for key, value in (
        ("Nationality", "Indian"),
        ("Date of Birth", extra["born"]),
        ("Marital Status", extra["marital"]),
        ("Visa Status", extra["visa"]),
        ("Driving License", "Valid UAE Driving License"),
        (
            "Languages Known",
            ", ".join(f"{lang} ({level})" if level else lang for lang, level in person.languages),
        ),
    ):
        need(5)
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(38, 4.7, key)
        pdf.cell(width - 38, 4.7, f": {value}")
        y += 4.8
    y += 3
    need(30)
    heading("Declaration")
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(
        width,
        4.6,
        "I hereby declare that the information furnished above is true to the best of my "
        "knowledge.",
        align="L",
    )
    y = pdf.get_y() + 2
    pdf.set_xy(x, y)
    pdf.cell(width / 2, 4.6, f"Place: {person.city}")
    pdf.cell(width / 2, 4.6, f"({person.name})", align="R")
    y += 5
    _check(y, 280, person)
    return bytes(pdf.output())

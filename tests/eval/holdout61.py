"""Sixty-first held-out round ("holdout-61"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts: ``pdf-zambian-cv``,
``pdf-guinean-cv``, ``pdf-livecareer-export`` and ``docx-slovenian-cv-word``. The round is
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

HOLDOUT_TAG = "holdout-61"
GENERATOR = "tests/eval/holdout61.py"
SEED = 6_147_382

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-zambian-cv", 3),
    ("pdf-guinean-cv", 3),
    ("pdf-livecareer-export", 3),
    ("docx-slovenian-cv-word", 3),
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
MESECI = (
    "januar",
    "februar",
    "marec",
    "april",
    "maj",
    "junij",
    "julij",
    "avgust",
    "september",
    "oktober",
    "november",
    "december",
)

POOLS: dict[str, Pool] = {
    "pdf-zambian-cv": Pool(
        first=("Chilufya", "Mwansa", "Bwalya", "Thandiwe", "Mutale", "Natasha"),
        last=("Mulenga", "Chansa", "Mwale", "Nkandu", "Sichilima", "Kapembwa"),
        cities=(
            ("Lusaka", None, None, "Plot 4521, Chalala"),
            ("Lusaka", None, None, "House No. 17, Kabulonga Road"),
            ("Lusaka", None, None, "Flat 6, Block C, Longacres"),
        ),
        employers=(
            "Kafue Gorge Agro Limited",
            "Copperbelt Freight Services Ltd",
            "Mwanawasa Microfinance Limited",
            "Zamlink Telecoms Plc",
            "Chongwe District Health Office",
        ),
        titles=(
            "Accounts Officer",
            "Assistant Accountant",
            "Finance Officer",
            "Credit Analyst",
            "Accounts Clerk",
        ),
        highlights=(
            "Preparing monthly management accounts and bank reconciliations",
            "Processing supplier payments and maintaining the creditors ledger",
            "Computing and remitting PAYE, NAPSA and NHIMA contributions",
            "Preparing VAT returns and liaising with ZRA on tax queries",
            "Assisting external auditors during the annual statutory audit",
            "Maintaining the fixed asset register and monthly depreciation",
            "Appraising loan applications from SMEs and salaried clients",
            "Supervising two accounts clerks and reviewing their postings",
            "Preparing the annual budget together with heads of department",
        ),
        skills=(
            "Sage Pastel Partner",
            "QuickBooks",
            "Microsoft Excel (pivot tables, VLOOKUP)",
            "Microsoft Word and PowerPoint",
            "Payroll administration",
            "IFRS for SMEs",
        ),
        schools=(
            "University of Zambia",
            "Copperbelt University",
            "Zambia Centre for Accountancy Studies",
        ),
        degrees=(
            ("Bachelor of Accountancy", "Accountancy"),
            ("Bachelor of Business Administration", "Finance"),
            ("ZICA Diploma", "Accountancy"),
        ),
    ),
    "pdf-guinean-cv": Pool(
        first=("Mamadou Saliou", "Fatoumata Binta", "Aïssatou", "Ibrahima Sory", "Kadiatou"),
        last=("Barry", "Soumah", "Condé", "Sylla", "Touré", "Kéïta"),
        cities=(
            ("Conakry", None, None, "Quartier Kipé, Commune de Ratoma"),
            ("Conakry", None, None, "Quartier Hamdallaye, Commune de Ratoma"),
            ("Conakry", None, None, "Quartier Taouyah, Commune de Ratoma"),
        ),
        employers=(
            "Kaloum Logistique SARL",
            "Banque Sahélienne de Guinée",
            "Fria Agro-Industrie SA",
            "ONG Santé Plus Guinée",
            "Société Guinéenne de Distribution (SOGUIDIS)",
        ),
        titles=(
            "Comptable",
            "Assistant administratif et financier",
            "Chargé de recouvrement",
            "Aide-comptable",
            "Gestionnaire de stock",
        ),
        highlights=(
            "Saisie des pièces comptables et tenue des journaux",
            "Établissement des rapprochements bancaires mensuels",
            "Préparation des déclarations fiscales (TVA, RTS, VF)",
            "Suivi des créances clients et relance des impayés",
            "Gestion de la caisse et des fournisseurs",
            "Participation à l'élaboration du budget annuel",
            "Appui à la préparation des états financiers selon le SYSCOHADA",
            "Inventaire physique trimestriel des stocks",
            "Rédaction des rapports financiers pour les bailleurs",
        ),
        skills=("Word", "Excel", "PowerPoint", "Sage Saari", "TOMPRO", "Internet"),
        schools=(
            "Université Général Lansana Conté de Sonfonia",
            "Université Kofi Annan de Guinée",
            "Institut Supérieur de Commerce et de Gestion de Conakry",
        ),
        degrees=(
            ("Licence", "Sciences comptables"),
            ("Master", "Audit et contrôle de gestion"),
            ("Licence", "Gestion des entreprises"),
        ),
    ),
    "pdf-livecareer-export": Pool(
        first=("Brianna", "Tyrell", "Courtney", "Dustin", "Latoya", "Garrett"),
        last=("Okafor-Reyes", "Lindgren", "McAllister", "Pruitt", "Vasquez-Holt"),
        cities=(
            ("Charlotte", "NC", "28205", ""),
            ("Columbus", "OH", "43215", ""),
            ("San Antonio", "TX", "78209", ""),
        ),
        employers=(
            "Brightwater Home Health",
            "Meridian Urgent Care",
            "Oakridge Senior Living",
            "Fairlane Pediatrics",
            "Summit Valley Medical Group",
        ),
        titles=(
            "Medical Assistant",
            "Patient Care Coordinator",
            "Certified Nursing Assistant",
            "Front Office Lead",
            "Clinical Medical Assistant",
        ),
        highlights=(
            "Recorded vital signs and patient histories in Epic EHR.",
            "Scheduled an average of 45 appointments per day across three providers.",
            "Performed phlebotomy, EKGs and point-of-care testing.",
            "Verified insurance eligibility and collected co-pays.",
            "Maintained exam rooms and restocked medical supplies.",
            "Trained four new hires on clinic workflows and HIPAA compliance.",
            "Assisted residents with activities of daily living.",
            "Coordinated referrals and prior authorizations with specialists.",
            "Reduced patient wait times by 20% by reorganizing check-in.",
        ),
        skills=(
            "Patient intake",
            "Vital signs monitoring",
            "Epic EHR",
            "Phlebotomy",
            "Insurance verification",
            "HIPAA compliance",
            "Medical terminology",
            "Appointment scheduling",
            "CPR/BLS certified",
            "Bilingual (English/Spanish)",
        ),
        schools=(
            "Central Piedmont Community College",
            "Columbus State Community College",
            "Northwest Vista College",
        ),
        degrees=(
            ("Associate of Applied Science", "Medical Assisting"),
            ("Certificate", "Clinical Medical Assisting"),
            ("High School Diploma", ""),
        ),
    ),
    "docx-slovenian-cv-word": Pool(
        first=("Neža", "Klemen", "Maruša", "Gašper", "Pia", "Rok"),
        last=("Vidmar", "Koželj", "Mlakar", "Štrukelj", "Bizjak", "Jerič"),
        cities=(
            ("Ljubljana", None, "1000", "Celovška cesta 150"),
            ("Kranj", None, "4000", "Koroška cesta 21"),
            ("Koper", None, "6000", "Ulica Istrskega odreda 8"),
        ),
        employers=(
            "Gorenjska logistika d.o.o.",
            "Savinja Informatika d.o.o.",
            "Posočje Gradnje d.d.",
            "Triglav Digital d.o.o.",
            "Primorska trgovina d.o.o.",
        ),
        titles=(
            "Vodja projektov",
            "Poslovni analitik",
            "Samostojni strokovni sodelavec",
            "Skrbnik ključnih kupcev",
            "Referent za nabavo",
        ),
        highlights=(
            "vodenje projektov uvedbe ERP sistema v treh poslovnih enotah",
            "priprava mesečnih poročil in analiz za upravo",
            "koordinacija dela med nabavo, prodajo in skladiščem",
            "komunikacija s ključnimi kupci v Sloveniji in na Hrvaškem",
            "priprava razpisne dokumentacije za javna naročila",
            "optimizacija procesov naročanja in zniževanje zalog za 15 %",
            "uvajanje in mentoriranje novih sodelavcev",
            "spremljanje pogodb z dobavitelji in pogajanja o cenah",
        ),
        skills=(
            "MS Office (Excel \u2013 napredno)",
            "SAP ERP",
            "Pantheon",
            "Power BI",
            "Jira",
            "Trello",
        ),
        schools=(
            "Univerza v Ljubljani, Ekonomska fakulteta",
            "Univerza na Primorskem, Fakulteta za management",
            "Univerza v Mariboru, Fakulteta za organizacijske vede",
        ),
        degrees=(
            ("Univerzitetni študijski program 1. stopnje", "Poslovna ekonomija"),
            ("Magistrski študijski program 2. stopnje", "Management"),
            ("Visokošolski strokovni program", "Organizacija in management"),
        ),
    ),
}

COUNTRY = {"pdf-zambian-cv": "ZM", "pdf-guinean-cv": "GN", "docx-slovenian-cv-word": "SI"}
ZM_OBJECTIVE = (
    "A self-motivated and hardworking accounts professional seeking a challenging position "
    "in a reputable organisation where I can apply my knowledge and skills for the growth of "
    "the organisation and my own career development."
)
ZM_LANGUAGES = (("English", "Fluent"), ("Bemba", "Native"), ("Nyanja", "Good"))
ZM_REFEREES = (
    ("Mr. Kelvin Simukonda", "Finance Manager", "+260 977 555 214"),
    ("Mrs. Grace Mubanga Lungu", "Head of Human Resources", "+260 966 555 803"),
    ("Dr. Patrick Chileshe", "Lecturer, School of Business", "+260 955 555 390"),
)
ZM_INTERESTS = ("Reading", "Football", "Community volunteering", "Travelling")
GN_PROFILE = (
    "Jeune professionnel rigoureux et dynamique, doté d'une bonne capacité d'adaptation et "
    "du sens du travail en équipe, je souhaite mettre mes compétences au service de votre "
    "structure."
)
GN_LANGUAGES = (
    ("Français", "lu, écrit, parlé"),
    ("Pular", "langue maternelle"),
    ("Soussou", "parlé"),
    ("Anglais", "niveau moyen"),
)
GN_INTERESTS = ("Lecture", "Football", "Voyages", "Musique")
LC_SUMMARY = (
    "Compassionate and detail-oriented healthcare professional with hands-on experience in "
    "fast-paced clinical settings. Skilled at patient intake, scheduling and supporting "
    "providers to deliver quality care."
)
SI_SUMMARY = (
    "Sem komunikativna, odgovorna in natančna oseba z večletnimi izkušnjami na področju "
    "vodenja projektov in analize poslovnih procesov."
)
SI_LANGUAGES = (
    ("angleščina", "C1"),
    ("nemščina", "B1"),
    ("hrvaščina", "B2"),
    ("italijanščina", "A2"),
)


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-zambian-cv":
        return {
            "dates": rng.choice(("long", "numeric")),
            "education_first": rng.random() < 0.6,
            "objective": rng.random() < 0.7,
        }
    if style == "pdf-guinean-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "accent": rng.choice(((0, 90, 60), (150, 20, 30), (20, 60, 130))),
            "headline": rng.random() < 0.6,
        }
    if style == "pdf-livecareer-export":
        return {
            "dates": rng.choice(("numeric", "long")),
            "accent": rng.choice(((33, 88, 140), (0, 122, 110), (95, 60, 120))),
            "headline": rng.random() < 0.5,
        }
    if style == "docx-slovenian-cv-word":
        return {
            "dates": rng.choice(("numeric", "words")),
            "table": rng.random() < 0.6,
            "education_first": rng.random() < 0.4,
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
    if style == "pdf-zambian-cv":
        phone = f"+260 9{rng.choice((5, 6, 7))}{rng.randint(1, 9)} {rng.randint(100, 999)} "
        phone += f"{rng.randint(100, 999)}"
        email = f"{first}{last}{rng.randint(10, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        extra["summary"] = ZM_OBJECTIVE
        extra["born"] = f"{rng.randint(1, 28)}/{rng.randint(1, 12):02d}/{end_year - 22}"
        extra["nrc"] = f"{rng.randint(100000, 999999)}/{rng.randint(10, 99)}/1"
        extra["marital"] = rng.choice(("Single", "Married"))
        extra["referees"] = ZM_REFEREES
        extra["interests"] = rng.sample(ZM_INTERESTS, 3)
        for job in jobs:
            job.city = rng.choice((city, city, "Ndola", "Kitwe", "Chongwe"))
        idx = rng.randrange(2)
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 1), (end_year, 12)))
        extra["school_cert"] = (f"{end_year - 5}", rng.choice(("Munali", "Kabulonga Girls")))
        languages = list(ZM_LANGUAGES[: rng.randint(2, 3)])
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-guinean-cv":
        phone = f"+224 6{rng.choice((22, 24, 28, 57, 61))} {rng.randint(10, 99)} "
        phone += f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
        email = f"{first}{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.fr'))}"
        extra["summary"] = GN_PROFILE
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 23}"
        extra["marital"] = rng.choice(("Célibataire", "Marié(e)"))
        extra["interests"] = rng.sample(GN_INTERESTS, 3)
        for job in jobs:
            job.city = rng.choice((city, city, "Kindia", "Boké"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if study == "Master":
            degrees.append(
                Degree(pool.schools[idx], study, area, (end_year - 2, 10), (end_year, 7))
            )
            end_year -= 2
            study, area = pool.degrees[0]
        degrees.append(Degree(pool.schools[0], study, area, (end_year - 4, 10), (end_year, 7)))
        extra["bac"] = str(end_year - 4)
        languages = [GN_LANGUAGES[0], *rng.sample(GN_LANGUAGES[1:], 2)]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-livecareer-export":
        phone = f"({rng.randint(201, 989)}) 555-{rng.randint(1000, 9999)}"
        email = f"{first}.{last.replace('-', '')}{rng.randint(1, 99)}@gmail.com"
        extra["summary"] = LC_SUMMARY
        if rng.random() < 0.5:
            extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(1, 99)}"
        for job in jobs:
            job.city = city
        idx = [c[0] for c in pool.cities].index(city)
        study, area = pool.degrees[rng.randrange(2)]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 2, 8), (end_year, 5)))
        extra["certs"] = rng.sample(
            (
                "Certified Clinical Medical Assistant (CCMA) - NHA",
                "Basic Life Support (BLS) - American Heart Association",
                "Certified Phlebotomy Technician (CPT)",
            ),
            2,
        )
        skills = rng.sample(pool.skills, rng.choice((6, 8)))
    else:
        phone = f"0{rng.choice((31, 40, 41, 51, 70))} {rng.randint(100, 999)} "
        phone += f"{rng.randint(100, 999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'siol.net', 't-2.net'))}"
        extra["summary"] = SI_SUMMARY
        extra["born"] = f"{rng.randint(1, 28)}. {rng.randint(1, 12)}. {end_year - 23}"
        if rng.random() < 0.6:
            extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(10, 99)}"
        label = jobs[0].position if rng.random() < 0.5 else None
        for job in jobs:
            job.city = rng.choice((city, "Ljubljana", "Celje"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if study.startswith("Magistrski"):
            degrees.append(
                Degree(pool.schools[idx], study, area, (end_year - 2, 10), (end_year, 9))
            )
            end_year -= 2
            study, area = pool.degrees[0]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 3, 10), (end_year, 9)))
        languages = [("slovenščina", "materni jezik"), *rng.sample(SI_LANGUAGES, 2)]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
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
    label = person.label
    if style in ("pdf-guinean-cv", "pdf-livecareer-export") and options["headline"]:
        label = person.jobs[0].position
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
            "label": label,
            "email": person.email,
            "phone": person.phone,
            "summary": extra["summary"]
            if style != "pdf-zambian-cv" or options["objective"]
            else None,
            "location": drop_empty(location),
            "profiles": profile_links(extra),
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
        if style == "pdf-livecareer-export":
            item["endDate"] = iso_month(d.end, "month")
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        education.append(drop_empty(item))
    if style == "pdf-zambian-cv":
        year, school = extra["school_cert"]
        education.append(
            {
                "institution": f"{school} Secondary School",
                "studyType": "Grade Twelve (12) School Certificate",
                "endDate": year,
            }
        )
    if style == "pdf-guinean-cv":
        education.append(
            {
                "studyType": "Baccalauréat unique",
                "area": "Sciences Sociales",
                "endDate": extra["bac"],
            }
        )
    languages = [{"language": lang, "fluency": level} for lang, level in person.languages]
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
    if style == "pdf-zambian-cv":
        return _zambian(person, options), "pdf"
    if style == "pdf-guinean-cv":
        return _guinean(person, options), "pdf"
    if style == "pdf-livecareer-export":
        return _livecareer(person, options), "pdf"
    if style == "docx-slovenian-cv-word":
        return _slovenian_docx(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _zm_month(month: Month | None, form: str) -> str:
    if form == "numeric":
        return "Present" if month is None else f"{month[1]:02d}/{month[0]}"
    return "To date" if month is None else f"{MONTHS_EN[month[1] - 1]} {month[0]}"


def _zambian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("CURRICULUM VITAE")
    x, width, key_w = 22.0, 166.0, 48.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 284)
        pdf.set_font("Serif", "", 8)
        pdf.cell(width, 4, str(pdf.page_no()), align="C")
        y = 20.0

    def need(height: float) -> None:
        if y + height > 276:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 11)
        pdf.cell(width, 6, text, new_x="LMARGIN")
        pdf.set_line_width(0.2)
        pdf.line(x, y + 6, x + pdf.get_string_width(text), y + 6)
        y += 8.5

    def pair(key: str, value: str) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(key_w, 5.2, key)
        pdf.set_font("Serif", "", 10)
        pdf.cell(4, 5.2, ":")
        pdf.multi_cell(width - key_w - 4, 5.2, value, align="L")
        y = pdf.get_y() + 0.4

    def bullet(text: str, indent: float = 4.0) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x + indent, y)
        pdf.set_font("Serif", "", 10)
        pdf.cell(5, 5.2, "\u2022")
        pdf.multi_cell(width - indent - 5, 5.2, text, align="J")
        y = pdf.get_y() + 0.5

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 15)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    pdf.line(x + 50, y + 8, x + width - 50, y + 8)
    y += 13
    heading("PERSONAL DETAILS")
    pair("Name", person.name)
    pair("Date of Birth", extra["born"])
    pair("NRC No.", extra["nrc"])
    pair("Nationality", "Zambian")
    pair("Marital Status", extra["marital"])
    pair("Physical Address", f"{extra['street']}, {person.city}, Zambia")
    pair("Mobile", person.phone)
    pair("Email", person.email)
    if options["objective"]:
        heading("CAREER OBJECTIVE")
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 10)
        pdf.multi_cell(width, 5.2, extra["summary"], align="J")
        y = pdf.get_y() + 1

    def education() -> None:
        nonlocal y
        heading("EDUCATIONAL AND PROFESSIONAL QUALIFICATIONS")
        for d in person.degrees:
            need(16)
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "B", 10)
            pdf.cell(32, 5.2, f"{d.start[0]} \u2013 {d.end[0]}")
            pdf.cell(width - 32, 5.2, d.institution)
            pdf.set_xy(x + 32, y + 5.4)
            pdf.set_font("Serif", "", 10)
            pdf.cell(width - 32, 5.2, f"{d.study} ({d.area})")
            y += 12
        year, school = extra["school_cert"]
        need(12)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(32, 5.2, year)
        pdf.cell(width - 32, 5.2, f"{school} Secondary School")
        pdf.set_xy(x + 32, y + 5.4)
        pdf.set_font("Serif", "", 10)
        pdf.cell(width - 32, 5.2, "Grade Twelve (12) School Certificate \u2013 6 O-Levels")
        y += 12

    def experience() -> None:
        nonlocal y
        heading("WORK EXPERIENCE")
        for job in person.jobs:
            need(36)
            pair("Period", f"{_zm_month(job.start, form)} \u2013 {_zm_month(job.end, form)}")
            pair("Organisation", f"{job.company}, {job.city}")
            pair("Position", job.position)
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "BI", 10)
            pdf.cell(width, 5.2, "Duties and Responsibilities:")
            y += 5.8
            for note in job.highlights:
                bullet(note)
            y += 3

    for part in (education, experience) if options["education_first"] else (experience, education):
        part()
    heading("COMPUTER SKILLS")
    for skill in person.skills:
        bullet(skill)
    heading("LANGUAGES")
    for lang, level in person.languages:
        pair(lang, level)
    heading("HOBBIES AND INTERESTS")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 10)
    pdf.cell(width, 5.2, ", ".join(extra["interests"]))
    y += 6
    heading("REFEREES")
    for ref, role, mobile in extra["referees"]:
        need(17)
        for offset, (text, look) in enumerate(((ref, "B"), (role, ""), (f"Cell: {mobile}", ""))):
            pdf.set_xy(x, y + 5 * offset)
            pdf.set_font("Serif", look, 10)
            pdf.cell(width, 5, text)
        y += 17
    _check(y, 280, person)
    return bytes(pdf.output())


def _gn_span(start: Month, end: Month | None, form: str) -> str:
    if form == "numeric":
        tail = "À ce jour" if end is None else f"{end[1]:02d}/{end[0]}"
        return f"{start[1]:02d}/{start[0]} \u2013 {tail}"
    if end is None:
        return f"Depuis {MOIS[start[1] - 1]} {start[0]}"
    return f"De {MOIS[start[1] - 1]} {start[0]} à {MOIS[end[1] - 1]} {end[0]}"


def _guinean(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    x, width = 18.0, 174.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 16.0

    def need(height: float) -> None:
        if y + height > 282:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 3.5
        pdf.set_fill_color(*accent)
        pdf.rect(x, y, width, 6.2, style="F")
        pdf.set_xy(x + 2, y + 0.4)
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(255, 255, 255)
        pdf.cell(width - 4, 5.4, text)
        pdf.set_text_color(0, 0, 0)
        y += 8.8

    def dash(text: str) -> None:
        nonlocal y
        need(5.5)
        pdf.set_xy(x + 6, y)
        pdf.set_font("Sans", "", 9.3)
        pdf.cell(4, 4.8, "-")
        pdf.multi_cell(width - 10, 4.8, text, align="L")
        y = pdf.get_y() + 0.3

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 13)
    pdf.set_text_color(*accent)
    pdf.cell(width, 7, "CURRICULUM VITAE", align="C")
    pdf.set_text_color(0, 0, 0)
    y += 10
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 17)
    pdf.cell(width, 8, person.name, align="C")
    y += 9
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "I", 11)
        pdf.cell(width, 6, person.jobs[0].position, align="C")
        y += 7
    pdf.set_font("Sans", "", 9)
    for line in (
        f"Adresse : {extra['street']}, {person.city} \u2013 République de Guinée",
        f"Tél : {person.phone}  /  E-mail : {person.email}",
    ):
        pdf.set_xy(x, y)
        pdf.cell(width, 4.8, line, align="C")
        y += 4.9
    heading("ÉTAT CIVIL")
    for key, value in (
        ("Date et lieu de naissance", f"{extra['born']} à {person.city}"),
        ("Nationalité", "Guinéenne"),
        ("Situation matrimoniale", extra["marital"]),
    ):
        pdf.set_xy(x + 2, y)
        pdf.set_font("Sans", "B", 9.3)
        pdf.cell(52, 4.9, key)
        pdf.set_font("Sans", "", 9.3)
        pdf.cell(width - 54, 4.9, f": {value}")
        y += 5.1
    heading("PROFIL")
    pdf.set_xy(x + 2, y)
    pdf.set_font("Sans", "", 9.3)
    pdf.multi_cell(width - 2, 4.8, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("FORMATION ET DIPLÔMES")
    for d in person.degrees:
        need(11)
        pdf.set_xy(x + 2, y)
        pdf.set_font("Sans", "B", 9.3)
        pdf.cell(30, 4.9, f"{d.start[0]} \u2013 {d.end[0]} :")
        pdf.multi_cell(width - 32, 4.9, f"{d.study} en {d.area}", align="L")
        pdf.set_xy(x + 32, pdf.get_y())
        pdf.set_font("Sans", "", 9.3)
        pdf.multi_cell(width - 32, 4.9, d.institution, align="L")
        y = pdf.get_y() + 1.5
    pdf.set_xy(x + 2, y)
    pdf.set_font("Sans", "B", 9.3)
    pdf.cell(30, 4.9, f"{extra['bac']} :")
    pdf.set_font("Sans", "", 9.3)
    pdf.cell(width - 32, 4.9, "Baccalauréat unique, option Sciences Sociales")
    y += 6.5
    heading("EXPÉRIENCES PROFESSIONNELLES")
    for job in person.jobs:
        need(28)
        pdf.set_xy(x + 2, y)
        pdf.set_font("Sans", "B", 9.3)
        pdf.set_text_color(*accent)
        pdf.cell(width - 2, 4.9, _gn_span(job.start, job.end, form))
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(x + 2, y + 5)
        pdf.cell(width - 2, 4.9, f"{job.company} ({job.city})")
        pdf.set_xy(x + 2, y + 10)
        pdf.set_font("Sans", "", 9.3)
        pdf.cell(16, 4.9, "Poste :")
        pdf.set_font("Sans", "I", 9.3)
        pdf.cell(width - 18, 4.9, job.position)
        pdf.set_xy(x + 2, y + 15)
        pdf.set_font("Sans", "U", 9.3)
        pdf.cell(width - 2, 4.9, "Tâches principales :")
        y += 20.5
        for note in job.highlights:
            dash(note)
        y += 2.5
    heading("CONNAISSANCES INFORMATIQUES")
    for skill in person.skills:
        dash(skill)
    heading("LANGUES")
    for lang, level in person.languages:
        need(5.5)
        pdf.set_xy(x + 2, y)
        pdf.set_font("Sans", "B", 9.3)
        pdf.cell(30, 4.9, lang)
        pdf.set_font("Sans", "", 9.3)
        pdf.cell(width - 32, 4.9, f": {level}")
        y += 5.2
    heading("CENTRES D'INTÉRÊT")
    pdf.set_xy(x + 2, y)
    pdf.set_font("Sans", "", 9.3)
    pdf.cell(width - 2, 4.9, ", ".join(extra["interests"]))
    y += 6
    need(12)
    pdf.set_xy(x, y + 4)
    pdf.set_font("Sans", "I", 9)
    pdf.multi_cell(
        width,
        4.6,
        "Je certifie sur l'honneur l'exactitude des renseignements ci-dessus.",
        align="R",
    )
    y = pdf.get_y()
    _check(y, 286, person)
    return bytes(pdf.output())


def _lc_month(month: Month | None, form: str) -> str:
    if form == "numeric":
        return "Current" if month is None else f"{month[1]:02d}/{month[0]}"
    return "Current" if month is None else f"{MONTHS_EN[month[1] - 1]} {month[0]}"


def _livecareer(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(person.name)
    x, width, bottom = 19.0, 177.9, 266.0
    ink = (45, 45, 45)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page(format="Letter")
        y = 16.0

    def need(height: float) -> None:
        if y + height > bottom:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(18)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(x, y + 6.8, x + width, y + 6.8)
        pdf.set_text_color(*ink)
        y += 9.5

    def bullet(text: str, left: float, w: float) -> float:
        pdf.set_xy(left, y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(4, 4.6, "\u2022")
        pdf.multi_cell(w - 4, 4.6, text, align="L")
        return pdf.get_y() + 0.6

    new_page()
    pdf.set_fill_color(*accent)
    pdf.rect(0, 0, 215.9, 6, style="F")
    y = 14.0
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 22)
    pdf.set_text_color(*accent)
    pdf.cell(width, 10, person.name)
    pdf.set_text_color(*ink)
    y += 11
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 11)
        pdf.cell(width, 5.5, person.jobs[0].position)
        y += 6.5
    pdf.set_font("Sans", "", 8.8)
    contact = [f"{person.city}, {person.region} {extra['postal']}", person.phone, person.email]
    if "linkedin" in extra:
        contact.append(extra["linkedin"].removeprefix("https://www."))
    pdf.set_xy(x, y)
    pdf.cell(width, 4.6, "  |  ".join(contact))
    y += 6
    heading("Professional Summary")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.6, extra["summary"], align="L")
    y = pdf.get_y() + 1
    heading("Skills")
    half = (len(person.skills) + 1) // 2
    top = y
    for column, items in enumerate((person.skills[:half], person.skills[half:])):
        y = top
        for skill in items:
            y = bullet(skill, x + 2 + column * width / 2, width / 2 - 4)
    y = top + half * 5.2
    heading("Work History")
    for job in person.jobs:
        need(24)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.8)
        span = f"{_lc_month(job.start, form)} to {_lc_month(job.end, form)}"
        pdf.cell(width, 5, f"{job.position}, {span}")
        pdf.set_xy(x, y + 5.2)
        pdf.set_font("Sans", "", 9.3)
        pdf.cell(width, 5, f"{job.company} \u2013 {job.city}, {person.region}")
        y += 11
        for note in job.highlights:
            need(5)
            y = bullet(note, x + 2, width - 2)
        y += 2.5
    heading("Education")
    for d in person.degrees:
        need(14)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.5)
        degree = f"{d.study}: {d.area}" if d.area else d.study
        pdf.cell(width, 5, f"{degree}, {_lc_month(d.end, form)}")
        pdf.set_xy(x, y + 5.2)
        pdf.set_font("Sans", "", 9.3)
        pdf.cell(width, 5, f"{d.institution} \u2013 {person.city}, {person.region}")
        y += 12
    heading("Certifications")
    for cert in extra["certs"]:
        need(5)
        y = bullet(cert, x + 2, width - 2)
    _check(y, bottom + 4, person)
    return bytes(pdf.output())


def _si_span(start: Month, end: Month | None, form: str) -> str:
    if form == "numeric":
        tail = "danes" if end is None else f"{end[1]:02d}/{end[0]}"
        return f"{start[1]:02d}/{start[0]} \u2013 {tail}"
    tail = "še traja" if end is None else f"{MESECI[end[1] - 1]} {end[0]}"
    return f"{MESECI[start[1] - 1]} {start[0]} \u2013 {tail}"


def _slovenian_docx(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    form, extra = options["dates"], person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = person.name
    properties.revision = 3
    properties.title = "Življenjepis"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    blue = RGBColor(0x1F, 0x4E, 0x79)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("ŽIVLJENJEPIS")
    run.bold, run.font.size, run.font.color.rgb = True, Pt(16), blue

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.space_after = Pt(4)
        run = paragraph.add_run(text)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(13), blue

    heading("Osebni podatki")
    rows = [
        ("Ime in priimek:", person.name),
        ("Naslov:", f"{extra['street']}, {extra['postal']} {person.city}, Slovenija"),
        ("Telefon:", person.phone),
        ("E-pošta:", person.email),
        ("Datum rojstva:", extra["born"]),
    ]
    if "linkedin" in extra:
        rows.append(("LinkedIn:", extra["linkedin"].removeprefix("https://")))
    if options["table"]:
        table = document.add_table(rows=len(rows), cols=2)
        for i, (key, value) in enumerate(rows):
            table.cell(i, 0).width, table.cell(i, 1).width = Cm(4.5), Cm(11.5)
            table.cell(i, 0).paragraphs[0].add_run(key).bold = True
            table.cell(i, 1).paragraphs[0].add_run(value)
    else:
        for key, value in rows:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.add_run(f"{key} ").bold = True
            paragraph.add_run(value)
    if person.label:
        heading("Zaposlitev, za katero se prijavljam")
        document.add_paragraph(person.label)
    heading("O meni")
    document.add_paragraph(extra["summary"])

    def experience() -> None:
        heading("Delovne izkušnje")
        for job in person.jobs:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.add_run(_si_span(job.start, job.end, form)).italic = True
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.add_run(job.position).bold = True
            paragraph = document.add_paragraph(f"{job.company}, {job.city}")
            paragraph.paragraph_format.space_after = Pt(2)
            for note in job.highlights:
                document.add_paragraph(note, style="List Bullet")

    def education() -> None:
        heading("Izobraževanje")
        for d in person.degrees:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.add_run(f"{d.start[0]}\u2013{d.end[0]}").italic = True
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.add_run(d.institution).bold = True
            document.add_paragraph(f"{d.study}: {d.area}")

    for part in (education, experience) if options["education_first"] else (experience, education):
        part()
    heading("Znanja in kompetence")
    paragraph = document.add_paragraph()
    paragraph.add_run("Jeziki:").bold = True
    for lang, level in person.languages:
        document.add_paragraph(f"{lang} \u2013 {level}", style="List Bullet")
    paragraph = document.add_paragraph()
    paragraph.add_run("Računalniška znanja:").bold = True
    for skill in person.skills:
        document.add_paragraph(skill, style="List Bullet")
    paragraph = document.add_paragraph()
    paragraph.add_run("Vozniško dovoljenje: ").bold = True
    paragraph.add_run("kategorija B")
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())

"""Fifty-eighth held-out round ("holdout-58"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts, three born-digital PDF and
one Word document: pdf-mauritian-cv, pdf-haitian-cv, pdf-linkedin-resume-builder and
docx-lithuanian-cv-word. The round is sealed: the layouts are described only in the code
below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

# ruff: noqa: RUF001 (the CVs use en dashes and typographic quotes)

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, normalise_zip

HOLDOUT_TAG = "holdout-58"
GENERATOR = "tests/eval/holdout58.py"
SEED = 5_873_206

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-mauritian-cv", 3),
    ("pdf-haitian-cv", 3),
    ("pdf-linkedin-resume-builder", 3),
    ("docx-lithuanian-cv-word", 3),
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
MENESIAI = (
    "sausio",
    "vasario",
    "kovo",
    "balandžio",
    "gegužės",
    "birželio",
    "liepos",
    "rugpjūčio",
    "rugsėjo",
    "spalio",
    "lapkričio",
    "gruodžio",
)

POOLS: dict[str, Pool] = {
    "pdf-mauritian-cv": Pool(
        first=("Yashvin", "Oorvasee", "Kavish", "Leelawtee", "Jean-Noël", "Shabnam"),
        last=("Dookhun", "Appadoo", "Jhurry", "Li Kwong Ken", "Ramdhony", "L'Entêté"),
        cities=(
            ("Port Louis", None, None, "12, Rue Desforges"),
            ("Port Louis", None, None, "Royal Road, Plaine Verte"),
            ("Port Louis", None, None, "27, Avenue Pasteur, Cassis"),
        ),
        employers=(
            "Cerné Maritime Ltd",
            "Belle Mare Hospitality Group",
            "Moka Fintech Solutions Ltd",
            "Island Cane Holdings Ltd",
            "Bagatelle Advisory & Co",
        ),
        titles=(
            "Senior Accounts Officer",
            "Fund Administrator",
            "Accounts Officer",
            "Management Trainee",
            "Assistant Financial Controller",
        ),
        highlights=(
            "Prepared monthly management accounts and variance analysis for the Board",
            "Processed supplier payments and bank reconciliations on Sage 300",
            "Liaised with external auditors during the year-end audit",
            "Filed VAT returns and PAYE/CSG contributions with the MRA",
            "Administered a portfolio of 40 Global Business Companies",
            "Prepared NAV calculations and investor reports for offshore funds",
            "Assisted in the migration of the general ledger to Microsoft Dynamics",
            "Trained two junior officers on the month-end closing process",
        ),
        skills=(
            "MS Excel (Pivot Tables, VLOOKUP)",
            "Sage 300",
            "Microsoft Dynamics 365",
            "IFRS reporting",
            "QuickBooks",
            "Power BI",
        ),
        schools=(
            "University of Mauritius",
            "Université des Mascareignes",
            "Middlesex University Mauritius",
        ),
        degrees=(
            ("BSc (Hons)", "Accounting with Finance"),
            ("BSc (Hons)", "Banking and International Finance"),
            ("MBA", "Financial Management"),
        ),
    ),
    "pdf-haitian-cv": Pool(
        first=("Widlène", "Fritznel", "Rose-Mica", "Jean-Wilner", "Mackenson", "Djenane"),
        last=("Bélizaire", "Saint-Fleur", "Pierre-Louis", "Désir", "Exantus", "Métellus"),
        cities=(
            ("Port-au-Prince", None, "HT6110", "45, Rue Capois"),
            ("Port-au-Prince", None, "HT6120", "18, Avenue Christophe"),
            ("Port-au-Prince", None, "HT6115", "Impasse Lavaud #7, Bois-Verna"),
        ),
        employers=(
            "Banque Caraïbe de Crédit S.A.",
            "Fondation Lakay Santé",
            "Transports Artibonite S.A.",
            "Sogecom Haïti",
            "Coopérative Kombit Nord-Ouest",
        ),
        titles=(
            "Comptable principal",
            "Gestionnaire de projets",
            "Assistant administratif et financier",
            "Chargé de suivi-évaluation",
            "Responsable des opérations",
        ),
        highlights=(
            "Tenue de la comptabilité générale et analytique sur QuickBooks",
            "Préparation des rapports financiers mensuels pour les bailleurs (USAID, BID)",
            "Suivi budgétaire de projets d'un montant total de 2,5 millions USD",
            "Coordination d'une équipe de 12 agents de terrain dans l'Artibonite",
            "Élaboration des procédures de contrôle interne",
            "Gestion de la paie et des déclarations à la DGI et à l'ONA",
            "Organisation de formations en gestion pour 60 femmes entrepreneures",
            "Rédaction des rapports d'activités trimestriels",
        ),
        skills=("Microsoft Office", "QuickBooks", "SPSS", "KoboToolbox", "Sage Saari"),
        schools=(
            "Université d'État d'Haïti",
            "Université Notre-Dame d'Haïti",
            "Institut Supérieur de Gestion de Port-au-Prince",
        ),
        degrees=(
            ("Licence", "Sciences comptables"),
            ("Licence", "Gestion des affaires"),
            ("Maîtrise", "Administration publique"),
        ),
    ),
    "pdf-linkedin-resume-builder": Pool(
        first=("Brennagh", "Teodoro", "Kendrick", "Sunniva", "Oluwaseun", "Greer"),
        last=("Thorsby", "Abernathy-Cole", "Vandergriff", "Okonjo", "Lindqvist", "Pasquale"),
        cities=(
            ("Columbus", "Ohio", None, ""),
            ("Raleigh", "North Carolina", None, ""),
            ("Minneapolis", "Minnesota", None, ""),
        ),
        employers=(
            "Redcliff Freight Systems",
            "Northgate Health Partners",
            "Lumenfield Software",
            "Copperline Credit Union",
            "Stonebridge Retail Group",
        ),
        titles=(
            "Senior Product Manager",
            "Product Manager",
            "Associate Product Manager",
            "Business Systems Analyst",
            "Product Owner",
        ),
        highlights=(
            "Led discovery and launch of a self-service claims portal used by 80,000 members",
            "Defined quarterly roadmaps with engineering, design and compliance stakeholders",
            "Grew mobile app weekly active users by 34% through onboarding experiments",
            "Wrote user stories and acceptance criteria for a team of 9 engineers",
            "Partnered with data science to ship a shipment ETA prediction feature",
            "Reduced support tickets by 22% by redesigning the billing workflow",
            "Ran customer interviews and usability tests every sprint",
            "Managed vendor integration with a third-party payments processor",
        ),
        skills=(
            "Product Management",
            "Agile Methodologies",
            "Roadmapping",
            "User Research",
            "SQL",
            "Jira",
            "A/B Testing",
            "Stakeholder Management",
        ),
        schools=(
            "The Ohio State University",
            "North Carolina State University",
            "University of Minnesota",
        ),
        degrees=(
            ("Bachelor of Science - BS", "Industrial and Systems Engineering"),
            ("Bachelor of Business Administration - BBA", "Marketing"),
            ("Master of Business Administration - MBA", "Technology Management"),
        ),
    ),
    "docx-lithuanian-cv-word": Pool(
        first=("Mantas", "Dovydas", "Žygimantas", "Tautvydas", "Ąžuolas", "Justinas"),
        last=("Vaitkevičius", "Šimkus", "Kazlauskas", "Grybauskas", "Čepulis", "Mockūnas"),
        cities=(
            ("Vilnius", None, "LT-08105", "Žirmūnų g. 68-21"),
            ("Kaunas", None, "LT-50179", "Savanorių pr. 192-7"),
            ("Šiauliai", None, "LT-76285", "Tilžės g. 109-12"),
        ),
        employers=(
            "UAB „Nerijos statyba“",
            "UAB Šiaurės tiltai",
            "AB „Lietuvos energijos tinklai“",
            "UAB „Dainavos inžinerija“",
            "UAB Aukštaitijos projektai",
        ),
        titles=(
            "Statybos darbų vadovas",
            "Projekto vadovas",
            "Inžinierius projektuotojas",
            "Statybos inžinierius",
            "Sąmatininkas",
        ),
        highlights=(
            "Statybos darbų organizavimas ir kontrolė objekte",
            "Darbo grafikų sudarymas ir subrangovų koordinavimas",
            "Sąmatų rengimas ir atliktų darbų aktų tikrinimas",
            "Bendravimas su užsakovu ir techninės priežiūros vadovu",
            "Darbų saugos reikalavimų laikymosi priežiūra",
            "Techninių projektų rengimas AutoCAD ir Revit programomis",
            "Statybos leidimų dokumentų rengimas ir derinimas",
            "Medžiagų užsakymas ir tiekėjų pasiūlymų vertinimas",
        ),
        skills=("AutoCAD", "Revit", "MS Project", "Sistela", "MS Office", "Tekla Structures"),
        schools=(
            "Vilniaus Gedimino technikos universitetas",
            "Kauno kolegija",
            "Šiaulių valstybinė kolegija",
        ),
        degrees=(
            ("Bakalauras", "Statybos inžinerija"),
            ("Profesinis bakalauras", "Statybos inžinerija"),
            ("Magistras", "Statybos valdymas"),
        ),
    ),
}

COUNTRY = {
    "pdf-mauritian-cv": "MU",
    "pdf-haitian-cv": "HT",
    "pdf-linkedin-resume-builder": "US",
    "docx-lithuanian-cv-word": "LT",
}
MU_OBJECTIVE = (
    "A dedicated and hardworking finance professional with experience in the financial "
    "services and hospitality sectors, seeking a challenging position where I can apply my "
    "skills and contribute to the growth of the organisation."
)
MU_COLLEGES = ("Royal College Port Louis", "Queen Elizabeth College", "Bhujoharry College")
MU_LANGUAGES = (("English", "Excellent"), ("French", "Excellent"), ("Creole", "Native"))
MU_REFEREES = (
    ("Mr. Rajesh Bholah", "Finance Manager", "Cerné Maritime Ltd", "+230 5 721 4408"),
    ("Mrs. Anne-Sophie Ng Wong Hing", "Lecturer", "University of Mauritius", "+230 403 7400"),
    ("Mr. Dev Sookun", "Chief Accountant", "Island Cane Holdings Ltd", "+230 5 932 1186"),
)
HT_PROFILE = (
    "Professionnel rigoureux et organisé, fort de plusieurs années d'expérience dans la "
    "gestion financière de projets de développement en Haïti. Capacité à travailler sous "
    "pression et en équipe."
)
HT_LYCEES = (
    "Collège Saint-Pierre",
    "Lycée Alexandre Pétion",
    "Institution Saint-Louis de Gonzague",
)
HT_LANGUAGES = (
    ("Créole haïtien", "langue maternelle"),
    ("Français", "lu, écrit, parlé"),
    ("Anglais", "bonne maîtrise"),
    ("Espagnol", "notions"),
)
LI_SUMMARY = (
    "Product manager with a track record of shipping customer-facing products in logistics, "
    "healthcare and fintech. I like messy problems, clear metrics and working closely with "
    "engineers and designers."
)
LI_CERTS = (
    ("Certified Scrum Product Owner (CSPO)", "Scrum Alliance"),
    ("Pragmatic Institute Certified (PMC-III)", "Pragmatic Institute"),
    ("Google Analytics Certification", "Google"),
)
LT_LANGUAGES = (
    ("Lietuvių", "gimtoji"),
    ("Anglų", "B2 (gerai)"),
    ("Rusų", "B1 (vidutiniškai)"),
    ("Lenkų", "A2 (pradinis)"),
)
LT_ABOUT = (
    "Atsakingas, kruopštus ir komunikabilus statybos inžinierius. Turiu patirties "
    "gyvenamųjų ir visuomeninių pastatų statybos projektuose, greitai mokausi ir "
    "mėgstu spręsti technines problemas."
)
LT_HOBBIES = ("Krepšinis", "Žygiai pėsčiomis", "Fotografija", "Buriavimas")


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-mauritian-cv":
        return {
            "dates": rng.choice(("long", "numeric")),
            "font": rng.choice(("serif", "sans")),
            "personal_first": rng.random() < 0.6,
        }
    if style == "pdf-haitian-cv":
        return {
            "dates": rng.choice(("words", "years")),
            "accent": rng.choice(((0, 40, 110), (150, 20, 30), (30, 30, 30))),
            "skills_first": rng.random() < 0.4,
        }
    if style == "pdf-linkedin-resume-builder":
        return {"headline": rng.random() < 0.7, "certs": rng.random() < 0.5}
    if style == "docx-lithuanian-cv-word":
        return {
            "dates": rng.choice(("numeric", "words")),
            "font": rng.choice(("Calibri", "Times New Roman")),
            "headline": rng.random() < 0.5,
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name).replace("'", "").split()
    first, last = slug[0], slug[-1]
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street or None, "postal": postal}
    label: str | None = None
    url: str | None = None
    languages: list[tuple[str, str]] = []
    skills: list[str] = []
    jobs = _chain(rng, pool, rng.randint(2, 3), rng.random() < 0.7)
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    if style == "pdf-mauritian-cv":
        phone = f"+230 5{rng.randint(700, 999)} {rng.randint(1000, 9999)}"
        email = f"{first}{last[:6]}{rng.randint(80, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        label = None
        for job in jobs:
            job.city = rng.choice(("Port Louis", "Ebène", "Moka"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if study == "MBA":
            degrees.append(Degree(pool.schools[2], study, area, (end_year - 2, 1), (end_year, 12)))
            end_year -= 2
            study, area = pool.degrees[0]
        degrees.append(
            Degree(rng.choice(pool.schools[:2]), study, area, (end_year - 3, 8), (end_year, 6))
        )
        college = rng.choice(MU_COLLEGES)
        hsc = end_year - 3
        degrees.append(Degree(college, "Higher School Certificate", "", (hsc - 2, 1), (hsc, 12)))
        extra["born"] = f"{rng.randint(1, 28):02d} {MONTHS_EN[rng.randrange(12)]} {hsc - 19}"
        extra["summary"] = MU_OBJECTIVE
        extra["referees"] = rng.sample(MU_REFEREES, 2)
        extra["licence"] = rng.random() < 0.5
        languages = list(MU_LANGUAGES) + ([("Hindi", "Fair")] if rng.random() < 0.4 else [])
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-haitian-cv":
        phone = f"+509 {rng.choice((3, 4))}{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        email = f"{first}{last.replace('-', '')}@{rng.choice(('gmail.com', 'hotmail.com'))}"
        label = jobs[0].position
        for job in jobs:
            job.city = rng.choice(("Port-au-Prince", "Pétion-Ville", "Saint-Marc", "Delmas"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if study == "Maîtrise":
            degrees.append(Degree(pool.schools[0], study, area, (end_year - 2, 10), (end_year, 7)))
            end_year -= 2
            study, area = pool.degrees[1]
        degrees.append(
            Degree(rng.choice(pool.schools), study, area, (end_year - 4, 10), (end_year, 7))
        )
        extra["lycee"] = (rng.choice(HT_LYCEES), end_year - 4)
        extra["born"] = f"{rng.randint(1, 28)} {MOIS[rng.randrange(12)]} {end_year - 26}"
        extra["summary"] = HT_PROFILE
        languages = list(HT_LANGUAGES[:3]) + ([HT_LANGUAGES[3]] if rng.random() < 0.5 else [])
        skills = rng.sample(pool.skills, rng.randint(3, 5))
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(100, 999)}"
    elif style == "pdf-linkedin-resume-builder":
        code = {"Columbus": 614, "Raleigh": 919}.get(city, 612)
        phone = f"{code}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
        email = f"{first}.{last.replace('-', '')}@{rng.choice(('gmail.com', 'outlook.com'))}"
        label = f"{jobs[0].position} at {jobs[0].company}"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}{last.replace('-', '')}"
        extra["summary"] = LI_SUMMARY
        for job in jobs:
            job.city = rng.choice((f"{city}, {region}", "Chicago, Illinois", "Remote"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if study.startswith("Master"):
            degrees.append(Degree(pool.schools[idx], study, area, (end_year - 2, 8), (end_year, 5)))
            end_year -= 2
            study, area = pool.degrees[rng.randrange(2)]
        degrees.append(
            Degree(rng.choice(pool.schools), study, area, (end_year - 4, 8), (end_year, 5))
        )
        skills = rng.sample(pool.skills, rng.randint(5, 8))
        extra["certs"] = rng.sample(LI_CERTS, rng.randint(1, 2))
    else:
        phone = f"+370 6{rng.randint(10, 99)} {rng.randint(10000, 99999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'one.lt', 'yahoo.com'))}"
        label = jobs[0].position
        for job in jobs:
            job.city = rng.choice((city, "Vilnius", "Kaunas"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if study == "Magistras":
            degrees.append(Degree(pool.schools[0], study, area, (end_year - 2, 9), (end_year, 6)))
            end_year -= 2
            study, area = pool.degrees[0]
            school = pool.schools[0]
        else:
            school = pool.schools[idx]
        degrees.append(Degree(school, study, area, (end_year - 4, 9), (end_year, 6)))
        extra["born"] = f"{end_year - 22}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        extra["summary"] = LT_ABOUT
        extra["licence"] = rng.random() < 0.7
        extra["hobbies"] = rng.sample(LT_HOBBIES, 2)
        languages = [LT_LANGUAGES[0], *rng.sample(LT_LANGUAGES[1:], rng.randint(1, 3))]
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


def _profiles(extra: dict[str, Any]) -> list[dict[str, str]]:
    if "linkedin" not in extra:
        return []
    link = extra["linkedin"]
    return [{"network": "LinkedIn", "username": link.rsplit("/", 1)[-1], "url": link}]


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
    if style == "pdf-linkedin-resume-builder" and not options["headline"]:
        label = None
    if style == "docx-lithuanian-cv-word" and not options["headline"]:
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
            "profiles": _profiles(extra),
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
        education.append(drop_empty(item))
    if style == "pdf-haitian-cv":
        school, year = extra["lycee"]
        education.append(
            {"institution": school, "studyType": "Baccalauréat (Philo)", "endDate": str(year)}
        )
    skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    certificates = []
    if style == "pdf-linkedin-resume-builder" and options["certs"]:
        certificates = [{"name": n, "issuer": i} for n, i in extra["certs"]]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "certificates": certificates,
            "skills": skills,
            "languages": languages,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-mauritian-cv":
        return _mauritian(person, options), "pdf"
    if style == "pdf-haitian-cv":
        return _haitian(person, options), "pdf"
    if style == "pdf-linkedin-resume-builder":
        return _linkedin_builder(person, options), "pdf"
    if style == "docx-lithuanian-cv-word":
        return _lithuanian_docx(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _mu_month(month: Month | None, form: str) -> str:
    if form == "numeric":
        return "to date" if month is None else f"{month[1]:02d}/{month[0]}"
    return "Present" if month is None else f"{MONTHS_EN[month[1] - 1]} {month[0]}"


def _mauritian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    serif = options["font"] == "serif"
    family = "Serif" if serif else "Sans"
    pdf = _pdf(family, "DejaVuSerif" if serif else "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Curriculum Vitae")
    x, width, key_w = 22.0, 166.0, 42.0
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
        need(20)
        y += 4
        pdf.set_fill_color(217, 217, 217)
        pdf.rect(x, y, width, 6.2, style="F")
        pdf.set_xy(x + 1.5, y + 0.4)
        pdf.set_font(family, "B", 10.5)
        pdf.cell(width - 3, 5.4, text)
        y += 9

    def pair(key: str, value: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font(family, "B", 9.5)
        pdf.cell(key_w, 5, key)
        pdf.cell(5, 5, ":")
        pdf.set_font(family, "", 9.5)
        pdf.multi_cell(width - key_w - 5, 5, value, align="L")
        y = pdf.get_y() + 0.6

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font(family, "B", 16)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    pdf.set_line_width(0.4)
    pdf.line(x + 55, y + 9, x + width - 55, y + 9)
    y += 14

    def personal() -> None:
        heading("PERSONAL DETAILS")
        pair("Name", person.name)
        pair("Address", f"{extra['street']}, {person.city}, Mauritius")
        pair("Mobile", person.phone)
        pair("Email", person.email)
        pair("Date of Birth", extra["born"])
        pair("Nationality", "Mauritian")
        pair("Marital Status", "Single")
        if extra["licence"]:
            pair("Driving Licence", "Yes (Dual)")

    if options["personal_first"]:
        personal()
    else:
        pdf.set_xy(x, y)
        pdf.set_font(family, "B", 14)
        pdf.cell(width, 7, person.name.upper(), align="C")
        pdf.set_font(family, "", 9.5)
        for offset, line in enumerate(
            (
                f"{extra['street']}, {person.city}, Mauritius",
                f"Tel: {person.phone}  |  Email: {person.email}",
            )
        ):
            pdf.set_xy(x, y + 8 + 5 * offset)
            pdf.cell(width, 5, line, align="C")
        y += 19
    heading("CAREER OBJECTIVE")
    pdf.set_xy(x, y)
    pdf.set_font(family, "", 9.5)
    pdf.multi_cell(width, 5, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("WORK EXPERIENCE")
    for job in person.jobs:
        need(30)
        pdf.set_xy(x, y)
        pdf.set_font(family, "B", 9.5)
        span = f"{_mu_month(job.start, form)} – {_mu_month(job.end, form)}"
        pdf.cell(width, 5, span)
        y += 5.5
        pair("Company", f"{job.company}, {job.city}")
        pair("Position", job.position)
        pdf.set_xy(x, y)
        pdf.set_font(family, "BU", 9.5)
        pdf.cell(width, 5, "Duties and Responsibilities:")
        y += 5.8
        for note in job.highlights:
            need(6)
            pdf.set_xy(x + 4, y)
            pdf.set_font(family, "", 9.5)
            pdf.cell(5, 5, "•")
            pdf.multi_cell(width - 9, 5, note, align="L")
            y = pdf.get_y() + 0.4
        y += 3
    heading("ACADEMIC QUALIFICATIONS")
    for d in person.degrees:
        need(12)
        pdf.set_xy(x, y)
        pdf.set_font(family, "B", 9.5)
        pdf.cell(key_w, 5, f"{d.start[0]} – {d.end[0]}")
        title = f"{d.study} {d.area}" if d.area else d.study
        pdf.cell(width - key_w, 5, title)
        pdf.set_xy(x + key_w, y + 5)
        pdf.set_font(family, "I" if d.area else "", 9.5)
        pdf.cell(width - key_w, 5, d.institution)
        y += 11.5
    heading("COMPUTER SKILLS")
    for skill in person.skills:
        need(6)
        pdf.set_xy(x + 4, y)
        pdf.set_font(family, "", 9.5)
        pdf.cell(5, 5, "•")
        pdf.cell(width - 9, 5, skill)
        y += 5.4
    if not options["personal_first"]:
        personal()
    heading("LANGUAGES")
    need(6 + 5.4 * len(person.languages))
    pdf.set_xy(x, y)
    pdf.set_font(family, "B", 9.5)
    pdf.cell(key_w, 5, "Language")
    pdf.cell(40, 5, "Spoken & Written")
    y += 5.6
    for lang, level in person.languages:
        pdf.set_xy(x, y)
        pdf.set_font(family, "", 9.5)
        pdf.cell(key_w, 5, lang)
        pdf.cell(40, 5, level)
        y += 5.4
    heading("REFERENCES")
    need(24)
    for index, (ref, role, org, tel) in enumerate(extra["referees"]):
        rx = x + index * width / 2
        for offset, (text, look) in enumerate(
            ((ref, "B"), (role, ""), (org, ""), (f"Tel: {tel}", ""))
        ):
            pdf.set_xy(rx, y + 5 * offset)
            pdf.set_font(family, look, 9.3)
            pdf.cell(width / 2 - 3, 5, text)
    y += 21
    need(14)
    pdf.set_xy(x, y + 4)
    pdf.set_font(family, "I", 9)
    pdf.multi_cell(
        width, 4.6, "I hereby certify that the above information is true and correct.", align="L"
    )
    y = pdf.get_y()
    _check(y, 284, person)
    return bytes(pdf.output())


def _ht_span(start: Month, end: Month | None, form: str) -> str:
    if form == "years":
        return f"{start[0]} – {'à nos jours' if end is None else end[0]}"
    head = f"{MOIS[start[1] - 1].capitalize()} {start[0]}"
    return f"{head} – {'à ce jour' if end is None else f'{MOIS[end[1] - 1]} {end[0]}'}"


def _haitian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV - {person.name}")
    x, width, gutter = 18.0, 174.0, 38.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 16.0

    def need(height: float) -> None:
        if y + height > 280:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 3.5
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.6)
        pdf.line(x, y + 6.6, x + 30, y + 6.6)
        pdf.set_line_width(0.2)
        pdf.line(x + 30, y + 6.6, x + width, y + 6.6)
        pdf.set_text_color(0, 0, 0)
        y += 9.5

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 20)
    pdf.set_text_color(*accent)
    pdf.cell(width, 9, person.name.upper())
    pdf.set_text_color(60, 60, 60)
    pdf.set_xy(x, y + 10)
    pdf.set_font("Serif", "I", 11.5)
    pdf.cell(width, 6, person.label or "")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "", 9)
    lines = (
        f"Adresse : {extra['street']}, {person.city}, {extra['postal']}, Haïti",
        f"Tél. : {person.phone}   |   Courriel : {person.email}",
        f"Né(e) le {extra['born']}   |   Nationalité : haïtienne   |   "
        + extra["linkedin"].removeprefix("https://www."),
    )
    for offset, line in enumerate(lines):
        pdf.set_xy(x, y + 17.5 + 4.7 * offset)
        pdf.cell(width, 4.6, line)
    y += 33
    heading("PROFIL")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(width, 4.8, extra["summary"], align="J")
    y = pdf.get_y() + 1

    def skills_block() -> None:
        nonlocal y
        heading("COMPÉTENCES INFORMATIQUES")
        for skill in person.skills:
            need(5)
            pdf.set_xy(x + 3, y)
            pdf.set_font("Serif", "", 9.5)
            pdf.cell(5, 4.8, "\u25aa")
            pdf.cell(width - 8, 4.8, skill)
            y += 5

    if options["skills_first"]:
        skills_block()
    heading("EXPÉRIENCES PROFESSIONNELLES")
    for job in person.jobs:
        need(26)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.3)
        pdf.multi_cell(gutter - 3, 4.8, _ht_span(job.start, job.end, form), align="L")
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(width - gutter, 5, job.company)
        pdf.set_xy(x + gutter, y + 5)
        pdf.set_font("Serif", "I", 9.5)
        pdf.cell(width - gutter, 5, f"{job.position}, {job.city}")
        y += 10.5
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Serif", "U", 9.3)
        pdf.cell(width - gutter, 4.8, "Tâches principales :")
        y += 5
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + gutter + 2, y)
            pdf.set_font("Serif", "", 9.3)
            pdf.cell(4, 4.7, "–")
            pdf.multi_cell(width - gutter - 6, 4.7, note, align="L")
            y = pdf.get_y() + 0.3
        y += 2.5
    heading("FORMATION ACADÉMIQUE")
    for d in person.degrees:
        need(12)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.3)
        pdf.cell(gutter, 5, f"{d.start[0]} – {d.end[0]}")
        pdf.set_font("Serif", "B", 10)
        pdf.cell(width - gutter, 5, f"{d.study} en {d.area}")
        pdf.set_xy(x + gutter, y + 5)
        pdf.set_font("Serif", "I", 9.5)
        pdf.cell(width - gutter, 5, d.institution)
        y += 11
    need(12)
    school, year = extra["lycee"]
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 9.3)
    pdf.cell(gutter, 5, str(year))
    pdf.set_font("Serif", "B", 10)
    pdf.cell(width - gutter, 5, "Baccalauréat (Philo)")
    pdf.set_xy(x + gutter, y + 5)
    pdf.set_font("Serif", "I", 9.5)
    pdf.cell(width - gutter, 5, school)
    y += 11
    if not options["skills_first"]:
        skills_block()
    heading("LANGUES")
    for lang, level in person.languages:
        need(5)
        pdf.set_xy(x + 3, y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(gutter - 3, 4.8, f"{lang} :")
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(width - gutter, 4.8, level)
        y += 5
    heading("RÉFÉRENCES")
    need(6)
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "I", 9.5)
    pdf.cell(width, 5, "Disponibles sur demande.")
    y += 6
    _check(y, 286, person)
    return bytes(pdf.output())


def _li_month(month: Month | None) -> str:
    return "Present" if month is None else f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"


def _linkedin_builder(person: Candidate, options: dict[str, Any]) -> bytes:
    from fpdf import FPDF

    from tests.eval.holdout6 import FONTS

    extra = person.extra
    pdf = FPDF(format="letter", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(auto=False)
    for variant, suffix in (("", ""), ("B", "-Bold"), ("I", "-Oblique")):
        pdf.add_font("Sans", variant, str(FONTS / f"DejaVuSans{suffix}.ttf"))
    pdf.set_title("Resume")
    pdf.set_creator("LinkedIn")
    x, width = 19.05, 215.9 - 38.1
    ink, grey, rule = (0, 0, 0), (86, 86, 86), (190, 190, 190)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 19.0

    def need(height: float) -> None:
        if y + height > 262:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(18)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 12)
        pdf.set_text_color(*ink)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(*rule)
        pdf.set_line_width(0.25)
        pdf.line(x, y + 7.4, x + width, y + 7.4)
        y += 10

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(width, 10, person.name)
    y += 11
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 11)
        pdf.cell(width, 5.5, person.label or "")
        y += 6.5
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.set_text_color(*grey)
    contact = " • ".join(
        (
            f"{person.city}, {person.region}, United States",
            person.email,
            person.phone,
        )
    )
    pdf.cell(width, 4.8, contact)
    pdf.set_xy(x, y + 5)
    pdf.cell(width, 4.8, extra["linkedin"].removeprefix("https://"))
    pdf.set_text_color(*ink)
    y += 11
    heading("Summary")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(width, 5, extra["summary"], align="L")
    y = pdf.get_y() + 1
    heading("Experience")
    for job in person.jobs:
        need(24)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(width, 5.5, job.position)
        pdf.set_xy(x, y + 5.6)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(width, 5, job.company)
        pdf.set_xy(x, y + 10.6)
        pdf.set_font("Sans", "", 9)
        pdf.set_text_color(*grey)
        pdf.cell(width, 4.8, f"{_li_month(job.start)} - {_li_month(job.end)}")
        pdf.set_xy(x, y + 15.2)
        pdf.cell(width, 4.8, job.city)
        pdf.set_text_color(*ink)
        y += 21
        for note in job.highlights:
            need(6)
            pdf.set_xy(x + 2, y)
            pdf.set_font("Sans", "", 9.5)
            pdf.cell(4, 5, "•")
            pdf.multi_cell(width - 6, 5, note, align="L")
            y = pdf.get_y() + 0.5
        y += 3
    heading("Education")
    for d in person.degrees:
        need(16)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(width, 5.5, d.institution)
        pdf.set_xy(x, y + 5.6)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(width, 5, f"{d.study}, {d.area}")
        pdf.set_xy(x, y + 10.6)
        pdf.set_font("Sans", "", 9)
        pdf.set_text_color(*grey)
        pdf.cell(width, 4.8, f"{d.start[0]} - {d.end[0]}")
        pdf.set_text_color(*ink)
        y += 18
    if options["certs"]:
        heading("Licenses & certifications")
        for cert, issuer in extra["certs"]:
            need(12)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 10.5)
            pdf.cell(width, 5.5, cert)
            pdf.set_xy(x, y + 5.6)
            pdf.set_font("Sans", "", 9.5)
            pdf.cell(width, 5, issuer)
            y += 12.5
    heading("Skills")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(width, 5, " • ".join(person.skills), align="L")
    y = pdf.get_y()
    _check(y, 268, person)
    return bytes(pdf.output())


def _lt_span(start: Month, end: Month | None, form: str) -> str:
    if form == "numeric":
        tail = "dabar" if end is None else f"{end[0]}-{end[1]:02d}"
        return f"{start[0]}-{start[1]:02d} – {tail}"
    tail = "iki dabar" if end is None else f"{end[0]} m. {MENESIAI[end[1] - 1]} mėn."
    return f"{start[0]} m. {MENESIAI[start[1] - 1]} mėn. – {tail}"


def _lithuanian_docx(person: Candidate, options: dict[str, Any]) -> bytes:
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
    properties.revision = 5
    properties.title = "CV"
    properties.language = "lt-LT"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(1.8)
    normal = document.styles["Normal"]
    normal.font.name = options["font"]
    normal.font.size = Pt(11 if options["font"] == "Calibri" else 12)
    normal.paragraph_format.space_after = Pt(2)
    green = RGBColor(0x38, 0x56, 0x23)
    col = 4.2

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.space_after = Pt(4)
        paragraph.paragraph_format.keep_with_next = True
        run = paragraph.add_run(text)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(12.5), green
        shading = OxmlElement("w:shd")
        for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", "E2EFD9")):
            shading.set(qn(key), value)
        paragraph._p.get_or_add_pPr().append(shading)

    def grid(rows: list[tuple[str, list[tuple[str, bool, bool]], list[str]]]) -> None:
        table = document.add_table(rows=0, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        table.columns[0].width, table.columns[1].width = Cm(col), Cm(17 - col)
        for left, lines, notes in rows:
            cells = table.add_row().cells
            cells[0].width, cells[1].width = Cm(col), Cm(17 - col)
            run = cells[0].paragraphs[0].add_run(left)
            run.font.size = Pt(10)
            first = True
            for text, bold, italic in lines:
                para = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
                first = False
                run = para.add_run(text)
                run.bold, run.italic = bold, italic
            for note in notes:
                para = cells[1].add_paragraph(note, style="List Bullet")
                para.paragraph_format.space_after = Pt(0)
            cells[1].paragraphs[-1].paragraph_format.space_after = Pt(6)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("GYVENIMO APRAŠYMAS")
    run.bold, run.font.size = True, Pt(16)
    name = document.add_paragraph()
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = name.add_run(person.name)
    run.bold, run.font.size, run.font.color.rgb = True, Pt(20), green
    if options["headline"]:
        line = document.add_paragraph()
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        line.add_run(person.label or "").italic = True
    heading("ASMENINĖ INFORMACIJA")
    grid(
        [
            ("Vardas, pavardė", [(person.name, True, False)], []),
            ("Gimimo data", [(extra["born"], False, False)], []),
            (
                "Adresas",
                [(f"{extra['street']}, {extra['postal']} {person.city}, Lietuva", False, False)],
                [],
            ),
            ("Telefonas", [(person.phone, False, False)], []),
            ("El. paštas", [(person.email, False, False)], []),
        ]
    )
    heading("APIE MANE")
    document.add_paragraph(extra["summary"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    heading("DARBO PATIRTIS")
    grid(
        [
            (
                _lt_span(job.start, job.end, form),
                [(job.position, True, False), (f"{job.company}, {job.city}", False, True)],
                job.highlights,
            )
            for job in person.jobs
        ]
    )
    heading("IŠSILAVINIMAS")
    grid(
        [
            (
                f"{d.start[0]}–{d.end[0]}",
                [(d.institution, True, False), (f"{d.study}, {d.area}", False, True)],
                [],
            )
            for d in person.degrees
        ]
    )
    heading("KALBŲ MOKĖJIMAS")
    grid([(lang, [(level, False, False)], []) for lang, level in person.languages])
    heading("KOMPIUTERINIAI ĮGŪDŽIAI")
    for skill in person.skills:
        document.add_paragraph(skill, style="List Bullet").paragraph_format.space_after = Pt(0)
    heading("PAPILDOMA INFORMACIJA")
    rows = []
    if extra["licence"]:
        rows.append(("Vairuotojo pažymėjimas", [("B kategorija", False, False)], []))
    rows.append(("Pomėgiai", [(", ".join(extra["hobbies"]), False, False)], []))
    grid(rows)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())

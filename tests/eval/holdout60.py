"""Sixtieth held-out round ("holdout-60"): more layouts, written blind (without reading the
parser) and meant to be measured once, untuned. Four layouts, three born-digital PDF and one
Word document: pdf-dominica-caribbean-cv, pdf-congolese-cv, pdf-teal-export and
docx-estonian-cv-word. The round is sealed: the layouts are described only in the code below.

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

HOLDOUT_TAG = "holdout-60"
GENERATOR = "tests/eval/holdout60.py"
SEED = 6_027_394

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-dominica-caribbean-cv", 3),
    ("pdf-congolese-cv", 3),
    ("pdf-teal-export", 3),
    ("docx-estonian-cv-word", 3),
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

POOLS: dict[str, Pool] = {
    "pdf-dominica-caribbean-cv": Pool(
        first=("Kerisha", "Shervon", "Tricia-Ann", "Jevon", "Kimron", "Anique"),
        last=("Mondesir", "St. Rose", "Alcindor", "Charlemagne", "Joseph-Auguste"),
        cities=(
            ("Castries", None, "LC", "Morne Du Don Road"),
            ("Gros Islet", None, "LC", "Bois d'Orange"),
            ("St. George's", None, "GD", "Lance aux Epines"),
            ("Grenville", None, "GD", "Pearls, St. Andrew"),
        ),
        employers=(
            "Pitons Financial Services Ltd.",
            "Grand Anse Bay Resort & Spa",
            "Windward Freight Agencies Ltd.",
            "Spice Isle Credit Union",
            "Soufrière Estate Cooperative",
        ),
        titles=(
            "Accounts Clerk",
            "Senior Accounts Clerk",
            "Customer Service Representative",
            "Administrative Assistant",
            "Office Supervisor",
        ),
        highlights=(
            "Processed daily cash receipts and prepared bank deposits",
            "Maintained accounts payable and receivable ledgers in QuickBooks",
            "Reconciled petty cash and staff advances at month end",
            "Responded to member and guest queries by telephone, email and in person",
            "Prepared monthly VAT returns for review by the Financial Controller",
            "Supervised a team of four clerical staff",
            "Assisted with the annual stocktake and external audit",
            "Drafted correspondence, minutes and internal memoranda",
            "Trained new staff on front-office procedures",
        ),
        skills=(
            "Microsoft Office Suite (Word, Excel, Outlook)",
            "QuickBooks",
            "Sage 50",
            "Customer service",
            "Cash handling",
            "Records management",
            "Typing (55 wpm)",
        ),
        schools=(
            "Sir Arthur Lewis Community College",
            "T. A. Marryshow Community College",
            "The University of the West Indies, Open Campus",
        ),
        degrees=(
            ("Associate Degree", "Business Administration"),
            ("Associate Degree", "Accounting"),
            ("Bachelor of Science", "Management Studies"),
        ),
    ),
    "pdf-congolese-cv": Pool(
        first=("Christelle", "Héritier", "Grâce", "Dieudonné", "Merveille", "Trésor"),
        last=("Mukendi Kabeya", "Ilunga Mbuyi", "Nsimba Lukombo", "Kalonji Tshibangu"),
        cities=(
            ("Kinshasa", None, "CD", "Avenue Kasa-Vubu n°45, Quartier Matonge, Kalamu"),
            ("Kinshasa", None, "CD", "Avenue de la Justice n°12, Gombe"),
            ("Kinshasa", None, "CD", "Rue Lumumba n°208, Quartier Yolo-Sud, Kalamu"),
        ),
        employers=(
            "Fleuve Congo Logistique SARL",
            "Banque Mayombe Finances SA",
            "Mbote Télécom SA",
            "ONG Espoir Durable ASBL",
            "Kivu Mining Services SARL",
        ),
        titles=(
            "Comptable",
            "Assistant administratif et financier",
            "Caissier principal",
            "Chargé de recouvrement",
            "Auditeur interne junior",
        ),
        highlights=(
            "Tenue de la comptabilité générale selon le plan OHADA",
            "Élaboration des états financiers mensuels et annuels",
            "Suivi de la trésorerie et rapprochements bancaires",
            "Déclarations fiscales et sociales (DGI, CNSS, INPP)",
            "Gestion de la caisse et des pièces justificatives",
            "Recouvrement des créances auprès des clients",
            "Participation à l'audit annuel des comptes",
            "Préparation du budget et suivi de son exécution",
            "Saisie des opérations dans le logiciel Sage Saari",
        ),
        skills=(
            "Microsoft Office (Word, Excel, PowerPoint)",
            "Sage Saari Comptabilité",
            "Tompro",
            "Internet et messagerie",
            "Logiciel Perfecto",
        ),
        schools=(
            "Université de Kinshasa (UNIKIN)",
            "Université Protestante au Congo (UPC)",
            "Institut Supérieur de Commerce de Kinshasa (ISC)",
        ),
        degrees=(
            ("Licence", "Sciences Économiques et de Gestion"),
            ("Licence", "Sciences Commerciales et Financières"),
            ("Graduat", "Sciences Commerciales et Financières"),
        ),
    ),
    "pdf-teal-export": Pool(
        first=("Brinley", "Callum", "Marisol", "Dashiell", "Tamsin", "Jovanna"),
        last=("Vanderpool", "Okonjo-Hart", "Castellanos", "Lindqvist", "Prescott"),
        cities=(
            ("Austin", "TX", None, ""),
            ("Columbus", "OH", None, ""),
            ("Raleigh", "NC", None, ""),
            ("Denver", "CO", None, ""),
        ),
        employers=(
            "Brightloom Health",
            "Cardinal Ridge Software",
            "Quarrystone Logistics",
            "Fernwood Financial",
            "Atlas & Pine Commerce",
        ),
        titles=(
            "Senior Product Manager",
            "Product Manager",
            "Associate Product Manager",
            "Product Operations Lead",
            "Business Analyst",
        ),
        highlights=(
            "Launched a patient self-scheduling flow that lifted bookings 18% in two quarters",
            "Owned the roadmap for a B2B billing product serving 1,400 customers",
            "Partnered with engineering and design to ship 12 releases on a two-week cadence",
            "Defined OKRs and KPI dashboards in Amplitude for the growth squad",
            "Ran 40+ customer discovery interviews to shape the onboarding redesign",
            "Reduced support tickets 27% by reworking in-app error messaging",
            "Wrote PRDs and user stories; groomed a backlog of 200+ Jira items",
            "Led pricing and packaging analysis that added $1.3M ARR",
            "Coordinated go-to-market launches with marketing, sales and support",
            "Introduced A/B testing with Optimizely across the checkout funnel",
        ),
        skills=(
            "Product Strategy",
            "Roadmapping",
            "A/B Testing",
            "SQL",
            "Amplitude",
            "Jira",
            "Figma",
            "Stakeholder Management",
            "User Research",
            "Agile/Scrum",
        ),
        schools=(
            "The University of Texas at Austin",
            "The Ohio State University",
            "North Carolina State University",
        ),
        degrees=(
            ("Bachelor of Business Administration", "Management Information Systems"),
            ("Bachelor of Science", "Industrial Engineering"),
            ("Master of Business Administration", "Technology Management"),
        ),
    ),
    "docx-estonian-cv-word": Pool(
        first=("Triinu", "Margus", "Kertu", "Rasmus", "Helina", "Jüri"),
        last=("Saar", "Põder", "Luik", "Rebane", "Käär", "Ööbik"),
        cities=(
            ("Pärnu", None, "80010", "Rüütli 33-4"),
            ("Tartu", None, "50409", "Vanemuise 19-6"),
            ("Rakvere", None, "44307", "Tallinna 27-11"),
        ),
        employers=(
            "Saaremaa Puit OÜ",
            "Viru Energia AS",
            "Pärnu Sadamateenused OÜ",
            "Eesti Meditsiinitehnika AS",
            "Peipsi Kalatööstus OÜ",
        ),
        titles=(
            "Projektijuht",
            "Müügijuht",
            "Logistikaspetsialist",
            "Hankespetsialist",
            "Tootmisplaneerija",
        ),
        highlights=(
            "Tarneahela planeerimine ja laoseisu optimeerimine",
            "Hankelepingute ettevalmistamine ja tarnijatega läbirääkimised",
            "Klientide nõustamine ja pakkumiste koostamine",
            "Projektide eelarve koostamine ja kulude jälgimine",
            "Meeskonna töö korraldamine (6 inimest)",
            "Uue ERP-süsteemi juurutamine koostöös IT-osakonnaga",
            "Ekspordidokumentide vormistamine ja tollideklaratsioonid",
            "Igakuiste müügiaruannete koostamine juhatusele",
            "Tootmisgraafikute koostamine ja tootmise koordineerimine",
        ),
        skills=(
            "MS Office (Excel, Word, PowerPoint)",
            "Directo ERP",
            "Merit Aktiva",
            "SAP Business One",
            "Power BI",
            "AutoCAD (algtase)",
        ),
        schools=(
            "Tallinna Tehnikaülikool",
            "Tartu Ülikool",
            "Eesti Maaülikool",
        ),
        degrees=(
            ("Bakalaureusekraad", "Logistika"),
            ("Magistrikraad", "Ärijuhtimine"),
            ("Bakalaureusekraad", "Majandusteadus"),
        ),
    ),
}

CARIB_COUNTRY = {"LC": "Saint Lucia", "GD": "Grenada"}
CARIB_PROFILE = (
    "A hardworking, punctual and reliable individual with over six years of experience in "
    "accounts and administration. I work well under pressure, both independently and as part "
    "of a team, and I am eager to contribute to the growth of a progressive organisation."
)
CARIB_OBJECTIVE = (
    "To obtain a challenging position within a reputable organisation where I can utilise my "
    "skills and experience while continuing to develop professionally."
)
CARIB_LANGUAGES = (("English", "Native"), ("Kwéyòl", "Fluent"), ("Spanish", "Basic"))
CARIB_INTERESTS = ("Netball", "Reading", "Church choir", "Community volunteering", "Cooking")
CARIB_REFEREES = (
    ("Mrs. Claudette Felicien", "Financial Controller", "(758) 451-2290"),
    ("Mr. Desmond Gabriel", "Justice of the Peace", "(473) 440-3317"),
    ("Pastor Lennox Duncan", "Methodist Church", "(758) 452-6604"),
    ("Ms. Verna Noel", "Human Resource Manager", "(473) 444-8125"),
)

CD_PROFILE = (
    "Jeune cadre dynamique, rigoureux et disponible, ayant une bonne maîtrise de la "
    "comptabilité et de la gestion financière, je souhaite mettre mes compétences au service "
    "de votre institution."
)
CD_LANGUAGES = (
    ("Français", "Très bien (parlé et écrit)"),
    ("Lingala", "Langue maternelle"),
    ("Swahili", "Bien"),
    ("Anglais", "Passable"),
    ("Tshiluba", "Bien"),
)
CD_REFERENCES = (
    ("Monsieur Jean-Pierre Lokwa Mpia", "Directeur Financier", "+243 81 700 4521"),
    ("Madame Béatrice Mafuta Nzuzi", "Chef du Personnel", "+243 99 812 3307"),
    ("Professeur Albert Kabasele Mutombo", "Université de Kinshasa", "+243 82 455 9060"),
)
CD_SECONDARY = (
    ("Institut Mont Amba", "Commerciale et Administrative"),
    ("Complexe Scolaire La Colombe", "Commerciale et Gestion"),
    ("Lycée Bolingo", "Pédagogie Générale"),
)

TEAL_SUMMARY = (
    "Product manager with {years} years of experience turning customer insight into shipped "
    "features across B2B SaaS and healthcare. Comfortable with data, fluent with engineering, "
    "and focused on measurable outcomes."
)

TEAL_CERTS = (
    ("Certified Scrum Product Owner (CSPO)", "Scrum Alliance"),
    ("Pragmatic Institute Foundations", "Pragmatic Institute"),
    ("Google Data Analytics Certificate", "Coursera"),
)

EE_LANGUAGES = (
    ("eesti keel", "emakeel"),
    ("inglise keel", "C1"),
    ("vene keel", "B1"),
    ("soome keel", "A2"),
    ("saksa keel", "A2"),
)
EE_SUMMARY = (
    "Kohusetundlik ja täpne, hea suhtlemisoskusega. Olen harjunud töötama kiires tempos ning "
    "võtma vastutust. Soovin edasi areneda rahvusvahelises ettevõttes."
)


# ---------------------------------------------------------------------------------- people


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-dominica-caribbean-cv":
        return {
            "dates": rng.choice(("long", "years")),
            "objective": rng.random() < 0.5,
            "personal": rng.random() < 0.6,
            "accent": rng.choice(((0, 0, 0), (20, 60, 120), (110, 30, 40))),
        }
    if style == "pdf-congolese-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "roman": rng.random() < 0.6,
        }
    if style == "pdf-teal-export":
        return {
            "dates": rng.choice(("mon", "numeric")),
            "accent": rng.choice(((35, 99, 235), (15, 118, 110), (40, 40, 40), (124, 58, 237))),
            "headline": rng.random() < 0.6,
            "skills_first": rng.random() < 0.4,
            "long": rng.random() < 0.5,
        }
    if style == "docx-estonian-cv-word":
        return {
            "dates": rng.choice(("numeric", "years")),
            "grid": rng.random() < 0.5,
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name).split()
    first, last = slug[0], slug[-1]
    city, region, code, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street or None}
    label: str | None = None
    url: str | None = None
    languages: list[tuple[str, str]] = []
    skills: list[str] = []
    take = 3
    if style == "pdf-teal-export":
        take = rng.choice((4, 5, 6))
    jobs = _chain(rng, pool, take, rng.random() < 0.7)
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    if style == "pdf-dominica-caribbean-cv":
        area_code = "758" if code == "LC" else "473"
        phone = f"({area_code}) {rng.choice(('45', '48', '71', '44'))}{rng.randint(1, 9)}-"
        phone += f"{rng.randint(1000, 9999)}"
        if rng.random() < 0.5:
            phone = f"1 {phone}"
        email = f"{first}{last.replace('.', '')}{rng.randint(80, 99)}@"
        email += rng.choice(("gmail.com", "hotmail.com", "yahoo.com"))
        extra["country"] = CARIB_COUNTRY[code]
        extra["summary"] = CARIB_PROFILE
        extra["objective"] = CARIB_OBJECTIVE
        extra["born"] = f"{rng.randint(1, 28)} {MONTHS_EN[rng.randrange(12)]} {end_year - 20}"
        extra["nationality"] = "Saint Lucian" if code == "LC" else "Grenadian"
        extra["referees"] = rng.sample(CARIB_REFEREES, 2)
        extra["interests"] = rng.sample(CARIB_INTERESTS, 3)
        extra["csec"] = rng.randint(6, 9)
        for job in jobs:
            job.city = rng.choice((city, "Castries" if code == "LC" else "St. George's"))
        idx = 0 if code == "LC" else 1
        if rng.random() < 0.5:
            study, area = pool.degrees[2]
            degrees.append(Degree(pool.schools[2], study, area, (end_year - 3, 9), (end_year, 6)))
            end_year -= 4
        study, area = pool.degrees[rng.choice((0, 1))]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 2, 9), (end_year, 6)))
        languages = list(CARIB_LANGUAGES[:1]) if code == "GD" else list(CARIB_LANGUAGES[:2])
        if rng.random() < 0.5:
            languages.append(CARIB_LANGUAGES[2])
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-congolese-cv":
        prefix = rng.choice(("81", "82", "97", "99", "84"))
        phone = f"+243 {prefix} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        if rng.random() < 0.4:
            phone = f"(+243) {prefix}{rng.randint(1, 9)} {rng.randint(100, 999)} "
            phone += f"{rng.randint(100, 999)}"
        email = f"{first}.{slug[1]}{rng.randint(1, 99)}@"
        email += rng.choice(("gmail.com", "yahoo.fr", "outlook.fr"))
        extra["summary"] = CD_PROFILE
        extra["born"] = (
            f"{rng.choice(('Kinshasa', 'Lubumbashi', 'Kananga', 'Matadi', 'Mbuji-Mayi'))}, "
            f"le {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 23}"
        )
        extra["civil"] = rng.choice(("Célibataire", "Marié(e)"))
        extra["references"] = rng.sample(CD_REFERENCES, 2)
        extra["place_date"] = f"Fait à Kinshasa, le {rng.randint(1, 28):02d}/10/2026"
        for job in jobs:
            job.city = rng.choice((city, city, "Matadi", "Lubumbashi"))
        idx = rng.randrange(2)
        school = pool.schools[rng.randrange(3)]
        lic, larea = pool.degrees[idx]
        degrees.append(Degree(school, lic, larea, (end_year - 2, 10), (end_year, 9)))
        grad, garea = pool.degrees[2]
        degrees.append(Degree(school, grad, garea, (end_year - 5, 10), (end_year - 2, 9)))
        sec, section = rng.choice(CD_SECONDARY)
        degrees.append(
            Degree(sec, "Diplôme d'État", section, (end_year - 11, 9), (end_year - 5, 7))
        )
        languages = [CD_LANGUAGES[0], rng.choice(CD_LANGUAGES[1:3])]
        languages += rng.sample((CD_LANGUAGES[3], CD_LANGUAGES[4]), rng.randint(1, 2))
        skills = rng.sample(pool.skills, rng.randint(3, 5))
    elif style == "pdf-teal-export":
        area_code = {"Austin": "512", "Columbus": "614", "Raleigh": "919", "Denver": "720"}[city]
        phone = f"({area_code}) 555-{rng.randint(100, 199):04d}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'outlook.com', 'icloud.com'))}"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}{last}"
        extra["summary"] = TEAL_SUMMARY.format(years=2026 - jobs[-1].start[0])
        for job in jobs:
            job.city = rng.choice((f"{city}, {region}", "Remote"))
        idx = rng.randrange(2)
        study, area = pool.degrees[idx]
        if rng.random() < 0.4:
            mba, marea = pool.degrees[2]
            degrees.append(Degree(pool.schools[0], mba, marea, (end_year - 2, 8), (end_year, 5)))
            end_year -= 4
        degrees.append(Degree(pool.schools[idx + 1], study, area, (end_year - 4, 8), (end_year, 5)))
        extra["gpa"] = rng.choice((None, "3.7", "3.82"))
        certs = rng.sample(TEAL_CERTS, rng.randint(0, 2))
        extra["certs"] = [(c, issuer, rng.randint(2019, 2025)) for c, issuer in certs]
        skills = rng.sample(pool.skills, rng.randint(7, 10))
    else:
        phone = f"+372 5{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'hot.ee', 'mail.ee'))}"
        extra["postal"] = code
        extra["summary"] = EE_SUMMARY
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{end_year - 22}"
        extra["licence"] = rng.random() < 0.7
        for job in jobs:
            job.city = rng.choice((city, "Tallinn"))
        idx = rng.choice((0, 2))
        if rng.random() < 0.5:
            study, area = pool.degrees[1]
            degrees.append(Degree(pool.schools[1], study, area, (end_year - 2, 9), (end_year, 6)))
            end_year -= 2
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 3, 9), (end_year, 6)))
        languages = [EE_LANGUAGES[0], *rng.sample(EE_LANGUAGES[1:], rng.randint(2, 3))]
        skills = rng.sample(pool.skills, rng.randint(3, 5))
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
        degrees=degrees,
        skills=skills,
        languages=languages,
        extra=extra,
    )


# ------------------------------------------------------------------------------------ truth


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    extra = person.extra
    country = None
    if style in ("pdf-dominica-caribbean-cv", "pdf-congolese-cv"):
        country = person.code
    elif style == "docx-estonian-cv-word":
        country = "EE"
    location = {
        "address": extra.get("street"),
        "postalCode": extra.get("postal"),
        "city": person.city,
        "region": person.region,
        "countryCode": country,
    }
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label if options.get("headline") else None,
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
        item: dict[str, Any] = {"institution": d.institution, "studyType": d.study, "area": d.area}
        if style == "pdf-teal-export":
            item["endDate"] = str(d.end[0])
            item["score"] = extra.get("gpa") if d is person.degrees[-1] else None
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        education.append(drop_empty(item))
    languages = [{"language": lang, "fluency": level} for lang, level in person.languages]
    certificates = [
        {"name": name, "issuer": issuer, "date": str(year)}
        for name, issuer, year in extra.get("certs", [])
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
    if style == "pdf-dominica-caribbean-cv":
        return _caribbean(person, options), "pdf"
    if style == "pdf-congolese-cv":
        return _congolese(person, options), "pdf"
    if style == "pdf-teal-export":
        return _teal(person, options), "pdf"
    if style == "docx-estonian-cv-word":
        return _estonian_docx(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _cb_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Present"
    return str(month[0]) if form == "years" else f"{MONTHS_EN[month[1] - 1]} {month[0]}"


def _caribbean(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Curriculum Vitae")
    x, width, gutter = 22.0, 166.0, 46.0
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
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text.upper())
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(x, y + 6.6, x + width, y + 6.6)
        pdf.set_text_color(0, 0, 0)
        y += 10

    def para(text: str, size: float = 10) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", size)
        pdf.multi_cell(width, 5, text, align="J")
        y = pdf.get_y() + 1

    def row(key: str, value: str) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(gutter, 5.2, f"{key}:")
        pdf.set_font("Serif", "", 10)
        pdf.multi_cell(width - gutter, 5.2, value, align="L")
        y = pdf.get_y() + 0.6

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 10)
    pdf.cell(width, 5, "CURRICULUM VITAE", align="C")
    pdf.set_xy(x, y + 7)
    pdf.set_font("Serif", "B", 20)
    pdf.set_text_color(*accent)
    pdf.cell(width, 9, person.name, align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Serif", "", 10)
    lines = (
        f"{extra['street']}, {person.city}, {extra['country']}",
        f"Tel: {person.phone}  |  Email: {person.email}",
    )
    for offset, line in enumerate(lines):
        pdf.set_xy(x, y + 18 + 5.2 * offset)
        pdf.cell(width, 5, line, align="C")
    y += 30
    if options["objective"]:
        heading("Career Objective")
        para(extra["objective"])
    heading("Personal Profile")
    para(extra["summary"])
    if options["personal"]:
        heading("Personal Information")
        row("Date of Birth", extra["born"])
        row("Nationality", extra["nationality"])
        row("Marital Status", "Single")
    heading("Work Experience")
    for job in person.jobs:
        need(30)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10)
        span = f"{_cb_month(job.start, form)} \u2013 {_cb_month(job.end, form)}"
        pdf.multi_cell(gutter - 3, 5.2, span, align="L")
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(width - gutter, 5.2, job.company)
        pdf.set_xy(x + gutter, y + 5.2)
        pdf.set_font("Serif", "", 10)
        pdf.cell(width - gutter, 5.2, job.city)
        pdf.set_xy(x + gutter, y + 10.4)
        pdf.set_font("Serif", "I", 10)
        pdf.cell(width - gutter, 5.2, f"Position: {job.position}")
        y += 16.5
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Serif", "U", 10)
        pdf.cell(width - gutter, 5, "Duties included:")
        y += 5.6
        for note in job.highlights:
            need(6)
            pdf.set_xy(x + gutter + 2, y)
            pdf.set_font("Serif", "", 10)
            pdf.cell(5, 5, "\u2022")
            pdf.multi_cell(width - gutter - 7, 5, note, align="L")
            y = pdf.get_y() + 0.5
        y += 3.5
    heading("Educational Background")
    for d in person.degrees:
        need(17)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(gutter, 5.2, f"{d.start[0]} \u2013 {d.end[0]}")
        pdf.set_font("Serif", "B", 10.5)
        pdf.multi_cell(width - gutter, 5.2, d.institution, align="L")
        pdf.set_xy(x + gutter, pdf.get_y())
        pdf.set_font("Serif", "", 10)
        pdf.cell(width - gutter, 5.2, f"{d.study} in {d.area}")
        y = pdf.get_y() + 8
    need(10)
    pdf.set_xy(x + gutter, y - 2)
    pdf.set_font("Serif", "I", 10)
    pdf.multi_cell(
        width - gutter,
        5.2,
        f"CSEC: {extra['csec']} subjects including English A and Mathematics",
        align="L",
    )
    y = pdf.get_y() + 1
    heading("Skills")
    for skill in person.skills:
        need(6)
        pdf.set_xy(x + 2, y)
        pdf.set_font("Serif", "", 10)
        pdf.cell(5, 5, "\u2022")
        pdf.cell(width - 7, 5, skill)
        y += 5.5
    heading("Languages")
    for lang, level in person.languages:
        row(lang, level)
    heading("Hobbies and Interests")
    para(", ".join(extra["interests"]))
    heading("Referees")
    need(18)
    for index, (ref, role, tel) in enumerate(extra["referees"]):
        rx = x + index * (width / 2)
        for offset, (text, look) in enumerate(((ref, "B"), (role, ""), (f"Tel: {tel}", ""))):
            pdf.set_xy(rx, y + 5 * offset)
            pdf.set_font("Serif", look, 10)
            pdf.cell(width / 2 - 4, 5, text)
    y += 16
    _check(y, 282, person)
    return bytes(pdf.output())


def _cd_span(start: Month, end: Month | None, form: str) -> str:
    if form == "numeric":
        tail = "à ce jour" if end is None else f"\u2013 {end[1]:02d}/{end[0]}"
        return f"{start[1]:02d}/{start[0]} {tail}"
    if end is None:
        return f"Depuis {MOIS[start[1] - 1]} {start[0]}"
    return f"De {MOIS[start[1] - 1]} {start[0]} à {MOIS[end[1] - 1]} {end[0]}"


def _congolese(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("CV")
    x, width, gutter = 20.0, 170.0, 58.0
    navy = (0, 32, 96)
    y = 0.0
    number = 0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 285)
        pdf.set_font("Serif", "I", 8)
        pdf.cell(width, 4, f"{pdf.page_no()}", align="C")
        y = 18.0

    def need(height: float) -> None:
        if y + height > 276:
            new_page()

    def heading(text: str) -> None:
        nonlocal y, number
        need(22)
        number += 1
        roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")[number - 1]
        title = f"{roman}. {text}" if options["roman"] else text
        y += 4
        pdf.set_fill_color(217, 226, 243)
        pdf.rect(x, y, width, 7, style="F")
        pdf.set_xy(x + 2, y + 0.8)
        pdf.set_font("Serif", "B", 11)
        pdf.set_text_color(*navy)
        pdf.cell(width - 4, 5.6, title.upper())
        pdf.set_text_color(0, 0, 0)
        y += 10

    def row(key: str, value: str, *, bold: bool = False) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "", 10)
        pdf.cell(gutter - 4, 5.2, key)
        pdf.cell(4, 5.2, ":")
        pdf.set_font("Serif", "B" if bold else "", 10)
        pdf.multi_cell(width - gutter - 4, 5.2, value, align="L")
        y = pdf.get_y() + 0.8

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 16)
    pdf.set_text_color(*navy)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    pdf.set_draw_color(*navy)
    pdf.set_line_width(0.6)
    pdf.line(x + 50, y + 9.5, x + width - 50, y + 9.5)
    pdf.set_text_color(0, 0, 0)
    y += 14
    heading("Identité")
    row("Noms", person.name, bold=True)
    row("Date et lieu de naissance", extra["born"])
    row("Nationalité", "Congolaise")
    row("État civil", extra["civil"])
    row("Adresse", f"{extra['street']}, {person.city}, RD Congo")
    row("Téléphone", person.phone)
    row("E-mail", person.email)
    heading("Profil")
    pdf.set_xy(x + 4, y)
    pdf.set_font("Serif", "", 10)
    pdf.multi_cell(width - 4, 5.2, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("Études faites")
    for d in person.degrees:
        need(12)
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(34, 5.2, f"{d.start[0]} \u2013 {d.end[0]}")
        pdf.cell(4, 5.2, ":")
        sep = ", section " if d.study == "Diplôme d'État" else " en "
        pdf.multi_cell(width - 42, 5.2, f"{d.study}{sep}{d.area}", align="L")
        pdf.set_xy(x + 42, pdf.get_y())
        pdf.set_font("Serif", "I", 10)
        pdf.multi_cell(width - 42, 5.2, f"{d.institution} / Kinshasa", align="L")
        y = pdf.get_y() + 2
    heading("Expériences professionnelles")
    for job in person.jobs:
        need(28)
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(width - 4, 5.2, f"\u25c6 {_cd_span(job.start, job.end, form)}")
        y += 5.6
        for key, value in (("Employeur", job.company), ("Fonction", job.position)):
            pdf.set_xy(x + 10, y)
            pdf.set_font("Serif", "", 10)
            pdf.cell(26, 5.2, key)
            pdf.cell(4, 5.2, ":")
            pdf.set_font("Serif", "B" if key == "Fonction" else "", 10)
            pdf.cell(width - 40, 5.2, value)
            y += 5.4
        pdf.set_xy(x + 10, y)
        pdf.set_font("Serif", "", 10)
        pdf.cell(26, 5.2, "Lieu")
        pdf.cell(4, 5.2, ":")
        pdf.cell(width - 40, 5.2, job.city)
        y += 5.4
        pdf.set_xy(x + 10, y)
        pdf.set_font("Serif", "U", 10)
        pdf.cell(pdf.get_string_width("Tâches principales") + 1, 5.2, "Tâches principales")
        pdf.set_font("Serif", "", 10)
        pdf.cell(4, 5.2, ":")
        y += 5.6
        for note in job.highlights:
            need(6)
            pdf.set_xy(x + 14, y)
            pdf.set_font("Serif", "", 10)
            pdf.cell(5, 5.2, "-")
            pdf.multi_cell(width - 19, 5.2, note, align="L")
            y = pdf.get_y() + 0.3
        y += 3
    heading("Connaissances linguistiques")
    for lang, level in person.languages:
        row(lang, level)
    heading("Connaissances informatiques")
    for skill in person.skills:
        need(6)
        pdf.set_xy(x + 6, y)
        pdf.set_font("Serif", "", 10)
        pdf.cell(5, 5.2, "\u2022")
        pdf.cell(width - 11, 5.2, skill)
        y += 5.5
    heading("Références")
    for ref, role, tel in extra["references"]:
        need(8)
        pdf.set_xy(x + 6, y)
        pdf.set_font("Serif", "", 10)
        pdf.multi_cell(width - 6, 5.2, f"{ref}, {role}. Tél. : {tel}", align="L")
        y = pdf.get_y() + 1
    need(30)
    y += 4
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "I", 10)
    pdf.multi_cell(
        width,
        5.2,
        "Je certifie sur l'honneur que les renseignements ci-dessus sont sincères et exacts.",
        align="L",
    )
    y = pdf.get_y() + 4
    pdf.set_font("Serif", "", 10)
    pdf.set_xy(x + width - 80, y)
    pdf.cell(80, 5.2, extra["place_date"], align="R")
    pdf.set_xy(x + width - 80, y + 14)
    pdf.set_font("Serif", "B", 10)
    pdf.cell(80, 5.2, person.name.upper(), align="R")
    y += 20
    _check(y, 282, person)
    return bytes(pdf.output())


def _teal_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Present"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"


def _teal(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} Resume")
    pdf.set_creator("Teal")
    x, width = 15.0, 180.0
    ink = (30, 41, 59)
    k = 1.16 if options["long"] else 1.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 14.0

    def need(height: float) -> None:
        if y + height > 283:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(16)
        y += 3
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(*accent)
        pdf.cell(width, 5, text.upper())
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.35)
        pdf.line(x, y + 5.8, x + width, y + 5.8)
        pdf.set_text_color(*ink)
        y += 8

    new_page()
    pdf.set_text_color(*ink)
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(width, 10, person.name, align="C")
    y += 11 * k
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 5.5, person.label or "", align="C")
        pdf.set_text_color(*ink)
        y += 6.5
    parts = (
        f"{person.city}, {person.region}",
        person.phone,
        person.email,
        extra["linkedin"].removeprefix("https://www."),
    )
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 8.6)
    pdf.cell(width, 4.6, " \u2022 ".join(parts), align="C")
    y += 6

    def summary() -> None:
        nonlocal y
        heading("Summary")
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9 * k)
        pdf.multi_cell(width, 4.5 * k, extra["summary"], align="L")
        y = pdf.get_y() + 1

    def skills() -> None:
        nonlocal y
        heading("Skills")
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9 * k)
        pdf.multi_cell(width, 4.6 * k, ", ".join(person.skills), align="L")
        y = pdf.get_y() + 1

    def experience() -> None:
        nonlocal y
        heading("Experience")
        for job in person.jobs:
            need(22)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 9.8 * k)
            pdf.cell(width - 50, 5 * k, job.position)
            pdf.set_font("Sans", "", 9 * k)
            span = f"{_teal_month(job.start, form)} \u2013 {_teal_month(job.end, form)}"
            pdf.cell(50, 5 * k, span, align="R")
            pdf.set_xy(x, y + 5 * k)
            pdf.set_font("Sans", "", 9.2 * k)
            pdf.set_text_color(*accent)
            pdf.cell(width - 50, 4.8 * k, job.company)
            pdf.set_text_color(100, 116, 139)
            pdf.set_font("Sans", "I", 8.8 * k)
            pdf.cell(50, 4.8 * k, job.city, align="R")
            pdf.set_text_color(*ink)
            y += 10.5 * k
            for note in job.highlights:
                need(5)
                pdf.set_xy(x + 2.5, y)
                pdf.set_font("Sans", "", 9 * k)
                pdf.cell(4, 4.5 * k, "\u2022")
                pdf.multi_cell(width - 6.5, 4.5 * k, note, align="L")
                y = pdf.get_y() + 0.4
            y += 2.5

    def education() -> None:
        nonlocal y
        heading("Education")
        for d in person.degrees:
            need(12)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 9.6)
            pdf.cell(width - 30, 5, f"{d.study}, {d.area}")
            pdf.set_font("Sans", "", 9 * k)
            pdf.cell(30, 5, str(d.end[0]), align="R")
            pdf.set_xy(x, y + 5 * k)
            pdf.set_font("Sans", "", 9.2 * k)
            pdf.set_text_color(*accent)
            pdf.cell(width - 40, 4.8, d.institution)
            pdf.set_text_color(*ink)
            if extra["gpa"] and d is person.degrees[-1]:
                pdf.set_font("Sans", "", 8.8)
                pdf.cell(40, 4.8, f"GPA: {extra['gpa']}", align="R")
            y += 11 * k

    def certifications() -> None:
        nonlocal y
        if not extra["certs"]:
            return
        heading("Certifications")
        for name, issuer, year in extra["certs"]:
            need(6)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 9 * k)
            pdf.cell(pdf.get_string_width(name) + 1, 4.6 * k, name)
            pdf.set_font("Sans", "", 9 * k)
            pdf.cell(width - 30, 4.6 * k, f"\u2013 {issuer}")
            pdf.set_xy(x + width - 25, y)
            pdf.cell(25, 4.6 * k, str(year), align="R")
            y += 5.2 * k

    summary()
    if options["skills_first"]:
        skills()
    experience()
    education()
    certifications()
    if not options["skills_first"]:
        skills()
    _check(y, 288, person)
    return bytes(pdf.output())


def _ee_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        return str(month[0]) if form == "years" else f"{month[1]:02d}.{month[0]}"

    return f"{one(start)} \u2013 {'praeguseni' if end is None else one(end)}"


def _estonian_docx(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    form, extra = options["dates"], person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = ""
    properties.revision = 1
    properties.title = "CV"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(0)
    left_width, right_width = Cm(4.2), Cm(12.4)
    blue = RGBColor(0x1F, 0x3A, 0x68)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("CV")
    run.bold, run.font.size = True, Pt(20)
    title.paragraph_format.space_after = Pt(12)

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(14)
        paragraph.paragraph_format.space_after = Pt(4)
        run = paragraph.add_run(text.upper())
        run.bold, run.font.size = True, Pt(12)
        run.font.color.rgb = blue

    def table(rows: int) -> Any:
        grid = document.add_table(rows=rows, cols=2)
        if options["grid"]:
            grid.style = "Table Grid"
        grid.autofit = False
        grid.columns[0].width, grid.columns[1].width = left_width, right_width
        for cells in grid.rows:
            cells.cells[0].width, cells.cells[1].width = left_width, right_width
        return grid

    heading("Isikuandmed")
    personal = (
        ("Nimi", person.name),
        ("Sünniaeg", extra["born"]),
        ("Aadress", f"{extra['street']}, {extra['postal']} {person.city}, Eesti"),
        ("Telefon", person.phone),
        ("E-post", person.email),
    )
    grid = table(len(personal))
    for cells, (key, value) in zip(grid.rows, personal, strict=True):
        cells.cells[0].paragraphs[0].add_run(key).bold = True
        cells.cells[1].paragraphs[0].add_run(value)
    heading("Haridus")
    grid = table(len(person.degrees))
    for cells, d in zip(grid.rows, person.degrees, strict=True):
        cells.cells[0].paragraphs[0].add_run(f"{d.start[0]}\u2013{d.end[0]}")
        cells.cells[1].paragraphs[0].add_run(d.institution).bold = True
        cells.cells[1].add_paragraph(f"Eriala: {d.area}")
        cells.cells[1].add_paragraph(d.study)
    heading("Töökogemus")
    grid = table(len(person.jobs))
    for cells, job in zip(grid.rows, person.jobs, strict=True):
        cells.cells[0].paragraphs[0].add_run(_ee_span(job.start, job.end, form))
        cells.cells[1].paragraphs[0].add_run(job.company).bold = True
        cells.cells[1].add_paragraph(f"Ametikoht: {job.position}")
        cells.cells[1].add_paragraph(f"Asukoht: {job.city}")
        cells.cells[1].add_paragraph("Tööülesanded:")
        for note in job.highlights:
            cells.cells[1].add_paragraph(note, style="List Bullet")
        cells.cells[1].paragraphs[-1].paragraph_format.space_after = Pt(6)
    heading("Keeleoskus")
    grid = document.add_table(rows=len(person.languages) + 1, cols=2)
    if options["grid"]:
        grid.style = "Table Grid"
    grid.cell(0, 0).paragraphs[0].add_run("Keel").bold = True
    grid.cell(0, 1).paragraphs[0].add_run("Tase").bold = True
    for index, (lang, level) in enumerate(person.languages, 1):
        grid.cell(index, 0).text = lang
        grid.cell(index, 1).text = level
    heading("Arvutioskus")
    for skill in person.skills:
        document.add_paragraph(skill, style="List Bullet")
    heading("Lisainfo")
    document.add_paragraph(EE_SUMMARY)
    if extra["licence"]:
        document.add_paragraph("Juhiload: B-kategooria")
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())

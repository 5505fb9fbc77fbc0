"""Fifty-ninth held-out round ("holdout-59"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts, three born-digital PDF and
one Word document: pdf-togolese-cv, pdf-papua-new-guinean-cv, pdf-jobstreet-export and
docx-bulgarian-cv-word. The round is sealed: the layouts are described only in the code
below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

# ruff: noqa: RUF001 (the CVs use en dashes, typographic quotes and Cyrillic)

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.holdout30 import _bg_latin, _Person
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, normalise_zip

HOLDOUT_TAG = "holdout-59"
GENERATOR = "tests/eval/holdout59.py"
SEED = 5_947_318

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-togolese-cv", 3),
    ("pdf-papua-new-guinean-cv", 3),
    ("pdf-jobstreet-export", 3),
    ("docx-bulgarian-cv-word", 3),
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
    "януари",
    "февруари",
    "март",
    "април",
    "май",
    "юни",
    "юли",
    "август",
    "септември",
    "октомври",
    "ноември",
    "декември",
)

POOLS: dict[str, Pool] = {
    "pdf-togolese-cv": Pool(
        first=("Kossivi Mawuli", "Essowè", "Akouvi Dzifa", "Yawovi", "Pélagie Ablavi", "Komlanvi"),
        last=("Agbéko", "Tchalla", "Kpodzro", "Adjamagbo", "Bassowa", "Gbédjé"),
        cities=(
            ("Lomé", None, None, "BP 4127, quartier Bè-Kpota"),
            ("Lomé", None, None, "Tokoin Hôpital, rue 245, maison 18"),
            ("Lomé", None, None, "Agoè-Nyivé, non loin du marché"),
        ),
        employers=(
            "Golfe Microfinance SA",
            "Cabinet Fiduciaire du Mono",
            "Kara Agro-Industrie SARL",
            "Lomé Transit & Logistique",
            "ONG Avenir Solidaire Togo",
        ),
        titles=(
            "Comptable",
            "Assistant comptable",
            "Chargé de crédit",
            "Auditeur junior",
            "Contrôleur de gestion",
        ),
        highlights=(
            "Saisie et imputation des pièces comptables sur SAGE Saari",
            "Élaboration des états financiers selon le SYSCOHADA révisé",
            "Rapprochements bancaires mensuels et suivi de la trésorerie",
            "Déclarations fiscales et sociales (TVA, IRPP, CNSS) auprès de l'OTR",
            "Analyse des dossiers de crédit et suivi du portefeuille de la clientèle",
            "Participation aux missions d'audit légal et contractuel",
            "Préparation des budgets prévisionnels et suivi de leur exécution",
            "Gestion des immobilisations et inventaire physique de fin d'année",
            "Appui à la mise en œuvre d'un projet financé par l'Union européenne",
        ),
        skills=(
            "Word, Excel, PowerPoint",
            "SAGE Saari Comptabilité",
            "TOMPRO",
            "Perfecto",
            "Internet et messagerie",
            "Excel avancé (tableaux croisés dynamiques)",
        ),
        schools=(
            "Université de Lomé",
            "Université de Kara",
            "École Supérieure des Affaires du Golfe",
        ),
        degrees=(
            ("Licence professionnelle", "Finance-Comptabilité"),
            ("Master professionnel", "Audit et Contrôle de Gestion"),
            ("BTS", "Comptabilité et Gestion des Entreprises"),
        ),
    ),
    "pdf-papua-new-guinean-cv": Pool(
        first=("Bomai", "Joycelyn", "Tauna", "Kepa", "Rosalyn", "Wesley", "Dulcie"),
        last=("Kilamanu", "Warupi", "Sialis", "Tamarua", "Kaupu", "Yagilam"),
        cities=(
            (
                "Port Moresby",
                "National Capital District",
                None,
                "Section 12, Lot 45, Gerehu Stage 2",
            ),
            ("Port Moresby", "National Capital District", None, "Allotment 7, Section 3, Boroko"),
            ("Port Moresby", "National Capital District", None, "Lot 22, Tokarara Road, Waigani"),
        ),
        employers=(
            "Coral Sea Freight Services Ltd",
            "Kumul Highlands Trading Ltd",
            "Laloki Agro Supplies Ltd",
            "Fly River Mining Services Ltd",
            "Owen Stanley Health Foundation",
        ),
        titles=(
            "Logistics Officer",
            "Procurement Officer",
            "Senior Supply Officer",
            "Warehouse Supervisor",
            "Stores Clerk",
        ),
        highlights=(
            "Coordinated inbound shipments through Port Moresby and Lae ports",
            "Raised purchase orders and followed up suppliers on delivery schedules",
            "Maintained stock records and conducted monthly stock takes",
            "Supervised a team of six storemen and two forklift operators",
            "Prepared customs entries and liaised with PNG Customs Service",
            "Managed fleet bookings for remote site deliveries by road and charter",
            "Reconciled supplier invoices against goods received notes",
            "Reduced stock-outs of critical spares by introducing reorder levels",
            "Trained new staff on warehouse safety and inventory procedures",
        ),
        skills=(
            "Microsoft Office (Word, Excel, Outlook)",
            "Attache Inventory",
            "MYOB",
            "SAP Business One",
            "Forklift Licence (Class 8)",
            "Report writing",
            "Customer service",
        ),
        schools=(
            "University of Papua New Guinea",
            "PNG University of Technology",
            "Divine Word University",
        ),
        degrees=(
            ("Bachelor of Business Management", "Logistics and Supply Chain"),
            ("Diploma", "Materials Management"),
            ("Bachelor of Commerce", "Business Administration"),
        ),
    ),
    "pdf-jobstreet-export": Pool(
        first=("Nur Syafiqah", "Ahmad Haziq", "Siti Hajar", "Muhammad Irfan", "Aina Sofea"),
        last=("Zulkifli", "Ramli", "Kamaruddin", "Azhar", "Shamsuddin"),
        cities=(
            ("Petaling Jaya", "Selangor", None, ""),
            ("Shah Alam", "Selangor", None, ""),
            ("Johor Bahru", "Johor", None, ""),
        ),
        employers=(
            "Orkid Cloud Solutions Sdn Bhd",
            "Permata Retail Berhad",
            "Klang Valley Digital Sdn Bhd",
            "Seri Mutiara Travel & Tours Sdn Bhd",
            "Bayu Fintech Sdn Bhd",
        ),
        titles=(
            "Digital Marketing Executive",
            "Senior Digital Marketing Executive",
            "Marketing Executive",
            "Social Media Specialist",
            "Performance Marketing Lead",
        ),
        highlights=(
            "Planned and executed Facebook, Instagram and TikTok ad campaigns",
            "Managed monthly ad spend of RM80,000 across Google Ads and Meta",
            "Grew organic traffic by 45% through SEO content and on-page fixes",
            "Coordinated with KOLs and agencies for product launch campaigns",
            "Prepared weekly performance reports in Looker Studio for management",
            "Set up email automation journeys in Klaviyo for Shopee and Lazada buyers",
            "Handled customer enquiries on social media in BM and English",
            "Ran A/B tests on landing pages that lifted conversion rate by 18%",
            "Supervised two interns and a freelance graphic designer",
        ),
        skills=(
            "Google Ads",
            "Meta Ads Manager",
            "SEO",
            "Google Analytics 4",
            "Canva",
            "Copywriting",
            "Shopee Seller Centre",
            "TikTok Ads",
            "Adobe Photoshop",
            "Project Management",
        ),
        schools=(
            "Universiti Teknologi MARA (UiTM)",
            "Universiti Putra Malaysia",
            "Multimedia University",
        ),
        degrees=(
            ("Bachelor of Business Administration (Hons)", "Marketing"),
            ("Bachelor of Mass Communication (Hons)", "Advertising"),
            ("Diploma", "Business Studies"),
        ),
    ),
    "docx-bulgarian-cv-word": Pool(
        first=("Благовеста", "Ралица", "Теодора", "Мариела", "Гергана", "Камелия"),
        last=("Гърдева", "Бончева", "Кавалджиева", "Тошкова", "Янчева", "Мутафчиева"),
        cities=(
            ("София", None, "1784", "ж.к. „Младост“ 1, бл. 45, вх. Б, ап. 12"),
            ("Пловдив", None, "4000", "ул. „Гладстон“ № 14, ет. 3"),
            ("Варна", None, "9002", "бул. „Приморски“ № 61, ап. 7"),
        ),
        employers=(
            "„Тракия Софт“ ЕООД",
            "„Витоша Консулт“ ООД",
            "„Дунав Логистик“ АД",
            "„Пирин Финанс“ ЕАД",
            "„Черноморски строител“ ООД",
        ),
        titles=(
            "Счетоводител",
            "Главен счетоводител",
            "Финансов анализатор",
            "Младши счетоводител",
            "Оперативен счетоводител",
        ),
        highlights=(
            "Осчетоводяване на първични документи и банкови извлечения",
            "Изготвяне на справки-декларации по ЗДДС и VIES",
            "Подготовка на годишни финансови отчети и ГДД по ЗКПО",
            "Обработка на ведомости за заплати и осигуровки",
            "Комуникация с НАП, НОИ и външни одитори",
            "Инвентаризация на дълготрайни активи и материални запаси",
            "Изготвяне на месечни управленски отчети за ръководството",
            "Контрол на вземанията и задълженията към контрагенти",
            "Въвеждане на нова счетоводна програма и обучение на колегите",
        ),
        skills=(
            "MS Office (Word, Excel, PowerPoint)",
            "Ажур L",
            "Плюс-Минус",
            "Microinvest Делта Pro",
            "SAP Business One",
            "Excel (обобщени таблици, VLOOKUP)",
        ),
        schools=(
            "Университет за национално и световно стопанство",
            "Икономически университет – Варна",
            "Пловдивски университет „Паисий Хилендарски“",
        ),
        degrees=(
            ("Бакалавър", "Счетоводство и контрол"),
            ("Магистър", "Финанси"),
            ("Бакалавър", "Бизнес икономика"),
        ),
    ),
}

COUNTRY = {
    "pdf-togolese-cv": "TG",
    "pdf-papua-new-guinean-cv": "PG",
    "docx-bulgarian-cv-word": "BG",
}
TG_BIRTHPLACES = ("Kpalimé", "Atakpamé", "Sokodé", "Aného", "Tsévié", "Dapaong")
TG_LYCEES = ("Lycée de Tokoin", "Lycée technique d'Adidogomé", "Collège Protestant de Lomé")
TG_LANGUAGES = (
    ("Français", "lu, écrit, parlé"),
    ("Éwé", "parlé"),
    ("Kabiyè", "parlé"),
    ("Anglais", "niveau moyen"),
)
TG_INTERESTS = ("Lecture", "Football", "Musique", "Voyages", "Bénévolat associatif")
TG_REFERENCES = (
    ("M. AMEGAN Kodjo Edem", "Directeur Administratif et Financier", "+228 90 21 47 63"),
    ("Mme ATAYI Sitsofé", "Chef du service comptable", "+228 91 58 03 22"),
    ("M. BALOUKI Essohanam", "Expert-comptable diplômé", "+228 99 36 15 80"),
)
TG_PROFILE = (
    "Jeune professionnel rigoureux et dynamique, doté d'un bon sens de l'organisation et "
    "du travail en équipe, je souhaite mettre mes compétences en comptabilité et finance "
    "au service d'une structure ambitieuse."
)
PG_PROVINCES = ("Eastern Highlands", "Morobe", "Gulf", "Milne Bay", "East Sepik", "Enga")
PG_SCHOOLS = (
    "Sogeri National High School",
    "Port Moresby National High School",
    "Aiyura National High School",
)
PG_OBJECTIVE = (
    "To secure a challenging position in a reputable organisation where I can apply my "
    "skills and experience in logistics and supply, contribute to the growth of the "
    "company and further develop my career."
)
PG_REFEREES = (
    ("Mr. Gabriel Towa", "Operations Manager", "Coral Sea Freight Services Ltd", "+675 7190 4432"),
    ("Mrs. Lucy Karo", "Human Resource Manager", "Laloki Agro Supplies Ltd", "+675 7082 6611"),
    ("Pastor Michael Iru", "Senior Pastor", "Gerehu United Church", "+675 7345 1209"),
)
PG_JOB_PLACES = ("Port Moresby, NCD", "Lae, Morobe Province", "Tabubil, Western Province")
JS_SUMMARY = (
    "Digital marketer with hands-on experience running paid social, search and e-commerce "
    "campaigns for Malaysian brands. Comfortable with data, deadlines and working with "
    "creative teams. Looking for a role where I can own campaign performance end to end."
)
JS_CERTS = (
    ("Google Ads Search Certification", "Google"),
    ("Meta Certified Digital Marketing Associate", "Meta"),
    ("HubSpot Content Marketing", "HubSpot Academy"),
)
JS_LANGUAGES = ("English", "Bahasa Malaysia", "Mandarin", "Arabic")
BG_LANGUAGES = (
    ("Английски", "B2"),
    ("Немски", "A2"),
    ("Руски", "B1"),
    ("Френски", "A1"),
)
BG_ABOUT = (
    "Отговорна, организирана и коректна, с опит в счетоводното обслужване на търговски "
    "дружества. Умея да работя в екип и под напрежение, бързо усвоявам нови програми "
    "и нормативни промени."
)
BG_QUALITIES = (
    "Комуникативност и умения за работа в екип",
    "Прецизност и внимание към детайла",
    "Добра организация на работното време",
)


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-togolese-cv":
        return {
            "dates": rng.choice(("words", "numeric", "years")),
            "font": rng.choice(("serif", "sans")),
            "accent": rng.choice(((0, 70, 140), (0, 110, 60), (120, 20, 20))),
            "edu_first": rng.random() < 0.6,
            "headline": rng.random() < 0.5,
        }
    if style == "pdf-papua-new-guinean-cv":
        return {
            "dates": rng.choice(("long", "short", "years")),
            "font": rng.choice(("serif", "sans")),
            "objective_first": rng.random() < 0.5,
        }
    if style == "pdf-jobstreet-export":
        return {
            "summary": rng.random() < 0.7,
            "certs": rng.random() < 0.5,
            "accent": rng.choice(((13, 56, 128), (0, 82, 155))),
        }
    if style == "docx-bulgarian-cv-word":
        return {
            "dates": rng.choice(("numeric", "words", "years")),
            "layout": rng.choice(("europass", "plain")),
            "font": rng.choice(("Calibri", "Times New Roman", "Arial")),
            "headline": rng.random() < 0.4,
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    latin = _bg_latin(name) if style == "docx-bulgarian-cv-word" else name
    slug = ascii_slug(latin).replace("'", "").split()
    first, last = slug[0], slug[-1]
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street or None, "postal": postal, "latin": latin}
    label: str | None = None
    url: str | None = None
    languages: list[tuple[str, str]] = []
    skills: list[str] = []
    jobs = _chain(rng, pool, rng.randint(3, 4), rng.random() < 0.7)
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    if style == "pdf-togolese-cv":
        phone = f"+228 {rng.choice((90, 91, 92, 93, 96, 97, 98, 99))} {rng.randint(10, 99)} "
        phone += f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
        email = f"{first}{last}{rng.randint(10, 99)}@{rng.choice(('gmail.com', 'yahoo.fr'))}"
        label = jobs[0].position
        for job in jobs:
            job.city = rng.choice(("Lomé", "Lomé", "Kara", "Atakpamé"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if study.startswith("Master"):
            degrees.append(Degree(pool.schools[2], study, area, (end_year - 2, 10), (end_year, 7)))
            end_year -= 2
            study, area = pool.degrees[0]
        years = 2 if study == "BTS" else 3
        school = pool.schools[2] if study == "BTS" else rng.choice(pool.schools[:2])
        degrees.append(Degree(school, study, area, (end_year - years, 10), (end_year, 7)))
        bac = end_year - years
        extra["lycee"] = (rng.choice(TG_LYCEES), bac, rng.choice(("G2", "C4", "D")))
        extra["born"] = f"{rng.randint(1, 28)} {MOIS[rng.randrange(12)]} {bac - 19}"
        extra["birthplace"] = rng.choice(TG_BIRTHPLACES)
        extra["married"] = rng.random() < 0.4
        extra["summary"] = TG_PROFILE if rng.random() < 0.6 else None
        extra["interests"] = rng.sample(TG_INTERESTS, 3)
        extra["references"] = rng.sample(TG_REFERENCES, 2) if rng.random() < 0.6 else []
        mother = rng.choice(TG_LANGUAGES[1:3])
        languages = [TG_LANGUAGES[0], mother, TG_LANGUAGES[3]]
        skills = rng.sample(pool.skills, rng.randint(3, 5))
    elif style == "pdf-papua-new-guinean-cv":
        phone = f"+675 7{rng.randint(0, 9)}{rng.randint(10, 99)} {rng.randint(1000, 9999)}"
        email = f"{first}.{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        for job in jobs:
            job.city = rng.choice(PG_JOB_PLACES)
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        length = 2 if study == "Diploma" else 4
        degrees.append(
            Degree(pool.schools[idx], study, area, (end_year - length, 2), (end_year, 11))
        )
        g12 = end_year - length - 1
        degrees.append(
            Degree(rng.choice(PG_SCHOOLS), "Grade 12 Certificate", "", (g12 - 1, 2), (g12, 11))
        )
        extra["born"] = f"{rng.randint(1, 28)}/{rng.randint(1, 12):02d}/{g12 - 18}"
        extra["province"] = rng.choice(PG_PROVINCES)
        extra["gender"] = "Female" if first in ("joycelyn", "rosalyn", "dulcie") else "Male"
        extra["summary"] = PG_OBJECTIVE
        extra["referees"] = rng.sample(PG_REFEREES, rng.randint(2, 3))
        languages = [("English", "Fluent"), ("Tok Pisin", "Fluent")]
        if rng.random() < 0.6:
            languages.append(("Motu", "Fair"))
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-jobstreet-export":
        phone = f"+60 1{rng.choice((2, 3, 7, 9))}-{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        email = f"{first}{last}{rng.randint(90, 99)}@{rng.choice(('gmail.com', 'yahoo.com.my'))}"
        for job in jobs:
            job.city = ""
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        length = 3 if study == "Diploma" else 4
        degrees.append(
            Degree(pool.schools[idx], study, area, (end_year - length, 9), (end_year, 7))
        )
        if study != "Diploma" and rng.random() < 0.4:
            degrees.append(
                Degree(
                    rng.choice(pool.schools),
                    "Foundation",
                    "Business",
                    (end_year - length - 1, 6),
                    (end_year - length, 5),
                )
            )
        extra["cgpa"] = f"{rng.randint(300, 385) / 100:.2f}" if rng.random() < 0.6 else None
        extra["summary"] = JS_SUMMARY
        extra["certs"] = rng.sample(JS_CERTS, rng.randint(1, 2))
        languages = [(lang, "") for lang in JS_LANGUAGES[: rng.randint(2, 3)]]
        skills = rng.sample(pool.skills, rng.randint(6, 9))
    else:
        phone = rng.choice(("+359 8", "08")) + f"{rng.choice((7, 8, 9))}{rng.randint(7, 9)} "
        phone += f"{rng.randint(100, 999)} {rng.randint(100, 999)}"
        email = f"{first}.{last}@{rng.choice(('abv.bg', 'gmail.com', 'mail.bg'))}"
        label = jobs[0].position
        for job in jobs:
            job.city = rng.choice((city, city, "София"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        school = pool.schools[idx]
        if study == "Магистър":
            degrees.append(Degree(school, study, area, (end_year - 1, 10), (end_year, 7)))
            end_year -= 1
            study, area = pool.degrees[0]
        degrees.append(Degree(school, study, area, (end_year - 4, 10), (end_year, 7)))
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{end_year - 22} г."
        extra["summary"] = BG_ABOUT
        extra["licence"] = rng.random() < 0.7
        languages = [("Български", "майчин"), *rng.sample(BG_LANGUAGES, rng.randint(1, 2))]
        skills = rng.sample(pool.skills, rng.randint(4, 5))
    return _Person(
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
    label = person.label if options.get("headline") else None
    summary = extra.get("summary")
    if style == "pdf-jobstreet-export" and not options["summary"]:
        summary = None
    if style == "docx-bulgarian-cv-word" and options["layout"] == "europass":
        summary = None
    basics = drop_empty(
        {
            "name": person.name,
            "label": label,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "summary": summary,
            "location": drop_empty(location),
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
        if style == "pdf-jobstreet-export":
            item["startDate"] = None
            if d is person.degrees[0] and extra["cgpa"]:
                item["score"] = f"{extra['cgpa']}/4.00"
        education.append(drop_empty(item))
    if style == "pdf-togolese-cv":
        school, year, series = extra["lycee"]
        education.append(
            {"institution": school, "studyType": "BAC II", "area": f"série {series}"}
            | {"endDate": str(year)}
        )
    skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    certificates = []
    if style == "pdf-jobstreet-export" and options["certs"]:
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
    if style == "pdf-togolese-cv":
        return _togolese(person, options), "pdf"
    if style == "pdf-papua-new-guinean-cv":
        return _papua(person, options), "pdf"
    if style == "pdf-jobstreet-export":
        return _jobstreet(person, options), "pdf"
    if style == "docx-bulgarian-cv-word":
        return _bulgarian_docx(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _tg_span(start: Month, end: Month | None, form: str) -> str:
    if form == "years":
        return f"{start[0]} – {'à ce jour' if end is None else end[0]}"
    if form == "numeric":
        tail = "à ce jour" if end is None else f"{end[1]:02d}/{end[0]}"
        return f"{start[1]:02d}/{start[0]} – {tail}"
    head = f"{MOIS[start[1] - 1]} {start[0]}"
    if end is None:
        return f"Depuis {head}"
    return f"De {head} à {MOIS[end[1] - 1]} {end[0]}"


def _togolese(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    serif = options["font"] == "serif"
    family = "Serif" if serif else "Sans"
    pdf = _pdf(family, "DejaVuSerif" if serif else "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    pdf.set_author(person.name)
    x, width, key_w, gutter = 20.0, 170.0, 58.0, 40.0
    size = 10.0 if serif else 9.5
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 18.0

    def need(height: float) -> None:
        if y + height > 280:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 4
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(x, y + 6.6, x + width, y + 6.6)
        pdf.set_xy(x, y)
        pdf.set_font(family, "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_text_color(0, 0, 0)
        y += 9.5

    def pair(key: str, value: str) -> None:
        nonlocal y
        pdf.set_xy(x + 2, y)
        pdf.set_font(family, "B", size)
        pdf.cell(key_w, 5, key)
        pdf.cell(4, 5, ":")
        pdf.set_font(family, "", size)
        pdf.multi_cell(width - key_w - 6, 5, value, align="L")
        y = pdf.get_y() + 0.8

    def bullet(text: str, indent: float, mark: str = "•") -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x + indent, y)
        pdf.set_font(family, "", size)
        pdf.cell(5, 5, mark)
        pdf.multi_cell(width - indent - 5, 5, text, align="L")
        y = pdf.get_y() + 0.5

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font(family, "B", 17)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    pdf.set_line_width(0.3)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(x + 52, y + 9, x + width - 52, y + 9)
    y += 13
    pdf.set_xy(x, y)
    pdf.set_font(family, "B", 14)
    pdf.set_text_color(*accent)
    pdf.cell(width, 7, person.name, align="C")
    pdf.set_text_color(0, 0, 0)
    y += 8
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font(family, "I", 11)
        pdf.cell(width, 6, person.label or "", align="C")
        y += 7
    given, surname = person.name.rsplit(" ", 1)
    heading("ÉTAT CIVIL")
    pair("Nom", surname.upper())
    pair("Prénoms", given)
    pair("Date et lieu de naissance", f"{extra['born']} à {extra['birthplace']}")
    pair("Nationalité", "Togolaise")
    pair("Situation matrimoniale", "Marié(e)" if extra["married"] else "Célibataire sans enfant")
    pair("Adresse", f"{extra['street']}, {person.city} – Togo")
    pair("Téléphone", person.phone)
    pair("E-mail", person.email)
    if extra["summary"]:
        heading("PROFIL")
        pdf.set_xy(x, y)
        pdf.set_font(family, "", size)
        pdf.multi_cell(width, 5, extra["summary"], align="J")
        y = pdf.get_y() + 1

    def education() -> None:
        nonlocal y
        heading("DIPLÔMES ET FORMATIONS")
        for d in person.degrees:
            need(12)
            pdf.set_xy(x, y)
            pdf.set_font(family, "B", size)
            pdf.cell(gutter, 5, f"{d.start[0]} – {d.end[0]}")
            pdf.multi_cell(width - gutter, 5, f"{d.study} en {d.area}", align="L")
            pdf.set_xy(x + gutter, pdf.get_y())
            pdf.set_font(family, "I", size)
            pdf.cell(width - gutter, 5, d.institution)
            y = pdf.get_y() + 6.5
        school, year, series = extra["lycee"]
        need(12)
        pdf.set_xy(x, y)
        pdf.set_font(family, "B", size)
        pdf.cell(gutter, 5, str(year))
        pdf.cell(width - gutter, 5, f"BAC II, série {series}")
        pdf.set_xy(x + gutter, y + 5)
        pdf.set_font(family, "I", size)
        pdf.cell(width - gutter, 5, f"{school}, Lomé")
        y += 11.5

    def experience() -> None:
        nonlocal y
        heading("EXPÉRIENCES PROFESSIONNELLES")
        for job in person.jobs:
            need(28)
            pdf.set_xy(x, y)
            pdf.set_font(family, "B", size)
            span = _tg_span(job.start, job.end, form)
            pdf.cell(width, 5, span[0].upper() + span[1:])
            y += 5.6
            pair("Structure", f"{job.company}, {job.city}")
            pair("Poste occupé", job.position)
            pdf.set_xy(x + 2, y)
            pdf.set_font(family, "BU", size)
            pdf.cell(width, 5, "Tâches effectuées :")
            y += 5.8
            for note in job.highlights:
                bullet(note, 6, "-")
            y += 2.5

    if options["edu_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("CONNAISSANCES INFORMATIQUES")
    for skill in person.skills:
        bullet(skill, 4)
    heading("LANGUES")
    for lang, level in person.languages:
        need(6)
        pdf.set_xy(x + 4, y)
        pdf.set_font(family, "", size)
        pdf.cell(5, 5, "•")
        pdf.set_font(family, "B", size)
        pdf.cell(30, 5, lang)
        pdf.set_font(family, "", size)
        pdf.cell(width - 40, 5, f": {level}")
        y += 5.5
    heading("CENTRES D'INTÉRÊT")
    pdf.set_xy(x + 4, y)
    pdf.set_font(family, "", size)
    pdf.multi_cell(width - 4, 5, ", ".join(extra["interests"]) + ".", align="L")
    y = pdf.get_y() + 1
    heading("RÉFÉRENCES")
    if extra["references"]:
        for ref, role, tel in extra["references"]:
            bullet(f"{ref}, {role} – Tél. : {tel}", 4)
    else:
        bullet("Disponibles sur demande", 4)
    need(22)
    y += 6
    pdf.set_xy(x, y)
    pdf.set_font(family, "I", size)
    pdf.multi_cell(
        width,
        5,
        "Je certifie sur l'honneur l'exactitude des renseignements ci-dessus.",
        align="L",
    )
    pdf.set_xy(x + width - 60, pdf.get_y() + 2)
    pdf.set_font(family, "", size)
    pdf.cell(60, 5, "Fait à Lomé, le ……………", align="R")
    y = pdf.get_y() + 5
    _check(y, 288, person)
    return bytes(pdf.output())


def _pg_month(month: Month | None, form: str) -> str:
    if form == "years":
        return "Present" if month is None else str(month[0])
    if form == "short":
        return "Present" if month is None else f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"
    return "To Date" if month is None else f"{MONTHS_EN[month[1] - 1]} {month[0]}"


def _papua(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    serif = options["font"] == "serif"
    family = "Serif" if serif else "Sans"
    pdf = _pdf(family, "DejaVuSerif" if serif else "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Curriculum Vitae")
    x, width, key_w = 22.0, 166.0, 48.0
    size = 10.0 if serif else 9.5
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 20.0

    def need(height: float) -> None:
        if y + height > 276:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 5
        pdf.set_xy(x, y)
        pdf.set_font(family, "BU", 11)
        pdf.cell(width, 6, text)
        y += 8.5

    def pair(key: str, value: str, bold_value: bool = False) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font(family, "", size)
        pdf.cell(key_w, 5, key)
        pdf.cell(5, 5, ":")
        pdf.set_font(family, "B" if bold_value else "", size)
        pdf.multi_cell(width - key_w - 5, 5, value, align="L")
        y = pdf.get_y() + 0.7

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font(family, "B", 18)
    pdf.cell(width, 9, "CURRICULUM VITAE", align="C")
    y += 11
    pdf.set_xy(x, y)
    pdf.set_font(family, "B", 13)
    pdf.cell(width, 7, person.name.upper(), align="C")
    y += 9
    pdf.set_line_width(0.6)
    pdf.line(x, y, x + width, y)
    pdf.set_line_width(0.2)
    pdf.line(x, y + 1, x + width, y + 1)
    y += 3

    def objective() -> None:
        nonlocal y
        heading("CAREER OBJECTIVE")
        pdf.set_xy(x, y)
        pdf.set_font(family, "", size)
        pdf.multi_cell(width, 5.2, extra["summary"], align="J")
        y = pdf.get_y() + 1

    if options["objective_first"]:
        objective()
    heading("PERSONAL DETAILS")
    pair("Full Name", person.name, True)
    pair("Date of Birth", extra["born"])
    pair("Gender", extra["gender"])
    pair("Province of Origin", f"{extra['province']} Province")
    pair("Nationality", "Papua New Guinean")
    pair("Marital Status", "Single")
    pair(
        "Residential Address",
        f"{extra['street']}, {person.city}, {person.region}, Papua New Guinea",
    )
    pair("Mobile", person.phone)
    pair("Email", person.email)
    if not options["objective_first"]:
        objective()
    heading("EDUCATIONAL BACKGROUND")
    for label_text, degrees in (
        ("Tertiary Education", person.degrees[:-1]),
        ("Secondary Education", person.degrees[-1:]),
    ):
        need(18)
        pdf.set_xy(x, y)
        pdf.set_font(family, "BI", size)
        pdf.cell(width, 5, label_text)
        y += 6
        for d in degrees:
            need(12)
            pair("Year", f"{d.start[0]} – {d.end[0]}")
            pair("Institution", d.institution, True)
            study = f"{d.study} – {d.area}" if d.area else d.study
            pair("Qualification", study)
            y += 2
    heading("EMPLOYMENT HISTORY")
    for job in person.jobs:
        need(34)
        pair("Period", f"{_pg_month(job.start, form)} – {_pg_month(job.end, form)}")
        pair("Position", job.position, True)
        pair("Employer", job.company)
        pair("Location", job.city)
        pdf.set_xy(x, y)
        pdf.set_font(family, "B", size)
        pdf.cell(width, 5, "Key Responsibilities:")
        y += 5.8
        for note in job.highlights:
            need(6)
            pdf.set_xy(x + 5, y)
            pdf.set_font(family, "", size)
            pdf.cell(5, 5, "•")
            pdf.multi_cell(width - 10, 5, note, align="L")
            y = pdf.get_y() + 0.5
        y += 4
    heading("SKILLS")
    for skill in person.skills:
        need(6)
        pdf.set_xy(x + 5, y)
        pdf.set_font(family, "", size)
        pdf.cell(5, 5, "•")
        pdf.cell(width - 10, 5, skill)
        y += 5.6
    heading("LANGUAGES")
    for lang, level in person.languages:
        pair(lang, level)
    heading("REFEREES")
    count = len(extra["referees"])
    need(6 + 24 * ((count + 1) // 2))
    for index, (ref, role, org, tel) in enumerate(extra["referees"]):
        rx = x + (index % 2) * width / 2
        ry = y + (index // 2) * 24
        for offset, (text, look) in enumerate(
            ((ref, "B"), (role, ""), (org, ""), (f"Mobile: {tel}", ""))
        ):
            pdf.set_xy(rx, ry + 5 * offset)
            pdf.set_font(family, look, size - 0.5)
            pdf.cell(width / 2 - 3, 5, text)
    y += 24 * ((count + 1) // 2)
    _check(y, 284, person)
    return bytes(pdf.output())


def _js_month(month: Month | None) -> str:
    return "Present" if month is None else f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"


def _js_duration(start: Month, end: Month | None) -> str:
    stop = end or (2026, 11)
    months = (stop[0] - start[0]) * 12 + stop[1] - start[1] + 1
    years, rest = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{years} year{'s' if years > 1 else ''}")
    if rest:
        parts.append(f"{rest} month{'s' if rest > 1 else ''}")
    return " ".join(parts)


def _jobstreet(person: Candidate, options: dict[str, Any]) -> bytes:
    accent, extra = options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} - Profile")
    pdf.set_creator("JobStreet by SEEK")
    x, width = 18.0, 174.0
    ink, grey, rule = (28, 28, 28), (96, 96, 96), (215, 215, 215)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 284)
        pdf.set_font("Sans", "", 7.5)
        pdf.set_text_color(*grey)
        pdf.cell(width / 2, 4, "Profile exported from JobStreet")
        pdf.cell(width / 2, 4, f"Page {pdf.page_no()} of {{nb}}", align="R")
        pdf.set_text_color(*ink)
        y = 16.0

    def need(height: float) -> None:
        if y + height > 276:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 5
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 13)
        pdf.set_text_color(*ink)
        pdf.cell(width, 7, text)
        y += 10

    def divider() -> None:
        nonlocal y
        pdf.set_draw_color(*rule)
        pdf.set_line_width(0.25)
        pdf.line(x, y, x + width, y)
        y += 3

    new_page()
    pdf.set_fill_color(*accent)
    pdf.rect(0, 0, 210, 4, style="F")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 22)
    pdf.set_text_color(*accent)
    pdf.cell(width, 10, person.name)
    pdf.set_text_color(*grey)
    pdf.set_font("Sans", "", 9.5)
    for offset, line in enumerate((f"{person.city}, {person.region}", person.phone, person.email)):
        pdf.set_xy(x, y + 12 + 5.2 * offset)
        pdf.cell(width, 5, line)
    pdf.set_text_color(*ink)
    y += 30
    divider()
    if options["summary"]:
        heading("Personal summary")
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9.5)
        pdf.multi_cell(width, 5.2, extra["summary"], align="L")
        y = pdf.get_y() + 3
        divider()
    heading("Career history")
    for job in person.jobs:
        need(26)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(width, 5.5, job.position)
        pdf.set_xy(x, y + 5.8)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(width, 5, job.company)
        pdf.set_xy(x, y + 11)
        pdf.set_font("Sans", "", 8.8)
        pdf.set_text_color(*grey)
        span = f"{_js_month(job.start)} - {_js_month(job.end)}"
        pdf.cell(width, 4.8, f"{span} ({_js_duration(job.start, job.end)})")
        pdf.set_text_color(*ink)
        y += 18
        for note in job.highlights:
            need(6)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "", 9.3)
            pdf.cell(4, 5, "•")
            pdf.multi_cell(width - 4, 5, note, align="L")
            y = pdf.get_y() + 0.3
        y += 5
    divider()
    heading("Education")
    for index, d in enumerate(person.degrees):
        need(20)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(width, 5.5, f"{d.study} in {d.area}")
        pdf.set_xy(x, y + 5.8)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(width, 5, d.institution)
        pdf.set_xy(x, y + 11)
        pdf.set_font("Sans", "", 8.8)
        pdf.set_text_color(*grey)
        pdf.cell(width, 4.8, f"Finished {d.end[0]}")
        pdf.set_text_color(*ink)
        y += 17
        if index == 0 and extra["cgpa"]:
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "", 9.3)
            pdf.cell(width, 5, f"CGPA: {extra['cgpa']}/4.00")
            y += 6
        y += 2
    if options["certs"]:
        divider()
        heading("Licences & certifications")
        for cert, issuer in extra["certs"]:
            need(12)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 10.5)
            pdf.cell(width, 5.5, cert)
            pdf.set_xy(x, y + 5.8)
            pdf.set_font("Sans", "", 9.5)
            pdf.cell(width, 5, issuer)
            y += 13
    divider()
    heading("Skills")
    pdf.set_font("Sans", "", 9)
    cx = x
    need(10)
    pdf.set_draw_color(150, 150, 150)
    pdf.set_line_width(0.25)
    for skill in person.skills:
        chip = pdf.get_string_width(skill) + 8
        if cx + chip > x + width:
            cx = x
            y += 9
            need(9)
        pdf.rect(cx, y, chip, 7, style="D", round_corners=True, corner_radius=3.5)
        pdf.set_xy(cx, y + 1)
        pdf.cell(chip, 5, skill, align="C")
        cx += chip + 2.5
    y += 12
    divider()
    heading("Languages")
    for lang, _level in person.languages:
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(width, 5, lang)
        y += 6
    _check(y, 280, person)
    return bytes(pdf.output())


def _bg_span(start: Month, end: Month | None, form: str) -> str:
    if form == "years":
        return f"{start[0]} – {'досега' if end is None else end[0]}"
    if form == "numeric":
        tail = "до момента" if end is None else f"{end[1]:02d}.{end[0]}"
        return f"{start[1]:02d}.{start[0]} – {tail}"
    tail = "до настоящия момент" if end is None else f"{MESECI[end[1] - 1]} {end[0]} г."
    return f"{MESECI[start[1] - 1]} {start[0]} г. – {tail}"


def _bulgarian_docx(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    form, extra = options["dates"], person.extra
    europass = options["layout"] == "europass"
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = extra["latin"]
    properties.revision = 3
    properties.title = "CV"
    properties.language = "bg-BG"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)
    normal = document.styles["Normal"]
    normal.font.name = options["font"]
    normal.font.size = Pt(12 if options["font"] == "Times New Roman" else 11)
    normal.paragraph_format.space_after = Pt(2)
    blue = RGBColor(0x1F, 0x3A, 0x68)
    col = 5.5

    def rule_below(paragraph: Any) -> None:
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1")):
            bottom.set(qn(key), value)
        bottom.set(qn("w:color"), "1F3A68")
        borders.append(bottom)
        paragraph._p.get_or_add_pPr().append(borders)

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.space_after = Pt(4)
        paragraph.paragraph_format.keep_with_next = True
        run = paragraph.add_run(text)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(12), blue
        if not europass:
            rule_below(paragraph)

    def grid(rows: list[tuple[str, list[tuple[str, bool, bool]], list[str]]]) -> None:
        table = document.add_table(rows=0, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        table.columns[0].width, table.columns[1].width = Cm(col), Cm(17 - col)
        for left, lines, notes in rows:
            cells = table.add_row().cells
            cells[0].width, cells[1].width = Cm(col), Cm(17 - col)
            para = cells[0].paragraphs[0]
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT if europass else WD_ALIGN_PARAGRAPH.LEFT
            run = para.add_run(left)
            run.font.size = Pt(10)
            run.italic = europass
            first = True
            for text, bold, italic in lines:
                para = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
                first = False
                run = para.add_run(text)
                run.bold, run.italic = bold, italic
            for note in notes:
                if first:
                    para = cells[1].paragraphs[0]
                    para.style = document.styles["List Bullet"]
                    para.add_run(note)
                    first = False
                else:
                    para = cells[1].add_paragraph(note, style="List Bullet")
                para.paragraph_format.space_after = Pt(0)
            cells[1].paragraphs[-1].paragraph_format.space_after = Pt(6)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("АВТОБИОГРАФИЯ")
    run.bold, run.font.size = True, Pt(16)
    if not europass:
        name = document.add_paragraph()
        name.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = name.add_run(person.name)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(20), blue
    if options["headline"]:
        line = document.add_paragraph()
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        line.add_run(person.label or "").italic = True
    address = f"{extra['street']}, {extra['postal']} {person.city}, България"
    heading("ЛИЧНА ИНФОРМАЦИЯ")
    grid(
        [
            ("Име", [(person.name, True, False)], []),
            ("Адрес", [(address, False, False)], []),
            ("Телефон", [(person.phone, False, False)], []),
            ("E-mail", [(person.email, False, False)], []),
            ("Гражданство", [("българско", False, False)], []),
            ("Дата на раждане", [(extra["born"], False, False)], []),
        ]
    )
    if not europass:
        heading("ПРОФЕСИОНАЛЕН ПРОФИЛ")
        document.add_paragraph(extra["summary"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    heading("ТРУДОВ СТАЖ" if europass else "ПРОФЕСИОНАЛЕН ОПИТ")
    if europass:
        for job in person.jobs:
            grid(
                [
                    ("Дати", [(_bg_span(job.start, job.end, form), False, False)], []),
                    ("Заемана длъжност", [(job.position, True, False)], []),
                    ("Основни дейности и отговорности", [], job.highlights),
                    (
                        "Име и адрес на работодателя",
                        [(f"{job.company}, {job.city}", False, False)],
                        [],
                    ),
                ]
            )
            document.add_paragraph()
    else:
        grid(
            [
                (
                    _bg_span(job.start, job.end, form),
                    [(job.position, True, False), (f"{job.company}, {job.city}", False, True)],
                    job.highlights,
                )
                for job in person.jobs
            ]
        )
    heading("ОБРАЗОВАНИЕ И ОБУЧЕНИЕ" if europass else "ОБРАЗОВАНИЕ")
    for d in person.degrees:
        if europass:
            grid(
                [
                    ("Дати", [(f"{d.start[0]} – {d.end[0]}", False, False)], []),
                    ("Образователна степен", [(d.study, True, False)], []),
                    ("Специалност", [(d.area, False, False)], []),
                    ("Учебно заведение", [(d.institution, False, False)], []),
                ]
            )
            document.add_paragraph()
        else:
            grid(
                [
                    (
                        f"{d.start[0]} – {d.end[0]}",
                        [(d.institution, True, False), (f"{d.study}, {d.area}", False, True)],
                        [],
                    )
                ]
            )
    heading("ЛИЧНИ УМЕНИЯ И КОМПЕТЕНЦИИ" if europass else "ЕЗИЦИ")
    mother = person.languages[0]
    rows = [("Майчин език", [(mother[0], True, False)], [])]
    rows.append(
        (
            "Други езици",
            [(f"{lang} – {level}", False, False) for lang, level in person.languages[1:]],
            [],
        )
    )
    grid(rows)
    heading("КОМПЮТЪРНИ УМЕНИЯ")
    for skill in person.skills:
        document.add_paragraph(skill, style="List Bullet").paragraph_format.space_after = Pt(0)
    heading("ДОПЪЛНИТЕЛНА ИНФОРМАЦИЯ")
    extras = []
    if extra["licence"]:
        extras.append(("Шофьорска книжка", [("категория B", False, False)], []))
    extras.append(("Лични качества", [], list(BG_QUALITIES)))
    grid(extras)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())

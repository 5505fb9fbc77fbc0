"""Fifty-seventh held-out round ("holdout-57"): more layouts, written blind (without
reading the parser) and meant to be measured once, untuned. Four layouts, three born-digital
PDF and one Word document: ``pdf-gambian-cv``, ``pdf-beninese-cv``, ``pdf-cakeresume-export``
and ``docx-romanian-cv-word``. The round is sealed: the layouts are described only in the
code below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

from __future__ import annotations

import io
import random
import zipfile
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month

HOLDOUT_TAG = "holdout-57"
GENERATOR = "tests/eval/holdout57.py"
SEED = 5_730_021

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-gambian-cv", 3),
    ("pdf-beninese-cv", 3),
    ("pdf-cakeresume-export", 3),
    ("docx-romanian-cv-word", 3),
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
LUNI = (
    "ianuarie",
    "februarie",
    "martie",
    "aprilie",
    "mai",
    "iunie",
    "iulie",
    "august",
    "septembrie",
    "octombrie",
    "noiembrie",
    "decembrie",
)

POOLS: dict[str, Pool] = {
    "pdf-gambian-cv": Pool(
        first=("Isatou", "Ebrima", "Fatoumatta", "Ousman", "Haddijatou"),
        last=("Kinteh", "Darboe", "Jobarteh", "Manneh", "Sanyang"),
        cities=(
            ("Banjul", None, None, "14 Leman Street"),
            ("Banjul", None, None, "7 Picton Street"),
            ("Banjul", None, None, "22 Hagan Street, Half Die"),
        ),
        employers=(
            "Kombo Coastal Microfinance Ltd",
            "Riverside Assurance Company (Gambia) Ltd",
            "Senegambia Agro-Processing Ltd",
            "Tanji Fish Traders Cooperative",
        ),
        titles=(
            "Accounts Officer",
            "Finance Assistant",
            "Senior Accountant",
            "Internal Audit Officer",
        ),
        highlights=(
            "Prepare monthly bank reconciliations for all operating accounts",
            "Post daily transactions and maintain the general ledger in Sage 50",
            "Process monthly payroll for over 120 staff, including SSHFC and income tax deductions",
            "Prepare quarterly VAT and withholding tax returns for the GRA",
            "Assist external auditors during the annual statutory audit",
            "Monitor loan repayments and follow up on arrears with credit officers",
            "Prepare management accounts and variance reports for the Board",
            "Reconcile supplier statements and prepare payment vouchers",
            "Carry out surprise cash counts at branch offices",
        ),
        skills=(
            "Microsoft Office (Word, Excel, PowerPoint)",
            "Sage 50 Accounts",
            "QuickBooks",
            "IFRS financial reporting",
            "Payroll administration",
            "Report writing",
        ),
        schools=(
            "University of The Gambia",
            "Management Development Institute (MDI)",
            "Gambia Technical Training Institute (GTTI)",
        ),
        degrees=(
            ("BSc", "Accounting"),
            ("Higher National Diploma", "Accounting and Finance"),
            ("Diploma", "Business Studies"),
        ),
    ),
    "pdf-beninese-cv": Pool(
        first=("Sènami", "Fifamè", "Houéfa", "Mahoussi", "Ablawa"),
        last=("Houngbédji", "Ahouandjinou", "Dossou-Yovo", "Agossou", "Zinsou"),
        cities=(
            ("Cotonou", None, None, "Quartier Fidjrossè, lot 1247"),
            ("Cotonou", None, None, "Quartier Gbégamey, maison Tossou"),
            ("Cotonou", None, None, "Quartier Akpakpa Dodomey, carré 582"),
        ),
        employers=(
            "ONG Espoir du Littoral",
            "Société Béninoise de Logistique Portuaire (SBLP)",
            "Cabinet Zounon & Associés",
            "Mono-Couffo Microfinance",
        ),
        titles=(
            "Chargée de suivi-évaluation",
            "Assistante de projet",
            "Responsable administrative et financière",
            "Chargée des opérations",
        ),
        highlights=(
            "Élaboration des plans de travail annuels et des rapports trimestriels",
            "Collecte et analyse des données de suivi des indicateurs du projet",
            "Appui à l'organisation des ateliers de formation des bénéficiaires",
            "Suivi de l'exécution budgétaire et des décaissements",
            "Rédaction des termes de référence et des comptes rendus de réunion",
            "Gestion de la caisse et tenue des pièces justificatives",
            "Relations avec les partenaires techniques et financiers",
            "Supervision de six animateurs communautaires dans le Mono",
            "Mise en place d'une base de données des bénéficiaires sous KoboToolbox",
        ),
        skills=(
            "Word, Excel, PowerPoint",
            "MS Project",
            "KoboToolbox",
            "SPSS",
            "Sage Saari",
            "Internet et messagerie",
        ),
        schools=(
            "Université d'Abomey-Calavi (UAC)",
            "Université de Parakou",
            "École Nationale d'Économie Appliquée et de Management (ENEAM)",
        ),
        degrees=(
            ("Master professionnel", "Gestion des Projets et Développement Local"),
            ("Licence professionnelle", "Planification et Suivi-Évaluation"),
            ("Licence professionnelle", "Gestion des Entreprises"),
        ),
    ),
    "pdf-cakeresume-export": Pool(
        first=("Pei-Shan", "Chih-Hao", "Wei-Ling", "Tzu-Yu", "Hsin-Yi"),
        last=("Lai", "Hsieh", "Kuo", "Liao", "Tsai"),
        cities=(
            ("Taipei", None, None, ""),
            ("Hsinchu", None, None, ""),
            ("Taichung", None, None, ""),
        ),
        employers=(
            "Formosa Cloudworks",
            "Lanyang Semiconductor Co., Ltd.",
            "Ximen Commerce Inc.",
            "Pinglin Payments",
        ),
        titles=(
            "Senior Frontend Engineer",
            "Software Engineer",
            "Full Stack Developer",
            "Backend Engineer",
        ),
        highlights=(
            "Rebuilt the merchant dashboard in React and TypeScript, cutting load time by 45%",
            "Designed a GraphQL gateway serving 30M requests per day",
            "Introduced end-to-end testing with Playwright and raised coverage to 80%",
            "Mentored 4 junior engineers through weekly code reviews and pairing",
            "Migrated legacy PHP services to Go microservices on Kubernetes",
            "Built an internal design system used by 6 product teams",
            "Reduced cloud costs by 22% by right-sizing GKE node pools",
            "Owned the checkout flow for the Taiwan and Japan markets",
            "Set up CI/CD pipelines with GitHub Actions and Argo CD",
        ),
        skills=(),
        schools=(
            "National Taiwan University",
            "National Tsing Hua University",
            "National Cheng Kung University",
        ),
        degrees=(
            ("Master of Science", "Computer Science and Information Engineering"),
            ("Bachelor of Science", "Computer Science and Information Engineering"),
            ("Bachelor of Science", "Electrical Engineering"),
        ),
    ),
    "docx-romanian-cv-word": Pool(
        first=("Ștefania", "Sorina", "Cătălina", "Mădălina", "Irina"),
        last=("Vâlcu", "Pătrășcanu", "Gheorghiță", "Brăileanu", "Toderașcu"),
        cities=(
            ("Cluj-Napoca", "jud. Cluj", "400363", "Str. Observatorului nr. 34, ap. 12"),
            ("Iași", "jud. Iași", "700506", "Bd. Tudor Vladimirescu nr. 18, bl. T4, ap. 7"),
            ("Brașov", "jud. Brașov", "500096", "Str. Lungă nr. 112"),
        ),
        employers=(
            "Carpatica Software SRL",
            "Someș Data Systems SRL",
            "Bârsa Logistic SA",
            "Copou Fintech Solutions SRL",
        ),
        titles=(
            "Inginer software",
            "Analist programator",
            "Dezvoltator .NET senior",
            "Inginer QA automatizare",
        ),
        highlights=(
            "Dezvoltarea de module noi în C# și ASP.NET Core pentru platforma de facturare",
            "Scrierea de teste automate cu Selenium și NUnit",
            "Optimizarea interogărilor SQL Server pentru rapoartele lunare",
            "Colaborarea cu echipa de business pentru clarificarea cerințelor",
            "Integrarea aplicației cu sistemul RO e-Factura al ANAF",
            "Mentorarea a doi colegi juniori și revizuirea codului",
            "Participarea la ceremoniile Scrum și estimarea sarcinilor",
            "Migrarea serviciilor interne în Microsoft Azure",
            "Întocmirea documentației tehnice și a manualelor de utilizare",
        ),
        skills=(
            "C#",
            ".NET 8",
            "SQL Server",
            "Azure DevOps",
            "Git",
            "Angular",
            "Docker",
            "Microsoft Office",
        ),
        schools=(
            "Universitatea Babeș-Bolyai, Facultatea de Matematică și Informatică",
            "Universitatea Tehnică „Gheorghe Asachi” din Iași",
            "Universitatea Transilvania din Brașov",
        ),
        degrees=(
            ("Diplomă de licență", "Informatică"),
            ("Diplomă de licență", "Calculatoare și tehnologia informației"),
            ("Diplomă de master", "Inginerie software"),
        ),
    ),
}

COUNTRY = {"pdf-gambian-cv": "GM", "pdf-beninese-cv": "BJ", "docx-romanian-cv-word": "RO"}
GM_OBJECTIVE = (
    "A hardworking and result-oriented accounting professional seeking a challenging "
    "position in a reputable organisation where my skills and experience will contribute "
    "to its growth while I continue to develop my career."
)
GM_REFEREES = (
    ("Mr. Alieu B. Saidykhan", "Finance Manager", "+220 996 4410"),
    ("Mrs. Ndey Sohna Faal", "Head of Internal Audit", "+220 778 2093"),
    ("Mr. Pa Modou Gaye", "Lecturer, School of Business", "+220 390 1187"),
)
BJ_OBJECTIVE = (
    "Mettre mes compétences en gestion de projets et en suivi-évaluation au service d'une "
    "organisation dynamique œuvrant pour le développement local."
)
BJ_REFERENCES = (
    (
        "M. Gilles AKPLOGAN",
        "Coordonnateur de projets, ONG Espoir du Littoral",
        "+229 01 66 14 20 57",
    ),
    (
        "Mme Rosine DJOSSOU",
        "Directrice administrative, Mono-Couffo Microfinance",
        "+229 01 95 31 08 44",
    ),
)
CK_ABOUT = (
    "Software engineer with a product mindset who enjoys turning messy requirements into "
    "reliable, well-tested systems. Comfortable across the stack, happiest on the web."
)
CK_CATEGORIES = (
    ("Frontend", ("React", "TypeScript", "Next.js", "Tailwind CSS")),
    ("Backend", ("Go", "Node.js", "PostgreSQL", "Redis")),
    ("DevOps", ("Docker", "Kubernetes", "GCP (GKE, Cloud Run)", "GitHub Actions")),
    ("Testing", ("Jest", "Playwright", "Testing Library")),
)
RO_PROFILE = (
    "Inginer software cu experiență în dezvoltarea aplicațiilor enterprise pe platforma .NET, "
    "orientat spre calitatea codului și lucrul în echipă."
)


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-gambian-cv":
        return {
            "dates": rng.choice(("long", "short", "years")),
            "order": rng.choice(("education-first", "work-first")),
            "score": rng.random() < 0.6,
        }
    if style == "pdf-beninese-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "accent": rng.choice(((0, 110, 70), (160, 30, 30), (20, 60, 130))),
            "headline": rng.random() < 0.5,
        }
    if style == "pdf-cakeresume-export":
        return {
            "dates": rng.choice(("mon", "slash")),
            "accent": rng.choice(((22, 119, 255), (0, 150, 136), (233, 84, 32))),
            "headline": rng.random() < 0.7,
            "order": rng.choice(("work-first", "education-first")),
        }
    if style == "docx-romanian-cv-word":
        return {
            "dates": rng.choice(("words", "numeric")),
            "table": rng.random() < 0.5,
            "headline": rng.random() < 0.5,
            "score": rng.random() < 0.5,
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
    skills: list[str] = []
    take = 3
    jobs = _chain(rng, pool, take, rng.random() < 0.7)
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    if style == "pdf-gambian-cv":
        phone = f"+220 {rng.choice((3, 7, 9))}{rng.randint(10, 99)} {rng.randint(1000, 9999)}"
        email = f"{first}{last}{rng.randint(80, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        label = jobs[0].position if rng.random() < 0.5 else None
        extra["summary"] = GM_OBJECTIVE
        extra["born"] = f"{rng.randint(1, 28)}/{rng.randint(1, 12):02d}/{end_year - 22}"
        extra["sex"] = "Female" if first in ("isatou", "fatoumatta", "haddijatou") else "Male"
        for job in jobs:
            job.city = rng.choice(("Banjul", "Kanifing", "Brikama", "Serrekunda"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        length = 4 if study == "BSc" else 2
        degrees.append(
            Degree(pool.schools[idx], study, area, (end_year - length, 10), (end_year, 7))
        )
        wassce = end_year - length - rng.randint(1, 2)
        degrees.append(
            Degree(
                rng.choice(("Nusrat Senior Secondary School", "Gambia Senior Secondary School")),
                "West African Senior School Certificate Examination (WASSCE)",
                "",
                (wassce - 3, 9),
                (wassce, 6),
            )
        )
        extra["grade"] = (
            rng.choice(("Second Class Upper Division", "First Class Honours"))
            if study == "BSc"
            else rng.choice(("Credit", "Distinction"))
        )
        languages = [("English", "Fluent"), ("Mandinka", "Native"), ("Wolof", "Fluent")]
        if rng.random() < 0.5:
            languages.append(("Fula", "Fair"))
        skills = rng.sample(pool.skills, rng.randint(4, 6))
        extra["referees"] = rng.sample(GM_REFEREES, 2)
    elif style == "pdf-beninese-cv":
        phone = f"+229 01 {rng.choice((90, 94, 96, 97, 61, 66))} {rng.randint(10, 99)} "
        phone += f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
        email = f"{first}.{last.replace('-', '')}@{rng.choice(('gmail.com', 'yahoo.fr'))}"
        label = jobs[0].position
        extra["summary"] = BJ_OBJECTIVE
        extra["born"] = (
            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 23} "
            f"à {rng.choice(('Porto-Novo', 'Abomey', 'Lokossa', 'Ouidah'))}"
        )
        extra["status"] = rng.choice(("Célibataire", "Mariée, un enfant"))
        for job in jobs:
            job.city = rng.choice(("Cotonou", "Lokossa", "Abomey-Calavi"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if study.startswith("Master"):
            degrees.append(
                Degree(pool.schools[idx], study, area, (end_year - 2, 11), (end_year, 7))
            )
            end_year -= 2
            study, area = pool.degrees[rng.choice((1, 2))]
        degrees.append(
            Degree(rng.choice(pool.schools), study, area, (end_year - 3, 11), (end_year, 7))
        )
        bac = end_year - 3
        degrees.append(
            Degree(
                rng.choice(("CEG Sègbèya", "Lycée Technique Coulibaly", "CEG Houéyiho")),
                "Baccalauréat série " + rng.choice(("D", "G2", "C")),
                "",
                (bac, 6),
                (bac, 7),
            )
        )
        languages = [
            ("Français", "lu, écrit, parlé"),
            ("Fon", "parlé"),
            ("Anglais", rng.choice(("passable", "assez bien", "lu, écrit"))),
        ]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
        extra["interests"] = rng.sample(("Lecture", "Football", "Musique", "Voyages"), 3)
        extra["references"] = list(BJ_REFERENCES)
    elif style == "pdf-cakeresume-export":
        phone = f"+886 9{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        email = f"{first.replace('-', '')}.{last}@{rng.choice(('gmail.com', 'outlook.com'))}"
        label = jobs[0].position
        handle = f"{first.replace('-', '')}{last}"
        if rng.random() < 0.5:
            url = f"https://{handle}.dev"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(10, 99)}"
        extra["github"] = f"https://github.com/{handle}"
        extra["summary"] = CK_ABOUT
        for job in jobs:
            job.city = rng.choice((city, "Taipei", "Remote"))
        idx = rng.randrange(3)
        if rng.random() < 0.5:
            degrees.append(
                Degree(pool.schools[idx], *pool.degrees[0], (end_year - 2, 9), (end_year, 6))
            )
            end_year -= 2
        study, area = rng.choice(pool.degrees[1:])
        degrees.append(
            Degree(rng.choice(pool.schools), study, area, (end_year - 4, 9), (end_year, 6))
        )
        cats = rng.sample(CK_CATEGORIES, rng.randint(3, 4))
        extra["categories"] = [(c, list(k)) for c, k in cats]
        languages = [
            ("Mandarin Chinese", "Native or bilingual proficiency"),
            (
                "English",
                rng.choice(("Professional working proficiency", "Full professional proficiency")),
            ),
        ]
        if rng.random() < 0.4:
            languages.append(("Japanese", "Elementary proficiency"))
    else:  # docx-romanian-cv-word
        phone = f"07{rng.choice((22, 23, 44, 45, 55, 66))} {rng.randint(100, 999)} "
        phone += f"{rng.randint(100, 999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        extra["summary"] = RO_PROFILE
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{end_year - 22}"
        for job in jobs:
            job.city = rng.choice((city, "București"))
        idx = [c[0] for c in pool.cities].index(city)
        if rng.random() < 0.5:
            degrees.append(
                Degree(pool.schools[idx], *pool.degrees[2], (end_year - 2, 10), (end_year, 7))
            )
            end_year -= 2
        study, area = pool.degrees[1 if idx == 1 else 0]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 10), (end_year, 7)))
        extra["grade"] = f"{rng.randint(8, 9)},{rng.randint(10, 95):02d}"
        languages = [("Engleză", "C1"), ("Franceză", rng.choice(("B1", "A2")))]
        if rng.random() < 0.4:
            languages.append(("Germană", "A2"))
        skills = rng.sample(pool.skills, rng.randint(5, 7))
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
    profiles = [
        {
            "network": network,
            "username": extra[key].rstrip("/").rsplit("/", 1)[-1],
            "url": extra[key],
        }
        for key, network in (("linkedin", "LinkedIn"), ("github", "GitHub"))
        if key in extra
    ]
    location: dict[str, Any] = {
        "address": extra["street"],
        "postalCode": extra["postal"],
        "city": person.city,
        "region": person.region,
        "countryCode": COUNTRY.get(style),
    }
    if style == "pdf-cakeresume-export":
        location["countryCode"] = "TW"
    label = person.label
    if style == "pdf-gambian-cv" or not options.get("headline", True):
        label = person.label if style == "pdf-gambian-cv" else None
    basics = drop_empty(
        {
            "name": person.name,
            "label": label,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "summary": extra.get("summary"),
            "location": drop_empty(location),
            "profiles": profiles,
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
        if d.start[0] == d.end[0]:
            item["endDate"] = str(d.end[0])
        elif style == "pdf-cakeresume-export" and options["dates"] == "mon":
            item |= {"startDate": iso_month(d.start, "month"), "endDate": iso_month(d.end, "month")}
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        if options.get("score") and d is person.degrees[0]:
            item["score"] = extra["grade"]
        education.append(drop_empty(item))
    if "categories" in extra:
        skills = [{"name": c, "keywords": k} for c, k in extra["categories"]]
    else:
        skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    if style == "docx-romanian-cv-word":
        languages.insert(0, {"language": "română", "fluency": "Limba maternă"})
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
    if style == "pdf-gambian-cv":
        return _gambian(person, options), "pdf"
    if style == "pdf-beninese-cv":
        return _beninese(person, options), "pdf"
    if style == "pdf-cakeresume-export":
        return _cakeresume(person, options), "pdf"
    if style == "docx-romanian-cv-word":
        return _romanian(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _gm_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "years":
            return str(month[0])
        if form == "short":
            return f"{MONTHS_EN[month[1] - 1][:3]}. {month[0]}"
        return f"{MONTHS_EN[month[1] - 1]} {month[0]}"

    if end is None:
        return f"{one(start)} \u2013 {'Present' if form == 'long' else 'Date'}"
    return f"{one(start)} \u2013 {one(end)}"


def _gambian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("CURRICULUM VITAE")
    x, width, key = 22.0, 166.0, 44.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 20.0

    def need(height: float) -> None:
        if y + height > 280:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "BU", 11.5)
        pdf.cell(width, 6, text)
        y += 9

    def row(label: str, value: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(key, 5.2, label)
        pdf.cell(4, 5.2, ":")
        pdf.set_font("Serif", "", 10)
        pdf.multi_cell(width - key - 4, 5.2, value, align="L")
        y = pdf.get_y() + 0.6

    def bullet(text: str) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x + 6, y)
        pdf.set_font("Serif", "", 10)
        pdf.cell(5, 5, "\u2022")
        pdf.multi_cell(width - 11, 5, text, align="L")
        y = pdf.get_y() + 0.5

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "BU", 16)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    y += 13
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 14)
    pdf.cell(width, 7, person.name.upper(), align="C")
    y += 7.5
    if person.label:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "I", 11)
        pdf.cell(width, 6, person.label, align="C")
        y += 7
    heading("PERSONAL DETAILS")
    row("Name", person.name)
    row("Date of Birth", extra["born"])
    row("Sex", extra["sex"])
    row("Nationality", "Gambian")
    row("Address", f"{extra['street']}, {person.city}, The Gambia")
    row("Telephone", person.phone)
    row("Email", person.email)
    heading("CAREER OBJECTIVE")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 10)
    pdf.multi_cell(width, 5.2, extra["summary"], align="J")
    y = pdf.get_y() + 1

    def education() -> None:
        nonlocal y
        heading("EDUCATIONAL BACKGROUND")
        for d in person.degrees:
            need(16)
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "B", 10)
            pdf.cell(key, 5.2, f"{d.start[0]} \u2013 {d.end[0]}")
            pdf.cell(width - key, 5.2, d.institution)
            pdf.set_xy(x + key, y + 5.4)
            pdf.set_font("Serif", "", 10)
            title = f"{d.study} in {d.area}" if d.area else d.study
            pdf.multi_cell(width - key, 5.2, title, align="L")
            y = pdf.get_y() + 0.2
            if options["score"] and d is person.degrees[0]:
                pdf.set_xy(x + key, y)
                pdf.cell(width - key, 5.2, f"Class of Degree: {extra['grade']}")
                y += 5.4
            y += 2.5

    def experience() -> None:
        nonlocal y
        heading("WORK EXPERIENCE")
        for job in person.jobs:
            need(32)
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "B", 10.5)
            pdf.cell(width - 56, 5.4, job.company)
            pdf.set_font("Serif", "B", 10)
            pdf.cell(56, 5.4, _gm_span(job.start, job.end, form), align="R")
            pdf.set_xy(x, y + 5.6)
            pdf.set_font("Serif", "", 10)
            pdf.cell(width, 5.2, f"Position: {job.position}")
            pdf.set_xy(x, y + 10.9)
            pdf.cell(width, 5.2, f"Location: {job.city}")
            pdf.set_xy(x, y + 16.4)
            pdf.set_font("Serif", "BI", 10)
            pdf.cell(width, 5.2, "Duties and Responsibilities:")
            y += 22
            for note in job.highlights:
                bullet(note)
            y += 3

    if options["order"] == "education-first":
        education()
        experience()
    else:
        experience()
        education()
    heading("SKILLS")
    for skill in person.skills:
        bullet(skill)
    heading("LANGUAGES")
    for lang, level in person.languages:
        need(6)
        row(lang, level)
    heading("REFEREES")
    need(24)
    for index, (ref, role, mobile) in enumerate(extra["referees"]):
        rx = x + index * (width / 2)
        for offset, (text, look) in enumerate(((ref, "B"), (role, ""), (f"Tel: {mobile}", ""))):
            pdf.set_xy(rx, y + 5 * offset)
            pdf.set_font("Serif", look, 10)
            pdf.cell(width / 2 - 4, 5, text)
    y += 16
    _check(y, 284, person)
    return bytes(pdf.output())


def _bj_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        return f"{MOIS[month[1] - 1]} {month[0]}"

    if end is None:
        return f"Depuis {one(start)}" if form == "words" else f"{one(start)} \u00e0 ce jour"
    if form == "words":
        return f"De {one(start)} \u00e0 {one(end)}"
    return f"{one(start)} \u2013 {one(end)}"


def _beninese(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    x, width, gutter = 18.0, 174.0, 46.0
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
        need(22)
        y += 3
        pdf.set_fill_color(232, 232, 232)
        pdf.rect(x, y, width, 7, style="F")
        pdf.set_fill_color(*accent)
        pdf.rect(x, y, 2.2, 7, style="F")
        pdf.set_xy(x + 4, y + 0.6)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(width - 6, 6, text)
        pdf.set_text_color(0, 0, 0)
        y += 10

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 13)
    pdf.set_text_color(*accent)
    pdf.cell(width, 7, "CURRICULUM VITAE", align="C")
    y += 11
    pdf.set_draw_color(150, 150, 150)
    pdf.set_line_width(0.3)
    pdf.rect(x + width - 30, y, 30, 36)
    pdf.set_text_color(150, 150, 150)
    pdf.set_font("Sans", "", 7)
    pdf.set_xy(x + width - 30, y + 16)
    pdf.cell(30, 4, "Photo", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 17)
    pdf.cell(width - 34, 8, person.name)
    y += 9
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "I", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(width - 34, 6, person.label or "")
        pdf.set_text_color(0, 0, 0)
        y += 7
    rows = (
        ("Née le", extra["born"]),
        ("Nationalité", "Béninoise"),
        ("Situation matrimoniale", extra["status"]),
        ("Adresse", f"{extra['street']}, {person.city}, Bénin"),
        ("Tél.", person.phone),
        ("E-mail", person.email),
    )
    for label, value in rows:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(48, 4.9, f"{label} :")
        pdf.set_font("Sans", "", 9)
        pdf.cell(width - 82, 4.9, value)
        y += 5
    y = max(y, 72.0)
    heading("OBJECTIF")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.2)
    pdf.multi_cell(width, 4.7, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("FORMATION ET DIPLÔMES")
    for d in person.degrees:
        need(11)
        when = str(d.end[0]) if d.start[0] == d.end[0] else f"{d.start[0]} \u2013 {d.end[0]}"
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.2)
        pdf.cell(gutter, 4.8, when)
        title = f"{d.study} en {d.area}" if d.area else d.study
        pdf.multi_cell(width - gutter, 4.8, title, align="L")
        pdf.set_xy(x + gutter, pdf.get_y())
        pdf.set_font("Sans", "", 9.2)
        pdf.multi_cell(width - gutter, 4.8, d.institution, align="L")
        y = pdf.get_y() + 2.4
    heading("EXPÉRIENCES PROFESSIONNELLES")
    for job in person.jobs:
        need(30)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9)
        pdf.multi_cell(gutter - 3, 4.8, _bj_span(job.start, job.end, form), align="L")
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Sans", "B", 9.8)
        pdf.cell(width - gutter, 5, job.position)
        pdf.set_xy(x + gutter, y + 5)
        pdf.set_font("Sans", "I", 9.2)
        pdf.cell(width - gutter, 5, f"{job.company}, {job.city}")
        pdf.set_xy(x + gutter, y + 10.2)
        pdf.set_font("Sans", "U", 9.2)
        pdf.cell(width - gutter, 4.8, "Tâches principales :")
        y += 15.4
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + gutter + 1, y)
            pdf.set_font("Sans", "", 9.2)
            pdf.cell(5, 4.7, "\u27a2")
            pdf.multi_cell(width - gutter - 6, 4.7, note, align="L")
            y = pdf.get_y() + 0.4
        y += 2.5
    heading("CONNAISSANCES INFORMATIQUES")
    for skill in person.skills:
        need(5)
        pdf.set_xy(x + 1, y)
        pdf.set_font("Sans", "", 9.2)
        pdf.cell(5, 4.7, "\u2013")
        pdf.cell(width - 6, 4.7, skill)
        y += 5
    heading("LANGUES")
    for lang, level in person.languages:
        need(5)
        pdf.set_xy(x + 1, y)
        pdf.set_font("Sans", "B", 9.2)
        pdf.cell(28, 4.7, lang)
        pdf.set_font("Sans", "", 9.2)
        pdf.cell(width - 29, 4.7, f": {level}")
        y += 5
    heading("CENTRES D'INTÉRÊT")
    pdf.set_xy(x + 1, y)
    pdf.set_font("Sans", "", 9.2)
    pdf.cell(width, 4.7, ", ".join(extra["interests"]))
    y += 5
    heading("RÉFÉRENCES")
    for ref, role, mobile in extra["references"]:
        need(6)
        pdf.set_xy(x + 1, y)
        pdf.set_font("Sans", "", 9)
        pdf.multi_cell(width - 2, 4.7, f"{ref}, {role} \u2013 Tél. : {mobile}", align="L")
        y = pdf.get_y() + 0.6
    need(24)
    y += 5
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "I", 9)
    pdf.multi_cell(
        width,
        4.7,
        "Je certifie sur l'honneur l'exactitude des renseignements ci-dessus.",
        align="L",
    )
    pdf.set_xy(x + width - 70, y + 8)
    pdf.set_font("Sans", "", 9)
    pdf.cell(70, 4.7, "Fait à Cotonou, le 15 septembre 2026", align="R")
    pdf.set_xy(x + width - 70, y + 16)
    pdf.set_font("Sans", "B", 9)
    pdf.cell(70, 4.7, person.name, align="R")
    y += 22
    _check(y, 290, person)
    return bytes(pdf.output())


def _ck_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Present"
    if form == "slash":
        return f"{month[0]}/{month[1]:02d}"
    return f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"


def _cakeresume(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} - CakeResume")
    x, width = 16.0, 178.0
    main = 122.0
    sx, sw = x + main + 8, width - main - 8
    ink, grey = (38, 38, 38), (120, 120, 120)
    dash = " ~ " if form == "slash" else " - "
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 16.0

    def need(height: float) -> None:
        if y + height > 284:
            new_page()

    def heading(text: str, hx: float, hw: float, at: float) -> float:
        pdf.set_xy(hx, at)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(hw, 6, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(hx, at + 6.6, hx + 10, at + 6.6)
        pdf.set_text_color(*ink)
        return at + 9.5

    new_page()
    pdf.set_text_color(*ink)
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(width, 10, person.name)
    y += 11
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 12)
        pdf.set_text_color(*grey)
        pdf.cell(width, 6, person.label or "")
        pdf.set_text_color(*ink)
        y += 8
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.7, extra["summary"], align="L")
    y = pdf.get_y() + 4
    pdf.set_draw_color(225, 225, 225)
    pdf.set_line_width(0.3)
    pdf.line(x, y, x + width, y)
    top = y + 4
    # Right column: contact, skills, languages.
    sy = heading("Contact", sx, sw, top)
    contact = [
        f"{person.city}, Taiwan",
        person.phone,
        person.email,
        extra["linkedin"].removeprefix("https://www."),
        extra["github"].removeprefix("https://"),
    ]
    if person.url:
        contact.append(person.url.removeprefix("https://"))
    pdf.set_font("Sans", "", 7.8)
    for item in contact:
        pdf.set_xy(sx, sy)
        pdf.multi_cell(sw, 4.3, item, align="L")
        sy = pdf.get_y() + 1.2
    sy = heading("Skills", sx, sw, sy + 3)
    for category, keywords in extra["categories"]:
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 8.6)
        pdf.cell(sw, 4.6, category)
        sy += 5
        pdf.set_font("Sans", "", 8.2)
        for keyword in keywords:
            pdf.set_xy(sx + 1.5, sy)
            pdf.multi_cell(sw - 1.5, 4.2, keyword, align="L")
            sy = pdf.get_y() + 0.4
        sy += 2
    sy = heading("Languages", sx, sw, sy + 1)
    for lang, level in person.languages:
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 8.6)
        pdf.cell(sw, 4.6, lang)
        pdf.set_xy(sx, sy + 4.6)
        pdf.set_font("Sans", "", 8)
        pdf.set_text_color(*grey)
        pdf.multi_cell(sw, 4.1, level, align="L")
        pdf.set_text_color(*ink)
        sy = pdf.get_y() + 2
    _check(sy, 286, person)
    pdf.set_draw_color(225, 225, 225)
    pdf.set_line_width(0.3)
    pdf.line(sx - 4, top, sx - 4, max(sy, 200))
    # Main column.
    y = top

    def experience() -> None:
        nonlocal y
        need(30)
        y = heading("Work Experience", x, main, y)
        for job in person.jobs:
            need(26)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 10)
            pdf.cell(main - 44, 5.2, job.position)
            pdf.set_font("Sans", "", 8.4)
            pdf.set_text_color(*grey)
            span = f"{_ck_month(job.start, form)}{dash}{_ck_month(job.end, form)}"
            pdf.cell(44, 5.2, span, align="R")
            pdf.set_xy(x, y + 5.4)
            pdf.set_font("Sans", "", 9)
            pdf.cell(main, 4.8, f"{job.company} \u00b7 {job.city}")
            pdf.set_text_color(*ink)
            y += 11.5
            for note in job.highlights:
                need(5)
                pdf.set_xy(x + 1, y)
                pdf.set_font("Sans", "", 8.8)
                pdf.cell(4, 4.5, "\u2022")
                pdf.multi_cell(main - 5, 4.5, note, align="L")
                y = pdf.get_y() + 0.6
            y += 3.5

    def education() -> None:
        nonlocal y
        need(24)
        y = heading("Education", x, main, y)
        for d in person.degrees:
            need(16)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 10)
            pdf.cell(main - 44, 5.2, d.institution)
            pdf.set_font("Sans", "", 8.4)
            pdf.set_text_color(*grey)
            if form == "mon":
                span = f"{_ck_month(d.start, form)}{dash}{_ck_month(d.end, form)}"
            else:
                span = f"{d.start[0]}{dash}{d.end[0]}"
            pdf.cell(44, 5.2, span, align="R")
            pdf.set_text_color(*ink)
            pdf.set_xy(x, y + 5.4)
            pdf.set_font("Sans", "", 9)
            pdf.multi_cell(main - 44, 4.6, f"{d.study}, {d.area}", align="L")
            y = pdf.get_y() + 4

    if options["order"] == "work-first":
        experience()
        education()
    else:
        education()
        experience()
    _check(y, 288, person)
    return bytes(pdf.output())


def _normalise_docx(raw: bytes) -> bytes:
    """The package rewritten with fixed entry timestamps, so equal input gives equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, zipfile.ZipFile(out, "w") as target:
        for info in sorted(source.infolist(), key=lambda item: item.filename):
            entry = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def _ro_month(month: Month | None, form: str) -> str:
    if month is None:
        return "prezent"
    if form == "numeric":
        return f"{month[1]:02d}.{month[0]}"
    return f"{LUNI[month[1] - 1]} {month[0]}"


def _romanian(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
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
    properties.title = "CV"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(1.8)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(2)
    blue = RGBColor(0x1F, 0x4E, 0x79)

    def rule(paragraph: Any) -> None:
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1")):
            bottom.set(qn(key), value)
        bottom.set(qn("w:color"), "1F4E79")
        borders.append(bottom)
        paragraph._p.get_or_add_pPr().append(borders)

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.space_after = Pt(4)
        run = paragraph.add_run(text.upper())
        run.bold = True
        run.font.size = Pt(12)
        run.font.color.rgb = blue
        rule(paragraph)

    def pairs(rows: list[tuple[str, str]]) -> None:
        if options["table"]:
            table = document.add_table(rows=0, cols=2)
            for key, value in rows:
                cells = table.add_row().cells
                cells[0].width, cells[1].width = Cm(4.5), Cm(12.5)
                left = cells[0].paragraphs[0]
                left.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                left.add_run(key).font.color.rgb = blue
                cells[1].paragraphs[0].add_run(value)
            return
        for key, value in rows:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.add_run(f"{key}: ").bold = True
            paragraph.add_run(value)

    def bullets(items: list[str]) -> None:
        for item in items:
            paragraph = document.add_paragraph(item, style="List Bullet")
            paragraph.paragraph_format.space_after = Pt(0)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("CURRICULUM VITAE")
    run.bold, run.font.size, run.font.color.rgb = True, Pt(16), blue
    name = document.add_paragraph()
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    name.paragraph_format.space_after = Pt(0)
    run = name.add_run(person.name)
    run.bold, run.font.size = True, Pt(14)
    if options["headline"]:
        line = document.add_paragraph()
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        line.add_run(person.label or "").italic = True
    heading("Informații personale")
    address = f"{extra['street']}, {extra['postal']} {person.city}, {person.region}, România"
    pairs(
        [
            ("Adresă", address),
            ("Telefon", person.phone),
            ("E-mail", person.email),
            ("LinkedIn", extra["linkedin"].removeprefix("https://www.")),
            ("Data nașterii", extra["born"]),
            ("Cetățenie", "română"),
        ]
    )
    heading("Profil profesional")
    document.add_paragraph(extra["summary"])
    heading("Experiență profesională")
    for job in person.jobs:
        pairs(
            [
                ("Perioada", f"{_ro_month(job.start, form)} \u2013 {_ro_month(job.end, form)}"),
                ("Funcția ocupată", job.position),
                ("Angajator", f"{job.company}, {job.city}"),
            ]
        )
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(4)
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.add_run("Activități și responsabilități principale:").italic = True
        bullets(job.highlights)
        document.add_paragraph()
    heading("Educație și formare")
    for d in person.degrees:
        rows = [
            ("Perioada", f"{d.start[0]} \u2013 {d.end[0]}"),
            ("Diploma obținută", f"{d.study} \u2013 {d.area}"),
            ("Instituția", d.institution),
        ]
        if options["score"] and d is person.degrees[0]:
            rows.append(("Media de absolvire", extra["grade"]))
        pairs(rows)
        document.add_paragraph().paragraph_format.space_after = Pt(0)
    heading("Competențe personale")
    pairs([("Limba maternă", "română")])
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(4)
    paragraph.add_run("Limbi străine:").bold = True
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].paragraphs[0].add_run("Limba").bold = True
    table.rows[0].cells[1].paragraphs[0].add_run("Nivel (CECRL)").bold = True
    for lang, level in person.languages:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = lang, level
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(6)
    paragraph.add_run("Competențe digitale:").bold = True
    bullets(person.skills)
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(6)
    paragraph.add_run("Permis de conducere: ").bold = True
    paragraph.add_run("categoria B")
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_docx(buffer.getvalue())

"""Fifty-sixth held-out round ("holdout-56"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts, three born-digital PDF and
one Word document: pdf-malagasy-cv, pdf-sierra-leonean-cv, pdf-flowcv-export and
docx-croatian-cv-word. The round is sealed: the layouts are described only in the code below.

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

HOLDOUT_TAG = "holdout-56"
GENERATOR = "tests/eval/holdout56.py"
SEED = 5_662_148

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-malagasy-cv", 3),
    ("pdf-sierra-leonean-cv", 3),
    ("pdf-flowcv-export", 3),
    ("docx-croatian-cv-word", 3),
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
# Croatian month names in the nominative, as in "ožujak 2019.".
MJESECI = (
    "siječanj",
    "veljača",
    "ožujak",
    "travanj",
    "svibanj",
    "lipanj",
    "srpanj",
    "kolovoz",
    "rujan",
    "listopad",
    "studeni",
    "prosinac",
)

POOLS: dict[str, Pool] = {
    "pdf-malagasy-cv": Pool(
        first=("Fanja", "Mialy", "Tojo", "Njaka", "Voahirana", "Hasimbola", "Toky"),
        last=(
            "Rakotoarimanana",
            "Randrianasolo",
            "Razafindrakoto",
            "Andriamampianina",
            "Rasoanaivo",
            "Ravelojaona",
        ),
        cities=(
            ("Antananarivo", None, "101", "Lot IVG 128 Ankadifotsy"),
            ("Antananarivo", None, "101", "Lot II J 45 Bis Ampandrana"),
            ("Antananarivo", None, "102", "Lot VB 17 Ambohijatovo"),
        ),
        employers=(
            "Vakinankaratra Distribution SA",
            "Analamanga Conseil SARL",
            "Banque Tsaratanana",
            "Orimbato Télécom SA",
            "Ivato Logistique SARL",
        ),
        titles=(
            "Responsable administratif et financier",
            "Comptable principal",
            "Contrôleur de gestion",
            "Assistant comptable",
            "Chargé de trésorerie",
        ),
        highlights=(
            "Tenue de la comptabilité générale et analytique sous Sage 100",
            "Établissement des états financiers selon le PCG 2005",
            "Déclarations fiscales mensuelles (TVA, IRSA, IR) auprès de la DGI",
            "Suivi de la trésorerie et rapprochements bancaires",
            "Préparation du budget annuel et suivi des écarts",
            "Gestion de la paie et des déclarations CNaPS et OSTIE",
            "Interlocuteur des commissaires aux comptes lors de l'audit annuel",
            "Mise en place de procédures de contrôle interne",
            "Encadrement d'une équipe de trois comptables",
        ),
        skills=(
            "Microsoft Office (Word, Excel, PowerPoint)",
            "Sage 100 Comptabilité",
            "Sage Paie",
            "Tableaux croisés dynamiques",
            "Odoo",
            "Internet et messagerie",
        ),
        schools=(
            "Université d'Antananarivo – Faculté DEGS",
            "INSCAE Antananarivo",
            "ISCAM Ankadifotsy",
        ),
        degrees=(
            ("Master II", "Finance et Comptabilité"),
            ("Licence professionnelle", "Gestion comptable"),
            ("Master II", "Audit et Contrôle de gestion"),
        ),
    ),
    "pdf-sierra-leonean-cv": Pool(
        first=("Fatmata", "Abubakarr", "Isatu", "Alimamy", "Kadiatu", "Sorie", "Mariama"),
        last=("Kamara", "Sesay", "Bangura", "Conteh", "Koroma", "Mansaray", "Turay"),
        cities=(
            ("Freetown", None, None, "14B Pademba Road"),
            ("Freetown", None, None, "7 Wilkinson Road, Congo Cross"),
            ("Freetown", None, None, "22 Kissy Road, East End"),
        ),
        employers=(
            "Salone Connect Telecom Ltd",
            "Rokel Health Foundation",
            "Tagrin Shipping Agencies Ltd",
            "Aberdeen Agro Processing Ltd",
            "Lumley Community Microfinance",
        ),
        titles=(
            "Monitoring and Evaluation Officer",
            "Project Officer",
            "Finance and Administration Officer",
            "Programme Assistant",
            "Field Coordinator",
        ),
        highlights=(
            "Developed data collection tools and trained 20 enumerators",
            "Prepared monthly and quarterly narrative reports for donors",
            "Coordinated community sensitisation meetings in Port Loko and Kambia districts",
            "Maintained the project database in KoboToolbox and Excel",
            "Processed staff payroll and reconciled petty cash",
            "Liaised with the Ministry of Health and Sanitation on district activities",
            "Supervised procurement of project supplies in line with NPPA guidelines",
            "Organised trainings for women's groups on savings and loans",
            "Conducted spot checks and data quality audits in the field",
        ),
        skills=(
            "Microsoft Office (Word, Excel, PowerPoint)",
            "KoboToolbox",
            "SPSS",
            "QuickBooks",
            "Report writing",
            "Community mobilisation",
            "Team leadership",
        ),
        schools=(
            "Fourah Bay College, University of Sierra Leone",
            "Njala University",
            "Institute of Public Administration and Management (IPAM)",
        ),
        degrees=(
            ("BSc (Hons)", "Economics"),
            ("BSc", "Community Health"),
            ("BSc (Hons)", "Accounting and Finance"),
        ),
    ),
    "pdf-flowcv-export": Pool(
        first=("Yannick", "Svenja", "Thibault", "Anouk", "Dalia", "Malin", "Jarek"),
        last=("Achterberg", "Wojtasik", "Lindemann-Sato", "Nørgaard", "Quintela", "Haberkorn"),
        cities=(
            ("Berlin", None, None, "Germany"),
            ("Munich", None, None, "Germany"),
            ("Vienna", None, None, "Austria"),
        ),
        employers=(
            "Parcelwise GmbH",
            "Lumentrail",
            "Brightmoor Health",
            "Kitegrid Energy",
            "Oakfold Payments",
        ),
        titles=(
            "Senior Product Designer",
            "Product Designer",
            "UX/UI Designer",
            "Lead Product Designer",
            "UX Researcher",
        ),
        highlights=(
            "Redesigned the checkout flow, lifting conversion by 11%",
            "Built and maintained the Figma design system used by 6 squads",
            "Ran 40+ moderated usability sessions and synthesised findings",
            "Partnered with engineering to ship a dark mode across web and iOS",
            "Introduced design critiques and a research repository in Dovetail",
            "Mentored two junior designers through their first year",
            "Led discovery for a B2B onboarding wizard from concept to launch",
            "Defined accessibility guidelines aligned with WCAG 2.1 AA",
            "Set up quarterly UX benchmarks with product analytics in Amplitude",
        ),
        skills=(
            "Figma",
            "Prototyping",
            "User Research",
            "Design Systems",
            "Accessibility (WCAG)",
            "HTML & CSS",
            "Maze",
            "Workshop Facilitation",
        ),
        schools=(
            "Berlin University of the Arts",
            "Hochschule München University of Applied Sciences",
            "University of Applied Arts Vienna",
        ),
        degrees=(
            ("M.A.", "Interaction Design"),
            ("B.A.", "Communication Design"),
            ("B.Sc.", "Media Informatics"),
        ),
    ),
    "docx-croatian-cv-word": Pool(
        first=("Tihana", "Zvonimir", "Dunja", "Hrvoje", "Nikolina", "Tomislav", "Vesna"),
        last=("Brkljačić", "Vukelić", "Šarić", "Radoš", "Bašić", "Đurđević"),
        cities=(
            ("Osijek", None, "31000", "Županijska 14"),
            ("Varaždin", None, "42000", "Kapucinski trg 7"),
            ("Zadar", None, "23000", "Put Bokanjca 22"),
        ),
        employers=(
            "Podravka Soft d.o.o.",
            "Slavonski Informatički Centar d.o.o.",
            "Drava Telekom d.d.",
            "Zadarska banka d.d.",
            "Infobit Rješenja d.o.o.",
        ),
        titles=(
            "Programer",
            "Backend developer",
            "Sistem administrator",
            "Voditelj razvojnog tima",
            "Mlađi programer",
        ),
        highlights=(
            "Razvoj i održavanje web aplikacija u Javi (Spring Boot)",
            "Izrada REST API-ja za mobilnu aplikaciju banke",
            "Održavanje Linux poslužitelja i baza podataka PostgreSQL",
            "Automatizacija isporuke pomoću GitLab CI/CD i Dockera",
            "Pisanje tehničke dokumentacije i jediničnih testova",
            "Sudjelovanje u migraciji sustava u oblak (Azure)",
            "Mentoriranje studenata na stručnoj praksi",
            "Komunikacija s klijentima i analiza korisničkih zahtjeva",
            "Optimizacija SQL upita i izvještaja",
        ),
        skills=(
            "Java",
            "Spring Boot",
            "PostgreSQL",
            "Docker",
            "Git",
            "Linux",
            "MS Office",
            "Python",
        ),
        schools=(
            "Fakultet elektrotehnike, računarstva i informacijskih tehnologija Osijek",
            "Fakultet organizacije i informatike Varaždin",
            "Sveučilište u Zadru",
        ),
        degrees=(
            ("magistar inženjer računarstva", "Računarstvo"),
            ("sveučilišni prvostupnik informatike", "Informacijski sustavi"),
            ("sveučilišni prvostupnik", "Informatika"),
        ),
    ),
}

COUNTRY = {
    "pdf-malagasy-cv": "MG",
    "pdf-sierra-leonean-cv": "SL",
    "docx-croatian-cv-word": "HR",
}
COUNTRY_CODE = {"Germany": "DE", "Austria": "AT"}

MG_SUMMARY = (
    "Financier rigoureux et organisé, justifiant de plusieurs années d'expérience en "
    "comptabilité et en gestion au sein d'entreprises et de banques malgaches."
)
MG_INTERESTS = ("Lecture", "Football", "Scoutisme (FBM)", "Chant choral", "Randonnée")
MG_LANGUAGES = (("Malagasy", "langue maternelle"), ("Français", "courant"))
MG_ENGLISH = ("Anglais", "intermédiaire")
SL_OBJECTIVE = (
    "A dedicated and result-oriented development professional seeking a challenging position "
    "in a reputable organisation where my skills in project management, monitoring and "
    "community engagement will contribute to the achievement of organisational goals."
)
SL_LANGUAGES = (("English", "Fluent"), ("Krio", "Native"), ("Temne", "Fluent"), ("Mende", "Fair"))
SL_HOBBIES = ("Reading", "Football", "Debating", "Community volunteering")
SL_REFEREES = (
    ("Mr. Augustine B. Fofanah", "Programme Manager", "Rokel Health Foundation", "+232 76 304 118"),
    ("Dr. Christiana M. Williams", "Senior Lecturer", "Njala University", "+232 78 221 904"),
    ("Mrs. Haja Kadie Jalloh", "Head of Finance", "Salone Connect Telecom Ltd", "+232 88 517 260"),
)
FC_SUMMARY = (
    "Product designer with a research-first mindset and a soft spot for complex B2B tools. "
    "I turn messy workflows into calm, accessible interfaces and love working closely with "
    "engineers and product managers."
)
FC_LANGUAGES = (
    ("English", "Fluent (C2)"),
    ("German", "Native"),
    ("French", "Intermediate (B1)"),
    ("Spanish", "Basic (A2)"),
)
FC_CERTS = (
    ("Google UX Design Certificate", "Coursera", "2021"),
    ("Certified Professional for Usability and UX (CPUX-F)", "UXQB", "2022"),
    ("Accessibility Fundamentals", "W3C / edX", "2023"),
)
HR_SUMMARY = (
    "Programer s iskustvom u razvoju poslovnih web aplikacija i održavanju sustava. "
    "Odgovoran, samostalan i spreman na timski rad te učenje novih tehnologija."
)
HR_LANGUAGES = (("engleski jezik", "C1"), ("njemački jezik", "B1"), ("talijanski jezik", "A2"))
HR_SCHOOLS = (
    ("Elektrotehnička škola", "tehničar za računalstvo"),
    ("III. gimnazija", "opća gimnazija"),
    ("Tehnička škola Ruđera Boškovića", "tehničar za elektroniku"),
)
HR_HOBBIES = ("planinarenje", "fotografija", "košarka", "volontiranje u udruzi Zelena akcija")


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-malagasy-cv":
        return {
            "dates": rng.choice(("words", "numeric", "years")),
            "accent": rng.choice(((30, 70, 130), (120, 40, 40), (20, 100, 80))),
            "education_first": rng.random() < 0.6,
            "headline": rng.random() < 0.6,
        }
    if style == "pdf-sierra-leonean-cv":
        return {
            "dates": rng.choice(("long", "short", "years")),
            "font": rng.choice(("Serif", "Sans")),
            "objective": rng.random() < 0.7,
        }
    if style == "pdf-flowcv-export":
        return {
            "dates": rng.choice(("mon", "numeric")),
            "accent": rng.choice(((33, 95, 170), (196, 80, 60), (40, 120, 110), (90, 60, 150))),
            "left_dates": rng.random() < 0.5,
            "headline": rng.random() < 0.75,
            "centered": rng.random() < 0.4,
        }
    if style == "docx-croatian-cv-word":
        return {
            "dates": rng.choice(("words", "numeric", "years")),
            "font": rng.choice(("Calibri", "Times New Roman")),
            "table": rng.random() < 0.5,
            "headline": rng.random() < 0.5,
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name.replace("Đ", "Dj").replace("đ", "dj")).split()
    first, last = slug[0], slug[-1]
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street or None, "postal": postal}
    label: str | None = None
    url: str | None = None
    languages: list[tuple[str, str]] = []
    jobs = _chain(rng, pool, rng.choice((2, 3)), rng.random() < 0.7)
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    skills = rng.sample(pool.skills, rng.randint(4, 6))
    if style == "pdf-malagasy-cv":
        operator = rng.choice(("32", "33", "34", "38"))
        digits = f"{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(10, 99)}"
        phone = rng.choice((f"+261 {operator} {digits}", f"0{operator} {digits}"))
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'yahoo.fr', 'moov.mg'))}"
        label = jobs[0].position
        extra["summary"] = MG_SUMMARY if rng.random() < 0.5 else None
        for job in jobs:
            job.city = rng.choice((city, "Antananarivo", "Toamasina"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        years = 2 if study.startswith("Master") else 3
        degrees.append(
            Degree(pool.schools[idx], study, area, (end_year - years, 11), (end_year, 10))
        )
        if years == 2:
            degrees.append(
                Degree(
                    pool.schools[idx],
                    "Licence",
                    "Gestion",
                    (end_year - 5, 11),
                    (end_year - 2, 10),
                )
            )
        bac_year = degrees[-1].start[0]
        extra["bac"] = (bac_year, rng.choice(("C", "D", "A2")))
        extra["lycee"] = rng.choice(("Lycée Moderne Ampefiloha", "Lycée Andohalo"))
        extra["born"] = f"{rng.randint(1, 28)} {MOIS[rng.randrange(12)]} {bac_year - 18}"
        extra["birthplace"] = rng.choice(("Antsirabe", "Fianarantsoa", "Antananarivo"))
        extra["family"] = rng.choice(("Célibataire", "Marié(e)", "Marié(e), 2 enfants"))
        extra["interests"] = rng.sample(MG_INTERESTS, 3)
        languages = list(MG_LANGUAGES) + ([MG_ENGLISH] if rng.random() < 0.8 else [])
    elif style == "pdf-sierra-leonean-cv":
        net = rng.choice(("76", "77", "78", "88", "30"))
        phone = rng.choice(
            (
                f"+232 {net} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                f"0{net}-{rng.randint(100000, 999999)}",
            )
        )
        email = f"{first}{last}{rng.randint(10, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        extra["summary"] = SL_OBJECTIVE
        for job in jobs:
            job.city = rng.choice((city, "Freetown", "Bo", "Makeni"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 10), (end_year, 7)))
        if rng.random() < 0.5:
            degrees.insert(
                0,
                Degree(
                    pool.schools[2] if idx != 2 else pool.schools[0],
                    "Postgraduate Diploma",
                    "Project Management",
                    (jobs[-1].start[0] + 1, 1),
                    (jobs[-1].start[0] + 2, 1),
                ),
            )
        school = rng.choice(
            (
                "Prince of Wales School",
                "Annie Walsh Memorial School",
                "St. Edward's Secondary School",
            )
        )
        extra["wassce"] = (school, end_year - 7, end_year - 4)
        extra["born"] = f"{rng.randint(1, 28)}/{rng.randint(1, 12):02d}/{end_year - 23}"
        extra["marital"] = rng.choice(("Single", "Married"))
        extra["gender"] = rng.choice(("Female", "Male"))
        extra["referees"] = rng.sample(SL_REFEREES, 2)
        extra["hobbies"] = rng.sample(SL_HOBBIES, 3)
        languages = [SL_LANGUAGES[0], SL_LANGUAGES[1], rng.choice(SL_LANGUAGES[2:])]
    elif style == "pdf-flowcv-export":
        phone = (
            f"+{rng.choice(('49 1', '43 6'))}{rng.randint(50, 79)} {rng.randint(1000000, 9999999)}"
        )
        handle = last.replace("-", "").lower()
        email = f"{first}.{handle}@{rng.choice(('gmail.com', 'posteo.de', 'hey.com'))}"
        label = jobs[0].position
        url = f"https://{first}{handle}.design"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{handle}"
        extra["summary"] = FC_SUMMARY
        extra["country"] = street
        extra["street"] = None
        for job in jobs:
            job.city = rng.choice((city, "Berlin", "Remote"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        years = 2 if study == "M.A." else 3
        degrees.append(
            Degree(pool.schools[idx], study, area, (end_year - years, 10), (end_year, 9))
        )
        if years == 2:
            degrees.append(
                Degree(
                    pool.schools[1],
                    "B.A.",
                    "Communication Design",
                    (end_year - 5, 10),
                    (end_year - 2, 7),
                )
            )
        extra["certs"] = rng.sample(FC_CERTS, rng.randint(1, 2))
        langs = [FC_LANGUAGES[0], FC_LANGUAGES[1], *rng.sample(FC_LANGUAGES[2:], rng.randint(0, 2))]
        languages = langs
        skills = rng.sample(pool.skills, rng.randint(6, 8))
    else:
        prefix = rng.choice(("91", "95", "98", "99"))
        phone = rng.choice(
            (
                f"+385 {prefix} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                f"0{prefix}/{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
            )
        )
        email = f"{first}.{last}@{rng.choice(('gmail.com', 't-com.hr', 'net.hr'))}"
        label = rng.choice(("Java programer", "Backend developer", "Softverski inženjer"))
        extra["summary"] = HR_SUMMARY
        for job in jobs:
            job.city = rng.choice((city, "Zagreb"))
        idx = [c[0] for c in pool.cities].index(city)
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 5, 10), (end_year, 9)))
        school, qualification = rng.choice(HR_SCHOOLS)
        extra["srednja"] = (school, end_year - 9, end_year - 5, qualification)
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        extra["born"] = f"{day}. {month}. {end_year - 24}."
        extra["licence"] = rng.random() < 0.7
        extra["hobbies"] = rng.sample(HR_HOBBIES, 2)
        languages = [("hrvatski jezik", "materinski"), *HR_LANGUAGES[: rng.randint(1, 3)]]
        if rng.random() < 0.5:
            extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
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
    label = person.label if options.get("headline") else None
    location: dict[str, Any] = {
        "address": extra["street"],
        "postalCode": extra["postal"],
        "city": person.city,
        "region": person.region,
        "countryCode": COUNTRY.get(style) or COUNTRY_CODE.get(extra.get("country", "")),
    }
    if style == "pdf-sierra-leonean-cv" and not options["objective"]:
        summary = None
    else:
        summary = extra.get("summary")
    basics = drop_empty(
        {
            "name": person.name,
            "label": label,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "summary": summary,
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
        if style == "pdf-flowcv-export":
            item["startDate"] = iso_month(d.start, "month")
            item["endDate"] = iso_month(d.end, "month")
        education.append(drop_empty(item))
    if style == "pdf-malagasy-cv":
        year, series = extra["bac"]
        education.append(
            {
                "institution": extra["lycee"],
                "studyType": "Baccalauréat",
                "area": f"série {series}",
                "endDate": str(year),
            }
        )
    elif style == "pdf-sierra-leonean-cv":
        school, start, end = extra["wassce"]
        education.append(
            {
                "institution": school,
                "studyType": "WASSCE",
                "startDate": str(start),
                "endDate": str(end),
            }
        )
    elif style == "docx-croatian-cv-word":
        school, start, end, qualification = extra["srednja"]
        education.append(
            {
                "institution": school,
                "studyType": qualification,
                "startDate": str(start),
                "endDate": str(end),
            }
        )
    skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    certificates = [
        {"name": name, "issuer": issuer, "date": year}
        for name, issuer, year in extra.get("certs", [])
    ]
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
    if style == "pdf-malagasy-cv":
        return _malagasy(person, options), "pdf"
    if style == "pdf-sierra-leonean-cv":
        return _sierra_leone(person, options), "pdf"
    if style == "pdf-flowcv-export":
        return _flowcv(person, options), "pdf"
    if style == "docx-croatian-cv-word":
        return _croatian_docx(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _mg_span(start: Month, end: Month | None, form: str) -> str:
    if form == "years":
        return f"{start[0]} – {'à nos jours' if end is None else end[0]}"
    if form == "numeric":
        tail = "à ce jour" if end is None else f"{end[1]:02d}/{end[0]}"
        return f"{start[1]:02d}/{start[0]} – {tail}"
    if end is None:
        return f"Depuis {MOIS[start[1] - 1]} {start[0]}"
    return f"{MOIS[start[1] - 1].capitalize()} {start[0]} – {MOIS[end[1] - 1]} {end[0]}"


def _malagasy(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    pdf.set_author(person.name)
    x, width, gutter = 18.0, 174.0, 46.0
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
        need(22)
        y += 4
        pdf.set_fill_color(232, 232, 232)
        pdf.rect(x, y, width, 6.6, style="F")
        pdf.set_fill_color(*accent)
        pdf.rect(x, y, 1.6, 6.6, style="F")
        pdf.set_xy(x + 4, y + 0.6)
        pdf.set_font("Serif", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(width - 4, 5.4, text)
        pdf.set_text_color(0, 0, 0)
        y += 10

    def row(key: str, value: str) -> None:
        nonlocal y
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(gutter - 4, 5, key)
        pdf.cell(4, 5, ":")
        pdf.set_font("Serif", "", 9.5)
        pdf.multi_cell(width - gutter - 38, 5, value, align="L")
        y = pdf.get_y() + 0.6

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 15)
    pdf.set_text_color(*accent)
    pdf.cell(width - 34, 7, "CURRICULUM VITAE", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(120, 120, 120)
    pdf.set_line_width(0.3)
    pdf.rect(x + width - 28, y - 2, 28, 34)
    pdf.set_font("Serif", "I", 7)
    pdf.set_xy(x + width - 28, y + 13)
    pdf.cell(28, 4, "Photo", align="C")
    pdf.set_xy(x, y + 10)
    pdf.set_font("Serif", "B", 17)
    pdf.cell(width - 34, 8, person.name, align="C")
    y += 19
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "I", 11)
        pdf.cell(width - 34, 6, person.label or "", align="C")
    y = 52.0
    heading("ÉTAT CIVIL")
    surname, given = person.name.split()[-1], " ".join(person.name.split()[:-1])
    row("Nom", surname.upper())
    row("Prénoms", given)
    row("Né(e) le", f"{extra['born']} à {extra['birthplace']}")
    row("Situation de famille", extra["family"])
    row("Nationalité", "Malagasy")
    row("Adresse", f"{extra['street']}, {person.city} {extra['postal']}, Madagascar")
    row("Téléphone", person.phone)
    row("E-mail", person.email)
    if extra["summary"]:
        heading("PROFIL")
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "", 9.5)
        pdf.multi_cell(width - 4, 4.9, extra["summary"], align="J")
        y = pdf.get_y() + 1

    def education() -> None:
        nonlocal y
        heading("FORMATIONS ET DIPLÔMES")
        for d in person.degrees:
            need(12)
            pdf.set_xy(x + 4, y)
            pdf.set_font("Serif", "B", 9.5)
            pdf.cell(gutter - 4, 5, f"{d.start[0]} – {d.end[0]}")
            pdf.multi_cell(width - gutter, 5, f"{d.study} – {d.area}", align="L")
            pdf.set_xy(x + gutter, pdf.get_y())
            pdf.set_font("Serif", "I", 9.5)
            pdf.multi_cell(width - gutter, 5, d.institution, align="L")
            y = pdf.get_y() + 2
        year, series = extra["bac"]
        need(12)
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(gutter - 4, 5, str(year))
        pdf.cell(width - gutter, 5, f"Baccalauréat série {series}")
        pdf.set_xy(x + gutter, y + 5)
        pdf.set_font("Serif", "I", 9.5)
        pdf.cell(width - gutter, 5, extra["lycee"])
        y += 12

    def experience() -> None:
        nonlocal y
        heading("EXPÉRIENCES PROFESSIONNELLES")
        for job in person.jobs:
            need(26)
            pdf.set_xy(x + 4, y)
            pdf.set_font("Serif", "B", 9.5)
            pdf.multi_cell(gutter - 6, 5, _mg_span(job.start, job.end, form), align="L")
            pdf.set_xy(x + gutter, y)
            pdf.set_font("Serif", "B", 10)
            pdf.cell(width - gutter, 5, f"{job.company} ({job.city})")
            pdf.set_xy(x + gutter, y + 5)
            pdf.set_font("Serif", "", 9.5)
            key = "Poste occupé : "
            pdf.cell(pdf.get_string_width(key) + 1, 5, key)
            pdf.set_font("Serif", "I", 9.5)
            pdf.cell(width - gutter - 30, 5, job.position)
            pdf.set_xy(x + gutter, y + 10)
            pdf.set_font("Serif", "U", 9.5)
            pdf.cell(width - gutter, 5, "Attributions :")
            y += 15
            for note in job.highlights:
                need(5)
                pdf.set_xy(x + gutter + 2, y)
                pdf.set_font("Serif", "", 9.3)
                pdf.cell(4, 4.7, "–")
                pdf.multi_cell(width - gutter - 6, 4.7, note, align="L")
                y = pdf.get_y() + 0.3
            y += 3

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("CONNAISSANCES INFORMATIQUES")
    for skill in person.skills:
        need(5)
        pdf.set_xy(x + 6, y)
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(4, 5, "•")
        pdf.cell(width - 10, 5, skill)
        y += 5
    heading("CONNAISSANCES LINGUISTIQUES")
    for lang, level in person.languages:
        need(5)
        row(lang, level)
    heading("CENTRES D'INTÉRÊT")
    pdf.set_xy(x + 4, y)
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(width - 4, 5, ", ".join(extra["interests"]))
    y += 6
    _check(y, 284, person)
    return bytes(pdf.output())


def _sl_span(start: Month, end: Month | None, form: str) -> str:
    if form == "years":
        return f"{start[0]} – {'Present' if end is None else end[0]}"
    if form == "short":

        def one(m: Month) -> str:
            name = MONTHS_EN[m[1] - 1]
            return f"{name} {m[0]}" if len(name) <= 4 else f"{name[:3]}. {m[0]}"

        return f"{one(start)} – {'Present' if end is None else one(end)}"
    tail = "Date" if end is None else f"{MONTHS_EN[end[1] - 1]} {end[0]}"
    return f"{MONTHS_EN[start[1] - 1]} {start[0]} – {tail}"


def _sierra_leone(person: Candidate, options: dict[str, Any]) -> bytes:
    form, font, extra = options["dates"], options["font"], person.extra
    pdf = _pdf(font, "DejaVuSerif" if font == "Serif" else "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("CURRICULUM VITAE")
    x, width = 22.0, 166.0
    size = 10.0 if font == "Serif" else 9.4
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 285)
        pdf.set_font(font, "", 8)
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
        pdf.set_font(font, "BU", size + 1)
        pdf.cell(width, 6, text)
        y += 8.5

    def row(key: str, value: str, key_width: float = 42.0) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font(font, "B", size)
        pdf.cell(key_width, 5.2, f"{key}:")
        pdf.set_font(font, "", size)
        pdf.multi_cell(width - key_width, 5.2, value, align="L")
        y = pdf.get_y() + 0.5

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font(font, "BU", 16)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    y += 14
    heading("PERSONAL DATA")
    row("Name", person.name)
    row("Date of Birth", extra["born"])
    row("Gender", extra["gender"])
    row("Nationality", "Sierra Leonean")
    row("Marital Status", extra["marital"])
    row("Address", f"{extra['street']}, {person.city}, Sierra Leone")
    row("Mobile", person.phone)
    row("Email", person.email)
    if options["objective"]:
        heading("CAREER OBJECTIVE")
        pdf.set_xy(x, y)
        pdf.set_font(font, "", size)
        pdf.multi_cell(width, 5.2, extra["summary"], align="J")
        y = pdf.get_y() + 1
    heading("EDUCATIONAL BACKGROUND")
    cols = (28.0, 78.0, 60.0)
    school, w_start, w_end = extra["wassce"]
    rows = [("Year", "Institution", "Qualification Obtained")]
    for d in person.degrees:
        rows.append((f"{d.start[0]} – {d.end[0]}", d.institution, f"{d.study} {d.area}"))
    rows.append((f"{w_start} – {w_end}", school, "WASSCE"))
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    for index, cells in enumerate(rows):
        pdf.set_font(font, "B" if index == 0 else "", size - 0.4)
        heights = []
        for text, w in zip(cells, cols, strict=True):
            lines = pdf.multi_cell(w - 3, 5, text, dry_run=True, output="LINES")
            heights.append(len(lines) * 5 + 2)
        h = max(heights)
        need(h)
        cx = x
        for text, w in zip(cells, cols, strict=True):
            pdf.rect(cx, y, w, h)
            pdf.set_xy(cx + 1.5, y + 1)
            pdf.multi_cell(w - 3, 5, text, align="L")
            cx += w
        y += h
    y += 2
    heading("WORK EXPERIENCE")
    for job in person.jobs:
        need(32)
        row("Organisation", f"{job.company}, {job.city}", 34)
        row("Position", job.position, 34)
        row("Period", _sl_span(job.start, job.end, form), 34)
        pdf.set_xy(x, y)
        pdf.set_font(font, "BI", size)
        pdf.cell(width, 5.2, "Duties and Responsibilities:")
        y += 5.8
        for note in job.highlights:
            need(6)
            pdf.set_xy(x + 5, y)
            pdf.set_font(font, "", size)
            pdf.cell(5, 5.2, "•")
            pdf.multi_cell(width - 10, 5.2, note, align="L")
            y = pdf.get_y() + 0.4
        y += 3.5
    heading("SKILLS AND COMPETENCES")
    for skill in person.skills:
        need(6)
        pdf.set_xy(x + 5, y)
        pdf.set_font(font, "", size)
        pdf.cell(5, 5.2, "•")
        pdf.cell(width - 10, 5.2, skill)
        y += 5.4
    heading("LANGUAGES")
    for lang, level in person.languages:
        need(6)
        row(lang, level, 30)
    heading("HOBBIES")
    pdf.set_xy(x, y)
    pdf.set_font(font, "", size)
    pdf.cell(width, 5.2, ", ".join(extra["hobbies"]))
    y += 6
    heading("REFEREES")
    need(26)
    for index, (ref, role, org, mobile) in enumerate(extra["referees"]):
        rx = x + index * (width / 2)
        for offset, (text, look) in enumerate(
            ((f"{index + 1}. {ref}", "B"), (role, ""), (org, ""), (f"Tel: {mobile}", ""))
        ):
            pdf.set_xy(rx, y + 5.2 * offset)
            pdf.set_font(font, look, size - 0.4)
            pdf.cell(width / 2 - 3, 5.2, text)
    y += 22
    _check(y, 282, person)
    return bytes(pdf.output())


def _fc_span(start: Month, end: Month | None, form: str) -> str:
    def one(m: Month) -> str:
        if form == "numeric":
            return f"{m[1]:02d}/{m[0]}"
        return f"{MONTHS_EN[m[1] - 1][:3]} {m[0]}"

    return f"{one(start)} – {'present' if end is None else one(end)}"


def _flowcv(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} - Resume")
    pdf.set_creator("FlowCV - https://flowcv.com")
    x, width = 15.0, 180.0
    ink, grey = (34, 34, 34), (95, 95, 95)
    left = options["left_dates"]
    col = 42.0 if left else 0.0
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
        need(20)
        y += 3
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11.5)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.4)
        pdf.line(x, y + 7, x + width, y + 7)
        pdf.set_text_color(*ink)
        y += 10

    def icon(ix: float, iy: float) -> None:
        pdf.set_fill_color(*accent)
        pdf.ellipse(ix, iy + 1.1, 2.2, 2.2, style="F")

    def bullets(notes: list[str], bx: float, bw: float) -> None:
        nonlocal y
        for note in notes:
            need(5)
            pdf.set_xy(bx, y)
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(3.5, 4.4, "•")
            pdf.multi_cell(bw - 3.5, 4.4, note, align="L")
            y = pdf.get_y() + 0.4

    new_page()
    align = "C" if options["centered"] else "L"
    pdf.set_text_color(*ink)
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(width, 10, person.name, align=align)
    y += 11
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 11.5)
        pdf.set_text_color(*grey)
        pdf.cell(width, 6, person.label or "", align=align)
        pdf.set_text_color(*ink)
        y += 7.5
    items = [
        (person.email, f"mailto:{person.email}"),
        (person.phone, ""),
        (f"{person.city}, {extra['country']}", ""),
        ((person.url or "").removeprefix("https://"), person.url or ""),
        (extra["linkedin"].removeprefix("https://www."), extra["linkedin"]),
    ]
    pdf.set_font("Sans", "", 8.6)
    widths = [pdf.get_string_width(text) + 4.2 for text, _ in items]
    lines: list[list[int]] = [[]]
    used = 0.0
    for index, w in enumerate(widths):
        if used + w + 5 > width and lines[-1]:
            lines.append([])
            used = 0.0
        lines[-1].append(index)
        used += w + 5
    y += 1
    for line in lines:
        total = sum(widths[i] for i in line) + 5 * (len(line) - 1)
        cx = x + (width - total) / 2 if options["centered"] else x
        for i in line:
            text, link = items[i]
            icon(cx, y)
            pdf.set_xy(cx + 3.2, y)
            pdf.cell(widths[i] - 3.2, 4.4, text, link=link)
            cx += widths[i] + 5
        y += 5.2
    heading("Profile")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.6, extra["summary"], align="L")
    y = pdf.get_y() + 1
    heading("Professional Experience")
    for job in person.jobs:
        need(22)
        span = _fc_span(job.start, job.end, form)
        if left:
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(col - 2, 4.8, span)
            pdf.set_xy(x, y + 4.8)
            pdf.set_text_color(*grey)
            pdf.cell(col - 2, 4.8, job.city)
            pdf.set_text_color(*ink)
            pdf.set_xy(x + col, y)
            pdf.set_font("Sans", "B", 9.8)
            pdf.cell(width - col, 4.8, job.position)
            pdf.set_xy(x + col, y + 4.8)
            pdf.set_font("Sans", "", 9.2)
            pdf.cell(width - col, 4.8, job.company)
        else:
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 9.8)
            pdf.cell(width - 50, 4.8, f"{job.position}, {job.company}")
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(50, 4.8, span, align="R")
            pdf.set_xy(x, y + 4.8)
            pdf.set_text_color(*grey)
            pdf.cell(width, 4.8, job.city, align="R")
            pdf.set_text_color(*ink)
        y += 10.6
        bullets(job.highlights, x + col + 1, width - col - 1)
        y += 2.6
    heading("Education")
    for d in person.degrees:
        need(12)
        span = _fc_span(d.start, d.end, form)
        if left:
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(col - 2, 4.8, span)
            pdf.set_xy(x + col, y)
            pdf.set_font("Sans", "B", 9.8)
            pdf.cell(width - col, 4.8, f"{d.study} {d.area}")
            pdf.set_xy(x + col, y + 4.8)
            pdf.set_font("Sans", "", 9.2)
            pdf.cell(width - col, 4.8, d.institution)
        else:
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 9.8)
            pdf.cell(width - 50, 4.8, f"{d.study} {d.area}")
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(50, 4.8, span, align="R")
            pdf.set_xy(x, y + 4.8)
            pdf.set_font("Sans", "", 9.2)
            pdf.cell(width - 50, 4.8, d.institution)
        y += 11.5
    if extra["certs"]:
        heading("Certificates")
        for cert, issuer, year in extra["certs"]:
            need(10)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 9.4)
            pdf.cell(width - 30, 4.8, cert)
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(30, 4.8, year, align="R")
            pdf.set_xy(x, y + 4.8)
            pdf.set_font("Sans", "", 8.8)
            pdf.set_text_color(*grey)
            pdf.cell(width, 4.8, issuer)
            pdf.set_text_color(*ink)
            y += 11
    heading("Skills")
    per_row, cw = 3, width / 3
    for start in range(0, len(person.skills), per_row):
        need(6)
        for offset, skill in enumerate(person.skills[start : start + per_row]):
            pdf.set_xy(x + offset * cw, y)
            pdf.set_font("Sans", "B", 9)
            pdf.cell(cw - 3, 5, skill)
        y += 6
    heading("Languages")
    need(12)
    for offset, (lang, level) in enumerate(person.languages):
        lx = x + (offset % 3) * (width / 3)
        ly = y + (offset // 3) * 11
        pdf.set_xy(lx, ly)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(width / 3 - 3, 4.8, lang)
        pdf.set_xy(lx, ly + 4.8)
        pdf.set_font("Sans", "", 8.8)
        pdf.set_text_color(*grey)
        pdf.cell(width / 3 - 3, 4.8, level)
        pdf.set_text_color(*ink)
    y += 11 * ((len(person.languages) + 2) // 3)
    _check(y, 288, person)
    return bytes(pdf.output())


def _hr_span(start: Month, end: Month | None, form: str) -> str:
    if form == "years":
        return f"{start[0]}. – {'danas' if end is None else f'{end[0]}.'}"
    if form == "numeric":
        tail = "danas" if end is None else f"{end[1]:02d}/{end[0]}"
        return f"{start[1]:02d}/{start[0]} – {tail}"
    tail = "danas" if end is None else f"{MJESECI[end[1] - 1]} {end[0]}."
    return f"{MJESECI[start[1] - 1]} {start[0]}. – {tail}"


def _croatian_docx(person: Candidate, options: dict[str, Any]) -> bytes:
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
    properties.language = "hr-HR"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2)
    normal = document.styles["Normal"]
    normal.font.name = options["font"]
    normal.font.size = Pt(11 if options["font"] == "Calibri" else 12)
    normal.paragraph_format.space_after = Pt(2)
    blue = RGBColor(0x1F, 0x4E, 0x79)
    col = 4.5

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
        paragraph.add_run("\t")
        paragraph.add_run(right)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("ŽIVOTOPIS")
    run.bold, run.font.size, run.font.color.rgb = True, Pt(18), blue
    name = document.add_paragraph()
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = name.add_run(person.name)
    run.bold, run.font.size = True, Pt(14)
    if options["headline"]:
        line = document.add_paragraph()
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        line.add_run(person.label or "").italic = True
    heading("OSOBNI PODACI")
    rows = [
        ("Ime i prezime:", person.name),
        ("Datum rođenja:", extra["born"]),
        ("Adresa:", f"{extra['street']}, {extra['postal']} {person.city}, Hrvatska"),
        ("Mobitel:", person.phone),
        ("E-mail:", person.email),
    ]
    if "linkedin" in extra:
        rows.append(("LinkedIn:", extra["linkedin"].removeprefix("https://www.")))
    for key, value in rows:
        tabbed(key, value)
    heading("O MENI")
    document.add_paragraph(extra["summary"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    Entry = tuple[str, list[tuple[str, bool, bool]], list[str]]

    def table_rows(entries: list[Entry]) -> None:
        table = document.add_table(rows=0, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        table.columns[0].width, table.columns[1].width = Cm(col), Cm(16 - col)
        for left, lines, notes in entries:
            cells = table.add_row().cells
            cells[0].width, cells[1].width = Cm(col), Cm(16 - col)
            cells[0].paragraphs[0].add_run(left)
            first = True
            for text, bold, italic in lines:
                para = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
                first = False
                run = para.add_run(text)
                run.bold, run.italic = bold, italic
            if notes:
                cells[1].add_paragraph("Opis posla:").runs[0].underline = True
            for note in notes:
                para = cells[1].add_paragraph(note, style="List Bullet")
                para.paragraph_format.space_after = Pt(0)
            cells[1].paragraphs[-1].paragraph_format.space_after = Pt(8)

    def flowing(entries: list[Entry]) -> None:
        for left, lines, notes in entries:
            para = document.add_paragraph()
            para.paragraph_format.space_before = Pt(6)
            para.paragraph_format.keep_with_next = True
            run = para.add_run(left)
            run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
            for text, bold, italic in lines:
                para = document.add_paragraph()
                para.paragraph_format.keep_with_next = True
                run = para.add_run(text)
                run.bold, run.italic = bold, italic
            if notes:
                document.add_paragraph("Opis posla:").runs[0].underline = True
            for note in notes:
                item = document.add_paragraph(note, style="List Bullet")
                item.paragraph_format.space_after = Pt(0)

    lay_out = table_rows if options["table"] else flowing
    heading("RADNO ISKUSTVO")
    lay_out(
        [
            (
                _hr_span(job.start, job.end, form),
                [(job.position, True, False), (f"{job.company}, {job.city}", False, True)],
                job.highlights,
            )
            for job in person.jobs
        ]
    )
    heading("OBRAZOVANJE")
    entries: list[Entry] = [
        (
            f"{d.start[0]}. – {d.end[0]}.",
            [(d.institution, True, False), (f"{d.study} – {d.area}", False, True)],
            [],
        )
        for d in person.degrees
    ]
    school, start, end, qualification = extra["srednja"]
    entries.append(
        (
            f"{start}. – {end}.",
            [(f"{school}, {person.city}", True, False), (qualification, False, True)],
            [],
        )
    )
    lay_out(entries)
    heading("POZNAVANJE JEZIKA")
    for lang, level in person.languages:
        tabbed(f"{lang}:", level)
    heading("RAČUNALNE VJEŠTINE")
    for skill in person.skills:
        document.add_paragraph(skill, style="List Bullet").paragraph_format.space_after = Pt(0)
    heading("OSTALO")
    if extra["licence"]:
        tabbed("Vozačka dozvola:", "B kategorija")
    tabbed("Hobiji:", ", ".join(extra["hobbies"]))
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())

"""Sixty-fifth held-out round ("holdout-65"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts, three born-digital PDF
and one Word document: ``pdf-gabonese-cv``, ``pdf-bahamian-cv``,
``pdf-resumebuilder-com-export`` and ``docx-icelandic-cv-word``. The round is sealed: the
layouts are described only in the code below.

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
from tests.eval.holdout64 import _Flow
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, normalise_zip, profile_links

HOLDOUT_TAG = "holdout-65"
GENERATOR = "tests/eval/holdout65.py"
SEED = 6_517_093

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-gabonese-cv", 3),
    ("pdf-bahamian-cv", 3),
    ("pdf-resumebuilder-com-export", 3),
    ("docx-icelandic-cv-word", 3),
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
MANUDIR = (
    "janúar",
    "febrúar",
    "mars",
    "apríl",
    "maí",
    "júní",
    "júlí",
    "ágúst",
    "september",
    "október",
    "nóvember",
    "desember",
)

IS_WOMEN = ("Ragnheiður", "Guðbjörg", "Snæfríður", "Ásdís", "Kolbrún")
IS_MEN = ("Bjarki", "Hlynur", "Ægir", "Óðinn")
IS_FATHERS = ("Jóhanns", "Ólafs", "Einars", "Kristjáns", "Gunnars", "Þórðar")

POOLS: dict[str, Pool] = {
    "pdf-gabonese-cv": Pool(
        first=("Ornella", "Prisca", "Nadège", "Judicaël", "Ghislain", "Arsène"),
        last=(
            "Mba Obiang",
            "Nzé Ondo",
            "Moussavou Koumba",
            "Ndong Essono",
            "Mintsa Mi-Nguema",
            "Boussougou Mavoungou",
        ),
        cities=(
            ("Libreville", None, None, "Quartier Glass, BP 2417"),
            ("Libreville", None, None, "Quartier Nzeng-Ayong, BP 13 908"),
            ("Libreville", None, None, "Quartier Louis, BP 6 152"),
        ),
        employers=(
            "Okoumé Transit SA",
            "Banque Atlantique de l'Ogooué",
            "Ogooué Télécom SA",
            "Cabinet Fiduciaire d'Akanda",
            "Société Gabonaise des Eaux Minérales (SOGEM)",
        ),
        titles=(
            "Comptable",
            "Responsable comptable",
            "Analyste crédit",
            "Gestionnaire de trésorerie",
        ),
        highlights=(
            "Tenue de la comptabilité générale et analytique selon le référentiel OHADA",
            "Préparation des déclarations fiscales et sociales (TVA, IRPP, CNSS, CNAMGS)",
            "Rapprochements bancaires mensuels et suivi de la trésorerie",
            "Élaboration des états financiers annuels (bilan, compte de résultat, TAFIRE)",
            "Suivi des comptes fournisseurs et relance des créances clients",
            "Participation aux missions de commissariat aux comptes",
            "Saisie des pièces comptables sous Sage Saari et contrôle des imputations",
            "Encadrement de deux stagiaires de l'INSG",
        ),
        skills=(
            "Sage Saari Comptabilité",
            "Microsoft Excel (tableaux croisés dynamiques)",
            "Word",
            "PowerPoint",
            "Perfecto",
            "Internet et messagerie",
        ),
        schools=(
            "Université Omar Bongo",
            "Institut National des Sciences de Gestion (INSG)",
            "Institut Supérieur de Technologie d'Akanda",
        ),
        degrees=(
            ("Master professionnel", "Comptabilité, Contrôle, Audit"),
            ("Licence professionnelle", "Finance et Comptabilité"),
            ("BTS", "Comptabilité et Gestion des Entreprises"),
        ),
    ),
    "pdf-bahamian-cv": Pool(
        first=("Shavonne", "Latrice", "Kendrick", "Deangelo", "Tamika", "Jermaine"),
        last=("Knowles", "Pinder", "Ferguson-Minnis", "Bethel", "Cartwright", "Sawyer"),
        cities=(
            ("Nassau", None, None, "P.O. Box N-4410"),
            ("Nassau", "N.P.", None, "#27 Soldier Road East"),
            ("Nassau", None, None, "Lot 19, Carmichael Road West"),
        ),
        employers=(
            "Paradise Shores Resort & Casino",
            "Coral Harbour Bank & Trust Ltd.",
            "Lucayan Freight Services Ltd.",
            "Montagu Insurance Agency Ltd.",
            "Bay Street Duty Free Ltd.",
        ),
        titles=(
            "Front Office Supervisor",
            "Guest Services Agent",
            "Reservations Coordinator",
            "Customer Service Representative",
        ),
        highlights=(
            "Supervised a team of 12 front desk agents across three shifts",
            "Handled check-in and check-out for up to 400 guests a day using Opera PMS",
            "Resolved guest complaints promptly and professionally",
            "Balanced cash drawers and prepared the daily revenue report",
            "Trained new hires on company policies and customer service standards",
            "Processed group bookings and wedding blocks for overseas clients",
            "Maintained accurate records in accordance with company procedures",
            "Assisted the accounts department with month-end reconciliations",
        ),
        skills=(
            "Opera PMS",
            "Microsoft Office Suite",
            "Cash handling",
            "Conflict resolution",
            "Excellent communication skills",
            "Typing (55 wpm)",
            "QuickBooks",
        ),
        schools=(
            "University of The Bahamas",
            "Bahamas Technical and Vocational Institute",
            "University of The Bahamas",
        ),
        degrees=(
            ("Bachelor of Arts", "Tourism Studies"),
            ("Associate of Arts", "Hospitality Management"),
            ("Bachelor of Business Administration", "Management"),
        ),
    ),
    "pdf-resumebuilder-com-export": Pool(
        first=("Brianna", "Kaylee", "Marisol", "Tyler", "Destiny", "Garrett"),
        last=("Kowalczyk", "Hendershot", "Villanueva", "Brubaker", "Okonkwo-Reyes"),
        cities=(
            ("Columbus", "OH", "43215", ""),
            ("Grand Rapids", "MI", "49503", ""),
            ("Louisville", "KY", "40204", ""),
        ),
        employers=(
            "Mercy Ridge Medical Center",
            "Lakeshore Family Clinic",
            "Pinebrook Senior Living",
            "Trinity Valley Urgent Care",
            "Riverbend Home Health",
        ),
        titles=(
            "Registered Nurse",
            "Charge Nurse",
            "Licensed Practical Nurse",
            "Clinical Nurse",
        ),
        highlights=(
            "Monitored and recorded patient condition, vital signs and recovery progress.",
            "Administered medications via oral, IV and intramuscular routes.",
            "Educated patients and families on post-discharge care plans.",
            "Collaborated with physicians to quickly assess patient symptoms.",
            "Documented patient care in Epic with a 98% charting accuracy score.",
            "Precepted 6 new graduate nurses during orientation.",
            "Coordinated care for a 32-bed medical-surgical unit.",
            "Responded to rapid response and code blue calls as team member.",
        ),
        skills=(
            "Patient assessment",
            "Epic EHR",
            "IV therapy",
            "Wound care",
            "Medication administration",
            "Care plan development",
            "Patient and family education",
            "Telemetry monitoring",
        ),
        schools=(
            "Ohio Dominican University",
            "Grand Valley State University",
            "Spalding University",
        ),
        degrees=(
            ("Bachelor of Science", "Nursing"),
            ("Bachelor of Science", "Nursing"),
            ("Associate of Science", "Nursing"),
        ),
    ),
    "docx-icelandic-cv-word": Pool(
        first=IS_WOMEN,
        last=IS_FATHERS,
        cities=(
            ("Reykjavík", None, "101", "Kárastígur 9"),
            ("Hafnarfjörður", None, "220", "Strandgata 31"),
            ("Selfoss", None, "800", "Austurvegur 21"),
        ),
        employers=(
            "Bláskógar ferðaþjónusta ehf.",
            "Heklubyggð hf.",
            "Ölfus Bókhald ehf.",
            "Hvítá Hótel ehf.",
            "Straumvík flutningar hf.",
        ),
        titles=("Bókari", "Skrifstofustjóri", "Þjónustufulltrúi", "Fjármálafulltrúi"),
        highlights=(
            "Færsla bókhalds og afstemmingar í DK",
            "Launavinnsla fyrir um 60 starfsmenn",
            "Gerð virðisaukaskattsskýrslna og samskipti við Skattinn",
            "Móttaka og þjónusta við erlenda ferðamenn",
            "Umsjón með innkaupum og reikningagerð",
            "Undirbúningur ársuppgjörs í samstarfi við endurskoðanda",
            "Gerð mánaðarlegra rekstraryfirlita fyrir stjórnendur",
            "Innleiðing á rafrænu reikningakerfi",
        ),
        skills=("DK bókhald", "Navision", "Excel", "Word", "Outlook", "Payday", "Booking.com"),
        schools=("Háskólinn á Bifröst", "Háskólinn á Hólum", "Háskólinn á Bifröst"),
        degrees=(
            ("BS", "viðskiptafræði"),
            ("BA", "ferðamálafræði"),
            ("Diplóma", "verslunarstjórnun"),
        ),
    ),
}

COUNTRY = {
    "pdf-gabonese-cv": "GA",
    "pdf-bahamian-cv": "BS",
    "pdf-resumebuilder-com-export": None,
    "docx-icelandic-cv-word": None,
}
GA_PROFILE_M = (
    "Rigoureux et organisé, doté d'une solide expérience en comptabilité et en "
    "finance d'entreprise, je souhaite mettre mes compétences au service d'une structure "
    "dynamique."
)
GA_PROFILE_F = (
    "Rigoureuse et organisée, dotée d'une solide expérience en comptabilité et en "
    "finance d'entreprise, je souhaite mettre mes compétences au service d'une structure "
    "dynamique."
)
GA_LANGUAGES = (
    ("Français", "lu, écrit, parlé"),
    ("Anglais", "niveau intermédiaire"),
    ("Espagnol", "notions"),
)
GA_MOTHER = ("Fang", "Punu", "Nzebi", "Myènè")
GA_BAC = ("Lycée d'État de l'Estuaire", "Lycée Technique Omar Bongo", "Collège Bessieux")
GA_INTERESTS = "Lecture, football, musique, bénévolat associatif"
BS_OBJECTIVE = (
    "To obtain a challenging position within a reputable organisation where I can utilise my "
    "customer service experience and continue to grow professionally."
)
BS_PROFILE = (
    "Dedicated and courteous hospitality professional with a proven record of delivering "
    "excellent guest service in a fast-paced resort environment."
)
BS_HIGH = ("C. V. Bethel Senior High School", "C. R. Walker Senior High School")
BS_REFEREES = (
    ("Mrs. Antoinette Russell", "Rooms Division Manager", "(242) 363-2000"),
    ("Mr. Philip Demeritte", "Senior Pastor, Zion Hill Baptist Church", "(242) 394-1187"),
    ("Ms. Carla Strachan", "Human Resources Manager", "(242) 322-8841"),
)
RB_SUMMARY = (
    "Compassionate nurse with strong clinical judgment and experience in fast-paced "
    "acute care settings. Skilled at building rapport with patients and families and "
    "working with interdisciplinary teams to deliver safe, high-quality care."
)
IS_SUMMARY = (
    "Ég er jákvæð, stundvís og á auðvelt með að vinna bæði sjálfstætt og í hóp. Ég hef "
    "mikla reynslu af bókhaldi og þjónustu og er fljót að tileinka mér nýja hluti."
)
IS_LANGUAGES = (
    ("Íslenska", "móðurmál"),
    ("Enska", "mjög góð"),
    ("Danska", "góð"),
    ("Spænska", "grunnkunnátta"),
)
IS_REFEREES = (
    ("Halldóra Steinþórsdóttir", "framkvæmdastjóri", "869 2210"),
    ("Sveinbjörn Magnússon", "fjármálastjóri", "897 4431"),
)


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-gabonese-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "headline": rng.random() < 0.7,
            "accent": rng.choice(((0, 100, 60), (20, 60, 130), (90, 90, 90))),
            "education_first": rng.random() < 0.6,
        }
    if style == "pdf-bahamian-cv":
        return {
            "dates": rng.choice(("long", "years")),
            "objective": rng.random() < 0.5,
            "accent": rng.choice(((0, 120, 140), (30, 30, 30), (170, 120, 0))),
            "education_first": rng.random() < 0.3,
        }
    if style == "pdf-resumebuilder-com-export":
        return {
            "dates": rng.choice(("numeric", "short")),
            "titles": rng.choice(("left", "top")),
            "headline": rng.random() < 0.8,
            "accent": rng.choice(((33, 87, 138), (0, 128, 128), (140, 40, 60))),
        }
    if style == "docx-icelandic-cv-word":
        return {
            "dates": rng.choice(("words", "years")),
            "headline": rng.random() < 0.5,
            "font": rng.choice(("Calibri", "Cambria", "Garamond")),
            "education_first": rng.random() < 0.4,
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street or None, "postal": postal}
    label: str | None = None
    url: str | None = None
    languages: list[tuple[str, str]] = []
    take = rng.choice((3, 4, 5))
    jobs = _chain(rng, pool, take, rng.random() < 0.7)
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    idx = rng.randrange(3)
    skills = rng.sample(pool.skills, rng.randint(4, 6))
    if style == "pdf-gabonese-cv":
        name = pool.fresh_name(rng, used)
        slug = ascii_slug(name).split()
        first, last = slug[0], slug[1]
        woman = name.split()[0] in ("Ornella", "Prisca", "Nadège")
        name = f"{' '.join(name.split()[1:]).upper()} {name.split()[0]}"
        phone = f"(+241) 0{rng.choice((62, 66, 74, 77))} {rng.randint(10, 99)} "
        phone += f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
        email = f"{first}.{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.fr'))}"
        label = jobs[0].position
        extra["summary"] = GA_PROFILE_F if woman else GA_PROFILE_M
        extra["born"] = (
            f"{rng.randint(1, 28)} {MOIS[rng.randrange(12)]} {end_year - 23} à "
            f"{rng.choice(('Libreville', 'Port-Gentil', 'Oyem', 'Franceville', 'Lambaréné'))}"
        )
        extra["woman"] = woman
        extra["status"] = rng.choice(
            ("Célibataire", "Marié(e), 2 enfants", "Célibataire, 1 enfant")
        )
        for job in jobs:
            job.city = rng.choice(("Libreville", "Libreville", "Port-Gentil", "Owendo"))
        study, area = pool.degrees[idx]
        years = 2 if idx == 0 else 3 if idx == 1 else 2
        degrees.append(
            Degree(pool.schools[idx], study, area, (end_year - years, 10), (end_year, 7))
        )
        if idx == 0:
            l_study, l_area = pool.degrees[1]
            degrees.append(
                Degree(pool.schools[1], l_study, l_area, (end_year - 5, 10), (end_year - 2, 7))
            )
        bac_year = degrees[-1].start[0]
        extra["bac"] = (rng.choice(GA_BAC), bac_year)
        languages = [
            GA_LANGUAGES[0],
            (rng.choice(GA_MOTHER), "langue maternelle"),
            *GA_LANGUAGES[1 : rng.randint(2, 3)],
        ]
    elif style == "pdf-bahamian-cv":
        name = pool.fresh_name(rng, used)
        slug = ascii_slug(name).split()
        first, last = slug[0], slug[-1]
        phone = f"(242) {rng.choice((4, 5, 8))}{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
        email = f"{first}{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'hotmail.com'))}"
        extra["objective"] = BS_OBJECTIVE
        extra["summary"] = BS_PROFILE
        extra["referees"] = rng.sample(BS_REFEREES, 2)
        for job in jobs:
            job.city = rng.choice(("Nassau", "Nassau", "Paradise Island", "Cable Beach"))
        study, area = pool.degrees[idx]
        years = 2 if study.startswith("Associate") else 4
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - years, 8), (end_year, 5)))
        extra["high"] = (rng.choice(BS_HIGH), end_year - years)
    elif style == "pdf-resumebuilder-com-export":
        name = pool.fresh_name(rng, used)
        slug = ascii_slug(name).split()
        first, last = slug[0], slug[-1]
        area_code = {"Columbus": 614, "Grand Rapids": 616, "Louisville": 502}[city]
        phone = f"({area_code}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
        email = f"{first}{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        label = jobs[0].position
        extra["summary"] = RB_SUMMARY
        if rng.random() < 0.5:
            extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-rn"
        for job in jobs:
            job.city = f"{city}, {region}"
        idx = [c[0] for c in pool.cities].index(city)
        study, area = pool.degrees[idx]
        years = 2 if study.startswith("Associate") else 4
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - years, 8), (end_year, 5)))
        extra["school_city"] = f"{city}, {region}"
        skills = rng.sample(pool.skills, rng.choice((6, 8)))
    else:
        name = ""
        woman = True
        while not name or name in used:
            woman = rng.random() < 0.6
            first_name = rng.choice(IS_WOMEN if woman else IS_MEN)
            name = f"{first_name} {rng.choice(IS_FATHERS)}{'dóttir' if woman else 'son'}"
        used.add(name)
        plain = name.replace("ð", "d").replace("Þ", "Th").replace("Æ", "Ae").replace("æ", "ae")
        slug = ascii_slug(plain).split()
        phone = f"{rng.choice((6, 7, 8))}{rng.randint(10, 99)} {rng.randint(1000, 9999)}"
        email = f"{slug[0]}{rng.randint(1, 99)}@{rng.choice(('simnet.is', 'gmail.com'))}"
        label = jobs[0].position
        summary = IS_SUMMARY
        if not woman:
            summary = summary.replace("jákvæð", "jákvæður").replace("fljót", "fljótur")
        extra["summary"] = summary
        extra["kt"] = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{(end_year - 23) % 100:02d}"
        extra["kt"] += f"-{rng.randint(1000, 9999)}"
        for job in jobs:
            job.city = rng.choice((city, "Reykjavík"))
        study, area = pool.degrees[idx]
        years = 2 if study == "Diplóma" else 3
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - years, 8), (end_year, 6)))
        extra["stud"] = (
            rng.choice(("Fjölbrautaskóli Suðurlands", "Flensborgarskólinn")),
            end_year - years - 1,
        )
        extra["referees"] = list(IS_REFEREES)
        languages = [IS_LANGUAGES[0], *IS_LANGUAGES[1 : rng.randint(3, 4)]]
    return Candidate(
        style=style,
        name=name,
        label=label,
        email=email,
        phone=phone,
        url=url,
        city=city,
        region=region,
        code=COUNTRY[style],
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
        "countryCode": COUNTRY[style],
    }
    label = person.label if options.get("headline", True) else None
    summary = extra.get("summary")
    if style == "pdf-bahamian-cv" and options["objective"]:
        summary = extra["objective"]
    basics = drop_empty(
        {
            "name": person.name,
            "label": label,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "summary": summary,
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
    education = []
    for d in person.degrees:
        item = {"institution": d.institution, "studyType": d.study, "area": d.area}
        if style == "pdf-resumebuilder-com-export":
            item["endDate"] = iso_month(d.end, "month")
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        education.append(drop_empty(item))
    if "bac" in extra:
        school, year = extra["bac"]
        education.append(
            {
                "institution": school,
                "studyType": "Baccalauréat",
                "area": "série B",
                "endDate": str(year),
            }
        )
    if "high" in extra:
        school, year = extra["high"]
        education.append(
            {
                "institution": school,
                "studyType": "Bahamas General Certificate of Secondary Education (BGCSE)",
                "endDate": str(year),
            }
        )
    if "stud" in extra:
        school, year = extra["stud"]
        education.append({"institution": school, "studyType": "Stúdentspróf", "endDate": str(year)})
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


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-gabonese-cv":
        return _gabonese(person, options), "pdf"
    if style == "pdf-bahamian-cv":
        return _bahamian(person, options), "pdf"
    if style == "pdf-resumebuilder-com-export":
        return _resumebuilder(person, options), "pdf"
    if style == "docx-icelandic-cv-word":
        return _icelandic_word(person, options), "docx"
    raise ValueError(f"unknown style {style}")


# ----------------------------------------------------------------------------------- Gabon


def _ga_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        return f"{MOIS[month[1] - 1]} {month[0]}"

    if end is None:
        return f"Depuis {one(start)}" if form == "numeric" else f"De {one(start)} à ce jour"
    if form == "numeric":
        return f"{one(start)} \u2013 {one(end)}"
    return f"De {one(start)} à {one(end)}"


def _gabonese(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("CURRICULUM VITAE")
    x, width, gutter = 18.0, 174.0, 46.0

    def footer() -> None:
        pdf.set_xy(x, 286)
        pdf.set_font("Serif", "I", 7.5)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(width, 4, f"{pdf.page_no()}", align="C")
        pdf.set_text_color(0, 0, 0)

    flow = _Flow(pdf, 16.0, 278.0, footer)

    def heading(text: str) -> None:
        flow.need(22)
        flow.y += 4
        pdf.set_fill_color(228, 228, 228)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.4)
        pdf.rect(x, flow.y, width, 7, style="DF")
        pdf.set_xy(x + 2, flow.y + 0.6)
        pdf.set_font("Serif", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(width - 4, 6, text)
        pdf.set_text_color(0, 0, 0)
        flow.y += 10

    def row(key: str, value: str) -> None:
        pdf.set_xy(x + 2, flow.y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(gutter + 6, 5, key)
        pdf.set_font("Serif", "", 9.5)
        pdf.multi_cell(width - gutter - 8, 5, value, align="L")
        flow.y = pdf.get_y() + 0.5

    flow.new_page()
    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "B", 15)
    pdf.set_text_color(*accent)
    pdf.cell(width, 7, "CURRICULUM VITAE", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.6)
    pdf.line(x + 55, flow.y + 8, x + width - 55, flow.y + 8)
    pdf.set_xy(x, flow.y + 11)
    pdf.set_font("Serif", "B", 14)
    pdf.cell(width, 7, person.name, align="C")
    flow.y += 19
    if options["headline"] and person.label:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "BI", 11.5)
        pdf.cell(width, 6, person.label.upper(), align="C")
        flow.y += 8
    heading("ÉTAT CIVIL")
    born = "Née le" if extra["woman"] else "Né le"
    status = extra["status"]
    if not extra["woman"]:
        status = status.replace("(e)", "")
    elif "(e)" in status:
        status = status.replace("Marié(e)", "Mariée")
    for key, value in (
        ("Nom et prénom :", person.name),
        (f"{born} :", extra["born"]),
        ("Nationalité :", "Gabonaise"),
        ("Situation matrimoniale :", status),
        ("Adresse :", f"{extra['street']} {person.city} \u2013 Gabon"),
        ("Téléphone :", person.phone),
        ("E-mail :", person.email),
    ):
        row(key, value)
    heading("PROFIL")
    pdf.set_xy(x + 2, flow.y)
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(width - 4, 5, extra["summary"], align="J")
    flow.y = pdf.get_y() + 1

    def education() -> None:
        heading("FORMATION ET DIPLÔMES")
        for d in person.degrees:
            flow.need(12)
            pdf.set_xy(x + 2, flow.y)
            pdf.set_font("Serif", "B", 9.5)
            pdf.cell(gutter - 2, 5, f"{d.start[0]} \u2013 {d.end[0]}")
            pdf.set_xy(x + gutter, flow.y)
            pdf.multi_cell(width - gutter, 5, f"{d.study} en {d.area}", align="L")
            pdf.set_xy(x + gutter, pdf.get_y())
            pdf.set_font("Serif", "I", 9.5)
            pdf.multi_cell(width - gutter, 5, f"{d.institution}, Libreville", align="L")
            flow.y = pdf.get_y() + 2
        school, year = extra["bac"]
        pdf.set_xy(x + 2, flow.y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(gutter - 2, 5, str(year))
        pdf.set_xy(x + gutter, flow.y)
        pdf.cell(width - gutter, 5, "Baccalauréat série B")
        pdf.set_xy(x + gutter, flow.y + 5)
        pdf.set_font("Serif", "I", 9.5)
        pdf.cell(width - gutter, 5, f"{school}, Libreville")
        flow.y += 12

    def experience() -> None:
        heading("EXPÉRIENCES PROFESSIONNELLES")
        for job in person.jobs:
            flow.need(30)
            top = flow.y
            pdf.set_xy(x + 2, top)
            pdf.set_font("Serif", "B", 9.2)
            pdf.multi_cell(gutter - 4, 4.8, _ga_span(job.start, job.end, form), align="L")
            left = pdf.get_y()
            pdf.set_xy(x + gutter, top)
            pdf.set_font("Serif", "BU", 10)
            pdf.cell(width - gutter, 5, job.position)
            pdf.set_xy(x + gutter, top + 5.2)
            pdf.set_font("Serif", "I", 9.5)
            pdf.multi_cell(width - gutter, 5, f"{job.company} ({job.city})", align="L")
            pdf.set_xy(x + gutter, pdf.get_y() + 0.5)
            pdf.set_font("Serif", "B", 9.2)
            pdf.cell(width - gutter, 4.8, "Tâches principales :")
            flow.y = pdf.get_y() + 5.2
            for note in job.highlights:
                flow.need(5)
                pdf.set_xy(x + gutter + 2, flow.y)
                pdf.set_font("Serif", "", 9.3)
                pdf.cell(4, 4.8, "•")
                pdf.multi_cell(width - gutter - 6, 4.8, note, align="L")
                flow.y = pdf.get_y() + 0.3
            flow.y = max(flow.y, left) + 3

    for block in (education, experience) if options["education_first"] else (experience, education):
        block()
    heading("CONNAISSANCES INFORMATIQUES")
    for skill in person.skills:
        flow.need(5)
        pdf.set_xy(x + 4, flow.y)
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(4, 5, "•")
        pdf.cell(width - 8, 5, skill)
        flow.y += 5.2
    heading("LANGUES")
    for lang, level in person.languages:
        flow.need(5)
        pdf.set_xy(x + 4, flow.y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(gutter - 6, 5, lang)
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(width - gutter, 5, f": {level}")
        flow.y += 5.4
    heading("CENTRES D'INTÉRÊT")
    pdf.set_xy(x + 4, flow.y)
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(width - 4, 5, GA_INTERESTS)
    flow.y += 6
    heading("RÉFÉRENCES")
    pdf.set_xy(x + 4, flow.y)
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(width - 4, 5, "Disponibles sur demande.")
    flow.y += 6
    _check(flow.y, 280, person)
    return bytes(pdf.output())


# --------------------------------------------------------------------------------- Bahamas


def _letter(pdf: Any) -> None:
    """Make US Letter the default size of every page added from now on."""
    from fpdf.fpdf import get_page_format

    pdf.dw_pt, pdf.dh_pt = get_page_format("letter", pdf.k)


def _bs_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        return str(month[0]) if form == "years" else f"{MONTHS_EN[month[1] - 1]} {month[0]}"

    return f"{one(start)} \u2013 {'Present' if end is None else one(end)}"


def _bahamian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} Resume")
    x, width = 19.0, 177.9

    flow = _Flow(pdf, 18.0, 262.0)
    _letter(pdf)

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 3.5
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text.upper())
        pdf.set_text_color(25, 25, 25)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.35)
        pdf.line(x, flow.y + 6.6, x + width, flow.y + 6.6)
        flow.y += 9

    flow.new_page()
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "B", 21)
    pdf.set_text_color(*accent)
    pdf.cell(width, 10, person.name, align="C")
    pdf.set_text_color(25, 25, 25)
    place = f"{extra['street']}, {person.city}"
    if person.region:
        place += f", {person.region}"
    place += ", The Bahamas"
    pdf.set_font("Sans", "", 9)
    pdf.set_xy(x, flow.y + 11)
    pdf.cell(width, 4.8, place, align="C")
    pdf.set_xy(x, flow.y + 15.8)
    pdf.cell(width, 4.8, f"Cell: {person.phone}  |  Email: {person.email}", align="C")
    flow.y += 22
    if options["objective"]:
        heading("Career Objective")
        text = extra["objective"]
    else:
        heading("Professional Profile")
        text = extra["summary"]
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "", 9.3)
    pdf.multi_cell(width, 4.8, text, align="J")
    flow.y = pdf.get_y() + 1

    def experience() -> None:
        heading("Work Experience")
        for job in person.jobs:
            flow.need(26)
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "B", 9.8)
            pdf.cell(width - 52, 5, f"{job.company}, {job.city}")
            pdf.set_font("Sans", "", 9)
            pdf.cell(52, 5, _bs_span(job.start, job.end, form), align="R")
            pdf.set_xy(x, flow.y + 5)
            pdf.set_font("Sans", "I", 9.5)
            pdf.cell(width, 5, job.position)
            flow.y += 10.8
            for note in job.highlights:
                flow.need(5)
                pdf.set_xy(x + 4, flow.y)
                pdf.set_font("Sans", "", 9)
                pdf.cell(4, 4.6, "•")
                pdf.multi_cell(width - 8, 4.6, note, align="L")
                flow.y = pdf.get_y() + 0.3
            flow.y += 2.5

    def education() -> None:
        heading("Education")
        for d in person.degrees:
            flow.need(12)
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "B", 9.8)
            pdf.cell(width - 40, 5, d.institution)
            pdf.set_font("Sans", "", 9)
            pdf.cell(40, 5, f"{d.start[0]} \u2013 {d.end[0]}", align="R")
            pdf.set_xy(x, flow.y + 5)
            pdf.set_font("Sans", "I", 9.3)
            pdf.cell(width, 5, f"{d.study} in {d.area}")
            flow.y += 11.5
        school, year = extra["high"]
        flow.need(12)
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 9.8)
        pdf.cell(width - 40, 5, school)
        pdf.set_font("Sans", "", 9)
        pdf.cell(40, 5, f"Graduated {year}", align="R")
        pdf.set_xy(x, flow.y + 5)
        pdf.set_font("Sans", "I", 9.3)
        pdf.cell(width, 5, "Bahamas General Certificate of Secondary Education (BGCSE)")
        flow.y += 11.5

    for block in (education, experience) if options["education_first"] else (experience, education):
        block()
    heading("Skills & Qualifications")
    half = (len(person.skills) + 1) // 2
    for index, skill in enumerate(person.skills):
        column, line = divmod(index, half)
        pdf.set_xy(x + 4 + column * width / 2, flow.y + line * 5)
        pdf.set_font("Sans", "", 9)
        pdf.cell(4, 5, "•")
        pdf.cell(width / 2 - 10, 5, skill)
    flow.y += half * 5 + 1
    flow.need(34)
    heading("References")
    for index, (ref, role, phone) in enumerate(extra["referees"]):
        rx = x + index * width / 2
        for offset, (text, look) in enumerate(((ref, "B"), (role, ""), (f"Tel: {phone}", ""))):
            pdf.set_xy(rx, flow.y + 4.8 * offset)
            pdf.set_font("Sans", look, 9)
            pdf.cell(width / 2 - 4, 4.8, text)
    flow.y += 16
    _check(flow.y, 270, person)
    return bytes(pdf.output())


# ------------------------------------------------------------------------ ResumeBuilder.com


def _rb_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Current"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"


def _resumebuilder(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    left_titles = options["titles"] == "left"
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(person.name)
    pdf.set_creator("ResumeBuilder.com")
    pdf.set_producer("ResumeBuilder.com")
    page_w = 215.9
    x = 15.0
    width = page_w - 2 * x
    col = 40.0 if left_titles else 0.0
    cx, cw = x + col, width - col
    ink = (45, 45, 45)
    flow = _Flow(pdf, 15.0, 265.0)
    _letter(pdf)

    def heading(text: str, height: float = 16) -> None:
        flow.need(height)
        flow.y += 4
        if left_titles:
            pdf.set_draw_color(210, 210, 210)
            pdf.set_line_width(0.3)
            pdf.line(x, flow.y - 1.5, x + width, flow.y - 1.5)
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "B", 10)
            pdf.set_text_color(*accent)
            pdf.multi_cell(col - 4, 5, text, align="L")
            pdf.set_text_color(*ink)
            return
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.6)
        pdf.line(x, flow.y + 7, x + width, flow.y + 7)
        pdf.set_text_color(*ink)
        flow.y += 10

    flow.new_page()
    pdf.set_fill_color(*accent)
    pdf.rect(0, 0, page_w, 8, style="F")
    flow.y = 15.0
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "B", 24)
    pdf.set_text_color(*ink)
    pdf.cell(width, 11, person.name)
    flow.y += 12
    if options["headline"] and person.label:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "", 12)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, person.label)
        flow.y += 7
    pdf.set_text_color(*ink)
    pdf.set_font("Sans", "", 8.8)
    bits = [f"{person.city}, {person.region} {extra['postal']}", person.phone, person.email]
    if "linkedin" in extra:
        bits.append(extra["linkedin"].removeprefix("https://www."))
    pdf.set_xy(x, flow.y + 1)
    pdf.cell(width, 5, "   •   ".join(bits))
    flow.y += 8
    heading("Professional Summary")
    pdf.set_xy(cx, flow.y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(cw, 4.7, extra["summary"], align="L")
    flow.y = pdf.get_y() + 2
    heading("Skills")
    half = (len(person.skills) + 1) // 2
    for index, skill in enumerate(person.skills):
        column, line = divmod(index, half)
        pdf.set_xy(cx + column * cw / 2, flow.y + line * 5)
        pdf.set_font("Sans", "", 9)
        pdf.cell(4, 5, "•")
        pdf.cell(cw / 2 - 6, 5, skill)
    flow.y += half * 5 + 2
    heading("Work History", 28)
    for job in person.jobs:
        flow.need(24)
        pdf.set_xy(cx, flow.y)
        pdf.set_font("Sans", "B", 9.6)
        span = f"{_rb_month(job.start, form)} - {_rb_month(job.end, form)}"
        pdf.cell(cw, 5, f"{job.position}, {span}")
        pdf.set_xy(cx, flow.y + 5)
        pdf.set_font("Sans", "I", 9)
        pdf.cell(cw, 5, f"{job.company} \u2013 {job.city}")
        flow.y += 10.5
        for note in job.highlights:
            flow.need(5)
            pdf.set_xy(cx + 2, flow.y)
            pdf.set_font("Sans", "", 9)
            pdf.cell(4, 4.6, "•")
            pdf.multi_cell(cw - 6, 4.6, note, align="L")
            flow.y = pdf.get_y() + 0.3
        flow.y += 2.5
    heading("Education", 14)
    for d in person.degrees:
        flow.need(11)
        pdf.set_xy(cx, flow.y)
        pdf.set_font("Sans", "B", 9.6)
        pdf.cell(cw, 5, f"{d.study}: {d.area}, {_rb_month(d.end, 'numeric')}")
        pdf.set_xy(cx, flow.y + 5)
        pdf.set_font("Sans", "I", 9)
        pdf.cell(cw, 5, f"{d.institution} - {extra['school_city']}")
        flow.y += 11
    _check(flow.y, 270, person)
    return bytes(pdf.output())


# --------------------------------------------------------------------------------- Iceland


def _is_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        return str(month[0]) if form == "years" else f"{MANUDIR[month[1] - 1]} {month[0]}"

    return f"{one(start)} \u2013 {'í dag' if end is None else one(end)}"


def _icelandic_word(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    form, extra = options["dates"], person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = ""
    properties.revision = 1
    properties.title = "Ferilskrá"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2)
    normal = document.styles["Normal"]
    normal.font.name = options["font"]
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(2)
    blue = RGBColor(0x2E, 0x54, 0x96)

    def rule(para: Any) -> None:
        border = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1")):
            bottom.set(qn(key), value)
        bottom.set(qn("w:color"), "2E5496")
        border.append(bottom)
        para._p.get_or_add_pPr().append(border)

    def heading(text: str) -> None:
        para = document.add_paragraph()
        para.paragraph_format.space_before = Pt(12)
        para.paragraph_format.space_after = Pt(4)
        run = para.add_run(text)
        run.bold, run.font.size = True, Pt(13)
        run.font.color.rgb = blue
        rule(para)

    def dated(when: str, what: str, bold: bool = True) -> Any:
        para = document.add_paragraph()
        para.paragraph_format.tab_stops.add_tab_stop(Cm(4.5), WD_TAB_ALIGNMENT.LEFT)
        para.paragraph_format.left_indent = Cm(4.5)
        para.paragraph_format.first_line_indent = Cm(-4.5)
        para.add_run(when + "\t")
        para.add_run(what).bold = bold
        return para

    def under(text: str, italic: bool = False) -> None:
        para = document.add_paragraph()
        para.paragraph_format.left_indent = Cm(4.5)
        para.add_run(text).italic = italic

    title = document.add_paragraph()
    run = title.add_run(person.name)
    run.bold, run.font.size = True, Pt(22)
    run.font.color.rgb = blue
    if options["headline"] and person.label:
        para = document.add_paragraph()
        run = para.add_run(person.label)
        run.font.size = Pt(13)
        run.italic = True
    heading("Persónuupplýsingar")
    for key, value in (
        ("Kennitala:", extra["kt"]),
        ("Heimilisfang:", f"{extra['street']}, {extra['postal']} {person.city}"),
        ("Sími:", person.phone),
        ("Netfang:", person.email),
    ):
        para = document.add_paragraph()
        para.paragraph_format.space_after = Pt(0)
        para.paragraph_format.tab_stops.add_tab_stop(Cm(4.5), WD_TAB_ALIGNMENT.LEFT)
        para.add_run(key).bold = True
        para.add_run("\t" + value)
    heading("Um mig")
    document.add_paragraph(extra["summary"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    def experience() -> None:
        heading("Starfsferill")
        for job in person.jobs:
            dated(_is_span(job.start, job.end, form), job.position)
            under(f"{job.company}, {job.city}", italic=True)
            for note in job.highlights:
                para = document.add_paragraph(note, style="List Bullet")
                para.paragraph_format.left_indent = Cm(5.1)
                para.paragraph_format.space_after = Pt(0)
            document.add_paragraph().paragraph_format.space_after = Pt(0)

    def education() -> None:
        heading("Menntun")
        for d in person.degrees:
            dated(f"{d.start[0]} \u2013 {d.end[0]}", d.institution)
            under(f"{d.study} í {d.area}")
        school, year = extra["stud"]
        dated(str(year), school)
        under("Stúdentspróf")

    for block in (education, experience) if options["education_first"] else (experience, education):
        block()
    heading("Tölvukunnátta")
    document.add_paragraph(", ".join(person.skills))
    heading("Tungumálakunnátta")
    for lang, level in person.languages:
        para = document.add_paragraph()
        para.paragraph_format.space_after = Pt(0)
        para.paragraph_format.tab_stops.add_tab_stop(Cm(4.5), WD_TAB_ALIGNMENT.LEFT)
        para.add_run(lang).bold = True
        para.add_run("\t" + level)
    heading("Meðmælendur")
    for ref, role, phone in extra["referees"]:
        document.add_paragraph(f"{ref}, {role}, sími {phone}")
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())

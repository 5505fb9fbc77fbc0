"""Twenty-fifth held-out round ("holdout-25"): more layouts, written blind (without
reading the parser) and meant to be measured once, untuned. Four layouts, all born-digital
PDF. The round is sealed: the layouts are described only in the code below.

A lone season is both the start and the end month, as in holdout-10. Pools are disjoint
from every earlier round; the truth states only what the document shows, in the precision
it shows it (a country code only where a country is printed).
"""

from __future__ import annotations

import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.people import ascii_slug
from tests.eval.render import drop_empty, iso_month, profile_links

HOLDOUT_TAG = "holdout-25"
GENERATOR = "tests/eval/holdout25.py"
SEED = 2_590_413

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-lithuanian-cv", 3),
    ("pdf-french-cv", 3),
    ("pdf-nz-cv", 3),
    ("pdf-datasci-publications", 3),
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
# Lithuanian month names in the genitive, as in "2021 m. kovo mėn.".
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
    "pdf-lithuanian-cv": Pool(
        first=("Rūta", "Gintarė", "Aistė", "Eglė", "Greta"),
        last=("Žukauskaitė", "Butkienė", "Paulauskaitė", "Stankevičiūtė"),
        cities=(
            ("Vilnius", None, "LT-03107", "Gedimino pr. 27-14"),
            ("Kaunas", None, "LT-44275", "Laisvės al. 61-8"),
            ("Klaipėda", None, "LT-92127", "Taikos pr. 45-19"),
        ),
        employers=(
            "UAB „Baltijos duomenys“",
            "AB Nemuno logistika",
            "UAB „Vilniaus programinė įranga“",
            "UAB Žalgirio finansai",
        ),
        titles=(
            "Vyresnioji finansų analitikė",
            "Finansų analitikė",
            "Buhalterė",
            "Verslo analitikė",
        ),
        highlights=(
            "Mėnesio ir metų finansinių ataskaitų rengimas pagal TFAS",
            "Biudžeto planavimas ir vykdymo kontrolė su padalinių vadovais",
            "Ataskaitų automatizavimas su Power BI ir SQL",
            "Pinigų srautų prognozių rengimas bankams ir investuotojams",
            "Bendradarbiavimas su auditoriais metinio audito metu",
            "Naujų darbuotojų apmokymas dirbti su SAP sistema",
            "Sąnaudų analizė ir taupymo pasiūlymai vadovybei",
            "Mokesčių deklaracijų rengimas ir pateikimas VMI",
        ),
        skills=("MS Excel", "SAP S/4HANA", "Power BI", "SQL", "Rivilė", "Python (pandas)"),
        schools=("Vilniaus universitetas", "Kauno technologijos universitetas", "ISM"),
        degrees=(
            ("Bakalauro laipsnis", "Finansai"),
            ("Magistro laipsnis", "Finansų valdymas"),
            ("Bakalauro laipsnis", "Ekonomika"),
        ),
    ),
    "pdf-french-cv": Pool(
        first=("Solène", "Ombeline", "Héloïse", "Gwenaëlle", "Maëlle"),
        last=("Chauvin", "Bérenger", "Lefebvre-Roux", "Vaugirard-Mas"),
        cities=(
            ("Lyon", None, "69003", "14 rue Paul Bert"),
            ("Nantes", None, "44000", "7 allée Duquesne"),
            ("Toulouse", None, "31000", "22 boulevard de Strasbourg"),
        ),
        employers=(
            "Groupe Ardoise Conseil",
            "Loire Industrie SAS",
            "Garonne Digital",
            "Maison Bréval & Associés",
        ),
        titles=(
            "Chef de projet marketing",
            "Chargée de communication",
            "Responsable marketing digital",
            "Assistante cheffe de produit",
        ),
        highlights=(
            "Pilotage des campagnes d'acquisition (SEA, réseaux sociaux, e-mailing)",
            "Gestion d'un budget annuel de 350 k€ et suivi des indicateurs",
            "Refonte du site vitrine avec une agence web et l'équipe produit",
            "Organisation de trois salons professionnels par an",
            "Encadrement de deux alternants et d'un stagiaire",
            "Rédaction des contenus (blog, newsletters, communiqués de presse)",
            "Mise en place d'un CRM (HubSpot) pour l'équipe commerciale",
            "Analyse de la concurrence et veille marché",
        ),
        skills=("Pack Office", "HubSpot", "Google Analytics 4", "Canva", "WordPress", "Figma"),
        schools=("Université Lumière Lyon 2", "Audencia", "TBS Education"),
        degrees=(
            ("Master", "Marketing et communication"),
            ("Licence", "Information-communication"),
            ("Master", "Management international"),
        ),
    ),
    "pdf-nz-cv": Pool(
        first=("Kahurangi", "Hamish", "Manaia", "Lachie", "Tūī"),
        last=("Te Rangi", "Rutherglen-Kerr", "Tawhai", "Pōmare"),
        cities=(
            ("Wellington", None, "6011", "Flat 3, 41 Brougham Street, Mount Victoria"),
            ("Christchurch", None, "8014", "18 Hereford Street, Linwood"),
            ("Hamilton", None, "3210", "9 Grey Street, Hamilton East"),
        ),
        employers=(
            "Tasman Civil Ltd",
            "Kāpiti Water Services",
            "Southern Alps Construction Ltd",
            "Harbourline Infrastructure Ltd",
        ),
        titles=(
            "Project Engineer",
            "Site Engineer",
            "Graduate Civil Engineer",
            "Asset Engineer",
        ),
        highlights=(
            "Managed a $4.2M stormwater upgrade from design handover to practical completion",
            "Prepared progress claims and variations under NZS 3910",
            "Ran weekly site meetings with subcontractors and the client's engineer",
            "Coordinated traffic management plans with the local council",
            "Supported the site health and safety programme (SiteSafe)",
            "Reviewed shop drawings and quality assurance records",
            "Built asset condition models for 1,200 km of water mains",
            "Liaised with iwi and community groups during consultation",
        ),
        skills=("AutoCAD Civil 3D", "12d Model", "MS Project", "Procore", "ArcGIS Pro"),
        schools=(
            "Victoria University of Wellington",
            "University of Canterbury",
            "University of Waikato",
        ),
        degrees=(
            ("Bachelor of Engineering with Honours", "Civil Engineering"),
            ("Bachelor of Engineering with Honours", "Civil Engineering"),
            ("Bachelor of Engineering with Honours", "Environmental Engineering"),
        ),
    ),
    "pdf-datasci-publications": Pool(
        first=("Priyanka", "Leandro", "Xiaoling", "Anirudh"),
        last=("Thirunavukkarasu", "Bettencourt-Hsu", "Zhuang", "Hallqvist-Baer"),
        cities=(
            ("Seattle", "WA", None, ""),
            ("Pittsburgh", "PA", None, ""),
            ("Boston", "MA", None, ""),
        ),
        employers=(
            "Cobaltline Insurance",
            "Harborview Genomics",
            "Mosaic Retail Analytics",
            "Pinecrest Energy",
        ),
        titles=(
            "Senior Data Scientist",
            "Data Scientist",
            "Machine Learning Engineer",
            "Research Scientist",
        ),
        highlights=(
            "Built a gradient-boosted claims triage model that saved $2.1M a year",
            "Designed A/B tests and causal analyses for pricing experiments",
            "Deployed models behind a FastAPI service on AWS (SageMaker, ECS)",
            "Led a reading group on causal inference for 15 analysts",
            "Productionised a demand forecasting pipeline in Airflow and dbt",
            "Fine-tuned transformer models for clinical note classification",
            "Wrote the team's model monitoring and drift-alerting library",
            "Partnered with actuaries to validate model fairness metrics",
        ),
        skills=(),
        schools=(
            "Carnegie Mellon University",
            "University of Washington",
            "Northeastern University",
        ),
        degrees=(
            ("Ph.D.", "Statistics"),
            ("M.S.", "Computer Science"),
            ("B.S.", "Mathematics"),
        ),
    ),
}

COUNTRY = {"pdf-lithuanian-cv": "LT", "pdf-nz-cv": "NZ"}
LT_SUMMARY = (
    "Finansų srities specialistė, turinti patirties tarptautinėse įmonėse. Vertinu tikslumą, "
    "procesų automatizavimą ir aiškią komunikaciją."
)
LT_LANGUAGES = (
    ("Lietuvių", "gimtoji"),
    ("Anglų", "C1"),
    ("Rusų", "B2"),
    ("Vokiečių", "A2"),
)
FR_SUMMARY = (
    "Professionnelle du marketing avec une solide expérience en B2B, à l'aise avec le "
    "pilotage de projets transverses et l'analyse de la performance."
)
FR_LANGUAGES = (("Anglais", "courant (C1)"), ("Espagnol", "intermédiaire (B1)"))
FR_INTERESTS = ("Course à pied", "Photographie argentique", "Bénévolat (Restos du Cœur)")
NZ_PROFILE = (
    "Chartered-track civil engineer with experience delivering three-waters and roading "
    "projects for councils and private clients. Practical, safety-focused and at home on site."
)
NZ_REFEREES = (
    ("Graeme Tukaki", "Construction Manager", "021 555 3920"),
    ("Sione Havili", "Senior Project Manager", "027 555 1184"),
    ("Philippa Gorringe", "Principal Engineer", "022 555 7461"),
)
DS_SUMMARY = (
    "Data scientist with a background in statistics, building machine learning systems "
    "that ship to production and publishing applied research along the way."
)
DS_CATEGORIES = (
    ("Languages", ("Python", "R", "SQL", "Scala")),
    ("ML", ("scikit-learn", "PyTorch", "XGBoost", "Hugging Face Transformers")),
    ("Data", ("Spark", "Airflow", "dbt", "Snowflake")),
    ("Cloud", ("AWS (SageMaker, ECS, S3)", "Docker", "MLflow")),
)
DS_VENUES = (
    "Proceedings of KDD",
    "Journal of the American Statistical Association",
    "NeurIPS Workshop on Causal Machine Learning",
    "Annals of Applied Statistics",
)
DS_TITLES = (
    "Doubly robust estimation of uplift under interference",
    "Calibrated claim severity forecasts with quantile boosting",
    "Weak supervision for clinical text at scale",
    "A practical guide to sequential testing in online experiments",
    "Hierarchical demand models for sparse retail data",
)


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-lithuanian-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "accent": rng.choice(((150, 30, 45), (0, 90, 60), (30, 60, 110))),
        }
    if style == "pdf-french-cv":
        return {"dates": rng.choice(("words", "numeric"))}
    if style == "pdf-nz-cv":
        return {"dates": rng.choice(("long", "numeric"))}
    if style == "pdf-datasci-publications":
        return {"dates": rng.choice(("years", "mon"))}
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
    jobs = _chain(rng, pool, 3, rng.random() < 0.7)
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    if style == "pdf-lithuanian-cv":
        phone = f"+370 6{rng.randint(10, 99)} {rng.randint(10000, 99999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'inbox.lt'))}"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        extra["summary"] = LT_SUMMARY
        for job in jobs:
            job.city = rng.choice((city, "Vilnius"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if study.startswith("Magistro"):
            degrees.append(Degree(pool.schools[idx], study, area, (end_year - 2, 9), (end_year, 6)))
            end_year -= 2
            study, area = pool.degrees[0]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 9), (end_year, 6)))
        extra["born"] = f"{end_year - 22}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        languages = [LT_LANGUAGES[0], *rng.sample(LT_LANGUAGES[1:], rng.randint(1, 3))]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-french-cv":
        phone = f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        phone += f"{rng.randint(10, 99)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'orange.fr', 'laposte.net'))}"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}{last}"
        extra["summary"] = FR_SUMMARY
        for job in jobs:
            job.city = rng.choice((city, "Paris"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        years = 2 if study == "Master" else 3
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - years, 9), (end_year, 6)))
        if study == "Master":
            lic, larea = pool.degrees[1]
            degrees.append(
                Degree(pool.schools[0], lic, larea, (end_year - 5, 9), (end_year - 2, 6))
            )
        extra["age"] = f"{2026 - (end_year - 23)} ans"
        extra["permis"] = rng.random() < 0.6
        extra["interests"] = rng.sample(FR_INTERESTS, 2)
        languages = [("Français", "langue maternelle"), *FR_LANGUAGES[: rng.randint(1, 2)]]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-nz-cv":
        phone = f"02{rng.choice((1, 2, 7))} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        email = f"{first}.{last.replace(' ', '')}@{rng.choice(('gmail.com', 'xtra.co.nz'))}"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-nz"
        extra["summary"] = NZ_PROFILE
        for job in jobs:
            job.city = rng.choice((city, "Auckland", "Tauranga"))
        idx = [c[0] for c in pool.cities].index(city)
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 2), (end_year, 11)))
        extra["referees"] = rng.sample(NZ_REFEREES, 2)
        extra["licence"] = rng.random() < 0.7
        skills = rng.sample(pool.skills, rng.randint(4, 5))
    else:
        code = {"Seattle": 206, "Pittsburgh": 412}.get(city, 617)
        phone = f"({code}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
        handle = f"{first}{last.replace('-', '')}"
        email = f"{first}@{handle}.ai"
        label = jobs[0].position
        url = f"https://{handle}.ai"
        extra["github"] = f"https://github.com/{first[0]}{last.replace('-', '')[:8]}"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        extra["summary"] = DS_SUMMARY
        for job in jobs:
            job.city = rng.choice((city, "Remote"))
        phd = rng.random() < 0.6
        if phd:
            degrees.append(
                Degree(pool.schools[0], "Ph.D.", "Statistics", (end_year - 5, 9), (end_year, 5))
            )
            end_year -= 5
        degrees.append(
            Degree(
                rng.choice(pool.schools[1:]),
                "B.S.",
                "Mathematics",
                (end_year - 4, 9),
                (end_year, 6),
            )
        )
        cats = rng.sample(DS_CATEGORIES, rng.randint(3, 4))
        extra["categories"] = [(c, list(k)) for c, k in cats]
        papers = []
        last_name = name.split()[-1]
        for title in rng.sample(DS_TITLES, rng.randint(3, 4)):
            co = rng.choice(("M. Okonkwo", "J. Reyes", "A. Kowalczyk", "T. Brandt"))
            year = rng.randint(degrees[-1].end[0] + 1, 2026)
            papers.append((f"{name[0]}. {last_name}, {co}", title, rng.choice(DS_VENUES), year))
        papers.sort(key=lambda p: -p[3])
        extra["papers"] = papers
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
        if style == "pdf-nz-cv":
            item["endDate"] = str(d.end[0])
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        education.append(drop_empty(item))
    if "categories" in extra:
        skills = [{"name": c, "keywords": k} for c, k in extra["categories"]]
    else:
        skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    publications = [
        {"name": title, "publisher": venue, "releaseDate": str(year)}
        for _, title, venue, year in extra.get("papers", [])
    ]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "publications": publications,
            "skills": skills,
            "languages": languages,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-lithuanian-cv":
        return _lithuanian(person, options), "pdf"
    if style == "pdf-french-cv":
        return _french(person, options), "pdf"
    if style == "pdf-nz-cv":
        return _new_zealand(person, options), "pdf"
    if style == "pdf-datasci-publications":
        return _datasci(person, options), "pdf"
    raise ValueError(f"unknown style {style}")


def _lt_month(month: Month | None, form: str) -> str:
    if form == "numeric":
        return "iki dabar" if month is None else f"{month[0]}-{month[1]:02d}"
    return "dabar" if month is None else f"{month[0]} m. {MENESIAI[month[1] - 1]} mėn."


def _lithuanian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Gyvenimo aprašymas - {person.name}")
    side, sx, sw = 70.0, 7.0, 57.0
    x, width = side + 8, 210 - side - 8 - 12
    ink, light = (35, 35, 35), (250, 250, 250)
    pdf.add_page()
    pdf.set_fill_color(*accent)
    pdf.rect(0, 0, side, 297, style="F")
    pdf.set_draw_color(*light)
    pdf.set_line_width(0.4)
    pdf.rect(sx + 11.5, 14, 34, 42)
    pdf.set_text_color(*light)
    pdf.set_font("Sans", "", 7)
    pdf.set_xy(sx + 11.5, 33)
    pdf.cell(34, 4, "Nuotrauka", align="C")
    sy = 64.0

    def side_heading(text: str) -> None:
        nonlocal sy
        sy += 3
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(sw, 5, text.upper())
        pdf.set_line_width(0.3)
        pdf.line(sx, sy + 6, sx + sw, sy + 6)
        sy += 8

    def side_pair(key: str, value: str) -> None:
        nonlocal sy
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 7.8)
        pdf.cell(sw, 4, key)
        pdf.set_xy(sx, sy + 4)
        pdf.set_font("Sans", "", 8)
        pdf.multi_cell(sw, 4, value, align="L")
        sy = pdf.get_y() + 1.8

    side_heading("Kontaktai")
    side_pair("Adresas", f"{extra['street']}, {extra['postal']} {person.city}, Lietuva")
    side_pair("Telefonas", person.phone)
    side_pair("El. paštas", person.email)
    side_pair("LinkedIn", extra["linkedin"].removeprefix("https://www."))
    side_pair("Gimimo data", extra["born"])
    side_heading("Kalbos")
    for lang, level in person.languages:
        side_pair(lang, level)
    side_heading("Kompiuteriniai įgūdžiai")
    pdf.set_font("Sans", "", 8)
    for skill in person.skills:
        pdf.set_xy(sx, sy)
        pdf.cell(sw, 4.4, f"\u25aa {skill}")
        sy += 4.6
    _check(sy, 288, person)
    pdf.set_text_color(*ink)
    pdf.set_xy(x, 16)
    pdf.set_font("Sans", "B", 21)
    pdf.multi_cell(width, 9, person.name, align="L")
    y = pdf.get_y() + 1
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 11.5)
    pdf.set_text_color(*accent)
    pdf.cell(width, 6, person.label or "")
    pdf.set_text_color(*ink)
    y += 10

    def heading(text: str) -> None:
        nonlocal y
        y += 2.5
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_text_color(*ink)
        pdf.set_draw_color(*accent)
        pdf.line(x, y + 6.5, x + width, y + 6.5)
        y += 9

    heading("Apie mane")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 8.8)
    pdf.multi_cell(width, 4.5, extra["summary"], align="L")
    y = pdf.get_y() + 1
    heading("Darbo patirtis")
    for job in person.jobs:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.2)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(width, 4.4, f"{_lt_month(job.start, form)} \u2013 {_lt_month(job.end, form)}")
        pdf.set_text_color(*ink)
        pdf.set_xy(x, y + 4.6)
        pdf.set_font("Sans", "B", 9.6)
        pdf.cell(width, 5, job.position)
        pdf.set_xy(x, y + 9.6)
        pdf.set_font("Sans", "I", 8.8)
        pdf.cell(width, 4.6, f"{job.company}, {job.city}")
        y += 15
        for note in job.highlights:
            pdf.set_xy(x + 1.5, y)
            pdf.set_font("Sans", "", 8.4)
            pdf.cell(3.5, 4.2, "\u2022")
            pdf.multi_cell(width - 5, 4.2, note, align="L")
            y = pdf.get_y() + 0.3
        y += 2.2
    heading("Išsilavinimas")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.2)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(width, 4.4, f"{d.start[0]} \u2013 {d.end[0]}")
        pdf.set_text_color(*ink)
        pdf.set_xy(x, y + 4.6)
        pdf.set_font("Sans", "B", 9.4)
        pdf.cell(width, 5, d.institution)
        pdf.set_xy(x, y + 9.6)
        pdf.set_font("Sans", "", 8.8)
        pdf.cell(width, 4.6, f"{d.study}, {d.area}")
        y += 16
    _check(y, 290, person)
    return bytes(pdf.output())


def _fr_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        return f"{MOIS[month[1] - 1]} {month[0]}"

    if end is None:
        return f"Depuis {one(start)}"
    return f"{one(start).capitalize()} \u2013 {one(end)}"


def _french(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    x, width, gutter = 20.0, 170.0, 44.0
    blue = (20, 50, 100)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 284)
        pdf.set_font("Serif", "I", 7.5)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(width / 2, 4, f"{person.name} \u2013 CV")
        pdf.cell(width / 2, 4, f"{pdf.page_no()}/{{nb}}", align="R")
        pdf.set_text_color(0, 0, 0)
        y = 18.0

    def need(height: float) -> None:
        if y + height > 276:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(24)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 11.5)
        pdf.set_text_color(*blue)
        pdf.cell(width, 6, text.upper())
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(*blue)
        pdf.set_line_width(0.3)
        pdf.line(x, y + 6.8, x + width, y + 6.8)
        y += 10

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 22)
    pdf.set_text_color(*blue)
    pdf.cell(width, 10, person.name, align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x, y + 11)
    pdf.set_font("Serif", "I", 12)
    pdf.cell(width, 6, person.label or "", align="C")
    pdf.set_font("Serif", "", 9)
    lines = (
        f"{extra['street']}, {extra['postal']} {person.city}",
        f"{person.phone}  \u00b7  {person.email}",
        " \u00b7 ".join(
            [
                extra["age"],
                *(["Permis B"] if extra["permis"] else []),
                extra["linkedin"].removeprefix("https://www."),
            ]
        ),
    )
    for offset, line in enumerate(lines):
        pdf.set_xy(x, y + 19 + 4.8 * offset)
        pdf.cell(width, 4.6, line, align="C")
    y += 36
    heading("Profil")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(width, 4.8, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("Expériences professionnelles")
    for job in person.jobs:
        need(30)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9)
        pdf.multi_cell(gutter - 4, 4.8, _fr_span(job.start, job.end, form), align="L")
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(width - gutter, 5, job.position)
        pdf.set_xy(x + gutter, y + 5)
        pdf.set_font("Serif", "I", 9.5)
        pdf.cell(width - gutter, 5, f"{job.company} \u2013 {job.city}")
        y += 11
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + gutter, y)
            pdf.set_font("Serif", "", 9.3)
            pdf.cell(4, 4.7, "\u25b8")
            pdf.multi_cell(width - gutter - 4, 4.7, note, align="L")
            y = pdf.get_y() + 0.4
        y += 3
    heading("Formation")
    for d in person.degrees:
        need(12)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9)
        pdf.cell(gutter, 5, f"{d.start[0]} \u2013 {d.end[0]}")
        pdf.set_font("Serif", "B", 10)
        pdf.cell(width - gutter, 5, f"{d.study} {d.area}")
        pdf.set_xy(x + gutter, y + 5)
        pdf.set_font("Serif", "I", 9.5)
        pdf.cell(width - gutter, 5, d.institution)
        y += 12
    heading("Compétences")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 9.5)
    pdf.cell(gutter, 5, "Outils")
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(width - gutter, 5, ", ".join(person.skills), align="L")
    y = pdf.get_y() + 1
    heading("Langues")
    for lang, level in person.languages:
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(gutter, 5, lang)
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(width - gutter, 5, level)
        y += 5.5
    heading("Centres d'intérêt")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(width, 5, " \u00b7 ".join(extra["interests"]))
    y += 6
    _check(y, 280, person)
    return bytes(pdf.output())


def _nz_month(month: Month | None, form: str) -> str:
    if form == "numeric":
        return "to date" if month is None else f"{month[1]:02d}/{month[0]}"
    return "Present" if month is None else f"{MONTHS_EN[month[1] - 1]} {month[0]}"


def _new_zealand(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} CV")
    x, width = 18.0, 174.0
    teal = (0, 98, 105)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 286)
        pdf.set_font("Sans", "", 8)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(width, 4, f"Page {pdf.page_no()}", align="R")
        pdf.set_text_color(0, 0, 0)
        y = 16.0

    def need(height: float) -> None:
        if y + height > 278:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        y += 3
        pdf.set_fill_color(*teal)
        pdf.rect(x, y, width, 6.5, style="F")
        pdf.set_xy(x + 2, y + 0.5)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(255, 255, 255)
        pdf.cell(width - 4, 5.5, text)
        pdf.set_text_color(0, 0, 0)
        y += 9.5

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 24)
    pdf.cell(width, 10, person.name)
    pdf.set_font("Sans", "", 9)
    rows = (
        ("Address:", f"{extra['street']}, {person.city} {extra['postal']}, New Zealand"),
        ("Mobile:", person.phone),
        ("Email:", person.email),
        ("LinkedIn:", extra["linkedin"].removeprefix("https://www.")),
    )
    y += 12
    for key, value in rows:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(20, 4.8, key)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width - 20, 4.8, value)
        y += 4.9
    heading("Personal Profile")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.3)
    pdf.multi_cell(width, 4.7, extra["summary"], align="L")
    y = pdf.get_y() + 1
    heading("Career History")
    for job in person.jobs:
        need(28)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width - 55, 5, f"{job.company}, {job.city}")
        pdf.set_font("Sans", "", 9.3)
        pdf.cell(
            55, 5, f"{_nz_month(job.start, form)} \u2013 {_nz_month(job.end, form)}", align="R"
        )
        pdf.set_xy(x, y + 5)
        pdf.set_font("Sans", "I", 9.8)
        pdf.cell(width, 5, job.position)
        y += 11
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(width, 4.5, "Key responsibilities and achievements:")
        y += 5
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + 3, y)
            pdf.set_font("Sans", "", 9.2)
            pdf.cell(4, 4.5, "-")
            pdf.multi_cell(width - 7, 4.5, note, align="L")
            y = pdf.get_y() + 0.3
        y += 3
    heading("Qualifications")
    for d in person.degrees:
        need(12)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.8)
        pdf.cell(width - 20, 5, f"{d.study} ({d.area})")
        pdf.set_font("Sans", "", 9.3)
        pdf.cell(20, 5, str(d.end[0]), align="R")
        pdf.set_xy(x, y + 5)
        pdf.set_font("Sans", "", 9.3)
        pdf.cell(width, 5, d.institution)
        y += 11.5
    heading("Software & Technical Skills")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.3)
    pdf.multi_cell(width, 4.7, " | ".join(person.skills), align="L")
    y = pdf.get_y() + 1
    if extra["licence"]:
        pdf.set_xy(x, y)
        pdf.cell(width, 4.7, "Full NZ driver licence (Class 1)")
        y += 5
    heading("Referees")
    for index, (ref, role, mobile) in enumerate(extra["referees"]):
        need(16)
        rx = x + index * (width / 2)
        for offset, (text, look) in enumerate(((ref, "B"), (role, ""), (f"Mobile: {mobile}", ""))):
            pdf.set_xy(rx, y + 4.7 * offset)
            pdf.set_font("Sans", look, 9.3)
            pdf.cell(width / 2 - 4, 4.7, text)
    y += 15
    _check(y, 282, person)
    return bytes(pdf.output())


def _ds_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        return str(month[0]) if form == "years" else f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"

    return f"{one(start)} \u2013 {'present' if end is None else one(end)}"


def _datasci(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} - CV")
    x, width = 16.0, 178.0
    ink, accent = (20, 20, 20), (120, 40, 140)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 14.0

    def need(height: float) -> None:
        if y + height > 284:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(18)
        y += 2.5
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(width, 5.5, text.upper())
        pdf.set_text_color(*ink)
        pdf.set_draw_color(200, 200, 200)
        pdf.set_line_width(0.3)
        pdf.line(x, y + 6.3, x + width, y + 6.3)
        y += 8.5

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 20)
    pdf.cell(width / 2, 9, person.name)
    pdf.set_xy(x, y + 9.5)
    pdf.set_font("Sans", "", 11)
    pdf.set_text_color(*accent)
    pdf.cell(width / 2, 5.5, person.label or "")
    pdf.set_text_color(*ink)
    pdf.set_font("Sans", "", 8.5)
    right = (
        f"{person.city}, {person.region}",
        person.phone,
        person.email,
        (person.url or "").removeprefix("https://"),
        extra["github"].removeprefix("https://"),
        extra["linkedin"].removeprefix("https://www."),
    )
    for offset, text in enumerate(right):
        pdf.set_xy(x + width / 2, y + 4.2 * offset - 1)
        pdf.cell(width / 2, 4.2, text, align="R")
    y += 26
    heading("Summary")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.6, extra["summary"], align="L")
    y = pdf.get_y() + 1
    heading("Experience")
    for job in person.jobs:
        need(24)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.6)
        pdf.cell(width - 50, 5, job.position)
        pdf.set_font("Sans", "", 8.8)
        pdf.cell(50, 5, _ds_span(job.start, job.end, form), align="R")
        pdf.set_xy(x, y + 5)
        pdf.set_font("Sans", "I", 9)
        pdf.cell(width - 50, 4.8, job.company)
        pdf.cell(50, 4.8, job.city, align="R")
        y += 10.5
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + 2, y)
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(4, 4.4, "\u2022")
            pdf.multi_cell(width - 6, 4.4, note, align="L")
            y = pdf.get_y() + 0.2
        y += 2.2
    heading("Publications")
    for number, (authors, title, venue, year) in enumerate(extra["papers"], 1):
        need(10)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.8)
        pdf.cell(7, 4.5, f"[{number}]")
        pdf.set_xy(x + 7, y)
        pdf.multi_cell(width - 7, 4.5, f"{authors}. \u201c{title}.\u201d", align="L")
        pdf.set_xy(x + 7, pdf.get_y())
        pdf.set_font("Sans", "I", 8.8)
        pdf.cell(width - 7, 4.5, f"{venue}, {year}.")
        y = pdf.get_y() + 6
    heading("Education")
    for d in person.degrees:
        need(12)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.4)
        pdf.cell(width - 30, 5, f"{d.study} in {d.area}")
        pdf.set_font("Sans", "", 8.8)
        pdf.cell(30, 5, f"{d.start[0]} \u2013 {d.end[0]}", align="R")
        pdf.set_xy(x, y + 5)
        pdf.set_font("Sans", "I", 9)
        pdf.cell(width, 4.8, d.institution)
        y += 11
    heading("Skills")
    for category, keywords in extra["categories"]:
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 8.8)
        pdf.cell(26, 4.7, f"{category}:")
        pdf.set_font("Sans", "", 8.8)
        pdf.multi_cell(width - 26, 4.7, ", ".join(keywords), align="L")
        y = pdf.get_y() + 0.4
    _check(y, 288, person)
    return bytes(pdf.output())

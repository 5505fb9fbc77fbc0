"""Eighteenth held-out round ("holdout-18"): four more layouts, written blind (without reading
the parser) and meant to be measured once, untuned.

* ``pdf-brazilian-curriculo`` — a Brazilian "Currículo" on A4 in DejaVu Sans: the name centred
  in bold, a centred personal line ("Brasileira, casada, 34 anos"), the address line
  ("Rua ..., 123 \u2013 Curitiba/PR \u2013 CEP 80010-000") and a "Telefone: ... | E-mail: ..." line,
  then section titles in bold capitals over a thin rule: "Formação acadêmica"
  ("Bacharelado em Administração \u2013 Universidade ..." with "2010 \u2013 2014" on the right),
  "Experiência profissional" (the company and "Cidade/UF" in bold, then "Cargo: ..." and
  "Período: jan/2020 \u2013 atual" in lower-case Portuguese month abbreviations, bullets),
  "Idiomas" ("Inglês \u2013 avançado") and "Conhecimentos em informática" (a comma list, one skill
  each). No headline. The location is address, postal code, city and state.
* ``pdf-hungarian-oneletrajz`` — a Hungarian "Önéletrajz" on A4 in DejaVu Serif, the name
  written family name first as Hungarians do ("Szalontai Bence", kept as printed): the word
  ÖNÉLETRAJZ centred, the name centred, then a "Személyes adatok" block of label/value rows
  ("Lakcím: 9021 Győr, Baross Gábor út 12.", "Telefon", "E-mail", "Születési idő"). Sections
  with the title in a shaded band: "Szakmai tapasztalat" (a left date column "2019.03. \u2013
  jelenleg", the company in bold with the city after a comma, the position in italics below,
  dash bullets), "Tanulmányok" (years in the left column, the school in bold, "area
  (degree)" below), "Nyelvismeret" ("angol \u2013 felsőfok (C1)") and "Számítógépes ismeretek"
  (one skill a line with a bullet). No headline.
* ``pdf-moderncv-classic`` — a LaTeX moderncv "classic"-like CV on A4 in DejaVu Sans Condensed:
  the first name light and the last name dark on one big line at the top left with the
  headline in grey below; the contact block right-aligned at the same height (street and
  city, phone, e-mail, LinkedIn and GitHub addresses); section titles in the accent colour
  with a coloured bar in the left margin. Every entry puts its dates right-aligned in a grey
  left margin column ("09/2018 \u2013 06/2022" or years only "2018 \u2013 2022", one form per
  document; "present" for a current job); the main column has the position in bold, then the
  employer in italics and the city, then bullets. "Education" uses the same form (degree and area in
  bold, school in italics); "Skills" has category rows (the category in the margin, a comma
  list of keywords on the right).
* ``pdf-south-african-cv`` — a South African "Curriculum Vitae" on A4 in Helvetica: the words
  CURRICULUM VITAE and the name in bold capitals centred over a rule; a "Personal Details"
  block of label/value rows with colons ("Surname", "First Names", "Identity Number", "Date of
  Birth", "Nationality: South African", "Driver's Licence: Code 08 (EB)", "Contact Number",
  "E-mail Address", "Residential Address" with street, suburb, city and postal code). The name
  in the truth is the one printed in the title (first name and surname). "Educational
  Qualifications" lists the tertiary degree ("Institution:", "Qualification: BCom
  Accounting", "Period: 2012 \u2013 2015") and the school leaving certificate ("Matric" rows:
  the high school, "National Senior Certificate", "Year Completed: 2011"). "Career History"
  uses label rows ("Company:", "Position:", "Period: March 2019 \u2013 Present", "Duties:"
  with bullets). "Computer Literacy" is a comma list (one skill each), "Languages" lists
  "English \u2013 Read, Write, Speak"-style rows, and "References" says "Available on
  request". The nationality is not a location, so there is no country code.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (no country code unless a country is printed).
"""

from __future__ import annotations

import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout17 import _chain, _check
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month

HOLDOUT_TAG = "holdout-18"
GENERATOR = "tests/eval/holdout18.py"
SEED = 3_518_467

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-brazilian-curriculo", 3),
    ("pdf-hungarian-oneletrajz", 3),
    ("pdf-moderncv-classic", 3),
    ("pdf-south-african-cv", 3),
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
MESES = ("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez")

POOLS: dict[str, Pool] = {
    "pdf-brazilian-curriculo": Pool(
        first=("Thiago", "Larissa", "Rafaela", "Everton", "Jaqueline", "Caio"),
        last=("Bezerra Coutinho", "Nogueira Prado", "Albuquerque Sampaio", "Rezende Quintela"),
        cities=(
            ("Curitiba", "PR", "80010-000", "Rua Marechal Deodoro, 418"),
            ("Florianópolis", "SC", "88015-200", "Rua Felipe Schmidt, 275"),
            ("Campinas", "SP", "13015-904", "Avenida Francisco Glicério, 1120"),
        ),
        employers=(
            "Cooperativa Agroindustrial Vale Verde",
            "Transportadora Rio Tibagi Ltda.",
            "Grupo Ipê Amarelo Varejo S.A.",
            "Construtora Serra do Mar Ltda.",
        ),
        titles=(
            "Analista Financeiro Sênior",
            "Analista Financeiro Pleno",
            "Assistente Administrativo",
            "Analista de Controladoria",
        ),
        highlights=(
            "Elaboração do fluxo de caixa semanal e das projeções orçamentárias",
            "Conciliação bancária de 14 contas e fechamento contábil mensal",
            "Implantação do módulo financeiro do ERP TOTVS Protheus",
            "Redução de 18% nas despesas com fornecedores por meio de renegociação",
            "Atendimento às auditorias interna e externa",
            "Apuração de impostos indiretos (ICMS, PIS e COFINS)",
            "Criação de painéis gerenciais no Power BI para a diretoria",
            "Treinamento de novos assistentes da área financeira",
        ),
        skills=(
            "Excel avançado",
            "Power BI",
            "SAP FI",
            "TOTVS Protheus",
            "SQL",
            "Pacote Office",
        ),
        schools=(
            "Universidade Federal do Paraná (UFPR)",
            "Universidade Estadual de Campinas (UNICAMP)",
            "Universidade do Estado de Santa Catarina (UDESC)",
        ),
        degrees=(
            ("Bacharelado", "Administração"),
            ("Bacharelado", "Ciências Contábeis"),
            ("Bacharelado", "Economia"),
        ),
    ),
    "pdf-hungarian-oneletrajz": Pool(
        # family names come first in Hungarian; `first` holds the family names here
        first=("Szalontai", "Hegedűs-Rácz", "Berecz", "Kálmándy", "Tóthfalusi"),
        last=("Bence", "Zsófia", "Levente", "Boglárka", "Ákos"),
        cities=(
            ("Győr", None, "9021", "Baross Gábor út 12."),
            ("Debrecen", None, "4025", "Piac utca 41. 2/5"),
            ("Pécs", None, "7621", "Király utca 18."),
        ),
        employers=(
            "Rábaközi Gépgyártó Kft.",
            "Hajdúsági Logisztikai Zrt.",
            "Mecsekvill Elektronika Kft.",
            "Alföldi Adatfeldolgozó Kft.",
        ),
        titles=(
            "Minőségügyi mérnök",
            "Gyártástervező mérnök",
            "Folyamatfejlesztési szakértő",
            "Karbantartási csoportvezető",
        ),
        highlights=(
            "Az ISO 9001 és IATF 16949 auditok előkészítése és lebonyolítása",
            "Selejtarány csökkentése 3,1%-ról 1,4%-ra",
            "Új szerelősor beüzemelése a német anyavállalattal együttműködve",
            "Beszállítói reklamációk kezelése 8D módszerrel",
            "Hatfős műszakos csapat irányítása",
            "Gyártási folyamatok FMEA elemzése",
            "Lean workshopok szervezése és vezetése",
            "Karbantartási terv kidolgozása SAP PM rendszerben",
        ),
        skills=("AutoCAD", "SolidWorks", "SAP PM", "MS Excel", "Minitab", "MS Project"),
        schools=(
            "Széchenyi István Egyetem",
            "Debreceni Egyetem",
            "Pécsi Tudományegyetem",
        ),
        degrees=(
            ("MSc", "gépészmérnök"),
            ("BSc", "mechatronikai mérnök"),
            ("BSc", "villamosmérnök"),
        ),
    ),
    "pdf-moderncv-classic": Pool(
        first=("Fergus", "Ailsa", "Callum", "Morven", "Struan"),
        last=("Drummondie", "Kinnaird", "Balfour-Lyle", "Auchterlonie"),
        cities=(
            ("Dundee", None, "DD1 4HN", "14 Perth Road"),
            ("Stirling", None, "FK8 2HA", "7 Allan Park"),
            ("Inverness", None, "IV2 3PR", "22 Culduthel Road"),
        ),
        employers=(
            "Tayside Genomics Ltd",
            "Lochgarry Energy Analytics",
            "Braeburn Marine Robotics",
            "Cairnmore Insurance Group",
        ),
        titles=(
            "Senior Data Scientist",
            "Data Scientist",
            "Research Software Engineer",
            "Machine Learning Engineer",
        ),
        highlights=(
            "Built a gradient-boosted model for turbine fault prediction",
            "Moved nightly batch jobs from cron to Airflow",
            "Wrote the internal guide to reproducible analysis with DVC",
            "Cut model training time by 60% with mixed-precision GPUs",
            "Supervised two MSc placement students",
            "Designed an A/B testing framework for pricing experiments",
            "Published a variant-calling pipeline as open source",
            "Presented results to the board every quarter",
        ),
        skills=("Python", "R", "PyTorch", "scikit-learn", "SQL", "Airflow", "Docker", "AWS"),
        schools=(
            "University of the Highlands and Islands",
            "University of Stirling",
            "Heriot-Watt University",
        ),
        degrees=(
            ("MSc", "Data Science"),
            ("BSc", "Mathematics"),
            ("PhD", "Computational Biology"),
        ),
    ),
    "pdf-south-african-cv": Pool(
        first=("Kagiso", "Bongani", "Refilwe", "Tumelo", "Lesedi"),
        last=("Mahlangu", "Masemola", "Nkadimeng", "Sekgobela"),
        cities=(
            ("Polokwane", None, "0699", "27 Marshall Street, Bendor"),
            ("Bloemfontein", None, "9301", "8 Kellner Street, Westdene"),
            ("Mbombela", None, "1201", "15 Ferreira Street, Sonheuwel"),
        ),
        employers=(
            "Mangaung Fresh Produce (Pty) Ltd",
            "Lowveld Citrus Packers (Pty) Ltd",
            "Capricorn Fleet Services (Pty) Ltd",
            "Bokamoso Accounting Services",
        ),
        titles=("Accountant", "Junior Accountant", "Creditors Clerk", "Payroll Administrator"),
        highlights=(
            "Processing of supplier invoices and weekly creditors payments",
            "Month-end reconciliations of the general ledger and bank accounts",
            "Monthly payroll for 180 employees on VIP Payroll",
            "Preparation of VAT201 and EMP201 returns for SARS",
            "Assisting the external auditors with year-end audit files",
            "Debtors age analysis and follow-up of overdue accounts",
            "Capturing of journals and petty cash on Sage Pastel Partner",
            "Compiling the monthly management accounts pack",
        ),
        skills=("MS Excel", "Sage Pastel Partner", "VIP Payroll", "CaseWare", "MS Word", "SAP"),
        schools=(
            "University of the Free State",
            "Tshwane University of Technology",
            "Central University of Technology",
        ),
        degrees=(
            ("BCom", "Accounting"),
            ("National Diploma", "Cost and Management Accounting"),
            ("BCom", "Financial Management"),
        ),
    ),
}

ZA_SCHOOLS = {
    "Polokwane": "Capricorn High School",
    "Bloemfontein": "Sentraal Hoërskool",
    "Mbombela": "Hoërskool Nelspruit",
}
ZA_LANGUAGES = (
    ("English", "Read, Write, Speak"),
    ("Sepedi", "Read, Write, Speak"),
    ("Afrikaans", "Read, Speak"),
)

PT_LANGUAGES = (("Português", "nativo"), ("Inglês", "avançado"), ("Espanhol", "intermediário"))
HU_LANGUAGES = (("angol", "felsőfok (C1)"), ("német", "középfok (B2)"), ("olasz", "alapfok (A2)"))
CV_CATEGORIES = (
    ("Languages", ("Python", "R", "SQL", "Bash")),
    ("Machine learning", ("PyTorch", "scikit-learn", "XGBoost")),
    ("Infrastructure", ("Docker", "Airflow", "AWS", "Git")),
)


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-brazilian-curriculo":
        return {"size": rng.choice((9.5, 10.0))}
    if style == "pdf-hungarian-oneletrajz":
        return {"band": rng.choice(((225, 225, 225), (215, 228, 240)))}
    if style == "pdf-moderncv-classic":
        return {
            "months": rng.random() < 0.6,
            "accent": rng.choice(((50, 80, 160), (170, 60, 40), (40, 120, 90))),
        }
    if style == "pdf-south-african-cv":
        return {"size": rng.choice((9.5, 10.0))}
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name).split()
    first, last = slug[0], slug[-1]
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street, "postal": postal}
    label: str | None = None
    url: str | None = None
    languages: list[tuple[str, str]] = []
    jobs = _chain(rng, pool, rng.choice((2, 3)), rng.random() < 0.7)
    oldest = jobs[-1].start
    if style == "pdf-brazilian-curriculo":
        female = name.split()[0] in ("Larissa", "Rafaela", "Jaqueline")
        area_code = {"Curitiba": "41", "Florianópolis": "48", "Campinas": "19"}[city]
        phone = f"({area_code}) 9{rng.randint(8000, 9999)}-{rng.randint(1000, 9999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'hotmail.com'))}"
        state = rng.choice(("casada", "solteira")) if female else rng.choice(("casado", "solteiro"))
        extra["personal"] = (
            f"{'Brasileira' if female else 'Brasileiro'}, {state}, {rng.randint(28, 41)} anos"
        )
        for job in jobs:
            job.city = rng.choice(("Curitiba/PR", "São José dos Pinhais/PR", "Joinville/SC"))
        study, area = rng.choice(pool.degrees)
        end_year = oldest[0] - rng.randint(0, 1)
        degrees = [Degree(rng.choice(pool.schools), study, area, (end_year - 4, 2), (end_year, 12))]
        languages = list(PT_LANGUAGES[: rng.randint(2, 3)])
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-hungarian-oneletrajz":
        mobile = rng.choice(("20", "30", "70"))
        phone = f"+36 {mobile} {rng.randint(200, 999)} {rng.randint(1000, 9999)}"
        family, given = name.split()
        domain = rng.choice(("gmail.com", "freemail.hu"))
        email = f"{ascii_slug(given).lower()}.{ascii_slug(family).lower()}@{domain}"
        extra["born"] = (
            f"{rng.randint(1983, 1995)}. {rng.randint(1, 12):02d}. {rng.randint(1, 28):02d}."
        )
        for job in jobs:
            job.city = rng.choice(("Győr", "Debrecen", "Budapest", "Kecskemét"))
        idx = rng.randrange(len(pool.degrees))
        study, area = pool.degrees[idx]
        end_year = oldest[0] - rng.randint(0, 1)
        length = 5 if study == "MSc" else 4
        degrees = [Degree(pool.schools[idx], study, area, (end_year - length, 9), (end_year, 6))]
        languages = list(HU_LANGUAGES[: rng.randint(1, 3)])
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-south-african-cv":
        phone = (
            f"0{rng.choice(('72', '82', '83'))} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        )
        email = f"{first}{last}{rng.randint(10, 99)}@{rng.choice(('gmail.com', 'webmail.co.za'))}"
        year = rng.randint(1988, 1996)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        extra["born"] = f"{day:02d} {MONTHS_EN[month - 1]} {year}"
        extra["id"] = (
            f"{year % 100:02d}{month:02d}{day:02d}{rng.randint(0, 9999):04d}08{rng.randint(0, 9)}"
        )
        for job in jobs:
            job.city = ""
            job.highlights = job.highlights[:2]
        idx = rng.randrange(len(pool.degrees))
        study, area = pool.degrees[idx]
        end_year = oldest[0] - rng.randint(0, 1)
        length = 3
        tertiary = Degree(
            rng.choice(pool.schools), study, area, (end_year - length, 1), (end_year, 11)
        )
        matric_year = end_year - length - 1
        matric = Degree(
            ZA_SCHOOLS[city], "National Senior Certificate", "", (matric_year, 1), (matric_year, 11)
        )
        degrees = [tertiary, matric]
        languages = list(ZA_LANGUAGES[: rng.randint(2, 3)])
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    else:
        phone = f"+44 7{rng.randint(700, 999)} {rng.randint(100000, 999999)}"
        email = f"{first[0]}.{last}@{rng.choice(('gmail.com', 'proton.me'))}"
        label = rng.choice(("Data Scientist", "Machine Learning Engineer"))
        url = f"https://www.linkedin.com/in/{first}-{last}"
        extra["github"] = f"https://github.com/{first}{last[:3]}"
        for job in jobs:
            job.city = rng.choice(("Dundee", "Edinburgh", "Glasgow", "Stirling"))
        idx = rng.sample(range(len(pool.degrees)), 2)
        end_year = oldest[0] - rng.randint(0, 1)
        msc = Degree(pool.schools[idx[0]], "MSc", "Data Science", (end_year - 1, 9), (end_year, 8))
        bsc_area = rng.choice(("Mathematics", "Physics"))
        bsc = Degree(pool.schools[idx[1]], "BSc", bsc_area, (end_year - 5, 9), (end_year - 1, 6))
        degrees = [msc, bsc]
        cats = rng.sample(CV_CATEGORIES, rng.randint(2, 3))
        extra["categories"] = [(c, list(k)) for c, k in cats]
        skills = []
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
    profiles = []
    if person.url is not None:
        profiles.append(
            {"network": "LinkedIn", "username": person.url.rsplit("/", 1)[-1], "url": person.url}
        )
    if "github" in extra:
        gh = extra["github"]
        profiles.append({"network": "GitHub", "username": gh.rsplit("/", 1)[-1], "url": gh})
    location = drop_empty(
        {
            "address": extra["street"],
            "postalCode": extra["postal"],
            "city": person.city,
            "region": person.region,
        }
    )
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label,
            "email": person.email,
            "phone": person.phone,
            "location": location,
            "profiles": profiles,
        }
    )
    precision = "year" if style == "pdf-moderncv-classic" and not options["months"] else "month"
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
        if style == "pdf-moderncv-classic" and options["months"]:
            item |= {"startDate": iso_month(d.start, "month"), "endDate": iso_month(d.end, "month")}
        elif style == "pdf-south-african-cv" and not d.area:
            item["endDate"] = str(d.end[0])
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        education.append(drop_empty(item))
    if style == "pdf-moderncv-classic":
        skills = [{"name": c, "keywords": k} for c, k in extra["categories"]]
    else:
        skills = [{"name": skill} for skill in person.skills]
    languages = [{"language": lang, "fluency": level} for lang, level in person.languages]
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
    if style == "pdf-brazilian-curriculo":
        return _brazil(person, options), "pdf"
    if style == "pdf-hungarian-oneletrajz":
        return _hungary(person, options), "pdf"
    if style == "pdf-moderncv-classic":
        return _moderncv(person, options), "pdf"
    if style == "pdf-south-african-cv":
        return _south_africa(person, options), "pdf"
    raise ValueError(f"unknown style {style}")


def _mes(month: Month | None) -> str:
    return "atual" if month is None else f"{MESES[month[1] - 1]}/{month[0]}"


def _brazil(person: Candidate, options: dict[str, Any]) -> bytes:
    size, extra = options["size"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Currículo - {person.name}")
    pdf.add_page()
    x, width = 20.0, 170.0
    pdf.set_xy(x, 16)
    pdf.set_font("Sans", "B", 17)
    pdf.cell(width, 8, person.name, align="C")
    pdf.set_font("Sans", "", size - 0.5)
    lines = (
        extra["personal"],
        f"{extra['street']} \u2013 {person.city}/{person.region} \u2013 CEP {extra['postal']}",
        f"Telefone: {person.phone}  |  E-mail: {person.email}",
    )
    y = 26.0
    for line in lines:
        pdf.set_xy(x, y)
        pdf.cell(width, 4.8, line, align="C")
        y += 4.8
    y += 5

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", size + 1)
        pdf.cell(width, 6, text.upper())
        pdf.set_line_width(0.25)
        pdf.line(x, y + 6.3, x + width, y + 6.3)
        y += 9

    heading("Formação acadêmica")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", size)
        pdf.cell(width - 30, 5, f"{d.study} em {d.area}")
        pdf.set_font("Sans", "", size)
        pdf.cell(30, 5, f"{d.start[0]} \u2013 {d.end[0]}", align="R")
        pdf.set_xy(x, y + 5)
        pdf.cell(width, 5, d.institution)
        y += 12
    heading("Experiência profissional")
    for job in person.jobs:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", size)
        pdf.cell(width, 5, f"{job.company} \u2013 {job.city}")
        pdf.set_font("Sans", "", size)
        pdf.set_xy(x, y + 5)
        pdf.cell(width, 5, f"Cargo: {job.position}")
        pdf.set_xy(x, y + 10)
        pdf.cell(width, 5, f"Período: {_mes(job.start)} \u2013 {_mes(job.end)}")
        y += 15.5
        for note in job.highlights:
            pdf.set_xy(x + 4, y)
            pdf.cell(4, 4.7, "\u2022")
            pdf.multi_cell(width - 8, 4.7, note, align="L")
            y = pdf.get_y() + 0.3
        y += 4
    heading("Idiomas")
    pdf.set_font("Sans", "", size)
    for lang, level in person.languages:
        pdf.set_xy(x, y)
        pdf.cell(width, 4.8, f"{lang} \u2013 {level}")
        y += 4.8
    y += 4
    heading("Conhecimentos em informática")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", size)
    pdf.multi_cell(width, 4.8, ", ".join(person.skills) + ".", align="L")
    _check(pdf.get_y(), 285, person)
    return bytes(pdf.output())


def _hu_month(month: Month | None) -> str:
    return "jelenleg" if month is None else f"{month[0]}.{month[1]:02d}."


def _hungary(person: Candidate, options: dict[str, Any]) -> bytes:
    band, extra = options["band"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Önéletrajz - {person.name}")
    pdf.add_page()
    x, width, gutter = 20.0, 170.0, 42.0
    pdf.set_xy(x, 14)
    pdf.set_font("Serif", "B", 10)
    pdf.set_char_spacing(2)
    pdf.cell(width, 5, "ÖNÉLETRAJZ", align="C")
    pdf.set_char_spacing(0)
    pdf.set_xy(x, 21)
    pdf.set_font("Serif", "B", 18)
    pdf.cell(width, 9, person.name, align="C")
    y = 35.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_fill_color(*band)
        pdf.rect(x, y, width, 6.5, style="F")
        pdf.set_xy(x + 2, y + 0.5)
        pdf.set_font("Serif", "B", 11)
        pdf.cell(width - 2, 5.5, text)
        y += 9.5

    heading("Személyes adatok")
    rows = (
        ("Lakcím:", f"{extra['postal']} {person.city}, {extra['street']}"),
        ("Telefon:", person.phone),
        ("E-mail:", person.email),
        ("Születési idő:", extra["born"]),
    )
    for key, value in rows:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(gutter, 5, key)
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(width - gutter, 5, value)
        y += 5
    y += 4
    heading("Szakmai tapasztalat")
    for job in person.jobs:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 9.3)
        pdf.cell(gutter, 5, f"{_hu_month(job.start)} \u2013 {_hu_month(job.end)}")
        pdf.set_font("Serif", "B", 10)
        pdf.cell(width - gutter, 5, f"{job.company}, {job.city}")
        pdf.set_xy(x + gutter, y + 5)
        pdf.set_font("Serif", "I", 9.5)
        pdf.cell(width - gutter, 5, job.position)
        y += 11
        pdf.set_font("Serif", "", 9.3)
        for note in job.highlights:
            pdf.set_xy(x + gutter, y)
            pdf.cell(4, 4.7, "\u2013")
            pdf.multi_cell(width - gutter - 4, 4.7, note, align="L")
            y = pdf.get_y() + 0.3
        y += 3.5
    heading("Tanulmányok")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 9.3)
        pdf.cell(gutter, 5, f"{d.start[0]} \u2013 {d.end[0]}")
        pdf.set_font("Serif", "B", 10)
        pdf.cell(width - gutter, 5, d.institution)
        pdf.set_xy(x + gutter, y + 5)
        pdf.set_font("Serif", "", 9.3)
        pdf.cell(width - gutter, 5, f"{d.area} ({d.study})")
        y += 13
    heading("Nyelvismeret")
    pdf.set_font("Serif", "", 9.3)
    for lang, level in person.languages:
        pdf.set_xy(x + gutter, y)
        pdf.cell(width - gutter, 4.8, f"{lang} \u2013 {level}")
        y += 4.8
    y += 4
    heading("Számítógépes ismeretek")
    pdf.set_font("Serif", "", 9.3)
    for skill in person.skills:
        pdf.set_xy(x + gutter, y)
        pdf.cell(4, 4.8, "\u2022")
        pdf.cell(width - gutter - 4, 4.8, skill)
        y += 4.8
    _check(y, 285, person)
    return bytes(pdf.output())


def _cv_span(start: Month, end: Month | None, months: bool) -> str:
    def one(m: Month) -> str:
        return f"{m[1]:02d}/{m[0]}" if months else str(m[0])

    return f"{one(start)} \u2013 {'present' if end is None else one(end)}"


def _moderncv(person: Candidate, options: dict[str, Any]) -> bytes:
    months, accent, extra = options["months"], options["accent"], person.extra
    pdf = _pdf("Cond", "DejaVuSansCondensed")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} \u2014 Curriculum Vitae")
    pdf.add_page()
    x, width, margin = 18.0, 174.0, 36.0
    given, family = person.name.split(" ", 1)
    pdf.set_xy(x, 16)
    pdf.set_font("Cond", "", 28)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(pdf.get_string_width(given + " ") + 0.5, 12, given + " ")
    pdf.set_text_color(20, 20, 20)
    pdf.cell(90, 12, family)
    pdf.set_xy(x, 29)
    pdf.set_font("Cond", "I", 12)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(100, 6, person.label or "")
    contact = (
        extra["street"],
        f"{person.city} {extra['postal']}",
        person.phone,
        person.email,
        (person.url or "").removeprefix("https://www."),
        extra["github"].removeprefix("https://"),
    )
    pdf.set_font("Cond", "", 8.5)
    pdf.set_text_color(60, 60, 60)
    for i, line in enumerate(contact):
        pdf.set_xy(x + 110, 15 + i * 4.2)
        pdf.cell(width - 110, 4.2, line, align="R")
    y = 48.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_fill_color(*accent)
        pdf.rect(x, y + 1.5, margin - 3, 2.2, style="F")
        pdf.set_xy(x + margin, y)
        pdf.set_font("Cond", "", 13)
        pdf.set_text_color(*accent)
        pdf.cell(width - margin, 5.5, text)
        pdf.set_text_color(20, 20, 20)
        y += 8

    def entry(dates: str, title: str, sub: str, notes: list[str]) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Cond", "", 8.8)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(margin - 3, 5, dates, align="R")
        pdf.set_text_color(20, 20, 20)
        pdf.set_xy(x + margin, y)
        pdf.set_font("Cond", "B", 10)
        pdf.cell(width - margin, 5, title)
        pdf.set_xy(x + margin, y + 5)
        pdf.set_font("Cond", "I", 9.5)
        pdf.cell(width - margin, 5, sub)
        y += 10.5
        pdf.set_font("Cond", "", 9.2)
        for note in notes:
            pdf.set_xy(x + margin + 2, y)
            pdf.cell(4, 4.6, "\u2022")
            pdf.multi_cell(width - margin - 6, 4.6, note, align="L")
            y = pdf.get_y() + 0.3
        y += 3

    heading("Experience")
    for job in person.jobs:
        span = _cv_span(job.start, job.end, months)
        entry(span, job.position, f"{job.company}, {job.city}", job.highlights)
    heading("Education")
    for d in person.degrees:
        span = _cv_span(d.start, d.end, months)
        entry(span, f"{d.study} in {d.area}", d.institution, [])
    heading("Skills")
    for category, keywords in extra["categories"]:
        pdf.set_xy(x, y)
        pdf.set_font("Cond", "B", 9)
        pdf.cell(margin - 3, 5, category, align="R")
        pdf.set_xy(x + margin, y)
        pdf.set_font("Cond", "", 9.2)
        pdf.cell(width - margin, 5, ", ".join(keywords))
        y += 5.5
    _check(y, 285, person)
    return bytes(pdf.output())


def _za_month(month: Month | None) -> str:
    return "Present" if month is None else f"{MONTHS_EN[month[1] - 1]} {month[0]}"


def _south_africa(person: Candidate, options: dict[str, Any]) -> bytes:
    from fpdf import FPDF

    size, extra = options["size"], person.extra
    pdf = FPDF(format="A4", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV - {person.name}")
    pdf.add_page()
    x, width, gutter = 20.0, 170.0, 48.0
    pdf.set_xy(x, 14)
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(width, 7, "CURRICULUM VITAE", align="C")
    pdf.set_xy(x, 22)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(width, 6, person.name.upper(), align="C")
    pdf.set_line_width(0.5)
    pdf.line(x, 30, x + width, 30)
    y = 34.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "BU", size + 1.5)
        pdf.cell(width, 6, text)
        y += 8

    def row(key: str, value: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", size)
        pdf.cell(gutter, 4.7, f"{key}:")
        pdf.set_font("Helvetica", "", size)
        pdf.cell(width - gutter, 4.7, value)
        y += 4.7

    given, surname = person.name.split(" ", 1)
    heading("Personal Details")
    for key, value in (
        ("Surname", surname),
        ("First Names", given),
        ("Identity Number", extra["id"]),
        ("Date of Birth", extra["born"]),
        ("Nationality", "South African"),
        ("Driver's Licence", "Code 08 (EB)"),
        ("Contact Number", person.phone),
        ("E-mail Address", person.email),
        ("Residential Address", f"{extra['street']}, {person.city}, {extra['postal']}"),
    ):
        row(key, value)
    y += 4
    heading("Educational Qualifications")
    tertiary, matric = person.degrees
    row("Institution", tertiary.institution)
    row("Qualification", f"{tertiary.study} {tertiary.area}")
    row("Period", f"{tertiary.start[0]} \u2013 {tertiary.end[0]}")
    y += 2.5
    row("Matric", matric.institution)
    row("Certificate", matric.study)
    row("Year Completed", str(matric.end[0]))
    y += 4
    heading("Career History")
    for job in person.jobs:
        row("Company", job.company)
        row("Position", job.position)
        row("Period", f"{_za_month(job.start)} \u2013 {_za_month(job.end)}")
        row("Duties", "")
        y -= 4.7
        pdf.set_font("Helvetica", "", size)
        for note in job.highlights:
            pdf.set_xy(x + gutter, y)
            pdf.cell(4, 4.7, "\u2022")
            pdf.multi_cell(width - gutter - 4, 4.7, note, align="L")
            y = pdf.get_y() + 0.2
        y += 3.5
    heading("Computer Literacy")
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "", size)
    pdf.multi_cell(width, 4.7, ", ".join(person.skills), align="L")
    y = pdf.get_y() + 4
    heading("Languages")
    for lang, level in person.languages:
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "", size)
        pdf.cell(width, 4.7, f"{lang} \u2013 {level}")
        y += 4.7
    y += 4
    heading("References")
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "", size)
    pdf.cell(width, 4.7, "Available on request")
    _check(y + 5, 287, person)
    return bytes(pdf.output())

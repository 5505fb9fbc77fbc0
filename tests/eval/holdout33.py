"""Thirty-third held-out round ("holdout-33"): more layouts, written blind (without
reading the parser) and meant to be measured once, untuned. Four layouts, three born-digital
PDF and one Word document: pdf-slovenian-cv, pdf-bangladeshi-cv, pdf-icelandic-cv and
docx-uk-graduate-cv. The round is sealed: the layouts are described only in the code below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Job, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, normalise_zip

HOLDOUT_TAG = "holdout-33"
GENERATOR = "tests/eval/holdout33.py"
SEED = 3_308_417

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-slovenian-cv", 3),
    ("pdf-bangladeshi-cv", 3),
    ("pdf-icelandic-cv", 3),
    ("docx-uk-graduate-cv", 3),
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

POOLS: dict[str, Pool] = {
    "pdf-slovenian-cv": Pool(
        first=("Maruša", "Manca", "Nika", "Ajda", "Vesna"),
        last=("Hribernik", "Potočnik", "Vidmar", "Hočevar"),
        cities=(
            ("Kranj", None, "4000", "Cesta Staneta Žagarja 31"),
            ("Koper", None, "6000", "Ulica Vena Pilona 7"),
            ("Novo mesto", None, "8000", "Ragovska ulica 14"),
        ),
        employers=(
            "Karavanke Logistika d.o.o.",
            "Soča Inženiring d.o.o.",
            "Luka Trade Koper d.o.o.",
            "Krka Trgovina d.o.o.",
        ),
        titles=(
            "Vodja nabave",
            "Referentka za logistiko",
            "Analitičarka prodaje",
            "Skrbnica ključnih kupcev",
        ),
        highlights=(
            "Vodenje pogajanj z dobavitelji in priprava letnih pogodb",
            "Načrtovanje zalog in spremljanje ključnih kazalnikov v SAP-u",
            "Priprava mesečnih poročil o prodaji za upravo",
            "Koordinacija uvoznih pošiljk s špediterji in carinsko službo",
            "Uvedba novega sistema za sledenje naročil (WMS)",
            "Skrb za 40 ključnih kupcev v Sloveniji in na Hrvaškem",
            "Mentorstvo dvema novima sodelavkama",
            "Znižanje stroškov prevoza za 12 % v prvem letu",
        ),
        skills=(
            "MS Office (Excel, Word, PowerPoint)",
            "SAP ERP",
            "Pantheon",
            "Power BI",
            "Navision",
            "Google Workspace",
        ),
        schools=(
            "Univerza v Ljubljani, Ekonomska fakulteta",
            "Univerza na Primorskem, Fakulteta za management",
            "Univerza v Mariboru, Fakulteta za logistiko",
        ),
        degrees=(
            ("univerzitetna diplomirana ekonomistka (UN)", "Poslovna logistika"),
            ("magistrica ekonomskih in poslovnih ved", "Mednarodno poslovanje"),
            ("diplomirana organizatorka (VS)", "Management prodaje"),
        ),
    ),
    "pdf-bangladeshi-cv": Pool(
        first=("Tanjila", "Nusrat", "Rafiqul", "Imtiaz", "Farhana"),
        last=("Chowdhury", "Talukder", "Hossain", "Mahmud"),
        cities=(
            ("Dhaka", None, "1209", "House 27, Road 9/A, Dhanmondi"),
            ("Dhaka", None, "1212", "Flat B-4, House 16, Road 11, Banani"),
            ("Chattogram", None, "4000", "House 8, Lane 3, O.R. Nizam Road"),
        ),
        employers=(
            "Meghna Trust Bank Limited",
            "Padma Telecom Limited",
            "Karnaphuli Apparels Ltd.",
            "Sundarban Pharmaceuticals Ltd.",
        ),
        titles=(
            "Senior Officer",
            "Assistant Manager, Finance",
            "Executive, Accounts",
            "Management Trainee Officer",
        ),
        highlights=(
            "Prepared monthly financial statements and management reports",
            "Reconciled bank statements and vendor ledgers on a weekly basis",
            "Processed VAT and income tax returns in line with NBR rules",
            "Assisted external auditors during the annual statutory audit",
            "Maintained fixed asset register and depreciation schedules",
            "Monitored credit limits and followed up overdue receivables",
            "Prepared budgets and variance analysis for the head office",
            "Trained junior staff on the ERP accounts module",
        ),
        skills=(
            "MS Office (Word, Excel, PowerPoint)",
            "Tally ERP 9",
            "SAP FICO",
            "Oracle Financials",
            "Internet browsing and e-mail",
        ),
        schools=(
            "University of Dhaka",
            "Jahangirnagar University",
            "University of Chittagong",
        ),
        degrees=(
            ("Bachelor of Business Administration (BBA)", "Finance"),
            ("Master of Business Administration (MBA)", "Accounting & Information Systems"),
            ("Bachelor of Business Administration (BBA)", "Accounting"),
        ),
    ),
    "pdf-icelandic-cv": Pool(
        first=("Hrafnhildur", "Þórdís", "Sólveig", "Eydís", "Vigdís"),
        last=("Sigurðardóttir", "Ragnarsdóttir", "Hallgrímsdóttir", "Þorsteinsdóttir"),
        cities=(
            ("Reykjavík", None, "107", "Hringbraut 45"),
            ("Kópavogur", None, "200", "Hamraborg 12"),
            ("Akureyri", None, "600", "Þingvallastræti 22"),
        ),
        employers=(
            "Jökulsá Hugbúnaður ehf.",
            "Norðurljós Gögn hf.",
            "Hafgola Lausnir ehf.",
            "Eldey Fjártækni hf.",
        ),
        titles=(
            "Hugbúnaðarsérfræðingur",
            "Verkefnastjóri",
            "Gagnasérfræðingur",
            "Vörustjóri",
        ),
        highlights=(
            "Þróun og viðhald á bakendaþjónustum í .NET og PostgreSQL",
            "Ábyrgð á útgáfuferli og sjálfvirkum prófunum",
            "Greining gagna og gerð mælaborða í Power BI",
            "Samskipti við viðskiptavini og öflun krafna",
            "Leiddi fimm manna teymi í Scrum-umhverfi",
            "Innleiðing á nýju greiðslukerfi fyrir netverslun",
            "Þjálfun nýrra starfsmanna",
            "Umsjón með samningum við erlenda birgja",
        ),
        skills=("C#", ".NET", "Python", "SQL", "Power BI", "Jira", "Azure DevOps", "Git"),
        schools=("Háskóli Íslands", "Háskólinn í Reykjavík", "Háskólinn á Akureyri"),
        degrees=(
            ("BS", "tölvunarfræði"),
            ("MS", "hugbúnaðarverkfræði"),
            ("BS", "viðskiptafræði"),
        ),
    ),
    "docx-uk-graduate-cv": Pool(
        first=("Harriet", "Freddie", "Rhys", "Eleanor", "Poppy"),
        last=("Lockhart", "Ellwood", "Brackenbury", "Mensah-Walsh"),
        cities=(
            ("Nottingham", None, "NG7 2QL", "24 Lenton Boulevard"),
            ("Loughborough", None, "LE11 3TU", "9 Ashby Road"),
            ("Birmingham", None, "B29 6BD", "Flat 3, 41 Bristol Road"),
        ),
        employers=(
            "Brindley Home Stores",
            "The Copper Kettle Café",
            "Trentside Wealth Management",
            "Wollaton Leisure Centre",
            "Brightpath Tutoring",
        ),
        titles=(
            "Sales Assistant",
            "Barista",
            "Summer Intern",
            "Leisure Assistant",
            "Private Tutor",
        ),
        highlights=(),
        skills=(
            "Microsoft Excel (pivot tables, VLOOKUP)",
            "Python",
            "Stata",
            "PowerPoint",
            "SQL (basic)",
            "Bloomberg Market Concepts",
        ),
        schools=(
            "University of Nottingham",
            "Loughborough University",
            "University of Birmingham",
        ),
        degrees=(
            ("BSc (Hons)", "Economics"),
            ("BA (Hons)", "Business Management"),
            ("BSc (Hons)", "Accounting and Finance"),
        ),
    ),
}

SL_SUMMARY = (
    "Sem komunikativna, natančna in samoiniciativna. Rada delam v timu, hitro se učim in "
    "dobro obvladam delo pod časovnim pritiskom."
)
SL_LANGUAGES = (("angleščina", "C1"), ("nemščina", "B2"), ("italijanščina", "B1"))
SL_INTERESTS = ("planinarjenje", "tek", "fotografija", "prostovoljstvo pri Rdečem križu")

BD_OBJECTIVE = (
    "To build a career in a reputed organization where I can utilize my knowledge of finance "
    "and accounting, learn new skills and contribute to the growth of the organization."
)
BD_PARENTS = (
    ("Md. Abdul Mannan", "Mst. Rokeya Begum"),
    ("Md. Shahidul Islam", "Mst. Nurjahan Khatun"),
    ("A. K. M. Nurul Huda", "Shirin Akhter"),
)
BD_COLLEGES = (
    ("Dhaka City College", "Ideal School and College"),
    ("Adamjee Cantonment College", "Motijheel Model High School"),
    ("Chittagong College", "Chittagong Collegiate School"),
)
BD_TRAININGS = (
    ("Professional Certificate in IFRS", "ICAB", "2021"),
    ("Advanced Excel for Finance Professionals", "BASIS Institute", "2020"),
    ("Anti-Money Laundering and CFT", "Bangladesh Bank Training Academy", "2022"),
)
BD_REFS = (
    ("Dr. Mohammad Anisur Rahman", "Professor, Department of Finance", "01711-502233"),
    ("Kazi Shafiqul Alam", "Head of Finance, Padma Telecom Limited", "01819-443120"),
    ("Sayeda Tahmina Sultana", "Deputy General Manager, Meghna Trust Bank Limited", "01552-781904"),
)

IS_SUMMARY = (
    "Lausnamiðuð og skipulögð með reynslu af hugbúnaðarþróun og verkefnastjórnun. "
    "Á auðvelt með að vinna í hóp og hef gaman af því að takast á við ný verkefni."
)
IS_LANGUAGES = (("Enska", "mjög góð"), ("Danska", "góð"), ("Spænska", "grunnkunnátta"))
IS_CLUBS = (
    "Stjórnarmaður í nemendafélagi háskólanema",
    "Sjálfboðaliði hjá Rauða krossinum",
    "Þjálfari yngri flokka í sundi hjá Ármanni",
)
IS_REFS = (
    ("Gunnar Steinþórsson", "framkvæmdastjóri", "gunnar@jokulsa.is"),
    ("Katrín Ólafsdóttir", "teymisstjóri", "katrin.o@nordurljos.is"),
)

UK_HIGHLIGHTS = {
    "Sales Assistant": (
        "Served up to 200 customers a day on the tills and shop floor",
        "Trained four new starters on stock replenishment and returns",
        "Consistently exceeded weekly loyalty card sign-up targets",
    ),
    "Barista": (
        "Prepared drinks and food in a fast-paced café during peak hours",
        "Handled cash and card payments and cashed up at close",
        "Opened and closed the café independently on weekends",
    ),
    "Summer Intern": (
        "Built Excel models comparing client portfolio performance",
        "Drafted sections of quarterly client reports for advisers",
        "Researched ESG fund options and presented findings to the team",
    ),
    "Leisure Assistant": (
        "Supervised the pool as a qualified NPLQ lifeguard",
        "Set up equipment for classes and children's parties",
        "Dealt with customer enquiries and bookings at reception",
    ),
    "Private Tutor": (
        "Tutored GCSE Maths and Economics students weekly",
        "Planned lessons around exam board specifications",
        "Helped three students improve by at least two grades",
    ),
}
UK_MODULES = (
    "Econometrics",
    "Microeconomic Theory",
    "Financial Economics",
    "Behavioural Economics",
    "Corporate Finance",
    "Data Analysis for Business",
    "Public Economics",
)
UK_ALEVELS = (
    ("Mathematics", "A*"),
    ("Economics", "A"),
    ("Geography", "B"),
    ("History", "A"),
    ("Psychology", "B"),
)
UK_SCHOOLS = (
    ("Fernhill Sixth Form College", "Bradbury Park Academy"),
    ("St Aldhelm's Catholic Sixth Form", "St Aldhelm's Catholic School"),
    ("Kingsmead High School", "Kingsmead High School"),
)
UK_PROFILE = (
    "Motivated and organised student with strong analytical skills and experience of "
    "balancing part-time work with full-time study. Looking for a graduate role in finance "
    "or consulting where I can develop commercially and contribute to a supportive team."
)
UK_RESPONSIBILITY = (
    "Treasurer, University Economics Society: managed a \u00a38,000 budget",
    "Student Ambassador: led campus tours for prospective students on open days",
    "Duke of Edinburgh's Award (Gold)",
    "Volunteer at a local food bank (weekly)",
)
UK_INTERESTS = "Five-a-side football, running (two half marathons), cooking and chess."


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-slovenian-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "accent": rng.choice(((0, 84, 147), (140, 30, 40), (40, 100, 70))),
            "headline": rng.random() < 0.6,
            "education_first": rng.random() < 0.4,
        }
    if style == "pdf-bangladeshi-cv":
        return {
            "dates": rng.choice(("words", "mon")),
            "shade": rng.choice(((220, 220, 220), (205, 222, 240), (226, 236, 214))),
            "objective_title": rng.choice(("Career Objective", "Objective")),
        }
    if style == "pdf-icelandic-cv":
        return {
            "dates": rng.choice(("years", "words", "numeric")),
            "accent": rng.choice(((22, 78, 99), (95, 60, 120), (170, 80, 30))),
            "headline": rng.random() < 0.7,
        }
    if style == "docx-uk-graduate-cv":
        return {
            "dates": rng.choice(("mon", "full")),
            "accent": rng.choice(("1F3864", "000000", "2E5E4E")),
            "headline": rng.random() < 0.5,
            "long": rng.random() < 0.5,
        }
    return {}


def _uk_jobs(rng: random.Random, pool: Pool, grad: Month) -> list[Job]:
    """Part-time and summer jobs around a degree that ends in `grad`, newest first."""
    titles = rng.sample(pool.titles, 3)
    employers = rng.sample([e for e in pool.employers if e != "Trentside Wealth Management"], 3)
    jobs: list[Job] = []
    year = grad[0]
    for index, title in enumerate(titles):
        company = employers[index]
        if title == "Summer Intern":
            company = "Trentside Wealth Management"
            start, end = (year - 1, 6), (year - 1, 8)
        elif index == 0:
            start = (year - 2, rng.choice((9, 10)))
            end = None if grad >= (2026, 6) else grad
        else:
            start = (year - 3 - index, rng.choice((3, 6, 7)))
            end = (year - 2 - index + 1, rng.choice((6, 8)))
        jobs.append(Job(company, title, "", start, end, list(UK_HIGHLIGHTS[title][:2])))
    jobs.sort(key=lambda job: job.start, reverse=True)
    return jobs


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    icelandic = str.maketrans({"Þ": "Th", "þ": "th", "Ð": "D", "ð": "d", "Æ": "Ae", "æ": "ae"})
    slug = ascii_slug(name.translate(icelandic)).split()
    first, last = slug[0], slug[-1]
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street, "postal": postal}
    label: str | None = None
    url: str | None = None
    languages: list[tuple[str, str]] = []
    skills: list[str] = []
    degrees: list[Degree] = []
    if style == "pdf-slovenian-cv":
        jobs = _chain(rng, pool, rng.choice((2, 3)), rng.random() < 0.7)
        end_year = jobs[-1].start[0] - rng.randint(0, 1)
        phone = rng.choice(("+386 41 ", "041 ", "+386 31 ", "031 "))
        phone += f"{rng.randint(100, 999)} {rng.randint(100, 999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'siol.net', 't-2.net'))}"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(10, 99)}"
        extra["summary"] = SL_SUMMARY
        for job in jobs:
            job.city = rng.choice((city, "Ljubljana"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if study.startswith("magistrica"):
            degrees.append(
                Degree(pool.schools[idx], study, area, (end_year - 2, 10), (end_year, 9))
            )
            end_year -= 2
            study, area = pool.degrees[0]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 3, 10), (end_year, 9)))
        extra["gimnazija"] = (
            rng.choice(("Gimnazija Kranj", "Gimnazija Koper", "Gimnazija Novo mesto")),
            end_year - 3,
        )
        extra["born"] = f"{rng.randint(1, 28)}. {rng.randint(1, 12)}. {end_year - 23}"
        languages = [("slovenščina", "Materni jezik"), *rng.sample(SL_LANGUAGES, rng.randint(1, 3))]
        skills = rng.sample(pool.skills, rng.randint(3, 5))
        extra["interests"] = rng.sample(SL_INTERESTS, 3)
    elif style == "pdf-bangladeshi-cv":
        jobs = _chain(rng, pool, rng.choice((3, 4)), rng.random() < 0.8)
        end_year = jobs[-1].start[0] - rng.randint(0, 1)
        prefix = rng.choice(("017", "018", "019", "015", "013"))
        phone = f"{prefix}{rng.randint(10, 99)}-{rng.randint(100000, 999999)}"
        if rng.random() < 0.5:
            phone = "+880 " + phone[1:]
        email = f"{first}.{last}{rng.randint(88, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}{last}"
        extra["summary"] = BD_OBJECTIVE
        for job in jobs:
            job.city = rng.choice(("Motijheel, Dhaka", "Gulshan-1, Dhaka", "Agrabad, Chattogram"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        scores = []
        if study.startswith("Master"):
            degrees.append(Degree(pool.schools[idx], study, area, (end_year - 1, 1), (end_year, 1)))
            scores.append(f"CGPA {rng.choice(('3.48', '3.61', '3.72'))} out of 4.00")
            end_year -= 1
            study, area = pool.degrees[2]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 1), (end_year, 1)))
        scores.append(f"CGPA {rng.choice(('3.27', '3.45', '3.58', '3.66'))} out of 4.00")
        college, school = rng.choice(BD_COLLEGES)
        hsc = end_year - 5
        degrees.append(Degree(college, "HSC", "Business Studies", (hsc - 2, 7), (hsc, 7)))
        scores.append(f"GPA {rng.choice(('4.92', '5.00', '4.75'))} out of 5.00")
        degrees.append(
            Degree(school, "SSC", rng.choice(("Science", "Business Studies")), (1, 1), (hsc - 2, 2))
        )
        scores.append(f"GPA {rng.choice(('5.00', '4.88'))} out of 5.00")
        extra["scores"] = scores
        extra["parents"] = rng.choice(BD_PARENTS)
        extra["born"] = f"{rng.randint(1, 28):02d} {MONTHS_EN[rng.randrange(12)]} {hsc - 18}"
        extra["gender"] = "Female" if first in ("tanjila", "nusrat", "farhana") else "Male"
        extra["marital"] = rng.choice(("Single", "Married"))
        extra["blood"] = rng.choice(("B+", "O+", "A+", "AB+"))
        extra["trainings"] = rng.sample(BD_TRAININGS, 2)
        extra["refs"] = rng.sample(BD_REFS, 2)
        extra["permanent"] = rng.choice(
            (
                "Village: Charfasson, Post: Charfasson, Upazila: Charfasson, District: Bhola",
                "Village: Rajapur, Post: Bagatipara, Upazila: Bagatipara, District: Natore",
                "Holding 112, Ward 4, Sadar, District: Cumilla",
            )
        )
        languages = [("Bangla", "Native"), ("English", rng.choice(("Fluent", "Good")))]
        if rng.random() < 0.4:
            languages.append(("Hindi", "Basic"))
        skills = rng.sample(pool.skills, rng.randint(3, 5))
    elif style == "pdf-icelandic-cv":
        jobs = _chain(rng, pool, rng.choice((2, 3)), rng.random() < 0.75)
        end_year = jobs[-1].start[0] - rng.randint(0, 1)
        phone = f"{rng.choice(('6', '7', '8'))}{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
        if rng.random() < 0.4:
            phone = "+354 " + phone.replace("-", " ")
        domain = rng.choice(("gmail.com", "simnet.is", "internet.is"))
        email = f"{first}{rng.randint(80, 99)}@{domain}"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        extra["summary"] = IS_SUMMARY
        for job in jobs:
            job.city = rng.choice((city, "Reykjavík", "Hafnarfjörður"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if study == "MS":
            degrees.append(Degree(pool.schools[idx], study, area, (end_year - 2, 8), (end_year, 6)))
            end_year -= 2
            study, area = pool.degrees[0]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 3, 8), (end_year, 6)))
        school = rng.choice(("Menntaskólinn við Sund", "Kvennaskólinn í Reykjavík"))
        area = rng.choice(("náttúrufræðibraut", "félagsfræðabraut"))
        degrees.append(Degree(school, "Stúdentspróf", area, (end_year - 7, 8), (end_year - 4, 5)))
        day, month = rng.randint(10, 28), rng.randint(1, 12)
        extra["kennitala"] = (
            f"{day}{month:02d}{(end_year - 24) % 100:02d}-{rng.randint(2000, 3999)}"
        )
        extra["clubs"] = rng.sample(IS_CLUBS, 2)
        extra["refs"] = list(IS_REFS) if rng.random() < 0.5 else []
        languages = [("Íslenska", "móðurmál"), *IS_LANGUAGES[: rng.randint(1, 3)]]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    else:
        grad: Month = rng.choice(((2026, 6), (2025, 6), (2024, 7)))
        jobs = _uk_jobs(rng, pool, grad)
        phone = f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
        domain = rng.choice(("gmail.com", "outlook.com"))
        email = f"{first}.{last.replace('-', '')}{rng.randint(1, 99)}@{domain}"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        extra["summary"] = UK_PROFILE
        for job in jobs:
            job.city = rng.choice((city, "Leicester", "Northampton"))
        idx = [c[0] for c in pool.cities].index(city)
        study, area = pool.degrees[rng.randrange(3)]
        degrees.append(Degree(pool.schools[idx], study, area, (grad[0] - 3, 9), grad))
        sixth, school = rng.choice(UK_SCHOOLS)
        degrees.append(Degree(sixth, "A-levels", "", (grad[0] - 5, 9), (grad[0] - 3, 6)))
        degrees.append(Degree(school, "GCSEs", "", (grad[0] - 10, 9), (grad[0] - 5, 6)))
        extra["predicted"] = grad >= (2026, 6)
        label = f"Final-year {area} Student" if extra["predicted"] else f"{area} Graduate"
        extra["class"] = rng.choice(("First Class Honours", "Upper Second Class Honours (2:1)"))
        extra["predicted_class"] = rng.choice(("2:1", "First"))
        extra["modules"] = rng.sample(UK_MODULES, 4)
        extra["alevels"] = [f"{s} ({g})" for s, g in rng.sample(UK_ALEVELS, 3)]
        extra["gcse"] = (
            f"{rng.choice((8, 9, 10))} GCSEs at grades 9\u20136, including Maths and English"
        )
        extra["responsibility"] = rng.sample(UK_RESPONSIBILITY, 3)
        languages = [("French", rng.choice(("conversational", "intermediate (B1)")))]
        skills = rng.sample(pool.skills, rng.randint(4, 5))
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
    li = extra["linkedin"]
    profiles = [{"network": "LinkedIn", "username": li.rsplit("/", 1)[-1], "url": li}]
    location = {
        "address": extra["street"],
        "postalCode": extra["postal"],
        "city": person.city,
        "region": person.region,
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
    for index, d in enumerate(person.degrees):
        item: dict[str, Any] = {"institution": d.institution, "studyType": d.study, "area": d.area}
        if style == "pdf-slovenian-cv":
            item |= {"startDate": iso_month(d.start, "month"), "endDate": iso_month(d.end, "month")}
        elif style == "pdf-bangladeshi-cv":
            item |= {"endDate": str(d.end[0]), "score": extra["scores"][index]}
        elif style == "pdf-icelandic-cv":
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        elif index == 0:
            item |= {
                "startDate": iso_month(d.start, "month"),
                "endDate": iso_month(d.end, "month"),
                "score": extra["predicted_class"] if extra["predicted"] else extra["class"],
                "courses": extra["modules"],
            }
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
            if d.study == "A-levels":
                item["courses"] = extra["alevels"]
        education.append(drop_empty(item))
    if style == "pdf-slovenian-cv":
        school, year = extra["gimnazija"]
        education.append(
            {
                "institution": school,
                "studyType": "splošna matura",
                "startDate": str(year - 4),
                "endDate": str(year),
            }
        )
    skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    certificates = [
        {"name": title, "issuer": issuer, "date": year}
        for title, issuer, year in extra.get("trainings", [])
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
    if style == "pdf-slovenian-cv":
        return _slovenian(person, options), "pdf"
    if style == "pdf-bangladeshi-cv":
        return _bangladeshi(person, options), "pdf"
    if style == "pdf-icelandic-cv":
        return _icelandic(person, options), "pdf"
    if style == "docx-uk-graduate-cv":
        return _uk_graduate(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _sl_month(month: Month | None, form: str) -> str:
    if month is None:
        return "danes"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MESECI[month[1] - 1]} {month[0]}"


def _slovenian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Življenjepis - {person.name}")
    x, width, key = 20.0, 170.0, 44.0
    ink, grey = (30, 30, 30), (105, 105, 105)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_draw_color(190, 190, 190)
        pdf.set_line_width(0.2)
        pdf.line(x, 282, x + width, 282)
        pdf.set_xy(x, 283.5)
        pdf.set_font("Sans", "", 7.5)
        pdf.set_text_color(*grey)
        pdf.cell(width / 2, 4, f"Življenjepis \u2013 {person.name}")
        pdf.cell(width / 2, 4, f"Stran {pdf.page_no()} od {{nb}}", align="R")
        pdf.set_text_color(*ink)
        y = 18.0

    def need(height: float) -> None:
        if y + height > 276:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text.upper())
        pdf.set_text_color(*ink)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.4)
        pdf.line(x, y + 6.6, x + width, y + 6.6)
        y += 9.5

    def row(label: str, value: str, bold: bool = False) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.6)
        pdf.set_text_color(*grey)
        pdf.cell(key - 5, 4.8, label, align="R")
        pdf.set_text_color(*ink)
        pdf.set_xy(x + key, y)
        pdf.set_font("Sans", "B" if bold else "", 9.2)
        pdf.multi_cell(width - key, 4.8, value, align="L")
        y = pdf.get_y() + 1.2

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(*accent)
    pdf.set_char_spacing(2)
    pdf.cell(width - 40, 5, "ŽIVLJENJEPIS")
    pdf.set_char_spacing(0)
    pdf.set_xy(x, y + 7)
    pdf.set_font("Sans", "B", 21)
    pdf.set_text_color(*ink)
    pdf.cell(width - 40, 10, person.name)
    y += 18
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 11.5)
        pdf.set_text_color(*grey)
        pdf.cell(width - 40, 6, person.label or "")
        pdf.set_text_color(*ink)
        y += 8
    pdf.set_draw_color(170, 170, 170)
    pdf.set_line_width(0.3)
    pdf.rect(x + width - 28, 14, 28, 35)
    y = max(y, 50.0)

    heading("Osebni podatki")
    row("Ime in priimek", person.name, bold=True)
    row("Naslov", f"{extra['street']}, {extra['postal']} {person.city}")
    row("Telefon", person.phone)
    row("E-pošta", person.email)
    row("LinkedIn", extra["linkedin"].removeprefix("https://www."))
    row("Datum rojstva", extra["born"])
    row("Državljanstvo", "slovensko")
    heading("Kratka predstavitev")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.2)
    pdf.multi_cell(width, 4.9, extra["summary"], align="J")
    y = pdf.get_y() + 1

    def work() -> None:
        nonlocal y
        heading("Delovne izkušnje")
        for job in person.jobs:
            need(30)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 8.6)
            pdf.set_text_color(*accent)
            span = f"{_sl_month(job.start, form)} \u2013 {_sl_month(job.end, form)}"
            pdf.multi_cell(key - 5, 4.6, span, align="L")
            pdf.set_text_color(*ink)
            pdf.set_xy(x + key, y)
            pdf.set_font("Sans", "B", 9.8)
            pdf.cell(width - key, 5, job.position)
            pdf.set_xy(x + key, y + 5)
            pdf.set_font("Sans", "I", 9)
            pdf.cell(width - key, 5, f"{job.company}, {job.city}")
            y += 11
            for note in job.highlights:
                need(5)
                pdf.set_xy(x + key, y)
                pdf.set_font("Sans", "", 9)
                pdf.cell(4, 4.6, "\u2013")
                pdf.multi_cell(width - key - 4, 4.6, note, align="L")
                y = pdf.get_y() + 0.4
            y += 3

    def education() -> None:
        nonlocal y
        heading("Izobraževanje")
        for d in person.degrees:
            need(18)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 8.6)
            pdf.set_text_color(*accent)
            span = f"{_sl_month(d.start, form)} \u2013 {_sl_month(d.end, form)}"
            pdf.multi_cell(key - 5, 4.6, span, align="L")
            pdf.set_text_color(*ink)
            pdf.set_xy(x + key, y)
            pdf.set_font("Sans", "B", 9.6)
            pdf.multi_cell(width - key, 5, d.study, align="L")
            pdf.set_xy(x + key, pdf.get_y())
            pdf.set_font("Sans", "", 9)
            pdf.multi_cell(width - key, 4.8, d.institution, align="L")
            pdf.set_xy(x + key, pdf.get_y())
            pdf.set_text_color(*grey)
            pdf.cell(width - key, 4.8, f"Smer: {d.area}")
            pdf.set_text_color(*ink)
            y = pdf.get_y() + 7
        school, year = extra["gimnazija"]
        need(12)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 8.6)
        pdf.set_text_color(*accent)
        pdf.cell(key - 5, 4.6, f"{year - 4} \u2013 {year}")
        pdf.set_text_color(*ink)
        pdf.set_xy(x + key, y)
        pdf.set_font("Sans", "B", 9.6)
        pdf.cell(width - key, 5, "splošna matura")
        pdf.set_xy(x + key, y + 5)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width - key, 4.8, school)
        y += 12

    if options["education_first"]:
        education()
        work()
    else:
        work()
        education()
    heading("Znanja in kompetence")
    native = [f"{lang}" for lang, level in person.languages if level == "Materni jezik"]
    foreign = [f"{lang} \u2013 {level}" for lang, level in person.languages[1:]]
    row("Materni jezik", native[0])
    row("Tuji jeziki", "\n".join(foreign))
    row("Računalniška znanja", ", ".join(person.skills))
    row("Vozniško dovoljenje", "kategorija B")
    heading("Interesi")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.2)
    text = ", ".join(extra["interests"])
    pdf.multi_cell(width, 4.9, text[0].upper() + text[1:] + ".", align="L")
    _check(pdf.get_y(), 280, person)
    return bytes(pdf.output())


def _bd_span(job: Job, form: str) -> str:
    def one(month: Month) -> str:
        if form == "mon":
            return f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"
        return f"{MONTHS_EN[month[1] - 1]} {month[0]}"

    if form == "mon":
        return f"{one(job.start)} to {'Till Date' if job.end is None else one(job.end)}"
    return f"{one(job.start)} \u2013 {'Continuing' if job.end is None else one(job.end)}"


def _bangladeshi(person: Candidate, options: dict[str, Any]) -> bytes:
    form, shade, extra = options["dates"], options["shade"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV of {person.name}")
    x, width = 18.0, 174.0
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
        y += 3
        pdf.set_fill_color(*shade)
        pdf.rect(x, y, width, 6.4, style="F")
        pdf.set_xy(x + 1.5, y + 0.4)
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(width - 3, 5.6, text)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.3)
        pdf.line(x, y + 6.4, x + width, y + 6.4)
        y += 9

    def pair(label: str, value: str, tab: float = 42.0) -> None:
        nonlocal y
        need(5.5)
        pdf.set_xy(x + 2, y)
        pdf.set_font("Serif", "", 9.4)
        pdf.cell(tab, 4.9, label)
        pdf.cell(4, 4.9, ":")
        pdf.multi_cell(width - tab - 6, 4.9, value, align="L")
        y = pdf.get_y() + 0.4

    def table(widths: list[float], rows: list[list[str]]) -> None:
        nonlocal y
        for number, cells in enumerate(rows):
            pdf.set_font("Serif", "B" if number == 0 else "", 8.8)
            lines = [
                len(pdf.multi_cell(w - 2, 4.4, text, dry_run=True, output="LINES"))
                for w, text in zip(widths, cells, strict=True)
            ]
            height = max(lines) * 4.4 + 2.4
            need(height)
            cx = x
            for w, text in zip(widths, cells, strict=True):
                if number == 0:
                    pdf.set_fill_color(*shade)
                    pdf.rect(cx, y, w, height, style="DF")
                else:
                    pdf.rect(cx, y, w, height)
                pdf.set_xy(cx + 1, y + 1.2)
                pdf.multi_cell(w - 2, 4.4, text, align="C")
                cx += w
            y += height
        y += 2

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "BU", 14)
    pdf.cell(width, 7, "CURRICULUM VITAE", align="C")
    y += 12
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.3)
    pdf.rect(x + width - 30, y, 30, 36)
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 16)
    pdf.cell(width - 36, 8, person.name)
    y += 9.5
    contact = (
        ("Present Address", f"{extra['street']}, {person.city}-{extra['postal']}"),
        ("Mobile", person.phone),
        ("E-mail", person.email),
        ("LinkedIn", extra["linkedin"].removeprefix("https://www.")),
    )
    for label, value in contact:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.4)
        pdf.cell(33, 5, label)
        pdf.set_font("Serif", "", 9.4)
        pdf.cell(3, 5, ":")
        pdf.multi_cell(width - 36 - 36, 5, value, align="L")
        y = pdf.get_y() + 0.3
    y = max(y, 68.0)

    heading(f"{options['objective_title']}:")
    pdf.set_xy(x + 2, y)
    pdf.set_font("Serif", "", 9.6)
    pdf.multi_cell(width - 4, 5, extra["summary"], align="J")
    y = pdf.get_y() + 1

    heading("Employment History:")
    for number, job in enumerate(person.jobs, 1):
        need(30)
        pdf.set_xy(x + 2, y)
        pdf.set_font("Serif", "B", 9.8)
        pdf.cell(width - 4, 5, f"{number}. {job.position} ({_bd_span(job, form)})")
        y += 5.6
        pair("Organization", job.company, 36)
        pair("Company Location", job.city, 36)
        pdf.set_xy(x + 2, y)
        pdf.set_font("Serif", "BU", 9.4)
        pdf.cell(width, 5, "Duties/Responsibilities:")
        y += 5.4
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + 6, y)
            pdf.set_font("Serif", "", 9.4)
            pdf.cell(4.5, 4.8, "\u2022")
            pdf.multi_cell(width - 12, 4.8, note, align="L")
            y = pdf.get_y() + 0.3
        y += 2.5

    need(34)
    heading("Academic Qualification:")
    rows = [["Exam Title", "Concentration/ Major", "Institute", "Result", "Passing Year"]]
    for d, score in zip(person.degrees, extra["scores"], strict=True):
        rows.append([d.study, d.area, d.institution, score, str(d.end[0])])
    table([46.0, 34.0, 44.0, 30.0, 20.0], rows)

    need(34)
    heading("Training Summary:")
    rows = [["Training Title", "Institute", "Year"]]
    rows += [[title, place, year] for title, place, year in extra["trainings"]]
    table([80.0, 70.0, 24.0], rows)

    heading("Computer Skills:")
    for skill in person.skills:
        need(5)
        pdf.set_xy(x + 6, y)
        pdf.set_font("Serif", "", 9.4)
        pdf.cell(4.5, 4.8, "\u2022")
        pdf.cell(width - 12, 4.8, skill)
        y += 5
    y += 1

    heading("Language Proficiency:")
    for lang, level in person.languages:
        pair(lang, level, 30)

    heading("Personal Details:")
    father, mother = extra["parents"]
    details = (
        ("Father's Name", father),
        ("Mother's Name", mother),
        ("Date of Birth", extra["born"]),
        ("Gender", extra["gender"]),
        ("Marital Status", extra["marital"]),
        ("Nationality", "Bangladeshi (by birth)"),
        ("Religion", "Islam"),
        ("Blood Group", extra["blood"]),
        ("Permanent Address", extra["permanent"]),
    )
    for label, value in details:
        pair(label, value)

    heading("Reference:")
    need(22)
    for index, (ref, role, mobile) in enumerate(extra["refs"]):
        rx = x + 2 + index * (width / 2)
        pdf.set_xy(rx, y)
        pdf.set_font("Serif", "B", 9.4)
        pdf.cell(width / 2 - 4, 4.8, ref)
        pdf.set_xy(rx, y + 4.9)
        pdf.set_font("Serif", "", 9.2)
        pdf.multi_cell(width / 2 - 6, 4.6, role, align="L")
        pdf.set_x(rx)
        pdf.cell(width / 2 - 4, 4.6, f"Mobile: {mobile}")
    y += 21

    heading("Declaration:")
    pdf.set_xy(x + 2, y)
    pdf.set_font("Serif", "", 9.6)
    pdf.multi_cell(
        width - 4,
        5,
        "I do hereby declare that all the information furnished above is true and correct "
        "to the best of my knowledge and belief.",
        align="J",
    )
    y = pdf.get_y() + 12
    need(16)
    pdf.set_xy(x + width - 60, y)
    pdf.line(x + width - 60, y, x + width - 4, y)
    pdf.set_xy(x + width - 60, y + 1)
    pdf.set_font("Serif", "", 9.4)
    pdf.cell(56, 5, "Signature", align="C")
    pdf.set_xy(x + 2, y + 1)
    pdf.cell(60, 5, "Date:")
    _check(y + 6, 288, person)
    return bytes(pdf.output())


def _is_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "years":
            return str(month[0])
        if form == "numeric":
            return f"{month[1]:02d}.{month[0]}"
        return f"{MANUDIR[month[1] - 1]} {month[0]}"

    return f"{one(start)} \u2013 {'í dag' if end is None else one(end)}"


def _icelandic(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Ferilskrá - {person.name}")
    tint = tuple(int(c + (255 - c) * 0.88) for c in accent)
    ink, grey = (33, 37, 41), (100, 100, 100)
    side, sx, sw = 146.0, 152.0, 50.0
    x, width = 16.0, 122.0
    y = 0.0

    def new_page() -> None:
        nonlocal y, width
        if pdf.page_no() >= 1:
            width = 178.0
        pdf.add_page()
        y = 18.0

    def need(height: float) -> None:
        if y + height > 282:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 12)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_text_color(*ink)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(x, y + 7, x + 14, y + 7)
        y += 10

    new_page()
    pdf.set_fill_color(*tint)
    pdf.rect(side, 0, 210 - side, 297, style="F")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.set_text_color(*accent)
    pdf.set_char_spacing(1.5)
    pdf.cell(width, 5, "FERILSKRÁ")
    pdf.set_char_spacing(0)
    pdf.set_text_color(*ink)
    pdf.set_xy(x, y + 7)
    pdf.set_font("Sans", "B", 22)
    pdf.multi_cell(width, 10, person.name, align="L")
    y = pdf.get_y() + 1
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 12)
        pdf.set_text_color(*grey)
        pdf.cell(width, 6, person.label or "")
        pdf.set_text_color(*ink)
        y += 8

    sy = 18.0

    def side_heading(text: str) -> None:
        nonlocal sy
        sy += 3
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(*accent)
        pdf.cell(sw, 5, text.upper())
        pdf.set_text_color(*ink)
        sy += 7

    def side_pair(label: str, value: str) -> None:
        nonlocal sy
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 7.8)
        pdf.cell(sw, 4, label)
        size = 8.4
        pdf.set_font("Sans", "", size)
        while max(pdf.get_string_width(part) for part in value.split("\n")) > sw - 3:
            size -= 0.2
            pdf.set_font("Sans", "", size)
        pdf.set_xy(sx, sy + 4.2)
        pdf.multi_cell(sw, 4.3, value, align="L")
        sy = pdf.get_y() + 2

    side_heading("Upplýsingar")
    side_pair("Heimilisfang", f"{extra['street']}\n{extra['postal']} {person.city}")
    side_pair("Sími", person.phone)
    side_pair("Netfang", person.email)
    side_pair("Kennitala", extra["kennitala"])
    side_pair("LinkedIn", extra["linkedin"].removeprefix("https://www."))
    side_heading("Tungumál")
    for lang, level in person.languages:
        side_pair(lang, level)
    side_heading("Tölvukunnátta")
    pdf.set_font("Sans", "", 8.4)
    for skill in person.skills:
        pdf.set_xy(sx, sy)
        pdf.cell(sw, 4.4, f"\u2022 {skill}")
        sy += 4.7
    side_heading("Áhugamál")
    pdf.set_xy(sx, sy)
    pdf.set_font("Sans", "", 8.4)
    pdf.multi_cell(sw, 4.3, "Fjallgöngur, ljósmyndun, prjónaskapur og útivist.", align="L")
    sy = pdf.get_y() + 1
    side_heading("Meðmælendur")
    for ref, role, mail in extra["refs"]:
        side_pair(ref, f"{role}\n{mail}")
    if not extra["refs"]:
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "", 8.4)
        pdf.cell(sw, 4.3, "Veittir ef óskað er.")
        sy += 5
    _check(sy, 285, person)

    heading("Um mig")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.2)
    pdf.multi_cell(width, 4.9, extra["summary"], align="L")
    y = pdf.get_y() + 1
    heading("Starfsreynsla")
    for job in person.jobs:
        need(28)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.4)
        pdf.set_text_color(*accent)
        pdf.cell(width, 4.4, _is_span(job.start, job.end, form))
        pdf.set_text_color(*ink)
        pdf.set_xy(x, y + 4.6)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width, 5.2, job.position)
        pdf.set_xy(x, y + 9.9)
        pdf.set_font("Sans", "I", 9)
        pdf.set_text_color(*grey)
        pdf.cell(width, 4.8, f"{job.company}, {job.city}")
        pdf.set_text_color(*ink)
        y += 16
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + 1, y)
            pdf.set_font("Sans", "", 9)
            pdf.cell(4, 4.6, "\u2022")
            pdf.multi_cell(width - 5, 4.6, note, align="L")
            y = pdf.get_y() + 0.4
        y += 3
    heading("Menntun")
    for d in person.degrees:
        need(16)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.4)
        pdf.set_text_color(*accent)
        pdf.cell(width, 4.4, f"{d.start[0]} \u2013 {d.end[0]}")
        pdf.set_text_color(*ink)
        pdf.set_xy(x, y + 4.6)
        pdf.set_font("Sans", "B", 10)
        joiner = "af" if d.study == "Stúdentspróf" else "í"
        pdf.cell(width, 5.2, f"{d.study} {joiner} {d.area}")
        pdf.set_xy(x, y + 9.9)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width, 4.8, d.institution)
        y += 17
    heading("Félagsstörf")
    for item in extra["clubs"]:
        need(5)
        pdf.set_xy(x + 1, y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(4, 4.6, "\u2022")
        pdf.multi_cell(width - 5, 4.6, item, align="L")
        y = pdf.get_y() + 0.4
    _check(y, 284, person)
    return bytes(pdf.output())


def _uk_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Present"
    name = MONTHS_EN[month[1] - 1]
    return f"{name[:3] if form == 'mon' else name} {month[0]}"


def _uk_graduate(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    form, extra = options["dates"], person.extra
    colour = RGBColor.from_string(options["accent"])
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = person.name
    properties.revision = 1
    properties.title = "CV"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(1.8)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(2)
    right = Cm(17)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(0)
    run = title.add_run(person.name)
    run.bold, run.font.size, run.font.color.rgb = True, Pt(20), colour
    if options["headline"]:
        line = document.add_paragraph()
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        line.paragraph_format.space_after = Pt(0)
        run = line.add_run(person.label or "")
        run.italic, run.font.size = True, Pt(11.5)
    contact = document.add_paragraph()
    contact.alignment = WD_ALIGN_PARAGRAPH.CENTER
    parts = (
        f"{extra['street']}, {person.city} {extra['postal']}",
        person.phone,
        person.email,
        extra["linkedin"].removeprefix("https://www."),
    )
    contact.add_run(" | ".join(parts)).font.size = Pt(9.5)

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.paragraph_format.space_after = Pt(3)
        paragraph.paragraph_format.keep_with_next = True
        run = paragraph.add_run(text.upper())
        run.bold, run.font.size, run.font.color.rgb = True, Pt(11.5), colour
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for attr, value in (("val", "single"), ("sz", "6"), ("space", "1")):
            bottom.set(qn(f"w:{attr}"), value)
        bottom.set(qn("w:color"), options["accent"])
        borders.append(bottom)
        paragraph._p.get_or_add_pPr().append(borders)

    def tabbed(left: str, rest: str, when: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
        paragraph.paragraph_format.space_before = Pt(4)
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.keep_with_next = True
        paragraph.add_run(left).bold = True
        if rest:
            paragraph.add_run(rest)
        paragraph.add_run(f"\t{when}")

    def plain(text: str, label: str = "", italic: bool = False) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        if label:
            paragraph.add_run(label).bold = True
        paragraph.add_run(text).italic = italic

    heading("Personal Profile")
    document.add_paragraph(extra["summary"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    heading("Education")
    uni, sixth, school = person.degrees
    tabbed(uni.institution, "", f"{_uk_month(uni.start, form)} \u2013 {_uk_month(uni.end, form)}")
    plain(f"{uni.study} {uni.area}", italic=True)
    if extra["predicted"]:
        plain(extra["predicted_class"], "Predicted grade: ")
    else:
        plain(extra["class"], "Classification: ")
    plain(", ".join(extra["modules"]), "Relevant modules: ")
    if options["long"]:
        plain(
            "\u201cThe effect of minimum wage increases on youth employment in the East "
            "Midlands\u201d",
            "Dissertation: ",
        )
    tabbed(sixth.institution, "", f"{sixth.start[0]} \u2013 {sixth.end[0]}")
    plain(", ".join(extra["alevels"]), "A-levels: ")
    tabbed(school.institution, "", f"{school.start[0]} \u2013 {school.end[0]}")
    plain(extra["gcse"])
    heading("Work Experience")
    for job in person.jobs:
        span = f"{_uk_month(job.start, form)} \u2013 {_uk_month(job.end, form)}"
        tabbed(job.position, f", {job.company}, {job.city}", span)
        for note in job.highlights:
            bullet = document.add_paragraph(note, style="List Bullet")
            bullet.paragraph_format.space_after = Pt(0)
    if options["long"]:
        heading("Positions of Responsibility")
        for item in extra["responsibility"]:
            bullet = document.add_paragraph(item, style="List Bullet")
            bullet.paragraph_format.space_after = Pt(0)
    heading("Skills")
    plain(", ".join(person.skills), "IT: ")
    lang, level = person.languages[0]
    plain(f"{lang} ({level})", "Languages: ")
    plain("Full UK driving licence", "Other: ")
    if options["long"]:
        heading("Interests")
        document.add_paragraph(UK_INTERESTS)
    heading("References")
    document.add_paragraph("Available on request.")
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())

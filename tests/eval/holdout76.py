"""Seventy-sixth held-out round ("holdout-76"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts, three born-digital PDF and
one Word document. The round is sealed: the layouts are described only in the code below.

Pools are fresh for this round; the truth states only what the document shows, in the
precision it shows it (a country code only where a country is printed, year-only dates as
years, an ongoing job or study without an end date).
"""

# ruff: noqa: RUF001 (the Mongolian CV is written in Cyrillic; the others use en dashes)

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout17 import _chain, _check
from tests.eval.holdout31 import _normalise_zip
from tests.eval.holdout68 import _Flow
from tests.eval.holdout74 import _edu, _years
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, profile_links

HOLDOUT_TAG = "holdout-76"
GENERATOR = "tests/eval/holdout76.py"
SEED = 7_658_203

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-solomon-islands-cv", 3),
    ("pdf-bhutanese-cv", 3),
    ("pdf-reed-cv-export", 3),
    ("docx-mongolian-cv-word", 3),
)

MONTHS = (
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

POOLS: dict[str, Pool] = {
    "pdf-solomon-islands-cv": Pool(
        first=("Joycelyn", "Fredrick", "Rosemary", "Clement", "Ellison", "Lency", "Hendry"),
        last=("Houanihau", "Kikolo", "Ramoifuila", "Maeliau", "Tuhaika", "Waleilia", "Sade"),
        cities=(
            ("Honiara", None, "SB", "P.O. Box 1842"),
            ("Honiara", None, "SB", "P.O. Box 627"),
            ("Honiara", None, "SB", "P.O. Box 2310"),
        ),
        employers=(
            "Ranadi Hardware & Building Supplies Ltd",
            "Mataniko Shipping Agency Ltd",
            "Tavuli Freight & Customs Brokers",
            "Kukum Community Credit Union",
            "Point Cruz Office Solutions Ltd",
        ),
        titles=(
            "Accounts Officer",
            "Administration Officer",
            "Customer Service Officer",
            "Stores Clerk",
            "Sales Supervisor",
        ),
        highlights=(
            "Prepared daily cash summaries and banked takings at the ANZ Honiara branch",
            "Processed supplier invoices and monthly creditor payments",
            "Kept the stock register for timber, roofing iron and cement",
            "Prepared shipping documents for cargo to Auki, Gizo and Kirakira",
            "Answered member enquiries on savings and loan repayments",
            "Prepared SINPF contributions and payroll for 45 staff",
            "Typed letters, kept minutes and maintained the filing system",
            "Trained two new cashiers on the point-of-sale system",
            "Assisted the external auditors during the annual audit",
        ),
        skills=(
            "Microsoft Word, Excel and Outlook",
            "MYOB Accounting",
            "Data entry and filing",
            "Customer service",
            "Cash handling",
        ),
        schools=(
            "Solomon Islands National University (SINU)",
            "The University of the South Pacific (USP)",
        ),
        degrees=(
            ("Bachelor of Commerce", "Accounting and Finance"),
            ("Diploma", "Business Studies"),
            ("Diploma", "Tourism and Hospitality"),
            ("Bachelor of Arts", "Management and Public Administration"),
        ),
    ),
    "pdf-bhutanese-cv": Pool(
        first=("Karma", "Pema", "Sonam", "Tshering", "Dechen", "Kinley", "Ugyen", "Jigme"),
        last=("Wangmo", "Dorji", "Choden", "Penjor", "Lhamo", "Tobgay", "Yangzom", "Dema"),
        cities=(
            ("Thimphu", None, "BT", "Changzamtog"),
            ("Thimphu", None, "BT", "Motithang"),
            ("Thimphu", None, "BT", "Babesa"),
        ),
        employers=(
            "Yangphel Agro Exports Pvt. Ltd",
            "Norzin Tech Solutions Pvt. Ltd",
            "Lungtenzampa Hospitality Group",
            "Druk Gakyil Microfinance Ltd",
            "Wangchhu Engineering Consultancy",
        ),
        titles=(
            "Accounts Assistant",
            "IT Officer",
            "Administrative Officer",
            "Sales Executive",
            "Finance Officer",
        ),
        highlights=(
            "Maintained the general ledger and prepared monthly trial balances",
            "Filed BIT and PIT returns with the Department of Revenue and Customs",
            "Managed the office network, backups and user accounts for 30 staff",
            "Prepared quotations and followed up with clients in Thimphu and Paro",
            "Processed loan applications and kept borrower records up to date",
            "Coordinated procurement of office supplies as per the Procurement Rules",
            "Prepared the annual budget and variance reports for management",
            "Developed a web-based leave management system in PHP and MySQL",
            "Organised staff trainings and maintained personnel files",
        ),
        skills=(
            "Tally ERP 9",
            "Microsoft Office",
            "Dzongkha and English typing",
            "PHP and MySQL",
            "Report writing",
        ),
        schools=(
            "Gaeddu College of Business Studies, RUB",
            "Sherubtse College, Kanglung",
            "Royal Thimphu College",
            "College of Science and Technology, Phuentsholing",
        ),
        degrees=(
            ("Bachelor of Commerce", "Accounting"),
            ("Bachelor of Science", "Computer Science"),
            ("Bachelor of Business Administration", "Finance"),
            ("Bachelor of Arts", "Economics"),
        ),
    ),
    "pdf-reed-cv-export": Pool(
        first=("Harriet", "Callum", "Niamh", "Owain", "Bethany", "Declan", "Freya", "Rhys"),
        last=("Ashworth", "Pemberton", "Gallagher", "Lockwood", "Thornbury", "Whitfield"),
        cities=(
            ("Leeds", "West Yorkshire", None, "Leeds, West Yorkshire"),
            ("Sheffield", "South Yorkshire", None, "Sheffield, South Yorkshire"),
            ("Bradford", "West Yorkshire", None, "Bradford, West Yorkshire"),
        ),
        employers=(
            "Kirkstall Lettings Ltd",
            "Aireborough Building Society",
            "Brunswick Care Group",
            "Headrow Recruitment Partners",
            "Calder Valley Logistics",
        ),
        titles=(
            "Customer Service Advisor",
            "Office Manager",
            "Lettings Negotiator",
            "Administrator",
            "Team Leader",
        ),
        highlights=(
            "Handled around 60 inbound calls a day about accounts and complaints",
            "Managed a portfolio of 120 rental properties from viewing to move-in",
            "Processed right-to-work and DBS checks for new starters",
            "Led a team of eight advisors and ran weekly one-to-ones",
            "Kept the CRM up to date and produced monthly KPI reports",
            "Organised rotas and holiday cover for three sites",
            "Reduced complaint response times from five days to two",
            "Ordered stationery and liaised with suppliers and contractors",
            "Trained new starters on GDPR and data protection procedures",
        ),
        skills=(
            "Microsoft Office 365",
            "Customer service",
            "Salesforce CRM",
            "Team leadership",
            "Time management",
            "Sage 50",
        ),
        schools=(
            "Leeds Beckett University",
            "Sheffield Hallam University",
            "University of Bradford",
        ),
        degrees=(
            ("BSc (Hons)", "Business Management"),
            ("BA (Hons)", "Marketing"),
            ("BA (Hons)", "English Language"),
            ("BSc (Hons)", "Psychology"),
        ),
    ),
    "docx-mongolian-cv-word": Pool(
        first=("Батбаярын", "Ганболдын", "Мөнхбатын", "Энхтайваны", "Баатарын", "Дашийн"),
        last=("Энхжин", "Тэмүүлэн", "Номин", "Билгүүн", "Сарнай", "Ариунболд", "Хонгорзул"),
        cities=(
            ("Улаанбаатар", None, "MN", "Сүхбаатар дүүрэг, 1-р хороо, 14-р байр, 32 тоот"),
            ("Улаанбаатар", None, "MN", "Баянзүрх дүүрэг, 26-р хороо, 57-р байр, 8 тоот"),
            ("Улаанбаатар", None, "MN", "Хан-Уул дүүрэг, 11-р хороо, 105-р байр, 41 тоот"),
        ),
        employers=(
            "«Хан Өргөө Трейд» ХХК",
            "«Говийн Нар Логистик» ХХК",
            "«Туул Сүлжээ Дэлгүүр» ХХК",
            "«Алтан Тариа Хүнс» ХК",
            "«Хөх Тэнгэр Даатгал» ХК",
        ),
        titles=(
            "Нягтлан бодогч",
            "Борлуулалтын менежер",
            "Хүний нөөцийн ажилтан",
            "Маркетингийн мэргэжилтэн",
            "Эдийн засагч",
        ),
        highlights=(
            "Анхан шатны баримтыг «Таймс» программд бүртгэх",
            "Татварын тайланг сар бүр бэлтгэж, татварын албанд илгээх",
            "Сарын санхүүгийн тайланг удирдлагад гаргах",
            "Харилцагч байгууллагуудтай гэрээ байгуулж, биелэлтийг хянах",
            "Сошиал хуудсуудын сурталчилгааны төлөвлөгөө гаргах",
            "Шинэ харилцагч татах, харилцагчийн мэдээллийн санг хөтлөх",
            "Ажилтнуудын хувийн хэрэг, хөдөлмөрийн гэрээг бүрдүүлэх",
            "Жилийн эцсийн бараа материалын тооллогод оролцох",
            "Банкны хуулгыг тулгаж, кассын гүйлгээг хянах",
        ),
        skills=(
            "MS Office (Word, Excel, PowerPoint)",
            "Таймс санхүүгийн программ",
            "Acolous программ",
            "Google Workspace",
            "Canva",
        ),
        schools=(
            "Монгол Улсын Их Сургууль",
            "Санхүү Эдийн Засгийн Их Сургууль",
            "Шинжлэх Ухаан Технологийн Их Сургууль",
        ),
        degrees=(
            ("Бакалавр", "Нягтлан бодох бүртгэл"),
            ("Бакалавр", "Санхүү"),
            ("Бакалавр", "Маркетинг"),
            ("Бакалавр", "Эдийн засаг"),
        ),
    ),
}

MN_LATIN = {
    "Батбаярын": "batbayar",
    "Ганболдын": "ganbold",
    "Мөнхбатын": "munkhbat",
    "Энхтайваны": "enkhtaivan",
    "Баатарын": "baatar",
    "Дашийн": "dash",
    "Энхжин": "enkhjin",
    "Тэмүүлэн": "temuulen",
    "Номин": "nomin",
    "Билгүүн": "bilguun",
    "Сарнай": "sarnai",
    "Ариунболд": "ariunbold",
    "Хонгорзул": "khongorzul",
}

SB_OBJECTIVE = (
    "To obtain a responsible position in a reputable organisation where I can use my "
    "knowledge and experience to contribute to its goals and to the development of "
    "Solomon Islands."
)
SB_SECONDARY = (
    "King George VI National Secondary School",
    "Waimapuru National Secondary School",
    "Goldie College",
    "Selwyn College",
    "St. Joseph's Catholic Secondary School, Tenaru",
)
SB_PROVINCES = ("Malaita Province", "Western Province", "Guadalcanal Province", "Makira Province")
SB_LANGUAGES = (("English", "Fluent"), ("Solomon Islands Pijin", "Fluent"))
SB_LOCAL = ("Kwara'ae", "Roviana", "Ghari", "Arosi")
SB_INTERESTS = ("Football", "Church youth activities", "Reading", "Fishing", "Volleyball")
SB_REFEREES = (
    ("Mr. Alfred Sukulu", "Finance Manager, Mataniko Shipping Agency Ltd", "Ph: 7495213"),
    ("Mrs. Ethel Rikimani", "Lecturer, School of Business, SINU", "Ph: 7581046"),
    ("Pastor John Iro'ota", "SSEC Kukum Church, Honiara", "Ph: 7462380"),
)

BT_OBJECTIVE = (
    "A dedicated and hardworking graduate seeking a challenging position in a reputed "
    "organisation to serve the Tsa-Wa-Sum with integrity and to grow professionally."
)
BT_SCHOOLS = (
    "Motithang Higher Secondary School",
    "Yangchenphug Higher Secondary School",
    "Kelki Higher Secondary School",
    "Ugyen Academy",
)
BT_MIDDLE = (
    "Lungtenzampa Middle Secondary School",
    "Changangkha Middle Secondary School",
    "Babesa Middle Secondary School",
)
BT_DZONGKHAGS = ("Trashigang", "Punakha", "Mongar", "Bumthang", "Samtse")
BT_LANGUAGES = (("Dzongkha", "Native"), ("English", "Fluent"), ("Hindi", "Conversational"))
BT_CERTS = (
    ("Basic Accounting Course", "Royal Institute of Management", "2021"),
    ("Certificate in Web Development", "Thimphu TechPark Academy", "2022"),
    ("Financial Literacy Training", "Royal Monetary Authority of Bhutan", "2020"),
    ("Desuung Training (Batch 48)", "De-suung Office", "2019"),
)
BT_REFEREES = (
    ("Mr. Namgay Tshering", "Chief Finance Officer, Druk Gakyil Microfinance Ltd", "17612348"),
    ("Dr. Sangay Wangdi", "Lecturer, Gaeddu College of Business Studies", "77204519"),
)
BT_DECLARATION = (
    "I hereby declare that the information furnished above is true and correct to the best of "
    "my knowledge and belief."
)

UK_PROFILES = (
    "Friendly and organised professional with experience in busy customer-facing and office "
    "roles. Confident working to targets, calm under pressure and always keen to learn.",
    "Reliable and motivated team player with a strong background in administration and "
    "customer service, looking for a new challenge in a growing organisation.",
)
UK_SIXTH = (
    "Notre Dame Catholic Sixth Form College",
    "Greenhead College",
    "Leeds City College",
)
UK_SCHOOLS = ("Roundhay School", "Tapton School", "Prince Henry's Grammar School")
UK_ALEVELS = (
    "English Literature (B), Psychology (B), Sociology (C)",
    "Business Studies (A), Geography (B), Media Studies (C)",
)
UK_GCSE = (
    "9 GCSEs at grades 9-4 including English and Maths",
    "10 GCSEs at grades A*-C including English and Maths",
)
UK_INTERESTS = ("Park runs", "Football (Sunday league)", "Baking", "Volunteering at a food bank")

MN_OBJECTIVE = (
    "Өөрийн эзэмшсэн мэдлэг, туршлагаа ашиглан тогтвортой хөгжиж буй байгууллагад "
    "үр бүтээлтэй ажиллаж, мэргэжлийн хувьд өсөн дэвжих."
)
MN_MASTERS = (("Магистр", "Санхүү"), ("Магистр", "Бизнесийн удирдлага"))
MN_SCHOOLS = (
    "Нийслэлийн ерөнхий боловсролын 23-р сургууль",
    "Нийслэлийн ерөнхий боловсролын 1-р сургууль",
    "Орхон аймгийн ерөнхий боловсролын 5-р сургууль",
)
MN_LANGUAGES = (
    ("Англи хэл", "Дунд түвшин"),
    ("Орос хэл", "Анхан шат"),
    ("Хятад хэл", "Анхан шат"),
)
MN_QUALITIES = (
    "Хариуцлагатай",
    "Багаар ажиллах чадвартай",
    "Шинэ зүйлд суралцах сонирхолтой",
    "Цагийг зөв төлөвлөдөг",
)
MN_CERTS = (
    (
        "Мэргэшсэн нягтлан бодогчийн сургалт",
        "Монголын Мэргэшсэн Нягтлан Бодогчдын Институт",
        "2022",
    ),
    ("Дижитал маркетингийн үндэс", "Google", "2021"),
    ("Excel-ийн гүнзгийрүүлсэн сургалт", "«Ухаалаг Сургалтын Төв»", "2020"),
)


class _Person(Candidate):
    __slots__ = ()

    @property
    def slug(self) -> str:
        return "-".join(ascii_slug(self.extra["latin"]).split())


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-solomon-islands-cv":
        return {
            "dates": rng.choice(("long", "short")),
            "present": rng.choice(("Present", "To date", "Current")),
            "labelled": rng.random() < 0.5,
            "objective": rng.random() < 0.7,
            "education_first": rng.random() < 0.6,
        }
    if style == "pdf-bhutanese-cv":
        return {
            "dates": rng.choice(("long", "short", "numeric")),
            "present": rng.choice(("Till date", "Present", "Till now")),
            "labelled": rng.random() < 0.5,
            "linkedin": rng.random() < 0.5,
        }
    if style == "pdf-reed-cv-export":
        return {
            "dates": rng.choice(("long", "short", "numeric")),
            "headline": rng.random() < 0.5,
            "education_first": rng.random() < 0.3,
            "linkedin": rng.random() < 0.5,
        }
    if style == "docx-mongolian-cv-word":
        return {
            "dates": rng.choice(("dotted", "words")),
            "present": rng.choice(("одоог хүртэл", "одоо")),
            "table": rng.random() < 0.5,
            "headline": rng.random() < 0.5,
            "school": rng.random() < 0.6,
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    latin = " ".join(MN_LATIN.get(part, part) for part in name.split())
    slug = ascii_slug(latin).split()
    first, last = slug[0], slug[-1]
    city, region, code, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street, "latin": latin}
    jobs = _chain(rng, pool, rng.choice((3, 4)), rng.random() < 0.7)
    year = jobs[-1].start[0] - rng.randint(0, 1)
    study, area = rng.choice(pool.degrees)
    school = rng.choice(pool.schools)
    skills = rng.sample(pool.skills, rng.randint(4, 5))
    edu: list[dict[str, Any]] = []
    label = jobs[0].position
    languages: list[tuple[str, str]] = []
    if style == "pdf-solomon-islands-cv":
        phone = f"+677 7{rng.randint(100000, 999999)}"
        email = f"{first}{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        for job in jobs:
            job.city = rng.choice(("Honiara", "Honiara", "Auki, Malaita Province", "Gizo"))
        length = 3 if study.startswith("Bachelor") else 2
        edu.append(_edu(school, study, area, str(year - length), str(year)))
        sec = rng.choice(SB_SECONDARY)
        top = year - length
        edu.append(_edu(sec, "Solomon Islands Form Seven Certificate", None, None, str(top)))
        edu.append(
            _edu(
                sec,
                "Solomon Islands Secondary School Certificate (Form 5)",
                None,
                None,
                str(top - 2),
            )
        )
        extra["born"] = f"{rng.randint(1, 28)} {MONTHS[rng.randrange(12)]} {year - 21}"
        extra["province"] = rng.choice(SB_PROVINCES)
        extra["marital"] = rng.choice(("Single", "Married"))
        extra["summary"] = SB_OBJECTIVE
        extra["interests"] = rng.sample(SB_INTERESTS, 3)
        extra["referees"] = list(SB_REFEREES[: rng.choice((2, 3))])
        languages = [*SB_LANGUAGES, (rng.choice(SB_LOCAL), "Mother tongue")]
    elif style == "pdf-bhutanese-cv":
        phone = f"+975 {rng.choice((17, 77))}{rng.randint(100000, 999999)}"
        email = f"{first}{last}{rng.randint(90, 99)}@gmail.com"
        for job in jobs:
            job.city = rng.choice(("Thimphu", "Thimphu", "Paro", "Phuentsholing"))
        if jobs[0].end is None and rng.random() < 0.5:
            edu.append(
                _edu(
                    "Royal Institute of Management",
                    "Postgraduate Diploma",
                    "Financial Management",
                    str(jobs[0].start[0] + 1),
                    None,
                )
            )
        edu.append(
            _edu(school, study, area, str(year - 3), str(year), rng.choice(("GPA 3.21", "68.4%")))
        )
        edu.append(
            _edu(
                rng.choice(BT_SCHOOLS),
                "Class XII (BHSEC)",
                None,
                None,
                str(year - 3),
                f"{rng.randint(66, 84)}.{rng.randint(1, 9)}%",
            )
        )
        edu.append(
            _edu(
                rng.choice(BT_MIDDLE),
                "Class X (BCSE)",
                None,
                None,
                str(year - 5),
                f"{rng.randint(62, 86)}.{rng.randint(1, 9)}%",
            )
        )
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year - 22}"
        extra["cid"] = f"1{rng.randint(1000000000, 1999999999)}"
        extra["dzongkhag"] = rng.choice(BT_DZONGKHAGS)
        extra["summary"] = BT_OBJECTIVE
        extra["certs"] = sorted(rng.sample(BT_CERTS, 2), key=lambda c: c[2], reverse=True)
        extra["referees"] = list(BT_REFEREES)
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(10, 99)}"
        languages = list(BT_LANGUAGES)
    elif style == "pdf-reed-cv-export":
        phone = f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
        email = f"{first}.{last}{rng.randint(1, 99)}@{rng.choice(('outlook.com', 'gmail.com'))}"
        for job in jobs:
            job.city = rng.choice((city, city, "Harrogate", "Wakefield"))
        start = year - 3
        edu.append(
            _edu(school, study, area, f"{start}-09", f"{year}-06", rng.choice(("2:1", "2:2", None)))
        )
        edu.append(_edu(rng.choice(UK_SIXTH), "A Levels", None, f"{start - 2}-09", f"{start}-06"))
        edu.append(
            _edu(rng.choice(UK_SCHOOLS), "GCSEs", None, f"{start - 7}-09", f"{start - 2}-06")
        )
        extra["alevels"] = rng.choice(UK_ALEVELS)
        extra["gcse"] = rng.choice(UK_GCSE)
        extra["summary"] = rng.choice(UK_PROFILES)
        extra["interests"] = rng.sample(UK_INTERESTS, 3)
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}{last}"
    else:
        phone = (
            f"+976 {rng.choice((88, 99, 95, 80))}{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
        )
        email = f"{last}.{first}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        for job in jobs:
            job.city = ""
        if jobs[0].end is None and rng.random() < 0.5:
            master = rng.choice(MN_MASTERS)
            edu.append(_edu(pool.schools[0], *master, str(jobs[0].start[0] + 1), None))
        edu.append(_edu(school, study, area, str(year - 4), str(year)))
        extra["school"] = _edu(
            rng.choice(MN_SCHOOLS), "Бүрэн дунд боловсрол", None, str(year - 16), str(year - 4)
        )
        extra["born"] = f"{year - 22}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}"
        extra["certs"] = rng.sample(MN_CERTS, rng.randint(1, 2))
        extra["summary"] = MN_OBJECTIVE
        extra["qualities"] = rng.sample(MN_QUALITIES, 3)
        languages = list(MN_LANGUAGES[: rng.randint(2, 3)])
    extra["edu"] = edu
    return _Person(
        style=style,
        name=name,
        label=label,
        email=email,
        phone=phone,
        url=None,
        city=city,
        region=region,
        code=code,
        jobs=jobs,
        degrees=[],
        skills=skills,
        languages=languages,
        extra=extra,
    )


# ------------------------------------------------------------------------------------ truth


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    extra = person.extra
    location: dict[str, Any] = drop_empty(
        {
            "address": extra["street"],
            "city": person.city,
            "region": person.region,
            "countryCode": person.code,
        }
    )
    if style == "pdf-reed-cv-export":
        location = drop_empty({"city": person.city, "region": person.region})
    summary = extra["summary"]
    if style == "pdf-solomon-islands-cv" and not options["objective"]:
        summary = None
    profiles: dict[str, Any] = {}
    if options.get("linkedin"):
        profiles["linkedin"] = extra["linkedin"]
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label if options.get("headline") else None,
            "email": person.email,
            "phone": person.phone,
            "summary": summary,
            "location": location,
            "profiles": profile_links(profiles),
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
    items = list(extra["edu"])
    if style == "docx-mongolian-cv-word" and options["school"]:
        items.append(extra["school"])
    education = [drop_empty(dict(item)) for item in items]
    certificates = [
        {"name": title, "issuer": issuer, "date": year}
        for title, issuer, year in extra.get("certs", [])
    ]
    references = [{"name": ref[0], "reference": ref[1]} for ref in extra.get("referees", [])]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "certificates": certificates,
            "skills": [{"name": skill} for skill in person.skills],
            "languages": [{"language": lang, "fluency": level} for lang, level in person.languages],
            "interests": [{"name": item} for item in extra.get("interests", [])],
            "references": references,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-solomon-islands-cv":
        return _solomons(person, options), "pdf"
    if style == "pdf-bhutanese-cv":
        return _bhutan(person, options), "pdf"
    if style == "pdf-reed-cv-export":
        return _reed(person, options), "pdf"
    if style == "docx-mongolian-cv-word":
        return _mongolia(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _en_month(month: Month | None, form: str, present: str) -> str:
    if month is None:
        return present
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    name = MONTHS[month[1] - 1]
    if form == "short":
        name = name[:3]
    return f"{name} {month[0]}"


def _iso_text(value: str, form: str) -> str:
    """ "2019-06" printed as "Jun 2019", "June 2019" or "06/2019"."""
    year, month = value.split("-")
    return _en_month((int(year), int(month)), form, "")


# -------------------------------------------------------------------------- Solomon Islands


def _solomons(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV - {person.name}")
    pdf.set_author(person.name)
    pdf.set_creator("Microsoft\u00ae Word 2016")
    x, width, hint = 22.0, 168.0, 38.0

    def footer(doc: Any) -> None:
        doc.set_xy(x, 286)
        doc.set_font("Serif", "", 7.5)
        doc.cell(width, 4, f"Page {doc.page_no()}", align="R")

    flow = _Flow(pdf, 18.0, 280.0, footer)

    def heading(text: str) -> None:
        flow.need(22)
        flow.y += 3
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 11)
        pdf.set_fill_color(217, 217, 217)
        pdf.cell(width, 6.5, f" {text}", fill=True)
        flow.y += 9

    def text(body: str, style: str = "", indent: float = 0.0) -> None:
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Serif", style, 9.8)
        pdf.multi_cell(width - indent, 5, body, align="L")
        flow.y = pdf.get_y() + 0.3

    def field(key: str, value: str, indent: float = 0.0, wide: float = 44.0) -> None:
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Serif", "B", 9.8)
        pdf.cell(wide, 5, key)
        pdf.cell(4, 5, ":")
        pdf.set_font("Serif", "", 9.8)
        pdf.multi_cell(width - wide - 4 - indent, 5, value, align="L")
        flow.y = pdf.get_y() + 0.4

    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "BU", 15)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    flow.y += 12
    heading("PERSONAL DETAILS")
    field("Full Name", person.name)
    field("Date of Birth", extra["born"])
    field("Province of Origin", extra["province"])
    field("Nationality", "Solomon Islander")
    field("Marital Status", extra["marital"])
    field("Postal Address", f"{extra['street']}, Honiara, Solomon Islands")
    field("Mobile", person.phone)
    field("Email", person.email)
    if options["objective"]:
        heading("CAREER OBJECTIVE")
        text(extra["summary"])

    def education() -> None:
        heading("EDUCATIONAL BACKGROUND")
        for item in extra["edu"]:
            flow.need(14)
            pdf.set_xy(x, flow.y)
            pdf.set_font("Serif", "B", 9.8)
            pdf.cell(hint, 5, _years(item, present, " \u2013 "))
            pdf.set_xy(x + hint, flow.y)
            pdf.multi_cell(width - hint, 5, item["institution"], align="L")
            flow.y = pdf.get_y() + 0.2
            title = item["studyType"]
            if item["area"]:
                title = f"{title} in {item['area']}"
            text(title, "I", hint)
            flow.y += 1.5

    def experience() -> None:
        heading("WORK EXPERIENCE")
        for job in person.jobs:
            flow.need(30)
            span = (
                f"{_en_month(job.start, form, present)} \u2013 {_en_month(job.end, form, present)}"
            )
            below = flow.y
            if options["labelled"]:
                field("Position", job.position, 0, 28)
                field("Employer", job.company, 0, 28)
                field("Location", job.city, 0, 28)
                field("Period", span, 0, 28)
                text("Key Responsibilities:", "B")
            else:
                pdf.set_xy(x, flow.y)
                pdf.set_font("Serif", "B", 9.4)
                pdf.multi_cell(hint - 2, 5, span.replace(" \u2013 ", " \u2013\n"), align="L")
                below = pdf.get_y()
                pdf.set_xy(x + hint, flow.y)
                pdf.set_font("Serif", "B", 9.8)
                pdf.multi_cell(width - hint, 5, job.position, align="L")
                flow.y = pdf.get_y() + 0.2
                text(f"{job.company}, {job.city}", "I", hint)
                text("Duties:", "U", hint)
            for note in job.highlights:
                flow.need(6)
                indent = 4.0 if options["labelled"] else hint + 2
                pdf.set_xy(x + indent, flow.y)
                pdf.set_font("Serif", "", 9.6)
                pdf.cell(4, 4.8, "\u2022")
                pdf.multi_cell(width - indent - 4, 4.8, note, align="L")
                flow.y = pdf.get_y() + 0.2
            flow.y = max(flow.y, below) + 2.5

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("SKILLS")
    for skill in person.skills:
        text(f"\u2022  {skill}", indent=2)
    heading("LANGUAGES")
    for lang, level in person.languages:
        text(f"{lang} \u2013 {level}", indent=2)
    heading("HOBBIES AND INTERESTS")
    text(", ".join(extra["interests"]))
    heading("REFEREES")
    for name, role, tel in extra["referees"]:
        flow.need(17)
        text(name, "B")
        text(role)
        text(tel)
        flow.y += 1.5
    _check(flow.y, 282, person)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------------- Bhutan


def _bhutan(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Curriculum Vitae")
    pdf.set_author(person.name)
    x, width = 18.0, 174.0
    maroon = (122, 31, 31)
    flow = _Flow(pdf, 16.0, 282.0)

    def heading(text: str) -> None:
        flow.need(22)
        flow.y += 3
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*maroon)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(*maroon)
        pdf.set_line_width(0.6)
        pdf.line(x, flow.y + 6.5, x + width, flow.y + 6.5)
        pdf.set_text_color(0, 0, 0)
        flow.y += 9

    def text(body: str, style: str = "", indent: float = 0.0, size: float = 9.0) -> None:
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Sans", style, size)
        pdf.multi_cell(width - indent, 4.7, body, align="L")
        flow.y = pdf.get_y() + 0.3

    def row(cells: list[str], widths: list[float], bold: bool = False) -> None:
        pdf.set_font("Sans", "B" if bold else "", 8.4)
        lines = [
            len(pdf.multi_cell(w - 2, 4.4, c, dry_run=True, output="LINES"))
            for c, w in zip(cells, widths, strict=True)
        ]
        height = max(lines) * 4.4 + 2
        flow.need(height)
        cx = x
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.2)
        for cell, w in zip(cells, widths, strict=True):
            if bold:
                pdf.set_fill_color(236, 226, 214)
                pdf.rect(cx, flow.y, w, height, style="DF")
            else:
                pdf.rect(cx, flow.y, w, height)
            pdf.set_xy(cx + 1, flow.y + 1)
            pdf.multi_cell(w - 2, 4.4, cell, align="L")
            cx += w
        flow.y += height

    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "B", 18)
    pdf.set_text_color(*maroon)
    pdf.cell(width, 9, person.name.upper(), align="C")
    pdf.set_text_color(0, 0, 0)
    flow.y += 10
    contact = [f"{extra['street']}, Thimphu, Bhutan", person.phone, person.email]
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "", 8.8)
    pdf.cell(width, 5, " | ".join(contact), align="C")
    flow.y += 5.5
    if options["linkedin"]:
        pdf.set_xy(x, flow.y)
        pdf.cell(width, 5, extra["linkedin"].replace("https://www.", ""), align="C")
        flow.y += 5
    heading("CAREER OBJECTIVE")
    text(extra["summary"])
    heading("PERSONAL INFORMATION")
    for key, value in (
        ("Date of Birth", extra["born"]),
        ("CID No.", extra["cid"]),
        ("Nationality", "Bhutanese"),
        ("Dzongkhag", extra["dzongkhag"]),
    ):
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(40, 4.8, key)
        pdf.cell(60, 4.8, f":  {value}")
        flow.y += 4.9
    heading("ACADEMIC QUALIFICATIONS")
    widths = [12.0, 58.0, 56.0, 26.0, 22.0]
    row(["Sl. No", "Qualification", "Institution", "Year", "Marks"], widths, bold=True)
    for number, item in enumerate(extra["edu"], 1):
        title = item["studyType"]
        if item["area"]:
            title = f"{title} in {item['area']}"
        row(
            [
                str(number),
                title,
                item["institution"],
                _years(item, "Ongoing", "\u2013"),
                item["score"] or "\u2013",
            ],
            widths,
        )
    heading("WORK EXPERIENCE")
    for job in person.jobs:
        flow.need(30)
        span = f"{_en_month(job.start, form, present)} \u2013 {_en_month(job.end, form, present)}"
        if options["labelled"]:
            for key, value in (
                ("Designation", job.position),
                ("Organisation", job.company),
                ("Place", job.city),
                ("Duration", span),
            ):
                pdf.set_xy(x, flow.y)
                pdf.set_font("Sans", "B", 9)
                pdf.cell(30, 4.8, key)
                pdf.set_font("Sans", "", 9)
                pdf.cell(120, 4.8, f":  {value}")
                flow.y += 4.9
            text("Roles and Responsibilities:", "I")
        else:
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "B", 9.4)
            pdf.cell(width - 50, 5, job.position)
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(50, 5, span, align="R")
            flow.y += 5
            text(f"{job.company}, {job.city}", "I")
        for note in job.highlights:
            flow.need(5)
            pdf.set_xy(x + 4, flow.y)
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(4, 4.5, "\u27a2")
            pdf.multi_cell(width - 8, 4.5, note, align="L")
            flow.y = pdf.get_y() + 0.2
        flow.y += 2.5
    heading("TRAININGS AND CERTIFICATES")
    for title, issuer, year in extra["certs"]:
        text(f"\u2022  {title}, {issuer} ({year})", indent=2)
    heading("SKILLS")
    text(", ".join(person.skills))
    heading("LANGUAGES KNOWN")
    for lang, level in person.languages:
        text(f"\u2022  {lang}: {level}", indent=2)
    heading("REFERENCES")
    for name, role, tel in extra["referees"]:
        flow.need(15)
        text(name, "B")
        text(role)
        text(f"Contact No: {tel}")
        flow.y += 1.2
    heading("DECLARATION")
    text(BT_DECLARATION)
    flow.need(16)
    flow.y += 6
    text("Place: Thimphu")
    pdf.set_xy(x + width - 50, flow.y - 5)
    pdf.set_font("Sans", "", 9)
    pdf.cell(50, 5, f"({person.name})", align="R")
    _check(flow.y, 284, person)
    return bytes(pdf.output())


# ------------------------------------------------------------------------------------- Reed


def _reed(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} CV")
    pdf.set_author("reed.co.uk")
    pdf.set_creator("reed.co.uk CV builder")
    x, width = 18.0, 174.0
    navy, pink, grey = (31, 36, 77), (205, 0, 102), (110, 110, 110)

    def footer(doc: Any) -> None:
        doc.set_xy(x, 289)
        doc.set_font("Sans", "", 6.8)
        doc.set_text_color(*grey)
        doc.cell(width, 3.5, "Created with reed.co.uk", align="C")
        doc.set_text_color(0, 0, 0)

    flow = _Flow(pdf, 0.0, 285.0, footer)
    pdf.set_fill_color(*navy)
    pdf.rect(0, 0, 210, 40 if options["headline"] else 34, style="F")
    pdf.set_xy(x, 10)
    pdf.set_font("Sans", "B", 22)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(width, 10, person.name)
    yy = 21.0
    if options["headline"]:
        pdf.set_xy(x, yy)
        pdf.set_font("Sans", "", 11)
        pdf.cell(width, 6, person.label or "")
        yy += 7
    pdf.set_xy(x, yy)
    pdf.set_font("Sans", "", 8.6)
    contact = [person.email, person.phone, person.extra["street"]]
    pdf.cell(width, 5, "   \u2022   ".join(contact))
    pdf.set_text_color(0, 0, 0)
    flow.top = 16.0
    flow.y = (40 if options["headline"] else 34) + 6
    if options["linkedin"]:
        pdf.set_xy(x, flow.y - 4)
        pdf.set_font("Sans", "", 8.4)
        pdf.set_text_color(*pink)
        pdf.cell(width, 4, extra["linkedin"].replace("https://", ""))
        pdf.set_text_color(0, 0, 0)
        flow.y += 3

    def heading(text: str, room: float = 20.0) -> None:
        flow.need(room)
        flow.y += 2
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 12)
        pdf.set_text_color(*pink)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(225, 225, 225)
        pdf.set_line_width(0.3)
        pdf.line(x, flow.y + 7, x + width, flow.y + 7)
        pdf.set_text_color(0, 0, 0)
        flow.y += 9.5

    def text(body: str, style: str = "", indent: float = 0.0, colour: Any = None) -> None:
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Sans", style, 9)
        pdf.set_text_color(*(colour or (0, 0, 0)))
        pdf.multi_cell(width - indent, 4.7, body, align="L")
        pdf.set_text_color(0, 0, 0)
        flow.y = pdf.get_y() + 0.3

    def dated(title: str, when: str) -> None:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(*navy)
        pdf.cell(width - 52, 5.2, title)
        pdf.set_font("Sans", "", 8.6)
        pdf.set_text_color(*grey)
        pdf.cell(52, 5.2, when, align="R")
        pdf.set_text_color(0, 0, 0)
        flow.y += 5.4

    heading("Personal statement")
    text(extra["summary"])

    def experience() -> None:
        heading("Work experience")
        for job in person.jobs:
            flow.need(26)
            start = _en_month(job.start, form, "Present")
            dated(job.position, f"{start} - {_en_month(job.end, form, 'Present')}")
            text(f"{job.company}, {job.city}", "", 0, grey)
            for note in job.highlights:
                flow.need(5)
                pdf.set_xy(x + 2, flow.y)
                pdf.set_font("Sans", "", 9)
                pdf.cell(4, 4.6, "\u2022")
                pdf.multi_cell(width - 6, 4.6, note, align="L")
                flow.y = pdf.get_y() + 0.2
            flow.y += 3

    def education() -> None:
        heading("Education")
        for item in extra["edu"]:
            flow.need(16)
            title = item["studyType"]
            if item["area"]:
                title = f"{title} {item['area']}"
            when = f"{_iso_text(item['startDate'], form)} - {_iso_text(item['endDate'], form)}"
            dated(title, when)
            text(item["institution"], "", 0, grey)
            if item["score"]:
                text(f"Grade: {item['score']}")
            elif item["studyType"] == "A Levels":
                text(extra["alevels"])
            elif item["studyType"] == "GCSEs":
                text(extra["gcse"])
            flow.y += 2.5

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("Skills")
    half = (len(person.skills) + 1) // 2
    top = flow.y
    for column, chunk in enumerate((person.skills[:half], person.skills[half:])):
        flow.y = top
        for skill in chunk:
            pdf.set_xy(x + column * 87, flow.y)
            pdf.set_font("Sans", "", 9)
            pdf.cell(85, 5, f"\u2022  {skill}")
            flow.y += 5
    flow.y = top + 5 * half + 1
    heading("Hobbies and interests")
    text(", ".join(extra["interests"]))
    heading("References", 16.0)
    text("References are available on request.")
    _check(flow.y, 287, person)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------------- Mongolia


def _mn_month(month: Month | None, form: str, present: str) -> str:
    if month is None:
        return present
    if form == "dotted":
        return f"{month[0]}.{month[1]:02d}"
    return f"{month[0]} оны {month[1]}-р сар"


def _mongolia(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    form, present, extra = options["dates"], options["present"], person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = extra["latin"].title()
    properties.title = "Анкет"
    properties.revision = 2
    for section in document.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin, section.right_margin = Cm(2.0), Cm(1.5)
        section.top_margin = section.bottom_margin = Cm(1.5)
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(0)

    def para(text: str = "", bold: bool = False, size: float | None = None) -> Any:
        paragraph = document.add_paragraph()
        if text:
            run = paragraph.add_run(text)
            run.bold = bold
            if size:
                run.font.size = Pt(size)
        return paragraph

    def heading(text: str) -> None:
        paragraph = para(text.upper(), True, 11.5)
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.paragraph_format.space_after = Pt(4)

    def cell_text(cell: Any, text: str, bold: bool = False, italic: bool = False) -> Any:
        paragraph = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
        run = paragraph.add_run(text)
        run.bold, run.italic = bold, italic
        return paragraph

    def grid(rows: list[list[str]], widths: list[float]) -> None:
        table = document.add_table(rows=0, cols=len(widths))
        table.style = "Table Grid"
        for number, values in enumerate(rows):
            cells = table.add_row().cells
            for cell, value in zip(cells, values, strict=True):
                cell_text(cell, value, bold=number == 0)
        for line in table.rows:
            for cell, w in zip(line.cells, widths, strict=True):
                cell.width = Cm(w)

    title = para("АНКЕТ / CV", True, 16)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    name = para(person.name, True, 14)
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if options["headline"]:
        sub = para(person.label or "")
        sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
        sub.runs[0].italic = True
    heading("Хувийн мэдээлэл")
    patronymic, given = person.name.split(" ", 1)
    info = document.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for key, value in (
        ("Эцэг/эхийн нэр", patronymic.removesuffix("ийн").removesuffix("ын").removesuffix("ы")),
        ("Өөрийн нэр", given),
        ("Төрсөн он, сар, өдөр", extra["born"]),
        ("Хаяг", f"Монгол Улс, {person.city} хот, {extra['street']}"),
        ("Утас", person.phone),
        ("И-мэйл", person.email),
    ):
        cells = info.add_row().cells
        cell_text(cells[0], key, bold=True)
        cell_text(cells[1], value)
    for line in info.rows:
        line.cells[0].width, line.cells[1].width = Cm(5.0), Cm(12.5)
    heading("Зорилго")
    para(extra["summary"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    heading("Боловсрол")
    items = list(extra["edu"])
    if options["school"]:
        items.append(extra["school"])
    rows = [["Сургуулийн нэр", "Элссэн он", "Төгссөн он", "Мэргэжил, зэрэг"]]
    for item in items:
        degree = item["studyType"]
        if item["area"]:
            degree = f"{item['area']}, {item['studyType']}"
        rows.append(
            [item["institution"], item["startDate"] or "", item["endDate"] or present, degree]
        )
    grid(rows, [6.5, 2.4, 2.6, 6.0])
    heading("Ажлын туршлага")

    def span(job: Any) -> str:
        return f"{_mn_month(job.start, form, present)} \u2013 {_mn_month(job.end, form, present)}"

    if options["table"]:
        table = document.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        head = table.rows[0].cells
        for cell, value in zip(
            head,
            ("Ажилласан хугацаа", "Байгууллагын нэр", "Албан тушаал, гүйцэтгэсэн ажил"),
            strict=True,
        ):
            cell_text(cell, value, bold=True)
        for job in person.jobs:
            cells = table.add_row().cells
            cell_text(cells[0], span(job))
            cell_text(cells[1], job.company, bold=True)
            cell_text(cells[2], job.position, italic=True)
            for note in job.highlights:
                cell_text(cells[2], f"- {note}")
        for line in table.rows:
            widths = (3.8, 4.6, 9.1)
            for cell, w in zip(line.cells, widths, strict=True):
                cell.width = Cm(w)
    else:
        for job in person.jobs:
            top = para()
            top.paragraph_format.space_before = Pt(6)
            top.add_run(span(job)).bold = True
            para(job.company, True)
            lab = para()
            lab.add_run("Албан тушаал: ")
            lab.add_run(job.position).italic = True
            para("Гүйцэтгэсэн үүрэг:")
            for note in job.highlights:
                document.add_paragraph(note, style="List Bullet")
    heading("Нэмэлт сургалт")
    for name_, issuer, year in extra["certs"]:
        paragraph = para()
        paragraph.add_run(f"{year} он \u2013 ").bold = True
        paragraph.add_run(f"{name_}, {issuer}")
    heading("Гадаад хэлний мэдлэг")
    for lang, level in person.languages:
        para(f"{lang} \u2013 {level}")
    heading("Компьютерийн ур чадвар")
    for skill in person.skills:
        document.add_paragraph(skill, style="List Bullet")
    heading("Хувь хүний зан чанар")
    para(", ".join(extra["qualities"]))
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())

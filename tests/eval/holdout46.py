"""Forty-sixth held-out round ("holdout-46"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts: three born-digital PDF
(pdf-ugandan-cv, pdf-mongolian-cv, pdf-xing-export) and one Word document
(docx-portuguese-cv-word). The round is sealed: the layouts are described only in the code
below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

# ruff: noqa: RUF001 (the Mongolian CV is written in Cyrillic)

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, normalise_zip

HOLDOUT_TAG = "holdout-46"
GENERATOR = "tests/eval/holdout46.py"
SEED = 4_627_195

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-ugandan-cv", 3),
    ("pdf-mongolian-cv", 3),
    ("pdf-xing-export", 3),
    ("docx-portuguese-cv-word", 3),
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
MONATE = (
    "Jan.",
    "Feb.",
    "März",
    "Apr.",
    "Mai",
    "Juni",
    "Juli",
    "Aug.",
    "Sep.",
    "Okt.",
    "Nov.",
    "Dez.",
)
MESES = (
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
)

POOLS: dict[str, Pool] = {
    "pdf-ugandan-cv": Pool(
        first=("Brenda", "Ivan", "Patience", "Derrick", "Gloria", "Ronald", "Shamim"),
        last=("Nakimuli", "Ssekandi", "Atuhaire", "Okello-Oryem", "Namubiru", "Tumusiime"),
        cities=(
            ("Kampala", None, "P.O. Box 33571", "Plot 14, Kiira Road, Kamwokya"),
            ("Kampala", None, "P.O. Box 7062", "Ntinda II Road, Naguru"),
            ("Kampala", None, "P.O. Box 25410", "Plot 9, Gaba Road, Kansanga"),
        ),
        employers=(
            "Pearl Horizon Microfinance Ltd",
            "Kagera Agro Processors Ltd",
            "Rwenzori Water & Sanitation Trust",
            "Entebbe Freight Forwarders (U) Ltd",
            "Nile Crest Savings and Credit Cooperative",
        ),
        titles=(
            "Senior Accountant",
            "Finance and Administration Officer",
            "Accounts Assistant",
            "Internal Auditor",
            "Credit Officer",
        ),
        highlights=(
            "Preparing monthly bank reconciliations and management accounts",
            "Processing payroll for 140 staff and remitting PAYE and NSSF on time",
            "Filing VAT and withholding tax returns with URA through the e-Tax portal",
            "Preparing donor financial reports in line with the grant agreements",
            "Maintaining the fixed assets register and conducting annual verification",
            "Appraising loan applications and monitoring the portfolio at risk",
            "Coordinating the annual external audit and following up management letter issues",
            "Supervising two accounts assistants and an intern",
            "Preparing the annual budget and monitoring budget performance",
        ),
        skills=(
            "QuickBooks",
            "Sage Pastel Evolution",
            "Tally ERP 9",
            "Microsoft Excel (Pivot Tables, VLOOKUP)",
            "Financial reporting under IFRS",
            "Internet and e-mail",
        ),
        schools=(
            "Makerere University Business School",
            "Uganda Christian University",
            "Kyambogo University",
        ),
        degrees=(
            ("Bachelor of Commerce", "Accounting"),
            ("Bachelor of Business Administration", "Finance"),
            ("Master of Business Administration", "Finance and Accounting"),
        ),
    ),
    "pdf-mongolian-cv": Pool(
        first=("Батбаярын", "Ганболдын", "Лхагвасүрэнгийн", "Дашдоржийн", "Цэрэндоржийн"),
        last=("Энхжаргал", "Мөнхзул", "Тэмүүлэн", "Оюунчимэг", "Билгүүн", "Номин-Эрдэнэ"),
        cities=(
            ("Улаанбаатар", None, "14200", "Сүхбаатар дүүрэг, 1-р хороо, 8-р байр 24 тоот"),
            ("Улаанбаатар", None, "17011", "Хан-Уул дүүрэг, 15-р хороо, 112-р байр 56 тоот"),
            ("Улаанбаатар", None, "13381", "Баянзүрх дүүрэг, 26-р хороо, 7-р байр 3 тоот"),
        ),
        employers=(
            "Тэнгэр Финанс ХХК",
            "Хөх Монгол Технологи ХХК",
            "Алтан Говь Майнинг ХХК",
            "Сэлэнгэ Логистик ХХК",
            "Орхон Дата Систем ХХК",
        ),
        titles=(
            "Ахлах програм хөгжүүлэгч",
            "Програм хөгжүүлэгч",
            "Системийн инженер",
            "Мэдээллийн технологийн мэргэжилтэн",
        ),
        highlights=(
            "Байгууллагын дотоод ERP системийн модулиудыг хөгжүүлэх, засвар үйлчилгээ хийх",
            "Гар утасны аппликейшны backend хэсгийг Java Spring Boot ашиглан хөгжүүлсэн",
            "Өгөгдлийн санг PostgreSQL руу шилжүүлэх ажлыг удирдан зохион байгуулсан",
            "Шинэ ажилтнуудыг чиглүүлэх, код хянах ажлыг хариуцсан",
            "Харилцагчийн шаардлагыг судалж техникийн даалгавар боловсруулах",
            "Серверийн дэд бүтэц, нөөцлөлтийн системийг хариуцах",
            "Docker, GitLab CI ашиглан автомат суулгалтын процессыг нэвтрүүлсэн",
            "Төрийн байгууллагуудтай цахим үйлчилгээний интеграц хийсэн",
            "Системийн аюулгүй байдлын шалгалтыг жил бүр зохион байгуулах",
        ),
        skills=("Java", "Python", "PostgreSQL", "Docker", "Linux", "Git", "MS Office"),
        schools=(
            "Шинжлэх Ухаан Технологийн Их Сургууль",
            "Монгол Улсын Их Сургууль",
            "Санхүү Эдийн Засгийн Их Сургууль",
        ),
        degrees=(
            ("Бакалавр", "Програм хангамж"),
            ("Бакалавр", "Мэдээллийн технологи"),
            ("Магистр", "Компьютерийн ухаан"),
        ),
    ),
    "pdf-xing-export": Pool(
        first=("Annegret", "Malte", "Wiebke", "Jörg", "Friederike", "Till", "Hauke"),
        last=("Brökelmann", "Hülsewede", "Strietzel", "Mößner", "Pfannkuch", "Oltmanns"),
        cities=(
            ("Hannover", None, "30159", ""),
            ("Leipzig", None, "04109", ""),
            ("Freiburg im Breisgau", None, "79098", ""),
        ),
        employers=(
            "Kältetechnik Sörensen GmbH",
            "Nordlicht Versicherung AG",
            "Rheinauen Logistik GmbH & Co. KG",
            "Alpenblick Software GmbH",
            "Weserbogen Energie AG",
        ),
        titles=(
            "Senior Projektmanager",
            "Projektmanager IT",
            "Teamleiter Anwendungsentwicklung",
            "Business Analyst",
            "IT-Consultant",
        ),
        highlights=(
            "Gesamtverantwortung für die Einführung von SAP S/4HANA an drei Standorten",
            "Führung eines Teams aus acht internen und externen Entwicklern",
            "Budgetverantwortung bis 1,2 Mio. EUR, Reporting an die Geschäftsführung",
            "Aufbau agiler Arbeitsweisen (Scrum, Kanban) in der Fachabteilung",
            "Anforderungsmanagement und Abstimmung mit den Fachbereichen",
            "Steuerung externer Dienstleister inkl. Vertragsverhandlungen",
            "Migration der Altsysteme in die Azure-Cloud",
            "Einarbeitung und fachliche Betreuung von Werkstudierenden",
            "Konzeption und Durchführung von Anwenderschulungen",
        ),
        skills=(
            "Projektmanagement",
            "SAP S/4HANA",
            "Scrum",
            "Jira",
            "Confluence",
            "Anforderungsmanagement",
            "Microsoft Azure",
            "Stakeholder-Management",
            "PRINCE2",
        ),
        schools=("Leibniz Universität Hannover", "Universität Leipzig", "Hochschule Offenburg"),
        degrees=(
            ("Master of Science", "Wirtschaftsinformatik"),
            ("Bachelor of Science", "Informatik"),
            ("Bachelor of Arts", "Betriebswirtschaftslehre"),
        ),
    ),
    "docx-portuguese-cv-word": Pool(
        first=("Leonor", "Gonçalo", "Beatriz", "Duarte", "Matilde", "Rodrigo", "Inês"),
        last=(
            "Figueiredo Magalhães",
            "Sousa Brandão",
            "Loureiro Ventura",
            "Pinto Carvalhal",
            "Albuquerque Seixas",
        ),
        cities=(
            ("Aveiro", None, "3810-193", "Rua de Viseu, n.º 45, 2.º Dto."),
            ("Leiria", None, "2400-137", "Av. Heróis de Angola, 98, 4.º Esq."),
            ("Setúbal", None, "2900-276", "Rua Álvaro Castelões, 12, 1.º"),
        ),
        employers=(
            "Tejo Sistemas de Informação, S.A.",
            "Atlântico Seguros, S.A.",
            "Mondego Consultores, Lda.",
            "Vouga Engenharia e Serviços, Lda.",
            "Sado Distribuição Alimentar, S.A.",
        ),
        titles=(
            "Controller Financeiro",
            "Contabilista Certificado",
            "Analista Financeiro",
            "Técnico de Contabilidade",
        ),
        highlights=(
            "Elaboração de relatórios mensais de gestão e análise de desvios orçamentais",
            "Apoio ao fecho de contas mensal e anual em articulação com a contabilidade",
            "Implementação de um novo processo de faturação eletrónica (SAF-T)",
            "Gestão da relação com fornecedores e negociação de condições de pagamento",
            "Coordenação de uma equipa de quatro técnicos",
            "Automatização de mapas em Excel com Power Query e VBA",
            "Acompanhamento de auditorias externas e preparação da documentação de suporte",
            "Participação no projeto de migração para SAP S/4HANA",
            "Preparação das declarações fiscais (IVA, IES e Modelo 22)",
        ),
        skills=(
            "Microsoft Excel (avançado)",
            "SAP FI/CO",
            "Primavera ERP",
            "PHC",
            "Power BI",
            "Toconline",
        ),
        schools=(
            "Universidade de Aveiro",
            "Instituto Politécnico de Leiria",
            "ISCTE \u2013 Instituto Universitário de Lisboa",
        ),
        degrees=(
            ("Licenciatura", "Contabilidade e Finanças"),
            ("Licenciatura", "Gestão"),
            ("Mestrado", "Finanças"),
        ),
    ),
}

FEMININE_PT = {
    "Controller Financeiro": "Controller Financeira",
    "Contabilista Certificado": "Contabilista Certificada",
    "Analista Financeiro": "Analista Financeira",
    "Técnico de Contabilidade": "Técnica de Contabilidade",
}
FEMALE_PT = {"Leonor", "Beatriz", "Matilde", "Inês"}
MN_NOMINATIVE = {
    "Батбаярын": "Батбаяр",
    "Ганболдын": "Ганболд",
    "Лхагвасүрэнгийн": "Лхагвасүрэн",
    "Дашдоржийн": "Дашдорж",
    "Цэрэндоржийн": "Цэрэндорж",
}
MN_LATIN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "j",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "ө": "u",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ү": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "-": "-",
}

UG_OBJECTIVE = (
    "A self-driven and result-oriented accounting professional seeking to contribute my "
    "knowledge and skills to a reputable organisation that offers opportunities for growth, "
    "while upholding integrity, transparency and team work."
)
UG_LANGUAGES = (("English", "Excellent"), ("Luganda", "Fluent"), ("Kiswahili", "Fair"))
UG_REFEREES = (
    ("Mr. Godfrey Wasswa Lubega", "Finance Manager", "+256 772 418 903"),
    ("Ms. Harriet Akello", "Head of Internal Audit", "+256 701 255 614"),
    ("Dr. Emmanuel Byaruhanga", "Lecturer, Department of Accounting", "+256 782 907 330"),
)
MN_LANGUAGES = (("Англи хэл", "Сайн"), ("Орос хэл", "Дунд"), ("Солонгос хэл", "Анхан шат"))
MN_ABOUT = (
    "Багаар ажиллах чадвартай, хариуцлагатай, шинэ технологи суралцах сонирхолтой. "
    "Програм хангамжийн чиглэлээр 5 гаруй жилийн туршлагатай."
)
DE_ABOUT = (
    "Erfahrene Projektleitung an der Schnittstelle zwischen Fachbereich und IT. Mein "
    "Schwerpunkt liegt auf ERP-Einführungen und der Digitalisierung von Geschäftsprozessen."
)
DE_LANGUAGES = (
    ("Deutsch", "Muttersprache"),
    ("Englisch", "Fließend"),
    ("Französisch", "Grundkenntnisse"),
    ("Spanisch", "Gute Kenntnisse"),
)
DE_WANTS = ("Neue Herausforderungen im Projektmanagement", "Austausch zu SAP-Themen", "Mentoring")
DE_INTERESTS = ("Segeln", "Rennrad", "Fotografie", "Ehrenamt im Sportverein")
PT_PROFILE = (
    "Profissional da área financeira com experiência em controlo de gestão e contabilidade, "
    "rigoros{o}, organizad{o} e com facilidade de trabalho em equipa."
)
PT_LANGUAGES = (("Inglês", "C1"), ("Espanhol", "B2"), ("Francês", "A2"))


class _Person(Candidate):
    """A candidate whose file name comes from a Latin spelling when the name is Cyrillic."""

    __slots__ = ()

    @property
    def slug(self) -> str:
        return "-".join(ascii_slug(self.extra.get("latin") or self.name).split())


def _mn_latin(text: str) -> str:
    words = []
    for word in text.split():
        latin = "".join(MN_LATIN.get(ch.lower(), ch.lower()) for ch in word)
        words.append(latin.capitalize())
    return " ".join(words)


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-ugandan-cv":
        return {
            "dates": rng.choice(("long", "years")),
            "present": rng.choice(("To date", "Date", "Present")),
            "education_first": rng.random() < 0.6,
        }
    if style == "pdf-mongolian-cv":
        return {
            "dates": rng.choice(("dotted", "words", "years")),
            "accent": rng.choice(((20, 60, 130), (150, 30, 40), (30, 30, 30))),
        }
    if style == "pdf-xing-export":
        return {"dates": rng.choice(("numeric", "seit")), "headline": rng.random() < 0.8}
    if style == "docx-portuguese-cv-word":
        return {
            "dates": rng.choice(("words", "numeric")),
            "table": rng.random() < 0.5,
            "accent": rng.choice(("1F4E79", "833C0B", "385623")),
            "education_first": rng.random() < 0.4,
            "headline": rng.random() < 0.5,
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name).split()
    first, last = (slug[0], slug[-1]) if slug else ("", "")
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street or None, "postal": postal}
    label: str | None = None
    url: str | None = None
    languages: list[tuple[str, str]] = []
    skills: list[str] = []
    jobs = _chain(rng, pool, rng.choice((2, 3)), rng.random() < 0.7)
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    scores: list[str | None] = []
    if style == "pdf-ugandan-cv":
        phone = f"+256 7{rng.choice((0, 5, 7, 8))}{rng.randint(0, 9)} {rng.randint(100000, 999999)}"
        email = f"{first}{last.replace('-', '')}{rng.randint(10, 99)}@gmail.com"
        extra["postal"] = None
        extra["pobox"] = postal
        for job in jobs:
            job.city = rng.choice(("Kampala", "Kampala", "Entebbe", "Mbarara", "Jinja"))
        idx = rng.randrange(2)
        study, area = pool.degrees[idx]
        if rng.random() < 0.45:
            top, tarea = pool.degrees[2]
            degrees.append(Degree(pool.schools[1], top, tarea, (end_year - 2, 8), (end_year, 10)))
            scores.append(None)
            end_year -= 3
        degrees.append(Degree(pool.schools[idx * 2], study, area, (end_year - 3, 8), (end_year, 6)))
        scores.append(rng.choice(("Second Class Upper", "Second Class Lower", "CGPA 4.12")))
        school = rng.choice(("St. Mary's College Kisubi", "Gayaza High School", "Ntare School"))
        degrees.append(
            Degree(
                school,
                "Uganda Advanced Certificate of Education (UACE)",
                "",
                (end_year - 5, 2),
                (end_year - 4, 11),
            )
        )
        scores.append(None)
        extra["born"] = f"{rng.randint(1, 28)}/{rng.randint(1, 12):02d}/{end_year - 22}"
        extra["sex"] = (
            "Female" if name.split()[0] in ("Brenda", "Patience", "Gloria", "Shamim") else "Male"
        )
        extra["referees"] = rng.sample(UG_REFEREES, 3)
        extra["summary"] = UG_OBJECTIVE
        languages = list(UG_LANGUAGES[: rng.randint(2, 3)])
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-mongolian-cv":
        given, patronymic = name.split()[1], name.split()[0]
        extra["latin"] = f"{_mn_latin(given)} {_mn_latin(MN_NOMINATIVE[patronymic])}"
        lat = extra["latin"].lower().split()
        phone = (
            f"+976 {rng.choice((88, 89, 95, 99))}{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
        )
        email = f"{lat[0].replace('-', '')}.{lat[1][0]}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        extra["given"], extra["father"] = given, MN_NOMINATIVE[patronymic]
        extra["born"] = f"{end_year - 22} оны {rng.randint(1, 12)} сарын {rng.randint(1, 28)}"
        extra["summary"] = MN_ABOUT
        for job in jobs:
            job.city = ""
        idx = rng.randrange(2)
        study, area = pool.degrees[idx]
        if rng.random() < 0.4:
            top, tarea = pool.degrees[2]
            degrees.append(Degree(pool.schools[idx], top, tarea, (end_year - 2, 9), (end_year, 6)))
            end_year -= 2
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 9), (end_year, 6)))
        scores = [None] * len(degrees)
        languages = [("Монгол хэл", "Төрөлх"), *rng.sample(MN_LANGUAGES, rng.randint(1, 2))]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-xing-export":
        area_code = {"Hannover": "511", "Leipzig": "341"}.get(city, "761")
        phone = f"+49 {area_code} {rng.randint(1000000, 9999999)}"
        plain = name.replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
        latin = "_".join(w.capitalize() for w in ascii_slug(plain).split())
        email = f"{first[0]}.{latin.split('_')[-1].lower()}@"
        email += rng.choice(("posteo.de", "web.de", "gmx.de"))
        extra["xing"] = f"https://www.xing.com/profile/{latin}"
        label = f"{jobs[0].position} bei {jobs[0].company}"
        extra["summary"] = DE_ABOUT
        for job in jobs:
            job.city = rng.choice((city, city, "Berlin", "Hamburg"))
        idx = [c[0] for c in pool.cities].index(city)
        study, area = pool.degrees[idx]
        if study == "Master of Science":
            degrees.append(
                Degree(pool.schools[idx], study, area, (end_year - 2, 10), (end_year, 9))
            )
            end_year -= 2
            study, area = pool.degrees[1]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 3, 10), (end_year, 9)))
        scores = [None] * len(degrees)
        languages = [DE_LANGUAGES[0], *rng.sample(DE_LANGUAGES[1:], rng.randint(1, 2))]
        skills = rng.sample(pool.skills, rng.randint(6, 9))
        extra["wants"] = rng.sample(DE_WANTS, 2)
        extra["interests"] = rng.sample(DE_INTERESTS, 3)
    else:
        phone = f"9{rng.choice((1, 2, 3, 6))}{rng.randint(0, 9)} {rng.randint(100, 999)} "
        phone += str(rng.randint(100, 999))
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'sapo.pt', 'outlook.pt'))}"
        female = name.split()[0] in FEMALE_PT
        for job in jobs:
            if female:
                job.position = FEMININE_PT.get(job.position, job.position)
            job.city = rng.choice((city, city, "Lisboa", "Porto"))
        label = jobs[0].position
        extra["summary"] = PT_PROFILE.format(o="a" if female else "o")
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(100, 999)}"
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 22}"
        extra["female"] = female
        idx = [c[0] for c in pool.cities].index(city)
        study, area = pool.degrees[min(idx, 1)]
        if rng.random() < 0.5:
            top, tarea = pool.degrees[2]
            degrees.append(Degree(pool.schools[2], top, tarea, (end_year - 2, 9), (end_year, 7)))
            scores.append(f"{rng.randint(15, 18)} valores")
            end_year -= 2
        degrees.append(
            Degree(pool.schools[min(idx, 1)], study, area, (end_year - 3, 9), (end_year, 7))
        )
        scores.append(f"{rng.randint(13, 17)} valores")
        languages = [("Português", "Língua materna"), *PT_LANGUAGES[: rng.randint(1, 3)]]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    extra["scores"] = scores
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
    profiles: list[dict[str, str]] = []
    if "linkedin" in extra:
        link = extra["linkedin"]
        profiles.append({"network": "LinkedIn", "username": link.rsplit("/", 1)[-1], "url": link})
    if "xing" in extra:
        link = extra["xing"]
        profiles.append({"network": "XING", "username": link.rsplit("/", 1)[-1], "url": link})
    if style == "pdf-ugandan-cv":
        location = {"address": extra["pobox"], "city": person.city, "countryCode": "UG"}
    elif style == "pdf-mongolian-cv":
        location = {
            "address": extra["street"],
            "city": person.city,
            "countryCode": "MN",
        }
    elif style == "pdf-xing-export":
        location = {"city": person.city, "countryCode": "DE"}
    else:
        location = {
            "address": extra["street"],
            "postalCode": extra["postal"],
            "city": person.city,
        }
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label if options.get("headline", True) else None,
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
    edu_precision = "month" if style == "pdf-xing-export" else "year"
    education: list[dict[str, Any]] = []
    for d, score in zip(person.degrees, extra["scores"], strict=True):
        item: dict[str, Any] = {
            "institution": d.institution,
            "studyType": d.study,
            "area": d.area,
            "startDate": iso_month(d.start, edu_precision),
            "endDate": iso_month(d.end, edu_precision),
            "score": score,
        }
        education.append(drop_empty(item))
    skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    interests = [{"name": name} for name in extra.get("interests", [])]
    references = [
        {"name": name, "reference": f"{role}, {mobile}"}
        for name, role, mobile in extra.get("referees", [])
    ]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "skills": skills,
            "languages": languages,
            "interests": interests,
            "references": references,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-ugandan-cv":
        return _ugandan(person, options), "pdf"
    if style == "pdf-mongolian-cv":
        return _mongolian(person, options), "pdf"
    if style == "pdf-xing-export":
        return _xing(person, options), "pdf"
    if style == "docx-portuguese-cv-word":
        return _portuguese(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _ug_month(month: Month | None, options: dict[str, Any]) -> str:
    if month is None:
        return options["present"]
    if options["dates"] == "years":
        return str(month[0])
    return f"{MONTHS_EN[month[1] - 1]} {month[0]}"


def _ugandan(person: Candidate, options: dict[str, Any]) -> bytes:
    extra = person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("CURRICULUM VITAE")
    x, width = 22.0, 166.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 285)
        pdf.set_font("Serif", "", 8)
        pdf.cell(width, 4, str(pdf.page_no()), align="C")
        y = 20.0

    def need(height: float) -> None:
        if y + height > 278:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 11)
        pdf.set_fill_color(217, 217, 217)
        pdf.cell(width, 6.5, text.upper(), fill=True)
        y += 9

    def row(key: str, value: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(45, 5.4, key)
        pdf.cell(5, 5.4, ":")
        pdf.set_font("Serif", "", 10)
        pdf.multi_cell(width - 50, 5.4, value, align="L")
        y = pdf.get_y()

    def bullet(text: str, indent: float = 4.0, mark: str = "\u25ba") -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x + indent, y)
        pdf.set_font("Serif", "", 10)
        pdf.cell(5, 5.2, mark)
        pdf.multi_cell(width - indent - 5, 5.2, text, align="J")
        y = pdf.get_y() + 0.4

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 16)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    pdf.line(x + 50, y + 8.5, x + width - 50, y + 8.5)
    y += 14
    heading("Personal Details")
    row("Name", person.name)
    row("Date of Birth", extra["born"])
    row("Sex", extra["sex"])
    row("Nationality", "Ugandan")
    row("Marital Status", "Single")
    row("Address", f"{extra['pobox']}, {person.city}, Uganda")
    row("Telephone", person.phone)
    row("E-mail", person.email)
    heading("Career Objective")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "I", 10)
    pdf.multi_cell(width, 5.2, extra["summary"], align="J")
    y = pdf.get_y() + 1

    def education() -> None:
        nonlocal y
        heading("Education Background")
        cols = (30.0, 70.0, 66.0)
        pdf.set_font("Serif", "B", 10)
        for i, head in enumerate(("Year", "Institution", "Award")):
            pdf.set_xy(x + sum(cols[:i]), y)
            pdf.cell(cols[i], 6.5, head, border=1, align="C")
        y += 6.5
        for d, score in zip(person.degrees, extra["scores"], strict=True):
            award = d.study + (f" ({d.area})" if d.area else "")
            if score:
                award += f" \u2013 {score}"
            cells = (f"{d.start[0]} \u2013 {d.end[0]}", d.institution, award)
            pdf.set_font("Serif", "", 10)
            lines = max(
                len(pdf.multi_cell(cols[i] - 2, 5, c, dry_run=True, output="LINES"))
                for i, c in enumerate(cells)
            )
            height = lines * 5 + 2
            need(height)
            for i, cell in enumerate(cells):
                cx = x + sum(cols[:i])
                pdf.rect(cx, y, cols[i], height)
                pdf.set_xy(cx + 1, y + 1)
                pdf.multi_cell(cols[i] - 2, 5, cell, align="L")
            y += height
        y += 2

    def work() -> None:
        nonlocal y
        heading("Work Experience")
        for job in person.jobs:
            need(30)
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "B", 10)
            pdf.cell(28, 5.4, "Organisation:")
            pdf.set_font("Serif", "", 10)
            pdf.cell(width - 28, 5.4, f"{job.company}, {job.city}")
            y += 5.6
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "B", 10)
            pdf.cell(28, 5.4, "Position:")
            pdf.cell(width - 28, 5.4, job.position)
            y += 5.6
            pdf.set_xy(x, y)
            pdf.cell(28, 5.4, "Period:")
            pdf.set_font("Serif", "", 10)
            span = f"{_ug_month(job.start, options)} \u2013 {_ug_month(job.end, options)}"
            pdf.cell(width - 28, 5.4, span)
            y += 6.4
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "BU", 10)
            pdf.cell(width, 5.4, "Duties and Responsibilities")
            y += 6
            for note in job.highlights:
                bullet(note)
            y += 3

    if options["education_first"]:
        education()
        work()
    else:
        work()
        education()
    heading("Computer Skills")
    for skill in person.skills:
        bullet(skill, mark="\u2022")
    heading("Languages")
    for lang, level in person.languages:
        bullet(f"{lang} \u2013 {level}", mark="\u2022")
    heading("Referees")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 10)
    for number, (name, role, mobile) in enumerate(extra["referees"], 1):
        need(17)
        for offset, (text, look) in enumerate(
            ((f"{number}. {name}", "B"), (role, ""), (f"Tel: {mobile}", ""))
        ):
            pdf.set_xy(x + 4, y + 5 * offset)
            pdf.set_font("Serif", look, 10)
            pdf.cell(width - 4, 5, text)
        y += 17
    need(32)
    y += 3
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "BU", 10)
    pdf.cell(width, 5, "Declaration")
    pdf.set_xy(x, y + 6)
    pdf.set_font("Serif", "", 10)
    pdf.multi_cell(
        width,
        5,
        "I hereby declare that the information given above is true and correct to the best "
        "of my knowledge.",
        align="L",
    )
    y = pdf.get_y() + 8
    pdf.set_xy(x, y)
    pdf.cell(
        width,
        5,
        "Signature: ......................................    Date: ..........................",
    )
    _check(y, 284, person)
    return bytes(pdf.output())


def _mn_month(month: Month | None, form: str) -> str:
    if month is None:
        return "одоог хүртэл"
    if form == "years":
        return str(month[0])
    if form == "words":
        return f"{month[0]} оны {month[1]}-р сар"
    return f"{month[0]}.{month[1]:02d}"


def _mongolian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Намтар - {person.name}")
    x, width = 18.0, 174.0
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
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text.upper())
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(x, y + 6.6, x + width, y + 6.6)
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.2)
        y += 9

    def table_row(cells: tuple[str, ...], cols: tuple[float, ...], bold: bool = False) -> None:
        nonlocal y
        pdf.set_font("Sans", "B" if bold else "", 8.8)
        lines = max(
            len(pdf.multi_cell(cols[i] - 2, 4.6, c, dry_run=True, output="LINES"))
            for i, c in enumerate(cells)
        )
        height = lines * 4.6 + 2
        need(height)
        for i, cell in enumerate(cells):
            cx = x + sum(cols[:i])
            if bold:
                pdf.set_fill_color(235, 235, 235)
                pdf.rect(cx, y, cols[i], height, style="DF")
            else:
                pdf.rect(cx, y, cols[i], height)
            pdf.set_xy(cx + 1, y + 1)
            pdf.multi_cell(cols[i] - 2, 4.6, cell, align="L")
        y += height

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 15)
    pdf.cell(width, 8, "ТОВЧ НАМТАР", align="C")
    y += 13
    pdf.set_draw_color(150, 150, 150)
    pdf.rect(x + width - 30, y, 30, 38)
    pdf.set_xy(x + width - 30, y + 17)
    pdf.set_font("Sans", "", 7.5)
    pdf.set_text_color(140, 140, 140)
    pdf.cell(30, 4, "3x4 зураг", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 17)
    pdf.set_text_color(*accent)
    pdf.cell(width - 34, 8, person.name)
    pdf.set_text_color(0, 0, 0)
    y += 11
    rows = (
        ("Эцэг/эхийн нэр", extra["father"]),
        ("Нэр", extra["given"]),
        ("Төрсөн огноо", extra["born"]),
        ("Утас", person.phone),
        ("И-мэйл", person.email),
        ("Гэрийн хаяг", f"Монгол Улс, {person.city}, {extra['street']}"),
    )
    for key, value in rows:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 8.8)
        pdf.cell(34, 4.8, f"{key}:")
        pdf.set_font("Sans", "", 8.8)
        pdf.multi_cell(width - 34 - 36, 4.8, value, align="L")
        y = pdf.get_y() + 0.6
    y = max(y, 16 + 13 + 40)
    heading("Зорилго")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.8, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("Боловсрол")
    cols = (32.0, 62.0, 46.0, 34.0)
    table_row(("Хугацаа", "Сургууль", "Мэргэжил", "Зэрэг"), cols, bold=True)
    for d in person.degrees:
        table_row((f"{d.start[0]}-{d.end[0]}", d.institution, d.area, d.study), cols)
    heading("Ажлын туршлага")
    for job in person.jobs:
        need(26)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(width - 60, 5, job.company)
        pdf.set_font("Sans", "", 8.8)
        span = f"{_mn_month(job.start, form)} \u2013 {_mn_month(job.end, form)}"
        pdf.cell(60, 5, span, align="R")
        pdf.set_xy(x, y + 5.2)
        pdf.set_font("Sans", "", 9)
        pdf.cell(26, 5, "Албан тушаал:")
        pdf.set_font("Sans", "I", 9)
        pdf.cell(width - 26, 5, job.position)
        pdf.set_xy(x, y + 10.4)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width, 5, "Гүйцэтгэсэн ажил, үүрэг:")
        y += 16
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + 3, y)
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(4, 4.5, "-")
            pdf.multi_cell(width - 7, 4.5, note, align="L")
            y = pdf.get_y() + 0.3
        y += 3
    heading("Гадаад хэлний мэдлэг")
    cols2 = (60.0, 50.0)
    table_row(("Хэл", "Түвшин"), cols2, bold=True)
    for lang, level in person.languages:
        table_row((lang, level), cols2)
    heading("Компьютерийн ур чадвар")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.8, ", ".join(person.skills), align="L")
    y = pdf.get_y() + 1
    _check(y, 286, person)
    return bytes(pdf.output())


def _de_month(month: Month) -> str:
    return f"{month[1]:02d}/{month[0]}"


def _de_span(start: Month, end: Month | None, form: str) -> str:
    if end is None:
        return f"seit {_de_month(start)}" if form == "seit" else f"{_de_month(start)} - heute"
    return f"{_de_month(start)} - {_de_month(end)}"


def _xing(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} | XING")
    x, width = 20.0, 170.0
    green, ink, grey = (0, 101, 103), (51, 51, 51), (120, 120, 120)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 12)
        pdf.set_font("Sans", "B", 13)
        pdf.set_text_color(*green)
        pdf.cell(30, 6, "XING")
        pdf.set_font("Sans", "", 7.5)
        pdf.set_text_color(*grey)
        pdf.cell(width - 30, 6, person.name, align="R")
        pdf.set_draw_color(220, 220, 220)
        pdf.line(x, 19.5, x + width, 19.5)
        pdf.set_xy(x, 284)
        pdf.cell(width / 2, 4, extra["xing"])
        pdf.cell(width / 2, 4, f"Seite {pdf.page_no()}/{{nb}}", align="R")
        pdf.set_text_color(*ink)
        y = 26.0

    def need(height: float) -> None:
        if y + height > 276:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 12)
        pdf.set_text_color(*ink)
        pdf.cell(width, 6.5, text)
        y += 9

    def tags(items: list[str]) -> None:
        nonlocal y
        pdf.set_font("Sans", "", 8.5)
        cx = x
        for item in items:
            w = pdf.get_string_width(item) + 6
            if cx + w > x + width:
                cx = x
                y += 8
            need(8)
            pdf.set_draw_color(200, 200, 200)
            pdf.set_fill_color(244, 244, 244)
            pdf.rect(cx, y, w, 6, style="DF", round_corners=True, corner_radius=1.5)
            pdf.set_xy(cx, y + 0.5)
            pdf.cell(w, 5, item, align="C")
            cx += w + 2.5
        y += 9

    new_page()
    pdf.set_fill_color(225, 232, 232)
    pdf.ellipse(x, y, 26, 26, style="F")
    pdf.set_xy(x + 32, y + 1)
    pdf.set_font("Sans", "B", 20)
    pdf.cell(width - 32, 9, person.name)
    top = y + 11
    if options["headline"]:
        pdf.set_xy(x + 32, top)
        pdf.set_font("Sans", "", 10.5)
        pdf.multi_cell(width - 32, 5, person.label or "", align="L")
        top = pdf.get_y() + 0.5
    pdf.set_xy(x + 32, top)
    pdf.set_font("Sans", "", 9)
    pdf.set_text_color(*grey)
    pdf.cell(width - 32, 5, f"{person.city}, Deutschland")
    pdf.set_text_color(*ink)
    y = max(y + 30, top + 8)
    heading("Über mich")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.7, extra["summary"], align="L")
    y = pdf.get_y() + 1
    heading("Berufserfahrung")
    for job in person.jobs:
        need(26)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.5)
        pdf.set_text_color(*grey)
        pdf.cell(40, 4.8, _de_span(job.start, job.end, form))
        pdf.set_text_color(*ink)
        pdf.set_xy(x + 42, y)
        pdf.set_font("Sans", "B", 10)
        pdf.multi_cell(width - 42, 5, job.position, align="L")
        pdf.set_xy(x + 42, pdf.get_y())
        pdf.set_font("Sans", "", 9.5)
        pdf.set_text_color(*green)
        pdf.cell(width - 42, 5, job.company)
        pdf.set_text_color(*grey)
        pdf.set_xy(x + 42, pdf.get_y() + 5)
        pdf.set_font("Sans", "", 8.5)
        pdf.cell(width - 42, 4.6, job.city)
        pdf.set_text_color(*ink)
        y = pdf.get_y() + 6
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + 42, y)
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(4, 4.5, "\u2022")
            pdf.multi_cell(width - 46, 4.5, note, align="L")
            y = pdf.get_y() + 0.3
        pdf.set_draw_color(235, 235, 235)
        y += 2
        pdf.line(x + 42, y, x + width, y)
        y += 3
    heading("Ausbildung")
    for d in person.degrees:
        need(18)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.5)
        pdf.set_text_color(*grey)
        pdf.cell(40, 4.8, f"{_de_month(d.start)} - {_de_month(d.end)}")
        pdf.set_text_color(*ink)
        pdf.set_xy(x + 42, y)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width - 42, 5, d.area)
        pdf.set_xy(x + 42, y + 5)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(width - 42, 5, d.study)
        pdf.set_xy(x + 42, y + 10)
        pdf.set_text_color(*green)
        pdf.cell(width - 42, 5, d.institution)
        pdf.set_text_color(*ink)
        y += 17
    heading("Sprachen")
    for lang, level in person.languages:
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(40, 5, lang)
        pdf.set_font("Sans", "", 9)
        pdf.set_text_color(*grey)
        pdf.cell(width - 40, 5, level)
        pdf.set_text_color(*ink)
        y += 5.5
    heading("Ich biete")
    tags(person.skills)
    heading("Ich suche")
    tags(extra["wants"])
    heading("Interessen")
    tags(extra["interests"])
    heading("Kontaktdaten")
    for key, value in (("E-Mail", person.email), ("Telefon", person.phone)):
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9)
        pdf.set_text_color(*grey)
        pdf.cell(40, 5, key)
        pdf.set_text_color(*ink)
        pdf.cell(width - 40, 5, value)
        y += 5.5
    _check(y, 280, person)
    return bytes(pdf.output())


def _pt_month(month: Month | None, form: str) -> str:
    if month is None:
        return "presente" if form == "words" else "atual"
    if form == "words":
        return f"{MESES[month[1] - 1]} de {month[0]}"
    return f"{month[1]:02d}/{month[0]}"


def _portuguese(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    form, extra = options["dates"], person.extra
    accent = RGBColor.from_string(options["accent"])
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = person.name
    properties.revision = 3
    properties.title = "Curriculum Vitae"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2)
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(10.5)
    document.styles["Normal"].paragraph_format.space_after = Pt(2)

    def rule(paragraph: Any) -> None:
        ppr = paragraph._p.get_or_add_pPr()
        border = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("val", "single"), ("sz", "8"), ("space", "1")):
            bottom.set(qn(f"w:{key}"), value)
        bottom.set(qn("w:color"), options["accent"])
        border.append(bottom)
        ppr.append(border)

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.space_after = Pt(4)
        run = paragraph.add_run(text)
        run.bold = True
        run.font.size = Pt(12.5)
        run.font.color.rgb = accent
        rule(paragraph)

    def line(key: str, value: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.add_run(f"{key}: ").bold = True
        paragraph.add_run(value)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.LEFT
    title.paragraph_format.space_after = Pt(0)
    run = title.add_run(person.name)
    run.bold, run.font.size = True, Pt(20)
    run.font.color.rgb = accent
    if options["headline"]:
        sub = document.add_paragraph()
        sub.add_run(person.label or "").font.size = Pt(12)
    heading("Dados Pessoais")
    line("Morada", f"{extra['street']}, {extra['postal']} {person.city}")
    line("Telemóvel", person.phone)
    line("Email", person.email)
    line("LinkedIn", extra["linkedin"].removeprefix("https://www."))
    line("Data de Nascimento", extra["born"])
    line("Nacionalidade", "Portuguesa")
    line("Carta de Condução", "Categoria B")
    heading("Perfil")
    document.add_paragraph(extra["summary"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    def entries(rows: list[tuple[str, list[tuple[str, bool, bool]], list[str]]]) -> None:
        if options["table"]:
            table = document.add_table(rows=0, cols=2)
            table.alignment = WD_TABLE_ALIGNMENT.LEFT
            for when, lines, bullets in rows:
                cells = table.add_row().cells
                cells[0].width, cells[1].width = Cm(4), Cm(12.6)
                cells[0].paragraphs[0].add_run(when).bold = True
                first = True
                for text, bold, italic in lines:
                    par = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
                    first = False
                    run = par.add_run(text)
                    run.bold, run.italic = bold, italic
                for note in bullets:
                    cells[1].add_paragraph(note, style="List Bullet")
            return
        for when, lines, bullets in rows:
            par = document.add_paragraph()
            par.paragraph_format.space_before = Pt(6)
            par.paragraph_format.space_after = Pt(0)
            run = par.add_run(when)
            run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
            for text, bold, italic in lines:
                par = document.add_paragraph()
                par.paragraph_format.space_after = Pt(0)
                run = par.add_run(text)
                run.bold, run.italic = bold, italic
            for note in bullets:
                document.add_paragraph(note, style="List Bullet")

    def experience() -> None:
        heading("Experiência Profissional")
        rows = []
        for job in person.jobs:
            when = f"{_pt_month(job.start, form)} \u2013 {_pt_month(job.end, form)}"
            if form == "words":
                when = when[0].upper() + when[1:]
            lines = [(job.position, True, False), (f"{job.company} ({job.city})", False, True)]
            rows.append((when, lines, list(job.highlights)))
        entries(rows)

    def education() -> None:
        heading("Formação Académica")
        rows = []
        for d, score in zip(person.degrees, extra["scores"], strict=True):
            lines = [(f"{d.study} em {d.area}", True, False), (d.institution, False, True)]
            if score:
                lines.append((f"Média final: {score}", False, False))
            rows.append((f"{d.start[0]} \u2013 {d.end[0]}", lines, []))
        entries(rows)

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("Competências Informáticas")
    for skill in person.skills:
        document.add_paragraph(skill, style="List Bullet")
    heading("Línguas")
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].paragraphs[0].add_run("Língua").bold = True
    table.rows[0].cells[1].paragraphs[0].add_run("Nível").bold = True
    for lang, level in person.languages:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = lang, level
    heading("Outras Informações")
    document.add_paragraph("Disponibilidade imediata.")
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())

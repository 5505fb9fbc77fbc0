"""Thirty-first held-out round ("holdout-31"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts: ``pdf-russian-cv``,
``pdf-moroccan-cv``, ``pdf-sri-lankan-cv`` and ``docx-german-lebenslauf``. The round is
sealed: the layouts are described only in the code below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

# ruff: noqa: RUF001 (the Russian CV is written in Cyrillic; the others use en dashes)

from __future__ import annotations

import io
import random
import zipfile
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, FONTS, drop_empty, iso_month, profile_links

HOLDOUT_TAG = "holdout-31"
GENERATOR = "tests/eval/holdout31.py"
SEED = 3_182_047

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-russian-cv", 3),
    ("pdf-moroccan-cv", 3),
    ("pdf-sri-lankan-cv", 3),
    ("docx-german-lebenslauf", 3),
)

TODAY: Month = (2026, 10)
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
MESYATSY = (
    "Январь",
    "Февраль",
    "Март",
    "Апрель",
    "Май",
    "Июнь",
    "Июль",
    "Август",
    "Сентябрь",
    "Октябрь",
    "Ноябрь",
    "Декабрь",
)
# Genitive, as in "родилась 12 марта 1995".
MESYATSA = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
MOIS = (
    "Janvier",
    "Février",
    "Mars",
    "Avril",
    "Mai",
    "Juin",
    "Juillet",
    "Août",
    "Septembre",
    "Octobre",
    "Novembre",
    "Décembre",
)
MONATE = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)

POOLS: dict[str, Pool] = {
    "pdf-russian-cv": Pool(
        first=("Ярослава", "Злата", "Василиса", "Милана", "Ксения"),
        last=("Долгих", "Белоусова", "Шестакова", "Ведерникова", "Черных"),
        cities=(
            ("Москва", None, None, "м. Бауманская"),
            ("Санкт-Петербург", None, None, "м. Чернышевская"),
            ("Екатеринбург", None, None, ""),
            ("Новосибирск", None, None, ""),
        ),
        employers=(
            "ООО «Волжские цифровые системы»",
            "АО «Уралтехснаб»",
            "ПАО «Балтийский кредитный банк»",
            "ООО «Тайга Софт»",
            "ООО «Северный ритейл»",
        ),
        titles=(
            "Ведущий аналитик данных",
            "Старший BI-аналитик",
            "Продуктовый аналитик",
            "Аналитик данных",
            "Младший аналитик",
        ),
        highlights=(
            "Разработка и поддержка отчётности в Power BI для коммерческого департамента",
            "Проведение A/B-тестов и оценка их результатов для продуктовых команд",
            "Построение витрин данных в ClickHouse, оптимизация SQL-запросов",
            "Автоматизация ежедневной отчётности на Python (pandas, Airflow)",
            "Сокращение времени подготовки месячного отчёта с 3 дней до 4 часов",
            "Взаимодействие с заказчиками, сбор и формализация требований",
            "Наставничество для двух младших аналитиков",
            "Расчёт юнит-экономики и прогнозирование выручки",
            "Внедрение единого справочника метрик для 6 подразделений",
        ),
        skills=(
            "SQL",
            "Python",
            "Power BI",
            "ClickHouse",
            "Apache Airflow",
            "A/B тесты",
            "Tableau",
            "MS Excel",
            "Математическая статистика",
            "PostgreSQL",
        ),
        schools=(
            "Уральский федеральный университет имени первого Президента России Б.Н. Ельцина",
            "Новосибирский государственный университет",
            "Казанский (Приволжский) федеральный университет",
            "Санкт-Петербургский политехнический университет Петра Великого",
        ),
        degrees=(
            ("Бакалавр", "Прикладная математика и информатика"),
            ("Магистр", "Бизнес-информатика"),
            ("Специалист", "Экономическая безопасность"),
        ),
    ),
    "pdf-moroccan-cv": Pool(
        first=("Soukaina", "Othmane", "Ghita", "Anas", "Zineb", "Ilyass"),
        last=("Chraïbi", "Lahlou", "Ouazzani Touhami", "Bensouda", "El Fassi-Fihri", "Berrada"),
        cities=(
            (
                "Casablanca",
                None,
                "20250",
                "Résidence Les Jardins d'Anfa, Imm. B, Apt 14, Bd Ghandi",
            ),
            ("Rabat", None, "10100", "Résidence Al Firdaous, Imm. 12, Apt 5, Hay Riad"),
            ("Tanger", None, "90000", "Lotissement Al Boughaz, Rue 7, N° 23"),
            ("Kénitra", None, "14000", "Hay Maghrib Al Arabi, Rue 15, N° 9"),
        ),
        employers=(
            "Atlas Câblage Automobile SARL",
            "Sebou Industries Mécaniques",
            "Maghreb Emballages Techniques SA",
            "Tingitane Logistique SARL",
            "Doukkala Agro-Process SA",
        ),
        titles=(
            "Responsable Production",
            "Chef de projet industrialisation",
            "Ingénieur Amélioration Continue",
            "Ingénieur Qualité Fournisseurs",
            "Ingénieur Méthodes",
        ),
        highlights=(
            "Mise en place du SMED sur 4 lignes de sertissage (gain de 22 % sur les changements)",
            "Animation des chantiers Kaizen et suivi des indicateurs TRS",
            "Rédaction des gammes opératoires et des instructions de travail",
            "Pilotage d'une équipe de 45 opérateurs répartis sur 3 équipes",
            "Traitement des réclamations clients avec la méthode 8D",
            "Audit des fournisseurs locaux selon le référentiel IATF 16949",
            "Équilibrage des postes et réimplantation de l'atelier de montage",
            "Réduction du taux de rebut de 3,1 % à 1,4 % en un an",
            "Préparation et suivi du budget d'investissement de la ligne",
        ),
        skills=(
            "SAP PP/MM",
            "AutoCAD",
            "CATIA V5",
            "Minitab",
            "MS Project",
            "Power BI",
            "Pack Office",
            "VBA Excel",
        ),
        schools=(
            "École Nationale Supérieure d'Arts et Métiers (ENSAM) – Meknès",
            "École Mohammadia d'Ingénieurs (EMI) – Rabat",
            "École Nationale des Sciences Appliquées (ENSA) – Tanger",
        ),
        degrees=(
            ("Diplôme d'Ingénieur d'État", "Génie Industriel"),
            ("Diplôme d'Ingénieur d'État", "Génie Mécanique et Productique"),
            ("Diplôme d'Ingénieur d'État", "Génie des Systèmes Industriels"),
        ),
    ),
    "pdf-sri-lankan-cv": Pool(
        first=("Nethmi", "Tharindu", "Kavindya", "Dilshan", "Sachini", "Pasindu"),
        last=("Jayawardena", "Senanayake", "Rathnayake", "Wickramaarachchi", "Gunathilaka"),
        cities=(
            ("Maharagama", None, None, "No. 45/2, Temple Road"),
            ("Kandy", None, None, "No. 118/A, Peradeniya Road"),
            ("Nugegoda", None, None, "No. 27, Jambugasmulla Mawatha"),
            ("Negombo", None, None, "No. 9/3, Sea Street"),
        ),
        employers=(
            "Serendib Software Labs (Pvt) Ltd",
            "Lanka Harbour Logistics (Pvt) Ltd",
            "Ceylon Spice Exports PLC",
            "Kelani Digital Solutions (Pvt) Ltd",
            "Ruhuna Fintech (Pvt) Ltd",
        ),
        titles=(
            "Technical Lead",
            "Senior Software Engineer",
            "Software Engineer",
            "Associate Software Engineer",
            "Trainee Software Engineer",
        ),
        highlights=(
            "Developed RESTful microservices using Spring Boot and deployed them on AWS",
            "Worked closely with the QA team to reduce production defects by 30%",
            "Maintained the warehouse management system used by over 400 users island-wide",
            "Participated in requirement gathering sessions with clients in Australia and the UK",
            "Designed the database schema for the new loan origination module",
            "Mentored interns and conducted code reviews for a team of six",
            "Migrated legacy PHP modules to a React and Node.js stack",
            "Automated build and release pipelines with Jenkins and Docker",
            "Prepared technical documentation and user manuals",
        ),
        skills=(),
        schools=(
            "University of Moratuwa",
            "University of Peradeniya",
            "Sri Lanka Institute of Information Technology (SLIIT)",
        ),
        degrees=(
            ("BSc (Hons)", "Computer Science and Engineering"),
            ("BSc (Hons)", "Computer Engineering"),
            ("BSc (Hons)", "Information Technology"),
        ),
    ),
    "docx-german-lebenslauf": Pool(
        first=("Sönke", "Jördis", "Hauke", "Gesche", "Thies", "Frauke"),
        last=("Weißenborn", "Lüdemann", "Großkreutz", "Kühnert", "Pfäffle"),
        cities=(
            ("München", None, "80337", "Lindwurmstraße 112"),
            ("Bremen", None, "28195", "Am Wall 164"),
            ("Regensburg", None, "93047", "Gesandtenstraße 9"),
            ("Stuttgart", None, "70178", "Rotebühlstraße 88"),
        ),
        employers=(
            "Kessler & Voigt Maschinenbau GmbH",
            "Nordlicht Energie AG",
            "Hanseatische Antriebstechnik GmbH & Co. KG",
            "Bräuer Medizintechnik GmbH",
            "Elbtal Elektronik GmbH",
        ),
        titles=(
            "Teamleitung Strategischer Einkauf",
            "Lead Buyer Elektronik",
            "Senior Buyer",
            "Junior Category Manager",
            "Sachbearbeitung Einkauf",
        ),
        highlights=(
            "Verantwortung für ein Einkaufsvolumen von 38 Mio. € p. a.",
            "Lieferantenauswahl, -bewertung und -entwicklung in Osteuropa und Asien",
            "Führung von Preis- und Vertragsverhandlungen mit Rahmenverträgen",
            "Einführung eines Lieferantenportals auf Basis von SAP Ariba",
            "Disziplinarische Führung von vier Mitarbeitenden",
            "Aufbau einer Dual-Sourcing-Strategie für Leiterplatten",
            "Kostensenkung von 7 % durch Bündelung der Bedarfe",
            "Abstimmung mit Entwicklung, Qualität und Logistik",
            "Bestellabwicklung und Terminverfolgung in SAP MM",
        ),
        skills=("SAP MM", "SAP Ariba", "MS Office", "Power BI", "Incoterms 2020"),
        schools=(
            "Hochschule Bremerhaven",
            "Universität Bremen",
            "Technische Hochschule Rosenheim",
            "Hochschule Esslingen",
        ),
        degrees=(
            ("Bachelor of Arts", "Betriebswirtschaftslehre"),
            ("Master of Science", "Supply Chain Management"),
            ("Bachelor of Engineering", "Wirtschaftsingenieurwesen"),
        ),
    ),
}

RU_PATRONYMICS = ("Игоревна", "Олеговна", "Руслановна", "Тимуровна", "Андреевна")
RU_ABOUT = (
    "Аналитик с опытом работы в ритейле и финансах. Умею находить в данных ответы на "
    "бизнес-вопросы и доносить их до руководства. Ответственная, внимательная к деталям, "
    "быстро осваиваю новые инструменты."
)
RU_COURSES = (
    ("Яндекс Практикум", "Аналитик данных"),
    ("Karpov.Courses", "Симулятор A/B-тестов"),
    ("Нетология", "SQL и получение данных"),
    ("Skillbox", "Визуализация данных в Tableau"),
)
RU_LANGUAGES = (("Английский", "B2 — Средне-продвинутый"), ("Немецкий", "A2 — Элементарный"))

MA_WOMEN = ("Soukaina", "Ghita", "Zineb")
MA_PROFILE = (
    "Ingénieur industriel rigoureux et orienté résultats, avec une expérience dans l'industrie "
    "automobile et l'agroalimentaire. Intéressé par les projets d'excellence opérationnelle."
)
MA_PROFILE_F = (
    "Ingénieure industrielle rigoureuse et orientée résultats, avec une expérience dans "
    "l'industrie automobile et l'agroalimentaire. Intéressée par les projets d'excellence "
    "opérationnelle."
)
MA_CERTS = (
    ("Lean Six Sigma Green Belt", "IASSC"),
    ("TOEIC – 905/990", "ETS"),
    ("Auditeur interne IATF 16949", "AFNOR Maroc"),
    ("PMP – Project Management Professional", "PMI"),
)
MA_INTERESTS = (
    "Football (club de l'école)",
    "Voyages",
    "Lecture",
    "Bénévolat (Association Injaz Al-Maghrib)",
)
MA_ACTIVITIES = (
    "Membre du bureau du Club Industrie 4.0 de l'école",
    "Organisation du Forum Entreprises de l'école (2 éditions)",
    "Participation au Hackathon national de l'OCP (Khouribga)",
)

LK_TAMIL = Pool(
    first=("Thivya", "Pirathees", "Keerthana", "Mayooran"),
    last=("Rajaratnam", "Sivanesan", "Thavarajah"),
    cities=(),
    employers=(),
    titles=(),
    highlights=(),
    skills=(),
    schools=(),
    degrees=(),
)
LK_WOMEN = ("Nethmi", "Kavindya", "Sachini", "Thivya", "Keerthana")
LK_OBJECTIVE = (
    "To work in a challenging environment where I can apply my knowledge and experience in "
    "software engineering, while contributing to the growth of the organization and "
    "improving my professional skills."
)
LK_CATEGORIES = (
    ("Programming Languages", ("Java", "Python", "TypeScript", "C#")),
    ("Frameworks", ("Spring Boot", "React", "Node.js", "Angular")),
    ("Databases", ("MySQL", "PostgreSQL", "MongoDB")),
    ("Tools & Platforms", ("Git", "Docker", "Jenkins", "AWS (EC2, S3, RDS)", "Jira")),
)
LK_CERTS = (
    ("AWS Certified Solutions Architect – Associate", "Amazon Web Services"),
    ("Oracle Certified Professional, Java SE 11 Developer", "Oracle"),
    ("Professional Scrum Master I (PSM I)", "Scrum.org"),
)
LK_SCHOOLS = (
    ("Royal College, Colombo 07", "Physical Science"),
    ("Dharmaraja College, Kandy", "Physical Science"),
    ("Maliyadeva College, Kurunegala", "Physical Science"),
    ("Jaffna Hindu College, Jaffna", "Physical Science"),
)
LK_ACTIVITIES = (
    "Member of the IEEE Student Branch, University (2016 – 2018)",
    "Vice President of the Rotaract Club (2017/2018)",
    "Represented the school cricket team (Under 17)",
    "Volunteer at the annual Shramadana campaign organized by the Faculty",
)
LK_REFEREES = (
    (
        "Dr. R. M. Premasiri",
        "Senior Lecturer",
        "Dept. of Computer Science & Engineering",
        "University of Moratuwa",
        "+94 71 555 2038",
        "premasirir@uom.lk",
    ),
    (
        "Mr. K. A. Gunasekara",
        "Engineering Manager",
        "Serendib Software Labs (Pvt) Ltd",
        "Colombo 03",
        "+94 77 555 6410",
        "kasun.g@serendiblabs.lk",
    ),
    (
        "Mrs. S. Yogeswaran",
        "Head of Technology",
        "Ruhuna Fintech (Pvt) Ltd",
        "Galle",
        "+94 76 555 9912",
        "s.yogeswaran@ruhunafintech.lk",
    ),
)

DE_SCHOOLS = (
    "Carl-Zeiss-Gymnasium Jena",
    "Gymnasium am Kaiserdom Speyer",
    "Käthe-Kollwitz-Gymnasium Bremen",
)
DE_TRAININGS = (
    ("Zertifizierter Einkäufer (IHK)", "IHK München und Oberbayern"),
    ("Verhandlungsführung im Einkauf", "BME Akademie"),
    ("SAP S/4HANA Sourcing and Procurement", "SAP SE"),
    ("Lieferkettensorgfaltspflichtengesetz in der Praxis", "TÜV SÜD Akademie"),
)
DE_LANGUAGES = (
    ("Englisch", "verhandlungssicher"),
    ("Französisch", "gute Kenntnisse"),
    ("Spanisch", "Grundkenntnisse"),
)
DE_INTERESTS = "Segeln, Rennradfahren, Chorgesang"


CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        (
            *("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o"),
            *("p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e"),
            *("yu", "ya"),
        ),
        strict=True,
    )
)


def _latin(text: str) -> str:
    """Russian text in a plain Latin transliteration, for slugs and e-mail handles."""
    return "".join(
        CYRILLIC.get(ch, ch) if ch.islower() else CYRILLIC.get(ch.lower(), ch).capitalize()
        for ch in text
    )


class _Candidate(Candidate):
    __slots__ = ()

    @property
    def slug(self) -> str:
        return "-".join(ascii_slug(_latin(self.name)).split())


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-russian-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "headline": rng.random() < 0.7,
            "tags": rng.random() < 0.6,
            "skills_first": rng.random() < 0.5,
        }
    if style == "pdf-moroccan-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "accent": rng.choice(((0, 84, 147), (150, 30, 40), (0, 110, 90))),
            "education_first": rng.random() < 0.6,
            "headline": rng.random() < 0.75,
        }
    if style == "pdf-sri-lankan-cv":
        return {
            "dates": rng.choice(("words", "slash")),
            "country": rng.random() < 0.5,
            "education_first": rng.random() < 0.5,
        }
    if style == "docx-german-lebenslauf":
        return {
            "dates": rng.choice(("numeric", "dotted", "words")),
            "accent": rng.choice(("1F3864", "7B2C2C", "2F5233")),
            "headline": rng.random() < 0.5,
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    tamil = style == "pdf-sri-lankan-cv" and rng.random() < 0.35
    name = (LK_TAMIL if tamil else pool).fresh_name(rng, used)
    slug = ascii_slug(_latin(name)).split()
    first, last = slug[0], slug[-1]
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street or None, "postal": postal}
    label: str | None = None
    url: str | None = None
    languages: list[tuple[str, str]] = []
    skills: list[str] = []
    jobs = _chain(rng, pool, rng.choice((3, 4)), rng.random() < 0.7)
    # Newest job first, so the most senior title goes first.
    for job, title in zip(
        jobs, sorted((j.position for j in jobs), key=pool.titles.index), strict=True
    ):
        job.position = title
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    if style == "pdf-russian-cv":
        given, family = name.split()
        printed = f"{family} {given} {rng.choice(RU_PATRONYMICS)}"
        used.add(printed)
        name = printed
        code = {"Москва": "916", "Санкт-Петербург": "921", "Екатеринбург": "912"}.get(city, "913")
        phone = f"+7 ({code}) {rng.randint(200, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
        email = f"{last}.{first[0]}@{rng.choice(('yandex.ru', 'mail.ru', 'gmail.com'))}"
        label = jobs[0].position
        extra["summary"] = RU_ABOUT
        extra["metro"] = street
        extra["street"] = None
        extra["born"] = (end_year - 22, rng.randint(1, 12), rng.randint(1, 28))
        for job in jobs:
            job.city = rng.choice((city, city, "Москва"))
            job.highlights = job.highlights[: rng.choice((3, 4))]
        idx = rng.randrange(len(pool.schools))
        study, area = rng.choice(pool.degrees)
        if study == "Магистр":
            degrees.append(Degree(pool.schools[idx], study, area, (end_year - 2, 9), (end_year, 6)))
            end_year -= 2
            study, area = pool.degrees[0]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 9), (end_year, 6)))
        extra["courses"] = sorted(
            ((rng.randint(end_year + 1, 2025), s, n) for s, n in rng.sample(RU_COURSES, 2)),
            reverse=True,
        )
        languages = [("Русский", "Родной"), *RU_LANGUAGES[: rng.randint(1, 2)]]
        skills = rng.sample(pool.skills, rng.randint(6, 9))
    elif style == "pdf-moroccan-cv":
        phone = f"+212 6 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        phone += f"{rng.randint(10, 99)}"
        handle = last.replace(" ", "").replace("-", "")
        email = f"{first}.{handle}@{rng.choice(('gmail.com', 'outlook.fr', 'emi.ac.ma'))}"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{handle}"
        woman = name.split()[0] in MA_WOMEN
        extra["summary"] = MA_PROFILE_F if woman else MA_PROFILE
        extra["status"] = "Célibataire" if rng.random() < 0.6 else ("Mariée" if woman else "Marié")
        extra["woman"] = woman
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 24}"
        extra["birthplace"] = rng.choice(("Fès", "Meknès", "Oujda", "Safi", "Agadir"))
        for job in jobs:
            job.city = rng.choice((city, "Casablanca", "Tanger", "Kénitra"))
        idx = rng.randrange(len(pool.schools))
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 3, 9), (end_year, 7)))
        extra["mention"] = rng.choice(("Bien", "Assez bien", "Très bien"))
        degrees.append(
            Degree(
                rng.choice(
                    ("CPGE – Lycée Moulay Youssef, Rabat", "CPGE – Lycée Mohammed V, Casablanca")
                ),
                "Classes Préparatoires aux Grandes Écoles",
                "Filière MP (Mathématiques-Physique)",
                (end_year - 5, 9),
                (end_year - 3, 6),
            )
        )
        degrees.append(
            Degree(
                rng.choice(("Lycée Ibn Khaldoun", "Lycée Al Khansaa", "Lycée Omar Ibn Abdelaziz")),
                "Baccalauréat",
                "Sciences Mathématiques B",
                (end_year - 6, 9),
                (end_year - 5, 6),
            )
        )
        extra["bac_mention"] = rng.choice(("Très bien", "Bien"))
        extra["certs"] = [
            (n, i, rng.randint(end_year, 2025)) for n, i in rng.sample(MA_CERTS, rng.randint(2, 3))
        ]
        extra["interests"] = rng.sample(MA_INTERESTS, 3)
        extra["activities"] = rng.sample(MA_ACTIVITIES, 2)
        languages = [
            ("Arabe", "langue maternelle"),
            ("Français", "courant"),
            ("Anglais", rng.choice(("bon niveau", "courant (TOEIC)"))),
        ]
        if rng.random() < 0.4:
            languages.append(("Espagnol", "notions"))
        skills = rng.sample(pool.skills, rng.randint(5, 7))
    elif style == "pdf-sri-lankan-cv":
        prefix = rng.choice(("77", "71", "76", "70"))
        if rng.random() < 0.5:
            phone = f"+94 {prefix} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        else:
            phone = f"0{prefix}-{rng.randint(1000000, 9999999)}"
        email = f"{first}{last[:6]}{rng.randint(10, 99)}@gmail.com"
        label = None
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(100, 999)}"
        if rng.random() < 0.5:
            extra["github"] = f"https://github.com/{first}{last[:4]}"
        extra["summary"] = LK_OBJECTIVE
        given, family = name.split()
        woman = given in LK_WOMEN
        if tamil:
            father = rng.choice(("Sivakumar", "Yogarajah", "Balachandran"))
            extra["full_name"] = f"{father} {given} {family}"
            extra["initials"] = f"{father[0]}. {given} {family}"
        else:
            middle = rng.choice(
                ("Dilrukshi", "Sewwandi", "Nadeeshani") if woman else ("Madushan", "Lakshan")
            )
            house = rng.choice(("Hettiarachchige", "Mudiyanselage", "Liyanage"))
            extra["full_name"] = f"{house} {given} {middle} {family}"
            extra["initials"] = f"{house[0]}. {given[0]}. {middle[0]}. {family}"
        extra["nic"] = f"{end_year - 23}{rng.randint(10000000, 99999999)}"
        extra["born"] = (end_year - 23, rng.randint(1, 12), rng.randint(1, 28))
        for job in jobs:
            job.city = rng.choice(("Colombo 03", "Colombo 07", city, "Malabe"))
        idx = rng.randrange(len(pool.schools))
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 3), (end_year, 9)))
        extra["class"] = rng.choice(
            ("Second Class (Upper Division)", "First Class", "Second Class (Lower Division)")
        )
        extra["gpa"] = f"{rng.randint(320, 385) / 100:.2f}"
        school, stream = rng.choice(LK_SCHOOLS[3:] if tamil else LK_SCHOOLS[:3])
        degrees.append(
            Degree(
                school,
                "G.C.E. Advanced Level Examination",
                stream,
                (end_year - 6, 1),
                (end_year - 5, 8),
            )
        )
        extra["al_results"] = rng.choice(
            (
                ("A", "A", "B"),
                ("A", "B", "B"),
                ("B", "A", "A"),
            )
        )
        extra["ol_year"] = end_year - 8
        cats = rng.sample(LK_CATEGORIES, rng.randint(3, 4))
        extra["categories"] = [(c, list(k)) for c, k in cats]
        extra["certs"] = [
            (n, i, rng.randint(end_year + 1, 2025))
            for n, i in rng.sample(LK_CERTS, rng.randint(1, 3))
        ]
        extra["activities"] = rng.sample(LK_ACTIVITIES, 3)
        extra["referees"] = rng.sample(LK_REFEREES, 2)
        languages = (
            [("Tamil", "Native"), ("English", "Fluent"), ("Sinhala", "Good")]
            if tamil
            else [("Sinhala", "Native"), ("English", "Fluent"), ("Tamil", "Basic")]
        )
        extra["religion"] = "Hinduism" if tamil else rng.choice(("Buddhism", "Christianity"))
        extra["gender"] = "Female" if woman else "Male"
    else:
        phone = rng.choice(
            (
                f"+49 1{rng.choice(('51', '60', '76'))} {rng.randint(1000000, 9999999)}",
                f"01{rng.choice(('52', '71', '79'))} / {rng.randint(100, 999)} "
                f"{rng.randint(100, 999)} {rng.randint(10, 99)}",
            )
        )
        email = f"{first}.{last}@{rng.choice(('web.de', 'gmx.de', 'posteo.de'))}"
        label = rng.choice(jobs).position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(10, 99)}a"
        extra["born"] = (end_year - 24, rng.randint(1, 12), rng.randint(1, 28))
        extra["birthplace"] = rng.choice(("Jena", "Speyer", "Bremerhaven", "Kassel", "Rostock"))
        for job in jobs:
            job.city = rng.choice((city, city, "Hamburg", "Nürnberg"))
        idx = rng.randrange(len(pool.schools))
        study, area = rng.choice(pool.degrees)
        if study.startswith("Master"):
            degrees.append(
                Degree(pool.schools[idx], study, area, (end_year - 2, 10), (end_year, 9))
            )
            extra["master_grade"] = f"1,{rng.randint(1, 9)}"
            end_year -= 2
            study, area = pool.degrees[0]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 3, 10), (end_year, 8)))
        extra["grade"] = f"{rng.choice((1, 2))},{rng.randint(0, 9)}"
        school = rng.choice(DE_SCHOOLS)
        degrees.append(Degree(school, "Abitur", "", (end_year - 12, 8), (end_year - 4, 6)))
        extra["abitur_grade"] = f"{rng.choice((1, 2))},{rng.randint(0, 9)}"
        extra["trainings"] = sorted(
            (
                (rng.randint(end_year + 1, 2025), rng.randint(1, 12), n, i)
                for n, i in rng.sample(DE_TRAININGS, rng.randint(2, 3))
            ),
            reverse=True,
        )
        languages = [("Deutsch", "Muttersprache"), *DE_LANGUAGES[: rng.randint(1, 3)]]
        skills = rng.sample(pool.skills, rng.randint(3, 5))
        extra["signed"] = rng.random() < 0.7
    return _Candidate(
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
    country = None
    if style == "pdf-moroccan-cv":
        country = "MA"
    elif style == "pdf-sri-lankan-cv" and options["country"]:
        country = "LK"
    location: dict[str, Any] = {
        "address": extra["street"],
        "postalCode": extra["postal"],
        "city": person.city,
        "countryCode": country,
    }
    label = person.label if options.get("headline", True) else None
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
    education: list[dict[str, Any]] = []
    certificates: list[dict[str, Any]] = []
    skills: list[dict[str, Any]] = [{"name": skill} for skill in person.skills]
    if style == "pdf-russian-cv":
        for d in person.degrees:
            education.append(
                {
                    "institution": d.institution,
                    "studyType": d.study,
                    "area": d.area,
                    "endDate": str(d.end[0]),
                }
            )
        certificates = [
            {"name": n, "date": str(year), "issuer": school} for year, school, n in extra["courses"]
        ]
    elif style == "pdf-moroccan-cv":
        scores = (f"Mention {extra['mention']}", None, f"Mention {extra['bac_mention']}")
        for d, score in zip(person.degrees, scores, strict=True):
            bac = d.study == "Baccalauréat"
            education.append(
                drop_empty(
                    {
                        "institution": d.institution,
                        "studyType": d.study,
                        "area": d.area,
                        "startDate": None if bac else str(d.start[0]),
                        "endDate": str(d.end[0]),
                        "score": score,
                    }
                )
            )
        certificates = [
            {"name": n, "date": str(year), "issuer": issuer} for n, issuer, year in extra["certs"]
        ]
    elif style == "pdf-sri-lankan-cv":
        uni, school = person.degrees
        education.append(
            {
                "institution": uni.institution,
                "studyType": uni.study,
                "area": uni.area,
                "startDate": iso_month(uni.start, "month"),
                "endDate": iso_month(uni.end, "month"),
                "score": extra["class"],
            }
        )
        education.append(
            {
                "institution": school.institution,
                "studyType": school.study,
                "area": school.area,
                "endDate": str(school.end[0]),
            }
        )
        skills = [{"name": c, "keywords": k} for c, k in extra["categories"]]
        certificates = [
            {"name": n, "date": str(year), "issuer": issuer} for n, issuer, year in extra["certs"]
        ]
    else:
        grades = {
            "Abitur": extra["abitur_grade"],
        }
        for d in person.degrees:
            if d.study == "Abitur":
                score = grades["Abitur"]
            elif d.study.startswith("Master"):
                score = extra["master_grade"]
            else:
                score = extra["grade"]
            education.append(
                drop_empty(
                    {
                        "institution": d.institution,
                        "studyType": d.study,
                        "area": d.area,
                        "startDate": iso_month(d.start, "month"),
                        "endDate": iso_month(d.end, "month"),
                        "score": score,
                    }
                )
            )
        certificates = [
            {"name": n, "date": f"{year}-{month:02d}", "issuer": issuer}
            for year, month, n, issuer in extra["trainings"]
        ]
    languages = [{"language": lang, "fluency": level} for lang, level in person.languages]
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
    if style == "pdf-russian-cv":
        return _russian(person, options), "pdf"
    if style == "pdf-moroccan-cv":
        return _moroccan(person, options), "pdf"
    if style == "pdf-sri-lankan-cv":
        return _sri_lankan(person, options), "pdf"
    if style == "docx-german-lebenslauf":
        return _lebenslauf(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _ru_plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} {one}"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} {few}"
    return f"{n} {many}"


def _ru_duration(months: int) -> str:
    years, rest = divmod(months, 12)
    parts = []
    if years:
        parts.append(_ru_plural(years, "год", "года", "лет"))
    if rest:
        parts.append(_ru_plural(rest, "месяц", "месяца", "месяцев"))
    return " ".join(parts)


def _months(start: Month, end: Month | None) -> int:
    stop = end or TODAY
    return (stop[0] - start[0]) * 12 + stop[1] - start[1] + 1


def _ru_month(month: Month | None, form: str) -> str:
    if form == "numeric":
        return "по настоящее время" if month is None else f"{month[1]:02d}.{month[0]}"
    return "настоящее время" if month is None else f"{MESYATSY[month[1] - 1]} {month[0]}"


def _russian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Резюме: {person.name}")
    x, width, left = 15.0, 180.0, 42.0
    ink, grey, line = (33, 33, 33), (120, 120, 120), (200, 200, 200)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 285)
        pdf.set_font("Sans", "", 7)
        pdf.set_text_color(*grey)
        short = " ".join(person.name.split()[:2])
        pdf.cell(width - 30, 4, f"{short}  •  Резюме обновлено 14 октября 2026 в 09:41")
        pdf.cell(30, 4, f"{pdf.page_no()}", align="R")
        pdf.set_text_color(*ink)
        y = 14.0

    def need(height: float) -> None:
        if y + height > 278:
            new_page()

    def heading(text: str, aside: str = "") -> None:
        nonlocal y
        need(20)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 12)
        pdf.set_text_color(*grey)
        pdf.cell(pdf.get_string_width(text) + 2, 6, text)
        if aside:
            pdf.set_text_color(*ink)
            pdf.cell(80, 6, aside)
        pdf.set_text_color(*ink)
        pdf.set_draw_color(*line)
        pdf.set_line_width(0.2)
        pdf.line(x, y + 7, x + width, y + 7)
        y += 10

    new_page()
    pdf.set_draw_color(*line)
    pdf.rect(x + width - 30, y, 30, 38)
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 18)
    pdf.cell(width - 35, 9, person.name)
    born = extra["born"]
    age = 2026 - born[0] - (1 if born[1] > 10 else 0)
    facts = (
        f"Женщина, {_ru_plural(age, 'год', 'года', 'лет')}, родилась {born[2]} "
        f"{MESYATSA[born[1] - 1]} {born[0]}"
    )
    y += 11
    pdf.set_font("Sans", "", 9)
    pdf.set_xy(x, y)
    pdf.cell(width - 35, 5, facts)
    y += 8
    pdf.set_xy(x, y)
    pdf.cell(pdf.get_string_width(person.phone) + 1, 5, person.phone)
    pdf.set_text_color(*grey)
    pdf.cell(60, 5, " — предпочитаемый способ связи")
    pdf.set_text_color(*ink)
    y += 5
    pdf.set_xy(x, y)
    pdf.cell(width - 35, 5, person.email)
    y += 8
    where = person.city + (f", {extra['metro']}" if extra.get("metro") else "")
    for text in (
        f"Проживает: {where}",
        "Гражданство: Россия, есть разрешение на работу: Россия",
        "Не готова к переезду, готова к редким командировкам",
    ):
        pdf.set_xy(x, y)
        pdf.cell(width - 35, 5, text)
        y += 5
    y = max(y, 54.0)
    if options["headline"]:
        heading("Желаемая должность и зарплата")
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 13)
        pdf.cell(width, 7, person.label or "")
        y += 8
        pdf.set_font("Sans", "", 9)
        for text in (
            "Специализации:",
            "—  Аналитик",
            "Занятость: полная занятость",
            "График работы: полный день, удаленная работа",
            "Желательное время в пути до работы: не имеет значения",
        ):
            pdf.set_xy(x, y)
            pdf.cell(width, 4.8, text)
            y += 4.8
    total = sum(_months(job.start, job.end) for job in person.jobs)
    heading("Опыт работы ", f"— {_ru_duration(total)}")
    for job in person.jobs:
        need(34)
        top = y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.5)
        pdf.multi_cell(
            left - 4,
            4.4,
            f"{_ru_month(job.start, form)} —\n{_ru_month(job.end, form)}",
            align="L",
        )
        pdf.set_xy(x, pdf.get_y())
        pdf.set_text_color(*grey)
        pdf.cell(left - 4, 4.4, _ru_duration(_months(job.start, job.end)))
        pdf.set_text_color(*ink)
        rx, rw = x + left, width - left
        pdf.set_xy(rx, y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.multi_cell(rw, 5, job.company, align="L")
        pdf.set_xy(rx, pdf.get_y())
        pdf.set_font("Sans", "", 8.5)
        pdf.cell(rw, 4.6, job.city)
        pdf.set_xy(rx, pdf.get_y() + 6)
        pdf.set_font("Sans", "B", 9.5)
        pdf.multi_cell(rw, 5, job.position, align="L")
        y = pdf.get_y() + 1
        pdf.set_font("Sans", "", 9)
        for note in job.highlights:
            need(6)
            pdf.set_xy(rx, y)
            pdf.cell(4, 4.6, "•")
            pdf.multi_cell(rw - 4, 4.6, note, align="L")
            y = pdf.get_y() + 0.4
        y = max(y, top + 16) + 4

    def education() -> None:
        nonlocal y
        heading("Образование")
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(width, 5, "Высшее")
        y += 7
        for d in person.degrees:
            need(16)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "", 9)
            pdf.cell(left - 4, 5, str(d.end[0]))
            pdf.set_xy(x + left, y)
            pdf.set_font("Sans", "B", 9.5)
            pdf.multi_cell(width - left, 5, d.institution, align="L")
            pdf.set_xy(x + left, pdf.get_y())
            pdf.set_font("Sans", "", 9)
            pdf.multi_cell(width - left, 4.8, f"{d.area}, {d.study}", align="L")
            y = pdf.get_y() + 3
        heading("Повышение квалификации, курсы")
        for year, school, course in extra["courses"]:
            need(12)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "", 9)
            pdf.cell(left - 4, 5, str(year))
            pdf.set_xy(x + left, y)
            pdf.set_font("Sans", "B", 9.5)
            pdf.cell(width - left, 5, school)
            pdf.set_xy(x + left, y + 5)
            pdf.set_font("Sans", "", 9)
            pdf.cell(width - left, 4.8, course)
            y += 12

    def key_skills() -> None:
        nonlocal y
        need(56)
        heading("Ключевые навыки")
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(left - 4, 5, "Знание языков")
        for lang, level in person.languages:
            pdf.set_xy(x + left, y)
            pdf.cell(width - left, 5, f"{lang} — {level}")
            y += 5.5
        y += 2
        pdf.set_xy(x, y)
        pdf.cell(left - 4, 5, "Навыки")
        if options["tags"]:
            cx = x + left
            pdf.set_fill_color(236, 236, 236)
            for skill in person.skills:
                w = pdf.get_string_width(skill) + 6
                if cx + w > x + width:
                    cx = x + left
                    y += 8
                pdf.set_xy(cx, y)
                pdf.cell(w, 6, skill, align="C", fill=True)
                cx += w + 2.5
            y += 9
        else:
            pdf.set_xy(x + left, y)
            pdf.multi_cell(width - left, 5, ", ".join(person.skills), align="L")
            y = pdf.get_y() + 2

    if options["skills_first"]:
        key_skills()
        education()
    else:
        education()
        key_skills()
    need(34)
    heading("Дополнительная информация")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.cell(left - 4, 5, "Обо мне")
    pdf.set_xy(x + left, y)
    pdf.multi_cell(width - left, 4.8, extra["summary"], align="L")
    y = pdf.get_y() + 2
    _check(y, 282, person)
    return bytes(pdf.output())


def _ma_span(start: Month, end: Month | None, form: str) -> str:
    if form == "numeric":
        tail = "à ce jour" if end is None else f"{end[1]:02d}/{end[0]}"
        return f"{start[1]:02d}/{start[0]} – {tail}"
    tail = "Aujourd'hui" if end is None else f"{MOIS[end[1] - 1]} {end[0]}"
    return f"{MOIS[start[1] - 1]} {start[0]} – {tail}"


def _moroccan(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    x, width, gutter = 16.0, 178.0, 40.0
    ink = (30, 30, 30)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 14.0

    def need(height: float) -> None:
        if y + height > 282:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 3
        pdf.set_fill_color(*accent)
        pdf.rect(x, y, 3, 6.5, style="F")
        pdf.set_fill_color(235, 238, 242)
        pdf.rect(x + 3, y, width - 3, 6.5, style="F")
        pdf.set_xy(x + 6, y + 0.5)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(width - 8, 5.5, text.upper())
        pdf.set_text_color(*ink)
        y += 9.5

    def dated(left: str, bold: str, lines: list[str], bullets: list[str]) -> None:
        nonlocal y
        need(14 + 5 * len(bullets))
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 8.6)
        pdf.set_text_color(*accent)
        pdf.multi_cell(gutter - 3, 4.4, left, align="L")
        pdf.set_text_color(*ink)
        bottom = pdf.get_y()
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Sans", "B", 9.6)
        pdf.multi_cell(width - gutter, 4.9, bold, align="L")
        for text in lines:
            pdf.set_xy(x + gutter, pdf.get_y())
            pdf.set_font("Sans", "I", 9)
            pdf.multi_cell(width - gutter, 4.7, text, align="L")
        for note in bullets:
            pdf.set_xy(x + gutter + 1, pdf.get_y() + 0.4)
            pdf.set_font("Sans", "", 8.9)
            pdf.cell(4, 4.5, "\u25aa")
            pdf.multi_cell(width - gutter - 5, 4.5, note, align="L")
        y = max(pdf.get_y(), bottom) + 3

    new_page()
    pdf.set_draw_color(180, 180, 180)
    pdf.rect(x + width - 28, y, 28, 34)
    pdf.set_xy(x, y + 2)
    pdf.set_font("Sans", "B", 20)
    pdf.set_text_color(*accent)
    pdf.cell(width - 32, 9, person.name)
    pdf.set_text_color(*ink)
    y += 12
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11)
        pdf.cell(width - 32, 6, person.label or "")
        y += 8
    pdf.set_font("Sans", "", 8.8)
    rows = (
        ("Adresse", f"{extra['street']}, {extra['postal']} {person.city}, Maroc"),
        ("Tél", person.phone),
        ("E-mail", person.email),
        ("LinkedIn", extra["linkedin"].removeprefix("https://www.")),
        ("Née le" if extra["woman"] else "Né le", f"{extra['born']} à {extra['birthplace']}"),
        ("Situation", f"{extra['status']} – Nationalité marocaine"),
    )
    for key, value in rows:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 8.8)
        pdf.cell(20, 4.7, key)
        pdf.set_font("Sans", "", 8.8)
        pdf.cell(3, 4.7, ":")
        pdf.multi_cell(width - 55, 4.7, value, align="L")
        y = pdf.get_y()
    y = max(y, 50.0)
    heading("Profil")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.7, extra["summary"], align="J")
    y = pdf.get_y() + 1

    def formation() -> None:
        heading("Formation")
        scores = (f"Mention {extra['mention']}", "", f"Mention {extra['bac_mention']}")
        for d, score in zip(person.degrees, scores, strict=True):
            if d.study == "Baccalauréat":
                left = str(d.end[0])
                bold = f"{d.study} {d.area}"
            else:
                left = f"{d.start[0]} – {d.end[0]}"
                bold = f"{d.study} – {d.area}"
            lines = [d.institution] + ([score] if score else [])
            dated(left, bold, lines, [])

    def experience() -> None:
        heading("Expériences professionnelles")
        for job in person.jobs:
            dated(
                _ma_span(job.start, job.end, form),
                job.position,
                [f"{job.company} – {job.city}"],
                job.highlights,
            )

    if options["education_first"]:
        formation()
        experience()
    else:
        experience()
        formation()
    heading("Certifications")
    for name, issuer, year in extra["certs"]:
        dated(str(year), name, [issuer], [])
    heading("Compétences informatiques")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.8, " • ".join(person.skills), align="L")
    y = pdf.get_y() + 1
    heading("Langues")
    for lang, level in person.languages:
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(gutter, 4.8, lang)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width - gutter, 4.8, f": {level}")
        y += 5.2
    heading("Activités parascolaires")
    for item in extra["activities"]:
        need(6)
        pdf.set_xy(x + 1, y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(4, 4.7, "\u25aa")
        pdf.multi_cell(width - 5, 4.7, item, align="L")
        y = pdf.get_y() + 0.4
    heading("Centres d'intérêt")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.8, " – ".join(extra["interests"]), align="L")
    y = pdf.get_y()
    _check(y, 286, person)
    return bytes(pdf.output())


def _lk_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Present" if form == "words" else "To date"
    if form == "slash":
        return f"{month[0]}/{month[1]:02d}"
    return f"{MONTHS_EN[month[1] - 1]} {month[0]}"


def _sri_lankan(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.add_font("Mark", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Curriculum Vitae")
    x, width = 22.0, 166.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.6)
        pdf.rect(10, 10, 190, 277)
        pdf.set_line_width(0.2)
        y = 18.0

    def need(height: float) -> None:
        if y + height > 276:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(18)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "BU", 11)
        pdf.cell(width, 6, text.upper())
        y += 8.5

    def bullet(text: str, indent: float = 4.0, mark: str = "\u2756") -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x + indent, y)
        pdf.set_font("Mark", "", 8.5)
        pdf.cell(5, 5, mark)
        pdf.set_font("Serif", "", 9.6)
        pdf.multi_cell(width - indent - 5, 5, text, align="J")
        y = pdf.get_y() + 0.6

    def pair(key: str, value: str, key_w: float = 48.0) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "", 9.6)
        pdf.cell(key_w, 5, key)
        pdf.cell(4, 5, ":")
        pdf.multi_cell(width - key_w - 8, 5, value, align="L")
        y = pdf.get_y() + 0.6

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "BU", 15)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    y += 12
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 14)
    pdf.cell(width, 7, person.name, align="C")
    y += 7
    address = f"{extra['street']}, {person.city}" + (", Sri Lanka" if options["country"] else "")
    pdf.set_font("Serif", "", 9.6)
    for text in (
        address,
        f"Mobile: {person.phone}  |  E-mail: {person.email}",
        "  |  ".join(
            [extra["linkedin"].removeprefix("https://www.")]
            + ([extra["github"].removeprefix("https://")] if "github" in extra else [])
        ),
    ):
        pdf.set_xy(x, y)
        pdf.cell(width, 5, text, align="C")
        y += 5
    pdf.set_line_width(0.4)
    pdf.line(x, y + 2, x + width, y + 2)
    y += 3
    heading("Career Objective")
    pdf.set_xy(x + 4, y)
    pdf.set_font("Serif", "", 9.6)
    pdf.multi_cell(width - 4, 5, extra["summary"], align="J")
    y = pdf.get_y() + 1

    def education() -> None:
        nonlocal y
        heading("Educational Qualifications")
        uni, school = person.degrees
        need(26)
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "B", 10)
        pdf.multi_cell(width - 4, 5.2, f"{uni.study} in {uni.area}", align="L")
        y = pdf.get_y()
        pair("University", uni.institution, 30)
        pair("Duration", f"{_lk_month(uni.start, form)} – {_lk_month(uni.end, form)}", 30)
        pair("Class", extra["class"], 30)
        pair("GPA", f"{extra['gpa']} / 4.00", 30)
        y += 2
        need(30)
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(width - 4, 5.2, f"{school.study} – {school.end[0]}")
        y += 5.6
        pair("School", school.institution, 30)
        pair("Stream", school.area, 30)
        subjects = ("Combined Mathematics", "Physics", "Chemistry")
        rows = list(zip(subjects, extra["al_results"], strict=True))
        tx, cw = x + 38, (60.0, 20.0)
        y += 1
        for row_index, (subject, grade) in enumerate([("Subject", "Grade"), *rows]):
            pdf.set_font("Serif", "B" if row_index == 0 else "", 9.2)
            pdf.set_xy(tx, y)
            pdf.cell(cw[0], 5.4, subject, border=1)
            pdf.cell(cw[1], 5.4, grade, border=1, align="C")
            y += 5.4
        y += 2
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(width - 4, 5.2, f"G.C.E. Ordinary Level Examination – {extra['ol_year']}")
        y += 5.6
        pair("Results", "8 A passes and 1 B pass (including English and Mathematics)", 30)

    def experience() -> None:
        nonlocal y
        heading("Work Experience")
        for job in person.jobs:
            need(26)
            pdf.set_xy(x + 4, y)
            pdf.set_font("Serif", "B", 10)
            span = f"{_lk_month(job.start, form)} – {_lk_month(job.end, form)}"
            pdf.cell(width - 52, 5.2, job.position)
            pdf.set_font("Serif", "I", 9.4)
            pdf.cell(48, 5.2, span, align="R")
            pdf.set_xy(x + 4, y + 5.4)
            pdf.set_font("Serif", "", 9.6)
            pdf.cell(width - 4, 5.2, f"{job.company}, {job.city}")
            y += 11.5
            pdf.set_xy(x + 4, y)
            pdf.set_font("Serif", "I", 9.4)
            pdf.cell(width - 4, 5, "Key Responsibilities:")
            y += 5.6
            for note in job.highlights:
                bullet(note, 8, "\u2022")
            y += 2.5

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("Professional Qualifications")
    for name, issuer, year in extra["certs"]:
        bullet(f"{name} – {issuer} ({year})")
    heading("Technical Skills")
    for category, keywords in extra["categories"]:
        pair(category, ", ".join(keywords), 50)
    heading("Extra-Curricular Activities")
    for item in extra["activities"]:
        bullet(item)
    heading("Personal Details")
    born = extra["born"]
    details = (
        ("Full Name", extra["full_name"]),
        ("Name with Initials", extra["initials"]),
        ("Date of Birth", f"{born[0]}-{born[1]:02d}-{born[2]:02d}"),
        ("NIC No", extra["nic"]),
        ("Gender", extra["gender"]),
        ("Nationality", "Sri Lankan"),
        ("Religion", extra["religion"]),
        ("Civil Status", "Single"),
        ("Languages", ", ".join(f"{lang} ({level})" for lang, level in person.languages)),
    )
    for key, value in details:
        pair(key, value)
    need(85)
    heading("Non-Related Referees")
    top = y
    for index, ref in enumerate(extra["referees"]):
        rx = x + 4 + index * (width / 2)
        for offset, text in enumerate(ref):
            pdf.set_xy(rx, top + 4.8 * offset)
            pdf.set_font("Serif", "B" if offset == 0 else "", 9.2)
            pdf.cell(width / 2 - 6, 4.8, text)
    y = top + 4.8 * 6 + 3
    heading("Declaration")
    pdf.set_xy(x + 4, y)
    pdf.set_font("Serif", "", 9.6)
    pdf.multi_cell(
        width - 4,
        5,
        "I do hereby certify that the above particulars furnished by me are true and accurate "
        "to the best of my knowledge.",
        align="J",
    )
    y = pdf.get_y() + 12
    need(12)
    pdf.set_xy(x + 4, y)
    pdf.cell(70, 5, "............................................")
    pdf.set_xy(x + width - 70, y)
    pdf.cell(70, 5, "............................................", align="R")
    pdf.set_xy(x + 4, y + 5)
    pdf.cell(70, 5, "Date")
    pdf.set_xy(x + width - 70, y + 5)
    pdf.cell(70, 5, f"{extra['initials']}", align="R")
    y += 10
    _check(y, 282, person)
    return bytes(pdf.output())


def _de_month(month: Month | None, form: str, lone: bool = False) -> str:
    if month is None:
        return "heute"
    if form == "dotted":
        return f"{month[1]:02d}.{month[0]}"
    if form == "words":
        return f"{MONATE[month[1] - 1]} {month[0]}"
    return f"{month[1]:02d}/{month[0]}"


def _de_span(start: Month, end: Month | None, form: str) -> str:
    if end is None:
        return f"seit {_de_month(start, form)}"
    return f"{_de_month(start, form)} – {_de_month(end, form)}"


def _normalise_zip(data: bytes) -> bytes:
    """The same archive with fixed member timestamps, so the bytes are deterministic."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(item.filename))
    return out.getvalue()


def _lebenslauf(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    form, extra = options["dates"], person.extra
    accent = RGBColor.from_string(options["accent"])
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = ""
    properties.revision = 1
    properties.title = "Lebenslauf"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(1.8)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(0)
    left_w, right_w = Cm(4.6), Cm(12.0)

    title = document.add_paragraph()
    run = title.add_run("Lebenslauf")
    run.bold, run.font.size, run.font.color.rgb = True, Pt(22), accent
    title.paragraph_format.space_after = Pt(2)
    if options["headline"]:
        sub = document.add_paragraph()
        run = sub.add_run(f"{person.name} – {person.label}")
        run.font.size = Pt(12)
        sub.paragraph_format.space_after = Pt(8)
    else:
        document.add_paragraph().paragraph_format.space_after = Pt(4)

    table = document.add_table(rows=0, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False

    def width(cell: Any, value: Any) -> None:
        cell.width = value

    def section_row(text: str) -> None:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[1])
        paragraph = merged.paragraphs[0]
        paragraph.paragraph_format.space_before = Pt(14)
        paragraph.paragraph_format.space_after = Pt(4)
        run = paragraph.add_run(text)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(13), accent
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1")):
            bottom.set(qn(key), value)
        bottom.set(qn("w:color"), options["accent"])
        borders.append(bottom)
        paragraph._p.get_or_add_pPr().append(borders)

    def row(left: str, lines: list[tuple[str, str]], bullets: tuple[str, ...] = ()) -> None:
        cells = table.add_row().cells
        width(cells[0], left_w)
        width(cells[1], right_w)
        cells[0].paragraphs[0].add_run(left)
        first = True
        for text, look in lines:
            paragraph = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
            first = False
            run = paragraph.add_run(text)
            run.bold = look == "b"
            run.italic = look == "i"
        for note in bullets:
            paragraph = cells[1].add_paragraph(style="List Bullet")
            paragraph.add_run(note)
        cells[1].paragraphs[-1].paragraph_format.space_after = Pt(6)

    section_row("Persönliche Daten")
    born = extra["born"]
    row("Name", [(person.name, "")])
    row("Anschrift", [(extra["street"], ""), (f"{extra['postal']} {person.city}", "")])
    row("Telefon", [(person.phone, "")])
    row("E-Mail", [(person.email, "")])
    row("LinkedIn", [(extra["linkedin"].removeprefix("https://www."), "")])
    row(
        "Geburtsdatum und -ort",
        [(f"{born[2]:02d}.{born[1]:02d}.{born[0]} in {extra['birthplace']}", "")],
    )
    section_row("Berufserfahrung")
    for job in person.jobs:
        row(
            _de_span(job.start, job.end, form),
            [(job.position, "b"), (f"{job.company}, {job.city}", "")],
            tuple(job.highlights),
        )
    section_row("Ausbildung")
    grades = {"Abitur": extra["abitur_grade"]}
    for d in person.degrees:
        if d.study == "Abitur":
            lines = [(f"Abitur (Note: {grades['Abitur']})", "b"), (d.institution, "")]
        else:
            grade = extra["master_grade"] if d.study.startswith("Master") else extra["grade"]
            lines = [
                (f"{d.study}, {d.area}", "b"),
                (d.institution, ""),
                (f"Abschlussnote: {grade}", "i"),
            ]
        row(f"{_de_month(d.start, form)} – {_de_month(d.end, form)}", lines)
    section_row("Weiterbildungen")
    for year, month, name, issuer in extra["trainings"]:
        row(_de_month((year, month), form), [(name, "b"), (issuer, "")])
    section_row("Kenntnisse")
    row("Sprachen", [(f"{lang}: {level}", "") for lang, level in person.languages])
    row("EDV", [(", ".join(person.skills), "")])
    row("Interessen", [(DE_INTERESTS, "")])
    closing = document.add_paragraph()
    closing.paragraph_format.space_before = Pt(24)
    date_line = f"{person.city}, 12. Oktober 2026"
    closing.add_run(date_line)
    if extra["signed"]:
        signature = document.add_paragraph()
        signature.paragraph_format.space_before = Pt(18)
        run = signature.add_run(person.name)
        run.italic, run.font.size = True, Pt(14)
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())

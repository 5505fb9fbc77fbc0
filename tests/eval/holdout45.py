"""Forty-fifth held-out round ("holdout-45"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts: three born-digital PDF and
one Word document. The round is sealed: the layouts are described only in the code below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

# ruff: noqa: RUF001 (the hh.ru export is written in Russian)

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.holdout31 import _latin
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, normalise_zip, profile_links

HOLDOUT_TAG = "holdout-45"
GENERATOR = "tests/eval/holdout45.py"
SEED = 4_528_619

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-hh-ru-export", 3),
    ("pdf-senegalese-cv", 3),
    ("pdf-dominican-cv", 3),
    ("docx-italian-cv-word", 3),
)

NOW: Month = (2026, 11)
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
MESYATSY_GEN = (
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
MESES = (
    "Enero",
    "Febrero",
    "Marzo",
    "Abril",
    "Mayo",
    "Junio",
    "Julio",
    "Agosto",
    "Septiembre",
    "Octubre",
    "Noviembre",
    "Diciembre",
)
MESI = (
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
)

POOLS: dict[str, Pool] = {
    "pdf-hh-ru-export": Pool(
        first=("Вероника", "Алёна", "Ульяна", "Таисия", "Есения"),
        last=("Погорелова", "Лазарева", "Кудрявцева", "Зимина", "Ермошина"),
        cities=(
            ("Москва", "м. Таганская", None, ""),
            ("Санкт-Петербург", "м. Чернышевская", None, ""),
            ("Новосибирск", None, None, ""),
            ("Казань", None, None, ""),
        ),
        employers=(
            "ООО «Ладога Диджитал»",
            "АО «Сибирская сетевая компания»",
            "ООО «Камский маркетплейс»",
            "ООО «Невский процессинг»",
            "ПАО «Объединённый страховой дом»",
        ),
        titles=(
            "Ведущий аналитик данных",
            "Аналитик данных",
            "Продуктовый аналитик",
            "Старший BI-аналитик",
            "Системный аналитик",
        ),
        highlights=(
            "Построение дашбордов в Tableau и Superset для коммерческого департамента",
            "Проведение A/B-тестов и оценка их результатов (CUPED, бутстрап)",
            "Разработка витрин данных в ClickHouse, оптимизация SQL-запросов",
            "Автоматизация еженедельной отчётности на Python и Airflow",
            "Расчёт юнит-экономики и LTV по когортам клиентов",
            "Взаимодействие с заказчиками, сбор и формализация требований",
            "Наставничество двух младших аналитиков",
            "Сокращение времени подготовки отчётов с 2 дней до 3 часов",
            "Описание методологии метрик в Confluence",
        ),
        skills=(
            "SQL",
            "Python",
            "Pandas",
            "ClickHouse",
            "PostgreSQL",
            "Tableau",
            "Apache Superset",
            "A/B тесты",
            "Математическая статистика",
            "Airflow",
            "MS Excel",
            "Git",
        ),
        schools=(
            "Новосибирский государственный университет",
            "Казанский (Приволжский) федеральный университет",
            "Санкт-Петербургский государственный экономический университет",
        ),
        degrees=(
            ("Бакалавр", "Механико-математический факультет, Прикладная математика"),
            ("Магистр", "Институт вычислительной математики, Науки о данных"),
            ("Бакалавр", "Факультет экономики, Бизнес-информатика"),
        ),
    ),
    "pdf-senegalese-cv": Pool(
        first=("Mame Diarra", "Ousmane", "Aïssatou", "Babacar", "Khadidiatou"),
        last=("Ndiaye Sarr", "Thiaw", "Diouf", "Gueye", "Sène"),
        cities=(
            ("Dakar", None, None, "Sicap Liberté 6, Villa n° 6712"),
            ("Dakar", None, None, "Cité Keur Gorgui, Villa n° 41"),
            ("Rufisque", None, None, "Quartier Keury Kao, Villa n° 118"),
        ),
        employers=(
            "Teranga Logistique SA",
            "Baobab Microfinance SARL",
            "Niayes Agro-Industries",
            "Cap-Vert Télécom Services",
            "Société Sahélienne de Distribution (SSD)",
        ),
        titles=(
            "Comptable principal",
            "Assistant comptable",
            "Contrôleur de gestion",
            "Chargé de la trésorerie",
            "Auditeur interne junior",
        ),
        highlights=(
            "Tenue de la comptabilité générale selon le SYSCOHADA révisé",
            "Préparation des déclarations fiscales et sociales (TVA, IPRES, CSS)",
            "Rapprochements bancaires mensuels et suivi de la trésorerie",
            "Élaboration du budget annuel et suivi des écarts",
            "Participation aux travaux de clôture et aux missions d'audit",
            "Gestion des immobilisations et calcul des amortissements",
            "Suivi des comptes clients et relance des impayés",
            "Élaboration des tableaux de bord mensuels pour la direction",
        ),
        skills=("Sage Saari", "Excel avancé", "Word", "PowerPoint", "Tompro", "SAP Business One"),
        schools=(
            "Université Gaston Berger de Saint-Louis (UGB)",
            "Institut Supérieur de Management de Dakar",
            "École Supérieure Polytechnique de Dakar (ESP)",
        ),
        degrees=(
            ("Master II", "Comptabilité, Contrôle et Audit"),
            ("Licence", "Sciences de Gestion"),
            ("DUT", "Finance-Comptabilité"),
        ),
    ),
    "pdf-dominican-cv": Pool(
        first=("Yokasta", "Yaniris", "Yerlin", "Franchesca", "Rosanny"),
        last=("Almonte Tejeda", "Peralta Frías", "Batista Rosario", "Mejía Encarnación"),
        cities=(
            ("Santo Domingo", "D.N.", None, "C/ Fantino Falco No. 34, Ens. Naco"),
            ("Santo Domingo Este", None, None, "C/ 7 No. 18, Res. Las Américas"),
            ("Santiago de los Caballeros", None, None, "Av. 27 de Febrero No. 112, Los Jardines"),
        ),
        employers=(
            "Distribuidora Quisqueya, S.R.L.",
            "Caribe Seguros Generales, S.A.",
            "Constructora Ozama Mar, S.R.L.",
            "Grupo Agroindustrial Cibao, S.A.",
            "Banco de Ahorro y Crédito Yaque, S.A.",
        ),
        titles=(
            "Encargada de Recursos Humanos",
            "Analista de Nómina",
            "Asistente Administrativa",
            "Coordinadora de Reclutamiento",
            "Auxiliar de Contabilidad",
        ),
        highlights=(
            "Elaboración y control de la nómina quincenal de 250 colaboradores",
            "Reportes a la TSS y al Ministerio de Trabajo en los plazos establecidos",
            "Reclutamiento y selección de personal administrativo y operativo",
            "Coordinación del programa de inducción para nuevos empleados",
            "Gestión de vacaciones, licencias y expedientes del personal",
            "Cálculo de prestaciones laborales y liquidaciones",
            "Apoyo en la evaluación de desempeño anual",
            "Atención a consultas de empleados sobre beneficios y ARS",
        ),
        skills=(
            "Microsoft Office (Word, Excel, PowerPoint)",
            "Manejo de nómina",
            "Trabajo en equipo",
            "Atención al cliente",
            "Sistema SIRLA",
            "Redacción de informes",
        ),
        schools=(
            "Pontificia Universidad Católica Madre y Maestra (PUCMM)",
            "Instituto Tecnológico de Santo Domingo (INTEC)",
            "Universidad APEC (UNAPEC)",
        ),
        degrees=(
            ("Licenciatura", "Psicología Industrial"),
            ("Maestría", "Gestión Humana"),
            ("Licenciatura", "Administración de Empresas"),
        ),
    ),
    "docx-italian-cv-word": Pool(
        first=("Ludovica", "Tommaso", "Benedetta", "Jacopo", "Ginevra"),
        last=("Scognamiglio", "Bertolucci", "Zanardelli", "Cavalcanti", "Pellegatta"),
        cities=(
            ("Firenze", "FI", "50133", "Via Pier Capponi 18"),
            ("Genova", "GE", "16122", "Corso Andrea Podestà 7/3"),
            ("Bergamo", "BG", "24122", "Via Borgo Palazzo 55"),
        ),
        employers=(
            "Meccanica Orobica S.p.A.",
            "Ligure Impianti S.r.l.",
            "Arno Logistica Integrata S.r.l.",
            "Valseriana Tessile S.p.A.",
            "Tirreno Engineering S.r.l.",
        ),
        titles=(
            "Responsabile di produzione",
            "Ingegnere di processo",
            "Supply chain analyst",
            "Project engineer",
            "Production planner",
        ),
        highlights=(
            "Pianificazione settimanale della produzione su tre linee di assemblaggio",
            "Coordinamento di un team di 14 operatori su due turni",
            "Riduzione degli scarti del 18% tramite progetti Lean e Kaizen",
            "Gestione dei fornitori e negoziazione dei contratti di fornitura",
            "Implementazione del modulo PP di SAP in collaborazione con il reparto IT",
            "Redazione di procedure operative e istruzioni di lavoro ISO 9001",
            "Analisi dei tempi e metodi e bilanciamento delle linee",
            "Reporting mensile dei KPI di stabilimento alla direzione",
        ),
        skills=(
            "Pacchetto Office (Excel avanzato)",
            "SAP PP/MM",
            "AutoCAD",
            "Minitab",
            "Power BI",
            "Lean Six Sigma Green Belt",
        ),
        schools=(
            "Università degli Studi di Firenze",
            "Università degli Studi di Genova",
            "Università degli Studi di Bergamo",
        ),
        degrees=(
            ("Laurea Magistrale", "Ingegneria Gestionale"),
            ("Laurea Triennale", "Ingegneria Meccanica"),
            ("Laurea Magistrale", "Ingegneria Industriale"),
        ),
    ),
}

HH_SUMMARY = (
    "Аналитик с опытом работы в e-commerce и финтехе. Умею превращать данные в решения: "
    "от постановки гипотезы до внедрения изменений в продукте. Ответственная, "
    "люблю порядок в данных и понятную документацию."
)
HH_SPECIALIZATIONS = ("Аналитик", "BI-аналитик, аналитик данных", "Продуктовый аналитик")
HH_LANGUAGES = (
    ("Английский", "B2 — Средне-продвинутый"),
    ("Английский", "C1 — Продвинутый"),
    ("Немецкий", "A2 — Элементарный"),
)
HH_COURSES = (
    ("Яндекс Практикум", "Аналитик данных", "Яндекс Практикум"),
    ("Karpov.Courses", "Симулятор A/B-тестов", "Karpov.Courses"),
    ("Stepik", "Основы статистики", "Stepik"),
)
SN_SUMMARY = (
    "Titulaire d'un Master en comptabilité, rigoureux et disponible, je souhaite mettre mes "
    "compétences au service d'une structure dynamique."
)
SN_LANGUAGES = (("Français", "Lu, écrit, parlé"), ("Wolof", "Langue maternelle"))
SN_ENGLISH = ("Anglais", "Moyen")
SN_INTERESTS = ("Lecture", "Football", "Voyages", "Vie associative")
SN_REFS = (
    ("M. Abdoulaye Faye", "Directeur Administratif et Financier", "77 512 40 18"),
    ("Mme Fatou Kiné Mbengue", "Chef du service comptable", "76 330 21 94"),
)
DO_SUMMARY = (
    "Profesional responsable, organizada y con vocación de servicio, interesada en aportar mis "
    "conocimientos en gestión humana y crecer dentro de una empresa sólida."
)
DO_LANGUAGES = (("Español", "Nativo"), ("Inglés", "Intermedio"), ("Inglés", "Básico"))
DO_COURSES = (
    ("Diplomado en Legislación Laboral", "INFOTEP"),
    ("Curso de Excel Avanzado", "Instituto Tecnológico de las Américas (ITLA)"),
    ("Taller de Servicio al Cliente", "INFOTEP"),
)
DO_REFS = (
    ("Lic. Ramón Antonio Guzmán", "(809) 555-7713"),
    ("Ing. Miguelina Santana", "(829) 555-2046"),
    ("Dra. Carmen Luisa Polanco", "(809) 555-9381"),
)
IT_LANGUAGES = (("Inglese", "B2"), ("Francese", "B1"), ("Tedesco", "A2"))
IT_GDPR = (
    "Autorizzo il trattamento dei dati personali contenuti nel mio curriculum vitae in base "
    "all'art. 13 del D. Lgs. 196/2003 e all'art. 13 del Regolamento UE 2016/679 relativo alla "
    "protezione delle persone fisiche con riguardo al trattamento dei dati personali."
)
IT_SECTORS = {
    "Meccanica Orobica S.p.A.": "Metalmeccanico",
    "Ligure Impianti S.r.l.": "Impiantistica industriale",
    "Arno Logistica Integrata S.r.l.": "Logistica e trasporti",
    "Valseriana Tessile S.p.A.": "Tessile",
    "Tirreno Engineering S.r.l.": "Servizi di ingegneria",
}


class _Person(Candidate):
    """A candidate whose file name comes from a Latin spelling when the name is Cyrillic."""

    __slots__ = ()

    @property
    def slug(self) -> str:
        return "-".join(ascii_slug(_latin(self.name)).split())


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-hh-ru-export":
        return {
            "salary": rng.random() < 0.6,
            "about_first": rng.random() < 0.3,
            "courses": rng.random() < 0.7,
        }
    if style == "pdf-senegalese-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "education_first": rng.random() < 0.7,
            "headline": rng.random() < 0.6,
            "shade": rng.choice(((217, 226, 243), (226, 239, 218), (230, 230, 230))),
        }
    if style == "pdf-dominican-cv":
        return {
            "dates": rng.choice(("words", "years")),
            "accent": rng.choice(((31, 78, 121), (112, 48, 160), (0, 112, 96))),
            "country": rng.random() < 0.5,
            "education_first": rng.random() < 0.6,
        }
    if style == "docx-italian-cv-word":
        return {
            "dates": rng.choice(("words", "numeric")),
            "layout": rng.choice(("table", "paragraphs")),
            "country": rng.random() < 0.5,
            "headline": rng.random() < 0.5,
        }
    return {}


def _months(start: Month, end: Month | None) -> int:
    stop = end or NOW
    return (stop[0] - start[0]) * 12 + stop[1] - start[1] + 1


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    if style == "pdf-hh-ru-export":
        name = ""
        while not name or name in used:
            patronymic = rng.choice(("Андреевна", "Олеговна", "Денисовна", "Романовна"))
            name = f"{rng.choice(pool.last)} {rng.choice(pool.first)} {patronymic}"
        used.add(name)
    else:
        name = pool.fresh_name(rng, used)
    slug = ascii_slug(_latin(name)).split()
    first, last = slug[0], slug[-1]
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street or None, "postal": postal}
    label: str | None = None
    url: str | None = None
    languages: list[tuple[str, str]] = []
    skills: list[str] = []
    jobs = _chain(rng, pool, rng.choice((3, 4)), rng.random() < 0.7)
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    if style == "pdf-hh-ru-export":
        phone = f"+7 ({rng.choice((903, 916, 921, 952, 985))}) {rng.randint(200, 989)}-"
        phone += f"{rng.randint(10, 99)}-{rng.randint(10, 99)}"
        email = f"{slug[1]}.{slug[0]}{rng.randint(88, 99)}@{rng.choice(('yandex.ru', 'mail.ru'))}"
        label = jobs[0].position
        extra["metro"] = region
        region = None
        extra["summary"] = HH_SUMMARY
        extra["born"] = (end_year - 22, rng.randint(1, 12), rng.randint(1, 28))
        extra["specializations"] = rng.sample(HH_SPECIALIZATIONS, 2)
        extra["salary"] = f"{rng.choice((180, 220, 250, 300))} 000 ₽ на руки"
        for job in jobs:
            job.city = rng.choice((city, city, "Москва"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 9), (end_year, 6)))
        extra["courses"] = [
            (*course, rng.randint(end_year + 1, 2025))
            for course in rng.sample(HH_COURSES, rng.randint(1, 2))
        ]
        languages = [("Русский", "Родной"), rng.choice(HH_LANGUAGES)]
        skills = rng.sample(pool.skills, rng.randint(7, 11))
    elif style == "pdf-senegalese-cv":
        phone = f"+221 {rng.choice((77, 78, 76, 70))} {rng.randint(100, 999)} "
        phone += f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
        email = f"{first}{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.fr'))}"
        label = jobs[0].position
        extra["summary"] = SN_SUMMARY
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 23}"
        extra["birthplace"] = rng.choice(("Thiès", "Kaolack", "Ziguinchor", "Dakar"))
        extra["status"] = rng.choice(("Célibataire", "Marié(e)"))
        for job in jobs:
            job.city = rng.choice(("Dakar", "Dakar", "Thiès", "Mbour"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if study == "Master II":
            degrees.append(
                Degree(pool.schools[idx], study, area, (end_year - 2, 10), (end_year, 7))
            )
            end_year -= 2
            study, area = pool.degrees[1]
        years = 2 if study == "DUT" else 3
        degrees.append(
            Degree(pool.schools[idx], study, area, (end_year - years, 10), (end_year, 7))
        )
        extra["bac"] = (end_year - years, rng.choice(("S2", "L2", "G")))
        languages = [*SN_LANGUAGES, SN_ENGLISH]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
        extra["interests"] = rng.sample(SN_INTERESTS, 3)
    elif style == "pdf-dominican-cv":
        phone = f"({rng.choice((809, 829, 849))}) 555-{rng.randint(1000, 9999)}"
        email = f"{first}{last[:1]}{rng.randint(10, 99)}@{rng.choice(('gmail.com', 'hotmail.com'))}"
        extra["summary"] = DO_SUMMARY
        extra["cedula"] = (
            f"{rng.choice(('001', '402', '031'))}-{rng.randint(1000000, 9999999)}-"
            f"{rng.randint(0, 9)}"
        )
        extra["born"] = f"{rng.randint(1, 28)} de {MESES[rng.randint(0, 11)].lower()} de "
        extra["born"] += str(end_year - 22)
        extra["status"] = rng.choice(("Soltera", "Casada"))
        for job in jobs:
            job.city = city if rng.random() < 0.7 else "Santo Domingo"
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if study == "Maestría":
            degrees.append(
                Degree(pool.schools[idx], study, area, (end_year - 2, 1), (end_year, 12))
            )
            end_year -= 2
            study, area = pool.degrees[0]
        degrees.append(
            Degree(rng.choice(pool.schools), study, area, (end_year - 4, 8), (end_year, 7))
        )
        extra["courses"] = [
            (course, issuer, rng.randint(end_year, 2025))
            for course, issuer in rng.sample(DO_COURSES, 2)
        ]
        extra["refs"] = rng.sample(DO_REFS, 2)
        languages = [DO_LANGUAGES[0], rng.choice(DO_LANGUAGES[1:])]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    else:
        phone = f"+39 3{rng.randint(20, 49)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'libero.it', 'outlook.it'))}"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(10, 99)}"
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 24}"
        for job in jobs:
            job.city = rng.choice((city, city, "Milano"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        score = rng.choice(("110/110 e lode", "108/110", "104/110"))
        if study == "Laurea Magistrale":
            degrees.append(
                Degree(pool.schools[idx], study, area, (end_year - 2, 10), (end_year, 7))
            )
            extra["scores"] = [score]
            end_year -= 2
            study, area = pool.degrees[1]
        else:
            extra["scores"] = []
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 3, 10), (end_year, 7)))
        extra["scores"].append(rng.choice(("102/110", "98/110", None)))
        languages = [("Italiano", "Madrelingua"), *rng.sample(IT_LANGUAGES, rng.randint(1, 2))]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
        extra["licence"] = rng.random() < 0.7
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
    country = None
    if style == "pdf-senegalese-cv":
        country = "SN"
    elif style == "pdf-dominican-cv" and options["country"]:
        country = "DO"
    elif style == "docx-italian-cv-word" and options["country"]:
        country = "IT"
    location: dict[str, Any] = {
        "address": extra.get("street"),
        "postalCode": extra.get("postal"),
        "city": person.city,
        "region": person.region,
        "countryCode": country,
    }
    label = person.label
    if style in ("pdf-senegalese-cv", "docx-italian-cv-word") and not options["headline"]:
        label = None
    basics = drop_empty(
        {
            "name": person.name,
            "label": label,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "summary": extra.get("summary"),
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
    education: list[dict[str, Any]] = []
    for index, d in enumerate(person.degrees):
        item: dict[str, Any] = {"institution": d.institution, "studyType": d.study, "area": d.area}
        if style == "pdf-hh-ru-export":
            item["endDate"] = str(d.end[0])
        elif style == "docx-italian-cv-word":
            item["startDate"] = iso_month(d.start, precision)
            item["endDate"] = iso_month(d.end, precision)
            item["score"] = extra["scores"][index]
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        education.append(drop_empty(item))
    certificates: list[dict[str, Any]] = []
    if style == "pdf-senegalese-cv":
        year, series = extra["bac"]
        education.append(
            {"studyType": "Baccalauréat", "area": f"Série {series}", "endDate": str(year)}
        )
    if style == "pdf-hh-ru-export" and options["courses"]:
        certificates = [
            {"name": course, "issuer": issuer, "date": str(year)}
            for _, course, issuer, year in extra["courses"]
        ]
    if style == "pdf-dominican-cv":
        certificates = [
            {"name": course, "issuer": issuer, "date": str(year)}
            for course, issuer, year in extra["courses"]
        ]
    skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
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
    if style == "pdf-hh-ru-export":
        return _hh(person, options), "pdf"
    if style == "pdf-senegalese-cv":
        return _senegal(person, options), "pdf"
    if style == "pdf-dominican-cv":
        return _dominican(person, options), "pdf"
    if style == "docx-italian-cv-word":
        return _italian(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} {one}"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} {few}"
    return f"{n} {many}"


def _ru_duration(total: int) -> str:
    years, months = divmod(total, 12)
    parts = []
    if years:
        parts.append(_plural(years, "год", "года", "лет"))
    if months:
        parts.append(_plural(months, "месяц", "месяца", "месяцев"))
    return " ".join(parts)


def _hh(person: Candidate, options: dict[str, Any]) -> bytes:
    extra = person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Резюме {person.label}")
    pdf.set_author("hh.ru")
    x, width, left = 15.0, 180.0, 42.0
    ink, grey, light = (0, 0, 0), (112, 112, 112), (200, 200, 200)
    short = " ".join(person.name.split()[:2])
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 285)
        pdf.set_font("Sans", "", 7)
        pdf.set_text_color(*grey)
        pdf.cell(width, 4, f"{short}  •  Резюме обновлено 18 ноября 2026 в 10:24")
        pdf.set_text_color(*ink)
        y = 14.0

    def need(height: float) -> None:
        if y + height > 278:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(18)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 10)
        pdf.set_text_color(*grey)
        pdf.cell(width, 5, text)
        pdf.set_draw_color(*light)
        pdf.set_line_width(0.2)
        pdf.line(x, y + 6, x + width, y + 6)
        pdf.set_text_color(*ink)
        y += 9

    new_page()
    pdf.set_fill_color(216, 33, 33)
    pdf.ellipse(x, y, 9, 9, style="F")
    pdf.set_xy(x, y + 2.2)
    pdf.set_font("Sans", "B", 8)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(9, 4.5, "hh", align="C")
    pdf.set_text_color(*ink)
    y += 13
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 19)
    pdf.multi_cell(width - 35, 8.5, person.name, align="L")
    y = pdf.get_y() + 1.5
    byear, bmonth, bday = extra["born"]
    age = 2026 - byear - (1 if (bmonth, bday) > (11, 18) else 0)
    metro = f", {extra['metro']}" if extra["metro"] else ""
    lines = (
        (
            f"Женщина, {_plural(age, 'год', 'года', 'лет')}, родилась {bday} "
            f"{MESYATSY_GEN[bmonth - 1]} {byear}",
            "",
        ),
        (f"{person.phone} — предпочитаемый способ связи", ""),
        (person.email, ""),
        (f"Проживает: {person.city}{metro}", ""),
        ("Гражданство: Россия, есть разрешение на работу: Россия", ""),
        ("Не готова к переезду, готова к редким командировкам", ""),
    )
    for text, look in lines:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", look, 9)
        pdf.cell(width - 35, 4.8, text)
        y += 5.2

    def about() -> None:
        nonlocal y
        heading("Дополнительная информация")
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(left, 4.7, "Обо мне")
        pdf.set_xy(x + left + 3, y)
        pdf.multi_cell(width - left - 3, 4.7, extra["summary"], align="L")
        y = pdf.get_y() + 1

    heading("Желаемая должность и зарплата")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 14)
    pdf.cell(width - 50, 7, person.label or "")
    if options["salary"]:
        pdf.set_font("Sans", "B", 12)
        pdf.cell(50, 7, extra["salary"], align="R")
    y += 9
    pdf.set_font("Sans", "", 9)
    pdf.set_xy(x, y)
    pdf.cell(width, 4.7, "Специализации:")
    y += 4.8
    for spec in extra["specializations"]:
        pdf.set_xy(x + 3, y)
        pdf.cell(width, 4.7, f"—  {spec}")
        y += 4.8
    for text in ("Занятость: полная занятость", "График работы: полный день, удаленная работа"):
        y += 1
        pdf.set_xy(x, y)
        pdf.cell(width, 4.7, text)
        y += 4.8
    if options["about_first"]:
        about()
    total = sum(_months(job.start, job.end) for job in person.jobs)
    heading(f"Опыт работы —{_ru_duration(total)}")
    for job in person.jobs:
        need(30)
        top = y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.5)
        start = f"{MESYATSY[job.start[1] - 1]} {job.start[0]} —"
        end = "настоящее время" if job.end is None else f"{MESYATSY[job.end[1] - 1]} {job.end[0]}"
        pdf.cell(left, 4.4, start)
        pdf.set_xy(x, y + 4.4)
        pdf.cell(left, 4.4, end)
        pdf.set_xy(x, y + 8.8)
        pdf.set_text_color(*grey)
        pdf.cell(left, 4.4, _ru_duration(_months(job.start, job.end)))
        pdf.set_text_color(*ink)
        rx, rw = x + left + 3, width - left - 3
        pdf.set_xy(rx, y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.multi_cell(rw, 4.8, job.company, align="L")
        y = pdf.get_y()
        pdf.set_xy(rx, y)
        pdf.set_font("Sans", "", 8.5)
        pdf.set_text_color(*grey)
        pdf.cell(rw, 4.4, job.city)
        pdf.set_text_color(*ink)
        y += 5.5
        pdf.set_xy(rx, y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.multi_cell(rw, 4.8, job.position, align="L")
        y = pdf.get_y() + 0.8
        for note in job.highlights:
            need(5)
            pdf.set_xy(rx, y)
            pdf.set_font("Sans", "", 9)
            pdf.multi_cell(rw, 4.5, f"- {note}", align="L")
            y = pdf.get_y() + 0.2
        y = max(y, top + 14) + 4
    heading("Образование")
    d = person.degrees[0]
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 9.5)
    pdf.cell(width, 5, f"Высшее образование ({d.study})")
    y += 7
    for d in person.degrees:
        need(12)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(left, 4.8, str(d.end[0]))
        pdf.set_xy(x + left + 3, y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.multi_cell(width - left - 3, 4.8, d.institution, align="L")
        pdf.set_xy(x + left + 3, pdf.get_y())
        pdf.set_font("Sans", "", 9)
        pdf.multi_cell(width - left - 3, 4.6, d.area, align="L")
        y = pdf.get_y() + 3
    if options["courses"]:
        heading("Повышение квалификации, курсы")
        for org, course, _issuer, year in extra["courses"]:
            need(11)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "", 9)
            pdf.cell(left, 4.8, str(year))
            pdf.set_xy(x + left + 3, y)
            pdf.set_font("Sans", "B", 9.5)
            pdf.cell(width - left - 3, 4.8, org)
            pdf.set_xy(x + left + 3, y + 4.8)
            pdf.set_font("Sans", "", 9)
            pdf.cell(width - left - 3, 4.6, course)
            y += 12
    heading("Ключевые навыки")
    need(20)
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9)
    pdf.cell(left, 4.8, "Знание языков")
    for offset, (lang, level) in enumerate(person.languages):
        pdf.set_xy(x + left + 3, y + offset * 7)
        pdf.set_fill_color(238, 238, 238)
        text = f"{lang} — {level}"
        pdf.cell(pdf.get_string_width(text) + 5, 5.6, text, fill=True)
    y += 7 * len(person.languages) + 2
    pdf.set_xy(x, y)
    pdf.cell(left, 4.8, "Навыки")
    cx = x + left + 3
    for skill in person.skills:
        w = pdf.get_string_width(skill) + 5
        if cx + w > x + width:
            cx = x + left + 3
            y += 7
            need(8)
        pdf.set_xy(cx, y)
        pdf.cell(w, 5.6, skill, fill=True)
        cx += w + 2
    y += 9
    if not options["about_first"]:
        about()
    _check(y, 280, person)
    return bytes(pdf.output())


def _fr_month(month: Month | None, form: str) -> str:
    if month is None:
        return "à nos jours" if form == "words" else "à ce jour"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MOIS[month[1] - 1]} {month[0]}"


def _senegal(person: Candidate, options: dict[str, Any]) -> bytes:
    extra, form, shade = person.extra, options["dates"], options["shade"]
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.add_font("Sans", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("CV")
    pdf.set_author(person.name)
    x, width = 20.0, 170.0
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
        pdf.set_fill_color(*shade)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 11)
        pdf.cell(width, 6.5, f" {text}", fill=True, border="B")
        y += 9.5

    def bullet(text: str, indent: float = 6.0) -> None:
        nonlocal y
        need(5)
        pdf.set_xy(x + indent, y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(5, 5, "\u27a2")
        pdf.set_font("Serif", "", 10.5)
        pdf.multi_cell(width - indent - 5, 5, text, align="L")
        y = pdf.get_y() + 0.4

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "BU", 16)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    y += 13
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 14)
    pdf.cell(width, 7, person.name, align="L")
    y += 8
    details = (
        f"Né(e) le {extra['born']} à {extra['birthplace']}",
        "Nationalité : Sénégalaise",
        f"Situation matrimoniale : {extra['status']}",
        f"Adresse : {extra['street']}, {person.city} \u2013 Sénégal",
        f"Tél. : {person.phone}",
        f"E-mail : {person.email}",
    )
    pdf.set_font("Serif", "", 10.5)
    for text in details:
        pdf.set_xy(x, y)
        pdf.cell(width, 5.2, text)
        y += 5.3
    if options["headline"]:
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "BI", 12.5)
        pdf.cell(width, 7, person.label or "", align="C")
        y += 8
    heading("PROFIL")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "I", 10.5)
    pdf.multi_cell(width, 5.2, extra["summary"], align="J")
    y = pdf.get_y() + 1

    def education() -> None:
        nonlocal y
        heading("DIPLÔMES ET FORMATIONS")
        rows = [
            (f"{d.start[0]}-{d.end[0]}", f"{d.study} en {d.area}", d.institution)
            for d in person.degrees
        ]
        year, series = extra["bac"]
        rows.append((str(year), f"Baccalauréat Série {series}", None))
        for when, what, where in rows:
            need(12)
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "B", 10.5)
            pdf.cell(28, 5.2, f"{when} :")
            pdf.multi_cell(width - 28, 5.2, what, align="L")
            y = pdf.get_y()
            if where:
                pdf.set_xy(x + 28, y)
                pdf.set_font("Serif", "", 10.5)
                pdf.cell(width - 28, 5.2, where)
                y += 5.2
            y += 2

    def experience() -> None:
        nonlocal y
        heading("EXPÉRIENCES PROFESSIONNELLES")
        for job in person.jobs:
            need(30)
            if job.end is None:
                start = _fr_month(job.start, form)
                when = f"Depuis {start}" if form == "words" else f"{start} {_fr_month(None, form)}"
            else:
                when = f"{_fr_month(job.start, form)} \u2013 {_fr_month(job.end, form)}"
                if form == "words":
                    when = when[0].upper() + when[1:]
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "BU", 10.5)
            pdf.cell(width, 5.2, when)
            y += 5.6
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "B", 10.5)
            pdf.cell(width, 5.2, f"{job.company} ({job.city})")
            y += 5.4
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "", 10.5)
            pdf.cell(width, 5.2, f"Poste : {job.position}")
            y += 5.4
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "U", 10.5)
            pdf.cell(width, 5.2, "Tâches :")
            y += 5.6
            for note in job.highlights:
                bullet(note)
            y += 3

    for part in (education, experience) if options["education_first"] else (experience, education):
        part()
    heading("COMPÉTENCES INFORMATIQUES")
    for skill in person.skills:
        bullet(skill, 2)
    heading("LANGUES")
    for lang, level in person.languages:
        need(6)
        pdf.set_xy(x + 2, y)
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(30, 5.2, lang)
        pdf.set_font("Serif", "", 10.5)
        pdf.cell(width - 32, 5.2, f": {level}")
        y += 5.5
    heading("CENTRES D'INTÉRÊT")
    pdf.set_xy(x + 2, y)
    pdf.set_font("Serif", "", 10.5)
    pdf.cell(width, 5.2, ", ".join(extra["interests"]))
    y += 6
    heading("RÉFÉRENCES")
    for ref, role, mobile in SN_REFS:
        need(6)
        pdf.set_xy(x + 2, y)
        pdf.set_font("Serif", "", 10.5)
        pdf.multi_cell(width - 2, 5.2, f"{ref}, {role} \u2013 Tél. : {mobile}", align="L")
        y = pdf.get_y() + 0.5
    _check(y, 284, person)
    return bytes(pdf.output())


def _es_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Actualidad" if form == "words" else "Presente"
    return str(month[0]) if form == "years" else f"{MESES[month[1] - 1]} {month[0]}"


def _dominican(person: Candidate, options: dict[str, Any]) -> bytes:
    extra, form, accent = person.extra, options["dates"], options["accent"]
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Curriculum Vitae {person.name}")
    x, width, key = 22.0, 166.0, 46.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.8)
        pdf.rect(10, 10, 190, 277)
        pdf.set_line_width(0.3)
        y = 20.0

    def need(height: float) -> None:
        if y + height > 276:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11.5)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(*accent)
        pdf.line(x, y + 6.8, x + width, y + 6.8)
        y += 9.5

    def pair(label: str, value: str, bold: bool = False) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(key, 5, label)
        pdf.set_font("Sans", "B" if bold else "", 9.5)
        pdf.multi_cell(width - key, 5, value, align="L")
        y = pdf.get_y() + 0.4

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*accent)
    pdf.cell(width, 5, "CURRICULUM VITAE", align="C")
    pdf.set_xy(x, y + 7)
    pdf.set_font("Sans", "B", 18)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(width, 9, person.name, align="C")
    y += 20
    heading("Datos Personales")
    address = f"{extra['street']}, {person.city}"
    if person.region:
        address += f", {person.region}"
    if options["country"]:
        address += ", República Dominicana"
    pair("Cédula:", extra["cedula"])
    pair("Fecha de Nacimiento:", extra["born"])
    pair("Nacionalidad:", "Dominicana")
    pair("Estado Civil:", extra["status"])
    pair("Dirección:", address)
    pair("Celular:", person.phone)
    pair("Correo:", person.email)
    heading("Objetivo")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(width, 5, extra["summary"], align="J")
    y = pdf.get_y() + 1

    def education() -> None:
        nonlocal y
        heading("Formación Académica")
        for d in person.degrees:
            need(18)
            pair(f"{d.start[0]} - {d.end[0]}", d.institution, bold=True)
            pdf.set_xy(x + key, y)
            pdf.set_font("Sans", "", 9.5)
            pdf.cell(width - key, 5, f"{d.study} en {d.area}")
            y += 7

    def experience() -> None:
        nonlocal y
        heading("Experiencia Laboral")
        for job in person.jobs:
            need(28)
            pair("Empresa:", f"{job.company}, {job.city}", bold=True)
            pair("Posición:", job.position)
            pair("Período:", f"{_es_month(job.start, form)} \u2013 {_es_month(job.end, form)}")
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 9.5)
            pdf.cell(key, 5, "Funciones:")
            for note in job.highlights:
                need(5)
                pdf.set_xy(x + key, y)
                pdf.set_font("Sans", "", 9.5)
                pdf.cell(4, 5, "\u2022")
                pdf.multi_cell(width - key - 4, 5, note, align="L")
                y = pdf.get_y() + 0.3
            y += 3.5

    for part in (education, experience) if options["education_first"] else (experience, education):
        part()
    heading("Cursos y Diplomados")
    for course, issuer, year in extra["courses"]:
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(4, 5, "\u2022")
        pdf.multi_cell(width - 4, 5, f"{course}, {issuer} ({year})", align="L")
        y = pdf.get_y() + 0.4
    heading("Idiomas")
    for lang, level in person.languages:
        pair(f"{lang}:", level)
    heading("Habilidades")
    for skill in person.skills:
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(4, 5, "\u2022")
        pdf.cell(width - 4, 5, skill)
        y += 5.3
    heading("Referencias Personales")
    for ref, mobile in extra["refs"]:
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(width, 5, f"{ref}          Tel.: {mobile}")
        y += 5.5
    _check(y, 278, person)
    return bytes(pdf.output())


def _it_month(month: Month | None, form: str) -> str:
    if month is None:
        return "oggi" if form == "words" else "in corso"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MESI[month[1] - 1]} {month[0]}"


def _it_span(start: Month, end: Month | None, form: str) -> str:
    if form == "words":
        return f"Da {_it_month(start, form)} a {_it_month(end, form)}"
    return f"{_it_month(start, form)} \u2013 {_it_month(end, form)}"


def _italian(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    extra, form = person.extra, options["dates"]
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = person.name
    properties.revision = 7
    properties.title = "Curriculum Vitae"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)
    normal = document.styles["Normal"]
    normal.font.name = "Arial Narrow" if options["layout"] == "table" else "Times New Roman"
    normal.font.size = Pt(10 if options["layout"] == "table" else 11)
    normal.paragraph_format.space_after = Pt(0)
    grey = RGBColor(0x40, 0x40, 0x40)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("CURRICULUM VITAE")
    run.bold, run.font.size = True, Pt(16)
    if options["headline"]:
        sub = document.add_paragraph()
        sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
        sub.add_run(person.label or "").italic = True
    document.add_paragraph()
    address = f"{extra['street']}, {extra['postal']} {person.city} ({person.region})"
    if options["country"]:
        address += ", Italia"
    personal = [
        ("Nome", person.name),
        ("Indirizzo", address),
        ("Telefono", person.phone),
        ("E-mail", person.email),
        ("LinkedIn", extra["linkedin"].removeprefix("https://")),
        ("Nazionalità", "Italiana"),
        ("Data di nascita", extra["born"]),
    ]
    sections: list[tuple[str, list[list[tuple[str, list[str], bool]]]]] = []
    sections.append(("INFORMAZIONI PERSONALI", [[(k, [v], k == "Nome") for k, v in personal]]))
    jobs = []
    for job in person.jobs:
        jobs.append(
            [
                ("Date (da – a)", [_it_span(job.start, job.end, form)], False),
                ("Nome e indirizzo del datore di lavoro", [f"{job.company}, {job.city}"], True),
                ("Tipo di azienda o settore", [IT_SECTORS[job.company]], False),
                ("Tipo di impiego", [job.position], True),
                ("Principali mansioni e responsabilità", list(job.highlights), False),
            ]
        )
    sections.append(("ESPERIENZA LAVORATIVA", jobs))
    schools = []
    for index, d in enumerate(person.degrees):
        rows = [
            ("Date (da – a)", [_it_span(d.start, d.end, form)], False),
            ("Nome e tipo di istituto di istruzione o formazione", [d.institution], True),
            ("Qualifica conseguita", [f"{d.study} in {d.area}"], False),
        ]
        if extra["scores"][index]:
            rows.append(("Votazione", [extra["scores"][index]], False))
        schools.append(rows)
    sections.append(("ISTRUZIONE E FORMAZIONE", schools))
    langs = [("Madrelingua", [person.languages[0][0]], True)]
    langs += [
        ("Altre lingue" if i == 0 else "", [f"{lang} \u2013 {level}"], False)
        for i, (lang, level) in enumerate(person.languages[1:])
    ]
    sections.append(("CAPACITÀ E COMPETENZE PERSONALI", [langs]))
    sections.append(
        ("CAPACITÀ E COMPETENZE TECNICHE", [[("Competenze informatiche", person.skills, False)]])
    )
    if extra["licence"]:
        sections.append(("PATENTE O PATENTI", [[("Patente", ["B"], False)]]))

    def bottom_border(paragraph: Any) -> None:
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for attr, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1")):
            bottom.set(qn(attr), value)
        borders.append(bottom)
        paragraph._p.get_or_add_pPr().append(borders)

    bulleted = {"Principali mansioni e responsabilità", "Competenze informatiche"}
    if options["layout"] == "table":
        for head, blocks in sections:
            table = document.add_table(rows=0, cols=2)
            cells = table.add_row().cells
            cells[0].width, cells[1].width = Cm(5.5), Cm(11.5)
            cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = cells[0].paragraphs[0].add_run(head)
            run.bold, run.font.size = True, Pt(11)
            for block in blocks:
                for label, values, bold in block:
                    cells = table.add_row().cells
                    cells[0].width, cells[1].width = Cm(5.5), Cm(11.5)
                    p = cells[0].paragraphs[0]
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    run = p.add_run(
                        f"• {label}" if label and head != "INFORMAZIONI PERSONALI" else label
                    )
                    run.font.size, run.font.color.rgb = Pt(9), grey
                    for i, value in enumerate(values):
                        p = cells[1].paragraphs[0] if i == 0 else cells[1].add_paragraph()
                        if label in bulleted:
                            p.style = document.styles["List Bullet"]
                        p.add_run(value).bold = bold
                spacer = table.add_row().cells
                spacer[0].width, spacer[1].width = Cm(5.5), Cm(11.5)
            document.add_paragraph()
    else:
        for head, blocks in sections:
            p = document.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.space_after = Pt(6)
            run = p.add_run(head.capitalize())
            run.bold, run.font.size = True, Pt(12)
            bottom_border(p)
            for block in blocks:
                for label, values, bold in block:
                    if label in bulleted:
                        if label:
                            p = document.add_paragraph()
                            p.add_run(f"{label}:").italic = True
                        for value in values:
                            item = document.add_paragraph(value, style="List Bullet")
                            item.paragraph_format.left_indent = Cm(5.5)
                        continue
                    p = document.add_paragraph()
                    p.paragraph_format.tab_stops.add_tab_stop(Cm(5))
                    p.add_run(f"{label}\t" if label else "\t").italic = True
                    p.add_run(values[0]).bold = bold
                document.add_paragraph()
    clause = document.add_paragraph()
    clause.paragraph_format.space_before = Pt(18)
    run = clause.add_run(IT_GDPR)
    run.italic, run.font.size = True, Pt(8)
    sign = document.add_paragraph()
    sign.paragraph_format.space_before = Pt(12)
    sign.add_run(f"{person.city}, 15/11/2026")
    sign.add_run("\t\t\t\t\t\tIn fede")
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())

"""Sixty-ninth held-out round ("holdout-69"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts, three born-digital PDF and
one Word document. The round is sealed: the layouts are described only in the code below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

# ruff: noqa: RUF001 (the Ukrainian CV is written in Cyrillic, whose letters look like Latin ones)
from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout17 import _chain, _check
from tests.eval.holdout31 import _latin, _normalise_zip
from tests.eval.holdout66 import _Flow
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month

HOLDOUT_TAG = "holdout-69"
GENERATOR = "tests/eval/holdout69.py"
SEED = 6_952_418

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-nigerien-cv", 3),
    ("pdf-cape-verdean-cv", 3),
    ("pdf-standout-cv-export", 3),
    ("docx-ukrainian-cv-word", 3),
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
MONTHS_UK = (
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
MISYATSI = (
    "січень",
    "лютий",
    "березень",
    "квітень",
    "травень",
    "червень",
    "липень",
    "серпень",
    "вересень",
    "жовтень",
    "листопад",
    "грудень",
)

POOLS: dict[str, Pool] = {
    "pdf-nigerien-cv": Pool(
        first=("Aïchatou", "Mariama", "Hadiza", "Zeinabou", "Rakiatou", "Ibrahim", "Moussa"),
        last=("Mahamadou", "Issoufou", "Hamani", "Seyni", "Abdou Garba", "Illiassou"),
        cities=(
            ("Niamey", None, None, "Quartier Plateau, BP 10 512"),
            ("Niamey", None, None, "Quartier Yantala Haut, rue YN-34"),
            ("Zinder", None, None, "Quartier Birni, BP 312"),
            ("Zinder", None, None, "Quartier Sabon Gari, rue du Marché"),
        ),
        employers=(
            "ONG Hadin Gwiwa pour le Développement",
            "Société Sahel Transit et Logistique SARL",
            "Cabinet d'Expertise Comptable Goudel",
            "Caisse Populaire d'Épargne du Damagaram",
            "Projet d'Appui à la Résilience Agricole (PARA)",
        ),
        titles=(
            "Comptable",
            "Responsable administratif et financier",
            "Chargé de suivi-évaluation",
            "Caissier principal",
            "Assistant en gestion des ressources humaines",
        ),
        highlights=(
            "Tenue de la comptabilité sous TOMPRO et production des états financiers",
            "Élaboration des rapports financiers trimestriels pour les partenaires",
            "Suivi des décaissements et des pièces justificatives des activités de terrain",
            "Préparation des déclarations fiscales et sociales (DGI, CNSS)",
            "Gestion de la caisse et rapprochements bancaires mensuels",
            "Collecte et saisie des données de suivi avec ODK Collect",
            "Organisation des missions de supervision dans les communes rurales",
            "Appui à la gestion administrative du personnel et des contrats",
            "Participation aux audits annuels des comptes du projet",
        ),
        skills=(
            "Pack Office (Word, Excel, PowerPoint)",
            "TOMPRO",
            "SAGE Saari 100",
            "ODK Collect",
            "SPSS",
            "Internet et messagerie électronique",
        ),
        schools=(
            "Université Abdou Moumouni de Niamey",
            "Université André Salifou de Zinder",
            "Institut Supérieur de Gestion du Sahel",
            "École Nationale d'Administration (ENA) de Niamey",
        ),
        degrees=(
            ("Licence", "Sciences de Gestion"),
            ("Licence professionnelle", "Comptabilité et Finance"),
            ("Diplôme de Technicien Supérieur (DTS)", "Comptabilité"),
            ("Master", "Audit et Contrôle de Gestion"),
        ),
    ),
    "pdf-cape-verdean-cv": Pool(
        first=("Edna", "Nilda", "Sónia", "Elisângela", "Ivanilda", "Jailson", "Admilson"),
        last=("Semedo", "Tavares", "Fortes", "Varela", "Brito Lopes", "Rodrigues Delgado"),
        cities=(
            ("Praia", None, None, "Achada Santo António, Rua 5 de Julho, n.º 18"),
            ("Praia", None, None, "Palmarejo, Rua Cidade de Lisboa, n.º 42"),
            ("Mindelo", None, None, "Monte Sossego, Rua de Moçambique, n.º 7"),
            ("Mindelo", None, None, "Alto Miramar, Rua Santo Antão, n.º 3"),
        ),
        employers=(
            "Morabeza Transportes Marítimos, S.A.",
            "Hotel Ilhéu Branco, Lda.",
            "Cooperativa de Crédito Djunta Mon",
            "Sotavento Seguros, S.A.",
            "ElectroMindelo, Lda.",
        ),
        titles=(
            "Técnico de Contabilidade",
            "Assistente Administrativo",
            "Gestor de Clientes",
            "Técnico de Recursos Humanos",
            "Responsável de Faturação",
        ),
        highlights=(
            "Lançamento de documentos contabilísticos e reconciliações bancárias mensais",
            "Elaboração das declarações de IVA e IUR junto da DNRE",
            "Atendimento e acompanhamento de clientes empresariais",
            "Gestão do arquivo e da correspondência da direção",
            "Processamento salarial e comunicações mensais ao INPS",
            "Apoio na preparação do relatório e contas anual",
            "Coordenação das reservas e da faturação durante a época alta",
            "Recrutamento e acolhimento de novos colaboradores",
            "Controlo de caixa e emissão de faturas no sistema PHC",
        ),
        skills=(
            "Microsoft Office (Word, Excel, PowerPoint)",
            "PHC Contabilidade",
            "Primavera ERP",
            "Excel avançado (tabelas dinâmicas)",
            "Atendimento ao público",
            "Trabalho em equipa",
        ),
        schools=(
            "Universidade de Cabo Verde",
            "Universidade Jean Piaget de Cabo Verde",
            "Universidade do Mindelo",
            "Instituto Superior de Ciências Económicas e Empresariais",
        ),
        degrees=(
            ("Licenciatura", "Contabilidade e Administração"),
            ("Licenciatura", "Gestão de Empresas"),
            ("Licenciatura", "Economia"),
            ("Mestrado", "Gestão Financeira"),
        ),
    ),
    "pdf-standout-cv-export": Pool(
        first=("Harriet", "Callum", "Niamh", "Rhys", "Eleanor", "Jamal", "Freya"),
        last=("Ashworth", "Pickering", "Thistlewood", "Brindley", "Ravensworth", "Oduya"),
        cities=(
            ("Leeds", "West Yorkshire", None, ""),
            ("Nottingham", "Nottinghamshire", None, ""),
            ("Norwich", "Norfolk", None, ""),
        ),
        employers=(
            "Harrowgate Lettings Ltd",
            "Pennine Freight Solutions",
            "Brightwater Housing Association",
            "Castlegate Dental Group",
            "Marlow & Teague Solicitors",
        ),
        titles=(
            "Office Manager",
            "Office Administrator",
            "Operations Coordinator",
            "Team Leader",
            "HR Assistant",
        ),
        highlights=(
            "Managed the day-to-day running of a busy office of 35 staff",
            "Processed supplier invoices and purchase orders on Sage 50",
            "Coordinated diaries and travel for three senior directors",
            "Introduced a digital filing system, cutting document retrieval time by 40%",
            "Onboarded new starters and maintained HR records in BrightHR",
            "Handled customer queries by phone and email with a 96% satisfaction score",
            "Organised quarterly board meetings and took formal minutes",
            "Negotiated a new stationery contract saving £4,500 a year",
            "Trained and supervised two business administration apprentices",
        ),
        skills=(
            "Office management",
            "Diary management",
            "Sage 50 Accounts",
            "Microsoft 365",
            "Customer service",
            "Minute taking",
            "Budget monitoring",
            "Stakeholder communication",
        ),
        schools=(
            "Leeds Beckett University",
            "Nottingham Trent University",
            "University of East Anglia",
            "Sheffield Hallam University",
        ),
        degrees=(
            ("BA (Hons)", "Business Management"),
            ("BSc (Hons)", "Psychology"),
            ("BA (Hons)", "English Language"),
            ("BSc (Hons)", "Accounting and Finance"),
        ),
    ),
    "docx-ukrainian-cv-word": Pool(
        first=("Оксана", "Наталія", "Ірина", "Юлія", "Тетяна", "Олена"),
        last=("Коваленко", "Бондаренко", "Ткачук", "Мельник", "Савчук", "Гнатюк"),
        cities=(
            ("Київ", None, None, "вул. Саксаганського, 112, кв. 45"),
            ("Львів", None, None, "вул. Городоцька, 87, кв. 12"),
            ("Вінниця", None, None, "просп. Коцюбинського, 24, кв. 8"),
            ("Дніпро", None, None, "вул. Короленка, 15, кв. 3"),
        ),
        employers=(
            "ТОВ «Агро-Світанок»",
            "ПрАТ «Подільський молочний завод»",
            "ТОВ «Лев-Логістик»",
            "ТОВ «Дніпро-Фарм Дистрибуція»",
            "БФ «Відкриті серця»",
        ),
        titles=(
            "Бухгалтер",
            "Головний бухгалтер",
            "Бухгалтер з розрахунку заробітної плати",
            "Економіст",
            "Помічник бухгалтера",
        ),
        highlights=(
            "Ведення первинної документації та бухгалтерського обліку в програмі BAS",
            "Розрахунок заробітної плати для 85 працівників",
            "Складання та подання податкової звітності (ПДВ, ЄСВ, 4ДФ)",
            "Ведення розрахунків з постачальниками та покупцями",
            "Підготовка квартальної та річної фінансової звітності",
            "Реєстрація податкових накладних в ЄРПН",
            "Проведення інвентаризації товарно-матеріальних цінностей",
            "Робота з клієнт-банком та контроль платежів",
            "Взаємодія з податковою службою та аудиторами",
        ),
        skills=(
            "BAS Бухгалтерія",
            "1С:Підприємство 8.3",
            "M.E.Doc",
            "MS Excel (зведені таблиці, ВПР)",
            "Клієнт-банк",
            "Знання податкового законодавства України",
        ),
        schools=(
            "Київський національний економічний університет імені Вадима Гетьмана",
            "Львівський національний університет імені Івана Франка",
            "Вінницький торговельно-економічний інститут",
            "Університет митної справи та фінансів",
        ),
        degrees=(
            ("бакалавр", "Облік і оподаткування"),
            ("бакалавр", "Фінанси, банківська справа та страхування"),
            ("бакалавр", "Економіка підприємства"),
            ("магістр", "Облік і оподаткування"),
        ),
    ),
}

NE_MALE = ("Ibrahim", "Moussa")
NE_SECONDARY = (
    ("Lycée Issa Korombé de Niamey", "CEG 8 de Niamey"),
    ("Lycée Amadou Kouran Daga de Zinder", "CEG 2 de Zinder"),
    ("Lycée Kassaï de Niamey", "CEG 15 de Niamey"),
)
NE_SERIES = ("série D", "série G2", "série A4")
NE_MENTIONS = ("Assez Bien", "Bien", "Passable")
NE_PROFILE = (
    "{} rigoureu{}, disponible et apte à travailler sous pression, ayant une "
    "expérience confirmée en gestion financière de projets et d'ONG au Niger."
)
NE_LANGUAGES = {
    "Niamey": (
        ("Zarma", "langue maternelle"),
        ("Haoussa", "parlé couramment"),
        ("Français", "lu, écrit, parlé"),
        ("Anglais", "notions"),
    ),
    "Zinder": (
        ("Haoussa", "langue maternelle"),
        ("Kanouri", "parlé"),
        ("Français", "lu, écrit, parlé"),
        ("Anglais", "moyen"),
    ),
}
NE_INTERESTS = ("Lecture", "Football", "Couture", "Voyages", "Informatique")
NE_REFERENCES = (
    ("M. SALEY Oumarou", "Coordonnateur national, ONG Hadin Gwiwa", "+227 96 88 41 20"),
    ("Mme BAGNOU Fati", "Chef du service financier, Sahel Transit", "+227 90 47 13 65"),
    ("Dr ALI Mahaman", "Enseignant-chercheur, Université André Salifou", "+227 97 32 10 58"),
)
CV_SECONDARY = {
    "Praia": ("Escola Secundária Cónego Jacinto", "Escola Secundária Abílio Duarte"),
    "Mindelo": ("Liceu Ludgero Lima", "Escola Secundária Jorge Barbosa"),
}
CV_SECONDARY_AREAS = ("Ciências Económicas e Sociais", "Ciências e Tecnologia")
CV_PROFILE = (
    "Profissional organizado e responsável, com experiência em contabilidade e gestão "
    "administrativa, habituado a trabalhar com prazos e em equipa."
)
CV_LANGUAGES = (
    ("Português", "Fluente"),
    ("Inglês", "Bom"),
    ("Francês", "Razoável"),
    ("Espanhol", "Básico"),
)
CV_SECTORS = {
    "Morabeza Transportes Marítimos, S.A.": "Transportes e logística",
    "Hotel Ilhéu Branco, Lda.": "Hotelaria e turismo",
    "Cooperativa de Crédito Djunta Mon": "Microfinança",
    "Sotavento Seguros, S.A.": "Seguros",
    "ElectroMindelo, Lda.": "Comércio de equipamentos",
}
UK_SIXTH = (
    "Kirkstall Valley Sixth Form",
    "Wollaton Park Academy",
    "Eaton Rise High School",
    "Hallam Fields School",
)
UK_SUBJECTS = (
    "Business Studies",
    "English Literature",
    "Psychology",
    "Mathematics",
    "History",
    "Sociology",
)
UK_CLASSES = ("2:1", "First Class Honours", "2:2")
UK_GRADES = ("A*", "A", "B", "C")
UK_PROFILE = (
    "Highly organised office professional with over six years' experience keeping busy "
    "teams running smoothly. Confident managing budgets, suppliers and senior diaries, and "
    "known for calm, friendly communication. Looking for a role where I can bring structure "
    "to a growing business."
)
UK_INTERESTS = (
    "Park runs at the weekend",
    "Volunteering at a local food bank",
    "Baking",
    "Hill walking in the Peak District",
    "Book club",
)
UA_PATRONYMICS = ("Олександрівна", "Василівна", "Миколаївна", "Петрівна", "Іванівна")
UA_MOBILE = (50, 63, 66, 67, 68, 73, 93, 95, 96, 97, 98)
UA_LANGUAGES = (
    ("Українська", "рідна"),
    ("Англійська", "середній рівень (B1)"),
    ("Польська", "базовий рівень"),
    ("Німецька", "початковий рівень"),
)
UA_COURSES = (
    ("Курс «Бухгалтерський облік у BAS»", "Навчальний центр «Профі-Освіта»"),
    ("Сертифікат ACCA DipIFR (МСФЗ)", "ACCA"),
    ("Курс «Податковий облік для бухгалтерів»", "Ліга:Закон"),
)
UA_QUALITIES = "Відповідальність, уважність до деталей, пунктуальність, стресостійкість."
UA_HOBBIES = ("Читання", "Йога", "Подорожі", "Волонтерство", "Фотографія")
UA_EXTRA = {"і": "i", "ї": "yi", "є": "ie", "ґ": "g", "І": "I", "Ї": "Yi", "Є": "Ye"}


def _ua_latin(text: str) -> str:
    return _latin("".join(UA_EXTRA.get(ch, ch) for ch in text))


class _UaCandidate(Candidate):
    __slots__ = ()

    @property
    def slug(self) -> str:
        return "-".join(ascii_slug(_ua_latin(self.name)).split())


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-nigerien-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "work_table": rng.random() < 0.5,
            "edu_range": rng.random() < 0.6,
            "headline": rng.random() < 0.5,
            "education_first": rng.random() < 0.7,
        }
    if style == "pdf-cape-verdean-cv":
        form = rng.choice(("words", "numeric"))
        return {
            "dates": form,
            "edu_months": rng.random() < 0.8 and form == "numeric",
            "headline": rng.random() < 0.6,
            "education_first": rng.random() < 0.3,
        }
    if style == "pdf-standout-cv-export":
        return {
            "dates": rng.choice(("short", "long", "numeric")),
            "template": rng.choice(("sidebar", "classic")),
            "headline": rng.random() < 0.7,
            "accent": rng.choice(((31, 58, 96), (0, 105, 92), (88, 44, 110))),
        }
    if style == "docx-ukrainian-cv-word":
        return {
            "dates": rng.choice(("words", "numeric")),
            "work_table": rng.random() < 0.5,
            "headline": rng.random() < 0.6,
            "country": rng.random() < 0.5,
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    given, family = name.split(" ", 1)
    city, region, _code, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street or None}
    url: str | None = None
    jobs = _chain(rng, pool, rng.choice((2, 3, 4)), rng.random() < 0.7)
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    idx = rng.randrange(len(pool.degrees))
    study, area = pool.degrees[idx]
    label = jobs[0].position
    languages: list[tuple[str, str]] = []
    edu: list[dict[str, Any]] = []
    skills = rng.sample(pool.skills, rng.randint(4, 6))
    factory: type[Candidate] = Candidate
    if style == "pdf-nigerien-cv":
        slug = ascii_slug(name).split()
        name = f"{family.upper()} {given}" if rng.random() < 0.6 else f"{given} {family.upper()}"
        extra["given"], extra["family"] = given, family.upper()
        phone = f"+227 {rng.choice((96, 90, 97, 89, 94))} {rng.randint(10, 99)} "
        phone += f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
        email = f"{slug[0]}{slug[-1]}{rng.randint(80, 99)}@{rng.choice(('gmail.com', 'yahoo.fr'))}"
        for job in jobs:
            job.city = rng.choice((city, "Niamey", "Zinder", "Maradi", "Tahoua"))
        years = {"Master": 2, "Diplôme de Technicien Supérieur (DTS)": 2}.get(study, 3)
        edu.append(
            {
                "institution": pool.schools[idx],
                "studyType": study,
                "area": area,
                "start": end_year - years,
                "end": end_year,
                "score": rng.choice(NE_MENTIONS) if rng.random() < 0.6 else None,
            }
        )
        if study == "Master":
            edu.append(
                {
                    "institution": pool.schools[0],
                    "studyType": "Licence",
                    "area": "Sciences de Gestion",
                    "start": end_year - 5,
                    "end": end_year - 2,
                    "score": None,
                }
            )
        lycee, ceg = rng.choice(NE_SECONDARY)
        bac = edu[-1]["start"]
        edu.append(
            {
                "institution": lycee,
                "studyType": f"Baccalauréat {rng.choice(NE_SERIES)}",
                "start": None,
                "end": bac,
                "score": None,
            }
        )
        if rng.random() < 0.6:
            edu.append({"institution": ceg, "studyType": "BEPC", "start": None, "end": bac - 3})
        male = given in NE_MALE
        extra["born"] = f"{'Né' if male else 'Née'} le {rng.randint(1, 28):02d}/"
        extra["born"] += f"{rng.randint(1, 12):02d}/{bac - 19} à "
        extra["born"] += rng.choice(("Niamey", "Zinder", "Dosso", "Maradi", "Tillabéri"))
        extra["nationality"] = "Nigérien" if male else "Nigérienne"
        family_status = ("Célibataire", "Marié" if male else "Mariée")
        extra["status"] = rng.choice(family_status)
        extra["summary"] = NE_PROFILE.format(
            *(("Professionnel", "x") if male else ("Professionnelle", "se"))
        )
        extra["interests"] = rng.sample(NE_INTERESTS, 3)
        extra["refs"] = list(NE_REFERENCES[: rng.choice((2, 3))])
        languages = list(NE_LANGUAGES[city][: rng.randint(3, 4)])
    elif style == "pdf-cape-verdean-cv":
        slug = ascii_slug(name).split()
        phone = f"+238 {rng.choice((9, 5))}{rng.randint(10, 99)} {rng.randint(10, 99)} "
        phone += f"{rng.randint(10, 99)}"
        email = f"{slug[0]}.{slug[-1]}@{rng.choice(('gmail.com', 'hotmail.com', 'cvmail.cv'))}"
        for job in jobs:
            job.city = rng.choice((city, city, "Praia", "Mindelo", "Santa Maria"))
        ongoing = study == "Mestrado" and rng.random() < 0.6
        if study == "Mestrado":
            edu.append(
                {
                    "institution": pool.schools[idx],
                    "studyType": study,
                    "area": area,
                    "start": (2025, 10) if ongoing else (end_year - 2, 10),
                    "end": None if ongoing else (end_year, 7),
                    "score": None,
                    "level": "Nível 7 do QEQ",
                }
            )
            if not ongoing:
                end_year -= 2
            idx = rng.randrange(3)
            study, area = pool.degrees[idx]
        edu.append(
            {
                "institution": pool.schools[idx],
                "studyType": study,
                "area": area,
                "start": (end_year - 4, 10),
                "end": (end_year, 7),
                "score": f"{rng.randint(13, 17)} valores" if rng.random() < 0.6 else None,
                "level": "Nível 6 do QEQ",
            }
        )
        edu.append(
            {
                "institution": rng.choice(CV_SECONDARY[city]),
                "studyType": "12.º Ano",
                "area": rng.choice(CV_SECONDARY_AREAS),
                "start": (end_year - 7, 9),
                "end": (end_year - 4, 7),
                "score": None,
                "level": "Nível 4 do QEQ",
            }
        )
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 22}"
        extra["sex"] = "Masculino" if given in ("Jailson", "Admilson") else "Feminino"
        extra["summary"] = CV_PROFILE
        if rng.random() < 0.5:
            extra["linkedin"] = f"https://www.linkedin.com/in/{slug[0]}-{slug[-1]}-cv"
        languages = [("Crioulo cabo-verdiano", "Língua materna")]
        languages += list(CV_LANGUAGES[: rng.randint(2, 4)])
    elif style == "pdf-standout-cv-export":
        slug = ascii_slug(name).split()
        phone = f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}"
        email = f"{slug[0]}.{slug[-1]}@{rng.choice(('gmail.com', 'outlook.com', 'btinternet.com'))}"
        extra["linkedin"] = f"https://www.linkedin.com/in/{slug[0]}-{slug[-1]}"
        for job in jobs:
            job.city = rng.choice((city, city, "Sheffield", "York", "Derby"))
        edu.append(
            {
                "institution": pool.schools[idx],
                "studyType": study,
                "area": area,
                "start": end_year - 3,
                "end": end_year,
                "score": rng.choice(UK_CLASSES),
            }
        )
        grades = sorted((rng.choice(("A*", "A", "B", "C")) for _ in range(3)), key=UK_GRADES.index)
        subjects = rng.sample(UK_SUBJECTS, 3)
        edu.append(
            {
                "institution": rng.choice(UK_SIXTH),
                "studyType": "A Levels",
                "start": end_year - 5,
                "end": end_year - 3,
                "courses": [f"{s} ({g})" for s, g in zip(subjects, grades, strict=True)],
            }
        )
        if rng.random() < 0.5:
            edu.append(
                {
                    "institution": edu[-1]["institution"],
                    "studyType": "GCSEs",
                    "start": None,
                    "end": end_year - 5,
                    "note": f"{rng.randint(8, 10)} at grades 9\u20134, including Maths and English",
                }
            )
        extra["summary"] = UK_PROFILE
        extra["interests"] = rng.sample(UK_INTERESTS, 3)
        skills = rng.sample(pool.skills, 6)
    else:
        factory = _UaCandidate
        patronymic = rng.choice(UA_PATRONYMICS)
        name = f"{family} {given} {patronymic}"
        phone = rng.choice(
            (
                f"+380 {rng.choice(UA_MOBILE)} {rng.randint(100, 999)} {rng.randint(10, 99)} "
                f"{rng.randint(10, 99)}",
                f"+38 (0{rng.choice(UA_MOBILE)}) {rng.randint(100, 999)}-{rng.randint(10, 99)}-"
                f"{rng.randint(10, 99)}",
            )
        )
        latin = ascii_slug(_ua_latin(f"{given} {family}")).split()
        email = f"{latin[-1]}.{latin[0]}{rng.randint(1, 99)}@{rng.choice(('ukr.net', 'gmail.com'))}"
        for job in jobs:
            job.city = f"м. {rng.choice((city, city, 'Київ', 'Житомир'))}"
        if study == "магістр":
            ongoing = rng.random() < 0.5
            edu.append(
                {
                    "institution": pool.schools[idx % 2],
                    "studyType": study,
                    "area": area,
                    "start": 2025 if ongoing else end_year - 2,
                    "end": None if ongoing else end_year,
                }
            )
            end_year = end_year if ongoing else end_year - 2
            study, area = pool.degrees[0]
            idx = idx % 2
        edu.append(
            {
                "institution": pool.schools[idx],
                "studyType": study,
                "area": area,
                "start": end_year - 4,
                "end": end_year,
            }
        )
        cert_years = sorted(rng.sample(range(min(end_year + 1, 2023), 2027), 2), reverse=True)
        extra["certs"] = [
            (course, issuer, year)
            for (course, issuer), year in zip(rng.sample(UA_COURSES, 2), cert_years, strict=True)
        ][: rng.randint(1, 2)]
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{end_year - 22}"
        extra["hobbies"] = rng.sample(UA_HOBBIES, 3)
        languages = list(UA_LANGUAGES[: rng.randint(2, 4)])
        extra["objective"] = f"отримання посади «{jobs[0].position.lower()}»"
    extra["edu"] = edu
    return factory(
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
        degrees=[],
        skills=skills,
        languages=languages,
        extra=extra,
    )


# ------------------------------------------------------------------------------------ truth


def _edu_date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, tuple):
        return iso_month(value, "month")
    return str(value)


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    extra = person.extra
    profiles: list[dict[str, str]] = []
    location: dict[str, Any] = {"city": person.city}
    summary = extra.get("summary")
    if style == "pdf-nigerien-cv":
        location.update(address=extra["street"], countryCode="NE")
    elif style == "pdf-cape-verdean-cv":
        location.update(address=extra["street"], countryCode="CV")
    elif style == "pdf-standout-cv-export":
        location["region"] = person.region
    else:
        if options["country"]:
            location["countryCode"] = "UA"
    if "linkedin" in extra:
        link = extra["linkedin"]
        profiles.append({"network": "LinkedIn", "username": link.rsplit("/", 1)[-1], "url": link})
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label if options["headline"] else None,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "summary": summary,
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
    education = []
    for d in extra["edu"]:
        start = d["start"]
        if style == "pdf-nigerien-cv" and not options["edu_range"]:
            start = None
        if style == "pdf-cape-verdean-cv" and not options["edu_months"]:
            start = start[0]
            end = d["end"][0] if d["end"] else None
        else:
            end = d["end"]
        education.append(
            drop_empty(
                {
                    "institution": d["institution"],
                    "studyType": d["studyType"],
                    "area": d.get("area"),
                    "startDate": _edu_date(start),
                    "endDate": _edu_date(end),
                    "score": d.get("score"),
                    "courses": d.get("courses"),
                }
            )
        )
    languages = [{"language": lang, "fluency": level} for lang, level in person.languages]
    references = [
        {"name": ref[0], "reference": ", ".join(ref[1:])} for ref in extra.get("refs", [])
    ]
    certificates = [
        {"name": name, "issuer": issuer, "date": str(year)}
        for name, issuer, year in extra.get("certs", [])
    ]
    interests = [{"name": item} for item in extra.get("interests", extra.get("hobbies", []))]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "certificates": certificates,
            "skills": [{"name": skill} for skill in person.skills],
            "languages": languages,
            "interests": interests,
            "references": references,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-nigerien-cv":
        return _nigerien(person, options), "pdf"
    if style == "pdf-cape-verdean-cv":
        return _cape_verdean(person, options), "pdf"
    if style == "pdf-standout-cv-export":
        return _standout(person, options), "pdf"
    if style == "docx-ukrainian-cv-word":
        return _ukrainian(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _row(
    pdf: Any, flow: _Flow, x: float, widths: list[float], cells: list[str], styles: str, h: float
) -> None:
    """One bordered table row; the cell texts wrap and the row takes the tallest cell."""
    lines = 1
    for width, text, style in zip(widths, cells, styles, strict=True):
        pdf.set_font(style=style.strip())
        lines = max(
            lines,
            len(pdf.multi_cell(width - 2, h, text, dry_run=True, output="LINES", markdown=True)),
        )
    height = lines * h + 2
    flow.need(height)
    left = x
    for width, text, style in zip(widths, cells, styles, strict=True):
        pdf.rect(left, flow.y, width, height)
        pdf.set_xy(left + 1, flow.y + 1)
        pdf.set_font(style=style.strip())
        pdf.multi_cell(width - 2, h, text, align="L", markdown=True)
        left += width
    flow.y += height


# ---------------------------------------------------------------------------------- Niger


def _ne_month(month: Month | None, form: str) -> str:
    if month is None:
        return "à nos jours"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MOIS[month[1] - 1].capitalize()} {month[0]}"


def _nigerien(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    x, width = 18.0, 174.0
    green = (0, 110, 60)

    def footer(doc: Any) -> None:
        doc.set_xy(x, 287)
        doc.set_font("Serif", "", 7.5)
        doc.set_text_color(110, 110, 110)
        doc.cell(width, 4, f"{doc.page_no()}", align="C")
        doc.set_text_color(0, 0, 0)

    flow = _Flow(pdf, 16.0, 280.0, footer)

    def heading(text: str) -> None:
        flow.need(34)
        flow.y += 3.5
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 10.5)
        pdf.set_text_color(*green)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(*green)
        pdf.set_line_width(0.4)
        pdf.line(x, flow.y + 6.5, x + width, flow.y + 6.5)
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(0, 0, 0)
        flow.y += 9

    def pair(k: str, v: str, key: float = 56.0) -> None:
        pdf.set_xy(x + 3, flow.y)
        pdf.set_font("Serif", "B", 9.4)
        pdf.cell(key, 5, k)
        pdf.set_font("Serif", "", 9.4)
        pdf.multi_cell(width - key - 3, 5, v, align="L")
        flow.y = pdf.get_y() + 0.4

    def bullets(items: list[str], indent: float, mark: str = "\u2022") -> None:
        for note in items:
            flow.need(5)
            pdf.set_xy(x + indent, flow.y)
            pdf.set_font("Serif", "", 9.2)
            pdf.cell(4, 4.7, mark)
            pdf.multi_cell(width - indent - 4, 4.7, note, align="L")
            flow.y = pdf.get_y() + 0.2

    pdf.set_xy(x + 40, flow.y)
    pdf.set_font("Serif", "B", 16)
    pdf.set_draw_color(*green)
    pdf.set_line_width(0.7)
    pdf.cell(width - 80, 10, "CURRICULUM VITAE", border=1, align="C")
    flow.y += 14
    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "B", 13)
    pdf.cell(width, 6.5, person.name, align="C")
    flow.y += 7
    if options["headline"]:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "I", 10.5)
        pdf.cell(width, 5.5, person.label or "", align="C")
        flow.y += 6
    heading("ÉTAT CIVIL")
    pair("Nom :", extra["family"])
    pair("Prénom(s) :", extra["given"])
    pair("Date et lieu de naissance :", extra["born"])
    pair("Nationalité :", extra["nationality"])
    pair("Situation matrimoniale :", extra["status"])
    pair("Adresse :", f"{extra['street']}, {person.city} \u2013 Niger")
    pair("Téléphone :", person.phone)
    pair("E-mail :", person.email)
    heading("PROFIL")
    pdf.set_xy(x + 3, flow.y)
    pdf.set_font("Serif", "", 9.4)
    pdf.multi_cell(width - 3, 5, extra["summary"], align="J")
    flow.y = pdf.get_y() + 1

    def education() -> None:
        heading("DIPLÔMES ET FORMATIONS")
        widths = [28.0, 78.0, 68.0]
        pdf.set_font("Serif", "", 9)
        pdf.set_fill_color(220, 238, 226)
        pdf.rect(x, flow.y, width, 7, style="F")
        _row(pdf, flow, x, widths, ["Année(s)", "Diplôme obtenu", "Établissement"], "BBB", 5)
        for d in extra["edu"]:
            diploma = f"{d['studyType']} en {d['area']}" if d.get("area") else d["studyType"]
            if d.get("score"):
                diploma += f"\nMention : {d['score']}"
            years = str(d["end"])
            if options["edu_range"] and d["start"] is not None:
                years = f"{d['start']} \u2013 {d['end']}"
            _row(pdf, flow, x, widths, [years, diploma, d["institution"]], "B  ", 5)
        flow.y += 1

    def experience() -> None:
        heading("EXPÉRIENCES PROFESSIONNELLES")
        if options["work_table"]:
            widths = [34.0, 52.0, 88.0]
            pdf.set_font("Serif", "", 9)
            pdf.set_fill_color(220, 238, 226)
            pdf.rect(x, flow.y, width, 7, style="F")
            _row(pdf, flow, x, widths, ["Période", "Structure", "Poste et tâches"], "BBB", 5)
            for job in person.jobs:
                span = f"{_ne_month(job.start, form)} \u2013 {_ne_month(job.end, form)}"
                tasks = "\n".join(f"- {note}" for note in job.highlights)
                _row(
                    pdf,
                    flow,
                    x,
                    widths,
                    [span, f"{job.company}\n({job.city})", f"**{job.position}**\n{tasks}"],
                    " B ",
                    4.8,
                )
            flow.y += 1
            return
        for job in person.jobs:
            flow.need(26)
            if job.end is None:
                span = f"Depuis {_ne_month(job.start, form).lower()}"
                if form == "numeric":
                    span = f"{_ne_month(job.start, form)} \u00e0 nos jours"
            else:
                span = f"{_ne_month(job.start, form)} \u2013 {_ne_month(job.end, form)}"
            pdf.set_xy(x + 3, flow.y)
            pdf.set_font("Serif", "BU", 9.4)
            pdf.cell(width - 3, 5, span)
            flow.y += 5.5
            pair("Poste occupé :", job.position, 32.0)
            pair("Structure :", f"{job.company}, {job.city}", 32.0)
            pdf.set_xy(x + 3, flow.y)
            pdf.set_font("Serif", "B", 9.4)
            pdf.cell(width, 5, "Principales tâches :")
            flow.y += 5.3
            bullets(job.highlights, 8.0, "-")
            flow.y += 2.5

    for part in (education, experience) if options["education_first"] else (experience, education):
        part()
    heading("CONNAISSANCES INFORMATIQUES")
    bullets(person.skills, 3.0)
    heading("LANGUES")
    for lang, level in person.languages:
        flow.need(6)
        pair(f"{lang} :", level, 30.0)
    heading("CENTRES D'INTÉRÊT")
    pdf.set_xy(x + 3, flow.y)
    pdf.set_font("Serif", "", 9.4)
    pdf.cell(width - 3, 5, " ; ".join(extra["interests"]))
    flow.y += 6
    heading("RÉFÉRENCES")
    for ref in extra["refs"]:
        flow.need(11)
        pdf.set_xy(x + 3, flow.y)
        pdf.set_font("Serif", "B", 9.4)
        pdf.cell(width - 3, 5, ref[0])
        pdf.set_xy(x + 3, flow.y + 5)
        pdf.set_font("Serif", "", 9.4)
        pdf.cell(width - 3, 5, f"{ref[1]}, {ref[2]}")
        flow.y += 10.5
    flow.need(24)
    pdf.set_xy(x, flow.y + 3)
    pdf.set_font("Serif", "I", 9.2)
    pdf.multi_cell(
        width,
        4.8,
        "Je certifie sur l'honneur l'exactitude des renseignements ci-dessus.",
        align="L",
    )
    pdf.set_xy(x, pdf.get_y() + 2)
    pdf.set_font("Serif", "", 9.2)
    pdf.cell(width, 5, f"Fait à {person.city}, le 05 octobre 2026", align="R")
    pdf.set_xy(x, pdf.get_y() + 8)
    pdf.set_font("Serif", "B", 9.4)
    pdf.cell(width, 5, person.name, align="R")
    flow.y = pdf.get_y() + 5
    _check(flow.y, 284, person)
    return bytes(pdf.output())


# ------------------------------------------------------------------------------ Cabo Verde


def _cv_month(month: Month | None, form: str) -> str:
    if month is None:
        return "presente" if form == "numeric" else "atual"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MESES[month[1] - 1]} de {month[0]}"


def _cape_verdean(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Curriculum Vitae - {person.name}")
    pdf.set_creator("Europass")
    lx, lw = 12.0, 52.0
    rx = lx + lw + 6
    rw = 198 - rx
    blue, grey, ink = (14, 65, 148), (90, 90, 90), (30, 30, 30)

    def footer(doc: Any) -> None:
        doc.set_draw_color(*blue)
        doc.set_line_width(0.3)
        doc.line(lx, 284, 198, 284)
        doc.set_xy(lx, 285)
        doc.set_font("Sans", "", 6.8)
        doc.set_text_color(*grey)
        doc.cell(120, 4, "© União Europeia, 2002-2026 | europass.cedefop.europa.eu")
        doc.set_xy(150, 285)
        doc.cell(48, 4, f"Página {doc.page_no()}", align="R")
        doc.set_text_color(*ink)

    flow = _Flow(pdf, 14.0, 278.0, footer)

    def label(text: str, size: float = 8.6, color: Any = grey, upper: bool = False) -> None:
        flow.need(12)
        pdf.set_xy(lx, flow.y)
        pdf.set_font("Sans", "", size)
        pdf.set_text_color(*color)
        pdf.multi_cell(lw, 4.4, text.upper() if upper else text, align="R")
        pdf.set_text_color(*ink)

    def section(text: str) -> None:
        flow.need(20)
        flow.y += 4
        label(text, 9.2, blue, True)
        pdf.set_draw_color(*blue)
        pdf.set_line_width(0.4)
        pdf.line(rx, flow.y + 2.4, 198, flow.y + 2.4)
        flow.y += 7

    def text(value: str, style: str = "", size: float = 9, color: Any = ink) -> None:
        flow.need(6)
        pdf.set_xy(rx, flow.y)
        pdf.set_font("Sans", style, size)
        pdf.set_text_color(*color)
        pdf.multi_cell(rw, 4.7, value, align="L")
        pdf.set_text_color(*ink)
        flow.y = pdf.get_y() + 0.5

    pdf.set_xy(lx, flow.y)
    pdf.set_font("Sans", "B", 15)
    pdf.set_text_color(*blue)
    pdf.cell(lw, 7, "europass", align="R")
    pdf.set_xy(lx, flow.y + 7)
    pdf.set_font("Sans", "", 9)
    pdf.cell(lw, 5, "Curriculum Vitae", align="R")
    pdf.set_text_color(*ink)
    pdf.set_xy(rx, flow.y + 1)
    pdf.set_font("Sans", "", 18)
    pdf.cell(rw, 8, person.name)
    flow.y += 16
    section("Informação pessoal")
    contact = [
        f"{extra['street']}, {person.city} (Cabo Verde)",
        f"{person.phone}    (telemóvel)",
        person.email,
    ]
    if "linkedin" in extra:
        contact.append(extra["linkedin"].removeprefix("https://www."))
    for line in contact:
        text(line)
    text(
        f"Sexo {extra['sex']} | Data de nascimento {extra['born']} | Nacionalidade Cabo-verdiana",
        size=8.4,
        color=grey,
    )
    if options["headline"]:
        flow.y += 3
        label("EMPREGO PRETENDIDO", 8.6, blue)
        text(person.label or "", "B", 11)
    section("Perfil")
    text(extra["summary"])

    def experience() -> None:
        section("Experiência profissional")
        for job in person.jobs:
            flow.need(28)
            label(f"{_cv_month(job.start, form)} \u2013 {_cv_month(job.end, form)}", 8.6, blue)
            text(job.position, "B", 10.5, blue)
            text(f"{job.company}, {job.city}")
            for note in job.highlights:
                flow.need(5)
                pdf.set_xy(rx + 1, flow.y)
                pdf.set_font("Sans", "", 8.8)
                pdf.cell(4, 4.5, "\u25aa")
                pdf.multi_cell(rw - 5, 4.5, note, align="L")
                flow.y = pdf.get_y() + 0.2
            text(f"Atividade ou setor  {CV_SECTORS[job.company]}", size=8.2, color=grey)
            flow.y += 2.5

    def education() -> None:
        section("Educação e formação")
        for d in extra["edu"]:
            flow.need(18)
            if options["edu_months"]:
                when = f"{_cv_month(d['start'], 'numeric')} \u2013 {_cv_month(d['end'], 'numeric')}"
            else:
                tail = str(d["end"][0]) if d["end"] else "presente"
                when = f"{d['start'][0]} \u2013 {tail}"
            label(when, 8.6, blue)
            top = flow.y
            pdf.set_xy(rx + rw - 34, top)
            pdf.set_font("Sans", "", 8)
            pdf.set_text_color(*grey)
            pdf.cell(34, 5, d["level"], align="R")
            pdf.set_text_color(*blue)
            pdf.set_xy(rx, top)
            pdf.set_font("Sans", "B", 10)
            joiner = " \u2013 " if d["studyType"] == "12.º Ano" else " em "
            pdf.multi_cell(rw - 36, 5, f"{d['studyType']}{joiner}{d['area']}", align="L")
            pdf.set_text_color(*ink)
            flow.y = pdf.get_y() + 0.3
            text(d["institution"])
            if d["end"] is None:
                text("(em curso)", "I", 8.6, grey)
            if d.get("score"):
                text(f"Classificação final: {d['score']}", size=8.6)
            flow.y += 2

    for part in (education, experience) if options["education_first"] else (experience, education):
        part()
    section("Competências pessoais")
    mother, *others = person.languages
    label("Língua materna")
    text(mother[0])
    flow.y += 1
    label("Outras línguas")
    for lang, level in others:
        text(f"{lang}: {level}")
    flow.y += 1
    label("Competências digitais")
    for skill in person.skills:
        text(f"\u25aa {skill}")
    flow.y += 1
    label("Carta de condução")
    text("B")
    _check(flow.y, 280, person)
    return bytes(pdf.output())


# ------------------------------------------------------------------------------ StandOut CV


def _uk_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Present"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    if form == "long":
        return f"{MONTHS_UK[month[1] - 1]} {month[0]}"
    return f"{MONTHS_UK[month[1] - 1][:3]} {month[0]}"


def _standout(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra, accent = options["dates"], person.extra, options["accent"]
    sidebar = options["template"] == "sidebar"
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} CV")
    pdf.set_creator("StandOut CV")
    pdf.set_producer("StandOut CV Builder")
    side_w = 66.0 if sidebar else 0.0
    x = side_w + 10 if sidebar else 18.0
    width = 210 - x - (12 if sidebar else 18)
    ink = (40, 40, 40)
    linkedin = extra["linkedin"].removeprefix("https://www.")

    def band(doc: Any) -> None:
        if sidebar:
            doc.set_fill_color(*accent)
            doc.rect(0, 0, side_w, 297, style="F")

    flow = _Flow(pdf, 16.0, 282.0, band)

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 4
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 11.5)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.4)
        pdf.line(x, flow.y + 7, x + width, flow.y + 7)
        pdf.set_text_color(*ink)
        flow.y += 9.5

    def bullets(items: list[str], left: float, w: float, size: float = 9) -> None:
        for note in items:
            flow.need(5)
            pdf.set_xy(left, flow.y)
            pdf.set_font("Sans", "", size)
            pdf.cell(4, 4.7, "\u2022")
            pdf.multi_cell(w - 4, 4.7, note, align="L")
            flow.y = pdf.get_y() + 0.4

    contact = [person.phone, person.email, f"{person.city}, {person.region}", linkedin]
    if sidebar:
        pdf.set_text_color(255, 255, 255)
        sx, sw, sy = 8.0, side_w - 16, 20.0

        def side_head(title: str) -> None:
            nonlocal sy
            sy += 5
            pdf.set_xy(sx, sy)
            pdf.set_font("Sans", "B", 10.5)
            pdf.cell(sw, 6, title)
            pdf.set_draw_color(255, 255, 255)
            pdf.set_line_width(0.3)
            pdf.line(sx, sy + 6.8, sx + sw, sy + 6.8)
            sy += 9.5

        def side_line(value: str, size: float = 8.6) -> None:
            nonlocal sy
            pdf.set_xy(sx, sy)
            pdf.set_font("Sans", "", size)
            while " " not in value and pdf.get_string_width(value) > sw - 3:
                size -= 0.2
                pdf.set_font_size(size)
            pdf.multi_cell(sw, 4.5, value, align="L")
            sy = pdf.get_y() + 1.2

        side_head("Contact")
        for value in contact:
            side_line(value, 8.2)
        side_head("Core skills")
        for skill in person.skills:
            side_line(f"\u2022 {skill}")
        side_head("Hobbies & interests")
        for item in extra["interests"]:
            side_line(f"\u2022 {item}")
        _check(sy, 285, person)
        pdf.set_text_color(*ink)
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "B", 22)
    pdf.set_text_color(*accent)
    pdf.cell(width, 10, person.name, align="L" if sidebar else "C")
    pdf.set_text_color(*ink)
    flow.y += 11
    if options["headline"]:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "", 11.5)
        pdf.cell(width, 6, person.label or "", align="L" if sidebar else "C")
        flow.y += 7
    if not sidebar:
        pdf.set_font("Sans", "", 8.6)
        pdf.set_xy(x, flow.y)
        pdf.cell(width, 4.8, "  |  ".join(contact), align="C")
        flow.y += 6
    heading("Profile")
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "", 9.2)
    pdf.multi_cell(width, 4.9, extra["summary"], align="L")
    flow.y = pdf.get_y() + 1
    if not sidebar:
        heading("Core skills")
        half = (len(person.skills) + 1) // 2
        top = flow.y
        bullets(person.skills[:half], x, width / 2)
        left_end = flow.y
        flow.y = top
        bullets(person.skills[half:], x + width / 2, width / 2)
        flow.y = max(flow.y, left_end) + 1
    heading("Work experience")
    for job in person.jobs:
        flow.need(28)
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width - 50, 5.2, job.position)
        pdf.set_xy(x + width - 50, flow.y)
        pdf.set_font("Sans", "", 8.8)
        span = f"{_uk_month(job.start, form)} \u2013 {_uk_month(job.end, form)}"
        pdf.cell(50, 5.2, span, align="R")
        flow.y += 5.4
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "I", 9.4)
        pdf.cell(width, 5, f"{job.company}, {job.city}")
        flow.y += 6
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 8.8)
        pdf.cell(width, 4.8, "Key responsibilities")
        flow.y += 5
        bullets(job.highlights, x + 1, width - 1)
        flow.y += 2.5
    heading("Education")
    for d in extra["edu"]:
        flow.need(16)
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 9.8)
        title = d["studyType"] if not d.get("area") else f"{d['studyType']} {d['area']}"
        if d.get("score"):
            title += f" \u2013 {d['score']}"
        pdf.multi_cell(width - 36, 5.2, title, align="L")
        bottom = pdf.get_y()
        pdf.set_xy(x + width - 34, flow.y)
        pdf.set_font("Sans", "", 8.8)
        when = str(d["end"]) if d["start"] is None else f"{d['start']} \u2013 {d['end']}"
        pdf.cell(34, 5.2, when, align="R")
        flow.y = bottom + 0.2
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "I", 9.2)
        pdf.cell(width, 5, d["institution"])
        flow.y += 5.4
        if d.get("courses"):
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "", 9)
            pdf.multi_cell(width, 4.7, ", ".join(d["courses"]), align="L")
            flow.y = pdf.get_y() + 0.3
        if d.get("note"):
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "", 9)
            pdf.multi_cell(width, 4.7, d["note"], align="L")
            flow.y = pdf.get_y() + 0.3
        flow.y += 2
    if not sidebar:
        heading("Hobbies and interests")
        bullets(extra["interests"], x + 1, width - 1)
    heading("References")
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "", 9.2)
    pdf.cell(width, 5, "Available on request.")
    flow.y += 6
    _check(flow.y, 285, person)
    return bytes(pdf.output())


# --------------------------------------------------------------------------------- Ukraine


def _ua_month(month: Month | None, form: str) -> str:
    if month is None:
        return "дотепер" if form == "numeric" else "теперішній час"
    if form == "numeric":
        return f"{month[1]:02d}.{month[0]}"
    return f"{MISYATSI[month[1] - 1]} {month[0]}"


def _ukrainian(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    form, extra = options["dates"], person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = person.name
    properties.title = "Резюме"
    properties.revision = 3
    for section in document.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin, section.right_margin = Cm(2.5), Cm(1.5)
        section.top_margin = section.bottom_margin = Cm(1.5)
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(0)

    def para(text: str = "", bold: bool = False, size: float | None = None) -> Any:
        paragraph = document.add_paragraph()
        if text:
            run = paragraph.add_run(text)
            run.bold = bold
            if size:
                run.font.size = Pt(size)
        return paragraph

    def labelled(key: str, value: str) -> Any:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{key}: ").bold = True
        paragraph.add_run(value)
        return paragraph

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.paragraph_format.space_after = Pt(3)
        run = paragraph.add_run(text)
        run.bold, run.underline, run.font.size = True, True, Pt(13)

    def cell_text(cell: Any, text: str, bold: bool = False, italic: bool = False) -> Any:
        paragraph = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
        run = paragraph.add_run(text)
        run.bold, run.italic = bold, italic
        return paragraph

    title = para("РЕЗЮМЕ", True, 16)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    name = para(person.name, True, 15)
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    name.paragraph_format.space_after = Pt(8)
    if options["headline"]:
        labelled("Бажана посада", person.label or "")
    else:
        labelled("Мета", extra["objective"])
    labelled("Дата народження", extra["born"])
    place = f"{person.city}, Україна" if options["country"] else person.city
    labelled("Місто", place)
    labelled("Телефон", person.phone)
    labelled("E-mail", person.email)
    heading("Досвід роботи")
    if options["work_table"]:
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        table.autofit = False
        for job in person.jobs:
            cells = table.add_row().cells
            cells[0].width, cells[1].width = Cm(4.2), Cm(12.8)
            cell_text(cells[0], f"{_ua_month(job.start, form)} \u2013 {_ua_month(job.end, form)}")
            cell_text(cells[1], f"{job.company}, {job.city}", bold=True)
            position = cell_text(cells[1], "Посада: ", bold=True)
            position.add_run(job.position)
            cell_text(cells[1], "Обов\u2019язки:", italic=True)
            for note in job.highlights:
                cell_text(cells[1], f"\u2022 {note}")
    else:
        for job in person.jobs:
            span = para(f"{_ua_month(job.start, form)} \u2013 {_ua_month(job.end, form)}", True)
            span.paragraph_format.space_before = Pt(6)
            para(f"{job.company}, {job.city}", True)
            labelled("Посада", job.position)
            para("Обов\u2019язки:").runs[0].italic = True
            for note in job.highlights:
                document.add_paragraph(note, style="List Bullet")
    heading("Освіта")
    for d in extra["edu"]:
        tail = "навчаюся" if d["end"] is None else f"{d['end']}"
        span = para(f"{d['start']}\u2013{tail} рр.", True)
        span.paragraph_format.space_before = Pt(4)
        para(d["institution"])
        labelled("Спеціальність", d["area"])
        labelled("Освітній ступінь", d["studyType"])
    heading("Курси та сертифікати")
    for course, issuer, year in extra["certs"]:
        document.add_paragraph(f"{year} р. \u2013 {course}, {issuer}", style="List Bullet")
    heading("Професійні навички")
    for skill in person.skills:
        document.add_paragraph(skill, style="List Bullet")
    heading("Знання мов")
    for lang, level in person.languages:
        para(f"{lang} \u2013 {level}")
    heading("Особисті якості")
    para(UA_QUALITIES)
    heading("Додаткова інформація")
    labelled("Хобі", ", ".join(extra["hobbies"]))
    para("Посвідчення водія категорії B.")
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())

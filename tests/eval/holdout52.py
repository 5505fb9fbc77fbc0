"""Fifty-second held-out round ("holdout-52"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts, three born-digital PDF and
one Word document: pdf-burkinabe-cv, pdf-panamanian-cv, pdf-fijian-cv and
docx-hungarian-cv-word. The round is sealed: the layouts are described only in the code below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

# ruff: noqa: RUF001 (the CVs use en dashes)

from __future__ import annotations

import io
import random
from dataclasses import replace
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, normalise_zip, profile_links

HOLDOUT_TAG = "holdout-52"
GENERATOR = "tests/eval/holdout52.py"
SEED = 5_274_093

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-burkinabe-cv", 3),
    ("pdf-panamanian-cv", 3),
    ("pdf-fijian-cv", 3),
    ("docx-hungarian-cv-word", 3),
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
MESES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
HONAPOK = (
    "január",
    "február",
    "március",
    "április",
    "május",
    "június",
    "július",
    "augusztus",
    "szeptember",
    "október",
    "november",
    "december",
)

POOLS: dict[str, Pool] = {
    "pdf-burkinabe-cv": Pool(
        first=("Wendkouni", "Rasmata", "Boukaré", "Salamata", "Issouf", "Pegdwendé"),
        last=("Ouédraogo", "Kaboré", "Sawadogo", "Zongo", "Compaoré", "Nikièma"),
        cities=(
            ("Ouagadougou", None, None, "Secteur 15, Ouaga 2000, rue 15.236, porte 41"),
            ("Ouagadougou", None, None, "Quartier Gounghin, secteur 8, villa 112"),
            ("Ouagadougou", None, None, "Cité An III, secteur 4, lot 27"),
        ),
        employers=(
            "ONG Sahel Solidarité Durable",
            "Faso Agro-Conseil SARL",
            "Caisse Populaire du Kadiogo",
            "Projet d'Appui aux Filières Agro-Sylvo-Pastorales (PAFASP II)",
            "Cabinet Yennenga Audit & Conseil",
        ),
        titles=(
            "Chargé de suivi-évaluation",
            "Assistant comptable",
            "Responsable administratif et financier",
            "Contrôleur de gestion",
            "Agent de crédit",
        ),
        highlights=(
            "Élaboration des plans de travail et budgets annuels (PTBA)",
            "Collecte, traitement et analyse des données de suivi des indicateurs",
            "Rédaction des rapports trimestriels et annuels à l'intention des bailleurs",
            "Tenue de la comptabilité sous TOMPRO et préparation des états financiers SYSCOHADA",
            "Suivi des décaissements et des conventions avec les partenaires de mise en œuvre",
            "Organisation des missions de supervision dans les régions du Centre-Nord et du Sahel",
            "Formation de 45 animateurs endogènes à la collecte de données sur tablette (KoBo)",
            "Appui à la préparation des audits externes et au suivi des recommandations",
            "Gestion de la caisse, des immobilisations et des stocks",
        ),
        skills=(
            "Pack Office (Word, Excel, PowerPoint)",
            "TOMPRO",
            "SPSS",
            "KoBoToolbox",
            "Sage Saari",
            "MS Project",
            "QGIS",
        ),
        schools=(
            "Université Joseph Ki-Zerbo",
            "Université Thomas Sankara",
            "Institut Supérieur de Génie Électrique du Burkina (ISGE-BF)",
            "École Supérieure de Commerce et de Gestion (ESCOGES)",
        ),
        degrees=(
            ("Master professionnel", "Gestion des projets"),
            ("Master", "Sciences économiques, option Économie du développement"),
            ("Licence professionnelle", "Comptabilité-Finance"),
            ("Licence", "Sciences économiques et de gestion"),
        ),
    ),
    "pdf-panamanian-cv": Pool(
        first=("Yaritza", "Eyra", "Anayansi", "Yoselín", "Itzel", "Dayanara"),
        last=("Batista Quintero", "Castillero", "De Gracia", "Sanjur Pinzón", "Mojica"),
        cities=(
            ("Ciudad de Panamá", None, None, "Vía Argentina, Edificio Las Orquídeas, Apto. 6B"),
            ("Ciudad de Panamá", None, None, "Calle 73 San Francisco, PH Altamar, Apto. 14C"),
            ("Ciudad de Panamá", None, None, "Betania, Calle Los Ángeles, Casa 27"),
        ),
        employers=(
            "Logística Istmeña, S.A.",
            "Distribuidora Colón Atlántico, S.A.",
            "Banco Cuenca del Pacífico, S.A.",
            "Grupo Chagres de Servicios Portuarios, S.A.",
            "Aseguradora Isla Taboga, S.A.",
        ),
        titles=(
            "Analista de Recursos Humanos",
            "Coordinadora de Recursos Humanos",
            "Asistente Administrativa",
            "Generalista de Talento Humano",
            "Especialista en Nómina",
        ),
        highlights=(
            "Gestión del ciclo completo de reclutamiento y selección para 120 posiciones al año",
            "Elaboración de la planilla quincenal de 350 colaboradores y pagos a la CSS",
            "Coordinación del programa de inducción y capacitación del personal operativo",
            "Atención de consultas laborales y aplicación del Código de Trabajo",
            "Actualización de expedientes, contratos y vacaciones en el sistema SAP SuccessFactors",
            "Medición de clima organizacional y seguimiento a planes de acción",
            "Enlace con el MITRADEL para registro de contratos y permisos de trabajo",
            "Reducción de la rotación voluntaria del 18 % al 11 % en dos años",
        ),
        skills=(
            "Reclutamiento y selección",
            "Administración de planillas",
            "SAP SuccessFactors",
            "Microsoft Excel avanzado",
            "Legislación laboral panameña",
            "Evaluación del desempeño",
            "Power BI",
        ),
        schools=(
            "Universidad de Panamá",
            "Universidad Santa María La Antigua (USMA)",
            "Universidad Latina de Panamá",
            "Universidad Especializada de las Américas (UDELAS)",
        ),
        degrees=(
            ("Licenciatura", "Recursos Humanos"),
            ("Maestría", "Administración de Empresas con énfasis en Gestión del Talento"),
            ("Licenciatura", "Psicología Organizacional"),
            ("Postgrado", "Alta Gerencia"),
        ),
    ),
    "pdf-fijian-cv": Pool(
        # iTaukei names; Indo-Fijian names are in FJ_INDO_FIRST and FJ_INDO_LAST
        first=("Litia", "Sainimere", "Josefa", "Ateca", "Tevita"),
        last=("Vunibola", "Ratuvou", "Naivalurua", "Tuilau", "Delai"),
        cities=(
            ("Suva", None, None, "Lot 14, Ratu Sukuna Road, Nasese"),
            ("Suva", None, None, "12 Grantham Road, Raiwai"),
            ("Suva", None, None, "Flat 3, 41 Amy Street, Toorak"),
        ),
        employers=(
            "Koro Sea Shipping Ltd",
            "Pacific Reef Insurance (Fiji) Limited",
            "Rewa Delta Foods Pte Limited",
            "Ministry of Fisheries and Forests",
            "Namosi Hardware & Building Supplies Pte Ltd",
        ),
        titles=(
            "Accounts Officer",
            "Senior Accounts Officer",
            "Assistant Accountant",
            "Finance Clerk",
            "Accounts Payable Officer",
        ),
        highlights=(
            "Processed weekly supplier payments and reconciled creditor statements",
            "Prepared monthly bank reconciliations for five operating accounts",
            "Assisted in the preparation of VAT returns lodged with FRCS",
            "Maintained the fixed asset register and calculated depreciation",
            "Prepared FNPF contribution schedules and PAYE submissions",
            "Supported the external auditors during the year-end audit",
            "Trained two new clerks on MYOB and the company's filing system",
            "Compiled monthly management reports for the Finance Manager",
        ),
        skills=(
            "MYOB AccountRight",
            "Xero",
            "Microsoft Excel (pivot tables, VLOOKUP)",
            "Microsoft Word and Outlook",
            "Payroll processing",
            "Good communication skills",
        ),
        schools=(
            "The University of the South Pacific",
            "Fiji National University",
            "Adi Cakobau School",
            "Marist Brothers High School",
        ),
        degrees=(
            ("Bachelor of Commerce", "Accounting and Economics"),
            ("Postgraduate Diploma", "Professional Accounting"),
            ("Bachelor of Commerce", "Accounting"),
        ),
    ),
    "docx-hungarian-cv-word": Pool(
        # family names come first in Hungarian; `first` holds the family names here
        first=("Szilágyi", "Vörösmarty-Kiss", "Bakonyi", "Halmágyi", "Erdős", "Göncz"),
        last=("Enikő", "Csilla", "Gergő", "Márton", "Dóra", "Kinga"),
        cities=(
            ("Budapest", None, "1137", "Pozsonyi út 38. III/2."),
            ("Szeged", None, "6722", "Tisza Lajos krt. 57. 4/11."),
            ("Miskolc", None, "3530", "Széchenyi István út 96."),
        ),
        employers=(
            "Duna-Tisza Informatika Kft.",
            "Bükki Gépipari Zrt.",
            "Alföldi Energiakereskedő Kft.",
            "Hunbyte Szoftverfejlesztő Zrt.",
            "Csongrádi Logisztikai Központ Kft.",
        ),
        titles=(
            "Projektmenedzser",
            "Üzleti elemző",
            "Junior projektkoordinátor",
            "IT projektvezető",
            "Folyamatfejlesztési szakértő",
        ),
        highlights=(
            "Belső ERP-bevezetési projekt koordinálása 4 fős csapattal",
            "Ütemtervek, kockázatelemzések és státuszriportok készítése a vezetőség részére",
            "Üzleti igények felmérése és specifikációk összeállítása a fejlesztők számára",
            "Beszállítói szerződések előkészítése és teljesítésigazolása",
            "A heti sprinttervezések és retrospektívek moderálása (Scrum)",
            "Folyamattérképek készítése és a rendelésfeldolgozás átfutási idejének csökkentése",
            "Felhasználói tesztek (UAT) megszervezése és a hibajegyek nyomon követése Jirában",
            "Új munkatársak betanítása és belső képzési anyagok összeállítása",
        ),
        skills=(
            "MS Office (Excel, Word, PowerPoint)",
            "MS Project",
            "Jira",
            "Confluence",
            "SAP ERP (felhasználói szint)",
            "SQL (alapszint)",
            "Power BI",
            "BPMN folyamatmodellezés",
        ),
        schools=(
            "Budapesti Corvinus Egyetem",
            "Szegedi Tudományegyetem",
            "Miskolci Egyetem",
            "Budapesti Gazdasági Egyetem",
        ),
        degrees=(
            ("MSc", "Gazdaságinformatikus"),
            ("BSc", "Gazdálkodási és menedzsment"),
            ("MSc", "Vezetés és szervezés"),
            ("BSc", "Mérnökinformatikus"),
        ),
    ),
}

COUNTRY = {"pdf-burkinabe-cv": "BF", "pdf-panamanian-cv": "PA", "pdf-fijian-cv": "FJ"}

BF_HEADLINES = (
    "Spécialiste en suivi-évaluation de projets de développement",
    "Gestionnaire comptable et financier",
    "Économiste, spécialiste en gestion de projets",
)
BF_FEMININE = {
    "Chargé de suivi-évaluation": "Chargée de suivi-évaluation",
    "Assistant comptable": "Assistante comptable",
    "Agent de crédit": "Agente de crédit",
    "Contrôleur de gestion": "Contrôleuse de gestion",
}
BF_SUMMARY = (
    "Professionnel rigoureux totalisant plus de huit ans d'expérience dans la gestion "
    "administrative et financière des projets de développement, habitué au travail en équipe "
    "et sous pression, disponible pour des missions à l'intérieur du pays."
)
BF_BIRTHPLACES = ("Koudougou", "Bobo-Dioulasso", "Kaya", "Ouahigouya", "Tenkodogo")
BF_LANGUAGES = (
    ("Français", "lu, écrit, parlé (très bien)"),
    ("Mooré", "langue maternelle"),
    ("Dioula", "parlé (bien)"),
    ("Anglais", "lu, écrit (passable)"),
)
BF_INTERESTS = ("Lecture", "Football", "Voyages", "Musique traditionnelle", "Bénévolat")
BF_REFERENCES = (
    ("M. Hamidou Tapsoba", "Coordonnateur national, ONG Sahel Solidarité Durable", "70 22 41 63"),
    ("Mme Awa Sanou née Yaméogo", "Directrice administrative et financière", "76 58 12 09"),
    ("Dr Jean-Baptiste Somé", "Enseignant-chercheur, Université Joseph Ki-Zerbo", "78 30 44 91"),
)
BF_TRAININGS = (
    ("2023", "Formation en gestion axée sur les résultats (GAR) – 2iE, Ouagadougou"),
    ("2021", "Certificat en passation des marchés publics – ARCOP"),
    ("2019", "Atelier sur la collecte mobile de données (ODK/KoBo) – INSD"),
)

PA_SUMMARY = (
    "Profesional de Recursos Humanos con experiencia en reclutamiento, administración de "
    "planillas y relaciones laborales en empresas de logística y servicios. Orientada a "
    "resultados, con excelente manejo de relaciones interpersonales y trabajo en equipo."
)
PA_LANGUAGES = (("Español", "Nativo"), ("Inglés", "Avanzado (B2)"), ("Portugués", "Básico"))
PA_REFERENCES = (
    ("Lic. Rogelio Arosemena", "Gerente de Recursos Humanos", "6674-1290"),
    ("Licda. Marisol Him", "Jefa de Administración", "6235-8841"),
    ("Ing. Abdiel Vásquez", "Gerente de Operaciones", "6980-5512"),
)

FJ_OBJECTIVE = (
    "To secure a challenging position in a reputable organisation where I can apply my "
    "accounting knowledge and experience, contribute to the organisation's goals and further "
    "develop my professional skills."
)
FJ_INDO_FIRST = ("Ravneel", "Shalvika", "Anushka", "Nikhil")
FJ_INDO_LAST = ("Chandra", "Naidu", "Lal", "Sharma-Goundar")
FJ_LANGUAGES = (("English", "Fluent"), ("iTaukei", "Fluent"), ("Fiji Hindi", "Fluent"))
FJ_REFEREES = (
    ("Mr. Waisake Naulumatua", "Finance Manager", "Koro Sea Shipping Ltd", "+679 990 4127"),
    ("Mrs. Kalpana Devi", "Senior Lecturer, School of Accounting", "USP", "+679 323 2614"),
    ("Ms. Unaisi Rokobuli", "Chief Accountant", "Rewa Delta Foods", "+679 925 7310"),
)
FJ_INTERESTS = ("Rugby", "Church youth activities", "Reading", "Volleyball")

HU_HEADLINES = ("Projektmenedzser", "Üzleti elemző, projektkoordinátor", "IT projektvezető")
HU_SUMMARY = (
    "Több éves projektkoordinációs és üzleti elemzői tapasztalattal rendelkezem ipari és "
    "informatikai környezetben. Precíz, terhelhető és csapatban is jól dolgozó munkatárs "
    "vagyok, aki szereti a folyamatokat átláthatóvá és mérhetővé tenni."
)
HU_LANGUAGES = (
    ("angol", "felsőfok (C1), szakmai nyelvvizsga"),
    ("német", "középfok (B2)"),
    ("francia", "alapfok (A2)"),
)
HU_OTHER = (
    "B kategóriás jogosítvány",
    "Önkéntes munka a Magyar Vöröskeresztnél",
)
HU_INTERESTS = "túrázás, fotózás, kosárlabda, olvasás"


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-burkinabe-cv":
        return {
            "dates": rng.choice(("words", "numeric", "years")),
            "accent": rng.choice(((0, 0, 0), (0, 70, 40), (120, 20, 20))),
            "band": rng.random() < 0.5,
            "headline": rng.random() < 0.6,
            "formation_first": rng.random() < 0.7,
        }
    if style == "pdf-panamanian-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "accent": rng.choice(((26, 54, 93), (0, 98, 104), (92, 44, 110))),
            "references": rng.random() < 0.7,
        }
    if style == "pdf-fijian-cv":
        return {
            "dates": rng.choice(("short", "long", "years")),
            "objective": rng.random() < 0.7,
            "education_first": rng.random() < 0.6,
            "headline": rng.random() < 0.4,
        }
    if style == "docx-hungarian-cv-word":
        return {
            "dates": rng.choice(("dotted", "words")),
            "font": rng.choice(("Calibri", "Times New Roman", "Cambria")),
            "headline": rng.random() < 0.5,
            "education_first": rng.random() < 0.4,
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    # Fiji's CVs come from both iTaukei and Indo-Fijian candidates; alternate between them.
    indo_used = sum(n.split()[-1] in FJ_INDO_LAST for n in used)
    itaukei_used = sum(n.split()[-1] in pool.last for n in used)
    indo = style == "pdf-fijian-cv" and indo_used < itaukei_used
    if indo:
        name = replace(pool, first=FJ_INDO_FIRST, last=FJ_INDO_LAST).fresh_name(rng, used)
    else:
        name = pool.fresh_name(rng, used)
    slug = ascii_slug(name).split()
    first, last = slug[0], slug[-1]
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street, "postal": postal}
    label: str | None = None
    url: str | None = None
    languages: list[tuple[str, str]] = []
    jobs = _chain(rng, pool, rng.choice((3, 4)), rng.random() < 0.7)
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    if style == "pdf-burkinabe-cv":
        phone = f"(+226) {rng.choice((70, 71, 76, 78))} {rng.randint(10, 99)} "
        phone += f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
        email = f"{first}{last}{rng.randint(80, 99)}@{rng.choice(('gmail.com', 'yahoo.fr'))}"
        label = rng.choice(BF_HEADLINES)
        extra["summary"] = BF_SUMMARY
        extra["phone2"] = f"{rng.choice((60, 65, 66))} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        extra["phone2"] += f"{rng.randint(10, 99)}"
        extra["bp"] = f"0{rng.randint(1, 9)} BP {rng.randint(1000, 9999)} Ouagadougou 0"
        extra["bp"] += extra["bp"][1]
        female = name.split()[0] in ("Rasmata", "Salamata")
        for job in jobs:
            job.city = rng.choice(("Ouagadougou", "Ouagadougou", "Bobo-Dioulasso", "Kaya"))
            if female:
                job.position = BF_FEMININE.get(job.position, job.position)
        idx = rng.randrange(2)
        study, area = pool.degrees[idx]
        school = rng.choice(pool.schools[:2])
        degrees.append(Degree(school, study, area, (end_year - 2, 10), (end_year, 7)))
        lic, larea = pool.degrees[2 + rng.randrange(2)]
        lic_school = rng.choice((school, pool.schools[3]))
        degrees.append(Degree(lic_school, lic, larea, (end_year - 5, 10), (end_year - 2, 7)))
        bac = end_year - 5
        extra["bac"] = (bac, rng.choice(("D", "C", "G2", "A4")))
        extra["lycee"] = rng.choice(
            ("Lycée Bambata", "Lycée Marien N'Gouabi", "Lycée Nelson Mandela")
        )
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{bac - 19}"
        extra["birthplace"] = rng.choice(BF_BIRTHPLACES)
        suffix = "e" if female else ""
        parent = "mère" if female else "père"
        extra["marital"] = rng.choice(
            ("Célibataire", f"Marié{suffix}, {parent} de deux enfants", f"Marié{suffix}")
        )
        extra["trainings"] = list(BF_TRAININGS[: rng.randint(2, 3)])
        languages = [BF_LANGUAGES[0], *rng.sample(BF_LANGUAGES[1:], rng.randint(2, 3))]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
        extra["interests"] = rng.sample(BF_INTERESTS, 3)
        extra["references"] = rng.sample(BF_REFERENCES, rng.randint(2, 3))
    elif style == "pdf-panamanian-cv":
        phone = f"+507 6{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        user = f"{first}.{last}"
        email = f"{user}@{rng.choice(('gmail.com', 'hotmail.com', 'outlook.com'))}"
        label = jobs[0].position
        extra["summary"] = PA_SUMMARY
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(10, 99)}"
        extra["cedula"] = f"8-{rng.randint(700, 999)}-{rng.randint(100, 2400)}"
        extra["born"] = f"{rng.randint(1, 28)} de {rng.choice(MESES)} de {end_year - 22}"
        for job in jobs:
            job.city = rng.choice(
                ("Ciudad de Panamá", "Ciudad de Panamá", "Colón", "Panamá Pacífico")
            )
        idx = rng.choice((0, 2))
        school = rng.choice(pool.schools)
        if rng.random() < 0.6:
            study, area = pool.degrees[1 if rng.random() < 0.6 else 3]
            degrees.append(
                Degree(rng.choice(pool.schools[1:]), study, area, (end_year, 2), (end_year + 2, 3))
            )
            degrees[-1].end = (min(degrees[-1].end[0], jobs[0].start[0] + 1), 12)
        study, area = pool.degrees[idx]
        degrees.append(Degree(school, study, area, (end_year - 5, 3), (end_year, 12)))
        degrees.sort(key=lambda d: -d.end[0])
        languages = list(PA_LANGUAGES[: rng.randint(2, 3)])
        skills = rng.sample(pool.skills, rng.randint(5, 7))
        extra["references"] = rng.sample(PA_REFERENCES, 2)
    elif style == "pdf-fijian-cv":
        phone = f"(+679) {rng.choice((7, 8, 9))}{rng.randint(10, 99)} {rng.randint(1000, 9999)}"
        email = f"{first}{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        label = jobs[0].position
        extra["summary"] = FJ_OBJECTIVE
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-fj"
        for job in jobs:
            job.city = rng.choice(("Suva", "Suva", "Nadi", "Lautoka", "Labasa"))
        study, area = rng.choice((pool.degrees[0], pool.degrees[2]))
        school = pool.schools[rng.randrange(2)]
        if rng.random() < 0.5:
            pg, parea = pool.degrees[1]
            degrees.append(Degree(school, pg, parea, (end_year - 1, 2), (end_year, 11)))
            end_year -= 1
        degrees.append(Degree(school, study, area, (end_year - 3, 2), (end_year, 11)))
        extra["secondary"] = (
            rng.choice(pool.schools[2:]),
            "Fiji Year 13 Certificate",
            end_year - 4,
        )
        extra["born"] = f"{rng.randint(1, 28)} {rng.choice(MONTHS_EN)} {end_year - 22}"
        extra["marital"] = rng.choice(("Single", "Married"))
        religions = ("Hindu", "Sanatan Dharam", "Christian") if indo else ("Methodist", "Catholic")
        extra["religion"] = rng.choice((*religions, "Seventh-day Adventist"))
        extra["po_box"] = f"P.O. Box {rng.randint(100, 9999)}, Suva"
        languages = [FJ_LANGUAGES[0], FJ_LANGUAGES[2 if indo else 1]]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
        extra["referees"] = rng.sample(FJ_REFEREES, rng.randint(2, 3))
        extra["interests"] = rng.sample(FJ_INTERESTS, 3)
    else:
        given, family = slug[-1], slug[0]
        phone = f"+36 {rng.choice((20, 30, 70))} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        email = f"{given}.{family}{rng.choice(('', '91', '88'))}@gmail.com"
        label = rng.choice(HU_HEADLINES)
        extra["summary"] = HU_SUMMARY
        extra["linkedin"] = f"https://www.linkedin.com/in/{family}-{given}"
        for job in jobs:
            job.city = rng.choice((city, "Budapest"))
        idx = rng.choice((0, 2))
        school = rng.choice(pool.schools)
        study, area = pool.degrees[idx]
        degrees.append(Degree(school, study, area, (end_year - 2, 9), (end_year, 6)))
        bsc, barea = pool.degrees[rng.choice((1, 3))]
        degrees.append(
            Degree(rng.choice(pool.schools), bsc, barea, (end_year - 5, 9), (end_year - 2, 6))
        )
        extra["born"] = f"{end_year - 24}. {rng.choice(HONAPOK)} {rng.randint(1, 28)}."
        languages = list(HU_LANGUAGES[: rng.randint(2, 3)])
        skills = rng.sample(pool.skills, rng.randint(4, 6))
        extra["other"] = list(HU_OTHER[: rng.randint(1, 2)])
    return Candidate(
        style=style,
        name=name,
        label=label,
        email=email,
        phone=phone,
        url=url,
        city=city,
        region=region,
        code=COUNTRY.get(style),
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
        "countryCode": COUNTRY.get(style),
    }
    shows_label = options.get("headline", True)
    shows_summary = style != "pdf-fijian-cv" or options.get("objective")
    if style == "pdf-burkinabe-cv":
        shows_summary = False
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label if shows_label else None,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "summary": extra["summary"] if shows_summary else None,
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
    for d in person.degrees:
        item: dict[str, Any] = {"institution": d.institution, "studyType": d.study, "area": d.area}
        if style == "pdf-burkinabe-cv":
            item["endDate"] = str(d.end[0])
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        education.append(drop_empty(item))
    if style == "pdf-burkinabe-cv":
        bac, serie = extra["bac"]
        education.append(
            {
                "institution": extra["lycee"],
                "studyType": f"Baccalauréat série {serie}",
                "endDate": str(bac),
            }
        )
    if style == "pdf-fijian-cv":
        school, cert, year = extra["secondary"]
        education.append({"institution": school, "studyType": cert, "endDate": str(year)})
    skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    if style == "pdf-burkinabe-cv":
        certificates = [
            {"name": text.split(" – ")[0], "date": year, "issuer": text.split(" – ")[1]}
            for year, text in extra["trainings"]
        ]
    else:
        certificates = []
    interests = [{"name": item} for item in extra.get("interests", [])]
    references = [
        {"name": ref[0], "reference": ref[1]}
        for ref in extra.get("references", []) + extra.get("referees", [])
    ]
    if style == "pdf-panamanian-cv" and not options["references"]:
        references = []
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "certificates": certificates,
            "skills": skills,
            "languages": languages,
            "interests": interests,
            "references": references,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-burkinabe-cv":
        return _burkinabe(person, options), "pdf"
    if style == "pdf-panamanian-cv":
        return _panamanian(person, options), "pdf"
    if style == "pdf-fijian-cv":
        return _fijian(person, options), "pdf"
    if style == "docx-hungarian-cv-word":
        return _hungarian_docx(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _bf_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        if form == "years":
            return str(month[0])
        return f"{MOIS[month[1] - 1].capitalize()} {month[0]}"

    if end is None:
        return (
            f"De {one(start).lower()} à nos jours"
            if form == "words"
            else f"{one(start)} – à ce jour"
        )
    return f"{one(start)} – {one(end)}"


def _burkinabe(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("CV")
    pdf.set_author(person.name)
    x, width, gutter = 20.0, 170.0, 36.0
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
        need(22)
        y += 4
        if options["band"]:
            pdf.set_fill_color(217, 217, 217)
            pdf.rect(x, y, width, 6.2, style="F")
            pdf.set_xy(x + 1.5, y + 0.4)
            pdf.set_font("Serif", "B", 10.5)
            pdf.set_text_color(*accent)
            pdf.cell(width - 3, 5.4, text.upper())
        else:
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "BU", 10.5)
            pdf.set_text_color(*accent)
            pdf.cell(width, 5.4, text.upper())
        pdf.set_text_color(0, 0, 0)
        y += 9

    def pair(key: str, value: str) -> None:
        nonlocal y
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "B", 9.6)
        pdf.cell(52, 5, key)
        pdf.set_font("Serif", "", 9.6)
        pdf.cell(4, 5, ":")
        pdf.multi_cell(width - 60, 5, value, align="L")
        y = pdf.get_y() + 0.4

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "BU", 15)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    y += 14
    pdf.set_draw_color(90, 90, 90)
    pdf.set_line_width(0.3)
    pdf.rect(x + width - 28, y - 2, 28, 34)
    pdf.set_xy(x + width - 28, y + 13)
    pdf.set_font("Serif", "I", 8)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(28, 4, "Photo", align="C")
    pdf.set_text_color(0, 0, 0)
    surname = person.name.split()[-1]
    given = " ".join(person.name.split()[:-1])
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 16)
    pdf.set_text_color(*accent)
    pdf.cell(width - 32, 8, f"{surname.upper()} {given}")
    pdf.set_text_color(0, 0, 0)
    y += 9
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "I", 10.5)
        pdf.multi_cell(width - 34, 5.2, person.label or "", align="L")
        y = pdf.get_y() + 1
    pdf.set_font("Serif", "", 9.4)
    for line in (
        extra["bp"],
        f"Tél. : {person.phone} / {extra['phone2']}",
        f"E-mail : {person.email}",
    ):
        pdf.set_xy(x, y)
        pdf.cell(width - 32, 4.8, line)
        y += 4.9
    y = max(y, 60.0)

    heading("État civil")
    pair("Nom", surname.upper())
    pair("Prénom(s)", given)
    pair("Date et lieu de naissance", f"{extra['born']} à {extra['birthplace']}")
    pair("Nationalité", "Burkinabè")
    pair("Situation matrimoniale", extra["marital"])
    pair("Adresse", f"{extra['street']}, {person.city}, Burkina Faso")

    def formation() -> None:
        nonlocal y
        heading("Diplômes et formations académiques")
        rows = [(str(d.end[0]), f"{d.study} en {d.area}", d.institution) for d in person.degrees]
        bac, serie = extra["bac"]
        rows.append((str(bac), f"Baccalauréat série {serie}", extra["lycee"]))
        widths = (22.0, 84.0, width - 106.0)
        pdf.set_font("Serif", "B", 9.4)
        pdf.set_fill_color(235, 235, 235)
        pdf.set_draw_color(60, 60, 60)
        pdf.set_line_width(0.2)
        cx = x
        for head, w in zip(("Année", "Diplôme obtenu", "Établissement"), widths, strict=True):
            pdf.set_xy(cx, y)
            pdf.cell(w, 6, head, border=1, align="C", fill=True)
            cx += w
        y += 6
        pdf.set_font("Serif", "", 9.2)
        for row in rows:
            lines = max(
                len(pdf.multi_cell(w - 2, 4.6, t, dry_run=True, output="LINES"))
                for t, w in zip(row, widths, strict=True)
            )
            height = lines * 4.6 + 2
            need(height)
            cx = x
            for text, w in zip(row, widths, strict=True):
                pdf.rect(cx, y, w, height)
                pdf.set_xy(cx + 1, y + 1)
                pdf.multi_cell(w - 2, 4.6, text, align="C" if w == widths[0] else "L")
                cx += w
            y += height
        y += 2
        heading("Formations complémentaires")
        for year, text in extra["trainings"]:
            need(6)
            pdf.set_xy(x + 4, y)
            pdf.set_font("Serif", "B", 9.4)
            pdf.cell(16, 4.8, year)
            pdf.set_font("Serif", "", 9.4)
            pdf.multi_cell(width - 20, 4.8, text, align="L")
            y = pdf.get_y() + 0.6

    def experience() -> None:
        nonlocal y
        heading("Expériences professionnelles")
        for job in person.jobs:
            need(30)
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "B", 9.2)
            pdf.multi_cell(gutter - 3, 4.8, _bf_span(job.start, job.end, form), align="L")
            pdf.set_xy(x + gutter, y)
            pdf.set_font("Serif", "B", 9.6)
            pdf.cell(20, 4.8, "Poste :")
            pdf.set_font("Serif", "B", 9.6)
            pdf.multi_cell(width - gutter - 20, 4.8, job.position, align="L")
            yy = pdf.get_y()
            pdf.set_xy(x + gutter, yy)
            pdf.set_font("Serif", "", 9.6)
            pdf.cell(20, 4.8, "Structure :")
            pdf.set_font("Serif", "I", 9.6)
            pdf.multi_cell(width - gutter - 20, 4.8, f"{job.company} ({job.city})", align="L")
            yy = pdf.get_y()
            pdf.set_xy(x + gutter, yy)
            pdf.set_font("Serif", "U", 9.6)
            pdf.cell(30, 4.8, "Tâches principales :")
            y = yy + 5.4
            for note in job.highlights:
                need(5)
                pdf.set_xy(x + gutter + 2, y)
                pdf.set_font("Serif", "", 9.2)
                pdf.cell(4, 4.6, "-")
                pdf.multi_cell(width - gutter - 6, 4.6, note, align="J")
                y = pdf.get_y() + 0.4
            y += 3

    if options["formation_first"]:
        formation()
        experience()
    else:
        experience()
        formation()
    heading("Connaissances en informatique")
    for skill in person.skills:
        need(5)
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "", 9.4)
        pdf.cell(5, 4.8, "\u2022")
        pdf.cell(width - 9, 4.8, skill)
        y += 5
    heading("Langues")
    for lang, level in person.languages:
        need(6)
        pair(lang, level)
    heading("Centres d'intérêt")
    pdf.set_xy(x + 4, y)
    pdf.set_font("Serif", "", 9.4)
    pdf.cell(width - 4, 4.8, ", ".join(extra["interests"]) + ".")
    y += 6
    heading("Personnes de référence")
    for ref, role, tel in extra["references"]:
        need(6)
        pdf.set_xy(x + 4, y)
        pdf.set_font("Serif", "", 9.2)
        pdf.multi_cell(width - 4, 4.8, f"{ref}, {role}. Tél. : {tel}", align="L")
        y = pdf.get_y() + 0.6
    need(22)
    y += 6
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "I", 9.2)
    pdf.multi_cell(
        width,
        4.8,
        "Je certifie sur l'honneur l'exactitude des renseignements ci-dessus.",
        align="L",
    )
    pdf.set_xy(x + width / 2, y + 8)
    pdf.set_font("Serif", "", 9.2)
    pdf.cell(width / 2, 4.8, "Ouagadougou, le 15 septembre 2026", align="C")
    pdf.set_xy(x + width / 2, y + 14)
    pdf.set_font("Serif", "B", 9.2)
    pdf.cell(width / 2, 4.8, f"{given} {surname.upper()}", align="C")
    _check(y + 19, 290, person)
    return bytes(pdf.output())


def _pa_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        return f"{MESES[month[1] - 1].capitalize()} {month[0]}"

    return f"{one(start)} – {'Actualidad' if end is None else one(end)}"


def _panamanian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Hoja de Vida - {person.name}")
    side = 66.0
    sx, sw = 7.0, side - 13.0
    x, width = side + 9, 210 - side - 9 - 11
    ink, light = (40, 40, 40), (255, 255, 255)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_fill_color(*accent)
        pdf.rect(0, 0, side, 297, style="F")
        y = 16.0

    def need(height: float) -> None:
        if y + height > 282:
            new_page()

    new_page()
    pdf.set_fill_color(235, 235, 235)
    pdf.ellipse(side / 2 - 18, 12, 36, 36, style="F")
    pdf.set_text_color(*light)
    sy = 56.0

    def side_heading(text: str) -> None:
        nonlocal sy
        sy += 4
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*light)
        pdf.cell(sw, 5.5, text.upper())
        pdf.set_draw_color(*light)
        pdf.set_line_width(0.35)
        pdf.line(sx, sy + 6.5, sx + 18, sy + 6.5)
        sy += 9

    def side_text(text: str, *, bold: bool = False, size: float = 8.2) -> None:
        nonlocal sy
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B" if bold else "", size)
        pdf.multi_cell(sw, 4.2, text, align="L")
        sy = pdf.get_y() + 0.8

    side_heading("Contacto")
    side_text("Teléfono", bold=True)
    side_text(person.phone)
    side_text("Correo", bold=True)
    side_text(person.email)
    side_text("Dirección", bold=True)
    side_text(f"{extra['street']}, {person.city}, Panamá")
    side_text("LinkedIn", bold=True)
    link, size = extra["linkedin"].removeprefix("https://www."), 8.2
    pdf.set_font("Sans", "", size)
    while pdf.get_string_width(link) > sw - 3 and size > 5.8:
        size -= 0.2
        pdf.set_font("Sans", "", size)
    side_text(link, size=size)
    side_heading("Datos personales")
    side_text(f"Cédula: {extra['cedula']}")
    side_text(f"Fecha de nacimiento: {extra['born']}")
    side_text("Nacionalidad: panameña")
    side_heading("Habilidades")
    for skill in person.skills:
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "", 8.2)
        pdf.cell(4, 4.2, "\u2022")
        pdf.multi_cell(sw - 4, 4.2, skill, align="L")
        sy = pdf.get_y() + 0.8
    side_heading("Idiomas")
    for lang, level in person.languages:
        side_text(f"{lang}: {level}")
    _check(sy, 290, person)

    pdf.set_text_color(*ink)
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 22)
    pdf.multi_cell(width, 9.5, person.name.upper(), align="L")
    y = pdf.get_y() + 1
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 11.5)
    pdf.set_text_color(*accent)
    pdf.cell(width, 6, person.label or "")
    pdf.set_text_color(*ink)
    y += 10

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 3
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text.upper())
        pdf.set_text_color(*ink)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.4)
        pdf.line(x, y + 6.8, x + width, y + 6.8)
        y += 9.5

    heading("Perfil profesional")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 8.8)
    pdf.multi_cell(width, 4.6, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("Experiencia laboral")
    for job in person.jobs:
        need(26)
        pdf.set_xy(x + width - 46, y)
        pdf.set_font("Sans", "", 8.6)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(46, 5, _pa_span(job.start, job.end, form), align="R")
        pdf.set_text_color(*ink)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.6)
        pdf.multi_cell(width - 48, 5, job.position, align="L")
        y = pdf.get_y()
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.8)
        pdf.set_text_color(*accent)
        pdf.multi_cell(width, 4.8, f"{job.company} | {job.city}", align="L")
        pdf.set_text_color(*ink)
        y = pdf.get_y() + 1.2
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + 1.5, y)
            pdf.set_font("Sans", "", 8.5)
            pdf.cell(4, 4.4, "\u25aa")
            pdf.multi_cell(width - 5.5, 4.4, note, align="L")
            y = pdf.get_y() + 0.4
        y += 2.5
    heading("Formación académica")
    for d in person.degrees:
        need(14)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.4)
        pdf.multi_cell(width - 28, 4.8, f"{d.study} en {d.area}", align="L")
        after = pdf.get_y()
        pdf.set_xy(x + width - 28, y)
        pdf.set_font("Sans", "", 8.6)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(28, 4.8, f"{d.start[0]} – {d.end[0]}", align="R")
        pdf.set_text_color(*ink)
        pdf.set_xy(x, after)
        pdf.set_font("Sans", "I", 8.8)
        pdf.cell(width, 4.8, d.institution)
        y = after + 7
    if options["references"]:
        heading("Referencias personales")
        col = width / 2
        for index, (ref, role, tel) in enumerate(extra["references"]):
            need(16)
            rx = x + index * col
            for offset, (text, look) in enumerate(((ref, "B"), (role, ""), (f"Cel. {tel}", ""))):
                pdf.set_xy(rx, y + 4.5 * offset)
                pdf.set_font("Sans", look, 8.6)
                pdf.cell(col - 3, 4.5, text)
        y += 15
    _check(y, 290, person)
    return bytes(pdf.output())


def _fj_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "years":
            return str(month[0])
        if form == "short":
            return f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"
        return f"{MONTHS_EN[month[1] - 1]} {month[0]}"

    if end is None:
        return f"{one(start)} – Present" if form != "long" else f"{one(start)} to date"
    return f"{one(start)} – {one(end)}" if form != "long" else f"{one(start)} to {one(end)}"


def _fijian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Curriculum Vitae")
    x, width = 22.0, 166.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
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
        pdf.cell(width, 5.6, text.upper())
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.5)
        pdf.line(x, y + 6.4, x + width, y + 6.4)
        y += 9

    def pair(key: str, value: str) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x + 2, y)
        pdf.set_font("Serif", "", 10)
        pdf.cell(44, 5.2, key)
        pdf.cell(5, 5.2, ":")
        pdf.multi_cell(width - 51, 5.2, value, align="L")
        y = pdf.get_y() + 0.3

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 18)
    pdf.cell(width, 8, person.name.upper(), align="C")
    y += 9
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "I", 11)
        pdf.cell(width, 5.5, person.label or "", align="C")
        y += 6
    pdf.set_font("Serif", "", 9.8)
    for line in (
        f"{extra['street']}, {person.city}, Fiji  |  {extra['po_box']}",
        f"Mobile: {person.phone}  |  Email: {person.email}",
        f"LinkedIn: {extra['linkedin'].removeprefix('https://www.')}",
    ):
        pdf.set_xy(x, y)
        pdf.cell(width, 5, line, align="C")
        y += 5
    y += 1
    if options["objective"]:
        heading("Career Objective")
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 10)
        pdf.multi_cell(width, 5.2, extra["summary"], align="J")
        y = pdf.get_y() + 1
    heading("Personal Details")
    pair("Date of Birth", extra["born"])
    pair("Nationality", "Fijian")
    pair("Marital Status", extra["marital"])
    pair("Religion", extra["religion"])
    pair("Languages", ", ".join(f"{lang} ({level})" for lang, level in person.languages))

    def education() -> None:
        nonlocal y
        heading("Educational Background")
        for d in person.degrees:
            need(16)
            pdf.set_xy(x + 2, y)
            pdf.set_font("Serif", "B", 10)
            pdf.cell(28, 5.2, f"{d.start[0]} – {d.end[0]}")
            pdf.multi_cell(width - 30, 5.2, d.institution, align="L")
            pdf.set_xy(x + 30, pdf.get_y())
            pdf.set_font("Serif", "", 10)
            pdf.multi_cell(width - 30, 5.2, f"{d.study} ({d.area})", align="L")
            y = pdf.get_y() + 2
        school, cert, year = extra["secondary"]
        need(12)
        pdf.set_xy(x + 2, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(28, 5.2, str(year))
        pdf.cell(width - 30, 5.2, school)
        pdf.set_xy(x + 30, y + 5.2)
        pdf.set_font("Serif", "", 10)
        pdf.cell(width - 30, 5.2, cert)
        y += 12

    def work() -> None:
        nonlocal y
        heading("Work Experience")
        for job in person.jobs:
            need(28)
            pdf.set_xy(x + 2, y)
            pdf.set_font("Serif", "B", 10)
            pdf.cell(width - 52, 5.2, job.position)
            pdf.set_font("Serif", "", 10)
            pdf.cell(50, 5.2, _fj_span(job.start, job.end, form), align="R")
            pdf.set_xy(x + 2, y + 5.2)
            pdf.set_font("Serif", "I", 10)
            pdf.cell(width - 2, 5.2, f"{job.company}, {job.city}")
            y += 11
            pdf.set_xy(x + 2, y)
            pdf.set_font("Serif", "U", 10)
            pdf.cell(width - 2, 5.2, "Duties and Responsibilities:")
            y += 5.8
            for note in job.highlights:
                need(6)
                pdf.set_xy(x + 6, y)
                pdf.set_font("Serif", "", 10)
                pdf.cell(5, 5.1, "\u2022")
                pdf.multi_cell(width - 11, 5.1, note, align="L")
                y = pdf.get_y() + 0.3
            y += 3

    if options["education_first"]:
        education()
        work()
    else:
        work()
        education()
    heading("Skills")
    for skill in person.skills:
        need(6)
        pdf.set_xy(x + 6, y)
        pdf.set_font("Serif", "", 10)
        pdf.cell(5, 5.1, "\u2022")
        pdf.cell(width - 11, 5.1, skill)
        y += 5.4
    heading("Interests")
    pdf.set_xy(x + 2, y)
    pdf.set_font("Serif", "", 10)
    pdf.cell(width - 2, 5.1, ", ".join(extra["interests"]))
    y += 6
    heading("Referees")
    for ref, role, org, tel in extra["referees"]:
        need(17)
        for offset, (text, look) in enumerate(
            ((ref, "B"), (f"{role}, {org}", ""), (f"Phone: {tel}", ""))
        ):
            pdf.set_xy(x + 2, y + 5 * offset)
            pdf.set_font("Serif", look, 10)
            pdf.cell(width - 2, 5, text)
        y += 17
    _check(y, 290, person)
    return bytes(pdf.output())


def _hu_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "dotted":
            return f"{month[0]}. {month[1]:02d}."
        return f"{month[0]}. {HONAPOK[month[1] - 1]}"

    return f"{one(start)} – {'jelenleg' if end is None else one(end)}"


def _hungarian_docx(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
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
    properties.title = "Önéletrajz"
    properties.language = "hu-HU"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2.5)
    normal = document.styles["Normal"]
    normal.font.name = options["font"]
    normal.font.size = Pt(11 if options["font"] == "Calibri" else 11.5)
    normal.paragraph_format.space_after = Pt(3)
    blue = RGBColor(0x1F, 0x38, 0x64)
    col = 4.6 if form == "dotted" else 6.8

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(14)
        paragraph.paragraph_format.space_after = Pt(6)
        paragraph.paragraph_format.keep_with_next = True
        run = paragraph.add_run(text.upper())
        run.bold, run.font.size, run.font.color.rgb = True, Pt(12), blue
        props = paragraph._p.get_or_add_pPr()
        borders = OxmlElement("w:pBdr")
        line = OxmlElement("w:bottom")
        for key, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1")):
            line.set(qn(key), value)
        line.set(qn("w:color"), "1F3864")
        borders.append(line)
        props.append(borders)

    def tabbed(left: str, right: str, *, bold_right: bool = True) -> Any:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(col))
        paragraph.paragraph_format.space_after = Pt(1)
        paragraph.add_run(left)
        paragraph.add_run("\t")
        paragraph.add_run(right).bold = bold_right
        return paragraph

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("Önéletrajz")
    run.bold, run.font.size, run.font.color.rgb = True, Pt(20), blue
    name = document.add_paragraph()
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    name.paragraph_format.space_after = Pt(0)
    run = name.add_run(person.name)
    run.bold, run.font.size = True, Pt(15)
    if options["headline"]:
        line = document.add_paragraph()
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        line.add_run(person.label or "").italic = True
    heading("Személyes adatok")
    for key, value in (
        ("Név:", person.name),
        ("Születési idő:", extra["born"]),
        ("Lakcím:", f"{extra['postal']} {person.city}, {extra['street']}"),
        ("Telefon:", person.phone),
        ("E-mail:", person.email),
        ("LinkedIn:", extra["linkedin"].removeprefix("https://www.")),
    ):
        tabbed(key, value, bold_right=False)
    heading("Bemutatkozás")
    document.add_paragraph(extra["summary"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    def experience() -> None:
        heading("Szakmai tapasztalat")
        for job in person.jobs:
            line = tabbed(_hu_span(job.start, job.end, form), job.position)
            line.runs[0].font.size = Pt(10)
            line.paragraph_format.space_before = Pt(6)
            line.paragraph_format.keep_with_next = True
            line = document.add_paragraph()
            line.paragraph_format.left_indent = Cm(col)
            line.paragraph_format.space_after = Pt(2)
            line.add_run(f"{job.company}, {job.city}").italic = True
            line.paragraph_format.keep_with_next = True
            label = document.add_paragraph("Főbb feladatok:")
            label.paragraph_format.left_indent = Cm(col)
            label.paragraph_format.space_after = Pt(0)
            label.paragraph_format.keep_with_next = True
            for note in job.highlights:
                item = document.add_paragraph(note, style="List Bullet")
                item.paragraph_format.left_indent = Cm(col + 0.6)
                item.paragraph_format.space_after = Pt(0)

    def education() -> None:
        heading("Tanulmányok")
        for d in person.degrees:
            line = tabbed(f"{d.start[0]} – {d.end[0]}", d.institution)
            line.paragraph_format.space_before = Pt(4)
            line = document.add_paragraph(f"{d.area} szak ({d.study})")
            line.paragraph_format.left_indent = Cm(col)

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("Nyelvismeret")
    for lang, level in person.languages:
        tabbed(lang, level, bold_right=False)
    heading("Számítógépes ismeretek")
    for skill in person.skills:
        document.add_paragraph(skill, style="List Bullet").paragraph_format.space_after = Pt(0)
    heading("Egyéb")
    for item in extra["other"]:
        document.add_paragraph(item, style="List Bullet").paragraph_format.space_after = Pt(0)
    document.add_paragraph(f"Érdeklődési kör: {HU_INTERESTS}")
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())

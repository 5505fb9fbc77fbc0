"""Seventy-ninth held-out round ("holdout-79"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts, three born-digital PDF and
one Word document. The round is sealed: the layouts are described only in the code below.

Pools are fresh for this round; the truth states only what the document shows, in the
precision it shows it (a country code only where a country is printed, year-only dates as
years, an ongoing job or study without an end date).
"""

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

HOLDOUT_TAG = "holdout-79"
GENERATOR = "tests/eval/holdout79.py"
SEED = 7_934_796

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-liberian-nursing-cv", 3),
    ("pdf-bolivian-hoja-de-vida", 3),
    ("pdf-jobsdb-export", 3),
    ("docx-welsh-cv-word", 3),
)

EN_MONTHS = (
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
ES_MONTHS = (
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
CY_MONTHS = (
    "Ionawr",
    "Chwefror",
    "Mawrth",
    "Ebrill",
    "Mai",
    "Mehefin",
    "Gorffennaf",
    "Awst",
    "Medi",
    "Hydref",
    "Tachwedd",
    "Rhagfyr",
)

POOLS: dict[str, Pool] = {
    "pdf-liberian-nursing-cv": Pool(
        first=("Korlu", "Famatta", "Siafa", "Kebeh", "Yassah", "Momo", "Garmai", "Saye"),
        last=("Yarkpawolo", "Saydee", "Kpadeh", "Nyumah", "Tokpah", "Zinnah", "Gbelee", "Wreh"),
        cities=(
            ("Monrovia", None, "LR", "Duport Road, Paynesville"),
            ("Monrovia", None, "LR", "24th Street, Sinkor"),
            ("Monrovia", None, "LR", "Soul Clinic Community, Gardnersville"),
        ),
        employers=(
            "Sinkor Mercy Medical Center",
            "Duport Road Community Health Center",
            "St. Benedict Catholic Hospital",
            "Partners for Rural Health Liberia (PRHL)",
            "Kakata Government Hospital",
        ),
        titles=(
            "Staff Nurse",
            "Registered Nurse, Pediatric Ward",
            "Charge Nurse",
            "Clinical Nurse Supervisor",
            "Public Health Nurse",
        ),
        highlights=(
            "Provided direct nursing care to an average of 18 patients per shift",
            "Administered medications and IV fluids as prescribed and kept accurate records",
            "Triaged patients in the OPD and referred emergencies to the medical officer",
            "Monitored vital signs and reported changes to the physician on duty",
            "Conducted health talks on malaria prevention and exclusive breastfeeding",
            "Supervised nurse aides and student nurses on clinical rotation",
            "Supported the EPI team during routine immunization outreach",
            "Implemented infection prevention and control (IPC) protocols on the ward",
            "Prepared the monthly HMIS report for the County Health Team",
        ),
        skills=(
            "Patient assessment and care planning",
            "Medication administration",
            "Wound care and dressing",
            "Infection prevention and control",
            "Health education and counseling",
            "Microsoft Word and Excel",
            "DHIS2 data entry",
        ),
        schools=(
            "Mother Patern College of Health Sciences",
            "Tubman National Institute of Medical Arts (TNIMA)",
            "Cuttington University",
            "United Methodist University",
        ),
        degrees=(
            ("Bachelor of Science in Nursing (BSN)", ""),
            ("Diploma in Professional Nursing", ""),
            ("Registered Nurse (RN) Diploma", ""),
        ),
    ),
    "pdf-bolivian-hoja-de-vida": Pool(
        first=("Mariela", "Wilder", "Roxana", "Limbert", "Gualberto", "Ximena", "Edwin", "Paola"),
        last=(
            "Quisbert Huanca",
            "Ticona Aruquipa",
            "Mercado Saavedra",
            "Justiniano Rivero",
            "Añez Suárez",
            "Cuéllar Peña",
            "Callisaya Flores",
        ),
        cities=(
            ("La Paz", None, "BO", "Calle Pedro Salazar N° 2145, Zona Sopocachi"),
            ("La Paz", None, "BO", "Av. Buenos Aires N° 1330, Zona Max Paredes"),
            ("Santa Cruz de la Sierra", None, "BO", "Calle 7 Oeste N° 24, Barrio Equipetrol"),
            ("Santa Cruz de la Sierra", None, "BO", "Av. Banzer 4to anillo, Barrio Las Palmas"),
        ),
        employers=(
            "Cooperativa de Ahorro y Crédito Illimani Ltda.",
            "Distribuidora Andina del Sur S.R.L.",
            "Constructora Chiquitana S.A.",
            "Fundación Qhana Wasi",
            "Agroindustrias Guapay S.A.",
        ),
        titles=(
            "Auxiliar Contable",
            "Asistente Administrativo",
            "Oficial de Créditos",
            "Encargado de Almacén",
            "Contador General",
        ),
        highlights=(
            "Registro de comprobantes contables en el sistema",
            "Elaboración de conciliaciones bancarias mensuales",
            "Presentación de formularios de IVA e IT ante Impuestos Nacionales",
            "Control de inventarios y kardex físico-valorado",
            "Evaluación de solicitudes de crédito y visitas a socios",
            "Elaboración de planillas de sueldos y aportes a las AFP",
            "Atención al cliente y manejo de caja chica",
            "Apoyo en la elaboración de estados financieros de gestión",
            "Archivo y custodia de documentación contable",
        ),
        skills=(
            "Microsoft Office (Word, Excel avanzado, PowerPoint)",
            "Sistema contable SIAC",
            "Facturación electrónica (SIAT)",
            "Trabajo en equipo",
            "Manejo de caja",
            "Responsabilidad y puntualidad",
        ),
        schools=(
            "Universidad Mayor de San Andrés (UMSA)",
            "Universidad Autónoma Gabriel René Moreno (UAGRM)",
            "Universidad Católica Boliviana “San Pablo”",
            "Universidad Privada de Santa Cruz de la Sierra (UPSA)",
        ),
        degrees=(
            ("Licenciatura", "Contaduría Pública"),
            ("Licenciatura", "Administración de Empresas"),
            ("Licenciatura", "Ingeniería Comercial"),
            ("Técnico Superior", "Contabilidad General"),
        ),
    ),
    "pdf-jobsdb-export": Pool(
        first=("Kanokwan", "Thanakrit", "Pimchanok", "Nattapong", "Suphansa", "Chayut", "Wilawan"),
        last=("Srisawat", "Phonprasert", "Kittikhun", "Rattanakorn", "Boonmak", "Chaiwong"),
        cities=(
            ("Bangkok", None, "TH", "Huai Khwang"),
            ("Bangkok", None, "TH", "Bang Na"),
            ("Nonthaburi", None, "TH", "Pak Kret"),
        ),
        employers=(
            "Siam Lotus Retail Co., Ltd.",
            "Chao Phraya Digital Agency Co., Ltd.",
            "Rama Nine Property Development PCL",
            "Thai Harvest Foods Co., Ltd.",
            "Sukhumvit Beauty Clinic Group Co., Ltd.",
        ),
        titles=(
            "Marketing Executive",
            "Senior Account Executive",
            "Digital Marketing Officer",
            "Sales Coordinator",
            "Assistant Brand Manager",
        ),
        highlights=(
            "Planned and executed monthly promotions across 40 branches",
            "Managed Facebook, LINE OA and TikTok campaigns with a THB 1.2M budget",
            "Coordinated with agencies on photo shoots and event booths",
            "Prepared weekly sales and campaign reports for management",
            "Handled key accounts and negotiated annual listing fees",
            "Launched two new product lines with the regional brand team",
            "Followed up customer orders and delivery schedules with the warehouse",
        ),
        skills=(
            "Digital Marketing",
            "Facebook Ads",
            "Google Analytics",
            "Canva",
            "Microsoft Excel",
            "Event Management",
            "Negotiation",
            "Copywriting",
        ),
        schools=(
            "Kasetsart University",
            "Thammasat University",
            "Bangkok University",
            "Srinakharinwirot University",
        ),
        degrees=(
            ("Bachelor of Business Administration", "Marketing"),
            ("Bachelor of Communication Arts", "Advertising"),
            ("Bachelor of Arts", "English"),
            ("Bachelor of Economics", "International Economics"),
        ),
    ),
    "docx-welsh-cv-word": Pool(
        first=("Mererid", "Iwan", "Lowri", "Gethin", "Eirlys", "Tomos", "Nia", "Rhodri"),
        last=("Pritchard", "Gruffudd", "Huws", "Bowen", "Llwyd", "Parry", "Rowlands"),
        cities=(
            ("Caernarfon", None, None, "14 Stryd Llyn"),
            ("Caerfyrddin", None, None, "7 Heol y Prior"),
            ("Aberystwyth", None, None, "23 Ffordd y Gogledd"),
            ("Bangor", None, None, "5 Ffordd Garth"),
        ),
        employers=(
            "Menter Iaith Bro Seiont",
            "Cwmni Theatr Pen Llŷn",
            "Cymdeithas Tai Eryri Cyf.",
            "Canolfan Hamdden Glannau Teifi",
            "Ysgol Gynradd Bro Cennen",
        ),
        titles=(
            "Swyddog Datblygu",
            "Cynorthwyydd Dosbarth",
            "Swyddog Cyfathrebu",
            "Cyfieithydd",
            "Rheolwr Swyddfa",
        ),
        highlights=(
            "Trefnu digwyddiadau cymunedol i hyrwyddo defnydd o'r Gymraeg",
            "Cyfieithu dogfennau a deunydd marchnata o'r Saesneg i'r Gymraeg",
            "Rheoli cyfrifon cyfryngau cymdeithasol y cwmni",
            "Cefnogi disgyblion ag anghenion dysgu ychwanegol",
            "Paratoi adroddiadau chwarterol i'r bwrdd rheoli",
            "Ateb ymholiadau tenantiaid dros y ffôn ac wyneb yn wyneb",
            "Cydlynu gwirfoddolwyr ar gyfer yr Eisteddfod leol",
            "Ysgrifennu datganiadau i'r wasg ac erthyglau i'r papur bro",
            "Cadw cofnodion ariannol a phrosesu anfonebau",
        ),
        skills=(
            "Microsoft Office",
            "Cysgliad",
            "Canva",
            "Rheoli prosiectau",
            "Gweithio mewn tîm",
            "Trwydded yrru lân",
        ),
        schools=(
            "Prifysgol Aberystwyth",
            "Prifysgol Bangor",
            "Prifysgol Caerdydd",
            "Prifysgol Cymru Y Drindod Dewi Sant",
        ),
        degrees=(
            ("BA (Anrh)", "Cymraeg"),
            ("BA (Anrh)", "Cymraeg a Hanes"),
            ("BSc (Anrh)", "Seicoleg"),
            ("BA (Anrh)", "Astudiaethau Cyfryngau"),
        ),
    ),
}

HK_POOL = Pool(
    first=("Cheuk Yin", "Hiu Tung", "Man Kit", "Wai Shan", "Ho Yin", "Sze Wing", "Ka Lok"),
    last=("Tsang", "Kwok", "Yeung", "Mak", "Lai", "Ho", "Tam"),
    cities=(
        ("Kowloon", None, "HK", "Kwun Tong"),
        ("Hong Kong Island", None, "HK", "Quarry Bay"),
        ("New Territories", None, "HK", "Sha Tin"),
    ),
    employers=(
        "Harbourfront Logistics (HK) Limited",
        "Kowloon Bay Trading Company Limited",
        "Victoria Peak Insurance Brokers Ltd",
        "Lion Rock Property Management Limited",
        "Tsim Sha Tsui Retail Group Limited",
    ),
    titles=(
        "Customer Service Officer",
        "Merchandiser",
        "Assistant Marketing Manager",
        "Account Executive",
        "Shipping Coordinator",
    ),
    highlights=(
        "Handled customer enquiries and complaints via phone, email and WhatsApp",
        "Prepared shipping documents and followed up with forwarders",
        "Coordinated sample development with factories in Dongguan",
        "Prepared monthly sales reports and analysed KPI performance",
        "Planned roadshows and mall events with external vendors",
        "Maintained customer records in the CRM system",
        "Supported the annual renewal of group medical policies",
    ),
    skills=(
        "Customer Service",
        "Microsoft Excel",
        "SAP",
        "Merchandising",
        "Logistics",
        "Event Planning",
        "Cantonese Typing",
    ),
    schools=(
        "The Hong Kong Polytechnic University",
        "City University of Hong Kong",
        "Hong Kong Baptist University",
        "Lingnan University",
    ),
    degrees=(
        ("Bachelor of Business Administration (Honours)", "Marketing"),
        ("Bachelor of Arts (Honours)", "Translation"),
        ("Higher Diploma", "Logistics Management"),
        ("Bachelor of Social Sciences (Honours)", "Economics"),
    ),
)

LR_SUMMARY = (
    "Compassionate and dedicated Registered Nurse with hands-on experience in pediatric, "
    "medical and community health nursing. Committed to quality patient care, teamwork and "
    "continuous learning.",
    "Licensed nurse with several years of clinical experience in Liberian hospitals and rural "
    "health facilities, seeking to contribute to improved health outcomes in a reputable "
    "institution.",
)
LR_HIGH = (
    "St. Teresa's Convent High School",
    "Paynesville Community Academy",
    "B. W. Harris Episcopal High School",
    "Zion Grace Academy, Gardnersville",
)
LR_CERTS = (
    ("Registered Nurse License", "Liberian Board for Nursing and Midwifery (LBNM)"),
    ("Basic Life Support (BLS)", "Liberia Red Cross Society"),
    ("Infection Prevention and Control (IPC) Training", "Ministry of Health"),
    ("Integrated Management of Childhood Illness (IMCI)", "Ministry of Health"),
)
LR_REFEREES = (
    ("Mrs. Tenneh B. Flomo, RN, BSN", "Nursing Director, Sinkor Mercy Medical Center"),
    ("Dr. Augustine K. Sumo", "Medical Director, Duport Road Community Health Center"),
    ("Mr. Jallah S. Kollie", "Lecturer, Mother Patern College of Health Sciences"),
)

BO_OBJETIVO = (
    "Profesional responsable y proactivo, con experiencia en el área contable y "
    "administrativa, con capacidad de trabajo bajo presión y orientación a resultados.",
    "Busco formar parte de una institución sólida donde pueda aplicar mis conocimientos, "
    "aportar al logro de sus objetivos y seguir creciendo profesionalmente.",
)
BO_COLEGIOS = {
    "La Paz": ("Unidad Educativa Ayacucho", "Colegio Nacional Bolívar", "U.E. Don Bosco El Prado"),
    "Santa Cruz de la Sierra": (
        "Colegio Nacional Florida",
        "U.E. Juan XXIII",
        "Colegio Alemán Santa Cruz",
    ),
}
BO_CURSOS = (
    ("Curso de Excel Avanzado", "INFOCAL", "2021"),
    ("Seminario de Facturación Electrónica", "Servicio de Impuestos Nacionales", "2022"),
    ("Diplomado en Tributación", "Universidad Salesiana de Bolivia", "2020"),
    ("Taller de Atención al Cliente", "CAINCO", "2019"),
)
BO_REFS = (
    ("Lic. Ramiro Quispe Mamani", "Gerente Administrativo", "71234560"),
    ("Lic. Sandra Gutiérrez Vaca", "Jefe de Contabilidad", "77698412"),
    ("Ing. Marcelo Soria Arce", "Docente universitario", "70152389"),
)

TH_SUMMARY = (
    "Marketing professional with experience in retail and consumer brands. Strong in "
    "campaign planning, online channels and working with agencies.",
    "Energetic and customer-focused, looking for a new challenge in a growing company "
    "where I can use my sales and marketing experience.",
)
JOBSDB_CERTS = (
    ("Google Ads Search Certification", "Google", (2023, 4)),
    ("TOEIC 785", "ETS", (2022, 11)),
    ("Meta Certified Digital Marketing Associate", "Meta", (2024, 2)),
)
HK_SCHOOLS = ("Lok Fu Methodist College", "Shek Kip Mei Catholic Secondary School")

CY_PROFIL = (
    "Person trefnus a brwdfrydig sy'n mwynhau gweithio gyda'r cyhoedd. Rwy'n siarad ac yn "
    "ysgrifennu Cymraeg yn rhugl ac yn awyddus i ddatblygu fy ngyrfa yng Nghymru.",
    "Graddedig dwyieithog gyda phrofiad o weithio yn y sector cyhoeddus a'r trydydd sector. "
    "Rwy'n gweithio'n dda fel aelod o dîm ac yn gallu gweithio ar fy liwt fy hun.",
)
CY_POSTAL = {
    "Caernarfon": "LL55 1SG",
    "Caerfyrddin": "SA31 1NF",
    "Aberystwyth": "SY23 2JQ",
    "Bangor": "LL57 2SA",
}
CY_YSGOLION = ("Ysgol Uwchradd Glan Seiont", "Ysgol Gyfun Dyffryn Tywi", "Ysgol Bro Rheidol")
CY_LEFEL_A = (
    "Cymraeg (A*), Hanes (A), Daearyddiaeth (B)",
    "Cymraeg (A), Seicoleg (B), Drama (B)",
    "Saesneg (A), Cymraeg (A), Celf (C)",
)
CY_DIDDORDEBAU = ("Canu gyda Chôr Seiriol", "Rhedeg", "Darllen nofelau Cymraeg", "Rygbi")
CY_REFS = (
    ("Mrs Gwenan Elis", "Pennaeth, Ysgol Gynradd Bro Cennen"),
    ("Dr Huw Tudur", "Darlithydd, Prifysgol Bangor"),
)


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-liberian-nursing-cv":
        return {
            "dates": rng.choice(("long", "short", "numeric")),
            "present": rng.choice(("Present", "Date", "To date")),
            "labelled": rng.random() < 0.5,
            "education_first": rng.random() < 0.5,
            "headline": rng.random() < 0.6,
            "summary": rng.random() < 0.7,
        }
    if style == "pdf-bolivian-hoja-de-vida":
        return {
            "dates": rng.choice(("words", "numeric")),
            "present": rng.choice(("a la fecha", "actualidad", "presente")),
            "labelled": rng.random() < 0.5,
            "objective": rng.random() < 0.6,
        }
    if style == "pdf-jobsdb-export":
        return {
            "headline": rng.random() < 0.6,
            "summary": rng.random() < 0.7,
            "certs": rng.random() < 0.6,
        }
    if style == "docx-welsh-cv-word":
        return {
            "dates": rng.choice(("words", "numeric")),
            "present": rng.choice(("presennol", "hyd heddiw", "hyd yn hyn")),
            "headline": rng.random() < 0.5,
            "table": rng.random() < 0.5,
            "referees": rng.random() < 0.5,
            "education_first": rng.random() < 0.4,
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    if style == "pdf-jobsdb-export" and rng.random() < 0.5:
        pool = HK_POOL
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name).split()
    first, last = slug[0], slug[-1]
    city, region, code, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street}
    jobs = _chain(rng, pool, rng.choice((3, 4)), rng.random() < 0.7)
    year = jobs[-1].start[0] - rng.randint(0, 1)
    study, area = rng.choice(pool.degrees)
    school = rng.choice(pool.schools)
    skills = rng.sample(pool.skills, rng.randint(4, 6))
    label = jobs[0].position
    languages: list[tuple[str, str]] = []
    edu: list[dict[str, Any]] = []
    url: str | None = None
    if style == "pdf-liberian-nursing-cv":
        phone = rng.choice(("+231 77", "+231 88", "0777 ", "0886 "))
        if phone.startswith("+"):
            phone += f"{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        else:
            phone += f"{rng.randint(100, 999)} {rng.randint(100, 999)}"
        email = f"{first}{last}{rng.randint(10, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        places = ("Monrovia", "Monrovia", "Kakata, Margibi County", "Gbarnga, Bong County")
        for job in jobs:
            job.city = rng.choice(places)
        label = rng.choice(("Registered Nurse (RN)", "Registered Nurse", "Professional Nurse"))
        if study.startswith("Bachelor"):
            edu.append(_edu(school, study, None, str(year - 4), str(year)))
        else:
            if rng.random() < 0.5:
                edu.append(
                    _edu(
                        "Mother Patern College of Health Sciences",
                        "Bachelor of Science in Nursing (BSN)",
                        None,
                        str(jobs[0].start[0] + 1),
                        None,
                    )
                )
            school = "Tubman National Institute of Medical Arts (TNIMA)"
            edu.append(_edu(school, study, None, str(year - 3), str(year)))
        edu.append(
            _edu(
                rng.choice(LR_HIGH),
                "West African Senior School Certificate Examination (WASSCE)",
                None,
                None,
                str(year - 4),
            )
        )
        certs = [(LR_CERTS[0][0], LR_CERTS[0][1], str(year))]
        for title, issuer in rng.sample(LR_CERTS[1:], 2):
            certs.append((title, issuer, str(rng.randint(year + 1, 2025))))
        extra["certs"] = certs
        extra["license"] = f"RN-{rng.randint(1000, 9999)}"
        extra["summary"] = rng.choice(LR_SUMMARY)
        extra["referees"] = rng.sample(LR_REFEREES, 2)
        languages = []
    elif style == "pdf-bolivian-hoja-de-vida":
        phone = rng.choice(("(+591) ", "")) + f"{rng.choice((7, 6))}{rng.randint(1000000, 9999999)}"
        email = f"{first}.{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'hotmail.com'))}"
        for job in jobs:
            job.city = city if rng.random() < 0.8 else rng.choice(("El Alto", "Cochabamba"))
        if "Santa Cruz" in city:
            school = rng.choice([item for item in pool.schools if "Cruz" in item or "UAG" in item])
        else:
            school = rng.choice(
                [item for item in pool.schools if "Cruz" not in item and "UAG" not in item]
            )
        length = 3 if study == "Técnico Superior" else 5
        if rng.random() < 0.4:
            edu.append(
                _edu(
                    "Universidad Andina Simón Bolívar",
                    "Diplomado",
                    "Auditoría y Control Interno",
                    str(jobs[0].start[0] + 1),
                    None,
                )
            )
        edu.append(_edu(school, study, area, str(year - length), str(year)))
        edu.append(
            _edu(
                rng.choice(BO_COLEGIOS[city]),
                "Bachiller en Humanidades",
                None,
                None,
                str(year - length - 1),
            )
        )
        extra["ci"] = f"{rng.randint(3000000, 9999999)} {'L.P.' if city == 'La Paz' else 'S.C.'}"
        extra["born"] = f"{rng.randint(1, 28)} de {ES_MONTHS[rng.randrange(12)]} de {year - 23}"
        extra["civil"] = rng.choice(("Soltero(a)", "Casado(a)"))
        extra["summary"] = rng.choice(BO_OBJETIVO)
        extra["certs"] = sorted(rng.sample(BO_CURSOS, 3), key=lambda c: c[2], reverse=True)
        extra["referees"] = rng.sample(BO_REFS, 2)
        languages = [("Castellano", "Nativo"), ("Inglés", rng.choice(("Básico", "Intermedio")))]
        if city == "La Paz":
            languages.append(("Aymara", "Básico"))
    elif style == "pdf-jobsdb-export":
        hk = pool is HK_POOL
        extra["country"] = "Hong Kong" if hk else "Thailand"
        if hk:
            phone = f"+852 {rng.choice((5, 6, 9))}{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
            email = f"{last}{first}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.com.hk'))}"
            for job in jobs:
                job.city = ""
            edu.append(_edu(school, study, area, None, str(year)))
            if rng.random() < 0.6:
                edu.append(
                    _edu(
                        rng.choice(HK_SCHOOLS),
                        "Hong Kong Diploma of Secondary Education (HKDSE)",
                        None,
                        None,
                        str(year - 4),
                    )
                )
            languages = [("Cantonese", "Native"), ("English", "Fluent"), ("Mandarin", "Good")]
        else:
            phone = f"+66 {rng.choice((8, 9, 6))}{rng.randint(1, 9)} {rng.randint(100, 999)} "
            phone += f"{rng.randint(1000, 9999)}"
            email = f"{first}.{last[:2]}@{rng.choice(('gmail.com', 'hotmail.com'))}"
            for job in jobs:
                job.city = ""
            edu.append(_edu(school, study, area, None, str(year)))
            languages = [("Thai", "Native"), ("English", rng.choice(("Good", "Fluent")))]
        extra["summary"] = rng.choice(TH_SUMMARY)
        extra["certs"] = [
            (title, issuer, month) for title, issuer, month in JOBSDB_CERTS if month[0] > year
        ][: rng.choice((1, 2))]
        extra["salary"] = "HK$ 22,000" if hk else "THB 45,000"
        extra["district"] = street
        if hk:
            code = None
    else:
        extra["postal"] = CY_POSTAL[city]
        phone = (
            rng.choice(("07", "+44 7")) + f"{rng.randint(700, 999)} {rng.randint(100000, 999999)}"
        )
        email = f"{first}.{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'outlook.com'))}"
        for job in jobs:
            job.city = rng.choice(("Caernarfon", "Pwllheli", "Aberteifi", "Llandeilo", "Bangor"))
        if rng.random() < 0.4:
            edu.append(
                _edu(
                    "Prifysgol Bangor",
                    "MA",
                    "Astudiaethau Cyfieithu",
                    str(jobs[0].start[0]),
                    None,
                )
            )
        edu.append(
            _edu(
                school,
                study,
                area,
                str(year - 3),
                str(year),
                rng.choice(("2:1", "2:2", "Dosbarth Cyntaf")),
            )
        )
        edu.append(
            _edu(
                rng.choice(CY_YSGOLION),
                "Safon Uwch",
                None,
                str(year - 5),
                str(year - 3),
                rng.choice(CY_LEFEL_A),
            )
        )
        extra["summary"] = rng.choice(CY_PROFIL)
        extra["interests"] = rng.sample(CY_DIDDORDEBAU, 3)
        extra["referees"] = list(CY_REFS)
        languages = [("Cymraeg", "Iaith gyntaf"), ("Saesneg", "Rhugl")]
        if rng.random() < 0.5:
            languages.append(("Sbaeneg", "Sylfaenol"))
    extra["edu"] = edu
    return Candidate(
        style=style,
        name=name,
        label=label,
        email=email,
        phone=phone,
        url=url,
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
            "postalCode": extra.get("postal"),
            "city": person.city,
            "region": person.region,
            "countryCode": person.code,
        }
    )
    summary = extra["summary"]
    if not options.get("summary", options.get("objective", True)):
        summary = None
    if style == "docx-welsh-cv-word":
        summary = extra["summary"]
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label if options.get("headline") else None,
            "email": person.email,
            "phone": person.phone,
            "summary": summary,
            "location": location,
            "profiles": profile_links({}),
        }
    )
    work = [
        drop_empty(
            {
                "name": job.company,
                "position": job.position,
                "location": job.city or None,
                "startDate": iso_month(job.start, "month"),
                "endDate": iso_month(job.end, "month"),
                "highlights": job.highlights,
            }
        )
        for job in person.jobs
    ]
    education = [drop_empty(dict(item)) for item in extra["edu"]]
    certs = extra.get("certs", [])
    if style == "pdf-jobsdb-export" and not options["certs"]:
        certs = []
    certificates = [
        drop_empty(
            {
                "name": title,
                "issuer": issuer,
                "date": when if isinstance(when, str) else iso_month(when, "month"),
            }
        )
        for title, issuer, when in certs
    ]
    referees = extra.get("referees", [])
    if style == "docx-welsh-cv-word" and not options["referees"]:
        referees = []
    references = [{"name": ref[0], "reference": ref[1]} for ref in referees]
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
    if style == "pdf-liberian-nursing-cv":
        return _liberia(person, options), "pdf"
    if style == "pdf-bolivian-hoja-de-vida":
        return _bolivia(person, options), "pdf"
    if style == "pdf-jobsdb-export":
        return _jobsdb(person, options), "pdf"
    if style == "docx-welsh-cv-word":
        return _wales(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _month(month: Month | None, form: str, present: str, names: tuple[str, ...]) -> str:
    if month is None:
        return present
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    name = names[month[1] - 1]
    if form == "short":
        name = name[:3]
    return f"{name} {month[0]}"


# ----------------------------------------------------------------------------------- Liberia


def _liberia(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Curriculum Vitae")
    pdf.set_author(person.name)
    pdf.set_creator("Microsoft\u00ae Word 2016")
    x, width = 20.0, 170.0
    green = (0, 84, 60)
    flow = _Flow(pdf, 16.0, 280.0)
    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "B", 18)
    pdf.cell(width, 9, person.name.upper(), align="C")
    flow.y += 10
    if options["headline"]:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "I", 11)
        pdf.cell(width, 6, person.label or "", align="C")
        flow.y += 7
    pdf.set_font("Serif", "", 9)
    for line in (
        f"{extra['street']}, {person.city}, Liberia",
        f"Cell: {person.phone}  |  Email: {person.email}",
    ):
        pdf.set_xy(x, flow.y)
        pdf.cell(width, 5, line, align="C")
        flow.y += 5
    flow.y += 1
    pdf.set_draw_color(*green)
    pdf.set_line_width(0.7)
    pdf.line(x, flow.y, x + width, flow.y)
    flow.y += 4

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 2
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 11)
        pdf.set_text_color(*green)
        pdf.cell(width, 6, text)
        pdf.set_text_color(0, 0, 0)
        flow.y += 6.5
        pdf.set_draw_color(180, 180, 180)
        pdf.set_line_width(0.2)
        pdf.line(x, flow.y, x + width, flow.y)
        flow.y += 2

    def text(body: str, style: str = "", indent: float = 0.0, size: float = 9.5) -> None:
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Serif", style, size)
        pdf.multi_cell(width - indent, 4.9, body, align="L")
        flow.y = pdf.get_y() + 0.3

    def bullet(body: str, indent: float = 4.0) -> None:
        flow.need(6)
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(4, 4.8, "\u2022")
        pdf.multi_cell(width - indent - 4, 4.8, body, align="L")
        flow.y = pdf.get_y() + 0.3

    def education() -> None:
        heading("EDUCATIONAL BACKGROUND")
        for item in extra["edu"]:
            flow.need(12)
            pdf.set_xy(x, flow.y)
            pdf.set_font("Serif", "B", 9.5)
            pdf.cell(32, 4.9, _years(item, present, " \u2013 "))
            pdf.multi_cell(width - 32, 4.9, item["studyType"], align="L")
            flow.y = pdf.get_y() + 0.2
            text(item["institution"], "I", 32)
            flow.y += 1.5

    def experience() -> None:
        heading("WORK EXPERIENCE")
        for job in person.jobs:
            flow.need(30)
            start = _month(job.start, form, present, EN_MONTHS)
            span = f"{start} \u2013 {_month(job.end, form, present, EN_MONTHS)}"
            if options["labelled"]:
                for key, value in (
                    ("Position:", job.position),
                    ("Employer:", job.company),
                    ("Location:", job.city),
                    ("Duration:", span),
                ):
                    pdf.set_xy(x, flow.y)
                    pdf.set_font("Serif", "B", 9.5)
                    pdf.cell(24, 4.9, key)
                    pdf.set_font("Serif", "", 9.5)
                    pdf.multi_cell(width - 24, 4.9, value, align="L")
                    flow.y = pdf.get_y() + 0.2
                text("Duties and Responsibilities:", "BI")
            else:
                pdf.set_xy(x, flow.y)
                pdf.set_font("Serif", "B", 10)
                pdf.cell(width - 52, 5, job.position)
                pdf.set_font("Serif", "", 9)
                pdf.cell(52, 5, span, align="R")
                flow.y += 5.3
                text(f"{job.company}, {job.city}", "I")
            for note in job.highlights:
                bullet(note)
            flow.y += 2.5

    if options["summary"]:
        heading("PROFESSIONAL SUMMARY")
        text(extra["summary"])
    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("LICENSE AND CERTIFICATIONS")
    for index, (title, issuer, year) in enumerate(extra["certs"]):
        suffix = f" (License No. {extra['license']})" if index == 0 else ""
        bullet(f"{title}{suffix} \u2013 {issuer}, {year}", 2.0)
    heading("SKILLS")
    for skill in person.skills:
        bullet(skill, 2.0)
    flow.need(30)
    heading("REFERENCES")
    flow.need(16)
    top = flow.y
    for column, (name, role) in enumerate(extra["referees"]):
        pdf.set_xy(x + column * 86, top)
        pdf.set_font("Serif", "B", 9.5)
        pdf.multi_cell(82, 4.9, name, align="L")
        pdf.set_xy(x + column * 86, pdf.get_y())
        pdf.set_font("Serif", "", 9.5)
        pdf.multi_cell(82, 4.9, role, align="L")
        flow.y = max(flow.y, pdf.get_y())
    _check(flow.y, 282, person)
    return bytes(pdf.output())


# ----------------------------------------------------------------------------------- Bolivia


def _es_month(month: Month | None, form: str, present: str) -> str:
    if month is None:
        return present
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{ES_MONTHS[month[1] - 1].capitalize()} {month[0]}"


def _bolivia(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Hoja de Vida")
    pdf.set_author(person.name)
    x, width, side = 18.0, 174.0, 44.0
    blue = (20, 60, 120)

    def footer(doc: Any) -> None:
        doc.set_xy(x, 287)
        doc.set_font("Sans", "", 7)
        doc.cell(width, 4, f"Hoja de Vida \u2013 {person.name}", align="C")

    flow = _Flow(pdf, 16.0, 280.0, footer)
    pdf.set_xy(x, flow.y + 6)
    pdf.set_font("Sans", "B", 20)
    pdf.set_text_color(*blue)
    pdf.cell(width - 36, 10, "HOJA DE VIDA", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x, flow.y + 17)
    pdf.set_font("Sans", "B", 13)
    pdf.cell(width - 36, 7, person.name.upper(), align="C")
    # the photo box, top right
    left, top = x + width - 30, flow.y
    pdf.set_draw_color(90, 90, 90)
    pdf.set_line_width(0.4)
    pdf.set_fill_color(232, 232, 232)
    pdf.rect(left, top, 30, 38, style="DF")
    pdf.set_fill_color(190, 190, 190)
    pdf.ellipse(left + 9.5, top + 7, 11, 12, style="F")
    pdf.ellipse(left + 4, top + 21, 22, 20, style="F")
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(left - 1, top + 38.3, 32, 4, style="F")
    flow.y = top + 42

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 2
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*blue)
        pdf.cell(width, 6, text)
        pdf.set_text_color(0, 0, 0)
        flow.y += 6.3
        pdf.set_draw_color(*blue)
        pdf.set_line_width(0.5)
        pdf.line(x, flow.y, x + width, flow.y)
        flow.y += 2.5

    def field(key: str, value: str, wide: float = side) -> None:
        pdf.set_xy(x + 2, flow.y)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(wide, 4.8, key)
        pdf.set_font("Sans", "", 9)
        pdf.multi_cell(width - wide - 2, 4.8, value, align="L")
        flow.y = pdf.get_y() + 0.4

    def text(body: str, style: str = "", indent: float = 0.0) -> None:
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Sans", style, 9)
        pdf.multi_cell(width - indent, 4.8, body, align="J" if not style else "L")
        flow.y = pdf.get_y() + 0.3

    def bullet(body: str, indent: float) -> None:
        flow.need(6)
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(4, 4.7, "\u2013")
        pdf.multi_cell(width - indent - 4, 4.7, body, align="L")
        flow.y = pdf.get_y() + 0.2

    heading("DATOS PERSONALES")
    field("Nombre completo:", person.name)
    field("C.I.:", extra["ci"])
    field("Fecha de nacimiento:", extra["born"])
    field("Estado civil:", extra["civil"])
    field("Dirección:", f"{extra['street']}, {person.city} \u2013 Bolivia")
    field("Celular:", person.phone)
    field("Correo electrónico:", person.email)
    if options["objective"]:
        heading("PERFIL PROFESIONAL")
        text(extra["summary"])
    heading("FORMACIÓN ACADÉMICA")
    for item in extra["edu"]:
        flow.need(14)
        if item["startDate"] is None:
            when = f"Gestión {item['endDate']}"
        else:
            when = _years(item, present.capitalize(), " \u2013 ")
        degree = item["studyType"]
        if item["area"]:
            degree = f"{degree} en {item['area']}"
        pdf.set_xy(x + 2, flow.y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(side - 2, 4.8, when)
        pdf.set_font("Sans", "B", 9)
        pdf.multi_cell(width - side, 4.8, degree, align="L")
        flow.y = pdf.get_y() + 0.2
        text(item["institution"], "", side)
        flow.y += 1.5
    heading("EXPERIENCIA LABORAL")
    for job in person.jobs:
        flow.need(30)
        start = _es_month(job.start, form, present)
        span = f"{start} \u2013 {_es_month(job.end, form, present)}"
        if options["labelled"]:
            field("Institución/Empresa:", job.company)
            field("Cargo:", job.position)
            field("Lugar:", job.city)
            field("Periodo:", span)
            pdf.set_xy(x + 2, flow.y)
            pdf.set_font("Sans", "B", 9)
            pdf.cell(side, 4.8, "Funciones:")
            indent = side + 2
        else:
            pdf.set_xy(x + 2, flow.y)
            pdf.set_font("Sans", "B", 9.5)
            pdf.multi_cell(width - 2, 4.9, f"{job.company} \u2013 {job.city}", align="L")
            flow.y = pdf.get_y() + 0.2
            text(f"Cargo: {job.position}", "I", 2)
            text(f"Periodo: {span}", "", 2)
            indent = 6.0
        for note in job.highlights:
            bullet(note, indent)
        flow.y += 2.5
    heading("CURSOS Y SEMINARIOS")
    for title, issuer, year in extra["certs"]:
        bullet(f"{title} \u2013 {issuer} ({year})", 2)
    heading("IDIOMAS")
    for lang, level in person.languages:
        field(lang, level, 34)
    heading("CONOCIMIENTOS Y HABILIDADES")
    for skill in person.skills:
        bullet(skill, 2)
    heading("REFERENCIAS PERSONALES")
    for name, role, cel in extra["referees"]:
        flow.need(8)
        text(f"{name} \u2013 {role} \u2013 Cel. {cel}", "", 2)
    flow.need(20)
    flow.y += 10
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "", 9)
    pdf.cell(width, 5, "______________________________", align="C")
    pdf.set_xy(x, flow.y + 5)
    pdf.cell(width, 5, person.name, align="C")
    flow.y += 10
    _check(flow.y, 282, person)
    return bytes(pdf.output())


# ------------------------------------------------------------------------------------ JobsDB


def _span(start: Month, end: Month | None) -> str:
    last = end or (2026, 10)
    months = (last[0] - start[0]) * 12 + last[1] - start[1] + 1
    years, rest = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{years} yr{'s' if years > 1 else ''}")
    if rest:
        parts.append(f"{rest} mo{'s' if rest > 1 else ''}")
    return " ".join(parts)


def _jobsdb(person: Candidate, options: dict[str, Any]) -> bytes:
    extra = person.extra
    hk = extra["country"] == "Hong Kong"
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} - Profile")
    pdf.set_creator("jobsDB")
    pdf.set_producer("Skia/PDF m118")
    x, width = 16.0, 178.0
    brand = (14, 64, 150)
    grey = (100, 100, 110)

    def footer(doc: Any) -> None:
        doc.set_xy(x, 287)
        doc.set_font("Sans", "", 7)
        doc.set_text_color(*grey)
        doc.cell(width, 4, "Profile downloaded from jobsDB", align="L")
        doc.set_xy(x, 287)
        doc.cell(width, 4, f"{doc.page_no()}", align="R")
        doc.set_text_color(0, 0, 0)

    flow = _Flow(pdf, 14.0, 278.0, footer)
    pdf.set_fill_color(*brand)
    pdf.rect(0, 0, 210, 34, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(x, 8)
    pdf.set_font("Sans", "B", 20)
    pdf.cell(width, 10, person.name)
    if options["headline"]:
        pdf.set_xy(x, 19)
        pdf.set_font("Sans", "", 10.5)
        pdf.cell(width, 6, person.label or "")
    pdf.set_xy(x, 8)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(width, 6, "jobsDB", align="R")
    pdf.set_text_color(0, 0, 0)
    flow.y = 38
    pdf.set_font("Sans", "", 8.8)
    pdf.set_text_color(*grey)
    pdf.set_xy(x, flow.y)
    contact = f"{extra['district']}, {person.city}, {extra['country']}"
    if hk:
        contact = f"{extra['district']}, {person.city}"
    pdf.cell(width, 5, f"\u25cf {contact}    \u2709 {person.email}    \u260e {person.phone}")
    pdf.set_text_color(0, 0, 0)
    flow.y += 9

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 3
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 13)
        pdf.cell(width, 7, text)
        flow.y += 9

    def text(body: str, style: str = "", size: float = 9.2, color: Any = None) -> None:
        flow.need(6)
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", style, size)
        if color:
            pdf.set_text_color(*color)
        pdf.multi_cell(width, 4.9, body, align="L")
        pdf.set_text_color(0, 0, 0)
        flow.y = pdf.get_y() + 0.4

    def rule() -> None:
        flow.y += 1.5
        pdf.set_draw_color(220, 220, 225)
        pdf.set_line_width(0.3)
        pdf.line(x, flow.y, x + width, flow.y)
        flow.y += 2

    if options["summary"]:
        heading("Personal summary")
        text(extra["summary"])
        rule()
    heading("Career history")
    for job in person.jobs:
        flow.need(28)
        start = f"{EN_MONTHS[job.start[1] - 1][:3]} {job.start[0]}"
        end = "Present" if job.end is None else f"{EN_MONTHS[job.end[1] - 1][:3]} {job.end[0]}"
        text(job.position, "B", 10)
        text(job.company)
        text(f"{start} - {end} ({_span(job.start, job.end)})", "", 8.6, grey)
        flow.y += 0.8
        for note in job.highlights:
            flow.need(6)
            pdf.set_xy(x + 2, flow.y)
            pdf.set_font("Sans", "", 9)
            pdf.cell(4, 4.7, "\u2022")
            pdf.multi_cell(width - 6, 4.7, note, align="L")
            flow.y = pdf.get_y() + 0.2
        flow.y += 3
    rule()
    heading("Education")
    for item in extra["edu"]:
        flow.need(14)
        degree = item["studyType"]
        if item["area"]:
            degree = f"{degree} in {item['area']}" if hk else f"{degree} ({item['area']})"
        text(degree, "B", 10)
        text(item["institution"])
        text(f"Finished {item['endDate']}", "", 8.6, grey)
        flow.y += 2
    if options["certs"] and extra["certs"]:
        rule()
        heading("Licences & certifications")
        for title, issuer, month in extra["certs"]:
            flow.need(14)
            text(title, "B", 10)
            text(issuer)
            text(f"Issued {EN_MONTHS[month[1] - 1][:3]} {month[0]}", "", 8.6, grey)
            flow.y += 2
    rule()
    flow.need(30)
    heading("Skills")
    left = x
    pdf.set_font("Sans", "", 8.8)
    pdf.set_draw_color(*grey)
    pdf.set_line_width(0.25)
    for skill in person.skills:
        wide = pdf.get_string_width(skill) + 8
        if left + wide > x + width:
            left = x
            flow.y += 9
        pdf.rect(left, flow.y, wide, 6.5, style="D", round_corners=True, corner_radius=3)
        pdf.set_xy(left, flow.y + 0.5)
        pdf.cell(wide, 5.5, skill, align="C")
        left += wide + 3
    flow.y += 10
    rule()
    heading("Languages")
    for lang, level in person.languages:
        text(f"{lang} \u2013 {level}")
    rule()
    flow.need(44)
    heading("About my next role")
    text("Availability", "B")
    text(rng_free_notice(person), "", 9.2, grey)
    text("Preferred work types", "B")
    text("Full time", "", 9.2, grey)
    text("Expected salary", "B")
    text(f"{extra['salary']} per month", "", 9.2, grey)
    _check(flow.y, 282, person)
    return bytes(pdf.output())


def rng_free_notice(person: Candidate) -> str:
    """A notice period chosen from the name, so the rendering stays deterministic."""
    return ("Immediately", "2 weeks", "1 month", "2 months")[len(person.name) % 4]


# ------------------------------------------------------------------------------------- Wales


def _cy_month(month: Month | None, form: str, present: str) -> str:
    if month is None:
        return present
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{CY_MONTHS[month[1] - 1]} {month[0]}"


def _wales(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    form, present, extra = options["dates"], options["present"], person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = person.name
    properties.title = "CV"
    properties.language = "cy-GB"
    properties.revision = 5
    for section in document.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(2.2)
        section.top_margin = section.bottom_margin = Cm(2.0)
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(2)
    red = RGBColor(0xA0, 0x1C, 0x2C)

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text.upper())
        run.bold = True
        run.font.size = Pt(12)
        run.font.color.rgb = red
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.space_after = Pt(4)

    def dated(left: str, right: str) -> Any:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT)
        paragraph.add_run(left).bold = True
        paragraph.add_run(f"\t{right}")
        return paragraph

    def bullet(text: str, container: Any = None) -> None:
        if container is None:
            document.add_paragraph(text, style="List Bullet")
        else:
            container.add_paragraph(f"\u2022 {text}")

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(person.name)
    run.bold = True
    run.font.size = Pt(22)
    if options["headline"]:
        sub = document.add_paragraph()
        sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
        sub.add_run(person.label or "").italic = True
    contact = document.add_paragraph()
    contact.alignment = WD_ALIGN_PARAGRAPH.CENTER
    contact.add_run(f"{extra['street']}, {person.city}, {extra['postal']}")
    contact.add_run().add_break()
    contact.add_run(f"Ffôn: {person.phone}  |  E-bost: {person.email}")
    heading("Proffil Personol")
    document.add_paragraph(extra["summary"])

    def work() -> None:
        heading("Profiad Gwaith")
        table = document.add_table(rows=0, cols=2) if options["table"] else None
        for job in person.jobs:
            start = _cy_month(job.start, form, present)
            span = f"{start} \u2013 {_cy_month(job.end, form, present)}"
            if table is not None:
                cells = table.add_row().cells
                cells[0].width, cells[1].width = Cm(4.0), Cm(12.6)
                cells[0].paragraphs[0].add_run(span)
                cells[1].paragraphs[0].add_run(job.position).bold = True
                cells[1].add_paragraph().add_run(f"{job.company}, {job.city}").italic = True
                for note in job.highlights:
                    bullet(note, cells[1])
            else:
                dated(job.position, span)
                document.add_paragraph().add_run(f"{job.company}, {job.city}").italic = True
                for note in job.highlights:
                    bullet(note)

    def school() -> None:
        heading("Addysg a Chymwysterau")
        for item in extra["edu"]:
            degree = item["studyType"]
            if item["area"]:
                degree = f"{degree} {item['area']}"
            dated(degree, _years(item, present, " \u2013 "))
            document.add_paragraph(item["institution"])
            if item["score"]:
                prefix = "Pynciau: " if item["studyType"] == "Safon Uwch" else "Gradd: "
                document.add_paragraph().add_run(f"{prefix}{item['score']}").italic = True

    if options["education_first"]:
        school()
        work()
    else:
        work()
        school()
    heading("Sgiliau")
    for skill in person.skills:
        bullet(skill)
    heading("Ieithoedd")
    for lang, level in person.languages:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{lang}: ").bold = True
        paragraph.add_run(level)
    heading("Diddordebau")
    document.add_paragraph(", ".join(extra["interests"]))
    heading("Canolwyr")
    if options["referees"]:
        for name, role in extra["referees"]:
            paragraph = document.add_paragraph()
            paragraph.add_run(name).bold = True
            paragraph.add_run().add_break()
            paragraph.add_run(role)
    else:
        document.add_paragraph("Ar gael ar gais.")
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())

"""Forty-eighth held-out round ("holdout-48"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts, three born-digital PDF and
one Word document. The round is sealed: the layouts are described only in the code below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, normalise_zip, profile_links

HOLDOUT_TAG = "holdout-48"
GENERATOR = "tests/eval/holdout48.py"
SEED = 4_817_263

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-moldovan-cv", 3),
    ("pdf-jordanian-cv", 3),
    ("pdf-indeed-resume-export", 3),
    ("docx-turkish-cv-word", 3),
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
LUNI = (
    "ianuarie",
    "februarie",
    "martie",
    "aprilie",
    "mai",
    "iunie",
    "iulie",
    "august",
    "septembrie",
    "octombrie",
    "noiembrie",
    "decembrie",
)
AYLAR = (
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
)

POOLS: dict[str, Pool] = {
    "pdf-moldovan-cv": Pool(
        first=("Mihaela", "Dumitru", "Doina", "Corneliu", "Tatiana", "Iurie"),
        last=("Ciobanu", "Țurcanu", "Bîrlădeanu", "Cojocaru", "Guțu"),
        cities=(
            ("Chișinău", None, "MD-2009", "str. Alexei Mateevici 84, ap. 12"),
            ("Chișinău", None, "MD-2068", "bd. Moscova 17/2, ap. 45"),
            ("Bălți", None, "MD-3100", "str. Ștefan cel Mare 56, ap. 7"),
        ),
        employers=(
            "Codru Logistic SRL",
            "ÎCS Nistru Software Solutions SRL",
            "BC „Basarabia Invest” S.A.",
            "Prut Agro Export SRL",
        ),
        titles=(
            "Contabil-șef",
            "Contabil",
            "Economist",
            "Analist financiar",
        ),
        highlights=(
            "Ținerea evidenței contabile în 1C: Contabilitate 8 conform SNC",
            "Întocmirea rapoartelor financiare trimestriale și anuale",
            "Prezentarea declarațiilor fiscale către SFS prin e-Declarație",
            "Calcularea salariilor și a contribuțiilor de asigurări sociale pentru 85 de angajați",
            "Reconcilierea conturilor bancare și a decontărilor cu furnizorii",
            "Participarea la auditul extern anual și pregătirea documentelor solicitate",
            "Elaborarea bugetului anual și monitorizarea executării acestuia",
            "Instruirea colegilor noi în procedurile interne de contabilitate",
        ),
        skills=(
            "1C: Contabilitate 8.3",
            "Microsoft Excel (tabele pivot, VLOOKUP)",
            "e-Factura",
            "SIA „e-Declarație”",
            "Microsoft Word",
            "Power BI",
        ),
        schools=(
            "Academia de Studii Economice a Moldovei",
            "Universitatea de Stat din Moldova",
            "Universitatea de Stat „Alecu Russo” din Bălți",
        ),
        degrees=(
            ("Licență", "Contabilitate"),
            ("Master", "Audit și control financiar"),
            ("Licență", "Finanțe și bănci"),
        ),
    ),
    "pdf-jordanian-cv": Pool(
        first=("Laith", "Haneen", "Yazan", "Ruba", "Mu'ath", "Sajeda"),
        last=("Obeidat", "Bataineh", "Al-Momani", "Haddadin", "Al-Khasawneh"),
        cities=(
            ("Amman", None, None, "Khalda"),
            ("Amman", None, None, "Tla' Al-Ali"),
            ("Irbid", None, None, "University Street"),
        ),
        employers=(
            "Petra Cloud Systems",
            "Levant Telecom Services Co.",
            "Wadi Rum Data Solutions",
            "Al-Balqa Networks LLC",
        ),
        titles=(
            "Senior Network Engineer",
            "Network Engineer",
            "IT Support Engineer",
            "Systems Administrator",
        ),
        highlights=(
            "Configured and maintained Cisco routers and switches across 14 branches",
            "Implemented site-to-site VPN tunnels between the head office and data center",
            "Monitored network performance using PRTG and resolved escalated incidents",
            "Administered Active Directory, DNS and DHCP for 600+ users",
            "Deployed FortiGate firewalls and wrote the firewall policy documentation",
            "Handled L2 support tickets within SLA for enterprise customers",
            "Migrated on-premises file servers to Microsoft 365 and SharePoint",
            "Prepared weekly reports on network availability for management",
        ),
        skills=(
            "Cisco Routing & Switching",
            "FortiGate Firewalls",
            "VMware vSphere",
            "Windows Server 2019",
            "Active Directory",
            "Linux (Ubuntu, CentOS)",
            "Microsoft 365",
            "Wireshark",
        ),
        schools=(
            "Jordan University of Science and Technology",
            "The University of Jordan",
            "Princess Sumaya University for Technology",
        ),
        degrees=(
            ("B.Sc.", "Computer Engineering"),
            ("B.Sc.", "Network Engineering and Security"),
            ("B.Sc.", "Communications Engineering"),
        ),
    ),
    "pdf-indeed-resume-export": Pool(
        first=("Dameon", "Latrice", "Tremaine", "Kaylynn", "Dequan"),
        last=("Whitfield", "Boudreaux", "Thibodeaux", "Arceneaux"),
        cities=(
            ("Houston", "TX", "77002", ""),
            ("San Antonio", "TX", "78205", ""),
            ("Baton Rouge", "LA", "70802", ""),
        ),
        employers=(
            "Gulf Coast Distribution Center",
            "Bayou Freight Services",
            "Lone Star Home Supply",
            "Magnolia Parcel Hub",
        ),
        titles=(
            "Warehouse Supervisor",
            "Logistics Coordinator",
            "Shift Lead",
            "Inventory Specialist",
        ),
        highlights=(
            "Supervised a team of 18 associates on second shift",
            "Processed inbound and outbound shipments using Manhattan WMS",
            "Conducted cycle counts and reconciled inventory discrepancies",
            "Trained new hires on forklift safety and OSHA procedures",
            "Scheduled carrier pickups and tracked deliveries",
            "Maintained 99.6% order accuracy for two consecutive years",
            "Prepared daily productivity reports for the operations manager",
            "Resolved customer complaints about damaged or missing freight",
        ),
        skills=(
            "Warehouse management (6 years)",
            "Forklift (5 years)",
            "Inventory control (4 years)",
            "Microsoft Excel (3 years)",
            "Supervising experience (3 years)",
            "Shipping & receiving",
            "RF scanner",
            "Logistics",
        ),
        schools=(
            "San Jacinto College",
            "Houston Community College",
            "Baton Rouge Community College",
        ),
        degrees=(
            ("Associate's degree", "Supply Chain Management"),
            ("Associate's degree", "Business Administration"),
            ("Associate's degree", "Logistics Technology"),
        ),
    ),
    "docx-turkish-cv-word": Pool(
        first=("Ecem", "Berkay", "Melike", "Koray", "Sevde", "Ufuk"),
        last=("Çelikkol", "Erdoğdu", "Sarıkaya", "Kuzucu", "Ağırbaş"),
        cities=(
            ("İstanbul", "Kadıköy", "34710", "Caferağa Mah. Moda Cad. No: 143 D: 9"),
            ("Kocaeli", "İzmit", "41040", "Yenişehir Mah. Kartal Sok. No: 6/4"),
            ("Antalya", "Muratpaşa", "07100", "Şirinyalı Mah. 1509 Sok. No: 22 D: 3"),
        ),
        employers=(
            "Toros Enerji Danışmanlık A.Ş.",
            "Haliç Bilişim Teknolojileri Ltd. Şti.",
            "Akdeniz Yapı Malzemeleri A.Ş.",
            "Sakarya Otomasyon Sistemleri A.Ş.",
        ),
        titles=(
            "Kıdemli İnsan Kaynakları Uzmanı",
            "İnsan Kaynakları Uzmanı",
            "Bordro Uzmanı",
            "İnsan Kaynakları Asistanı",
        ),
        highlights=(
            "İşe alım süreçlerinin ilan aşamasından teklif aşamasına kadar yürütülmesi",
            "Aylık bordro hesaplamalarının Logo Bordro Plus ile yapılması",
            "SGK işe giriş ve çıkış bildirgelerinin zamanında verilmesi",
            "Performans değerlendirme sisteminin kurulmasında görev alınması",
            "Yıllık eğitim planının hazırlanması ve takibi",
            "Özlük dosyalarının iş mevzuatına uygun şekilde tutulması",
            "Çalışan memnuniyeti anketlerinin düzenlenmesi ve raporlanması",
            "Stajyer ve yeni mezun programının koordinasyonu",
        ),
        skills=(
            "MS Office (Excel \u2013 ileri seviye)",
            "Logo Bordro Plus",
            "SAP SuccessFactors",
            "Kariyer.net İşveren Paneli",
            "Netsis",
            "Power BI",
        ),
        schools=("Marmara Üniversitesi", "Kocaeli Üniversitesi", "Akdeniz Üniversitesi"),
        degrees=(
            ("Lisans", "İşletme"),
            ("Yüksek Lisans", "İnsan Kaynakları Yönetimi"),
            ("Lisans", "Çalışma Ekonomisi ve Endüstri İlişkileri"),
        ),
    ),
}

COUNTRY = {"pdf-moldovan-cv": "MD", "pdf-jordanian-cv": "JO"}
MD_SUMMARY = (
    "Specialist în domeniul financiar-contabil cu peste opt ani de experiență în companii "
    "private din Republica Moldova. Sunt responsabilă, atentă la detalii și orientată spre "
    "rezultate, cu abilități bune de lucru în echipă."
)
MD_SUMMARY_M = MD_SUMMARY.replace("Sunt responsabilă, atentă", "Sunt responsabil, atent")
MD_SUMMARY_M = MD_SUMMARY_M.replace("orientată", "orientat")
MD_LANGUAGES = (
    ("Română", "limba maternă"),
    ("Rusă", "avansat (C1)"),
    ("Engleză", "intermediar (B2)"),
    ("Franceză", "elementar (A2)"),
)
MD_TRAININGS = (
    "2023 \u2013 Curs „Standardele Naționale de Contabilitate”, ACAP, Chișinău",
    "2022 \u2013 Certificat CAP (Contabil Autorizat Profesionist)",
    "2021 \u2013 Training „Excel pentru economiști”, Centrul de Instruire Tekwill",
)
JO_OBJECTIVE = (
    "Seeking a challenging position as a network engineer in a reputable organization where "
    "I can utilize my technical skills and experience, and continue to develop professionally."
)
JO_COURSES = (
    "CCNA Routing and Switching \u2013 Cisco Networking Academy",
    "CCNP Enterprise (ENCOR) \u2013 New Horizons Amman",
    "Fortinet NSE 4 \u2013 Network Security Professional",
    "ITIL 4 Foundation",
    "Microsoft Certified: Azure Fundamentals (AZ-900)",
)
JO_PERSONAL = ("Leadership", "Team work", "Problem solving", "Working under pressure")
JO_LANGUAGES = (("Arabic", "Native"), ("English", "Very Good"))
IN_SUMMARY = (
    "Dependable warehouse and logistics professional with experience leading shifts, "
    "keeping inventory accurate and getting orders out the door on time."
)
IN_CERTS = (
    ("Forklift Certification", "May 2021 to May 2024"),
    ("OSHA 10", ""),
    ("CPR Certification", "January 2023 to January 2025"),
)
TR_SUMMARY = (
    "İnsan kaynakları alanında işe alım, bordro ve çalışan ilişkileri konularında deneyimli; "
    "analitik düşünebilen, ekip çalışmasına yatkın ve sorumluluk sahibi bir profesyonelim."
)
TR_LANGUAGES = (("İngilizce", "İleri (C1)"), ("Almanca", "Başlangıç (A2)"))
TR_CERTS = (
    "İş Sağlığı ve Güvenliği Temel Eğitimi \u2013 2022",
    "Yetkinlik Bazlı Mülakat Teknikleri \u2013 Kariyer.net Akademi, 2021",
    "SGK Mevzuatı ve Bordro Uygulamaları \u2013 İSMMMO, 2020",
)
TR_REFERENCES = (
    ("Nurhan Aktepe", "İK Müdürü, Toros Enerji Danışmanlık A.Ş.", "0532 555 41 27"),
    ("Levent Başaran", "Genel Müdür Yardımcısı, Akdeniz Yapı Malzemeleri A.Ş.", "0505 555 73 90"),
)


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-moldovan-cv":
        return {
            "dates": rng.choice(("numeric", "words")),
            "accent": rng.choice(((0, 70, 140), (120, 30, 40), (40, 40, 40))),
            "headline": rng.random() < 0.6,
            "order": rng.choice(("work-first", "edu-first")),
        }
    if style == "pdf-jordanian-cv":
        return {
            "dates": rng.choice(("mon", "numeric", "years")),
            "accent": rng.choice(((15, 60, 110), (0, 0, 0), (0, 105, 90))),
            "order": rng.choice(("edu-first", "work-first")),
        }
    if style == "pdf-indeed-resume-export":
        return {
            "dates": rng.choice(("long", "long", "years")),
            "headline": rng.random() < 0.6,
            "summary": rng.random() < 0.6,
        }
    if style == "docx-turkish-cv-word":
        return {
            "dates": rng.choice(("words", "numeric")),
            "font": rng.choice(("Calibri", "Times New Roman", "Arial")),
            "order": rng.choice(("edu-first", "work-first")),
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name).split()
    first, last = slug[0].replace("'", ""), slug[-1].replace("'", "")
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street or None, "postal": postal}
    label: str | None = None
    url: str | None = None
    languages: list[tuple[str, str]] = []
    skills: list[str] = []
    take = rng.choice((3, 4))
    jobs = _chain(rng, pool, take, rng.random() < 0.7)
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    if style == "pdf-moldovan-cv":
        phone = rng.choice(
            (
                f"+373 {rng.choice((60, 68, 69, 78, 79))} {rng.randint(100, 999)} "
                f"{rng.randint(100, 999)}",
                f"0{rng.choice((60, 68, 69, 78, 79))} {rng.randint(100, 999)} "
                f"{rng.randint(100, 999)}",
            )
        )
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'mail.ru', 'yahoo.com'))}"
        label = jobs[0].position
        female = name.split()[0] in ("Mihaela", "Doina", "Tatiana")
        extra["summary"] = MD_SUMMARY if female else MD_SUMMARY_M
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{end_year - 22}"
        extra["female"] = female
        for job in jobs:
            job.city = rng.choice((city, "Chișinău"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        school = pool.schools[idx] if city != "Bălți" else pool.schools[2]
        if study == "Master":
            degrees.append(Degree(school, study, area, (end_year - 2, 9), (end_year, 6)))
            end_year -= 2
            study, area = pool.degrees[0]
        degrees.append(Degree(school, study, area, (end_year - 3, 9), (end_year, 6)))
        extra["trainings"] = rng.sample(MD_TRAININGS, rng.randint(1, 3))
        languages = [MD_LANGUAGES[0], *MD_LANGUAGES[1 : 1 + rng.randint(1, 3)]]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-jordanian-cv":
        phone = rng.choice(
            (
                f"+962 7{rng.choice((7, 8, 9))} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                f"07{rng.choice((7, 8, 9))}{rng.randint(1000000, 9999999)}",
            )
        )
        email = f"{first}.{last.replace('-', '')}{rng.randint(1, 99)}@gmail.com"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last.replace('-', '')}"
        extra["summary"] = JO_OBJECTIVE
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 22}"
        extra["marital"] = rng.choice(("Single", "Married"))
        for job in jobs:
            job.city = rng.choice((city, "Amman", "Amman"))
        study, area = rng.choice(pool.degrees)
        degrees.append(
            Degree(rng.choice(pool.schools), study, area, (end_year - 5, 9), (end_year, 6))
        )
        extra["gpa"] = f"{rng.randint(280, 368) / 100:.2f}/4.00"
        extra["courses"] = rng.sample(JO_COURSES, rng.randint(3, 4))
        extra["personal"] = list(JO_PERSONAL)
        languages = list(JO_LANGUAGES)
        skills = rng.sample(pool.skills, rng.randint(5, 7))
    elif style == "pdf-indeed-resume-export":
        area = {"Houston": ("713", "832"), "San Antonio": ("210", "726"), "Baton Rouge": ("225",)}
        phone = f"+1 {rng.choice(area[city])} 555 {rng.randint(1000, 9999)}"
        email = f"{first}{last}{rng.randint(10, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        label = jobs[0].position
        extra["summary"] = IN_SUMMARY
        for job in jobs:
            job.city = rng.choice((f"{city}, {region}", "Katy, TX", "Gonzales, LA"))
        idx = [c[0] for c in pool.cities].index(city)
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 2, 8), (end_year, 5)))
        extra["school_city"] = {
            "Houston": "Pasadena, TX",
            "San Antonio": "Houston, TX",
            "Baton Rouge": "Baton Rouge, LA",
        }[city]
        extra["certs"] = rng.sample(IN_CERTS, rng.randint(1, 3))
        extra["relocate"] = rng.random() < 0.5
        skills = rng.sample(pool.skills, rng.randint(5, 7))
    else:
        phone = rng.choice(
            (
                f"0 (5{rng.randint(30, 55)}) {rng.randint(100, 999)} {rng.randint(10, 99)} "
                f"{rng.randint(10, 99)}",
                f"+90 5{rng.randint(30, 55)} {rng.randint(100, 999)} {rng.randint(10, 99)} "
                f"{rng.randint(10, 99)}",
            )
        )
        email = f"{first}{last}@{rng.choice(('gmail.com', 'hotmail.com', 'outlook.com'))}"
        extra["summary"] = TR_SUMMARY
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{end_year - 22}"
        extra["marital"] = rng.choice(("Bekâr", "Evli"))
        extra["military"] = name.split()[0] in ("Berkay", "Koray", "Ufuk")
        extra["district"] = region
        extra["licence"] = rng.random() < 0.6
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}{last}"
        region = None
        for job in jobs:
            job.city = rng.choice((city, "İstanbul"))
        idx = [c[0] for c in pool.cities].index(city)
        study, area = pool.degrees[idx]
        if study == "Yüksek Lisans":
            degrees.append(Degree(pool.schools[0], study, area, (end_year - 2, 9), (end_year, 6)))
            end_year -= 2
            study, area = pool.degrees[0]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 9), (end_year, 6)))
        extra["gno"] = f"{rng.randint(260, 360) / 100:.2f} / 4,00".replace(".", ",")
        extra["certs"] = rng.sample(TR_CERTS, rng.randint(2, 3))
        extra["references"] = rng.random() < 0.5
        languages = rng.sample(TR_LANGUAGES, rng.randint(1, 2))
        skills = rng.sample(pool.skills, rng.randint(4, 6))
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
    location: dict[str, Any] = {"city": person.city, "countryCode": COUNTRY.get(style)}
    label = person.label
    summary = extra.get("summary")
    if style == "pdf-moldovan-cv":
        location |= {"address": extra["street"], "postalCode": extra["postal"]}
        if not options["headline"]:
            label = None
    elif style == "pdf-indeed-resume-export":
        location |= {"region": person.region, "postalCode": extra["postal"]}
        if not options["headline"]:
            label = None
        if not options["summary"]:
            summary = None
    elif style == "docx-turkish-cv-word":
        location |= {
            "address": f"{extra['street']} {extra['district']}",
            "postalCode": extra["postal"],
        }
    basics = drop_empty(
        {
            "name": person.name,
            "label": label,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "summary": summary,
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
        if style == "pdf-jordanian-cv":
            item |= {"endDate": str(d.end[0]), "score": extra["gpa"]}
        elif style == "pdf-indeed-resume-export":
            if options["dates"] == "years":
                item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
            else:
                item |= {
                    "startDate": iso_month(d.start, "month"),
                    "endDate": iso_month(d.end, "month"),
                }
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
            if style == "docx-turkish-cv-word" and d is person.degrees[-1]:
                item["score"] = extra["gno"]
        education.append(drop_empty(item))
    skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    certificates: list[dict[str, Any]] = []
    if style == "pdf-jordanian-cv":
        certificates = [{"name": course} for course in extra["courses"]]
    elif style == "pdf-indeed-resume-export":
        certificates = [{"name": cert} for cert, _ in extra["certs"]]
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
    if style == "pdf-moldovan-cv":
        return _moldovan(person, options), "pdf"
    if style == "pdf-jordanian-cv":
        return _jordanian(person, options), "pdf"
    if style == "pdf-indeed-resume-export":
        return _indeed(person, options), "pdf"
    if style == "docx-turkish-cv-word":
        return _turkish_docx(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _md_month(month: Month | None, form: str) -> str:
    if form == "numeric":
        return "prezent" if month is None else f"{month[1]:02d}.{month[0]}"
    return "prezent" if month is None else f"{LUNI[month[1] - 1]} {month[0]}"


def _moldovan(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra, accent = options["dates"], person.extra, options["accent"]
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    x, width, gutter = 18.0, 174.0, 46.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 287)
        pdf.set_font("Serif", "", 7.5)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(width, 4, f"Pagina {pdf.page_no()} din {{nb}}", align="C")
        pdf.set_text_color(0, 0, 0)
        y = 16.0

    def need(height: float) -> None:
        if y + height > 280:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10.2)
        pdf.set_text_color(*accent)
        pdf.cell(gutter - 4, 6, text, align="R")
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.4)
        pdf.line(x + gutter, y + 3.2, x + width, y + 3.2)
        pdf.set_text_color(0, 0, 0)
        y += 9

    def row(key: str, value: str, bold: bool = False) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 8.6)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(gutter - 4, 4.8, key, align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Serif", "B" if bold else "", 9.3)
        pdf.multi_cell(width - gutter, 4.8, value, align="L")
        y = pdf.get_y() + 0.6

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 15)
    pdf.set_text_color(*accent)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    pdf.set_xy(x, y + 9)
    pdf.set_font("Serif", "B", 12)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(width, 6, person.name, align="C")
    y += 17
    top = y
    pdf.set_draw_color(170, 170, 170)
    pdf.set_line_width(0.2)
    pdf.rect(x + width - 30, top + 4, 30, 38)
    pdf.set_xy(x + width - 30, top + 21)
    pdf.set_font("Serif", "I", 7)
    pdf.set_text_color(150, 150, 150)
    pdf.cell(30, 4, "Fotografie", align="C")
    pdf.set_text_color(0, 0, 0)
    wide = width
    width = width - 34
    heading("Date personale")
    parts = person.name.split()
    rows = [
        ("Nume, prenume", f"{parts[-1].upper()} {' '.join(parts[:-1])}", True),
        ("Data nașterii", extra["born"], False),
        (
            "Adresa",
            f"{extra['street']}, {extra['postal']} {person.city}, Republica Moldova",
            False,
        ),
        ("Telefon mobil", person.phone, False),
        ("E-mail", person.email, False),
        ("Cetățenia", "Republica Moldova", False),
        ("Sexul", "feminin" if extra["female"] else "masculin", False),
    ]
    for key, value, bold in rows:
        row(key, value, bold)
    width = wide
    y = max(y, top + 46)
    if options["headline"]:
        heading("Funcția solicitată")
        row("", person.label or "", True)
    heading("Profil profesional")
    row("", extra["summary"])

    def work() -> None:
        nonlocal y
        heading("Experiența profesională")
        for job in person.jobs:
            need(30)
            row("Perioada", f"{_md_month(job.start, form)} \u2013 {_md_month(job.end, form)}")
            row("Funcția", job.position, True)
            row("Angajatorul", f"{job.company}, {job.city}")
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "", 8.6)
            pdf.set_text_color(90, 90, 90)
            pdf.multi_cell(gutter - 4, 4.8, "Activități și\nresponsabilități", align="R")
            pdf.set_text_color(0, 0, 0)
            for note in job.highlights:
                need(6)
                pdf.set_xy(x + gutter, y)
                pdf.set_font("Serif", "", 9.1)
                pdf.cell(4, 4.7, "\u2013")
                pdf.multi_cell(width - gutter - 4, 4.7, note, align="L")
                y = pdf.get_y() + 0.4
            y += 3.5

    def education() -> None:
        nonlocal y
        heading("Educație și formare")
        for d in person.degrees:
            need(22)
            row("Perioada", f"{d.start[0]} \u2013 {d.end[0]}")
            row("Instituția de învățământ", d.institution, True)
            row("Calificarea obținută", f"{d.study}, specialitatea „{d.area}”")
            y += 3
        row("Cursuri și instruiri", "")
        y -= 5.4
        for item in extra["trainings"]:
            row("", item)

    if options["order"] == "work-first":
        work()
        education()
    else:
        education()
        work()
    heading("Competențe lingvistice")
    for lang, level in person.languages:
        row(lang, level)
    heading("Competențe digitale")
    for skill in person.skills:
        need(6)
        pdf.set_xy(x + gutter, y)
        pdf.set_font("Serif", "", 9.1)
        pdf.cell(4, 4.7, "•")
        pdf.cell(width - gutter - 4, 4.7, skill)
        y += 5
    heading("Informații suplimentare")
    row("Permis de conducere", "categoria B")
    row("Calități personale", "responsabilitate, punctualitate, spirit de echipă")
    _check(y, 282, person)
    return bytes(pdf.output())


def _jo_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Present"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    if form == "years":
        return str(month[0])
    return f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"


def _jordanian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra, accent = options["dates"], person.extra, options["accent"]
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("CV")
    x, width = 16.0, 178.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 15.0

    def need(height: float) -> None:
        if y + height > 282:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 3
        pdf.set_fill_color(232, 236, 242)
        pdf.rect(x, y, width, 6.6, style="F")
        pdf.set_xy(x + 2, y + 0.6)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(width - 4, 5.4, text)
        pdf.set_text_color(0, 0, 0)
        y += 9.5

    def bullet(text: str, indent: float = 3.0, size: float = 9.2) -> None:
        nonlocal y
        need(5)
        pdf.set_xy(x + indent, y)
        pdf.set_font("Sans", "", size)
        pdf.cell(4, 4.6, "•")
        pdf.multi_cell(width - indent - 4, 4.6, text, align="L")
        y = pdf.get_y() + 0.4

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 21)
    pdf.set_text_color(*accent)
    pdf.cell(width, 9, person.name, align="C")
    pdf.set_text_color(0, 0, 0)
    y += 11
    pdf.set_font("Sans", "", 9)
    place = person.city if person.city != "Amman" else f"{extra['street']}, {person.city}"
    for line in (
        f"{place}, Jordan  |  Mobile: {person.phone}",
        f"Email: {person.email}  |  {extra['linkedin'].removeprefix('https://www.')}",
    ):
        pdf.set_xy(x, y)
        pdf.cell(width, 4.8, line, align="C")
        y += 4.9
    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.6)
    pdf.line(x, y + 1.5, x + width, y + 1.5)
    y += 2
    heading("Objective")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 9.2)
    pdf.multi_cell(width, 4.7, extra["summary"], align="J")
    y = pdf.get_y() + 1

    def education() -> None:
        nonlocal y
        heading("Education")
        for d in person.degrees:
            need(16)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 9.8)
            pdf.cell(width - 40, 5, f"{d.study} in {d.area}")
            pdf.set_font("Sans", "", 9.2)
            pdf.cell(40, 5, f"Graduated {d.end[0]}", align="R")
            pdf.set_xy(x, y + 5)
            pdf.cell(
                width,
                5,
                f"{d.institution}, {'Irbid' if 'Science' in d.institution else 'Amman'}, Jordan",
            )
            pdf.set_xy(x, y + 10)
            pdf.cell(width, 5, f"GPA: {extra['gpa']}")
            y += 16.5

    def experience() -> None:
        nonlocal y
        heading("Work Experience")
        for job in person.jobs:
            need(26)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 9.8)
            pdf.cell(width - 50, 5, job.position)
            pdf.set_font("Sans", "B", 9)
            pdf.cell(
                50, 5, f"{_jo_month(job.start, form)} \u2013 {_jo_month(job.end, form)}", align="R"
            )
            pdf.set_xy(x, y + 5)
            pdf.set_font("Sans", "I", 9.2)
            pdf.cell(width, 5, f"{job.company} \u2013 {job.city}, Jordan")
            y += 11
            for note in job.highlights:
                bullet(note)
            y += 2.5

    if options["order"] == "edu-first":
        education()
        experience()
    else:
        experience()
        education()
    heading("Training Courses & Certificates")
    for course in extra["courses"]:
        bullet(course)
    heading("Technical Skills")
    for skill in person.skills:
        bullet(skill)
    heading("Personal Skills")
    bullet(", ".join(extra["personal"]) + ".")
    heading("Languages")
    for lang, level in person.languages:
        bullet(f"{lang}: {level}")
    heading("Personal Information")
    for key, value in (
        ("Nationality", "Jordanian"),
        ("Date of Birth", extra["born"]),
        ("Marital Status", extra["marital"]),
    ):
        need(5)
        pdf.set_xy(x + 3, y)
        pdf.set_font("Sans", "B", 9.2)
        pdf.cell(34, 4.8, f"{key}:")
        pdf.set_font("Sans", "", 9.2)
        pdf.cell(width - 37, 4.8, value)
        y += 5
    heading("References")
    pdf.set_xy(x + 3, y)
    pdf.set_font("Sans", "", 9.2)
    pdf.cell(width, 4.8, "Available upon request.")
    y += 5
    _check(y, 286, person)
    return bytes(pdf.output())


def _in_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Present"
    return str(month[0]) if form == "years" else f"{MONTHS_EN[month[1] - 1]} {month[0]}"


def _indeed(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(person.name)
    pdf.set_creator("Indeed")
    x, width = 19.0, 177.9
    ink, grey = (45, 45, 45), (100, 100, 100)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page(format="letter")
        y = 19.0

    def need(height: float) -> None:
        if y + height > 262:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(18)
        y += 5
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 12.5)
        pdf.set_text_color(*ink)
        pdf.cell(width, 6, text)
        y += 7.5
        pdf.set_draw_color(220, 220, 220)
        pdf.set_line_width(0.3)
        pdf.line(x, y, x + width, y)
        y += 3

    def text(value: str, size: float, look: str = "", color: tuple[int, int, int] = ink) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", look, size)
        pdf.set_text_color(*color)
        pdf.multi_cell(width, size * 0.5, value, align="L")
        pdf.set_text_color(*ink)
        y = pdf.get_y() + 0.8

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 20)
    pdf.set_text_color(*ink)
    pdf.cell(width, 9, person.name)
    y += 11
    if options["headline"]:
        text(person.label or "", 11)
    text(f"{person.city}, {person.region} {extra['postal']}", 9.5, color=grey)
    text(person.email, 9.5, color=grey)
    text(person.phone, 9.5, color=grey)
    if extra["relocate"]:
        y += 2
        text("Willing to relocate: Anywhere", 9.5)
        text("Authorized to work in the US for any employer", 9.5)
    if options["summary"]:
        heading("Summary")
        text(extra["summary"], 9.5)
    heading("Work Experience")
    for job in person.jobs:
        need(24)
        text(job.position, 11, "B")
        text(f"{job.company} - {job.city}", 9.5)
        text(f"{_in_month(job.start, form)} to {_in_month(job.end, form)}", 9.5, color=grey)
        y += 1
        for note in job.highlights:
            need(5)
            pdf.set_xy(x + 1, y)
            pdf.set_font("Sans", "", 9.5)
            pdf.cell(4, 4.8, "•")
            pdf.multi_cell(width - 5, 4.8, note, align="L")
            y = pdf.get_y() + 0.3
        y += 4
    heading("Education")
    for d in person.degrees:
        need(18)
        text(f"{d.study} in {d.area}", 11, "B")
        text(f"{d.institution} - {extra['school_city']}", 9.5)
        text(f"{_in_month(d.start, form)} to {_in_month(d.end, form)}", 9.5, color=grey)
        y += 3
    heading("Skills")
    for skill in person.skills:
        need(5)
        pdf.set_xy(x + 1, y)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(4, 4.8, "•")
        pdf.cell(width - 5, 4.8, skill)
        y += 5.2
    heading("Certifications and Licenses")
    for cert, span in extra["certs"]:
        need(12)
        text(cert, 10.5, "B")
        if span:
            text(span, 9.5, color=grey)
        y += 2
    _check(y, 266, person)
    return bytes(pdf.output())


def _tr_month(month: Month | None, form: str) -> str:
    if form == "numeric":
        return "Devam Ediyor" if month is None else f"{month[1]:02d}.{month[0]}"
    return "Halen" if month is None else f"{AYLAR[month[1] - 1]} {month[0]}"


def _turkish_docx(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
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
    properties.title = "Özgeçmiş"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(1.8)
    normal = document.styles["Normal"]
    normal.font.name = options["font"]
    normal.font.size = Pt(10.5 if options["font"] != "Times New Roman" else 11)
    normal.paragraph_format.space_after = Pt(2)
    navy = RGBColor(0x1F, 0x3A, 0x64)

    def bottom_border(paragraph: Any) -> None:
        props = paragraph._p.get_or_add_pPr()
        borders = OxmlElement("w:pBdr")
        line = OxmlElement("w:bottom")
        for key, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1")):
            line.set(qn(key), value)
        line.set(qn("w:color"), "1F3A64")
        borders.append(line)
        props.append(borders)

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.space_after = Pt(4)
        run = paragraph.add_run(text)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(12), navy
        bottom_border(paragraph)

    def pairs(rows: list[tuple[str, str]]) -> None:
        table = document.add_table(rows=0, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        for key, value in rows:
            cells = table.add_row().cells
            cells[0].width, cells[1].width = Cm(4.5), Cm(12.5)
            cells[0].paragraphs[0].add_run(key).bold = True
            cells[1].paragraphs[0].add_run(f": {value}")

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("ÖZGEÇMİŞ")
    run.bold, run.font.size, run.font.color.rgb = True, Pt(16), navy
    name = document.add_paragraph()
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = name.add_run(person.name.replace("i", "İ").replace("ı", "I").upper())
    run.bold, run.font.size = True, Pt(14)
    heading("KİŞİSEL BİLGİLER")
    rows = [
        ("Adı Soyadı", person.name),
        ("Doğum Tarihi", extra["born"]),
        ("Medeni Durumu", extra["marital"]),
    ]
    if extra["military"]:
        rows.append(("Askerlik Durumu", "Yapıldı"))
    rows += [
        ("Ehliyet", "B Sınıfı" if extra["licence"] else "Yok"),
        ("Adres", f"{extra['street']} {extra['district']}/{person.city} {extra['postal']}"),
        ("Cep Telefonu", person.phone),
        ("E-posta", person.email),
        ("LinkedIn", extra["linkedin"].removeprefix("https://")),
    ]
    pairs(rows)
    heading("KARİYER HEDEFİ")
    document.add_paragraph(extra["summary"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    def education() -> None:
        heading("EĞİTİM BİLGİLERİ")
        table = document.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        for cell, text in zip(
            table.rows[0].cells, ("Tarih", "Okul", "Bölüm / Derece"), strict=True
        ):
            cell.paragraphs[0].add_run(text).bold = True
        for d in person.degrees:
            cells = table.add_row().cells
            cells[0].text = f"{d.start[0]} \u2013 {d.end[0]}"
            cells[1].text = d.institution
            cells[2].text = f"{d.area} ({d.study})"
            if d is person.degrees[-1]:
                cells[2].add_paragraph(f"Not Ortalaması: {extra['gno']}")
        for row in table.rows:
            widths = (Cm(3), Cm(6.5), Cm(7.5))
            for cell, size in zip(row.cells, widths, strict=True):
                cell.width = size

    def experience() -> None:
        heading("İŞ DENEYİMİ")
        for job in person.jobs:
            line = document.add_paragraph()
            line.paragraph_format.space_before = Pt(6)
            line.paragraph_format.space_after = Pt(0)
            line.paragraph_format.keep_with_next = True
            line.add_run(job.company).bold = True
            line.add_run(f" \u2013 {job.city}")
            line = document.add_paragraph()
            line.paragraph_format.space_after = Pt(0)
            line.add_run("Pozisyon: ").bold = True
            line.add_run(job.position)
            line = document.add_paragraph()
            line.paragraph_format.space_after = Pt(2)
            line.add_run("Tarih: ").bold = True
            line.add_run(f"{_tr_month(job.start, form)} \u2013 {_tr_month(job.end, form)}")
            document.add_paragraph("Görev ve Sorumluluklar:").runs[0].italic = True
            for note in job.highlights:
                item = document.add_paragraph(note, style="List Bullet")
                item.paragraph_format.space_after = Pt(0)

    if options["order"] == "edu-first":
        education()
        experience()
    else:
        experience()
        education()
    heading("YABANCI DİL BİLGİSİ")
    pairs(list(person.languages))
    heading("BİLGİSAYAR BİLGİSİ")
    for skill in person.skills:
        document.add_paragraph(skill, style="List Bullet").paragraph_format.space_after = Pt(0)
    heading("SERTİFİKALAR VE KURSLAR")
    for cert in extra["certs"]:
        document.add_paragraph(cert, style="List Bullet").paragraph_format.space_after = Pt(0)
    heading("REFERANSLAR")
    if extra["references"]:
        for ref, role, mobile in TR_REFERENCES:
            document.add_paragraph(f"{ref} \u2013 {role} \u2013 Tel: {mobile}")
    else:
        document.add_paragraph("İstenildiği takdirde verilecektir.")
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())

"""Twenty-sixth held-out round ("holdout-26"): more layouts, written blind (without
reading the parser) and meant to be measured once, untuned. Four layouts, three born-digital
PDF and one Word document. The round is sealed: the layouts are described only in the code
below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a day where a day is printed, a country code only where a
country is printed).
"""

from __future__ import annotations

import io
import random
import zipfile
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month

HOLDOUT_TAG = "holdout-26"
GENERATOR = "tests/eval/holdout26.py"
SEED = 2_617_839

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-europass-2020", 3),
    ("pdf-chinese-english", 3),
    ("pdf-indonesian-cv", 3),
    ("docx-word-twocol-template", 3),
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
BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)

POOLS: dict[str, Pool] = {
    "pdf-europass-2020": Pool(
        first=("Špela", "Nejc", "Urška", "Tjaša", "Matevž", "Anže"),
        last=("Kovačič", "Žagar", "Hribar", "Rozman", "Zupančič Golob"),
        cities=(
            ("Ljubljana", None, "1000", "Trubarjeva cesta 42"),
            ("Maribor", None, "2000", "Partizanska cesta 18"),
            ("Celje", None, "3000", "Mariborska cesta 7"),
        ),
        employers=(
            "Savinja Zavarovalnica d.d.",
            "Kraški Podatki d.o.o.",
            "Dravinja Logistika d.o.o.",
            "Pohorje Revizija d.o.o.",
        ),
        titles=(
            "Data Analyst",
            "Business Intelligence Developer",
            "Financial Analyst",
            "Junior Consultant",
        ),
        highlights=(
            "Designed and maintained Power BI dashboards for the claims department",
            "Automated monthly reporting with Python and SQL, saving two working days per month",
            "Collaborated with IT on the migration of the data warehouse to Azure",
            "Prepared variance analyses for the management board",
            "Trained business users in self-service reporting",
            "Supported the annual budgeting process for four business units",
            "Documented data quality rules and KPI definitions",
            "Took part in client audits in the retail and logistics sectors",
        ),
        skills=(
            "Microsoft Excel",
            "Power BI",
            "SQL",
            "Python",
            "SAP FI/CO",
            "Microsoft Azure (Data Factory, Synapse)",
            "Tableau",
        ),
        schools=(
            "University of Ljubljana, School of Economics and Business",
            "University of Maribor, Faculty of Economics and Business",
            "International School for Social and Business Studies",
        ),
        degrees=(
            ("Master of Science", "Business Analytics"),
            ("Bachelor of Science", "Economics"),
            ("Master of Science", "Business Informatics"),
        ),
    ),
    "pdf-chinese-english": Pool(
        first=("Yutong", "Haoran", "Zixuan", "Jiahui", "Mingze", "Xinyi"),
        last=("Qin", "Lu", "Ren", "Shen", "Fang"),
        cities=(
            ("Hangzhou", "Zhejiang", None, ""),
            ("Chengdu", "Sichuan", None, ""),
            ("Shenzhen", "Guangdong", None, ""),
        ),
        employers=(
            "Hangzhou Qiantang Cloud Technology Co., Ltd.",
            "Chengdu Tianfu Zhixin Information Technology Co., Ltd.",
            "Shenzhen Pengcheng Digital Payment Co., Ltd.",
            "Suzhou Jinji Lake Intelligent Manufacturing Co., Ltd.",
        ),
        titles=(
            "Senior Java Development Engineer",
            "Java Development Engineer",
            "Back-end Development Engineer",
            "Software Engineer",
        ),
        highlights=(
            "Responsible for the design and development of the order center based on Spring Cloud",
            "Optimized slow SQL queries and reduced the average response time by 40%",
            "Participated in the migration of the payment system to a microservice architecture",
            "Used Redis and Kafka to support peak traffic of 20,000 QPS during Double 11",
            "Wrote technical documents and interface specifications for the team",
            "Led code review and mentored two junior developers",
            "Built the monitoring and alarm platform with Prometheus and Grafana",
            "Cooperated with product managers to analyze requirements and estimate workload",
        ),
        skills=(
            "Java",
            "Spring Boot",
            "Spring Cloud",
            "MySQL",
            "Redis",
            "Kafka",
            "Docker",
            "Linux",
            "Elasticsearch",
        ),
        schools=(
            "Zhejiang University of Technology",
            "Southwest Jiaotong University",
            "Harbin Institute of Technology, Shenzhen",
        ),
        degrees=(
            ("Bachelor", "Software Engineering"),
            ("Bachelor", "Computer Science and Technology"),
            ("Master", "Computer Technology"),
        ),
    ),
    "pdf-indonesian-cv": Pool(
        first=("Rizky", "Nurul", "Ayu", "Dimas", "Putri", "Fajar"),
        last=("Simanjuntak", "Hutapea", "Nasution", "Siregar", "Lubis"),
        cities=(
            ("Surabaya", None, "60241", "Jl. Raya Darmo Permai III No. 27"),
            ("Semarang", None, "50241", "Jl. Sultan Agung No. 112"),
            ("Medan", None, "20152", "Jl. Gatot Subroto Gg. Melati No. 8"),
        ),
        employers=(
            "PT Sinar Niaga Nusantara",
            "PT Samudra Baja Perkasa",
            "CV Karya Mandiri Sejahtera",
            "PT Bumi Agro Lestari Tbk",
        ),
        titles=(
            "Staf Akuntansi",
            "Supervisor Keuangan",
            "Staf Administrasi Pajak",
            "Admin Keuangan",
        ),
        highlights=(
            "Membuat jurnal harian dan laporan keuangan bulanan",
            "Melakukan rekonsiliasi bank dan piutang usaha",
            "Menyiapkan SPT Masa PPN dan PPh 21 melalui e-Faktur dan e-Bupot",
            "Mengelola kas kecil dan pembayaran kepada vendor",
            "Membantu proses audit eksternal tahunan",
            "Menginput data transaksi ke sistem Accurate",
            "Menyusun laporan stok gudang bersama bagian logistik",
            "Mengarsipkan dokumen keuangan dan faktur pajak",
        ),
        skills=(
            "Microsoft Office (Excel, Word, PowerPoint)",
            "Accurate",
            "MYOB",
            "SAP FI",
            "Zahir Accounting",
            "e-Faktur",
        ),
        schools=("Universitas Airlangga", "Universitas Diponegoro", "Universitas Sumatera Utara"),
        degrees=(("S1", "Akuntansi"), ("D3", "Akuntansi"), ("S1", "Manajemen Keuangan")),
    ),
    "docx-word-twocol-template": Pool(
        first=("Ealasaid", "Ruairidh", "Seònaid", "Eilidh", "Catrìona", "Dòmhnall"),
        last=("Caimbeul", "Rothach", "MacLeòid", "Moireasdan", "Dùghallach"),
        cities=(
            ("Elgin", None, "IV30 1QB", "14 Moss Street"),
            ("Dumfries", None, "DG1 2BD", "7 Lovers Walk"),
            ("Irvine", None, "KA12 8BP", "42 Bank Street"),
        ),
        employers=(
            "Almondvale Medical Devices Ltd.",
            "Nithsdale Diagnostics",
            "Moray Precision Engineering Ltd.",
            "Lochaber Biologics",
        ),
        titles=(
            "Quality Engineer",
            "Senior Quality Engineer",
            "Validation Engineer",
            "Process Engineer",
        ),
        highlights=(
            "Led CAPA investigations and root cause analysis for catheter assembly lines",
            "Wrote and executed IQ/OQ/PQ protocols for new moulding equipment",
            "Supported the FDA and notified body audits with zero major findings",
            "Reduced scrap on the final inspection line by 18% using SPC",
            "Maintained risk management files to ISO 14971",
            "Trained operators on revised work instructions and GMP",
            "Managed supplier quality issues and SCARs with European vendors",
            "Introduced a Lean 5S programme across two cleanrooms",
        ),
        skills=(
            "ISO 13485",
            "Minitab",
            "Six Sigma Green Belt",
            "Root Cause Analysis",
            "SolidWorks",
            "SAP QM",
            "Validation (IQ/OQ/PQ)",
        ),
        schools=(
            "Robert Gordon University",
            "University of the West of Scotland",
            "Glasgow Caledonian University",
        ),
        degrees=(
            ("BEng (Hons)", "Biomedical Engineering"),
            ("BEng (Hons)", "Mechanical Engineering"),
            ("MSc", "Medical Device Engineering"),
        ),
    ),
}

COUNTRY = {"pdf-europass-2020": "SI", "docx-word-twocol-template": "GB"}
EU_ABOUT = (
    "Analytical and detail-oriented professional with experience in reporting, data modelling "
    "and financial analysis in insurance and logistics. I enjoy turning raw data into clear "
    "information for decision makers."
)
EU_SCHOOL_CITY = {
    "University of Ljubljana, School of Economics and Business": "Ljubljana",
    "University of Maribor, Faculty of Economics and Business": "Maribor",
    "International School for Social and Business Studies": "Celje",
}
EU_LANGS = (("English", "C1"), ("Spanish", "B2"), ("French", "B1"), ("German", "A2"))
CN_EVALUATION = (
    "Honest and responsible, with strong learning ability and good team spirit. Able to work "
    "under pressure and willing to accept challenges. Passionate about back-end technology "
    "and high-concurrency systems."
)
CN_COURSES = (
    "Data Structures, Operating Systems, Computer Networks, Database Principles, "
    "Software Engineering, Java Programming"
)
CN_CERTS = (
    "CET-6",
    "National Computer Rank Examination (Level 2)",
    "Oracle Certified Professional, Java SE 11 Developer",
    "First-class Scholarship",
)
ID_SUMMARY = (
    "Lulusan akuntansi yang teliti, jujur, dan bertanggung jawab. Terbiasa bekerja dengan "
    "target dan tenggat waktu, serta mampu bekerja sama dalam tim maupun mandiri."
)
ID_TRAINING = (
    ("Brevet Pajak A & B", "IAI Wilayah Jawa Timur", 2019),
    ("Pelatihan Accurate Accounting", "Lembaga Kursus Prima", 2018),
    ("Sertifikasi Teknisi Akuntansi Muda", "IAI", 2021),
)
IE_PROFILE = (
    "Quality engineer with a background in medical devices, experienced in validation, "
    "CAPA and supplier quality within ISO 13485 regulated environments. Calm under audit "
    "and happiest on the production floor."
)
IE_INTERESTS = "Hill walking (Munros), shinty (club coach, U-12), traditional music"


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-europass-2020":
        return {
            "dates": rng.choice(("day", "month")),
            "about": rng.random() < 0.7,
            "order": rng.choice(("work-first", "education-first")),
        }
    if style == "pdf-chinese-english":
        return {
            "dates": rng.choice(("dot", "slash", "mon")),
            "accent": rng.choice(((31, 78, 121), (0, 112, 160), (196, 60, 40), (60, 60, 60))),
            "order": rng.choice(("education-first", "work-first")),
        }
    if style == "pdf-indonesian-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "title": rng.choice(("DAFTAR RIWAYAT HIDUP", "CURRICULUM VITAE")),
            "photo": rng.random() < 0.6,
        }
    if style == "docx-word-twocol-template":
        return {
            "dates": rng.choice(("mon", "long", "years")),
            "shade": rng.choice(("DCE6F0", "E7E6E6", "E2EFD9")),
            "headline": rng.random() < 0.6,
            "order": rng.choice(("work-first", "education-first")),
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name).split()
    first, last = slug[0], slug[-1]
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street or None, "postal": postal}
    label: str | None = None
    languages: list[tuple[str, str]] = []
    jobs = _chain(rng, pool, 3, rng.random() < 0.7)
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    if style == "pdf-europass-2020":
        phone = f"(+386) {rng.choice((30, 31, 40, 41, 51, 68))} {rng.randint(100, 999)} "
        phone += f"{rng.randint(100, 999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'siol.net', 't-2.net'))}"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(10, 99)}"
        extra["summary"] = EU_ABOUT
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{end_year - 23}"
        extra["gender"] = "Male" if name.split()[0] in ("Nejc", "Matevž", "Anže") else "Female"
        extra["days"] = [(rng.randint(1, 28), rng.randint(1, 28)) for _ in jobs]
        for job in jobs:
            job.city = rng.choice((city, "Ljubljana"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        grades = []
        if study.startswith("Master"):
            degrees.append(Degree(pool.schools[idx], study, area, (end_year - 2, 9), (end_year, 7)))
            grades.append(f"{rng.randint(82, 99) / 10:.1f}")
            end_year -= 2
            study, area = pool.degrees[1]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 3, 9), (end_year, 7)))
        grades.append(f"{rng.randint(72, 95) / 10:.1f}")
        extra["grades"] = grades
        extra["licence"] = rng.random() < 0.7
        languages = [("Slovenian", "Mother tongue"), *rng.sample(EU_LANGS, rng.randint(1, 3))]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-chinese-english":
        phone = f"(+86) 1{rng.choice((38, 39, 58, 86))}-{rng.randint(1000, 9999)}-"
        phone += f"{rng.randint(1000, 9999)}"
        email = (
            f"{first}{last}{rng.randint(90, 99)}@{rng.choice(('163.com', 'qq.com', 'foxmail.com'))}"
        )
        label = jobs[0].position
        extra["summary"] = CN_EVALUATION
        for job in jobs:
            job.city = ""  # not printed in this layout
        idx = [c[0] for c in pool.cities].index(city)
        gpa = f"{rng.randint(30, 38) / 10:.1f}/4.0"
        if rng.random() < 0.5:
            degrees.append(
                Degree(
                    pool.schools[idx],
                    "Master",
                    pool.degrees[2][1],
                    (end_year - 3, 9),
                    (end_year, 6),
                )
            )
            end_year -= 3
        degrees.append(
            Degree(
                pool.schools[idx],
                "Bachelor",
                pool.degrees[rng.randrange(2)][1],
                (end_year - 4, 9),
                (end_year, 6),
            )
        )
        extra["gpa"] = gpa
        extra["born"] = f"{end_year - 22}.{rng.randint(1, 12):02d}"
        extra["gender"] = "Male" if name.split()[0] in ("Haoran", "Mingze", "Zixuan") else "Female"
        extra["hometown"] = rng.choice(("Wuhan, Hubei", "Changsha, Hunan", "Luoyang, Henan"))
        extra["salary"] = rng.choice(("20K-25K RMB/month", "25K-30K RMB/month", "Negotiable"))
        extra["certs"] = [
            (c, degrees[-1].start[0] + rng.randint(1, 3)) for c in rng.sample(CN_CERTS, 3)
        ]
        extra["cet"] = rng.randint(520, 610)
        languages = [("English", f"CET-6 ({extra['cet']})"), ("Mandarin", "Native")]
        skills = rng.sample(pool.skills, rng.randint(6, 8))
    elif style == "pdf-indonesian-cv":
        phone = f"08{rng.choice((12, 13, 52, 57, 78))}-{rng.randint(1000, 9999)}-"
        phone += f"{rng.randint(1000, 9999)}"
        email = f"{first}{last}{rng.randint(10, 99)}@{rng.choice(('gmail.com', 'yahoo.co.id'))}"
        extra["summary"] = ID_SUMMARY
        for job in jobs:
            job.city = rng.choice((city, "Jakarta Selatan", "Sidoarjo"))
        idx = [c[0] for c in pool.cities].index(city)
        study, area = pool.degrees[rng.randrange(3)]
        years = 3 if study == "D3" else 4
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - years, 8), (end_year, 9)))
        extra["ipk"] = f"{rng.randint(300, 385) / 100:.2f}".replace(".", ",") + "/4,00"
        school_end = end_year - years
        extra["sma"] = (f"SMA Negeri {rng.randint(1, 15)} {city}", school_end - 3, school_end)
        born_year = school_end - 18
        extra["born"] = f"{city}, {rng.randint(1, 28)} {rng.choice(BULAN)} {born_year}"
        male = name.split()[0] in ("Rizky", "Dimas", "Fajar")
        extra["sex"] = "Laki-laki" if male else "Perempuan"
        extra["religion"] = rng.choice(("Islam", "Kristen Protestan", "Katolik"))
        extra["status"] = rng.choice(("Belum Menikah", "Menikah"))
        extra["training"] = rng.sample(ID_TRAINING, 2)
        extra["signed"] = f"{city}, {rng.randint(1, 28)} {rng.choice(BULAN[:6])} 2026"
        languages = [("Bahasa Indonesia", "Aktif (lisan dan tulisan)")]
        languages.append(("Bahasa Inggris", rng.choice(("Pasif", "Menengah", "Aktif"))))
        if rng.random() < 0.4:
            languages.append(("Bahasa Jawa", "Aktif"))
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    else:
        phone = f"07{rng.randint(700, 999)} {rng.randint(100, 999)}{rng.randint(100, 999)}"
        email = f"{first}.{last.replace('-', '')}@{rng.choice(('gmail.com', 'btinternet.com'))}"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}{last}"
        extra["summary"] = IE_PROFILE
        label = jobs[0].position
        for job in jobs:
            job.city = rng.choice((city, "Livingston", "Glasgow", "Inverness"))
        idx = [c[0] for c in pool.cities].index(city)
        study, area = pool.degrees[rng.randrange(3)]
        if study == "MSc":
            degrees.append(Degree(pool.schools[idx], study, area, (end_year - 1, 9), (end_year, 9)))
            end_year -= 1
            study, area = pool.degrees[0]
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 4, 9), (end_year, 6)))
        extra["honours"] = rng.choice(("First Class Honours", "Upper Second Class Honours (2:1)"))
        languages = [
            ("English", "Native"),
            ("Scottish Gaelic", rng.choice(("Fluent", "Conversational"))),
        ]
        if rng.random() < 0.5:
            languages.append(("German", "Intermediate (B1)"))
        skills = rng.sample(pool.skills, rng.randint(5, 7))
    return Candidate(
        style=style,
        name=name,
        label=label,
        email=email,
        phone=phone,
        url=None,
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


def _day(month: Month | None, day: int) -> str | None:
    return None if month is None else f"{month[0]}-{month[1]:02d}-{day:02d}"


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    extra = person.extra
    profiles = []
    if "linkedin" in extra:
        li = extra["linkedin"]
        profiles.append({"network": "LinkedIn", "username": li.rsplit("/", 1)[-1], "url": li})
    location: dict[str, Any] = {
        "address": extra["street"],
        "postalCode": extra["postal"],
        "city": person.city,
        "region": person.region,
        "countryCode": COUNTRY.get(style),
    }
    label = person.label
    if style == "docx-word-twocol-template" and not options["headline"]:
        label = None
    summary = extra["summary"]
    if style == "pdf-europass-2020" and not options["about"]:
        summary = None
    basics = drop_empty(
        {
            "name": person.name,
            "label": label,
            "email": person.email,
            "phone": person.phone,
            "summary": summary,
            "location": drop_empty(location),
            "profiles": profiles,
        }
    )
    precision = "year" if options.get("dates") == "years" else "month"
    work = []
    for index, job in enumerate(person.jobs):
        start, end = iso_month(job.start, precision), iso_month(job.end, precision)
        if style == "pdf-europass-2020" and options["dates"] == "day":
            first, last = extra["days"][index]
            start, end = _day(job.start, first), _day(job.end, last)
        work.append(
            drop_empty(
                {
                    "name": job.company,
                    "position": job.position,
                    "location": job.city,
                    "startDate": start,
                    "endDate": end,
                    "highlights": job.highlights,
                }
            )
        )
    education: list[dict[str, Any]] = []
    for index, d in enumerate(person.degrees):
        item: dict[str, Any] = {"institution": d.institution, "studyType": d.study, "area": d.area}
        if style in ("pdf-europass-2020", "pdf-chinese-english"):
            item |= {"startDate": iso_month(d.start, "month"), "endDate": iso_month(d.end, "month")}
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        if style == "pdf-europass-2020":
            item["score"] = extra["grades"][index]
        elif style == "pdf-chinese-english" and index == len(person.degrees) - 1:
            item["score"] = extra["gpa"]
        elif style == "pdf-indonesian-cv":
            item["score"] = extra["ipk"]
        elif style == "docx-word-twocol-template" and index == len(person.degrees) - 1:
            item["score"] = extra["honours"]
        education.append(drop_empty(item))
    if style == "pdf-indonesian-cv":
        school, start_year, end_year = extra["sma"]
        education.append(
            {
                "institution": school,
                "area": "IPA",
                "startDate": str(start_year),
                "endDate": str(end_year),
            }
        )
    skills = [{"name": skill} for skill in person.skills]
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
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
    if style == "pdf-europass-2020":
        return _europass(person, options), "pdf"
    if style == "pdf-chinese-english":
        return _chinese(person, options), "pdf"
    if style == "pdf-indonesian-cv":
        return _indonesian(person, options), "pdf"
    if style == "docx-word-twocol-template":
        return _twocol_docx(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _eu_date(month: Month | None, day: int, form: str) -> str:
    if month is None:
        return "Current"
    if form == "day":
        return f"{day:02d}/{month[1]:02d}/{month[0]}"
    return f"{month[1]:02d}/{month[0]}"


def _europass(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} - Europass CV")
    pdf.set_author(person.name)
    pdf.set_creator("Europass")
    x, width = 15.0, 180.0
    pdf.set_margins(x, 14, 210 - x - width)
    blue, ink, grey = (0, 51, 153), (35, 35, 35), (100, 100, 100)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 286)
        pdf.set_font("Sans", "", 7)
        pdf.set_text_color(*grey)
        pdf.cell(width, 4, f"{pdf.page_no()} / {{nb}}", align="R")
        pdf.set_text_color(*ink)
        y = 14.0

    def need(height: float) -> None:
        if y + height > 280:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(24)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*blue)
        label = text.upper()
        pdf.cell(pdf.get_string_width(label) + 2, 6, label)
        pdf.set_draw_color(*blue)
        pdf.set_line_width(0.35)
        pdf.line(x + pdf.get_string_width(label) + 4, y + 3.2, x + width, y + 3.2)
        pdf.set_text_color(*ink)
        y += 9

    def pairs(items: list[tuple[str, str]]) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        for number, (key, value) in enumerate(items):
            if number:
                pdf.set_font("Sans", "", 8.5)
                pdf.set_text_color(*grey)
                pdf.write(4.6, "  |  ")
                pdf.set_text_color(*ink)
            pdf.set_font("Sans", "B", 8.5)
            pdf.write(4.6, f"{key}: ")
            pdf.set_font("Sans", "", 8.5)
            pdf.write(4.6, value)
        y = pdf.get_y() + 5.2

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 15)
    pdf.set_text_color(*blue)
    pdf.cell(40, 7, "europass")
    pdf.set_fill_color(*blue)
    for k in range(12):
        pdf.circle(x + 31 + 2.4 * ((k % 4) - 1.5), y + 1 + 1.6 * (k // 4), 0.35, style="F")
    y += 12
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 19)
    pdf.set_text_color(*ink)
    pdf.cell(width, 9, person.name)
    y += 12
    pairs(
        [
            ("Date of birth", extra["born"]),
            ("Nationality", "Slovenian"),
            ("Gender", extra["gender"]),
        ]
    )
    pairs([("Phone number", f"{person.phone} (Mobile)"), ("Email address", person.email)])
    pairs([("LinkedIn", extra["linkedin"])])
    pairs([("Address", f"{extra['street']}, {extra['postal']}, {person.city}, Slovenia (Home)")])
    pdf.set_draw_color(200, 200, 200)
    pdf.line(x, y + 1, x + width, y + 1)
    y += 2

    def entry(when: str, title: str, place: str, detail: str, notes: list[str]) -> None:
        nonlocal y
        need(24)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.2)
        pdf.set_text_color(*grey)
        stamp = f"[ {when} ]"
        pdf.cell(pdf.get_string_width(stamp) + 3, 5, stamp)
        pdf.set_text_color(*ink)
        pdf.set_font("Sans", "B", 10)
        pdf.multi_cell(width - pdf.get_string_width(stamp) - 6, 5, title, align="L")
        y = pdf.get_y() + 0.5
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(width, 4.8, place)
        y += 5.2
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.3)
        pdf.set_text_color(*grey)
        pdf.cell(width, 4.5, detail)
        pdf.set_text_color(*ink)
        y += 6
        for note in notes:
            need(5)
            pdf.set_xy(x + 2, y)
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(4, 4.6, "\u2022")
            pdf.multi_cell(width - 6, 4.6, note, align="L")
            y = pdf.get_y() + 0.4
        y += 3.5

    def work() -> None:
        heading("Work experience")
        for job, (d1, d2) in zip(person.jobs, extra["days"], strict=True):
            span = f"{_eu_date(job.start, d1, form)} \u2013 {_eu_date(job.end, d2, form)}"
            entry(
                span,
                job.position,
                job.company,
                f"City: {job.city} | Country: Slovenia",
                job.highlights,
            )

    def education() -> None:
        heading("Education and training")
        for d, grade in zip(person.degrees, extra["grades"], strict=True):
            span = f"{d.start[1]:02d}/{d.start[0]} \u2013 {d.end[1]:02d}/{d.end[0]}"
            eqf = 7 if d.study.startswith("Master") else 6
            detail = (
                f"City: {EU_SCHOOL_CITY[d.institution]} | Country: Slovenia | "
                f"Final grade: {grade} | Level in EQF: EQF level {eqf}"
            )
            entry(span, f"{d.study} in {d.area}", d.institution, detail, [])

    if options["about"]:
        heading("About myself")
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.8)
        pdf.multi_cell(width, 4.6, extra["summary"], align="L")
        y = pdf.get_y() + 1
    for part in (work, education) if options["order"] == "work-first" else (education, work):
        part()
    need(40 + 6 * len(person.languages))
    heading("Language skills")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 8.8)
    pdf.write(4.8, "Mother tongue(s): ")
    pdf.set_font("Sans", "B", 8.8)
    pdf.write(4.8, person.languages[0][0])
    y += 7
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 8.8)
    pdf.cell(width, 4.8, "Other language(s):")
    y += 6
    cols = (44.0, 27.2, 27.2, 27.2, 27.2, 27.2)
    heads = ("", "Listening", "Reading", "Spoken production", "Spoken interaction", "Writing")
    pdf.set_fill_color(233, 238, 248)
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 7)
    pdf.cell(cols[0], 5, "")
    pdf.cell(cols[1] + cols[2], 5, "UNDERSTANDING", align="C", fill=True)
    pdf.cell(cols[3] + cols[4], 5, "SPEAKING", align="C", fill=True)
    pdf.cell(cols[5], 5, "WRITING", align="C", fill=True)
    y += 5.3
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 6.8)
    for w, head in zip(cols, heads, strict=True):
        pdf.cell(w, 4.5, head, align="C")
    y += 5
    for lang, level in person.languages[1:]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 8.6)
        pdf.cell(cols[0], 5.5, lang)
        pdf.set_font("Sans", "", 8.6)
        for w in cols[1:]:
            pdf.cell(w, 5.5, level, align="C")
        y += 6
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "I", 6.8)
    pdf.set_text_color(*grey)
    pdf.cell(
        width,
        4,
        "Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user",
    )
    pdf.set_text_color(*ink)
    y += 5
    heading("Digital skills")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 8.8)
    pdf.multi_cell(width, 4.8, " | ".join(person.skills), align="L")
    y = pdf.get_y() + 1
    if extra["licence"]:
        heading("Driving licence")
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.8)
        pdf.write(4.8, "Driving Licence: ")
        pdf.set_font("Sans", "B", 8.8)
        pdf.write(4.8, "B")
        y += 6
    _check(y, 284, person)
    return bytes(pdf.output())


def _cn_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Present" if form != "dot" else "Now"
    if form == "dot":
        return f"{month[0]}.{month[1]:02d}"
    if form == "slash":
        return f"{month[0]}/{month[1]:02d}"
    return f"{MONTHS_EN[month[1] - 1][:3]}. {month[0]}"


def _chinese(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSansCondensed")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Resume-{person.name}")
    x, width = 14.0, 182.0
    pdf.set_margins(x + 2, 12, 210 - x - width)
    ink = (51, 51, 51)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_fill_color(*accent)
        pdf.rect(0, 0, 210, 4, style="F")
        y = 12.0

    def need(height: float) -> None:
        if y + height > 284:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        y += 3
        pdf.set_fill_color(*accent)
        pdf.rect(x, y, 46, 7, style="F")
        pdf.set_xy(x + 3, y + 0.6)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(255, 255, 255)
        pdf.cell(42, 6, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(x + 46, y + 7, x + width, y + 7)
        pdf.set_text_color(*ink)
        y += 10.5

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 22)
    pdf.set_text_color(*accent)
    pdf.cell(100, 10, "RESUME")
    pdf.set_xy(x, y + 10)
    pdf.set_font("Sans", "", 8.5)
    pdf.set_text_color(140, 140, 140)
    pdf.cell(100, 4, "PERSONAL RESUME  |  Hard work pays off")
    pdf.set_text_color(*ink)
    y += 17
    heading("Personal Information")
    top = y
    rows = (
        (("Name", person.name), ("Gender", extra["gender"])),
        (("Date of Birth", extra["born"]), ("Hometown", extra["hometown"])),
        (("Phone", person.phone), ("E-mail", person.email)),
        (("Current City", f"{person.city}, {person.region}"), ("Degree", person.degrees[0].study)),
    )
    for row in rows:
        for col, (key, value) in enumerate(row):
            pdf.set_xy(x + 2 + col * 72, y)
            pdf.set_font("Sans", "B", 9.2)
            pdf.cell(25, 5.6, f"{key}:")
            pdf.set_font("Sans", "", 9.2)
            pdf.cell(47 if col == 0 else 60, 5.6, value)
        y += 6.4
    pdf.set_draw_color(170, 170, 170)
    pdf.set_line_width(0.3)
    pdf.rect(x + width - 25, top - 1, 25, 30)
    pdf.set_xy(x + width - 25, top + 12)
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(170, 170, 170)
    pdf.cell(25, 4, "PHOTO", align="C")
    pdf.set_text_color(*ink)
    y = max(y, top + 30)
    heading("Job Objective")
    pdf.set_xy(x + 2, y)
    for number, (key, value) in enumerate(
        (
            ("Position", person.label or ""),
            ("Location", person.city),
            ("Expected Salary", extra["salary"]),
        )
    ):
        if number:
            pdf.write(5.6, "      ")
        pdf.set_font("Sans", "B", 9.2)
        pdf.write(5.6, f"{key}: ")
        pdf.set_font("Sans", "", 9.2)
        pdf.write(5.6, value)
    y = pdf.get_y() + 7

    def span(start: Month, end: Month | None) -> str:
        return f"{_cn_month(start, form)} - {_cn_month(end, form)}"

    def education() -> None:
        nonlocal y
        heading("Education Background")
        for number, d in enumerate(person.degrees):
            need(16)
            pdf.set_xy(x + 2, y)
            pdf.set_font("Sans", "B", 9.5)
            pdf.cell(38, 5.6, span(d.start, d.end))
            pdf.cell(76, 5.6, d.institution)
            pdf.cell(width - 118, 5.6, f"{d.area} ({d.study})", align="R")
            y += 6.2
            if number == len(person.degrees) - 1:
                pdf.set_xy(x + 2, y)
                pdf.set_font("Sans", "", 9)
                pdf.cell(width - 4, 5, f"GPA: {extra['gpa']}")
                y += 5.4
                pdf.set_xy(x + 2, y)
                pdf.multi_cell(width - 4, 5, f"Main Courses: {CN_COURSES}", align="L")
                y = pdf.get_y() + 0.5
            y += 1.5

    def work() -> None:
        nonlocal y
        heading("Work Experience")
        for job in person.jobs:
            need(28)
            pdf.set_xy(x + 2, y)
            pdf.set_font("Sans", "B", 9.5)
            pdf.cell(38, 5.6, span(job.start, job.end))
            pdf.cell(pdf.get_string_width(job.company) + 2, 5.6, job.company)
            room = width - 42 - pdf.get_string_width(job.company) - 6
            if pdf.get_string_width(job.position) > room:
                y += 5.8
                pdf.set_xy(x + 40, y)
                room = width - 42
            pdf.cell(room, 5.6, job.position, align="R")
            y += 6.4
            pdf.set_xy(x + 2, y)
            pdf.set_font("Sans", "B", 9)
            pdf.cell(width, 5, "Job Description:")
            y += 5.4
            for number, note in enumerate(job.highlights, 1):
                need(5)
                pdf.set_xy(x + 2, y)
                pdf.set_font("Sans", "", 9)
                pdf.cell(5, 5, f"{number}.")
                pdf.multi_cell(width - 7, 5, note, align="L")
                y = pdf.get_y() + 0.2
            y += 2.5

    for part in (education, work) if options["order"] == "education-first" else (work, education):
        part()
    heading("Professional Skills")
    pdf.set_xy(x + 2, y)
    pdf.set_font("Sans", "B", 9)
    pdf.write(5, "IT Skills: ")
    pdf.set_font("Sans", "", 9)
    pdf.write(5, ", ".join(person.skills))
    y = pdf.get_y() + 6
    pdf.set_xy(x + 2, y)
    pdf.set_font("Sans", "B", 9)
    pdf.write(5, "Languages: ")
    pdf.set_font("Sans", "", 9)
    pdf.write(5, "; ".join(f"{lang} - {level}" for lang, level in person.languages))
    y += 6.5
    heading("Certificates & Awards")
    for cert, year in extra["certs"]:
        need(6)
        pdf.set_xy(x + 2, y)
        pdf.set_font("Sans", "", 9)
        pdf.cell(20, 5, f"{year}")
        pdf.cell(width - 24, 5, cert + (f" ({extra['cet']})" if cert == "CET-6" else ""))
        y += 5.6
    heading("Self-Evaluation")
    pdf.set_xy(x + 2, y)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width - 4, 5, extra["summary"], align="L")
    y = pdf.get_y()
    _check(y, 288, person)
    return bytes(pdf.output())


def _id_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Sekarang"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{BULAN[month[1] - 1]} {month[0]}"


def _indonesian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    x, width, key_w = 22.0, 166.0, 44.0
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
        pdf.cell(width, 6, text)
        pdf.set_line_width(0.3)
        pdf.line(x, y + 6.4, x + width, y + 6.4)
        y += 9

    def row(key: str, value: str, indent: float = 0.0) -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x + indent, y)
        pdf.set_font("Serif", "", 9.8)
        pdf.cell(key_w - indent, 5.2, key)
        pdf.cell(4, 5.2, ":")
        pdf.multi_cell(width - key_w - 4, 5.2, value, align="L")
        y = pdf.get_y() + 0.6

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 15)
    pdf.cell(width, 8, options["title"], align="C")
    pdf.set_line_width(0.6)
    pdf.line(x + 40, y + 9, x + width - 40, y + 9)
    y += 14
    heading("DATA PRIBADI")
    top = y
    if options["photo"]:
        pdf.rect(x + width - 30, top + 1, 30, 40)
        pdf.set_xy(x + width - 30, top + 18)
        pdf.set_font("Serif", "", 7.5)
        pdf.cell(30, 4, "Pas foto 3x4", align="C")
        width -= 34
    for key, value in (
        ("Nama Lengkap", person.name),
        ("Tempat, Tanggal Lahir", extra["born"]),
        ("Jenis Kelamin", extra["sex"]),
        ("Agama", extra["religion"]),
        ("Status", extra["status"]),
        ("Kewarganegaraan", "Indonesia"),
        ("Alamat", f"{extra['street']}, {person.city} {extra['postal']}"),
        ("No. HP / WA", person.phone),
        ("Email", person.email),
    ):
        row(key, value)
    if options["photo"]:
        width += 34
        y = max(y, top + 43)
    heading("RINGKASAN DIRI")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 9.8)
    pdf.multi_cell(width, 5.2, extra["summary"], align="J")
    y = pdf.get_y() + 1
    heading("PENDIDIKAN FORMAL")
    d = person.degrees[0]
    school, s_start, s_end = extra["sma"]
    for period, text in (
        (
            f"{d.start[0]} \u2013 {d.end[0]}",
            f"{d.study} {d.area}, {d.institution}, {person.city} (IPK {extra['ipk']})",
        ),
        (f"{s_start} \u2013 {s_end}", f"{school}, Jurusan IPA"),
    ):
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 9.8)
        pdf.cell(28, 5.2, period)
        pdf.multi_cell(width - 28, 5.2, text, align="L")
        y = pdf.get_y() + 1
    heading("PENGALAMAN KERJA")
    for number, job in enumerate(person.jobs, 1):
        need(30)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10)
        period = f"{_id_month(job.start, form)} \u2013 {_id_month(job.end, form)}"
        pdf.cell(width, 5.4, f"{number}. {job.company} ({period})")
        y += 6
        row("Posisi", job.position, indent=5)
        row("Lokasi", job.city, indent=5)
        pdf.set_xy(x + 5, y)
        pdf.set_font("Serif", "", 9.8)
        pdf.cell(width, 5.2, "Tanggung jawab:")
        y += 5.6
        for note in job.highlights:
            need(5.5)
            pdf.set_xy(x + 8, y)
            pdf.cell(4, 5.2, "-")
            pdf.multi_cell(width - 12, 5.2, note, align="L")
            y = pdf.get_y() + 0.3
        y += 2.5
    heading("KEAHLIAN")
    for skill in person.skills:
        need(5.5)
        pdf.set_xy(x + 3, y)
        pdf.set_font("Serif", "", 9.8)
        pdf.cell(4, 5.2, "\u2022")
        pdf.cell(width - 7, 5.2, skill)
        y += 5.5
    heading("PELATIHAN & SERTIFIKASI")
    for name, issuer, year in extra["training"]:
        need(5.5)
        pdf.set_xy(x + 3, y)
        pdf.set_font("Serif", "", 9.8)
        pdf.cell(4, 5.2, "\u2022")
        pdf.cell(width - 7, 5.2, f"{name} \u2013 {issuer} ({year})")
        y += 5.5
    heading("KEMAMPUAN BAHASA")
    for lang, level in person.languages:
        row(lang, level)
    need(44)
    y += 6
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 9.8)
    pdf.multi_cell(
        width,
        5.2,
        "Demikian daftar riwayat hidup ini saya buat dengan sebenar-benarnya dan dapat "
        "dipertanggungjawabkan.",
        align="L",
    )
    y = pdf.get_y() + 6
    sx = x + width - 62
    for offset, text in enumerate((extra["signed"], "Hormat saya,")):
        pdf.set_xy(sx, y + offset * 5.4)
        pdf.cell(62, 5.2, text, align="C")
    pdf.set_xy(sx, y + 28)
    pdf.set_font("Serif", "BU", 9.8)
    pdf.cell(62, 5.2, person.name, align="C")
    _check(y + 34, 290, person)
    return bytes(pdf.output())


def _normalise_docx(data: bytes) -> bytes:
    """The same archive with fixed member timestamps, so the bytes are deterministic."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def _ie_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "years":
            return str(month[0])
        if form == "mon":
            return f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"
        return f"{MONTHS_EN[month[1] - 1]} {month[0]}"

    return f"{one(start)} \u2013 {'Present' if end is None else one(end)}"


def _twocol_docx(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    form, extra = options["dates"], person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = person.name
    properties.revision = 3
    properties.title = "Resume"
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(12.7)
    section.top_margin = section.bottom_margin = Mm(12.7)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(2)
    accent = RGBColor(0x2E, 0x4A, 0x6B)

    table = document.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    left, right = table.rows[0].cells
    widths = (Mm(62), Mm(122))
    for cell, w in zip((left, right), widths, strict=True):
        cell.width = w
    for column, w in zip(table.columns, widths, strict=True):
        column.width = w
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), options["shade"])
    left._tc.get_or_add_tcPr().append(shading)

    def para(
        cell: Any,
        text: str = "",
        *,
        size: float = 10,
        bold: bool = False,
        italic: bool = False,
        colour: Any = None,
        after: float = 2,
        style: str | None = None,
    ) -> Any:
        paragraph = (
            cell.add_paragraph(style=style)
            if cell.paragraphs[0].text or len(cell.paragraphs) > 1 or style
            else cell.paragraphs[0]
        )
        paragraph.paragraph_format.space_after = Pt(after)
        if text:
            run = paragraph.add_run(text)
            run.font.size = Pt(size)
            run.bold, run.italic = bold, italic
            if colour is not None:
                run.font.color.rgb = colour
        return paragraph

    def heading(cell: Any, text: str) -> None:
        paragraph = para(cell, text.upper(), size=11.5, bold=True, colour=accent, after=3)
        paragraph.paragraph_format.space_before = Pt(12)
        border = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (
            ("w:val", "single"),
            ("w:sz", "6"),
            ("w:space", "1"),
            ("w:color", "2E4A6B"),
        ):
            bottom.set(qn(key), value)
        border.append(bottom)
        paragraph._p.get_or_add_pPr().append(border)

    # Narrow column.
    heading(left, "Contact")
    para(left, "Phone", size=9, bold=True, after=0)
    para(left, person.phone, size=9.5)
    para(left, "Email", size=9, bold=True, after=0)
    para(left, person.email, size=9.5)
    para(left, "Address", size=9, bold=True, after=0)
    para(left, extra["street"], size=9.5, after=0)
    para(left, f"{person.city} {extra['postal']}", size=9.5, after=0)
    para(left, "United Kingdom", size=9.5)
    para(left, "LinkedIn", size=9, bold=True, after=0)
    para(left, extra["linkedin"].removeprefix("https://www."), size=9.5)
    heading(left, "Skills")
    for skill in person.skills:
        para(left, skill, size=9.5, after=1, style="List Bullet")
    heading(left, "Languages")
    for lang, level in person.languages:
        paragraph = para(left, f"{lang}: ", size=9.5, bold=True, after=1)
        paragraph.add_run(level).font.size = Pt(9.5)
    heading(left, "Interests")
    para(left, IE_INTERESTS, size=9.5)

    # Wide column.
    para(right, person.name, size=24, bold=True, colour=accent, after=0)
    if options["headline"]:
        tagline = para(right, person.label or "", size=11, colour=RGBColor(0x59, 0x59, 0x59))
        tagline.runs[0].font.all_caps = True
        tagline.paragraph_format.space_after = Pt(4)
    heading(right, "Profile")
    para(right, extra["summary"], size=10)

    def work() -> None:
        heading(right, "Experience")
        for job in person.jobs:
            paragraph = para(right, job.position, size=10.5, bold=True, after=0)
            paragraph.paragraph_format.space_before = Pt(6)
            paragraph.add_run(f" | {job.company}").font.size = Pt(10.5)
            para(
                right,
                f"{_ie_span(job.start, job.end, form)}  \u2022  {job.city}",
                size=9,
                italic=True,
                colour=RGBColor(0x59, 0x59, 0x59),
                after=2,
            )
            for note in job.highlights:
                para(right, note, size=9.8, after=1, style="List Bullet")

    def education() -> None:
        heading(right, "Education")
        for number, d in enumerate(person.degrees):
            paragraph = para(right, f"{d.study} {d.area}", size=10.5, bold=True, after=0)
            paragraph.paragraph_format.space_before = Pt(6)
            para(right, f"{d.institution} | {d.start[0]} \u2013 {d.end[0]}", size=9.5, after=1)
            if number == len(person.degrees) - 1:
                para(right, extra["honours"], size=9.5, italic=True, after=2)

    for part in (work, education) if options["order"] == "work-first" else (education, work):
        part()
    heading(right, "References")
    para(right, "Available on request.", size=9.5)
    document.add_paragraph().paragraph_format.space_after = Pt(0)
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_docx(buffer.getvalue())

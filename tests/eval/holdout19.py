"""Nineteenth held-out round ("holdout-19"): five more layouts, written blind (without reading
the parser) and meant to be measured once, untuned.

* ``pdf-turkish-ozgecmis`` — a Turkish "Özgeçmiş" on A4 in DejaVu Sans: the name in bold with
  the headline below and an empty photo frame on the right; "Kişisel Bilgiler" as label rows
  ("Adres: Mah. Cad. No: 88/5, 06680 Ankara", "Telefon", "E-posta", "Doğum Tarihi: 14.06.1991",
  "Uyruk: T.C.", "Askerlik Durumu" for men, "Sürücü Belgesi: B"); "İş Deneyimi" with the period
  in a left column ("Oca 2020 \u2013 Halen" with Turkish month abbreviations, or "03.2019 \u2013
  günümüz"; one form per document), the company in bold with its city right-aligned, the
  position in italics and bullets; "Eğitim Bilgileri" (years, the university in bold, "area
  (degree)" and a grade line), "Yabancı Dil" ("İngilizce \u2013 İleri (C1)"), "Bilgisayar
  Bilgisi" (two bullet columns, one skill each) and "Referanslar" ("İstendiğinde
  verilecektir."); the section titles are in Turkish capitals ("İŞ DENEYİMİ") and a running
  footer repeats the name and "Sayfa 1 / 1".
* ``pdf-awesome-cv`` — a LaTeX Awesome-CV-like resume on A4 in DejaVu Sans: the first name in a
  light face and the last name in bold centred, the headline in the accent colour, a centred
  address line with a country and a contact line "phone | e-mail | homepage | GitHub |
  LinkedIn" (the homepage is the personal web site). Section titles have their first three
  letters in the accent colour and a rule to the right; "Summary" is a short paragraph. Each
  entry is the employer in bold with the location in accent italics on the right, the
  position in grey with the dates in italics on the right ("Mar. 2020 \u2013 Pres." or
  "2019/04 \u2013 now"; one form per document), then bullets; education uses the same two
  lines ("B.S. in Area" with month dates); "Skills" has category rows (the category bold and
  right-aligned in a narrow column, a comma list of keywords). A footer carries a date,
  "Name \u00b7 Résumé" and the page number.
* ``pdf-nigerian-cv`` — a Nigerian "Curriculum Vitae" on A4 in Times, running onto a second
  page with "Page 1 of 2" footers: the title, the name centred, "Personal Data" label rows
  (address without postal code, phone, e-mail, date of birth, sex, marital status, state of
  origin, L.G.A., "Nationality: Nigerian", "NYSC: Completed (2015)"), "Career Objective" (the
  summary), "Educational Qualifications with Dates" as a ruled table (Institution |
  Qualification | Year) holding the degree ("B.Sc. Economics (Second Class Upper)") and the
  WASSCE (year only), "Professional Qualifications" (certificates "Name \u2013 Issuer, Year"),
  "Work Experience" (the employer and its town in bold with the period right-aligned: "March
  2019 \u2013 Date", "Till Date" or "Present", month names or years only, one form per
  document; "Position:" and "Duties and Responsibilities:" with bullets), "Skills /
  Competencies", "Hobbies" (interests) and "Referees" ("Available on request").
* ``pdf-malaysian-resume`` — a Malaysian resume on A4 in Helvetica: the name large over the
  address with postcode, city and state, a contact line with phone, e-mail and a LinkedIn
  address; section titles in grey shaded bands: "Professional Summary", "Work Experience"
  (the position in bold with the period on the right \u2014 "Jan 2020 \u2013 Present", or long
  month names with "Since March 2021" for a current post \u2014 then "Company Sdn. Bhd. |
  Town, State" in italics and bullets), "Education" (the degree line, the university with
  the years on the right, "CGPA: 3.52 / 4.00"), "Skills" in two bullet columns, "Languages"
  ("English (Fluent)"), "Personal Particulars" (nationality, expected salary, notice period)
  and two referees (other people at other companies, not part of the history).
* ``pdf-canadian-bilingual`` — a Canadian bilingual résumé on Letter paper in DejaVu Serif: the
  name centred, a bilingual headline ("Policy Analyst \u00b7 Analyste des politiques"), a
  contact line "City, PR A1A 1A1 | (819) 555-0142 | e-mail | LinkedIn address"; every section
  title is given in English on the left and in French in grey italics on the right over one
  rule ("EXPERIENCE ... EXPÉRIENCE"). "Profile" (the summary), "Experience" (the position in
  bold with the period on the right \u2014 "2021-04 to present", or French month names "avril
  2021 \u2013 aujourd\u2019hui", one form per document \u2014 then "Employer \u2014 City, PR"
  in italics and bullets), "Education" ("Degree (abbr.), Area" with years, the school in
  italics), "Languages" ("French \u2013 Native") and "Skills" (a middle-dot list).

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (no country code unless a country is printed).
"""

from __future__ import annotations

import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout17 import _chain, _check, _serif_letter
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, FONTS, drop_empty, iso_month

HOLDOUT_TAG = "holdout-19"
GENERATOR = "tests/eval/holdout19.py"
SEED = 4_193_037

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-turkish-ozgecmis", 3),
    ("pdf-awesome-cv", 3),
    ("pdf-nigerian-cv", 3),
    ("pdf-malaysian-resume", 3),
    ("pdf-canadian-bilingual", 3),
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
AYLAR = ("Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara")
AP_MONTHS = (
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)

POOLS: dict[str, Pool] = {
    "pdf-turkish-ozgecmis": Pool(
        first=("Oğuzhan", "Büşra", "Tuğçe", "Serkan", "Gökhan", "Çağlar", "İlkay"),
        last=(
            "Karaağaç",
            "Yıldırımoğlu",
            "Demirtaş",
            "Öztürkmen",
            "Kocabıyık",
            "Şahinbaş",
        ),
        cities=(
            ("Ankara", None, "06680", "Kavaklıdere Mah. Tunalı Hilmi Cad. No: 88/5"),
            ("İzmir", None, "35220", "Alsancak Mah. Kıbrıs Şehitleri Cad. No: 41/3"),
            ("Bursa", None, "16140", "Fethiye Mah. Ata Bulvarı No: 17 D: 6"),
            ("Eskişehir", None, "26130", "Hoşnudiye Mah. İsmet İnönü Cad. No: 102/8"),
        ),
        employers=(
            "Ege Örme Tekstil Sanayi A.Ş.",
            "Marmara Otomotiv Yan Sanayi A.Ş.",
            "Anadolu Lojistik Hizmetleri Ltd. Şti.",
            "Kapadokya Gıda Pazarlama A.Ş.",
        ),
        titles=(
            "Üretim Planlama Mühendisi",
            "Tedarik Zinciri Uzmanı",
            "Satın Alma Mühendisi",
            "Kalite Güvence Uzmanı",
        ),
        highlights=(
            "Haftalık üretim planının SAP üzerinden hazırlanması ve takibi",
            "Stok devir hızının %22 artırılması için tedarikçi toplantılarının yürütülmesi",
            "Yalın üretim projelerinde 5S ve SMED çalışmalarının koordinasyonu",
            "Yıllık 40 milyon TL'lik satın alma bütçesinin yönetimi",
            "Müşteri şikâyetlerinin 8D yöntemiyle analiz edilmesi",
            "Aylık performans raporlarının Power BI ile hazırlanması",
            "Yeni tedarikçi onay sürecinin kurulması",
            "Dört kişilik planlama ekibinin eğitimi ve yönlendirilmesi",
        ),
        skills=("SAP MM", "SAP PP", "MS Excel", "Minitab", "Power BI", "AutoCAD", "Python"),
        schools=(
            "Orta Doğu Teknik Üniversitesi",
            "Dokuz Eylül Üniversitesi",
            "Eskişehir Osmangazi Üniversitesi",
        ),
        degrees=(
            ("Lisans", "Endüstri Mühendisliği"),
            ("Lisans", "Makine Mühendisliği"),
            ("Yüksek Lisans", "Mühendislik Yönetimi"),
        ),
    ),
    "pdf-awesome-cv": Pool(
        first=("Jiwoo", "Seoyeon", "Dohyun", "Haneul", "Minseo"),
        last=("Baek", "Seong", "Hwang", "Gwon", "Yeom"),
        cities=(
            ("Seoul", None, "06236", "152 Teheran-ro, Gangnam-gu"),
            ("Seongnam", None, "13494", "235 Pangyoyeok-ro, Bundang-gu"),
            ("Busan", None, "48058", "55 Centum jungang-ro, Haeundae-gu"),
        ),
        employers=(
            "Gyeongbu Fintech Co., Ltd.",
            "Namsan Cloud Systems",
            "Bluepine Games Korea",
            "Dasol Commerce Corp.",
        ),
        titles=(
            "Senior Backend Engineer",
            "Backend Engineer",
            "Site Reliability Engineer",
            "Software Engineer",
        ),
        highlights=(
            "Split a payment monolith into eight Go services behind gRPC",
            "Cut p99 checkout latency from 900 ms to 180 ms",
            "Ran the on-call rotation and wrote the incident review template",
            "Built a Kafka pipeline that ingests 2 billion events a day",
            "Migrated 120 services from EC2 to Kubernetes with zero downtime",
            "Mentored four new graduates through their first year",
            "Designed the rate limiter used by every public API",
            "Introduced contract tests between mobile and backend teams",
        ),
        skills=("Go", "Kotlin", "Kafka", "Kubernetes", "PostgreSQL", "Redis", "AWS", "Terraform"),
        schools=(
            "Korea Advanced Institute of Science and Technology (KAIST)",
            "Pusan National University",
            "Sungkyunkwan University",
        ),
        degrees=(
            ("B.S.", "Computer Science"),
            ("B.S.", "Computer Science and Engineering"),
            ("M.S.", "Computer Science"),
        ),
    ),
    "pdf-nigerian-cv": Pool(
        first=("Chinedu", "Adaeze", "Olumide", "Temitope", "Ifeanyi", "Folake"),
        last=("Ogunbiyi", "Nwachukwu", "Adebanjo", "Olaniyan", "Ezeokoli"),
        cities=(
            ("Lagos", None, None, "14 Adeola Odeku Street, Victoria Island"),
            ("Abuja", None, None, "Plot 7, Aminu Kano Crescent, Wuse II"),
            ("Ibadan", None, None, "22 Ring Road, Oluyole Estate"),
            ("Port Harcourt", None, None, "9 Aba Road, GRA Phase 2"),
        ),
        employers=(
            "Kestrelgate Microfinance Bank Ltd",
            "Savannah Agro-Allied Industries Plc",
            "Obudu Haulage & Logistics Ltd",
            "Niger Delta Petroleum Services Ltd",
        ),
        titles=("Senior Accountant", "Accountant", "Accounts Officer", "Internal Auditor"),
        highlights=(
            "Preparation of monthly management accounts and variance reports",
            "Reconciliation of 12 bank accounts and the general ledger",
            "Computation and remittance of PAYE, VAT and WHT to FIRS",
            "Liaising with external auditors during the annual audit",
            "Processing of vendor payments on Sage 300",
            "Preparation of the annual budget with heads of department",
            "Fixed asset register maintenance and depreciation schedules",
            "Supervision of two accounts assistants",
        ),
        skills=(
            "Financial Reporting (IFRS)",
            "Sage 300",
            "QuickBooks",
            "Microsoft Excel",
            "Budgeting and Forecasting",
            "Tax Computation",
        ),
        schools=(
            "University of Ibadan",
            "University of Nigeria, Nsukka",
            "Obafemi Awolowo University",
        ),
        degrees=(("B.Sc.", "Economics"), ("B.Sc.", "Accounting"), ("B.Sc.", "Banking and Finance")),
    ),
    "pdf-malaysian-resume": Pool(
        first=("Kelvin", "Jasmine", "Melvin", "Vanessa", "Darren"),
        last=("Ooi", "Teoh", "Khoo", "Yeoh", "Chuah"),
        cities=(
            ("Petaling Jaya", "Selangor", "47300", "No. 12, Jalan SS 2/24"),
            ("George Town", "Pulau Pinang", "10450", "21, Lorong Burma"),
            ("Johor Bahru", "Johor", "80300", "8, Jalan Tebrau Indah 3"),
        ),
        employers=(
            "Meranti Semiconductor Sdn. Bhd.",
            "Seri Tebrau Electronics Sdn. Bhd.",
            "Pelangi Automation (M) Sdn. Bhd.",
            "Bukit Minyak Test Solutions Sdn. Bhd.",
        ),
        titles=("Senior Test Engineer", "Test Engineer", "Product Engineer", "Process Engineer"),
        highlights=(
            "Developed test programs for mixed-signal devices on Advantest V93000",
            "Raised final test yield from 94.1% to 97.6% within two quarters",
            "Led correlation runs between the Penang and Suzhou test sites",
            "Wrote Python scripts that automate daily yield reports",
            "Handled customer returns and failure analysis with the quality team",
            "Trained 12 production technicians on new handler setups",
            "Qualified a new burn-in process for automotive parts",
            "Reduced test time per unit by 18% through parallel test sites",
        ),
        skills=("Python", "LabVIEW", "Advantest V93000", "JMP", "SQL", "Minitab", "C#"),
        schools=(
            "Universiti Sains Malaysia (USM)",
            "Universiti Teknologi Malaysia (UTM)",
            "Multimedia University (MMU)",
        ),
        degrees=(
            ("Bachelor of Engineering (Hons)", "Electrical and Electronic Engineering"),
            ("Bachelor of Engineering (Hons)", "Mechatronics Engineering"),
            ("Bachelor of Engineering (Hons)", "Electronics Engineering"),
        ),
    ),
    "pdf-canadian-bilingual": Pool(
        first=("Geneviève", "Médéric", "Josée", "Frédérique", "Rosalie"),
        last=("Thibodeau", "Lévesque", "Bélanger-Roy", "Charbonneau"),
        cities=(
            ("Gatineau", "QC", "J8X 3Y5", "819"),
            ("Ottawa", "ON", "K1P 5G4", "613"),
            ("Moncton", "NB", "E1C 4M3", "506"),
            ("Sherbrooke", "QC", "J1H 1R4", "819"),
        ),
        employers=(
            "Rideau Policy Group Inc.",
            "Fondation Rivière-des-Outaouais",
            "Gatineau Valley Transit Commission",
            "Centre de recherche Laurentides",
        ),
        titles=("Senior Policy Analyst", "Policy Analyst", "Research Officer", "Program Officer"),
        highlights=(
            "Wrote briefing notes and decision memos for the deputy head",
            "Led a cost-benefit analysis of a regional transit fare pilot",
            "Coordinated consultations with 30 community organizations in both official languages",
            "Built a survey of 4,200 residents and reported the results to council",
            "Managed a $2.4M grant program from intake to final reporting",
            "Drafted the organization's first accessibility action plan",
            "Translated and revised policy documents between English and French",
            "Presented quarterly results to the board of directors",
        ),
        skills=(
            "Policy analysis",
            "Stakeholder engagement",
            "Briefing notes",
            "Stata",
            "Power BI",
            "Plain-language writing",
            "Translation (EN/FR)",
        ),
        schools=("Université du Québec en Outaouais", "Carleton University", "Université Laval"),
        degrees=(
            ("Master of Arts (M.A.)", "Public Policy"),
            ("Baccalauréat (B.A.)", "Science politique"),
            ("Bachelor of Social Sciences (B.Soc.Sc.)", "Economics"),
        ),
    ),
}

TR_LANGUAGES = (
    ("İngilizce", "İleri (C1)"),
    ("Almanca", "Orta (B1)"),
    ("Rusça", "Başlangıç (A2)"),
)
TR_LABELS = {
    "Endüstri Mühendisliği": "Endüstri Mühendisi",
    "Makine Mühendisliği": "Makine Mühendisi",
    "Mühendislik Yönetimi": "Endüstri Mühendisi",
}
KR_LOCATIONS = ("Seoul, S.Korea", "Seongnam, S.Korea", "Busan, S.Korea")
KR_SCHOOL_CITIES = {
    "Korea Advanced Institute of Science and Technology (KAIST)": "Daejeon, S.Korea",
    "Pusan National University": "Busan, S.Korea",
    "Sungkyunkwan University": "Suwon, S.Korea",
}
KR_SUMMARY = (
    "Backend engineer who likes boring, well-measured systems. I have built payment and "
    "commerce services that handle national-scale traffic, and I care about clear on-call "
    "practice, good tests and helping newer engineers grow."
)
KR_CATEGORIES = (
    ("Languages", ("Go", "Kotlin", "Java", "Python")),
    ("Data", ("PostgreSQL", "Redis", "Kafka")),
    ("Infrastructure", ("Kubernetes", "AWS", "Terraform", "Argo CD")),
    ("Practices", ("Code review", "Incident response", "Load testing")),
)
NG_TOWNS = ("Ikeja, Lagos", "Lekki, Lagos", "Wuse, Abuja", "Trans-Amadi, Port Harcourt")
NG_STATES = (
    ("Anambra State", "Nnewi North"),
    ("Ogun State", "Abeokuta South"),
    ("Oyo State", "Ibadan North"),
    ("Enugu State", "Nsukka"),
)
NG_SCHOOLS = (
    "Federal Government College, Enugu",
    "Kings College, Lagos",
    "International School, Ibadan",
)
NG_CERTS = (
    ("Associate Chartered Accountant (ACA)", "Institute of Chartered Accountants of Nigeria"),
    ("Associate Member (ACTI)", "Chartered Institute of Taxation of Nigeria"),
    ("Microsoft Office Specialist: Excel Expert", "Microsoft"),
)
NG_HOBBIES = ("Reading", "Football", "Travelling", "Chess", "Music")
NG_OBJECTIVE = (
    "To work in a challenging environment where my knowledge of accounting and financial "
    "control will be fully utilised, while contributing to the growth of the organisation "
    "and developing my career."
)
MY_LOCATIONS = ("Bayan Lepas, Pulau Pinang", "Shah Alam, Selangor", "Kulim, Kedah")
MY_LANGUAGES = (
    ("English", "Fluent"),
    ("Bahasa Malaysia", "Fluent"),
    ("Mandarin", "Conversational"),
    ("Hokkien", "Native"),
)
MY_REFEREES = (
    (
        "Mr. Ravindran Subramaniam",
        "Engineering Manager",
        "Tanjung Silicon Sdn. Bhd.",
        "+60 12-410 8832",
    ),
    ("Ms. Chong Siew Lan", "Senior Lecturer", "Politeknik Seberang Perai", "+60 16-552 0194"),
    ("Dr. Azlan bin Hashim", "Test Director", "Kinta Valley Microsystems Bhd.", "+60 19-338 7710"),
)
CA_LABELS = (
    "Policy Analyst \u00b7 Analyste des politiques",
    "Public Policy Professional \u00b7 Professionnelle des politiques publiques",
)
CA_HEADINGS = {
    "profile": ("Profile", "Profil"),
    "work": ("Experience", "Expérience"),
    "education": ("Education", "Formation"),
    "languages": ("Languages", "Langues"),
    "skills": ("Skills", "Compétences"),
}
CA_LANGUAGES = (("French", "Native"), ("English", "Advanced (C1)"), ("Spanish", "Intermediate"))
CA_SUMMARY = (
    "Bilingual policy analyst with experience in transit, community funding and public "
    "consultation. I turn research into short, clear advice for decision-makers and work "
    "comfortably in English and French."
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
MY_SUMMARY = (
    "Test engineer with hands-on experience in semiconductor final test, yield improvement "
    "and test automation. Comfortable working with customers and cross-site teams, and keen "
    "to take on a senior role in product or test engineering."
)


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-turkish-ozgecmis":
        return {
            "dates": rng.choice(("abbr", "numeric")),
            "accent": rng.choice(((170, 30, 40), (30, 70, 130))),
        }
    if style == "pdf-awesome-cv":
        return {
            "dates": rng.choice(("ap", "slash")),
            "accent": rng.choice(((220, 60, 70), (0, 140, 160), (230, 120, 30))),
        }
    if style == "pdf-nigerian-cv":
        return {
            "months": rng.random() < 0.6,
            "present": rng.choice(("Date", "Till Date", "Present")),
        }
    if style == "pdf-malaysian-resume":
        return {"dates": rng.choice(("short", "since")), "band": rng.choice((220, 230))}
    if style == "pdf-canadian-bilingual":
        return {
            "dates": rng.choice(("iso", "fr")),
            "accent": rng.choice(((170, 30, 35), (35, 75, 125))),
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name).split()
    first, last = slug[0], slug[-1]
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street, "postal": postal}
    label: str | None = None
    url: str | None = None
    languages: list[tuple[str, str]] = []
    skills: list[str] = []
    jobs = _chain(rng, pool, rng.choice((2, 3)), rng.random() < 0.7)
    oldest = jobs[-1].start
    if style == "pdf-turkish-ozgecmis":
        female = name.split()[0] in ("Büşra", "Tuğçe", "İlkay")
        phone = rng.choice(
            (
                f"+90 5{rng.randint(30, 55)} {rng.randint(200, 999)} {rng.randint(10, 99)} "
                f"{rng.randint(10, 99)}",
                f"0 (5{rng.randint(30, 55)}) {rng.randint(200, 999)} {rng.randint(10, 99)} "
                f"{rng.randint(10, 99)}",
            )
        )
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'hotmail.com', 'yandex.com'))}"
        born = rng.randint(1986, 1996)
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{born}"
        extra["military"] = None if female else f"Yapıldı ({rng.randint(1, 12):02d}/{born + 24})"
        extra["marital"] = rng.choice(("Evli", "Bekâr"))
        for job in jobs:
            job.city = rng.choice(("İstanbul", "Ankara", "İzmir", "Bursa", "Kocaeli"))
        idx = rng.randrange(len(pool.degrees))
        study, area = pool.degrees[idx]
        label = TR_LABELS[area]
        end_year = oldest[0] - rng.randint(0, 1)
        length = 2 if study == "Yüksek Lisans" else 4
        degrees = [Degree(pool.schools[idx], study, area, (end_year - length, 9), (end_year, 6))]
        extra["grades"] = [f"{rng.randint(270, 360) / 100:.2f}".replace(".", ",")]
        if study == "Yüksek Lisans":
            bsc_end = end_year - 2
            other = rng.choice([s for s in pool.schools if s != pool.schools[idx]])
            degrees.append(
                Degree(other, "Lisans", "Endüstri Mühendisliği", (bsc_end - 4, 9), (bsc_end, 6))
            )
            extra["grades"].append(f"{rng.randint(260, 350) / 100:.2f}".replace(".", ","))
        languages = list(TR_LANGUAGES[: rng.randint(1, 3)])
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-awesome-cv":
        phone = f"+82 10-{rng.randint(2000, 9999)}-{rng.randint(1000, 9999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'naver.com', 'kakao.com'))}"
        label = rng.choice(("Backend Engineer", "Software Engineer · Distributed Systems"))
        url = f"https://{first}{last}.dev"
        extra["github"] = f"https://github.com/{first[:2]}{last}"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        for job in jobs:
            job.city = rng.choice(KR_LOCATIONS)
        idx = rng.randrange(len(pool.degrees))
        study, area = pool.degrees[idx]
        school = pool.schools[idx]
        end_year = oldest[0] - rng.randint(0, 1)
        length = 2 if study == "M.S." else 4
        degrees = [Degree(school, study, area, (end_year - length, 3), (end_year, 2))]
        if study == "M.S.":
            other = rng.choice([s for s in pool.schools if s != school])
            bs_end = end_year - 2
            degrees.append(Degree(other, "B.S.", "Computer Science", (bs_end - 4, 3), (bs_end, 2)))
        extra["school_cities"] = [KR_SCHOOL_CITIES[d.institution] for d in degrees]
        extra["summary"] = KR_SUMMARY
        cats = rng.sample(KR_CATEGORIES, rng.randint(3, 4))
        extra["categories"] = [(c, list(k)) for c, k in cats]
    elif style == "pdf-nigerian-cv":
        phone = rng.choice(
            (
                f"0{rng.choice(('803', '806', '813', '805'))} {rng.randint(100, 999)} "
                f"{rng.randint(1000, 9999)}",
                f"+234 {rng.choice(('803', '806', '813', '805'))} {rng.randint(100, 999)} "
                f"{rng.randint(1000, 9999)}",
            )
        )
        email = f"{first}{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        female = name.split()[0] in ("Adaeze", "Temitope", "Folake")
        born = rng.randint(1986, 1994)
        day = rng.randint(1, 28)
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
        extra["born"] = f"{day}{suffix} {MONTHS_EN[rng.randint(0, 11)]}, {born}"
        extra["sex"] = "Female" if female else "Male"
        extra["marital"] = rng.choice(("Single", "Married"))
        extra["state"], extra["lga"] = rng.choice(NG_STATES)
        extra["summary"] = NG_OBJECTIVE
        for job in jobs:
            job.city = rng.choice(NG_TOWNS)
        idx = rng.randrange(len(pool.degrees))
        study, area = pool.degrees[idx]
        end_year = oldest[0] - rng.randint(1, 2)
        extra["nysc"] = str(end_year + 1)
        extra["class"] = rng.choice(("Second Class Upper", "Second Class Lower", "First Class"))
        waec = end_year - 5
        degrees = [
            Degree(rng.choice(pool.schools), study, area, (end_year - 4, 10), (end_year, 9)),
            Degree(
                rng.choice(NG_SCHOOLS),
                "West African Senior School Certificate (WASSCE)",
                "",
                (waec - 6, 9),
                (waec, 6),
            ),
        ]
        certs = rng.sample(NG_CERTS, rng.randint(1, 2))
        extra["certificates"] = [(n, i, str(rng.randint(end_year + 2, 2024))) for n, i in certs]
        extra["interests"] = rng.sample(NG_HOBBIES, 3)
        skills = rng.sample(pool.skills, rng.randint(4, 6))
    elif style == "pdf-canadian-bilingual":
        phone = f"({street}) 555-{rng.randint(100, 199):04d}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'outlook.com', 'videotron.ca'))}"
        label = rng.choice(CA_LABELS)
        extra["street"] = None
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}{last}"
        extra["summary"] = CA_SUMMARY
        for job in jobs:
            job.city = rng.choice(("Ottawa, ON", "Gatineau, QC", "Montréal, QC"))
        end_year = oldest[0] - rng.randint(0, 1)
        if rng.random() < 0.5:
            study, area = pool.degrees[1]
            school = rng.choice((pool.schools[0], pool.schools[2]))
        else:
            study, area = pool.degrees[2]
            school = pool.schools[1]
        degrees = [Degree(school, study, area, (end_year - 4, 9), (end_year, 4))]
        if rng.random() < 0.6:
            bachelor = degrees[0]
            bachelor.start, bachelor.end = (end_year - 6, 9), (end_year - 2, 4)
            study, area = pool.degrees[0]
            master = Degree(pool.schools[1], study, area, (end_year - 2, 9), (end_year, 4))
            degrees = [master, bachelor]
        languages = list(CA_LANGUAGES[: rng.randint(2, 3)])
        skills = rng.sample(pool.skills, rng.randint(5, 6))
    else:
        phone = f"+60 1{rng.choice((2, 6, 7, 9))}-{rng.randint(200, 999)} {rng.randint(1000, 9999)}"
        email = f"{first}{last}{rng.randint(88, 96)}@{rng.choice(('gmail.com', 'yahoo.com.my'))}"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(100, 999)}"
        extra["summary"] = MY_SUMMARY
        for job in jobs:
            job.city = rng.choice(MY_LOCATIONS)
        idx = rng.randrange(len(pool.degrees))
        study, area = pool.degrees[idx]
        end_year = oldest[0] - rng.randint(0, 1)
        degrees = [Degree(pool.schools[idx], study, area, (end_year - 4, 9), (end_year, 7))]
        extra["cgpa"] = f"{rng.randint(300, 380) / 100:.2f}"
        extra["salary"] = f"RM {rng.randint(6, 12)},{rng.choice(('000', '500'))}"
        extra["notice"] = rng.choice(("1 month", "2 months", "Immediate"))
        extra["referees"] = rng.sample(MY_REFEREES, 2)
        languages = list(MY_LANGUAGES[: rng.randint(2, 4)])
        skills = rng.sample(pool.skills, rng.choice((4, 6)))
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
    profiles = []
    if "github" in extra:
        gh = extra["github"]
        profiles.append({"network": "GitHub", "username": gh.rsplit("/", 1)[-1], "url": gh})
    if "linkedin" in extra:
        li = extra["linkedin"]
        profiles.append({"network": "LinkedIn", "username": li.rsplit("/", 1)[-1], "url": li})
    location: dict[str, Any] = {
        "address": extra["street"],
        "postalCode": extra["postal"],
        "city": person.city,
        "region": person.region,
    }
    if style == "pdf-awesome-cv":
        location["countryCode"] = "KR"
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "summary": extra.get("summary"),
            "location": drop_empty(location),
            "profiles": profiles,
        }
    )
    precision = "year" if style == "pdf-nigerian-cv" and not options["months"] else "month"
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
        if style == "pdf-awesome-cv":
            item |= {"startDate": iso_month(d.start, "month"), "endDate": iso_month(d.end, "month")}
        elif style == "pdf-nigerian-cv" and not d.area:
            item["endDate"] = str(d.end[0])
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        education.append(drop_empty(item))
    if style == "pdf-awesome-cv":
        skills = [{"name": c, "keywords": k} for c, k in extra["categories"]]
    else:
        skills = [{"name": skill} for skill in person.skills]
    certificates = [
        {"name": name, "issuer": issuer, "date": year}
        for name, issuer, year in extra.get("certificates", [])
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
            "interests": [{"name": name} for name in extra.get("interests", [])],
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-turkish-ozgecmis":
        return _turkish(person, options), "pdf"
    if style == "pdf-awesome-cv":
        return _awesome(person, options), "pdf"
    if style == "pdf-nigerian-cv":
        return _nigerian(person, options), "pdf"
    if style == "pdf-malaysian-resume":
        return _malaysian(person, options), "pdf"
    if style == "pdf-canadian-bilingual":
        return _canadian(person, options), "pdf"
    raise ValueError(f"unknown style {style}")


def _tr_month(month: Month | None, form: str) -> str:
    if form == "abbr":
        return "Halen" if month is None else f"{AYLAR[month[1] - 1]} {month[0]}"
    return "günümüz" if month is None else f"{month[1]:02d}.{month[0]}"


def _turkish(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Özgeçmiş - {person.name}")
    x, width, gutter = 18.0, 174.0, 40.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_draw_color(190, 190, 190)
        pdf.set_line_width(0.2)
        pdf.line(x, 286, x + width, 286)
        pdf.set_xy(x, 287)
        pdf.set_font("Sans", "", 7.5)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(width / 2, 4, f"{person.name} \u2013 Özgeçmiş")
        pdf.cell(width / 2, 4, f"Sayfa {pdf.page_no()} / {{nb}}", align="R")
        pdf.set_text_color(25, 25, 25)
        y = 18.0

    def need(height: float) -> None:
        if y + height > 282:
            new_page()

    new_page()
    pdf.set_xy(x, 16)
    pdf.set_font("Sans", "B", 20)
    pdf.cell(130, 10, person.name)
    pdf.set_xy(x, 27)
    pdf.set_font("Sans", "", 11.5)
    pdf.set_text_color(*accent)
    pdf.cell(130, 6, person.label or "")
    pdf.set_text_color(25, 25, 25)
    pdf.set_draw_color(160, 160, 160)
    pdf.set_line_width(0.3)
    pdf.rect(x + width - 28, 12, 28, 35)
    y = 50.0

    def heading(text: str) -> None:
        nonlocal y
        need(15)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.4)
        pdf.line(x, y + 6.5, x + width, y + 6.5)
        pdf.set_text_color(25, 25, 25)
        y += 9.5

    def row(key: str, value: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(gutter, 4.9, key)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width - gutter - 34, 4.9, f": {value}")
        y += 4.9

    heading("KİŞİSEL BİLGİLER")
    y -= 1.5
    rows = [
        ("Adres", f"{extra['street']}, {extra['postal']} {person.city}"),
        ("Telefon", person.phone),
        ("E-posta", person.email),
        ("Doğum Tarihi", extra["born"]),
        ("Uyruk", "T.C."),
        ("Medeni Durum", extra["marital"]),
    ]
    if extra["military"]:
        rows.append(("Askerlik Durumu", extra["military"]))
    rows.append(("Sürücü Belgesi", "B"))
    for key, value in rows:
        row(key, value)
    y += 5
    heading("İŞ DENEYİMİ")
    for job in person.jobs:
        need(16 + 5 * len(job.highlights))
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(gutter, 5, f"{_tr_month(job.start, form)} \u2013 {_tr_month(job.end, form)}")
        pdf.set_text_color(25, 25, 25)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width - gutter - 30, 5, job.company)
        pdf.set_font("Sans", "", 9)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(30, 5, job.city, align="R")
        pdf.set_text_color(25, 25, 25)
        pdf.set_xy(x + gutter, y + 5)
        pdf.set_font("Sans", "I", 9.5)
        pdf.cell(width - gutter, 5, job.position)
        y += 11
        pdf.set_font("Sans", "", 9)
        for note in job.highlights:
            pdf.set_xy(x + gutter, y)
            pdf.cell(4, 4.6, "\u2022")
            pdf.multi_cell(width - gutter - 4, 4.6, note, align="L")
            y = pdf.get_y() + 0.3
        y += 3
    heading("EĞİTİM BİLGİLERİ")
    for d, grade in zip(person.degrees, extra["grades"], strict=True):
        need(17)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 9)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(gutter, 5, f"{d.start[0]} \u2013 {d.end[0]}")
        pdf.set_text_color(25, 25, 25)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width - gutter, 5, d.institution)
        pdf.set_xy(x + gutter, y + 5)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width - gutter, 5, f"{d.area} ({d.study})")
        pdf.set_xy(x + gutter, y + 10)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(width - gutter, 5, f"Not Ortalaması: {grade} / 4,00")
        pdf.set_text_color(25, 25, 25)
        y += 16
    heading("YABANCI DİL")
    pdf.set_font("Sans", "", 9)
    for lang, level in person.languages:
        pdf.set_xy(x + gutter, y)
        pdf.cell(width - gutter, 4.8, f"{lang} \u2013 {level}")
        y += 4.8
    y += 4
    heading("BİLGİSAYAR BİLGİSİ")
    half = (len(person.skills) + 1) // 2
    need(half * 4.8)
    pdf.set_font("Sans", "", 9)
    for i, skill in enumerate(person.skills):
        col, line = divmod(i, half)
        pdf.set_xy(x + gutter + col * 62, y + line * 4.8)
        pdf.cell(4, 4.8, "\u2022")
        pdf.cell(56, 4.8, skill)
    y += half * 4.8 + 4
    heading("REFERANSLAR")
    pdf.set_xy(x + gutter, y)
    pdf.set_font("Sans", "", 9)
    pdf.cell(width - gutter, 4.8, "İstendiğinde verilecektir.")
    _check(y + 6, 282, person)
    return bytes(pdf.output())


def _kr_month(month: Month | None, form: str) -> str:
    if form == "ap":
        return "Pres." if month is None else f"{AP_MONTHS[month[1] - 1]} {month[0]}"
    return "now" if month is None else f"{month[0]}/{month[1]:02d}"


def _awesome(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.add_font("Light", "", str(FONTS / "DejaVuSans-ExtraLight.ttf"))
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name}'s Résumé")
    pdf.add_page()
    x, width = 16.0, 178.0
    dark, grey, light = (45, 45, 45), (90, 90, 90), (140, 140, 140)
    given, family = person.name.split(" ", 1)
    pdf.set_font("Light", "", 26)
    w1 = pdf.get_string_width(given + " ")
    pdf.set_font("Sans", "B", 26)
    w2 = pdf.get_string_width(family)
    left = x + (width - w1 - w2) / 2
    pdf.set_xy(left, 14)
    pdf.set_font("Light", "", 26)
    pdf.set_text_color(*light)
    pdf.cell(w1, 11, given + " ")
    pdf.set_font("Sans", "B", 26)
    pdf.set_text_color(*dark)
    pdf.cell(w2 + 1, 11, family)
    pdf.set_xy(x, 27)
    pdf.set_font("Sans", "", 9)
    pdf.set_text_color(*accent)
    pdf.cell(width, 5, person.label or "", align="C")
    pdf.set_xy(x, 33)
    pdf.set_font("Sans", "I", 7.8)
    pdf.set_text_color(*grey)
    address = f"{extra['street']}, {person.city} {extra['postal']}, South Korea"
    pdf.cell(width, 4.2, address, align="C")
    contact = "  |  ".join(
        (
            person.phone,
            person.email,
            (person.url or "").removeprefix("https://"),
            extra["github"].removeprefix("https://"),
            extra["linkedin"].removeprefix("https://www."),
        )
    )
    pdf.set_xy(x, 37.5)
    pdf.set_font("Sans", "", 7.8)
    pdf.set_text_color(*dark)
    pdf.cell(width, 4.2, contact, align="C")
    y = 48.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 14)
        pdf.set_text_color(*accent)
        head, rest = text[:3], text[3:]
        w = pdf.get_string_width(head)
        pdf.cell(w, 7, head)
        pdf.set_text_color(*dark)
        w_rest = pdf.get_string_width(rest)
        pdf.cell(w_rest + 1, 7, rest)
        pdf.set_draw_color(170, 170, 170)
        pdf.set_line_width(0.25)
        pdf.line(x + w + w_rest + 3, y + 4, x + width, y + 4)
        y += 9

    def entry(org: str, place: str, sub: str, dates: str, notes: list[str]) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(*dark)
        pdf.cell(width - 50, 5, org)
        pdf.set_font("Sans", "I", 8.8)
        pdf.set_text_color(*accent)
        pdf.cell(50, 5, place, align="R")
        pdf.set_xy(x, y + 5)
        pdf.set_font("Sans", "", 8.6)
        pdf.set_text_color(*grey)
        pdf.cell(width - 50, 4.6, sub)
        pdf.set_font("Sans", "I", 8.2)
        pdf.set_text_color(*light)
        pdf.cell(50, 4.6, dates, align="R")
        y += 10.5
        pdf.set_font("Sans", "", 8.6)
        pdf.set_text_color(*grey)
        for note in notes:
            pdf.set_xy(x + 3, y)
            pdf.cell(4, 4.4, "\u2022")
            pdf.multi_cell(width - 7, 4.4, note, align="L")
            y = pdf.get_y() + 0.3
        y += 3

    def span(start: Month, end: Month | None) -> str:
        return f"{_kr_month(start, form)} \u2013 {_kr_month(end, form)}"

    heading("Summary")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 8.8)
    pdf.set_text_color(*grey)
    pdf.multi_cell(width, 4.5, extra["summary"], align="J")
    y = pdf.get_y() + 4
    heading("Experience")
    for job in person.jobs:
        entry(job.company, job.city, job.position, span(job.start, job.end), job.highlights)
    heading("Education")
    for d, place in zip(person.degrees, extra["school_cities"], strict=True):
        entry(d.institution, place, f"{d.study} in {d.area}", span(d.start, d.end), [])
    heading("Skills")
    for category, keywords in extra["categories"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9)
        pdf.set_text_color(*dark)
        pdf.cell(30, 5, category, align="R")
        pdf.set_xy(x + 34, y)
        pdf.set_font("Sans", "", 8.8)
        pdf.set_text_color(*grey)
        pdf.cell(width - 34, 5, ", ".join(keywords))
        y += 5.6
    _check(y, 282, person)
    pdf.set_font("Sans", "", 7.5)
    pdf.set_text_color(*light)
    pdf.set_xy(x, 287)
    pdf.cell(width / 3, 4, "September 30, 2026")
    pdf.cell(width / 3, 4, f"{person.name}  \u00b7  Résumé", align="C")
    pdf.cell(width / 3, 4, "1", align="R")
    return bytes(pdf.output())


def _ng_month(month: Month | None, months: bool, present: str) -> str:
    if month is None:
        return present
    return f"{MONTHS_EN[month[1] - 1]} {month[0]}" if months else str(month[0])


def _core_pdf() -> Any:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(auto=False)
    return pdf


def _nigerian(person: Candidate, options: dict[str, Any]) -> bytes:
    months, present, extra = options["months"], options["present"], person.extra
    pdf = _core_pdf()
    pdf.set_title(f"CV of {person.name}")
    x, width, gutter = 20.0, 170.0, 45.0
    size = 11.0
    page = 0
    y = 0.0

    def new_page() -> None:
        nonlocal y, page
        pdf.add_page()
        page += 1
        pdf.set_xy(x, 285)
        pdf.set_font("Times", "I", 9)
        pdf.set_text_color(100, 100, 100)
        pdf.cell(width, 4, f"Page {page} of {{nb}}", align="C")
        pdf.set_text_color(0, 0, 0)
        y = 18.0

    def need(height: float) -> None:
        if y + height > 276:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(16)
        pdf.set_xy(x, y)
        pdf.set_font("Times", "B", size + 1)
        pdf.cell(width, 6, text.upper())
        pdf.set_line_width(0.3)
        pdf.line(x, y + 6.2, x + width, y + 6.2)
        y += 9

    def row(key: str, value: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font("Times", "B", size)
        pdf.cell(gutter, 5.3, f"{key}:")
        pdf.set_font("Times", "", size)
        pdf.cell(width - gutter, 5.3, value)
        y += 5.3

    def para(text: str, indent: float = 0.0) -> None:
        nonlocal y
        pdf.set_xy(x + indent, y)
        pdf.set_font("Times", "", size)
        pdf.multi_cell(width - indent, 5.3, text, align="J")
        y = pdf.get_y()

    new_page()
    pdf.set_xy(x, 16)
    pdf.set_font("Times", "BU", 16)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    pdf.set_xy(x, 26)
    pdf.set_font("Times", "B", 15)
    pdf.cell(width, 7, person.name, align="C")
    y = 38.0
    heading("Personal Data")
    for key, value in (
        ("Address", f"{extra['street']}, {person.city}"),
        ("Phone Number", person.phone),
        ("E-mail", person.email),
        ("Date of Birth", extra["born"]),
        ("Sex", extra["sex"]),
        ("Marital Status", extra["marital"]),
        ("State of Origin", extra["state"]),
        ("L.G.A.", extra["lga"]),
        ("Nationality", "Nigerian"),
        ("NYSC", f"Completed ({extra['nysc']})"),
    ):
        row(key, value)
    y += 4
    heading("Career Objective")
    para(extra["summary"])
    y += 4
    heading("Educational Qualifications with Dates")
    cols = (("Institution", 62.0), ("Qualification", 78.0), ("Year", 30.0))
    pdf.set_line_width(0.2)

    def table_row(cells: tuple[str, str, str], bold: bool) -> None:
        nonlocal y
        pdf.set_font("Times", "B" if bold else "", size - 0.5)
        heights = []
        for text, (_, w) in zip(cells, cols, strict=True):
            lines = pdf.multi_cell(w - 2, 5, text, dry_run=True, output="LINES")
            heights.append(len(lines) * 5)
        h = max(heights) + 2
        cx = x
        for text, (_, w) in zip(cells, cols, strict=True):
            pdf.rect(cx, y, w, h)
            pdf.set_xy(cx + 1, y + 1)
            pdf.multi_cell(w - 2, 5, text, align="L")
            cx += w
        y += h

    table_row(("Institution", "Qualification", "Year"), True)
    degree, school = person.degrees
    table_row(
        (
            degree.institution,
            f"{degree.study} {degree.area} ({extra['class']})",
            f"{degree.start[0]} \u2013 {degree.end[0]}",
        ),
        False,
    )
    table_row((school.institution, school.study, str(school.end[0])), False)
    y += 5
    heading("Professional Qualifications")
    for name, issuer, year in extra["certificates"]:
        pdf.set_xy(x, y)
        pdf.set_font("Times", "", size)
        pdf.cell(5, 5.3, "\u2022")
        pdf.cell(width - 5, 5.3, f"{name} \u2013 {issuer}, {year}")
        y += 5.3
    y += 4
    heading("Work Experience")
    for job in person.jobs:
        need(30)
        pdf.set_xy(x, y)
        pdf.set_font("Times", "B", size)
        pdf.cell(width - 50, 5.3, f"{job.company}, {job.city}")
        span = (
            f"{_ng_month(job.start, months, present)} \u2013 {_ng_month(job.end, months, present)}"
        )
        pdf.cell(50, 5.3, span, align="R")
        y += 5.6
        row("Position", job.position)
        pdf.set_xy(x, y)
        pdf.set_font("Times", "BI", size)
        pdf.cell(width, 5.3, "Duties and Responsibilities:")
        y += 5.6
        for note in job.highlights:
            need(6)
            pdf.set_xy(x + 5, y)
            pdf.set_font("Times", "", size)
            pdf.cell(5, 5.3, "\u2022")
            pdf.multi_cell(width - 10, 5.3, note, align="L")
            y = pdf.get_y() + 0.3
        y += 4
    heading("Skills / Competencies")
    for skill in person.skills:
        need(6)
        pdf.set_xy(x + 5, y)
        pdf.set_font("Times", "", size)
        pdf.cell(5, 5.3, "\u2022")
        pdf.cell(width - 10, 5.3, skill)
        y += 5.3
    y += 4
    heading("Hobbies")
    para(", ".join(extra["interests"]) + ".")
    y += 4
    heading("Referees")
    para("Available on request.")
    if page < 2:
        raise ValueError(f"the Nigerian CV should run to two pages for {person.name}")
    _check(y, 280, person)
    return bytes(pdf.output())


def _my_month(month: Month, form: str) -> str:
    name = MONTHS_EN[month[1] - 1]
    return f"{name[:3]} {month[0]}" if form == "short" else f"{name} {month[0]}"


def _my_span(start: Month, end: Month | None, form: str) -> str:
    if end is None:
        if form == "since":
            return f"Since {_my_month(start, form)}"
        return f"{_my_month(start, form)} \u2013 Present"
    return f"{_my_month(start, form)} \u2013 {_my_month(end, form)}"


def _malaysian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, band, extra = options["dates"], options["band"], person.extra
    pdf = _core_pdf()
    pdf.set_title(f"Resume_{person.name.replace(' ', '_')}")
    pdf.add_page()
    x, width = 18.0, 174.0
    pdf.set_xy(x, 15)
    pdf.set_font("Helvetica", "B", 22)
    pdf.set_text_color(20, 20, 20)
    pdf.cell(width, 10, person.name)
    pdf.set_xy(x, 26)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.set_text_color(60, 60, 60)
    region = person.region
    pdf.cell(width, 5, f"{extra['street']}, {extra['postal']} {person.city}, {region}")
    pdf.set_xy(x, 31)
    linkedin = extra["linkedin"].removeprefix("https://www.")
    pdf.cell(width, 5, f"{person.phone}   |   {person.email}   |   {linkedin}")
    y = 41.0

    def heading(text: str) -> None:
        nonlocal y
        pdf.set_fill_color(band, band, band)
        pdf.rect(x, y, width, 6.5, style="F")
        pdf.set_xy(x + 2, y + 0.5)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.set_text_color(20, 20, 20)
        pdf.cell(width - 4, 5.5, text.upper())
        y += 9

    heading("Professional Summary")
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "", 9.3)
    pdf.multi_cell(width, 4.7, extra["summary"], align="L")
    y = pdf.get_y() + 4
    heading("Work Experience")
    for job in person.jobs:
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(width - 55, 5, job.position)
        pdf.set_font("Helvetica", "", 9.3)
        pdf.cell(55, 5, _my_span(job.start, job.end, form), align="R")
        pdf.set_xy(x, y + 5)
        pdf.set_font("Helvetica", "I", 9.3)
        pdf.set_text_color(70, 70, 70)
        pdf.cell(width, 5, f"{job.company} | {job.city}")
        pdf.set_text_color(20, 20, 20)
        y += 11
        pdf.set_font("Helvetica", "", 9.3)
        for note in job.highlights:
            pdf.set_xy(x + 3, y)
            pdf.cell(4, 4.6, "\u2022")
            pdf.multi_cell(width - 7, 4.6, note, align="L")
            y = pdf.get_y() + 0.3
        y += 3
    heading("Education")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(width, 5, f"{d.study} in {d.area}")
        pdf.set_xy(x, y + 5)
        pdf.set_font("Helvetica", "", 9.3)
        pdf.cell(width - 40, 5, d.institution)
        pdf.cell(40, 5, f"{d.start[0]} \u2013 {d.end[0]}", align="R")
        pdf.set_xy(x, y + 10)
        pdf.cell(width, 5, f"CGPA: {extra['cgpa']} / 4.00")
        y += 17
    heading("Skills")
    pdf.set_font("Helvetica", "", 9.3)
    half = (len(person.skills) + 1) // 2
    for i, skill in enumerate(person.skills):
        col, line = divmod(i, half)
        pdf.set_xy(x + 3 + col * 85, y + line * 4.8)
        pdf.cell(4, 4.8, "\u2022")
        pdf.cell(78, 4.8, skill)
    y += half * 4.8 + 4
    heading("Languages")
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "", 9.3)
    langs = ", ".join(f"{lang} ({level})" for lang, level in person.languages)
    pdf.cell(width, 4.8, langs)
    y += 9
    heading("Personal Particulars")
    for key, value in (
        ("Nationality", "Malaysian"),
        ("Expected Salary", f"{extra['salary']} (negotiable)"),
        ("Notice Period", extra["notice"]),
    ):
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 9.3)
        pdf.cell(38, 4.8, key)
        pdf.set_font("Helvetica", "", 9.3)
        pdf.cell(width - 38, 4.8, f": {value}")
        y += 4.8
    y += 4
    heading("References")
    for i, (name, title, company, phone) in enumerate(extra["referees"]):
        cx = x + i * 87
        for j, (text, style) in enumerate(
            ((name, "B"), (title, ""), (company, ""), (f"Tel: {phone}", ""))
        ):
            pdf.set_xy(cx, y + j * 4.6)
            pdf.set_font("Helvetica", style, 9)
            pdf.cell(85, 4.6, text)
    y += 4 * 4.6
    _check(y, 285, person)
    return bytes(pdf.output())


def _ca_month(month: Month | None, form: str) -> str:
    if form == "iso":
        return "present" if month is None else f"{month[0]}-{month[1]:02d}"
    return "aujourd\u2019hui" if month is None else f"{MOIS[month[1] - 1]} {month[0]}"


def _canadian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _serif_letter()
    pdf.set_title(f"{person.name} \u2013 Résumé / CV")
    pdf.add_page()
    x, width = 20.0, 175.9
    ink = (30, 30, 30)
    pdf.set_xy(x, 15)
    pdf.set_font("Serif", "B", 20)
    pdf.set_text_color(*ink)
    pdf.cell(width, 9, person.name, align="C")
    pdf.set_xy(x, 25)
    pdf.set_font("Serif", "I", 10.5)
    pdf.set_text_color(*accent)
    pdf.cell(width, 5.5, person.label or "", align="C")
    contact = "  |  ".join(
        (
            f"{person.city}, {person.region} {extra['postal']}",
            person.phone,
            person.email,
            extra["linkedin"].removeprefix("https://www."),
        )
    )
    pdf.set_xy(x, 31.5)
    pdf.set_font("Serif", "", 8.6)
    pdf.set_text_color(70, 70, 70)
    pdf.cell(width, 5, contact, align="C")
    y = 42.0

    def heading(key: str) -> None:
        nonlocal y
        english, french = CA_HEADINGS[key]
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width / 2, 6, english.upper())
        pdf.set_font("Serif", "I", 10)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(width / 2, 6, french.upper(), align="R")
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.35)
        pdf.line(x, y + 6.6, x + width, y + 6.6)
        pdf.set_text_color(*ink)
        y += 9.5

    heading("profile")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 9.2)
    pdf.multi_cell(width, 4.7, extra["summary"], align="L")
    y = pdf.get_y() + 4
    heading("work")
    for job in person.jobs:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(width - 60, 5, job.position)
        pdf.set_font("Serif", "", 9)
        span = (
            f"{_ca_month(job.start, form)} to {_ca_month(job.end, form)}"
            if form == "iso"
            else f"{_ca_month(job.start, form)} \u2013 {_ca_month(job.end, form)}"
        )
        pdf.cell(60, 5, span, align="R")
        pdf.set_xy(x, y + 5)
        pdf.set_font("Serif", "I", 9.2)
        pdf.set_text_color(80, 80, 80)
        pdf.cell(width, 5, f"{job.company} \u2014 {job.city}")
        pdf.set_text_color(*ink)
        y += 11
        pdf.set_font("Serif", "", 9)
        for note in job.highlights:
            pdf.set_xy(x + 3, y)
            pdf.cell(4, 4.6, "\u2022")
            pdf.multi_cell(width - 7, 4.6, note, align="L")
            y = pdf.get_y() + 0.3
        y += 3
    heading("education")
    for d in person.degrees:
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 9.8)
        pdf.cell(width - 35, 5, f"{d.study}, {d.area}")
        pdf.set_font("Serif", "", 9)
        pdf.cell(35, 5, f"{d.start[0]} \u2013 {d.end[0]}", align="R")
        pdf.set_xy(x, y + 5)
        pdf.set_font("Serif", "I", 9.2)
        pdf.cell(width, 5, d.institution)
        y += 12
    heading("languages")
    pdf.set_font("Serif", "", 9.2)
    for lang, level in person.languages:
        pdf.set_xy(x, y)
        pdf.cell(width, 4.8, f"{lang} \u2013 {level}")
        y += 4.8
    y += 4
    heading("skills")
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "", 9.2)
    pdf.multi_cell(width, 4.8, " \u00b7 ".join(person.skills), align="L")
    _check(pdf.get_y(), 268, person)
    return bytes(pdf.output())

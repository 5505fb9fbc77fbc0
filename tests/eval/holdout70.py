"""Seventieth held-out round ("holdout-70"): more layouts, written blind (without reading
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
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, profile_links

HOLDOUT_TAG = "holdout-70"
GENERATOR = "tests/eval/holdout70.py"
SEED = 7_052_844

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-mauritanian-cv", 3),
    ("pdf-timorese-cv", 3),
    ("pdf-bayt-cv-export", 3),
    ("docx-malay-cv-word", 3),
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
MONTHS_LONG = (
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
    "Mac",
    "April",
    "Mei",
    "Jun",
    "Julai",
    "Ogos",
    "September",
    "Oktober",
    "November",
    "Disember",
)

POOLS: dict[str, Pool] = {
    "pdf-mauritanian-cv": Pool(
        first=("Mohamed Lemine", "Sidi Mohamed", "Ahmedou", "Cheikh Tijani", "El Hacen", "Brahim"),
        last=("Ould Sidaty", "Ould Bebaha", "Ould Mbareck", "Ould Dahah", "Ould Bouceif"),
        cities=(
            ("Nouakchott", None, None, "Tevragh Zeina, Îlot C, Lot n°245"),
            ("Nouakchott", None, None, "Ksar, Quartier Socofim, Villa n°18"),
            ("Nouakchott", None, None, "Arafat, Carrefour Tenwiwich, Lot n°77"),
        ),
        employers=(
            "Banque Sahélienne de Commerce et d'Investissement (BSCI)",
            "Mauritanie Pêche Export SA",
            "Chinguetti Télécom",
            "ONG Tiris pour le Développement Local",
            "Société Adrar Logistique SARL",
        ),
        titles=(
            "Comptable",
            "Contrôleur de gestion",
            "Assistant administratif et financier",
            "Chargé de clientèle",
            "Auditeur interne",
        ),
        highlights=(
            "Tenue de la comptabilité générale et analytique",
            "Élaboration des états financiers annuels et des déclarations fiscales",
            "Suivi budgétaire des projets financés par les partenaires",
            "Rapprochements bancaires mensuels et suivi de la trésorerie",
            "Contrôle des pièces justificatives et des bons de commande",
            "Gestion du portefeuille clients entreprises de l'agence",
            "Participation à la mission d'audit des agences de l'intérieur",
            "Préparation des tableaux de bord mensuels pour la direction",
            "Suivi des dossiers du personnel et de la paie",
        ),
        skills=(
            "Word, Excel, PowerPoint",
            "SAGE Comptabilité 100",
            "Logiciel TOM²PRO",
            "Internet et messagerie",
            "SPSS",
        ),
        schools=(
            "Université de Nouakchott Al Aasriya",
            "Institut Supérieur de Comptabilité et d'Administration des Entreprises (ISCAE)",
            "Université Moderne de Nouakchott",
        ),
        degrees=(
            ("Licence", "Sciences de Gestion"),
            ("Licence professionnelle", "Comptabilité et Finance"),
            ("Maîtrise", "Sciences Économiques"),
        ),
    ),
    "pdf-timorese-cv": Pool(
        first=("Joaquina", "Ermelinda", "Agostinho", "Natalino", "Zélia", "Jacinta", "Domingos"),
        last=("da Costa Ximenes", "Pereira Soares", "do Amaral", "Lopes Sarmento", "Freitas"),
        cities=(
            ("Dili", None, None, "Rua Jacinto Cândido, Bairro Pite"),
            ("Dili", None, None, "Aldeia Becusi Centro, Suco Becora"),
            ("Dili", None, None, "Rua de Comoro, Aldeia Moris Foun"),
        ),
        employers=(
            "Fundasaun Hadomi Comunidade",
            "Dili Community Health Network",
            "Kooperativa Kafé Letefoho",
            "Lorosae Microfinance Institute",
            "Tasi Mane Logistics, Lda.",
        ),
        titles=(
            "Program Officer",
            "Finance and Administration Officer",
            "Community Development Facilitator",
            "Monitoring and Evaluation Officer",
            "Project Assistant",
        ),
        highlights=(
            "Facilitated community meetings in 12 sucos of Ermera and Liquiçá municipalities",
            "Prepared monthly financial reports for donors and the board",
            "Collected and entered survey data using KoboToolbox",
            "Coordinated trainings for farmer groups on coffee processing",
            "Managed petty cash, payroll and staff leave records",
            "Wrote quarterly progress reports in English and Tetum",
            "Supported procurement and asset management for the Dili office",
            "Organised field visits for partners and government officials",
            "Monitored savings and loans groups and followed up repayments",
        ),
        skills=(
            "Microsoft Word, Excel and PowerPoint",
            "KoboToolbox",
            "QuickBooks",
            "Report writing",
            "Internet and email",
            "Basic SPSS",
        ),
        schools=(
            "Universidade Nacional Timor Lorosa'e (UNTL)",
            "Universidade da Paz (UNPAZ)",
            "Dili Institute of Technology (DIT)",
        ),
        degrees=(
            ("Bachelor Degree", "Agribusiness"),
            ("Bachelor Degree", "Public Administration"),
            ("Bachelor Degree", "Accounting"),
        ),
    ),
    "pdf-bayt-cv-export": Pool(
        first=("Rania", "Tariq", "Hanan", "Faisal", "Layla", "Karim", "Joseph"),
        last=("Haddad", "Qureshi", "Abdelrahman", "Nassar", "Mathew", "El Sayed"),
        cities=(
            ("Dubai", None, "AE", "United Arab Emirates"),
            ("Abu Dhabi", None, "AE", "United Arab Emirates"),
            ("Doha", None, "QA", "Qatar"),
            ("Riyadh", None, "SA", "Saudi Arabia"),
        ),
        employers=(
            "Al Wasl Facilities Management LLC",
            "Gulf Horizon Trading Co. W.L.L.",
            "Najd Contracting Company",
            "Emirates Pearl Hospitality LLC",
            "Doha Bay Logistics W.L.L.",
        ),
        titles=(
            "Senior Accountant",
            "Accountant",
            "Finance Manager",
            "Accounts Payable Supervisor",
            "Financial Analyst",
        ),
        highlights=(
            "Prepared monthly management accounts and variance analysis for 3 business units",
            "Handled VAT returns and liaised with the Federal Tax Authority",
            "Reconciled intercompany balances and bank accounts on a monthly basis",
            "Supervised a team of 4 accountants processing 900+ invoices a month",
            "Implemented Oracle NetSuite and migrated opening balances",
            "Coordinated year-end audit with external auditors (Big 4)",
            "Prepared cash-flow forecasts and weekly treasury reports",
            "Reviewed project costing and WIP for contracting jobs",
            "Reduced overdue receivables by 30% through weekly follow-ups",
        ),
        skills=(
            "IFRS",
            "VAT",
            "Oracle NetSuite",
            "SAP FICO",
            "MS Excel",
            "Financial Reporting",
            "Budgeting",
            "Tally ERP",
        ),
        schools=(
            "Cairo University",
            "University of Jordan",
            "University of Kerala",
            "Lebanese American University",
        ),
        degrees=(
            ("Bachelor's degree", "Accounting"),
            ("Bachelor's degree", "Commerce"),
            ("Bachelor's degree", "Finance and Banking"),
        ),
    ),
    "docx-malay-cv-word": Pool(
        first=("Nurul Aina", "Siti Hajar", "Nur Syafiqah", "Farah Wahida", "Aisyah Humaira"),
        last=(
            "binti Rosli",
            "binti Kamaruddin",
            "binti Ahmad Fauzi",
            "binti Hashim",
            "binti Yusof",
        ),
        cities=(
            ("Kajang", "Selangor", "43000", "No. 27, Jalan Cempaka 4, Taman Cempaka"),
            ("Shah Alam", "Selangor", "40150", "No. 8, Jalan Bunga Raya 7/3, Seksyen 7"),
            ("Seremban", "Negeri Sembilan", "70450", "Lot 112, Jalan Rasah Jaya 2"),
        ),
        employers=(
            "Syarikat Perniagaan Indah Jaya Sdn. Bhd.",
            "Koperasi Pekerja Seri Melati Berhad",
            "Teras Logistik Sdn. Bhd.",
            "Permata Hartanah Sdn. Bhd.",
            "Klinik Pergigian Seri Murni",
        ),
        titles=(
            "Eksekutif Akaun",
            "Kerani Akaun",
            "Pembantu Tadbir",
            "Eksekutif Sumber Manusia",
            "Penolong Akauntan",
        ),
        highlights=(
            "Merekod transaksi harian ke dalam sistem perakaunan UBS",
            "Menyediakan penyata penyesuaian bank setiap bulan",
            "Menguruskan bayaran gaji, KWSP, PERKESO dan cukai PCB pekerja",
            "Menyediakan laporan kewangan bulanan kepada pengurus",
            "Menguruskan invois pembekal dan tuntutan pelanggan",
            "Membantu juruaudit luar semasa audit tahunan",
            "Menguruskan fail peribadi dan cuti pekerja",
            "Menyelaras temu duga dan latihan pekerja baharu",
            "Menjawab panggilan dan menguruskan surat-menyurat pejabat",
        ),
        skills=(
            "Microsoft Office (Word, Excel, PowerPoint)",
            "Sistem perakaunan UBS",
            "SQL Account",
            "Komunikasi yang baik",
            "Bekerja secara berpasukan",
            "Pengurusan masa",
        ),
        schools=(
            "Universiti Teknologi MARA (UiTM) Shah Alam",
            "Universiti Utara Malaysia (UUM)",
            "Universiti Kebangsaan Malaysia (UKM)",
        ),
        degrees=(
            ("Ijazah Sarjana Muda", "Perakaunan (Kepujian)"),
            ("Ijazah Sarjana Muda", "Pengurusan Sumber Manusia (Kepujian)"),
            ("Ijazah Sarjana Muda", "Pentadbiran Perniagaan (Kepujian)"),
        ),
    ),
}

MR_PROFILE = (
    "Cadre dynamique et rigoureux, disposant d'une solide expérience en finance et en "
    "gestion au sein d'entreprises et d'organisations en Mauritanie."
)
MR_BAC = ("Baccalauréat série C", "Baccalauréat série D", "Baccalauréat série Lettres Modernes")
MR_LYCEES = ("Lycée National de Nouakchott", "Lycée Arabe de Nouakchott", "Lycée de Rosso")
MR_MENTIONS = ("Assez bien", "Bien", "Passable")
MR_MASTERS = (
    ("Master professionnel", "Audit et Contrôle de Gestion"),
    ("Master", "Finance et Comptabilité"),
)
MR_TRAININGS = (
    ("Formation en audit interne et contrôle interne", "Cabinet Sahel Conseil", "2021"),
    ("Formation sur les normes IFRS", "Centre Mauritanien de Formation Financière", "2022"),
    ("Certificat en gestion de projets", "Institut Chinguetti de Management", "2019"),
)
MR_LANGUAGES = (
    ("Arabe", "langue maternelle"),
    ("Français", "lu, écrit, parlé couramment"),
    ("Anglais", "niveau moyen"),
    ("Pulaar", "notions"),
)
MR_INTERESTS = ("Lecture", "Football", "Voyages", "Thé entre amis", "Internet")
MR_REFERENCES = (
    ("M. Mohamed Salem Ould Boubacar", "Directeur Financier, Mauritanie Pêche Export SA"),
    ("Mme Khadijetou Mint Ely", "Chef de service audit, Chinguetti Télécom"),
)
TL_PROFILE = (
    "Hard-working and committed development worker with experience in rural community "
    "programs, finance and reporting. Able to work with communities, government and "
    "international partners."
)
TL_SECONDARY = (
    "Escola Secundária Geral 4 de Setembro, Dili",
    "Escola Secundária Católica São José, Dili",
    "Escola Secundária Geral Nicolau Lobato, Dili",
)
TL_TRAININGS = (
    ("Project Cycle Management", "Timor Training Partnership", "2019"),
    ("Financial Management for NGOs", "Forum Organizasaun Komunitaria", "2021"),
    ("Gender and Social Inclusion", "Dili Learning Centre", "2022"),
    ("Basic English Course (Level 4)", "Dili English Language Centre", "2017"),
)
TL_LANGUAGES = (
    ("Tetum", "Native"),
    ("Bahasa Indonesia", "Fluent"),
    ("Portuguese", "Good"),
    ("English", "Good"),
    ("Mambae", "Fair"),
)
TL_REFERENCES = (
    ("Mr. Aurelio Mendonça", "Program Manager, Fundasaun Hadomi Comunidade", "+670 7723 4410"),
    ("Ms. Filomena dos Reis", "Finance Manager, Lorosae Microfinance Institute", "+670 7745 9012"),
    ("Mr. Carlos Boavida", "Lecturer, Universidade da Paz", "+670 7812 6634"),
)
BY_SUMMARY = (
    "Qualified accountant with solid experience in the GCC region in financial reporting, "
    "VAT compliance and ERP implementation. Looking for a challenging finance role with a "
    "reputable organization."
)
BY_NATIONALITY = ("Jordan", "Egypt", "India", "Lebanon", "Pakistan")
BY_LEVELS = ("Expert", "Expert", "Intermediate")
BY_CERTS = (
    ("Certified Management Accountant (CMA)", "Institute of Management Accountants", (2018, 5)),
    ("IFRS Certificate", "ACCA", (2020, 11)),
    ("VAT Compliance Diploma", "Emirates Institute of Finance", (2019, 3)),
)
BY_LANGUAGES = (("Arabic", "Expert"), ("English", "Expert"), ("Hindi", "Intermediate"))
MY_OBJECTIVE = (
    "Mencari peluang pekerjaan yang mencabar dalam bidang yang berkaitan untuk menggunakan "
    "pengetahuan dan pengalaman saya serta menyumbang kepada kejayaan organisasi."
)
MY_DIPLOMAS = (
    ("Politeknik Sultan Salahuddin Abdul Aziz Shah", "Diploma", "Perakaunan"),
    ("Kolej Profesional MARA Bandar Melaka", "Diploma", "Pengurusan Perniagaan"),
)
MY_SCHOOLS = ("SMK Bandar Baru Bangi", "SMK Seri Ampang", "SMK Dato' Abdul Razak")
MY_SPM = ("6A 3B", "8A 1B", "5A 4B 1C")
MY_LANGUAGES = (
    ("Bahasa Melayu", "Sangat baik"),
    ("Bahasa Inggeris", "Baik"),
    ("Bahasa Arab", "Asas"),
)
MY_REFERENCES = (
    ("Encik Shahrul Nizam bin Abdul Ghani", "Pengurus Kewangan, Teras Logistik Sdn. Bhd."),
    ("Puan Rohaya binti Mat Saad", "Pensyarah, Universiti Teknologi MARA (UiTM) Shah Alam"),
)
MY_HOBBIES = ("Membaca", "Memasak", "Berjoging", "Melancong")


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-mauritanian-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "edu_range": rng.random() < 0.5,
            "headline": rng.random() < 0.5,
            "education_first": rng.random() < 0.7,
            "referees": rng.random() < 0.5,
        }
    if style == "pdf-timorese-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "present": rng.choice(("Present", "Now")),
            "labelled": rng.random() < 0.6,
            "headline": rng.random() < 0.4,
        }
    if style == "pdf-bayt-cv-export":
        return {
            "dates": rng.choice(("long", "short")),
            "headline": rng.random() < 0.7,
            "summary": rng.random() < 0.7,
            "bullets": rng.random() < 0.6,
        }
    if style == "docx-malay-cv-word":
        return {
            "dates": rng.choice(("words", "numeric")),
            "present": rng.choice(("Kini", "Sekarang")),
            "table": rng.random() < 0.5,
            "headline": rng.random() < 0.4,
            "referees": rng.random() < 0.6,
        }
    return {}


def _edu(
    school: str,
    study: str,
    area: str | None,
    start: str | None,
    end: str | None,
    score: str | None = None,
) -> dict[str, Any]:
    return {
        "institution": school,
        "studyType": study,
        "area": area,
        "startDate": start,
        "endDate": end,
        "score": score,
    }


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name).split()
    first, last = slug[0], slug[-1]
    city, region, code, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street}
    url: str | None = None
    jobs = _chain(rng, pool, rng.choice((3, 4)), rng.random() < 0.7)
    year = jobs[-1].start[0] - rng.randint(0, 1)
    study, area = rng.choice(pool.degrees)
    school = rng.choice(pool.schools)
    skills = rng.sample(pool.skills, rng.randint(4, 5))
    edu: list[dict[str, Any]] = []
    if style == "pdf-mauritanian-cv":
        code = "MR"
        phone = f"+222 {rng.choice((22, 36, 46))} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        phone += f"{rng.randint(10, 99)}"
        email = f"{first}{last}{rng.randint(80, 99)}@{rng.choice(('gmail.com', 'yahoo.fr'))}"
        for job in jobs:
            job.city = rng.choice(("Nouakchott", "Nouakchott", "Nouadhibou", "Zouérate"))
        if jobs[0].end is None and rng.random() < 0.5:
            master = rng.choice(MR_MASTERS)
            edu.append(_edu(pool.schools[1], *master, str(jobs[0].start[0] + 1), None))
        edu.append(_edu(school, study, area, str(year - 3), str(year), rng.choice(MR_MENTIONS)))
        edu.append(_edu(rng.choice(MR_LYCEES), rng.choice(MR_BAC), None, None, str(year - 3)))
        extra["born"] = (
            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year - 22} à "
            f"{rng.choice(('Rosso', 'Atar', 'Kiffa', 'Boutilimit', 'Néma'))}"
        )
        extra["status"] = rng.choice(("Célibataire", "Marié"))
        extra["certs"] = sorted(rng.sample(MR_TRAININGS, 2), key=lambda c: c[2], reverse=True)
        extra["summary"] = MR_PROFILE
        extra["interests"] = rng.sample(MR_INTERESTS, 3)
        extra["referees"] = list(MR_REFERENCES)
        languages = list(MR_LANGUAGES[: rng.randint(3, 4)])
    elif style == "pdf-timorese-cv":
        code = "TL"
        phone = f"+670 7{rng.choice((7, 8, 3))}{rng.randint(10, 99)} {rng.randint(1000, 9999)}"
        email = f"{first}{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        for job in jobs:
            job.city = rng.choice(("Dili", "Dili", "Ermera", "Baucau", "Maliana"))
        edu.append(_edu(school, study, area, str(year - 4), str(year)))
        edu.append(
            _edu(
                rng.choice(TL_SECONDARY),
                "Secondary School Certificate",
                rng.choice(("Science", "Social Science")),
                str(year - 8),
                str(year - 5),
            )
        )
        extra["born"] = f"{rng.randint(1, 28)} {MONTHS_LONG[rng.randrange(12)]} {year - 23}"
        extra["pob"] = rng.choice(("Dili", "Ermera", "Baucau", "Same", "Viqueque"))
        extra["sex"] = "Female" if name.split()[0] in ("Joaquina", "Ermelinda", "Zélia") else ""
        extra["sex"] = extra["sex"] or ("Female" if name.startswith("Jacinta") else "Male")
        extra["certs"] = sorted(
            rng.sample(TL_TRAININGS, rng.randint(2, 3)), key=lambda c: c[2], reverse=True
        )
        extra["summary"] = TL_PROFILE
        extra["referees"] = list(TL_REFERENCES[: rng.choice((2, 3))])
        languages = [*TL_LANGUAGES[:4]] if rng.random() < 0.5 else list(TL_LANGUAGES)
    elif style == "pdf-bayt-cv-export":
        digits = f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        mobile = {
            "AE": f"+971 5{rng.choice((0, 2, 5))} {digits}",
            "QA": f"+974 {rng.choice((3, 5, 6))}{digits}",
            "SA": f"+966 5{rng.choice((0, 5, 6))} {digits}",
        }
        phone = mobile[code or "AE"]
        email = f"{first}.{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'hotmail.com'))}"
        extra["country"] = street
        extra["street"] = None
        for job in jobs:
            other = rng.choice(POOLS[style].cities)
            job.city = f"{other[0]}, {other[3]}"
        grade = rng.choice(("Very Good", "Good", "Excellent", None))
        grad = (year, rng.choice((6, 7)))
        edu.append(_edu(school, study, area, None, iso_month(grad, "month"), grade))
        if rng.random() < 0.4:
            mba = ("Lebanese American University", "Master's degree", "Business Administration")
            edu.insert(0, _edu(mba[0], mba[1], mba[2], None, f"{jobs[0].start[0] - 1}-06"))
        extra["grad"] = grad
        extra["nationality"] = rng.choice(BY_NATIONALITY)
        extra["visa"] = rng.choice(("Employment Visa", "Residence Visa (Transferable)"))
        extra["summary"] = BY_SUMMARY
        extra["levels"] = [rng.choice(BY_LEVELS) for _ in range(8)]
        extra["years"] = [
            rng.choice(("More than 5 years", "2-5 years", "1-2 years")) for _ in range(8)
        ]
        extra["certs"] = rng.sample(BY_CERTS, rng.randint(1, 2))
        if rng.random() < 0.5:
            extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(10, 99)}"
        skills = rng.sample(pool.skills, rng.randint(5, 7))
        languages = list(BY_LANGUAGES[: rng.choice((2, 3))])
    else:
        phone = f"01{rng.choice((2, 3, 7, 9))}-{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        email = f"{first}{last}{rng.randint(90, 99)}@gmail.com"
        extra["postal"] = code
        code = None
        for job in jobs:
            job.city = rng.choice(
                ("Shah Alam, Selangor", "Kuala Lumpur", "Petaling Jaya, Selangor")
            )
        edu.append(
            _edu(
                school, study, area, str(year - 3), str(year), f"{rng.randint(300, 375) / 100:.2f}"
            )
        )
        if rng.random() < 0.6:
            dip = rng.choice(MY_DIPLOMAS)
            edu.append(_edu(dip[0], dip[1], dip[2], str(year - 6), str(year - 3)))
            spm = year - 6
        else:
            edu.append(
                _edu(
                    rng.choice(MY_SCHOOLS),
                    "Sijil Tinggi Persekolahan Malaysia (STPM)",
                    None,
                    str(year - 5),
                    str(year - 4),
                )
            )
            spm = year - 6
        edu.append(
            _edu(
                rng.choice(MY_SCHOOLS),
                "Sijil Pelajaran Malaysia (SPM)",
                None,
                None,
                str(spm),
                rng.choice(MY_SPM),
            )
        )
        extra["ic"] = f"{(year - 22) % 100:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-"
        extra["ic"] += f"{rng.choice((10, 14, 5)):02d}-{rng.randint(1000, 9998):04d}"
        extra["age"] = 2026 - (year - 22)
        extra["summary"] = MY_OBJECTIVE
        extra["hobbies"] = rng.sample(MY_HOBBIES, 3)
        extra["referees"] = list(MY_REFERENCES)
        languages = list(MY_LANGUAGES[: rng.choice((2, 3))])
    extra["edu"] = edu
    return Candidate(
        style=style,
        name=name,
        label=jobs[0].position,
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
    location = drop_empty(
        {
            "address": extra["street"],
            "postalCode": extra.get("postal"),
            "city": person.city,
            "region": person.region,
            "countryCode": person.code,
        }
    )
    summary = extra["summary"]
    if style == "pdf-bayt-cv-export" and not options["summary"]:
        summary = None
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label if options["headline"] else None,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "summary": summary,
            "location": location,
            "profiles": profile_links(extra),
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
    education = [drop_empty(dict(item)) for item in extra["edu"]]
    certificates: list[dict[str, Any]] = []
    for title, issuer, when in extra.get("certs", []):
        date = iso_month(when, "month") if isinstance(when, tuple) else when
        certificates.append({"name": title, "issuer": issuer, "date": date})
    skills: list[dict[str, Any]] = [{"name": skill} for skill in person.skills]
    if style == "pdf-bayt-cv-export":
        skills = [
            {"name": skill, "level": level}
            for skill, level in zip(person.skills, extra["levels"], strict=False)
        ]
    references: list[dict[str, Any]] = []
    if style == "pdf-timorese-cv" or options.get("referees"):
        references = [
            {"name": ref[0], "reference": ", ".join(ref[1:])} for ref in extra["referees"]
        ]
    interests = [{"name": item} for item in extra.get("interests", extra.get("hobbies", []))]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "certificates": certificates,
            "skills": skills,
            "languages": [{"language": lang, "fluency": level} for lang, level in person.languages],
            "interests": interests,
            "references": references,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-mauritanian-cv":
        return _mauritania(person, options), "pdf"
    if style == "pdf-timorese-cv":
        return _timor(person, options), "pdf"
    if style == "pdf-bayt-cv-export":
        return _bayt(person, options), "pdf"
    if style == "docx-malay-cv-word":
        return _malaysia(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _years(item: dict[str, Any], ongoing: str) -> str:
    """ "2016 - 2019", "2019", or "2023 - <ongoing>" (en dashes) from an education's years."""
    start, end = item["startDate"], item["endDate"]
    if end is None:
        return f"{start} \u2013 {ongoing}"
    return f"{start} \u2013 {end}" if start else str(end)


# ------------------------------------------------------------------------------ Mauritania


def _mr_span(start: Month, end: Month | None, form: str) -> str:
    if form == "numeric":
        close = "à ce jour" if end is None else f"{end[1]:02d}/{end[0]}"
        return f"{start[1]:02d}/{start[0]} \u2013 {close}"
    if end is None:
        return f"Depuis {MOIS[start[1] - 1]} {start[0]}"
    return f"De {MOIS[start[1] - 1]} {start[0]}\nà {MOIS[end[1] - 1]} {end[0]}"


def _mauritania(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    pdf.set_author(person.name)
    x, width, gutter = 18.0, 174.0, 40.0
    green = (0, 98, 51)

    def footer(doc: Any) -> None:
        doc.set_draw_color(*green)
        doc.set_line_width(0.4)
        doc.line(x, 286, x + width, 286)
        doc.set_xy(x, 287)
        doc.set_font("Serif", "", 7.5)
        doc.set_text_color(110, 110, 110)
        doc.cell(width, 4, f"{person.name} \u2013 Curriculum Vitae", align="L")
        doc.set_xy(x, 287)
        doc.cell(width, 4, f"{doc.page_no()}", align="R")
        doc.set_text_color(0, 0, 0)

    flow = _Flow(pdf, 16.0, 280.0, footer)

    def heading(text: str) -> None:
        flow.need(22)
        flow.y += 3.5
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 11)
        pdf.set_text_color(*green)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(*green)
        pdf.set_line_width(0.5)
        pdf.line(x, flow.y + 6.5, x + width, flow.y + 6.5)
        pdf.set_text_color(0, 0, 0)
        flow.y += 9

    def row(left: str, right: str, bold: bool = True) -> None:
        top = flow.y
        pdf.set_xy(x, top)
        pdf.set_font("Serif", "B", 9.5)
        pdf.multi_cell(gutter - 2, 4.9, left, align="L")
        bottom = pdf.get_y()
        pdf.set_xy(x + gutter, top)
        pdf.set_font("Serif", "B" if bold else "", 9.5)
        pdf.multi_cell(width - gutter, 4.9, right, align="L")
        flow.y = max(bottom, pdf.get_y()) + 0.6

    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "B", 16)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    flow.y += 11
    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "B", 13)
    pdf.set_text_color(*green)
    pdf.cell(width, 6.5, person.name, align="C")
    pdf.set_text_color(0, 0, 0)
    flow.y += 7
    if options["headline"]:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "I", 10.5)
        pdf.cell(width, 5.5, person.label or "", align="C")
        flow.y += 6
    heading("ÉTAT CIVIL")
    for key, value in (
        ("Nom et prénom :", person.name),
        ("Né le :", extra["born"]),
        ("Nationalité :", "Mauritanienne"),
        ("Situation familiale :", extra["status"]),
        ("Adresse :", f"{extra['street']}, {person.city} \u2013 Mauritanie"),
        ("Tél. :", person.phone),
        ("E-mail :", person.email),
    ):
        pdf.set_xy(x + 2, flow.y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(40, 5, key)
        pdf.set_font("Serif", "", 9.5)
        pdf.multi_cell(width - 42, 5, value, align="L")
        flow.y = pdf.get_y() + 0.2
    heading("PROFIL")
    pdf.set_xy(x + 2, flow.y)
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(width - 2, 5, extra["summary"], align="J")
    flow.y = pdf.get_y() + 1

    def education() -> None:
        heading("DIPLÔMES ET FORMATIONS")
        for item in extra["edu"]:
            flow.need(12)
            ongoing = item["endDate"] is None
            if options["edu_range"] or ongoing:
                when = _years(item, "à ce jour") if item["startDate"] else item["endDate"]
            else:
                when = item["endDate"]
            title = item["studyType"] + (f" en {item['area']}" if item["area"] else "")
            if ongoing:
                title += " (en cours)"
            row(when, title)
            pdf.set_xy(x + gutter, flow.y - 0.6)
            pdf.set_font("Serif", "", 9.5)
            pdf.multi_cell(width - gutter, 4.9, item["institution"], align="L")
            flow.y = pdf.get_y()
            if item["score"]:
                pdf.set_xy(x + gutter, flow.y)
                pdf.set_font("Serif", "I", 9.5)
                pdf.cell(width - gutter, 4.9, f"Mention : {item['score']}")
                flow.y += 4.9
            flow.y += 1.8
        flow.need(10)
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(width, 5, "Stages et formations complémentaires")
        flow.y += 5.6
        for title, issuer, year in extra["certs"]:
            row(year, f"{title} \u2013 {issuer}", bold=False)

    def experience() -> None:
        heading("EXPÉRIENCES PROFESSIONNELLES")
        for job in person.jobs:
            flow.need(30)
            top = flow.y
            pdf.set_xy(x, top)
            pdf.set_font("Serif", "B", 9.5)
            pdf.multi_cell(gutter - 2, 4.9, _mr_span(job.start, job.end, form), align="L")
            bottom = pdf.get_y()
            pdf.set_xy(x + gutter, top)
            pdf.multi_cell(width - gutter, 4.9, job.position, align="L")
            pdf.set_xy(x + gutter, pdf.get_y())
            pdf.set_font("Serif", "I", 9.5)
            pdf.multi_cell(width - gutter, 4.9, f"{job.company}, {job.city}", align="L")
            flow.y = max(pdf.get_y(), bottom) + 0.6
            pdf.set_xy(x + gutter, flow.y)
            pdf.set_font("Serif", "U", 9.3)
            pdf.cell(width - gutter, 4.8, "Tâches :")
            flow.y += 5
            for note in job.highlights:
                flow.need(5)
                pdf.set_xy(x + gutter + 1, flow.y)
                pdf.set_font("Serif", "", 9.3)
                pdf.cell(4, 4.8, "-")
                pdf.multi_cell(width - gutter - 5, 4.8, note, align="L")
                flow.y = pdf.get_y() + 0.2
            flow.y += 2.5

    for part in (education, experience) if options["education_first"] else (experience, education):
        part()
    heading("LANGUES")
    for lang, level in person.languages:
        flow.need(6)
        pdf.set_xy(x + 2, flow.y)
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(30, 5, f"{lang} :")
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(width - 32, 5, level)
        flow.y += 5.3
    heading("INFORMATIQUE")
    for skill in person.skills:
        flow.need(6)
        pdf.set_xy(x + 2, flow.y)
        pdf.set_font("Serif", "", 9.5)
        pdf.cell(width - 2, 5, f"\u2022  {skill}")
        flow.y += 5.2
    heading("CENTRES D'INTÉRÊT")
    pdf.set_xy(x + 2, flow.y)
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(width - 2, 5, ", ".join(extra["interests"]))
    flow.y += 6
    heading("RÉFÉRENCES")
    if options["referees"]:
        for name, role in extra["referees"]:
            flow.need(11)
            pdf.set_xy(x + 2, flow.y)
            pdf.set_font("Serif", "B", 9.5)
            pdf.cell(width - 2, 5, name)
            pdf.set_xy(x + 2, flow.y + 5)
            pdf.set_font("Serif", "", 9.5)
            pdf.cell(width - 2, 5, role)
            flow.y += 11
    else:
        pdf.set_xy(x + 2, flow.y)
        pdf.set_font("Serif", "I", 9.5)
        pdf.cell(width - 2, 5, "Disponibles sur demande.")
        flow.y += 6
    _check(flow.y, 282, person)
    return bytes(pdf.output())


# ------------------------------------------------------------------------------ Timor-Leste


def _tl_month(month: Month | None, form: str, present: str) -> str:
    if month is None:
        return present
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MONTHS_LONG[month[1] - 1]} {month[0]}"


def _grid_row(
    pdf: Any, flow: _Flow, x: float, widths: list[float], cells: list[str], bold: bool = False
) -> None:
    """One bordered table row; every cell as tall as the tallest."""
    pdf.set_font("Sans", "B" if bold else "", 8.8)
    line = 4.6
    counts = [
        len(pdf.multi_cell(w - 2, line, text, dry_run=True, output="LINES"))
        for w, text in zip(widths, cells, strict=True)
    ]
    height = max(counts) * line + 2
    flow.need(height)
    left = x
    for w, text in zip(widths, cells, strict=True):
        if bold:
            pdf.set_fill_color(230, 230, 230)
            pdf.rect(left, flow.y, w, height, style="DF")
        else:
            pdf.rect(left, flow.y, w, height)
        pdf.set_xy(left + 1, flow.y + 1)
        pdf.multi_cell(w - 2, line, text, align="L")
        left += w
    flow.y += height


def _timor(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Curriculum Vitae")
    pdf.set_author(person.name)
    x, width = 20.0, 170.0
    flow = _Flow(pdf, 18.0, 280.0)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)

    def heading(text: str) -> None:
        flow.need(22)
        flow.y += 4
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_fill_color(31, 73, 125)
        pdf.set_text_color(255, 255, 255)
        pdf.cell(width, 6.2, f" {text}", fill=True)
        pdf.set_text_color(0, 0, 0)
        flow.y += 8.5

    def text_line(text: str, style: str = "", indent: float = 0.0, size: float = 9.0) -> None:
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Sans", style, size)
        pdf.multi_cell(width - indent, 4.7, text, align="L")
        flow.y = pdf.get_y() + 0.3

    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "BU", 15)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    flow.y += 10
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "B", 13)
    pdf.cell(width, 6.5, person.name.upper(), align="C")
    flow.y += 7
    if options["headline"]:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "", 10)
        pdf.cell(width, 5, person.label or "", align="C")
        flow.y += 5.5
    heading("PERSONAL DETAILS")
    for key, value in (
        ("Full Name", person.name),
        ("Place / Date of Birth", f"{extra['pob']}, {extra['born']}"),
        ("Sex", extra["sex"]),
        ("Nationality", "Timorese"),
        ("Address", f"{extra['street']}, {person.city}, Timor-Leste"),
        ("Mobile", person.phone),
        ("Email", person.email),
    ):
        _grid_row(pdf, flow, x, [48.0, width - 48.0], [key, value])
    heading("CAREER OBJECTIVE")
    text_line(extra["summary"])
    heading("EDUCATIONAL BACKGROUND")
    _grid_row(pdf, flow, x, [28.0, 72.0, 70.0], ["Year", "Institution", "Qualification"], True)
    for item in extra["edu"]:
        secondary = item["studyType"].startswith("Secondary")
        area = f" ({item['area']})" if secondary else f" in {item['area']}"
        _grid_row(
            pdf,
            flow,
            x,
            [28.0, 72.0, 70.0],
            [_years(item, present), item["institution"], item["studyType"] + area],
        )
    heading("WORK EXPERIENCE")
    for job in person.jobs:
        flow.need(34)
        span = f"{_tl_month(job.start, form, present)} \u2013 {_tl_month(job.end, form, present)}"
        if options["labelled"]:
            for key, value in (
                ("Position", job.position),
                ("Organization", job.company),
                ("Location", job.city),
                ("Period", span),
            ):
                pdf.set_xy(x, flow.y)
                pdf.set_font("Sans", "B", 9)
                pdf.cell(30, 4.8, key)
                pdf.cell(4, 4.8, ":")
                pdf.set_font("Sans", "B" if key == "Position" else "", 9)
                pdf.cell(width - 34, 4.8, value)
                flow.y += 4.9
            text_line("Main duties and responsibilities:", "B")
        else:
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "B", 9.5)
            pdf.cell(width - 60, 5, job.position)
            pdf.set_xy(x + width - 60, flow.y)
            pdf.set_font("Sans", "", 9)
            pdf.cell(60, 5, span, align="R")
            flow.y += 5.2
            text_line(f"{job.company} \u2013 {job.city}", "I")
        for note in job.highlights:
            flow.need(5)
            pdf.set_xy(x + 4, flow.y)
            pdf.set_font("Sans", "", 9)
            pdf.cell(4, 4.7, "\u2022")
            pdf.multi_cell(width - 8, 4.7, note, align="L")
            flow.y = pdf.get_y() + 0.2
        flow.y += 3
    heading("TRAININGS AND CERTIFICATES")
    _grid_row(pdf, flow, x, [20.0, 80.0, 70.0], ["Year", "Training", "Organized by"], True)
    for title, issuer, year in extra["certs"]:
        _grid_row(pdf, flow, x, [20.0, 80.0, 70.0], [year, title, issuer])
    heading("LANGUAGES")
    for lang, level in person.languages:
        text_line(f"\u2022  {lang}: {level}", indent=2)
    heading("COMPUTER SKILLS")
    for skill in person.skills:
        text_line(f"\u2022  {skill}", indent=2)
    heading("REFERENCES")
    for number, (name, role, phone) in enumerate(extra["referees"], 1):
        flow.need(16)
        text_line(f"{number}. {name}", "B")
        text_line(role, indent=4.5)
        text_line(f"Mobile: {phone}", indent=4.5)
        flow.y += 1
    flow.need(24)
    flow.y += 3
    text_line("I hereby declare that the information given above is true and correct.", "I")
    flow.y += 8
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "B", 9)
    pdf.cell(width, 5, person.name, align="R")
    flow.y += 5
    _check(flow.y, 282, person)
    return bytes(pdf.output())


# ------------------------------------------------------------------------------------- Bayt


def _by_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Present"
    name = MONTHS_LONG[month[1] - 1]
    return f"{name if form == 'long' else name[:3]} {month[0]}"


def _bayt(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} - CV")
    pdf.set_creator("Bayt.com")
    x, width = 15.0, 180.0
    blue, grey = (0, 101, 179), (105, 105, 105)
    country = extra["country"]

    def footer(doc: Any) -> None:
        doc.set_xy(x, 288)
        doc.set_font("Sans", "", 7)
        doc.set_text_color(*grey)
        doc.cell(width / 2, 4, "bayt.com")
        doc.set_xy(x + width / 2, 288)
        doc.cell(width / 2, 4, f"Page {doc.page_no()}", align="R")
        doc.set_text_color(0, 0, 0)

    flow = _Flow(pdf, 14.0, 280.0, footer)
    pdf.set_fill_color(*blue)
    pdf.rect(0, 0, 210, 30 if options["headline"] else 24, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(x, 8)
    pdf.set_font("Sans", "B", 18)
    pdf.cell(width, 9, person.name)
    if options["headline"]:
        pdf.set_xy(x, 18)
        pdf.set_font("Sans", "", 10.5)
        pdf.cell(width, 6, person.label or "")
    flow.y = 34.0 if options["headline"] else 28.0
    pdf.set_text_color(0, 0, 0)
    bits = [f"{person.city}, {country}", person.phone, person.email]
    pdf.set_font("Sans", "", 8.6)
    pdf.set_xy(x, flow.y)
    pdf.cell(width, 4.6, "   \u00b7   ".join(bits))
    flow.y += 4.8
    if "linkedin" in extra:
        pdf.set_xy(x, flow.y)
        pdf.cell(width, 4.6, extra["linkedin"])
        flow.y += 4.8
    flow.y += 1

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 4
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 11.5)
        pdf.set_text_color(*blue)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(210, 210, 210)
        pdf.set_line_width(0.3)
        pdf.line(x, flow.y + 7, x + width, flow.y + 7)
        pdf.set_text_color(0, 0, 0)
        flow.y += 9.5

    def line(text: str, style: str = "", size: float = 9.0, colour: Any = None) -> None:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", style, size)
        if colour:
            pdf.set_text_color(*colour)
        pdf.multi_cell(width, 4.7, text, align="L")
        pdf.set_text_color(0, 0, 0)
        flow.y = pdf.get_y() + 0.4

    def pairs(rows: list[tuple[str, str, str]], heads: tuple[str, str, str]) -> None:
        for number, cells in enumerate([heads, *rows]):
            flow.need(6)
            pdf.set_font("Sans", "B" if number == 0 else "", 8.8)
            pdf.set_text_color(*(grey if number == 0 else (0, 0, 0)))
            for offset, text in zip((0.0, 70.0, 115.0), cells, strict=True):
                pdf.set_xy(x + offset, flow.y)
                pdf.cell(45 if offset else 68, 5, text)
            flow.y += 5.6
        pdf.set_text_color(0, 0, 0)

    if options["summary"]:
        heading("Summary")
        line(extra["summary"])
    heading("Personal Information")
    for key, value in (
        ("Current Location:", f"{person.city}, {country}"),
        ("Nationality:", extra["nationality"]),
        ("Visa Status:", extra["visa"]),
        ("Driving License:", "Issued from " + country),
    ):
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "", 8.8)
        pdf.set_text_color(*grey)
        pdf.cell(40, 5, key)
        pdf.set_text_color(0, 0, 0)
        pdf.cell(width - 40, 5, value)
        flow.y += 5.4
    heading("Experience")
    for job in person.jobs:
        flow.need(28)
        span = f"{_by_month(job.start, form)} to {_by_month(job.end, form)}"
        line(job.position, "B", 10)
        line(f"at {job.company}", "", 9.4)
        line(f"{span}  \u00b7  {job.city}", "", 8.6, grey)
        flow.y += 0.6
        if options["bullets"]:
            for note in job.highlights:
                flow.need(5)
                pdf.set_xy(x + 2, flow.y)
                pdf.set_font("Sans", "", 9)
                pdf.cell(4, 4.6, "\u2022")
                pdf.multi_cell(width - 6, 4.6, note, align="L")
                flow.y = pdf.get_y() + 0.2
        else:
            for note in job.highlights:
                flow.need(5)
                line(f"- {note}")
        flow.y += 3
    heading("Education")
    for item in extra["edu"]:
        flow.need(20)
        line(f"{item['studyType']}, {item['area']}", "B", 10)
        line(f"at {item['institution']}", "", 9.4)
        year, month = (int(part) for part in item["endDate"].split("-"))
        line(_by_month((year, month), "long"), "", 8.6, grey)
        if item["score"]:
            line(f"Grade: {item['score']}", "", 8.8)
        flow.y += 2.5
    heading("Specialties")
    line(", ".join(person.skills[:3]))
    heading("Skills")
    pairs(
        [
            (skill, level, years)
            for skill, level, years in zip(
                person.skills, extra["levels"], extra["years"], strict=False
            )
        ],
        ("Skill", "Level", "Years of Experience"),
    )
    heading("Languages")
    pairs([(lang, level, "") for lang, level in person.languages], ("Language", "Level", ""))
    heading("Training and Certifications")
    for title, issuer, when in extra["certs"]:
        flow.need(14)
        line(f"{title} (Certificate)", "B", 9.4)
        line(f"Issued by {issuer}", "", 8.8)
        line(f"{MONTHS_LONG[when[1] - 1]} {when[0]}", "", 8.6, grey)
        flow.y += 1.5
    _check(flow.y, 282, person)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------------- Malaysia


def _my_month(month: Month | None, form: str, present: str) -> str:
    if month is None:
        return present
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{BULAN[month[1] - 1]} {month[0]}"


def _malaysia(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    form, present, extra = options["dates"], options["present"], person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = person.name
    properties.title = "Resume"
    properties.revision = 3
    for section in document.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(2.2)
        section.top_margin = section.bottom_margin = Cm(1.8)
        footer = section.footer.paragraphs[0]
        footer.text = f"Resume \u2013 {person.name}"
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(1)

    def para(text: str = "", bold: bool = False, size: float | None = None) -> Any:
        paragraph = document.add_paragraph()
        if text:
            run = paragraph.add_run(text)
            run.bold = bold
            if size:
                run.font.size = Pt(size)
        return paragraph

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.paragraph_format.space_after = Pt(3)
        run = paragraph.add_run(text)
        run.bold, run.underline, run.font.size = True, True, Pt(11.5)
        shading = OxmlElement("w:shd")
        for attr, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", "D9E2F3")):
            shading.set(qn(attr), value)
        paragraph._p.get_or_add_pPr().append(shading)

    def cell_text(cell: Any, text: str, bold: bool = False, italic: bool = False) -> Any:
        paragraph = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
        run = paragraph.add_run(text)
        run.bold, run.italic = bold, italic
        return paragraph

    def two_col(rows: list[tuple[str, str]], left: float = 4.2) -> None:
        table = document.add_table(rows=0, cols=3)
        table.autofit = False
        for key, value in rows:
            cells = table.add_row().cells
            cells[0].width, cells[1].width, cells[2].width = Cm(left), Cm(0.5), Cm(12.1 - left)
            cell_text(cells[0], key)
            cell_text(cells[1], ":")
            cell_text(cells[2], value)

    title = para("RESUME", True, 16)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    name = para(person.name.upper(), True, 14)
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if options["headline"]:
        headline = para(person.label or "", False, 11)
        headline.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading("MAKLUMAT PERIBADI")
    address = f"{extra['street']}, {extra['postal']} {person.city}, {person.region}"
    two_col(
        [
            ("Nama", person.name),
            ("No. Kad Pengenalan", extra["ic"]),
            ("Umur", f"{extra['age']} tahun"),
            ("Jantina", "Perempuan"),
            ("Bangsa / Agama", "Melayu / Islam"),
            ("Status", "Bujang"),
            ("Alamat", address),
            ("No. Telefon", person.phone),
            ("E-mel", person.email),
        ]
    )
    heading("OBJEKTIF KERJAYA")
    para(extra["summary"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    heading("KELAYAKAN AKADEMIK")
    for item in extra["edu"]:
        paragraph = para()
        paragraph.paragraph_format.space_before = Pt(4)
        when = _years(item, present)
        paragraph.add_run(f"{when}\t").bold = True
        paragraph.add_run(item["institution"]).bold = True
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))
        study = item["studyType"] + (f" {item['area']}" if item["area"] else "")
        sub = para(study)
        sub.paragraph_format.left_indent = Cm(3.2)
        if item["score"]:
            key = "PNGK" if item["area"] else "Keputusan"
            grade = para(f"{key}: {item['score']}")
            grade.paragraph_format.left_indent = Cm(3.2)
    heading("PENGALAMAN KERJA")
    if options["table"]:
        table = document.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        for cell, text in zip(
            table.rows[0].cells, ("Tempoh", "Jawatan / Majikan / Tugas"), strict=True
        ):
            cell_text(cell, text, bold=True)
        for job in person.jobs:
            cells = table.add_row().cells
            cells[0].width, cells[1].width = Cm(3.8), Cm(12.8)
            span = (
                f"{_my_month(job.start, form, present)} \u2013 {_my_month(job.end, form, present)}"
            )
            cell_text(cells[0], span)
            cell_text(cells[1], job.position, bold=True)
            cell_text(cells[1], f"{job.company}, {job.city}")
            cell_text(cells[1], "Tugas-tugas:", italic=True)
            for note in job.highlights:
                cell_text(cells[1], f"\u2022 {note}")
        for row in table.rows:
            row.cells[0].width, row.cells[1].width = Cm(3.8), Cm(12.8)
    else:
        for job in person.jobs:
            span = (
                f"{_my_month(job.start, form, present)} \u2013 {_my_month(job.end, form, present)}"
            )
            top = para()
            top.paragraph_format.space_before = Pt(5)
            top.add_run(job.position.upper()).bold = True
            top.add_run(f"  ({span})")
            para(job.company, True)
            para(job.city).runs[0].italic = True
            for note in job.highlights:
                document.add_paragraph(note, style="List Bullet")
    heading("KEMAHIRAN")
    for skill in person.skills:
        document.add_paragraph(skill, style="List Bullet")
    heading("PENGUASAAN BAHASA")
    two_col([(lang, level) for lang, level in person.languages])
    heading("HOBI")
    para(", ".join(extra["hobbies"]))
    heading("RUJUKAN")
    if options["referees"]:
        for number, (ref, role) in enumerate(extra["referees"], 1):
            para(f"{number}. {ref}", True)
            para(role).paragraph_format.left_indent = Cm(0.6)
    else:
        para("Akan dikemukakan apabila diminta.")
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())

"""Sixty-seventh held-out round ("holdout-67"): more layouts, written blind (without
reading the parser) and meant to be measured once, untuned. Four layouts, three born-digital
PDF and one Word document. The round is sealed: the layouts are described only in the code
below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout17 import _chain, _check
from tests.eval.holdout66 import _Flow
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month

HOLDOUT_TAG = "holdout-67"
GENERATOR = "tests/eval/holdout67.py"
SEED = 6_739_185

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-malian-cv", 3),
    ("pdf-mozambican-curriculo", 3),
    ("pdf-novoresume-export", 3),
    ("docx-indonesian-cv-word", 3),
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
MESES_PT = (
    "Janeiro",
    "Fevereiro",
    "Março",
    "Abril",
    "Maio",
    "Junho",
    "Julho",
    "Agosto",
    "Setembro",
    "Outubro",
    "Novembro",
    "Dezembro",
)
MON_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
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
    "pdf-malian-cv": Pool(
        first=("Fatoumata", "Kadiatou", "Aminata", "Souleymane", "Boubacar", "Oumou"),
        last=("DIARRA", "COULIBALY", "SANGARÉ", "KEÏTA", "MAÏGA", "TOGOLA"),
        cities=(
            ("Bamako", None, None, "Hamdallaye ACI 2000, Rue 356, Porte 120"),
            ("Bamako", None, None, "Badalabougou Est, Rue 27, Porte 44"),
            ("Bamako", None, None, "Kalaban Coura ACI, Rue 600, Porte 18"),
        ),
        employers=(
            "Sahel Agro-Industries SA",
            "Cabinet Djoliba Audit & Conseil",
            "ONG Kènèya Ton",
            "Niger Transit Logistique SARL",
            "Caisse Jigiya Kafo Microfinance",
        ),
        titles=(
            "Comptable",
            "Assistant(e) administratif(ve) et financier(ère)",
            "Chargé(e) de suivi-évaluation",
            "Auditeur junior",
            "Gestionnaire des stocks",
        ),
        highlights=(
            "Tenue de la comptabilité générale selon le SYSCOHADA révisé",
            "Préparation des déclarations fiscales mensuelles (TVA, ITS, INPS)",
            "Rapprochements bancaires et suivi de la trésorerie",
            "Élaboration des rapports financiers trimestriels pour les bailleurs",
            "Collecte et saisie des données de terrain dans les cercles de Kati et Koulikoro",
            "Suivi des inventaires du magasin central de Sotuba",
            "Participation aux missions d'audit des comptes de PME maliennes",
            "Gestion du courrier, de l'archivage et de l'agenda de la direction",
            "Animation des séances de sensibilisation des groupements de femmes",
        ),
        skills=(
            "Word, Excel, PowerPoint",
            "SAGE Saari Comptabilité",
            "TOMPRO",
            "SPSS",
            "Internet et messagerie",
            "CSPro",
        ),
        schools=(
            "Faculté des Sciences Économiques et de Gestion (FSEG), Bamako",
            "Université des Sciences Sociales et de Gestion de Bamako (USSGB)",
            "Institut Universitaire de Gestion (IUG), Bamako",
            "École Supérieure de Commerce et d'Administration des Entreprises de Bamako",
        ),
        degrees=(
            ("Maîtrise", "Sciences Économiques"),
            ("Licence professionnelle", "Comptabilité et Finance"),
            ("Master", "Audit et Contrôle de Gestion"),
            ("DUT", "Gestion des Entreprises"),
        ),
    ),
    "pdf-mozambican-curriculo": Pool(
        first=("Albertina", "Nércia", "Celeste", "Hélder", "Edson", "Shelton"),
        last=("Macuácua", "Sitoe", "Nhantumbo", "Muianga", "Cossa", "Tembe"),
        cities=(
            ("Maputo", None, None, "Av. Julius Nyerere, nº 1184, Bairro da Polana Cimento"),
            ("Maputo", None, None, "Rua da Resistência, nº 312, Bairro da Malhangalene"),
            ("Maputo", None, None, "Bairro do Jardim, Quarteirão 14, Casa nº 27"),
        ),
        employers=(
            "Moza Logística, Lda",
            "Índico Seguros, S.A.",
            "Catembe Construções, Lda",
            "Banco Comercial do Rovuma, S.A.",
            "Associação Kulima Vida",
        ),
        titles=(
            "Técnico de Contabilidade",
            "Assistente Administrativo",
            "Oficial de Crédito",
            "Técnico de Recursos Humanos",
            "Gestor de Projectos",
        ),
        highlights=(
            "Elaboração de balancetes mensais e conciliações bancárias",
            "Processamento de salários e declarações ao INSS",
            "Análise de pedidos de crédito de pequenas e médias empresas",
            "Gestão do arquivo e da correspondência da Direcção",
            "Acompanhamento das actividades de campo nos distritos de Marracuene e Boane",
            "Preparação de relatórios trimestrais para os doadores",
            "Recrutamento e integração de novos colaboradores",
            "Controlo da facturação e cobranças a clientes",
            "Apoio na preparação do orçamento anual da empresa",
        ),
        skills=(
            "Microsoft Office (Word, Excel, PowerPoint)",
            "Primavera ERP",
            "PHC",
            "Pastel Partner",
            "Internet e correio electrónico",
        ),
        schools=(
            "Universidade Eduardo Mondlane (UEM)",
            "Universidade Pedagógica de Maputo",
            "Instituto Superior de Ciências e Tecnologia de Moçambique (ISCTEM)",
            "Universidade São Tomás de Moçambique",
        ),
        degrees=(
            ("Licenciatura", "Contabilidade e Auditoria"),
            ("Licenciatura", "Gestão de Recursos Humanos"),
            ("Mestrado", "Gestão de Empresas"),
            ("Licenciatura", "Economia"),
        ),
    ),
    "pdf-novoresume-export": Pool(
        first=("Saoirse", "Niamh", "Cormac", "Aoife", "Oisín", "Ciara"),
        last=("Brennan", "Gallagher", "Kavanagh", "Doherty", "Fitzgerald", "Lenihan"),
        cities=(
            ("Dublin", None, None, "Dublin, Ireland"),
            ("Cork", None, None, "Cork, Ireland"),
            ("Galway", None, None, "Galway, Ireland"),
        ),
        employers=(
            "Liffey Analytics Ltd.",
            "Shannon Freight Solutions",
            "Corrib Software DAC",
            "Wicklow Health Partners",
            "Harbourview Retail Group",
        ),
        titles=(
            "Data Analyst",
            "Business Intelligence Developer",
            "Junior Data Scientist",
            "Reporting Analyst",
            "Operations Analyst",
        ),
        highlights=(
            "Built Power BI dashboards used by 40+ store managers every week",
            "Automated the monthly sales report in Python, saving 2 days of manual work",
            "Cleaned and merged shipment data from three legacy systems into Snowflake",
            "Reduced forecast error by 18% with a gradient-boosted demand model",
            "Ran A/B tests on the onboarding flow and presented results to product leads",
            "Wrote dbt models and documentation for the finance data mart",
            "Trained 12 colleagues on SQL and self-service reporting",
            "Defined KPIs for patient waiting times with the operations team",
        ),
        skills=(
            "SQL",
            "Python (pandas)",
            "Power BI",
            "Tableau",
            "dbt",
            "Excel",
            "Snowflake",
            "Stakeholder Management",
            "A/B Testing",
        ),
        schools=(
            "University College Cork",
            "Maynooth University",
            "Dublin City University",
            "Technological University Dublin",
        ),
        degrees=(
            ("Bachelor of Science", "Data Science"),
            ("BSc", "Computer Science"),
            ("Bachelor of Business Studies", "Business Analytics"),
            ("Bachelor of Arts", "Economics and Mathematics"),
        ),
    ),
    "docx-indonesian-cv-word": Pool(
        first=("Rizka", "Ayu", "Fajar", "Nurul", "Dimas", "Intan"),
        last=("Pratiwi", "Hidayat", "Saputra", "Wulandari", "Kurniawan", "Siregar"),
        cities=(
            ("Bandung", "Jawa Barat", "40162", "Jl. Sukajadi No. 112, RT 04/RW 07, Kec. Sukajadi"),
            ("Semarang", "Jawa Tengah", "50241", "Jl. Ngesrep Timur V No. 18, Kec. Banyumanik"),
            ("Medan", "Sumatera Utara", "20153", "Jl. Dr. Mansyur No. 45, Kec. Medan Baru"),
        ),
        employers=(
            "PT Sinar Nusantara Logistik",
            "PT BPR Arta Kencana",
            "CV Mitra Karya Mandiri",
            "PT Cahaya Prima Tekstil",
            "Koperasi Simpan Pinjam Sejahtera Bersama",
        ),
        titles=(
            "Staf Administrasi",
            "Staff Accounting",
            "Admin Gudang",
            "Customer Service",
            "Staf HRD",
        ),
        highlights=(
            "Membuat jurnal umum dan laporan keuangan bulanan",
            "Mengelola data absensi dan penggajian karyawan",
            "Melakukan rekonsiliasi bank setiap akhir bulan",
            "Menginput data barang masuk dan keluar ke sistem",
            "Melayani keluhan nasabah melalui telepon dan WhatsApp",
            "Menyiapkan dokumen perpajakan (PPh 21 dan PPN)",
            "Mengarsipkan surat masuk dan surat keluar",
            "Membantu proses rekrutmen dan seleksi karyawan baru",
            "Melakukan stock opname bulanan di gudang",
        ),
        skills=(
            "Microsoft Office (Word, Excel, PowerPoint)",
            "Accurate",
            "MYOB",
            "Zahir Accounting",
            "Mengetik cepat",
            "Google Workspace",
        ),
        schools=(
            "Universitas Padjadjaran",
            "Universitas Negeri Semarang",
            "Politeknik Negeri Bandung",
            "Universitas Sumatera Utara",
        ),
        degrees=(
            ("S1", "Akuntansi"),
            ("S1", "Manajemen"),
            ("D3", "Administrasi Bisnis"),
            ("S1", "Ilmu Komunikasi"),
        ),
    ),
}

ML_PROFILE = (
    "Jeune cadre dynamique, rigoureux(se) et disponible, ayant une bonne expérience en "
    "gestion administrative et financière au Mali."
)
ML_LANGUAGES = (
    ("Bambara", "langue maternelle"),
    ("Français", "lu, écrit, parlé"),
    ("Anglais", "niveau moyen"),
    ("Songhaï", "parlé"),
    ("Peulh", "parlé"),
)
ML_HOBBIES = ("Lecture", "Football", "Voyages", "Musique", "Bénévolat associatif")
ML_REFS = (
    (
        "M. Moussa TRAORÉ",
        "Directeur Administratif et Financier, Sahel Agro-Industries SA",
        "+223 66 71 20 48",
    ),
    ("Mme Awa DEMBÉLÉ", "Expert-comptable, Cabinet Djoliba Audit & Conseil", "+223 76 02 55 19"),
    ("Dr Sékou DOUMBIA", "Enseignant-chercheur, FSEG Bamako", "+223 79 40 13 87"),
)
ML_SCHOOLS = (
    "Lycée Askia Mohamed, Bamako",
    "Lycée Prosper Kamara, Bamako",
    "Lycée Ba Aminata Diallo",
)
ML_BAC = (
    "Baccalauréat malien, série TSECO",
    "Baccalauréat malien, série TSE",
    "Baccalauréat, série TSS",
)
ML_MENTIONS = ("Assez Bien", "Bien", "Passable")

MZ_PROFILE = (
    "Profissional dinâmico(a), com espírito de equipa e facilidade de comunicação, com "
    "experiência na área administrativa e financeira em empresas de Maputo."
)
MZ_LANGUAGES = (
    ("Português", "Fluente"),
    ("Inglês", "Bom"),
    ("Changana", "Língua materna"),
    ("Ronga", "Razoável"),
)
MZ_SECONDARY = (
    "Escola Secundária Josina Machel",
    "Escola Secundária Francisco Manyanga",
    "Escola Secundária da Polana",
)
MZ_REFS = (
    ("dr. Armando Matsinhe", "Director Financeiro, Moza Logística, Lda", "+258 84 310 2276"),
    ("dra. Lurdes Chaúque", "Docente, Universidade Eduardo Mondlane", "+258 82 455 0913"),
    ("Sr. Ilídio Mabunda", "Chefe de Recursos Humanos, Índico Seguros, S.A.", "+258 87 201 6634"),
)

IE_SUMMARY = (
    "Data analyst with a strong grounding in SQL, Python and BI tooling. I enjoy turning messy "
    "operational data into clear dashboards and decisions, and working closely with "
    "non-technical teams."
)
IE_LANGUAGES = (
    ("English", "Native or Bilingual Proficiency"),
    ("Irish", "Limited Working Proficiency"),
    ("French", "Elementary Proficiency"),
    ("Spanish", "Elementary Proficiency"),
)
IE_CERTS = (
    ("Microsoft Certified: Power BI Data Analyst Associate", "Microsoft", 2023),
    ("Google Data Analytics Professional Certificate", "Coursera", 2021),
    ("dbt Fundamentals", "dbt Labs", 2022),
    ("SnowPro Core Certification", "Snowflake", 2024),
)
IE_INTERESTS = ("Sea Swimming", "Gaelic Football", "Photography", "Board Games", "Hiking")
IE_COURSES = (
    "Machine Learning",
    "Database Systems",
    "Statistical Modelling",
    "Data Visualisation",
    "Econometrics",
)
IE_PLACES = {
    "University College Cork": "Cork, Ireland",
    "Maynooth University": "Maynooth, Ireland",
    "Dublin City University": "Dublin, Ireland",
    "Technological University Dublin": "Dublin, Ireland",
}
IE_MASTERS = (
    "University College Dublin",
    "MSc",
    "Business Analytics",
)

ID_SUMMARY = (
    "Lulusan yang jujur, disiplin dan mampu bekerja dalam tim maupun individu, memiliki "
    "pengalaman di bidang administrasi dan keuangan."
)
ID_LANGUAGES = (
    ("Bahasa Indonesia", "Aktif"),
    ("Bahasa Inggris", "Pasif"),
    ("Bahasa Jawa", "Aktif"),
    ("Bahasa Sunda", "Aktif"),
)
ID_ORGS = (
    ("Himpunan Mahasiswa Akuntansi", "Bendahara"),
    ("Badan Eksekutif Mahasiswa", "Staf Divisi Humas"),
    ("Karang Taruna Kelurahan", "Sekretaris"),
)
ID_SECONDARY = {
    "Bandung": (
        ("SMA", "SMA Negeri 3 Bandung", "IPA"),
        ("SMK", "SMK Negeri 1 Bandung", "Akuntansi"),
    ),
    "Semarang": (
        ("SMA", "SMA Negeri 1 Semarang", "IPS"),
        ("SMK", "SMK Negeri 2 Semarang", "Akuntansi"),
    ),
    "Medan": (
        ("SMA", "SMA Negeri 1 Medan", "IPA"),
        ("SMK", "SMK Negeri 7 Medan", "Administrasi Perkantoran"),
    ),
}
ID_HOBBIES = ("Membaca", "Bulu tangkis", "Memasak", "Traveling")


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-malian-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "edu_range": rng.random() < 0.5,
            "education_first": rng.random() < 0.7,
            "headline": rng.random() < 0.5,
            "accent": rng.choice(((0, 0, 0), (20, 80, 40), (120, 60, 0))),
        }
    if style == "pdf-mozambican-curriculo":
        return {
            "dates": rng.choice(("words", "numeric")),
            "fields": rng.random() < 0.6,
            "education_first": rng.random() < 0.5,
            "accent": rng.choice(((0, 84, 147), (150, 30, 30), (60, 60, 60))),
        }
    if style == "pdf-novoresume-export":
        return {
            "dates": rng.choice(("mm/yyyy", "mon")),
            "headline": rng.random() < 0.7,
            "website": rng.random() < 0.4,
            "accent": rng.choice(((49, 98, 155), (44, 62, 80), (23, 128, 118))),
        }
    if style == "docx-indonesian-cv-word":
        return {
            "dates": rng.choice(("words", "numeric")),
            "edu_table": rng.random() < 0.6,
            "summary": rng.random() < 0.5,
            "country": rng.random() < 0.3,
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
    jobs = _chain(rng, pool, rng.choice((2, 3)), rng.random() < 0.7)
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    idx = rng.randrange(len(pool.degrees))
    study, area = pool.degrees[idx]
    school = pool.schools[idx]
    edu: list[dict[str, Any]] = []
    if style == "pdf-malian-cv":
        phone = f"+223 {rng.choice((66, 76, 79, 70))} {rng.randint(10, 99)} "
        phone += f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
        email = f"{first}{last}{rng.randint(80, 99)}@{rng.choice(('gmail.com', 'yahoo.fr'))}"
        label = jobs[0].position
        for job in jobs:
            job.city = rng.choice(("Bamako", "Bamako", "Kati", "Ségou", "Sikasso"))
        years = {"Maîtrise": 4, "Master": 2, "DUT": 2}.get(study, 3)
        edu.append(
            {
                "institution": school,
                "studyType": study,
                "area": area,
                "start": end_year - years,
                "end": end_year,
                "score": rng.choice(ML_MENTIONS) if rng.random() < 0.5 else None,
            }
        )
        if study == "Master":
            lic, larea = pool.degrees[1]
            edu.append(
                {
                    "institution": pool.schools[1],
                    "studyType": lic,
                    "area": larea,
                    "start": end_year - 5,
                    "end": end_year - 2,
                    "score": None,
                }
            )
        bac_year = edu[-1]["start"]
        edu.append(
            {
                "institution": rng.choice(ML_SCHOOLS),
                "studyType": rng.choice(ML_BAC),
                "start": None,
                "end": bac_year,
                "score": None,
            }
        )
        born = "Né" if name.split()[0] in ("Souleymane", "Boubacar") else "Née"
        extra["born"] = f"{born} le {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/"
        extra["born"] += f"{bac_year - 19} à Bamako"
        extra["family"] = rng.choice(("Célibataire", "Marié(e), 2 enfants"))
        extra["summary"] = ML_PROFILE
        extra["hobbies"] = rng.sample(ML_HOBBIES, 3)
        extra["refs"] = list(ML_REFS[: rng.choice((2, 3))])
        skills = rng.sample(pool.skills, rng.randint(3, 5))
        languages = [
            ML_LANGUAGES[0],
            ML_LANGUAGES[1],
            *rng.sample(ML_LANGUAGES[2:], rng.randint(1, 2)),
        ]
    elif style == "pdf-mozambican-curriculo":
        phone = (
            f"+258 {rng.choice((82, 84, 85, 87))} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        )
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'hotmail.com', 'yahoo.com.br'))}"
        for job in jobs:
            job.city = rng.choice(("Maputo", "Maputo", "Matola", "Beira"))
        years = 2 if study == "Mestrado" else 4
        ongoing = study == "Mestrado" and rng.random() < 0.6
        edu.append(
            {
                "institution": school,
                "studyType": study,
                "area": area,
                "start": end_year - years if not ongoing else 2025,
                "end": None if ongoing else end_year,
                "score": None if study == "Mestrado" else f"{rng.randint(13, 16)} valores",
            }
        )
        if study == "Mestrado":
            lic, larea = pool.degrees[0]
            low = end_year - (4 if ongoing else 6)
            edu.append(
                {
                    "institution": pool.schools[0],
                    "studyType": lic,
                    "area": larea,
                    "start": low,
                    "end": low + 4,
                    "score": f"{rng.randint(13, 16)} valores",
                }
            )
        edu.append(
            {
                "institution": rng.choice(MZ_SECONDARY),
                "studyType": "12ª Classe",
                "start": None,
                "end": edu[-1]["start"] - 1,
                "score": None,
            }
        )
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{edu[-1]['end'] - 18}"
        extra["family"] = rng.choice(("Solteiro(a)", "Casado(a)"))
        extra["bi"] = f"{rng.randint(100000000, 999999999)}{rng.choice('ABMNPQ')}"
        extra["summary"] = MZ_PROFILE
        extra["refs"] = list(MZ_REFS[: rng.choice((2, 3))])
        skills = rng.sample(pool.skills, rng.randint(3, 5))
        languages = list(MZ_LANGUAGES[: rng.randint(3, 4)])
    elif style == "pdf-novoresume-export":
        phone = (
            f"+353 {rng.choice((83, 85, 86, 87))} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        )
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'outlook.ie'))}"
        label = jobs[0].position
        url = f"https://{first}{last}.ie"
        extra["linkedin"] = f"linkedin.com/in/{first}-{last}"
        extra["summary"] = IE_SUMMARY
        for job in jobs:
            job.city = rng.choice((street, "Dublin, Ireland", "Remote"))
        masters = rng.random() < 0.5
        end_year -= 1 if masters else 0
        start = (end_year - 4, 9)
        edu.append(
            {
                "institution": school,
                "studyType": study,
                "area": area,
                "start": start,
                "end": (end_year, 5),
                "place": IE_PLACES[school],
                "courses": rng.sample(IE_COURSES, 3),
                "score": rng.choice(("First Class Honours", "Second Class Honours, Grade 1", None)),
            }
        )
        if masters:
            inst, typ, ar = IE_MASTERS
            edu.insert(
                0,
                {
                    "institution": inst,
                    "studyType": typ,
                    "area": ar,
                    "start": (end_year, 9),
                    "end": (end_year + 1, 8),
                    "place": "Dublin, Ireland",
                    "courses": [],
                    "score": None,
                },
            )
        extra["certs"] = rng.sample(IE_CERTS, rng.randint(1, 2))
        extra["interests"] = rng.sample(IE_INTERESTS, 3)
        skills = rng.sample(pool.skills, rng.randint(6, 8))
        languages = list(IE_LANGUAGES[: rng.randint(2, 3)])
    else:
        phone = (
            f"08{rng.choice((12, 13, 21, 57))}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        )
        email = f"{first}{last}{rng.randint(90, 99)}@gmail.com"
        for job in jobs:
            job.city = rng.choice((city, city, "Jakarta"))
        years = 3 if study == "D3" else 4
        edu.append(
            {
                "institution": school,
                "studyType": study,
                "area": area,
                "start": end_year - years,
                "end": end_year,
                "score": f"{rng.randint(3, 3)},{rng.randint(21, 78)}",
            }
        )
        level, sma, major = rng.choice(ID_SECONDARY[city])
        edu.append(
            {
                "institution": sma,
                "studyType": level,
                "area": major,
                "start": end_year - years - 3,
                "end": end_year - years,
                "score": None,
            }
        )
        extra["born"] = (
            f"{city}, {rng.randint(1, 28)} {BULAN[rng.randrange(12)]} {end_year - years - 18}"
        )
        extra["gender"] = "Laki-laki" if name.split()[0] in ("Fajar", "Dimas") else "Perempuan"
        extra["religion"] = rng.choice(("Islam", "Kristen", "Katolik"))
        extra["family"] = rng.choice(("Belum Menikah", "Menikah"))
        extra["summary"] = ID_SUMMARY
        extra["orgs"] = [(*org, end_year - years + 1) for org in rng.sample(ID_ORGS[:2], 1)]
        extra["hobbies"] = rng.sample(ID_HOBBIES, 2)
        skills = rng.sample(pool.skills, rng.randint(3, 5))
        languages = list(ID_LANGUAGES[:2])
        if city != "Medan":
            languages.append(ID_LANGUAGES[2 if city == "Semarang" else 3])
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
    profiles = []
    location: dict[str, Any] = {"city": person.city}
    if style == "pdf-malian-cv":
        location.update(address=extra["street"], countryCode="ML")
    elif style == "pdf-mozambican-curriculo":
        location.update(address=extra["street"], countryCode="MZ")
    elif style == "pdf-novoresume-export":
        location["countryCode"] = "IE"
        link = extra["linkedin"]
        profiles.append({"network": "LinkedIn", "username": link.rsplit("/", 1)[-1], "url": link})
    else:
        location.update(address=extra["street"], postalCode=extra["postal"], region=person.region)
        if options["country"]:
            location["countryCode"] = "ID"
    label = person.label if options.get("headline") else None
    summary = extra.get("summary")
    if style == "docx-indonesian-cv-word" and not options["summary"]:
        summary = None
    basics = drop_empty(
        {
            "name": person.name,
            "label": label,
            "email": person.email,
            "phone": person.phone,
            "url": person.url if options.get("website") else None,
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
    education = [
        drop_empty(
            {
                "institution": d["institution"],
                "studyType": d["studyType"],
                "area": d.get("area"),
                "startDate": _edu_date(d["start"])
                if style != "pdf-malian-cv" or options["edu_range"]
                else None,
                "endDate": _edu_date(d["end"]),
                "score": d.get("score"),
                "courses": d.get("courses"),
            }
        )
        for d in extra["edu"]
    ]
    skills = [{"name": skill} for skill in person.skills]
    languages = [{"language": lang, "fluency": level} for lang, level in person.languages]
    references = [
        {"name": ref[0], "reference": ", ".join(ref[1:])} for ref in extra.get("refs", [])
    ]
    certificates = [
        {"name": name, "issuer": issuer, "date": str(year)}
        for name, issuer, year in extra.get("certs", [])
    ]
    interests = [{"name": item} for item in extra.get("interests", extra.get("hobbies", []))]
    volunteer = [
        {"organization": org, "position": role, "startDate": str(year)}
        for org, role, year in extra.get("orgs", [])
    ]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "volunteer": volunteer,
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
    if style == "pdf-malian-cv":
        return _malian(person, options), "pdf"
    if style == "pdf-mozambican-curriculo":
        return _mozambican(person, options), "pdf"
    if style == "pdf-novoresume-export":
        return _novoresume(person, options), "pdf"
    if style == "docx-indonesian-cv-word":
        return _indonesian(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _ml_span(start: Month, end: Month | None, form: str) -> str:
    if form == "numeric":
        tail = "à ce jour" if end is None else f"{end[1]:02d}/{end[0]}"
        return f"{start[1]:02d}/{start[0]} \u2013 {tail}"
    if end is None:
        return f"Depuis {MOIS[start[1] - 1]} {start[0]}"
    return f"De {MOIS[start[1] - 1]} {start[0]} à {MOIS[end[1] - 1]} {end[0]}"


def _malian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV {person.name}")
    x, width, gutter = 20.0, 170.0, 42.0
    flow = _Flow(pdf, 16.0, 280.0)

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 3
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 10.8)
        pdf.set_text_color(*accent)
        pdf.set_fill_color(235, 235, 235)
        pdf.cell(width, 6.2, f"  {text}", fill=True)
        pdf.set_text_color(0, 0, 0)
        flow.y += 8.5

    def pair(k: str, v: str, bold: bool = False, key: float = 54.0) -> None:
        pdf.set_xy(x + 2, flow.y)
        pdf.set_font("Serif", "B", 9.4)
        pdf.cell(key, 4.9, k)
        pdf.set_font("Serif", "B" if bold else "", 9.4)
        pdf.multi_cell(width - key - 2, 4.9, f": {v}", align="L")
        flow.y = pdf.get_y() + 0.4

    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "BU", 14)
    pdf.cell(width, 7, "CURRICULUM VITAE", align="C")
    flow.y += 11
    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "B", 15)
    pdf.set_text_color(*accent)
    pdf.cell(width, 7, person.name, align="C")
    pdf.set_text_color(0, 0, 0)
    flow.y += 8
    if options["headline"]:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "I", 10.5)
        pdf.cell(width, 5.5, person.label or "", align="C")
        flow.y += 6
    heading("ÉTAT CIVIL")
    pair("Nom et prénom", person.name, True)
    pair("Date et lieu de naissance", extra["born"])
    pair("Nationalité", "Malienne")
    pair("Situation matrimoniale", extra["family"])
    pair("Adresse", f"{extra['street']}, {person.city}, Mali")
    pair("Téléphone", person.phone)
    pair("E-mail", person.email)
    heading("PROFIL")
    pdf.set_xy(x + 2, flow.y)
    pdf.set_font("Serif", "", 9.4)
    pdf.multi_cell(width - 2, 4.9, extra["summary"], align="J")
    flow.y = pdf.get_y() + 1

    def education() -> None:
        heading("DIPLÔMES ET FORMATIONS")
        for d in extra["edu"]:
            flow.need(16)
            pdf.set_xy(x + 2, flow.y)
            pdf.set_font("Serif", "B", 9.4)
            when = (
                f"{d['start']} \u2013 {d['end']}"
                if options["edu_range"] and d["start"]
                else str(d["end"])
            )
            pdf.cell(gutter - 2, 4.9, when)
            what = d["studyType"] if "area" not in d else f"{d['studyType']} en {d['area']}"
            pdf.multi_cell(width - gutter, 4.9, what, align="L")
            pdf.set_xy(x + gutter, pdf.get_y())
            pdf.set_font("Serif", "I", 9.2)
            pdf.multi_cell(width - gutter, 4.7, d["institution"], align="L")
            if d["score"]:
                pdf.set_xy(x + gutter, pdf.get_y())
                pdf.set_font("Serif", "", 9.2)
                pdf.cell(width - gutter, 4.7, f"Mention : {d['score']}")
                pdf.ln(4.7)
            flow.y = pdf.get_y() + 2

    def experience() -> None:
        heading("EXPÉRIENCES PROFESSIONNELLES")
        for job in person.jobs:
            flow.need(28)
            top = flow.y
            pdf.set_xy(x + 2, top)
            pdf.set_font("Serif", "B", 9.2)
            pdf.multi_cell(gutter - 4, 4.8, _ml_span(job.start, job.end, form), align="L")
            left = pdf.get_y()
            pdf.set_xy(x + gutter, top)
            pdf.set_font("Serif", "B", 9.6)
            pdf.multi_cell(width - gutter, 4.9, job.position, align="L")
            pdf.set_xy(x + gutter, pdf.get_y())
            pdf.set_font("Serif", "I", 9.4)
            pdf.multi_cell(width - gutter, 4.9, f"{job.company} \u2013 {job.city}", align="L")
            pdf.set_xy(x + gutter, pdf.get_y() + 0.5)
            pdf.set_font("Serif", "U", 9.2)
            pdf.cell(width - gutter, 4.8, "Tâches principales :")
            flow.y = pdf.get_y() + 5.2
            for note in job.highlights:
                flow.need(5)
                pdf.set_xy(x + gutter + 2, flow.y)
                pdf.set_font("Serif", "", 9.2)
                pdf.cell(4, 4.7, "\u2013")
                pdf.multi_cell(width - gutter - 6, 4.7, note, align="L")
                flow.y = pdf.get_y() + 0.3
            flow.y = max(flow.y, left) + 2.5

    for part in (education, experience) if options["education_first"] else (experience, education):
        part()
    heading("CONNAISSANCES INFORMATIQUES")
    for skill in person.skills:
        flow.need(6)
        pdf.set_xy(x + 4, flow.y)
        pdf.set_font("Serif", "", 9.4)
        pdf.cell(5, 4.9, "\u2022")
        pdf.cell(width - 10, 4.9, skill)
        flow.y += 5.1
    heading("LANGUES")
    for lang, level in person.languages:
        flow.need(6)
        pair(lang, level, key=30.0)
    heading("CENTRES D'INTÉRÊT")
    pdf.set_xy(x + 2, flow.y)
    pdf.set_font("Serif", "", 9.4)
    pdf.cell(width - 2, 4.9, ", ".join(extra["hobbies"]))
    flow.y += 5.5
    heading("RÉFÉRENCES")
    for ref in extra["refs"]:
        flow.need(12)
        pdf.set_xy(x + 4, flow.y)
        pdf.set_font("Serif", "B", 9.4)
        pdf.cell(width - 4, 4.9, ref[0])
        pdf.set_xy(x + 4, flow.y + 4.9)
        pdf.set_font("Serif", "", 9.2)
        pdf.cell(width - 4, 4.8, f"{ref[1]}, {ref[2]}")
        flow.y += 11
    flow.need(14)
    pdf.set_xy(x, flow.y + 3)
    pdf.set_font("Serif", "I", 9.2)
    pdf.cell(width, 4.8, "Je certifie sur l'honneur l'exactitude des renseignements ci-dessus.")
    flow.y += 8
    _check(flow.y, 282, person)
    return bytes(pdf.output())


def _mz_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Presente" if form == "words" else "até à data"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MESES_PT[month[1] - 1]} de {month[0]}"


def _mozambican(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"Curriculum Vitae - {person.name}")
    x, width, key = 18.0, 174.0, 40.0

    def footer(doc: Any) -> None:
        doc.set_xy(x, 287)
        doc.set_font("Sans", "", 7)
        doc.set_text_color(120, 120, 120)
        doc.cell(width, 4, f"Curriculum Vitae \u2013 {person.name}", align="L")
        doc.cell(0, 4, f"Página {doc.page_no()}", align="R")
        doc.set_text_color(20, 20, 20)

    flow = _Flow(pdf, 16.0, 280.0, footer)
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "B", 18)
    pdf.set_text_color(*accent)
    pdf.cell(width, 8, person.name.upper())
    pdf.set_xy(x, flow.y + 9)
    pdf.set_font("Sans", "", 10)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(width, 5, "Curriculum Vitae")
    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.8)
    pdf.line(x, flow.y + 16, x + width, flow.y + 16)
    pdf.set_text_color(20, 20, 20)
    flow.y += 21

    def heading(text: str) -> None:
        flow.need(20)
        flow.y += 3
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(width, 5.5, text)
        pdf.set_line_width(0.3)
        pdf.line(x, flow.y + 6, x + width, flow.y + 6)
        pdf.set_text_color(20, 20, 20)
        flow.y += 8.5

    def pair(k: str, v: str, bold: bool = False) -> None:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 8.8)
        pdf.cell(key, 4.7, k)
        pdf.set_font("Sans", "B" if bold else "", 8.8)
        pdf.multi_cell(width - key, 4.7, v, align="L")
        flow.y = pdf.get_y() + 0.4

    heading("DADOS PESSOAIS")
    pair("Nome completo:", person.name, True)
    pair("Data de nascimento:", extra["born"])
    pair("Nacionalidade:", "Moçambicana")
    pair("Estado civil:", extra["family"])
    pair("BI n.º:", extra["bi"])
    pair("Endereço:", f"{extra['street']}, {person.city} \u2013 Moçambique")
    pair("Telemóvel:", person.phone)
    pair("E-mail:", person.email)
    heading("PERFIL PROFISSIONAL")
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "", 8.8)
    pdf.multi_cell(width, 4.7, extra["summary"], align="J")
    flow.y = pdf.get_y() + 1

    def education() -> None:
        heading("FORMAÇÃO ACADÉMICA")
        for d in extra["edu"]:
            flow.need(16)
            if d["start"] is None:
                when = str(d["end"])
            else:
                when = f"{d['start']} \u2013 {d['end'] if d['end'] else 'Em curso'}"
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(key, 4.8, when)
            pdf.set_font("Sans", "B", 9.2)
            what = d["studyType"] if "area" not in d else f"{d['studyType']} em {d['area']}"
            pdf.multi_cell(width - key, 4.8, what, align="L")
            pdf.set_xy(x + key, pdf.get_y())
            pdf.set_font("Sans", "", 8.8)
            pdf.multi_cell(width - key, 4.6, d["institution"], align="L")
            if d["score"]:
                pdf.set_xy(x + key, pdf.get_y())
                pdf.set_font("Sans", "I", 8.6)
                pdf.cell(width - key, 4.6, f"Média final: {d['score']}")
                pdf.ln(4.6)
            flow.y = pdf.get_y() + 2.2

    def experience() -> None:
        heading("EXPERIÊNCIA PROFISSIONAL")
        for job in person.jobs:
            flow.need(30)
            span = f"{_mz_month(job.start, form)} \u2013 {_mz_month(job.end, form)}"
            if options["fields"]:
                pair("Período:", span)
                pair("Empresa:", f"{job.company} ({job.city})")
                pair("Cargo:", job.position, True)
                pdf.set_xy(x, flow.y)
                pdf.set_font("Sans", "B", 8.8)
                pdf.cell(key, 4.7, "Actividades:")
            else:
                pdf.set_xy(x, flow.y)
                pdf.set_font("Sans", "B", 9.4)
                pdf.cell(width - 60, 5, job.position)
                pdf.set_font("Sans", "", 8.6)
                pdf.cell(60, 5, span, align="R")
                pdf.set_xy(x, flow.y + 5)
                pdf.set_font("Sans", "I", 8.9)
                pdf.cell(width, 4.8, f"{job.company}, {job.city}")
                flow.y += 10.5
            indent = key if options["fields"] else 3.0
            for note in job.highlights:
                flow.need(5)
                pdf.set_xy(x + indent, flow.y)
                pdf.set_font("Sans", "", 8.7)
                pdf.cell(4, 4.5, "\u25aa")
                pdf.multi_cell(width - indent - 4, 4.5, note, align="L")
                flow.y = pdf.get_y() + 0.3
            flow.y += 3

    for part in (education, experience) if options["education_first"] else (experience, education):
        part()
    heading("LÍNGUAS")
    for lang, level in person.languages:
        flow.need(6)
        pair(f"{lang}:", level)
    heading("CONHECIMENTOS INFORMÁTICOS")
    for skill in person.skills:
        flow.need(6)
        pdf.set_xy(x + 2, flow.y)
        pdf.set_font("Sans", "", 8.8)
        pdf.cell(4, 4.7, "\u2022")
        pdf.cell(width - 6, 4.7, skill)
        flow.y += 4.9
    heading("REFERÊNCIAS")
    for ref in extra["refs"]:
        flow.need(10)
        pdf.set_xy(x + 2, flow.y)
        pdf.set_font("Sans", "B", 8.8)
        pdf.cell(width - 2, 4.7, ref[0])
        pdf.set_xy(x + 2, flow.y + 4.7)
        pdf.set_font("Sans", "", 8.6)
        pdf.cell(width - 2, 4.6, f"{ref[1]}, {ref[2]}")
        flow.y += 10.5
    flow.need(12)
    pdf.set_xy(x, flow.y + 4)
    pdf.set_font("Sans", "", 8.8)
    pdf.cell(width, 4.7, "Maputo, aos ___ de ____________ de 20__", align="R")
    flow.y += 9
    _check(flow.y, 283, person)
    return bytes(pdf.output())


def _ie_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Present"
    if form == "mm/yyyy":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MON_EN[month[1] - 1]} {month[0]}"


def _novoresume(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} - Resume")
    pdf.set_creator("Novorésumé")
    left, lw, right, rw = 12.0, 124.0, 144.0, 54.0
    flow = _Flow(pdf, 14.0, 284.0)
    pdf.set_text_color(40, 40, 40)
    pdf.set_xy(left, flow.y)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(186, 9, person.name)
    flow.y += 10
    if options["headline"]:
        pdf.set_xy(left, flow.y)
        pdf.set_font("Sans", "", 11.5)
        pdf.set_text_color(*accent)
        pdf.cell(186, 6, person.label or "")
        pdf.set_text_color(40, 40, 40)
        flow.y += 7
    pdf.set_xy(left, flow.y)
    pdf.set_font("Sans", "I", 8.6)
    pdf.multi_cell(186, 4.4, extra["summary"], align="L")
    flow.y = pdf.get_y() + 2
    pdf.set_fill_color(*accent)
    pdf.rect(0, flow.y, 210, 14, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "", 8.2)
    rows = [[person.email, person.phone, extra["street"]], [extra["linkedin"]]]
    if options["website"]:
        rows[1].append((person.url or "").removeprefix("https://"))
    for line, items in enumerate(rows):
        for column, item in enumerate(items):
            pdf.set_xy(left + 64 * column, flow.y + 2.4 + line * 4.6)
            pdf.cell(62, 4.2, item)
    flow.y += 20
    pdf.set_text_color(40, 40, 40)
    body_top = flow.y

    def heading(text: str, x: float, w: float, y: float) -> float:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11.5)
        pdf.set_text_color(*accent)
        pdf.cell(w, 6, text)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(x, y + 6.8, x + w, y + 6.8)
        pdf.set_text_color(40, 40, 40)
        return y + 9.5

    y = heading("SKILLS", right, rw, body_top)
    pdf.set_font("Sans", "", 8)
    cx = right
    for skill in person.skills:
        sw = pdf.get_string_width(skill) + 4
        if cx + sw > right + rw:
            cx, y = right, y + 7
        pdf.set_fill_color(225, 228, 232)
        pdf.set_xy(cx, y)
        pdf.cell(sw, 5.6, skill, align="C", fill=True)
        cx += sw + 1.8
    y += 11
    y = heading("LANGUAGES", right, rw, y)
    for lang, level in person.languages:
        pdf.set_xy(right, y)
        pdf.set_font("Sans", "B", 8.8)
        pdf.cell(rw, 4.6, lang)
        pdf.set_xy(right, y + 4.6)
        pdf.set_font("Sans", "I", 7.8)
        pdf.set_text_color(*accent)
        pdf.cell(rw, 4.2, level)
        pdf.set_text_color(40, 40, 40)
        y += 10.5
    y += 2
    y = heading("CERTIFICATES", right, rw, y)
    for name, issuer, year in extra["certs"]:
        pdf.set_xy(right, y)
        pdf.set_font("Sans", "B", 8.4)
        pdf.multi_cell(rw, 4.3, name, align="L")
        pdf.set_xy(right, pdf.get_y())
        pdf.set_font("Sans", "", 7.8)
        pdf.cell(rw, 4.2, f"{issuer} ({year})")
        y = pdf.get_y() + 7
    y += 1
    y = heading("INTERESTS", right, rw, y)
    pdf.set_font("Sans", "", 8)
    cx = right
    for item in extra["interests"]:
        sw = pdf.get_string_width(item) + 4
        if cx + sw > right + rw:
            cx, y = right, y + 7
        pdf.set_fill_color(225, 228, 232)
        pdf.set_xy(cx, y)
        pdf.cell(sw, 5.6, item, align="C", fill=True)
        cx += sw + 1.8
    _check(y + 6, 284, person)

    def lheading(text: str) -> None:
        flow.need(24)
        flow.y = heading(text, left, lw, flow.y)

    lheading("WORK EXPERIENCE")
    for job in person.jobs:
        flow.need(30)
        pdf.set_xy(left, flow.y)
        pdf.set_font("Sans", "B", 10.2)
        pdf.cell(lw, 5.2, job.position)
        pdf.set_xy(left, flow.y + 5.3)
        pdf.set_font("Sans", "", 9.4)
        pdf.cell(lw, 5, job.company)
        pdf.set_xy(left, flow.y + 10.5)
        pdf.set_font("Sans", "I", 7.8)
        pdf.set_text_color(*accent)
        pdf.cell(lw / 2, 4.2, f"{_ie_month(job.start, form)} - {_ie_month(job.end, form)}")
        pdf.cell(lw / 2, 4.2, job.city, align="R")
        pdf.set_xy(left, flow.y + 15)
        pdf.set_font("Sans", "I", 7.8)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(lw, 4.2, "Achievements/Tasks")
        pdf.set_text_color(40, 40, 40)
        flow.y += 19.5
        for note in job.highlights:
            flow.need(5)
            pdf.set_xy(left + 1, flow.y)
            pdf.set_font("Sans", "", 8.6)
            pdf.cell(3.5, 4.4, "\u2022")
            pdf.multi_cell(lw - 4.5, 4.4, note, align="L")
            flow.y = pdf.get_y() + 0.6
        flow.y += 3
    lheading("EDUCATION")
    for d in extra["edu"]:
        flow.need(24)
        pdf.set_xy(left, flow.y)
        pdf.set_font("Sans", "B", 10.2)
        pdf.cell(lw, 5.2, f"{d['studyType']} in {d['area']}")
        pdf.set_xy(left, flow.y + 5.3)
        pdf.set_font("Sans", "", 9.4)
        pdf.cell(lw, 5, d["institution"])
        pdf.set_xy(left, flow.y + 10.5)
        pdf.set_font("Sans", "I", 7.8)
        pdf.set_text_color(*accent)
        pdf.cell(lw / 2, 4.2, f"{_ie_month(d['start'], form)} - {_ie_month(d['end'], form)}")
        pdf.cell(lw / 2, 4.2, d["place"], align="R")
        pdf.set_text_color(40, 40, 40)
        flow.y += 15.5
        if d["score"]:
            pdf.set_xy(left, flow.y)
            pdf.set_font("Sans", "", 8.6)
            pdf.cell(lw, 4.4, d["score"])
            flow.y += 5
        if d["courses"]:
            pdf.set_xy(left, flow.y)
            pdf.set_font("Sans", "I", 7.8)
            pdf.set_text_color(120, 120, 120)
            pdf.cell(lw, 4.2, "Courses")
            pdf.set_text_color(40, 40, 40)
            flow.y += 4.6
            for course in d["courses"]:
                pdf.set_xy(left + 1, flow.y)
                pdf.set_font("Sans", "", 8.6)
                pdf.cell(3.5, 4.4, "\u2022")
                pdf.cell(lw - 4.5, 4.4, course)
                flow.y += 4.8
        flow.y += 3
    _check(flow.y, 286, person)
    return bytes(pdf.output())


def _id_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Sekarang" if form == "words" else "sekarang"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{BULAN[month[1] - 1]} {month[0]}"


def _indonesian(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    from tests.eval.holdout31 import _normalise_zip

    form, extra = options["dates"], person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = person.name
    properties.title = "Daftar Riwayat Hidup"
    properties.revision = 2
    for section in document.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin = section.bottom_margin = Cm(2.0)
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

    def heading(text: str) -> None:
        paragraph = para()
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.space_after = Pt(4)
        run = paragraph.add_run(text)
        run.bold = True

    def colon_table(rows: list[tuple[str, str]]) -> None:
        table = document.add_table(rows=0, cols=3)
        table.autofit = False
        for k, v in rows:
            cells = table.add_row().cells
            for cell, w in zip(cells, (Cm(5.0), Cm(0.6), Cm(10.4)), strict=True):
                cell.width = w
            cells[0].paragraphs[0].add_run(k)
            cells[1].paragraphs[0].add_run(":")
            cells[2].paragraphs[0].add_run(v)

    title = para()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("DAFTAR RIWAYAT HIDUP")
    run.bold, run.underline, run.font.size = True, True, Pt(14)
    heading("A. DATA PRIBADI")
    address = f"{extra['street']}, {person.city} {extra['postal']}, {person.region}"
    if options["country"]:
        address += ", Indonesia"
    colon_table(
        [
            ("Nama Lengkap", person.name),
            ("Tempat, Tanggal Lahir", extra["born"]),
            ("Jenis Kelamin", extra["gender"]),
            ("Agama", extra["religion"]),
            ("Status", extra["family"]),
            ("Kewarganegaraan", "Indonesia"),
            ("Alamat", address),
            ("No. HP/WhatsApp", person.phone),
            ("Email", person.email),
        ]
    )
    letter = iter("BCDEFGHIJ")
    if options["summary"]:
        heading(f"{next(letter)}. PROFIL SINGKAT")
        para(extra["summary"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    heading(f"{next(letter)}. RIWAYAT PENDIDIKAN")
    if options["edu_table"]:
        table = document.add_table(rows=1, cols=5)
        table.style = "Table Grid"
        for cell, text in zip(
            table.rows[0].cells,
            ("No", "Jenjang", "Nama Institusi", "Jurusan", "Tahun"),
            strict=True,
        ):
            cell.paragraphs[0].add_run(text).bold = True
        for number, d in enumerate(extra["edu"], 1):
            cells = table.add_row().cells
            values = (
                f"{number}.",
                d["studyType"],
                d["institution"],
                d["area"] + (f" (IPK {d['score']})" if d["score"] else ""),
                f"{d['start']} \u2013 {d['end']}",
            )
            for cell, text in zip(cells, values, strict=True):
                cell.paragraphs[0].add_run(text)
    else:
        for d in extra["edu"]:
            paragraph = para()
            paragraph.paragraph_format.left_indent = Cm(0.6)
            paragraph.add_run(f"{d['start']} \u2013 {d['end']}\t")
            paragraph.add_run(f"{d['institution']}").bold = True
            detail = (
                f"{d['studyType']} {d['area']}"
                if d["studyType"] in ("S1", "D3")
                else f"Jurusan {d['area']}"
            )
            if d["score"]:
                detail += f", IPK {d['score']}"
            line = para(detail)
            line.paragraph_format.left_indent = Cm(3.1)
    heading(f"{next(letter)}. PENGALAMAN KERJA")
    for number, job in enumerate(person.jobs, 1):
        paragraph = para()
        paragraph.paragraph_format.space_before = Pt(4)
        paragraph.add_run(f"{number}. {job.company}, {job.city}").bold = True
        paragraph.add_run(f" ({_id_month(job.start, form)} \u2013 {_id_month(job.end, form)})")
        position = para(f"Posisi: {job.position}")
        position.paragraph_format.left_indent = Cm(0.6)
        duty = para("Tugas dan tanggung jawab:")
        duty.paragraph_format.left_indent = Cm(0.6)
        for note in job.highlights:
            item = document.add_paragraph(note, style="List Bullet")
            item.paragraph_format.left_indent = Cm(1.6)
    heading(f"{next(letter)}. PENGALAMAN ORGANISASI")
    for org, role, year in extra["orgs"]:
        para(f"\u2022 {role} {org} ({year})")
    heading(f"{next(letter)}. KEAHLIAN")
    for skill in person.skills:
        document.add_paragraph(skill, style="List Bullet")
    heading(f"{next(letter)}. KEMAMPUAN BAHASA")
    for lang, level in person.languages:
        document.add_paragraph(f"{lang} ({level})", style="List Bullet")
    heading(f"{next(letter)}. HOBI")
    para(", ".join(extra["hobbies"]))
    closing = para(
        "Demikian daftar riwayat hidup ini saya buat dengan sebenar-benarnya untuk dapat "
        "dipergunakan sebagaimana mestinya."
    )
    closing.paragraph_format.space_before = Pt(14)
    closing.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for text in (f"{person.city}, 2 Januari 2024", "Hormat saya,", "", "", person.name):
        sign = para(text)
        sign.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sign.runs[0].bold = True
    sign.runs[0].underline = True
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())

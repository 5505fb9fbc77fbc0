"""Thirty-seventh held-out round ("holdout-37"): more layouts, written blind (without
reading the parser) and meant to be measured once, untuned. Four layouts: three
born-digital PDFs and one Word document. The round is sealed: the layouts are described
only in the code below.

Pools are disjoint from every earlier round; the truth states only what the document
shows, in the precision it shows it (a country code only where a country is printed).
"""

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Job, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, normalise_zip, profile_links

HOLDOUT_TAG = "holdout-37"
GENERATOR = "tests/eval/holdout37.py"
SEED = 3_718_270

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-albanian-cv", 3),
    ("pdf-jamaican-cv", 3),
    ("pdf-tunisian-cv", 3),
    ("docx-indian-fresher-resume", 3),
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
MUAJT = (
    "janar",
    "shkurt",
    "mars",
    "prill",
    "maj",
    "qershor",
    "korrik",
    "gusht",
    "shtator",
    "tetor",
    "nëntor",
    "dhjetor",
)
MOIS_ABR = (
    "Janv.",
    "Févr.",
    "Mars",
    "Avr.",
    "Mai",
    "Juin",
    "Juil.",
    "Août",
    "Sept.",
    "Oct.",
    "Nov.",
    "Déc.",
)

POOLS: dict[str, Pool] = {
    "pdf-albanian-cv": Pool(
        first=("Erjona", "Klodiana", "Ardita", "Fjolla", "Albulena", "Mirela", "Xhensila"),
        last=("Gjonbalaj", "Lleshaj", "Bytyçi", "Dervishi", "Mehmetaj", "Përvizi", "Kolgjini"),
        cities=(
            ("Tiranë", "Shqipëri", "1001", "Rruga e Kavajës, Pallati 14, Shk. 2, Ap. 9"),
            ("Tiranë", "Shqipëri", "1019", "Rruga Myslym Shyri, Nr. 37"),
            ("Prishtinë", "Kosovë", "10000", "Rruga Agim Ramadani, Nr. 23/4"),
        ),
        employers=(
            "Illyria Software Sh.p.k.",
            "Dajti Soft Sh.p.k.",
            "Banka e Dardanisë Sh.a.",
            "Adriatik Logjistikë Sh.p.k.",
            "Rozafa Telekom Sh.a.",
        ),
        titles=(
            "Zhvilluese e Lartë Software",
            "Zhvilluese Software",
            "Analiste Sistemesh",
            "Inxhiniere e Cilësisë (QA)",
        ),
        highlights=(
            "Zhvillimi i modulit të faturimit elektronik në përputhje me fiskalizimin",
            "Mirëmbajtja e API-ve REST në Java (Spring Boot) dhe PostgreSQL",
            "Mentorimi i tre praktikantëve të rinj në ekip",
            "Automatizimi i testeve me Selenium dhe Jenkins",
            "Bashkëpunimi me klientët për mbledhjen e kërkesave teknike",
            "Migrimi i aplikacionit të vjetër në arkitekturë mikroshërbimesh",
            "Ulja e kohës së përgjigjes së sistemit me 40%",
            "Hartimi i dokumentacionit teknik dhe i manualeve për përdoruesit",
        ),
        skills=("Java", "Spring Boot", "PostgreSQL", "Docker", "Git", "React", "Jira"),
        schools=(
            "Universiteti Politeknik i Tiranës",
            "Universiteti i Tiranës",
            "Universiteti i Prishtinës \u201cHasan Prishtina\u201d",
        ),
        degrees=(
            ("Bachelor", "Inxhinieri Informatike"),
            ("Bachelor", "Informatikë"),
            ("Bachelor", "Inxhinieri Kompjuterike"),
        ),
    ),
    "pdf-jamaican-cv": Pool(
        first=("Shanique", "Tavia", "Kemoy", "Rushane", "Odane", "Shenelle", "Jhanielle"),
        last=("McKoy", "Gayle-Brissett", "Lindo", "Plummer", "Thelwell", "Barrett-Reid"),
        cities=(
            ("Portmore", "St. Catherine", None, "12 Westchester Close, Independence City"),
            ("Spanish Town", "St. Catherine", None, "Lot 118, Ensom City"),
            ("Mandeville", "Manchester", None, "7 Caledonia Crescent"),
        ),
        employers=(
            "Liguanea Credit Union Limited",
            "Portmore Distributors Limited",
            "Island Grid Telecoms Ltd.",
            "Montego Freight Services Limited",
            "Blue Hole Insurance Brokers Ltd.",
        ),
        titles=(
            "Accounts Payable Officer",
            "Accounting Clerk",
            "Customer Service Representative",
            "Assistant Accountant",
        ),
        highlights=(
            "Prepared monthly bank reconciliations for six operating accounts",
            "Processed supplier invoices and payment vouchers within agreed timelines",
            "Assisted with the preparation of GCT and statutory deduction returns",
            "Responded to customer queries in person, by telephone and by email",
            "Maintained the fixed asset register and petty cash float",
            "Supported the external auditors during the year-end audit",
            "Trained new members of staff on the QuickBooks accounting system",
            "Reduced outstanding receivables by 18% through weekly follow-up calls",
        ),
        skills=(
            "Microsoft Excel (pivot tables, VLOOKUP)",
            "QuickBooks",
            "Sage 50",
            "Microsoft Word and PowerPoint",
            "Data entry (60 wpm)",
        ),
        schools=(
            "The University of the West Indies, Mona",
            "University of Technology, Jamaica",
            "Northern Caribbean University",
        ),
        degrees=(
            ("B.Sc.", "Accounting"),
            ("Bachelor of Business Administration", "Accounting"),
            ("B.Sc.", "Accounting and Finance"),
        ),
    ),
    "pdf-tunisian-cv": Pool(
        first=("Oussama", "Wiem", "Sirine", "Mohamed Amine", "Ines", "Hamza", "Rania"),
        last=("Jebali", "Chaabane", "Gharbi", "Ben Hmida", "Mejri", "Zouari", "Kammoun"),
        cities=(
            ("Tunis", None, "1002", "12, rue Ibn Khaldoun, Le Belvédère"),
            ("Sfax", None, "3062", "Route de Gremda Km 4"),
            ("Ariana", None, "2083", "Cité El Ghazela, Rue 7 n°15"),
        ),
        employers=(
            "Carthage Software Solutions",
            "Sahel Télécom Services",
            "Médina Data SARL",
            "Djerba Cloud Technologies",
            "Kairouan Fintech SA",
        ),
        titles=(
            "Ingénieur développement Full Stack",
            "Développeur Java / Angular",
            "Ingénieur DevOps",
            "Développeur Back-end",
        ),
        highlights=(
            "Conception et développement de microservices avec Spring Boot",
            "Développement d'interfaces web réactives avec Angular 16",
            "Mise en place d'une chaîne CI/CD (GitLab CI, Docker, SonarQube)",
            "Rédaction des tests unitaires et d'intégration (JUnit, Mockito)",
            "Participation aux cérémonies Scrum et à l'estimation des user stories",
            "Optimisation des requêtes SQL sous Oracle et PostgreSQL",
            "Migration d'une application monolithique vers Kubernetes",
            "Encadrement de deux stagiaires de fin d'études",
        ),
        skills=(),
        schools=(
            "École Nationale d'Ingénieurs de Sfax (ENIS)",
            "Institut Supérieur d'Informatique (ISI)",
            "École Supérieure Privée d'Ingénierie et de Technologies (ESPRIT)",
        ),
        degrees=(
            ("Diplôme National d'Ingénieur", "Génie Logiciel"),
            ("Diplôme National d'Ingénieur", "Génie Informatique"),
            ("Licence Fondamentale", "Informatique"),
        ),
    ),
    "docx-indian-fresher-resume": Pool(
        first=("Sai Charan", "Keerthana", "Manikanta", "Sowmya", "Yashwanth", "Bhavana"),
        last=("Reddy Gaddam", "Nallapati", "Vemulapalli", "Kotagiri", "Pasupuleti"),
        cities=(
            ("Hyderabad", "Telangana", "500072", "H.No. 8-3-214/12, Kukatpally"),
            ("Vijayawada", "Andhra Pradesh", "520010", "D.No. 40-5-19, Labbipet"),
            ("Warangal", "Telangana", "506002", "H.No. 2-7-45, Hanamkonda"),
        ),
        employers=(
            "Nexora Infotech Pvt. Ltd.",
            "Deccan CodeWorks Pvt. Ltd.",
            "Krishna Digital Labs LLP",
        ),
        titles=("Web Development Intern", "Python Developer Intern", "Trainee Software Engineer"),
        highlights=(
            "Developed REST APIs using Django REST Framework for an inventory module",
            "Built responsive web pages with HTML, CSS, Bootstrap and JavaScript",
            "Wrote SQL queries and stored procedures in MySQL",
            "Fixed UI bugs reported by the QA team and raised pull requests on GitHub",
            "Prepared unit test cases using PyTest",
            "Participated in daily stand-up meetings and code reviews",
        ),
        skills=(),
        schools=(
            "Vardhaman Godavari Institute of Technology",
            "Sri Satyavani Engineering College",
            "Kakatiya Vidya Institute of Technology and Science",
        ),
        degrees=(
            ("B.Tech", "Computer Science and Engineering"),
            ("B.Tech", "Information Technology"),
            ("B.Tech", "Electronics and Communication Engineering"),
        ),
    ),
}

AL_SUMMARY = (
    "Inxhiniere software me përvojë në zhvillimin e aplikacioneve bankare dhe logjistike. "
    "E përpiktë, e orientuar drejt rezultateve dhe e gatshme për të mësuar teknologji të reja."
)
AL_LANGUAGES = (("Anglisht", "C1"), ("Italisht", "B2"), ("Gjermanisht", "A2"))
JM_OBJECTIVE = (
    "To obtain a challenging position in a progressive organisation where I can apply my "
    "accounting knowledge and interpersonal skills, while contributing to the growth of the "
    "company and developing professionally."
)
JM_HIGH_SCHOOLS = (
    "Glenmuir High School",
    "St. Hugh's High School",
    "Titchfield High School",
    "Manning's School",
)
JM_CAPE = (
    "Accounting Units 1 & 2 (II, I)",
    "Management of Business Units 1 & 2 (II, II)",
    "Economics Unit 1 (III)",
    "Caribbean Studies (II)",
    "Communication Studies (I)",
)
JM_CSEC = (
    "English A (I)",
    "Mathematics (II)",
    "Principles of Accounts (I)",
    "Principles of Business (I)",
    "Office Administration (II)",
    "Information Technology (I)",
    "Social Studies (II)",
    "Spanish (III)",
    "Integrated Science (II)",
)
JM_ACTIVITIES = (
    "Member, Jamaica Junior Chamber (JCI), Mandeville chapter",
    "Volunteer tutor, Saturday literacy programme at the parish library",
    "Treasurer, Accounting and Finance Students' Association",
    "Member of the church choir and youth ministry",
)
JM_REFEREES = (
    ("Mrs. Claudette Ebanks-Ford", "Finance Manager", "Portmore Distributors Limited"),
    ("Rev. Dr. Oneil Whyte", "Pastor", "Mandeville Circuit of Churches"),
    ("Mr. Desmond Lyn-Sue", "Lecturer, Department of Accounting", "Northern Caribbean University"),
    ("Ms. Petrona Harriott", "Branch Manager", "Liguanea Credit Union Limited"),
)
TN_SUMMARY = (
    "Ingénieur en génie logiciel passionné par le développement web et les architectures "
    "cloud. Autonome, curieux et doté d'un bon esprit d'équipe, je recherche de nouveaux "
    "défis techniques au sein d'une équipe agile."
)
TN_CATEGORIES = (
    ("Langages", ("Java", "TypeScript", "Python", "SQL")),
    ("Frameworks", ("Spring Boot", "Angular", "React", "Flask")),
    ("DevOps", ("Docker", "Kubernetes", "GitLab CI", "Jenkins")),
    ("Bases de données", ("PostgreSQL", "Oracle", "MongoDB")),
    ("Méthodes", ("Scrum", "UML", "Clean Architecture")),
)
TN_LANGUAGES = (
    ("Arabe", "Langue maternelle"),
    ("Français", "Courant"),
    ("Anglais", "Bon niveau (B2)"),
    ("Allemand", "Notions"),
)
TN_PFE = (
    "Conception et réalisation d'une plateforme de gestion des réclamations clients",
    "Développement d'une application web de suivi de flotte en temps réel",
    "Mise en place d'un tableau de bord décisionnel pour le service commercial",
)
TN_INTERESTS = ("Football", "Photographie", "Bénévolat (Croissant-Rouge)", "Échecs")
TN_LYCEES = ("Lycée Pilote de Sfax", "Lycée Pilote de l'Ariana", "Lycée Bourguiba de Tunis")
TN_CERTS = (
    ("Oracle Certified Associate, Java SE 11", "Oracle", 2022),
    ("AWS Certified Cloud Practitioner", "Amazon Web Services", 2023),
    ("Professional Scrum Master I", "Scrum.org", 2024),
)
IN_OBJECTIVE = (
    "To work in a challenging environment where I can utilise my technical skills and "
    "knowledge for the growth of the organisation, and to continuously learn and improve "
    "myself as a software professional."
)
IN_CATEGORIES = (
    ("Programming Languages", ("C", "Java", "Python")),
    ("Web Technologies", ("HTML5", "CSS3", "JavaScript", "Bootstrap")),
    ("Frameworks", ("Django", "Flask")),
    ("Database", ("MySQL", "MongoDB")),
    ("Tools", ("Git", "VS Code", "Postman", "Eclipse")),
    ("Operating Systems", ("Windows", "Linux (Ubuntu)")),
)
IN_PROJECTS = (
    (
        "Smart Attendance System using Face Recognition",
        "Marks student attendance automatically from a classroom camera feed using OpenCV "
        "and stores the records in MySQL.",
        "Python, OpenCV, Flask, MySQL",
    ),
    (
        "Online Bus Pass Renewal Portal",
        "Web portal for students to apply for and renew bus passes with document upload and "
        "an admin approval dashboard.",
        "Django, HTML, CSS, JavaScript, SQLite",
    ),
    (
        "Crop Price Prediction",
        "Predicts market prices of major crops from historical mandi data using regression models.",
        "Python, Pandas, Scikit-learn",
    ),
    (
        "College Event Management App",
        "Android application to register for college fests and receive event notifications.",
        "Java, Android Studio, Firebase",
    ),
)
IN_CERTS = (
    ("Programming in Java", "NPTEL"),
    ("Python for Data Science", "NPTEL"),
    ("Responsive Web Design", "freeCodeCamp"),
    ("AWS Academy Cloud Foundations", "AWS Academy"),
)
IN_ACTIVITIES = (
    "Organising committee member for the annual technical fest",
    "Participated in Smart India Hackathon (internal round)",
    "NSS volunteer for the blood donation camp",
    "Won second prize in inter-college coding contest",
)
IN_STRENGTHS = (
    "Quick learner",
    "Good communication skills",
    "Positive attitude",
    "Team player",
    "Hard working",
)
IN_INTER = (
    ("Sri Chaitanya Junior College", "Board of Intermediate Education"),
    ("Narayana Junior College", "Board of Intermediate Education"),
)
IN_SSC = (
    ("Kennedy High School", "Board of Secondary Education"),
    ("Sri Vivekananda Vidyalayam", "Board of Secondary Education"),
)
IN_FATHERS = ("Venkata Ramana", "Srinivasa Rao", "Nageswara Rao", "Ramakrishna")

COUNTRY = {"Shqipëri": "AL", "Kosovë": "XK"}


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-albanian-cv":
        return {
            "title": rng.choice(("Jetëshkrim", "Curriculum Vitae")),
            "dates": rng.choice(("numeric", "words")),
            "accent": rng.choice(((14, 64, 120), (150, 30, 40), (20, 100, 90))),
            "headline": rng.random() < 0.6,
            "edu_first": rng.random() < 0.35,
        }
    if style == "pdf-jamaican-cv":
        return {
            "dates": rng.choice(("long", "short", "years")),
            "objective": rng.choice(("CAREER OBJECTIVE", "PROFILE")),
            "edu_first": rng.random() < 0.6,
            "rule": rng.random() < 0.5,
        }
    if style == "pdf-tunisian-cv":
        return {
            "dates": rng.choice(("abbr", "numeric")),
            "accent": rng.choice(((31, 58, 84), (88, 42, 96), (18, 94, 110))),
            "headline": rng.random() < 0.7,
            "edu_first": rng.random() < 0.5,
        }
    if style == "docx-indian-fresher-resume":
        return {
            "dates": rng.choice(("mon", "numeric")),
            "font": rng.choice(("Times New Roman", "Calibri", "Cambria")),
            "shade": rng.choice(("D9E2F3", "D9D9D9", "FBE4D5")),
            "objective": rng.choice(("CAREER OBJECTIVE", "OBJECTIVE")),
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
    skills: list[str] = []
    degrees: list[Degree] = []
    jobs: list[Job] = []
    end_year = 0
    if style != "docx-indian-fresher-resume":
        jobs = _chain(rng, pool, rng.choice((2, 3)), rng.random() < 0.7)
        end_year = jobs[-1].start[0] - rng.randint(0, 1)
    if style == "pdf-albanian-cv":
        if region == "Kosovë":
            phone = f"+383 4{rng.choice((4, 5, 9))} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        else:
            phone = (
                f"+355 6{rng.choice((7, 8, 9))} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
            )
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'hotmail.com', 'yahoo.com'))}"
        label = jobs[0].position
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(10, 99)}"
        extra["summary"] = AL_SUMMARY
        extra["country"] = region
        for job in jobs:
            job.city = rng.choice((city, city, "Durrës" if region == "Shqipëri" else "Prizren"))
        idx = rng.randrange(3)
        if region == "Kosovë":
            idx = 2
        school = pool.schools[idx]
        study, area = pool.degrees[idx]
        if rng.random() < 0.55:
            degrees.append(
                Degree(school, "Master Shkencor", area, (end_year - 2, 10), (end_year, 7))
            )
            end_year -= 2
        degrees.append(Degree(school, study, area, (end_year - 3, 10), (end_year, 7)))
        extra["score"] = f"{rng.randint(80, 96) / 10:.2f}" if rng.random() < 0.6 else None
        extra["born"] = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{end_year - 21}"
        extra["nation"] = "Shqiptare" if region == "Shqipëri" else "Kosovare"
        languages = [("Shqip", "Gjuha amtare"), *rng.sample(AL_LANGUAGES, rng.randint(1, 3))]
        skills = rng.sample(pool.skills, rng.randint(4, 6))
        extra["licence"] = rng.random() < 0.6
    elif style == "pdf-jamaican-cv":
        phone = rng.choice(
            (
                f"(876) {rng.randint(300, 899)}-{rng.randint(1000, 9999)}",
                f"876-{rng.randint(300, 899)}-{rng.randint(1000, 9999)}",
            )
        )
        host = rng.choice(("gmail.com", "yahoo.com"))
        email = f"{first}{last.replace('-', '')}{rng.randint(1, 99)}@{host}"
        extra["summary"] = JM_OBJECTIVE
        for job in jobs:
            job.city = rng.choice(("Kingston", "Kingston", "Montego Bay", "Portmore"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        score = rng.choice(("Second Class Honours (Upper Division)", "Lower Second Class Honours"))
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - 3, 9), (end_year, 6)))
        extra["score"] = score if rng.random() < 0.7 else None
        hs_end = end_year - 3
        extra["high_school"] = (rng.choice(JM_HIGH_SCHOOLS), hs_end - 7, hs_end)
        extra["cape"] = rng.sample(JM_CAPE, 3)
        extra["csec"] = rng.sample(JM_CSEC, rng.randint(6, 8))
        extra["activities"] = rng.sample(JM_ACTIVITIES, 3)
        extra["referees"] = rng.sample(JM_REFEREES, 2)
        extra["ref_phones"] = [
            f"(876) {rng.randint(300, 899)}-{rng.randint(1000, 9999)}" for _ in "ab"
        ]
        skills = rng.sample(pool.skills, rng.randint(3, 5))
    elif style == "pdf-tunisian-cv":
        oldest = jobs[-1].start
        end_year = oldest[0] - 1 if oldest[1] <= 7 else oldest[0]
        prefix = f"{rng.choice((2, 5, 9))}{rng.randint(0, 9)}"
        phone = f"+216 {prefix} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        email = f"{first}.{last}@{rng.choice(('gmail.com', 'outlook.fr'))}"
        label = rng.choice(("Ingénieur Génie Logiciel", "Ingénieur Full Stack Java / Angular"))
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(100, 999)}"
        extra["github"] = f"https://github.com/{first}{last[:4]}"
        extra["summary"] = TN_SUMMARY
        for job in jobs:
            job.city = rng.choice((city, "Tunis", "Les Berges du Lac"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        years = 3
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - years, 9), (end_year, 7)))
        bac = end_year - years - (2 if study.startswith("Diplôme") else 0)
        if study.startswith("Diplôme"):
            degrees.append(
                Degree(
                    "Institut Préparatoire aux Études d'Ingénieurs de Tunis (IPEIT)",
                    "Cycle préparatoire",
                    "Mathématiques-Physique (MP)",
                    (bac, 9),
                    (bac + 2, 6),
                )
            )
        degrees.append(
            Degree(rng.choice(TN_LYCEES), "Baccalauréat", "Mathématiques", (bac, 6), (bac, 6))
        )
        pfe_company = next(e for e in pool.employers if e not in {j.company for j in jobs})
        pfe_end = (end_year, 6)
        jobs.append(
            Job(
                pfe_company,
                "Stagiaire PFE",
                rng.choice(("Tunis", city)),
                (end_year, 2),
                pfe_end,
                [f"Sujet : {rng.choice(TN_PFE)}", "Technologies : Spring Boot, Angular, Docker"],
            )
        )
        extra["mention"] = rng.choice(("Mention Bien", "Mention Très Bien", "Mention Assez Bien"))
        cats = rng.sample(TN_CATEGORIES, rng.randint(3, 5))
        extra["categories"] = [(c, list(k)) for c, k in cats]
        languages = list(TN_LANGUAGES[: rng.randint(3, 4)])
        extra["interests"] = rng.sample(TN_INTERESTS, 3)
        extra["certs"] = rng.sample(TN_CERTS, rng.randint(1, 2))
        extra["country"] = "Tunisie"
    else:
        phone = rng.choice(
            (
                f"+91 {rng.randint(70000, 99999)} {rng.randint(10000, 99999)}",
                f"+91-{rng.randint(7000000000, 9999999999)}",
            )
        )
        email = f"{first}{last}{rng.randint(100, 999)}@gmail.com"
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(1000, 9999)}"
        if rng.random() < 0.6:
            extra["github"] = f"https://github.com/{first}{last}"
        extra["summary"] = IN_OBJECTIVE
        grad = 2025
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        degrees.append(Degree(pool.schools[idx], study, area, (grad - 4, 8), (grad, 5)))
        inter, inter_board = rng.choice(IN_INTER)
        ssc, ssc_board = rng.choice(IN_SSC)
        state = region
        extra["boards"] = [
            "JNTU Kakinada" if state == "Andhra Pradesh" else "JNTU Hyderabad",
            f"{inter_board}, {state}",
            f"{ssc_board}, {state}",
        ]
        degrees.append(Degree(inter, "Intermediate", "MPC", (grad - 6, 6), (grad - 4, 4)))
        degrees.append(Degree(ssc, "SSC", "", (grad - 7, 6), (grad - 6, 3)))
        extra["scores"] = [
            f"{rng.randint(72, 91) / 10:.2f} CGPA",
            f"{rng.randint(880, 978) / 10:.1f}%",
            f"{rng.randint(90, 100) / 10:.1f} GPA",
        ]
        notes = rng.sample(pool.highlights, len(pool.highlights))
        first_intern = (grad - 1, rng.choice((5, 6)))
        jobs.append(
            Job(
                pool.employers[idx],
                pool.titles[idx % 2],
                city,
                first_intern,
                (first_intern[0], first_intern[1] + 2),
                notes[:3],
            )
        )
        if rng.random() < 0.5:
            jobs.insert(
                0,
                Job(
                    pool.employers[(idx + 1) % 3],
                    pool.titles[2],
                    "Hyderabad",
                    (grad, rng.choice((1, 2))),
                    None,
                    notes[3:5],
                ),
            )
        extra["projects"] = rng.sample(IN_PROJECTS, 2)
        extra["certs"] = rng.sample(IN_CERTS, rng.randint(2, 3))
        extra["activities"] = rng.sample(IN_ACTIVITIES, 3)
        extra["strengths"] = rng.sample(IN_STRENGTHS, 4)
        extra["father"] = f"{rng.choice(IN_FATHERS)} {name.split()[-1]}"
        extra["born"] = f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-{grad - 22}"
        extra["gender"] = (
            "Female" if name.split()[0] in ("Keerthana", "Sowmya", "Bhavana") else "Male"
        )
        other = "Telugu"
        extra["known"] = ["English", "Hindi", other]
        cats = [IN_CATEGORIES[0], *rng.sample(IN_CATEGORIES[1:], rng.randint(3, 4))]
        extra["categories"] = [(c, list(k)) for c, k in cats]
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


def truth(person: Candidate, style: str, options: dict[str, Any]) -> dict[str, Any]:
    extra = person.extra
    profiles = profile_links(extra)
    if style == "pdf-albanian-cv":
        location = {
            "address": extra["street"],
            "postalCode": extra["postal"],
            "city": person.city,
            "countryCode": COUNTRY[extra["country"]],
        }
    elif style == "pdf-jamaican-cv":
        location = {"address": extra["street"], "city": person.city, "region": person.region}
    elif style == "pdf-tunisian-cv":
        location = {
            "address": extra["street"],
            "postalCode": extra["postal"],
            "city": person.city,
            "countryCode": "TN",
        }
    else:
        location = {
            "address": extra["street"],
            "postalCode": extra["postal"],
            "city": person.city,
            "region": person.region,
        }
    label = person.label
    if style in ("pdf-albanian-cv", "pdf-tunisian-cv") and not options["headline"]:
        label = None
    basics = drop_empty(
        {
            "name": person.name,
            "label": label,
            "email": person.email,
            "phone": person.phone,
            "summary": extra.get("summary"),
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
    skills: list[dict[str, Any]] = []
    languages = [
        drop_empty({"language": lang, "fluency": level}) for lang, level in person.languages
    ]
    certificates: list[dict[str, Any]] = []
    projects: list[dict[str, Any]] = []
    if style == "pdf-albanian-cv":
        for i, d in enumerate(person.degrees):
            item = {
                "institution": d.institution,
                "studyType": d.study,
                "area": d.area,
                "startDate": iso_month(d.start, precision),
                "endDate": iso_month(d.end, precision),
            }
            if i == len(person.degrees) - 1:
                item["score"] = extra["score"]
            education.append(drop_empty(item))
        skills = [{"name": s} for s in person.skills]
    elif style == "pdf-jamaican-cv":
        d = person.degrees[0]
        education.append(
            drop_empty(
                {
                    "institution": d.institution,
                    "studyType": d.study,
                    "area": d.area,
                    "startDate": str(d.start[0]),
                    "endDate": str(d.end[0]),
                    "score": extra["score"],
                }
            )
        )
        school, start, end = extra["high_school"]
        education.append({"institution": school, "startDate": str(start), "endDate": str(end)})
        skills = [{"name": s} for s in person.skills]
    elif style == "pdf-tunisian-cv":
        for d in person.degrees:
            item = {"institution": d.institution, "studyType": d.study, "area": d.area}
            if d.study == "Baccalauréat":
                item |= {"endDate": str(d.end[0]), "score": extra["mention"]}
            else:
                item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
            education.append(item)
        skills = [{"name": c, "keywords": k} for c, k in extra["categories"]]
        certificates = [{"name": n, "issuer": i, "date": str(y)} for n, i, y in extra["certs"]]
    else:
        for d, score in zip(person.degrees, extra["scores"], strict=True):
            education.append(
                drop_empty(
                    {
                        "institution": d.institution,
                        "studyType": d.study,
                        "area": d.area,
                        "endDate": str(d.end[0]),
                        "score": score,
                    }
                )
            )
        skills = [{"name": c, "keywords": k} for c, k in extra["categories"]]
        languages = [{"language": lang} for lang in extra["known"]]
        certificates = [{"name": n, "issuer": i} for n, i in extra["certs"]]
        projects = [
            {"name": n, "description": desc, "keywords": [k.strip() for k in tech.split(",")]}
            for n, desc, tech in extra["projects"]
        ]
    return drop_empty(
        {
            "basics": basics,
            "work": work,
            "education": education,
            "certificates": certificates,
            "skills": skills,
            "languages": languages,
            "projects": projects,
            "meta": {"evaluation": {"tags": [HOLDOUT_TAG, style], "generator": GENERATOR}},
        }
    )


# ----------------------------------------------------------------------------------- render


def render(person: Candidate, style: str, options: dict[str, Any]) -> tuple[bytes, str]:
    if style == "pdf-albanian-cv":
        return _albanian(person, options), "pdf"
    if style == "pdf-jamaican-cv":
        return _jamaican(person, options), "pdf"
    if style == "pdf-tunisian-cv":
        return _tunisian(person, options), "pdf"
    if style == "docx-indian-fresher-resume":
        return _indian_docx(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _al_month(month: Month | None, form: str) -> str:
    if form == "numeric":
        return "në vazhdim" if month is None else f"{month[1]:02d}/{month[0]}"
    return "në vazhdim" if month is None else f"{MUAJT[month[1] - 1]} {month[0]}"


def _albanian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{options['title']} - {person.name}")
    x, gutter, right = 12.0, 52.0, 196.0
    cx = x + gutter + 5
    cw = right - cx
    ink = (40, 40, 40)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 287)
        pdf.set_font("Sans", "", 7)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(gutter + 40, 4, f"{options['title']} \u2013 {person.name}")
        pdf.cell(right - x - gutter - 40, 4, f"Faqe {pdf.page_no()} / {{nb}}", align="R")
        pdf.set_text_color(*ink)
        y = 16.0

    def need(height: float) -> None:
        if y + height > 280:
            new_page()

    def label(text: str, size: float = 8.0, caps: bool = False) -> None:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", size)
        pdf.set_text_color(*accent)
        pdf.multi_cell(gutter, 4.2, text.upper() if caps else text, align="R")
        pdf.set_text_color(*ink)

    def heading(text: str) -> None:
        nonlocal y
        need(24)
        y += 4
        label(text, 9.0, caps=True)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(cx, y + 2.4, right, y + 2.4)
        y += 8

    def text(value: str, size: float = 8.8, look: str = "", height: float = 4.5) -> None:
        nonlocal y
        pdf.set_xy(cx, y)
        pdf.set_font("Sans", look, size)
        pdf.multi_cell(cw, height, value, align="L")
        y = pdf.get_y() + 0.4

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 15)
    pdf.set_text_color(*accent)
    pdf.cell(gutter, 8, options["title"], align="R")
    pdf.set_text_color(*ink)
    y += 14
    label("INFORMACIONI PERSONAL", 8.5)
    pdf.set_xy(cx, y - 1)
    pdf.set_font("Sans", "B", 15)
    pdf.cell(cw, 7, person.name)
    y += 8
    country = extra["country"]
    pdf.set_draw_color(180, 180, 180)
    pdf.set_line_width(0.3)
    pdf.rect(right - 28, y, 28, 34)
    pdf.set_font("Sans", "", 6.5)
    pdf.set_xy(right - 28, y + 15)
    pdf.cell(28, 4, "Foto", align="C")
    for key, value in (
        ("Adresa", f"{extra['street']}, {extra['postal']} {person.city}, {country}"),
        ("Celular", person.phone),
        ("E-mail", person.email),
        ("LinkedIn", extra["linkedin"].removeprefix("https://www.")),
        ("Data e lindjes", extra["born"]),
        ("Shtetësia", extra["nation"]),
    ):
        pdf.set_xy(cx, y)
        pdf.set_font("Sans", "B", 8.3)
        pdf.cell(26.5, 4.4, key)
        pdf.set_font("Sans", "", 8.3)
        pdf.multi_cell(cw - 56, 4.4, value, align="L")
        y = max(pdf.get_y(), y + 4.4) + 0.8
    y = max(y, pdf.get_y()) + 3
    if options["headline"]:
        need(10)
        label("POZICIONI I DËSHIRUAR", 8.0)
        pdf.set_xy(cx, y - 0.5)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(cw, 5.5, person.label or "")
        pdf.set_text_color(*ink)
        y += 9
    heading("Profili")
    text(extra["summary"], 8.8)

    def work() -> None:
        nonlocal y
        heading("Përvoja e punës")
        for job in person.jobs:
            need(26)
            label(f"{_al_month(job.start, form)} \u2013 {_al_month(job.end, form)}", 8.3)
            text(job.position, 10, "B", 5)
            pdf.set_text_color(*accent)
            text(f"{job.company}, {job.city}", 8.8, "", 4.6)
            pdf.set_text_color(*ink)
            y += 0.6
            for note in job.highlights:
                need(5)
                pdf.set_xy(cx + 1, y)
                pdf.set_font("Sans", "", 8.6)
                pdf.cell(4, 4.3, "\u25aa")
                pdf.multi_cell(cw - 5, 4.3, note, align="L")
                y = pdf.get_y() + 0.3
            y += 3.5

    def education() -> None:
        nonlocal y
        heading("Arsimi dhe trajnimi")
        for i, d in enumerate(person.degrees):
            need(18)
            label(f"{_al_month(d.start, form)} \u2013 {_al_month(d.end, form)}", 8.3)
            text(f"{d.study} \u2013 {d.area}", 10, "B", 5)
            pdf.set_text_color(*accent)
            text(d.institution, 8.8)
            pdf.set_text_color(*ink)
            if i == len(person.degrees) - 1 and extra["score"]:
                text(f"Nota mesatare: {extra['score']}", 8.6)
            y += 3

    for part in (education, work) if options["edu_first"] else (work, education):
        part()
    heading("Aftësitë personale")
    need(30)
    label("Gjuha amtare", 8.3)
    text(person.languages[0][0], 9, "B")
    y += 2
    label("Gjuhë të tjera", 8.3)
    cols = ("Dëgjimi", "Leximi", "Bashkëbisedimi", "Të folurit", "Të shkruarit")
    colw = (cw - 26) / 5
    pdf.set_fill_color(235, 238, 242)
    pdf.set_xy(cx, y)
    pdf.set_font("Sans", "B", 6.4)
    pdf.cell(26, 4.5, "", fill=True)
    for group, span in (("KUPTIMI", 2), ("TË FOLURIT", 2), ("TË SHKRUARIT", 1)):
        pdf.cell(colw * span, 4.5, group, align="C", fill=True, border="B")
    pdf.set_xy(cx, y + 4.5)
    pdf.cell(26, 4.5, "", fill=True)
    pdf.set_font("Sans", "", 6.2)
    for col in cols:
        pdf.cell(colw, 4.5, col, align="C", fill=True)
    y += 10
    for lang, level in person.languages[1:]:
        pdf.set_xy(cx, y)
        pdf.set_font("Sans", "B", 8.3)
        pdf.cell(26, 5, lang)
        pdf.set_font("Sans", "", 8.3)
        for _ in cols:
            pdf.cell(colw, 5, level, align="C")
        y += 5.4
    pdf.set_xy(cx, y)
    pdf.set_font("Sans", "I", 6.8)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(
        cw,
        3.5,
        "Nivelet: A1/A2: Përdorues bazë \u2013 B1/B2: Përdorues i pavarur "
        "\u2013 C1/C2: Përdorues i avancuar",
    )
    pdf.set_text_color(*ink)
    y += 7
    need(14)
    label("Aftësi kompjuterike", 8.3)
    text(", ".join(person.skills), 8.8)
    y += 2
    if extra["licence"]:
        need(8)
        label("Patentë drejtimi", 8.3)
        text("B", 8.8)
    _check(y, 284, person)
    return bytes(pdf.output())


def _jm_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "years":
            return str(month[0])
        name = MONTHS_EN[month[1] - 1]
        if form == "short":
            name = name if len(name) <= 4 else f"{name[:4] if name[:4] == 'Sept' else name[:3]}."
        return f"{name} {month[0]}"

    return f"{one(start)} \u2013 {'Present' if end is None else one(end)}"


def _jamaican(person: Candidate, options: dict[str, Any]) -> bytes:
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
        if y + height > 272:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 4
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 11)
        pdf.cell(width, 5.5, text)
        if options["rule"]:
            pdf.set_line_width(0.4)
            pdf.line(x, y + 6.2, x + width, y + 6.2)
        else:
            w = pdf.get_string_width(text)
            pdf.set_line_width(0.3)
            pdf.line(x, y + 5.6, x + w, y + 5.6)
        y += 9

    def para(text: str, size: float = 10, look: str = "", indent: float = 0.0) -> None:
        nonlocal y
        pdf.set_xy(x + indent, y)
        pdf.set_font("Serif", look, size)
        pdf.multi_cell(width - indent, 5, text, align="J" if size >= 10 and not look else "L")
        y = pdf.get_y() + 0.5

    def bullet(text: str, mark: str = "\u2022") -> None:
        nonlocal y
        need(6)
        pdf.set_xy(x + 5, y)
        pdf.set_font("Serif", "", 10)
        pdf.cell(5, 5, mark)
        pdf.multi_cell(width - 10, 5, text, align="L")
        y = pdf.get_y() + 0.4

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 13)
    pdf.cell(width, 6, "CURRICULUM VITAE", align="C")
    y += 10
    pdf.set_xy(x, y)
    pdf.set_font("Serif", "B", 17)
    pdf.cell(width, 8, person.name.upper(), align="C")
    y += 9
    pdf.set_font("Serif", "", 10)
    place = person.city if not person.region else f"{person.city}, {person.region}"
    for line in (
        f"{extra['street']}, {place}",
        f"Tel: {person.phone}   |   Email: {person.email}",
    ):
        pdf.set_xy(x, y)
        pdf.cell(width, 5, line, align="C")
        y += 5
    pdf.set_line_width(0.8)
    pdf.line(x, y + 2, x + width, y + 2)
    y += 4
    heading(options["objective"])
    para(extra["summary"])

    def education() -> None:
        nonlocal y
        heading("EDUCATION")
        d = person.degrees[0]
        need(24)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(width - 35, 5, d.institution)
        pdf.set_font("Serif", "", 10)
        pdf.cell(35, 5, f"{d.start[0]} \u2013 {d.end[0]}", align="R")
        y += 5.5
        para(f"{d.study} {d.area}", 10, "I")
        if extra["score"]:
            para(extra["score"], 10)
        y += 2.5
        school, start, end = extra["high_school"]
        need(40)
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(width - 35, 5, school)
        pdf.set_font("Serif", "", 10)
        pdf.cell(35, 5, f"{start} \u2013 {end}", align="R")
        y += 6
        para("Caribbean Advanced Proficiency Examination (CAPE)", 10, "I")
        for subject in extra["cape"]:
            bullet(subject, "\u2013")
        y += 1
        half = (len(extra["csec"]) + 1) // 2
        left, rightcol = extra["csec"][:half], extra["csec"][half:]
        need(5.2 * half + 8)
        para("Caribbean Secondary Education Certificate (CSEC)", 10, "I")
        for row in range(half):
            pdf.set_font("Serif", "", 10)
            pdf.set_xy(x + 5, y)
            pdf.cell(5, 5, "\u2013")
            pdf.cell(width / 2 - 10, 5, left[row])
            if row < len(rightcol):
                pdf.cell(5, 5, "\u2013")
                pdf.cell(width / 2 - 5, 5, rightcol[row])
            y += 5.2

    def work() -> None:
        nonlocal y
        heading("WORK EXPERIENCE")
        for job in person.jobs:
            need(28)
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "B", 10.5)
            pdf.cell(width - 60, 5, job.company)
            pdf.set_font("Serif", "", 10)
            pdf.cell(60, 5, _jm_span(job.start, job.end, form), align="R")
            y += 5.2
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "I", 10)
            pdf.cell(width, 5, f"{job.position} \u2013 {job.city}")
            y += 5.6
            pdf.set_xy(x, y)
            pdf.set_font("Serif", "U", 9.5)
            pdf.cell(width, 5, "Duties/Responsibilities:")
            y += 5.5
            for note in job.highlights:
                bullet(note)
            y += 2.5

    for part in (education, work) if options["edu_first"] else (work, education):
        part()
    heading("SKILLS AND COMPETENCIES")
    for skill in person.skills:
        bullet(skill)
    heading("EXTRA-CURRICULAR ACTIVITIES")
    for item in extra["activities"]:
        bullet(item)
    heading("REFEREES")
    need(30)
    for index, ((ref, role, org), tel) in enumerate(
        zip(extra["referees"], extra["ref_phones"], strict=True)
    ):
        rx = x + index * (width / 2)
        for offset, (value, look) in enumerate(
            ((ref, "B"), (role, ""), (org, ""), (f"Tel: {tel}", ""))
        ):
            pdf.set_xy(rx, y + 5 * offset)
            pdf.set_font("Serif", look, 10)
            pdf.cell(width / 2 - 3, 5, value)
    y += 22
    _check(y, 280, person)
    return bytes(pdf.output())


def _tn_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Aujourd'hui" if form == "abbr" else "Présent"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MOIS_ABR[month[1] - 1]} {month[0]}"


def _tunisian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, accent, extra = options["dates"], options["accent"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV - {person.name}")
    side, sx = 66.0, 8.0
    sw = side - 2 * sx
    x, width = side + 9, 210 - side - 9 - 11
    white, ink = (255, 255, 255), (45, 45, 45)
    y = 0.0
    sy = 0.0

    def new_page() -> None:
        nonlocal y, sy
        pdf.add_page()
        pdf.set_fill_color(*accent)
        pdf.rect(0, 0, side, 297, style="F")
        y, sy = 16.0, 16.0

    def need(height: float) -> None:
        if y + height > 282:
            new_page()

    new_page()
    pdf.set_fill_color(225, 225, 225)
    pdf.ellipse(side / 2 - 19, 12, 38, 38, style="F")
    sy = 58.0

    def side_heading(text: str) -> None:
        nonlocal sy
        sy += 3
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(*white)
        pdf.cell(sw, 5.5, text)
        pdf.set_draw_color(*white)
        pdf.set_line_width(0.3)
        pdf.line(sx, sy + 6.5, sx + 14, sy + 6.5)
        sy += 9

    def side_text(text: str, look: str = "", size: float = 8.2, height: float = 4.2) -> None:
        nonlocal sy
        pdf.set_xy(sx, sy)
        pdf.set_font("Sans", look, size)
        pdf.set_text_color(*white)
        pdf.multi_cell(sw, height, text, align="L")
        sy = pdf.get_y() + 0.6

    side_heading("CONTACT")
    side_text(f"\u260e  {person.phone}")
    side_text(f"\u2709  {person.email}")
    side_text(f"{extra['street']}, {extra['postal']} {person.city}, {extra['country']}")
    for link in (extra["linkedin"].removeprefix("https://www."), extra["github"][8:]):
        size = 7.6
        pdf.set_font("Sans", "", size)
        while pdf.get_string_width(link) > sw - 3:
            size -= 0.2
            pdf.set_font("Sans", "", size)
        side_text(link, size=size)
    side_heading("COMPÉTENCES")
    for category, keywords in extra["categories"]:
        side_text(category, "B", 8.2)
        side_text(" \u2022 ".join(keywords), "", 7.8, 4.0)
        sy += 0.8
    side_heading("LANGUES")
    for lang, level in person.languages:
        side_text(f"{lang} : {level}", "", 8.0)
    side_heading("CENTRES D'INTÉRÊT")
    for item in extra["interests"]:
        side_text(f"\u2022 {item}", "", 8.0)
    _check(sy, 290, person)
    pdf.set_text_color(*ink)
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 22)
    pdf.set_text_color(*accent)
    pdf.multi_cell(width, 9.5, person.name, align="L")
    pdf.set_text_color(*ink)
    y = pdf.get_y() + 0.5
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 11.5)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(width, 6, person.label or "")
        pdf.set_text_color(*ink)
        y += 7
    y += 3

    def heading(text: str) -> None:
        nonlocal y
        need(24)
        y += 3
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(width, 6, text)
        pdf.set_text_color(*ink)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.6)
        pdf.line(x, y + 7, x + width, y + 7)
        y += 10

    heading("PROFIL")
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 8.8)
    pdf.multi_cell(width, 4.5, extra["summary"], align="J")
    y = pdf.get_y() + 1

    def experience() -> None:
        nonlocal y
        heading("EXPÉRIENCES PROFESSIONNELLES")
        for job in person.jobs:
            need(26)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 9.8)
            pdf.cell(width - 44, 5, job.position)
            pdf.set_font("Sans", "", 8.2)
            pdf.set_text_color(110, 110, 110)
            span = f"{_tn_month(job.start, form)} \u2013 {_tn_month(job.end, form)}"
            pdf.cell(44, 5, span, align="R")
            pdf.set_xy(x, y + 5)
            pdf.set_font("Sans", "I", 8.8)
            pdf.set_text_color(*accent)
            pdf.cell(width, 4.6, f"{job.company} | {job.city}")
            pdf.set_text_color(*ink)
            y += 10.5
            for note in job.highlights:
                need(5)
                pdf.set_xy(x + 1, y)
                pdf.set_font("Sans", "", 8.5)
                pdf.cell(4, 4.3, "\u2013")
                pdf.multi_cell(width - 5, 4.3, note, align="L")
                y = pdf.get_y() + 0.3
            y += 2.5

    def formation() -> None:
        nonlocal y
        heading("FORMATION")
        for d in person.degrees:
            need(14)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 8.6)
            pdf.set_text_color(110, 110, 110)
            when = str(d.end[0]) if d.study == "Baccalauréat" else f"{d.start[0]} \u2013 {d.end[0]}"
            pdf.cell(24, 4.8, when)
            pdf.set_text_color(*ink)
            pdf.set_font("Sans", "B", 9.4)
            title = (
                f"{d.study} en {d.area}"
                if d.study != "Baccalauréat"
                else (f"{d.study} {d.area} \u2013 {extra['mention']}")
            )
            pdf.multi_cell(width - 24, 4.8, title, align="L")
            pdf.set_xy(x + 24, pdf.get_y())
            pdf.set_font("Sans", "", 8.6)
            pdf.multi_cell(width - 24, 4.6, d.institution, align="L")
            y = pdf.get_y() + 2.2

    for part in (formation, experience) if options["edu_first"] else (experience, formation):
        part()
    heading("CERTIFICATIONS")
    for name, issuer, year in extra["certs"]:
        need(6)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 8.6)
        pdf.cell(4, 4.6, "\u2013")
        pdf.multi_cell(width - 4, 4.6, f"{name} \u2013 {issuer} ({year})", align="L")
        y = pdf.get_y() + 0.4
    _check(y, 286, person)
    return bytes(pdf.output())


def _in_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        return f"{MONTHS_EN[month[1] - 1][:3]} {month[0]}"

    return f"{one(start)} \u2013 {'Present' if end is None else one(end)}"


def _indian_docx(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt

    form, extra = options["dates"], person.extra
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = ""
    properties.revision = 1
    properties.title = "Resume"
    section = document.sections[0]
    section.page_width, section.page_height = Inches(8.27), Inches(11.69)
    section.left_margin = section.right_margin = Inches(0.75)
    section.top_margin = section.bottom_margin = Inches(0.6)
    normal = document.styles["Normal"]
    normal.font.name = options["font"]
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(2)

    def shade(paragraph: Any) -> None:
        props = paragraph._p.get_or_add_pPr()
        fill = OxmlElement("w:shd")
        fill.set(qn("w:val"), "clear")
        fill.set(qn("w:color"), "auto")
        fill.set(qn("w:fill"), options["shade"])
        props.append(fill)

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(10)
        paragraph.paragraph_format.space_after = Pt(4)
        shade(paragraph)
        run = paragraph.add_run(text)
        run.bold = True
        run.font.size = Pt(11.5)

    def bullet(text: str) -> Any:
        return document.add_paragraph(text, style="List Bullet")

    top = document.add_paragraph()
    top.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = top.add_run("RESUME")
    run.bold, run.underline, run.font.size = True, True, Pt(14)
    name = document.add_paragraph()
    name.paragraph_format.space_after = Pt(0)
    run = name.add_run(person.name.upper())
    run.bold, run.font.size = True, Pt(15)
    lines = [
        f"Mobile: {person.phone}",
        f"Email: {person.email}",
        f"LinkedIn: {extra['linkedin']}",
    ]
    if "github" in extra:
        lines.append(f"GitHub: {extra['github']}")
    lines.append(
        f"Address: {extra['street']}, {person.city} \u2013 {extra['postal']}, {person.region}"
    )
    for line in lines:
        paragraph = document.add_paragraph(line)
        paragraph.paragraph_format.space_after = Pt(0)
    heading(options["objective"])
    paragraph = document.add_paragraph(extra["summary"])
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    heading("ACADEMIC QUALIFICATIONS")
    head = ("Qualification", "Institution", "Board / University", "Year of Passing", "CGPA / %")
    table = document.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
    for d, board, score in zip(person.degrees, extra["boards"], extra["scores"], strict=True):
        cells = table.add_row().cells
        qual = f"{d.study} ({d.area})" if d.area else d.study
        for cell, text in zip(
            cells, (qual, d.institution, board, str(d.end[0]), score), strict=True
        ):
            cell.text = text
    widths = (Inches(1.35), Inches(1.9), Inches(1.6), Inches(0.9), Inches(0.95))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    heading("TECHNICAL SKILLS")
    for category, keywords in extra["categories"]:
        paragraph = bullet("")
        paragraph.add_run(f"{category}: ").bold = True
        paragraph.add_run(", ".join(keywords))
    heading("INTERNSHIP / WORK EXPERIENCE")
    for job in person.jobs:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(4)
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.add_run(f"{job.position}").bold = True
        paragraph.add_run(f" | {job.company}, {job.city}")
        paragraph = document.add_paragraph()
        paragraph.add_run(f"Duration: {_in_span(job.start, job.end, form)}").italic = True
        for note in job.highlights:
            bullet(note)
    heading("ACADEMIC PROJECTS")
    for number, (title, desc, tech) in enumerate(extra["projects"], 1):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(4)
        paragraph.add_run(f"Project {number}: ").bold = True
        paragraph.add_run(title).bold = True
        paragraph = document.add_paragraph()
        paragraph.add_run("Description: ").bold = True
        paragraph.add_run(desc)
        paragraph = document.add_paragraph()
        paragraph.add_run("Technologies Used: ").bold = True
        paragraph.add_run(tech)
    heading("CERTIFICATIONS")
    for cert, issuer in extra["certs"]:
        bullet(f"{cert} \u2013 {issuer}")
    heading("EXTRA-CURRICULAR ACTIVITIES")
    for item in extra["activities"]:
        bullet(item)
    heading("STRENGTHS")
    for item in extra["strengths"]:
        bullet(item)
    heading("PERSONAL DETAILS")
    details = (
        ("Father's Name", extra["father"]),
        ("Date of Birth", extra["born"]),
        ("Gender", extra["gender"]),
        ("Nationality", "Indian"),
        ("Marital Status", "Single"),
        ("Languages Known", ", ".join(extra["known"])),
    )
    grid = document.add_table(rows=len(details), cols=3)
    for row, (key, value) in zip(grid.rows, details, strict=True):
        row.cells[0].text, row.cells[1].text, row.cells[2].text = key, ":", value
        row.cells[0].width, row.cells[1].width, row.cells[2].width = (
            Inches(1.8),
            Inches(0.3),
            Inches(4.2),
        )
    heading("DECLARATION")
    paragraph = document.add_paragraph(
        "I hereby declare that the above-mentioned information is true to the best of my "
        "knowledge and belief."
    )
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(12)
    paragraph.add_run("Place: ").bold = True
    paragraph.add_run(person.city)
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.tab_stops.add_tab_stop(Inches(6.7), WD_TAB_ALIGNMENT.RIGHT)
    paragraph.add_run("Date: ").bold = True
    paragraph.add_run(f"\t({person.name})").bold = True
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())

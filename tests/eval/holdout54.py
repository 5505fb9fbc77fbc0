"""Fifty-fourth held-out round ("holdout-54"): more layouts, written blind (without reading
the parser) and meant to be measured once, untuned. Four layouts, three born-digital PDF and
one Word document: pdf-algerian-cv, pdf-botswanan-cv, pdf-resumegenius-export and
docx-greek-cv-word. The round is sealed: the layouts are described only in the code below.

Pools are disjoint from every earlier round; the truth states only what the document shows,
in the precision it shows it (a country code only where a country is printed).
"""

# ruff: noqa: RUF001 (the CVs use en dashes and Greek letters)

from __future__ import annotations

import io
import random
from typing import Any

from tests.eval.holdout6 import Candidate, Degree, Month, _pdf
from tests.eval.holdout7 import Pool
from tests.eval.holdout19 import _chain, _check
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, normalise_zip, profile_links

HOLDOUT_TAG = "holdout-54"
GENERATOR = "tests/eval/holdout54.py"
SEED = 5_418_627

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-algerian-cv", 3),
    ("pdf-botswanan-cv", 3),
    ("pdf-resumegenius-export", 3),
    ("docx-greek-cv-word", 3),
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
MOIS_COURTS = (
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
MINES = (
    "Ιαν.",
    "Φεβ.",
    "Μάρ.",
    "Απρ.",
    "Μάιος",
    "Ιούν.",
    "Ιούλ.",
    "Αύγ.",
    "Σεπ.",
    "Οκτ.",
    "Νοέ.",
    "Δεκ.",
)

POOLS: dict[str, Pool] = {
    "pdf-algerian-cv": Pool(
        first=("Lyna", "Nesrine", "Imène", "Rayane", "Yanis", "Amine"),
        last=("Boukhalfa", "Hadjadj", "Messaoudène", "Zerrouki", "Aït Saâdi", "Ould-Ameur"),
        cities=(
            ("Alger", None, "16111", "Cité 1200 Logements, Bt 14 n° 6, Bab Ezzouar"),
            ("Alger", None, "16035", "Lot. Ben Haddadi n° 23, Chéraga"),
            ("Alger", None, "16050", "27, rue Hassiba Ben Bouali, Sidi M'Hamed"),
        ),
        employers=(
            "Atlas Télécom Algérie SPA",
            "EURL Casbah Informatique",
            "Groupe Tassili Agroalimentaire",
            "SARL Djurdjura Réseaux & Services",
            "Mitidja Logistique SPA",
        ),
        titles=(
            "Ingénieur réseaux et télécoms",
            "Administrateur systèmes et réseaux",
            "Chef de projet informatique",
            "Ingénieur support technique",
            "Développeur d'applications",
        ),
        highlights=(
            "Déploiement et configuration des équipements Cisco (routeurs, switchs, pare-feu)",
            "Supervision du réseau WAN reliant 18 agences via Zabbix",
            "Migration de l'annuaire Active Directory vers Windows Server 2019",
            "Rédaction des cahiers des charges et suivi des fournisseurs",
            "Assistance aux utilisateurs de niveau 2 et gestion des tickets (GLPI)",
            "Mise en place d'une politique de sauvegarde (Veeam) et d'un PRA",
            "Formation de 40 agents à la nouvelle messagerie d'entreprise",
            "Développement d'une application de gestion des stocks en Laravel",
            "Participation à l'audit de sécurité du système d'information",
        ),
        skills=(
            "Cisco (CCNA)",
            "Windows Server / Active Directory",
            "Linux (Debian, CentOS)",
            "VMware vSphere",
            "Zabbix",
            "Fortinet",
            "SQL Server",
            "MS Project",
        ),
        schools=(
            "Université des Sciences et de la Technologie Houari Boumediene (USTHB)",
            "École nationale Supérieure d'Informatique (ESI), Oued Smar",
            "Université d'Alger 1 Benyoucef Benkhedda",
        ),
        degrees=(
            ("Master", "Réseaux et Systèmes Distribués"),
            ("Diplôme d'Ingénieur d'État", "Informatique – option Systèmes"),
            ("Licence LMD", "Informatique"),
        ),
    ),
    "pdf-botswanan-cv": Pool(
        first=("Onalenna", "Kefilwe", "Boitshepo", "Oratile", "Gaone", "Tshepiso"),
        last=("Mosweu", "Kgosietsile", "Tshekiso", "Mmolawa", "Ntsima", "Sebonego"),
        cities=(
            ("Gaborone", "P.O. Box 40218, Gaborone", None, "Plot 2714, Block 8"),
            ("Gaborone", "Private Bag BO 311, Bontleng", None, "Plot 58113, Phakalane"),
            ("Gaborone", "P.O. Box 2096, Gaborone", None, "Plot 1189, Extension 12"),
        ),
        employers=(
            "Kalahari Freight (Pty) Ltd",
            "Notwane Holdings (Pty) Ltd",
            "Motse Mutual Insurance Botswana",
            "Chobe Office Solutions (Pty) Ltd",
            "Tlokweng Agri Supplies",
        ),
        titles=(
            "Accounts Officer",
            "Assistant Accountant",
            "Finance Officer",
            "Accounts Clerk",
            "Internal Audit Officer",
        ),
        highlights=(
            "Preparing monthly bank reconciliations and creditors reconciliations",
            "Processing supplier payments and maintaining the fixed asset register",
            "Preparing VAT returns for submission to BURS",
            "Assisting the external auditors during the year-end audit",
            "Capturing daily transactions on Pastel Evolution",
            "Preparing the monthly payroll for 120 employees and PAYE schedules",
            "Following up on debtors and preparing the age analysis",
            "Petty cash management and month-end journals",
            "Reviewing internal controls over procurement and stores",
        ),
        skills=(
            "Pastel Evolution",
            "Sage 300 People",
            "Microsoft Excel (pivot tables, VLOOKUP)",
            "QuickBooks",
            "IFRS reporting",
            "Payroll administration",
            "Good communication skills",
        ),
        schools=(
            "University of Botswana",
            "Botho University",
            "Botswana Accountancy College",
        ),
        degrees=(
            ("Bachelor of Commerce", "Accounting"),
            ("Bachelor of Accounting", "Accounting"),
            ("Diploma", "Accounting and Business Studies"),
        ),
    ),
    "pdf-resumegenius-export": Pool(
        first=("Jazmine", "Kendrick", "Brielle", "Treyvon", "Savannah", "Brock"),
        last=("Okoro-Banks", "Kincannon", "Pettigrew-Lane", "Brightman", "Delmonico", "Mabry"),
        cities=(
            ("Columbus", "OH", "43215", ""),
            ("Raleigh", "NC", "27601", ""),
            ("Tucson", "AZ", "85701", ""),
        ),
        employers=(
            "Brightwater Logistics",
            "Summit Ridge Health Partners",
            "Keystone Home Supply",
            "Redbud Financial Group",
            "Lakeshore Property Management",
        ),
        titles=(
            "Operations Coordinator",
            "Office Manager",
            "Project Coordinator",
            "Customer Service Supervisor",
            "Administrative Assistant",
        ),
        highlights=(
            "Coordinated daily schedules for a team of 14 field technicians",
            "Reduced invoice processing time by 30% by introducing a shared tracker",
            "Managed vendor relationships and negotiated annual supply contracts",
            "Answered an average of 60 customer calls per day with a 96% satisfaction rate",
            "Onboarded 12 new hires and maintained personnel files",
            "Prepared weekly reports on open orders and shipping delays",
            "Organized quarterly all-hands meetings for 200+ employees",
            "Maintained office inventory and cut supply costs by $8,000 a year",
            "Trained staff on the new Salesforce case management workflow",
        ),
        skills=(
            "Microsoft Office Suite",
            "Salesforce",
            "QuickBooks Online",
            "Scheduling and calendar management",
            "Vendor management",
            "Data entry",
            "Conflict resolution",
            "Bilingual (English/Spanish)",
        ),
        schools=(
            "Ohio State University",
            "North Carolina State University",
            "Pima Community College",
        ),
        degrees=(
            ("Bachelor of Science", "Business Administration"),
            ("Bachelor of Arts", "Communication"),
            ("Associate of Applied Science", "Business Management"),
        ),
    ),
    "docx-greek-cv-word": Pool(
        first=("Δέσποινα", "Σταυρούλα", "Ευανθία", "Αγγελική", "Θεοδώρα"),
        last=("Παπαδημητρίου", "Κωνσταντινίδου", "Μαυρογιάννη", "Τσακίρη", "Λαμπροπούλου"),
        cities=(
            ("Αθήνα", None, "114 73", "Λεωφ. Αλεξάνδρας 112"),
            ("Θεσσαλονίκη", None, "546 22", "Τσιμισκή 41"),
            ("Πειραιάς", None, "185 36", "Ακτή Θεμιστοκλέους 86"),
        ),
        employers=(
            "Αιγαίο Λογιστική Α.Ε.",
            "Ερμής Διανομές Ο.Ε.",
            "Πίνδος Τρόφιμα Α.Β.Ε.Ε.",
            "Ολυμπία Ασφαλιστική Πρακτορειακή Ι.Κ.Ε.",
            "Θερμαϊκός Εμπορική Α.Ε.",
        ),
        titles=(
            "Λογίστρια",
            "Οικονομική Αναλύτρια",
            "Υπεύθυνη Μισθοδοσίας",
            "Βοηθός Λογιστή",
            "Στέλεχος Λογιστηρίου",
        ),
        highlights=(
            "Τήρηση βιβλίων Γ' κατηγορίας και έκδοση ισολογισμού",
            "Σύνταξη και υποβολή περιοδικών δηλώσεων ΦΠΑ και ΜΥΦ",
            "Υπολογισμός μισθοδοσίας και υποβολή ΑΠΔ στον e-ΕΦΚΑ",
            "Συμφωνίες τραπεζικών λογαριασμών και καρτέλες προμηθευτών",
            "Επικοινωνία με ορκωτούς ελεγκτές κατά τον ετήσιο έλεγχο",
            "Προετοιμασία μηνιαίων αναφορών για τη Διοίκηση σε Excel",
            "Καταχώριση παραστατικών στο ERP SoftOne",
            "Παρακολούθηση απαιτήσεων πελατών και εισπράξεων",
            "Διαβίβαση παραστατικών στην πλατφόρμα myDATA της ΑΑΔΕ",
        ),
        skills=(
            "ECDL Core (Word, Excel, PowerPoint)",
            "SoftOne ERP",
            "Epsilon Net (Μισθοδοσία)",
            "Singular Accounting",
            "MS Excel (Συγκεντρωτικοί πίνακες)",
            "Power BI",
        ),
        schools=(
            "Οικονομικό Πανεπιστήμιο Αθηνών",
            "Πανεπιστήμιο Πειραιώς",
            "Πανεπιστήμιο Μακεδονίας",
        ),
        degrees=(
            ("Πτυχίο", "Λογιστική και Χρηματοοικονομική"),
            ("Μεταπτυχιακό Δίπλωμα Ειδίκευσης (MSc)", "Χρηματοοικονομική και Τραπεζική"),
            ("Πτυχίο", "Οικονομική Επιστήμη"),
        ),
    ),
}

# Latin spellings of the Greek names, for e-mail addresses.
GREEK_LATIN = {
    "Δέσποινα": "despoina",
    "Σταυρούλα": "stavroula",
    "Ευανθία": "evanthia",
    "Αγγελική": "angeliki",
    "Θεοδώρα": "theodora",
    "Παπαδημητρίου": "papadimitriou",
    "Κωνσταντινίδου": "konstantinidou",
    "Μαυρογιάννη": "mavrogianni",
    "Τσακίρη": "tsakiri",
    "Λαμπροπούλου": "lampropoulou",
}

DZ_SUMMARY = (
    "Ingénieur(e) en informatique dynamique et rigoureux(se), avec une expérience solide en "
    "administration des réseaux et en gestion de projets. Capacité d'adaptation, sens du "
    "travail en équipe et de la communication."
)
DZ_LANGUAGES = (
    ("Arabe", "langue maternelle"),
    ("Français", "courant (lu, écrit, parlé)"),
    ("Anglais", "bon niveau (B2)"),
    ("Tamazight", "parlé"),
)
DZ_LYCEES = ("Lycée Émir Abdelkader, Bab El Oued", "Lycée Descartes (Bouamama), El Biar")
DZ_HOBBIES = ("Football", "Lecture", "Randonnée", "Bénévolat (Croissant-Rouge algérien)")
BW_OBJECTIVE = (
    "A hardworking and self-motivated accounting professional seeking a challenging position "
    "in a reputable organisation where I can apply my knowledge and skills, grow my career "
    "and contribute to the success of the organisation."
)
BW_REFEREES = (
    ("Mr. Keabetswe Ramontsho", "Finance Manager", "+267 71 554 302", "kramontsho@gmail.com"),
    ("Mrs. Goitseone Pilane", "Senior Accountant", "+267 74 220 918", ""),
    ("Ms. Lesedi Motlhabane", "Lecturer, Faculty of Business", "+267 3554 120", ""),
)
BW_LANGUAGES = (("Setswana", "Fluent"), ("English", "Fluent"), ("Ikalanga", "Basic"))
RG_SUMMARY = (
    "Detail-oriented operations professional with {years}+ years of experience keeping busy "
    "offices and service teams running smoothly. Skilled in scheduling, vendor management and "
    "process improvement, with a track record of cutting costs and improving customer "
    "satisfaction."
)
GR_SUMMARY = (
    "Οικονομολόγος με εμπειρία στη λογιστική παρακολούθηση εμπορικών επιχειρήσεων και στη "
    "μισθοδοσία. Μεθοδική, συνεπής και με ευχέρεια στη χρήση λογιστικών προγραμμάτων."
)
GR_LANGUAGES = (
    ("Αγγλικά", "Άριστη γνώση (Certificate of Proficiency in English)"),
    ("Γαλλικά", "Πολύ καλή γνώση (DELF B2)"),
    ("Γερμανικά", "Καλή γνώση (Goethe-Zertifikat B1)"),
)
GR_OTHER = (
    "Σεμινάριο «Ψηφιακά βιβλία και myDATA», Οικονομικό Επιμελητήριο Ελλάδας (2023)",
    "Άδεια Λογιστή – Φοροτεχνικού Β' τάξης",
    "Δίπλωμα οδήγησης Β' κατηγορίας",
)

DZ_ACCENTS = ((0, 98, 65), (30, 60, 120), (130, 30, 40))
RG_ACCENTS = ((33, 82, 150), (0, 120, 110), (90, 60, 140))


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-algerian-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "accent": rng.choice(DZ_ACCENTS),
            "headline": rng.random() < 0.7,
            "education_first": rng.random() < 0.5,
        }
    if style == "pdf-botswanan-cv":
        return {
            "dates": rng.choice(("long", "short", "numeric")),
            "education_first": rng.random() < 0.6,
            "serif": rng.random() < 0.5,
        }
    if style == "pdf-resumegenius-export":
        return {
            "dates": rng.choice(("numeric", "long")),
            "accent": rng.choice(RG_ACCENTS),
            "headline": rng.random() < 0.5,
            "skills_first": rng.random() < 0.6,
        }
    if style == "docx-greek-cv-word":
        return {
            "dates": rng.choice(("numeric", "words", "years")),
            "font": rng.choice(("Calibri", "Times New Roman", "Arial")),
            "table": rng.random() < 0.5,
            "headline": rng.random() < 0.5,
        }
    return {}


class _Person(Candidate):
    """A candidate whose file name comes from a Latin spelling when the name is Greek."""

    __slots__ = ()

    @property
    def slug(self) -> str:
        return "-".join(ascii_slug(self.extra.get("latin") or self.name).split())


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    city, region, postal, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street or None, "postal": postal}
    label: str | None = None
    url: str | None = None
    languages: list[tuple[str, str]] = []
    long_cv = rng.random() < 0.5
    jobs = _chain(rng, pool, rng.choice((3, 4)) if long_cv else 3, rng.random() < 0.7)
    degrees: list[Degree] = []
    end_year = jobs[-1].start[0] - rng.randint(0, 1)
    if style == "docx-greek-cv-word":
        first_gr, last_gr = name.split()
        first, last = GREEK_LATIN[first_gr], GREEK_LATIN[last_gr]
        extra["latin"] = f"{first} {last}"
    else:
        slug = ascii_slug(name).split()
        first, last = slug[0], slug[-1]
    if style == "pdf-algerian-cv":
        mobile = rng.choice(("5", "6", "7"))
        phone = (
            f"+213 (0) {mobile}{rng.randint(10, 99)} {rng.randint(10, 99)} "
            f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
            if rng.random() < 0.5
            else f"0{mobile}{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
            f"{rng.randint(10, 99)}"
        )
        email = f"{first}.{last}{rng.randint(80, 99)}@{rng.choice(('gmail.com', 'yahoo.fr'))}"
        label = jobs[0].position
        if rng.random() < 0.6:
            extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-dz"
        extra["summary"] = DZ_SUMMARY
        for job in jobs:
            job.city = rng.choice(("Alger", "Alger", "Oran", "Blida", "Hassi Messaoud"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        school = pool.schools[idx]
        years = {"Master": 2, "Licence LMD": 3}.get(study, 5)
        degrees.append(Degree(school, study, area, (end_year - years, 9), (end_year, 7)))
        if study == "Master":
            lic, larea = pool.degrees[2]
            degrees.append(
                Degree(school, lic, larea, (end_year - 5, 9), (end_year - 2, 7)),
            )
            end_year -= 2
        bac_year = degrees[-1].start[0]
        extra["bac"] = (bac_year, rng.choice(("Mathématiques", "Sciences expérimentales")))
        extra["lycee"] = rng.choice(DZ_LYCEES)
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{bac_year - 18}"
        extra["birthplace"] = rng.choice(("Alger", "Tizi Ouzou", "Médéa", "Béjaïa"))
        extra["family"] = rng.choice(("Célibataire", "Marié(e)"))
        extra["service"] = rng.choice(("Dégagé des obligations", "Exempté", "Accompli"))
        extra["hobbies"] = rng.sample(DZ_HOBBIES, 3)
        languages = list(DZ_LANGUAGES[: rng.randint(3, 4)])
        skills = rng.sample(pool.skills, rng.randint(5, 7))
    elif style == "pdf-botswanan-cv":
        digits = f"7{rng.randint(1, 7)}{rng.randint(100, 999)}{rng.randint(100, 999)}"
        phone = rng.choice(
            (
                f"+267 {digits[:2]} {digits[2:5]} {digits[5:]}",
                f"(+267) {digits[:4]} {digits[4:]}",
                f"{digits[:2]} {digits[2:5]} {digits[5:]}",
            )
        )
        email = f"{first}{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        extra["summary"] = BW_OBJECTIVE
        extra["box"] = region
        region = None
        for job in jobs:
            job.city = rng.choice(("Gaborone", "Gaborone", "Francistown", "Mogoditshane"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        years = 3 if study == "Diploma" else 4
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - years, 8), (end_year, 6)))
        sec = rng.choice(("Gaborone Senior Secondary School", "Ledumang Senior Secondary School"))
        extra["bgcse"] = (sec, end_year - years - 2, end_year - years - 1)
        extra["born"] = f"{rng.randint(1, 28)} {MONTHS_EN[rng.randrange(12)]} {end_year - 22}"
        extra["gender"] = "Female" if first in {"onalenna", "kefilwe", "gaone"} else "Male"
        extra["marital"] = rng.choice(("Single", "Married"))
        extra["referees"] = rng.sample(BW_REFEREES, rng.choice((2, 3)))
        extra["licence"] = rng.random() < 0.5
        languages = list(BW_LANGUAGES[: rng.randint(2, 3)])
        skills = rng.sample(pool.skills, rng.randint(5, 6))
    elif style == "pdf-resumegenius-export":
        area_code = {"Columbus": 614, "Raleigh": 919}.get(city, 520)
        phone = rng.choice(
            (
                f"({area_code}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
                f"{area_code}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
            )
        )
        email = f"{first}{last.replace('-', '')}@{rng.choice(('gmail.com', 'outlook.com'))}"
        label = jobs[0].position
        if rng.random() < 0.7:
            extra["linkedin"] = f"https://www.linkedin.com/in/{first}{last.replace('-', '')}"
        years = 2026 - jobs[-1].start[0]
        extra["summary"] = RG_SUMMARY.format(years=years)
        for job in jobs:
            job.city = rng.choice((f"{city}, {region}", f"{city}, {region}", "Remote"))
        idx = [c[0] for c in pool.cities].index(city)
        study, area = pool.degrees[idx]
        years = 2 if study.startswith("Associate") else 4
        degrees.append(Degree(pool.schools[idx], study, area, (end_year - years, 8), (end_year, 5)))
        extra["gpa"] = rng.choice((None, "3.6", "3.4"))
        skills = rng.sample(pool.skills, rng.choice((6, 8)))
    else:
        phone = f"69{rng.choice((4, 7, 8))} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        email = f"{first[0]}.{last}@{rng.choice(('gmail.com', 'yahoo.gr', 'hotmail.com'))}"
        label = jobs[0].position
        if rng.random() < 0.5:
            extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}"
        extra["summary"] = GR_SUMMARY
        for job in jobs:
            job.city = rng.choice((city, "Αθήνα", "Μαρούσι"))
        idx = rng.randrange(3)
        study, area = pool.degrees[idx]
        if study.startswith("Μεταπτυχιακό"):
            degrees.append(
                Degree(pool.schools[idx], study, area, (end_year - 1, 10), (end_year, 9))
            )
            end_year -= 1
            study, area = pool.degrees[0]
        degrees.append(
            Degree(rng.choice(pool.schools), study, area, (end_year - 4, 9), (end_year, 7))
        )
        extra["grade"] = f"{rng.randint(6, 8)},{rng.randint(10, 95)}"
        extra["born"] = f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{end_year - 22}"
        languages = list(GR_LANGUAGES[: rng.randint(1, 3)])
        extra["other"] = rng.sample(GR_OTHER, 2)
        skills = rng.sample(pool.skills, rng.randint(4, 6))
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
    location: dict[str, Any] = {"city": person.city}
    if style == "pdf-algerian-cv":
        location |= {
            "address": extra["street"],
            "postalCode": extra["postal"],
            "countryCode": "DZ",
        }
    elif style == "pdf-botswanan-cv":
        location |= {"address": extra["street"], "countryCode": "BW"}
    elif style == "pdf-resumegenius-export":
        location |= {"region": person.region, "postalCode": extra["postal"]}
    else:
        location |= {"address": extra["street"], "postalCode": extra["postal"]}
    label = person.label if options.get("headline") else None
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
    for d in person.degrees:
        item: dict[str, Any] = {"institution": d.institution, "studyType": d.study, "area": d.area}
        if style == "pdf-resumegenius-export":
            item |= {"endDate": iso_month(d.end, "month"), "score": extra["gpa"]}
        elif style == "docx-greek-cv-word":
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
            if d.study == "Πτυχίο":
                item["score"] = extra["grade"]
        else:
            item |= {"startDate": str(d.start[0]), "endDate": str(d.end[0])}
        education.append(drop_empty(item))
    if style == "pdf-algerian-cv":
        bac_year, series = extra["bac"]
        education.append(
            {
                "institution": extra["lycee"],
                "studyType": "Baccalauréat",
                "area": series,
                "endDate": str(bac_year),
            }
        )
    elif style == "pdf-botswanan-cv":
        school, start, end = extra["bgcse"]
        education.append(
            {
                "institution": school,
                "studyType": "BGCSE",
                "startDate": str(start),
                "endDate": str(end),
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
    if style == "pdf-algerian-cv":
        return _algerian(person, options), "pdf"
    if style == "pdf-botswanan-cv":
        return _botswanan(person, options), "pdf"
    if style == "pdf-resumegenius-export":
        return _resumegenius(person, options), "pdf"
    if style == "docx-greek-cv-word":
        return _greek_docx(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _dz_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        return f"{MOIS_COURTS[month[1] - 1]} {month[0]}"

    if end is None:
        return f"{one(start)} – à ce jour" if form == "numeric" else f"Depuis {one(start)}"
    return f"{one(start)} – {one(end)}"


def _algerian(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra, accent = options["dates"], person.extra, options["accent"]
    pdf = _pdf("Sans", "DejaVuSansCondensed")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"CV - {person.name}")
    pdf.set_author(person.name)
    x, width, gutter = 16.0, 178.0, 38.0
    ink = (25, 25, 25)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_fill_color(*accent)
        pdf.rect(0, 0, 210, 4, style="F")
        y = 14.0

    def need(height: float) -> None:
        if y + height > 282:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(22)
        y += 3
        pdf.set_fill_color(*accent)
        pdf.rect(x, y + 0.8, 2.2, 5, style="F")
        pdf.set_xy(x + 4, y)
        pdf.set_font("Sans", "B", 11.5)
        pdf.set_text_color(*accent)
        pdf.cell(width - 4, 6.5, text.upper())
        pdf.set_draw_color(190, 190, 190)
        pdf.set_line_width(0.25)
        pdf.line(x, y + 7.5, x + width, y + 7.5)
        pdf.set_text_color(*ink)
        y += 10

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 20)
    pdf.set_text_color(*accent)
    first, *rest = person.name.split(" ", 1)
    pdf.cell(width * 0.62, 9, f"{first} {' '.join(rest).upper()}")
    pdf.set_text_color(*ink)
    top = y
    if options["headline"]:
        pdf.set_xy(x, y + 9.5)
        pdf.set_font("Sans", "", 12)
        pdf.cell(width * 0.62, 6, person.label or "")
    pdf.set_font("Sans", "", 8.8)
    contact = [
        extra["street"],
        f"{extra['postal']} {person.city}, Algérie",
        f"Tél : {person.phone}",
        f"E-mail : {person.email}",
    ]
    if "linkedin" in extra:
        contact.append(extra["linkedin"].removeprefix("https://www."))
    for offset, line in enumerate(contact):
        pdf.set_xy(x + width * 0.45, top + 4.3 * offset)
        pdf.cell(width * 0.55, 4.3, line, align="R")
    y = top + max(4.3 * len(contact), 17) + 3
    heading("État civil")
    rows = (
        ("Date et lieu de naissance", f"{extra['born']} à {extra['birthplace']}"),
        ("Nationalité", "Algérienne"),
        ("Situation familiale", extra["family"]),
        ("Service national", extra["service"]),
    )
    for key, value in rows:
        pdf.set_xy(x + 4, y)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(46, 4.8, key)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width - 50, 4.8, f":  {value}")
        y += 5
    heading("Profil")
    pdf.set_xy(x + 4, y)
    pdf.set_font("Sans", "", 9.2)
    pdf.multi_cell(width - 4, 4.7, extra["summary"], align="J")
    y = pdf.get_y() + 1

    def experience() -> None:
        nonlocal y
        heading("Expériences professionnelles")
        for job in person.jobs:
            need(26)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 8.8)
            pdf.set_text_color(*accent)
            pdf.multi_cell(gutter - 3, 4.5, _dz_span(job.start, job.end, form), align="L")
            pdf.set_text_color(*ink)
            pdf.set_xy(x + gutter, y)
            pdf.set_font("Sans", "B", 10)
            pdf.cell(width - gutter, 5, job.position)
            pdf.set_xy(x + gutter, y + 5)
            pdf.set_font("Sans", "I", 9.3)
            pdf.cell(width - gutter, 5, f"{job.company} – {job.city}")
            y += 11
            pdf.set_xy(x + gutter, y)
            pdf.set_font("Sans", "U", 9)
            pdf.cell(width - gutter, 4.6, "Tâches principales :")
            y += 5
            for note in job.highlights:
                need(5)
                pdf.set_xy(x + gutter + 1, y)
                pdf.set_font("Sans", "", 9)
                pdf.cell(4, 4.5, "➢")
                pdf.multi_cell(width - gutter - 5, 4.5, note, align="L")
                y = pdf.get_y() + 0.3
            y += 3

    def education() -> None:
        nonlocal y
        heading("Formation et diplômes")
        for d in person.degrees:
            need(12)
            pdf.set_xy(x, y)
            pdf.set_font("Sans", "B", 8.8)
            pdf.set_text_color(*accent)
            pdf.cell(gutter, 5, f"{d.start[0]} – {d.end[0]}")
            pdf.set_text_color(*ink)
            pdf.set_font("Sans", "B", 9.8)
            pdf.multi_cell(width - gutter, 5, f"{d.study} en {d.area}", align="L")
            pdf.set_xy(x + gutter, pdf.get_y())
            pdf.set_font("Sans", "", 9.2)
            pdf.multi_cell(width - gutter, 4.7, d.institution, align="L")
            y = pdf.get_y() + 2.5
        bac_year, series = extra["bac"]
        need(8)
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 8.8)
        pdf.set_text_color(*accent)
        pdf.cell(gutter, 5, str(bac_year))
        pdf.set_text_color(*ink)
        pdf.set_font("Sans", "B", 9.8)
        pdf.cell(width - gutter, 5, f"Baccalauréat, série {series}")
        pdf.set_xy(x + gutter, y + 5)
        pdf.set_font("Sans", "", 9.2)
        pdf.cell(width - gutter, 4.7, extra["lycee"])
        y += 12

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("Compétences informatiques")
    half = (len(person.skills) + 1) // 2
    need(5 * half)
    for column, chunk in enumerate((person.skills[:half], person.skills[half:])):
        for offset, skill in enumerate(chunk):
            pdf.set_xy(x + 4 + column * width / 2, y + 5 * offset)
            pdf.set_font("Sans", "", 9)
            pdf.cell(4, 4.8, "■")
            pdf.cell(width / 2 - 10, 4.8, skill)
    y += 5 * half + 1
    heading("Langues")
    for lang, level in person.languages:
        need(6)
        pdf.set_xy(x + 4, y)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(30, 4.8, lang)
        pdf.set_font("Sans", "", 9)
        pdf.cell(width - 34, 4.8, f":  {level}")
        y += 5
    heading("Centres d'intérêt")
    pdf.set_xy(x + 4, y)
    pdf.set_font("Sans", "", 9)
    pdf.cell(width - 4, 4.8, ", ".join(extra["hobbies"]) + ".")
    y += 6
    _check(y, 286, person)
    return bytes(pdf.output())


def _bw_month(month: Month | None, form: str) -> str:
    if month is None:
        return "To date" if form == "numeric" else "Present"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    name = MONTHS_EN[month[1] - 1]
    return f"{name if form == 'long' else name[:3]} {month[0]}"


def _botswanan(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra = options["dates"], person.extra
    family = "Serif" if options["serif"] else "Sans"
    pdf = _pdf(family, "DejaVuSerif" if options["serif"] else "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("CURRICULUM VITAE")
    x, width, key_w = 20.0, 170.0, 48.0
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        pdf.set_xy(x, 284)
        pdf.set_font(family, "", 8)
        pdf.cell(width, 4, str(pdf.page_no()), align="C")
        y = 18.0

    def need(height: float) -> None:
        if y + height > 276:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(20)
        y += 4
        pdf.set_fill_color(217, 217, 217)
        pdf.rect(x, y, width, 6.2, style="F")
        pdf.set_xy(x + 1.5, y + 0.4)
        pdf.set_font(family, "B", 10.5)
        pdf.cell(width - 3, 5.4, text.upper())
        y += 9

    def row(key: str, value: str) -> None:
        nonlocal y
        pdf.set_xy(x, y)
        pdf.set_font(family, "B", 9.5)
        pdf.cell(key_w, 5, key)
        pdf.set_font(family, "", 9.5)
        pdf.multi_cell(width - key_w, 5, f": {value}", align="L")
        y = pdf.get_y() + 0.4

    new_page()
    pdf.set_xy(x, y)
    pdf.set_font(family, "BU", 16)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    y += 12
    heading("Personal Details")
    rows = (
        ("Full Names", person.name),
        ("Date of Birth", extra["born"]),
        ("Gender", extra["gender"]),
        ("Nationality", "Motswana"),
        ("Marital Status", extra["marital"]),
        ("Postal Address", extra["box"]),
        ("Physical Address", f"{extra['street']}, {person.city}, Botswana"),
        ("Cell", person.phone),
        ("Email", person.email),
    )
    for key, value in rows:
        row(key, value)
    heading("Career Objective")
    pdf.set_xy(x, y)
    pdf.set_font(family, "", 9.5)
    pdf.multi_cell(width, 5, extra["summary"], align="J")
    y = pdf.get_y() + 1

    def education() -> None:
        nonlocal y
        heading("Educational Background")
        for d in person.degrees:
            need(18)
            row("Institution", d.institution)
            row("Period", f"{d.start[0]} – {d.end[0]}")
            row("Qualification", f"{d.study} in {d.area}")
            y += 2.5
        school, start, end = extra["bgcse"]
        need(18)
        row("Institution", school)
        row("Period", f"{start} – {end}")
        row("Qualification", "BGCSE")
        y += 1

    def experience() -> None:
        nonlocal y
        heading("Work Experience")
        for job in person.jobs:
            need(30)
            row("Organisation", f"{job.company}, {job.city}")
            row("Position", job.position)
            row("Period", f"{_bw_month(job.start, form)} – {_bw_month(job.end, form)}")
            pdf.set_xy(x, y)
            pdf.set_font(family, "BU", 9.5)
            pdf.cell(width, 5, "Duties and Responsibilities")
            y += 5.5
            for note in job.highlights:
                need(5.5)
                pdf.set_xy(x + 4, y)
                pdf.set_font(family, "", 9.5)
                pdf.cell(5, 5, "•")
                pdf.multi_cell(width - 9, 5, note, align="L")
                y = pdf.get_y() + 0.3
            y += 3

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("Skills and Competencies")
    for skill in person.skills:
        need(5.5)
        pdf.set_xy(x + 4, y)
        pdf.set_font(family, "", 9.5)
        pdf.cell(5, 5, "•")
        pdf.cell(width - 9, 5, skill)
        y += 5.2
    heading("Languages")
    for lang, level in person.languages:
        row(lang, level)
    if extra["licence"]:
        heading("Other Information")
        pdf.set_xy(x, y)
        pdf.set_font(family, "", 9.5)
        pdf.cell(width, 5, "Holder of a valid Botswana driver's licence (Code B)")
        y += 6
    heading("Referees")
    for ref_name, role, cell, mail in extra["referees"]:
        need(22)
        for offset, (text, look) in enumerate(
            ((ref_name, "B"), (role, ""), (f"Cell: {cell}", ""), (mail and f"Email: {mail}", ""))
        ):
            if not text:
                continue
            pdf.set_xy(x, y + 5 * offset)
            pdf.set_font(family, look, 9.5)
            pdf.cell(width, 5, text)
        y += 22 if mail else 17
    _check(y, 282, person)
    return bytes(pdf.output())


def _rg_month(month: Month | None, form: str) -> str:
    if month is None:
        return "Current"
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{MONTHS_EN[month[1] - 1]} {month[0]}"


def _resumegenius(person: Candidate, options: dict[str, Any]) -> bytes:
    form, extra, accent = options["dates"], person.extra, options["accent"]
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(f"{person.name} Resume")
    pdf.set_creator("Resume Genius")
    pdf.set_producer("Resume Genius PDF Export")
    x, width, label_w = 14.0, 182.0, 38.0
    body_x, body_w = x + label_w, width - label_w
    ink = (40, 40, 40)
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pdf.add_page()
        y = 14.0

    def need(height: float) -> None:
        if y + height > 283:
            new_page()

    def heading(text: str) -> None:
        nonlocal y
        need(16)
        y += 3
        pdf.set_draw_color(210, 210, 210)
        pdf.set_line_width(0.3)
        pdf.line(x, y, x + width, y)
        y += 3
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.set_text_color(*accent)
        pdf.cell(label_w - 3, 5, text)
        pdf.set_text_color(*ink)

    new_page()
    pdf.set_text_color(*ink)
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "B", 24)
    pdf.set_text_color(*accent)
    pdf.cell(width, 11, person.name)
    pdf.set_text_color(*ink)
    y += 12
    if options["headline"]:
        pdf.set_xy(x, y)
        pdf.set_font("Sans", "", 11)
        pdf.cell(width, 6, person.label or "")
        y += 7
    bits = [
        f"{person.city}, {person.region} {extra['postal']}",
        person.phone,
        person.email,
    ]
    if "linkedin" in extra:
        bits.append(extra["linkedin"].removeprefix("https://"))
    pdf.set_xy(x, y)
    pdf.set_font("Sans", "", 8.8)
    pdf.multi_cell(width, 4.6, "   |   ".join(bits), align="L")
    y = pdf.get_y() + 2

    def paragraph_section(title: str, text: str) -> None:
        nonlocal y
        heading(title)
        pdf.set_xy(body_x, y)
        pdf.set_font("Sans", "", 9)
        pdf.multi_cell(body_w, 4.6, text, align="L")
        y = pdf.get_y() + 1

    def skills() -> None:
        nonlocal y
        heading("Skills")
        half = (len(person.skills) + 1) // 2
        need(4.8 * half)
        for column, chunk in enumerate((person.skills[:half], person.skills[half:])):
            for offset, skill in enumerate(chunk):
                pdf.set_xy(body_x + column * body_w / 2, y + 4.8 * offset)
                pdf.set_font("Sans", "", 9)
                pdf.cell(4, 4.6, "•")
                pdf.cell(body_w / 2 - 6, 4.6, skill)
        y += 4.8 * half + 1

    def experience() -> None:
        nonlocal y
        heading("Experience")
        first = True
        for job in person.jobs:
            need(24)
            if not first:
                y += 2.5
            first = False
            pdf.set_xy(body_x, y)
            pdf.set_font("Sans", "B", 9.8)
            span = f"{_rg_month(job.start, form)} - {_rg_month(job.end, form)}"
            pdf.cell(body_w - 44, 5, job.position)
            pdf.set_font("Sans", "", 8.8)
            pdf.cell(44, 5, span, align="R")
            pdf.set_xy(body_x, y + 5)
            pdf.set_font("Sans", "I", 9)
            pdf.cell(body_w, 4.8, f"{job.company} - {job.city}")
            y += 10.5
            for note in job.highlights:
                need(5)
                pdf.set_xy(body_x + 1.5, y)
                pdf.set_font("Sans", "", 9)
                pdf.cell(4, 4.5, "•")
                pdf.multi_cell(body_w - 5.5, 4.5, note, align="L")
                y = pdf.get_y() + 0.3

    paragraph_section("Summary", extra["summary"])
    if options["skills_first"]:
        skills()
        experience()
    else:
        experience()
    heading("Education")
    for d in person.degrees:
        need(12)
        pdf.set_xy(body_x, y)
        pdf.set_font("Sans", "B", 9.8)
        pdf.cell(body_w - 30, 5, f"{d.study}: {d.area}")
        pdf.set_font("Sans", "", 8.8)
        pdf.cell(30, 5, _rg_month(d.end, form), align="R")
        pdf.set_xy(body_x, y + 5)
        pdf.set_font("Sans", "I", 9)
        pdf.cell(body_w, 4.8, d.institution + (f" | GPA: {extra['gpa']}" if extra["gpa"] else ""))
        y += 11
    if not options["skills_first"]:
        skills()
    _check(y, 287, person)
    return bytes(pdf.output())


def _gr_span(start: Month, end: Month | None, form: str) -> str:
    def one(month: Month) -> str:
        if form == "numeric":
            return f"{month[1]:02d}/{month[0]}"
        if form == "years":
            return str(month[0])
        return f"{MINES[month[1] - 1]} {month[0]}"

    return f"{one(start)} – {'Σήμερα' if end is None else one(end)}"


def _greek_docx(person: Candidate, options: dict[str, Any]) -> bytes:
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
    properties.revision = 5
    properties.title = "Βιογραφικό Σημείωμα"
    properties.language = "el-GR"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2)
    normal = document.styles["Normal"]
    normal.font.name = options["font"]
    normal.font.size = Pt(11 if options["font"] == "Calibri" else 10.5)
    normal.paragraph_format.space_after = Pt(2)
    navy = RGBColor(0x17, 0x36, 0x5D)
    col = 5.0 if form == "words" else 4.2

    def heading(text: str) -> None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.space_after = Pt(4)
        paragraph.paragraph_format.keep_with_next = True
        run = paragraph.add_run(text)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(12), navy
        props = paragraph._p.get_or_add_pPr()
        borders = OxmlElement("w:pBdr")
        line = OxmlElement("w:bottom")
        for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1")):
            line.set(qn(key), value)
        line.set(qn("w:color"), "17365D")
        borders.append(line)
        props.append(borders)

    def tabbed(left: str, right: str, *, bold_right: bool = False) -> Any:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(col))
        paragraph.add_run(left).bold = True
        paragraph.add_run("\t")
        paragraph.add_run(right).bold = bold_right
        return paragraph

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("ΒΙΟΓΡΑΦΙΚΟ ΣΗΜΕΙΩΜΑ")
    run.bold, run.font.size, run.font.color.rgb = True, Pt(16), navy
    line = document.add_paragraph()
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = line.add_run(person.name)
    run.bold, run.font.size = True, Pt(14)
    if options["headline"]:
        line = document.add_paragraph()
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        line.add_run(person.label or "").italic = True
    heading("ΠΡΟΣΩΠΙΚΑ ΣΤΟΙΧΕΙΑ")
    rows = [
        ("Ονοματεπώνυμο:", person.name),
        ("Ημ. γέννησης:", extra["born"]),
        ("Διεύθυνση:", f"{extra['street']}, {extra['postal']} {person.city}"),
        ("Κινητό:", person.phone),
        ("E-mail:", person.email),
    ]
    if "linkedin" in extra:
        rows.append(("LinkedIn:", extra["linkedin"].removeprefix("https://www.")))
    for key, value in rows:
        tabbed(key, value)
    heading("ΣΥΝΟΠΤΙΚΟ ΠΡΟΦΙΛ")
    document.add_paragraph(extra["summary"]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    def table_rows(entries: list[tuple[str, list[tuple[str, bool, bool]], list[str]]]) -> None:
        table = document.add_table(rows=0, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        table.columns[0].width, table.columns[1].width = Cm(col), Cm(16.6 - col)
        for left, lines, bullets in entries:
            cells = table.add_row().cells
            cells[0].width, cells[1].width = Cm(col), Cm(16.6 - col)
            cells[0].paragraphs[0].add_run(left).font.size = Pt(10)
            first = True
            for text, bold, italic in lines:
                para = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
                first = False
                run = para.add_run(text)
                run.bold, run.italic = bold, italic
            for note in bullets:
                para = cells[1].add_paragraph(note, style="List Bullet")
                para.paragraph_format.space_after = Pt(0)
            cells[1].paragraphs[-1].paragraph_format.space_after = Pt(8)

    def flowing(entries: list[tuple[str, list[tuple[str, bool, bool]], list[str]]]) -> None:
        for left, lines, bullets in entries:
            para = document.add_paragraph()
            para.paragraph_format.tab_stops.add_tab_stop(Cm(col))
            para.paragraph_format.space_before = Pt(6)
            para.paragraph_format.keep_with_next = True
            para.add_run(left)
            para.add_run("\t")
            text, bold, italic = lines[0]
            run = para.add_run(text)
            run.bold, run.italic = bold, italic
            for text, bold, italic in lines[1:]:
                para = document.add_paragraph()
                para.paragraph_format.left_indent = Cm(col)
                para.paragraph_format.keep_with_next = True
                run = para.add_run(text)
                run.bold, run.italic = bold, italic
            for note in bullets:
                item = document.add_paragraph(note, style="List Bullet")
                item.paragraph_format.left_indent = Cm(col + 0.6)
                item.paragraph_format.space_after = Pt(0)

    lay_out = table_rows if options["table"] else flowing
    heading("ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ")
    lay_out(
        [
            (
                _gr_span(job.start, job.end, form),
                [(job.position, True, False), (f"{job.company}, {job.city}", False, True)],
                job.highlights,
            )
            for job in person.jobs
        ]
    )
    heading("ΣΠΟΥΔΕΣ")
    entries = []
    for d in person.degrees:
        lines = [(f"{d.study} – {d.area}", True, False), (d.institution, False, True)]
        if d.study == "Πτυχίο":
            lines.append((f"Βαθμός πτυχίου: {extra['grade']}", False, False))
        entries.append((f"{d.start[0]} – {d.end[0]}", lines, []))
    lay_out(entries)
    heading("ΞΕΝΕΣ ΓΛΩΣΣΕΣ")
    for lang, level in person.languages:
        tabbed(f"{lang}:", level)
    heading("ΓΝΩΣΕΙΣ Η/Υ")
    for skill in person.skills:
        document.add_paragraph(skill, style="List Bullet").paragraph_format.space_after = Pt(0)
    heading("ΛΟΙΠΑ ΣΤΟΙΧΕΙΑ")
    for item in extra["other"]:
        document.add_paragraph(item, style="List Bullet").paragraph_format.space_after = Pt(0)
    closing = document.add_paragraph("Συστάσεις διαθέσιμες κατόπιν αιτήματος.")
    closing.paragraph_format.space_before = Pt(10)
    closing.runs[0].italic = True
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())

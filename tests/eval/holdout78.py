"""Seventy-eighth held-out round ("holdout-78"): more layouts, written blind (without reading
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
from tests.eval.holdout68 import _Flow, _letter
from tests.eval.holdout74 import _edu, _years
from tests.eval.people import ascii_slug
from tests.eval.render import FIXED_DATE, drop_empty, iso_month, profile_links

HOLDOUT_TAG = "holdout-78"
GENERATOR = "tests/eval/holdout78.py"
SEED = 7_861_505

PLAN: tuple[tuple[str, int], ...] = (
    ("pdf-cambodian-cv", 3),
    ("pdf-east-timorese-portuguese-cv", 3),
    ("pdf-hloom-template", 3),
    ("docx-luxembourgish-cv-word", 3),
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
PT_MONTHS = (
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
FR_MONTHS = (
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

POOLS: dict[str, Pool] = {
    "pdf-cambodian-cv": Pool(
        first=("Sokha", "Dara", "Sreypov", "Vannak", "Chanthou", "Piseth", "Sophea", "Rithy"),
        last=("Chhun", "Meas", "Sok", "Heng", "Khieu", "Ouk", "Prum", "Touch", "Nhem"),
        cities=(
            ("Phnom Penh", None, "KH", "#27, St. 271, Sangkat Tuol Tumpung II, Khan Chamkarmon"),
            ("Phnom Penh", None, "KH", "#114B, St. 598, Sangkat Boeung Kak II, Khan Tuol Kork"),
            ("Phnom Penh", None, "KH", "#9E0, St. 63, Sangkat Boeung Keng Kang I, Khan BKK"),
        ),
        employers=(
            "Mekong Riverside Microfinance Plc.",
            "Angkor Thmey Trading Co., Ltd.",
            "Tonle Bassac Garment Co., Ltd.",
            "Kampuchea Nextgen Logistics Co., Ltd.",
            "Sovannaphum Insurance Plc.",
        ),
        titles=(
            "Senior Accountant",
            "Credit Officer",
            "Admin & HR Assistant",
            "Sales Executive",
            "Customer Service Officer",
        ),
        highlights=(
            "Recorded daily transactions in QuickBooks and reconciled bank statements",
            "Prepared monthly tax declarations (ToS, WHT, VAT) for the GDT",
            "Assessed loan applications and visited clients in Kandal and Takeo",
            "Followed up overdue loans and kept the portfolio at risk below 2%",
            "Handled recruitment, staff contracts and NSSF registration",
            "Prepared payroll for 120 workers and reported to the Finance Manager",
            "Met corporate clients and prepared quotations and sales reports",
            "Answered customer enquiries by phone, Telegram and at the front desk",
            "Supported the annual stock count and the external audit",
        ),
        skills=(
            "Microsoft Word, Excel, PowerPoint",
            "QuickBooks",
            "Khmer Unicode typing",
            "Internet and email",
            "Teamwork and communication",
        ),
        schools=(
            "Royal University of Law and Economics (RULE)",
            "National University of Management (NUM)",
            "Build Bright University",
            "Norton University",
        ),
        degrees=(
            ("Bachelor's Degree", "Accounting"),
            ("Bachelor's Degree", "Finance and Banking"),
            ("Bachelor's Degree", "Business Administration"),
            ("Bachelor of Arts", "English Literature"),
        ),
    ),
    "pdf-east-timorese-portuguese-cv": Pool(
        first=("Natalino", "Zelia", "Abílio", "Jacinta", "Domingos", "Fidélia", "Agostinho"),
        last=("da Costa Soares", "Ximenes", "Guterres", "dos Santos Belo", "Pereira Amaral"),
        cities=(
            ("Díli", None, "TL", "Rua de Caicoli, Vera Cruz"),
            ("Díli", None, "TL", "Bairro Pité, Aldeia Moris Foun"),
            ("Díli", None, "TL", "Rua de Becora, Suco Becora, Cristo Rei"),
        ),
        employers=(
            "Ministério da Administração Estatal",
            "Cooperativa Café Ermera Lda.",
            "Banco Lafaek Nacional, S.A.",
            "Associação Hamutuk Saúde Comunitária",
            "Timor Loro Sa'e Construções, Unip. Lda.",
        ),
        titles=(
            "Técnico Administrativo",
            "Assistente Financeiro",
            "Oficial de Programa",
            "Contabilista",
            "Rececionista",
        ),
        highlights=(
            "Elaboração de ofícios, atas e relatórios mensais",
            "Gestão do arquivo e da correspondência da direção",
            "Registo das despesas e preparação das reconciliações bancárias",
            "Apoio à elaboração do orçamento anual do programa",
            "Organização de formações para grupos de mulheres nos sucos",
            "Atendimento ao público em tétum, português e inglês",
            "Acompanhamento das compras e controlo do inventário",
            "Recolha de dados no terreno nos municípios de Ermera e Aileu",
            "Processamento dos salários e das contribuições para a segurança social",
        ),
        skills=(
            "Microsoft Office (Word, Excel, PowerPoint)",
            "Internet e correio eletrónico",
            "Contabilidade básica",
            "Trabalho em equipa",
            "Condução (carta de condução B)",
        ),
        schools=(
            "Universidade Nacional Timor Lorosa'e (UNTL)",
            "Universidade da Paz (UNPAZ)",
            "Instituto de Ciências Religiosas",
            "Universidade Oriental Timor Lorosa'e (UNITAL)",
        ),
        degrees=(
            ("Licenciatura", "Gestão"),
            ("Licenciatura", "Contabilidade"),
            ("Licenciatura", "Relações Internacionais"),
            ("Bacharelato", "Administração Pública"),
        ),
    ),
    "pdf-hloom-template": Pool(
        first=("Brittany", "Dustin", "Kayla", "Travis", "Shelby", "Cody", "Ashlyn", "Garrett"),
        last=("Hendricks", "Pruitt", "Caldwell", "Whitaker", "Stroud", "McAllister", "Boone"),
        cities=(
            ("Knoxville", "TN", None, "37919"),
            ("Wichita", "KS", None, "67203"),
            ("Spokane", "WA", None, "99201"),
        ),
        employers=(
            "Riverbend Family Dental",
            "Tri-County Home Health Services",
            "Sycamore Ridge Apartments",
            "Prairie State Insurance Agency",
            "Big Pine Outfitters",
        ),
        titles=(
            "Office Manager",
            "Patient Care Coordinator",
            "Leasing Consultant",
            "Customer Service Representative",
            "Assistant Store Manager",
        ),
        highlights=(
            "Scheduled 40+ patient appointments per day across three providers",
            "Verified insurance eligibility and posted payments in Dentrix",
            "Processed lease applications, background checks and renewals",
            "Resolved billing disputes and escalated complaints to management",
            "Opened and closed the store and reconciled cash drawers",
            "Trained six new associates on POS and merchandising standards",
            "Maintained 98% occupancy through follow-up and resident events",
            "Quoted auto and homeowners policies and processed endorsements",
            "Ordered office supplies and managed vendor accounts",
        ),
        skills=(
            "Microsoft Office Suite",
            "Scheduling",
            "Insurance verification",
            "Conflict resolution",
            "Cash handling",
            "QuickBooks",
            "Multi-line phone systems",
            "Data entry",
        ),
        schools=(
            "Pellissippi State Community College",
            "Wichita State University",
            "Spokane Community College",
            "University of Tennessee",
        ),
        degrees=(
            ("Associate of Applied Science", "Business Administration"),
            ("Bachelor of Science", "Organizational Leadership"),
            ("Associate of Arts", "General Studies"),
            ("Certificate", "Medical Office Administration"),
        ),
    ),
    "docx-luxembourgish-cv-word": Pool(
        first=("Laurent", "Anne", "Gilles", "Carole", "Yves", "Joëlle", "Pit", "Nathalie"),
        last=("Kieffer", "Hoffmann", "Reuter", "Schmit", "Wagener", "Thill", "Goedert", "Muller"),
        cities=(
            ("Esch-sur-Alzette", None, "LU", "12, rue de l'Alzette"),
            ("Luxembourg", None, "LU", "27, avenue Gaston Diderich"),
            ("Ettelbruck", None, "LU", "5, rue du Canal"),
        ),
        employers=(
            "Banque Moselle Privée S.A.",
            "Fiduciaire Alzette S.à r.l.",
            "Clinique Sainte-Zithe",
            "Cactus S.A.",
            "Lux Logistics Bettembourg S.A.",
        ),
        titles=(
            "Assistante de direction",
            "Comptable",
            "Gestionnaire back-office",
            "Chargé de clientèle",
            "Employé administratif",
        ),
        highlights=(
            "Saisie comptable et préparation des déclarations TVA",
            "Gestion de l'agenda de la direction et organisation des réunions",
            "Traitement des ordres de paiement et contrôle KYC des clients",
            "Accueil et conseil des clients en luxembourgeois, français et allemand",
            "Suivi des factures fournisseurs et relances clients",
            "Préparation des clôtures mensuelles sous SAP",
            "Coordination avec le Centre commun de la sécurité sociale (CCSS)",
            "Rédaction de courriers en français et en allemand",
            "Gestion des stocks et des commandes pour le dépôt de Bettembourg",
        ),
        skills=("MS Office", "SAP FI", "Sage BOB 50", "Outlook", "Lotus Notes"),
        schools=(
            "Université du Luxembourg",
            "Université de Lorraine, Metz",
            "Université libre de Bruxelles",
            "Hochschule Trier",
        ),
        degrees=(
            ("Bachelor", "Gestion"),
            ("Bachelor", "Sciences économiques et de gestion"),
            ("Master", "Finance"),
            ("Bachelor", "Administration des affaires"),
        ),
    ),
}

KH_OBJECTIVE = (
    "To work in a professional organization where I can apply my knowledge and skills, "
    "improve my experience and contribute to the growth of the company."
)
KH_HIGH = (
    "Preah Sisowath High School",
    "Bak Touk High School",
    "Chea Sim Santhormok High School",
    "Hun Sen Phsar Daeum Thkov High School",
)
KH_PROVINCES = ("Kampong Cham Province", "Takeo Province", "Prey Veng Province", "Siem Reap")
KH_CERTS = (
    ("General English Program (Level 12)", "ACE", "2017"),
    ("Certificate of Accounting (CAT)", "ACCA Cambodia", "2020"),
    ("Certificate of Computer Office", "Setec Institute", "2016"),
    ("Customer Service Training", "Cambodia Microfinance Association", "2022"),
)
KH_REFEREES = (
    ("Mr. Kong Visal", "Finance Manager, Mekong Riverside Microfinance Plc.", "012 884 216"),
    ("Ms. Lim Sreyleak", "Lecturer, National University of Management", "017 530 991"),
)
KH_HOBBIES = ("Reading books", "Playing football", "Listening to music", "Travelling")

TL_OBJECTIVO = (
    "Contribuir com os meus conhecimentos e experiência para o desenvolvimento da "
    "instituição e de Timor-Leste, continuando a aprender e a crescer profissionalmente."
)
TL_SECONDARY = (
    "Escola Secundária Católica Santo Inácio de Loiola, Becora",
    "Escola Secundária Geral 12 de Novembro, Díli",
    "Escola Secundária São José Operário, Balide",
    "Escola Secundária Geral Nicolau Lobato, Comoro",
)
TL_MUNICIPIOS = ("Baucau", "Ermera", "Viqueque", "Lautém", "Bobonaro")
TL_CERTS = (
    ("Curso de Língua Portuguesa (Nível B2)", "Instituto Camões, Díli", "2019"),
    ("Formação em Gestão Financeira", "INAP", "2021"),
    ("Curso de Informática na Ótica do Utilizador", "Centro Nacional de Emprego", "2018"),
)
TL_LANGUAGES = (
    ("Tétum", "Língua materna"),
    ("Português", "Fluente"),
    ("Bahasa Indonésia", "Fluente"),
    ("Inglês", "Razoável"),
)
TL_REFS = (
    ("Sr. Marçal Fernandes", "Diretor de Finanças, Ministério da Administração Estatal"),
    ("Sra. Ana Maria Lopes", "Docente, Faculdade de Economia e Gestão, UNTL"),
)

US_SUMMARY = (
    "Dependable and detail-oriented professional with experience in fast-paced front office "
    "and customer service settings. Skilled at scheduling, billing and building rapport.",
    "Motivated team player with a proven record of delivering friendly service, keeping "
    "records accurate and supporting managers in busy, high-volume environments.",
)
US_HIGH = ("Farragut High School", "Wichita East High School", "Lewis and Clark High School")
US_CERTS = (
    ("CPR and First Aid Certification", "American Red Cross", "2023"),
    ("Certified Apartment Leasing Professional (CALP)", "National Apartment Association", "2021"),
)

LU_PROFIL = (
    "Professionnelle polyvalente et multilingue, rigoureuse et organisée, à la recherche "
    "d'un nouveau défi dans un environnement international.",
    "Collaborateur motivé avec plusieurs années d'expérience au Luxembourg, à l'aise dans un "
    "environnement multilingue et habitué à travailler en équipe.",
)
LU_LYCEES = (
    "Athénée de Luxembourg",
    "Lycée Hubert Clément, Esch-sur-Alzette",
    "Lycée classique de Diekirch",
    "Lycée Michel Rodange",
)
LU_POSTAL = {"Esch-sur-Alzette": "L-4010", "Luxembourg": "L-1420", "Ettelbruck": "L-9050"}
LU_DIPLOMES = (
    "Diplôme de fin d'études secondaires classiques",
    "Diplôme de fin d'études secondaires générales",
)
LU_LANGUAGES = (
    ("Luxembourgeois", "langue maternelle"),
    ("Français", "courant"),
    ("Allemand", "courant"),
    ("Anglais", "très bonnes connaissances"),
)
LU_HOBBIES = ("Course à pied", "Scoutisme (FNEL)", "Musique (Harmonie municipale)", "Voyages")


def style_options(style: str, rng: random.Random) -> dict[str, Any]:
    if style == "pdf-cambodian-cv":
        return {
            "dates": rng.choice(("long", "short", "numeric")),
            "present": rng.choice(("Present", "Now", "Up to now")),
            "labelled": rng.random() < 0.5,
            "education_first": rng.random() < 0.6,
            "objective": rng.random() < 0.7,
        }
    if style == "pdf-east-timorese-portuguese-cv":
        return {
            "dates": rng.choice(("words", "numeric")),
            "present": rng.choice(("presente", "atualmente", "até à data")),
            "labelled": rng.random() < 0.5,
            "objective": rng.random() < 0.6,
        }
    if style == "pdf-hloom-template":
        return {
            "dates": rng.choice(("numeric", "short")),
            "present": rng.choice(("Current", "Present")),
            "headline": rng.random() < 0.5,
            "accent": rng.choice(((31, 78, 121), (96, 32, 64), (46, 94, 78))),
            "linkedin": rng.random() < 0.5,
            "certs": rng.random() < 0.5,
        }
    if style == "docx-luxembourgish-cv-word":
        return {
            "dates": rng.choice(("numeric", "words")),
            "present": rng.choice(("à ce jour", "aujourd'hui", "présent")),
            "headline": rng.random() < 0.5,
            "profile": rng.random() < 0.5,
            "headings": rng.choice(("de", "de/fr")),
        }
    return {}


def make_person(rng: random.Random, used: set[str], style: str) -> Candidate:
    pool = POOLS[style]
    name = pool.fresh_name(rng, used)
    slug = ascii_slug(name).split()
    first, last = slug[0], slug[-1]
    city, region, code, street = rng.choice(pool.cities)
    extra: dict[str, Any] = {"street": street}
    jobs = _chain(rng, pool, rng.choice((2, 3)), rng.random() < 0.7)
    year = jobs[-1].start[0] - rng.randint(0, 1)
    study, area = rng.choice(pool.degrees)
    school = rng.choice(pool.schools)
    skills = rng.sample(pool.skills, rng.randint(4, 5))
    label = jobs[0].position
    languages: list[tuple[str, str]] = []
    edu: list[dict[str, Any]] = []
    url: str | None = None
    if style == "pdf-cambodian-cv":
        phone = rng.choice(("0", "+855 ")) + f"{rng.choice((12, 17, 92, 78))} "
        phone = phone.replace("+855 0", "+855 ")
        phone += f"{rng.randint(100, 999)} {rng.randint(100, 999)}"
        email = f"{first}{last}{rng.randint(10, 99)}@gmail.com"
        for job in jobs:
            job.city = "Phnom Penh"
        edu.append(_edu(school, study, area, str(year - 4), str(year)))
        edu.append(
            _edu(
                rng.choice(KH_HIGH),
                "High School Diploma",
                None,
                None,
                str(year - 4),
                f"Grade {rng.choice('BC')}",
            )
        )
        extra["sex"] = rng.choice(("Male", "Female"))
        extra["born"] = f"{rng.randint(1, 28):02d}-{EN_MONTHS[rng.randrange(12)][:3]}-{year - 22}"
        extra["birthplace"] = rng.choice(KH_PROVINCES)
        extra["summary"] = KH_OBJECTIVE
        extra["certs"] = sorted(rng.sample(KH_CERTS, 2), key=lambda c: c[2], reverse=True)
        extra["referees"] = list(KH_REFEREES)
        extra["interests"] = rng.sample(KH_HOBBIES, 3)
        languages = [
            ("Khmer", "Native"),
            ("English", rng.choice(("Good", "Very good"))),
            ("Chinese", "Fair"),
        ][: rng.choice((2, 3))]
    elif style == "pdf-east-timorese-portuguese-cv":
        phone = f"+670 77{rng.randint(10, 99)} {rng.randint(1000, 9999)}"
        email = f"{first}.{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.com'))}"
        for job in jobs:
            job.city = rng.choice(("Díli", "Díli", "Baucau", "Ermera"))
        if jobs[0].end is None and rng.random() < 0.5:
            edu.append(
                _edu(
                    "Universidade Nacional Timor Lorosa'e (UNTL)",
                    "Mestrado",
                    "Gestão Pública",
                    str(jobs[0].start[0] + 1),
                    None,
                )
            )
        length = 3 if study == "Bacharelato" else 4
        edu.append(_edu(school, study, area, str(year - length), str(year)))
        edu.append(
            _edu(rng.choice(TL_SECONDARY), "Ensino Secundário Geral", None, None, str(year - 4))
        )
        extra["born"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year - 22}"
        extra["municipio"] = rng.choice(TL_MUNICIPIOS)
        extra["civil"] = rng.choice(("Solteiro(a)", "Casado(a)"))
        extra["summary"] = TL_OBJECTIVO
        extra["certs"] = sorted(rng.sample(TL_CERTS, 2), key=lambda c: c[2], reverse=True)
        extra["referees"] = list(TL_REFS)
        languages = list(TL_LANGUAGES)
    elif style == "pdf-hloom-template":
        phone = f"({rng.randint(201, 989)}) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}"
        email = f"{first}{last}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'icloud.com'))}"
        extra["postal"] = street
        extra["street"] = None
        for job in jobs:
            job.city = f"{city}, {region}"
        colleges = [item for item in pool.schools if "College" in item]
        if not study.startswith("Bachelor"):
            school = rng.choice(colleges)
        elif school in colleges:
            school = "Wichita State University"
        edu.append(_edu(school, study, area, None, str(year)))
        before = 2 if study.startswith(("Associate", "Certificate")) else 4
        edu.append(_edu(rng.choice(US_HIGH), "High School Diploma", None, None, str(year - before)))
        extra["summary"] = rng.choice(US_SUMMARY)
        extra["certs"] = list(US_CERTS[:1]) if rng.random() < 0.5 else list(US_CERTS)
        extra["linkedin"] = f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(100, 999)}"
    else:
        extra["postal"] = LU_POSTAL[city]
        phone = (
            f"+352 {rng.choice((621, 661, 691))} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        )
        email = f"{first}.{last}@{rng.choice(('pt.lu', 'gmail.com', 'education.lu'))}"
        for job in jobs:
            job.city = rng.choice(("Luxembourg", "Esch-sur-Alzette", "Bettembourg", "Strassen"))
        start = year - 3
        edu.append(_edu(school, study, area or None, f"{start}-09", f"{year}-07"))
        edu.append(
            _edu(
                rng.choice(LU_LYCEES),
                rng.choice(LU_DIPLOMES),
                None,
                None,
                str(start),
                rng.choice((None, "mention bien", "mention assez bien")),
            )
        )
        extra["born"] = f"{rng.randint(1, 28)} {FR_MONTHS[rng.randrange(12)]} {year - 22}"
        extra["summary"] = rng.choice(LU_PROFIL)
        extra["interests"] = rng.sample(LU_HOBBIES, 3)
        languages = list(LU_LANGUAGES)
        label = jobs[0].position
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
    if (
        style in ("pdf-cambodian-cv", "pdf-east-timorese-portuguese-cv")
        and not options["objective"]
    ):
        summary = None
    if style == "docx-luxembourgish-cv-word" and not options["profile"]:
        summary = None
    profiles: dict[str, Any] = {}
    if options.get("linkedin"):
        profiles["linkedin"] = extra["linkedin"]
    basics = drop_empty(
        {
            "name": person.name,
            "label": person.label if options.get("headline") else None,
            "email": person.email,
            "phone": person.phone,
            "summary": summary,
            "location": location,
            "profiles": profile_links(profiles),
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
    certs = extra.get("certs", [])
    if style == "pdf-hloom-template" and not options["certs"]:
        certs = []
    certificates = [
        {"name": title, "issuer": issuer, "date": year} for title, issuer, year in certs
    ]
    references = [{"name": ref[0], "reference": ref[1]} for ref in extra.get("referees", [])]
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
    if style == "pdf-cambodian-cv":
        return _cambodia(person, options), "pdf"
    if style == "pdf-east-timorese-portuguese-cv":
        return _timor(person, options), "pdf"
    if style == "pdf-hloom-template":
        return _hloom(person, options), "pdf"
    if style == "docx-luxembourgish-cv-word":
        return _luxembourg(person, options), "docx"
    raise ValueError(f"unknown style {style}")


def _month(month: Month | None, form: str, present: str, names: tuple[str, ...]) -> str:
    if month is None:
        return present
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    name = names[month[1] - 1]
    if form == "short":
        name = name[:3]
    if form == "words" and names is PT_MONTHS:
        return f"{name} de {month[0]}"
    return f"{name} {month[0]}"


# ---------------------------------------------------------------------------------- Cambodia


def _cambodia(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    pdf = _pdf("Serif", "DejaVuSerif")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("CV")
    pdf.set_author(person.name)
    pdf.set_creator("Microsoft\u00ae Word 2019")
    x, width, hint = 20.0, 170.0, 36.0
    navy = (23, 54, 93)
    flow = _Flow(pdf, 16.0, 280.0)

    def heading(text: str) -> None:
        flow.need(22)
        flow.y += 3
        pdf.set_xy(x, flow.y)
        pdf.set_font("Serif", "B", 11.5)
        pdf.set_text_color(*navy)
        pdf.cell(width, 6, text)
        pdf.set_draw_color(*navy)
        pdf.set_line_width(0.5)
        pdf.line(x, flow.y + 6.8, x + width, flow.y + 6.8)
        pdf.set_text_color(0, 0, 0)
        flow.y += 9.5

    def text(body: str, style: str = "", indent: float = 0.0) -> None:
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Serif", style, 9.8)
        pdf.multi_cell(width - indent, 5, body, align="L")
        flow.y = pdf.get_y() + 0.3

    def field(key: str, value: str, wide: float = 40.0, indent: float = 0.0) -> None:
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Serif", "", 9.8)
        pdf.cell(wide, 5, key)
        pdf.cell(4, 5, ":")
        pdf.multi_cell(width - wide - 4 - indent, 5, value, align="L")
        flow.y = pdf.get_y() + 0.3

    pdf.set_xy(x, flow.y)
    pdf.set_font("Serif", "B", 17)
    pdf.set_text_color(*navy)
    pdf.cell(width, 9, "CURRICULUM VITAE", align="C")
    pdf.set_text_color(0, 0, 0)
    flow.y += 12
    heading("PERSONAL INFORMATION")
    field("Name", person.name.upper())
    field("Sex", extra["sex"])
    field("Date of Birth", extra["born"])
    field("Place of Birth", extra["birthplace"])
    field("Nationality", "Khmer")
    field("Address", f"{extra['street']}, Phnom Penh, Cambodia")
    field("Phone", person.phone)
    field("Email", person.email)
    if options["objective"]:
        heading("OBJECTIVE")
        text(extra["summary"])

    def education() -> None:
        heading("EDUCATION BACKGROUND")
        for item in extra["edu"]:
            flow.need(14)
            pdf.set_xy(x, flow.y)
            pdf.set_font("Serif", "B", 9.8)
            pdf.cell(hint, 5, _years(item, present, " \u2013 "))
            title = item["studyType"]
            if item["area"]:
                title = f"{title} of {item['area']}"
                if item["studyType"] == "Bachelor of Arts":
                    title = f"{item['studyType']} in {item['area']}"
            pdf.set_xy(x + hint, flow.y)
            pdf.multi_cell(width - hint, 5, title, align="L")
            flow.y = pdf.get_y() + 0.2
            text(item["institution"], "", hint)
            if item["score"]:
                text(item["score"], "I", hint)
            flow.y += 1.5

    def experience() -> None:
        heading("WORK EXPERIENCE")
        for job in person.jobs:
            flow.need(30)
            start = _month(job.start, form, present, EN_MONTHS)
            span = f"{start} \u2013 {_month(job.end, form, present, EN_MONTHS)}"
            if options["labelled"]:
                field("Period", span, 30)
                field("Position", job.position, 30)
                field("Company", f"{job.company}, {job.city}", 30)
                text("Main Duties:", "BU")
                indent = 4.0
            else:
                pdf.set_xy(x, flow.y)
                pdf.set_font("Serif", "B", 9.8)
                pdf.cell(width - 60, 5, job.position.upper())
                pdf.set_font("Serif", "I", 9.4)
                pdf.cell(60, 5, span, align="R")
                flow.y += 5.2
                text(f"{job.company}, {job.city}", "B")
                text("Responsibilities:", "I")
                indent = 4.0
            for note in job.highlights:
                flow.need(6)
                pdf.set_xy(x + indent, flow.y)
                pdf.set_font("Serif", "", 9.6)
                pdf.cell(5, 4.8, "-")
                pdf.multi_cell(width - indent - 5, 4.8, note, align="L")
                flow.y = pdf.get_y() + 0.2
            flow.y += 2.5

    if options["education_first"]:
        education()
        experience()
    else:
        experience()
        education()
    heading("SHORT COURSES AND TRAININGS")
    for title, issuer, year in extra["certs"]:
        text(f"\u2022  {year}: {title}, {issuer}", indent=2)
    heading("LANGUAGES")
    for lang, level in person.languages:
        field(f"  \u2022  {lang}", level, 34)
    heading("COMPUTER AND OTHER SKILLS")
    for skill in person.skills:
        text(f"\u2022  {skill}", indent=2)
    heading("HOBBIES")
    text(", ".join(extra["interests"]))
    heading("REFERENCES")
    for name, role, tel in extra["referees"]:
        flow.need(16)
        text(name, "B")
        text(role)
        text(f"Tel: {tel}")
        flow.y += 1.2
    _check(flow.y, 282, person)
    return bytes(pdf.output())


# ------------------------------------------------------------------------------ Timor-Leste


def _timor(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Curriculum Vitae")
    pdf.set_author(person.name)
    x, width, side = 16.0, 178.0, 42.0
    red = (150, 30, 30)

    def footer(doc: Any) -> None:
        doc.set_xy(x, 287)
        doc.set_font("Sans", "I", 7)
        doc.cell(width, 4, f"Curriculum Vitae \u2013 {person.name}", align="L")
        doc.set_xy(x, 287)
        doc.cell(width, 4, f"Página {doc.page_no()}", align="R")

    flow = _Flow(pdf, 16.0, 280.0, footer)

    def heading(text: str) -> None:
        flow.need(22)
        flow.y += 3
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_fill_color(*red)
        pdf.set_text_color(255, 255, 255)
        pdf.cell(width, 6.5, f"  {text}", fill=True)
        pdf.set_text_color(0, 0, 0)
        flow.y += 9

    def text(body: str, style: str = "", indent: float = 0.0) -> None:
        pdf.set_xy(x + indent, flow.y)
        pdf.set_font("Sans", style, 9)
        pdf.multi_cell(width - indent, 4.8, body, align="L")
        flow.y = pdf.get_y() + 0.3

    def field(key: str, value: str, wide: float = side, bold: bool = False) -> None:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B" if bold else "", 9)
        pdf.cell(wide, 4.8, key)
        pdf.set_font("Sans", "", 9)
        pdf.multi_cell(width - wide, 4.8, f":  {value}", align="L")
        flow.y = pdf.get_y() + 0.3

    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "B", 16)
    pdf.cell(width, 8, "CURRICULUM VITAE", align="C")
    flow.y += 9
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(*red)
    pdf.cell(width, 7, person.name, align="C")
    pdf.set_text_color(0, 0, 0)
    flow.y += 10
    heading("DADOS PESSOAIS")
    field("Nome completo", person.name)
    field("Data de nascimento", extra["born"])
    field("Naturalidade", f"{extra['municipio']}, Timor-Leste")
    field("Nacionalidade", "Timorense")
    field("Estado civil", extra["civil"])
    field("Morada", f"{extra['street']}, Díli, Timor-Leste")
    field("Telemóvel", person.phone)
    field("E-mail", person.email)
    if options["objective"]:
        heading("OBJETIVO PROFISSIONAL")
        text(extra["summary"])
    heading("HABILITAÇÕES LITERÁRIAS")
    for item in extra["edu"]:
        flow.need(12)
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(side, 4.8, _years(item, present, " \u2013 "))
        title = item["studyType"]
        if item["area"]:
            title = f"{title} em {item['area']}"
        pdf.set_xy(x + side, flow.y)
        pdf.multi_cell(width - side, 4.8, title, align="L")
        flow.y = pdf.get_y() + 0.2
        text(item["institution"], "I", side)
        flow.y += 1.5
    heading("EXPERIÊNCIA PROFISSIONAL")
    for job in person.jobs:
        flow.need(30)
        start = _month(job.start, form, present, PT_MONTHS)
        span = f"{start} \u2013 {_month(job.end, form, present, PT_MONTHS)}"
        if options["labelled"]:
            field("Período", span, 30, True)
            field("Cargo", job.position, 30, True)
            field("Entidade", job.company, 30, True)
            field("Local", job.city, 30, True)
            text("Principais funções:", "B")
        else:
            pdf.set_xy(x, flow.y)
            pdf.set_font("Sans", "B", 9)
            pdf.multi_cell(side - 2, 4.8, span, align="L")
            below = pdf.get_y()
            pdf.set_xy(x + side, flow.y)
            pdf.multi_cell(width - side, 4.8, job.position, align="L")
            flow.y = pdf.get_y() + 0.2
            text(f"{job.company} ({job.city})", "I", side)
            flow.y = max(flow.y, below) + 0.5
            text("Funções:", "U", side)
        indent = 4.0 if options["labelled"] else side + 2
        for note in job.highlights:
            flow.need(6)
            pdf.set_xy(x + indent, flow.y)
            pdf.set_font("Sans", "", 9)
            pdf.cell(4, 4.6, "\u2022")
            pdf.multi_cell(width - indent - 4, 4.6, note, align="L")
            flow.y = pdf.get_y() + 0.2
        flow.y += 2.5
    heading("FORMAÇÃO COMPLEMENTAR")
    for title, issuer, year in extra["certs"]:
        text(f"\u2022  {title} \u2013 {issuer}, {year}", indent=2)
    heading("LÍNGUAS")
    for lang, level in person.languages:
        field(f"   {lang}", level, 40)
    heading("COMPETÊNCIAS")
    for skill in person.skills:
        text(f"\u2022  {skill}", indent=2)
    heading("REFERÊNCIAS")
    for name, role in extra["referees"]:
        flow.need(12)
        text(name, "B")
        text(role)
        flow.y += 1.2
    flow.need(14)
    flow.y += 5
    text("Díli, Timor-Leste")
    _check(flow.y, 282, person)
    return bytes(pdf.output())


# ------------------------------------------------------------------------------------ Hloom


def _hloom(person: Candidate, options: dict[str, Any]) -> bytes:
    form, present, extra = options["dates"], options["present"], person.extra
    pdf = _pdf("Sans", "DejaVuSans")
    _letter(pdf)
    pdf.set_auto_page_break(auto=False)
    pdf.set_title("Resume")
    pdf.set_author(person.name)
    pdf.set_creator("Microsoft\u00ae Word for Microsoft 365")
    accent = options["accent"]
    x, width, side = 18.0, 179.9, 38.0
    flow = _Flow(pdf, 14.0, 262.0)
    pdf.set_fill_color(*accent)
    pdf.rect(0, 0, 215.9, 6, style="F")
    flow.y = 14.0
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "B", 22)
    pdf.set_text_color(*accent)
    pdf.cell(width, 11, person.name.upper())
    pdf.set_text_color(0, 0, 0)
    flow.y += 12
    if options["headline"]:
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "", 11)
        pdf.cell(width, 6, person.label or "")
        flow.y += 7
    contact = [
        f"{person.city}, {person.region} {extra['postal']}",
        person.phone,
        person.email,
    ]
    if options["linkedin"]:
        contact.append(extra["linkedin"].replace("https://www.", ""))
    pdf.set_xy(x, flow.y)
    pdf.set_font("Sans", "", 8.6)
    pdf.multi_cell(width, 4.6, "  |  ".join(contact), align="L")
    flow.y = pdf.get_y() + 2
    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.8)
    pdf.line(x, flow.y, x + width, flow.y)
    flow.y += 4

    def heading(text: str, room: float = 20.0) -> None:
        flow.need(room)
        flow.y += 2
        pdf.set_xy(x, flow.y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.set_text_color(*accent)
        pdf.multi_cell(side - 4, 5, text.upper(), align="L")
        pdf.set_text_color(0, 0, 0)

    def text(body: str, style: str = "", size: float = 9.0) -> None:
        pdf.set_xy(x + side, flow.y)
        pdf.set_font("Sans", style, size)
        pdf.multi_cell(width - side, 4.8, body, align="L")
        flow.y = pdf.get_y() + 0.3

    def rule() -> None:
        flow.y += 2
        pdf.set_draw_color(200, 200, 200)
        pdf.set_line_width(0.2)
        pdf.line(x, flow.y, x + width, flow.y)
        flow.y += 3

    heading("Professional Summary")
    text(extra["summary"])
    rule()
    heading("Skills")
    half = (len(person.skills) + 1) // 2
    top = flow.y
    for column, chunk in enumerate((person.skills[:half], person.skills[half:])):
        for row, skill in enumerate(chunk):
            pdf.set_xy(x + side + column * 70, top + row * 5)
            pdf.set_font("Sans", "", 9)
            pdf.cell(68, 5, f"\u2022  {skill}")
    flow.y = top + 5 * half
    rule()
    heading("Work History")
    for job in person.jobs:
        flow.need(26)
        start = _month(job.start, form, present, EN_MONTHS)
        span = f"{start} to {_month(job.end, form, present, EN_MONTHS)}"
        pdf.set_xy(x + side, flow.y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(width - side - 48, 5, job.position)
        pdf.set_font("Sans", "", 8.8)
        pdf.cell(48, 5, span, align="R")
        flow.y += 5.2
        text(f"{job.company} \u2013 {job.city}", "I")
        for note in job.highlights:
            flow.need(6)
            pdf.set_xy(x + side + 2, flow.y)
            pdf.set_font("Sans", "", 9)
            pdf.cell(4, 4.7, "\u2022")
            pdf.multi_cell(width - side - 6, 4.7, note, align="L")
            flow.y = pdf.get_y() + 0.2
        flow.y += 2.5
    rule()
    heading("Education")
    for item in extra["edu"]:
        flow.need(14)
        title = item["studyType"]
        if item["area"]:
            title = f"{title}: {item['area']}"
        when = item["endDate"] or ""
        pdf.set_xy(x + side, flow.y)
        pdf.set_font("Sans", "B", 9.3)
        pdf.cell(width - side - 40, 5, title)
        pdf.set_font("Sans", "", 8.8)
        pdf.cell(40, 5, when, align="R")
        flow.y += 5.2
        text(item["institution"], "I")
        flow.y += 1.5
    if options["certs"]:
        rule()
        heading("Certifications")
        for title, issuer, year in extra["certs"]:
            text(f"\u2022  {title}, {issuer} \u2013 {year}")
    _check(flow.y, 262, person)
    return bytes(pdf.output())


# ------------------------------------------------------------------------------- Luxembourg


def _lu_month(month: Month | None, form: str, present: str) -> str:
    if month is None:
        return present
    if form == "numeric":
        return f"{month[1]:02d}/{month[0]}"
    return f"{FR_MONTHS[month[1] - 1]} {month[0]}"


def _luxembourg(person: Candidate, options: dict[str, Any]) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    form, present, extra = options["dates"], options["present"], person.extra
    both = options["headings"] == "de/fr"
    document = docx.Document()
    properties = document.core_properties
    properties.created = properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.author = properties.last_modified_by = person.name
    properties.title = "Lebenslauf"
    properties.revision = 3
    for section in document.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(2.0)
        section.top_margin = section.bottom_margin = Cm(1.8)
        footer = section.footer.paragraphs[0]
        footer.text = f"{person.name} \u2013 Lebenslauf / CV"
        footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(0)
    blue = RGBColor(0x1F, 0x4E, 0x79)

    def heading(de: str, fr: str) -> None:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(f"{de} / {fr}" if both else de)
        run.bold = True
        run.font.size = Pt(12)
        run.font.color.rgb = blue
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.paragraph_format.space_after = Pt(4)

    def grid() -> Any:
        table = document.add_table(rows=0, cols=2)
        return table

    def put(cell: Any, text: str, bold: bool = False, italic: bool = False) -> Any:
        paragraph = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
        run = paragraph.add_run(text)
        run.bold, run.italic = bold, italic
        return paragraph

    def widths(table: Any) -> None:
        for line in table.rows:
            line.cells[0].width, line.cells[1].width = Cm(4.2), Cm(12.8)

    title = document.add_paragraph()
    run = title.add_run(person.name)
    run.bold = True
    run.font.size = Pt(20)
    run.font.color.rgb = blue
    if options["headline"]:
        sub = document.add_paragraph()
        sub.add_run(person.label or "").italic = True
    heading("Persönliche Daten", "Données personnelles")
    info = grid()
    for key, value in (
        ("Adresse", f"{extra['street']}, {extra['postal']} {person.city}, Luxembourg"),
        ("Téléphone", person.phone),
        ("E-mail", person.email),
        ("Né(e) le", extra["born"]),
        ("Nationalité", "luxembourgeoise"),
        ("Permis", "B"),
    ):
        cells = info.add_row().cells
        put(cells[0], key, bold=True)
        put(cells[1], value)
    widths(info)
    if options["profile"]:
        heading("Profil", "Profil")
        document.add_paragraph(extra["summary"])
    heading("Berufserfahrung", "Expérience professionnelle")
    work = grid()
    for job in person.jobs:
        cells = work.add_row().cells
        if job.end is None and form == "words":
            span = f"depuis {_lu_month(job.start, form, present)}"
        else:
            span = (
                f"{_lu_month(job.start, form, present)} \u2013 {_lu_month(job.end, form, present)}"
            )
        put(cells[0], span)
        put(cells[1], job.position, bold=True)
        put(cells[1], f"{job.company}, {job.city}", italic=True)
        for note in job.highlights:
            paragraph = put(cells[1], f"\u2022 {note}")
            paragraph.paragraph_format.left_indent = Cm(0.3)
        cells[1].add_paragraph()
    widths(work)
    heading("Ausbildung", "Formation")
    school = grid()
    for item in extra["edu"]:
        cells = school.add_row().cells
        if item["startDate"]:
            start = _lu_month((int(item["startDate"][:4]), int(item["startDate"][5:])), form, "")
            end = _lu_month((int(item["endDate"][:4]), int(item["endDate"][5:])), form, "")
            put(cells[0], f"{start} \u2013 {end}")
        else:
            put(cells[0], item["endDate"])
        degree = item["studyType"]
        if item["area"]:
            degree = f"{degree} en {item['area']}"
        put(cells[1], degree, bold=True)
        put(cells[1], item["institution"])
        if item["score"]:
            put(cells[1], item["score"].capitalize(), italic=True)
    widths(school)
    heading("Sprachkenntnisse", "Langues")
    langs = grid()
    for lang, level in person.languages:
        cells = langs.add_row().cells
        put(cells[0], lang, bold=True)
        put(cells[1], level)
    widths(langs)
    heading("EDV-Kenntnisse", "Informatique")
    document.add_paragraph(", ".join(person.skills))
    heading("Hobbys", "Loisirs")
    document.add_paragraph(", ".join(extra["interests"]))
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())
